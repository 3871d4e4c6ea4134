# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The seventeenth round's general fixes (issue 10, dev18), each on our own phrasings, not dev18's.

Safety first: new flashes told as a verb or as lightning and a shower of dark dots ("like soot")
after eye surgery are a retinal tear's warning (AAO / NHS 'Detached retina'). Over-escalation: a
hard, swollen, numb belly days after a liposuction or a BBL is its expected course (ASPS), not
OHSS -- unless an egg collection, growth, breathlessness or little urine is told; a pill hard to
swallow whole after a sleeve is a tablet's size, not a closing throat; "does it bleed a lot
afterwards?" before an operation is a question about the future. Intent: whether the
consultation or the operation can be on a given day of the stay, asked inside a travel question,
is a booking question.
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import triage
from tests.unit.agents.screening import assert_not_urgent, assert_urgent


@pytest.mark.parametrize(
    "text",
    [
        "cataract op 5 days ago, since lunch little sparks at the edge of my eye and a swarm of dark dots, no pain",
        "probably nothing but LASIK a week ago and now lightning at the side of my eye, the wound is healing fine",
        "LASIK vor 4 Tagen, im linken Auge seit heute schwarze Punkte wie Ruß, Schmerzen keine",
        "opération de la cataracte il y a 3 jours, dans l'oeil gauche des points noirs qui flottent, pas de douleur",
        "katarakt ameliyatı 6 gün önce, sol gözümde kenarda çakmalar ve siyah noktalar var, ağrı yok",
        "Катаракту прооперировали неделю назад, в правом глазу сверкает по краю и плавают чёрные пятнышки. Не болит.",
        "после ЛАСИК в глазу вспыхивает что-то по краю, как искры, температуры нет",
        "عملية ليزك من ٥ ايام، اليوم صار في عيني اليسار نقاط سوداء كثيرة وبرق على الطرف، ما في ألم",
    ],
)
def test_new_flashes_and_dark_dots_after_eye_surgery_are_urgent(text: str) -> None:
    assert_urgent(text, "vision_loss")


@pytest.mark.parametrize(
    "text",
    [
        "Liposuction of tummy and flanks 4 days ago, belly is hard and numb, bruises turning yellow. No fever, no redness.",
        "Fettabsaugung am Bauch vor 5 Tagen, der Bauch ist hart und taub, kein Fieber, keine Rötung",
        "liposuccion du ventre il y a 6 jours, ventre dur et engourdi, pas de fièvre",
        "karın liposakşın 4. gün, karnım taş gibi sert ve uyuşuk, ateş yok",
        "BBL 5 days ago, my belly is very swollen and hard where they took the fat, no fever",
    ],
)
def test_hard_belly_after_liposuction_is_not_ohss(text: str) -> None:
    result = triage(text, stage="post_op", learned=False)
    assert "ohss_abdomen" not in result.red_flags, (text, result.red_flags)
    assert result.urgency == "soon", (text, result.urgency)  # still seen by a person


@pytest.mark.parametrize(
    "text",
    [
        "egg collection 4 days ago, tummy hard and swollen, no fever",
        "Lipo 6 days ago, my belly is hard and getting bigger every day",
        "Eizellpunktion vor 3 Tagen, Bauch hart und gespannt, wird immer dicker",
        "после пункции живот твёрдый и раздулся, температуры нет",
        "لايبو من ٥ ايام وقبلها سحب البويضات، بطني قاسي ومنفوخ",
    ],
)
def test_hard_belly_after_egg_collection_or_growing_stays_urgent(text: str) -> None:
    assert_urgent(text, "ohss_abdomen")


@pytest.mark.parametrize(
    "text",
    [
        "Sleeve 5 days ago. The vitamin tablets are huge, swallowing them is difficult, can I crush them?",
        "Magenschlauch vor 6 Tagen, die Kapseln ganz zu schlucken ist schwierig, darf ich sie öffnen?",
        "Рукав неделю назад, таблетки глотать тяжело, можно их измельчать?",
    ],
)
def test_a_pill_hard_to_swallow_is_not_an_airway_sign(text: str) -> None:
    assert_not_urgent(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sleeve 5 days ago, swallowing pills is hard and even water won't go down",
        "Day 4 after my implants, swallowing is hard and my neck is swollen",
        "nach den Implantaten fällt mir das Schlucken schwer, sogar Speichel, kein Fieber",
    ],
)
def test_swallowing_water_or_saliva_stays_urgent(text: str) -> None:
    assert_urgent(text, "airway_swallowing")


@pytest.mark.parametrize(
    "text",
    [
        "Une greffe de cheveux, c'est douloureux ? Le crâne saigne beaucoup ensuite ?",
        "Does a tummy tuck hurt much? Does it bleed heavily afterwards?",
        "Tut eine Nasen-OP weh? Blutet das stark hinterher?",
        "Больно ставить импланты? Сильно кровит потом?",
    ],
)
def test_a_question_about_bleeding_afterwards_before_an_operation_is_routine(text: str) -> None:
    result = triage(text, stage="enquiry")
    assert result.urgency == "routine", (text, result.red_flags)
    assert result.intent == "treatment_enquiry", (text, result.intent)


