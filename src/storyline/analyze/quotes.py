"""Quotes stage: direct, partial and indirect quotes, each with its cue and its speaker resolved to an actor.

How it works, on the one spaCy parse every stage shares (no second parse, linear in the article):

1. Quotation marks are paired in the raw text (:mod:`._quotemarks`), paragraph-aware.
2. Every verb of saying outside a quotation (``said``, ``told``, ``insisted``, ``according to`` …) is a cue.
   Its speaker is its grammatical subject (or the subject of the verb it hangs from: "…, calling it");
   its content is its clausal complement (reported speech) or the clause it interrupts ("…, sources said").
3. Each quotation is owned by the cue it is syntactically tied to or typeset beside (``"…," he said``,
   ``He said: "…"``). An owned full quotation is a *direct* quote; a quotation inside reported speech
   is a *partial* quote; a clausal quotation with no cue continues the previous speaker's quote. Any
   other quotation (the "peace plan", a new "Office for Regional Affairs") is not speech: it goes to the
   framing stage as a ``scare_quote`` marker.
4. Speakers are resolved by :mod:`._speakers` (pronouns, surnames, titles, roles, affiliations).

Hand-written rules rather than a library: textacy's ``direct_quotations`` finds only direct quotes and
leaves "he said" unresolved, and no maintained spaCy 3.8 component does attribution (see docs/quotes.md
for the measured comparison on PolNeAR).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from storyline.analyze import stage
from storyline.analyze._quotemarks import MARKS, Quotation, find_quotations, paragraphs
from storyline.analyze._speakers import Speaker, SpeakerResolver
from storyline.config import Settings
from storyline.model import Analysis, FramingMarker, Quote, QuoteKind
from storyline.nlp import doc_text, sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs of saying (lemmas). Tuned on PolNeAR train/ cue counts; nouns ("statement") are not cues here.
SPEECH_CUES = _words(
    """say tell add write state declare announce claim insist stress argue assert explain note warn suggest
    ask reply respond answer confirm deny admit acknowledge concede report tweet post comment remark continue
    predict promise vow pledge urge emphasize emphasise reiterate repeat recall mention testify allege contend
    maintain complain joke quip boast caution charge counter observe reveal disclose agree retort propose
    recommend demand question conclude estimate indicate point acknowledge lament scoff cry shout yell
    whisper blast slam praise criticize criticise accuse threaten inform assure remind signal"""
)
# Verbs of saying whose object is what was said ("announced the creation of …", "denied the report"),
# unlike "told reporters" or "urged Congress", whose object is the one spoken to. Not "recall": "recalled its
# ambassador" is a deed, "recalled the meeting" a memory; "recalled that …" still reports speech.
OBJECT_CONTENT_CUES = _words(
    "announce deny confirm reiterate note mention praise criticize criticise blast slam accuse claim "
    "predict promise propose reveal disclose acknowledge admit question demand repeat allege"
)
# Nouns of saying: cues only with a that-clause and a named source ("the announcement by Norway that …").
NOUN_CUES = frozenset({"announcement", "statement", "claim", "warning", "assurance", "pledge", "promise", "insistence"})
# Objects that make a verb of saying a deed ("claimed responsibility", "claimed victory").
NOT_SAID_OBJECTS = frozenset({"responsibility", "credit", "victory", "seat", "title", "life", "lives"})
# Verbs that report speech only with a clause or a quotation ("continued to fund", "responded by recalling").
CLAUSE_ONLY_CUES = frozenset({"continue", "respond", "answer", "reply"})
# Verbs that name or label: a cue only when they own a quotation (calling the plan "a dead end").
NAMING_CUES = frozenset({"call", "describe", "dub", "term", "label", "brand", "characterize", "characterise"})
# Verbs of saying whose to-infinitive is what was said: a promise, a threat ("pledged to make sure …").
PROMISE_CUES = _words("promise pledge vow threaten swear")
# Verbs of judging that name what was said in an "as" phrase: a move officials "described as a prize for
# terror", a letter Palestinian officials "hailed as the most serious initiative". The as-phrase is the content.
AS_CUES = NAMING_CUES | _words(
    "hail denounce condemn welcome dismiss decry reject praise criticize criticise slam blast"
)
# Thoughts and intentions: PolNeAR annotates them as attributions; storyline's quotes do not include them.
THOUGHT_CUES = _words(
    "think believe want hope fear expect feel worry know consider doubt intend wish suspect plan "
    "understand realize recognize assume guess"
)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
STATEMENT_NOUNS = frozenset({"statement", "letter", "tweet", "post", "message", "release", "note", "email"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
CLAUSE_DEPS = frozenset({"ccomp"})
INTERRUPTING_DEPS = frozenset({"parataxis", "ccomp", "advcl", "conj"})
INHERIT_SUBJECT_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp", "acl"})
CUT_FROM_SPEAKER = frozenset({"relcl", "acl", "advcl"})  # "the official, who asked not to be named"
SCARE_BEFORE = frozenset({"DET", "PRON", "ADJ", "NUM"})  # the "peace plan", its "state", a new "Office"
MAX_SCARE_TOKENS = 4
DATELINE_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})
COVER_SHARE = 0.95  # a quotation this much of the reported clause is the whole of it (direct, not partial)
ADJACENT_GAP = 3  # characters of punctuation and space between a quotation and its cue ("," or ":")


@dataclass(slots=True)
class Attribution:
    """One act of saying: cue, speaker, the full content (as PolNeAR marks it) and the quoted parts."""

    kind: QuoteKind
    content: list[tuple[int, int]]
    cue: Token | None = None
    cue_end: int | None = None  # end offset of a multi-word cue ("according to")
    speaker_head: Token | None = None
    speaker_span: tuple[int, int] | None = None
    quoted: list[tuple[int, int]] = field(default_factory=list)
    speech: bool = True
    speaker: Speaker | None = None
    carried: bool = False  # speaker carried over from the previous quote (no cue of its own)
    clauses: list[tuple[int, int]] = field(default_factory=list)  # "that A, and that B": A and B
    written_as: tuple[int, int] | None = None  # the relative pronoun standing for the speaker ("who said")

    @property
    def position(self) -> int:
        return self.cue.idx if self.cue is not None else self.content[0][0]


@stage("quotes", requires=("actors",), assigns=("quotes", "framing"))
def quotes(doc: Doc, analysis: Analysis, settings: Settings) -> dict[str, Any]:
    attributions, scare = find_attributions(doc, analysis, settings)
    text = doc_text(doc)
    found: list[Quote] = []
    for att in attributions:
        for kind, start, end in _pieces(text, att):
            found.append(_quote(text, att, start, end, kind))
    markers = [FramingMarker(start=s, end=e, text=text[s:e], kind="scare_quote") for s, e in scare]
    found.sort(key=lambda q: (q.start, q.end))
    return {"quotes": found, "framing": list(analysis.framing) + markers}


def _pieces(text: str, att: Attribution) -> list[tuple[QuoteKind, int, int]]:
    """The quote records of one attribution: each quotation (one per paragraph when it runs over several), and
    for reported speech with a partial quote, each reported clause that holds no quotation ("told reporters
    that Norway had "chosen its side" and that further steps were being considered": partial + indirect)."""
    if att.kind == "indirect":
        return [("indirect", s, e) for s, e in att.content]
    out: list[tuple[QuoteKind, int, int]] = []
    for s, e in att.quoted:
        out.extend((att.kind, a, b) for a, b in _by_paragraph(text, s, e))
    if att.kind == "partial" and len(att.clauses) > 1:
        out.extend(("indirect", s, e) for s, e in att.clauses
                   if not any(qs < e and s < qe for qs, qe in att.quoted))  # fmt: skip
    return sorted(out, key=lambda p: p[1])


def _by_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A quotation over several paragraphs, cut at each break, without the marks that reopen it."""
    out = []
    for m in re.finditer(r"[^\n]+", text[start:end]):
        a, b = start + m.start(), start + m.end()
        while a < b and (text[a] in MARKS or text[a] == "'" or text[a].isspace()):
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out or [(start, end)]


def _quote(text: str, att: Attribution, start: int, end: int, kind: QuoteKind) -> Quote:
    sp = att.speaker
    if kind == "indirect" and text[start : start + 5].casefold() == "that " and end - start > 5:
        start += 5  # the quote is the reported clause; PolNeAR's content keeps the "that", ours does not
    cue_end = att.cue_end if att.cue_end is not None else (att.cue.idx + len(att.cue.text) if att.cue else None)
    return Quote(
        start=start,
        end=end,
        text=text[start:end],
        kind=kind,
        cue=text[att.cue.idx : cue_end] if att.cue is not None and cue_end is not None else None,
        cue_start=att.cue.idx if att.cue is not None else None,
        cue_end=cue_end,
        speaker=sp.text if sp else None,
        speaker_start=sp.start if sp else None,
        speaker_end=sp.end if sp else None,
        speaker_name=sp.name if sp else None,
        speaker_actor=sp.actor if sp else None,
        speaker_affiliation=sp.affiliation if sp else None,
        speaker_actors=sp.actors if sp else (),
    )


def find_attributions(
    doc: Doc, analysis: Analysis, settings: Settings | None = None, include_thoughts: bool = False
) -> tuple[list[Attribution], list[tuple[int, int]]]:
    """Attributions in textual order, and the quotations that are not speech (scare quotes, titles)."""
    from storyline.actors import gazetteer

    settings = settings or Settings()
    quotations = find_quotations(doc_text(doc))
    in_quote = _quotation_of_tokens(doc, quotations)
    cue_lemmas = SPEECH_CUES | THOUGHT_CUES if include_thoughts else SPEECH_CUES
    by_cue: dict[int, Attribution] = {}
    for tok in doc:
        if tok.i in in_quote:
            continue
        att = _cue_attribution(tok, cue_lemmas, in_quote)
        if att is not None:
            att.speech = tok.lemma_ not in THOUGHT_CUES
            by_cue[tok.i] = att

    scare: list[tuple[int, int]] = []
    loose: list[Attribution] = []  # quotations with no cue of their own
    for qi, q in enumerate(quotations):
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        owner = _owner(doc, span, q, by_cue, in_quote, qi)
        clausal = _is_clausal(span)
        if owner is not None:
            naming = owner.cue is not None and owner.cue.lemma_ in NAMING_CUES
            if naming and owner.speaker_head is None:
                scare.append((q.start, q.end))  # the so-called "peace plan": nobody is quoted
                continue
            if _scare_like(doc, span) and not clausal:
                if naming:
                    owner.kind = "partial"  # calling the plan "a dead end"
                    owner.quoted.append((q.start, q.end))
                else:
                    scare.append((q.start, q.end))
                continue
            owner.quoted.append((q.start, q.end))
            if naming:
                owner.kind = "partial"  # a label put in the speaker's mouth, not their sentence
            elif _covers(q, owner.content) or not owner.content or q.paragraphs > 1:
                owner.kind = "direct"
            elif owner.kind != "direct":
                owner.kind = "partial"
            continue
        if clausal and not _title_like(span):
            loose.append(
                Attribution(kind="direct", content=[(q.start, q.end)], quoted=[(q.start, q.end)], carried=True)
            )
        else:
            scare.append((q.start, q.end))

    for att in by_cue.values():
        if att.kind == "direct" or not att.content:
            att.content = sorted(att.quoted)
    kept = [a for a in by_cue.values() if a.content and (a.cue is None or a.cue.lemma_ not in NAMING_CUES or a.quoted
                                                          or _as_phrase(a.cue) is not None)]  # fmt: skip
    ordered = sorted(kept + loose, key=lambda a: a.position)
    resolver = SpeakerResolver(doc, analysis, gazetteer(tuple(filter(None, [settings.gazetteer]))),
                               [(q.start, q.end) for q in quotations])  # fmt: skip
    return _resolve_speakers(doc_text(doc), ordered, resolver), scare


def _quotation_of_tokens(doc: Doc, quotations: list[Quotation]) -> dict[int, int]:
    out: dict[int, int] = {}
    for qi, q in enumerate(quotations):
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                out[i] = qi
    return out


def _cue_attribution(tok: Token, cue_lemmas: frozenset[str], in_quote: dict[int, int]) -> Attribution | None:
    if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
        return _according_to(tok)
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and lemma in NOUN_CUES:
        return _noun_cue(tok)
    if tok.pos_ != "VERB" or (lemma not in cue_lemmas and lemma not in NAMING_CUES and lemma not in AS_CUES):
        return None
    if lemma in AS_CUES and lemma not in cue_lemmas | NAMING_CUES and _as_phrase(tok) is None:
        return None  # "welcomed the move" is a reaction; "hailed it as historic" says what it is
    if any(c.dep_ == "dobj" and c.lemma_.lower() in NOT_SAID_OBJECTS for c in tok.children):
        return None  # "claimed responsibility for the blast" is a deed, not speech
    if lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
        return None
    if any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children):
        return None  # "he is said to ..." has no speaker
    subject = _subject(tok)
    relative = None
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
        relative = subject  # "Seacord, who said …": written "who", resolved to the noun the clause describes
        subject = tok.head
    if subject is not None and subject.i in in_quote:
        subject = None  # a parse that took a word of the quotation for the speaker
    if subject is not None:
        subject = _after_dateline(subject)
    content = _clause_content(tok, subject)
    if lemma in CLAUSE_ONLY_CUES and not any(c.dep_ in CLAUSE_DEPS for c in tok.children):
        content = []  # "continued to …", "responded by …": speech only when a clause or quotation follows
    att = Attribution(kind="indirect", content=content, cue=tok, speaker_head=subject)
    if relative is not None:
        att.written_as = (relative.idx, relative.idx + len(relative.text))
    clause = next((c for c in tok.children if c.dep_ in CLAUSE_DEPS), None)
    if content and clause is not None:
        att.clauses = _trim(tok.doc, _clause_parts(clause))
    if subject is not None:
        att.speaker_span = _speaker_span(subject)
    return att


def _noun_cue(tok: Token) -> Attribution | None:
    """A noun of saying with a that-clause: "the announcement by Norway that it will …", "Holm's warning that …"."""
    clause = next(
        (c for c in tok.children if c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" for m in c.children)), None
    )
    if clause is None:
        return None
    by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    source = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    source = source or next((c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if source is None:
        return None
    att = Attribution(kind="indirect", content=_trim(tok.doc, [(clause.left_edge.i, clause.right_edge.i)]), cue=tok,
                      speaker_head=source)  # fmt: skip
    att.speaker_span = _speaker_span(source)
    return att


def _according_to(tok: Token) -> Attribution | None:
    to = tok.doc[tok.i + 1]
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    phrase = (tok.left_edge.i, max(t.i for t in tok.subtree))
    sent = sentence(tok)
    content = _trim(tok.doc, [(sent.start, phrase[0] - 1), (phrase[1] + 1, sent.end - 1)])
    att = Attribution(kind="indirect", content=content, cue=tok, cue_end=to.idx + len(to.text), speaker_head=source)
    att.speaker_span = _speaker_span(source)
    return att


def _subject(tok: Token) -> Token | None:
    """The cue's subject, or the subject of the verb a participle hangs from ("…, calling it …")."""
    outer = _outer_cue(tok)
    head = outer if outer is not None else tok
    for _ in range(3):
        subject = _true_subject([c for c in head.children if c.dep_ in SUBJECT_DEPS])
        if subject is None:
            subject = next(
                (c.children.__next__() for c in head.children if c.dep_ == "agent" and any(c.children)), None
            )
        if subject is not None:
            return subject
        if head.dep_ == "acl" and head.head.dep_ == "dobj" and head.head.lemma_ in STATEMENT_NOUNS:
            head = head.head.head  # "issued a statement saying …": the one who issued it
            continue
        if head.dep_ not in INHERIT_SUBJECT_DEPS or head.head is head:
            return None
        head = head.head
    return None


def _true_subject(subjects: list[Token]) -> Token | None:
    """One subject of several: the parse gives "TEL AVIV — X is working …, a member of the council told Y"
    two, the dateline's place and the speaker. A place that a dateline dash follows is never the one."""
    if len(subjects) > 1:
        kept = [s for s in subjects if not _followed_by_dateline_dash(s)]
        subjects = kept or subjects
    return subjects[0] if subjects else None


def _followed_by_dateline_dash(subject: Token) -> bool:
    """The subject opens its sentence and ends at a dateline dash (the parse may hang the dash on it)."""
    doc, edge = subject.doc, subject.right_edge.i
    if subject.left_edge.i - sentence(subject).start > 0 or edge - subject.left_edge.i > 4:
        return False
    return _dateline_dash(doc[edge]) or (edge + 1 < len(doc) and _dateline_dash(doc[edge + 1]))


def _outer_cue(tok: Token) -> Token | None:
    """A verb of saying coordinated with the verb of another cue's reported clause ("Toth insisted that the
    decision belonged to them and accused the majority of …", "Dagan said the decision "has consequences"
    and announced that …"): the parse joins it to the clause, but it is a second act of the outer speaker."""
    if tok.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in tok.children):
        return None
    head = tok.head
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    outer = head.head
    if head.dep_ in CLAUSE_DEPS and outer.pos_ == "VERB" and outer.lemma_.lower() in SPEECH_CUES:
        return outer
    return None


