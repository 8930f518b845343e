"""Actor resolution in the entities stage: titles, affiliations, surnames and metonyms."""

from __future__ import annotations

import pytest


def _people(analysis):
    return {a.id: a for a in analysis.actor_index.values() if a.kind == "person"}


def test_title_before_name_gives_role_and_affiliation(analyze):
    a = analyze(
        "Norwegian Foreign Minister Kari Holm said Norway would act. U.S. Secretary of State John Kerry agreed."
    )
    people = _people(a)
    assert people["person:kari-holm"].role == "Foreign Minister"
    assert people["person:kari-holm"].affiliation == "state:NOR"
    assert people["person:john-kerry"].role == "Secretary of State"
    assert people["person:john-kerry"].affiliation == "state:USA"
    assert not any(m.text == "State" for m in a.actors), "'State' in a title is not an organisation"


def test_organisation_title_and_apposition(analyze):
    a = analyze(
        "State Department spokesperson Jen Psaki spoke first. Ayman Safadi, Jordan's foreign minister, replied."
    )
    people = _people(a)
    assert people["person:jen-psaki"].affiliation == "org:state-department"
    assert people["person:ayman-safadi"].affiliation == "state:JOR"
    assert people["person:ayman-safadi"].role.casefold() == "foreign minister"


def test_the_countrys_minister_takes_the_state_last_named(analyze):
    a = analyze("Spain will recognise the state. The country's foreign minister, Jose Manuel Albares, said so.")
    assert _people(a)["person:jose-manuel-albares"].affiliation == "state:ESP"


def test_surname_joins_the_full_name_in_the_article(analyze):
    a = analyze("Israeli Prime Minister Benjamin Netanyahu condemned the move. Netanyahu's office said more.")
    ids = [m.actor_id for m in a.actors if "Netanyahu" in m.text]
    assert ids == ["person:benjamin-netanyahu", "person:benjamin-netanyahu"]


@pytest.mark.parametrize(
    ("text", "name", "actor_id"),
    [
        ("Washington warned Tehran on Monday.", "Washington", "state:USA"),
        ("The statement came from the White House late on Monday.", "White House", "state:USA"),
        ("Kremlin officials rejected the proposal.", "Kremlin", "state:RUS"),
        ("Brussels said the bloc would respond.", "Brussels", "org:eu"),
        ("Moscow denied it.", "Moscow", "state:RUS"),
    ],
)
def test_metonyms_resolve_to_their_state_or_organisation(analyze, text, name, actor_id):
    a = analyze(text)
    assert any(name in m.text and m.actor_id == actor_id for m in a.actors), [(m.text, m.actor_id) for m in a.actors]


def test_no_state_appears_under_two_ids(analyze):
    a = analyze(
        "The United States, the US, America and Washington agreed. Britain, the UK and London disagreed. "
        "Israel and Israeli officials and Jerusalem objected."
    )
    states = {
        a.actor_index[m.actor_id].name: m.actor_id for m in a.actors if m.actor_id and m.actor_id.startswith("state:")
    }
    by_id: dict[str, set[str]] = {}
    for m in a.actors:
        if m.actor_id and m.actor_id.startswith("state:"):
            by_id.setdefault(m.name, set()).add(m.actor_id)
    assert all(len(ids) == 1 for ids in by_id.values())
    assert set(states.values()) == {"state:USA", "state:GBR", "state:ISR"}


def test_every_state_has_one_name_and_its_name_leads_back_to_it():
    from storyline.actors import gazetteer

    gaz = gazetteer()
    states = [a for a in gaz.actors.values() if a.kind == "state"]
    assert len({a.name for a in states}) == len(states), "two states share a display name"
    for actor in states:
        assert gaz.lookup(actor.name).id == actor.id, actor.name


def test_gazetteer_name_missed_by_the_parser_is_still_found(analyze):
    a = analyze("the bloc and the Arab League issued a joint statement.")
    assert {"org:eu", "org:arab-league"} <= {m.actor_id for m in a.actors}


def test_role_without_state_never_takes_a_state_from_a_noun_phrase(analyze):
    a = analyze("Denmark will not recognise a Palestinian state yet, Foreign Minister Lars Lokke Rasmussen said.")
    assert _people(a)["person:lars-lokke-rasmussen"].affiliation == "state:DNK"
    b = analyze(
        "Europe debated a Palestinian state on Monday. Foreign Minister Lars Lokke Rasmussen said it was early."
    )
    assert _people(b)["person:lars-lokke-rasmussen"].affiliation is None  # no acting state nearby: no guess


def test_affiliation_stated_anywhere_in_the_article_wins_over_a_guess(analyze):
    a = analyze(
        "Israel condemned the move. Foreign Minister Kari Holm said the decision stands. "
        "Later, Norway's foreign minister, Kari Holm, said talks would continue."
    )
    assert _people(a)["person:kari-holm"].affiliation == "state:NOR"


