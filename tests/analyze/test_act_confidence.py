"""The act model: cues read from the parse, the shipped weights, the threshold and its training data."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from storyline.analyze._act_confidence import act_confidence, act_features
from storyline.config import Settings
from storyline.model import Event

REPO = Path(__file__).resolve().parents[2]
PUBLISHED = "2016-03-07"


def _trainer():
    spec = importlib.util.spec_from_file_location("train_confidence", REPO / "eval" / "events" / "train_confidence.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _verb_and_event(text: str, trigger: str, **event) -> tuple:
    """The trigger token of a parsed sentence and an event record coded on it."""
    from storyline import nlp

    doc = nlp.load(Settings().model)(text)
    (verb,) = [t for t in doc if t.text == trigger]
    return verb, Event(start=0, end=len(text), text=text, trigger=trigger, **event)


def _confidence_of(text: str, trigger: str = "criticize", **event) -> float:
    event = event or {"action": "ACCUSE", "source_actor": "person:john-kerry", "target_actor": "state:RUS"}
    verb, record = _verb_and_event(text, trigger, **event)
    return act_confidence(act_features(verb, record, verb.sent))


def test_cues_read_the_clause_above_the_act():
    text = "Will Kerry criticize Russia after the vote?"
    verb, event = _verb_and_event(text, "criticize", action="ACCUSE", source_actor="person:john-kerry")
    feats = act_features(verb, event, verb.sent)
    assert {"question", "modal", "target_kind=none", "source_kind=person"} <= feats
    assert "historical" not in feats
    # syntax only: no cue names the verb or its code, so the model carries no one story's vocabulary to another
    assert not [f for f in feats if f.startswith(("code", "lemma")) or "criticize" in f]


def test_the_shipped_model_trusts_a_reported_act_more_than_a_plan_or_a_question():
    done = _confidence_of("Kerry criticized Russia on Monday.", "criticized")
    planned = _confidence_of("Kerry is going to criticize Russia.")
    asked = _confidence_of("Will Kerry criticize Russia?")
    assert done > 0.5
    assert planned < done and asked < done


def test_no_weights_means_full_confidence():
    assert act_confidence({"bias", "question"}, weights={}) == 1.0
    assert act_confidence({"bias"}, weights={"bias": 0.0}) == pytest.approx(0.5)


def test_the_threshold_keeps_only_events_the_model_scores_at_or_above_it(analyze):
    text = "Germany has sent a letter to every NATO government asking them to sanction Russia. Kerry criticized China."
    every = analyze(text, published=PUBLISHED, settings=Settings(min_act_confidence=0.0)).events
    strict = analyze(text, published=PUBLISHED, settings=Settings(min_act_confidence=0.5)).events
    assert {e.trigger for e in every} == {"sent", "asking", "criticized"}
    # the participle's request scores below 0.5 (a participle hanging from another act, like an interviewer's
    # "asking"); the plain acts stay
    assert {e.trigger for e in strict} == {"sent", "criticized"}
    assert Settings().min_act_confidence == 0.5


def test_an_act_the_text_dates_is_never_second_guessed(analyze):
    text = "Kelly Ayotte is going to meet Donald Trump on Tuesday."  # announced, with its day: the rules keep it
    (e,) = analyze(text, published=PUBLISHED).events
    assert (e.action, e.date_precision) == ("MEET", "day")
    fields = ("action", "source_actor", "target_actor", "date", "date_precision", "historical")
    confidence = _confidence_of(text, e.trigger, **{f: getattr(e, f) for f in fields})
    assert confidence < 0.5  # the model alone would have dropped it


def test_judged_rows_and_samples_parse():
    trainer = _trainer()
    table = (
        "## Ninth held-out check (seed 21, ...): each event\n\n| # | article | coded | S | T | Y | D | note |\n"
        "|---|---|---|---|---|---|---|---|\n"
        '| 1 | nyt 2016-01-02 x… | Obama ACCUSE Congress | ✓ | ✗ | ✓ | ✓ | "Obama criticized Congress" |\n'
        "## Results\n| 1 | 5 | 137 | 37/50 |\n"
    )
    (row,) = trainer.judged_rows(table)
    assert (row["seed"], row["n"], row["source"], row["target"], row["type"], row["date"]) == (21, 1, 1, 0, 1, 1)


@pytest.mark.parametrize("seed", [5, 13, 25])
def test_every_judged_row_of_a_round_joins_its_replayed_event(seed):
    trainer = _trainer()
    rows = [r for r in trainer.judged_rows(trainer.DOCS.read_text("utf-8")) if r["seed"] == seed]
    sample = trainer.sample_events(seed)
    assert len(rows) == len(sample) == 50
    assert all(sample[r["n"]]["action"] in r["coded"] for r in rows)
    joined = [json.loads(line) for line in trainer.DATA.read_text("utf-8").splitlines()]
    assert sum(1 for r in joined if r["seed"] == seed) == 50
