"""The framing stage on small hand-written texts: terms, attribution verbs, epithets, user lexicons."""

from __future__ import annotations

import pytest

from storyline.analyze.framing import LOADED_KINDS, _inflections, build_lexicon, load_lexicon
from storyline.config import Settings
from storyline.evaluate.framing import framing_settings
from storyline.model import FramingMarker

pytestmark = pytest.mark.slow  # runs the spaCy parse


@pytest.fixture
def markers(analyze):
    def run(text: str, settings: Settings | None = None) -> list[FramingMarker]:
        analysis = analyze(text, published="2025-03-02", settings=framing_settings(settings))
        for m in analysis.framing:  # every marker points at its own text
            assert analysis.article.text[m.start : m.end] == m.text
        return analysis.framing

    return run


def by_text(found: list[FramingMarker]) -> dict[str, FramingMarker]:
    return {m.text: m for m in found}


def test_framing_term_pair_sides_and_neutral_alternative(markers):
    found = by_text(
        markers("Settlers in Judea and Samaria rejected the plan. Diplomats in the West Bank met on Monday.")
    )
    loaded = found["Judea and Samaria"]
    assert (loaded.kind, loaded.topic, loaded.neutral) == ("loaded_term", "israel-palestine", "West Bank")
    assert loaded.side and "Israeli" in loaded.side
    assert found["West Bank"].kind == "neutral_term"


def test_framing_context_word_needed_for_everyday_terms(markers):
    assert "communities" not in by_text(markers("Rural communities in Kansas lost their only hospital."))
    found = by_text(markers("Israel approved 3,000 homes in communities across the West Bank."))
    assert found["communities"].kind == "loaded_term" and found["communities"].neutral == "settlements"


def test_framing_regime_and_plural_forms(markers):
    found = by_text(markers("The regimes in the region ignored the sanctions, the government said."))
    assert found["regimes"].kind == "loaded_term" and found["regimes"].neutral == "government"


def test_framing_judging_verb_only_when_it_reports_speech(markers):
    found = by_text(markers(
        "Kari Holm claimed that the talks had failed. The group claimed responsibility for the blast. "
        "He was admitted to hospital on Friday."
    ))  # fmt: skip
    verb = found["claimed"]
    assert verb.kind == "judging_verb" and verb.neutral == "said" and verb.target == "person:kari-holm"
    assert [
        m.text for m in markers("The group claimed responsibility for the blast.") if m.kind == "judging_verb"
    ] == []
    assert "admitted" not in found


def test_framing_neutral_attribution_verb(markers):
    found = by_text(markers("The minister told reporters that the border would stay open."))
    assert found["told"].kind == "neutral_verb"


def test_framing_epithet_attached_to_named_actor(markers):
    found = by_text(markers("The hardline Prime Minister Benjamin Netanyahu rejected the offer."))
    assert found["hardline"].kind == "epithet"
    assert found["hardline"].target == "person:benjamin-netanyahu"


def test_framing_label_on_a_thing_is_not_an_epithet(markers):
    kinds = {m.text: m.kind for m in markers("Growth was moderate in the third quarter.")}
    assert kinds.get("moderate") != "epithet"


def test_framing_general_loaded_word_with_plainer_alternative(markers):
    found = by_text(markers("Opposition leaders slammed the budget on Tuesday."))
    assert found["slammed"].kind == "loaded_term" and found["slammed"].neutral == "criticized"


def test_framing_user_lexicon_adds_pairs_without_code(markers, tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text("pairs:\n  energy:\n    - neutral: wind farm\n      terms:\n        bird blender: opponents\n")
    found = by_text(markers("Locals call the wind farm a bird blender.", Settings(lexicon=str(extra))))
    assert found["bird blender"].kind == "loaded_term" and found["bird blender"].side == "opponents"
    assert found["wind farm"].kind == "neutral_term"


def test_framing_empty_and_odd_text_does_not_crash(markers):
    assert markers("...") == []
    assert all(m.kind in (*LOADED_KINDS, "neutral_term", "neutral_verb") for m in markers("“” '' ! ? regime"))


def test_lexicon_bad_user_file_names_the_fix(tmp_path):
    from storyline.errors import StorylineError

    bad = tmp_path / "bad.yaml"
    bad.write_text("colours:\n  - red\n")
    with pytest.raises(StorylineError, match="unknown key"):
        load_lexicon(str(bad))


@pytest.mark.parametrize(("phrase", "form"), [("settlement", "settlements"), ("colony", "colonies"),
                                               ("security fence", "security fences")])  # fmt: skip
def test_lexicon_inflections(phrase, form):
    assert form in _inflections(phrase)


def test_lexicon_every_pair_has_a_labelled_side():
    from importlib import resources

    import yaml

    data = yaml.safe_load(resources.files("storyline.data").joinpath("lexicon.yaml").read_text("utf-8"))
    for topic, entries in data["pairs"].items():
        for entry in entries:
            assert entry["neutral"] and entry["terms"], topic
            assert all(isinstance(side, str) and side for side in entry["terms"].values()), entry
    lex = build_lexicon(data)
    assert lex.judging_verbs.isdisjoint(lex.neutral_verbs)


def test_framing_condemning_terms_need_no_context_but_everyday_ones_do(markers):
    found = by_text(markers("The authority pays salaries to jailed terrorists. Israel liberated Samaria in 1967."))
    assert found["terrorists"].kind == "loaded_term" and found["terrorists"].neutral == "militants"
    assert found["liberated"].neutral == "occupied" and found["Samaria"].neutral == "northern West Bank"
    assert "fighters" not in by_text(markers("The fighters climbed into the ring for the title bout."))


def test_framing_endorsing_note_is_judging_and_said_is_not(markers):
    found = by_text(markers("Critics note that the minister has never visited the region, officials said."))
    assert found["note"].kind == "judging_verb" and found["said"].kind == "neutral_verb"


def test_framing_quoted_title_and_reported_speech_are_not_scare_quotes(markers):
    text = (
        'Weiss announced the creation of a new "Office for Regional Affairs" inside the service. '
        'Holm added that she expected a decision "well before the next General Assembly." '
        'The minister dismissed the "peace plan" on Monday.'
    )
    scare = [m.text.strip('".') for m in markers(text) if m.kind == "scare_quote"]
    assert scare == ["peace plan"]
