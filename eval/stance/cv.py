"""Leave-one-batch-out cross-validation of the stance reader on dev: how it does on text it was not fitted to.

Run from the repository root: ``.venv/bin/python eval/stance/cv.py``. Uses only dev (``dev.jsonl``). The folds are the
batches dev was written in: the demo articles A01-A11, the first written batch w01-w26, then w27-w36, w37-w42,
w43-w47 and the batches 5a-5j (``--split dev.audited`` reads the labels of the blind audit instead). For each held-out fold it scores the whole pipeline (detection + position, the scorer of
``storyline eval stance``) with:

- ``rules``: the rule reader (tuned on all of dev over several rounds, so its figure on a fold is optimistic for
  the first folds; the later batches were each scored once before the rules were changed on them, see
  docs/stance.md);
- ``learned``: the rules' candidates and the actors they missed re-read by a logistic regression trained on the
  other folds only (:mod:`storyline.stance_reader`);
- ``relabel``: the same, but only the rules' candidates (no new stances);
- ``add``: the rules' stances as they are, plus the actors they missed that the reader gives a position;
- ``sentence``: as ``learned``, with the rules' position left out of the features.

Pooled over folds: the pairs of every held-out fold scored together. ``--c`` sets the regularisation.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

from storyline.evaluate.stance import _table, candidate_labels, match_statements, read_items
from storyline.stance_reader import LABELS, Reader, embed_candidates, features, revise

HERE = Path(__file__).resolve().parent
SEED = 0
RULE_COLUMNS = slice(384, 384 + len(LABELS))


# the batches dev was written in, by the last written id of each (README.md of the stance set)
BATCHES = [(26, "w01-w26"), (36, "w27-w36"), (42, "w37-w42"), (47, "w43-w47"), (53, "5a w48-w53"),
           (59, "5b w54-w59"), (65, "5c w60-w65"), (71, "5d w66-w71"), (78, "5e w72-w78"), (85, "5f w79-w85"),
           (92, "5g w86-w92"), (97, "5h w93-w97"), (104, "5i w98-w104"), (109, "5j w105-w109")]  # fmt: skip


def fold_of(item_id: str) -> str:
    if item_id.startswith("A"):
        return "demo A01-A11"
    n = int(item_id[1:])
    return next((name for last, name in BATCHES if n <= last), "later batches")


@dataclass
class Prepared:
    item: dict[str, Any]
    sentences: list[tuple[int, int]]
    rules: list[Any]
    cands: list[Any]
    labels: list[str]
    text: str  # the analysed text (ingest drops page furniture): the offsets of sentences and stances


def prepare(items: list[dict[str, Any]]) -> list[Prepared]:
    """Parse each article once, run every stage but stances, then the rule reader and the candidates."""
    from storyline import nlp
    from storyline.analyze import pipeline, run_stages
    from storyline.config import Settings
    from storyline.ingest.metadata import build_article
    from storyline.model import Analysis
    from storyline.stance import load_issue, rule_stances, stance_candidates

    settings = Settings(extra={"stance_issues": []})
    stages = pipeline(settings)
    model = nlp.load(settings.model)
    out = []
    for item in items:
        article = build_article(text=item["text"], source=f"eval:{item['id']}", published=item.get("published"))
        doc = model(article.text)
        analysis = run_stages(doc, Analysis(article=article, sentences=[(s.start_char, s.end_char) for s in doc.sents]),
                              stages, settings)  # fmt: skip
        data = analysis.to_dict()
        info = {a.id: a.to_dict() for a in analysis.actor_index.values()}

        def parse(start: int, end: int, doc=doc):  # type: ignore[no-untyped-def]
            span = doc.char_span(start, end, alignment_mode="expand")
            return (span, 0) if span is not None else None

        issue = load_issue(item["issue"])
        rules = rule_stances(data, issue, parse, info)
        cands = stance_candidates(data, issue, parse, info, rules)
        labels = candidate_labels(item, analysis.sentences, cands, article.text)
        out.append(Prepared(item, list(analysis.sentences), rules, cands, labels, article.text))
    return out


def train(prepared: list[Prepared], vectors: dict[str, np.ndarray], c: float, rules_only: bool = False,
          rule_position: bool = True) -> Reader:  # fmt: skip
    cands = [x for p in prepared for x in p.cands]
    labels = [y for p in prepared for y in p.labels]
    if rules_only:
        keep = [i for i, x in enumerate(cands) if x.rule is not None]
        cands, labels = [cands[i] for i in keep], [labels[i] for i in keep]
    clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced", random_state=SEED)
    x = features(cands, vectors)
    if not rule_position:  # the rules' position left out: the reader reads the sentence itself
        x[:, RULE_COLUMNS] = 0.0
    clf.fit(x, labels)
    coef = np.zeros((len(LABELS), clf.coef_.shape[1]))
    intercept = np.full(len(LABELS), -1e9)
    for row, label in enumerate(clf.classes_):
        coef[LABELS.index(label)] = clf.coef_[row]
        intercept[LABELS.index(label)] = clf.intercept_[row]
    return Reader(coef, intercept, LABELS)


def score(prepared: list[Prepared], predict) -> tuple[dict[str, Any], list[tuple[str, str]]]:  # type: ignore[no-untyped-def]
    pairs: list[tuple[str, str]] = []
    for p in prepared:
        got, _ = match_statements(p.item, p.sentences, predict(p), p.text)
        pairs.extend(got)
    return _table(pairs), pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--c", type=float, nargs="+", default=[1.0])
    parser.add_argument("--split", default="dev", choices=["dev", "dev.audited"], help="the labels to use")
    args = parser.parse_args()
    prepared = prepare(read_items(HERE / f"{args.split}.jsonl"))
    vectors = embed_candidates([x for p in prepared for x in p.cands])
    folds = sorted({fold_of(p.item["id"]) for p in prepared})
    for c in args.c:
        pooled: dict[str, list[tuple[str, str]]] = {
            "rules": [],
            "relabel": [],
            "learned": [],
            "sentence": [],
            "add": [],
        }
        print(f"C={c}")
        for fold in folds:
            held = [p for p in prepared if fold_of(p.item["id"]) == fold]
            rest = [p for p in prepared if fold_of(p.item["id"]) != fold]
            readers = {"relabel": train(rest, vectors, c, rules_only=True), "learned": train(rest, vectors, c),
                       "sentence": train(rest, vectors, c, rule_position=False)}  # fmt: skip
            readers["add"] = readers["learned"]
            line = [f"  {fold:14s} ({sum(len(p.item['statements']) for p in held):3d} statements)"]
            table, pairs = score(held, lambda p: p.rules)
            pooled["rules"] += pairs
            line.append(f"rules {table['macro_f1']:.3f}/{table['accuracy']:.3f}")
            for name, reader in readers.items():
                mode = name if name in {"relabel", "add"} else "all"
                table, pairs = score(held, lambda p, r=reader, m=mode: revise(p.cands, p.item["issue"], r, vectors, m))
                pooled[name] += pairs
                line.append(f"{name} {table['macro_f1']:.3f}/{table['accuracy']:.3f}")
            print("  ".join(line))
        for name, pairs in pooled.items():
            t = _table(pairs)
            per = " ".join(f"{k} P{v['precision']:.2f} R{v['recall']:.2f}" for k, v in t["per_position"].items())
            print(f"  pooled {name:8s} macro F1 {t['macro_f1']:.3f} acc {t['accuracy']:.3f}  {per}")


if __name__ == "__main__":
    main()