def test_an_honorific_makes_a_state_name_a_person(analyze):
    text = "Rep. Jim Jordan questioned the official. Later, Mr. Jordan pressed him. Jordan's king met Israel."
    ids = [(m.text, m.actor_id) for m in analyze(text, published="2013-05-22").actors]
    assert ("Jordan", "person:jim-jordan") in ids  # "Mr. Jordan" is the congressman
    assert ("Jordan", "state:JOR") in ids  # the state is still the state


@pytest.mark.parametrize(
    ("text", "name", "actor_id"),
    [("LJUBLJANA, June 4 - Slovenia's parliament voted on Tuesday to recognise Palestine.", "Slovenia", "state:SVN"),
     ("WASHINGTON, April 18 - The United States vetoed the resolution.", "United States", "state:USA")],
)  # fmt: skip
def test_state_right_after_a_dateline_dash_is_found(analyze, text, name, actor_id):
    # spaCy's small model reads "June 4 - Slovenia's" as one DATE; the dateline's place is not the subject
    analysis = analyze(text, published="2024-06-04")
    after_dash = [m for m in analysis.actors if m.start > text.index(" - ")]
    assert any(name in m.text and m.actor_id == actor_id for m in after_dash)


def test_a_surname_before_the_full_name_joins_it_when_only_one_person_bears_it(analyze):
    a = analyze("Clinton wins Kentucky.\n\nHillary Clinton thanked voters on Monday. Clinton said she was pleased.")
    assert {m.actor_id for m in a.actors if "Clinton" in m.text} == {"person:hillary-clinton"}
    assert "person:clinton" not in a.actor_index
    # two full names with the surname: the earlier surname alone stays its own
    a = analyze("Clinton wins Kentucky.\n\nHillary Clinton met Bill Clinton on Monday.")
    assert [m.actor_id for m in a.actors if m.text == "Clinton"] == ["person:clinton"]


def test_a_lone_surname_the_parser_takes_for_an_organisation_is_the_one_person_with_that_name(analyze):
    text = (
        "Luxembourg Foreign Minister Jean Asselborn is pushing for all member states of the European Union to "
        "recognize Palestine. Luxemburg is one of the smallest countries in the EU, but Asselborn has significant "
        "standing."
    )
    ids = {m.text: m.actor_id for m in analyze(text).actors}
    assert ids["Asselborn"] == ids["Jean Asselborn"] == "person:jean-asselborn"
    two = "Donald Trump and Ivanka Trump arrived. Later, Trump spoke."  # two full names: "Trump" is left as it was
    assert all(m.actor_id in (None, "person:trump") for m in analyze(two).actors if m.text == "Trump")


def test_a_news_organisation_the_parser_tags_as_a_person_is_the_organisation(analyze):
    text = (
        "Breitbart Jerusalem's Aaron Klein reported the meeting. Politico reveals a few relevant facts, and CNN's "
        "Jake Tapper asked Trump about it on Sunday."
    )
    ids = {m.text: m.actor_id for m in analyze(text).actors}
    assert ids["Breitbart Jerusalem"] == "org:breitbart"  # an outlet's desk, not a person
    assert ids["Politico"] == "org:politico"
    assert ids["CNN"] == "org:cnn"
    assert ids["Jake Tapper"] == "person:jake-tapper"  # the person beside the outlet stays a person
    assert ids["Aaron Klein"] == "person:aaron-klein"


def test_an_outlet_name_that_is_the_surname_of_a_person_named_in_full_is_that_person(analyze):
    text = "The video was posted by Andrew Breitbart, a conservative publisher. Breitbart said it was authentic."
    ids = [(m.text, m.actor_id) for m in analyze(text).actors]
    assert ("Breitbart", "person:andrew-breitbart") in ids


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The suspected Russian hackers who struck the DNC also targeted the Clinton campaign.", "Russian"),
        ("U.S. citizens living abroad cast votes at embassies on Tuesday.", "U.S."),
        ("The British capital's new mayor, Sadiq Khan, criticized the plan.", "British"),
        ("The American people want change, Cruz said.", "American"),
        ("Elian was rescued off the coast of Florida by two American fishermen.", "American"),
        ("Mexican journalists criticized Donald Trump on Monday.", "Mexican"),
    ],
)
def test_a_state_on_its_people_or_its_places_names_no_acting_state(analyze, text, word):
    # voters, hackers, citizens, a city are of the country; they do not act for its state
    assert [m.actor_id for m in analyze(text).actors if m.text == word] == [None]


def test_a_state_on_those_who_act_for_it_still_names_it(analyze):
    a = analyze("Russian officials denied it. Israeli troops entered the town. The U.S. government objected.")
    assert [m.actor_id for m in a.actors if m.text in {"Russian", "Israeli", "U.S."}] == [
        "state:RUS",
        "state:ISR",
        "state:USA",
    ]


