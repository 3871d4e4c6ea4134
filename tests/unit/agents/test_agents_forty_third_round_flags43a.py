# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The forty-third round's urgency fixes (flags43a, dev48): four same-day reviews escalated or
missed and two pre-op look-alikes escalated, each on our own phrasings in six languages, each
beside look-alikes that must behave the other way.

Escalated instead of a same-day review: a slight blur told "like a veil" after LASIK with pain
denied and no redness (AAO, RCOphth); a belly a bit bloated after an egg collection with half a
kilo gained, breathing and urine normal (RCOG Green-top No. 5); a small piece of a scar opened
with clear fluid and infection ruled out (NHS 'Wound care after surgery'). Missed: a nasal
splint fallen off early told with the Arabic "انفكت" (came undone), which the splint's own
"فك" (taken off by the surgeon) swallowed (ASPS, BAAPS). Escalated for nothing: the Egyptian "هو"
question about a planned operation ("هو تكبير الصدر بيوجع قوي؟"), and a bleed or a faint told as
"раньше было", "früher hatte ich", "in the past" before an operation.
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import triage
from tests.unit.agents import screening

# A slight blur told like a veil, pain denied, no redness: soon, not vision_loss.
VEIL_BLUR: list[str] = [
    "LASIK two days ago, today my left eye is a bit blurrier, like a veil, no pain and not red. Should someone look?",
    "LASIK vor zwei Tagen, rechtes Auge heute etwas verschwommen, wie ein dünner Schleier, keine Schmerzen, nicht gerötet",
    "LASIK avant-hier, l'oeil gauche un peu plus flou aujourd'hui, comme un voile, pas de douleur, pas rouge.",
    "LASIK 2 gün önce, sol gözüm bugün biraz bulanık, tül gibi, ağrı yok, kızarıklık yok.",
    "ЛАСИК позавчера, сегодня левый глаз чуть мутнее, как пелена, боли нет, не красный.",
    "عملت الليزك من يومين، اليوم عيني الشمال مغبشة شوي زي غشاوة، ما فيه الم ولا احمرار",
]

# ... sudden, a curtain or dark, sight gone, pain told or a red eye: urgent for vision_loss.
VEIL_URGENT: list[str] = [
    "LASIK vorgestern, plötzlich wie ein Schleier vor dem linken Auge, keine Schmerzen",
    "LASIK two days ago, a bit blurry like a veil, and a dark curtain coming down, no pain",
    "LASIK two days ago, a bit blurrier like a veil, no pain but the eye is very red",
    "LASIK two days ago, a bit blurrier like a veil and it really hurts",
    "ЛАСИК позавчера, чуть мутно, как пелена, и резко стало темно, боли нет",
    "Nach LASIK ein Schleier vor dem Auge und starke Schmerzen",
]

# A belly a bit bloated after an egg collection, half a kilo or less gained, breathing and
# urine normal: soon, not ohss_abdomen.
MILD_OHSS: list[str] = [
    "Egg collection two days ago, tummy a bit bloated and half a kilo up, breathing fine, peeing normally. Should someone see me today?",
    "Ponction il y a deux jours, ventre un peu ballonné, 0,5 kg de plus, je respire bien, urine normale.",
    "Yumurta toplama 2 gün önce, karnım biraz şişkin, yarım kilo aldım, nefesim rahat, idrarım normal.",
    "Пункция позавчера, живот немного вздут, плюс полкило, дышу нормально, мочусь нормально.",
    "سحبوا البويضات من يومين، بطني منتفخ شوي وزاد وزني نصف كيلو، بتنفس عادي والبول طبيعي",
]

# ... kilos gained, breath short, little urine, a tight belly: urgent for ohss_abdomen.
OHSS_URGENT: list[str] = [
    "Ponction il y a deux jours, ventre un peu ballonné, 10,5 kg de plus, je respire bien, urine normale.",
    "Пункция позавчера, живот немного вздут, плюс 2 кг, дышу нормально, мочусь нормально.",
    "سحبوا البويضات من يومين، بطني منتفخ شوي وزاد وزني 3 كيلو، بتنفس عادي والبول طبيعي",
    "بعد سحب البويضات بيومين بطني منفوخ شوي وزاد وزني نص كيلو، وصعب اتنفس",
    "بعد سحب البويضات بيومين بطني منفوخ ومشدود وزاد وزني نص كيلو، والبول قليل",
]

# A small piece of a scar opened, clear fluid told, infection ruled out: soon.
SMALL_PIECE_OPENED: list[str] = [
    "Tummy tuck day 7, a small bit of the scar near the hip opened, it oozes a little clear fluid, no fever, no smell",
    "Tag 6 nach Facelift, ein kleines Stück der Narbe hinter dem Ohr ist aufgegangen, es nässt klar, kein Fieber",
    "lifting J6, un petit bout de la cicatrice derrière l'oreille s'est ouvert, ça suinte clair, pas de fièvre",
    "Yüz germe 6. gün, yaranın küçük bir kısmı açıldı, berrak sıvı geliyor, ateş yok, koku yok",
    "6-й день после подтяжки, небольшой участок шва за ухом разошелся, сочится прозрачная жидкость, температуры нет",
    "اليوم السادس بعد شد الوجه، جزء صغير من الجرح ورا الاذن انفتح ويطلع سائل شفاف، ما في حرارة ولا ريحة",
]

