"""Score framing markers against BASIL's lexical-bias spans and BABE's biased sentences and words.

BASIL (Fan et al., EMNLP 2019): ``articles/YEAR/TRIPLET_N.json`` and ``annotations/YEAR/TRIPLET_N_ann.json``;
a ``"bias": "lex"`` span is a word choice annotators judged loaded, given as offsets into one sentence of
``body-paragraphs``. We rebuild each article's text (sentences joined by a space, paragraphs by a blank
line), run the parse and the stages framing needs, and compare the markers that signal a framing choice
(:data:`storyline.analyze.framing.LOADED_KINDS`) with the gold spans:

* span level, exact (same start and end) and overlapping (a gold span is found when a marker overlaps it;
  a marker is right when it overlaps a gold span); token level (words inside spans);
* sentence level: a BASIL sentence is positive when it holds a lexical-bias span, predicted positive when
  it holds a marker.

BASIL has no train/test split here, so we split by event: a triplet is in the *tune* part when the first
hex digit of sha1(triplet-uuid) is even, else in the *report* part. Figures are reported on the report part.
The optional learned word list (``learn=True``) is fitted on the tune part only, at evaluation time: words
whose occurrences fall inside lexical-bias spans often enough; nothing from BASIL is shipped.

BABE (Spinde et al. 2021, ``final_labels_SG2.csv``): a sentence is predicted biased when it holds a marker;
split by sha1 of the sentence text (last hex digit in 0-2: report, about 19%; else tune). The learned
variants (word list from ``biased_words``, or a logistic regression over sentence embeddings) are trained on
the tune part at evaluation time.
"""

from __future__ import annotations

import ast
import csv
import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storyline.analyze.framing import LOADED_KINDS, Lexicon, find_markers, load_lexicon
from storyline.config import Settings
from storyline.evaluate import metrics
from storyline.model import Analysis, Article, FramingMarker, article_id

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")

# Figures published with the data sets, written beside ours (see docs/framing.md for the sources).
PUBLISHED = {
    "babe": {
        "sentence_macro_f1": 0.804,
        "source": "Spinde et al. 2021, best model (fine-tuned RoBERTa + distant supervision)",
    },
}


@dataclass
class BasilDoc:
    key: str  # YEAR/TRIPLET_N
    triplet: str
    outlet: str
    text: str
    sentences: list[tuple[int, int]]
    gold: list[tuple[int, int]]  # lexical-bias spans, offsets into text


def basil_part(triplet: str) -> str:
    """``tune`` or ``report``: a deterministic split by event, so the three outlets of one event stay together."""
    return "tune" if int(hashlib.sha1(triplet.encode()).hexdigest()[0], 16) % 2 == 0 else "report"


def read_basil(data: Path) -> list[BasilDoc]:
    """Every annotated article under ``data`` (BASIL's layout); articles without annotations are skipped."""
    docs = []
    for ann_path in sorted((data / "annotations").glob("*/*_ann.json")):
        art_path = data / "articles" / ann_path.parent.name / ann_path.name.replace("_ann.json", ".json")
        if not art_path.exists():
            continue
        art = json.loads(art_path.read_text("utf-8"))
        ann = json.loads(ann_path.read_text("utf-8"))
        text, sentences = "", []
        raw: list[str] = []
        for p_i, paragraph in enumerate(art.get("body-paragraphs") or []):
            for s_i, sentence in enumerate(paragraph):
                if text:
                    text += "\n\n" if s_i == 0 and p_i > 0 else " "
                sentences.append((len(text), len(text) + len(sentence)))
                raw.append(sentence)
                text += sentence
        gold = []
        for span in ann.get("phrase-level-annotations") or []:
            if span.get("bias") != "lex":
                continue
            start, end, txt = int(span["start"]), int(span["end"]), span.get("txt", "")
            hits = [i for i, s in enumerate(raw) if s[start:end] == txt] or [i for i, s in enumerate(raw) if txt in s]
            if not hits:
                continue
            i = hits[0]
            offset = sentences[i][0] + (start if raw[i][start:end] == txt else raw[i].index(txt))
            gold.append((offset, offset + len(txt)))
        triplet = art.get("triplet-uuid") or ann.get("triplet-uuid") or ann_path.name.rsplit("_", 2)[0]
        docs.append(BasilDoc(f"{ann_path.parent.name}/{art_path.stem}", triplet, art.get("source") or "", text,
                             sentences, gold))  # fmt: skip
    return docs