@pytest.mark.parametrize(
    "text",
    [
        "J'ai été opéré hier, ça saigne beaucoup depuis ce matin, c'est normal après ?",
        "Ca saigne beaucoup depuis l'opération, je change la compresse toutes les 10 minutes",
    ],
)
def test_bleeding_told_now_before_the_stage_moves_stays_urgent(text: str) -> None:
    result = triage(text, stage="enquiry")
    assert result.urgency == "urgent", (text, result.red_flags)
    assert "heavy_bleeding" in result.red_flags


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "My flight lands Thursday at 22:00 - could I have the consultation Friday morning and "
            "the surgery the same day, or should I arrive a day earlier?",
            "appointment",
        ),
        (
            "Ich lande am Montag um 14 Uhr. Ist die Beratung dann noch am selben Tag möglich?",
            "appointment",
        ),
        (
            "J'arrive en avion le 11 au soir, est-ce que l'opération peut se faire le lendemain ?",
            "appointment",
        ),
        (
            "İzmir'den otobüsle geleceğim, sabah varırım. Muayene aynı gün olur mu?",
            "appointment",
        ),
        (
            "Прилетаю в среду вечером, операцию смогут сделать на следующий день?",
            "appointment",
        ),
        (
            "بوصل المطار الساعة ١١ بالليل، ممكن الكشف تاني يوم الصبح؟",
            "appointment",
        ),
        ("Which hotel is near the clinic, and is the airport transfer included?", "travel"),
        ("Can someone pick me up at the airport? I land at 23:40.", "travel"),
    ],
)
def test_a_day_of_the_stay_asked_for_the_consultation_is_appointment(
    text: str, intent: str
) -> None:
    assert triage(text, stage="enquiry").intent == intent


@pytest.mark.parametrize(
    "text",
    [
        "Facelift 8 days ago, a small patch of skin behind my left ear has gone black with a crust, the rest heals well, no fever",
        "Bauchdeckenstraffung vor 6 Tagen, eine kleine Stelle an der Narbe ist schwarz mit Kruste, kein Fieber",
        "lifting il y a 9 jours, une petite zone noire avec une croûte derrière l'oreille, pas de fièvre",
    ],
)
def test_a_small_dark_crust_on_a_healing_edge_is_seen_not_escalated(text: str) -> None:
    result = triage(text, stage="post_op", learned=False)
    assert "skin_necrosis" not in result.red_flags, (text, result.red_flags)
    assert result.urgency == "soon", (text, result.urgency)


@pytest.mark.parametrize(
    "text",
    [
        "Tummy tuck 5 days ago, the skin above the scar is turning black and cold",
        "Facelift 6 days ago, a small patch behind the ear went black, it is spreading, with a crust",
        "lifting il y a 5 jours, la peau derrière l'oreille devient noire et froide",
    ],
)
def test_dark_skin_spreading_or_cold_stays_urgent(text: str) -> None:
    assert_urgent(text, "skin_necrosis")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "Thanks for the quote. Do I need to stop my blood thinners before the facelift?",
            "treatment_enquiry",
        ),
        (
            "Danke für das Angebot. Muss ich vor der Nasen-OP mein Blutdruckmittel absetzen?",
            "treatment_enquiry",
        ),
        (
            "Merci pour le devis. Est-ce que je dois arrêter la pilule avant la lipo ?",
            "treatment_enquiry",
        ),
        ("Спасибо за расчёт. Можно ли делать ринопластику при гайморите?", "treatment_enquiry"),
        ("Thanks for the quote! Does the price include the hotel?", "price_quote"),
        (
            "A friend got 15% off as a returning patient, what would 4 veneers come to?",
            "price_quote",
        ),
        (
            "Die IBAN auf der Rechnung lautet auf eine andere Firma, ist das richtig, bevor ich überweise?",
            "payment",
        ),
        ("Welche Fotos braucht der Arzt für die Planung der Haartransplantation?", "documents"),
        ("What photos does the surgeon need for the rhinoplasty plan?", "documents"),
    ],
)
def test_intent_frames_of_the_seventeenth_round(text: str, intent: str) -> None:
    assert triage(text, stage="enquiry").intent == intent


@pytest.mark.parametrize(
    "text",
    [
        "lipo 5 dney nazad, temperatury net, no pokrasnenie vokrug shva rastet i goryachee",
        "Lipo vor 5 Tagen, Bauch hart, die Rötung um den Einstich breitet sich aus und ist heiß",
        "lipo 4 days ago, belly hard, the redness around one port is spreading and hot",
    ],
)
def test_a_hard_belly_after_lipo_beside_spreading_redness_stays_urgent(text: str) -> None:
    result = triage(text, stage="post_op", learned=False)
    assert result.urgency == "urgent", (text, result.red_flags)