def test_a_city_or_regional_office_acts_for_no_state(analyze):
    a = analyze("Sadiq Khan, London's mayor, said the plan was wrong. Britain's prime minister, Theresa May, agreed.")
    people = _people(a)
    (mayor,) = [p for p in people.values() if p.role == "mayor"]
    assert mayor.affiliation is None  # a mayor acts for the city, not the United Kingdom
    assert people["person:theresa-may"].affiliation == "state:GBR"
    assert [m.actor_id for m in a.actors if m.text == "London"] == [None]  # the city, not the state
    b = analyze("The United States objected on Monday. Former New Mexico governor Gary Johnson said it was a mistake.")
    assert _people(b)["person:gary-johnson"].affiliation is None  # "Mexico" in "New Mexico" is no state


def test_an_honorific_joins_the_full_name_of_its_sex(analyze):
    text = (
        "Bill Clinton has campaigned for his wife across Iowa. Hillary Clinton thanked the crowd in Des Moines. "
        "Mrs. Clinton said she would win the caucuses. Mr. Clinton said the race was close."
    )
    ids = [m.actor_id for m in analyze(text).actors if m.text == "Clinton"]
    assert ids == ["person:hillary-clinton", "person:bill-clinton"]


def test_an_honorific_before_the_full_names_joins_the_one_of_its_sex(analyze):
    text = "Mr. Clinton spoke first.\n\nHillary Clinton and Bill Clinton arrived on Monday. Mrs. Clinton spoke later."
    ids = [m.actor_id for m in analyze(text).actors if m.text == "Clinton"]
    assert ids == ["person:bill-clinton", "person:hillary-clinton"]


def test_a_definite_description_is_the_one_person_named_before_with_that_role(analyze):
    text = (
        "Sen. Ted Cruz of Texas won the Iowa caucuses on Monday. Donald Trump came second. "
        "The Texas senator said he was pleased."
    )
    ids = {m.text: m.actor_id for m in analyze(text).actors}
    assert ids["The Texas senator"] == "person:ted-cruz"
    two = "Vermont Sen. Bernie Sanders spoke. Sen. Ted Cruz of Texas spoke. The senator said it was over."
    assert not [m for m in analyze(two).actors if m.text == "The senator"]  # two senators: no guess
    nobody = "The senator said it was over. Sen. Ted Cruz of Texas spoke later."
    assert not [m for m in analyze(nobody).actors if m.text == "The senator"]  # no one named before it


def test_a_verb_run_into_a_name_from_a_headline_is_not_part_of_it(analyze):
    text = (
        "White House Used Bill Clinton to Ask Sestak to Drop Out of Race\n\n"
        "Rep. Joe Sestak said Friday that Bill Clinton had called him. Sestak said he declined."
    )
    ids = {m.actor_id for m in analyze(text).actors if "Sestak" in m.text}
    assert ids == {"person:joe-sestak"}


def test_two_forms_of_one_full_name_are_one_person(analyze):
    text = (
        "Wasserman Schultz survives primary challenge.\n\nRep. Debbie Wasserman Schultz won on Tuesday. "
        "Peter A. DeFazio had backed her rival. Peter DeFazio said on Monday that she would lose."
    )
    ids = {m.text: m.actor_id for m in analyze(text).actors}
    assert ids["Wasserman Schultz"] == ids["Debbie Wasserman Schultz"] == "person:debbie-wasserman-schultz"
    assert ids["Peter DeFazio"] == ids["Peter A. DeFazio"] == "person:peter-a-defazio"  # the form given first
    two = "George H.W. Bush and George W. Bush spoke. George Bush was praised."  # two fit: left alone
    assert len({m.actor_id for m in analyze(two).actors if "Bush" in m.text}) == 3


def test_a_title_on_a_surname_two_named_people_share_goes_to_neither(analyze):
    text = (
        "Jeb Bush brought his brother, George W. Bush, to South Carolina on Monday. Mr. Trump criticized "
        "President Bush's record on terrorism. The former president told the crowd to vote."
    )
    a = analyze(text)
    assert _people(a)["person:jeb-bush"].role is None  # "President Bush" may be either brother
    assert not [m for m in a.actors if m.text == "The former president" and m.actor_id == "person:jeb-bush"]


def test_a_place_the_parser_tags_as_a_person_is_no_person(analyze):
    text = (
        "Poland and the Baltic states backed Tbilisi's bid. Austria blocked Romania's accession to the Schengen "
        "area on Thursday. The Baltic states accused Bratislava of holding the package hostage. Aid trucks waited "
        "at the Rafah crossing. Greenpeace activists unfurled a banner outside the Duma building."
    )
    a = analyze(text)
    assert not _people(a), "no place is a person"
    ids = {m.text: m.actor_id for m in a.actors}
    assert ids["Tbilisi"] == "state:GEO" and ids["Bratislava"] == "state:SVK"  # capitals stand for their state
    assert ids["Duma"] == "org:russian-state-duma"
    # a place that is a given name or part of a person's name in the article stays a person
    b = analyze("Victoria Nuland met Ukrainian officials. Victoria said the talks went well.")
    assert "person:victoria-nuland" in _people(b)


