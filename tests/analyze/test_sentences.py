"""Sentence boundaries of the loaded pipeline: a paragraph break ends a sentence (``storyline.nlp``)."""

from __future__ import annotations

from storyline import nlp

PARAGRAPHS = (
    'In Oslo, Foreign Minister Kari Holm said the outcome was disappointing but "not the end of the road."'
    '\n\nIsrael welcomed the outcome. "Europe chose wisdom," he said.\n\nHungary said nothing.'
)


def test_a_closing_quote_at_a_paragraph_end_stays_in_its_sentence():
    sentences = [s.text.strip() for s in nlp.load()(PARAGRAPHS).sents]
    assert sentences[0].endswith('"not the end of the road."')
    assert sentences[1] == "Israel welcomed the outcome."
    assert sentences[-1] == "Hungary said nothing."
    assert not any(s.startswith('"\n') or s.startswith('" ') for s in sentences)


def test_a_single_line_break_is_no_boundary():
    wrapped = "Foreign Minister Kari Holm said on Sunday that Norway\nwould recognize a Palestinian state."
    assert len(list(nlp.load()(wrapped).sents)) == 1


def test_the_analysis_gives_evidence_sentences_without_a_stray_quote_mark():
    from storyline.analyze import analyze
    from storyline.config import Settings
    from storyline.ingest.metadata import build_article

    article = build_article(text=PARAGRAPHS, source="t.txt", published="2025-03-17")
    [analysis] = list(analyze([article], Settings()))
    texts = [PARAGRAPHS[s:e] for s, e in analysis.sentences]
    assert "Israel welcomed the outcome." in [t.strip() for t in texts]
