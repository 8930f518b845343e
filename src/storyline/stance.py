"""Where each actor stands on an issue: issue matching and the stance reader.

**Issue matching.** An issue is a name in plain words ("recognition of a Palestinian state") plus optional
terms (synonyms, related phrases) from a file. A sentence is about the issue when it holds all the
issue's content words (compared by a crude six-letter stem, so "recognise"/"recognition" and
"Palestine"/"Palestinian" meet), or one of the terms, or when its all-MiniLM-L6-v2 embedding is close to
the issue's and it shares at least one stem. The stem is hand-written because spaCy's lemmas do not join
derived forms (recognition -> recognize) and no stemmer ships with the environment.

**Stance reading.** In each matched sentence the parse gives the predicate that carries a position (a
lexicon of support / oppose / undecided words, and acts such as voting, recognizing, vetoing, abstaining),
then who holds it: the speaker of a quote, the subject of the clause, the possessor of a noun ("Washington's
opposition"). Negation flips support and oppose; a condition ("only after", "not before", "as part of")
makes it conditional; a hedge (may, consider, weigh) makes it undecided. A spokesman's words are his
government's position; when one actor describes another's position (a rival's description) the stance
is given to the described actor with ``basis="claim"`` and ``claimed_by`` set to the describer. Rules,
not a trained model: positions must come with the words that justify them, and no labelled data of this
kind exists to train on. vaderSentiment's lexicon reads the polarity of a quote that names no stance word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storyline.model import Stance

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

DEFAULT_ISSUE = "recognition of a Palestinian state"
# cosine to the issue for a sentence sharing all but one of its content stems / only one (eval/stance/dev.jsonl)
SEMANTIC_THRESHOLD = 0.4
SEMANTIC_THRESHOLD_WEAK = 0.6
POLARITY_THRESHOLD = 0.3  # VADER compound beyond which a quote with no stance word reads as support / oppose

SUPPORT = {
    "support", "back", "favor", "favour", "endorse", "recognize", "recognise", "welcome", "champion", "advocate",
    "approve", "embrace", "push", "urge", "seek", "pledge", "promise", "sponsor", "co-sponsor", "cosponsor",
    "defend", "applaud", "praise", "hail", "agree", "want", "demand", "propose", "favorable", "favourable",
    "supporter", "backer", "recognition", "endorsement", "commit", "committed", "right", "necessary",
    "essential", "upgrade", "establish", "impose", "tighten", "join", "ratify", "sign", "adopt", "proponent",
    "pave", "fair", "just", "good",
}  # fmt: skip
OPPOSE = {
    "oppose", "reject", "veto", "block", "condemn", "denounce", "criticize", "criticise", "resist", "refuse",
    "object", "dismiss", "fight", "boycott", "slam", "attack", "blast", "against", "opposition", "opponent",
    "premature", "counterproductive", "counter-productive", "mistake", "wrong", "error", "reward", "obstacle",
    "harmful", "dangerous", "unilateral", "symbolic", "stunt", "lift", "ease", "scrap", "abandon", "withdraw",
    "scuttle", "kill", "sabotage", "undermine", "bad", "folly", "misguided", "critic", "skeptical", "sceptical",
    "deplore", "decry", "lambaste", "rebuke", "rule", "unhelpful", "rejection",
}  # fmt: skip
UNDECIDED = {
    "consider", "weigh", "mull", "study", "examine", "explore", "review", "hesitate", "undecided", "assess",
    "evaluate", "ponder", "abstain", "abstention", "debate", "decide", "weighing", "open", "divided", "split",
    "uncommitted", "noncommittal", "ambivalent",
}  # fmt: skip
ACTS = {"recognize", "recognise", "vote", "veto", "abstain", "sign", "ratify", "sponsor", "co-sponsor", "impose",
        "lift", "upgrade", "establish", "open", "withdraw", "block", "adopt", "join", "boycott"}  # fmt: skip
SPEECH = {"say", "tell", "state", "declare", "insist", "argue", "warn", "write", "add", "note", "stress", "announce",
          "reiterate", "repeat", "explain", "suggest", "claim", "accuse", "allege", "charge", "call", "describe",
          "maintain", "contend", "acknowledge", "admit", "believe", "think", "signal", "indicate", "make"}  # fmt: skip
HEDGES = {"may", "might", "could", "perhaps", "possibly", "maybe", "eventually"}
CONDITION_MARKS = {"if", "unless", "until", "once", "before", "provided", "providing", "after", "when", "as long as"}
CONDITION_PHRASES = re.compile(
    r"\b(only (?:if|when|after|once|as part of|at the end of|in the context of|within)|not before|not until|"
    r"as part of (?:a|an|the|any)|(?:before|after|without|within) (?:a|an|the|any)|at the end of (?:a|the)|in the context of|provided (?:that)?|on condition|"
    r"conditional on|conditioned on|contingent on|depend(?:s|ed|ing)? on|at the right time|when the time is right|"
    r"when the time comes|at an appropriate time|under (?:certain|the right) conditions|in exchange for|"
    r"unless|until (?:a|an|the|there|it|israel|both|hamas)|once (?:a|an|the|there|it|both|hamas))\b",
    re.IGNORECASE,
)
UNDECIDED_PHRASES = re.compile(
    r"\b(has not (?:yet )?decided|have not (?:yet )?decided|no decision|not (?:yet )?made up|undecided|"
    r"keep(?:s|ing)? (?:its|their|his|her|all) options open|declin\w* to (?:say|comment|commit|take a position)|"
    r"would not (?:say|commit)|did not say|won't say|not rule out|not ruled? out|(?:is|are|was|were) open to|"
    r"remains? open|still weighing|weighing|reviewing|studying|considering|consider(?:s|ed)? (?:whether|the|a)|"
    r"abstain\w*|sat out|on the fence|wait and see|wait-and-see)\b",
    re.IGNORECASE,
)
SPOKESMAN = re.compile(r"\b(spokes(?:man|woman|person)|ministry|foreign office|government|official|envoy|"
                       r"ambassador|embassy|mission|delegation|administration|cabinet|minister|diplomat)s?\b",
                       re.IGNORECASE)  # fmt: skip
_STOP = {"a", "an", "the", "of", "on", "for", "to", "in", "and", "or", "with", "by", "about", "against", "from"}


def stem(word: str) -> str:
    word = word.casefold().strip(".,;:!?\"'()[]\u201c\u201d\u2018\u2019")
    return word[:6] if len(word) > 6 else word


def stems_of(text: str) -> set[str]:
    return {stem(w) for w in re.findall(r"[\w-]+", text) if w.casefold() not in _STOP and len(w) > 1}


@dataclass(frozen=True)
class Issue:
    """An issue in plain words and its optional terms (synonyms, related phrases)."""

    name: str
    terms: tuple[str, ...] = ()
    key_stems: frozenset[str] = field(default=frozenset(), compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "key_stems", frozenset(stems_of(self.name)))

    def term_patterns(self) -> list[re.Pattern[str]]:
        return [re.compile(r"\b" + r"\w*\W+".join(re.escape(stem(w)) for w in term.split()) + r"\w*", re.I)
                for term in self.terms if term.strip()]  # fmt: skip

    def lexical_match(self, sentence: str) -> tuple[bool, int]:
        """(whole match, number of shared stems)."""
        words = stems_of(sentence)
        shared = len(self.key_stems & words)
        whole = shared == len(self.key_stems) or any(p.search(sentence) for p in self.term_patterns())
        return whole, shared


def load_issue(name: str, terms_file: str | Path | None = None) -> Issue:
    """An issue with terms read from a file: one term a line (``#`` comments), or YAML ``terms: [...]``."""
    terms: list[str] = []
    if terms_file:
        text = Path(terms_file).read_text("utf-8")
        if Path(terms_file).suffix in {".yaml", ".yml"}:
            import yaml

            data = yaml.safe_load(text) or {}
            terms = list(data.get("terms", []) if isinstance(data, dict) else data)
        else:
            terms = [line.split("#", 1)[0].strip() for line in text.splitlines()]
    return Issue(name=name.strip(), terms=tuple(t for t in terms if t))


def configured_issues(extra: dict[str, Any]) -> list[Issue]:
    """Issues an article-level ``stances`` list is filled for: ``Settings.extra["stance_issues"]``.

    A list of names or of ``{"name": ..., "terms": [...]}``; absent means the briefing's default issue.
    """
    entries = extra.get("stance_issues", [DEFAULT_ISSUE])
    out = []
    for entry in entries:
        if isinstance(entry, str):
            out.append(Issue(entry))
        elif isinstance(entry, dict) and entry.get("name"):
            out.append(Issue(entry["name"], tuple(entry.get("terms", ()))))
    return out


# -- issue matching -------------------------------------------------------------------------------------------------
@lru_cache(maxsize=64)
def _issue_vector(text: str):  # type: ignore[no-untyped-def]
    from storyline import nlp

    return nlp.embedder().encode([text], normalize_embeddings=True)[0]


def issue_sentences(text: str, sentences: list[tuple[int, int]], issue: Issue) -> list[tuple[int, int, str]]:
    """The sentences about ``issue``: (start, end, how) with how = "lexical" | "semantic"."""
    found: list[tuple[int, int, str]] = []
    candidates: list[tuple[int, int, int]] = []
    for start, end in sentences:
        whole, shared = issue.lexical_match(text[start:end])
        if whole:
            found.append((start, end, "lexical"))
        elif shared:
            candidates.append((start, end, shared))
    if candidates:
        from storyline import nlp

        vectors = nlp.embedder().encode([text[s:e] for s, e, _ in candidates], normalize_embeddings=True)
        target = _issue_vector(" ; ".join([issue.name, *issue.terms]))
        strong = max(1, len(issue.key_stems) - 1)
        for (start, end, shared), vec in zip(candidates, vectors, strict=True):
            if float(vec @ target) >= (SEMANTIC_THRESHOLD if shared >= strong else SEMANTIC_THRESHOLD_WEAK):
                found.append((start, end, "semantic"))
    return sorted(found)


# -- reading a position from a clause -------------------------------------------------------------------------------
@dataclass
class Reading:
    position: str
    trigger: Token | None
    hedged: bool = False
    conditional: bool = False
    negated: bool = False


def _negated(token: Token) -> bool:
    """ "not"/"never"/"no longer" on the token or on the verbs it hangs from ("refused to recognize")."""
    node = token
    for _ in range(4):
        if any(c.dep_ == "neg" or c.lower_ in {"never", "no", "nor"} and c.dep_ in {"advmod", "det"}
               for c in node.children):  # fmt: skip
            return True
        if node.head.i == node.i or node.dep_ not in {
            "xcomp",
            "ccomp",
            "acomp",
            "dobj",
            "pobj",
            "prep",
            "amod",
            "attr",
        }:
            return False
        node = node.head
    return False


def _hedged(token: Token) -> bool:
    node = token
    for _ in range(4):
        if any(c.lower_ in HEDGES for c in node.children if c.dep_ in {"aux", "advmod"}):
            return True
        if node.lemma_ in UNDECIDED and node.i != token.i:
            return True
        if node.head.i == node.i or node.dep_ not in {"xcomp", "ccomp", "dobj", "pobj", "prep"}:
            return False
        node = node.head
    return False


def _lexicon_position(token: Token) -> str | None:
    lemma = token.lemma_.casefold()
    low = token.lower_
    if lemma == "vote" or low.startswith("vot"):
        for child in token.children:
            if child.lower_ in {"against"}:
                return "oppose"
            if child.lower_ in {"for"} or (
                child.lower_ == "in" and "favo" in child.sent.text[child.idx - child.sent.start_char :][:12]
            ):
                return "support"
        return None
    if (lemma in {"favor", "favour"} or low in {"favour", "favor"}) and (
        token.head.lower_ == "in" or token.pos_ == "VERB"
    ):
        return "support"
    if lemma == "rule" and not any(c.lower_ == "out" for c in token.children):
        return None
    if (
        lemma == "against"
        and token.pos_ == "ADP"
        and token.head.lemma_ not in {"be", "vote", "come", "stand", "campaign", "speak", "argue", "warn", "lobby"}
    ):
        return None
    if lemma in {"lift", "ease", "scrap", "abandon", "withdraw"}:
        return "oppose"  # lifting sanctions opposes the sanctions; the issue noun is its object
    if lemma in UNDECIDED or low in UNDECIDED:
        return "undecided"
    if lemma in SUPPORT or low in SUPPORT:
        return "support"
    if lemma in OPPOSE or low in OPPOSE:
        return "oppose"
    return None


def read_clause(tokens: Iterable[Token], issue: Issue, text: str) -> Reading | None:
    """The position the words express: the stance word nearest the issue words, then negation,
    conditions and hedges."""
    tokens = list(tokens)
    issue_tokens = [t for t in tokens if stem(t.text) in issue.key_stems]
    triggers = [(t, p) for t in tokens if (p := _lexicon_position(t))]
    if not triggers:
        return None

    def closeness(item: tuple[Token, str]) -> tuple[int, int]:
        tok = item[0]
        governs = any(tok.i == anc.i for it in issue_tokens for anc in it.ancestors)
        distance = min((abs(tok.i - it.i) for it in issue_tokens), default=50)
        return (0 if governs else 1, distance)

    # the issue's own words ("recognition") carry no position unless nothing else does
    chosen = [tp for tp in triggers if stem(tp[0].text) not in issue.key_stems] or triggers
    trigger, position = min(chosen, key=closeness)
    reading = Reading(position, trigger)
    if _negated(trigger) and position in {"support", "oppose"}:
        reading.negated = True
        reading.position = "oppose" if position == "support" else "support"
        if trigger.lemma_ in {"refuse", "reject", "rule"}:
            reading.position = "undecided"  # "did not rule out", "not refuse": neither for nor against
    condition = CONDITION_PHRASES.search(text) or _conditional_clause(trigger)
    if condition and reading.position in {"support", "oppose"} and (position == "support" or reading.negated):
        reading.position = "conditional"
        reading.conditional = True
    hedge = _hedged(trigger) or UNDECIDED_PHRASES.search(text)
    plain_opposition = reading.position == "oppose" and not reading.negated  # "opposes ... for now" stays oppose
    if hedge and reading.position in {"support", "oppose"} and not plain_opposition:
        reading.position = "undecided"
        reading.hedged = True
    return reading


def _conditional_clause(trigger: Token) -> bool:
    node = trigger
    for _ in range(3):
        for child in node.children:
            if child.dep_ == "advcl" and any(m.lower_ in CONDITION_MARKS for m in child.children if m.dep_ == "mark"):
                return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


# -- who holds it ---------------------------------------------------------------------------------------------------
MentionLookup = Callable[[int, int], "dict[str, Any] | None"]


def _subject(token: Token) -> Token | None:
    """The subject of the clause a token belongs to (through xcomp/conj/aux chains)."""
    node = token
    for _ in range(6):
        subjects = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}]
        if subjects:
            return subjects[0]
        poss = [c for c in node.children if c.dep_ == "poss"]
        if node.pos_ in {"NOUN", "PROPN"} and poss:
            return poss[0]
        if node.head.i == node.i:
            break
        node = node.head
    # a parse that hangs the verb off a noun ("has long opposed" as an adjective): the sentence's first subject
    before = [t for t in token.sent if t.dep_ in {"nsubj", "nsubjpass"} and t.i < token.i]
    return before[0] if before else None


