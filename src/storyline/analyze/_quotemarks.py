"""Quotation spans in raw text: pairs of quotation marks, paragraph-aware (a helper, not a stage).

Hand-written because no library pairs news quotation marks the way news is typeset: straight and curly
marks mixed in one article, and a quotation that runs over several paragraphs, where each continuing
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
MARKS = OPENING | CLOSING | {STRAIGHT}
_PARAGRAPH = re.compile(r"\n\s*\n|\n")


@dataclass(frozen=True, slots=True)
class Quotation:
    """The text between a pair of quotation marks: ``start``/``end`` exclude the marks."""

    start: int
    end: int
    open_at: int  # offset of the opening mark
    close_at: int | None  # offset of the closing mark; None when the paragraph ended unclosed
    paragraphs: int = 1  # how many paragraphs it runs over


def _is_opening(text: str, i: int, is_open: bool) -> bool:
    """Curly marks say which they are; a straight mark opens unless a quotation is open."""
    ch = text[i]
    if ch in OPENING:
        return True
    if ch in CLOSING:
        return False
    return not is_open


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
    span_paras = 0
    for p_index, (p_start, p_end) in enumerate(paras):
        if open_at is not None:
            span_paras += 1
        for i in range(p_start, p_end):
            ch = text[i]
            if ch not in MARKS:
                continue
            if open_at is not None and i == p_start and _is_opening(text, i, False):
                continue  # the re-opening mark of a continued quotation
            opening = _is_opening(text, i, open_at is not None)
            if opening and open_at is None:
                open_at, span_paras = i, 1
            elif opening and open_at is not None:
                # an opening mark while one is open: the first was never closed; restart here
                open_at, span_paras = i, 1
            elif not opening and open_at is not None:
                _add(out, text, open_at, i, span_paras)
                open_at = None
        if open_at is not None:
            following = paras[p_index + 1] if p_index + 1 < len(paras) else None
            if following is not None and text[following[0]] in OPENING | {STRAIGHT}:
                continue  # runs on into the next paragraph
            _add(out, text, open_at, None, span_paras, end=p_end)
            open_at = None
    return out


def _add(out: list[Quotation], text: str, open_at: int, close_at: int | None, paras: int, end: int = 0) -> None:
    start = open_at + 1
    stop = close_at if close_at is not None else end
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and (text[stop - 1].isspace() or text[stop - 1] == ","):
        stop -= 1  # the comma before a closing mark belongs to the sentence around the quote
    if stop > start:
        out.append(Quotation(start, stop, open_at, close_at, max(paras, 1)))
