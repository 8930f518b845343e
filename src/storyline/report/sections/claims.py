"""Figures: every claimed quantity as a series over its as-of dates, and the contradictions, each value linked to
the sentence that claims it."""

from __future__ import annotations

import html
from typing import Any

from storyline.report.briefing import BriefContext, section

MAX_QUANTITIES = 20


def _num(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,}"


def _quantities(ctx: BriefContext) -> list[Any]:
    from storyline.relate.claims import reconcile_store

    return reconcile_store(ctx.store)[:MAX_QUANTITIES]


def _who(p: Any) -> str:
    return f"{p.claimant}, " if p.claimant else ""


@section("claims", "Figures", order=70)
class Claims:
    @staticmethod
    def html(ctx: BriefContext) -> str:
        quantities = _quantities(ctx)
        if not quantities:
            return "<p class='muted'>No claimed figures found.</p>"
        rows = []
        for q in quantities:
            cells = []
            for day, points in q.series():
                values = []
                for p in points:
                    values.append(f"{ctx.html_evidence(p.article_id, p.start, _num(p.value))} "
                                  f"<span class='meta'>({html.escape(_who(p))}{html.escape(ctx.label(p.article_id))}"
                                  f"{', as of ' + p.dated_by if p.dated_by == 'text' else ''})</span>")  # fmt: skip
                cells.append(f"<li><b>{html.escape(day or 'undated')}</b>: {'; '.join(values)}</li>")
            clashes = q.contradictions()
            flag = ("<br><b style='color:#c62828'>Contradiction</b> on "
                    + ", ".join(html.escape(d or "undated") for d, _ in clashes)) if clashes else ""  # fmt: skip
            kind = "series" if q.changes() else "one value" if len(q.series()) == 1 and not clashes else "repeated"
            rows.append(f"<tr><td><b>{html.escape(q.label)}</b><br><span class='meta'>{html.escape(q.unit or '')}"
                        f" · {kind}</span>{flag}</td><td><ul>{''.join(cells)}</ul></td></tr>")  # fmt: skip
        return "<table><tr><th>Quantity</th><th>Values by date</th></tr>" + "".join(rows) + "</table>"

    @staticmethod
    def markdown(ctx: BriefContext) -> str:
        quantities = _quantities(ctx)
        if not quantities:
            return "_No claimed figures found._"
        lines = []
        for q in quantities:
            lines.append(f"- **{q.label}**{' (' + q.unit + ')' if q.unit else ''}")
            for day, points in q.series():
                values = ", ".join(sorted({_num(p.value) for p in points}))
                lines.append(f"  - {day or 'undated'}: {values}")
                for p in points[:3]:
                    lines.append(f"    - {_who(p)}{ctx.md_evidence(p.article_id, p.start)}")
            for day, points in q.contradictions():
                sources = ", ".join(f"{_num(p.value)} ({p.outlet or p.article_id[:8]})" for p in points)
                lines.append(f"  - **contradiction** on {day or 'undated'}: {sources}")
        return "\n".join(lines)
