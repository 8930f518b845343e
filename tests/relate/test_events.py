"""Event clusters: same happening and same days together; twin events apart; incremental = batch."""

from __future__ import annotations

from collections import defaultdict

import numpy as np
import pytest

from storyline.ingest.metadata import build_article
from storyline.relate.events import (
    ClusterParams,
    Features,
    KeyIndex,
    article_days,
    capped,
    linked,
    query_keys,
    recut,
    stored_keys,
    window_key,
)

P = ClusterParams()


def unit(*values: float) -> np.ndarray:
    v = np.array(values, dtype=np.float32)
    return v / np.linalg.norm(v)


def feat(name: str, vector: np.ndarray, days: list[int], actors: list[str] = ()) -> Features:
    return Features(name, vector, days, sorted(actors), list(actors)[:3])


def test_linked_needs_close_dates():
    a = feat("a", unit(1, 0.1, 0), [100], ["state:NOR", "state:ISR"])
    b = feat("b", unit(1, 0.12, 0), [102], ["state:NOR", "state:ISR"])
    late = feat("c", unit(1, 0.12, 0), [106], ["state:NOR", "state:ISR"])
    assert linked(a, b, P) and linked(b, a, P)
    assert not linked(a, late, P)  # same actors, same words, another week: another event


def test_linked_needs_similar_meaning():
    a = feat("a", unit(1, 0, 0), [100], ["state:NOR"])
    b = feat("b", unit(0.3, 1, 0), [100], ["state:NOR"])
    assert not linked(a, b, P)


def test_shared_actors_add_to_similarity():
    a = feat("a", unit(1, 0, 0), [100], ["state:NOR", "state:ISR"])
    b_vec = unit(0.55, 0.835, 0)  # cosine 0.55: below the threshold alone
    assert not linked(a, feat("b", b_vec, [100], ["state:USA"]), P)
    assert linked(a, feat("b", b_vec, [100], ["state:NOR", "state:ISR"]), P)


def test_undated_articles_need_more_similarity():
    a = feat("a", unit(1, 0, 0), [], [])
    b = feat("b", unit(1, 0.9, 0), [], [])  # cosine 0.74
    c = feat("c", unit(1, 0.5, 0), [], [])  # cosine 0.89
    assert not linked(a, b, ClusterParams(link_undated=0.8)) and linked(a, b, ClusterParams(link_undated=0.7))
    assert linked(a, c, ClusterParams(link_undated=0.8))


def test_undated_reports_sharing_several_names_need_less_similarity():
    names = ["ent:lindsay lohan", "ent:betty ford center", "ent:rancho mirage", "ent:california", "ent:judge"]
    names += ["ent:sautner", "ent:los angeles", "year:2013"]
    a = feat("a", unit(1, 0, 0), [], names)
    b_vec = unit(0.6, 0.8, 0)  # cosine 0.6: a report of the same check-in in other words
    assert linked(a, feat("b", b_vec, [], names[:3]), P)  # three names shared: the lower threshold
    assert not linked(a, feat("b", b_vec, [], names[:2]), P)  # two are not enough
    twin = ["ent:tara reid", "ent:promises", "ent:malibu", "year:2008"]
    assert not linked(a, feat("b", b_vec, [], twin), P)  # the same kind of happening, other people
    other_year = [*names[:3], "year:2007"]  # the same names, but years named on both sides and none shared
    assert not linked(a, feat("b", b_vec, [], other_year), P)


def test_named_dates_count_only_shortly_before_publication():
    times = [{"value": "2024-05-20"}, {"value": "1993-09-13"}, {"value": "2024-05"}]
    days = article_days("2024-05-22T10:00:00Z", times, P)
    assert [np.datetime64("0001-01-01") + np.timedelta64(d - 1, "D") for d in days] == [
        np.datetime64("2024-05-20"),
        np.datetime64("2024-05-22"),
    ]


def test_blocking_keys_are_symmetric():
    a = feat("a", unit(1, 0, 0), [100])
    b = feat("b", unit(1, 0, 0), [103])
    c = feat("c", unit(1, 0, 0), [104])
    assert set(query_keys(a, P)) & set(stored_keys(b, P))
    assert set(query_keys(b, P)) & set(stored_keys(a, P))
    assert not set(query_keys(a, P)) & set(stored_keys(c, P))  # dated pairs meet only on day keys


