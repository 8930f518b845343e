"""Framing evaluation: BASIL and BABE readers, the split, and the scoring on hand-built cases."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from storyline.evaluate.framing import (
    BasilDoc,
    SentenceRows,
    Tally,
    babe_part,
    basil_part,
    detect_layout,
    evaluate_basil,
    framing_settings,
    learn_words,
    macro_f1,
    read_babe,
    read_basil,
    score_demo,
    train_sentence_classifier,
)
from storyline.model import FramingMarker


def _doc() -> BasilDoc:
    text = "Critics blasted the phony plan. Officials met on Monday. The talks ended."
    return BasilDoc("2010/x_1", "x", "fox", text, [(0, 30), (31, 55), (56, 72)], [(8, 15), (20, 25)])


def _marker(text: str, doc: BasilDoc) -> FramingMarker:
    start = doc.text.index(text)
    return FramingMarker(start=start, end=start + len(text), text=text, kind="loaded_term")


def test_tally_span_token_and_sentence_scores():
    doc = _doc()
    tally = Tally()
    tally.add(doc, [_marker("blasted", doc), _marker("Officials met", doc)])
    fig = tally.figures()
    assert fig["span_exact"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5}
    assert fig["span_overlap"]["precision"] == 0.5 and fig["span_overlap"]["recall"] == 0.5
    # tokens: predicted {blasted, Officials, met}, gold {blasted, phony}
    assert fig["token"] == {"precision": round(1 / 3, 4), "recall": 0.5, "f1": 0.4}
    # sentences: gold {0}, predicted {0, 1}
    assert fig["sentence"] == {"precision": 0.5, "recall": 1.0, "f1": round(2 / 3, 4)}


def test_learn_words_needs_repeated_use_inside_spans():
    doc = _doc()
    assert learn_words([doc, doc]) == {"blasted": None, "phony": None}
    assert learn_words([doc]) == {}  # seen once: not enough evidence


def test_macro_f1_hand_computed():
    fig = macro_f1([True, True, False, False], [True, False, False, False])
    assert fig["biased"] == round(2 / 3, 4) and fig["non_biased"] == 0.8 and fig["accuracy"] == 0.75


def test_splits_are_deterministic_and_cover_both_parts():
    ids = [f"triplet-{i}" for i in range(40)]
    assert {basil_part(i) for i in ids} == {"tune", "report"}
    assert [basil_part(i) for i in ids] == [basil_part(i) for i in ids]
    assert babe_part("A sentence.") == babe_part("A sentence.")


@pytest.mark.shared
def test_read_basil_gold_spans_point_at_their_text(shared):
    data = shared("eval", "basil")
    docs = read_basil(data)
    assert len(docs) >= 100
    ann = json.loads(next((data / "annotations").glob("*/*_ann.json")).read_text("utf-8"))
    n_lex = sum(s["bias"] == "lex" for s in ann["phrase-level-annotations"])
    first = docs[0]
    assert len(first.gold) == n_lex
    for doc in docs[:30]:
        for s, e in doc.gold:
            assert any(ss <= s and e <= se for ss, se in doc.sentences)  # inside one sentence


@pytest.mark.shared
@pytest.mark.slow
def test_evaluate_basil_on_any_folder_of_its_layout(shared, tmp_path):
    data = shared("eval", "basil")
    triplet_file = sorted((data / "articles" / "2010").glob("*_1.json"))[0]
    triplet = triplet_file.name.rsplit("_", 1)[0]
    for sub in ("articles", "annotations"):
        (tmp_path / sub / "2010").mkdir(parents=True)
        for f in (data / sub / "2010").glob(f"{triplet}_*"):
            shutil.copy(f, tmp_path / sub / "2010" / f.name)
    assert detect_layout(tmp_path) == "basil"
    result = evaluate_basil(tmp_path, split="all")
    fig = result["variants"]["lexicon"]
    assert fig["articles"] == 3 and fig["gold_spans"] > 0
    for level in ("span_exact", "span_overlap", "token", "sentence"):
        assert 0.0 <= fig[level]["f1"] <= 1.0


@pytest.mark.shared
def test_read_babe_labels_and_words(shared):
    path = shared("eval", "babe")
    rows = read_babe(Path(path))
    assert len(rows) > 3000
    assert {r.biased for r in rows} == {True, False}
    assert any(r.words for r in rows if r.biased)
    share = sum(babe_part(r.text) == "report" for r in rows) / len(rows)
    assert 0.15 < share < 0.25
    assert detect_layout(Path(path)) == "babe"


def test_detect_layout_rejects_other_folders(tmp_path):
    with pytest.raises(ValueError, match="neither BASIL"):
        detect_layout(tmp_path)


def _demo_case() -> tuple[dict, dict]:
    text = 'Lavi said the "state" was a fiction and he "will not accept it". Critics claimed the regime "lied".'
    gold = {"articles": {"u": {"ref": "X", "scare_quotes": ["state"], "quoted_titles": [],
                               "quotes": [{"text": "will not accept it", "kind": "partial"}, {"text": "lied", "kind": "partial"}],
                               "framing": [{"text": "claimed", "kind": "judging_verb"}, {"text": "regime", "kind": "loaded_term"}]}}}  # fmt: skip

    def marker(word: str, kind: str) -> dict:
        start = text.index(word)
        return {"start": start, "end": start + len(word), "text": word, "kind": kind}

    framing = [marker("state", "scare_quote"), marker("will not accept it", "scare_quote"),
               marker("claimed", "judging_verb"), marker("regime", "epithet"), marker("lied", "loaded_term")]  # fmt: skip
    return gold, {"u": {"text": text, "framing": framing}}


def test_score_demo_counts_speech_taken_for_scare_quotes_and_outlet_words_only():
    gold, extracted = _demo_case()
    fig = score_demo(gold, extracted)
    assert fig["speech_as_scare_quote"] == 1  # "will not accept it" is a partial quote in the gold
    assert fig["scare_quotes"] == {"precision": 0.5, "recall": 1.0, "f1": round(2 / 3, 4), "gold": 1, "predicted": 2}
    # "lied" sits inside a quote: the speaker's word, not scored; "regime" found but as the wrong kind
    assert fig["framing"]["recall"] == 1.0 and fig["framing"]["precision"] == 1.0
    assert fig["framing"]["kind_correct"] == 1


@pytest.fixture(scope="module")
def demo_framing(demo_corpus) -> dict[str, dict]:
    """The demo corpus read as ``extract`` reads it, through the stages framing needs (keyed by url).

    The framing stage depends only on entities, actors and quotes, so its markers are those of a full
    ``extract`` (the session fixture ``demo_extracted``), at a quarter of the time: the full run alone
    would take this test file past its time budget when run on its own.
    """
    from storyline.analyze import analyze
    from storyline.service import collect

    settings = framing_settings()
    articles, rejections, _ = collect([str(demo_corpus)], settings)
    assert not rejections
    return {a["url"]: a for a in (analysis.to_dict() for analysis in analyze(articles, settings))}


@pytest.mark.slow
def test_demo_corpus_markers_against_gold(demo_gold, demo_framing):
    """Issue goal: every gold marker found, no quoted speech taken for a scare quote (floors as measured)."""
    fig = score_demo(demo_gold, demo_framing)
    assert fig["articles"] == len(demo_gold["articles"])
    assert fig["speech_as_scare_quote"] == 0, fig["speech_taken_for_scare_quotes"]
    assert fig["titles_as_scare_quote"] == 0
    assert fig["scare_quotes"]["recall"] == 1.0, fig["missed"]
    assert fig["framing"]["recall"] == 1.0, fig["missed"]
    assert fig["framing"]["kind_correct"] == fig["framing"]["gold"], fig["missed"]
    # measured: scare quotes 7/7 precise, framing 45 of 46 (A16 "notes", see docs/framing.md)
    assert fig["scare_quotes"]["precision"] >= 0.85, fig["extra"]
    assert fig["framing"]["precision"] >= 0.9, fig["extra"]


def _rows(n_events: int, offset: int = 0) -> SentenceRows:
    rows = SentenceRows()
    for i in range(n_events):
        for j in range(10):
            loaded = j == 0
            rows.texts.append(f"Critics slammed plan {i + offset}" if loaded else f"Officials met on day {j}")
            rows.lexicon.append([0.0, float(loaded), 0.0, 0.0, float(loaded), j / 9, float(j < 3)])
            rows.gold.append(loaded)
            rows.groups.append(f"event-{i + offset}")
    return rows


def _bag_of_words(texts: list[str]) -> list[list[float]]:
    vocab = ["critics", "slammed", "officials", "met", "plan", "day"]
    return [[float(w in t.casefold().split()) for w in vocab] for t in texts]


def test_sentence_classifier_learns_from_tune_rows_and_picks_a_threshold():
    tune, test = _rows(6), _rows(2, offset=100)
    pred, threshold = train_sentence_classifier(tune, test, _bag_of_words)
    assert pred == test.gold
    assert 0.0 < threshold < 1.0
