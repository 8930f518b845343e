"""A person's affiliation carries across articles: one vote per article, plurality wins, copies do not vote."""

from __future__ import annotations

from storyline.config import Settings
from storyline.ingest.metadata import build_article
from storyline.model import Analysis, Mention, Quote
from storyline.relate.affiliations import group_affiliations, update_affiliations

HOLM = "person:kari-holm"


def quote(affiliation: str | None, speaker: str = HOLM) -> dict:
    return {"text": "x", "kind": "direct", "speaker_actor": speaker, "speaker_affiliation": affiliation}


def mention(country: str | None, actor: str = HOLM) -> dict:
    return {"actor_id": actor, "kind": "person", "country": country}


def article(aid: str, quotes: list[dict], mentions: list[dict] = (), duplicate_of: str | None = None) -> dict:
    return {"id": aid, "quotes": quotes, "actors": list(mentions), "duplicate_of": duplicate_of}


def test_an_affiliation_stated_in_other_articles_fills_a_bare_surname():
    arts = [article("a", [quote("state:NOR")]), article("b", [quote("state:NOR")]), article("c", [quote(None)])]
    group_affiliations(arts, Settings())
    assert arts[2]["quotes"][0]["speaker_affiliation"] == "state:NOR"


def test_the_mentions_country_votes_when_no_quote_states_one():
    arts = [article("a", [], [mention("NOR")]), article("b", [quote(None)])]
    group_affiliations(arts, Settings())
    assert arts[1]["quotes"][0]["speaker_affiliation"] == "state:NOR"


def test_a_tie_and_copies_leave_the_quote_empty():
    arts = [article("a", [quote("state:NOR")]), article("b", [quote("state:ISR")]), article("c", [quote(None)])]
    group_affiliations(arts, Settings())
    assert arts[2]["quotes"][0]["speaker_affiliation"] is None
    arts = [article("a", [quote("state:NOR")]), article("a2", [quote("state:ISR")], duplicate_of="x"),
            article("b", [quote("state:ISR")]), article("c", [quote(None)])]  # fmt: skip
    group_affiliations(arts, Settings())
    assert arts[3]["quotes"][0]["speaker_affiliation"] is None  # NOR 1 : ISR 1 once the copy is left out


def test_a_guess_is_outvoted_but_an_articles_own_country_is_kept():
    many = [article(str(i), [quote("state:HUN", "person:toth")]) for i in range(3)]
    guessed = article("g", [quote("state:ISR", "person:toth")])
    own = article("o", [quote("state:AUT", "person:toth")], [mention("AUT", "person:toth")])
    group_affiliations([*many, guessed, own], Settings())
    assert guessed["quotes"][0]["speaker_affiliation"] == "state:HUN"
    assert own["quotes"][0]["speaker_affiliation"] == "state:AUT"


def test_other_speakers_are_untouched():
    role = {"text": "x", "kind": "direct", "speaker_actor": None, "speaker_affiliation": None}
    arts = [article("a", [quote("state:NOR")]), article("b", [role])]
    group_affiliations(arts, Settings())
    assert role["speaker_affiliation"] is None


def _analysis(text: str, url: str, affiliation: str | None, country: str | None) -> Analysis:
    a = build_article(text=text, source="t", url=url)
    return Analysis(
        article=a,
        actors=[Mention(start=0, end=4, text="Holm", actor_id=HOLM, name="Kari Holm", kind="person", country=country)],
        quotes=[
            Quote(
                start=10,
                end=20,
                text=text[10:20],
                kind="direct",
                speaker="Holm",
                speaker_actor=HOLM,
                speaker_affiliation=affiliation,
            )
        ],  # fmt: skip
    )


def test_ingest_batches_settle_stored_quotes_both_ways(tmp_store):
    """A later batch's stated affiliation fills an earlier article's bare quote, and the other way round."""
    first = _analysis("Holm said: we will not wait for ever.", "u1", None, None)
    second = _analysis("Holm told reporters the plan stands.", "u2", "state:NOR", "NOR")
    third = _analysis("Holm wrote that recognition is near.", "u3", None, None)
    for batch in ([first], [second], [third]):
        with tmp_store.transaction():
            tmp_store.write_analyses(batch)
            update_affiliations(tmp_store, [b.article.id for b in batch], Settings())
    got = {q["article_id"]: q["speaker_affiliation"] for q in tmp_store.records("quotes")}
    assert got == {first.article.id: "state:NOR", second.article.id: "state:NOR", third.article.id: "state:NOR"}
