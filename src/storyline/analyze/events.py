"""Stage "events": who did what to whom, and when, from the dependency parse.

For each verb whose lemma (or lemma + particle/object, "call for", "impose sanctions") is in the event
lexicon (``data/event_verbs.yaml``, documented in docs/events.md), the source actor is the resolved
actor in its subject (the agent of a passive), the target the first resolved actor among its objects and
prepositional objects, and the place a state named after "in". Actors come only from the verb's own
clause, never from elsewhere in the story (the complaint users make of GDELT).

Not coded: verbs inside quotation marks (statements stay quotes), negated verbs ("did not recognize"),
and verbs with no resolved source. Background is kept but marked ``historical`` with its own date: a
sentence whose time expression lies more than a year before publication, or a "since 1967"/"in the
1980s" time, or a past-perfect verb.

The date is the time expression that governs the act's clause (not one that modifies a noun or belongs to
another clause: see ``_date``); otherwise the publication date with ``date_precision=None`` (the text gives
no date; the report is the latest the act can have happened). The rules and what they leave out are in
docs/events.md; the audit rounds that drove them in docs/evaluation.md.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml

from storyline.actors import Gazetteer, gazetteer, slug
from storyline.analyze import stage
from storyline.analyze._act_confidence import act_confidence, act_features
from storyline.analyze.entities import PRIVATE_GROUP_NOUNS
from storyline.analyze.timex import WEEKDAYS, first_day
from storyline.config import Settings
from storyline.model import Actor, Analysis, Event, Mention, TimeExpression
from storyline.nlp import doc_text, sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

QUOTE_MARKS = {'"', "\u201c", "\u201d", "``", "''"}
OBJECT_DEPS = {"dobj", "obj", "dative", "attr", "oprd"}
TARGET_PREPS = {"to", "with", "on", "against", "at", "for", "from", "into", "toward", "towards", "over", "by"}
PLACE_PREPS = {"in", "at"}
AIMED_CODES = {"ACCUSE", "THREATEN", "ASSAULT"}  # attacks aimed "at" someone ("lashed out at Turkey")
PAST_REFS = {"PAST_REF"}
MODALS = {"will", "would", "shall", "should", "could", "might", "may", "'ll", "wo", "can", "must", "ought"}
NAMING_VERBS = {"call", "term", "label", "dub"}  # "called the letter 'a reward for terror'": naming, not a call
# a request only with "to" ("asked X to appoint", "pressed Obama to act") or "for"; "asked Trump if", "pressed
# Shulman on whether" are questions, "pressed ahead" is going on
QUESTION_VERBS = {"ask", "press"}
DECLINE_VERBS = {"decline"}
# "declined to criticize Duke", "failed to pass the bill", "avoided criticizing him": the complement did not happen
UNDONE_VERBS = {"decline", "refuse", "fail", "avoid", "neglect", "forgo", "refrain", "hesitate"}
RELEASE_VERBS = {"release", "free"}
PUBLISHED_THINGS = {"e-mail", "email", "mail", "correspondence", "tape", "footage", "statement", "report", "video", "plan", "data", "detail", "document", "book", "figure", "result",
                    "list", "photo", "record", "transcript", "budget", "proposal", "ad", "poll", "memo", "letter",
                    "return", "tax", "audio", "recording", "image", "picture", "text", "information", "finding",
                    "summary", "schedule", "name", "file", "filing", "album", "song", "film", "movie", "version",
                    "copy", "analysis", "study", "survey", "excerpt", "advertisement", "commercial", "platform"}  # fmt: skip
CONDITIONAL_MARKS = {"if", "unless", "whether"}  # conditions and open questions ("whether he supported")
POSITION_CODES = {"SUPPORT", "REJECT", "REQUEST", "AGREE"}  # "Perry opposes a fence", "calls for": a stance
VIOLENT_CODES = {"FIGHT", "ASSAULT", "COERCE"}
# an act that someone wants, prepares, allows or asks for has not happened: "pushing for member states to
# recognize", "would like to see EU states recognize", "preparing to vote", "refused to allow Obama to negotiate"
WISH_VERBS = {"want", "like", "love", "hope", "wish", "plan", "intend", "prepare", "seek", "push", "urge", "call",
              "ask", "allow", "let", "expect", "try", "aim", "attempt", "press", "demand", "need", "see", "encourage",
              "lobby", "invite", "propose", "suggest", "consider", "weigh", "threaten", "vow", "promise", "pledge",
              "set", "schedule", "slate", "due", "poise", "remind", "challenge", "dare"}  # fmt: skip
WISH_NOUNS = {"call", "challenge", "demand", "request", "appeal", "invitation", "plan", "proposal", "push", "bid",
              "effort", "pressure", "plea", "offer", "promise", "pledge", "threat", "hope", "wish", "attempt",
              "order", "urging", "decision", "intention", "readiness", "willingness", "refusal"}  # fmt: skip
# "defended himself", "left Republicans to negotiate with themselves": no act between two actors
REFLEXIVES = {"himself", "herself", "themselves", "itself", "ourselves", "myself", "yourself", "oneself"}
# a possessor stands for the actor only when the head names its institution or spokesperson ("Obama's
# administration", "Weiner's spokesman"); "Jackson's wife", "Christie's aides", "his father" are other people
INSTITUTION_NOUNS = {"administration", "government", "campaign", "office", "ministry", "department", "party", "army",
                     "military", "force", "troop", "police", "cabinet", "delegation", "embassy", "mission", "navy",
                     "regime", "committee", "council", "parliament", "legislature", "spokesman", "spokeswoman",
                     "spokesperson", "caucus", "leadership", "agency", "court", "senate", "house"}  # fmt: skip
# "the president", "the governor": a title standing for the person the article last named with it
TITLE_WORDS = {"president": {"president"}, "governor": {"gov.", "governor"}, "senator": {"sen.", "senator"},
               "congressman": {"rep.", "representative", "congressman"}, "congresswoman": {"rep.", "congresswoman"},
               "speaker": {"speaker"}, "mayor": {"mayor"}, "secretary": {"secretary"}, "chancellor": {"chancellor"},
               "minister": {"minister"}, "premier": {"premier"}, "king": {"king"}, "queen": {"queen"},
               "pope": {"pope"}}  # fmt: skip
# epithets of a public figure that news uses in place of the name ("the Manhattan mogul", "the billionaire")
EPITHET_NOUNS = {"mogul", "billionaire", "tycoon", "magnate", "businessman", "businesswoman", "candidate", "nominee",
                 "front-runner", "frontrunner"}  # fmt: skip
MALE_TITLES = {"mr.", "mr", "king", "prince", "sir"}
FEMALE_TITLES = {"mrs.", "ms.", "mrs", "ms", "miss", "queen", "princess"}
ALLEGE_VERBS = {"argue", "claim", "allege", "charge", "insist", "contend", "suggest", "accuse", "assert", "speculate",
                "worry", "fear", "suspect", "believe", "think", "guess", "assume", "predict"}  # fmt: skip
# (a belief or a fear: "Critics worry that Republicans and Democrats are negotiating a deal" asserts no act)
STANCE_VERBS = {"oppose", "support", "favor", "favour", "back"}
HABITUAL_ADVERBS = {"historically", "traditionally", "long", "always", "consistently", "generally", "typically",
                    "usually", "often", "repeatedly"}  # fmt: skip
# adverbs of frequency: with a simple present they tell a habit ("Thor and Beck often meet", "Trump and Sanders
# often blame China"), what someone does again and again, not an act at a time
HABIT_BASES = {"regular", "daily", "weekly", "monthly", "routine", "ongoing", "permanent", "continuing", "annual"}
FREQUENCY_ADVERBS = {"often", "usually", "always", "frequently", "regularly", "routinely", "typically", "generally",
                     "sometimes", "occasionally", "rarely", "seldom", "habitually", "constantly"}  # fmt: skip
DOCUMENT_NOUNS = {"law", "bill", "agreement", "legislation", "letter", "treaty", "accord", "deal", "order",
                  "petition", "pledge", "act", "measure", "contract", "declaration", "resolution", "version",
                  "memorandum", "document", "charter", "convention", "protocol", "amendment", "budget", "pact",
                  "compact", "ordinance", "package", "proclamation", "directive", "statute", "waiver", "extension",
                  "mandate", "communique", "communiqué", "statement", "armistice", "truce", "ceasefire",
                  "cease-fire", "memo", "note", "letters", "understanding", "framework", "bills", "promise", "oath",
                  "commitment", "card", "form", "application"}  # fmt: skip
# a written or sent message whose "to" names its addressee ("in a letter Friday to the FBI")
LETTER_NOUNS = {"letter", "message", "email", "e-mail", "memo", "note", "cable", "petition", "filing"}
DEBATE_PREPS = {"over", "about", "on", "upon", "through"}  # "battled over language", "seized on snippets": words, not
# force; "battled through three bouts of pneumonia": endurance
OPINION_CODES = {"AGREE", "SUPPORT", "REJECT", "ACCUSE", "CONCEDE"}  # "agrees Trump is", "conceded that": a view
OPINION_NOUNS = {"assessment", "view", "idea", "notion", "analysis", "point", "sentiment", "position", "conclusion",
                 "characterization", "statement", "argument", "premise", "opinion", "claim", "judgment", "verdict",
                 "comment", "remark", "belief", "interpretation", "suggestion", "take", "thinking", "report",
                 "rumor", "rumour", "allegation", "charge", "speculation", "story", "accusation", "assertion",
                 "contention", "criticism", "account", "portrayal", "narrative", "theory", "perception", "stance",
                 "approach", "tone", "line", "rhetoric", "critique", "complaint", "concern", "label", "description",
                 "characterisation", "comparison", "nickname", "moniker", "epithet"}  # fmt: skip
# what a coded verb inside such a noun's clause is: "its argument that Obama is attacking", "rejected reports that
# Netanyahu rebuffed", "a plan to block Mr. Trump", "the strategy is to obstruct and then blame": a claim, a
# purpose or a plan, not an act the report states
CONTENT_NOUNS = OPINION_NOUNS | WISH_NOUNS | {"strategy", "goal", "aim", "purpose", "objective", "intent", "tactic",
                                             "idea", "mission", "task", "job", "priority", "hope", "fear", "concern",
                                             "worry", "question", "possibility", "prospect", "warning", "impression",
                                             "notion", "news", "rule", "law", "bill", "measure", "legislation",
                                             "amendment", "resolution", "motion", "way", "chance", "opportunity",
                                             "power", "right", "authority", "ability", "vote", "move", "step",
                                             "campaign", "fight", "battle", "push", "drive", "proof", "evidence",
                                             "indication", "sign", "suspicion", "hint", "likelihood", "risk",
                                             "scenario", "admission", "acknowledgment", "acknowledgement",
                                             "confession", "denial", "insistence", "assurance"}  # fmt: skip
# (what an admission or a denial states is the speaker's words: "veered close to an admission that Russian soldiers
# had fought in the war")
# the things a vote passes or adopts ("passed the bill", "adopted a resolution"); "passed reporters in the
# hall", "adopted the favored position", "passed the test" are no votes
MEASURE_NOUNS = {"bill", "law", "legislation", "measure", "resolution", "amendment", "budget", "act", "package",
                 "reform", "plan", "platform", "rule", "ordinance", "motion", "nomination", "appropriation", "cut",
                 "extension", "increase", "stimulus", "overhaul", "mandate", "ban", "provision", "compromise",
                 "funding", "regulation", "proposal", "version", "deal", "agreement", "treaty", "charter",
                 "convention", "declaration", "text", "policy", "tax", "spending", "sanction", "ceiling", "limit",
                 "standard", "fund", "tariff", "code", "statute", "program", "programme", "framework"}  # fmt: skip
VOTE_OBJECT_VERBS = {"pass", "adopt"}
# "passed away", "passed by the crowd", "passed up the chance": the particle makes another verb
PASS_PARTICLES = {"away", "by", "up", "on", "over", "along", "out", "around", "off", "through", "down"}
# a purpose of these is what the act itself does: "began a hunger strike to protest", "wrote to demand", "ran
# ads to attack Clinton"
EXPRESSIVE_CODES = {"PROTEST", "REQUEST", "ACCUSE", "SUPPORT"}
# prepositions that keep their actor as the target after an object with a pronoun possessor ("recalled its
# ambassador from Norway", "withdrew their support for Mr. Steele"; not "his policy toward Iran")
ACTOR_PREPS = {"from", "to", "with", "against", "for"}
# "Obama and Boehner met", "Xi and Putin signed a treaty", "Congress and Obama agreed to extend": with no other
# party named, each conjoined subject is the other's counterpart (a meeting, a fight, an agreement between them)
SYMMETRIC_CODES = {"MEET", "COOPERATE", "FIGHT", "AGREE"}
# a letter without an addressee is a figure of speech ("speak with one voice"); recognition without a recognised
# actor is cognition ("seemed to recognize the seriousness of the threat")
NEEDS_TARGET = {"LETTER", "RECOGNIZE"}
# "dismissed the episode as a prank": a characterization (criticizing or praising X as Y stays criticism or praise)
CHARACTERIZING_VERBS = {"dismiss", "reject", "deny"}
STATEMENT_VERBS = {"defend"}
# praise of no actor is a statement about a thing ("has often hailed the progress", "praised the audience"); of an
# actor or of an act it is support ("praised Mr. Perry's efforts", "The Arab League welcomed the decision")
PRAISE_VERBS = {"welcome", "praise", "hail", "commend", "applaud", "congratulate"}
PRAISED_ACTS = {"decision", "move", "step", "announcement", "recognition", "agreement", "deal", "accord", "resolution",
                "vote", "initiative", "release", "ceasefire", "cease-fire", "truce", "ruling", "verdict", "election",
                "appointment", "nomination", "visit", "talks", "withdrawal", "pledge", "offer", "proposal"}  # fmt: skip
# "Clinton said she supported the deal": a stance reported in a statement, not an act
SAY_VERBS = {"say", "tell", "state", "add", "note", "insist", "explain", "argue", "write", "declare", "stress",
             "acknowledge", "admit", "reiterate", "repeat", "maintain", "indicate", "signal", "suggest"}  # fmt: skip  # support only when the defended is an actor ("defended his wife" is not coded)
TALK_VERBS = {"discuss"}  # a meeting only with a partner named ("with X") or conjoined ("X and Y discussed")
# what a participle on a document says is the document's content ("an email asking for contributions")
DOCUMENT_WORDS = {"resolution", "email", "e-mail", "ad", "post", "tweet", "message", "video", "op-ed", "column",
                  "editorial", "article", "speech", "petition", "motion"}  # fmt: skip
# a city's officer does not act for the state named in the phrase ("The British capital's new mayor rejected")
LOCAL_OFFICES = {"mayor", "alderman", "councilman", "councilwoman", "councillor", "councilor", "sheriff"}
# an electorate voting is an election, not a vote of its state ("U.S. citizens living abroad cast votes")
ELECTORATE_NOUNS = {"citizen", "voter", "resident", "elector", "electorate", "expatriate", "expat"}
ORDINAL_WORDS = {"first", "last", "only", "second", "third", "next", "latest"}
NEGATIVE_SUBJECTS = {"neither", "none", "nobody", "no-one"}
SHOW_NOUNS = {"show", "program", "programme", "podcast", "segment", "broadcast", "episode", "series", "radio"}
MONEY_NOUNS = {"money", "fund", "funds", "donation", "contribution", "cash", "check", "$", "dollar", "payment"}
# "refused to speculate", "refused to entertain the possibility", "declined to confirm": no comment, no rejection
NO_COMMENT_VERBS = {"speculate", "comment", "elaborate", "entertain", "disclose", "confirm", "answer", "address",
                    "detail", "divulge", "reveal"}  # fmt: skip
RANK_NOUNS = {"top", "ranking", "rankings", "list", "poll", "polls", "tier", "lead"}
# a dated trip makes its purpose an announced plan ("is heading to Mexico on Wednesday to meet")
MOTION_VERBS = {"go", "head", "fly", "travel", "come", "arrive", "return", "leave", "visit", "set", "drive", "sail"}
SHARE_WORDS = {"percent", "%", "majority", "plurality", "minority", "half", "quarter", "percentage", "share"}
# force verbs whose object makes them figurative: "occupied the spotlight", "occupied a third tier", "struck a
# similar tune", "deployed a strategy"
FIGURATIVE_OBJECTS = {"spotlight", "tier", "place", "spot", "position", "role", "tune", "tone", "chord", "note",
                      "balance", "pose", "blow", "strategy", "tactic", "argument", "message", "rhetoric", "line",
                      "ad", "resource", "money", "charm", "center", "centre", "stage", "limelight",
                      "headline", "lead", "seat", "office"}  # fmt: skip
# "appeared to ease off on the call", "seemed to endorse the project": how the act looked, not that it happened
SEEM_VERBS = {"seem", "appear"}
# "conclude" is an agreement only of a treaty or of talks; "concluding her post by saying" is finishing, "concluded
# that" inferring
CONCLUDED_THINGS = DOCUMENT_NOUNS | {"talks", "talk", "negotiation", "negotiations", "alliance", "arrangement"}
# "accepted an invitation", "accepted the administration's request": agreeing to what another side proposed; not
# "accepted interviews with ABC" (a media appearance), "accepted 11,491 refugees" (admission), "have accepted
# decades of deals" (tolerated)
ACCEPTED_PROPOSALS = {"invitation", "invite", "offer", "request", "proposal", "deal", "agreement", "terms", "plan",
                      "compromise", "condition", "resignation", "nomination", "ceasefire", "truce", "recommendation",
                      "apology", "settlement", "demand", "bid", "challenge", "bargain", "treaty", "accord",
                      "resolution", "framework", "package", "appointment", "post", "job", "position", "formula",
                      "solution", "arrangement", "mediation", "proposition", "draft", "roadmap", "initiative",
                      "ultimatum", "principle", "pact", "contract", "suggestion", "advice", "help", "aid", "assistance",
                      "surrender", "mandate", "role"}  # fmt: skip
# a quarrel at a hearing or a debate is words, not force ("clashed with Johnson during the Senate hearing")
QUARREL_VERBS = {"clash", "spar", "tangle", "feud", "quarrel"}
# kin: a meeting, call, visit or request between family members is private life, not an act between actors
# ("met his older brother, Freddy, for dinner", "called his wife"); and a request about one's own wedding ("asked
# Freddy to be the best man at his first wedding")
KIN_NOUNS = {"brother", "sister", "wife", "husband", "father", "mother", "son", "daughter", "parent", "sibling",
             "cousin", "uncle", "aunt", "nephew", "niece", "grandfather", "grandmother", "grandson", "granddaughter",
             "fiancé", "fiancee", "fiancée", "girlfriend", "boyfriend", "family", "dad", "mom", "stepfather",
             "stepmother", "grandchild", "child", "children", "kid"}  # fmt: skip
PRIVATE_OCCASIONS = {"wedding", "honeymoon", "birthday", "anniversary", "christening", "baptism", "engagement"}
PRIVATE_CODES = {"MEET", "VISIT", "LETTER", "REQUEST"}
# "has continued to push for", "keeps calling for": a cause pursued over time, a standing position
CONTINUE_VERBS = {"continue", "keep", "remain"}
# people named by the person they side with or against ("Clinton allies", "Trump supporters", "Obama critics"):
# they act for themselves, not for that person, and an act against them is not against that person
SIDE_NOUNS = {"ally", "allies", "supporter", "backer", "loyalist", "donor", "critic", "enthusiast", "fan", "opponent",
              "detractor", "voter", "defender", "foe", "rival", "admirer"}  # fmt: skip
# "returned the compliment": what is given back is the act itself (praise for praise, a call for a call); a
# gesture with no act of its own ("returned the favor") is none
# a clitic before a present participle is "be" ("who he’s supporting": the parser leaves the curly one unlemmatised)
BE_CLITICS = {"'s", "\u2019s", "'re", "\u2019re", "'m", "\u2019m"}
RETURNED_GESTURES = {"compliment": "SUPPORT", "praise": "SUPPORT", "call": "LETTER", "fire": "FIGHT",
                     "favor": None, "favour": None, "gesture": None, "greeting": None, "salute": None}  # fmt: skip
# "passed on a chance to back", "passed up the opportunity": declining an occasion, no vote
DECLINED_OCCASIONS = {"chance", "opportunity", "offer", "invitation", "shot", "option", "request"}
# "the Dodd-Frank Act", "the McCain-Feingold law": a proper name headed by one of these is a law's title, and
# the sponsors' names in it are no actors of the act done to the law
LAW_TITLE_HEADS = {"act", "law", "bill", "amendment", "amendments", "rule", "doctrine", "reform", "reforms"}
# "has endorsed none of this", "backed nobody", "supported no candidate": the object denies the act
NEGATIVE_OBJECTS = {"none", "nothing", "nobody", "no-one", "neither"}
# "struck many of the same notes": a quantifier object stands for the noun of its "of" phrase
QUANTIFIERS = {"many", "some", "several", "few", "all", "most", "one", "each", "any", "much", "both", "none", "more"}
# "Parliament to call a debate", "called a snap election", "called a vote": convening or scheduling, no call to anyone
CALLED_OCCASIONS = {"debate", "election", "elections", "vote", "referendum", "meeting", "hearing", "session",
                    "strike", "summit", "conference", "caucus", "primary", "recess", "poll", "inquiry", "convention"}  # fmt: skip
# "The statement was signed by Brazile", "signed a letter urging", "signed a petition": putting one's name to words,
# a statement, not an agreement with another side
SIGNED_STATEMENTS = {"statement", "letter", "letters", "petition", "op-ed", "memo", "open letter", "note"}


@lru_cache(maxsize=1)
def lexicon() -> tuple[dict[str, str], dict[tuple[str, str], str], dict[str, str]]:
    """(single lemma -> code, (lemma, particle/object lemma) -> code, code -> PLOVER category)."""
    data = yaml.safe_load(resources.files("storyline.data").joinpath("event_verbs.yaml").read_text("utf-8"))
    single: dict[str, str] = {}
    phrases: dict[tuple[str, str], str] = {}
    plover: dict[str, str] = {}
    for code, entry in data.items():
        plover[code] = entry["plover"]
        for verb in entry["verbs"]:
            words = verb.split()
            if len(words) == 1:
                single.setdefault(words[0], code)
            else:
                phrases.setdefault((words[0], words[-1]), code)
    return single, phrases, plover


@stage("events", requires=("actors", "times"), assigns=("events",))
def events(doc: Doc, analysis: Analysis, settings: Settings) -> dict[str, Any]:
    single, phrases, _ = lexicon()
    gaz = gazetteer(tuple(filter(None, [settings.gazetteer])))
    mentions = [m for m in analysis.actors if m.actor_id]
    parties = (
        _party_mentions(doc, mentions)
        + _court_mentions(doc, analysis.actors)
        + _party_member_mentions(doc, gaz)
        + _war_mentions(doc, gaz)
    )  # (a target only: a sentence with no
    # actor named but "the party" or "the court" is not read for acts, since its subject would be a pronoun resolved
    # from afar)
    epithets = _epithet_mentions(doc, mentions, gaz)
    # "lashed out at the GOP nominee": the party modifies the epithet of a person, it is not the one acted on
    described = {t.idx for t in doc if t.lower_ in EPITHET_NOUNS and _party_named_on(t, gaz) is not None}
    mentions = [m for m in mentions if not _modifies_epithet(doc, m, described)]
    parties = [m for m in parties if not _modifies_epithet(doc, m, described)]
    mentions = sorted(mentions + _title_mentions(doc, mentions) + epithets + parties, key=lambda m: m.start)
    published = (analysis.article.published or "")[:10] or None
    out: list[Event] = []
    for sent in doc.sents:
        sent_mentions = [m for m in mentions if sent.start_char <= m.start < sent.end_char]
        if not [m for m in sent_mentions if m not in parties]:
            continue
        sent_times = [t for t in analysis.times if sent.start_char <= t.start < sent.end_char]
        for token in sent:
            if token.pos_ != "VERB" or token.dep_ == "amod" or _inside_a_name(token, sent):
                continue  # "recently resigned RNC director Gentry Collins": a modifier, not this sentence's act
            code = _code(token, single, phrases)
            if code is None or _negated(token) or _inside_quotes(sent, token) or _misparsed_adjective(token):
                continue
            if _wished_for(token) or _alleged(token) or _passive_participle(token):
                continue
            if _content_of_noun(token) or code not in EXPRESSIVE_CODES and _purpose(token, sent_times):
                continue
            if _content_of_coded_head(token, single, phrases) or _unscheduled_intention(token, sent_times):
                continue
            if code in OPINION_CODES and _opinion(token) or _figurative_or_standing(token, code, sent_mentions):
                continue
            if _reflexive(token) or _seeming(token) or _stray_conjunct(token) or _document_content(token):
                continue
            if _adjective_complement(token) or _describing_participle(token, code) or _poll_answer(token):
                continue
            if _alternative(token) or _private_life(token, code) or _standing_cause(token, code, sent_times):
                continue
            if _governed_by_a_name(token, sent_mentions) or _describing_relative(token, code):
                continue
            unresolved = [
                m
                for m in analysis.actors
                if not m.actor_id and m.label == "ORG" and sent.start_char <= m.start < sent.end_char
            ]
            found = _events(
                token, code, sent, sent_mentions, sent_times, published, mentions, unresolved, parties, gaz.news_outlets
            )
            for event in found:
                event = _act_anaphor_target(event, token, out, mentions)
                # an act the text dates is the rules' reading and stands; the model weighs the undated ones
                if event.date_precision or _likely_act(token, event, sent, settings):
                    event = _dated_by_occasion(event, token, analysis.times, published)
                    out.append(_dated_as_told_before(event, token, out, mentions))
    return {"events": _dedupe(out)}


# occasions an article dates once and then names again with "the" ("a 95-minute rant last night" ... "during the course
# of the rant"): things that happen at one time, unlike a campaign, a race or a statement's words
ANAPHORIC_OCCASIONS = {"rant", "parade", "march", "protest", "demonstration", "vigil", "service", "funeral", "memorial",
                       "debate", "rally", "gathering", "meeting", "summit", "speech", "address", "interview", "hearing",
                       "session", "dinner", "luncheon", "breakfast", "reception", "ceremony", "fundraiser", "conference",
                       "briefing", "forum", "event", "visit", "trip", "tour", "convention", "town hall", "appearance",
                       "celebration", "concert", "broadcast", "show", "program", "programme", "installment",
                       "episode", "sermon", "telegram", "message", "statement", "letter", "post", "tweet", "video",
                       "remarks", "testimony", "mass", "homily", "segment", "edition"}  # fmt: skip
INDEFINITE_WORDS = {"a", "an"}
# nouns that name one occasion in turns: "Monday's installment of his weekly radio show ... Later in the broadcast"
BROADCASTS = {"show", "program", "programme", "broadcast", "installment", "episode", "edition", "segment", "podcast"}
OCCASION_KINDS = [BROADCASTS, {"speech", "address", "remarks"}, {"sermon", "mass", "homily"}]


def _same_occasion(lemma: str) -> set[str]:
    return next((kind for kind in OCCASION_KINDS if lemma in kind), {lemma})


OCCASION_PREPS = {"during", "at", "in", "throughout", "amid", "before", "after", "following"}  # not "asked for"
DEFINITE_WORDS = {"the", "that", "this", "his", "her", "their", "its"}  # "at the start of his speech"
OTHER_OCCASION_WORDS = {"next", "last", "previous", "upcoming", "coming", "first", "second", "third", "final", "later",
                        "earlier", "another", "other", "future", "past"}  # fmt: skip
OCCASION_LOOKBACK = 6  # sentences; an occasion named further back is another part of the story


def _dated_by_occasion(event: Event, verb: Token, times: list[TimeExpression], published: str | None) -> Event:
    """An undated act done at an occasion named with "the" ("attacked Clinton during the course of the rant", "at the
    dinner") happened when the article dated that occasion in an earlier sentence ("delivered a 95-minute rant last
    night"): the nearest earlier sentence, within a few, that names the occasion by the same noun and gives a time.
    Not "the next debate", "the first rally" (another occasion than the one named before), and not an occasion the
    act's own sentence dates or an occasion inside another clause."""
    if event.date_precision is not None:
        return event
    occasions = [
        t
        for t in verb.subtree
        if t.pos_ == "NOUN"
        and t.lemma_.casefold() in ANAPHORIC_OCCASIONS
        and t.i != verb.i
        and _within_phrase(t, verb)
        and _at_occasion(t, verb)
        and any(c.dep_ in {"det", "poss"} and c.lower_ in DEFINITE_WORDS | INDEFINITE_WORDS for c in t.children)
        and not any(c.lower_ in OTHER_OCCASION_WORDS for c in t.children)
    ]
    if not occasions:
        return event
    lemma = occasions[0].lemma_.casefold()
    # "welcomed world leaders ... for a working dinner" after "Thursday's working dinner": an occasion named with "a" is
    # the one named before only where that naming carries its time ("Thursday's", "a Friday interview")
    indefinite = any(c.dep_ == "det" and c.lower_ in INDEFINITE_WORDS for c in occasions[0].children)
    dated = [t for t in times if t.value and t.type in {"DATE", "TIME"} and t.precision is not None]
    sentences = list(verb.doc.sents)
    here = next(i for i, sent in enumerate(sentences) if sent.start <= verb.i < sent.end)
    for sent in reversed(sentences[max(0, here - OCCASION_LOOKBACK) : here]):
        named = [t for t in sent if t.pos_ == "NOUN" and t.lemma_.casefold() in _same_occasion(lemma)]
        own = [t for t in dated if sent.start_char <= t.start < sent.end_char]
        if indefinite:
            own = [t for t in own if any(_modifies_noun(t, n) for n in named)]
        if named and own:
            when = min(own, key=lambda t: min(abs(t.start - n.idx) for n in named))
            return replace(
                event,
                date=when.value,
                date_precision=when.precision,
                historical=_historical(verb, when, published),
            )
    return event


def _dated_as_told_before(event: Event, verb: Token, earlier: list[Event], mentions: list[Mention]) -> Event:
    """An undated act told at an occasion ("In a condolence telegram to Clinton, President Clerides condemned the
    terrorist acts") after the article has reported the same act with its time ("The Cypriot government Saturday
    strongly condemned two terrorist bomb attacks"): the same code by the same side (the actor, or a person the article
    has speak for that state), toward the same one or no one named, within a few sentences. The occasion in its own
    clause is what marks a retelling with more detail; without one an undated act is left undated."""
    if event.date_precision is not None or not _names_an_occasion(verb):
        return event
    sentences = list(verb.doc.sents)
    here = next(i for i, sent in enumerate(sentences) if sent.start <= verb.i < sent.end)
    since = sentences[max(0, here - OCCASION_LOOKBACK)].start_char
    for prior in reversed(earlier):
        if prior.start < since:
            break
        if (
            prior.date_precision is None
            or prior.action != event.action
            or prior.start >= sentences[here].start_char
            or not _same_side(prior.source_actor, event.source_actor, mentions)
            or prior.target_actor
            and event.target_actor
            and prior.target_actor != event.target_actor
        ):
            continue
        return replace(event, date=prior.date, date_precision=prior.date_precision, historical=prior.historical)
    return event


def _names_an_occasion(verb: Token) -> bool:
    """The act's own phrase says where it was done: "in a condolence telegram", "at the ceremony", "during his speech"."""
    return any(
        t.dep_ == "pobj"
        and t.lemma_.casefold() in ANAPHORIC_OCCASIONS
        and t.head.lower_ in {"in", "at", "during"}
        and t.head.head.i == verb.i
        for t in verb.subtree
    )


def _same_side(first: str | None, second: str | None, mentions: list[Mention]) -> bool:
    """The same actor, or a person and the state the article has them speak for."""
    if first is None or second is None:
        return False
    if first == second:
        return True

    def state_of(actor_id: str) -> str | None:
        if actor_id.startswith("state:"):
            return actor_id[6:]
        return next((m.country for m in mentions if m.actor_id == actor_id and m.country), None)

    state = state_of(first)
    return state is not None and state == state_of(second)


OCCASION_PARTS = {"course", "end", "part", "start", "beginning", "close", "conclusion", "middle", "height"}


def _modifies_noun(when: TimeExpression, noun: Token) -> bool:
    """The time is a modifier of the noun: "Thursday's working dinner", "a Friday interview"."""
    return any(
        t.dep_ in NOUN_MODIFIER_DEPS and t.head.i == noun.i and when.start <= t.idx < when.end for t in noun.children
    )


def _at_occasion(noun: Token, verb: Token) -> bool:
    """The noun names where the act is done: "during / at / in / following the X", also through "the course of the
    X", "the start of his X", and after an adverb of order ("Later in the broadcast, Swanson praised")."""
    node = noun
    while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.casefold() in OCCASION_PARTS:
        node = node.head.head
    if node.dep_ != "pobj" or node.head.lower_ not in OCCASION_PREPS:
        return False
    holder = node.head.head
    if holder.dep_ == "advmod" and holder.lower_ in {"later", "earlier"} and holder.head.i == verb.i:
        return True
    return holder.i == verb.i


def _likely_act(verb: Token, event: Event, sent: Span, settings: Settings) -> bool:
    return act_confidence(act_features(verb, event, sent)) >= settings.min_act_confidence


# Nouns that stand for an act reported before ("Norway said it would recognize ... Israel condemned the move")
ACT_ANAPHORS = frozenset({"move", "decision", "step", "initiative", "plan", "proposal", "announcement", "bid",
                          "effort", "push", "declaration", "measure", "gesture"})  # fmt: skip


ENVOY_NOUNS = frozenset({"ambassador", "envoy", "diplomat", "emissary", "consul", "representative", "chargé"})
# Words about an act, never the act "the move" stands for ("criticised the decision" is not the decision)
REACTION_CODES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "THREATEN"})