def framing_settings(settings: Settings | None = None) -> Settings:
    """Settings that run only the framing stage and the stages it depends on (transitively)."""
    from storyline.analyze import registered_stages

    settings = settings or Settings()
    stages = registered_stages()
    needed: set[str] = set()
    wanted = {"framing"}
    while wanted:
        name = wanted.pop()
        needed.add(name)
        for req in stages[name].requires:
            wanted.update(n for n, s in stages.items() if req in s.assigns and n not in needed)
    return settings.with_overrides(disable_stages=tuple(n for n in stages if n not in needed))


def prepare(texts: Iterable[tuple[str, str]], settings: Settings | None = None) -> list[tuple[Any, Analysis]]:
    """Parse texts and run the stages the framing stage depends on; (doc, analysis) per (key, text)."""
    from storyline import nlp
    from storyline.analyze import pipeline, run_stages

    settings = framing_settings(settings)
    ordered = [s for s in pipeline(settings) if s.name != "framing"]
    items = list(texts)
    model = nlp.load(settings.model)
    out = []
    for (key, text), doc in zip(items, model.pipe((t for _, t in items), batch_size=16), strict=True):
        article = Article(id=article_id(text), text=text, source=key)
        analysis = Analysis(article=article, sentences=[(s.start_char, s.end_char) for s in doc.sents])
        out.append((doc, run_stages(doc, analysis, ordered, settings)))
    return out


def loaded_markers(doc: Any, analysis: Analysis, lex: Lexicon, model: str) -> list[FramingMarker]:
    return [m for m in find_markers(doc, analysis, lex, model) if m.kind in LOADED_KINDS]


def prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> dict[str, float]:
    return {name: round(value, 4) for name, value in metrics.prf(tp_pred, n_pred, tp_gold, n_gold).items()}


def _words(text: str, spans: Iterable[tuple[int, int]]) -> set[int]:
    spans = list(spans)
    return {m.start() for m in _WORD.finditer(text) if any(s <= m.start() < e for s, e in spans)}


@dataclass
class Tally:
    exact_tp: int = 0
    pred: int = 0
    gold: int = 0
    pred_hit: int = 0
    gold_hit: int = 0
    tok_pred: int = 0
    tok_gold: int = 0
    tok_tp: int = 0
    sent_tp: int = 0
    sent_pred: int = 0
    sent_gold: int = 0
    sentences: int = 0
    articles: int = 0
    by_kind: Counter[str] = field(default_factory=Counter)
    hit_by_kind: Counter[str] = field(default_factory=Counter)

    def add(self, doc: BasilDoc, markers: list[FramingMarker]) -> None:
        pred = [(m.start, m.end) for m in markers]
        self.articles += 1
        self.pred += len(pred)
        self.gold += len(doc.gold)
        gold_set = set(doc.gold)
        self.exact_tp += len(set(pred) & gold_set)
        for m in markers:
            hit = any(s < m.end and m.start < e for s, e in doc.gold)
            self.pred_hit += hit
            self.by_kind[m.kind] += 1
            self.hit_by_kind[m.kind] += hit
        self.gold_hit += sum(any(s < pe and ps < e for ps, pe in pred) for s, e in doc.gold)
        pw, gw = _words(doc.text, pred), _words(doc.text, doc.gold)
        self.tok_pred, self.tok_gold, self.tok_tp = (
            self.tok_pred + len(pw),
            self.tok_gold + len(gw),
            self.tok_tp + len(pw & gw),
        )
        for s, e in doc.sentences:
            g = any(s <= gs < e for gs, _ in doc.gold)
            p = any(s <= ps < e for ps, _ in pred)
            self.sentences += 1
            self.sent_gold += g
            self.sent_pred += p
            self.sent_tp += g and p

    def figures(self) -> dict[str, Any]:
        return {
            "articles": self.articles, "sentences": self.sentences, "gold_spans": self.gold, "predicted_spans": self.pred,
            "gold_sentences": self.sent_gold,
            "span_exact": prf(self.exact_tp, self.pred, self.exact_tp, self.gold),
            "span_overlap": prf(self.pred_hit, self.pred, self.gold_hit, self.gold),
            "token": prf(self.tok_tp, self.tok_pred, self.tok_tp, self.tok_gold),
            "sentence": prf(self.sent_tp, self.sent_pred, self.sent_tp, self.sent_gold),
            "precision_by_kind": {k: f"{self.hit_by_kind[k]}/{n}" for k, n in sorted(self.by_kind.items())},
        }  # fmt: skip


