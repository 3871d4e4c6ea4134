# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The fiftieth round's appointment wanted in Arabizi, photos sent for a quote, records to send and
the Arabizi "what if" before an operation (intent50, dev55), each on our own phrasings in six
languages beside look-alikes that must behave the other way.

An appointment or a consultation wanted in Arabizi ("3ayez mi3ad kashf", "bdi a7jez maw3ed") or in
the other languages' spoken forms ("ich will nen Online-Termin", "хочу на онлайн консультацию")
waits on the coordinator's calendar (``request_info``); a date confirmed stays ``reply``. Photos
sent for a quote with the file format the only question, and which records or results to send or
bring, are ``documents``; a price asked beside them stays ``price_quote``, the tests the clinic
does or the results to expect stay a treatment question. Before an operation the Arabizi
conditional ("law sar ... ba3d el 3amaliya?", "iza ...") asks what could come, routine; a sign
told now, after an operation or with "law sama7t" / "لو سمحت" (please) stays urgent. Written
without copying dev55's text and without looking at any held-out set.
"""

from __future__ import annotations

import pytest

from careflow_agents.config import demo_tenant
from tests.unit.agents import screening

_TENANT = demo_tenant("round-50-intent")


def _decide(stage: str, text: str) -> tuple[str, str, str]:
    """(intent, urgency, action) of ``text`` as a case's first message."""
    decision = screening.first_decision(_TENANT, stage, text)
    return decision.intent, decision.urgency, decision.action


# An appointment or a consultation wanted: the calendar is asked (request_info).
_APPOINTMENT_WANTED = [
    "3ayez mi3ad kashf yom el sabt law sama7t",
    "bdi a7jez maw3ed estishara el osbo3 el jay",
    "abgha maw3ed online yom el a7ad el sob7",
    "I want an online consultation appointment on Monday morning please",
    "I'd like a video consultation slot on Friday",
    "Ich will nen Online-Termin am Dienstag nachmittag",
    "Ich bräuchte einen Videotermin nächste Woche",
    "j'veux un rdv en visio mardi aprem stp",
    "salı öğleden sonra online görüşme randevusu istiyorum",
    "хочу на онлайн консультацию во вторник после обеда",
    "нужна видеоконсультация в пятницу утром",
    "ابي موعد استشارة اونلاين يوم الاحد الصبح",
]

# A date confirmed or a booking told: answered as it is (reply).
_APPOINTMENT_CONFIRMED = [
    "akkadt el maw3ed yom el sabt, shokran",
    "ok Monday is fine",
    "confirmed, see you on Monday",
    "my appointment is on Monday morning, see you then",
    "Termin am Dienstag passt mir, bis dann",
    "во вторник подходит, договорились",
]


@pytest.mark.parametrize("text", _APPOINTMENT_WANTED)
def test_an_appointment_wanted_asks_for_the_calendar(text: str) -> None:
    assert _decide("quoted", text) == ("appointment", "routine", "request_info")


@pytest.mark.parametrize("text", _APPOINTMENT_CONFIRMED)
def test_a_date_confirmed_is_answered(text: str) -> None:
    intent, urgency, action = _decide("quoted", text)
    assert intent in {"appointment", "other"}
    assert (urgency, action) == ("routine", "reply")


# Photos sent for a quote, the file format the only question: documents.
_PHOTOS_FOR_A_QUOTE = [
    "here are the pictures for the rhinoplasty quote, is jpg ok?",
    "Anbei die Bilder für den Kostenvoranschlag, geht JPG?",
    "Voici les photos pour le devis de la rhinoplastie, le jpg ça va ?",
    "Burun estetiği teklifi için fotoğraflar ekte, jpg olur mu?",
    "Вот снимки для расчёта стоимости ринопластики, в jpg подойдёт?",
    "هذي الصور عشان عرض السعر لعملية الانف، بصيغة jpg ينفع؟",
]

# A price asked beside the photos: price_quote.
_PRICE_WITH_PHOTOS = [
    "how much is the quote for the rhinoplasty?",
    "Here are the pictures for the rhinoplasty, how much is the quote? is jpg ok?",
    "Was kostet die Nasenkorrektur ungefähr? geht JPG?",
    "Combien coûte la rhinoplastie ? le jpg ça va ?",
    "Сколько стоит ринопластика? фото в jpg подойдёт?",
    "كم سعر عملية الانف؟ الصور بصيغة jpg ينفع؟",
]


