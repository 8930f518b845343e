"""Article-level stances on the configured issues (``Settings.extra["stance_issues"]``, default: the
briefing's issue). The reading itself lives in :mod:`storyline.stance`, shared with ``storyline stance``,
which reads any issue a user names over the store. ``Settings.extra["stance_reader"]``: the path of a learned
reader (``eval/stance/train_reader.py``) to re-read the rules' stances; none is shipped.

It requires ``claims`` only to run late: by then quotes, events and times are in place when those stages
are installed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from storyline.analyze import stage
from storyline.config import Settings
from storyline.model import Analysis, Stance
from storyline.stance import article_stances, configured_issues

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@stage("stances", requires=("actors", "times", "quotes", "events", "claims"), assigns=("stances",))
def stances(doc: Doc, analysis: Analysis, settings: Settings) -> dict[str, Any]:
    issues = configured_issues(settings.extra)
    if not issues:
        return {"stances": []}
    article = analysis.to_dict()
    actor_info = {a.id: a.to_dict() for a in analysis.actor_index.values()}

    def parse(start: int, end: int) -> tuple[Span, int] | None:
        span = doc.char_span(start, end, alignment_mode="expand")
        cut_end = span is not None and span.end_char < span.sent.end_char and doc.text[end : span.sent.end_char].strip()
        if span is not None and (span.start_char > span.sent.start_char or cut_end) and span.start_char == start:
            # a sentence cut short on purpose (its dateline left off, which spaCy parses as the subject or a date
            # swallowing the first name; a headline cut from the lead it runs into): parse the rest alone
            from storyline import nlp

            return nlp.load(settings.model)(doc.text[start:end])[:], start
        return (span, 0) if span is not None else None

    reader = None
    if settings.extra.get("stance_reader"):  # a reader written by eval/stance/train_reader.py; rules when unreadable
        from storyline.stance_reader import load_reader

        reader = load_reader(str(settings.extra["stance_reader"]))
    found: list[Stance] = []
    for issue in issues:
        found.extend(article_stances(article, issue, parse, actor_info, reader))
    return {"stances": found}
