# ruff: noqa: RUF001, RUF002, RUF003 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""Text normalisation shared by every rules-based matcher.

Patients type without accents ("agri" for "ağrı"), without umlauts ("gross", "hoellisch"), mix
Eastern Arabic digits, write Arabic with or without vowel marks, hamza and tatweel, and write
Russian in Latin letters ("krovi net", "bolit"). Two views of every message are matched:

* :func:`fold` -- case, accents and vowel marks folded, Turkish dotless i, Arabic letter variants
  (alef forms, alef maqsura, ta marbuta, hamza seats, Persian kaf/ya, tatweel) and Arabic-Indic
  digits unified, "39,5" read as "39.5". Every pattern is compiled through the same fold, and a
  German umlaut in a pattern also accepts its two-letter spelling (``ü`` -> ``(?:ue|u)``), so the
  tables stay readable in natural spelling.
* :func:`latin` -- the folded text with Cyrillic transliterated and Latin spelling variants
  reduced to one skeleton ("kh"/"h", "ts"/"c", "ya"/"ja"/"ia", "shch"/"sch"/"sh", soft signs
  dropped). Patterns written in Cyrillic are compiled once more through the same
  transliteration, so "температуры нет" in the tables also finds "temperatury net".

The transliteration is our own 33-letter table rather than ``cyrtranslit`` or ``unidecode``:
both give one fixed romanisation (zh/kh/shch, "ia"/"ya"), while patients mix several, so a
skeleton reduction on both sides is needed anyway -- and the table costs no import at cold
start. Arabic normalisation is likewise the handful of character maps ``pyarabic`` would apply
(most of them fall out of Unicode NFKD, which splits hamza and madda into combining marks).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Any

from careflow_agents import phrase_cache

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_LETTERS = str.maketrans(
    {
        "ı": "i",
        "ى": "ي",
        "ی": "ي",
        "ک": "ك",
        "ة": "ه",
        "ـ": None,
        "’": "'",
        "`": "'",
        "ʼ": "'",
        "œ": "oe",
        "æ": "ae",
        "´": "'",
        "،": ",",
        "؟": "?",
        "؛": ";",
    }
)
_SPACE = re.compile(r"\s+")
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d(?!\d{2}))")
_CYRILLIC_RUN = re.compile(r"[\u0400-\u04ff]+")

# Cyrillic -> Latin, already in skeleton form (see _SKELETON).
_CYRILLIC = str.maketrans(
    {
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "g",
        "д": "d",
        "е": "e",
        "ё": "e",
        "ж": "zh",
        "з": "z",
        "и": "i",
        "й": "i",
        "к": "k",
        "л": "l",
        "м": "m",
        "н": "n",
        "о": "o",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "у": "u",
        "ф": "f",
        "х": "h",
        "ц": "c",
        "ч": "ch",
        "ш": "sh",
        "щ": "sh",
        "ъ": "",
        "ы": "i",
        "ь": "",
        "э": "e",
        "ю": "iu",
        "я": "ia",
        "і": "i",
    }
)
# Latin spelling variants of Russian sounds, longest first, reduced to one skeleton.
_SKELETON = (
    ("shch", "sh"),
    ("sch", "sh"),
    ("kh", "h"),
    ("tz", "c"),
    ("ts", "c"),
    ("x", "h"),
    ("w", "v"),
    ("yo", "e"),
    ("y", "i"),
    ("j", "i"),
    ("'", ""),
)
_SKELETON_RE = re.compile("|".join(re.escape(a) for a, _ in _SKELETON))
_SKELETON_MAP = dict(_SKELETON)
_UMLAUTS = {"ä": "(?:ae|a)", "ö": "(?:oe|o)", "ü": "(?:ue|u)", "Ä": "(?:ae|a)", "Ö": "(?:oe|o)"}
_UMLAUT_RE = re.compile("[äöüÄÖ]")
# An upper-case escape of a pattern names the opposite of its lower-case one (``\\W`` is no word
# character, ``\\w`` one): the case fold must leave it alone. An escaped backslash ahead
# ("\\\\W", a backslash then a W) is no escape of the W; group 1 keeps the pairs before it.
_UPPER_ESCAPE = re.compile(r"(?<!\\)((?:\\\\)*)\\([WSDBAZ])")
_ESCAPE_HOLD = {c: chr(0xE000 + i) for i, c in enumerate("WSDBAZ")}
# Most patterns hold no upper-case escape: one search in C spares them the set-aside and the
# putting back (together ~0.18 s of a checkout's first message over the ~8,700 patterns folded).
_ANY_UPPER_ESCAPE = re.compile(r"\\[WSDBAZ]")


