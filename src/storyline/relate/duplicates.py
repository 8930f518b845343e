"""Copies: exact and near-duplicate texts (syndicated wire copy, new headline, trimmed ending, inserted
sentence), found with MinHash LSH (datasketch) on word shingles.

Each copy points (``duplicate_of``) to its group's canonical article: the earliest published, else the
fullest (longest text), else the smallest id. Two texts are copies when their estimated Jaccard
similarity is at least ``MIN_JACCARD``, or when the shorter one is nearly contained in the longer one
(``MIN_CONTAINMENT``: a trimmed ending or an excerpt). Copy groups are the connected components of that
symmetric relation, so they do not depend on ingest order; the canonical is chosen by the rule above,
which does not depend on order either.

Why the LSH bands are stored by hand: datasketch's LSH keeps its buckets in memory or in Redis/Cassandra,
not in SQLite; the band keys here are computed with datasketch's own (b, r) choice for the threshold and
kept in the store's ``copy_bands`` table, so an ingest batch only looks up its own bands. The stateless
``group`` path uses datasketch's in-memory :class:`~datasketch.MinHashLSH` with the same parameters.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

from storyline.config import Settings
from storyline.model import normalize_text
from storyline.relate import relate_step

if TYPE_CHECKING:
    from storyline.store import Store

SHINGLE_WORDS = 5  # word n-grams: long enough that unrelated texts share few, short enough to survive edits
NUM_PERM = 128
SEED = 1
SCHEME = "affine32"  # pinned: stored signatures must stay comparable when datasketch changes its default
LSH_THRESHOLD = 0.5  # candidate Jaccard for the LSH bands (datasketch picks b and r for it)
MIN_JACCARD = 0.75  # estimated Jaccard at which two texts are copies
MIN_CONTAINMENT = 0.9  # share of the shorter text's shingles found in the longer one (trimmed copies)
MIN_CONTAINMENT_JACCARD = 0.3  # ... provided the texts overlap at least this much (a short brief is no copy)
MIN_SHINGLES = 20  # shorter texts need MIN_SHORT_JACCARD: a few shared phrases are not a copy
MIN_SHORT_JACCARD = 0.9

_WORD = re.compile(r"\w+", re.UNICODE)


class Components:
    """Union-find over hashable items; ``groups()`` gives the connected components."""

    def __init__(self) -> None:
        self.parent: dict[Any, Any] = {}

    def find(self, item: Any) -> Any:
        parent = self.parent.setdefault(item, item)
        while parent != item:
            grand = self.parent[parent]
            self.parent[item] = grand
            item, parent = parent, grand
        return item

    def union(self, a: Any, b: Any) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[Any]]:
        out: dict[Any, list[Any]] = {}
        for item in list(self.parent):
            out.setdefault(self.find(item), []).append(item)
        return list(out.values())


def shingles(text: str) -> set[bytes]:
    words = _WORD.findall(normalize_text(text).casefold())
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8") for i in range(len(words) - SHINGLE_WORDS + 1)}


def signatures(texts: Iterable[str]) -> list[tuple[np.ndarray, int]]:
    """MinHash hash values and distinct-shingle count of each text (datasketch, shared permutations)."""
    from datasketch import MinHash

    sets = [shingles(t) for t in texts]
    hashes = MinHash.bulk([list(s) for s in sets], num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    return [(h.hashvalues.astype(np.uint64), len(s)) for h, s in zip(hashes, sets, strict=True)]


@lru_cache(maxsize=1)
def lsh_ranges() -> tuple[tuple[int, int], ...]:
    """The (start, end) of each LSH band, as datasketch chooses them for LSH_THRESHOLD."""
    from datasketch import MinHashLSH

    return tuple(MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM).hashranges)


def band_keys(hashvalues: np.ndarray) -> list[tuple[int, int]]:
    """(band, key) rows: a signed 64-bit digest of each band's hash values."""
    out = []
    for band, (start, end) in enumerate(lsh_ranges()):
        digest = hashlib.blake2b(hashvalues[start:end].tobytes(), digest_size=8).digest()
        out.append((band, int.from_bytes(digest, "little", signed=True)))
    return out


