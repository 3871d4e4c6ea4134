# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The forty-third round lead's: a belly told only "a bit" bloated after an egg collection is no
OHSS -- unless more than a kilo is told gained.

Why: the flags43a helper found "Bauch etwas aufgebläht, 3 kg zugenommen, atme normal,
Wasserlassen normal" answered routine: the "a bit bloated" exception of ``ohss_abdomen`` cleared
the weight hit too. RCOG Green-top No. 5 names rapid weight gain (over a kilo a day) among the
signs of OHSS; one kilo or less stays no sign (the thirtieth round's tests).
"""

import pytest

from careflow_agents.triage import triage

URGENT = [
    "Eizellentnahme vor 2 Tagen. Bauch etwas aufgebläht, 3 kg zugenommen, atme normal, "
    "Wasserlassen normal",
    "after egg collection my belly is a bit bloated, gained 1.5 kg",
    "ponction il y a 2 jours, ventre un peu ballonné, j'ai pris 2 kilos",
    "yumurta toplama sonrası karnım biraz şişkin, 2 kilo aldım",
    "после пункции живот чуть вздут, набрала 2 кг",
    "بعد سحب البويضات بطني منفوخ شوي وزاد وزني ٣ كيلو",
]

NOT_URGENT = [
    # a bit bloated, nothing weighed: HFEA 'Egg collection' -- common
    "Eizellentnahme vor 2 Tagen. Bauch etwas aufgebläht, atme normal",
    # a kilo or less is no warning (RCOG: over a kilo a day)
    "after egg collection belly a bit bloated, half a kilo more, breathing fine",
    "Eizellentnahme vor 3 Tagen, Bauch etwas gebläht, 0,5 kg zugenommen",
    "ponction il y a 3 jours, ventre un peu ballonné, j'ai pris 1 kg",
    "بعد سحب البويضات بيومين بطني منفوخ شوي وزاد وزني نص كيلو، بس اتنفس عادي والبول طبيعي",
]


@pytest.mark.parametrize("text", URGENT)
def test_a_bit_bloated_with_kilos_gained_is_ohss(text: str) -> None:
    result = triage(text, stage="post_op")
    assert result.urgency == "urgent"
    assert "ohss_abdomen" in result.red_flags


@pytest.mark.parametrize("text", NOT_URGENT)
def test_a_bit_bloated_without_kilos_is_not_urgent(text: str) -> None:
    assert triage(text, stage="post_op").urgency != "urgent"
