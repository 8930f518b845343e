"""Events and actors against the demo corpus gold (examples/gold.json), and one state, one name."""

from __future__ import annotations

from collections import defaultdict

from storyline.evaluate.demo_gold import score_actors, score_events


def _article(text: str, events: list[dict], actors: list[dict]) -> dict:
    return {"text": text, "events": events, "actors": actors}


def test_scorer_maps_people_to_their_state_and_matches_one_to_one():
    text = "Holm wrote to the EU. Israel protested."
    gold = {"articles": {"u": {"ref": "X", "actors": [{"text": "Holm", "id": "person:kari-holm"}], "events": [
        {"text": "Holm wrote to the EU.", "source": "state:NOR", "action": "SEND_LETTER", "target": "org:eu",
         "date": None, "historical": False},
        {"text": "Israel protested.", "source": "state:ISR", "action": "PROTEST", "target": None, "date": "2025-03-01",
         "historical": False},
    ]}}}  # fmt: skip
    ours = [
        {"start": 0, "end": 21, "action": "LETTER", "source_actor": "person:kari-holm", "target_actor": "org:eu",
         "date": "2025-03-02", "date_precision": None},
        {"start": 0, "end": 21, "action": "LETTER", "source_actor": "person:kari-holm", "target_actor": "org:eu",
         "date": "2025-03-02", "date_precision": None},  # the same act twice counts once
        {"start": 22, "end": 39, "action": "ACCUSE", "source_actor": "state:ISR", "target_actor": None,
         "date": "2025-03-01", "date_precision": "day"},
    ]  # fmt: skip
    mentions = [{"text": "Holm", "actor_id": "person:kari-holm", "country": "NOR"},
                {"text": "the EU", "actor_id": "org:eu", "country": None}]  # fmt: skip
    result = score_events(gold, {"u": _article(text, ours, mentions)})
    assert result["strict"]["precision"] == 0.5 and result["strict"]["recall"] == 0.5
    assert result["pair"]["recall"] == 1.0  # who acted on whom is right in both
    assert result["date_accuracy"] == 1.0  # undated in the text, undated in ours
    actors = score_actors(gold, {"u": _article(text, ours, mentions)})
    assert actors["mentions"]["recall"] == 1.0 and actors["mentions"]["precision"] == 0.5


def test_scorer_takes_a_person_without_a_title_as_whom_the_quotes_stage_has_them_speak_for():
    text = "Holm wrote to the EU."
    gold = {"articles": {"u": {"ref": "X", "actors": [], "events": [
        {"text": text, "source": "state:NOR", "action": "SEND_LETTER", "target": "org:eu", "date": None,
         "historical": False}]}}}  # fmt: skip
    ours = [{"start": 0, "end": 21, "action": "LETTER", "source_actor": "person:kari-holm", "target_actor": "org:eu",
             "date": None, "date_precision": None}]  # fmt: skip
    mentions = [{"text": "Holm", "actor_id": "person:kari-holm", "country": None}]
    unplaced = _article(text, ours, mentions)
    assert score_events(gold, {"u": unplaced})["strict"]["recall"] == 0.0  # a person is not a state by itself
    said = {"speaker_actor": "person:kari-holm", "speaker_affiliation": "state:NOR"}
    assert score_events(gold, {"u": unplaced | {"quotes": [said]}})["strict"]["recall"] == 1.0


def test_demo_gold_event_and_actor_floors(demo_gold, demo_extracted):
    """Floors pinned a little under what was measured (docs/events.md has the figures and the command)."""
    events = score_events(demo_gold, demo_extracted)
    assert events["strict"]["precision"] >= 0.64 and events["strict"]["recall"] >= 0.43
    # acts the text gives no date are undated in ours and dated the publication day in the gold (docs/events.md)
    assert events["date_accuracy"] >= 0.80 and events["historical_accuracy"] >= 0.95
    actors = score_actors(demo_gold, demo_extracted)
    assert actors["mentions"]["precision"] >= 0.88 and actors["mentions"]["recall"] >= 0.97
    assert actors["ids"]["f1"] >= 0.98


def test_no_state_appears_under_two_names(demo_extracted):
    names_of: dict[str, set[str]] = defaultdict(set)
    for article in demo_extracted.values():
        for m in article["actors"]:
            if m["actor_id"] and m["actor_id"].startswith("state:"):
                names_of[m["actor_id"]].add(m["name"])
                assert m["kind"] == "state" and m["country"] == m["actor_id"].split(":")[1]
        for e in article["events"] + article["stances"]:
            for key in ("source_actor", "target_actor", "actor"):
                if (e.get(key) or "").startswith("state:"):
                    names_of.setdefault(e[key], set())
    assert all(len(names) == 1 for names in names_of.values()), {k: v for k, v in names_of.items() if len(v) != 1}
    ids_of: dict[str, set[str]] = defaultdict(set)
    for actor_id, names in names_of.items():
        for name in names:
            ids_of[name.casefold()].add(actor_id)
    assert all(len(ids) == 1 for ids in ids_of.values())
    assert {"state:NOR", "state:ISR", "state:PSE", "state:HUN"} <= set(names_of)
    # every state an event or stance names is one the mentions name (no second id slipping in elsewhere)
    assert all(names_of[k] for k in names_of), [k for k in names_of if not names_of[k]]