def is_copy(a: np.ndarray, size_a: int, b: np.ndarray, size_b: int) -> bool:
    """Whether two signatures are copies of one text (estimated Jaccard, or containment of the shorter)."""
    if size_a == 0 or size_b == 0:
        return False
    jaccard = float(np.count_nonzero(a == b)) / len(a)
    if min(size_a, size_b) < MIN_SHINGLES:
        return jaccard >= MIN_SHORT_JACCARD
    if jaccard >= MIN_JACCARD:
        return True
    if jaccard < MIN_CONTAINMENT_JACCARD:
        return False
    containment = jaccard * (size_a + size_b) / ((1 + jaccard) * min(size_a, size_b))
    return containment >= MIN_CONTAINMENT


def canonical_order(article_id: str, published: str | None, length: int) -> tuple[str, int, str]:
    """Sort key: the earliest published first, then the fullest text, then the smallest id (the tie rule)."""
    return (published or "9999", -length, article_id)


def _pick_canonical(members: Iterable[dict[str, Any]]) -> str:
    return min(members, key=lambda m: canonical_order(m["id"], m.get("published"), m["length"]))["id"]


# -- stateless: extract ---------------------------------------------------------------------------
def group_copies(articles: list[dict[str, Any]], settings: Settings) -> None:
    from datasketch import MinHashLSH

    sigs = signatures(a.get("text") or "" for a in articles)
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    if tuple(lsh.hashranges) != lsh_ranges():  # pragma: no cover - datasketch changed its parameter choice
        raise RuntimeError("datasketch LSH bands differ from the stored ones")
    from datasketch import LeanMinHash

    parts = Components()
    for index, (values, size) in enumerate(sigs):
        parts.find(index)
        if size == 0:
            continue
        minhash = LeanMinHash(seed=SEED, hashvalues=values, scheme=SCHEME)
        for other in lsh.query(minhash):
            if is_copy(values, size, *sigs[other]):
                parts.union(index, other)
        lsh.insert(index, minhash)
    for members in parts.groups():
        info = [{"id": articles[i]["id"], "published": articles[i].get("published"),
                 "length": len(articles[i].get("text") or "")} for i in members]  # fmt: skip
        canonical = _pick_canonical(info)
        for i in members:
            articles[i]["duplicate_of"] = None if articles[i]["id"] == canonical else canonical


# -- incremental: ingest --------------------------------------------------------------------------
@relate_step("copies", order=10, group=group_copies)
def update_copies(store: Store, new_ids: list[str], settings: Settings) -> None:
    from storyline.store import groups

    rows = store.article_rows(new_ids, order="id")
    if not rows:
        return
    sigs = signatures(r["text"] for r in rows)
    groups.save_copy_features(
        store, [(r["id"], size, values.tobytes()) for r, (values, size) in zip(rows, sigs, strict=True)]
    )
    parts = Components()
    for row, (values, size) in zip(rows, sigs, strict=True):
        if size == 0:
            continue
        bands = band_keys(values)
        candidates = groups.band_candidates(store, bands) - {row["id"]}
        groups.add_bands(store, [(band, key, row["id"]) for band, key in bands])
        if not candidates:
            continue
        for other, (other_size, minhash, duplicate_of) in groups.load_copy_features(store, candidates).items():
            if minhash is None:
                continue
            if is_copy(values, size, np.frombuffer(minhash, dtype=np.uint64), other_size):
                parts.union(row["id"], duplicate_of or other)
    for component in parts.groups():
        if len(component) < 2:
            continue
        members = groups.copy_group(store, component)
        canonical = _pick_canonical(members)
        for member in members:
            store.set_article_fields(member["id"], duplicate_of=None if member["id"] == canonical else canonical)
