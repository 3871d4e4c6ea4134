# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The forty-fourth round's urgency fixes (flags44a, dev49): four same-day reviews escalated or
missed and two pre-op look-alikes escalated, each on our own phrasings in six languages, each
beside look-alikes that must behave the other way.

Escalated instead of a same-day review: "can't drink more than a litre" after a sleeve, read as
nothing kept down (ASMBS, NHS); a soft pocket that moves on the side grown bigger after a
liposuction, read as an expanding haematoma (ASPS, BAAPS: a seroma); the opened gum stitch over a
dental implant with "a bit of metal" showing, signs ruled out (ITI / Oral Health Foundation: the
cover screw). Missed: a stitch end sticking out with the skin around it pink or tender (NHS
'Caring for your wound'). Escalated for nothing: a faint or a bleed told of a relative's
operation, and a faint at needles, before an operation. And two probes: "everything comes back
up" read as vomiting (not the sight gone dark on "my pee is dark"), and the Arabic now-words of
the pre-op questions as whole words.
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import triage
from tests.unit.agents import screening

# A faint or a bleed told of somebody else's operation, before one's own: an enquiry.
RELATIVE_STORY: list[str] = [
    "Thinking about a facelift. A friend of mine fainted twice after hers. Is that common?",
    "Ich überlege eine Bauchdeckenstraffung. Meine Schwester hatte danach starke Blutungen. Wie oft passiert das?",
    "Je pense à une abdominoplastie. Ma mère s'est évanouie après la sienne. C'est fréquent ?",
    "Karın germe düşünüyorum. Ablam ameliyattan sonra bayılmış. Bu sık olur mu?",
    "Думаю о подтяжке. Подруга после операции потеряла сознание. Это часто бывает?",
    "بفكر اعمل شد بطن. اختي اغمى عليها بعد عمليتها. هل هذا شي عادي؟",
]

# ... a faint at needles or at the sight of blood: a trait for the anaesthetist.
NEEDLE_PHOBIA: list[str] = [
    "I faint at the sight of needles, is that a problem for the anaesthesia?",
    "Beim Blutabnehmen werde ich immer ohnmächtig, ist das ein Problem?",
    "Je tombe dans les pommes à la vue d'une aiguille, c'est un souci ?",
    "İğne görünce bile bayılırım, narkoz için sorun olur mu?",
    "Я падаю в обморок от уколов, это проблема для наркоза?",
    "بيغمى علي من الابرة، هل هذا مشكلة في التخدير؟",
]

# ... but the patient's own faint now, a relative beside: urgent for fainting.
FAINT_NOW: list[str] = [
    "I passed out this morning and my sister called you.",
    "Ich bin heute ohnmächtig geworden, meine Schwester ist bei mir.",
    "Je me suis évanouie ce matin, ma soeur est avec moi.",
    "Bugün bayıldım, ablam yanımda.",
    "Я сегодня потеряла сознание, сестра рядом.",
    "انا اغمى علي اليوم واختي معي",
    "I fainted today after the blood test, should I still come?",
]

# A stitch end sticking out, the skin around pink or tender: soon, never routine.
STITCH_POKING: list[str] = [
    "Facelift last week: behind my right ear a bit of stitch is poking out and the skin around it is pink and a little tender, no pus.",
    "Hinter dem Ohr schaut ein Faden raus, die Haut drumherum ist etwas gerötet und empfindlich, kein Eiter.",
    "Sous le menton un bout de fil dépasse, c'est un peu rouge autour et sensible, pas de pus.",
    "Kulağımın arkasında dikiş ucu çıkmış, etrafı biraz kızarık ve hassas, iltihap yok.",
    "За ухом нитка торчит, кожа вокруг розовая и немного болит, гноя нет.",
    "ورا اذني خيط طالع والجلد حواليه محمر شوي وبيوجع، ما فيه صديد",
]

# ... the same thread with nothing around it, or a stitch only asked about: routine.
STITCH_QUIET: list[str] = [
    "A bit of thread is poking out behind my ear, it's not red and doesn't hurt. Can I cut it?",
    "Un bout de fil dépasse derrière l'oreille, pas rouge, pas douloureux, je peux le couper ?",
    "Dikiş ucu çıkmış, kızarıklık yok, ağrı yok, kesebilir miyim?",
    "Нитка торчит за ухом, не красная, не болит. Можно отрезать?",
    "When will my stitches be removed? Are they dissolvable?",
]

