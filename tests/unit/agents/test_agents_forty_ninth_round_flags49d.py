# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The forty-ninth round's routine courses held `soon` (flags49d, dev54): a few hard spots under
the skin after a liposuction, the operated skin told numb, without feeling or wooden after a
tummy tuck, a liposuction or breast surgery, a sloshing or gurgling sound heard in the breast
after implants, a little spotting and a mildly bloated belly after an egg collection -- each on
our own phrasings in six languages, each beside look-alikes that must behave the other way
(one spot growing, red and hot; a fever; a belly tense and swelling; a leg numb and weak; one
breast bigger; a sound months on; a belly that sloshes after a tummy tuck; heavy bleeding; a
tight belly with breathlessness or little urine).
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import triage

ROUTINE = "routine"
SOON = "soon"
URGENT = "urgent"

# A few hard spots under the skin after a liposuction, a care question (ASPS).
LIPO_SPOTS: list[tuple[str, str]] = [
    (
        ROUTINE,
        "Zehn Tage nach der Fettabsaugung spüre ich einige harte Stellen unter der Haut an den"
        " Oberschenkeln. Wann darf ich wieder Sport machen? Kein Fieber, keine Rötung",
    ),
    (
        ROUTINE,
        "two weeks after lipo: a few hard spots under the skin of my thighs, no pain, no redness."
        " when can I stop wearing the garment?",
    ),
    (
        ROUTINE,
        "deux semaines après la liposuccion, quelques zones dures sous la peau, pas de douleur ni"
        " rougeur. quand puis-je aller au sauna ?",
    ),
    (
        ROUTINE,
        "liposaksiyondan 2 hafta sonra cildin altında birkaç sert yer var, ağrı yok kızarıklık"
        " yok. korseyi ne zaman çıkarabilirim?",
    ),
    (
        ROUTINE,
        "2 недели после липосакции, под кожей несколько твердых участков, боли нет, покраснения"
        " нет. когда можно в баню?",
    ),
    (
        ROUTINE,
        "بعد اسبوعين من شفط الدهون فيه كم مكان قاسي تحت الجلد، ما في الم ولا احمرار. متى اقدر"
        " اشيل المشد؟",
    ),
    # look-alikes: one spot growing, red and hot; a fever; one spot growing
    (
        SOON,
        "2 Wochen nach Fettabsaugung: eine harte Stelle unter der Haut, die immer größer wird und"
        " rot und heiß ist. Wann darf ich in die Sauna?",
    ),
    (
        URGENT,
        "2 Wochen nach Fettabsaugung: harte Stellen unter der Haut, seit gestern Fieber und"
        " Rötung. Wann darf ich in die Sauna?",
    ),
    (
        SOON,
        "two weeks after lipo: one hard spot under the skin that keeps growing, when can I stop"
        " wearing the garment?",
    ),
]

# The operated skin numb, without feeling or wooden (ASPS 'Tummy tuck -- recovery').
NUMB_SKIN: list[tuple[str, str]] = [
    (
        ROUTINE,
        "two weeks after my tummy tuck the skin below the belly button is completely numb and"
        " feels like wood. is that permanent?",
    ),
    (
        ROUTINE,
        "2 Wochen nach der Bauchdeckenstraffung: unter dem Nabel ist die Haut taub, ich spüre"
        " nichts, wenn ich kneife. Bleibt das so?",
    ),
    (
        ROUTINE,
        "15 jours après l'abdominoplastie, sous le nombril la peau est insensible, je ne sens rien"
        " du tout. c'est définitif ?",
    ),
    (
        ROUTINE,
        "karın germeden 2 hafta sonra göbeğin altı tahta gibi, hiçbir şey hissetmiyorum. kalıcı"
        " mı?",
    ),
    (
        ROUTINE,
        "после абдоминопластики прошло две недели, кожа над швом как деревянная, ничего не"
        " чувствую. так и останется?",
    ),
    (ROUTINE, "بعد شد البطن بأسبوعين تحت السرة ما احس بشي ابدا، الجلد مخدر. هل هذا دائم؟"),
    (
        ROUTINE,
        "3 weeks after lipo my thighs are still numb, I can't feel the skin when I touch. normal?"
        " no redness, no fever",
    ),
    # "normal?" asked with nothing ruled out: the forty-sixth round's rule keeps it for a person
    (
        SOON,
        "3 weeks after lipo my thighs are still numb, I can't feel the skin when I touch. normal?",
    ),
    # look-alikes: a belly tense, swelling and painful; a hard hot area with fever; a leg numb
    # and weak (escalated in every language since the lead's part of the round)
    (SOON, "two weeks after my tummy tuck my belly is tense, swelling more and very painful"),
    (URGENT, "two weeks after tummy tuck: a hard hot red area below the navel and I have fever"),
    (URGENT, "two weeks after tummy tuck my left leg is numb and weak, I can't lift it"),
    (URGENT, "после абдоминопластики нога онемела и слабая, не могу поднять"),
]

