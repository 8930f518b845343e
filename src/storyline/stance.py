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

**Holders.** A government body or a legislature the gazetteer names as an organisation of a state (the Pentagon,
the State Duma) speaks for the state. Rules of usage read on the words themselves (``docs/stance.md`` lists
each with its figures): "in protest at X" is an act's reason, which the act does not turn; "a stab in the back"
opposes and "back" as a noun or adverb backs nothing; ending a quarrel ("ending years of dispute") takes no side;
a judgement of the issue's own noun ("welcomed the pact") is about the issue, not the lead sentence's act. The
name right before a title says whom its holder serves (a regular demonym: "Cambodian" <- Cambodia; a name no one
knows: no state); the possessor of a relational noun ("Greece's creditors") is not among them; a passive participle
on a noun ("a firm sponsored by Nauru") is said of that noun.

**Recall (eighth pass, docs/stance.md).** Words that judge a step as a gain or a harm ("a victory", "a horrible
one-sided deal") and verbs of good or harm with the issue as subject ("would help", "does not serve") are positions;
judging the absence of the issue judges it the other way. Every name joined in an act's subject did the act; a fixed
group of states ("the Baltic states") is each member; a former office holder speaks for himself; a state named in the
next sentence employs no one named before it unless that sentence goes on about the person. What a teller says of
the issue's own state is the teller's view; a plan put forward by, or a measure drafted by ("a US-drafted
resolution"), someone is theirs; putting off a vote, leaving the room during it or seeing "no urgency" is undecided;
a noun of handling ("the use of the weapons") is about what it handles.

**New text (ninth pass, docs/stance.md).** A line break ends a sentence (a headline has no full stop; reported speech
stays within the paragraph of its cue); a headline's "Chile to impose sanctions" is Chile's. A prediction ("are
expected to approve", "is due to be approved") is no position; a passive verb of harm ("have been killed") is a toll,
not a stance; a body "divided" over the issue is described, not undecided; a scare-quoted word on a noun has no
polarity. Rejecting a claim takes the opposite of the claim's direction, and the one who rejects holds it; a plea for
the step's negation ("urged the allies not to admit Ukraine") is against it; "will only take effect once ..." and
"with conditions" bound the step. A party named by its own words is an actor (org:slovenian-democratic-party,
org:vazrazhdane); the issue's own party holds a stance where a phrase of its own is the subject; abstainers named after
a count of abstentions abstained.

**Tenth pass (docs/stance.md).** Members named inside a group subject ("countries, including Chile and Peru,") do what
the group does, and a hedge in another subject's joined clause is that clause's. An accusation describes the accused,
it is no position of the accuser. Ending a step when something happens ("would withdraw the tax once ...") and a
requirement on the step's form ("must take account of") are conditions. Introducing, unveiling, enacting or announcing
a measure supports it; a stance verb does not turn what is said under a verb of saying. A stance noun in a concessive
phrase ("despite opposition from Germany") is its owner's; a reaction someone "could face" is foretold; the possessor of
a backer noun ("the bid's supporter") is what is backed; a party named with "of" is an actor; challenging a step opposes
it, waging a war does not. A cue or a speaker across a line break does not tell a quote; a relative clause on the
issue's noun ("the levy, which the Labour Party proposed") gives its subject's act.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storyline.actors import slug
from storyline.model import Stance
from storyline.nlp import sentence

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

DEFAULT_ISSUE = "recognition of a Palestinian state"
# cosine to the issue for a sentence sharing all but one of its content stems / only one (eval/stance/dev.jsonl)
SEMANTIC_THRESHOLD = 0.4
SEMANTIC_THRESHOLD_WEAK = 0.6
POLARITY_THRESHOLD = 0.3  # VADER compound beyond which a quote with no stance word reads as support / oppose

# words that judge a step as a gain or a harm ("called it a victory for Ukraine", "a horrible one-sided deal"): a
# position (SUPPORT / OPPOSE) and a judgement of what they are said of (EVALUATIVE)
JUDGED_GAINS = ("victory", "triumph", "breakthrough", "milestone", "win-win", "success", "successful", "landmark")
JUDGED_HARMS = ("absurd", "ridiculous", "outrageous", "horrible", "terrible", "disastrous", "catastrophic",
                "one-sided", "hypocritical", "cynical", "provocative", "provocation", "irresponsible", "aggressive",
                "theft", "performative", "discriminatory", "protectionist", "unfair", "barrier")  # fmt: skip
SUPPORT = {
    "support", "back", "favor", "favour", "endorse", "recognize", "recognise", "welcome", "champion", "advocate",
    "approve", "embrace", "push", "urge", "seek", "pledge", "promise", "sponsor", "co-sponsor", "cosponsor",
    "defend", "applaud", "praise", "hail", "agree", "want", "demand", "propose", "favorable", "favourable",
    "supporter", "backer", "recognition", "endorsement", "commit", "committed", "right", "necessary",
    "essential", "upgrade", "establish", "impose", "tighten", "join", "ratify", "sign", "adopt", "proponent",
    "pave", "fair", "just", "good", "reimpose", "restore", "courage", "courageous", "historic", "press",
    "strengthen", "belong", "follow", "ready", "step", "achieve", "realise", "realize", "emerge", "supportive",
    "possible", "feasible", "realistic", "rejoin", "thank", "accept", "safeguard", "preserve", "uphold", "salvage",
    "save", "rescue", "institute", "enforce", "implement", "introduce", "unveil", "enact",
    *JUDGED_GAINS,
}  # fmt: skip
OPPOSE = {
    "oppose", "reject", "veto", "block", "condemn", "denounce", "criticize", "criticise", "resist", "refuse",
    "object", "dismiss", "fight", "boycott", "slam", "attack", "blast", "against", "opposition", "opponent",
    "premature", "counterproductive", "counter-productive", "mistake", "wrong", "error", "reward", "obstacle",
    "harmful", "dangerous", "unilateral", "symbolic", "stunt", "lift", "ease", "scrap", "abandon",
    "recall", "summon", "revoke", "strip", "punish", "retaliate", "torpedo", "coolly", "lobby", "rejectionism",
    "embolden", "unlawful", "illegal", "threat", "reckless", "terror", "terrorism", "murderer", "hostage",
    "scuttle", "kill", "sabotage", "undermine", "bad", "folly", "misguided", "critic", "skeptical", "sceptical",
    "deplore", "decry", "lambaste", "rebuke", "rule", "unhelpful", "rejection", "opposed", "hostile",
    "objection", "reluctant", "unwilling", "unacceptable", "resistance", "unjustified", "unjustifiable",
    "illegitimate", "invalid", "null", "void", "baseless", "impossible", "unrealistic", "unfeasible", "criticism",
    "condemnation", "denunciation", "protest", "outrage", "regret", "disappointed", "disappointing",
    "disappointment", "dismayed", "dismay", "lament", "disagree", "countermeasure", "countermeasures",
    "retaliation", "reprisal", "reprisals", "blow", "setback", "shameful", "disgrace", "disgraceful", "violate", "damage", "weaken", "endanger",
    "jeopardize", "jeopardise", "destabilise", "destabilize", "discourage",
    *JUDGED_HARMS,
}  # fmt: skip
PLEA_VERBS = {"demand", "press", "push", "urge", "seek", "want", "propose"}
# verbs of ending or halting something: "lifting sanctions", "freezing the accession talks" oppose their object
STOPPING = {
    "lift",
    "ease",
    "scrap",
    "abandon",
    "freeze",
    "suspend",
    "halt",
    "end",
    "cancel",
    "terminate",
    "drop",
    "withdraw",
    "delay",
    "postpone",
    "prevent",
}
# nouns of ending or halting: "sanctions relief", "the lifting of sanctions", "a delay to Sweden's membership" oppose
# the issue they govern (only then: "humanitarian relief" says nothing of the issue)
STOPPING_NOUNS = {"relief", "lifting", "easing", "suspension", "removal", "delay", "postponement", "freeze", "halt"}
# acts of diplomatic protest: a position whatever their object ("recalled its ambassadors")
PROTEST_ACTS = {"recall", "summon", "revoke", "strip", "expel", "punish", "retaliate"}
# acts against something: a stance word whose object is one of them turns ("condemned the veto")
ACTS_AGAINST = {"veto", "block", "blockade", "rejection", "opposition", "objection", "resistance", "boycott"}
# what a stance word in a sentence that does not name the issue may take as its object and still be about the issue:
# the issue referred back to ("condemned the move", "welcomed the decision") or an actor's act ("thanked Paris")
ANAPHORA = {
    "move", "decision", "plan", "step", "initiative", "proposal", "resolution", "draft", "bill", "measure", "vote",
    "letter", "announcement", "idea", "declaration", "motion", "text", "call", "demand", "policy", "push", "effort",
    "deal", "agreement", "gesture", "action", "act", "process", "approach", "position", "stance", "course",
    "enlargement", "expansion", "accession", "bid", "package", "treaty", "pact", "accord", "truce",
}  # fmt: skip
# verbs that judge an act named before them ("regretted the decision", "welcomed the move")
JUDGING = {
    "welcome", "applaud", "praise", "hail", "commend", "salute", "endorse", "condemn", "denounce", "criticize",
    "criticise", "regret", "deplore", "decry", "lament", "slam", "blast", "lambaste", "rebuke", "disagree", "thank",
    "disappoint", "disappointed", "dismay", "dismayed",
}  # fmt: skip
# words that judge an act rather than state a position on it: the one who uses them holds the position
EVALUATIVE = {
    "reward", "mistake", "wrong", "error", "premature", "counterproductive", "counter-productive", "stunt",
    "folly", "misguided", "reckless", "dangerous", "harmful", "embolden", "courage", "courageous",
    "historic", "symbolic", "unlawful", "illegal", "unjustified", "unjustifiable", "illegitimate", "invalid", "null",
    "void", "baseless",
    *JUDGED_GAINS,
    *JUDGED_HARMS,
}  # fmt: skip
UNDECIDED = {
    "consider", "weigh", "mull", "study", "examine", "explore", "review", "hesitate", "undecided", "assess",
    "evaluate", "ponder", "abstain", "abstention", "debate", "decide", "weighing", "open",
    "uncommitted", "noncommittal", "ambivalent",
}  # fmt: skip
ACTS = {"recognize", "recognise", "vote", "veto", "abstain", "sign", "ratify", "sponsor", "co-sponsor", "impose",
        "lift", "upgrade", "establish", "open", "withdraw", "block", "adopt", "join", "boycott"}  # fmt: skip
SPEECH = {"say", "tell", "state", "declare", "insist", "argue", "warn", "write", "add", "note", "stress", "announce",
          "reiterate", "repeat", "explain", "suggest", "claim", "accuse", "allege", "charge", "call", "describe",
          "maintain", "contend", "acknowledge", "admit", "believe", "think", "signal", "indicate", "make"}  # fmt: skip
OUGHT = {"should", "must", "could", "can"}
HEDGES = {"may", "might", "could", "perhaps", "possibly", "maybe", "eventually"}
CONDITION_MARKS = {"if", "unless", "until", "once", "before", "provided", "providing", "after", "when", "as long as"}
CONDITION_PHRASES = re.compile(
    r"\b(only (?:if|when|after|once|as part of|at the end of|in the context of|within|with|in return for|in exchange for)|not before|not until|"
    r"only (?:take|come|go|happen|be|become|enter|apply)\w* (?:\w+ ){0,3}(?:if|when|after|once)|"
    r"with (?:conditions|strings attached)|"
    r"as part of (?:a|an|the|any)|(?:before|after|within) (?:a|an|the|any)|without (?:a|an|any|the(?! (?-i:[A-Z])))|at the end of (?:a |the )?(?:\w+ )?(?:negotiations?|talks|process|a|the)|in the context of|provided (?:that)?|on condition|"
    r"(?:seek|seeks|sought|seeking|want|wants|wanted|demand\w*|ask\w*|insist\w* on|need\w*) (?:\w+ ){0,2}(?:guarantees?|assurances?)|"
    r"(?:tied|linked|conditioned) to|in principle|"
    r"(?:through|via|from|by) (?:direct |bilateral |negotiated )?(?:negotiations?|talks)|negotiated (?:peace|settlement)|"
    r"(?:must|should|has to|have to|needs? to) be (?:negotiated|agreed)|"
    r"(?:must|should|has to|have to|needs? to|will have to) (?:be (?:part of|based on|accompanied by|consistent with|"
    r"compatible with)|take (?:account of|into account)|respect|reflect)|conditional on|conditioned on|contingent on|depend(?:s|ed|ing)? on|at the right time|when the time is right|"
    r"when the time comes|at an appropriate time|under (?:certain|the right) conditions|in exchange for|"
    r"unless|until (?:a|an|the|there|it|israel|both|hamas)|once (?:a|an|the|there|it|both|hamas))\b",
    re.IGNORECASE,
)
UNDECIDED_PHRASES = re.compile(
    r"\b((?:has|have|had)(?: not|n't) (?:yet )?decided|no decision|not (?:yet )?made up|undecided|"
    r"keep(?:s|ing)? (?:its|their|his|her|all) options open|declin\w* to (?:say|comment|commit|take a position)|"
    r"would not (?:say|commit)|did not say|won't say|not rule out|not ruled? out|(?:is|are|was|were) open to|"
    r"remains? open|still weighing|weighing|reviewing|studying|considering|consider(?:s|ed)? (?:whether|the|a)|"
    r"abstain\w*|sat out|on the fence|wait and see|wait-and-see|(?:asked|asks|ask|needs?|wants?) (?:for )?more time|"
    r"no (?:urgency|hurry|rush)|in no (?:hurry|rush)|(?:left|leaves?|leaving) the (?:room|chamber|hall) (?:during|for|before) the vote|"
    r"stay\w* away from the vote|not take part in the vote|"
    r"no position|not (?:yet )?(?:taken|stated|declared|announced|adopted) (?:a|any) (?:\w+ )?position|before (?:taking|adopting) (?:a|any) (?:\w+ )?position|open mind|not (?:yet )?said whether|reserv\w* (?:its|their|his|her) position|(?:has|have|is|are) yet to)\b",
    re.IGNORECASE,
)
# a support followed by "but" and what must happen first: a condition on it
BUT_REQUIRED = re.compile(r"\bbut\b[^.;]{0,80}?\b(?:must|has to|have to|needs? to|should first|insists? on|"
                          r"demands?|on condition)\b", re.IGNORECASE)  # fmt: skip
# what an open door is bounded by: "open ..., but a country at war could not join", "... but wants guarantees first"
BUT_RESTRICTED = re.compile(r"\bbut\b[^.;]{0,80}?\b(?:could not|cannot|can not|can't|wants?|not (?:until|before|"
                            r"while))\b", re.IGNORECASE)  # fmt: skip
# idioms that rule something out: a position against the issue they are said of, with no stance word in them
RULED_OUT = re.compile(r"\b(out of the question|off the table|not on the table|a non-?starter|not an option|"
                       r"no place (?:for|in))\b", re.IGNORECASE)  # fmt: skip
# idioms that say the issue will come, with no stance word in them: support
BELONGS = re.compile(r"\b(?:(?:a )?(?:question|matter) of when,? not if|irreversible|(?:place|future) (?:is|was|lies|lay) (?:in|with)in?)\b",
                     re.IGNORECASE)  # fmt: skip
# conditions that bound even a plain opposition: "opposes X while the war continues" is a position for a time,
# "opposed to moving ahead of a peace agreement" one that holds until something else happens
LASTING_CONDITION = re.compile(
    r"\b(while (?:the|a|an|its|their) (?:\w+ ){0,2}(?:continues?|lasts?|persists?|goes on|rages?|remains?)|"
    r"as long as|so long as|for as long as|unless|until|in the absence of|absent (?:a|an|any|the)|"
    r"(?:during|in the middle of|in the midst of) (?:the|a|an) (?:\w+ )?(?:war|conflict|fighting|hostilities)|"
    r"citing (?:the )?[^.;]{0,40}?\b(?:absence|lack) of|(?:(?:ahead|in advance) of|before) (?:a|an|any|the) (?:\w+ )?(?:peace|settlement|deal|agreement)|"
    r"without (?:a|an|any) (?:\w+ )?(?:peace|settlement|deal|agreement|process)|"
    r"(?:wants?|needs?|insists? on|demands?|seeks?) [^.;]{0,50}\bfirst\b)",
    re.IGNORECASE,
)
SPOKESMAN = re.compile(r"\b(spokes(?:man|woman|person)|ministry|foreign office|government|official|envoy|"
                       r"ambassador|embassy|mission|delegation|administration|cabinet|minister|diplomat)s?\b",
                       re.IGNORECASE)  # fmt: skip
_STOP = {"a", "an", "the", "of", "on", "for", "to", "in", "and", "or", "with", "by", "about", "against", "from"}


DERIVED = re.compile(r"(?:hood|ship)$")  # "statehood" is the state, "membership" the member


def stem(word: str) -> str:
    word = word.casefold().strip(".,;:!?\"'()[]\u201c\u201d\u2018\u2019")
    if len(word) > 7:
        word = DERIVED.sub("", word)
    return word[:6] if len(word) > 6 else word


def stems_of(text: str) -> set[str]:
    return {stem(w) for w in re.findall(r"\w+", text) if w.casefold() not in _STOP and len(w) > 1}


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
        elif shared >= min(2, len(issue.key_stems) - 1 or 1):
            # one shared stem of a longer issue ("state" of "recognition of a Palestinian state") is too common to
            # be worth an embedding: it needed a cosine of 0.6, which such sentences almost never reach
            candidates.append((start, end, shared))
    # An article that names the issue outright is read whole anyway (its other sentences as context), so
    # the embedding is only needed to find articles that talk about the issue without naming it; skipping
    # it otherwise keeps the stance stage from costing more than the parse.
    if candidates and found:
        # in an article that names the issue in full, a sentence naming two of its words or all but two ("the
        # Mercosur agreement" of "the EU-Mercosur trade agreement") is about it too
        strong = max(2, len(issue.key_stems) - 2)
        found += [(start, end, "near") for start, end, shared in candidates if shared >= strong]
    if candidates and not found:
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
    prescribed: bool = False  # "Turkey should not become a member": the speaker's view of what ought to happen


NEGATING_VERBS = {"refuse", "decline", "fail", "reject"}
NEGATION_PATH = {"xcomp", "ccomp", "acomp", "dobj", "pobj", "prep", "amod", "attr", "acl", "pcomp"}


def _negated(token: Token) -> bool:
    """ "not"/"never"/"no longer" on the token or on the verbs it hangs from; "refused to recognize"."""
    node = token
    for _ in range(4):
        if node.i != token.i and node.lemma_ in NEGATING_VERBS and token.pos_ == "VERB":
            return True
        if any(c.dep_ == "neg" or c.lower_ in {"never", "no", "nor"} and c.dep_ in {"advmod", "det"}
               or _no_longer(c) for c in node.children):  # fmt: skip
            return True
        if (
            node.i == token.i
            and token.pos_ == "VERB"
            and any(
                c.dep_ == "nsubjpass" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
                for c in token.children
            )
        ):
            return True  # "no Palestinian state would be established": nothing will be
        if node.head.i == node.i or node.dep_ not in NEGATION_PATH:
            return False
        node = node.head
    return False


def _own_negation(token: Token) -> bool:
    """ "not" / "never" on the word itself or its auxiliary-bearing copula, not inherited from a verb above."""
    return any(c.dep_ == "neg" or c.lower_ == "never" and c.dep_ == "advmod" for c in token.children)


def _no_longer(token: Token) -> bool:
    """ "no longer" / "not anymore" on a verb: "Norway would no longer treat recognition as a reward"."""
    return (
        token.dep_ == "advmod"
        and token.lower_ in {"longer", "more"}
        and any(c.lower_ in {"no", "not"} for c in token.children)
    )


def _hedged(token: Token) -> bool:
    node = token
    for _ in range(4):
        if any(c.lower_ in HEDGES for c in node.children if c.dep_ in {"aux", "advmod"}):
            return True
        if node.lemma_ in UNDECIDED and node.i != token.i and _lexicon_position(node) == "undecided":
            return True
        if node.head.i == node.i or node.dep_ not in {"xcomp", "ccomp", "dobj", "pobj", "prep"}:
            return False
        node = node.head
    return False


BEHIND_VERBS = {"line", "throw", "get", "rally", "stand", "put", "fall", "swing"}


def _idiom_position(token: Token) -> str | None:
    """Idioms of position read on their verb: "lined up behind", "threw its weight behind", "rallied behind"
    support, and so does "return to the deal"; "poured cold water on", "dragging its feet" oppose; "stopped short of"
    holds back what it governs."""
    lemma = token.lemma_.casefold()
    if token.pos_ == "VERB" and lemma in BEHIND_VERBS:
        behind = [c for c in token.children if c.lower_ == "behind" and c.dep_ == "prep"]
        behind += [g for c in token.children if c.dep_ in {"prt", "dobj"} for g in c.children
                   if g.lower_ == "behind" and g.dep_ == "prep"]  # fmt: skip
        if behind:
            return "support"
    if lemma == "pour" and any(c.lemma_ == "water" and any(a.lower_ == "cold" for a in c.children)
                               for c in token.children):  # fmt: skip
        return "oppose"
    if (
        lemma == "return"
        and token.pos_ == "VERB"
        and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_.casefold() in ANAPHORA for g in c.children)
            for c in token.children
        )
    ):
        return "support"  # "would return to the deal / the talks": rejoin it
    if (
        lemma in {"remain", "stay"}
        and token.pos_ == "VERB"
        and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.casefold() in ANAPHORA for g in c.children)
            for c in token.children
        )
    ):
        return "support"  # "would remain in the deal": keep to it, as "return to the deal" (the issue's deal only)
    if lemma == "stop" and any(c.lower_ == "short" for c in token.children):
        return "undecided"  # "stopped short of endorsing the tax": it governs the stance word it holds back
    if lemma == "drag" and any(c.lower_ in {"feet", "heels"} for c in token.children):
        return "oppose"
    if lemma == "water" and token.pos_ == "VERB" and any(c.lower_ == "down" for c in token.children):
        return "oppose"  # "watering down the sanctions": an act against them, like "undermine"
    if lemma in {"answer", "solution"} and token.dep_ == "attr" and token.head.lemma_ == "be":
        return "support"  # "an arms embargo is the answer"; "was not the answer" is read negated
    if lemma == "stab" and token.doc[token.i + 1 : token.i + 4].text.casefold() == "in the back":
        return "oppose"  # "called the pact a stab in the back": a betrayal, however the parser hangs "in the back"
    return None


