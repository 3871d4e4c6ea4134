# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The thirty-second round's spelling fix (issue 10): real words are no typos.

``spelling.correct`` rewrote every word of six letters or more one thumb's edit from a clinical
word, and frequent words of the patients' languages lie there: German "Schienbein" (shin) ->
"schienein", "perfekt" -> "perdekt", "indiziert" (indicated) -> "infiziert" (infected), Turkish
"yürüyorum" (I walk) -> "yutuyorum" (I swallow), "kaynama" (boiling, a bone knitting) ->
"kanama" (bleeding), French "voulez" -> "voilez", English "threat" -> "throat", "mother" ->
"mouther" (which hides the word from every other table). The general fix: a list of real words
of en, de, fr, tr and Russian in Latin letters, derived from the published ``wordfreq`` lists by
``layers/agents/build_real_words.py`` (Zipf >= 2.5, only words the corrector would rewrite, no
misspelling of a word a hundred times more frequent), which the corrector never rewrites.

Tested on our own phrasings: each real word kept beside a typo of a clinical word that is still
corrected, a message whose outcome the rewrite changed, and that the committed list is current
(every listed word is still one the corrector would rewrite) -- without wordfreq, which only the
generator needs.
"""

from __future__ import annotations

import re

import pytest

from careflow_agents import spelling
from careflow_agents.text import fold
from careflow_agents.triage import triage
from tests.unit.agents.screening import assert_not_urgent_by_the_rules

# -- real words kept, typos still corrected ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mein Schienbein ist noch etwas blau",  # de: shin
        "Die Sicht ist perfekt",  # de: perfect
        "Ist eine Nachkontrolle indiziert?",  # de: indicated
        "Ameliyattan sonra rahat yürüyorum",  # tr: I walk
        "Kemik kaynaması nasıl gidiyor?",  # tr: the bone knitting
        "Si vous voulez, j'envoie une photo",  # fr: if you want
        "Je mange de la laitue",  # fr: lettuce
        "Is there any threat to the graft if I swim?",  # en: threat
        "My mother will drive me home",  # en: mother
        "Mne nuzhno chistit ranu?",  # ru in Latin letters: to clean
        "U menya v glazah vsyo horosho",  # ru in Latin letters: in the eyes
    ],
)
def test_a_frequent_real_word_is_not_rewritten(text: str) -> None:
    folded = fold(text)
    assert spelling.correct(folded) == folded


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("I have a feaver since last night", "fever"),
        ("the temprature is 39", "temperature"),
        ("a lot of sweling around the eye", "swelling"),
        ("some bleding from the nose", "bleeding"),
        ("starke Schwelung am Auge", "schwellung"),
        ("die Narbe ist infizirt", "infiziert"),  # beside "indiziert", kept
        ("un saignemment du nez", "saignement"),
        ("un gonflemment de la joue", "gonflement"),
        ("kanama durmuyo", "durmuyor"),
        ("dikişten kannama var", "kanama"),  # beside "kaynama", kept
        ("my throot hurts", "throat"),  # beside "threat", kept
    ],
)
def test_a_typo_of_a_clinical_word_is_still_corrected(typed: str, meant: str) -> None:
    assert meant in spelling.correct(fold(typed))


# -- through the triage -----------------------------------------------------------------------


def test_a_check_up_said_indicated_is_no_infection() -> None:
    # "indiziert" was read as "infiziert" (infected) and paged the on-call
    assert_not_urgent_by_the_rules("Ist nach drei Wochen eine Nachkontrolle indiziert?")
    assert triage("Die Narbe ist infizirt und eitert", stage="post_op", learned=False).urgency == (
        "urgent"
    )


# -- the committed list -----------------------------------------------------------------------


def test_the_list_is_folded_sorted_and_read_by_the_corrector() -> None:
    lines = spelling._REAL_WORDS.read_text(encoding="utf-8").splitlines()
    header = [line for line in lines if line.startswith("#")]
    words = [line for line in lines if line and not line.startswith("#")]
    assert any("CC BY-SA 4.0" in line for line in header)  # wordfreq's data licence
    assert words == sorted(set(words))
    assert all(re.fullmatch(r"[a-z]{6,}", w) and fold(w) == w for w in words)
    assert spelling._real_words() == frozenset(words)


def test_the_list_is_current() -> None:
    # every listed word is one the corrector would still rewrite; when the vocabulary changes,
    # rerun layers/agents/build_real_words.py (this test needs no wordfreq)
    stale = [w for w in spelling._real_words() if spelling._nearest(w) is None]
    assert not stale, stale[:20]


@pytest.mark.parametrize(
    "typo",
    ["feaver", "temprature", "sweling", "bleding", "schwelung", "saignemment", "durmuyo"],
)
def test_no_known_typo_is_listed(typo: str) -> None:
    assert typo not in spelling._real_words()
