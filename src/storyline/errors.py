"""One catalogue of the problems storyline reports, each with a code, a cause and what to do.

Borrowed from spaCy's ``errors.py``: a code makes a message searchable in the docs and stable for tests,
and keeping them in one place keeps their wording consistent.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Code(StrEnum):
    NOT_FOUND = "S001"
    BINARY = "S002"
    UNDECODABLE = "S003"
    EMPTY = "S004"
    TOO_LARGE = "S005"
    BAD_JSON = "S006"
    NO_TEXT = "S007"
    UNSUPPORTED = "S008"
    READ_ERROR = "S009"
    BAD_HTML = "S010"
    DUPLICATE = "S011"


MESSAGES: dict[Code, str] = {
    Code.NOT_FOUND: "no such file or folder",
    Code.BINARY: "looks like a binary file, not text (skipped)",
    Code.UNDECODABLE: "text encoding could not be detected (skipped); save it as UTF-8",
    Code.EMPTY: "empty file (nothing to ingest)",
    Code.TOO_LARGE: "file is larger than the size cap; raise --max-bytes to ingest it",
    Code.BAD_JSON: "line is not valid JSON",
    Code.NO_TEXT: "record has no text (looked for text/body/content)",
    Code.UNSUPPORTED: "unsupported file type",
    Code.READ_ERROR: "could not be read",
    Code.BAD_HTML: "no article text could be extracted from the HTML",
    Code.DUPLICATE: "already stored (same text); nothing added",
}


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not be ingested: a named, countable, storable outcome, never a silent None."""

    source: str
    code: Code
    detail: str = ""
    line: int | None = None

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}" if self.line is not None else self.source

    def message(self) -> str:
        text = MESSAGES[self.code]
        if self.detail:
            text = f"{text} ({self.detail})"
        return f"[{self.code.value}] {self.where}: {text}"


class StorylineError(Exception):
    """An error meant for the user: printed as one line, no traceback."""
