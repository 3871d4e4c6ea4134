# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The forty-first round's general fixes for urgency (issue 10, dev46): red flags and same-day
reviews, each on our own phrasings in six languages, not dev46's, each beside a look-alike that
must behave the other way.

What was missed as an emergency: a low blood glucose measured on a meter after a sleeve, told
with trembling, sweating and not being able to concentrate (post-bariatric hypoglycaemia, late
dumping: ASMBS / BOMSS, NHS 'Low blood sugar (hypoglycaemia)' -- below 3.9 mmol/L, 70 mg/dL or
0.7 g/L with shaking, sweating, confusion or feeling faint is treated at once); the catalogue had
no reading of a glucose at all. What was escalated for nothing: pus told in small pimples or
pustules weeks after a hair transplant, with no fever, smell or spreading redness (folliculitis,
ISHRS and NHS 'Folliculitis': seen the same day), and the Arabizi "el 7arara 37.8" read as a
fever as the Arabic-script "حرارتي 37.8" never was. What nobody would have seen: a feeling of
something in the eye that does not pass days after LASIK (AAO, RCOphth: the same-day check; the
dryness and grit of the first weeks stay routine).
"""

from __future__ import annotations

import pytest

from tests.unit.agents import screening

# Held for a person the same day by the rules, and the flag named not read (None: no flag named).
SEEN_TODAY: list[tuple[str, str | None]] = [
    # pus in small pimples after a hair transplant, no fever (ISHRS, NHS 'Folliculitis')
    (
        "FUE day 10: a few small pimples with pus on top in the grafted area, a bit itchy, no fever",
        "pus",
    ),
    (
        "Haartransplantation vor 9 Tagen, im Empfängerbereich ein paar kleine Pickel mit Eiter, juckt etwas, kein Fieber",
        "pus",
    ),
    (
        "greffe de cheveux il y a 10 jours, quelques petits boutons avec du pus sur la zone greffée, ça gratte un peu, pas de fièvre",
        "pus",
    ),
    (
        "saç ekimi 10. gün, ekim alanında birkaç küçük irinli sivilce var, biraz kaşınıyor, ateşim yok",
        "pus",
    ),
    (
        "пересадка волос 10 дней назад, в зоне пересадки несколько маленьких прыщиков с гноем, немного чешется, температуры нет",
        "pus",
    ),
    (
        "زراعة الشعر من ١٠ ايام، طلعت حبوب صغيرة فيها صديد في منطقة الزراعة، تحك شوي، ما في حرارة",
        "pus",
    ),
    # ... and in Arabizi, with a reading below 38 (no fever, as in the Arabic script)
    ("zera3 el sha3r men 10 ayam, fi 7bob sghira fiha sadid, w el 7arara 37.6", "high_fever"),
    # a feeling of something in the eye that does not pass days after LASIK (AAO, RCOphth)
    (
        "LASIK 6 days ago, the left eye still feels like there is something in my eye and it won't go away, no real pain",
        None,
    ),
    (
        "Lasik vor 6 Tagen, das Fremdkörpergefühl im linken Auge geht nicht weg, keine starken Schmerzen",
        None,
    ),
    (
        "LASIK il y a 6 jours, la sensation de corps étranger dans l'oeil gauche ne passe pas, pas de grosse douleur",
        None,
    ),
    ("LASIK'ten 6 gün sonra sol gözümde bir şey var gibi, geçmiyor, ağrı yok", None),
    ("ЛАСИК 6 дней назад, в левом глазу ощущение соринки, не проходит, сильной боли нет", None),
    ("سويت ليزك قبل ٦ ايام، احس كأن في شي في عيني اليسار وما يروح، ما فيه الم قوي", None),
]

# The look-alikes and the new emergency, with the flag that escalates them.
ESCALATED: list[tuple[str, str]] = [
    # a low glucose measured, in three units, with shaking, sweating or confusion (ASMBS, NHS)
    (
        "sleeve 3 months ago, my sugar on the meter is 2.9 mmol/L an hour after lunch, I'm shaking and sweating and can't think straight",
        "low_blood_sugar",
    ),
    (
        "Schlauchmagen vor 2 Monaten, Blutzucker 52 mg/dl zwei Stunden nach dem Essen, ich zittere und schwitze",
        "low_blood_sugar",
    ),
    (
        "bypass il y a 3 mois, glycémie à 0,55 g/L après le repas, je tremble et j'ai des sueurs",
        "low_blood_sugar",
    ),
    (
        "tüp mide 2 ay önce, yemekten sonra şekerim 48 mg/dl çıktı, titriyorum ve terliyorum",
        "low_blood_sugar",
    ),
    (
        "после рукава 2 месяца, сахар 2,8 ммоль через час после еды, трясёт, весь в поту",
        "low_blood_sugar",
    ),
    (
        "عملية تكميم من شهرين، قست السكر طلع ٣.١ بعد الاكل، عندي رجفة وعرق وما اقدر اركز",
        "low_blood_sugar",
    ),
    # ... the sign told first
    ("I'm trembling and sweating, my blood sugar is 3.2 mmol", "low_blood_sugar"),
    ("ich zittere total, der Blutzucker war 0,6 g/l", "low_blood_sugar"),
    # pimples with pus and a fever of 38 or more, or a spreading redness (NICE NG125)
    ("FUE day 10: pimples with pus in the grafted area and a fever of 38.6", "high_fever"),
    ("Pickel mit Eiter im Empfängerbereich, die Rötung breitet sich aus", "pus"),
    ("des boutons avec du pus et la rougeur s'étend sur le front", "pus"),
    ("irinli sivilceler var, kızarıklık yayılıyor ve ateşim 38.5", "high_fever"),
    ("прыщики с гноем, покраснение расползается по лбу", "pus"),
    ("حبوب فيها صديد والاحمرار ينتشر", "pus"),
    ("pimples with pus and it smells bad", "pus"),
    ("fi 7bob fiha sadid w el 7arara 38.5", "high_fever"),
    # pus from the wound itself, no pimple told, stays an infection
    ("yellow pus coming out of the donor area", "pus"),
    # an implant seen in an opened breast wound
    (
        "3 weeks after breast augmentation the seam under the breast opened a little and I can see the implant",
        "wound_dehiscence",
    ),
    # something in the eye that will not pass, and now the sight goes dark
    (
        "something in my eye that won't go away and now suddenly everything went dark",
        "vision_loss",
    ),
]

# Not a low glucose: a normal reading asked about, a diabetic's meal question, a dose in mg.
NOT_LOW_SUGAR: list[str] = [
    "my sugar was 0.95 g/L after eating, is that normal?",
    "Blutzucker heute 5,4 mmol/l, alles gut?",
    "glycémie 1,05 g/L ce matin, c'est bon ?",
    "şekerim 95 mg/dl, normal mi?",
    "сахар 5.2 утром, это нормально?",
    "السكر ١٠٥ الصبح، طبيعي؟",
    "I'm diabetic, after the sleeve can I still eat fruit with my meals?",
    "no sugar in my tea, and I took 50 mg of tramadol, now I feel a bit dizzy",
]

# The expected course after LASIK: dry and gritty for weeks, drops help (AAO).
ROUTINE: list[str] = [
    "LASIK 3 days ago, eyes a bit dry and gritty, the drops help",
    "Lasik vor 3 Tagen, die Augen sind etwas trocken und sandig, Tropfen helfen",
    "после ЛАСИК 3 дня, глаза сухие, капли помогают",
]


@pytest.mark.parametrize(
    ("text", "flag", "urgent"),
    [(text, flag, False) for text, flag in SEEN_TODAY] + [(t, f, True) for t, f in ESCALATED],
)
def test_each_is_seen_today_or_escalated(text: str, flag: str | None, urgent: bool) -> None:
    """The same-day reviews are ``soon`` by the rules with the cleared flag not read; the
    emergencies beside them escalate for the flag named."""
    if urgent:
        assert flag is not None
        screening.assert_urgent(text, flag)
        return
    screening.assert_soon_by_the_rules(text)
    if flag is not None:
        screening.assert_not_read_as(text, flag)


@pytest.mark.parametrize("text", NOT_LOW_SUGAR)
def test_a_normal_reading_or_a_dose_is_no_low_sugar(text: str) -> None:
    screening.assert_not_read_as(text, "low_blood_sugar")
    screening.assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize("text", ROUTINE)
def test_the_expected_dryness_is_routine(text: str) -> None:
    screening.assert_routine_by_the_rules(text)
