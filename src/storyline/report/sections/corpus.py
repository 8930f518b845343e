"""The corpus: articles by outlet and date."""

from __future__ import annotations

import html

from storyline.report.briefing import BriefContext, section
from storyline.report.queries import article_summaries, corpus_by_outlet, count_phrase


@section("corpus", "The corpus", order=10)
class Corpus:
    @staticmethod
    def html(ctx: BriefContext) -> str:
        arts = article_summaries(ctx.store)
        rows = []
        for group in corpus_by_outlet(ctx.store):
            for a in group["articles"]:
                rows.append(
                    f"<tr><td>{html.escape(group['outlet'])}</td><td>{html.escape((a['published'] or 'undated')[:10])}</td>"
                    f"<td><a href='#a-{a['id']}'>{html.escape(a['title'] or a['id'])}</a></td></tr>"
                )
        outlets = len({a["outlet"] for a in arts})
        return (
            f"<p>{count_phrase(arts)}; {outlets} outlet(s).</p>"
            "<table><tr><th>Outlet</th><th>Published</th><th>Title</th></tr>" + "".join(rows) + "</table>"
        )

    @staticmethod
    def markdown(ctx: BriefContext) -> str:
        arts = article_summaries(ctx.store)
        lines = [f"{count_phrase(arts)}; {len({a['outlet'] for a in arts})} outlet(s).", "",
                 "| Outlet | Published | Title |", "|---|---|---|"]  # fmt: skip
        for group in corpus_by_outlet(ctx.store):
            for a in group["articles"]:
                title = (a["title"] or a["id"]).replace("|", "\\|")
                lines.append(f"| {group['outlet']} | {(a['published'] or 'undated')[:10]} | [{title}](#a-{a['id']}) |")
        return "\n".join(lines)