def _act_anaphor_target(event: Event, verb: Token, earlier: list[Event], mentions: list[Mention]) -> Event:
    """An act on "the move" / "the decision" with no one named in it is directed at whoever made the move: the
    source of the act reported just before it, in its sentence or the one before, when that act is no reaction
    of words (event anaphora: "Norway will press its partners to recognize ... Israel rejected the initiative").
    Only a bare definite noun counts: "its decision", "the EU's plan", "the decision by Hungary" and "the
    decision to ..." name or describe their own act; a decision reported further back is left without target."""
    if event.target_actor is not None:
        return event
    head = next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)
    if head is None or head.lemma_.casefold() not in ACT_ANAPHORS:
        return event
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in head.children):
        return event
    if any(c.dep_ in {"poss", "compound", "amod", "prep", "acl", "relcl", "appos"} for c in head.children):
        return event
    own = event.source_actor
    reach = verb.sent.doc[max(verb.sent.start - 1, 0)].sent.start_char  # this sentence and the one before
    before = [
        e
        for e in earlier
        if reach <= e.start and e.end <= event.start and e.action not in REACTION_CODES and not e.historical
    ]
    if not before or not before[-1].source_actor or before[-1].source_actor == own:
        return event
    return replace(event, target_actor=before[-1].source_actor)


def _misparsed_adjective(verb: Token) -> bool:
    """ "leads Sanders by 271 pledged delegates", "the elected officials": a participle between a number or a
    determiner and the noun right after it, with no subject of its own, describes that noun (the parser sometimes
    makes it a verb with the noun as its object)."""
    doc = verb.doc
    if verb.tag_ not in {"VBD", "VBN"} or verb.i == 0 or verb.i + 1 >= len(doc):
        return False
    before, after = doc[verb.i - 1], doc[verb.i + 1]
    return (
        (before.like_num or before.dep_ == "det")
        and after.head.i == verb.i
        and after.dep_ in {"dobj", "obj"}
        and after.pos_ == "NOUN"
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children)
    )


def _inside_a_name(verb: Token, sent: Span) -> bool:
    """ "on NBC's Meet the Press", "a Face the Nation interview": a capitalised verb inside the sentence is
    a word of a title or a name, not an act (a verb opens a sentence, a quotation or a headline after a colon)."""
    if verb.i == sent.start or not verb.text[:1].isupper() or verb.text.isupper():
        return False
    doc = verb.doc
    before = doc[verb.i - 1]
    if before.text in QUOTE_MARKS | {"'", "\u2018"} and verb.i >= 2:
        # a quoted title after a possessive or a noun ('NBC's "Meet the Press"', 'the show "Face the Nation"');
        # after "said," or a colon the quotation opens a sentence
        return doc[verb.i - 2].tag_ == "POS" or doc[verb.i - 2].pos_ in {"NOUN", "PROPN"}
    return before.text not in {":", "(", "-", "--", "\u2014", "\u2013"}


def _content_of_noun(verb: Token) -> bool:
    """ "its argument that Obama is attacking the rich", "rejected reports that Netanyahu rebuffed him", "a bill
    to ban", "the strategy is to obstruct and then blame": the verb is the content of a claim, plan or purpose
    noun, not an act the report states."""
    node = verb.head if verb.dep_ == "conj" else verb
    if _infinitive(node) and any(c.dep_ == "mark" and c.lower_ == "for" for c in node.children):
        return True  # "an opportunity for the president to ask", "it is time for Congress to act": a for-to clause
    if node.dep_ in {"acl", "ccomp", "appos", "advcl", "relcl"} and node.head.pos_ in {"NOUN", "PROPN"}:
        # (a "that" the parser marks as a conjunction opens a complement, even in a clause it calls relative:
        # "'proof' that Ukraine had shot down the flight")
        marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children)
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        if (marked or infinitive) and node.head.lemma_.casefold() in CONTENT_NOUNS:
            return True
    if node.dep_ in {"xcomp", "ccomp", "attr"} and node.head.lemma_ == "be":
        # "the strategy is to obstruct", "the plan was that Congress would pass"
        subjects = [c for c in node.head.children if c.dep_ == "nsubj"]
        return any(c.lemma_.casefold() in CONTENT_NOUNS for c in subjects)
    return False


def _purpose(verb: Token, times: list[TimeExpression]) -> bool:
    """ "spent millions to block Mr. Trump", "flew to Rome in order to meet Kerry": a purpose clause (a "to"
    infinitive hung on the clause as an adverbial) says what was meant to happen, not what did; unless the
    clause gives the trip or the act its day, as an announced plan does ("will fly to London to meet Erakat on
    Tuesday", "is heading to Mexico on Wednesday to meet with President Peña Nieto")."""
    node = verb.head if verb.dep_ == "conj" and verb.head.dep_ in {"advcl", "xcomp"} else verb
    if not _infinitive(node) or any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children):
        return False
    to = next(c for c in node.children if c.dep_ == "aux" and c.lower_ == "to")
    doc = node.doc
    in_order = to.i >= 2 and doc[to.i - 1].lower_ in {"order", "part"} and doc[to.i - 2].lower_ == "in"
    # "began exploring a bid ... in part to block Mr. Trump": a second complement of the same verb is a purpose
    second = node.dep_ == "xcomp" and any(c.dep_ == "xcomp" and c.i < node.i for c in node.head.children)
    if not (node.dep_ == "advcl" or in_order or second):
        return False
    if node.head.lemma_.casefold() not in MOTION_VERBS:
        return True  # "joined a chorus of Republicans on Tuesday ... to drop out": a purpose, dated or not
    clause = {t.idx for t in node.head.subtree}
    return not any(t.start in clause and t.value and t.precision == "day" for t in times)


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _alleged(verb: Token) -> bool:
    """ "arguing that Democrats had raided Medicare", "claimed the agency targeted them": an allegation
    someone makes, not an act the report states."""
    head = verb.head if verb.dep_ == "conj" else verb
    return head.dep_ == "ccomp" and head.head.lemma_.casefold() in ALLEGE_VERBS


def _passive_participle(verb: Token) -> bool:
    """ "when pressed on the matter", "Asked if the White House would ...": the clause's subject is the one
    acted on, by someone the sentence does not name. And "would sign laws passed by the Senate", "will veto any
    bill passed by Congress": a participle on the object of a verb under a modal tells what the planned act would
    be done to, things still to come, not an act done."""
    if (
        verb.tag_ == "VBN"
        and verb.dep_ == "acl"
        and verb.head.dep_ in {"dobj", "obj"}
        and any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.head.head.children)
    ):
        return True
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and not any(c.dep_ in {"nsubj", "nsubjpass", "agent", "auxpass"} for c in verb.children)
    )


def _stray_conjunct(verb: Token) -> bool:
    """A conjunct whose form cannot continue its head: a bare infinitive ("a deal that would clamp down ... but
    then slowly ease restrictions") or a participle ("a resolution calling ... and demanding a halt") joined by
    the parser to a finite verb. English coordinates like forms; such a verb continues an infinitive, modal or
    participle the parse lost, so it is no finite act of the head's subject."""
    if verb.dep_ != "conj" or any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children):
        return False
    if verb.head.dep_ == "conj" and verb.head.tag_ == verb.tag_:
        return _stray_conjunct(verb.head)  # "...: obstruct and delay action, and then blame the Democrats"
    head = verb.head
    finite = head.tag_ in {"VBD", "VBZ", "VBP"} or (
        head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children)
    )
    if not finite or head.i > verb.i:
        return False
    if verb.tag_ == "VB":
        return True
    if verb.tag_ == "VBG":
        # it continues the participle before it: one on a noun ("a resolution calling ... and demanding") is
        # no act of the head's subject; one on the head ("lashed out, calling ... and threatening") is
        before = [t for t in verb.doc[head.i + 1 : verb.i] if t.tag_ == "VBG" and t.dep_ in {"acl", "advcl"}]
        return bool(before) and before[-1].dep_ == "acl"
    return False


def _document_content(verb: Token) -> bool:
    """ "a fund-raising email asking for contributions", "a resolution demanding a halt", "a letter calling for
    talks": a participle on a document says what the document says; the act is its sending or adoption."""
    node = verb.head if verb.dep_ == "conj" else verb
    documents = DOCUMENT_NOUNS | PUBLISHED_THINGS | DOCUMENT_WORDS
    if node.tag_ != "VBG":
        return False
    if node.dep_ == "acl":
        return node.head.lemma_.casefold() in documents
    # the parser hangs the participle on the verb when it follows its object with no comma: "sent out a
    # fund-raising email asking for contributions"
    before = node.doc[node.i - 1] if node.i else node
    return node.dep_ == "advcl" and before.dep_ in {"dobj", "obj"} and before.lemma_.casefold() in documents


def _adjective_complement(verb: Token) -> bool:
    """ "it is hard to blame any one person", "is ready to sign", "was eager to meet": an infinitive after an
    adjective says what is hard, ready or wished, not what was done (but "the first to endorse" is an act)."""
    node = verb.head if verb.dep_ == "conj" else verb
    head = node.head
    if not _infinitive(node) or node.dep_ not in {"xcomp", "ccomp", "advcl"}:
        return False
    if head.lemma_ == "be":  # "it is hard to blame": the parser hangs the infinitive on the copula
        head = next((c for c in head.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), head)
    return head.pos_ == "ADJ" and head.lower_ not in ORDINAL_WORDS


def _describing_participle(verb: Token, code: str) -> bool:
    """ "a network funded by the Russian government", "The Future45 group, funded by major GOP donors", "a
    reception hosted by Gov. Snyder", "a show hosted by his father": funding and hosting told of a noun describe
    who stands behind it, not an act at a time (a signing, a release or a criticism so told stays an act:
    "legislation signed by Clinton")."""
    on_noun = _participle_on_noun(verb)
    if on_noun and verb.lemma_.casefold() in STANCE_VERBS:
        return True  # "The immigration bill, opposed by House Republicans, never became law": a standing position
        # told of the thing, not an act at a time
    if code not in {"AID", "MEET"}:
        return False
    if on_noun:
        return True
    # "a network Russia has financed with the explicit purpose of ...": a relative clause on the thing funded
    return (
        code == "AID"
        and verb.dep_ == "relcl"
        and not any(c.dep_ in {"dobj", "obj"} and c.tag_ not in {"WDT", "WP"} for c in verb.children)
    )


