# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The twenty-third round's general fixes (issue 10, dev24), each on our own phrasings, not dev24's.

Safety first: a breast haematoma told in Gulf or Levantine Arabizi (one side named by "el
ymeen/el yasar", bigger, tight, hard -- ASPS) is screened inside a travel or payment question;
worsening blur after eye surgery told in Egyptian Arabic reaches a person. Then what pages the
on-call needlessly: lip numbness with no duration in days and not complete is a same-day review
(Renton & Yilmaz, BDJ 2012: a catalogue entry of level ``soon``), a little weeping or serous
ooze, "a couple of mm" of an opened stitch and a denied bleeding beside an opened gum stitch are
seen the same day, a severe pain told in the past and eased since is no unrelieved pain. Each
beside a true emergency that stays urgent. Then the expected course per procedure (cramps like
a period after an egg collection, LASIK's burning and watering, both implants high and hard,
redness where the grafts went in), negations ("not out of breath", "pas la tête qui tourne",
"ma fi waja3"), and the intent frames (a pre-op question about bleeding or pain, a video
consult, a trip told after the first question).
"""

from __future__ import annotations

import pytest

from tests.unit.agents.screening import (
    assert_intent_by_the_rules,
    assert_medication_routine_by_the_rules,
    assert_not_urgent_by_the_rules,
    assert_routine_by_the_rules,
    assert_soon_by_the_rules,
    assert_urgent,
)


@pytest.mark.parametrize(
    "text",
    [
        # Gulf Arabizi, a flight question around it
        "salam, mumkin a2ajel el rajla yomain? el sadr el yasar sar akbar wayed 3an el ymeen, mshdood w y3awerni",
        # Levantine Arabizi, a payment question around it
        "kifkon, ba3atet el da3f3a embare7. bas el bez el shmal kbeer ktir min el sob7 w 2asi. shu ba3mel?",
        # one side bigger than the other, told by comparison
        "hi, 3ndi su2al 3an el fatora. jihti el ymeen mnfo5a w akbar min el yasar b kteer",
    ],
)
def test_an_arabizi_breast_haematoma_inside_another_question_is_urgent(text: str) -> None:
    assert_urgent(text, "breast_haematoma")


@pytest.mark.parametrize(
    "text",
    [
        "عيني اليمين بقت مغبشة اكتر من الصبح، مش بتوجعني، اعمل ايه؟",
        "النظر مشوش في العين اللي اتعملت من امبارح، مفيش احمرار",
    ],
)
def test_worsening_blur_after_eye_surgery_is_seen_today(text: str) -> None:
    assert_soon_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        # lip or chin numb since the operation, no duration in days, not complete
        "my lower lip on the right is still numb since the implant surgery, no swelling otherwise",
        "Kinn ist seit dem Eingriff noch taub, sonst geht es mir gut",
        # a little weeping, or serous fluid named before the Russian verb
        "die Naht am Ohr nässt ein wenig, kein Fieber, Geruch normal",
        "шов за ухом разошелся на пару мм, немного сукровица сочится, температуры нет",
        # an opened gum stitch with the bleeding denied in spoken French
        "un fil a lâché dans la gencive au-dessus de l'implant, ça saigne pas et j'ai pas de fièvre",
    ],
)
def test_same_day_signs_do_not_page_the_on_call(text: str) -> None:
    assert_soon_by_the_rules(text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # a bite not felt stays the surgeon's emergency (complete numbness, or numbness lasting
        # days, is the same-day review since the twenty-eighth round)
        (
            "Unterlippe seit 3 Tagen immer noch taub, ich habe mir auf die Lippe gebissen ohne es zu merken",
            "nerve_injury_numbness",
        ),
        # a stitch opened with bleeding, or with pus, stays urgent
        ("a stitch in my gum came open and it's bleeding a lot, I can't stop it", "heavy_bleeding"),
        ("шов разошелся, из раны гной и неприятный запах", "pus"),
        # a knock to the nose with bleeding that will not stop
        (
            "knocked my nose on the door this morning, no pain really but the bleeding won't stop",
            "heavy_bleeding",
        ),
        # a stabbing pain that eased and came back worse
        (
            "LASIK yesterday, it felt like a knife at first, got better, but now the pain is back and worse",
            "severe_pain_unrelieved",
        ),
    ],
)
def test_true_emergencies_beside_reassuring_words_stay_urgent(text: str, flag: str) -> None:
    assert_urgent(text, flag)


def test_one_implant_growing_beside_the_expected_firmness_is_urgent() -> None:
    assert_urgent(
        "импланты как два камня, это нормально, но правая стала намного больше и болит",
        "breast_haematoma",
    )


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        (
            "egg retrieval 2 days ago, belly tight and swollen like a drum, I've hardly peed and I'm breathless",
            "ohss_abdomen",
        ),
        ("after my LASIK this morning a dark curtain came down over my left eye", "vision_loss"),
        ("يوم تاني بعد الليزك فجأة ما بشوف بعيني الشمال", "vision_loss"),
    ],
)
def test_emergencies_after_egg_collection_and_lasik_stay_urgent(text: str, flag: str) -> None:
    assert_urgent(text, flag)


def test_a_past_stabbing_pain_that_eased_is_not_unrelieved_pain() -> None:
    assert_not_urgent_by_the_rules(
        "lasik dün, ilk birkaç saat gözüme bıçak saplanmış gibiydi ama akşama doğru geçti"
    )


@pytest.mark.parametrize(
    "text",
    [
        # period-like cramps and bloating after an egg collection, the OHSS signs denied
        "retrieval was on monday, some cramping like before my period, belly soft, peeing fine, not out of breath. is it ok to go to work?",
        # LASIK's burning and watering on day one
        "lasik yaptırdım, gözlerim yanıyor ve sulanıyor, ışıkların etrafında hale var, normal mi",
        # both implants high and hard in the first days
        "мои импланты как два камня и сидят высоко, обе стороны одинаковые, так и будет?",
        # redness where the grafts went in, with signs denied
        "FUE 5 days ago, redness around the grafts, no fever, no discharge. when can I wear a cap?",
        # Levantine Arabizi negations and a care question
        "ahlan, ma fi waja3 w ma fi nfakh, emta fiyye 2ashrab ahwe?",
        # spoken French: the dizziness denied, a pink serous fluid and a dressing question
        "un peu de liquide rose sur le pansement, pas la tête qui tourne, je change le pansement quand ?",
        # a pulling feeling and a sleeping question
        "Brust-OP vor einer Woche, beide gleich, kein Fieber, nur ein Ziehen abends. Darf ich auf dem Bauch schlafen?",
    ],
)
def test_the_expected_course_per_procedure_is_routine(text: str) -> None:
    assert_routine_by_the_rules(text)


@pytest.mark.parametrize(
    ("text", "stage", "intent"),
    [
        # pre-op questions about bleeding or pain are no post-op concern
        ("هل عملية شد البطن فيها نزيف كثير؟ وكم يوم احتاج اجازة؟", "enquiry", "treatment_enquiry"),
        (
            "больно ли делать имплантацию зубов? и сколько дней будет отек?",
            "enquiry",
            "treatment_enquiry",
        ),
        # a video consultation and the clinic's opening days
        (
            "could we have the video consult on a saturday? are you open weekends",
            "quoted",
            "appointment",
        ),
        ("ممكن كشف اونلاين؟ امتى ينفع الاسبوع الجاي", "enquiry", "appointment"),
        # the operation moved, the tickets its reason
        ("можно сдвинуть операцию на неделю позже? билеты тогда дешевле", "booked", "appointment"),
        # a treatment for a companion asked first, the hotel an aside
        (
            "eşim de gelecek, ona da burun estetiği yapılır mı aynı hafta? aynı otelde kalırız",
            "enquiry",
            "treatment_enquiry",
        ),
    ],
)
def test_intent_frames_of_the_round(text: str, stage: str, intent: str) -> None:
    assert_intent_by_the_rules(text, stage, intent)


@pytest.mark.parametrize(
    "text",
    [
        # a message not seen is no sight lost; blurred sight is no confusion of the mind
        "ما بشوف الفاتورة في الايميل، ممكن تبعتوها تاني؟",
        "النظر مشوش شوية بعد العملية",
        # Arabizi sides without a sign, or one a bit bigger with nothing else
        "el sadr el ymeen w el yasar zay ba3d, el 7amdulillah",
        "el sadr el yasar akbar shway min el ymeen, 3adi?",
    ],
)
def test_the_round_s_look_alikes_do_not_escalate(text: str) -> None:
    assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "можно ли ибупрофен вместе с антибиотиком? десна немного ноет по вечерам",
        "واش نقدر ناخد الدوا ديال السكر مع الانتيبيوتيك؟",
        "est-ce que je peux prendre de l'ibuprofène pour la douleur avec l'antibiotique ?",
    ],
)
def test_medication_questions_stay_routine_for_approval(text: str) -> None:
    assert_medication_routine_by_the_rules(text)


def test_light_spotting_after_an_egg_collection_with_ohss_denied_is_routine() -> None:
    assert_routine_by_the_rules(
        "пункция позавчера, живот не раздут, дышу нормально, чуть мажет, это ок?"
    )
