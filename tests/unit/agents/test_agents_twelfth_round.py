# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The twelfth round's general fixes (issue 10, dev13), each on our own phrasings, not dev13's.

Red flags first: sudden hearing loss in one ear (NHS / AAO-HNS: same-day ENT), jaundice after
surgery and antibiotics (NHS 'Jaundice'), a CSF leak told in Arabizi, delirium and a witnessed
seizure told by a relative (Gulf Arabic past tense; Russian in either script), and not keeping
water down told object-first in Russian with little or dark urine. Each stays urgent beside a
negated symptom or a reassuring guess; a yellow-green bruise under the eyes is no jaundice.
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import red_flags, triage
from tests.unit.agents.screening import assert_urgent


@pytest.mark.parametrize(
    "text",
    [
        "septoplasty last week, since this morning I can't hear a thing in my right ear, probably wax? no pain",
        "Nasen-OP vor 5 Tagen, seit heute höre ich rechts fast nichts mehr, kein Fieber",
        "rhinoplastie il y a une semaine, je n'entends plus rien de l'oreille gauche depuis ce matin",
        "burun ameliyatı 4 gün önce, bugün sol kulağım hiçbir şey duymuyor, ağrı yok",
        "после ринопластики 5 дней, правое ухо вдруг не слышит, температуры нет",
        "سويت عملية خشم قبل اسبوع، اليوم اذني اليمين ما اسمع فيها شي، ما في ألم",
    ],
)
def test_sudden_hearing_loss_in_one_ear_is_urgent(text: str) -> None:
    assert_urgent(text, "sudden_hearing_loss")


@pytest.mark.parametrize(
    "text",
    [
        "my dad had his eyelids done 10 days ago, since yesterday the whites of his eyes look yellow, no fever",
        "Fettabsaugung vor 2 Wochen, meine Augen sind seit gestern gelb und die Haut juckt, kein Fieber",
        "lifting il y a 10 jours, le blanc des yeux est devenu jaune, pas de douleur",
        "meme ameliyatı 9 gün oldu, gözlerimin akı sarardı, ateşim yok ama",
        "после операции 12 дней, кожа пожелтела и глаза жёлтые, температуры нет",
        "ابوي سوى عملية قبل ١٠ ايام، عيونه صارت صفرا من امس، ما عنده حرارة",
    ],
)
def test_yellow_eyes_or_skin_after_surgery_are_urgent(text: str) -> None:
    assert_urgent(text, "jaundice")


@pytest.mark.parametrize(
    "text",
    [
        "nose job 5 days ago, the bruises under my eyes are yellow and green now, no fever. normal?",
        "burun ameliyatı 5. gün, gözlerimin altı sarı yeşil oldu, ateşim yok",
        "عملية الانف قبل ٥ ايام، تحت عيوني اصفر وأخضر، ما عندي حرارة",
    ],
)
def test_a_yellow_green_bruise_under_the_eyes_is_no_jaundice(text: str) -> None:
    assert "jaundice" not in red_flags(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "3melt rhinoplasty men osbu3, fi may shafaf byenzal men mana5iri lamma anzel rasi, ma fi dam",
        "ba3d 3amaliyet el anf 3andi sda3 2awi lamma o2af, w bikhef lamma anam",
    ],
)
def test_a_csf_leak_told_in_arabizi_is_urgent(text: str) -> None:
    assert_urgent(text, "csf_leak")


@pytest.mark.parametrize(
    "text",
    [
        "ابوي سوى عملية امس، اليوم ما عرفني وصار يتكلم كلام غريب، ما فيه حرارة",
        "جدتي بعد التخدير مو فاهمة وين هي، يمكن من الدوا؟",
        "my wife had a tummy tuck, an hour ago her whole body was jerking and her eyes rolled back, now she's sleepy",
        "Mein Mann hat seit der OP einen Krampfanfall gehabt, die Augen waren verdreht",
        "sa mère a eu une crise d'épilepsie cette nuit après l'opération, pas de fièvre",
        "babam dün gece bir anda kasıldı, gözleri yukarı kaydı, şimdi uyuyor",
        "жена после операции ночью затряслась вся, глаза закатились, сейчас вялая",
        "zhena posle operatsii nochyu zatryaslas vsya, glaza zakatilis, seichas spit",
    ],
)
def test_delirium_or_a_witnessed_seizure_told_by_a_relative_is_urgent(text: str) -> None:
    assert_urgent(text, "neuro_confusion")


@pytest.mark.parametrize(
    "text",
    [
        "после шунтирования 2 недели, пить не могу, даже вода идёт обратно",
        "рукав 10 дней, жидкость и слюна выходит обратно, терплю",
    ],
)
def test_not_keeping_water_down_told_object_first_is_urgent(text: str) -> None:
    assert_urgent(text, "vomiting_abdominal")