def _alternative(verb: Token) -> bool:
    """ "less exciting than getting Snyder to resign", "instead of meeting Netanyahu", "rather than attack Clinton":
    what a comparison or an alternative names is set against what happened; it is not reported as done."""
    node = verb
    for _ in range(4):
        if node.dep_ not in {"xcomp", "ccomp", "pcomp", "pobj", "conj", "advcl"} or node.head is node:
            return False
        head = node.head
        if node.dep_ in {"pcomp", "pobj"} and head.lower_ == "than":
            return True
        if (
            node.dep_ in {"pcomp", "pobj"}
            and head.lower_ == "of"
            and head.i
            and head.doc[head.i - 1].lower_ == "instead"
        ):
            return True
        if node.dep_ in {"pcomp", "pobj", "advcl", "conj"} and any(
            t.lower_ == "than" and t.i and t.doc[t.i - 1].lower_ == "rather"
            for t in node.doc[max(node.left_edge.i - 2, 0) : node.i]
        ):
            return True  # "rather than attack Clinton"
        node = head
    return False


def _private_life(verb: Token, code: str) -> bool:
    """ "met his older brother, Freddy, for dinner", "called his wife", "asked Freddy to be the best man at his
    first wedding": meetings, calls and requests within a family, or about one's own wedding or birthday, are
    private life, not acts between political actors (an attack on or a defence of someone's wife stays coded)."""
    if code not in PRIVATE_CODES:
        return False
    heads = [c for c in verb.children if c.dep_ in {"dobj", "obj", "dative"}]
    heads += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"with", "to"} for g in c.children]
    if any(h.lemma_.casefold() in KIN_NOUNS and any(g.dep_ == "poss" for g in h.children) for h in heads):
        return True
    complements = [t for c in verb.children if c.dep_ in {"xcomp", "prep"} for t in c.subtree]
    return any(
        t.lemma_.casefold() in PRIVATE_OCCASIONS and any(g.dep_ == "poss" and g.pos_ == "PRON" for g in t.children)
        for t in complements
    )


