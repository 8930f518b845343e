"""Event clusters: articles that report the same happening on the same days, written independently.

Two articles are *linked* when their sentence embeddings (title + lead, all-MiniLM-L6-v2 through
:func:`storyline.nlp.embedder`) plus a bonus for the actors they share reach a threshold, and, when both
carry dates, some date of one lies within ``window_days`` of some date of the other. An article's dates
are its publication day and the day-precision dates its text names in the week before publication
(``times`` records). Articles without any date need a higher similarity. A copy is always linked to its
canonical article. Event clusters are the connected components of the links.

Candidates come from blocking, never all pairs: articles sharing a date key (``d:<day>``, looked up over
the window), and, for undated articles only, a random-hyperplane LSH over the embeddings (``h:`` keys).
The candidate relation and the link test are symmetric and deterministic, so the clusters do not depend
on ingest order. Cluster ids are ``ev-`` + the smallest article id in the cluster, so they do not either.

Hand-written because no library does incremental, blocked, SQLite-backed linking: the pieces it combines
(sentence-transformers, numpy) are libraries.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

from storyline.config import Settings
from storyline.relate import relate_step
from storyline.relate.duplicates import Components

if TYPE_CHECKING:
    from storyline.store import Store

LEAD_WORDS = 150  # the model reads 256 word pieces; the lead says what happened


@dataclass(frozen=True)
class ClusterParams:
    """Thresholds of event and story linking; override with ``Settings.extra["clustering"]``."""

    window_days: int = 3  # two dated reports of one event lie at most this many days apart
    link_dated: float = 0.6  # cosine + actor bonus for dated pairs
    link_undated: float = 0.7  # ... where one of the two has no date at all
    actor_weight: float = 0.2  # bonus per unit of actor Jaccard similarity
    named_date_lookback: int = 7  # named dates this many days before publication count as the event's
    lsh_tables: int = 16  # embedding LSH for undated articles
    lsh_bits: int = 6
    story_similarity: float = 0.45  # cosine for two articles of one story (and two shared main actors)
    story_horizon_days: int = 1100  # dated articles of one story lie at most this far apart
    top_actors: int = 3  # main actors per article (most mentioned)


def params(settings: Settings) -> ClusterParams:
    overrides = dict(settings.extra.get("clustering", {}))
    known = {f.name for f in dataclasses.fields(ClusterParams)}
    unknown = set(overrides) - known
    if unknown:
        raise ValueError(f"unknown clustering setting(s): {sorted(unknown)}; known: {sorted(known)}")
    return ClusterParams(**overrides)


@dataclass
class Features:
    id: str
    embedding: np.ndarray
    days: list[int]
    actors: list[str]
    top_actors: list[str]


def day_ordinal(value: str | None) -> int | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


def article_days(published: str | None, times: Iterable[dict[str, Any]], p: ClusterParams) -> list[int]:
    """Publication day and the day-precision dates the text names shortly before it (undated: all of them)."""
    pub = day_ordinal(published)
    named = {d for t in times if (d := day_ordinal(t.get("value"))) is not None and len(t.get("value") or "") == 10}
    if pub is None:
        return sorted(named)[:5]
    return sorted({pub} | {d for d in named if pub - p.named_date_lookback <= d <= pub})


def actor_lists(mentions: Iterable[dict[str, Any]], p: ClusterParams) -> tuple[list[str], list[str]]:
    counts = Counter(m["actor_id"] for m in mentions if m.get("actor_id"))
    ranked = sorted(counts, key=lambda a: (-counts[a], a))
    return sorted(counts), ranked[: p.top_actors]


def lead_text(title: str | None, text: str) -> str:
    lead = " ".join((text or "").split()[:LEAD_WORDS])
    return f"{title}. {lead}" if title else lead


def embed(texts: list[str]) -> np.ndarray:
    from storyline import nlp

    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    vectors = nlp.embedder().encode(texts, batch_size=32, normalize_embeddings=True, show_progress_bar=False)
    return np.asarray(vectors, dtype=np.float32)


def features_of(dicts: list[dict[str, Any]], p: ClusterParams, embeddings: np.ndarray | None = None) -> list[Features]:
    if embeddings is None:
        embeddings = embed([lead_text(d.get("title"), d.get("text") or "") for d in dicts])
    out = []
    for d, vector in zip(dicts, embeddings, strict=True):
        actors, top = actor_lists(d.get("actors") or [], p)
        out.append(Features(d["id"], vector, article_days(d.get("published"), d.get("times") or [], p), actors, top))
    return out


@lru_cache(maxsize=4)
def _hyperplanes(tables: int, bits: int, dim: int) -> np.ndarray:
    return np.random.default_rng(20250302).standard_normal((tables * bits, dim)).astype(np.float32)


def lsh_keys(vector: np.ndarray, p: ClusterParams) -> list[str]:
    signs = (_hyperplanes(p.lsh_tables, p.lsh_bits, len(vector)) @ vector) > 0
    rows = signs.reshape(p.lsh_tables, p.lsh_bits)
    return [
        f"h:{t}:{int(np.packbits(row, bitorder='little').view(np.uint8).tobytes().hex(), 16)}"
        for t, row in enumerate(rows)
    ]


def stored_keys(f: Features, p: ClusterParams) -> list[str]:
    """The keys an article is filed under."""
    return [f"d:{d}" for d in f.days] + lsh_keys(f.embedding, p)


def query_keys(f: Features, p: ClusterParams) -> list[str]:
    """The keys to look up: every day within the window of its dates, and its LSH buckets."""
    days = {d + k for d in f.days for k in range(-p.window_days, p.window_days + 1)}
    return [f"d:{d}" for d in sorted(days)] + lsh_keys(f.embedding, p)


def candidate_ids(f: Features, hits: dict[str, set[str]], dated: dict[str, bool]) -> set[str]:
    """Articles found under the query keys: date keys always, LSH keys only where one side is undated."""
    found: set[str] = set()
    for key, ids in hits.items():
        if key.startswith("d:"):
            found |= ids
        elif key.startswith("h:"):
            found |= ids if not f.days else {i for i in ids if not dated.get(i, True)}
    found.discard(f.id)
    return found


def jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) if sa or sb else 0.0


def min_gap(a: list[int], b: list[int]) -> int | None:
    if not a or not b:
        return None
    return min(abs(x - y) for x in a for y in b)


def linked(a: Features, b: Features, p: ClusterParams) -> bool:
    """Whether two articles report the same event."""
    gap = min_gap(a.days, b.days)
    if gap is not None and gap > p.window_days:
        return False
    score = float(a.embedding @ b.embedding) + p.actor_weight * jaccard(a.actors, b.actors)
    return score >= (p.link_dated if gap is not None else p.link_undated)


def plausible(f: Features, candidates: list[Features], p: ClusterParams) -> list[Features]:
    """The candidates whose cosine alone could reach a link (one matrix product, not a Python loop)."""
    if not candidates:
        return []
    cosines = np.stack([c.embedding for c in candidates]) @ f.embedding
    floor = min(p.link_dated, p.link_undated) - p.actor_weight
    return [c for c, cos in zip(candidates, cosines, strict=True) if cos >= floor]


# -- stateless: extract ---------------------------------------------------------------------------
def group_events(articles: list[dict[str, Any]], settings: Settings) -> None:
    p = params(settings)
    feats = features_of(articles, p)
    for d, f in zip(articles, feats, strict=True):  # stories reuse them
        d["_features"] = f
    by_id = {f.id: f for f in feats}
    dated = {f.id: bool(f.days) for f in feats}
    index: dict[str, set[str]] = {}
    parts = Components()
    for d, f in zip(articles, feats, strict=True):
        parts.find(f.id)
        if d.get("duplicate_of") in by_id:
            parts.union(f.id, d["duplicate_of"])
        hits = {k: index[k] for k in query_keys(f, p) if k in index}
        for other in plausible(f, [by_id[i] for i in sorted(candidate_ids(f, hits, dated))], p):
            if linked(f, other, p):
                parts.union(f.id, other.id)
        for key in stored_keys(f, p):
            index.setdefault(key, set()).add(f.id)
    event_of = {m: "ev-" + min(ms) for ms in parts.groups() for m in ms}
    for d in articles:
        d["event_id"] = event_of[d["id"]]


# -- incremental: ingest --------------------------------------------------------------------------
def load_features(store: Store, ids: Iterable[str]) -> dict[str, Features]:
    from storyline.store import groups

    out = {}
    for article_id, row in groups.load_features(store, ids).items():
        if row["embedding"] is None:
            continue
        vector = np.frombuffer(row["embedding"], dtype=np.float16).astype(np.float32)
        out[article_id] = Features(article_id, vector, row["days"], row["actors"], row["top_actors"])
    return out


def compute_and_save(store: Store, new_ids: list[str], p: ClusterParams) -> list[Features]:
    """Features of the new articles, computed once and cached in ``article_features``."""
    from storyline.store import groups

    rows = store.article_rows(new_ids, order="id")
    dicts = []
    for row in rows:
        dicts.append({
            "id": row["id"], "title": row["title"], "text": row["text"], "published": row["published"],
            "actors": store.records("actors", article_id=row["id"]), "times": store.records("times", article_id=row["id"]),
        })  # fmt: skip
    feats = features_of(dicts, p)
    for f in feats:  # what the store keeps (float16) is what every later comparison reads
        f.embedding = f.embedding.astype(np.float16).astype(np.float32)
    groups.save_event_features(store, [
        {"article_id": f.id, "embedding": f.embedding.astype(np.float16).tobytes(), "days": f.days,
         "actors": f.actors, "top_actors": f.top_actors}
        for f in feats
    ])  # fmt: skip
    return feats


@relate_step("events", order=20, group=group_events)
def update_events(store: Store, new_ids: list[str], settings: Settings) -> None:
    from storyline.store import groups

    p = params(settings)
    feats = compute_and_save(store, new_ids, p)
    if not feats:
        return
    groups.add_keys(store, [(key, f.id) for f in feats for key in stored_keys(f, p)])
    hits = groups.key_candidates(store, [k for f in feats for k in query_keys(f, p)])
    all_ids = set().union(*hits.values()) if hits else set()
    known = load_features(store, all_ids)
    dated = {i: bool(f.days) for i, f in known.items()}
    copies = groups.group_ids(store, "duplicate_of", [f.id for f in feats])
    current = groups.group_ids(store, "event_id", all_ids | {c for c in copies.values() if c})
    parts = Components()
    for f in feats:
        parts.find(f.id)
        if copies.get(f.id):
            parts.union(f.id, copies[f.id])
        mine = {k: hits[k] for k in query_keys(f, p) if k in hits}
        for other in plausible(f, [known[i] for i in sorted(candidate_ids(f, mine, dated)) if i in known], p):
            if linked(f, other, p):
                parts.union(f.id, other.id)
    for members in parts.groups():
        old = {current[m] for m in members if current.get(m)}
        # an existing cluster's smallest member is in its id; members without a cluster count themselves
        mins = [e[3:] for e in old] + [m for m in members if not current.get(m)]
        event_id = "ev-" + min(mins)
        groups.merge_groups(store, "event_id", old, event_id, members)