def learn_words(docs: list[BasilDoc], min_count: int = 2, min_share: float = 0.3) -> dict[str, str | None]:
    """Words that fall inside lexical-bias spans in at least ``min_share`` of their uses (tune part only)."""
    inside: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for doc in docs:
        for m in _WORD.finditer(doc.text):
            word = m.group().casefold()
            total[word] += 1
            if any(s <= m.start() < e for s, e in doc.gold):
                inside[word] += 1
    return {w: None for w, n in inside.items() if n >= min_count and n / total[w] >= min_share and len(w) > 2}


@dataclass
class SentenceRows:
    """BASIL sentences as rows for a sentence classifier: text, lexicon features, gold label, event."""

    texts: list[str] = field(default_factory=list)
    lexicon: list[list[float]] = field(default_factory=list)
    gold: list[bool] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)


def sentence_rows(docs: list[BasilDoc], parsed: list[tuple[Any, Analysis]], lex: Lexicon, model: str) -> SentenceRows:
    """One row per sentence; features: which kinds of marker the sentence holds, and where it sits."""
    rows = SentenceRows()
    for d, (doc, analysis) in zip(docs, parsed, strict=True):
        markers = loaded_markers(doc, analysis, lex, model)
        for i, (s, e) in enumerate(d.sentences):
            kinds = {m.kind for m in markers if s <= m.start < e}
            rows.texts.append(d.text[s:e])
            # position too: BASIL's lexical bias gathers at the top of articles (Fan et al. 2019, Figure 1)
            position = [i / max(1, len(d.sentences) - 1), float(i < 3)]
            rows.lexicon.append([float(k in kinds) for k in LOADED_KINDS] + [float(bool(kinds))] + position)
            rows.gold.append(any(s <= gs < e for gs, _ in d.gold))
            rows.groups.append(d.triplet)
    return rows


def train_sentence_classifier(tune: SentenceRows, test: SentenceRows, encode: Any) -> tuple[list[bool], float]:
    """Logistic regression over sentence embeddings plus lexicon features, trained on the tune rows only.

    Lexical bias is rare (about 6% of BASIL sentences), so the decision threshold is the one that maximises
    F1 on out-of-fold predictions within the tune part (folds by event, so no event is scored by a model that
    saw it); ``encode`` maps texts to vectors (all-MiniLM-L6-v2 in :func:`evaluate_basil`).
    """
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold, cross_val_predict

    x_tune = np.hstack([np.asarray(encode(tune.texts)), np.asarray(tune.lexicon)])
    x_test = np.hstack([np.asarray(encode(test.texts)), np.asarray(test.lexicon)])
    y = np.asarray(tune.gold)
    clf = LogisticRegression(max_iter=3000, C=1.0, class_weight="balanced")
    folds = min(5, len(set(tune.groups)))
    oof = cross_val_predict(clf, x_tune, y, groups=tune.groups, cv=GroupKFold(folds), method="predict_proba")[:, 1]
    best, threshold = -1.0, 0.5
    for t in np.unique(np.quantile(oof, np.linspace(0.5, 0.99, 50))):
        pred = oof >= t
        tp = int((pred & y).sum())
        f1 = 2 * tp / (pred.sum() + y.sum()) if pred.sum() + y.sum() else 0.0
        if f1 > best:
            best, threshold = f1, float(t)
    clf.fit(x_tune, y)
    return [bool(p) for p in clf.predict_proba(x_test)[:, 1] >= threshold], threshold


