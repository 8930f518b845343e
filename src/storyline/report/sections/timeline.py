"""Timeline: dated events across all articles, oldest first, with a chart of events per actor over time.

Rows come from the query layer (``timeline_rows``): one act (date, action, source, target) reported by
several articles is one row listing every report; copies of one wire text (``duplicate_of``) are shown
beside the report they copy and counted once. Background events (``historical``: "since 1967", "the
1993 Oslo Accords") are listed apart, so they never read as news. Events whose text gives no date carry
the publication date, marked "reported".

The chart is hand-drawn inline SVG (a dot timeline: one lane per actor, one dot per date, its area growing
with the number of acts, green for cooperative and red for conflictual codes): the briefing is one file
with no scripts or external assets, and no plotting library writes small static SVG without pulling in a
large dependency.
"""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from datetime import date, timedelta
from typing import Any

from storyline.analyze.timex import first_day
from storyline.report.briefing import BriefContext, section
from storyline.report.queries import timeline_rows

MAX_ROWS = 150
MAX_LANES = 8
# Codes (docs/events.md) read as conflict in the chart; the rest are cooperative or neutral acts.
CONFLICT = {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT",
            "VETO", "INVESTIGATE", "RETREAT"}  # fmt: skip


def _date_label(row: dict[str, Any]) -> str:
    label = row["date"][:10]
    return label if row["date_precision"] else f"reported {label}"


