"""Stage "events": who did what to whom, and when, from the dependency parse.

For each verb whose lemma (or lemma + particle/object, "call for", "impose sanctions") is in the event
lexicon (``data/event_verbs.yaml``, documented in docs/events.md), the source actor is the resolved
actor in its subject (the agent of a passive), the target the first resolved actor among its objects and
prepositional objects, and the place a state named after "in". Actors come only from the verb's own
clause, never from elsewhere in the story (the complaint users make of GDELT).

Not coded: verbs inside quotation marks (statements stay quotes), negated verbs ("did not recognize"),
and verbs with no resolved source. Background is kept but marked ``historical`` with its own date: a
sentence whose time expression lies more than a year before publication, or a "since 1967"/"in the
1980s" time, or a past-perfect verb.

The date is the sentence's own time expression when it has one; otherwise the publication date with
``date_precision=None`` (the text gives no date; the report is the latest the act can have happened).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml

from storyline.analyze import stage
from storyline.config import Settings
from storyline.model import Analysis, Event, Mention, TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

QUOTE_MARKS = {'"', "\u201c", "\u201d", "``", "''"}
OBJECT_DEPS = {"dobj", "obj", "dative", "attr", "oprd"}
TARGET_PREPS = {"to", "with", "on", "against", "at", "for", "from", "into", "toward", "towards", "over", "by"}
PLACE_PREPS = {"in", "at"}
PAST_REFS = {"PAST_REF"}


@lru_cache(maxsize=1)
def lexicon() -> tuple[dict[str, str], dict[tuple[str, str], str], dict[str, str]]:
    """(single lemma -> code, (lemma, particle/object lemma) -> code, code -> PLOVER category)."""
    data = yaml.safe_load(resources.files("storyline.data").joinpath("event_verbs.yaml").read_text("utf-8"))
    single: dict[str, str] = {}
    phrases: dict[tuple[str, str], str] = {}
    plover: dict[str, str] = {}
    for code, entry in data.items():
        plover[code] = entry["plover"]
        for verb in entry["verbs"]:
            words = verb.split()
            if len(words) == 1:
                single.setdefault(words[0], code)
            else:
                phrases.setdefault((words[0], words[-1]), code)
    return single, phrases, plover


@stage("events", requires=("actors", "times"), assigns=("events",))
def events(doc: Doc, analysis: Analysis, settings: Settings) -> dict[str, Any]:
    single, phrases, _ = lexicon()
    mentions = [m for m in analysis.actors if m.actor_id]
    published = (analysis.article.published or "")[:10] or None
    out: list[Event] = []
    for sent in doc.sents:
        sent_mentions = [m for m in mentions if sent.start_char <= m.start < sent.end_char]
        if not sent_mentions:
            continue
        sent_times = [t for t in analysis.times if sent.start_char <= t.start < sent.end_char]
        for token in sent:
            if token.pos_ != "VERB":
                continue
            code = _code(token, single, phrases)
            if code is None or _negated(token) or _inside_quotes(sent, token):
                continue
            event = _event(token, code, sent, sent_mentions, sent_times, published)
            if event is not None:
                out.append(event)
    return {"events": _dedupe(out)}


def _code(verb: Token, single: dict[str, str], phrases: dict[tuple[str, str], str]) -> str | None:
    lemma = verb.lemma_.casefold()
    for child in verb.children:
        key = (lemma, child.lemma_.casefold())
        if child.dep_ in {"prt", "prep", "dobj", "obj"} and key in phrases:
            return phrases[key]
        if child.dep_ in {"dobj", "obj"} and (lemma, child.text.casefold()) in phrases:
            return phrases[(lemma, child.text.casefold())]
    return single.get(lemma)


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ == "neg" for c in verb.head.children if verb.dep_ == "xcomp"
    )


def _inside_quotes(sent: Span, token: Token) -> bool:
    before = sum(1 for t in sent if t.i < token.i and t.text in QUOTE_MARKS)
    opening = sum(1 for t in sent if t.i < token.i and t.text in {"\u201c", "``"})
    closing = sum(1 for t in sent if t.i < token.i and t.text in {"\u201d", "''"})
    return opening > closing or (opening == closing == 0 and before % 2 == 1)


def _event(
    verb: Token,
    code: str,
    sent: Span,
    mentions: list[Mention],
    times: list[TimeExpression],
    published: str | None,
) -> Event | None:
    subject_tokens, agent_tokens = _subject(verb)
    passive = bool(agent_tokens) or any(c.dep_ == "nsubjpass" for c in verb.children)
    source_side = agent_tokens if passive else subject_tokens
    source = _first_mention(source_side, mentions)
    if source is None:
        return None
    place = _place(verb, mentions)
    taken = {source.start} | ({place.start} if place else set())
    target_side = subject_tokens if passive else _object_tokens(verb)
    target = _first_mention(
        target_side, [m for m in mentions if m.start not in taken and m.actor_id != source.actor_id]
    )
    when = _date(verb, sent, times)
    historical = _historical(verb, when, published)
    date, precision = (when.value, when.precision) if when is not None else (published, None)
    return Event(
        start=sent.start_char,
        end=sent.end_char,
        text=sent.text,
        action=code,
        source_actor=source.actor_id,
        target_actor=target.actor_id if target else None,
        date=date,
        date_precision=precision,
        place=place.text if place else None,
        historical=historical,
        trigger=verb.text,
    )


def _subject(verb: Token) -> tuple[list[Token], list[Token]]:
    """Heads of the verb's subject and of a passive's "by" agent; an xcomp or conj borrows its head's."""
    head = verb
    for _ in range(3):
        subject = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}]
        agent = [g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if subject or agent:
            return subject, agent
        if head.dep_ in {"xcomp", "conj", "advcl"} and head.head is not head:
            head = head.head  # "Norway decided to recognize": the subject of "decided"
        else:
            break
    return [], []


def _object_tokens(verb: Token) -> list[Token]:
    """Heads of the verb's objects and prepositional objects, nearest first."""
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS:
            out.append(child)
        elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
            out.extend(g for g in child.children if g.dep_ == "pobj")
        elif child.dep_ == "xcomp":  # "agreed to meet Norway": the object of the complement
            out.extend(_object_tokens(child))
    return sorted(out, key=lambda t: t.i)


def _first_mention(heads: list[Token], mentions: list[Mention]) -> Mention | None:
    """The actor a phrase names: the mention at its head ("Kari Holm" in "Norwegian ... Kari Holm"), else the
    first mention inside it ("Hungarian" in "Hungarian officials")."""
    for head in heads:
        for m in mentions:
            if m.start <= head.idx < m.end:
                return m
        conjuncts = [head, *head.conjuncts]
        for conj in conjuncts:
            for m in mentions:
                if m.start <= conj.idx < m.end:
                    return m
        spans = [(t.idx, t.idx + len(t.text)) for t in head.subtree]
        for m in sorted(mentions, key=lambda m: m.start):
            if any(s <= m.start < e for s, e in spans):
                return m
    return None


def _place(verb: Token, mentions: list[Mention]) -> Mention | None:
    """A state or place named after "in"/"at" in the verb's clause ("met Kerry in Oslo")."""
    preps = [t for t in verb.subtree if t.dep_ == "prep" and t.lower_ in PLACE_PREPS and t.i > verb.i]
    for prep in preps:
        found = _first_mention([g for g in prep.children if g.dep_ == "pobj"], mentions)
        if found is not None and found.label in {"GPE", "LOC", "FAC"}:
            return found
    return None


def _date(verb: Token, sent: Span, times: list[TimeExpression]) -> TimeExpression | None:
    """The sentence's time expression nearest the verb that names a point in time (not a duration)."""
    dated = [t for t in times if t.value and t.type in {"DATE", "TIME"} and t.precision is not None]
    if not dated:
        return None
    return min(dated, key=lambda t: abs(t.start - verb.idx))


def _historical(verb: Token, when: TimeExpression | None, published: str | None) -> bool:
    if any(c.tag_ == "VBD" and c.lower_ == "had" for c in verb.children if c.dep_ == "aux"):
        return True  # past perfect: background to the news
    if when is None:
        return False
    left = verb.doc.text[max(0, when.start - 8) : when.start].casefold()
    if "since" in left:
        return True
    if when.precision in {"decade", "century"}:
        return True
    if published and when.value and when.value[:4].isdigit() and published[:4].isdigit():
        return int(when.value[:4]) < int(published[:4]) - 1
    return False


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per (sentence, action, source, target): "agreed to sign and ratify" is one act."""
    seen: set[tuple[int, str, str | None, str | None]] = set()
    out = []
    for e in events:
        key = (e.start, e.action, e.source_actor, e.target_actor)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out
