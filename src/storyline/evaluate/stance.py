"""Scoring stances: on a labelled stance set (``eval/stance/`` layout) and on BASIL quotes.

**Labelled set** (a folder with ``dev.jsonl`` / ``test.jsonl``, one article a line: ``text``, ``published``,
``issue``, ``statements`` of ``{actor, position, basis, evidence}``). Each article runs through the whole
pipeline with its issue. A gold statement is found when storyline gives a stance to the same actor in a
sentence holding the evidence; its predicted position is that stance's (``none`` when there is none). A
stance that matches no gold statement counts against the precision of its position. Reported: per-position
precision / recall / F1, macro F1 over the four positions, the confusion table (gold rows, predicted
columns, ``none`` included), and the majority-position baseline (every gold statement read as the most
frequent position, which finds every statement).

**BASIL** (a folder with ``articles/YEAR/*.json`` and ``annotations/YEAR/*_ann.json``). Every annotated
span that is a quote carries its target and the polarity of what is said about it; storyline reads the
quote's polarity toward the target (:func:`storyline.stance.polarity_toward`: by default the learned reader
fitted on the tuning years 2010-2012 by ``eval/stance/train_polarity.py``, so the ``dev`` split is its training
data and only the other years are held out). Accuracy and macro F1 over the two classes, beside the
majority-class baseline.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from storyline.evaluate.metrics import prf, ratio

POSITIONS = ("support", "oppose", "conditional", "undecided")
NONE = "none"


def read_items(path: Path) -> list[dict[str, Any]]:
    items = []
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            items.append(json.loads(line))
    return items


def _sentence_bounds(sentences: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    covering = [(s, e) for s, e in sentences if s < end and start < e]
    return (covering[0][0], covering[-1][1]) if covering else (start, end)


def score_labelled(items: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Run the pipeline on each labelled article and compare positions statement by statement."""
    from storyline.analyze import analyze
    from storyline.config import Settings
    from storyline.ingest.metadata import build_article

    pairs: list[tuple[str, str]] = []  # (gold, predicted)
    errors: list[dict[str, Any]] = []
    items = list(items)
    by_issue: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        by_issue.setdefault(item["issue"], []).append(item)
    for issue, group in by_issue.items():
        settings = Settings(extra={"stance_issues": [issue]})
        articles = [
            build_article(text=i["text"], source=f"eval:{i['id']}", published=i.get("published")) for i in group
        ]
        for item, analysis in zip(group, analyze(articles, settings), strict=True):
            p, e = match_statements(item, analysis.sentences, list(analysis.stances), analysis.article.text)
            pairs.extend(p)
            errors.extend(e)
    result = _table(pairs)
    gold_counts = Counter(g for g, _ in pairs if g != NONE)
    majority = gold_counts.most_common(1)[0][0] if gold_counts else "support"
    result["baseline"] = _table([(g, majority) for g, _ in pairs if g != NONE]) | {"position": majority}
    result["statements"] = sum(gold_counts.values())
    result["errors"] = errors
    return result


