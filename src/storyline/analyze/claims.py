"""Claimed figures: a number, what it counts, its unit, the date it holds for and who claims it.

"As of July 31, 2019, 138 countries have recognized the State of Palestine" becomes a :class:`Claim` with
``quantity="countries that have recognized the State of Palestine"``, ``value=138``, ``as_of="2019-07-31"``.

spaCy finds the numbers (CARDINAL / PERCENT / MONEY / QUANTITY entities) and the dependency parse tells
what they count. Two small pieces are hand-written because no maintained library does them on a spaCy
parse: reading a number as written ("about 1,200", "$2.3 billion", "three hundred thousand") and building the
counted phrase from the parse. quantulum3 reads units well but knows nothing of what a number counts, and
word2number handles words only.

As-of date: the time expression of the figure's own clause nearest the number (from the ``times`` stage), never
the dateline's, a span's edge or extent ("since 1967", "over the next decade") or the name of a thing to come; for
a past-tense clause without one, the day of the story told just before it ("Hungary on Monday blocked ... 17 of
the 27 states backed the text"); else None, and the publication date applies (:mod:`storyline.relate.claims`).
The unit of a count is the noun it counts ("countries"); of a share, "percent"; of money, the currency code; of a
tally, "votes". Claimant: the speaker of the quote holding the number, "by X's count", the actor after "according
to", or the subject of a verb of saying; None is the outlet's own voice. The rules, with examples: docs/claims.md.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from storyline.analyze import stage
from storyline.config import Settings
from storyline.model import Analysis, Claim, Mention, Quote
from storyline.nlp import doc_text
from storyline.nlp import sentence as sentence_span
from storyline.numbers import WORD_NUMBERS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

NUMBER_LABELS = {"CARDINAL", "PERCENT", "MONEY", "QUANTITY"}
SPEECH_LEMMAS = {
    "say", "tell", "claim", "estimate", "report", "announce", "state", "insist", "assert", "put", "count",
    "write", "add", "note", "show", "find", "confirm", "reckon", "mention", "cite",
}  # fmt: skip
SCALES = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12,
          "dozens": 12, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000, "billions": 1_000_000_000,
          "m": 1_000_000, "bn": 1_000_000_000, "k": 1_000}  # fmt: skip
CURRENCIES = {"$": "USD", "dollar": "USD", "dollars": "USD", "€": "EUR", "euro": "EUR", "euros": "EUR",
              "£": "GBP", "pound": "GBP", "pounds": "GBP", "shekel": "ILS", "shekels": "ILS", "yen": "JPY"}  # fmt: skip
FRACTIONS = {"half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25,
             "fifth": 0.2, "fifths": 0.2}  # fmt: skip
# words around a number that say how exact it is; dropped before reading the value
APPROXIMATORS = re.compile(
    r"\b(about|around|some|nearly|almost|roughly|approximately|more than|over|at least|fewer than|less than|"
    r"up to|under|close to|just over|just under|an estimated|estimated)\b",
    re.IGNORECASE,
)
NUMERIC = re.compile(r"\d[\d,]*(?:\.\d+)?")


def parse_number(text: str) -> float | None:
    """The value of a number as written: "1,200", "2.3 billion", "three hundred thousand", "40%"; else None."""
    text = APPROXIMATORS.sub(" ", text.casefold())
    text = re.sub(r"[$€£%]|per ?cent|percent", " ", text)
    # a range or a pair ("2 percent to 3 percent", "228 to 191", "5-3") is read by its first number
    text = re.split(r"(?<=\d)\s*(?:to|-|–|and|or)\s*(?=\d)", text)[0].replace("-", " ")
    words = [w for w in text.split() if w not in {"and", "a", "the", "of"}]
    first_digit = next((i for i, w in enumerate(words) if NUMERIC.fullmatch(w.strip(".,;:"))), None)
    if first_digit:  # "one 46 percent": a number word before a written number is not part of it
        words = words[first_digit:]
    if not words:
        return None
    total, current, seen = 0.0, 0.0, False
    for word in words:
        word = word.strip(".,;:")
        if NUMERIC.fullmatch(word):
            current += float(word.replace(",", ""))
            seen = True
        elif word in WORD_NUMBERS:
            current += WORD_NUMBERS[word]
            seen = True
        elif word in FRACTIONS:  # "two-thirds", "a half-dozen", "three quarters"
            current = (current or 1) * FRACTIONS[word]
            seen = True
        elif word in SCALES:  # "a million", "two dozen", "three hundred thousand"
            scale = SCALES[word]
            if scale < 1000:
                current = (current or 1) * scale
            else:
                total += (current or 1) * scale
                current = 0.0
            seen = True
        else:
            continue  # a unit word ("tonnes", "dollars") is read by unit_of
    return total + current if seen else None


def _is_share(text: str) -> bool:
    """ "two-thirds", "a quarter", "half": a share of a whole, given as a percentage."""
    words = re.split(r"[\s-]+", text.casefold().strip())
    return bool(words) and words[-1] in FRACTIONS


def unit_of(ent: Span) -> str | None:
    text = ent.text.casefold()
    if ent.label_ == "PERCENT" or "%" in text or "percent" in text or "per cent" in text or _is_share(ent.text):
        return "percent"
    compound = _hyphen_compound(ent)
    if compound is not None:  # "the 28-nation bloc"
        return _plural(compound[0].text.casefold())
    for token in [*ent.doc[max(ent.start - 1, 0) : ent.start], *ent, *(ent.doc[ent.end : ent.end + 1])]:
        code = CURRENCIES.get(token.text.casefold())
        if code:
            return code
    if ent.label_ == "QUANTITY":
        last = ent[-1]
        return last.text.casefold() if not last.like_num else None
    if _vote_tally(ent):
        return "votes"
    if not _is_share(ent.text) and _voter_noun(ent) is not None:
        return "votes"
    noun = _counted_noun(ent) or _total_of(ent)  # a count's unit is what it counts: "countries", "settlers"
    if noun is not None and noun.lemma_.casefold() in VOTE_NOUNS:
        return "votes"
    plural_name = noun is not None and noun.tag_ == "NNPS"  # "three dozen House Democrats"
    return noun.text.casefold() if noun is not None and (noun.pos_ == "NOUN" or plural_name) else None


VOTE_NOUNS = {"vote", "ballot", "abstention"}
VOTE_VERBS = {"vote", "abstain"}
# a place adverb stands for the place named before it ("settlers live there")
PLACE_ADVERBS = {"there", "here"}


def _voter_noun(ent: Span) -> Token | None:
    """The noun of "143 countries that voted ..." / "143 countries voted ...": the count is of votes cast."""
    noun = _counted_noun(ent)
    if noun is None or noun.pos_ != "NOUN":
        return None  # "12 Republicans voting against": a group among the voters, not the votes cast
    verbs = [c for c in noun.children if c.dep_ == "relcl"]
    if noun.dep_ == "nsubj":
        verbs.append(noun.head)
    if ent.root.dep_ == "nsubj" and noun.dep_ == "pobj":  # "143 of the 193 states voted"
        verbs.append(ent.root.head)
    return noun if any(v.lemma_ in VOTE_VERBS for v in verbs) else None


def _vote_side(verb: Token) -> str:
    """ "votes in favour", "votes against" or "abstentions" for a verb of voting."""
    if verb.lemma_ == "abstain":
        return "abstentions"
    for token in verb.subtree:  # the first side named after the verb ("voted for the first time against")
        if token.i <= verb.i or token.dep_ != "prep":
            continue
        if token.lower_ == "against":
            return "votes against"
        if token.lower_ == "for" and not any(o.lemma_ in {"time", "year", "day"} for o in token.children):
            break
    return "votes in favour"


BODY_NOUNS = {"assembly", "council", "house", "senate", "parliament", "congress", "committee", "chamber", "court",
              "board", "knesset", "bundestag", "commission", "legislature", "cabinet"}  # fmt: skip


def _is_body(token: Token) -> bool:
    """An assembly that votes: "the General Assembly", "the House", "the Knesset" (a name or an assembly noun)."""
    if any(c.dep_ == "nummod" or c.like_num for c in token.children):
        return False  # "12 Republicans" are voters, not where they voted
    return token.lemma_.casefold() in BODY_NOUNS or token.ent_type_ == "ORG"


def _voting_body(sentence: Span, voter: Token | None = None) -> str | None:
    """Where a vote took place: the assembly that votes ("the General Assembly voted") or passes ("passed the
    House"), else the "in" phrase ("countries that voted in the General Assembly"); None when none is named."""
    for verb in sentence:
        if verb.lemma_ not in VOTE_VERBS and verb.lemma_ not in {"pass", "adopt", "approve", "reject"}:
            continue
        deps = {"nsubj"} | ({"dobj"} if verb.lemma_ == "pass" else set())
        bodies = [c for c in verb.children if c.dep_ in deps and (voter is None or c.i != voter.i) and _is_body(c)]
        bodies += [o for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "at"}
                   for o in c.children if o.dep_ == "pobj" and _is_body(o)]  # fmt: skip
        if bodies:
            return "in " + _phrase([t for t in bodies[0].subtree if not t.like_num])
    return None


