"""PLOVER gold records: event type, source and target on single sentences.

Reads every ``*.json`` file in a folder laid out like ``../shared/eval/plover`` (a list of records with
``text``, ``event``, ``source`` and ``target``, each actor carrying a ``code``). Each sentence runs through
the whole analysis pipeline; the first event coded in it is compared with the gold record:

* event type: our action mapped to its PLOVER category (``plover`` in ``data/event_verbs.yaml``);
  precision over the sentences we coded, recall over all sentences;
* source / target: the actor's code (a state's alpha-3; a person's or organisation's state) is one of the
  gold codes; scored on the sentences we coded whose gold side has a code.

The arithmetic (ratios, precision / recall / F1) is the shared one of ``evaluate/metrics.py``.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from storyline.evaluate.metrics import prf, ratio


def read_folder(folder: str | Path) -> list[dict[str, Any]]:
    files = sorted(Path(folder).glob("*.json"))
    if not files:
        raise FileNotFoundError(f"no PLOVER .json files in {folder}")
    records: list[dict[str, Any]] = []
    for path in files:
        data = json.loads(path.read_text("utf-8"))
        records += [r for r in data if isinstance(r, dict) and r.get("text") and r.get("event") != "DOCUMENT"]
    return records


def _codes(side: Any) -> set[str]:
    if not isinstance(side, list):
        return set()
    return {a["code"] for a in side if isinstance(a, dict) and a.get("code")}


def actor_code(actor_id: str | None, index: dict[str, Any]) -> str | None:
    """The state code an actor stands for, as PLOVER codes actors."""
    if not actor_id:
        return None
    if actor_id.startswith("state:"):
        return actor_id.split(":", 1)[1]
    actor = index.get(actor_id)
    if actor is None:
        return None
    if actor.affiliation and actor.affiliation.startswith("state:"):
        return actor.affiliation.split(":", 1)[1]
    if actor.affiliation and actor.affiliation in index:
        return index[actor.affiliation].country
    return actor.country


def evaluate(folder: str | Path, limit: int | None = None) -> dict[str, Any]:
    from storyline.analyze import analyze
    from storyline.analyze.events import lexicon
    from storyline.config import Settings
    from storyline.ingest.metadata import build_article

    records = read_folder(folder)[:limit]
    plover = lexicon()[2]
    articles = [build_article(text=r["text"], source=r.get("id", "plover"), published=r.get("date")) for r in records]
    counts: Counter[str] = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    for record, analysis in zip(records, analyze(articles, Settings()), strict=True):
        counts["sentences"] += 1
        if not analysis.events:
            continue
        event = analysis.events[0]
        counts["coded"] += 1
        predicted = plover.get(event.action, event.action)
        confusion[(record["event"], predicted)] += 1
        counts["type_correct"] += predicted == record["event"]
        gold_source, gold_target = _codes(record.get("source")), _codes(record.get("target"))
        index = analysis.actor_index
        if gold_source:
            counts["source_scored"] += 1
            counts["source_correct"] += actor_code(event.source_actor, index) in gold_source
        if gold_target:
            counts["target_scored"] += 1
            counts["target_correct"] += actor_code(event.target_actor, index) in gold_target
    return {
        "sentences": counts["sentences"],
        "coded": counts["coded"],
        "type": prf(counts["type_correct"], counts["coded"], counts["type_correct"], counts["sentences"]),
        "source_accuracy": ratio(counts["source_correct"], counts["source_scored"]),
        "source_scored": counts["source_scored"],
        "target_accuracy": ratio(counts["target_correct"], counts["target_scored"]),
        "target_scored": counts["target_scored"],
        "confusion": [{"gold": g, "predicted": p, "count": n} for (g, p), n in confusion.most_common()],
    }
