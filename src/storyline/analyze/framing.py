"""Framing markers: loaded and neutral terms, judging attribution verbs and epithets, each with its span.

Scare quotes come from the quotes stage (``FramingMarker(kind="scare_quote")`` in ``analysis.framing``);
this stage keeps them and adds its own markers from the lexicon (``data/lexicon.yaml`` plus the user's file
named by ``Settings.lexicon``):

* ``loaded_term`` / ``neutral_term``: one side of a term pair ("Judea and Samaria" / "West Bank"), with
  ``topic`` and, in ``neutral``, the pair's neutral term; loaded words with no counterpart have topic
  ``general`` and a plainer alternative in ``neutral`` where one exists;
* ``judging_verb`` / ``neutral_verb``: attribution verbs, counted only where the verb reports speech
  (it governs a clause or a quotation), with the speaker's actor id in ``target`` when the subject names one;
* ``epithet``: a label attached to an actor ("hardline", "so-called"), the actor in ``target``.

Why hand-written: term lists are plain data matched with spaCy's ``PhraseMatcher``; what no library does
is decide from the parse whether a verb is an attribution and which actor a label is attached to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from storyline.analyze import stage
from storyline.config import Settings
from storyline.errors import StorylineError
from storyline.model import Analysis, FramingMarker, Mention
from storyline.nlp import sentence

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc, Span, Token

# Kinds that signal a framing choice (the others are the neutral baseline they are compared against).
LOADED_KINDS = ("scare_quote", "loaded_term", "judging_verb", "epithet")
ALL_KINDS = (*LOADED_KINDS, "neutral_term", "neutral_verb")

# Nouns for people and groups: an epithet modifying one of these is attached to an actor even when the
# actor is not named ("hardline settlers", "moderate lawmakers").
_GROUP_WORDS = """leader leaders government party parties group groups faction factions cleric clerics lawmaker lawmakers
    politician politicians settler settlers minister ministers president premier chancellor wing camp coalition
    movement regime activist activists official officials member members senator senators congressman
    congresswoman candidate candidates commander commanders militia militias rebel rebels cabinet administration
    supporters opponents allies critics protesters voters republicans democrats conservatives liberals
    nationalists islamists hardliners moderates figure figures"""
_GROUP_NOUNS = frozenset(_GROUP_WORDS.split())
_REPORTING_DEPS = frozenset({"ccomp", "parataxis"})
_QUOTE_CHARS = "\"\u201c\u201d\u2018\u2019'"


@dataclass(frozen=True)
class TermEntry:
    kind: str  # loaded_term | neutral_term | epithet
    topic: str
    neutral: str | None
    side: str | None = None
    context: tuple[str, ...] = ()  # lower-cased words one of which must be in the sentence


@dataclass
class Lexicon:
    terms: dict[str, TermEntry] = field(default_factory=dict)  # lower-cased phrase -> entry
    epithets: dict[str, str | None] = field(default_factory=dict)
    judging_verbs: frozenset[str] = frozenset()
    neutral_verbs: frozenset[str] = frozenset()

    def with_loaded(self, words: dict[str, str | None], topic: str) -> Lexicon:
        """A copy with extra loaded words (e.g. learned from a tuning split) that do not override entries."""
        terms = dict(self.terms)
        for word, neutral in words.items():
            terms.setdefault(word.casefold(), TermEntry("loaded_term", topic, neutral))
        return Lexicon(terms, dict(self.epithets), self.judging_verbs, self.neutral_verbs)


def _inflections(phrase: str) -> list[str]:
    """The phrase and plural forms of its last word (settlement -> settlements, colony -> colonies)."""
    head, _, last = phrase.rpartition(" ")
    forms = {last, last + "s"}
    if last.endswith(("s", "x", "ch", "sh")):
        forms.add(last + "es")
    if last.endswith("y") and len(last) > 2 and last[-2] not in "aeiou":
        forms.add(last[:-1] + "ies")
    return [f"{head} {f}".strip() for f in sorted(forms)]


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> None:
    for key, value in extra.items():
        if key == "pairs":
            for topic, entries in (value or {}).items():
                base.setdefault("pairs", {}).setdefault(topic, []).extend(entries or [])
        elif key in ("loaded", "epithets"):
            base.setdefault(key, {}).update(value or {})
        elif key == "verbs":
            for side, verbs in (value or {}).items():
                base.setdefault("verbs", {}).setdefault(side, [])
                base["verbs"][side] = sorted(set(base["verbs"][side]) | set(verbs or []))
        else:
            raise StorylineError(f"lexicon: unknown key {key!r}; use pairs, loaded, verbs or epithets")


def build_lexicon(data: dict[str, Any]) -> Lexicon:
    lex = Lexicon()
    for topic, entries in (data.get("pairs") or {}).items():
        for entry in entries or []:
            neutral = str(entry["neutral"])
            context = tuple(str(c).casefold() for c in entry.get("context") or ())
            for form in _inflections(neutral.casefold()):
                lex.terms.setdefault(form, TermEntry("neutral_term", topic, neutral, "neutral", context))
            for term, side in (entry.get("terms") or {}).items():
                for form in _inflections(str(term).casefold()):
                    lex.terms[form] = TermEntry("loaded_term", topic, neutral, side, context)
    for word, plain in (data.get("loaded") or {}).items():
        lex.terms.setdefault(str(word).casefold(), TermEntry("loaded_term", "general", plain))
    lex.epithets = {str(k).casefold(): v for k, v in (data.get("epithets") or {}).items()}
    verbs = data.get("verbs") or {}
    lex.judging_verbs = frozenset(v.casefold() for v in verbs.get("judging") or ())
    lex.neutral_verbs = frozenset(v.casefold() for v in verbs.get("neutral") or ())
    return lex


@lru_cache(maxsize=8)
def load_lexicon(extra_file: str | None = None) -> Lexicon:
    """The bundled lexicon merged with the user's file (its entries are added; same term: the user's wins)."""
    data = yaml.safe_load(resources.files("storyline.data").joinpath("lexicon.yaml").read_text("utf-8"))
    if extra_file:
        path = Path(extra_file)
        try:
            extra = yaml.safe_load(path.read_text("utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise StorylineError(f"lexicon file {path} could not be read ({exc}); fix it or drop --lexicon") from exc
        if not isinstance(extra, dict):
            raise StorylineError(f"lexicon file {path} must hold a mapping with pairs, loaded, verbs or epithets")
        _merge(data, extra)
    return build_lexicon(data)


_MATCHERS: dict[tuple[int, int], tuple[PhraseMatcher, PhraseMatcher, Lexicon]] = {}


def _matchers(doc: Doc, lex: Lexicon, model: str) -> tuple[PhraseMatcher, PhraseMatcher]:
    """Phrase matchers for terms and epithets, built once per (vocabulary, lexicon)."""
    key = (id(doc.vocab), id(lex))
    cached = _MATCHERS.get(key)
    if cached is not None and cached[2] is lex:
        return cached[0], cached[1]
    from spacy.matcher import PhraseMatcher

    from storyline import nlp

    tokenizer = nlp.load(model).tokenizer
    terms = PhraseMatcher(doc.vocab, attr="LOWER")
    for phrase in lex.terms:
        terms.add(phrase, [tokenizer(phrase)])
    epithets = PhraseMatcher(doc.vocab, attr="LOWER")
    for phrase in lex.epithets:
        epithets.add(phrase, [tokenizer(phrase)])
    _MATCHERS[key] = (terms, epithets, lex)
    return terms, epithets


def _sentence_words(span: Span) -> str:
    return " " + re.sub(r"\s+", " ", sentence(span).text.casefold()) + " "


def term_markers(doc: Doc, lex: Lexicon, matcher: PhraseMatcher) -> list[FramingMarker]:
    from spacy.util import filter_spans

    spans = filter_spans([doc[s:e] for _, s, e in matcher(doc)])
    out = []
    for span in spans:
        entry = lex.terms.get(span.text.casefold()) or lex.terms.get(" ".join(t.lower_ for t in span))
        if entry is None:
            continue
        if entry.context:
            words = _sentence_words(span)
            if not any(f" {c} " in words or f" {c}" in words for c in entry.context):
                continue
        out.append(FramingMarker(start=span.start_char, end=span.end_char, text=span.text, kind=entry.kind,
                                 neutral=entry.neutral, topic=entry.topic, side=entry.side))  # fmt: skip
    return out


def _mention_at(mentions: list[Mention], start: int, end: int) -> Mention | None:
    for m in mentions:
        if m.start <= start < m.end or start <= m.start < end:
            return m
    return None


def _actor_ref(m: Mention) -> str:
    return m.actor_id or m.name or m.text


def _reports_speech(token: Token, cue_starts: set[int]) -> bool:
    if token.idx in cue_starts:
        return True
    if any(child.dep_ in _REPORTING_DEPS for child in token.children):
        return True
    if token.dep_ == "parataxis":
        return True
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return nxt is not None and (nxt.lower_ == "that" or nxt.text in _QUOTE_CHARS or nxt.text == ":")


def verb_markers(doc: Doc, analysis: Analysis, lex: Lexicon) -> list[FramingMarker]:
    # a quotation's cue counts as reporting speech; an indirect "quote" must also pass the parse test, so a
    # verb with a plain object ("claimed responsibility") is not taken for an attribution
    cue_speakers = {q.cue_start: q.speaker_actor or q.speaker_name for q in analysis.quotes
                    if q.cue_start is not None and q.kind in ("direct", "partial")}  # fmt: skip
    cue_starts = set(cue_speakers)
    out = []
    for token in doc:
        if token.pos_ != "VERB":
            continue
        lemma = token.lemma_.casefold()
        kind = "judging_verb" if lemma in lex.judging_verbs else "neutral_verb" if lemma in lex.neutral_verbs else None
        if kind is None or not _reports_speech(token, cue_starts):
            continue
        speaker = cue_speakers.get(token.idx)
        for child in token.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                m = _mention_at(analysis.actors, child.idx, child.idx + len(child.text))
                speaker = _actor_ref(m) if m else speaker
        out.append(FramingMarker(start=token.idx, end=token.idx + len(token.text), text=token.text, kind=kind,
                                 neutral="said" if kind == "judging_verb" else None, topic="attribution",
                                 target=speaker))  # fmt: skip
    return out


def _epithet_target(span: Span, mentions: list[Mention]) -> tuple[bool, str | None]:
    """(attached to an actor or group, the actor's id or name when one is named)."""
    sent_end = sentence(span).end_char
    # a named actor right after the label: "hardline Prime Minister Benjamin Netanyahu"
    for m in mentions:
        if span.end_char <= m.start < min(sent_end, span.end_char + 45):
            between = span.doc.char_span(span.end_char, m.start, alignment_mode="expand")
            if between is None or len(between) <= 4:
                return True, _actor_ref(m)
            break
    head = span.root.head if span.root.dep_ in ("amod", "compound", "nmod") else None
    if head is not None:
        m = _mention_at(mentions, head.idx, head.idx + len(head.text))
        if m is not None:
            return True, _actor_ref(m)
        if (
            head.lemma_.casefold() in _GROUP_NOUNS
            or head.lower_ in _GROUP_NOUNS
            or head.ent_type_ in ("NORP", "PERSON", "ORG")
        ):
            return True, None
    # a label used as a noun for people: "the hardliners", "a firebrand"
    if span.root.pos_ == "NOUN" and span.root.dep_ in ("nsubj", "dobj", "pobj", "appos", "attr"):
        return True, None
    return False, None


def epithet_markers(doc: Doc, analysis: Analysis, lex: Lexicon, matcher: PhraseMatcher) -> list[FramingMarker]:
    from spacy.util import filter_spans

    out = []
    for span in filter_spans([doc[s:e] for _, s, e in matcher(doc)]):
        attached, target = _epithet_target(span, analysis.actors)
        if not attached:
            continue
        plain = lex.epithets.get(span.text.casefold())
        out.append(FramingMarker(start=span.start_char, end=span.end_char, text=span.text, kind="epithet",
                                 neutral=plain, topic="label", target=target))  # fmt: skip
    return out


def _resolve_overlaps(markers: list[FramingMarker]) -> list[FramingMarker]:
    """One marker per stretch of text: scare quotes and epithets win over a loaded word on the same span."""
    priority = {
        "scare_quote": 0,
        "epithet": 1,
        "judging_verb": 2,
        "loaded_term": 3,
        "neutral_verb": 4,
        "neutral_term": 5,
    }
    kept: list[FramingMarker] = []
    for m in sorted(markers, key=lambda m: (priority.get(m.kind, 9), m.start, -m.end)):
        if m.kind != "scare_quote" and any(
            k.kind != "scare_quote" and k.start < m.end and m.start < k.end for k in kept
        ):
            continue
        kept.append(m)
    return sorted(kept, key=lambda m: (m.start, m.end, m.kind))


_SHORT_SCARE_WORDS = 4  # a scare quote is a word or a short name; a longer stretch in reported speech is speech


def _is_scare_quote(marker: FramingMarker, doc: Doc, analysis: Analysis) -> bool:
    """Whether a quotation handed over as a scare quote is one: not a quoted name, not the speaker's words.

    * a quoted name of an office, a body or a work ("Office for Regional Affairs") is a title: several
      capitalised words, with a lower-case function word between them or three or more of them; a short
      scare-quoted name ("Palestine", "Islamic State") stays;
    * a stretch of more than a few words inside reported speech ('she expected a decision "well before the
      next General Assembly"') is a partial quote of that speaker.
    """
    inner = doc.char_span(marker.start, marker.end, alignment_mode="expand")
    if inner is None:
        return True
    words = [t for t in inner if t.is_alpha]
    capitalised = [t for t in words if t.is_title or t.is_upper]
    lower_function = [t for t in words if t.is_lower and t.is_stop]
    if (
        len(capitalised) >= 2
        and len(capitalised) + len(lower_function) == len(words)
        and (lower_function or len(capitalised) >= 3)
        and not inner[0].is_sent_start
    ):
        return False
    in_reported_speech = any(
        q.kind == "indirect" and q.start <= marker.start and marker.end <= q.end + 2 for q in analysis.quotes
    )
    return not (in_reported_speech and len(words) > _SHORT_SCARE_WORDS)


def find_markers(doc: Doc, analysis: Analysis, lex: Lexicon, model: str) -> list[FramingMarker]:
    terms, epithets = _matchers(doc, lex, model)
    found = (
        term_markers(doc, lex, terms) + verb_markers(doc, analysis, lex) + epithet_markers(doc, analysis, lex, epithets)
    )
    handed = [m for m in analysis.framing if m.kind != "scare_quote" or _is_scare_quote(m, doc, analysis)]
    return _resolve_overlaps(handed + found)


@stage("framing", requires=("quotes",), assigns=("framing",))
def framing(doc: Doc, analysis: Analysis, settings: Settings) -> dict[str, Any]:
    lex = load_lexicon(settings.lexicon)
    return {"framing": find_markers(doc, analysis, lex, settings.model)}
