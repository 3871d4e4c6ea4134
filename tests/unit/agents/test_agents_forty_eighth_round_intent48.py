# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The forty-eighth round's pre-op look-alikes and photos sent (intent48, dev53), each on our own
phrasings in six languages, each beside look-alikes that must behave the other way.

A step before the operation -- the pre-assessment, the pre-op tests, the anaesthetist's talk --
named and asked to be moved is a booking (``appointment``, the calendar asked), whatever the
message tells beside it of a bleeding history or a fear; the step named without a move stays
what it was. The flight asked on a day counted from the operation ("can I fly the day after the
op?") is the recovery's end, no visit asked on a day of the stay: beside hotel nights asked it is
the trip (``travel``), alone the treatment as before. Photos sent with their format as the
message's only question ("is jpg OK?") ask about the files (``documents``); a price or a
treatment question beside them keeps its intent. Written without copying dev53's text and
without looking at any held-out set.
"""

from __future__ import annotations

import pytest

from careflow_agents.config import demo_tenant
from tests.unit.agents import screening

_TENANT = demo_tenant("round-48-intent")


def _decide(stage: str, text: str) -> tuple[str, str, str]:
    """(intent, urgency, action) of ``text`` as a case's first message."""
    decision = screening.first_decision(_TENANT, stage, text)
    return decision.intent, decision.urgency, decision.action


# A named pre-op step asked to be moved: a booking, the calendar asked (request_info).
PREOP_STEP_MOVED: list[str] = [
    "Could we move the pre-op assessment a week earlier? I bruise easily and my GP is doing tests.",
    "Is it possible to bring the pre-assessment forward to the 3rd? I'm nervous about bleeding.",
    "Können wir das Narkosegespräch verschieben? Ich habe immer Nasenbluten und lasse das prüfen.",
    "Kann man die Voruntersuchung früher machen, Mitte Mai vielleicht?",
    "Peut-on avancer le bilan préopératoire à début mai ? Je saigne longtemps chez le dentiste.",
    "Est-il possible de décaler la consultation d'anesthésie au mardi suivant ?",
    "Ameliyat öncesi muayeneyi öne alabilir miyiz? Pıhtılaşma testim devam ediyor.",
    "Anestezi görüşmesini bir hafta ertelemek mümkün mü?",
    "Можно перенести предоперационное обследование на начало мая? Боюсь кровотечения.",
    "Можно ли раньше пройти обследование перед операцией?",
    "ممكن نقدم الفحوصات قبل العملية لأول مايو؟ عندي نزيف لما اخلع ضرس",
    "ينفع تأجيل استشارة التخدير أسبوع؟",
]

# The step named with no move, the bleeding history asked, or the operation itself moved.
STEP_LOOK_ALIKES: list[tuple[str, str, str]] = [
    # the operation's own date: an appointment, as before
    ("booked", "Can we bring the operation forward to early May?", "appointment"),
    ("booked", "Können wir den OP-Termin auf Anfang Juni vorziehen?", "appointment"),
    ("booked", "Peut-on avancer l'opération au 3 mai ?", "appointment"),
    # the step named, nothing moved: the preparation asked, no booking ("other" where the
    # treatment table does not know fasting -- as on the base)
    ("booked", "Do I need to fast before the pre-op assessment?", "treatment_enquiry"),
    ("booked", "Muss ich zur Voruntersuchung nüchtern kommen?", "other"),
    ("booked", "Est-ce que je dois être à jeun pour le bilan préopératoire ?", "other"),
    ("booked", "Ich hatte früher schon eine Voruntersuchung, brauche ich eine neue?", "other"),
    (
        "booked",
        "Раньше обследование перед операцией я проходила в Москве, это подойдёт?",
        "treatment_enquiry",
    ),
    # a bleeding history asked about, no step moved
    (
        "booked",
        "I always bleed a long time after the dentist. Is the breast surgery still possible?",
        "treatment_enquiry",
    ),
    (
        "booked",
        "У меня плохая свёртываемость крови, можно ли мне делать маммопластику?",
        "treatment_enquiry",
    ),
]

# The flight on a day counted from the operation beside hotel nights asked: the trip.
FLY_DAY_WITH_HOTEL: list[str] = [
    "Can I fly home the day after the surgery? How many hotel nights do you book before the return?",
    "Kann ich am Tag nach der OP zurückfliegen? Wie viele Hotelnächte sind vor dem Rückflug geplant?",
    "Puis-je prendre l'avion le lendemain de l'intervention ? Combien de nuits d'hôtel avant le vol ?",
    "Ameliyattan bir gün sonra uçağa binebilir miyim? Dönüşten önce kaç gece otel ayarlıyorsunuz?",
    "Можно улететь на следующий день после операции? Сколько ночей в отеле вы бронируете?",
    "اقدر اسافر تاني يوم بعد العملية؟ كم ليلة فندق قبل رحلة العودة؟",
]

# ... but a visit asked on a day of the stay stays a booking, the flight alone stays the
# recovery asked, and a post-op patient who flew with a swollen calf is urgent.
FLY_LOOK_ALIKES: list[tuple[str, str, str, str]] = [
    (
        "booked",
        "I land on Monday night, could you do the consultation the next day?",
        "appointment",
        "routine",
    ),
    (
        "booked",
        "Ich lande Sonntag, ist die Voruntersuchung am nächsten Tag möglich?",
        "appointment",
        "routine",
    ),
    ("booked", "Can I fly the day after the operation?", "treatment_enquiry", "routine"),
    (
        "booked",
        "Puis-je prendre l'avion le lendemain de l'opération ?",
        "treatment_enquiry",
        "routine",
    ),
    (
        "post_op",
        "I flew home yesterday after the lipo and my calf is swollen, hot and painful.",
        "post_op_concern",
        "urgent",
    ),
    (
        "post_op",
        "Je suis rentrée en avion hier, mon mollet est gonflé, chaud et douloureux.",
        "post_op_concern",
        "urgent",
    ),
]

# Photos sent with their format as the only question: documents, answered.
FORMAT_ASKED: list[str] = [
    "I sent my photos from the front and the side for the nose assessment, is png fine?",
    "I'm sending the pictures of my hairline for the assessment, which format do you prefer?",
    "Ich habe Ihnen die Fotos für die Nasenkorrektur geschickt, passt JPG?",
    "Je vous ai envoyé les photos de profil pour le devis de la blépharoplastie, le format png convient ?",
    "Burun estetiği için fotoğraflarımı gönderdim, jpg olur mu?",
    "Отправила вам фото для оценки ринопластики, в каком формате лучше?",
    "ارسلت الصور عشان تقييم عملية الانف، بصيغة jpg ينفع؟",
]

# ... a price, a treatment question or an offer beside the photos keeps its intent.
FORMAT_LOOK_ALIKES: list[tuple[str, str]] = [
    ("What does a rhinoplasty cost? I can send photos.", "price_quote"),
    ("Je vous envoie les photos, combien coûte la rhinoplastie ?", "price_quote"),
    ("I sent my photos, is a rhinoplasty possible with thick skin?", "treatment_enquiry"),
    ("How many grafts would I need? I can send photos, is jpg ok?", "treatment_enquiry"),
]


@pytest.mark.parametrize("text", PREOP_STEP_MOVED)
def test_a_pre_op_step_moved_is_a_booking(text: str) -> None:
    assert _decide("booked", text) == ("appointment", "routine", "request_info")


@pytest.mark.parametrize(("stage", "text", "intent"), STEP_LOOK_ALIKES)
def test_the_step_look_alikes_keep_their_intent(stage: str, text: str, intent: str) -> None:
    got_intent, urgency, _action = _decide(stage, text)
    assert (got_intent, urgency) == (intent, "routine")


@pytest.mark.parametrize("text", FLY_DAY_WITH_HOTEL)
def test_the_flight_day_with_hotel_nights_is_travel(text: str) -> None:
    intent, urgency, _action = _decide("booked", text)
    assert (intent, urgency) == ("travel", "routine")


@pytest.mark.parametrize(("stage", "text", "intent", "urgency"), FLY_LOOK_ALIKES)
def test_the_flight_look_alikes(stage: str, text: str, intent: str, urgency: str) -> None:
    got_intent, got_urgency, _action = _decide(stage, text)
    assert (got_intent, got_urgency) == (intent, urgency)


@pytest.mark.parametrize("text", FORMAT_ASKED)
def test_photos_sent_with_the_format_asked_are_documents(text: str) -> None:
    assert _decide("enquiry", text) == ("documents", "routine", "reply")


@pytest.mark.parametrize(("text", "intent"), FORMAT_LOOK_ALIKES)
def test_a_price_or_treatment_beside_photos_keeps_its_intent(text: str, intent: str) -> None:
    got_intent, urgency, _action = _decide("enquiry", text)
    assert (got_intent, urgency) == (intent, "routine")
