"""Train and cross-validate the act-confidence model (``storyline.analyze._act_confidence``) on the hand-judged
events of docs/evaluation.md.

Every audit round and held-out check in docs/evaluation.md lists its 50 sampled events with a reader's
judgement of source, target, type and date. ``eval/events/replay.sh`` re-draws each sample with the code it
was judged on (``eval/events/samples/seedN.md``: the very events judged, in the order of the tables);
``build`` joins each judged row to its event by number (checking the code agrees), finds the event's verb in
today's parse of the article and writes the cues ``act_features`` reads to ``judged_events.jsonl``. ``cv``
fits a logistic model on all rounds but one and scores the round left out, for every round (the figure for
text the model never saw); ``fit`` writes the weights to ``src/storyline/data/act_confidence.json``.

    bash eval/events/replay.sh                               # about 10 minutes: 26 samples, each with its code
    .venv/bin/python eval/events/train_confidence.py build --through 30   # about 2 minutes; the shipped weights
    .venv/bin/python eval/events/train_confidence.py cv
    .venv/bin/python eval/events/train_confidence.py fit
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

DOCS = ROOT / "docs" / "evaluation.md"
DATA = ROOT / "eval" / "events" / "judged_events.jsonl"
SAMPLES = ROOT / "eval" / "events" / "samples"
sys.path.insert(0, str(ROOT / "bench"))  # the drawing script's article readers
SHARED = ROOT.parent / "shared"
WEIGHTS = ROOT / "src" / "storyline" / "data" / "act_confidence.json"
MARK = {"✓": 1, "✗": 0}
FIELDS = ("source", "target", "type", "date")


def judged_rows(text: str) -> list[dict]:
    """Every judged event of the per-event tables, with the seed of the section it sits in."""
    rows, seed = [], None
    for line in text.splitlines():
        if line.startswith("## "):
            found = re.search(r"\bseed (\d+)", line)
            seed = int(found.group(1)) if found and "each event" in line else None
            continue
        if seed is None or not re.match(r"\| \d+ \|", line):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 8 or cells[3] not in MARK:
            continue
        rows.append({"seed": seed, "n": int(cells[0]), "article": cells[1], "coded": cells[2],
                     **{f: MARK[cells[3 + i]] for i, f in enumerate(FIELDS)}, "note": "|".join(cells[7:])})  # fmt: skip
    return rows


SAMPLE_ENTRY = re.compile(
    r"## (?P<n>\d+)\. (?P<path>\S+) \(published (?P<published>[^)]*)\)\n"
    r"- source: (?P<source_actor>\S+) \((?P<source_name>.*)\)\n"
    r"- action: (?P<action>\S+) \(trigger (?P<trigger>.*)\)\n"
    r"- target: (?P<target_actor>\S+) \((?P<target_name>.*)\)\n"
    r"- date: (?P<date>\S+) precision (?P<precision>\S+) historical (?P<historical>\S+)\n"
    r"- evidence: (?P<evidence>.*)\n"
)


def sample_events(seed: int) -> dict[int, dict]:
    """The events of one replayed sample (eval/events/samples/seedN.md, written by replay.sh), by number."""
    text = (SAMPLES / f"seed{seed}.md").read_text("utf-8")
    out = {}
    for m in SAMPLE_ENTRY.finditer(text):
        entry = m.groupdict()
        for key in ("source_actor", "target_actor", "date", "precision"):
            entry[key] = None if entry[key] == "None" else entry[key]
        entry["trigger"] = entry["trigger"].strip("'\"")
        entry["historical"] = entry["historical"] == "True"
        out[int(entry.pop("n"))] = entry
    return out


def _article(path: str, published: str):  # type: ignore[no-untyped-def]
    """The article a sample names (``seeds/...``, ``basil/YEAR/...``, ``polnear/PART/...``), read as the drawing
    script read it."""
    import audit_events

    from storyline.ingest.metadata import build_article

    name = path.split("/", 1)[1]
    if path.startswith("basil/"):
        return audit_events.basil_article(SHARED / "eval" / "basil" / "articles" / name)
    if path.startswith("ecb/"):
        return audit_events.ecb_article(name)
    if path.startswith("tml/"):
        return audit_events.tml_article(audit_events.TEMPEVAL / name)
    if path.startswith("polnear/"):
        folder = SHARED / "eval" / "polnear"
        return audit_events.polnear_article(folder / name.replace("/", "/text/", 1), audit_events.polnear_dates(folder))
    text = (SHARED / "seeds" / name).read_text("utf-8")
    return build_article(text=text, source=path, published=None if published == "None" else published)


def _verb_of(doc, entry: dict):  # type: ignore[no-untyped-def]
    """The trigger token of a judged event in today's parse: in the sentence that holds its evidence."""
    evidence = entry["evidence"]
    for sent in doc.sents:
        flat = " ".join(sent.text.split())
        if flat and (flat in evidence or evidence in flat):
            words = [t for t in sent if t.text == entry["trigger"].split()[0]]
            verbs = [t for t in words if t.pos_ == "VERB"] or words
            if verbs:
                return verbs[0]
    return None


