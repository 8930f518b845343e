"""Language detection: deterministic, cautious on short Latin-script texts, and non-English not analysed."""

from __future__ import annotations

import pytest

from storyline.analyze import skip_reason
from storyline.ingest.language import MIN_WORDS, detect_language
from storyline.ingest.metadata import build_article

ENGLISH = (
    "Norway said on Sunday it would formally recognize a Palestinian state next month, joining Spain and "
    "Ireland in a move that Israel condemned as a reward for terrorism and that Palestinian leaders welcomed "
    "as a step toward ending the occupation."
)
FRENCH = (
    "La Norv\u00e8ge a annonc\u00e9 dimanche qu'elle reconna\u00eetrait officiellement un \u00c9tat palestinien "
    "le mois prochain, rejoignant l'Espagne et l'Irlande dans une d\u00e9marche qu'Isra\u00ebl a condamn\u00e9e "
    "et que les dirigeants palestiniens ont salu\u00e9e comme un pas vers la fin de l'occupation."
)
ARABIC = "\u0642\u0627\u0644\u062a \u0627\u0644\u0646\u0631\u0648\u064a\u062c \u0625\u0646\u0647\u0627 \u0633\u062a\u0639\u062a\u0631\u0641 \u0628\u062f\u0648\u0644\u0629 \u0641\u0644\u0633\u0637\u064a\u0646\u064a\u0629"


@pytest.mark.parametrize(("text", "code"), [(ENGLISH, "en"), (FRENCH, "fr"), (ARABIC, "ar")])
def test_detect_language(text, code):
    assert detect_language(text).code == code


def test_detection_is_deterministic():
    assert len({detect_language(FRENCH) for _ in range(5)}) == 1


def test_short_latin_text_is_unknown_and_says_why():
    short = "Norway said on Sunday it would act."
    assert len(short.split()) < MIN_WORDS
    found = detect_language(short)
    assert found.code is None and "too short" in found.note


def test_non_english_article_is_stored_but_not_analysed():
    article = build_article(text="Titre\n\n" + FRENCH, source="t")
    assert article.language == "fr"
    assert skip_reason(article) == "not analyzed: French"
    assert skip_reason(build_article(text=ENGLISH, source="t")) is None


def test_given_language_wins_over_detection():
    assert build_article(text=FRENCH, source="t", meta={"language": "English"}).language == "en"
