"""A probe, not part of the reader: how well a logistic regression on all-MiniLM-L6-v2 embeddings of the evidence
sentence alone tells the four positions apart, given the statement's sentence (the rule reader must also find the
sentence and the actor).

Run from the repository root: ``.venv/bin/python eval/stance/position_probe.py``. Trains on the dev statements
other than the fourth batch (w43-w47), prints 5-fold cross-validated macro F1 / accuracy on them, and the figures
on the fourth batch, which no rule or setting was tuned on. Uses only dev.jsonl.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import cross_val_predict

from storyline import nlp
from storyline.evaluate.stance import read_items

HERE = Path(__file__).resolve().parent


def main() -> None:
    texts, labels, held_out = [], [], []
    for item in read_items(HERE / "dev.jsonl"):
        for st in item["statements"]:
            texts.append(st["evidence"])
            labels.append(st["position"])
            held_out.append(item["id"].startswith("w") and item["id"] >= "w43")
    vectors = nlp.embedder().encode(texts, normalize_embeddings=True)
    y, four = np.array(labels), np.array(held_out)
    for c in (0.5, 2.0, 8.0):
        clf = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
        cv = cross_val_predict(clf, vectors[~four], y[~four], cv=5)
        clf.fit(vectors[~four], y[~four])
        got = clf.predict(vectors[four])
        print(f"C={c}: 5-fold on dev less w43-w47 macro F1 {f1_score(y[~four], cv, average='macro'):.3f} "
              f"acc {accuracy_score(y[~four], cv):.3f}; w43-w47 macro F1 {f1_score(y[four], got, average='macro'):.3f} "
              f"acc {accuracy_score(y[four], got):.3f}")  # fmt: skip


if __name__ == "__main__":
    main()
