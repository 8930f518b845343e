"""Removing page furniture from plain text: share prompts, photo credits, counters, "Read more" links.

trafilatura strips furniture from HTML, where the markup tells story from page. Copied or scraped plain text
has lost that markup, and no library cleans it line by line, so this module is hand-written: a line is
furniture only when it is a whole line that

* is short (at most :data:`MAX_WORDS` words),
* holds no reporting verb and no quote mark (those are story sentences, whatever else they look like),
* and matches one of the patterns in ``data/furniture.yaml`` (or, across a batch, repeats in several
  articles of the same outlet: see :func:`remove_outlet_repeats`).

Precision matters more than recall: a furniture line left in costs a false actor at worst; a story sentence
removed is lost evidence. Removed lines are kept, with their kind and original line number, so a user can
see everything that was taken out.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

MAX_WORDS = 30
# Cross-article repeats: a short line that appears in this many articles of one outlet is furniture.
MIN_REPEAT_ARTICLES = 3

KINDS = ("social", "credit", "counter", "related", "other_language", "newsletter", "other", "repeated")

# A reporting verb or cue makes a line a story sentence ("Twitter said on Monday ..."). Nouns that share a
# form with a verb ("claims", "reports") are included on purpose: keeping a furniture line is the cheap error.
REPORTING = re.compile(
    r"\b(?:said|says|say|saying|told|tell|tells|telling|according to|added|adds|asked|asks|announced|announces|"
    r"declared|declares|insisted|insists|argued|argues|claimed|claims|warned|warns|explained|explains|noted|"
    r"notes|wrote|writes|reported|reports|replied|replies|responded|responds|acknowledged|admitted|admits|"
    r"denied|denies|confirmed|confirms|stressed|urged|urges|vowed|vows|pledged|promised|suggested|suggests|"
    r"accused|accuses|alleged|believes|believed|thinks|tweeted|testified|recalled|conceded|countered|"
    r"quoted|quoting|stated)\b",
    re.IGNORECASE,
)
# Straight and typographic double quotes, guillemets, and the opening single quote (the closing one, U+2019,
# is also the apostrophe, so it cannot mark a quote).
QUOTE_MARKS = re.compile('["\u201c\u201d\u201e\u00ab\u00bb\u2018\u201a\u2039\u203a]')
_BULLET = re.compile(r"^[\s\u2022\u00b7\u25aa\u25cf*\-\u2013\u2014|#>]+(?=\S)")


@dataclass(frozen=True, slots=True)
class FurnitureLine:
    """A removed line: its text, its kind, and its 1-based line number in the text as it arrived."""

    text: str
    kind: str
    line: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "kind": self.kind, "line": self.line}


@dataclass(frozen=True, slots=True)
class Cleaned:
    text: str
    removed: tuple[FurnitureLine, ...] = ()


@dataclass(frozen=True)
class FurniturePatterns:
    by_kind: dict[str, tuple[re.Pattern[str], ...]]

    def kind_of(self, line: str) -> str | None:
        for kind, patterns in self.by_kind.items():
            if any(p.fullmatch(line) for p in patterns):
                return kind
        return None


@lru_cache(maxsize=8)
def furniture_patterns(path: str | None = None) -> FurniturePatterns:
    """The patterns of ``data/furniture.yaml`` (or of ``path``), compiled once."""
    if path is None:
        raw = resources.files("storyline.data").joinpath("furniture.yaml").read_text("utf-8")
    else:
        raw = Path(path).read_text("utf-8")
    data = yaml.safe_load(raw) or {}
    pieces: dict[str, str] = dict(data.get("pieces") or {})
    for _ in range(3):  # pieces may refer to earlier pieces ({networks} uses {network})
        pieces = {name: _fill(value, pieces) for name, value in pieces.items()}
    unknown = set(data.get("patterns") or {}) - set(KINDS)
    if unknown:
        raise ValueError(f"furniture patterns: unknown kind(s) {sorted(unknown)}; known kinds are {KINDS}")
    by_kind = {
        kind: tuple(re.compile(_fill(p, pieces), re.IGNORECASE) for p in patterns or ())
        for kind, patterns in (data.get("patterns") or {}).items()
    }
    return FurniturePatterns(by_kind)


@lru_cache(maxsize=1)
def known_outlets() -> dict[str, str]:
    """Domain -> outlet name, from the ``outlets`` section of ``data/furniture.yaml``."""
    raw = resources.files("storyline.data").joinpath("furniture.yaml").read_text("utf-8")
    return dict((yaml.safe_load(raw) or {}).get("outlets") or {})


def _fill(pattern: str, pieces: dict[str, str]) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: pieces.get(m.group(1), m.group(0)), pattern)


def bare(line: str) -> str:
    """A line as patterns see it: bullets and surrounding space stripped."""
    return _BULLET.sub("", line.strip()).strip()


def may_be_furniture(line: str) -> bool:
    """The safety rule: only a short line with no reporting verb and no quote mark can ever be removed."""
    words = line.split()
    return 0 < len(words) <= MAX_WORDS and not REPORTING.search(line) and not QUOTE_MARKS.search(line)


def furniture_kind(line: str, patterns: FurniturePatterns | None = None) -> str | None:
    """The furniture kind of one line, or None when it is (or may be) part of the story."""
    text = bare(line)
    if not text or not may_be_furniture(text):
        return None
    return (patterns or furniture_patterns()).kind_of(text)


def clean_text(text: str, patterns: FurniturePatterns | None = None) -> Cleaned:
    """Remove furniture lines from ``text``; returns the clean text and the removed lines."""
    patterns = patterns or furniture_patterns()
    lines = text.split("\n")
    removed: list[FurnitureLine] = []
    keep: list[str] = []
    for number, line in enumerate(lines, 1):
        kind = furniture_kind(line, patterns)
        if kind is None:
            keep.append(line)
        else:
            removed.append(FurnitureLine(line.strip(), kind, number))
    if not removed:
        return Cleaned(text)
    return Cleaned(_join(keep), tuple(removed))


def remove_lines(text: str, numbers: Iterable[int]) -> str:
    """``text`` without the given 1-based line numbers, blank runs collapsed as :func:`clean_text` does."""
    drop = set(numbers)
    return _join([line for number, line in enumerate(text.split("\n"), 1) if number not in drop])


def _join(lines: list[str]) -> str:
    # Removing a line between two paragraphs leaves a run of blank lines; keep one paragraph break.
    return re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", "\n".join(lines)).strip()


def remove_outlet_repeats(articles: list[Any], min_articles: int = MIN_REPEAT_ARTICLES) -> list[Any]:
    """Second pass over a batch: short lines repeated in ``min_articles`` or more articles of one outlet.

    A footer or prompt that no pattern knows ("Stay with The Ledger for live updates") still betrays itself
    by repeating word for word under different stories of the same outlet. Such lines pass the same safety
    rule as pattern matches, are recorded with kind ``repeated``, and the article gets a new text and id (so
    a shared footer never makes two articles look alike). Articles without an outlet are left as they are.
    """
    from storyline.model import article_id

    by_outlet: dict[str, list[int]] = defaultdict(list)
    for i, article in enumerate(articles):
        if article.outlet:
            by_outlet[article.outlet.casefold()].append(i)
    result = list(articles)
    for indices in by_outlet.values():
        if len(indices) < min_articles:
            continue
        counts: Counter[str] = Counter()
        for i in indices:
            counts.update({bare(line).casefold() for line in articles[i].text.split("\n") if _repeatable(line)})
        repeated = {line for line, n in counts.items() if n >= min_articles}
        if not repeated:
            continue
        for i in indices:
            article = articles[i]
            lines = article.text.split("\n")
            drop = [n for n, line in enumerate(lines, 1) if _repeatable(line) and bare(line).casefold() in repeated]
            if not drop:
                continue
            furniture = list(article.meta.get("furniture") or [])
            furniture += [FurnitureLine(lines[n - 1].strip(), "repeated", n).to_dict() for n in drop]
            text = remove_lines(article.text, drop)
            meta = {**article.meta, "furniture": furniture}
            meta.setdefault("furniture_note", "line numbers of 'repeated' lines count in the pattern-cleaned text")
            result[i] = dataclasses.replace(article, text=text, id=article_id(text), meta=meta)
    return result


def _repeatable(line: str) -> bool:
    text = bare(line)
    # Two words at least: a one-word line ("Refugees.") is more likely a section heading than a footer.
    return len(text.split()) >= 2 and may_be_furniture(text)


@dataclass
class Arrival:
    """An article's text and metadata after cleaning, dateline, title, outlet and language."""

    text: str
    title: str | None
    outlet: str | None
    language: str | None
    meta: dict[str, Any]