def build(through: int | None = None) -> None:
    from storyline import nlp
    from storyline.analyze._act_confidence import act_features
    from storyline.config import Settings
    from storyline.model import Event

    rows = [r for r in judged_rows(DOCS.read_text("utf-8")) if through is None or r["seed"] <= through]
    model = nlp.load(Settings().model)
    parsed: dict = {}
    out, lost = [], []
    for seed in sorted({r["seed"] for r in rows}):
        sample = sample_events(seed)
        for row in (r for r in rows if r["seed"] == seed):
            entry = sample.get(row["n"])
            if entry is None or entry["action"] not in row["coded"]:
                lost.append((seed, row["n"], "not in the replayed sample under its code"))
                continue
            if entry["path"] not in parsed:
                article = _article(entry["path"], entry["published"])
                parsed[entry["path"]] = model(article.text)
            doc = parsed[entry["path"]]
            verb = _verb_of(doc, entry)
            if verb is None:
                lost.append((seed, row["n"], "evidence sentence not found in today's parse"))
                continue
            sent = verb.sent
            event = Event(start=sent.start_char, end=sent.end_char, text=sent.text, action=entry["action"],
                          source_actor=entry["source_actor"], target_actor=entry["target_actor"],
                          date=entry["date"], date_precision=entry["precision"], historical=entry["historical"],
                          trigger=entry["trigger"])  # fmt: skip
            features = sorted(act_features(verb, event, sent))
            out.append({**row, "path": entry["path"], "action": entry["action"], "evidence": entry["evidence"],
                        "features": features})  # fmt: skip
        print(f"seed {seed}: {sum(1 for r in out if r['seed'] == seed)} joined", file=sys.stderr)
    DATA.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), "utf-8")
    print(f"{len(rows)} judged rows, {len(out)} joined to their replayed event; left out: {len(lost)}")
    for seed, n, why in lost:
        print(f"  seed {seed} #{n}: {why}")


def _load() -> list[dict]:
    return [json.loads(line) for line in DATA.read_text("utf-8").splitlines() if line.strip()]


def _fit(rows: list[dict], c: float):  # type: ignore[no-untyped-def]
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(r["features"], 1.0) for r in rows])
    model = LogisticRegression(C=c, max_iter=2000, fit_intercept=False)
    model.fit(x, [r["type"] for r in rows])
    return dict(zip(vec.get_feature_names_out(), (float(w) for w in model.coef_[0]), strict=True))


def cv(c: float, thresholds: list[float], first_heldout: int) -> None:
    from storyline.analyze._act_confidence import act_confidence

    rows = _load()
    seeds = sorted({r["seed"] for r in rows})
    scored = []
    for seed in seeds:
        weights = _fit([r for r in rows if r["seed"] != seed], c)
        scored += [(r, act_confidence(set(r["features"]), weights)) for r in rows if r["seed"] == seed]
    for part, keep in (("all rounds", lambda r: True), (f"held-out checks (seed >= {first_heldout})",
                                                         lambda r: r["seed"] >= first_heldout)):  # fmt: skip
        subset = [(r, p) for r, p in scored if keep(r)]
        print(f"\n{part}: {len(subset)} judged events, leave-one-round-out (C={c})")
        print("threshold  kept   " + "  ".join(f"{f:>7}" for f in FIELDS))
        for t in thresholds:
            kept = [r for r, p in subset if p >= t]
            if not kept:
                continue
            shares = "  ".join(f"{sum(r[f] for r in kept) / len(kept):7.3f}" for f in FIELDS)
            print(f"{t:9.2f}  {len(kept) / len(subset):5.2f}  {shares}")


def fit(c: float) -> None:
    weights = _fit(_load(), c)
    WEIGHTS.write_text(json.dumps({"trained_on": "docs/evaluation.md judged events (eval/events/judged_events.jsonl)",
                                   "C": c, "weights": dict(sorted(weights.items()))}, indent=0) + "\n", "utf-8")  # fmt: skip
    print(f"{len(weights)} weights written to {WEIGHTS.relative_to(ROOT)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("build", "cv", "fit"))
    parser.add_argument("--through", type=int, help="build: only the samples of seeds up to this one (the shipped "
                        "weights are fitted on seeds 5-30; each fit is scored by the next seed's check)")  # fmt: skip
    parser.add_argument("--c", type=float, default=0.3, help="inverse regularisation strength")
    parser.add_argument("--thresholds", default="0,0.3,0.4,0.5,0.6,0.7,0.8")
    parser.add_argument("--first-heldout", type=int, default=13, help="the first seed of the held-out checks")
    args = parser.parse_args()
    if args.command == "build":
        build(args.through)
    elif args.command == "cv":
        cv(args.c, [float(t) for t in args.thresholds.split(",")], args.first_heldout)
    else:
        fit(args.c)


if __name__ == "__main__":
    main()
