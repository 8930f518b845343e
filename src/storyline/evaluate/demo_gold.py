"""Events and actors against a hand-written gold in the demo corpus layout (``examples/``): a folder with
``corpus.jsonl`` (one article a line, with ``url``) and ``gold.json`` (``articles`` keyed by url, each with
``actors`` [{text, id}] and ``events`` [{text, source, action, target, date, historical}]; see
examples/README.md).

Events. The gold codes states and organisations: a person acting for a state is the state (Holm ->
``state:NOR``). Our events keep the person, so before comparing, a person becomes whom storyline reads them
as speaking for in the same article: the state its mentions carry (``country``, from a title or demonym),
else the affiliation the quotes stage gave them as a speaker ("Norwegian Foreign Minister Kari Holm said",
"EU foreign policy chief Anton Weiss said"; a person who never speaks and has no title stays a person); our
``LETTER`` is the gold's ``SEND_LETTER``. One system event matches one gold
event (one to one, per article) when its evidence span overlaps the gold sentence and:

* ``strict``: source, action and target are all equal;
* ``category``: source and target equal, action equal after mapping both to the PLOVER category
  (``MEET``/``CONSULT``, ``RECOGNIZE``/``AGREE`` ...);
* ``pair``: source and target equal, whatever the action (did we find who acted on whom).

Dates and the historical flag are scored on the strict matches: a gold ``date`` of null means the text
gives none, which our events say with ``date_precision`` null.

Actors. Per article, distinct (surface form, id) pairs: a system mention matches a gold actor when the
texts agree (case, a leading "the" and a possessive "'s" aside) and the ids are equal. ``ids`` compares
the set of actor ids per article, whatever the surface form.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from storyline.evaluate.metrics import prf

GOLD_ACTION = {"LETTER": "SEND_LETTER"}
# PLOVER category of the gold's codes; ours map through data/event_verbs.yaml.
GOLD_PLOVER = {"RECOGNIZE": "AGREE", "VOTE": "SUPPORT", "VETO": "REJECT", "ABSTAIN": "CONCEDE", "MEET": "CONSULT",
               "VISIT": "CONSULT", "SEND_LETTER": "CONSULT"}  # fmt: skip


def read_folder(folder: str | Path) -> tuple[dict[str, Any], Path]:
    folder = Path(folder)
    gold, corpus = folder / "gold.json", folder / "corpus.jsonl"
    if not gold.is_file() or not corpus.is_file():
        raise FileNotFoundError(f"{folder} needs gold.json and corpus.jsonl (the layout of examples/)")
    return json.loads(gold.read_text("utf-8")), corpus


def _norm(text: str) -> str:
    text = " ".join(text.split()).casefold().removesuffix("'s").removesuffix("\u2019s")
    return text.removeprefix("the ")


def _prf(hits_p: int, system: int, hits_r: int, gold: int) -> dict[str, float | int]:
    return {**prf(hits_p, system, hits_r, gold), "system": system, "gold": gold}


def _plover(code: str) -> str:
    from storyline.analyze.events import lexicon

    return lexicon()[2].get(code) or GOLD_PLOVER.get(code, code)


def _actor(actor_id: str | None, speaks_for: dict[str, str]) -> str | None:
    if actor_id and actor_id.startswith("person:") and speaks_for.get(actor_id):
        return speaks_for[actor_id]
    return actor_id


def system_events(article: dict[str, Any]) -> list[dict[str, Any]]:
    """Our events of one article in the gold's terms (actors as states, gold action names), deduplicated."""
    as_speaker = {
        q["speaker_actor"]: q["speaker_affiliation"]
        for q in article.get("quotes", [])
        if (q.get("speaker_actor") or "").startswith("person:") and q.get("speaker_affiliation")
    }
    by_title = {
        m["actor_id"]: f"state:{m['country']}"
        for m in article.get("actors", [])
        if m.get("actor_id") and m.get("country")
    }
    speaks_for = as_speaker | by_title  # a title's state wins over the speaker's affiliation
    out, seen = [], set()
    for e in article.get("events", []):
        row = {
            "start": e["start"], "end": e["end"], "action": GOLD_ACTION.get(e["action"], e["action"]),
            "source": _actor(e.get("source_actor"), speaks_for), "target": _actor(e.get("target_actor"), speaks_for),
            "date": e.get("date") if e.get("date_precision") else None, "historical": bool(e.get("historical")),
            "text": e.get("text", ""),
        }  # fmt: skip
        key = (row["start"], row["action"], row["source"], row["target"])
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out


def _gold_span(text: str, evidence: str) -> tuple[int, int]:
    start = text.find(evidence)
    return (start, start + len(evidence)) if start >= 0 else (-1, -1)


