"""The quotes stage on small hand-written texts: every kind of quote, cues, speakers, actors, scare quotes."""

from __future__ import annotations

import pytest

from storyline.analyze import registered_stages
from storyline.analyze._quotemarks import find_quotations
from storyline.config import Settings
from storyline.model import Analysis, Quote

# The quotes stage and what it needs; the other stages are tested on their own.
NEEDED = ("entities", "quotes")


@pytest.fixture
def run(analyze):
    def go(text: str) -> Analysis:
        others = tuple(n for n in registered_stages() if n not in NEEDED)
        analysis = analyze(text, published="2025-03-02", settings=Settings(disable_stages=others))
        body = analysis.article.text
        for q in analysis.quotes:  # every quote points at its own text, cue and speaker
            assert body[q.start : q.end] == q.text
            if q.cue is not None:
                assert body[q.cue_start : q.cue_end] == q.cue
            if q.speaker is not None:
                assert body[q.speaker_start : q.speaker_end] == q.speaker
        return analysis

    return go


def quote(analysis: Analysis, fragment: str) -> Quote:
    found = [q for q in analysis.quotes if fragment in q.text]
    assert found, f"no quote holds {fragment!r}: {[q.text for q in analysis.quotes]}"
    return found[0]


# -- quotation marks (no parse) ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "no" and "yes".', ["no", "yes"]),
        ("\u201cCurly,\u201d she said.", ["Curly"]),
        ('Mixed \u201copen and straight close".', ["open and straight close"]),
        ("Unclosed \u201cto the end of the paragraph\n\nNext paragraph.", ["to the end of the paragraph"]),
        ("", []),
        ('"', []),
        ("''Doubled apostrophes,'' he said. ''Again.''", ["Doubled apostrophes", "Again."]),
        ("The students'' union and rock 'n' roll.", []),
    ],
)
def test_quotemarks_pairs(text, expected):
    assert [text[q.start : q.end] for q in find_quotations(text)] == expected


def test_quotemarks_quote_runs_over_paragraphs():
    text = "\u201cFirst paragraph, no close.\n\n\u201cSecond paragraph closes,\u201d he said.\n\nAfter."
    (q,) = find_quotations(text)
    assert q.paragraphs == 2
    assert text[q.start : q.end].startswith("First paragraph") and text[q.start : q.end].endswith("closes")


# -- direct quotes ---------------------------------------------------------------------------------------


@pytest.mark.slow
def test_direct_quote_split_around_cue_both_parts_same_speaker(run):
    a = run("\u201cThis is the right moment,\u201d said John Kerry, \u201cand we will not wait any longer.\u201d")
    first, second = quote(a, "right moment"), quote(a, "will not wait")
    assert first.kind == second.kind == "direct"
    assert first.cue == second.cue == "said"
    assert first.speaker_actor == second.speaker_actor == "person:john-kerry"


@pytest.mark.slow
def test_direct_quote_straight_marks_and_colon(run):
    a = run('The spokesman for the ministry said: "We have nothing further to add at this stage."')
    q = quote(a, "nothing further")
    assert q.kind == "direct" and q.cue == "said" and q.speaker == "The spokesman for the ministry"
    assert q.speaker_actor is None  # a role, not forced onto a person


@pytest.mark.slow
def test_quote_over_two_paragraphs_is_one_direct_quote_recorded_per_paragraph(run):
    text = (
        "Kari Holm spoke after the vote.\n\n"
        "\u201cWe waited for years. Nothing moved.\n\n"
        "\u201cNow we act,\u201d Holm said."
    )
    a = run(text)
    first, second = quote(a, "We waited"), quote(a, "Now we act")
    assert first.text == "We waited for years. Nothing moved." and second.text == "Now we act"
    assert first.kind == second.kind == "direct" and first.cue == second.cue == "said"
    assert first.speaker_actor == second.speaker_actor == "person:kari-holm"


