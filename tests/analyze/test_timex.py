"""Time expressions: found in running text and resolved against the publication date, never guessed."""

from __future__ import annotations

import pytest

from storyline.analyze.timex import find_times

PUBLISHED = "2025-03-05"  # a Wednesday


def _value(text: str, expression: str, published: str | None = PUBLISHED):
    found = {t.text: t for t in find_times(text, published)}
    assert expression in found, sorted(found)
    return found[expression]


@pytest.mark.parametrize(
    ("sentence", "expression", "value", "precision"),
    [
        ("Norway acted on Sunday.", "Sunday", "2025-03-02", "day"),
        ("They met last Friday.", "last Friday", "2025-02-28", "day"),
        ("The vote will be held on Tuesday.", "Tuesday", "2025-03-11", "day"),
        ("Spain will follow next month.", "next month", "2025-04", "month"),
        ("Talks began in January.", "January", "2025-01", "month"),
        ("Talks resumed last week.", "last week", "2025-W09", "week"),
        ("As of July 2019, 138 states recognised it.", "July 2019", "2019-07", "month"),
        ("Relations were warm in the 1990s.", "the 1990s", "199", "decade"),
        ("The accord was signed on 13 September 1993.", "13 September 1993", "1993-09-13", "day"),
        ("The accord was signed on Sept. 13, 1993.", "Sept. 13, 1993", "1993-09-13", "day"),
        ("Three years ago talks collapsed.", "Three years ago", "2022", "year"),
        ("He spoke yesterday.", "yesterday", "2025-03-04", "day"),
        ("Profits fell in the third quarter.", "the third quarter", "2024-Q3", "quarter"),
        ("Elections come this summer.", "this summer", "2025-SU", "season"),
    ],
)
def test_expression_resolves_against_publication_date(sentence, expression, value, precision):
    found = _value(sentence, expression)
    assert (found.value, found.precision, found.resolved) == (value, precision, True)


def test_relative_dates_without_publication_date_stay_unresolved():
    text = "On Sunday they met; next month they vote. The treaty of 12 March 1994 stands."
    found = {t.text: t for t in find_times(text, None)}
    assert found["Sunday"].value is None and found["Sunday"].resolved is False
    assert found["next month"].value is None and not found["next month"].resolved
    assert found["12 March 1994"].value == "1994-03-12"


def test_durations_and_references_carry_timeml_values():
    assert _value("Talks lasted two weeks.", "two weeks").value == "P2W"
    assert _value("Talks lasted two weeks.", "two weeks").type == "DURATION"
    assert _value("It is now clear.", "now").value == "PRESENT_REF"


def test_modal_may_is_not_a_month():
    assert not [t for t in find_times("Norway may recognise Palestine.", PUBLISHED) if "may" in t.text.casefold()]


def test_stage_stores_times_with_offsets(analyze):
    a = analyze("Norway recognised Palestine on Sunday.", published=PUBLISHED)
    (t,) = [t for t in a.times if t.text == "Sunday"]
    assert a.article.text[t.start : t.end] == "Sunday" and t.value == "2025-03-02"


def test_garbage_text_does_not_crash():
    assert isinstance(find_times("\x00 99/99/9999 31 February 2020 ''' 0:99 pm", PUBLISHED), list)


def test_earlier_weekday_is_never_in_the_future():
    # Wednesday publication; the sentence's "will" must not push "earlier Monday" forward
    assert _value("He met her earlier Monday, and he will go on.", "Monday").value == "2025-03-03"


@pytest.mark.parametrize("text", ["He told NBC's Today show he would run.", "He spoke on the Today show."])
def test_the_today_show_is_not_a_date(text):
    assert not [t for t in find_times(text, PUBLISHED) if t.text == "Today"]
    assert _value("Today, the Senate voted.", "Today").value == PUBLISHED