def _speech_governor(token: Token) -> Token | None:
    node = token
    while node.head.i != node.i:
        node = node.head
        if node.lemma_ in SPEECH and any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children):
            return node
    return None


@dataclass
class Holder:
    actor: str
    via_spokesman: bool = False


def holder_of(
    subject: Token, offset: int, lookup: MentionLookup, actor_info: dict[str, dict[str, Any]]
) -> Holder | None:
    """The actor a subject phrase stands for; a spokesman, ministry or official speaks for its state."""
    sub = list(subject.subtree)
    if subject.pos_ == "PRON":
        return None
    # the head and its left modifiers name the actor; "a spokesman for X" / "officials of X" speak for X
    core = [subject, *(t for c in subject.lefts if c.dep_ in {"compound", "amod", "poss", "nmod"} for t in c.subtree)]
    if SPOKESMAN.search(subject.text):
        core += [t for c in subject.rights if c.dep_ == "prep" and c.lower_ in {"for", "of", "from"} for t in c.subtree]
    mention = None
    for token in sorted(core, key=lambda t: t.i):
        mention = lookup(token.idx + offset, token.idx + len(token) + offset)
        if mention is not None:
            break
    if mention is None or not mention.get("actor_id"):
        return None
    actor_id = mention["actor_id"]
    phrase = " ".join(t.text for t in sub)
    info = actor_info.get(actor_id, {})
    if actor_id.startswith("person:") and info.get("affiliation") and SPOKESMAN.search(info.get("role") or ""):
        return Holder(info["affiliation"], via_spokesman=True)
    return Holder(actor_id, via_spokesman=bool(SPOKESMAN.search(phrase)) and not actor_id.startswith("person:"))


