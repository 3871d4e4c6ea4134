# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The thirty-sixth round's intent fixes (issue 10, dev41), on our own phrasings.

What the intent tables misread, each by structure (none by a message's text):
- the clinic's booking system named as where the patient read a time ("the booking system shows
  my surgery at 7:30", "в системе записи") made a booking request of a pre-op question;
- the fast before an operation counted in hours ("nothing to eat 6 hours before") was no
  question about the treatment, so with nothing else named the message had no intent;
- a quote passed on to another person ("send the quote to my husband", "lui envoyer le devis")
  beside a question about paying in instalments made a price question of a payment question.
Each beside a look-alike that must behave the other way: a booking asked in the booking system
stays an appointment; a quote sent to the writer, or a price asked, stays a price question.
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import triage
from tests.unit.agents.screening import assert_intent_by_the_rules

# -- the booking system named as the source of a time -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hi, your leaflet says nothing to eat 6 hours before, and the booking system shows my surgery at 7:30 - so I can have supper until 1:30 at night?",
        "Merhaba, talimatta 6 saat önce bir şey yemeyin yazıyor, randevu sisteminde ameliyatım 7:30'da görünüyor - yani gece 1:30'a kadar yemek yiyebilir miyim?",
        "Hallo, im Merkblatt steht 6 Stunden vorher nichts essen, im Buchungssystem steht meine OP um 7:30 - darf ich dann bis 1:30 nachts noch essen?",
        "Bonjour, la fiche dit de ne rien manger 6 heures avant, et sur le système de réservation mon opération est à 7h30 - donc je peux dîner jusqu'à 1h30 du matin ?",
        "مرحبا، بالتعليمات مكتوب لا تاكل قبل ٦ ساعات، وبنظام الحجز عمليتي الساعة ٧:٣٠ - يعني اقدر اتعشى لحد الساعة ١:٣٠ بالليل؟",
        "Добрый день, в памятке написано не есть за 6 часов, в системе записи операция стоит на 7:30 - то есть до половины второго ночи поужинать можно?",
        "Dobryi den, v pamyatke napisano ne est za 6 chasov, v sisteme zapisi operaciya v 7:30 - znachit uzhinat mozhno do 1:30 nochi?",
    ],
)
def test_the_fast_before_the_operation_read_in_the_booking_system_is_a_treatment_question(
    text: str,
) -> None:
    assert_intent_by_the_rules(text, "booked", "treatment_enquiry")


@pytest.mark.parametrize(
    "text",
    [
        # a booking asked beside the booking system: the request is outside the tool's name
        "The booking system won't let me pick a slot, can you book me for Friday?",
        "randevu sisteminde boş yer yok, cuma günü için randevu alabilir miyim?",
        "Im Buchungssystem finde ich keinen freien Termin, können Sie mich für Freitag eintragen?",
        "Le système de réservation ne marche pas, je voudrais un rendez-vous vendredi",
        "نظام الحجز ما يشتغل، ممكن احجز موعد يوم الجمعة؟",
        "в системе записи нет свободных окон, запишите меня на пятницу",
        "zapis na konsultaciyu v chetverg v 7:30 mozhno?",
        # the fast named as the reason for a date moved: the date is the ask
        "Can we move the operation to 10:00? I was told nothing to eat 6 hours before and that's hard for me",
    ],
)
def test_a_booking_asked_beside_the_booking_system_stays_an_appointment(text: str) -> None:
    assert triage(text, stage="booked", learned=False).intent == "appointment", text


# -- a quote passed on to another person ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hello, my husband handles our money. Can we pay the deposit by card in two parts, and could you send the quote to him directly?",
        "Hi, is paying by card in 4 instalments possible? Please forward the quote to my guardian, he signs all payments.",
        "Merhaba, ödemeyi 3 taksitle kredi kartıyla yapabilir miyim? Teklifi direkt eşime gönderir misiniz, parayı o ödüyor.",
        "Guten Tag, kann ich in Raten zahlen? Und könnten Sie das Angebot bitte direkt an meinen Betreuer schicken, er gibt alle Zahlungen frei.",
        "Bonjour, est-il possible de régler par virement en deux fois ? Et pouvez-vous envoyer le devis à mon mari, c'est lui qui paie ?",
        "Bonjour, mon tuteur gère mes comptes : peut-on payer en 4 fois ? Pouvez-vous lui transmettre le devis ?",
        "Здравствуйте, можно оплатить картой в рассрочку на 3 месяца? И перешлите, пожалуйста, смету мужу, платит он.",
        "مرحبا، بقدر ادفع بالتقسيط على ٣ دفعات بالبطاقة؟ وابعتوا العرض لزوجي لانه هو اللي بيدفع",
    ],
)
def test_payment_terms_with_the_quote_forwarded_are_payment(text: str) -> None:
    assert_intent_by_the_rules(text, "quoted", "payment")


@pytest.mark.parametrize(
    "text",
    [
        # the quote sent to the writer is asked for: a price question
        "Hello, can I pay in two instalments? And could you send me the quote by email?",
        "Bonjour, peut-on payer en 3 fois ? Pouvez-vous m'envoyer le devis par mail ?",
        "Guten Tag, kann ich in Raten zahlen und schicken Sie mir bitte ein Angebot?",
        "Taksitle ödeyebilir miyim? Bana teklifi mail atar mısınız?",
        # a price asked outright keeps its place, whoever the quote goes to
        "How much would it be with the hotel, can I pay in instalments, and please send the quote to my husband",
        "Combien ça coûte avec l'hôtel, et pouvez-vous envoyer le devis à mon mari ?",
        "Сколько будет стоить с отелем и можно ли в рассрочку? Смету перешлите мужу",
        "كم السعر مع الفندق؟ وابعتوا العرض لزوجي",
        # the quote alone, forwarded: nothing else is asked
        "Please send the quote to my husband",
    ],
)
def test_a_quote_asked_or_priced_stays_a_price_question(text: str) -> None:
    assert_intent_by_the_rules(text, "quoted", "price_quote")


# -- pain and needles asked before a treatment ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # dev41-fr-23's intent part: whether the treatment hurts, with a fear of needles, is a
        # question about the treatment (the bleeding asked beside it is the urgency part's flag)
        "c'est douloureux la rhinoplastie ? j'ai trop peur des piqûres 😬",
        "is a hair transplant painful?? i'm terrified of needles lol",
        "tut so eine Haartransplantation weh? ich hab voll Angst vor Spritzen",
        "saç ekimi acıtır mı? iğneden çok korkuyorum 😬",
        "больно ли делать пересадку волос? я ужасно боюсь уколов",
        "زراعة الشعر بتوجع؟ انا بخاف من الابر كتير",
    ],
)
def test_pain_asked_before_the_treatment_is_a_treatment_question(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "treatment_enquiry")


@pytest.mark.parametrize(
    "text",
    [
        # the same question after the operation is about the healing
        "c'est douloureux la greffe de cheveux ? ça fait trois jours, j'ai mal",
        "is it normal that the transplant is painful? i'm 3 days post op",
    ],
)
def test_pain_asked_after_the_operation_stays_a_post_op_concern(text: str) -> None:
    assert triage(text, stage="post_op", learned=False).intent == "post_op_concern", text
