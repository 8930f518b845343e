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
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from storyline.model import Analysis, Mention
from storyline.nlp import doc_text, sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from storyline.actors import Gazetteer

SUBJECTS = ("nsubj", "nsubjpass")
MALE_PRONOUNS = frozenset({"he", "him", "his"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers"})
PLURAL_PRONOUNS = frozenset({"they", "them", "we"})
HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "sir": "m"}
SPEAKING_KINDS = frozenset({"state", "organisation", "group"})
# Nouns for a body that speaks for its state ("Israel's foreign ministry", "the Spanish government"): the
# state itself is the speaker, as the demo gold and a user asking "what did Israel say" both take it.
GOVERNMENT_BODIES = frozenset({"government", "ministry", "cabinet", "administration", "presidency", "embassy"})
# Nouns for a person's staff ("Weiss's office", "his office"): they speak for whom that person speaks for.
STAFF_NOUNS = frozenset({"office", "spokesman", "spokeswoman", "spokesperson", "staff", "aide", "aides", "camp"})
# A state named after these prepositions is where the speaker is, not whom they speak for ("diplomats in
# Brussels", "critics in Israel"); "an official from the State Department" still speaks for it.
LOCATION_PREPOSITIONS = frozenset({"in", "at", "inside", "near", "across", "around"})
STATE_NOUNS = frozenset({"country", "state", "nation", "capital"})
# Documents that "argue", "say" or "warn": they speak for their author, the nearest one named before as the
# subject of a verb of writing or sending ("Holm has written to …", "Holm sent the letter …").
DOCUMENT_NOUNS = frozenset({"letter", "memo", "memorandum", "note", "statement", "communique", "communiqué",
                            "declaration", "document", "message", "email", "op-ed", "article", "report"})  # fmt: skip
AUTHOR_VERBS = frozenset({"write", "send", "sign", "issue", "publish", "release", "draft", "pen", "circulate"})


@dataclass(frozen=True, slots=True)
class Speaker:
    text: str
    start: int
    end: int
    name: str | None = None  # resolved name (for a pronoun or a surname), or the actor's name
    actor: str | None = None  # person id; state/organisation id when the speaker is the institution itself
    affiliation: str | None = None  # the state/organisation the speaker speaks for
    actors: tuple[str, ...] = ()  # several states/organisations speaking together ("Norway, Ireland and Spain")


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
        self.plural: list[tuple[int, Speaker]] = []  # groups that spoke, for "they"
        self.roles: list[tuple[int, Speaker]] = []  # unnamed role speakers, for "he"/"she" after them
        self.last_pronoun: dict[str, tuple[int, Speaker]] = {}  # "he"/"she" -> where it last spoke, who it was
        self._read_honorifics()
        self.groups = self._read_groups()
        self._all_groups: list[tuple[int, tuple[str, ...]]] | None = None
        for actor in self.index.values():
            if actor.kind == "person" and actor.affiliation:
                self.affiliation_of[actor.id] = self.speaks_for(actor.affiliation) or actor.affiliation

    def _read_groups(self, quoted: bool = False) -> list[tuple[int, tuple[str, ...]]]:
        """States/organisations named together ("Norway, Ireland and Spain"), for a later "they"; with
        ``quoted``, also those named inside quotations."""
        groups = []
        doc = self.doc
        for m in self.mentions:
            if not (m.actor_id and m.kind in SPEAKING_KINDS) or (not quoted and self._excluded(m.start)):
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span.root.dep_ == "conj":
                continue
            ids = self._coordinated(span.root, [x for x in self._inside(m.start, sentence(next(span.root.subtree)).end_char)
                                                if x.actor_id and x.kind in SPEAKING_KINDS])  # fmt: skip
            if len(ids) > 1:
                groups.append((m.start, ids))
        return groups

    def _counted_group(self, at: int, count: int) -> tuple[str, ...]:
        """The group of exactly ``count`` named together nearest before ``at``, else the first after it (a lead
        often says "three governments" before it names them), quotations included."""
        if self._all_groups is None:
            self._all_groups = self._read_groups(quoted=True)
        sized = [(pos, ids) for pos, ids in self._all_groups if len(ids) == count]
        before = [g for g in sized if g[0] < at]
        if before:
            return before[-1][1]
        return sized[0][1] if sized else ()

    def _last_group(self, before: int) -> tuple[str, ...]:
        heard = [(at, sp.actors) for at, sp in self.plural if sp.actors and at < before]
        named = [(at, ids) for at, ids in self.groups if at < before]
        candidates = heard + named
        return max(candidates)[1] if candidates else ()

    def _read_honorifics(self) -> None:
        text = doc_text(self.doc)
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

    def speaks_for(self, actor_id: str | None) -> str | None:
        """The actor a speaker of this institution speaks for: a government body's state (the State
        Department speaks for the United States, the Palestinian Authority for Palestine), else itself."""
        if not actor_id:
            return None
        actor = self.gazetteer.actors.get(actor_id) or self.index.get(actor_id)
        if actor is not None and actor.kind == "organisation" and actor.country:
            return f"state:{actor.country}"
        return actor_id

    def resolve(self, head: Token, start: int, end: int) -> Speaker:
        speaker = self._resolve(head, start, end)
        if speaker.actors or head.tag_ in ("NNS", "NNPS"):
            self.plural.append((start, speaker))
        elif speaker.actor is None and head.pos_ == "NOUN" and head.lemma_.casefold() not in GOVERNMENT_BODIES:
            self.roles.append((start, speaker))  # "a member of Likud's central committee ... he said"
        return speaker

    def _resolve(self, head: Token, start: int, end: int) -> Speaker:
        text = doc_text(self.doc)[start:end]
        lower = head.lower_
        if head.pos_ == "PRON" or lower in MALE_PRONOUNS | FEMALE_PRONOUNS | PLURAL_PRONOUNS:
            return self._pronoun(head, text, start, end)
        inside = self._inside(start, end)
        people = [m for m in inside if _is_person(m)]
        institutions = [m for m in inside if m.actor_id and m.kind in SPEAKING_KINDS and not self._located(m)]
        together = self._coordinated(head, institutions)
        if len(together) > 1:  # "Norway, Ireland and Spain said"
            return Speaker(text, start, end, text, None, None, together)
        if people:
            person = next((m for m in people if m.start <= head.idx < m.end), people[0])
            pid = person.actor_id or ""
            actor = self.index.get(pid)
            owner = person.start <= head.idx < person.end or not _possessed_by(head, person)
            stated = (next((m.actor_id for m in institutions), None) or self._title_affiliation(head, start)
                      or self._posted_at(head))  # fmt: skip
            affiliation = self.speaks_for(stated) or self.affiliation_of.get(pid)
            if stated and affiliation:
                self.affiliation_of[pid] = affiliation
            if not owner:  # "Weiss's office", "Holm's spokesman": speaks for whom the person speaks for
                return Speaker(text, start, end, None, None, affiliation)
            return Speaker(text, start, end, actor.name if actor else person.name, pid or None, affiliation)
        own = next((m for m in institutions if m.start <= head.idx < m.end), None)
        if own is not None:  # "Norway said", "the State Department said"
            return Speaker(text, start, end, own.name, own.actor_id, self.speaks_for(own.actor_id))
        if head.lemma_.casefold() in DOCUMENT_NOUNS and not institutions and _is_definite(head):
            author = self._author(head, start)
            if author is not None:  # "The letter … argues that …": the letter speaks for whoever wrote it
                return Speaker(text, start, end, author.name, author.actor, author.affiliation, author.actors)
        stated = next((m.actor_id for m in institutions), None) or self._title_affiliation(head, start)
        role = head.lemma_.casefold()
        body = role in GOVERNMENT_BODIES
        if stated is None and head.tag_ == "NNS" and role in GOVERNMENT_BODIES | STATE_NOUNS:
            count = _count(head)
            if count is not None:  # "Three European governments announced …": the group of three the story names
                group = self._counted_group(start, count)
                if group:
                    return Speaker(text, start, end, None, None, None, group)
                return Speaker(text, start, end)  # several states, not one: no single affiliation
            if _is_definite(head):
                group = self._last_group(start)  # "the governments" after "Norway, Ireland and Spain"
                if group:
                    return Speaker(text, start, end, None, None, None, group)
        if stated is None:
            stated = self._possessor(head, start, body) or self._government_in(head, inside)
        affiliation = self.speaks_for(stated)
        if body and affiliation and affiliation.startswith("state:"):  # "Israel's foreign ministry said"
            actor = self.gazetteer.actors.get(affiliation) or self.index.get(affiliation)
            return Speaker(text, start, end, actor.name if actor else None, affiliation, affiliation)
        if affiliation:
            self.role_affiliation[role] = affiliation
        elif _is_definite(head):
            affiliation = self.role_affiliation.get(role)  # "the official" after "a State Department official"
        return Speaker(text, start, end, None, None, affiliation)

    def _located(self, m: Mention) -> bool:
        """The mention sits in a place phrase of the speaker ("diplomats in Brussels")."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        while root.dep_ == "conj" and root.head is not root:  # "officials in Berlin and Paris"
            root = root.head
        return root.dep_ == "pobj" and root.head.lower_ in LOCATION_PREPOSITIONS

    def _coordinated(self, head: Token, institutions: list[Mention]) -> tuple[str, ...]:
        """States/organisations joined by "and" as one subject: every one of them speaks."""
        if not any(c.dep_ == "conj" for c in head.children):
            return ()
        heads = _conj_chain(head)
        ids: list[str] = []
        for m in institutions:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.root.i in heads and m.actor_id not in ids:
                ids.append(m.actor_id or "")
        return tuple(ids) if len(ids) == len(heads) else ()

    def _possessor(self, head: Token, start: int, body: bool) -> str | None:
        """Whom a body or staff noun belongs to when the phrase names no actor: "its foreign ministry" (the
        state last named), "his office" (the person's affiliation), "the government" (the state last named)."""
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if poss is not None and poss.lower_ in ("his", "her"):
            person = self._pronoun(poss, poss.text, poss.idx, poss.idx + len(poss.text))
            return person.affiliation
        if poss is not None and poss.pos_ == "PROPN":  # "Weiss's office" where the recogniser missed the name
            for actor in self.index.values():
                if actor.kind == "person" and actor.name.split()[-1] == poss.text:
                    return self.affiliation_of.get(actor.id)
        if head.lemma_.casefold() not in GOVERNMENT_BODIES | STAFF_NOUNS:
            return None
        if poss is not None and poss.lower_ == "its":
            return self._last_state(start)
        if body and _is_definite(head):  # "Norway will …, the government announced": the sentence's state
            return self._first_state(head) or self._last_state(start)
        return None

    def _it(self, text: str, start: int, end: int) -> Speaker:
        """Speaker of "it said": the state or organisation that is the subject of an earlier clause of the sentence
        ("Washington repeated that it opposes what it calls …"), else the nearest one before; never a person."""
        sent_start = self.doc.char_span(start, end, alignment_mode="expand")
        first = sentence(sent_start).start_char if sent_start is not None else start
        for m in self.mentions[bisect.bisect_left(self.starts, first) : bisect.bisect_left(self.starts, start)]:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if m.actor_id and m.kind in SPEAKING_KINDS and span is not None and span.root.dep_ == "nsubj":
                return Speaker(text, start, end, m.name, m.actor_id, self.speaks_for(m.actor_id))
        i = bisect.bisect_left(self.starts, start) - 1
        while i >= 0:
            m = self.mentions[i]
            i -= 1
            if m.actor_id and m.kind in SPEAKING_KINDS and not self._excluded(m.start):
                return Speaker(text, start, end, m.name, m.actor_id, self.speaks_for(m.actor_id))
        return Speaker(text, start, end)

    def _author(self, head: Token, start: int) -> Speaker | None:
        """The subject of the nearest verb of writing or sending before the document noun."""
        for tok in reversed(self.doc[: head.i]):
            if tok.pos_ != "VERB" or tok.lemma_.casefold() not in AUTHOR_VERBS or self._excluded(tok.idx):
                continue
            subject = next((c for c in reversed(list(tok.lefts)) if c.dep_ == "nsubj"), None)  # not a dateline
            if subject is None or subject.pos_ == "PRON" and subject.lower_ not in MALE_PRONOUNS | FEMALE_PRONOUNS:
                continue
            left, right = subject.left_edge, subject.right_edge
            end = right.idx + len(right.text)
            people = [m for m in self._inside(left.idx, end) if _is_person(m)]
            if people:  # the person nearest the verb ("OSLO, March 2 (Wire) - Foreign Minister Kari Holm has written")
                pid = people[-1].actor_id or ""
                actor = self.index.get(pid)
                name = actor.name if actor else people[-1].name
                return Speaker(
                    doc_text(self.doc)[left.idx : end], left.idx, end, name, pid, self.affiliation_of.get(pid)
                )
            written = self._resolve(subject, left.idx, end)
            if written.actor or written.actors:
                return written
        return None

    def _posted_at(self, head: Token) -> str | None:
        """A government body the sentence opens with, before the speaker ("At the State Department,
        spokesperson Mara Quinlan told …"): the person speaks for its state. International bodies ("At the
        United Nations, Holm said") say where, not for whom."""
        verb = head.head
        for prep in verb.lefts:
            if prep.dep_ != "prep" or prep.lower_ not in ("at", "from") or prep.i > head.left_edge.i:
                continue
            for m in self._inside(prep.idx, head.left_edge.idx):
                actor = self.gazetteer.actors.get(m.actor_id or "") or self.index.get(m.actor_id or "")
                if actor is not None and actor.kind == "organisation" and actor.country:
                    return actor.id
        return None

    def _government_in(self, head: Token, inside: list[Mention]) -> str | None:
        """ "A government spokesman in Berlin": a government role placed in a state's capital speaks for it."""
        if not any(c.lemma_.casefold() == "government" and c.dep_ in ("compound", "amod") for c in head.children):
            return None
        states = [m.actor_id for m in inside if m.actor_id and m.actor_id.startswith("state:") and self._located(m)]
        return states[0] if len(set(states)) == 1 else None

    def _in_reach(self, m: Mention, pronoun: Token) -> bool:
        """The mention lies in the pronoun's sentence or the one before it (where a subject still outranks a
        nearer object: "Holm sent the letter to Weiss. In it she argues …" is Holm)."""
        return self._in_reach_at(m.start, pronoun)

    def _salient(self, candidates: list[Mention]) -> Mention:
        """The nearest candidate that is a subject, among those within reach, else the nearest."""
        return next((m for m in candidates if self._is_subject(m)), candidates[0])

    def _is_subject(self, m: Mention) -> bool:
        """A subject, or the name in apposition to one ("The center's president, Cathi Herrod, has been")."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        return root.dep_ in SUBJECTS or (root.dep_ == "appos" and root.head.dep_ in SUBJECTS)

    def _modifier(self, m: Mention) -> bool:
        """A name that modifies a common noun ("the Obama administration"): the noun is the referent."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span is not None and span.root.dep_ == "compound" and span.root.head.pos_ == "NOUN"

    def _in_reach_at(self, at: int, pronoun: Token) -> bool:
        """``at`` lies in the pronoun's sentence or the one before it."""
        sent = sentence(pronoun)
        previous = sentence(sent.doc[sent.start - 1]).start_char if sent.start > 0 else sent.start_char
        return at >= previous

    def _first_state(self, head: Token) -> str | None:
        sent = sentence(head)
        for m in self._inside(sent.start_char, head.idx):
            if m.actor_id and m.actor_id.startswith("state:") and not self._excluded(m.start):
                return m.actor_id
        return None

    def _last_state(self, before: int) -> str | None:
        i = bisect.bisect_left(self.starts, before) - 1
        while i >= 0:
            m = self.mentions[i]
            i -= 1
            if m.actor_id and m.actor_id.startswith("state:") and not self._excluded(m.start):
                return m.actor_id
        return None

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
            if lower == "we" or not (self.plural or self.groups):
                return Speaker(text, start, end)
            if not self.plural:
                named = self._last_group(start)
                return Speaker(text, start, end, None, None, None, named)
            at, group = self.plural[-1]  # "they": the nearest group that spoke or was named before
            named = self._last_group(start)
            if named and (not group.actors or any(g_at > at for g_at, ids in self.groups if ids == named)):
                return Speaker(text, start, end, None, None, None, named)
            return Speaker(text, start, end, group.name, group.actor, group.affiliation, group.actors)
        if lower == "it":
            return self._it(text, start, end)
        gender = "m" if lower in MALE_PRONOUNS else "f" if lower in FEMALE_PRONOUNS else None
        speaker = self._pronoun_referent(head, gender, text, start, end)
        if gender is not None and (speaker.actor or speaker.affiliation or speaker.name):
            self.last_pronoun[gender] = (start, speaker)
        return speaker

    def _pronoun_referent(self, head: Token, gender: str | None, text: str, start: int, end: int) -> Speaker:
        """The nearest compatible person before the pronoun, with two preferences of subjects over other
        nouns (a speaker is the subject of its cue; a pronoun speaker most often continues the last one):
        "He said …" after "a member of the council told Breitbart Jerusalem" is the member, and a second
        "he said" is whoever the first was, unless a person has since been a subject. A person's name used as
        a modifier ("the Obama administration", "Trump supporters") names no antecedent."""
        role_at, role = self.roles[-1] if self.roles else (-1, None)
        i = bisect.bisect_left(self.starts, start) - 1
        candidates: list[Mention] = []
        while i >= 0:
            m = self.mentions[i]
            i -= 1
            if m.start < role_at and role is not None:
                break  # a role speaker is nearer than any person: "A member of … said … he said"
            if not _is_person(m) or self._excluded(m.start) or self._modifier(m):
                continue
            known = self.gender_of.get(m.actor_id or "")
            if gender and known and known != gender:
                continue
            if candidates and not self._in_reach(m, head):
                break
            candidates.append(m)
            if not self._in_reach(m, head):
                break  # none within reach: the nearest person before them
        previous_at, previous = self.last_pronoun.get(gender or "", (-1, None))
        if previous is not None and previous_at > role_at and self._in_reach_at(previous_at, head):
            between = self.mentions[
                bisect.bisect_right(self.starts, previous_at) : bisect.bisect_left(self.starts, start)
            ]
            if not any(_is_person(m) and not self._modifier(m) and self._is_subject(m) for m in between):
                return replace(previous, text=text, start=start, end=end)
        if role is not None and self._in_reach_at(role_at, head) and not any(map(self._is_subject, candidates)):
            return Speaker(text, start, end, role.text, None, role.affiliation)
        if candidates:
            m = self._salient(candidates)
            pid = m.actor_id or ""
            if gender:
                self.gender_of.setdefault(pid, gender)
            actor = self.index.get(pid)
            return Speaker(text, start, end, actor.name if actor else m.name, pid or None, self.affiliation_of.get(pid))
        if role is not None:
            return Speaker(text, start, end, role.text, None, role.affiliation)
        return Speaker(text, start, end)


def _is_person(m: Mention) -> bool:
    return bool(m.actor_id and m.actor_id.startswith("person:"))


def _possessed_by(head: Token, person: Mention) -> bool:
    """The person is the possessor of the head noun ("Weiss's office")."""
    return any(c.dep_ == "poss" and person.start <= c.idx < person.end for c in head.children)


def _conj_chain(head: Token) -> set[int]:
    """The head and the words coordinated with it ("Norway, Ireland and Spain")."""
    out, stack = {head.i}, [head]
    while stack:
        for c in stack.pop().children:
            if c.dep_ == "conj" and c.i not in out:
                out.add(c.i)
                stack.append(c)
    return out


def _count(head: Token) -> int | None:
    """The number a plural noun is counted with ("three governments", "the 3 states")."""
    from storyline.numbers import WORD_NUMBERS

    for c in head.children:
        if c.dep_ == "nummod":
            word = c.lower_
            return int(word) if word.isdigit() else WORD_NUMBERS.get(word)
    return None


def _is_definite(head: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in head.children)
