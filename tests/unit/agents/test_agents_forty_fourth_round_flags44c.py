# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The forty-fourth round's routine body courses held ``soon`` or escalated (dev49), and the
symptoms told beside a medication question that were answered routine (our own probes).

Part 1, cleared on our own phrasings in six languages: both breasts told sitting high up under
the chin with nothing of the airway told (ASPS / BAAPS 'Breast augmentation -- recovery'), not a
swelling under the chin; a pain told settling day by day; buttocks hard as stone and bruised
after a BBL (ASPS / BAAPS); a belly bloated like after a big meal after egg collection (HFEA /
ESHRE); bruises from the blood-thinning injections (NHS 'Enoxaparin'). What stays: swallowing,
breath or the neck told beside the high breasts, one side, heat, a smell, pus, fever, a tight or
growing belly, little urine, bruises elsewhere, bleeding gums.

Part 2, held for a person (``soon`` and a review), never routine: vomiting told in the past
tense ("ich habe erbrochen", "I threw up", "меня вырвало"), a pressure in or behind the eye, a
pressure told growing; a routine medication question stays routine.
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import triage
from tests.unit.agents import screening

# The expected course with a care question: routine, no review.
ROUTINE: list[str] = [
    # both breasts high up under the chin, nothing of the airway told
    "day 5 after my augmentation, my breasts sit up under my chin and are very firm, same size. when can I shower?",
    "Tag 6 nach der Brust-OP, die Implantate stehen bis unters Kinn, beide gleich. Ab wann darf ich duschen?",
    "j6 après l'augmentation, les seins sont remontés jusqu'au menton et durs, les deux pareils. quand puis-je prendre une douche ?",
    "5 день после увеличения груди, грудь стоит под самым подбородком, обе одинаковые. когда можно в душ?",
    # a pain settling day by day
    "day 3 after the nose job, some swelling, the pain is going down every day. when can I wash my hair?",
    "Tag 3 nach der Nasen-OP, etwas geschwollen, die Schmerzen werden jeden Tag weniger. Ab wann darf ich duschen?",
    "j3 après la rhinoplastie, la douleur diminue de jour en jour. quand puis-je me doucher ?",
    "burun ameliyatı sonrası 3. gün, ağrı her gün azalıyor. ne zaman duş alabilirim?",
    "3 день после ринопластики, боль с каждым днём меньше. когда можно в душ?",
    "اليوم الثالث بعد عملية الانف، الوجع يخف كل يوم. امتى اقدر استحمى؟",
    # buttocks hard as stone and bruised after a BBL
    "day 5 after the BBL, my bum is rock hard and all purple. when can I sit normally?",
    "Tag 4 nach BBL, der Po ist steinhart und blau. Ab wann darf ich duschen?",
    "j5 après le BBL, les fesses sont dures comme de la pierre. quand puis-je me doucher ?",
    "BBL sonrası 4. gün, popom taş gibi ve mosmor. ne zaman duş alabilirim?",
    "после BBL ягодицы как камень и синие. когда можно принять душ?",
    "اليوم الخامس بعد BBL، مؤخرتي زي الحجر وزرقا. امتى اقدر اقعد؟",
    # a belly bloated like after a big meal after egg collection
    "egg collection yesterday, a bit bloated like after a big dinner. when can I go to the gym?",
    "Eizellentnahme gestern, aufgebläht wie nach einem großen Essen. Ab wann darf ich Sport machen?",
    "ponction hier, ballonnée comme après un gros repas. quand puis-je faire du sport ?",
    "пункция вчера, вздутие как после обильного обеда. когда можно заниматься спортом?",
    "yumurta toplama dün, büyük bir yemekten sonraki gibi şişkinim. ne zaman spora dönebilirim?",
    "سحب البويضات امبارح، منفوخه زي بعد عزومه. امتى اقدر ارجع الجيم؟",
]

# A medication question beside an ordinary course: routine, waiting for approval.
MEDICATION_ROUTINE: list[str] = [
    "do I really have to keep doing the Clexane shots? my belly is full of bruises from the injections",
    "Muss ich Clexane noch eine Woche nehmen? Der Bauch ist voller blauer Flecken von den Spritzen",
    "je dois continuer le Clexane ? j'ai des bleus à cause des piqûres sur le ventre",
    "Clexane'a devam etmem gerekiyor mu? karnımda iğnelerden morluklar var",
    "нужно ли колоть Clexane еще неделю? на животе синяки от уколов",
    "لازم اكمل Clexane؟ بطني فيه كدمات من الابر",
    # genuinely routine: the pain is less, another box of the painkiller
    "shall I buy another box of the painkiller? the pain is less",
    "the pain is less now, shall I buy another box of the painkiller?",
]

