"""Copies: MinHash LSH finds light edits of one text and leaves different texts apart, in any order."""

from __future__ import annotations

import random

import pytest

from storyline.ingest.metadata import build_article
from storyline.model import Analysis
from storyline.relate import duplicates

WIRE = (
    "OSLO, May 22 - Norway, Ireland and Spain said on Wednesday they would recognise a Palestinian state from "
    "May 28, a step that Israel condemned as a reward for terrorism and that drew a sharp reply from its foreign "
    "ministry. The three governments said they hoped other European states would follow, and that the decision "
    "was meant to keep alive the prospect of two states living side by side in peace. Israel recalled its "
    "ambassadors from Oslo and Dublin for urgent consultations within hours of the announcements. The Norwegian "
    "prime minister told reporters in Oslo that there could be no peace in the Middle East without recognition. "
    "Spain's prime minister said the move was not against anyone and that Madrid wanted a ceasefire in Gaza. "
    "Ireland's prime minister said it was a historic and important day for Ireland and for Palestine. The "
    "Palestinian Authority welcomed the decision and called on other countries to take the same step soon. "
    "Diplomats in Brussels said several other European Union members were weighing similar moves this year."
)
OTHER = (
    "BUDAPEST, March 17 - Hungary blocked a joint European Union statement on Monday at a meeting of foreign "
    "ministers in Brussels, leaving the bloc without a common position on the recognition question. Officials "
    "said the text had been negotiated for weeks and that twenty six members had been ready to sign it before "
    "the Hungarian delegation objected to two paragraphs. The EU's foreign policy chief said he regretted the "
    "outcome and would keep working for unity among the member states on the Middle East."
)


def sentences(text: str) -> list[str]:
    return [s.strip() + "." for s in text.split(".") if s.strip()]


def perturbations(text: str) -> dict[str, str]:
    sents = sentences(text)
    return {
        "trimmed ending": " ".join(sents[:-3]),
        "inserted sentence": " ".join(sents[:4] + ["Sweden recognised Palestine in 2014."] + sents[4:]),
        "furniture line": "Photo: Reuters\n" + text + "\nRead more: world news",
        "both": " ".join(sents[:3] + ["The decision takes effect next Tuesday."] + sents[3:-2]),
    }


def signature(text: str):
    return duplicates.signatures([text])[0]


@pytest.mark.parametrize("kind", ["trimmed ending", "inserted sentence", "furniture line", "both"])
def test_is_copy_light_edits(kind):
    original = signature(WIRE)
    edited = signature(perturbations(WIRE)[kind])
    assert duplicates.is_copy(*original, *edited)
    assert duplicates.is_copy(*edited, *original)  # symmetric


def test_is_copy_rejects_different_texts():
    assert not duplicates.is_copy(*signature(WIRE), *signature(OTHER))


def test_is_copy_rejects_a_short_brief_quoting_one_sentence():
    brief = sentences(WIRE)[0] + " More follows later today from our correspondents in the region."
    assert not duplicates.is_copy(*signature(WIRE), *signature(brief))


def test_candidates_come_from_lsh_bands():
    a, _ = signature(WIRE)
    b, _ = signature(perturbations(WIRE)["inserted sentence"])
    c, _ = signature(OTHER)
    assert set(duplicates.band_keys(a)) & set(duplicates.band_keys(b))
    assert not set(duplicates.band_keys(a)) & set(duplicates.band_keys(c))


def _dict(text: str, published: str | None, url: str) -> dict:
    article = build_article(text=text, source="test", published=published, url=url)
    return article.to_dict() | {"duplicate_of": None}


def test_group_copies_points_copies_to_earliest():
    variants = perturbations(WIRE)
    items = [
        _dict(variants["inserted sentence"], "2024-05-22T12:00:00", "b"),
        _dict(WIRE, "2024-05-22T08:00:00", "a"),
        _dict(OTHER, "2025-03-17", "c"),
        _dict(variants["trimmed ending"], "2024-05-23", "d"),
    ]
    duplicates.group_copies(items, None)
    by_url = {d["url"]: d for d in items}
    assert by_url["a"]["duplicate_of"] is None
    assert by_url["b"]["duplicate_of"] == by_url["a"]["id"]
    assert by_url["d"]["duplicate_of"] == by_url["a"]["id"]
    assert by_url["c"]["duplicate_of"] is None


def test_group_copies_undated_prefers_fullest():
    variants = perturbations(WIRE)
    items = [_dict(variants["trimmed ending"], None, "short"), _dict(WIRE, None, "full")]
    duplicates.group_copies(items, None)
    assert items[0]["duplicate_of"] == items[1]["id"]


def _store_copies(tmp_path, name: str, batches: list[list]) -> dict[str, str | None]:
    from storyline.config import Settings
    from storyline.store import Store

    store = Store(tmp_path / f"{name}.db")
    for batch in batches:
        with store.transaction():
            store.write_analyses(Analysis(article=a) for a in batch)
            duplicates.update_copies(store, [a.id for a in batch], Settings())
    out = {r["url"]: r["duplicate_of"] for r in store.article_rows()}
    ids = {r["id"]: r["url"] for r in store.article_rows()}
    store.close()
    return {url: ids.get(dup) if dup else None for url, dup in out.items()}


def test_incremental_copies_do_not_depend_on_order(tmp_path):
    variants = perturbations(WIRE)
    articles = [
        build_article(text=WIRE, source="t", published="2024-05-22T08:00:00", url="wire"),
        build_article(text=variants["inserted sentence"], source="t", published="2024-05-22T12:00:00", url="copy1"),
        build_article(text=variants["both"], source="t", published="2024-05-23", url="copy2"),
        build_article(text=OTHER, source="t", published="2025-03-17", url="other"),
    ]
    expected = {"wire": None, "copy1": "wire", "copy2": "wire", "other": None}
    assert _store_copies(tmp_path, "one", [articles]) == expected
    shuffled = articles[:]
    random.Random(4).shuffle(shuffled)
    # the canonical arrives last, after its copies were already stored
    late = [a for a in shuffled if a.url != "wire"]
    assert _store_copies(tmp_path, "late", [[a] for a in late] + [[articles[0]]]) == expected