def _fold_letters(text: str) -> str:
    text = text.translate(_DIGITS).casefold().translate(_LETTERS)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACE.sub(" ", stripped).strip()


def fold(text: str) -> str:
    """Lower-case, strip accents and vowel marks, unify digits, decimals and Arabic letters."""
    return _DECIMAL_COMMA.sub(".", _fold_letters(text))


def fold_pattern(pattern: str) -> str:
    """:func:`fold` for a regular expression: ``{0,40}`` is a repeat, not a decimal, and an
    upper-case escape (``\\W``, ``\\S``, ``\\D``, ``\\B``, ``\\A``, ``\\Z``) stays the class
    it names rather than folding to its lower-case opposite."""
    return _fold_pattern_letters(_expand_umlauts(pattern))


def _fold_pattern_letters(pattern: str) -> str:
    """:func:`_fold_letters` for a pattern: the upper-case escapes are set aside first (a
    private-use character stands in for each; nothing in the fold touches those) and put back
    after, so the rest of the pattern folds as before."""
    if not _ANY_UPPER_ESCAPE.search(pattern):
        return _fold_letters(pattern)
    kept = _UPPER_ESCAPE.sub(lambda m: m.group(1) + _ESCAPE_HOLD[m.group(2)], pattern)
    folded = _fold_letters(kept)
    for letter, hold in _ESCAPE_HOLD.items():
        folded = folded.replace(hold, "\\" + letter)
    return folded


def skeleton(latin_text: str) -> str:
    """Reduce Latin spelling variants of Russian sounds to one form (both sides of a match)."""
    return _SKELETON_RE.sub(lambda m: _SKELETON_MAP[m.group(0)], latin_text)


def transliterate(folded: str) -> str:
    """Cyrillic runs of an already folded text in Latin skeleton form; other text unchanged."""
    return _CYRILLIC_RUN.sub(lambda m: skeleton(m.group(0).translate(_CYRILLIC)), folded)


def latin(folded: str) -> str:
    """The Latin-skeleton view of a folded message (Russian typed in either script)."""
    return skeleton(folded.translate(_CYRILLIC))


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC_RUN.search(text))


def _expand_umlauts(pattern: str) -> str:
    if "(?<" in pattern:
        return pattern  # a look-behind must keep a fixed width
    return _UMLAUT_RE.sub(lambda m: _UMLAUTS[m.group(0)], pattern)


@lru_cache(maxsize=8192)
def compile_folded(pattern: str) -> re.Pattern[str]:
    """One natural-spelling pattern compiled against the folded form, once per process (a
    module's patterns compile on first use, not at import: the cold start)."""
    return re.compile(fold_pattern(pattern))


@lru_cache(maxsize=8192)
def compile_latin(pattern: str) -> re.Pattern[str] | None:
    """A Cyrillic pattern transliterated for the :func:`latin` view (None: nothing Cyrillic)."""
    folded = _fold_pattern_letters(pattern)
    if not has_cyrillic(folded):
        return None
    # Anchored at a word start: a transliterated Russian stem must not match inside a word of
    # another language ("bol" in "bolt").
    return re.compile(rf"(?<![a-z0-9])(?:{transliterate(folded)})")


