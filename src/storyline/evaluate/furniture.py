"""Furniture removal scored on real news text with furniture inserted by a seeded generator.

No data set annotates page furniture in plain text, so the gold is made: clean article texts (PolNeAR's
``text/*.txt``, BASIL's ``articles/**/*.json``, or any folder of ``.txt`` / ``.json`` files) get furniture
lines of every kind inserted at random line positions. Every inserted line is known, so:

* precision / recall of removed lines against inserted lines;
* ``original_lines_removed``: lines of the original text that cleaning removed (the severe error; each is
  listed, since a source text can carry furniture of its own, such as "Read the rest here.");
* ``same_after_cleaning``: articles whose cleaned dirty text equals the cleaned original (same id, so the
  same copies, entities and quotes);
* with ``analyze``: entities and quotes of a sample analysed from the original and from the dirty text,
  and every person mention or quote speaker that names a social network, photo agency or newsletter.

The generator's lines are written here, apart from the patterns in ``data/furniture.yaml``, in the forms
pages use; the headlines of "Read more" links are titles of the other articles of the set, so some carry
reporting verbs or quotes (which the cleaner must then keep: those count against recall, honestly).
"""

from __future__ import annotations

import json
import random
import re
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storyline.ingest.clean import clean_text, may_be_furniture

NETWORKS = ["Facebook", "Twitter", "Instagram", "LinkedIn", "YouTube", "TikTok", "Telegram", "WhatsApp", "X"]
MESSENGERS = ["WhatsApp", "Telegram", "Viber", "Signal"]
AGENCIES = ["Reuters", "AP", "AFP", "Getty Images", "EPA", "Anadolu Agency", "Xinhua", "Shutterstock", "Flash90"]
OUTLETS = ["The Ledger", "Daily Courier", "Al Jazeera", "The Times of Israel", "Middle East Eye", "The National"]
NAMES = ["Evan Vucci", "Kevin Lamarque", "Jabin Botsford", "Ammar Awad", "Maya Alleruzzo", "Jonathan Ernst"]
LANGUAGES = ["Arabic", "French", "Spanish", "Hebrew", "Russian", "Persian", "Turkish", "German"]
# Words that must never become a person or a speaker: the networks, agencies and newsletters above.
FURNITURE_NAMES = {n.casefold() for n in NETWORKS + MESSENGERS + AGENCIES} | {"newsletter", "getty", "epa-efe"}

# {net} network, {msg} messenger, {agency}, {outlet}, {name} photographer, {lang}, {n} number, {head} headline
TEMPLATES: dict[str, list[str]] = {
    "social": [
        "Follow us on {net} and {net}",
        "Follow {outlet} on {net}",
        "Join our {msg} group for the latest updates",
        "Join our {msg} channel",
        "Like us on Facebook",
        "Share this article",
        "Share on {net}",
        "Share",
        "Tweet",
        "Follow us:",
        "Connect with us on {net}",
        "Follow @{handle} on {net}",
        "Click here to share on {net}",
        "Get the {outlet} app",
    ],
    "credit": [
        "{agency} / File",
        "({agency_short} Photo/{name})",
        "Photo: {agency}",
        "Photo by {name}/{agency}",
        "{name}/{agency}",
        "Image copyright {agency}",
        "{name} for The Washington Post",
        "FILE PHOTO: {caption} REUTERS/{name}",
        "{caption} (AP Photo/{name})",
        "Photograph: {name}/{agency}",
        "(Photo courtesy of {outlet})",
    ],
    "counter": [
        "Comments 0",
        "{n} Comments",
        "Shares {n}",
        "{n} shares",
        "{small} min read",
        "Reading time: {small} minutes",
        "View comments",
        "Comments ({n})",
        "{n}K views",
        "Leave a comment",
    ],
    "related": [
        "Read more: {head}",
        "RELATED: {head}",
        "Related: {head}",
        "See also: {head}",
        "Read the full story here.",
        "Continue reading",
        "You may also like: {head}",
        "Watch: {head}",
        "More: {head}",
        "Recommended: {head}",
    ],
    "other_language": [
        "Read this story in {lang}",
        "Read this article in {lang}",
        "This article is also available in {lang}",
        "Lire en fran\u00e7ais",
        "Leer en espa\u00f1ol",
        "\u0627\u0642\u0631\u0623 \u0628\u0627\u0644\u0644\u063a\u0629 \u0627\u0644\u0639\u0631\u0628\u064a\u0629",
        "\u0427\u0438\u0442\u0430\u0442\u044c \u043d\u0430 \u0440\u0443\u0441\u0441\u043a\u043e\u043c",
        "English | \u0639\u0631\u0628\u064a | Fran\u00e7ais",
        "Also available in {lang}",
    ],
    "newsletter": [
        "Sign up for our daily newsletter",
        "Subscribe to our weekly briefing",
        "Get the latest {topic} news delivered to your inbox",
        "Enter your email address to subscribe",
        "Sign up for {outlet}'s Morning Briefing",
        "Newsletter",
        "Subscribe now",
        "Thank you for signing up!",
    ],
    "other": [
        "Advertisement",
        "ADVERTISEMENT",
        "Story continues below advertisement",
        "Skip to main content",
        "Copyright {year} {outlet}. All rights reserved.",
        "Updated {time}",
        "Tags: {topic}, {topic}",
        "Reporting by {name}; Editing by {name}",
    ],
}
CAPTIONS = [
    "Protesters gather outside parliament",
    "Delegates arrive for the summit",
    "Smoke rises over the city",
    "The minister speaks at a news conference",
]
TOPICS = ["politics", "world", "Middle East", "elections", "diplomacy"]


