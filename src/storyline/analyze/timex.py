"""Stage "times": date and time expressions, resolved against the article's publication date.

Why a hand-written grammar: spaCy's DATE/TIME entities miss many expressions and give no value;
``dateparser`` normalises a string but neither finds expressions in running text reliably nor knows
TimeML values (weeks, quarters, seasons, decades, durations, ``PAST_REF``). Rule grammars are the strong
approach here (HeidelTime is one); this one is compact: regular expressions, each with a small function
that computes a TimeML value with ``dateutil`` arithmetic, then four passes over what they found:
adjacent expressions naming one moment are merged ("10 p.m. Wednesday"), earnings-report references take
the quarter under report ("the quarter", "a year earlier"), a clock time takes the day named right after its
parenthesis ("10:30 a.m. (0730 GMT) Friday") or else the day its sentence named ("On Monday ... at 10 a.m."),
and anaphoric ones take the date the text named before them ("that year", "the following month", "in the
morning").

Values follow TimeML: ``2019-12-08`` (day), ``2019-W49`` (week), ``2019-12`` (month), ``2019-Q3``,
``2019-H1``, ``2019-SU`` (season), ``2019`` (year), ``199`` (decade, as TimeBank writes it), ``19``
(century), ``2019-12-08T10:00`` and ``2019-12-08TNI`` (a clock time, a part of a day), ``P3Y`` (a duration),
``XXXX-WXX-4`` (a set), ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``.
A weekday or a month named without a year is placed by the tense of the verb nearest it ("left Tuesday",
"will meet on Thursday"), except that within two months of publication the nearer date wins. An expression
that needs an anchor ("last Friday", "next month", "in January", "the quarter") and has no publication date
is kept with ``value=None, resolved=False``: never guessed. Decisions and figures: docs/time.md.

:func:`find_times` is the text-only core, also used by ``storyline eval time``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from storyline.analyze import stage
from storyline.config import Settings
from storyline.model import Analysis, TimeExpression
from storyline.numbers import WORD_NUMBERS

if TYPE_CHECKING:
    from spacy.tokens import Doc

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
# durations count in small numbers; "a week", "an hour", "half a year" are numbers here too
NUMBERS: dict[str, float] = {
    **{word: value for word, value in WORD_NUMBERS.items() if 0 < value <= 60},
    "a": 1, "an": 1, "hundred": 100, "half a": 0.5, "half an": 0.5, "a couple of": 2, "a hundred": 100, "couple of": 2,
}  # fmt: skip
VAGUE = {"several", "few", "a few", "many", "some", "recent", "coming", "past"}
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8,
                "nineties": 9}  # fmt: skip
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
UNIT_CODES = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE",
              "hour": "H", "minute": "M", "quarter": "Q"}  # fmt: skip

# Building blocks. Month names are case-sensitive (so the verb "may" is never a month); other words not.
_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)"
_WEEKDAY = r"(?P<weekday>(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))"
_NUM = (
    r"(?P<num>\d{1,3}\s+1/2|\d{1,3}(?:,\d{3})+(?![\d.])|\d{1,3}(?:\.\d+)?|(?i:(?:twenty|thirty|forty|fifty|sixty)(?:[\s-](?:one|two|three|four|five|six|seven"
    r"|eight|nine))?|half\s+an?|a\s+hundred|(?:a\s+)?couple\s+of|a\s+few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|several|few|many|some))"
)
_UNIT = r"(?P<unit>(?i:day|week|month|year|decade|century|centurie|hour|minute|quarter))"
_REL = r"(?P<rel>(?i:this|last|next|past|previous|coming|current|following|same|latest|that))"
_THE = r"(?:(?i:the)\s+)?"
_EDGE = r"(?:(?i:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)[\s-]+)?"

_TENS = "(?:" + "|".join(w for w, n in WORD_NUMBERS.items() if 10 <= n <= 90) + ")"  # ten .. nineteen, twenty .. ninety
_UNITS = "(?:" + "|".join(w for w, n in WORD_NUMBERS.items() if 1 <= n <= 9) + ")"
_SPOKEN_YEAR = (
    rf"(?P<spoken>(?i:(?:nineteen|eighteen)[\s-]+(?:{_TENS}(?:[\s-]+{_UNITS})?|hundred)"
    rf"|two\s+thousand(?:(?:\s+and)?\s+(?:{_UNITS}|ten|eleven|twelve|thirteen|fourteen|fifteen))?))"
)


def _spoken_year(text: str) -> int | None:
    words = re.sub(r"[\s-]+", " ", text.casefold()).replace(" and ", " ").split()
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(WORD_NUMBERS.get(w, 0) for w in words[2:])
    if words[1:] == ["hundred"]:
        return WORD_NUMBERS[words[0]] * 100
    return WORD_NUMBERS[words[0]] * 100 + sum(WORD_NUMBERS.get(w, 0) for w in words[1:])


Rule = tuple[re.Pattern[str], Callable[[re.Match[str], dt.date | None], tuple[str | None, str] | None]]
RULES: list[Rule] = []


def rule(pattern: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register a pattern and the function that turns its match into (value, type)."""

    def register(func: Callable[..., Any]) -> Callable[..., Any]:
        # not inside a bigger number ("6,300 hours" is no "300 hours")
        RULES.append((re.compile(r"(?<![\w-])(?<!\d[,.])" + pattern + r"(?![\w])"), func))
        return func

    return register


def _unit_name(word: str) -> str:
    """The unit as UNIT_CODES names it: "centurie" (of "centuries") is "century"."""
    word = word.casefold()
    return "century" if word.startswith("centur") else word


def _month(m: re.Match[str]) -> int:
    return MONTHS[m.group("month").rstrip(".").casefold()]


def _number(text: str) -> float | None:
    text = re.sub(r"[\s-]+", " ", text.casefold())
    if text.endswith(" 1/2"):
        return float(text.split()[0]) + 0.5
    if " " in text and text.split()[0] in NUMBERS and text.split()[-1] in NUMBERS and text not in NUMBERS:
        return NUMBERS[text.split()[0]] + NUMBERS[text.split()[-1]]  # "twenty four"
    if text in VAGUE or text in {"a few"}:
        return None
    return float(text.replace(",", "")) if text[0].isdigit() else NUMBERS.get(text)  # "6,300"


_RATE_BEFORE = re.compile(r"(?i)(?:\d|million|billion|percent|%|cents?|dollars?|times|seats|units)\s+$")


def _amount(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else str(n)


# Tense cues for a weekday or a month named without a year: the cue nearest the expression in its sentence
# decides ("Sytenko left Tuesday" is past even when the sentence goes on "and will return"); "said" counts,
# as news dates the reporting verb ("Bush said Monday that ..."). Participles that look ahead ("scheduled",
# "expected") are future cues, not past ones.
_FUTURE_CUE = (
    r"will|'ll|wo|shall|would|going\s+to|(?:is|are)\s+to|set\s+to|due(?:\s+to)?|scheduled|slated|planned|plans?\s+to"
    r"|set\s+for|expected\s+to|expects?\s+to|(?:un)?likely\s+to|payable|effective|upcoming|next|until|tomorrow|begins?|starts?|opens?|expires|ends|closes|resumes|(?<!to\s)(?:meets?|arrives?|visits|travels|returns|heads|convenes?|resumes?|reconvenes?)"
    r"|(?:intends?|wants?|hopes?|aims?|seeks?|promises?|vows?|pledges?|vowed|pledged|promised)\s+to"
    r"|looks?\s+forward\s+to|looking\s+forward\s+to"
    r"|as\s+(?:early|soon)\s+as"  # "could reach the floor as early as Thursday": not before then
    # the futurate progressive of an arrangement ("is meeting Tuesday", "are flying to Nairobi on Wednesday")
    r"|(?:am|is|are|'re)\s+(?:meeting|arriving|visiting|travell?ing|returning|heading|leaving|departing|flying"
    r"|convening|reconvening|resuming|holding|hosting)"
)
_PAST_CUE = (
    r"[a-z]{2,}ed|said|told|left|met|made|took|came|went|began|rose|fell|held|saw|gave|won|lost|sold|bought|paid"
    r"|was|were|had|did|got|sent|spoke|wrote|became|led|kept|brought|thought|found|struck|fought|flew|ran|broke"
    r"|chose|drove|hit|quit|shut|withdrew|ago|last|earlier|yesterday|since|previous"
    # the other irregular pasts that cannot be a present or a noun (English's closed class of strong verbs)
    r"|fled|shot|stood|sought|spent|felt|heard|meant|knew|grew|drew|threw|wore|swore|stole|rode|woke|caught"
    r"|taught|built|lent|dealt|arose|forgot|froze|bled|blew|dug|sank|sang|stuck|swept|tore|understood|slept"
    r"|swam|sprang|hid|slid|sat|rang|shook|overcame|undertook|upheld|forbade|forgave|oversaw|overthrew|overtook"
    r"|mistook|misled|strove|knelt|leapt|spun|stung|strode|swung|ate|drank|shrank|hung|laid|awoke|sped"
)
# a modal before the expression looks ahead ("believed he could put the state in play in November"), not one
# after it ("the March 2 event, which can be found here"), nor one with "have" ("could have met Monday") or "not"
# ("could not be reached Friday": the past of "can")
_MODAL_CUE = (
    r"(?:could|might|can|should|must)(?!\s+(?:not\b|have\b(?!\s+(?:a|an|the|some|no|big|major|serious|real|\d)\b)))"
)
_MODAL = re.compile(r"(?i)" + _MODAL_CUE)
_NOT_PAST = {"scheduled", "expected", "planned", "proposed", "slated", "need", "indeed", "hundred", "red", "bed",
             "speed", "seed", "feed", "based", "united", "limited", "related", "interested", "shed"}  # fmt: skip
_CUE = re.compile(rf"(?i)\b(?:(?P<future>{_FUTURE_CUE})|(?P<past>{_PAST_CUE})|(?P<modal>{_MODAL_CUE}))\b")
_PARTICIPLE_BEFORE = re.compile(r"(?i)\b(?:be|been|being|is|are|was|were|a|an|the|still|not|newly|its|their)\s+$")
# A sentence ends at . ! ? ; : before a blank, but not at the point of an abbreviation: "a.m.", "U.S." (a letter
# after a point), "Mr.", "Gen.", "Jan." (a short capitalised word)
_BOUNDARY = re.compile(r"(?:[!?;:]|(?<!\.[A-Za-z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\bSept)\.)\s|\n")


_PLAN_IN_PAST = re.compile(r"(?i)\bhad\s+(?:been\s+)?(?:previously\s+|originally\s+|already\s+)?$")
_DEADLINE_BEFORE = re.compile(r"(?i)\b(?:by|until|till|through)\s+$")
_PLUPERFECT = re.compile(r"(?i)\bhad\b")
_RANGE_START_BEFORE = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August"
    r"|September|October|November|December|\d)\s+$"
)
_COPULA_BEFORE = re.compile(r"(?i)\b(?:is|are)\s+(?:on\s+|in\s+)?$")