def _standing_cause(verb: Token, code: str, times: list[TimeExpression]) -> bool:
    """ "Sanders has continued to push for a single-payer system", "keeps calling for his resignation": a stance
    kept up over time, not an act at a time (unless the clause gives the act its day: "continued on Tuesday to
    press for")."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.casefold() not in CONTINUE_VERBS:
        return False
    if verb.head.tag_ in {"VBZ", "VBP"} and not any(c.dep_ == "aux" for c in verb.head.children):
        return True  # any act kept up in the simple present is a standing state, whatever day the sentence names
        # ("Today, ... Ethiopia continues to occupy the border village of Badame": "today" is nowadays)
    if code not in POSITION_CODES:
        return False  # in the past ("continued to attack") only a stance is
    clause = {t.idx for t in verb.head.subtree}
    return not any(t.start in clause and t.value and t.precision == "day" for t in times)


def _scheduled_weekday(verb: Token, when: TimeExpression | None, published: str | None) -> TimeExpression | None:
    """ "On Tuesday, Democrats vote in Arizona" (published on a Monday): a simple present with a weekday tells the
    schedule, so the weekday is the coming one (news tells a past act in the past tense, "voted Tuesday"); a bare
    weekday the time stage read as the past one moves a week on. An announced act with its day is coded, as a
    plan with its date is ("will fly to London on Tuesday")."""
    if when is None or not published or when.precision != "day" or not when.value or len(when.value) != 10:
        return when
    if verb.tag_ not in {"VBZ", "VBP"} or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return when
    words = set(re.findall(r"[a-z]+", when.text.casefold()))
    if not words & WEEKDAYS.keys() or words & {"last", "past", "previous", "earlier"} or when.value >= published:
        return when
    coming = datetime.date.fromisoformat(when.value) + datetime.timedelta(days=7)
    return replace(when, value=coming.isoformat()) if coming.isoformat() >= published else when


def _governed_by_a_name(verb: Token, mentions: list[Mention]) -> bool:
    """ "London's Muslim mayor rebuffs Trump on 'exception' to ban": a headline the parser reads with the name
    "Trump" as its verb; a clause hung on a word that is part of a name is a broken parse, not an act."""
    if verb.dep_ not in {"xcomp", "ccomp", "advcl", "conj"}:
        return False
    head = verb.head
    return head.pos_ in {"VERB", "AUX"} and any(m.start <= head.idx < m.end for m in mentions)


def _participle_on_noun(verb: Token) -> bool:
    """A past participle told of a noun: "a network funded by Russia", and one set off by a comma right after a name
    whatever the parser hangs it on ("Assad, aided by the Russians and opposed by the U.S., held on"); a conjunct
    of such a participle with no subject or auxiliary of its own ("and opposed by the U.S.") is one too."""
    node = verb
    if (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and verb.head.tag_ == "VBN"
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children)
    ):
        node = verb.head
    if node.tag_ != "VBN":
        return False
    if node.dep_ == "acl":
        return True
    if node.dep_ not in {"advcl", "appos", "conj", "ccomp"} or any(
        c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in node.children
    ):
        return False
    doc = node.doc
    return node.i >= 2 and doc[node.i - 1].text == "," and doc[node.i - 2].pos_ == "PROPN"


RELATIVE_SUBJECTS = {"who", "that", "which"}
# what a person's record is made of: whom they voted for, backed, funded, sided or worked with
RECORD_CODES = {"VOTE", "SUPPORT", "AID", "AGREE", "COOPERATE"}
INDEFINITE_DETS = {"a", "an", "another", "some", "any", "many", "several", "few", "other"}


def _indefinite(noun: Token) -> bool:
    """A noun phrase that describes a kind of person or thing rather than pointing at one: "a nominal Republican",
    "five U.S. territories", "people", "one of the only Republicans", a name given as an example of a class
    ("Republican politicians, like Pat Robertson")."""
    dets = [c.lower_ for c in noun.children if c.dep_ in {"det", "poss"}]
    if dets:
        return dets[0] in INDEFINITE_DETS
    if noun.pos_ == "PROPN" and noun.tag_ != "NNPS":  # a name points at one, unless it stands as an example
        head = noun.head
        return noun.dep_ == "pobj" and (
            head.lower_ == "like" or head.lower_ == "as" and head.i > 0 and noun.doc[head.i - 1].lower_ == "such"
        )
    if noun.tag_ in {"NNS", "NNPS"}:
        return True  # a bare plural: "people who", "territories that" (with or without a number)
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in QUANTIFIERS


def _describing_relative(verb: Token, code: str) -> bool:
    """ "Parker Eaton, a nominal Republican who voted for JFK and Bill Clinton", "Republican politicians, like Pat
    Robertson, who had condemned homosexuality", "one of five U.S. territories that cast votes in primaries", "an
    atlas which examines bellwether states": a relative clause whose subject is the relative pronoun, in a simple
    tense (simple past, past perfect or simple present) with no time of its own, on a noun phrase that describes a
    kind of person or thing (an indefinite article, a bare plural, "one of", a name given as an example after
    "like") says who or what the head is, not an act at a time. A present perfect ("a Republican who has refused to
    endorse Mr. Trump", "who has since called on Republicans"), a clause with a time ("who dropped out on Saturday")
    and a clause on a name or a definite noun ("Clinton, who once praised the TPP") stay acts. The simple past
    describes only with a record (a vote, backing, funding, siding or working with someone: "House Democrats who
    backed Ryan's bid"); other acts in the simple past are told as events ("a county commissioner who accused him
    of ...", "Democrats who called on the administration to answer questions")."""
    node = verb
    if node.dep_ == "conj" and node.head.dep_ == "relcl" and not any(c.dep_ in {"nsubj", "aux"} for c in node.children):
        node = node.head  # "who voted for JFK and backed Reagan": the conjunct shares the clause
    if node.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_SUBJECTS for c in node.children):
        return False
    auxes = [c for c in node.children if c.dep_ in {"aux", "auxpass"}]
    if node.tag_ in {"VBD", "VBZ", "VBP"}:
        if auxes or node.tag_ == "VBD" and code not in RECORD_CODES:
            return False
    elif node.tag_ == "VBN":
        if [a.lower_ for a in auxes] not in (["had"], ["'d"]):
            return False  # the past perfect only ("who had condemned"); "who has refused" is an act of now
    else:
        return False
    if any(t.ent_type_ in {"DATE", "TIME"} or t.dep_ in {"npadvmod", "tmod"} for t in node.subtree):
        return False
    return _indefinite(node.head)


def _seeming(verb: Token) -> bool:
    """ "appeared to ease off slightly on the call", "seemed to endorse the project": the report says how it
    looked (a hedge), not that the act took place."""
    node = verb.head if verb.dep_ == "conj" and verb.head.dep_ == "xcomp" else verb
    return node.dep_ == "xcomp" and node.head.lemma_.casefold() in SEEM_VERBS


def _reflexive(verb: Token) -> bool:
    """ "defended himself", "left Republicans to negotiate with themselves": the actor acts on itself."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"with", "against"} for g in c.children]
    return any(o.lower_ in REFLEXIVES for o in objects)


def _content_of_coded_head(verb: Token, single: dict[str, str], phrases: dict[tuple[str, str], str]) -> bool:
    """ "voted to back", "urged governments to recognize": the complement is what the coded act is about
    (the vote, the request), not a second act by the same actor."""
    return verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" and _code(verb.head, single, phrases) is not None


def _wished_for(verb: Token) -> bool:
    """Whether the verb is the complement of a verb of wanting, preparing, allowing or asking (directly, or
    through "for": "pushing for all member states to recognize")."""
    node = verb
    if node.dep_ == "conj" and node.head.dep_ in {"xcomp", "ccomp", "pcomp"}:
        node = node.head  # "invited him to come to Mexico and apologize": the conjunct shares the complement
    if (
        node.dep_ == "xcomp"
        and node.head.lemma_ == "be"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
    ):
        return True  # "days before Rice was to ask the United Nations", "is to visit Paris": an arrangement, not an act
    for _ in range(3):
        if node.dep_ not in {"xcomp", "ccomp", "pcomp", "advcl", "pobj", "prep", "acl"} or node.head is node:
            return False
        infinitive = node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        node = node.head
        if node.pos_ == "VERB":
            # the parser hangs the infinitive of a demand noun on its verb: "issued a call for Obama to resign",
            # "repeated his challenge to her to oppose the deal"
            demand = any(c.dep_ in {"dobj", "obj"} and c.lemma_.casefold() in WISH_NOUNS for c in node.children)
            # "a pledge he made to support the nominee": the demand noun is the antecedent of the verb's clause
            demand = demand or (node.dep_ == "relcl" and node.head.lemma_.casefold() in WISH_NOUNS)
            if node.lemma_.casefold() in WISH_VERBS or (infinitive and demand):
                return True
            # "needs to persuade Clinton supporters to back him", "tried to get Congress to pass": what a wished
            # act would bring about has not happened either
            # (not a clause with a subject of its own: "trying to explain the law ever since the governor signed it")
            own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
            return not own_subject and node.dep_ == "xcomp" and _wished_for(node)
        if node.pos_ == "NOUN" and node.lemma_.casefold() in WISH_NOUNS:
            return True  # "a call for Obama to resign" parsed as the noun's complement
    return False


def _figurative_or_standing(verb: Token, code: str, mentions: list[Mention]) -> bool:
    """A standing position in the simple present ("Perry opposes a full border fence", "she backs the bill"),
    an open question ("whether he plans to step down"), or force verbs used of words ("battled over language",
    "seized on snippets", "fought against the bill")."""
    present = verb.tag_ in {"VBZ", "VBP"} or (
        verb.tag_ == "VB" and verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in verb.children)
    )  # ("Democrats, Frank notes, applaud the management": a bare form with its own subject and no auxiliary is
    # the parser's VB for a simple present)
    if code in POSITION_CODES and present and not any(c.dep_ == "aux" for c in verb.children):
        return True
    if (
        verb.dep_ == "relcl"
        and verb.tag_ == "VBP"
        and verb.head.tag_ == "NNS"
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
        and not any(t.dep_ in {"npadvmod", "tmod"} or t.ent_type_ in {"DATE", "TIME"} for t in verb.subtree)
    ):
        return True  # "Norwegian officials who work with the Palestinian Authority": a simple present in a clause
        # on a plural noun says what such people do (who they are), not an act at a time
    if (
        verb.tag_ in {"VBZ", "VBP"}
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
        and any(c.dep_ == "advmod" and c.lower_ in FREQUENCY_ADVERBS for c in verb.children)
    ):
        return True  # "Thor and Beck often meet together", "Trump and Sanders often blame China": a simple present
        # with an adverb of frequency tells a habit, whatever the verb, not an act at a time
    if (
        verb.dep_ == "xcomp"
        and verb.head.lemma_ == "use"
        and verb.head.tag_ == "VBD"
        and verb.head.dep_ != "relcl"
        and not any(c.dep_ in {"dobj", "obj"} for c in verb.head.children)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):
        return True  # "Massie used to support Rand Paul": a former habit or state, not an act at a time (not "the gun
        # he used to kill Martin", a purpose)
    if any(
        c.dep_ == "prep"
        and c.lower_ == "on"
        and any(g.lemma_ == "basis" and any(a.lower_ in HABIT_BASES for a in g.children) for g in c.children)
        for c in verb.children
    ):
        return True  # "Israel coordinates with Jordan on a regular basis": a practice, whatever the tense
    if code in POSITION_CODES and any(c.dep_ == "aux" and c.lower_ in {"does", "do"} for c in verb.children):
        return True  # "While he does support Clinton": the emphatic simple present, a standing position
    if (verb.lemma_.casefold() in STANCE_VERBS | {"resist"} or code in {"SUPPORT", "REJECT"}) and any(
        c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in verb.children
    ):
        return True  # "China had historically resisted such agreements", "has long opposed": a standing position
    if any(c.dep_ == "advmod" and c.lower_ == "long" for c in verb.children) and verb.tag_ in {
        "VBN",
        "VBZ",
        "VBP",
        "VBD",
    }:
        return True  # "Britain has long blocked any discussion", "who long has fought the establishment": whatever the
        # act, done "long" (in any tense) is a standing practice, not an act at a time
    if (
        verb.lemma_.casefold() in STANCE_VERBS
        and verb.tag_ == "VBG"
        and any(c.dep_ == "aux" and (c.lemma_ == "be" or c.lower_ in BE_CLITICS) for c in verb.children)
        and not (verb.dep_ == "ccomp" and verb.head.lemma_.casefold() in ANNOUNCE_VERBS)
    ):
        return True  # "Republicans are happily supporting the delay", "who he's supporting in the primary": a
        # stance held over a stretch of time (not "announced that he is supporting Trump": made by announcing)
    if verb.lemma_.casefold() in STANCE_VERBS and any(c.dep_ == "advmod" and c.lower_ == "once" for c in verb.children):
        return True  # "trade agreements she once supported", "a fence he once opposed": a former position
    if (
        verb.tag_ in {"VBZ", "VBP"}
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
        and verb.dep_ == "ccomp"
        and verb.head.lemma_.casefold() in SAY_VERBS
        and verb.head.tag_ == "VBD"
    ):
        return True  # "Emanuel said he meets with families": after a past "said" a past act is backshifted ("said
        # he met"); a present kept in reported speech tells what still holds, a habit or a standing state
    node = verb
    while code in POSITION_CODES and (node.dep_ == "xcomp" or _infinitive(node)) and node.head.tag_ == "VBG":
        node = node.head  # "has been a loyal lieutenant, taking care to praise Mrs. Clinton": the participle's
    if code in POSITION_CODES and node.dep_ == "advcl" and node.tag_ == "VBG" and node.head.lemma_ == "be":
        return True  # "Huckabee is a strong defender of entitlements, opposing plans to": what he is, not an act
    if (
        node.dep_ == "conj"
        and node.tag_ == "VBG"
        and node.head.tag_ == "VBG"
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in node.children)
    ):
        node = node.head  # "attacking Mr. Trump and visiting the headquarters": the conjunct shares the participle's
    if (
        node.dep_ == "advcl"
        and node.tag_ == "VBG"
        and node.head.lemma_ == "be"
        and any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in node.head.children)
        and not any(c.dep_ == "mark" for c in node.children)
    ):
        return True  # "Ms. Warren has been a powerful surrogate, attacking Mr. Trump and visiting the campaign's
        # headquarters": participles on a role say what the role has meant, a habit, not an act at a time (one on
        # a place is an act: "was in Iowa on Tuesday, meeting voters")
    if code == "COOPERATE" and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN":
        return True  # "according to officials who worked with him", "a pollster ... who cooperated with Mr. Manafort
        # for years": a working relation told of people to say who they are, not an act at a time
    if verb.lemma_.casefold() in STANCE_VERBS and any(
        c.dep_ in {"xcomp", "dobj", "obj", "ccomp"}
        and c.tag_ == "VBG"
        and not any(g.dep_ == "nsubj" for g in c.children)
        for c in verb.children
    ):
        return True  # "he supported pitching a bigger political tent", "opposes raising taxes": backing a course of
        # action is advice or a position, not an act between actors
    if (
        verb.lemma_.casefold() in STANCE_VERBS
        and verb.dep_ == "ccomp"
        and verb.head.lemma_.casefold() in SAY_VERBS
        and not any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)
    ):
        return True  # "Clinton said she supported the agreement": a stance stated, not an act
    if (
        verb.lemma_.casefold() == "agree"
        and verb.dep_ == "ccomp"
        and verb.head.lemma_.casefold() in SAY_VERBS
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
        and not any(
            c.dep_ in {"xcomp", "ccomp", "dobj", "obj"} or c.dep_ == "prep" and c.lower_ in {"on", "upon", "to"}
            for c in verb.children
        )
    ):
        return True  # "Mr. Manafort said he agreed with Mr. Cruz": a view shared, stated; not "said he agreed with
        # Cruz on a deal" or "to divide the states", an agreement on something
    if (
        code in VIOLENT_CODES
        and any(c.dep_ in {"dobj", "obj"} and c.lower_ == "it" for c in verb.children)
        and any(c.dep_ in {"prt", "advmod"} and c.lower_ == "out" for c in verb.children)
    ):
        return True  # "Democrats battling it out", "fought it out in the primary": an idiom of a contest, no force
    if (
        verb.lemma_.casefold() in STANCE_VERBS
        and verb.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lower_ in {"has", "have", "'ve", "'s"} for c in verb.children)
        and (objects := [c for c in verb.children if c.dep_ in {"dobj", "obj"} and c.pos_ != "PRON"])
        and not _first_mention(objects, mentions, strict=True)
    ):
        return True  # "Rubio has opposed the negotiations", "have supported the bill": a standing position
    if any(c.dep_ == "mark" and c.lower_ == "whether" for t in (verb, verb.head) for c in t.children):
        return True
    if code in VIOLENT_CODES | {"MOBILIZE"}:
        things = [c for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
        things += [verb.head] if verb.dep_ in {"acl", "relcl"} else []  # "the strategy deployed by the campaign"
        things += [
            g
            for t in things
            if t.lower_ in QUANTIFIERS
            for c in t.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]  # fmt: skip  ("many of the notes")
        if any(t.lemma_.casefold() in FIGURATIVE_OBJECTS for t in things):
            return True
    if code in VIOLENT_CODES:
        if any(c.dep_ == "xcomp" or c.dep_ == "advcl" and _infinitive(c) for c in verb.children):
            return True  # "fighting to tighten gun laws", "battled to keep the seat": striving, not force
        preps = [c for c in verb.children if c.dep_ == "prep"]
        if any(p.lower_ in DEBATE_PREPS and not _when(p) for p in preps):
            return True  # (not "raided the village on Friday": a day is when, not what about)
        for prep in (p for p in preps if p.lower_ in {"against", "for"}):
            objects = [g for g in prep.children if g.dep_ == "pobj"]
            if objects and _first_mention(objects, mentions) is None:
                return True
    return False


def _opinion(verb: Token) -> bool:
    """ "agrees Trump is a strong candidate", "denied that he knew", "agreed with Ms. Rice's assessment":
    a view or a statement about one, not an act between actors."""
    if verb.lemma_.casefold() not in QUARREL_VERBS and any(c.dep_ == "ccomp" for c in verb.children):
        return True  # (a quarrel's clause is the words said in it: "clashed with Johnson ..., 'What difference ...'")
    if verb.lemma_.casefold() in CHARACTERIZING_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "as" for c in verb.children
    ):
        return True  # "dismissed the episode as a prank", "dismissed Obama's politics as based on": a characterization
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
        if any(g.lemma_.casefold() in OPINION_NOUNS for g in prep.children if g.dep_ == "pobj"):
            return True
    if any(c.dep_ in {"dobj", "obj"} and c.lemma_.casefold() in OPINION_NOUNS for c in verb.children):
        return True
    # "a claim Romney rejected", "something he denied": the noun the relative clause hangs on is what is denied
    node = verb.head if verb.dep_ == "conj" and verb.head.dep_ == "relcl" else verb
    if node.dep_ != "relcl":
        return False
    antecedent = node.head
    if antecedent.pos_ == "PROPN" and any(c.lower_ == "which" for c in (*node.children, *verb.children)):
        # "allegations that he assaulted Ivana Trump, which he has denied": "which" never stands for a person, so
        # the clause hangs on the noun the name is part of (the allegations)
        antecedent = next((a for a in antecedent.ancestors if a.pos_ == "NOUN"), antecedent)
    if antecedent.lemma_.casefold() not in OPINION_NOUNS | {"something", "anything", "everything"}:
        return False
    # "a claim Romney rejected", "allegations ..., which he has denied and which she recently backed away from":
    # what is done to a claim (denied, rejected, retracted) is words about it
    return verb.lemma_.casefold() in CHARACTERIZING_VERBS or verb is not node


def _unscheduled_intention(verb: Token, times: list[TimeExpression]) -> bool:
    """ "Norway will press partners", "Spain would also back": a plan, not an act, unless the clause dates it
    ("would formally recognize a Palestinian state on May 28": an announced act with its date)."""
    clause = [verb] + ([verb.head] if verb.dep_ == "xcomp" else [])  # "If Mr. Romney were to reject"
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for t in clause for c in t.children):
        return True  # "if the Senate passes a bill": a condition, not an act
    head = verb
    # (through a purpose infinitive too: "will work with groups to call for amendments" plans the call as well)
    while (head.dep_ in {"xcomp", "conj"} or head.dep_ == "advcl" and _infinitive(head)) and head.head is not head:
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in head.children):
            break
        if head.dep_ == "xcomp" and head.head.lower_ == "going" and _infinitive(head):
            head = head.head  # "is going to vote for Trump": the future, an intention
            break
        head = head.head
    going = head.lower_ == "going" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in head.children)
    if not going and not any(
        c.dep_ == "aux" and (c.lower_ in MODALS or c.lower_ == "'d" and head.tag_ == "VB") for c in head.children
    ):  # ("he'd welcome Bloomberg's entry": "'d" before a bare verb is "would"; before a participle it is "had")
        return False
    # the day must be the act's own: one inside a clause with a subject of its own ("will work with groups to
    # call for amendments when the draft goes to the committee ... July 8") dates that clause, not the plan
    own = {
        t.idx
        for c in verb.subtree
        if c.i != verb.i
        and (
            c.dep_ in {"advcl", "ccomp", "relcl", "acl"}
            and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
            # "would appeal the decision, announced Wednesday by the INS": a participle on a noun dates that noun
            or c.dep_ == "acl"
            and c.tag_ == "VBN"
            and c.head.pos_ == "NOUN"
            # (the parser's advcl for the same participle when it has an agent: "announced Wednesday by the INS")
            or c.dep_ == "advcl"
            and c.tag_ == "VBN"
            and any(g.dep_ == "agent" for g in c.children)
        )
        for t in c.subtree
    }
    clause = {t.idx for t in verb.subtree} - own
    return not any(t.start in clause and t.value and t.precision == "day" for t in times)


# a game's measures: "returned it 32 yards", "scored 20 points", "grabbed 11 rebounds"; a shooting percentage ("Drake
# shot 35.0 percent") is one too
GAME_MEASURES = {"yard", "point", "rebound", "assist", "goal", "touchdown", "run"}  # lemmas
# plays of a game told with words that politics uses for acts: "blocked two shots" (no veto), "returned an interception"
# (no retreat)
GAME_PLAYS = {"shot", "kick", "punt", "pass", "interception", "kickoff", "fumble", "rebound", "serve", "penalty"}


# what a champion defends, keeps or loses in a bout ("defended his IBF heavyweight crown"): no support of anyone
TITLE_NOUNS = {"title", "crown", "belt", "championship"}
# what a presenter hosts ("hosted the 79th Academy Awards", "hosted 'Taradise', the half-hour show"): no meeting held
HOSTED_SHOWS = {"show", "program", "programme", "ceremony", "telethon", "podcast", "series", "broadcast", "episode",
                "edition", "gala", "pageant"}  # fmt: skip
AWARD_SHOW_WORDS = {"awards", "oscars", "emmys", "grammys", "globes", "tonys", "baftas"}


def _names_a_show(noun: Token) -> bool:
    """ "the 2007 Oscars", "the 79th Academy Awards": an award ceremony named by its awards."""
    return noun.lower_ in AWARD_SHOW_WORDS or any(t.lower_ in AWARD_SHOW_WORDS for t in noun.children
                                                 if t.dep_ == "compound")  # fmt: skip


# accidents and disasters, which kill and hurt without anyone acting
MISHAPS = {"accident", "crash", "collision", "quake", "earthquake", "aftershock", "storm", "flood", "flooding",
           "avalanche", "landslide", "mudslide", "tsunami", "hurricane", "typhoon", "cyclone", "tornado", "blaze",
           "wildfire", "fire", "lightning", "heatwave", "eruption"}  # fmt: skip


def _when(prep: Token) -> bool:
    """A preposition whose object is a day or a time ("on Friday"): when something happened, not what it was about."""
    return any(g.ent_type_ in {"DATE", "TIME"} for g in prep.children)


def _game_or_accident(verb: Token, lemma: str) -> bool:
    """A play or measure of a game, a death, or an accident: no act between actors, whatever the verb codes in
    politics ("Echenique blocked a shot", "returned it 32 yards for a touchdown", "Drake shot 35.0 percent",
    "passed away early Thursday", "Hansbrough passed Ford to become the career scoring leader": one passes a person
    on a list or a road, a vote passes bills; "shot and killed his father in a duck-hunting accident")."""
    if lemma == "pass" and any(
        c.dep_ in {"prt", "advmod"}
        and c.lower_ == "away"
        or c.dep_ in {"dobj", "obj"}
        and (c.ent_type_ == "PERSON" or c.lower_ in {"him", "her", "them"})
        for c in verb.children
    ):
        return True
    for c in verb.children:
        word = c.lemma_.casefold()
        measure = word in GAME_MEASURES and any(n.dep_ == "nummod" for n in c.children)
        rate = lemma == "shoot" and (word in {"percent", "%"} or c.like_num)  # ("shot 46.8 percent", split at "46.")
        play = word in GAME_PLAYS and lemma in {"block", "return", "intercept"}
        title = word in TITLE_NOUNS and lemma in {"defend", "retain", "keep", "lose", "win"}
        show = lemma == "host" and (word in HOSTED_SHOWS or _names_a_show(c))
        if c.dep_ in {"dobj", "obj", "npadvmod"} and (measure or rate or play or title or show):
            return True
        if (
            lemma == "return"
            and c.dep_ == "prep"
            and c.lower_ == "for"
            and any(g.lemma_.casefold() in {"touchdown", "td", "score"} for g in c.children)
        ):
            return True  # "picked off a pass and returned it for a TD"
        if c.dep_ == "advmod" and word in {"accidentally", "unintentionally"}:
            return True
    # "in a duck-hunting accident", "in a car accident": the verb's own "in" phrase (or its conjunct's, "shot and killed")
    heads = [verb] + ([verb.head] if verb.dep_ == "conj" else []) + [c for c in verb.children if c.dep_ == "conj"]
    # "killed in a crash", "killed by a quake in eastern China": a death in an accident or a disaster, by no one
    return any(
        c.dep_ in {"prep", "agent"}
        and c.lower_ in {"in", "by"}
        and any(g.lemma_.casefold() in MISHAPS for g in c.children)
        for h in heads
        for c in h.children
    )


TALK_NOUNS = {"conversation", "talk", "dialogue", "discussion", "chat"}
# what makes "agreed" an agreement made: to something, on or with something, that something ("agreed a deal")
AGREEMENT_COMPLEMENTS = {"xcomp", "ccomp", "dobj", "obj", "advcl", "conj", "npadvmod"}


def _code(verb: Token, single: dict[str, str], phrases: dict[tuple[str, str], str]) -> str | None:
    lemma = verb.lemma_.casefold()
    if _game_or_accident(verb, lemma):
        return None
    if lemma == "strike" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        # "struck up a conversation with Felt": a talk, a meeting; "struck up a friendship": a relation begun, no act
        talk = any(c.dep_ in {"dobj", "obj"} and c.lemma_.casefold() in TALK_NOUNS for c in verb.children)
        return "MEET" if talk else None
    if lemma == "agree" and any(
        c.dep_ == "prep" and c.lower_ == "with" and any(g.lemma_.casefold() in CONTENT_NOUNS | ACT_ANAPHORS
                                                         for g in c.children)
        for c in verb.children
    ):  # fmt: skip
        return None  # "agreed with Salazar's decision", "agrees with that assessment": an opinion held, no agreement
    if lemma == "agree" and not any(
        c.dep_ in AGREEMENT_COMPLEMENTS
        or c.dep_ == "prep"
        and (c.lower_ != "in" or any(g.lower_ == "principle" for g in c.children))
        and not _when(c)
        for c in verb.children
    ):
        return None  # "In a statement, Locke and Salazar agreed.": a view shared with what was said, no agreement made
    if (
        lemma == "welcome"
        and any(c.dep_ in {"dobj", "obj"} and c.pos_ in {"NOUN", "PROPN", "PRON"} for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
    ):
        return (
            "MEET"  # "welcomed world leaders to the White House": receiving guests, a meeting ("welcomed the move" is
        )
        # support)
    if any(c.lower_ == "home" and c.dep_ in {"advmod", "npadvmod", "dobj"} for c in verb.children):
        return None  # "traveled home to his district", "went home": going home is no visit
    if lemma == "drop" and any(t.lower_ in RANK_NOUNS for t in verb.subtree if t.i > verb.i):
        return None  # "has dropped out of the top three" of a ranking: no withdrawal
    nominals = [
        c
        for c in verb.children
        if c.dep_ in {"dobj", "obj", "oprd", "attr", "npadvmod", "appos"} and c.ent_type_ not in {"DATE", "TIME"}
    ]  # fmt: skip  ("called Netanyahu Tuesday" is a call)
    if (
        lemma in NAMING_VERBS
        and verb.tag_ == "VBN"
        and not any(c.dep_ in {"aux", "auxpass", "agent"} for c in verb.children)
        and verb.dep_ in {"acl", "advcl", "amod", "relcl"}
        and verb.i > 0
        and verb.doc[verb.i - 1].pos_ in {"NOUN", "PROPN"}
    ):
        return None  # "a group of disaffected Ethiopians called Ginbot 7", "a plan dubbed 'Obamacare'": a participle
        # right after a noun, with no auxiliary or agent, gives the thing its name; nobody calls anyone (whatever
        # subject the parser gives it: a past participle with no auxiliary is no finite verb)
    if lemma in NAMING_VERBS and any(
        c.dep_ in {"dobj", "obj"}
        and any(a.dep_ == "appos" and any(d.lower_ in {"a", "an"} for d in a.children) for a in c.children)
        for c in verb.children
    ):
        return None  # "called Mrs. Schlafly an 'Aunt Tom'": an apposition never starts with "a"/"an" after a name
        # the parser reads as one; it is the name given, the verb's second object (naming, as below)
    if (
        lemma in NAMING_VERBS
        and not any(c.dep_ == "prt" for c in verb.children)
        and (  # "called out X" is a phrase
            any(c.dep_ in {"oprd", "xcomp", "ccomp", "attr"} and not _infinitive(c) for c in verb.children)
            or len(nominals) > 1
            or _quoted_after_object(verb)
        )
    ):
        return None  # "called the announcement 'a historic day'", "Calling Mr. Trump a coward": naming (but
        # "called him to say" is a call with its purpose; before the phrases: "called the announcement 'a
        # historic day for our people'" is no "call for")
    if lemma == "call" and any(
        c.dep_ in {"dobj", "obj"} and c.lemma_.casefold() in CALLED_OCCASIONS for c in verb.children
    ):
        return None  # "prompted Parliament to call a debate ... on whether to ban Trump", "called a snap election":
        # convening or scheduling (before the phrases: the debate's "on" is no "call on")
    for child in verb.children:
        key = (lemma, child.lemma_.casefold())
        if child.dep_ == "prep" and any(g.ent_type_ in {"DATE", "TIME"} for g in child.children):
            continue  # "called Netanyahu on Tuesday": a time, not the particle of "call on"
        if child.dep_ in {"prt", "prep", "dobj", "obj"} and key in phrases:
            return phrases[key]
        if child.dep_ in {"dobj", "obj"} and (lemma, child.text.casefold()) in phrases:
            return phrases[(lemma, child.text.casefold())]
    if verb.dep_ == "relcl" and not any(c.dep_ in {"dobj", "obj"} for c in verb.children):
        key = (lemma, verb.head.lemma_.casefold())  # "the deal Obama struck with Republicans": struck a deal
        if key in phrases:
            return phrases[key]
    if lemma in QUESTION_VERBS and any(
        g.dep_ == "mark" and g.lower_ in {"whether", "if"}
        for c in verb.children
        if c.dep_ == "ccomp"
        for g in c.children
    ):
        return None  # "asked the U.S. attorney whether Clinton committed perjury": a question
    if lemma in QUESTION_VERBS and not any(
        c.dep_ == "xcomp" and (_infinitive(c) or c.tag_ != "VBG") or c.lower_ == "for" for c in verb.children
    ):
        return None  # "Vieira asked Trump if ...", "Walsh asked.", "asked rhetorically, shaking his head": a
        # question, not a request (a request asks someone "to" do something, or "for" it)
    if lemma in QUESTION_VERBS and any(c.dep_ == "advmod" and c.lower_ == "rhetorically" for c in verb.children):
        return None  # "Sanders asked rhetorically": a question put for effect
    if lemma in DECLINE_VERBS and any(c.dep_ == "xcomp" or c.dep_ == "advcl" and _infinitive(c) for c in verb.children):
        return None  # "declined to weigh in": no comment, not a rejection
    objects = {c.lemma_.casefold() for c in verb.children if c.dep_ in {"dobj", "obj"}}
    if lemma in DECLINE_VERBS and any(
        t.lemma_.casefold() in {"comment", "interview"}
        for c in verb.children
        if c.dep_ in {"dobj", "obj"}
        for t in c.subtree
    ):
        return None  # "declined repeated requests for comment": no comment, not a rejection
    # what the act is done to: its objects, a passive subject, the noun a relative clause is on ("the offer he accepted")
    undergoing = objects | {c.lemma_.casefold() for c in verb.children if c.dep_ == "nsubjpass"}
    undergoing |= {verb.head.lemma_.casefold()} if verb.dep_ in {"relcl", "acl"} else set()
    if lemma == "accept" and not undergoing & ACCEPTED_PROPOSALS:
        return None  # "accepted interviews with ABC News", "accepted 11,491 Syrian refugees": no agreement
    if lemma in QUARREL_VERBS and any(
        g.lemma_.casefold() in OCCASION_NOUNS
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"during", "at", "in", "over"}
        for g in c.children
    ):
        return "ACCUSE"  # "clashed with Johnson during the Senate Benghazi hearing": a quarrel of words
    if lemma == "conclude" and not objects & CONCLUDED_THINGS:
        return None  # "concluding her post by saying", "concluded that": finishing or inferring, no agreement
    if lemma == "agree" and not any(
        c.dep_ in {"xcomp", "ccomp", "dobj", "obj", "prep", "advcl", "dative"}
        and not (c.dep_ == "advcl" and c.tag_ == "VBG")
        for c in verb.children
    ):
        return None  # "Justice Ginsburg agreed, saying ...", "62 percent of Republicans agreed": assent to a view
    if lemma == "vote" and any(c.dep_ == "prep" and c.lower_ == "against" for c in verb.children):
        return "REJECT"  # "voted against the resolution", "60 Democrats voted against her": a vote is a rejection
    if (
        lemma == "sign"
        and verb.dep_ == "acl"
        and verb.head.lemma_.casefold() not in DOCUMENT_NOUNS
        and not any(c.dep_ == "prep" and c.lower_ == "into" for c in verb.children)
    ):
        return None  # "a football signed by U.S. presidents": an autograph, not an agreement
    things = [c for c in verb.children if c.dep_ in {"dobj", "obj"} and c.pos_ == "NOUN"]
    if lemma == "sign" and things and not any(t.lemma_.casefold() in DOCUMENT_NOUNS for t in things):
        return None  # "signing autographs", "signed copies of his book": no agreement
    if verb.dep_ == "relcl" and not objects and verb.head.pos_ == "NOUN":
        things = [verb.head]  # "a recommendation Lynch adopted": the noun the clause hangs on is the object
    if lemma in VOTE_OBJECT_VERBS and (
        any(c.dep_ == "prt" and c.lower_ in PASS_PARTICLES for c in verb.children)
        or (things and not any(t.lemma_.casefold() in MEASURE_NOUNS for t in things))
    ):
        return None  # "passed reporters in the hall", "adopted the favored position", "passed away": no vote
    if (
        lemma == "meet"
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
    ):
        return None  # "has been met with opposition": a reception, not a meeting
    if lemma in {"demand", "ask"} and any(c.dep_ == "xcomp" and c.lemma_ == "know" for c in verb.children):
        return None  # "demanded to know which campaign leaked it": a question
    if lemma == "host" and (not objects or objects & SHOW_NOUNS):
        return None  # "when Charles Barkley hosted" (a TV show), "hosted a podcast": no meeting with anyone
    if lemma == "host" and objects & {"fundraiser", "fund-raiser"}:
        # "hosted a fundraiser for the 'stiff'" (Romney): money raised for someone is aid to them, no meeting; one
        # for no one named is a campaign event
        raised_for = [t for c in verb.children if c.dep_ in {"dobj", "obj", "prep"} for t in (c, *c.children)
                      if t.lower_ == "for" and t.dep_ == "prep"]  # fmt: skip
        return "AID" if raised_for else None
    gestures = [c.lemma_.casefold() for c in verb.children if c.dep_ in {"dobj", "obj"}]
    if lemma == "return" and gestures and gestures[0] in RETURNED_GESTURES:
        return RETURNED_GESTURES[gestures[0]]  # "returned the compliment to Adelson": praise, not a withdrawal
    if lemma == "pass" and any(
        g.lemma_.casefold() in DECLINED_OCCASIONS
        for c in verb.children
        if c.dep_ in {"prep", "prt"} and c.lower_ in {"on", "up"}
        for g in (*c.children, *verb.children)
        if g.dep_ in {"pobj", "dobj", "obj"}
    ):
        return None  # "passed on a chance to publicly back Mr. Trump": declining an occasion, no vote
    if lemma == "return" and any(
        t.lemma_.casefold() in MONEY_NOUNS or t.tag_ == "$"
        for c in verb.children
        if c.dep_ in {"dobj", "obj"}
        for t in c.subtree
    ):
        return None  # "returns $43,100 in questionable funds": giving money back, no withdrawal
    if lemma in {"refuse", "decline"} and any(
        c.dep_ == "xcomp" and c.lemma_.casefold() in NO_COMMENT_VERBS for c in verb.children
    ):
        return None  # "refused to speculate on the events": no comment, not a rejection
    if lemma == "return" and not objects:
        return None  # "returned to the camera", "return to the private sector": going back, not giving back
    if lemma == "rally" and (objects or verb.dep_ == "relcl"):  # "whose support Mr. Cruz rallied"
        return None  # "rallying the Democratic base", "rallied support": mobilising one's own side, not a protest
    if lemma in RELEASE_VERBS:
        # "released a statement", "released the full set of e-mails", "e-mails released by the White House":
        # publishing, not freeing anyone
        things = [t for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"} for t in c.subtree]
        things += [verb.head] if verb.dep_ in {"acl", "relcl"} else []  # "a statement that Congress released"
        if any(t.lemma_.casefold() in PUBLISHED_THINGS or t.lower_ in PUBLISHED_THINGS for t in things):
            return None
    if (
        lemma == "suspend"
        and any(g.dep_ == "poss" and g.lower_ in {"his", "her", "my", "our"} for c in verb.children
                if c.dep_ in {"dobj", "obj"} for g in c.children)
        and not any(c.dep_ == "prep" and c.lower_ in {"to", "for", "against"} for c in verb.children)
    ):  # fmt: skip
        return None  # "suspended his paid speaking schedule": a person pausing their own activity, no sanction
    if objects & {"anonymity", "confidentiality"}:
        return None  # "who requested anonymity", "was granted anonymity to discuss": a source's condition for
        # speaking to the reporter, no act between actors
    compared = {g.lower_ for c in verb.children if c.dep_ in {"dobj", "obj"}
                for g in c.children if g.dep_ in {"amod", "advmod", "nummod", "quantmod"}}  # fmt: skip
    if compared & {"most", "fewest"} or (
        compared & {"more", "fewer"} and any(t.lower_ == "than" for t in verb.subtree if t.i > verb.i)
    ):
        return None  # "passed more amendments ... than any other member", "has signed the most bills": a record
        # counted over time, a comparison, not one act
    if (
        lemma == "blame"
        and _infinitive(verb)
        and verb.dep_ in {"xcomp", "ccomp", "advcl"}
        and (verb.head.lemma_ == "be" or verb.head.lower_ in {"'s", "\u2019s", "'re", "\u2019re"})
    ):
        return None  # "he's entirely to blame for the bad blood": "to be to blame" is to be responsible, no accusing
    if (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.head.children)
        and not any(c.dep_ == "agent" for c in verb.head.children)
    ):
        return None  # "the flight that was downed over Ukraine, killing 298": the participle's actor is the passive's
        # unnamed agent
    if lemma == "shoot" and any(c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in verb.children):
        return None  # "Ryan shot back": a retort
    if lemma == "pledge" and any(c.dep_ == "xcomp" and _infinitive(c) for c in verb.children):
        return None  # "pledged to oppose legal status 'today, tomorrow, forever'": a promise of an act to come, no
        # agreement with anyone (and the promised act is not done: WISH_VERBS)
    if lemma == "sign" and undergoing & SIGNED_STATEMENTS:
        return None  # "The statement was signed by Brazile", "signed a letter urging": words put out, no agreement
    if lemma == "back" and any(c.dep_ in {"advmod", "prt"} and c.lower_ in {"away", "off"} for c in verb.children):
        return None  # "backed away from a suggestion that he might cover legal costs": a retraction of words, not
        # support (the parser reads "away" as an adverb, so the phrase "back away" is not matched)
    return single.get(lemma)


def _quoted_after_object(verb: Token) -> bool:
    """ "called Ms. Pelosi "as strong a supporter" as", "calling her remarks "highly inappropriate"": a quotation
    right after the object (or inside its phrase) names it; a telephone call takes no quoted complement."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    if not objects:
        return False
    doc = verb.doc
    end = max(t.i for t in objects[0].subtree) + 1
    span = doc[objects[0].i : min(end + 1, len(doc))]
    return any(t.text in {"\u201c", "``", '"'} for t in span)


def _negated(verb: Token) -> bool:
    if any(c.dep_ in {"nsubj", "nsubjpass", "preconj"} and c.lower_ in NEGATIVE_SUBJECTS for c in verb.children):
        return True  # "and neither apologized", "none of them voted": no one did it
    if any(
        c.dep_ in {"dobj", "obj"}
        and (c.lower_ in NEGATIVE_OBJECTS or any(g.dep_ == "det" and g.lower_ == "no" for g in c.children))
        for c in verb.children
    ):
        return True  # "The Sanders campaign has endorsed none of this", "backed no candidate": done to nothing
    if any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ == "neg" for c in verb.head.children if verb.dep_ == "xcomp"
    ):
        return True
    node = verb.head if verb.dep_ == "conj" and verb.head.dep_ in {"xcomp", "advcl"} else verb
    complement = node.dep_ == "xcomp" or node.dep_ == "advcl" and _infinitive(node)
    if node.dep_ == "pcomp" and node.head.lower_ == "from" and node.head.head.lemma_.casefold() == "refrain":
        return True  # "refrained from criticizing him"
    if complement and node.head.lemma_.casefold() in UNDONE_VERBS:
        return True  # "declined at first to criticize David Duke", "failed to pass": not done
    if (
        complement
        and node.head.lemma_ in {"have", "be"}
        and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in node.head.children)
    ):
        return True  # "had yet to endorse Clinton", "has yet to apologize", "is yet to sign": not (yet) done
    # "hasn't endorsed her or conceded his bid", "did not attack nor criticize": a negation governs the verbs it
    # joins with "or"/"nor" (not "but": "didn't endorse her but praised her"), when the conjunct has no subject
    # or auxiliary of its own
    if verb.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children):
        return False
    joiners = [t.lower_ for t in verb.doc[verb.head.i + 1 : verb.i] if t.dep_ == "cc" and t.head.i == verb.head.i]
    return bool(joiners) and joiners[-1] in {"or", "nor"} and _negated(verb.head)