# News-style resolution (tuned on TempEval-3 TimeBank; each case is a general rule, not a sentence of it)
@pytest.mark.parametrize(
    ("sentence", "published", "expression", "value"),
    [
        # the tense of the nearest verb decides a bare weekday, not a "will" elsewhere in the sentence
        ("Sytenko left Tuesday for talks, and Iraq will answer.", "1990-08-15", "Tuesday", "1990-08-14"),
        ("The king met Saddam, and he will meet Bush on Thursday.", "1990-08-15", "Thursday", "1990-08-16"),
        # a month and day without a year: within two months of publication the nearer date wins
        ("The dividend is payable Dec. 7 to holders of record.", "1989-10-26", "Dec. 7", "1989-12-07"),
        ("It extended its offer to Nov. 20.", "1989-11-02", "Nov. 20", "1989-11-20"),
        ("Revenue was $76 million for the year ended March 31.", "1989-11-01", "March 31", "1989-03-31"),
        ("Demand fell in December.", "1998-02-06", "December", "1997-12"),
        # quarters: with their year, and the quarter under report in an earnings story
        ("It stopped paying a dividend in the third quarter of 1984.", "1989-10-27", "the third quarter of 1984",
         "1984-Q3"),
        ("It took a charge in the 1988 second quarter.", "1989-11-02", "the 1988 second quarter", "1988-Q2"),
        ("Net sales for this year's third quarter were $14 million.", "1989-11-01", "this year's third quarter",
         "1989-Q3"),
        ("In the year-ago third quarter it earned $22 million.", "1989-10-30", "the year-ago third quarter",
         "1988-Q3"),
        ("Third-quarter profit rose to $5 million from $4 million a year earlier.", "1989-10-26", "a year earlier",
         "1988-Q3"),
        ("Sales in the latest quarter rose 9%.", "1989-10-26", "the latest quarter", "1989-Q3"),
        ("Prices were higher than a year ago.", "1989-10-26", "a year ago", "1988"),
        ("Losses will continue through the first two quarters of 1990.", "1989-10-26",
         "the first two quarters of 1990", "1990-H1"),
        # decades, spoken years, seasons, weekends
        ("Hate groups declined through the nineties.", "1998-03-03", "the nineties", "199"),
        ("Keating's convictions were thrown out in nineteen ninety-six.", "1998-01-15", "nineteen ninety-six",
         "1996"),
        ("Orders rose from the low levels of the early summer.", "1989-10-26", "the early summer", "1989-SU"),
        ("Officials confirmed the reports over the weekend.", "1990-08-13", "the weekend", "1990-W32-WE"),
        # a clock time on a day, and a weekday with its date, are one expression
        ("He was seized at 10 p.m. Wednesday, police said.", "1998-02-13", "10 p.m. Wednesday", "1998-02-11T22:00"),
        ("The Times said in an editorial on Saturday, April 25: ...", "1998-04-24", "Saturday, April 25",
         "1998-04-25"),
        ("Talks broke off at noon Thursday.", "1998-02-13", "noon Thursday", "1998-02-12T12:00"),
        # an anaphoric time takes the date the text named before it
        ("Imports were small in 1988. That year, exports grew.", "1989-11-02", "That year", "1988"),
        ("On May 22, 1995, he was promoted, and the following year he moved.", "1998-04-18", "the following year",
         "1996"),
    ],
)  # fmt: skip
def test_news_resolution(sentence, published, expression, value):
    assert _value(sentence, expression, published).value == value


@pytest.mark.parametrize(
    ("sentence", "expression", "value", "kind"),
    [
        ("Kidnappings rose in recent years.", "recent years", "PXY", "DURATION"),
        ("Kidnappings rose over the last few years.", "the last few years", "PAST_REF", "DATE"),
        ("For the past few weeks we have been subjected to leaks.", "the past few weeks", "PXW", "DURATION"),
        ("Rates may fall in coming months.", "coming months", "FUTURE_REF", "DATE"),
        ("Three days later, the index recovered.", "Three days", "P3D", "DURATION"),
        ("They lived in camps for 2 1/2 years.", "2 1/2 years", "P2Y6M", "DURATION"),
        ("It has lost money in the past two quarters.", "the past two quarters", "P2Q", "DURATION"),
        ("The troops will stay for weeks.", "weeks", "PXW", "DURATION"),
        ("The third flight departs each Thursday.", "each Thursday", "XXXX-WXX-4", "SET"),
        ("Orangemen march each July.", "each July", "XXXX-07", "SET"),
        ("For the year ended Aug. 31, net income fell.", "the year", "P1Y", "DURATION"),
    ],
)
def test_durations_sets_and_references(sentence, expression, value, kind):
    found = _value(sentence, expression, "1998-02-13")
    assert (found.value, found.type) == (value, kind)


