"""The HTTP API and web app over a small real store."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from storyline import service
from storyline.store import Store
from storyline.web.app import create_app

STORY = "Norwegian Foreign Minister Kari Holm said on Sunday that Norway would recognize a Palestinian state."


@pytest.fixture
def client(tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    db = tmp_path / "s.db"
    store = Store(db)
    service.ingest([str(tmp_path / "a.txt")], store)
    store.close()
    return TestClient(create_app(str(db)))


def test_api_lists_articles_and_returns_the_contract(client):
    [row] = client.get("/api/articles").json()
    article = client.get(f"/api/articles/{row['id']}").json()
    assert article["text"] == STORY
    assert "state:NOR" in {m["actor_id"] for m in article["actors"]}


def test_api_errors_have_one_shape(client):
    missing = client.get("/api/articles/nope")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
    unknown = client.get("/api/records/nonsense")
    assert unknown.status_code == 404 and unknown.json()["error"]["code"] == "unknown_field"


def test_records_by_actor_and_search(client):
    norway = client.get("/api/records/actors", params={"actor": "state:NOR"}).json()
    assert norway and all(r["actor_id"] == "state:NOR" for r in norway)
    assert len(client.get("/api/search", params={"q": "Palestinian"}).json()) == 1


def test_web_app_serves_the_briefing_and_search(client):
    page = client.get("/").text
    assert "storyline briefing" in page and "name='q'" in page and "Kari Holm" in page
    assert "Palestinian" in client.get("/search", params={"q": "Palestinian"}).text
