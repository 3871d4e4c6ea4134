# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The thirty-fifth round's general fixes for urgency (issue 10, dev40), each on our own
phrasings in six languages, not dev40's, each beside a look-alike that must behave the other way.

What nobody would have paged: the sight told white or foggy and the eye's pain told rising in
Egyptian or Gulf Arabizi ("el ro2ya bayda zay dabab", "el waga3 byzeed"; AAO 'LASIK -- what to
expect', 'Cataract surgery recovery', 'Endophthalmitis': worsening vision or rising eye pain
after eye surgery needs the surgeon the same day).
What paged the on-call needlessly: blood "and I'm *not* dizzy" in Arabic (the gap crossed the
negation); pink water from the cannula ports with blood only in a simile ("как будто кровь
хлещет"; ASPS / BAPRAS liposuction aftercare: the ports leak blood-tinged tumescent fluid for
24-72 hours); a capsule one cannot swallow *whole* in Arabic (BOMSS bariatric aftercare: open or
crush it); blur "like on the first day", not worse (a slow recovery, seen the same day); clear
fluid from a scar named before it, no nose, head or spine anywhere (NHS 'Wound care after
surgery': serous fluid, not a CSF leak); and, before an operation, a question about pain or
bleeding asked of everybody ("on saigne beaucoup ?", "blutet man viel?", "وهل الالم قوي؟").
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import triage
from tests.unit.agents.screening import (
    assert_not_read_as,
    assert_soon_by_the_rules,
    assert_urgent,
)


@pytest.mark.parametrize(
    "text",
    [
        "3amalt lasik embare7, el ro2ya f 3ayni el shmal bayda gedan zay el dabab mn el fagr",
        "nazari m8abash w da3if aktar mn embare7, mesh 3aref a2ra",
        "since this morning my right eye sees everything white, like looking through fog",
        "seit heute früh sehe ich mit dem rechten Auge alles weiß, wie durch Nebel",
        "depuis ce matin je vois tout blanc de l'oeil droit, comme dans le brouillard",
        "bir saattir sağ gözüm her şeyi beyaz, sis gibi görüyor",
        "с утра правым глазом вижу всё белое, как в тумане",
        "من ساعة عيني اليمين تشوف كل شي ابيض زي الضباب",
    ],
)
def test_vision_gone_white_or_foggy_escalates(text: str) -> None:
    assert_urgent(text, "vision_worsening")


@pytest.mark.parametrize(
    "text",
    [
        "el ro2ya lessa m8abasha shwaya bas kol yom bt7assan",
        "nazari a7san mn embare7, lessa fi ghabash 5afif",
        "my vision is a bit blurry after LASIK but it is getting better every day",
        "ich sehe noch etwas verschwommen, aber jeden Tag besser",
        "je vois encore un peu flou mais ça s'améliore chaque jour",
        "hâlâ biraz bulanık görüyorum ama her gün düzeliyor",
        "вижу немного мутно, но с каждым днём лучше",
        "نظري مغبش شوي بس كل يوم يتحسن",
    ],
)
def test_blur_improving_day_by_day_is_no_emergency(text: str) -> None:
    assert_not_read_as(text, "vision_worsening")


@pytest.mark.parametrize(
    "text",
    [
        "3ayni el yemin mn ba3d el 3amaliya w el waga3 byzeed kol sa3a",
        "3eni ta3bana, el ro2ya kwayesa bas el alam gamed w byzeed",
        "el waga3 fi 3ayni aktar mn embare7",
    ],
)
def test_eye_pain_rising_in_arabizi_escalates(text: str) -> None:
    assert_urgent(text, "eye_pain_rising")


@pytest.mark.parametrize(
    "text",
    [
        "3ayni kwayesa, el waga3 mish byzeed w el ro2ya a7san",
        "el waga3 fi 3ayni 5afif w bye5ef",
        "ya doktor 3ayni btdma3 shwaya, ma fi waga3",
    ],
)
def test_eye_pain_settling_in_arabizi_is_none(text: str) -> None:
    assert_not_read_as(text, "eye_pain_rising")


@pytest.mark.parametrize(
    "text",
    [
        "عيني بعد عملية الليزك لسا مغبشة زي اول يوم، ما تحسنت، ما في الم",
        "my eye after the lens surgery is still blurry like the first day, no pain",
        "das Auge ist nach der Linsen-OP noch verschwommen wie am ersten Tag, keine Schmerzen",
        "l'oeil est encore flou comme le premier jour après la cataracte, pas de douleur",
        "мутно как в первый день после замены хрусталика, боли нет",
    ],
)
def test_blur_unchanged_since_day_one_is_seen_the_same_day(text: str) -> None:
    assert_not_read_as(text, "vision_worsening")


@pytest.mark.parametrize(
    "text",
    [
        "عيني مغبشة زي اول يوم والحين فجأة صارت اسوأ",
        "my vision is blurry like the first day and now suddenly worse, I can barely see",
    ],
)
def test_blur_like_day_one_then_worse_still_escalates(text: str) -> None:
    assert_urgent(text, "vision_worsening")


@pytest.mark.parametrize(
    "text",
    [
        "فيه دم خفيف في الريق بعد الخلع، يوقف لما اعض على الشاش، ومش دايخ",
        "طلع دم على المخدة شوي الصبح بس انا ما دخت ولا شي",
    ],
)
def test_blood_with_dizziness_denied_in_arabic_is_no_bleed_with_faintness(text: str) -> None:
    assert_not_read_as(text, "heavy_bleeding")


@pytest.mark.parametrize(
    "text",
    [
        "الدم نازل من الجرح كثير وصرت دايخ",
        "فيه دم على المخدة والحين ادوخ لما اقوم",
    ],
)
def test_blood_with_dizziness_told_in_arabic_escalates(text: str) -> None:
    assert_urgent(text, "heavy_bleeding")


@pytest.mark.parametrize(
    "text",
    [
        "из проколов сочится розовая жидкость, бинт мокрый, будто кровь льётся, но мне нормально",
        "pink watery fluid from the ports soaked the towel, looks as if blood is pouring, I feel fine",
        "rosa wässrige Flüssigkeit aus den Einstichen, sieht aus als ob Blut läuft, mir geht es gut",
    ],
)
def test_pink_port_fluid_with_blood_only_in_a_simile_is_no_bleed(text: str) -> None:
    assert_not_read_as(text, "heavy_bleeding")


@pytest.mark.parametrize(
    "text",
    [
        "из проколов течёт розовая жидкость и кровь хлещет, голова кружится",
        "pink fluid from the ports and now the blood is pouring out, I feel dizzy",
    ],
)
def test_port_fluid_with_real_blood_or_dizziness_escalates(text: str) -> None:
    assert_urgent(text, "heavy_bleeding")


@pytest.mark.parametrize(
    "text",
    [
        "هل اقدر افتح الكبسولة؟ ما اقدر ابلعها كاملة",
        "الحبة كبيرة، ما اقدر ابلعها كاملة، اكسرها؟",
        "I can't swallow the capsule whole, may I open it?",
        "не могу проглотить капсулу целиком, можно открыть?",
    ],
)
def test_a_capsule_not_swallowed_whole_is_no_airway_sign(text: str) -> None:
    assert_not_read_as(text, "airway_swallowing")


@pytest.mark.parametrize(
    "text",
    [
        "ما اقدر ابلع حتى الماء ورقبتي وارمة",
        "ما اقدر ابلعها كاملة ولا حتى الريق، حلقي يسكر",
    ],
)
def test_swallowing_water_or_saliva_hard_still_escalates(text: str) -> None:
    assert_urgent(text, "airway_swallowing")


@pytest.mark.parametrize(
    "text",
    [
        "la cicatrice du ventre est un peu rouge et suinte un liquide clair, pas de fièvre",
        "the scar on my belly is a bit red and leaks a clear fluid, no fever",
        "die Narbe am Bauch ist etwas rot und es kommt klare Flüssigkeit, kein Fieber",
        "рубец на животе немного красный, выделяется прозрачная жидкость, температуры нет",
    ],
)
def test_clear_fluid_from_a_scar_is_no_csf_leak(text: str) -> None:
    assert_not_read_as(text, "csf_leak")
    assert_soon_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "la cicatrice va bien mais un liquide clair coule du nez quand je me penche",
        "the scar is fine but clear watery fluid drips from my nose when I bend over",
    ],
)
def test_clear_fluid_from_the_nose_beside_a_scar_still_escalates(text: str) -> None:
    assert_urgent(text, "csf_leak")