# what a threat of reprisal threatens: "threatening further measures against Oslo", "threatened consequences"
REPRISALS = {"measure", "consequence", "step", "action", "retaliation", "reprisal", "countermeasure", "response"}


def _threat_of_reprisal(token: Token) -> bool:
    """ "threatened further measures against Oslo": a threat of reprisal, an act of protest whatever its object."""
    return (
        token.pos_ == "VERB"
        and token.lemma_.casefold() == "threaten"
        and any(c.dep_ == "dobj" and c.lemma_.casefold() in REPRISALS for c in token.children)
    )


def _recall_noun(token: Token) -> bool:
    """ "the return / withdrawal / recall of its ambassadors": the noun of a recall of envoys."""
    return (
        token.pos_ == "NOUN"
        and token.lemma_.casefold() in {"return", "withdrawal", "recall", "expulsion"}
        and any(g.lemma_.casefold() in {"ambassador", "envoy", "diplomat"} for c in token.children
                if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)
    )  # fmt: skip


def _lexicon_position(token: Token) -> str | None:
    lemma = token.lemma_.casefold()
    low = token.lower_
    if lemma == "vote" or low.startswith("vot"):
        for child in token.children:
            if child.lower_ in {"against"}:
                return "oppose"
            if child.lower_ in {"for"} or (
                child.lower_ == "in" and "favo" in sentence(child).text[child.idx - sentence(child).start_char :][:12]
            ):
                return "support"
        return None
    if _recall_noun(token):
        return "oppose"  # "ordered the return of its ambassadors": a recall, an act of diplomatic protest
    if _threat_of_reprisal(token):
        return "oppose"  # "while threatening further measures against Oslo"
    idiom = _idiom_position(token)
    if idiom is not None:
        return idiom
    if lemma == "fight" and any(c.dep_ == "dobj" and c.lemma_.casefold() in {"war", "battle", "conflict"}
                                for c in token.children):  # fmt: skip
        return None  # "which fought a war with Serbia in the 1990s": waging a war, not fighting a step
    if lemma in {"challenge", "contest"}:
        # "would challenge the move in the constitutional court": fighting a step; "the challenge of ..." is none
        return "oppose" if token.pos_ == "VERB" else None
    if lemma == "announce" and token.pos_ == "VERB":
        # "announced a windfall tax", "announced its own sanctions": putting a measure in place; "announced that ..."
        # is a verb of saying (its clause holds the position)
        return "support" if any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in token.children) else None
    if lemma == "call" and any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children):
        return "support"  # "called for a lasting ceasefire", "calls for recognition": a plea, not a verb of saying
    if lemma in PLEA_VERBS and token.pos_ != "VERB":
        return None  # "its demands", "the push": the noun names a request, not whose or for what
    if lemma == "follow" and any(c.dep_ == "nsubj" and c.lemma_.casefold() in {"envoy", "ambassador", "diplomat"}
                                 for c in token.children):  # fmt: skip
        return None  # "Spain's envoy would follow": the envoy goes too (recalled like the others), no position
    if lemma == "need" and token.pos_ == "NOUN":
        # "the need for a global agreement": what is needed is supported ("did not see the need" is read negated)
        return "support" if any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children) else None
    if lemma in {"necessary", "appropriate"} and token.head.lemma_.casefold() in REPRISALS:
        return None  # "would take all necessary measures to protect its companies": a response, not a judgement
    if lemma in {"kill", "attack", "punish"} and any(c.dep_ == "auxpass" for c in token.children):
        return None  # "more than 48,000 Palestinians have been killed": a toll of harm suffered, no one's position
    if lemma == "sign" and token.pos_ == "NOUN":
        return None  # "another sign of Washington's course", "a sign of hope": a token of something, no signing
    if lemma == "back" and token.dep_ in {"pobj", "advmod", "prt"}:
        return None  # "a stab in the back", "came back": the body part or the adverb, not "to back" something
    if lemma == "fight" and token.pos_ == "NOUN":
        return None  # "weapons for the fight in Gaza": the war, no one's position ("to fight the plan" is one)
    if lemma in {"opposition", "opponent"} and token.dep_ in {"compound", "amod"}:
        return None  # "opposition leader Juan Guaido", "the opposition party": a political camp, not a position
    if lemma == "lobby":
        # "lobbied against the plan" opposes it (read on "against"); "lobbied Moscow for years", "lobbied for a
        # clear path": pressing for something
        if any(c.lower_ == "against" for c in token.children):
            return None
        return "support" if token.pos_ == "VERB" else None
    if lemma in {"press", "push"} and any(c.lower_ in {"on", "ahead"} for c in token.children):
        return None  # "pressed on with its operation": went on, pressing for nothing
    if (lemma in {"favor", "favour"} or low in {"favour", "favor"}) and (
        token.head.lower_ == "in" or token.pos_ == "VERB"
    ):
        return "support"
    if lemma == "rule" and not any(c.lower_ == "out" for c in token.children):
        return None
    if low == "right" and (token.pos_ != "NOUN" or token.dep_ in {"amod", "compound", "advmod"}):
        return None  # "the right to a state" is a position; "far-right", "right-wing", "right away" are not
    if lemma == "against" and token.head.lemma_ == "vote":
        return None  # read on the verb: "voted against"
    if (
        lemma == "against"
        and token.pos_ == "ADP"
        and token.head.lemma_
        not in {
            "be",
            "vote",
            "come",
            "stand",
            "campaign",
            "speak",
            "argue",
            "warn",
            "lobby",
            "remain",
            "stay",
            "firmly",
        }
    ):
        return None
    if lemma in {"delay", "postpone", "defer"} and any(c.dep_ == "dobj" and c.lemma_.casefold() in PENDING_STEPS
                                                        for c in token.children):  # fmt: skip
        return "undecided"  # "has delayed a vote on Sweden's membership": the decision is pending (LABELLING.md 7.6)
    if lemma in {"delay", "postpone"} and not any(c.dep_ == "dobj" and c.pos_ != "PROPN" and c.lemma_.casefold()
                                                   not in {"vote", "decision", "debate", "meeting", "talks"}
                                                   for c in token.children):  # fmt: skip
        return None  # "delayed sanctions" opposes them; "delayed a debate on ..." puts off a procedure
    if lemma == "prevent" and _kept_from_nothing(token):
        return None  # "prevent Iran from getting nuclear weapons": no position ("from joining NATO" turns "joining")
    if lemma in STOPPING and _ends_a_conflict(token):
        return None  # "ending years of dispute over the project", "easing a standoff": no position against anything
    if lemma in STOPPING and (token.pos_ == "VERB" or lemma in {"lift", "ease", "scrap", "abandon"}):
        if any(c.dep_ == "dobj" and _lexicon_position(c) == "oppose" for c in token.children):
            return "support"  # "dropped its objections to ...", "lifted its veto on ..."
        return "oppose"  # lifting sanctions opposes the sanctions; the issue noun is its object
    if lemma == "open" and token.pos_ == "VERB":
        objects = {c.lemma_.casefold() for c in token.children if c.dep_ == "dobj"}
        return "support" if objects & {"embassy", "mission", "office", "talks", "negotiations", "chapter"} else None
    if lemma == "decide" and token.tag_ in {"VBD", "VBN"} and not _negated(token):
        return None  # "the parliament decided in a motion": a decision taken, not indecision
    if (lemma in UNDECIDED or low in UNDECIDED) and _what_preceded(token):
        return None  # "recognised ... after weeks of debate": the deliberation before a decision, no indecision
    if lemma in UNDECIDED or low in UNDECIDED:
        return "undecided"
    if lemma in SUPPORT or low in SUPPORT:
        return "support"
    if lemma in OPPOSE or low in OPPOSE:
        return "oppose"
    return None


# the decisions a state takes on an issue: putting one off leaves its position pending
PENDING_STEPS = {"vote", "decision", "ratification", "approval"}

CONFLICT_NOUNS = {"dispute", "standoff", "stand-off", "row", "feud", "quarrel", "stalemate", "deadlock", "impasse",
                  "rift", "spat", "tension", "tensions", "conflict", "uncertainty"}  # fmt: skip


def _ends_a_conflict(token: Token) -> bool:
    """A verb of ending whose object is a conflict ("ending years of dispute over the project", "easing a standoff
    between Germany and the IMF"): ending a quarrel takes no side against what it was about."""
    for obj in (c for c in token.children if c.dep_ == "dobj"):
        nouns = [obj, *(g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                        if g.dep_ == "pobj")]  # fmt: skip
        if any(n.lemma_.casefold() in CONFLICT_NOUNS for n in nouns):
            return True
    return False


def _phrase_verb(tokens: list[Token], text: str, at: int) -> Token | None:
    """The verb of a phrase found in the text at ``at`` when it has a subject of its own: "Italy has not made up its
    mind on the agreement, officials said" is Italy's indecision, not the officials' (the root's subject)."""
    if not tokens or text != tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text:
        return None  # the text is not these tokens' own (a quote read with its sentence)
    base = tokens[0].idx
    token = next((t for t in tokens if t.idx - base >= at), None)
    for node in [token, *(list(token.ancestors)[:2] if token is not None else [])]:
        if node is not None and node.pos_ in {"VERB", "AUX"} and node.dep_ != "aux":
            return node if any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children) else None
    return None


def _what_preceded(token: Token) -> bool:
    """A noun of deliberation in a phrase of what came before ("after weeks of debate", "following a review")."""
    if token.pos_ != "NOUN":
        return False
    for node in [token, *list(token.ancestors)[:3]]:
        if node.dep_ == "pobj" and node.head.lower_ in {"after", "following"}:
            return True
    return False


def _kept_from_nothing(token: Token) -> bool:
    """ "prevent X from Ving" is about Ving: a stopping verb there turns a stance word ("prevent Georgia from joining
    NATO") and says nothing when Ving is none ("getting nuclear weapons")."""
    froms = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
             if g.dep_ in {"pcomp", "pobj"}]  # fmt: skip
    return bool(froms) and not any(_lexicon_position(g) for g in froms)


# Words that state a position on the issue only when the issue is their object: in a sentence that does not name
# it, "the decision followed consultations" or "a matter of historic justice" say nothing of anyone's position,
# while "Germany will not follow" (no object: the move itself is meant) still does.
WEAK_IN_CONTEXT = {
    "follow", "press", "commit", "committed", "establish", "sign", "adopt", "upgrade", "open", "decide", "debate",
    "take", "weigh", "review", "study", "restore", "want", "seek", "push", "demand", "propose", "lift", "ease",
    "kill", "attack", "fight", "block", "strip", "accept",
}  # fmt: skip


OBJECT_PREPS = {"to", "with", "for", "on", "of", "about", "over", "against", "behind", "from", "into", "toward",
                "towards"}  # fmt: skip


def _weak_here(token: Token, issue: Issue) -> bool:
    if token.lemma_.casefold() not in WEAK_IN_CONTEXT and token.lower_ not in WEAK_IN_CONTEXT:
        return _about_something_else(token, issue)
    # "follow suit" is "do the same": the idiom's noun is no object of its own; an object that refers back to the
    # issue ("would study the proposal", "threatened to block the enlargement") leaves the word about it
    # a preposition of frame or time ("under the agreement", "in March") says where or when, not what the word is about
    objects = [c for c in token.children if c.dep_ in {"dobj", "pobj", "attr", "prep", "xcomp", "ccomp"}
               and c.lower_ != "suit" and not (c.dep_ == "prep" and c.lower_ not in OBJECT_PREPS)]  # fmt: skip
    # an infinitive the parser hangs as an adverbial clause is the word's complement: "committed to take action"
    objects += [c for c in token.children if c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                       for a in c.children)]  # fmt: skip
    # a preposition stands for what it takes: "committed to the deal", "committed to concluding the agreement" (the
    # object of the gerund)
    objects = [o for c in objects for o in (_through_preposition(c) if c.dep_ == "prep" else [c])]
    return any(not (c.dep_ in {"dobj", "pobj"} and (c.tag_ == "PRP" or c.lemma_.casefold() in ANAPHORA
                                                     and any(d.dep_ in {"det", "poss"} for d in c.children)))
               for c in objects)  # fmt: skip


def _through_preposition(prep: Token) -> list[Token]:
    """What a preposition takes: its object, or the object of the gerund it takes ("to concluding the agreement");
    the preposition itself when it takes neither."""
    inner = [g for g in prep.children if g.dep_ == "pobj"]
    inner += [d for g in prep.children if g.dep_ == "pcomp" for d in g.children if d.dep_ == "dobj"]
    return inner or [prep]


def _objects(token: Token) -> list[Token]:
    """What a stance word is about: its direct object, the object of its preposition ("ready to move forward with
    the sale", "opposed to the plan"), through one infinitive ("ready to move")."""
    out = [c for c in token.children if c.dep_ == "dobj"]
    out += [g for c in token.children if c.dep_ == "prep" and c.lower_ in {"with", "for", "to", "on", "of", "about",
            "over", "against"} for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    for verb in (c for c in token.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}):
        out += _objects(verb)
    return out


# nouns of handling a thing: about the thing they take with "of" ("the use of the weapons", "the supply of the jets")
HANDLING = {"use", "supply", "delivery", "sale", "transfer", "deployment", "shipment", "export", "import"}


def _refers_back(obj: Token, issue: Issue) -> bool:
    """A noun that is the issue or refers back to it: its words, a pronoun, a name, a bare definite noun, a stance
    noun, an anaphoric noun ("the move")."""
    if any(stem(t.text) in issue.key_stems for t in obj.subtree):
        return True
    if obj.lemma_.casefold() in HANDLING and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and _refers_back(g, issue) for g in c.children)
        for c in obj.children
    ):
        return True  # "discouraged the use of the weapons": the handling of a thing referred back is about it
    definite = any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in obj.children)
    new_information = any(c.dep_ in {"compound", "nummod", "prep", "acl", "relcl", "appos"} for c in obj.children)
    if obj.pos_ == "PROPN" and any(c.dep_ == "prep" for c in obj.children):
        return False  # "has not ratified the UN Convention on the Law of the Sea": another thing, named in full
    return (
        obj.pos_ in {"PRON", "PROPN"}
        or obj.lemma_.casefold() in ANAPHORA
        or _lexicon_position(obj) is not None
        or (definite and not new_information)
        or any(c.dep_ == "det" and c.lower_ in {"this", "that", "these", "those", "such"} for c in obj.children)
    )


# verbs of harm: said of their subject ("the pact would undermine peace" judges the pact)
HARM = {"undermine", "violate", "damage", "weaken", "endanger", "jeopardize", "jeopardise", "destabilise",
        "destabilize"}  # fmt: skip


# verbs of good or harm that judge their subject only: "help", "deny" say nothing of the issue with another subject
SAID_OF_THE_ISSUE = {"help": "support", "benefit": "support", "serve": "support", "boost": "support",
                     "hurt": "oppose", "harm": "oppose", "deny": "oppose", "hamper": "oppose", "hinder": "oppose"}  # fmt: skip


def _issue_subject(verb: Token, issue: Issue) -> bool:
    """The verb's subject is the issue: its words, or a definite noun that refers back to it ("the project", "the
    decision", "such an embargo")."""
    for subject in (c for c in verb.children if c.dep_ in {"nsubj", "csubj"}):
        if any(stem(d.text) in issue.key_stems for d in subject.subtree):
            return True
        if (subject.lemma_.casefold() in ANAPHORA | {"project", "scheme", "programme", "program"}
                and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that", "such"} for c in subject.children)):  # fmt: skip
            return True
    return False


def _about_something_else(token: Token, issue: Issue) -> bool:
    """In a sentence that does not name the issue in full, a stance word whose object is something else named
    outright ("ready to move forward with the F-16 sale", "backed a plan for a pipeline") says nothing of the
    issue; one with no object ("will not follow") may, and so may an object that refers back: a pronoun, a name
    ("thanked Paris"), a bare definite noun ("voted for the package", "condemned the move"), a stance noun
    ("condemned the veto"), or one naming part of the issue ("sabotaging the ceasefire talks"). Acts of
    diplomatic protest ("recalled its ambassadors") are positions whatever their object."""
    if token.lemma_.casefold() in PROTEST_ACTS or _recall_noun(token) or _threat_of_reprisal(token):
        return False
    if token.lemma_.casefold() in HARM and any(
        c.dep_ == "nsubj" and (any(stem(d.text) in issue.key_stems for d in c.subtree)
                               or c.lemma_.casefold() in ANAPHORA or c.lower_ == "it")
        for c in token.children
    ):  # fmt: skip
        return False  # "the pact would undermine regional peace": a verb of harm is said of its subject, the issue
    objects = _objects(token)
    if not objects:
        return False

    return not any(_refers_back(o, issue) for o in objects)


def _in_condition(token: Token) -> bool:
    """The token stands in a condition clause ("if", "unless", "once" ...), which names the condition of a
    position, not a position."""
    for node in [token, *list(token.ancestors)[:4]]:
        if (
            node.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in node.children)
            and not (node.i == token.i and _past_time(node))
        ):
            return True  # a clause of past time is none ("after Germany and France objected": their objection)
        if (
            node.dep_ == "advcl"
            and node.head.lower_ == "long"
            and any(c.lower_ in {"as", "so"} for c in node.head.children)
        ):
            return True  # "as long as Hamas holds hostages", parsed as an adverb "long" with a clause
        if node.dep_ == "advcl" and re.match(r"(?:as|so) long as\b", node.doc[node.left_edge.i : node.i].text, re.I):
            return True  # "as long as Hamas holds hostages"
    return False


