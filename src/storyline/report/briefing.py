"""The briefing: one self-contained HTML file (inline CSS, inline SVG, no external assets) and its
Markdown twin.

Sections register with :func:`section` from modules in ``report/sections/`` (discovered on first use),
each rendering both formats from a shared :class:`BriefContext`. Every statement links to the sentence it
came from: the HTML ends with the source texts, each sentence carrying an anchor ``s-<article>-<start>``;
Markdown quotes the sentence inline beside the link to its article.
"""

from __future__ import annotations

import html
import importlib
import pkgutil
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from storyline.store import Store

DEFAULT_ISSUE = "recognition of a Palestinian state"


@dataclass
class BriefContext:
    store: Store
    issue: str | None = None
    _articles: dict[str, dict[str, Any]] = field(default_factory=dict)

    def article(self, article_id: str) -> dict[str, Any]:
        if article_id not in self._articles:
            row = self.store.article_rows([article_id])
            import json

            self._articles[article_id] = dict(row[0]) | {"sentences": json.loads(row[0]["sentences"])} if row else {}
        return self._articles[article_id]

    def sentence(self, article_id: str, start: int) -> tuple[int, int, str]:
        """The sentence of ``article_id`` holding offset ``start``: (start, end, text)."""
        art = self.article(article_id)
        sents = art.get("sentences") or [[0, len(art.get("text", ""))]]
        i = max(0, bisect_right([s[0] for s in sents], start) - 1)
        s, e = sents[i]
        return s, e, art["text"][s:e]

    def anchor(self, article_id: str, start: int) -> str:
        s, _, _ = self.sentence(article_id, start)
        return f"s-{article_id}-{s}"

    def label(self, article_id: str) -> str:
        art = self.article(article_id)
        return f"{art.get('outlet') or 'unknown outlet'}, {(art.get('published') or 'undated')[:10]}"

    # evidence links in each format
    def html_evidence(self, article_id: str, start: int, text: str | None = None) -> str:
        _, _, sentence = self.sentence(article_id, start)
        shown = html.escape(text if text is not None else sentence)
        return f'<a class="ev" href="#{self.anchor(article_id, start)}" title="{html.escape(sentence)}">{shown}</a>'

    def md_evidence(self, article_id: str, start: int) -> str:
        _, _, sentence = self.sentence(article_id, start)
        return f"“{' '.join(sentence.split())}” ([{self.label(article_id)}](#a-{article_id}))"


@dataclass(frozen=True)
class Section:
    name: str
    title: str
    order: int
    html: Callable[[BriefContext], str]
    markdown: Callable[[BriefContext], str]


_SECTIONS: dict[str, Section] = {}
_DISCOVERED = False


def section(name: str, title: str, order: int) -> Callable[[type], type]:
    """Class decorator: a class with static ``html(ctx)`` and ``markdown(ctx)`` becomes a section."""

    def register(cls: type) -> type:
        _SECTIONS[name] = Section(name, title, order, cls.html, cls.markdown)  # type: ignore[attr-defined]
        return cls

    return register


def sections() -> list[Section]:
    global _DISCOVERED
    if not _DISCOVERED:
        from storyline.report import sections as pkg

        for info in pkgutil.iter_modules(pkg.__path__):
            importlib.import_module(f"{pkg.__name__}.{info.name}")
        _DISCOVERED = True
    return sorted(_SECTIONS.values(), key=lambda s: (s.order, s.name))


CSS = """
body{font:15px/1.5 Georgia,serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1,h2,h3{font-family:Helvetica,Arial,sans-serif}h2{border-bottom:2px solid #ccc;margin-top:2.5rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ddd;padding:.3rem .5rem;
text-align:left;vertical-align:top;font-size:14px}th{background:#f3f3f3}a.ev{color:#234;text-decoration:none;
border-bottom:1px dotted #678}a.ev:hover{background:#ffd}.meta{color:#666;font-size:13px}
.src p{margin:.2rem 0}.src .s:target{background:#ffef9e}nav a{margin-right:1rem}
.muted{color:#888}blockquote{margin:.3rem 0 .3rem 1rem;border-left:3px solid #ccc;padding-left:.6rem}
@media print{nav{display:none}a.ev{border:none;color:#000}.src{page-break-before:always}}
"""


def render_html(ctx: BriefContext) -> str:
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width,initial-scale=1'><link rel='icon' href='data:,'>",
        f"<title>storyline briefing</title><style>{CSS}</style></head><body>",
        f"<h1>storyline briefing</h1><p class='meta'>Generated {now} from {html.escape(ctx.store.path)}.</p>",
        "<nav>" + "".join(f"<a href='#{s.name}'>{html.escape(s.title)}</a>" for s in sections()) + "</nav>",
    ]
    for s in sections():
        parts.append(f"<section id='{s.name}'><h2>{html.escape(s.title)}</h2>{s.html(ctx)}</section>")
    parts.append("</body></html>")
    return "\n".join(parts)


def render_markdown(ctx: BriefContext) -> str:
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    parts = [f"# storyline briefing\n\nGenerated {now} from `{ctx.store.path}`.\n"]
    for s in sections():
        parts.append(f"## {s.title}\n\n{s.markdown(ctx).strip()}\n")
    return "\n".join(parts)


def write_briefing(store: Store, output: Path, issue: str | None = None) -> Path:
    ctx = BriefContext(store, issue)
    text = render_markdown(ctx) if output.suffix.lower() == ".md" else render_html(ctx)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
    return output


def sentence_spans(text: str, sentences: list[list[int]], article_id: str) -> str:
    """An article's text as HTML paragraphs whose sentences carry their anchors."""
    if not sentences:
        sentences = [[0, len(text)]]
    starts = [s for s, _ in sentences]
    out, para = [], []
    for s, e in sentences:
        chunk = text[s:e]
        para.append(f"<span class='s' id='s-{article_id}-{s}'>{html.escape(chunk)}</span> ")
        nxt = starts[starts.index(s) + 1] if starts.index(s) + 1 < len(starts) else len(text)
        if "\n" in text[e:nxt]:
            out.append("<p>" + "".join(para) + "</p>")
            para = []
    if para:
        out.append("<p>" + "".join(para) + "</p>")
    return "".join(out)
