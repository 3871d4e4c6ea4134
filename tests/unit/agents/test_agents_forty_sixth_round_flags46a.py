# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The forty-sixth round's urgency fixes (flags46a, dev51): three red flags not escalated and a
same-day review answered routine, each on our own phrasings in six languages, each beside
look-alikes that must behave the other way.

Escalated now: an eye pushed forward or that cannot be moved after a nose or eyelid operation
(orbital haematoma, RCOphth / AAO); one breast told bigger in Arabizi ("kibir"), also at the
enquiry stage (ASPS); the eye's pain told by its kind (cutting, burning, stinging) and rising,
and reading lost with the letters running together (AAO, after LASIK). Held for a person the
same day: fluid told moving like a wave under the skin (a seroma, ASPS / BAPRAS).
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import triage
from tests.unit.agents import screening

# An eye pushed forward, or one that cannot be moved: urgent (orbital haematoma).
ORBIT: list[str] = [
    "my left eye is bulging forward and I can't move it, day 2 after the nose job",
    "ich kann das linke Auge seit heute nicht mehr bewegen, es ist ganz prall",
    "depuis ce matin je n'arrive plus à bouger l'oeil gauche, il est tout gonflé",
    "sol gözümü oynatamıyorum, çok şişti, burun ameliyatı 2 gün önce",
    "после ринопластики не могу пошевелить левым глазом, он сильно опух",
    "عيني اليسار صارت بارزة لقدام بعد عملية الانف",
    "عيني منفوخة وما بقدر احركها من امبارح",
    "3aini el shmal tal3a lel 2odam, ma a2dar a7arekha",
]

# ... an eye that cannot be opened for swollen lids, or an eye told moving well: not this flag.
ORBIT_QUIET: list[str] = [
    "I can't open my eye fully because the eyelids are swollen, day 2 after blepharoplasty",
    "I can move my eye fine, the swelling around it is going down",
    "gözümü rahat oynatabiliyorum, şişlik azalıyor",
    "глаз двигается нормально, отёк спадает",
    "the swelling around my eyes after the nose job is going down every day",
    "Die Schwellung um die Augen nach der Nasen-OP wird jeden Tag besser",
    "الانتفاخ حول عيوني بعد عملية الانف يخف كل يوم",
]

# One breast told bigger in Arabizi, at the enquiry stage too: urgent (breast haematoma).
BREAST_ARABIZI: list[str] = [
    "3amalt implants barra min 4 ayam, el sadr el yemin kibir fag2a w mashdood w byewga3 geddan",
    "el sidr el yemin kebir aktar men el shmal b kteer, mashdood",
]

# ... "a bit bigger, no pain", both sides alike: not urgent.
BREAST_QUIET: list[str] = [
    "el sidr el shmal kibir shwaya men el yemin bas mesh bywga3, 3adi?",
    "both breasts are swollen the same and riding high, day 4",
]

# The eye's pain told by its kind and rising, or reading lost as letters merge: urgent.
EYE_URGENT: list[tuple[str, str]] = [
    ("the eye is stinging more and more since the LASIK this morning", "eye_pain_rising"),
    ("das Auge brennt immer stärker seit der Laser-OP", "eye_pain_rising"),
    ("l'oeil me pique de plus en plus depuis le laser", "eye_pain_rising"),
    ("gözüm giderek daha çok batıyor lazerden sonra", "eye_pain_rising"),
    ("глаз режет всё сильнее после лазера", "eye_pain_rising"),
    ("glaz zhzhet vse silnee posle lazera", "eye_pain_rising"),
    ("عيني تحرقني اكثر واكثر بعد الليزك", "eye_pain_rising"),
    ("I can't read anything on my phone, the letters merge together", "vision_loss"),
    ("ich kann nichts mehr lesen, die Buchstaben verschwimmen ineinander", "vision_loss"),
    ("je n'arrive à rien lire, les lettres se mélangent", "vision_loss"),
    ("hiçbir şey okuyamıyorum, harfler birbirine giriyor", "vision_loss"),
    ("не могу прочитать ничего на экране, буквы сливаются", "vision_loss"),
    ("ne mogu chitat nichego, bukvy slivayutsya", "vision_loss"),
    ("ما اقدر اقرا شي، الحروف داخلة في بعض", "vision_loss"),
]

