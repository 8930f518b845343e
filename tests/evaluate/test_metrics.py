"""The shared scoring arithmetic."""

from __future__ import annotations

import pytest

from storyline.evaluate.metrics import f1, prf, ratio


def test_ratio_names_its_value_for_nothing_to_divide() -> None:
    assert ratio(3, 4) == 0.75
    assert ratio(0, 0) == 0.0
    assert ratio(0, 0, empty=1.0) == 1.0


def test_prf_counts_hits_on_each_side() -> None:
    # two predictions, one right; three gold items, two of them found by that one prediction (a merged span)
    scores = prf(1, 2, 2, 3)
    assert scores["precision"] == 0.5 and scores["recall"] == pytest.approx(2 / 3)
    assert scores["f1"] == pytest.approx(f1(0.5, 2 / 3)) == pytest.approx(4 / 7)
    assert prf(0, 0, 0, 5) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