def test_a_name_runs_on_through_its_particles(analyze):
    text = (
        "European Commission President Ursula von der Leyen said Romania was ready. Von der Leyen added that "
        "Bulgaria was ready too."
    )
    a = analyze(text)
    ids = {m.text: m.actor_id for m in a.actors}
    assert ids["Ursula von der Leyen"] == ids["Von der Leyen"] == "person:ursula-von-der-leyen"
    assert "Leyen" not in ids


def test_another_places_parliament_is_not_congress(analyze):
    a = analyze("Mexico's Senate approved the bill. Democrats in the Missouri Senate kept up a filibuster.")
    assert not [m for m in a.actors if m.actor_id == "org:us-congress"]
    b = analyze("The Senate voted on Tuesday. The U.S. Senate passed the bill.")
    assert {m.actor_id for m in b.actors} == {"org:us-congress"}


def test_an_institutions_place_name_after_in_is_a_place(analyze, tmp_path):
    from storyline.config import Settings

    extra = tmp_path / "gaz.yaml"
    extra.write_text(
        "organisations:\n  - id: org:eu\n    name: European Union\n    place_aliases: [Brussels]\n"
        "    aliases: [EU, European Union, Brussels, European Commission]\n"
    )
    text = "The attacks in Brussels shocked Europe. Brussels warned Hungary on Monday."
    a = analyze(text, settings=Settings(gazetteer=str(extra)))
    ids = [(m.text, m.actor_id) for m in a.actors if m.text == "Brussels"]
    assert ids == [("Brussels", None), ("Brussels", "org:eu")]


def test_the_commission_alone_is_the_one_the_article_names(analyze):
    a = analyze("The EU has struck a deal. Italy said it could back the ban if the Commission guaranteed supplies.")
    assert {m.text: m.actor_id for m in a.actors}["Commission"] == "org:eu"
    b = analyze("The Federal Election Commission fined him. The EU said so. The Commission said more.")
    assert {m.text: m.actor_id for m in b.actors}["Commission"] is None  # another commission named in full
    c = analyze("The EU signed the deal on Friday. Commission President Ursula von der Leyen called it a win.")
    assert _people(c)["person:ursula-von-der-leyen"].affiliation == "org:eu"  # the same in a title


def test_a_foreign_ministry_spokesman_takes_the_state_before_the_ministry(analyze):
    a = analyze("Chinese foreign ministry spokesman Geng Shuang said Beijing opposed unilateral sanctions.")
    assert _people(a)["person:geng-shuang"].affiliation == "state:CHN"


def test_a_national_office_with_no_state_is_the_one_state_the_articles_officials_serve(analyze):
    a = analyze(
        "Treasury Secretary Steven Mnuchin defended the tax plan on Monday. Senate Republicans said Congress would "
        "vote soon. President Donald Trump praised the bill."
    )
    people = _people(a)
    assert people["person:steven-mnuchin"].affiliation == "state:USA"
    assert people["person:steven-mnuchin"].role == "Treasury Secretary"
    assert people["person:donald-trump"].affiliation == "state:USA"
    # a title that names a place or body beside the office is that place's or body's: no state
    b = analyze("Connecticut Attorney General Richard Blumenthal sued the firm. Congress held hearings on it.")
    assert _people(b)["person:richard-blumenthal"].affiliation is None
    b = analyze("Attorney General Richard Blumenthal of Connecticut sued the firm. Congress held hearings on it.")
    assert _people(b)["person:richard-blumenthal"].affiliation is None
    # officials and bodies of two states: the office is not read
    c = analyze(
        "Defense Secretary Ash Carter met the minister. Congress and the Knesset both passed resolutions on Monday."
    )
    assert _people(c)["person:ash-carter"].affiliation is None
    # a state that only acts in the article, with no official or body of it named, names no seat
    e = analyze(
        "A gunman opened fire near Germany's largest mall. Nine people died. The police searched the area all night. "
        "President Barack Obama condemned the attack."
    )
    assert _people(e)["person:barack-obama"].affiliation is None
    # a hypothetical office ("a President Romney") is held by no one
    d = analyze("Democrats fear what a President Mitt Romney would do. Congress is divided.")
    assert _people(d)["person:mitt-romney"].affiliation is None


