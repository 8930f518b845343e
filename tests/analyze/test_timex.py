"""Time expressions: found in running text and resolved against the publication date, never guessed."""

from __future__ import annotations

import pytest

from storyline.analyze.timex import find_times

PUBLISHED = "2025-03-05"  # a Wednesday


def _value(text: str, expression: str, published: str | None = PUBLISHED):
    found = {t.text: t for t in find_times(text, published)}
    assert expression in found, sorted(found)
    return found[expression]


@pytest.mark.parametrize(
    ("sentence", "expression", "value", "precision"),
    [
        ("Norway acted on Sunday.", "Sunday", "2025-03-02", "day"),
        ("They met last Friday.", "last Friday", "2025-02-28", "day"),
        ("The vote will be held on Tuesday.", "Tuesday", "2025-03-11", "day"),
        ("Spain will follow next month.", "next month", "2025-04", "month"),
        ("Talks began in January.", "January", "2025-01", "month"),
        ("Talks resumed last week.", "last week", "2025-W09", "week"),
        ("As of July 2019, 138 states recognised it.", "July 2019", "2019-07", "month"),
        ("Relations were warm in the 1990s.", "the 1990s", "199", "decade"),
        ("The accord was signed on 13 September 1993.", "13 September 1993", "1993-09-13", "day"),
        ("The accord was signed on Sept. 13, 1993.", "Sept. 13, 1993", "1993-09-13", "day"),
        ("Three years ago talks collapsed.", "Three years ago", "2022", "year"),
        ("He spoke yesterday.", "yesterday", "2025-03-04", "day"),
        ("Profits fell in the third quarter.", "the third quarter", "2024-Q3", "quarter"),
        ("Elections come this summer.", "this summer", "2025-SU", "season"),
    ],
)
def test_expression_resolves_against_publication_date(sentence, expression, value, precision):
    found = _value(sentence, expression)
    assert (found.value, found.precision, found.resolved) == (value, precision, True)


def test_relative_dates_without_publication_date_stay_unresolved():
    text = "On Sunday they met; next month they vote. The treaty of 12 March 1994 stands."
    found = {t.text: t for t in find_times(text, None)}
    assert found["Sunday"].value is None and found["Sunday"].resolved is False
    assert found["next month"].value is None and not found["next month"].resolved
    assert found["12 March 1994"].value == "1994-03-12"


def test_durations_and_references_carry_timeml_values():
    assert _value("Talks lasted two weeks.", "two weeks").value == "P2W"
    assert _value("Talks lasted two weeks.", "two weeks").type == "DURATION"
    assert _value("It is now clear.", "now").value == "PRESENT_REF"


def test_modal_may_is_not_a_month():
    assert not [t for t in find_times("Norway may recognise Palestine.", PUBLISHED) if "may" in t.text.casefold()]


def test_stage_stores_times_with_offsets(analyze):
    a = analyze("Norway recognised Palestine on Sunday.", published=PUBLISHED)
    (t,) = [t for t in a.times if t.text == "Sunday"]
    assert a.article.text[t.start : t.end] == "Sunday" and t.value == "2025-03-02"


def test_garbage_text_does_not_crash():
    assert isinstance(find_times("\x00 99/99/9999 31 February 2020 ''' 0:99 pm", PUBLISHED), list)


def test_earlier_weekday_is_never_in_the_future():
    # Wednesday publication; the sentence's "will" must not push "earlier Monday" forward
    assert _value("He met her earlier Monday, and he will go on.", "Monday").value == "2025-03-03"


@pytest.mark.parametrize("text", ["He told NBC's Today show he would run.", "He spoke on the Today show."])
def test_the_today_show_is_not_a_date(text):
    assert not [t for t in find_times(text, PUBLISHED) if t.text == "Today"]
    assert _value("Today, the Senate voted.", "Today").value == PUBLISHED
