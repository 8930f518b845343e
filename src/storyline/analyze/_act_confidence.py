"""How likely a coded event is a real act under the right code: a logistic model over features of the parse.

The events stage codes a verb by some fifty hand rules (``events.py``) that each remove one kind of non-act
(an intention, a question, a description, a habit). Thirteen held-out audit checks showed those rules had
saturated: rules written from one check's errors changed none of the next check's events, because every new
sample turned up other long-tail constructions. What those constructions share is visible in the parse as a
*combination* of weak cues (a modal or "to" above the verb, the clause it hangs from, a generic plural subject, a
question mark, a pronoun subject), which no single rule reads but a linear model over many cues can weigh.

The cues are syntactic, never the words or the code themselves: those carried the training news's usage into
other stories ("recalled" is mostly memory in campaign news, an ambassador's recall in diplomacy; FIGHT is mostly
figurative there, "troops fought Hamas" is not), for little gain in cross-validation. The weights are learned from
the ~1,300 events of ``docs/evaluation.md`` that a reader judged right or wrong on type, by
``eval/events/train_confidence.py`` (leave-one-audit-round-out figures in docs/events.md); they ship as
``data/act_confidence.json`` so nothing is trained at run time. The events stage asks the model only about undated
acts: an act the text dates is the rules' reading and stands (docs/events.md says why).

Hand-written rather than a library model because the features are the events stage's own reading of the
parse (what it took as subject, target and date); scikit-learn fits the weights offline, and scoring is a
dot product, so no learning library is needed at run time.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from storyline.model import Event

CLAUSE_DEPS = {"xcomp", "ccomp", "advcl", "acl", "relcl", "pcomp", "conj", "csubj", "parataxis", "pobj", "dep"}
MODAL_WORDS = {"will", "would", "shall", "should", "could", "might", "may", "'ll", "wo", "can", "must", "ought"}
QUOTE_CHARS = {'"', "\u201c", "\u201d"}


def act_features(verb: Token, event: Event, sent: Span) -> set[str]:
    """The cues of one coded event (names of binary features)."""
    feats = {"bias", f"tag={verb.tag_}", f"dep={verb.dep_}"}
    if verb.dep_ in CLAUSE_DEPS:
        feats.add(f"dep+headtag={verb.dep_}+{verb.head.tag_}")
    for child in verb.children:
        if child.dep_ in {"aux", "auxpass"}:
            feats.add(f"aux={child.lower_}")
        elif child.dep_ == "mark":
            feats.add(f"mark={child.lower_}")
        elif child.dep_ == "advmod":
            feats.add(f"advmod={child.lower_}")
        elif child.dep_ in {"prep", "agent"}:
            feats.add(f"prep={child.lower_}")
        elif child.dep_ in {"nsubj", "nsubjpass"}:
            feats.add(f"subjtag={child.tag_}")
            if any(d.dep_ == "det" and d.lower_ in {"a", "an", "some", "many", "most", "all"} for d in child.children):
                feats.add("subj_indefinite")
        elif child.dep_ in {"dobj", "dative"}:
            feats.add("has_object")
    depth = 0
    for ancestor in verb.ancestors:
        depth += 1
        if ancestor.dep_ in {"relcl", "acl", "advcl", "ccomp", "xcomp"}:
            feats.add(f"anc_dep={ancestor.dep_}")
    feats.add(f"depth={min(depth, 3)}")
    text = sent.text.strip()
    if text.endswith("?"):
        feats.add("question")
    if any(ch in text for ch in QUOTE_CHARS):
        feats.add("quotes_in_sentence")
    if sent.start == 0:
        feats.add("first_sentence")
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "agent"}]
    if not subjects:
        feats.add("no_own_subject")
    elif any(c.tag_ == "PRP" or c.lower_ in {"who", "which", "that"} for c in subjects):
        feats.add("subject_pronoun")
    if any(c.lower_ in MODAL_WORDS for c in verb.children if c.dep_ == "aux"):
        feats.add("modal")
    feats.add(f"source_kind={(event.source_actor or '').split(':')[0]}")
    feats.add(f"target_kind={(event.target_actor or 'none').split(':')[0]}")
    feats.add(f"precision={event.date_precision}")
    if event.historical:
        feats.add("historical")
    return feats


@lru_cache(maxsize=1)
def _weights() -> dict[str, float]:
    path = resources.files("storyline.data") / "act_confidence.json"
    if not path.is_file():
        return {}
    return dict(json.loads(path.read_text("utf-8"))["weights"])


def act_confidence(features: set[str], weights: dict[str, float] | None = None) -> float:
    """The model's probability that the event is a real act under its code (1.0 when no weights ship)."""
    weights = _weights() if weights is None else weights
    if not weights:
        return 1.0
    score = sum(weights.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-score))