def _match(gold: list[dict[str, Any]], system: list[dict[str, Any]], same) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (gold index, system index) whose spans overlap and ``same(g, s)`` holds."""
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if si not in used and s["start"] < g["end"] and g["start"] < s["end"] and same(g, s):
                used.add(si)
                pairs.append((gi, si))
                break
    return pairs


LEVELS = {
    "strict": lambda g, s: (g["source"], g["action"], g["target"]) == (s["source"], s["action"], s["target"]),
    "category": lambda g, s: (
        (g["source"], g["target"]) == (s["source"], s["target"]) and _plover(g["action"]) == _plover(s["action"])
    ),
    "pair": lambda g, s: (g["source"], g["target"]) == (s["source"], s["target"]),
}


def score_events(gold: dict[str, Any], articles: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Event P/R/F1 at each level, and date / historical accuracy over the strict matches."""
    hits = dict.fromkeys(LEVELS, 0)
    n_gold = n_system = date_right = hist_right = 0
    missed: list[dict[str, Any]] = []
    spurious: list[dict[str, Any]] = []
    wrong_date: list[dict[str, Any]] = []
    for url, entry in gold["articles"].items():
        article = articles.get(url)
        if article is None:
            continue
        text = article["text"]
        gold_events = [dict(g, start=_gold_span(text, g["text"])[0], end=_gold_span(text, g["text"])[1])
                       for g in entry.get("events", [])]  # fmt: skip
        ours = system_events(article)
        n_gold += len(gold_events)
        n_system += len(ours)
        for level, same in LEVELS.items():
            pairs = _match(gold_events, ours, same)
            hits[level] += len(pairs)
            if level == "strict":
                for gi, si in pairs:
                    date_right += gold_events[gi].get("date") == ours[si]["date"]
                    if gold_events[gi].get("date") != ours[si]["date"]:
                        wrong_date.append({"ref": entry.get("ref", url), "gold": gold_events[gi].get("date")}
                                          | _brief(ours[si]))  # fmt: skip
                    hist_right += bool(gold_events[gi].get("historical")) == ours[si]["historical"]
                matched_g, matched_s = {gi for gi, _ in pairs}, {si for _, si in pairs}
                ref = entry.get("ref", url)
                missed += [{"ref": ref} | _brief(g) for i, g in enumerate(gold_events) if i not in matched_g]
                spurious += [{"ref": ref} | _brief(s) for i, s in enumerate(ours) if i not in matched_s]
    strict = hits["strict"]
    return {
        **{level: _prf(hits[level], n_system, hits[level], n_gold) for level in LEVELS},
        "date_accuracy": date_right / strict if strict else 0.0,
        "historical_accuracy": hist_right / strict if strict else 0.0,
        "matched": strict,
        "missed": missed,
        "spurious": spurious,
        "wrong_date": wrong_date,
    }


def _brief(e: dict[str, Any]) -> dict[str, Any]:
    return {k: e.get(k) for k in ("source", "action", "target", "date")} | {"text": " ".join(e["text"].split())[:120]}


def score_actors(gold: dict[str, Any], articles: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Actor mentions (distinct surface form + id per article) and actor id sets per article: P/R/F1."""
    pair_sys = pair_gold = pair_hit = id_sys = id_gold = id_hit = 0
    wrong_id: list[dict[str, Any]] = []
    for url, entry in gold["articles"].items():
        article = articles.get(url)
        if article is None:
            continue
        gold_pairs = {(_norm(a["text"]), a["id"]) for a in entry.get("actors", [])}
        ours = {(_norm(m["text"]), m["actor_id"]) for m in article.get("actors", []) if m.get("actor_id")}
        pair_sys, pair_gold, pair_hit = (
            pair_sys + len(ours),
            pair_gold + len(gold_pairs),
            pair_hit + len(ours & gold_pairs),
        )
        gold_ids, our_ids = {i for _, i in gold_pairs}, {i for _, i in ours}
        id_sys, id_gold, id_hit = id_sys + len(our_ids), id_gold + len(gold_ids), id_hit + len(our_ids & gold_ids)
        gold_by_text = dict(gold_pairs)
        wrong_id += [{"ref": entry.get("ref", url), "text": t, "ours": i, "gold": gold_by_text[t]}
                     for t, i in sorted(ours - gold_pairs) if t in gold_by_text]  # fmt: skip
    return {"mentions": _prf(pair_hit, pair_sys, pair_hit, pair_gold), "ids": _prf(id_hit, id_sys, id_hit, id_gold),
            "wrong_id": wrong_id}  # fmt: skip


def evaluate(folder: str | Path) -> dict[str, Any]:
    """Run ``extract`` on the folder's corpus and score events and actors against its gold."""
    from storyline.service import extract

    gold, corpus = read_folder(folder)
    extracted, _ = extract([str(corpus)])
    articles = {a["url"]: a for a in extracted if a.get("url")}
    return {"articles": len(articles), "events": score_events(gold, articles), "actors": score_actors(gold, articles)}