def _same_side(a: str, b: str, actor_info: dict[str, dict[str, Any]]) -> bool:
    if a == b:
        return True
    aff_a, aff_b = actor_info.get(a, {}).get("affiliation"), actor_info.get(b, {}).get("affiliation")
    country_a, country_b = actor_info.get(a, {}).get("country"), actor_info.get(b, {}).get("country")
    return aff_a == b or aff_b == a or (country_a is not None and country_a == country_b)


def read_sentence(
    span: Span,
    offset: int,
    issue: Issue,
    lookup: MentionLookup,
    quotes: list[dict[str, Any]],
    actor_info: dict[str, dict[str, Any]],
    date: str | None,
) -> list[Stance]:
    """Stances in one sentence about the issue (``offset`` maps span token offsets to article offsets)."""
    text = span.text
    s_start, s_end = span.start_char + offset, span.end_char + offset
    out: list[Stance] = []
    covered_by_quote: list[tuple[int, int]] = []
    for q in quotes:
        if not (q["start"] < s_end and s_start < q["end"]):
            continue
        speaker = q.get("speaker_actor")
        info = actor_info.get(speaker or "", {})
        if (
            speaker
            and info.get("affiliation")
            and SPOKESMAN.search((info.get("role") or "") + " " + (q.get("speaker") or ""))
        ):
            speaker = info["affiliation"]
        elif not speaker and q.get("speaker_affiliation"):
            speaker = q["speaker_affiliation"]
        q_tokens = [t for t in span if q["start"] <= t.idx + offset < q["end"]]
        if not speaker or not q_tokens:
            continue
        covered_by_quote.append((q["start"], q["end"]))
        reading = read_clause(q_tokens, issue, q["text"])
        holder, basis, claimed_by = speaker, "quote", None
        if reading is not None and reading.trigger is not None:
            subject = _subject(reading.trigger)
            if subject is not None and q["start"] <= subject.idx + offset < q["end"]:
                described = holder_of(subject, offset, lookup, actor_info)
                if described and not _same_side(described.actor, speaker, actor_info):
                    holder, basis, claimed_by = described.actor, "claim", speaker
                elif described and described.actor != speaker:
                    holder = described.actor  # "France will recognize", said the French president
        if reading is None:
            position = _polarity(q["text"])
            if position is None:
                continue
            reading = Reading(position, None)
        out.append(_stance(q["start"], q["end"], text=q["text"], issue=issue, actor=holder, reading=reading,
                           date=date, basis=basis, claimed_by=claimed_by))  # fmt: skip
    if out:
        return out
    # no attributed quote: the clause's own subject, or the speaker of a reported statement
    reading = read_clause(span, issue, text)
    if reading is None or reading.trigger is None:
        return out
    subject = _subject(reading.trigger)
    holder = holder_of(subject, offset, lookup, actor_info) if subject is not None else None
    speech = _speech_governor(reading.trigger)
    basis = "act" if _done_act(reading) else "reported"
    claimed_by = None
    if speech is not None:
        speaker_tok = next(c for c in speech.children if c.dep_ in {"nsubj", "nsubjpass"})
        speaker = holder_of(speaker_tok, offset, lookup, actor_info)
        if speaker is not None and holder is not None and not _same_side(holder.actor, speaker.actor, actor_info):
            if speech.lemma_ not in {"believe", "think"}:
                basis, claimed_by = "claim", speaker.actor
        elif speaker is not None and (holder is None or subject is not None and subject.i == speaker_tok.i):
            holder, basis = speaker, "reported"
        elif speaker is not None and holder is not None:
            basis = "reported" if basis != "act" else basis
    if holder is None:
        return out
    if holder.actor in issue_actor_ids(issue, text, span, offset, lookup) and holder.actor != _first_actor(
        subject, offset, lookup
    ):
        return out
    return [_stance(s_start, s_end, text=text, issue=issue, actor=holder.actor, reading=reading, date=date,
                    basis=basis, claimed_by=claimed_by)]  # fmt: skip


