"""A learned second reading of the stance candidates: a multinomial logistic regression over (actor, sentence)
candidates that says support / oppose / conditional / undecided / none.

Candidates are the rule reader's stances (:func:`storyline.stance.article_stances` with the reader off) and every
actor named in a sentence on the issue that the rules gave no stance. Features: the all-MiniLM-L6-v2 embedding of
the sentence (the model the issue matching already loads), the rules' position and basis, cue flags (negation,
condition, hedge, quote) and where the actor stands in the parse (subject, possessor, object, in a quote's
telling). The coefficients are a small JSON file written by ``eval/stance/train_reader.py`` from the dev split
only, passed as ``Settings.extra["stance_reader"]``; without one (the default) the rules' stances stand.

Not shipped: leave-one-batch-out cross-validation on dev (``eval/stance/cv.py``) did not show it beating the
rules on held-out batches (docs/stance.md).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from storyline.model import Stance

LABELS = ("support", "oppose", "conditional", "undecided", "none")
BASES = ("quote", "reported", "act", "claim")
ROLES = ("subject", "possessor", "object", "other", "absent")

NEGATION = re.compile(r"\b(?:not|n't|never|no|no longer|neither|nor|refus\w*|declin\w*|reject\w*)\b", re.I)
CONDITION = re.compile(r"\b(?:if|unless|until|provided|as long as|only when|once|before|condition\w*|first)\b", re.I)
HEDGE = re.compile(r"\b(?:may|might|could|consider\w*|weigh\w*|undecided|yet|open to|mind|wait\w*|review\w*)\b", re.I)
QUOTE = re.compile('["\u201c\u201d]')


@dataclass
class Candidate:
    actor: str
    start: int  # the sentence
    end: int
    rule: Stance | None  # the rules' stance, None for an actor the rules gave no position
    role: str = "absent"
    context: bool = False  # the sentence does not name the issue (read only because the article is about it)
    sentence: str = ""
    date: str | None = None


def cue_features(sentence: str, cand: Candidate) -> list[float]:
    rule = cand.rule
    rule_pos = rule.position if rule is not None else "none"
    basis = rule.basis if rule is not None else ""
    return [
        *(float(rule_pos == p) for p in LABELS),
        *(float(basis == b) for b in BASES),
        *(float(cand.role == r) for r in ROLES),
        float(cand.context),
        float(bool(NEGATION.search(sentence))),
        float(bool(CONDITION.search(sentence))),
        float(bool(HEDGE.search(sentence))),
        float(bool(QUOTE.search(sentence))),
        float(rule is not None and rule.claimed_by is not None),
    ]


def features(cands: list[Candidate], vectors: dict[str, np.ndarray]) -> np.ndarray:
    """One row per candidate: its sentence's embedding (``vectors`` by sentence text) and the cues."""
    rows = [np.concatenate([vectors[c.sentence], np.array(cue_features(c.sentence, c))]) for c in cands]
    return np.array(rows) if rows else np.zeros((0, 0))


def embed_candidates(cands: list[Candidate]) -> dict[str, np.ndarray]:
    texts = sorted({c.sentence for c in cands})
    return dict(zip(texts, embed(texts), strict=True))


def role_of(span: Any, offset: int, mention: dict[str, Any] | None) -> str:
    """Where a mention stands in its sentence's parse."""
    if mention is None:
        return "absent"
    tokens = [t for t in span if mention["start"] <= t.idx + offset < mention["end"]]
    if not tokens:
        return "other"
    head = next((t for t in tokens if t.head not in tokens or t.head == t), tokens[-1])
    dep = head.dep_
    if dep in {"nsubj", "nsubjpass", "csubj", "agent"} or (dep == "pobj" and head.head.dep_ == "agent"):
        return "subject"
    if dep == "poss" or (dep == "compound" and head.head.dep_ in {"nsubj", "nsubjpass"}):
        return "possessor" if dep == "poss" else "subject"
    if dep in {"dobj", "pobj", "dative", "attr"}:
        return "object"
    return "other"


@dataclass
class Reader:
    coef: np.ndarray  # (labels, features)
    intercept: np.ndarray  # (labels,)
    labels: tuple[str, ...]

    def predict(self, x: np.ndarray) -> list[str]:
        if len(x) == 0:
            return []
        scores = x @ self.coef.T + self.intercept
        return [self.labels[i] for i in scores.argmax(axis=1)]

    def to_json(self) -> dict[str, Any]:
        return {"labels": list(self.labels), "intercept": [round(float(v), 6) for v in self.intercept],
                "coef": [[round(float(v), 6) for v in row] for row in self.coef]}  # fmt: skip

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Reader:
        return cls(np.array(data["coef"], dtype=float), np.array(data["intercept"], dtype=float),
                   tuple(data["labels"]))  # fmt: skip


@lru_cache(maxsize=4)
def load_reader(path: str) -> Reader | None:
    """A reader written by ``eval/stance/train_reader.py``, or None (rules only) when missing or unreadable."""
    try:
        return Reader.from_json(json.loads(Path(path).read_text("utf-8")))
    except (OSError, ValueError, KeyError):
        return None


def embed(sentences: list[str]) -> np.ndarray:
    from storyline import nlp

    if not sentences:
        return np.zeros((0, 384))
    return np.asarray(nlp.embedder().encode(sentences, normalize_embeddings=True))


def revise(cands: list[Candidate], issue: str, reader: Reader, vectors: dict[str, np.ndarray] | None = None,
           mode: str = "all") -> list[Stance]:  # fmt: skip
    """The stances the reader gives the candidates: the rules' stance with the reader's position, or a new stance
    (basis ``reported``) for an actor the rules missed; a candidate read ``none`` is dropped. ``mode``: "all"
    (both), "relabel" (the rules' candidates only), "add" (the rules' stances as they are, plus the new ones)."""
    from storyline.model import Stance

    if vectors is None:
        vectors = embed_candidates(cands)
    got = reader.predict(features(cands, vectors))
    out: list[Stance] = []
    for cand, label in zip(cands, got, strict=True):
        if mode == "add" and cand.rule is not None:
            out.append(cand.rule)
            continue
        if label == "none" or (mode == "relabel" and cand.rule is None):
            continue
        if cand.rule is not None:
            out.append(replace(cand.rule, position=label))  # type: ignore[arg-type]
        else:
            out.append(Stance(start=cand.start, end=cand.end, text=cand.sentence, issue=issue, actor=cand.actor,
                              position=label, date=cand.date, basis="reported"))  # type: ignore[arg-type]  # fmt: skip
    return out
