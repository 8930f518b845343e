"""The briefing's "Who said what" section on a small real store: a wire story and its two republished copies."""

from __future__ import annotations

from storyline.report.briefing import BriefContext, render_markdown
from storyline.report.sections.quotes import grouped

REFS = {"A05", "A06", "A07"}  # a Continental Wire story and its copies in two other outlets


def test_a_quote_reprinted_in_copies_is_shown_once_from_the_canonical_article(store):
    ctx = BriefContext(store)
    canonical = {a["id"] for a in map(dict, store.article_rows()) if not a["duplicate_of"]}
    assert len(canonical) == 1
    shown = [q for _, speakers in grouped(ctx) for _, qs in speakers for q in qs]
    assert shown, "the wire story has quotes"
    texts = [" ".join(q["text"].split()).casefold() for q in shown]
    assert len(texts) == len(set(texts))  # each quoted passage once
    assert all(q["article_id"] in canonical for q in shown)
    # a copy may be trimmed (the U.S. reaction at the end of the wire story is in the original only)
    assert sum(len(q["copies"]) == 2 for q in shown) >= len(shown) - 1
    # the stored records still hold every reprint: only the briefing collapses them
    assert len(store.records("quotes")) == sum(1 + len(q["copies"]) for q in shown)


def test_markdown_names_the_copies_beside_the_quote(store):
    markdown = render_markdown(BriefContext(store))
    section = markdown.split("## Who said what", 1)[1].split("\n## ", 1)[0]
    assert "also in 2 copies:" in section