def _poll_answer(verb: Token) -> bool:
    """ "65 percent of Republicans supported his call", "Sixty-two percent of Republicans agreed", "has backing
    from 33 percent", "is backed by 34% of GOP voters": a share of those polled, an opinion counted, not an act of the party or candidate."""
    if verb.tag_ == "VBG" and verb.dep_ in {"dobj", "nsubj", "nsubjpass", "attr", "pobj"}:
        return True  # "Mr. Sanders has backing from 33 percent": a gerund used as a noun
    if any(
        g.lemma_.casefold() in SHARE_WORDS
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for g in c.children
    ):
        return True  # "has backing from 33 percent"
    if any(
        g.lemma_.casefold() in SHARE_WORDS
        for c in verb.children
        if c.dep_ == "agent"
        for g in c.children
        if g.dep_ == "pobj"
    ):
        return True  # "He is backed by 34% of GOP voters": the passive's agent is a share of those polled
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(s.lower_ in SHARE_WORDS or s.lemma_.casefold() in SHARE_WORDS for s in subjects)


def _inside_quotes(sent: Span, token: Token) -> bool:
    """Whether the token is inside quotation marks in its sentence. Two apostrophes close a quotation opened
    with `` (the parser's convention), but without any `` in the sentence they are a straight double mark that
    opens and closes (''like this,'' in wire text)."""
    paired = any(t.text == "``" for t in sent)
    before = [t.text for t in sent if t.i < token.i]
    opening = sum(1 for t in before if t in {"\u201c", "``"})
    closing = sum(1 for t in before if t == "\u201d" or (paired and t == "''"))
    straight = sum(1 for t in before if t == '"' or (not paired and t == "''"))
    return opening > closing or (opening == closing == 0 and straight % 2 == 1)


def _events(
    verb: Token,
    code: str,
    sent: Span,
    mentions: list[Mention],
    times: list[TimeExpression],
    published: str | None,
    article_mentions: list[Mention] = (),
    unresolved: list[Mention] = (),
    target_only: list[Mention] = (),
    outlets: set[str] | frozenset[str] = frozenset(),
) -> list[Event]:
    """One event per (source, target) pair: conjoined subjects ("Norway, Ireland and Spain recognized") and
    conjoined objects ("recalled its ambassadors from Norway and Ireland") each give their own event."""
    subject_tokens, agent_tokens = _subject(verb)
    # a passive verb conjoined to an active one has no subject of its own and borrows the first verb's ("she invoked
    # the attacks ... and was roundly criticized on Twitter"): that subject is the one acted on, never the actor
    passive = bool(agent_tokens) or any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    # "was booked into jail and later released on bail": a participle conjoined to a passive verb, with no subject or
    # auxiliary of its own, shares its passive voice (not "has signed and ratified", where the first verb is active)
    passive = passive or (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and not _own_subject_or_tense(verb)
        and any(c.dep_ == "auxpass" for c in verb.head.children)
    )
    source_side = agent_tokens if passive else subject_tokens
    sources = _all_mentions(source_side, mentions, strict=True) or _pronoun_antecedents(
        verb, source_side, article_mentions or mentions
    )
    # "the party", "the court" read from the story are targets only ("joined the court's remaining liberals to
    # endorse": the justices endorse, not the court named before)
    sources = [m for m in sources if m not in target_only]
    if not sources:
        return []
    if code == "VOTE" and any(t.lemma_.casefold() in ELECTORATE_NOUNS for t in source_side):
        return []  # "34,570 U.S. citizens living abroad cast votes": voters in an election, not the state
    if code == "VOTE" and _voters_in_a_contest(verb, source_side):
        return []  # "More Republicans voted in the Michigan primary": a party's voters, not the party
    place = _place(verb, mentions, code)
    taken = {s.start for s in sources} | ({place.start} if place else set())
    # a state's own officials and agencies act for it, so it is no target of theirs; its parties, legislatures and
    # courts are other actors than its government ("Senate Democrats asked the administration", "Congress urged the
    # White House")
    own = {s.actor_id for s in sources} | {f"state:{s.country}" for s in sources if s.country and not _apart(s)}
    target_side = subject_tokens if passive else _object_tokens(verb)
    if not passive and not target_side:
        # "shot and killed federal agent David Wilhelm", "arrested and charged Smith": a verb with nothing after it but
        # the conjunction shares the object of a conjunct that tells the same kind of act, or that no code gives a
        # kind of its own ("met and talked with Xi"); not "resigned and criticized the board": resigning is done to
        # no one, and the criticism is another act
        single, phrases, _ = lexicon()
        target_side = [t for c in _raised_conjuncts(verb) if _code(c, single, phrases) in {code, None}
                       for t in _object_tokens(c)]  # fmt: skip
    # "accused Clinton allies of being traitors": the parser takes the name for a second object; it modifies the next
    target_side = [
        t
        for t in target_side
        if not (
            t.dep_ == "dative"
            and t.i + 1 < len(t.doc)
            and t.doc[t.i + 1].head.i == verb.i
            and t.doc[t.i + 1].lemma_.casefold() in SIDE_NOUNS
        )
    ]
    # "Duchovny and Anderson signed on for 'The X-Files'", "signed up for the program": joining something, each with
    # whoever runs it, not an agreement between the conjoined subjects
    joining = verb.lemma_.casefold() == "sign" and any(
        c.dep_ == "prt" and c.lower_ in {"on", "up"} for c in verb.children
    )
    if (code == "RETREAT" or joining) and not passive:
        # "resigned as chairman of the Trump campaign", "as communications director to Representative Fincher": the
        # office left names the body or person it served, which is the one left; so the role one takes names the
        # one it serves, the one joined ("signed up as a Trump delegate", "signed up to serve as a delegate for
        # Donald Trump")
        roles = [verb] + [c for c in verb.children if joining and c.dep_ in {"xcomp", "advcl"}
                          and c.lemma_.casefold() == "serve"]  # fmt: skip
        target_side += [g for r in roles for c in r.children if c.dep_ == "prep" and c.lower_ == "as"
                        for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    relative_target: list[Mention] = []
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    # the parser hangs the object's own phrase on the verb: "signed a letter from Welch" (its author),
    # "criticized his policy toward Iran" (his policy, not Iran); "recalled its ambassador from Norway" and
    # "sent its report to Congress" keep the verb's own from/to
    not_targets = set()
    if any(o.lemma_.casefold() in DOCUMENT_NOUNS | PUBLISHED_THINGS for o in objects):
        not_targets |= {"from", "by"}
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for o in objects for c in o.children):
        not_targets |= TARGET_PREPS - ACTOR_PREPS
    if not passive and not_targets:
        target_side = [t for t in target_side if not (t.head.dep_ == "prep" and t.head.lower_ in not_targets)]
    if passive and verb.dep_ == "relcl" and all(t.lower_ in RELATIVE_PRONOUNS for t in subject_tokens):
        target_side = [verb.head]  # "Michael Brown, who was shot by Darren Wilson": Brown was shot
    elif passive and verb.dep_ == "acl" and verb.tag_ == "VBN" and agent_tokens and not subject_tokens:
        target_side = [verb.head]  # "Clinton, pressed by moderator Dana Bash to release transcripts": a passive
        # participle on a noun tells what was done to that noun's referent
    elif not passive and verb.dep_ == "relcl" and (relative := _relative_object(target_side)) is not None:
        # "Mitt Romney, with whom Netanyahu worked": the noun the clause hangs on (the name right before it)
        text = doc_text(verb.doc)
        start = relative.head.idx if relative.dep_ == "pobj" else relative.idx
        adjacent = [m for m in mentions if m.end <= start and not text[m.end : start].strip(" ,")]
        target_side = [] if adjacent else [verb.head]
        relative_target = adjacent[-1:]
    # "recalled Israel's ambassadors from Norway", "expelled Russia's envoy to Oslo": an envoy's sender is the
    # actor's own side (or the one acted on when no from/to is given: "expelled Russia's diplomats"); with a
    # from/to, the state it names is the target, whatever the source's known state
    for o in objects:
        if o.lemma_.casefold() in ENVOY_NOUNS and any(
            c.dep_ == "prep" and c.lower_ in {"from", "to"} for c in (*o.children, *verb.children)
        ):
            taken |= {t.idx for c in o.children if c.dep_ == "poss" for t in c.subtree}
    # the source's own state is no target ("Dagan recalled Israel's ambassadors from Norway"), but its
    # institutions are other actors ("the White House urged Congress")
    aside = _not_acted_on(verb, code)
    candidates = [
        m
        for m in mentions
        if m.start not in taken
        and m.actor_id not in own
        and not _in_law_title(verb.doc, m)
        and not any(m.start <= i < m.end for i in aside)
        and not _medium(verb.doc, m, outlets)
        and not _described_as_place(verb.doc, m)
    ]
    if code == "LETTER":
        # the addressee is the object itself ("called Netanyahu", "spoke to both Clinton and Sanders"), never a
        # name deeper in it ("called Netanyahu's speech", "speaking to reporters at an appearance with X")
        heads = [c for c in verb.children if c.dep_ in {"dobj", "obj", "dative"}]
        heads += [g for c in verb.children if c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "with"}
                  for g in c.children if g.dep_ == "pobj"]  # fmt: skip
        targets = _all_mentions(sorted(heads, key=lambda t: t.i), candidates, strict=True)
    elif code == "MEET" and verb.lemma_.casefold() == "welcome":
        # "welcomed world leaders to the White House": the guests, never the place they were received at
        heads = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
        targets = _all_mentions(heads, candidates, strict=True)
    elif code == "VISIT" or verb.lemma_.casefold() in STATEMENT_VERBS:
        # the visited or defended is the object itself ("visited Israel", "traveled to Ohio", "defended Ms.
        # Rice"), never a name deeper in it ("a bridge between Washington and Virginia", "defended her handling
        # of the attack on the U.S. consulate")
        heads = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
        heads += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "in"}
                  for g in c.children if g.dep_ == "pobj"]  # fmt: skip
        targets = _all_mentions(sorted(heads, key=lambda t: t.i), candidates, strict=True)
    else:
        targets = _all_mentions(target_side, candidates)
    if relative_target and relative_target[0].actor_id not in own:
        targets = relative_target
    # "McCain supported it and Cruz, ..., opposed the measure": Cruz is the next clause's subject, no target
    stolen = [t for c in verb.children if c.dep_ == "conj" and (t := _stolen_subject(c)) is not None]
    targets = [m for m in targets if not any(m.start <= t.idx < m.end for t in stolen)]
    if not targets and not passive:
        targets = _object_pronoun_antecedent(target_side, article_mentions or mentions, own, code)
    if not targets and code in SYMMETRIC_CODES and len(sources) > 1 and (agent_tokens or not passive) and not joining:
        sources, targets = sources[:1], sources[1:]  # "Obama and Boehner met": one meeting, Obama -> Boehner; so
        # for conjoined agents ("the accord signed by Annan and Aziz")
    if not targets and (named := _organisation_at_head(verb, passive, subject_tokens, unresolved)) is not None:
        targets = [_named_organisation(named)]  # "criticized the NAACP": an organisation the gazetteer lacks
    if verb.lemma_.casefold() in TALK_VERBS and not (len(sources) > 1 and code in SYMMETRIC_CODES):
        # "discussed the budget with Obama" is a meeting; "discussed his affection for Ayn Rand" is talk
        heads = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
        targets = _all_mentions(heads, candidates, strict=True)
        if not targets:
            return []
    if not targets and code == "REQUEST":
        # "asked for the return of emails in a letter Friday to the FBI": a request made in a letter or message
        # is made to its addressee (wherever the parser hangs the "in" phrase inside the verb's own phrase)
        addressees = [
            g
            for t in verb.subtree
            if t.dep_ == "pobj"
            and t.lemma_.casefold() in LETTER_NOUNS
            and t.head.lower_ == "in"
            and _within_phrase(t, verb)
            for c in t.children
            if c.dep_ == "prep" and c.lower_ == "to"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        targets = (
            _all_mentions(addressees, candidates, strict=True)
            or [_named_organisation(m) for m in unresolved if any(m.start <= t.idx < m.end for t in addressees)][:1]
        )
    if not targets and code == "REQUEST":
        # "demanded that Mr. Obama resign": the one asked is the subject of the demanded clause
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        subjects = [c for cl in clauses for c in cl.children if c.dep_ in {"nsubj", "nsubjpass"}]
        targets = _all_mentions(subjects or clauses, candidates, strict=True)  # (or the clause: "resign" as a noun)
    if _enacted(verb):
        targets = []  # "signed NAFTA into law": enacting a law is done to no one, whatever the law is named after
    if code in NEEDS_TARGET and not targets:
        return []
    praised_act = verb.lemma_.casefold() in PRAISE_VERBS and any(
        c.dep_ in {"dobj", "obj"} and c.lemma_.casefold() in PRAISED_ACTS for c in verb.children
    )
    if verb.lemma_.casefold() in STATEMENT_VERBS | PRAISE_VERBS and not targets and not praised_act:
        return []  # "defended his criticism", "defended the law": a statement, not support for an actor
    if (
        code == "REQUEST"
        and not targets
        and any(c.dep_ == "xcomp" and any(g.dep_ == "auxpass" for g in c.children) for c in verb.children)
    ):
        return []  # "asking not to be identified": a reporter's condition, not a request between actors
    when = _scheduled_weekday(verb, _date(verb, sent, times, published), published)
    if (
        when is not None
        and _done(verb)
        and _starts_after(when.value, published)
        and not YEAR.search(when.text)
        and _governs(verb, when) != 0
    ):
        when = None  # "has signed up to serve as a delegate ... at this summer's convention" (published in May): an
        # act reported as done happened by the report, so a later time read from the report's date, borrowed from the
        # clause it is part of, is another act's (what it is for); a date the text writes out with its year stands
        # ("dropped out of the race May 3, 2016" in a box updated after the article's date), and so does the verb's
        # own adverbial (a year the time stage guessed: "At a January ceremony, Holm praised Kerry")
    historical = _historical(verb, when, published)
    date, precision = (when.value, when.precision) if when is not None else (published, None)
    return [
        Event(
            start=sent.start_char,
            end=sent.end_char,
            text=sent.text,
            action=_physical_attack(_verbal_attack(code, verb, source, target), verb, source, target),
            source_actor=source.actor_id,
            target_actor=target.actor_id if target else None,
            date=date,
            date_precision=precision,
            place=place.text if place else None,
            historical=historical,
            trigger=verb.text,
        )
        for source in sources
        for target in (targets or [None])
    ]


# platforms words are said on ("lashed out on Twitter"): where the act is done, never at whom
SOCIAL_MEDIA = {"twitter", "facebook", "instagram", "youtube", "snapchat", "reddit", "tiktok", "tumblr", "linkedin",
                "periscope", "medium"}  # fmt: skip


def _not_acted_on(verb: Token, code: str) -> set[int]:
    """Character offsets of words in the verb's phrase that name no one the act is done to: the charge of an
    accusation, a gerund after "of"/"for" ("accused the debate moderators of asking too many 'please attack Ted'
    questions", "blamed the administration for abandoning Israel": what the accused did, to whomever), and the agent
    of a participle or relative clause on an appositive that comments on the act ("refused to say the words, another
    moment seized upon by Republicans": the Republicans react to it, on their own; not "endorsed the compromise led by
    Sen. Collins", whose agent is the thing's author, like a possessor); and a platform after "on" ("lashed out on
    Twitter"), the medium."""
    out: set[int] = set()
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    for node in verb.subtree:
        if node.i == verb.i:
            continue
        if (
            code == "ACCUSE"
            and node.dep_ == "prep"
            and node.lower_ in {"of", "for"}
            and (node.head.i == verb.i or node.head in objects)
            and any(c.dep_ == "pcomp" for c in node.children)
        ):
            out |= {t.idx for t in node.subtree}
        if node.dep_ == "agent" and node.head.dep_ in {"acl", "relcl"} and node.head.head.dep_ == "appos":
            out |= {t.idx for t in node.subtree}
        if node.dep_ == "pobj" and node.head.lower_ == "on" and node.lower_ in SOCIAL_MEDIA:
            out |= {t.idx for t in node.subtree}  # "lashed out on Twitter", "criticized on Facebook": the medium
    if code == "ACCUSE":
        out |= _victims_and_places(verb)
    return out


# what an attack is called: condemning one is aimed at whoever did it, never at whom it hit or where
ATTACK_NOUNS = {"attack", "bombing", "blast", "explosion", "killing", "shooting", "massacre", "murder", "assault",
                "assassination", "raid", "strike", "airstrike", "atrocity", "violence", "slaying", "bloodshed",
                "terrorism", "act"}  # fmt: skip
VICTIM_PREPS = {"of", "on", "against", "at", "in", "near", "outside", "inside", "targeting"}


def _victims_and_places(verb: Token) -> set[int]:
    """Character offsets of the victims and places of an attack an accusation is about: "condemned the bombing of the
    U.S. embassies in Kenya and Tanzania", "deplored the blasts which killed scores of people outside embassies of the
    United States" are aimed at the unnamed bombers, not at the United States or Tanzania. Who did it stays a
    target: the possessor ("condemned North Korea's attack") and the agent ("the attack by Hamas")."""
    out: set[int] = set()
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for head in objects:
        if head.lemma_.casefold() not in ATTACK_NOUNS:
            continue
        if head.lemma_.casefold() == "act" and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            continue  # "condemned the act" alone names no attack ("the acts of terrorism" do)
        for child in (c for noun in (head, *head.conjuncts) for c in noun.children):
            if child.dep_ == "prep" and child.lower_ in VICTIM_PREPS or child.dep_ in {"relcl", "acl"}:
                out |= {t.idx for t in child.subtree if not _by_agent(t, child)}
    return out


def _by_agent(token: Token, top: Token) -> bool:
    """Whether the token lies under a "by" phrase inside ``top`` ("an attack on civilians carried out by Hamas")."""
    node = token
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ == "agent" or node.dep_ == "prep" and node.lower_ == "by":
            return True
        node = node.head
    return False


YEAR = re.compile(r"\b\d{4}\b")


def _starts_after(value: str | None, published: str | None) -> bool:
    """Whether a time value (a day, week, month, quarter, season or year) begins after the publication day."""
    start = first_day(value) if published and len(published) >= 10 else None
    return start is not None and start.isoformat() > published[:10]  # type: ignore[index]


def _done(verb: Token) -> bool:
    """The verb reports an act as done: a simple past ("signed") or a present perfect ("has signed"), no modal."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.lower_ in MODALS for c in aux):
        return False
    if verb.tag_ == "VBD" and not aux:
        return True
    return verb.tag_ == "VBN" and any(c.lower_ in {"has", "have", "'ve"} for c in aux)


def _within_phrase(token: Token, verb: Token) -> bool:
    """The token hangs on the verb through prepositions and nouns only, in no clause of its own."""
    node = token
    while node.i != verb.i:
        ordered = node.dep_ == "advmod" and node.lower_ in {"later", "earlier"}  # "Later in the broadcast, he praised"
        if node.dep_ not in {"prep", "pobj", "dobj", "obj", "npadvmod"} and not ordered or node.head is node:
            return False
        node = node.head
    return True


def _in_law_title(doc: Doc, mention: Mention) -> bool:
    """ "signed the Dodd-Frank Act", "voted for the McCain-Feingold law": a name inside a law's title (a proper
    name headed by Act, Law, Bill, ...) names its sponsor, not an actor the act is done to."""
    node = _mention_root(doc, mention)
    for _ in range(4):
        if node.head.i == node.i or node.dep_ not in {"compound", "nmod", "flat", "amod", "pobj", "prep", "punct"}:
            return False
        node = node.head
        if node.lower_ in LAW_TITLE_HEADS and node.text[:1].isupper() and node.i > 0:
            return True
    return False


# what an appositive calls a place ("visited Wilmington, the state's biggest city"): the parser may take the name for
# a person, but the apposition says it is somewhere, not someone
PLACE_NOUNS = {"city", "town", "capital", "village", "county", "state", "province", "region", "port", "island",
               "suburb", "district", "neighborhood", "neighbourhood", "hometown", "borough", "township"}  # fmt: skip


# words of armed attack that politics uses for words ("Jeb Bush fired at Trump", "launched a pre-emptive attack against
# Obama, calling him ...", "struck back at his critics"), unlike shoot, kill, bomb or wound
FIGURATIVE_ATTACK_VERBS = {"fire", "launch", "carry", "strike"}


# words that tell of guns and shooting: "fired at him" beside them is gunfire ("Hiller admitted firing at several other
# employees, but denied shooting at the first officers", "fired one round at Riva"), not words
ARMED_WORDS = {"gun", "handgun", "pistol", "rifle", "shotgun", "revolver", "firearm", "weapon", "round", "bullet",
               "ammunition", "gunfire", "gunman", "gunshot", "sniper", "shoot", "shooting", "shooter"}  # fmt: skip


def _armed_context(verb: Token, words: set[str] | frozenset[str] = frozenset(ARMED_WORDS), after: int = 0) -> bool:
    """Whether the verb's sentence or the two before it (and ``after`` sentences after it) speak of guns or shooting
    (or of other ``words``)."""
    doc = verb.doc
    here = sentence(verb)
    start, end = here.start, here.end
    for _ in range(2):
        if start > 0:
            start = sentence(doc[start - 1]).start
    for _ in range(after):
        if end < len(doc):
            end = sentence(doc[end]).end
    return any(t.lemma_.casefold() in words for t in doc[start:end])


# words of bodily violence: "attacked Mendes again, dragging her into the woods", "he attacked his sister ... began to
# choke the victim": an attack among private people told with them is physical
VIOLENCE_WORDS = {"stabbing", "choke", "strangle", "drag", "punch", "machete", "bludgeon", "injure", "hospitalize",
                  "hospitalise", "bruise"}  # fmt: skip


# what is attacked with force, never in words: buildings, places and vehicles (not people: "attacked law enforcement
# officers" is a politician's words)
PHYSICAL_TARGETS = {"station", "building", "embassy", "consulate", "base", "convoy", "bank", "store", "shop", "office",
                    "checkpoint", "village", "ship", "vessel", "tanker", "camp", "hospital", "school", "church",
                    "mosque", "synagogue", "home", "house", "car", "bus", "train", "plane", "aircraft", "patrol", "post",
                    "compound", "barracks", "outpost", "headquarters", "facility", "plant", "pipeline", "refinery"}  # fmt: skip


def _physical_attack(code: str, verb: Token, source: Mention, target: Mention | None) -> str:
    """ "attacked a police station, stores and banks", "attacked an army convoy": an attack on a building, a place or
    a vehicle is an assault, though "attacked Clinton" is an accusation (the verb's default). So is one state's or armed
    group's attack on a state ("Russia attacked Ukraine on Thursday"), unless it is over or for something said or done
    ("China attacked the United States over its tariffs")."""
    if code != "ACCUSE" or verb.lemma_.casefold() != "attack":
        return code
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    objects += [c for o in objects for c in o.conjuncts]
    if any(o.lemma_.casefold() in PHYSICAL_TARGETS for o in objects):
        return "ASSAULT"
    if (
        source.kind == "person"
        and (target is None or target.kind == "person")
        and _armed_context(verb, VIOLENCE_WORDS, after=2)
    ):
        return "ASSAULT"
    reasons = any(c.dep_ == "prep" and c.lower_ in {"over", "for", "about", "on"}
                  and not _when(c) for c in verb.children)  # fmt: skip
    armed_sides = source.kind in {"state", "group"} and target is not None and target.kind == "state"
    return "ASSAULT" if armed_sides and not reasons else code


def _verbal_attack(code: str, verb: Token, source: Mention, target: Mention | None) -> str:
    """An attack word between people, or aimed by a person at a party, is an attack in words (ACCUSE): people of
    politics fire at each other in speeches, not with guns; an armed attack is told with a state, an armed group or a
    force on one side, or beside words of guns and shooting."""
    if code != "ASSAULT" or verb.lemma_.casefold() not in FIGURATIVE_ATTACK_VERBS or source.kind != "person":
        return code
    if _armed_context(verb):
        return code
    if target is not None and target.kind == "person" or target is not None and _party(target):
        return "ACCUSE"
    return code


def _medium(doc: Doc, mention: Mention, outlets: set[str] | frozenset[str]) -> bool:
    """ "On CNN Tuesday, his wife called for an open primary", "said in The New York Times": a news outlet after "on"
    or "in" is where the words were said, as a platform is ("lashed out on Twitter"), never the one they are aimed at
    ("told CNN" keeps the outlet as the one told)."""
    if mention.actor_id not in outlets:
        return False
    root = _mention_root(doc, mention)
    return root.dep_ == "pobj" and root.head.lower_ in {"on", "in"}


def _described_as_place(doc: Doc, mention: Mention) -> bool:
    """The name has an appositive headed by a noun of a place ("Wilmington, the state's biggest city")."""
    root = _mention_root(doc, mention)
    return any(c.dep_ == "appos" and c.lemma_.casefold() in PLACE_NOUNS for c in root.children)


def _enacted(verb: Token) -> bool:
    """ "signed the bill into law", "signed into law in 1993": enacting is an act of government on a text."""
    return verb.lemma_.casefold() == "sign" and any(
        c.dep_ == "prep" and c.lower_ == "into" and any(g.lemma_.casefold() == "law" for g in c.children)
        for c in verb.children
    )


def _relative_object(heads: list[Token]) -> Token | None:
    """The relative pronoun among a clause's objects ("with whom Netanyahu worked", "whom Obama nominated")."""
    return next((h for h in heads if h.lower_ in {"whom", "which", "who"} and h.tag_ in {"WP", "WDT"}), None)


def _organisation_at_head(
    verb: Token, passive: bool, subject_tokens: list[Token], unresolved: list[Mention]
) -> Mention | None:
    """An unresolved organisation named by the head word of a direct object or of a "to"/"with"/"against"
    object (never a word deeper in the phrase: "at a ceremony in front of the Memorial Building" is a place)."""
    heads = subject_tokens if passive else [c for c in verb.children if c.dep_ in {"dobj", "obj", "dative"}]
    if not passive:
        # (and the addressee of "call on": "called on the Federal Emergency Management Agency to conduct a review")
        preps = {"to", "with", "against"} | ({"on"} if verb.lemma_.casefold() == "call" else set())
        heads += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
                  for g in c.children if g.dep_ == "pobj"]  # fmt: skip
        # the other party of a deal the verb makes ("agreed to a six-year deal with the Philadelphia 76ers", "signed a
        # licensing agreement with G-III"): the "with" of the deal noun itself
        deals = [d for c in verb.children if c.dep_ in {"dobj", "obj", "prep"}
                 for d in ([c] + [g for g in c.children if g.dep_ == "pobj"])
                 if d.lemma_.casefold() in DEAL_NOUNS]  # fmt: skip
        heads += [g for d in deals for c in d.children if c.dep_ == "prep" and c.lower_ == "with"
                  for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    for head in sorted(heads, key=lambda t: t.i):
        for m in unresolved:
            if m.start <= head.idx < m.end:
                return m
    return None


DEAL_NOUNS = {"deal", "agreement", "contract", "accord", "pact", "treaty", "settlement", "arrangement"}


def _named_organisation(mention: Mention) -> Mention:
    """An organisation the resolver does not know, kept under its own name as ``org:<slug>``."""
    name = re.sub(r"^(?i:the)\s+", "", mention.text.strip())
    return replace(mention, actor_id=f"org:{slug(name)}")


PERSON_PRONOUNS = {"he", "she"}
ANTECEDENT_WINDOW = 600  # characters before a pronoun's sentence: the same or the previous couple of sentences
GROUP_PRONOUNS = {"it", "they", "we"}
GROUP_KINDS = {"state", "organisation", "group"}  # the kinds of actor "it" and "they" stand for
RELATIVE_PRONOUNS = {"which", "who", "that"}


def _pronoun_antecedents(verb: Token, heads: list[Token], mentions: list[Mention]) -> list[Mention]:
    """The actor a pronoun subject stands for: a relative pronoun's noun ("The United States, which vetoed"),
    the subject of the reporting clause for "it"/"they" ("Norway, Ireland and Spain said they would
    recognize"), else the nearest actor named before it: a person for "he"/"she", a state, organisation or
    group for "it"/"they"/"we"."""
    pronoun = next((h for h in heads if h.pos_ == "PRON"), None)
    if pronoun is None:
        return []
    word = pronoun.lower_
    if word in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        # the noun the clause hangs on, never a name inside the clause itself ("Schrader, who backed Ryan";
        # "a post that criticized Sasha Obama's appearance")
        inside = {t.idx for t in verb.subtree}
        # the noun itself, not the names conjoined before it ("Preibus, Cino, Anuzis and Gentry Collins, who
        # resigned last month": Collins resigned)
        outside = [m for m in mentions if m.start not in inside]
        text = doc_text(verb.doc)
        adjacent = [m for m in outside if m.end <= pronoun.idx and not text[m.end : pronoun.idx].strip(" ,")]
        if adjacent and (_place_qualifier(verb.doc, adjacent[-1]) or _place_of_an_attack(verb.doc, adjacent[-1])):
            return []  # "the attack on the compound in Benghazi, Libya, which killed four": Libya places Benghazi
        found = adjacent[-1] if adjacent else _first_mention([verb.head], outside)
        if found is None and verb.head.dep_ == "appos":
            # "Bob Mulholland, a California superdelegate and Clinton supporter who has accused": a description in
            # apposition names no actor of its own (a side noun is not its person), so the clause is the name's
            found = _first_mention([verb.head.head], outside)
        return [found] if found is not None else []
    owner = pronoun.head  # the verb the pronoun is the subject of ("it continued to back": "continued")
    if word in PERSON_PRONOUNS and owner.dep_ == "ccomp" and owner.head.lemma_.casefold() in QUESTION_VERBS:
        # "asking Rubio why he decided to attack Trump", "asked Obama whether he would veto": a question put to
        # someone about what "he" did is put to that person about himself
        wh = any(c.lower_ in {"why", "how", "whether", "if", "when"} for c in owner.children)
        asked = [c for c in owner.head.children if c.dep_ in {"dobj", "obj", "dative"}]
        found = [m for m in _all_mentions(asked, mentions, strict=True) if m.kind == "person"]
        if wh and len(found) == 1 and _gender(pronoun.doc, found[0].actor_id, mentions) in {None, word}:
            return found
    if word in PERSON_PRONOUNS and owner.dep_ == "ccomp" and owner.head.dep_ == "relcl":
        # "Jeb Bush, who announced he is suspending his campaign": "he" in what the relative clause's subject
        # says is that subject, the noun the clause hangs on (not the main clause's subject)
        who = [c for c in owner.head.children if c.dep_ == "nsubj" and c.lower_ in {"who", "that"}]
        found = _pronoun_antecedents(owner.head, who, mentions) if who else []
        if found and found[0].kind == "person" and _gender(pronoun.doc, found[0].actor_id, mentions) in {None, word}:
            return found
    if word in GROUP_PRONOUNS and owner.dep_ == "ccomp":
        reporters = [c for c in owner.head.children if c.dep_ == "nsubj"]
        # (strict: "Elian's relatives in Miami said they would appeal": a person's relatives are not that person)
        found = _all_mentions(reporters, mentions, strict=True)
        if found:
            return found
        # "A fresh move from Israel. Its foreign ministry informed Norway that it was revoking": "it" is the reporting
        # institution's, and "its" the state or organisation last named before it, whatever its role there
        owners = [c for r in reporters if r.lemma_.casefold() in INSTITUTION_NOUNS for c in r.children
                  if c.dep_ == "poss" and c.lower_ in {"its", "their"}]  # fmt: skip
        if owners:
            window = sentence(owners[0]).start_char - ANTECEDENT_WINDOW
            named = [m for m in mentions if window <= m.start and m.end <= owners[0].idx
                     and m.kind in GROUP_KINDS and m.actor_id]  # fmt: skip
            return named[-1:]
    kinds = {"person"} if word in PERSON_PRONOUNS else GROUP_KINDS if word in GROUP_PRONOUNS else set()
    # a pronoun never stands for a noun of its own clause ("the Obama administration, which he criticized")
    clause = verb.head if verb.dep_ == "relcl" else verb
    own = (clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text))
    window = sentence(pronoun).start_char - ANTECEDENT_WINDOW
    earlier = [
        m
        for m in mentions
        if window <= m.start
        and m.end <= pronoun.idx
        and m.kind in kinds
        and m.actor_id
        and not own[0] <= m.start < own[1]
    ]
    doc = pronoun.doc
    if word in PERSON_PRONOUNS:
        earlier = [m for m in earlier if _gender(doc, m.actor_id, mentions) in {None, word}]
    if word == "it":
        # "Trump and other Republicans pointed at ... Islamic State militants. It has seized": "it" is one body, never a
        # plural named as people ("Republicans", "Democrats")
        earlier = [m for m in earlier if _mention_root(doc, m).tag_ not in {"NNS", "NNPS"}]
    # the pronoun continues the topic: the actor last named as the subject of a main clause ("Mr. Sestak said Mr.
    # Clinton had conveyed ..., but he declined"), else as any subject ("Lynch holds more conservative positions
    # than Markey; he opposes"), else the actor last named ("he"/"she" only: "they" is mostly people the
    # resolver does not know, "they examined")
    roots = [_mention_root(doc, m) for m in earlier]
    subject = [r.dep_ in {"nsubj", "nsubjpass"} or r.dep_ == "ROOT" for r in roots]  # ROOT: "Trump, ..., seized"
    # parsed as a name with a participle
    here = sentence(pronoun)
    # in the pronoun's own sentence, the subject of a clause the pronoun is part of ("unhappy that Obama agreed
    # to ... and that he agreed"), not of a clause beside it ("He suggested that Mr. Trump was coming, and he urged")
    local = [m for m, r, s_ in zip(earlier, roots, subject, strict=True)
             if s_ and m.start >= here.start_char and pronoun.i in {t.i for t in r.head.subtree}]  # fmt: skip
    # (a clause conjoined to the main one is a main clause too: "Clinton put Sanders on the defensive ..., but a
    # hoarse-voiced Sanders got in numerous digs. He accused Clinton" -> Sanders)
    main = [m for m, r, s_ in zip(earlier, roots, subject, strict=True)
            if s_ and (r.head.dep_ == "ROOT" or r.head.dep_ == "conj" and r.head.head.dep_ == "ROOT")]  # fmt: skip
    # (a ROOT mention is its own head, so it counts as a main subject)
    subjects = [m for m, s_ in zip(earlier, subject, strict=True) if s_]
    # else the topic of the pronoun's own sentence, its first subject (or the possessor of it) before the pronoun,
    # before the subjects of earlier sentences ("Rubio gave an interview ..., and he condemned ISIS", however the
    # parser hangs the first clause; "Reeves's decision comes 20 months after he struck down")
    # (only when that subject is a name: "He suggested that Mr. Trump was coming, and he urged" keeps "He"'s person)
    first = next((t for t in here if t.i < pronoun.i and (t.dep_ in {"nsubj", "nsubjpass"} or t.dep_ == "poss"
                  and t.head.dep_ in {"nsubj", "nsubjpass"})), None)  # fmt: skip
    topic = [m for m, r in zip(earlier, roots, strict=True) if first is not None and r.i == first.i][:1]
    if word in PERSON_PRONOUNS and first is not None and first.pos_ != "PROPN" and first.lower_ not in PERSON_PRONOUNS:
        # a sentence whose first subject is no name and no person ("That left Sen. Ted Cruz center stage and
        # fielding the most attacks -- so much so that he accused"): the one person it names before "he" is the topic
        people = {m.actor_id: m for m in earlier if m.start >= here.start_char}
        topic = topic or (list(people.values()) if len(people) == 1 else [])
    earlier = local or topic or main or subjects or (earlier if word in PERSON_PRONOUNS else [])
    return [earlier[-1]] if earlier else []