@dataclass(frozen=True)
class Document:
    name: str
    text: str
    title: str | None = None


@dataclass(frozen=True)
class DirtyText:
    text: str
    inserted: dict[int, str]  # 1-based line number in ``text`` -> furniture kind


def read_documents(path: str | Path) -> list[Document]:
    """Every ``.txt`` file (the text) and ``.json`` file (BASIL's ``body-paragraphs`` or a ``text`` field)."""
    root = Path(path)
    files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.suffix in (".txt", ".json"))
    docs: list[Document] = []
    for file in files:
        try:
            if file.suffix == ".txt":
                text = file.read_text("utf-8").replace("\r\n", "\n").strip()
                title = text.split("\n", 1)[0].strip() or None
            else:
                record = json.loads(file.read_text("utf-8"))
                text, title = _json_text(record)
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            continue  # one unreadable file never stops the evaluation
        if text:
            docs.append(Document(str(file.relative_to(root)) if root.is_dir() else file.name, text, title))
    return docs


def _json_text(record: Any) -> tuple[str, str | None]:
    if not isinstance(record, dict):
        return "", None
    body = record.get("body-paragraphs") or record.get("text") or ""
    if isinstance(body, list):
        paragraphs = [" ".join(map(str, p)) if isinstance(p, list) else str(p) for p in body]
        body = "\n\n".join(p.strip() for p in paragraphs if p.strip())
    title = record.get("title")
    return str(body).strip(), str(title) if title else None


def make_dirty(
    text: str, rng: random.Random, headlines: list[str], lines_per_article: tuple[int, int] = (4, 9)
) -> DirtyText:
    """``text`` with furniture lines inserted between its lines; which lines were inserted is returned."""
    lines = text.split("\n")
    count = rng.randint(*lines_per_article)
    # Positions are gaps between lines (0 = before the first); several lines may share a gap.
    gaps = sorted(rng.randint(0, len(lines)) for _ in range(count))
    out: list[str] = []
    inserted: dict[int, str] = {}
    pending = iter(gaps)
    next_gap = next(pending, None)
    for index in range(len(lines) + 1):
        while next_gap == index:
            kind = rng.choice(list(TEMPLATES))
            line = _fill(rng.choice(TEMPLATES[kind]), rng, headlines)
            if rng.random() < 0.5 and out and out[-1].strip():
                out.append("")  # as its own paragraph, or glued under a line, as pages give them
            out.append(line)
            inserted[len(out)] = kind
            if rng.random() < 0.5:
                out.append("")
            next_gap = next(pending, None)
        if index < len(lines):
            out.append(lines[index])
    return DirtyText("\n".join(out), inserted)


