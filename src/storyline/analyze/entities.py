"""First stage: named entities, each resolved to an actor where the gazetteer or the text allows.

States, demonyms and metonyms ("Washington", "the Kremlin", "Brussels") resolve through
:mod:`storyline.actors`. Names spaCy's small model misses are added from the gazetteer by a case-sensitive
phrase match. People become ``person:`` actors carrying the ``role`` and ``affiliation`` the text gives
them, read from a title before the name ("Norwegian Foreign Minister Kari Holm", "State Department
spokesperson Jen Psaki") or an apposition after it ("Kerry, the U.S. secretary of state,"). A later
surname alone ("Holm") joins the full name given earlier in the same article, and the person id is the
slug of the full name, so the same person joins across articles.

Titles are parsed by hand because no library reads news titles into (role, affiliation): the role
phrases are data (``roles`` in the gazetteer), the affiliation is any gazetteer name beside them.

Rules of news usage that keep sources, targets and stance holders right (the data they use is in the
gazetteer, which users extend):

* News organisations (``news_organisations``) are organisations, never people. The parser often tags a
  one-word outlet ("Politico") or an outlet with its desk ("Breitbart Jerusalem") as a person; a PERSON
  entity that opens with an outlet's name is the outlet, and after a possessive ("CNN's Jake Tapper") the
  rest is the person. A one-word outlet name that is the surname of the one person named in full in the
  article is that person ("Andrew Breitbart ... Breitbart"). An outlet on a common noun ("a Facebook post
  that criticized", "a Fox News poll") says whose thing it is and is no actor.
* A state's name or demonym on a noun for the state's people ("U.S. citizens living abroad", "the
  suspected Russian hackers", "the American people", "Chinese companies", "Filipino migrants", "the Peruvian novelist
  Mario Vargas Llosa": writers and artists speak for themselves) or on a place of it that owns
  something ("the British capital's new mayor") names no actor: those people do not act for the state.
  Officials, diplomats, troops, the government, and a workforce on strike do, and keep it.
* A city's or region's office (``local_roles``: mayor, governor) takes no state as its holder's
  affiliation, none is guessed for it, and a state's metonym in its title is the city ("London's mayor").
  A state's name inside a longer place name is not that state ("former New Mexico governor").
* An honorific must agree in sex with the person a surname joins: "Mr. Clinton" is the Clinton named in
  full whose given name (``given_names``) or earlier honorific says male, "Mrs."/"Ms. Clinton" the
  female one; where several agree, the first named; where the sex of none is known, the first named of
  unknown sex. A surname with an honorific before any full name joins later the one full name of its sex.
* A verb or function word run into a name from a headline or a sentence's start ("to Ask Sestak to Drop",
  "Will Sanders come down", "Mitt To Akin: Drop Out") is not part of the name, where the rest is all
  proper nouns; lowercase particles inside names ("de", "bin") stay.
* Two full names of one person in one article are one person: with and without a middle initial or name
  ("Donald J. Trump", "Donald Trump"), or a compound surname alone ("Wasserman Schultz" beside "Debbie
  Wasserman Schultz"), where exactly one longer name fits.
* A title on a surname that two people named in full share ("President Bush" beside Jeb Bush and George
  W. Bush) gives its role to neither.
* A definite description ("the Texas senator", "the former secretary of state", "the president") is the
  one person named earlier in the article whose title gives that role (abbreviations read as words:
  "Sen." is senator), and, where the description gives a place or party, whose title's state or whose
  sentences give that word ("Sen. Ted Cruz of Texas"). With none or several such people it stays unread,
  and so do ordinals and qualifiers ("the next president", "the 43rd president"), a role followed by
  "of"/"from" or a name, and an apposition to a name ("Ralf Jäger, the minister").
* A bare "the administration" or "the government" (no word between, no "of" of its own) is the government of the one
  state the article's officials and national bodies serve (below); with none or several such states it stays unread.
* A surname alone that the parser took for no name ("Prevot said ...", sentence-initial), after the article named the
  person in full, is that person, unless another person of the article has the surname.
* A one-word PERSON entity that is a known place (gazetteer ``places``: "the Schengen area", "the Rafah
  crossing") is a place, unless it is a given name or a word of
  a person's full name in the article; a capital the gazetteer knows ("Bratislava") stands for its state as
  any capital does.
* A person's name runs on through lowercase particles (von, van, de, der, bin, al) to the capitalised word
  after them ("Ursula von der Leyen", cut by the parser to "Ursula von der"), and the surname with its
  particles alone ("Von der Leyen") joins the full name as a lone surname does.
* A state's body named by a common word ("Senate", "Congress") right after another place, as possessor or
  modifier ("Mexico's Senate", "the Mexican Senate", "the Missouri Senate"), is that place's body, not the one
  the gazetteer gives the word.
* A body named by its common noun alone ("the Commission", "the Council") is the one body of that noun the
  article names in full, or, where it names none, belongs to the one organisation named in the article whose
  gazetteer names include the noun ("European Commission": the EU); any other body of the noun named in full
  ("the Federal Election Commission") leaves it alone; so too in a title ("Commission President Ursula von der
  Leyen").
* An institution's name that is a place (gazetteer ``place_aliases``, none bundled) after "on", "in" or "at"
  says where something happens ("the attacks in Brussels" where Brussels is given as one), and names no actor.
* A state's national office (gazetteer ``national_roles``: president, vice president, prime minister, secretary of
  state, attorney general, treasury or defense secretary, ...) whose title names no state ("President Obama",
  "Treasury Secretary Steven Mnuchin", "Obama, the president,") is held for the one state the article's officials
  and national bodies serve: the states of every title that names one ("U.S. Ambassador", "State Department
  spokesman"), of every state body or party the article names (gazetteer organisations with a country: Congress,
  the Pentagon, the Knesset, Republicans), and of every state that acts as a subject or possessor ("China said",
  "Israel's decision"). With none or several such states the office is left without one, and so is a person whose
  titled sentence names another state ("Prime Minister Benjamin Netanyahu told Israel's parliament"). A title that
  names anything beside the office ("NAACP President", "Connecticut Attorney General", "president of the Cato
  Institute"), follows a name the title parser cannot read ("FreedomWorks president Matt Kibbe"), is hypothetical
  ("a President Romney") or is set off by punctuation ("fit to be president, Clinton said") takes no state. A
  reader of one country's political news takes "the president" as that country's; a state guessed from the same
  or the previous sentence (above) comes first.
* A surname in the plural after "the" ("the Clintons", "the Clintons' home"), where the article names a person by
  that surname, is a family or a couple, not one person: it is not made a person of its own. A mention names one
  actor, and the family is neither of its members alone (what "the Clintons" did is not what Hillary Clinton did),
  so it names none.
* A court case is no actor: a name with "v." between its parties ("Roe v. Wade", "United States v. Texas"), the
  party names the parser cuts off either side of "v." ("Walmart Stores" before "v. Dukes"), and a name on a case
  noun ("the Fisher case", "the Citizens United campaign finance case", and a decision, ruling or verdict only where
  a court is named as making it: "the Supreme Court's Citizens United decision") are kept as mentions labelled LAW
  with no actor. A state's name on these nouns is the state's own ("the US decision"), and so is a court's ruling
  ("the Supreme Court decision"). "vs." and
  "versus" are left alone: "Trump vs. Clinton" is a contest of two people.
* Two capitalised words joined by a hyphen, tagged as a person ("Glass-Steagall", "Dodd" before "-Frank",
  "Mota-Engil"), are a law, a plan or a firm named for people, not a person here, where neither word is a word of a
  person's full name in the article ("Johnson-Weld rally" after Gary Johnson, "Jennifer Shanklin-Hawkins ...
  Shanklin-Hawkins" stay people) or where the pair is given anywhere before a law's noun ("the Glass-Steagall
  Act", which makes "Super Glass-Steagall" one too).
* A name that is an organisation's only in a story of its country (gazetteer ``context_aliases``: "Capitol Hill" is
  the U.S. Congress in U.S. political news and a neighbourhood of Washington or Seattle in a local story) names no
  actor in an article that names no other actor of that country (no state, body, party, or person whose title
  names one). In U.S. political news it stays Congress, as a reader takes it ("returned to Capitol Hill").
* A given name alone (gazetteer ``given_names``: "Never Hillary", "I'll probably still go with Bernie", "I like
  Paul") is the one person named in full in the article with that first name: campaign writing, quotes and
  readers' comments call people by their given names. Not after an honorific ("Mr. Lou" is Lou Jiwei's surname), and
  not where two people named in full share it.
* A surname is the last word of a full name other than a generational suffix ("Jr.", "Sr.", "III"): "Roberts" and
  "Mr. Biden" join "John G. Roberts Jr." and "Joseph R. Biden Jr.".
* A surname alone that the gazetteer's ``people`` give to one well-known person ("Obama", "Biden"), in an article
  that names no one with that surname in full, is that person, with the id the plain full name gets; so is a longer
  form of the name the gazetteer lists ("Joseph R. Biden Jr." is person:joe-biden): the same person joins across
  articles whichever form each uses. "Michelle Obama" named in full takes "Obama" in her article. Bundled: people
  of international and US political news 2010-2024 whose surname alone nearly always means them ("Putin", "Merkel",
  "Pelosi", "Trump"), not a surname two people of the same news share ("Clinton", "Bush") nor a common one ("Harris"); a
  surname after an honorific of the other sex ("Mrs. Obama") is not the listed person (its ``sex``); users add theirs.
* A state's demonym (gazetteer ``demonyms``: every UN member and observer state and the territories news reports on,
  but for forms that name two states, "Congolese", "Dominican", "Korean") names the state as its name does
  ("Cambodian Prime Minister Hun Sen", "Peruvian officials"). The longer name wins over a shorter one inside it,
  whatever the parser tagged: "South Sudanese" is South Sudan, not Sudan; "Greek Cypriot" is Cyprus, not Greece;
  "the Czech Republic" is one mention; a name the gazetteer lists as naming no state (``null``: "Arab",
  which names many states) keeps a demonym inside it from being read (a state's own longer name, "the State of Palestine", leaves
  the parser's mention as it is). A demonym the parser tags as a person ("Sri Lankan",
  "Bissau-Guinean") is the people's adjective, and in a title it gives the state ("Sri Lankan President Maithripala
  Sirisena").
* A demonym after "ethnic" ("ethnic Albanians in south Serbia", "ethnic Russians in Ukraine") names a people that
  lives across states' borders, not a state: no actor.
* A possessive's bare apostrophe after -s ("the United States'", "the Philippines'", "Bernie Sanders'") is no part of
  the name.
* A seat of government (gazetteer ``seats_of_government``: every UN member and observer state's) names its state as
  the state's name does ("Officials in Zagreb said", "Vilnius has pushed for", "Bucharest rejected"), and as a place
  too ("a summit in Paris", "the embassy in Berlin"): which mentions act is read by the later stages. A seat whose name
  has a more common other reading in English news (``seats_in_context``: "Tripoli" in Lebanon, "Georgetown" the
  university, "Kingston", "Santiago", "Sofia", "Bern") names its state only in an article that names the state
  otherwise, as a context alias does; it gives no state to a title ("Georgetown professor") and guesses none for one.
* A seat that modifies the name of an agreement, a meeting or a format (the head noun: agreement, accord, protocol,
  process, format, talks, summit, conference, declaration, convention, treaty, framework, pact, charter, communique,
  consensus, memorandum: "the Paris agreement", "the Minsk agreements", "the Oslo process", "the Madrid conference")
  names that after the city where it was made or held, not the state: "pulled out of the Paris agreement" is no act
  against France. A state's own name there names its parties ("the Iran agreement") and keeps it.
* An international body's office (gazetteer ``offices`` of an organisation: the secretary-general of the UN, NATO,
  the Arab League, OPEC, ...) in a title that names no state or organisation ("Secretary-General Antonio Guterres") is
  held at the one organisation with that office the article names, never at a state guessed from the sentence; a
  hyphenated role is one role ("UN Secretary-General", read by the parser as "Secretary", "-", "General"), and "the
  secretary-general" later in the article is that person.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING, Any

from storyline.actors import Gazetteer, _key, gazetteer, person_id, role_key, slug
from storyline.analyze import stage
from storyline.config import Settings
from storyline.model import Actor, Analysis, Mention
from storyline.nlp import doc_text, sentence

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc, Span, Token

ENTITY_LABELS = {"PERSON", "GPE", "NORP", "ORG", "LOC", "FAC"}
# honorifics that say the bearer's sex: "Mr. Clinton" is not Hillary Clinton
HONORIFIC_SEX = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f", "miss": "f"}
# words that may sit inside a title between the affiliation and the role ("Hamas political leader")
TITLE_FILLERS = {"of", "the", "'s", "\u2019s", "-", "political", "top", "senior", "former", "acting", "then"}
COUNTRY_ANAPHORS = {"country", "nation", "state", "government"}  # "the country's foreign minister"
MAX_TITLE_TOKENS = 8


HONORIFICS = {"Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Dr.", "Rep.", "Sen.", "Gov.", "Sgt.", "Capt.", "Gen.", "Prof."}


@stage("entities", assigns=("actors", "actor_index"))
def entities(doc: Doc, analysis: Analysis, settings: Settings) -> dict[str, Any]:
    gaz = gazetteer(tuple(filter(None, [settings.gazetteer])))
    people = _People(gaz)
    found: list[tuple[int, int, str, str | None, str]] = []  # start, end, text, actor id, label
    title_tokens: set[int] = set()  # tokens read as a person's title: not actors of their own
    local_title_tokens: set[int] = set()  # the title of a city's or region's office: a place there, not a state
    spans = _candidate_spans(doc, gaz, settings.model)
    anchors = _state_anchors(doc, spans, gaz)
    last_state: str | None = None  # the last state named as a noun (never "a Palestinian state")
    unstated: dict[str, str] = {}  # person id -> state guessed from context for a title that names none
    national: dict[str, list[Span]] = {}  # persons titled with a national office alone ("President Obama"): sentences
    placed: set[str] = set()  # persons whose title names something beside the office ("Connecticut Attorney General")
    abroad: set[str] = set()  # persons titled with an international body's office alone ("Secretary-General Guterres")
    for span, label in spans:
        key = _key(_strip_possessive(span.text))
        if label == "PERSON" and (key in gaz.demonyms or key in gaz.not_states):
            label = "NORP"  # "Sri Lankan", "Bissau-Guinean" tagged PERSON: a people's adjective, no person
        if label == "PERSON" and _a_place(doc, span, gaz):
            label = "GPE"  # "Tbilisi's bid", "the Schengen area" tagged PERSON: a place
        if label == "ORG" and _a_persons_name(span, gaz):
            label = "PERSON"  # "the office of Paul Riva, another partner" tagged ORG: a given name and a surname
        if label == "PERSON" and _an_award(span):
            continue  # "The former Heisman Trophy winner" with "Trophy" tagged PERSON: an award names no one
        if _a_court_case(doc, span, gaz):
            # "Roe v. Wade", "Walmart Stores v. Dukes", "the Citizens United decision": a case, no actor
            found.append((span.start_char, span.end_char, span.text, None, "LAW"))
            continue
        if label == "PERSON" and _named_for_two_people(doc, span):
            # "Glass-Steagall", "Dodd-Frank": a law or firm named for people the article does not name
            found.append((span.start_char, span.end_char, span.text, None, label))
            continue
        if label == "PERSON" and _a_family(doc, span):
            # "the Clintons": a family or couple, no one person; one mention names one actor, so it names none
            found.append((span.start_char, span.end_char, span.text, None, label))
            continue
        if label == "PERSON" and gaz.news_outlets:
            outlet = _outlet_prefix(doc, span, gaz)
            if outlet is not None:
                # "Breitbart Jerusalem", "Politico" tagged PERSON: a news organisation; "CNN's Jake Tapper" tagged
                # whole: the outlet, then the person
                outlet_actor, outlet_span, person_span = outlet
                people.index[outlet_actor.id] = outlet_actor
                text = _strip_possessive(outlet_span.text)
                found.append((outlet_span.start_char, outlet_span.start_char + len(text), text, outlet_actor.id, "ORG"))
                if person_span is None:
                    continue
                span = person_span
        if label == "PERSON":
            person, name_span, used, role_only, local, bare = _person_mention(doc, span, gaz, people, last_state)
            if person is not None:
                if bare:
                    national.setdefault(person, []).append(sentence(name_span))
                elif bare is not None:
                    placed.add(person)
                title_tokens.update(used)
                local_title_tokens.update(local)
                found.append((name_span.start_char, name_span.end_char, name_span.text, person, label))
                actor = people.index[person]
                if role_only and not actor.affiliation and role_key(actor.role or "") in gaz.offices:
                    abroad.add(person)  # "Secretary-General Antonio Guterres": an international body's, no state's
                if (
                    (role_only or actor.role)
                    and not actor.affiliation
                    and person not in unstated
                    and person not in abroad
                    and not _local_office(actor.role, gaz)
                ):
                    # any mention of her may sit by her state: "In Oslo, Foreign Minister Kari Holm said", else the
                    # state acting just before her
                    guess = _spoken_in(name_span, gaz) or _nearby_state(doc, name_span, anchors)
                    if guess:
                        unstated[person] = guess
                if actor.affiliation and actor.affiliation.startswith("state:") and not role_only:
                    # "Norwegian Prime Minister Erik Sandvik said ... Foreign Minister Kari Holm said": a colleague
                    # whose title names the state marks it as the acting state, as a subject does
                    anchors.append((sentence(name_span).start, name_span.start, actor.affiliation))
                continue
        actor = gaz.lookup(_strip_possessive(span.text))
        if actor is not None and actor.kind == "state" and span.start > 0 and doc[span.start - 1].text in HONORIFICS:
            # "Mr. Jordan", "Rep. Jordan": a person who bears a state's name, never the state (a surname joins
            # the full name given earlier: "Jim Jordan")
            person = people.resolve(_strip_possessive(span.text), None, None, gaz, _honorific_sex(doc, span.start))
            found.append((span.start_char, span.end_char, span.text, person.id, "PERSON"))
            continue
        surname = _strip_possessive(span.text)
        parts = surname.split()
        if (
            actor is None
            and (label == "ORG" or (label in {"GPE", "LOC"} and not _a_known_or_located_place(doc, span, gaz)))
            and surname[:1].isupper()
            and all(w.casefold() in NAME_PARTICLES for w in parts[:-1])
        ):
            # "Luxembourg Foreign Minister Jean Asselborn ... Asselborn has": the parser tags a lone surname it does
            # not know as an organisation, or as a place ("asked Bodiford" after "Judge James Bodiford"); after
            # exactly one full name with that surname in the article ("Donald Trump" and "Ivanka Trump" leave "Trump"
            # alone) it is that person; a surname with its particles ("Von der Leyen") likewise
            named = [a for a in people.index.values() if a.kind == "person" and len(a.name.split()) > len(parts)
                     and [w.casefold() for w in a.name.split()[-len(parts):]] == [w.casefold() for w in parts]]  # fmt: skip
            sex = _honorific_sex(doc, span.start)
            if sex and named:  # "Mr. Clinton" after "Bill Clinton" and "Hillary Clinton": the one of his sex
                chosen = people._by_surname_and_sex(surname.casefold(), sex)
                named = [a for a in named if a.id == chosen]
            if len(named) == 1:
                if len(parts) == 1:
                    people.resolve(surname, None, None, gaz, sex)
                found.append((span.start_char, span.end_char, span.text, named[0].id, "PERSON"))
                continue
        if actor is not None and actor.kind == "state" and _names_an_agreement(doc, span, gaz):
            # "the Paris agreement", "the Minsk agreements", "the Madrid conference": the city names the agreement or
            # meeting, not the state
            found.append((span.start_char, span.end_char, span.text, None, label))
            continue
        if actor is not None and actor.kind == "state" and not _quoted(span) and not _adjectival(span):
            last_state = actor.id  # a state a speaker names inside a quote is not where the story is
        if actor is None and label == "ORG" and _strip_possessive(span.text) in BARE_BODIES:
            actor = _the_body_named(doc, span, gaz)  # "the Commission" in a story of the EU
        if actor is not None and actor.kind != "state" and _another_places_body(doc, span, actor, gaz):
            actor = None  # "Mexico's Senate", "the Missouri Senate": not the U.S. Congress
        if actor is not None and actor.kind != "state" and _a_place_there(doc, span, gaz):
            actor = None  # "the attacks in Brussels", "a spokesman in Brussels": the place, not the institution
        if actor is not None and actor.kind == "state" and span.start > 0 and doc[span.start - 1].lower_ == "ethnic":
            actor = None  # "ethnic Albanians in south Serbia", "ethnic Russians": a people, not its state
        if actor is not None and actor.kind == "state" and _of_people_or_place(span):
            actor = None  # "suspected Russian hackers", "U.S. citizens living abroad", "the British capital"
        found.append((span.start_char, span.end_char, span.text, actor.id if actor else None, label))
        if actor is not None:
            people.index[actor.id] = actor
    for pid, state in unstated.items():
        # "Foreign Minister Kari Holm" with no state in any of her titles in this article: the state that acts
        # in this or the previous sentence, as a reader takes it ("Israel recalled ... Foreign Minister Yoav Dagan
        # said"). A title naming the state anywhere in the article ("Norway's foreign minister, Kari Holm") wins.
        if not people.index[pid].affiliation:
            people.resolve(people.index[pid].name, None, state, gaz)
    # before the seat: a context alias ("Capitol Hill") must not name a state served that then keeps it an actor
    found = _context_aliases_in_context(found, people, gaz)
    for pid in abroad:
        # "Secretary-General Antonio Guterres" in a story of the UN: the one organisation named in the article that has
        # the office (gazetteer ``offices``); with none or several it stays without one
        actor = people.index[pid]
        holders = {f[3] for f in found if f[3] in gaz.offices[role_key(actor.role or "")]}
        if not actor.affiliation and len(holders) == 1:
            people.resolve(actor.name, None, holders.pop(), gaz)
    seat = _the_one_state_served(found, people, gaz, unstated, anchors)
    for pid, sents in national.items():
        # "President Obama", "Treasury Secretary Steven Mnuchin" in an article whose officials and national bodies all
        # belong to one state: that state's office, unless a sentence giving the title names another state ("Prime
        # Minister Benjamin Netanyahu told Israel's parliament")
        actor = people.index.get(pid)
        if (
            seat is None
            or pid in placed
            or actor is None
            or actor.affiliation
            or (actor.role or "").casefold() not in gaz.national_roles
            or any(aid and aid.startswith("state:") and aid != seat and any(x.start_char <= s < x.end_char for x in sents)
                   for s, _, _, aid, _ in found)
        ):  # fmt: skip
            continue
        people.index[pid] = dataclasses.replace(actor, affiliation=seat, country=seat.split(":", 1)[1])

    found = people.merge_name_variants(found)
    found = people.join_earlier_surnames(found)
    found = people.join_given_names(found)
    found = people.well_known_by_surname(found, gaz)
    found = people.outlets_named_for_people(found, gaz)
    found = [(s, e, t, None if _state_of_a_local_office(doc, s, e, aid, local_title_tokens) else aid, lab)
             for s, e, t, aid, lab in found]  # fmt: skip
    found = [(s, e, t, None if aid in gaz.news_outlets and _modifies_a_thing(doc, s, e) else aid, lab)
             for s, e, t, aid, lab in found]  # fmt: skip
    found = sorted(found + _surnames_the_parser_missed(doc, found, people), key=lambda f: f[0])
    found = _private_groups(doc, found, people)
    found = _parties_of_states(doc, found, people, gaz)
    governments = _the_seats_government(doc, seat, found)
    if governments and seat in gaz.actors:
        people.index.setdefault(seat, gaz.actors[seat])
    described = _descriptions(doc, gaz, people, found) + governments
    if described:  # the place in "the Texas senator" is part of the description, not a mention of its own
        found = [f for f in found if not any(d[0] <= f[0] and f[1] <= d[1] for d in described)]
        found = sorted(found + described, key=lambda f: f[0])

    mentions: list[Mention] = []
    for start, end, text, actor_id, label in found:
        if actor_id is None and _inside_title(doc, start, end, title_tokens):
            continue  # "State" in "Secretary of State": part of a title, not an organisation
        actor = people.index.get(actor_id) if actor_id else None
        mentions.append(
            Mention(
                start=start,
                end=end,
                text=text,
                actor_id=actor.id if actor else None,
                name=actor.name if actor else _strip_possessive(text),
                kind=actor.kind if actor else label,
                label=label,
                country=actor.country if actor else None,
            )
        )
    # only actors a mention still names (and whom those persons act for): a mention cleared above ("Capitol Hill" in
    # a story of Seattle, a court case) leaves no actor behind in the store
    named = {m.actor_id for m in mentions if m.actor_id}
    named |= {a.affiliation for aid in named if (a := people.index.get(aid)) is not None and a.affiliation}
    return {"actors": mentions, "actor_index": {aid: a for aid, a in people.index.items() if aid in named}}


def _candidate_spans(doc: Doc, gaz: Gazetteer, model: str) -> list[tuple[Span, str]]:
    """spaCy's entities, plus gazetteer names in the text that no entity covers."""
    spans = [(ent, ent.label_) for ent in doc.ents if ent.label_ in ENTITY_LABELS]
    spans = _with_particles(doc, spans)
    covered = {i for ent in doc.ents for i in range(ent.start, _covered_end(ent))}
    matches = sorted(_matcher(gaz, model)(doc, as_spans=True), key=lambda s: (s.start, -len(s)))
    spans = _longer_state_names(spans, matches, gaz)
    covered |= {t.i for span, _ in spans for t in span}
    taken: set[int] = set()
    for span in matches:
        tokens = set(range(span.start, span.end))
        if tokens & covered or tokens & taken:
            continue
        actor = gaz.lookup(span.text)
        if actor is None:
            if _key(span.text) in gaz.not_states:
                taken |= tokens  # a name listed as no state: no demonym inside it is read either
            continue
        taken |= tokens
        spans.append((span, "GPE" if actor.kind == "state" else "ORG"))
    return sorted(spans, key=lambda item: item[0].start)


