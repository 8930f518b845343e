"""Train and cross-validate the learned reader of a BASIL quote's polarity toward its target
(``storyline.stance.polarity_toward``) on BASIL's tuning years.

Every span of BASIL's annotations carries a target and the polarity of what it says about the target; the spans
marked as quotes are what ``storyline eval stance`` scores. ``cv`` cross-validates on the tuning years only,
grouped by triplet (the three articles of one event are never split between training and scoring folds), and
scores the quotes of each held-out fold, beside today's lexicon reader on the same quotes and the majority class;
the tuning years' spans that are not quotes are extra training rows (never scored rows; ``--quotes-only`` leaves
them out). The probability threshold is chosen by an inner grouped cross-validation on the training rows alone.
``fit`` fits on every row of the tuning years and writes ``src/storyline/data/basil_polarity.json``. The years
BASIL holds back for reporting (2013 on) are never read: ``--years`` defaults to 2010-2012.

    .venv/bin/python eval/stance/train_polarity.py cv --data ../shared/eval/basil
    .venv/bin/python eval/stance/train_polarity.py fit --data ../shared/eval/basil
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
WEIGHTS = ROOT / "src" / "storyline" / "data" / "basil_polarity.json"
TUNING_YEARS = ("2010", "2011", "2012")  # storyline.evaluate.stance.BASIL_TUNE_YEARS: never the reporting years


def basil_rows(folder: Path, years: tuple[str, ...] = TUNING_YEARS) -> list[dict[str, Any]]:
    """Every span of the given years with a target, a text and a pos/neg polarity (quotes and the rest)."""
    from storyline.evaluate.stance import basil_quotes

    rows = basil_quotes(folder, years, quotes_only=False)
    return [r for r in rows if r["target"].strip() and r["text"].strip()]


def featurize(rows: list[dict[str, Any]], embed: bool) -> None:
    """Adds each row's cues (``feats``), its lexicon reader's reading (``lexicon``) and, with ``embed``, its
    sentence embedding (``embedding``)."""
    from storyline import nlp
    from storyline.config import Settings
    from storyline.stance import polarity_features, polarity_lexicon

    model = nlp.load(Settings().model)
    for row, doc in zip(rows, model.pipe([r["text"] for r in rows], batch_size=64), strict=True):
        row["feats"] = polarity_features(doc, row["text"], row["target"])
        row["lexicon"] = polarity_lexicon(row["text"], row["target"], doc=doc)
    if embed:
        vectors = nlp.embedder().encode([r["text"] for r in rows], normalize_embeddings=True, batch_size=64)
        for row, vector in zip(rows, vectors, strict=True):
            row["embedding"] = [float(v) for v in vector]


def _matrix(rows: list[dict[str, Any]], names: list[str], embed: bool):  # type: ignore[no-untyped-def]
    import numpy as np

    x = np.array([[r["feats"].get(n, 0.0) for n in names] for r in rows], dtype=float)
    if embed:
        x = np.hstack([x, np.array([r["embedding"] for r in rows], dtype=float)])
    return x


def fit_weights(rows: list[dict[str, Any]], c: float, embed: bool, threshold: float) -> dict[str, Any]:
    """A logistic model over the standardised cues, written back in the raw cues' units (the scaling folded into
    the weights and the intercept) so that reading a quote is a dot product."""
    from sklearn.linear_model import LogisticRegression

    names = sorted({n for r in rows for n in r["feats"]})
    x = _matrix(rows, names, embed)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    y = [r["gold"] == "pos" for r in rows]
    if len(set(y)) < 2:
        raise ValueError("the training rows need both pos and neg spans")
    model = LogisticRegression(C=c, max_iter=5000)
    model.fit((x - mean) / scale, y)
    coef = model.coef_[0] / scale
    intercept = float(model.intercept_[0] - (coef * mean).sum())
    out: dict[str, Any] = {"intercept": intercept, "threshold": threshold, "C": c,
                           "weights": {n: float(w) for n, w in zip(names, coef[: len(names)], strict=True)}}  # fmt: skip
    if embed:
        out["embedding"] = [float(w) for w in coef[len(names) :]]
    return out


THRESHOLDS = tuple(x / 20 for x in range(3, 13))  # 0.15 ... 0.6


def choose_threshold(rows: list[dict[str, Any]], c: float, embed: bool, folds: int = 5) -> float:
    """The probability threshold with the best macro F1 (then accuracy) on out-of-fold readings of the quotes of
    ``rows``, by grouped cross-validation within ``rows`` alone (so the outer figure stays a held-out one)."""
    from sklearn.model_selection import GroupKFold

    from storyline.stance import polarity_probability

    quotes = [r for r in rows if r["quote"]]
    folds = min(folds, len({r["triplet"] for r in quotes}))
    if folds < 2:
        return 0.5
    probability: list[tuple[str, float]] = []
    split = GroupKFold(n_splits=folds, shuffle=True, random_state=0)
    for _, test_idx in split.split(quotes, groups=[r["triplet"] for r in quotes]):
        held = {quotes[i]["triplet"] for i in test_idx}
        train = [r for r in rows if r["triplet"] not in held]
        if len({r["gold"] for r in train}) < 2:
            continue  # a fold of a tiny folder with one class left to learn from
        weights = fit_weights(train, c, embed, 0.5)
        probability += [(quotes[i]["gold"], polarity_probability(quotes[i]["feats"], weights,
                                                                 quotes[i].get("embedding"))) for i in test_idx]  # fmt: skip
    if not probability:
        return 0.5
    return max(THRESHOLDS, key=lambda t: _score([(g, "pos" if p >= t else "neg") for g, p in probability]))


def _score(pairs: list[tuple[str, str]]) -> tuple[float, float]:
    from storyline.evaluate.stance import _table

    table = _table(pairs, labels=("pos", "neg"))
    return table["macro_f1"], table["accuracy"]


def _lexicon_score(row: dict[str, Any], weight: float) -> float:
    feats = row["feats"]
    return feats["compound"] + weight * (feats.get("reader=support", 0.0) - feats.get("reader=oppose", 0.0))


def tune_lexicon(rows: list[dict[str, Any]]) -> tuple[float, float]:
    """The lexicon reader's two constants (stance-word weight, threshold) that give the best macro F1 (then
    accuracy) on ``rows``: how today's constants were set, here on training folds only."""
    best, best_key = (0.3, 0.4), (-1.0, -1.0)
    for w in (x / 20 for x in range(13)):
        for t in (x / 20 for x in range(-4, 17)):
            key = _score([(r["gold"], "pos" if _lexicon_score(r, w) >= t else "neg") for r in rows])
            if key > best_key:
                best, best_key = (w, t), key
    return best


