"""Leading datelines ("BRUSSELS, March 3 (Reuters) -") and headline-like first lines.

A dateline is read into a place, a wire agency and a date; the text itself is left as it is (offsets into
it are evidence). The date is resolved to a full ISO date only when the dateline gives the year or the
article's publication date does; it never replaces the publication date (see ``metadata``: dates are not
guessed from the text). Hand-written because the dateline is a wire-service convention no parser reads:
dateparser reads the date once the dateline is cut out, which this module does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# Upper-case place ("TEL AVIV", "ST. LOUIS", "WASHINGTON, D.C.") with an optional title-case region
# ("SPRINGFIELD, Ill.", "GAZA CITY, Gaza Strip").
_UPPER_PLACE = (
    r"[A-Z][A-Z.'\u2019]*(?:[ -][A-Z][A-Z.'\u2019]*){0,3}(?:,\s+(?:[A-Z]\.){1,3}|,\s+[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+)?)?"
)
_TITLE_PLACE = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}"
_DATE = rf"{_MONTHS}\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
_AGENCY = r"[A-Z][A-Za-z&.]*(?:[ -][A-Z][A-Za-z&.]*){0,3}"
_DASH = r"\s*(?:\u2014|\u2013|--|-|\u2015)\s+"

DATELINE = re.compile(
    rf"(?P<place>{_UPPER_PLACE})(?:,\s+(?P<date>{_DATE}))?(?:\s*\((?P<agency>{_AGENCY})\))?{_DASH}(?=\S)"
)
# A title-case place is a dateline only with an agency ("Washington (AP) --"), or "Washington - the" would be.
DATELINE_WITH_AGENCY = re.compile(
    rf"(?P<place>{_TITLE_PLACE})(?:,\s+(?P<date>{_DATE}))?\s*\((?P<agency>{_AGENCY})\){_DASH}(?=\S)"
)
# How many of the first non-empty lines may hold the dateline (after a title and a standfirst).
SEARCH_LINES = 4

_SMALL_WORDS = {
    "a", "an", "the", "of", "in", "on", "to", "for", "and", "or", "but", "at", "by", "with", "from", "as",
    "vs", "vs.", "v.", "via", "into", "over", "nor", "per", "off", "up", "out", "is", "be", "amid", "after",
}  # fmt: skip
MAX_TITLE_WORDS = 20
MIN_TITLE_WORDS = 3


@dataclass(frozen=True, slots=True)
class Dateline:
    text: str
    place: str
    start: int  # offsets of the dateline in the article text
    end: int
    agency: str | None = None
    date_text: str | None = None
    date: str | None = None  # ISO date, when the year is known

    def to_dict(self) -> dict[str, Any]:
        out = {"text": self.text, "place": self.place, "start": self.start, "end": self.end}
        if self.agency:
            out["agency"] = self.agency
        if self.date_text:
            out["date_text"] = self.date_text
            out["date"] = self.date
        return out


def find_dateline(text: str, published: str | None = None) -> Dateline | None:
    """The dateline that opens one of the first lines of ``text``, or None."""
    offset = 0
    seen = 0
    for line in text.split("\n"):
        if line.strip():
            seen += 1
            lead = len(line) - len(line.lstrip())
            body = line[lead:]
            match = DATELINE.match(body) or DATELINE_WITH_AGENCY.match(body)
            if match and _plausible_place(match.group("place")):
                start = offset + lead
                end = start + len(match.group(0).rstrip())
                date_text = match.group("date")
                return Dateline(
                    text=match.group(0).strip(),
                    place=_place_name(match.group("place")),
                    start=start,
                    end=end,
                    agency=match.group("agency"),
                    date_text=date_text,
                    date=_resolve_date(date_text, published) if date_text else None,
                )
            if seen >= SEARCH_LINES:
                break
        offset += len(line) + 1
    return None


def _plausible_place(place: str) -> bool:
    # "I -" or "A -" are not places; a place has two letters at least.
    return sum(ch.isalpha() for ch in place) >= 2


def _place_name(place: str) -> str:
    """'TEL AVIV' -> 'Tel Aviv'; abbreviations ('D.C.', 'U.S.') and title-case regions are kept."""

    def word(w: str) -> str:
        return w if "." in w or not w.isupper() else w.capitalize()

    return re.sub(r"[A-Za-z.'\u2019]+", lambda m: word(m.group(0)), place.strip())


def _resolve_date(date_text: str, published: str | None) -> str | None:
    import dateparser

    has_year = re.search(r"\d{4}", date_text) is not None
    base = _parse_iso(published)
    if not has_year and base is None:
        return None
    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past"}
    if base is not None:
        settings["RELATIVE_BASE"] = _as_datetime(base)
    parsed = dateparser.parse(date_text.replace("Sept", "Sep"), languages=["en"], settings=settings)
    return parsed.date().isoformat() if parsed else None


def _parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _as_datetime(day: date):  # type: ignore[no-untyped-def]
    from datetime import datetime

    # A wire dateline is never later than the day the article was published; the end of that day as base.
    return datetime(day.year, day.month, day.day, 23, 59)


def headline(text: str) -> str | None:
    """The first line when it reads as a headline (short, title case, no final period), else None."""
    lines = [line.strip() for line in text.split("\n")]
    non_empty = [line for line in lines if line]
    if len(non_empty) < 2:  # a one-line text is the story, not a headline over it
        return None
    first = non_empty[0].lstrip("#").strip()
    if not first or first[-1] in ".,;:" or DATELINE.match(first):
        return None
    words = first.split()
    if not MIN_TITLE_WORDS <= len(words) <= MAX_TITLE_WORDS:
        return None
    lettered = [w for w in words if any(ch.isalpha() for ch in w)]
    content = [w for w in lettered if w.casefold().strip("\"'\u2018\u2019\u201c\u201d()") not in _SMALL_WORDS]
    if len(content) < 2:
        return None
    capitalised = sum(1 for w in content if _first_letter(w).isupper())
    return first if capitalised / len(content) >= 0.8 else None


def _first_letter(word: str) -> str:
    return next((ch for ch in word if ch.isalpha()), "")
