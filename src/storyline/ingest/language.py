"""Article language, detected with langdetect (seeded, so the same text always gets the same answer).

langdetect guesses from character n-grams and is unreliable on short texts: "Norway said on Sunday" can
come out as Norwegian or Danish. So:

* a text written mostly in a non-Latin script (Arabic, Hebrew, Cyrillic, CJK, ...) is detected at any
  length: the script alone settles it against English;
* a Latin-script text is detected only from :data:`MIN_WORDS` words, and the answer is kept only when
  langdetect gives it :data:`MIN_PROBABILITY` or more;
* otherwise the language stays unknown (``None``) and ``meta["language_note"]`` says why; an unknown
  language is analysed as English, the cheap error for an English-first tool.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

MIN_WORDS = 25
MIN_PROBABILITY = 0.90
# langdetect reads the opening of a text; more adds time, not accuracy.
SAMPLE_CHARS = 3000
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True, slots=True)
class Detected:
    code: str | None  # ISO 639-1 ("en", "ar"), or None when unknown
    note: str | None = None  # why the language is unknown


def detect_language(text: str) -> Detected:
    sample = text[:SAMPLE_CHARS]
    letters = _LETTER.findall(sample)
    if not letters:
        return Detected(None, "no letters to detect a language from")
    latin = sum(1 for ch in letters if _is_latin(ch)) / len(letters)
    words = len(sample.split())
    if latin >= 0.5 and words < MIN_WORDS:
        return Detected(None, f"too short to detect the language ({words} words)")
    guesses = _detect(sample)
    if not guesses:
        return Detected(None, "language detection failed")
    code, probability = guesses[0]
    if latin < 0.5 or probability >= MIN_PROBABILITY:
        return Detected(_normalise(code))
    return Detected(None, f"language uncertain ({code} at {probability:.2f})")


def _detect(sample: str) -> list[tuple[str, float]]:
    from langdetect import DetectorFactory, LangDetectException, detect_langs

    DetectorFactory.seed = 0  # langdetect samples at random; a fixed seed makes it deterministic
    try:
        return [(g.lang, g.prob) for g in detect_langs(sample)]
    except LangDetectException:
        return []


def _normalise(code: str) -> str:
    # langdetect says "zh-cn" / "zh-tw"; the article record keeps ISO 639-1.
    return code.split("-")[0]


@lru_cache(maxsize=4096)
def _is_latin(ch: str) -> bool:
    try:
        return "LATIN" in unicodedata.name(ch)
    except ValueError:
        return False