def _total_of(ent: Span) -> Token | None:
    """The counted noun of "bring to 146 the number of countries ...": the "of" object of a total word."""
    verb = _verb_of(ent.root)
    totals = [c for c in (verb.children if verb is not None else []) if c.dep_ in {"dobj", "nsubj", "attr"}
              and c.lemma_ in {"number", "total", "tally", "count"}]  # fmt: skip
    objects = [o for t in totals for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    return objects[0] if objects else None


VAGUE = re.compile(r"\b(?:dozens|hundreds|thousands|millions|billions|trillions|tens)\b", re.IGNORECASE)
MEMBER_NOUNS = {"member", "nation", "state", "country", "seat", "party"}


def _hyphen_compound(ent: Span) -> tuple[Token, Token] | None:
    """ "the 28-nation bloc", "the 15-member council": (the counted noun, the whole it counts the parts of)."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != "-" or ent.end_char != doc[ent.end].idx:
        return None
    part = doc[ent.end + 1]
    if part.lemma_.casefold() not in MEMBER_NOUNS:
        return None
    whole = part.head if part.head.i > part.i else None
    if part.pos_ != "NOUN" or whole is None or whole.pos_ not in {"NOUN", "PROPN"}:
        return None
    return part, whole


def _plural(word: str) -> str:
    if word.endswith("s"):
        return word
    return word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in set("aeiou") else word + "s"


def _counted_noun(ent: Span) -> Token | None:
    """The noun a number counts: its head for "138 countries", the "of" object for "147 of the states"."""
    root = ent.root
    counts_head = root.dep_ in {"nummod", "quantmod", "compound", "amod", "nmod"} and root.head.pos_ in {
        "NOUN",
        "PROPN",
    }
    if counts_head and root.head.i >= ent.end:
        return root.head
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


# Nouns that name a text under negotiation. A bare "the text" or "the document" in a counted phrase says nothing of
# which text: it refers back to the document the story named before ("a European Union statement"), and the
# counted phrase says which, so that figures about one document in different articles share a quantity. "The
# draft" or "the resolution" already say what kind of text it is and stay as written.
DOCUMENT_NOUNS = {"text", "draft", "document", "statement", "resolution", "declaration", "motion", "bill",
                  "proposal", "letter", "communique", "communiqué"}  # fmt: skip
EMPTY_DOCUMENT_NOUNS = {"text", "document"}
ANTECEDENT_WINDOW = 80  # tokens back: the story's last paragraph or two


def _document_antecedents(tokens: list[Token]) -> dict[int, str]:
    """{token index: "the European Union statement"} for a bare definite document noun ("backed the text") whose
    antecedent, a fuller noun phrase headed by a document noun, stands in the text shortly before it."""
    out: dict[int, str] = {}
    for t in tokens:
        if t.lemma_.lower() not in EMPTY_DOCUMENT_NOUNS or t.pos_ != "NOUN":
            continue
        if [c.lower_ for c in t.lefts] != ["the"] or any(True for _ in t.rights):
            continue
        start = sentence_span(t).start
        window = t.doc[max(0, start - ANTECEDENT_WINDOW) : start]
        candidates = [c for c in window.noun_chunks
                      if c.root.lemma_.lower() in DOCUMENT_NOUNS and len([w for w in c if w.dep_ != "det"]) > 1]  # fmt: skip
        if candidates:
            chunk = candidates[-1]
            words = [w.text for w in chunk if w.dep_ != "det" and not w.is_punct]
            out[t.i] = " ".join(["the", *words])
            out[next(iter(t.lefts)).i] = ""
    return out


def _phrase(tokens: list[Token], replace: dict[int, str] | None = None) -> str:
    replace = {**_document_antecedents(tokens), **(replace or {})}
    words = [replace.get(t.i, t.text) for t in sorted(set(tokens), key=lambda t: t.i)]
    words = [w for w in words if w]
    # quote marks around a word of the counted phrase are framing, kept by the framing stage, not part of it
    words = [w for w in words if w not in {"“", "”", '"'}]
    return " ".join(words).replace(" ,", ",").replace(" 's", "'s")


def _noun_phrase(noun: Token, skip: set[int], clauses: bool = True) -> list[Token]:
    """The noun with its left modifiers, an "of" complement and a relative clause, without the number itself."""
    out = [noun]
    for child in noun.lefts:
        if child.dep_ in {"amod", "compound", "nmod"} and child.i not in skip:
            out.extend(t for t in child.subtree if t.i not in skip)
    for child in noun.rights:
        if (child.dep_ == "prep" and child.lower_ in {"of", "in", "from"}) or (
            clauses and child.dep_ in {"relcl", "acl"}
        ):
            out.extend(t for t in child.subtree if t.i not in skip)
    return out


def _place_words(tokens: list[Token]) -> dict[int, str]:
    """ "there" said for the place named before it in the text: {token index: "in the West Bank"}."""
    out: dict[int, str] = {}
    for t in tokens:
        if t.lower_ in PLACE_ADVERBS and t.dep_ == "advmod":
            places = [e for e in t.doc.ents if e.label_ in {"GPE", "LOC"} and e.end <= t.i and t.i - e.end < 60]
            if places:
                out[t.i] = "in " + places[-1].text
    return out


def _whole_set(ent: Span, noun: Token) -> bool:
    """ "all 27 member states", "the 27 member states" before a verb that is not about them alone: the number is
    the size of the set the noun names, and what the verb says does not narrow it."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return (before is not None and before.lower_ in {"all", "each", "every"}) or any(
        c.lower_ in {"all", "each", "every"} and c.dep_ in {"det", "predet"} for c in noun.lefts
    )