# ... a sting that settles, a form with small letters: not urgent.
EYE_QUIET: list[str] = [
    "gözüm biraz yanıyor ama geçiyor, lazerden sonra",
    "глаз немного режет, но уже лучше",
    "веко не закрывается до конца, глаз сухой и режет. Сильной боли нет, вижу хорошо",
    "the eye feels dry and stings. No strong pain, not getting worse",
    "sağ göz dünden daha çok batıyor ama ağrı yok, görüş iyi",
    "my vision is a little blurry since the LASIK this morning, no pain",
    "I can't read the form you sent, the letters are too small",
]

# Fluid told moving like a wave under the skin: soon (seroma).
SEROMA: list[str] = [
    "under my belly button there is fluid that moves like a wave when I press, no fever",
    "unter dem Bauchnabel ist Flüssigkeit, die sich wie eine Welle bewegt, kein Fieber",
    "sous le nombril il y a du liquide qui ondule quand j'appuie, pas de fièvre",
    "göbeğimin altında su dalga gibi oynuyor, ateşim yok",
    "göbeğin altında bastırınca dalga gibi sıvı hissediyorum, ağrı yok",
    "внизу живота жидкость ходит волной, когда нажимаю, температуры нет",
    "تحت بطني في مية بتتموج لما اضغط، ما في حرارة",
]

# ... no fluid told, or a wave denied: routine.
SEROMA_QUIET: list[str] = [
    "korse ciltte iz bırakıyor, normal mi",
    "no fluid moving like a wave, just firm, day 9 after tummy tuck",
]


@pytest.mark.parametrize("text", ORBIT)
def test_an_eye_pushed_forward_or_that_cannot_move_is_urgent(text: str) -> None:
    screening.assert_urgent(text, "orbital_haematoma")


@pytest.mark.parametrize("text", ORBIT_QUIET)
def test_swollen_lids_or_an_eye_that_moves_are_not_the_orbit(text: str) -> None:
    screening.assert_not_read_as(text, "orbital_haematoma")
    screening.assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize("text", BREAST_ARABIZI)
def test_one_breast_bigger_in_arabizi_is_urgent_at_every_stage(text: str) -> None:
    screening.assert_urgent(text, "breast_haematoma")
    enquiry = triage(text, stage="enquiry", learned=False)
    assert enquiry.urgency == "urgent", (text, enquiry)
    assert enquiry.intent == "post_op_concern", (text, enquiry)


@pytest.mark.parametrize("text", BREAST_QUIET)
def test_a_breast_a_bit_bigger_or_both_alike_is_not_urgent(text: str) -> None:
    screening.assert_not_read_as(text, "breast_haematoma")
    screening.assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize(("text", "flag"), EYE_URGENT)
def test_rising_sharp_eye_pain_or_reading_lost_is_urgent(text: str, flag: str) -> None:
    screening.assert_urgent(text, flag)
    result = triage(text, stage="post_op", learned=False)
    assert flag in result.red_flags, (text, result.red_flags)


@pytest.mark.parametrize("text", EYE_QUIET)
def test_a_settling_sting_or_small_print_is_not_urgent(text: str) -> None:
    screening.assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize("text", SEROMA)
def test_fluid_moving_like_a_wave_is_seen_today(text: str) -> None:
    screening.assert_soon_by_the_rules(text)


@pytest.mark.parametrize("text", SEROMA_QUIET)
def test_a_binder_mark_or_a_wave_denied_stays_routine(text: str) -> None:
    screening.assert_routine_by_the_rules(text)
