"""Stage "times": date and time expressions, resolved against the article's publication date.

Why a hand-written grammar: spaCy's DATE/TIME entities miss many expressions and give no value;
``dateparser`` normalises a string but neither finds expressions in running text reliably nor knows
TimeML values (weeks, quarters, seasons, decades, durations, ``PAST_REF``). Rule grammars are the strong
approach here (HeidelTime is one); this one is compact: a few regular expressions, each with a small
function that computes a TimeML value with ``dateutil`` arithmetic.

Values follow TimeML: ``2019-12-08`` (day), ``2019-W49`` (week), ``2019-12`` (month), ``2019-Q3``,
``2019-SU`` (season), ``2019`` (year), ``199X`` (decade), ``19XX`` (century), ``P3Y`` (a duration),
``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``. An expression that needs an anchor ("last Friday", "next
month", "in January") and has no publication date is kept with ``value=None, resolved=False``: never
guessed.

:func:`find_times` is the text-only core, also used by ``storyline eval time``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

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
    "a": 1, "an": 1, "hundred": 100, "half a": 0.5,
}  # fmt: skip
VAGUE = {"several", "few", "a few", "many", "some", "recent", "coming", "past"}
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
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
    r"(?P<num>\d+(?:\.\d+)?|(?i:(?:twenty|thirty|forty|fifty|sixty)(?:[\s-](?:one|two|three|four|five|six|seven"
    r"|eight|nine))?|half\s+a|a\s+few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|several|few|many|some))"
)
_UNIT = r"(?P<unit>(?i:day|week|month|year|decade|century|centurie|hour|minute|quarter))"
_REL = r"(?P<rel>(?i:this|last|next|past|previous|coming|current|following|same|latest|that))"
_THE = r"(?:(?i:the)\s+)?"
_EDGE = r"(?:(?i:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)[\s-]+)?"

Rule = tuple[re.Pattern[str], Callable[[re.Match[str], dt.date | None, str], tuple[str | None, str] | None]]
RULES: list[Rule] = []


def rule(pattern: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register a pattern and the function that turns its match into (value, type)."""

    def register(func: Callable[..., Any]) -> Callable[..., Any]:
        RULES.append((re.compile(r"(?<![\w-])" + pattern + r"(?![\w])"), func))
        return func

    return register


def _month(m: re.Match[str]) -> int:
    return MONTHS[m.group("month").rstrip(".").casefold()]


def _number(text: str) -> float | None:
    text = re.sub(r"[\s-]+", " ", text.casefold())
    if " " in text and text.split()[0] in NUMBERS and text.split()[-1] in NUMBERS and text not in NUMBERS:
        return NUMBERS[text.split()[0]] + NUMBERS[text.split()[-1]]  # "twenty four"
    if text in VAGUE or text in {"a few"}:
        return None
    return float(text) if text[0].isdigit() else NUMBERS.get(text)


def _future(context: str) -> bool:
    """Whether the sentence speaks of what is to come (for a bare weekday or month)."""
    return bool(re.search(r"\b(will|'ll|shall|going to|plans? to|scheduled|due|expects?|expected)\b", context))


@rule(r"(?P<year>\d{4})-(?P<mon>\d\d)-(?P<day>\d\d)")
def _iso(m: re.Match[str], dct: dt.date | None, ctx: str) -> tuple[str | None, str] | None:
    return _date_value(int(m["year"]), int(m["mon"]), int(m["day"])), "DATE"


@rule(r"(?P<mon>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>\d\d(?:\d\d)?)")
def _slashed(m: re.Match[str], dct: dt.date | None, ctx: str) -> tuple[str | None, str] | None:
    year = int(m["year"])
    year = year + (1900 if year >= 30 else 2000) if year < 100 else year
    return _date_value(year, int(m["mon"]), int(m["day"])), "DATE"


@rule(r"(?P<year>(?:19|20)\d\d)(?P<mon>[01]\d)(?P<day>[0-3]\d)")
def _compact(m: re.Match[str], dct: dt.date | None, ctx: str) -> tuple[str | None, str] | None:
    return _date_value(int(m["year"]), int(m["mon"]), int(m["day"])), "DATE"


@rule(_MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR)
@rule(_DAY + r"\s+(?:(?i:of)\s+)?" + _MONTH + r",?\s+" + _YEAR)
def _full_date(m: re.Match[str], dct: dt.date | None, ctx: str) -> tuple[str | None, str] | None:
    return _date_value(int(m["year"]), _month(m), int(m["day"])), "DATE"


