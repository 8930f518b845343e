"""Datelines, headline-like first lines and inferred outlets."""

from __future__ import annotations

import pytest

from storyline.ingest.dateline import find_dateline, headline
from storyline.ingest.metadata import build_article
from storyline.ingest.outlet import infer_outlet, outlet_from_url


@pytest.mark.parametrize(
    ("text", "place", "agency", "date"),
    [
        ("TEL AVIV \u2014 Israel's cabinet met on Sunday.", "Tel Aviv", None, None),
        ("WASHINGTON (AP) \u2014 The Senate voted on Tuesday.", "Washington", "AP", None),
        ("BRUSSELS, March 3 (Reuters) - EU ministers agreed on Monday.", "Brussels", "Reuters", "2025-03-03"),
        ("Washington (AP) -- The Senate voted on Tuesday.", "Washington", "AP", None),
        ("SPRINGFIELD, Ill. \u2014 The governor signed the bill.", "Springfield, Ill.", None, None),
        ("Talks Collapse in Geneva\n\nGENEVA, Dec. 30 (AFP) - Talks collapsed.", "Geneva", "AFP", "2024-12-30"),
    ],
)
def test_find_dateline_reads_place_agency_and_date(text, place, agency, date):
    published = "2025-01-04" if "Dec. 30" in text else "2025-03-04"
    found = find_dateline(text, published)
    assert found is not None
    assert (found.place, found.agency, found.date) == (place, agency, date)
    assert text[found.start : found.end] == found.text


@pytest.mark.parametrize(
    "text",
    [
        "Washington - the city, not the state - voted.",  # title-case place without an agency
        "The Senate voted on Tuesday \u2014 narrowly.",
        "I - for one - disagree.",
    ],
)
def test_find_dateline_ignores_ordinary_openings(text):
    assert find_dateline(text) is None


def test_dateline_date_without_a_publication_year_stays_unresolved():
    found = find_dateline("BRUSSELS, March 3 (Reuters) - EU ministers agreed.")
    assert found is not None and found.date_text == "March 3" and found.date is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Norway Recognises Palestinian State\n\nNorway said on Sunday it would.",
            "Norway Recognises Palestinian State",
        ),
        ("# Talks Resume in Doha After Pause\n\nText.", "Talks Resume in Doha After Pause"),
        ("Norway said on Sunday it would recognize a state.\n\nIsrael objected.", None),  # a sentence
        ("Lawmaker urges retaliation on Russia\n\nRep. Schiff said.", None),  # sentence case
        ("Norway Recognises Palestinian State", None),  # nothing under it
    ],
)
def test_headline_reads_title_case_first_line(text, title):
    assert headline(text) == title


def test_build_article_never_overrides_given_title_or_outlet():
    text = "Norway Recognises Palestinian State\n\nFollow The Ledger on Twitter\n\nNorway said on Sunday it would."
    given = build_article(text=text, source="t", title="Given", outlet="Given Outlet")
    assert (given.title, given.outlet) == ("Given", "Given Outlet")
    assert "outlet_inferred" not in given.meta
    inferred = build_article(text=text, source="t")
    assert inferred.title == "Norway Recognises Palestinian State" and inferred.meta["title_from_text"]
    assert inferred.outlet == "The Ledger"
    assert inferred.meta["outlet_inferred"]["evidence"] == "self-reference: Follow The Ledger on Twitter"


@pytest.mark.parametrize(
    ("url", "value"),
    [
        ("https://www.nytimes.com/2024/05/28/world/europe/norway.html", "The New York Times"),
        ("https://edition.cnn.com/2024/05/28/world", "CNN"),
        ("https://news.example.co.uk/story/1", "example.co.uk"),
        ("not a url", None),
    ],
)
def test_outlet_from_url(url, value):
    found = outlet_from_url(url)
    assert (found["value"] if found else None) == value


def test_infer_outlet_from_site_name_and_self_reference():
    assert infer_outlet("Text.", furniture=["Copyright 2016 The Associated Press. All rights reserved."]) == {
        "value": "The Associated Press",
        "evidence": "site name: Copyright 2016 The Associated Press. All rights reserved.",
    }
    assert infer_outlet("The senator told CNN on Sunday that she would run.")["value"] == "CNN"
    # two outlets named: the story cites others, it does not name itself
    assert infer_outlet("She told CNN and later told Politico that she would run.") is None
    assert infer_outlet("Nothing here names an outlet.") is None