@pytest.mark.parametrize(
    "text",
    [
        'Baker said on ABC\'s "This Week" that the request stood.',  # a programme's title
        "The index closed at 2082.1, down 4.5%.",  # a number, not a year
        "Institutions were likely to buy as soon as trading opened.",  # a conjunction
        "The daily tally of inspections was not released.",  # an adjective, not a recurring time
    ],
)
def test_not_times(text):
    found = [t.text for t in find_times(text, "1989-10-30")]
    assert not [f for f in found if f.casefold() in {"this week", "2082", "soon", "daily"}], found


def test_discourse_times_stay_unresolved_without_an_anchor():
    # no publication date: the reported quarter and "a year ago" are never guessed; nor is "that year" without a
    # year named before it
    found = {t.text: t for t in find_times("Profit fell in the quarter from a year ago. That year was bad.", None)}
    assert found["the quarter"].value is None and not found["the quarter"].resolved
    assert found["That year"].value is None and not found["That year"].resolved


@pytest.mark.parametrize(
    ("sentence", "published", "expression", "value"),
    [
        ("He will be home by Christmas.", "1998-12-01", "Christmas", "1998-12-25"),
        ("Sales rose over Thanksgiving.", "1998-12-01", "Thanksgiving", "1998-11-26"),  # fourth Thursday
        ("They met on Easter.", "1999-04-10", "Easter", "1999-04-04"),
        ("Over Thanksgiving 1998, sales rose.", "1999-02-01", "Thanksgiving 1998", "1998-11-26"),
    ],
)
def test_holidays(sentence, published, expression, value):
    assert _value(sentence, expression, published).value == value


def test_a_quarter_still_to_come_is_not_the_reported_one():
    text = "Losses will last through the third quarter of 1990. In the year-ago period, it earned $10 million."
    assert _value(text, "the year-ago period", "1989-10-26").value == "1988-Q3"


def test_a_running_quarter_is_the_reported_one_only_in_a_past_clause():
    ahead = "The quake will result in a fourth-quarter charge. Earnings fell 59% in the latest quarter."
    assert _value(ahead, "the latest quarter", "1989-11-02").value == "1989-Q3"
    fiscal = "It reported a 47% decline in fourth-quarter earnings. Sales in the latest period rose 13%."
    assert _value(fiscal, "the latest period", "1989-11-02").value == "1989-Q4"


def test_the_quarter_ended_a_date_is_the_calendar_quarter_of_its_months_unless_one_was_named():
    assert _value("In the quarter ended July 31, it lost money.", "the quarter", "1989-10-30").value == "1989-Q2"
    named = "Its fiscal first quarter was weak. Sales for the quarter ended Sept. 29 rose."
    assert _value(named, "the quarter", "1989-10-26").value == "1989-Q1"


def test_decades_are_written_one_way():
    assert _value("Wages fell in the last decade.", "the last decade", "1998-02-06").value == "198"
    assert _value("Wages fell in the 1980s.", "the 1980s", "1998-02-06").value == "198"


def test_that_day_takes_the_day_named_before():
    text = "The market fell on Oct. 13. Funds lost $14 million that day."
    assert _value(text, "that day", "1989-10-27").value == "1989-10-13"


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # a clock time takes the day it is joined to, else the day its sentence named, else publication's day
        ("The talks will resume at 10 a.m. Tuesday.", "10 a.m. Tuesday", "2025-03-11T10:00"),
        ("On Monday, the vote began at 10 a.m. and ended late.", "10 a.m.", "2025-03-03T10:00"),
        ("Police arrived at 3:30 p.m. The crowd left.", "3:30 p.m.", "2025-03-05T15:30"),
        # the day the sentence before named ("won Monday's primary ... conceded when polls closed at 8 p.m."), not
        # one further back
        ("Sanders won Monday's primary.\n\nClinton conceded when polls closed at 8 p.m.", "8 p.m.", "2025-03-03T20:00"),
        (
            "They met on Monday. Talks went well. Aides were upbeat. The vote began at 9 a.m.",
            "9 a.m.",
            "2025-03-05T09:00",
        ),
        ("The ceasefire began at 0600 GMT.", "0600 GMT", "2025-03-05T06:00"),
        ("The offer expires at midnight Friday.", "midnight Friday", "2025-03-07T24:00"),
        # a part of the day without its day: the day last named, else publication's day
        ("On Monday the army moved in. In the morning, shots were heard.", "the morning", "2025-03-03TMO"),
        ("By mid-afternoon, officials said the fire was out.", "mid-afternoon", "2025-03-05TAF"),
        ("Shares were up at mid-afternoon yesterday.", "mid-afternoon yesterday", "2025-03-04TAF"),
        ("Rebels attacked the town overnight.", "overnight", "2025-03-04TNI"),
        ("They met Sunday and talked again the next morning.", "the next morning", "2025-03-03TMO"),
    ],
)
def test_clock_times_and_parts_of_day(sentence, expression, value):
    found = _value(sentence, expression)
    assert (found.value, found.type) == (value, "TIME")


