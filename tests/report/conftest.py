"""A small real store for the briefing-section tests: the demo articles named by the test module's REFS."""

from __future__ import annotations

import json

import pytest


@pytest.fixture(scope="module")
def store(request, tmp_path_factory, demo_corpus, demo_gold):
    from storyline.service import ingest
    from storyline.store import Store

    refs = request.module.REFS
    urls = {url for url, a in demo_gold["articles"].items() if a["ref"] in refs}
    folder = tmp_path_factory.mktemp("section")
    subset = folder / "subset.jsonl"
    lines = [line for line in demo_corpus.read_text("utf-8").splitlines() if json.loads(line)["url"] in urls]
    subset.write_text("\n".join(lines) + "\n", "utf-8")
    store = Store(folder / "store.db")
    ingest([str(subset)], store)
    yield store
    store.close()