def quantity_of(ent: Span) -> str:
    """What a number counts, in words taken from the sentence."""
    skip = set(range(ent.start, ent.end))
    noun = _counted_noun(ent)
    tally = _vote_tally(ent)
    if tally:
        body = _voting_body(sentence_span(ent))
        return tally + (" " + body if body else "")
    measure = noun if noun is not None and noun.lemma_ in {"point", "percent", "vote", "seat"} else ent.root
    margin = measure.head if measure.dep_ == "pobj" and measure.head.lower_ == "by" else None
    if margin is not None and margin.head.pos_ == "VERB" and (noun is None or measure is noun):
        # "won by 36 percentage points", "carried his district by 6 percent": the margin of what the verb says
        verb = margin.head
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return "margin by which " + _phrase(
            [*(subjects[0].subtree if subjects else []), verb, *(objects[0].subtree if objects else [])]
        )
    if ent.label_ in {"MONEY", "QUANTITY"} and noun is None:  # "$1 trillion in spending cuts"
        inside = [o for c in ent.root.children if c.dep_ == "prep" and c.lower_ in {"in", "of"}
                  for o in c.children if o.dep_ == "pobj"]  # fmt: skip
        if inside:
            return _phrase([t for t in inside[0].subtree if t.i not in skip])
        # "the $90 billion for green energy programs", "the $5 million set aside for the Missouri race": what the
        # sum is for, or what is said of it
        aims = [c for c in ent.root.children if (c.dep_ == "prep" and c.lower_ == "for") or c.dep_ in {"acl", "relcl"}]
        if aims:
            return _phrase([t for t in aims[0].subtree if t.i not in skip])
    root = ent.root
    if noun is None and ent.label_ == "MONEY" and root.dep_ in {"nsubjpass", "nsubj"} and root.head.pos_ == "VERB":
        # "about $400,000 has been placed so far": what is done with the sum
        verb = root.head
        rest = [t for c in verb.children if c.dep_ in {"advmod", "prep", "prt", "agent", "dobj"} and c.i > verb.i
                for t in c.subtree]  # fmt: skip
        return "sum " + _phrase([verb, *rest])
    if noun is None and root.dep_ in {"pobj", "appos"} and root.head.pos_ in {"ADP", "NOUN"}:
        # "the debt of $16 trillion", "income above $250,000", "savings, roughly $700 billion": the noun it measures
        owner = root.head.head if root.dep_ == "pobj" else root.head
        if owner.pos_ == "NOUN" and owner.i < root.i:
            prep = [root.head] if root.dep_ == "pobj" and root.head.lower_ != "of" else []
            return _phrase([t for t in owner.lefts if t.dep_ in {"amod", "compound"}] + [owner, *prep])
    if noun is None and ent.label_ == "PERCENT" and root.dep_ == "appos" and root.head.pos_ == "PROPN":
        # "followed by Romney (17 percent)": the share for the one named
        name = root.head
        return "share for " + _phrase([*(c for c in name.lefts if c.dep_ == "compound"), name])
    if noun is None and ent.label_ == "PERCENT" and root.dep_ == "nsubj" and root.head.pos_ == "VERB":
        # "64 percent think it would be wrong": the share of those who think so
        verb = root.head
        tail = [verb, *(t for c in verb.children if c.dep_ in {"ccomp", "xcomp", "dobj", "prep", "neg", "aux"}
                         and c.i > root.i for t in c.subtree)]  # fmt: skip
        return "share who " + _phrase(tail)
    if (
        noun is None
        and ent.label_ == "MONEY"
        and root.dep_ == "dobj"
        and root.head.lemma_ not in {"cost", "be", "total", "reach", "have", "spend", "raise", "need"}
    ):  # "Obama has cut $716 billion from Medicare": what was done, and by whom
        verb = root.head
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        preps = [t for c in verb.children if c.dep_ == "prep" and c.i > root.i for t in c.subtree]
        return _phrase([verb, *preps]) + (" by " + _phrase(list(subjects[0].subtree)) if subjects else "")
    copula = noun is None and root.dep_ == "attr" and root.head.lemma_ == "be"  # "the sample was only 238"
    if (ent.label_ in {"PERCENT", "MONEY"} or copula) and noun is None:
        # "Aid totalled $2.3 billion", "Unemployment stood at 40 percent": the subject of the verb
        verb = ent.root.head if ent.root.dep_ in {"dobj", "attr", "pobj", "npadvmod"} else ent.root
        while verb.dep_ == "prep":
            verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}]
        while not subjects and verb.dep_ == "xcomp":  # "the flight is going to be $1 million"
            verb = verb.head
            subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}]
        if subjects:
            return _phrase([t for t in subjects[0].subtree if t.i not in skip])
    sentence = sentence_span(ent)
    voter = None if _is_share(ent.text) else _voter_noun(ent)
    if voter is not None:  # "143 countries that voted in the General Assembly": 143 votes cast there
        verbs = [c for c in voter.children if c.dep_ == "relcl" and c.lemma_ in VOTE_VERBS] or [
            v for v in (voter.head, ent.root.head) if v.lemma_ in VOTE_VERBS
        ]
        body = _voting_body(sentence, voter)
        return _vote_side(verbs[0]) + (" " + body if body else "")
    if noun is not None and noun.lemma_.casefold() in VOTE_NOUNS:  # "with 25 abstentions"
        body = _voting_body(sentence)
        return _phrase(_noun_phrase(noun, skip)) + (" " + body if body else "")
    if noun is None:  # "bring to 146 the number of countries that recognize ...": the number's "of" phrase
        total = _total_of(ent)
        if total is not None:
            return _phrase([t for t in total.subtree if t.i not in skip])
    agent = ent.root.head if ent.root.dep_ == "pobj" else None
    if noun is not None and agent is not None and agent.dep_ == "agent":
        # "Palestine is recognised by 146 of the 193 states": the states that recognise Palestine
        verb = agent.head
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        return (
            _phrase(_noun_phrase(noun, skip))
            + " that "
            + verb.lemma_
            + (" " + _phrase(list(subjects[0].subtree)) if subjects else "")
        )
    if noun is None:
        head = ent.root.head
        return head.text if head.pos_ == "VERB" and head.i != ent.root.i else ent.root.text
    compound = _hyphen_compound(ent)
    if compound is not None:
        unit_noun, whole = compound
        own = [t for c in whole.lefts if c.dep_ in {"compound", "amod"} for t in c.subtree if t.i > unit_noun.i]
        return _plural(unit_noun.text) + " of the " + _phrase([*own, whole])
    words = _noun_phrase(noun, skip)
    if _whole_set(ent, noun):
        return _phrase(_noun_phrase(noun, skip, clauses=False))
    verb = noun.head
    if ent.label_ == "PERCENT" and noun.dep_ == "pobj":
        words = [noun, *(t for c in noun.lefts if c.dep_ in {"amod", "compound"} for t in c.subtree)]
        verb = ent.root.head
    if noun.dep_ == "pobj" and noun.head.head.i == ent.root.i:  # "147 of the 193 states recognise ..."
        verb = ent.root.head
    total = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if total is not None and total.lemma_ in {"total", "number", "tally", "count"} and total.dep_ == "nsubj":
        noun, verb = total, total.head  # "A total of 134 countries already recognized ...": the total's verb
    subject_of_verb = (ent.root if noun.dep_ == "pobj" else noun).dep_ in {"nsubj", "nsubjpass"}
    # an infinitive says what is wanted of them, not which ones are counted ("expect 27 states to act")
    finite = not (verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))
    if verb.pos_ in {"VERB", "AUX"} and subject_of_verb and finite:
        tail = [verb, *(c for c in verb.lefts if c.dep_ in {"aux", "auxpass", "neg"})]
        for child in verb.rights:
            if (
                child.dep_ in {"dobj", "attr", "acomp", "prt", "xcomp", "oprd"}
                or (child.dep_ == "prep" and child.lower_ not in {"according", "as"})
                or (child.dep_ == "advmod" and child.lower_ in PLACE_ADVERBS)
            ):
                tail.extend(child.subtree)
        return (
            _phrase(words)
            + (
                " "
                if verb.tag_ == "VBG" and not any(c.dep_ == "aux" for c in verb.children)
                else " who "
                if noun.lower_ in {"people", "israelis", "palestinians"}
                else " that "
            )
            + _phrase(tail, _place_words(tail))
        )
    if verb.pos_ == "VERB" and noun.dep_ in {"dobj"} and verb.lemma_ not in {"have", "be", "get"}:
        # "send 30,000 more troops there": the troops to send, and where
        places = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ in PLACE_ADVERBS]
        place = " " + _phrase(places, _place_words(places)) if places else ""
        if not finite:
            return _phrase(words) + " to " + verb.lemma_ + place
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.tag_ not in {"WDT", "WP"}]
        if not subjects:
            return _phrase(words) + " " + verb.text + place
        # "would create 1.6 million jobs": the jobs that the deal would create
        auxes = [c for c in verb.children if c.dep_ in {"aux", "neg"}]
        return _phrase(words) + " that " + _phrase([*subjects[0].subtree, *auxes, verb]) + place
    return _phrase(words)