def _done_act(reading: Reading) -> bool:
    """An act is a thing done: "recognized", "vetoed", "voted against"; not "will recognize" or "did not"."""
    trigger = reading.trigger
    if trigger is None or reading.hedged or reading.negated or reading.conditional:
        return False
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    if verb.lemma_ not in ACTS:
        return False
    modal = any(c.tag_ == "MD" for c in verb.children)
    return not modal and verb.tag_ in {"VBD", "VBN"}


def _first_actor(subject: Token | None, offset: int, lookup: MentionLookup) -> str | None:
    if subject is None:
        return None
    m = lookup(subject.idx + offset, subject.idx + len(subject) + offset)
    return m.get("actor_id") if m else None


def issue_actor_ids(issue: Issue, text: str, span: Span, offset: int, lookup: MentionLookup) -> set[str]:
    """Actors named inside the issue's own words ("Palestinian" in "a Palestinian state")."""
    out = set()
    for t in span:
        if stem(t.text) in issue.key_stems:
            m = lookup(t.idx + offset, t.idx + len(t) + offset)
            if m and m.get("actor_id"):
                out.add(m["actor_id"])
    return out


def _stance(start: int, end: int, *, text: str, issue: Issue, actor: str, reading: Reading, date: str | None,
            basis: str, claimed_by: str | None) -> Stance:  # fmt: skip
    return Stance(start=start, end=end, text=text, issue=issue.name, actor=actor, position=reading.position,  # type: ignore[arg-type]
                  date=date, basis=basis, claimed_by=claimed_by)  # fmt: skip