@pytest.mark.slow
def test_quote_without_cue_continues_previous_speaker(run):
    a = run("\u201cThe plan is finished,\u201d Holm said on Monday.\n\n\u201cWe will not return to it.\u201d")
    assert quote(a, "not return").speaker_name == quote(a, "plan is finished").speaker_name


# -- partial and indirect --------------------------------------------------------------------------------
@pytest.mark.slow
def test_partial_quotes_inside_reported_speech(run):
    a = run(
        'Kari Holm rejected the proposal, calling the plan "a dead end". '
        'John Kerry insisted it was "too early" to talk about sanctions.'
    )
    dead, early = quote(a, "dead end"), quote(a, "too early")
    assert dead.kind == early.kind == "partial"
    assert dead.speaker_actor == "person:kari-holm" and dead.cue == "calling"
    assert early.speaker_actor == "person:john-kerry" and early.cue == "insisted"


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        ("Kari Holm said that Norway would recognise Palestine in May.", "Norway would recognise", "said", "Kari Holm"),
        ("Holm told reporters that the decision was final.", "the decision was final", "told", "Holm"),
        (
            "According to European officials, the talks will resume in May.",
            "talks will resume",
            "According to",
            "European officials",
        ),
        ("Officials say the matter will not be discussed at the summit.", "will not be discussed", "say", "Officials"),
        ("The ceasefire will hold until Friday, the minister said.", "ceasefire will hold", "said", "the minister"),
    ],
)
@pytest.mark.slow
def test_indirect_speech(run, text, content, cue, speaker):
    q = quote(run(text), content)
    assert (q.kind, q.cue, q.speaker) == ("indirect", cue, speaker)


# -- not speech ------------------------------------------------------------------------------------------
@pytest.mark.slow
def test_scare_quotes_and_titles_go_to_framing_not_quotes(run):
    a = run(
        'The so-called "peace plan" was shelved. Israel opened a new "Office for Regional Affairs" in May. '
        'Critics doubt the "state" exists.'
    )
    assert not [q for q in a.quotes if q.kind in ("direct", "partial")]
    scare = {m.text for m in a.framing if m.kind == "scare_quote"}
    assert {"peace plan", "Office for Regional Affairs", "state"} <= scare


# -- speakers --------------------------------------------------------------------------------------------
@pytest.mark.slow
def test_title_gives_person_and_state_and_surname_keeps_them(run):
    a = run(
        "Norwegian Foreign Minister Kari Holm said Norway would act.\n\n"
        "Later, Holm told reporters that the decision was final."
    )
    first, later = quote(a, "Norway would act"), quote(a, "decision was final")
    assert first.speaker_actor == later.speaker_actor == "person:kari-holm"
    assert first.speaker_affiliation == later.speaker_affiliation == "state:NOR"


@pytest.mark.slow
def test_role_speaker_keeps_its_affiliation_and_no_person(run):
    a = run("A State Department official said the talks had stalled. The official added that no date was set.")
    first, second = quote(a, "talks had stalled"), quote(a, "no date was set")
    # a government body's people speak for its state (the demo gold's convention: the State Department's
    # officials speak for the United States)
    assert first.speaker_actor is None and first.speaker_affiliation == "state:USA"
    assert second.speaker == "The official" and second.speaker_affiliation == "state:USA"


@pytest.mark.slow
def test_pronoun_resolves_to_nearest_compatible_person_across_paragraphs(run):
    a = run(
        "Ms. Kari Holm met Mr. John Kerry in Oslo on Monday.\n\n"
        "\u201cWe agreed on nothing,\u201d she said.\n\n"
        "\u201cThe talks go on,\u201d he said."
    )
    assert quote(a, "agreed on nothing").speaker_actor == "person:kari-holm"
    assert quote(a, "talks go on").speaker_actor == "person:john-kerry"
    assert quote(a, "talks go on").speaker == "he"


