"""Who a quote's speaker is: the person, the role, and the state or organisation they speak for.

A helper of the quotes stage (not a stage). It reads the entity mentions the entities stage found and adds
the three things a speaker needs that no library gives for news: a pronoun resolved to the nearest
compatible person before it (spaCy has no coreference in its small English pipeline, and coreferee does
not install beside spaCy 3.8), titles and appositions read for the state or organisation a person speaks
for ("Norwegian Foreign Minister Kari Holm" speaks for Norway; later "Holm" still does), and role speakers
("a State Department official") kept as speakers of their own with their affiliation, never forced onto a
named person.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.model import Analysis, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from storyline.actors import Gazetteer

MALE_PRONOUNS = frozenset({"he", "him", "his"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers"})
PLURAL_PRONOUNS = frozenset({"they", "them", "we"})
HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "sir": "m"}
SPEAKING_KINDS = frozenset({"state", "organisation", "group"})


@dataclass(frozen=True, slots=True)
class Speaker:
    text: str
    start: int
    end: int
    name: str | None = None  # resolved name (for a pronoun or a surname), or the actor's name
    actor: str | None = None  # person id; state/organisation id when the speaker is the institution itself
    affiliation: str | None = None  # the state/organisation the speaker speaks for


class SpeakerResolver:
    """Resolves speakers of one article, left to right, remembering what earlier sentences said."""

    def __init__(self, doc: Doc, analysis: Analysis, gazetteer: Gazetteer, excluded: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.gazetteer = gazetteer
        self.index = analysis.actor_index
        self.mentions = sorted(analysis.actors, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.excluded = sorted(excluded)  # quotations: a name inside a quote is not a pronoun's antecedent
        self.affiliation_of: dict[str, str] = {}  # person id -> state/org read from a title or apposition
        self.gender_of: dict[str, str] = {}
        self.role_affiliation: dict[str, str] = {}  # role head lemma ("official") -> last affiliation seen
        self._read_honorifics()
        for actor in self.index.values():
            if actor.kind == "person" and actor.affiliation:
                self.affiliation_of[actor.id] = actor.affiliation

    def _read_honorifics(self) -> None:
        text = self.doc.text
        for m in self.mentions:
            if not _is_person(m):
                continue
            before = text[max(0, m.start - 6) : m.start].split()
            if before and before[-1].casefold() in HONORIFIC_GENDER:
                self.gender_of.setdefault(m.actor_id or "", HONORIFIC_GENDER[before[-1].casefold()])

    def _inside(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def _excluded(self, pos: int) -> bool:
        i = bisect.bisect_right(self.excluded, (pos, 1 << 62)) - 1
        return i >= 0 and self.excluded[i][0] <= pos < self.excluded[i][1]

    def resolve(self, head: Token, start: int, end: int) -> Speaker:
        text = self.doc.text[start:end]
        lower = head.lower_
        if head.pos_ == "PRON" or lower in MALE_PRONOUNS | FEMALE_PRONOUNS | PLURAL_PRONOUNS:
            return self._pronoun(head, text, start, end)
        inside = self._inside(start, end)
        people = [m for m in inside if _is_person(m)]
        institutions = [m for m in inside if m.actor_id and m.kind in SPEAKING_KINDS]
        if people:
            person = next((m for m in people if m.start <= head.idx < m.end), people[0])
            pid = person.actor_id or ""
            affiliation = next((m.actor_id for m in institutions), None) or self._title_affiliation(head, start)
            if affiliation:
                self.affiliation_of[pid] = affiliation
            actor = self.index.get(pid)
            return Speaker(text, start, end, actor.name if actor else person.name, pid or None,
                           affiliation or self.affiliation_of.get(pid))  # fmt: skip
        own = next((m for m in institutions if m.start <= head.idx < m.end), None)
        if own is not None:  # "Norway said", "the State Department said"
            return Speaker(text, start, end, own.name, own.actor_id, own.actor_id)
        affiliation = next((m.actor_id for m in institutions), None) or self._title_affiliation(head, start)
        role = head.lemma_.casefold()
        if affiliation:
            self.role_affiliation[role] = affiliation
        elif _is_definite(head):
            affiliation = self.role_affiliation.get(role)  # "the official" after "a State Department official"
        return Speaker(text, start, end, None, None, affiliation)

    def _title_affiliation(self, head: Token, start: int) -> str | None:
        """An organisation named in the words before the head that the entity recogniser missed."""
        run: list[str] = []
        doc = head.doc
        for i in range(head.i - 1, max(head.i - 6, -1), -1):
            tok = doc[i]
            if tok.idx < start or not (tok.is_title or tok.is_upper):
                break
            run.insert(0, tok.text)
            actor = self.gazetteer.lookup(" ".join(run))
            if actor is not None and actor.kind in SPEAKING_KINDS:
                return actor.id
        return None

    def _pronoun(self, head: Token, text: str, start: int, end: int) -> Speaker:
        lower = head.lower_
        if lower in PLURAL_PRONOUNS:
            return Speaker(text, start, end)
        gender = "m" if lower in MALE_PRONOUNS else "f" if lower in FEMALE_PRONOUNS else None
        i = bisect.bisect_left(self.starts, start) - 1
        while i >= 0:
            m = self.mentions[i]
            i -= 1
            if not _is_person(m) or self._excluded(m.start):
                continue
            pid = m.actor_id or ""
            known = self.gender_of.get(pid)
            if gender and known and known != gender:
                continue
            if gender:
                self.gender_of.setdefault(pid, gender)
            actor = self.index.get(pid)
            return Speaker(text, start, end, actor.name if actor else m.name, pid or None, self.affiliation_of.get(pid))
        return Speaker(text, start, end)


def _is_person(m: Mention) -> bool:
    return bool(m.actor_id and m.actor_id.startswith("person:"))


def _is_definite(head: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in head.children)
