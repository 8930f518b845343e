"""Re-run the event grouping on a cached product analysis of an ECB+- or BASIL-layout folder, scored by topic
parity (ECB+: odd topics for tuning, even for reporting) so each grouping experiment takes seconds.

The first run analyses the folder exactly as ``storyline eval clusters`` does (``analyze`` with default
settings) and pickles the analysed article dicts and their title+lead embeddings to ``--cache``; later runs
read the cache and run only the stateless ``group`` steps (copies, events, stories) of the current code.

    .venv/bin/python bench/ecb_grouping.py --data ../shared/eval/ecbplus --cache /tmp/ecb.pkl --part odd
    .venv/bin/python bench/ecb_grouping.py ... --set link_undated=0.75 --set undated_actor_weight=0.4
    .venv/bin/python bench/ecb_grouping.py ... --set recut_score=0.45
    .venv/bin/python bench/ecb_grouping.py ... --set recut_min=100000   # no re-cut: the link components

The grouping is the product's (``relate.group_articles``), re-cut of all-undated components included
(``events.recut``; ``recut_score``, ``recut_min``, ``recut_max`` are ordinary ``--set`` parameters). A
linkage other than the product's complete linkage can be tried with ``--linkage average|weighted|single``.
"""

from __future__ import annotations

import argparse
import json
import pickle
import time
from pathlib import Path

import numpy as np

from storyline import relate
from storyline.config import Settings
from storyline.evaluate import clusters
from storyline.relate import events


def load(data: Path, cache: Path) -> tuple[list, dict, dict, dict]:
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    from storyline.analyze import analyze

    layout = "ecbplus" if (data / "documents.jsonl").exists() else "basil"
    articles, gold = (clusters.read_ecbplus if layout == "ecbplus" else clusters.read_basil)(data)
    dicts = [a.to_dict() for a in analyze(articles, Settings())]
    texts = [events.lead_text(d.get("title"), d.get("text") or "") for d in dicts]
    vectors = dict(zip(texts, events.embed(texts), strict=True))
    topic = {}
    if layout == "ecbplus":
        for line in (data / "documents.jsonl").open(encoding="utf-8"):
            row = json.loads(line)
            topic[f"{data / 'documents.jsonl'}:{row['doc_id']}"] = int(row["topic"])
    part = {a.id: topic.get(a.source, 0) for a in articles}
    cache.write_bytes(pickle.dumps((dicts, gold, part, vectors)))
    return dicts, gold, part, vectors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--part", choices=["odd", "even", "all"], default="odd")
    parser.add_argument("--set", action="append", default=[], help="clustering parameter override, NAME=VALUE")
    parser.add_argument("--linkage", default="complete", help="linkage of the re-cut (scipy method name)")
    parser.add_argument("--baseline", action="store_true", help="score the TF-IDF baseline on the same part")
    args = parser.parse_args()
    dicts, gold, part, vectors = load(args.data, args.cache)
    keep = {i for i, t in part.items() if args.part == "all" or (t % 2 == 1) == (args.part == "odd")}
    chosen = [dict(d) for d in dicts if d["id"] in keep]
    for d in chosen:
        for key in ("duplicate_of", "event_id", "story_id", "_features"):
            d.pop(key, None)
    overrides = {}
    for item in args.set:
        name, value = item.split("=", 1)
        overrides[name] = type(getattr(events.ClusterParams(), name))(value)
    if args.linkage != "complete":
        from scipy.cluster import hierarchy

        complete = hierarchy.linkage
        hierarchy.linkage = lambda y, method="single", *a, **k: complete(y, args.linkage, *a, **k)
    events.embed = lambda texts: np.stack([vectors[t] for t in texts]) if texts else np.zeros((0, 384), "float32")
    start = time.perf_counter()
    relate.group_articles(chosen, Settings(extra={"clustering": overrides}))
    took = time.perf_counter() - start
    predicted = {d["id"]: d["event_id"] for d in chosen}
    sub_gold = {i: g for i, g in gold.items() if i in keep}
    out = {"part": args.part, "articles": len(chosen), "predicted_events": len(set(predicted.values())),
           "gold_events": len(set(sub_gold.values())), "storyline": clusters.bcubed(predicted, sub_gold),
           "linkage": args.linkage, "group_s": round(took, 2)}  # fmt: skip
    if args.baseline:
        from types import SimpleNamespace

        arts = [SimpleNamespace(id=d["id"], title=d.get("title"), text=d.get("text") or "") for d in chosen]
        out["baseline"] = clusters.bcubed(clusters.tfidf_baseline(arts), sub_gold)
    print(json.dumps(out, indent=None, default=float))


if __name__ == "__main__":
    main()
