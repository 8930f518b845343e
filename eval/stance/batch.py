"""Score one dev batch of the stance set, with its disagreements: the view used to tune on a batch.

Run from the repository root: ``.venv/bin/python eval/stance/batch.py w48-w53 [A01-A11 ...] [--errors]
[--split dev.audited]``. Reads ``dev.jsonl`` (or the blind audit's labels of the same texts, ``dev.audited.jsonl``)
only (the test splits are never listed here), keeps the articles whose id lies in one of the ranges
(same letter, number between the bounds), and scores them together with the scorer of ``storyline eval stance``. A batch is scored once before any rule is changed on it (the
honest estimate on unseen text, recorded in docs/stance.md); later runs show what a change did to it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from storyline.evaluate.stance import POSITIONS, read_items, score_labelled

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ranges", nargs="+", help="id ranges, e.g. w48-w53 A01-A11")
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    parser.add_argument("--split", choices=("dev", "dev.audited"), default="dev", help="which labels of dev")
    args = parser.parse_args()
    bounds = [(lo[0], int(lo[1:]), int(hi[1:])) for lo, hi in (r.split("-") for r in args.ranges)]
    items = [i for i in read_items(HERE / f"{args.split}.jsonl")
             if any(i["id"][0] == letter and lo <= int(i["id"][1:]) <= hi for letter, lo, hi in bounds)]  # fmt: skip
    result = score_labelled(items)
    print(f"{' '.join(args.ranges)}: {len(items)} articles, {result['statements']} statements")
    print(f"macro F1 {result['macro_f1']:.3f}, accuracy {result['accuracy']:.3f}")
    for label in POSITIONS:
        p = result["per_position"][label]
        print(f"  {label:12} P {p['precision']:.3f} R {p['recall']:.3f} F1 {p['f1']:.3f} gold {p['support']}")
    print("confusion (gold -> predicted):", result["confusion"])
    if args.errors:
        for e in result["errors"]:
            print(f"{e['id']} {e['actor']:28} gold {e['gold']:11} got {e['predicted']:11} | {e['evidence'][:150]}")


if __name__ == "__main__":
    main()
