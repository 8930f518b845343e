"""The HTTP API and web app over a small real store."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from storyline import service
from storyline.store import Store
from storyline.web.app import create_app

STORY = "Norwegian Foreign Minister Kari Holm said on Sunday that Norway would recognize a Palestinian state."
LATER = {
    "outlet": "Nordic Wire",
    "published": "2024-05-28",
    "text": "Norway formally recognized the State of Palestine on Tuesday. As of May 28, 2024, 146 countries have "
    "recognized Palestine, Foreign Minister Kari Holm told reporters in Oslo.",
}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    folder = tmp_path_factory.mktemp("api")
    (folder / "a.txt").write_text(STORY)
    (folder / "b.jsonl").write_text(json.dumps(LATER) + "\n")
    db = folder / "s.db"
    store = Store(db)
    service.ingest([str(folder / "a.txt"), str(folder / "b.jsonl")], store)
    store.close()
    return TestClient(create_app(str(db)))


def test_api_lists_articles_and_returns_the_contract(client):
    row = next(r for r in client.get("/api/articles").json() if r["outlet"] is None)
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
    assert [r["outlet"] for r in client.get("/api/articles", params={"outlet": "nordic wire"}).json()] == [
        "Nordic Wire"
    ]


def test_web_app_serves_the_briefing_and_search(client):
    page = client.get("/").text
    assert "storyline briefing" in page and "name='q'" in page and "Kari Holm" in page
    assert "Palestinian" in client.get("/search", params={"q": "Palestinian"}).text


def test_quotes_by_actor_and_unknown_actor(client):
    by_norway = client.get("/api/quotes", params={"actor": "Norway"}).json()
    assert by_norway and {q["speaker_affiliation"] for q in by_norway} == {"state:NOR"}
    missing = client.get("/api/quotes", params={"actor": "Atlantis"})
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "unknown_actor"


def test_timeline_dates_the_act_against_its_publication_date(client):
    rows = client.get("/api/timeline", params={"actor": "Norway"}).json()
    recognitions = [r for r in rows if r["action"] == "RECOGNIZE" and r["source_actor"] == "state:NOR"]
    assert [r["date"] for r in recognitions] == ["2024-05-28"]  # "on Tuesday", published Tuesday 28 May
    assert recognitions[0]["sources"][0]["outlet"] == "Nordic Wire"


def test_stance_reads_an_issue_given_in_plain_words(client):
    report = client.get("/api/stance", params={"issue": "recognition of a Palestinian state"}).json()
    assert report["issue"] == "recognition of a Palestinian state"
    assert report["actors"]["state:NOR"]["current"]["position"] == "support"
    assert report["aggregate"]["actors"] >= 1
    empty = client.get("/api/stance", params={"issue": "  "})
    assert empty.status_code == 422 and empty.json()["error"]["code"] == "bad_request"
    absent = client.get("/api/stance")
    assert absent.status_code == 422 and "issue" in absent.json()["error"]["message"]


def test_claims_stories_and_framing(client):
    claims = client.get("/api/claims").json()
    counted = [q for q in claims if any(p["value"] == 146 for s in q["series"] for p in s["points"])]
    assert counted and counted[0]["series"][0]["date"] == "2024-05-28"
    stories = client.get("/api/stories").json()
    assert (
        sum(s["article_count"] for s in stories) == 2
        and client.get("/api/stories", params={"limit": 0}).status_code == 422
    )
    framing = client.get("/api/framing").json()
    assert "Nordic Wire" in {p["outlet"] for p in framing["outlets"]}
    assert client.get("/api/framing", params={"outlet": "Nowhere Times"}).json()["error"]["code"] == "unknown_outlet"
    assert client.get("/api/framing/events/nope").status_code == 404
