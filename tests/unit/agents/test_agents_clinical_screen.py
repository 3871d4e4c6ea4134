# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The clinical screen: normalisation, negation scopes, the red-flag catalogue, typo tolerance.

Phrasings are our own and differ from the development sets on purpose.
"""

from __future__ import annotations

import re

import pytest

from careflow_agents import redflags
from careflow_agents.negation import scopes
from careflow_agents.spelling import correct
from careflow_agents.text import Views, fold, latin
from careflow_agents.triage import red_flags, triage


def test_fold_unifies_the_ways_people_type() -> None:
    assert fold("İĞNE Ağrı ÜBELKEIT") == "igne agri ubelkeit"
    assert fold("٣٩,٥ درجة") == "39.5 درجه"
    assert fold("أُصِبْتُ بِحُمّى") == "اصبت بحمي"
    assert fold("œil") == "oeil"


def test_umlaut_spellings_match_patterns_written_with_umlauts() -> None:
    assert "vomiting_abdominal" in red_flags("muss mich staendig uebergeben seit heute frueh")[0]
    assert (
        "severe_pain_unrelieved" in red_flags("hoellische Schmerzen, Schmerzmittel helfen nicht")[0]
    )


def test_russian_in_latin_letters_meets_the_cyrillic_tables() -> None:
    assert latin(fold("Температуры нет")) == "temperaturi net"
    assert Views("u menia krovotechenie ne ostanavlivaetsia uzhe chas").latin
    assert "heavy_bleeding" in red_flags("u menia krovotechenie ne ostanavlivaetsia uzhe chas")[0]
    assert Views("hello von dem Arzt").latin == ""  # not Russian: no transliterated matching


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("shov gnoitsya", "pus"),
        ("glaz ne vidit", "vision_loss"),
        ("posle rinoplastiki iz nosa techet prozrachnaya zhidkost", "csf_leak"),
        ("ne mogu glotat, sheya raspukhla", "airway_swallowing"),
        ("rana pakhnet plokho", "pus"),
        ("рана пахнет плохо", "pus"),  # either word order
    ],
)
def test_short_russian_in_latin_letters_meets_the_red_flag_catalogue(text: str, flag: str) -> None:
    assert flag in red_flags(text)[0]


def test_negated_russian_in_latin_letters_stays_negated() -> None:
    found, negated = red_flags("temperatury net, shov chistyi, krovi net")
    assert not found and "high_fever" in negated


def test_colloquial_turkish_reads_as_standard() -> None:
    assert Views("kanama durmuyo agriyom").folded == "kanama durmuyor agriyorum"
    assert "heavy_bleeding" in red_flags("dikis yerinden kanama durmuyo")[0]


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("feaver since last night", "fever since last night"),
        ("temprature 39", "temperature 39"),
        ("the sweling is worse", "the swelling is worse"),
        ("saignemment du nez", "saignement du nez"),
    ],
)
def test_near_miss_spellings_of_clinical_words_are_corrected(typed: str, read: str) -> None:
    assert correct(fold(typed)) == read


@pytest.mark.parametrize(
    "text", ["would you call me", "great, thanks", "never mind", "die neue Richtlinie"]
)
def test_ordinary_words_are_left_alone(text: str) -> None:
    assert correct(fold(text)) == fold(text)


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("no fever, redness or pus", ["fever", "redness", "pus"]),
        ("Fieber hab ich keins", ["fieber"]),
        ("pas de rougeur ni de pus", ["rougeur", "pus"]),
        ("ما عندي حرارة ولا صديد", ["حراره", "صديد"]),
        ("ateşim yok", ["atesim"]),
        ("krovi net", ["krovi"]),
        ("Keine Schmerzen in der Wade", ["schmerzen", "wade"]),
    ],
)
def test_negation_scopes_cover_the_listed_symptoms(text: str, negated: list[str]) -> None:
    view = Views(text)
    text_view = view.latin if text.startswith("krovi") else view.folded
    covered = " ".join(text_view[a:b] for a, b in scopes(text_view))
    for word in negated:
        assert word in covered


@pytest.mark.parametrize(
    "text",
    [
        "no fever, calf swollen and hot",
        "No fever but my calf is swollen hot and hurts",
        "kein Fieber, aber die Wade ist dick und heiß",
        "pas de fièvre mais mon mollet est gonflé et chaud",
        "ateşim yok ama baldırım şişti ve sıcak",
        "температуры нет, но икра опухла и горячая",
        "ما عندي حرارة بس ساقي منتفخة وحارة",
    ],
)
def test_a_negation_never_hides_another_present_red_flag(text: str) -> None:
    result = triage(text, stage="post_op")
    assert result.urgency == "urgent" and "calf_pain_swelling" in result.red_flags


@pytest.mark.parametrize(
    "text",
    [
        "day 6, no fever, no redness or pus, the stitches look dry. can I shower?",
        "Tag 6, kein Fieber, keine Rötung, kein Eiter. Darf ich duschen?",
        "J+6, pas de fièvre, pas de rougeur ni de pus. Je peux me doucher ?",
        "6. gün ateşim yok, kızarıklık ve akıntı yok. duş alabilir miyim?",
        "6 день, температуры нет, гноя нет, покраснения нет. Можно в душ?",
        "اليوم السادس، ما عندي حرارة ولا صديد ولا احمرار، اقدر استحم؟",
    ],
)
def test_absent_symptoms_leave_a_routine_care_question_routine(text: str) -> None:
    result = triage(text, stage="post_op")
    assert (result.intent, result.urgency) == ("post_op_concern", "routine")
    assert not result.red_flags and not result.review


@pytest.mark.parametrize(
    "text",
    [
        "probably nothing lol but my calf is really swollen and warm since the flight",
        "is that normal? pus coming out of the wound",
        "sicher nix schlimmes, aber ich bekomme kaum Luft",
    ],
)
def test_casual_framing_does_not_lower_a_red_flag(text: str) -> None:
    assert triage(text, stage="post_op").urgency == "urgent"


@pytest.mark.parametrize("stage", ["enquiry", "quoted", "booked"])
def test_a_red_flag_after_an_operation_elsewhere_is_urgent_at_any_stage(stage: str) -> None:
    text = "I had my tummy tuck done elsewhere 5 days ago and now I'm vomiting nonstop"
    result = triage(text, stage=stage)
    assert (result.intent, result.urgency) == ("post_op_concern", "urgent")


def test_a_hypothetical_pre_op_question_is_not_an_emergency() -> None:
    result = triage("Will I have severe pain after the rhinoplasty?", stage="enquiry")
    assert result.urgency == "routine" and result.intent == "treatment_enquiry"


@pytest.mark.parametrize(
    ("flag", "text"),
    [
        ("vision_loss", "a grey curtain is coming over my left eye since this morning"),
        ("eye_pain_rising", "Göz ağrım giderek artıyor, damlalar işe yaramıyor"),
        ("airway_swallowing", "Под челюстью всё опухло, глотать больно"),
        ("ohss_abdomen", "depuis la ponction mon ventre est tendu comme un ballon"),
        ("low_urine_output", "seit gestern kaum Urin, obwohl ich viel trinke"),
        ("breast_haematoma", "my right breast suddenly got much bigger and tense overnight"),
        ("skin_necrosis", "ekim alanında deri simsiyah oldu"),
        ("vomiting_abdominal", "ما اقدر اشرب حتى الموية ترجع"),
        ("wound_dehiscence", "the tummy tuck incision opened up a bit"),
        ("pulmonary_embolism_signs", "mon coeur bat très vite et j'ai mal quand je respire"),
        ("neuro_confusion", "my mum is confused and doesn't recognise me after the surgery"),
        ("pus", "the donor area smells bad and there is yellow discharge"),
    ],
)
def test_catalogue_entries_by_procedure_family(flag: str, text: str) -> None:
    assert flag in triage(text, stage="post_op").red_flags


def test_nasal_breathing_after_a_rhinoplasty_is_not_a_breathing_emergency() -> None:
    result = triage("can't breathe through my nose with the splint, is that ok?", stage="post_op")
    assert "breathing_difficulty" not in result.red_flags


def test_every_catalogue_entry_cites_published_advice() -> None:
    # the royal colleges (ophthalmology, dental surgery), BAPRAS and the British Dental Journal
    # publish the advice for eyelid surgery and implant nerve injury the others do not cover
    publishers = re.compile(
        r"\b(NHS|NICE|AAO|American Academy|ASPS|ESHRE|RCOG|HFEA|ISHRS|ASMBS"
        r"|Royal College|BAPRAS|British Dental Journal)\b"
    )
    assert len({flag.id for flag in redflags.CATALOGUE}) == len(redflags.CATALOGUE)
    for flag in redflags.CATALOGUE:
        assert publishers.search(flag.source), flag.id
        assert flag.system and flag.procedures and flag.patterns, flag.id
        for pattern in flag.patterns:
            re.compile(pattern)


def test_an_unreadable_post_op_message_goes_to_a_person() -> None:
    text = "something feels really off with the left side since yesterday"
    rules = triage(text, stage="post_op", learned=False)
    assert rules.intent == "post_op_concern" and rules.review and rules.urgency == "soon"
    # The learned red-flag detector may call someone at once instead; it never clears it.
    result = triage(text, stage="post_op")
    assert result.intent == "post_op_concern" and (result.review or result.urgency == "urgent")


def test_a_worrying_symptom_that_is_not_ordinary_healing_asks_for_review() -> None:
    assert triage("there is some clear fluid leaking from the drain", stage="post_op").review
    assert not triage("still some swelling and bruising on day 4", stage="post_op").review


@pytest.mark.parametrize(
    "text",
    [
        "vision is a bit blurry in the mornings after lasik but gets better during the day, normal?",
        "Sehe morgens noch etwas verschwommen, wird aber besser. Ist das normal?",
        "Mon sein droit est un peu plus gonflé que le gauche mais pas douloureux, c'est normal ?",
        "my voice sounds a bit nasal after the rhinoplasty, is that normal?",
    ],
)
def test_mild_or_improving_signs_are_not_emergencies(text: str) -> None:
    assert triage(text, stage="post_op").urgency != "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "my vision in the operated eye suddenly got much worse and it's really red",
        "my right breast is a bit bigger but now it's very painful and hard",
    ],
)
def test_a_mild_word_does_not_hide_a_sudden_or_severe_sign(text: str) -> None:
    assert triage(text, stage="post_op").urgency == "urgent"


@pytest.mark.parametrize(
    ("text", "stage", "urgent"),
    [
        ("ничего страшного наверное, но глаз почти ничего не видит с утра", "post_op", True),
        ("Можно перенести запись? Не вижу свободных дат", "quoted", False),
        ("I can't see your email with the invoice", "booked", False),
        ("mafi 7arara bas regli wa2ma w 7amra", "post_op", True),
        ("ba3d el 3amaleya b 3 ayam 3andi waram basit w mafi 7arara, 3adi?", "post_op", False),
    ],
)
def test_seeing_things_is_not_eyesight_and_arabizi_is_screened(
    text: str, stage: str, urgent: bool
) -> None:
    assert (triage(text, stage=stage).urgency == "urgent") is urgent


@pytest.mark.parametrize(
    "text",
    [
        "yara temiz, akinti yok, ates yok, sadece biraz kasiniyor normal mi",
        "ma fi 7arara w el garh nadif, emta a2dar asta7ama?",
        "kein Fieber, keine Atemnot, Wade normal. Darf ich fliegen?",
    ],
)
def test_a_hit_ending_in_a_negated_symptom_or_a_normal_calf_is_not_urgent(text: str) -> None:
    assert triage(text, stage="post_op").urgency != "urgent"


def test_french_ma_is_my_not_a_negation() -> None:
    assert triage("ma fièvre monte, 39.5", stage="post_op").urgency == "urgent"


def test_anchor_prefilter_never_changes_a_result(monkeypatch) -> None:
    """Skipping patterns whose literal anchors are absent is an optimisation, never a filter."""
    import json
    from pathlib import Path

    from careflow_agents.security import injection_signs
    from careflow_agents.text import PhraseTables

    data = Path(__file__).resolve().parents[2] / "agents_data"
    rows = [
        json.loads(line)
        for name in ("dev_2026-12-02.jsonl", "dev_own_2026-12-02.jsonl")
        for line in (data / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]

    def run() -> list[object]:
        return [(triage(r["text"], stage=r["stage"]), injection_signs(r["text"])) for r in rows]

    with_prefilter = run()
    monkeypatch.setattr(PhraseTables, "prefilter", False)
    assert run() == with_prefilter


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bfever", ("fever",)),
        (r"(heavy|a lot of) (bleed|blood)", ("heavy", "a lot of")),
        (r"(can'?t|cannot) see", ("can", "cannot")),
        (r"\b(3[89]|4[0-2])", None),
        (r"(x)?y", None),
        (r"a|bc", None),
    ],
)
def test_anchors_are_a_necessary_condition(pattern: str, expected: object) -> None:
    from careflow_agents.text import anchors

    assert anchors(pattern) == expected


@pytest.mark.parametrize(
    ("flag", "text"),
    [
        ("high_fever", "امي حرارتها ٣٩.٨ من امس"),
        ("high_fever", "حرارته عالية ومو راضية تنزل"),
        ("neuro_confusion", "صارت تخربط بالكلام وما تعرفنا"),
        ("skin_necrosis", "fi amaken bl ras sarat sooda mish 2shra"),
        ("pus", "w fi ri7a wa7sha mn el jer7"),
    ],
)
def test_arabic_suffixes_colloquial_words_and_arabizi(flag: str, text: str) -> None:
    """ة turns into ت before a possessive suffix; Levantine/Gulf words; Arabizi spellings."""
    assert flag in triage(text, stage="post_op").red_flags


@pytest.mark.parametrize(
    "text",
    [
        "zra3t snan mn 4 ayam w msh 2adra abla3 el may",
        "el bal3 sa3b w fi waja3 ktir",
        "ta7t el 7anak mtwarram mn embare7",
        "mnfoo5 ta7t el fak w byekbar",
        "sawti mt8ayyar? la2 sawti etghayyar w sar ghareeb",
    ],
)
def test_arabizi_airway_signs_after_dental_work_are_urgent_at_any_stage(text: str) -> None:
    """Swallowing, swelling under the jaw or tongue, a changed voice typed in Arabizi."""
    for stage in ("enquiry", "post_op"):
        assert "airway_swallowing" in triage(text, stage=stage).red_flags, (stage, text)


def test_an_absent_arabizi_jaw_swelling_is_no_red_flag() -> None:
    assert "airway_swallowing" not in red_flags("ma 3ndi waram ta7t el fak, bas shwayet waja3")[0]


def test_a_turkish_urine_stem_matches_only_at_a_word_start() -> None:
    text = "denetcisi olarak yaziyorum, sistem ayarlarini gonderin"
    assert "low_urine_output" not in triage(text, stage="post_op").red_flags
    assert "low_urine_output" in triage("çişim çok az geliyor", stage="post_op").red_flags


@pytest.mark.parametrize(
    ("flag", "text"),
    [
        ("high_fever", "ابني سخونته عالية من الصبح"),
        ("pus", "الجرح ريحته كريهة وفيه افرازات"),
        ("wound_dehiscence", "جرحها انفتح اليوم بعد العملية"),
    ],
)
def test_arabic_nouns_with_a_possessive_suffix(flag: str, text: str) -> None:
    assert flag in triage(text, stage="post_op").red_flags


@pytest.mark.parametrize(
    "text",
    [
        "tummy tuck 2 days ago and the left one side of my chest... no wait, my left cheek "
        "after the facelift ballooned within an hour, tight and purple",
        "nach dem Facelift ist die linke Wange innerhalb einer Stunde stark angeschwollen, prall",
        "brust-op, die linke seite wurde heute abend ganz ploetzlich dicker und tut hoellisch weh",
        "lifting du cou, le côté gauche a enflé d'un coup ce soir, c'est dur et violet",
        "yüz germe sonrası sol yanağım bir saatte kocaman şişti, gergin ve mor",
        "после подтяжки левая щека за час сильно опухла, твёрдая и синяя",
        "بعد شد الوجه خدي اليسار فجأة انتفخ وصار قاسي ومزرق",
    ],
)
def test_one_side_swelling_within_hours_is_an_expanding_haematoma(text: str) -> None:
    """Breast, face or neck: the sign is a side or region swelling fast, whatever the words."""
    assert "breast_haematoma" in triage(text, stage="post_op").red_flags


@pytest.mark.parametrize(
    "text",
    [
        "swelling went down quickly since yesterday, is it ok to sleep on my side?",
        "suddenly the swelling went down a lot today, great",
    ],
)
def test_swelling_going_down_fast_is_healing(text: str) -> None:
    assert "breast_haematoma" not in triage(text, stage="post_op").red_flags


@pytest.mark.parametrize(
    ("flag", "text"),
    [
        ("ohss_abdomen", "ba3d el sa7b batni kteer mshdod w kbeer"),
        ("breathing_difficulty", "msh 2adra atnfs mnee7 mn el sob7"),
    ],
)
def test_arabizi_without_vowels_is_read_by_its_consonants(flag: str, text: str) -> None:
    assert flag in triage(text, stage="post_op").red_flags


@pytest.mark.parametrize(
    "text",
    [
        "اليوم العاشر، الجرح نظيف وما عندي حرارة، متى اقدر اسبح؟",
        "الرجلين مو منتفخة وما في حرارة، كم لازم البس المشد؟",
        "10. gün ateş kızarıklık akıntı hiçbiri yok, ne zaman yüzebilirim?",
    ],
)
def test_a_clitic_conjunction_and_a_comma_less_list_still_negate(text: str) -> None:
    """ "وما" is "and not"; Turkish lists symptoms without commas before "hiçbiri yok"."""
    result = triage(text, stage="post_op")
    assert result.urgency != "urgent" and not result.red_flags
