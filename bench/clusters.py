"""Scale benchmark: copies and incremental event/story clustering on synthetic corpora.

Each size runs in its own process (so peak memory is that size's), ingesting synthetic articles in
batches of 256 through the real store path (``Store.write_analyses`` + the relate steps) at a constant
daily volume (``--per-day``), as a growing news archive would. Texts are random word sequences, one in ten
a light edit of an earlier one (a copy); embeddings are random vectors around per-event centres, since the
point is the cost of blocking and placing, not of the embedding model (patched out). Prints time, time per
article and peak RSS per size, and each size's time per article as a ratio to the smallest size (or to
``--base-ms``, so a size run alone can be compared with one measured earlier). While a size runs, a progress
line every ``--progress`` articles (stderr) gives the *window* time per article: the marginal cost of
ingesting into an archive of that size, which is what must stay flat for the total to grow linearly.

    .venv/bin/python bench/clusters.py --sizes 10000 20000 40000
    .venv/bin/python bench/clusters.py --sizes 200000 --base-ms 2.2
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


def run_one(size: int, per_day: int, batch: int, undated: float, progress: int, cache_mb: int = 0) -> dict:
    import datetime

    import numpy as np

    from storyline import relate
    from storyline.config import Settings
    from storyline.model import Analysis, Article, Mention, article_id
    from storyline.relate import events
    from storyline.store import Store

    rng = np.random.default_rng(size)
    vocab = np.array([f"w{i}" for i in range(20000)])

    def vector(i: int) -> np.ndarray:
        """Article i's embedding: its event's centre (three articles an event) plus noise, made on demand so
        the bench itself keeps nothing per article in memory."""
        centre = np.random.default_rng(i // 3).standard_normal(384)
        return (centre + 0.3 * np.random.default_rng(10**9 + i).standard_normal(384)).astype(np.float32)

    def fake_embed(texts: list[str]) -> np.ndarray:
        out = [vector(int(text.split(". ", 1)[0][1:])) for text in texts]
        out = [v / np.linalg.norm(v) for v in out]
        return np.array(out, dtype=np.float32).reshape(len(texts), 384)

    events.embed = fake_embed  # the model is not what is measured here
    actors = [f"state:S{i:03d}" for i in range(200)]
    recent: list[str] = []  # copies are made of recent texts, as wire copy is
    store = Store(Path(tempfile.mkdtemp()) / "bench.db")
    if cache_mb:  # SQLite's page cache (default 2 MB): to see how much of the growth is index pages read again
        store.conn.execute(f"PRAGMA cache_size = -{cache_mb * 1024}")
    start, cpu_start = time.perf_counter(), time.process_time()
    window_start, window_cpu, window_done, next_report = start, cpu_start, 0, progress
    stretches: list[dict] = []
    for lo in range(0, size, batch):
        analyses = []
        for i in range(lo, min(size, lo + batch)):
            if recent and rng.random() < 0.1:  # a copy: an earlier text with a sentence inserted and the end cut
                words = recent[int(rng.integers(len(recent)))].split()
                words = words[:20] + ["inserted", "sentence", "here"] + words[20:-15]
            else:
                words = list(rng.choice(vocab, 200))
            text = " ".join(words) + f" n{i}"  # unique, so no two synthetic articles share an id
            recent = (recent + [text])[-1000:]
            day = 738000 + i // per_day
            published = None if rng.random() < undated else datetime.date.fromordinal(day).isoformat()
            # built directly: language detection and cleaning at ingest are not what is measured here
            article = Article(id=article_id(text), text=text, source="bench", title=f"t{i}", published=published)
            mentions = [Mention(0, 1, a, a) for a in rng.choice(actors, 3, replace=False)]
            analyses.append(Analysis(article=article, actors=mentions))
        with store.transaction():
            store.write_analyses(analyses)
            relate.update_store(store, [a.article.id for a in analyses], Settings())
        done = min(size, lo + batch)
        if progress and (done >= next_report or done == size):
            # the stretch's time per article is the marginal cost of ingest at this archive size: what must
            # stay flat for total time to be linear; CPU time as well as wall time, as the machine is shared
            # and CPU time is what other jobs disturb least
            now, cpu = time.perf_counter(), time.process_time()
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            n = done - window_done
            stretch = {"articles": done, "cpu_ms": 1000 * (cpu - window_cpu) / n, "wall_ms": 1000 * (now - window_start) / n,
                       "cumulative_cpu_ms": 1000 * (cpu - cpu_start) / done, "wall_s": now - start, "peak_rss_mb": rss}  # fmt: skip
            stretches.append(stretch)
            print(f"  {done:>7} articles {now - start:7.1f} s  stretch {stretch['wall_ms']:5.2f} ms/article"
                  f" (CPU {stretch['cpu_ms']:5.2f})  cumulative {1000 * (now - start) / done:5.2f}"
                  f" (CPU {stretch['cumulative_cpu_ms']:5.2f})  peak RSS {rss:.0f} MB", file=sys.stderr, flush=True)  # fmt: skip
            window_start, window_cpu, window_done, next_report = now, cpu, done, next_report + progress
    elapsed, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    copies = store.conn.execute("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0]
    in_events = store.conn.execute(
        "SELECT COUNT(*) FROM articles WHERE event_id IN (SELECT event_id FROM articles GROUP BY event_id"
        " HAVING COUNT(*) > 1)"
    ).fetchone()[0]
    stored = store.count_articles()
    store.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"size": size, "stored": stored, "copies": copies, "in_events": in_events, "seconds": elapsed,
            "cpu_seconds": cpu_seconds, "peak_rss_mb": peak, "stretches": stretches}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 20000, 40000])
    parser.add_argument("--per-day", type=int, default=200, help="articles per day (constant daily volume)")
    parser.add_argument("--batch", type=int, default=256)
    parser.add_argument("--undated", type=float, default=0.02, help="share of articles without a date")
    parser.add_argument("--progress", type=int, default=10000, help="print a progress line every N articles (0: none)")
    parser.add_argument("--base-ms", type=float, help="ms/article to take ratios against (default: the first size)")
    parser.add_argument("--cache-mb", type=int, default=0, help="SQLite page cache in MB (0: SQLite's default)")
    parser.add_argument("--base-cpu-ms", type=float, help="CPU ms/article to take ratios against")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.per_day, args.batch, args.undated, args.progress, args.cache_mb)))
        return
    base, cpu_base = args.base_ms, args.base_cpu_ms
    summaries: list[str] = []
    for size in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(size), "--per-day", str(args.per_day),
                              "--batch", str(args.batch), "--undated", str(args.undated), "--progress", str(args.progress),
                              "--cache-mb", str(args.cache_mb)],
                             stdout=subprocess.PIPE, text=True, check=True)  # fmt: skip
        result = json.loads(out.stdout.strip().splitlines()[-1])
        per, cpu_per = 1000 * result["seconds"] / size, 1000 * result["cpu_seconds"] / size
        base = base or per
        cpu_base = cpu_base or cpu_per
        summaries.append(f"{size:>9} {result['seconds']:>9.1f} {per:>11.2f} {per / base:>6.2f} {cpu_per:>11.2f}"
                         f" {cpu_per / cpu_base:>10.2f} {result['peak_rss_mb']:>12.0f} {result['copies']:>7}"
                         f" {result['in_events']:>10}")  # fmt: skip
        print_stretches(size, result["stretches"])
    print(f"\n{'articles':>9} {'seconds':>9} {'ms/article':>11} {'ratio':>6} {'CPU ms/art':>11} {'CPU ratio':>10}"
          f" {'peak RSS MB':>12} {'copies':>7} {'in events':>10}")  # fmt: skip
    print("\n".join(summaries), flush=True)


def print_stretches(size: int, stretches: list[dict]) -> None:
    """The per-stretch table of one size: the marginal cost of ingest as the archive grows, and its ratio to
    the first stretch (flat per-article cost = linear total time)."""
    if not stretches:
        return
    first = stretches[0]["cpu_ms"]
    print(f"\nsize {size}: per stretch of --progress articles (marginal cost at that archive size)")
    print(f"{'articles':>9} {'CPU ms/article':>15} {'CPU ratio':>10} {'wall ms/article':>16} {'wall s':>8}"
          f" {'peak RSS MB':>12}")  # fmt: skip
    for row in stretches:
        print(f"{row['articles']:>9} {row['cpu_ms']:>15.2f} {row['cpu_ms'] / first:>10.2f} {row['wall_ms']:>16.2f}"
              f" {row['wall_s']:>8.1f} {row['peak_rss_mb']:>12.0f}")  # fmt: skip
    last = stretches[-1]
    print(
        f"ratio last/first stretch, CPU ms/article: {last['cpu_ms'] / first:.2f}"
        f" ({last['cpu_ms']:.2f} at {last['articles']} vs {first:.2f} at {stretches[0]['articles']});"
        f" wall: {last['wall_ms'] / stretches[0]['wall_ms']:.2f}",
        flush=True,
    )


if __name__ == "__main__":
    main()
