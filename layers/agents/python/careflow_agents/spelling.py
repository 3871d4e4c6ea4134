# ruff: noqa: RUF002, RUF003 -- Turkish text (dotless i) is intended
"""Typo tolerance: words one keystroke away from a clinical word are read as that word.

Patients type fast on a phone: "feaver", "temprature", "sweling", "bleding", "schwellung" as
"schwelung", "saignemment". Every word of six letters or more that is not already a known word
is compared with the clinical vocabulary -- the literal words and stems of the red-flag
catalogue and the symptom tables -- and replaced by the entry it is one edit away from
(substitution, insertion, deletion or a swap of two neighbours: optimal string alignment
distance 1), keeping its ending ("sweling" -> "swell" + "ing").

Guards against reading an ordinary word as a symptom: the first two letters must match (people
rarely mistype them, "never"/"fever" and "lever"/"fever" differ there, and it keeps the
comparisons to a handful per word), stems are at least five letters,
and frequent words that sit one edit away from a clinical word ("would"/"wound",
"world"/"wound") are never corrected: the hand list ``_COMMON`` and ``real_words.txt``, some
ten thousand frequent words of English, German, French, Turkish and Russian in Latin letters
that the corrector would otherwise rewrite ("Schienbein", "indiziert" -> "infiziert",
"yürüyorum" -> "yutuyorum", "voulez"), or one of them with a short ending ("kaynaması"), derived
from the ``wordfreq`` lists (data CC BY-SA 4.0) by ``layers/agents/build_real_words.py``.

Guard against reading one real word as another ("almadan" -> "almakan", "korkuyorum" ->
"kokuyorum", "injections" -> "infections"): a correction is only taken when the one edit is
one a thumb makes (:func:`_plausible_typo`) -- a swap of two neighbours; a letter replaced by one
next to it on a QWERTY, QWERTZ or AZERTY keyboard, or a vowel by another vowel; a vowel or a
doubled letter left out or typed twice; a key pressed with its neighbour; the last letter of
the word's stem left out ("geliyo"). Other languages' words differ from a clinical word by
exactly the other edits -- a consonant swapped for a far one ("almadan"/"almak"), a consonant
missing in mid-word ("stehen"/"stechen", "çıkıyor"/"çıkmıyor") -- which a typo rarely makes.

Written here rather than with ``rapidfuzz``: importing it costs 60-170 ms on a Lambda-sized
machine (more than the whole triage of a message) and 12 MB of the bundle, while the
vocabulary, bucketed by first letter and length, leaves a few dozen comparisons per word.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from careflow_agents import lexicon, redflags
from careflow_agents.text import fold, fold_pattern

_MIN = 5
_MAX_ENDING = 3
# German and English endings that deny the word they end ("schmerzfrei", "fieberlos", "painless")
_FREE_OF = ("frei", "freie", "freier", "freies", "los", "lose", "loser", "less", "free")
_ESCAPE = re.compile(r"\\[a-zA-Z]")
# Latin-script words only: Cyrillic and Arabic stems are short and dense, and one edit away from
# them lie too many ordinary words ("пелен"/"перенести").
_LITERAL = re.compile(r"[a-z]{5,}")
_WORD = re.compile(
    r"(?<![^\W\d_])[a-z]{6,}(?![^\W\d_])"
)  # five-letter words are too often real ("great"/"greft")

# Frequent words one edit away from a clinical word; never "corrected".
_COMMON = frozenset(
    fold(w)
    for w in [
        "would",
        "wouldn",
        "world",
        "words",
        "worse",
        "blond",
        "bloom",
        "blend",
        "bleak",
        "bless",
        "blessed",
        "paint",
        "paints",
        "fewer",
        "forever",
        "every",
        "sleep",
        "steep",
        "sweet",
        "swelt",
        "still",
        "stick",
        "stich",
        "shall",
        "smelt",
        "small",
        "smart",
        "spelled",
        "spell",
        "sorry",
        "hurry",
        "hours",
        "house",
        "horse",
        "found",
        "round",
        "sound",
        "wounded",
        "month",
        "months",  # not "monte" (French "la température monte") + "hs"
        "friday",  # not "froid" + "ay"
        "fridays",
        "sicher",
        "leider",
        "morgen",
        "wieder",
        "schon",
        "nicht",
        "stimmt",  # "stimmt das?" (is that right), not the voice ("Stimme")
        "richtung",  # "Richtung Hals" (towards the neck), not "riech" (a smell)
        "stark",
        "alors",
        # French verbs and words one edit from a stem ("ça gratte" is no graft, "balance" no
        # "balonce", "ouvert" no "ouverte")
        "gratte",
        "bleues",  # blue (lips), no German "blaues"
        "bleue",
        "grattent",
        "balance",
        "ouvert",
        "encore",
        "toujours",
        "merci",
        "burnum",  # my nose, no "burun" + "m"
        "burnumu",
        "dernier",  # last ("la dernière fois"), no Turkish "derin" (deep) + "ere"
        "derniere",
        "dernieres",
        "hatta",
        "hafta",
        "kalan",
        "kanal",
        "artik",
        "это",
        "было",
        "очень",
    ]
)


def _words(pattern: str) -> list[str]:
    """The literal words of a pattern, as folded.

    A German umlaut is expanded to ``(?:oe|o)`` for matching, which cuts the word in two for
    this look-up; the plain folded spelling is read too, so "größer" is the known word
    "grosser" and never a typo of French "grossir".
    """
    words = _LITERAL.findall(_ESCAPE.sub(" ", fold_pattern(pattern)))
    if _UMLAUT.search(pattern):
        words += _LITERAL.findall(_ESCAPE.sub(" ", fold(pattern)))
    return words


_UMLAUT = re.compile("[äöüÄÖÜ]")


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], dict[tuple[str, int], tuple[str, ...]]]:
    words: set[str] = set()
    sources = [p for flag in redflags.CATALOGUE for p in flag.patterns]
    sources += lexicon.SYMPTOMS + lexicon.NORMAL_HEALING
    for pattern in sources:
        words.update(_words(pattern))
    index: dict[tuple[str, int], list[str]] = defaultdict(list)
    for word in words:
        index[(word[:2], len(word))].append(word)
    # Words the other tables know are right as they are ("greffe" is not a typo of "greft").
    others = [p for table in lexicon.INTENTS.values() for p in table]
    others += lexicon.CARE_QUESTIONS + lexicon.AFTER_SURGERY + lexicon.OPERATION_DONE
    others += lexicon.MEDICATION + lexicon.GREETINGS
    for pattern in others:
        words.update(_words(pattern))
    return frozenset(words), {key: tuple(sorted(v)) for key, v in index.items()}


def known_words() -> frozenset[str]:
    """Every Latin-script word of the clinical and other tables, as folded."""
    return _vocabulary()[0]


def _prefixes(word: str, known: frozenset[str]) -> list[str]:
    """Known words the word is an inflection of (a short ending at most)."""
    start = max(_MIN, len(word) - _MAX_ENDING)
    return [word[:n] for n in range(start, len(word) + 1) if word[:n] in known]


_ROWS = (
    ("qwertyuiop", "asdfghjkl", "zxcvbnm"),  # QWERTY (English, Turkish Q)
    ("qwertzuiop", "asdfghjkl", "yxcvbnm"),  # QWERTZ (German)
    ("azertyuiop", "qsdfghjklm", "wxcvbn"),  # AZERTY (French)
)
_VOWELS = frozenset("aeiouy")


def _keyboard_neighbours() -> dict[str, frozenset[str]]:
    """Keys next to each letter (same row, or the staggered row above or below), any layout."""
    near: dict[str, set[str]] = defaultdict(set)
    for rows in _ROWS:
        for r, row in enumerate(rows):
            for i, key in enumerate(row):
                near[key].update(row[max(i - 1, 0) : i + 2])
                if r > 0:
                    near[key].update(rows[r - 1][i : i + 2])
                if r + 1 < len(rows):
                    near[key].update(rows[r + 1][max(i - 1, 0) : i + 1])
    return {key: frozenset(keys - {key}) for key, keys in near.items()}


_NEAR = _keyboard_neighbours()


def _close(a: str, b: str) -> bool:
    return (a in _VOWELS and b in _VOWELS) or b in _NEAR.get(a, frozenset())


# Turkish verb negation, folded: the negative suffix -ma/-me (-mı/-mi/-mu/-mü before -yor)
# followed by a tense or mood ("yayılmıyor", "durmuyo", "geçmedi", "kızarmamış", "olmaz",
# "akmadan"). No correction may add, drop or touch it (:func:`_keeps_negation`): one letter
# in or out there turns "does not spread" into "spreads" ("yayılmıyor"/"yayılıyor") or
# "comes off" into "does not come off" ("çıkıyor"/"çıkmıyor").
_TURKISH_NEGATIVE = re.compile(
    r"(?<=[a-z]{2})m[aeiu](?:yor|yo\b|z\b|zs|d[iu]|m[iu]s|yacak|yacag|yip|yin|yiz|sin|sun"
    r"|dan|den|m\b|yalim)"
)
# Inflectional endings of the Latin-script languages: a consonant added, dropped or replaced
# just before one changes which verb or noun it is ("peel-ing"/"pee-ing", "land-ing"/"lanc-ing",
# "çık-ıyor"/"çıkm-ıyor"), which a typo seldom does.
_ENDINGS = (
    "ing",
    "ed",
    "er",
    "es",
    "en",
    "ung",
    "iyor",
    "uyor",
    "yor",
    "di",
    "du",
    "mis",
    "mus",
    "ent",
    "ant",
    "ait",
)


def _common_prefix(a: str, b: str) -> int:
    """How many leading letters ``a`` and ``b`` share: where a one-letter edit sits."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return i


