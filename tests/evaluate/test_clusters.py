"""The clustering scorer: B-cubed by hand, and an end-to-end run on a few BASIL triplets."""

from __future__ import annotations

import json
import shutil

import pytest

from storyline.evaluate.clusters import bcubed, evaluate, read_basil, singleton_share


def test_bcubed_perfect_and_lumped():
    gold = {"a": 1, "b": 1, "c": 2, "d": 2}
    assert bcubed(gold, gold) == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    lumped = bcubed({k: 0 for k in gold}, gold)
    assert lumped["precision"] == pytest.approx(0.5) and lumped["recall"] == 1.0
    split = bcubed({k: k for k in gold}, gold)
    assert split["precision"] == 1.0 and split["recall"] == pytest.approx(0.5)


def test_singleton_share():
    assert singleton_share({"a": 1, "b": 1, "c": 2}) == pytest.approx(1 / 3)


def _subset(shared, tmp_path, triplets: int):
    source = shared("eval", "basil")
    chosen = sorted({p.name.rsplit("_", 1)[0] for p in (source / "articles" / "2012").glob("*.json")})[:triplets]
    target = tmp_path / "basil" / "articles" / "2012"
    target.mkdir(parents=True)
    for name in chosen:
        for path in (source / "articles" / "2012").glob(f"{name}_*.json"):
            shutil.copy(path, target / path.name)
    return tmp_path / "basil"


def test_read_basil_keeps_gold_out_of_articles(shared, tmp_path):
    folder = _subset(shared, tmp_path, 2)
    articles, gold = read_basil(folder)
    assert len(articles) == 6 and len(set(gold.values())) == 2
    for article in articles:
        assert "triplet" not in json.dumps(article.to_dict())


@pytest.mark.slow
def test_evaluate_on_basil_subset(shared, tmp_path):
    folder = _subset(shared, tmp_path, 4)
    result = evaluate(folder)
    assert result["articles"] == 12 and result["gold_events"] == 4
    assert result["storyline"]["f1"] >= 0.9


def test_copies_perturbation_set_on_basil_subset(shared, tmp_path):
    from storyline.evaluate.copies import evaluate as evaluate_copies

    result = evaluate_copies([_subset(shared, tmp_path, 5)])
    assert result["source_articles"] == 15 and result["articles"] == 60
    assert result["pairs"]["precision"] >= 0.98 and result["pairs"]["recall"] >= 0.95
