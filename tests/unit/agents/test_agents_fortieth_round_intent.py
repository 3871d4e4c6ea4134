# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The fortieth round's intent and language fixes (issue 10, dev45), on our own phrasings.

What the intent tables misread, each by structure (none by a message's text):
- the earliest or the nearest date asked for a treatment ("what's the earliest date for a hair
  transplant?", "когда ближайшая дата на ринопластику?") was a treatment question: the calendar
  is asked, an appointment whose answer waits on the coordinator;
- a date request with a window of days or hours offered ("can I move my call to Wednesday? any
  time after 2pm works for me") was answered as a date confirmed, through "works for me": the
  coordinator still has to choose, so the turn asks for the calendar (``request_info``);
- a paper or a file from the clinic asked where to find, or told not to have come ("where can I
  find the pre-op instructions? the PDF never arrived"), and the patient portal that holds them,
  were a treatment question or nothing: a document to send again;
- the operation named by a German compound ("vor der Augen-OP"), the English "the op" and the
  contact lenses set aside before eye surgery named no treatment, so the preparation asked was
  `other`;
- the English "arrive" read the French "je n'arrive pas à ..." (I cannot manage) as a trip;
- an Arabizi greeting ("salam 3alaikum, kifkom?") was read as English.
Each shared structure tested in six languages, each beside a look-alike that must behave the
other way: the nearest airport or hotel stays travel and the earliest day to fly or to work the
recovery's; one date confirmed asks nothing of the calendar; what the instructions say stays a
treatment question; "post-op" names no treatment by itself; French "j'arrive le 3" stays travel;
"Salam" beside French, Turkish or English words stays theirs.
"""

from __future__ import annotations

import pytest

from careflow_agents.general import offers_a_window
from careflow_agents.language import detect
from careflow_agents.triage import asks_for_a_date, triage
from tests.unit.agents.screening import assert_intent_by_the_rules


def _asks_the_calendar(text: str) -> bool:
    """What ``general.run`` asks of an appointment message: the calendar (``request_info``)."""
    return asks_for_a_date(text) or offers_a_window(text)


# -- the earliest or the nearest date asked --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "what's the earliest date you could do a hair transplant for me?",
        "When is the soonest available slot for a rhinoplasty?",
        "Wann wäre der frühestmögliche Termin für eine Nasenkorrektur?",
        "Was ist der nächste freie Termin für die Haartransplantation?",
        "Quelle est la date la plus proche pour une greffe de cheveux ?",
        "c'est quand la première date libre pour une rhinoplastie ?",
        "Saç ekimi için en yakın tarih ne zaman?",
        "burun estetiği için en erken randevu hangi gün olur?",
        "Когда ближайшая дата на ринопластику?",
        "на когда ближайшая запись на пересадку волос?",
        "متى أقرب موعد لزراعة الشعر؟",
        "اقرب تاريخ لعملية الانف امتى؟",
    ],
)
def test_the_earliest_date_asked_is_an_appointment_to_book(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "appointment")
    assert _asks_the_calendar(text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # the nearest airport or hotel is the trip's
        ("what's the nearest airport to the clinic?", "travel"),
        ("Welcher Flughafen ist der Klinik am nächsten?", "travel"),
        ("quel est l'aéroport le plus proche de la clinique ?", "travel"),
        ("Kliniğe en yakın havalimanı hangisi?", "travel"),
        ("Какая ближайшая гостиница к клинике?", "travel"),
        ("شو أقرب فندق للعيادة؟", "travel"),
        # the earliest day to fly or to work again is the recovery's
        ("when is the earliest I can go back to work after the sleeve?", "treatment_enquiry"),
        ("what's the earliest I can fly after a rhinoplasty?", "travel"),
    ],
)
def test_the_nearest_place_or_the_earliest_day_after_is_no_date_asked(
    text: str, intent: str
) -> None:
    assert_intent_by_the_rules(text, "enquiry", intent)


# -- a window of days offered ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Could I move my video call from Monday to Thursday? any time after 3pm works for me",
        "Can we reschedule the consultation? any day next week suits me",
        "Können wir die Beratung verschieben? Jeder Tag ab dem 20. passt mir",
        "Kann ich den Termin verlegen? Ich kann jederzeit am Vormittag",
        "Je peux décaler mon rendez-vous ? n'importe quel jour après le 10 me va",
        "Randevumu erteleyebilir miyiz? 15 ocaktan sonra her gün olur",
        "Можно перенести консультацию? могу в любой день после 10 марта",
        "ممكن نأجل الموعد؟ أي يوم بعد العيد يناسبني",
    ],
)
def test_a_window_offered_keeps_the_request_asking_the_calendar(text: str) -> None:
    assert triage(text, stage="quoted", learned=False).intent == "appointment"
    assert _asks_the_calendar(text)


@pytest.mark.parametrize(
    "text",
    [
        # one date confirmed: nothing left for the calendar
        "Thursday at 10am works for me, see you then",
        "Donnerstag um 10 Uhr passt mir, bis dann",
        "Jeudi à 10h ça me va, c'est noté",
        "Perşembe saat 10 uygun, onaylıyorum",
        "Четверг в 10 мне подходит, договорились",
        "الخميس الساعة ١٠ تمام، يناسبني",
    ],
)
def test_one_date_confirmed_asks_nothing_of_the_calendar(text: str) -> None:
    assert not _asks_the_calendar(text)


# -- a clinic paper not come, the patient portal ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Where can I find the aftercare instructions before my rhinoplasty? the PDF never arrived",
        "the consent forms were supposed to come by email but didn't, I have the operation on Monday",
        "I can't log into the patient portal before my surgery, it says wrong password",
        "Wo finde ich die Unterlagen für die OP? Die Datei ist nie angekommen",
        "Ich komme nicht ins Patientenportal, mein Passwort geht nicht",
        "où je trouve les consignes avant l'opération ? le fichier n'est jamais arrivé",
        "je n'arrive pas à me connecter à l'espace patient, mot de passe refusé",
        "ameliyat öncesi talimatları nereden bulabilirim? dosya gelmedi",
        "hasta paneline giremiyorum, şifre hatalı diyor",
        "Где найти памятку перед операцией? файл так и не пришёл",
        "Не могу зайти в личный кабинет пациента, пароль не подходит",
        "وين الاقي التعليمات قبل العملية؟ الملف ما وصلني",
        "ما قدرت ادخل على بوابة المريض، كلمة السر غلط",
    ],
)
def test_a_paper_not_come_or_the_patient_portal_is_a_document(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "documents")


@pytest.mark.parametrize(
    "text",
    [
        # what the instructions say, or the preparation itself, is asked of the treatment
        "Do you have instructions on what I should avoid before the op?",
        "is there anything I should do before the op? how long before do I stop my contact lenses?",
        "Haben Sie eine Anleitung, was ich vor der Augen-OP beachten muss?",
        "Wie lange vorher muss ich die Kontaktlinsen rausnehmen?",
        "Qu'est-ce que je dois faire avant l'opération des yeux ?",
        "lensleri ameliyattan kaç gün önce çıkarmalıyım?",
        "Что нужно соблюдать перед операцией на глаза?",
        "شو لازم اسوي قبل عملية العيون؟",
    ],
)
def test_the_preparation_asked_stays_a_treatment_question(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "treatment_enquiry")


@pytest.mark.parametrize(
    "text",
    [
        "Ich möchte eine Brust-OP machen lassen, geht das mit 50?",
        "Hat jemand Erfahrung mit der Magen-OP bei euch?",
    ],
)
def test_a_german_op_compound_names_the_treatment(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "treatment_enquiry")


def test_post_op_names_no_treatment_by_itself() -> None:
    assert_intent_by_the_rules("thanks for the post-op call yesterday!", "enquiry", "other")


@pytest.mark.parametrize(
    "text",
    [
        "j'arrive le 3 à l'aéroport, vous venez me chercher ?",
        "what time do I arrive at the hotel?",
    ],
)
def test_an_arrival_stays_travel(text: str) -> None:
    assert_intent_by_the_rules(text, "quoted", "travel")


# -- an Arabizi greeting ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "salam 3alaikum, kifkom? 🌸",
        "salam alaikum kifak",
        "ahlan, shlonkom? 😊",
        "salam, ezayak ya doctor?",
    ],
)
def test_an_arabizi_greeting_is_arabic(text: str) -> None:
    assert detect(text).language == "ar"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Salam, je voudrais un devis pour une greffe de cheveux", "fr"),
        ("selam, saç ekimi için fiyat alabilir miyim", "tr"),
        ("Salam! How much are veneers at your clinic?", "en"),
        ("Salam alaikum, je voudrais un devis pour des implants", "fr"),
        ("Salam alaikum, what do you have for hair loss?", "en"),
    ],
)
def test_salam_beside_another_language_stays_that_language(text: str, language: str) -> None:
    assert detect(text).language == language


# -- older misses: a date instead of another, the egg collection, the lens kind, "mini abdo" ------


@pytest.mark.parametrize(
    "text",
    [
        "Could I come for my consultation on the 20th instead of the 18th?",
        "Kann ich am Donnerstag statt am Dienstag zur Beratung kommen?",
        "je peux venir à la consultation le 14 au lieu du 12 ?",
        "konsültasyona 12 mart yerine 14 martta gelebilir miyim?",
        "можно на консультацию в четверг вместо вторника?",
        "ممكن الاستشارة يوم الخميس بدل الثلاثاء؟",
    ],
)
def test_a_date_instead_of_another_is_an_appointment(text: str) -> None:
    assert_intent_by_the_rules(text, "quoted", "appointment")
    assert _asks_the_calendar(text)


@pytest.mark.parametrize(
    "text",
    [
        # a treatment instead of another stays a treatment question
        "can I have PRP instead of the hair transplant?",
        "statt einer Haartransplantation lieber PRP?",
    ],
)
def test_a_treatment_instead_of_another_stays_a_treatment_question(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "treatment_enquiry")


@pytest.mark.parametrize(
    "text",
    [
        "How long does the egg collection take, am I asleep?",
        "Wie lange dauert die Punktion, schläft man dabei?",
        "La ponction dure combien de temps ?",
        "Yumurta toplamadan sonra işe ne zaman dönebilirim?",
        "Сколько длится пункция?",
        "كم تاخذ عملية سحب البويضات؟",
        # the lens implanted, by its kind
        "Which trifocal lens do you use for the lens exchange?",
        "Welche multifokale Linse verwendet ihr?",
        "vous posez quel implant trifocal ?",
        "Hangi marka trifokal lens kullanıyorsunuz?",
        "Какие трифокальные линзы вы ставите?",
        "شو نوع العدسة ثلاثية البؤرة عندكم؟",
        # the abdominoplasty cut short in French
        "c'est quoi la différence entre une mini abdo et une abdo complète ?",
    ],
)
def test_the_egg_collection_and_the_lens_kind_name_the_treatment(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "treatment_enquiry")


def test_sit_ups_are_no_abdominoplasty() -> None:
    assert_intent_by_the_rules(
        "je fais des abdos tous les jours, merci pour votre message", "enquiry", "other"
    )


# -- an item asked as free of charge --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The surgeon said yes to the facelift. Is the check-up after a year free or extra?",
        "is the follow-up check free?",
        "Ist die Nachkontrolle kostenlos?",
        "Le contrôle à un mois est gratuit ou c'est payant ?",
        "Kontrol muayenesi ücretsiz mi?",
        "Повторная консультация бесплатная или платная?",
    ],
)
def test_an_item_asked_as_free_is_a_price_question(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "price_quote")


@pytest.mark.parametrize(
    "text",
    [
        # a time free is the calendar's or the writer's, no price
        "are you free on Tuesday for a video call?",
        "I'm free any day next week for the consultation",
        "vous êtes libre mardi pour la consultation ?",
        "I want to book a blepharoplasty in May, which dates are free?",
        "is Tuesday free for the video call?",
        "is the 14th free? I'd like to move my consultation",
        "Aylin said the 3rd to the 5th of May would work, is that still free?",
        "у вас есть свободное время во вторник?",
    ],
)
def test_a_time_free_is_no_price_question(text: str) -> None:
    assert triage(text, stage="quoted", learned=False).intent != "price_quote"


# -- a better price asked in an idiom, beside paying ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "can you do me a better price if I pay everything upfront?",
        "Gibt es einen besseren Preis, wenn ich alles vorab überweise?",
        "c un peu cher pour moi, vous me faites un prix si je paye tout en avance ?",
        "hepsini peşin ödersem fiyatta bir kolaylık olur mu?",
        "Сделаете подешевле, если я оплачу всё сразу?",
        "تعطوني سعر احسن اذا دفعت كل المبلغ مقدما؟",
    ],
)
def test_a_better_price_asked_beside_paying_is_a_price_question(text: str) -> None:
    assert_intent_by_the_rules(text, "quoted", "price_quote")


@pytest.mark.parametrize(
    "text",
    [
        "I'll pay everything upfront by bank transfer, can you send the IBAN?",
        "Ich überweise alles vorab, wie lautet die IBAN?",
        "je paye tout d'avance par virement, vous confirmez la réception ?",
        "hepsini peşin ödeyeceğim, IBAN gönderir misiniz?",
        "Я оплачу всё сразу, пришлите реквизиты для перевода",
        "بدفع كل المبلغ مقدما، ارسلوا لي معلومات التحويل",
    ],
)
def test_paying_upfront_without_a_price_asked_stays_a_payment(text: str) -> None:
    assert_intent_by_the_rules(text, "quoted", "payment")


# -- one day or another asked of a booking -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the line was bad, is my consultation Tuesday or Thursday? can you check",
        "ist meine Beratung jetzt Dienstag oder Donnerstag? die Verbindung war schlecht",
        "mon rdv c'est mardi ou jeudi ? je n'ai pas bien compris",
        "konsültasyonum salı mı perşembe mi? anlayamadım",
        "моя консультация во вторник или в четверг? не расслышала",
        "استشارتي الثلاثاء ولا الخميس؟ ما سمعت زين",
    ],
)
def test_one_day_or_another_asked_of_a_booking_asks_the_calendar(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "appointment")
    assert _asks_the_calendar(text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("can I fly home on Monday or Tuesday after the rhinoplasty?", "travel"),
        ("I work Monday to Friday, how long off work after the sleeve?", "treatment_enquiry"),
    ],
)
def test_days_of_a_trip_or_of_work_stay_theirs(text: str, intent: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", intent)
