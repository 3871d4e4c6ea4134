# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The thirtieth round's general fixes for urgency (issue 10, dev31 and dev32), each on our own
phrasings in six languages, not dev31's or dev32's, each beside a look-alike that must behave the
other way.

What was missed: the day after an operation, a full breath that cannot be drawn, a stab in the
side on every deep breath, stopping to pant on the way to the toilet -- pleuritic pain and
breathlessness on the least exertion (pneumothorax, pulmonary embolism: NHS 'Pulmonary
embolism', NICE NG158). ``pulmonary_embolism_signs`` now reads the pain told *after* the breath
that brings it, ``breathing_difficulty`` the full breath not drawn in Arabic and stopping to get
one's breath or panting, in six languages.
What paged the on-call needlessly, the expected course told in alarming words (ASPS, BAPRAS): a
face "like a car crash" (a "rash" inside "crash"), black eyes turning yellow (a bruise, not
jaundice), implants high under the collarbone ("Schlüssel*bein*" is no leg), a neck bent in one
sentence and a forehead swelling going down in the next, one side of the face more swollen but
soft with nothing growing (an expanding haematoma is tense and grows), and 1 kg put on after an
egg collection (RCOG Green-top No. 5, HFEA: a gain of *more* than a kilogram is the sign).
What was escalated before an operation: "وفيها نزيف كثير؟" ("is there much bleeding?") asked of a
hair transplant -- Arabic's "is there", an enquiry.
What nobody would have seen the same day (``soon``, new catalogue entries): the corner of the
mouth or the brow not lifting on one side after a facelift (facial-nerve branch weakness, BAPRAS /
ASPS), an eye that does not close fully after eyelid surgery (lagophthalmos, Royal College of
Ophthalmologists / BAPRAS: exposure keratopathy) and an eye redder than the day before after eye
surgery, the sight unchanged (Royal College of Ophthalmologists).
"""

from __future__ import annotations

import pytest

from careflow_agents import redflags
from careflow_agents.triage import _Message, _told, triage
from tests.unit.agents.screening import (
    assert_not_urgent_by_the_rules,
    assert_soon_by_the_rules,
    assert_urgent,
)


def _sign_told(text: str, flag: str) -> bool:
    """Whether the catalogue's ``flag`` (a same-day one included) is told in ``text``."""
    return _told(_Message(text), redflags.BY_ID[flag])[0]


@pytest.mark.parametrize(
    "text",
    [
        "day 2 after my tummy tuck, every time I breathe in deeply it stabs under my ribs",
        "Brust-OP gestern. Wenn ich tief einatme, sticht es rechts in der Seite",
        "opérée hier, à chaque inspiration ça me pique dans le côté droit",
        "dün ameliyat oldum, derin nefes aldığımda sağ tarafıma bıçak gibi saplanıyor",
        "операция вчера, при глубоком вдохе колет в правом боку",
        "عملت عملية امس وكل ما اتنفس بعمق ينغزني بالجنب",
    ],
)
def test_a_stab_on_every_deep_breath_after_an_operation_is_urgent(text: str) -> None:
    assert_urgent(text, "pulmonary_embolism_signs")


@pytest.mark.parametrize(
    "text",
    [
        "lipo yesterday, I have to stop to catch my breath walking to the bathroom",
        "OP gestern, ich muss auf dem Weg zur Toilette stehen bleiben, um Luft zu holen",
        "opérée hier, je dois m'arrêter pour reprendre mon souffle en allant aux toilettes",
        "dün ameliyat oldum, tuvalete giderken durup soluklanmam gerekiyor",
        "операция вчера, до туалета иду с остановками, чтобы отдышаться",
        "سويت العملية امس وما اقدر اخذ نفس كامل",
        "العملية امس، امشي خطوتين للحمام والهث",
    ],
)
def test_breathless_on_a_few_steps_after_an_operation_is_urgent(text: str) -> None:
    assert_urgent(text, "breathing_difficulty")


@pytest.mark.parametrize(
    "text",
    [
        "day 3 after rhino, I breathe through my mouth because of the splint, pain is ok",
        "deep breaths help me relax, no pain at all, day 4 after lipo",
        "Atemübungen mache ich brav, alles gut, Tag 3 nach der Bauchdeckenstraffung",
        "je respire bien, aucune douleur, jour 3 après la lipo",
        "rahat nefes alıyorum, sadece karnım biraz gergin",
        "дышу свободно, одышки нет, шов немного тянет",
        "الوجع نفس امس وما فيه شي جديد، اتنفس عادي",
    ],
)
def test_easy_breathing_told_after_an_operation_is_no_embolism(text: str) -> None:
    assert_not_urgent_by_the_rules(text)
    flags = triage(text, stage="post_op", learned=False).red_flags
    assert not {"pulmonary_embolism_signs", "breathing_difficulty"} & set(flags), (text, flags)


@pytest.mark.parametrize(
    "text",
    [
        "nose job 4 days ago, my face looks like a car crash, both eyes black and yellow",
        "Nasen-OP vor 3 Tagen, die Augen schwarz und gelb, wie nach einem Boxkampf",
        "rhinoplastie il y a 3 jours, les yeux noirs et jaunes comme après un match de boxe",
        "burun ameliyatından sonra gözlerim siyah ve sarı, dayak yemiş gibiyim",
        "после ринопластики глаза черные и желтые, как после драки",
        "بعد عملية الانف عيوني سودا وصفرا كأني متضاربه",
        "Brustvergrößerung vor 5 Tagen, die Implantate sitzen hoch unterm Schlüsselbein, Schmerzen besser",
        "day 3 after FUE, no fever. donor a bit sore when I bend my neck. forehead swelling going down",
    ],
)
def test_the_expected_course_in_alarming_words_is_not_urgent(text: str) -> None:
    assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("the whites of my eyes have turned yellow since the antibiotics", "jaundice"),
        ("a rash all over my face and my lips are swelling", "allergic_reaction"),
        ("mein linkes Bein ist seit gestern geschwollen und warm", "calf_pain_swelling"),
        ("der rechte Unterschenkel ist geschwollen und heiß seit der OP", "calf_pain_swelling"),
        ("my throat feels tight and swollen since this morning", "airway_swallowing"),
    ],
)
def test_the_signs_beside_the_expected_course_still_escalate(text: str, flag: str) -> None:
    assert_urgent(text, flag)


