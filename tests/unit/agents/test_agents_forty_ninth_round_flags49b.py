# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The forty-ninth round's urgency fixes (flags49b, dev54): two routine messages after a nose
operation escalated by breathing words, and three medication questions held `soon`, each fixed on
our own phrasings in six languages beside look-alikes that must behave the other way.

Routine now: a breath told hard beside the splint, the packing or the crusts of a nose operation,
and breathing through the mouth at night (ASPS 'Rhinoplasty -- recovery'; BAAPS). Still urgent:
breathless on stairs, at rest or after a flight, lips turning blue, whatever the splint or the
nose; pleuritic pain. Routine + a medical question now: a medication question whose only symptom
is the pain the painkiller is asked for, or a pain told mild beside a painkiller (NHS
'Recovering from an operation'). Not routine: painkillers not helping, pain getting worse, a
headache worse standing up, fever, a swollen calf, a red wound, vomiting.
"""

from __future__ import annotations

import pytest

from careflow_agents import redflags
from careflow_agents.triage import _Message, _told, triage
from tests.unit.agents import screening


def _reads(text: str, flag: str) -> bool:
    return _told(_Message(text), redflags.BY_ID[flag])[0]


# A breath told hard beside the splint, the packing or the crusts of a nose operation, two
# warning signs ruled out or a care question asked: routine.
NOSE_SPLINT_ROUTINE: list[str] = [
    "rhinoplasty 6 days ago, breathing is hard with the packing still in, no bleeding, no fever."
    " normal?",
    "a week after my nose job it's difficult to breathe because of the splint and the crusts,"
    " is that ok?",
    "Nasen-OP vor 5 Tagen, ich bekomme schlecht Luft wegen der Schiene, kein Fieber. Ist das"
    " normal?",
    "nach der Nasen-OP bekomme ich schlecht Luft wegen der Schiene, kein Fieber, normal?",
    "seit der OP atme ich schwer, die Tamponade ist noch drin, keine Blutung. normal?",
    "rhinoplastie il y a 6 jours, je respire difficilement avec l'attelle, pas de fièvre,"
    " c'est normal ?",
    "j'ai du mal à respirer à cause des mèches, pas de saignement, pas de fièvre, normal ?",
    "ameliyat olalı 6 gün oldu, nefes almak zor, atel hala duruyor, kanama yok. normal mi?",
    "rinoplastiden sonra 5. gun, nefes almak biraz zor ama tampon var, ates yok, kanama yok,"
    " normal mi?",
    "после ринопластики 5 дней, тяжело дышать, тампоны ещё стоят, температуры нет. это нормально?",
    "дышать трудно из-за шины и корочек, кровотечения нет, нормально?",
    "عملت تجميل انف من ٥ ايام، صعوبة في التنفس بسبب الجبيرة، ما في نزيف. طبيعي؟",
    "اتنفس بصعوبة عشان الفتايل لسه موجودة، مفيش حرارة، عادي؟",
    # one side of the nose, a nostril, the cast off: the nose too
    "Tag 7 nach der Nasen-OP, durch die rechte Seite krieg ich kaum Luft, kein Fieber, keine"
    " Blutung. normal?",
    "I can barely breathe through one nostril, no fever, no bleeding, normal?",
]

# Breathing through the mouth at night while the nose is blocked, a low pain told: not the
# pleuritic pain of a pulmonary embolism (it may still be seen today: a pain is told).
MOUTH_BREATHING: list[str] = [
    "day 6 after rhinoplasty, little pain, I'm breathing through my mouth at night. is that ok?",
    "nose job day 5, pain 2/10, mostly mouth breathing when I sleep. fine?",
    "Tag 5 nach der Nasen-OP, Schmerzen kaum, ich atme nachts durch den Mund. normal?",
    "J5 après la rhinoplastie, douleur faible, je respire par la bouche la nuit, normal ?",
    "burun ameliyati 5. gun, agri az, geceleri agzimdan nefes aliyorum. normal mi?",
    "5 день после ринопластики, боль слабая, приходится дышать ртом ночью. нормально?",
    "اليوم الخامس بعد عملية الانف، الوجع خفيف، بتنفس من بقي بالليل. عادي؟",
]

# ... and the same with two signs ruled out and a fading bruise: routine.
MOUTH_BREATHING_ROUTINE: list[str] = [
    "rhinoplasty day 6, the bruises are turning yellow, no bleeding, no fever, pain about 2/10,"
    " just breathing through my mouth at night. normal?",
]

# Breathless on effort, at rest, after a flight, lips blue -- the splint or the nose named or
# not: urgent for breathing_difficulty.
BREATHLESS_URGENT: list[str] = [
    "the splint comes off tomorrow, but since this morning I'm short of breath climbing the stairs",
    "after my nose job I'm short of breath climbing the stairs",
    "tummy tuck 6 days ago, I can't catch my breath even sitting still",
    "atel yarın çıkacak ama merdiven çıkarken nefes nefese kalıyorum",
    "burnumdan nefes alamıyorum ama merdiven çıkınca nefes nefese kalıyorum",
    "die Schiene ist noch drauf, aber ich bekomme kaum Luft seit dem Flug, auch im Sitzen",
    "nach der Nasen-OP bekomme ich keine Luft beim Treppensteigen",
    "l'attelle est toujours là, mais je suis essoufflée au repos depuis le vol",
    "шина ещё стоит, но задыхаюсь даже в покое после перелёта",
    "после операции на носу задыхаюсь на лестнице",
    "الجبيرة لسه موجودة بس عندي ضيق تنفس وانا قاعدة من بعد الطيارة",
    "I can't breathe, my lips are turning blue, the packing is still in",
    "nefes alamiyorum",
    "seit heute Morgen krieg ich kaum Luft, wenn ich die Treppe hochgehe",
]

# ... pleuritic pain and a bleed that will not stop after a nose operation: urgent.
NOSE_OTHER_URGENT: list[tuple[str, str]] = [
    (
        "rhinoplasty day 5: sharp pain when I breathe in deeply, on the right side of my ribs",
        "pulmonary_embolism_signs",
    ),
    (
        "day 4 after my nose job, stabbing pain in my side when breathing in",
        "pulmonary_embolism_signs",
    ),
    (
        "5 дней после ринопластики, больно дышать, колет в боку при вдохе",
        "pulmonary_embolism_signs",
    ),
    (
        "after my nose job the bleeding won't stop, it's soaking through the gauze for an hour",
        "heavy_bleeding",
    ),
]

# A medication question whose only symptom is the pain the painkiller is asked for, or a pain
# told mild beside a painkiller: routine, held as a medical question (await_approval).
MEDICINE_ROUTINE: list[str] = [
    "sleeve day 10: may I take paracetamol for the headache, or is ibuprofen better?",
    "darf ich wegen der Kopfschmerzen eine Paracetamol nehmen? Augen-OP vor 3 Tagen",
    "kann ich gegen die Schmerzen Novalgin nehmen oder lieber Ibuprofen?",
    "je peux prendre un Doliprane pour le mal de tête ? opérée il y a 5 jours",
    "je peux prendre un Doliprane avec l'antibiotique ? j'ai juste un peu mal quand je mâche",
    "baş ağrısı için parol alabilir miyim? ameliyat 4 gün önceydi",
    "antibiyotikle beraber majezik içebilir miyim, biraz ağrı var",
    "можно нурофен от головной боли? операция была 5 дней назад",
    "можно ли пить парацетамол вместе с антибиотиком? немного болит при жевании",
    "ينفع اخد بنادول عشان الصداع؟ العملية من ٤ ايام",
    "ممكن اخد بروفين مع المضاد الحيوي؟ في شوية الم خفيف",
]

# ... painkillers not helping, pain getting worse, a headache worse standing up, fever, a calf:
# urgent, for the flag named.
MEDICINE_URGENT: list[tuple[str, str]] = [
    (
        "the painkillers don't help at all, the pain is getting worse, can I take more ibuprofen?",
        "severe_pain_unrelieved",
    ),
    (
        "can I take paracetamol for a severe headache that gets worse when I stand up?",
        "csf_leak",
    ),
    ("can I take ibuprofen? my calf is swollen and hot", "calf_pain_swelling"),
    ("can I take paracetamol for the headache? I have a fever of 38.2", "high_fever"),
    (
        "die Schmerzmittel helfen nicht, kann ich mehr Ibuprofen nehmen? es wird schlimmer",
        "severe_pain_unrelieved",
    ),
    ("darf ich Paracetamol wegen Kopfweh nehmen? habe 38,5 Fieber", "high_fever"),
    (
        "le Doliprane ne fait rien, la douleur empire, je peux en prendre plus ?",
        "severe_pain_unrelieved",
    ),
    ("je peux prendre du Doliprane pour la douleur ? j'ai 38,4 de fièvre", "high_fever"),
    (
        "ağrı kesici işe yaramıyor, ağrı artıyor, iki tane parol alabilir miyim?",
        "severe_pain_unrelieved",
    ),
    ("ağrı için parol alabilir miyim? ateşim 38,3", "high_fever"),
    (
        "обезболивающее не помогает, боль усиливается, можно выпить ещё нурофен?",
        "severe_pain_unrelieved",
    ),
    ("можно парацетамол от боли? температура 38,2", "high_fever"),
    ("المسكن ما فاد، الوجع بيزيد، ينفع اخد حباية كمان؟", "severe_pain_unrelieved"),
    ("ينفع بنادول عشان الوجع؟ عندي حرارة ٣٨", "high_fever"),
]

# ... a red wound or vomiting beside the painkiller asked: seen today.
MEDICINE_SOON: list[str] = [
    "can I take paracetamol for the pain? the wound has gone red around the stitches",
    "can I take paracetamol for the headache? I've vomited twice today",
    "darf ich Ibuprofen gegen die Schmerzen nehmen? die Wunde ist gerötet",
    "je peux prendre un Doliprane pour la douleur ? la cicatrice est rouge",
    "ağrı için parol alabilir miyim? yara kızarık",
    "можно нурофен от боли? шов покраснел",
    "ينفع اخد بنادول عشان الوجع؟ الجرح بقى احمر وسخن",
]


@pytest.mark.parametrize("text", NOSE_SPLINT_ROUTINE)
def test_a_breath_hard_beside_the_splint_of_a_nose_operation_is_routine(text: str) -> None:
    assert not _reads(text, "breathing_difficulty"), text
    screening.assert_routine_by_the_rules(text)
    assert triage(text, stage="post_op", learned=False).intent == "post_op_concern"


@pytest.mark.parametrize("text", MOUTH_BREATHING)
def test_mouth_breathing_at_night_is_no_pulmonary_embolism(text: str) -> None:
    assert not _reads(text, "pulmonary_embolism_signs"), text
    screening.assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize("text", MOUTH_BREATHING_ROUTINE)
def test_mouth_breathing_with_signs_ruled_out_is_routine(text: str) -> None:
    screening.assert_routine_by_the_rules(text)


@pytest.mark.parametrize("text", BREATHLESS_URGENT)
def test_breathless_on_effort_at_rest_or_after_a_flight_stays_urgent(text: str) -> None:
    screening.assert_urgent(text, "breathing_difficulty")


@pytest.mark.parametrize(("text", "flag"), NOSE_OTHER_URGENT)
def test_pleuritic_pain_or_a_bleed_after_a_nose_operation_stays_urgent(
    text: str, flag: str
) -> None:
    screening.assert_urgent(text, flag)


@pytest.mark.parametrize("text", MEDICINE_ROUTINE)
def test_a_painkiller_asked_for_its_ordinary_pain_is_routine(text: str) -> None:
    screening.assert_medication_routine_by_the_rules(text)
    assert not triage(text, stage="post_op", learned=False).review, text


@pytest.mark.parametrize(("text", "flag"), MEDICINE_URGENT)
def test_a_painkiller_asked_beside_a_red_flag_stays_urgent(text: str, flag: str) -> None:
    screening.assert_urgent(text, flag)


@pytest.mark.parametrize("text", MEDICINE_SOON)
def test_a_painkiller_asked_beside_a_worrying_sign_is_seen_today(text: str) -> None:
    screening.assert_soon_by_the_rules(text)


def test_a_painkiller_asked_before_the_operation_is_no_post_op_review() -> None:
    result = triage("can I take ibuprofen for a headache before the operation?", stage="pre_op")
    assert result.urgency == "routine", result
