"""Cross-article stages: they read stored records (not raw text) and write groupings and aggregates.

A step registers with :func:`relate_step` and is called after every ingest batch, inside the batch's
transaction, with the ids of the articles the batch added, so it can place them incrementally.
Modules in this package are discovered on first use, as analysis stages are.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from storyline.config import Settings

if TYPE_CHECKING:
    from storyline.store import Store

StepFunc = Callable[["Store", list[str], Settings], None]
GroupFunc = Callable[[list[dict[str, Any]], Settings], None]


@dataclass(frozen=True)
class RelateStep:
    name: str
    order: int
    update: StepFunc  # incremental, against the store
    group: GroupFunc | None = None  # stateless, on a list of article dicts (for `extract`)


_STEPS: dict[str, RelateStep] = {}
_DISCOVERED = False


def relate_step(name: str, order: int, group: GroupFunc | None = None) -> Callable[[StepFunc], StepFunc]:
    def register(func: StepFunc) -> StepFunc:
        _STEPS[name] = RelateStep(name, order, func, group)
        return func

    return register


def steps() -> list[RelateStep]:
    global _DISCOVERED
    if not _DISCOVERED:
        for info in pkgutil.iter_modules(__path__):
            importlib.import_module(f"{__name__}.{info.name}")
        _DISCOVERED = True
    return sorted(_STEPS.values(), key=lambda s: (s.order, s.name))


def update_store(store: Store, new_ids: list[str], settings: Settings) -> None:
    for step in steps():
        step.update(store, new_ids, settings)


def group_articles(articles: list[dict[str, Any]], settings: Settings) -> None:
    """Fill ``duplicate_of``/``event_id``/``story_id`` on article dicts without a store."""
    for article in articles:
        for key in ("duplicate_of", "event_id", "story_id"):
            article.setdefault(key, None)
    for step in steps():
        if step.group is not None:
            step.group(articles, settings)
