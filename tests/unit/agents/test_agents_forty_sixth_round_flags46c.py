# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The forty-sixth round's routine body courses held ``soon`` or escalated (flags46c, dev51), on
our own phrasings in six languages.

- A belly swollen by the evening ("like four months pregnant") and flat again in the morning is
  the swelling of the weeks after a tummy tuck (ASPS), no OHSS: a ``not_in`` of ``ohss_abdomen``
  (``redflags._BELLY_EVENING_ONLY``) unless an egg collection, hard, tense, growing, one side,
  sudden, breath, urine, vomiting, fever or a severe pain is told.
- Gas pains after a sleeve (ASMBS, NHS; ``complaints.GAS_PAIN``) are ordinary healing.
- The sleeve ("рукав") is no arm, the heavy thing lifted no heaviness felt
  (``complaints.LIFTING_HEAVY``), and the gym or lifting is a care question (ASMBS).
- "quand je bouge" (when I move) is the patient moving, not the implant.
- Hard lumps under the skin with the adjective in any language are induration (ASPS), unless
  told growing, red or hot; the look told alarming ("sieht wild aus") asks whether it is normal.
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import red_flags, triage

CASES: list[tuple[str, str]] = [
    # the belly swollen by the evening, flat in the morning
    (
        "soon",
        "le soir j'ai le ventre gonflé comme enceinte de 5 mois mais au réveil il est plat, la cicatrice est rose. c'est grave ?",
    ),
    (
        "routine",
        "by the evening my belly is so swollen I look 5 months pregnant, but in the morning it's flat again. is that normal? no fever, no pain",
    ),
    (
        "routine",
        "akşamları karnım 4 aylık hamile gibi şişiyor, sabahları dümdüz oluyor. ateş yok, ağrı yok. normal mi?",
    ),
    (
        "routine",
        "بالليل بطني ينتفخ زي الحامل في الشهر الرابع والصبح يرجع مسطح. ما في حرارة ولا وجع. طبيعي؟",
    ),
    (
        "soon",
        "abends ist mein Bauch aufgebläht wie im 4. Monat schwanger, morgens ist er wieder flach. kein Fieber, keine Schmerzen. ist das normal?",
    ),
    (
        "urgent",
        "my belly is hard and swollen like I'm pregnant and I keep vomiting, it was flat in the morning",
    ),
    (
        "urgent",
        "le soir le ventre est tout gonflé comme enceinte, le matin il est plat, mais j'ai 38,9 de fièvre",
    ),
    (
        "urgent",
        "le soir le ventre est tout gonflé comme enceinte, le matin il est plat, mais maintenant je vomis",
    ),
    ("urgent", "mon ventre gonfle de plus en plus chaque jour, comme enceinte, même le matin"),
    (
        "urgent",
        "by the evening my belly looks pregnant and it stays like that in the morning, hard and tight",
    ),
    (
        "urgent",
        "le soir mon ventre est gonflé comme enceinte, le matin il est plat. après ma ponction ovarienne",
    ),
    (
        "urgent",
        "abends ist der Bauch dick wie schwanger, morgens flach, aber er ist hart wie ein Brett und ich muss mich übergeben",
    ),
    ("urgent", "بطني بالليل منفوخ زي الحامل والصبح يرجع مسطح، بس فيه ترجيع"),
    ("urgent", "d'un coup le côté gauche du ventre a gonflé, dur et très douloureux"),
    # gas pains after a sleeve, beside a diet question
    (
        "routine",
        "two weeks after my sleeve: when can I start soft foods? no vomiting, no fever, just a bit of gas pain",
    ),
    (
        "routine",
        "zwei Wochen nach dem Schlauchmagen: wann darf ich pürierte Kost essen? kein Erbrechen, kein Fieber, nur etwas Blähungsschmerzen",
    ),
    (
        "routine",
        "deux semaines après la sleeve, quand est-ce que je peux passer aux purées ? pas de vomissements, pas de fièvre, juste des douleurs de gaz",
    ),
    (
        "routine",
        "tüp mide 12. gün, ne zaman yumuşak gıdaya geçebilirim? kusma yok, ateş yok, biraz gaz sancısı var",
    ),
    (
        "routine",
        "две недели после рукава, когда можно переходить на пюре? рвоты нет, температуры нет, только немного болит от газов",
    ),
    (
        "routine",
        "اسبوعين بعد التكميم متى اقدر ابدا بالاكل المهروس؟ ما في ترجيع ولا حرارة، بس شوية وجع غازات",
    ),
    (
        "soon",
        "two weeks after my sleeve, gas pain and my belly is hard, no stool for 4 days. when can I eat puree?",
    ),
    (
        "urgent",
        "sleeve 14. gün, gaz sancısı var ama karnım sert ve gaz çıkaramıyorum, kaka yapamadım. püreye geçebilir miyim?",
    ),
    ("urgent", "sleeve 14. gün sürekli kusuyorum, hiçbir şey duramıyor, gaz sancısı da var"),
    (
        "urgent",
        "две недели после рукава, сильные боли от газов и живот твёрдый, когда можно пюре?",
    ),
    # the gym and lifting after a sleeve
    (
        "routine",
        "Через месяц после рукава можно в зал и поднимать тяжести? Всё хорошо, вес уходит",
    ),
    ("routine", "Cherez skolko posle rukava mozhno v zal i podnimat tyazheloe? vse horosho"),
    ("routine", "после липосакции рук когда можно поднимать тяжёлое? всё хорошо"),
    (
        "routine",
        "one month after my sleeve, when can I go back to the gym and carry heavy bags?",
    ),
    (
        "routine",
        "wie lange nach der Magenverkleinerung kein Krafttraining? mir geht es gut",
    ),
    (
        "routine",
        "combien de temps après la sleeve avant de retourner à la salle de muscu ? tout va bien",
    ),
    ("routine", "tüp mide ameliyatından sonra ne zaman ağır kaldırabilirim? her şey yolunda"),
    ("routine", "بعد عملية التكميم بشهر ينفع اشيل حاجات تقيلة؟ الحمد لله كويسة"),
    ("soon", "после липосакции рук руки тяжёлые и опухли"),
    ("soon", "my arms feel heavy and swollen after the lipo"),
    ("urgent", "после рукава болит живот и температура 38, можно в зал?"),
    # "when I move" is the patient moving
    (
        "routine",
        "j'entends des bruits de glouglou dans le sein quand je bouge, pas de rougeur, pas de fièvre, les deux pareils",
    ),
    ("soon", "j'entends un glouglou quand je bouge dans le sein et il grossit de jour en jour"),
    (
        "urgent",
        "j'entends des bruits de glouglou dans le sein gauche, il est rouge et chaud et j'ai 38,5 de fièvre",
    ),
    (
        "urgent",
        "Tag 6 nach der Brust-OP: Gluckern in der rechten Brust, sie ist plötzlich viel größer und gespannt",
    ),
    ("urgent", "my right breast is suddenly twice the size of the left and tight"),
    # hard lumps under the skin, the look told alarming
    (
        "routine",
        "two weeks after my tummy tuck the skin above the scar is totally numb and there are hard lumps under the skin, looks wild. no redness, nothing leaking, no fever",
    ),
    (
        "routine",
        "15 jours après l'abdominoplastie, la peau au-dessus de la cicatrice est insensible avec des petites boules dures sous la peau, c'est flippant. pas de rougeur, pas de fièvre",
    ),
    (
        "routine",
        "karın germe sonrası 15. gün yara izinin üstü tamamen uyuşuk, cilt altında sert yumrular var, acayip görünüyor. kızarıklık yok, ateş yok",
    ),
    (
        "routine",
        "بعد شد البطن باسبوعين الجلد فوق الجرح مخدر وفي كتل قاسية تحت الجلد، شكله مرعب. ما في احمرار ولا حرارة",
    ),
    (
        "routine",
        "Über der Narbe ist die Haut ganz taub, harte Knubbel unter der Haut, sieht krass aus. Keine Rötung, kein Fieber",
    ),
    (
        "soon",
        "Über der Narbe ist die Haut taub und es gibt harte Knubbel unter der Haut, sieht wild aus.",
    ),
    (
        "soon",
        "Über der Narbe harte Knubbel unter der Haut, sieht wild aus. Die Narbe ist rot und heiß, kein Fieber",
    ),
    (
        "soon",
        "Über der Narbe ein harter Knubbel unter der Haut, der wächst, sieht wild aus. Keine Rötung, kein Fieber",
    ),
    (
        "soon",
        "harte Knubbel unter der Haut, sieht wild aus, ich mache mir Sorgen. Keine Rötung, kein Fieber",
    ),
    ("urgent", "the wound looks wild, pus is coming out, no fever"),
]


@pytest.mark.parametrize(("urgency", "text"), CASES)
def test_the_course_and_its_look_alikes(urgency: str, text: str) -> None:
    result = triage(text, stage="post_op", learned=False)
    assert (result.intent, result.urgency) == ("post_op_concern", urgency), (text, result)


@pytest.mark.parametrize(
    "text",
    [
        "le soir j'ai le ventre tout gonflé comme enceinte de 4 mois alors que le matin il est plat",
        "akşamları karnım hamile gibi şişiyor, sabahları dümdüz",
    ],
)
def test_the_evening_belly_is_no_ohss(text: str) -> None:
    assert "ohss_abdomen" not in red_flags(text)[0]
