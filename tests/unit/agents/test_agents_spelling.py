# ruff: noqa: RUF001, RUF003 -- Turkish text (dotless i) is intended
"""The spelling corrector fixes a thumb's typos of clinical words, never another real word."""

from __future__ import annotations

import pytest

from careflow_agents.spelling import _plausible_typo, correct
from careflow_agents.text import fold


@pytest.mark.parametrize(
    "text",
    [
        "randevu almadan önce fiyat öğrenebilir miyim",  # "almadan" is not "almak" + "an"
        "ameliyattan korkuyorum",  # I'm scared -- not "kokuyorum" (it smells)
        "Almanya'dan geliyorum",
        "how many injections will I need",  # not "infections"
        "Wie lange muss ich stehen?",  # not "stechen" (stabbing)
        "two months after the surgery",  # not "mouths"
        "is there a charge for the transfer",  # not "change"
        "je demande un devis",  # not "demange" (itches)
        "dikişten kan çıkıyor",  # blood is coming out -- never "çıkmıyor" (is not)
    ],
)
def test_valid_words_of_other_languages_are_left_alone(text: str) -> None:
    assert correct(fold(text)) == fold(text)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("feaver since last night", "fever since last night"),
        ("the sweling is worse", "the swelling is worse"),
        ("bleding from the wound", "bleeding from the wound"),
        ("kanama durmuyo", "kanama durmuyor"),
        ("es tut weh, schwindlig", "es tut weh, schwindelig"),
    ],
)
def test_thumb_typos_are_still_corrected(typed: str, read: str) -> None:
    assert correct(fold(typed)) == read


@pytest.mark.parametrize(
    ("typed", "stem", "ending", "plausible"),
    [
        ("fevet", "fever", "", True),  # t is next to r on the keyboard
        ("almad", "almak", "an", False),  # d and k are far apart
        ("fevar", "fever", "", True),  # a vowel for a vowel
        ("swel", "swell", "ing", True),  # a doubled letter left out
        ("stehen", "stechen", "", False),  # a consonant left out in mid-word
        ("alma", "almak", "dan", False),  # the stem's last letter lost before an ending
        ("cikiyor", "cikmiyor", "", False),  # a consonant lost in mid-word
        ("feverr", "fever", "", True),  # a doubled letter typed twice
        ("agriyo", "agriyor", "", True),  # ... but not at the end of the word
        ("fevre", "fever", "", True),  # two neighbours swapped
    ],
)
def test_only_a_thumbs_edits_are_typos(typed: str, stem: str, ending: str, plausible: bool) -> None:
    assert _plausible_typo(typed, stem, ending) is plausible


@pytest.mark.parametrize(
    "text",
    [
        "kızarıklık yayılmıyor, ateşim yok",  # does not spread -- never "yayılıyor" (spreads)
        "yaradan su akmıyor",  # nothing flows -- never "akıyor"
        "yanağım artık şişmiyor",  # no longer swelling -- never "şişliyor"
        "dikiş yeri kanamıyor",  # does not bleed
        "sabah kalkıyorum, ağrı yok",  # "I get up" is not "kalmıyor" (a negation added)
    ],
)
def test_a_negated_turkish_verb_is_never_edited(text: str) -> None:
    """One letter in or out of the negative suffix flips the meaning; a typo there is rarer
    than a real word (each of these was 'corrected' before)."""
    assert correct(fold(text)) == fold(text)


@pytest.mark.parametrize(
    "text",
    [
        "the skin on my nose is peeling a bit",  # peel-ing, not pee-ing
        "landing at 6 pm on Friday",  # land-ing, not lanc-ing
    ],
)
def test_a_consonant_before_an_ending_makes_another_word_not_a_typo(text: str) -> None:
    assert correct(fold(text)) == fold(text)


def test_the_negated_verb_keeps_the_screen_negative() -> None:
    """The screen behind the corrector: a negated spread is no red flag."""
    from careflow_agents.triage import red_flags

    assert red_flags("kızarıklık yayılmıyor, ateşim yok")[0] == ()