def match_statements(
    item: dict[str, Any], sentences: list[tuple[int, int]], predicted: list[Any], text: str | None = None
) -> tuple[list[tuple[str, str]], list[dict[str, Any]]]:
    """(gold, predicted) pairs and the errors of one article: gold statements against storyline's stances.

    ``text``: the text the pipeline analysed, whose offsets ``sentences`` and ``predicted`` use; ingest drops page
    furniture ("Photo: Continental Wire / File" before the dateline), so the evidence is found there, not in the
    labelled text (the item's own text when not given)."""
    pairs: list[tuple[str, str]] = []
    errors: list[dict[str, Any]] = []
    used: set[int] = set()
    # each gold statement takes a stance of the same actor in its sentence(s), one agreeing with it first:
    # a sentence may hold two positions of one actor ("The United States, which vetoed ..., said it
    # believed ... through negotiations": an act against and a conditional view)
    spans = _statement_bounds(item, sentences, text)
    found: dict[int, int] = {}
    for agree in (True, False):
        for n, st in enumerate(item["statements"]):
            if n in found:
                continue
            start, end = spans[n]
            match = next((k for k, p in enumerate(predicted)
                          if p.actor == st["actor"] and p.start < end and start < p.end and k not in used
                          and (not agree or p.position == st["position"])), None)  # fmt: skip
            if match is not None:
                found[n] = match
                used.add(match)
    for n, st in enumerate(item["statements"]):
        got = predicted[found[n]].position if n in found else NONE
        pairs.append((st["position"], got))
        if got != st["position"]:
            errors.append({"id": item["id"], "actor": st["actor"], "gold": st["position"], "predicted": got,
                           "evidence": st["evidence"]})  # fmt: skip
    for k, p in enumerate(predicted):
        if k in used:
            continue
        # the same reading of an actor already matched in the same sentence is not a new statement (two clauses
        # of one sentence, "said Slovenia had rewarded Hamas and announced that Jerusalem would recall its
        # ambassador", are one statement of Israel's); a different position of that actor there is one (and
        # counts against precision when gold has none)
        here = _sentence_bounds(sentences, p.start, p.end)
        if any(predicted[u].actor == p.actor and predicted[u].position == p.position
               and _overlaps(here, _sentence_bounds(sentences, predicted[u].start, predicted[u].end))
               for u in used):  # fmt: skip
            continue
        pairs.append((NONE, p.position))
        errors.append({"id": item["id"], "actor": p.actor, "gold": NONE, "predicted": p.position,
                       "evidence": p.text})  # fmt: skip
    return pairs, errors


def candidate_labels(
    item: dict[str, Any], sentences: list[tuple[int, int]], cands: list[Any], text: str | None = None
) -> list[str]:
    """The gold position of each learned-reader candidate (actor, sentence): the position of a gold statement of
    that actor whose evidence lies in the sentence (the rules' reading first when gold has several), else none.
    ``text``: the analysed text, as for :func:`match_statements`."""
    spans = list(zip(item["statements"], _statement_bounds(item, sentences, text), strict=True))
    labels = []
    for c in cands:
        golds = [st["position"] for st, (s, e) in spans if st["actor"] == c.actor and s < c.end and c.start < e]
        rule = c.rule.position if c.rule is not None else None
        labels.append(rule if rule in golds else golds[0] if golds else NONE)
    return labels


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _statement_bounds(
    item: dict[str, Any], sentences: list[tuple[int, int]], text: str | None = None
) -> list[tuple[int, int]]:
    """The sentence bounds of each gold statement's evidence, in the analysed ``text`` when given (evidence that ingest
    dropped as furniture lies in no sentence the reader saw: (0, 0), which no stance overlaps)."""
    out = []
    for st in item["statements"]:
        pos = (item["text"] if text is None else text).find(st["evidence"])
        if pos < 0 and text is not None:
            out.append((0, 0))
            continue
        out.append(_sentence_bounds(sentences, pos, pos + len(st["evidence"])))
    return out


def _table(pairs: list[tuple[str, str]], labels: tuple[str, ...] = POSITIONS) -> dict[str, Any]:
    confusion: dict[str, Counter[str]] = {g: Counter() for g in (*labels, NONE)}
    for gold, pred in pairs:
        confusion.setdefault(gold, Counter())[pred] += 1
    per: dict[str, dict[str, float]] = {}
    for label in labels:
        tp = confusion[label][label]
        predicted = sum(c[label] for c in confusion.values())
        actual = sum(confusion[label].values())
        per[label] = prf(tp, predicted, tp, actual) | {"support": actual}
    labelled = [label for label in labels if per[label]["support"]]
    correct = sum(confusion[label][label] for label in labels)
    total = sum(sum(confusion[label].values()) for label in labels)
    return {
        "per_position": per,
        "macro_f1": ratio(sum(per[label]["f1"] for label in labelled), len(labelled)),
        "accuracy": ratio(correct, total),
        "confusion": {g: dict(c) for g, c in confusion.items() if c},
    }


