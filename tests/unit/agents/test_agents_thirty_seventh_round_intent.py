# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The thirty-seventh round's intent fixes (issue 10, dev42), on our own phrasings.

What the intent tables misread, each by structure (none by a message's text):
- a visit asked for today or tomorrow ("could I come in for the consultation today?") was no
  booking: the slot tables knew a visit only on a named weekday;
- a Turkish date moved to a day and month in the dative ("randevumu 22 ocağa alabilir miyiz")
  was an appointment but no request, so the agent replied instead of asking the calendar;
- whether the writer is a candidate for a treatment ("am I a candidate for a sleeve?") and an
  operation wished for a relative ("my mother wants to have her eyelids operated on") named no
  treatment the tables knew, so the message had no intent;
- work done from the hotel after a treatment ("could I work from the hotel the day after?")
  made a travel question of a recovery question.
Each beside a look-alike that must behave the other way: something done today that is no visit
stays unbooked, a date only confirmed asks nothing, a date that suits stays an appointment, an
operation done stays post-op, a question about the hotel itself stays travel.
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import asks_for_a_date, triage
from tests.unit.agents.screening import assert_intent_by_the_rules

# -- a visit asked for today or tomorrow -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the lead's look-alikes (appointment requests for today)
        "Could I come in for the consultation today instead of Friday?",
        "Konsultasyonu bugün akşama alabilir misiniz?",
        "Kann ich heute noch zur Voruntersuchung kommen?",
        "Est-ce que je peux venir à la consultation aujourd'hui à 16h ?",
        "ممكن أجي للاستشارة اليوم الساعة ٤؟",
        # ours
        "Hello, could we come in for the check-up tomorrow rather than next week?",
        "Can I have my consultation this afternoon? I happen to be nearby",
        "Könnten wir morgen früh zur Kontrolle vorbeikommen?",
        "Darf ich heute Nachmittag in die Praxis kommen?",
        "Bonjour, on pourrait passer au cabinet demain ?",
        "Puis-je venir pour le contrôle ce soir ?",
        "Muayeneyi yarın sabaha alabilir misiniz?",
        "Yarın öğleden sonra gelebilir miyim kontrole?",
        "Можно мне завтра подойти на осмотр?",
        "Можем приехать на приём сегодня после обеда?",
        "بقدر اجي للكشف بكرة الصبح؟",
        "ممكن نجي للمراجعة بكره؟",
    ],
)
def test_a_visit_asked_for_today_or_tomorrow_is_an_appointment_to_look_up(text: str) -> None:
    result = triage(text, stage="booked", learned=False)
    assert (result.intent, result.urgency) == ("appointment", "routine"), (text, result)
    assert asks_for_a_date(text), text


@pytest.mark.parametrize(
    "text",
    [
        # something done today that is no visit to the clinic
        "Could I take the bandage off today?",
        "Can I have a bath tomorrow?",
        "Kann ich morgen wieder nach Hause kommen?",
        "Darf ich heute Abend duschen?",
        "Je peux prendre une douche demain ?",
        "Yarın banyo yapabilir miyim?",
        "Можно завтра мыть голову?",
        "ممكن اتحمم بكرة؟",
    ],
)
def test_something_done_today_is_no_visit(text: str) -> None:
    assert triage(text, stage="booked", learned=False).intent != "appointment", text


# -- a Turkish date moved in the dative -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ameliyatımı 3 marta çekebilir misiniz, düğün var",
        "10 şubattaki görüşmemizi 17 şubata alabilir miyiz?",
        "randevuyu 5 aralığa kaydırabilir miyiz",
        # the same ask in the other languages was already a request
        "Could we move my appointment from the 15th to the 22nd? I can't get the day off",
        "Können wir meinen Termin vom 15. auf den 22. verschieben?",
        "Est-ce qu'on peut décaler mon rendez-vous du 15 au 22 ?",
        "Можно перенести мою запись с 15-го на 22-е?",
        "ممكن نأجل موعدي من ١٥ لـ ٢٢؟",
    ],
)
def test_a_date_moved_is_a_request_for_the_calendar(text: str) -> None:
    result = triage(text, stage="booked", learned=False)
    assert result.intent == "appointment", (text, result)
    assert asks_for_a_date(text), text


