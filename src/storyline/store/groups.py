"""SQL of the grouping steps (copies, events, stories): features, blocking keys and group ids.

The relate steps in :mod:`storyline.relate.duplicates`, ``events`` and ``stories`` call these functions
inside the ingest batch's transaction; they never write SQL themselves.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from storyline.store import Store

_CHUNK = 500


def _chunks(items: list[Any]) -> Iterable[list[Any]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


def save_copy_features(store: Store, rows: Iterable[tuple[str, int, bytes]]) -> None:
    """(article_id, shingle count, MinHash bytes) for new articles."""
    store.conn.executemany(
        "INSERT INTO article_features(article_id, shingles, minhash) VALUES (?,?,?) ON CONFLICT(article_id)"
        " DO UPDATE SET shingles=excluded.shingles, minhash=excluded.minhash",
        rows,
    )


def save_event_features(store: Store, rows: Iterable[dict[str, Any]]) -> None:
    """Rows with article_id, embedding (bytes), days, actors, top_actors (lists)."""
    store.conn.executemany(
        "INSERT INTO article_features(article_id, embedding, days, actors, top_actors)"
        " VALUES (:article_id, :embedding, :days, :actors, :top_actors)"
        " ON CONFLICT(article_id) DO UPDATE SET embedding=excluded.embedding, days=excluded.days,"
        " actors=excluded.actors, top_actors=excluded.top_actors",
        [
            {**r, "days": json.dumps(r["days"]), "actors": json.dumps(r["actors"]),
             "top_actors": json.dumps(r["top_actors"])}
            for r in rows
        ],
    )  # fmt: skip


def load_features(store: Store, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(list(ids)):
        marks = ",".join("?" * len(chunk))
        for row in store.conn.execute(
            "SELECT f.*, a.published, length(a.text) AS length, a.duplicate_of, a.event_id, a.story_id"
            f" FROM article_features f JOIN articles a ON a.id = f.article_id WHERE f.article_id IN ({marks})",
            chunk,
        ):
            data = dict(row)
            for key in ("days", "actors", "top_actors"):
                data[key] = json.loads(data[key])
            out[data["article_id"]] = data
    return out


def load_embeddings(store: Store, ids: Iterable[str]) -> dict[str, bytes]:
    """The stored embedding bytes of each article that has one: the cheap first read of candidates (no JSON
    to decode), so the full features are read only for those whose cosine could link them."""
    out: dict[str, bytes] = {}
    for chunk in _chunks(sorted(set(ids))):
        marks = ",".join("?" * len(chunk))
        for article_id, embedding in store.conn.execute(
            f"SELECT article_id, embedding FROM article_features WHERE article_id IN ({marks})"
            " AND embedding IS NOT NULL",
            chunk,
        ):
            out[article_id] = embedding
    return out


def load_copy_features(store: Store, ids: Iterable[str]) -> dict[str, tuple[int, bytes | None, str | None]]:
    """(shingle count, MinHash bytes, duplicate_of) of each article: what a copy test reads."""
    out: dict[str, tuple[int, bytes | None, str | None]] = {}
    for chunk in _chunks(sorted(set(ids))):
        marks = ",".join("?" * len(chunk))
        for article_id, size, minhash, duplicate_of in store.conn.execute(
            "SELECT f.article_id, f.shingles, f.minhash, a.duplicate_of FROM article_features f"
            f" JOIN articles a ON a.id = f.article_id WHERE f.article_id IN ({marks})",
            chunk,
        ):
            out[article_id] = (size, minhash, duplicate_of)
    return out


def stories_of_events(store: Store, event_ids: Iterable[str], column: str = "event_id") -> set[str]:
    """The stories holding articles of these events (``column`` "link_group": of these link groups)."""
    if column not in {"event_id", "link_group"}:
        raise ValueError(column)
    found: set[str] = set()
    for chunk in _chunks(sorted(set(event_ids))):
        marks = ",".join("?" * len(chunk))
        query = f"SELECT DISTINCT story_id FROM articles WHERE {column} IN ({marks})"
        found.update(r[0] for r in store.conn.execute(query, chunk) if r[0])
    return found


# -- copies -------------------------------------------------------------------------------------
def add_bands(store: Store, rows: Iterable[tuple[int, int, str]]) -> None:
    store.conn.executemany("INSERT INTO copy_bands(band, key, article_id) VALUES (?,?,?)", rows)


def band_candidates(store: Store, bands: list[tuple[int, int]]) -> set[str]:
    found: set[str] = set()
    for band, key in bands:
        found.update(
            r[0]
            for r in store.conn.execute("SELECT article_id FROM copy_bands WHERE band = ? AND key = ?", (band, key))
        )
    return found


def copy_group(store: Store, canonical_ids: Iterable[str]) -> list[dict[str, Any]]:
    """Every article of the copy groups headed by ``canonical_ids``: id, published, length."""
    ids = sorted(set(canonical_ids))
    rows: list[dict[str, Any]] = []
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        rows += [
            dict(r)
            for r in store.conn.execute(
                f"SELECT id, published, length(text) AS length FROM articles WHERE id IN ({marks}) OR duplicate_of IN ({marks})",
                chunk + chunk,
            )
        ]
    return list({r["id"]: r for r in rows}.values())


# -- events and stories ---------------------------------------------------------------------------
def add_keys(store: Store, rows: Iterable[tuple[str, str] | tuple[str, str, int | None]]) -> None:
    """File (key, article_id) or (key, article_id, day) rows, each with the next filing sequence number (the
    order capped lookups use)."""
    rows = [(r[0], r[1], r[2] if len(r) > 2 else None) for r in rows]
    if not rows:
        return
    last = store.conn.execute(
        "UPDATE counters SET value = value + ? WHERE name = 'group_keys' RETURNING value", (len(rows),)
    ).fetchone()[0]
    first = last - len(rows) + 1
    store.conn.executemany(
        "INSERT INTO group_keys(key, seq, article_id, day) VALUES (?,?,?,?)",
        [(key, first + i, article, day) for i, (key, article, day) in enumerate(rows)],
    )


def capped_key_days(store: Store, keys: Iterable[str], cap: int) -> dict[str, list[tuple[str, int | None]]]:
    """For each key, its ``cap`` most recently filed (article_id, day) rows (the day filed with the key)."""
    out: dict[str, list[tuple[str, int | None]]] = {}
    for key in sorted(set(keys)):
        rows = store.conn.execute(
            "SELECT article_id, day FROM group_keys WHERE key = ? ORDER BY seq DESC LIMIT ?", (key, cap)
        ).fetchall()
        if rows:
            out[key] = [(r[0], r[1]) for r in rows]
    return out


def key_candidates(
    store: Store,
    keys: Iterable[str],
    cap: int | None = None,
    capped: Callable[[str], bool] | None = None,
    window: Callable[[str], str | None] | None = None,
) -> dict[str, set[str]]:
    """For each key, the articles that carry it. A key for which ``window(key)`` names another key gives the
    articles filed under it no earlier than the ``cap``-th latest row of that other key; else a key for which
    ``capped(key)`` holds gives only the ``cap`` most recently filed. The table is ordered by (key, seq), so
    each lookup reads one contiguous run from the key's end: cheap however many articles carry the key."""
    out: dict[str, set[str]] = {}
    keys = sorted(set(keys))
    if cap is not None and window is not None:
        for key in [k for k in keys if window(k)]:
            rows = store.conn.execute(
                "SELECT article_id FROM group_keys WHERE key = ?1 AND seq >= coalesce((SELECT seq FROM"
                " group_keys WHERE key = ?2 ORDER BY seq DESC LIMIT 1 OFFSET ?3), 0)",
                (key, window(key), cap - 1),
            ).fetchall()
            if rows:
                out[key] = {r[0] for r in rows}
        keys = [k for k in keys if not window(k)]
    if cap is not None and capped is not None:
        for key in [k for k in keys if capped(k)]:
            rows = store.conn.execute(
                "SELECT article_id FROM group_keys WHERE key = ? ORDER BY seq DESC LIMIT ?", (key, cap)
            ).fetchall()
            if rows:
                out[key] = {r[0] for r in rows}
        keys = [k for k in keys if not capped(k)]
    for chunk in _chunks(keys):
        marks = ",".join("?" * len(chunk))
        for key, article in store.conn.execute(f"SELECT key, article_id FROM group_keys WHERE key IN ({marks})", chunk):
            out.setdefault(key, set()).add(article)
    return out


