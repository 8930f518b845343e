"""The PolNeAR scorer: brat reading, matching and figures on hand-built inputs, then a few real articles."""

from __future__ import annotations

import pytest

from storyline.evaluate.polnear import Counts, Relation, documents, read_relations, score_document

ANN = """T1\tSource 0 4\tHolm
T2\tCue 5 9\tsaid
T3\tContent 10 20;25 30\tthe plan is dead
T4\tAttribution 5 9\tsaid
E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
T5\tCue 40 52\taccording to
T6\tContent 53 60\tsomething
E2\tAttribution-no-source:T7 Content:T6 Cue:T5
#1\tAnnotatorNotes T1\ta note
T9\tDiscard 70 80\tignored
broken line
"""


class FakeIndex:
    """One token per character, so spans compare as character sets."""

    def tokens(self, spans):
        return frozenset(i for s, e in spans for i in range(s, e))


def test_read_relations_keeps_discontinuous_spans_and_sourceless_relations():
    first, second = read_relations(ANN)
    assert first.content == [(10, 20), (25, 30)] and first.cue == [(5, 9)] and first.source == [(0, 4)]
    assert second.source == [] and second.cue == [(40, 52)]


def test_score_document_exact_partial_and_missing():
    gold = [
        Relation(content=[(0, 10)], cue=[(20, 24)], source=[(30, 34)]),
        Relation(content=[(50, 60)], cue=[(70, 74)], source=[]),
        Relation(content=[(100, 110)], cue=[(120, 124)], source=[(130, 134)]),
    ]
    pred = [
        Relation(content=[(0, 10)], cue=[(20, 24)], source=[(30, 34)]),  # exact, right cue and source
        Relation(content=[(55, 65)], cue=[(0, 1)], source=[(0, 1)]),  # half overlap, wrong cue
        Relation(content=[(200, 210)]),  # spurious
    ]
    c = score_document(gold, pred, FakeIndex())
    f = c.figures()
    assert (c.matched, c.exact, c.cue_right, c.source_total, c.source_right) == (2, 1, 1, 1, 1)
    assert f["relation_p"] == pytest.approx(2 / 3) and f["relation_r"] == pytest.approx(2 / 3)
    assert f["content_token_p"] == pytest.approx(15 / 30) and f["content_token_r"] == pytest.approx(15 / 30)
    assert f["cue_accuracy"] == pytest.approx(0.5)


def test_counts_with_nothing_are_zero_not_errors():
    assert Counts().figures()["content_token_f1"] == 0.0


def test_documents_rejects_a_folder_of_another_layout(tmp_path):
    with pytest.raises(FileNotFoundError, match="not laid out like PolNeAR"):
        documents(tmp_path)


def test_documents_picks_the_first_annotator(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a.txt").write_text("x")
    for annotator in ("ef2d", "4b22"):
        (tmp_path / "attributions" / f"a_{annotator}.ann").write_text("")
    ((name, _, ann),) = documents(tmp_path)
    assert name == "a" and ann.name == "a_4b22.ann"


@pytest.mark.slow
@pytest.mark.shared
def test_storyline_beats_textacy_on_a_few_dev_articles(shared):
    from storyline.evaluate.polnear import evaluate

    result = evaluate(shared("eval", "polnear", "dev"), limit=4)
    assert not result["failed"]
    rows = {(r["gold_set"], r["system"]): r for r in result["rows"]}
    ours, baseline = rows[("speech", "storyline")], rows[("speech", "textacy")]
    assert ours["gold"] > 0
    assert ours["content_token_f1"] > baseline["content_token_f1"]
    assert ours["relation_f1"] > baseline["relation_f1"]


@pytest.mark.slow
def test_demo_gold_quotes_found_with_speakers_and_no_scare_quote_taken_for_speech(demo_gold, demo_extracted):
    from storyline.evaluate.polnear import demo_scores

    scores = demo_scores(demo_gold, demo_extracted)
    assert scores["gold"] > 100
    # floors pinned a little under the figures measured when this test was written (docs/quotes.md)
    assert scores["recall"] >= 0.99 and scores["precision"] >= 0.94
    assert scores["speaker_accuracy"] >= 0.99 and scores["affiliation_accuracy"] >= 0.97
    assert scores["scare_quotes_taken_for_speech"] == []
