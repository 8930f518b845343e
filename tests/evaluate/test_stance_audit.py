"""The blind label audit of the stance set (eval/stance/label_audit.yaml, applied by apply_audit.py)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
import yaml

STANCE_SET = Path(__file__).resolve().parents[2] / "eval" / "stance"


def _apply_audit():
    spec = importlib.util.spec_from_file_location("apply_audit", STANCE_SET / "apply_audit.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("split", ["dev", "test"])
def test_the_audited_files_are_the_audit_applied_to_the_labels_as_committed(split: str) -> None:
    # a new dev batch or a label change without re-running apply_audit.py leaves the audited split stale
    audit = _apply_audit()
    articles = [json.loads(line) for line in (STANCE_SET / f"{split}.jsonl").read_text("utf-8").splitlines()]
    changes = yaml.safe_load((STANCE_SET / "label_audit.yaml").read_text("utf-8"))[split]
    audit.apply_changes(articles, changes, split)
    committed = [json.loads(line) for line in (STANCE_SET / f"{split}.audited.jsonl").read_text("utf-8").splitlines()]
    assert articles == committed


def _article() -> dict:
    text = "Norway recognised the State of Palestine on Tuesday. Israel recalled its ambassador in protest."
    statements = [{"actor": "state:NOR", "position": "support", "basis": "act", "evidence": text.split(". ")[0]}]
    return {"id": "x1", "text": text, "statements": statements}


def _change(**fields) -> dict:
    base = {"id": "x1", "action": "add", "actor": "state:ISR", "position": "oppose", "basis": "act",
            "evidence": "Israel recalled its ambassador in protest.", "reason": "retaliation is oppose, act"}  # fmt: skip
    return base | fields


def test_the_audit_adds_removes_and_relabels_one_statement_each() -> None:
    audit = _apply_audit()
    article = _article()
    counts = audit.apply_changes([article], [_change()], "dev")
    assert counts["add"] == 1 and article["statements"][-1]["actor"] == "state:ISR"
    relabel = _change(action="relabel", position="oppose", basis="reported", was={"basis": "act"})
    audit.apply_changes([article], [relabel], "dev")
    assert article["statements"][-1]["basis"] == "reported"
    audit.apply_changes([article], [_change(action="remove", basis="reported")], "dev")
    assert [s["actor"] for s in article["statements"]] == ["state:NOR"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_change(evidence="Israel protested."), "evidence is not in the text"),
        (_change(actor="state:NOR", position="support", evidence="Norway recognised the State of Palestine on Tuesday"),
         "already labelled"),
        (_change(action="remove"), "0 statements match"),
        (_change(reason=""), "no reason"),
        (_change(position="maybe"), "position"),
    ],
)  # fmt: skip
def test_a_change_that_does_not_fit_the_labels_stops_the_audit(change: dict, message: str) -> None:
    audit = _apply_audit()
    with pytest.raises(audit.AuditError, match=message):
        audit.apply_changes([_article()], [change], "dev")
