"""SQL of stances per user-named issue: a reading over the whole store, cached until the store grows.

The reading itself is :func:`storyline.stance.stances_in_articles`; this module only stores and fetches it.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from storyline.store import Store


def _terms_key(terms: tuple[str, ...]) -> str:
    return json.dumps(sorted(terms), ensure_ascii=False)


def cached_stances(store: Store, issue: str, terms: tuple[str, ...] = ()) -> list[dict[str, Any]] | None:
    """The stored reading of ``issue``, or None when there is none or articles were added since."""
    key = _terms_key(terms)
    row = store.conn.execute("SELECT articles FROM issue_runs WHERE issue = ? AND terms = ?", (issue, key)).fetchone()
    if row is None or row[0] != store.count_articles():
        return None
    out = []
    for rec in store.conn.execute(
        "SELECT article_id, data FROM issue_stances WHERE issue = ? AND terms = ? ORDER BY date, article_id, id",
        (issue, key),
    ):
        data = json.loads(rec["data"])
        data["article_id"] = rec["article_id"]
        out.append(data)
    return out


def save_stances(store: Store, issue: str, terms: tuple[str, ...], stances: list[dict[str, Any]]) -> None:
    """Replace the stored reading of ``issue`` (dicts with ``article_id``) in one transaction."""
    key = _terms_key(terms)
    with store.transaction():
        store.conn.execute("DELETE FROM issue_stances WHERE issue = ? AND terms = ?", (issue, key))
        store.conn.executemany(
            "INSERT INTO issue_stances(issue, terms, article_id, actor, position, date, data) VALUES (?,?,?,?,?,?,?)",
            [
                (issue, key, s["article_id"], s["actor"], s["position"], s.get("date"),
                 json.dumps({k: v for k, v in s.items() if k != "article_id"}, ensure_ascii=False))
                for s in stances
            ],
        )  # fmt: skip
        store.conn.execute(
            "INSERT INTO issue_runs(issue, terms, articles) VALUES (?,?,?) ON CONFLICT(issue, terms) DO UPDATE SET"
            " articles = excluded.articles, computed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
            (issue, key, store.count_articles()),
        )


def issue_stances(store: Store, issue: str, terms: tuple[str, ...] = (), refresh: bool = False,
                  model: str | None = None) -> list[dict[str, Any]]:  # fmt: skip
    """Every stance on ``issue`` in the store, read once and cached (``refresh`` reads again)."""
    if not refresh:
        cached = cached_stances(store, issue, terms)
        if cached is not None:
            return cached
    from storyline.stance import Issue, stances_in_articles

    actor_info = {a["id"]: a for a in store.actors()}
    found = stances_in_articles(store.article_dicts(), Issue(issue, terms), actor_info, model)
    save_stances(store, issue, terms, found)
    return found


def mentioned_actors(store: Store, article_ids: set[str]) -> set[str]:
    """Actor ids named in the given articles."""
    return {m["actor_id"] for m in store.records("actors") if m.get("actor_id") and m["article_id"] in article_ids}