def _reports(row: dict[str, Any]) -> tuple[list[dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    """(independent reports, copies by the article they copy): one line per independent source."""
    originals, copies = [], defaultdict(list)
    ids = {s["article_id"] for s in row["sources"]}
    for s in row["sources"]:
        if s["copy_of"] and (s["copy_of"] in ids or any(o["copy_of"] == s["copy_of"] for o in originals)):
            copies[s["copy_of"]].append(s)
        else:
            originals.append(s)
    return originals, copies


def _who(name: str | None, actor_id: str | None) -> str:
    return name or actor_id or "—"


def _html_row(ctx: BriefContext, row: dict[str, Any]) -> str:
    originals, copies = _reports(row)
    lines = []
    for s in originals:
        also = copies.get(s["copy_of"] or s["article_id"], [])
        copy_note = ""
        if also:
            outlets = ", ".join(html.escape(c["outlet"] or "unknown outlet") for c in also)
            copy_note = f" <span class='muted'>(also as copies: {outlets})</span>"
        lines.append(f"{ctx.html_evidence(s['article_id'], s['start'])} "
                     f"<span class='meta'>({html.escape(ctx.label(s['article_id']))})</span>{copy_note}")  # fmt: skip
    place = f"<br><span class='meta'>in {html.escape(row['place'])}</span>" if row.get("place") else ""
    return (
        f"<tr><td>{html.escape(_date_label(row))}</td><td>{html.escape(_who(row['source_name'], row['source_actor']))}"
        f"</td><td>{html.escape(row['action'])}{place}</td><td>{html.escape(_who(row['target_name'], row['target_actor']))}"
        f"</td><td>{row['independent_sources']}</td><td>{'<br>'.join(lines)}</td></tr>"
    )


def _html_table(ctx: BriefContext, rows: list[dict[str, Any]]) -> str:
    head = "<tr><th>Date</th><th>Who</th><th>Did</th><th>To whom</th><th>Sources</th><th>Evidence</th></tr>"
    more = len(rows) - MAX_ROWS
    tail = f"<p class='muted'>… and {more} more event(s): see <code>storyline timeline</code>.</p>" if more > 0 else ""
    return "<table>" + head + "".join(_html_row(ctx, r) for r in rows[:MAX_ROWS]) + "</table>" + tail


def chart_svg(rows: list[dict[str, Any]], width: int = 760, lane: int = 28) -> str:
    """A dot timeline: one lane per actor most often involved (as source or target), one dot per date."""
    points: dict[str, Counter[tuple[date, bool]]] = defaultdict(Counter)
    names: dict[str, str] = {}
    for row in rows:
        when = first_day(row["date"])
        if when is None:
            continue
        for role in ("source", "target"):
            actor = row[f"{role}_actor"]
            if actor:
                names[actor] = _who(row[f"{role}_name"], actor)
                points[actor][(when, row["action"] in CONFLICT)] += len(row["sources"])
    if not points:
        return ""
    lanes = sorted(points, key=lambda a: (-sum(points[a].values()), names[a]))[:MAX_LANES]
    days = [d for a in lanes for d, _ in points[a]]
    first, last = min(days), max(days)
    first, last = first - timedelta(days=15), last + timedelta(days=15)
    span = max(1, (last - first).days)
    left, top, right = 150, 10, 15
    height = top + lane * len(lanes) + 30

    def x(d: date) -> float:
        return left + (width - left - right) * (d - first).days / span

    parts = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' "
             f"viewBox='0 0 {width} {height}' role='img' font-family='Helvetica,Arial,sans-serif' font-size='11'>",
             "<title>Events per actor over time</title>"]  # fmt: skip
    for year in range(first.year, last.year + 1):
        tick = date(year, 1, 1)
        if first <= tick <= last:
            parts.append(f"<line x1='{x(tick):.1f}' y1='{top}' x2='{x(tick):.1f}' y2='{height - 25}' stroke='#ddd'/>"
                         f"<text x='{x(tick):.1f}' y='{height - 10}' text-anchor='middle' fill='#555'>{year}</text>")  # fmt: skip
    for i, actor in enumerate(lanes):
        y = top + lane * i + lane / 2
        parts.append(f"<line x1='{left}' y1='{y}' x2='{width - right}' y2='{y}' stroke='#eee'/>"
                     f"<text x='{left - 8}' y='{y + 4}' text-anchor='end' fill='#222'>{html.escape(names[actor][:22])}</text>")  # fmt: skip
        for (when, conflict), n in sorted(points[actor].items()):
            colour = "#c0392b" if conflict else "#27864a"
            kind = "conflictual" if conflict else "cooperative or neutral"
            radius = min(lane / 2 - 2, 3 + 1.5 * (n - 1) ** 0.5 * 2)
            parts.append(f"<circle cx='{x(when):.1f}' cy='{y}' r='{radius:.1f}' fill='{colour}' fill-opacity='.65'>"
                         f"<title>{html.escape(names[actor])}, {when.isoformat()}: {n} {kind} report(s)</title></circle>")  # fmt: skip
    parts.append("</svg>")
    return "".join(parts)


def _split(ctx: BriefContext) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rows = timeline_rows(ctx.store)
    return [r for r in rows if not r["historical"]], [r for r in rows if r["historical"]]


@section("timeline", "Timeline of events", order=50)
class Timeline:
    @staticmethod
    def html(ctx: BriefContext) -> str:
        current, background = _split(ctx)
        if not current and not background:
            return "<p class='muted'>No dated events found.</p>"
        parts = []
        chart = chart_svg(current)
        if chart:
            parts.append(f"<figure>{chart}<figcaption class='meta'>Acts per actor over time (source or target; dot area "
                         "grows with the number of reports; green cooperative, red conflictual). Acts the text does not "
                         "date sit at the publication date.</figcaption></figure>")  # fmt: skip
        if current:
            parts.append(_html_table(ctx, current))
        if background:
            parts.append("<h3>Historical background</h3><p class='meta'>Acts the articles give as background, with "
                         "their own dates; not news of the day.</p>" + _html_table(ctx, background))  # fmt: skip
        return "".join(parts)

    @staticmethod
    def markdown(ctx: BriefContext) -> str:
        current, background = _split(ctx)
        if not current and not background:
            return "_No dated events found._"
        lines: list[str] = []
        for title, rows in (("", current), ("### Historical background", background)):
            if not rows:
                continue
            if title:
                lines += ["", title, ""]
            for row in rows[:MAX_ROWS]:
                originals, copies = _reports(row)
                lines.append(f"- **{_date_label(row)}** {_who(row['source_name'], row['source_actor'])} "
                             f"{row['action']} {_who(row['target_name'], row['target_actor'])} "
                             f"({row['independent_sources']} independent source(s))")  # fmt: skip
                for s in originals:
                    also = copies.get(s["copy_of"] or s["article_id"], [])
                    note = (
                        f" (also as copies: {', '.join(c['outlet'] or 'unknown outlet' for c in also)})" if also else ""
                    )
                    lines.append(f"  - {ctx.md_evidence(s['article_id'], s['start'])}{note}")
            if len(rows) > MAX_ROWS:
                lines.append(f"- … and {len(rows) - MAX_ROWS} more: see `storyline timeline`.")
        return "\n".join(lines).strip()