def test_undated_articles_meet_dated_and_undated_ones_through_the_embedding_lsh():
    dated = feat("a", unit(1, 0.05, 0), [100])
    undated = feat("b", unit(1, 0, 0), [])
    other_undated = feat("c", unit(1, 0.02, 0), [])
    far = feat("d", unit(-1, 0, 0.1), [])
    for x, y in ((dated, undated), (undated, dated), (undated, other_undated), (other_undated, undated)):
        assert set(query_keys(x, P)) & set(stored_keys(y, P))
    assert not set(query_keys(undated, P)) & set(stored_keys(far, P))


def test_capped_lookup_gives_the_latest_filed_articles_only():
    index = KeyIndex(cap=2)
    for name in "abcd":
        index.add(name, ["h:0:1", "d:5"])
    assert index.lookup(["h:0:1"]) == {"c", "d"}
    assert index.lookup(["d:5"]) == set("abcd")  # day keys are read whole


def test_store_lookup_caps_like_the_in_memory_index(tmp_store):
    from storyline.model import Analysis
    from storyline.store import groups

    articles = [build_article(text=f"Text number {i} about nothing much.", source="t") for i in range(5)]
    with tmp_store.transaction():
        tmp_store.write_analyses(Analysis(article=a) for a in articles)
        groups.add_keys(tmp_store, [(key, a.id) for a in articles for key in ("h:0:1", "d:5")])
    hits = groups.key_candidates(tmp_store, ["h:0:1", "d:5"], 2, capped)
    assert hits["h:0:1"] == {a.id for a in articles[-2:]}
    assert hits["d:5"] == {a.id for a in articles}


def test_undated_bucket_is_read_back_as_far_as_the_capped_bucket_over_everyone(tmp_store):
    """A dated article sees the undated ones of its bucket only among the `cap` latest filed in the bucket
    over everyone: the mirror of an undated article's own capped lookup, in memory and in the store alike."""
    from storyline.model import Analysis
    from storyline.store import groups

    articles = [build_article(text=f"Text number {i} about nothing much.", source="t") for i in range(6)]
    undated = {0, 2, 5}
    filed = [(a.id, ["h:0:1"] + (["u:0:1"] if i in undated else [])) for i, a in enumerate(articles)]
    index = KeyIndex(cap=3)
    for article, keys in filed:
        index.add(article, keys)
    with tmp_store.transaction():
        tmp_store.write_analyses(Analysis(article=a) for a in articles)
        groups.add_keys(tmp_store, [(key, article) for article, keys in filed for key in keys])
    hits = groups.key_candidates(tmp_store, ["u:0:1", "h:0:1"], 3, capped, window_key)
    latest = {a.id for a in articles[-3:]}
    assert index.lookup(["u:0:1"]) == hits["u:0:1"] == {articles[5].id}  # 0 and 2 are out of the window
    assert index.lookup(["h:0:1"]) == hits["h:0:1"] == latest
    assert KeyIndex(cap=10).lookup(["u:0:1"]) == set()
    wide = KeyIndex(cap=10)
    for article, keys in filed:
        wide.add(article, keys)
    assert wide.lookup(["u:0:1"]) == {articles[i].id for i in undated}  # below the cap: every undated one


@pytest.mark.slow
def test_demo_corpus_events_match_gold(demo_extracted, demo_gold):
    """Five events, E2 and E3 six days apart with the same actors; the wire copies join their canonical."""
    predicted = defaultdict(set)
    for event in demo_gold["events"]:
        for url in event["urls"]:
            predicted[event["id"]].add(demo_extracted[url]["event_id"])
    assert all(len(ids) == 1 for ids in predicted.values()), predicted
    assert len({next(iter(ids)) for ids in predicted.values()}) == len(demo_gold["events"])
    for canonical, *copies in demo_gold["copies"]:
        for url in copies:
            assert demo_extracted[url]["duplicate_of"] == demo_extracted[canonical]["id"]


@pytest.mark.slow
def test_demo_corpus_is_one_story(demo_extracted, demo_gold):
    assert len(demo_gold["stories"]) == 1
    assert len({a["story_id"] for a in demo_extracted.values()}) == 1


def ingest_shuffled(path, analyses, seed: int, batch: int, settings):
    """A store at `path` that ingested `analyses`, shuffled by `seed`, in batches of `batch`."""
    import random

    from storyline import relate
    from storyline.store import Store

    order = analyses[:]
    random.Random(seed).shuffle(order)
    store = Store(path)
    for start in range(0, len(order), batch):
        chunk = order[start : start + batch]
        with store.transaction():
            store.write_analyses(chunk)
            relate.update_store(store, [a.article.id for a in chunk], settings)
    return store


