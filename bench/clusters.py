"""Scale benchmark: copies and incremental event/story clustering on synthetic corpora.

Each size runs in its own process (so peak memory is that size's), ingesting synthetic articles in
batches of 256 through the real store path (``Store.write_analyses`` + the relate steps) at a constant
daily volume (``--per-day``), as a growing news archive would. Texts are random word sequences, one in ten
a light edit of an earlier one (a copy); embeddings are random vectors around per-event centres, since the
point is the cost of blocking and placing, not of the embedding model (patched out). Prints time, time per
article and peak RSS per size, and each size's time per article as a ratio to the smallest size.

    .venv/bin/python bench/clusters.py --sizes 10000 20000 40000
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def run_one(size: int, per_day: int, batch: int) -> dict:
    import numpy as np

    from storyline import relate
    from storyline.config import Settings
    from storyline.model import Analysis, Article, Mention, article_id
    from storyline.relate import events
    from storyline.store import Store

    rng = np.random.default_rng(size)
    vocab = [f"w{i}" for i in range(20000)]
    centres = rng.standard_normal((size // 4 + 1, 384)).astype(np.float32)
    vectors: dict[str, np.ndarray] = {}

    def fake_embed(texts: list[str]) -> np.ndarray:
        out = []
        for text in texts:
            v = vectors[text.split(". ", 1)[0]]
            out.append(v / np.linalg.norm(v))
        return np.array(out, dtype=np.float32).reshape(len(texts), 384)

    events.embed = fake_embed  # the model is not what is measured here
    actors = [f"state:S{i:03d}" for i in range(200)]
    texts: list[str] = []
    store = Store(Path(tempfile.mkdtemp()) / "bench.db")
    start = time.perf_counter()
    for lo in range(0, size, batch):
        analyses = []
        for i in range(lo, min(size, lo + batch)):
            if texts and rng.random() < 0.1:  # a copy: an earlier text with a sentence inserted and the end cut
                words = rng.choice(texts).split()
                words = words[:20] + ["inserted", "sentence", "here"] + words[20:-15]
            else:
                words = list(rng.choice(vocab, 200))
            text = " ".join(words)
            texts.append(text)
            day = 738000 + i // per_day
            title = f"t{i}"
            vectors[title] = centres[(i // 3) % len(centres)] + 0.3 * rng.standard_normal(384).astype(np.float32)
            published = __import__("datetime").date.fromordinal(day).isoformat()
            # built directly: language detection and cleaning at ingest are not what is measured here
            article = Article(id=article_id(text), text=text, source="bench", title=title, published=published)
            who = rng.choice(actors, 3, replace=False)
            mentions = [Mention(0, 1, a, a) for a in who]
            analyses.append(Analysis(article=article, actors=mentions))
        with store.transaction():
            store.write_analyses(analyses)
            relate.update_store(store, [a.article.id for a in analyses], Settings())
    elapsed = time.perf_counter() - start
    copies = store.conn.execute("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0]
    stored = store.count_articles()
    store.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"size": size, "stored": stored, "copies": copies, "seconds": elapsed, "peak_rss_mb": peak}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 20000, 40000])
    parser.add_argument("--per-day", type=int, default=200, help="articles per day (constant daily volume)")
    parser.add_argument("--batch", type=int, default=256)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.per_day, args.batch)))
        return
    base = None
    print(f"{'articles':>9} {'seconds':>9} {'ms/article':>11} {'ratio':>6} {'peak RSS MB':>12} {'copies':>7}")
    for size in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(size), "--per-day", str(args.per_day),
                              "--batch", str(args.batch)], capture_output=True, text=True, check=True)  # fmt: skip
        result = json.loads(out.stdout.strip().splitlines()[-1])
        per = 1000 * result["seconds"] / size
        base = base or per
        print(f"{size:>9} {result['seconds']:>9.1f} {per:>11.2f} {per / base:>6.2f} {result['peak_rss_mb']:>12.0f}"
              f" {result['copies']:>7}", flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