def _keeps_negation(word: str, corrected: str) -> bool:
    """Whether ``corrected`` holds the same negative suffixes as ``word``, at the same places,
    with the edit clear of them ("durmuyo" -> "durmuyor" keeps it; "kanamıyor" -> "kanamayor"
    edits it; "yayılmıyor" -> "yayılıyor" loses it)."""
    here = [m.start() for m in _TURKISH_NEGATIVE.finditer(word)]
    if here != [m.start() for m in _TURKISH_NEGATIVE.finditer(corrected)]:
        return False
    i = _common_prefix(word, corrected)
    return all(not start - 1 <= i <= start + 2 for start in here)


def _before_ending(word: str, i: int) -> bool:
    """Whether position ``i`` of ``word`` is the last letter before an inflectional ending."""
    return any(word.endswith(e) and len(word) - len(e) == i + 1 for e in _ENDINGS)


def _changes_the_word(typed: str, stem: str, ending: str) -> bool:
    """Whether the one edit from ``stem`` to ``typed`` (before ``ending``) is a consonant added,
    dropped or replaced right before an inflectional ending -- another word, not a typo.

    A doubled letter ("sweling"/"swelling") is a typo and not counted.
    """
    typed_word, stem_word = typed + ending, stem + ending
    i = _common_prefix(typed, stem)
    if len(typed) == len(stem):
        a, b = typed[i], stem[i]
        if a in _VOWELS or b in _VOWELS:
            return False
        return _before_ending(typed_word, i)
    longer = typed_word if len(typed) > len(stem) else stem_word
    extra = longer[i]
    if extra in _VOWELS or extra in longer[i - 1 : i] + longer[i + 1 : i + 2]:
        return False
    return _before_ending(longer, i)