# ... no piece nor clear fluid ("opened a little", the fifteenth round), a bleed, a gaping, a
# growing: urgent for wound_dehiscence.
OPENED_URGENT: list[str] = [
    "day 8 after the tummy tuck, the scar opened a little at one end, no smell, no fever",
    "la cicatrice s'est un peu ouverte au nombril, pas d'odeur",
    "lifting J6, un petit bout de la cicatrice s'est ouvert et ça saigne, pas de fièvre",
    "lifting J6, un petit bout de la cicatrice s'est ouvert et suinte clair, pas de fièvre, mais ça s'agrandit",
    "Tummy tuck day 7, a small bit of the scar opened, it oozes clear fluid, no fever, but now it is gaping",
    "Bauchstraffung Tag 7, ein kleines Stück der Naht ist aufgegangen, klares Sekret, kein Fieber, aber es klafft",
]

# A nasal splint fallen off early: soon (nasal_splint_off_review), in Arabic with "انفكت" too;
# taken off by the surgeon at the visit: not.
SPLINT_OFF: list[str] = [
    "الجبيرة حقت الانف انفكت وطاحت اليوم، اليوم الخامس بعد عملية الانف",
    "جبيرة الانف انفكت ووقعت وانا اغسل وجهي، ثالث يوم بعد العملية",
    "The nose splint fell off in my sleep, day 4 after rhinoplasty, no bleeding",
    "Nasenschiene ist heute Nacht abgefallen, Tag 4 nach der Nasen-OP, keine Blutung",
    "L'attelle du nez est tombée cette nuit, J4 après la rhinoplastie, pas de saignement",
    "Burun ameliyatından 4 gün sonra atel düştü, kanama yok",
    "Гипс с носа отвалился ночью, 4-й день после ринопластики, крови нет",
]
SPLINT_REMOVED: list[str] = [
    "الدكتور فك الجبيرة حقت الانف اليوم، كل شي تمام",
    "the surgeon removed the nose splint today, all fine",
]

# Before an operation, pain or bleeding asked of the operation with the Egyptian "هو"/"هي":
# an enquiry, no red flag.
PREOP_HOWA: list[str] = [
    "هو تكبير الصدر بيوجع قوي؟ وهل بيحصل نزيف بعد العملية؟",
    "هي عملية شد البطن بتوجع كتير؟",
    "هو شفط الدهون بينزف كتير؟ انا عايزة اعرف قبل ما احجز",
]

# ... but the patient's own bleed or pain told now stays urgent.
PREOP_HOWA_NOW: list[tuple[str, str]] = [
    (
        "هو تكبير الصدر بيوجع قوي؟ انا عملت العملية امبارح وصدري بيوجع قوي ومش قادرة استحمل",
        "severe_pain_unrelieved",
    ),
]

# Before an operation, a bleed or a faint told as the past ("раньше было", "früher hatte ich",
# "in the past", "autrefois", "eskiden", "سابقا"): history, no red flag.
HISTORY_BEFORE: list[str] = [
    "У меня раньше было сильное кровотечение после удаления зуба. Какие анализы нужны перед имплантами?",
    "In the past I had heavy bleeding after a tooth extraction. Which blood tests should I send?",
    "Früher hatte ich nach dem Zahnziehen eine starke Blutung. Welche Blutwerte brauchen Sie?",
    "Autrefois j'ai beaucoup saigné après une extraction dentaire. Quelles analyses faut-il envoyer ?",
    "Eskiden diş çekiminden sonra çok kanamam olmuştu, hangi tahlilleri göndereyim?",
    "سابقا صار عندي نزيف شديد بعد خلع ضرس، ايش التحاليل المطلوبة قبل الزراعة؟",
]

# ... a bleed told now beside the past stays urgent; "früher" as "earlier" is no history.
HISTORY_AND_NOW: list[tuple[str, str]] = [
    (
        "Раньше было кровотечение после удаления зуба, а сегодня десна сильно кровит и не останавливается",
        "heavy_bleeding",
    ),
    (
        "In the past I bled after extractions, and since this morning my gum is bleeding heavily",
        "heavy_bleeding",
    ),
    ("Mein Zahnfleisch blutet stark und hört nicht auf, kann ich früher kommen?", "heavy_bleeding"),
]


@pytest.mark.parametrize("text", VEIL_BLUR)
def test_a_slight_blur_like_a_veil_is_seen_today(text: str) -> None:
    screening.assert_soon_by_the_rules(text)
    screening.assert_not_read_as(text, "vision_loss")


