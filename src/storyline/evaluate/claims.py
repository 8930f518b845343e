"""Claimed figures against the demo-layout gold (``corpus.jsonl`` + ``gold.json`` with per-article ``claims``
of ``{value, quantity, as_of}``): precision and recall at three levels (value; value and quantity; value,
quantity and as-of date), and how often the claimant agrees on the figures matched by value and quantity."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from storyline.evaluate.metrics import ratio


def _same_quantity(predicted: str, gold: str) -> bool:
    """Gold names each quantity with a shared label ("countries recognizing a Palestinian state"); storyline words
    it from the sentence. They agree when one's key holds the other's, or they share half their stems."""
    from storyline.relate.claims import quantity_key

    a, b = set(quantity_key(predicted)), set(quantity_key(gold))
    if not a or not b:
        return False
    return a <= b or b <= a or len(a & b) / len(a | b) >= 0.5


def _same_claimant(predicted: str | None, gold: str | None) -> bool:
    """Gold gives an actor id ("org:pa") or a source as written ("Continental Wire"); None is the article's own
    voice. They agree when both are None, or one names the other ("person:kari-holm" and "Kari Holm")."""
    if not predicted or not gold:
        return not predicted and not gold
    a, b = (x.casefold().split(":")[-1].replace("-", " ").strip() for x in (predicted, gold))
    return a == b or a in b or b in a


def score_claims(folder: Path) -> dict[str, Any]:
    """Precision and recall of claimed figures against a demo-layout folder (corpus.jsonl + gold.json), at three
    levels: the value alone; value and quantity; value, quantity and as-of date."""
    from storyline.service import extract

    gold = json.loads((folder / "gold.json").read_text("utf-8"))
    articles, _ = extract([str(folder / "corpus.jsonl")])
    levels = {"value": (False, False), "value+quantity": (True, False), "value+quantity+as_of": (True, True)}
    claimants = {"agree": 0, "of": 0}
    disagreements: list[dict[str, Any]] = []
    out: dict[str, Any] = {}
    misses: list[dict[str, Any]] = []
    for name, (check_quantity, check_date) in levels.items():
        tp = n_pred = n_gold = 0
        for article in articles:
            golds = list(gold["articles"].get(article.get("url"), {}).get("claims", []))
            preds = article["claims"]
            n_pred += len(preds)
            n_gold += len(golds)
            free = list(golds)
            for p in preds:
                hit = next((g for g in free if float(g["value"]) == float(p["value"])
                            and (not check_quantity or _same_quantity(p["quantity"], g["quantity"]))
                            and (not check_date or (g.get("as_of") or None) == (p.get("as_of") or None))), None)  # fmt: skip
                if hit is not None:
                    free.remove(hit)
                    tp += 1
                    if name == "value+quantity":
                        claimants["of"] += 1
                        own = (article.get("outlet") or "").casefold()  # the outlet named is its own voice
                        said, gold_said = ((c if (c or "").casefold() != own else None)
                                           for c in (p.get("claimant"), hit.get("claimant")))  # fmt: skip
                        if _same_claimant(said, gold_said):
                            claimants["agree"] += 1
                        else:
                            disagreements.append({"url": article.get("url"), "text": hit.get("text"),
                                                  "storyline": said, "gold": gold_said})  # fmt: skip
            if name == "value+quantity+as_of":
                misses += [{"url": article.get("url"), "gold": g} for g in free]
        out[name] = {
            "precision": ratio(tp, n_pred),
            "recall": ratio(tp, n_gold),
            "matched": tp,
            "predicted": n_pred,
            "gold": n_gold,
        }
    # who claims it, over the figures matched on value and quantity (None, or the outlet named: its own voice)
    out["claimant_agreement"] = {**claimants, "rate": claimants["agree"] / claimants["of"] if claimants["of"] else 0.0}
    out["claimant_disagreements"] = disagreements
    out["missed"] = misses
    return out
