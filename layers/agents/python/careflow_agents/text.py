# ruff: noqa: RUF001, RUF002 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""Text normalisation shared by every rules-based matcher.

Patients type without accents ("agri" for "ağrı"), mix Eastern Arabic digits and write Arabic
with or without vowel marks. Matching on one folded form, and compiling every lexicon entry
through the *same* fold, keeps the multilingual keyword tables readable (they are written in
natural spelling) while matching all of those variants.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_LETTERS = str.maketrans({"ı": "i", "ى": "ي", "ة": "ه", "ـ": None, "’": "'", "`": "'", "ʼ": "'"})
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower-case, strip accents and vowel marks, unify digits and Arabic letter variants."""
    text = text.translate(_DIGITS).casefold().translate(_LETTERS)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACE.sub(" ", stripped).strip()


@lru_cache(maxsize=4096)
def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(fold(pattern))


def compile_all(patterns: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    """Compile natural-spelling patterns against the folded form of messages."""
    return tuple(_compile(p) for p in patterns)


def any_match(patterns: Iterable[re.Pattern[str]], folded: str) -> bool:
    return any(p.search(folded) for p in patterns)


def first_match(patterns: Iterable[re.Pattern[str]], folded: str) -> re.Match[str] | None:
    for pattern in patterns:
        found = pattern.search(folded)
        if found:
            return found
    return None
