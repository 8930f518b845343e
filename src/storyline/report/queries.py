"""The query layer every front end (CLI, briefing, API, export) reads the store through."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from storyline.store import Store


def article_summaries(store: Store) -> list[dict[str, Any]]:
    return [
        {
            "id": r["id"], "published": r["published"], "outlet": r["outlet"], "title": r["title"], "url": r["url"],
            "words": len(r["text"].split()), "duplicate_of": r["duplicate_of"], "event_id": r["event_id"],
            "story_id": r["story_id"], "revision_of": r["revision_of"], "skipped": r["skipped"],
        }
        for r in store.article_rows()
    ]  # fmt: skip


def independent_count(articles: list[dict[str, Any]]) -> tuple[int, int]:
    """(articles, independent sources): copies of one text count once."""
    return len(articles), len({a.get("duplicate_of") or a["id"] for a in articles})


def count_phrase(articles: list[dict[str, Any]]) -> str:
    n, m = independent_count(articles)
    return f"{n} article{'s' * (n != 1)} from {m} independent source{'s' * (m != 1)}"


def corpus_by_outlet(store: Store) -> list[dict[str, Any]]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for a in article_summaries(store):
        groups[a["outlet"] or "(unknown outlet)"].append(a)
    out = []
    for outlet, items in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        dates = sorted(d for d in (i["published"] for i in items) if d)
        out.append({"outlet": outlet, "articles": items, "first": dates[0] if dates else None,
                    "last": dates[-1] if dates else None})  # fmt: skip
    return out


def actor_mentions(store: Store, limit: int = 25) -> list[dict[str, Any]]:
    """Actors by how many articles mention them, with every mention (article, offsets)."""
    actors = {a["id"]: a for a in store.actors()}
    by_actor: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in store.records("actors"):
        if m.get("actor_id"):
            by_actor[m["actor_id"]].append(m)
    ranked = sorted(by_actor.items(), key=lambda kv: (-len({m["article_id"] for m in kv[1]}), -len(kv[1]), kv[0]))
    out = []
    for actor_id, mentions in ranked[:limit]:
        actor = actors.get(actor_id, {"id": actor_id, "name": actor_id, "kind": "?"})
        out.append({
            "actor": actor, "mentions": mentions, "articles": len({m["article_id"] for m in mentions}),
            "surface": Counter(m["text"] for m in mentions).most_common(5),
        })  # fmt: skip
    return out


# -- quotes (issue 3) ---------------------------------------------------------------------------------
def actor_ids_for(store: Store, name: str) -> set[str]:
    """Actor ids a user's NAME means: an id as given, a state/organisation by name, demonym or metonym
    (through the gazetteer), or a stored actor whose name, alias or surname matches."""
    from storyline.actors import gazetteer

    name = name.strip()
    ids: set[str] = {name} if ":" in name else set()
    actor = gazetteer().lookup(name)
    if actor is not None:
        ids.add(actor.id)
    key = name.casefold()
    for a in store.actors():
        names = [a.get("name") or "", *(a.get("aliases") or [])]
        if any(n.casefold() == key for n in names) or (
            a.get("kind") == "person" and (a.get("name") or "").casefold().split()[-1:] == [key]
        ):
            ids.add(a["id"])
    return ids


def quote_rows(store: Store, speaker: str | None = None, actor: str | None = None) -> list[dict[str, Any]]:
    """Stored quotes with their article's outlet and date; filtered by speaker text or name (substring,
    any case) and by actor (the quote's speaker actor or the state/organisation the speaker speaks for)."""
    articles = {a["id"]: a for a in article_summaries(store)}
    wanted = actor_ids_for(store, actor) if actor else None
    out = []
    for q in store.records("quotes"):
        if speaker:
            said_by = " ".join(filter(None, [q.get("speaker"), q.get("speaker_name")])).casefold()
            if speaker.casefold() not in said_by:
                continue
        if wanted is not None and not ({q.get("speaker_actor"), q.get("speaker_affiliation")} & wanted):
            continue
        art = articles.get(q["article_id"], {})
        out.append(q | {"outlet": art.get("outlet"), "published": art.get("published"), "title": art.get("title")})
    out.sort(key=lambda q: (q.get("published") or "", q["article_id"], q["start"]))
    return out
