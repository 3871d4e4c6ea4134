# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The thirty-sixth round's general fixes for urgency (issue 10, dev41), each on our own
phrasings in six languages, not dev41's, each beside a look-alike that must behave the other way.

What nobody would have paged: a septal haematoma after a rhinoplasty told as a swelling with a
word between it and its colour ("une boule molle violette", "a soft purple lump"; ENT UK 'Septal
haematoma': a soft purple swelling of the septum, both sides blocked, rising pain -- same-day
drainage). What paged the on-call needlessly: "keine starken Schmerzen" (the intensity word
between the negation and the pain let the denied severe pain through), a shower ("استحمى")
read as a fever ("حمى"), blood that oozes read as pus, "je parle normalement" read as speech
gone wrong ("mal" inside "normal"), and, before an operation, an impersonal question ("et ça
saigne beaucoup ?") right after another question. What nobody would have seen: a brow that does
not lift after a facelift told with a modal ("je n'arrive pas à lever le sourcil"; BAPRAS/ASPS
'Facelift -- risks': facial-nerve weakness, reviewed the same day -- a NEW droop with speech or
arm signs stays a stroke), and a seroma told by its sloshing verb ("плещется"; ASPS seroma).
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import triage
from tests.unit.agents.screening import (
    assert_intent_by_the_rules,
    assert_not_read_as,
    assert_not_urgent_by_the_rules,
    assert_routine_by_the_rules,
    assert_soon_by_the_rules,
    assert_urgent,
)


@pytest.mark.parametrize(
    "text",
    [
        "no fever, no bleeding. but since last night my nose is full of a soft purple lump inside, both sides shut, pain getting worse",
        "kein Fieber. Aber in der Nase sitzt seit heute Nacht eine weiche lila Beule, beide Seiten zu, es pocht immer mehr",
        "pas de fièvre. mais dans le nez il y a une bosse souple bleutée, les 2 narines bouchées, ça lance de plus en plus",
        "ateşim yok. ama burnumun içinde mor yumuşak bir şişlik var, iki taraf da tıkalı, ağrı artıyor",
        "температуры нет. но в носу мягкая фиолетовая шишка, обе ноздри заложены, боль нарастает",
        "ما عندي حرارة. بس في انفي كتلة طرية بنفسجية، مسدود من الجهتين والوجع يزيد",
    ],
)
def test_purple_swelling_in_the_nose_with_a_word_before_its_colour_escalates(text: str) -> None:
    assert_urgent(text, "septal_haematoma")


@pytest.mark.parametrize(
    "text",
    [
        "nose blocked by swelling and crusts after the rhinoplasty, no pain to speak of",
        "die Nase ist durch Krusten und Schwellung zu, kaum Schmerzen",
        "le nez est bouché par les croûtes et le gonflement, pas vraiment mal",
        "burnum kabuk ve şişlikten tıkalı, ağrım yok",
        "нос заложен из-за корочек и отёка, почти не болит",
        "انفي مسدود من القشور والتورم، ما في وجع",
    ],
)
def test_nose_blocked_by_crusts_and_swelling_is_no_haematoma(text: str) -> None:
    assert_not_read_as(text, "septal_haematoma")
    assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "after the sinus lift water comes out of my nose when I drink, no strong pain, no fever",
        "nach der OP kommt Wasser aus der Nase beim Trinken, keine starken Schmerzen, kein Fieber",
        "pas de forte douleur, pas de fièvre, mais l'eau ressort par le nez quand je bois",
        "нет сильных болей, температуры нет, но при питье вода выходит через нос",
    ],
)
def test_strong_pain_denied_is_no_severe_pain(text: str) -> None:
    assert_not_read_as(text, "severe_pain_unrelieved")
    assert_soon_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "the pain is unbearable and the painkillers don't help",
        "starke Schmerzen seit heute früh, die Tabletten helfen nicht",
    ],
)
def test_strong_pain_told_still_escalates(text: str) -> None:
    assert_urgent(text, "severe_pain_unrelieved")