@pytest.mark.parametrize(
    "text",
    [
        # the date only confirmed (the locative), nothing moved
        "22 ocakta görüşürüz, teşekkürler",
        "randevum 3 martta, onaylıyorum",
    ],
)
def test_a_date_only_confirmed_asks_nothing(text: str) -> None:
    assert not asks_for_a_date(text), text


# -- a candidate for the treatment ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Am I a good candidate for a gastric sleeve? BMI 38, type 2 diabetes",
        "Hi, would I be suitable for this with my blood pressure?",
        "Bin ich mit BMI 37 und Diabetes für einen Schlauchmagen geeignet?",
        "Komme ich mit meinem Diabetes für die OP überhaupt in Frage?",
        "Bonjour, suis-je candidate pour une sleeve avec un IMC de 37 ?",
        "Est-ce que je suis éligible avec un diabète de type 2 ?",
        "BMI 37, şeker hastasıyım, tüp mide için uygun muyum?",
        "Я подхожу для шунтирования? ИМТ 38, диабет",
        "Подхожу ли я с гипертонией?",
        "هل انا مناسبة لعملية التكميم؟ وزني ١١٠ وعندي سكري",
    ],
)
def test_a_candidacy_asked_is_a_treatment_question(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "treatment_enquiry")


@pytest.mark.parametrize(
    "text",
    [
        # a date that suits is the calendar's
        "Is Tuesday suitable for the appointment?",
        "Passt Ihnen der Termin am Dienstag?",
        "Le rendez-vous de mardi me convient",
        "salı günü randevu uygun mu?",
        "Вторник мне подходит для консультации",
        "موعد الثلاثاء مناسب لي",
    ],
)
def test_a_date_that_suits_stays_an_appointment(text: str) -> None:
    assert triage(text, stage="booked", learned=False).intent == "appointment", text


# -- an operation wished for oneself or a relative ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "My father would like to have his nose corrected. Does it hurt?",
        "I'm thinking of having my eyelids lifted, what does it involve?",
        "Meine Mutter möchte sich die Lider straffen lassen. Wie lange dauert das?",
        "Ich will mir die Nase operieren lassen, ist das gefährlich?",
        "Bonjour, je voudrais me faire opérer du nez, c'est long ?",
        "Mon père souhaite se faire corriger les paupières, quel est le déroulement ?",
    ],
)
def test_an_operation_wished_is_a_treatment_question(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "treatment_enquiry")


@pytest.mark.parametrize(
    "text",
    [
        # the operation done: the healing is the topic
        "I had my eyelids operated on 3 days ago, the stitches itch, is that normal?",
        "Je me suis fait opérer du nez il y a 4 jours, ça tire un peu, c'est normal ?",
        "Ich habe mir vor 3 Tagen die Lider operieren lassen, es juckt etwas, ist das normal?",
    ],
)
def test_an_operation_done_stays_post_op(text: str) -> None:
    assert triage(text, stage="post_op", learned=False).intent == "post_op_concern", text


# -- work from the hotel after the treatment ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Quick question about the hair transplant: could I work from the hotel the next day?",
        "Is the FUE painful and can I work remotely from my hotel afterwards?",
        "Kann ich nach der Haartransplantation vom Hotel aus arbeiten?",
        "Après la greffe de cheveux, je peux télétravailler depuis l'hôtel le lendemain ?",
        "Saç ekiminden sonraki gün otelden çalışabilir miyim?",
        "После пересадки волос можно на следующий день работать из отеля?",
        "بعد زراعة الشعر بقدر اشتغل من الفندق تاني يوم؟",
    ],
)
def test_work_from_the_hotel_after_the_treatment_is_a_treatment_question(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "treatment_enquiry")


@pytest.mark.parametrize(
    "text",
    [
        # a question about the hotel itself stays travel
        "About the hair transplant: does the hotel have good wifi? I need to work",
        "Is the hotel close to the clinic? I'd like to work from there after the FUE",
        "Hat das Hotel WLAN? Ich muss nach der Haartransplantation arbeiten",
        "L'hôtel est-il loin de la clinique pour la greffe de cheveux ?",
        "Saç ekimi için otel kliniğe yakın mı?",
        "Далеко ли отель от клиники? Приеду на пересадку волос",
        "الفندق قريب من العيادة؟ جاي لزراعة الشعر",
    ],
)
def test_a_question_about_the_hotel_stays_travel(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "travel")
