"""The claims stage: a figure, what it counts, its unit, its as-of date and who claims it."""

from __future__ import annotations

import pytest

from storyline.analyze.claims import parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [("138", 138), ("about 1,200", 1200), ("$2.3 billion", 2.3e9), ("three hundred thousand", 300000),
     ("40 percent", 40), ("more than 700,000", 700000), ("Some 147", 147), ("two dozen", 24)],
)  # fmt: skip
def test_parse_number_reads_numbers_as_written(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


def test_parse_number_rejects_words_without_a_number() -> None:
    assert parse_number("several") is None


def test_claims_dated_figure_with_source(analyze) -> None:
    text = (
        "As of July 31, 2019, 138 countries have recognized the State of Palestine, according to the Palestinian "
        "Foreign Ministry."
    )
    claims = analyze(text, published="2019-08-01").claims
    assert len(claims) == 1
    claim = claims[0]
    assert claim.value == 138
    assert claim.unit == "countries"
    assert claim.as_of == "2019-07-31"
    assert "recognized the State of Palestine" in claim.quantity
    assert claim.claimant is not None and "Palestinian" in (claim.claimant + text)
    assert text[claim.start : claim.end] == "138"


def test_claims_undated_figure_has_no_as_of(analyze) -> None:
    claims = analyze("Some 147 of the 193 UN member states now recognise Palestine.", published="2025-03-02").claims
    by_value = {c.value: c for c in claims}
    assert set(by_value) == {147, 193}
    assert by_value[147].as_of is None
    assert "recognise Palestine" in by_value[147].quantity
    assert "recognise" not in by_value[193].quantity


def test_claims_vote_tally_sides(analyze) -> None:
    claims = analyze("On May 10, the General Assembly voted 143 to 9 to back the bid.", published="2024-05-22").claims
    by_value = {c.value: c for c in claims}
    assert by_value[143].quantity == "votes in favour in the General Assembly"
    assert by_value[9].quantity == "votes against in the General Assembly"
    assert by_value[143].unit == "votes"
    assert by_value[143].as_of == "2024-05-10"


def test_claims_skip_names_years_and_small_words(analyze) -> None:
    text = "Resolution 242 and the 1967 lines remain the basis of a two-state solution, the three ministers said."
    assert analyze(text, published="2024-01-01").claims == []


def test_claims_quote_speaker_is_claimant(analyze) -> None:
    claims = analyze('"We host 300,000 refugees," said Kari Holm.', published="2024-01-01").claims
    assert [c.value for c in claims] == [300000]
    assert claims[0].claimant == "person:kari-holm"
    assert claims[0].unit == "refugees"


def test_claims_percent_and_money(analyze) -> None:
    text = "Aid to the territories totalled $2.3 billion, while 40 percent of Israelis support a deal."
    claims = {c.unit: c for c in analyze(text, published="2024-01-01").claims}
    assert claims["USD"].value == 2.3e9
    assert "Aid" in claims["USD"].quantity
    assert claims["percent"].value == 40
    assert "Israelis" in claims["percent"].quantity


def _claim(article: str, value: float, quantity: str, as_of: str | None = None, unit: str = "countries") -> dict:
    return {"article_id": article, "value": value, "quantity": quantity, "unit": unit, "as_of": as_of, "start": 0}


def test_reconcile_series_over_dates_and_contradiction_on_one_date() -> None:
    from storyline.relate.claims import reconcile

    articles = {"a": {"published": "2023-09-21", "outlet": "Wire"}, "b": {"published": "2024-05-29", "outlet": "Daily"},
                "c": {"published": "2024-05-29", "outlet": "Sentinel"}}  # fmt: skip
    claims = [
        _claim("a", 138, "countries that have recognized a Palestinian state", "2023-07-31"),
        _claim("b", 146, "UN member states that recognise Palestine"),
        _claim("c", 145, "countries recognizing a Palestinian state"),
        _claim("a", 193, "UN member states", unit="states"),
    ]
    quantities = reconcile(claims, articles)
    recognitions = next(q for q in quantities if len(q.points) == 3)
    assert [d for d, _ in recognitions.series()] == ["2023-07-31", "2024-05-29"]
    assert recognitions.changes()
    [(day, points)] = recognitions.contradictions()
    assert day == "2024-05-29" and {p.value for p in points} == {145, 146}
    assert {p.dated_by for p in recognitions.points} == {"text", "published"}
    members = next(q for q in quantities if 193 in {p.value for p in q.points})
    assert len(members.points) == 1


def test_reconcile_same_value_on_different_dates_is_no_contradiction() -> None:
    from storyline.relate.claims import reconcile

    articles = {"a": {"published": "2024-05-22"}, "b": {"published": "2024-05-23"}}
    quantities = reconcile([_claim("a", 143, "votes in favour", "2024-05-10", "votes"),
                            _claim("b", 143, "votes in favour", "2024-05-10", "votes")], articles)  # fmt: skip
    assert len(quantities) == 1 and quantities[0].contradictions() == [] and not quantities[0].changes()


def test_claims_counted_noun_that_voted_is_a_vote_count(analyze) -> None:
    text = "Earlier this month, Norway was among 143 countries that voted in the UN General Assembly to upgrade its rights."
    [claim] = analyze(text, published="2024-05-22").claims
    assert claim.quantity == "votes in favour in the UN General Assembly"
    assert claim.unit == "votes"
    assert claim.as_of == "2024-05"


def test_claims_whole_set_is_the_noun_alone(analyze) -> None:
    text = "Holm said she did not expect all 27 member states to act at once."
    [claim] = analyze(text, published="2025-03-02").claims
    assert claim.quantity == "member states"
    assert claim.as_of is None


def test_claims_dateline_date_is_not_an_as_of_date(analyze) -> None:
    text = (
        "OSLO, March 2 (Reuters) - Kari Holm has written to her counterparts in all 27 European Union member states, "
        "according to a copy of the letter seen by Reuters on Sunday."
    )
    [claim] = analyze(text, published="2025-03-02").claims
    assert claim.as_of is None
    assert claim.quantity == "European Union member states"


def test_claims_past_tense_figure_takes_the_date_of_the_story_before_it(analyze) -> None:
    text = (
        "Hungary on Monday blocked a European Union statement on recognition. At the meeting in Brussels, "
        "17 of the 27 member states backed the text, according to diplomats. Some 147 countries recognise Palestine."
    )
    claims = {c.value: c for c in analyze(text, published="2025-03-18").claims}
    assert claims[17].as_of == "2025-03-17"
    assert claims[17].claimant == "diplomats"
    assert claims[27].as_of is None  # the whole the 17 are counted from
    assert claims[147].as_of is None  # present tense: the publication date applies


def test_claims_place_adverb_reads_as_the_place_before_it(analyze) -> None:
    text = (
        "Israel has occupied the West Bank since 1967, and more than 700,000 settlers live there and in East Jerusalem."
    )
    [claim] = analyze(text, published="2024-05-29").claims
    assert claim.value == 700000
    assert claim.quantity == "settlers that live in the West Bank and in East Jerusalem"


def test_claims_whose_count_and_number_of(analyze) -> None:
    text = "With the three, 146 countries have recognized a Palestinian state as of May 28, 2024, by Reuters's count."
    [claim] = analyze(text, published="2024-05-28").claims
    assert claim.as_of == "2024-05-28"
    assert claim.claimant == "org:reuters"  # the news agency, resolved as the gazetteer's organisation
    text = "Norway, Ireland and Spain bring to 146 the number of countries that recognize “Palestine”."
    [claim] = analyze(text, published="2024-05-29").claims
    assert claim.unit == "countries"
    assert claim.quantity == "countries that recognize Palestine"


def test_claims_speaker_of_the_verb_of_saying_over_a_later_clause(analyze) -> None:
    text = "Diplomats said 17 countries had backed the draft, while several others, including Germany, asked for more time."
    [claim] = analyze(text, published="2025-03-17").claims
    assert claim.claimant == "Diplomats"


def test_reconcile_month_holding_one_day_is_that_day() -> None:
    from storyline.relate.claims import reconcile

    articles = {"a": {"published": "2024-05-22"}, "b": {"published": "2024-05-22"}, "c": {"published": "2024-05-22"}}
    quantities = reconcile([_claim("a", 143, "votes in favour in the General Assembly", "2024-05-10", "votes"),
                            _claim("b", 143, "votes in favour in the UN General Assembly", "2024-05", "votes"),
                            _claim("c", 142, "votes in favour in the General Assembly", "2024-05-10", "votes")],
                           articles)  # fmt: skip
    [votes] = quantities
    [(day, points)] = votes.contradictions()
    assert day == "2024-05-10" and len(points) == 3


def test_quantity_key_meets_across_inflections() -> None:
    from storyline.relate.claims import quantity_key

    assert quantity_key("countries that had backed the draft") == quantity_key("states backing the draft")
    assert quantity_key("votes in favour in the UN General Assembly") == quantity_key(
        "votes in favour in the General Assembly"
    )
    # the nouns for countries fold together, but a verb that shares their stem does not
    assert quantity_key("nations that recognise Palestine") == quantity_key("states recognizing Palestine")
    assert quantity_key("delegates who stated support") != quantity_key("delegates of states who support")


@pytest.mark.parametrize(
    ("text", "value", "quantity", "unit"),
    [
        ("Mr. Obama carried his district by 6 percent.", 6, "margin by which Mr. Obama carried his district", "percent"),
        ("He won by 36 percentage points.", 36, "margin by which He won", "points"),
        ("With $1 trillion in spending cuts to kick in, the talks resumed.", 1e12, "spending cuts", "USD"),
        ("Two-thirds of the Senate voted to override the veto.", 66.7, "Senate that voted to override the veto",
         "percent"),
        ("As a joint move by the 28-nation bloc, recognition needs a consensus.", 28, "nations of the bloc", "nations"),
        ("A total of 134 countries already recognized the state of Palestine.", 134,
         "countries that recognized the state of Palestine", "countries"),
        ("The bill passed the House by a vote of 230-190.", 230, "votes in favour in the House", "votes"),
        ("Last week, 11 EU countries voted for the first time against a US resolution.", 11, "votes against", "votes"),
    ],
)  # fmt: skip
def test_claims_what_a_number_counts(analyze, text: str, value: float, quantity: str, unit: str) -> None:
    claims = {c.value: c for c in analyze(text, published="2012-06-10").claims}
    assert claims[value].quantity == quantity
    assert claims[value].unit == unit


def test_claims_small_word_counts_and_a_group_of_voters(analyze) -> None:
    assert analyze("Calls to a half-dozen advisers were not returned.", published="2012-06-10").claims == []
    text = "The bill passed 230 to 190, with 12 Republicans voting against it."
    claims = {c.value: c for c in analyze(text, published="2012-06-10").claims}
    assert claims[190].quantity == "votes against"
    assert claims[12].quantity == "Republicans voting against it"  # a group among the voters, not all votes against


@pytest.mark.parametrize(
    "text",
    ["AARP is the 800-pound gorilla.", "Hundreds of thousands of people marched, and millions of dollars were spent.",
     "Rep. Kevin McCarthy, the No. 3 Republican in the House, spoke.", "The plan spares the top 2 percent."],
)  # fmt: skip
def test_claims_skip_descriptions_ranks_and_vague_amounts(analyze, text: str) -> None:
    assert analyze(text, published="2012-06-10").claims == []


@pytest.mark.parametrize(
    ("text", "value", "quantity"),
    [
        ("Obama leads Romney, 49 percent to 44 percent, in Florida.", 49, None),
        ("Growth is projected in the range of 2 percent to 3 percent.", 2, None),
        ("The sample of Republican primary voters polled was only 238.", 238,
         "The sample of Republican primary voters polled"),
        ("The poll showed that 64 percent think it would be wrong to build it.", 64,
         "share who think it would be wrong to build it"),
        ("He worries about the debt of $16 trillion.", 1.6e13, "debt"),
        ("Obama has cut $716 billion from Medicare.", 7.16e11, "cut from Medicare by Obama"),
        ("The deal would create 1.6 million jobs.", 1.6e6, "jobs that The deal would create"),
    ],
)  # fmt: skip
def test_claims_ranges_copulas_shares_and_objects(analyze, text: str, value: float, quantity: str | None) -> None:
    claims = {c.value: c for c in analyze(text, published="2012-06-10").claims}
    assert value in claims
    if quantity is not None:
        assert claims[value].quantity == quantity


def test_claims_span_dates_are_no_as_of(analyze) -> None:
    text = "Her office says the bill would cut deficits by $416 billion over the next decade."
    [claim] = analyze(text, published="2011-06-17").claims
    assert claim.as_of is None


def test_claims_dates_shared_by_conjoined_verbs_not_by_names_of_things_to_come(analyze) -> None:
    text = (
        "Republicans picked up 63 seats in the House, narrowed the gap in the Senate and picked up 19 state "
        "legislative bodies in the November midterm election."
    )
    claims = {c.value: c for c in analyze(text, published="2010-12-12").claims}
    assert claims[63].as_of == claims[19].as_of == "2010-11"
    text = "A poll shows Trump tied for 2nd in the 2012 GOP primary field at 17 percent."
    [claim] = analyze(text, published="2011-04-07").claims
    assert claim.as_of is None


def test_claims_share_after_a_name_and_numbers_that_describe_the_speaker(analyze) -> None:
    text = "Perry leads among Tea Party supporters, followed by Romney (17 percent) and Huckabee (14 percent)."
    claims = {c.value: c for c in analyze(text, published="2011-04-07").claims}
    assert claims[17].quantity == "share for Romney"
    text = '"We need reform," said Nancy Altman, co-chair of Strengthen Social Security, a 300-member coalition.'
    [claim] = analyze(text, published="2011-06-17").claims
    assert claim.value == 300 and claim.claimant is None


def test_claims_sums_by_what_is_done_with_them_and_suppositions_skipped(analyze) -> None:
    text = "The flight is going to be $1 million, the official said, and about $400,000 has been placed so far."
    claims = {c.value: c for c in analyze(text, published="2012-09-20").claims}
    assert claims[1e6].quantity == "The flight"
    assert claims[400000].quantity == "sum placed so far"
    text = "He said that if he stays in the race, the $5 million set aside for the Missouri race will be withdrawn."
    [claim] = analyze(text, published="2012-08-21").claims  # the consequence is stated; only the "if" part is not
    assert claim.quantity == "set aside for the Missouri race"
    assert (
        analyze("I think that if I gave a speech to 45,000 people, nobody would heckle.", published="2011-06-01").claims
        == []
    )
    assert (
        analyze("Biden went after the remark about the “47 percent,” and Ryan answered.", published="2012-10-12").claims
        == []
    )


def test_claims_bare_document_noun_takes_the_document_named_before(analyze) -> None:
    text = (
        "Hungary on Monday blocked a European Union statement on Palestinian statehood.\n\n"
        "At the meeting in Brussels, 17 of the 27 member states backed the text, according to diplomats."
    )
    claims = [c for c in analyze(text, published="2025-03-18").claims if c.value == 17]
    assert len(claims) == 1
    assert "European Union statement" in claims[0].quantity
    assert "text" not in claims[0].quantity.split()


def test_claims_informative_document_noun_stays_as_written(analyze) -> None:
    text = (
        "Hungary on Monday blocked a European Union statement on Palestinian statehood. "
        "Diplomats said 17 countries had backed the draft."
    )
    claims = [c for c in analyze(text, published="2025-03-18").claims if c.value == 17]
    assert len(claims) == 1
    assert claims[0].quantity.endswith("the draft")


def test_reconcile_bare_noun_with_one_value_across_articles_is_one_row() -> None:
    from storyline.relate.claims import reconcile

    articles = {x: {"published": f"2024-05-2{i}"} for i, x in enumerate("abc")}
    quantities = reconcile([_claim("a", 193, "UN member states", unit="states"),
                            _claim("b", 193, "UN member states", unit="states"),
                            _claim("c", 27, "member states", unit="states")], articles)  # fmt: skip
    by_value = {frozenset(p.value for p in q.points): q for q in quantities}
    assert set(by_value) == {frozenset({193}), frozenset({27})}  # the EU's 27 never joins the UN's 193
    assert len(by_value[frozenset({193})].points) == 2
    assert all(not q.contradictions() for q in quantities)
