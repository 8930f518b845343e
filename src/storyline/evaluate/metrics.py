"""The arithmetic every scorer shares: a ratio with a stated value for an empty denominator, F1, and the
precision / recall / F1 triple. Scorers differ in what they count, never in how a count becomes a figure."""

from __future__ import annotations


def ratio(part: int | float, whole: int | float, empty: float = 0.0) -> float:
    """``part / whole``, or ``empty`` when there is nothing to divide by (0.0 for "none found"; 1.0 where
    nothing to find means nothing was missed, as for pair scores on a set without pairs)."""
    return part / whole if whole else empty


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def prf(hits_predicted: int, predicted: int, hits_gold: int, gold: int) -> dict[str, float]:
    """Precision over the predictions, recall over the gold items; the hit counts may differ where one
    prediction can match several gold items (or the reverse)."""
    precision, recall = ratio(hits_predicted, predicted), ratio(hits_gold, gold)
    return {"precision": precision, "recall": recall, "f1": f1(precision, recall)}
