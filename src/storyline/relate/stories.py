"""Story threads: event clusters linked over weeks and years by the same issue, actors and places.

Two articles belong to one story when they are in one event cluster (one link group: a re-cut of an undated
group into several events keeps them in one story, so stories never depend on ingest order), or when they share at least two of
their main actors (the ``top_actors`` most mentioned resolved actors, places included: states and cities
resolve to actors), their embeddings are similar (``story_similarity``), and their story days (latest
date) lie within ``story_horizon_days`` (an undated article joins a dated story only through its event). Stories are the connected components of that symmetric relation; ids
are ``st-`` + the smallest article id, so neither membership nor ids depend on ingest order.

Candidates come from blocking on pairs of main actors in horizon-long date buckets
(``p:<bucket>:<actor>|<actor>``, looked up in its bucket and the two beside it), each lookup capped at
``key_cap`` most recently filed articles: the cost per article does not grow with the archive. Longer
stories are chains of such links.
"""

from __future__ import annotations

from itertools import combinations
from typing import TYPE_CHECKING, Any

from storyline.config import Settings
from storyline.relate import relate_step
from storyline.relate.duplicates import Components
from storyline.relate.events import (
    ClusterParams,
    Features,
    KeyIndex,
    features_of,
    load_features,
    near_candidates,
    params,
)

if TYPE_CHECKING:
    from storyline.store import Store


def story_day(f: Features) -> int | None:
    """The day an article stands at in its story: its latest date (the publication day when it has one)."""
    return max(f.days) if f.days else None


def _bucket(f: Features, p: ClusterParams) -> str:
    day = story_day(f)
    return "u" if day is None else str(day // p.story_horizon_days)


def story_keys(f: Features, p: ClusterParams) -> list[str]:
    """Filed under each pair of main actors in the article's horizon-long date bucket (``u`` if undated)."""
    bucket = _bucket(f, p)
    return [f"p:{bucket}:{a}|{b}" for a, b in combinations(sorted(f.top_actors), 2)]


def story_query_keys(f: Features, p: ClusterParams) -> list[str]:
    """Its pairs in its own bucket and the two beside it: every dated article within the horizon."""
    pairs = [f"{a}|{b}" for a, b in combinations(sorted(f.top_actors), 2)]
    day = story_day(f)
    if day is None:
        return [f"p:u:{pair}" for pair in pairs]
    bucket = day // p.story_horizon_days
    return [f"p:{b}:{pair}" for b in (bucket - 1, bucket, bucket + 1) for pair in pairs]


def same_story(a: Features, b: Features, p: ClusterParams) -> bool:
    if len(set(a.top_actors) & set(b.top_actors)) < 2:
        return False
    day_a, day_b = story_day(a), story_day(b)
    if (day_a is None) != (day_b is None):  # undated articles join dated stories only through their events
        return False
    if day_a is not None and day_b is not None and abs(day_a - day_b) > p.story_horizon_days:
        return False
    return float(a.embedding @ b.embedding) >= p.story_similarity


# -- stateless: extract ---------------------------------------------------------------------------
def group_stories(articles: list[dict[str, Any]], settings: Settings) -> None:
    p = params(settings)
    feats: list[Features] = [d.pop("_features", None) for d in articles]
    if any(f is None for f in feats):
        feats = features_of(articles, p)
    by_id = {f.id: f for f in feats}
    index = KeyIndex(p.key_cap)
    parts = Components()
    for d, f in zip(articles, feats, strict=True):
        parts.find(f.id)
        group = d.pop("_link_group", None) or d.get("event_id")
        if group:
            parts.union(f.id, group)
        for other in sorted(index.lookup(story_query_keys(f, p)) - {f.id}):
            if same_story(f, by_id[other], p):
                parts.union(f.id, other)
        index.add(f.id, story_keys(f, p))
    story_of = {}
    for members in parts.groups():
        story_id = "st-" + min(m for m in members if not m.startswith("ev-"))
        story_of.update({m: story_id for m in members})
    for d in articles:
        d["story_id"] = story_of[d["id"]]


# -- incremental: ingest --------------------------------------------------------------------------
def within_horizon(
    feats: list[Features],
    queries: dict[str, list[str]],
    rows: dict[str, list[tuple[str, int | None]]],
    p: ClusterParams,
) -> dict[str, set[str]]:
    """Each story key's articles, less those whose story day lies beyond the horizon of every new article that
    looks the key up (a necessary condition of :func:`same_story`, checked here on the day filed with the key
    so their features are never read). A key's bucket and the two beside it span up to three horizons; this
    keeps the candidates to one horizon either side. Rows filed without a day are kept."""
    spans: dict[str, tuple[int, int]] = {}
    for f in feats:
        day = story_day(f)
        for key in queries[f.id]:
            if day is None:
                spans[key] = (-(10**9), 10**9)
            else:
                lo, hi = spans.get(key, (day, day))
                spans[key] = (min(lo, day), max(hi, day))
    out: dict[str, set[str]] = {}
    for key, found in rows.items():
        lo, hi = spans.get(key, (-(10**9), 10**9))
        kept = {a for a, day in found if day is None or lo - p.story_horizon_days <= day <= hi + p.story_horizon_days}
        if kept:
            out[key] = kept
    return out


@relate_step("stories", order=30, group=group_stories)
def update_stories(store: Store, new_ids: list[str], settings: Settings) -> None:
    from storyline.store import groups

    p = params(settings)
    feats = list(load_features(store, new_ids).values())
    if not feats:
        return
    groups.add_keys(store, [(key, f.id, story_day(f)) for f in feats for key in story_keys(f, p)])
    queries = {f.id: story_query_keys(f, p) for f in feats}
    hits = within_horizon(
        feats, queries, groups.capped_key_days(store, [k for ks in queries.values() for k in ks], p.key_cap), p
    )
    # embeddings first (no JSON): only candidates reaching story_similarity, a necessary condition of
    # `same_story`, have their full features and story ids read
    close = near_candidates(store, feats, queries, hits, p.story_similarity)
    known = load_features(store, set().union(*close.values()) if close else set())
    # a story holds the whole link group of its events: the group is order-independent, while the events a
    # re-cut makes of an undated group are not known until the group stops growing
    events = groups.group_ids(store, "link_group", [f.id for f in feats])
    current = groups.group_ids(store, "story_id", set(known))
    parts = Components()
    for f in feats:
        parts.find(f.id)
        if events.get(f.id):  # one event, one story: join the event's other new articles and its story
            parts.union(f.id, events[f.id])
            for story in groups.stories_of_events(store, [events[f.id]], column="link_group"):
                parts.union(f.id, story)
        for other in close[f.id]:
            if other in known and same_story(f, known[other], p):
                parts.union(f.id, current.get(other) or other)
    for members in parts.groups():
        old = {m for m in members if m.startswith("st-")}
        old |= {current[m] for m in members if current.get(m)}
        articles = [m for m in members if not m.startswith(("st-", "ev-"))]
        story_id = "st-" + min([s[3:] for s in old] + [m for m in articles if not current.get(m)])
        groups.merge_groups(store, "story_id", old, story_id, articles)
