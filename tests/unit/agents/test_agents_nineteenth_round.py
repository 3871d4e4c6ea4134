# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The nineteenth round's general fixes (issue 10, dev20), each on our own phrasings, not dev20's.

Safety first: Egyptian Arabizi (digits for Arabic letters, g for ج) tells dead, black skin and a
bad smell; a part of a dental implant that came out, an implant that moves and a pocket of fluid
that moves under the skin are symptoms the rules cannot clear, so a person sees them (soon).
Then over-escalation: dissolving stitches that came out by themselves and the white fibrin film
on healing gum are the expected course, an Arabic "مو" denies the tight belly after it, and a
question about what a kind of operation is like in general is no symptom.
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import triage
from tests.unit.agents.screening import assert_not_urgent, assert_urgent


@pytest.mark.parametrize(
    "text",
    [
        "3amalt zar3 sha3r men osbo3, el geld fel mante2a el amameya lono eswed 5ales",
        "ya doktor el gild ta7t el ghoraz lonha aswad we mesh bey2ashar",
        "ba3d shad el batn el geld 3and el sorra ba2a aswad",
        "fi 7eta wara widni lonha soda mn yomen ba3d el shad",
    ],
)
def test_arabizi_black_skin_is_necrosis(text: str) -> None:
    assert_urgent(text, "skin_necrosis")


@pytest.mark.parametrize(
    "text",
    [
        "el garh fih ri7a mesh 7elwa mn embare7",
        "el makan fi re7a msh kwayesa w byewga3ni",
    ],
)
def test_arabizi_bad_smell_is_infection(text: str) -> None:
    assert_urgent(text, "pus")


@pytest.mark.parametrize(
    "text",
    [
        # black skin beside healing words is still black skin
        "3amalt zar3 sha3r, el 2eshra bete2a3 3adi bas el geld nafso lono eswed",
        "the grafts are healing fine but the skin at the front has turned black",
        # a negated symptom beside it does not clear the black skin
        "mafish 7arara bas el geld lono aswad",
    ],
)
def test_black_skin_beside_healing_or_negated_words_stays_urgent(text: str) -> None:
    assert_urgent(text, "skin_necrosis")


@pytest.mark.parametrize(
    "text",
    [
        "the healing cap on my implant came out when I was eating, no pain",
        "Die Einheilkappe ist abgefallen, jetzt sieht man ein Loch im Zahnfleisch",
        "la vis de cicatrisation est tombée ce matin, ça ne fait pas mal",
        "implant üstündeki vida çıktı, ağrı yok",
        "выпал формирователь десны с импланта, не болит",
        "البرغي حق الزرعة طاح اليوم وما فيه الم",
        "my implant feels loose when I chew, it doesn't hurt",
        "das Implantat wackelt ein bisschen, keine Schmerzen",
        "implant dentaire qui bouge légèrement, aucune douleur",
        "implantım hafif oynuyor, ağrı yok",
        "الزرعة تتحرك شوي لما اعض عليها، ما فيها الم",
        "after lipo there is a soft spot on my flank and the fluid moves when I press it, no pain",
        "nach der Fettabsaugung eine weiche Stelle am Bauch, die Flüssigkeit bewegt sich beim Drücken",
        "après la lipo, une zone molle sur la hanche, le liquide bouge quand j'appuie",
        "بعد شفط الدهون صار في تجمع سوائل بالخصر ولما اضغط المويه تتحرك",
    ],
)
def test_an_implant_part_out_a_moving_implant_or_moving_fluid_is_seen(text: str) -> None:
    result = triage(text, stage="post_op", learned=False)
    assert result.urgency == "soon", (text, result)
    assert result.review, (text, result)


@pytest.mark.parametrize(
    "text",
    [
        "my stitches dissolved and came out by themselves on day 9, the gum looks pink",
        "the dentist's stitches fell out on their own, there's a white layer on the gum, no pain",
        "Die Fäden sind von selbst rausgefallen, auf dem Zahnfleisch ist ein weißer Belag, keine Schmerzen",
        "les fils sont tombés tout seuls, il y a une couche blanche sur la gencive, pas de douleur",
        "dikişler kendiliğinden düştü, diş etinde beyaz bir tabaka var, ağrı yok",
    ],
)
def test_dissolved_stitches_and_a_gum_film_are_routine(text: str) -> None:
    result = triage(text, stage="post_op", learned=False)
    assert result.urgency == "routine", (text, result)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # dissolving stitches, but the wound opened: urgent
        (
            "the stitches came out by themselves and now the wound is gaping open",
            "wound_dehiscence",
        ),
        # a film on the gum beside a spreading infection is not the healing film
        ("white layer on the gum and my cheek is swelling up to the eye, fever 39", "high_fever"),
    ],
)
def test_healing_words_beside_a_red_flag_stay_urgent(text: str, flag: str) -> None:
    assert_urgent(text, flag)


@pytest.mark.parametrize(
    "text",
    [
        "بعد سحب البويضات عندي نزول دم بسيط، بطني مو مشدود وما عندي حرارة",
        "البطن مو قاسي والحمد لله، بس عندي نفخة خفيفة",
    ],
)
def test_arabic_mo_denies_a_tight_belly(text: str) -> None:
    assert_not_urgent(text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # the belly affirmed tight: urgent, even beside a negated fever
        ("سحب البويضات قبل يومين، ما عندي حرارة بس بطني مشدود ويكبر", "ohss_abdomen"),
        ("batni mshdoda w mnfo5a ba3d s7b el bwayd, mafi 7arara", "ohss_abdomen"),
    ],
)
def test_an_affirmed_tight_belly_beside_a_negated_symptom_stays_urgent(
    text: str, flag: str
) -> None:
    assert_urgent(text, flag)