def cross_validate(rows: list[dict[str, Any]], c: float, embed: bool, threshold: float | None, spans: bool, folds: int,
                   repeats: int) -> dict[str, Any]:  # fmt: skip
    """Out-of-fold readings of every quote, ``repeats`` times with other groupings of triplets into ``folds``."""
    from sklearn.model_selection import GroupKFold

    from storyline.stance import polarity_probability

    quotes = [r for r in rows if r["quote"]]
    lexicon = _score([(r["gold"], r["lexicon"]) for r in quotes])
    majority = _score([(r["gold"], "neg") for r in quotes])
    learned, retuned, per_fold, thresholds = [], [], [], []
    for repeat in range(repeats):
        split = GroupKFold(n_splits=folds, shuffle=True, random_state=repeat)
        predicted: dict[int, str] = {}
        relexicon: dict[int, str] = {}
        for _, test_idx in split.split(quotes, groups=[r["triplet"] for r in quotes]):
            held = {quotes[i]["triplet"] for i in test_idx}
            train = [r for r in rows if r["triplet"] not in held and (spans or r["quote"])]
            chosen = threshold if threshold is not None else choose_threshold(train, c, embed)
            thresholds.append(chosen)
            weights = fit_weights(train, c, embed, chosen)
            lex_w, lex_t = tune_lexicon([r for r in train if r["quote"]])
            fold_pairs = []
            for i in test_idx:
                r = quotes[i]
                p = polarity_probability(r["feats"], weights, r.get("embedding"))
                predicted[i] = "pos" if p >= chosen else "neg"
                relexicon[i] = "pos" if _lexicon_score(r, lex_w) >= lex_t else "neg"
                fold_pairs.append((r["gold"], predicted[i], r["lexicon"]))
            per_fold.append(fold_pairs)
        learned.append(_score([(quotes[i]["gold"], predicted[i]) for i in range(len(quotes))]))
        retuned.append(_score([(quotes[i]["gold"], relexicon[i]) for i in range(len(quotes))]))
    wins = sum(1 for f in per_fold if sum(g == p for g, p, _ in f) > sum(g == lx for g, _, lx in f))
    losses = sum(1 for f in per_fold if sum(g == p for g, p, _ in f) < sum(g == lx for g, _, lx in f))
    return {"quotes": len(quotes), "positive": sum(r["gold"] == "pos" for r in quotes),
            "training_rows": len(rows) if spans else len(quotes), "lexicon": lexicon, "majority": majority,
            "learned": learned, "retuned": retuned, "folds": len(per_fold), "fold_wins": wins, "fold_losses": losses,
            "thresholds": thresholds}  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("cv", "fit"))
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval" / "basil")
    parser.add_argument("--years", default=",".join(TUNING_YEARS), help="the years read (the tuning years only)")
    parser.add_argument("--c", type=float, default=0.03, help="inverse regularisation strength")
    parser.add_argument("--threshold", type=float, help="probability from which a quote is positive (default: "
                        "chosen by an inner grouped cross-validation on the training rows)")  # fmt: skip
    parser.add_argument("--embedding", action="store_true", help="add the quote's MiniLM embedding to the cues")
    parser.add_argument("--quotes-only", action="store_true", help="train on the quotes alone, not on the spans "
                        "that are not quotes as well")  # fmt: skip
    parser.add_argument("--folds", type=int, default=10)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    args = parser.parse_args(argv)
    years = tuple(y for y in args.years.split(",") if y)
    rows = basil_rows(args.data, years)
    if not any(r["quote"] for r in rows):
        sys.exit(f"no quote spans in {args.data} for {years}")
    featurize(rows, args.embedding)
    if args.command == "cv":
        result = cross_validate(
            rows, args.c, args.embedding, args.threshold, not args.quotes_only, args.folds, args.repeats
        )
        f1s, accs = [f for f, _ in result["learned"]], [a for _, a in result["learned"]]
        print(f"{result['quotes']} quotes ({result['positive']} pos), {result['training_rows']} training rows; "
              f"{args.folds} folds grouped by triplet x {args.repeats} repeats; C={args.c}, threshold "
              f"{args.threshold}, embedding {args.embedding}, spans {not args.quotes_only}")  # fmt: skip
        print(f"  majority   macro F1 {result['majority'][0]:.3f}  accuracy {result['majority'][1]:.3f}")
        print(f"  lexicon    macro F1 {result['lexicon'][0]:.3f}  accuracy {result['lexicon'][1]:.3f}")
        rf, ra = [f for f, _ in result["retuned"]], [a for _, a in result["retuned"]]
        print(f"  lexicon re-set on each training fold: macro F1 {statistics.mean(rf):.3f} (min {min(rf):.3f}, max "
              f"{max(rf):.3f})  accuracy {statistics.mean(ra):.3f} (min {min(ra):.3f}, max {max(ra):.3f})")  # fmt: skip
        print(f"  learned    macro F1 {statistics.mean(f1s):.3f} (min {min(f1s):.3f}, max {max(f1s):.3f})  "
              f"accuracy {statistics.mean(accs):.3f} (min {min(accs):.3f}, max {max(accs):.3f})")  # fmt: skip
        print(f"  thresholds chosen on the training folds: {dict(sorted(Counter(result['thresholds']).items()))}")
        print(f"  folds where learned beats / loses to lexicon on correct quotes: {result['fold_wins']} / "
              f"{result['fold_losses']} of {result['folds']}")  # fmt: skip
        return
    train = rows if not args.quotes_only else [r for r in rows if r["quote"]]
    threshold = args.threshold if args.threshold is not None else choose_threshold(train, args.c, args.embedding)
    weights = fit_weights(train, args.c, args.embedding, threshold)
    kept = "quotes" if args.quotes_only else "quotes and other spans"
    read = ", ".join(sorted({r["year"] for r in train}))
    meta = {"trained_on": f"BASIL {read}: {len(train)} {kept} (eval/stance/train_polarity.py)"}
    args.out.write_text(json.dumps(meta | weights, indent=0) + "\n", "utf-8")
    print(f"{len(weights['weights'])} weights written to {args.out}")


if __name__ == "__main__":
    main()