@pytest.mark.parametrize(
    "text",
    [
        "после операции моча тёмная и очень мало, тошнит",
        "ameliyattan sonra idrarım koyu çay renginde, halsizim",
    ],
)
def test_little_or_dark_urine_is_urgent(text: str) -> None:
    assert_urgent(text, "low_urine_output")


# Over-escalation: ordinary healing told in alarming words, with no red flag present.


@pytest.mark.parametrize(
    "text",
    [
        "yüz germe 2 hafta, dikiş hattında kurumuş kabuklar var, kızarıklık yok",
        "Bauchstraffung vor 2 Wochen, Beine und Waden unauffällig, darf ich wieder Rad fahren?",
        "liposuction 3 weeks ago, the belly is lumpy and hard in places, skin numb. massage ok?",
        "липосакция 3 недели, на животе местами твёрдые комки, как камень, кожа онемела",
    ],
)
def test_healing_words_without_a_red_flag_are_not_escalated(text: str) -> None:
    assert not red_flags(text)[0], red_flags(text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("yüz germe 8. gün, kulak arkasında dikiş hattı açıldı, ateşim yok", "wound_dehiscence"),
        (
            "Bauchstraffung vor 9 Tagen, die linke Wade ist geschwollen und warm",
            "calf_pain_swelling",
        ),
        ("after my sleeve the belly is hard like a board and getting bigger", "ohss_abdomen"),
        ("после рукава живот твёрдый как камень и растёт, тяжело дышать", "ohss_abdomen"),
    ],
)
def test_the_same_words_with_a_red_flag_stay_urgent(text: str, flag: str) -> None:
    assert_urgent(text, flag)


@pytest.mark.parametrize(
    "text",
    [
        "lasik 3 days ago, eyes feel gritty in the evening and I see halos around street lights. vision is sharp, no pain. when can I swim?",
        "LASIK vor 4 Tagen, die Augen sind sandig und nachts Lichthöfe um die Laternen, sehe aber scharf. Wann darf ich schminken?",
        "lasik il y a 3 jours, yeux secs, des halos la nuit, je vois bien, pas de douleur. quand puis-je conduire ?",
        "lazer 3. gün, gözlerimde kum varmış gibi, gece ışıklarda hale var, net görüyorum ağrı yok. ne zaman makyaj?",
        "BBL vor 10 Tagen, der Po ist noch hart, sonst alles gut. Wann darf ich sitzen?",
        "augmentation il y a 10 jours, les seins sont durs et hauts, pas de fièvre, pas de rougeur. quand dormir sur le côté ?",
        "karın germe 4 hafta, göbek altı uyuşuk, dokununca hissetmiyorum, ateş yok. ne zaman spor?",
        "Bauchstraffung vor 6 Tagen, Drainagen sind raus, alles gut. Wann darf ich duschen?",
        "tummy tuck day 6, all fine. can I take my sertraline with the antibiotics? when can I sleep flat?",
        "implants yesterday, a little pink in the spit, no actual bleeding. can I eat warm soup?",
    ],
)
def test_expected_healing_after_the_operation_is_routine(text: str) -> None:
    result = triage(text, stage="post_op")
    assert result.urgency == "routine", (text, result.red_flags)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        (
            "lasik 3 days ago, halos at night and since this morning a dark curtain over my left eye",
            "vision_loss",
        ),
        ("BBL vor 10 Tagen, der Po ist hart und ich habe 39 Fieber", "high_fever"),
        (
            "augmentation il y a 3 jours, le sein droit est dur et a doublé de volume d'un coup",
            "breast_haematoma",
        ),
        (
            "lasik il y a 2 jours, yeux secs et douleur qui augmente d'heure en heure",
            "eye_pain_rising",
        ),
    ],
)
def test_a_red_flag_beside_healing_words_stays_urgent(text: str, flag: str) -> None:
    assert_urgent(text, flag)


@pytest.mark.parametrize(
    "text",
    [
        "после абдоминопластики 9 дней, шов чуть разошёлся, мм 2-3, немного сукровицы, температуры нет",
        "شد البطن من ١٠ ايام، الجرح انفتح شوي تقريبا نص سم وينزل منه سائل شفاف، ما في حرارة",
    ],
)
def test_a_small_opening_told_unit_first_or_as_half_a_cm_is_seen_not_escalated(text: str) -> None:
    result = triage(text, stage="post_op")
    assert result.urgency == "soon" and result.review, (text, result.red_flags)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        (
            "после абдоминопластики шов разошёлся, мм 3, и всё шире с каждым часом",
            "wound_dehiscence",
        ),
        ("عملية انف قبل اسبوع، ينزل من خشمي سائل شفاف مالح لما انزل راسي", "csf_leak"),
    ],
)
def test_a_growing_opening_or_a_nose_leak_stays_urgent(text: str, flag: str) -> None:
    assert_urgent(text, flag)
