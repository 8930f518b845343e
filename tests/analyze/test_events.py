"""Events: source, action, target, date and place from one sentence; quotes, negation and background."""

from __future__ import annotations

import pytest

PUBLISHED = "2014-10-06"  # a Monday


def _events(analyze, text):
    return analyze(text, published=PUBLISHED).events


def test_recognition_with_its_own_date(analyze):
    (e,) = _events(analyze, "Sweden recognized Palestine on Friday.")
    assert (e.action, e.source_actor, e.target_actor) == ("RECOGNIZE", "state:SWE", "state:PSE")
    assert (e.date, e.date_precision, e.historical) == ("2014-10-03", "day", False)


def test_people_are_the_actors_and_the_place_is_kept(analyze):
    (e,) = _events(analyze, "Norwegian Foreign Minister Kari Holm met U.S. Secretary of State John Kerry in Oslo.")
    assert (e.action, e.source_actor, e.target_actor, e.place) == (
        "MEET",
        "person:kari-holm",
        "person:john-kerry",
        "Oslo",
    )


def test_passive_voice_swaps_source_and_target(analyze):
    (e,) = _events(analyze, "Sweden was criticized by Israel.")
    assert (e.action, e.source_actor, e.target_actor) == ("ACCUSE", "state:ISR", "state:SWE")


def test_phrasal_request(analyze):
    (e,) = _events(analyze, "The EU called on Israel to halt settlement building.")
    assert (e.action, e.source_actor, e.target_actor) == ("REQUEST", "org:eu", "state:ISR")


def test_undated_event_takes_publication_date_without_a_precision(analyze):
    (e,) = _events(analyze, "Israel condemned Sweden.")
    assert (e.date, e.date_precision) == (PUBLISHED, None)


@pytest.mark.parametrize(
    "text",
    [
        "Spain did not recognize Palestine.",  # negated
        '"We will sanction Norway," the Israeli minister said.',  # a statement, not an act
        "The weather was fine in Oslo.",  # no event verb
    ],
)
def test_no_event_is_coded(analyze, text):
    assert _events(analyze, text) == []


def test_background_is_historical_with_its_own_date(analyze):
    (e,) = _events(analyze, "Israel has occupied the territory of Syria since 1967.")
    assert e.historical and e.date == "1967" and e.date_precision == "year"


def test_every_event_points_at_its_sentence(analyze):
    a = analyze("Talks stalled. Norway recognized Palestine on Sunday. Israel condemned Norway.", published=PUBLISHED)
    assert len(a.events) == 2
    for e in a.events:
        assert a.article.text[e.start : e.end] == e.text and e.trigger in e.text


def test_the_other_party_of_a_meeting_is_its_target(analyze):
    (e,) = _events(analyze, "President Obama and House Speaker John Boehner met at the White House on Tuesday.")
    assert (e.action, e.source_actor, e.target_actor) == ("MEET", "person:obama", "person:john-boehner")


def test_a_possessor_is_the_target_of_praise_for_its_efforts(analyze):
    (e,) = _events(analyze, "Sheriff Joe Arpaio praised Mr. Perry's efforts on the border.")
    assert (e.action, e.source_actor, e.target_actor) == ("SUPPORT", "person:joe-arpaio", "person:perry")


@pytest.mark.parametrize(
    "text",
    [
        "Senator John McCain agreed with Ms. Rice's assessment of the threat.",
        "Mr. Huckabee agrees Mr. Trump is a strong candidate.",
    ],
)
def test_opinions_are_not_acts(analyze, text):
    assert _events(analyze, text) == []


def test_an_organisation_the_gazetteer_lacks_is_kept_by_name(analyze):
    (e,) = _events(analyze, "Mr. Trump criticized the NAACP on Monday.")
    assert (e.action, e.source_actor, e.target_actor) == ("ACCUSE", "person:trump", "org:naacp")


@pytest.mark.parametrize(
    "text",
    [
        "A Republican staffer apologized for a Facebook post that criticized Malia and Sasha Obama's appearance.",
        "Mr. Cantor's loss recalled the defeat of former Speaker Thomas S. Foley.",
        "Mr. Clapper conceded that the Prism program existed.",
        "Yet Mr. Cantor seemed to recognize the seriousness of the threat.",
        "Joe Biden was rallying the Democratic base.",
    ],
)
def test_names_inside_a_relative_clause_memory_and_cognition_are_no_acts(analyze, text):
    assert [(e.action, e.source_actor) for e in _events(analyze, text) if e.action != "CONCEDE"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Rick Perry also opposes a full border fence, although he calls for more enforcement along the border.",
        "The White House has fought against the bill for months.",
        "Republicans seized on snippets of the correspondence.",
        "Democrats and Republicans battled back and forth over the issue of language.",
        "The White House released the e-mails to reporters on Wednesday.",
        "Michael Steele announces whether he plans to step down as party chairman.",
    ],
)
def test_standing_positions_open_questions_and_figurative_force_are_no_acts(analyze, text):
    assert _events(analyze, text) == []


def test_force_against_an_actor_is_still_coded(analyze):
    (e,) = _events(analyze, "Israeli troops fought Hamas in Gaza.")
    assert (e.action, e.source_actor, e.target_actor) == ("FIGHT", "state:ISR", "org:hamas")


@pytest.mark.parametrize(
    "text",
    [
        "Luxembourg would like to see its fellow European Union states recognize a Palestinian state.",
        "The House refused on Friday to allow Mr. Obama to negotiate it freely.",
    ],
)
def test_an_act_someone_wants_or_allows_has_not_happened(analyze, text):
    assert [e for e in _events(analyze, text) if e.action in {"RECOGNIZE", "MEET"}] == []


def test_a_decided_act_is_still_coded(analyze):
    (e,) = _events(analyze, "Norway decided to recognize Palestine on Friday.")
    assert (e.action, e.source_actor, e.target_actor) == ("RECOGNIZE", "state:NOR", "state:PSE")