@lru_cache(maxsize=256)
def compile_any(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """A table of natural-spelling patterns as one alternation against the folded form: one
    search per message, compiled on first use and kept (the table is its cache key)."""
    return compile_folded("|".join(f"(?:{p})" for p in patterns))


def compile_all(patterns: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    """Compile natural-spelling patterns against the folded form of messages."""
    return tuple(compile_folded(p) for p in patterns)


def compile_latin_all(patterns: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    """The Cyrillic patterns among ``patterns``, compiled for the :func:`latin` view."""
    return tuple(c for c in (compile_latin(p) for p in patterns) if c is not None)


def any_match(patterns: Iterable[re.Pattern[str]], folded: str) -> bool:
    return any(p.search(folded) for p in patterns)


def first_match(patterns: Iterable[re.Pattern[str]], folded: str) -> re.Match[str] | None:
    for pattern in patterns:
        found = pattern.search(folded)
        if found:
            return found
    return None


# Frequent Russian words as typed in Latin letters (skeleton form): two of them make the
# transliterated view worth matching. Without this gate, short Russian stems in Latin letters
# meet German and English words ("вонь" -> "von").
_RUSSIAN_LATIN = frozenset(
    [
        "menia",
        "mne",
        "bolit",
        "net",
        "ochen",
        "posle",
        "operacii",
        "operaciia",
        "mozhno",
        "skolko",
        "zdravstvuite",
        "privet",
        "spasibo",
        "pozhaluista",
        "chto",
        "eto",
        "kak",
        "vchera",
        "segodnia",
        "dnei",
        "dnia",
        "nazad",
        "silno",
        "krovi",
        "krov",
        "normalno",
        "vrode",
        "nichego",
        "stalo",
        "trudno",
        "seichas",
        "uzhe",
        "tozhe",
        "kogda",
        "esli",
        "bil",
        "bila",
        "bilo",
        "delali",
        "sdelali",
        "nemnogo",
        # money words of a payment link asked for ("ssylku na oplatu ... vmesto ...")
        "vmesto",
        "ssilku",
        "ssilka",
        "oplatu",
        "budto",
        "tolko",
        "poka",
        "vse",
        "vsio",
        # the forty-seventh round's: the pointing word and the judgement around a quoted form
        # ("vot tekst: «...». Vse pravilno?"), whose quotation the language reader sets aside
        "vot",
        "pravilno",
        "nepravilno",
        "ili",
        "glaz",
        "glazu",
        "shov",
        "shvi",
        "temperatura",
        "otek",
        "opuhlo",
        "opuhla",
        "gnoi",
        "boli",
        "vrach",
        "pomogite",
        "strashno",
        "pishu",
        "pishet",
        "utra",
        "dnem",
        "vecherom",
        "nochiu",
        "tiazhelo",
        "dishat",
        "grudi",
        "serdce",
        "mozhet",
        "nado",
        "nuzhno",
        "stoit",
        "glaza",
        "oba",
        "teper",
        "pokazhi",
        "svoi",
        "tvoi",
        "dlia",
        "pravila",
        "hochu",
        "budet",
        # who meets whom at the airport, and a short agreement ("kto nas vstretit v aeroportu",
        # "ok dogovorilis", "horosho poniala") (the thirty-eighth round's)
        "kto",
        "vstretit",
        "vstretite",
        "vstretiat",
        "aeroportu",
        "aeroporta",
        "horosho",
        "dogovorilis",
        "poniala",
        "ponial",
        "poniatno",
        "zavtra",
        "dengi",
        "cena",
        "ceni",
        "dazhe",
        "voda",
        "vodu",
        "rvet",
        "toshnit",
        "chasa",
        "sovsem",
        "silnaia",
        "silnii",
        "opuhol",
        "otekla",
        "goriachaia",
        "perestaet",
        "li",
        "gde",
        "pochemu",
        "mogu",
        "vidit",
        "idet",
        "techet",
        "kakie",
        "kakoi",
        "kakaia",
        "nibud",
        "srazu",
        "shtuk",
        "skidki",
        "skidka",
        # spoken price and time questions ("skoka stoit", "skok po vremeni")
        "skoka",
        "skoko",
        "stoiat",
        "vremeni",
        # frequent words of orders and notes in Latin letters ("srochno otmenit predoplatu dlya
        # etogo pacienta"): pronouns, urgency, lists and payment, in skeleton form
        "etogo",
        "etoi",
        "etot",
        "etu",
        "emu",
        "vseh",
        "srochno",
        "spisok",
        "nedeliu",
        "nedeli",
        "otmenit",
        "otmeni",
        "prislat",
        "prishli",
        "predoplata",
        "predoplatu",
        "pacientov",
        "kotorii",
        "kotoraia",
        "kotorie",
    ]
)
_TURKISH_COLLOQUIAL = re.compile(r"(?<=[iu])yo(m?)\b")


# Arabizi "ma fi" / "ma 3ndi" (there is no / I have no) as one negation cue; a bare "ma" is
# French "my" and must stay as it is.
# "ma fish 7arara" is "mafi 7arara": the "there is" word is taken in, so that negation's scope
# (one cue, then the symptoms) is not broken by it; "ma 3ndi" keeps its "I have".
_ARABIZI_NEGATION = re.compile(
    r"\bma (?:(?:fi|fih|fee|fish|feesh)\b ?|(?=(3ndi|3andi|3andy|andi)\b))"
)


# Russian morphology no other language here spells in Latin letters: "zh" (ж: "zhivot",
# "nuzhno"), "shch" (щ), reflexive "-tsya" (-тся: "gnoitsya", "kruzhitsya") and adjective
# endings "-yy"/"-yi"/"-iy" after a consonant ("krasnyi", "goryachiy"). Matched on the folded
# word before the skeleton, which would merge "ts" and "c" ("ca" in French).
_RUSSIAN_MORPHOLOGY = re.compile(
    r"zh|shch|ts(?:ya|ia|ja)\b|(?<=[bcdfghklmnprstvz])(?:yy|yi|iy|ij)\b"
)
# Letters a Russian writer in Latin letters has no key for; Turkish, German and French words
# carry them ("ağrı", "Übelkeit", "fièvre"), so a message with them is not transliterated Russian.
# (Listed in both cases: under re.IGNORECASE Python also matches a plain "i" to "ı".)
_NOT_TRANSLIT = re.compile("[ığşçöüäßéèêëàâîïôûùœæñİĞŞÇÖÜÄÉÈÊËÀÂÎÏÔÛÙŒÆÑ]")
_MIN_STEM = 5
# The soft and hard signs (ь, ъ) typed as an apostrophe inside a word ("skol'ko", "bol'no",
# "pod'ezd": the common transliteration, as in BGN/PCGN and ISO 9's scholarly form): part of the
# word, no break between two (the Cyrillic view drops both signs too).
_SOFT_SIGN = re.compile(r"(?<=[a-z])'(?=[a-z])")


@lru_cache(maxsize=1)
def _russian_stems() -> frozenset[str]:
    """Stems of the Cyrillic red-flag and symptom tables in Latin skeleton form ("gnoit",
    "krasn", "opuhl"), minus those another language's table also starts a word with.

    Read from the tables, so a new Cyrillic entry also teaches the transliteration gate its
    words. Imported lazily: the tables import this module.
    """
    from careflow_agents import lexicon, redflags, spelling

    sources = [p for flag in redflags.CATALOGUE for p in flag.patterns]
    sources += lexicon.SYMPTOMS + lexicon.NORMAL_HEALING
    stems: set[str] = set()
    for pattern in sources:
        folded = _fold_letters(pattern)
        if has_cyrillic(folded):
            bare = _ESCAPES.sub(" ", folded)
            stems.update(transliterate(w) for w in re.findall(r"[\u0400-\u04ff]{5,}", bare))
    others = {skeleton(word)[:_MIN_STEM] for word in spelling.known_words()}
    return frozenset(s for s in stems if len(s) >= _MIN_STEM and s[:_MIN_STEM] not in others)


def _russian_word(word: str) -> bool:
    """Whether one folded Latin word is evidence of Russian: a frequent word, a stem of the
    Cyrillic tables, or Russian morphology."""
    view = skeleton(word)
    if view in _RUSSIAN_LATIN or _RUSSIAN_MORPHOLOGY.search(word):
        return True
    if len(view) < _MIN_STEM:
        return False
    stems = _russian_stems()
    return any(view[:n] in stems for n in range(_MIN_STEM, len(view) + 1))


def russian_in_latin(folded: str, raw: str = "") -> bool:
    """Whether a Latin-script message reads as transliterated Russian ("krovi net, bolit").

    Two words of Russian evidence (:func:`_russian_word`: frequent words, stems of the
    Cyrillic tables, Russian morphology); or one long frequent word ("mozhno", "skolko",
    "spasibo") that no other language here writes; or a message of one or two words that are
    all Russian ("bolit"). ``raw``, the text before folding, rules out messages written with
    Turkish, German or French letters.
    """
    if raw and _NOT_TRANSLIT.search(raw):
        return False
    words = re.findall(r"[a-z]+", _SOFT_SIGN.sub("", folded))
    found = [w for w in words if _russian_word(w)]
    if len(set(found)) >= 2:
        return True
    if any(skeleton(w) in _RUSSIAN_LATIN and len(skeleton(w)) >= 6 for w in found):
        return True
    return bool(found) and len(words) <= 2 and len(found) == len(words)


_SCRIPT_LETTERS = (
    ("arabic", re.compile(r"[\u0600-\u06ff]")),
    ("cyrillic", re.compile(r"[\u0400-\u04ff]")),
    ("latin", re.compile(r"[a-z]")),
)
Patterns = tuple[re.Pattern[str], ...]


def scripts_of(text: str) -> tuple[str, ...]:
    """The scripts a (folded) text is written in; digits alone count as Latin."""
    found = tuple(name for name, letters in _SCRIPT_LETTERS if letters.search(text))
    return found or ("latin",)


_ESCAPES = re.compile(r"\\[a-zA-Z]")


def _scripts_of_pattern(pattern: str) -> list[str]:
    """Every script a pattern has letters of (regex escapes such as ``\\b`` are no letters);
    a pattern without letters (a temperature as digits, "37.8") goes with every script: digits
    are folded to ASCII in Arabic and Russian messages too ("حرارتي ٣٧.٨")."""
    bare = _ESCAPES.sub("", pattern.casefold())
    found = [name for name, letters in _SCRIPT_LETTERS if letters.search(bare)]
    return found or [name for name, _letters in _SCRIPT_LETTERS]


_META = set("\\.^$*+?{}[]()|")


# One token per escape, per character class (to its closing "]", or to the end) and per
# structural character: the scan below skips literal runs in the regex engine. Walking the
# pattern a character at a time in Python was the largest part of preparing the phrase tables
# on a checkout's first message (the forty-eighth round lead's profile: 145,000 steps).
_STRUCTURE_TOKEN = re.compile(r"\\.|\[(?:\\.|[^\]\\])*\]?|[()|]", re.DOTALL)
_DEPTH_STEP = {"(": 1, ")": -1, "|": 0}


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """``(index, char, depth)`` of each ``(``, ``)`` and ``|`` outside escapes and character
    classes, from ``start``; ``depth`` is the group depth after the char."""
    depth = 0
    for token in _STRUCTURE_TOKEN.finditer(pattern, start):
        ch = token.group()
        if ch in _DEPTH_STEP:
            depth += _DEPTH_STEP[ch]
            yield token.start(), ch, depth


def _split_top(pattern: str) -> list[str] | None:
    """``pattern`` split at its top-level ``|`` (None if the brackets do not balance)."""
    parts, start, depth = [], 0, 0
    for i, ch, depth in _structure(pattern):
        if ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    if depth != 0:
        return None
    parts.append(pattern[start:])
    return parts


def _closing(pattern: str, i: int) -> int:
    """The index of the ``)`` closing the group that opens at ``i`` (-1 when there is none)."""
    for j, ch, depth in _structure(pattern, i):
        if ch == ")" and depth == 0:
            return j
    return -1


def anchors(pattern: str) -> tuple[str, ...] | None:
    """Literal strings one of which every match of ``pattern`` starts with (None: unknown).

    A cheap necessary condition: a pattern none of whose anchors occurs in a message cannot
    match it, so it is neither compiled nor searched for that message.
    """
    branches = _split_top(pattern)
    if branches is None:
        return None
    found: list[str] = []
    for branch in branches:
        i = 0
        while branch.startswith("\\b", i):
            i += 2
        if branch[i : i + 1] == "(":
            end = _closing(branch, i)
            inner = branch[i + 1 : end]
            after = branch[end + 1 : end + 3]
            if end < 0 or after[:1] in ("?", "*") or after.startswith("{0"):
                return None
            if inner.startswith("?:"):
                inner = inner[2:]
            elif inner.startswith("?"):
                return None  # a look-around
            sub = anchors(inner)
            if sub is None:
                return None
            found.extend(sub)
            continue
        j = i
        while j < len(branch) and branch[j] not in _META:
            j += 1
        literal = branch[i:j]
        if branch[j : j + 1] in ("?", "*", "{"):
            literal = literal[:-1]  # the last character is optional
        if len(literal) < 2:
            return None
        found.append(literal)
    return tuple(found)


@lru_cache(maxsize=16384)
def _compiled_source(source: str) -> re.Pattern[str]:
    return re.compile(source)


class PhraseTables:
    """Named pattern tables, compiled lazily and searched only where they can match.

    A message is only searched with the patterns of the scripts it contains (an Arabic message
    never runs the Latin patterns), and of those only with the ones whose literal
    :func:`anchors` occur in it; a pattern is compiled the first time a message needs it.
    Compiling every table of six languages at once costs several hundred milliseconds, which
    would otherwise land on run_agent's first message.
    """

    prefilter = True  # tests switch it off to prove it never changes a result

    def __init__(self, tables: Mapping[str, Sequence[str]]) -> None:
        # name -> script -> [(anchors, regex source)]; "translit" holds the Latin-view sources.
        # Prepared when the layer was built if it can be (phrase_cache: ~0.6 s of the first
        # message), else here.
        digest = phrase_cache.key(tables)
        prepared = phrase_cache.lookup(digest)
        if prepared is not None:
            self._raw: dict[str, dict[str, list[Any]]] = prepared
            return
        self._raw = {}
        for name, patterns in tables.items():
            grouped: dict[str, list[tuple[tuple[str, ...] | None, str]]] = {
                "latin": [],
                "cyrillic": [],
                "arabic": [],
                "translit": [],
            }
            for pattern in patterns:
                source = fold_pattern(pattern)
                for script in _scripts_of_pattern(pattern):
                    grouped[script].append((anchors(source), source))
                folded = _fold_pattern_letters(pattern)
                if has_cyrillic(folded):
                    inner = transliterate(folded)
                    grouped["translit"].append((anchors(inner), rf"(?<![a-z0-9])(?:{inner})"))
            self._raw[name] = grouped
        phrase_cache.record(digest, self._raw)

    def __contains__(self, name: str) -> bool:
        return name in self._raw

    def _select(self, name: str, script: str, text: str) -> Patterns:
        # A plain loop, not any() over a generator: ~170 calls per message made this the top
        # item of run_agent's profile, and the loop halves it (1.2 -> 0.6 ms of a 10 ms turn).
        chosen = []
        for found, source in self._raw[name][script]:
            if found is None or not self.prefilter:
                chosen.append(_compiled_source(source))
                continue
            for anchor in found:
                if anchor in text:
                    chosen.append(_compiled_source(source))
                    break
        return tuple(chosen)

    def patterns(
        self,
        name: str,
        scripts: Iterable[str],
        *,
        translit: bool,
        text: str = "",
        latin_text: str = "",
    ) -> tuple[Patterns, Patterns]:
        """(patterns for the folded ``text`` in ``scripts``, for ``latin_text`` if ``translit``)."""
        folded: Patterns = ()
        for script in scripts:
            folded += self._select(name, script, text)
        return folded, self._select(name, "translit", latin_text) if translit else ()

    def compile_everything(self) -> None:
        for scripts in self._raw.values():
            for entries in scripts.values():
                for _found, source in entries:
                    _compiled_source(source)


class Views:
    """A message's two matching views, computed once per message.

    ``latin`` is empty unless the message is Russian -- in Cyrillic, or in Latin letters by
    :func:`russian_in_latin` -- so transliterated stems are matched only where they can mean
    Russian. Colloquial Turkish "-iyo"/"-iyom" ("geliyo", "durmuyo") reads as "-iyor"/"-iyorum".
    """

    __slots__ = ("folded", "latin")

    def __init__(self, text: str) -> None:
        folded = fold(text)
        folded = _ARABIZI_NEGATION.sub("mafi ", folded)
        self.folded = _TURKISH_COLLOQUIAL.sub(lambda m: "yorum" if m.group(1) else "yor", folded)
        view = latin(folded)
        russian = has_cyrillic(folded) or russian_in_latin(folded, text)
        self.latin = _SOFT_SIGN.sub("", view) if russian else ""

    def search(
        self,
        folded_patterns: Iterable[re.Pattern[str]],
        latin_patterns: Iterable[re.Pattern[str]] = (),
    ) -> bool:
        return any_match(folded_patterns, self.folded) or any_match(latin_patterns, self.latin)