def _longer_state_names(spans: list[tuple[Span, str]], matches: list[Span], gaz: Gazetteer) -> list[tuple[Span, str]]:
    """A longer demonym, or a name listed as naming no state, wins over the names the parser found inside it:
    "South Sudanese" (the parser tags "Sudanese") is South Sudan, "Greek Cypriot" (tagged "Greek" and "Cypriot") is
    Cyprus, and a name listed as naming no state keeps the demonym inside it unread. A leading "the" makes no name longer; an entity that runs past the
    gazetteer name keeps its own reading."""
    out = list(spans)
    for match in sorted(matches, key=len, reverse=True):
        key = _key(match.text)
        if key not in gaz.demonyms and key not in gaz.not_states:
            continue  # a state's own longer name ("the State of Palestine") leaves the parser's mention as it is
        inside = [(s, lab) for s, lab in out if match.start <= s.start and s.end <= match.end]
        if not inside or any(s.start < match.start < s.end or s.start < match.end < s.end for s, _ in out):
            continue
        within = {t.i for s, _ in inside for t in s}
        if all(t.i in within or t.lower_ == "the" for t in match):
            continue
        label = "NORP" if key in gaz.demonyms or key in gaz.not_states else "GPE"
        out = [x for x in out if x not in inside] + [(match, label)]
    return sorted(out, key=lambda item: item[0].start)