def _after_dateline(subject: Token) -> Token:
    """In "OSLO, May 22 (Wire) - Norway, Ireland and Spain said" the parse heads the subject on the
    dateline; the speaker is the phrase after the dash."""
    doc = subject.doc
    dash = next((t for t in subject.subtree if _dateline_dash(t) and t.i > subject.i), None)
    if dash is None or dash.i + 1 >= len(doc):
        return subject
    after = range(dash.i + 1, subject.right_edge.i + 1)
    heads = [doc[i] for i in after if doc[i].head.i not in after and not doc[i].is_punct]
    return heads[0] if heads else subject


def _dateline_dash(tok: Token) -> bool:
    """A dash that ends a dateline ("OSLO, May 22 (Wire) - Norway …"), not the hyphen of "far-right"."""
    if tok.text not in DATELINE_DASHES:
        return False
    if tok.text in ("\u2013", "\u2014"):
        return True
    return tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_) and bool(tok.whitespace_)


def _speaker_span(subject: Token) -> tuple[int, int]:
    left, right = subject.left_edge.i, subject.right_edge.i
    for child in subject.rights:
        if child.dep_ in CUT_FROM_SPEAKER:
            right = min(right, child.left_edge.i - 1)
    doc = subject.doc
    for i in range(subject.i - 1, left - 1, -1):  # a dash or a paragraph break ends the speaker phrase
        if _dateline_dash(doc[i]) or doc[i].is_space and "\n" in doc[i].text:
            left = i + 1
            break
    while left < right and (doc[left].is_punct or doc[left].is_space):
        left += 1
    while right > left and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def _clause_content(tok: Token, subject: Token | None) -> list[tuple[int, int]]:
    """Reported speech: the cue's clausal complement, or the clause the cue interrupts or follows."""
    doc = tok.doc
    clause = next((c for c in tok.children if c.dep_ in CLAUSE_DEPS), None)
    if clause is None and (tok.lemma_ in THOUGHT_CUES or tok.lemma_.lower() in PROMISE_CUES):
        clause = next((c for c in tok.children if c.dep_ == "xcomp"), None)  # "vowed to reject bad deals"
    if clause is not None:
        parts = _clause_parts(clause)
        return _trim(doc, [(parts[0][0], parts[-1][1])])
    if tok.lemma_.lower() in AS_CUES:
        as_phrase = _as_phrase(tok)
        if as_phrase is not None:
            return _trim(doc, [(as_phrase.left_edge.i, as_phrase.right_edge.i)])
    if tok.lemma_ in OBJECT_CONTENT_CUES:
        obj = next((c for c in tok.rights if c.dep_ == "dobj" and c.pos_ != "PRON"), None)
        if obj is not None:
            tail = [c for c in tok.rights if c.i >= obj.i and c.dep_ not in ("punct", "cc", "conj", "parataxis")]
            end = max(c.right_edge.i for c in tail)
            for t in obj.subtree:  # "announced the move, which officials described as …": their words, not these
                if t.dep_ in ("relcl", "acl") and t.lemma_.lower() in SPEECH_CUES | AS_CUES and _subject(t) is not None:
                    end = min(end, t.left_edge.i - 1)
            return _trim(doc, [(obj.left_edge.i, end)])
    head = tok.head
    subordinate = any(c.dep_ == "mark" for c in tok.children)  # "…, while others asked for time"
    own = subject is not None and (subject.head.i == tok.i or subject.i == tok.head.i)  # not a participle's
    if tok.dep_ in INTERRUPTING_DEPS and head is not tok and head.i < tok.i and own and not subordinate:
        own_left = min(tok.left_edge.i, subject.left_edge.i)
        if head.pos_ in ("VERB", "AUX") and sentence(tok).start == sentence(head).start:
            return _trim(doc, [(head.left_edge.i, own_left - 1)])
    return []


