"""Every ``storyline eval`` command runs end to end on a small folder laid out like its data set.

The held-back test parts are scored with these commands on folders we have never seen, so each command is
run here the way a user runs it (through the CLI, printing its table) on a few documents copied from
``../shared/eval`` into a fresh folder: a scorer that works but a table that crashes would otherwise pass.
The figures themselves are asserted in ``tests/evaluate``; here the output must carry the rows it promises.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app


def run_eval(*args) -> str:
    result = CliRunner().invoke(app, ["eval", *[str(a) for a in args]])
    assert result.exit_code == 0, result.output
    return result.output


def copy_first(source, target, pattern: str, count: int) -> list:
    target.mkdir(parents=True, exist_ok=True)
    chosen = sorted(source.glob(pattern))[:count]
    for path in chosen:
        shutil.copy(path, target / path.name)
    return chosen


@pytest.fixture(scope="module")
def basil_subset(tmp_path_factory, shared):
    """Two BASIL triplets of one year (six articles with their annotations)."""
    source = shared("eval", "basil")
    root = tmp_path_factory.mktemp("basil")
    year = sorted(p.name for p in (source / "articles").iterdir())[-1]
    for article in copy_first(source / "articles" / year, root / "articles" / year, "*.json", 6):
        annotation = source / "annotations" / year / f"{article.stem}_ann.json"
        (root / "annotations" / year).mkdir(parents=True, exist_ok=True)
        shutil.copy(annotation, root / "annotations" / year / annotation.name)
    return root


def test_eval_time_on_two_timeml_files(tmp_path, shared) -> None:
    copy_first(shared("eval", "tempeval3", "TBAQ-cleaned", "TimeBank"), tmp_path, "*.tml", 2)
    output = run_eval("time", "--data", tmp_path)
    assert "storyline" in output and "dateparser" in output


def test_eval_quotes_on_two_polnear_articles(tmp_path, shared) -> None:
    source = shared("eval", "polnear", "dev")
    for text in copy_first(source / "text", tmp_path / "text", "*.txt", 2):
        copy_first(source / "attributions", tmp_path / "attributions", f"{text.stem}_*.ann", 5)
    output = run_eval("quotes", "--data", tmp_path)
    assert "speech" in output and "gold annotator" in output


def test_eval_events_on_plover_records(tmp_path, shared) -> None:
    records = json.loads(shared("eval", "plover", "PLOVER_GSR_CAMEO.json").read_text("utf-8"))
    (tmp_path / "PLOVER_GSR_CAMEO.json").write_text(json.dumps(records[:20]), "utf-8")
    output = run_eval("events", "--data", tmp_path)
    assert re.search(r"PLOVER, 1\d sentences, \d+ coded", output) and "event type" in output


def test_eval_clusters_copies_framing_and_stance_on_a_basil_subset(basil_subset) -> None:
    assert "storyline" in run_eval("clusters", "--data", basil_subset)
    assert "pair precision" in run_eval("copies", "--data", basil_subset)
    assert "lexicon" in run_eval("framing", "--data", basil_subset)
    stance = run_eval("stance", "--data", basil_subset, "--split", "test")
    assert "pos" in stance and "neg" in stance


def test_eval_clusters_on_ecbplus_documents(tmp_path, shared) -> None:
    lines = shared("eval", "ecbplus", "documents.jsonl").read_text("utf-8").splitlines()[:30]
    (tmp_path / "documents.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    assert "baseline_tfidf_agglomerative" in run_eval("clusters", "--data", tmp_path)


def test_eval_framing_on_babe_sentences(tmp_path, shared) -> None:
    lines = shared("eval", "babe", "final_labels_SG2.csv").read_text("utf-8").splitlines()[:60]
    (tmp_path / "final_labels_SG2.csv").write_text("\n".join(lines) + "\n", "utf-8")
    assert "lexicon" in run_eval("framing", "--data", tmp_path)


def test_eval_stance_on_a_stance_set_layout_folder(tmp_path) -> None:
    repo = Path(__file__).resolve().parents[2]
    dev = (repo / "eval" / "stance" / "dev.jsonl").read_text("utf-8").splitlines()[:2]
    (tmp_path / "test.jsonl").write_text("\n".join(dev) + "\n", "utf-8")
    output = run_eval("stance", "--data", tmp_path, "--split", "test")
    assert "support" in output and "oppose" in output
