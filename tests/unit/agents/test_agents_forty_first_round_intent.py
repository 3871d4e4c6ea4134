# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The forty-first round's intent fixes (issue 10, dev46), on our own phrasings.

What the intent tables misread, each by structure (none by a message's text):
- the clinic's papers said not to be seen where they should be ("I can't see the pre-op
  instructions in the system") or asked to be sent ("can you send me the PDF?") were a booking
  or nothing: a document to be sent again;
- a photo or a scan sent first and the originals asked after it ("as photos, or do you need the
  originals?") was nothing; the other order already was a document;
- a free place asked as a statement with a rising tone and a week after it ("vous avez de la
  place la semaine du 15 ?") was a treatment question: the calendar is asked;
- the examination before the operation asked by video ("die Voruntersuchung per Video") and a
  consultation or examination asked to be arranged ("can we arrange an examination in March?")
  were nothing: a booking, whose answer waits on the coordinator (``request_info``);
- the only part of the day the writer can do ("ich kann nur abends nach 18 Uhr") is a window
  offered: the coordinator still chooses the day, so the turn asks for the calendar.
Each tested in six languages, each beside a look-alike that must behave the other way: what the
instructions say stays a treatment question, a photo of the original shape is no paper, room at
the hotel stays the trip's, arranging the transfer stays the trip's and what the examination
shows the treatment's, a tablet taken only in the evening asks nothing of the calendar.
"""

from __future__ import annotations

import pytest

from careflow_agents.general import asks_for_a_stay_day, offers_a_window
from careflow_agents.triage import asks_for_a_date, triage
from tests.unit.agents.screening import assert_intent_by_the_rules


def _asks_the_calendar(text: str) -> bool:
    """What ``general.run`` asks of an appointment message: the calendar (``request_info``)."""
    return asks_for_a_date(text) or offers_a_window(text)


# -- the clinic's papers not seen, or asked to be sent ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I can't see the pre-op instructions anywhere in the app, is there somewhere else to look?",
        "Could you email me the PDF again please?",
        "Die Anweisungen für vor der OP kann ich im System nirgends finden.",
        "Schickt ihr mir bitte das Merkblatt nochmal?",
        "Je ne vois pas les consignes pré-opératoires dans mon dossier en ligne.",
        "Vous pouvez me renvoyer le PDF svp ?",
        "Ameliyat öncesi talimatları uygulamada bulamadım, nerede?",
        "broşürü tekrar gönderebilir misiniz?",
        "Памятку перед операцией в приложении не нахожу.",
        "Пришлите, пожалуйста, ещё раз инструкцию.",
        "التعليمات قبل العملية مش لاقيها بالتطبيق",
        "ابعتولي الملف مرة تانية لو سمحت",
    ],
)
def test_a_paper_not_seen_or_asked_to_be_sent_is_a_document(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "documents")


@pytest.mark.parametrize(
    "text",
    [
        # what the instructions say is asked of the treatment
        "What do the pre-op instructions say about fasting before the rhinoplasty?",
        "Was steht in den Anweisungen zum Fasten vor der Nasen-OP?",
        "Que disent les consignes sur le jeûne avant la rhinoplastie ?",
        "Burun ameliyatı öncesi talimatlarda oruç hakkında ne yazıyor?",
        "Что сказано в инструкции про голод перед ринопластикой?",
        "شو بتقول التعليمات عن الصيام قبل عملية الانف؟",
    ],
)
def test_what_the_instructions_say_stays_a_treatment_question(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "treatment_enquiry")


# -- a photo first, the originals asked after it ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I'm sending my passport and my lab results as photos, is that fine or do you need the originals?",
        "Ich schicke den Ausweis als Foto, reicht das oder braucht ihr die Originale?",
        "Je vous mets mon passeport en photo, ça suffit ou il faut l'original ?",
        "Kimliğimin fotoğrafını attım, yeterli mi yoksa aslını mı getireyim?",
        "Отправила паспорт фото, этого хватит или нужны оригиналы?",
        "بعتلكم صورة الجواز، بتكفي ولا لازم الأصل؟",
    ],
)
def test_a_photo_then_the_originals_asked_is_a_document(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "documents")


def test_a_photo_of_the_original_shape_is_no_paper() -> None:
    assert (
        triage(
            "Here are photos of my nose, I'd like to keep the original shape of the tip with the rhinoplasty",
            stage="enquiry",
            learned=False,
        ).intent
        == "treatment_enquiry"
    )


# -- a free place asked with a week after it --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "you got room the week of the 15th for a sleeve?",
        "Habt ihr noch Platz in der Woche vom 15. April für einen Schlauchmagen?",
        "vous avez de la place la semaine du 3 mai pour une rhinoplastie ?",
        "vous auriez encore de la place début juin pour une greffe ?",
        "15 nisan haftası tüp mide için yer var mı?",
        "Есть ли места на неделе с 15 апреля на шунтирование?",
        "فيه مكان فاضي الاسبوع الجاي لعملية التكميم؟",
    ],
)
def test_a_place_asked_with_a_week_is_an_appointment(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "appointment")
    assert _asks_the_calendar(text)


@pytest.mark.parametrize(
    "text",
    [
        "vous avez de la place à l'hôtel la semaine du 15 pour mon mari ?",
        "Habt ihr noch Platz im Hotel in der Woche vom 15.?",
        "you got room at the hotel next week for my sister?",
    ],
)
def test_room_at_the_hotel_stays_the_trip(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "travel")


# -- the examination by video, a visit asked to be arranged -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Can we do the pre-op examination by video? I'm abroad until March",
        "Could we arrange a nose examination in the second week of March?",
        "Können wir eine Voruntersuchung im März vereinbaren?",
        "Geht die Untersuchung auch per Video?",
        "On peut organiser une consultation pour le nez en mars ?",
        "Le bilan pré-opératoire peut se faire en visio ?",
        "Mart'ın ilk haftası burun için muayene ayarlayabilir miyiz?",
        "Можно организовать осмотр носа во второй половине марта?",
        "Осмотр по видео можно сделать?",
        "ممكن نرتب موعد كشف للانف بالأسبوع التاني من مارس؟",
        "المعاينة بالفيديو ممكن؟",
    ],
)
def test_a_visit_by_video_or_arranged_is_an_appointment(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "appointment")


@pytest.mark.parametrize(
    "text",
    [
        "Could we arrange an examination of my nose in the second week of March?",
        "Können wir eine Voruntersuchung vereinbaren?",
        "On peut organiser une consultation en mars ?",
        "Burun için muayene ayarlayabilir miyiz?",
        "Можно назначить консультацию на март?",
        "ممكن نرتب موعد كشف؟",
    ],
)
def test_a_visit_asked_to_be_arranged_asks_the_calendar(text: str) -> None:
    assert _asks_the_calendar(text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # arranging the transfer names no visit
        ("Can you arrange the airport transfer for the 12th?", "travel"),
        ("Könnt ihr den Transfer vom Flughafen organisieren?", "travel"),
        ("Vous pouvez organiser la navette depuis l'aéroport ?", "travel"),
        ("Havalimanından transferi ayarlayabilir misiniz?", "travel"),
        ("Можно организовать трансфер из аэропорта?", "travel"),
        ("ممكن ترتبوا التوصيل من المطار؟", "travel"),
        # what the examination shows is the treatment's
        (
            "Does the examination show whether I need a septoplasty with the rhinoplasty?",
            "treatment_enquiry",
        ),
    ],
)
def test_arranging_the_trip_or_the_examination_shown_is_no_booking(text: str, intent: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", intent)


# -- the only part of the day the writer can do -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I can only do evenings after 6",
        "Ich kann nur abends nach 18 Uhr",
        "je ne peux que le soir après 18h",
        "sadece akşamları 18'den sonra olur",
        "могу только вечером после 18",
        "بقدر بس بالليل بعد ٦",
    ],
)
def test_the_only_hours_the_writer_can_do_are_a_window(text: str) -> None:
    assert offers_a_window(text)


@pytest.mark.parametrize(
    "text",
    [
        "I take the tablet only in the evening",
        "Die Tablette nehme ich nur abends",
        "je prends le comprimé seulement le soir",
        "Can we confirm Thursday at 10?",
    ],
)
def test_a_tablet_taken_in_the_evening_or_one_time_is_no_window(text: str) -> None:
    assert not offers_a_window(text)


# -- the clinic's message deleted or lost -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I deleted the coordinator's email by mistake, what did it say I need before the rhinoplasty?",
        "Ich hab die Nachricht der Klinik aus Versehen gelöscht, was sollte ich vor der OP machen lassen?",
        "J'ai supprimé le mail de la coordinatrice sans faire exprès, je dois faire quoi avant l'opération ?",
        "Koordinatörün mesajını yanlışlıkla sildim, ameliyattan önce ne yapmam gerekiyordu?",
        "Я случайно удалила письмо от координатора, что нужно сделать до операции?",
        "مسحت الرسالة من المنسقة بالغلط، شو لازم اعمل قبل العملية؟",
    ],
)
def test_the_clinic_message_deleted_is_a_document_to_send_again(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "documents")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("I deleted the app, can I still book the rhinoplasty consultation?", "appointment"),
        (
            "Ich habe die Fotos gelöscht, muss ich vor der Nasen-OP neue machen?",
            "treatment_enquiry",
        ),
    ],
)
def test_something_else_deleted_is_no_message_lost(text: str, intent: str) -> None:
    assert_intent_by_the_rules(text, "booked", intent)


# -- a Turkish visit on a day of the stay asked by its particle -------------------------------------


def test_a_turkish_visit_the_day_before_asked_by_its_particle_is_a_booking() -> None:
    text = (
        "ameliyatım 15 martta, bir gün önce gelip muayene ve kan tahlili yaptırabilir miyim,"
        " uçağım 13ünde iniyor"
    )
    assert_intent_by_the_rules(text, "booked", "appointment")
    assert asks_for_a_stay_day(text)


def test_an_operation_date_told_asks_no_stay_day() -> None:
    assert not asks_for_a_stay_day("ameliyatım 15 martta, hangi havalimanına inmeliyim?")


@pytest.mark.parametrize(
    "text",
    [
        "ameliyatım 15 martta, hangi havalimanına inmeliyim?",
        "ameliyatım 15 martta, uçağım 14ünde iniyor, havalimanından transfer var mı?",
    ],
)
def test_a_turkish_trip_beside_the_operation_date_stays_travel(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "travel")
