# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""Triage rules: red flags in every language always urgent; ordinary messages not.

The phrasings here are deliberately different from the labelled evaluation set, so this test
checks the red-flag tables generalise rather than memorise.
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import red_flags, triage

RED_FLAG_MESSAGES = {
    "high_fever": [
        "I think I have a fever, 38.9 this evening",
        "Ateşlendim, 39 derece",
        "Ich habe seit gestern Fieber",
        "J'ai de la fièvre depuis hier soir",
        "У меня поднялась температура",
        "عندي حرارة مرتفعة منذ الأمس",
    ],
    "heavy_bleeding": [
        "The wound is bleeding a lot",
        "Kanama bir türlü durmuyor",
        "Die Wunde blutet stark",
        "Je saigne beaucoup du nez",
        "Сильное кровотечение из раны",
        "عندي نزيف شديد من الأنف",
    ],
    "breathing_difficulty": [
        "I'm having trouble breathing",
        "Nefes almakta zorlanıyorum",
        "Ich bekomme kaum Luft",
        "J'ai du mal à respirer",
        "Мне тяжело дышать",
        "أشعر بضيق في التنفس",
    ],
    "chest_pain": [
        "Sharp chest pain since an hour",
        "Göğsüm sıkışıyor",
        "Ich habe Schmerzen in der Brust",
        "J'ai une douleur dans la poitrine",
        "Сильная боль в груди",
        "أشعر بألم في صدري",
    ],
    "fainting": [
        "I passed out in the bathroom",
        "Sabah bayıldım",
        "Ich bin ohnmächtig geworden",
        "J'ai perdu connaissance",
        "Я потеряла сознание",
        "فقدت الوعي لعدة ثواني",
    ],
    "pus": [
        "There is pus coming from the stitches",
        "Dikişlerden iltihap geliyor",
        "Die Naht eitert",
        "La cicatrice est infectée",
        "Из шва идёт гной",
        "يخرج قيح من الجرح",
    ],
    "calf_pain_swelling": [
        "My left calf is painful and swollen",
        "Baldırım şişti ve ağrıyor",
        "Meine Wade ist dick und schmerzt",
        "Mon mollet est gonflé",
        "Икра опухла и болит",
        "تورم في ساقي اليسرى مع ألم",
    ],
    "vision_loss": [
        "I suddenly can't see out of one eye",
        "Bir gözüm aniden görmüyor",
        "Ich sehe plötzlich nichts mehr",
        "Je ne vois plus de l'œil droit",
        "Я не вижу левым глазом",
        "فقدت البصر في عيني فجأة",
    ],
    "severe_pain_unrelieved": [
        "Unbearable pain, the painkillers don't help",
        "Ağrı kesiciler işe yaramıyor",
        "Die Schmerzmittel helfen nicht",
        "Douleur insupportable malgré les antalgiques",
        "Обезболивающие не помогают",
        "المسكنات لا تفيد والألم شديد",
    ],
}


@pytest.mark.parametrize(
    ("flag", "text"), [(flag, text) for flag, texts in RED_FLAG_MESSAGES.items() for text in texts]
)
def test_every_red_flag_in_every_language_is_urgent(flag: str, text: str) -> None:
    found, _ = red_flags(text)
    assert flag in found
    result = triage(text, stage="post_op")
    assert (result.intent, result.urgency) == ("post_op_concern", "urgent")


@pytest.mark.parametrize("stage", ["enquiry", "pre_op", "booked", "post_op"])
def test_red_flags_are_urgent_at_any_stage(stage: str) -> None:
    assert triage("I fainted twice today", stage=stage).urgency == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "No fever, just some swelling",
        "Ateşim yok ama biraz şişlik var",
        "Kein Fieber, nur etwas geschwollen",
        "Pas de fièvre, juste un peu gonflé",
        "Температуры нет, только отёк",
    ],
)
def test_negated_red_flags_are_not_urgent_but_soon(text: str) -> None:
    result = triage(text, stage="post_op")
    assert (result.intent, result.urgency) == ("post_op_concern", "soon")
    assert result.negated_flags


