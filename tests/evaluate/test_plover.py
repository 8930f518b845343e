"""The PLOVER scorer's reading of the gold records and of actor codes (the figures' arithmetic is
``evaluate/metrics.py``, tested there; the whole run goes through the CLI in tests/cli)."""

from __future__ import annotations

import json

import pytest

from storyline.evaluate.plover import actor_code, read_folder
from storyline.model import Actor


def test_read_folder_skips_document_records_and_records_without_text(tmp_path) -> None:
    records = [
        {"text": "Israel recalled its ambassador.", "event": "PROTEST"},
        {"text": "A whole article.", "event": "DOCUMENT"},
        {"event": "AGREE"},
        "not a record",
    ]
    (tmp_path / "gold.json").write_text(json.dumps(records), "utf-8")
    assert [r["event"] for r in read_folder(tmp_path)] == ["PROTEST"]


def test_read_folder_without_json_files_fails(tmp_path) -> None:
    with pytest.raises(FileNotFoundError):
        read_folder(tmp_path)


def test_actor_code_is_the_state_an_actor_stands_for() -> None:
    index = {
        "org:eu": Actor(id="org:eu", name="European Union", kind="organisation"),
        "person:kari-holm": Actor(id="person:kari-holm", name="Kari Holm", kind="person", affiliation="state:NOR"),
        "person:jen-psaki": Actor(id="person:jen-psaki", name="Jen Psaki", kind="person", affiliation="org:dos"),
        "org:dos": Actor(id="org:dos", name="State Department", kind="organisation", country="USA"),
        "person:no-one": Actor(id="person:no-one", name="No One", kind="person"),
    }
    assert actor_code("state:ISR", index) == "ISR"
    assert actor_code("person:kari-holm", index) == "NOR"
    assert actor_code("person:jen-psaki", index) == "USA"
    assert actor_code("person:no-one", index) is None
    assert actor_code("org:eu", index) is None
    assert actor_code("person:unknown", index) is None
    assert actor_code(None, index) is None