def _trailing_participle(tok: Token) -> bool:
    """ ", becoming one of the few governments to …": a participle clause after a comma that closes the
    reported clause describes its subject in the writer's words, it is not part of what was said."""
    doc = tok.doc
    return (
        tok.dep_ == "advcl"
        and tok.tag_ == "VBG"
        and tok.left_edge.i == tok.i
        and tok.i > 0
        and doc[tok.i - 1].text == ","
        and not any(c.dep_ in SUBJECT_DEPS for c in tok.children)
    )


def _as_phrase(tok: Token) -> Token | None:
    """The object of the cue's "as" ("described the vote as an attack on the Charter")."""
    prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "as"), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None


def _clause_parts(clause: Token) -> list[tuple[int, int]]:
    """Token ranges of a reported clause: cut before a second act of saying joined to it ("… and repeated
    that …", "…, while Spanish Prime Minister Olmedo told parliament …"), split at a second "that" clause
    ("that A, and that B": two things said)."""
    left, right = clause.left_edge.i, clause.right_edge.i
    cuts: list[int] = []
    splits: list[int] = []
    for child in clause.rights:
        if child.dep_ not in ("conj", "advcl") or child.pos_ not in ("VERB", "AUX"):
            continue
        own_subject = any(c.dep_ in SUBJECT_DEPS for c in child.children)
        says = any(c.dep_ in CLAUSE_DEPS for c in child.children) or any(t.text in MARKS for t in child.subtree)
        if child.lemma_.lower() in SPEECH_CUES and says and (child.dep_ == "conj" or own_subject):
            cuts.append(child.left_edge.i)
        elif child.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            splits.append(child.left_edge.i)
    cuts.extend(t.i for t in clause.subtree if t.right_edge.i == right and _trailing_participle(t))
    if cuts:
        right = min(cuts) - 1
    doc = clause.doc
    while right > left and (doc[right].is_punct or doc[right].lower_ in ("and", "but", "while", "whereas")):
        right -= 1
    parts, start = [], left
    for at in sorted(i for i in splits if i <= right):
        end = at - 1
        while end > start and (doc[end].is_punct or doc[end].lower_ in ("and", "but")):
            end -= 1
        parts.append((start, end))
        start = at
    parts.append((start, right))
    return parts


