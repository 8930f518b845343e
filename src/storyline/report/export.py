"""Exporters: JSON (one file of article objects), CSV and Parquet (one table per record list).

CSV and Parquet are flat, so each record list of the JSON contract becomes its own table with an
``article_id`` column; ``articles`` holds one row per article.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from storyline.model import RECORD_FIELDS
from storyline.store import Store

ARTICLE_COLUMNS = ["id", "source", "outlet", "title", "published", "url", "language", "revision_of",
                   "duplicate_of", "event_id", "story_id", "skipped", "text"]  # fmt: skip


def tables(store: Store) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {"articles": []}
    for name in RECORD_FIELDS:
        out[name] = []
    for article in store.article_dicts():
        out["articles"].append({k: article.get(k) for k in ARTICLE_COLUMNS})
        for name in RECORD_FIELDS:
            for rec in article.get(name, []):
                row = {"article_id": article["id"]}
                row.update({k: json.dumps(v) if isinstance(v, (list, dict)) else v for k, v in rec.items()})
                out[name].append(row)
    return out


def export_json(store: Store, output: Path) -> list[Path]:
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", encoding="utf-8") as fh:
        json.dump({"articles": list(store.article_dicts()), "actors": store.actors()}, fh, ensure_ascii=False, indent=1)
    return [output]


def _columns(rows: list[dict[str, Any]]) -> list[str]:
    cols: dict[str, None] = {}
    for row in rows:
        cols.update(dict.fromkeys(row))
    return list(cols) or ["article_id"]


def export_csv(store: Store, output: Path) -> list[Path]:
    output.mkdir(parents=True, exist_ok=True)
    written = []
    for name, rows in tables(store).items():
        path = output / f"{name}.csv"
        with path.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=_columns(rows))
            writer.writeheader()
            writer.writerows(rows)
        written.append(path)
    return written


def export_parquet(store: Store, output: Path) -> list[Path]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    output.mkdir(parents=True, exist_ok=True)
    written = []
    for name, rows in tables(store).items():
        cols = _columns(rows)
        table = pa.table({c: [r.get(c) for r in rows] for c in cols}) if rows else pa.table({c: [] for c in cols})
        path = output / f"{name}.parquet"
        pq.write_table(table, path)
        written.append(path)
    return written


EXPORTERS: dict[str, Callable[[Store, Path], list[Path]]] = {
    "json": export_json,
    "csv": export_csv,
    "parquet": export_parquet,
}
