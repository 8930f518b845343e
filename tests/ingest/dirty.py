"""Dirty texts for tests: hand-written stories with furniture inserted by the seeded generator.

The generator itself lives in :mod:`storyline.evaluate.furniture` (``make_dirty``), because the installed
``storyline eval furniture`` command needs it too; this module gives tests the stories and the call.
"""

from __future__ import annotations

import random

from storyline.evaluate.furniture import DirtyText, make_dirty

STORIES = [
    (
        "OSLO \u2014 Norway said on Sunday it would recognize a Palestinian state, a move Israel condemned.\n\n"
        "\u201cThis is a reward for terror,\u201d Israel's foreign minister told reporters in Jerusalem.\n\n"
        "The decision follows months of talks between Oslo, Madrid and Dublin, officials said.\n\n"
        "Refugees.\n\n"
        "More than 40 people died in the strikes overnight.\n\n"
        "Facebook shares fell 5 percent after the announcement."
    ),
    (
        "Senators Clash Over Aid Package\n\n"
        "WASHINGTON (AP) \u2014 The Senate voted 52 to 48 on Tuesday to advance the aid package.\n"
        "Republicans objected to the cost.\n"
        "Twitter said it would label the senator's posts.\n"
        "The bill now goes to the House."
    ),
]
# Headlines for "Read more" links, as a set's titles would give them: some plain, one with a reporting verb.
HEADLINES = ["Talks Resume in Doha", "Oil Prices Fall on Supply Fears", "Minister Says Deal Is Close"]


def dirty(story: int, seed: int) -> DirtyText:
    return make_dirty(STORIES[story], random.Random(seed), HEADLINES)
