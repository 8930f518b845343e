"""Outlet framing profiles and the side-by-side comparison of one event, on a small hand-written store."""

from __future__ import annotations

import pytest

from storyline.evaluate.framing import framing_settings
from storyline.framing_profiles import compare_event, event_groups, fallback_events, outlet_profiles

pytestmark = pytest.mark.slow  # runs the spaCy parse

ARTICLES = [
    ("Daily Right", "Cabinet backs homes in Judea and Samaria",
     "The cabinet approved 2,000 homes in communities in Judea and Samaria on Monday. "
     "Kari Holm claimed that the decision would doom the talks. The regime in Tehran condemned the plan."),
    ("Daily Wire Service", "Cabinet backs West Bank homes",
     "The cabinet approved 2,000 homes in settlements in the West Bank on Monday. "
     "Kari Holm said that the decision would harm the talks."),
    ("Daily Left", "Cabinet backs settlement homes in West Bank",
     "The cabinet approved 2,000 homes in settlements in the occupied West Bank on Monday. "
     "Farmers in the Jordan Valley said they had lost access to their olive groves for a decade."),
]  # fmt: skip


@pytest.fixture
def store(tmp_store, analyze):
    analyses = [
        analyze(text, published="2025-03-03", settings=framing_settings(), outlet=outlet, title=title)
        for outlet, title, text in ARTICLES
    ]
    with tmp_store.transaction():
        tmp_store.write_analyses(analyses)
    return tmp_store


def test_profiles_rates_and_preferred_terms(store):
    profiles = {p["outlet"]: p for p in outlet_profiles(store)}
    assert set(profiles) == {o for o, _, _ in ARTICLES}
    right, wire = profiles["Daily Right"], profiles["Daily Wire Service"]
    assert right["counts"]["judging_verb"] == 1 and wire["counts"]["judging_verb"] == 0
    assert right["judging_share"] == 1.0 and wire["judging_share"] == 0.0
    assert right["loaded_per_1000_words"] > wire["loaded_per_1000_words"]
    right_terms = {x["neutral"]: x["preferred"] for x in right["pairs"]}
    wire_terms = {x["neutral"]: x["preferred"] for x in wire["pairs"]}
    assert right_terms["West Bank"] == "judea and samaria" and wire_terms["West Bank"] == "west bank"
    assert right_terms["settlements"] == "communities"


def test_profiles_one_outlet_only(store):
    assert [p["outlet"] for p in outlet_profiles(store, "daily left")] == ["Daily Left"]
    assert outlet_profiles(store, "Nobody") == []


def test_event_side_by_side_terms_and_what_only_one_outlet_says(store):
    events = event_groups(store)  # no clustering has run: grouped by title overlap and date
    assert len(events) == 1
    ((event_id, ids),) = events.items()
    assert len(ids) == 3
    result = compare_event(store, event_id)
    assert result is not None
    west_bank = next(r for r in result["terms"] if r["neutral"] == "West Bank")
    assert west_bank["by_outlet"]["Daily Right"]["term"] == "Judea and Samaria"
    assert west_bank["by_outlet"]["Daily Wire Service"]["term"] == "West Bank"
    left_facts = [f["text"] for f in result["outlets"]["Daily Left"]["only_here"]["facts"]]
    assert any("olive groves" in f for f in left_facts)
    assert not any("cabinet approved" in f for f in left_facts)  # all three report it
    right_actors = {a["id"] for a in result["outlets"]["Daily Right"]["only_here"]["actors"]}
    assert "state:IRN" in right_actors or any("tehran" in a.casefold() for a in right_actors)
    assert compare_event(store, "no-such-event") is None


def test_fallback_events_keep_distant_dates_apart():
    arts = [
        {"id": "a", "title": "Cabinet backs West Bank homes", "published": "2025-03-03"},
        {"id": "b", "title": "Cabinet backs West Bank homes again", "published": "2025-09-01"},
        {"id": "c", "title": "Cabinet backs West Bank homes", "published": "2025-03-04"},
    ]
    assert fallback_events(arts) == {"title:a": ["a", "c"]}


def test_briefing_framing_section_renders_both_formats(store):
    from storyline.report.briefing import BriefContext, sections

    framing = next(s for s in sections() if s.name == "framing")
    assert framing.order == 80
    ctx = BriefContext(store)
    page = framing.html(ctx)
    assert "Daily Right" in page and "Judea and Samaria" in page and 'href="#s-' in page
    md = framing.markdown(ctx)
    assert "| Daily Left |" in md and "side by side" in md


def test_cli_framing_profiles_and_event(store):
    import json

    from typer.testing import CliRunner

    from storyline.cli import app

    runner = CliRunner()
    result = runner.invoke(app, ["framing", "--db", store.path, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {p["outlet"] for p in data["outlets"]} == {o for o, _, _ in ARTICLES}
    event_id = next(iter(data["events"]))
    result = runner.invoke(app, ["framing", "--db", store.path, "--event", event_id])
    assert result.exit_code == 0 and "communities" in result.output  # the table may wrap longer terms
    assert runner.invoke(app, ["framing", "--db", store.path, "--event", "nope"]).exit_code == 2
    assert runner.invoke(app, ["framing", "--db", store.path, "--outlet", "Nobody"]).exit_code == 2


def test_briefing_names_a_loaded_choice_as_written_and_the_neutral_term_as_such(store):
    from storyline.report.sections.framing import term_choice

    profiles = {p["outlet"]: p for p in outlet_profiles(store)}
    right = {x["neutral"]: term_choice(x) for x in profiles["Daily Right"]["pairs"]}
    wire = {x["neutral"]: term_choice(x) for x in profiles["Daily Wire Service"]["pairs"]}
    assert right["West Bank"] == ("Judea and Samaria", "for West Bank")
    assert wire["West Bank"] == ("West Bank", "the neutral term")
