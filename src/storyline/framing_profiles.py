"""How each outlet tells it: outlet framing profiles, and one event compared side by side.

Reads the store only (articles, and the ``framing``, ``quotes``, ``actors`` and ``claims`` records), so the
CLI, the briefing and the API agree. Event clusters come from the ``event_id`` the clustering step sets on
articles; when no article has one, articles are grouped by title overlap within a few days
(:func:`fallback_events`), which is enough to compare a small corpus before clustering has run.

Markers inside quoted speech are the speaker's words, not the outlet's: profiles count them apart
(``in_quotes``) and the rates per 1,000 words cover the outlet's own words only. A copy of another article
(``duplicate_of``) is left out, so a syndicated text is not counted twice.

Why hand-written: "what one outlet says that the others do not" is a set difference over records, and over
sentences by content-word containment; no library offers that comparison.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date
from typing import Any

from storyline.analyze.framing import ALL_KINDS, LOADED_KINDS
from storyline.store import Store

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]+")
UNIQUE_FACT_CONTAINMENT = 0.34  # a sentence is "only here" when under a third of its content words recur elsewhere
MIN_FACT_WORDS = 4
FALLBACK_TITLE_OVERLAP = 0.3
FALLBACK_DAYS = 3


def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def content_words(text: str) -> set[str]:
    stop = _stop_words()
    return {w.casefold() for w in _WORD.findall(text) if w.casefold() not in stop and len(w) > 2}


def _articles(store: Store) -> list[dict[str, Any]]:
    """Stored, analysed articles that are not copies of another one."""
    out = []
    for r in store.article_rows():
        if r["duplicate_of"] or r["skipped"]:
            continue
        out.append({k: r[k] for k in ("id", "outlet", "title", "published", "event_id", "text", "sentences")})
    return out


def _inside(start: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start < e for s, e in spans)


def _quote_spans(store: Store) -> dict[str, list[tuple[int, int]]]:
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for q in store.records("quotes"):
        if q.get("kind") in ("direct", "partial"):
            spans[q["article_id"]].append((q["start"], q["end"]))
    return spans


def _speaker(q: dict[str, Any]) -> str | None:
    return q.get("speaker_actor") or q.get("speaker_name") or q.get("speaker")


def outlet_profiles(store: Store, outlet: str | None = None) -> list[dict[str, Any]]:
    """Per outlet: marker rates per 1,000 words, the terms it prefers from each pair, whose quotes it runs."""
    articles = _articles(store)
    by_id = {a["id"]: a for a in articles}
    quotes_in = _quote_spans(store)
    actors = {a["id"]: a for a in store.actors()}
    groups: dict[str, dict[str, Any]] = {}
    for a in articles:
        name = a["outlet"] or "(unknown outlet)"
        if outlet is not None and name.casefold() != outlet.casefold():
            continue
        g = groups.setdefault(name, {"outlet": name, "articles": 0, "words": 0, "counts": Counter(),
                                     "in_quotes": Counter(), "terms": defaultdict(Counter), "sides": {}, "as_written": {},
                                     "speakers": Counter(), "speaker_sides": Counter(), "examples": {}})  # fmt: skip
        g["articles"] += 1
        g["words"] += len(a["text"].split())
    for m in store.records("framing"):
        a = by_id.get(m["article_id"])
        name = (a["outlet"] or "(unknown outlet)") if a else None
        if name not in groups:
            continue
        g = groups[name]
        if _inside(m["start"], quotes_in.get(m["article_id"], [])) and m["kind"] != "scare_quote":
            g["in_quotes"][m["kind"]] += 1
            continue
        g["counts"][m["kind"]] += 1
        g["examples"].setdefault(m["kind"], {"article_id": m["article_id"], "start": m["start"], "text": m["text"]})
        if m["kind"] in ("loaded_term", "neutral_term") and m.get("topic") not in (None, "general", "learned"):
            term = m["text"].casefold()
            g["terms"][(m["topic"], m.get("neutral"))][term] += 1
            g["sides"][term] = m.get("side") or ("neutral" if m["kind"] == "neutral_term" else None)
            g["as_written"].setdefault(term, m["text"])
    for q in store.records("quotes"):
        a = by_id.get(q["article_id"])
        name = (a["outlet"] or "(unknown outlet)") if a else None
        if name not in groups or not _speaker(q):
            continue
        g = groups[name]
        who = _speaker(q)
        g["speakers"][who] += 1
        actor = actors.get(q.get("speaker_actor") or "")
        side = q.get("speaker_affiliation") or (actor or {}).get("affiliation") or (actor or {}).get("country")
        g["speaker_sides"][side or "(unresolved)"] += 1
    return [_profile(g, actors) for g in sorted(groups.values(), key=lambda g: (-g["articles"], g["outlet"]))]


def _share(counter: Counter[str], actors: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    total = sum(counter.values())
    return [{"id": k, "name": actors.get(k, {}).get("name", k), "quotes": n, "share": round(n / total, 3)}
            for k, n in counter.most_common()]  # fmt: skip


def _profile(g: dict[str, Any], actors: dict[str, dict[str, Any]]) -> dict[str, Any]:
    per_k = 1000 / g["words"] if g["words"] else 0.0
    judging, neutral = g["counts"]["judging_verb"], g["counts"]["neutral_verb"]
    pairs = []
    for (topic, neutral_term), terms in sorted(g["terms"].items(), key=lambda kv: (kv[0][0] or "", kv[0][1] or "")):
        preferred, _ = terms.most_common(1)[0]
        pairs.append({"topic": topic, "neutral": neutral_term, "preferred": preferred, "side": g["sides"].get(preferred),
                      "preferred_as_written": g["as_written"].get(preferred, preferred),
                      "terms": dict(terms.most_common())})  # fmt: skip
    return {
        "outlet": g["outlet"], "articles": g["articles"], "words": g["words"],
        "rates_per_1000_words": {k: round(g["counts"][k] * per_k, 2) for k in ALL_KINDS},
        "counts": {k: g["counts"][k] for k in ALL_KINDS}, "in_quotes": dict(g["in_quotes"]),
        "judging_share": round(judging / (judging + neutral), 3) if judging + neutral else None,
        "loaded_per_1000_words": round(sum(g["counts"][k] for k in LOADED_KINDS) * per_k, 2),
        "pairs": pairs, "speakers": _share(g["speakers"], actors), "speaker_sides": _share(g["speaker_sides"], actors),
        "examples": g["examples"],
    }  # fmt: skip


# -- events ------------------------------------------------------------------------------------------------


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat((published or "")[:10])
    except ValueError:
        return None


def fallback_events(articles: list[dict[str, Any]]) -> dict[str, list[str]]:
    """Group articles whose titles share enough content words and whose dates lie within a few days."""
    parent = {a["id"]: a["id"] for a in articles}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    words = {a["id"]: content_words(a["title"] or "") for a in articles}
    for i, a in enumerate(articles):
        for b in articles[i + 1 :]:
            wa, wb = words[a["id"]], words[b["id"]]
            if not wa or not wb or len(wa & wb) / len(wa | wb) < FALLBACK_TITLE_OVERLAP:
                continue
            da, db = _day(a["published"]), _day(b["published"])
            if da and db and abs((da - db).days) > FALLBACK_DAYS:
                continue
            parent[root(a["id"])] = root(b["id"])
    groups: dict[str, list[str]] = defaultdict(list)
    for a in articles:
        groups[root(a["id"])].append(a["id"])
    return {f"title:{min(ids)}": sorted(ids) for ids in groups.values() if len(ids) > 1}


def event_groups(store: Store) -> dict[str, list[str]]:
    """Event id -> article ids: the clustering step's ``event_id`` where set, else the title fallback."""
    articles = _articles(store)
    groups: dict[str, list[str]] = defaultdict(list)
    for a in articles:
        if a["event_id"]:
            groups[a["event_id"]].append(a["id"])
    if groups:
        return dict(groups)
    return fallback_events(articles)


