"""Metadata the user gives beside the articles: one value for the whole batch (``--outlet``, ``--published``)
or a table with a row per file (``--metadata FILE``, a CSV with a ``file`` column and any of ``outlet``,
``published``, ``title``, ``url``).

Plain-text files carry no metadata, and without a publication date every relative date ("on Sunday") stays
unresolved, so a folder of saved texts needs a way to say what a reader of them would know. Precedence,
from strongest: a JSONL record's own fields; a table row for the file (the user's statement about that
file beats what storyline reads from a page or guesses from the text); what the page or text gives;
the batch-wide values, which only fill what is still missing. An outlet storyline only guessed from the
text counts as missing. The article id is the hash of the text, so metadata never changes it.

A table is checked whole before anything is read: a bad row stops the command with its line and the
problem, so no batch is stored half with and half without the user's dates.
"""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path, PurePath
from typing import Any

from storyline.ingest.dateline import find_dateline
from storyline.ingest.metadata import parse_published
from storyline.model import Article

FIELDS = ("outlet", "published", "title", "url")


class MetadataTableError(ValueError):
    """A metadata table that cannot be used; the message names the file (and line) and the problem."""


def read_metadata_table(path: str | Path) -> dict[str, dict[str, str]]:
    """``{file as written in the table: {field: value}}``, with dates normalised to ISO 8601."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise MetadataTableError(f"{path}: could not be read as UTF-8 text ({exc})") from exc
    reader = csv.DictReader(text.splitlines())
    columns = [c.strip() for c in reader.fieldnames or []]
    if "file" not in columns:
        raise MetadataTableError(f"{path}: needs a header row with a 'file' column (and any of {', '.join(FIELDS)})")
    unknown = [c for c in columns if c not in ("file", *FIELDS)]
    if unknown:
        raise MetadataTableError(f"{path}: unknown column(s) {', '.join(unknown)}; known: file, {', '.join(FIELDS)}")
    rows: dict[str, dict[str, str]] = {}
    for line, raw in enumerate(reader, start=2):
        row = {(k or "").strip(): (v or "").strip() for k, v in raw.items() if k is not None}
        name = row.pop("file", "")
        if not name:
            raise MetadataTableError(f"{path}:{line}: the 'file' cell is empty")
        if name in rows:
            raise MetadataTableError(f"{path}:{line}: {name!r} has a row already")
        if row.get("published"):
            iso = parse_published(row["published"])
            if iso is None:
                raise MetadataTableError(f"{path}:{line}: published {row['published']!r} is not a date")
            row["published"] = iso
        rows[name] = {k: v for k, v in row.items() if v}
    return rows


def row_for(source: str, table: dict[str, dict[str, str]]) -> dict[str, str] | None:
    """The row whose file names ``source``: the same path, or its last components ("seeds/a.txt" or "a.txt"
    for ".../seeds/a.txt"). A JSONL record's source is "path:line"; its file is the path."""
    return next((row for name, row in table.items() if _names(name, _file_of(source))), None)


def unmatched_rows(files: list[str], table: dict[str, dict[str, str]]) -> list[str]:
    """Rows that name none of ``files`` (most often a typing slip the user wants to hear about)."""
    return [name for name in table if not any(_names(name, f) for f in files)]


def _names(name: str, path: str) -> bool:
    wanted, parts = PurePath(name).parts, PurePath(path).parts
    return bool(wanted) and parts[-len(wanted) :] == wanted


def apply_metadata(
    article: Article,
    *,
    row: dict[str, str] | None = None,
    outlet: str | None = None,
    published: str | None = None,
) -> Article:
    """``article`` with the user's metadata applied by the precedence in the module docstring."""
    from_record = _is_record(article.source)
    meta = dict(article.meta)
    current: dict[str, Any] = {f: getattr(article, f) for f in FIELDS}
    if "outlet_inferred" in meta:
        current["outlet"] = None
    if meta.get("title_from_text"):
        current["title"] = None
    changes: dict[str, Any] = {}
    for field in FIELDS:
        value = (row or {}).get(field)
        if value and (not from_record or not current[field]) and value != getattr(article, field):
            changes[field] = value
    batch = {"outlet": outlet, "published": parse_published(published) if published else None}
    for field, value in batch.items():
        if value and field not in changes and not current[field]:
            changes[field] = value
    if not changes:
        return article
    if "outlet" in changes:
        meta.pop("outlet_inferred", None)
    if "title" in changes:
        meta.pop("title_from_text", None)
    if "published" in changes:
        dateline = find_dateline(article.text, changes["published"])  # "May 22" resolves against the given year
        if dateline is not None:
            meta["dateline"] = dateline.to_dict()
    meta["metadata_given"] = sorted(changes)
    return dataclasses.replace(article, meta=meta, **changes)


def _file_of(source: str) -> str:
    head, sep, tail = source.rpartition(":")
    return head if sep and tail.isdigit() else source


def _is_record(source: str) -> bool:
    return _file_of(source) != source or source.endswith((".json", ".jsonl"))