def _place_of_an_attack(doc: Doc, mention: Mention) -> bool:
    """ "the twin bombings at U.S. embassies in Kenya and Tanzania, which have killed more than 250 people": a place
    named in a locative phrase of an attack is where it happened; a relative clause after it tells of the attack
    (whatever the parser hangs it on), never of the place."""
    node = _mention_root(doc, mention)
    for _ in range(4):
        if node.dep_ == "conj":
            node = node.head
        if node.dep_ != "pobj" or node.head.lower_ not in {"in", "at", "near", "outside", "on"}:
            return False
        node = node.head.head
        if node.lemma_.casefold() in ATTACK_NOUNS:
            return True
    return False


def _place_qualifier(doc: Doc, mention: Mention) -> bool:
    """ "Benghazi, Libya", "Columbus, Ohio": a state or region named after a place and a comma qualifies the
    place; it is not the noun a following relative clause is about."""
    before = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if before is None or before.start < 2 or doc[before.start - 1].text != ",":
        return False
    place = doc[before.start - 2]
    return mention.label in {"GPE", "LOC"} and place.ent_type_ in {"GPE", "LOC", "FAC"}


def _object_pronoun_antecedent(
    heads: list[Token], mentions: list[Mention], own: set[str | None], code: str = ""
) -> list[Mention]:
    """ "Republicans accused him of ...", "met with her": the person last named before an object "him"/"her"
    (of the pronoun's gender when the article gives one), never the source itself. A possessor ("called for
    his resignation") likewise, unless the person last named is the source ("Obama defended his record")."""
    if code in BLAME_CODES and (group := _accused_group_antecedent(heads, mentions, own)) is not None:
        return [group]
    pronoun = next((h for h in heads if h.lower_ in {"him", "her"} and h.tag_ == "PRP"), None)
    possessive = pronoun is None
    if possessive:
        pronoun = next((c for h in heads for c in h.children
                        if c.dep_ == "poss" and c.lower_ in {"his", "her"} and c.tag_ == "PRP$"), None)  # fmt: skip
    if pronoun is None:
        return []
    word = "he" if pronoun.lower_ in {"him", "his"} else "she"
    window = sentence(pronoun).start_char - ANTECEDENT_WINDOW
    earlier = [
        m
        for m in mentions
        if m.kind == "person" and m.actor_id and window <= m.start and m.end <= pronoun.idx
        and _gender(pronoun.doc, m.actor_id, mentions) in {None, word}
    ]  # fmt: skip
    if possessive and earlier and earlier[-1].actor_id in own and code in {"ACCUSE", "REJECT"}:
        # "Trump spoke ... Rubio slammed his proposal", "rejected his offer to debate", "criticized his remarks": one
        # attacks or turns down another's proposal, offer or words, not one's own, so "his" is the person named
        # before the source
        thing = pronoun.head
        if (
            thing.dep_ in {"dobj", "obj"}
            and thing.lemma_.casefold() in CONTENT_NOUNS | ACT_ANAPHORS | ACCEPTED_PROPOSALS
        ):
            others = [m for m in earlier if m.actor_id not in own]
            return others[-1:]
    if possessive:
        return [earlier[-1]] if earlier and earlier[-1].actor_id not in own else []
    earlier = [m for m in earlier if m.actor_id not in own]
    return [earlier[-1]] if earlier else []


GROUP_OBJECT_PRONOUNS = {"it", "them"}
# "accused it of trying to bribe", "blamed them for the delay", "threatening them with sanctions": the preposition that
# tells what the one acted on did or will suffer, so "it"/"them" stands for an agent, never a thing
AGENT_COMPLEMENTS = {"of", "for", "with"}
# acts whose object is blamed or threatened for what it did ("hand them over for trial" is no such act)
BLAME_CODES = {"ACCUSE", "THREATEN", "SANCTION", "COERCE"}


# words in the name of a state's legislature or court
LEGISLATURE_WORDS = {"congress", "senate", "parliament", "assembly", "duma", "knesset", "house", "court", "bundestag",
                     "legislature", "rada", "majlis", "judiciary"}  # fmt: skip


def _apart(source: Mention) -> bool:
    """A party, legislature or court of a state: an actor apart from the state's government, which it may act on."""
    return source.kind == "group" or bool(LEGISLATURE_WORDS & set((source.name or "").casefold().split()))


def _accused_group_antecedent(heads: list[Token], mentions: list[Mention], own: set[str | None]) -> Mention | None:
    """ "Republicans accused it of trying to bribe a congressman" (it: the White House), "he accuses it of stealing
    jobs" (China), "accusing them of working to scuttle the proposal" (Priebus and his allies): the object "it" or
    "them" of an accusation or threat whose verb goes on with "of"/"for"/"with" is an actor, the last one named
    before it in this or the previous sentence: for "it" a state, organisation or group; for "them" one of those or
    a person named with others. Never the source's own side; a plain "it" ("voted for it", "turned it down") is a
    thing and is left alone."""
    pronoun = next((h for h in heads if h.lower_ in GROUP_OBJECT_PRONOUNS and h.dep_ in {"dobj", "obj"}), None)
    if pronoun is None or not any(
        c.dep_ == "prep" and c.lower_ in AGENT_COMPLEMENTS and c.i > pronoun.i for c in pronoun.head.children
    ):
        return None
    doc = pronoun.doc
    window = sentence(pronoun).start_char - ANTECEDENT_WINDOW

    def plural_person(m: Mention) -> bool:
        root = _mention_root(doc, m)
        return any(c.dep_ == "conj" for c in root.children) or root.dep_ == "conj"

    earlier = [
        m
        for m in mentions
        if m.actor_id and window <= m.start and m.end <= pronoun.idx and m.actor_id not in own
        and (m.kind in GROUP_KINDS or pronoun.lower_ == "them" and m.kind == "person" and plural_person(m))
    ]  # fmt: skip
    return earlier[-1] if earlier else None


def _mention_root(doc: Doc, mention: Mention) -> Token:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else doc[0]


def _gender(doc: Doc, actor_id: str | None, mentions: list[Mention]) -> str | None:
    """ "he" or "she" when the article gives a person a gendered honorific ("Mr. Trump", "Ms. Zimmer") or a
    gendered title ("King"), else None (unknown: either pronoun may stand for them)."""
    found = set()
    for m in mentions:
        if m.actor_id != actor_id:
            continue
        words = (doc_text(doc)[max(0, m.start - 6) : m.start] + " " + m.text).casefold().split()
        if any(w in MALE_TITLES for w in words):
            found.add("he")
        if any(w in FEMALE_TITLES for w in words):
            found.add("she")
    return found.pop() if len(found) == 1 else None


