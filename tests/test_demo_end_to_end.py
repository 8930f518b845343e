"""End to end on the demo corpus: the README's demo command, the briefing, and a golden summary.

The golden file pins a compact summary of what `extract` finds in the demo corpus (actors, quote kinds,
copies, event groups), so any change in behaviour shows up as a reviewed diff. After an intended change,
regenerate it with ``STORYLINE_UPDATE_GOLDEN=1 pytest tests/test_demo_end_to_end.py`` and review the diff.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from pathlib import Path

from typer.testing import CliRunner

from storyline.cli import app

GOLDEN = Path(__file__).parent / "golden" / "demo_summary.json"


def summarize(extracted: dict[str, dict]) -> dict:
    by_id = {a["id"]: url for url, a in extracted.items()}

    def group_of(key: str) -> list[list[str]]:
        groups: dict[str, list[str]] = {}
        for url, a in extracted.items():
            if a.get(key):
                groups.setdefault(a[key], []).append(url)
        return sorted(sorted(g) for g in groups.values())

    return {
        "articles": {
            url: {
                "outlet": a["outlet"],
                "published": a["published"],
                "title": a["title"],
                "duplicate_of": by_id.get(a.get("duplicate_of")),
                "actors": sorted({m["actor_id"] for m in a["actors"] if m["actor_id"]}),
                "quotes": dict(sorted(Counter(q["kind"] for q in a["quotes"]).items())),
                "framing": dict(sorted(Counter(f["kind"] for f in a["framing"]).items())),
                "events": len(a["events"]),
                "claims": len(a["claims"]),
            }
            for url, a in sorted(extracted.items())
        },
        "event_groups": group_of("event_id"),
        "story_groups": group_of("story_id"),
    }


def test_demo_command_ingests_the_corpus_and_writes_both_briefings(tmp_path, demo_corpus):
    db, out = tmp_path / "demo.db", tmp_path / "briefing.html"
    result = CliRunner().invoke(app, ["demo", "--db", str(db), "--output", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    page, markdown = out.read_text("utf-8"), out.with_suffix(".md").read_text("utf-8")
    records = [json.loads(line) for line in demo_corpus.read_text("utf-8").splitlines() if line.strip()]
    for record in records:
        assert record["outlet"] in page and record["outlet"] in markdown
    assert page.count("<article class='src'") == len(records)
    assert "http://" not in page.replace("http://www.w3.org/2000/svg", "") and "<script src" not in page
    # every evidence link lands on its sentence or article in the page itself
    targets = set(re.findall(r"href=['\"]#([^'\"]+)['\"]", page))
    assert any(t.startswith("s-") for t in targets) and targets <= set(re.findall(r"\bid=['\"]([^'\"]+)['\"]", page))
    again = CliRunner().invoke(app, ["demo", "--db", str(db), "--output", str(out)])
    assert "ingested 0 new" in again.output


def test_demo_extract_matches_the_golden_summary(demo_extracted):
    summary = summarize(demo_extracted)
    if os.environ.get("STORYLINE_UPDATE_GOLDEN") == "1":
        GOLDEN.write_text(json.dumps(summary, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    assert GOLDEN.exists(), f"{GOLDEN} is missing; create it with STORYLINE_UPDATE_GOLDEN=1 and review it"
    assert summary == json.loads(GOLDEN.read_text("utf-8"))


def test_demo_gold_states_are_found(demo_extracted, demo_gold):
    """Every state the gold names in an article is among the actors found there."""
    missed = []
    total = 0
    for url, gold in demo_gold["articles"].items():
        found = {m["actor_id"] for m in demo_extracted[url]["actors"]}
        for actor in gold.get("actors", []):
            if actor["id"] and actor["id"].startswith("state:"):
                total += 1
                if actor["id"] not in found:
                    missed.append((url, actor["text"], actor["id"]))
    assert total > 100
    assert len(missed) / total <= 0.05, missed
