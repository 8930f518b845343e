"""Score quote attribution on PolNeAR (Newell, Margolin and Ruths, LREC 2018), beside textacy's baseline.

Reads any folder laid out like PolNeAR's compartments (``text/NAME.txt`` and
``attributions/NAME_ANNOTATOR.ann``, brat standoff), so the held-back test part is scored the same way.

What is scored, per attribution relation as the corpus defines it (source, cue, content):

* **content, token F1**: content tokens shared between matched gold and predicted relations, over all
  predicted (precision) and all gold (recall) content tokens. Tokens are spaCy tokens without punctuation,
  so quotation marks and a closing full stop do not count.
* **content, exact F1**: a relation counts when its content tokens equal the gold content's tokens.
* **relations F1**: a relation counts when its content overlaps a gold content (one-to-one matching by
  overlap, largest first).
* **cue accuracy** and **source accuracy**: over matched relations, the share whose cue (source) overlaps
  the gold cue (source). Gold relations without a source (``Attribution-no-source``) are left out of
  source accuracy.

Two gold sets: **all** attributions (PolNeAR counts thoughts and intentions too: "X believes", "X
wants"), and **speech** only, where the gold cue is a verb of saying (``SPEECH_CUES`` of the quotes
stage, or "according to"). storyline's shipped stage extracts speech; on the "all" row it is run with its
thought cues switched on (``include_thoughts=True``), and that is said in the row's name. Where an
article has several annotators, the annotator whose file name sorts first is the gold.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storyline.config import Settings
from storyline.evaluate.metrics import f1, ratio

if TYPE_CHECKING:
    from spacy.tokens import Doc

Spans = list[tuple[int, int]]
_ANN_NAME = re.compile(r"^(?P<name>.+)_(?P<annotator>[0-9a-f]{4})\.ann$")


@dataclass
class Relation:
    """One attribution: character spans of its content, cue and source (the source may be absent)."""

    content: Spans
    cue: Spans = field(default_factory=list)
    source: Spans = field(default_factory=list)
    speech: bool = True


@dataclass
class Counts:
    gold: int = 0
    pred: int = 0
    matched: int = 0
    exact: int = 0
    gold_tokens: int = 0
    pred_tokens: int = 0
    shared_tokens: int = 0
    cue_right: int = 0
    source_total: int = 0
    source_right: int = 0

    def add(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def figures(self) -> dict[str, float | int]:
        tok_p, tok_r = ratio(self.shared_tokens, self.pred_tokens), ratio(self.shared_tokens, self.gold_tokens)
        rel_p, rel_r = ratio(self.matched, self.pred), ratio(self.matched, self.gold)
        ex_p, ex_r = ratio(self.exact, self.pred), ratio(self.exact, self.gold)
        return {
            "gold": self.gold,
            "predicted": self.pred,
            "content_token_p": tok_p,
            "content_token_r": tok_r,
            "content_token_f1": f1(tok_p, tok_r),
            "content_exact_f1": f1(ex_p, ex_r),
            "relation_p": rel_p,
            "relation_r": rel_r,
            "relation_f1": f1(rel_p, rel_r),
            "cue_accuracy": ratio(self.cue_right, self.matched),
            "source_accuracy": ratio(self.source_right, self.source_total),
        }


# -- reading the corpus ---------------------------------------------------------------------------------
def documents(folder: Path) -> list[tuple[str, Path, Path]]:
    """(name, text file, annotation file) for every annotated article; first annotator by file name."""
    text_dir, ann_dir = folder / "text", folder / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise FileNotFoundError(f"{folder} is not laid out like PolNeAR: expected text/ and attributions/ in it")
    chosen: dict[str, Path] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        m = _ANN_NAME.match(ann.name)
        name = m.group("name") if m else ann.stem
        chosen.setdefault(name, ann)
    out = []
    for name, ann in sorted(chosen.items()):
        text = text_dir / f"{name}.txt"
        if text.exists():
            out.append((name, text, ann))
    return out


def read_relations(ann_text: str) -> list[Relation]:
    """Attribution relations of one brat ``.ann`` file (discontinuous spans kept as several spans)."""
    spans: dict[str, tuple[str, Spans]] = {}
    events: list[str] = []
    for line in ann_text.splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            label, _, offsets = parts[1].partition(" ")
            try:
                ranges = [tuple(int(x) for x in piece.split()) for piece in offsets.split(";")]
                spans[parts[0]] = (label, [(a, b) for a, b in ranges])  # type: ignore[misc]
            except ValueError:
                continue
        elif parts[0].startswith("E") and parts[1].startswith("Attribution"):
            events.append(parts[1])
    out = []
    for event in events:
        roles: dict[str, Spans] = {}
        for arg in event.split()[1:]:
            role, _, ref = arg.partition(":")
            if ref in spans:
                roles[re.sub(r"\d+$", "", role)] = spans[ref][1]
        if "Content" in roles:
            out.append(Relation(content=roles["Content"], cue=roles.get("Cue", []), source=roles.get("Source", [])))
    return out


# -- scoring ----------------------------------------------------------------------------------------------
class TokenIndex:
    """Maps character spans to the set of non-punctuation token indices they touch."""

    def __init__(self, doc: Doc) -> None:
        self.starts = [t.idx for t in doc]
        self.ends = [t.idx + len(t.text) for t in doc]
        self.words = [not (t.is_punct or t.is_space) for t in doc]

    def tokens(self, spans: Spans) -> frozenset[int]:
        import bisect

        out: set[int] = set()
        for s, e in spans:
            i = max(0, bisect.bisect_right(self.ends, s))
            while i < len(self.starts) and self.starts[i] < e:
                if self.words[i]:
                    out.add(i)
                i += 1
        return frozenset(out)


def score_document(gold: list[Relation], pred: list[Relation], index: TokenIndex) -> Counts:
    c = Counts(gold=len(gold), pred=len(pred))
    g_tok = [index.tokens(r.content) for r in gold]
    p_tok = [index.tokens(r.content) for r in pred]
    c.gold_tokens = sum(len(t) for t in g_tok)
    c.pred_tokens = sum(len(t) for t in p_tok)
    pairs = sorted(
        ((len(gt & pt), gi, pi) for gi, gt in enumerate(g_tok) for pi, pt in enumerate(p_tok) if gt & pt),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    for shared, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        c.matched += 1
        c.shared_tokens += shared
        c.exact += g_tok[gi] == p_tok[pi]
        c.cue_right += bool(index.tokens(gold[gi].cue) & index.tokens(pred[pi].cue))
        if gold[gi].source:
            c.source_total += 1
            c.source_right += bool(index.tokens(gold[gi].source) & index.tokens(pred[pi].source))
    return c


def speech_subset(
    gold: list[Relation], pred: list[Relation], index: TokenIndex
) -> tuple[list[Relation], list[Relation]]:
    """Gold speech relations, and the predictions that do not overlap a gold thought relation."""
    thoughts = [index.tokens(r.content) for r in gold if not r.speech]
    kept = [p for p in pred if p.speech and not any(index.tokens(p.content) & t for t in thoughts)]
    return [r for r in gold if r.speech], kept


def _mark_speech(gold: list[Relation], doc: Doc) -> None:
    from storyline.analyze.quotes import SPEECH_CUES

    for r in gold:
        words = [doc.char_span(s, e, alignment_mode="expand") for s, e in r.cue]
        lemmas = {t.lemma_.lower() for span in words if span is not None for t in span}
        texts = {t.lower_ for span in words if span is not None for t in span}
        r.speech = bool(lemmas & SPEECH_CUES) or "according" in texts


# -- the systems --------------------------------------------------------------------------------------------
def storyline_relations(doc: Doc, analysis: Any, include_thoughts: bool) -> list[Relation]:
    from storyline.analyze.quotes import find_attributions

    attributions, _ = find_attributions(doc, analysis, include_thoughts=include_thoughts)
    out = []
    for a in attributions:
        cue = []
        if a.cue is not None:
            cue = [(a.cue.idx, a.cue_end or a.cue.idx + len(a.cue.text))]
        source = [(a.speaker.start, a.speaker.end)] if a.speaker else []
        out.append(Relation(content=a.content, cue=cue, source=source, speech=a.speech))
    return out


def textacy_relations(doc: Doc) -> list[Relation]:
    """textacy's ``direct_quotations``: direct quotes only, speaker as the cue's subject tokens."""
    from textacy.extract.triples import direct_quotations

    out = []
    try:
        triples = list(direct_quotations(doc))
    except Exception:  # textacy raises on some unbalanced quotation marks; count the article as empty
        return out
    for t in triples:
        out.append(
            Relation(
                content=[(t.content.start_char, t.content.end_char)],
                cue=[(tok.idx, tok.idx + len(tok.text)) for tok in t.cue],
                source=[(tok.idx, tok.idx + len(tok.text)) for tok in t.speaker],
            )
        )
    return out


SYSTEMS: dict[str, Callable[[Any, Any], list[Relation]]] = {
    "storyline": lambda doc, analysis: storyline_relations(doc, analysis, include_thoughts=False),
    "storyline+thoughts": lambda doc, analysis: storyline_relations(doc, analysis, include_thoughts=True),
    "textacy": lambda doc, analysis: textacy_relations(doc),
}
# which systems are scored on which gold set
ROWS = (
    ("all", "storyline+thoughts"),
    ("all", "textacy"),
    ("speech", "storyline"),
    ("speech", "textacy"),
)


def evaluate(data: str | Path, limit: int | None = None, settings: Settings | None = None,
             on_progress: Callable[[int], None] | None = None) -> dict[str, Any]:  # fmt: skip
    """Score every system on the folder; returns {"rows": [...], "documents": n, "failed": [...]}."""
    from storyline.analyze import run_stages
    from storyline.ingest.metadata import build_article
    from storyline.model import Analysis

    settings = settings or Settings()
    docs = documents(Path(data))[:limit] if limit else documents(Path(data))
    stages = _stages_for_quotes(settings)
    from storyline import nlp

    model = nlp.load(settings.model)
    totals: dict[tuple[str, str], Counts] = defaultdict(Counts)
    failed: list[str] = []
    texts = (path.read_text("utf-8") for _, path, _ in docs)
    for (name, _, ann), doc in zip(docs, model.pipe(texts, batch_size=16), strict=True):
        try:
            gold = read_relations(ann.read_text("utf-8"))
            _mark_speech(gold, doc)
            article = build_article(text=doc.text, source=str(ann))
            analysis = Analysis(article=article, sentences=[(s.start_char, s.end_char) for s in doc.sents])
            analysis = run_stages(doc, analysis, stages, settings)
            index = TokenIndex(doc)
            for subset, system in ROWS:
                pred = SYSTEMS[system](doc, analysis)
                g, p = (gold, pred) if subset == "all" else speech_subset(gold, pred, index)
                totals[(subset, system)].add(score_document(g, p, index))
        except Exception as exc:  # one bad file never stops the run; it is listed in the result
            failed.append(f"{name}: {type(exc).__name__}: {exc}")
        if on_progress:
            on_progress(1)
    rows = [{"gold_set": subset, "system": system, **totals[(subset, system)].figures()} for subset, system in ROWS]
    return {
        "data": str(data),
        "documents": len(docs),
        "failed": failed,
        "annotator": "first by file name",
        "rows": rows,
    }


def _stages_for_quotes(settings: Settings) -> list[Any]:
    """The quotes stage and the stages it depends on, in order; other stages are not run."""
    from storyline.analyze import pipeline, registered_stages

    stages = registered_stages()
    needed, frontier = {"quotes"}, ["quotes"]
    while frontier:
        st = stages[frontier.pop()]
        for req in st.requires:
            for other in stages.values():
                if req in other.assigns and other.name not in needed:
                    needed.add(other.name)
                    frontier.append(other.name)
    return pipeline(settings.with_overrides(disable_stages=tuple(n for n in stages if n not in needed)))


def format_table(result: dict[str, Any], columns: Iterable[str] | None = None) -> list[list[str]]:
    columns = list(
        columns or ("content_token_f1", "content_exact_f1", "relation_f1", "cue_accuracy", "source_accuracy")
    )
    out = [["gold set", "system", "gold", "predicted", *columns]]
    for row in result["rows"]:
        out.append([row["gold_set"], row["system"], str(row["gold"]), str(row["predicted"]),
                    *(f"{row[c]:.3f}" for c in columns)])  # fmt: skip
    return out


# -- the demo corpus gold (examples/gold.json) -------------------------------------------------------------
PRONOUNS = frozenset({"he", "she", "they", "him", "her", "it", "we"})


def _words_of(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def demo_scores(gold: dict[str, Any], extracted: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Quotes on the hand-written demo gold: recall by kind, precision, speaker/actor/affiliation accuracy
    over found quotes, pronoun speakers, and scare quotes or quoted titles taken for speech.

    A gold quote is found when a predicted quote of the same article shares at least half the words of the
    larger of the two; its kind, speaker actor (the person or state, or for a role the role's words) and
    affiliation are then compared."""
    found_by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    matched = predicted = speaker_right = affiliation_right = 0
    pronoun = [0, 0]
    scare_as_speech: list[str] = []
    misses: list[str] = []
    for url, art in gold["articles"].items():
        pred = list((extracted.get(url) or {}).get("quotes", []))
        predicted += len(pred)
        used: set[int] = set()
        for g in art.get("quotes", []):
            gw = _words_of(g["text"])
            best, best_overlap = None, 0.0
            for i, p in enumerate(pred):
                pw = _words_of(p["text"])
                overlap = len(gw & pw) / max(len(gw), len(pw), 1)
                if i not in used and overlap >= 0.5 and overlap > best_overlap:
                    best, best_overlap = i, overlap
            found_by_kind[g["kind"]][1] += 1
            is_pronoun = g.get("speaker_text", "").casefold() in PRONOUNS
            pronoun[1] += is_pronoun
            if best is None:
                misses.append(f"{art.get('ref')}: {g['kind']} {g['text'][:60]!r}")
                continue
            used.add(best)
            p = pred[best]
            matched += 1
            found_by_kind[g["kind"]][0] += p["kind"] == g["kind"]
            if g.get("speaker_actor"):
                right = p.get("speaker_actor") == g["speaker_actor"]
            else:
                said_by = p.get("speaker_name") or p.get("speaker") or ""  # a pronoun's role is its name
                right = _words_of(g.get("speaker") or "") <= _words_of(said_by) and not p.get("speaker_actor")
                if g.get("speaker_actors"):
                    right = set(p.get("speaker_actors") or ()) == set(g["speaker_actors"])
            speaker_right += right
            pronoun[0] += right and is_pronoun
            affiliation_right += (p.get("speaker_affiliation") or None) == (g.get("affiliation") or None)
        for phrase in [*art.get("scare_quotes", []), *art.get("quoted_titles", [])]:
            if any(p["text"].strip() == phrase.strip() and p["kind"] != "indirect" for p in pred):
                scare_as_speech.append(f"{art.get('ref')}: {phrase}")
    gold_total = sum(t for _, t in found_by_kind.values())
    return {
        "gold": gold_total,
        "predicted": predicted,
        "recall": matched / gold_total if gold_total else 0.0,
        "precision": matched / predicted if predicted else 0.0,
        "recall_by_kind (right kind)": {k: f"{a}/{t}" for k, (a, t) in sorted(found_by_kind.items())},
        "speaker_accuracy": speaker_right / matched if matched else 0.0,
        "affiliation_accuracy": affiliation_right / matched if matched else 0.0,
        "pronoun_speakers_right": f"{pronoun[0]}/{pronoun[1]}",
        "scare_quotes_taken_for_speech": scare_as_speech,
        "missed": misses,
    }
