"""The furniture evaluation: the generator, the scorer and the command, on small subsets of PolNeAR and BASIL."""

from __future__ import annotations

import json
import random

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.evaluate.furniture import TEMPLATES, compare_analyses, make_dirty, read_documents, score_furniture


def test_make_dirty_records_every_inserted_line_and_keeps_the_story_in_order():
    story = "First line.\nSecond line.\n\nThird paragraph."
    dirty = make_dirty(story, random.Random(3), ["A Headline"])
    lines = dirty.text.split("\n")
    assert dirty.inserted and set(dirty.inserted.values()) <= set(TEMPLATES)
    rest = [line for n, line in enumerate(lines, 1) if n not in dirty.inserted and line]
    assert rest == ["First line.", "Second line.", "Third paragraph."]
    assert make_dirty(story, random.Random(3), ["A Headline"]) == dirty  # seeded: the same every run


@pytest.fixture(scope="module")
def subsets(tmp_path_factory, shared):
    polnear = sorted(shared("eval", "polnear", "dev", "text").glob("*.txt"))[:25]
    basil = sorted(shared("eval", "basil", "articles").rglob("*.json"))[:25]
    folder = tmp_path_factory.mktemp("furniture")
    for name, files in (("polnear", polnear), ("basil", basil)):
        (folder / name).mkdir()
        for file in files:
            (folder / name / file.name).write_bytes(file.read_bytes())
    return folder


@pytest.mark.shared
@pytest.mark.parametrize("name", ["polnear", "basil"])
def test_furniture_recall_and_precision_on_real_text(subsets, name):
    docs = read_documents(subsets / name)
    assert len(docs) == 25
    figures = score_furniture(docs, seed=0).as_dict()
    # the goal (0.95) is for the whole sets; 25 articles draw few "Read more" headlines, some with quotes
    assert figures["recall"] >= 0.9
    assert figures["recall_removable"] >= 0.98
    assert figures["precision"] >= 0.9  # against inserted lines only: furniture of the sources counts as an error
    # what the cleaner took from the original texts is short, quote-free furniture the sources carry
    for removed in figures["original_lines_removed_examples"]:
        assert len(removed["text"].split()) <= 8, removed


@pytest.mark.shared
def test_eval_furniture_command_prints_json_figures(subsets):
    result = CliRunner().invoke(app, ["eval", "furniture", "--data", str(subsets / "basil"), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)["sets"][str(subsets / "basil")]
    assert figures["articles"] == 25 and figures["inserted_lines"] > 100


def test_eval_furniture_command_names_a_missing_folder(tmp_path):
    result = CliRunner().invoke(app, ["eval", "furniture", "--data", str(tmp_path / "absent")])
    assert result.exit_code == 2 and "no such data folder" in result.output


@pytest.mark.slow
@pytest.mark.shared
def test_no_network_or_agency_becomes_a_person_or_speaker_after_cleaning(subsets):
    # eight articles: since a paragraph break ends a sentence (storyline.nlp), the first four no longer show
    # furniture becoming a speaker even uncleaned ("AFP\n\nThe White House" was one name across paragraphs)
    docs = read_documents(subsets / "basil")[:8]
    found = compare_analyses(docs, seed=0)
    assert found["cleaned"]["furniture_people_or_speakers"] == []
    # seven of the eight dirty texts clean back to the original exactly (one keeps an inserted line), and those
    # seven give the original's entities
    assert found["cleaned"]["same_id"] == found["cleaned"]["same_entities"] >= 7
    # the check can fail: on the uncleaned dirty text, credits and networks do become people or speakers
    assert found["raw"]["furniture_people_or_speakers"]
