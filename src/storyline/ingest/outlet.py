"""Which outlet published an article, when the input does not say.

Evidence, strongest first: the URL's domain (known domains map to names in ``data/furniture.yaml``,
unknown ones are shown as the domain), the page's site name (a copyright line such as "(c) 2024 The
Ledger"), the outlet's own prompts ("Follow The Ledger on Twitter"), and self-references in the story
("The Ledger has learned", "told The Ledger"). The result is always marked as inferred and carries its
evidence; given metadata is never overridden (the caller only asks when no outlet was given).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from storyline.ingest.clean import known_outlets

# Second-level labels under which a registered domain has three labels (bbc.co.uk, abc.net.au).
_SECOND_LEVEL = {"co", "com", "net", "org", "gov", "ac", "go", "ne", "or"}
_NAME = r"(?P<name>(?:The |the )?[A-Z][\w&.'\u2019-]*(?: [A-Z][\w&.'\u2019-]*){0,4})"
_NETWORK = r"(?:Facebook|Twitter|X|Instagram|LinkedIn|YouTube|TikTok|Telegram|WhatsApp|Threads|Bluesky|Google News)"
COPYRIGHT = re.compile(rf"(?:\u00a9|\(c\)|Copyright)\s*(?:\u00a9\s*)?(?:\d{{4}}(?:\s*[-\u2013]\s*\d{{4}})?\s*)?{_NAME}")
FOLLOW = re.compile(rf"\b(?:Follow|Like|Join) {_NAME} on {_NETWORK}")
HAS_LEARNED = re.compile(rf"{_NAME} (?:has|have) learned\b")
TOLD = re.compile(rf"\b(?:told|tells|said to) {_NAME}")
# Names that follow "told" but are never outlets.
_NOT_OUTLETS = {"reporters", "journalists", "the press", "the media", "congress", "parliament", "police"}


def infer_outlet(text: str, url: str | None = None, furniture: Iterable[str] = ()) -> dict[str, str] | None:
    """``{"value", "evidence"}`` for the most credible outlet evidence, or None when there is none."""
    if url:
        found = outlet_from_url(url)
        if found:
            return found
    lines = list(furniture)
    for line in lines:
        match = COPYRIGHT.search(line)
        if match and _name_ok(match.group("name")):
            return {"value": _clean_name(match.group("name")), "evidence": f"site name: {line.strip()}"}
    for source in [*lines, text]:
        match = FOLLOW.search(source)
        if match and _name_ok(match.group("name")):
            return {"value": _clean_name(match.group("name")), "evidence": f"self-reference: {match.group(0)}"}
    names = set(known_outlets().values())
    for pattern in (HAS_LEARNED, TOLD):
        counts = Counter(
            (_clean_name(m.group("name")), m.group(0))
            for m in pattern.finditer(text)
            if _clean_name(m.group("name")) in names
        )
        outlets = {name for name, _ in counts}
        # Only one outlet named this way: "told CNN" in a CNN story; two outlets mean the story cites others.
        if len(outlets) == 1:
            (name, evidence), _ = counts.most_common(1)[0]
            return {"value": name, "evidence": f"self-reference: {evidence}"}
    return None


def outlet_from_url(url: str) -> dict[str, str] | None:
    try:
        host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    except ValueError:
        return None
    if not host or "." not in host or host.replace(".", "").isdigit():
        return None
    outlets = known_outlets()
    labels = host.split(".")
    for i in range(len(labels) - 1):  # edition.cnn.com -> cnn.com
        candidate = ".".join(labels[i:])
        if candidate in outlets:
            return {"value": outlets[candidate], "evidence": f"url domain: {host}"}
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else 2
    return {"value": ".".join(labels[-keep:]), "evidence": f"url domain: {host} (not a known outlet)"}


def _clean_name(name: str) -> str:
    name = re.split(r"\.\s", name.strip())[0].rstrip(".,")  # "The Associated Press. All" -> first sentence
    return name[0].upper() + name[1:] if name.startswith("the ") else name


def _name_ok(name: str) -> bool:
    name = _clean_name(name)
    return name.casefold() not in _NOT_OUTLETS and name.casefold() not in {"us", "me", "the"} and len(name) > 1


def outlet_evidence(meta: dict[str, Any]) -> str | None:
    """The evidence behind an inferred outlet, or None when the outlet was given."""
    inferred = meta.get("outlet_inferred")
    return inferred.get("evidence") if isinstance(inferred, dict) else None