# -- BASIL ----------------------------------------------------------------------------------------------------------
BASIL_TUNE_YEARS = ("2010", "2011", "2012")  # the polarity readers were set / trained on these only


def basil_years(folder: Path, split: str) -> list[str]:
    """Years of a BASIL split: dev = 2010-2012 (tuning), test = every other year present, all, or "2013-2016"."""
    present = sorted(p.name for p in (folder / "annotations").iterdir() if p.is_dir())
    if split == "dev":
        return [y for y in present if y in BASIL_TUNE_YEARS]
    if split == "test":
        return [y for y in present if y not in BASIL_TUNE_YEARS]
    if split == "all":
        return present
    if "-" in split:
        first, last = split.split("-", 1)
        return [y for y in present if first <= y <= last]
    return [y for y in split.split(",") if y in present]


def basil_quotes(folder: Path, years: Iterable[str] | None = None, quotes_only: bool = True) -> list[dict[str, Any]]:
    """The quote spans of BASIL's annotations (every span with ``quotes_only=False``): text, target, speaker, gold
    polarity, whether it is a quote and its triplet (the event: ``triplet-uuid``, else the file name's part before
    ``_N_ann.json``)."""
    wanted = set(years) if years is not None else None
    out = []
    for ann_path in sorted((folder / "annotations").glob("*/*_ann.json")):
        year = ann_path.parent.name
        if wanted is not None and year not in wanted:
            continue
        try:
            data = json.loads(ann_path.read_text("utf-8"))
        except (OSError, json.JSONDecodeError):
            continue  # a broken file loses itself, not the run
        triplet = data.get("triplet-uuid") or ann_path.name.rsplit("_", 2)[0]
        for span in data.get("phrase-level-annotations", []):
            quote = span.get("quote") == "yes"
            if (quotes_only and not quote) or span.get("polarity") not in {"pos", "neg"}:
                continue
            target = (span.get("target") or "").replace("_", " ")
            out.append({"file": str(ann_path.relative_to(folder)), "year": year, "text": span.get("txt", ""),
                        "target": target, "speaker": span.get("speaker"), "gold": span["polarity"], "quote": quote,
                        "triplet": triplet})  # fmt: skip
    return out


def score_basil(folder: Path, split: str = "test", reader: str = "learned") -> dict[str, Any]:
    """Each quote's polarity read by ``reader`` ("learned" or "lexicon", see :func:`storyline.stance.polarity_toward`)
    against the gold one."""
    from storyline.stance import polarity_model, polarity_toward

    quotes = basil_quotes(folder, basil_years(folder, split))
    pairs = []
    for q in quotes:
        pairs.append((q["gold"], polarity_toward(q["text"], q["target"], reader=reader)))
    result = _table(pairs, labels=("pos", "neg"))
    gold_counts = Counter(g for g, _ in pairs)
    majority = gold_counts.most_common(1)[0][0] if gold_counts else "neg"
    result["baseline"] = _table([(g, majority) for g, _ in pairs], labels=("pos", "neg")) | {"class": majority}
    result["quotes"] = len(pairs)
    result["years"] = sorted({q["year"] for q in quotes})
    result["reader"] = reader if reader != "learned" or polarity_model() is not None else "lexicon"
    return result


def layout(folder: Path) -> str:
    """Which kind of stance data a folder holds: "basil" or "labelled"."""
    if (folder / "annotations").is_dir() and (folder / "articles").is_dir():
        return "basil"
    if any((folder / f"{split}.jsonl").exists() for split in ("dev", "test")):
        return "labelled"
    raise FileNotFoundError(
        f"{folder} holds neither BASIL (annotations/, articles/) nor a stance set (dev.jsonl, test.jsonl)"
    )