def _plausible_typo(typed: str, stem: str, ending: str = "") -> bool:
    """Whether the one edit from ``stem`` to ``typed`` is one a thumb makes on a phone.

    Called only for pairs one edit apart. A swap of neighbours always is. A replaced letter must
    be a key next to the right one, or a vowel for a vowel. A letter added must be a vowel, a
    doubled letter or a key next to a neighbour. A letter left out must be a vowel, a doubled
    letter, or -- when no ending follows -- the stem's last letter ("geliyo"): before an ending
    a stem's lost last letter is more often another word's inflection ("alma-dan" is not
    "almak" + "dan"), and a consonant lost in mid-word another word ("çıkıyor"/"çıkmıyor").
    """
    if len(typed) == len(stem):
        diff = [i for i in range(len(typed)) if typed[i] != stem[i]]
        return len(diff) == 2 or _close(typed[diff[0]], stem[diff[0]])
    longer, shorter = (typed, stem) if len(typed) > len(stem) else (stem, typed)
    i = _common_prefix(longer, shorter)
    extra = longer[i]
    neighbours = longer[i - 1 : i] + longer[i + 1 : i + 2]
    if extra in _VOWELS or extra in neighbours:
        return True
    if longer is typed:  # a key pressed with its neighbour: a fat finger
        return any(_close(extra, n) for n in neighbours)
    # a consonant left out: only the stem's last one, at the end of the word -- in mid-word it
    # is most often another word ("çıkıyor" is not "çıkmıyor", "stehen" not "stechen")
    return not ending and i == len(stem) - 1