def _sentences(a: dict[str, Any]) -> list[tuple[int, int]]:
    import json

    raw = a["sentences"]
    spans = json.loads(raw) if isinstance(raw, str) else raw
    return [tuple(s) for s in spans] or [(0, len(a["text"]))]  # type: ignore[misc]


def compare_event(store: Store, event_id: str, max_facts: int = 5) -> dict[str, Any] | None:
    """For one event: what each outlet has that the others lack, and the terms each uses for the same thing."""
    ids = event_groups(store).get(event_id)
    if not ids:
        return None
    articles = [a for a in _articles(store) if a["id"] in set(ids)]
    outlets: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for a in articles:
        outlets[a["outlet"] or "(unknown outlet)"].append(a)
    actors = {a["id"]: a for a in store.actors()}
    wanted = {a["id"] for a in articles}
    records = {
        f: [r for r in store.records(f) if r["article_id"] in wanted] for f in ("actors", "quotes", "claims", "framing")
    }
    per: dict[str, dict[str, Any]] = {}
    for name, arts in outlets.items():
        aids = {a["id"] for a in arts}
        mentions = [m for m in records["actors"] if m["article_id"] in aids and m.get("actor_id")]
        quotes = [q for q in records["quotes"] if q["article_id"] in aids and _speaker(q)]
        claims = [c for c in records["claims"] if c["article_id"] in aids]
        framing = [m for m in records["framing"] if m["article_id"] in aids]
        per[name] = {
            "articles": arts,
            "actors": {m["actor_id"]: m for m in reversed(mentions)},
            "speakers": {_speaker(q): q for q in reversed(quotes)},
            "figures": {(c.get("value"), c.get("unit")): c for c in reversed(claims)},
            "framing": framing,
            "sentences": [(a, s, e, content_words(a["text"][s:e])) for a in arts for s, e in _sentences(a)],
        }
    result: dict[str, Any] = {"event_id": event_id, "articles": len(articles), "outlets": {}, "terms": []}
    for name, mine in per.items():
        others = [p for n, p in per.items() if n != name]
        other_actors = set().union(*(p["actors"] for p in others)) if others else set()
        other_speakers = set().union(*(p["speakers"] for p in others)) if others else set()
        other_figures = set().union(*(p["figures"] for p in others)) if others else set()
        other_sents = [w for p in others for *_, w in p["sentences"]]
        facts = []
        for a, s, e, words in mine["sentences"]:
            if len(words) < MIN_FACT_WORDS or not others:
                continue
            overlap = max((len(words & w) / len(words) for w in other_sents), default=0.0)
            if overlap < UNIQUE_FACT_CONTAINMENT:
                facts.append({"article_id": a["id"], "start": s, "text": " ".join(a["text"][s:e].split()),
                              "overlap": round(overlap, 2)})  # fmt: skip
        facts.sort(key=lambda f: f["overlap"])
        result["outlets"][name] = {
            "article_ids": [a["id"] for a in mine["articles"]],
            "only_here": {
                "actors": [{"id": k, "name": actors.get(k, {}).get("name", k), "article_id": m["article_id"],
                            "start": m["start"]} for k, m in mine["actors"].items() if k not in other_actors],
                "speakers": [{"speaker": k, "article_id": q["article_id"], "start": q["start"], "text": q.get("text", "")}
                             for k, q in mine["speakers"].items() if k not in other_speakers],
                "figures": [{"value": k[0], "unit": k[1], "article_id": c["article_id"], "start": c["start"],
                             "text": c.get("text", "")} for k, c in mine["figures"].items() if k not in other_figures],
                "facts": facts[:max_facts],
            },
            "loaded": [{"kind": m["kind"], "text": m["text"], "article_id": m["article_id"], "start": m["start"]}
                       for m in mine["framing"] if m["kind"] in LOADED_KINDS],
        }  # fmt: skip
    result["terms"] = _term_table(per)
    return result


def _term_table(per: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """For each term pair used in the event: which term each outlet chose (with its first occurrence)."""
    table: dict[tuple[str, str], dict[str, dict[str, Any]]] = defaultdict(dict)
    for name, p in per.items():
        for m in p["framing"]:
            if m["kind"] in ("loaded_term", "neutral_term") and m.get("topic") not in (None, "general", "learned"):
                key = (m["topic"], m.get("neutral") or m["text"])
                table[key].setdefault(name, {"term": m["text"], "side": m.get("side"), "article_id": m["article_id"],
                                             "start": m["start"]})  # fmt: skip
    return [{"topic": t, "neutral": n, "by_outlet": by} for (t, n), by in sorted(table.items()) if len(by) > 1 or
            any(v["side"] not in (None, "neutral") for v in by.values())]  # fmt: skip
