"""Story threads link events that share main actors and meaning, over months."""

from __future__ import annotations

import numpy as np

from storyline.config import Settings
from storyline.relate.events import ClusterParams, Features
from storyline.relate.stories import group_stories, same_story, story_keys, story_query_keys

P = ClusterParams()


def feat(name: str, vector: list[float], days: list[int], top: list[str]) -> Features:
    v = np.array(vector, dtype=np.float32)
    return Features(name, v / np.linalg.norm(v), days, sorted(top), top)


def test_same_story_needs_two_shared_main_actors():
    a = feat("a", [1, 0.2], [1000], ["state:NOR", "state:PSE", "state:ISR"])
    b = feat("b", [1, 0.5], [1300], ["state:PSE", "state:NOR", "org:eu"])
    c = feat("c", [1, 0.5], [1300], ["state:NOR", "org:eu", "state:HUN"])
    assert same_story(a, b, P) and same_story(b, a, P)
    assert not same_story(a, c, P)
    assert set(story_query_keys(a, P)) & set(story_keys(b, P))
    assert set(story_query_keys(b, P)) & set(story_keys(a, P))


def test_story_keys_are_date_bucketed():
    """An article looks up its actor pairs only in the buckets within the horizon: bounded, not the archive."""
    a = feat("a", [1, 0], [10_000], ["state:NOR", "state:PSE"])
    near = feat("b", [1, 0], [10_000 + P.story_horizon_days], ["state:NOR", "state:PSE"])
    far = feat("c", [1, 0], [10_000 + 3 * P.story_horizon_days], ["state:NOR", "state:PSE"])
    assert set(story_query_keys(a, P)) & set(story_keys(near, P))
    assert not set(story_query_keys(a, P)) & set(story_keys(far, P))


def test_same_story_respects_horizon_and_meaning():
    a = feat("a", [1, 0], [1000], ["state:NOR", "state:PSE"])
    assert not same_story(a, feat("b", [1, 0], [1000 + P.story_horizon_days + 1], ["state:NOR", "state:PSE"]), P)
    assert not same_story(a, feat("b", [0, 1], [1001], ["state:NOR", "state:PSE"]), P)


def test_group_stories_joins_events_and_names_story_by_smallest_id():
    feats = [
        feat("b1", [1, 0.1], [1000], ["state:NOR", "state:PSE"]),
        feat("a2", [0, 1], [1001], ["state:USA", "org:un"]),
        feat("c3", [1, 0.2], [1200], ["state:PSE", "state:NOR"]),
        feat("d4", [0.1, 1], [1001], ["org:un", "org:eu"]),
    ]
    articles = [{"id": f.id, "event_id": None, "_features": f} for f in feats]
    articles[3]["event_id"] = articles[1]["event_id"] = "ev-a2"
    articles[0]["event_id"], articles[2]["event_id"] = "ev-b1", "ev-c3"
    group_stories(articles, Settings())
    story = {a["id"]: a["story_id"] for a in articles}
    assert story == {"b1": "st-b1", "c3": "st-b1", "a2": "st-a2", "d4": "st-a2"}


def test_story_lookup_leaves_out_articles_beyond_the_horizon_before_reading_them(tmp_store):
    """Story keys are filed with the story day; a lookup keeps only articles within the horizon of the
    article looking (what `same_story` needs), and those filed without a day."""
    from storyline.ingest.metadata import build_article
    from storyline.model import Analysis
    from storyline.relate.stories import within_horizon
    from storyline.store import groups

    articles = [build_article(text=f"Text number {i} about nothing much.", source="t") for i in range(4)]
    days = [10_000, 10_000 - P.story_horizon_days, 10_000 - P.story_horizon_days - 1, None]
    with tmp_store.transaction():
        tmp_store.write_analyses(Analysis(article=a) for a in articles)
        groups.add_keys(tmp_store, [("p:25:a|b", a.id, day) for a, day in zip(articles, days, strict=True)])
    rows = groups.capped_key_days(tmp_store, ["p:25:a|b"], P.key_cap)
    assert sorted(day for _, day in rows["p:25:a|b"] if day) == sorted(d for d in days if d)
    new = feat("new", [1, 0], [10_000], ["a", "b"])
    kept = within_horizon([new], {"new": ["p:25:a|b"]}, rows, P)["p:25:a|b"]
    assert kept == {articles[0].id, articles[1].id, articles[3].id}  # one day beyond the horizon is left out
    undated = feat("old", [1, 0], [], ["a", "b"])
    assert within_horizon([undated], {"old": ["p:25:a|b"]}, rows, P)["p:25:a|b"] == {a.id for a in articles}
