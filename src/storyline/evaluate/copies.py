"""Scoring copy detection on a perturbation set built from real articles.

Each source article (BASIL, the demo corpus, or any BASIL-layout / JSONL folder) gets light edits of the
kinds syndication makes: a new headline with a trimmed ending, a new headline with a sentence inserted
from another article, and all of it together with page furniture. Gold: an article and its variants are
one copy group; every other pair is unrelated, which includes BASIL's hard negatives (three outlets on
the same event, sharing quotes). The articles go through the product's stateless ``group`` step, and
pairs are scored: precision and recall of "is a copy of".
"""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

from storyline.evaluate.metrics import f1, ratio
from storyline.ingest.metadata import build_article
from storyline.model import Article

FURNITURE = ("Photo: staff photographer", "Read more: world news", "Follow us for updates", "Comments 0")


def read_articles(path: str | Path) -> list[Article]:
    """Articles of a BASIL-layout folder, or of a JSONL file with ``text`` (and ``title``) per line."""
    from storyline.evaluate.clusters import read_basil

    path = Path(path)
    if path.is_file():
        out = []
        for line in path.read_text("utf-8").splitlines():
            try:
                data = json.loads(line)
                out.append(build_article(text=data["text"], source=str(path), title=data.get("title"),
                                         outlet=data.get("outlet"), published=data.get("published")))  # fmt: skip
            except (ValueError, KeyError, TypeError):
                continue
        return out
    return read_basil(path)[0]


def _sentences(text: str) -> list[str]:
    import re

    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]


def variants(article: Article, donor: str, rng: random.Random) -> list[tuple[str, str]]:
    """(kind, text) light edits of one article; ``donor`` gives the inserted sentence."""
    paragraphs = [p for p in article.text.split("\n\n") if p.strip()]
    sents = _sentences(article.text)
    cut = max(1, round(len(paragraphs) * rng.uniform(0.1, 0.3)))
    trimmed = "\n\n".join(paragraphs[:-cut]) if len(paragraphs) > 3 else " ".join(sents[: max(1, len(sents) * 3 // 4)])
    at = rng.randrange(1, max(2, len(sents)))
    inserted = " ".join(sents[:at] + [donor] + sents[at:])
    isents = _sentences(inserted)
    combo = "\n".join([rng.choice(FURNITURE), " ".join(isents[: max(1, len(isents) - 2)]), rng.choice(FURNITURE)])
    return [("headline + trimmed ending", trimmed), ("headline + inserted sentence", inserted),
            ("headline + furniture + inserted + trimmed", combo)]  # fmt: skip


def build_set(articles: list[Article], seed: int = 13) -> tuple[list[dict[str, Any]], dict[str, int], dict[str, str]]:
    """Article dicts (originals and variants), the gold group of each, and the edit kind of each variant."""
    rng = random.Random(seed)
    origin = _source_groups(articles)
    dicts: list[dict[str, Any]] = []
    gold: dict[str, int] = {}
    kinds: dict[str, str] = {}
    for index, article in enumerate(articles):
        if len(article.text.split()) < 60:
            continue
        donor_text = articles[(index + 1) % len(articles)].text
        donor = rng.choice(_sentences(donor_text) or ["A spokesman declined to comment."])
        items = [("original", article.text)] + variants(article, donor, rng)
        for n, (kind, text) in enumerate(items):
            copy = build_article(text=text, source=f"{article.source}#{n}", title=f"{article.title or ''} ({kind})",
                                 published=article.published, outlet=f"outlet-{n}")  # fmt: skip
            if copy.id in gold:
                continue
            dicts.append(copy.to_dict() | {"duplicate_of": None})
            gold[copy.id] = origin[index]
            kinds[copy.id] = kind
    return dicts, gold, kinds


def _source_groups(articles: list[Article]) -> list[int]:
    """Gold group of each source article: sources that are already copies of each other (the demo corpus
    holds wire copies) share one, judged by the exact shingle overlap, not by the MinHash under test."""
    from storyline.relate.duplicates import shingles

    sets = [shingles(a.text) for a in articles]
    group = list(range(len(articles)))
    for i, a in enumerate(sets):
        for j in range(i):
            both = len(a & sets[j])
            if a and sets[j] and (both / len(a | sets[j]) >= 0.5 or both / min(len(a), len(sets[j])) >= 0.8):
                group[i] = group[j]
                break
    return group


def pair_scores(predicted: dict[str, str], gold: dict[str, int]) -> dict[str, float]:
    """Precision and recall over all pairs of "copy of one text", counted from group sizes (no pair loop)."""

    def pairs(sizes: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in sizes.values())

    both = pairs(Counter((predicted[i], gold[i]) for i in gold))
    pred, true = pairs(Counter(predicted[i] for i in gold)), pairs(Counter(gold.values()))
    precision, recall = ratio(both, pred, empty=1.0), ratio(both, true, empty=1.0)
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1(precision, recall),
        "gold_pairs": true,
        "predicted_pairs": pred,
    }


def evaluate(paths: list[str | Path], seed: int = 13) -> dict[str, Any]:
    from storyline.config import Settings
    from storyline.relate.duplicates import group_copies

    articles = [a for p in paths for a in read_articles(p)]
    dicts, gold, kinds = build_set(articles, seed)
    group_copies(dicts, Settings())
    predicted = {d["id"]: d["duplicate_of"] or d["id"] for d in dicts}
    by_kind = {}
    for kind in sorted(set(kinds.values()) - {"original"}):
        found = [predicted[i] == predicted[o] for i, k in kinds.items() if k == kind
                 for o, ko in kinds.items() if ko == "original" and gold[o] == gold[i]]  # fmt: skip
        by_kind[kind] = sum(found) / len(found) if found else 0.0
    return {
        "data": [str(p) for p in paths], "source_articles": len(set(gold.values())), "articles": len(dicts),
        "pairs": pair_scores(predicted, gold), "recall_by_edit": by_kind,
    }  # fmt: skip
