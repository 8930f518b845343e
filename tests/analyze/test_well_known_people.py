"""Well-known people bundled in the gazetteer: a surname alone, or a longer form of the name, gets the id the plain
full name gets, so the same person joins across articles (docs: the ``people`` section of gazetteer.yaml)."""

from __future__ import annotations

from storyline.actors import gazetteer, person_id


def _ids(analysis, text):
    return {m.actor_id for m in analysis.actors if m.text == text}


def test_every_bundled_id_is_the_plain_full_names_id():
    people = {a.id: a for a in gazetteer().people.values()}
    assert len(people) > 50
    for pid, actor in people.items():
        assert pid == person_id(actor.name), actor.name


def test_a_surname_alone_gets_the_full_name_id(analyze):
    a = analyze("Obama told reporters on Monday that the deal would hold.")
    assert _ids(a, "Obama") == {"person:barack-obama"}
    a = analyze("German Chancellor Merkel said on Tuesday that Europe would act.")
    assert _ids(a, "Merkel") == {"person:angela-merkel"}


def test_a_family_member_named_in_full_keeps_the_surname(analyze):
    a = analyze("Michelle Obama spoke in Chicago on Monday. Obama said the garden would stay.")
    assert _ids(a, "Michelle Obama") == _ids(a, "Obama") == {"person:michelle-obama"}


def test_a_longer_form_of_the_name_joins(analyze):
    a = analyze("Speaker Paul D. Ryan said on Monday that the House would act. Mr. Ryan spoke to reporters.")
    assert _ids(a, "Paul D. Ryan") == _ids(a, "Ryan") == {"person:paul-ryan"}
    a = analyze("President Vladimir V. Putin met the envoy in Moscow on Monday.")
    assert _ids(a, "Vladimir V. Putin") == {"person:vladimir-putin"}


def test_a_surname_shared_by_two_people_of_the_news_is_not_bundled(analyze):
    a = analyze("Clinton told reporters on Monday that the deal would hold.")
    assert _ids(a, "Clinton") <= {None, "person:clinton"}


def test_two_articles_one_with_the_surname_one_with_the_full_name_give_one_id(analyze):
    surname = analyze("Putin told reporters in Moscow that Russia would respond.")
    full = analyze("Russian President Vladimir Putin said on Friday that Russia would respond.")
    assert _ids(surname, "Putin") == _ids(full, "Vladimir Putin") == {"person:vladimir-putin"}
    surname = analyze("Speaker Pelosi told reporters that the House would vote on the bill next week.")
    full = analyze("House Speaker Nancy Pelosi said the House would vote on the bill next week.")
    assert _ids(surname, "Pelosi") == _ids(full, "Nancy Pelosi") == {"person:nancy-pelosi"}


def test_a_newspaper_that_writes_the_middle_initial_joins_one_that_does_not(analyze):
    initial = analyze("Donald J. Trump won the primary on Tuesday. Mr. Trump thanked his supporters.")
    plain = analyze("Donald Trump won the primary on Tuesday, and Trump thanked his supporters.")
    assert _ids(initial, "Donald J. Trump") == _ids(initial, "Trump") == _ids(plain, "Donald Trump")
    assert _ids(plain, "Donald Trump") == {"person:donald-trump"}
    a = analyze("Secretary of State John F. Kerry met Prime Minister Netanyahu in Jerusalem on Sunday.")
    assert (_ids(a, "John F. Kerry"), _ids(a, "Netanyahu")) == ({"person:john-kerry"}, {"person:benjamin-netanyahu"})


def test_an_honorific_of_the_other_sex_keeps_the_surname_from_the_listed_person(analyze):
    a = analyze("Mrs. Obama spoke to students at the school on Monday.")
    assert "person:barack-obama" not in _ids(a, "Obama")
    a = analyze("Mr. Obama spoke to students at the school on Monday.")
    assert _ids(a, "Obama") == {"person:barack-obama"}
    a = analyze("Ms. Truss spoke in London on Monday; Mr. Truss was not there.")
    assert _ids(a, "Truss") >= {"person:liz-truss"} and len(_ids(a, "Truss")) == 2
