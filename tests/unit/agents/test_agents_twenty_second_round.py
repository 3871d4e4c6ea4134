# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The twenty-second round's general fixes (issue 10, dev23), each on our own phrasings, not dev23's.

Safety first: after a sleeve or a bypass, nausea after meals, barely eating, no stool for days and
a bloated belly are held for a person the same day (ASMBS, NHS) -- a denied "no vomiting" or a
"but I drink water" beside them must not clear the message as routine. Each beside the true
emergency (fluids not kept down, no urine, fainting with a racing heart) that stays urgent. Then
"can't drink except sip by sip" is no leak, and the negation forms the scopes missed ("zero fever",
"Fieber hatte ich nie", "температуры ни разу не было", "mollets nickel", a calf "not swollen"),
each beside the present sign that must keep the message urgent.
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import triage
from tests.unit.agents.screening import (
    assert_not_urgent_by_the_rules,
    assert_soon_by_the_rules,
    assert_urgent,
)


@pytest.mark.parametrize(
    "text",
    [
        "bypass 12 days ago, haven't pooed in five days, belly bloated, no vomiting, drinking my shakes",
        "sleeve last week, I feel sick after every few bites and can barely eat, not throwing up, water is ok",
        "Schlauchmagen vor 8 Tagen, seit 4 Tagen kein Stuhlgang, erbrochen habe ich nicht, trinke genug",
        "Magenbypass vor 2 Wochen, mir ist nach dem Essen immer übel und ich krieg kaum was runter, kein Erbrechen",
        "tüp mide ameliyatım 10 gün önceydi, 5 gündür tuvalete gidemedim, kusma yok, su içiyorum",
        "mide küçültme sonrası midem bulanıyor, hiçbir şey yiyemiyorum ama kusmuyorum",
        "sleeve il y a 10 jours, j'ai des nausées après chaque repas et je n'arrive pas à manger, pas de vomissements",
        "рукав 9 дней назад, тошнит после еды, почти не ем, рвоты нет, воду пью",
        "تكميم قبل ١٠ ايام، ما اقدر اشرب الا شوي شوي، ما استفرغ",
    ],
)
def test_poor_intake_or_no_stool_after_bariatric_surgery_is_seen_today(text: str) -> None:
    assert_soon_by_the_rules(text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        (
            "sleeve 9 days ago, no fever, but I can't keep water down, everything comes back up",
            "vomiting_abdominal",
        ),
        (
            "bypass 10 days ago, no pain, but I haven't peed since yesterday morning",
            "low_urine_output",
        ),
        (
            "sleeve two weeks ago, no vomiting, but I fainted in the bathroom and my heart is racing",
            "fainting",
        ),
        (
            "Schlauchmagen vor 10 Tagen, kein Fieber, aber ich behalte kein Wasser drin und muss ständig erbrechen",
            "vomiting_abdominal",
        ),
        (
            "tüp mide 1 hafta, ateşim yok ama su bile içemiyorum, her şeyi kusuyorum",
            "vomiting_abdominal",
        ),
        ("تكميم قبل ١٠ ايام، ما عندي حرارة بس كل ما اشرب مويه ارجعها", "vomiting_abdominal"),
        ("تكميم قبل ١٠ ايام، ما اقدر اشرب الا شوي شوي وما تبولت من امس", "low_urine_output"),
        (
            "рукав 10 дней назад, температуры нет, но воду не могу удержать, всё время рвёт",
            "vomiting_abdominal",
        ),
    ],
)
def test_true_emergencies_after_a_sleeve_stay_urgent(text: str, flag: str) -> None:
    assert_urgent(text, flag)


