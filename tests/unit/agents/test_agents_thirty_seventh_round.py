# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The thirty-seventh round's general fixes for urgency (issue 10, dev42), each on our own
phrasings in six languages, not dev42's, each beside a look-alike that must behave the other way.

What nobody would have seen: both legs that cannot be moved or felt told beside a bladder that
cannot be emptied, after a spinal or an epidural -- a spinal (epidural) haematoma or a cauda
equina compression, not the block wearing off (RCoA 'Nerve damage associated with a spinal or
epidural injection'; ASRA antithrombotic guidance), in Arabizi as well; saliva that cannot be
swallowed told with "plus" ("je peux plus avaler ma salive") or the Russian perfective
("не могу проглотить слюну") after a sleeve (ASMBS / BOMSS: not even saliva going down is an
obstruction or a leak). What nobody would have looked at: a German "Implant" (the English word,
not "Implantat") that wobbles, now a body part of the complaint net.
"""

from __future__ import annotations

import re

import pytest

from careflow_agents.redflags import _NEURAXIAL_COMPRESSION
from tests.unit.agents.screening import (
    assert_not_read_as,
    assert_routine_by_the_rules,
    assert_soon_by_the_rules,
    assert_urgent,
)


@pytest.mark.parametrize(
    "text",
    [
        "had a tummy tuck under a spinal yesterday. this morning I can't move my legs at all and I can't pee, they said it lasts 3 hours",
        "Bauchdeckenstraffung mit Spinalanästhesie gestern. Ich kann meine Beine immer noch nicht bewegen und kann nicht Wasser lassen",
        "abdo sous rachianesthésie hier, ce matin je peux pas bouger mes jambes et je peux pas uriner, ça devait durer 3 heures",
        "dün belden uyuşturma ile karın germe oldum. bu sabah bacaklarımı hissetmiyorum ve idrar yapamıyorum",
        "вчера абдоминопластика под спинальной анестезией, сегодня не могу пошевелить ногами и не могу помочиться",
        "سويت شد بطن بالبنج النصفي امس، اليوم ما اقدر احرك رجولي وما اقدر اتبول",
        "3amalt shad batn bel benj el nosfy embare7, el nharda mesh 2adra a7arak rejli w mesh 3arfa a3mel pipi",
    ],
)
def test_legs_gone_and_bladder_stopped_after_a_spinal_escalate(text: str) -> None:
    assert_urgent(text, "anaesthesia_after_effects")


@pytest.mark.parametrize(
    "text",
    [
        "an hour after the spinal my legs tingle, I can wiggle my toes and I peed normally",
        "eine Stunde nach der Spinalanästhesie kribbeln die Beine noch, ich war normal auf Toilette",
        "une heure après la rachi les jambes fourmillent encore, j'ai fait pipi normalement",
        "spinalden bir saat sonra bacaklarım karıncalanıyor, normal idrar yaptım",
        "через час после спинальной ноги покалывает, сходила в туалет нормально",
        "بعد ساعة من البنج النصفي رجولي تنمل شوي، ورحت الحمام عادي",
        "ba3d sa3a mn el benj rejli bitnamel shwaya w 3amalt pipi 3adi",
    ],
)
def test_legs_waking_up_with_the_bladder_working_is_no_cord_compression(text: str) -> None:
    assert not any(re.search(p, text.lower()) for p in _NEURAXIAL_COMPRESSION), text
    assert_not_read_as(text, "anaesthesia_after_effects")


@pytest.mark.parametrize(
    "text",
    [
        "je peux plus avaler ma propre salive depuis la sleeve, je crache dans un mouchoir",
        "после слива не могу проглотить слюну, сплёвываю в салфетку",
    ],
)
def test_saliva_that_will_not_go_down_after_a_sleeve_escalates(text: str) -> None:
    assert_urgent(text, "airway_swallowing")


@pytest.mark.parametrize(
    "text",
    [
        "je mange lentement depuis la sleeve, un peu de régurgitation avec la purée",
        "после слива ем медленно, немного срыгиваю пюре",
    ],
)
def test_slow_eating_after_a_sleeve_is_no_obstruction(text: str) -> None:
    assert_not_read_as(text, "airway_swallowing")


@pytest.mark.parametrize(
    "text",
    [
        "das Implant unten links wackelt beim Beißen ein bisschen, kein Schmerz",
        "mein Implant fühlt sich seit heute locker an, keine Schwellung",
    ],
)
def test_a_german_implant_that_wobbles_is_seen_today(text: str) -> None:
    assert_soon_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    ["das Implant sitzt fest, alles gut, danke", "mein Implant heilt gut, ich esse wieder normal"],
)
def test_a_german_implant_healing_well_is_routine(text: str) -> None:
    assert_routine_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "الجرح ما ينزف كثير، بس شوية احمرار",
        "انفي ما عم ينزف كثير هلق",
        "الجرح لا ينزف كثير الحمد لله",
    ],
)
def test_an_arabic_bleed_denied_is_no_heavy_bleeding(text: str) -> None:
    assert_not_read_as(text, "heavy_bleeding")


@pytest.mark.parametrize(
    "text",
    ["الجرح ينزف كثير وما يوقف", "ما ادري ليش الجرح ينزف كثير من الصبح", "انفي ينزف بشده"],
)
def test_an_arabic_bleed_told_stays_heavy_bleeding(text: str) -> None:
    assert_urgent(text, "heavy_bleeding")


@pytest.mark.parametrize(
    "text",
    [
        "tummy tuck 10 days ago: one spot on the belly next to the scar is warm and a bit red, not spreading, no fever",
        "Bauchstraffung vor 10 Tagen: eine Stelle am Bauch neben der Narbe ist warm und etwas gerötet, kein Fieber",
        "abdo il y a 10 jours : un endroit sur le ventre près de la cicatrice est chaud et un peu rouge, pas de fièvre",
        "karın germe 10 gün önce: yaranın yanında karnımda bir yer sıcak ve biraz kızarık, ateş yok",
        "абдоминопластика 10 дней назад: на животе возле шва одно место тёплое и чуть покрасневшее, температуры нет",
        "липосакция 9 дней назад, на бедре пятно покрасневшее, с ладонь, не растёт, температуры нет",
        "شد بطن قبل ١٠ ايام: في بطني جنب الجرح مكان دافي ومحمر شوي، ما يكبر",
    ],
)
def test_a_warm_reddened_spot_is_seen_today_in_russian_as_elsewhere(text: str) -> None:
    assert_soon_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "абдоминопластика 10 дней назад, принимаю тёплый душ, живот заживает хорошо",
        "абдоминопластика 10 дней назад, живот заживает хорошо, шов чистый",
    ],
)
def test_a_warm_shower_and_a_clean_scar_stay_routine(text: str) -> None:
    assert_routine_by_the_rules(text)
