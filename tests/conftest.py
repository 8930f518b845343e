"""Shared fixtures. Tests that need the spaCy parse use ``analyze_text``; the model loads once per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from storyline.config import Settings
from storyline.ingest.metadata import build_article
from storyline.model import Analysis

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples"


def shared_path(*parts: str) -> Path:
    """A path under ../shared; skips the test where it is absent, or fails when STORYLINE_REQUIRE_SHARED=1."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        if os.environ.get("STORYLINE_REQUIRE_SHARED") == "1":
            pytest.fail(f"{path} is required (STORYLINE_REQUIRE_SHARED=1) but absent")
        pytest.skip(f"{path} is absent: shared evaluation data is not checked out beside the repository")
    return path


@pytest.fixture(scope="session")
def shared():
    return shared_path


def analyze_text(text: str, published: str | None = None, settings: Settings | None = None, **meta) -> Analysis:
    """Run the full analysis pipeline on one text (the parse model is cached per process)."""
    from storyline.analyze import analyze

    article = build_article(text=text, source="test", published=published, **meta)
    return next(analyze([article], settings or Settings()))


@pytest.fixture
def analyze():
    return analyze_text


@pytest.fixture
def tmp_store(tmp_path):
    from storyline.store import Store

    store = Store(tmp_path / "test.db")
    yield store
    store.close()


@pytest.fixture(scope="session")
def demo_corpus() -> Path:
    return EXAMPLES / "corpus.jsonl"


@pytest.fixture(scope="session")
def demo_gold() -> dict:
    import json

    return json.loads((EXAMPLES / "gold.json").read_text("utf-8"))


@pytest.fixture(scope="session")
def demo_extracted(demo_corpus) -> dict[str, dict]:
    """The demo corpus through ``extract``, keyed by url: analysed once per test session."""
    from storyline.service import extract

    articles, rejections = extract([str(demo_corpus)])
    assert not rejections
    return {a["url"]: a for a in articles}
