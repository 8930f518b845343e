"""The core records every stage reads and writes.

Why frozen, slotted dataclasses and not pydantic: the records are created by the hundred thousand on the
hot path of analysis; dataclasses cost nothing to build and keep the module dependency-free.

Every record that states something carries the character offsets (``start``/``end``) of the text it came
from, into :attr:`Article.text`. Nothing is shown to a user without that evidence, so the offsets are
mandatory fields, not optional extras. The article a record belongs to is the :class:`Analysis` that
holds it (and the ``article_id`` column in the store).

``to_dict`` gives the JSON contract documented in ``docs/schema.md``; ``from_dict`` reads it back.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, TypeVar

ActorKind = Literal["person", "state", "organisation", "group"]
QuoteKind = Literal["direct", "partial", "indirect"]
Position = Literal["support", "oppose", "conditional", "undecided"]
Precision = Literal["day", "week", "month", "quarter", "season", "year", "decade", "century"]

R = TypeVar("R", bound="Record")


class Record:
    """Mixin: JSON round-trip for the frozen record dataclasses."""

    __slots__ = ()
    kind_name: ClassVar[str] = "record"

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            out[f.name] = list(value) if isinstance(value, tuple) else value
        return out

    @classmethod
    def from_dict(cls: type[R], data: dict[str, Any]) -> R:
        names = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        kwargs = {k: (tuple(v) if isinstance(v, list) else v) for k, v in data.items() if k in names}
        return cls(**kwargs)


@dataclass(frozen=True, slots=True)
class Span(Record):
    """A stretch of one article's text: the evidence behind a statement."""

    kind_name: ClassVar[str] = "span"
    article_id: str
    start: int
    end: int
    text: str = ""


@dataclass(frozen=True, slots=True)
class Article(Record):
    """One news article as ingested. ``id`` is the hash of the normalized text (see :func:`article_id`)."""

    kind_name: ClassVar[str] = "article"
    id: str
    text: str
    source: str = ""  # where it was read from: a path, path:line, or "-" for stdin
    outlet: str | None = None
    title: str | None = None
    published: str | None = None  # ISO 8601: a date, or a date-time when the input gave a time
    url: str | None = None
    language: str | None = None
    revision_of: str | None = None  # id of the earlier article with the same URL
    meta: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True, slots=True)
class Actor(Record):
    """A real-world actor. ``id`` is stable across articles: ``state:ISR``, ``org:eu``, ``person:john-kerry``."""

    kind_name: ClassVar[str] = "actor"
    id: str
    name: str
    kind: ActorKind
    country: str | None = None  # ISO 3166 alpha-3 of the state it belongs to or speaks for
    aliases: tuple[str, ...] = ()
    role: str | None = None  # "Foreign Minister"
    affiliation: str | None = None  # actor id of the state/organisation a person speaks for


@dataclass(frozen=True, slots=True)
class Mention(Record):
    """A stretch of text that names an actor (the JSON contract lists these as ``actors``)."""

    kind_name: ClassVar[str] = "mention"
    start: int
    end: int
    text: str
    actor_id: str | None
    name: str | None = None
    kind: str | None = None  # actor kind, or the spaCy label when unresolved
    label: str | None = None  # spaCy entity label
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Quote(Record):
    kind_name: ClassVar[str] = "quote"
    start: int
    end: int
    text: str
    kind: QuoteKind
    cue: str | None = None
    speaker: str | None = None  # the speaker as written ("he", "the official", "Kari Holm")
    speaker_actor: str | None = None  # resolved actor id
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_name: str | None = None  # the resolved name for a pronoun or a surname
    speaker_affiliation: str | None = None  # actor id of the state/organisation the speaker speaks for
    speaker_actors: tuple[str, ...] = ()  # several states/organisations speaking together ("Norway, Ireland and Spain")


@dataclass(frozen=True, slots=True)
class TimeExpression(Record):
    kind_name: ClassVar[str] = "time"
    start: int
    end: int
    text: str
    value: str | None  # TimeML-style value: 2019-12-08, 2019-W49, 2019-12, 199 (a decade); None when unresolved
    precision: str | None = None
    type: str = "DATE"
    resolved: bool = True  # False when a relative expression had no publication date to anchor it