def _judges_a_named_conduct(token: Token) -> bool:
    """An adjective of judgement on a noun a name owns that does not refer back ("Trump's courageous leadership")."""
    noun = token.head
    return (
        token.dep_ == "amod"
        and token.lemma_.casefold() in EVALUATIVE
        and noun.lemma_.casefold() not in ANAPHORA
        and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children)
    )


def _on_another_noun(token: Token, issue: Issue) -> bool:
    """A passive participle on a noun ("a firm sponsored by Nauru", "state-sponsored piracy") is said of that
    noun: about the issue only when the noun is the issue or refers back to it ("a ceasefire proposed by ...", "a
    resolution backed by 119 countries")."""
    if token.dep_ not in {"acl", "amod"} or token.tag_ != "VBN" or token.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    noun = token.head
    return not (stem(noun.text) in issue.key_stems or noun.lemma_.casefold() in ANAPHORA
                or _lexicon_position(noun) is not None)  # fmt: skip


def read_clause(tokens: Iterable[Token], issue: Issue, text: str, context: bool = False) -> Reading | None:
    """The position the words express: the stance word nearest the issue words, then negation,
    conditions and hedges."""
    tokens = list(tokens)
    issue_tokens = [t for t in tokens if stem(t.text) in issue.key_stems]
    needed = _necessity(issue_tokens)
    if needed is not None:
        return Reading("support", needed)  # "there cannot be peace without a Palestinian state"
    triggers = [(t, p) for t in tokens if (p := _lexicon_position(t)) and not (context and _weak_here(t, issue))]
    if context:
        # "praised Trump's courageous leadership": a word of judgement on a person's conduct judges the person, not
        # the issue ("Norway's reckless decision" refers back and stays)
        triggers = [(t, p) for t, p in triggers if not _judges_a_named_conduct(t)]
    issue_ids = {t.i for t in issue_tokens}
    # "sanctions relief", "the lifting of sanctions": a noun of ending that governs the issue opposes it
    triggers += [(t, "oppose") for t in tokens if t.pos_ == "NOUN" and t.lemma_.casefold() in STOPPING_NOUNS
                 and t.i not in issue_ids and issue_ids & {d.i for d in t.subtree}
                 and not any(t.i == u.i for u, _ in triggers)]  # fmt: skip
    # verbs of good or harm done, said of the issue as their subject ("an arms embargo would help solve the crisis",
    # "the project does not serve the EU's goal", "a moratorium would deny poor countries a share"): a judgement of it
    known = {t.i for t, _ in triggers}
    triggers += [(t, SAID_OF_THE_ISSUE[t.lemma_.casefold()]) for t in tokens if t.pos_ == "VERB"
                 and t.lemma_.casefold() in SAID_OF_THE_ISSUE and t.i not in known and _issue_subject(t, issue)]  # fmt: skip
    # "the proposal fell far short of its demands": found wanting
    triggers += [(t, "oppose") for t in tokens if t.pos_ == "VERB" and t.lemma_ == "fall" and t.i not in known
                 and any(c.lower_ == "short" for c in t.children) and _issue_subject(t, issue)]  # fmt: skip
    triggers = [(t, p) for t, p in triggers if not _in_condition(t)]  # "only if Ankara restored ...": the condition
    # "a Canadian firm sponsored by Nauru": a participle on a noun acts on that noun, not on the issue
    triggers = [(t, p) for t, p in triggers if not _on_another_noun(t, issue)]
    # "would remain in the deal" keeps to the issue only when the deal is the issue's ("the Iran nuclear deal"), not
    # another one named in an article on sanctions
    triggers = [(t, p) for t, p in triggers if t.lemma_.casefold() not in {"remain", "stay"}
                or any(stem(d.text) in issue.key_stems for d in t.subtree)]  # fmt: skip
    # "the recognition would take effect next Tuesday": the issue spoken of, no one's position
    triggers = [(t, p) for t, p in triggers if not _bare_issue_subject(t, issue)]
    # "The Group of Seven and Australia are expected to approve the cap", "the deal is due to be approved by the
    # cabinet": a prediction of what someone will do, no position (LABELLING.md section 5)
    triggers = [(t, p) for t, p in triggers if not _predicted(t)]
    prescribed = False
    if not triggers:
        # "Turkey should not become a member", "talks could continue only if ...": what someone says ought to happen
        # to the issue is a position on it, read like a stance word (negation, conditions) below
        issue_ids = {t.i for t in issue_tokens}
        prescribed = True
        triggers = [(t, "support") for t in tokens if t.pos_ in {"VERB", "AUX"} and t.dep_ != "aux"
                    and any(c.dep_ == "aux" and c.lower_ in OUGHT for c in t.children)
                    and issue_ids & {d.i for d in t.subtree}][:1]  # fmt: skip
    if not triggers:
        denied = _denied_existence(tokens, issue_tokens)
        if denied is not None:
            return _condition_of(Reading("oppose", denied), denied, text)  # "there will be no Palestinian state"
        hinge = next((t for t in tokens if t.lemma_ in {"depend", "hinge", "rest"}
                      and any(c.lower_ in {"on", "upon"} for c in t.children)
                      and any(stem(d.text) in issue.key_stems for c in t.children if c.dep_ == "nsubj"
                              for d in c.subtree)), None)  # fmt: skip
        if hinge is not None:  # "Turkey's accession to the European Union depended on reforms"
            return Reading("conditional", hinge, conditional=True)
        belongs = BELONGS.search(text)
        # "a question of when, not if", "Ukraine's place is in NATO"; not what is asked ("divided over whether to
        # repeat their pledge that Ukraine's path is irreversible"): a clause under "whether" asserts nothing
        if belongs and not re.search(r"\bwhether\b", text[: belongs.start()], re.IGNORECASE):
            ids = {t.i for t in tokens}
            roots = [t for t in tokens if t.dep_ == "ROOT"] or [t for t in tokens if t.head.i not in ids] or tokens
            return Reading("support", roots[0])  # the words' own root: a quote's verb, not the "said" outside it
        ruled_out = RULED_OUT.search(text)
        if ruled_out:  # "out of the question", "not on the table as long as the war goes on"
            roots = [t for t in tokens if t.dep_ == "ROOT"] or tokens
            return _condition_of(Reading("oppose", roots[0]), roots[0], text)
        undecided = UNDECIDED_PHRASES.search(text)
        if undecided:  # "has not made up its mind", "is divided over"
            roots = [t for t in tokens if t.dep_ == "ROOT"] or tokens
            return Reading("undecided", _phrase_verb(tokens, text, undecided.start()) or roots[0], hedged=True)
        return None

    def closeness(item: tuple[Token, str]) -> tuple[int, int, int]:
        tok = item[0]
        governs = any(_governs(tok, it) for it in issue_tokens)
        distance = min((abs(tok.i - it.i) for it in issue_tokens), default=50)
        # a relative clause on a name ("The United States, which signed the protocol in 1998, has refused to ratify
        # it") is that actor's second statement (read by _relative_acts), after the main clause's
        return (0 if governs else 1, 1 if _on_a_name(tok) else 0, distance)

    # the issue's own words ("recognition") carry no position unless nothing else does
    chosen = [tp for tp in triggers if stem(tp[0].text) not in issue.key_stems] or triggers
    trigger, position = min(chosen, key=closeness)
    position = _compose(trigger, position, {t.i for t, _ in triggers})
    rejected = _rejected_claim(trigger, triggers)
    if rejected is not None and position == "oppose":
        # "rejected India's charge that the levy was protectionist": rejecting a charge against the issue defends it
        position = "oppose" if rejected == "support" else "support"
    judged = _judgement_of(trigger, {t.i for t, _ in triggers})
    if judged == "oppose" and position in {"support", "oppose"}:
        # "the move to restore sanctions was legally void": a judgement of the subject turns what it names
        position = "oppose" if position == "support" else "support"
    if position in {"support", "oppose"} and _judges_an_absence(trigger, issue):
        # "called the absence of a timetable for Ukraine's membership 'absurd'": judging the lack of a thing judges
        # the thing the other way
        position = "oppose" if position == "support" else "support"
    if not issue_tokens and position in {"support", "oppose"}:
        # in a sentence that does not name the issue, a stance word whose object is an act against it turns it:
        # "Hamas condemned the veto" supports what was vetoed, "welcomed the veto" opposes it
        against = {t.i for t, p in triggers if t.lemma_.casefold() in ACTS_AGAINST and t.pos_ == "NOUN"}
        objects = [c for c in trigger.children if c.dep_ == "dobj"]
        objects += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
                    if g.dep_ == "pobj"]  # "thanked Washington for the veto"  # fmt: skip
        if any(c.i in against for c in objects):
            position = "oppose" if position == "support" else "support"
        elif trigger.i in against:
            # "said the veto was a blow to peace": a judgement predicated of the act against the issue is the
            # position, turned (whatever the judgement's own object: "a blow to peace")
            judgement = next((t for t in trigger.head.children if t.dep_ in {"attr", "acomp"}
                              and _lexicon_position(t) in {"support", "oppose"}), None)  # fmt: skip
            if trigger.dep_ != "nsubj" or trigger.head.lemma_ != "be":
                judgement = None
            if judgement is not None:
                trigger = judgement
                position = "support" if _lexicon_position(judgement) == "oppose" else "oppose"
    composer = _owned_noun_composer(trigger, {t.i for t, _ in triggers})
    if composer is not None:
        # "The spokesman rejected India's charge that the levy was protectionist": the one who rejects holds the turned
        # position, not the owner of the charge
        trigger = composer
    reading = Reading(position, trigger, prescribed=prescribed)
    # a negated stance verb governing the chosen one negates it: "would never agree to Ukraine joining NATO"
    outer_negated = any(a.i in {t.i for t, _ in triggers} and a.pos_ == "VERB" and a.lemma_ not in SPEECH
                        and _negated(a) for a in list(trigger.ancestors)[:3])  # fmt: skip
    if (_negated(trigger) or outer_negated) and position in {"support", "oppose"}:
        reading.negated = True
        reading.position = "oppose" if position == "support" else "support"
        if _own_negation(trigger) and any(
            t.pos_ == "VERB" and p in {"support", "oppose"} and p != position and _own_negation(t)
            and not _governs(t, trigger) and not _governs(trigger, t) and t.i != trigger.i
            for t, p in triggers
        ):  # fmt: skip
            # "would not block the accession but would not support it either": neither for nor against
            reading.position, reading.hedged = "undecided", True
            return reading
        if trigger.lemma_ in {"refuse", "reject", "rule"}:
            reading.position = "undecided"  # "did not rule out", "not refuse": neither for nor against
        elif _not_yet_done(trigger, position):
            reading.position = "undecided"  # "the only member that has not ratified ...": not done yet, like "yet to"
        elif position == "support" and _lacking_terms(trigger):
            # "would not sign a deal that did not give its farmers access": only a deal that does, a condition
            reading.position, reading.conditional = "conditional", True
            return reading
    if position == "support" and not reading.negated and _pleads_against(trigger, issue_tokens):
        # "demanded a guarantee that Ukraine will never join NATO", "urged allies not to admit Ukraine": what is
        # asked for is the issue's negation, so the plea is against it (and the guarantee is no condition)
        reading.position, reading.negated = "oppose", True
        return reading
    condition = _condition_phrase(_less_past_time(text, trigger), reading.negated) or _conditional_clause(trigger)
    if condition and reading.position in {"support", "oppose"} and (position == "support" or reading.negated):
        reading.position = "conditional"
        reading.conditional = True
    ending = trigger.pos_ == "VERB" and trigger.lemma_.casefold() in STOPPING and not reading.negated
    if ending and reading.position == "oppose" and _ends_on_an_event(trigger):
        # "would withdraw the tax once an international agreement is in force", "will lift the sanctions when Iran
        # complies": ending the step when something happens keeps it until then, a support bounded by that event
        reading.position = "conditional"
        reading.conditional = True
    not_against = reading.negated and position == "oppose"  # "would not block a renewed effort but ... must first"
    if (
        reading.position == "support"
        and (not reading.negated or not_against)
        and BUT_REQUIRED.search(_less_past_time(text, trigger))
    ):
        # "threw its weight behind Kyiv's bid but said its farmers must be protected before Ukraine joins"
        reading.position, reading.conditional = "conditional", True
    rest = re.split(r"\bbut\b", text, maxsplit=1)
    if position == "support" and not reading.negated and len(rest) == 2 and RULED_OUT.search(rest[1]):
        # "could accept longer loan maturities but a cut in the debt's face value was out of the question": a support
        # with a part ruled out is one within limits
        reading.position, reading.conditional = "conditional", True
        return reading
    open_door = reading.position == "undecided" and any(t.lower_ == "open" and t.pos_ == "ADJ" for t in tokens)
    if open_door and (BUT_REQUIRED.search(text) or BUT_RESTRICTED.search(text)):
        # "the door was open, but a country at war could not join", "open to the idea but wants guarantees first"
        reading.position, reading.conditional = "conditional", True
    lasting = LASTING_CONDITION.search(_clause_text(trigger, {t.i for t, _ in triggers}))
    open_to = reading.position == "undecided" and trigger.lower_ == "open"
    if open_to:
        lasting = LASTING_CONDITION.search(text)  # "open to ... but wants a common position first"
    if lasting is None and reading.position == "oppose" and _demands_guarantees(trigger):
        lasting = True  # "blocked the package, demanding guarantees that ...": opposed until they are given
    if lasting and (reading.position == "oppose" or open_to or (reading.negated and reading.position == "support")):
        reading.position = "conditional"  # "opposes ... while the war continues", "open to ... but wants ... first"
        reading.conditional = True
    if _open_question(trigger) and reading.position in {"support", "oppose", "conditional"}:
        # "has not said whether it will support the ban": the stance word is the question left open
        reading.position, reading.hedged = "undecided", True
        return reading
    hedge = _hedged(trigger) or UNDECIDED_PHRASES.search(_less_others_clauses(_less_past_time(text, trigger), trigger))
    plain_opposition = reading.position == "oppose" and not reading.negated  # "opposes ... for now" stays oppose
    if hedge and reading.position in {"support", "oppose"} and not plain_opposition:
        reading.position = "undecided"
        reading.hedged = True
    return reading


def _pleads_against(trigger: Token, issue_tokens: list[Token]) -> bool:
    """A plea (demand, urge, seek, want, ask) whose content negates a verb of taking the step (join, admit, recognise,
    impose ...) over the issue's words: the negation is in what is asked for, not in the asking ("urged the allies
    not to admit Ukraine to NATO")."""
    if trigger.lemma_.casefold() not in PLEA_VERBS | ASKING or trigger.pos_ != "VERB":
        return False
    inside = {t.i for t in issue_tokens}
    for verb in trigger.subtree:
        if verb.i == trigger.i or verb.pos_ not in {"VERB", "AUX"}:
            continue
        if verb.lemma_.casefold() not in SUPPORT | ACTS | {"admit", "allow", "let", "invite", "become"}:
            continue  # "guarantees that the cap would not shift the trade": a side effect ruled out, not the issue
        if any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children) and (
            inside & {d.i for d in verb.subtree}
        ):
            return True
    return False


PREDICTING = {"expect", "predict", "forecast", "tip", "project"}
LIKELY = {"likely", "unlikely", "due", "poised"}


def _predicted(token: Token) -> bool:
    """A stance word in what is foretold of someone: the complement of a passive verb of expecting ("are expected to
    approve") or of an adjective of likelihood ("is likely to back", "is due to be approved"). An actor's own
    intention ("said it would recognise", "plans to") is no prediction and stays a position."""
    head = token.head
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and head.lemma_.casefold() in RECEIVING:
        # "further packages could face resistance from Budapest": a reaction someone may meet is foretold, not stated
        return any(c.dep_ == "aux" and c.lower_ in {"could", "may", "might"} for c in head.children)
    if token.dep_ != "xcomp" or head.i == token.i:
        return False
    if head.lemma_.casefold() in PREDICTING and any(c.dep_ == "auxpass" for c in head.children):
        return True
    return head.lower_ in LIKELY and head.dep_ == "acomp"


ABSENCE = {"absence", "lack", "denial"}


def _judges_an_absence(trigger: Token, issue: Issue) -> bool:
    """A word of judgement whose sentence judges the absence or lack of the issue ("called the absence of a timetable
    for membership absurd", "said the lack of sanctions was a disgrace"): the noun of absence is what is judged (the
    object of the verb of calling or the subject), and it governs the issue's words."""
    if trigger.lemma_.casefold() not in EVALUATIVE:
        return False
    inside = {t.i for t in trigger.subtree}
    return any(
        t.lemma_.casefold() in ABSENCE
        and t.dep_ in {"dobj", "nsubj", "nsubjpass"}
        and t.i not in inside
        and any(stem(d.text) in issue.key_stems for d in t.subtree)
        for t in trigger.sent
    )


def _content_of_another(trigger: Token) -> bool:
    """The stance word's clause is what someone else agreed, decided or said ("Allies agreed that Ukraine will be
    invited to join NATO"): a clause complement under a verb with a subject of its own."""
    home = next((a for a in [trigger, *trigger.ancestors] if any(c.dep_ in {"nsubj", "nsubjpass"}
                                                                  for c in a.children)), None)  # fmt: skip
    return (
        home is not None and home.dep_ == "ccomp" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in home.head.children)
    )


def _on_a_name(token: Token) -> bool:
    """The token stands in a relative clause on a proper name ("The United States, which signed ...")."""
    for node in [token, *list(token.ancestors)[:4]]:
        if node.dep_ == "relcl":
            return node.head.pos_ == "PROPN"
    return False


def _lacking_terms(trigger: Token) -> bool:
    """The stance word's object is qualified by a negated relative clause: "a deal that did not give ...", "any
    agreement that does not include ..." (refusing such a deal names what a deal must hold)."""
    return any(c.dep_ == "relcl" and any(n.dep_ == "neg" for n in c.children)
               for o in _objects(trigger) for c in o.children)  # fmt: skip


def _not_yet_done(trigger: Token, position: str) -> bool:
    """A supporting act in the present perfect, negated ("has not ratified", "have not signed"): not done yet, which
    says no more than "has yet to"."""
    return (
        position == "support"
        and trigger.lemma_.casefold() in ACTS
        and trigger.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lemma_ == "have" for c in trigger.children)
        and any(c.dep_ == "neg" for c in trigger.children)
    )


def _open_question(trigger: Token) -> bool:
    """The stance word stands in a "whether" clause ("has not said whether it will support ...", "is deciding
    whether to back ..."): an open question, not a position."""
    return any(c.dep_ == "mark" and c.lower_ == "whether" for n in [trigger, *list(trigger.ancestors)[:2]]
               for c in n.children)  # fmt: skip


def _governs(head: Token, token: Token) -> bool:
    """``head`` is above ``token`` in the parse, other than as the first of two joined verbs: in "withdraw from
    the agreement and reimpose sanctions", "withdraw" does not govern "sanctions"."""
    node = token
    while node.head.i != node.i:
        if node.head.i == head.i:
            return node.dep_ != "conj"
        node = node.head
    return False


