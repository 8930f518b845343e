"""Throughput of the whole ingest against bare spaCy parsing, in the same process.

The demo corpus is repeated (each copy made unique by a numbered closing remark) to at least N articles.
We time (1) bare ``nlp.pipe`` over the texts and (2) ``storyline.service.ingest`` into a fresh SQLite store
(read, analyse with every stage, store, relate), then print articles per second of each, their ratio, the
time share of each analysis stage, and the peak resident memory. Ratios, not absolute times, are the goal:
machines here are shared and noisy.

    python bench/throughput.py [--articles 500] [--no-relate] [--disable STAGE ...]

``--no-relate --disable stances`` leaves out the two steps that run the sentence-embedding model (event
clustering and the stance stage's semantic issue matching), which isolates the cost of our own code.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def corpus(n: int) -> list[dict]:
    base = [
        json.loads(line)
        for line in (REPO / "examples" / "corpus.jsonl").read_text("utf-8").splitlines()
        if line.strip()
    ]
    out = []
    i = 0
    while len(out) < n:
        for rec in base:
            copy = dict(rec)
            # appended to the longest paragraph, not as a line of its own nor to a closing "Read more" line:
            # the cleaner removes such page furniture, and the copies would then be identical
            paragraphs = rec["text"].split("\n\n")
            longest = max(range(len(paragraphs)), key=lambda k: len(paragraphs[k]))
            paragraphs[longest] += f" (Archive copy {i}.)"
            copy["text"] = "\n\n".join(paragraphs)
            copy["url"] = f"{rec.get('url', 'https://bench.example/')}#{i}"
            out.append(copy)
        i += 1
    return out[:n]


def _write_jsonl(records: list[dict]) -> str:
    path = Path(tempfile.mkdtemp()) / "bench.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    return str(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--no-relate", action="store_true", help="skip cross-article steps (copies, clusters)")
    parser.add_argument("--disable", nargs="*", default=[], help="analysis stages to skip, e.g. stances")
    args = parser.parse_args()

    from storyline import analyze, nlp, relate, service
    from storyline.config import Settings
    from storyline.store import Store

    records = corpus(args.articles)
    unique, _, _ = service.collect([_write_jsonl(records)], Settings())
    assert len(unique) == len(records), "every benchmark article must be distinct after cleaning"
    texts = [r["text"] for r in records]
    settings = Settings(disable_stages=tuple(args.disable))
    model = nlp.load(settings.model)
    list(model.pipe(texts[:20]))  # warm up

    began = time.perf_counter()
    for _ in model.pipe(texts, batch_size=settings.batch_size):
        pass
    bare = time.perf_counter() - began

    if args.no_relate:
        relate.update_store = lambda store, ids, settings: None  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "bench.jsonl"
        source.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
        store = Store(Path(tmp) / "bench.db")
        analyze.stage_seconds.clear()
        began = time.perf_counter()
        report = service.ingest([str(source)], store, settings)
        full = time.perf_counter() - began
        store.close()
    assert len(report.added) == len(records), "every benchmark article must be new"

    n = len(records)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {n}  words: {sum(len(t.split()) for t in texts)}")
    print(f"bare nlp.pipe:    {n / bare:8.1f} articles/s ({bare:.2f} s)")
    print(
        f"storyline ingest: {n / full:8.1f} articles/s ({full:.2f} s){'  [relate skipped]' if args.no_relate else ''}"
    )
    print(f"ratio ingest/bare: {bare / full:.2f}  (goal >= 0.80)")
    stage_total = sum(analyze.stage_seconds.values())
    for name, secs in analyze.stage_seconds.most_common():
        print(f"  stage {name:<12} {secs:6.2f} s  {100 * secs / bare:5.1f}% of the bare parse")
    print(f"  all stages     {stage_total:6.2f} s  {100 * stage_total / bare:5.1f}% of the bare parse")
    print(f"peak memory (max RSS): {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
