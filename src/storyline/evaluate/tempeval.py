"""TempEval-3 scoring: time-expression extraction (strict and relaxed F1) and normalized values.

Reads any folder of TimeML ``.tml`` files (searched recursively), takes the text of ``<TEXT>`` and its
``<TIMEX3>`` annotations as gold, and anchors relative expressions to the document creation time
(``<DCT>``). The creation-time TIMEX3 itself is not scored (it is metadata, not text).

Figures follow the TempEval-3 definitions (UzZaman et al. 2013): strict match = same offsets; relaxed
match = overlapping spans, paired one to one; value F1 and type F1 count a relaxed match whose attribute is
also right, over the system's expressions (precision) and the gold ones (recall). Every gold TIMEX3 counts,
whatever its type (DATE, TIME, DURATION, SET): an expression found without a value (one that needs an anchor
the text does not give) or with a value of another form is a miss for value F1, never left out. ``by_type``
splits the gold by type: how many of each were found (relaxed) and given the gold value.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from storyline.evaluate.metrics import prf, ratio


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    value: str | None
    type: str = "DATE"


@dataclass
class Document:
    name: str
    text: str
    dct: str | None
    gold: list[Timex] = field(default_factory=list)


def read_tml(path: Path) -> Document:
    """One TimeML file: the plain text of ``<TEXT>``, its TIMEX3 spans, and the creation date."""
    root = ET.parse(path).getroot()
    dct_node = root.find("DCT/TIMEX3")
    dct = dct_node.get("value") if dct_node is not None else None
    text_node = root.find("TEXT")
    parts: list[str] = []
    gold: list[Timex] = []

    def walk(node: ET.Element) -> None:
        start = sum(map(len, parts))
        parts.append(node.text or "")
        for child in node:
            walk(child)
            parts.append(child.tail or "")
        if node.tag == "TIMEX3":
            end = sum(map(len, parts))
            gold.append(Timex(start, end, node.get("value"), node.get("type", "DATE")))

    if text_node is not None:
        walk(text_node)
    text = "".join(parts)
    # annotators sometimes include a trailing blank ("11/01/89 "): score the expression, not the blank
    trimmed = [Timex(t.start, t.start + len(text[t.start : t.end].rstrip()), t.value, t.type) for t in gold]
    return Document(path.stem, text, dct, trimmed)


def read_folder(folder: str | Path) -> list[Document]:
    files = sorted(Path(folder).rglob("*.tml"))
    if not files:
        raise FileNotFoundError(f"no .tml files under {folder}")
    return [read_tml(p) for p in files]


Extractor = Callable[[str, str | None], list[Timex]]


def storyline_extractor(text: str, dct: str | None) -> list[Timex]:
    from storyline.analyze.timex import find_times

    return [Timex(t.start, t.end, t.value, t.type) for t in find_times(text, dct)]


def dateparser_extractor(text: str, dct: str | None) -> list[Timex]:
    """The baseline: ``dateparser.search.search_dates`` alone, anchored at the creation date."""
    from dateparser.search import search_dates

    settings = {"RETURN_AS_TIMEZONE_AWARE": False}
    if dct:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(dct[:10])
    try:
        found = search_dates(text, languages=["en"], settings=settings) or []
    except Exception:  # dateparser raises on some inputs; a baseline that fails finds nothing
        found = []
    out: list[Timex] = []
    cursor = 0
    for substring, when in found:
        start = text.find(substring, cursor)
        if start < 0:
            continue
        cursor = start + len(substring)
        out.append(Timex(start, cursor, when.date().isoformat(), "DATE"))
    return out


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0
    by_type: dict[str, list[int]] = field(default_factory=dict)  # gold type -> [gold, found, right value]

    def add(self, other: Counts) -> None:
        for name in ("gold", "system", "strict", "relaxed", "value", "type"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for kind, row in other.by_type.items():
            mine = self.by_type.setdefault(kind, [0, 0, 0])
            for i, n in enumerate(row):
                mine[i] += n

    def f1(self, hits: int) -> dict[str, float]:
        return prf(hits, self.system, hits, self.gold)

    def figures(self) -> dict[str, object]:
        return {
            "gold": self.gold,
            "system": self.system,
            "strict": self.f1(self.strict),
            "relaxed": self.f1(self.relaxed),
            "value": self.f1(self.value),
            "type": self.f1(self.type),
            "value_accuracy_on_relaxed_matches": ratio(self.value, self.relaxed),
            "by_type": {
                kind: {"gold": g, "found": f, "value_right": v, "value_recall": ratio(v, g)}
                for kind, (g, f, v) in sorted(self.by_type.items())
            },
        }


def score_document(gold: list[Timex], system: list[Timex]) -> Counts:
    counts = Counts(gold=len(gold), system=len(system))
    used: set[int] = set()
    for g in gold:
        row = counts.by_type.setdefault(g.type, [0, 0, 0])
        row[0] += 1
        match = next((i for i, s in enumerate(system) if i not in used and s.start == g.start and s.end == g.end), None)
        if match is None:
            match = next(
                (i for i, s in enumerate(system) if i not in used and s.start < g.end and g.start < s.end), None
            )
        if match is None:
            continue
        used.add(match)
        s = system[match]
        counts.relaxed += 1
        counts.strict += s.start == g.start and s.end == g.end
        right_value = s.value is not None and s.value == g.value
        counts.value += right_value
        row[1] += 1
        row[2] += right_value
        counts.type += s.type == g.type
    return counts


def evaluate(documents: Iterable[Document], extractors: dict[str, Extractor]) -> dict[str, dict[str, object]]:
    """Figures for each extractor over all documents."""
    totals = {name: Counts() for name in extractors}
    for doc in documents:
        for name, extract in extractors.items():
            totals[name].add(score_document(doc.gold, extract(doc.text, doc.dct)))
    return {name: counts.figures() for name, counts in totals.items()}


def errors(documents: Iterable[Document], limit: int = 50) -> list[dict[str, object]]:
    """Gold expressions storyline missed or valued wrongly, for tuning on the tuning part only."""
    out: list[dict[str, object]] = []
    for doc in documents:
        system = storyline_extractor(doc.text, doc.dct)
        for g in doc.gold:
            s = next((s for s in system if s.start < g.end and g.start < s.end), None)
            if s is None or s.value != g.value or (s.start, s.end) != (g.start, g.end):
                out.append({
                    "doc": doc.name, "dct": doc.dct, "gold": doc.text[g.start : g.end], "gold_value": g.value,
                    "found": doc.text[s.start : s.end] if s else None, "value": s.value if s else None,
                })  # fmt: skip
    return out[:limit]