# Fluids going down in an amount, no vomiting, dark urine after a sleeve: soon.
DRINKS_AN_AMOUNT: list[str] = [
    "سويت تكميم قبل اسبوع، ما اقدر اشرب فوق كاسين باليوم، ما فيه استفراغ بس البول غامق",
    "تكميم من ٨ ايام، ما أقدر أشرب أكثر من نص لتر، عندي لعيان بس ما أرجع",
    "Sleeve 8 days ago, I can't drink more than a litre a day, a bit nauseous but not vomiting, pee is dark.",
    "Sleeve il y a 8 jours, je n'arrive pas à boire plus d'un litre par jour, nausée mais pas de vomissement, urines foncées.",
    "Рукав 8 дней назад, не могу выпить больше литра в день, подташнивает, но не рвёт, моча тёмная.",
]

# ... nothing down, no urine, dizziness, everything back: urgent for the sign named.
DRINKS_URGENT: list[tuple[str, str]] = [
    ("بعد التكميم ٨ أيام، ما أقدر أشرب ولا حتى مي، كل شي يرجع", "vomiting_abdominal"),
    ("بعد التكميم ما اقدر اشرب اكثر من لتر، بس صار لي يوم ما بولت ابدا", "vomiting_abdominal"),
    ("بعد التكميم ما اقدر اشرب اكثر من لتر وادوخ لما اوقف", "vomiting_abdominal"),
    ("بعد التكميم ما اقدر اشرب اكثر من كاسين وكل شي يرجع", "vomiting_abdominal"),
    ("بعد التكميم ما اقدر اشرب، استفرغ طول الوقت والبول قليل جدا", "low_urine_output"),
    ("everything comes back up, and my pee is dark", "vomiting_abdominal"),
    ("whatever I drink comes straight back up", "vomiting_abdominal"),
]

# One side bigger as a soft pocket that moves, not red, no fever: soon (a seroma).
SOFT_POCKET: list[str] = [
    "Lipo of the flanks 6 days ago, the left side is more swollen than the right since yesterday, a soft pocket that wobbles when I press, not red, no fever.",
    "Fettabsaugung an den Flanken vor 6 Tagen, die linke Seite ist dicker als die rechte, eine weiche Beule, die sich bewegt, nicht rot, kein Fieber.",
    "Lipo du ventre il y a une semaine, le côté droit a gonflé plus que le gauche, une boule molle qui bouge, pas rouge.",
    "Yan liposuction 6 gün önce, sol taraf sağdan daha şiş, yumuşak bir kese gibi oynuyor, kızarıklık yok, ateş yok.",
    "Липосакция боков 6 дней назад, левая сторона больше правой, мягкий мешочек, перекатывается, не красная, температуры нет.",
]

# ... tense, hard, fast or hot: urgent for breast_haematoma.
POCKET_URGENT: list[str] = [
    "Facelift yesterday, the left side of my neck is much bigger than the right, a soft pocket that moves, but now it is tense and very painful.",
    "Lipo 6 jours, le côté gauche gonfle plus que le droit, une poche molle qui bouge mais elle devient dure et tendue.",
    "Lipo 6 jours, le côté gauche a gonflé d'un coup, très dur, tendu, et très douloureux.",
]

# The gum stitch over a dental implant opened, a bit of metal showing, signs ruled out: soon.
IMPLANT_METAL: list[str] = [
    "The stitch over my implant opened and a small bit of metal is showing, no pain, no swelling.",
    "Die Naht über dem Implantat ist aufgegangen, man sieht ein kleines Stück Metall, keine Schmerzen, keine Schwellung.",
    "Le point au-dessus de l'implant s'est ouvert et on voit un petit bout de métal, pas de douleur, pas de gonflement.",
    "İmplantın üstündeki dikiş açıldı, küçük bir metal görünüyor, ağrı yok, şişlik yok.",
    "Шов над имплантом разошёлся, видно кусочек металла, не болит, отёка нет.",
    "الخياطة فوق الزرعة اتفتحت وباين شوية حديد، ما فيه ألم ولا انتفاخ",
]

# ... the floor of the mouth swelling, swallowing or breathing hard, a bleed, a breast implant:
# urgent for the sign named.
IMPLANT_URGENT: list[tuple[str, str]] = [
    (
        "The stitch over my implant opened and a bit of metal shows, now the floor of my mouth is swollen and I can't swallow properly.",
        "airway_swallowing",
    ),
    (
        "Шов над имплантом разошёлся, видно металл, и опухоль растёт на шею, трудно дышать.",
        "breathing_difficulty",
    ),
    (
        "The stitch over my breast implant opened and I can see the implant, no pain.",
        "wound_dehiscence",
    ),
    ("الغرزة فوق الزرعة انفكت وفيه نزيف ما يوقف، مفيش وجع", "heavy_bleeding"),
]

# The Arabic now-words as whole words: "ده" is not read inside "الدهون".
PREOP_AR_FAT: list[str] = [
    "بتنزف الدهون كتير؟",
    "بينزف كتير بعد شفط الدهون؟",
]