def prepare_arrival(
    text: str,
    *,
    title: str | None,
    outlet: str | None,
    url: str | None,
    published: str | None,
    meta: dict[str, Any],
) -> Arrival:
    """Everything ingest reads from the text as it arrives; given metadata always wins over what is read.

    Adds to ``meta``: ``furniture`` (removed lines), ``dateline``, ``title_from_text``, ``outlet_inferred``
    and ``language_note``, each only when there is something to say.
    """
    from storyline.ingest.dateline import find_dateline, headline
    from storyline.ingest.language import detect_language
    from storyline.ingest.outlet import infer_outlet

    meta = dict(meta)
    cleaned = clean_text(text)
    if cleaned.removed and cleaned.text.strip():  # a text that is all furniture is kept whole, not emptied
        meta["furniture"] = list(meta.get("furniture") or []) + [f.to_dict() for f in cleaned.removed]
        text = cleaned.text
    dateline = find_dateline(text, published)
    if dateline is not None:
        meta["dateline"] = dateline.to_dict()
    if not title:
        title = headline(text)
        if title:
            meta["title_from_text"] = True
    if not outlet:
        inferred = infer_outlet(text, url, [f.text for f in cleaned.removed])
        if inferred:
            meta["outlet_inferred"] = inferred
            outlet = inferred["value"]
    given = meta.get("language") or meta.get("lang")
    if isinstance(given, str) and given.strip():
        language: str | None = _language_code(given)
    else:
        detected = detect_language(text)
        language = detected.code
        if detected.note:
            meta["language_note"] = detected.note
    return Arrival(text=text, title=title, outlet=outlet, language=language, meta=meta)


def _language_code(given: str) -> str:
    """A given language as ISO 639-1 where pycountry knows it ("English" -> "en"), else as given."""
    import pycountry

    try:
        found = pycountry.languages.lookup(given.strip())
    except LookupError:
        return given.strip().lower()
    return getattr(found, "alpha_2", None) or given.strip().lower()