@rule(_MONTH + r"\s+" + _DAY)
@rule(_DAY + r"\s+(?:(?i:of)\s+)?" + _MONTH)
def _month_day(m: re.Match[str], dct: dt.date | None, ctx: str) -> tuple[str | None, str] | None:
    if dct is None:
        return None, "DATE"
    month = _month(m)
    return _date_value(_year_of_month(dct, month, "", ctx, day=int(m["day"])), month, int(m["day"])), "DATE"


def _year_of_month(dct: dt.date, month: int, rel: str, ctx: str, day: int = 1) -> int:
    """The year of a month named without one: the nearest such month, ahead when the sentence looks ahead."""
    if rel == "this":
        return dct.year
    if rel == "last":
        return dct.year if month < dct.month else dct.year - 1
    if rel == "next" or _future(ctx):
        return dct.year if (month, day) >= (dct.month, dct.day) else dct.year + 1
    return dct.year if month <= dct.month + 1 else dct.year - 1


@rule(_EDGE + _MONTH + r",?\s+(?:(?i:of)\s+)?" + _YEAR)
def _month_year(m: re.Match[str], dct: dt.date | None, ctx: str) -> tuple[str | None, str] | None:
    return f"{int(m['year']):04d}-{_month(m):02d}", "DATE"


@rule(r"(?:(?P<rel>(?i:this|last|next|early|late|mid|in\s+early|in\s+late))[\s-]+)?" + _MONTH)
def _month_alone(m: re.Match[str], dct: dt.date | None, ctx: str) -> tuple[str | None, str] | None:
    if dct is None:
        return None, "DATE"
    month = _month(m)
    rel = (m["rel"] or "").casefold()
    return f"{_year_of_month(dct, month, rel, ctx):04d}-{month:02d}", "DATE"


@rule(r"(?:(?i:fiscal|calendar|the\s+year)\s+)?" + _EDGE + _YEAR + r"(?!\s*(?:%|percent|people|\d))")
def _year(m: re.Match[str], dct: dt.date | None, ctx: str) -> tuple[str | None, str] | None:
    return m["year"], "DATE"


@rule(_THE + r"(?P<n>[12]?\d)(?:st|nd|rd|th)[\s-]+(?i:century)")
def _century(m: re.Match[str], dct: dt.date | None, ctx: str) -> tuple[str | None, str] | None:
    return f"{int(m['n']) - 1:02d}", "DATE"  # TimeML: the 20th century is "19"


@rule(_MONTH + r"\s+(?P<rel>(?i:last|this|next))\s+year")
def _month_of_relative_year(m: re.Match[str], dct: dt.date | None, ctx: str) -> tuple[str | None, str] | None:
    if dct is None:
        return None, "DATE"
    year = dct.year + {"last": -1, "next": 1}.get(m["rel"].casefold(), 0)
    return f"{year:04d}-{_month(m):02d}", "DATE"


@rule(_THE + _EDGE + r"(?P<dec>1[5-9]\d|20\d)0'?s")
@rule(_THE + _EDGE + r"'(?P<short>\d)0s")
def _decade(m: re.Match[str], dct: dt.date | None, ctx: str) -> tuple[str | None, str] | None:
    if m.groupdict().get("short"):
        return f"19{m['short']}X", "DATE"
    return f"{m['dec']}X", "DATE"


@rule(
    r"(?:(?P<rel>(?i:last|next|this|coming|past))\s+)?"
    + _WEEKDAY
    + r"(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?"
)
def _weekday(m: re.Match[str], dct: dt.date | None, ctx: str) -> tuple[str | None, str] | None:
    if dct is None:
        return None, "DATE"
    target = WEEKDAYS[m["weekday"].casefold()]
    rel = (m["rel"] or "").casefold()
    if not rel and re.search(r"(?i)\bearlier\s+(?:on\s+)?$", m.string[max(0, m.start() - 12) : m.start()]):
        rel = "earlier"  # "earlier Thursday": that day or the one before, whatever else the sentence foresees
    ahead = (target - dct.weekday()) % 7
    behind = (dct.weekday() - target) % 7
    if rel == "earlier":
        day = dct - dt.timedelta(days=behind)
    elif rel == "next" or rel == "coming" or (not rel and _future(ctx)) or (rel == "this" and _future(ctx)):
        day = dct + dt.timedelta(days=ahead or (7 if rel == "next" else 0))
    elif rel in {"last", "past"}:
        day = dct - dt.timedelta(days=behind or 7)
    else:
        day = dct - dt.timedelta(days=behind)
    return day.isoformat() + _part_of_day(m["part"]), "DATE" if not m["part"] else "TIME"