def _title_mentions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "the president", "the governor": the person the article last named with that title ("Gov. Asa
    Hutchinson ... called on the governor to veto"). Only a bare singular title with "the" (not "the
    country's president", "the president of Mexico", "the former governor"); none when no one earlier bears it."""
    people = [m for m in mentions if m.kind == "person"]
    out: list[Mention] = []
    for token in doc:
        key = token.lower_
        if key not in TITLE_WORDS or token.tag_ != "NN" or token.dep_ in {"compound", "amod"}:
            continue
        children = list(token.children)
        if [c.lower_ for c in children if c.dep_ == "det"] != ["the"]:
            continue
        # "the House speaker", "the Senate majority leader" name the same office; "the Texas governor" may not
        if any(c.dep_ in {"poss", "compound", "amod", "prep", "nmod", "appos"} and c.lower_ not in {"house", "senate"}
               for c in children):  # fmt: skip
            continue
        titled = [
            m
            for m in people
            if m.end <= token.idx
            and set(doc_text(doc)[max(0, m.start - 40) : m.start].casefold().split()[-3:] + m.text.casefold().split())
            & TITLE_WORDS[key]
        ]
        if titled:
            # of those who bear the title, the one named in this or the previous sentence ("Gov. Mike Pence
            # has been defending it since the governor signed it"), else the one the article has named most so
            # far (its subject: "Arkansas Gov. Asa Hutchinson", not the Indiana governor named once)
            before = [m for m in people if m.end <= token.idx and m.actor_id in {t.actor_id for t in titled}]
            here = sentence(token)
            previous = doc[here.start - 1].sent.start_char if here.start > 0 else here.start_char
            near = [m for m in before if m.start >= previous]
            counts = Counter(m.actor_id for m in before)
            best = near[-1] if near else max(before, key=lambda m: (counts[m.actor_id], m.start))
            out.append(replace(best, start=token.idx, end=token.idx + len(token.text), text=token.text))
    return out


def _party_named_on(token: Token, gaz: Gazetteer) -> Actor | None:
    """The one party a noun's adjectives or compounds name ("the GOP nominee", "Republican leaders"), else None (none,
    or both: "Republican and Democratic leaders")."""
    parties = {
        party.id: party
        for c in token.children
        if c.dep_ in {"amod", "compound"} and c.i < token.i and (party := _party_of_adjective(c, gaz)) is not None
    }
    return next(iter(parties.values())) if len(parties) == 1 else None


def _people_parties(doc: Doc, people: list[Mention], gaz: Gazetteer) -> dict[str, str]:
    """The party the article's titles give its people ("Republican presidential nominee Donald Trump", "GOP
    front-runner Donald Trump"): a party adjective among the title words right before a name."""
    out: dict[str, str] = {}
    for m in people:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not m.actor_id:
            continue
        # (the title words may be inside the mention, or right before it)
        k = span.end - 2
        while k >= max(0, span.start - 6) and (
            k >= span.start or doc[k].is_space or doc[k].tag_ in {"NN", "NNP", "JJ", "NNPS", "HYPH"}
        ):
            if (party := _party_of_adjective(doc[k], gaz)) is not None:
                out.setdefault(m.actor_id, party.id)
                break
            k -= 1
    return out


def _epithet_mentions(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """ "urged the Manhattan mogul to release the tapes", "attacked the billionaire": news avoids repeating a name
    by an epithet of the story's main figure (elegant variation). A definite epithet as an object (never a subject:
    the actor of an act is named) stands for the person the article has named most so far, when that person
    is named at least twice and more often than anyone else (else it stays unresolved). An epithet that names a
    party ("the GOP nominee") counts only the people the article's titles give that party."""
    people = [m for m in mentions if m.kind == "person" and m.actor_id]
    partisans = _people_parties(doc, people, gaz)
    out: list[Mention] = []
    for token in doc:
        object_possessor = token.dep_ == "poss" and token.head.dep_ in {"dobj", "obj", "pobj", "dative"}
        if (
            token.lower_ not in EPITHET_NOUNS
            or token.tag_ != "NN"
            or token.dep_ not in {"dobj", "obj", "pobj", "dative"}
            and not object_possessor
        ):
            continue  # ("condemned the GOP candidate's proposal": the candidate's, an object's possessor)
        children = list(token.children)
        if [c.lower_ for c in children if c.dep_ == "det"] != ["the"] or any(
            c.dep_ in {"poss", "appos", "relcl", "acl"} or c.dep_ == "prep" and c.lower_ in RESTRICTING_PREPS
            for c in children
        ):
            continue  # "the mogul's lawyer", "the billionaire Donald Trump", "the developer of the site" (a phrase
            # the parser hangs on the noun but that tells the act's place or time stays: "the nominee on Facebook")
        if token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN":
            continue  # "the billionaire Donald Trump": the name follows
        here = sentence(token)
        party = _party_named_on(token, gaz)
        counts = Counter(
            m.actor_id
            for m in people
            if m.end <= token.idx and (party is None or partisans.get(m.actor_id or "") == party.id)
        )
        subjects = {
            m.actor_id
            for m in people
            if here.start_char <= m.start < token.idx and _mention_root(doc, m).dep_ not in {"compound", "amod"}
        }  # the sentence's own actors are not its epithet's referent ("Cruz ... urged the mogul"); a name used as
        # a noun's modifier is not named in its own right ("Giuliani, a close Trump adviser, has urged the candidate")
        ranked = [(n, a) for a, n in counts.most_common() if a not in subjects]
        if not ranked or ranked[0][0] < 2 or len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
            continue
        best = next(m for m in reversed(people) if m.actor_id == ranked[0][1])
        out.append(replace(best, start=token.idx, end=token.idx + len(token.text), text=token.text))
    return out


RESTRICTING_PREPS = {"of", "from", "for", "to", "with", "in"}  # "the candidate of the left", "the nominee in 2012"


def _modifies_epithet(doc: Doc, mention: Mention, epithets: set[int]) -> bool:
    """The mention modifies an epithet read as a person ("the GOP nominee", "the Republican candidate's plan")."""
    root = _mention_root(doc, mention)
    return root.dep_ in {"compound", "amod", "nmod"} and root.head.idx in epithets


def _party(mention: Mention) -> bool:
    return mention.kind == "group" and bool(mention.actor_id) and (mention.name or "").endswith(" Party")


def _party_mentions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "urged the rest of the party to coalesce", "warned the party": in political news "the party", unnamed, is
    the story's party, the one the article has named most so far (at least twice and more often than any other
    party; else it stays unresolved). As for epithets, only an object ("the party" as a subject is not resolved),
    and only "the party" itself ("the party's nomination", "the party of Lincoln", "a party" are not)."""
    parties = [m for m in mentions if _party(m)]
    out: list[Mention] = []
    for token in doc:
        if token.lower_ != "party" or token.tag_ != "NN" or token.dep_ not in {"dobj", "obj", "pobj", "dative"}:
            continue
        children = list(token.children)
        if [c.lower_ for c in children if c.dep_ == "det"] != ["the"] or any(
            c.dep_ in {"poss", "prep", "appos", "relcl", "acl", "amod", "compound"} for c in children
        ):
            continue  # "the party's nominee", "the party of Lincoln", "the Republican party" (named)
        counts = Counter(m.actor_id for m in parties if m.end <= token.idx).most_common(2)
        if not counts or counts[0][1] < 2 or len(counts) > 1 and counts[1][1] == counts[0][1]:
            continue
        best = next(m for m in reversed(parties) if m.actor_id == counts[0][0] and m.end <= token.idx)
        out.append(replace(best, start=token.idx, end=token.idx + len(token.text), text=token.text))
    return out


# office-holders and candidates of a party, named by the party's adjective ("Republican leaders", "Democratic
# candidates", "GOP lawmakers"): they act for the party, as "Republicans" does; its voters and supporters do not
PARTY_MEMBER_NOUNS = {"leader", "lawmaker", "legislator", "politician", "senator", "congressman", "congresswoman",
                      "congressmen", "congresswomen", "representative", "official", "candidate", "governor",
                      "hopeful", "contender", "leadership", "establishment", "officeholder", "incumbent"}  # fmt: skip


def _party_of_adjective(word: Token, gaz: Gazetteer) -> Actor | None:
    """The party a capitalised adjective names, by the gazetteer's names of its parties (groups): the adjective
    itself ("GOP"), its plural ("Republicans", "Democrats"), or it with "Party" ("Democratic Party")."""
    if not word.text[:1].isupper():
        return None  # "conservative leaders": a leaning, not a party
    for name in (word.text, word.text + "s", word.text + " Party"):
        actor = gaz.lookup(name)
        if actor is not None and actor.kind == "group":
            return actor
    return None


def _party_member_mentions(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """ "asked Republican leaders to disavow Mr. Trump", "refused to repudiate Republican politicians", "calling on
    Democratic candidates to support the $15 minimum wage": a party's office-holders or candidates, named by the
    party's adjective, are the party (as "Republicans" is). Only such nouns ("Republican voters", "Democratic
    donors", "GOP supporters" are not the party: they act for themselves), only in the plural or as a body ("the
    Republican leadership"), and, like "the party", only as an object: a target."""
    out: list[Mention] = []
    for token in doc:
        if token.lemma_.casefold() not in PARTY_MEMBER_NOUNS or token.pos_ != "NOUN":
            continue
        if token.tag_ != "NNS" and token.lower_ not in {"leadership", "establishment"}:
            continue
        if token.dep_ not in {"dobj", "obj", "pobj", "dative"}:
            continue
        party = _party_named_on(token, gaz)
        if party is None:
            continue  # none, or "Republican and Democratic leaders" (both parties)
        out.append(
            Mention(
                start=token.idx,
                end=token.idx + len(token.text),
                text=token.text,
                actor_id=party.id,
                name=party.name,
                kind=party.kind,
                label="NORP",
                country=party.country,
            )
        )
    return out


# a war named after the state it is fought in or against: "voted for the Iraq war", "condemned the Iraq war"; who is
# for or against that war acts toward that state
WAR_NOUNS = {"war", "invasion", "occupation"}


def _war_mentions(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """The state a war is named after ("the Iraq war", "the Vietnam War"), as a target only: the parser reads such a
    name as an event, so no actor mention covers the state. Only the war as an object ("voted for the Iraq war",
    "opposed the Vietnam War"), not "the Iraq war veteran" (a person described) nor "the war's cost"."""
    out: list[Mention] = []
    for token in doc:
        if token.lemma_.casefold() not in WAR_NOUNS or token.dep_ not in {"dobj", "obj", "pobj"}:
            continue
        for name in (c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i):
            state = gaz.lookup(name.text)
            if state is None or state.kind != "state":
                continue
            out.append(Mention(start=name.idx, end=name.idx + len(name.text), text=name.text, actor_id=state.id,
                               name=state.name, kind=state.kind, label="GPE", country=state.country))  # fmt: skip
    return out


def _court_mentions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "blamed the court's 'four liberal justices'", "asked the court to intervene": "the court", bare, after the
    article has named a court ("the Supreme Court refused to reinstate the law") is the court named last before it.
    As for "the party", only as an object or an object's possessor, and only "the court" itself ("the appeals court",
    "a court" are not)."""
    courts = [
        m if m.actor_id else _named_organisation(m)  # (a court the gazetteer lacks, kept by its name)
        for m in mentions
        if (m.kind == "organisation" or not m.actor_id and m.label == "ORG")
        and (m.name or m.text).casefold().endswith("court")
    ]
    out: list[Mention] = []
    for token in doc:
        if token.lower_ != "court" or token.tag_ != "NN":
            continue
        if token.dep_ not in {"dobj", "obj", "pobj", "dative"} and not (
            token.dep_ == "poss" and token.head.dep_ in {"dobj", "obj", "pobj", "dative"}
        ):
            continue
        children = list(token.children)
        if [c.lower_ for c in children if c.dep_ == "det"] != ["the"] or any(
            c.dep_ in {"poss", "prep", "appos", "relcl", "acl", "amod", "compound"} for c in children
        ):
            continue
        before = [m for m in courts if m.end <= token.idx]
        if before:
            best = before[-1]
            out.append(replace(best, start=token.idx, end=token.idx + len(token.text), text=token.text))
    return out


def _all_mentions(heads: list[Token], mentions: list[Mention], strict: bool = False) -> list[Mention]:
    """The actor a phrase names and those conjoined with it ("Norway, Ireland and Spain"), one per actor."""
    first = _first_mention(heads, mentions, strict)
    if first is None:
        return []
    out = [first]
    anchor = _token_at(heads, first)
    if anchor is not None:
        for conj in anchor.conjuncts:
            for m in mentions:
                if m.start <= conj.idx < m.end and m.actor_id not in {o.actor_id for o in out}:
                    out.append(m)
    return out


def _token_at(heads: list[Token], mention: Mention) -> Token | None:
    """The token of the mention's head inside the phrases of ``heads`` (its syntactic head in the mention)."""
    for h in heads:
        for t in h.subtree:
            if mention.start <= t.idx < mention.end and not (mention.start <= t.head.idx < mention.end):
                return t
    return None


def _stolen_subject(verb: Token) -> Token | None:
    """ "McCain supported it and Cruz, as he has in the past, opposed the measure": the parser joins "Cruz" to the
    object "it" and leaves "opposed" without a subject; a name after "and", set off by a comma and followed by a
    finite verb with an object of its own, is that verb's subject (a conjoined object would close the clause)."""
    if verb.dep_ != "conj" or verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) or not any(
        c.dep_ in {"dobj", "obj"} for c in verb.children
    ):
        return None
    doc = verb.doc
    for obj in (c for c in verb.head.children if c.dep_ in {"dobj", "obj"}):
        for name in obj.conjuncts:
            after = max(t.i for t in name.subtree) + 1
            if (
                obj.i < name.i < verb.i
                and name.pos_ == "PROPN"
                and doc[name.left_edge.i - 1].lower_ in {"and", "but"}
                and after < len(doc)
                and doc[after].text == ","
            ):
                return name
    return None


def _gerund_possessor(verb: Token) -> Token | None:
    """ "complained about the United States' backing independence for Kosovo", "Trump's attacking Clinton": a
    possessive right before a gerund names the gerund's own doer, not the subject of the clause it hangs in."""
    if verb.tag_ != "VBG" or verb.i == 0 or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    mark = verb.doc[verb.i - 1]
    if mark.tag_ == "POS" and mark.dep_ == "case" and mark.head.i < mark.i:
        return mark.head
    return next((c for c in verb.children if c.dep_ == "poss" and c.pos_ in {"PROPN", "NOUN"}), None)


def _subject(verb: Token) -> tuple[list[Token], list[Token]]:
    """Heads of the verb's subject and of a passive's "by" agent; an xcomp or conj borrows its head's."""
    if (stolen := _stolen_subject(verb)) is not None:
        return [stolen], []
    if (possessor := _gerund_possessor(verb)) is not None:
        return [possessor], []
    head = verb
    for _ in range(3):
        subject = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}]
        # the parser may take a dateline for the subject, with the real one in apposition ("BRUSSELS -- Norway
        # and Sweden met") or beside it ("WASHINGTON -- President Obama and ... met")
        # so does a group named by a plural noun with its members named in apposition ("the two leading Republicans,
        # Donald J. Trump and Senator Ted Cruz, have criticized"): the named members act, not the party
        subject = [
            a
            for c in subject
            for a in ([g for g in c.children if g.dep_ == "appos"] if _dateline(c) or _named_members(c) else [c])
        ]
        agent = [g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if subject or agent:
            return subject, agent
        if head.dep_ == "xcomp" and (objects := [c for c in head.head.children if c.dep_ in {"dobj", "obj"}]):
            return objects, []  # "got the EU to speak": the object of "got" does the complement
        if head.dep_ in {"xcomp", "conj", "advcl"} and head.head is not head:
            head = head.head  # "Norway decided to recognize": the subject of "decided"
        else:
            break
    return [], []


# contests that people vote in as voters ("voted in the primary"); lawmakers vote on or for measures
ELECTORAL_CONTESTS = {"primary", "primaries", "caucus", "caucuses", "election", "elections", "referendum", "runoff",
                      "ballot", "poll", "polls", "contest"}  # fmt: skip


def _voters_in_a_contest(verb: Token, subject: list[Token]) -> bool:
    """A plural of people ("Republicans", "Democrats", "Americans") voting in a primary, an election or a referendum:
    the party's or the country's voters, not the party or the state acting."""
    plural = any(t.tag_ in {"NNS", "NNPS"} for t in subject)
    contest = any(
        c.dep_ == "prep"
        and c.lower_ in {"in", "at"}
        and any(g.lemma_.casefold() in ELECTORAL_CONTESTS for g in c.children)
        for c in verb.children
    )
    return plural and contest


def _named_members(noun: Token) -> bool:
    """A plural noun ("Republicans", "the two senators") with proper names in apposition."""
    return noun.tag_ in {"NNS", "NNPS"} and any(
        c.dep_ == "appos" and c.pos_ == "PROPN" and c.tag_ == "NNP" for c in noun.children
    )


DATELINE_DASHES = {"--", "-", "\u2014", "\u2013", ":"}


def _dateline(token: Token) -> bool:
    """A dateline: a place in capitals opening the sentence, then a dash ("WASHINGTON --", "TEL AVIV —",
    "FERGUSON, Mo. —", "OSLO, March 2 (Continental Wire) -")."""
    doc = token.doc
    start = sentence(token).start
    if not (start <= token.i < start + 4 and token.is_upper and token.is_alpha):
        return False
    lead = doc[start : min(len(doc), start + 12)]  # "OSLO, March 2 (Continental Wire) -"
    dash = next((t.i for t in lead if t.text in DATELINE_DASHES), None)
    return dash is not None and token.i < dash and any(t.is_upper and t.is_alpha for t in doc[start:dash])


def _object_tokens(verb: Token) -> list[Token]:
    """Heads of the verb's objects and prepositional objects, nearest first."""
    out: list[Token] = []
    # "voted 143 to 9 to back a Palestinian bid": a tally is no object, and what was voted for is the xcomp's
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS and not c.like_num]
    for child in verb.children:
        if child.dep_ in {"npadvmod", "tmod"} and child.ent_type_ in {"DATE", "TIME"}:
            # "endorsed Cruz Wednesday", "met Obama Tuesday": the parser makes the name a compound of the weekday
            out.extend(c for c in child.children if c.dep_ == "compound" and c.ent_type_ not in {"", "DATE", "TIME"})
        if child.dep_ in OBJECT_DEPS:
            out.append(child)
            if child.ent_type_ == "MONEY":
                # "donated close to $300,000 for Republicans", "gave $1 million to the campaign": a sum is no
                # actor, and the parser hangs its recipient on it
                out.extend(g for p in child.children if p.dep_ == "prep" and p.lower_ in {"to", "for"}
                           for g in p.children if g.dep_ == "pobj")  # fmt: skip
        elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
            out.extend(g for g in child.children if g.dep_ == "pobj")
        elif child.dep_ == "xcomp" and child.pos_ == "PROPN":
            out.append(child)  # "yielded to Trump": the parser reads "to" as an infinitive's and the name as its verb
        elif child.dep_ == "xcomp" and not objects:
            out.extend(_object_tokens(child))  # "agreed to meet Norway"; not "urged Europe to recognize X"
    return sorted(out, key=lambda t: t.i)


# people who act on their own account (entities' groups, and crowds of private people), and where they are
PRIVATE_PEOPLE = set(PRIVATE_GROUP_NOUNS) | {"people", "citizen", "resident", "crowd", "thousand", "hundred",
                                             "dozen", "worker", "voter", "man", "woman"}  # fmt: skip
LOCATIVE_PREPS = {"in", "from", "at", "near", "across", "throughout", "outside", "around"}


def _first_mention(heads: list[Token], mentions: list[Mention], strict: bool = False) -> Mention | None:
    """The actor a phrase names: the mention at its head ("Kari Holm" in "Norwegian ... Kari Holm"), else the
    first mention inside it ("Hungarian" in "Hungarian officials"). ``strict`` (for the actor who acts): a
    mention inside the phrase counts only as a modifier of its head ("U.S. officials", "the leaders of the
    EU", "Obama's administration"), never inside a clause or as another person's possessor ("Jackson's
    wife", "the lawsuit, which was brought by Bruning")."""
    for head in heads:
        if head.pos_ == "NUM" or head.like_num:
            continue  # "143 of the 193 UN member states recognized": a count of states, not the UN
        for m in mentions:
            if m.start <= head.idx < m.end:
                return m
        conjuncts = [head, *head.conjuncts]
        for conj in conjuncts:
            for m in mentions:
                if m.start <= conj.idx < m.end:
                    return m
        # "the CNN medical correspondent Dr Sanjay Gupta", "the country's foreign minister, Kari Holm": a person named in
        # apposition to the head is the one the phrase names, not the employer or state inside its description
        for appos in (c for c in head.children if not strict and c.dep_ == "appos" and c.pos_ == "PROPN"):
            named = [m for m in mentions if m.start <= appos.idx < m.end and m.kind == "person"]
            if named:
                return named[0]
        tokens = list(head.subtree)
        if not strict and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children):
            # "his foreign policy toward Iran": the phrase is his, not Iran's ("its ambassador from Norway", "their
            # support for Mr. Steele" keep the from/to/for the parser often hangs on the object)
            tokens = [t for t in tokens if not _under_prep(t, head, TARGET_PREPS - ACTOR_PREPS)]
        if strict and head.lemma_.casefold() in PRIVATE_PEOPLE:
            # "Rioting youths in the Greek capital attacked", "Thousands of people in Germany have been demonstrating":
            # private people are not the state of the place they are in (its officials are: "officials in Athens")
            tokens = [t for t in tokens if not _under_prep(t, head, LOCATIVE_PREPS)]
        if not strict and head.lemma_.casefold() in DOCUMENT_NOUNS | PUBLISHED_THINGS:
            # "signed a letter from Welch", "a report by the committee": the author is no target
            tokens = [t for t in tokens if not _under_prep(t, head, {"from", "by"})]
        if not strict and head.pos_ == "NOUN":
            # "refused to join the earlier debate that included Huckabee and Santorum": who takes part in what a
            # relative clause tells of the object is no one the act is done to
            told = {t.i for c in head.children if c.dep_ == "relcl" for t in c.subtree}
            tokens = [t for t in tokens if t.i not in told]
        for m in sorted(mentions, key=lambda m: m.start):
            inside = [t for t in tokens if m.start <= t.idx < m.end]
            if m.kind == "person" and any(
                t.dep_ in {"compound", "amod", "nmod"}
                and t.i < t.head.i
                and t.head.lemma_.casefold() in SIDE_NOUNS
                and (t.head.i == head.i or t.head.dep_ == "conj" and t.head.head.i == head.i)
                for t in inside
            ):
                continue  # "Clinton allies resisted", "accused Clinton allies", "early Obama enthusiasts": other people;
                # also in a conjoined description ("a California superdelegate and Clinton supporter who has accused")
            if strict and m.kind == "state" and head.lemma_.casefold() in LOCAL_OFFICES:
                continue
            # a state or organisation is the actor behind any of its people ("Israel's prime minister");
            # a person is not behind another person ("Jackson's wife", "Christie's lieutenant governor")
            if inside and (not strict or any(_modifies(t, head, m.kind != "person") for t in inside)):
                return m
    return None