@pytest.mark.parametrize(
    ("text", "stage", "intent"),
    [
        ("How much would veneers cost me?", "enquiry", "price_quote"),
        ("Saç ekimi hakkında bilgi alabilir miyim?", "enquiry", "treatment_enquiry"),
        ("Wann habe ich meinen Termin?", "booked", "appointment"),
        ("Quel hôtel est proche de la clinique ?", "booked", "travel"),
        ("Пришлите, пожалуйста, счёт", "quoted", "documents"),
        ("لقد دفعت العربون اليوم", "quoted", "payment"),
        ("Good morning!", "enquiry", "other"),
        # "offer" is a price only as a noun: asking what the clinic offers is a treatment question
        ("Hello, do you offer dental implants?", "enquiry", "treatment_enquiry"),
        ("Do you have any offers for a hair transplant?", "enquiry", "price_quote"),
    ],
)
def test_intents(text: str, stage: str, intent: str) -> None:
    result = triage(text, stage=stage)
    assert result.intent == intent
    assert result.urgency != "urgent"


def test_medication_question_after_surgery_is_flagged_as_medical() -> None:
    result = triage("Can I take aspirin now?", stage="post_op")
    assert result.medical_question and result.intent == "post_op_concern"


@pytest.mark.parametrize(
    "text",
    [
        "Сколько стоят виниры?",
        "Почём пересадка волос?",
        "بكم زراعة الشعر؟",
        "What do veneers cost?",
        "Was kosten Veneers?",
        "Combien coûtent les facettes ?",
        "Diş kaplama ne kadar?",
    ],
)
def test_price_questions_in_every_language(text: str) -> None:
    assert triage(text, stage="enquiry", has_treatment=True).intent == "price_quote"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # a weekday with a time of day is an appointment, in every language
        ("ok, Thursday 3pm works, see you", "appointment"),
        ("Alles klar, Freitag 9 Uhr Videotermin", "appointment"),
        ("parfait, mardi 15h alors", "appointment"),
        ("cuma saat 11'de ararım", "appointment"),
        ("тогда в пятницу в 12", "appointment"),
        ("تمام يوم الخميس الساعه ٣", "appointment"),
        # Turkish suffix chains on a date moved, a meeting, a confirmation
        ("operasyon tarihini bir hafta geri alabilir miyiz", "appointment"),
        ("görüşmemiz hala geçerli mi, teyit ederim", "appointment"),
        # German compounds by their head
        ("Ist Ratenzahlung möglich oder nur Vorkasse?", "payment"),
        ("Ich hätte gern eine Erstberatung per Video", "appointment"),
        ("Preisangebot für Zahnimplantate mit Hotel bitte", "price_quote"),
        # Arabic verb prefixes on the root أجل
        ("نبي نأجل الموعد اسبوع", "appointment"),
        ("كم السعر والفندق داخل؟", "price_quote"),
    ],
)
def test_intent_by_morphology_and_the_structure_of_a_date(text: str, intent: str) -> None:
    assert triage(text, stage="enquiry").intent == intent


@pytest.mark.parametrize(
    "text",
    [
        "Before I book the rhinoplasty, which anaesthesia do you use and who is the surgeon?",
        "Bevor ich die Haartransplantation buche: welche Methode nutzen Sie, FUE oder DHI?",
        "Avant de réserver la liposuccion, vous faites une anesthésie générale ?",
        "Прежде чем записаться на ринопластику: какой у вас наркоз?",
        "قبل ما احجز زراعة الشعر، تستخدمون طريقة FUE ولا DHI؟",
    ],
)
def test_a_booking_in_a_before_clause_frames_a_treatment_question(text: str) -> None:
    assert triage(text, stage="enquiry").intent == "treatment_enquiry", text


@pytest.mark.parametrize(
    "text",
    [
        "Before I book, can we do a video call on Tuesday?",
        "I want to book the rhinoplasty for March, which dates are free?",
    ],
)
def test_an_appointment_outside_the_before_clause_is_still_one(text: str) -> None:
    assert triage(text, stage="enquiry").intent == "appointment", text
