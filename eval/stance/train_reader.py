"""Train the learned stance reader (:mod:`storyline.stance_reader`) on all of dev and write its coefficients.

Run from the repository root: ``.venv/bin/python eval/stance/train_reader.py OUT.json [--c 1.0]``. Uses only
``dev.jsonl``; seeded, so the same tree writes the same file. Use the result with
``Settings(extra={"stance_reader": "OUT.json"})``. It is not shipped: ``eval/stance/cv.py`` did not show it
beating the rules on held-out dev batches.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from cv import HERE, prepare, train

from storyline.evaluate.stance import read_items
from storyline.stance_reader import embed_candidates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--c", type=float, default=1.0)
    args = parser.parse_args()
    prepared = prepare(read_items(HERE / "dev.jsonl"))
    vectors = embed_candidates([x for p in prepared for x in p.cands])
    reader = train(prepared, vectors, args.c)
    args.out.write_text(json.dumps(reader.to_json()), "utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes) from {sum(len(p.cands) for p in prepared)} candidates")


if __name__ == "__main__":
    main()
