# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The forty-third round's routine post-op courses held ``soon`` (dev48), each fix on our own
phrasings in six languages, each beside look-alikes that must stay ``soon`` or urgent.

What was held for a person for nothing: the back or the head a painkiller is asked for ("for my
back pain", "gegen die Rückenschmerzen"; NHS 'Back pain'), extending the forty-second round's
pain-for-the-medicine; a dull or mild pressure in the first week after a nose operation (BAAPS /
ASPS 'Rhinoplasty -- recovery'); the grafts told looking fine after a hair transplant (ISHRS);
the stomach upset told as the antibiotic's doing beside a medication question (NHS 'Antibiotics
-- side effects'); a mild pulling in the belly in the first days after a sleeve (NHS 'Weight loss
surgery -- recovery'). What stays: the leg, the chest, the shoulder or the belly as the pain's
place, a pain getting worse, swelling, fever, vomiting, blood, a swollen hard belly, grafts
falling out.
"""

from __future__ import annotations

import pytest

from tests.unit.agents import screening

# Medication questions: the painkiller's purpose, a mild pressure or pulling, a side effect.
MEDICATION_ROUTINE: list[str] = [
    "is paracetamol ok for my lower back ache? the hospital bed was awful",
    "Darf ich Ibuprofen gegen die Rückenschmerzen nehmen? Kein Fieber.",
    "je peux prendre du doliprane pour mon mal de dos ?",
    "sırt ağrısı için parol alabilir miyim?",
    "можно выпить нурофен от боли в спине?",
    "ممكن اخذ بنادول لوجع الظهر؟",
    "may I swap to ibuprofen? nothing bleeding, only a dull pressure",
    "Kann ich Paracetamol weiter nehmen? Nur ein dumpfer Druck, kein Fieber",
    "je peux prendre un doliprane ? juste une pression sourde",
    "parol alabilir miyim? hafif bir baskı var sadece",
    "можно ли нурофен? только тупое давление",
    "ممكن بنادول؟ بس ضغط خفيف",
    "can I stop the antibiotic a day early? the antibiotic upsets my stomach",
    "Darf ich das Antibiotikum absetzen? Das Antibiotikum schlägt mir auf den Magen",
    "je peux arrêter l'antibiotique ? l'antibiotique me barbouille l'estomac",
    "antibiyotiği bırakabilir miyim? antibiyotik midemi bozdu",
    "можно бросить антибиотик? от антибиотика живот расстроен",
    "ممكن اوقف الدوا؟ معدتي مضايقه منه",
    "can I take ibuprofen? a slight pulling in my belly, drinking fine",
    "darf ich Ibuprofen nehmen? leichtes Ziehen im Bauch, trinke gut",
    "можно ибупрофен? немного тянет в животе, пью нормально",
]

# The expected course with a care question.
ROUTINE: list[str] = [
    "day 4 after FUE, the grafts look fine, forehead a bit swollen. when can I wash?",
    "Tag 4 nach der Haartransplantation, die Grafts sehen gut aus. Ab wann darf ich waschen?",
    "j4 après la greffe, les greffons ont l'air bien. quand puis-je laver mes cheveux ?",
]

# Look-alikes a person must see the same day (``soon``) or that escalate.
NOT_ROUTINE: list[str] = [
    # the leg or the belly is never a painkiller's mere purpose
    "can I take ibuprofen for my leg pain?",
    "can I take ibuprofen for my back pain? it is getting worse and my back is swollen",
    "Darf ich Ibuprofen gegen die Rückenschmerzen nehmen? Sie werden schlimmer, der Rücken ist geschwollen",
    # a dull pressure told getting worse
    "can I take paracetamol? a dull pressure in my nose, getting worse",
    "kann ich Paracetamol nehmen? dumpfer Druck in der Nase, wird schlimmer",
    # grafts told fine, then falling out
    "the grafts look ok but two fell out this morning with blood",
    # the stomach with vomiting or blood, the belly swollen and hard
    "can I stop the antibiotic? it upsets my stomach and I keep vomiting",
]

URGENT: list[tuple[str, str]] = [
    ("can I take paracetamol for my back pain? I have 39 fever and shivers", "high_fever"),
    (
        "can I take ibuprofen? a slight pulling in my belly and I keep vomiting",
        "vomiting_abdominal",
    ),
    ("можно ибупрофен? немного тянет в животе, живот вздут и твердый, рвота", "ohss_abdomen"),
    ("kann ich Ibuprofen nehmen? dumpfer Druck im Auge, ich sehe verschwommen", "vision_worsening"),
    (
        "can I take paracetamol? a dull pressure in my leg, the calf is swollen",
        "calf_pain_swelling",
    ),
]


@pytest.mark.parametrize("text", MEDICATION_ROUTINE)
def test_the_medication_question_is_routine_for_approval(text: str) -> None:
    screening.assert_medication_routine_by_the_rules(text)


@pytest.mark.parametrize("text", ROUTINE)
def test_the_expected_course_is_routine(text: str) -> None:
    screening.assert_routine_by_the_rules(text)


@pytest.mark.parametrize("text", NOT_ROUTINE)
def test_the_look_alikes_stay_for_a_person(text: str) -> None:
    screening.assert_not_routine_by_the_rules(text)


@pytest.mark.parametrize(("text", "flag"), URGENT)
def test_the_emergency_look_alikes_escalate(text: str, flag: str) -> None:
    screening.assert_urgent(text, flag)
