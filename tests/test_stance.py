"""Issue matching and the stance reader, on real parses of short sentences."""

from __future__ import annotations

import pytest

from storyline.config import Settings
from storyline.stance import Issue, configured_issues, load_issue, stems_of

ISSUE = "recognition of a Palestinian state"
SETTINGS = Settings(extra={"stance_issues": [ISSUE]})


def stances_of(analyze, text: str, issue: str = ISSUE):
    settings = Settings(extra={"stance_issues": [issue]})
    return analyze(text, published="2024-05-22", settings=settings).stances


def test_stems_join_derived_forms() -> None:
    assert stems_of("recognition of Palestine") == stems_of("recognise the Palestinians") == {"recogn", "palest"}
    assert Issue(ISSUE).key_stems == {"recogn", "palest", "state"}


def test_issue_lexical_match_by_terms(tmp_path) -> None:
    terms = tmp_path / "terms.txt"
    terms.write_text("# synonyms\nstatehood bid\n", "utf-8")
    issue = load_issue(ISSUE, terms)
    assert issue.terms == ("statehood bid",)
    assert issue.lexical_match("Norway backs the statehood bid.")[0]
    assert not issue.lexical_match("Norway backs the fishing quota.")[0]


def test_configured_issues_default_and_override() -> None:
    assert [i.name for i in configured_issues({})] == [ISSUE]
    assert configured_issues({"stance_issues": []}) == []
    assert configured_issues({"stance_issues": [{"name": "sanctions on Iran", "terms": ["Iran sanctions"]}]})[0].terms


@pytest.mark.parametrize(
    ("text", "actor", "position", "basis"),
    [
        ("France recognized the State of Palestine on Monday.", "state:FRA", "support", "act"),
        ("Germany opposes the recognition of a Palestinian state.", "state:DEU", "oppose", "reported"),
        ("Washington has long opposed unilateral recognition of a Palestinian state.", "state:USA", "oppose", "reported"),
        ("Norway said it would recognize a Palestinian state only as part of a peace deal.", "state:NOR", "conditional", None),
        ("Japan is considering whether to recognize a Palestinian state.", "state:JPN", "undecided", "reported"),
        ("Ireland does not oppose recognition of a Palestinian state.", "state:IRL", "support", "reported"),
        ("Italy will not recognize a Palestinian state before a negotiated peace deal.", "state:ITA", "conditional", None),
    ],
)  # fmt: skip
def test_stance_reading(analyze, text: str, actor: str, position: str, basis: str | None) -> None:
    found = {(s.actor, s.position, s.basis) for s in stances_of(analyze, text)}
    assert any(a == actor and p == position and (basis is None or b == basis) for a, p, b in found), found


def test_stance_negation_flips_support(analyze) -> None:
    [stance] = stances_of(analyze, "Austria does not support recognition of a Palestinian state.")
    assert (stance.actor, stance.position) == ("state:AUT", "oppose")


def test_stance_rival_description_is_a_claim(analyze) -> None:
    text = "Israeli officials said France was rewarding terror by backing recognition of a Palestinian state."
    stances = stances_of(analyze, text)
    france = [s for s in stances if s.actor == "state:FRA"]
    assert france and france[0].basis == "claim" and france[0].claimed_by == "state:ISR"


def test_stance_ignores_sentences_off_the_issue(analyze) -> None:
    assert stances_of(analyze, "Germany opposes the new fishing quota for the Baltic Sea.") == []


def test_stance_evidence_points_into_text(analyze) -> None:
    text = "The talks were long. Germany opposes the recognition of a Palestinian state."
    [stance] = stances_of(analyze, text)
    assert text[stance.start : stance.end] == stance.text
    assert stance.start >= text.index("Germany")
    assert stance.date == "2024-05-22"


def test_stance_other_issue(analyze) -> None:
    stances = stances_of(analyze, "The European Union imposed new sanctions on Iran on Monday.", "sanctions on Iran")
    assert ("org:eu", "support") in {(s.actor, s.position) for s in stances}