@pytest.mark.parametrize(
    "text",
    [
        "since yesterday my left cheek is more swollen than the right but it's soft, no fever",
        "die linke Wange ist dicker als die rechte, aber weich und ohne Fieber",
        "la joue droite est plus gonflée que la gauche mais c'est mou, pas de fièvre",
        "sol yanağım daha çok şişti ama yumuşak, ateş yok",
        "левая щека опухла больше правой, но мягкая, температуры нет",
        "الجهة اليسار من وجهي منتفخة اكثر بس طرية وما في حرارة",
    ],
)
def test_one_side_more_swollen_but_soft_is_seen_the_same_day(text: str) -> None:
    assert_not_urgent_by_the_rules(text)
    assert "breast_haematoma" not in triage(text, stage="post_op", learned=False).red_flags


@pytest.mark.parametrize(
    "text",
    [
        "my left cheek swelled up within an hour, it was soft but now it's hard and tense",
        "la joue gauche a gonflé d'un coup, c'était mou mais maintenant c'est dur et ça grossit",
        "левая щека резко опухла за час, но мягкая была, теперь твердая",
        # the soft one is the other side: the swollen one stays a haematoma
        "my right breast is huge and hard, but the left one is soft",
        "die rechte Brust ist doppelt so groß, aber die linke ist weich",
    ],
)
def test_one_side_swelling_fast_and_hardening_stays_a_haematoma(text: str) -> None:
    assert_urgent(text, "breast_haematoma")


@pytest.mark.parametrize(
    "text",
    [
        "egg retrieval on monday, a bit bloated, weight up 1 kg, peeing normally",
        "Eizellentnahme vor 3 Tagen, Bauch etwas gebläht, 1 kg zugenommen, Wasserlassen normal",
        "ponction il y a 3 jours, ventre un peu ballonné, j'ai pris 1 kg, j'urine normalement",
        "yumurta toplama iki gün önce, karnım hafif şişkin, 1 kilo aldım",
        "пункция 3 дня назад, живот немного вздут, вес +1 кг, мочусь нормально",
        "سحب البويضات قبل 3 ايام، بطني منفوخ شوي وزاد وزني 1 كيلو",
    ],
)
def test_one_kilogram_after_an_egg_collection_is_no_ohss_sign(text: str) -> None:
    assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "egg retrieval on monday, weight up 3 kg since yesterday",
        "Eizellentnahme vor 3 Tagen, 2,5 kg zugenommen seit gestern",
        "ponction il y a 3 jours, j'ai pris 3 kg en deux jours",
        "yumurta toplamadan sonra 3 kilo aldım",
        "пункция 3 дня назад, вес +3 кг за сутки",
        "سحب البويضات قبل 3 ايام وزاد وزني 3 كيلو",
    ],
)
def test_kilos_put_on_after_an_egg_collection_stay_urgent(text: str) -> None:
    assert_urgent(text, "ohss_abdomen")