def _under_prep(token: Token, head: Token, preps: set[str]) -> bool:
    """Whether ``token`` lies in a phrase opened by one of ``preps`` inside the phrase ``head`` heads."""
    node = token
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ in preps:
            return True
        node = node.head
    return False


def _modifies(token: Token, head: Token, any_possessor: bool = False) -> bool:
    """Whether ``token`` stands for the actor of the phrase ``head`` heads: it hangs on it through compounds,
    adjectives, "of"/"from" phrases and possessors of an institution (any possessor with ``any_possessor``)."""
    node = token
    for _ in range(6):
        if node.i == head.i:
            return True
        parent = node.head
        modifier = node.dep_ in {"compound", "amod", "nmod", "appos", "flat", "det", "case"}
        # "the leaders of the EU", "officials from Hungary"; for a state, "police in Kabul"
        preps = {"of", "from", "in"} if any_possessor else {"of", "from"}
        of_phrase = (node.dep_ == "prep" and node.lower_ in preps) or (
            node.dep_ == "pobj" and parent.dep_ == "prep" and parent.lower_ in preps
        )
        institution = node.dep_ == "poss" and (any_possessor or parent.lemma_.casefold() in INSTITUTION_NOUNS)
        if not (modifier or of_phrase or institution):
            return False
        node = parent
    return node.i == head.i


def _place(verb: Token, mentions: list[Mention], code: str = "") -> Mention | None:
    """A state or place named after "in"/"at" in the verb's clause ("met Kerry in Oslo"). An attack is aimed "at"
    its target ("lashed out at Turkey", "fired at Israel", "took aim at Washington"): there "at" on the verb itself
    names the one attacked, not a place."""
    preps = [t for t in verb.subtree if t.dep_ == "prep" and t.lower_ in PLACE_PREPS and t.i > verb.i]
    if code in AIMED_CODES:
        preps = [t for t in preps if not (t.lower_ == "at" and t.head.i == verb.i)]
    if code == "VISIT" and not any(c.dep_ in {"dobj", "obj"} for c in verb.children):
        # "arrived in Germany on Monday": the place one arrives in is the one visited, not where something else
        # happened ("visited Obama in Washington" keeps Washington as the place)
        preps = [t for t in preps if not (t.lower_ == "in" and t.head.i == verb.i)]
    for prep in preps:
        found = _first_mention([g for g in prep.children if g.dep_ == "pobj"], mentions)
        if found is not None and found.label in {"GPE", "LOC", "FAC"}:
            return found
    return None


def _date(verb: Token, sent: Span, times: list[TimeExpression], published: str | None = None) -> TimeExpression | None:
    """The time expression that governs the verb's clause: an adverbial of the verb itself ("on Sunday",
    "last week", "Wednesday"), nearest first, else one of the clause it is part of ("decided on Tuesday to
    recognize", "arrived on Wednesday, meeting with leaders"). A date that modifies a noun ("a Sunday report",
    "the June election", "Tuesday's primaries", "the Sept. 11 attacks"; but "at a 2008 ceremony" dates the act)
    or belongs to another clause ("said Tuesday that Israel turned down") is not the act's date; with none,
    the caller falls back to the publication date and says the text gives no date."""
    dated = [t for t in times if t.value and t.type in {"DATE", "TIME"} and t.precision is not None]
    dated = [t for t in dated if sent.start_char <= t.start < sent.end_char]
    # "voted to ban therapeutic cloning in 2001, 2003 and 2005": what a vote decides is done by the vote, so a time
    # of its infinitive is the vote's (the first of a list of times: the first of the votes)
    complements = [c for c in verb.children if c.dep_ == "xcomp" and _infinitive(c)] if verb.lemma_ == "vote" else []
    # "visited the St. Louis area to campaign over the weekend": a trip's purpose is done on the trip, so its time is
    # the trip's
    if verb.lemma_.casefold() in MOTION_VERBS:
        complements = [c for c in verb.children if c.dep_ in {"xcomp", "advcl"} and _infinitive(c)]
    # "shot and killed Trayvon Martin in February 2012": a first conjunct with nothing of its own after it shares the
    # last conjunct's object and adverbials
    complements += _raised_conjuncts(verb)
    # "called for a special prosecutor to investigate ... at a campaign rally in Ohio on Monday night": the parser
    # hangs a speaking occasion and its time on the demanded act, but a demand is made at the rally
    occasion_times = _occasion_on_complement(verb, dated)
    host = _where_host(verb)
    for level in (0, 1):
        own = [t for t in dated if _governs(verb, t) == level]
        own = own or [t for c in complements for t in dated if level == 0 and _governs(c, t) == 0]
        own = own or (occasion_times if level == 0 else [])
        # "spent Thursday morning in St. Paul, where he visited a train station": the where-clause tells what was
        # done at the place while the host clause's time held
        own = own or [t for t in dated if level == 1 and host is not None and _governs(host, t) == 0]
        after = [t for t in own if t.start > verb.idx]  # adjuncts follow the verb: "said on Wednesday they would
        # recognize ... on May 28" (the parser often hangs the reporting verb's date on the complement)
        # but a time between the verb's own subject and the verb is the verb's, wherever another is hung: "The Cypriot
        # government Saturday condemned two bomb attacks in Kenya and Tanzania Friday" (the wire style)
        between = [t for t in own if _between_subject_and_verb(t, verb)]
        if own:
            return min(between or after or own, key=lambda t: abs(t.start - verb.idx))
    # "urged lawmakers to move on his jobs bill Wednesday": the parser hangs the time on the demanded act, but an
    # act asked for comes after the asking, so the publication day itself is the asking's (an earlier weekday may
    # be the time stage's past reading of a coming one: "urged them to vote Tuesday")
    if published and verb.lemma_.casefold() in WISH_VERBS:
        past = [t for t in dated if t.value[:10] == published[:10] and _in_complement(verb, t)]
        if past:
            return min(past, key=lambda t: abs(t.start - verb.idx))
    return None


def _between_subject_and_verb(when: TimeExpression, verb: Token) -> bool:
    """The time stands right between the verb's own subject and the verb ("Clinton Thursday condemned")."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i]
    return bool(subjects) and subjects[-1].right_edge.idx < when.start < verb.idx


def _raised_conjuncts(verb: Token) -> list[Token]:
    """The conjunct verbs whose object and adverbials the verb shares: "shot and killed Trayvon Martin in February
    2012" (the first verb has nothing after it but the conjunction), never "met Putin on Monday and agreed ..."."""
    own = [c for c in verb.children if c.i > verb.i and c.dep_ not in {"cc", "conj", "punct", "advmod", "prt"}]
    if own:
        return []
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and not _own_subject_or_tense(c)]


def _own_subject_or_tense(verb: Token) -> bool:
    """A conjunct with a subject or an auxiliary of its own tells its own act at its own time."""
    return any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children)


def _occasion_on_complement(verb: Token, dated: list[TimeExpression]) -> list[TimeExpression]:
    """Times of a speaking occasion that the parser hangs on a demand's infinitive ("called for a prosecutor to
    investigate the foundation at a campaign rally in Ohio on Monday night", "urged Congress to act in an interview
    Sunday"): the occasion is the demand's, and so is a time inside it or right after it."""
    if verb.lemma_.casefold() not in WISH_VERBS:
        return []
    out = []
    for complement in (c for c in verb.subtree if c.dep_ in {"xcomp", "advcl"} and _infinitive(c)):
        if verb.i not in {complement.head.i, complement.head.head.i}:
            continue  # the verb's own infinitive or its object's ("called for a prosecutor to investigate")
        for prep in (c for c in complement.children if c.dep_ == "prep" and _speaking_occasion(c)):
            for when in dated:
                span = verb.doc.char_span(when.start, when.end, alignment_mode="expand")
                if span is None or not len(span):
                    continue
                root = span.root.head if span.root.dep_ == "pobj" else span.root  # "on Monday night": the "on"
                inside = prep.left_edge.i <= root.i <= prep.right_edge.i
                after = root.head.i == complement.i and root.i > prep.i and root.dep_ in {"prep", "npadvmod", "tmod"}
                if inside or after:
                    out.append(when)
    return out


def _speaking_occasion(prep: Token) -> bool:
    """ "at a rally", "in an interview", "on Monday's installment of his show": a phrase naming where words were said."""
    return prep.lower_ in {"at", "during", "in", "on"} and any(
        g.dep_ == "pobj" and g.lemma_.casefold() in (SPEAKING_OCCASIONS if prep.lower_ != "on" else BROADCASTS)
        for g in prep.children
    )


def _where_host(verb: Token) -> Token | None:
    """The verb of the clause a where-clause's place belongs to: "spent Thursday morning in St. Paul, where he
    visited", "moved on Sunday to China, where Kerry met"."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return None
    place = verb.head
    if place.dep_ == "pobj" and place.head.dep_ == "prep" and place.head.head.pos_ in {"VERB", "AUX"}:
        return place.head.head
    return None


def _in_complement(verb: Token, when: TimeExpression) -> bool:
    """Whether the time is an adverbial of the verb's infinitive complement ("urged X to act Wednesday")."""
    span = verb.doc.char_span(when.start, when.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    node = span.root
    return node.dep_ in {"npadvmod", "tmod", "prep", "obl"} and node.head.dep_ == "xcomp" and node.head.head.i == verb.i


# the path from a time expression up to the verb it dates; a temporal phrase the parser hangs on the object
# ("recognized Palestine on Friday") still dates the act
ADVERBIAL_DEPS = {"npadvmod", "tmod", "advmod", "obl", "prep", "pobj", "pcomp", "conj", "appos", "nummod", "quantmod",
                  "dobj", "obj", "dative", "attr", "oprd", "nsubj", "nsubjpass"}  # fmt: skip
# ("President Obama on Friday defended": the parser hangs "on Friday" on the subject)
NOUN_MODIFIER_DEPS = {"poss", "compound", "amod", "nmod", "nummod"}
# "at a 2008 ceremony", "at a January fundraiser": the occasion of the act, dated by its modifier
OCCASION_NOUNS = {"ceremony", "fundraiser", "conference", "meeting", "debate", "rally", "interview", "speech",
                  "hearing", "dinner", "event", "session", "summit", "appearance", "visit", "luncheon", "breakfast",
                  "briefing", "convention", "forum", "address", "election", "primary", "caucus", "campaign",
                  "race", "post", "statement", "tweet", "message", "video", "letter", "op-ed", "column", "broadcast",
                  "remarks", "testimony", "call", "show", "program", "programme", "town hall", "bid", "candidacy",
                  "run", "installment", "episode", "edition", "segment"}  # fmt: skip
# (a medium of the act dated by its modifier is its occasion too: "criticized ... in a Friday Facebook post")
SIMULTANEOUS_MARKS = {"when", "as", "while"}
# what words are said in ("saying ... in an interview with CNN on Sunday"): the saying's occasion, not the words'
SPEECH_MEDIA = {"interview", "statement", "speech", "post", "tweet", "op-ed", "column", "letter", "message", "video",
                "broadcast", "address", "remarks", "testimony", "call", "podcast", "conversation"}  # fmt: skip
# where words are spoken, and where a demand, a charge or a promise is made: "at a campaign rally", "in an
# interview", "during the debate" (never where a demanded act is to be done)
SPEAKING_OCCASIONS = SPEECH_MEDIA | BROADCASTS | {"rally", "debate", "forum", "conference", "town hall", "hearing",
                                                  "briefing", "event", "appearance", "fundraiser", "luncheon",
                                                  "breakfast", "dinner"}  # fmt: skip
# "the August 9 death of Michael Brown, who was shot by ...": what befell the "of" object, dated by the noun
HAPPENING_NOUNS = {"death", "killing", "shooting", "murder", "arrest", "assassination", "detention", "kidnapping",
                   "abduction", "execution", "beating", "capture", "release", "ouster", "firing", "resignation",
                   "indictment", "conviction", "injury", "wounding"}  # fmt: skip
ANNOUNCE_VERBS = {"announce", "declare", "proclaim"}


def _governs(verb: Token, when: TimeExpression) -> int | None:
    """0 when the time is an adverbial of the verb itself, 1 when of the clause the verb is part of (its
    head through xcomp, a participle or when/as/while clause, or a conjunct sharing its subject), else None."""
    span = verb.doc.char_span(when.start, when.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    node = span.root
    inside = range(span.start, span.end)
    if (fronted := _fronted_clause(span)) is not None:
        return 0 if fronted.i == verb.i else None  # "Ever since she endorsed Mrs. Clinton this month, Ms. Warren has
        # been": the time closes the fronted clause, whatever verb the parser hangs it on
    clause = verb.head if verb.dep_ == "conj" and _shares_time(verb) else verb
    if clause.dep_ == "relcl" and clause.head.i in inside:
        return 0  # "emphatic Monday when he spoke to CNN", "on Monday, when Tester voted against": the time's clause
    if node.dep_ in NOUN_MODIFIER_DEPS and node.head.pos_ in {"NOUN", "PROPN"} and node.head.i not in inside:
        occasion = node.head
        if verb.dep_ in {"relcl", "acl"} and verb.head.i == occasion.i:
            return 0  # "last September's attack, in which militants killed": the clause tells the dated event
        if (
            verb.dep_ == "relcl"
            and verb.head.dep_ == "pobj"
            and verb.head.head.lower_ == "of"
            and verb.head.head.head.i == occasion.i
            and occasion.lemma_.casefold() in HAPPENING_NOUNS
        ):
            return 0  # "the August 9 death of Michael Brown, who was shot by Wilson": the clause tells how
        if not (
            occasion.lemma_.casefold() in OCCASION_NOUNS
            and occasion.dep_ == "pobj"
            and (
                occasion.head.lower_ in {"at", "during", "in", "since"}  # "since the 2000 Camp David summit"
                # "on Monday's installment of his weekly radio show": what is said on a broadcast is said in it
                or occasion.head.lower_ == "on"
                and occasion.lemma_.casefold() in BROADCASTS
            )
        ):
            return None  # "a Sunday report", "the June election": the noun's time
        node = occasion
    for step in range(8):
        if node.i == verb.i:
            return 0
        # (spaCy's unlabelled "dep" for the time itself: "at a conference earlier this month")
        if node.dep_ not in ADVERBIAL_DEPS and not (step == 0 and node.dep_ == "dep") or node.head.i == node.i:
            return None
        came, node = node, node.head
        if (
            node.dep_ == "acl"
            and node.tag_ == "VBN"
            and node.head.lemma_.casefold() in OCCASION_NOUNS
            and node.head.dep_ == "pobj"
            and node.head.head.lower_ in {"in", "at", "during"}
        ):
            node = node.head  # "In a statement released Tuesday, he decried": the statement's time is the act's
            continue
        if (
            node.pos_ == "VERB"
            and node.i != verb.i
            and node.tag_ == "VBG"
            and node.dep_ == "pcomp"
            and (
                node.head.lower_ in {"in", "on", "upon"}
                # "slammed the Girl Scouts for promoting abortion on Monday's installment of his radio show": the
                # parser hangs the show on the reason, but the slamming was said on it
                or node.head.lower_ == "for"
                and came.dep_ == "prep"
                and _speaking_occasion(came)
            )
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children)
        ):
            continue  # "In responding Friday, Clinton's campaign took the step ..., accusing": the gerund of an
            # in/on phrase happens with its clause, whose time it gives
        if (
            node.pos_ in {"VERB", "AUX"}
            and node.i != verb.i
            and node.dep_ == "ccomp"
            and node.head.lemma_.casefold() in SAY_VERBS
            and came.dep_ == "prep"
            and came.lower_ == "in"
            and any(g.dep_ == "pobj" and g.lemma_.casefold() in SPEECH_MEDIA for g in came.children)
        ):
            node = node.head  # "saying his campaign doesn't want 'that crap,' in an interview with CNN on Sunday": the
            # parser hangs the interview on the words said; the saying took place in it, on Sunday
            if node.i == verb.i:
                return 0
        if node.pos_ in {"VERB", "AUX"} and node.i != verb.i:
            if node.dep_ == "advcl" and node.head.i == verb.i and _simultaneous(node):
                return 1  # "While serving as a senator in 2007, Clinton criticized Bush": the while-clause's time
            return 1 if _clause_head(verb).i == node.i and _shares_time(verb) else None
    return None


def _fronted_clause(span: Span) -> Token | None:
    """The adverbial clause before its head that a time closes ("Ever since she endorsed Mrs. Clinton this month,
    Ms. Warren has been ..."): the time comes right after the clause's last word and before the comma that ends
    it, so it is that clause's adverbial even when the parser hangs it on the main verb."""
    node, doc = span.root, span.doc
    if node.dep_ not in {"npadvmod", "tmod", "prep", "advmod"} or span.end >= len(doc) or doc[span.end].text != ",":
        return None
    for clause in node.head.children:
        if (
            clause.dep_ == "advcl"
            and clause.i < span.start
            and clause.right_edge.i == span.start - 1
            and node.head.i > span.end
            and any(c.dep_ == "mark" for c in clause.children)
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
        ):
            return clause
    return None


def _clause_head(verb: Token) -> Token:
    """The verb whose clause the verb's clause belongs to; through "with" for an absolute participle ("approved
    the plan on March 29, with all but 10 Republicans voting for it")."""
    if verb.dep_ in {"pcomp", "pobj"} and verb.head.lower_ == "with" and verb.head.dep_ == "prep":
        return verb.head.head
    return verb.head


def _shares_time(verb: Token) -> bool:
    """Whether the verb's clause takes its head's time: "decided on Tuesday to recognize", "arrived on
    Wednesday, meeting with leaders", "when he apologized", "met on Monday and agreed"; not "said Tuesday that
    ..." (a reported clause) nor "because ..." or a conjunct with a subject of its own."""
    if verb.dep_ == "xcomp":
        return True
    if verb.dep_ in {"pcomp", "pobj"} and verb.head.lower_ == "with":
        return verb.tag_ == "VBG"  # "with all but 10 Republicans voting for it": the absolute shares the time
    if verb.dep_ == "ccomp" and verb.head.lemma_.casefold() in ANNOUNCE_VERBS:
        # "announced Tuesday that he is pulling out of the debate": a performative announcement, the act is
        # made by announcing it (not "said Tuesday that Israel turned down", a report of an earlier act)
        return verb.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in {"VBZ", "VBP"} for c in verb.children
        )
    if verb.dep_ == "advcl":
        return _simultaneous(verb)
    if verb.dep_ == "conj":
        # "backed Ron Paul in 2012 and ... has supported Ted Cruz": a conjunct with its own tense is another time
        return not _own_subject_or_tense(verb)
    return False


def _former_role(verb: Token) -> bool:
    """ "voted for it when he was a state senator", "while she was secretary of state": an act of a past office
    or period, background even when the text gives no year; so is an act of "then-President Bill Clinton" (an
    office held then, not now) or of "the late Sen. Ted Kennedy" (a person no longer living)."""
    subject, agent = _subject(verb)
    for head in subject + agent:
        for t in head.subtree:
            if t.lower_ == "then" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "-":
                return True  # "then-President Bill Clinton signed"
            if t.lower_ == "late" and t.dep_ == "amod" and t.i and t.doc[t.i - 1].lower_ == "the":
                return True  # "The late Sen. Ted Kennedy requested"
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        marks = {c.lower_ for c in clause.children if c.dep_ in {"mark", "advmod"}}
        copula = clause.lemma_ == "be" and clause.tag_ == "VBD" and any(c.dep_ == "attr" for c in clause.children)
        if marks & {"when", "while"} and copula:
            return True
    return False


def _simultaneous(clause: Token) -> bool:
    """An adverbial clause that happens at its head's time: a participle, or one opened by when/as/while."""
    marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
    opened = marks or [c.lower_ for c in clause.children if c.dep_ == "advmod" and c.tag_ == "WRB"]
    if opened and clause.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in clause.children):
        return False  # "why he decided to attack Trump when he had stated last month that ...": the past perfect puts
        # the clause before its head's time
    return not marks or marks[0] in SIMULTANEOUS_MARKS


def _historical(verb: Token, when: TimeExpression | None, published: str | None) -> bool:
    # Past perfect alone is not background: in reported speech it is mere backshift ("said they had backed").
    if when is None:
        return _former_role(verb)
    left = doc_text(verb.doc)[max(0, when.start - 8) : when.start].casefold()
    if "since" in left:
        return True
    if when.precision in {"decade", "century"}:
        return True
    if published and when.value and when.value[:4].isdigit() and published[:4].isdigit():
        return int(when.value[:4]) < int(published[:4]) - 1
    return False


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per (sentence, action, source, target): "agreed to sign and ratify" is one act."""
    seen: set[tuple[int, str, str | None, str | None]] = set()
    out = []
    for e in events:
        key = (e.start, e.action, e.source_actor, e.target_actor)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out