def _vote_tally(ent: Span) -> str | None:
    """The two sides of a vote written "passed 143 to 9" / "by a vote of 143-9"."""
    doc, root = ent.doc, ent.root
    votes = any(t.lemma_ in {"vote", "pass", "adopt", "approve", "reject", "back"} for t in sentence_span(ent))
    if not votes:
        return None
    after = doc[ent.end : ent.end + 2]
    if len(after) == 2 and after[0].lower_ in {"to", "-", "against"} and after[1].like_num:
        return "votes in favour"
    before = doc[max(ent.start - 2, 0) : ent.start]
    if len(before) == 2 and before[1].lower_ in {"to", "-", "against"} and before[0].like_num:
        return "votes against"
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.i > 0 and doc[root.head.i - 1].like_num:
        return "votes against"
    return None


def _is_claim_number(ent: Span, value: float, unit: str | None) -> bool:
    root = ent.root
    if value == 1 and unit not in {"percent", *CURRENCIES.values()}:
        return False  # "one of them", "one voice": rarely a figure anyone claims
    if not any(c.isdigit() for c in ent.text) and value < 10 and unit not in {"percent", *CURRENCIES.values()}:
        return False  # "the three countries": news style spells out small counts that describe, not claim
    whole = doc_text(ent.doc)
    hyphen_word = re.match(r"-[^\W\d]", whole[ent.end_char : ent.end_char + 2])  # "-day", not "-190"
    if hyphen_word and _hyphen_compound(ent) is None:
        return False  # "two-state solution", "three-day visit", "a 12-step program", "the 800-pound gorilla"
    if re.search(r"-[^\W\d]", ent.text) and _hyphen_compound(ent) is None and not _is_share(ent.text):
        return False  # "800-pound" as one entity
    if not any(c.isdigit() for c in ent.text) and VAGUE.search(ent.text):
        return False  # "millions", "hundreds of thousands", "dozens": no figure anyone could check
    if whole[max(ent.start_char - 1, 0) : ent.start_char] in {"“", '"'} and whole[
        ent.end_char : ent.end_char + 2
    ].lstrip(",.")[:1] in {"”", '"'}:
        return False  # "the “47 percent,”": a quoted label, not a figure
    if _hypothetical(ent):
        return False  # "if I was giving a speech to 45,000 people"
    before = whole[max(ent.start_char - 12, 0) : ent.start_char].casefold()
    if re.search(r"\b(no\.|number|top|bottom|richest|poorest|wealthiest)\s*$", before) and value < 100:
        return False  # a rank or a group named by its share: "the No. 3 Republican", "the top 2 percent"
    if unit is None and len(ent) == 1 and re.fullmatch(r"1[89]\d\d|20\d\d", ent.text):
        return False  # a year the date model missed ("the 1967 lines")
    named = ent.label_ == "CARDINAL" or len(ent) == 1
    if named and root.head.pos_ == "PROPN" and root.head.i < root.i and root.dep_ in {"nummod", "appos", "compound"}:
        return False  # a name with a number: "Resolution 242", "Oslo II"
    next_token = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return not (next_token is not None and next_token.text in {"-year", "-year-old"})


