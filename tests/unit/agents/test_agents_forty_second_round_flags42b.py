# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The forty-second round's routine post-op courses held ``soon`` (dev47), each fix on our own
phrasings in six languages, each beside look-alikes that must stay ``soon`` or urgent.

What was held for a person for nothing: the pain a painkiller is asked for ("for the ache in my
jaw", "für die Kopfschmerzen") read as a new complaint beside a medication question (NHS: pain is
managed with ordinary painkillers; the answer waits for approval anyway); glasses asked about
after a nose operation ("oder drückt das?") read as a pressure felt now (BAAPS / ASPS
'Rhinoplasty -- recovery'); a face tight and numb around the ears after a facelift (ASPS
'Facelift -- recovery'); both breasts hard and high alike in the first weeks (ASPS 'Breast
augmentation -- recovery'); a bruise told passing from purple to yellow (NHS 'Bruises');
walking bent over after a tummy tuck (ASPS 'Tummy tuck -- recovery'); a little spotting on the
pad after egg collection (HFEA / RCOG); and the Russian "жидкости нигде нет" (no fluid anywhere)
not read as a denial. What stays: one side, getting worse, swelling, fever, sight going down,
a belly swollen and hard with little urine, heavy bleeding with clots.
"""

from __future__ import annotations

import pytest

from tests.unit.agents import screening

# Medication questions whose pain is the medicine's purpose: routine, held for approval.
MEDICATION_ROUTINE: list[str] = [
    "can i take ibuprofen with the antibiotic? paracetamol isn't doing much for the pain in my jaw",
    "Darf ich Ibuprofen zum Antibiotikum nehmen, gegen die Kopfschmerzen?",
    "je peux prendre du doliprane avec l'antibiotique pour le mal de tête ?",
    "antibiyotikle birlikte parol alabilir miyim baş ağrısı için",
    "можно ли принять парацетамол вместе с антибиотиком от головной боли?",
    "ممكن اخذ بنادول مع المضاد الحيوي للصداع؟",
]

# The expected course told in alarming or unfamiliar words, or denied signs beside a care ask.
ROUTINE: list[str] = [
    # glasses after the cast, signs denied (BAAPS / ASPS 'Rhinoplasty -- recovery')
    "The cast is off. No fever, no bleeding. Can I wear my glasses again or will they press on the nose?",
    # facelift: tight face, numb around the ears (ASPS 'Facelift -- recovery')
    "no bleeding, the face feels a bit tight and numb behind the ears. when can I colour my hair?",
    "kein Fieber, das Gesicht spannt etwas, taub hinter dem Ohr. Wann darf ich die Haare färben?",
    "pas de rougeur, le visage tire un peu. je peux aller chez le coiffeur?",
    "ateş yok, yüzüm biraz gergin, kulak arkası uyuşuk. saçımı ne zaman boyatabilirim?",
    "нет температуры, лицо немного стянуто, онемение за ухом. когда можно покрасить волосы?",
    # both breasts high and firm alike (ASPS 'Breast augmentation -- recovery')
    "mes seins sont durs comme de la pierre et très hauts, les deux pareils, ça va descendre ?",
    "göğüslerim taş gibi sert ve çok yukarıda, ikisi de aynı, düşecek mi?",
    # a bruise passing from purple to yellow (NHS 'Bruises')
    "day 3 after my nose: both eyes purple going yellow, cheeks puffed, is this normal?",
    "die Blutergüsse unter den Augen: lila wird gelb, ist das normal? kein Fieber, keine Blutung",
    # walking bent over after a tummy tuck (ASPS 'Tummy tuck -- recovery')
    "je marche pliée en deux, c'est normal? j3",
    "ich laufe gebückt, ist das normal? Tag 3 nach der Bauchdeckenstraffung",
    "karın germe sonrası iki büklüm yürüyorum, normal mi?",
    "хожу согнувшись после абдоминопластики, это нормально?",
    "نمشي منحنيه بعد شد البطن، طبيعي؟",
    # a little spotting on the pad after egg collection (HFEA / RCOG)
    "a little spotting on the pad and mild cramps the day after egg collection, peeing normally",
    "немного кровянистых выделений на прокладке, живот мягкий, пункция вчера",
    # fluid denied with "нигде нет" after a tummy tuck
    "Живот не болит, жидкости нигде нет. Когда можно в бассейн?",
]

# Look-alikes a person must see the same day (``soon``) or that escalate.
NOT_ROUTINE: list[str] = [
    "can i take ibuprofen? the pain in my jaw is getting worse and my cheek is swollen",
    "paracetamol does nothing for the pain in my jaw, it is getting worse every day, can I take more?",
    # the pain a painkiller is asked for in the leg: never the operation's own ache (NHS 'DVT')
    "kann ich Ibuprofen gegen die Schmerzen im Bein nehmen?",
    "je peux prendre du doliprane pour la douleur dans la jambe ?",
    "Meine Brille drückt und die Nase tut sehr weh und ist dick geworden",
    "the wound is purple going yellow with green pus coming out",
    "Живот болит, жидкость скапливается внизу, шов мокнет",
    # the firmness word is itself a symptom here: held for a person without a care question
    "my breasts are rock hard and sit really high, both the same, will they drop?",
    # bleeding named as a symptom: held for a person without a care question
    "etwas Schmierblutung in der Slipeinlage, leichtes Ziehen, Tag nach der Punktion",
    "un peu de saignement sur la serviette, petites crampes, lendemain de la ponction",
]

URGENT: list[tuple[str, str]] = [
    (
        "Darf ich Ibuprofen nehmen? Die Kopfschmerzen werden immer schlimmer und ich habe Fieber",
        "high_fever",
    ),
    (
        "parol alabilir miyim? çenemdeki ağrı gittikçe kötüleşiyor ve şişti",
        "severe_pain_unrelieved",
    ),
    (
        "Gips ist ab. Kein Fieber. Darf ich die Brille tragen oder drückt das? Die Nase blutet seit heute morgen",
        "heavy_bleeding",
    ),
    ("the left side of my face is tight and getting bigger and it hurts a lot", "breast_haematoma"),
    ("die rechte Wange spannt, wird immer größer und tut weh", "breast_haematoma"),
    ("الوجه مشدود من جهة وحدة ويكبر ويوجع", "breast_haematoma"),
    (
        "one breast is rock hard and sits higher, it is bigger than the other and very painful",
        "breast_haematoma",
    ),
    (
        "Die linke Brust ist steinhart und größer als die rechte, sehr schmerzhaft",
        "breast_haematoma",
    ),
    (
        "eyes purple going yellow but since this morning I can't see out of the left eye",
        "vision_loss",
    ),
    ("je marche pliée en deux, le ventre est dur et gonflé et j'ai 39 de fièvre", "high_fever"),
    ("I'm walking bent over and my calf is swollen, red and hot", "calf_pain_swelling"),
    ("много кровянистых выделений, прокладка полная за час, сгустки", "heavy_bleeding"),
    (
        "немного кровянистых выделений на прокладке, но живот вздулся, твердый и писаю очень мало",
        "ohss_abdomen",
    ),
    (
        "a little spotting on the pad but my belly is swollen and hard and I'm barely peeing",
        "ohss_abdomen",
    ),
    ("Жидкости нет, но шов покраснел и горячий, температура 38.5", "high_fever"),
]


@pytest.mark.parametrize("text", MEDICATION_ROUTINE)
def test_the_pain_a_painkiller_is_asked_for_is_routine_for_approval(text: str) -> None:
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