def _trim(doc: Doc, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token ranges (inclusive) to character spans, without edge punctuation, quote marks or spaces."""
    out = []
    for a, b in ranges:
        while a <= b and (doc[a].is_punct or doc[a].is_space) and doc[a].text not in ("$", "%"):
            a += 1
        while b >= a and (doc[b].is_punct or doc[b].is_space) and doc[b].text not in ("$", "%", "."):
            b -= 1
        while b >= a and doc[b].is_punct and doc[b].text == ".":
            b -= 1
        if b >= a:
            out.append((doc[a].idx, doc[b].idx + len(doc[b].text)))
    return out


def _owner(
    doc: Doc, span: Span, q: Quotation, by_cue: dict[int, Attribution], in_quote: dict[int, int], qi: int
) -> Attribution | None:
    """The cue a quotation belongs to: tied to it in the parse, or typeset right beside it."""
    first, last = span[0], span[-1]
    window = range(max(sentence(first).start, first.i - 60), min(sentence(last).end + 25, len(doc)))
    best: tuple[tuple[int, int], Attribution] | None = None
    dominating: list[Attribution] = []
    for i in window:
        att = by_cue.get(i)
        if att is None:
            continue
        cue = att.cue
        assert cue is not None
        if _across_paragraphs(doc_text(doc), q, att):
            continue
        same_sentence = sentence(first).start <= cue.i < sentence(last).end
        dominates = same_sentence and _dominates(cue, span)
        tied = dominates or (same_sentence and _hangs_from(cue, span))
        if not (tied or _beside(doc, q, att)):
            continue
        # the cue whose content holds the quotation wins over a nearer one hanging from it ("She said the
        # plan was "…" and urged …": said, not urged)
        rank = (0 if dominates else 1, min(abs(cue.idx - q.start), abs(cue.idx - q.end)))
        if dominates:
            dominating.append(att)
        if best is None or rank < best[0]:
            best = (rank, att)
    if best is None:
        return None
    owner = best[1]
    if best[0][0] == 0:  # "Holm said Oslo had concluded that … "a recipe for waiting forever"": Holm's words
        while owner.speaker_head is None or _institution_like(owner.speaker_head):
            assert owner.cue is not None
            outer = next((a for a in dominating if a.cue is not None and a.cue in owner.cue.ancestors
                          and any(s <= q.start < e for s, e in a.content)), None)  # fmt: skip
            if outer is None:
                break
            owner = outer
    return owner


def _institution_like(tok: Token) -> bool:
    """A state, an institution or a metonym ("Oslo had concluded", "Washington believes"): inside someone's
    reported speech, the quoted words are that someone's, not the institution's."""
    return tok.ent_type_ in ("GPE", "ORG", "NORP")


def _across_paragraphs(text: str, q: Quotation, att: Attribution) -> bool:
    """A paragraph break lies between the quotation and the cue (the parse may join the two paragraphs into
    one sentence). Only "Holm said:" may introduce a quotation that opens the next paragraph."""
    assert att.cue is not None
    if att.cue.idx >= q.end:
        return "\n" in text[q.end : att.cue.idx]
    between = text[att.cue.idx : q.open_at]
    return "\n" in between and not between.rstrip().endswith(":")


def _dominates(cue: Token, span: Span) -> bool:
    """Some token of the quotation has the cue among its ancestors (the quote is what the cue says)."""
    return any(tok.head.i == cue.i or (cue in tok.ancestors and _path_avoids_subject(tok, cue)) for tok in span)


def _path_avoids_subject(tok: Token, cue: Token) -> bool:
    node = tok
    while node.head.i != cue.i and node.head is not node:
        node = node.head
    return node.dep_ not in SUBJECT_DEPS


def _hangs_from(cue: Token, span: Span) -> bool:
    """The cue attaches inside the quotation: "… ," he said, parsed as parataxis of the quoted verb."""
    return span.start <= cue.head.i < span.end and cue.dep_ in INTERRUPTING_DEPS | {"advcl", "ROOT"}


def _beside(doc: Doc, q: Quotation, att: Attribution) -> bool:
    """Typeset beside: `"…," Holm said` or `Holm said: "…"`, with only punctuation between."""
    cue = att.cue
    assert cue is not None
    left = cue.idx
    right = att.cue_end or cue.idx + len(cue.text)
    if att.speaker_span:
        left, right = min(left, att.speaker_span[0]), max(right, att.speaker_span[1])
    text = doc_text(doc)
    if q.close_at is not None and 0 <= left - (q.close_at + 1) <= ADJACENT_GAP:
        gap = text[q.close_at + 1 : left]  # no paragraph break: `"…," Holm said` is typeset in one paragraph
        return all(ch in ",.;:\u2014- " for ch in gap) and not _has_clause_after(att, q)
    if 0 <= q.open_at - right <= ADJACENT_GAP:
        return all(ch in ",:\u2014- \n" for ch in text[right : q.open_at])
    return False


def _has_clause_after(att: Attribution, q: Quotation) -> bool:
    """A cue after a quotation that has reported content of its own after it does not own the quotation."""
    return any(start > q.end for start, _ in att.content)


def _is_clausal(span: Span) -> bool:
    """A quotation that says something (a clause), as opposed to a named or scare-quoted phrase."""
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in span)
    words = sum(1 for t in span if not t.is_punct)
    return (has_verb and words >= 3) or words >= 8


def _scare_like(doc: Doc, span: Span) -> bool:
    """Short quoted phrase used as a name or a label: the "peace plan", a new "Office for Regional Affairs"."""
    words = [t for t in span if not t.is_punct]
    if not words:
        return True
    before = doc[span.start - 1] if span.start > 0 else None
    while before is not None and before.is_punct and before.i > 0:
        before = doc[before.i - 1]
    title = (
        all(t.is_title or t.is_stop or not t.is_alpha for t in words)
        and any(t.is_title for t in words)
        and (words[0].is_title or words[0].is_upper or not words[0].is_alpha)  # not "well before the next Assembly"
    )
    short = len(words) <= MAX_SCARE_TOKENS
    return (short and before is not None and before.pos_ in SCARE_BEFORE and before.dep_ != "nsubj") or (
        title and not any(t.pos_ == "VERB" for t in words)
    )


def _title_like(span: Span) -> bool:
    """Every word capitalised: a title ("How the Grinch Stole Christmas"), not a sentence."""
    words = [t for t in span if t.is_alpha]
    return (
        len(words) >= 2
        and all(t.is_title or t.is_upper or (t.is_stop and t.i != span.start) for t in words)
        and (sum(t.is_title for t in words) >= max(2, len(words) // 2))
    )


def _covers(q: Quotation, content: list[tuple[int, int]]) -> bool:
    """The quotation is (nearly) all of the reported content: a direct quote, not a partial one."""
    total = sum(e - s for s, e in content)
    if total == 0:
        return True
    overlap = sum(max(0, min(e, q.end) - max(s, q.start)) for s, e in content)
    return overlap >= COVER_SHARE * total or (q.start <= content[0][0] + 2 and q.end >= content[-1][1] - 2)


def _resolve_speakers(text: str, ordered: list[Attribution], resolver: SpeakerResolver) -> list[Attribution]:
    """Resolve speakers left to right; a quotation with no cue joins the direct quote before it in its
    paragraph (`"…," Ross said. "…"`: one act of saying) or takes the speaker of the one in the paragraph
    before. Returns the attributions left after joining."""
    para_starts = [p[0] for p in paragraphs(text)]
    previous: Attribution | None = None
    out: list[Attribution] = []
    for att in ordered:
        if att.carried:
            gap = _paragraph_gap(para_starts, previous, att) if previous is not None else None
            if previous is not None and gap == 0 and previous.kind == "direct" and previous.cue is not None:
                previous.content.extend(att.content)
                previous.quoted.extend(att.quoted)
                continue
            att.speaker = previous.speaker if previous is not None and gap is not None and gap <= 1 else None
        elif att.speaker_head is not None and att.speaker_span is not None:
            att.speaker = resolver.resolve(att.speaker_head, *att.speaker_span)
            if att.written_as is not None:  # the speaker as written is "who"; its name is the noun's
                sp = att.speaker
                start, end = att.written_as
                att.speaker = replace(sp, text=text[start:end], start=start, end=end, name=sp.name or sp.text)
        out.append(att)
        previous = att
    return out


def _paragraph_gap(para_starts: list[int], previous: Attribution, att: Attribution) -> int:
    """How many paragraph breaks lie between the end of one attribution and the start of the next."""
    here = bisect.bisect_right(para_starts, att.content[0][0])
    there = bisect.bisect_right(para_starts, previous.content[-1][-1] - 1 if previous.content else previous.position)
    return here - there
