"""Stories: each thread's events in date order, with the articles and outlets behind every event.

Counts always say "N articles from M independent sources": copies of one wire text count once. Each
event links to the first sentence of each article reporting it (the lead says what happened).
"""

from __future__ import annotations

import html

from storyline.report.briefing import BriefContext, section
from storyline.store.groups import story_threads

MAX_STORIES = 10


def _story_heading(story: dict) -> str:
    dates = " to ".join(dict.fromkeys(d[:10] for d in (story["first_date"], story["last_date"]) if d)) or "undated"
    return f"{dates}: {story['count']} in {len(story['events'])} event(s); outlets: {', '.join(story['outlets'])}"


@section("stories", "Stories and events", order=30)
class Stories:
    @staticmethod
    def html(ctx: BriefContext) -> str:
        parts = []
        for n, story in enumerate(story_threads(ctx.store)[:MAX_STORIES], start=1):
            rows = []
            for event in story["events"]:
                reports = "<br>".join(
                    f"{html.escape(a['outlet'] or 'unknown outlet')}: {ctx.html_evidence(a['id'], 0, a['title'] or a['id'])}"
                    + (" <span class='muted'>(copy)</span>" if a["duplicate_of"] else "")
                    for a in event["articles"]
                )
                rows.append(f"<tr><td>{html.escape((event['first_date'] or 'undated')[:10])}</td>"
                            f"<td>{html.escape(event['count'])}</td><td>{reports}</td></tr>")  # fmt: skip
            parts.append(
                f"<h3>Story {n}</h3><p class='meta'>{html.escape(_story_heading(story))}</p>"
                "<table><tr><th>Date</th><th>Reports</th><th>Articles</th></tr>" + "".join(rows) + "</table>"
            )
        return "".join(parts) or "<p class='muted'>No articles stored.</p>"

    @staticmethod
    def markdown(ctx: BriefContext) -> str:
        lines = []
        for n, story in enumerate(story_threads(ctx.store)[:MAX_STORIES], start=1):
            lines += [f"### Story {n}", "", f"_{_story_heading(story)}_", ""]
            for event in story["events"]:
                lines.append(f"- **{(event['first_date'] or 'undated')[:10]}**, {event['count']}:")
                for a in event["articles"]:
                    copy = " (copy)" if a["duplicate_of"] else ""
                    lines.append(f"  - {a['outlet'] or 'unknown outlet'}{copy}: {ctx.md_evidence(a['id'], 0)}")
            lines.append("")
        return "\n".join(lines) or "_No articles stored._"