@pytest.mark.parametrize(
    "text",
    [
        "est-ce que ça saigne beaucoup une liposuccion ?",
        "does a tummy tuck hurt a lot?",
        "blutet eine Nasenkorrektur stark?",
    ],
)
def test_a_general_question_about_an_operation_is_no_symptom(text: str) -> None:
    result = triage(text, stage="enquiry", learned=False)
    assert result.urgency == "routine", (text, result)
    assert not result.red_flags, (text, result)


@pytest.mark.parametrize(
    "text",
    [
        "ça saigne beaucoup depuis ce matin, est-ce normal une greffe ?",
        "my nose has been bleeding a lot since last night, does a rhinoplasty do that?",
    ],
)
def test_a_present_bleeding_told_in_the_first_person_stays_urgent(text: str) -> None:
    assert triage(text, stage="enquiry", learned=False).urgency == "urgent", text


@pytest.mark.parametrize(
    ("text", "stage", "intent"),
    [
        # an invoice told as showing the account: the patient holds it and asks about paying
        (
            "the invoice shows an IBAN ending 4411 but your email said 9020, where do I pay the deposit?",
            "booked",
            "payment",
        ),
        ("الفاتورة عليها رقم حساب غير اللي في الموقع، وين احول العربون؟", "booked", "payment"),
        # moving the operation, told with -ing or the Turkish verb for shifting
        ("is there any way of moving my op from the 5th to the 19th?", "booked", "appointment"),
        (
            "ameliyatımı bayramdan sonraya kaydırabilir miyiz? kapora geçerli kalır mı?",
            "booked",
            "appointment",
        ),
        # the trip only frames the booking asked
        (
            "هل عندكم موعد فاضي بعد رمضان؟ ابغى الكشف والعملية بنفس الرحلة",
            "enquiry",
            "appointment",
        ),
        # which photos, the need first; how the photos are to be taken; a referral letter
        ("vous avez besoin de quelles photos pour les paupières ?", "enquiry", "documents"),
        ("Müssen die Fotos bei Tageslicht gemacht werden?", "enquiry", "documents"),
        ("faut-il une lettre de mon médecin pour la consultation ?", "enquiry", "documents"),
        # a message written only to thank
        (
            "Je tenais à vous remercier pour la consultation d'hier, à très vite pour l'opération",
            "booked",
            "other",
        ),
        (
            "Just wanted to thank you for the consultation today, see you at the surgery",
            "booked",
            "other",
        ),
        # any graft named in French is a treatment
        (
            "on peut faire une greffe de sourcils et de barbe le même jour ?",
            "enquiry",
            "treatment_enquiry",
        ),
    ],
)
def test_intent_frames(text: str, stage: str, intent: str) -> None:
    assert triage(text, stage=stage, learned=False).intent == intent, text


def test_a_question_asked_after_a_thank_you_keeps_its_intent() -> None:
    text = "Just wanted to thank you for today. Can I move the operation to the 12th?"
    assert triage(text, stage="booked", learned=False).intent == "appointment"


@pytest.mark.parametrize(
    "text",
    [
        # bruising that tracks down with gravity after a facelift
        "facelift 6 days ago, the bruises are moving down to my neck and chest now. when can I dye my hair?",
        "Facelift vor einer Woche, die Blutergüsse wandern bis zum Hals. Ab wann darf ich Sport machen?",
        # a little pink watery fluid from the drain site
        "karın germe 8. gün, dren yerinden hafif pembe sulu sızıntı var, koku yok ateş yok. korseyi ne zaman çıkarırım?",
        # a bruise named by its colour in Arabic after dental surgery
        "بعد زراعة الاسنان باليوم الثاني طالع ازرق على خدي والالم اخف، ما في صديد. متى اقدر آكل عادي؟",
        # lumpy skin weeks after a BBL
        "BBL il y a 3 semaines, la peau est encore bosselée, pas de fièvre. quand puis-je m'asseoir ?",
    ],
)
def test_expected_healing_told_with_the_day_is_routine(text: str) -> None:
    result = triage(text, stage="post_op", learned=False)
    assert result.urgency == "routine", (text, result)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # the same healing words beside a red flag
        (
            "facelift 5 days ago, bruises moving down my neck and now I can't breathe properly",
            "breathing_difficulty",
        ),
        (
            "tummy tuck day 9, a bit of clear fluid from the drain hole but fever 39.5 since last night",
            "high_fever",
        ),
    ],
)
def test_healing_words_do_not_clear_a_red_flag(text: str, flag: str) -> None:
    assert_urgent(text, flag)


@pytest.mark.parametrize(
    "text",
    [
        # an affirmed complaint before a denied one is still seen
        "the implant moves when I bite, no pain",
        "das Implantat wackelt, keine Schmerzen",
        # a seroma-like pocket named with healing words around it
        "lipo 2 weeks ago, bruises fading, but there is a pocket of fluid on my flank that sloshes",
    ],
)
def test_an_affirmed_complaint_beside_denied_or_healing_words_is_seen(text: str) -> None:
    result = triage(text, stage="post_op", learned=False)
    assert result.urgency == "soon", (text, result)


def test_richtung_is_no_smell_word() -> None:
    # the spelling step read "Richtung" (towards) as one edit from "riech" (smells)
    text = "Facelift vor einer Woche, die Blutergüsse wandern Richtung Dekolleté. Ab wann darf ich Sport machen?"
    assert triage(text, stage="post_op", learned=False).urgency == "routine"