@pytest.mark.slow
def test_incremental_ingest_matches_batch_in_any_order(tmp_path, demo_analyses):
    """Stored groupings do not depend on batch size or order, and match the stateless `extract` grouping."""

    from storyline import relate
    from storyline.config import Settings

    results = []
    for seed, batch in ((0, 22), (1, 1), (2, 5)):
        store = ingest_shuffled(tmp_path / f"s{seed}.db", demo_analyses, seed, batch, Settings())
        results.append({r["id"]: (r["duplicate_of"], r["event_id"], r["story_id"]) for r in store.article_rows()})
        store.close()
    assert results[0] == results[1] == results[2]
    assert len({event for _, event, _ in results[0].values()}) > 1  # not trivially one group
    dicts = [a.to_dict() for a in demo_analyses]
    relate.group_articles(dicts, Settings())
    assert {d["id"]: (d["duplicate_of"], d["event_id"], d["story_id"]) for d in dicts} == results[0]


def twin_component(published: int | None = None) -> list[Features]:
    """Two twin events (a1..a3 and b1..b3, cosine about 0.25 across, one shared name) joined by one bridging
    article ``c`` close to both (cosine 0.75 and more)."""
    a = [feat(f"a{i}", unit(1, 0.05 * i, 0), [], ["person:palin", "org:church", "ent:wasilla"]) for i in (1, 2, 3)]
    b = [
        feat(f"b{i}", unit(0.2, 0.95 + 0.05 * i, 0), [], ["person:palin", "org:saints", "ent:bush"]) for i in (1, 2, 3)
    ]
    bridge = feat("c", unit(0.8, 0.6, 0), [], ["person:palin"])
    out = a + b + [bridge]
    for f in out:
        f.published = published
    return out


def test_recut_splits_an_undated_component_at_its_weak_link():
    feats = twin_component()
    events = recut(feats, P)
    assert {events[f"a{i}"] for i in (1, 2, 3)} == {"ev-a1"}
    assert {events[f"b{i}"] for i in (1, 2, 3)} == {"ev-b1"}
    assert recut(list(reversed(feats)), P) == events  # a function of the members, not their order


def test_recut_leaves_published_small_and_large_components_whole():
    assert set(recut(twin_component(published=738000), P).values()) == {"ev-a1"}  # dates already separate twins
    assert set(recut(twin_component()[:2], P).values()) == {"ev-a1"}  # fewer than recut_min
    assert set(recut(twin_component(), ClusterParams(recut_max=6)).values()) == {"ev-a1"}  # above the cap


@pytest.mark.slow
def test_undated_ingest_recuts_the_same_events_in_any_order(tmp_path, demo_analyses):
    """Without publication dates the demo's events are re-cut; the stored event (and story) ids do not depend
    on batch size or order and match the stateless grouping, and some component is re-cut (not trivial)."""
    import dataclasses

    from storyline import relate
    from storyline.config import Settings

    undated = [dataclasses.replace(a, article=dataclasses.replace(a.article, published=None)) for a in demo_analyses]
    settings = Settings()
    results, links = [], []
    for seed, batch in ((0, 22), (1, 1), (2, 4)):
        store = ingest_shuffled(tmp_path / f"u{seed}.db", undated, seed, batch, settings)
        rows = store.conn.execute("SELECT id, event_id, link_group, story_id FROM articles").fetchall()
        results.append({r["id"]: (r["event_id"], r["story_id"]) for r in rows})
        links.append({r["id"]: r["link_group"] for r in rows})
        store.close()
    assert results[0] == results[1] == results[2]
    assert links[0] == links[1] == links[2]
    assert any(results[0][i][0] != links[0][i] for i in results[0])  # some component was re-cut
    dicts = [a.to_dict() for a in undated]
    relate.group_articles(dicts, settings)
    assert {d["id"]: (d["event_id"], d["story_id"]) for d in dicts} == results[0]
    assert not any("_link_group" in d for d in dicts)  # working keys do not reach the output
    # a story holds a whole link group: the events a re-cut makes of it stay in one story
    story_of_link: dict[str, set[str]] = {}
    for article_id, link in links[0].items():
        story_of_link.setdefault(link, set()).add(results[0][article_id][1])
    assert all(len(stories) == 1 for stories in story_of_link.values())