# Look-alikes a person sees the same day (``soon``) or that escalate.
NOT_ROUTINE: list[str] = [
    # the implants high, but one side or heat
    "my breasts sit up under my chin and the left one is bigger and hot. when do they drop?",
    # a pain settling, but the eye swelling in another clause
    "j3 après la rhinoplastie, la douleur diminue de jour en jour mais mon œil gonfle. quand puis-je me doucher ?",
    # a bruised bum after a BBL with a smell, one hot red side or fever
    "après le BBL les fesses sont dures comme de la pierre et rouges et chaudes d'un côté. quand puis-je m'asseoir ?",
    "day 5 after the BBL, my bum is rock hard and all purple and there is a bad smell. when can I sit?",
    "Tag 4 nach BBL, der Po ist steinhart und blau, und ich habe Fieber. Ab wann darf ich duschen?",
    # bruises from the injections, and the gums bleed / bruises everywhere
    "do I have to keep doing the Clexane shots? bruises from the injections and my gums bleed",
    "Muss ich die Spritzen weiter nehmen? blaue Flecken von den Spritzen und überall am Körper",
    # a bloated belly without the meal's comparison, or getting bigger
    "egg collection yesterday, bloated like after a big dinner but getting bigger. can I go to the gym?",
    # bruises from the injections, and blood in the urine
    "do I have to keep taking the Clexane? bruises from the injections and blood in my pee",
]

# Part 2: a symptom beside a medication question, held for a person with a review.
SOON_REVIEW: list[str] = [
    "darf ich Ibuprofen nehmen? leichtes Ziehen im Bauch und ich habe erbrochen",
    "ich habe erbrochen",
    "can I take ibuprofen? a slight pulling in my belly and I threw up twice",
    "можно ибупрофен? немного тянет в животе и меня вырвало",
    "ممكن اخذ بنادول؟ استفرغت الصبح",
    "ibuprofen alabilir miyim? sabah kustum",
    "can I take paracetamol? a dull pressure in my eye since the laser",
    "kann ich Paracetamol nehmen? seit dem Laser Druck hinter dem Auge",
    "je peux prendre du doliprane ? une pression dans l'œil depuis le laser",
    "parol alabilir miyim? lazerden beri gözde baskı var",
    "можно парацетамол? после лазера давит на глаз",
    "ممكن بنادول؟ في ضغط في عيني من بعد الليزر",
    "my nose has a dull pressure and it is getting worse",
    "can I take paracetamol? the pressure in my nose is getting worse",
    "darf ich Paracetamol nehmen? der Druck in der Nase wird immer stärker",
    "je peux prendre du doliprane ? la pression dans le nez augmente",
    "parol alabilir miyim? burnumdaki baskı artıyor",
    "можно парацетамол? давление в носу нарастает",
    "ممكن بنادول؟ الضغط في انفي بيزيد",
]

# The high breasts no longer page anyone in Turkish and Arabic either ("sert" and "قاسي", hard,
# stay a symptom a person reviews: the safe side).
NOT_URGENT: list[str] = [
    "meme ameliyatı sonrası 5. gün, göğüslerim çeneme kadar yukarıda ve sert, ikisi de aynı. ne zaman duş alabilirim?",
    "اليوم الخامس بعد تكبير الصدر، صدري طالع لتحت الذقن وقاسي، الاثنين نفس الشي. امتى اقدر استحمى؟",
]

URGENT: list[tuple[str, str]] = [
    # the high breasts beside a swallowing, voice or breathing sign: the airway
    ("my implants sit up under my chin and my voice sounds muffled", "airway_swallowing"),
    # the hard bruised bum with a fever
    ("попа как камень и вся синяя, и температура 38.5. так и должно быть?", "high_fever"),
    ("my implants sit up under my chin and it is hard to swallow", "airway_swallowing"),
    (
        "my implants sit up under my chin, and under my jaw is swollen and hard",
        "airway_swallowing",
    ),
    # a tight, swelling belly after egg collection: OHSS
    (
        "egg collection two days ago, bloated like after a big meal, my belly is tight and hard",
        "ohss_abdomen",
    ),
]


@pytest.mark.parametrize("text", ROUTINE)
def test_the_expected_course_is_routine(text: str) -> None:
    screening.assert_routine_by_the_rules(text)


@pytest.mark.parametrize("text", MEDICATION_ROUTINE)
def test_the_medication_question_is_routine_for_approval(text: str) -> None:
    screening.assert_medication_routine_by_the_rules(text)


@pytest.mark.parametrize("text", NOT_ROUTINE)
def test_the_look_alikes_stay_for_a_person(text: str) -> None:
    screening.assert_not_routine_by_the_rules(text)


@pytest.mark.parametrize("text", SOON_REVIEW)
def test_a_symptom_beside_a_medication_question_reaches_a_person(text: str) -> None:
    result = triage(text, stage="post_op", learned=False)
    assert (result.urgency, result.review) == ("soon", True), (text, result)


@pytest.mark.parametrize("text", NOT_URGENT)
def test_the_high_breasts_page_nobody(text: str) -> None:
    screening.assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize(("text", "flag"), URGENT)
def test_the_emergency_look_alikes_escalate(text: str, flag: str) -> None:
    screening.assert_urgent(text, flag)
