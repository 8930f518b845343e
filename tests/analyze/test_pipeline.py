"""The stage registry: declared order, discovery, and the same results in one process or several."""

from __future__ import annotations

import pytest

from storyline import analyze as pipeline_module
from storyline.analyze import Stage, analyze, pipeline, registered_stages
from storyline.config import Settings
from storyline.ingest.metadata import build_article


def test_every_stage_runs_after_what_it_requires():
    order = pipeline()
    available = {"article", "sentences"}
    for st in order:
        assert set(st.requires) <= available, st.name
        available |= set(st.assigns)
    assert "entities" in registered_stages()


def test_unmet_requirement_is_reported(monkeypatch):
    broken = Stage("needs_nothing_that_exists", lambda d, a, s: {}, requires=("no_such_field",))
    monkeypatch.setitem(pipeline_module._REGISTRY, broken.name, broken)
    with pytest.raises(RuntimeError, match="no_such_field"):
        pipeline()


def test_disabled_stage_is_skipped_and_its_dependents_fail_loudly(monkeypatch):
    first = Stage("first", lambda d, a, s: {}, assigns=("x",))
    second = Stage("second", lambda d, a, s: {}, requires=("x",))
    monkeypatch.setattr(pipeline_module, "_REGISTRY", {"first": first, "second": second})
    monkeypatch.setattr(pipeline_module, "_DISCOVERED", True)
    assert [s.name for s in pipeline()] == ["first", "second"]
    with pytest.raises(RuntimeError, match="second"):
        pipeline(Settings(disable_stages=("first",)))


def test_parallel_analysis_matches_serial():
    texts = [f"Story {i}: Norway and Spain met in Oslo with Israeli officials on day {i}." for i in range(6)]
    articles = [build_article(text=t, source=f"t{i}") for i, t in enumerate(texts)]
    serial = [a.to_dict() for a in analyze(articles, Settings(batch_size=2))]
    parallel = [a.to_dict() for a in analyze(articles, Settings(batch_size=2, jobs=2))]
    assert serial == parallel
    assert [a["id"] for a in serial] == [a.id for a in articles]


def test_non_english_and_overlong_articles_are_stored_unanalysed():
    from dataclasses import replace

    arabic = replace(build_article(text="اعترفت النرويج بدولة فلسطين", source="ar"), language="ar")
    long = build_article(text="Norway. " * 50, source="long")
    results = list(analyze([arabic, long], Settings(max_chars=100)))
    assert results[0].skipped == "not analyzed: Arabic"
    assert results[1].skipped.startswith("not analyzed: text longer than")
    assert results[0].actors == [] and results[1].actors == []
