# ruff: noqa: RUF001, RUF002 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The sixth round's general fixes, each on our own phrasings (not dev7's messages).

Negation cues that read as another language's words, spoken negation without its first half,
red flags in the grammatical forms the catalogue did not spell, and ordinary phrases the
catalogue read as red flags.
"""

from __future__ import annotations

import pytest

from careflow_agents.negation import scopes
from careflow_agents.triage import red_flags, triage


@pytest.mark.parametrize(
    "text",
    [
        "I don't have a temperature",
        "she doesn't have a fever anymore",
        "pas de fièvre, il n'y a pas de rougeur",
    ],
)
def test_an_article_does_not_end_a_negation(text: str) -> None:
    """Russian "а" (but) and "но" transliterated are "a" and "no": as scope terminators on
    every view they cut "don't have *a* temperature" in two."""
    found, negated = red_flags(text)
    assert found == () and "high_fever" in negated


def test_russian_contrast_in_latin_letters_still_ends_a_scope() -> None:
    view = "temperatury net, a shov krasnyi"
    assert all(end <= view.index(" a ") + 1 for _start, end in scopes(view, latin=True))


@pytest.mark.parametrize(
    "text",
    [
        "Fieber hab ich keins und es eitert nix",
        "die Naht eitert nichts, alles trocken",
    ],
)
def test_german_spoken_negation_after_the_verb(text: str) -> None:
    assert "pus" not in red_flags(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "ça saigne plus depuis avant-hier",
        "la plaie coule pas, juste un peu rouge sur les bords",
    ],
)
def test_french_negation_without_ne(text: str) -> None:
    found = red_flags(text)[0]
    assert "heavy_bleeding" not in found and "pus" not in found


@pytest.mark.parametrize(
    "text",
    [
        "ça saigne de plus en plus",
        "ça saigne pas mal depuis ce matin et ça coule sans arrêt",
    ],
)
def test_french_more_and_quite_a_lot_are_no_negation(text: str) -> None:
    assert "heavy_bleeding" in red_flags(text)[0]


@pytest.mark.parametrize(
    ("flag", "text"),
    [
        ("breathing_difficulty", "عندي ضيق بالتنفس من الصبح"),
        ("airway_swallowing", "أمي عندها صعوبة تبلع بعد زراعة الأسنان"),
        ("vision_loss", "3amalt lasik embare7, mesh shayef 7aga bel 3en el yemin"),
        ("vision_loss", "fe sitara soda 3ala 3eni men el sob7"),
        ("eye_pain_rising", "opération de la cataracte, l'oeil me fait de plus en plus mal"),
        ("vision_worsening", "je vois de plus en plus flou depuis l'opération"),
        ("vision_worsening", "ameliyattan beri giderek daha bulanık görüyorum"),
        ("eye_pain_rising", "lazer sonrası gözüm gittikçe daha çok ağrıyor"),
    ],
)
def test_red_flags_in_forms_the_catalogue_did_not_spell(flag: str, text: str) -> None:
    assert flag in red_flags(text)[0]


@pytest.mark.parametrize(
    ("flag", "text"),
    [
        ("vomiting_abdominal", "تكميم المعدة قبل شهر، متى أرجع للشغل؟"),
        (
            "allergic_reaction",
            "penisiline alerjim var, dosyama yazar mısınız? ağrı kesici ne alayım",
        ),
        ("ohss_abdomen", "abdominoplasty 2 weeks ago, belly a bit tight in the binder, normal?"),
        ("csf_leak", "dikiş yerinde küçük bir açıklık var, az şeffaf sıvı geliyor"),
    ],
)
def test_ordinary_phrases_are_not_read_as_red_flags(flag: str, text: str) -> None:
    assert flag not in red_flags(text)[0]


@pytest.mark.parametrize(
    ("flag", "text"),
    [
        ("vomiting_abdominal", "ارجع كل شي آكله من الصبح ما يوقف"),
        (
            "allergic_reaction",
            "antibiyotiğe alerjim var galiba, dudaklarım şişti ve kurdeşen döktüm",
        ),
        ("ohss_abdomen", "after egg collection my belly is a bit tight and getting bigger"),
        ("csf_leak", "burnumdan şeffaf sıvı damlıyor, dikiş yeri iyi"),
    ],
)
def test_the_same_flags_still_fire_when_they_are_meant(flag: str, text: str) -> None:
    assert flag in red_flags(text)[0]


def test_a_flag_in_a_booked_stage_after_surgery_elsewhere_is_urgent() -> None:
    result = triage(
        "7agazt 3andoko, bas 3amalt lasik fe makan tany w delwa2ti mesh shayef kwayes",
        stage="booked",
    )
    assert result.urgency == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "the wound is bleeding more and more",
        "die Naht blutet immer mehr",
        "ça saigne de plus en plus",
        "шов кровит всё сильнее",
        "yara giderek daha çok kanıyor",
    ],
)
def test_bleeding_that_increases_is_a_red_flag_in_every_language(text: str) -> None:
    assert "heavy_bleeding" in red_flags(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Blepharoplastik vor drei Wochen: wie lange soll ich das Gel noch nehmen?",
        "после блефаропластики через сколько можно в баню?",
        "بعد عملية الأنف بأسبوعين، أقدر ألبس نظارة؟",
    ],
)
def test_a_treatment_question_after_the_operation_is_about_recovery(text: str) -> None:
    assert triage(text, stage="post_op").intent == "post_op_concern"


@pytest.mark.parametrize(
    "text",
    [
        "Im Angebot standen 3.400 € mit Hotel und Transfer, bleibt es dabei für August?",
        "On m'a proposé 3 200 € avec hôtel compris, c'est toujours valable en octobre ?",
        "Y a-t-il une réduction pour les retraités ?",
    ],
)
def test_a_quoted_amount_or_a_discount_is_a_price_question(text: str) -> None:
    assert triage(text, stage="quoted").intent == "price_quote"


def test_a_transliterated_russian_discount_question_is_russian_and_a_price() -> None:
    from careflow_agents.language import detect

    text = "a skidki kakie-nibud est esli delat srazu dve procedury?"
    assert detect(text).language == "ru"
    assert triage(text, stage="enquiry").intent == "price_quote"


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("nothing's oozing and the pain is basically gone", "pain"),
        ("the bleeding has stopped completely", "bleeding"),
        ("die Blutung hat aufgehört, Fieber ist weg", "blutung"),
        ("le saignement a disparu depuis hier", "saignement"),
        ("kanama durdu, ağrı da geçti", "kanama"),
        ("кровь не идёт, гной не выделяется", "кровь"),
    ],
)
def test_a_symptom_said_to_be_over_is_absent(text: str, symptom: str) -> None:
    from careflow_agents.text import fold

    view = fold(text)
    start = view.index(fold(symptom))
    assert any(s <= start < e for s, e in scopes(view))


def test_a_resolved_symptom_does_not_hide_a_new_one() -> None:
    found = red_flags("the pain is gone but my calf is swollen, hot and painful since the flight")[
        0
    ]
    assert "calf_pain_swelling" in found


@pytest.mark.parametrize(
    "text",
    [
        "Tag 5 nach der Lidstraffung, die Fäden soll ich am Tag 7 ziehen lassen. Darf ich duschen?",
        "ma cicatrice est encore rose et un peu dure après 3 mois, je peux la masser ?",
        "my tummy tuck scar is still pink and a bit raised at 10 weeks, can I use silicone?",
    ],
)
def test_ordinary_healing_needs_no_coordinator(text: str) -> None:
    assert not triage(text, stage="post_op").review


def test_a_red_hot_scar_is_not_ordinary_healing() -> None:
    assert (
        triage("my scar is red, hot and hard since yesterday", stage="post_op").urgency != "routine"
    )
