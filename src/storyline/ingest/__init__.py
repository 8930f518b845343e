"""Reading sources into :class:`~storyline.model.Article` records.

``read_sources`` expands paths (files, folders recursively, globs, ``-`` for stdin) and yields, in a
stable order, either an ``Article`` or a :class:`~storyline.errors.Rejection` for each input. Nothing
here touches the store; deduplication against stored articles and revisions happen in the store.
"""

from __future__ import annotations

import glob
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from storyline.config import Settings
from storyline.errors import Code, Rejection
from storyline.ingest.readers import READERS, read_bytes_as_text
from storyline.model import Article

Item = Article | Rejection

TEXT_SUFFIXES = {".txt", ".md", ".text", ""}


def expand(paths: Iterable[str]) -> Iterator[Path | str | Rejection]:
    """Files named by ``paths``: folders recursively (hidden files skipped), globs expanded, ``-`` kept."""
    for raw in paths:
        if raw == "-":
            yield "-"
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(p.startswith(".") for p in child.relative_to(path).parts):
                    yield child
        elif path.is_file():
            yield path
        elif any(ch in raw for ch in "*?["):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                yield Rejection(raw, Code.NOT_FOUND, "the pattern matched nothing")
            for match in matches:
                yield from expand([match])
        else:
            yield Rejection(raw, Code.NOT_FOUND)


def read_sources(paths: Iterable[str], settings: Settings | None = None) -> Iterator[Item]:
    from storyline.ingest.sidecar import apply_metadata, read_metadata_table, row_for

    settings = settings or Settings()
    table = read_metadata_table(settings.metadata) if settings.metadata else {}
    for target in expand(paths):
        if isinstance(target, Rejection):
            items: Iterable[Item] = [target]
        elif target == "-":
            items = _read_stdin(settings)
        else:
            items = read_file(Path(target), settings)
        for item in items:
            if isinstance(item, Article):
                item = apply_metadata(
                    item, row=row_for(item.source, table), outlet=settings.outlet, published=settings.published
                )
            yield item


def read_file(path: Path, settings: Settings) -> Iterator[Item]:
    source = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield Rejection(source, Code.READ_ERROR, exc.strerror or str(exc))
        return
    if size == 0:
        yield Rejection(source, Code.EMPTY)
        return
    if size > settings.max_bytes:
        yield Rejection(source, Code.TOO_LARGE, f"{size / 1e6:.1f} MB > {settings.max_bytes / 1e6:.1f} MB")
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Rejection(source, Code.READ_ERROR, exc.strerror or str(exc))
        return
    yield from read_data(data, source, path.suffix.lower())


def read_data(data: bytes, source: str, suffix: str) -> Iterator[Item]:
    decoded = read_bytes_as_text(data, source)
    if isinstance(decoded, Rejection):
        yield decoded
        return
    if not decoded.strip():
        yield Rejection(source, Code.EMPTY, "only white space")
        return
    reader = READERS.get(suffix)
    if reader is None:
        yield Rejection(source, Code.UNSUPPORTED, f"{suffix!r}; storyline reads .txt .md .html .htm .json .jsonl")
        return
    yield from reader(decoded, source)


def _read_stdin(settings: Settings) -> Iterator[Item]:
    data = sys.stdin.buffer.read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        yield Rejection("-", Code.TOO_LARGE)
        return
    if not data.strip():
        yield Rejection("-", Code.EMPTY)
        return
    head = data.lstrip()[:1]
    suffix = ".jsonl" if head in (b"{", b"[") else ".html" if head == b"<" else ".txt"
    yield from read_data(data, "-", suffix)
