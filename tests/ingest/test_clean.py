"""Furniture removal: each kind removed and recorded, story sentences never removed, repeats across an outlet."""

from __future__ import annotations

import dirty as dirty_texts  # tests/ingest/dirty.py: pytest puts this folder on sys.path
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.ingest.clean import clean_text, furniture_kind, may_be_furniture, remove_outlet_repeats
from storyline.ingest.metadata import build_article
from storyline.model import normalize_text

STORY = (
    "Norway said on Sunday it would recognize a Palestinian state, a move Israel condemned.\n\n"
    "\u201cThis is a reward for terror,\u201d the Israeli foreign minister told reporters in Jerusalem.\n\n"
    "The decision follows months of talks between Oslo, Madrid and Dublin."
)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Follow us on Facebook and Twitter", "social"),
        ("Join our WhatsApp group for the latest updates", "social"),
        ("Share this article", "social"),
        ("Reuters / File", "credit"),
        ("(AP Photo/Evan Vucci)", "credit"),
        ("Photo: Getty Images", "credit"),
        ("Luxembourg iStock", "credit"),
        ("Benjamin Netanyahu at the Knesset Flash90", "credit"),
        ("Comments 0", "counter"),
        ("5 min read", "counter"),
        ("Read more: Israel strikes Gaza overnight", "related"),
        ("Read this story in Arabic", "other_language"),
        (
            "\u0627\u0642\u0631\u0623 \u0628\u0627\u0644\u0644\u063a\u0629 \u0627\u0644\u0639\u0631\u0628\u064a\u0629",
            "other_language",
        ),
        ("Sign up for our daily newsletter", "newsletter"),
        ("Get the latest headlines delivered to your inbox", "newsletter"),
        ("Advertisement", "other"),
        ("  \u2022 Share on Twitter", "social"),
    ],
)
def test_furniture_kind_recognises_each_kind(line, kind):
    assert furniture_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Twitter said on Monday it would ban the account.",  # reporting verb
        "\u201cFollow us on Facebook,\u201d the campaign urged.",  # quote mark
        "Facebook shares fell 5 percent.",
        "More than 40 people died.",
        "Updated figures show 40 dead",
        "Subscribers to the service fell by 40 percent.",
        "Refugees.",  # a section heading, not furniture
        "Investors sued Shutterstock",  # ends in a photo agency, but a verb says it is a sentence
        "Share prices in Tel Aviv fell sharply on Monday as investors weighed the risk of a wider war with Hezbollah "
        "in the north and the cost of a long campaign in Gaza, analysts at two banks wrote in notes to clients.",
    ],
)
def test_story_lines_are_never_furniture(line):
    assert furniture_kind(line) is None


def test_clean_text_removes_lines_and_keeps_them_with_kind_and_line_number():
    dirty = "Follow us on Facebook\n" + STORY.replace("\n\nThe decision", "\n\nComments 12\n\nThe decision")
    cleaned = clean_text(dirty)
    assert cleaned.text == STORY
    assert [(f.text, f.kind, f.line) for f in cleaned.removed] == [
        ("Follow us on Facebook", "social", 1),
        ("Comments 12", "counter", 6),
    ]


def test_clean_text_leaves_clean_story_untouched():
    assert clean_text(STORY).text == STORY and clean_text(STORY).removed == ()


def test_build_article_stores_furniture_and_hashes_the_clean_text():
    dirty = build_article(text=STORY + "\n\nSign up for our newsletter", source="t")
    clean = build_article(text=STORY, source="t")
    assert dirty.text == STORY
    assert dirty.id == clean.id  # the footer never makes two articles different (or alike)
    assert dirty.meta["furniture"] == [{"text": "Sign up for our newsletter", "kind": "newsletter", "line": 7}]


def test_an_article_that_is_all_furniture_is_kept_whole():
    article = build_article(text="Share\nTweet", source="t")
    assert article.text == "Share\nTweet" and "furniture" not in article.meta


def test_remove_outlet_repeats_drops_lines_repeated_under_one_outlet():
    footer = "Stay with The Ledger for live coverage"
    stories = [f"Story number {n} about the summit in Oslo ran long.\n\n{footer}" for n in range(3)]
    articles = [build_article(text=s, source=str(i), outlet="The Ledger") for i, s in enumerate(stories)]
    other = build_article(text=stories[0], source="x", outlet="Another Paper")
    result = remove_outlet_repeats([*articles, other])
    assert [a.text for a in result[:3]] == [s.split("\n\n")[0] for s in stories]
    assert result[0].meta["furniture"][-1] == {"text": footer, "kind": "repeated", "line": 3}
    assert result[0].id != articles[0].id
    assert result[3] is other  # one article of its outlet: nothing repeats


@given(seed=st.integers(min_value=0, max_value=10_000), story=st.sampled_from(range(len(dirty_texts.STORIES))))
@settings(max_examples=60, deadline=None)
def test_cleaning_a_dirty_story_gives_back_the_story(seed, story):
    dirty = dirty_texts.dirty(story, seed)
    cleaned = clean_text(dirty.text)
    removed = {f.line for f in cleaned.removed}
    assert removed <= set(dirty.inserted)  # no story line is ever removed
    lines = dirty.text.split("\n")
    kept_furniture = [n for n in set(dirty.inserted) - removed if may_be_furniture(lines[n - 1])]
    assert not kept_furniture  # every furniture line the safety rule allows is found
    if removed == set(dirty.inserted):
        assert normalize_text(cleaned.text) == normalize_text(dirty_texts.STORIES[story])


def test_demo_corpus_furniture_matches_the_hand_written_gold(demo_corpus, demo_gold):
    from storyline.config import Settings
    from storyline.service import collect

    if not demo_corpus.exists():
        pytest.skip("examples/corpus.jsonl is not there yet")
    articles, _, _ = collect([str(demo_corpus)], Settings())
    found = {a.url: [f["text"] for f in a.meta.get("furniture", [])] for a in articles}
    expected = {url: gold.get("furniture", []) for url, gold in demo_gold["articles"].items()}
    assert found == expected
    for article in articles:  # and what was removed is gone from the text that is analysed
        assert not any(line in article.text.split("\n") for line in found[article.url])


def test_collect_removes_a_footer_repeated_under_one_outlet(tmp_path):
    import json

    from storyline.config import Settings
    from storyline.service import collect

    footer = "Stay with The Ledger for live coverage"
    records = [
        {"outlet": "The Ledger", "text": f"Story {n}: the summit in Oslo ran long into the night.\n\n{footer}"}
        for n in range(3)
    ]
    (tmp_path / "batch.jsonl").write_text("\n".join(json.dumps(r) for r in records))
    articles, _, _ = collect([str(tmp_path / "batch.jsonl")], Settings())
    assert len(articles) == 3 and all(footer not in a.text for a in articles)