def _programme_title(m: re.Match[str]) -> bool:
    """A capitalised "Today" right after a word ("NBC's Today", "on Today"), or one followed by "show", names the
    television programme; after a dateline dash or a quotation mark it is the day."""
    if m["word"] != "Today":
        return False
    before = m.string[max(0, m.start() - 3) : m.start()].strip()
    after = m.string[m.end() : m.end() + 6].casefold()
    return after.lstrip(" '\u2019\"\u201d").startswith("show") or bool(
        before and (before[-1].isalnum() or before[-1] in "'\u2019")
    )


def _part_of_day(part: str | None) -> str:
    return {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}.get((part or "").casefold(), "")


@rule(r"(?P<word>(?i:today|yesterday|tomorrow|tonight))(?:'s)?")
@rule(
    r"(?P<word>(?i:this\s+(?:morning|afternoon|evening)|last\s+night|tomorrow\s+(?:morning|night)|yesterday\s+(?:morning|afternoon|evening)))"
)
def _deictic_day(m: re.Match[str], dct: dt.date | None, ctx: str) -> tuple[str | None, str] | None:
    word = re.sub(r"\s+", " ", m["word"].casefold())
    if _programme_title(m):
        return None  # NBC's "Today" show: a title, not a date
    if dct is None:
        return None, "DATE"
    shift = -1 if word.startswith(("yesterday", "last night")) else 1 if word.startswith("tomorrow") else 0
    day = (dct + dt.timedelta(days=shift)).isoformat()
    part = word.split()[-1] if " " in word else ("night" if word == "tonight" else None)
    return (day + _part_of_day(part), "TIME") if part else (day, "DATE")


@rule(
    r"(?P<mod>(?i:earlier|later|early|late|mid)[\s-]+)?"
    + _THE
    + _REL
    + r"\s+(?P<unit>(?i:week(?:end)?|month|year|quarter|decade|century"
    r"|spring|summer|fall|autumn|winter))"
)
def _relative_period(m: re.Match[str], dct: dt.date | None, ctx: str) -> tuple[str | None, str] | None:
    rel = m["rel"].casefold()
    unit = m["unit"].casefold()
    if rel in {"past", "coming", "following", "same", "latest", "that", "previous"} and not m["mod"]:
        if rel in {"past", "coming"} and unit in UNIT_CODES:  # "the past year": a duration
            return f"P1{UNIT_CODES[unit]}", "DURATION"
        if rel in {"same", "that", "following"}:
            return None, "DATE"  # anchored to another time in the text, not to publication
    if dct is None:
        return None, "DATE"
    step = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
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
    if unit == "decade":
        return f"{(dct.year // 10 + step):03d}X"
    if unit == "century":
        return f"{(dct.year // 100 + step):02d}XX"
    if unit in SEASONS:
        return f"{dct.year + step:04d}-{SEASONS[unit]}"
    return f"{dct.year + step:04d}"


@rule(
    r"(?:(?i:almost|nearly|about|more\s+than|over|some|just)\s+)?"
    + _NUM
    + r"[\s-]+"
    + _UNIT
    + r"s?\s+(?P<dir>(?i:ago|earlier|before|later|from\s+now|hence))"
)
def _ago(m: re.Match[str], dct: dt.date | None, ctx: str) -> tuple[str | None, str] | None:
    n = _number(m["num"])
    unit = m["unit"].casefold().removesuffix("ie")
    if n is None and m["dir"].casefold() == "ago":
        return "PAST_REF", "DATE"  # "several years ago"
    if dct is None or n is None or unit in {"hour", "minute"}:
        return None, "DATE"
    sign = -1 if m["dir"].casefold() in {"ago", "earlier", "before"} else 1
    k = int(n) * sign
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
    return f"{dct.year + k:04d}", "DATE"