# A sloshing or gurgling sound in the breast in the first days after implants (ASPS / BAAPS).
BREAST_SOUND: list[tuple[str, str]] = [
    (
        ROUTINE,
        "day 4 after my boob job, when I move I hear a sloshing sound inside my breasts, like"
        " water. is that the implant? no real pain",
    ),
    (
        ROUTINE,
        "Tag 5 nach der Brustvergrößerung: beim Bewegen höre ich ein Gluckern in der Brust, als"
        " wäre Wasser drin. Ist das Implantat kaputt? Keine Schmerzen",
    ),
    (
        ROUTINE,
        "4 jours après l'augmentation mammaire, quand je bouge j'entends un bruit de clapotis dans"
        " les seins. la prothèse est abîmée ? pas de douleur",
    ),
    (
        ROUTINE,
        "meme ameliyatından 3 gün sonra hareket edince göğsümde su sesi geliyor, şırıltı gibi."
        " silikon patladı mı? ağrı yok",
    ),
    (
        ROUTINE,
        "после увеличения груди 4 дня, когда двигаюсь в груди что-то хлюпает и булькает. имплант"
        " порвался? боли нет",
    ),
    (ROUTINE, "اليوم الثالث بعد تكبير الصدر، كل ما امشي اسمع صوت مويه في صدري. السيليكون انفجر؟"),
    # look-alikes: one breast suddenly bigger, tense, very painful; one side bigger; months on;
    # an implant told leaked with the shape changed; a belly that sloshes after a tummy tuck
    (
        URGENT,
        "day 4 after breast augmentation: my right breast is suddenly much bigger, tense and very"
        " painful, and I hear sloshing",
    ),
    (
        URGENT,
        "Tag 5 nach der Brust-OP: die rechte Brust ist plötzlich viel größer, gespannt und tut"
        " sehr weh, es gluckert",
    ),
    (
        URGENT,
        "day 4 after breast augmentation I hear a sloshing sound in my breast and the right one is"
        " bigger than the left",
    ),
    (URGENT, "après l'augmentation mammaire, un bruit de clapotis dans le sein droit qui a grossi"),
    (SOON, "8 months after my implants I hear sloshing in my left breast"),
    (SOON, "my implant leaked, the breast changed shape and is smaller now"),
    (
        SOON,
        "6 weeks after tummy tuck: when I walk my belly sloshes, feels like a water balloon above"
        " the scar",
    ),
    (SOON, "после абдоминопластики внизу живота булькает и переливается жидкость, стало больше"),
]

# A little spotting and a mildly bloated belly after an egg collection (HFEA / ESHRE).
EGG_COLLECTION: list[tuple[str, str]] = [
    (
        ROUTINE,
        "egg collection yesterday, a little bleeding and mild bloating, no fever, peeing"
        " normally, not breathless. can I go back to work tomorrow?",
    ),
    (
        ROUTINE,
        "Punktion gestern, etwas Blut beim Abwischen und der Bauch leicht gebläht. Kein Fieber,"
        " ich pinkle normal, keine Atemnot. Darf ich morgen wieder arbeiten?",
    ),
    (
        ROUTINE,
        "ponction avant-hier, encore de légères pertes de sang, ventre un peu gonflé, pas de"
        " fièvre. je peux conduire ?",
    ),
    (
        ROUTINE,
        "yumurta toplama dün yapıldı, biraz kanama var ve karnım hafif şişkin. ateş yok, idrarım"
        " normal, nefes darlığı yok. yarın işe dönebilir miyim?",
    ),
    (
        ROUTINE,
        "пункция вчера, немного кровянистых выделений и живот слегка вздут. температуры нет,"
        " мочусь нормально, одышки нет. можно завтра на работу?",
    ),
    (
        ROUTINE,
        "سحب البويضات امس، في شوية دم خفيف والبطن منفوخ شوي. ما في حرارة، البول طبيعي، ما في"
        " ضيق نفس. اقدر ارجع الشغل بكرة؟",
    ),
    # look-alikes: heavy bleeding, a tight belly with little urine and breathlessness, a fever
    (
        URGENT,
        "ponction hier, je saigne beaucoup, je remplis une serviette par heure. je peux reprendre"
        " le travail demain ?",
    ),
    (
        URGENT,
        "ponction hier, le ventre très gonflé et tendu, j'urine très peu et je suis essoufflée",
    ),
    (URGENT, "egg collection yesterday, heavy bleeding with clots, soaking a pad every hour"),
    (
        URGENT,
        "egg collection 2 days ago, my belly is swelling more, tight, and I'm short of breath",
    ),
    (URGENT, "ponction hier, petites pertes de sang, mais j'ai 39 de fievre"),
]

CASES = [*LIPO_SPOTS, *NUMB_SKIN, *BREAST_SOUND, *EGG_COLLECTION]


@pytest.mark.parametrize(("urgency", "text"), CASES)
def test_the_course_and_its_look_alikes(urgency: str, text: str) -> None:
    result = triage(text, stage="post_op", learned=False)
    assert (result.intent, result.urgency) == ("post_op_concern", urgency), (text, result)


@pytest.mark.parametrize("text", [text for urgency, text in CASES if urgency == ROUTINE])
def test_the_learned_detector_leaves_the_course_routine(text: str) -> None:
    result = triage(text, stage="post_op")
    assert (result.intent, result.urgency) == ("post_op_concern", ROUTINE), (text, result)
