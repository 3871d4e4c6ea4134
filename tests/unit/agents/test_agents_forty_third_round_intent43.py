# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The forty-third round's intent fix (dev48) and the upper-case escapes of folded patterns.

- A price asked outright in words the price-over-travel table does not hold ("kaç para", "kaç
  euro", "wie viel") beside an item of the stay asked as included ("otel dahil mi?", "ist das
  Hotel dabei?") was read as travel: the price is the ask; the hotel is part of what is priced.
  Beside it, look-alikes that stay the trip: nights, minutes, luggage counted ("wie viel Gepäck",
  "kaç gece", "сколько ночей"), no price asked.
- ``fold_pattern`` lower-cased a whole pattern, so ``\\W``, ``\\S``, ``\\D`` and ``\\B`` became
  their opposites ``\\w``, ``\\s``, ``\\d``, ``\\b``; they now survive the fold (in the Latin view
  of Cyrillic patterns too), while umlauts and letters still fold.
"""

from __future__ import annotations

import re

import pytest

from careflow_agents.text import compile_folded, compile_latin, fold, fold_pattern, latin
from careflow_agents.triage import triage
from tests.unit.agents.screening import assert_intent_by_the_rules

# -- a price asked outright beside a hotel or transfer asked as included ------------------------

_PRICE_WITH_ITEM_INCLUDED = [
    "sac ekimi kac euro, otel de dahil mi?",
    "Burun estetiği kaç para tutuyor? Transfer fiyatına dahil mı?",
    "Zahnimplantate oben, wie viel ungefähr, ist das Hotel dabei?",
    "Wieviel für eine Nasen-OP, ist der Transfer inklusive?",
    "How much for eight veneers, is the hotel included?",
    "Rhinoplastie, combien au total ? l'hôtel est compris ?",
    "Ринопластика, какая цена? отель входит в стоимость?",
    "تجميل الانف بكام؟ الفندق داخل في السعر؟",
]


@pytest.mark.parametrize("text", _PRICE_WITH_ITEM_INCLUDED)
def test_a_price_asked_outright_beside_an_included_item_is_a_price_question(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "price_quote")


_TRIP_COUNTED_NO_PRICE = [
    "otelde kaç gece kalıyoruz, transfer dahil mi?",
    "otelden klinige transfer kac dakika, otel dahil mi?",
    "Wie viel Gepäck darf ich beim Transfer mitnehmen, ist das Hotel dabei?",
    "how many nights in the hotel? is the transfer included?",
    "Ринопластика, сколько ночей в отеле? трансфер входит?",
    "is the hotel included in the price? I land on 3 june",
]


@pytest.mark.parametrize("text", _TRIP_COUNTED_NO_PRICE)
def test_the_trip_counted_without_a_price_asked_is_no_price_question(text: str) -> None:
    result = triage(text, stage="enquiry", learned=False)
    assert (result.intent, result.urgency) == ("travel", "routine"), (text, result)


# -- fold_pattern keeps the upper-case escapes -----------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "folded"),
    [
        (r"\W", r"\W"),
        (r"\S+", r"\S+"),
        (r"\d+\S*", r"\d+\S*"),
        (r"^\W*(WENN|İken)\b", r"^\W*(wenn|iken)\b"),
        (r"\Bä\D", r"\B(?:ae|a)\D"),
        (r"Größe\s*\S", r"gr(?:oe|o)sse\s*\S"),
        (r"\\W", r"\\w"),  # an escaped backslash, then a letter W: the letter folds
        (r"\\\W", r"\\\W"),  # an escaped backslash, then the class \W
    ],
)
def test_fold_pattern_keeps_upper_case_escapes(pattern: str, folded: str) -> None:
    assert fold_pattern(pattern) == folded


@pytest.mark.parametrize(
    ("pattern", "text", "found"),
    [
        (r"^\W*(wenn|falls)\b", "-- Wenn der Arzt zustimmt", True),
        (r"^\W*(wenn|falls)\b", "Ja, wenn der Arzt zustimmt", False),
        (r"\b(nur|erst) \d+\S* (bezahlt|gezahlt)\b", "ich habe nur 500€ bezahlt", True),
        (r"\b(nur|erst) \d+\S* (bezahlt|gezahlt)\b", "nur 500 euro bezahlt", False),
        (r"\bstatus\s*:\s*\S", "Status: PAID", True),
        (r"\bstatus\s*:\s*\S", "status:  ", False),
    ],
)
def test_a_folded_pattern_reads_the_class_its_author_wrote(
    pattern: str, text: str, found: bool
) -> None:
    assert bool(compile_folded(pattern).search(fold(text))) is found


def test_the_latin_view_of_a_cyrillic_pattern_keeps_upper_case_escapes() -> None:
    compiled = compile_latin(r"^\W*(если|когда)\b")
    assert isinstance(compiled, re.Pattern)
    assert r"\W" in compiled.pattern
    assert compiled.search(latin(fold("-- esli vrach odobrit")))
    assert not compiled.search(latin(fold("da, esli vrach odobrit")))
