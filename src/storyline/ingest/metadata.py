"""Normalising metadata: ISO dates, article ids, outlet names.

Explicit metadata (given by the caller or the record) always wins over what is read from the page; a
date that is not given is left missing, never guessed from the text.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from storyline.ingest.clean import prepare_arrival
from storyline.model import Article, article_id

_HAS_TIME = re.compile(r"\d{1,2}:\d{2}")


def parse_published(value: Any) -> str | None:
    """An ISO 8601 string: ``YYYY-MM-DD`` when only a date is given, a date-time when a time is."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (int, float)):  # epoch seconds
        return datetime.utcfromtimestamp(value).isoformat() + "Z"
    text = str(value).strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        has_time = "T" in text or _HAS_TIME.search(text) is not None
        return parsed.isoformat() if has_time else parsed.date().isoformat()
    except ValueError:
        pass
    import dateparser

    parsed = dateparser.parse(text, settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]})
    if parsed is None:
        return None
    return parsed.isoformat() if _HAS_TIME.search(text) else parsed.date().isoformat()


def build_article(
    *,
    text: str,
    source: str,
    title: Any = None,
    outlet: str | None = None,
    published: Any = None,
    url: Any = None,
    meta: dict[str, Any] | None = None,
) -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    meta = dict(meta or {})
    raw_date = published
    published_iso = parse_published(published)
    if raw_date not in (None, "") and published_iso is None:
        meta["unparsed_date"] = str(raw_date)
    # Furniture, dateline, title, outlet and language are read before the id, so furniture never counts.
    arrival = prepare_arrival(
        text,
        title=str(title).strip() if title else None,
        outlet=(outlet or None) and str(outlet).strip(),
        url=str(url).strip() if url else None,
        published=published_iso,
        meta=meta,
    )
    return Article(
        id=article_id(arrival.text),
        text=arrival.text,
        source=source,
        outlet=arrival.outlet,
        title=arrival.title,
        published=published_iso,
        url=str(url).strip() if url else None,
        language=arrival.language,
        meta=arrival.meta,
    )