def _demands_guarantees(trigger: Token) -> bool:
    """The holder of a position asks for guarantees or assurances in the same sentence ("Slovakia blocked the
    package, demanding guarantees ..."): the position holds until they are given."""
    holder = _subject(trigger)
    for token in trigger.sent:
        if token.lemma_ not in {"seek", "demand", "want", "ask", "request", "insist"}:
            continue
        if not any(c.lemma_.casefold() in {"guarantee", "assurance"} for c in token.subtree if c.i != token.i):
            continue
        own = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if own is None or holder is not None and own.i == holder.i:
            return True
    return False


def _denied_existence(tokens: list[Token], issue_tokens: list[Token]) -> Token | None:
    """ "There will be no ceasefire in Gaza": an existential with the issue as its denied attribute."""
    for be in tokens:
        if be.lemma_ != "be" or not any(c.dep_ == "expl" for c in be.children):
            continue
        for attr in be.children:
            if (
                attr.dep_ in {"attr", "nsubj"}
                and any(t.i == attr.i for t in issue_tokens)
                and (any(c.lower_ == "no" for c in attr.children) or any(c.dep_ == "neg" for c in be.children))
            ):
                return be
    return None


def _condition_of(reading: Reading, trigger: Token, text: str) -> Reading:
    """A denial bounded by a condition ("no ceasefire as long as Hamas holds hostages") is conditional."""
    if LASTING_CONDITION.search(text) or CONDITION_PHRASES.search(text) or _conditional_clause(trigger):
        reading.position, reading.conditional = "conditional", True
    return reading


def _bare_issue_subject(trigger: Token, issue: Issue) -> bool:
    """The issue's own noun as the subject of its clause, owned by no one ("the recognition would take effect"):
    it names the issue, and says nothing of who stands where ("Norway's recognition", "recognition by Sweden"
    do)."""
    if stem(trigger.text) not in issue.key_stems or trigger.pos_ != "NOUN":
        return False
    if trigger.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    owned = any(c.dep_ == "poss" for c in trigger.children) or any(
        c.dep_ in {"prep", "agent"} and c.lower_ == "by" for c in trigger.children
    )
    return not owned


def _necessity(issue_tokens: list[Token]) -> Token | None:
    """The issue named as what something cannot be without ("there cannot be peace without a Palestinian state",
    "no lasting peace without a ceasefire"): the speaker holds it necessary, a support, not a condition."""
    for token in issue_tokens:
        for anc in list(token.ancestors)[:3]:
            if anc.lower_ != "without" or anc.dep_ != "prep":
                continue
            for node in [anc.head, *list(anc.head.ancestors)[:2]]:
                negs = [c for c in node.children if c.dep_ == "neg" or (c.lower_ == "no" and c.dep_ == "det")]
                if negs:
                    return anc
                if node.pos_ in {"VERB", "AUX"} and node.dep_ not in {"conj"}:
                    break
    return None


def _clause_text(trigger: Token, trigger_ids: set[int]) -> str:
    """The words of the sentence that bear on a stance word: the sentence less the clauses hanging off its path to
    the root that state a position of their own ("X remained opposed to moving ahead of a deal, while Y was open
    to the idea"), so a condition of one actor's position is not read into another's."""
    path = [trigger, *trigger.ancestors]
    on_path = {t.i for t in path}
    drop: set[int] = set()
    for node in path:
        for child in node.children:
            if child.i in on_path or child.dep_ not in {"conj", "advcl", "ccomp", "relcl"}:
                continue
            words = {t.i for t in child.subtree}
            if words & trigger_ids:
                drop |= words
    return " ".join(t.text for t in trigger.sent if t.i not in drop)


def _framing_reading(span: Span, q_tokens: list[Token], issue: Issue, text: str) -> Reading | None:
    """The reading of the whole sentence when its stance word stands outside the quote and either governs it
    ("France criticized the decision to restore sanctions") or the quote leaves the issue unnamed ("Israel
    rejected calls for a ceasefire, saying it would help Hamas")."""
    inside = {t.i for t in q_tokens}
    issue_inside = any(stem(t.text) in issue.key_stems for t in q_tokens)
    issue_outside = any(stem(t.text) in issue.key_stems for t in span if t.i not in inside)
    if not issue_inside and not issue_outside:
        return None
    whole = read_clause(span, issue, text)
    if whole is None or whole.trigger is None:
        return None
    if whole.trigger.lemma_ in SPEECH and _lexicon_position(whole.trigger) is None:
        return None  # a verb of saying ("said"), not a plea ("calls for a ceasefire")
    if whole.trigger.i in inside:
        # the same stance word, turned by a word outside the quote ("criticized the decision to restore ...")
        turned = any(a.i not in inside and _lexicon_position(a) == "oppose" for a in list(whole.trigger.ancestors)[:4])
        return whole if turned and not issue_outside else None
    governs = any(whole.trigger.i == a.i for t in q_tokens for a in t.ancestors)
    if governs and _other_teller(q_tokens, whole.trigger, inside):
        return None  # "urged ..., drawing criticism from Jerusalem, which warned that ...": the quote is Jerusalem's
    if (governs and not issue_outside) or (issue_outside and not issue_inside):
        return whole
    return None


def _other_teller(q_tokens: list[Token], trigger: Token, inside: set[int]) -> bool:
    """A clause with a subject of its own between a quote and a stance word above it: the quote is told by that
    subject, not by the one whose stance word it is."""
    top = min(q_tokens, key=lambda t: len(list(t.ancestors)))
    for node in top.ancestors:
        if node.i == trigger.i:
            return False
        if node.i not in inside and any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children):
            return True
    return False


def _joined_clauses(span: Span, trigger: Token) -> list[tuple[Token, list[Token]]]:
    """Clauses with a subject of their own, other than the one the chosen stance word stands in, each with its
    own words (its subtree less the clauses with a subject of their own inside it)."""

    def own_subject(token: Token) -> bool:
        return token.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)

    home = next((a for a in [trigger, *trigger.ancestors] if own_subject(a)), None)
    out = []
    for token in span:
        if token is home or not own_subject(token) or token.lemma_ in SPEECH:
            continue
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in token.children) and not _past_time(token):
            continue  # "... only if Ankara restored the rule of law": the condition, not Ankara's position
        inner = {t.i for c in token.children if c.dep_ in {"conj", "advcl", "ccomp"} and own_subject(c)
                 for t in c.subtree}  # fmt: skip
        words = [t for t in token.subtree if t.i not in inner]
        if not any(t.i == trigger.i for t in words):
            out.append((token, words))
    return out


def _judgement_of(trigger: Token, trigger_ids: set[int]) -> str | None:
    """The position of a judgement predicated of the phrase a stance word stands in ("the move to restore sanctions
    was legally void", "lifting the sanctions would be a mistake")."""
    for node in [trigger, *list(trigger.ancestors)[:4]]:
        if node.dep_ in {"nsubj", "csubj"} and node.head.lemma_ == "be":
            for pred in node.head.children:
                if pred.dep_ in {"acomp", "attr"} and pred.i in trigger_ids and pred.i != trigger.i:
                    return _lexicon_position(pred)
            return None
    return None


def _ends_on_an_event(verb: Token) -> bool:
    """A verb of ending put in the future ("will", "would", "is to") with a clause of "once" / "when" / "if" / "as soon
    as" / "until" of its own: "would withdraw the tax once an international agreement was in force" (the clause's
    past tense is reported speech's)."""
    future = any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in {"will", "would", "'ll", "shall", "to"} for c in verb.children
    )
    if not future:
        return False
    return any(c.dep_ == "advcl" and {m.lower_ for m in c.children if m.dep_ in {"mark", "advmod"}}
               & {"once", "when", "if", "until", "unless"} for c in verb.children)  # fmt: skip


def _past_time(clause: Token) -> bool:
    """A clause of time about what has happened ("after the United States abstained"), not a condition. "Only
    after" restricts, whatever the tense: "said relief could be discussed only after Greece completed its
    programme" is reported speech shifted into the past, a condition."""
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in {"after", "when", "once", "before"}]
    only = any(m.i > 0 and m.doc[m.i - 1].lower_ == "only" for m in marks)
    return clause.tag_ == "VBD" and bool(marks) and not only


def _compose(trigger: Token, position: str, trigger_ids: set[int]) -> str:
    """A stance word that governs another turns it: "criticized the decision to restore sanctions" opposes them,
    "opposes lifting sanctions" supports them."""
    if position not in {"support", "oppose"}:
        return position
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "in" and trigger.pos_ == "NOUN":
        return position  # "recalled its ambassadors in protest at the pact": the act's reason, which it does not turn
    for ancestor in list(trigger.ancestors)[:4]:
        if ancestor.lemma_ in NEGATING_VERBS and trigger.pos_ == "VERB":
            break  # "refused to impose": a negation, read by _negated ("rejected calls for ..." composes below)
        if not _governs(ancestor, trigger):
            continue  # "withdraw from the deal and reimpose sanctions": joined verbs, neither governs the other
        if ancestor.lemma_ in SPEECH and ancestor.i not in trigger_ids and ancestor.pos_ == "VERB":
            break  # "poured cold water on the plan, saying it had no plans to introduce such a tax": what is said is
            # read on its own, the verb above the saying does not turn it
        if (
            ancestor.lemma_ in STOPPING
            and ancestor.pos_ == "VERB"
            and position == "oppose"
            and ancestor.i in trigger_ids
        ):
            return "support"  # "lifted its veto on Finland's membership", "dropped its objections to ..."
        if ancestor.i in trigger_ids and ancestor.pos_ == "VERB" and ancestor.lemma_ not in SPEECH:
            outer = _lexicon_position(ancestor)
            if outer == "oppose":
                return "oppose" if position == "support" else "support"
            if outer == "undecided":
                return outer
    return position


REJECTING = {"reject", "dismiss", "deny", "refute", "rebut"}
CLAIM_NOUNS = {"charge", "accusation", "claim", "allegation", "criticism", "suggestion", "complaint", "assertion",
               "argument", "notion", "call"}  # fmt: skip
CRITICAL_NOUNS = {"charge", "accusation", "allegation", "criticism", "complaint"}


def _rejected_claim(trigger: Token, triggers: list[tuple[Token, str]]) -> str | None:
    """The direction of what a verb of rejecting rejects when its object is a claim ("rejected India's charge that the
    levy was protectionist": oppose; "dismissed calls for new sanctions": support): the stance words inside the claim,
    else the claim noun itself (a charge, an accusation, a criticism is against). None: not a rejected claim."""
    if trigger.lemma_.casefold() not in REJECTING or trigger.pos_ != "VERB":
        return None
    claim = next((c for c in trigger.children if c.dep_ == "dobj" and c.lemma_.casefold() in CLAIM_NOUNS), None)
    if claim is None:
        return None
    inside = {t.i for t in claim.subtree} - {claim.i}
    content = [p for t, p in triggers if t.i in inside and p in {"support", "oppose"}]
    if content:
        return content[0]
    return "oppose" if claim.lemma_.casefold() in CRITICAL_NOUNS else None


def _owned_noun_composer(trigger: Token, trigger_ids: set[int]) -> Token | None:
    """The verb of opposing that governs a stance noun with an owner of its own ("rejected India's charge",
    "dismissed Moscow's criticism of the pact"): that verb's subject holds the (turned) position, where the noun alone
    would give it to the owner."""
    if trigger.pos_ != "NOUN" or not any(c.dep_ == "poss" and c.pos_ != "PRON" for c in trigger.children):
        return None
    for ancestor in list(trigger.ancestors)[:4]:
        if (
            ancestor.i in trigger_ids
            and ancestor.pos_ == "VERB"
            and ancestor.lemma_ not in SPEECH
            and _governs(ancestor, trigger)
            and _lexicon_position(ancestor) == "oppose"
        ):
            return ancestor
    return None


def _less_past_time(text: str, trigger: Token) -> str:
    """The text less the clauses of past time in the stance word's sentence ("..., after the United States
    abstained"): what has happened sets no condition, so "after the" there is none; and less an absolute clause of
    others' votes that does not hold the stance word ("..., with Belarus voting against and China abstaining"): their
    abstention is no hedge of the main clause."""
    for clause in trigger.sent:
        if clause.dep_ == "advcl" and _past_time(clause):
            text = text.replace(clause.doc[clause.left_edge.i : clause.right_edge.i + 1].text, " ")
        if _absolute_with(clause) and trigger.i not in {t.i for t in clause.subtree}:
            text = text.replace(clause.doc[clause.left_edge.i : clause.right_edge.i + 1].text, " ")
    return text


def _less_others_clauses(text: str, trigger: Token) -> str:
    """The text less the joined clauses with a subject of their own that do not hold the stance word ("Ten member
    states ... voted in favour, while Germany voted against and twelve abstained"): a hedge there ("abstained") is
    that subject's, not the stance word's. A clause the stance word's clause reports ("said it had not yet decided")
    is kept: it is the same holder's."""
    for clause in trigger.sent:
        if clause.dep_ not in {"advcl", "conj"} or clause.pos_ not in {"VERB", "AUX"}:
            continue
        subtree = {t.i for t in clause.subtree}
        if trigger.i in subtree or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
            continue
        text = text.replace(clause.doc[clause.left_edge.i : clause.right_edge.i + 1].text, " ")
    return text


VOTING = {"vote", "abstain"}


def _absolute_with(token: Token) -> bool:
    """ "with" opening an absolute clause of votes: "with Belarus voting against", "with Russia abstaining"."""
    return (
        token.lower_ == "with"
        and token.dep_ == "prep"
        and any(
            v.tag_ == "VBG"
            and v.lemma_.casefold() in VOTING
            and any(c.dep_ == "nsubj" for c in v.children)
            or any(a.tag_ == "VBG" and a.lemma_.casefold() in VOTING and a.dep_ == "acl" for a in v.children)
            for v in token.children
        )
    )


def _finite(verb: Token) -> bool:
    """A verb with a tense or an auxiliary of its own: "were open", "abstained", "will follow"; not "let Moscow
    decide", "to join"."""
    return verb.tag_ in {"VBD", "VBZ", "VBP", "MD"} or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ != "TO" for c in verb.children
    )


def _condition_phrase(text: str, negated: bool) -> bool:
    """A phrase of condition in the text; "before the General Assembly meets" bounds only a refusal ("will not
    recognise before a peace deal"), on a plain support it is a time ("will recognise before the Assembly meets")."""
    return any(negated or not m.group(0).lower().startswith("before") for m in CONDITION_PHRASES.finditer(text))


def _conditional_clause(trigger: Token) -> bool:
    """A clause of condition on the stance word's path to the root ("if", "unless", "once" ...). A clause of past
    time ("after Poland dropped its resistance") is none, and "before" bounds only a refusal ("will not recognise
    before elections"; "should be revived before parliament approves ..." orders two steps, it sets no condition)."""
    node = trigger
    for _ in range(3):
        for child in node.children:
            marks = {m.lower_ for m in child.children if m.dep_ == "mark"} & CONDITION_MARKS
            if marks == {"before"} and not _negated(trigger):
                continue
            if child.dep_ == "advcl" and marks and not _past_time(child):
                return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


# -- who holds it ---------------------------------------------------------------------------------------------------
MentionLookup = Callable[[int, int], "dict[str, Any] | None"]
TITLE = re.compile(
    r"\b(minister|ministry|spokes(?:man|woman|person)|president|premier|chancellor|ambassador|envoy|official|"
    r"adviser|advisor|secretary|diplomat|leader|king|foreign policy chief|negotiator|representative)s?\b",
    re.IGNORECASE,
)
GOVERNMENT_BODY = re.compile(r"\b(ministry|department|office|government|embassy|mission|cabinet|administration|"
                             r"white house|kremlin|élysée|elysee|parliament|chancellery)\b", re.IGNORECASE)  # fmt: skip
# a state's legislature, named as an organisation the gazetteer gives a country: its acts are the state's
LEGISLATURE = re.compile(r"\b(duma|knesset|congress|senate|bundestag|sejm|house of representatives)\b", re.I)
EVENT_POSITIONS = {
    "RECOGNIZE": ("support", "act"), "SUPPORT": ("support", "reported"), "REQUEST": ("support", "reported"),
    "AGREE": ("support", "reported"), "REJECT": ("oppose", "reported"), "ACCUSE": ("oppose", "reported"),
    "PROTEST": ("oppose", "act"), "SANCTION": ("oppose", "act"), "VETO": ("oppose", "act"),
    "THREATEN": ("oppose", "reported"), "COERCE": ("oppose", "act"), "ABSTAIN": ("undecided", "act"),
}  # fmt: skip


# issues that are measures against a state ("sanctions on Iran", "an arms embargo on Israel"): an act hostile to
# that state is for the measure, not against it
MEASURE_AGAINST = re.compile(r"\b(?:sanctions?|embargo|ban|tariffs?|boycott|price cap)\b.*\b(?:on|against)\b", re.I)
# verbs whose object is a reaction that came from someone else: "drew criticism from Israel"
RECEIVING = {"draw", "receive", "face", "earn", "attract", "prompt", "provoke", "meet", "get", "win", "spark"}


CONCESSIVE = {"despite", "notwithstanding"}
# nouns of one who takes a side: "the bid's strongest backer" (the possessor is the side taken, not the one taking it)
AGENT_NOUNS = {"supporter", "backer", "proponent", "champion", "advocate", "opponent", "critic", "sponsor"}


def _reaction_owner(noun: Token) -> Token | None:
    """Whose a stance noun is by its own words: "US threats", "Germany's objections", "opposition from Germany"."""
    owners = [c for c in noun.children if c.dep_ in {"poss", "compound"} and c.pos_ == "PROPN"]
    owners += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in {"from", "by", "of"}
               for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]  # fmt: skip
    return owners[0] if owners else None