def _fill(template: str, rng: random.Random, headlines: list[str]) -> str:
    values = {
        "net": lambda: rng.choice(NETWORKS),
        "msg": lambda: rng.choice(MESSENGERS),
        "agency": lambda: rng.choice(AGENCIES),
        "agency_short": lambda: rng.choice(["AP", "AFP"]),
        "outlet": lambda: rng.choice(OUTLETS),
        "name": lambda: rng.choice(NAMES),
        "lang": lambda: rng.choice(LANGUAGES),
        "n": lambda: str(rng.choice([1, 3, 12, 48, 150, 2300])),
        "small": lambda: str(rng.randint(2, 12)),
        "head": lambda: rng.choice(headlines).rstrip(".") if headlines else "More news",
        "caption": lambda: rng.choice(CAPTIONS),
        "topic": lambda: rng.choice(TOPICS),
        "year": lambda: str(rng.randint(2010, 2025)),
        "time": lambda: (
            f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} PM ET, {rng.choice(['March', 'June'])} {rng.randint(1, 28)}"
        ),
        "handle": lambda: rng.choice(["ledgernews", "dailycourier", "AJEnglish", "TOIIsraelLive"]),
    }
    return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)](), template)


@dataclass
class FurnitureScore:
    articles: int = 0
    inserted: int = 0
    removed_inserted: int = 0
    original_lines_removed: list[dict[str, Any]] = field(default_factory=list)
    missed: Counter[str] = field(default_factory=Counter)
    missed_protected: int = 0  # missed lines the safety rule protects (a reporting verb or a quote mark)
    missed_examples: list[str] = field(default_factory=list)
    by_kind: Counter[str] = field(default_factory=Counter)
    same_after_cleaning: int = 0

    def as_dict(self) -> dict[str, Any]:
        removed = self.removed_inserted + len(self.original_lines_removed)
        removable = self.inserted - self.missed_protected
        return {
            "articles": self.articles,
            "inserted_lines": self.inserted,
            "removed_lines": removed,
            "precision": round(self.removed_inserted / removed, 4) if removed else None,
            "recall": round(self.removed_inserted / self.inserted, 4) if self.inserted else None,
            # recall over the inserted lines the safety rule lets the cleaner remove at all
            "recall_removable": round(self.removed_inserted / removable, 4) if removable else None,
            "original_lines_removed": len(self.original_lines_removed),
            "original_lines_removed_examples": self.original_lines_removed[:20],
            "recall_by_kind": {
                kind: round(1 - self.missed[kind] / n, 4) for kind, n in sorted(self.by_kind.items()) if n
            },
            "missed_protected_by_safety_rule": self.missed_protected,
            "missed_examples": self.missed_examples[:15],
            "same_after_cleaning": self.same_after_cleaning,
        }


def score_furniture(docs: list[Document], seed: int = 0) -> FurnitureScore:
    headlines = [d.title for d in docs if d.title]
    score = FurnitureScore()
    for doc in docs:
        rng = random.Random(seed * 1_000_003 + zlib.crc32(doc.name.encode("utf-8")))
        dirty = make_dirty(doc.text, rng, headlines)
        original = clean_text(doc.text)
        cleaned = clean_text(dirty.text)
        removed = {f.line: f for f in cleaned.removed}
        score.articles += 1
        score.inserted += len(dirty.inserted)
        score.by_kind.update(dirty.inserted.values())
        for number, kind in dirty.inserted.items():
            if number in removed:
                score.removed_inserted += 1
            else:
                score.missed[kind] += 1
                line = dirty.text.split("\n")[number - 1]
                score.missed_protected += not may_be_furniture(line)
                score.missed_examples.append(f"{kind}: {line}")
        for number, found in removed.items():
            if number not in dirty.inserted:
                score.original_lines_removed.append({"article": doc.name, "text": found.text, "kind": found.kind})
        score.same_after_cleaning += _same(cleaned.text, original.text)
    return score


def _same(a: str, b: str) -> bool:
    from storyline.model import normalize_text

    return normalize_text(a) == normalize_text(b)