@pytest.mark.parametrize("text", ["The night sky was clear.", "He reads the morning papers.", "overnight rates rose"])
def test_parts_of_day_that_are_not_times(text):
    assert not [t for t in find_times(text, PUBLISHED) if t.type == "TIME"]


def test_clock_time_without_publication_date_stays_unresolved():
    (t,) = find_times("The meeting starts at 10 a.m.", None)
    assert (t.value, t.resolved) == (None, False)


def test_an_abbreviation_point_does_not_end_the_sentence_for_tense():
    # "a.m." must not cut "will" off from the weekday it governs (published on a Wednesday)
    assert _value("He will speak at 9 a.m. on Friday.", "9 a.m. on Friday").value == "2025-03-07T09:00"


@pytest.mark.parametrize(
    "sentence",
    [
        "The bloc hopes to agree a deal before the summer.",
        "Ministers intend to settle it before the summer.",
        "Ministers said they look forward to a deal in the summer.",
    ],
)
def test_intentions_look_forward(sentence):
    # published in November: the summer meant is next year's
    assert _value(sentence, "the summer", "2025-11-10").value == "2026-SU"


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("Flights leave twice a week.", "twice a week", "P1W"),
        ("It rains three times a day.", "three times a day", "P1D"),
        ("Elections are held every four years.", "every four years", "P4Y"),
        ("They meet every other week.", "every other week", "P2W"),
        ("The shop is closed on Sundays.", "Sundays", "XXXX-WXX-7"),
        ("Flights leave on Monday and Tuesday nights.", "Monday", "XXXX-WXX-1TNI"),
        ("Flights leave on Monday and Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI"),
        ("He jogs every morning.", "every morning", "XXXX-XX-XXTMO"),
        ("They visit every summer.", "every summer", "XXXX-SU"),
    ],
)
def test_recurring_times_are_sets(sentence, expression, value):
    found = _value(sentence, expression)
    assert (found.value, found.type) == (value, "SET")


def test_unspecified_hours_and_the_day_named_before():
    assert _value("They waited for hours.", "hours").value == "PTXH"
    assert _value("On Monday he landed; later in the day he spoke.", "the day").value == "2025-03-03"
    assert _value("He arrived later in the day.", "the day").value == PUBLISHED


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("It took half an hour.", "half an hour", "PT30M"),
        ("The year-long strike ended.", "year-long", "P1Y"),
        ("a two-week-long trip", "two-week-long", "P2W"),
    ],
)
def test_more_durations(sentence, expression, value):
    found = _value(sentence, expression)
    assert (found.value, found.type) == (value, "DURATION")


def test_end_of_the_decade():
    assert _value("Troops leave by the end of the decade.", "the end of the decade").value == "202"


@pytest.mark.parametrize(
    ("sentence", "expression", "value", "kind"),
    [
        ("Hate groups grew over the past year.", "the past year", "2024", "DATE"),
        ("Hate groups grew over the past three years.", "the past three years", "P3Y", "DURATION"),
        ("Prices should ease in the coming year.", "the coming year", "2026", "DATE"),
    ],
)
def test_the_past_year_is_last_year_with_a_number_a_duration(sentence, expression, value, kind):
    found = _value(sentence, expression)
    assert (found.value, found.type) == (value, kind)


def test_this_past_season_is_the_last_one_over():
    assert _value("It scrapped the unit this past spring.", "past spring", "2025-10-30").value == "2025-SP"


def test_a_deadline_looks_ahead_unless_a_pluperfect_looks_back():
    # published 30 October: "by February" is the coming one, whatever tense the sentence had before
    assert _value("The sale, which was expected, helps repay a loan by February.", "February", "2025-10-30").value == (
        "2026-02"
    )
    assert _value("Members had filed reports by Wednesday.", "Wednesday").value == "2025-03-05"


