# ruff: noqa: RUF001, RUF002 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The twenty-sixth round's general fixes (issue 10, dev27), each on our own phrasings, not dev27's.

What nobody would have seen: a relative telling new disorientation with its subject first ("she
doesn't know where *we* are" in Egyptian Arabic and Arabizi) or words muddled in speech (NICE
CG103 Delirium), breathing very fast (NHS 'Sepsis', 'Pulmonary embolism'; fat embolism after
fat grafting), and a wound drain measured filling with 200 ml or more of bright red blood
(active bleeding: drain-care leaflets, ASPS breast reduction haematoma). Same day, not routine:
a seroma told water-first in Turkish ("sanki su dalgalanıyor"). What paged the on-call
needlessly: "no *fresh* bleeding" (a quality word between the cue and the sign), a nose tip or a
breast "steinhart" (the belly's board-like hardness only), "nichts aufgegangen" (an opening
denied). Intent: a journey going wrong now -- standing at a named airport, "won't let me on",
check-in closed, the plane "missed me" in Egyptian word order -- is the travel desk's today; an
arrival told relative to the booking ("j'arriverai la veille", "I'll arrive the day before") only
dates the appointment confirmed.
Each beside a look-alike that must behave the other way.
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import triage
from tests.unit.agents.screening import (
    assert_intent_by_the_rules,
    assert_not_urgent_by_the_rules,
    assert_soon_by_the_rules,
    assert_urgent,
)


@pytest.mark.parametrize(
    "text",
    [
        "my mother is mixing up her words since this morning, two days after the lipo",
        "mein Vater bringt seit heute früh die Wörter durcheinander",
        "depuis ce matin il mélange les mots, deux jours après l'opération",
        "babam sabahtan beri kelimeleri karıştırıyor",
        "ماما من الصبح بتتلخبط في الكلام بعد العملية",
        "جوزي مش عارف احنا فين من امبارح",
        "mama msh 3arfa e7na fen mn el sob7",
    ],
)
def test_new_disorientation_told_by_a_relative_is_urgent(text: str) -> None:
    assert_urgent(text, "neuro_confusion")


@pytest.mark.parametrize(
    "text",
    [
        # a word asked, a place not known to a traveller: no delirium
        "I keep mixing up the dates of my flights, can you resend them?",
        "ich bringe die Termine durcheinander, wann war nochmal die Kontrolle?",
        "انا مش عارفة الفندق فين، ممكن العنوان؟",
    ],
)
def test_a_muddle_about_plans_is_no_delirium(text: str) -> None:
    assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "three days after the BBL she is breathing very fast and looks pale",
        "meine Frau atmet seit einer Stunde sehr schnell",
        "elle respire très vite depuis ce matin",
        "annem çok hızlı nefes alıyor, ameliyattan sonra",
        "он дышит очень часто с утра",
        "تنفسها سريع جدا من الصبح بعد العملية",
    ],
)
def test_very_fast_breathing_is_urgent(text: str) -> None:
    assert_urgent(text, "breathing_difficulty")


@pytest.mark.parametrize(
    "text",
    [
        "my swelling is going down fast, breathing through the nose is still blocked",
        # swelling going down quickly is healing, not a haematoma growing
        "die Schwellung geht schnell zurück",
        "ça cicatrise vite, je respire bien",
    ],
)
def test_fast_healing_or_a_blocked_nose_is_no_fast_breathing(text: str) -> None:
    assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "breast reduction yesterday, the left drain has 250 ml of bright red blood since midnight",
        "Drainage links seit gestern Abend 300 ml hellrot",
        "le drain a donné 260 ml de sang rouge vif cette nuit",
        "dren 3 saatte 220 ml parlak kırmızı kan doldu",
        "из дренажа за ночь 300 мл ярко-красной крови",
        "الدرنقة نزلت ٢٥٠ مل دم احمر فاتح من بالليل",
    ],
)
def test_a_drain_filling_with_bright_red_blood_is_urgent(text: str) -> None:
    assert_urgent(text, "heavy_bleeding")


