"""Re-run the event grouping on a cached product analysis of an ECB+- or BASIL-layout folder, scored by topic
parity (ECB+: odd topics for tuning, even for reporting) so each grouping experiment takes seconds.

The first run analyses the folder exactly as ``storyline eval clusters`` does (``analyze`` with default
settings) and pickles the analysed article dicts and their title+lead embeddings to ``--cache``; later runs
read the cache and run only the stateless ``group`` steps (copies, events, stories) of the current code.

    .venv/bin/python bench/ecb_grouping.py --data ../shared/eval/ecbplus --cache /tmp/ecb.pkl --part odd
    .venv/bin/python bench/ecb_grouping.py ... --set link_undated=0.75 --set undated_actor_weight=0.4
    .venv/bin/python bench/ecb_grouping.py ... --split complete:0.5

``--split METHOD:CUT`` is a prototype, not product code: it re-cuts every event cluster of three or more
articles with scipy's hierarchical clustering (``complete``, ``average`` or ``weighted`` linkage) on the
undated link score (cosine + ``undated_actor_weight`` x Jaccard of identity tokens - ``year_penalty``), so
one bridging link no longer merges two twin events. It is not in ``relate/events.py`` because the store
keeps only the event id, not the connected component a re-cut would need to stay independent of ingest
order (see docs/clustering.md).
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


def split(chosen: list[dict], method: str, cut: float, p: events.ClusterParams) -> dict[str, str]:
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    members: dict[str, list] = {}
    for d, f in zip(chosen, events.features_of(chosen, p), strict=True):
        members.setdefault(d["event_id"], []).append(f)
    out = {}
    for event_id, feats in members.items():
        feats.sort(key=lambda f: f.id)
        if len(feats) < 3:
            out.update({f.id: event_id for f in feats})
            continue
        n = len(feats)
        distance = np.zeros((n, n))
        for i in range(n):
            for j in range(i + 1, n):
                a, b = feats[i], feats[j]
                score = float(a.embedding @ b.embedding) + p.undated_actor_weight * events.jaccard(a.actors, b.actors)
                score -= p.year_penalty if events.years_conflict(a.actors, b.actors) else 0.0
                distance[i, j] = distance[j, i] = max(0.0, 1.5 - score)  # 1.5: scores run above 1
        labels = fcluster(linkage(squareform(distance, checks=False), method), 1.5 - cut, "distance")
        out.update({f.id: f"{event_id}/{label}" for f, label in zip(feats, labels, strict=True)})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--part", choices=["odd", "even", "all"], default="odd")
    parser.add_argument("--set", action="append", default=[], help="clustering parameter override, NAME=VALUE")
    parser.add_argument("--split", help="prototype: re-cut each event cluster, METHOD:CUT (e.g. complete:0.5)")
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
    events.embed = lambda texts: np.stack([vectors[t] for t in texts]) if texts else np.zeros((0, 384), "float32")
    start = time.perf_counter()
    relate.group_articles(chosen, Settings(extra={"clustering": overrides}))
    took = time.perf_counter() - start
    predicted = {d["id"]: d["event_id"] for d in chosen}
    if args.split:
        method, cut = args.split.split(":")
        predicted = split(chosen, method, float(cut), events.params(Settings(extra={"clustering": overrides})))
    sub_gold = {i: g for i, g in gold.items() if i in keep}
    out = {"part": args.part, "articles": len(chosen), "predicted_events": len(set(predicted.values())),
           "gold_events": len(set(sub_gold.values())), "storyline": clusters.bcubed(predicted, sub_gold),
           "group_s": round(took, 2)}  # fmt: skip
    if args.baseline:
        from types import SimpleNamespace

        arts = [SimpleNamespace(id=d["id"], title=d.get("title"), text=d.get("text") or "") for d in chosen]
        out["baseline"] = clusters.bcubed(clusters.tfidf_baseline(arts), sub_gold)
    print(json.dumps(out, indent=None, default=float))


if __name__ == "__main__":
    main()