def compare_analyses(docs: list[Document], seed: int = 0, headlines: list[str] | None = None) -> dict[str, Any]:
    """Entities and quotes of each document analysed from its original text and from its dirty text.

    Also analyses the dirty text with cleaning switched off (the text as it arrived), to show what the
    furniture would have done, and lists every person mention or quote speaker that names a social
    network, photo agency or newsletter and is not already in the analysis of the original text.
    ``headlines`` are those the scoring run used (all titles of the set), so both see the same dirty texts.
    """
    import dataclasses

    from storyline.analyze import analyze
    from storyline.ingest.metadata import build_article
    from storyline.model import article_id

    headlines = headlines if headlines is not None else [d.title for d in docs if d.title]
    originals, dirties, raws = [], [], []
    for doc in docs:
        rng = random.Random(seed * 1_000_003 + zlib.crc32(doc.name.encode("utf-8")))
        dirty = make_dirty(doc.text, rng, headlines)
        originals.append(build_article(text=doc.text, source=doc.name, outlet="eval", meta={"language": "en"}))
        cleaned = build_article(text=dirty.text, source=doc.name, outlet="eval", meta={"language": "en"})
        dirties.append(cleaned)
        raws.append(dataclasses.replace(cleaned, text=dirty.text, id=article_id(dirty.text), meta={}))
    settings = _only_stages_for(("actors", "quotes"))
    runs = {
        name: list(analyze(arts, settings))
        for name, arts in (("original", originals), ("cleaned", dirties), ("raw", raws))
    }
    out: dict[str, Any] = {"articles": len(docs)}
    for name in ("cleaned", "raw"):
        same_entities = same_quotes = 0
        for base, other in zip(runs["original"], runs[name], strict=True):
            same_entities += _entities(base) == _entities(other)
            same_quotes += _quotes(base) == _quotes(other)
        out[name] = {
            "same_entities": same_entities,
            "same_quotes": same_quotes,
            "same_id": sum(a.id == b.id for a, b in zip(originals, [x.article for x in runs[name]], strict=True)),
            "furniture_people_or_speakers": sorted(
                {
                    hit
                    for base, analysis in zip(runs["original"], runs[name], strict=True)
                    for hit in set(_furniture_people(analysis)) - set(_furniture_people(base))
                }
            ),
        }
    return out


def _only_stages_for(fields: tuple[str, ...]) -> Any:
    """Settings running only the stages that assign ``fields`` (and what those need): faster, and the
    comparison does not depend on unrelated stages."""
    from storyline.analyze import registered_stages
    from storyline.config import Settings

    stages = registered_stages()
    needed: set[str] = set()
    wanted = set(fields)
    while True:
        more = {n for n, s in stages.items() if set(s.assigns) & wanted} - needed
        if not more:
            break
        needed |= more
        wanted |= {r for n in more for r in stages[n].requires}
    return Settings().with_overrides(disable_stages=tuple(sorted(set(stages) - needed)))


def _entities(analysis: Any) -> Counter[tuple[str, str | None]]:
    return Counter((m.text, m.actor_id) for m in analysis.actors)


def _quotes(analysis: Any) -> Counter[tuple[str, str | None]]:
    return Counter((q.text, q.speaker) for q in analysis.quotes)


def _furniture_people(analysis: Any) -> Iterator[str]:
    for mention in analysis.actors:
        if (mention.kind == "person" or mention.label == "PERSON") and _names_furniture(mention.text):
            yield f"person: {mention.text}"
    for quote in analysis.quotes:
        if quote.speaker and _names_furniture(quote.speaker):
            yield f"speaker: {quote.speaker}"


def _names_furniture(text: str) -> bool:
    words = {w.casefold() for w in re.findall(r"[\w-]+", text)}
    return bool(words & FURNITURE_NAMES) or text.casefold().strip() in FURNITURE_NAMES


def evaluate(paths: list[str], seed: int = 0, analyze_sample: int = 0) -> dict[str, Any]:
    """Figures for each data folder, plus the analysis comparison on the first ``analyze_sample`` articles."""
    result: dict[str, Any] = {"seed": seed, "sets": {}}
    for path in paths:
        docs = read_documents(path)
        figures = score_furniture(docs, seed).as_dict()
        if analyze_sample:
            headlines = [d.title for d in docs if d.title]
            figures["analysis"] = compare_analyses(docs[:analyze_sample], seed, headlines)
        result["sets"][str(path)] = figures
    return result