def _subject(token: Token) -> Token | None:
    """The subject of the clause a token belongs to (through xcomp/conj/aux chains)."""
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ in CONCESSIVE:
        # "Canada's tax takes effect despite US threats": the threats are the owner's, not the subject's (none when
        # the noun names no owner)
        return _reaction_owner(token)
    node = token
    for _ in range(6):
        subjects = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}]
        if subjects:
            # two subjects is a misparse (a dateline's place read as one: "VILNIUS, July 10 - Turkey dropped ..."):
            # the one nearest the verb
            return min(subjects, key=lambda c: abs(c.i - node.i))
        poss = [c for c in node.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        if node.i == token.i and node.dep_ == "attr" and node.lemma_.casefold() in AGENT_NOUNS:
            poss = []  # "Hungary has been the bid's most vocal supporter": the possessor is what is backed
        if node.pos_ in {"NOUN", "PROPN"} and poss:
            return poss[0]  # "Washington's opposition"; "their own recognitions" is the clause subject's
        if node.dep_ == "pcomp" and node.head.lower_ in {"of", "for"} and node.head.dep_ == "prep":
            doer = next((c for c in node.head.head.children if c.dep_ == "dobj"), None)
            if doer is not None:
                return doer  # "accused France of blocking ...", "praised Norway for recognizing ..."
        agents = [g for c in node.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agents:
            return agents[0]  # "recognition by Norway, Ireland and Spain"
        headline_to = node.dep_ == "acl" and node.tag_ == "VB" and node.head.dep_ == "ROOT" and node.head.tag_ == "NNP"
        if headline_to and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            return node.head  # a headline's "Chile to impose sanctions on Peru" (Chile will): the name it hangs on acts
        if node.i == token.i and node.pos_ == "NOUN":
            # "drew a rebuke from Israel" (the parser hangs "from" on the noun or on the verb that receives it)
            holders = [node, node.head] if node.dep_ == "dobj" and node.head.lemma_ in RECEIVING else [node]
            source = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in {"from", "by"}
                      for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]  # fmt: skip
            if source:
                return source[0]  # "drew a rebuke from Israel", "criticism from Jerusalem"
        if node.head.i == node.i:
            break
        node = node.head
    # a parse that hangs the verb off a noun ("has long opposed" as an adjective): the sentence's first subject
    before = [t for t in sentence(token) if t.dep_ in {"nsubj", "nsubjpass"} and t.i < token.i]
    return before[0] if before else None


ASKING = {"call", "urge", "ask", "press", "push", "appeal", "invite", "encourage", "pressure", "persuade", "tell",
          "implore", "exhort", "prod", "lobby"}  # fmt: skip


def _pronoun_possessor(noun: Token) -> Token | None:
    """Whom "its" / "their" on a stance noun stands for when the noun's clause is what someone is asked to do: the
    one asked ("called on Germany and Italy to reconsider their opposition", "urged Hungary to lift its veto")."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in noun.children):
        return None
    verb = noun.head if noun.dep_ == "dobj" else None
    infinitive = verb is not None and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb is None or not (verb.dep_ == "xcomp" or verb.dep_ == "advcl" and infinitive):
        return None
    asker = verb.head
    if asker.lemma_.casefold() not in ASKING:
        return None  # "would leave Hamas in place to repeat its attack": no one is asked
    asked = [c for c in asker.children if c.dep_ == "dobj"]
    asked += [g for c in asker.children if c.dep_ == "prep" and c.lower_ in {"on", "upon"} for g in c.children
              if g.dep_ == "pobj"]  # fmt: skip
    return asked[0] if asked and asked[0].pos_ == "PROPN" else None


def _office_speaker(q_tokens: list[Token], offset: int, lookup: MentionLookup) -> str | None:
    """The state or body behind an unnamed office holder who tells a quote ("Uruguay's president said",
    "a senior German official said", "a spokesman for the Hungarian government said"): the subject of the verb of
    saying the quote hangs from (or that stands inside it), read through its title."""
    inside = {t.i for t in q_tokens}
    verbs = [t for t in q_tokens[0].sent if t.lemma_ in SPEECH and t.i not in inside
             and (any(a.i == t.i for q in q_tokens for a in q.ancestors) or t.head.i in inside)]  # fmt: skip
    for verb in verbs:
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        named = " ".join(t.text for t in subject.subtree) if subject is not None else ""
        if subject is not None and subject.i not in inside and TITLE.search(named):
            actor = _actor_of(subject, offset, lookup)
            if actor:
                return actor
    return None


def _cue_subject(span: Span, offset: int, cue_start: int, lookup: MentionLookup) -> str | None:
    """The actor named by the subject of a quote's cue verb, for a quote whose speaker is left unresolved."""
    cue = next((t for t in span if t.idx + offset == cue_start), None)
    subject = next((c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if cue is not None else None
    holders = holders_of(subject, offset, lookup) if subject is not None else []
    return holders[0] if holders else None


def _speech_governor(token: Token) -> Token | None:
    node = token
    while node.head.i != node.i:
        node = node.head
        if node.lemma_ in SPEECH and any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children):
            return node
    return None


def _conjuncts(token: Token) -> list[Token]:
    """A subject and the subjects joined to it: "Norway, Ireland and Spain"."""
    out, todo = [], [token]
    while todo:
        t = todo.pop()
        out.append(t)
        # an appositive common noun describes the subject ("Germany, Israel's second-largest arms supplier"), unless
        # it is a title ("Kaja Kallas, the EU's foreign policy chief"); a name in apposition is one more mention
        todo.extend(c for c in t.children if c.dep_ == "conj" and c.pos_ in {"PROPN", "NOUN"}
                    or c.dep_ == "appos" and (c.pos_ == "PROPN" or c.pos_ == "NOUN" and TITLE.search(c.doc[c.left_edge.i : c.i + 1].text)))  # fmt: skip
        # a name built with "of" ("The Group of Seven and Australia"): the parser joins the next name to its last
        # word, and it is the whole name's conjunct
        if t.pos_ == "PROPN":
            todo.extend(c for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                        if g.dep_ == "pobj" and g.pos_ == "PROPN" for c in g.children
                        if c.dep_ == "conj" and c.pos_ == "PROPN")  # fmt: skip
    return sorted(out, key=lambda t: t.i)


MEMBER_NOUNS = {"member", "country", "state", "nation", "ally", "partner"}


# nouns of a relation to someone else: their possessor is the other side of the relation, not the one acting
RELATIONAL = {"creditor", "lender", "debtor", "ally", "neighbour", "neighbor", "partner", "critic", "rival", "opponent",
              "enemy", "foe", "friend", "donor", "investor", "customer", "client", "supplier", "bondholder"}  # fmt: skip


PARTY_PEOPLE = {"lawmakers", "legislators", "members", "mps", "deputies", "leaders", "senators", "politicians"}


def _party_id(token: Token) -> str | None:
    """A political party named by its own words: "the opposition Slovenian Democratic Party" (capital "Party" is part
    of the name: org:slovenian-democratic-party), "the nationalist Vazrazhdane party" (a common noun after the name:
    org:vazrazhdane). Parties out of government are actors of their own (LABELLING.md section 4); the words before
    the name that describe it ("nationalist", "opposition", "liberal") are not part of it."""
    if token.lemma_.casefold() != "party" or token.pos_ not in {"NOUN", "PROPN"}:
        return None
    names = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()]
    if not names and token.text == "Party":
        # "the pro-Russian Party of Socialists", "the Party of Regions": the name goes on after "of"
        after = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN" and g.text[:1].isupper()]  # fmt: skip
        if after:
            words = [t.text for t in after[0].subtree if t.dep_ != "det"]
            return "org:" + slug(" ".join(["party", "of", *words]))
    if not names:
        return None
    words = [w.text for w in names] + (["party"] if token.text == "Party" else [])
    return "org:" + slug(" ".join(words))  # the project's id form, as for any organisation named in the text


def _actor_of(subject: Token, offset: int, lookup: MentionLookup) -> str | None:
    """The actor a subject phrase names: its head and left modifiers; "a spokesman for X" / "officials in X"."""
    if subject.tag_ in {"WDT", "WP"} and subject.head.dep_ == "relcl":
        subject = subject.head.head  # "The United States, which vetoed ...": the antecedent
    if _numeric(subject) or subject.pos_ == "PRON":
        return None  # a pronoun left unresolved, or a count ("143 of the 193 states") that holds no position
    if subject.lemma_.casefold() in MEMBER_NOUNS and subject.tag_ == "NN":
        return None  # "a NATO member", "an EU country": one of its members, not the organisation
    named = lookup(subject.idx + offset, subject.idx + len(subject) + offset)
    if named is not None and named["actor_id"].startswith("org:"):
        return named["actor_id"]  # a party the entity stage resolved ("the Republican Party": org:gop) keeps its id
    party = _party_id(subject)
    if party is None and subject.pos_ == "NOUN" and subject.lower_ in PARTY_PEOPLE:
        # "lawmakers from the opposition Good Party": a party's members speak for it (LABELLING.md section 4)
        party = next((_party_id(g) for c in subject.children if c.dep_ == "prep" and c.lower_ in {"from", "of"}
                      for g in c.children if g.dep_ == "pobj" and _party_id(g)), None)  # fmt: skip
    if party is not None:
        return party
    if named is not None and not named["actor_id"].startswith("person:"):
        return named["actor_id"]  # "The UN Security Council", not the "UN" inside it
    core = [subject, *(t for c in subject.lefts if c.dep_ in {"compound", "amod", "poss", "nmod"} for t in c.subtree)]
    if subject.pos_ == "NOUN" and not _acts_for_state(subject):
        # "French farmers", "Irish exporters": a demonym on people who do not act for their state names no holder
        # ("Israeli officials", "Hungarian lawmakers", "a German diplomat" do)
        core = [t for t in core if not (t.dep_ == "amod" and t.ent_type_ == "NORP")]
    if subject.pos_ == "NOUN" and subject.lemma_.casefold() in RELATIONAL:
        # "Greece's creditors agreed ...", "Ukraine's allies": the possessor is the one they stand in relation to,
        # not one of them
        owned = {t.i for c in subject.children if c.dep_ == "poss" for t in c.subtree}
        core = [t for t in core if t.i not in owned]
    if TITLE.search(subject.text) or GOVERNMENT_BODY.search(subject.text):
        core += [t for c in subject.rights if c.dep_ == "prep" and c.lower_ in {"for", "of", "from", "in", "at"}
                 for t in c.subtree]  # fmt: skip
    for token in sorted(core, key=lambda t: t.i):
        mention = lookup(token.idx + offset, token.idx + len(token) + offset)
        if mention is not None:
            return mention["actor_id"]
    if subject.pos_ == "PROPN" and not any(c.dep_ in {"compound", "flat"} for c in subject.children):
        # a one-word name the entity stage left untagged ("Cyprus and Greece are reluctant ..."): a state the
        # gazetteer knows by that name
        from storyline.actors import gazetteer

        actor = gazetteer().lookup(subject.text)
        if actor is not None and actor.id.startswith("state:"):
            return actor.id
    if _acts_for_state(subject):
        # a state body named with its demonym inside a name the entity stage has no entry for ("The French National
        # Assembly", "the Austrian parliament"): the state
        from storyline.actors import gazetteer

        for token in sorted(core, key=lambda t: t.i):
            actor = gazetteer().lookup(token.text) if token.pos_ in {"PROPN", "ADJ"} else None
            if actor is not None and actor.id.startswith("state:"):
                return actor.id
    return None


STATE_AGENTS = re.compile(r"\b(lawmakers?|legislators?|mps?|parliamentarians?|leaders?|leadership|authorit(?:y|ies)|"
                          r"delegates?|troops?|forces?|army|military|navy|police|court|judges?|regulators?|agency|"
                          r"prosecutors?|side|team|officers?|governments?|state|regime|coalition|senate|congress|assembly|"
                          r"bundestag|duma|sejm|legislature)\b",
                          re.IGNORECASE)  # fmt: skip


def _acts_for_state(noun: Token) -> bool:
    """A noun of people or bodies that act for a state: titles, government bodies, lawmakers, forces."""
    return bool(TITLE.search(noun.text) or GOVERNMENT_BODY.search(noun.text) or SPOKESMAN.search(noun.text)
                or STATE_AGENTS.search(noun.text))  # fmt: skip


def _numeric(token: Token) -> bool:
    """A count ("143 of the 193 states"); a name is never one, even when a dateline's day hangs off it
    ("Oct 30 - Sweden")."""
    if token.pos_ == "PROPN":
        return False
    return token.pos_ == "NUM" or any(c.dep_ == "nummod" for c in token.children)


def _speaker_conjuncts(q: dict[str, Any], span: Span, offset: int, lookup: MentionLookup) -> list[str]:
    """Every state of a joint speaker ("Norway, Ireland and Spain said"); the quote gives the first."""
    listed = list(q.get("speaker_actors") or [])
    start = q.get("speaker_start")
    if start is not None:
        for token in span:
            if token.idx + offset == start:
                listed += holders_of(token, offset, lookup)
                break
    # the cue's own subject names them all: "the leaders of Britain, France and Germany said", "The foreign ministers
    # of Ukraine and Poland said in a joint statement"
    cue = next((t for t in span if q.get("cue_start") is not None and t.idx + offset == q["cue_start"]), None)
    subject = next((c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if cue is not None else None
    if subject is not None and subject.pos_ == "NOUN" and _acts_for_state(subject):
        listed += [a for a in holders_of(subject, offset, lookup) if a.startswith("state:")]
    return listed


def _antecedent(subject: Token) -> Token | None:
    """Who a pronoun or relative subject stands for inside the sentence: "the announcement by Norway, Ireland and
    Spain that they will recognise ..." (the noun's agent), "Norway was among 143 countries that voted ..." (the
    one counted among them)."""
    clause = subject.head
    if subject.pos_ == "PRON" and subject.lower_ in {"they", "it"} and clause.dep_ == "acl":
        agent = next((g for c in clause.head.children if c.dep_ == "prep" and c.lower_ == "by"
                      for g in c.children if g.dep_ == "pobj"), None)  # fmt: skip
        return agent
    if subject.tag_ in {"WDT", "WP"} and clause.dep_ == "relcl":
        group = clause.head
        if group.dep_ == "pobj" and group.head.lower_ == "among":
            return next((c for c in group.head.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if group.dep_ == "attr" and group.head.lemma_ == "be":
            # "Hungary is the only NATO member that has not ratified ...": the one the copula says it is
            return next((c for c in group.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        verb = group.head if group.dep_ == "dobj" else group.head.head if group.dep_ == "pobj" else None
        if group.pos_ == "NOUN" and verb is not None and verb.pos_ == "VERB" and _lexicon_position(verb):
            # "Russia and China voted for the draft, which would have delayed sanctions": what the draft does is
            # what those who backed (or fought) it stand for, composed with their stance word
            return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return None


# nouns a group's adjective names the group with ("the Baltic states", "the Nordic countries"); the groups and their
# members are the gazetteer's ``state_groups`` (eval/stance/LABELLING.md, section 4, expands them)
GROUP_NOUNS = {"state", "country", "nation", "republic", "government", "capital", "neighbour", "neighbor"}


def _group_members(token: Token) -> tuple[str, ...]:
    """The members a fixed group name stands for: "the Baltic states", "the Nordic countries", "the Baltics"."""
    from storyline.actors import gazetteer

    groups = gazetteer().state_groups
    if token.lower_.endswith("s") and token.lower_ in groups:
        return groups[token.lower_]  # a plural name alone: "the Baltics"
    if token.lemma_.casefold() not in GROUP_NOUNS or token.tag_ not in {"NNS", "NNPS"}:
        return ()
    return next((groups[c.lower_] for c in token.children
                 if c.dep_ in {"amod", "compound"} and c.lower_ in groups), ())  # fmt: skip


def _named_in_group(token: Token) -> list[Token]:
    """The members a group noun names inside its own phrase: "More than 100 countries, including the Marshall
    Islands, Colombia and Kenya, have called for ...", "Ten member states, including France and Poland, voted in
    favour", "countries led by Rwanda and Norway had backed ...": what the group does, each named member does (they
    are part of it). Only a plural noun of states or members, and only its own "including" / "among them" / "such
    as" / "like" phrase or its "led / headed by" agent; a name elsewhere in the sentence is not one of them."""
    if token.pos_ != "NOUN" or token.tag_ != "NNS" or token.lemma_.casefold() not in MEMBER_NOUNS | GROUP_NOUNS:
        return []
    heads = [p for p in token.children if p.dep_ == "prep" and p.lower_ in {"including", "among", "like"}]
    heads += [p for p in token.children if p.dep_ == "prep" and p.lower_ == "as"
              and any(c.lower_ == "such" for c in p.children)]  # fmt: skip
    heads += [a for v in token.children if v.dep_ == "acl" and v.lemma_ in {"lead", "head"}
              for a in v.children if a.dep_ == "agent"]  # fmt: skip
    return [g for p in heads for o in p.children if o.dep_ == "pobj" for g in _conjuncts(o) if g.pos_ == "PROPN"]


def holders_of(subject: Token, offset: int, lookup: MentionLookup) -> list[str]:
    antecedent = _antecedent(subject)
    if antecedent is not None and antecedent.i != subject.i:
        return holders_of(antecedent, offset, lookup)
    out = []
    for token in _conjuncts(subject):
        for member in _named_in_group(token):
            actor = _actor_of(member, offset, lookup)
            if actor and actor not in out:
                out.append(actor)
        out += [m for m in _group_members(token) if m not in out]
        actor = _actor_of(token, offset, lookup)
        if actor and actor not in out:
            out.append(actor)
        if token.pos_ == "NOUN" and _acts_for_state(token):
            # "Officials in Berlin and Paris", "the governments of France and Germany": each place names a holder
            for place in (g for c in token.children if c.dep_ == "prep" and c.lower_ in {"for", "of", "from", "in", "at"}
                          for p in c.children if p.dep_ == "pobj" for g in _conjuncts(p)[1:]):  # fmt: skip
                mention = lookup(place.idx + offset, place.idx + len(place) + offset)
                if (
                    mention is not None
                    and not mention["actor_id"].startswith("person:")
                    and mention["actor_id"] not in out
                ):
                    out.append(mention["actor_id"])
    return out


def speaks_for(actor: str, actor_info: dict[str, dict[str, Any]]) -> str:
    """Whose position an actor's words give: an official's or a spokesman's are his government's; a ministry's
    or a department's, its state's."""
    info = actor_info.get(actor, {})
    if actor.startswith("person:") and info.get("affiliation"):
        return speaks_for(info["affiliation"], actor_info) if info["affiliation"] != actor else actor
    names = [info.get("name") or "", *(info.get("aliases") or [])]
    if (
        actor.startswith("org:")
        and info.get("country")
        and any(GOVERNMENT_BODY.search(n) or LEGISLATURE.search(n) for n in names)
    ):
        return f"state:{info['country']}"  # "the Pentagon" (the Defense Department), "the State Duma"
    return actor


def side_of(actor: str, actor_info: dict[str, dict[str, Any]]) -> str | None:
    """The state an actor belongs to, or None when unknown. Only states are sides: an organisation describing a
    member's position (the EU on Belgium, "Brussels" a metonym for both) is not a rival's claim."""
    resolved = speaks_for(actor, actor_info)
    if resolved.startswith("state:"):
        return resolved
    if resolved.startswith("org:"):
        return None
    country = actor_info.get(actor, {}).get("country")
    return f"state:{country}" if country else None


def infer_affiliations(
    article: dict[str, Any], actor_info: dict[str, dict[str, Any]], issue: Issue | None = None
) -> dict[str, dict[str, Any]]:
    """People with a title ("Foreign Minister Kari Holm", "Samir Haddad, a senior adviser at the Palestinian
    foreign ministry") speak for the state named nearest them; the entity stage leaves affiliation empty when the
    gazetteer does not know the person."""
    text = article.get("text") or ""
    sentences = paragraph_sentences(text, [tuple(s) for s in article.get("sentences") or [[0, len(text)]]])
    mentions = sorted(article.get("actors", []), key=lambda m: m["start"])
    quoted = [(q["start"], q["end"]) for q in article.get("quotes", []) if q.get("kind") != "indirect"]
    states = [m for m in mentions if (m.get("actor_id") or "").startswith("state:") and not names_issue(text, m)
              and not any(s <= m["start"] < e for s, e in quoted)
              and not (issue is not None and _in_issue_phrase(text, m, issue))]  # fmt: skip
    info = {k: dict(v) for k, v in actor_info.items()}
    # a state named next to the title wins over an affiliation the entity stage took from further away (it can
    # take "Palestinian" in "a Palestinian state", which names the issue, not anyone's employer)
    inferred: set[str] = set()
    for m in mentions:
        actor = m.get("actor_id") or ""
        if not actor.startswith("person:") or actor in inferred:
            continue
        held_no_longer = FORMER.search(text[max(0, m["start"] - 60) : m["start"]])
        if held_no_longer and TITLE.search(held_no_longer.group(0)):
            # "Former Secretary of State John Kerry": out of office, he speaks for himself, not for a state
            info.setdefault(actor, {"id": actor})["affiliation"] = None
            inferred.add(actor)
            continue
        employer = _employer_before_title(text, m["start"], mentions)
        if employer is not None:
            # the title's own name says whom the person serves: "Cambodian Prime Minister Hun Sen" (a demonym the
            # gazetteer lacks) is Cambodia's; "IMF spokesman Gerry Rice", "Kosovo Prime Minister Albin Kurti" serve
            # someone the gazetteer does not know: no state, rather than the nearest one
            info.setdefault(actor, {"id": actor})["affiliation"] = employer or None
            inferred.add(actor)
            continue
        before, after = text[max(0, m["start"] - 45) : m["start"]], text[m["end"] : m["end"] + 70].split(".")[0]
        if not (
            TITLE.search(before)
            or TITLE.search(after.split(",")[1] if after.startswith(",") and "," in after[1:] else after[:60])
        ):
            continue
        # a state named after the person counts only in the person's own sentence, or in the next one when that
        # goes on about the person ("... Kari Holm told reporters. She said Norway would ..."); another next sentence
        # is about someone else ("..., Foreign Minister Margot Wallstrom said. Israel recalled its ambassador ...")
        own = next((n for n, (s0, e) in enumerate(sentences) if s0 <= m["start"] < e), None)
        own_end = len(text) if own is None else sentences[own][1]
        if own is not None and own + 1 < len(sentences):
            s1, e1 = sentences[own + 1]
            if re.match(r"\s*(?:She|He)\b", text[s1:e1]):
                own_end = e1
        near = [s for s in states if abs(s["start"] - m["start"]) < 300 and s["start"] < min(m["end"] + 70, own_end)]
        # an organisation named right before the title is the employer: "NATO Secretary-General Jens Stoltenberg"
        org = [o for o in mentions if (o.get("actor_id") or "").startswith("org:") and 0 <= m["start"] - o["end"] < 30
               and TITLE.search(text[o["end"] : m["start"]])]  # fmt: skip
        # ... unless a state is named right before the organisation and the title is an envoy's: "Myanmar's UN
        # ambassador, Kyaw Moe Tun" speaks for Myanmar at the UN
        sender = [s for s in states if org and 0 <= org[-1]["start"] - s["end"] <= 4
                  and ENVOY.search(text[org[-1]["end"] : m["start"]])]  # fmt: skip
        if sender:
            info.setdefault(actor, {"id": actor})["affiliation"] = sender[-1]["actor_id"]
            inferred.add(actor)
        elif org:
            info.setdefault(actor, {"id": actor})["affiliation"] = org[-1]["actor_id"]
            inferred.add(actor)
        elif near:
            best = min(near, key=lambda s: abs(s["start"] - m["start"]) + (100 if s["start"] > m["start"] else 0))
            info.setdefault(actor, {"id": actor})["affiliation"] = best["actor_id"]
            inferred.add(actor)
    # a person named after an unnamed office holder ("Norway's foreign minister used the gathering ... Kari Holm
    # told a ministerial meeting ..."): the office's state, when nothing else gives the person one
    titled = [m for m in states if TITLE_AFTER_STATE.match(text[m["end"] : m["end"] + 40])
              and (text[m["end"] : m["end"] + 2] in {"'s", "\u2019s"} or DEMONYM_END.search(text[m["start"] : m["end"]]))]  # fmt: skip
    for m in mentions:
        actor = m.get("actor_id") or ""
        if not actor.startswith("person:") or info.get(actor, {}).get("affiliation") or actor in inferred:
            continue  # one with an affiliation, or one whose own title's name was read above (known or not)
        before = [t for t in titled if 0 < m["start"] - t["end"] < 400]
        if before:
            info.setdefault(actor, {"id": actor})["affiliation"] = before[-1]["actor_id"]
    return info


# a title held no longer, right before the name: "Former Secretary of State", "ex-Prime Minister", "the onetime envoy"
FORMER = re.compile(r"\b(?:former|ex-|onetime|one-time)\s*(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
ENVOY = re.compile(r"\b(?:ambassador|envoy|representative|delegate|delegation|mission)s?\b", re.IGNORECASE)
DEMONYM_SUFFIXES = ("n", "an", "ian", "ese", "i", "ish")


def _state_of_demonym(word: str) -> str | None:
    """A state named by a regular demonym the gazetteer does not list: the state's name and an English demonym
    ending ("Cambodian" <- Cambodia, "Nauruan" <- Nauru, "Chilean" <- Chile)."""
    from storyline.actors import gazetteer

    for suffix in DEMONYM_SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            actor = gazetteer().lookup(word[: -len(suffix)])
            if actor is not None and actor.id.startswith("state:"):
                return actor.id
    return None


def _employer_before_title(text: str, start: int, mentions: list[dict[str, Any]]) -> str | None:
    """Whom a title right before a person's name says he serves, read on the capitalised words before the title
    ("Cambodian Prime Minister Hun Sen", "IMF spokesman Gerry Rice"): a state by a demonym the gazetteer lacks
    ("state:KHM"), "" when those words name no actor the gazetteer or the entity stage knows (an employer left
    unknown), None when the words are known or there are none (the other rules decide)."""
    from storyline.actors import gazetteer

    gaz = gazetteer()
    head = re.split(r"[.,;:!?\"\u201c\u201d()\u2013\u2014]|\s-\s", text[max(0, start - 60) : start])[-1]
    words = re.findall(r"[\w'\u2019-]+", head)
    if not words or not TITLE.search(" ".join(words[-3:])):
        return None  # no title right before the name
    while words and (words[-1].casefold() in gaz.role_words or TITLE.fullmatch(words[-1])):
        words.pop()  # the title itself: "Prime Minister", "Finance Minister", "spokesman"
    name = []
    for word in reversed(words):
        if not word[:1].isupper() or word.casefold() in gaz.role_words:
            break  # "Irish Agriculture Minister": "Agriculture" is no role the gazetteer lists, read as a name part
        name.insert(0, word)
    name = [w for w in name if w not in {"The", "A", "An", "Former", "Then", "Outgoing", "Acting"}]
    if not name:
        return None
    known = any(gaz.lookup(" ".join(name[i:])) or gaz.lookup(w) for i, w in enumerate(name))
    offset = start - len(text[max(0, start - 60) : start]) + text[max(0, start - 60) : start].rfind(head)
    tagged = any(m["start"] < start and m["end"] > offset and not (m.get("actor_id") or "").startswith("person:")
                 for m in mentions)  # fmt: skip
    if known or tagged:
        return None
    demonym = next((d for w in name if (d := _state_of_demonym(w))), None)
    return demonym or ""


TITLE_AFTER_STATE = re.compile(r"(?:'s|’s)?\s+(?:[a-z-]+\s+){0,2}?" + TITLE.pattern[2:], re.IGNORECASE)
DEMONYM_END = re.compile(r"(?:an|ish|ese|ch|i)$")  # "Norwegian", "Spanish", "Japanese", "French", "Israeli"


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


def read_sentence(
    span: Span,
    offset: int,
    issue: Issue,
    lookup: MentionLookup,
    quotes: list[dict[str, Any]],
    actor_info: dict[str, dict[str, Any]],
    date: str | None,
    events: list[dict[str, Any]] | None = None,
    context: bool = False,
) -> list[Stance]:
    """Stances in one sentence about the issue (``offset`` maps span token offsets to article offsets).

    ``context``: the sentence names nothing of the issue but stands in an article about it ("Israel condemned
    the move"); only a stance word, never the polarity of a quote, gives a position there.
    """
    text = span.text
    s_start, s_end = span.start_char + offset, span.end_char + offset
    out: list[Stance] = []

    def add(start: int, end: int, body: str, actor: str, reading: Reading, basis: str, claimed_by: str | None) -> None:
        out.append(Stance(start=start, end=end, text=body, issue=issue.name, actor=actor,
                          position=reading.position, date=date, basis=basis, claimed_by=claimed_by))  # type: ignore[arg-type]  # fmt: skip

    def constructions() -> None:
        # positions stated by a construction of the sentence beside its main clause: a relative clause's act, a
        # participle's agent, a hyphenated drafter, an absolute clause of votes, a question put to holders
        def basis(kind: str | None) -> Callable[[str, Reading], None]:
            # (None: an act where the reading is a done act, else a reported position)
            return lambda a, r: add(s_start, s_end, text, a, r, kind or ("act" if _done_act(r) else "reported"), None)

        scope = SentenceScope(span, offset, issue, lookup, actor_info, out)
        _relative_acts(scope, basis(None))
        _agent_acts(scope, basis("reported"))
        _hyphenated_agents(scope, basis("act"))
        if not context:
            _absolute_votes(scope, basis("act"))
        _named_abstentions(scope, basis("act"))
        _concessive_reactions(scope, basis("reported"))
        _asked_of_holders(scope, lambda a, r, by: add(s_start, s_end, text, a, r, "claim" if by else "reported", by))

    quote_triggers: list[Token | None] = []
    for q in quotes:
        if not (q["start"] < s_end and s_start < q["end"]):
            continue
        speaker = q.get("speaker_actor") or q.get("speaker_affiliation")
        cue = next((t for t in span if q.get("cue_start") is not None and t.idx + offset == q["cue_start"]), None)
        party = next((_party_id(c) for c in cue.children if c.dep_ == "nsubj"), None) if cue is not None else None
        if party is not None:
            speaker = party  # "The pro-Russian Party of Socialists said ...": the party, not the state its name favours
        q_tokens = [t for t in span if q["start"] <= t.idx + offset < q["end"]]
        if not speaker and q_tokens:
            speaker = _office_speaker(q_tokens, offset, lookup)  # "Uruguay's president said ..."
        if not speaker and not q.get("speaker_actors") and q.get("cue_start") is not None:
            speaker = _cue_subject(span, offset, q["cue_start"], lookup)  # "The UN Security Council demanded ..."
        if not speaker or not q_tokens:
            continue
        speaker = speaks_for(speaker, actor_info)
        speakers = [speaker, *(speaks_for(a, actor_info) for a in _speaker_conjuncts(q, span, offset, lookup))]
        # an indirect quote is the speaker's clause cut from its sentence; a condition after it ("..., provided the
        # Authority holds elections") still bounds it
        words = text if q.get("kind") == "indirect" else q["text"]
        reading = read_clause(q_tokens, issue, words, context=context)
        framing = _framing_reading(span, q_tokens, issue, text)
        if framing is not None:
            reading = framing  # "criticized the decision to restore sanctions": the cue verb holds the position
        if reading is not None:
            quote_triggers.append(reading.trigger)
        if reading is None:
            position = None if context or _scare_quote(q_tokens) else _polarity(q["text"])
            if position is None:
                continue
            for who in dict.fromkeys(speakers):
                add(q["start"], q["end"], q["text"], who, Reading(position, None), "quote", None)
            continue
        described: list[str] = []
        subject = _subject(reading.trigger) if reading.trigger is not None else None
        if subject is not None and q["start"] <= subject.idx + offset < q["end"]:
            described = [
                speaks_for(a, actor_info)
                for a in holders_of(subject, offset, lookup)
                if a not in issue_actor_ids(issue, span, offset, lookup)
            ]  # not "Sweden's membership ..."
            reported = _speech_governor(reading.trigger) if reading.trigger is not None else None
            if not described and subject.pos_ == "PRON" and reported is not None:
                # "Germany and France have said they will not follow": "they" are the ones who said it
                teller = next(c for c in reported.children if c.dep_ in {"nsubj", "nsubjpass"})
                if q["start"] <= teller.idx + offset < q["end"]:
                    described = [speaks_for(a, actor_info) for a in holders_of(teller, offset, lookup)]
        judgement = reading.trigger is not None and reading.trigger.lemma_.casefold() in EVALUATIVE
        if reading.prescribed or judgement:
            described = []  # "Norway chose to reward murderers": the speaker's judgement of an act, not Norway's
        if subject is not None and not described and _numeric(subject) and not judgement:
            # "138 countries have recognized ...": a figure the speaker gives, not a position; a judgement of a
            # counted group ("the three countries had shown courage") is the speaker's all the same
            continue
        patients = issue_patients(issue)
        # what another says of the issue's own state is the teller's view ("NATO leaders agreed that Moldova would
        # one day join", "Poland said Ukraine's place was in NATO")
        others = [a for a in described if not (a in patients and a not in speakers)]
        if (
            described
            and not others
            and subject is not None
            and subject.pos_ == "PROPN"
            and subject.dep_ != "poss"
            and subject.head.lemma_ != "be"
        ):
            continue  # what the teller says that state does or must do ("Turkey must first end its threats"): no one's
        # what the teller says of that state or of what it owns ("Ukraine's place was in NATO", "Ukraine was not ready
        # for membership", "confirms the Palestinians' right") is the teller's view of the issue, not a position the
        # state states itself
        described = others
        if not described:
            for who in dict.fromkeys(speakers):
                add(q["start"], q["end"], q["text"], who, reading, "quote", None)
        for actor in described:
            own, theirs = side_of(speaker, actor_info), side_of(actor, actor_info)
            if own and theirs and own != theirs:
                add(q["start"], q["end"], q["text"], actor, reading, "claim", speaker)  # a rival's description
            else:
                add(q["start"], q["end"], q["text"], actor, reading, "quote", None)  # "Norway will act," Holm said

    def joined(trigger: Token, excluded: set[str], direct: list[tuple[int, int]] | None) -> None:
        # a joined clause with a subject of its own states a second position ("..., while Luxembourg and Belgium
        # were open to the idea", "demanded a ceasefire, after the United States abstained"): read it alone for
        # the actors it names. Only a finite clause states one ("let Moscow decide who joins" does not); beside a
        # quote, not one inside a direct quote (the speaker's words, read above) nor one whose subject is a pronoun
        # (the teller of the quote, read above)
        for clause, words in _joined_clauses(span, trigger):
            if direct is not None and any(qs <= clause.idx + offset < qe for qs, qe in direct):
                continue
            if not _finite(clause):
                continue
            sub = read_clause(words, issue, " ".join(t.text for t in words), context=context)
            subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if sub is None or sub.trigger is None or subject is None or sub.prescribed:
                continue  # what someone says ought to happen ("Palestinians must wait for ...") is no one's position
            if direct is not None and subject.pos_ == "PRON":
                continue
            reported = issue_patients(issue) if _content_of_another(clause) else set()
            for actor in holders_of(subject, offset, lookup):
                actor = speaks_for(actor, actor_info)
                if actor in reported:
                    continue  # "NATO leaders agreed that Moldova would one day join": NATO's view of Moldova
                if actor not in excluded and not any(s.actor == actor for s in out):
                    add(s_start, s_end, text, actor, sub, "act" if _done_act(sub) else "reported", None)

    if out:
        direct = [(q["start"], q["end"]) for q in quotes if q.get("kind") != "indirect"]
        excluded = issue_actor_ids(issue, span, offset, lookup)
        # the sentence's own clause outside every quote states its subject's position too ("Britain, Canada and
        # Australia formally recognised the State of Palestine, a step that Starmer said was meant to ...")
        quoted = {t.i for t in span for q in quotes if q["start"] <= t.idx + offset < q["end"]}
        outside = [t for t in span if t.i not in quoted]
        own = read_clause(outside, issue, " ".join(t.text for t in outside), context=context) if quoted else None
        subject = _subject(own.trigger) if own is not None and own.trigger is not None else None
        reported = (
            own is not None
            and own.trigger is not None
            and any(a.lemma_ in SPEECH for a in [own.trigger, *own.trigger.ancestors])
        )  # "..., a senior German official said of Ukraine's bid to join NATO": what was said, read above
        if own is not None and subject is not None and subject.i not in quoted and not own.prescribed and not reported:
            for actor in holders_of(subject, offset, lookup):
                actor = speaks_for(actor, actor_info)
                if actor not in excluded and not any(s.actor == actor for s in out):
                    add(s_start, s_end, text, actor, own, "act" if _done_act(own) else "reported", None)
        for trigger in dict.fromkeys(t for t in quote_triggers if t is not None):
            joined(trigger, excluded, direct)
        constructions()
        return out
    # no attributed quote: the clause's own subject, or the speaker of a reported statement
    reading = read_clause(span, issue, text, context=context)
    if reading is not None and reading.trigger is not None:
        subject = _subject(reading.trigger)
        holders = (
            [speaks_for(a, actor_info) for a in holders_of(subject, offset, lookup)]
            if subject is not None and not reading.prescribed
            else []
        )
        speech = _speech_governor(reading.trigger)
        basis = "act" if _done_act(reading) else "reported"
        speaker, speakers = None, []
        if speech is not None:
            speaker_tok = next(c for c in speech.children if c.dep_ in {"nsubj", "nsubjpass"})
            speakers = [speaks_for(a, actor_info) for a in holders_of(speaker_tok, offset, lookup)]
            speaker = speakers[0] if speakers else None
        excluded = issue_actor_ids(issue, span, offset, lookup)
        told = not holders and bool(speakers) and not (subject is not None and _numeric(subject))
        if told:
            holders = speakers
        patients = issue_patients(issue) if _content_of_another(reading.trigger) else set()
        # the issue's own party is no holder where the subject is the issue's words ("Sweden's membership ..."), but is
        # one when a phrase of its own acts ("The World Health Organization's member states adopted the WHO pandemic
        # agreement": the organisation's members acting together; "An EU spokesman rejected ...")
        own_phrase = subject is not None and stem(subject.text) not in issue.key_stems
        for actor in holders:
            if actor in excluded and not told and not own_phrase:
                continue  # "Sweden's membership ..." as a subject is the issue; Sweden telling it is a speaker
            if actor in patients and not told:
                continue  # "Allies agreed that Ukraine will be invited to join": the allies' position, not Ukraine's
            own = side_of(speaker, actor_info) if speaker else None
            theirs = side_of(actor, actor_info)
            if (
                speaker
                and own
                and theirs
                and own != theirs
                and speech is not None
                and speech.lemma_ not in {"believe", "think"}
            ):
                add(s_start, s_end, text, actor, reading, "claim", speaker)
            else:
                add(s_start, s_end, text, actor, reading, basis, None)
        joined(reading.trigger, excluded, None)
    constructions()
    # acts the events stage found ("recalled its ambassador", "abstained") for actors the words left out
    for event in events or []:
        mapped = EVENT_POSITIONS.get(event.get("action", ""))
        source = event.get("source_actor")
        # the event's span is its whole sentence, dateline included, where the sentence was read without it
        if not mapped or not source or not (event["start"] < s_end and s_start < event["end"]):
            continue
        subjects = [holders_of(t, offset, lookup) for t in span if t.dep_ in {"nsubj", "nsubjpass"}]
        # the event's source must be the one acting in the sentence, not a name in a count; the names joined to it in
        # its subject did the same ("The United States and Germany reached a deal to allow ...": both did)
        doers = next((h for h in subjects if source in h), None)
        if doers is None:
            continue
        position, basis = mapped
        hostile_to_patient = MEASURE_AGAINST.search(issue.name) and event.get("target_actor") in issue_patients(issue)
        if position == "oppose" and hostile_to_patient:
            position = "support"  # "accusing Tehran of breaching the deal" is hostile to Iran, for sanctions on Iran
        elif event.get("action") == "ACCUSE":
            # an accusation describes the accused's conduct, not the accuser's position on the issue ("accused Belgrade
            # of using the accession process to win time", "accused Belgium of caving to pressure": LABELLING.md hard
            # cases 8 and 9); only hostility to the state a measure is aimed at takes a side on the measure
            continue
        excluded = issue_actor_ids(issue, span, offset, lookup)
        for doer in dict.fromkeys(speaks_for(a, actor_info) for a in doers):
            if any(s.actor == doer for s in out) or doer in excluded:
                continue
            out.append(Stance(start=s_start, end=s_end, text=text, issue=issue.name, actor=doer,
                              position=position, date=event.get("date") or date, basis=basis))  # type: ignore[arg-type]  # fmt: skip
    return out


@dataclass(frozen=True)
class SentenceScope:
    """What the construction readers below share: the sentence, its offset in the article, the issue, the article's
    mentions and actors, and the stances read in the sentence so far."""

    span: Span
    offset: int
    issue: Issue
    lookup: MentionLookup
    actor_info: dict[str, dict[str, Any]]
    out: list[Stance]

    def holders(self, token: Token) -> list[str]:
        """The actors a token names, each as whom it speaks for."""
        return [speaks_for(a, self.actor_info) for a in holders_of(token, self.offset, self.lookup)]

    def stated(self, actor: str, position: str | None = None) -> bool:
        """Whether the sentence already gives the actor a stance (that position, when given)."""
        return any(s.actor == actor and position in {None, s.position} for s in self.out)


def _relative_acts(
    scope: SentenceScope,
    add: Callable[[str, Reading], None],
) -> None:
    """A relative clause on an actor that states a position of its own on the issue ("The United States, which
    vetoed a Security Council resolution on Palestinian membership in April, said ..."): a second stance of that
    actor, beside what the main clause says."""
    span, issue = scope.span, scope.issue
    for verb in span:
        if verb.dep_ != "relcl" or verb.pos_ not in {"VERB", "AUX"}:
            continue
        relative = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"WDT", "WP"}),
                        None)  # fmt: skip
        if relative is None:
            _object_relative(scope, verb, add)
            continue
        words = list(verb.subtree)
        # the issue's words, not a name alone as the thing acted on: "Greece, which does not recognise Kosovo" and
        # "Germany, which had pressed Kosovo to create the association" say nothing of Kosovo's membership of anything
        named = [t for t in words if stem(t.text) in issue.key_stems]
        if relative is None or not named or all(t.pos_ == "PROPN" and t.dep_ == "dobj" for t in named):
            continue
        reading = read_clause(words, issue, " ".join(t.text for t in words))
        if reading is None or reading.trigger is None or reading.prescribed:
            continue
        for actor in scope.holders(relative):
            if not scope.stated(actor, reading.position):
                add(actor, reading)


def _object_relative(scope: SentenceScope, verb: Token, add: Callable[[str, Reading], None]) -> None:
    """A relative clause on the issue's noun whose subject is an actor ("calls for the levy, which the opposition Labour
    Party first proposed in January"): the subject's act on the issue, the relative word standing for the noun."""
    noun, issue = verb.head, scope.issue
    relative = next((c for c in verb.children if c.dep_ == "dobj" and c.tag_ in {"WDT", "WP"}), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in {"PROPN", "NOUN"}), None)
    if relative is None or subject is None or verb.pos_ != "VERB" or _negated(verb):
        return
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    bare = not any(c.dep_ in {"compound", "nummod", "prep", "acl", "appos"} for c in noun.children)
    if stem(noun.text) not in issue.key_stems and noun.lemma_.casefold() not in ANAPHORA and not (definite and bare):
        return  # the issue's noun, or one referring back to it ("the levy")
    position = _lexicon_position(verb)
    if position not in {"support", "oppose"}:
        return
    for actor in scope.holders(subject):
        if not scope.stated(actor, position):
            add(actor, Reading(position, verb))


def _asked_of_holders(
    scope: SentenceScope,
    add: Callable[[str, Reading, str | None], None],
) -> None:
    """A stance noun owned by those asked to change it ("called on Germany and Italy to reconsider their
    opposition", "urged Hungary to lift its veto"): their position as the asker describes it."""
    for noun in scope.span:
        asked = _pronoun_possessor(noun)
        position = _lexicon_position(noun) if asked is not None else None
        if position not in {"support", "oppose"}:
            continue
        asker = _subject(noun.head.head)
        tellers = scope.holders(asker) if asker is not None else []
        for actor in scope.holders(asked):  # type: ignore[arg-type]
            if actor not in tellers and not scope.stated(actor):
                add(actor, Reading(position, noun), tellers[0] if tellers else None)  # type: ignore[arg-type]


def _absolute_votes(
    scope: SentenceScope,
    add: Callable[[str, Reading], None],
) -> None:
    """An absolute clause of votes after a decision on the issue ("adopted a resolution ..., with Belarus voting
    against and 36 countries, including China and Russia, abstaining"): each named voter's act, read on its own
    participle (against: oppose, for / in favour: support, abstaining: undecided)."""
    for opener in scope.span:
        if not _absolute_with(opener):
            continue
        for verb in opener.subtree:
            if verb.tag_ != "VBG" or verb.lemma_.casefold() not in VOTING:
                continue
            position = _lexicon_position(verb)
            if position is None:
                continue
            nouns = [c for c in verb.children if c.dep_ == "nsubj"] or ([verb.head] if verb.dep_ == "acl" else [])
            voters = [n for noun in nouns for n in [noun, *(g for c in noun.children if c.dep_ == "prep"
                      and c.lower_ in {"including", "among"} for g in c.children if g.dep_ == "pobj")]]  # fmt: skip
            for voter in voters:
                for actor in scope.holders(voter):
                    if not scope.stated(actor):
                        add(actor, Reading(position, verb))  # type: ignore[arg-type]


def _concessive_reactions(
    scope: SentenceScope,
    add: Callable[[str, Reading], None],
) -> None:
    """A stance noun in a concessive phrase ("imposed the tariffs despite opposition from Germany", "despite US
    threats") is its owner's position, beside the act the clause reports."""
    for noun in scope.span:
        if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ not in CONCESSIVE:
            continue
        position, owner = _lexicon_position(noun), _reaction_owner(noun)
        if position not in {"support", "oppose"} or owner is None:
            continue
        for actor in scope.holders(owner):
            if not scope.stated(actor):
                add(actor, Reading(position, noun))


def _named_abstentions(
    scope: SentenceScope,
    add: Callable[[str, Reading], None],
) -> None:
    """Abstentions counted in a vote on the issue, with the abstainers named after them ("The vote was 124 in favour,
    with 11 abstentions, among them Poland, Israel and Italy"): each named state abstained (undecided, an act). Only
    in a sentence on the issue or one that speaks of the vote ("the vote", "the resolution")."""
    words = {t.lemma_.casefold() for t in scope.span}
    if not (words & {"vote", "resolution", "motion", "text", "draft"} or scope.issue.lexical_match(scope.span.text)[0]):
        return
    for noun in scope.span:
        if noun.lemma_.casefold() != "abstention" or noun.pos_ != "NOUN":
            continue
        named = [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        named += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in {"including", "among"}
                  for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]  # fmt: skip
        for name in named:
            for actor in scope.holders(name):
                if not scope.stated(actor):
                    add(actor, Reading("undecided", noun))


PROPOSING = {"propose", "draft", "sponsor", "broker", "mediate", "table", "author", "initiate"}


def _agent_acts(
    scope: SentenceScope,
    add: Callable[[str, Reading], None],
) -> None:
    """A participle on the issue's noun with its agent ("a ceasefire proposed by the United States", "sanctions
    backed by France", "a plan rejected by Hungary"): the agent's position, beside what the clause says."""
    issue = scope.issue
    for verb in scope.span:
        # the noun is the issue's, or names it in a compound before it ("a ceasefire proposal put forward by Egypt")
        noun = verb.head
        named = stem(noun.text) in issue.key_stems or (
            noun.lemma_.casefold() in ANAPHORA
            and any(c.dep_ == "compound" and stem(c.text) in issue.key_stems for c in noun.children)
        )
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or not named:
            continue
        lemma = verb.lemma_.casefold()
        if lemma in {"put", "bring", "set"} and any(c.dep_ in {"prt", "advmod"} and c.lower_ == "forward"
                                                    for c in verb.children):  # fmt: skip
            lemma = "propose"  # "put forward by", "brought forward by": proposed by
        position = "support" if lemma in PROPOSING else _lexicon_position(verb)
        if position is None:
            continue
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        for agent in agents:
            for actor in scope.holders(agent):
                if not scope.stated(actor):
                    add(actor, Reading(position, verb))  # type: ignore[arg-type]


def _hyphenated_agents(
    scope: SentenceScope,
    add: Callable[[str, Reading], None],
) -> None:
    """A name joined by a hyphen to a participle of proposing on a measure for the issue ("a US-drafted resolution
    backing a ceasefire", "the French-sponsored text on recognition", "an Egyptian-brokered truce"): the name drafted
    it, and holds the position the measure takes (for the issue when it names it with no word against it)."""
    issue = scope.issue
    for verb in scope.span:
        if verb.dep_ != "amod" or verb.tag_ != "VBN" or verb.lemma_.casefold() not in PROPOSING | {"back"}:
            continue
        if not any(c.dep_ == "punct" and c.text == "-" for c in verb.children):
            continue
        measure = verb.head
        words = list(measure.subtree)
        if not any(stem(t.text) in issue.key_stems for t in words):
            continue
        if any(t.i != verb.i and _lexicon_position(t) in {"oppose", "undecided"} for t in words):
            continue  # "a US-drafted resolution condemning the truce": read by the clause itself, not here
        for name in (c for c in verb.children if c.dep_ in {"npadvmod", "compound", "nmod"} and c.i < verb.i):
            for actor in scope.holders(name):
                if not scope.stated(actor) and actor not in issue_actor_ids(
                    issue, scope.span, scope.offset, scope.lookup
                ):
                    add(actor, Reading("support", verb))


def issue_actor_ids(issue: Issue, span: Span, offset: int, lookup: MentionLookup) -> set[str]:
    """Actors named inside the issue's own words ("Palestinian" in "a Palestinian state")."""
    out = set()
    for t in span:
        following = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if following is not None and following.dep_ == "case" and t.i + 2 < len(t.doc):
            following = t.doc[t.i + 2]  # "Sweden's membership of NATO"
        if stem(t.text) in issue.key_stems and following is not None and stem(following.text) in issue.key_stems:
            m = lookup(t.idx + offset, t.idx + len(t) + offset)
            if m and m.get("actor_id") and not _inside_mention(following, m, offset):
                out.add(m["actor_id"])
    return out


def _inside_mention(token: Token, mention: dict[str, Any], offset: int) -> bool:
    """The word after an issue word is still inside the same name ("European" before "Union" in "European Union
    leaders"): the name is not followed by the issue's words, so it is no part of the issue phrase."""
    return mention["start"] <= token.idx + offset < mention["end"]


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


def _in_issue_phrase(text: str, mention: dict[str, Any], issue: Issue) -> bool:
    """A state named as the object inside the issue's own words ("recognised the State of Palestine", "an arms
    embargo on Israel"): what the issue acts on, never the employer of an official named near it. The possessor of
    a bid ("Sweden's membership of NATO") is the one who seeks it, and its officials are often the ones named."""
    if not stems_of(text[mention["start"] : mention["end"]]) & issue.key_stems:
        return False
    if re.match(r"['\u2019]s\b", text[mention["end"] : mention["end"] + 2]) and not re.search(
        re.escape(text[mention["start"] : mention["end"]]) + r"['\u2019]s", issue.name
    ):
        # "sanctions on Venezuela's state oil company": the owner of what is acted on, not the issue's own object
        return False
    before = re.search(r"([\w-]+)\s+(?:(?:of|on|to|for|against|with|the)\s+)*$", text[max(0, mention["start"] - 40) :
                       mention["start"]])  # fmt: skip
    return before is not None and stem(before.group(1)) in issue.key_stems


def names_issue(text: str, mention: dict[str, Any]) -> bool:
    """ "Palestinian" in "a Palestinian state": a demonym inside an issue's words, naming no actor."""
    return bool(re.match(r"\s+state(hood)?\b", text[mention["end"] : mention["end"] + 12]))


def _outside_dateline(mentions: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """Mentions less the dateline's ("UNITED NATIONS, April 18 - ", "OSLO, May 22 (Continental Wire) - "): the
    place a story was filed from holds no position in it."""
    from storyline.ingest.dateline import find_dateline

    dateline = find_dateline(text)
    if dateline is None:
        return mentions
    kept = [m for m in mentions if not (dateline.start <= m["start"] < dateline.end)]
    first = _after_dateline(text, dateline.end)
    if first is not None and not any(m["start"] < first["end"] and first["start"] < m["end"] for m in kept):
        kept.append(first)
    return kept


def _dateline_end(text: str) -> int:
    """Where the story proper starts after a dateline ("OSLO, May 22 (Continental Wire) - "); 0 without one."""
    from storyline.ingest.dateline import find_dateline

    dateline = find_dateline(text)
    if dateline is None:
        return 0
    return dateline.end + len(text[dateline.end :]) - len(text[dateline.end :].lstrip())


def _outside_dateline_speakers(quotes: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """Quotes less a speaker read from the dateline ("UNITED NATIONS, March 25 - The UN Security Council demanded
    ..."): the place a story was filed from says nothing; the reader looks for the speaker in the sentence."""
    from storyline.ingest.dateline import find_dateline

    dateline = find_dateline(text)
    if dateline is None:
        return quotes
    out = []
    for q in quotes:
        start, end = q.get("speaker_start"), q.get("speaker_end")
        if start is not None and end is not None and dateline.start <= start and end <= dateline.end:
            q = q | {"speaker_actor": None, "speaker_affiliation": None, "speaker_start": None, "speaker_actors": []}
        out.append(q)
    return out


def _within_paragraph(quotes: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """Reported speech held within the paragraph of its cue: the quote stage reads a sentence that a headline runs into
    ("Belgium to recognise Palestine, with conditions\nBRUSSELS - Belgium will recognise ..., Prevot said") as one
    indirect quote; the headline is not what the minister said (a paragraph break ends a sentence, see
    :func:`paragraph_sentences`)."""

    def apart(a: int | None, b: int | None) -> bool:  # a line break between two offsets
        return a is not None and b is not None and "\n" in text[min(a, b) : max(a, b)].strip()

    out = []
    for q in quotes:
        if q.get("kind") == "indirect" and apart(q.get("cue_start"), q["start"]) and apart(q.get("cue_end"), q["end"]):
            continue  # "..., according to the UN.\nBrazil ... did not say whether ...": not that cue's words
        if apart(q.get("speaker_start"), q.get("cue_start")):
            # a speaker from another paragraph ("Gang violence killed ...\nBrazil ... did not say"): none; the cue's own
            # subject tells it
            q = q | {"speaker_actor": None, "speaker_affiliation": None, "speaker_actors": ()}
        body = text[q["start"] : q["end"]]
        cut = body.rfind("\n", 0, len(body.rstrip()))
        if q.get("kind") == "indirect" and cut >= 0 and re.search(r"\w", body[:cut]) and re.search(r"\w", body[cut:]):
            start = q["start"] + cut + 1
            q = q | {"start": start, "text": text[start : q["end"]]}
        out.append(q)
    return out


def _after_dateline(text: str, end: int) -> dict[str, Any] | None:
    """The state or organisation named right after a dateline ("June 4 - Slovenia's parliament"): spaCy reads the
    date, the dash and the name as one DATE, so the entity stage loses the name."""
    from storyline.actors import gazetteer

    match = re.match(r"\s*(?:[Tt]he\s+)?((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)", text[end : end + 80])
    if match is None:
        return None
    words = match.group(1).split()
    for n in range(len(words), 0, -1):  # the longest name first: "United States" before "United"
        name = " ".join(words[:n])
        actor = gazetteer().lookup(name.removesuffix("'s").removesuffix("\u2019s"))
        if actor is not None:
            start = end + match.start(1)
            return {"start": start, "end": start + len(name.removesuffix("'s").removesuffix("\u2019s")),
                    "text": name, "actor_id": actor.id}  # fmt: skip
    return None


def _as_place(mention: dict[str, Any]) -> dict[str, Any]:
    """A state or capital the entity stage read as a person ("accused Bratislava of ...") is the state."""
    if not (mention.get("actor_id") or "").startswith("person:"):
        return mention
    from storyline.actors import gazetteer

    actor = gazetteer().lookup(mention.get("text") or "")
    return mention | {"actor_id": actor.id} if actor is not None else mention


def mention_lookup(mentions: list[dict[str, Any]], text: str = "") -> MentionLookup:
    ordered = sorted((_as_place(m) for m in mentions if not (text and names_issue(text, m))), key=lambda m: m["start"])

    def lookup(start: int, end: int) -> dict[str, Any] | None:
        for m in ordered:
            if m["start"] < end and start < m["end"] and m.get("actor_id"):
                return m
        return None

    return lookup


def sentence_date(article: dict[str, Any], start: int, end: int) -> str | None:
    """The date a stance holds for: the date of an act the sentence reports, or a past date it names, else the
    publication date. A future date ("will recognise next Tuesday") dates the act announced, not the stance."""
    published = (article.get("published") or "")[:10] or None
    for event in article.get("events", []):
        if start <= event["start"] < end and event.get("date") and (not published or event["date"] <= published):
            return event["date"]
    # a date inside quoted words is what was said ("the June 1967 borders"), not when; a decade is no date
    quoted = [(q["start"], q["end"]) for q in article.get("quotes", []) if q.get("kind") in ("direct", "partial")]
    dates = [t for t in article.get("times", []) if start <= t["start"] < end and re.match(r"\d{4}", t.get("value") or "")
             and t.get("type", "DATE") == "DATE" and not t["text"].casefold().startswith("since")
             and not any(qs <= t["start"] < qe for qs, qe in quoted)]  # fmt: skip
    dates = [t for t in dates if not published or t["value"][:10] <= published]
    if dates:
        return dates[0]["value"]
    return published


def article_stances(
    article: dict[str, Any],
    issue: Issue,
    parse: SpanParser,
    actor_info: dict[str, dict[str, Any]] | None = None,
    reader: Any = None,
) -> list[Stance]:
    """Every stance on ``issue`` in one article given as a JSON-contract dict.

    ``reader``: an optional learned second reading (:class:`storyline.stance_reader.Reader`) that re-reads the
    rules' stances and the actors they missed; None (the default) keeps the rules' stances. None is shipped:
    cross-validation on dev did not show it beating the rules (docs/stance.md)."""
    from storyline.stance_reader import revise

    cache: dict[tuple[int, int], tuple[Span, int] | None] = {}

    def cached(start: int, end: int) -> tuple[Span, int] | None:
        if (start, end) not in cache:
            cache[(start, end)] = parse(start, end)
        return cache[(start, end)]

    rules = rule_stances(article, issue, cached, actor_info)
    if reader is None:
        return rules
    return _dedupe(revise(stance_candidates(article, issue, cached, actor_info, rules), issue.name, reader))


def _issue_reading(
    article: dict[str, Any], issue: Issue, actor_info: dict[str, dict[str, Any]] | None
) -> tuple[str, list[tuple[int, int]], dict[str, Any], list[tuple[int, int, str]]]:
    """What both readers start from: the article's text, its sentences, who its actors speak for, and the
    sentences on the issue."""
    text = article.get("text") or ""
    sentences = paragraph_sentences(text, [tuple(s) for s in article.get("sentences") or [[0, len(text)]]])
    info = infer_affiliations(article, actor_info or {}, issue)
    return text, sentences, info, issue_sentences(text, sentences, issue)  # type: ignore[arg-type,return-value]


def paragraph_sentences(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences cut at each line break with words on both sides: in news copy a line ends a paragraph, and a
    headline ("Russia vetoes new UN sanctions on North Korea") has no full stop, so the parser runs it into the
    lead, as it runs a quote closed after its full stop ('... "a prize for terrorism."') into the next paragraph.
    A break with only punctuation on one side (the closing quote mark left on a line of its own) is not cut."""
    out: list[tuple[int, int]] = []
    for start, end in sentences:
        cut = start
        for match in re.finditer(r"\n", text[start:end]):
            at = start + match.end()
            if at < end and re.search(r"\w", text[cut:at]) and re.search(r"\w", text[at:end]):
                out.append((cut, at))
                cut = at
        out.append((cut, end))
    return out


def stance_candidates(
    article: dict[str, Any],
    issue: Issue,
    parse: SpanParser,
    actor_info: dict[str, dict[str, Any]] | None,
    rules: list[Stance],
) -> list[Any]:
    """What the learned reader reads: each rule stance, and each actor named in a sentence on the issue that the
    rules gave no stance there, with its sentence and where the actor stands in it."""
    from storyline.stance_reader import Candidate, role_of

    text, sentences, info, matched = _issue_reading(article, issue, actor_info)
    mentions = sorted((m for m in _outside_dateline(article.get("actors", []), text)
                       if m.get("actor_id") and not names_issue(text, m)), key=lambda m: m["start"])  # fmt: skip
    on_issue = {(s, e) for s, e, _ in matched}

    def sentence_of(pos: int) -> tuple[int, int]:
        return next(((s, e) for s, e in sentences if s <= pos < e), (pos, pos))

    def mention_of(actor: str, start: int, end: int) -> dict[str, Any] | None:
        return next((m for m in mentions if start <= m["start"] < end and speaks_for(m["actor_id"], info) == actor),
                    None)  # fmt: skip

    def role(actor: str, start: int, end: int) -> str:
        parsed = parse(start, end)
        if parsed is None:
            return "absent"
        return role_of(parsed[0], parsed[1], mention_of(actor, start, end))

    out = []
    seen: set[tuple[str, int]] = set()
    for st in rules:
        s, e = sentence_of(st.start)
        seen.add((st.actor, s))
        out.append(Candidate(st.actor, s, e, st, role(st.actor, s, e), (s, e) not in on_issue, text[s:e], st.date))
    for s, e in sorted(on_issue):
        for m in mentions:
            if not (s <= m["start"] < e):
                continue
            actor = speaks_for(m["actor_id"], info)
            if (actor, s) in seen:
                continue
            seen.add((actor, s))
            out.append(Candidate(actor, s, e, None, role(actor, s, e), False, text[s:e], sentence_date(article, s, e)))
    return out


def rule_stances(
    article: dict[str, Any],
    issue: Issue,
    parse: SpanParser,
    actor_info: dict[str, dict[str, Any]] | None = None,
) -> list[Stance]:
    """The rule reader's stances on ``issue`` in one article."""
    text, sentences, info, matched = _issue_reading(article, issue, actor_info)
    lookup = mention_lookup(_outside_dateline(article.get("actors", []), text), text)
    quotes = _within_paragraph(_outside_dateline_speakers(article.get("quotes", []), text), text)
    on_issue = {(s, e) for s, e, _ in matched}
    # an article about the issue: its other sentences may take a position on it without naming it ("the move")
    context = [(s, e, "context") for s, e in sentences if (s, e) not in on_issue] if matched else []
    out: list[Stance] = []
    referent: str | None = None  # the lead sentence's position on the issue: the act "the decision" refers back to
    dateline = _dateline_end(text)
    for start, end, how in sorted(matched + context):
        # the sentence read without its dateline: "DOHA, Jan 15 - Israel and Hamas agreed ..." parses "DOHA" as the
        # subject and "Israel" as part of the date
        parsed = parse(dateline, end) if start < dateline < end else parse(start, end)
        if parsed is None:
            continue
        span, offset = parsed
        try:
            found = read_sentence(span, offset, issue, lookup, quotes, info, sentence_date(article, start, end),
                                  article.get("events", []), context=how == "context")  # fmt: skip
        except (StopIteration, IndexError, ValueError):  # an odd parse loses one sentence, never the batch
            continue
        if how == "context" and referent == "oppose" and _judges_the_act(span, issue):
            # "UN Secretary-General Antonio Guterres said he deeply regretted the decision" after "Russia said it
            # would not extend the grain deal": "the decision" is the act against the issue, and its judgement turns
            turn = {"support": "oppose", "oppose": "support"}
            found = [replace(s, position=turn[s.position]) if s.position in turn and s.basis != "act" else s
                     for s in found]  # type: ignore[arg-type]  # fmt: skip
        if how != "context" and sentences and start == sentences[0][0]:
            # the act the lead sentence reports is its main clause's: "The assembly voted to recommend Kosovo's
            # admission, a step Serbia has fought for months" reports the vote, not Serbia's opposition to it
            main = {speaks_for(a, info) for t in span if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT"
                    for a in holders_of(t, offset, lookup)}  # fmt: skip
            referent = next((s.position for s in found if s.basis != "claim" and s.actor in main
                             and s.position in {"support", "oppose"}), None)  # fmt: skip
        out.extend(found)
    out = _protests_against_opponents(out, article.get("events", []), info)
    patients = issue_patients(issue)
    # what others say of the state the issue is about ("Biden said Ukraine was not ready for NATO membership") is
    # their view of the issue, not that state's position
    return _dedupe([s for s in out if not (s.actor in patients and s.basis == "claim")])


def _protests_against_opponents(
    stances: list[Stance], events: list[dict[str, Any]], actor_info: dict[str, dict[str, Any]]
) -> list[Stance]:
    """An act of protest ("recalled its ambassador to Vienna") reads as against the issue; aimed at an actor whose own
    position in the article is against it (Austria "blocked Romania's accession"), it is for the issue."""
    own: dict[str, str] = {}
    for st in stances:
        if st.basis != "claim" and st.position in {"support", "oppose"}:
            own.setdefault(st.actor, st.position)
    out = []
    for st in stances:
        targets = {speaks_for(e["target_actor"], actor_info) for e in events
                   if e.get("action") == "PROTEST" and e.get("target_actor") and e.get("source_actor")
                   and speaks_for(e["source_actor"], actor_info) == st.actor
                   and e["start"] < st.end and st.start < e["end"]}  # fmt: skip
        targets.discard(st.actor)
        if st.position == "oppose" and st.basis != "claim" and targets and all(own.get(t) == "oppose" for t in targets):
            st = replace(st, position="support")
        out.append(st)
    return out


def issue_patients(issue: Issue) -> set[str]:
    """The states the issue's own name is about: Ukraine in "Ukraine's membership of NATO", Israel in "an arms
    embargo on Israel", Palestine in "recognition of a Palestinian state"."""
    from storyline.actors import gazetteer

    out = set()
    for word in re.findall(r"[A-Z][\w-]*", issue.name):
        actor = gazetteer().lookup(word.removesuffix("'s").removesuffix("\u2019s"))
        if actor is not None and actor.id.startswith("state:"):
            out.add(actor.id)
    return out


def _judges_the_act(span: Span, issue: Issue) -> bool:
    """The sentence judges an act named by a definite noun that refers back ("regretted the decision", "condemned
    the move", "welcomed this step"), with a verb of judgement, not of doing ("blocked the move"). The issue's own
    noun ("welcomed the pact" in an article on "the AUKUS submarine pact") names the issue, not the act."""
    for noun in span:
        if noun.lemma_.casefold() not in ANAPHORA or noun.dep_ not in {"dobj", "pobj"}:
            continue
        if stem(noun.text) in issue.key_stems:
            continue
        if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in noun.children):
            continue
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if verb.lemma_.casefold() in JUDGING:
            return True
    return False


def _scare_quote(q_tokens: list[Token]) -> bool:
    """A word or two in quotation marks that modify a noun outside them ('undercut by "dirtier" producers abroad',
    'not against "reasonable" measures') mark the word as the speaker's, in a sentence the reporter words: the
    quote names something, it says nothing of the issue, so its polarity is no position."""
    words = [t for t in q_tokens if not t.is_punct]
    ids = {t.i for t in q_tokens}
    return 0 < len(words) <= 2 and all(t.head.i in ids or (t.dep_ in {"amod", "compound"} and t.head.pos_ in
                                       {"NOUN", "PROPN"}) for t in words)  # fmt: skip


def _dedupe(stances: list[Stance]) -> list[Stance]:
    seen, out = set(), []
    for s in stances:
        key = (s.actor, s.start, s.position)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


# -- polarity toward a target (BASIL's reading of a quote) ---------------------------------------------------------
# Two readers (docs/stance.md, "Polarity toward a target"). The lexicon reader: VADER's compound score of the whole
# quote, moved by LEXICON_WEIGHT when the stance reader finds a stance word toward the target, positive from
# POSITIVE_FROM. The learned reader: a logistic model over cues of the quote and of the words around the target's
# name (polarity_features), fitted by eval/stance/train_polarity.py on BASIL's tuning years and shipped as
# data/basil_polarity.json; polarity_toward uses it when that file is there and the lexicon reader otherwise.
LEXICON_WEIGHT = 0.3  # how far a stance word moves the VADER score (tuned on BASIL 2010-2012)
POSITIVE_FROM = 0.4  # score from which a quote reads as positive toward its target (tuned on BASIL 2010-2012)
NEAR_TARGET = 5  # words either side of a mention of the target read as "near" it
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
OBJECT_DEPS = {"dobj", "pobj", "attr", "dative", "iobj"}
FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}
SECOND_PERSON = {"you", "your"}
THIRD_PERSON = {"he", "him", "his", "she", "her", "hers"}


def _parse(text: str, model: str | None = None):  # type: ignore[no-untyped-def]
    from storyline import nlp
    from storyline.config import Settings

    return nlp.load(model or Settings().model)(text)


def _reader_position(doc, text: str, target: str) -> str | None:  # type: ignore[no-untyped-def]
    try:
        reading = read_clause(doc[:], Issue(target), text)
    except (IndexError, ValueError):
        return None
    return None if reading is None else reading.position


def polarity_lexicon(text: str, target: str, model: str | None = None, doc=None) -> str:  # type: ignore[no-untyped-def]
    """ "pos" or "neg" by the lexicon reader: the VADER compound of the whole quote, moved by a stance word the
    stance reader finds toward ``target`` (with negation and hedges)."""
    doc = doc if doc is not None else _parse(text, model)
    score = polarity_score(text)
    score += {"support": LEXICON_WEIGHT, "oppose": -LEXICON_WEIGHT}.get(_reader_position(doc, text, target) or "", 0.0)
    return "pos" if score >= POSITIVE_FROM else "neg"


def polarity_features(doc, text: str, target: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """The cues the learned reader weighs (names to values): VADER of the whole quote and of the words near the
    target's name, the stance reader's position, the target's role in the clause, negation and the persons of the
    pronouns. A mention of the target is a word whose stem is one of the target name's stems."""
    vader = _vader()
    whole = vader.polarity_scores(text)
    feats = {"compound": whole["compound"], "pos": whole["pos"], "neg": whole["neg"]}
    position = _reader_position(doc, text, target)
    if position in {"support", "oppose"}:
        feats[f"reader={position}"] = 1.0
    elif position is not None:
        feats["reader=other"] = 1.0
    stems = {stem(w) for w in re.findall(r"[A-Za-z][A-Za-z'-]+", target) if len(w) > 2}
    mentions = [t for t in doc if len(t.text) > 2 and stem(t.text) in stems]
    if mentions:
        feats["target_named"] = 1.0
    else:  # a quote about someone that does not name him refers to him ("He's a good man")
        mentions = [t for t in doc if t.lower_ in THIRD_PERSON]
        if mentions:
            feats["target_pronoun"] = 1.0
    if mentions:
        near: set[int] = set()
        for t in mentions:
            near.update(range(max(0, t.i - NEAR_TARGET), min(len(doc), t.i + NEAR_TARGET + 1)))
        near_text = " ".join(doc[i].text for i in sorted(near))
        feats["near_compound"] = vader.polarity_scores(near_text)["compound"]
        # the role of the mention's phrase: "Obama failed" (subject) vs "blamed Obama" (object)
        heads = {t.head.i if t.dep_ == "compound" else t.i for t in mentions}
        deps = {doc[i].dep_ for i in heads}
        if deps & SUBJECT_DEPS:
            feats["target_subject"] = 1.0
        if deps & OBJECT_DEPS:
            feats["target_object"] = 1.0
        if mentions[0].i <= 1:
            feats["target_first"] = 1.0
    lowered = [t.lower_ for t in doc]
    feats["negations"] = float(min(3, sum(1 for t in doc if t.dep_ == "neg")))
    if FIRST_PERSON & set(lowered):
        feats["first_person"] = 1.0
    if SECOND_PERSON & set(lowered):
        feats["second_person"] = 1.0
    if "?" in text:
        feats["question"] = 1.0
    if "!" in text:
        feats["exclaim"] = 1.0
    feats["words"] = float(min(60, sum(1 for t in doc if t.is_alpha))) / 20.0
    return feats


@lru_cache(maxsize=1)
def polarity_model() -> dict[str, Any] | None:
    """The learned reader's weights (``data/basil_polarity.json``), or None when the file is not there."""
    path = resources.files("storyline.data") / "basil_polarity.json"
    if not path.is_file():
        return None
    return json.loads(path.read_text("utf-8"))


def polarity_probability(feats: dict[str, float], weights: dict[str, Any], embedding: Any = None) -> float:
    """The learned reader's probability that a quote is positive toward its target."""
    z = float(weights["intercept"]) + sum(w * feats.get(name, 0.0) for name, w in weights["weights"].items())
    if weights.get("embedding") and embedding is not None:
        z += sum(w * float(e) for w, e in zip(weights["embedding"], embedding, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def polarity_toward(text: str, target: str, model: str | None = None, reader: str = "learned") -> str:
    """ "pos" or "neg": what a quote says about ``target``. ``reader="learned"`` (the default) weighs the cues of
    :func:`polarity_features` with the shipped weights; ``reader="lexicon"`` (or no shipped weights) is the VADER
    score moved by the stance words near the target's name."""
    doc = _parse(text, model)
    weights = polarity_model() if reader == "learned" else None
    if weights is None:
        return polarity_lexicon(text, target, doc=doc)
    embedding = None
    if weights.get("embedding"):
        from storyline import nlp

        embedding = nlp.embedder().encode([text], normalize_embeddings=True)[0]
    p = polarity_probability(polarity_features(doc, text, target), weights, embedding)
    return "pos" if p >= float(weights["threshold"]) else "neg"


# -- over time: timelines, changes, the aggregate view and bloc rules ----------------------------------------------
# Blocs whose decisions follow a rule over their members' positions. Hand-kept because no package lists them;
# membership as of 2025. A user's issue run reports what each rule implies from the positions found.
BLOCS: dict[str, dict[str, Any]] = {
    "org:eu": {
        "name": "European Union",
        "rule": "unanimity",  # common foreign-policy positions need every member (TEU art. 31)
        "members": [
            "AUT",
            "BEL",
            "BGR",
            "HRV",
            "CYP",
            "CZE",
            "DNK",
            "EST",
            "FIN",
            "FRA",
            "DEU",
            "GRC",
            "HUN",
            "IRL",
            "ITA",
            "LVA",
            "LTU",
            "LUX",
            "MLT",
            "NLD",
            "POL",
            "PRT",
            "ROU",
            "SVK",
            "SVN",
            "ESP",
            "SWE",
        ],  # fmt: skip
    },
    "org:un-security-council": {
        "name": "UN Security Council",
        "rule": "veto",  # any permanent member's no blocks a resolution
        "members": ["USA", "GBR", "FRA", "RUS", "CHN"],
    },
    "org:nato": {
        "name": "NATO",
        "rule": "unanimity",  # accession needs every ally's ratification
        "members": [
            "ALB",
            "BEL",
            "BGR",
            "CAN",
            "HRV",
            "CZE",
            "DNK",
            "EST",
            "FIN",
            "FRA",
            "DEU",
            "GRC",
            "HUN",
            "ISL",
            "ITA",
            "LVA",
            "LTU",
            "LUX",
            "MNE",
            "NLD",
            "MKD",
            "NOR",
            "POL",
            "PRT",
            "ROU",
            "SVK",
            "SVN",
            "ESP",
            "SWE",
            "TUR",
            "GBR",
            "USA",
        ],  # fmt: skip
    },
}


def _key_date(stance: dict[str, Any]) -> str:
    return stance.get("date") or stance.get("published") or ""


def timelines(stances: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Per actor, its stances in date order; claims by rivals are kept apart from the actor's own words."""
    by_actor: dict[str, list[dict[str, Any]]] = {}
    for s in stances:
        by_actor.setdefault(s["actor"], []).append(s)
    return {
        a: sorted(items, key=lambda s: (_key_date(s), s.get("article_id", ""), s["start"]))
        for a, items in by_actor.items()
    }


def changes(timeline: list[dict[str, Any]]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(before, after) pairs where an actor's own position changed; rivals' claims do not count as a change."""
    own = [s for s in timeline if s.get("basis") != "claim"]
    out = []
    for before, after in zip(own, own[1:], strict=False):
        if before["position"] != after["position"] and _key_date(before) != _key_date(after):
            out.append((before, after))
    return out


def current_position(timeline: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The latest own stance (a rival's claim only when nothing else is known); at the latest date, the most
    frequent position wins, so one odd reading does not overturn several agreeing ones."""
    own = [s for s in timeline if s.get("basis") != "claim"] or timeline
    if not own:
        return None
    last_date = _key_date(own[-1])
    latest = [s for s in own if _key_date(s) == last_date]
    counts: dict[str, int] = {}
    for s in latest:
        counts[s["position"]] = counts.get(s["position"], 0) + 1
    best = max(counts, key=lambda p: (counts[p], p == latest[-1]["position"]))
    return next(s for s in reversed(latest) if s["position"] == best)


def aggregate(stances: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Of the actors with a known position, how many hold each (by their current position)."""
    current = {a: current_position(t) for a, t in timelines(stances).items()}
    counts = {p: sorted(a for a, s in current.items() if s and s["position"] == p)
              for p in ("support", "oppose", "conditional", "undecided")}  # fmt: skip
    return {"actors": len([s for s in current.values() if s]), "by_position": counts, "current": current}


def bloc_implications(stances: Iterable[dict[str, Any]], relevant: set[str] | None = None) -> list[dict[str, Any]]:
    """What each bloc's decision rule implies from its members' current positions; ``relevant``: the actor ids
    named in the articles read, so a bloc the coverage never mentions is left out."""
    current = aggregate(stances)["current"]
    out = []
    for bloc_id, bloc in BLOCS.items():
        if relevant is not None and bloc_id not in relevant:
            continue
        members = {f"state:{code}" for code in bloc["members"]}
        known = {a: s["position"] for a, s in current.items() if a in members and s}
        if not known:
            continue
        against = sorted(a for a, p in known.items() if p == "oppose")
        unsure = sorted(a for a, p in known.items() if p in {"conditional", "undecided"})
        if against:
            verdict = f"blocked: {', '.join(against)} oppose{'s' * (len(against) == 1)}, and the {bloc['rule']} rule gives each a veto"
        elif unsure or len(known) < len(members):
            verdict = (f"not assured: {len(known)} of {len(members)} members have a known position"
                       f"{', ' + str(len(unsure)) + ' conditional or undecided' if unsure else ''}")  # fmt: skip
        else:
            verdict = "possible: every member supports"
        out.append({"bloc": bloc_id, "name": bloc["name"], "rule": bloc["rule"], "members": len(members),
                    "known": known, "opposed": against, "unsure": unsure, "verdict": verdict})  # fmt: skip
    return out


def stances_in_articles(
    articles: Iterable[dict[str, Any]],
    issue: Issue,
    actor_info: dict[str, dict[str, Any]] | None = None,
    model: str | None = None,
) -> list[dict[str, Any]]:
    """Stances on ``issue`` in stored articles (JSON-contract dicts), each with ``article_id`` and ``published``;
    the matched sentences are parsed again, since a stored article keeps no parse. A copy of an article
    (``duplicate_of``) adds nothing its original does not say, so it is skipped."""
    from storyline.config import Settings

    out: list[dict[str, Any]] = []
    for article in articles:
        if article.get("skipped") or article.get("duplicate_of") or not article.get("text"):
            continue
        parse = reparse(article["text"], model or Settings().model)
        for stance in article_stances(article, issue, parse, actor_info):
            out.append(stance.to_dict() | {"article_id": article["id"], "published": article.get("published")})
    return out
