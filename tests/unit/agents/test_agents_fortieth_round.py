# ruff: noqa: RUF001, RUF002 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The fortieth round's general fixes for urgency (issue 10, dev45), each on our own phrasings in
six languages, not dev45's, each beside a look-alike that must behave the other way.

What was escalated for nothing: a few new floaters after an eye operation told with the curtain
and the flashes denied -- the Arabic "وما فيه ستارة" and the French "pas de rideau" were not read
as denied, and "a few black dots" read as the shower of a detached retina (RCOphth / AAO 'Floaters
and flashes', NHS 'Cataract surgery -- recovery': new floaters are the same-day review; a shower of
them, flashes, a curtain or a sudden change stay urgent); an ooze told right after a bleed stopped
with pressure read as pus (ISHRS and NHS post-operative advice: bleeding that stops with pressure
and the patient well is seen the same day; one that will not stop, or with dizziness, stays
urgent). What nobody would have seen: a haze told worse than on the first day after an eye laser
(the AAO same-day check), and a wound bleeding told with the Arabic verb ("الجرح بينزف"). What
was missed as an emergency on our own phrasings: many dark dots told before the eye in German,
French, Turkish and Arabic, bleeding with "başım dönüyor" or with the German dizziness told further
on, and the Arabic bleed that "ما توقف" with pressure.
"""

from __future__ import annotations

import pytest

from tests.unit.agents import screening

# Held for a person the same day by the rules, and the flag named not read (None: no flag named).
SEEN_TODAY: list[tuple[str, str | None]] = [
    # a few floaters, the curtain and the flashes denied (RCOphth / AAO 'Floaters and flashes')
    (
        "since yesterday a few black dots in front of my right eye, not many, no curtain, no flashes, vision fine",
        "vision_loss",
    ),
    (
        "seit gestern ein paar schwarze Punkte vor dem rechten Auge, kein Vorhang, keine Blitze, ich sehe gut",
        "vision_loss",
    ),
    (
        "depuis hier quelques points noirs devant mon oeil droit, pas de rideau, pas d'éclairs, je vois bien",
        "vision_loss",
    ),
    (
        "dünden beri sağ gözümde birkaç siyah nokta var, perde yok, çakma yok, görmem iyi",
        "vision_loss",
    ),
    (
        "со вчера в правом глазу несколько чёрных точек, шторки нет, вспышек нет, вижу хорошо",
        "vision_loss",
    ),
    ("من امس في عيني اليمين نقاط سودا مو كثير، وما فيه ستارة ولا ومضات، والنظر زين", "vision_loss"),
    # the floaters told by their drifting, before the eye
    (
        "since yesterday a few specks floating in front of my right eye, no curtain, no pain",
        "vision_loss",
    ),
    (
        "ein paar Punkte schweben seit gestern vor dem rechten Auge, kein Vorhang, keine Schmerzen",
        "vision_loss",
    ),
    (
        "depuis hier quelques points flottent devant mon oeil droit, pas de rideau, pas de douleur",
        "vision_loss",
    ),
    ("dünden beri sağ gözümün önünde birkaç nokta uçuşuyor, perde yok, ağrı yok", "vision_loss"),
    ("со вчера перед правым глазом плавают несколько точек, шторки нет, боли нет", "vision_loss"),
    ("من امس نقاط تطوف قدام عيني، ما فيه ستارة ولا الم", "vision_loss"),
    # a bleed that stops with pressure and oozes again, the patient well (ISHRS / NHS)
    (
        "one spot in the donor area bleeds, I press a tissue on it for 10 minutes and it stops, then it oozes a little again. not dizzy, I feel fine",
        "pus",
    ),
    (
        "eine Stelle im Spenderbereich blutet, ich drücke 10 Minuten mit einer Kompresse, dann hört es auf, danach sickert es wieder ein bisschen. kein Schwindel, mir geht es gut",
        "pus",
    ),
    (
        "un point de la zone donneuse saigne, j'appuie 10 minutes avec une compresse et ça s'arrête, puis ça suinte un peu de nouveau. pas de vertige, je me sens bien",
        "pus",
    ),
    (
        "donör bölgede bir nokta kanıyor, 10 dakika gazlı bezle bastırınca duruyor, sonra yine biraz sızıyor. başım dönmüyor, kendimi iyi hissediyorum",
        "pus",
    ),
    (
        "в донорской зоне одна точка кровит, прижимаю салфеткой 10 минут - останавливается, потом опять немного сочится. голова не кружится, самочувствие норм",
        "pus",
    ),
    ("نقطة تنزف، ضغطت عليها ١٠ دقايق وتوقفت، بعدين ترجع ترشح شوي. ما فيني دوخة", "pus"),
    # a haze worse than on the first day after an eye laser (AAO 'Diffuse lamellar keratitis')
    (
        "day 2 after LASIK: the left eye is more gritty and the vision a bit hazier than on day 1, no pain",
        None,
    ),
    (
        "2. Tag nach der Lasik: das linke Auge kratzt mehr und ist trüber als am ersten Tag, keine Schmerzen",
        None,
    ),
    (
        "2e jour après le LASIK : l'oeil gauche gratte plus et la vue est un peu plus floue que le premier jour, pas de douleur",
        None,
    ),
    (
        "LASIK sonrası 2. gün: sol göz daha çok batıyor, görüş ilk günden daha bulanık, ağrı yok",
        None,
    ),
    ("2-й день после ЛАСИК: левый глаз сильнее режет, и мутнее, чем в первый день, боли нет", None),
    (
        "اليوم الثاني بعد الليزك: عيني اليسار فيها رمل اكثر والنظر مغبش اكثر من اول يوم شوي، ما فيه الم",
        None,
    ),
]

# The look-alikes that must stay emergencies, with the flag that escalates them.
ESCALATED: list[tuple[str, str]] = [
    # floaters with a curtain, flashes, a sudden loss, or a shower of them
    (
        "since yesterday a few new floaters in my right eye and a dark curtain coming down",
        "vision_loss",
    ),
    (
        "ein paar Punkte schweben seit gestern vor dem Auge und ein Vorhang kommt von oben",
        "vision_loss",
    ),
    (
        "depuis hier quelques points flottent devant mon oeil et un rideau descend sur la vue",
        "vision_loss",
    ),
    ("dünden beri gözümün önünde birkaç nokta uçuşuyor ve bir perde iniyor", "vision_loss"),
    ("со вчера перед глазом плавают несколько точек и опускается шторка", "vision_loss"),
    ("من امس نقاط تطوف قدام عيني وفيه ستارة نازلة على نظري", "vision_loss"),
    # a few of them, with flashes
    (
        "since yesterday a few black dots in front of my right eye and flashes of light at the edge",
        "vision_loss",
    ),
    ("seit gestern ein paar schwarze Punkte vor dem Auge und Lichtblitze am Rand", "vision_loss"),
    ("depuis hier quelques points noirs devant l'oeil et des éclairs sur le côté", "vision_loss"),
    ("dünden beri gözümde birkaç siyah nokta var ve ışık çakmaları oluyor", "vision_loss"),
    ("со вчера в глазу несколько чёрных точек и вспышки сбоку", "vision_loss"),
    ("من امس في عيني نقاط سودا مو كثير بس فيه ومضات على الطرف", "vision_loss"),
    # a few of them, then a sudden loss
    ("a few black dots in my eye and now suddenly I can't see at the bottom", "vision_loss"),
    ("من امس نقاط تطوف قدام عيني وفجأه صار كل شي اسود", "vision_loss"),
    # a shower of them, told before the eye or after it
    ("since this morning loads of black dots in my eye like a swarm", "vision_loss"),
    ("seit heute morgen ganz viele schwarze Punkte vor dem Auge", "vision_loss"),
    ("depuis ce matin plein de points noirs devant l'oeil", "vision_loss"),
    ("bu sabahtan beri bir sürü kara nokta gözümün önünde", "vision_loss"),
    ("с утра в глазу куча чёрных точек, как сажа", "vision_loss"),
    ("من الصبح نقاط سودا كثيرة قدام عيني", "vision_loss"),
    # a bleed through pressure, or with dizziness
    (
        "one spot in the donor area bleeds, I pressed for 10 minutes and it does not stop",
        "heavy_bleeding",
    ),
    (
        "eine Stelle im Spenderbereich blutet, ich drücke seit 10 Minuten und es hört nicht auf zu bluten",
        "heavy_bleeding",
    ),
    (
        "un point de la zone donneuse saigne, j'appuie depuis 10 minutes et ça ne s'arrête pas de saigner",
        "heavy_bleeding",
    ),
    (
        "donör bölgede bir nokta kanıyor, 10 dakikadır bastırıyorum kanama durmuyor",
        "heavy_bleeding",
    ),
    (
        "в донорской зоне одна точка кровит, прижимаю 10 минут - кровь не останавливается",
        "heavy_bleeding",
    ),
    ("نقطة تنزف، ضغطت عليها ١٠ دقايق وما توقفت", "heavy_bleeding"),
    # it stops, oozes again, and the patient is dizzy
    (
        "one spot in the donor area bleeds, it stops with pressure, then oozes again and I feel dizzy and faint",
        "heavy_bleeding",
    ),
    (
        "eine Stelle im Spenderbereich blutet, hört mit Druck auf, dann sickert es wieder und mir ist schwindelig",
        "heavy_bleeding",
    ),
    (
        "un point de la zone donneuse saigne, ça s'arrête en appuyant, puis ça suinte de nouveau et j'ai des vertiges",
        "heavy_bleeding",
    ),
    (
        "donör bölgede bir nokta kanıyor, bastırınca duruyor, sonra yine sızıyor ve kanamayla başım dönüyor",
        "heavy_bleeding",
    ),
    (
        "в донорской зоне точка кровит, останавливается, потом опять сочится, и от крови кружится голова",
        "heavy_bleeding",
    ),
    ("في منطقة المانح نقطة تنزف، تتوقف مع الضغط، بعدين ترجع ترشح وصرت ادوخ", "heavy_bleeding"),
    # pus oozing after a stop is still pus
    ("it stopped with pressure, then yellow pus oozes from the stitch and it smells", "pus"),
    ("точка в донорской зоне останавливается, потом опять сочится жёлтый гной с запахом", "pus"),
    ("ça s'arrête, puis ça suinte du pus jaune qui sent mauvais", "pus"),
    # a haze, then a sudden darkness
    (
        "day 2 after LASIK: hazier than on day 1 and now suddenly everything went dark in that eye",
        "vision_loss",
    ),
    (
        "2. Tag nach der Lasik: trüber als am ersten Tag und jetzt plötzlich alles schwarz",
        "vision_loss",
    ),
    (
        "2e jour après le LASIK : plus flou que le premier jour et d'un coup tout est devenu noir",
        "vision_loss",
    ),
    ("LASIK sonrası 2. gün: ilk günden daha bulanık ve birden her şey karardı", "vision_loss"),
    ("2-й день после ЛАСИК: мутнее, чем в первый день, и вдруг всё потемнело", "vision_loss"),
    ("اليوم الثاني بعد الليزك: مغبش اكثر من اول يوم وفجأه صار كل شي اسود", "vision_loss"),
    # a sign told after an intensified denial
    ("no crazy pain but my calf is swollen and hot", "calf_pain_swelling"),
    (
        "Tag 6. Kein Fieber, keine stärkeren Schmerzen, aber die Wade ist dick und heiß",
        "calf_pain_swelling",
    ),
]

# The expected course, answered by the day's guidance.
ROUTINE: list[str] = [
    # the sight clearer than on the first day
    "day 2 after LASIK: the vision is clearer than on day 1, no pain",
    "2. Tag nach der Lasik: ich sehe klarer als am ersten Tag, keine Schmerzen",
    "2e jour après le LASIK : je vois plus net que le premier jour, pas de douleur",
    "LASIK sonrası 2. gün: ilk günden daha net görüyorum, ağrı yok",
    "2-й день после ЛАСИК: вижу чётче, чем в первый день, боли нет",
    "اليوم الثاني بعد الليزك: النظر اوضح من اول يوم، ما فيه الم",
    # a wound bleeding a little, told with the Arabic verb
    "الجرح ينزف شوي",
    "الغرز بتنزف شوية",
    # every sign denied, one with an intensifier, and a care question
    "day 4, no bleeding, no fever, no crazy pain, donor area just a bit itchy. can I wash my hair tomorrow?",
    "Tag 6. Kein Fieber, keine stärkeren Schmerzen. Darf ich duschen?",
    "jour 6, pas de fièvre, pas de grandes douleurs. je peux me doucher ?",
    "день 6, температуры нет, больших болей нет. можно в душ?",
]


@pytest.mark.parametrize(("text", "flag"), SEEN_TODAY)
def test_seen_today_by_the_rules(text: str, flag: str | None) -> None:
    screening.assert_soon_by_the_rules(text)
    if flag is not None:
        screening.assert_not_read_as(text, flag)


@pytest.mark.parametrize(("text", "flag"), ESCALATED)
def test_the_emergency_look_alikes_escalate(text: str, flag: str) -> None:
    screening.assert_urgent(text, flag)


@pytest.mark.parametrize("text", ROUTINE)
def test_the_expected_course_is_routine(text: str) -> None:
    screening.assert_routine_by_the_rules(text)


@pytest.mark.parametrize(
    "text", ["ما فيه ستارة ولا الم", "وما فيه ستارة", "pas de rideau, pas de douleur"]
)
def test_the_curtain_denied_is_read_denied(text: str) -> None:
    screening.assert_not_read_as(text, "vision_loss")


def test_a_wound_bleeding_told_with_the_arabic_verb_is_seen() -> None:
    # the last was routine on the base: the fever denied and the bleeding verb read as nothing
    for text in (
        "الجرح بينزف من الصبح",
        "في منطقة المانح نقطة وحدة تنزف",
        "الجرح بينزف من الصبح وما فيه حرارة",
    ):
        screening.assert_not_routine_by_the_rules(text)
