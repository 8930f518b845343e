"""Actor resolution: from a name as written to one canonical actor.

States come from ISO 3166 through pycountry (and the gazetteer's ``other_states`` for those it lacks: Kosovo), plus demonyms and metonyms ("Israeli", "Washington", every UN member's seat of government) from
the bundled gazetteer (``data/gazetteer.yaml``), which users extend with their own file. pycountry has no
demonyms or seats of government, and no library maps news metonyms, hence the hand-kept table.

Actor ids are stable across articles so facts from many outlets join: ``state:ISR``, ``org:eu``,
``person:kari-holm``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from storyline.model import Actor

_LEADING_THE = re.compile(r"^(the)\s+", re.IGNORECASE)


def slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def person_id(name: str) -> str:
    return f"person:{slug(name)}"


def role_key(role: str) -> str:
    """A role as compared: casefolded, a hyphen between words read as a space ("Secretary-General")."""
    return " ".join(re.sub(r"(?<=\w)-(?=\w)", " ", role.casefold()).split())


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").strip()
    text = re.sub(r"'s$", "", text)
    text = re.sub(r"(?<=s)'$", "", text)  # "the United States'", "the Philippines'": a possessive after -s
    return _LEADING_THE.sub("", text).casefold()


class Gazetteer:
    """Lookup tables from surface names to actors."""

    def __init__(self, extra_files: tuple[str, ...] = ()) -> None:
        import pycountry

        self.actors: dict[str, Actor] = {}
        self.names: dict[str, str] = {}  # key -> actor id
        self.demonyms: dict[str, str] = {}  # key -> actor id
        self.surface_names: set[str] = set()  # every name as written, for matching names spaCy missed
        data = yaml.safe_load(resources.files("storyline.data").joinpath("gazetteer.yaml").read_text("utf-8"))
        for path in extra_files:
            _merge(data, yaml.safe_load(Path(path).read_text("utf-8")) or {})
        # seats of government ("Zagreb", "Vilnius") are the state's names as its other metonyms are; those with a more
        # common other reading ("Tripoli", "Kingston") name it only in an article that names the state otherwise
        self.seats: set[str] = set()  # keys of seats of government: "the Paris agreement" names no state
        # names that are an actor's only in a story of its country: an organisation's ("Capitol Hill": the U.S. Congress
        # in U.S. political news, a neighbourhood of Washington or Seattle elsewhere) and a seat's ("Tripoli"): key ->
        # the country
        self.context_aliases: dict[str, str] = {}
        state_aliases = {code: list(names) for code, names in (data.get("state_aliases") or {}).items()}
        for section in ("seats_of_government", "seats_in_context"):
            for code, names in (data.get(section) or {}).items():
                state_aliases.setdefault(code, []).extend(names)
                self.seats.update(_key(n) for n in names)
                if section == "seats_in_context":
                    self.context_aliases.update((_key(n), code) for n in names)
        data["state_aliases"] = state_aliases

        for country in pycountry.countries:
            code = country.alpha_3
            name = getattr(country, "common_name", None) or country.name
            if code in data.get("state_names", {}):
                name = data["state_names"][code]
            elif "," in name:  # "Palestine, State of" -> "Palestine"
                name = name.split(",")[0]
            aliases = {country.name, name, getattr(country, "official_name", country.name)}
            aliases.update(data.get("state_aliases", {}).get(code, []))
            aid = f"state:{code}"
            self.actors[aid] = Actor(id=aid, name=name, kind="state", country=code, aliases=tuple(sorted(aliases)))
            for alias in aliases:
                self.names.setdefault(_key(alias), aid)
        for code, entry in (data.get("other_states") or {}).items():
            # states ISO 3166 does not list ("Kosovo": XKX, the user-assigned code the EU and the IMF use)
            aliases = {entry["name"], *entry.get("aliases", []), *state_aliases.get(code, [])}
            aid = f"state:{code}"
            self.actors[aid] = Actor(
                id=aid, name=entry["name"], kind="state", country=code, aliases=tuple(sorted(aliases))
            )
            for alias in aliases:
                self.names.setdefault(_key(alias), aid)
        for code, aliases in data.get("state_aliases", {}).items():
            for alias in aliases:
                self.names[_key(alias)] = f"state:{code}"
        # names listed with no state (``null``): no actor, and no shorter demonym inside them is read
        self.not_states: set[str] = set()
        for demonym, code in (data.get("demonyms") or {}).items():
            if code:
                self.demonyms[_key(demonym)] = f"state:{code}"
            else:
                self.not_states.add(_key(demonym))
        self.place_aliases: set[str] = set()  # an organisation's names that are places: "Brussels"
        # an international organisation's offices -> the organisations that have one ("secretary general": the UN, NATO)
        self.offices: dict[str, set[str]] = {}
        self.news_outlets: set[str] = set()  # ids of news organisations: never a person, whatever the parser says
        for org in data.get("news_organisations", []):
            self.news_outlets.add(org["id"])
        for org in [*data.get("organisations", []), *data.get("news_organisations", [])]:
            actor = Actor(
                id=org["id"],
                name=org["name"],
                kind=org.get("kind", "organisation"),
                country=org.get("country"),
                aliases=tuple(org.get("aliases", [])),
            )
            self.actors[actor.id] = actor
            self.place_aliases.update(_key(p) for p in org.get("place_aliases", []))
            for office in org.get("offices") or []:
                self.offices.setdefault(role_key(office), set()).add(actor.id)
            for alias in org.get("context_aliases", []):
                self.context_aliases[_key(alias)] = org.get("country") or ""
            for alias in (actor.name, *actor.aliases):
                self.names[_key(alias)] = actor.id
        # Role phrases ("foreign minister", "secretary of state") as token tuples, for title parsing.
        listed = [*data.get("roles", []), *(data.get("national_roles") or []), *(data.get("local_roles") or [])]
        self.roles: set[tuple[str, ...]] = {tuple(r.casefold().split()) for r in listed if r}
        # the parser splits a hyphenated role into words and hyphens ("Secretary-General": "secretary", "-", "general")
        self.roles |= {tuple(re.sub(r"(?<=\w)-(?=\w)", " - ", " ".join(r)).split()) for r in self.roles}
        self.role_words: set[str] = {w for r in self.roles for w in r if w != "-"}
        self.longest_role = max((len(r) for r in self.roles), default=1)
        self.local_roles: set[str] = {r.casefold() for r in data.get("local_roles", []) if r}  # "mayor"
        # a state's national offices ("president", "treasury secretary"): held for the one state the article's officials
        # and bodies serve where the title names none
        self.national_roles: set[str] = {r.casefold() for r in data.get("national_roles", []) if r}
        # given name -> "f" / "m", where the name says the person's sex (for agreement with "Mr." / "Mrs.")
        self.given_name_sex: dict[str, str] = {}
        for sex, names in (data.get("given_names") or {}).items():
            for given in names or []:
                self.given_name_sex[str(given).casefold()] = sex[:1]
        # well-known people an article may name by surname alone ("Obama"): surname key -> the person, used only where
        # the article names no one in full with that surname
        self.people: dict[str, Actor] = {}
        self.people_sex: dict[str, str] = {}  # person id -> "f" / "m", given or read from the given name
        for person in data.get("people") or []:
            actor = Actor(id=person["id"], name=person["name"], kind="person", aliases=tuple(person.get("aliases", [])))
            for alias in actor.aliases:
                self.people[_key(alias)] = actor
            sex = str(person.get("sex") or self.given_name_sex.get(actor.name.split()[0].casefold(), ""))[:1]
            if sex:
                self.people_sex[actor.id] = sex
        # fixed names of groups of states -> their members' ids ("baltic" -> Estonia, Latvia, Lithuania)
        self.state_groups: dict[str, tuple[str, ...]] = {
            str(name).casefold(): tuple(dict.fromkeys(f"state:{code}" for code in codes))
            for name, codes in (data.get("state_groups") or {}).items()
        }
        # one-word places that are never people (not ISO 3166-2 subdivisions: "Kerry", "Victoria" are people too)
        self.places: set[str] = {str(p).casefold() for p in data.get("places") or []}
        for aliases in data.get("state_aliases", {}).values():
            self.surface_names.update(aliases)
        for actor in self.actors.values():
            self.surface_names.update(a for a in (actor.name, *actor.aliases) if len(a) > 1)
        self.surface_names.update(data.get("demonyms") or {})

    def lookup(self, text: str) -> Actor | None:
        """The state or organisation a name, demonym or metonym stands for."""
        key = _key(text)
        aid = self.names.get(key) or self.demonyms.get(key)
        if aid is None and key.endswith("s") and key[:-1] in self.demonyms:
            aid = self.demonyms[key[:-1]]
        return self.actors.get(aid) if aid else None


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> None:
    for key, value in extra.items():
        if isinstance(value, dict):
            section = base.setdefault(key, {})
            for name, entry in value.items():
                if isinstance(entry, list) and isinstance(section.get(name), list):
                    section[name] = [*section[name], *entry]  # given_names: {female: [...]} adds to the bundled list
                else:
                    section[name] = entry
        elif isinstance(value, list):
            if key in ("organisations", "news_organisations"):
                ids = {o["id"] for o in value}
                base[key] = [o for o in base.get(key, []) if o["id"] not in ids] + value
            else:
                base.setdefault(key, []).extend(value)
        else:
            base[key] = value


@lru_cache(maxsize=8)
def gazetteer(extra_files: tuple[str, ...] = ()) -> Gazetteer:
    return Gazetteer(extra_files)
