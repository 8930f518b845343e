"""Fixtures of the grouping tests: one analysis of the demo corpus and one embedding per text, per session."""

from __future__ import annotations

import numpy as np
import pytest

from storyline.model import Analysis, Article, Mention, TimeExpression


@pytest.fixture(scope="session", autouse=True)
def embeddings_once():
    """Embed each distinct text once per session: the store runs and ``extract`` read the same vectors, as the
    model would give them, without running the model again for every store the tests build."""
    from storyline.relate import events

    real = events.embed
    memo: dict[str, np.ndarray] = {}

    def embed(texts: list[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in memo]
        if missing:
            memo.update(zip(missing, real(missing), strict=True))
        return np.stack([memo[t] for t in texts]) if texts else real([])

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(events, "embed", embed)
        yield


@pytest.fixture(scope="session")
def demo_analyses(demo_extracted) -> list[Analysis]:
    """The demo corpus as the store receives it, rebuilt from the session's single ``extract`` run: the
    article and the records the grouping steps read (actor mentions, times)."""
    out = []
    for d in demo_extracted.values():
        article = Article.from_dict({k: v for k, v in d.items() if k != "meta"} | {"meta": d.get("meta") or {}})
        out.append(
            Analysis(
                article=article,
                actors=[Mention.from_dict(m) for m in d.get("actors") or []],
                times=[TimeExpression.from_dict(t) for t in d.get("times") or []],
            )
        )
    return out
