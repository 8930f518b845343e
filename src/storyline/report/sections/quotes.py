"""Who said what: quotes grouped by the actor the speaker speaks for, then by speaker, each linked to its sentence."""

from __future__ import annotations

import html
from collections import defaultdict
from typing import Any

from storyline.report.briefing import BriefContext, section
from storyline.report.queries import quote_rows

MAX_QUOTES_PER_SPEAKER = 6
UNAFFILIATED = "(speaking for no named state or organisation)"


def grouped(ctx: BriefContext) -> list[tuple[str, list[tuple[str, list[dict[str, Any]]]]]]:
    """[(actor label, [(speaker label, quotes)])], biggest actor first, speakers by number of quotes."""
    names = {a["id"]: a["name"] for a in ctx.store.actors()}
    by_actor: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for q in quote_rows(ctx.store):
        group = q.get("speaker_affiliation") or q.get("speaker_actor")
        label = f"{names.get(group, group)}" if group else UNAFFILIATED
        speaker = q.get("speaker_name") or q.get("speaker") or "unattributed"
        by_actor[label][speaker].append(q)
    out = []
    for label, speakers in by_actor.items():
        ranked = sorted(speakers.items(), key=lambda kv: (-len(kv[1]), kv[0].casefold()))
        out.append((label, ranked))
    out.sort(key=lambda item: (item[0] == UNAFFILIATED, -sum(len(qs) for _, qs in item[1]), item[0]))
    return out


def _as_written(q: dict[str, Any]) -> str:
    written = q.get("speaker") or ""
    return f" (as “{written}”)" if written and written != q.get("speaker_name") and q.get("speaker_name") else ""


@section("quotes", "Who said what", order=40)
class WhoSaidWhat:
    @staticmethod
    def html(ctx: BriefContext) -> str:
        parts = []
        for label, speakers in grouped(ctx):
            parts.append(f"<h3>{html.escape(label)}</h3>")
            for speaker, qs in speakers:
                items = []
                for q in qs[:MAX_QUOTES_PER_SPEAKER]:
                    shown = f"“{q['text']}”" if q["kind"] != "indirect" else q["text"]
                    items.append(
                        f"<li>{ctx.html_evidence(q['article_id'], q['start'], shown)} <span class='meta'>"
                        f"({html.escape(q['kind'])}, {html.escape(q.get('cue') or 'no cue')}{html.escape(_as_written(q))};"
                        f" {html.escape(ctx.label(q['article_id']))})</span></li>"
                    )
                more = len(qs) - MAX_QUOTES_PER_SPEAKER
                tail = f"<li class='muted'>and {more} more</li>" if more > 0 else ""
                parts.append(f"<p><b>{html.escape(speaker)}</b>, {len(qs)} quote(s)</p><ul>{''.join(items)}{tail}</ul>")
        return "".join(parts) or "<p class='muted'>No quotes found.</p>"

    @staticmethod
    def markdown(ctx: BriefContext) -> str:
        lines = []
        for label, speakers in grouped(ctx):
            lines.append(f"### {label}\n")
            for speaker, qs in speakers:
                lines.append(f"- **{speaker}**, {len(qs)} quote(s)")
                for q in qs[:MAX_QUOTES_PER_SPEAKER]:
                    lines.append(f"  - {q['kind']}, {q.get('cue') or 'no cue'}{_as_written(q)}: "
                                 f"{ctx.md_evidence(q['article_id'], q['start'])}")  # fmt: skip
            lines.append("")
        return "\n".join(lines) or "_No quotes found._"
