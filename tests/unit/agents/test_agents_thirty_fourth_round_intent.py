# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The thirty-fourth round's intent fixes (issue 10, dev38 and dev39), on our own phrasings.

What the intent tables misread, each by structure (none by a message's text):
- spoken French "une dispo" (a free slot) and "une consult vidéo" were no appointment, and the
  Turkish tooth ("diş", folded "dis") was read inside "dispo" as a treatment;
- a price asked in a currency ("kaç TL?", "сколько евро", "كم ريال") or per piece ("tanesi
  kaç?") was no price question;
- the Turkish deposit spelt "kaparo" and the transfer receipt ("dekont") were no payment words;
- the medical-history questionnaire ("Anamnesebogen", "questionnaire médical") was no document;
- an appointment wanted ("ابغى موعد", "I'd like an appointment") and a Turkish date moved from
  one day to another ("5 Nisandan 12 Nisana alabilir miyiz") were answered as if nothing waited
  on the coordinator's calendar;
- the tickets not bought yet, told beside a date moved, made the message a travel question;
- "kostet der Transfer extra" with no question mark was a price question, not the stay's item;
- whether a condition rules the treatment out ("هل النزيف يمنع الزراعة؟") was no enquiry;
- the IVF hormones and Lovenox were no medication, so their question was not held for approval.
Each beside a look-alike that must behave the other way.
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import asks_for_a_date, triage
from tests.unit.agents.screening import assert_intent_by_the_rules


def _intent(text: str, stage: str = "enquiry") -> str:
    return triage(text, stage=stage, learned=False).intent


# -- a free slot asked, in spoken French and elsewhere ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "t'as une dispo pour un rdv en visio jeudi soir ?",
        "Bonjour, auriez-vous des dispos pour une consult vidéo la semaine prochaine ?",
        "Do you have any availability for a video consult next week?",
        "Haben Sie nächste Woche noch einen Termin frei für eine Videoberatung?",
        "Gelecek hafta online görüşme için müsait gün var mı?",
        "Есть ли свободные даты на видеоконсультацию на следующей неделе?",
        "عندكم موعد فاضي لاستشارة اونلاين الاسبوع الجاي؟",
    ],
)
def test_a_free_slot_asked_is_an_appointment_waiting_on_the_calendar(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "appointment")
    assert asks_for_a_date(text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # the writer's own free time, then a price: no slot asked of the calendar's "dispo"
        ("Le dispositif de contention est compris dans le prix ?", "price_quote"),
        ("Do you have a discount for two people?", "price_quote"),
    ],
)
def test_dis_words_are_no_tooth_and_no_slot(text: str, intent: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", intent)


# -- a price asked in a currency or per piece ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "zirkonyum kaplama tanesi kac TL? 10 tane dusunuyorum",
        "Burun estetiği kaç lira oluyor şu an",
        "How many euros would a FUE with 3000 grafts be?",
        "Сколько евро за одну коронку из циркония?",
        "كم ريال تركيب القشور للفك العلوي؟",
        "Combien d'euros pour une facette en céramique ?",
        "Wie viel Euro für ein Implantat mit Krone?",
    ],
)
def test_a_price_in_a_currency_or_per_piece_is_a_price_question(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "price_quote")


@pytest.mark.parametrize(
    "text",
    [
        "kaç tane implant lazım olur alt çeneye?",
        "How many grafts would I need for a Norwood 3?",
        "Сколько дней нужно пробыть после операции?",
    ],
)
def test_how_many_of_something_else_is_no_price(text: str) -> None:
    assert _intent(text) == "treatment_enquiry"


# -- a deposit paid and its transfer receipt ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Merhaba kaparoyu yatırdım, dekontu whatsapptan mı atayım",
        "Kaporayı havale ettim, dekont lazım mı?",
        "I paid the deposit, do I send the proof of payment here or by email?",
        "Anzahlung ist überwiesen, soll ich den Zahlungsbeleg hier schicken?",
        "J'ai fait le virement de l'acompte, j'envoie le justificatif ici ?",
        "Предоплату перевела, чек об оплате сюда скинуть?",
        "حولت العربون، وين ارسل ايصال التحويل؟",
    ],
)
def test_a_deposit_paid_and_its_receipt_is_payment(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "payment")


def test_an_invoice_asked_for_alone_stays_documents() -> None:
    assert_intent_by_the_rules("Faturamı mail olarak gönderir misiniz?", "booked", "documents")


