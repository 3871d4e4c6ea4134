# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The forty-second round's urgency fixes (flags42a, dev47): the missed red flag, two urgent
look-alikes and two same-day reviews, each on our own phrasings in six languages, each beside
look-alikes that must behave the other way.

What was missed as an emergency: sight lost in one eye told in Arabizi with the modal ("ma a2dar
ashoof", I can't see) and "everything black" -- the Arabizi forms wanted the verb right after
"ma". What was escalated for nothing: a bleed told of a tooth pulled long ago, asked about before
implants (a history for the pre-op assessment), and nothing seen in a patient portal told with
the place first ("в системе ... не вижу ничего"). What was escalated instead of a same-day review:
urine dark and scant while the patient drinks and does not vomit (early dehydration, NHS
'Dehydration', ASMBS). What nobody would have seen: a wound rubbed by the compression garment
after liposuction (ASPS, NHS 'Pressure ulcers').
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import triage
from tests.unit.agents import screening

# Sight lost, told in Arabizi or as everything gone black in the eye's sentence (AAO; after a
# filler or a nose, a vascular occlusion): urgent for vision_loss.
VISION_LOST: list[str] = [
    "mesh 2ader ashoof 7aga bel 3een el shemal mn embare7, 3amalt filler fel anf",
    "ma bashoof shi b 3ayni el yasar ba3d el filler",
    "mish 2adra eshoof mn 3ayni el yemeen, sar 3 sa3at",
    "levym glazom nichego ne vizhu s utra posle rinoplastiki",
    "3ayni el yemeen kolha sar aswad fajatan ba3d el filler",
    "Gözümde her şey kapkara oldu bu sabahtan beri, burun ameliyatı 2 gün önce",
    "В левом глазу всё чёрное с утра, после ринопластики",
    "L'oeil droit, tout est noir depuis ce matin, rhinoplastie avant-hier",
    "Im rechten Auge ist alles schwarz seit heute früh, Nasen-OP vor 2 Tagen",
    "عيني اليمين كله اسود من الصبح بعد الفيلر",
    # the eye's own sentence in another place ("the doctor's office") stays the eyes
    "В кабинете врача левым глазом не вижу ничего",
    "In the hotel room I can't see anything out of my left eye",
]

# Nothing seen in an app, a portal or the mail, the place told first or after a "nothing"; a
# bruise around the eye told all black: not vision_loss (and no emergency at all).
NOT_VISION: list[str] = [
    "Не вижу ничего в личном кабинете, где памятка?",
    "В приложении клиники не вижу свои анализы",
    "In the patient portal I can't see anything about my pre-op tests",
    "Dans mon espace patient je ne vois rien, où est la fiche ?",
    "في التطبيق ما اشوف شي عن التحاليل",
    "ma a2dar ashoof el fatora fel app",
    "fel app mesh bashoof el maw3ed",
    "ne vizhu pismo v lichnom kabinete",
    "the bruise is all black around my eye, is that normal?",
    "el kadma ta7t 3ayni kolha sawda",
    "синяк под глазом, всё чёрное вокруг",
    "le bleu autour de l'oeil, tout est noir",
]

# Before any operation, a bleed told of a tooth pulled or an operation long ago, asked about:
# a treatment enquiry, no red flag.
HISTORY: list[tuple[str, str]] = [
    (
        "I'm booked for veneers next month. Two years ago a tooth extraction bled for hours, is that a risk?",
        "treatment_enquiry",
    ),
    (
        "Letztes Jahr beim Zahnziehen hat es stundenlang geblutet. Ist das ein Problem für die Implantate?",
        "treatment_enquiry",
    ),
    (
        "Il y a deux ans, après une extraction, j'ai saigné pendant des heures. Est-ce un problème pour les implants ?",
        "treatment_enquiry",
    ),
    (
        "Geçen yıl diş çekiminde kanama saatlerce durmadı, implant için sorun olur mu?",
        "treatment_enquiry",
    ),
    (
        "В прошлом году после удаления зуба кровь не останавливалась несколько часов. Это проблема для имплантов?",
        "treatment_enquiry",
    ),
]
HISTORY_ARABIC = "السنة الماضية لما خلعت ضرسي نزفت كثير لساعات، هل هذا مشكلة للزراعة؟"

# ... but a sign told now beside the old history (today, since, now) stays urgent.
HISTORY_AND_NOW: list[tuple[str, str]] = [
    (
        "I had a tooth out last year. Since this morning my gum is bleeding a lot and won't stop.",
        "heavy_bleeding",
    ),
    (
        "Last year I had a DVT and now my calf is swollen and hot, should I still fly?",
        "calf_pain_swelling",
    ),
    (
        "Letztes Jahr hatte ich eine Thrombose und heute ist meine Wade geschwollen und heiß.",
        "calf_pain_swelling",
    ),
    ("Geçen yıl diş çekildi, bugün diş etim çok kanıyor durmuyor", "heavy_bleeding"),
    (
        "В прошлом году удаляли зуб, а сегодня десна сильно кровит и не останавливается",
        "heavy_bleeding",
    ),
    ("السنة الماضية خلعت ضرس واليوم اللثة تنزف كثير وما وقف", "heavy_bleeding"),
]

# Urine dark or scant while the patient drinks and does not vomit: a same-day review
# (dehydration_review), not low_urine_output.
DEHYDRATION: list[str] = [
    "Sleeve 3 days ago. I'm drinking about 800 ml a day, not vomiting, but my pee is dark and there is less of it",
    "Schlauchmagen vor 3 Tagen. Ich trinke etwa 1 Liter am Tag, kein Erbrechen, aber der Urin ist dunkel und wenig",
    "Sleeve il y a 3 jours. Je bois environ un litre par jour, je ne vomis pas, mais les urines sont foncées et rares",
    "tüp mide 3 gün önce, günde 700 ml su içiyorum, kusmuyorum ama idrarım koyu ve az",
    "Рукав 3 дня назад. Пью около литра в день, рвоты нет, но моча тёмная и её мало",
    "سويت تكميم قبل 3 ايام. اشرب تقريبا لتر باليوم، ما استفرغ، بس البول غامق وقليل",
]

# ... fluids that do not stay down, hours without urine, once a day, urine like cola: urgent.
DEHYDRATION_URGENT: list[str] = [
    "Sleeve 3 days ago. I can't keep water down, everything comes back up, and my pee is very little",
    "ameliyat 3 gün önce, su içemiyorum, içtiğim her şeyi kusuyorum, çişim çok az",
    "I'm drinking 1 litre, not vomiting, but I haven't peed for 12 hours",
    "Пью литр в день, рвоты нет, но моча коричневая как кола и очень мало",
    "içebiliyorum, kusmuyorum ama bugün sadece bir kez çiş yaptım",
]

# A wound, sore or blister rubbed by the compression garment: a same-day review.
GARMENT_SORE: list[str] = [
    "Lipo 9 days ago, the compression garment rubbed a raw open patch on my hip, no fever. What should I do?",
    "Fettabsaugung vor 9 Tagen, die Kompressionswäsche hat mir eine wunde Stelle an der Hüfte gescheuert, kein Fieber.",
    "Lipo il y a 9 jours, la gaine a frotté et m'a fait une plaie sur le côté, pas de fièvre.",
    "Lipo 9 gün önce, korse sürtünüp belimde yara yaptı, ateşim yok.",
    "Липосакция неделю назад, корсет натёр мозоль на талии, температуры нет",
    "شفط دهون قبل 9 ايام، المشد حك وعمل جرح في جنبي، ما في حرارة",
]

# The garment's pressure, marks or tightness with the skin whole: no garment sore, and the
# plain care questions stay routine.
GARMENT_FINE: list[tuple[str, bool]] = [
    (
        "Lipo 9 days ago, the garment rubs a bit and leaves red marks but no wound. Is that normal?",
        False,
    ),
    (
        "Fettabsaugung vor 9 Tagen, die Kompressionswäsche drückt etwas, Haut ist heil. Wie lange muss ich sie tragen?",
        False,
    ),
    ("Липо 9 дней назад, бельё немного давит и оставляет следы, ранок нет. Это нормально?", True),
    ("Lipo il y a 9 jours, la gaine me serre un peu, est-ce normal ?", True),
    ("Lipo 9 gün önce, korse biraz sıkıyor, ne zaman çıkarabilirim?", True),
    ("شفط قبل 9 ايام، المشد ضاغط شوي، متى اقدر اشيله؟", True),
]


@pytest.mark.parametrize("text", VISION_LOST)
def test_sight_lost_is_urgent_for_vision_loss(text: str) -> None:
    screening.assert_urgent(text, "vision_loss")


@pytest.mark.parametrize("text", NOT_VISION)
def test_a_portal_or_a_bruise_is_no_vision_loss(text: str) -> None:
    screening.assert_not_read_as(text, "vision_loss")
    screening.assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize(("text", "intent"), HISTORY)
def test_an_old_bleed_before_implants_is_an_enquiry(text: str, intent: str) -> None:
    screening.assert_intent_by_the_rules(text, "enquiry", intent)
    assert triage(text, stage="enquiry").red_flags == (), text


def test_an_old_bleed_in_arabic_is_routine() -> None:
    result = triage(HISTORY_ARABIC, stage="enquiry")
    assert (result.urgency, result.red_flags) == ("routine", ()), result


@pytest.mark.parametrize(("text", "flag"), HISTORY_AND_NOW)
def test_a_sign_now_beside_the_history_stays_urgent(text: str, flag: str) -> None:
    result = triage(text, stage="enquiry", learned=False)
    assert result.urgency == "urgent", (text, result)
    assert flag in result.red_flags, (text, result.red_flags)


@pytest.mark.parametrize("text", DEHYDRATION)
def test_dark_scant_urine_with_fluids_kept_down_is_seen_today(text: str) -> None:
    screening.assert_soon_by_the_rules(text)
    screening.assert_not_read_as(text, "low_urine_output")


@pytest.mark.parametrize("text", DEHYDRATION_URGENT)
def test_fluids_not_kept_or_no_urine_stays_urgent(text: str) -> None:
    screening.assert_urgent(text, "low_urine_output")


@pytest.mark.parametrize("text", GARMENT_SORE)
def test_a_garment_sore_is_seen_today(text: str) -> None:
    screening.assert_soon_by_the_rules(text)


@pytest.mark.parametrize(("text", "routine"), GARMENT_FINE)
def test_the_garment_pressing_is_no_sore(text: str, routine: bool) -> None:
    assert "garment_sore_review" not in _same_day_flags(text), text
    if routine:
        screening.assert_routine_by_the_rules(text)


def test_a_garment_sore_asked_before_the_operation_is_routine() -> None:
    result = triage(
        "Can the compression garment rub and cause a wound? I'm booking a lipo next month.",
        stage="enquiry",
    )
    assert result.urgency == "routine", result


def _same_day_flags(text: str) -> tuple[str, ...]:
    from careflow_agents import redflags
    from careflow_agents.triage import _Message, _told

    message = _Message(text)
    return tuple(
        flag.id for flag in redflags.CATALOGUE if flag.level != "urgent" and _told(message, flag)[0]
    )