def _encoder() -> Any:
    from storyline import nlp

    model = nlp.embedder()
    return lambda texts: model.encode(list(texts), batch_size=64, normalize_embeddings=True)


def evaluate_basil(data: Path, split: str = "report", learn: bool = False, tune_data: Path | None = None,
                   settings: Settings | None = None, classifier: bool = False) -> dict[str, Any]:  # fmt: skip
    """Figures on one part (``tune``, ``report`` or ``all``) of a BASIL-layout folder.

    ``learn`` adds words learned from the tune part; ``classifier`` adds a sentence classifier (sentence
    embeddings + lexicon features, :func:`train_sentence_classifier`) trained on the tune part at evaluation
    time, scored at sentence level only (it gives no span). The tune part comes from ``tune_data`` when given.
    """
    settings = settings or Settings()
    docs = read_basil(data)
    if not docs:
        raise ValueError(f"{data} holds no BASIL annotations (expected annotations/YEAR/*_ann.json)")
    chosen = [d for d in docs if split == "all" or basil_part(d.triplet) == split]
    tune_docs = [d for d in (read_basil(tune_data) if tune_data else docs) if basil_part(d.triplet) == "tune"]
    lex = load_lexicon(settings.lexicon)
    variants = {"lexicon": lex}
    if learn:
        words = learn_words(tune_docs)
        variants["lexicon+learned"] = lex.with_loaded(words, "learned")
    parsed = prepare([(d.key, d.text) for d in chosen], settings)
    results: dict[str, Any] = {"data": str(data), "split": split, "variants": {}}
    for name, variant in variants.items():
        tally = Tally()
        for d, (doc, analysis) in zip(chosen, parsed, strict=True):
            tally.add(d, loaded_markers(doc, analysis, variant, settings.model))
        results["variants"][name] = tally.figures()
    if learn:
        results["learned_words"] = len(words)
    if classifier and tune_docs:
        tune_parsed = prepare([(d.key, d.text) for d in tune_docs], settings)
        tune_rows = sentence_rows(tune_docs, tune_parsed, lex, settings.model)
        test_rows = sentence_rows(chosen, parsed, lex, settings.model)
        pred, threshold = train_sentence_classifier(tune_rows, test_rows, _encoder())
        tp = sum(p and g for p, g in zip(pred, test_rows.gold, strict=True))
        results["variants"]["embeddings+lexicon classifier"] = {
            "sentences": len(pred), "gold_sentences": sum(test_rows.gold), "threshold": round(threshold, 4),
            "tune_sentences": len(tune_rows.gold),
            "sentence": prf(tp, sum(pred), tp, sum(test_rows.gold)),
        }  # fmt: skip
    return results


# -- BABE ------------------------------------------------------------------------------------------------


@dataclass
class BabeRow:
    text: str
    biased: bool
    words: list[str]


def babe_part(text: str) -> str:
    return "report" if int(hashlib.sha1(text.encode("utf-8")).hexdigest()[-1], 16) < 3 else "tune"


def read_babe(data: Path) -> list[BabeRow]:
    path = data if data.is_file() else data / "final_labels_SG2.csv"
    rows = []
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for r in csv.DictReader(fh, delimiter=";"):
            label = (r.get("label_bias") or "").strip()
            if label not in ("Biased", "Non-biased") or not (r.get("text") or "").strip():
                continue  # "No agreement" rows carry no label
            try:
                words = [str(w) for w in ast.literal_eval(r.get("biased_words") or "[]")]
            except (ValueError, SyntaxError):
                words = []
            rows.append(BabeRow(r["text"], label == "Biased", words))
    return rows


def macro_f1(gold: list[bool], pred: list[bool]) -> dict[str, float]:
    out = {}
    for cls in (True, False):
        tp = sum(g == cls and p == cls for g, p in zip(gold, pred, strict=True))
        out["biased" if cls else "non_biased"] = prf(tp, sum(p == cls for p in pred), tp, sum(g == cls for g in gold))[
            "f1"
        ]
    out["macro_f1"] = round((out["biased"] + out["non_biased"]) / 2, 4)
    out["accuracy"] = round(sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold), 4) if gold else 0.0
    return out