def _hypothetical(ent: Span) -> bool:
    """The number is in an "if"/"unless" clause: a supposition, not a figure anyone states."""
    node = ent.root
    for _ in range(12):
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _verb_of(token: Token) -> Token | None:
    """The nearest verb a token hangs from (itself when it is one)."""
    node = token
    for _ in range(12):
        if node.pos_ in {"VERB", "AUX"}:
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _is_reference_total(ent: Span) -> bool:
    """ "143 of the 193 states": 193 is the whole the count is taken from, not what the sentence dates."""
    head = ent.root.head
    return ent.root.dep_ == "nummod" and head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.like_num


def _as_of(ent: Span, sentence: tuple[int, int], analysis: Analysis) -> str | None:
    if _is_reference_total(ent):
        return None
    doc = ent.doc
    dateline = analysis.article.meta.get("dateline") or {}
    published = (analysis.article.published or "9999")[:10]
    in_sentence = []
    for t in analysis.times:
        if not (sentence[0] <= t.start < sentence[1] and t.value and t.value[:1].isdigit() and t.type == "DATE"):
            continue
        if dateline and dateline.get("start", 0) <= t.start < dateline.get("end", 0):
            continue  # "OSLO, March 2 (Wire) -" dates the report: the publication date applies
        before = doc_text(doc)[max(0, t.start - 12) : t.start].casefold()
        spans = ("since", "until", "over", "during", "within", "from", "through", "throughout")
        if t.text.casefold().startswith(spans) or before.rstrip().endswith(spans):
            continue  # a span's edge, not the date a figure holds for
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None and span.root.dep_ in {"compound", "amod", "nmod", "nummod"} and span.root.head.pos_ in {
            "NOUN", "PROPN"} and span.root.head.i >= span.end and t.value[:10] > published:  # fmt: skip
            continue  # "the 2012 GOP primary field" in 2011: the date names a thing to come, it dates no figure
        # the date must belong to the clause of the figure: "written to all 27 member states, according to a
        # copy seen on Sunday" dates the copy, not the 27
        time_verb, figure_verb = (_verb_of(span.root) if span is not None else None), _verb_of(ent.root)
        # a date on a higher clause scopes over the figure's too ("On May 10, it voted ... to back")
        scopes = figure_verb is None or time_verb is None or time_verb.i == figure_verb.i
        # verbs joined under one subject share its date ("picked up 63 seats ... and 19 bodies in November")
        scopes = scopes or (time_verb is not None and figure_verb is not None and _conjoined(time_verb, figure_verb))
        if not scopes and time_verb.i not in {a.i for a in figure_verb.ancestors}:  # type: ignore[union-attr]
            continue
        in_sentence.append(t)
    if in_sentence:
        nearest = min(in_sentence, key=lambda t: min(abs(t.start - ent.end_char), abs(ent.start_char - t.end)))
        return nearest.value
    if not analysis.times:  # no time stage ran: read the sentence's explicit dates ourselves
        for date_ent in sentence_span(ent).ents:
            if date_ent.label_ == "DATE":
                value = _explicit_date(date_ent.text)
                if value:
                    return value
    if _past_tense(ent):
        return _reference_time(sentence, analysis)
    return None  # undated in the text: the publication date applies (see relate.claims)


