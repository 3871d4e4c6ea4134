# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The thirty-first round's intent and language fixes (issue 10, dev33 and dev34), on our own
phrasings.

What the intent tables and the language detector misread, each by structure (none by a
message's text):
- a bare greeting ("Moin! 👋", "Hi!") is too short for the statistical detector, which read
  "Moin" as English and "Hi" as Turkish: a message of one language's greetings alone names it;
- Turkish typed without its letters with two Turkish words only ("havalimanindan ... dahil mi")
  was read as English: the ablative -indan/-undan and "dahil" are Turkish evidence;
- a video call moved "from Wed 3pm to Thursday", a slot to be chosen ("comment choisir mon
  créneau ?") and the consultation and the operation asked on the same week were no date asked,
  so the turn did not wait for the coordinator's calendar;
- a greeting with "bilgi almak istiyorum" (I'd like information) and nothing else was read as a
  treatment enquiry; Russian "хотела" (wanted) was read as "отель" (a hotel);
- "do we pay extra / payer un supplément" beside a hotel room was read as a payment;
- Russian "скидок" (of discounts) was no discount word;
- an official letter for the employer and the clinic's written instructions asked for were read
  as an appointment or a treatment question, not documents.
Each beside a look-alike that must behave the other way.
"""

from __future__ import annotations

import pytest

from careflow_agents.language import detect
from careflow_agents.triage import asks_for_a_date, triage
from tests.unit.agents.screening import assert_intent_by_the_rules


def _intent(text: str, stage: str = "enquiry") -> str:
    return triage(text, stage=stage, learned=False).intent


# -- language ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Moin! 👋", "de"),
        ("Servus 🙂", "de"),
        ("Hi!", "en"),
        ("Hello there", "en"),
        ("Bonsoir !", "fr"),
        ("Coucou", "fr"),
        ("Merhaba hocam", "tr"),
        ("Günaydın 🌸", "tr"),
    ],
)
def test_a_bare_greeting_names_its_language(text: str, language: str) -> None:
    assert detect(text).language == language


def test_a_greeting_later_in_a_conversation_keeps_its_language() -> None:
    assert detect("Hi!", previous="tr").language == "tr"
    assert detect("Moin", previous="en").language == "en"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a sentence after the greeting goes to the detector
        ("Moin, ich hatte die Haartransplantation, darf ich wieder Sport machen?", "de"),
        ("Hi, ich habe eine Frage zur Nasen-OP", "de"),
        ("Bonjour, I have a question about the hotel transfer please", "en"),
    ],
)
def test_a_greeting_before_a_sentence_does_not_decide(text: str, language: str) -> None:
    assert detect(text).language == language


@pytest.mark.parametrize(
    "text",
    [
        "sabiha gokcen havalimanindan otele transfer dahil mi",
        "kadikoy otelinden klinige servis dahil mi acaba",
        "burnundan kan gelmiyor ama sislik var normal mi",
    ],
)
def test_turkish_without_its_letters_is_read_by_its_ablative(text: str) -> None:
    assert detect(text).language == "tr"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Is the transfer from Sabiha Gokcen airport included, and is the hotel near?", "en"),
        ("Finden Sie die Kunden im Hotel? Wir warten seit Stunden.", "de"),
        ("Wir haben den Transfer gebucht, ist das Hotel weit von der Klinik?", "de"),
    ],
)
def test_english_and_german_stay_themselves(text: str, language: str) -> None:
    assert detect(text).language == language


# -- a date asked of the calendar --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Could we push the video consult from Monday 10am to Friday? something came up at work",
        "Können wir den Videocall von Mittwoch 15 Uhr auf Donnerstag nach 17 Uhr schieben?",
        "On peut décaler la visio de mercredi 15h à jeudi après 17h ?",
        "Çarşamba saat 15teki görüntülü görüşmeyi perşembe akşama alabilir miyiz?",
        "Можно перенести видеозвонок со среды 15:00 на четверг после 17?",
        "ممكن نأجل مكالمة الفيديو من الاربعاء الساعة 3 للخميس بعد 5؟",
    ],
)
def test_a_call_moved_to_another_day_asks_the_calendar(text: str) -> None:
    assert _intent(text, "quoted") == "appointment"
    assert asks_for_a_date(text)


@pytest.mark.parametrize(
    "text",
    [
        "The link to the booking page says admin only, how do I pick my slot?",
        "Der Link zur Online-Buchung sagt Zugriff verweigert, wie wähle ich meinen Termin aus?",
        "Le lien de réservation ne marche pas, comment je choisis mon créneau ?",
        "Rezervasyon linki açılmıyor, randevu saatimi nasıl seçeceğim?",
        "Ссылка на запись не открывается, как мне выбрать время приёма?",
        "رابط الحجز ما يفتح، كيف اختار موعدي؟",
    ],
)
def test_a_slot_to_be_chosen_asks_the_calendar(text: str) -> None:
    assert _intent(text, "booked") == "appointment"
    assert asks_for_a_date(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks, Thursday 5pm for the video call is confirmed.",
        "Danke, Donnerstag 17 Uhr für den Videocall ist bestätigt.",
        "J'ai choisi mon créneau, jeudi 17h, je confirme.",
        "Perşembe saat 17'de görüntülü görüşme, onaylıyorum.",
        "Видеозвонок в четверг в 17:00, подтверждаю.",
        "اكدت الموعد يوم الخميس الساعة 5",
    ],
)
def test_a_date_confirmed_is_answered(text: str) -> None:
    assert _intent(text, "booked") == "appointment"
    assert not asks_for_a_date(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm coming in August, can the consultation and the surgery be the same week?",
        "Ich komme im Mai, gehen Voruntersuchung und OP in derselben Woche?",
        "Je viens en juin, la consultation et l'opération la même semaine, c'est possible ?",
        "Ağustosta izne geleceğim, muayene ve ameliyat aynı hafta olur mu?",
        "Приеду в июле, консультация и операция на одной неделе возможны?",
        "جاي في يوليو، ممكن الكشف والعملية بنفس الاسبوع؟",
    ],
)
def test_the_consultation_and_the_operation_on_one_week_is_a_booking(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "appointment")
    assert asks_for_a_date(text)


@pytest.mark.parametrize(
    "text",
    [
        "Can the nose and the eyelids be done in the same operation?",
        "Kann man Nase und Lider in derselben Operation machen?",
        "Peut-on faire le nez et les paupières dans la même opération ?",
        "Burun ve göz kapağı aynı ameliyatta yapılabilir mi?",
        "Можно сделать нос и веки за одну операцию?",
        "ممكن اسوي الانف والجفون بنفس العملية؟",
    ],
)
def test_two_treatments_in_one_operation_stay_a_treatment_question(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "treatment_enquiry")


# -- information wanted, with and without its topic ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hi, I'd like some information please",
        "Hallo, ich hätte gern ein paar Informationen 🙂",
        "Bonsoir, je voudrais des renseignements svp",
        "Selam iyi günler, bilgi almak istiyorum 🌷",
        "Здравствуйте, хотела бы получить информацию",
        "السلام عليكم، ابي معلومات لو سمحت",
    ],
)
def test_information_wanted_alone_asks_nothing_yet(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "other")


@pytest.mark.parametrize(
    "text",
    [
        "Hi, I'd like some information about veneers",
        "Hallo, ich hätte gern Informationen zur Fettabsaugung",
        "Bonsoir, je voudrais des renseignements sur la greffe de cheveux",
        "Selam, saç ekimi hakkında bilgi almak istiyorum",
        "Здравствуйте, хотела бы получить информацию о ринопластике",
        "السلام عليكم، ابي معلومات عن زراعة الشعر",
    ],
)
def test_information_wanted_with_its_topic_is_an_enquiry(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "treatment_enquiry")


def test_wanted_is_no_hotel_in_russian() -> None:
    assert _intent("Хотела спросить про ринопластику, сколько дней восстановление?") != "travel"
    assert _intent("Хотел спросить: отель рядом с клиникой?") == "travel"


# -- an extra charge -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We're two, is the hotel room a double or do we pay extra?",
        "Wir kommen zu zweit, ist das Hotelzimmer ein Doppelzimmer oder muss ich extra zahlen?",
        "On vient à deux, la chambre d'hôtel est double ou il faut payer un supplément ?",
        "Eşimle geliyoruz, otel odası çift kişilik mi yoksa ekstra ödeme mi yapacağız?",
        "Мы будем вдвоём, номер в отеле двухместный или надо доплатить?",
        "جايين اثنين، غرفة الفندق دبل ولا لازم ادفع زيادة؟",
    ],
)
def test_an_extra_charge_for_the_room_is_a_travel_question(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "travel")


@pytest.mark.parametrize(
    "text",
    [
        "Can I pay the hotel upgrade by card at the clinic?",
        "Kann ich das Hotel vor Ort bar zahlen?",
        "Je peux payer l'hôtel par carte sur place ?",
        "Otel farkını kredi kartıyla ödeyebilir miyim?",
        "Можно оплатить отель картой на месте?",
        "اقدر ادفع الفندق بالبطاقة هناك؟",
    ],
)
def test_paying_for_the_hotel_stays_a_payment(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "payment")


# -- a discount ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Do you have a discount for returning patients? I had my nose done with you, now the eyelids",
        "Gibt es Rabatt für Stammpatienten? Nase war bei Ihnen, jetzt die Lider",
        "Vous faites une réduction pour les anciens patients ? J'ai fait le nez chez vous",
        "Eski hastalara indirim var mı? Burnumu sizde yaptırdım, şimdi göz kapağı",
        "Есть ли у вас система скидок для постоянных пациентов? Нос делала у вас, теперь веки",
        "في خصم للمرضى القدامى؟ سويت انفي عندكم والحين ابي الجفون",
    ],
)
def test_a_discount_for_returning_patients_is_a_price_question(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "price_quote")


def test_a_returning_patient_asking_about_implants_is_a_treatment_question() -> None:
    assert_intent_by_the_rules(
        "Нос делала у вас в 2023, теперь хочу грудь: какие импланты вы ставите?",
        "enquiry",
        "treatment_enquiry",
    )


# -- documents: an official letter, written instructions ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Could you write me an official appointment letter in my name so my employer gives me the days off?",
        "Könnten Sie mir einen offiziellen Terminbrief auf meinen Namen für meinen Arbeitgeber ausstellen?",
        "Pouvez-vous me faire une lettre officielle de rendez-vous à mon nom pour mon employeur ?",
        "İşyerimden izin alabilmem için adıma resmi bir randevu yazısı verebilir misiniz?",
        "Можете дать официальное письмо о записи на моё имя для работодателя, чтобы дали отпуск?",
        "ممكن تعطوني ورقة موعد رسمية باسمي عشان الشغل يعطيني اجازة؟",
    ],
)
def test_an_official_letter_for_the_employer_is_a_document(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "documents")


@pytest.mark.parametrize(
    "text",
    [
        "Can I get an appointment the week I have leave from work?",
        "Können wir den Termin in meinen Urlaub von der Arbeit legen?",
        "Pouvez-vous me donner un rendez-vous pendant mes congés ?",
        "Izin haftamda randevu alabilir miyim?",
        "Можно записаться на время моего отпуска?",
        "ابي موعد وقت اجازتي من الدوام",
    ],
)
def test_an_appointment_in_ones_leave_stays_a_booking(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "appointment")


@pytest.mark.parametrize(
    "text",
    [
        "Can I get the pre-op instructions (what not to eat, which pills to stop) in English?",
        "Kann ich das Merkblatt zur OP-Vorbereitung auf Deutsch bekommen?",
        "Est-ce que je peux recevoir les consignes de préparation en français ?",
        "Ameliyat öncesi hazırlık talimatlarını Türkçe alabilir miyim?",
        "Памятку по подготовке к операции можно получить на русском?",
        "ممكن ترسلولي تعليمات التحضير للعملية بالعربي؟",
    ],
)
def test_written_instructions_asked_for_are_a_document(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "documents")


@pytest.mark.parametrize(
    "text",
    [
        "What must I not eat before the operation, and which pills do I stop?",
        "Was darf ich vor der OP nicht essen und welche Tabletten setze ich ab?",
        "Qu'est-ce que je ne dois pas manger avant l'opération ?",
        "Ameliyattan önce ne yememeliyim, hangi ilaçları bırakmalıyım?",
        "Что нельзя есть перед операцией и какие лекарства отменить?",
        "ايش ما اكل قبل العملية وايش الادوية اللي اوقفها؟",
    ],
)
def test_the_preparation_asked_outright_stays_a_treatment_question(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "treatment_enquiry")


@pytest.mark.parametrize(
    "text",
    [
        "Do you give written instructions for afterwards? And how much swelling is normal after a facelift?",
        "Ich habe die Anweisungen vom Team bekommen. Darf ich mein Aspirin vor der OP weiter nehmen?",
        "Vous donnez des consignes écrites pour après ? Et après une rhinoplastie, on reste combien de jours ?",
        "Ameliyat sonrası için yazılı talimat veriyor musunuz? Burun estetiğinde çok kanama olur mu?",
        "Инструкции после операции выдаёте? И сильно ли болит после ринопластики?",
        "تعطونا تعليمات مكتوبة قبل العملية؟ وكم يوم لازم اقعد لعملية الانف؟",
    ],
)
def test_instructions_asked_beside_operation_questions_stay_an_enquiry(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "treatment_enquiry")