def _with_particles(doc: Doc, spans: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A person's name runs on through lowercase nobiliary or patronymic particles to the capitalised word after
    them ("Ursula von der Leyen", which the parser cuts to "Ursula von der" and tags "Leyen" a place); what the
    parser made of the words taken in is dropped."""
    out: list[tuple[Span, str]] = []
    swallowed_to = -1
    for span, label in spans:
        if span.start < swallowed_to:
            continue
        if label == "PERSON":
            end = span.end
            while end > span.start and doc[end - 1].lower_ in NAME_PARTICLES and doc[end - 1].is_lower:
                end -= 1  # the particles the parser kept are read again below
            k = end
            while k < len(doc) and doc[k].text in NAME_PARTICLES:
                k += 1
            if k > end and k < len(doc) and doc[k].is_title and doc[k].is_alpha:
                span = doc[span.start : k + 1]
                swallowed_to = k + 1
        out.append((span, label))
    return out


def _a_place(doc: Doc, span: Span, gaz: Gazetteer) -> bool:
    """A one-word PERSON entity that is a known place (the gazetteer's ``places``) and no given name, no surname of a person named in full in the article, not after an honorific or a
    role: a place ("Tbilisi's bid", "the Schengen area", "Bratislava of holding the package hostage")."""
    words = [t for t in span if t.lower_ not in POSSESSIVES]
    if len(words) != 1 or not words[0].is_title:
        return False
    word = words[0].text
    key = word.casefold()
    if key not in gaz.places or key in gaz.given_name_sex or gaz.lookup(word) is not None:
        return False  # a state's name or capital ("Jordan", "Kyiv") is resolved by the gazetteer as it is
    if span.start > 0 and (doc[span.start - 1].text in HONORIFICS or doc[span.start - 1].lower_ in gaz.role_words):
        return False
    return not any(ent.label_ == "PERSON" and len(ent) > 1 and any(t.text == word for t in ent) for ent in doc.ents)


# last words that make a given name and a capitalised word an organisation's name ("Paul Weiss", "Jordan Brand" aside)
ORGANISATION_WORDS = {"inc", "corp", "co", "ltd", "llc", "plc", "group", "party", "foundation", "institute", "fund",
                      "university", "college", "school", "bank", "company", "association", "council", "committee",
                      "center", "centre", "news", "times", "post", "tech", "brand", "network", "media", "press",
                      "capital", "partners", "holdings", "airlines", "motors", "records", "studios", "project"}  # fmt: skip


def _a_persons_name(span: Span, gaz: Gazetteer) -> bool:
    """An ORG entity of two or three capitalised names that starts with a listed given name ("Paul Riva", "Madeline
    Kafoury") and that the gazetteer does not know: the small parser's guess at an unknown surname, a person."""
    words = [t for t in span if t.lower_ not in POSSESSIVES]
    if not 2 <= len(words) <= 3 or not all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in words):
        return False
    first = words[0].text
    if first.casefold() not in gaz.given_name_sex or first.casefold() in gaz.places or gaz.lookup(first) is not None:
        return False
    return words[-1].lower_ not in ORGANISATION_WORDS and gaz.lookup(_strip_possessive(span.text)) is None


def _a_known_or_located_place(doc: Doc, span: Span, gaz: Gazetteer) -> bool:
    """A place entity that the gazetteer knows as a place, or whose name stands anywhere in the article where places
    stand ("in Millom", "downtown Manchester", "Millom, Cumbria"): never then a person's surname taken for a place."""
    name = _strip_possessive(span.text)
    if name.casefold() in gaz.places:
        return True
    size = len(name.split())
    for i in range(len(doc) - size + 1):
        if doc[i : i + size].text != name:
            continue
        before = doc[i - 1].lower_ if i > 0 else ""
        after = i + size + 1 < len(doc) and doc[i + size].text == "," and doc[i + size + 1].ent_type_ == "GPE"
        if before in PLACE_WORDS_BEFORE or after:
            return True
    return False


# "in Millom", "downtown Manchester": a word before a name that makes it a place
PLACE_WORDS_BEFORE = {"in", "at", "from", "near", "outside", "across", "throughout", "around", "inside", "into",
                      "downtown", "suburban", "rural"}  # fmt: skip


# the last word of an award's name ("the Heisman Trophy", "the Nobel Prize", "a Pulitzer Prize", "the Medal of Honor")
AWARD_WORDS = {"trophy", "prize", "award", "medal", "cup"}


def _an_award(span: Span) -> bool:
    """A PERSON entity of one or two words that ends in an award noun ("Trophy", "Heisman Trophy", "Nobel Prize"): the
    parser's person is the award or a piece of its name, and no surname of the news is an award noun."""
    words = [t for t in span if t.lower_ not in POSSESSIVES]
    return bool(words) and len(words) <= 2 and words[-1].lower_ in AWARD_WORDS


CASE_MARKERS = {"v.", "v"}  # "Roe v. Wade"; not "vs." or "versus": "Trump vs. Clinton" is a contest of two people
CASE_NOUNS = {"case", "lawsuit", "decision", "ruling", "verdict"}
LAW_NOUNS = {"act", "law", "bill", "reform", "reforms", "legislation", "rule", "amendment"}


def _a_court_case(doc: Doc, span: Span, gaz: Gazetteer) -> bool:
    """A court case named by its parties ("Fisher v. University of Texas", "Walmart Stores" before "v. Dukes", "Wade"
    after "Roe v.") or by a name on "case" or "lawsuit" ("the Fisher case"), or on a court's decision, ruling or
    verdict ("the Supreme Court's Citizens United decision"): a case is no actor. A state's name on these nouns is
    the state's own ("the US decision", "the US case against him"), and so is any decision no court is named as
    making ("the EU decision"); a court's own ruling ("the Supreme Court decision") is the court's."""

    def party(tok: Token) -> bool:
        return tok.text[:1].isupper()

    if any(t.text in CASE_MARKERS and party(doc[t.i - 1]) and party(doc[t.i + 1]) for t in span[1:-1]):
        return True
    if span.end + 1 < len(doc) and doc[span.end].text in CASE_MARKERS and party(doc[span.end + 1]):
        return True
    if span.start >= 2 and doc[span.start - 1].text in CASE_MARKERS and party(doc[span.start - 2]):
        return True
    if any(t.lower_ in {"court", "justice", "justices", "judge"} for t in span):
        return False
    actor = gaz.lookup(_strip_possessive(span.text))
    if actor is not None and actor.kind == "state":
        return False
    head = span.root
    while head.dep_ == "compound" and head.head.i >= span.end and head.head.pos_ in {"NOUN", "PROPN"}:
        head = head.head
    between = doc[span.end : head.i]  # "the Citizens United campaign finance case"; not "a Florida prosecutor's"
    if (
        head.i < span.end
        or head.lower_ not in CASE_NOUNS
        or not all(t.pos_ in {"NOUN", "PROPN", "ADJ"} for t in between)
    ):
        return False
    return head.lower_ in {"case", "lawsuit"} or any(
        t.lower_ == "court" for t in doc[max(0, span.start - 4) : span.start]
    )


def _named_for_two_people(doc: Doc, span: Span) -> bool:
    """Two capitalised words joined by a hyphen ("Glass-Steagall", "Dodd" before "-Frank"), neither of them a word
    of a person's full name in the article, or given anywhere in it before a law's noun ("the Glass-Steagall Act",
    which makes "Super Glass-Steagall" one too): a law, a plan or a firm named for two people, not a person here
    ("Johnson-Weld rallies" after Gary Johnson, "Jennifer Shanklin-Hawkins ... Shanklin-Hawkins" stay)."""
    words = [t for t in span if t.lower_ not in POSSESSIVES]
    end = words[-1].i + 1 if words else span.end
    if len(words) == 1 and end + 1 < len(doc) and doc[end].text == "-" and not doc[end].whitespace_:
        words = [words[0], doc[end], doc[end + 1]]
    if len(words) < 3 or words[-2].text != "-" or words[-3].whitespace_:
        return False
    a, b = words[-3], words[-1]
    if not all(w.is_alpha and w.is_title and len(w) > 3 for w in (a, b)):
        return False  # "Al-Muteiri", "Abu-Laban": a particle and a name
    law = any(
        t.text == a.text and doc[t.i + 1].text == "-" and doc[t.i + 2].text == b.text
        and any(x.lower_ in LAW_NOUNS for x in doc[t.i + 3 : t.i + 5])
        for t in doc[: len(doc) - 3]
    )  # fmt: skip
    if law:
        return True
    return len(words) == 3 and not ({a.text, b.text} & _full_name_words(doc))


def _full_name_words(doc: Doc) -> set[str]:
    """The words of the article's person names of two words or more, and the parts of their hyphenated words."""
    return {
        part
        for ent in doc.ents
        if ent.label_ == "PERSON" and len(ent.text.split()) > 1
        for word in ent.text.split()
        for part in (word, *word.split("-"))
    }


def _context_aliases_in_context(found: list, people: _People, gaz: Gazetteer) -> list:
    """A name that is an organisation's only in a story of its country (gazetteer ``context_aliases``: "Capitol Hill"
    is the U.S. Congress in U.S. political news) names no actor in an article that names no other actor of that
    country: no state, body or party of it, and no person whose title names one."""
    if not gaz.context_aliases:
        return found
    keys = {i for i, f in enumerate(found) if f[3] and _key(_strip_possessive(f[2])) in gaz.context_aliases}
    if not keys:
        return found
    countries = {a.country for i, f in enumerate(found) if i not in keys and (a := people.index.get(f[3] or ""))}
    for actor in people.index.values():
        affiliated = gaz.actors.get(actor.affiliation or "")
        if actor.kind == "person" and affiliated is not None:
            countries.add(affiliated.country)
    return [
        (s, e, t, None, lab) if i in keys and gaz.context_aliases[_key(_strip_possessive(t))] not in countries else f
        for i, f in enumerate(found)
        for s, e, t, _, lab in [f]
    ]


def _a_family(doc: Doc, span: Span) -> bool:
    """A surname in the plural after "the" ("the Clintons", "the Bushes'") where the article names a person by that
    surname: a family or a couple, not one person."""
    words = [t for t in span if t.lower_ not in POSSESSIVES]
    if len(words) != 1 or span.start == 0 or doc[span.start - 1].lower_ != "the":
        return False
    word = words[0].text
    if not (word[:1].isupper() and word.endswith("s")):
        return False
    singulars = {word[:-1], word[:-2]} if word.endswith("es") else {word[:-1]}
    return any(t.text in singulars and t.ent_type_ == "PERSON" for t in doc)


BARE_BODIES = {"Commission", "Council"}


def _the_body_named(doc: Doc, span: Span, gaz: Gazetteer) -> Actor | None:
    """A body named by its common noun alone ("the Commission") is the organisation of the one body of that noun
    the article names in full ("the European Commission", "the EU Commission"), or, where it names none, of the
    organisation the article names that has one so called (the EU, for "the Commission" in a story of the EU);
    another body of the noun named in full ("the Federal Election Commission") or several leave it alone."""
    noun = _strip_possessive(span.text)
    full = {gaz.lookup(e.text) for e in doc.ents if noun in e.text.split() and len(e) > 1 + (e[0].lower_ == "the")}
    full = {a.id if a else None for a in full}
    if len(full) > 1 or None in full:
        return None
    if full:
        return gaz.actors.get(full.pop())
    named = {gaz.lookup(e.text) for e in doc.ents if e.label_ in ("ORG", "GPE", "NORP")}
    owners = {a.id for a in named if a is not None and any(noun in alias.split() for alias in a.aliases)}
    return gaz.actors.get(owners.pop()) if len(owners) == 1 else None


LOCATIVES = {"on", "in", "at"}
LEGISLATURES = {"senate", "congress", "parliament", "assembly", "duma", "house"}


def _another_places_body(doc: Doc, span: Span, actor: Actor, gaz: Gazetteer) -> bool:
    """A state's body named by a common word ("Senate", "Congress") right after another place, as possessor or
    modifier ("Mexico's Senate", "the Mexican Senate", "the Missouri Senate"), is that place's body, not this one."""
    if not actor.country or len(span) != 1 or span[0].lower_ not in LEGISLATURES:
        return False
    i = span.start - 1
    if i >= 1 and doc[i].lower_ in POSSESSIVES:
        i -= 1
    if i < 0 or not doc[i].is_title or doc[i].ent_type_ not in ("GPE", "NORP", "LOC"):
        return False
    j = i
    while j > 0 and doc[j - 1].is_title and doc[j - 1].ent_type_ in ("GPE", "NORP", "LOC"):
        j -= 1  # "New Mexico's Senate"
    place = doc[j : i + 1].text
    other = gaz.lookup(place)
    if other is not None:
        return other.kind == "state" and other.country != actor.country
    return doc[i].ent_type_ == "GPE"  # a place the gazetteer does not know as a state: "Missouri", "Texas"


# Nouns for an agreement, a meeting or a format of talks that news names after the city where it was made or held
AGREEMENT_NOUNS = frozenset(
    {
        "agreement", "accord", "protocol", "process", "format", "talks", "summit", "conference", "declaration",
        "convention", "treaty", "framework", "pact", "charter", "communique", "consensus", "memorandum",
    }
)  # fmt: skip


def _names_an_agreement(doc: Doc, span: Span, gaz: Gazetteer) -> bool:
    """A seat of government that modifies the name of an agreement, a meeting or a format (AGREEMENT_NOUNS: "the
    Paris agreement", "the Paris climate accord", "the Minsk II agreements", "the Madrid conference") names the
    agreement after the city where it was made, not the state: the state need not be a party ("pulled out of the Paris
    agreement" is no act against France). Only a seat, not a state's own name or demonym ("the Iran agreement", "the
    U.S.-China trade agreement" name its parties), and not a possessive ("Paris's proposal", "Moscow's talks")."""
    if _key(span.text) not in gaz.seats or span[-1].lower_ in POSSESSIVES:
        return False
    j = span.end
    while j < len(doc) and j < span.end + 3:
        tok = doc[j]
        if (
            tok.lemma_.casefold() in AGREEMENT_NOUNS
            or tok.lower_ in AGREEMENT_NOUNS
            or tok.lower_[:-1] in AGREEMENT_NOUNS
        ):
            return tok.pos_ in {"NOUN", "PROPN"}
        # a modifier between: "climate", "peace", "nuclear", "II", "Ukraine-Russia"
        if (
            (tok.is_punct and tok.text != "-")
            or tok.pos_ not in {"NOUN", "PROPN", "ADJ", "NUM"}
            or tok.lower_ in POSSESSIVES
        ):
            return False
        j += 1
    return False


def _a_place_there(doc: Doc, span: Span, gaz: Gazetteer) -> bool:
    """An institution's place name (``place_aliases``: "Brussels") after "on", "in" or "at" is where something
    happens, not the institution acting ("the attacks in Brussels")."""
    if _strip_possessive(span.text).casefold().removeprefix("the ") not in gaz.place_aliases:
        return False
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 0 and doc[i].lower_ in LOCATIVES


def _outlet_prefix(doc: Doc, span: Span, gaz: Gazetteer) -> tuple[Actor, Span, Span | None] | None:
    """A PERSON entity that opens with a news organisation's name: (the outlet, its words, the person after them
    or None). "Politico", "Breitbart News", "Breitbart Jerusalem" (an outlet's desk or edition) are the outlet alone;
    after a possessive ("CNN's Jake Tapper", "Fox News' Bret Baier") or a lowercase job word ("Fox News host
    Sean Hannity") the rest is a person."""
    for k in range(len(span), 0, -1):
        prefix = doc[span.start : span.start + k]
        actor = gaz.lookup(_strip_possessive(prefix.text))
        if actor is None or actor.id not in gaz.news_outlets:
            continue
        end = span.end - (span.end - 1 > span.start + k - 1 and doc[span.end - 1].lower_ in POSSESSIVES)
        rest = span.start + k
        possessive = rest < end and doc[rest].lower_ in POSSESSIVES
        rest += possessive
        while rest < end and doc[rest].is_lower:
            rest += 1
        person = doc[rest:end]
        if (
            len(person)
            and person[0].text[:1].isupper()
            and (possessive or len(person) > 1)
            and not gaz.lookup(person.text)
        ):
            return actor, doc[span.start : span.start + k], doc[rest : span.end]
        return actor, span, None
    return None


DASHES = {"-", "\u2013", "\u2014", "--"}
POSSESSIVES = {"'s", "\u2019s", "'", "\u2019"}


def _covered_end(ent: Span) -> int:
    """Where an entity's cover ends. spaCy's small model runs a dateline's date into the first words of the story
    ("June 4 - Slovenia's" as one DATE): the words after a dash inside a date or number are left to the
    gazetteer."""
    if ent.label_ not in ENTITY_LABELS:
        for token in ent:
            if token.text in DASHES and token.i > ent.start:
                return token.i
    return ent.end


_MATCHERS: dict[tuple[int, str], PhraseMatcher] = {}


def _matcher(gaz: Gazetteer, model: str) -> PhraseMatcher:
    key = (id(gaz), model)
    if key not in _MATCHERS:
        from spacy.matcher import PhraseMatcher

        from storyline import nlp

        language = nlp.load(model)  # cached: the pipeline that parsed the doc, so tokens line up
        matcher = PhraseMatcher(language.vocab, attr="ORTH")  # case-sensitive: "US" the state, never "us"
        matcher.add("GAZETTEER", [language.make_doc(name) for name in sorted(gaz.surface_names)])
        _MATCHERS[key] = matcher
    return _MATCHERS[key]


class _People:
    """Person actors of one article, keyed by full name and by surname."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.by_key: dict[str, str] = {}  # casefolded full name or surname -> person id
        self.index: dict[str, Actor] = {}
        self.sex: dict[str, str] = {}  # person id -> "f" / "m", from an honorific used with the person
        self.given_name_sex = gaz.given_name_sex

    def resolve(
        self, name: str, role: str | None, affiliation: str | None, gaz: Gazetteer, sex: str | None = None
    ) -> Actor:
        """The person a name stands for. ``sex`` is what an honorific before the name says ("Mr.", "Mrs."): a
        surname with one joins only a full name of that sex, or of unknown sex, named earlier."""
        parts = name.split()
        key = name.casefold()
        if sex and len(parts) == 1:
            pid = self._by_surname_and_sex(key, sex)
        else:
            pid = self.by_key.get(key)
            if pid is None and len(parts) == 1:
                pid = self._by_surname(key)
        if pid is None:
            new_id = person_id(name)
            if sex and new_id in self.index:  # "Mr. Clinton" and "Mrs. Clinton" before either full name: two people
                new_id = person_id(f"{name} {sex}")
            actor = Actor(id=new_id, name=name, kind="person", aliases=(name,))
            self.index[actor.id] = actor
            pid = actor.id
            if len(parts) > 1:
                self.by_key.setdefault(parts[-1].casefold(), pid)
        if sex and len(parts) == 1:
            self.by_key.setdefault(key, pid)
            self.by_key[f"{key}#{sex}"] = pid
        else:
            self.by_key[key] = pid
        if sex:
            self.sex.setdefault(pid, sex)
        actor = self.index[pid]
        if len(parts) == 1 and len(self._full_names(key)) > 1:
            # "President Bush" after "Jeb Bush" and "George W. Bush": which of them the title belongs to is not
            # known, so it is given to neither
            role = affiliation = None
        changes: dict[str, Any] = {}
        if role and not actor.role:
            changes["role"] = role
        if affiliation and not actor.affiliation:
            changes["affiliation"] = affiliation
            affiliated = gaz.actors.get(affiliation)
            changes["country"] = affiliated.country if affiliated else None
        if name not in actor.aliases:
            changes["aliases"] = (*actor.aliases, name)
        if changes:
            actor = dataclasses.replace(actor, **changes)
            self.index[pid] = actor
        return actor

    def merge_name_variants(self, found: list) -> list:
        """Two full names of one person in one article: with and without a middle initial or name ("Donald J.
        Trump" and "Donald Trump", "Hillary Rodham Clinton" and "Hillary Clinton"), or a compound surname alone
        ("Wasserman Schultz" and "Debbie Wasserman Schultz", "Le Pen" and "Marine Le Pen"). The shorter joins
        the longer when exactly one longer name fits it ("George Bush" beside "George W. Bush" and "George H.W.
        Bush" stays); the person keeps the id of the name given first, or of the longer for a surname alone."""
        people = [a for a in self.index.values() if a.kind == "person" and len(a.name.split()) > 1]
        order = {aid: i for i, (_, _, _, aid, _) in reversed(list(enumerate(found)))}
        moved: dict[str, str] = {}
        for short in people:
            words = short.name.split()
            longer = [o for o in people if o.id != short.id and len(o.name.split()) > len(words) and _name_like(o.name)]
            middle = [o for o in longer if _middle_variant(words, o.name.split())]
            tail = [
                o
                for o in longer
                if o.name.split()[-len(words) :] == words and words[0].casefold() not in self.given_name_sex
            ]
            fits = middle or tail
            if len(fits) != 1 or fits[0].id in moved or short.id in moved.values():
                continue
            (other,) = fits
            keep, drop = (other, short)
            if middle and order.get(short.id, 1 << 30) < order.get(other.id, 1 << 30):
                keep, drop = short, other
            self.index[keep.id] = _absorbed(keep, drop)
            moved[drop.id] = keep.id
        for drop_id in moved:
            del self.index[drop_id]
        for key, pid in list(self.by_key.items()):
            self.by_key[key] = moved.get(pid, pid)
        return _remapped(found, moved)

    def join_earlier_surnames(self, found: list) -> list:
        """A surname alone that comes before the full name ("Protesting at Trump rallies ... Donald J. Trump would
        campaign"; a headline or a lede often names the person by surname first) is the same person when the
        article gives exactly one full name with that surname: its mentions take the full name's id. With two
        ("Donald Trump", "Ivanka Trump") the surname stays as it was."""
        moved: dict[str, str] = {}
        for pid, actor in list(self.index.items()):
            if actor.kind != "person" or len(actor.name.split()) != 1 or not pid.startswith("person:"):
                continue
            key = actor.name.casefold()
            full = self._full_names(key)
            sex = self.sex.get(pid)
            if sex and len(full) > 1:
                # "Mr. Clinton" in a lede, then "Bill Clinton" and "Hillary Clinton": the one of his sex
                full = [other for other in full if self.sex_of(other) == sex] or [
                    other for other in full if self.sex_of(other) is None
                ]
            elif sex:
                full = [other for other in full if self.sex_of(other) in {sex, None}]
            if len(full) == 1:
                target = full[0]
                aliases = (*target.aliases, *(a for a in actor.aliases if a not in target.aliases))
                self.index[target.id] = dataclasses.replace(target, aliases=aliases)
                moved[pid] = target.id
                del self.index[pid]
        return _remapped(found, moved)

    def join_given_names(self, found: list) -> list:
        """A given name alone ("Never Hillary", "Bernie supporters", "her and Bill's history"; gazetteer
        ``given_names``) is the one person named in full in the article with that first name: campaign and opinion
        writing calls candidates by their given names. Not after an honorific ("Mr. Lou" is Lou Jiwei's surname, and
        "Lou" is no given name on the list), and not where two people named in full share it."""
        moved: dict[str, str] = {}
        for pid, actor in list(self.index.items()):
            name = actor.name
            if actor.kind != "person" or len(name.split()) != 1 or pid in self.sex:
                continue
            if name.casefold() not in self.given_name_sex:
                continue
            full = [o for o in self.index.values() if o.kind == "person" and len(o.name.split()) > 1
                    and o.name.split()[0] == name and _name_like(o.name)]  # fmt: skip
            if len(full) == 1:
                target = full[0]
                self.index[target.id] = _absorbed(target, actor)
                moved[pid] = target.id
                del self.index[pid]
        return _remapped(found, moved)

    def well_known_by_surname(self, found: list, gaz: Gazetteer) -> list:
        """A surname alone that the gazetteer's ``people`` give to one well-known person ("Obama") is that person,
        with the id the full name gets, where no one with that surname is named in full in the article ("Michelle
        Obama" takes "Obama" there), and no honorific of the other sex stands before it ("Mrs. Obama"); so is a longer
        form of the name the gazetteer gives ("Joseph R. Biden Jr.")."""
        moved: dict[str, str] = {}
        for pid, actor in list(self.index.items()):
            if actor.kind != "person":
                continue
            if len(actor.name.split()) == 1 and self._full_names(actor.name.casefold()):
                continue
            known = gaz.people.get(_key(actor.name))
            if known is None or known.id == pid:
                continue
            if self.sex.get(pid) and self.sex[pid] != gaz.people_sex.get(known.id, self.sex[pid]):
                continue  # "Mrs. Obama" with no full name in the article is not Barack Obama
            self.index[known.id] = _absorbed(self.index.get(known.id, known), actor)
            moved[pid] = known.id
            del self.index[pid]
        return _remapped(found, moved)

    def outlets_named_for_people(self, found: list, gaz: Gazetteer) -> list:
        """A one-word outlet name that is the surname of exactly one person named in full in the article is that
        person ("Andrew Breitbart ... Breitbart's website"): the article names the man, not only his outlet."""
        out = []
        for start, end, text, actor_id, label in found:
            word = _strip_possessive(text)
            if actor_id in gaz.news_outlets and len(word.split()) == 1:
                full = self._full_names(word.casefold())
                if len(full) == 1:
                    actor_id, label = full[0].id, "PERSON"
            out.append((start, end, text, actor_id, label))
        return out

    def _full_names(self, surname: str) -> list[Actor]:
        return [a for a in self.index.values() if a.kind == "person" and len(a.name.split()) > 1
                and _surname(a.name) == surname]  # fmt: skip

    def sex_of(self, actor: Actor) -> str | None:
        """What an honorific used with the person said, else what the given name says ("Hillary", "Bill")."""
        if actor.id in self.sex:
            return self.sex[actor.id]
        given = [p for p in actor.name.split()[:-1] if len(p.rstrip(".")) > 1]  # "J." is an initial
        return self.given_name_sex.get(given[0].casefold()) if given else None

    def _by_surname_and_sex(self, key: str, sex: str) -> str | None:
        """The full name with this surname that agrees with the honorific's sex, the first named where several
        do; else the first of unknown sex; else a surname with the same honorific met before."""
        full = self._full_names(key)
        for wanted in (sex, None):
            agreeing = [a for a in full if self.sex_of(a) == wanted]
            if agreeing:
                return agreeing[0].id
        pid = self.by_key.get(f"{key}#{sex}")
        if pid is None:
            pid = self.by_key.get(key)  # the surname alone, met before with no honorific or the same one
            if pid is not None and (len(self.index[pid].name.split()) > 1 or self.sex.get(pid) not in {None, sex}):
                pid = None
        return pid

    def _by_surname(self, key: str) -> str | None:
        for pid in reversed(list(self.index)):
            actor = self.index[pid]
            if actor.kind == "person" and _surname(actor.name) == key:
                return pid
        return None


def _person_mention(
    doc: Doc, ent: Span, gaz: Gazetteer, people: _People, last_state: str | None
) -> tuple[str | None, Span, set[int], bool, set[int]]:
    """The person id for a PERSON entity, the span of the bare name, the tokens of its title, whether the title
    gives a role but no state or organisation, the tokens of a local office's title ("London Mayor"), and, for a
    state's national office (``national_roles``), whether its title names nothing beside the office ("President
    Obama": True; "Connecticut Attorney General Richard Blumenthal": False; no such office: None)."""
    name_start = ent.start
    while name_start < ent.end - 1 and (doc[name_start].text in HONORIFICS or doc[name_start].lower_ in gaz.role_words):
        name_start += 1  # "Prime Minister Netanyahu" tagged whole: the title is not the name
    name_end = ent.end
    if name_end - name_start > 1 and (
        doc[name_end - 1].lower_ in {"'s", "\u2019s"}
        or (doc[name_end - 1].text in {"'", "\u2019"} and doc[name_end - 2].lower_.endswith("s"))  # "Sanders'"
    ):
        name_end -= 1
    name_start = _after_headline_words(doc, name_start, name_end)
    name_span = doc[name_start:name_end]
    name = _strip_possessive(name_span.text)
    if not any(c.isalpha() for c in name):
        return None, name_span, set(), False, set(), None
    title = (
        _title_before(doc, name_start, gaz, last_state)
        or _apposition_after(doc, name_end, gaz, last_state)
        or _title_before_comma(doc, name_start, gaz, last_state)
    )
    if title is None:
        if gaz.lookup(name) is not None:
            return None, name_span, set(), False, set(), None  # "Jordan" tagged PERSON: the gazetteer knows better
        role, affiliation, used, tokens = None, None, set(), set()
    else:
        role, affiliation, used, tokens = title
    local = set()
    if _local_office(role, gaz):
        # "London Mayor Sadiq Khan", "former New Mexico governor Gary Johnson": a city's or region's office acts for
        # the city or region, never for the state, and its place is no state either
        local = tokens
        if affiliation and affiliation.startswith("state:"):
            affiliation = None
    actor = people.resolve(name, role, affiliation, gaz, _honorific_sex(doc, name_start))
    bare = None  # a national office's title: True where it names nothing beside the office, False where it does
    if role is not None and role.casefold() in gaz.national_roles:
        bare = affiliation is None and _names_only_the_office(doc, tokens, ent.start, name_start, gaz)
        if name_end + 1 < len(doc) and doc[name_end].lower_ == "of" and doc[name_end + 1].ent_type_ in {"GPE", "LOC"}:
            bare = False  # "Attorney General Richard Blumenthal of Connecticut": that place's office
    return actor.id, name_span, used, role is not None and affiliation is None and not local, local, bare


def _names_only_the_office(doc: Doc, tokens: set[int], ent_start: int, name_start: int, gaz: Gazetteer) -> bool:
    """Whether a title names the office alone: only role words, fillers and honorifics ("former President Bill
    Clinton", "Obama, the president,"), right before the name or in an apposition after it. Not where it names a
    place, body or organisation ("NAACP President", "president of the Cato Institute", "Connecticut Attorney
    General"), follows a name it could not read ("former FreedomWorks president Matt Kibbe"), is a hypothetical
    ("a President Romney") or is set off by punctuation ("fit to be president, Clinton said")."""
    before = [*range(ent_start, name_start)]
    title = sorted(tokens) + before
    if not title or any(doc[i].is_punct for i in title):
        return False
    if all(i < name_start for i in title):
        if max(title) != name_start - 1:
            return False
        first = doc[min(title)]
        if first.i > 0 and (doc[first.i - 1].lower_ in {"a", "an"} or doc[first.i - 1].pos_ == "PROPN"
                            or doc[first.i - 1].ent_type_ in {"ORG", "GPE", "NORP", "FAC", "LOC"}):  # fmt: skip
            return False
    return all(
        t.lower_ in gaz.role_words
        or t.lower_ in TITLE_FILLERS
        or t.lower_ in {"the", "a", "an"}
        or t.text in HONORIFICS
        for t in (doc[i] for i in title)
    )


def _the_one_state_served(
    found: list, people: _People, gaz: Gazetteer, guessed: dict[str, str], anchors: list[tuple[int, int, str]]
) -> str | None:
    """The one state whose officials and national bodies the article names, else None: the state of each person whose
    title names a state or a state's body ("U.S. Secretary of State John Kerry", "State Department spokesman"), and of
    each body of a state the article names (gazetteer organisations with a country: Congress, the Pentagon, the
    Knesset, a state's parties). A state that acts in the article as a subject or possessor ("China said", "Israel's
    decision") makes a second state, but alone names none: an article whose only such state is "Germany's largest
    shopping centers" names no seat. States named only as places or parties to a story ("talks with Mexico") do not
    count, nor states guessed for a title from a nearby sentence."""
    served = set()
    for actor in people.index.values():
        if actor.kind == "person" and actor.affiliation and actor.id not in guessed:
            affiliated = gaz.actors.get(actor.affiliation)
            if affiliated is not None and affiliated.country:
                served.add(affiliated.country)
    for _, _, _, aid, _ in found:
        actor = gaz.actors.get(aid or "")
        if actor is not None and actor.kind != "state" and actor.country and aid not in gaz.news_outlets:
            served.add(actor.country)
    states = served | {state.split(":", 1)[1] for _, tok, state in anchors if tok >= 0}
    return f"state:{states.pop()}" if len(states) == 1 and served else None


ROLE_ABBREVIATIONS = {"sen.": "senator", "gov.": "governor", "gen.": "general", "rep.": "representative"}
DESCRIPTION_FILLERS = {"former", "then", "outgoing", "incoming"}


def _role_key(role: str) -> str:
    words = [w for w in role_key(role).split() if w not in DESCRIPTION_FILLERS]
    return " ".join(ROLE_ABBREVIATIONS.get(w, w) for w in words)


def _descriptions(doc: Doc, gaz: Gazetteer, people: _People, found: list) -> list:
    """A definite description of a person named earlier ("the Texas senator", "the former secretary of state"):
    the one person named before it whose title gives that role, and the place or party the description gives
    ("Texas") when it gives one; with none or several such people it is left alone. Ordinals and other
    qualifiers ("the next president", "the 43rd president") are not descriptions of a named person."""
    # mentions a description may not overlap: any person, and anything not wholly inside it
    taken = [(s, e, aid) for s, e, _, aid, _ in found]
    named = [(s, e, aid) for s, e, _, aid, _ in found if aid and aid.startswith("person:") and aid in people.index]
    out = []
    for tok in doc:
        if tok.lower_ != "the" or not named or tok.idx <= named[0][0]:
            continue
        if tok.i > 1 and doc[tok.i - 1].text == "," and doc[tok.i - 2].ent_type_ == "PERSON":
            continue  # "Ralf Jäger, the minister": an apposition, read with the name
        j = tok.i + 1
        while j < len(doc) and doc[j].lower_ in DESCRIPTION_FILLERS:
            j += 1
        places = []
        while j < len(doc) and len(places) < 2 and doc[j].is_title and doc[j].lower_ not in gaz.role_words:
            places.append(doc[j])
            j += 1
        role_end = next(
            (b for b in range(min(len(doc), j + gaz.longest_role), j, -1)
             if tuple(t.lower_ for t in doc[j:b]) in gaz.roles),
            None,
        )  # fmt: skip
        if role_end is None or doc[role_end - 1].pos_ not in {"NOUN", "PROPN"}:
            continue
        after = doc[role_end] if role_end < len(doc) else None
        if after is not None and (
            after.lower_ in {"of", "for", "from", "and", "-"} or after.pos_ in {"PROPN", "NOUN"}
            or after.ent_type_ == "PERSON"
            or after.text == "," and role_end + 1 < len(doc) and doc[role_end + 1].ent_type_ == "PERSON"
        ):  # fmt: skip
            continue  # "the president of the bank", "the senator from Vermont", "the president Barack Obama"
        span = doc[tok.i : role_end]
        if any(s < span.end_char and span.start_char < e
               and ((aid or "").startswith("person:") or s < span.start_char or e > span.end_char)
               for s, e, aid in taken):  # fmt: skip
            continue
        key = _role_key(doc[j:role_end].text)
        fits = {
            aid
            for s, _, aid in named
            if s < span.start_char
            and _role_key(people.index[aid].role or "") == key
            and all(_place_fits(doc, place, aid, people, named, gaz) for place in places)
        }
        if len(fits) == 1:
            (aid,) = fits
            out.append((span.start_char, span.end_char, span.text, aid, "PERSON"))
    return out


def _surnames_the_parser_missed(doc: Doc, found: list, people: _People) -> list:
    """ "Foreign Minister Maxime Prevot said on Tuesday ... Prevot said the decision was not a reward": a person's
    surname alone after the article has named them in full, where the parser found no name (sentence-initial surnames
    it often takes for common words), is that person, when no other person of the article has the surname and the word
    stands as a name or a subject."""
    by_surname: dict[str, list[str]] = {}
    by_given: dict[str, list[str]] = {}
    for pid, actor in people.index.items():
        words = [w for w in actor.name.split() if w.casefold().strip(".") not in NAME_SUFFIXES]
        if actor.kind == "person" and len(words) > 1 and words[-1][:1].isupper():
            by_surname.setdefault(words[-1], []).append(pid)
            if words[0][:1].isupper() and words[0].isalpha():
                by_given.setdefault(words[0], []).append(pid)
    # "Heavyweight champion Wladimir Klitschko ... Steward urged Wladimir to throw more jabs": a given name alone is
    # the one person of the article named in full with it, when it is no one's surname (sports and feature writing
    # call people by their given names; campaign writing too: "Bernie", "Hillary")
    for given, pids in by_given.items():
        if given not in by_surname:
            by_surname.setdefault(given, pids)
    first = {}
    for s, _, _, aid, _ in found:
        first.setdefault(aid, s)
    out = []
    for tok in doc:
        pids = by_surname.get(tok.text)
        if not pids or len(pids) != 1 or tok.idx <= first.get(pids[0], len(doc.text)):
            continue
        if tok.pos_ != "PROPN" and tok.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        if (tok.i > 0 and tok.doc[tok.i - 1].text in HONORIFICS) or (
            tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].is_title and tok.doc[tok.i + 1].pos_ == "PROPN"
        ):
            continue  # "Mr. Wladimir", "Wladimir Putin": another person's name
        if any(s <= tok.idx < e for s, e, *_ in found):
            continue
        out.append((tok.idx, tok.idx + len(tok.text), tok.text, pids[0], "PERSON"))
    return out


# people who act on their own account, never for their state: "Greek rioters", "Somali pirates", "Israeli settlers",
# "Syrian rebels" (singular lemma -> the plural a group's name takes); troops, police, officials and diplomats act for it
PRIVATE_GROUP_NOUNS = {
    "rioter": "rioters", "youth": "youths", "protester": "protesters", "protestor": "protestors",
    "demonstrator": "demonstrators", "pirate": "pirates", "gunman": "gunmen", "militant": "militants",
    "rebel": "rebels", "insurgent": "insurgents", "guerrilla": "guerrillas", "separatist": "separatists",
    "extremist": "extremists", "terrorist": "terrorists", "hijacker": "hijackers", "kidnapper": "kidnappers",
    "looter": "looters", "smuggler": "smugglers", "hooligan": "hooligans", "fan": "fans", "settler": "settlers",
    "activist": "activists", "hacker": "hackers", "vigilante": "vigilantes", "mob": "mob", "student": "students",
}  # fmt: skip


def _private_groups(doc: Doc, found: list, people: _People) -> list:
    """ "Greek rioters attacked a ministry building", "the Indian navy arrested 23 Somali pirates": a state's name or
    demonym on a noun for people who act on their own account (PRIVATE_GROUP_NOUNS) names a group of that country,
    not the state: the mention takes the whole phrase and a group actor of its own (``group:greek-rioters``, kind
    group, the state as its country), the same in every article that names it so."""
    out = []
    for start, end, text, actor_id, label in found:
        actor = people.index.get(actor_id) if actor_id else None
        span = doc.char_span(start, end, alignment_mode="expand")
        if actor is None or actor.kind != "state" or span is None:
            out.append((start, end, text, actor_id, label))
            continue
        head = span.root.head
        plural = PRIVATE_GROUP_NOUNS.get(head.lemma_.casefold())
        if (
            plural is None
            or head.i <= span.end - 1
            or span.root.dep_ not in {"amod", "compound", "nmod"}
            or head.pos_ != "NOUN"
            or any(
                t.pos_ in {"NOUN", "PROPN"} and t.i not in range(span.start, span.end) for t in doc[span.end : head.i]
            )
        ):
            out.append((start, end, text, actor_id, label))
            continue
        name = f"{_strip_possessive(text)} {plural}"
        group = Actor(id=f"group:{slug(name)}", name=name, kind="group", country=actor.country)
        people.index.setdefault(group.id, group)
        out.append((start, head.idx + len(head.text), doc.text[start : head.idx + len(head.text)], group.id, "NORP"))
    return out


# the last word of a party's or movement's name that a state follows with "of" ("the Communist Party of Greece")
PARTY_NAME_WORDS = {"party", "front", "movement", "league", "alliance", "union", "congress", "coalition", "bloc"}


def _parties_of_states(doc: Doc, found: list, people: _People, gaz: Gazetteer) -> list:
    """ "The Communist Party of Greece accused the government": a party or movement named with "of" and a state is an
    organisation of its own (``org:communist-party-of-greece``, the state as its country), never the state, whether the
    parser tags the name whole ("the Communist Party of China") or the state apart ("The Communist Party" and
    "Greece")."""

    def party(start: int, end: int, state: Actor) -> tuple:
        name = re.sub(r"(?i)^the\s+", "", doc.text[start:end])
        actor = people.index.setdefault(
            f"org:{slug(name)}", Actor(id=f"org:{slug(name)}", name=name, kind="organisation", country=state.country)
        )
        return (start, end, doc.text[start:end], actor.id, "ORG")

    out: list = []
    ordered = sorted(found, key=lambda f: f[0])
    i = 0
    while i < len(ordered):
        start, end, text, actor_id, label = ordered[i]
        i += 1
        if actor_id is not None or label != "ORG":
            out.append((start, end, text, actor_id, label))
            continue
        whole = re.match(r"(?i)(?:the\s+)?.*\b(\w+)\s+of\s+(?:the\s+)?(.+)$", _strip_possessive(text))
        if whole and whole[1].casefold() in PARTY_NAME_WORDS:
            state = gaz.lookup(whole[2])
            if state is not None and state.kind == "state":
                out.append(party(start, end, state))
                continue
        nxt = ordered[i] if i < len(ordered) else None
        state = people.index.get(nxt[3]) if nxt and nxt[3] else None
        words = _strip_possessive(text).split()
        if (
            words
            and words[-1].casefold() in PARTY_NAME_WORDS
            and state is not None
            and state.kind == "state"
            and doc.text[end : nxt[0]].casefold().split() in (["of"], ["of", "the"])
        ):
            out.append(party(start, nxt[1], state))
            i += 1
            continue
        out.append((start, end, text, actor_id, label))
    return out


SEAT_GOVERNMENT_NOUNS = {"administration", "government"}


def _the_seats_government(doc: Doc, seat: str | None, found: list) -> list:
    """ "asked the administration for changes", "accused the government of ...": a bare definite "the
    administration" or "the government" is the government of the one state the article's officials and national
    bodies serve (the seat, above), as a reader of one country's political news takes it. Not with a word between
    ("the Obama administration", "the Turkish government": named, read elsewhere), nor with its own "of" ("the
    government of Iraq"), nor where the article serves no one state or several."""
    if seat is None:
        return []
    taken = [(s, e) for s, e, *_ in found]
    out = []
    for tok in doc:
        if tok.lower_ not in SEAT_GOVERNMENT_NOUNS or tok.i == 0 or doc[tok.i - 1].lower_ != "the":
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            continue  # "the government of Iraq"; not "accused the administration of lying", where "of" is the verb's
        the = doc[tok.i - 1]
        if any(s < tok.idx + len(tok) and the.idx < e for s, e in taken):
            continue
        out.append((the.idx, tok.idx + len(tok), doc[the.i : tok.i + 1].text, seat, "ORG"))
    return out


def _place_fits(doc: Doc, place: Token, aid: str, people: _People, named: list, gaz: Gazetteer) -> bool:
    """Whether a place or party word of a description ("Texas", "Norwegian", "Republican") fits the person: the
    state of her title, else the word said in a sentence that names her ("Sen. Ted Cruz of Texas")."""
    state = gaz.lookup(place.text)
    actor = people.index[aid]
    if state is not None and state.kind == "state" and actor.affiliation:
        return actor.affiliation == state.id
    word = place.lower_
    for s, e, other in named:
        if other == aid and s < place.idx:
            sent = sentence(doc.char_span(s, e, alignment_mode="expand")[0])
            if any(t.lower_ == word for t in sent if t.i < place.i):
                return True
    return False


NEVER_IN_A_NAME = {"VERB", "AUX", "ADP", "DET", "SCONJ", "CCONJ", "PRON", "PART"}


NAME_PARTICLES = {
    "de",
    "da",
    "di",
    "du",
    "del",
    "der",
    "den",
    "van",
    "von",
    "ter",
    "bin",
    "ibn",
    "al",
    "el",
    "la",
    "le",
    "st.",
}


NAME_SUFFIXES = {"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"}


def _surname(name: str) -> str:
    """A full name's surname, casefolded, without a generational suffix ("Joseph R. Biden Jr." -> "biden")."""
    words = [w for w in name.split() if w.casefold().strip(",") not in NAME_SUFFIXES] or name.split()
    return words[-1].casefold()


def _name_like(name: str) -> bool:
    """Whether every word of a name is capitalised or a particle ("Ahmed al Ashry"), unlike a parser's run of
    words ("Victoria at Sandy Hook")."""
    return all(w[:1].isupper() or w.casefold() in NAME_PARTICLES for w in name.split())


def _middle_variant(short: list[str], long: list[str]) -> bool:
    """Whether ``short`` is ``long`` without middle names or initials: same first and last word, the rest of
    ``short`` in ``long`` in order ("Donald Trump" / "Donald J. Trump")."""
    if short[0] != long[0] or short[-1] != long[-1]:
        return False
    inner = iter(long[1:-1])
    return all(word in inner for word in short[1:-1])


def _after_headline_words(doc: Doc, start: int, end: int) -> int:
    """Where a name starts once words run into it from a headline or a sentence's start are left out: a verb or
    function word before it ("Will Sanders come down", "to Ask Sestak to Drop", "Following Romney's news
    conference", "Mitt To Akin: Drop out") is never part of a name. Only where the rest is all proper nouns, and
    a word inside the span only when capitalised as in a headline ("de", "bin", "van" stay)."""
    cut = start
    for i in range(start, end - 1):
        tok = doc[i]
        if tok.pos_ in NEVER_IN_A_NAME and (i == start or tok.is_title):
            cut = i + 1
    if cut == start or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[cut:end]):
        return start
    return cut


def _honorific_sex(doc: Doc, start: int) -> str | None:
    """The sex an honorific just before a name says: "Mr." m, "Mrs." / "Ms." f."""
    return HONORIFIC_SEX.get(doc[start - 1].lower_) if start > 0 else None


def _title_before(doc: Doc, name_start: int, gaz: Gazetteer, last_state: str | None) -> tuple | None:
    """(role, affiliation, title tokens) from the words just before a name: "U.S. Secretary of State"."""
    sent_start = sentence(doc[name_start]).start if name_start < len(doc) else 0
    i = name_start - 1
    while i >= max(sent_start, name_start - MAX_TITLE_TOKENS):
        tok = doc[i]
        if _tagged_person(tok, gaz) or tok.lower_ in {"the", "a", "an"} and tok.i != name_start - 1:
            break
        if not (tok.is_title or tok.is_upper or tok.lower_ in gaz.role_words or tok.lower_ in TITLE_FILLERS) and not (
            tok.lower_ in COUNTRY_ANAPHORS and i + 1 < name_start and doc[i + 1].lower_ in {"'s", "\u2019s"}
        ):
            break
        i -= 1
    tokens = list(range(i + 1, name_start))
    return _read_title(doc, tokens, gaz, last_state, role_at_end=True)


def _tagged_person(tok: Token, gaz: Gazetteer) -> bool:
    """A word of a PERSON entity, unless the entity is a demonym ("Sri Lankan President Maithripala Sirisena")."""
    if tok.ent_type_ != "PERSON":
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is None or _key(_strip_possessive(ent.text)) not in gaz.demonyms


def _title_before_comma(doc: Doc, name_start: int, gaz: Gazetteer, last_state: str | None) -> tuple | None:
    """A title that ends just before ", Name": "the country's foreign minister, Jose Manuel Albares"."""
    if name_start < 2 or doc[name_start - 1].text != ",":
        return None
    title = _title_before(doc, name_start - 1, gaz, last_state)
    if title is None or doc[name_start - 2].lower_ not in gaz.role_words:
        return None
    return title


def _apposition_after(doc: Doc, name_end: int, gaz: Gazetteer, last_state: str | None) -> tuple | None:
    """(role, affiliation, title tokens) from ", Norway's foreign minister," after a name."""
    if name_end >= len(doc) or doc[name_end].text != ",":
        return None
    tokens: list[int] = []
    for j in range(name_end + 1, min(len(doc), name_end + 1 + MAX_TITLE_TOKENS + 2)):
        if doc[j].is_punct and doc[j].text not in {"-", "'s"}:
            break
        if doc[j].pos_ in {"VERB", "AUX"} or doc[j].lower_ in {"who", "which", "said", "says"}:
            return None
        tokens.append(j)
    return _read_title(doc, tokens, gaz, last_state, role_at_end=False)


def _read_title(doc: Doc, tokens: list[int], gaz: Gazetteer, last_state: str | None, role_at_end: bool) -> tuple | None:
    if not tokens:
        return None
    words = [doc[i].lower_ for i in tokens]
    matches = [
        (a, b)
        for a in range(len(words))
        for b in range(a + 1, min(len(words), a + gaz.longest_role) + 1)
        if tuple(words[a:b]) in gaz.roles
    ]
    if not matches:
        return None
    # before a name the role is the phrase nearest the name; in an apposition the first one
    best = (
        max(matches, key=lambda m: (m[1], m[1] - m[0]))
        if role_at_end
        else min(matches, key=lambda m: (m[0], m[0] - m[1]))
    )
    a, b = best
    role_span = doc[tokens[a] : tokens[b - 1] + 1]
    role = role_span.text
    affiliation = _affiliation(doc, tokens[:a], gaz, last_state) or _affiliation(doc, tokens[b:], gaz, last_state)
    used = set(tokens) if role_at_end else set()
    return role, affiliation, used, set(tokens)


def _inside_a_longer_name(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens start..end sit inside a longer place name ("Mexico" in "New Mexico"); a body named after its
    state ("the White House Office of Legislative Affairs") is not another place."""
    if doc[start].ent_type_ not in {"GPE", "LOC"}:
        return False
    before = doc[start - 1] if start > 0 and doc[start].ent_iob_ == "I" else None
    after = doc[end] if end < len(doc) and doc[end].ent_iob_ == "I" else None
    return any(t is not None and t.pos_ == "PROPN" and t.is_title for t in (before, after))


def _local_office(role: str | None, gaz: Gazetteer) -> bool:
    return role is not None and role.casefold() in gaz.local_roles


def _state_of_a_local_office(doc: Doc, start: int, end: int, actor_id: str | None, tokens: set[int]) -> bool:
    """A state's name inside the title of a city's or region's office ("London" in "London Mayor Sadiq Khan")."""
    if not (actor_id and actor_id.startswith("state:") and tokens):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and all(t.i in tokens for t in span)


def _affiliation(doc: Doc, tokens: list[int], gaz: Gazetteer, last_state: str | None) -> str | None:
    """The longest run of words that names a state or organisation."""
    words = [doc[i] for i in tokens if doc[i].lower_ not in {"'s", "\u2019s", "the", "a", "an", "of"}]
    for length in range(len(words), 0, -1):
        for a in range(len(words) - length + 1):
            run = words[a : a + length]
            if any(run[k + 1].i != run[k].i + 1 and doc[run[k].i + 1].lower_ not in {"'s", "\u2019s"}
                   for k in range(len(run) - 1)):  # fmt: skip
                continue
            text = doc[run[0].i : run[-1].i + 1].text
            actor = gaz.lookup(_strip_possessive(text))
            if actor is not None and actor.kind == "state" and _inside_a_longer_name(doc, run[0].i, run[-1].i + 1):
                continue  # "Mexico" in "former New Mexico governor", "Mexico City": another place
            if actor is not None and actor.kind == "state" and _key(_strip_possessive(text)) in gaz.context_aliases:
                continue  # "Georgetown professor", "Kingston councillor": a seat read only in context gives no state
            if actor is not None:
                return actor.id
    for w in words:
        if w.text in BARE_BODIES:  # "Commission President Ursula von der Leyen" in a story of the EU
            body = _the_body_named(doc, doc[w.i : w.i + 1], gaz)
            if body is not None:
                return body.id
    if last_state and any(w.lower_ in COUNTRY_ANAPHORS for w in words):
        return last_state  # "the country's foreign minister": the state last named
    return None


SUBJECT_DEPS = {"nsubj", "nsubjpass", "poss"}
# Nouns for people or bodies that act for a state when a demonym qualifies them.
ACTING_NOUNS = frozenset(
    {
        "official",
        "officials",
        "government",
        "ministry",
        "diplomat",
        "diplomats",
        "leader",
        "leaders",
        "cabinet",
        "administration",
        "authorities",
        "spokesman",
        "spokeswoman",
    }
)


# Nouns for people who live in or come from a state but do not act for it ("U.S. citizens living abroad cast
# votes", "the suspected Russian hackers", "Chinese companies"), and for places in it that own something ("the
# British capital's new mayor"): a state's name or demonym on them names no actor. Officials, diplomats, troops, the government
# (ACTING_NOUNS and the like) do act for it and keep it, and so do workers and employees, left out on purpose: a
# workforce on strike is coded as a party of its state ("Palestinian workers went on strike to protest against
# Israel" is PSE PROTEST ISR, as PLOVER codes a sector of a state).
PEOPLE_OF_A_STATE = frozenset(
    {
        "people", "person", "citizen", "national", "voter", "resident", "student", "tourist", "hacker", "woman",
        "man", "child", "kid", "family", "taxpayer", "consumer", "public", "population", "immigrant", "refugee", "traveler", "traveller", "visitor", "businessman", "businesswoman", "billionaire",
        "farmer", "exporter", "investor", "user", "fan", "viewer", "company", "firm", "expatriate", "expat",
        "descent", "migrant", "novelist", "writer", "author", "poet", "artist", "musician", "singer", "actor",
        "actress", "fisherman", "journalist", "teenager", "athlete", "scientist", "doctor",
    }
)  # fmt: skip
PLACES_IN_A_STATE = frozenset(
    {"capital", "city", "town", "village", "island", "province", "region", "countryside", "coast", "port", "colony"}
)


def _of_people_or_place(span: Span) -> bool:
    """A state's name or demonym that qualifies a noun for its people or one of its places (see
    PEOPLE_OF_A_STATE)."""
    root = span.root
    if root.dep_ not in {"amod", "compound", "nmod"} or root.head.i < span.end or root.head.pos_ != "NOUN":
        return False
    head = root.head
    if head.lemma_.casefold() in PLACES_IN_A_STATE:
        # only where the place qualifies something of its own ("the British capital's new mayor", "the Russian
        # city council"); a place as such is the state's ("threatened to shell Iraqi towns" targets Iraq)
        return head.dep_ in {"poss", "compound"}
    return head.lemma_.casefold() in PEOPLE_OF_A_STATE


def _state_anchors(doc: Doc, spans: list[tuple[Span, str]], gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """(sentence start, token, state id) for each state named as the subject or possessor of a clause outside
    quotation marks ("Norway will recognise", "Israel's decision", "Oslo had concluded"): the states that act
    in a sentence, as opposed to those only mentioned ("a Palestinian state", "talks with Israel")."""
    anchors = []
    for span, label in spans:
        if label == "PERSON" or _quoted(span):
            continue
        if _adjectival(span):
            # "Israeli officials confirmed", "the Norwegian government said": a demonym on the subject of a
            # clause names a state that acts, enough to make a guess ambiguous but too weak to make one (its
            # officials are often not the person named next); on anything else ("a Palestinian state") it
            # names no acting state at all. Such anchors carry a negative token index, see _nearby_state.
            head = span.root.head
            if not (head.lemma_.casefold() in ACTING_NOUNS and head.dep_ in SUBJECT_DEPS):
                continue
            actor = gaz.lookup(_strip_possessive(span.text))
            if actor is not None and actor.kind == "state":
                anchors.append((sentence(span).start, -1 - span.start, actor.id))
            continue
        actor = gaz.lookup(_strip_possessive(span.text))
        if actor is None or actor.kind != "state" or _key(_strip_possessive(span.text)) in gaz.context_aliases:
            continue  # a seat read only in context ("Georgetown's invitation") guesses no one's state
        root = span.root
        if root.dep_ == "compound" and root.head.i >= span.end:  # "the Oslo government said"
            root = root.head
        if root.dep_ in SUBJECT_DEPS:
            anchors.append((sentence(span).start, span.start, actor.id))
    return anchors


def _nearby_state(doc: Doc, name: Span, anchors: list[tuple[int, int, str]]) -> str | None:
    """The nearest acting state before the name in its sentence or the previous one, else None: no guess from
    further away."""
    sent = sentence(name)
    previous = sentence(doc[sent.start - 1]).start if sent.start > 0 else sent.start
    # a negative token index marks a demonym anchor ("Israeli officials"): it blocks a guess, never makes one
    before = [(abs(tok + 1) if tok < 0 else tok, state, tok >= 0) for sent_start, tok, state in anchors
              if previous <= sent_start and (abs(tok + 1) if tok < 0 else tok) < name.start]  # fmt: skip
    in_sentence = {state for tok, state, _ in before if tok >= sent.start}
    strong = [(tok, state) for tok, state, strong in before if strong]
    if len({state for _, state, _ in before}) > 1:
        if len(in_sentence) != 1:
            return None  # two states act nearby and the sentence itself does not settle which: no guess
        (settled,) = in_sentence
        return settled if any(state == settled for _, state in strong) else None
    return max(strong)[1] if strong else None


LOCATIVE_PREPOSITIONS = {"in", "from"}


def _spoken_in(name: Span, gaz: Gazetteer) -> str | None:
    """The state where the person speaks, from a place phrase on her own verb: "In Oslo, Foreign Minister Kari
    Holm said", "Speaking at a ceremony in the Norwegian capital, ... Holm claimed"."""
    root = name.root
    if root.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verb = root.head
    clauses = [verb, *(c for c in verb.children if c.dep_ == "advcl" and c.i < name.start)]
    for clause in clauses:
        for prep in clause.children:
            if prep.dep_ != "prep" or prep.i > name.start:
                continue
            for tok in prep.subtree:
                if tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPOSITIONS:
                    words = [t for t in tok.subtree if t.dep_ in {"amod", "compound"} or t.i == tok.i]
                    for word in words:
                        actor = gaz.lookup(word.text)
                        if actor is not None and actor.kind == "state" and _key(word.text) not in gaz.context_aliases:
                            return actor.id
    return None


def _adjectival(span: Span) -> bool:
    """A demonym used as an adjective ("a Palestinian state", "Palestinian statehood", "Israeli troops"): it
    describes a noun, it names no state that acts."""
    root = span.root
    return root.dep_ == "amod" or (root.pos_ == "ADJ" and root.dep_ not in SUBJECT_DEPS)


def _modifies_a_thing(doc: Doc, start: int, end: int) -> bool:
    """An outlet's name on a common noun ("a Facebook post that criticized", "a Fox News poll showed", "the CNN
    program"): it says whose thing it is, and the thing, not the outlet, is what acts or is acted on."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ == "compound" and root.head.i >= span.end and root.head.pos_ == "NOUN"


def _inside_title(doc: Doc, start: int, end: int, title_tokens: set[int]) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and all(t.i in title_tokens for t in span)


def _quoted(span: Span) -> bool:
    """Whether a span sits inside quotation marks within its sentence."""
    before = doc_text(span.doc)[sentence(span).start_char : span.start_char]
    curly = before.count("\u201c") > before.count("\u201d")
    return curly or before.count('"') % 2 == 1


def _strip_possessive(text: str) -> str:
    """A name without its possessive: "Israel's", and the bare apostrophe after -s ("the United States'", "the
    Philippines'", "Sanders'")."""
    text = text.strip().removesuffix("'s").removesuffix("\u2019s").strip()
    if text[-2:-1].casefold() == "s" and text[-1:] in {"'", "\u2019"}:
        text = text[:-1]
    return text


def _absorbed(keep: Actor, drop: Actor) -> Actor:
    """``keep`` with what ``drop`` adds: its other names, and its role and affiliation where ``keep`` has none
    (the same person named two ways in one article)."""
    aliases = (*keep.aliases, *(a for a in drop.aliases if a not in keep.aliases))
    return dataclasses.replace(
        keep, aliases=aliases, role=keep.role or drop.role, affiliation=keep.affiliation or drop.affiliation,
        country=keep.country if keep.affiliation else drop.country,
    )  # fmt: skip


def _remapped(found: list, moved: dict[str, str]) -> list:
    """The mentions with the ids of merged actors replaced by the ids they were merged into."""
    if not moved:
        return found
    return [(start, end, text, moved.get(actor_id, actor_id), label) for start, end, text, actor_id, label in found]
