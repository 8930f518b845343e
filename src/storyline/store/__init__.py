"""The store: the only module that knows SQL.

One SQLite file by default. The schema is created and upgraded by numbered migrations
(``store/migrations/NNNN_name.sql``, recorded in ``schema_migrations``), never by dropping tables. Every
ingest batch is written in one ``BEGIN IMMEDIATE`` transaction, so a reader never sees half a batch and an
interrupted ingest leaves nothing half-written (SQLite rolls the open transaction back).

Analysis records are kept one row each in ``records`` with their offsets and a JSON body; the JSON
contract of :mod:`storyline.model` is rebuilt from them, so a new stage needs no schema change.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from storyline.errors import Rejection
from storyline.model import RECORD_FIELDS, Analysis

DEFAULT_DB = "storyline.db"
CACHE_KB = 64 * 1024  # SQLite page cache per connection


def bundled_migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) of every bundled migration, in order."""
    found = []
    for entry in resources.files("storyline.store.migrations").iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:4].isdigit():
            found.append((int(name[:4]), name[5:-4], entry.read_text("utf-8")))
    return sorted(found)


class Store:
    def __init__(self, path: str | Path = DEFAULT_DB) -> None:
        self.path = str(path)
        self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:":
            self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = NORMAL")
        # 64 MB page cache (SQLite's default is 2 MB): an ingest batch touches thousands of index pages (LSH
        # bands, blocking keys, ids are hashes), which a small cache re-reads and spills to the WAL mid-batch
        self.conn.execute(f"PRAGMA cache_size = -{CACHE_KB}")
        self.migrate()

    # -- schema -----------------------------------------------------------------------------------
    def schema_version(self) -> int:
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
            " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))"
        )
        row = self.conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
        return row[0] or 0

    def migrate(self) -> list[int]:
        current = self.schema_version()
        applied = []
        for version, name, sql in bundled_migrations():
            if version <= current:
                continue
            with self.transaction():
                for statement in _split_sql(sql):
                    self.conn.execute(statement)
                self.conn.execute("INSERT INTO schema_migrations(version, name) VALUES (?, ?)", (version, name))
            applied.append(version)
        return applied

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        if self.conn.in_transaction:  # nested: join the outer transaction
            yield self.conn
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()

    # -- writing ----------------------------------------------------------------------------------
    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        found: set[str] = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            found.update(r[0] for r in self.conn.execute(f"SELECT id FROM articles WHERE id IN ({marks})", chunk))
        return found

    def first_with_url(self, url: str) -> str | None:
        row = self.conn.execute(
            "SELECT id FROM articles WHERE url = ? AND revision_of IS NULL ORDER BY ingested_at, rowid LIMIT 1", (url,)
        ).fetchone()
        return row[0] if row else None

    def write_analyses(self, analyses: Iterable[Analysis]) -> int:
        """Insert analysed articles (inside the caller's transaction); returns how many were new."""
        added = 0
        for analysis in analyses:
            a = analysis.article
            cur = self.conn.execute(
                "INSERT OR IGNORE INTO articles(id, source, outlet, title, published, url, language, revision_of,"
                " text, meta, sentences, skipped) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    a.id, a.source, a.outlet, a.title, a.published, a.url, a.language, a.revision_of, a.text,
                    json.dumps(a.meta, ensure_ascii=False, default=str), json.dumps(analysis.sentences),
                    analysis.skipped,
                ),
            )  # fmt: skip
            if cur.rowcount == 0:
                continue
            added += 1
            rows = []
            for field_name in RECORD_FIELDS:
                for record in getattr(analysis, field_name):
                    data = record.to_dict()
                    actor = (
                        data.get("actor_id")
                        or data.get("speaker_actor")
                        or data.get("source_actor")
                        or data.get("actor")
                    )
                    rows.append(
                        (a.id, field_name, data["start"], data["end"], actor, json.dumps(data, ensure_ascii=False))
                    )
            self.conn.executemany(
                'INSERT INTO records(article_id, field, start, "end", actor_id, data) VALUES (?,?,?,?,?,?)', rows
            )
            for actor in analysis.actor_index.values():
                self.upsert_actor(actor)
        return added

    def upsert_actor(self, actor: Any) -> None:
        existing = self.conn.execute("SELECT data FROM actors WHERE id = ?", (actor.id,)).fetchone()
        data = actor.to_dict()
        if existing:
            old = json.loads(existing[0])
            data["aliases"] = sorted(set(old.get("aliases", [])) | set(data.get("aliases", [])))
            for key in ("role", "affiliation", "country"):
                data[key] = data.get(key) or old.get(key)
        self.conn.execute(
            "INSERT INTO actors(id, name, kind, country, data) VALUES (?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
            " name=excluded.name, kind=excluded.kind, country=excluded.country, data=excluded.data",
            (actor.id, actor.name, actor.kind, data.get("country"), json.dumps(data, ensure_ascii=False)),
        )

    def write_rejections(self, rejections: Iterable[Rejection]) -> None:
        self.conn.executemany(
            "INSERT OR IGNORE INTO rejections(source, line, code, detail) VALUES (?,?,?,?)",
            [(r.source, -1 if r.line is None else r.line, r.code.value, r.detail) for r in rejections],
        )

    def set_article_fields(self, article_id: str, **fields: Any) -> None:
        allowed = {"duplicate_of", "event_id", "story_id", "language", "skipped", "outlet", "title"}
        if not set(fields) <= allowed:
            raise ValueError(f"cannot set {sorted(set(fields) - allowed)}")
        assignments = ", ".join(f"{k} = ?" for k in fields)
        self.conn.execute(f"UPDATE articles SET {assignments} WHERE id = ?", (*fields.values(), article_id))

    # -- reading ----------------------------------------------------------------------------------
    def count_articles(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def article_rows(self, ids: Iterable[str] | None = None, order: str = "published, outlet, id") -> list[sqlite3.Row]:
        if ids is None:
            return self.conn.execute(f"SELECT * FROM articles ORDER BY {order}").fetchall()
        ids = list(ids)
        rows: list[sqlite3.Row] = []
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            rows += self.conn.execute(f"SELECT * FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk)
        return rows

    def records(
        self, field_name: str, article_id: str | None = None, actor_id: str | None = None
    ) -> list[dict[str, Any]]:
        sql = "SELECT article_id, data FROM records WHERE field = ?"
        args: list[Any] = [field_name]
        if article_id:
            sql += " AND article_id = ?"
            args.append(article_id)
        if actor_id:
            sql += " AND actor_id = ?"
            args.append(actor_id)
        out = []
        for row in self.conn.execute(sql + " ORDER BY article_id, start", args):
            data = json.loads(row["data"])
            data["article_id"] = row["article_id"]
            out.append(data)
        return out

    def article_dict(self, row: sqlite3.Row) -> dict[str, Any]:
        """The JSON contract object for one stored article."""
        out: dict[str, Any] = {k: row[k] for k in ("id", "source", "outlet", "title", "published", "url", "language",
                                                     "revision_of", "duplicate_of", "event_id", "story_id", "skipped", "text")}  # fmt: skip
        out["meta"] = json.loads(row["meta"])
        out["sentences"] = json.loads(row["sentences"])
        for name in RECORD_FIELDS:
            out[name] = []
        for rec in self.conn.execute(
            'SELECT field, data FROM records WHERE article_id = ? ORDER BY start, "end", id', (row["id"],)
        ):
            out.setdefault(rec["field"], []).append(json.loads(rec["data"]))
        return out

    def article_dicts(self, ids: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
        for row in self.article_rows(ids):
            yield self.article_dict(row)

    def actors(self) -> list[dict[str, Any]]:
        return [json.loads(r["data"]) for r in self.conn.execute("SELECT data FROM actors ORDER BY id")]

    def rejection_rows(self) -> list[sqlite3.Row]:
        return self.conn.execute("SELECT * FROM rejections ORDER BY at, source, line").fetchall()

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search (FTS5 syntax); a query FTS5 cannot parse is searched as a plain phrase."""
        sql = (
            "SELECT a.id, a.title, a.outlet, a.published, snippet(articles_fts, 1, '[', ']', ' … ', 12) AS snippet"
            " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
            " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?"
        )
        try:
            rows = self.conn.execute(sql, (query, limit)).fetchall()
        except sqlite3.OperationalError:
            rows = self.conn.execute(sql, ('"' + query.replace('"', '""') + '"', limit)).fetchall()
        return [dict(r) for r in rows]


def _split_sql(sql: str) -> list[str]:
    """Statements of a migration file; trigger bodies keep their inner semicolons."""
    statements, buf = [], []
    for line in sql.splitlines():
        if line.strip().startswith("--") or not line.strip():
            continue
        buf.append(line)
        joined = "\n".join(buf)
        if joined.rstrip().endswith(";") and sqlite3.complete_statement(joined):
            statements.append(joined)
            buf = []
    if buf:
        statements.append("\n".join(buf))
    return statements