@dataclass(frozen=True, slots=True)
class Event(Record):
    kind_name: ClassVar[str] = "event"
    start: int
    end: int
    text: str
    action: str  # ontology code, see docs/events.md
    source_actor: str | None = None
    target_actor: str | None = None
    date: str | None = None
    date_precision: str | None = None
    place: str | None = None
    historical: bool = False
    trigger: str | None = None


@dataclass(frozen=True, slots=True)
class Claim(Record):
    kind_name: ClassVar[str] = "claim"
    start: int
    end: int
    text: str
    quantity: str  # what is counted: "countries that recognized Palestine"
    value: float
    unit: str | None = None
    as_of: str | None = None
    claimant: str | None = None


@dataclass(frozen=True, slots=True)
class FramingMarker(Record):
    kind_name: ClassVar[str] = "framing"
    start: int
    end: int
    text: str
    kind: str  # scare_quote | loaded_term | neutral_term | judging_verb | neutral_verb | epithet
    neutral: str | None = None
    topic: str | None = None
    target: str | None = None
    side: str | None = None  # whose usage a term signals ("Israeli government usage"), from the lexicon


@dataclass(frozen=True, slots=True)
class Stance(Record):
    kind_name: ClassVar[str] = "stance"
    start: int
    end: int
    text: str
    issue: str
    actor: str
    position: Position
    date: str | None = None
    basis: str = "reported"  # quote | reported | act | claim
    claimed_by: str | None = None


@dataclass(frozen=True, slots=True)
class EventCluster(Record):
    kind_name: ClassVar[str] = "event_cluster"
    id: str
    article_ids: tuple[str, ...]
    label: str = ""
    first_date: str | None = None
    last_date: str | None = None


@dataclass(frozen=True, slots=True)
class Story(Record):
    kind_name: ClassVar[str] = "story"
    id: str
    event_ids: tuple[str, ...]
    label: str = ""


# The per-article lists of the JSON contract, in contract order, and the record type of each.
RECORD_FIELDS: dict[str, type[Record]] = {
    "actors": Mention,
    "quotes": Quote,
    "events": Event,
    "claims": Claim,
    "framing": FramingMarker,
    "stances": Stance,
    "times": TimeExpression,
}


@dataclass(slots=True)
class Analysis:
    """The working result of analysing one article: what every stage reads and adds to.

    Stages never mutate records; they return new lists for the fields they assign (see
    :mod:`storyline.analyze`).
    """

    article: Article
    sentences: list[tuple[int, int]] = field(default_factory=list)
    actor_index: dict[str, Actor] = field(default_factory=dict)
    actors: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    framing: list[FramingMarker] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    skipped: str | None = None  # why the article was not analysed ("not analyzed: Arabic")

    def sentence_of(self, start: int) -> tuple[int, int] | None:
        """The sentence (start, end) holding character ``start``."""
        for s, e in self.sentences:
            if s <= start < e:
                return (s, e)
        return None

    def to_dict(self) -> dict[str, Any]:
        a = self.article
        out: dict[str, Any] = {
            "id": a.id,
            "source": a.source,
            "outlet": a.outlet,
            "title": a.title,
            "published": a.published,
            "url": a.url,
            "language": a.language,
            "revision_of": a.revision_of,
            "duplicate_of": None,
            "event_id": None,
            "story_id": None,
            "skipped": self.skipped,
            "text": a.text,
            "meta": a.meta,
            "sentences": [list(s) for s in self.sentences],
        }
        for name in RECORD_FIELDS:
            out[name] = [r.to_dict() for r in getattr(self, name)]
        return out


_SPACE = re.compile(r"\s+")


def normalize_text(text: str) -> str:
    """Text as compared for identity: NFC, unified quotes and dashes, collapsed white space."""
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(_PUNCT_FOLD)
    return _SPACE.sub(" ", text).strip()


_PUNCT_FOLD = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u2013": "-", "\u2014": "-"})


def article_id(text: str) -> str:
    """Content hash of the normalized text: the same article ingested twice gets the same id."""
    return hashlib.sha256(normalize_text(text).casefold().encode("utf-8")).hexdigest()[:16]