def _conjoined(a: Token, b: Token) -> bool:
    """Two verbs coordinated with no subject of the second's own: "Republicans picked up X and picked up Y"."""
    first, second = (a, b) if a.i < b.i else (b, a)
    node = second
    while node.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children):
        node = node.head
        if node.i == first.i:
            return True
    return False


def _past_tense(ent: Span) -> bool:
    """The figure's clause tells of a finished past ("17 countries backed", "had backed"), not of now ("have
    recognized", "recognize") nor of what is wanted ("expect 27 states to act")."""
    verb = _verb_of(ent.root)
    if verb is None:
        return False
    if any(c.lower_ in {"already", "now", "still", "so"} and c.dep_ == "advmod" for c in verb.children):
        return False  # "already recognized": what holds now, in American usage
    if verb.tag_ == "VBD":
        return True
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return verb.tag_ == "VBN" and bool(auxes) and all(a.tag_ == "VBD" for a in auxes)


REFERENCE_SENTENCES = 3  # how far back a past-tense sentence without a date looks for the time of its story


def _reference_time(sentence: tuple[int, int], analysis: Analysis) -> str | None:
    """The day a past-tense sentence without a date of its own tells of: the last day-precise date of the
    sentences just before it ("Hungary on Monday blocked the statement. 17 of the 27 states backed the text."),
    never the dateline's, never one later than publication."""
    dateline = analysis.article.meta.get("dateline") or {}
    published = (analysis.article.published or "")[:10]
    before = [s for s in analysis.sentences if s[1] <= sentence[0]][-REFERENCE_SENTENCES:]
    if not before:
        return None
    candidates = [
        t for t in analysis.times
        if before[0][0] <= t.start < sentence[0] and t.type == "DATE" and t.value
        and re.fullmatch(r"\d{4}-\d\d-\d\d", t.value) and (not published or t.value <= published)
        and not (dateline and dateline.get("start", 0) <= t.start < dateline.get("end", 0))
    ]  # fmt: skip
    return candidates[-1].value if candidates else None