@pytest.mark.parametrize("text", RELATIVE_STORY + NEEDLE_PHOBIA)
def test_a_relatives_story_or_a_needle_phobia_before_an_operation_is_no_red_flag(text: str) -> None:
    result = triage(text, stage="quoted", learned=False)
    assert (result.urgency, result.red_flags) == ("routine", ()), (text, result)


@pytest.mark.parametrize("text", FAINT_NOW)
def test_ones_own_faint_now_stays_urgent(text: str) -> None:
    result = triage(text, stage="quoted", learned=False)
    assert result.urgency == "urgent", (text, result)
    assert "fainting" in result.red_flags, (text, result.red_flags)


@pytest.mark.parametrize("text", STITCH_POKING)
def test_a_stitch_poking_out_with_pink_tender_skin_is_seen_today(text: str) -> None:
    screening.assert_soon_by_the_rules(text)


@pytest.mark.parametrize("text", STITCH_QUIET)
def test_a_quiet_stitch_end_or_a_stitch_question_stays_routine(text: str) -> None:
    screening.assert_routine_by_the_rules(text)


@pytest.mark.parametrize("text", DRINKS_AN_AMOUNT)
def test_fluids_going_down_in_an_amount_is_seen_today(text: str) -> None:
    screening.assert_soon_by_the_rules(text)
    screening.assert_not_read_as(text, "vomiting_abdominal")


@pytest.mark.parametrize(("text", "flag"), DRINKS_URGENT)
def test_nothing_down_no_urine_or_dizziness_stays_urgent(text: str, flag: str) -> None:
    screening.assert_urgent(text, flag)
    screening.assert_not_read_as(text, "vision_loss")


@pytest.mark.parametrize("text", SOFT_POCKET)
def test_a_soft_pocket_that_moves_is_seen_today(text: str) -> None:
    screening.assert_soon_by_the_rules(text)
    screening.assert_not_read_as(text, "breast_haematoma")


@pytest.mark.parametrize("text", POCKET_URGENT)
def test_a_tense_hard_or_fast_side_stays_urgent(text: str) -> None:
    screening.assert_urgent(text, "breast_haematoma")


@pytest.mark.parametrize("text", IMPLANT_METAL)
def test_metal_showing_at_a_dental_implant_is_seen_today(text: str) -> None:
    screening.assert_soon_by_the_rules(text)
    screening.assert_not_read_as(text, "wound_dehiscence")


@pytest.mark.parametrize(("text", "flag"), IMPLANT_URGENT)
def test_swelling_swallowing_bleeding_or_a_breast_implant_stay_urgent(text: str, flag: str) -> None:
    screening.assert_urgent(text, flag)


@pytest.mark.parametrize("text", PREOP_AR_FAT)
def test_the_arabic_question_about_fat_is_no_red_flag(text: str) -> None:
    result = triage(text, stage="quoted", learned=False)
    assert (result.urgency, result.red_flags) == ("routine", ()), (text, result)


@pytest.mark.parametrize(
    ("text", "stage", "expected"),
    [
        (
            "بعد التكميم ٨ أيام، ما أقدر أشرب أكثر من لتر باليوم، عندي غثيان بس ما أستفرغ، والبول لونه غامق. كيف أزيد السوائل؟",
            "post_op",
            ("post_op_concern", "soon"),
        ),
        (
            "الغرزة اللي فوق الزرعة انفكت وبان حتة معدن صغيرة، مفيش وجع ولا ورم. أعمل إيه؟",
            "post_op",
            ("post_op_concern", "soon"),
        ),
        (
            "lipo flancs il y a 6 jours, depuis 2 jours le cote gauche gonfle plus que le droit, ca fait une poche molle qui bouge, pas rouge, pas de fievre",
            "post_op",
            ("post_op_concern", "soon"),
        ),
        (
            "derriere l'oreille gauche un petit bout de fil depasse et la peau autour est rose, un peu sensible, pas de pus, pas de fievre",
            "post_op",
            ("post_op_concern", "soon"),
        ),
        (
            "Before I commit to the tummy tuck - how much pain and bleeding should I expect in the first week? My sister nearly passed out after hers. And I'm on blood thinners for my heart, would I have to stop them before?",
            "quoted",
            ("treatment_enquiry", "routine"),
        ),
        (
            "gogus protezi cok acitir mi ya? ameliyattan sonra kanama olur mu dren takiliyo mu? ben igneden bile bayiliyorum o yuzden soruyorum",
            "quoted",
            ("treatment_enquiry", "routine"),
        ),
    ],
)
def test_the_dev49_messages_read_as_labelled(
    text: str, stage: str, expected: tuple[str, str]
) -> None:
    """The six dev49 messages of this brief, as labelled (intent and urgency)."""
    result = triage(text, stage=stage)
    assert (result.intent, result.urgency) == expected, (text, result)
