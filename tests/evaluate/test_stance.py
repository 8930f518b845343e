"""The stance and claims scorers: arithmetic on hand-built pairs, layouts, and small real runs."""

from __future__ import annotations

import json

import pytest

from storyline.evaluate.stance import _table, basil_quotes, basil_years, layout, score_labelled


def test_table_precision_recall_and_confusion() -> None:
    pairs = [("support", "support"), ("support", "none"), ("oppose", "oppose"), ("none", "oppose"),
             ("conditional", "support")]  # fmt: skip
    result = _table(pairs)
    assert result["per_position"]["support"] == pytest.approx(
        {"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 2}
    )
    assert result["per_position"]["oppose"]["precision"] == 0.5
    assert result["per_position"]["oppose"]["recall"] == 1.0
    assert result["confusion"]["none"] == {"oppose": 1}
    # macro F1 averages the positions that have gold statements (undecided has none here)
    expected = (0.5 + 2 * 0.5 * 1.0 / 1.5 + 0.0) / 3
    assert result["macro_f1"] == pytest.approx(expected)
    assert result["accuracy"] == pytest.approx(2 / 4)  # gold statements only: the extra "none" row is left out


def test_table_empty_and_unpredicted_positions_score_zero() -> None:
    empty = _table([])
    assert (empty["macro_f1"], empty["accuracy"]) == (0.0, 0.0)
    never = _table([("undecided", "none")])["per_position"]["undecided"]
    assert never == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}


def test_layout_tells_sets_apart(tmp_path) -> None:
    (tmp_path / "dev.jsonl").write_text("", "utf-8")
    assert layout(tmp_path) == "labelled"
    basil = tmp_path / "b"
    (basil / "annotations" / "2015").mkdir(parents=True)
    (basil / "articles").mkdir()
    assert layout(basil) == "basil"
    with pytest.raises(FileNotFoundError):
        layout(tmp_path / "b" / "articles")


def test_basil_years_splits(tmp_path) -> None:
    for year in ("2010", "2012", "2013", "2019"):
        (tmp_path / "annotations" / year).mkdir(parents=True)
    assert basil_years(tmp_path, "dev") == ["2010", "2012"]
    assert basil_years(tmp_path, "test") == ["2013", "2019"]  # a held-back year is scored as test
    assert basil_years(tmp_path, "2012-2013") == ["2012", "2013"]


def test_basil_quotes_reads_quote_spans(tmp_path) -> None:
    folder = tmp_path / "annotations" / "2016"
    folder.mkdir(parents=True)
    spans = [{"quote": "yes", "polarity": "neg", "target": "Barack_Obama", "speaker": "x", "txt": "a disaster"},
             {"quote": "no", "polarity": "pos", "target": "Barack_Obama", "speaker": "", "txt": "fine"}]  # fmt: skip
    (folder / "t_1_ann.json").write_text(json.dumps({"phrase-level-annotations": spans}), "utf-8")
    (folder / "broken_ann.json").write_text("{not json", "utf-8")
    quotes = basil_quotes(tmp_path)
    assert [(q["text"], q["target"], q["gold"]) for q in quotes] == [("a disaster", "Barack Obama", "neg")]


@pytest.mark.slow
def test_score_labelled_on_written_items() -> None:
    text = "Germany opposes recognition of a Palestinian state. Norway recognized the State of Palestine."
    items = [{"id": "t1", "issue": "recognition of a Palestinian state", "published": "2024-05-28", "text": text,
              "statements": [
                  {"actor": "state:DEU", "position": "oppose", "evidence": "Germany opposes recognition"},
                  {"actor": "state:NOR", "position": "support", "evidence": "Norway recognized the State"},
              ]}]  # fmt: skip
    result = score_labelled(items)
    assert result["statements"] == 2
    assert result["confusion"]["oppose"] == {"oppose": 1}
    assert result["confusion"]["support"] == {"support": 1}
    assert result["macro_f1"] == 1.0
    assert result["baseline"]["macro_f1"] < 1.0


