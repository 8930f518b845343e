"""The reader of a quote's polarity toward its target (BASIL's reading): the shipped learned reader on quotes
written for these tests, the weights' arithmetic, and the training script on a tiny BASIL-shaped folder."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from storyline.stance import polarity_model, polarity_probability, polarity_toward

REPO = Path(__file__).resolve().parents[1]

CLEAR = [
    ("Senator Maria Lopez has been a tireless champion for working families, and I am proud to call her a friend.",
     "Maria Lopez", "pos"),
    ("Governor Hale did a wonderful job leading the state through the flood.", "Tom Hale", "pos"),
    ("She is honest, brave and a great leader.", "Maria Lopez", "pos"),
    ("Governor Hale lied to voters and his budget is a disgrace.", "Tom Hale", "neg"),
    ("The mayor's plan is a disaster that will hurt every family in this city.", "city mayor", "neg"),
    ("Lopez is a failed, corrupt politician who should resign.", "Maria Lopez", "neg"),
]  # fmt: skip


def test_shipped_weights_are_the_default_reader() -> None:
    weights = polarity_model()
    assert weights is not None
    assert 0.0 < weights["threshold"] < 1.0
    # praise raises the probability of a positive reading, blame lowers it
    assert weights["weights"]["pos"] > 0 > weights["weights"]["neg"]
    assert weights["weights"]["near_compound"] > 0


@pytest.mark.parametrize(("text", "target", "gold"), CLEAR)
def test_learned_reader_reads_clear_quotes(text: str, target: str, gold: str) -> None:
    assert polarity_toward(text, target) == gold


def test_lexicon_reader_is_still_there() -> None:
    assert polarity_toward(CLEAR[0][0], CLEAR[0][1], reader="lexicon") == "pos"
    assert polarity_toward(CLEAR[3][0], CLEAR[3][1], reader="lexicon") == "neg"


def test_probability_is_the_logistic_of_the_weighted_cues() -> None:
    weights = {"intercept": -1.0, "threshold": 0.5, "weights": {"a": 2.0, "b": -1.0}}
    assert polarity_probability({}, weights) == pytest.approx(1 / (1 + 2.718281828459045))
    assert polarity_probability({"a": 1.0, "b": 1.0}, weights) == pytest.approx(0.5)
    assert polarity_probability({"a": 1.0, "unknown": 5.0}, weights) == pytest.approx(1 / (1 + 2.718281828459045**-1))


def _training_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("train_polarity", REPO / "eval" / "stance" / "train_polarity.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


PRAISE = ["{name} is a wonderful, honest leader", "I admire {name} greatly", "{name} did a great job for us",
          "a brilliant and kind public servant"]  # fmt: skip
BLAME = ["{name} is a liar and a disgrace", "{name} failed every family here", "a terrible, corrupt record",
         "{name} should be ashamed of this awful mess"]  # fmt: skip


def _tiny_basil(root: Path) -> Path:
    """Four events of one article each in 2010-2011, and one 2013 event the script must never read."""
    names = ["Ann_Smith", "Bob_Jones", "Cal_Brown", "Dee_White", "Eve_Black"]
    for n, (year, name) in enumerate(zip(["2010", "2010", "2011", "2011", "2013"], names, strict=True)):
        folder = root / "annotations" / year
        folder.mkdir(parents=True, exist_ok=True)
        (root / "articles" / year).mkdir(parents=True, exist_ok=True)
        spans = []
        for i, (texts, polarity) in enumerate(((PRAISE, "pos"), (BLAME, "neg"))):
            for j, text in enumerate(texts):
                spans.append({"id": f"p{i}{j}", "txt": text.format(name=name.split("_")[1]), "target": name,
                              "polarity": polarity, "quote": "yes" if j % 2 == 0 else "no", "speaker": ""})  # fmt: skip
        if year == "2013":
            spans = [dict(s, polarity={"pos": "neg", "neg": "pos"}[s["polarity"]]) for s in spans]
        data = {"triplet-uuid": f"event{n}", "phrase-level-annotations": spans}
        (folder / f"event{n}_1_ann.json").write_text(json.dumps(data), "utf-8")
    return root


def test_training_script_fits_and_cross_validates_a_tiny_folder(tmp_path, capsys) -> None:
    script = _training_script()
    folder = _tiny_basil(tmp_path / "basil")
    rows = script.basil_rows(folder)
    assert {r["year"] for r in rows} == {"2010", "2011"}  # the reporting years are never read
    assert len(rows) == 32 and sum(r["quote"] for r in rows) == 16
    out = tmp_path / "weights.json"
    script.main(["fit", "--data", str(folder), "--out", str(out)])
    weights = json.loads(out.read_text("utf-8"))
    assert weights["trained_on"].startswith("BASIL 2010, 2011: 32 ")
    assert weights["weights"]["pos"] > 0 > weights["weights"]["neg"]
    assert 0.0 < weights["threshold"] < 1.0
    script.main(["cv", "--data", str(folder), "--folds", "2", "--repeats", "1"])
    printed = capsys.readouterr().out
    assert "16 quotes (8 pos), 32 training rows" in printed
    assert "learned    macro F1" in printed and "lexicon re-set on each training fold" in printed
