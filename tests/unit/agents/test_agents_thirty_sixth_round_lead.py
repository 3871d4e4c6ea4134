# ruff: noqa: RUF001 -- multilingual text (Arabic, Cyrillic, Turkish dotless i) is intended
"""The thirty-sixth round, the lead's part (issue 10): an appointment for tomorrow is not `soon`.

Triage held every travel *or appointment* message naming today or tomorrow `soon`, so "perenesite
pozhaluysta konsultaciyu na zavtra posle 15:00" (move my consultation to tomorrow) was put before
a person the same day like a stranded traveller. The labelling guide keeps `soon` for a worrying
post-op sign and for a journey going wrong now; every development set labels an appointment asked,
moved or confirmed for today or tomorrow `routine` (dev9-ar-30, dev18-en-04, dev35-ru-25,
dev41-ru-26). The same-day rule now reads travel only: a flight cancelled today or a driver who
did not come stays `soon` in six languages. Our own phrasings, none taken from a held-out set.
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import triage
from tests.unit.agents.screening import assert_not_urgent

APPOINTMENTS_FOR_TODAY_OR_TOMORROW = [
    ("Can we move my consultation to tomorrow after 3pm?", "quoted"),
    ("Confirmed for tomorrow 3pm, see you then", "booked"),
    ("Randevumu yarın öğleden sonraya alabilir miyiz?", "booked"),
    ("Können wir die Beratung auf morgen Nachmittag verschieben?", "quoted"),
    ("Pouvez-vous décaler ma consultation à demain matin ?", "quoted"),
    ("Перенесите, пожалуйста, консультацию на завтра после 15:00", "quoted"),
    ("perenesite konsultaciyu na segodnya vecherom pozhaluysta", "quoted"),
    ("ممكن انقل موعد الاستشارة لبكرة بعد العصر؟", "quoted"),
]

JOURNEYS_GOING_WRONG_NOW = [
    (
        "My flight lands today at 23:40 and the transfer driver is not answering, who picks me up?",
        "booked",
    ),
    ("Uçağım bugün, transfer şoförü gelmedi havalimanındayım", "booked"),
    ("Mein Flug ist heute gestrichen worden, ich sitze am Flughafen fest", "booked"),
    ("Mon vol est annulé aujourd'hui, je suis bloquée à l'aéroport", "booked"),
    ("Рейс сегодня отменили, я в аэропорту, что делать с трансфером?", "booked"),
    ("رحلتي اليوم تأجلت وانا في المطار، مين بيستقبلني؟", "booked"),
]


@pytest.mark.parametrize(("text", "stage"), APPOINTMENTS_FOR_TODAY_OR_TOMORROW)
def test_an_appointment_for_today_or_tomorrow_is_routine(text: str, stage: str) -> None:
    result = triage(text, stage=stage)
    assert (result.intent, result.urgency) == ("appointment", "routine")


@pytest.mark.parametrize(("text", "stage"), JOURNEYS_GOING_WRONG_NOW)
def test_a_journey_going_wrong_today_is_still_seen_the_same_day(text: str, stage: str) -> None:
    result = triage(text, stage=stage)
    assert (result.intent, result.urgency) == ("travel", "soon")


# The urgency retrain of this round scored "Implantat heute früh, die Lippe ist seit 2 Stunden
# noch taub" (a sixteenth-round look-alike) 0.703 against a threshold of 0.7017: round 34's lip
# and chin numbness "since yesterday" after lower implants (Renton et al., BDJ 2012) had taught
# it "taub" with "seit". A lip still numb on the day of the operation, hours after the local
# anaesthetic, is the block wearing off; these are our own phrasings of it, read by the learned
# detector as well as the rules (the retrain learns them as not urgent). Two more phrasings stayed
# escalated by the learned detector alone even when trained on ("Lippe fühlt sich seit 4 Stunden
# pelzig an", "la lèvre est encore engourdie depuis 3 heures"): its n-grams do not tell hours
# from days. Since the thirty-eighth round the rules tell them apart and the detector is not
# asked (test_agents_thirty_eighth_round_lead.py); both are back below.
NUMB_ON_THE_DAY_OF_THE_OPERATION = [
    "Implantat heute Morgen gesetzt, die Unterlippe ist seit drei Stunden noch taub, ist das die Betäubung?",
    "Heute früh zwei Implantate unten, Kinn und Lippe noch taub seit dem Eingriff, normal?",
    "lower implants this morning and my lip and chin are still numb 4 hours on, the anaesthetic I guess?",
    "Bugün sabah implant yapıldı, 3 saattir dudağım hâlâ uyuşuk, iğnenin etkisi mi?",
    "Сегодня утром поставили импланты, губа до сих пор онемевшая уже 3 часа, это заморозка?",
    "ركبت زراعة اليوم الصبح وشفتي لسا مخدرة من ٣ ساعات، هذا من البنج؟",
    "Implantat heute früh, die Lippe fühlt sich seit 4 Stunden pelzig an",
    "Ce matin implant en bas, la lèvre est encore engourdie depuis 3 heures",
]


@pytest.mark.parametrize("text", NUMB_ON_THE_DAY_OF_THE_OPERATION)
def test_a_lip_numb_hours_after_the_operation_is_not_urgent(text: str) -> None:
    assert_not_urgent(text)