def learn_babe_words(rows: list[BabeRow], min_count: int = 2, min_share: float = 0.5) -> dict[str, str | None]:
    """Words annotators marked as biased in at least ``min_share`` of the tune sentences holding them."""
    marked: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for row in rows:
        for w in {m.group().casefold() for m in _WORD.finditer(row.text)}:
            seen[w] += 1
        for w in {w.casefold() for w in row.words}:
            marked[w] += 1
    return {
        w: None for w, n in marked.items() if n >= min_count and seen[w] and n / seen[w] >= min_share and len(w) > 2
    }


def evaluate_babe(data: Path, split: str = "report", learn: bool = False, embeddings: bool = False,
                  settings: Settings | None = None) -> dict[str, Any]:  # fmt: skip
    settings = settings or Settings()
    rows = read_babe(data)
    chosen = [r for r in rows if split == "all" or babe_part(r.text) == split]
    tune = [r for r in rows if babe_part(r.text) == "tune"]
    lex = load_lexicon(settings.lexicon)
    variants = {"lexicon": lex}
    if learn:
        variants["lexicon+learned"] = lex.with_loaded(learn_babe_words(tune), "learned")
    parsed = prepare([(str(i), r.text) for i, r in enumerate(chosen)], settings)
    gold = [r.biased for r in chosen]
    results: dict[str, Any] = {"data": str(data), "split": split, "sentences": len(chosen),
                               "biased": sum(gold), "variants": {}, "published": PUBLISHED["babe"]}  # fmt: skip
    for name, variant in variants.items():
        pred, tp_words, n_pred_words, n_gold_words = [], 0, 0, 0
        for r, (doc, analysis) in zip(chosen, parsed, strict=True):
            markers = loaded_markers(doc, analysis, variant, settings.model)
            pred.append(bool(markers))
            found = {w.casefold() for m in markers for w in _WORD.findall(m.text)}
            marked = {w.casefold() for w in r.words}
            tp_words += len(found & marked)
            n_pred_words += len(found)
            n_gold_words += len(marked)
        results["variants"][name] = macro_f1(gold, pred) | {
            "words": prf(tp_words, n_pred_words, tp_words, n_gold_words)
        }
    if embeddings:
        results["variants"]["embeddings+logreg"] = macro_f1(gold, _embedding_classifier(tune, chosen))
    return results


def _embedding_classifier(tune: list[BabeRow], test: list[BabeRow]) -> list[bool]:
    """Logistic regression over all-MiniLM-L6-v2 sentence embeddings, trained on the tune part."""
    from sklearn.linear_model import LogisticRegression

    from storyline import nlp

    model = nlp.embedder()
    x_tune = model.encode([r.text for r in tune], batch_size=64, normalize_embeddings=True)
    x_test = model.encode([r.text for r in test], batch_size=64, normalize_embeddings=True)
    clf = LogisticRegression(max_iter=2000, C=2.0, class_weight="balanced")
    clf.fit(x_tune, [r.biased for r in tune])
    return [bool(p) for p in clf.predict(x_test)]


def detect_layout(data: Path) -> str:
    if (data / "annotations").is_dir() and (data / "articles").is_dir():
        return "basil"
    if data.is_file() and data.suffix == ".csv" or (data / "final_labels_SG2.csv").exists():
        return "babe"
    raise ValueError(f"{data}: neither BASIL's layout (annotations/, articles/) nor BABE's (final_labels_SG2.csv)")


# -- demo corpus gold -------------------------------------------------------------------------------------

_SCORED_FRAMING = ("loaded_term", "judging_verb", "epithet")
_QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019 .,;:!?"


def _speech_spans(text: str, quotes: Iterable[dict[str, Any]]) -> list[tuple[int, int]]:
    """Where the gold's direct and partial quotes sit in the text (every occurrence of each quoted stretch)."""
    spans = []
    for q in quotes:
        if q.get("kind") not in ("direct", "partial") or not q.get("text"):
            continue
        start = text.find(q["text"])
        while start >= 0:
            spans.append((start, start + len(q["text"])))
            start = text.find(q["text"], start + 1)
    return spans


