# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The forty-fifth round's routine body courses held ``soon`` (flags45d, dev50), on our own
phrasings in six languages.

Cleared when the message asks the care routine or asks "is it normal?" with two warning signs
denied: lumps all over the treated belly or thighs, hard, numb or wavy, after liposuction or a
tummy tuck (ASPS / BAAPS 'Liposuction -- recovery'; ``complaints.LUMPY_AFTER_LIPO``); thin
pink, watery fluid from the liposuction holes in the first days (ASPS / BAAPS;
``complaints.PORT_FLUID``); a question about the pads, the dressing or the garment is a care
ask (``lexicon.CARE_ASK``); "acimiyor" (it does not hurt) negates itself as "agrimiyor" does.
What stays: the lumps with no sign denied, one lump, a lump growing, a tense belly, a hot red
patch, the breast; the fluid thick, cloudy or smelling, a look asked; fever and pus escalate.
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import triage

CASES: list[tuple[str, str]] = [
    (
        "routine",
        "day 8 after lipo, my belly is full of hard lumps and numb, no fever, no redness. is this normal?",
    ),
    (
        "routine",
        "Tag 9 nach der Fettabsaugung, der Bauch voller harter Knubbel, kein Fieber, keine Rötung. Ist das normal?",
    ),
    (
        "routine",
        "10 jours après la lipo, les cuisses pleines de bosses dures, pas de fièvre, pas de rougeur. c'est normal ?",
    ),
    (
        "routine",
        "lipodan sonra 8. gün bacaklarım yumru yumru, ateş yok, kızarıklık yok. ne zaman duş alabilirim?",
    ),
    (
        "routine",
        "неделя после липосакции, на животе комки и уплотнения. температуры нет, покраснения нет. это нормально?",
    ),
    ("routine", "بعد شفط الدهون باسبوع فخذي كلها كتل قاسية. ما في حرارة ولا احمرار. هل هذا طبيعي؟"),
    # the forty-eighth round's (flags48c): lumps after a named liposuction with nothing else
    # told are one course in every language, routine as the German "Knubbel" always was
    ("routine", "day 8 after lipo, my belly is full of hard lumps and numb. is this normal?"),
    ("soon", "day 8 after lipo, one hard lump in my belly, no fever, no redness. is this normal?"),
    (
        "urgent",
        "day 8 after lipo, my belly is full of hard lumps and the left side is bigger, no fever. is this normal?",
    ),
    (
        "soon",
        "Tag 9 nach der Fettabsaugung, der Bauch voller harter Knubbel und eine Stelle ist rot und heiß. Ist das normal?",
    ),
    (
        "soon",
        "10 jours après la lipo, les cuisses pleines de bosses dures, une bosse grossit, pas de fièvre. c'est normal ?",
    ),
    (
        "soon",
        "неделя после липосакции, на животе комки и уплотнения, и живот напряжён, температуры нет, покраснения нет. это нормально?",
    ),
    (
        "soon",
        "lipodan sonra 8. gün karnım yumru yumru ve ellerken çok acıyor, ateş yok. normal mi?",
    ),
    ("urgent", "lipodan sonra 8. gün karnım yumru yumru, ateşim 39, titreme var. normal mi?"),
    (
        "urgent",
        "بعد شفط الدهون باسبوع بطني كلها كتل قاسية وفي ريحة كريهة وصديد من الجرح. هل هذا طبيعي؟",
    ),
    (
        "soon",
        "day 8 after my breast surgery, hard lumps in my breast, no fever, no redness. is this normal?",
    ),
    (
        "routine",
        "liposuction 7. gün, bacaklarımda yumrular var ama ellerken acımıyor. ateş yok. kızarıklık yok. korseyi ne zaman çıkarabilirim?",
    ),
    (
        "soon",
        "liposuction 7. gün, bacaklarımda yumrular var ve ellerken acıyor. korseyi ne zaman çıkarabilirim?",
    ),
    (
        "routine",
        "day 2 after lipo, pink watery fluid is leaking from the little holes onto the pads. no smell, not thick. should I change the pads more often?",
    ),
    (
        "routine",
        "Tag 2 nach der Fettabsaugung läuft rosa wässrige Flüssigkeit aus den Einstichlöchern. Kein Geruch, kein Fieber. Soll ich die Kompressen öfter wechseln?",
    ),
    (
        "routine",
        "2 jours après la lipo, du liquide rosé coule des petits trous. Pas d'odeur, pas de fièvre. Dois-je changer les compresses plus souvent ?",
    ),
    (
        "routine",
        "lipodan sonra 2. gün deliklerden pembe sulu sıvı geliyor. koku yok, ateş yok. pedleri daha sık değiştireyim mi?",
    ),
    (
        "routine",
        "2 день после липосакции, из проколов течёт розоватая водянистая жидкость. запаха нет, температуры нет. менять прокладки чаще?",
    ),
    (
        "routine",
        "اليوم الثاني بعد شفط الدهون سائل وردي مائي يطلع من الفتحات. ما في ريحة ولا حرارة. اغير الفوط كل شوي؟",
    ),
    (
        "soon",
        "day 2 after lipo, pink watery fluid is leaking from the little holes. should I come in?",
    ),
    (
        "routine",
        "day 2 after lipo, pink watery fluid is leaking from the little holes onto the pads. should I change the pads more often?",
    ),
    (
        "soon",
        "day 4 after lipo, thick cloudy fluid leaking from the small holes. no fever. should I change the pads more often?",
    ),
    (
        "urgent",
        "2 jours après la lipo, du liquide rosé coule des petits trous, ça sent mauvais. Dois-je changer les compresses plus souvent ?",
    ),
    (
        "urgent",
        "Tag 2 nach der Fettabsaugung, eine Seite ist hart und prall geschwollen. Kein Fieber, keine Rötung. Soll ich die Kompressen öfter wechseln?",
    ),
    (
        "soon",
        "2 день после липосакции, из проколов течёт розоватая жидкость, и живот сильно напряжён и болит. температуры нет. менять прокладки чаще?",
    ),
    (
        "routine",
        "lipodan sonra 6. gün bacaklarım yumru yumru ama ellerken acımıyor. ateş yok. korseyi ne zaman çıkarabilirim?",
    ),
    (
        "soon",
        "lipodan sonra 6. gün bacaklarım yumru yumru ve ellerken acıyor. korseyi ne zaman çıkarabilirim?",
    ),
]


@pytest.mark.parametrize(("urgency", "text"), CASES)
def test_the_course_and_its_look_alikes(urgency: str, text: str) -> None:
    result = triage(text, stage="post_op", learned=False)
    assert (result.intent, result.urgency) == ("post_op_concern", urgency), (text, result)