def _tense(text: str, start: int, end: int) -> str | None:
    """'future' or 'past' from the cue nearest the expression in its sentence (left first), else None."""
    left_edge = max(
        (b.end() for b in _BOUNDARY.finditer(text, max(0, start - 300), start)), default=max(0, start - 300)
    )
    right = _BOUNDARY.search(text, end)
    right_edge = min(right.start() if right else len(text), end + 200)
    deadline = _DEADLINE_BEFORE.search(text, max(0, start - 10), start)
    if deadline and _RANGE_START_BEFORE.search(text, max(0, deadline.start() - 12), deadline.start()):
        deadline = None  # "taken Wednesday through Sunday": the end of a range of days, not a deadline
    fronted = deadline is not None and not text[left_edge : deadline.start()].strip(" \t\"'`\u201c")
    if deadline and not fronted and not _PLUPERFECT.search(text, max(left_edge, start - 60), start):
        # "repay the loan by February", "credit through January": a deadline ahead; "had filed by Wednesday": past.
        # A fronted one ("By Sunday evening, 20 were dead") is read from the clause that follows it.
        return "future"
    if _COPULA_BEFORE.search(text, max(0, start - 10), start):
        return "future"  # "The election is Thursday", "the vote is in May": a date fixed ahead, in the present tense

    def kind(m: re.Match[str]) -> str | None:
        if m["modal"]:
            return None  # only on the left (below)
        if (
            m["future"]
            and m[0].casefold() == "next"
            and re.search(r"(?i)\bthe\s+$", text[max(0, m.start() - 6) : m.start()])
        ):
            return None  # "at a meeting the next day, Sept. 15": a narrative's next day, not the future
        if m["future"]:
            # "had been scheduled to expire Friday", "had planned to vote Monday": a plan seen from the past
            return "past" if _PLAN_IN_PAST.search(text, max(0, m.start() - 30), m.start()) else "future"
        word = m["past"].casefold()
        if word in _NOT_PAST:
            return None
        if word not in {"was", "were", "had"} and _PARTICIPLE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return None  # "is expected", "a still unspecified date": a participle or adjective, no tense
        return "past"

    for m in reversed(list(_CUE.finditer(text, left_edge, start))):
        if (found := kind(m)) is not None:
            return found
        if _MODAL.fullmatch(m[0]):
            return "future"
    for m in _CUE.finditer(text, end, right_edge):
        if (found := kind(m)) is not None:
            return found
    return None


