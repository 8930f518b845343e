"""Whom a person speaks for, across articles: one person, one affiliation, voted over the archive.

An article names a speaker's state or organisation once, often in another article ("Norwegian Foreign
Minister Kari Holm" in one, plain "Holm" in the next). Within an article the quotes stage carries it to
later mentions; this step carries it across articles. Each article casts one vote per person: the state or
organisation its quotes give the person (the most common), else the country its entity stage gave the
person's mentions. Copies (``duplicate_of``) do not vote. A quote whose speaker is that person then gets the
plurality affiliation when it has none, or when its own differs while its article's mentions give the
person no country (a guess from the surrounding sentence, not a title) and at least two other articles
outvote it two to one. Ties leave the quote as it is.

Votes are read from the records the quotes stage wrote; a quote this step filled holds the plurality
value already, so re-voting after a later batch does not drift.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from storyline.config import Settings
from storyline.relate import relate_step

if TYPE_CHECKING:
    from storyline.store import Store

PERSON = "person:"
MIN_OVERRIDE_ARTICLES = 2  # articles that must agree before a differing guess in another is replaced


def _is_person(actor_id: str | None) -> bool:
    return bool(actor_id and actor_id.startswith(PERSON))


def article_votes(quotes: Iterable[dict[str, Any]], mentions: Iterable[dict[str, Any]]) -> dict[str, str]:
    """person id -> the affiliation one article gives them (quotes first, then the mentions' country)."""
    said: dict[str, Counter[str]] = {}
    for q in quotes:
        if _is_person(q.get("speaker_actor")) and q.get("speaker_affiliation"):
            said.setdefault(q["speaker_actor"], Counter())[q["speaker_affiliation"]] += 1
    out = {pid: counts.most_common(1)[0][0] for pid, counts in said.items()}
    for m in mentions:
        pid = m.get("actor_id")
        if _is_person(pid) and m.get("country") and pid not in out:
            out[pid] = f"state:{m['country']}"
    return out


def mention_countries(mentions: Iterable[dict[str, Any]]) -> set[str]:
    """Persons to whom an article's entity stage gave a country itself."""
    return {m["actor_id"] for m in mentions if _is_person(m.get("actor_id")) and m.get("country")}


def plurality(votes: Counter[str]) -> tuple[str | None, int]:
    """The value most articles give, with its count; None on a tie for first place."""
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None, 0
    return ranked[0]


def settle(quote: dict[str, Any], votes: Counter[str], own_country: bool) -> str | None:
    """The affiliation a person's quote should carry, or None to leave it as it is."""
    value, count = plurality(votes)
    current = quote.get("speaker_affiliation")
    if value is None or current == value:
        return None
    if not current:
        return value
    against = votes.get(current, 0)
    if not own_country and count >= MIN_OVERRIDE_ARTICLES and count >= 2 * max(against, 1):
        return value
    return None


def _voters(articles: list[dict[str, Any]]) -> dict[str, Counter[str]]:
    votes: dict[str, Counter[str]] = {}
    for a in articles:
        if a.get("duplicate_of"):
            continue
        for pid, value in article_votes(a.get("quotes", []), a.get("actors", [])).items():
            votes.setdefault(pid, Counter())[value] += 1
    return votes


# -- stateless: extract ---------------------------------------------------------------------------
def group_affiliations(articles: list[dict[str, Any]], settings: Settings) -> None:
    votes = _voters(articles)
    for a in articles:
        own = mention_countries(a.get("actors", []))
        for q in a.get("quotes", []):
            pid = q.get("speaker_actor")
            if _is_person(pid) and pid in votes:
                value = settle(q, votes[pid], pid in own)
                if value is not None:
                    q["speaker_affiliation"] = value


# -- incremental: ingest --------------------------------------------------------------------------
@relate_step("affiliations", order=15, group=group_affiliations)
def update_affiliations(store: Store, new_ids: list[str], settings: Settings) -> None:
    """Re-vote the persons the new articles mention or quote, and settle all their stored quotes."""
    conn = store.conn
    persons: set[str] = set()
    for i in range(0, len(new_ids), 500):
        chunk = new_ids[i : i + 500]
        rows = conn.execute(
            f"SELECT DISTINCT actor_id FROM records WHERE article_id IN ({','.join('?' * len(chunk))})"
            " AND field IN ('quotes', 'actors') AND actor_id LIKE 'person:%'",
            chunk,
        )
        persons.update(r[0] for r in rows)
    for pid in sorted(persons):
        rows = conn.execute(
            "SELECT r.id, r.article_id, r.field, r.data, a.duplicate_of FROM records r"
            " JOIN articles a ON a.id = r.article_id WHERE r.field IN ('quotes', 'actors') AND r.actor_id = ?",
            (pid,),
        ).fetchall()
        by_article: dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]]]] = {}
        quote_rows: list[tuple[int, str, dict[str, Any]]] = []
        copies: set[str] = set()
        for row_id, article_id, field_name, data, duplicate_of in rows:
            record = json.loads(data)
            quotes, mentions = by_article.setdefault(article_id, ([], []))
            (quotes if field_name == "quotes" else mentions).append(record)
            if field_name == "quotes":
                quote_rows.append((row_id, article_id, record))
            if duplicate_of:
                copies.add(article_id)
        votes: Counter[str] = Counter()
        for article_id, (quotes, mentions) in by_article.items():
            if article_id not in copies and pid in (vote := article_votes(quotes, mentions)):
                votes[vote[pid]] += 1
        for row_id, article_id, record in quote_rows:
            value = settle(record, votes, pid in mention_countries(by_article[article_id][1]))
            if value is not None:
                record["speaker_affiliation"] = value
                conn.execute(
                    "UPDATE records SET data = ? WHERE id = ?", (json.dumps(record, ensure_ascii=False), row_id)
                )