def merge_groups(store: Store, column: str, old_ids: Iterable[str], new_id: str, article_ids: Iterable[str]) -> None:
    """Give ``new_id`` to every article in the groups ``old_ids`` and to ``article_ids``."""
    if column not in ("event_id", "story_id", "link_group"):
        raise ValueError(f"not a group column: {column}")
    old = sorted(set(old_ids) - {new_id})
    for chunk in _chunks(old):
        marks = ",".join("?" * len(chunk))
        store.conn.execute(f"UPDATE articles SET {column} = ? WHERE {column} IN ({marks})", [new_id, *chunk])
    for chunk in _chunks(sorted(set(article_ids))):
        marks = ",".join("?" * len(chunk))
        store.conn.execute(f"UPDATE articles SET {column} = ? WHERE id IN ({marks})", [new_id, *chunk])


def group_ids(store: Store, column: str, article_ids: Iterable[str]) -> dict[str, str | None]:
    if column not in ("event_id", "story_id", "duplicate_of", "link_group"):
        raise ValueError(f"not a group column: {column}")
    out: dict[str, str | None] = {}
    for chunk in _chunks(list(article_ids)):
        marks = ",".join("?" * len(chunk))
        for r in store.conn.execute(f"SELECT id, {column} FROM articles WHERE id IN ({marks})", chunk):
            out[r[0]] = r[1]
    return out