@pytest.mark.parametrize(
    "text",
    [
        "مفيش حرارة ولا صديد، بس امتى اقدر استحمى؟",
        "ما في حرارة، متى بقدر استحمى وأشيل الرباط؟",
        "الضماد يحمي الجرح، متى استحمى؟",
    ],
)
def test_shower_is_no_fever(text: str) -> None:
    assert_not_read_as(text, "high_fever")


@pytest.mark.parametrize(
    "text",
    [
        "عندي حمى من امس والجرح احمر",
        "صار عندي رجفة والحمى ما نزلت",
    ],
)
def test_the_fever_noun_still_escalates(text: str) -> None:
    assert_urgent(text, "high_fever")


@pytest.mark.parametrize(
    "text",
    [
        "после операции из носа понемногу сочится кровь, голова не кружится",
        "blood is oozing slowly from my nose, a tissue every half hour, I feel fine",
    ],
)
def test_blood_that_oozes_is_no_pus(text: str) -> None:
    assert_not_read_as(text, "pus")
    assert_soon_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "из шва сочится мутная жидкость и неприятно пахнет",
        "the wound is oozing and it smells bad",
    ],
)
def test_a_wound_that_oozes_is_still_pus(text: str) -> None:
    assert_urgent(text, "pus")


@pytest.mark.parametrize(
    "text",
    [
        "depuis l'opération je n'arrive pas bien à lever le sourcil droit, je parle normalement",
        "je ne peux plus froncer le sourcil gauche depuis le réveil, pas de douleur",
        "since the facelift I can't lift my left eyebrow, I talk normally, arms fine",
        "seit dem Facelift kann ich die linke Augenbraue nicht heben, Sprechen ganz normal",
        "yüz germeden beri sol kaşımı kaldıramıyorum, konuşmam normal",
        "после подтяжки не могу поднять левую бровь, говорю нормально",
        "من بعد شد الوجه ما اقدر ارفع حاجبي اليسار، الكلام طبيعي",
    ],
)
def test_brow_weakness_since_a_facelift_is_seen_the_same_day(text: str) -> None:
    assert_not_read_as(text, "stroke_signs")
    assert_not_read_as(text, "neuro_confusion")
    assert_soon_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "tout à coup sa bouche est de travers et il parle mal, il n'arrive plus à lever le bras",
        "soudain la bouche tombe d'un côté et je parle mal",
    ],
)
def test_a_new_droop_with_speech_signs_is_still_a_stroke(text: str) -> None:
    assert_urgent(text, "stroke_signs")


@pytest.mark.parametrize(
    "text",
    [
        "грудь справа стала больше и там будто плещется, не болит",
        "le ventre a enflé sous la cicatrice et ça clapote quand je bouge, pas de douleur",
        "karnım dikişin altında şişti, içinde bir şey çalkalanıyor gibi, ağrı yok",
        "صدري اليمين كبر شوي وحاسة انه بيخضخض جواه، ما في وجع",
    ],
)
def test_a_sloshing_swelling_is_seen_the_same_day(text: str) -> None:
    assert_soon_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "J+10 prothèses, les deux seins pareils, mais ça fait des bruits de clapotis quand je bouge, c'est normal ?",
        "implant sonrası 10. gün, iki göğüs aynı, hareket edince çalkalanıyor gibi ses geliyor, normal mi?",
        "10 дней после увеличения груди, обе одинаковые, при ходьбе будто что-то плещется, это нормально?",
    ],
)
def test_sloshing_noise_alone_after_implants_is_no_seroma(text: str) -> None:
    assert_not_read_as(text, "fluid_collection_review")


@pytest.mark.parametrize(
    "text",
    [
        "c'est long la convalescence ? et ça saigne beaucoup ? j'ai peur",
        "is it a long recovery? and does it bleed a lot?",
        "dauert die Heilung lange? und blutet es stark?",
        "восстановление долгое? а это больно?",
        "العملية طويلة؟ وبتنزف كتير؟",
    ],
)
def test_an_impersonal_question_before_the_operation_pages_nobody(text: str) -> None:
    result = triage(text, stage="enquiry", learned=False)
    assert result.urgency == "routine", (text, result)


