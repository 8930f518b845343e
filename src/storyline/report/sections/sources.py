"""The source texts, last: every evidence link in the briefing lands on one of these sentences."""

from __future__ import annotations

import html

from storyline.report.briefing import BriefContext, section, sentence_spans
from storyline.report.queries import article_summaries


@section("sources", "Source articles", order=1000)
class Sources:
    @staticmethod
    def html(ctx: BriefContext) -> str:
        parts = []
        for a in article_summaries(ctx.store):
            art = ctx.article(a["id"])
            meta = " · ".join(x for x in (a["outlet"], (a["published"] or "")[:10], a["url"]) if x)
            note = f" · copy of <a href='#a-{a['duplicate_of']}'>{a['duplicate_of']}</a>" if a["duplicate_of"] else ""
            parts.append(
                f"<article class='src' id='a-{a['id']}'><h3>{html.escape(a['title'] or a['id'])}</h3>"
                f"<p class='meta'>{html.escape(meta)}{note}</p>{sentence_spans(art['text'], art['sentences'], a['id'])}</article>"
            )
        return "".join(parts)

    @staticmethod
    def markdown(ctx: BriefContext) -> str:
        parts = []
        for a in article_summaries(ctx.store):
            art = ctx.article(a["id"])
            meta = " · ".join(x for x in (a["outlet"], (a["published"] or "")[:10], a["url"]) if x)
            parts.append(f'<a id="a-{a["id"]}"></a>\n### {a["title"] or a["id"]}\n\n_{meta}_\n\n{art["text"]}\n')
        return "\n".join(parts)
