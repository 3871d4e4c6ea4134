# ruff: noqa: RUF001, RUF002 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The thirtieth round's intent fixes (issue 10, dev31 and dev32), on our own phrasings.

What the intent tables misread, each by structure (none by a message's text):
- "how much" asked of the pain, the bleeding or the time ("how much pain on day 1?", "wie viel
  Blut", "combien de douleur") was read as a price; Turkish "ne kadar" asked of a distance
  ("otel kliniğe ne kadar uzak") too;
- a message that thanks and says the writer is thinking about the treatment for later, asking
  nothing, was read as a treatment enquiry (it closes, like "I'll get back to you");
- a free day asked in Turkish ("o hafta boş gün var mı") was not a date asked, so the turn did
  not wait for the coordinator's calendar;
- a calendar date with a clock time ("den 7. März um 10 Uhr") was no appointment unless a
  weekday was named;
- Arabizi payment words ("adfa3 el 3arboon", "instapay") were unknown, so a card called "visa"
  made it a travel question;
- the day of arrival told beside a confirmed operation date in Russian and Arabic ("прилетаю
  14-го") made it travel;
- one's own test results offered beside a suitability question ("do you need my results?") made
  it a documents request;
- written instructions lost and asked to be sent again were not a documents request;
- the egg collection of IVF was no treatment word, and a flight home dated days after the
  procedure was read as the trip rather than the end of the recovery asked about;
- sitting and the cushion after a BBL were no care question, so a post-op question naming the
  bus to the airport was read as travel.
Each beside a look-alike that must behave the other way.
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import asks_for_a_date, triage
from tests.unit.agents.screening import assert_intent_by_the_rules


def _intent(text: str, stage: str = "enquiry") -> str:
    return triage(text, stage=stage, learned=False).intent


@pytest.mark.parametrize(
    "text",
    [
        "Is a facelift very sore? How much swelling should I expect in the first week?",
        "Wie viel Schmerz hat man nach einer Fettabsaugung, und wie lange dauert die Heilung?",
        "Combien de douleur après une liposuccion, et la récupération dure longtemps ?",
        "Burun estetiğinden sonra ne kadar ağrı olur, iyileşme nasıl?",
        "Сколько крови теряют при липосакции, и долгое ли восстановление?",
        "كم نزيف في عملية شفط الدهون وكم مدة التعافي؟",
    ],
)
def test_how_much_pain_or_bleeding_is_a_treatment_question(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "treatment_enquiry")


@pytest.mark.parametrize(
    "text",
    [
        "How much is a facelift with two nights in the clinic?",
        "Wie viel kostet eine Fettabsaugung bei Ihnen?",
        "Combien coûte une liposuccion chez vous ?",
        "Burun estetiği ne kadar, fiyat alabilir miyim?",
        "Сколько стоит липосакция у вас?",
        "كم سعر عملية شفط الدهون؟",
    ],
)
def test_the_price_asked_stays_a_price_question(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "price_quote")


@pytest.mark.parametrize(
    "text",
    [
        "Is there a shuttle from the airport, and how far is the hotel from the clinic?",
        "Gibt es einen Transfer vom Flughafen? Wie weit ist das Hotel von der Klinik?",
        "Il y a une navette depuis l'aéroport ? L'hôtel est à quelle distance de la clinique ?",
        "havalimanından alıyor musunuz, otel hastaneye ne kadar uzak?",
        "Есть трансфер из аэропорта? Далеко ли отель от клиники?",
        "في توصيل من المطار؟ وكم يبعد الفندق عن العيادة؟",
    ],
)
def test_how_far_the_hotel_is_a_travel_question(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "travel")


def test_what_the_hotel_costs_stays_a_price_question() -> None:
    assert_intent_by_the_rules("otel ne kadar, fiyata dahil mi?", "booked", "price_quote")
    assert_intent_by_the_rules("How much is the hotel per night?", "booked", "price_quote")


@pytest.mark.parametrize(
    "text",
    [
        "Thank you all, my sister had her veneers with you and loves them. I'm thinking about it for later too",
        "Vielen Dank an alle, meine Schwester hatte bei Ihnen Veneers. Ich überlege es mir für später",
        "Merci à vous, ma sœur a fait ses facettes chez vous. J'y pense pour plus tard 🙂",
        "çok teşekkürler, ablam sizde diş yaptırdı, ben de ileride düşünüyorum",
        "Спасибо вам, сестра делала у вас виниры, я тоже подумываю на будущее",
        "شكرا لكم، اختي عملت عندكم ابتسامة هوليود، وانا بفكر فيها بالمستقبل",
    ],
)
def test_thanks_and_thinking_about_it_for_later_asks_nothing(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "other")


@pytest.mark.parametrize(
    "text",
    [
        "My sister had her veneers with you. I'm thinking about it for later too -- how long do they last?",
        "ich überlege es mir für später: wie lange halten Veneers?",
        "j'y pense pour plus tard, les facettes durent combien d'années ?",
        "ben de ileride düşünüyorum, diş kaplama kaç yıl dayanır?",
        "я тоже подумываю на будущее, сколько лет служат виниры?",
        "وانا بفكر فيها بالمستقبل، هل زراعة الأسنان مؤلمة؟",
    ],
)
def test_thinking_about_it_for_later_with_a_question_is_an_enquiry(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "treatment_enquiry")


@pytest.mark.parametrize(
    "text",
    [
        "nisan başında gelebilirim burun için, o hafta boş gün var mı?",
        "mayısın ikinci haftası uygun tarih kaldı mı?",
        "Ich könnte in der zweiten Aprilwoche kommen, haben Sie da einen freien Tag?",
    ],
)
def test_a_free_day_asked_waits_for_the_calendar(text: str) -> None:
    assert _intent(text, "quoted") == "appointment"
    assert asks_for_a_date(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "nisan başındaki gün uygun, onaylıyorum",
        "Der Tag passt mir gut, bestätigt.",
    ],
)
def test_a_date_confirmed_is_answered_as_it_is(text: str) -> None:
    assert asks_for_a_date(text) is False


@pytest.mark.parametrize(
    "text",
    [
        "Great, then I'll take 12 April at 9am for the pre-op check",
        "Gut, dann nehme ich den 12. April um 9 Uhr für die Voruntersuchung",
        "Parfait, je prends le 12 avril à 9h pour le bilan",
        "Tamam, 12 Nisan saat 9 benim için iyi",
        "Хорошо, тогда 12 апреля в 9:00 на осмотр",
        "تمام، ١٢ ابريل الساعة ٩ للفحص",
    ],
)
def test_a_date_with_a_clock_time_is_an_appointment(text: str) -> None:
    assert_intent_by_the_rules(text, "quoted", "appointment")


@pytest.mark.parametrize(
    "text",
    [
        "My flight lands on 12 April at 9am, will someone pick me up at the airport?",
        "Mein Flug landet am 12. April um 9 Uhr, holt mich jemand am Flughafen ab?",
    ],
)
def test_a_landing_with_a_clock_time_stays_travel(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "travel")


@pytest.mark.parametrize(
    "text",
    [
        "ahlan, momken nedfa3 el 3arboon b fawry wala lazem visa?",
        "Can I pay the deposit by bank transfer or does it have to be Visa?",
        "Kann ich die Anzahlung per Überweisung zahlen oder nur mit Visa?",
        "Je peux payer l'acompte par virement ou il faut une carte Visa ?",
        "kaporayı havale ile ödeyebilir miyim yoksa visa kart mı lazım?",
        "Можно внести предоплату переводом или только картой Visa?",
    ],
)
def test_a_visa_card_beside_a_payment_is_a_payment(text: str) -> None:
    assert_intent_by_the_rules(text, "quoted", "payment")


@pytest.mark.parametrize(
    "text",
    [
        "ahlan, lazem visa 3ashan agi el 3amaliya?",
        "Do I need a visa to come for the operation?",
        "Brauche ich ein Visum für die Einreise?",
        "Il me faut un visa pour venir ?",
        "Gelmek için vize lazım mı?",
        "Нужна ли виза, чтобы приехать?",
    ],
)
def test_a_visa_to_enter_stays_travel(text: str) -> None:
    assert _intent(text, "quoted") == "travel"


@pytest.mark.parametrize(
    "text",
    [
        "Подтверждаю липосакцию 3 марта, прилетаю 2-го 👍",
        "اكدت العملية يوم 3 مارس، اوصل يوم 2",
        "I confirm the liposuction on 3 March, we land on the 2nd",
    ],
)
def test_an_operation_date_confirmed_beside_the_arrival_is_an_appointment(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "appointment")


@pytest.mark.parametrize(
    "text",
    [
        "Прилетаю 2-го рейсом TK 417, кто меня встретит в аэропорту?",
        "اوصل يوم 2 على رحلة TK 417، مين يستقبلني بالمطار؟",
    ],
)
def test_an_arrival_with_its_flight_stays_travel(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "travel")


@pytest.mark.parametrize(
    "text",
    [
        "I'm 48 with early cataract. Would a lens replacement or lasik suit me better? Do you need my latest eye test results?",
        "Ist für mich eher Linsentausch oder Lasik geeignet? Brauchen Sie meine Befunde vom Augenarzt?",
        "Vous me conseillez plutôt la cataracte ou le lasik ? Vous avez besoin de mes résultats de l'ophtalmo ?",
        "Bana lens değişimi mi yoksa lazer mi uygun olur? Göz tahlillerimi göndereyim mi?",
        "Мне лучше замена хрусталика или лазерная коррекция? Нужны вам мои анализы от окулиста?",
        "هل يناسبني الليزك ولا تغيير العدسة؟ تحتاجون تحاليلي؟",
    ],
)
def test_records_offered_beside_a_suitability_question_is_an_enquiry(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "treatment_enquiry")


@pytest.mark.parametrize(
    "text",
    [
        "Which test results do you need before the lasik?",
        "Welche Befunde brauchen Sie vor der OP?",
        "Quels résultats faut-il envoyer avant l'opération ?",
    ],
)
def test_which_records_are_needed_stays_a_documents_request(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "documents")


@pytest.mark.parametrize(
    "text",
    [
        "I lost the instructions the nurse gave me for the week before surgery, could you resend them?",
        "Ich habe das Merkblatt für vor der OP verloren, können Sie es nochmal schicken?",
        "J'ai perdu les consignes d'avant l'opération, vous pouvez me les renvoyer ?",
        "ameliyat öncesi talimatları kaybettim, tekrar gönderebilir misiniz?",
        "Я потеряла памятку перед операцией, пришлите ещё раз, пожалуйста",
        "ضيعت التعليمات قبل العملية، ممكن ترسلوها مرة ثانية؟",
    ],
)
def test_lost_instructions_asked_again_are_a_documents_request(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "documents")


def test_instructions_asked_with_questions_about_the_operation_stay_an_enquiry() -> None:
    assert_intent_by_the_rules(
        "Do you give written instructions for before the operation? And how much pain is there "
        "on the first day after a facelift?",
        "booked",
        "treatment_enquiry",
    )


@pytest.mark.parametrize(
    "text",
    [
        "How sore is it after the egg retrieval? I fly home 3 days later, what should I expect?",
        "Wie sehr blutet man nach der Eizellentnahme? Ich fliege drei Tage danach nach Hause.",
        "La ponction fait mal ? Je reprends l'avion 3 jours après, à quoi m'attendre ?",
        "yumurta toplama sonrası ağrı olur mu? 3 gün sonra uçağım var",
        "Больно ли после пункции? Обратный рейс через 3 дня, чего ожидать?",
        "هل سحب البويضات مؤلم؟ راجع بالطيارة بعدها بيومين",
    ],
)
def test_a_flight_home_days_after_the_procedure_ends_the_recovery_asked(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "treatment_enquiry")


def test_a_transfer_asked_for_the_flight_home_stays_travel() -> None:
    assert_intent_by_the_rules(
        "My flight home is 3 days after the egg retrieval, can you book the airport transfer?",
        "booked",
        "travel",
    )


@pytest.mark.parametrize(
    "text",
    [
        "do I really have to avoid sitting for 3 weeks? I have a 2h train to the airport, is the bbl cushion enough?",
        "Muss ich wirklich 3 Wochen nicht sitzen? Ich habe 2 Stunden Bus zum Flughafen, reicht das Sitzkissen?",
        "je peux m'asseoir dans le car pour l'aéroport avec le coussin bbl ?",
        "havalimanına 2 saat otobüs var, bbl minderi ile oturabilir miyim?",
        "правда нельзя сидеть 3 недели? до аэропорта 2 часа на автобусе",
        "صحيح ممنوع الجلوس 3 اسابيع؟ عندي ساعتين بالباص للمطار",
    ],
)
def test_sitting_after_a_bbl_beside_the_journey_is_a_post_op_question(text: str) -> None:
    result = triage(text, stage="post_op", learned=False)
    assert result.intent == "post_op_concern", (text, result)


def test_a_journey_asked_for_after_the_operation_stays_travel() -> None:
    assert _intent("Can you book me a taxi to the airport on Friday at 6?", "post_op") == "travel"


@pytest.mark.parametrize(
    "text",
    [
        "Do you need my blood results before I come? I have them as a pdf. Also will the lipo hurt?",
        "Brauchen Sie meine Blutwerte vor der OP? Und tut die Fettabsaugung weh?",
        "Vous avez besoin de mes résultats avant l'opération ? Et la lipo, ça fait mal ?",
    ],
)
def test_records_offered_as_the_first_question_stay_a_documents_request(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "documents")


# Left from dev30 (they passed the bar; fixed here because each is a general structure).


@pytest.mark.parametrize(
    "text",
    [
        "Sorry, I wrote the wrong dates yesterday: it's 3-7 May, not 13-17.",
        "Entschuldigung, falsches Datum geschrieben: es ist der 3. bis 7. Mai.",
        "Pardon, je me suis trompée de dates : c'est du 3 au 7 mai.",
        "Pardon tarihleri yanlış yazdım, 3-7 mayıs olacak.",
        "Извините, перепутала даты: с 3 по 7 мая.",
        "عفوا كتبت التاريخ غلط، من 3 الى 7 مايو",
    ],
)
def test_dates_told_wrong_and_corrected_ask_the_calendar(text: str) -> None:
    assert _intent(text, "booked") == "appointment"
    assert asks_for_a_date(text) is True


def test_a_wrong_dose_is_no_date() -> None:
    assert (
        _intent("I think I took the wrong tablets this morning, is that a problem?", "booked")
        != "appointment"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Here is my cardiologist's note about my pacemaker, please add it to my file.",
        "Anbei der Brief meiner Kardiologin, bitte zu meiner Akte nehmen.",
        "Voici le mot de mon cardiologue, merci de l'ajouter à mon dossier.",
        "kardiyoloğumun notu ekte, dosyama ekler misiniz?",
        "Вот заключение кардиолога, добавьте в мою карту, пожалуйста.",
        "هذا تقرير طبيب القلب، ضيفوه لملفي لو سمحتم",
    ],
)
def test_a_note_asked_to_be_added_to_the_file_is_a_documents_request(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "documents")


@pytest.mark.parametrize(
    "text",
    [
        "Perfect, the consultation at the hotel on 3 May at 10am works for me.",
        "Gut, Termin im Hotel am 3. Mai um 10 Uhr passt mir.",
        "Parfait, la consultation à l'hôtel le 3 mai à 10h me va.",
        "Tamam, otelde görüşme 3 Mayıs saat 10 uygun, onaylıyorum.",
        "Хорошо, консультация в отеле 3 мая в 10:00, подтверждаю.",
        "تمام، الاستشارة في الفندق يوم 3 مايو الساعة 10",
    ],
)
def test_a_consultation_held_at_the_hotel_is_an_appointment(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "appointment")


def test_a_hotel_room_asked_beside_the_consultation_stays_travel() -> None:
    assert_intent_by_the_rules(
        "Can you book me a hotel room near the clinic for the consultation?", "booked", "travel"
    )


@pytest.mark.parametrize(
    "text",
    [
        "How many grafts would I need for a receding hairline, and where can I see before/after photos?",
        "Wie viele Grafts braucht man bei Geheimratsecken? Gibt es Vorher-Nachher Bilder?",
        "Combien de greffons pour les golfes ? Vous avez des photos avant/après ?",
        "Sakallarım için öncesi sonrası fotoğraf var mı?",
        "Сколько графтов нужно на залысины и где посмотреть фото до и после?",
        "كم بصيلة احتاج للمقدمة؟ وفي صور قبل وبعد؟",
    ],
)
def test_grafts_and_before_after_results_are_a_treatment_question(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "treatment_enquiry")


def test_how_much_is_a_named_item_stays_a_price() -> None:
    assert_intent_by_the_rules("How much is hair removal on the back?", "enquiry", "price_quote")