def test_a_family_named_by_its_plural_surname_is_no_one_person(analyze):
    a = analyze(
        "Bill Clinton and Hillary Clinton flew to Florida. The Clintons preferred the Dominican Republic, and "
        "a donor lent his plane to the Clintons."
    )
    assert "person:clintons" not in _people(a)
    assert all(m.actor_id is None for m in a.actors if m.text.startswith("Clintons"))
    assert {"person:bill-clinton", "person:hillary-clinton"} <= set(_people(a))


def test_a_court_case_is_no_actor(analyze):
    a = analyze(
        "The justices deadlocked in United States v. Texas on Thursday. Abigail Fisher sued the university, and "
        "the Fisher case went to the Supreme Court. Critics of the Citizens United decision spoke out."
    )
    cases = {m.text: m for m in a.actors if m.label == "LAW"}
    assert not any(m.actor_id for m in a.actors if m.text in {"United States", "Texas"})
    assert "person:fisher" not in _people(a) or all(m.actor_id is None for m in a.actors if m.text == "Fisher")
    assert all(m.actor_id is None for m in cases.values()) and cases
    assert "person:abigail-fisher" in _people(a)
    # a state's decision is its own act
    b = analyze("Kyiv regretted the US decision to pause aid.")
    assert [m.actor_id for m in b.actors if m.text == "US"] == ["state:USA"]


def test_a_law_named_for_two_people_is_no_person(analyze):
    a = analyze(
        "Sanders wants to restore the Glass-Steagall Act. Glass-Steagall separated commercial and investment banks. "
        "Gary Johnson and Bill Weld held a Johnson-Weld rally."
    )
    people = _people(a)
    assert not any("glass" in pid or "steagall" in pid for pid in people)
    assert any(m.actor_id == "person:gary-johnson" for m in a.actors if m.text.startswith("Johnson"))


def test_capitol_hill_is_congress_only_in_a_story_of_the_united_states(analyze):
    a = analyze("Democrats met on Capitol Hill on Tuesday to plan the vote.")
    assert [m.actor_id for m in a.actors if m.text == "Capitol Hill"] == ["org:us-congress"]
    b = analyze("Rents rose fast in Capitol Hill, a Seattle neighborhood, where a new bakery opened on Tuesday.")
    assert [m.actor_id for m in b.actors if m.text == "Capitol Hill"] == [None]
    # a national office with no state named does not make it a U.S. story: the seat it would get came from Capitol
    # Hill itself; and the cleared name leaves no actor behind in the article's index
    c = analyze(
        "Rents rose fast in Capitol Hill, a Seattle neighborhood, where a new bakery opened on Tuesday. "
        "President Barack Obama once ate there."
    )
    assert [m.actor_id for m in c.actors if m.text == "Capitol Hill"] == [None]
    assert "org:us-congress" not in c.actor_index


def test_a_users_gazetteer_adds_given_names_to_the_bundled_ones(tmp_path):
    from storyline.actors import gazetteer

    user = tmp_path / "gazetteer.yaml"
    user.write_text("given_names:\n  female: [Zelda]\n", "utf-8")
    names = gazetteer((str(user),)).given_name_sex
    assert names["zelda"] == "f" and names["hillary"] == "f"


def test_a_given_name_alone_is_the_one_person_named_in_full_with_it(analyze):
    a = analyze(
        'Hillary Clinton spoke in Iowa on Monday. "I will vote for Hillary," said Courtney Johnson, a nurse. '
        '"I like Bernie," said another voter.'
    )
    people = _people(a)
    assert "person:hillary" not in people
    assert [m.actor_id for m in a.actors if m.text == "Hillary"] == ["person:hillary-clinton"]
    # two people named in full share the given name: neither
    b = analyze('Paul Ryan and Paul Simon met on Monday. "Paul was right," a voter said.')
    assert [m.actor_id for m in b.actors if m.text == "Paul"] != ["person:paul-ryan"]


def test_a_well_known_surname_alone_is_the_gazetteers_person(analyze, tmp_path):
    from storyline.config import Settings

    extra = tmp_path / "gaz.yaml"
    extra.write_text(
        "people:\n  - {id: person:barack-obama, name: Barack Obama, aliases: [Obama]}\n"
        "  - {id: person:joe-biden, name: Joe Biden, aliases: [Biden, Joseph R. Biden Jr.]}\n"
    )
    settings = Settings(gazetteer=str(extra))
    a = analyze("Obama signed the bill on Monday. Republicans criticized Obama for it.", settings=settings)
    assert {m.actor_id for m in a.actors if m.text == "Obama"} == {"person:barack-obama"}
    b = analyze("Michelle Obama spoke in Philadelphia. Obama praised the delegates.", settings=settings)
    assert {m.actor_id for m in b.actors if m.text == "Obama"} == {"person:michelle-obama"}
    c = analyze("Vice President Joseph R. Biden Jr. traveled to Ohio. Mr. Biden spoke there.", settings=settings)
    assert {m.actor_id for m in c.actors if "Biden" in m.text} == {"person:joe-biden"}


