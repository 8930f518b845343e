"""Language names for codes; detection lives in ingest (see ``storyline.ingest``)."""

from __future__ import annotations


def language_name(code: str) -> str:
    import pycountry

    lang = pycountry.languages.get(alpha_2=code) if len(code) == 2 else pycountry.languages.get(alpha_3=code)
    return lang.name if lang is not None else code