@pytest.mark.parametrize(
    "text",
    [
        "lipo day 10, zero fever, calves totally fine, just lumpy and sore",
        "Fettabsaugung Tag 11: Fieber hatte ich nie, die Beine sind nicht geschwollen, es ist nur hart",
        "Fettabsaugung vor 2 Wochen, die Waden sind nicht dick, ist das normal so?",
        "Nach der Fettabsaugung ist die Haut am Bauch noch hart wie ein Brett und taub, kein Fieber",
        "пересадка волос, 8 день, температуры ни разу не было, корочки отходят",
        "lifting il y a 2 semaines, mollets nickel, pas de fièvre, quand puis-je reprendre le sport ?",
    ],
)
def test_denied_signs_in_the_missed_forms_do_not_escalate(text: str) -> None:
    assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        (
            "lipo day 10, zero fever, but my left calf is swollen, hot and hurts when I walk",
            "calf_pain_swelling",
        ),
        (
            "Fettabsaugung Tag 11: Fieber hatte ich nie, aber die Wade ist dick, heiß und tut weh",
            "calf_pain_swelling",
        ),
        ("пересадка волос, 8 день, температуры ни разу не было, но из ран течет гной", "pus"),
        (
            "Nach der Fettabsaugung ist mein Bauch hart wie ein Brett und ich muss ständig erbrechen",
            "vomiting_abdominal",
        ),
        (
            "abdominoplastie il y a 2 semaines, mollets nickel mais je suis essoufflée au moindre effort",
            "breathing_difficulty",
        ),
        (
            "Fettabsaugung Tag 9, die Waden sind nicht dick, aber die linke ist heiß und schmerzt",
            "calf_pain_swelling",
        ),
    ],
)
def test_a_present_sign_beside_the_denials_stays_urgent(text: str, flag: str) -> None:
    assert_urgent(text, flag)


@pytest.mark.parametrize(
    "text",
    [
        "sleeve 10 days ago, drinking about a litre a day, my urine is dark, no vomiting",
        "Schlauchmagen vor 9 Tagen, ich trinke etwa 1 Liter, Urin ist ganz dunkel, kein Erbrechen",
        "tüp mide 10 gün önce, günde 1 litre su içebiliyorum, idrarım koyu, kusma yok",
        "рукав 10 дней, пью около литра, моча тёмная, рвоты нет",
    ],
)
def test_dark_urine_with_fluids_going_down_is_seen_today(text: str) -> None:
    assert_soon_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "sleeve 10 days ago, my urine is dark brown like cola and I barely pee",
        "рукав 10 дней, моча тёмная и очень мало, голова кружится",
        "Schlauchmagen vor einer Woche, Urin dunkelbraun und ich pinkel kaum noch",
    ],
)
def test_little_or_cola_coloured_urine_stays_urgent(text: str) -> None:
    assert_urgent(text, "low_urine_output")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # a flight asked as the end of the recovery is a treatment question
        (
            "Can you do a rhinoplasty and eyelid surgery in one operation? How long before I can fly home?",
            "treatment_enquiry",
        ),
        (
            "Geht Fettabsaugung und Bauchdeckenstraffung zusammen? Ab wann darf ich wieder fliegen?",
            "treatment_enquiry",
        ),
        # the insurer not paying is why the price is asked
        ("Was kostet ein Magenbypass bei euch? Meine Versicherung übernimmt nichts", "price_quote"),
        ("how much is a gastric sleeve with you? my insurance won't cover it", "price_quote"),
        # a free day asked in Turkish is a booking question
        ("ramazandan sonra boş gün var mı, saç ekimi için gelmek istiyorum", "appointment"),
        # photos offered as "if I send" beside a graft question
        ("kaç greft lazım olur, fotoğraf göndersem değerlendirir misiniz", "treatment_enquiry"),
        # an Egyptian "does it hurt a lot?" before the operation
        ("زراعة الشعر بتوجع اوي؟", "treatment_enquiry"),
    ],
)
def test_intent_frames_of_the_round(text: str, intent: str) -> None:
    assert triage(text, stage="enquiry", learned=False).intent == intent, text


def test_a_german_smell_denied_after_the_symptom_is_denied() -> None:
    # "riecht nix" after the wound is denied like "kein Geruch"; a smell told stays pus
    result = triage(
        "Haartransplantation Tag 9: kein Fieber, die Wunde riecht auch nix. Wann darf ich ins Fitnessstudio?",
        stage="post_op",
        learned=False,
    )
    assert result.urgency == "routine", result
    assert_urgent("Haartransplantation Tag 9, kein Fieber, aber die Wunde riecht faulig", "pus")
