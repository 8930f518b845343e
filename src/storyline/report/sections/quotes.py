"""Who said what: quotes grouped by the actor the speaker speaks for, then by speaker, each linked to its sentence.

A quote carried by copies of one text (syndicated wire copy) is shown once, from the canonical article, with the
copies named beside it: a speaker's count is of quotes from independent sources, not of reprints."""

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
        ranked = sorted(((name, _collapse_copies(ctx, qs)) for name, qs in speakers.items()),
                        key=lambda kv: (-len(kv[1]), kv[0].casefold()))  # fmt: skip
        out.append((label, ranked))
    out.sort(key=lambda item: (item[0] == UNAFFILIATED, -sum(len(qs) for _, qs in item[1]), item[0]))
    return out


def _collapse_copies(ctx: BriefContext, quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One quote per (canonical text, words quoted); the copies it also appears in under ``copies``."""
    kept: dict[tuple[str, str], dict[str, Any]] = {}
    for q in quotes:
        canonical = ctx.article(q["article_id"]).get("duplicate_of") or q["article_id"]
        key = (canonical, " ".join(q["text"].split()).casefold())
        if key not in kept:
            kept[key] = q | {"copies": []}
            continue
        first = kept[key]
        if q["article_id"] == canonical:  # the canonical article's own sentence is the one to link to
            kept[key] = q | {"copies": [*first["copies"], first["article_id"]]}
        else:
            first["copies"].append(q["article_id"])
    return list(kept.values())


def _copies_note(ctx: BriefContext, q: dict[str, Any]) -> str:
    copies = q.get("copies") or []
    return (
        f"; also in {len(copies)} cop{'ies' if len(copies) != 1 else 'y'}: "
        + ", ".join(ctx.article(c).get("outlet") or "unknown outlet" for c in copies)
        if copies
        else ""
    )


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
                        f" {html.escape(ctx.label(q['article_id']))}{html.escape(_copies_note(ctx, q))})</span></li>"
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
                                 f"{ctx.md_evidence(q['article_id'], q['start'])}{_copies_note(ctx, q)}")  # fmt: skip
            lines.append("")
        return "\n".join(lines) or "_No quotes found._"
