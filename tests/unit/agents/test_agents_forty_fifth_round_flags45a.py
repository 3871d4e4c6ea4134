# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The forty-fifth round's urgency fixes (flags45a, dev50): four same-day reviews answered
routine and one escalated, each on our own phrasings in six languages, each beside look-alikes
that must behave the other way.

Answered routine: a dental implant's cover screw or healing cap seen through the gum (ITI / Oral
Health Foundation); a drink coming out of the nose after an upper implant or extraction, an
opening into the sinus (BAOMS); a nasal splint come loose at one end before the visit (ASPS /
BAAPS); a small piece of the scar opening, its size told before the verb (NHS 'Caring for your
wound'). Escalated: a suture opened a few millimetres with clear fluid and a Russian "не
красный" (not red) -- the sign denied by "не" now counts as denied.
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import triage
from tests.unit.agents import screening

# A dental implant's cover screw, healing cap or a bit of its metal seen: soon, never routine.
IMPLANT_SEEN: list[str] = [
    "Implant placed 5 days ago, the gum stitch came out and now I can see the little screw of the implant. Not bleeding, not swollen.",
    "Zahnimplantat vor 6 Tagen: man sieht jetzt die Einheilkappe vom Implantat, die Naht ist weg. Keine Schwellung.",
    "Depuis hier on voit la vis de l'implant à travers la gencive, pas de saignement, pas de gonflement.",
    "İmplantın vidası görünüyor, dikiş düşmüş, kanama yok, şişlik yok.",
    "Вижу металлический винтик импланта, шов выпал. Крови нет, отёка нет.",
    "الغرزة طاحت وصار باين مسمار الزرعة، ما فيه دم ولا ورم",
    "The implant's healing cap is showing through the gum since this morning, a bit sore, no swelling.",
]

# ... the implant only asked about, or the gum told closed: routine.
IMPLANT_QUIET: list[str] = [
    "The stitch came out over my implant, the gum looks closed and fine, nothing showing. Is that ok?",
    "When can I eat normally after the implant?",
]

# ... a bleed that does not stop or a breast implant seen: urgent.
IMPLANT_URGENT: list[tuple[str, str]] = [
    (
        "I can see the metal of the implant and my gum is bleeding heavily, it won't stop",
        "heavy_bleeding",
    ),
    (
        "Breast augmentation 10 days ago, I can see the implant through the wound",
        "wound_dehiscence",
    ),
]

# A drink coming out of the nose after an upper implant or extraction: soon.
SINUS_OPENING: list[str] = [
    "After my upper implant, when I drink water some comes out of my nose.",
    "Seit der Extraktion oben links kommt beim Trinken Wasser aus der Nase.",
    "Depuis l'extraction de la dent du haut, quand je bois l'eau ressort par le nez.",
    "Üst dişimi çektirdim, su içince burnumdan geliyor.",
    "После удаления верхнего зуба при питье вода выливается из носа.",
    "بعد خلع الضرس اللي فوق لما اشرب مويه تطلع من خشمي",
]

# ... the drink denied, or a straw asked about after a rhinoplasty: routine.
SINUS_QUIET: list[str] = [
    "Après l'implant, quand je bois rien ne sort par le nez, tout va bien. Quand puis-je manger normalement?",
    "Rhinoplasty 5 days ago, can I drink water with a straw?",
]

# A nasal splint come loose at one end before the visit: soon.
SPLINT_LOOSE: list[str] = [
    "Rhinoplasty day 5: the splint came loose at one end and moves when I touch it, no bleeding.",
    "Nasen-OP vor 5 Tagen, die Schiene löst sich an einer Seite und wackelt.",
    "Rhinoplastie il y a 5 jours, l'attelle se décolle d'un côté, pas de saignement.",
    "Burun ameliyatı 5 gün önce, atel bir ucundan kalktı ve oynuyor, kanama yok.",
    "После ринопластики лангета на носу отходит с одного края, крови нет.",
    "الجبس اللي على خشمي ارتخى من جهة وصار يتحرك، ما في دم",
]

# ... the splint removed by the clinic as planned, or told firm: routine.
SPLINT_QUIET: list[str] = [
    "Rhinoplasty: the surgeon removed the splint today as planned, nose looks good. When can I wear glasses?",
    "Rhinoplasty day 5: the splint is not loose, it doesn't move. When can I wear glasses?",
    "Burun ameliyatı: atel yerinde, oynamıyor. Ne zaman duş alabilirim?",
]

# A small piece of the scar opening, its size before the verb, infection denied: soon.
SMALL_OPENING: list[str] = [
    "Tummy tuck 10 days: in the middle of the scar a 1 cm spot opens, pink and moist, no fever, no smell.",
    "Bauchstraffung: in der Mitte der Narbe ist eine Stelle von etwa 1 cm, die aufgeht, nicht rot.",
    "Abdominoplastie : sur la cicatrice un endroit de 1 cm environ s'ouvre, rose au fond, pas de fièvre.",
    "Karın germe: yaranın ortasında 1 cm kadar bir yer açıldı, ateş yok.",
    "Абдоминопластика: посередине шрама участок около 1 см открылся, температуры нет.",
    "شد البطن: في نص الجرح حوالي ١ سم انفتح، ما في حرارة",
]

# A suture opened a few millimetres, clear fluid, a Russian sign denied by "не": soon.
SMALL_GAP_NOT_RED: list[str] = [
    "После подтяжки шов у виска разошёлся, миллиметра 2, сочится прозрачным, не красный, не горячий.",
    "Шов на подбородке разошёлся на 3 миллиметра, не болит, не пахнет.",
]

# ... a wound that gapes, shows fat, bleeds, or comes with pus or a fever: urgent.
WOUND_URGENT: list[tuple[str, str]] = [
    ("The scar opened wide, I can see fat, bleeding.", "wound_dehiscence"),
    ("The wound opened about 1 cm and there is pus and I have a fever of 39.", "pus"),
    (
        "Шов за ухом разошёлся на 3 миллиметра, не красный, но кровь течёт и не останавливается.",
        "heavy_bleeding",
    ),
    ("Шов за ухом разошёлся, рана зияет, гной.", "pus"),
    ("Шов за ухом разошёлся немного, не болит.", "wound_dehiscence"),
]


@pytest.mark.parametrize("text", IMPLANT_SEEN)
def test_an_implant_screw_or_cap_seen_is_seen_today(text: str) -> None:
    screening.assert_soon_by_the_rules(text)
    screening.assert_not_read_as(text, "wound_dehiscence")


@pytest.mark.parametrize("text", IMPLANT_QUIET + SINUS_QUIET + SPLINT_QUIET)
def test_the_quiet_look_alikes_stay_routine(text: str) -> None:
    screening.assert_routine_by_the_rules(text)


@pytest.mark.parametrize(("text", "flag"), IMPLANT_URGENT + WOUND_URGENT)
def test_a_bleed_a_breast_implant_a_gaping_wound_pus_or_fever_stay_urgent(
    text: str, flag: str
) -> None:
    screening.assert_urgent(text, flag)


@pytest.mark.parametrize("text", SINUS_OPENING + SPLINT_LOOSE + SMALL_OPENING + SMALL_GAP_NOT_RED)
def test_a_sinus_opening_a_loose_splint_or_a_small_opening_is_seen_today(text: str) -> None:
    screening.assert_soon_by_the_rules(text)


@pytest.mark.parametrize(
    ("text", "urgency"),
    [
        ("Finger surgery: the splint came loose and moves.", "soon"),
        ("My scar is 10 cm long and looks fine, when can I swim?", "routine"),
    ],
)
def test_other_splints_and_a_scar_length_are_not_these_reviews(text: str, urgency: str) -> None:
    result = triage(text, stage="post_op", learned=False)
    assert result.urgency == urgency, (text, result)
    assert not result.red_flags, (text, result.red_flags)
