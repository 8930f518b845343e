"""One reader per input format: plain text, HTML (through trafilatura) and JSON/JSONL records.

Each reader takes decoded text and its source name and yields Articles or Rejections.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from storyline.errors import Code, Rejection
from storyline.ingest.metadata import build_article

Item = Any  # Article | Rejection (kept loose to avoid an import cycle in type checkers)

# Magic numbers of binary formats people drop into news folders by accident.
_MAGIC = (b"\x89PNG", b"%PDF", b"PK\x03\x04", b"GIF8", b"\xff\xd8\xff", b"\x7fELF", b"\x1f\x8b", b"RIFF")


PREFERRED_LEGACY = ("cp1252", "latin_1", "iso8859_15")


def read_bytes_as_text(data: bytes, source: str) -> str | Rejection:
    """Decode bytes: UTF-8 first, then the encoding charset-normalizer detects; binaries are rejected."""
    if data.startswith(_MAGIC) or b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Rejection(source, Code.BINARY)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[:1_000_000]))
    if not matches:
        return Rejection(source, Code.UNDECODABLE)
    # On short texts several single-byte encodings decode equally cleanly and charset-normalizer's
    # language coherence picks among them almost at random; news in a legacy encoding is overwhelmingly
    # Windows-1252 (a superset of Latin-1's printable range), so it wins among the cleanest candidates.
    least_chaos = min(m.chaos for m in matches)
    cleanest = [m.encoding for m in matches if m.chaos == least_chaos]
    encoding = next((e for e in PREFERRED_LEGACY if e in cleanest), cleanest[0])
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return Rejection(source, Code.UNDECODABLE, f"guessed {encoding}, which failed")
    # Control characters other than white space mean we decoded a binary as text.
    controls = sum(1 for ch in text[:10000] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 10:
        return Rejection(source, Code.BINARY)
    return text


def read_text(text: str, source: str) -> Iterator[Item]:
    yield build_article(text=text, source=source)


def read_html(html: str, source: str) -> Iterator[Item]:
    import trafilatura

    try:
        extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura raises many kinds on malformed markup
        yield Rejection(source, Code.BAD_HTML, type(exc).__name__)
        return
    doc = extracted.as_dict() if extracted is not None and hasattr(extracted, "as_dict") else extracted
    if not doc or not (doc.get("text") or "").strip():
        yield Rejection(source, Code.BAD_HTML)
        return
    yield build_article(
        text=doc["text"],
        source=source,
        title=doc.get("title"),
        outlet=doc.get("sitename"),
        published=doc.get("date"),
        url=doc.get("url"),
        meta={"extracted_by": "trafilatura"},
    )


TEXT_FIELDS = ("text", "body", "content", "article", "maintext", "body-paragraphs", "body_paragraphs", "paragraphs")
TITLE_FIELDS = ("title", "headline")
URL_FIELDS = ("url", "link")
OUTLET_FIELDS = ("outlet", "source", "sitename", "site_name", "publisher", "site")
DATE_FIELDS = ("published", "date", "published_at", "publish_date", "date_publish", "pubdate")


def _first(record: dict[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        value = record.get(name)
        if value not in (None, ""):
            return value
    return None


def record_to_item(record: Any, source: str, line: int | None) -> Item:
    where = f"{source}:{line}" if line is not None else source
    if not isinstance(record, dict):
        return Rejection(source, Code.NO_TEXT, f"expected an object, got {type(record).__name__}", line)
    text = _first(record, TEXT_FIELDS)
    if isinstance(text, list):  # paragraph lists, each a string or a list of sentences (BASIL's body-paragraphs)
        text = "\n\n".join(" ".join(map(str, p)) if isinstance(p, list) else str(p) for p in text)
    if not isinstance(text, str) or not text.strip():
        return Rejection(source, Code.NO_TEXT, line=line)
    outlet = _first(record, OUTLET_FIELDS)
    known = set(TEXT_FIELDS + TITLE_FIELDS + URL_FIELDS + OUTLET_FIELDS + DATE_FIELDS)
    meta = {k: v for k, v in record.items() if k not in known}
    return build_article(
        text=text,
        source=where,
        title=_first(record, TITLE_FIELDS),
        outlet=outlet if isinstance(outlet, str) else None,
        published=_first(record, DATE_FIELDS),
        url=_first(record, URL_FIELDS),
        meta=meta,
    )


def read_jsonl(text: str, source: str) -> Iterator[Item]:
    stripped = text.lstrip()
    if stripped.startswith("["):  # a JSON array of records
        try:
            records = json.loads(text)
        except json.JSONDecodeError as exc:
            yield Rejection(source, Code.BAD_JSON, exc.msg, exc.lineno)
            return
        for i, record in enumerate(records if isinstance(records, list) else [records], 1):
            yield record_to_item(record, source, i)
        return
    lines = text.splitlines()
    if stripped.startswith("{") and len([ln for ln in lines if ln.strip()]) > 1:
        try:  # a single pretty-printed JSON object spans many lines
            yield record_to_item(json.loads(text), source, None)
            return
        except json.JSONDecodeError:
            pass
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejection(source, Code.BAD_JSON, exc.msg, number)
            continue
        yield record_to_item(record, source, number)


READERS: dict[str, Callable[[str, str], Iterator[Item]]] = {
    ".txt": read_text,
    ".md": read_text,
    ".text": read_text,
    "": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".json": read_jsonl,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
}