def _explicit_date(text: str) -> str | None:
    """ISO value of a written-out date ("July 31, 2019", "March 2012", "2012"); None for relative ones."""
    text = re.sub(r"^(as of|by|in|on|since|until)\s+", "", text.strip(), flags=re.IGNORECASE)
    if not re.search(r"\b(1[89]|20)\d\d\b", text):
        return None
    if re.fullmatch(r"(1[89]|20)\d\d", text):
        return text
    import dateparser

    parsed = dateparser.parse(text, settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["month", "year"]})
    if parsed is None:
        return None
    return (
        parsed.strftime("%Y-%m-%d")
        if re.search(r"\b\d{1,2}\b", re.sub(r"\d{4}", "", text))
        else parsed.strftime("%Y-%m")
    )


def _actor_at(start: int, end: int, mentions: list[Mention]) -> str | None:
    for m in mentions:
        if m.start < end and start < m.end and (m.actor_id or m.name):
            return m.actor_id or m.name
    return None


def _speech_subject(ent: Span) -> Token | None:
    """The subject of the nearest verb of saying the number hangs from ("Diplomats said 17 countries ...")."""
    verb = ent.root
    while verb.head.i != verb.i:
        came_from, verb = verb, verb.head
        if verb.lemma_ in SPEECH_LEMMAS:
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if subjects and subjects[0].i == came_from.i:
                return None  # the number describes the speaker ("Nancy Altman, co-chair of a 300-member coalition")
            if subjects:
                return subjects[0]
    return None


def _speaker_of(q: Quote, mentions: list[Mention]) -> str | None:
    """Who a quote's speaker is; for a speaker that is a document or a report ("a copy of the letter seen by
    Reuters"), the actor it names."""
    who = q.speaker_actor or q.speaker_affiliation or q.speaker_name
    if who:
        return who
    if q.speaker_start is not None and q.speaker_end is not None and q.speaker:
        head = q.speaker.split()[-1] if len(q.speaker.split()) < 3 else ""
        if not (head[:1].isupper() or SOURCE_NOUNS.match(head)):
            who = _actor_at(q.speaker_start, q.speaker_end, mentions)
    return who or q.speaker


