# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The forty-second round's intent fixes (dev47), on our own phrasings.

What the intent tables misread, each by structure (none by a message's text):
- a visit asked as held on a day of the week or at the weekend, as a rule ("do you do
  consultations on Saturdays?", "gibt es die Beratung auch samstags?") was nothing or a question
  about the treatment: the clinic's days are asked, a booking whose answer waits on the
  coordinator's calendar (``request_info``); the writer's job or working week told before it
  is only the reason, and flags nothing;
- the clinic's opening days asked in English ("are you open sundays?") were a booking answered
  as closed; the other five languages already asked the calendar;
- where a paper is to be sent asked ("shall I send it here or by email?", "je vous l'envoie ici
  ou par mail ?", "where should I send it?") was a treatment question or nothing: a document.
Each tested in six languages beside look-alikes that must behave the other way: the job or the
working day told beside another question, a visit that day already done or a thing done after
it, the money or the flight times sent here or by e-mail, an allergy asked about.
"""

from __future__ import annotations

import pytest

from careflow_agents.general import offers_a_window
from careflow_agents.triage import asks_for_a_date, triage
from tests.unit.agents.screening import assert_intent_by_the_rules, assert_not_flagged


def _asks_the_calendar(text: str) -> bool:
    """What ``general.run`` asks of an appointment message: the calendar (``request_info``)."""
    return asks_for_a_date(text) or offers_a_window(text)


# -- a visit asked on a day of the week or at the weekend -------------------------------------------


_VISIT_ON_DAYS = [
    "I work shifts as a nurse during the week, do you do consultations on Saturdays?",
    "Is the consultation also possible at the weekend? I'm a teacher.",
    "Ich arbeite als Lehrerin, geht die Voruntersuchung auch am Wochenende?",
    "Bin Elektriker und hab nur samstags frei, gibt es die Beratung auch samstags?",
    "Je suis infirmière de nuit en semaine, vous faites des consultations le samedi ?",
    "Je travaille toute la semaine, la consultation est possible le week-end ?",
    "Hafta içi işten çıkamıyorum, cumartesi günleri muayene var mı?",
    "Mühendisim, hafta içi izin alamıyorum, konsültasyon hafta sonu da oluyor mu?",
    "Работаю программистом, в будни не вырваться, консультации по субботам бывают?",
    "Я учитель, есть ли у вас приём по выходным?",
    "انا مهندس وما اقدر اطلع بالاسبوع، فيه استشارات يوم السبت؟",
    "اشتغل طول الاسبوع، الكشف متاح في نهاية الاسبوع؟",
]


@pytest.mark.parametrize("text", _VISIT_ON_DAYS)
def test_a_visit_asked_on_a_weekday_or_the_weekend_asks_the_calendar(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "appointment")
    assert _asks_the_calendar(text)


@pytest.mark.parametrize("text", _VISIT_ON_DAYS[::2])
def test_the_job_told_before_the_days_flags_nothing(text: str) -> None:
    assert_not_flagged(text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # the job or the working day told beside another question asks no day of the clinic
        (
            "Ich bin Systemadministrator, wie lange dauert die Haartransplantation?",
            "treatment_enquiry",
        ),
        ("Je travaille le samedi, combien coûte la rhinoplastie ?", "price_quote"),
        ("Cumartesi günleri çalışıyorum, saç ekimi ne kadar sürüyor?", "treatment_enquiry"),
        (
            "По субботам я работаю, сколько длится восстановление после ринопластики?",
            "treatment_enquiry",
        ),
        ("بشتغل يوم السبت، كم يوم الراحة بعد عملية الانف؟", "treatment_enquiry"),
        # the visit that day already done, or a thing done around it, is no day asked
        (
            "My consultation at the weekend went well, thank you, how much is the rhinoplasty?",
            "price_quote",
        ),
        ("Do I need to stop aspirin before the consultation at the weekend?", "treatment_enquiry"),
        ("Kann ich nach der Beratung am Wochenende direkt nach Hause fliegen?", "travel"),
        # the day inside a question about the visit itself (the day does not end the clause)
        ("Are the examinations on Saturdays painful?", "other"),
        ("Ist die Untersuchung am Samstag schmerzhaft?", "other"),
        ("Il y a des examens le samedi qui font mal ?", "other"),
    ],
)
def test_a_working_day_or_a_visit_done_is_no_day_asked(text: str, intent: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", intent)


def test_the_clinic_asked_open_on_sundays_in_english_asks_the_calendar() -> None:
    text = "Are you open on Saturdays? I work all week."
    assert_intent_by_the_rules(text, "enquiry", "appointment")
    assert _asks_the_calendar(text)


def test_the_opening_hours_alone_ask_no_day() -> None:
    text = "What are your opening hours?"
    assert_intent_by_the_rules(text, "enquiry", "appointment")
    assert not _asks_the_calendar(text)


def test_a_visit_on_saturdays_after_the_operation_stays_post_op() -> None:
    text = "After the consultation on Saturdays my wound still hurts a bit, is that normal?"
    assert triage(text, stage="post_op", learned=False).intent == "post_op_concern"


# -- where a paper is to be sent -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "My GP wrote a letter about my asthma for the anaesthetist, shall I send it here or by email?",
        "The cardiologist gave me a note for the surgeon, where should I send it?",
        "Mein Hausarzt hat einen Zettel zu meinen Medikamenten geschrieben, schick ich euch den hier oder per Mail?",
        "Wohin soll ich den Arztbrief schicken?",
        "Ma dentiste m'a fait un mot sur mes implants, je vous l'envoie par mail ou ici ?",
        "Où dois-je envoyer la lettre de mon médecin ?",
        "Aile hekimim alerjilerim için bir not yazdı, buraya mı atayım maile mi?",
        "Терапевт написал заключение про мою аллергию, сюда скинуть или на почту?",
        "Врач дал мне выписку для хирурга, куда отправить?",
        "دكتوري كتب ورقة عن الحساسية عندي، ابعتها هنا ولا عالايميل؟",
    ],
)
def test_where_to_send_a_paper_is_a_document(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "documents")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # the money sent here or by transfer is a payment, the flight times the trip's
        ("Can I send the deposit here or by bank transfer?", "payment"),
        ("Je vous envoie l'acompte par virement ou ici ?", "payment"),
        ("Shall I send you my flight times here or by email?", "travel"),
        ("Soll ich die Flugdaten hier oder per Mail schicken?", "travel"),
        # where to go, or a call asked, sends no paper
        ("Wohin soll ich nach der OP gehen, ins Hotel?", "travel"),
        ("Je dois appeler ou envoyer un mail ?", "other"),
        ("Where should I send the money?", "other"),
        ("Can I call you here or by phone?", "other"),
        # an allergy asked about is a question about the treatment
        (
            "Mon médecin dit que je suis allergique au latex, c'est un problème pour le chirurgien ?",
            "treatment_enquiry",
        ),
        ("Ameliyattan önce penisilin almayı bırakmalı mıyım?", "treatment_enquiry"),
        ("Do I need to stop penicillin before the surgery?", "treatment_enquiry"),
    ],
)
def test_money_flights_calls_and_allergies_sent_nowhere(text: str, intent: str) -> None:
    assert_intent_by_the_rules(text, "booked", intent)


@pytest.mark.parametrize(
    "text",
    [
        "I paid the deposit, shall I send the proof of payment here or by email?",
        "Anzahlung ist raus, schick ich euch den Überweisungsbeleg hier oder per Mail?",
        "J'ai fait le virement, je vous envoie le justificatif ici ou par mail ?",
        "Kaparoyu yatırdım, dekontu buraya mı atayım maile mi?",
        "Оплатила депозит, чек об оплате сюда скинуть или на почту?",
        "دفعت العربون، ابعت ايصال التحويل هنا ولا عالايميل؟",
    ],
)
def test_the_proof_of_a_transfer_sent_here_or_by_mail_stays_a_payment(text: str) -> None:
    """The writer's own transfer slip (the Turkish "dekont" by itself) asked where to send is
    about the payment made, as the older rounds read it, not a paper for the file."""
    assert_intent_by_the_rules(text, "booked", "payment")
