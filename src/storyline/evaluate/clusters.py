"""Scoring event clusters: B-cubed precision/recall/F1 on BASIL and ECB+, beside a TF-IDF baseline.

The articles are read from the data folder, built with the same :func:`build_article` the readers use,
analysed by the product pipeline and grouped by the product's own stateless ``group`` steps (copies,
events, stories), exactly as ``storyline extract`` does. Nothing from the gold (``main-event``,
``main-entities``, ``triplet-uuid``, topics) reaches the grouping; it is only used to score.

The baseline is TF-IDF over title + text with average-link agglomerative clustering (scikit-learn),
its distance threshold the only parameter; it is cut at the same threshold on every data set.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable
from pathlib import Path
from typing import Any

from storyline.config import Settings
from storyline.evaluate.metrics import f1
from storyline.ingest.metadata import build_article
from storyline.model import Article

BASELINE_DISTANCE = 0.8  # cosine distance cut for the TF-IDF baseline (chosen on BASIL 2010-2013)


def read_basil(folder: str | Path) -> tuple[list[Article], dict[str, str]]:
    """Articles of a BASIL-layout folder (``articles/YEAR/*.json``) and their gold event labels by id."""
    root = Path(folder)
    files = sorted((root / "articles").glob("*/*.json")) or sorted(root.glob("**/*.json"))
    articles: list[Article] = []
    gold: dict[str, str] = {}
    for path in files:
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(data, dict) or "triplet-uuid" not in data:
            continue
        paragraphs = [" ".join(p) if isinstance(p, list) else str(p) for p in data.get("body-paragraphs") or []]
        text = "\n\n".join(p.strip() for p in paragraphs if p and p.strip())
        if not text:
            continue
        article = build_article(
            text=text, source=str(path), title=data.get("title"), outlet=data.get("source"),
            published=data.get("date"), url=data.get("url"),
        )  # fmt: skip
        if article.id in gold:
            continue
        articles.append(article)
        gold[article.id] = str(data["triplet-uuid"])
    return articles, gold


def read_ecbplus(folder: str | Path) -> tuple[list[Article], dict[str, str]]:
    """Articles of an ECB+-layout folder (``documents.jsonl``); gold event = topic + subtopic."""
    path = Path(folder)
    if path.is_dir():
        path = path / "documents.jsonl"
    articles: list[Article] = []
    gold: dict[str, str] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            try:
                data = json.loads(line)
            except ValueError:
                continue
            text = _detokenize(str(data.get("text") or ""))
            if not text:
                continue
            article = build_article(text=text, source=f"{path}:{data.get('doc_id')}", url=data.get("url"))
            if article.id in gold:
                continue
            articles.append(article)
            gold[article.id] = f"{data.get('topic')}-{data.get('subtopic')}"
    return articles, gold


def _detokenize(text: str) -> str:
    """ECB+ text has tokens joined by spaces; undo the spaces before punctuation so spaCy sees prose."""
    import re

    text = re.sub(r" ([.,;:!?%)\]'](?:s\b)?)", r"\1", text)
    text = re.sub(r"([(\[$]) ", r"\1", text)
    return text.replace(" n't", "n't").replace("`` ", '"').replace(" ''", '"')


def bcubed(predicted: dict[str, Hashable], gold: dict[str, Hashable]) -> dict[str, float]:
    """B-cubed precision, recall and F1 (Bagga and Baldwin 1998) over the items both mappings hold."""
    items = [i for i in gold if i in predicted]
    if not items:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    by_pred: dict[Hashable, set[str]] = defaultdict(set)
    by_gold: dict[Hashable, set[str]] = defaultdict(set)
    for i in items:
        by_pred[predicted[i]].add(i)
        by_gold[gold[i]].add(i)
    precision = recall = 0.0
    for i in items:
        pred_c, gold_c = by_pred[predicted[i]], by_gold[gold[i]]
        both = len(pred_c & gold_c)
        precision += both / len(pred_c)
        recall += both / len(gold_c)
    precision, recall = precision / len(items), recall / len(items)
    return {"precision": precision, "recall": recall, "f1": f1(precision, recall)}


def singleton_share(predicted: dict[str, Hashable]) -> float:
    sizes = Counter(predicted.values())
    return sum(1 for v in predicted.values() if sizes[v] == 1) / len(predicted) if predicted else 0.0


def tfidf_baseline(articles: list[Article], distance: float = BASELINE_DISTANCE) -> dict[str, int]:
    """TF-IDF (title + text) and average-link agglomerative clustering on cosine distance."""
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    if len(articles) < 2:
        return {a.id: i for i, a in enumerate(articles)}
    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=1).fit_transform(
        [f"{a.title or ''}\n{a.text}" for a in articles]
    )
    labels = AgglomerativeClustering(
        n_clusters=None, metric="cosine", linkage="average", distance_threshold=distance
    ).fit_predict(matrix.toarray())
    return {a.id: int(label) for a, label in zip(articles, labels, strict=True)}


def group_dicts(articles: Iterable[Article], settings: Settings | None = None) -> list[dict[str, Any]]:
    """Analyse and group articles exactly as ``storyline extract`` does (stateless group steps)."""
    from storyline import relate
    from storyline.analyze import analyze

    settings = settings or Settings()
    dicts = [a.to_dict() for a in analyze(list(articles), settings)]
    relate.group_articles(dicts, settings)
    return dicts


def score(dicts: list[dict[str, Any]], articles: list[Article], gold: dict[str, str]) -> dict[str, Any]:
    events = {d["id"]: d.get("event_id") or d["id"] for d in dicts}
    baseline = tfidf_baseline(articles)
    return {
        "articles": len(events),
        "gold_events": len(set(gold.values())),
        "predicted_events": len(set(events.values())),
        "storyline": bcubed(events, gold) | {"singletons": singleton_share(events)},
        "baseline_tfidf_agglomerative": bcubed(baseline, gold) | {"singletons": singleton_share(baseline)},
        "stories": len({d.get("story_id") for d in dicts}),
    }


def evaluate(data: str | Path, layout: str = "auto", settings: Settings | None = None) -> dict[str, Any]:
    """Score a BASIL- or ECB+-layout folder; ``layout`` is ``basil``, ``ecbplus`` or ``auto``."""
    path = Path(data)
    if layout == "auto":
        layout = "ecbplus" if (path / "documents.jsonl").exists() or path.suffix == ".jsonl" else "basil"
    reader = read_ecbplus if layout == "ecbplus" else read_basil
    articles, gold = reader(path)
    dicts = group_dicts(articles, settings)
    return {"data": str(path), "layout": layout} | score(dicts, articles, gold)
