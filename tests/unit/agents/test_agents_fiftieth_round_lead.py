# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The fiftieth round lead's: a discharge or a bloated belly the patient DENIES, escalated as if
told (found beside flags50b's report: "из шва ничего не сочится" and "yaradan sivi gelmiyor" read
as ``pus``, "der Bauch ist nicht aufgebläht" as ``ohss_abdomen``), each on our own phrasings.

Issue 10's negation clause: routine messages that list what is absent must not be escalated,
and negation must never hide a present red flag. The three had no negation scope: the Russian
"nothing seeps" names no symptom noun, the Turkish says "does not come" with a verb the
negative-verb table did not know, and the German umlaut folds "aufgebläht" to a form the stems
did not hold. Urine that does not come ("idrarim gelmiyor") stays a sign.
"""

from __future__ import annotations

import pytest

from tests.unit.agents import screening

DENIED_NOT_URGENT: list[str] = [
    "после абдоминопластики 5 дней, из шва ничего не сочится, температуры нет, это нормально?",
    "из раны ничего не течёт, покраснения нет",
    "iz shva nichego ne sochitsya, temperatury net, normalno?",
    "karın germe 5. gün, yaradan sıvı gelmiyor, ateşim yok, normal mi?",
    "yaradan hic akinti gelmiyor, kizariklik yok",
    "dikişlerden kan gelmedi, ağrı da az",
    "Eizellentnahme vor 2 Tagen, der Bauch ist nicht aufgebläht, ich pinkle normal. Normal?",
    "Punktion vorgestern, keine Blähungen, kein Fieber, alles gut?",
]

STILL_URGENT: list[tuple[str, str]] = [
    ("из шва сочится гной, температура 38.5", "pus"),
    ("ничего не сочится, но шов разошёлся", "wound_dehiscence"),
    ("karın germe sonrası idrarım gelmiyor, karnım şişti", "low_urine_output"),
    ("yaradan sarı sıvı geliyor, kötü kokuyor", "pus"),
    ("yaradan sıvı gelmiyor ama ateşim 39", "high_fever"),
    ("Bauch ist aufgebläht und hart, kaum Pipi seit gestern", "ohss_abdomen"),
    ("der Bauch ist nicht aufgebläht, aber ich krieg kaum Luft", "breathing_difficulty"),
]


@pytest.mark.parametrize("text", DENIED_NOT_URGENT)
def test_a_discharge_or_bloating_denied_is_not_escalated(text: str) -> None:
    screening.assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize(("text", "flag"), STILL_URGENT)
def test_a_sign_told_beside_or_instead_of_the_denial_still_escalates(text: str, flag: str) -> None:
    screening.assert_urgent_by_the_rules(text, flag)