@rule(r"(?P<year>\d{4})-(?P<mon>\d\d)-(?P<day>\d\d)")
def _iso(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    return _date_value(int(m["year"]), int(m["mon"]), int(m["day"])), "DATE"


@rule(r"(?P<mon>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>\d\d(?:\d\d)?)")
def _slashed(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    year = int(m["year"])
    year = year + (1900 if year >= 30 else 2000) if year < 100 else year
    return _date_value(year, int(m["mon"]), int(m["day"])), "DATE"


@rule(r"(?P<year>(?:19|20)\d\d)(?P<mon>[01]\d)(?P<day>[0-3]\d)")
def _compact(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    return _date_value(int(m["year"]), int(m["mon"]), int(m["day"])), "DATE"


@rule(_MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR)
@rule(_DAY + r"\s+(?:(?i:of)\s+)?" + _MONTH + r",?\s+" + _YEAR)
def _full_date(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    return _date_value(int(m["year"]), _month(m), int(m["day"])), "DATE"


@rule(_MONTH + r"\s+" + _DAY)
@rule(_DAY + r"\s+(?:(?i:of)\s+)?" + _MONTH)
def _month_day(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    if dct is None:
        return None, "DATE"
    month, day = _month(m), int(m["day"])
    return _date_value(_year_of_month(dct, month, "", _tense(m.string, m.start(), m.end()), day), month, day), "DATE"


def _year_of_month(dct: dt.date, month: int, rel: str, tense: str | None, day: int | None = None) -> int:
    """The year of a month (or month and day) named without one: the last such date when the sentence
    looks back, the next when it looks ahead, else the nearer of the two."""
    if rel == "this":
        return dct.year
    if rel == "last":  # "last February" said in March is a year back: last month would be "last month"
        return dct.year if month < dct.month - 1 else dct.year - 1
    if rel == "next" and not day and month == dct.month:
        return dct.year + 1  # "next January" said in January: this one is under way, "next" is a year on
    here = (month, day or 0)
    now = (dct.month, dct.day if day else 0)
    past_year = dct.year if here <= now else dct.year - 1
    future_year = dct.year if here >= now else dct.year + 1
    if past_year == future_year:
        return past_year
    if day:
        ahead = (dt.date(future_year, month, min(day, 28)) - dct).days
        behind = (dct - dt.date(past_year, month, min(day, 28))).days
        near = 62
    else:
        ahead, behind, near = (month - dct.month) % 12, (dct.month - month) % 12, 2
    if rel == "next" or (tense == "future" and behind > near):
        return future_year  # within two months of publication the nearer date wins whatever the tense
    if tense == "past" and ahead > near:
        return past_year
    return future_year if ahead < behind else past_year


# Holidays news dates events by: fixed ones (month, day) and movable ones (a function of the year).
FIXED_HOLIDAYS = {
    "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25), "new year's eve": (12, 31),
    "new year's day": (1, 1), "independence day": (7, 4), "fourth of july": (7, 4), "july fourth": (7, 4),
    "halloween": (10, 31), "valentine's day": (2, 14), "veterans day": (11, 11), "bastille day": (7, 14),
    "boxing day": (12, 26), "st. patrick's day": (3, 17),
}  # fmt: skip


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th (1-based; -1 = last) given weekday of a month."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, month, 1) + relativedelta(months=1, days=-1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


MOVABLE_HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "easter": lambda y: easter(y), "easter sunday": lambda y: easter(y),
    "good friday": lambda y: easter(y) - dt.timedelta(days=2),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4), "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1), "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "martin luther king day": lambda y: _nth_weekday(y, 1, 0, 3),
}  # fmt: skip
_HOLIDAY = (
    r"(?P<holiday>Christmas(?:\s+(?:Eve|Day))?|New\s+Year's\s+(?:Eve|Day)|Independence\s+Day|(?:the\s+)?Fourth\s+of"
    r"\s+July|July\s+Fourth|Halloween|Valentine's\s+Day|Veterans\s+Day|Bastille\s+Day|Boxing\s+Day"
    r"|St\.\s+Patrick's\s+Day|Easter(?:\s+Sunday)?|Good\s+Friday|Thanksgiving(?:\s+Day)?|Labor\s+Day"
    r"|Memorial\s+Day|Martin\s+Luther\s+King\s+Day)"
)


@rule(_HOLIDAY + r"(?:,?\s+" + _YEAR + r")?")
def _holiday(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    """ "Christmas", "Thanksgiving 1998", "Easter": the holiday's date in the year named, else the nearer one
    (or the one the sentence's tense points to), as for a month and day."""
    name = re.sub(r"\s+", " ", m["holiday"].casefold()).removeprefix("the ")
    if m["year"]:
        year = int(m["year"])
    elif dct is None:
        return None, "DATE"
    else:
        fixed = FIXED_HOLIDAYS.get(name) or (
            MOVABLE_HOLIDAYS[name](dct.year).month,
            MOVABLE_HOLIDAYS[name](dct.year).day,
        )
        year = _year_of_month(dct, fixed[0], "", _tense(m.string, m.start(), m.end()), fixed[1])
    day = dt.date(year, *FIXED_HOLIDAYS[name]) if name in FIXED_HOLIDAYS else MOVABLE_HOLIDAYS[name](year)
    return day.isoformat(), "DATE"


@rule(_EDGE + _MONTH + r",?\s+(?:(?i:of)\s+)?" + _YEAR)
def _month_year(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    return f"{int(m['year']):04d}-{_month(m):02d}", "DATE"


_SHARED_YEAR = re.compile(
    r"\s*(?:,\s*|\s+(?:and|or|to|through)\s+|\s*[-\u2013]\s*)" + _MONTH + r",?\s+(?:(?i:of)\s+)?" + _YEAR + r"\b"
)
_ARTICLE_BEFORE = re.compile(r"(?i)\b(?:the|a|an)\s+$")
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:of|and|or|to|in|on|at|for|by|with|from|as|is|was|were|are|will|would|that|when|the|a|an)\b)[a-z]{3,}\b"
)


_MARCH_NAME = re.compile(r"\s+(?:on|for|of|to|against|from)\s+(?:the\s+)?[A-Z][a-z]")


@rule(_EDGE + r"(?:(?P<rel>(?i:this|last|next|that))\s+)?" + _MONTH)
def _month_alone(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    month = _month(m)
    rel = (m["rel"] or "").casefold()
    if re.match(r"-(?!(?:to|through|and|or)-)[a-z]", m.string[m.end() : m.end() + 10]):
        return None  # "Mar-a-Lago": a word that begins like a month (not "October-to-December")
    if (
        m["month"] == "March"
        and _ARTICLE_BEFORE.search(m.string, max(0, m.start() - 5), m.start())
        and _MARCH_NAME.match(m.string, m.end())
    ):
        return None  # "the March on Washington", "the March for Life": the noun march in a name, not the month
    if rel == "that":  # "withdrew from the race that March": the March of the year the text last named
        return None if re.match(r"\s+\d", m.string[m.end() :]) else (f"{ANAPHOR}that:year:-{month:02d}", "DATE")
    if not rel and (shared := _SHARED_YEAR.match(m.string, m.end())):
        return f"{int(shared['year']):04d}-{month:02d}", "DATE"  # "June and July of 2009": both in 2009
    if dct is None:
        return None, "DATE"
    if (
        not rel
        and _ARTICLE_BEFORE.search(m.string, max(0, m.start() - 5), m.start())
        and _NOUN_AFTER.match(m.string, m.end())
    ):
        # "the November election", "the March incident": a month naming an event takes the tense only of the verb
        # right before its noun phrase ("summarized the August meeting"), not of the clause further out
        near = m.string[max(0, m.start() - 30) : m.end()]
        tense = _tense(near, m.start() - max(0, m.start() - 30), len(near))
        return f"{_year_of_month(dct, month, rel, tense):04d}-{month:02d}", "DATE"
    return f"{_year_of_month(dct, month, rel, _tense(m.string, m.start(), m.end())):04d}-{month:02d}", "DATE"


@rule(r"(?:(?i:fiscal|calendar|the\s+year)\s+)?" + _EDGE + _YEAR + r"(?!\s*(?:%|percent|people|\d)|[.,]\d)")
def _year(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    return m["year"], "DATE"


_SHORT_YEAR_BEFORE = re.compile(
    r"(?i)\b(?:in|of|the|since|until|by|from|to|through|and|or|before|after|during|early|late|mid|spring|summer|fall"
    r"|autumn|winter)\s+$"
)


@rule(r"['\u2019](?P<yy>\d\d)(?![\d'\u2019s-])")
def _short_year(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    """ "in '98", "the '96 campaign": a year by its last two digits, in the century that puts it at most ten
    years after publication ("'80s" is a decade: _decade); without a publication date the century is not known."""
    if not _SHORT_YEAR_BEFORE.search(m.string, max(0, m.start() - 10), m.start()):
        return None  # "'12 Monkeys'": a quoted number, not a year
    if dct is None:
        return None, "DATE"
    year = dct.year // 100 * 100 + int(m["yy"])
    return f"{year - 100 if year > dct.year + 10 else year:04d}", "DATE"


def _range_end_year(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    """ "the 1996-2000 plan", "the 1998-99 season": the second year of a range is a year too (the hyphen stands
    for "to", as in "from 1996 to 2000", where both years are marked); two digits only for the year after."""
    first, end = int(m["first"]), int(m["end"])
    if len(m["end"]) == 2:  # "1998-99", "1999-00": the next year only ("1996-12" is a month)
        end = first + 1 if int(m["end"]) == (first + 1) % 100 else 0
    return (f"{end:04d}", "DATE") if first < end < first + 100 else None


_MONTH_BEFORE_DASH = re.compile(r"(?<![\w-])" + _MONTH + r"[-\u2013]$")


def _range_end_month(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    """ "January-March 1998": the month that ends a range of months, with its year."""
    if not _MONTH_BEFORE_DASH.search(m.string, max(0, m.start() - 11), m.start()):
        return None
    return f"{int(m['year']):04d}-{_month(m):02d}", "DATE"


# registered without rule(): their match follows a hyphen, which rule() forbids before an expression
RULES.append(
    (re.compile(r"(?<=\b(?P<first>(?:1[5-9]|20)\d\d)[-\u2013])(?P<end>\d\d(?:\d\d)?)(?![\w-])"), _range_end_year)
)
RULES.append(
    (re.compile(r"(?<=[a-z.][-\u2013])" + _MONTH + r",?\s+(?:(?i:of)\s+)?" + _YEAR + r"(?![\w-])"), _range_end_month)
)


@rule(
    r"(?:(?i:the\s+year)\s+)?"
    + _SPOKEN_YEAR
    + r"(?![\s-]+(?i:dollars|people|percent|times|years|days|months|weeks|hours|miles|feet))"
)
@rule(_EDGE + _MONTH + r",?\s+" + _SPOKEN_YEAR)
def _year_in_words(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    year = _spoken_year(m["spoken"])
    if year is None or not 1500 <= year <= 2100 or (year < 2000 and not re.search(r"(?i)\s", m["spoken"])):
        return None
    if m.groupdict().get("month"):
        return f"{year:04d}-{_month(m):02d}", "DATE"
    return f"{year:04d}", "DATE"


@rule(_THE + r"(?P<n>[12]?\d)(?:st|nd|rd|th)[\s-]+(?i:century)")
def _century(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    return f"{int(m['n']) - 1:02d}", "DATE"  # TimeML: the 20th century is "19"


@rule(_MONTH + r"\s+(?P<rel>(?i:last|this|next))\s+year")
def _month_of_relative_year(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    if dct is None:
        return None, "DATE"
    year = dct.year + {"last": -1, "next": 1}.get(m["rel"].casefold(), 0)
    return f"{year:04d}-{_month(m):02d}", "DATE"


@rule(_THE + _EDGE + r"(?P<dec>1[5-9]\d|20\d)0'?s")
@rule(_THE + _EDGE + r"'(?P<short>\d)0s")
@rule(r"(?i:the)\s+" + _EDGE + r"(?P<word>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))")
def _decade(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    if m.groupdict().get("short"):
        return f"19{m['short']}", "DATE"
    if m.groupdict().get("word"):
        return f"19{DECADE_WORDS[m['word'].casefold()]}", "DATE"
    return m["dec"], "DATE"


@rule(
    r"(?:(?i:early|late)\s+)?(?:(?P<rel>(?i:last|next|this|coming|past|(?:the\s+)?previous))\s+)?"
    + _WEEKDAY
    + r"(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?"
)
def _weekday(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    if dct is None:
        return None, "DATE"
    if not m["part"] and _SHARED_PARTS.match(m.string, m.end()):
        return None  # "Monday and Tuesday nights": a set (_recurring)
    target = WEEKDAYS[m["weekday"].casefold()]
    rel = (m["rel"] or "").casefold().removeprefix("the ")
    if not rel and re.search(r"(?i)\bearlier\s+(?:on\s+)?$", m.string[max(0, m.start() - 12) : m.start()]):
        rel = "earlier"  # "earlier Thursday": that day or the one before, whatever else the sentence foresees
    ahead = (target - dct.weekday()) % 7
    behind = (dct.weekday() - target) % 7
    if rel == "earlier":
        day = dct - dt.timedelta(days=behind)
    elif rel == "this":  # "this Friday": the Friday of the week of publication, unless the tense says otherwise
        day = dct + dt.timedelta(days=target - dct.weekday())
        tense = _tense(m.string, m.start(), m.end())
        if tense == "future" and day < dct:
            day += dt.timedelta(days=7)
        elif tense == "past" and day > dct:
            day -= dt.timedelta(days=7)
    elif rel in {"next", "coming"} or (not rel and _tense(m.string, m.start(), m.end()) == "future"):
        day = dct + dt.timedelta(days=ahead or (7 if rel == "next" else 0))
    elif rel in {"last", "past"}:
        day = dct - dt.timedelta(days=behind or 7)
    elif rel == "previous":  # "the previous Friday": the one before the last
        day = dct - dt.timedelta(days=(behind or 7) + 7)
    else:
        day = dct - dt.timedelta(days=behind)
    return day.isoformat() + _part_of_day(m["part"]), "DATE" if not m["part"] else "TIME"


def _programme_title(m: re.Match[str]) -> bool:
    """A capitalised "Today" right after a word ("NBC's Today", "on Today"), or one followed by "show", names the
    television programme; after a dateline dash or a quotation mark it is the day."""
    if m["word"] not in {"Today", "Tonight"}:
        return False
    before = m.string[max(0, m.start() - 3) : m.start()].strip()
    after = m.string[m.end() : m.end() + 6].casefold()
    if after.lstrip(" '\u2019\"\u201d").startswith("show"):
        return True  # "the Today show", "the Tonight Show Starring Jimmy Fallon"
    return m["word"] == "Today" and bool(before and (before[-1].isalnum() or before[-1] in "'\u2019"))


def _part_of_day(part: str | None) -> str:
    return {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}.get((part or "").casefold(), "")


@rule(r"(?:(?i:early|late)\s+)?(?P<word>(?i:today|yesterday|tomorrow|tonight))")
@rule(r"(?P<word>(?i:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)))")
@rule(
    r"(?P<word>(?i:this\s+(?:morning|afternoon|evening)|last\s+night|(?:tomorrow|yesterday)\s+(?:morning|afternoon|evening|night)))"
)
def _deictic_day(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    word = re.sub(r"\s+", " ", m["word"].casefold())
    if _programme_title(m):
        return None  # NBC's "Today" show: a title, not a date
    if re.fullmatch(r"[A-Z][a-z]+\s+[A-Z][a-z]+", m["word"]):
        return None  # CBS's "This Morning": a title, capitalised as one ("This morning, ..." is the time)
    if dct is None:
        return None, "DATE"
    shift = -1 if word.startswith(("yesterday", "last night")) else 1 if word.startswith("tomorrow") else 0
    if word.startswith("the day "):
        shift = -2 if word.endswith("yesterday") else 2
    day = (dct + dt.timedelta(days=shift)).isoformat()
    part = word.split()[-1] if word.endswith(("morning", "afternoon", "evening", "night")) else None
    part = "night" if word == "tonight" else part
    return (day + _part_of_day(part), "TIME") if part else (day, "DATE")


@rule(
    r"(?P<mod>(?i:earlier|later|early|late|mid)[\s-]+)?"
    + _THE
    + _REL
    + r"\s+(?:(?i:fiscal)\s+)?(?P<unit>(?i:week(?:end)?|month|year|quarter|decade|century|(?<=same\s)day|(?<=that\s)day"
    r"|(?<=following\s)day|(?<=next\s)day|(?<=previous\s)day"
    r"|spring|summer|fall|autumn|winter))"
)
def _relative_period(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    rel = m["rel"].casefold()
    unit = m["unit"].casefold()
    if m["unit"][0].isupper() and not m["unit"].isupper():
        return None  # "ABC's 'This Week'": a programme's title, not a time
    if unit == "quarter" and rel in {"this", "latest", "last", "previous"} and not m["mod"]:
        return None  # the quarter under report: _reported_quarter
    if rel in {"same", "that", "following"} and not m["mod"]:
        return f"{ANAPHOR}{rel}:{unit}", "DATE"  # the time the text last named: find_times resolves it
    if unit == "day":  # "the next day", "the previous day": the day after or before the one the text named
        return f"{ANAPHOR}{rel}:{unit}", "DATE"
    if (
        rel in {"next", "previous"}
        and unit in {"year", "month", "week"}
        and not m["mod"]
        and re.match(r"(?i)the\s", m[0])
        and _tense(m.string, m.start(), m.end()) == "past"
    ):
        # "Felt joined the FBI in 1942 ... He resigned the next year": in a past narrative "the next year" is the one
        # after the year the text named, as "the following year" is (left unresolved where it named none); "next
        # year" without "the", or in a sentence about the future ("will be closed over the next year"), counts from
        # publication
        return f"{ANAPHOR}{rel}:{unit}", "DATE"
    if dct is None:
        return None, "DATE"
    if unit in SEASONS and rel == "past":  # "this past spring": the last one over
        code = SEASONS[unit]
        return f"{dct.year if SEASON_START[code] + 3 <= dct.month else dct.year - 1}-{code}", "DATE"
    # "the past year" is last year and "the coming year" next year, as TimeML writes them (with a number, "the
    # past three years", it is a duration: _duration)
    step = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
    return _period_value(dct, unit, step), "DATE"


def _period_value(dct: dt.date, unit: str, step: int) -> str:
    if unit == "week":
        year, week, _ = (dct + relativedelta(weeks=step)).isocalendar()
        return f"{year}-W{week:02d}"
    if unit == "weekend":
        year, week, _ = (dct + relativedelta(weeks=step)).isocalendar()
        return f"{year}-W{week:02d}-WE"
    if unit == "month":
        d = dct + relativedelta(months=step)
        return f"{d.year:04d}-{d.month:02d}"
    if unit == "quarter":
        d = dct + relativedelta(months=3 * step)
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if unit == "decade":  # written as "the 1990s" is: 199
        return f"{(dct.year // 10 + step):03d}"
    if unit == "century":  # as "the 20th century": 19
        return f"{(dct.year // 100 + step):02d}"
    if unit in SEASONS:
        return f"{dct.year + step:04d}-{SEASONS[unit]}"
    return f"{dct.year + step:04d}"


@rule(
    r"(?:(?i:almost|nearly|about|more\s+than|over|some|just)\s+)?"
    + _NUM
    + r"[\s-]+"
    + _UNIT
    + r"s?(?:\s+(?i:or\s+(?:so|more)))?\s+(?P<dir>(?i:ago|earlier|from\s+now|hence))"
)
def _ago(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    n = _number(m["num"])
    unit = _unit_name(m["unit"])
    if n is None and m["dir"].casefold() == "ago":
        return "PAST_REF", "DATE"  # "several years ago"
    if m["dir"].casefold() == "earlier" and unit in {"day", "week", "month", "hour", "minute", "decade", "century"}:
        # "a day earlier", "three weeks earlier": before the time the story is at, not before publication ("ago"),
        # so the span, as "three days later" (a year earlier keeps the earnings convention below)
        amount = "X" if n is None else _amount(n)  # "several hours earlier": PTXH
        if unit in {"decade", "century"}:  # "a century earlier": P100Y, as "two centuries" is P200Y
            return ("PXY" if n is None else f"P{_amount(n * (10 if unit == 'decade' else 100))}Y"), "DURATION"
        return (
            f"PT{amount}{UNIT_CODES[unit]}" if unit in {"hour", "minute"} else f"P{amount}{UNIT_CODES[unit]}"
        ), "DURATION"
    if dct is None or n is None or unit in {"hour", "minute"}:
        return None, "DATE"
    sign = -1 if m["dir"].casefold() in {"ago", "earlier", "before"} else 1
    k = int(n) * sign
    if unit == "year" and k == -1:
        return YEAR_BEFORE, "DATE"  # "a year ago": the quarter under report a year before, else last year
    if unit == "day":
        return (dct + relativedelta(days=k)).isoformat(), "DATE"
    if unit == "week":
        y, w, _ = (dct + relativedelta(weeks=k)).isocalendar()
        return f"{y}-W{w:02d}", "DATE"
    if unit == "month":
        d = dct + relativedelta(months=k)
        return f"{d.year:04d}-{d.month:02d}", "DATE"
    if unit == "quarter":
        d = dct + relativedelta(months=3 * k)
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}", "DATE"
    if unit == "decade":
        return f"{dct.year + 10 * k}", "DATE"
    if unit == "century":  # "two centuries ago": the century, as "the 19th century" is 18
        return f"{(dct.year + 100 * k) // 100:02d}", "DATE"
    return f"{dct.year + k:04d}", "DATE"


_HOW_LONG_BEFORE = re.compile(r"(?i)\b(?:for|throughout)\s+$")
_PROPER_NAME = re.compile(r"(?:the\s+)?(?:[A-Z][a-z]*|\d+)(?:[\s-][A-Z][a-z]*)+")
_CAPITAL_NEXT = re.compile(r"'?\s+[A-Z][a-z]")


@rule(
    r"(?:(?i:the)\s+)?(?:(?P<rel>(?i:past|last|next|first|coming|previous|final|latest|recent))\s+)?"
    r"(?:(?i:more\s+than|less\s+than|no\s+more\s+than|at\s+least|up\s+to|nearly|almost|about|around|roughly"
    r"|approximately)\s+)?"
    + _NUM
    + r"\s+(?:(?i:more|additional|trading|business|working)\s+)?"
    + _UNIT
    + r"s?(?P<half>\s+(?i:and\s+a\s+half))?(?:\s+(?i:long))?(?!\s+old)"
)
@rule(_NUM + r"-" + _UNIT + r"(?!-old)")  # "a two-year term": the adjective, without its article
@rule(r"(?:(?i:the)\s+)?(?P<vague>(?i:recent|coming|past))\s+" + _UNIT + r"s")
@rule(r"(?:" + _NUM + r"[\s-])?" + _UNIT + r"-?(?i:long)")  # "a weeklong visit", "the year-long strike"
def _duration(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    if m["unit"][0].isupper() and not m["unit"].isupper() and m.start("unit") > m.start():
        return None  # CBS's "60 Minutes": a unit capitalised after its number is a title
    if _PROPER_NAME.fullmatch(m[0]) and _CAPITAL_NEXT.match(m.string, m.end()):
        return None  # "the Five-Year Plan", "the Six-Day War": a name, which TimeML does not mark
    unit = _unit_name(m["unit"])
    if _one_day_ahead(m, dct) is not None and m[0].casefold().startswith("one"):
        return None  # "will one day be": _one_day_ahead
    groups = m.groupdict()
    num = groups.get("num")
    n = _number(num) if num else None
    if num is None and m[0].casefold().endswith("long"):
        n = 1  # "weeklong"
    rel = (groups.get("rel") or groups.get("vague") or "").casefold()
    if n is None and rel in {"past", "last", "previous"}:
        if _HOW_LONG_BEFORE.search(m.string, max(0, m.start() - 12), m.start()) and unit in UNIT_CODES:
            # "for the past few weeks": "for" measures how long, a duration of unsaid length (TimeML DURATION)
            code = UNIT_CODES[unit]
            return (f"PTX{code}" if unit in {"hour", "minute"} else f"PX{code}"), "DURATION"
        return "PAST_REF", "DATE"  # "the last few months": an indefinite stretch of the past
    if n is None and rel == "recent" and unit in UNIT_CODES and unit != "quarter":
        return f"PX{UNIT_CODES[unit]}", "DURATION"  # "in recent years": a stretch of unsaid length up to now
    if n is None and rel == "coming":
        return "FUTURE_REF", "DATE"
    if n is not None and groups.get("half"):
        n += 0.5
    if num and num.casefold() in {"a", "an", "one"} and m.string[m.end("unit") : m.end("unit") + 1] in {"s", "S"}:
        return None  # "a weeks-long review": "a" belongs to the noun, not to the unit (_unspecified_span)
    if num and num.casefold() in {"a", "an"} and _RATE_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
        return None  # "$2 million a year": a rate
    code = UNIT_CODES[unit]
    if unit == "quarter":
        return (f"P{_amount(n)}Q" if n else "PXQ"), "DURATION"
    if unit in {"decade", "century"}:
        # "half a century": P50Y (int() made it P0Y)
        return (f"P{_amount(n * (10 if unit == 'decade' else 100))}Y" if n else "PXY"), "DURATION"
    if n is not None and not float(n).is_integer() and unit in {"year", "hour", "minute", "day"}:
        whole, part = int(n), {"year": "6M", "hour": "30M", "minute": "30S", "day": "T12H"}[unit]
        if whole == 0:  # "half an hour": PT30M, "half a year": P6M
            return (f"PT{part}" if unit in {"hour", "minute"} else f"P{part}"), "DURATION"
        return (f"PT{whole}{code}{part}" if unit in {"hour", "minute"} else f"P{whole}{code}{part}"), "DURATION"
    amount = "X" if n is None else _amount(n)
    return (f"PT{amount}{code}" if unit in {"hour", "minute"} else f"P{amount}{code}"), "DURATION"


_ORD = r"(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))"
_QYEAR = (
    r"(?:(?P<qyear>1[5-9]\d\d|20\d\d)\s+|(?P<qrel>(?i:this|last|next))\s+year'?s\s+"
    r"|(?P<qago>(?i:(?:comparable\s+)?year-(?:ago|earlier)))\s+)?"
)
_OF_YEAR = r"(?:\s+(?i:of)\s+" + _YEAR + r")?"


@rule(_THE + _QYEAR + r"(?:(?i:fiscal)[\s-]+)?" + _ORD + r"\s+(?i:quarter|period)" + _OF_YEAR)
@rule(r"(?:(?i:fiscal)[\s-]+)?" + _ORD + r"-(?i:quarter|period)")  # "third-quarter profit": no article
@rule(r"(?P<qrel>(?i:this|last|next))\s+year'?s\s+" + _ORD + r"\s+(?i:quarter|period)")
def _quarter(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    """ "the third quarter" (the last one so named: third quarter of this year unless it is still to come),
    "the third quarter of 1984", "the 1988 second quarter", "this year's third quarter", "the year-ago
    third quarter"."""
    q = ORDINALS[m["ord"].casefold()]
    groups = m.groupdict()
    if groups.get("year") or groups.get("qyear"):
        return f"{groups.get('year') or groups['qyear']}-Q{q}", "DATE"
    if dct is None:
        return None, "DATE"
    rel = (groups.get("qrel") or "").casefold()
    if rel:
        year = dct.year + {"last": -1, "next": 1}.get(rel, 0)
    elif q <= (dct.month - 1) // 3 + 1 or _tense(m.string, m.start(), m.end()) == "future":
        year = dct.year
    else:
        year = dct.year - 1
    return f"{year - (1 if groups.get('qago') else 0)}-Q{q}", "DATE"


# Earnings reports speak of "the quarter", "the latest period", and compare with "a year ago", "the year-earlier
# quarter": the quarter under report (the last one the text named, else the last one completed before
# publication) and the same quarter a year before. Resolved after all expressions are found (find_times).
ANAPHOR = "<named before>"
REPORTED_QUARTER, YEAR_BEFORE = "<reported quarter>", "<a year before>"
QUARTER_REACH = 400  # characters (a sentence or two): how far back a named quarter stays the one under report


@rule(
    r"(?P<the>(?i:the|this|last))\s+(?:(?i:latest|most\s+recent|last|just-ended|recent)\s+)?(?P<unit>(?i:quarter))(?!-|\s+(?i:of|century|mile|point|percent))"
)
@rule(r"(?i:the)\s+(?:(?i:latest|most\s+recent|just-ended)\s+)(?P<unit>(?i:period))")
def _reported_quarter(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    if dct is None:
        return None, "DATE"
    if m.groupdict().get("the") and (end := _QUARTER_ENDED.match(m.string, m.end())):
        # "the quarter ended July 31": unless the text named the quarter (a fiscal one: "its fiscal first quarter"),
        # the three months up to that date, written as the calendar quarter that holds most of them (May to July:
        # the second); the date is the last such one before publication
        month = _month(end)
        year = dct.year if (month, int(end["day"])) <= (dct.month, dct.day) else dct.year - 1
        middle = dt.date(year, month, 1) - relativedelta(months=1)
        return f"{REPORTED_QUARTER}~{middle.year}-Q{(middle.month - 1) // 3 + 1}", "DATE"
    return REPORTED_QUARTER, "DATE"


_QUARTER_ENDED = re.compile(r"\s+(?i:ended|ending)\s+" + _MONTH + r"\s+" + _DAY + r"\b(?!,?\s+\d{4})")


@rule(r"(?i:the)\s+" + _YEAR + r"\s+(?i:quarter|period)")
def _quarter_of_year(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    return f"{REPORTED_QUARTER}@{m['year']}", "DATE"


@rule(_THE + r"(?:(?i:comparable|corresponding)\s+)?(?i:year-(?:ago|earlier))\s+(?i:quarter|period)")
@rule(r"(?i:year-(?:ago|earlier))")
@rule(r"(?i:the\s+quarter\s+a\s+year\s+(?:ago|earlier))")
@rule(
    r"(?i:last\s+year'?s\s+(?:quarter|period)|the\s+(?:corresponding|comparable|same)\s+(?:quarter|period)\s+(?:of\s+)?last\s+year)"
)
def _year_before(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    return (YEAR_BEFORE if dct else None), "DATE"


@rule(
    _THE
    + r"(?P<half>(?i:first|second|last|latter))\s+(?:(?i:half)|(?i:two\s+quarters))"
    + r"(?:\s+(?i:of)\s+(?:"
    + _YEAR
    + r"|(?P<hrel>(?i:this|last|next))\s+year|(?i:the)\s+(?:(?P<hdec>1[5-9]\d|20\d)0'?s|'(?P<hshort>\d)0s)))?"
)
def _half(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    half = 1 if m["half"].casefold() == "first" else 2
    if m["hdec"] or m["hshort"]:
        return m["hdec"] or f"19{m['hshort']}", "DATE"  # "the last half of the '80s": TimeML has no half-decade
    if m["year"]:
        return f"{m['year']}-H{half}", "DATE"
    if dct is None:
        return None, "DATE"
    if m["hrel"]:
        return f"{dct.year + {'last': -1, 'next': 1}.get(m['hrel'].casefold(), 0)}-H{half}", "DATE"
    year = (
        dct.year
        if half <= (dct.month - 1) // 6 + 1 or _tense(m.string, m.start(), m.end()) == "future"
        else dct.year - 1
    )
    return f"{year}-H{half}", "DATE"


@rule(r"(?i:the|this)\s+(?i:weekend)")
def _the_weekend(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    """ "over the weekend": the last one, unless the sentence looks ahead or publication falls on it."""
    if dct is None:
        return None, "DATE"
    ahead = dct.weekday() >= 5 or _tense(m.string, m.start(), m.end()) == "future"
    year, week, _ = (dct if ahead else dct - dt.timedelta(days=7)).isocalendar()
    return f"{year}-W{week:02d}-WE", "DATE"


SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # the first month of each (meteorological) season


def first_day(value: str | None) -> dt.date | None:
    """The first day a TimeML date value points at ("2024-05-22", "2024-05", "2024-W21", "2024-Q2", "2025-SU",
    "2024"); None for decades ("199"), references ("PAST_REF") and anything else."""
    if not value or not value[:4].isdigit():
        return None
    year, rest = int(value[:4]), value[5:]
    try:
        if not rest:
            return dt.date(year, 1, 1) if len(value) == 4 else None
        if rest.startswith("W") and rest[1:3].isdigit():
            return dt.date.fromisocalendar(year, int(rest[1:3]), 1)
        if rest.startswith("Q") and rest[1:2].isdigit():
            return dt.date(year, 3 * int(rest[1]) - 2, 1)
        if rest[:2] in SEASON_START or rest[:2] == "AU":
            return dt.date(year, SEASON_START.get(rest[:2], 9), 1)  # "AU": autumn, as "FA"
        if rest[:2].isdigit():
            return dt.date(year, int(rest[:2]), int(rest[3:5]) if rest[3:5].isdigit() else 1)
    except ValueError:
        return None
    return None


@rule(
    r"(?i:the)\s+(?:(?i:early|late|mid)[\s-]+)?(?P<season>(?i:spring|summer|fall|autumn|winter))"
    r"(?:\s+(?i:of)\s+(?:" + _YEAR + "|" + _SPOKEN_YEAR + r"))?(?!-)"
)
def _season(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    """ "the summer" (this year's, or last year's when it has not begun and the sentence looks back),
    "the winter of 1994"."""
    code = SEASONS[m["season"].casefold()]
    if m["year"] or m["spoken"]:
        return f"{m['year'] or _spoken_year(m['spoken'])}-{code}", "DATE"
    if m["season"].istitle() and _CAPITAL_NEXT.match(m.string, m.end()):
        return None  # "the Summer Olympics", "the Winter Games": a name, which TimeML does not mark
    if dct is None:
        return None, "DATE"
    tense = _tense(m.string, m.start(), m.end())
    year = dct.year
    if tense == "past" and SEASON_START[code] > dct.month:
        year -= 1
    elif tense == "future" and SEASON_START[code] + 2 < dct.month:
        year += 1
    return f"{year}-{code}", "DATE"


@rule(
    r"(?i:the)\s+(?:(?i:full|fiscal|whole|entire)\s+)?(?i:year)"
    r"(?![\s-]+(?i:ended|ending|ends|through|before|after|earlier|later|ago|two|old|on|round|in\s+which))"
)
def _the_year(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    """ "For the year, volume was flat": the year of publication; "the year ended March 31": a year's span."""
    if dct is None:
        return None, "DATE"
    return str(dct.year), "DATE"


@rule(r"(?i:the)\s+(?:(?i:full|fiscal|whole|entire)\s+)?(?i:year)(?=\s+(?i:ended|ending|ends|through)\b)")
def _the_year_span(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    return "P1Y", "DURATION"


_DETERMINED = re.compile(r"(?i)\b(?:the|first|last|final|early|those|these|its|his|her|their|our|my)\s+$")


@rule(
    r"(?:(?<=\bfor\s)|(?<=\bwithin\s)|(?<=\bin\s)|(?<=\bover\s)|(?<=\bafter\s)|(?<=\bfollows\s))"
    r"(?:(?i:the)\s+)?(?P<unit>(?i:days|weeks|months|years|decades|centuries|hours|minutes))"
    r"(?!\s+(?i:of\s+(?:age|the)|old|ago))"
)
@rule(
    r"(?P<unit>(?i:hours|minutes|days|weeks|months|years|decades))(?=\s+(?i:later|earlier|before|after)\b)"
)  # "hours later"
@rule(r"(?P<unit>(?i:days|weeks|months|years|decades|hours))-(?i:long)")  # "a weeks-long review"
def _unspecified_span(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    """ "for weeks", "within months", "over the years", "for hours", "weeks later": a stretch of unspecified
    length ("the first days after" is no bare plural)."""
    if _DETERMINED.search(m.string, max(0, m.start() - 12), m.start()):
        return None
    code = {"days": "D", "weeks": "W", "months": "M", "years": "Y", "decades": "DE", "centuries": "CE", "hours": "TXH",
            "minutes": "TXM"}  # fmt: skip
    value = code[m["unit"].casefold()]
    return (f"P{value}" if value.startswith("T") else f"PX{value}"), "DURATION"


@rule(r"(?:(?<=[Ll]ater\sin\s)|(?<=[Ee]arlier\sin\s)|(?<=[Ee]arly\sin\s)|(?<=[Ll]ate\sin\s))(?i:the)\s+(?i:day)")
def _the_day(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    """ "later in the day": the day the text last named, else the day of publication."""
    return (f"{ANAPHOR}that:day:" if dct else None), "DATE"


@rule(
    r"(?P<edge>(?i:the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of))\s+(?i:the)\s+(?P<unit>(?i:year|month|week|decade|century))"
)
@rule(r"(?i:year[\s-]end|year's\s+end)")
def _end_of_period(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    """ "by the end of the month", "by year-end": the period of publication (the last one after "since")."""
    if dct is None:
        return None, "DATE"
    unit = (m.groupdict().get("unit") or "year").casefold()
    since = re.search(r"(?i)\bsince\s+$", m.string[max(0, m.start() - 8) : m.start()])
    return _period_value(dct, unit, -1 if since else 0), "DATE"


@rule(r"(?P<word>(?i:now|currently|current|nowadays|at\s+present|presently|these\s+days))")
@rule(r"(?P<then>(?i:then[\s-]+current))")
def _present(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    if m.groupdict().get("then"):
        return "PAST_REF", "DATE"  # "the then-current market price": the present of a time gone by
    return "PRESENT_REF", "DATE"


_COUNTED_AFTER = re.compile(r"(?i)\s+(?:\d|(?:" + "|".join(WORD_NUMBERS) + r"|few|several|many)\b)")


@rule(r"(?P<word>(?i:recently|recent|the\s+past|lately))")
def _past(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    if m["word"].casefold().endswith("past") and _COUNTED_AFTER.match(m.string, m.end()):
        return None  # "the past three summers": "the past" opens a counted span, not the past itself
    return "PAST_REF", "DATE"


@rule(
    r"(?P<word>(?i:(?<!as\s)soon(?!\s+(?:after|before|as))|the\s+(?:(?:near|distant)\s+)?future|the\s+(?:near|short)\s+term))"
)
@rule(r"(?P<word>(?i:some\s?day|an?\s+(?:later|future)\s+date))")
def _future_ref(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    return "FUTURE_REF", "DATE"


_MODAL_BEFORE = re.compile(r"(?i)\b(?:will|would|could|might|may|can|shall)\s+$")
# a verb of hope or intention before "one day to ...": "researchers hope one day to harness that power"
_HOPE_BEFORE = re.compile(r"(?i)\b(?:hope[sd]?|hoping|wants?|wanted|plan(?:s|ned)?|intend(?:s|ed)?|dream(?:s|ed)?)\s+$")


@rule(r"(?i:one\s+day)(?!\s+(?i:of|and|or|after|before|later|earlier|ago|a|per|each))")
def _one_day_ahead(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    """ "Islam will one day be ...": after a modal, "one day" is an indefinite future, not a day's span; so after a
    verb of hope or intention before an infinitive ("hope one day to harness"; not "planned one day of talks")."""
    if not (
        _MODAL_BEFORE.search(m.string, max(0, m.start() - 8), m.start())
        or (
            _HOPE_BEFORE.search(m.string, max(0, m.start() - 10), m.start())
            and re.match(r"\s+to\s", m.string[m.end() :])
        )
    ):
        return None
    return "FUTURE_REF", "DATE"


# A clock time names a moment of some day: the day it is joined to ("10 p.m. Wednesday"), else the last day its
# sentence named ("On Tuesday, ... at 10 a.m."), else the day of publication. Until that is known (find_times)
# its value is CLOCK followed by the time ("<clock>T22:00").
CLOCK = "<clock>"
_ZONE = r"(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET)"


@rule(r"(?P<h>[01]?\d)(?::(?P<min>[0-5]\d))?\s*(?P<ampm>(?i:a\.m\.|p\.m\.|am|pm))")
@rule(r"(?P<noon>(?i:noon|midday|midnight))")
@rule(r"(?P<h>[01]\d|2[0-3]):?(?P<min>[0-5]\d)\s+(?:" + _ZONE + r"|(?i:local\s+time))")  # "0230 GMT", "14:30 GMT"
def _clock(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    if dct is None:
        return None, "TIME"
    groups = m.groupdict()
    if groups.get("noon"):  # TimeML writes midnight as the end of its day, T24:00
        return f"{CLOCK}T{'24' if groups['noon'].casefold() == 'midnight' else '12'}:00", "TIME"
    hour = int(m["h"])
    if groups.get("ampm"):
        hour = hour % 12 + (12 if m["ampm"].casefold().startswith("p") else 0)
    return f"{CLOCK}T{hour:02d}:{int(m['min'] or 0):02d}", "TIME"


# A part of the day named without its day: "in the morning", "that night", "the next morning", "by mid-afternoon",
# "overnight". It is a part of the day the text last named (the previous or next one after "previous", "next"),
# else of the day of publication (find_times); "overnight" is the night before.
# "won't happen overnight": suddenly, not a night
_SUDDENLY_BEFORE = re.compile(
    r"(?i)\b(?:happen(?:s|ed)?|chang(?:e|es|ed)|disappear(?:s|ed)?|vanish(?:es|ed)?|transform(?:s|ed)?|fixed|solved"
    r"|cured|built|made|come|came|go\s+away)\s+$"
)


_PART_BEFORE = re.compile(r"(?i)\b(?:in|during|by|until|through|into|throughout|on)\s+$")
_OF_DAY = re.compile(
    r"\s+of\s+(?:" + _MONTH + r"\s+\d|" + _WEEKDAY + r"\b)"
)  # "the morning of Aug. 7", "... of Friday"


@rule(
    r"(?i:the)\s+(?:(?i:early|late)\s+)?(?P<part>(?i:morning|afternoon|evening|night))(?!\s+(?i:before|after|shift|session|news|show|sky))"
)
@rule(
    r"(?P<rel>(?i:that|the\s+same|the\s+next|the\s+following|the\s+previous))\s+(?P<part>(?i:morning|afternoon|evening|night))"
)
@rule(
    r"(?P<mid>(?i:early|late|mid))[\s-]+(?P<part>(?i:morning|afternoon|evening))(?![\s-]+(?i:news|show|session|trading|editions?))"
)
@rule(
    r"(?P<part>(?i:overnight))(?!\s+(?i:rates?|loans?|lending|funds?|money|interest|deposits?|repos?|stays?|guests?|success|sensation|star|bags?))"
)
def _part_of_day_alone(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    groups = m.groupdict()
    if m["part"].casefold() == "overnight" and _SUDDENLY_BEFORE.search(m.string, max(0, m.start() - 14), m.start()):
        return None  # "change won't happen overnight": suddenly, not a night
    bare = not (groups.get("rel") or groups.get("mid")) and m["part"].casefold() != "overnight"
    if bare and not (
        _PART_BEFORE.search(m.string, max(0, m.start() - 12), m.start()) or _OF_DAY.match(m.string, m.end())
    ):
        # "the night sky", "the morning papers": only "in the morning", "during the night", "the morning of Aug. 7"
        return None
    if dct is None:
        return None, "TIME"
    part = m["part"].casefold()
    rel = re.sub(r"\s+", " ", (groups.get("rel") or "").casefold()).removeprefix("the ")
    rel = "previous" if part == "overnight" else {"same": "that"}.get(rel, rel or "that")
    code = _part_of_day("night" if part == "overnight" else part)
    return f"{ANAPHOR}{rel}:day:{code}", "TIME"


# "daily" before a noun is an adjective ("daily flights", "average daily volume"), which TimeBank leaves unmarked;
# before a preposition or a conjunction it is the adverb, a set ("met daily in Nairobi", "weekly and monthly")
_NOUN_BEFORE = re.compile(r"(?i)\b(?:a|an|the|its|this|that|[a-z]+est)\s+$")
_ADVERB_NEXT = r"(?:in|at|on|for|with|to|from|and|or|but|by|during|since|until|through|throughout|across|as)\b"


@rule(r"(?P<word>(?i:every|each))\s+(?P<unit>(?i:day|week|month|year|quarter|hour))")
@rule(r"(?P<word>(?i:every|each))\s+" + _WEEKDAY)
@rule(r"(?P<word>(?i:every|each))\s+" + _MONTH)
@rule(r"(?P<adv>(?i:(?:daily|weekly|monthly|hourly)(?![ \t]+(?!" + _ADVERB_NEXT + r")[a-z])|annually|yearly))")
def _set(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    """Recurring times: "every month" (P1M), "each Thursday" (XXXX-WXX-4), "each July" (XXXX-07)."""
    groups = m.groupdict()
    if (
        groups.get("adv")
        and m["adv"].istitle()
        and re.search(r"[A-Z][a-z]+\s+$", m.string[max(0, m.start() - 20) : m.start()])
    ):
        return None  # "Publishers Weekly": a name
    if groups.get("adv") and _NOUN_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
        return None  # "the state's third-largest daily": a newspaper
    if groups.get("adv") and _RATE_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
        return None  # "revenue to increase by 20% annually", "C$17.9 million annually": a rate after an amount
    if groups.get("weekday"):
        return f"XXXX-WXX-{WEEKDAYS[m['weekday'].casefold()] + 1}", "SET"
    if groups.get("month"):
        return f"XXXX-{_month(m):02d}", "SET"
    unit = (groups.get("unit") or "").casefold()
    if not unit:
        unit = {"daily": "day", "weekly": "week", "monthly": "month", "hourly": "hour"}.get(m["adv"].casefold(), "year")
    code = UNIT_CODES[unit]
    return (f"PT1{code}" if unit == "hour" else f"P1{code}"), "SET"


_SHARED_PARTS = re.compile(
    r"\s+(?i:and|or)\s+(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"\s+(?P<parts>(?i:mornings|afternoons|evenings|nights))\b"
)


_FREQ = r"(?P<freq>(?i:once|twice|thrice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+times))"
_PLURAL_DAY = r"(?P<wdays>(?i:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays))"


@rule(_FREQ + r"\s+(?i:a|an|per|each|every)\s+(?P<unit>(?i:day|week|month|year|quarter|hour|minute|decade))")
@rule(_FREQ + r"\s+(?P<adv>(?i:daily|weekly|monthly|hourly|annually|yearly))")  # "twice daily"
@rule(r"(?i:every)\s+(?P<every>\d+|(?i:other|two|three|four|five|six|seven|eight|nine|ten|twelve))\s+" + _UNIT + "s?")
@rule(_PLURAL_DAY)
@rule(_WEEKDAY + r"\s+(?P<parts>(?i:mornings|afternoons|evenings|nights))")
@rule(_WEEKDAY + r"(?=" + _SHARED_PARTS.pattern + ")")  # "Monday and Tuesday nights": Monday nights too
@rule(r"(?P<word>(?i:every|each))\s+(?P<part>(?i:morning|afternoon|evening|night|weekend))")
@rule(r"(?i:every|each)\s+(?P<season>(?i:spring|summer|fall|autumn|winter))")
@rule(r"(?P<nightly>(?i:nightly))")
@rule(r"(?<=[Oo]n\s)(?P<weekends>(?i:weekends))")
def _recurring(m: re.Match[str], dct: dt.date | None) -> tuple[str | None, str] | None:
    """More TimeML sets: "twice a week" (P1W), "every two years" (P2Y), "every other week" (P2W), "on Sundays"
    (XXXX-WXX-7), "Tuesday nights" (XXXX-WXX-2TNI), "every morning" (XXXX-XX-XXTMO), "every summer" (XXXX-SU),
    "nightly", "on weekends" (XXXX-WXX-WE)."""
    groups = m.groupdict()
    if groups.get("wdays"):
        return f"XXXX-WXX-{WEEKDAYS[m['wdays'].casefold().removesuffix('s')] + 1}", "SET"
    if groups.get("parts"):
        part = _part_of_day(m["parts"].casefold().removesuffix("s"))
        return f"XXXX-WXX-{WEEKDAYS[m['weekday'].casefold()] + 1}{part}", "SET"
    if groups.get("part"):
        part = m["part"].casefold()
        return ("XXXX-WXX-WE" if part == "weekend" else f"XXXX-XX-XX{_part_of_day(part)}"), "SET"
    if groups.get("season"):
        return f"XXXX-{SEASONS[m['season'].casefold()]}", "SET"
    if groups.get("nightly"):
        return "XXXX-XX-XXTNI", "SET"
    if groups.get("weekends"):
        return "XXXX-WXX-WE", "SET"
    if groups.get("adv"):
        unit = {"daily": "day", "weekly": "week", "monthly": "month", "hourly": "hour"}.get(m["adv"].casefold(), "year")
        return (f"PT1{UNIT_CODES[unit]}" if unit == "hour" else f"P1{UNIT_CODES[unit]}"), "SET"
    unit = _unit_name(m["unit"])
    n = 1
    if groups.get("every"):
        word = m["every"].casefold()
        n = 2 if word == "other" else int(word) if word.isdigit() else int(WORD_NUMBERS.get(word, 1))
    if unit in {"decade", "century"}:
        unit, n = "year", n * (10 if unit == "decade" else 100)
    code = UNIT_CODES[unit]
    return (f"PT{n}{code}" if unit in {"hour", "minute"} else f"P{n}{code}"), "SET"


def _date_value(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_anchor(published: str | None) -> dt.date | None:
    """The publication date as a date, or None where it is absent or unreadable."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


PRECISIONS = [
    (re.compile(r"^\d{4}-\d\d-\d\d"), "day"),
    (re.compile(r"^\d{4}-W\d\d"), "week"),
    (re.compile(r"^\d{4}-\d\d$"), "month"),
    (re.compile(r"^\d{4}-Q\d$"), "quarter"),
    (re.compile(r"^\d{4}-(SP|SU|FA|WI)$"), "season"),
    (re.compile(r"^\d{4}$"), "year"),
    (re.compile(r"^\d{3}X?$"), "decade"),
    (re.compile(r"^\d\dXX$"), "century"),
]


def precision_of(value: str | None) -> str | None:
    for pattern, name in PRECISIONS if value else ():
        if pattern.match(value or ""):
            return name
    return None


# Speed: a rule runs only in windows around the words it cannot do without (a unit for "three years ago", a
# month name for "in March"), not over the whole text. A window reaches further than any rule's words before
# and after its anchor word.
_REACH_BEFORE, _REACH_AFTER = 100, 60
_UNIT_WORD = r"(?i:days?|weeks?|months?|years?|decades?|centur(?:y|ies)|hours?|minutes?|quarters?)"
ANCHOR = re.compile(
    r"\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|day|week|month|year|decade|centur|hour|minute|quarter|period|half|today|yesterday|tomorrow|tonight"
    r"|now|current|present|recent|lately|past|future|soon|term|noon|ago|daily|weekly|monthly|annually|yearly"
    r"|hourly|spring|summer|fall|autumn|winter|ties\b|nineteen|eighteen|thousand|morning|afternoon|evening"
    r"|night|weekend)"
)
_SET_ANCHOR = re.compile(
    r"(?i:every|each|daily|weekly|monthly|hourly|annually|yearly|once|twice|thrice|times|[nrsi]days\b|nights|mornings"
    r"|afternoons|evenings|nightly|weekends)"
)
ANCHORS: dict[str, re.Pattern[str]] = {
    "_duration": re.compile(_UNIT_WORD),
    "_ago": re.compile(_UNIT_WORD),
    "_unspecified_span": re.compile(_UNIT_WORD),
    "_quarter": re.compile(r"(?i:quarter|period)"),
    "_reported_quarter": re.compile(r"(?i:quarter|period)"),
    "_quarter_of_year": re.compile(r"(?i:quarter|period)"),
    "_year_before": re.compile(r"(?i:year)"),
    "_half": re.compile(r"(?i:half|quarters)"),
    "_weekday": re.compile(r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"),
    "_month_alone": re.compile(_MONTH),
    "_month_day": re.compile(_MONTH),
    "_full_date": re.compile(_MONTH),
    "_month_year": re.compile(_MONTH),
    "_year": re.compile(r"\d\d\d\d"),
    "_decade": re.compile(r"0'?s|(?i:ties)\b"),
    "_century": re.compile(r"(?i:century)"),
    "_year_in_words": re.compile(r"(?i:nineteen|eighteen|thousand)"),
    "_iso": re.compile(r"\d-\d"),
    "_holiday": re.compile(
        r"Christmas|New Year|Independence|Fourth|July|Halloween|Valentine|Veterans|Bastille|Boxing"
        r"|Patrick|Easter|Good Friday|Thanksgiving|Labor Day|Memorial Day|King Day"
    ),
    "_slashed": re.compile(r"\d/\d"),
    "_compact": re.compile(r"(?:19|20)\d{6}"),
    "_month_of_relative_year": re.compile(_MONTH),
    "_deictic_day": re.compile(r"(?i:today|yesterday|tomorrow|tonight|night|morning|afternoon|evening)"),
    "_relative_period": re.compile(r"(?i:day|week|month|year|quarter|decade|century|spring|summer|fall|autumn|winter)"),
    "_the_weekend": re.compile(r"(?i:weekend)"),
    "_season": re.compile(r"(?i:spring|summer|fall|autumn|winter)"),
    "_the_year": re.compile(r"(?i:year)"),
    "_the_year_span": re.compile(r"(?i:year)"),
    "_end_of_period": re.compile(r"(?i:end\b|beginning|start|middle)"),
    "_present": re.compile(r"(?i:now|current|present|these\s+days)"),
    "_past": re.compile(r"(?i:recent|past|lately)"),
    "_future_ref": re.compile(r"(?i:soon|future|term|someday|some\s+day|later\s+date)"),
    "_one_day_ahead": re.compile(r"(?i:one\s+day)"),
    "_clock": re.compile(r"(?i:a\.m\.|p\.m\.|am\b|pm\b|noon|midday|midnight|local\s+time)|" + _ZONE),
    "_set": _SET_ANCHOR,
    "_recurring": _SET_ANCHOR,  # one anchor for both: each anchor costs a scan of the whole text
}
# shared anchors: each distinct anchor costs one scan of the whole text
ANCHORS["_part_of_day_alone"] = ANCHORS["_deictic_day"]
ANCHORS["_the_day"] = ANCHORS["_relative_period"]


def _lowered(anchor: re.Pattern[str]) -> re.Pattern[str] | None:
    """The anchor without its case-insensitive groups, for lower-cased text (three times faster), where it has no
    case-sensitive letter (a month name must stay capitalised)."""
    pattern = anchor.pattern.replace("(?i:", "(?:")
    return None if re.search(r"(?<!\\)[A-Z]", pattern) else re.compile(pattern)


_LOWERED: dict[str, re.Pattern[str] | None] = {}


def _windows(text: str, anchor: re.Pattern[str], lower: str | None = None) -> list[tuple[int, int]]:
    """Stretches of text around the anchor's hits, overlapping ones merged. ``lower`` is ``text`` lower-cased
    (same length), where the anchor can be matched faster."""
    if anchor.pattern not in _LOWERED:
        _LOWERED[anchor.pattern] = _lowered(anchor)
    fast = _LOWERED[anchor.pattern] if lower is not None else None
    out: list[tuple[int, int]] = []
    for hit in fast.finditer(lower) if fast is not None and lower is not None else anchor.finditer(text):
        start, end = max(0, hit.start() - _REACH_BEFORE), min(len(text), hit.end() + _REACH_AFTER)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def find_times(text: str, published: str | None, gazetteer_files: tuple[str, ...] = ()) -> list[TimeExpression]:
    """Every time expression in ``text``, longest first where two overlap, with its TimeML value.
    ``gazetteer_files``: the user's gazetteer files, whose organisation names mask their time words."""
    return _find_times(text, published, masked=gazetteer_files)


def _find_times(text: str, published: str | None, masked: tuple[str, ...] | None) -> list[TimeExpression]:
    dct = parse_anchor(published)
    candidates: list[tuple[int, int, str | None, str]] = []
    windows: dict[str, list[tuple[int, int]]] = {}
    lower: str | None = text.lower()
    if len(lower) != len(text):  # a few characters change length when lower-cased: match the text itself
        lower = None
    for pattern, func in RULES:
        anchor = ANCHORS.get(func.__name__, ANCHOR)
        if anchor.pattern not in windows:
            windows[anchor.pattern] = _windows(text, anchor, lower)
        for ws, we in windows[anchor.pattern]:
            for m in pattern.finditer(text, ws, we):
                if m.end() == we < len(text):
                    continue  # cut short by the window's end: not the whole expression
                result = func(m, dct)
                if result is None:
                    continue
                value, kind = result
                candidates.append((m.start(), m.end(), value, kind))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    # inside an organisation's name ("USA TODAY") a time word names no day
    taken: list[tuple[int, int]] = [] if masked is None else _names_with_time_words(text, masked)
    out: list[TimeExpression] = []
    for start, end, value, kind in candidates:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        out.append(
            TimeExpression(
                start=start,
                end=end,
                text=text[start:end],
                value=value,
                precision=precision_of(value),
                type=kind,
                resolved=value is not None,
            )
        )
    found = _resolve_reported_quarters(_merge_adjacent(sorted(out, key=lambda t: t.start), text), text, dct)
    return _resolve_anaphors(_resolve_clocks(found, text, dct), dct)


@lru_cache(maxsize=8)
def _time_word_names(gazetteer_files: tuple[str, ...]) -> re.Pattern[str] | None:
    """The gazetteer's organisation and news outlet names that hold a time expression of their own ("USA Today",
    "Russia Today"), as one pattern: inside such a name the time word names the organisation, not a day. The
    names are found by running the rules on each name, so an entry a user adds to the gazetteer works alike."""
    from storyline.actors import gazetteer

    found: set[str] = set()
    for actor in gazetteer(gazetteer_files).actors.values():
        if actor.kind == "state":
            continue
        for name in {actor.name, *actor.aliases}:
            if len(name.split()) > 1 and _find_times(name, None, masked=None):
                found.add(name)
    if not found:
        return None
    return re.compile("|".join(rf"\b{re.escape(n)}\b" for n in sorted(found, key=len, reverse=True)))


def _names_with_time_words(text: str, gazetteer_files: tuple[str, ...]) -> list[tuple[int, int]]:
    pattern = _time_word_names(gazetteer_files)
    return [] if pattern is None else [(m.start(), m.end()) for m in pattern.finditer(text)]


_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


# What may stand between a clock time and the day it belongs to: a time zone or a second clock time in
# parentheses, "local time", "on" ("at 10:30 a.m. (0730 GMT) Friday", "at 4 p.m. local time on Sunday")
_CLOCK_GAP = re.compile(r"[\s,()]*(?:(?:local\s+time|on)[\s,()]*)*")


def _day_after(found: list[TimeExpression], i: int, text: str) -> str | None:
    """The day named right after clock time ``found[i]``, past any parenthesised clock time or zone, else None."""
    end = found[i].end
    for after in found[i + 1 :]:
        if not _CLOCK_GAP.fullmatch(text, end, after.start):
            return None
        if after.value and _DAY_VALUE.match(after.value):
            return after.value[:10]
        if not (after.value or "").startswith(CLOCK):
            return None
        end = after.end
    return None


CLOCK_LOOKBACK = 2  # sentence breaks: "... won Tuesday's primary.\n\nClinton conceded when polls closed at 8 p.m."


def _resolve_clocks(found: list[TimeExpression], text: str, dct: dt.date | None) -> list[TimeExpression]:
    """A clock time not joined to a day ("at 10 a.m.") is on the day named right after it past a parenthesis
    ("10:30 a.m. (0730 GMT) Friday", the wire services' style), else on the last day its sentence or the sentence
    before named ("won Tuesday's primary. Clinton conceded when polls closed at 8 p.m."), else on the day of
    publication."""
    for i, t in enumerate(found):
        if not (t.value or "").startswith(CLOCK) or dct is None:
            continue
        day = _day_after(found, i, text)
        for before in reversed(found[:i]) if day is None else ():
            if len(_BOUNDARY.findall(text, before.end, t.start)) > CLOCK_LOOKBACK:
                break
            if before.value and _DAY_VALUE.match(before.value):
                day = before.value[:10]
                break
        day = day or dct.isoformat()
        value = day + t.value[len(CLOCK) :]
        found[i] = dataclasses.replace(t, value=value, precision=precision_of(value))
    return found


def _resolve_anaphors(found: list[TimeExpression], dct: dt.date | None = None) -> list[TimeExpression]:
    """ "that year", "the same day", "the following month": from the last date the text named before them
    (unresolved where it named none precise enough). A part of a day ("that night", "in the morning") falls back
    on the day of publication."""
    named: list[str] = []
    for i, t in enumerate(found):
        if t.value and t.value.startswith(ANAPHOR):
            rel, unit, *part = t.value[len(ANAPHOR) :].split(":")
            step = {"following": 1, "next": 1, "previous": -1}.get(rel, 0)
            value = next((v for v in map(lambda n: _shift(n, unit, step), reversed(named)) if v), None)
            if part:  # a part of that day ("that night") or a month of that year ("that March")
                base = value or (_shift(dct.isoformat(), unit, step) if dct is not None else None)
                value = base + part[0] if base else None
            found[i] = t = dataclasses.replace(
                t, value=value, precision=precision_of(value), resolved=value is not None
            )
        if t.value and t.type in {"DATE", "TIME"} and re.match(r"\d{4}", t.value):
            named.append(t.value)
    return found


def _shift(value: str, unit: str, step: int) -> str | None:
    """``value`` (a TimeML date) seen at ``unit``'s grain and moved by ``step`` units; None if too coarse."""
    try:
        if unit in {"day", "week"}:
            if not _DAY_VALUE.match(value):
                return None  # a week ("2016-W08") is no day, though Python 3.11 reads it as its Monday
            day = dt.date.fromisoformat(value[:10]) + relativedelta(days=step * (7 if unit == "week" else 1))
            if unit == "day":
                return day.isoformat()
            year, week, _ = day.isocalendar()
            return f"{year}-W{week:02d}"
        if unit == "month":
            month = dt.date(int(value[:4]), int(value[5:7]), 1) + relativedelta(months=step)
            return f"{month.year:04d}-{month.month:02d}"
        if unit == "year":
            return f"{int(value[:4]) + step:04d}"
    except ValueError:
        return None
    return None


_APPROX_BEFORE = re.compile(r"(?i)\b(?:around|sometime|approximately)\s+$")
_OR_SO_AFTER = re.compile(r"\s+or\s+so\b")
_JOIN = re.compile(r"(?:\s+(?:EST|EDT|CST|CDT|PST|PDT|GMT|local\s+time))?,?\s+(?:(?:on|of)\s+)?")


def _merge_adjacent(found: list[TimeExpression], text: str) -> list[TimeExpression]:
    """One expression where two name the same moment: "10 p.m. Wednesday" (a clock time on a day), "Saturday,
    April 25" (a weekday and its date: the date decides)."""
    out: list[TimeExpression] = []
    for t in found:
        before = _APPROX_BEFORE.search(text, max(0, t.start - 16), t.start)
        after = _OR_SO_AFTER.match(text, t.end)
        if (before or after) and t.value is not None:
            start, end = before.start() if before else t.start, after.end() if after else t.end
            t = dataclasses.replace(t, start=start, end=end, text=text[start:end])
        prev = out[-1] if out else None
        if prev is not None and _JOIN.fullmatch(text, prev.end, t.start) and prev.value and t.value:
            merged: str | None = None
            if prev.type == "TIME" and "T" in prev.value and t.precision == "day":
                merged = t.value[:10] + prev.value[prev.value.index("T") :]
            elif prev.precision == "day" and prev.type == "DATE" and t.precision == "day" and t.type == "DATE":
                merged = t.value
            if merged is not None:
                out[-1] = dataclasses.replace(
                    prev, end=t.end, text=text[prev.start : t.end], value=merged, precision=precision_of(merged),
                    type="TIME" if "T" in merged else "DATE",
                )  # fmt: skip
                continue
        out.append(t)
    return out


def _resolve_reported_quarters(found: list[TimeExpression], text: str, dct: dt.date | None) -> list[TimeExpression]:
    """Give "the quarter" and "a year ago" their values from the discourse: the last quarter named before them
    (else, where the text speaks of quarters, the last one completed before publication)."""
    if dct is None:
        return [
            dataclasses.replace(t, value=None, precision=None, resolved=False)
            if t.value in (REPORTED_QUARTER, YEAR_BEFORE) or (t.value or "").startswith(REPORTED_QUARTER)
            else t
            for t in found
        ]
    last_done = dct - relativedelta(months=3)
    reported = f"{last_done.year}-Q{(last_done.month - 1) // 3 + 1}"
    current = f"{dct.year}-Q{(dct.month - 1) // 3 + 1}"
    quarter_words = [m.start() for m in re.finditer(r"(?i)\bquarter", text)]
    named: tuple[int, str] | None = None
    for i, t in enumerate(found):
        value = t.value
        near = named[1] if named and t.start - named[0] <= QUARTER_REACH else None
        if value == REPORTED_QUARTER:
            value = near or reported
        elif value and value.startswith(REPORTED_QUARTER + "~"):
            value = near or value.rsplit("~", 1)[1]  # "the quarter ended July 31" where no quarter was named
        elif value and value.startswith(REPORTED_QUARTER + "@"):
            value = value.rsplit("@", 1)[1] + (near or reported)[4:]
        elif value == YEAR_BEFORE:
            if near or any(0 < t.start - q <= QUARTER_REACH for q in quarter_words):
                ref = near or reported
                value = f"{int(ref[:4]) - 1}{ref[4:]}"
            else:
                value = str(dct.year - 1)
        if (
            re.fullmatch(r"\d{4}-Q\d", value or "")
            # a quarter still to come is not the one reported on, nor one still running unless its clause is past
            # ("reported a decline in fourth-quarter earnings" published in November: a fiscal quarter just ended;
            # "will result in a fourth-quarter charge": the running quarter, not the one under report)
            and (value < current or (value == current and _tense(text, t.start, t.end) == "past"))
            # named in so many words ("the third quarter", "the quarter ended Sept. 30"), not taken from the discourse
            and (t.value == value or (t.value or "").startswith(REPORTED_QUARTER + "~"))
            and "year" not in t.text.casefold()
        ):
            named = (t.start, value)
        if value != t.value:
            found[i] = dataclasses.replace(t, value=value, precision=precision_of(value))
    return found


@stage("times", assigns=("times",))
def times(doc: Doc, analysis: Analysis, settings: Settings) -> dict[str, Any]:
    files = tuple(filter(None, [settings.gazetteer]))
    return {"times": find_times(analysis.article.text, analysis.article.published, files)}