# -- the medical-history questionnaire -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I never got the link to the health questionnaire, could you send it again?",
        "Der Gesundheitsfragebogen ist bei mir nicht angekommen, bitte nochmal schicken",
        "Je n'ai jamais reçu le questionnaire médical, vous pouvez le renvoyer ?",
        "Anamnez linki gelmedi, tekrar atar mısınız?",
        "Анамнез заполнить не получилось, ссылка не открывается, пришлите ещё раз",
        "ما وصلني الاستبيان الطبي، ممكن ترسلونه مرة ثانية؟",
    ],
)
def test_the_medical_history_questionnaire_is_documents(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "documents")


def test_a_price_asked_after_the_questionnaire_stays_a_price_question() -> None:
    assert_intent_by_the_rules(
        "I filled in the questionnaire, how much is the rhinoplasty?", "enquiry", "price_quote"
    )


# -- an appointment wanted on a day, and a Turkish date moved from one day to another ------------


@pytest.mark.parametrize(
    "text",
    [
        "ابغى موعد مع الدكتورة يوم الخميس الصبح",
        "أريد موعد استشارة يوم السبت بعد المغرب",
        "I'd like an appointment with the surgeon on Friday afternoon",
        "Ich möchte einen Termin am Samstagvormittag",
        "Je voudrais un rendez-vous avec le chirurgien mardi matin",
        "Cuma öğleden sonra randevu almak istiyorum",
        "Хочу записаться на консультацию в пятницу утром",
    ],
)
def test_an_appointment_wanted_waits_on_the_calendar(text: str) -> None:
    assert_intent_by_the_rules(text, "quoted", "appointment")
    assert asks_for_a_date(text)


@pytest.mark.parametrize(
    "text",
    [
        "Randevumu 5 Nisandan 12 Nisana alabilir misiniz?",
        "ameliyatimi 5 nisandan 12 nisana cekebilir miyiz",
        "Can you move my op from the 5th to the 12th?",
        "Können wir die OP auf den 12. April verschieben?",
        "On peut décaler l'opération du 5 au 12 avril ?",
        "Можно перенести операцию с 5 на 12 апреля?",
        "ممكن نأجل العملية من ٥ الى ١٢ ابريل؟",
    ],
)
def test_a_date_moved_from_one_day_to_another_waits_on_the_calendar(text: str) -> None:
    assert _intent(text, "booked") == "appointment"
    assert asks_for_a_date(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ameliyat tarihim 12 Nisan, onaylıyorum teşekkürler",
        "موعدي يوم الأحد مأكد، شكرا",
        "I confirm the appointment on Friday at 3pm",
    ],
)
def test_a_date_confirmed_is_answered(text: str) -> None:
    assert not asks_for_a_date(text)


# -- the tickets not bought yet beside a date moved -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Could we move the surgery to the 20th? I haven't booked my flights yet",
        "Können wir die OP auf den 20. verschieben? Flüge sind noch nicht gebucht",
        "On peut décaler l'intervention au 20 ? je n'ai pas encore pris les billets",
        "Ameliyatı 20 Mayısa erteleyebilir miyiz? Biletleri henüz almadım",
        "Можно перенести операцию на 20 мая? Билеты ещё не купила",
        "Mozhno perenesti konsultaciyu na 20 maya? bilety poka ne kupili",
        "ممكن نأجل العملية ليوم 20؟ ما حجزت التذاكر لسه",
    ],
)
def test_tickets_not_bought_beside_a_date_moved_is_the_appointment(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "appointment")


@pytest.mark.parametrize(
    "text",
    [
        "I haven't booked my flights yet, which airport is closest to the clinic?",
        "Biletleri henüz almadım, hangi havalimanına inmeliyim?",
    ],
)
def test_tickets_not_bought_with_the_journey_asked_stays_travel(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "travel")


# -- an item of the stay said extra with no question mark -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Darf mein Mann mit ins Hotelzimmer? Kostet der Flughafentransfer extra",
        "Ma soeur peut dormir dans ma chambre d'hôtel ? le transfert aéroport est en supplément",
        "Can my husband share my hotel room? does the airport transfer cost extra",
        "Eşim otel odamda kalabilir mi? havalimanı transferi ekstra mı",
    ],
)
def test_an_item_of_the_stay_said_extra_is_travel(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "travel")


