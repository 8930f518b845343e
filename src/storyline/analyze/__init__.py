"""Per-article analysis: the spaCy parse once, then each registered stage in dependency order.

A stage is a plain function ``(doc, analysis, settings) -> {field: records}`` that declares which
``Analysis`` fields it reads (``requires``) and which it sets (``assigns``), as spaCy components do.
Stages live one per module in this package and register themselves with :func:`stage`; the package is
scanned on first use, so adding a stage is one new module and nothing else. The pipeline checks that the
declared order can be satisfied before running anything.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from time import perf_counter
from typing import TYPE_CHECKING, Any

from storyline.config import Settings
from storyline.model import Analysis, Article

if TYPE_CHECKING:
    from spacy.tokens import Doc

StageFunc = Callable[["Doc", Analysis, Settings], dict[str, Any]]

# Fields that exist before any stage runs.
BASE_FIELDS = ("article", "sentences")


@dataclass(frozen=True)
class Stage:
    name: str
    func: StageFunc
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()


_REGISTRY: dict[str, Stage] = {}
_DISCOVERED = False


def stage(name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = ()) -> Callable[[StageFunc], StageFunc]:
    """Register ``func`` as the analysis stage ``name`` (use versioned names for rewrites: ``quotes.v2``)."""

    def register(func: StageFunc) -> StageFunc:
        _REGISTRY[name] = Stage(name, func, tuple(requires), tuple(assigns))
        return func

    return register


def registered_stages() -> dict[str, Stage]:
    global _DISCOVERED
    if not _DISCOVERED:
        for info in pkgutil.iter_modules(__path__):
            importlib.import_module(f"{__name__}.{info.name}")
        _DISCOVERED = True
    return dict(_REGISTRY)


def pipeline(settings: Settings | None = None) -> list[Stage]:
    """The enabled stages, ordered so every stage runs after the stages that assign what it requires."""
    settings = settings or Settings()
    stages = {n: s for n, s in sorted(registered_stages().items()) if n not in settings.disable_stages}
    available = set(BASE_FIELDS)
    ordered: list[Stage] = []
    pending = list(stages.values())
    while pending:
        ready = [s for s in pending if set(s.requires) <= available]
        if not ready:
            missing = {s.name: sorted(set(s.requires) - available) for s in pending}
            raise RuntimeError(f"analysis stages cannot run, unmet requirements: {missing}")
        for s in ready:
            ordered.append(s)
            available.update(s.assigns)
            pending.remove(s)
    return ordered


# Seconds spent in each stage in this process (read by bench/throughput.py); perf_counter costs ~100 ns.
stage_seconds: Counter[str] = Counter()


def run_stages(doc: Doc, analysis: Analysis, stages: list[Stage], settings: Settings) -> Analysis:
    for st in stages:
        began = perf_counter()
        produced = st.func(doc, analysis, settings)
        stage_seconds[st.name] += perf_counter() - began
        unexpected = set(produced) - set(st.assigns)
        if unexpected:
            raise RuntimeError(f"stage {st.name} set fields it does not declare: {sorted(unexpected)}")
        for key, value in produced.items():
            setattr(analysis, key, value)
    return analysis


def skip_reason(article: Article, settings: Settings | None = None) -> str | None:
    """Why an article is not run through the English pipeline, or None.

    Very long texts are stored but not parsed: spaCy's parser needs about 1 GB per 100,000 words, and no
    news article comes near ``max_chars``; such a file is almost always a dump that should be split.
    """
    max_chars = (settings or Settings()).max_chars
    if len(article.text) > max_chars:
        return f"not analyzed: text longer than {max_chars:,} characters"
    lang = article.language
    if lang and lang != "en":
        from storyline.language import language_name

        return f"not analyzed: {language_name(lang)}"
    return None


def analyze(articles: Iterable[Article], settings: Settings | None = None) -> Iterator[Analysis]:
    """Parse and analyse articles, yielding one :class:`Analysis` each, in input order."""
    settings = settings or Settings()
    articles = list(articles)
    if settings.jobs > 1 and len(articles) > settings.batch_size:
        yield from _analyze_parallel(articles, settings)
        return
    yield from _analyze_serial(articles, settings)


def _analyze_serial(articles: list[Article], settings: Settings) -> Iterator[Analysis]:
    from storyline import nlp

    stages = pipeline(settings)
    model = nlp.load(settings.model)
    to_parse = [a for a in articles if skip_reason(a, settings) is None]
    docs = model.pipe((a.text for a in to_parse), batch_size=settings.batch_size)
    parsed = iter(zip(to_parse, docs, strict=True))
    for article in articles:
        reason = skip_reason(article, settings)
        if reason is not None:
            yield Analysis(article=article, skipped=reason)
            continue
        _, doc = next(parsed)
        analysis = Analysis(article=article, sentences=[(s.start_char, s.end_char) for s in doc.sents])
        yield run_stages(doc, analysis, stages, settings)


def _analyze_chunk(args: tuple[list[Article], Settings]) -> list[Analysis]:
    chunk, settings = args
    return list(_analyze_serial(chunk, settings))


def _analyze_parallel(articles: list[Article], settings: Settings) -> Iterator[Analysis]:
    size = max(settings.batch_size, len(articles) // (settings.jobs * 4) or 1)
    chunks = [(articles[i : i + size], settings) for i in range(0, len(articles), size)]
    with ProcessPoolExecutor(max_workers=settings.jobs) as pool:
        for result in pool.map(_analyze_chunk, chunks):
            yield from result