@pytest.mark.parametrize(
    "text",
    [
        "question avant l'opération : on a mal longtemps après une rhinoplastie ? et on saigne beaucoup ?",
        "kurze Frage vor der OP: blutet man viel nach einer Bruststraffung?",
        "before I book: do you usually bleed a lot after a facelift?",
        "ameliyattan önce soruyorum: saç ekiminden sonra çok kanama olur mu?",
        "вопрос до операции: бывает ли сильная боль после подтяжки?",
        "سؤال قبل العملية: هل بيصير عندي نزيف بعد شد البطن؟ وهل الالم قوي؟",
    ],
)
def test_a_preop_question_about_pain_or_bleeding_is_no_red_flag(text: str) -> None:
    result = triage(text, stage="enquiry", learned=False)
    assert result.urgency != "urgent", (text, result.red_flags)


@pytest.mark.parametrize(
    "text",
    [
        "opéré il y a 3 jours dans une autre clinique, et on saigne beaucoup depuis ce matin ?",
        "ich wurde vor 3 Tagen woanders operiert, die Wunde blutet ununterbrochen seit heute",
        "I was operated 3 days ago elsewhere and I am bleeding a lot since this morning, do you usually bleed like this?",
        "3 gün önce başka yerde ameliyat oldum, sabahtan beri çok kanıyor",
        "меня прооперировали 3 дня назад в другой клинике, с утра сильно кровит",
        "سويت العملية قبل 3 ايام في مكان ثاني، والحين الجرح ينزف كثير، هل هذا طبيعي؟",
    ],
)
def test_a_bleed_told_now_at_stage_enquiry_stays_urgent(text: str) -> None:
    result = triage(text, stage="enquiry", learned=False)
    assert result.urgency == "urgent", (text, result.red_flags)


@pytest.mark.parametrize(
    "text",
    [
        "je saigne beaucoup depuis ce matin, on fait quoi ?",
        "die Wunde blutet ununterbrochen, hat man da Termine frei?",
        "I'm bleeding heavily, do you need a photo?",
        "сильно кровит из носа, что делать?",
        "عندي نزيف قوي من امس وما وقف، هل لازم اجي المستشفى؟",
    ],
)
def test_a_question_beside_a_sign_told_now_keeps_it_urgent_before_an_operation(text: str) -> None:
    result = triage(text, stage="enquiry", learned=False)
    assert result.urgency == "urgent", (text, result.red_flags)