def test_or_so_ago_and_days_beyond_yesterday():
    assert _value("Then, a week or so ago, he decided.", "a week or so ago").value == "2025-W09"
    assert _value("He left the day before yesterday.", "the day before yesterday").value == "2025-03-03"
    assert _value("They vote tomorrow afternoon.", "tomorrow afternoon").value == "2025-03-06TAF"


@pytest.mark.parametrize("text", ["the Ninth Five-Year Plan", "the Six-Day War", "the Hundred Years' War"])
def test_durations_inside_names_are_not_marked(text):
    assert not find_times(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Shares fell for eight trading days.", "eight trading days", "P8D"),
        ("The base stays for at least 20 more years.", "at least 20 more years", "P20Y"),
        ("The loan may run for an additional year.", "an additional year", "P1Y"),
    ],
)
def test_counted_days_of_a_kind_and_more_years(text, expression, value):
    assert _value(text, expression).value == value


def test_part_of_a_named_day():
    assert _value("Bombs exploded on the morning of Aug. 7, 1998.", "the morning of Aug. 7, 1998").value == (
        "1998-08-07TMO"
    )


def test_this_weekday_is_in_the_week_of_publication():
    # published on a Wednesday: "this Friday" is two days on, even with no verb looking ahead
    assert _value("The deadline is this Friday.", "this Friday").value == "2025-03-07"
    assert _value("This Monday he resigned.", "This Monday").value == "2025-03-03"


def test_a_scheduled_meeting_in_the_present_tense_looks_ahead():
    assert _value("He and Arafat meet separately Monday with Albright.", "Monday", "1998-05-01").value == "1998-05-04"
    # "to meet" is no present tense: "difficult to meet demand into the summer" stays this summer
    assert _value("It was difficult to meet demand into the summer.", "the summer", "1989-10-26").value == "1989-SU"


def test_a_clock_time_takes_the_day_named_after_its_gmt_parenthesis():
    # wire style: the local time, the GMT time in parentheses, then the day; published on a Wednesday
    found = {
        t.text: t.value for t in find_times("The bomb exploded at 10:30 a.m. (0730 GMT) Monday downtown.", PUBLISHED)
    }
    assert found["10:30 a.m."] == "2025-03-03T10:30"
    assert found["0730 GMT"] == "2025-03-03T07:30"
    assert _value("Fighting stopped at 8 p.m. local time (1900 GMT) on Sunday.", "8 p.m.").value == "2025-03-02T20:00"
    # no day after it: the day its sentence named before, else publication
    assert _value("On Monday the vote began at 10 a.m.", "10 a.m.").value == "2025-03-03T10:00"
    assert _value("The vote began at 10 a.m., officials said.", "10 a.m.").value == "2025-03-05T10:00"


def test_a_plan_reported_in_the_pluperfect_is_past():
    # published on a Wednesday: the Friday a plan "had been" made for is the one gone by
    assert _value("The offer had been scheduled to expire Friday.", "Friday").value == "2025-02-28"
    assert _value("The strike had been due to end Friday evening.", "Friday evening").value == "2025-02-28TEV"
    # the plan itself still looks ahead
    assert _value("The offer is scheduled to expire Friday.", "Friday").value == "2025-03-07"


def test_a_fronted_deadline_reads_the_tense_of_its_clause():
    assert _value("By Sunday evening, 20 people were dead.", "Sunday evening").value == "2025-03-02TEV"
    assert _value("By Sunday evening, the count will be done.", "Sunday evening").value == "2025-03-09TEV"
    assert _value("Talks ended Tuesday and resume at 9 a.m. Friday.", "9 a.m. Friday").value == "2025-03-07T09:00"


def test_days_earlier_are_a_span_before_the_story_time_not_publication():
    # "ago" counts back from publication; "earlier" from the time the story is at, so only its length is known
    assert _value("A day earlier, trucks had crossed the border.", "A day earlier").value == "P1D"
    assert _value("Three weeks earlier, the firm had warned.", "Three weeks earlier").value == "P3W"
    assert _value("Several hours earlier, an aide had resigned.", "Several hours earlier").value == "PTXH"
    assert _value("Two days ago, the ministers met.", "Two days ago").value == "2025-03-03"


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Analysts say the party will one day govern alone.", "one day"),
        ("The bonds may be sold at a later date.", "a later date"),
        ("Someday, she said, the border will reopen.", "Someday"),
    ],
)
def test_an_indefinite_future(text, expression):
    assert _value(text, expression).value == "FUTURE_REF"