def _one_edit(a: str, b: str) -> bool:
    """Optimal string alignment distance of ``a`` and ``b`` is exactly one."""
    la, lb = len(a), len(b)
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    if abs(la - lb) != 1:
        return False
    if la > lb:
        a, b = b, a
    i = _common_prefix(a, b)
    return a[i:] == b[i + 1 :]


_REAL_WORDS = Path(__file__).with_name("real_words.txt")


@lru_cache(maxsize=1)
def _real_words() -> frozenset[str]:
    """Frequent words of English, German, French and Turkish (and Russian in Latin letters) that
    :func:`_nearest` would rewrite into a clinical word ("schienbein", "yuruyorum", "voulez"):
    never corrected. Written by ``layers/agents/build_real_words.py`` from the ``wordfreq``
    lists; read on the first correction, not at import."""
    with _REAL_WORDS.open(encoding="utf-8") as lines:
        return frozenset(w for line in lines if (w := line.strip()) and not w.startswith("#"))


@lru_cache(maxsize=8192)
def _correct_word(word: str) -> str | None:
    corrected = _nearest(word)
    if corrected is None:
        return None
    real = _real_words()  # loaded on the first rewrite, not at import
    # a real word, or one with a short ending ("kaynamasi": "kaynama" + "si")
    if any(word[:n] in real for n in range(max(len(word) - _MAX_ENDING, 6), len(word) + 1)):
        return None
    return corrected


def _nearest(word: str) -> str | None:
    """The clinical word ``word`` is a thumb's typo of, with its ending; None if none (or if the
    word is known, or in :data:`_COMMON`). Ignores the real-word list, which it is used to build."""
    known, index = _vocabulary()
    if word in _COMMON or any(word.startswith(k) for k in _prefixes(word, known)):
        return None
    if word.endswith(_FREE_OF) and any(word[:n] in known for n in range(_MIN, len(word))):
        # a whole clinical word made "free of" ("schmerzfrei" is not "schmerzt" + "rei"): the
        # denial lives in the ending, which an edit would destroy
        return None
    first = word[:2]
    # Longest entries first: "temprature" is "temperature", not "temp" + "rature".
    for length in range(len(word) + 1, _MIN - 1, -1):
        stems = index.get((first, length), ())
        if any(word.startswith(stem) for stem in stems):
            return None  # an inflection of a known word or stem ("swelling" of "swell")
        for cut in (length, length - 1, length + 1):
            if cut < _MIN - 1 or cut > len(word):
                continue
            head = word[:cut]
            if len(word) - cut > _MAX_ENDING:
                continue  # "richtlinie" is not "riecht" + "linie": only short endings are kept
            for stem in stems:
                if not (_one_edit(head, stem) and _plausible_typo(head, stem, word[cut:])):
                    continue
                corrected = stem + word[cut:]
                if not _keeps_negation(word, corrected):
                    continue  # a negation is never edited in, out or away
                if _changes_the_word(head, stem, word[cut:]):
                    continue
                return corrected
    return None


def correct(folded: str) -> str:
    """The folded text with near-miss spellings of clinical words replaced."""

    def replace(match: re.Match[str]) -> str:
        word = match.group(0)
        return _correct_word(word) or word

    return _WORD.sub(replace, folded)