def test_a_surname_joins_a_full_name_with_a_generational_suffix(analyze):
    a = analyze("Chief Justice John G. Roberts Jr. wrote the opinion. Roberts said the law stands.")
    assert {m.actor_id for m in a.actors if m.text == "Roberts"} == {"person:john-g-roberts-jr"}
    b = analyze("Chief Judge Robert A. Katzmann Jr. wrote the opinion. Mr. Katzmann spoke to reporters there.")
    assert {m.actor_id for m in b.actors if "Katzmann" in m.text} == {"person:robert-a-katzmann-jr"}


def test_a_possessive_apostrophe_after_s_is_no_part_of_the_name(analyze):
    a = analyze("Officials discussed the United States' longest war and the Philippines' new envoy on Monday.")
    assert {m.actor_id for m in a.actors if "States" in m.text} == {"state:USA"}
    assert {m.actor_id for m in a.actors if "Philippines" in m.text} == {"state:PHL"}
    b = analyze(
        "Clinton is keeping a lid on Bernie Sanders' appeal in New York. Sanders also has fared best in states "
        "where the primary is open."
    )
    assert [m.text for m in b.actors if "Sanders" in m.text] == ["Bernie Sanders", "Sanders"]
    assert {m.actor_id for m in b.actors if "Sanders" in m.text} == {"person:bernie-sanders"}


def test_every_bundled_demonym_names_a_known_state():
    from storyline.actors import gazetteer

    gaz = gazetteer()
    assert all(aid in gaz.actors for aid in gaz.demonyms.values())
    assert len(set(gaz.demonyms.values())) >= 190  # every UN member but the ambiguous ones, and territories


def test_a_demonym_names_its_state_and_a_longer_demonym_wins(analyze):
    a = analyze("Cambodian Prime Minister Hun Sen met Peruvian officials. Ugandan troops crossed the border.")
    assert _people(a)["person:hun-sen"].affiliation == "state:KHM"
    assert {"state:PER", "state:UGA"} <= {m.actor_id for m in a.actors}
    b = analyze("South Sudanese officials accused the Sudanese government. The Greek Cypriot negotiators agreed.")
    assert [(m.text, m.actor_id) for m in b.actors] == [
        ("South Sudanese", "state:SSD"),
        ("Sudanese", "state:SDN"),
        ("Greek Cypriot", "state:CYP"),
    ]
    c = analyze("Northern Irish politicians met Irish ministers. Sri Lankan President Maithripala Sirisena spoke.")
    assert [m.actor_id for m in c.actors if "Irish" in m.text] == ["state:GBR", "state:IRL"]
    assert _people(c)["person:maithripala-sirisena"].affiliation == "state:LKA"
    assert "person:sri-lankan" not in _people(c)
    d = analyze("Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia. Albanian officials condemned it.")
    assert [m.actor_id for m in d.actors if "Albanian" in m.text] == [None, "state:ALB"]


def test_kosovo_and_the_international_organisations_are_actors(analyze):
    a = analyze(
        "Kosovo declared independence from Serbia in 2008, and Kosovar officials in Pristina welcomed the ruling. "
        "The IMF, the World Bank and the WTO warned, while the OSCE and the Council of Europe sent observers."
    )
    ids = {m.text.removeprefix("the "): m.actor_id for m in a.actors}
    assert ids["Kosovo"] == ids["Kosovar"] == ids["Pristina"] == "state:XKX"
    assert ids["IMF"] == "org:imf" and ids["World Bank"] == "org:world-bank" and ids["WTO"] == "org:wto"
    assert ids["OSCE"] == "org:osce" and ids["Council of Europe"] == "org:council-of-europe"


def test_a_demonym_on_a_writer_or_a_migrant_names_no_state(analyze):
    a = analyze("The Nobel-winning Peruvian novelist Mario Vargas Llosa spoke. Filipino migrants listened to him.")
    assert [m.actor_id for m in a.actors if m.text in {"Peruvian", "Filipino"}] == [None, None]
    b = analyze("Peruvian officials said the Filipino government would reply.")
    assert [m.actor_id for m in b.actors if m.text in {"Peruvian", "Filipino"}] == ["state:PER", "state:PHL"]


def test_a_seat_of_government_names_its_state(analyze):
    a = analyze(
        "Officials in Zagreb said the border would stay open. Vilnius has pushed for more troops, "
        "and Canberra and Wellington condemned the test. Nairobi and Pretoria said they would send envoys."
    )
    ids = {m.text: m.actor_id for m in a.actors}
    assert ids["Zagreb"] == "state:HRV" and ids["Vilnius"] == "state:LTU"
    assert ids["Canberra"] == "state:AUS" and ids["Wellington"] == "state:NZL"
    assert ids["Nairobi"] == "state:KEN" and ids["Pretoria"] == "state:ZAF"


