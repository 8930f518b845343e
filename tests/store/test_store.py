"""The SQLite store: migrations, idempotent ingest, revisions, atomic batches, search."""

from __future__ import annotations

import json
import sqlite3

import pytest

from storyline import service
from storyline.store import Store, bundled_migrations

STORY = (
    "Norway said on Sunday it would recognize a Palestinian state. Israel's foreign ministry condemned the decision."
)


def write(tmp_path, name, text, **meta):
    path = tmp_path / name
    if meta:
        path.write_text(json.dumps({"text": text, **meta}) + "\n")
    else:
        path.write_text(text)
    return str(path)


def test_migrations_are_recorded_and_not_reapplied(tmp_path):
    db = tmp_path / "s.db"
    store = Store(db)
    versions = [v for v, _, _ in bundled_migrations()]
    assert store.schema_version() == max(versions)
    assert store.migrate() == []
    store.close()
    again = Store(db)
    rows = again.conn.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()
    assert [r[0] for r in rows] == versions


def test_second_ingest_adds_nothing(tmp_path, tmp_store):
    path = write(tmp_path, "a.txt", STORY)
    first = service.ingest([path], tmp_store)
    records = tmp_store.conn.execute("SELECT COUNT(*) FROM records").fetchone()[0]
    second = service.ingest([path, path], tmp_store)
    assert len(first.added) == 1 and second.added == [] and second.already_stored == 2
    assert tmp_store.count_articles() == 1
    assert tmp_store.conn.execute("SELECT COUNT(*) FROM records").fetchone()[0] == records > 0


def test_same_url_with_changed_text_is_a_revision(tmp_path, tmp_store):
    url = "https://example.org/story"
    first = service.ingest([write(tmp_path, "a.jsonl", STORY, url=url)], tmp_store)
    second = service.ingest([write(tmp_path, "b.jsonl", STORY + " Updated with a reaction.", url=url)], tmp_store)
    assert second.revisions == 1
    row = tmp_store.article_rows(second.added)[0]
    assert row["revision_of"] == first.added[0]


def test_failed_batch_leaves_nothing_half_written(tmp_path, tmp_store, monkeypatch):
    from storyline import relate

    def explode(store, ids, settings):
        raise RuntimeError("killed mid-batch")

    monkeypatch.setattr(relate, "update_store", explode)
    with pytest.raises(RuntimeError):
        service.ingest([write(tmp_path, "a.txt", STORY)], tmp_store)
    assert tmp_store.count_articles() == 0
    assert tmp_store.conn.execute("SELECT COUNT(*) FROM records").fetchone()[0] == 0


def test_reader_sees_whole_batches_only(tmp_path):
    db = tmp_path / "s.db"
    writer = Store(db)
    reader = sqlite3.connect(db)
    with writer.transaction():
        writer.conn.execute("INSERT INTO articles(id, source, text) VALUES ('x', 't', 'text')")
        assert reader.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 0
    assert reader.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1


def test_rejections_are_stored_once(tmp_path, tmp_store):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n")
    for _ in range(2):
        report = service.ingest([str(bad)], tmp_store)
        assert report.failed
    assert len(tmp_store.rejection_rows()) == 1


def test_search_finds_words_and_survives_bad_syntax(tmp_path, tmp_store):
    service.ingest([write(tmp_path, "a.jsonl", STORY, title="Norway moves")], tmp_store)
    assert [r["title"] for r in tmp_store.search("recognize")] == ["Norway moves"]
    assert tmp_store.search('"unbalanced (') == []


def test_article_dict_follows_the_contract(tmp_path, tmp_store):
    service.ingest([write(tmp_path, "a.txt", STORY)], tmp_store)
    [article] = list(tmp_store.article_dicts())
    for key in ("id", "source", "outlet", "title", "published", "text", "actors", "quotes", "events", "claims",
                "framing", "stances", "duplicate_of", "event_id", "story_id"):  # fmt: skip
        assert key in article
    norway = [m for m in article["actors"] if m["text"] == "Norway"]
    assert norway and norway[0]["actor_id"] == "state:NOR"
    for field in ("actors", "quotes", "events", "claims", "framing", "stances"):
        for item in article[field]:
            assert 0 <= item["start"] < item["end"] <= len(article["text"])


def store_at_version(path, last: int) -> sqlite3.Connection:
    """An open connection to a store at `path` with the bundled migrations up to `last` applied and recorded."""
    from storyline.store import _split_sql

    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT)")
    for version, name, sql in bundled_migrations():
        if version <= last:
            for statement in _split_sql(sql):
                conn.execute(statement)
            conn.execute("INSERT INTO schema_migrations(version, name) VALUES (?, ?)", (version, name))
    return conn


def test_blocking_keys_keep_their_filing_order_through_migration_4(tmp_path):
    """A version-3 store's blocking keys move to the (key, seq) table in filing order; new keys file after them."""
    from storyline.store import groups

    path = tmp_path / "v3.db"
    conn = store_at_version(path, 3)
    for i in range(5):
        conn.execute("INSERT INTO articles(id, source, text) VALUES (?, 't', 'x')", (f"a{i}",))
        conn.execute("INSERT INTO group_keys(key, article_id) VALUES ('h:0:1', ?)", (f"a{i}",))
    conn.commit()
    conn.close()
    store = Store(path)
    assert store.schema_version() >= 4
    assert groups.key_candidates(store, ["h:0:1"], 2, lambda key: True)["h:0:1"] == {"a3", "a4"}
    with store.transaction():
        groups.add_keys(store, [("h:0:1", "a0")])
    assert groups.key_candidates(store, ["h:0:1"], 2, lambda key: True)["h:0:1"] == {"a4", "a0"}
    store.close()


def test_migration_5_backfills_link_groups_from_events(tmp_path):
    """A version-4 store's event of each article becomes its link component; a re-cut later changes only the
    shown event, and an article's component is what a later batch merges with."""
    from storyline.store import groups

    path = tmp_path / "v4.db"
    conn = store_at_version(path, 4)
    for i, event in enumerate(["ev-a0", "ev-a0", None]):
        conn.execute("INSERT INTO articles(id, source, text, event_id) VALUES (?, 't', 'x', ?)", (f"a{i}", event))
    conn.commit()
    conn.close()
    store = Store(path)
    assert store.schema_version() >= 5
    assert groups.group_ids(store, "link_group", ["a0", "a1", "a2"]) == {"a0": "ev-a0", "a1": "ev-a0", "a2": None}
    assert groups.link_group_members(store, ["ev-a0"], 200) == {"ev-a0": ["a0", "a1"]}
    with store.transaction():
        groups.set_events(store, {"a1": "ev-a1"})
    assert groups.group_ids(store, "event_id", ["a0", "a1"]) == {"a0": "ev-a0", "a1": "ev-a1"}
    with store.transaction():
        groups.events_follow_links(store, ["ev-a0"])
    assert groups.group_ids(store, "event_id", ["a0", "a1"]) == {"a0": "ev-a0", "a1": "ev-a0"}
    store.close()