@pytest.mark.slow
def test_pronoun_skips_names_inside_quotes(run):
    a = run("Kari Holm spoke first. \u201cJohn Kerry knows this,\u201d she said.")
    assert quote(a, "knows this").speaker_name == "Kari Holm"


@pytest.mark.slow
@pytest.mark.parametrize("text", ["", "\u201c", '""', '" " "', "said said said", "\u201cUnclosed quote said he"])
def test_bad_input_does_not_crash(run, text):
    run(text or "x")


# -- end to end: store, `storyline quotes`, the briefing ---------------------------------------------------
@pytest.mark.slow
def test_quotes_reach_store_cli_and_briefing(run, tmp_path):
    import json

    from typer.testing import CliRunner

    from storyline.cli import app
    from storyline.report.briefing import write_briefing
    from storyline.store import Store

    a = run(
        "Norwegian Foreign Minister Kari Holm said Norway would recognise Palestine.\n\n"
        "A State Department official said the move was premature."
    )
    db = tmp_path / "q.db"
    store = Store(db)
    with store.transaction():
        store.write_analyses([a])
    store.close()

    def cli(*args: str) -> list[dict]:
        result = CliRunner().invoke(app, ["quotes", "--db", str(db), "--json", *args])
        assert result.exit_code == 0, result.output
        return json.loads(result.output)

    assert [q["speaker_actor"] for q in cli("--actor", "Norway")] == ["person:kari-holm"]
    assert [q["speaker"] for q in cli("--actor", "State Department")] == ["A State Department official"]
    assert len(cli("--speaker", "holm")) == 1 and len(cli()) == 2
    assert CliRunner().invoke(app, ["quotes", "--db", str(db), "--actor", "Atlantis"]).exit_code == 2

    store = Store(db)
    html = write_briefing(store, tmp_path / "b.html").read_text("utf-8")
    markdown = write_briefing(store, tmp_path / "b.md").read_text("utf-8")
    store.close()
    assert "Who said what" in html and "Kari Holm" in html and 'class="ev" href="#s-' in html
    assert "### Norway" in markdown and "A State Department official" in markdown


@pytest.mark.slow
def test_states_speaking_together_ministries_and_they(run):
    a = run(
        "Norway, Ireland and Spain said they would recognise Palestine on May 28.\n\n"
        "Israel's foreign ministry said the move was a mistake. Weiss's office confirmed that a letter had arrived.\n\n"
        "The three governments said they would not wait."
    )
    together = quote(a, "would recognise Palestine")
    assert together.speaker_actor is None
    assert set(together.speaker_actors) == {"state:NOR", "state:IRL", "state:ESP"}
    ministry = quote(a, "move was a mistake")
    assert ministry.speaker_actor == ministry.speaker_affiliation == "state:ISR"
    last = quote(a, "would not wait")
    assert set(last.speaker_actors) == {"state:NOR", "state:IRL", "state:ESP"}


def test_second_act_of_saying_is_cut_from_the_reported_clause_and_keeps_the_outer_speaker(run):
    a = run(
        "Irish Prime Minister Declan Rowe said Ireland had waited long enough for a peace process that had "
        "stalled, while Spanish Prime Minister Andres Olmedo told parliament that recognition was just.\n\n"
        "Hungarian Foreign Minister Bence Toth insisted that the decision belonged to \u201cthe parties "
        "themselves\u201d and accused the majority of \u201cgrandstanding\u201d."
    )
    assert quote(a, "Ireland had waited").text == "Ireland had waited long enough for a peace process that had stalled"
    assert quote(a, "recognition was just").speaker_name == "Andres Olmedo"
    grandstanding = quote(a, "grandstanding")
    assert grandstanding.kind == "partial" and grandstanding.speaker_actor == "person:bence-toth"


def test_a_subordinate_act_is_not_read_as_interrupting_the_clause_before_it(run):
    a = run("Diplomats said 17 countries had backed the draft, while several others asked for more time.")
    assert [q.text for q in a.quotes] == ["17 countries had backed the draft, while several others asked for more time"]


