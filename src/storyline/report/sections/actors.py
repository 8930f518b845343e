"""The main actors, each with its mentions linked to their sentences."""

from __future__ import annotations

import html

from storyline.report.briefing import BriefContext, section
from storyline.report.queries import actor_mentions

MAX_EVIDENCE = 4


@section("actors", "Main actors", order=20)
class Actors:
    @staticmethod
    def html(ctx: BriefContext) -> str:
        rows = []
        for item in actor_mentions(ctx.store):
            actor = item["actor"]
            seen, evidence = set(), []
            for m in item["mentions"]:
                if m["article_id"] in seen or len(evidence) >= MAX_EVIDENCE:
                    continue
                seen.add(m["article_id"])
                evidence.append(f"<li>{ctx.html_evidence(m['article_id'], m['start'])} "
                                f"<span class='meta'>({html.escape(ctx.label(m['article_id']))})</span></li>")  # fmt: skip
            names = ", ".join(html.escape(s) for s, _ in item["surface"])
            rows.append(
                f"<tr><td><b>{html.escape(actor['name'])}</b><br><span class='meta'>{html.escape(actor['kind'])}"
                f" · {html.escape(actor['id'])}</span></td><td>{len(item['mentions'])} mentions in {item['articles']}"
                f" article(s)<br><span class='meta'>as {names}</span></td><td><ul>{''.join(evidence)}</ul></td></tr>"
            )
        if not rows:
            return "<p class='muted'>No actors found.</p>"
        return "<table><tr><th>Actor</th><th>Mentions</th><th>Evidence</th></tr>" + "".join(rows) + "</table>"

    @staticmethod
    def markdown(ctx: BriefContext) -> str:
        lines = []
        for item in actor_mentions(ctx.store):
            actor = item["actor"]
            lines.append(f"- **{actor['name']}** ({actor['kind']}, `{actor['id']}`): {len(item['mentions'])} mentions"
                         f" in {item['articles']} article(s)")  # fmt: skip
            seen: set[str] = set()
            for m in item["mentions"]:
                if m["article_id"] not in seen and len(seen) < MAX_EVIDENCE:
                    seen.add(m["article_id"])
                    lines.append(f"  - {ctx.md_evidence(m['article_id'], m['start'])}")
        return "\n".join(lines) or "_No actors found._"
