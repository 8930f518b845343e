"""Stances on the briefing's issue: an actor x stance table with evidence links, changes with both sides, the
aggregate count, what each bloc's rule implies, and a stance-over-time chart.

The chart is hand-drawn inline SVG (one lane per actor, one dot per dated stance, coloured by position), like
the timeline section's: the briefing stays one file without scripts or a plotting dependency.
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from storyline.analyze.timex import first_day
from storyline.report.briefing import DEFAULT_ISSUE, BriefContext, section

COLOURS = {"support": "#2e7d32", "oppose": "#c62828", "conditional": "#ef8f00", "undecided": "#7a7a7a"}
MAX_EVIDENCE = 3
MAX_LANES = 14


def _data(ctx: BriefContext) -> dict[str, Any]:
    from storyline.stance import aggregate, bloc_implications, changes, timelines
    from storyline.store.stances import issue_stances, mentioned_actors

    issue = ctx.issue or DEFAULT_ISSUE
    found = issue_stances(ctx.store, issue)
    lines = timelines(found)
    return {
        "issue": issue,
        "lines": lines,
        "changes": {a: changes(t) for a, t in lines.items()},
        "aggregate": aggregate(found),
        "blocs": bloc_implications(found, mentioned_actors(ctx.store, {s["article_id"] for s in found})),
        "names": {a["id"]: a["name"] for a in ctx.store.actors()},
    }


def _basis(s: dict[str, Any]) -> str:
    return f"claim by {s['claimed_by']}" if s.get("basis") == "claim" and s.get("claimed_by") else s.get("basis", "")


def _order(d: dict[str, Any]) -> list[str]:
    current = d["aggregate"]["current"]
    rank = {"support": 0, "conditional": 1, "undecided": 2, "oppose": 3}
    return sorted((a for a in d["lines"] if current.get(a)), key=lambda a: (rank[current[a]["position"]], a))


@section("stances", "Stances", order=60)
class Stances:
    @staticmethod
    def html(ctx: BriefContext) -> str:
        d = _data(ctx)
        if not d["lines"]:
            return f"<p class='muted'>No stances on “{html.escape(d['issue'])}” found.</p>"
        agg = d["aggregate"]
        counts = ", ".join(f"{len(v)} {k}" for k, v in agg["by_position"].items() if v)
        parts = [f"<p>Issue: <b>{html.escape(d['issue'])}</b>. Of the {agg['actors']} actors with a known position: "
                 f"{counts}.</p>"]  # fmt: skip
        rows = []
        for actor in _order(d):
            now = agg["current"][actor]
            evidence = []
            for s in d["lines"][actor][-MAX_EVIDENCE:]:
                evidence.append(f"<li><span style='color:{COLOURS[s['position']]}'>{s['position']}</span> "
                                f"({html.escape(s.get('date') or 'undated')}, {html.escape(_basis(s))}): "
                                f"{ctx.html_evidence(s['article_id'], s['start'])} "
                                f"<span class='meta'>({html.escape(ctx.label(s['article_id']))})</span></li>")  # fmt: skip
            turned = "".join(
                f"<li>{html.escape(b['position'])} ({html.escape(b.get('date') or '?')}, "
                f"{ctx.html_evidence(b['article_id'], b['start'], 'evidence')}) → {html.escape(a['position'])} "
                f"({html.escape(a.get('date') or '?')}, {ctx.html_evidence(a['article_id'], a['start'], 'evidence')})</li>"
                for b, a in d["changes"][actor]
            )  # fmt: skip
            rows.append(
                f"<tr><td><b>{html.escape(d['names'].get(actor, actor))}</b><br><span class='meta'>{html.escape(actor)}"
                f"</span></td><td style='color:{COLOURS[now['position']]}'><b>{now['position']}</b><br>"
                f"<span class='meta'>{html.escape(now.get('date') or '')}</span></td><td><ul>{''.join(evidence)}</ul>"
                f"{'<b>Changed:</b><ul>' + turned + '</ul>' if turned else ''}</td></tr>"
            )  # fmt: skip
        parts.append("<table><tr><th>Actor</th><th>Position now</th><th>Evidence (latest)</th></tr>"
                     + "".join(rows) + "</table>")  # fmt: skip
        for bloc in d["blocs"]:
            parts.append(f"<p><b>{html.escape(bloc['name'])}</b> ({html.escape(bloc['rule'])}): "
                         f"{html.escape(bloc['verdict'])}.</p>")  # fmt: skip
        parts.append(chart(d))
        return "".join(parts)

    @staticmethod
    def markdown(ctx: BriefContext) -> str:
        d = _data(ctx)
        if not d["lines"]:
            return f"_No stances on “{d['issue']}” found._"
        agg = d["aggregate"]
        counts = ", ".join(f"{len(v)} {k}" for k, v in agg["by_position"].items() if v)
        lines = [f"Issue: **{d['issue']}**. Of the {agg['actors']} actors with a known position: {counts}.", "",
                 "| Actor | Position now | Since | Basis |", "|---|---|---|---|"]  # fmt: skip
        for actor in _order(d):
            now = agg["current"][actor]
            lines.append(f"| {d['names'].get(actor, actor)} (`{actor}`) | {now['position']} | {now.get('date') or ''} "
                         f"| {_basis(now)} |")  # fmt: skip
        lines.append("")
        for actor in _order(d):
            lines.append(f"- **{d['names'].get(actor, actor)}**")
            for s in d["lines"][actor][-MAX_EVIDENCE:]:
                lines.append(f"  - {s['position']} ({s.get('date') or 'undated'}, {_basis(s)}): "
                             f"{ctx.md_evidence(s['article_id'], s['start'])}")  # fmt: skip
            for b, a in d["changes"][actor]:
                lines.append(f"  - changed: {b['position']} ({b.get('date')}) → {a['position']} ({a.get('date')})")
        for bloc in d["blocs"]:
            lines.append(f"\n**{bloc['name']}** ({bloc['rule']}): {bloc['verdict']}.")
        return "\n".join(lines)


def chart(d: dict[str, Any]) -> str:
    """Stance over time: one lane per actor, one dot per dated stance, coloured by position."""
    actors = _order(d)[:MAX_LANES]
    points = [(a, first_day(s.get("date")), s["position"]) for a in actors for s in d["lines"][a]]
    dated = [p for p in points if p[1] is not None]
    if not dated:
        return ""
    first, last = min(p[1] for p in dated), max(p[1] for p in dated)  # type: ignore[type-var]
    span = max((last - first).days, 1)  # type: ignore[operator]
    left, width, lane = 170, 560, 22
    height = lane * len(actors) + 40

    def x(day: date) -> float:
        return left + (day - first).days / span * width

    out = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{left + width + 30}' height='{height}' "
           f"role='img' aria-label='Stance over time'>"]  # fmt: skip
    for i, actor in enumerate(actors):
        y = 20 + i * lane
        out.append(f"<text x='4' y='{y + 4}' font-size='12'>{html.escape(d['names'].get(actor, actor)[:24])}</text>"
                   f"<line x1='{left}' y1='{y}' x2='{left + width}' y2='{y}' stroke='#eee'/>")  # fmt: skip
        for a, day, position in dated:
            if a == actor:
                out.append(f"<circle cx='{x(day):.1f}' cy='{y}' r='5' fill='{COLOURS[position]}' fill-opacity='0.8'>"  # type: ignore[arg-type]
                           f"<title>{html.escape(actor)}: {position} ({day})</title></circle>")  # fmt: skip
    axis_y = height - 12
    out.append(f"<text x='{left}' y='{axis_y}' font-size='11'>{first}</text>"
               f"<text x='{left + width}' y='{axis_y}' font-size='11' text-anchor='end'>{last}</text>")  # fmt: skip
    legend = " ".join(f"<tspan fill='{c}'>● {p}</tspan>" for p, c in COLOURS.items())
    out.append(f"<text x='{left + width / 2}' y='{axis_y}' font-size='11' text-anchor='middle'>{legend}</text></svg>")
    return "".join(out)