@pytest.mark.parametrize("text", _PHOTOS_FOR_A_QUOTE)
def test_photos_for_a_quote_with_the_format_asked_are_documents(text: str) -> None:
    assert _decide("enquiry", text) == ("documents", "routine", "reply")


@pytest.mark.parametrize("text", _PRICE_WITH_PHOTOS)
def test_a_price_asked_beside_the_photos_stays_a_price(text: str) -> None:
    assert _decide("enquiry", text)[0] == "price_quote"


# Which records or results to send or bring: documents.
_RECORDS_TO_SEND = [
    "what papers do I need to bring?",
    "which results shall I send you before the breast lift?",
    "Welche Untersuchungen soll ich vor der Bauchdeckenstraffung mitbringen?",
    "Quelles analyses dois-je vous transmettre avant la sleeve ?",
    "Karın germe öncesi hangi tetkikleri getirmem lazım?",
    "Какие обследования мне нужно прислать перед абдоминопластикой?",
    "شو الفحوصات اللي لازم ابعتها قبل شد البطن؟",
]

# The tests the clinic does, or the results to expect: a treatment question.
_TESTS_THE_CLINIC_DOES = [
    "which tests do you do before the tummy tuck?",
    "Welche Ergebnisse kann ich nach der Nasen-OP erwarten?",
    "Welche Untersuchungen macht ihr vor der OP?",
    "Quels examens faites-vous avant l'opération ?",
    "Ameliyattan önce hangi tetkikleri siz yapıyorsunuz?",
    "Какие результаты будут после ринопластики?",
    "ايش الفحوصات اللي تسوونها قبل العملية؟",
]


@pytest.mark.parametrize("text", _RECORDS_TO_SEND)
def test_records_to_send_are_documents(text: str) -> None:
    assert _decide("enquiry", text) == ("documents", "routine", "reply")


@pytest.mark.parametrize("text", _TESTS_THE_CLINIC_DOES)
def test_tests_the_clinic_does_are_the_treatment(text: str) -> None:
    assert _decide("enquiry", text)[0] == "treatment_enquiry"


# Before an operation, a sign asked as what could come: a treatment question, routine.
_WHAT_IF = [
    ("booked", "law sar 3indi nazif ba3d el 3amaliya shu a3mel?"),
    ("enquiry", "iza sar ma3i di2 nafas ba3d el 3amaliya lazim aji 3al mustashfa?"),
    ("booked", "law sar ma3i alam bsadri ba3d el 3amaliya?"),
    ("booked", "لو صار عندي ضيق نفس بعد العملية شو اسوي؟"),
    ("booked", "What if I get short of breath after the operation?"),
    ("booked", "Was wenn ich nach der OP Atemnot bekomme?"),
    ("booked", "Ameliyattan sonra nefes darlığı olursa ne yapmalıyım?"),
]

# The same sign told now, after an operation, or with "please": urgent.
_TOLD_NOW = [
    ("post_op", "ba3d el 3amaliya 3indi di2 nafas"),
    ("booked", "ba3d el 3amaliya 3indi di2 nafas"),
    ("enquiry", "ba3d el 3amaliya 3indi di2 nafas"),
    ("post_op", "law sar 3indi di2 nafas ba3d el 3amaliya?"),
    ("booked", "3amalt el 3amaliya mbare7, law sama7t 3indi di2 nafas"),
    ("enquiry", "law sama7t 3indi di2 nafas mn el sob7"),
    ("booked", "لو سمحت عندي ضيق نفس شديد من الصبح"),
    ("booked", "ساعدوني لو سمحت عندي ضيق نفس"),
]


@pytest.mark.parametrize(("stage", "text"), _WHAT_IF)
def test_a_sign_asked_as_what_could_come_is_routine(stage: str, text: str) -> None:
    intent, urgency, action = _decide(stage, text)
    assert urgency == "routine"
    assert action != "escalate"
    assert intent == "treatment_enquiry"


@pytest.mark.parametrize(("stage", "text"), _TOLD_NOW)
def test_a_sign_told_now_stays_urgent(stage: str, text: str) -> None:
    assert _decide(stage, text) == ("post_op_concern", "urgent", "escalate")