def test_one_day_without_a_modal_is_a_day():
    assert _value("The strike lasted one day.", "one day").value == "P1D"


def test_frequency_adverbs_are_sets_but_adjectives_are_not():
    found = {
        t.text: t.value for t in find_times("The ministers met daily in Nairobi; guards patrol twice daily.", PUBLISHED)
    }
    assert found == {"daily": "P1D", "twice daily": "P1D"}
    assert _value("Prices were reviewed weekly and monthly.", "weekly").value == "P1W"
    # before a noun "daily" is an adjective, which TimeML leaves unmarked
    assert not find_times("The airline plans daily flights; average daily volume fell.", PUBLISHED)
    # after an article or a superlative it is the noun, a newspaper
    assert not find_times("The Courier, the region's largest daily, and the Daily Mail ran it.", PUBLISHED)


def test_an_irregular_past_is_a_past_cue():
    # "fled" is nearer the weekday than "will": the Friday gone by (published on a Wednesday)
    assert _value("Rebels who will face trial fled Friday.", "Friday").value == "2025-02-28"
    assert _value("Officials who will testify sought the files Monday.", "Monday").value == "2025-03-03"


def test_the_progressive_of_an_arrangement_looks_ahead():
    # "is flying ... on Friday" said on a Wednesday: the coming Friday (the futurate progressive)
    assert _value("The envoy is flying to Nairobi on Friday.", "Friday").value == "2025-03-07"
    assert _value("The council is meeting Thursday to discuss it.", "Thursday").value == "2025-03-06"
    # a progressive of another verb says nothing of when: the weekday stays the past one
    assert _value("Police are investigating the attack on Sunday.", "Sunday").value == "2025-03-02"


def test_both_years_of_a_range_and_a_year_by_two_digits():
    found = {t.text: t.value for t in find_times("The 1996-2000 plan and the 1998-99 season.", PUBLISHED)}
    assert found == {"1996": "1996", "2000": "2000", "1998": "1998", "99": "1999"}
    assert {t.text for t in find_times("The route 1996-12 was closed.", PUBLISHED)} == {"1996"}  # a month, not a range
    found = {t.text: t.value for t in find_times("He won in '96 and lost the '24 race in the '80s.", PUBLISHED)}
    assert found == {"'96": "1996", "'24": "2024", "the '80s": "198"}
    assert not find_times("He played '12 Monkeys' again.", PUBLISHED)  # a quoted number, not a year


def test_the_part_of_a_day_named_after_it():
    assert _value("He left the morning of Feb. 27.", "the morning of Feb. 27").value == "2025-02-27TMO"
    assert {t.text for t in find_times("The morning papers of Feb. 27 said so.", PUBLISHED)} == {"Feb. 27"}


def test_a_rate_after_an_amount_is_not_a_time():
    assert not find_times("It will save $500 million a year and earn 5 percent a year.", PUBLISHED)
    assert not find_times("Revenue should grow 20% annually, or $5 million annually.", PUBLISHED)
    assert _value("He reports annually to Congress.", "annually").value == "P1Y"
    assert _value("The pills are taken three times a day.", "three times a day").value == "P1D"  # a frequency


def test_as_early_as_looks_ahead():
    text = "He told reporters the bill could reach the floor as early as Monday."
    assert _value(text, "Monday").value == "2025-03-10"


def test_a_plural_unit_is_not_counted_by_the_article_before_it():
    found = {t.text: t.value for t in find_times("The report capped a weeks-long review.", PUBLISHED)}
    assert found == {"weeks-long": "PXW"}
    assert not find_times("It ended a decades-old dispute.", PUBLISHED)


def test_a_bare_plural_before_later_or_after_is_a_span():
    found = {t.text: t.value for t in find_times("It came weeks after the vote; years later he left.", PUBLISHED)}
    assert found == {"weeks": "PXW", "years": "PXY"}
    assert not find_times("In the first days after the vote, he left.", PUBLISHED)


def test_that_month_is_in_the_year_the_text_named():
    text = "In 2008 he ran for president, and he withdrew from the race that March."
    assert _value(text, "that March").value == "2008-03"
    assert _value(text, "that March", None).value == "2008-03"  # the text names the year: no publication date needed
    assert _value("He spoke at that March 2 event.", "March 2").value == "2025-03-02"


