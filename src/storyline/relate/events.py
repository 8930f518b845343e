"""Event clusters: articles that report the same happening on the same days, written independently.

Two articles are *linked* when their sentence embeddings (title + lead, all-MiniLM-L6-v2 through
:func:`storyline.nlp.embedder`) plus a bonus for the identity tokens they share (resolved actors, unresolved
names, named years; less a penalty when both name years and share none) reach a threshold, and, when both
carry dates, some date of one lies within ``window_days`` of some date of the other. An article's dates
are its publication day and the day-precision dates its text names in the week before publication
(``times`` records). Articles without any date need a higher similarity. A copy is always linked to its
canonical article. Event clusters are the connected components of the links.

Candidates come from blocking, never all pairs: articles sharing a date key (``d:<day>``, looked up over
the window), and, where one side is undated, a random-hyperplane LSH over the embeddings (``h:`` buckets
hold everyone, ``u:`` buckets only undated articles). LSH lookups are capped at ``key_cap`` most recently
filed articles, so no lookup grows with the archive. The candidate relation and the link test are
symmetric and deterministic, so below the cap the clusters do not depend on ingest order (above it, which
older articles are seen depends on what came before: the documented tie). The connected component of an
article's links is its ``link_group``, ``ev-`` + the smallest article id in it.

The event shown (``event_id``) is a function of the whole component (:func:`recut`): a component of
``recut_min`` to ``recut_max`` articles none of which has a publication date is re-cut by complete linkage on the
undated link score at ``recut_score``, so one bridging link no longer merges two twin events (same kind of
happening, other people: dated pairs have the date window for that); each part's id is ``ev-`` + its smallest
article id. Any other component is one event, its id the component's. Ingest recomputes the re-cut of every
component a batch changes from all its members, so event ids do not depend on ingest order either; components
above ``recut_max`` are not re-cut (the re-cut is quadratic in the component).

Hand-written because no library does incremental, blocked, SQLite-backed linking: the pieces it combines
(sentence-transformers, numpy) are libraries.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
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
    link_undated: float = 0.8  # ... where one of the two has no date at all
    actor_weight: float = 0.2  # bonus per unit of Jaccard similarity of the identity tokens (actors, names, years)
    undated_actor_weight: float = 0.4  # ... where one of the two has no date: names and years carry more
    year_penalty: float = 0.1  # taken off when both texts name years and share none
    undated_shared_link: float = 0.65  # undated pairs sharing `undated_min_shared` identity tokens, no year apart
    undated_min_shared: int = 3
    named_date_lookback: int = 7  # named dates this many days before publication count as the event's
    lsh_tables: int = 16  # embedding LSH for undated articles
    lsh_bits: int = 6
    key_cap: int = 200  # a capped blocking key (LSH bucket, actor pair) gives at most this many articles
    story_similarity: float = 0.45  # cosine for two articles of one story (and two shared main actors)
    story_horizon_days: int = 400  # two directly linked dated articles of one story lie at most this far apart
    top_actors: int = 3  # main actors per article (most mentioned)
    recut_score: float = 0.5  # an all-undated component is re-cut where complete linkage falls below this score
    recut_min: int = 3  # ... if it has at least this many articles
    recut_max: int = 200  # ... and at most this many (the re-cut is quadratic)


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
    published: int | None = None  # day ordinal of the publication date, if the article has one


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


ENTITY_LABELS = frozenset({"PERSON", "ORG", "FAC", "GPE", "LOC", "EVENT", "NORP"})


def entity_token(mention: dict[str, Any]) -> str | None:
    """Who or where a mention names: its actor id, else (an unresolved name: a venue, a small town, a person
    the gazetteer does not know) ``ent:`` + the name folded."""
    if mention.get("actor_id"):
        return str(mention["actor_id"])
    if mention.get("label") not in ENTITY_LABELS:
        return None
    words = " ".join(str(mention.get("text") or "").casefold().split())
    words = words.removeprefix("the ").removesuffix("'s")
    return f"ent:{words}" if len(words) > 2 else None


def year_tokens(times: Iterable[dict[str, Any]]) -> set[str]:
    """``year:YYYY`` for each year the text names (a date, a month or a year: the twin-event signal)."""
    out = set()
    for t in times:
        value = str(t.get("value") or "")
        if len(value) >= 4 and value[:4].isdigit() and t.get("resolved", True):
            out.add(f"year:{value[:4]}")
    return out


def actor_lists(
    mentions: Iterable[dict[str, Any]], p: ClusterParams, times: Iterable[dict[str, Any]] = ()
) -> tuple[list[str], list[str]]:
    """The article's identity tokens (actor ids, unresolved names, named years) and its main actors (the
    ``top_actors`` most mentioned resolved actors)."""
    mentions = list(mentions)
    counts = Counter(m["actor_id"] for m in mentions if m.get("actor_id"))
    ranked = sorted(counts, key=lambda a: (-counts[a], a))
    tokens = {tok for m in mentions if (tok := entity_token(m))} | year_tokens(times)
    return sorted(tokens), ranked[: p.top_actors]


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
        actors, top = actor_lists(d.get("actors") or [], p, d.get("times") or [])
        days = article_days(d.get("published"), d.get("times") or [], p)
        out.append(Features(d["id"], vector, days, actors, top, day_ordinal(d.get("published"))))
    return out


@lru_cache(maxsize=4)
def _hyperplanes(tables: int, bits: int, dim: int) -> np.ndarray:
    return np.random.default_rng(20250302).standard_normal((tables * bits, dim)).astype(np.float32)


def lsh_buckets(vector: np.ndarray, p: ClusterParams) -> list[str]:
    """``<table>:<bits>`` random-hyperplane buckets of a unit vector (one per table)."""
    signs = (_hyperplanes(p.lsh_tables, p.lsh_bits, len(vector)) @ vector) > 0
    rows = signs.reshape(p.lsh_tables, p.lsh_bits)
    weights = 1 << np.arange(p.lsh_bits)
    return [f"{t}:{int(row @ weights)}" for t, row in enumerate(rows)]


def stored_keys(f: Features, p: ClusterParams) -> list[str]:
    """The keys an article is filed under: its days; its LSH buckets (``h:``, every article, so an undated
    article can find dated ones); undated articles also under ``u:`` (undated only, so a dated article
    looks up just the few undated ones)."""
    buckets = lsh_buckets(f.embedding, p)
    keys = [f"d:{d}" for d in f.days] + [f"h:{b}" for b in buckets]
    return keys if f.days else keys + [f"u:{b}" for b in buckets]


def query_keys(f: Features, p: ClusterParams) -> list[str]:
    """The keys to look up: a dated article every day within the window of its dates and the undated
    articles in its LSH buckets (``u:``); an undated one every article in its buckets (``h:``)."""
    buckets = lsh_buckets(f.embedding, p)
    if not f.days:
        return [f"h:{b}" for b in buckets]
    days = {d + k for d in f.days for k in range(-p.window_days, p.window_days + 1)}
    return [f"d:{d}" for d in sorted(days)] + [f"u:{b}" for b in buckets]


def capped(key: str) -> bool:
    """Keys whose lookup is capped to the ``key_cap`` latest filed articles: LSH buckets and actor pairs
    grow with the archive; day keys do not (at a constant daily volume) and are read whole."""
    return not key.startswith("d:")


def window_key(key: str) -> str | None:
    """The key whose cap bounds a lookup of ``key``: an undated-only bucket (``u:``) is read back only as far
    as the same bucket over everyone (``h:``) is, i.e. the undated articles among the ``key_cap`` latest filed
    in the bucket. This is the mirror of an undated article's own capped ``h:`` lookup, so a dated and an
    undated article in one bucket are compared whichever comes first, and the lookup stays as small as the
    undated share of ``key_cap`` however many undated articles the archive holds."""
    return "h:" + key[2:] if key.startswith("u:") else None


class KeyIndex:
    """In-memory blocking index with the store's semantics (``groups.key_candidates``): a capped key gives
    its ``cap`` most recently filed articles, a ``u:`` key its articles filed within the last ``cap`` of
    its ``h:`` key (:func:`window_key`). Every key filed gets the next sequence number, as rows get their ``seq``
    in the store."""

    def __init__(self, cap: int) -> None:
        self.cap = cap
        self.rows: dict[str, list[tuple[int, str]]] = {}
        self.filed = 0

    def add(self, article_id: str, keys: Iterable[str]) -> None:
        for key in keys:
            self.filed += 1
            self.rows.setdefault(key, []).append((self.filed, article_id))

    def lookup(self, keys: Iterable[str]) -> set[str]:
        found: set[str] = set()
        for key in keys:
            rows = self.rows.get(key, [])
            window = window_key(key)
            if window is not None:
                bound = self.rows.get(window, [])
                first = bound[-self.cap][0] if len(bound) >= self.cap else 0
                rows = rows[bisect_left(rows, (first, "")) :]
            elif capped(key):
                rows = rows[-self.cap :]
            found.update(article_id for _, article_id in rows)
        return found


def jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) if sa or sb else 0.0


def min_gap(a: list[int], b: list[int]) -> int | None:
    if not a or not b:
        return None
    return min(abs(x - y) for x in a for y in b)


def years_conflict(a: Iterable[str], b: Iterable[str]) -> bool:
    """Both texts name years and no year in common: the same kind of happening in another year."""
    ya = {t for t in a if t.startswith("year:")}
    yb = {t for t in b if t.startswith("year:")}
    return bool(ya and yb and not ya & yb)


def undated_threshold(a: Features, b: Features, p: ClusterParams) -> float:
    """The score an undated pair needs. Reports of one happening in different words can fall below
    ``link_undated`` on the embedding; when they share several identity tokens (the same people, places,
    named years: ``undated_min_shared``) and name no disjoint years, ``undated_shared_link`` is enough."""
    shared = len(set(a.actors) & set(b.actors))
    if shared >= p.undated_min_shared and not years_conflict(a.actors, b.actors):
        return min(p.link_undated, p.undated_shared_link)
    return p.link_undated


def cosine_floor(p: ClusterParams) -> float:
    """The lowest cosine with which some pair could still reach its threshold (a necessary condition of
    :func:`linked`, used to drop candidates before their features are read)."""
    undated = min(p.link_undated, p.undated_shared_link)
    return min(p.link_dated - p.actor_weight, undated - p.undated_actor_weight)


def pair_score(a: Features, b: Features, weight: float, p: ClusterParams, cosine: float | None = None) -> float:
    """Cosine of the embeddings + ``weight`` x Jaccard of the identity tokens, less ``year_penalty`` when both
    name years and share none."""
    score = (float(a.embedding @ b.embedding) if cosine is None else cosine) + weight * jaccard(a.actors, b.actors)
    if years_conflict(a.actors, b.actors):
        score -= p.year_penalty
    return score


def linked(a: Features, b: Features, p: ClusterParams) -> bool:
    """Whether two articles report the same event."""
    gap = min_gap(a.days, b.days)
    if gap is not None and gap > p.window_days:
        return False
    score = pair_score(a, b, p.actor_weight if gap is not None else p.undated_actor_weight, p)
    return score >= (p.link_dated if gap is not None else undated_threshold(a, b, p))


def recut(feats: Iterable[Features], p: ClusterParams) -> dict[str, str]:
    """The event of each article of one link component (given whole): ``ev-`` + the component's smallest id,
    unless the component has ``recut_min``..``recut_max`` articles and none has a publication date; then it is re-cut
    with complete linkage (scipy) on the undated link score (:func:`pair_score`), so every two articles of a
    part score at least ``recut_score``, and each part's id is ``ev-`` + its smallest article id. Depends only
    on the members (sorted by id), not on the order they came in."""
    feats = sorted(feats, key=lambda f: f.id)
    whole = "ev-" + feats[0].id if feats else ""
    if not p.recut_min <= len(feats) <= p.recut_max or any(f.published is not None for f in feats):
        return {f.id: whole for f in feats}
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    cosines = np.stack([f.embedding for f in feats]) @ np.stack([f.embedding for f in feats]).T
    n = len(feats)
    distance = np.zeros((n, n))
    offset = 2.0 + p.undated_actor_weight  # above any score: distances stay positive
    for i in range(n):
        for j in range(i + 1, n):
            score = pair_score(feats[i], feats[j], p.undated_actor_weight, p, float(cosines[i, j]))
            distance[i, j] = distance[j, i] = offset - score
    labels = fcluster(linkage(squareform(distance, checks=False), "complete"), offset - p.recut_score, "distance")
    first: dict[int, str] = {}
    for f, label in zip(feats, labels, strict=True):
        first.setdefault(int(label), f.id)  # feats are in id order: the part's smallest id
    return {f.id: "ev-" + first[int(label)] for f, label in zip(feats, labels, strict=True)}


def plausible(
    f: Features, candidates: list[str], matrix: np.ndarray, row_of: dict[str, int], p: ClusterParams
) -> list[str]:
    """The candidates whose cosine alone could reach a link: one gather and product over the candidates'
    rows of ``matrix`` (the stacked embeddings, ``row_of`` giving each id's row), not a Python loop."""
    ids = [c for c in candidates if c in row_of]
    if not ids:
        return []
    cosines = matrix[[row_of[c] for c in ids]] @ f.embedding
    floor = cosine_floor(p)
    return [c for c, cos in zip(ids, cosines, strict=True) if cos >= floor]


def stacked(feats: Iterable[Features]) -> tuple[np.ndarray, dict[str, int]]:
    feats = list(feats)
    matrix = np.stack([f.embedding for f in feats]) if feats else np.zeros((0, 384), dtype=np.float32)
    return matrix, {f.id: i for i, f in enumerate(feats)}


# -- stateless: extract ---------------------------------------------------------------------------
def group_events(articles: list[dict[str, Any]], settings: Settings) -> None:
    p = params(settings)
    feats = features_of(articles, p)
    for d, f in zip(articles, feats, strict=True):  # stories reuse them
        d["_features"] = f
    by_id = {f.id: f for f in feats}
    matrix, row_of = stacked(feats)
    index = KeyIndex(p.key_cap)
    parts = Components()
    for d, f in zip(articles, feats, strict=True):
        parts.find(f.id)
        if d.get("duplicate_of") in by_id:
            parts.union(f.id, d["duplicate_of"])
        candidates = index.lookup(query_keys(f, p)) - {f.id}
        for other in plausible(f, sorted(candidates), matrix, row_of, p):
            if linked(f, by_id[other], p):
                parts.union(f.id, other)
        index.add(f.id, stored_keys(f, p))
    event_of: dict[str, str] = {}
    link_group_of: dict[str, str] = {}
    for members in parts.groups():
        event_of.update(recut([by_id[m] for m in members], p))
        link_group_of.update(dict.fromkeys(members, "ev-" + min(members)))
    for d in articles:
        d["event_id"] = event_of[d["id"]]
        d["_link_group"] = link_group_of[d["id"]]  # stories join on it (order-independent), then it is dropped


# -- incremental: ingest --------------------------------------------------------------------------
def load_features(store: Store, ids: Iterable[str]) -> dict[str, Features]:
    from storyline.store import groups

    out = {}
    for article_id, row in groups.load_features(store, ids).items():
        if row["embedding"] is None:
            continue
        vector = np.frombuffer(row["embedding"], dtype=np.float16).astype(np.float32)
        out[article_id] = Features(
            article_id, vector, row["days"], row["actors"], row["top_actors"], day_ordinal(row["published"])
        )
    return out


def load_embedding_matrix(store: Store, ids: Iterable[str]) -> tuple[list[str], np.ndarray]:
    """The ids that have a stored embedding and their stacked (float32) embeddings, in id order."""
    from storyline.store import groups

    rows = groups.load_embeddings(store, ids)
    order = sorted(rows)
    if not order:
        return [], np.zeros((0, 384), dtype=np.float32)
    raw = np.frombuffer(b"".join(rows[i] for i in order), dtype=np.float16)
    return order, raw.reshape(len(order), -1).astype(np.float32)


def near_candidates(
    store: Store, feats: list[Features], queries: dict[str, list[str]], hits: dict[str, set[str]], floor: float
) -> dict[str, list[str]]:
    """For each new article, the candidates of its query keys (``hits``) whose cosine reaches ``floor``, in id
    order, itself left out. Index arithmetic per article and one matrix product per kind of article (dated,
    undated), so no Python loop runs over the (thousands of) candidates of a batch, and the few undated
    articles' large LSH candidate sets are not multiplied with the whole batch. The floor is lowered by 1e-4
    so a product's rounding never drops a pair the exact test afterwards would link."""
    ids, matrix = load_embedding_matrix(store, set().union(*hits.values()) if hits else set())
    if not ids or not feats:
        return {f.id: [] for f in feats}
    row_of = {article_id: i for i, article_id in enumerate(ids)}
    key_rows = {k: np.fromiter((row_of[a] for a in arts if a in row_of), dtype=np.int64) for k, arts in hits.items()}
    rows_of = []
    for f in feats:
        parts = [key_rows[k] for k in queries[f.id] if k in key_rows]
        rows_of.append(np.unique(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.int64))  # sorted: id order
    kinds: dict[bool, list[int]] = {}
    for column, f in enumerate(feats):
        kinds.setdefault(bool(f.days), []).append(column)
    out: dict[str, list[str]] = {}
    for columns in kinds.values():
        union = np.unique(np.concatenate([rows_of[c] for c in columns]))
        cosines = (
            matrix[union] @ np.stack([feats[c].embedding for c in columns]).T
        )  # the kind's candidates x its articles
        for j, c in enumerate(columns):
            rows = rows_of[c]
            rows = rows[cosines[np.searchsorted(union, rows), j] >= floor - 1e-4]
            out[feats[c].id] = [ids[r] for r in rows if ids[r] != feats[c].id]
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
    queries = {f.id: query_keys(f, p) for f in feats}
    hits = groups.key_candidates(store, [k for ks in queries.values() for k in ks], p.key_cap, capped, window_key)
    # two reads: every candidate's embedding (no JSON), then the full features of those whose cosine could
    # link them; the cosine floor is a necessary condition of `linked`, so the links are the same
    floor = cosine_floor(p)
    nearby = near_candidates(store, feats, queries, hits, floor)
    known = load_features(store, set().union(*nearby.values()) if nearby else set())
    copies = groups.group_ids(store, "duplicate_of", [f.id for f in feats])
    parts = Components()
    for f in feats:
        parts.find(f.id)
        if copies.get(f.id):
            parts.union(f.id, copies[f.id])
        for other in nearby[f.id]:
            if linked(f, known[other], p):
                parts.union(f.id, other)
    current = groups.group_ids(store, "link_group", {m for members in parts.groups() for m in members})
    dated = {f.id for f in feats if f.published is not None}
    whole: set[str] = set()  # changed components that cannot be re-cut: one event each
    undated: set[str] = set()  # ... that may be: no new member has a publication date
    for members in parts.groups():
        old = {current[m] for m in members if current.get(m)}
        # an existing component's smallest member is in its id; members without one count themselves
        mins = [e[3:] for e in old] + [m for m in members if not current.get(m)]
        link_group = "ev-" + min(mins)
        groups.merge_groups(store, "link_group", old, link_group, members)
        (whole if any(m in dated for m in members) else undated).add(link_group)
    recut_events(store, undated, whole, p)


def recut_events(store: Store, undated: set[str], whole: set[str], p: ClusterParams) -> None:
    """Recompute the events of the changed components: those with a published member (``whole``) and those too
    small or too large to re-cut are one event; the others are re-cut from all their stored members."""
    from storyline.store import groups

    members = groups.link_group_members(store, undated, p.recut_max)
    small = {g for g, ids in members.items() if not p.recut_min <= len(ids) <= p.recut_max}
    groups.events_follow_links(store, whole | small)
    rest = [ids for g, ids in members.items() if g not in small]
    known = load_features(store, {m for ids in rest for m in ids})
    for ids in rest:
        if all(m in known for m in ids):
            groups.set_events(store, recut([known[m] for m in ids], p))
        else:  # no stored features (cannot happen after compute_and_save): one event
            groups.set_events(store, {m: "ev-" + ids[0] for m in ids})