@pytest.mark.parametrize(
    "text",
    [
        "j'ai été opérée hier. ça saigne beaucoup depuis ce matin ?",
        "I had the surgery yesterday. it bleeds a lot since this morning, the gauze is soaked",
        "ça saigne beaucoup du nez, je fais quoi ?",
        "сильно кровит из носа уже час, что делать?",
        "بتنزف كتير من الجرح، اعمل ايه؟",
    ],
)
def test_a_bleed_told_now_before_a_question_still_escalates(text: str) -> None:
    result = triage(text, stage="enquiry", learned=False)
    assert result.urgency == "urgent", (text, result)


def test_the_pre_op_question_keeps_its_intent() -> None:
    assert_intent_by_the_rules(
        "c'est douloureux le lifting ? et ça saigne beaucoup ?", "enquiry", "treatment_enquiry"
    )


@pytest.mark.parametrize(
    "text",
    [
        "no fever, the redness is going down, a few scabs. when can I wash my hair?",
        "kein Fieber, die Rötung wird besser. Ab wann darf ich duschen?",
        "pas de fièvre, la rougeur diminue. quand puis-je me laver les cheveux ?",
        "ateş yok, kızarıklık azalıyor. ne zaman duş alabilirim?",
        "температуры нет, покраснение уменьшается. когда можно мыть голову?",
        "ما في حرارة، الاحمرار يخف. متى اقدر اتحمم؟",
    ],
)
def test_a_sign_told_settling_with_a_care_question_is_routine(text: str) -> None:
    assert_routine_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "the redness is not getting better. when can I wash my hair?",
        "die Rötung wird nicht besser. Ab wann darf ich duschen?",
        "redness and pain, the swelling is getting better. when can I shower?",
        "la rougeur, et le gonflement diminue. quand puis-je me doucher ?",
        # a healing word as a name, not said of the sign: the healing cap shows
        "bir dikiş açıldı iyileşme vidası görünüyor, ağrı yok. ne zaman yemek yiyebilirim?",
    ],
)
def test_a_sign_not_settling_or_beside_another_still_goes_to_a_person(text: str) -> None:
    assert_soon_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "الانف مسدود شوي وانام وفمي مفتوح. متى اقدر اتحمم؟",
        "الأنف مسدود شوي، متى اقدر ارجع الشغل؟",
    ],
)
def test_the_nose_named_with_its_article_blocked_a_little_is_the_expected_course(
    text: str,
) -> None:
    assert_routine_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "الانف مسدود من الجهتين والوجع يزيد كل ساعة",
        "في الانف من جوا كتلة طرية بنفسجية",
    ],
)
def test_the_nose_named_with_its_article_blocked_both_sides_with_rising_pain_escalates(
    text: str,
) -> None:
    assert_urgent(text, "septal_haematoma")


@pytest.mark.parametrize(
    "text",
    [
        "الجرح بينزف كتير ومش بيقف",
        "بتنزف جامد من الغرز من ساعة",
    ],
)
def test_an_egyptian_bleed_told_heavy_escalates(text: str) -> None:
    assert_urgent(text, "heavy_bleeding")


@pytest.mark.parametrize(
    "text",
    [
        "الجرح مش بينزف كتير، شوية دم بس وقف",
        "ما بتنزف كتير، شوية دم ووقف",
    ],
)
def test_an_egyptian_bleed_denied_heavy_is_none(text: str) -> None:
    assert_not_read_as(text, "heavy_bleeding")


@pytest.mark.parametrize(
    "text",
    [
        "ينفع اعمل العملية وانا عندي الدورة؟ النزيف عندي بيبقى جامد اول يومين",
        "والنزيف بيبقى كتير في العملية؟",
    ],
)
def test_a_heavy_period_or_the_operation_s_bleeding_asked_before_it_pages_nobody(
    text: str,
) -> None:
    result = triage(text, stage="enquiry", learned=False)
    assert result.urgency == "routine", (text, result)