@rule(
    r"(?:(?i:the)\s+)?(?:(?i:past|last|next|first|coming|previous|final|latest|recent)\s+)?(?:(?i:more\s+than|nearly|almost|about|over)\s+)?"
    + _NUM
    + r"\s+"
    + _UNIT
    + r"s?(?:\s+(?i:long))?(?!\s+old)"
)
@rule(_NUM + r"-" + _UNIT + r"(?!-old)")  # "a two-year term": the adjective, without its article
@rule(r"(?:(?i:the)\s+)?(?P<vague>(?i:recent|coming|past))\s+" + _UNIT + r"s")
def _duration(m: re.Match[str], dct: dt.date | None, ctx: str) -> tuple[str | None, str] | None:
    unit = m["unit"].casefold().removesuffix("ie")
    num = m.groupdict().get("num")
    n = _number(num) if num else None
    code = UNIT_CODES[unit]
    if unit == "quarter":
        return (f"P{int(n) * 3}M" if n else "PXM"), "DURATION"
    if unit in {"decade", "century"}:
        return (f"P{int(n) * (10 if unit == 'decade' else 100)}Y" if n else "PXY"), "DURATION"
    amount = "X" if n is None else (str(int(n)) if float(n).is_integer() else str(n))
    return (f"PT{amount}{code}" if unit in {"hour", "minute"} else f"P{amount}{code}"), "DURATION"


@rule(_THE + r"(?:(?i:fiscal)\s+)?(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))[\s-]+(?i:quarter|period)")
def _quarter(m: re.Match[str], dct: dt.date | None, ctx: str) -> tuple[str | None, str] | None:
    if dct is None:
        return None, "DATE"
    q = ORDINALS[m["ord"].casefold()]
    year = dct.year if q <= (dct.month - 1) // 3 + 1 or _future(ctx) else dct.year - 1
    return f"{year}-Q{q}", "DATE"


@rule(r"(?P<word>(?i:now|currently|current|nowadays|at\s+present|presently|these\s+days))")
def _present(m: re.Match[str], dct: dt.date | None, ctx: str) -> tuple[str | None, str] | None:
    return "PRESENT_REF", "DATE"


@rule(r"(?P<word>(?i:recently|recent|the\s+past|lately))")
def _past(m: re.Match[str], dct: dt.date | None, ctx: str) -> tuple[str | None, str] | None:
    return "PAST_REF", "DATE"


@rule(r"(?P<word>(?i:soon|the\s+future))")
def _future_ref(m: re.Match[str], dct: dt.date | None, ctx: str) -> tuple[str | None, str] | None:
    return "FUTURE_REF", "DATE"


@rule(r"(?P<h>[01]?\d)(?::(?P<min>[0-5]\d))?\s*(?P<ampm>(?i:a\.m\.|p\.m\.|am|pm))")
def _clock(m: re.Match[str], dct: dt.date | None, ctx: str) -> tuple[str | None, str] | None:
    if dct is None:
        return None, "TIME"
    hour = int(m["h"]) % 12 + (12 if m["ampm"].casefold().startswith("p") else 0)
    return f"{dct.isoformat()}T{hour:02d}:{int(m['min'] or 0):02d}", "TIME"


@rule(r"(?P<word>(?i:every|each))\s+(?P<unit>(?i:day|week|month|year))")
@rule(r"(?P<adv>(?i:daily|weekly|monthly|annually|yearly))")
def _set(m: re.Match[str], dct: dt.date | None, ctx: str) -> tuple[str | None, str] | None:
    unit = (m.groupdict().get("unit") or "").casefold()
    if not unit:
        unit = {"daily": "day", "weekly": "week", "monthly": "month"}.get(m["adv"].casefold(), "year")
    return f"P1{UNIT_CODES[unit]}", "SET"


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
    (re.compile(r"^\d{3}X$"), "decade"),
    (re.compile(r"^\d\dXX$"), "century"),
]


def precision_of(value: str | None) -> str | None:
    for pattern, name in PRECISIONS if value else ():
        if pattern.match(value or ""):
            return name
    return None


def find_times(text: str, published: str | None) -> list[TimeExpression]:
    """Every time expression in ``text``, longest first where two overlap, with its TimeML value."""
    dct = parse_anchor(published)
    candidates: list[tuple[int, int, str | None, str]] = []
    for pattern, func in RULES:
        for m in pattern.finditer(text):
            ctx = _sentence_around(text, m.start())
            result = func(m, dct, ctx)
            if result is None:
                continue
            value, kind = result
            candidates.append((m.start(), m.end(), value, kind))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken: list[tuple[int, int]] = []
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
    return sorted(out, key=lambda t: t.start)


def _sentence_around(text: str, pos: int) -> str:
    left = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos))
    right = text.find(". ", pos)
    return text[left + 1 : right if right != -1 else len(text)].casefold()


@stage("times", assigns=("times",))
def times(doc: Doc, analysis: Analysis, settings: Settings) -> dict[str, Any]:
    return {"times": find_times(analysis.article.text, analysis.article.published)}
