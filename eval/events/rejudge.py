"""Re-run today's events stage on every hand-judged event of docs/evaluation.md and say which judged fields moved.

The audit rounds and held-out checks judged 50 events each by reading them; a reader cannot re-read 1,300 events
after every change. This script finds each judged event again in today's output of its article (same sentence,
same trigger) and compares the four judged fields (source, target, type as the action code, date with its
precision) with the event as it was judged:

- a field judged **right** that is unchanged stays right; one that changed is a *possible break*;
- a field judged **wrong** that changed is a *possible fix*; one that is unchanged stays wrong;
- an event no longer found was *dropped* (right to drop when its type was judged wrong: a non-act).

So ``right kept`` is a floor and ``right kept + possible fixes`` a ceiling of today's accuracy on the judged pool,
and every possible break and fix is listed for reading. The pool is what the rules were written from (the tuning
data), so its figures say whether a change helps where it was aimed and what it costs elsewhere, never how the
code does on new text: that is what the held-out checks measure.

    .venv/bin/python eval/events/rejudge.py                 # every judged seed (about 3 minutes)
    .venv/bin/python eval/events/rejudge.py --seeds 27-32 --list fixes,breaks
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from train_confidence import DOCS, FIELDS, _article, judged_rows, sample_events  # noqa: E402

KEYS = {"source": ("source_actor",), "target": ("target_actor",), "type": ("action",), "date": ("date", "precision")}


def _flat(text: str) -> str:
    return " ".join(text.split())


def _seed_range(text: str) -> set[int]:
    out: set[int] = set()
    for part in text.split(","):
        first, _, last = part.partition("-")
        out |= set(range(int(first), int(last or first) + 1))
    return out


def todays_events(paths: dict[str, str]) -> dict[str, list[dict]]:
    """Today's events of each article (by the path a sample names), in the fields a sample records."""
    from audit_events import events_only

    from storyline.analyze import analyze

    pairs = [(path, _article(path, published)) for path, published in paths.items()]
    articles = [a for _, a in pairs if a is not None]
    by_source = {a.source: path for path, a in pairs if a is not None}
    out: dict[str, list[dict]] = defaultdict(list)
    for analysis in analyze(articles, events_only()):
        path = by_source.get(analysis.article.source, analysis.article.source)
        for e in analysis.events:
            out[path].append({"source_actor": e.source_actor, "target_actor": e.target_actor, "action": e.action,
                              "date": e.date, "precision": e.date_precision, "trigger": e.trigger,
                              "evidence": _flat(e.text)})  # fmt: skip
    return out


def _same_event(judged: dict, today: dict) -> bool:
    evidence = _flat(judged["evidence"])
    return today["trigger"] == judged["trigger"] and (evidence in today["evidence"] or today["evidence"] in evidence)


def rejudge(seeds: set[int] | None = None) -> list[dict]:
    rows = [r for r in judged_rows(DOCS.read_text("utf-8")) if seeds is None or r["seed"] in seeds]
    entries = {}
    for seed in sorted({r["seed"] for r in rows}):
        sample = sample_events(seed)
        for row in (r for r in rows if r["seed"] == seed):
            entry = sample.get(row["n"])
            if entry is not None and entry["action"] in row["coded"]:
                entries[(seed, row["n"])] = entry
    today = todays_events({e["path"]: e["published"] for e in entries.values()})
    out = []
    for row in rows:
        entry = entries.get((row["seed"], row["n"]))
        if entry is None:
            continue
        found = [e for e in today.get(entry["path"], []) if _same_event(entry, e)]
        now = found[0] if found else None
        moved = {f: now is not None and any(now[k] != entry[k] for k in KEYS[f]) for f in FIELDS}
        out.append({**row, "then": entry, "now": now, "moved": moved})
    return out


def summary(results: list[dict]) -> str:
    counts: dict[str, Counter] = {f: Counter() for f in FIELDS}
    dropped = Counter()
    for r in results:
        if r["now"] is None:
            dropped["non-act" if not r["type"] else "act"] += 1
            continue
        for f in FIELDS:
            counts[f][("right" if r[f] else "wrong", "moved" if r["moved"][f] else "kept")] += 1
    lines = [f"{len(results)} judged events found in their samples; dropped today: {dropped['act']} judged acts, "
             f"{dropped['non-act']} judged non-acts",
             "| field | right kept | possible breaks | wrong kept | possible fixes | floor | ceiling |",
             "|---|---|---|---|---|---|---|"]  # fmt: skip
    total = len(results)
    for f in FIELDS:
        c = counts[f]
        # a dropped non-act is right to drop (its record no longer exists to be wrong); a dropped act is a loss
        floor = c["right", "kept"] + dropped["non-act"]
        ceiling = floor + c["right", "moved"] + c["wrong", "moved"]
        lines.append(f"| {f} | {c['right', 'kept']} | {c['right', 'moved']} | {c['wrong', 'kept']} | "
                     f"{c['wrong', 'moved']} | {floor / total:.1%} | {ceiling / total:.1%} |")  # fmt: skip
    return "\n".join(lines)


def listing(results: list[dict], kinds: set[str]) -> str:
    lines = []
    for r in results:
        then, now = r["then"], r["now"]
        if now is None:
            kind = "dropped"
            changed = []
        else:
            changed = [f for f in FIELDS if r["moved"][f]]
            if not changed:
                continue
            kind = "fixes" if any(not r[f] for f in changed) else "breaks"
        if kind not in kinds:
            continue
        marks = " ".join(f"{f}={'✓' if r[f] else '✗'}" for f in FIELDS)
        lines.append(f"- [{kind}] seed {r['seed']} #{r['n']} ({marks}) {then['evidence'][:160]}")
        if now is not None:
            for f in changed:
                lines.append(
                    f"    {f}: {' '.join(str(then[k]) for k in KEYS[f])} -> {' '.join(str(now[k]) for k in KEYS[f])}"
                )
        lines.append(f"    note: {r['note'][:200]}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", help="judged seeds to re-run, e.g. 27-32 or 5,14,20 (default: all)")
    parser.add_argument("--list", default="", help="which events to list: fixes, breaks, dropped (comma-separated)")
    args = parser.parse_args()
    results = rejudge(_seed_range(args.seeds) if args.seeds else None)
    print(summary(results))
    if args.list:
        print(listing(results, set(args.list.split(","))))


if __name__ == "__main__":
    main()