def score_demo(gold: dict[str, Any], extracted: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Markers of the extracted demo corpus against the hand gold (``examples/gold.json``).

    The gold lists each string once per article, without offsets, so matching is by text within an
    article (case-insensitive). Scare quotes: a predicted ``scare_quote`` is right when its text (without
    the marks) is one of the article's gold scare quotes, *speech* when it lies inside or equals a gold
    direct/partial quote, a *title* when it is a gold quoted title. Framing: gold ``loaded_term``,
    ``judging_verb`` and ``epithet`` entries against predicted markers of those kinds outside the gold's
    direct/partial quotes (the gold lists only the outlet's own words); ``kind_correct`` counts matches of
    the same kind. Precision counts distinct (article, text) predictions.
    """
    sq_tp = sq_pred = sq_gold = speech = titles = 0
    fr_tp = fr_pred = fr_gold = fr_found = kind_ok = 0
    missed: list[str] = []
    extra: list[str] = []
    speech_hits: list[str] = []
    for url, g in gold["articles"].items():
        art = extracted.get(url)
        if art is None:
            continue
        ref = g.get("ref", url)
        text = art["text"]
        speech_spans = _speech_spans(text, g.get("quotes") or [])
        speech_texts = {q["text"].casefold() for q in g.get("quotes") or [] if q.get("kind") in ("direct", "partial")}
        markers = art.get("framing") or []

        gold_sq = {s.casefold() for s in g.get("scare_quotes") or []}
        gold_titles = {s.casefold() for s in g.get("quoted_titles") or []}
        pred_sq = {m["text"].strip(_QUOTE_MARKS).casefold() for m in markers if m["kind"] == "scare_quote"}
        sq_gold += len(gold_sq)
        sq_pred += len(pred_sq)
        sq_tp += len(pred_sq & gold_sq)
        missed += [f"{ref} scare_quote {s!r}" for s in sorted(gold_sq - pred_sq)]
        for s in sorted(pred_sq - gold_sq):
            if s in gold_titles:
                titles += 1
                extra.append(f"{ref} scare_quote (a quoted title) {s!r}")
            elif any(s in t for t in speech_texts):
                speech += 1
                speech_hits.append(f"{ref} {s!r}")
            else:
                extra.append(f"{ref} scare_quote {s!r}")

        gold_fr = {f["text"].casefold(): f["kind"] for f in g.get("framing") or [] if f["kind"] in _SCORED_FRAMING}
        pred_fr: dict[str, set[str]] = {}
        for m in markers:
            if m["kind"] in _SCORED_FRAMING and not any(s <= m["start"] and m["end"] <= e for s, e in speech_spans):
                pred_fr.setdefault(m["text"].casefold(), set()).add(m["kind"])
        fr_gold += len(gold_fr)
        fr_pred += len(pred_fr)
        fr_tp += len(pred_fr.keys() & gold_fr.keys())
        fr_found += len(gold_fr.keys() & pred_fr.keys())
        kind_ok += sum(kind in pred_fr.get(t, ()) for t, kind in gold_fr.items())
        missed += [f"{ref} {gold_fr[t]} {t!r}" for t in sorted(gold_fr.keys() - pred_fr.keys())]
        extra += [f"{ref} {'/'.join(sorted(pred_fr[t]))} {t!r}" for t in sorted(pred_fr.keys() - gold_fr.keys())]
    return {
        "articles": sum(url in extracted for url in gold["articles"]),
        "scare_quotes": prf(sq_tp, sq_pred, sq_tp, sq_gold) | {"gold": sq_gold, "predicted": sq_pred},
        "speech_as_scare_quote": speech,
        "titles_as_scare_quote": titles,
        "framing": prf(fr_tp, fr_pred, fr_found, fr_gold)
        | {"gold": fr_gold, "predicted": fr_pred, "kind_correct": kind_ok},  # fmt: skip
        "missed": missed,
        "extra": extra,
        "speech_taken_for_scare_quotes": speech_hits,
    }
