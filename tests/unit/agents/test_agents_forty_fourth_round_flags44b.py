# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The forty-fourth round's routine face, eye and nose courses held ``soon`` or escalated
(dev49), each fix on our own phrasings in six languages, each beside look-alikes that must stay
``soon`` or urgent.

What was held for a person (or paged) for nothing: a red patch told *before* the white of the
eye after LASIK with the sight told good (AAO 'What to expect after LASIK', RCOphth: a
subconjunctival haemorrhage is harmless) -- a function told intact ("vision is great", "yutkunmam
rahat") now counts as a warning sign ruled out; both eyes bruised blue or purple after a nose
operation (BAAPS / ASPS 'Rhinoplasty -- recovery'); pain told "not very" ("болит не сильно");
"زراعة الشعر" read as a dental implant by the spreading dental infection (ISHRS: the forehead and
eyes swell in the first week after a hair transplant); how to sleep or how many pillows, and how
many days until the swelling goes down, asked as the care routine. What stays: sight falling,
rising eye pain with light sensitivity, discharge, one eye closed and painful, swelling under the
jaw or of the floor of the mouth, trouble swallowing or breathing, a changed voice, a swelling
growing with fever, bleeding that does not stop, a dental implant with an eye swollen shut.
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import triage
from tests.unit.agents import screening

# The expected course, told with the signs absent or the function intact, asked about.
ROUTINE: list[str] = [
    # a red patch on the white of the eye, sight good, no pain, "normal?"
    "the day after PRK there's a red blood spot on the white of my left eye, I can see perfectly, no pain. is that normal?",
    "Seit der LASIK gestern ein roter Blutfleck im Weißen des linken Auges, ich sehe super, keine Schmerzen. Ist das normal?",
    "une tache de sang sur le blanc de l'oeil droit depuis le laser, je vois très bien, pas de douleur. c'est normal ?",
    "lazerden sonra sağ gözümün beyazında kan lekesi var, net görüyorum, ağrı yok. normal mi?",
    "после ласика красное пятно на белке правого глаза, вижу отлично, боли нет. это нормально?",
    "بعد الليزك في بقعة دم في بياض عيني، نظري تمام وما في وجع. طبيعي؟",
    # both eyes bruised after a nose operation, how to sleep
    "day 5 after my nose job, both eyes are purple like a panda, no bleeding. how should I sleep?",
    "Tag 3 nach der Nasen-OP, beide Augen blau, kein Fieber. Wie soll ich schlafen?",
    "nez refait il y a 4 jours, les yeux violets, pas de fièvre. combien d'oreillers pour dormir ?",
    "ринопластика 3 дня назад, глаза синие как у панды, температуры нет. как мне лежать?",
    "burun ameliyatı 4. gün, göz çevrem mosmor, ateş yok. nasıl uyumam lazım?",
    "بعد عملية الانف حول عيوني ازرق، ما في حرارة. كيف انام؟",
    # a face swelling, how many days until it goes down
    "day 2 after implants, my cheek is swollen, swallowing is fine. how many days until it goes down?",
    "Implantat vorgestern, die Wange ist geschwollen, Schlucken geht gut. In wie vielen Tagen geht das zurück?",
    "greffe de cheveux il y a 3 jours, le front a gonflé. combien de jours avant que ça dégonfle ?",
    "saç ekimi 3. gün alnım şişti. kaç günde geçer?",
    "после пересадки волос лоб отёк. через сколько дней спадёт?",
    "بعد زراعة الشعر جبهتي وارمة شوي. كم يوم لين ينزل الورم؟",
    # pain told "not very", with a care question
    "nose op day 4, it doesn't hurt much, a bit swollen. when can I wash my hair?",
    "Tag 4, tut nicht sehr weh, etwas geschwollen. Ab wann darf ich Haare waschen?",
    "j4 rhino, pas trop mal, un peu gonflé. quand je peux laver mes cheveux ?",
    "4. gün çok ağrımıyor, biraz şiş. saçımı ne zaman yıkayabilirim?",
    "4 день после ринопластики, болит не сильно, немного отёк. когда можно помыть голову?",
    "اليوم الرابع، ما يوجع كثير، ورم خفيف. متى اقدر اغسل شعري؟",
    # a hair transplant is no dental implant: the eyes swell in its first week
    "بعد زراعة الشعر بثلاث ايام عيوني منتفخة شوي، ما في حرارة. متى اقدر اغسل؟",
    "implants capillaires il y a 3 jours, les yeux gonflés, quand je peux me laver les cheveux ?",
]

# Look-alikes a person must see the same day (``soon``): fewer than two signs ruled out, a
# function told not fine, one eye closed and painful.
SOON: list[str] = [
    "a red spot on the white of my right eye since the lasik, normal?",
    "vision is not great, a red spot on the white of my eye, no pain. normal?",
    "both eyes black after the nose job and one eye is swollen shut and hurts, how should I sleep?",
    "bir gözüm kapandı ve çok ağrıyor, göz altlarım mor. nasıl yatmalıyım?",
]

URGENT: list[tuple[str, str]] = [
    (
        "red blood patch on the white of my eye after lasik and my vision is getting blurry",
        "vision_worsening",
    ),
    (
        "vision is great but my eye hurts more and more and is sensitive to light, normal?",
        "eye_pain_rising",
    ),
    (
        "red spot on the white of my eye, sticky yellow discharge. how should I sleep?",
        "eye_infection",
    ),
    ("under my eyes purple, fever 38.8, how many pillows?", "high_fever"),
    (
        "cheek swollen after the implant, now swelling under my jaw and hard to swallow. how many days until it goes down?",
        "airway_swallowing",
    ),
    (
        "Implantat vorgestern, der Mundboden ist geschwollen und ich kann kaum schlucken. In wie vielen Tagen geht das zurück?",
        "airway_swallowing",
    ),
    (
        "yanağım şişti, yutkunamıyorum, nefes almakta zorlanıyorum. kaç günde iner?",
        "airway_swallowing",
    ),
    ("мой голос изменился, шея опухла, через сколько дней спадёт?", "airway_swallowing"),
    ("лоб отёк, температура 39, через сколько дней спадёт?", "high_fever"),
    (
        "le front a gonflé, fièvre 39 et ça gonfle de plus en plus. ça se résorbe quand ?",
        "high_fever",
    ),
    (
        "implant 4 days ago, the swelling keeps getting bigger and I have a fever. how many days until it goes down?",
        "high_fever",
    ),
    ("after my implants my eye is swollen shut. how should I sleep?", "dental_infection_spreading"),
    ("بعد زراعة الاسنان عيني منتفخة ومسكرة", "dental_infection_spreading"),
    ("بعد زراعة الشعر عيني منتفخة وفي صديد وريحة", "eye_infection"),
    (
        "it doesn't hurt much but my nose keeps bleeding and won't stop. how many pillows?",
        "heavy_bleeding",
    ),
]


@pytest.mark.parametrize("text", ROUTINE)
def test_the_expected_course_is_routine(text: str) -> None:
    screening.assert_routine_by_the_rules(text)
    assert triage(text, stage="post_op", learned=False).intent == "post_op_concern", text


@pytest.mark.parametrize("text", SOON)
def test_the_look_alikes_stay_soon(text: str) -> None:
    screening.assert_soon_by_the_rules(text)


@pytest.mark.parametrize(("text", "flag"), URGENT)
def test_the_emergency_look_alikes_escalate(text: str, flag: str) -> None:
    screening.assert_urgent(text, flag)


@pytest.mark.parametrize(
    "text",
    [
        "اليوم الخامس بعد زراعة الشعر، جبهتي وحول عيوني منتفخ شوي، ما في حرارة. متى انام على ظهري؟",
        "after the hair transplant my forehead and around my eyes are swollen, when can I sleep on my back?",
    ],
)
def test_a_hair_transplant_is_not_a_dental_infection(text: str) -> None:
    screening.assert_not_read_as(text, "dental_infection_spreading")
