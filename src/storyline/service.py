"""Use cases shared by every front end: ingest into a store, extract without one.

The CLI, the web app and the tests call these functions; none of them re-implements the flow
read -> deduplicate -> analyse -> store -> relate.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from storyline import relate
from storyline.analyze import analyze
from storyline.config import Settings
from storyline.errors import Rejection
from storyline.ingest import read_sources
from storyline.model import Article
from storyline.store import Store

Progress = Callable[[int], None]


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    already_stored: int = 0
    revisions: int = 0
    rejections: list[Rejection] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.rejections)


def collect(paths: Iterable[str], settings: Settings) -> tuple[list[Article], list[Rejection], int]:
    """Read sources; drop exact duplicates within the batch. Returns (articles, rejections, duplicates)."""
    articles: dict[str, Article] = {}
    rejections: list[Rejection] = []
    duplicates = 0
    for item in read_sources(paths, settings):
        if isinstance(item, Rejection):
            rejections.append(item)
        elif item.id in articles:
            duplicates += 1
        else:
            articles[item.id] = item
    from storyline.ingest.clean import remove_outlet_repeats  # a footer repeated under one outlet's stories

    unique = {a.id: a for a in remove_outlet_repeats(list(articles.values()))}
    return list(unique.values()), rejections, duplicates + len(articles) - len(unique)


def ingest(
    paths: Iterable[str],
    store: Store,
    settings: Settings | None = None,
    *,
    batch_size: int = 256,
    on_total: Callable[[int], None] | None = None,
    on_progress: Progress | None = None,
) -> IngestReport:
    """Ingest sources into ``store``: each batch analysed and written in one transaction."""
    import dataclasses

    settings = settings or Settings()
    articles, rejections, duplicates = collect(paths, settings)
    report = IngestReport(already_stored=duplicates, rejections=rejections)
    known = store.existing_ids(a.id for a in articles)
    report.already_stored += len(known)
    new = [a for a in articles if a.id not in known]
    if on_total:
        on_total(len(new))
    with store.transaction():
        store.write_rejections(rejections)
    seen_urls: dict[str, str] = {}
    for start in range(0, len(new), batch_size):
        batch = []
        for article in new[start : start + batch_size]:
            if article.url:
                first = seen_urls.get(article.url) or store.first_with_url(article.url)
                if first and first != article.id:
                    article = dataclasses.replace(article, revision_of=first)
                    report.revisions += 1
                seen_urls.setdefault(article.url, first or article.id)
            batch.append(article)
        analyses = list(analyze(batch, settings))
        with store.transaction():
            store.write_analyses(analyses)
            ids = [a.article.id for a in analyses]
            relate.update_store(store, ids, settings)
        report.added.extend(ids)
        if on_progress:
            on_progress(len(batch))
    return report


def extract(paths: Iterable[str], settings: Settings | None = None) -> tuple[list[dict[str, Any]], list[Rejection]]:
    """Analyse sources without a store: the JSON contract objects, in input order, and the rejections."""
    settings = settings or Settings()
    articles, rejections, _ = collect(paths, settings)
    dicts = [a.to_dict() for a in analyze(articles, settings)]
    relate.group_articles(dicts, settings)
    return dicts, rejections