@pytest.mark.parametrize(
    "text",
    [
        # a total of serous fluid, or a small red amount turning yellow: the expected course
        "drain total 250 ml since surgery, now straw coloured",
        "Drainage gestern 40 ml hellrot, heute 20 ml gelblich",
        "le drain a donné 300 ml en tout, liquide jaune clair",
    ],
)
def test_drain_output_that_is_no_bleeding_pages_nobody(text: str) -> None:
    assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "nose day 6: no fresh bleeding, just old dark crusts inside",
        "keine frische Blutung, nur alte Krusten in der Nase",
        "pas de nouveau saignement, juste des croûtes dans le nez",
        "yeni kanama yok, burnumda sadece eski kabuklar var",
        "нет свежей крови, только старые корочки в носу",
        # a board-hard part that is not the belly: the swelling of that operation
        "der Gips ist ab und die Nasenspitze ist steinhart und taub",
        "die Brüste sind steinhart und geschwollen, Tag 4",
        # the opening denied
        "Narbe sieht gut aus, nichts aufgegangen",
        "die Naht ist zu, nichts ist aufgegangen, alles trocken",
        "the scar looks fine, nothing has opened",
        "la cicatrice est belle, rien ne s'est ouvert",
        "шов хороший, ничего не разошлось",
    ],
)
def test_a_denied_or_expected_sign_pages_nobody(text: str) -> None:
    assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("fresh bleeding through the dressing again and it won't stop", "heavy_bleeding"),
        ("der Bauch ist steinhart seit heute morgen", "vomiting_abdominal"),
        ("Narbe sah gut aus, nichts aufgegangen. Seit heute klafft die Naht", "wound_dehiscence"),
        ("nothing opened yesterday but today the wound is gaping", "wound_dehiscence"),
        ("die Naht ist aufgegangen", "wound_dehiscence"),
    ],
)
def test_the_same_sign_told_stays_urgent(text: str, flag: str) -> None:
    assert_urgent(text, flag)


@pytest.mark.parametrize(
    "text",
    [
        "karın germe 10. gün, göbeğin altında sanki su dalgalanıyor gibi",
        "liposuction 10. gün, karnımda sanki sıvı dalgalanıyor",
    ],
)
def test_a_seroma_told_water_first_is_seen_today(text: str) -> None:
    assert_soon_by_the_rules(text)


def test_water_drunk_is_no_seroma() -> None:
    result = triage("karın germe 10. gün, su içtim midem rahat", stage="post_op", learned=False)
    assert result.urgency == "routine", result


@pytest.mark.parametrize(
    ("text", "urgency"),
    [
        # going wrong now: the travel desk's today
        ("I'm at Antalya airport and the airline won't let me on with my splint", "soon"),
        ("missed my connecting flight in Istanbul, four days after my facelift", "soon"),
        ("check-in was already closed when I arrived, 5 days after lipo, what now?", "soon"),
        ("الطيارة بتاعتي فاتتني النهارده بعد العملية بأسبوع", "soon"),
        ("وصلت المطار بعد ما قفلوا الكاونتر، انا بعد العملية بأربع ايام", "soon"),
        # a plan, nothing going wrong: routine
        ("my flight is next week, 5 days after lipo, is that ok?", "routine"),
        ("my flight home is on Sunday, can the driver pick me up from the hotel?", "routine"),
    ],
)
def test_a_journey_is_travel_today_only_when_it_goes_wrong_now(text: str, urgency: str) -> None:
    result = triage(text, stage="post_op", learned=False)
    assert (result.intent, result.urgency) == ("travel", urgency), (text, result)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # the arrival told relative to the booking only dates it: the appointment confirmed
        (
            "Bonjour, je confirme mon rendez-vous du 3 mars à 10h pour le lifting, j'arriverai la veille. Merci",
            "appointment",
        ),
        (
            "Hello, confirming my appointment on 5 May at 11, I will arrive the day before. Thanks!",
            "appointment",
        ),
        (
            "Hallo, ich bestätige den Termin am 4. Juni um 9 Uhr, ich reise am Vortag an.",
            "appointment",
        ),
        ("Здравствуйте, подтверждаю запись на 7 апреля в 10:00, приеду накануне", "appointment"),
        # the trip itself asked beside the same arrival: travel
        (
            "I will arrive the day before, can you book the hotel and the airport transfer?",
            "travel",
        ),
        (
            "j'arriverai la veille, pouvez-vous réserver l'hôtel et le transfert depuis l'aéroport ?",
            "travel",
        ),
    ],
)
def test_an_arrival_the_day_before_only_dates_the_booking(text: str, intent: str) -> None:
    assert_intent_by_the_rules(text, "booked", intent)