def test_a_month_naming_an_event_is_the_nearer_one_unless_its_own_verb_says_otherwise():
    # the clause's "said" is not the election's tense; "summarized" governs the meeting
    text = "He said the party must refocus on the November election."
    assert _value(text, "November", "2025-07-04").value == "2025-11"
    assert _value("The memo, which was expected to cite the February incident, is out.", "February").value == "2025-02"
    assert _value("The cable summarized the August meeting.", "August").value == "2024-08"


def test_a_modal_before_the_expression_looks_ahead_but_not_could_not():
    assert _value("He believed he could win the state in November.", "November", "2025-07-04").value == "2025-11"
    assert _value("Officials could not say Monday how many died.", "Monday").value == "2025-03-03"
    assert _value("The March 2 event, which can be seen online, drew crowds.", "March 2").value == "2025-03-02"


def test_the_next_day_is_no_future_cue_and_coordinated_months_share_a_year():
    text = "The deputies reviewed the points at a meeting the next day, Sept. 15, he said."
    assert _value(text, "Sept. 15").value == "2024-09-15"
    assert _value("He called during the months of June and July of 2009.", "June").value == "2009-06"


def test_a_range_of_months_with_its_year():
    found = {t.text: t.value for t in find_times("Exports rose in January-March 1998.", PUBLISHED)}
    assert found == {"January": "1998-01", "March 1998": "1998-03"}
    found = {t.text: t.value for t in find_times("Exports rose in the mid-March 2000 vote.", PUBLISHED)}
    assert found == {"mid-March 2000": "2000-03"}


def test_the_past_before_a_count_is_no_past_ref():
    assert not find_times("He won the past three summers.", PUBLISHED)
    assert _value("In the past, he won.", "the past").value == "PAST_REF"


def test_then_current_is_a_past_present():
    assert _value("Holders may buy at the then-current price.", "then-current").value == "PAST_REF"


def test_set_for_looks_ahead():
    text = "A rally with the governor set for Friday in Green Bay has been postponed."
    assert _value(text, "Friday").value == "2025-03-07"


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The church was built several centuries ago.", "several centuries ago", "PAST_REF"),
        ("The town grew over the past two centuries.", "the past two centuries", "P200Y"),
        ("The town grew in recent centuries.", "recent centuries", "PXCE"),
        ("The abbey was founded two centuries ago.", "two centuries ago", "18"),
        ("The party was founded to abolish slavery a century earlier.", "a century earlier", "P100Y"),
        ("He had done the same nearly a decade earlier.", "nearly a decade earlier", "P10Y"),
        ("The comet returns every two centuries.", "every two centuries", "P200Y"),
    ],
)
def test_centuries_are_counted_without_error(sentence, expression, value):
    assert _value(sentence, expression, "2016-01-01").value == value


@pytest.mark.parametrize(
    ("sentence", "published", "expression", "value"),
    [
        # "likely to" looks ahead as "expected to" does, whatever past words stand further off
        (
            "Her previous support is an attack Republicans are likely to use in the fall.",
            "2016-04-28",
            "the fall",
            "2016-FA",
        ),
        ("The businessman is likely to bounce back Tuesday.", "2016-04-15", "Tuesday", "2016-04-19"),
        ("Voters said they were less likely to vote for him in November.", "2016-04-22", "November", "2016-11"),
        # "next January" said in January: the one under way is "this January"
        ("It will help decide who succeeds him next January.", "2016-01-14", "next January", "2017-01"),
        ("It would derail in a general election next November.", "2015-11-20", "next November", "2016-11"),
    ],
)
def test_likely_to_and_next_month(sentence, published, expression, value):
    assert _value(sentence, expression, published).value == value


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The conflict has dragged on for half a century.", "half a century", "P50Y"),
        ("It survived half a decade of repeal efforts.", "half a decade", "P5Y"),
        ("Researchers hope one day to harness that power.", "one day", "FUTURE_REF"),
        ("They planned one day of talks.", "one day", "P1D"),
    ],
)
def test_half_a_century_and_one_day_ahead(sentence, expression, value):
    assert _value(sentence, expression, "2016-01-01").value == value


@pytest.mark.parametrize(
    "sentence",
    [
        "Coverage competed with the start of the Summer Olympics.",
        "He was at the March on Washington in 1963.",
        "She spoke for the March of Dimes.",
    ],
)
def test_season_and_month_words_in_names_are_not_times(sentence):
    found = [t.text for t in find_times(sentence, "2016-08-08")]
    assert not any(word in " ".join(found) for word in ("Summer", "March")), found