def test_every_un_member_has_a_seat_of_government_or_its_name():
    import pycountry

    from storyline.actors import gazetteer

    gaz = gazetteer()
    seats = {gaz.names[key] for key in gaz.seats}
    assert all(aid in gaz.actors for aid in seats)
    # states whose capital bears the state's name, and Belgium (Brussels: the EU) and Yemen (Sanaa: the Houthis)
    unlisted = {"BEL", "DJI", "LUX", "MCO", "SGP", "SMR", "VAT", "YEM"}
    members = {"ATG", "BHS", "BRB", "CHE", "CIV", "CPV", "FSM", "KIR", "MHL", "NRU", "PLW", "STP", "TLS", "TUV", "SWZ"}
    assert all(f"state:{code}" in seats for code in members)
    assert len(seats) >= 193 + 2 - len(unlisted)
    assert all(f"state:{c.alpha_3}" in gaz.actors for c in pycountry.countries if c.alpha_3 in unlisted)


def test_a_seat_with_another_common_reading_names_its_state_only_in_its_story(analyze):
    lebanon = analyze("Fighting broke out in Tripoli, Lebanon's second city, and the army deployed.")
    assert [m.actor_id for m in lebanon.actors if m.text == "Tripoli"] == [None]
    libya = analyze("Libya's rival governments met in Tunis. Tripoli rejected the deal on Monday.")
    assert [m.actor_id for m in libya.actors if m.text == "Tripoli"] == ["state:LBY"]
    campus = analyze("Rep. Paul Ryan spoke at Georgetown. Georgetown professor Jane Smith said he was wrong.")
    assert {m.actor_id for m in campus.actors if m.text.startswith("Georgetown")} == {None}
    assert _people(campus)["person:jane-smith"].affiliation is None


def test_a_seat_that_names_an_agreement_or_a_meeting_names_no_state(analyze):
    a = analyze(
        "Trump pulled out of the Paris agreement. France and Germany brokered the Minsk agreements, "
        "and the Madrid conference opened in 1991. Paris rejected the plan, and Iran broke the Iran agreement."
    )
    ids = [(m.text, m.actor_id) for m in a.actors if m.actor_id is None or m.actor_id.startswith("state:")]
    assert ("Paris", None) in ids and ("Minsk", None) in ids and ("Madrid", None) in ids
    assert ("Paris", "state:FRA") in ids, "a seat that acts is its state"
    assert [i for t, i in ids if t == "Iran"] == ["state:IRN", "state:IRN"], "a state's own name names its parties"


def test_the_secretary_general_of_an_international_body(analyze):
    a = analyze(
        "UN Secretary-General Antonio Guterres said the war must end. Ban Ki-moon, the UN secretary-general, agreed."
    )
    people = _people(a)
    assert people["person:antonio-guterres"].role == "Secretary-General"
    assert people["person:antonio-guterres"].affiliation == "org:un"
    assert people["person:ban-ki-moon"].role.casefold() == "secretary-general"
    b = analyze(
        "The United Nations said aid was blocked. The United Arab Emirates, which sponsored the draft, said it was "
        "disappointed.\nSecretary-General Antonio Guterres had warned of a catastrophe. The secretary-general added "
        "that talks would resume."
    )
    assert _people(b)["person:antonio-guterres"].affiliation == "org:un", "not the state acting nearby"
    assert [m.actor_id for m in b.actors if m.text.casefold() == "the secretary-general"] == ["person:antonio-guterres"]
    c = analyze("NATO leaders met. Secretary General Jens Stoltenberg said allies agreed.")
    assert _people(c)["person:jens-stoltenberg"].affiliation == "org:nato"


def test_an_award_the_parser_takes_for_a_person_names_no_one(analyze):
    a = analyze("The former Heisman Trophy winner signed with the Dallas Cowboys.")
    assert not any(m.actor_id and m.actor_id.startswith("person:") for m in a.actors)


def test_states_that_no_longer_exist_and_former_names_resolve(analyze):
    # former states under their ISO 3166-3 codes; a state that continued under another name is that state
    text = (
        "The Soviet Union invaded Afghanistan in 1979. East Germany and West Germany signed the treaty. "
        "Burma and Zaire voted against it."
    )
    ids = {m.text: m.actor_id for m in analyze(text).actors}
    assert ids["The Soviet Union"] == "state:SUN"
    assert ids["East Germany"] == "state:DDR"
    assert ids["West Germany"] == "state:DEU"
    assert ids["Burma"] == "state:MMR"
    assert ids["Zaire"] == "state:COD"
    (e,) = [e for e in analyze(text, published="1990-08-15").events if e.trigger == "invaded"]
    assert (e.source_actor, e.target_actor, e.date, e.historical) == ("state:SUN", "state:AFG", "1979", True)