def _counted_by(ent: Span, mentions: list[Mention]) -> str | None:
    """ "by Continental Wire's count", "by the count of the ministry": whose count the figure is."""
    for token in sentence_span(ent):
        if token.lower_ == "by" and token.dep_ in {"prep", "agent"}:
            for obj in (c for c in token.children if c.dep_ == "pobj"):
                if obj.lemma_ in {"count", "tally", "estimate", "reckoning", "calculation", "figure"}:
                    owners = [c for c in obj.children if c.dep_ == "poss"] + [
                        o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj"
                    ]  # fmt: skip
                    if owners:
                        owner = owners[0]
                        span = list(owner.subtree)
                        span = [t for t in span if t.dep_ != "case"]
                        return _actor_at(span[0].idx, span[-1].idx + len(span[-1]), mentions) or _phrase(span)
    return None


def _claimant(ent: Span, quotes: list[Quote], mentions: list[Mention]) -> str | None:
    covering = [q for q in quotes if q.start <= ent.start_char and ent.end_char <= q.end]
    if covering:
        # several readings of one report ("Diplomats said 17 countries had backed the draft, while several others
        # asked ..."): the one whose speaker is the subject of the verb of saying the number hangs from
        subject = _speech_subject(ent)
        chosen = next((q for q in covering if subject is not None and q.speaker_start is not None
                       and q.speaker_end is not None and q.speaker_start <= subject.idx < q.speaker_end),
                      covering[0])  # fmt: skip
        return _speaker_of(chosen, mentions)
    counted = _counted_by(ent, mentions)
    if counted:
        return counted
    sent = sentence_span(ent)
    for token in sent:
        if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to":
            objs = [t for t in token.doc[token.i + 1].children if t.dep_ == "pobj"]
            if objs:
                return _source(objs[0], mentions)
    subject = _speech_subject(ent)
    return _source(subject, mentions) if subject is not None else None


SOURCE_NOUNS = re.compile(r"^(official|diplomat|spokes\w*|ministry|minister|government|envoy|analyst|expert|"
                          r"source|aide|office|count|tally|figure)s?$", re.IGNORECASE)  # fmt: skip


def _source(head: Token, mentions: list[Mention]) -> str | None:
    """The actor a source phrase names (its head first), or the phrase when it names a person or official."""
    who = _actor_at(head.idx, head.idx + len(head), mentions)
    if who:
        return who
    # the name without what an apposition says of it: "The Center on Budget and Policy Priorities, a progressive
    # Washington think tank" is the Center, not Washington
    aside = {t.i for c in head.children if c.dep_ in {"appos", "relcl", "acl"} for t in c.subtree}
    sub = [t for t in head.subtree if t.i not in aside and not (t.is_punct and t.i > head.i)]
    who = _actor_at(sub[0].idx, sub[-1].idx + len(sub[-1]), mentions)
    if who and head.pos_ != "NOUN":
        return who
    if head.pos_ == "PROPN" or SOURCE_NOUNS.match(head.text):
        return who or _phrase(sub)
    return None


def _number_spans(doc: Doc) -> list[Span]:
    spans = [e for e in doc.ents if e.label_ in NUMBER_LABELS]
    covered = {i for e in doc.ents for i in range(e.start, e.end)}
    for token in doc:  # numerals the entity model missed
        if token.i not in covered and token.like_num and token.pos_ == "NUM" and any(c.isdigit() for c in token.text):
            spans.append(doc[token.i : token.i + 1])
    return sorted(spans, key=lambda s: s.start)


def claims_in(doc: Doc, analysis: Analysis) -> list[Claim]:
    out: list[Claim] = []
    for ent in _number_spans(doc):
        value = parse_number(ent.text)
        unit = unit_of(ent)
        if value is not None and _is_share(ent.text):
            value = round(value * 100, 1)  # "two-thirds" -> 66.7 percent
        if value is None or not _is_claim_number(ent, value, unit):
            continue
        sentence = analysis.sentence_of(ent.start_char) or (sentence_span(ent).start_char, sentence_span(ent).end_char)
        try:
            quantity = quantity_of(ent)
        except (IndexError, ValueError):  # an odd parse must not lose the article
            quantity = ent.text
        out.append(
            Claim(
                start=ent.start_char,
                end=ent.end_char,
                text=ent.text,
                quantity=quantity,
                value=value,
                unit=unit,
                as_of=_as_of(ent, sentence, analysis),
                claimant=_claimant(ent, analysis.quotes, analysis.actors),
            )
        )
    return out


@stage("claims", requires=("actors", "times", "quotes"), assigns=("claims",))
def claims(doc: Doc, analysis: Analysis, settings: Settings) -> dict[str, Any]:
    return {"claims": claims_in(doc, analysis)}