@pytest.mark.parametrize(
    "text",
    [
        "هل عملية شد الوجه مؤلمة؟ وفيها نزيف كثير؟",
        "ابغى اسوي زراعة شعر. فيها نزيف قوي؟",
        "هل فيه نزيف شديد بعد عملية الانف؟ امي خايفه",
    ],
)
def test_is_there_much_bleeding_asked_before_an_operation_is_an_enquiry(text: str) -> None:
    result = triage(text, stage="enquiry", learned=False)
    assert result.urgency == "routine", (text, result)


@pytest.mark.parametrize(
    "text",
    [
        "سويت العملية امس وفيه نزيف كثير؟",
        "فيه نزيف كثير من الجرح من الصبح",
        "فيه نزيف كثير من الجرح؟",
    ],
)
def test_a_bleed_told_now_stays_urgent_before_the_stage_moves(text: str) -> None:
    result = triage(text, stage="enquiry", learned=False)
    assert result.urgency == "urgent", (text, result)


_NERVE = "facial_nerve_weakness_review"
_LID = "eyelid_not_closing_review"
_RED = "eye_redness_rising_review"


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("two weeks after my facelift the corner of my mouth doesn't lift when I smile", _NERVE),
        ("Facelift vor 10 Tagen, der linke Mundwinkel geht beim Lächeln nicht hoch", _NERVE),
        ("lifting il y a 8 jours, le coin de ma bouche ne se relève pas quand je souris", _NERVE),
        ("yüz germe sonrası sağ kaşım kalkmıyor, ağrı yok", _NERVE),
        ("после подтяжки лица левый уголок рта не поднимается при улыбке", _NERVE),
        ("بعد شد الوجه طرف فمي اليسار ما يرتفع لما اضحك", _NERVE),
        ("after my eyelid surgery my left eye doesn't close fully when I sleep, it's dry", _LID),
        ("nach der Lidstraffung geht das rechte Auge nachts nicht ganz zu", _LID),
        ("depuis la blépharoplastie mon oeil ne se ferme pas complètement la nuit", _LID),
        ("göz kapağı ameliyatından sonra sol gözüm tam kapanmıyor", _LID),
        ("после блефаропластики правое веко не смыкается полностью", _LID),
        ("بعد عملية الجفون عيني اليمين ما تسكر كامل وانا نايمة", _LID),
        ("cataract op 2 days ago, the eye is redder than yesterday, vision the same", _RED),
        ("Grauer Star vor 3 Tagen, das linke Auge ist röter als gestern, sehe aber gut", _RED),
        ("opérée de la cataracte, l'oeil est plus rouge qu'hier mais je vois pareil", _RED),
        ("lazerden sonra sağ gözüm dünden daha kırmızı, görme aynı", _RED),
        ("после лазерной коррекции левый глаз краснее, чем вчера, зрение то же", _RED),
        ("بعد الليزك عيني احمر اكثر من امس بس النظر نفسه", _RED),
    ],
)
def test_a_weak_facial_nerve_branch_a_lid_not_closing_or_a_redder_eye_is_seen_the_same_day(
    text: str, flag: str
) -> None:
    assert_soon_by_the_rules(text)
    assert _sign_told(text, flag), text


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("my smile is back to normal, both corners lift evenly", _NERVE),
        ("Mundwinkel wieder symmetrisch, alles gut", _NERVE),
        ("les yeux se ferment bien maintenant, juste un peu secs", _LID),
        ("my eyes close fully now, only a bit dry in the morning", _LID),
        ("gözlerim rahat kapanıyor, biraz kuruluk var", _LID),
        ("глаза закрываются полностью, немного сухо", _LID),
        ("the eye is less red than yesterday, much better", _RED),
        ("das Auge ist weniger rot als gestern", _RED),
        ("l'oeil est moins rouge qu'hier", _RED),
    ],
)
def test_a_smile_and_lids_that_work_tell_no_nerve_or_lid_sign(text: str, flag: str) -> None:
    assert not _sign_told(text, flag), text


def test_a_face_drooping_with_slurred_speech_stays_a_stroke() -> None:
    text = "facelift 10 days ago, suddenly my face is drooping on one side and my speech is slurred"
    assert_urgent(text, "stroke_signs")
