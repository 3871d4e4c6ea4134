# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The ninth round's general fixes (issue 10, dev10), each on our own phrasings, not dev10's.

Red flags in lay words and dialects (a curtain told with the plain word, half the field of
vision gone, grafts gone black in Arabic and French, German delirium and a soaked dressing,
an Austrian racing heart, Levantine no-urine and presyncope); intent cues by kind (a calendar
date asked about as still free, whether a treatment hurts, spoken German "kost'n", whether a
quoted offer still holds).
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import red_flags, triage


@pytest.mark.parametrize(
    ("flag", "text"),
    [
        # a curtain or half the field of vision (AAO, NHS 'Detached retina')
        ("vision_loss", "с утра на левом глазу будто шторку задёрнули"),
        ("vision_loss", "I can only see half of everything with my right eye"),
        ("vision_loss", "правым глазом вижу только половину"),
        ("vision_loss", "بعيني اليمين اشوف نص بس"),
        # grafts gone black (ISHRS)
        ("skin_necrosis", "il y a deux bouts de greffe devenus tout noirs"),
        ("skin_necrosis", "الشعيرات المزروعة اسودت من قدام"),
        # a wound smelling "not good" (NICE NG125)
        ("pus", "الجرح ريحته خايبة ويطلع منه شي اصفر"),
        ("pus", "فيه ريحة مو زينة من الجرح"),
        ("pus", "Die Haut um die Narbe ist knallrot und das wird immer mehr"),
        # delirium in German lay words (NICE CG103)
        ("neuro_confusion", "Mein Mann redet wirres Zeug seit dem Aufwachen"),
        ("neuro_confusion", "Meine Mutter erkennt uns kaum mehr seit heute Mittag"),
        # a dressing soaked through with blood (NHS)
        ("heavy_bleeding", "Der Verband ist komplett durchgesuppt, das hört nicht auf"),
        ("heavy_bleeding", "die Kompresse ist blutgetränkt"),
        # a racing heart in Austrian words (NHS 'Pulmonary embolism')
        ("pulmonary_embolism_signs", "Mein Herz pumpert wie wild und ich schwitze"),
        # no urine since yesterday, Levantine (RCOG / HFEA)
        ("low_urine_output", "ما بلت من امس"),
        # about to faint: a black cloud, the world going dark (NHS 'Fainting')
        ("fainting", "دايخ وحاس بغمامة سودا"),
        ("fainting", "قمت من السرير والدنيا اسودت"),
        # cannot keep water down, breathless, a breast swelling on one side (German lay words)
        ("vomiting_abdominal", "ich krieg kein Wasser runter, kommt alles sofort wieder raus"),
        ("breathing_difficulty", "ich keuche wie eine Lokomotive, nur vom Bad zum Bett"),
        ("breast_haematoma", "die Backe ist rechts seit dem Mittag doppelt so dick"),
        # pain the painkiller does not touch; one side that will not move (Arabic)
        ("severe_pain_unrelieved", "الوجع فظيع والمسكن ما فاد بشي"),
        ("neuro_confusion", "ابوي يقول ايده اليسار ما يقدر يحركها"),
        # a muffled "hot potato" voice, a scar gone dusky, hardly peeing, not knowing the day
        ("airway_swallowing", "my jaw is swollen and my voice sounds like a hot potato"),
        ("skin_necrosis", "the skin at the edge has turned a weird dusky colour"),
        ("low_urine_output", "je fais pipi à peine depuis ce matin"),
        ("neuro_confusion", "mon père ne sait plus quel jour on est depuis l'opération"),
        ("neuro_confusion", "mum doesn't know what day it is"),
        ("neuro_confusion", "папа несёт какую-то чушь с утра"),
        ("neuro_confusion", "бабушка не узнаёт маму после наркоза"),
        ("fainting", "как встаю -- сразу потемнело в глазах"),
    ],
)
def test_dev10_kinds_on_our_own_phrasings(flag: str, text: str) -> None:
    assert flag in red_flags(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Das Pflaster war ein bisschen durchgeweicht vom Duschen",
        "Der Verband ist nach der Fettabsaugung durchgeweicht, rosa Flüssigkeit",
        "Die Narbe ist nicht mehr rot und wird immer besser",
        "I only read half of the e-mail you sent",
        "мы задёрнули шторы в номере, отдыхаю",
        "Die Brust ist links noch etwas dicker als rechts, wird aber jeden Tag besser",
        "je ne sais pas quel jour réserver pour le contrôle",
        "le coordinateur dit n'importe quoi sur les prix",
        "в глазах не темнеет, голова не кружится",
    ],
)
def test_look_alikes_of_the_new_kinds_are_no_flags(text: str) -> None:
    assert red_flags(text)[0] == ()


@pytest.mark.parametrize(
    "text",
    [
        "the coordinator said 3 to 5 October might work, is 3 October still available?",
        "Herr Yilmaz meinte, der 4. Juni ginge. Ist der noch frei?",
        "on m'a proposé le 21 mars, il est encore disponible ?",
        "15 Mayıs için demiştiniz, hala müsait mi?",
        "вы говорили про 7 июля, это число ещё свободно?",
        "قالولي ٢٠ آب، لسا فاضي؟",
    ],
)
def test_a_date_asked_about_as_still_free_is_an_appointment(text: str) -> None:
    assert triage(text, stage="quoted").intent == "appointment"


def test_a_hotel_asked_for_on_a_date_stays_travel() -> None:
    assert triage("Is the hotel still available on 3 May?", stage="booked").intent == "travel"


@pytest.mark.parametrize(
    "text",
    [
        "does it hurt a lot? I'm scared of needles",
        "Tut so eine Haartransplantation arg weh?",
        "est-ce que c'est douloureux, la greffe ?",
        "implant takmak acır mı?",
        "а это больно? я боюсь стоматологов",
        "التركيب بيوجع كثير؟",
    ],
)
def test_whether_a_treatment_hurts_asked_before_it_is_a_treatment_question(text: str) -> None:
    assert triage(text, stage="enquiry").intent == "treatment_enquiry"


@pytest.mark.parametrize(
    "text",
    [
        "Servus, was kost'n bei euch so ne Nasen-OP? Und wie lang wär ich dort?",
        "Hoi, was chostet bi öich es Facelift? Und wie lang mues i dert bliebe?",
    ],
)
def test_spoken_german_price_question_with_a_second_topic_is_a_price_question(text: str) -> None:
    assert triage(text, stage="enquiry", has_treatment=True).intent == "price_quote"


def test_how_dear_the_whole_trip_is_with_the_hotel_asks_a_price() -> None:
    text = "Wie teuer wird das alles zusammen mit dem Hotel? Flug hab ich noch keinen."
    assert triage(text, stage="enquiry").intent == "price_quote"


@pytest.mark.parametrize(
    "text",
    [
        "your offer said 'veneers 20 teeth + hotel + transfer 3,100 EUR' -- is it still valid in May?",
        "العرض اللي بعتوه 'تجميل انف + فندق ٣ ليالي + توصيل ٢٥٠٠ يورو' لسا ساري الشهر الجاي؟",
    ],
)
def test_whether_a_quoted_offer_still_holds_is_a_price_question(text: str) -> None:
    assert triage(text, stage="quoted").intent == "price_quote"
