"""First stage: named entities, each resolved to an actor where the gazetteer or the text allows.

States, demonyms and metonyms resolve through :mod:`storyline.actors`; people become ``person:`` actors,
and a later surname alone ("Holm") joins the full name given earlier in the same article ("Kari Holm").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from storyline.actors import gazetteer, person_id
from storyline.analyze import stage
from storyline.config import Settings
from storyline.model import Actor, Analysis, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

ENTITY_LABELS = {"PERSON", "GPE", "NORP", "ORG", "LOC", "FAC"}


@stage("entities", assigns=("actors", "actor_index"))
def entities(doc: Doc, analysis: Analysis, settings: Settings) -> dict[str, Any]:
    gaz = gazetteer(tuple(filter(None, [settings.gazetteer])))
    mentions: list[Mention] = []
    index: dict[str, Actor] = {}
    people: dict[str, Actor] = {}  # surname / full name key -> person actor
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        text = ent.text.strip()
        actor = gaz.lookup(text)
        if actor is None and ent.label_ == "PERSON":
            actor = _person(text, people)
        if actor is not None:
            index[actor.id] = actor
        mentions.append(
            Mention(
                start=ent.start_char,
                end=ent.end_char,
                text=ent.text,
                actor_id=actor.id if actor else None,
                name=actor.name if actor else text,
                kind=actor.kind if actor else ent.label_,
                label=ent.label_,
                country=actor.country if actor else None,
            )
        )
    return {"actors": mentions, "actor_index": index}


def _person(name: str, people: dict[str, Actor]) -> Actor:
    name = name.removesuffix("'s").removesuffix("\u2019s").strip()
    parts = name.split()
    key = name.casefold()
    if key in people:
        return people[key]
    if len(parts) == 1:
        # a surname alone refers to the last full name that ends with it
        for actor in reversed(list(people.values())):
            if actor.name.split()[-1].casefold() == key:
                people[key] = actor
                return actor
    actor = Actor(id=person_id(name), name=name, kind="person")
    people[key] = actor
    if len(parts) > 1:
        people.setdefault(parts[-1].casefold(), actor)
    return actor
