"""Ingest readers: formats, metadata precedence, and every kind of bad input as a named rejection."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.config import Settings
from storyline.errors import Code, Rejection
from storyline.ingest import read_sources
from storyline.ingest.metadata import parse_published
from storyline.ingest.readers import read_jsonl
from storyline.model import Article, article_id

TEXT = "Norway said on Sunday it would recognize a Palestinian state.\n\nIsrael rejected the move."


def items(paths, **overrides):
    return list(read_sources([str(p) for p in paths], Settings().with_overrides(**overrides)))


def test_ingest_reads_plain_text_and_markdown(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "b.md").write_text("# Title\n\nSome other story about Spain.")
    got = items([tmp_path])
    assert [type(i) for i in got] == [Article, Article]
    assert got[0].text == TEXT and got[0].published is None


def test_ingest_reads_html_through_trafilatura(tmp_path):
    body = "".join(
        f"<p>{s} This sentence is long enough to count as article text for the extractor.</p>" for s in "ABCDE"
    )
    page = (
        "<html><head><title>Norway moves | The Ledger</title><meta property='og:site_name' content='The Ledger'>"
        "<meta property='article:published_time' content='2024-05-28'></head>"
        f"<body><nav>Home | World</nav><article><h1>Norway moves</h1>{body}</article></body></html>"
    )
    (tmp_path / "page.html").write_text(page)
    [article] = items([tmp_path / "page.html"])
    assert isinstance(article, Article)
    assert "long enough to count" in article.text and "Home | World" not in article.text
    assert article.outlet == "The Ledger"
    assert article.published == "2024-05-28"


def test_jsonl_field_names_and_explicit_metadata(tmp_path):
    lines = [
        {"body": TEXT, "headline": "H1", "link": "https://x.example/1", "sitename": "X", "date": "2024-05-28"},
        {"content": "Other text about Ireland.", "title": "H2", "source": "Y", "published": "2024-05-28T10:15:00Z"},
    ]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(line) for line in lines))
    first, second = items([tmp_path / "a.jsonl"])
    assert (first.title, first.url, first.outlet, first.published) == ("H1", "https://x.example/1", "X", "2024-05-28")
    assert second.outlet == "Y" and second.published.startswith("2024-05-28T10:15:00")
    assert first.source.endswith("a.jsonl:1") and second.source.endswith("a.jsonl:2")


def test_json_paragraph_lists_of_sentences_become_paragraphs(tmp_path):
    # BASIL's layout: body-paragraphs is a list of paragraphs, each a list of sentences; source is the outlet
    record = {"source": "nyt", "title": "Norway moves", "date": "2024-05-28",
              "body-paragraphs": [["Norway said on Sunday it would recognize a Palestinian state.", "Spain agreed."],
                                  ["Israel rejected the move."]]}  # fmt: skip
    (tmp_path / "a.json").write_text(json.dumps(record))
    (article,) = items([tmp_path / "a.json"])
    assert isinstance(article, Article)
    assert article.text.split("\n\n") == [
        "Norway said on Sunday it would recognize a Palestinian state. Spain agreed.",
        "Israel rejected the move.",
    ]
    assert article.outlet == "nyt" and article.published is not None


def test_bad_inputs_each_get_one_named_rejection_and_good_ones_survive(tmp_path):
    (tmp_path / "good.txt").write_text(TEXT)
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "latin1.txt").write_bytes(
        "Le ministre a déclaré à Genève que la reconnaissance était « prématurée ».".encode("latin-1")
    )
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "big.txt").write_text("word " * 3000)
    (tmp_path / "records.jsonl").write_text(
        json.dumps({"text": "First good record about Spain."}) + "\n{broken json\n" + json.dumps({"title": "no text"}) + "\n"
        + json.dumps({"text": "Second good record about Ireland."}) + "\n"
    )  # fmt: skip
    got = items([tmp_path], max_bytes=10_000)
    rejections = {(r.source.rsplit("/", 1)[-1], r.line, r.code) for r in got if isinstance(r, Rejection)}
    assert rejections == {
        ("image.png", None, Code.BINARY),
        ("empty.txt", None, Code.EMPTY),
        ("big.txt", None, Code.TOO_LARGE),
        ("records.jsonl", 2, Code.BAD_JSON),
        ("records.jsonl", 3, Code.NO_TEXT),
    }
    texts = [a.text for a in got if isinstance(a, Article)]
    assert "Le ministre a déclaré à Genève que la reconnaissance était « prématurée »." in texts
    assert len(texts) == 4
    for r in got:
        if isinstance(r, Rejection):
            msg = r.message()
            assert "\n" not in msg and r.source in msg and msg.startswith(f"[{r.code.value}]")


def test_missing_path_and_empty_glob_are_rejections(tmp_path):
    got = items([tmp_path / "nope.txt", f"{tmp_path}/*.none"])
    assert [r.code for r in got] == [Code.NOT_FOUND, Code.NOT_FOUND]


def test_glob_expands(tmp_path):
    for name in ("a.txt", "b.txt", "c.md"):
        (tmp_path / name).write_text(f"{name} is a story about Norway and Spain.")
    got = list(read_sources([f"{tmp_path}/*.txt"]))
    assert [a.source.rsplit("/", 1)[-1] for a in got] == ["a.txt", "b.txt"]


def test_article_id_ignores_white_space_and_quote_style():
    assert article_id("He said “yes”.\n\nThen  left.") == article_id('He said "yes". Then left.')
    assert article_id("He said yes.") != article_id("He said no.")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024-05-28", "2024-05-28"),
        ("2024-05-28T14:05:00Z", "2024-05-28T14:05:00+00:00"),
        ("May 28, 2024", "2024-05-28"),
        ("28 May 2024 14:05", "2024-05-28T14:05:00"),
        ("", None),
        (None, None),
        ("sometime last spring", None),
        ("May 2024", None),  # a month alone is not a publication date: left missing, never guessed
    ],
)
def test_parse_published(raw, expected):
    assert parse_published(raw) == expected


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.one_of(st.text(max_size=80), st.dictionaries(st.text(max_size=8), st.text(max_size=20))), max_size=8)
)
def test_jsonl_reader_never_raises_and_accounts_for_every_line(lines):
    raw = "\n".join(json.dumps(x) if isinstance(x, dict) else x.replace("\n", " ") for x in lines)
    out = list(read_jsonl(raw, "fuzz.jsonl"))
    assert all(isinstance(i, Article | Rejection) for i in out)
    assert len(out) <= max(1, len([ln for ln in raw.splitlines() if ln.strip()]))


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_articles_or_rejections(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "x.txt"
    path.write_bytes(data)
    out = items([path])
    assert len(out) <= 1 or all(isinstance(i, Article | Rejection) for i in out)
    assert all(isinstance(i, Article | Rejection) for i in out)


def test_batch_metadata_fills_what_an_input_lacks_and_never_overrides_a_record(tmp_path):
    (tmp_path / "plain.txt").write_text("OSLO, May 22 - " + TEXT)
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"text": "Spain joined Norway on Tuesday.", "outlet": "Wire", "date": "2024-05-28"}) + "\n"
    )
    plain, record = items([tmp_path / "plain.txt", tmp_path / "feed.jsonl"], outlet="Ledger", published="2024-05-23")
    assert (plain.outlet, plain.published) == ("Ledger", "2024-05-23")
    assert plain.meta["dateline"]["date"] == "2024-05-22"  # the dateline resolves against the given year
    assert plain.meta["metadata_given"] == ["outlet", "published"]
    assert plain.id == items([tmp_path / "plain.txt"])[0].id  # the id is the text's, whatever the metadata
    assert (record.outlet, record.published) == ("Wire", "2024-05-28") and "metadata_given" not in record.meta
