# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The forty-seventh round's urgency fixes (flags47a, dev52): a same-day review answered routine
and one escalated, each on our own phrasings in six languages, each beside look-alikes that must
behave the other way.

Held for a person the same day now: fluid told collecting under the skin, or a wave felt where
the patient presses (a seroma, ASPS / BAPRAS); the gum opened over a dental implant with a grey
or silver cover screw seen and the signs ruled out further on in a long message (Oral Health
Foundation / ITI) -- no longer the skin wound's dehiscence. Pus, a fever, a bleed, a breast or
a skin wound that gapes stay urgent.
"""

from __future__ import annotations

import pytest

from careflow_agents import redflags
from careflow_agents.triage import _Message, _told, triage
from tests.unit.agents import screening

# Fluid told collecting, or a wave felt when pressing: soon (seroma), by its catalogue entry.
SEROMA: list[str] = [
    "fluid is collecting just above the scar, it feels heavy, no redness and no fever",
    "when I press above the scar I feel a wave moving under the skin, no fever",
    "über der Narbe sammelt sich Flüssigkeit, es fühlt sich schwer an, keine Rötung, kein Fieber",
    "wenn ich über der Narbe drücke, spüre ich eine Welle, kein Fieber, keine Rötung",
    "du liquide s'accumule au-dessus de la cicatrice, c'est lourd, pas de rougeur ni de fièvre",
    "quand j'appuie au-dessus de la cicatrice je sens une vague sous la peau, pas de fièvre",
    "yaranın üstünde toplanmış bir sıvı var gibi, kızarıklık yok, ateş yok",
    "kasığın üstüne bastırınca dalga hissediyorum, kızarıklık yok, ateş yok",
    "над рубцом скапливается жидкость, тяжело, покраснения нет, температуры нет",
    "когда нажимаю над рубцом, чувствую волну под кожей, температуры нет",
    "فيه مية بتتجمع تحت السرة، ما فيه احمرار ولا حرارة",
    "في مي عم تتجمع فوق الجرح، ما في حرارة",
    "لما اكبس تحت السرة بحس بموجة، ما في احمرار",
    "يتجمع سائل تحت الجرح منذ يومين، لا يوجد احمرار ولا حرارة",
]

# ... a wave of nausea, of pain or of heat, a worry, a drain's output, no fluid: not the seroma.
SEROMA_QUIET: list[str] = [
    "when I press on my belly I get a wave of nausea, day 10 after tummy tuck, otherwise fine",
    "wenn ich auf den Bauch drücke, kommt eine Welle Übelkeit, sonst alles gut",
    "quand j'appuie sur le ventre j'ai une vague de nausée, sinon tout va bien",
    "karnıma bastırınca dalga dalga ağrı geliyor ama azalıyor",
    "когда нажимаю на живот, боль накатывает волнами, но уже меньше",
    "لما اضغط على بطني يجيني موجة الم خفيفة بس تخف",
    "I feel a heat wave when I press the binder, it's so hot here",
    "я волнуюсь, когда нажимаю на шов, но всё сухое и не болит",
    "im Drain sammelt sich noch Flüssigkeit, etwa 20 ml am Tag, normal?",
    "в дренаже собирается жидкость, мл 20 в день, это нормально?",
    "no fluid collecting, the belly is just firm and a bit swollen, day 10",
]

# The gum opened over a dental implant, a grey or silver part seen, the signs ruled out far from
# the opening: soon, read as the exposed cover screw, not as a skin wound's dehiscence.
IMPLANT_OPEN: list[str] = [
    "a stitch fell out yesterday and now the gum above my lower implant has a little gap where I"
    " see a silver thing, the taste in my mouth is a bit off since then, but no swelling at all"
    " and no temperature. can it wait for the control?",
    "ein Faden ist rausgefallen und das Zahnfleisch über dem hinteren Implantat ist etwas offen,"
    " ich sehe da etwas Silbernes. Ein komischer Geschmack im Mund, aber keine Schwellung und"
    " kein Fieber. Reicht das bis zur Kontrolle nächste Woche?",
    "un point de suture est tombé et la gencive au-dessus de l'implant du fond est un peu"
    " ouverte, je vois quelque chose de gris métallique. Un mauvais goût dans la bouche mais pas"
    " de gonflement et pas de fièvre. Ça peut attendre mon contrôle?",
    "bir dikiş düştü ve arkadaki implantın üstündeki diş eti biraz açıldı, gri gümüş bir şey"
    " görüyorum. ağzımda kötü bir tat var ama şişlik yok, ateş de yok. kontrolüme kadar"
    " bekleyebilir mi?",
    "выпал один шов, и десна над задним имплантом немного разошлась, вижу что-то серое,"
    " металлическое. Неприятный привкус во рту, но отёка нет и температуры нет. Можно дождаться"
    " осмотра на следующей неделе?",
    "طاحت غرزة واللثة فوق الزرعة اللي ورا انفتحت شوي، اشوف شي فضي او رمادي. فيه طعم مو حلو"
    " بفمي بس ما فيه انتفاخ ولا حرارة. يصير انتظر لموعدي الاسبوع الجاي؟",
]

# ... two stitches out behind the implant, the signs ruled out at the end of a long message:
# not the skin wound's dehiscence (the mouth's opening is a same-day look).
GUM_OPEN_LONG: list[str] = [
    "two of the stitches came out behind my lower implant and the gum there has opened a little,"
    " the metal cap shows and it tastes odd in my mouth; otherwise there is no pain and no"
    " swelling at all",
]

# Pus, a fever, a breast or a skin wound that gapes or opens: urgent, whatever the mouth says.
STILL_URGENT: list[tuple[str, str]] = [
    (
        "a stitch fell out and the gum over my implant is open, I see something silver. there is"
        " pus coming out and a bad taste, no fever though",
        "pus",
    ),
    (
        "a stitch fell out and the gum over my implant is open, I see something silver. tonight I"
        " have 38.6 fever",
        "high_fever",
    ),
    (
        "ein Faden ist rausgefallen und das Zahnfleisch über dem Implantat ist offen, da kommt"
        " Eiter raus und es schmeckt schlecht, Fieber hab ich keins",
        "pus",
    ),
    (
        "la gencive au-dessus de l'implant s'est ouverte, je vois du gris, et j'ai 38,7 de fièvre"
        " depuis ce soir",
        "high_fever",
    ),
    (
        "implantın üstündeki diş eti açıldı, gri bir şey görünüyor, iltihap akıyor ve yanağım şişti",
        "pus",
    ),
    ("десна над имплантом разошлась, видно серое, идёт гной и щека опухает всё больше", "pus"),
    ("اللثة فوق الزرعة انفتحت واشوف شي فضي، يطلع صديد وخدي منتفخ ويزيد", "pus"),
    (
        "the stitches came out of my tummy tuck scar and the wound is gaping, I can see something"
        " yellow inside, no fever, no redness at all, no swelling, just worried",
        "wound_dehiscence",
    ),
    (
        "one of the stitches came out and the wound under my breast looks open, I can see"
        " something white inside. no fever, no swelling, no redness. is that ok until next week?",
        "wound_dehiscence",
    ),
    (
        "the stitches came out and the wound on my thigh opened a bit since this morning, my teeth"
        " are chattering from cold but honestly no fever, no swelling, no pain, nothing else",
        "wound_dehiscence",
    ),
]


@pytest.mark.parametrize("text", SEROMA)
def test_fluid_collecting_or_a_wave_when_pressed_is_seen_today(text: str) -> None:
    screening.assert_soon_by_the_rules(text)
    result = triage(text, stage="post_op", learned=False)
    assert result.intent == "post_op_concern", (text, result)


@pytest.mark.parametrize("text", SEROMA_QUIET)
def test_a_wave_of_pain_or_nausea_a_drain_or_no_fluid_is_not_the_seroma(text: str) -> None:
    screening.assert_not_urgent_by_the_rules(text)
    flag = redflags.BY_ID["fluid_collection_review"]
    assert not _told(_Message(text), flag)[0], text


@pytest.mark.parametrize("text", IMPLANT_OPEN)
def test_a_gum_opened_over_an_implant_with_a_grey_screw_is_soon(text: str) -> None:
    screening.assert_soon_by_the_rules(text)
    assert _told(_Message(text), redflags.BY_ID["implant_exposed_review"])[0], text
    screening.assert_not_read_as(text, "wound_dehiscence")


@pytest.mark.parametrize("text", GUM_OPEN_LONG)
def test_gum_stitches_out_with_signs_denied_far_on_are_not_a_dehiscence(text: str) -> None:
    screening.assert_soon_by_the_rules(text)
    screening.assert_not_read_as(text, "wound_dehiscence")


@pytest.mark.parametrize(("text", "flag"), STILL_URGENT)
def test_pus_fever_a_breast_or_a_skin_wound_stay_urgent(text: str, flag: str) -> None:
    screening.assert_urgent(text, flag)