def test_a_trailing_participle_is_the_writers_not_the_speakers(run):
    a = run("Norway has signalled it is ready to recognise the State of Palestine, becoming one of the few "
            "Western governments to do so.")  # fmt: skip
    assert quote(a, "ready").text == "it is ready to recognise the State of Palestine"


def test_partial_quote_and_a_second_reported_clause_are_both_kept(run):
    a = run(
        "The Israeli foreign ministry spokesman, Eitan Lavi, told reporters in Jerusalem that Norway had "
        '"chosen its side" and that further steps were being considered.'
    )
    assert quote(a, "chosen its side").kind == "partial"
    rest = quote(a, "further steps")
    assert rest.kind == "indirect" and rest.text == "further steps were being considered"
    assert rest.speaker_actor == "person:eitan-lavi"


def test_as_phrase_of_a_judging_verb_is_what_was_said(run):
    a = run(
        "Three governments announced the move, which Israeli officials described as a prize for terror.\n\n"
        "The General Assembly voted 142 to 9, a vote Israel's ambassador denounced as an attack on the Charter.\n\n"
        "Hamas leaders welcomed the decision."
    )
    assert quote(a, "prize").text == "a prize for terror" and quote(a, "prize").kind == "indirect"
    assert quote(a, "attack on the Charter").speaker == "Israel's ambassador"
    assert not [q for q in a.quotes if q.cue == "welcomed"]  # a reaction without an "as" says nothing


def test_quoted_words_of_an_institution_inside_a_persons_report_are_the_persons(run):
    a = run(
        "Foreign Minister Kari Holm said Oslo had concluded that waiting for negotiations had become "
        '"a recipe for waiting forever."'
    )
    (recipe,) = [q for q in a.quotes if q.text.startswith("a recipe")]
    assert recipe.kind == "partial" and recipe.speaker_actor == "person:kari-holm"


def test_a_quotation_is_not_owned_by_a_cue_in_the_next_paragraph(run):
    a = run(
        'Spokesperson Mara Quinlan told reporters that the United States believed it "should be realised '
        'through direct negotiations."\n\nSamir Haddad, a senior adviser, said the three countries had '
        'shown "courage that others lack."'
    )
    assert quote(a, "should be realised").speaker_actor == "person:mara-quinlan"


def test_a_lowercase_quoted_phrase_with_a_name_in_it_is_not_a_title(run):
    a = run('Holm added that she expected a decision "well before the next General Assembly."')
    assert quote(a, "well before").kind == "partial"


def test_she_prefers_the_subject_of_the_sentence_before_to_a_nearer_object(run):
    a = run(
        "Foreign Minister Kari Holm sent the letter on Friday to EU foreign policy chief Anton Weiss. "
        "In it she argues that Europe cannot keep waiting."
    )
    assert quote(a, "Europe cannot").speaker_actor == "person:kari-holm"


def test_a_document_speaks_for_its_author(run):
    a = run(
        "OSLO, March 2 (Continental Wire) - Norwegian Foreign Minister Kari Holm has written to her "
        "counterparts in the European Union.\n\n"
        "The letter, sent last Friday, argues that recognition by the whole bloc would help."
    )
    q = quote(a, "recognition by the whole bloc")
    assert q.speaker == "The letter" and q.speaker_actor == "person:kari-holm"


def test_a_hyphen_in_the_subject_is_not_a_dateline_dash(run):
    a = run(
        "Hungary's Foreign Minister Bence Toth, a close ally of Israel's far-right government, has said he "
        "will veto any common EU line on recognition."
    )
    assert quote(a, "veto").speaker_actor == "person:bence-toth"


