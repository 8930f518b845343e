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
    # a person's affiliation as the store knows it across articles, where one article's title did not say it
    stored = {a["id"]: a.get("affiliation") for a in store.actors()} if wanted else {}
    out = []
    for q in store.records("quotes"):
        if speaker:
            said_by = " ".join(filter(None, [q.get("speaker"), q.get("speaker_name")])).casefold()
            if speaker.casefold() not in said_by:
                continue
        if wanted is not None and not (
            {q.get("speaker_actor"), q.get("speaker_affiliation"), *(q.get("speaker_actors") or ())} & wanted
            # the stored affiliation only fills a gap: a quote whose own article says whom the speaker
            # speaks for is never moved to another state by what some other article guessed
            or (not q.get("speaker_affiliation") and stored.get(q.get("speaker_actor") or "") in wanted)
            or _names_in(q.get("speaker"), wanted)
        ):
            continue
        art = articles.get(q["article_id"], {})
        out.append(q | {"outlet": art.get("outlet"), "published": art.get("published"), "title": art.get("title")})
    out.sort(key=lambda q: (q.get("published") or "", q["article_id"], q["start"]))
    return out


def _names_in(speaker: str | None, ids: set[str]) -> bool:
    """The speaker phrase names one of the organisations ("A State Department official" for the State
    Department, whose people speak for the United States in ``speaker_affiliation``)."""
    from storyline.actors import gazetteer

    if not speaker:
        return False
    gaz, text = gazetteer(), f" {speaker.casefold()} "
    for actor_id in ids:
        actor = gaz.actors.get(actor_id)
        names = (actor.name, *actor.aliases) if actor is not None and actor.kind != "state" else ()
        if any(f" {n.casefold()} " in text for n in names if len(n) > 2):
            return True
    return False


# -- timeline (issue 5) -------------------------------------------------------------------------------
def _speaks_for(actors: dict[str, dict[str, Any]], actor_id: str | None) -> str | None:
    """The name of the state or organisation a person acts for ("Kari Holm" -> "Norway"), else None."""
    actor = actors.get(actor_id or "")
    if not actor or actor.get("kind") != "person" or not actor.get("affiliation"):
        return None
    return actors.get(actor["affiliation"], {}).get("name", actor["affiliation"])


def undated_event_articles(store: Store) -> dict[str, int]:
    """Events the timeline cannot place, counted per article: an event without a date in its text, in an
    article without a publication date, has nothing to be dated by (relative dates stay unresolved)."""
    counts: dict[str, int] = {}
    for e in store.records("events"):
        if not e.get("date"):
            counts[e["article_id"]] = counts.get(e["article_id"], 0) + 1
    return counts


def timeline_rows(store: Store, actor: str | None = None, include_historical: bool = True) -> list[dict[str, Any]]:
    """Dated events across all articles, oldest first. The same act (action, source, target, date) reported
    by several articles, or by copies of one article, is one row with every report as a source."""
    articles = {a["id"]: a for a in article_summaries(store)}
    actors = {a["id"]: a for a in store.actors()}
    wanted = actor_ids_for(store, actor) if actor else None
    groups: dict[tuple[Any, ...], dict[str, Any]] = {}
    for e in store.records("events"):
        if not e.get("date") or (e.get("historical") and not include_historical):
            continue
        involved = {e.get("source_actor"), e.get("target_actor")}
        involved |= {actors.get(i, {}).get("affiliation") for i in list(involved) if i}
        if wanted is not None and not (involved & wanted):
            continue
        key = (e["date"], e["action"], e.get("source_actor"), e.get("target_actor"))
        art = articles.get(e["article_id"], {})
        row = groups.setdefault(key, {
            "date": e["date"], "date_precision": e.get("date_precision"), "action": e["action"],
            "source_actor": e.get("source_actor"), "target_actor": e.get("target_actor"),
            "source_name": actors.get(e.get("source_actor") or "", {}).get("name", e.get("source_actor")),
            "target_name": actors.get(e.get("target_actor") or "", {}).get("name", e.get("target_actor")),
            "source_speaks_for": _speaks_for(actors, e.get("source_actor")),
            "target_speaks_for": _speaks_for(actors, e.get("target_actor")),
            "historical": bool(e.get("historical")), "place": e.get("place"), "text": e["text"], "sources": [],
        })  # fmt: skip
        row["sources"].append({
            "article_id": e["article_id"], "start": e["start"], "end": e["end"], "outlet": art.get("outlet"),
            "published": art.get("published"), "copy_of": art.get("duplicate_of"),
        })  # fmt: skip
    rows = list(groups.values())
    for row in rows:
        row["independent_sources"] = len({s["copy_of"] or s["article_id"] for s in row["sources"]})
    rows.sort(key=lambda r: (r["date"], r["action"], r["source_actor"] or ""))
    return rows


# -- stances (issue 6) ----------------------------------------------------------------------------
def stance_report(store: Store, issue: str, terms: tuple[str, ...] = (), refresh: bool = False) -> dict[str, Any]:
    """Who stands where on ``issue``: every stance found, each actor's current position, timeline and changes,
    the aggregate count and what each named bloc's rule implies. The shape of `storyline stance --json` and of
    the API's ``/api/stance``; the reading is cached in the store per (issue, terms) until the store grows."""
    from storyline.stance import aggregate, bloc_implications, changes, timelines
    from storyline.store.stances import issue_stances, mentioned_actors

    found = issue_stances(store, issue, terms, refresh=refresh)
    lines = timelines(found)
    summary = aggregate(found)
    return {
        "issue": issue, "terms": list(terms), "stances": found,
        "actors": {a: {"current": summary["current"][a], "timeline": t,
                       "changes": [{"before": b, "after": c} for b, c in changes(t)]} for a, t in lines.items()},
        "aggregate": {"actors": summary["actors"], "by_position": summary["by_position"]},
        "blocs": bloc_implications(found, mentioned_actors(store, {s["article_id"] for s in found})),
    }  # fmt: skip
