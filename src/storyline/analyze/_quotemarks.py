"""Quotation spans in raw text: pairs of quotation marks, paragraph-aware (a helper, not a stage).

Hand-written because no library pairs news quotation marks the way news is typeset: straight and curly
marks mixed in one article, two apostrophes for a double mark (''like this,'' in some wire text), and a quotation that runs over several paragraphs, where each continuing
paragraph opens with a quotation mark and only the last one closes it. spaCy's tokenizer splits the marks
but does not pair them; textacy pairs them only inside one paragraph.

Pure string work, linear in the text; cheap to import (the analysis package imports every module).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENING = frozenset("\u201c\u201e\u00ab")  # “ „ «
CLOSING = frozenset("\u201d\u00bb")  # ” »
STRAIGHT = '"'
DOUBLED = "''"  # two apostrophes for a double mark, as some newspapers' wire text has it (''like this,'' he said)
MARKS = OPENING | CLOSING | {STRAIGHT, DOUBLED}
_PARAGRAPH = re.compile(r"\n\s*\n|\n")
_MARK = re.compile("[\u201c\u201e\u00ab\u201d\u00bb\"]|''+")


@dataclass(frozen=True, slots=True)
class Quotation:
    """The text between a pair of quotation marks: ``start``/``end`` exclude the marks."""

    start: int
    end: int
    open_at: int  # offset of the opening mark
    close_at: int | None  # offset of the last character of the closing mark; None when the paragraph ended unclosed
    paragraphs: int = 1  # how many paragraphs it runs over


def _is_opening(text: str, i: int, is_open: bool) -> bool:
    """Curly marks say which they are; a straight mark opens unless a quotation is open."""
    ch = text[i]
    if ch in OPENING:
        return True
    if ch in CLOSING:
        return False
    return not is_open


def _mark_at(text: str, i: int) -> int:
    """Length of the quotation mark starting at ``i`` (0 when there is none)."""
    ch = text[i]
    if ch in OPENING or ch in CLOSING or ch == STRAIGHT:
        return 1
    if text.startswith(DOUBLED, i) and not text.startswith(DOUBLED, i + 1) and (i == 0 or text[i - 1] != "'"):
        return 2
    return 0


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line block: news paragraphs are separated by line breaks."""
    out, pos = [], 0
    for m in _PARAGRAPH.finditer(text):
        if text[pos : m.start()].strip():
            out.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, len(text)))
    return out


def find_quotations(text: str) -> list[Quotation]:
    """Every quotation in ``text``, in order. A paragraph that opens a quotation without closing it
    continues into the next paragraph when that one opens with a quotation mark (news convention);
    otherwise the quotation ends with its paragraph."""
    out: list[Quotation] = []
    paras = paragraphs(text)
    open_at: int | None = None  # opening mark of the quotation in progress
    open_size = 1
    span_paras = 0
    for p_index, (p_start, p_end) in enumerate(paras):
        if open_at is not None:
            span_paras += 1
        for found in _MARK.finditer(text, p_start, p_end):
            i = found.start()
            size = _mark_at(text, i)
            if not size:
                continue
            if open_at is not None and i == p_start and _is_opening(text, i, False):
                continue  # the re-opening mark of a continued quotation
            opening = _is_opening(text, i, open_at is not None)
            if opening and size == 2 and (i + 2 >= p_end or text[i + 2].isspace()):
                continue  # two apostrophes before a space open nothing ("the students'' union")
            if opening:
                # (an opening mark while one is open: the first was never closed; restart here)
                open_at, open_size, span_paras = i, size, 1
            elif open_at is not None:
                _add(out, text, open_at, i, span_paras, open_size=open_size, close_size=size)
                open_at = None
        if open_at is not None:
            following = paras[p_index + 1] if p_index + 1 < len(paras) else None
            if following is not None and (text[following[0]] in OPENING | {STRAIGHT} or
                                          _mark_at(text, following[0]) == 2):  # fmt: skip
                continue  # runs on into the next paragraph
            _add(out, text, open_at, None, span_paras, end=p_end, open_size=open_size)
            open_at = None
    return out


def _add(out: list[Quotation], text: str, open_at: int, close_at: int | None, paras: int, end: int = 0,
         open_size: int = 1, close_size: int = 1) -> None:  # fmt: skip
    start = open_at + open_size
    stop = close_at if close_at is not None else end
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and (text[stop - 1].isspace() or text[stop - 1] == ","):
        stop -= 1  # the comma before a closing mark belongs to the sentence around the quote
    if stop > start:
        last = close_at + close_size - 1 if close_at is not None else None
        out.append(Quotation(start, stop, open_at, last, max(paras, 1)))