@pytest.mark.parametrize(
    "text",
    [
        "Was kostet die Nasen-OP mit Hotel und Transfer",
        "Combien coûte la rhinoplastie avec l'hôtel et le transfert",
    ],
)
def test_the_price_asked_with_the_stay_stays_a_price_question(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "price_quote")


# -- whether a condition rules the treatment out --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I've had gum disease for years, does that rule out implants?",
        "Ich habe Diabetes, spricht das gegen eine OP?",
        "J'ai de l'hypertension, est-ce que ça empêche l'opération ?",
        "Şekerim var, ameliyata engel mi?",
        "У меня гипертония, это мешает операции?",
        "عندي سكر، هل يمنع العملية؟",
        "عندي سكر ووجع بسيط بالفك، هل هذا يمنع الزراعة؟",
        "ضغطي عالي شوي، هل هذا مانع للزراعه؟",
    ],
)
def test_a_condition_ruling_the_treatment_out_is_a_treatment_enquiry(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "treatment_enquiry")


def test_a_job_stopping_the_trip_beside_a_date_moved_is_the_appointment() -> None:
    assert _intent("My job stops me from travelling in March, can we move the date?") == (
        "appointment"
    )


# -- the IVF hormones and Lovenox asked after the egg collection ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "je continue la progestérone après la ponction ?",
        "Should I keep taking the progesterone after the egg collection?",
        "Soll ich das Progesteron nach der Punktion weiter nehmen?",
        "Yumurta toplamadan sonra progesterona devam edeyim mi?",
        "После пункции продолжать прогестерон?",
        "بعد سحب البويضات اكمل البروجسترون؟",
        "les piqûres de Lovenox c'est combien de jours encore ?",
    ],
)
def test_an_ivf_medicine_asked_is_a_medication_question(text: str) -> None:
    result = triage(text, stage="in_treatment", learned=False)
    assert result.medical_question, (text, result)


def test_an_ivf_hormone_told_in_a_report_asks_nothing() -> None:
    result = triage("My progesterone result is in the report I sent.", stage="in_treatment")
    assert not result.medical_question


# -- a painkiller told as keeping the pain manageable -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "6 days after the breast aug, no fever, pain is ok with paracetamol. When do they drop?",
        "Day 5 after lipo, pain is manageable with the painkillers. When can I start lymph massage?",
        "5 Tage nach der Fettabsaugung, Schmerzen sind mit Ibuprofen gut auszuhalten. Ab wann Sport?",
        "Liposuctiondan 5 gün sonra ağrı kesiciyle idare ediyorum. Korseyi ne zaman çıkarabilirim?",
        "5 дней после липосакции, с обезболивающим терпимо. Когда можно снять бельё?",
        "5 jours après la lipo, la douleur passe avec le doliprane. Quand enlever la gaine ?",
        "بعد الشفط بخمس ايام الوجع يخف مع البنادول. متى اقدر اشيل المشد؟",
    ],
)
def test_a_painkiller_told_as_working_is_no_medication_question(text: str) -> None:
    result = triage(text, stage="post_op", learned=False)
    assert not result.medical_question, (text, result)


@pytest.mark.parametrize(
    "text",
    [
        "pain is ok with paracetamol, can I also take ibuprofen?",
        "Schmerzen sind mit Ibuprofen gut auszuhalten, darf ich zusätzlich Paracetamol nehmen?",
        "la douleur passe avec le doliprane, je peux prendre de l'ibuprofène aussi ?",
        "ağrı kesiciyle idare ediyorum, antibiyotik kullanmaya devam edeyim mi?",
        "с обезболивающим терпимо, антибиотик допивать?",
        "الوجع يخف مع البنادول، اكمل المضاد الحيوي؟",
        "can I take paracetamol for the pain?",
    ],
)
def test_another_drug_asked_beside_it_stays_a_medication_question(text: str) -> None:
    result = triage(text, stage="post_op", learned=False)
    assert result.medical_question, (text, result)


@pytest.mark.parametrize(
    "text",
    ["ön dişini kaplatmak istiyorum", "dislerimi beyazlatmak istiyorum", "dişime implant olur mu"],
)
def test_the_turkish_tooth_with_its_endings_is_still_a_treatment(text: str) -> None:
    assert _intent(text) == "treatment_enquiry"