@pytest.mark.slow
def test_basil_polarity_beats_chance_on_a_year(shared) -> None:
    from storyline.evaluate.stance import score_basil

    result = score_basil(shared("eval", "basil"), "2011")
    assert result["quotes"] > 20
    assert result["macro_f1"] > result["baseline"]["macro_f1"]


def test_match_statements_and_candidate_labels() -> None:
    from storyline.evaluate.stance import candidate_labels, match_statements
    from storyline.model import Stance
    from storyline.stance_reader import Candidate

    text = "Germany opposes recognition. Norway recognized the State of Palestine."
    sentences = [(0, 28), (29, len(text))]
    item = {"id": "t", "text": text, "statements": [
        {"actor": "state:DEU", "position": "oppose", "evidence": "Germany opposes"},
        {"actor": "state:NOR", "position": "support", "evidence": "Norway recognized"}]}  # fmt: skip
    issue = "recognition of a Palestinian state"
    predicted = [Stance(start=0, end=28, text=text[:28], issue=issue, actor="state:DEU", position="support"),
                 Stance(start=29, end=len(text), text=text[29:], issue=issue, actor="state:ITA", position="oppose")]  # fmt: skip
    pairs, errors = match_statements(item, sentences, predicted)
    assert sorted(pairs) == sorted([("oppose", "support"), ("support", "none"), ("none", "oppose")])
    assert len(errors) == 3
    cands = [Candidate("state:DEU", 0, 28, predicted[0]), Candidate("state:NOR", 29, len(text), None),
             Candidate("state:ITA", 29, len(text), predicted[1])]  # fmt: skip
    assert candidate_labels(item, sentences, cands) == ["oppose", "support", "none"]


def test_match_statements_a_repeat_in_another_clause_of_the_sentence_is_no_new_statement() -> None:
    from storyline.evaluate.stance import match_statements
    from storyline.model import Stance

    text = "Israel said Slovenia had rewarded Hamas and announced that it would recall its ambassador. Italy said no."
    sentences = [(0, 90), (91, len(text))]
    item = {"id": "t", "text": text, "statements": [
        {"actor": "state:ISR", "position": "oppose", "evidence": "Israel said Slovenia had rewarded Hamas"}]}  # fmt: skip
    issue = "recognition of a Palestinian state"
    first, second = text.find("Slovenia"), text.find("it would")
    predicted = [Stance(start=first, end=first + 30, text="", issue=issue, actor="state:ISR", position="oppose"),
                 Stance(start=second, end=89, text="", issue=issue, actor="state:ISR", position="oppose"),
                 Stance(start=second, end=89, text="", issue=issue, actor="state:ISR", position="support")]  # fmt: skip
    pairs, _ = match_statements(item, sentences, predicted)
    # the second oppose is the same statement told in another clause; a support there is a new (wrong) one
    assert sorted(pairs) == [("none", "support"), ("oppose", "oppose")]


def test_match_statements_finds_the_evidence_in_the_analysed_text() -> None:
    # ingest drops page furniture before the story ("Photo: ... / File"): the offsets of sentences and stances are
    # those of the analysed text, and the evidence is found there; evidence in the dropped furniture is in no sentence
    from storyline.evaluate.stance import match_statements
    from storyline.model import Stance

    labelled = "Photo: Wire / File\n\nGermany opposes recognition. Norway recognized the State of Palestine."
    text = labelled.split("\n\n", 1)[1]
    sentences = [(0, 28), (29, len(text))]
    item = {"id": "t", "text": labelled, "statements": [
        {"actor": "state:NOR", "position": "support", "evidence": "Norway recognized"},
        {"actor": "state:FRA", "position": "support", "evidence": "Photo: Wire"}]}  # fmt: skip
    issue = "recognition of a Palestinian state"
    predicted = [Stance(start=29, end=len(text), text=text[29:], issue=issue, actor="state:NOR", position="support"),
                 Stance(start=0, end=28, text=text[:28], issue=issue, actor="state:FRA", position="support")]  # fmt: skip
    pairs, _ = match_statements(item, sentences, predicted, text)
    assert sorted(pairs) == [("none", "support"), ("support", "none"), ("support", "support")]