def test_the_administration_is_the_government_of_the_state_the_article_serves(analyze):
    text = (
        "Senate Democrats have asked the administration for changes to the bill. Republicans accused the "
        "government of hiding the costs."
    )
    ids = {m.text: m.actor_id for m in analyze(text).actors}
    assert ids["the administration"] == "state:USA"
    assert ids["the government"] == "state:USA"  # "of" here is the verb's, not the noun's
    ids = {m.text: m.actor_id for m in analyze("Senate Republicans praised the government of Mexico.").actors}
    assert ids.get("the government") is None and ids.get("Mexico") == "state:MEX"
    # an article whose officials serve no one state leaves it unread
    assert "the administration" not in {m.text for m in analyze("Critics asked the administration for changes.").actors}


def test_a_states_parties_and_legislatures_can_act_on_its_government(analyze):
    events = analyze("Senate Democrats on Tuesday asked the administration for changes to the bill.",
                     published="2010-12-10").events  # fmt: skip
    assert [(e.source_actor, e.action, e.target_actor) for e in events] == [
        ("org:democratic-party", "REQUEST", "state:USA")
    ]


def test_a_surname_alone_the_parser_missed_is_the_person_named_in_full_before(analyze):
    text = (
        "Belgium will recognise a Palestinian state this month, Foreign Minister Maxime Prevot said on Tuesday.\n\n"
        "Prevot said the decision was not a reward for Hamas."
    )
    ids = [(m.text, m.actor_id) for m in analyze(text).actors]
    assert ("Prevot", "person:maxime-prevot") in ids
    # not where two people of the article share the surname
    text = "Hillary Clinton and Bill Clinton arrived on Monday. Clinton said the race was close."
    assert all(aid in {"person:hillary-clinton", "person:bill-clinton", None} for _, aid in
               [(m.text, m.actor_id) for m in analyze(text).actors if m.text == "Clinton"])  # fmt: skip


def test_a_surname_the_parser_takes_for_a_place_is_the_person_named_in_full_before(analyze):
    text = (
        "Defense lawyers objected to the tape, though Judge James Bodiford said jurors could hear it again.\n\n"
        "On Friday, the prosecutor asked Bodiford to question the jury."
    )
    mentions = [(m.text, m.actor_id) for m in analyze(text).actors if "Bodiford" in m.text]
    assert len(mentions) == 2 and all(aid == "person:james-bodiford" for _, aid in mentions)
    text = (
        "Owner Arte Moreno met personally with Scott Boras, the agent for Teixeira, on Tuesday.\n\n"
        "Sabathia agreed to a seven-year deal with the Yankees late Tuesday night, hours after Moreno met with Boras."
    )
    assert {m.actor_id for m in analyze(text).actors if "Boras" in m.text} == {"person:scott-boras"}  # tagged LOC
    # where places stand ("in Millom") a place it stays
    text = "Police named Tom Millom as the driver. The crash happened in Millom, Cumbria, on Saturday."
    place = [m for m in analyze(text).actors if m.text == "Millom" and m.start > text.index(" in ")]
    assert all(m.actor_id != "person:tom-millom" for m in place)


def test_a_given_name_and_an_unknown_surname_tagged_as_an_organisation_is_a_person(analyze):
    text = "The gunman walked toward the office of Paul Riva, another partner, and fired at Riva."
    ids = {m.actor_id for m in analyze(text).actors if "Riva" in m.text}
    assert ids == {"person:paul-riva"}
    # an organisation's word after the given name keeps it an organisation
    assert "person:paul-capital" not in {m.actor_id for m in analyze("Paul Capital bought the firm.").actors}


def test_a_given_name_the_parser_missed_is_the_one_person_named_in_full_with_it(analyze):
    text = (
        "Heavyweight champion Wladimir Klitschko stopped Tony Thompson in the sixth round.\n\n"
        "Before the start of the fifth, his trainer urged Wladimir to throw more jabs."
    )
    mentions = [(m.text, m.actor_id) for m in analyze(text).actors if m.text == "Wladimir"]
    assert mentions == [("Wladimir", "person:wladimir-klitschko")]


def test_a_party_named_with_of_and_a_state_is_an_organisation_not_the_state(analyze):
    text = "The Communist Party of Greece accused the government of covering up the killing on Monday."
    ids = {m.actor_id for m in analyze(text).actors}
    assert "org:communist-party-of-greece" in ids and "state:GRC" not in ids
    text = "Xi Jinping, general secretary of the Communist Party of China, met Vladimir Putin."
    assert "org:communist-party-of-china" in {m.actor_id for m in analyze(text).actors}
    # not a bank or a body named for its country
    assert all(
        m.actor_id is None or not m.actor_id.startswith("org:bank")
        for m in analyze("The Bank of England raised rates.").actors
    )
