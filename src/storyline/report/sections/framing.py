"""How each outlet tells it: a per-outlet framing table, then each event compared side by side."""

from __future__ import annotations

import html
from typing import Any

from storyline.framing_profiles import compare_event, event_groups, outlet_profiles
from storyline.report.briefing import BriefContext, section

MAX_EVENTS = 10
MAX_ITEMS = 4


def term_choice(pair: dict[str, Any]) -> tuple[str, str]:
    """The term an outlet prefers and what it stands for: "Judea and Samaria" for "West Bank", or the neutral
    term itself, said as such (its plural or another case is still the neutral term: "governments")."""
    preferred, neutral = pair.get("preferred_as_written") or pair["preferred"], pair.get("neutral") or ""
    if _same_term(preferred, neutral):
        return neutral, "the neutral term"
    return preferred, f"for {neutral}"


def _same_term(a: str, b: str) -> bool:
    a, b = a.casefold(), b.casefold()
    return a == b or a.removesuffix("s") == b.removesuffix("s")


def _rate_cells(p: dict[str, Any]) -> list[str]:
    r = p["rates_per_1000_words"]
    share = "–" if p["judging_share"] is None else f"{p['judging_share']:.0%}"
    return [f"{p['loaded_per_1000_words']:.2f}", f"{r['scare_quote']:.2f}", f"{r['loaded_term']:.2f}",
            f"{r['judging_verb']:.2f}", f"{r['epithet']:.2f}", share]  # fmt: skip


HEAD = ["Outlet", "Articles", "Loaded /1k words", "Scare quotes", "Loaded terms", "Judging verbs", "Epithets",
        "Judging share of attributions", "Preferred terms", "Most quoted"]  # fmt: skip


@section("framing", "How each outlet tells it", order=80)
class Framing:
    @staticmethod
    def html(ctx: BriefContext) -> str:
        profiles = outlet_profiles(ctx.store)
        if not profiles:
            return "<p class='muted'>No articles.</p>"
        rows = []
        for p in profiles:
            terms = "<br>".join(
                f"{html.escape(term)} <span class='meta'>({html.escape(note)})</span>"
                for term, note in map(term_choice, p["pairs"][:MAX_ITEMS])
            )
            quoted = ", ".join(f"{html.escape(s['name'])} {s['share']:.0%}" for s in p["speakers"][:MAX_ITEMS])
            example = (
                p["examples"].get("loaded_term") or p["examples"].get("epithet") or p["examples"].get("judging_verb")
            )
            name = html.escape(p["outlet"])
            if example:
                name += f"<br><span class='meta'>e.g. {ctx.html_evidence(example['article_id'], example['start'], example['text'])}</span>"
            cells = [name, str(p["articles"]), *_rate_cells(p), terms or "–", quoted or "–"]
            rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        parts = [
            "<p class='meta'>Rates per 1,000 words of each outlet's own text (markers inside quoted speech are left out)."
            " Judging share: judging attribution verbs (claimed, admitted) among all attribution verbs.</p>",
            "<table><tr>" + "".join(f"<th>{h}</th>" for h in HEAD) + "</tr>" + "".join(rows) + "</table>",
        ]
        for event_id in list(event_groups(ctx.store))[:MAX_EVENTS]:
            parts.append(_event_html(ctx, event_id))
        return "".join(parts)

    @staticmethod
    def markdown(ctx: BriefContext) -> str:
        profiles = outlet_profiles(ctx.store)
        if not profiles:
            return "_No articles._"
        lines = ["| " + " | ".join(HEAD) + " |", "|" + "---|" * len(HEAD)]
        for p in profiles:
            terms = "; ".join(f"{t} ({note})" for t, note in map(term_choice, p["pairs"][:MAX_ITEMS])) or "–"
            quoted = ", ".join(f"{s['name']} {s['share']:.0%}" for s in p["speakers"][:MAX_ITEMS]) or "–"
            lines.append("| " + " | ".join([p["outlet"], str(p["articles"]), *_rate_cells(p), terms, quoted]) + " |")
        for event_id in list(event_groups(ctx.store))[:MAX_EVENTS]:
            lines.append(_event_markdown(ctx, event_id))
        return "\n".join(lines)


def _only_items(o: dict[str, Any]) -> list[tuple[str, dict[str, Any], str]]:
    only = o["only_here"]
    items = [("actor", a, a["name"]) for a in only["actors"][:MAX_ITEMS]]
    items += [("quotes", q, str(q["speaker"])) for q in only["speakers"][:MAX_ITEMS]]
    items += [("figure", f, f["text"] or str(f["value"])) for f in only["figures"][:MAX_ITEMS]]
    items += [("fact", f, f["text"]) for f in only["facts"][:MAX_ITEMS]]
    return items


def _event_html(ctx: BriefContext, event_id: str) -> str:
    result = compare_event(ctx.store, event_id)
    if result is None or len(result["outlets"]) < 2:
        return ""
    cols = []
    for name, o in result["outlets"].items():
        items = "".join(f"<li><span class='meta'>{kind}:</span> {ctx.html_evidence(x['article_id'], x['start'], label)}</li>"
                        for kind, x, label in _only_items(o))  # fmt: skip
        cols.append(
            f"<td><b>{html.escape(name)}</b><ul>{items or '<li class=muted>nothing the others lack</li>'}</ul></td>"
        )
    out = [f"<h3>Event {html.escape(event_id)}: side by side</h3><p class='meta'>What each outlet has that the others do not.</p>",
           "<table><tr>" + "".join(cols) + "</tr></table>"]  # fmt: skip
    if result["terms"]:
        names = list(result["outlets"])
        head = "<tr><th>Same thing</th>" + "".join(f"<th>{html.escape(n)}</th>" for n in names) + "</tr>"
        rows = []
        for row in result["terms"]:
            cells = []
            for n in names:
                used = row["by_outlet"].get(n)
                cells.append(
                    f"<td>{ctx.html_evidence(used['article_id'], used['start'], used['term'])}</td>"
                    if used
                    else "<td>–</td>"
                )
            rows.append(
                f"<tr><td>{html.escape(row['neutral'] or '')} <span class='meta'>({html.escape(row['topic'])})</span></td>{''.join(cells)}</tr>"
            )
        out.append("<table>" + head + "".join(rows) + "</table>")
    return "".join(out)


def _event_markdown(ctx: BriefContext, event_id: str) -> str:
    result = compare_event(ctx.store, event_id)
    if result is None or len(result["outlets"]) < 2:
        return ""
    lines = [f"\n### Event {event_id}: side by side\n"]
    for name, o in result["outlets"].items():
        lines.append(f"- **{name}** only:")
        for kind, x, label in _only_items(o):
            lines.append(f"  - {kind} {label}: {ctx.md_evidence(x['article_id'], x['start'])}")
    for row in result["terms"]:
        used = ", ".join(f"{n}: “{v['term']}”" for n, v in row["by_outlet"].items())
        lines.append(f"- terms for *{row['neutral']}* ({row['topic']}): {used}")
    return "\n".join(lines)
