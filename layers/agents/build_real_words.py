# ruff: noqa: RUF003 -- Cyrillic letters in comments are intended
"""Write ``careflow_agents/real_words.txt``: frequent real words the spelling corrector keeps.

Usage (a developer's environment with ``requirements-dev.txt``, which pins ``wordfreq``)::

    PYTHONPATH=layers/agents/python:shared/python:layers/tenant_context/python:layers/rds/python \
        python layers/agents/build_real_words.py

Run it whenever the clinical vocabulary changes -- a red-flag, symptom or other table of
:mod:`careflow_agents.spelling`'s ``_vocabulary()``, or its typo rules -- and commit the file
with the change (``tests/unit/agents/test_agents_thirty_second_round_spelling.py`` fails when a
listed word is no longer one the corrector would rewrite). The runtime never imports wordfreq.

Why: :func:`careflow_agents.spelling._nearest` rewrites any word of six letters or more that is
one thumb's edit from a clinical word, and real words of the patients' languages lie there too
(German "Schienbein" -> "schienein", Turkish "yürüyorum", I walk -> "yutuyorum", I swallow,
"kaynama", boiling -> "kanama", bleeding; English "threat" -> "throat"). A word is listed when

* it is frequent in English, German, French or Turkish (or Russian, transliterated to Latin
  letters the way patients type it): Zipf frequency >= :data:`CUT` in that language's
  ``wordfreq`` list (3.1.1, "best" lists; Zipf 2.5 is once in some three million words);
* folded as the corrector folds it (:func:`careflow_agents.text.fold`), it is a word the
  corrector reads (six Latin letters or more) and would rewrite (``_nearest`` answers);
* it is not a misspelling: the word the corrector would make of it is not a hundred times more
  frequent (:data:`MISSPELLING`, two Zipf points) in the same language ("haraket" for
  "hareket", "wuerde" for "würde" stay corrected). The typos the tests rely on ("feaver",
  "temprature", "sweling", "bleding", "schwelung", "saignemment", "durmuyo") are below the cut;
* in German, it is not an umlaut typed as two letters of a more frequent word ("gruene" is
  "grüne", folded "grune", which the corrector's reading of "ue" as "u" must still see), nor
  the same word without the "e" of its "-el-" stem ("schwindlig" is read "schwindelig").
  German words with an umlaut typed as two letters are not listed: the corrector's rewrite of
  them, even to a non-word ("bluterguesse" -> "blutergussse"), is most often the tables'
  spelling ("bluterguss").

Data: wordfreq by Robyn Speer (code MIT; data CC BY-SA 4.0, from Wikipedia, subtitles, news,
books, web text, Twitter and Reddit: https://github.com/rspeer/wordfreq). The written list is
a derived work under CC BY-SA 4.0, which its header says.
"""

from __future__ import annotations

import math
import re
import sys
from collections import defaultdict
from pathlib import Path

import wordfreq

from careflow_agents import spelling
from careflow_agents.text import fold

CUT = 2.5
MISSPELLING = 2.0
LANGUAGES = ("en", "de", "fr", "tr", "ru")
OUT = Path(spelling.__file__).with_name("real_words.txt")
_UMLAUT = re.compile("([aou])e")  # ä, ö, ü typed as ae, oe, ue
_READ = re.compile(r"[a-z]{6,}")  # spelling._WORD without its look-arounds: a whole word
# Russian as patients type it in Latin letters (х as "h", щ as "sch", ы as "y")
_RU = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "a b v g d e e zh z i y k l m n o p r s t u f h ts ch sh sch - y - e yu ya".split(),  # noqa: SIM905
        strict=True,
    )
)


def _latin(word: str, lang: str) -> str:
    if lang != "ru":
        return fold(word)
    return "".join(_RU.get(c, c) for c in word.lower()).replace("-", "")


def frequencies(lang: str) -> dict[str, float]:
    """Zipf frequency of each folded spelling (summed over the words that fold to it)."""
    freq: dict[str, float] = defaultdict(float)
    for word, frequency in wordfreq.get_frequency_dict(lang).items():
        if frequency >= 1e-8:  # Zipf 1
            freq[_latin(word, lang)] += frequency
    return {w: math.log10(f) + 9 for w, f in freq.items()}


def _elided(word: str, corrected: str) -> bool:
    """Whether the two differ by the "e" of a German "-el" stem, which the language drops at
    will before "-ig" and in a verb's "-le" ("schwindlig"/"schwindelig", "eklig"/"ekelig",
    "ich lächle"/"lächele"; Duden's grammar, e-elision): the same word, so the corrector's
    reading of it as the clinical spelling is kept."""
    if abs(len(word) - len(corrected)) != 1:
        return False
    longer, shorter = (word, corrected) if len(word) > len(corrected) else (corrected, word)
    i = spelling._common_prefix(longer, shorter)
    # before "-ig" ("schwindlig") or a verb's "-e" ("ich lächle"), not before "-los" or "-er"
    return longer[i : i + 2] == "el" and longer[i + 2 : i + 4] in ("ig", "e")


def real_words() -> list[str]:
    listed: set[str] = set()
    for lang in LANGUAGES:
        freq = frequencies(lang)
        for word, zipf in freq.items():
            if zipf < CUT or not _READ.fullmatch(word):
                continue
            corrected = spelling._nearest(word)
            if corrected is None or freq.get(corrected, 0.0) >= zipf + MISSPELLING:
                continue
            if lang == "de" and freq.get(_UMLAUT.sub(r"\1", word), 0.0) > zipf:
                continue  # "gruene" is "grüne" typed without its umlaut, which stays corrected
            if lang == "de" and _elided(word, corrected):
                continue  # "schwindlig" is "schwindelig": the same word, read as it
            listed.add(word)
    return sorted(listed)


def main() -> int:
    words = real_words()
    header = [
        "# Real words the spelling corrector never rewrites (careflow_agents.spelling._real_words).",
        "# Written by layers/agents/build_real_words.py -- do not edit; rerun it when the clinical",
        f"# vocabulary changes. Words of {', '.join(LANGUAGES)} with Zipf frequency >= {CUT}, folded,",
        "# that the corrector would rewrite and are not a misspelling of a word a hundred times",
        "# more frequent.",
        "# Derived from wordfreq 3.1.1 (Robyn Speer, https://github.com/rspeer/wordfreq): data",
        "# CC BY-SA 4.0, so this list is CC BY-SA 4.0 too.",
    ]
    OUT.write_text("\n".join([*header, *words]) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