@lru_cache(maxsize=1)
def _vader():  # type: ignore[no-untyped-def]
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def polarity_score(text: str) -> float:
    return float(_vader().polarity_scores(text)["compound"])


def _polarity(text: str) -> str | None:
    score = polarity_score(text)
    if score >= POLARITY_THRESHOLD:
        return "support"
    if score <= -POLARITY_THRESHOLD:
        return "oppose"
    return None


# -- an article (JSON contract dict) and a parse --------------------------------------------------------------------
SpanParser = Callable[[int, int], "tuple[Span, int] | None"]


def reparse(text: str, model: str) -> SpanParser:
    """Parse one sentence at a time (for stored articles, whose Doc is gone)."""
    from storyline import nlp

    language = nlp.load(model)

    def parse(start: int, end: int) -> tuple[Span, int] | None:
        doc = language(text[start:end])
        return doc[:], start

    return parse


def mention_lookup(mentions: list[dict[str, Any]]) -> MentionLookup:
    ordered = sorted(mentions, key=lambda m: m["start"])

    def lookup(start: int, end: int) -> dict[str, Any] | None:
        for m in ordered:
            if m["start"] < end and start < m["end"] and m.get("actor_id"):
                return m
        return None

    return lookup


def sentence_date(article: dict[str, Any], start: int, end: int) -> str | None:
    dates = [
        t
        for t in article.get("times", [])
        if start <= t["start"] < end and t.get("value") and t.get("type", "DATE") == "DATE"
    ]
    for event in article.get("events", []):
        if start <= event["start"] < end and event.get("date"):
            return event["date"]
    if dates:
        return dates[0]["value"]
    published = article.get("published")
    return published[:10] if published else None


def article_stances(
    article: dict[str, Any],
    issue: Issue,
    parse: SpanParser,
    actor_info: dict[str, dict[str, Any]] | None = None,
) -> list[Stance]:
    """Every stance on ``issue`` in one article given as a JSON-contract dict."""
    text = article.get("text") or ""
    sentences = [tuple(s) for s in article.get("sentences") or [[0, len(text)]]]
    lookup = mention_lookup(article.get("actors", []))
    quotes = article.get("quotes", [])
    out: list[Stance] = []
    for start, end, _how in issue_sentences(text, sentences, issue):  # type: ignore[arg-type]
        parsed = parse(start, end)
        if parsed is None:
            continue
        span, offset = parsed
        try:
            out.extend(read_sentence(span, offset, issue, lookup, quotes, actor_info or {},
                                     sentence_date(article, start, end)))  # fmt: skip
        except (StopIteration, IndexError, ValueError):  # an odd parse loses one sentence, never the batch
            continue
    return _dedupe(out)


def _dedupe(stances: list[Stance]) -> list[Stance]:
    seen, out = set(), []
    for s in stances:
        key = (s.actor, s.start, s.position)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out