def test_a_week_is_no_day_for_that_night():
    text = "On Tuesday, Clinton won. Christie endorsed him last week. Clinton spoke earlier in the night."
    assert _value(text, "the night", "2016-03-01").value == "2016-03-01TNI"


def test_mar_a_lago_is_no_month_but_october_to_december_is():
    found = {t.text: t.value for t in find_times("At Mar-a-Lago, the October-to-December quarter.", "2016-01-04")}
    assert "Mar" not in found and found["October"] == "2015-10"


def test_could_have_with_an_object_looks_ahead():
    text = "The dislike could have big consequences in November."
    assert _value(text, "November", "2016-04-22").value == "2016-11"
    assert _value("He could have met in November.", "November", "2016-04-22").value == "2015-11"


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The election is Thursday -- leaving little time.", "Thursday", "2014-06-19"),
        ("The election was Thursday.", "Thursday", "2014-06-12"),
    ],
)
def test_a_copula_before_a_day_names_a_date_ahead(sentence, expression, value):
    assert _value(sentence, expression, "2014-06-13").value == value


@pytest.mark.parametrize(
    "sentence",
    ["He taped an appearance on the Tonight Show Starring Jimmy Fallon.", "He said change would not happen overnight."],
)
def test_tonight_show_and_happen_overnight_are_not_times(sentence):
    assert find_times(sentence, "2016-06-09") == []


def test_a_range_of_days_is_no_deadline():
    found = {t.text: t.value for t in find_times("Poll of 1,000 voters taken Wednesday through Sunday.", "2015-12-08")}
    assert found == {"Wednesday": "2015-12-02", "Sunday": "2015-12-06"}
    assert _value("The credit runs through January.", "January", "2015-12-08").value == "2016-01"


@pytest.mark.parametrize(
    "sentence", ["A new USA TODAY/Suffolk University Poll finds.", 'He said on CBS\'s "This Morning," that he would.']
)
def test_usa_today_and_this_morning_titles_are_not_times(sentence):
    assert find_times(sentence, "2015-12-08") == []


def test_a_time_word_inside_an_organisation_name_of_the_gazetteer_is_no_time():
    found = find_times("He said on Fox News Sunday that USA TODAY had it wrong on Sunday.", "2015-12-08")
    assert [(t.text, t.value) for t in found] == [("Sunday", "2015-12-06")]


@pytest.mark.parametrize(
    "sentence",
    [
        "He said so on CBS's 60 Minutes.",
        "She is reviews director at Publishers Weekly.",
        "He appeared on Breitbart News Daily.",
    ],
)
def test_numbers_and_titles_that_are_not_times(sentence):
    assert find_times(sentence, "2016-01-01") == []


def test_a_number_with_thousands_is_read_whole():
    assert _value("The pilot had logged nearly 6,300 hours of flying time.", "nearly 6,300 hours").value == "PT6300H"
    assert _value("Its walls have stood for 2,000 years.", "2,000 years").value == "P2000Y"


def test_an_organisation_of_the_users_gazetteer_masks_its_time_word_too(tmp_path):
    user = tmp_path / "gazetteer.yaml"
    user.write_text("news_organisations:\n  - {id: org:sunday-politics, name: Sunday Politics, aliases: []}\n", "utf-8")
    sentence = "She told Sunday Politics this morning that talks resume on Monday."
    assert [t.text for t in find_times(sentence, "2015-12-08")] == ["Sunday", "this morning", "Monday"]
    assert [t.text for t in find_times(sentence, "2015-12-08", (str(user),))] == ["this morning", "Monday"]


def test_the_next_year_of_a_past_narrative_follows_the_year_the_text_named():
    text = "Felt joined the FBI in 1942. He resigned the next year after a dispute with Gray."
    assert _value(text, "the next year", "2005-06-01").value == "1943"
    assert _value(text, "the next year", None).value == "1943"  # an article with no date keeps the anchor it gives
    # about the future it counts from publication, and with nothing named before it stays unresolved
    assert (
        _value("The plant will be closed over the next year, a spokesman said.", "the next year", "2005-06-01").value
        == "2006"
    )
    assert _value("He resigned the next year after a dispute.", "the next year", "2005-06-01").value is None