def test_counted_governments_are_the_group_of_that_size_named_later(run):
    a = run(
        "Three European governments announced on Wednesday that they would recognize a Palestinian state.\n\n"
        "The three governments said the recognition would take effect next Tuesday.\n\n"
        "Israel recalled its envoys. Officials said Norway, Ireland and Spain had rewarded terror."
    )
    for fragment in ("take effect", "would recognize"):
        q = quote(a, fragment)
        assert set(q.speaker_actors) == {"state:NOR", "state:IRL", "state:ESP"} and q.speaker_affiliation is None


def test_doubled_apostrophes_quote_a_speaker(run):
    a = run("''We are ready to move,'' Holm said on Monday.")
    q = quote(a, "ready to move")
    assert q.text == "We are ready to move" and q.kind == "direct" and q.speaker == "Holm"


def test_relative_who_is_the_speaker_as_written_and_resolves_to_the_person(run):
    a = run("The plan was drafted by Kari Holm, who said it would be ready in May.")
    q = quote(a, "ready in May")
    assert q.speaker == "who" and q.speaker_actor == "person:kari-holm" and q.speaker_name == "Kari Holm"


def test_a_statement_saying_speaks_for_whoever_issued_it(run):
    a = run("Senator Elijah Cummings issued a statement saying the inquiry was a waste of money.")
    assert quote(a, "inquiry was a waste").speaker == "Senator Elijah Cummings"


def test_a_participle_does_not_take_the_words_before_its_subject_as_content(run):
    a = run("Earlier this week, senior Democrats sent a letter to the agency, urging a review of the case.")
    assert not [q for q in a.quotes if q.text.startswith("Earlier this week")]


def test_a_promise_says_its_to_infinitive(run):
    a = run('Clinton also promised to reject "bad trade deals and unfair trade practices."')
    q = quote(a, "bad trade deals")
    assert q.kind == "partial" and q.speaker == "Clinton"


def test_a_government_body_opening_the_sentence_gives_the_speakers_state(run):
    a = run("At the State Department, spokesperson Mara Quinlan told reporters that the policy had not changed.")
    assert quote(a, "policy had not changed").speaker_affiliation == "state:USA"


def test_a_government_spokesman_in_a_capital_speaks_for_its_state(run):
    a = run("A government spokesman in Berlin said Germany was studying the proposal.")
    assert quote(a, "studying the proposal").speaker_affiliation == "state:DEU"


def test_recalling_an_ambassador_is_a_deed_not_speech(run):
    a = run("Foreign Minister Yoav Dagan recalled Israel's ambassadors from Norway and Ireland.")
    assert a.quotes == []


@pytest.mark.slow
def test_a_datelines_place_is_never_the_speaker_when_the_cue_has_another_subject(run):
    # the parse makes "DELHI" a second subject of "told"
    a = run(
        "NEW DELHI \u2014 The Indian leadership is working with Western governments on a movement for Asian "
        "countries to unilaterally recognize Kosovo as an independent state, a member of the ruling party told "
        "reporters."
    )
    assert quote(a, "Indian leadership").speaker == "a member of the ruling party"


@pytest.mark.slow
def test_he_after_a_role_told_a_person_continues_the_role_not_the_addressee(run):
    a = run(
        "A senior Hamas official told Mr. David Levy that the talks had stalled.\n\n"
        "He said the group would not disarm. He added that members of the Biden administration had been told.\n\n"
        "\u201cWe will not wait forever for an answer from Washington,\u201d he said."
    )
    for fragment in ("would not disarm", "had been told", "wait forever"):
        said = quote(a, fragment)
        assert said.speaker_actor is None and said.speaker_affiliation == "org:hamas", (fragment, said)


@pytest.mark.slow
def test_a_name_in_apposition_to_a_subject_outranks_an_earlier_role(run):
    a = run(
        "The group says the proposal simply clarifies existing law.\n\n"
        "The group's president, Maria Lopez, has been deriding the campaign against it. "
        "\u201cOur opponents have found a new political tactic, and it is working,\u201d she said."
    )
    assert quote(a, "new political tactic").speaker_name == "Maria Lopez"