@pytest.mark.parametrize("text", VEIL_URGENT)
def test_a_sudden_dark_or_painful_veil_stays_urgent(text: str) -> None:
    screening.assert_urgent(text, "vision_loss")


@pytest.mark.parametrize("text", MILD_OHSS)
def test_half_a_kilo_with_breath_and_urine_normal_is_seen_today(text: str) -> None:
    screening.assert_soon_by_the_rules(text)
    screening.assert_not_read_as(text, "ohss_abdomen")


@pytest.mark.parametrize("text", OHSS_URGENT)
def test_kilos_breath_or_little_urine_stay_urgent(text: str) -> None:
    screening.assert_urgent(text, "ohss_abdomen")


@pytest.mark.parametrize("text", SMALL_PIECE_OPENED)
def test_a_small_piece_opened_with_clear_fluid_is_seen_today(text: str) -> None:
    screening.assert_soon_by_the_rules(text)
    screening.assert_not_read_as(text, "wound_dehiscence")


@pytest.mark.parametrize("text", OPENED_URGENT)
def test_an_opening_without_the_piece_and_clear_fluid_stays_urgent(text: str) -> None:
    screening.assert_urgent(text, "wound_dehiscence")


@pytest.mark.parametrize("text", SPLINT_OFF)
def test_a_splint_fallen_off_early_is_seen_today(text: str) -> None:
    screening.assert_soon_by_the_rules(text)


@pytest.mark.parametrize("text", SPLINT_REMOVED)
def test_a_splint_taken_off_by_the_surgeon_is_no_review(text: str) -> None:
    screening.assert_routine_by_the_rules(text)


@pytest.mark.parametrize("text", PREOP_HOWA)
def test_the_egyptian_question_before_an_operation_is_an_enquiry(text: str) -> None:
    result = triage(text, stage="enquiry", learned=False)
    assert (result.intent, result.urgency, result.red_flags) == (
        "treatment_enquiry",
        "routine",
        (),
    ), (text, result)


@pytest.mark.parametrize(("text", "flag"), PREOP_HOWA_NOW)
def test_a_sign_told_now_beside_the_question_stays_urgent(text: str, flag: str) -> None:
    result = triage(text, stage="enquiry", learned=False)
    assert result.urgency == "urgent", (text, result)
    assert flag in result.red_flags, (text, result.red_flags)


@pytest.mark.parametrize("text", HISTORY_BEFORE)
def test_a_past_bleed_before_an_operation_is_no_red_flag(text: str) -> None:
    result = triage(text, stage="booked", learned=False)
    assert (result.urgency, result.red_flags) == ("routine", ()), (text, result)


@pytest.mark.parametrize(("text", "flag"), HISTORY_AND_NOW)
def test_a_bleed_now_beside_the_past_stays_urgent(text: str, flag: str) -> None:
    result = triage(text, stage="booked", learned=False)
    assert result.urgency == "urgent", (text, result)
    assert flag in result.red_flags, (text, result.red_flags)


def test_the_dev48_messages_read_as_labelled() -> None:
    """The six dev48 messages of this brief, as labelled (urgency and intent)."""
    cases = [
        (
            "LASIK vorgestern, gestern super scharf, heute am linken Auge ein bisschen verschwommener, wie ein Schleier, aber keine Schmerzen und nicht rot. Muss das jemand anschauen?",
            "post_op",
            ("post_op_concern", "soon"),
        ),
        (
            "بعد سحب البويضات بيومين بطني منفوخ شوي وزاد وزني نص كيلو، بس اتنفس عادي والبول طبيعي. لازم احد يشوفني اليوم؟",
            "post_op",
            ("post_op_concern", "soon"),
        ),
        (
            "lifting J6, derriere l'oreille droite un petit bout de la cicatrice s'est ouvert et suinte un peu clair, pas de fievre, pas d'odeur. je mets quoi dessus ?",
            "post_op",
            ("post_op_concern", "soon"),
        ),
        (
            "الجبيرة حقت الانف انفكت وطاحت وانا نايم، اليوم الرابع. ما فيه نزيف ولا الم زايد. وش اسوي؟ ارجع العيادة؟",
            "post_op",
            ("post_op_concern", "soon"),
        ),
        (
            "هو تكبير الصدر بيوجع قوي؟ وهل بيحصل نزيف كتير او التهاب بعد العملية؟ انا عندي انيميا خفيفة، ينفع اعمل العملية؟",
            "enquiry",
            ("treatment_enquiry", "routine"),
        ),
        (
            "Хирург просил справку о свёртываемости крови перед имплантацией. У меня раньше было сильное кровотечение после удаления зуба и я падаю в обморок при виде крови 🙈 Какие именно анализы сдать и куда их отправить?",
            "booked",
            ("documents", "routine"),
        ),
    ]
    for text, stage, expected in cases:
        result = triage(text, stage=stage)
        assert (result.intent, result.urgency) == expected, (text, result)