def link_group_members(store: Store, link_groups: Iterable[str], limit: int) -> dict[str, list[str]]:
    """The article ids of each link group (connected component of event links), in id order; a group with more
    than ``limit`` members is given as its first ``limit + 1`` only (enough to tell that it is too large)."""
    out: dict[str, list[str]] = {}
    for group in sorted(set(link_groups)):
        rows = store.conn.execute(
            "SELECT id FROM articles WHERE link_group = ? ORDER BY id LIMIT ?", (group, limit + 1)
        ).fetchall()
        out[group] = [r[0] for r in rows]
    return out


def set_events(store: Store, event_of: dict[str, str]) -> None:
    """Set ``event_id`` of each article (article id -> event id), only where it changes."""
    store.conn.executemany(
        "UPDATE articles SET event_id = ?1 WHERE id = ?2 AND event_id IS NOT ?1",
        [(event, article) for article, event in sorted(event_of.items())],
    )


def events_follow_links(store: Store, link_groups: Iterable[str]) -> None:
    """``event_id`` = ``link_group`` for every member of ``link_groups`` (components that are not re-cut)."""
    for chunk in _chunks(sorted(set(link_groups))):
        marks = ",".join("?" * len(chunk))
        store.conn.execute(
            f"UPDATE articles SET event_id = link_group WHERE link_group IN ({marks}) AND event_id IS NOT link_group",
            chunk,
        )


# -- reading: what `storyline stories` and the briefing show --------------------------------------
def story_threads(store: Store) -> list[dict[str, Any]]:
    """Stories, largest first; each with its events in date order and each event's articles.

    Per story and per event: ``article_count``, ``independent_sources`` (copies count once), ``outlets`` and
    ``count``, the phrase "N articles from M independent sources".
    """
    rows = store.conn.execute(
        "SELECT id, outlet, title, published, url, duplicate_of, event_id, story_id FROM articles"
        " ORDER BY published, outlet, id"
    ).fetchall()
    stories: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for row in rows:
        article = dict(row)
        story = article["story_id"] or f"st-{article['id']}"
        event = article["event_id"] or f"ev-{article['id']}"
        stories.setdefault(story, {}).setdefault(event, []).append(article)
    out = []
    for story_id, events in stories.items():
        event_list = []
        for event_id, articles in events.items():
            dates = sorted(a["published"] for a in articles if a["published"])
            event_list.append({"id": event_id, "first_date": dates[0] if dates else None,
                               "last_date": dates[-1] if dates else None, "articles": articles,
                               **_counts(articles)})  # fmt: skip
        event_list.sort(key=lambda e: (e["first_date"] or "9999", e["id"]))
        members = [a for e in event_list for a in e["articles"]]
        dates = [e["first_date"] for e in event_list if e["first_date"]]
        out.append({"id": story_id, "events": event_list, "first_date": min(dates) if dates else None,
                    "last_date": max(e["last_date"] for e in event_list if e["last_date"]) if dates else None,
                    **_counts(members)})  # fmt: skip
    out.sort(key=lambda s: (-s["independent_sources"], -s["article_count"], s["first_date"] or "9999", s["id"]))
    return out


def _counts(articles: list[dict[str, Any]]) -> dict[str, Any]:
    from storyline.report.queries import count_phrase, independent_count

    n, m = independent_count(articles)
    outlets = sorted({a["outlet"] for a in articles if a["outlet"]})
    return {"article_count": n, "independent_sources": m, "outlets": outlets, "count": count_phrase(articles)}
