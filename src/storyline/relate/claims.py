"""Reconciling claimed figures across articles: a change over time is a series, a clash is a contradiction.

Two figures are the same quantity when their counted phrases reduce to the same key: the content-word stems
of the quantity, with the nouns for countries folded together ("countries", "states", "nations" all count
states) and the words that only place the count ("UN", "member", "world") dropped. Each figure holds for its
as-of date, or for its article's publication date when the text gives none. Within one quantity:

- figures with different dates form a **series** (138 as of 2023-07-31 -> 146 as of 2024-05-28);
- figures with the same date and different values are a **contradiction**, shown with every source.

A query function, not a stored step: claims are few, and reading them fresh keeps the answer in step with
what is stored.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

_STOP = {
    "a", "an", "the", "of", "that", "who", "which", "have", "has", "had", "be", "been", "is", "are", "was", "were",
    "in", "on", "to", "for", "by", "at", "and", "or", "now", "already", "un", "member", "world", "some", "all",
    "its", "their", "it", "they", "formally", "officially",
}  # fmt: skip
# Whole words, folded before stemming: a stem-level map would fold "stated" or "governing" into "state".
_STATE_NOUNS = frozenset({"country", "countries", "state", "states", "nation", "nations", "government", "governments"})


def _stem(word: str) -> str:
    """A crude stem that meets across inflections ("backed", "backing", "backs" -> "back"; "recognise",
    "recognized" -> "recogn"): the suffix off, a final "e" off, the first six letters."""
    word = word.casefold().strip("“”\"'.,;:()")
    if word in _STATE_NOUNS:
        return "state"
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("ing") and len(word) > 5:
        word = word[:-3]
    elif word.endswith("ed") and len(word) > 4:
        word = word[:-2]
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        word = word[:-1]
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word[:6]


def quantity_key(quantity: str, unit: str | None = None) -> tuple[str, ...]:
    """What a figure counts, reduced so that wordings of one quantity meet."""
    quantity = re.sub(r"\b(?:EU|E\.U\.)\b", "European Union", quantity)
    words = {_stem(w) for w in re.findall(r"[\w’'-]+", quantity) if w.casefold() not in _STOP and len(w) > 1}
    if unit:
        words.add(_stem(unit))
    return tuple(sorted(w for w in words if w))


@dataclass
class Point:
    value: float
    date: str | None
    dated_by: str  # "text" | "published"
    article_id: str
    start: int
    claimant: str | None = None
    outlet: str | None = None
    text: str = ""


@dataclass
class Quantity:
    key: tuple[str, ...]
    label: str
    unit: str | None
    points: list[Point] = field(default_factory=list)

    def series(self) -> list[tuple[str | None, list[Point]]]:
        """(date, points) in date order: one entry per date. A coarser date holding exactly one finer date of the
        group ("2024-05" and "2024-05-10") is that date: "earlier this month" and "on May 10" tell of one day."""
        dates = {p.date for p in self.points if p.date}
        by_date: dict[str | None, list[Point]] = defaultdict(list)
        for p in self.points:
            finer = [d for d in dates if p.date and d != p.date and d.startswith(p.date + "-")]
            by_date[finer[0] if len(finer) == 1 else p.date].append(p)
        return sorted(by_date.items(), key=lambda kv: kv[0] or "")

    def contradictions(self) -> list[tuple[str | None, list[Point]]]:
        """Dates for which sources give different values."""
        return [(d, pts) for d, pts in self.series() if len({p.value for p in pts}) > 1]

    def changes(self) -> bool:
        values = [sorted({p.value for p in pts}) for _, pts in self.series()]
        return len(self.series()) > 1 and len({tuple(v) for v in values}) > 1

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape `storyline claims --json` and the API's ``/api/claims`` give."""

        def point(p: Point) -> dict[str, Any]:
            return {"value": p.value, "date": p.date, "dated_by": p.dated_by, "article_id": p.article_id,
                    "start": p.start, "claimant": p.claimant, "outlet": p.outlet, "text": p.text}  # fmt: skip

        return {
            "quantity": self.label, "key": list(self.key), "unit": self.unit,
            "series": [{"date": d, "points": [point(p) for p in pts]} for d, pts in self.series()],
            "changes": self.changes(),
            "contradictions": [{"date": d, "points": [point(p) for p in pts]} for d, pts in self.contradictions()],
        }  # fmt: skip


def reconcile(claims: Iterable[dict[str, Any]], articles: dict[str, dict[str, Any]]) -> list[Quantity]:
    """Group claim dicts (with ``article_id``) into quantities; ``articles`` gives published / outlet by id."""
    groups: dict[tuple[str, ...], Quantity] = {}
    for c in claims:
        art = articles.get(c.get("article_id", ""), {})
        key = quantity_key(c.get("quantity", ""), c.get("unit"))
        if not key:
            continue
        if len(key) == 1:  # a bare noun ("member states", "countries") names no quantity other articles can share
            key = (*key, "@" + c.get("article_id", ""))
        published = (art.get("published") or "")[:10] or None
        date, dated_by = (c["as_of"], "text") if c.get("as_of") else (published, "published")
        q = groups.setdefault(key, Quantity(key, c.get("quantity", ""), c.get("unit")))
        if len(c.get("quantity", "")) < len(q.label):
            q.label = c["quantity"]  # the shortest wording names the group
        q.points.append(Point(float(c["value"]), date, dated_by, c.get("article_id", ""), int(c.get("start", 0)),
                              c.get("claimant"), art.get("outlet"), c.get("text", "")))  # fmt: skip
    return sorted(_merge_equal_bare_counts(groups), key=lambda q: (-len(q.points), q.label))


def _merge_equal_bare_counts(groups: dict[tuple[str, ...], Quantity]) -> list[Quantity]:
    """Bare-noun figures stay per article (a bare "member states" may be the EU's 27 or the UN's 193), but the
    same bare noun with the same single value in several articles ("the 193 UN member states") is one reference
    figure: one row, not one per article. Different values are never merged, so no contradiction is made up."""
    out: list[Quantity] = []
    merged: dict[tuple[tuple[str, ...], str | None, float], Quantity] = {}
    for key, q in groups.items():
        values = {p.value for p in q.points}
        if not key[-1].startswith("@") or len(values) != 1:
            out.append(q)
            continue
        slot = (key[:-1], q.unit, values.pop())
        if slot not in merged:
            merged[slot] = Quantity(key[:-1], q.label, q.unit, list(q.points))
            out.append(merged[slot])
        else:
            merged[slot].points.extend(q.points)
            if len(q.label) < len(merged[slot].label):
                merged[slot].label = q.label
    return out


def reconcile_store(store: Any) -> list[Quantity]:
    """:func:`reconcile` over every claim in a store."""
    articles = {r["id"]: {"published": r["published"], "outlet": r["outlet"]} for r in store.article_rows()}
    return reconcile(store.records("claims"), articles)
