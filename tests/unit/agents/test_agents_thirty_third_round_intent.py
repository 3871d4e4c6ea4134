# ruff: noqa: RUF001, RUF002 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The thirty-third round's intent fixes (issue 10, dev37), on our own phrasings.

What the intent tables misread, each by structure (none by a message's text):
- a price asked, then how it could be paid with a card ("... and instalments on the credit
  card?"): the card was a payment word outside the pay-method frame, so the message read as a
  payment being made rather than a price asked; a card asked as the means of paying is now part
  of that frame (beside a price, the quote; alone, still a payment question); so are French
  "le paiement en 3 fois" and the price asked as "ça revient à combien" or "fiyatı nedir";
- one day put in place of another ("the 19th rather than the 12th", "12 Aralık yerine 19
  Aralık") was answered as if a date had been confirmed, not left to the coordinator's calendar;
  German "auf den 19. Dezember legen" was missed at the day's dot;
- a file sent in a format ("je les envoie en PDF ?") was no documents question;
- the writer's own details on file said wrong ("my address in your system is wrong, can you
  correct it?") were no documents question.
Each beside a look-alike that must behave the other way.
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import asks_for_a_date, triage
from tests.unit.agents.screening import assert_intent_by_the_rules

# -- a price asked, then how to pay it by card --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "How much are 8 veneers with the x-ray? And can I pay by credit card?",
        "What's the price for a breast lift? Any instalments on the credit card?",
        "Was kostet eine Lidstraffung oben? Geht Ratenzahlung mit Kreditkarte?",
        "Combien coûte un lifting des paupières ? On peut payer en 4 fois par carte ?",
        "Göz kapağı estetiği fiyatı ne kadar? Kredi kartına taksit yapıyor musunuz?",
        "Сколько стоит блефаропластика? Рассрочка по карте есть?",
        "كم سعر عملية الجفون؟ فيه تقسيط على البطاقة؟",
    ],
)
def test_a_price_then_paying_it_by_card_is_a_price_question(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "price_quote")


@pytest.mark.parametrize(
    "text",
    [
        "Can I pay the rest of the deposit by credit card?",
        "Kann ich die Anzahlung mit Kreditkarte zahlen?",
        "Est-ce que je peux payer l'acompte par carte ?",
        "Kaporayı kredi kartıyla ödeyebilir miyim?",
        "Можно оплатить предоплату картой?",
        "ممكن ادفع العربون بالبطاقة؟",
    ],
)
def test_paying_by_card_alone_stays_a_payment_question(text: str) -> None:
    assert_intent_by_the_rules(text, "quoted", "payment")


def test_a_payment_made_by_card_then_the_rest_asked_stays_payment() -> None:
    assert_intent_by_the_rules(
        "I paid the deposit by card yesterday, how much is left to pay?", "quoted", "payment"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, vous faites le paiement en 4 fois pour un lifting ? et ça revient à combien",
        "Pour une abdominoplastie ça revient à combien avec l'hôtel",
        "karın germe fiyatı nedir, taksit yapıyor musunuz",
    ],
)
def test_a_price_asked_in_other_words_beside_instalments_is_a_price_question(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "price_quote")


@pytest.mark.parametrize(
    "text",
    [
        "Le paiement en 3 fois de mon acompte, c'est possible ?",
        "j'ai payé l'acompte, le reste ça revient à combien",
        "kaporayı taksitle ödeyebilir miyim",
    ],
)
def test_instalments_of_the_deposit_or_the_rest_stay_payment(text: str) -> None:
    assert_intent_by_the_rules(text, "quoted", "payment")


# -- one day in place of another ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "could my check-up be on the 22nd of March rather than the 15th?",
        "meinen Kontrolltermin lieber am 22. März anstelle vom 15.?",
        "Können wir meine Kontrolle vom 15. März auf den 22. März legen?",
        "mon contrôle le 22 mars plutôt que le 15, c'est possible ?",
        "kontrolümü 15 mart yerine 22 mart yapabilir misiniz",
        "можно мой контроль перенести на 22 марта, а не 15?",
        "ممكن موعد المراجعة يكون 22 مارس بدال 15 مارس",
    ],
)
def test_one_day_put_in_place_of_another_waits_on_the_calendar(text: str) -> None:
    assert _intent(text, "booked") == "appointment"
    assert asks_for_a_date(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'd rather have a video call than come for the appointment",
        "Je préfère une visio plutôt que le rendez-vous",
        "randevu yerine telefonla görüşebilir miyiz",
        "можно консультацию по видео, а не в клинике?",
        "kontrolümü 22 mart olarak onaylıyorum, 15 mart yerine bu tarih uygun",
    ],
)
def test_a_medium_instead_of_a_visit_or_a_date_confirmed_is_answered(text: str) -> None:
    assert not asks_for_a_date(text)


# -- documents ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The coordinator asked for my cardiologist's letter, shall I send it as a PDF?",
        "Die Koordinatorin wollte den Brief meines Kardiologen, soll ich ihn als PDF schicken?",
        "Le courrier de mon cardiologue, je vous l'envoie en PDF ?",
        "Kardiyoloğumun yazısını PDF olarak göndereyim mi?",
        "Письмо от кардиолога отправить вам в PDF?",
        "رسالة طبيب القلب ابعتها لكم pdf؟",
    ],
)
def test_a_file_sent_in_a_format_is_documents(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "documents")


def test_a_pdf_received_with_a_price_asked_stays_a_price_question() -> None:
    assert_intent_by_the_rules(
        "The PDF you sent me says 2,400 EUR, does that include the hotel?", "quoted", "price_quote"
    )


@pytest.mark.parametrize(
    "text",
    [
        "I read the instructions you sent. My address in your system is wrong, can you correct it?",
        "Ich habe die Anleitung gelesen. Meine Adresse im System ist falsch, können Sie sie korrigieren?",
        "J'ai lu les consignes. Mon adresse dans votre système est erronée, vous pouvez la corriger ?",
        "Talimatları okudum. Sistemdeki adresim yanlış, düzeltebilir misiniz?",
        "Я прочитала инструкции. Мой адрес в системе указан неверно, исправьте, пожалуйста",
        "قريت التعليمات. عنواني بالنظام غلط، ممكن تصححوه؟",
    ],
)
def test_the_writers_own_details_on_file_corrected_are_documents(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "documents")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "I read the instructions you sent. Can I wash my hair the day before the operation?",
            "treatment_enquiry",
        ),
        ("Talimatları okudum, ameliyattan önce duş alabilir miyim?", "treatment_enquiry"),
        ("Is the address of the hotel correct? The taxi couldn't find it", "travel"),
        ("What is your clinic's address? The one on the website looks wrong", "other"),
    ],
)
def test_instructions_read_or_another_address_are_not_documents(text: str, intent: str) -> None:
    assert_intent_by_the_rules(text, "booked", intent)


def _intent(text: str, stage: str = "enquiry") -> str:
    return triage(text, stage=stage, learned=False).intent
