# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The eighteenth round's general fixes (issue 10, dev19), each on our own phrasings, not dev19's.

Safety first: a red flag is screened whatever else the message asks. A stroke told by a relative
through lost abilities (the verb before the face, a hand that no longer holds a cup, speech that
is unclear -- NHS FAST) and a septal haematoma told as a lump or purple swelling on the septum,
or both sides blocked with a pain that rises (ENT UK), are urgent. Before the stage moves, an
"if" in a travel or booking question in another sentence does not make a present sign
hypothetical, and "I had <procedure> two days ago" in Arabic tells an operation done.
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import triage
from tests.unit.agents.screening import assert_urgent


@pytest.mark.parametrize(
    "text",
    [
        "Пишу за отца: операция 2 дня назад, вечером перекосило рот вправо и правая рука не держит ложку",
        "Папе сделали пересадку волос 4 дня назад, сейчас говорит невнятно, как пьяный, и лицо перекошено",
        "my husband had a facelift 3 days ago, his speech is slurred since dinner and his smile is crooked",
        "Mein Vater wurde vor 3 Tagen operiert, seit heute spricht er verwaschen und der Mundwinkel hängt",
        "ma mère opérée il y a 4 jours parle mal depuis ce matin, elle a la bouche de travers",
        "babam 3 gün önce ameliyat oldu, sol eli bardağı tutamıyor ve konuşması sarhoş gibi",
        "ابوي سوا عملية قبل ٣ ايام، اليوم فمه مايل وكلامه ثقيل",
    ],
)
def test_stroke_told_through_lost_abilities_is_urgent(text: str) -> None:
    assert_urgent(text, "stroke_signs")


@pytest.mark.parametrize(
    "text",
    [
        "rhinoplasty 4 days ago, a dark purple swelling on my septum and it throbs",
        "nose job last week, both nostrils completely blocked and the pain is getting worse and worse",
        "Nasen-OP vor 3 Tagen, an der Scheidewand eine lila Beule, die pocht",
        "rhinoplastie il y a 5 jours, une bosse violette sur la cloison, ça fait très mal",
        "rhinoplastie il y a 2 jours, le nez complètement bouché des deux côtés et ça lance de plus en plus",
        "burun ameliyatı 3 gün önce, septumda mor bir şişlik var ve zonkluyor",
        "ринопластика 5 дней назад, на перегородке синяя шишка, болит всё сильнее",
        "عملية انف من ٤ ايام، في الحاجز انتفاخ بنفسجي ويوجعني",
    ],
)
def test_septal_haematoma_told_as_a_swelling_on_the_septum_is_urgent(text: str) -> None:
    assert_urgent(text, "septal_haematoma")


@pytest.mark.parametrize(
    "text",
    [
        # a hotel / booking question with an "if", the sign told in another sentence
        "Hi, can you tell me if the hotel has a shuttle? Also I had lipo at another clinic 2 days ago and now I can't breathe properly",
        "مرحبا، ودي اعرف اذا في توصيل من المطار. وللعلم سويت تجميل انف قبل ثلاث ايام، والحين نفسي ضيق",
        "Bonjour, pouvez-vous me dire si l'hôtel est loin ? J'ai été opérée il y a 3 jours et j'ai du mal à respirer",
        # a payment question, the sign beside it
        "how do I pay the balance by card? by the way my leg has been swollen, hot and red since my surgery 5 days ago",
    ],
)
def test_a_red_flag_inside_a_travel_or_payment_question_is_urgent(text: str) -> None:
    result = triage(text, stage="enquiry", learned=False)
    assert result.urgency == "urgent", (text, result)
    assert result.intent == "post_op_concern", (text, result)


@pytest.mark.parametrize(
    "text",
    [
        "will I bleed a lot if the stitches come out?",
        "what if I can't breathe through my nose after the rhinoplasty?",
        "اذا صار نزيف بعد العملية شو اسوي؟",
    ],
)
def test_a_hypothetical_in_the_same_sentence_stays_a_question(text: str) -> None:
    assert triage(text, stage="enquiry", learned=False).urgency != "urgent", text
