# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The fifteenth round's general fixes (issue 10, dev16), each on our own phrasings, not dev16's.

Complications the catalogue did not know: vomiting blood (NHS 'Vomiting blood'), a spreading
dark patch with blisters or pain far worse than the rest (NHS 'Necrotising fasciitis'), chest
pressure going down the arm (NHS 'Heart attack'), pale and clammy skin (shock), OHSS told only
by measurements (kilos gained, a waist in cm larger than before -- HFEA), one-sided pain told
side first, vomiting told by its duration in days, a bare reading "j'ai 38,9". Each stays urgent
beside healing words and negated symptoms; the look-alikes do not escalate.
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import triage
from tests.unit.agents.screening import assert_not_urgent, assert_urgent


@pytest.mark.parametrize(
    "text",
    [
        "day 4 after my sleeve, threw up some bright blood this morning, otherwise fine",
        "bypass vor 6 Tagen, habe heute zweimal Blut erbrochen, kein Fieber",
        "opérée du bypass, j'ai vomi avec du sang dedans, à part ça tout va bien",
        "tüp mide 5. gün, sabah kan kustum, ateşim yok",
        "после шунтирования вырвало с кровью, температуры нет",
        "بعد التكميم استفرغت دم الصبح، ما عندي حرارة",
    ],
)
def test_vomiting_blood_is_urgent(text: str) -> None:
    assert_urgent(text, "vomiting_blood")


@pytest.mark.parametrize(
    "text",
    [
        "I vomited once but there was no blood, just nausea from the painkillers",
        "Ich habe einmal erbrochen, kein Blut, nur die Narkose",
        "j'ai vomi une fois hier soir, pas de sang",
        "свежий шрам чуть кровит, рвоты нет",
    ],
)
def test_vomiting_without_blood_is_not_urgent(text: str) -> None:
    assert_not_urgent(text)


@pytest.mark.parametrize(
    "text",
    [
        "lipo day 4, a dark purple area on my flank keeps spreading and there are blisters on it",
        "nach der Fettabsaugung wird ein lila Fleck am Bauch immer größer, jetzt mit Blasen",
        "depuis l'abdominoplastie une zone noire s'agrandit et la peau fait des bulles, normal ?",
        "liposuction sonrası bacağımda mor bir leke yayılıyor, üstünde kabarcıklar var",
        "после липосакции на бедре темное пятно расползается, появились пузыри",
        "بعد شفط الدهون في بقعة بنفسجية تنتشر على فخذي وطلعت فقاعات",
    ],
)
def test_spreading_dark_skin_with_blisters_is_urgent(text: str) -> None:
    assert_urgent(text, "necrotising_soft_tissue")


@pytest.mark.parametrize(
    "text",
    [
        "small blister under the tape on day 3, the bruise is turning yellow",
        "eine kleine Blase unter dem Pflaster, sonst alles gut",
        "une petite cloque sous le pansement, les bleus jaunissent",
    ],
)
def test_a_tape_blister_alone_is_not_urgent(text: str) -> None:
    assert_not_urgent(text)


@pytest.mark.parametrize(
    "text",
    [
        "no fever, wound is clean, but since an hour a heavy pain in my chest going down my left arm",
        "kein Fieber, aber Druck auf der Brust der in den linken Arm zieht",
        "pas de fièvre mais une oppression qui descend dans le bras gauche depuis la poitrine",
        "ateşim yok ama göğsümdeki ağrı sol koluma vuruyor",
        "температуры нет, но давит в груди и отдает в левую руку",
        "ما عندي حرارة بس في ألم شديد على صدري وينزل على ذراعي",
    ],
)
def test_chest_pain_spreading_to_the_arm_is_urgent(text: str) -> None:
    assert_urgent(text, "chest_pain")


@pytest.mark.parametrize(
    "text",
    [
        "she suddenly went pale and clammy after getting up, very weak",
        "er ist ganz blass und kaltschweißig seit einer Stunde",
        "il est pâle avec des sueurs froides depuis ce matin",
        "annem bembeyaz oldu, soğuk ter döküyor",
        "жена бледная, холодный пот, лежит",
        "وجهها اصفر وعرقانة وعرق بارد",
    ],
)
def test_pale_and_clammy_is_urgent(text: str) -> None:
    assert_urgent(text, "fainting")


@pytest.mark.parametrize(
    "text",
    [
        "egg retrieval 3 days ago, weight went up 4 kg since, waist 98 cm and it was 86",
        "Punktion vor 4 Tagen, Gewicht gestiegen um 3 kg",
        "ponction il y a 3 jours, j'ai pris 3 kg depuis",
        "yumurta toplama sonrası 3 kilo aldım 2 günde",
        "после пункции набрала 3 кг за два дня",
        "بعد سحب البويضات زاد وزني ٣ كيلو",
    ],
)
def test_ohss_told_by_measurements_is_urgent(text: str) -> None:
    assert_urgent(text, "ohss_abdomen")


def test_one_sided_pain_told_side_first_is_urgent() -> None:
    assert_urgent(
        "egg collection yesterday, it's on the left side, the pain started suddenly and she is being sick",
        "ovarian_torsion_internal_bleeding",
    )
    assert_urgent(
        "he is doubled over, clutching his right side, since an hour",
        "ovarian_torsion_internal_bleeding",
    )


@pytest.mark.parametrize(
    "text",
    [
        "3 gündür kusuyorum tüp mideden beri, önemli değil herhalde",
        "su bile içtiğim gibi hemen geri geliyo, ne yapayım",
        "been vomiting for 2 days since the bypass, probably a bug",
        "уже два дня рвет после операции, воду пью",
    ],
)
def test_vomiting_for_days_is_urgent(text: str) -> None:
    assert_urgent(text, "vomiting_abdominal")


@pytest.mark.parametrize(
    "text",
    [
        "c'est sûrement rien mais j'ai 38,7 ce soir",
        "I have 38.6 tonight, is that ok",
        "у меня 38.9 вечером",
    ],
)
def test_a_bare_high_reading_is_a_fever(text: str) -> None:
    assert_urgent(text, "high_fever")


@pytest.mark.parametrize(
    "text",
    ["I have 38 photos to send you", "j'ai 37,4 ce soir, normal ?", "у меня 37.2 вечером"],
)
def test_a_count_or_a_low_reading_is_not_a_fever(text: str) -> None:
    assert_not_urgent(text)


@pytest.mark.parametrize(
    "text",
    [
        "day 8 after the tummy tuck, the scar opened a little at one end, no smell, no fever",
        "die Naht ist ein bisschen aufgegangen, riecht nicht",
        "la cicatrice s'est un peu ouverte au nombril, pas d'odeur",
        "yara biraz açıldı kenarda, koku yok",
        "шов чуть разошелся у пупка, запаха нет",
        "الجرح انفتح شوي من الطرف، ما في ريحة",
    ],
)
def test_a_wound_opened_a_little_stays_urgent(text: str) -> None:
    """Only a size (1 cm or less) or "small opening" makes an opened wound ``soon``; an adverb
    ("a little", "чуть", "شوي") does not -- the catalogue test pins "opened up a bit" urgent."""
    assert_urgent(text, "wound_dehiscence")


@pytest.mark.parametrize(
    "text",
    [
        "the scar opened a little yesterday and today it is gaping wider",
        "шов чуть разошелся, а сегодня расходится шире",
        "الجرح انفتح شوي واليوم يكبر",
    ],
)
def test_a_slight_opening_that_grows_stays_urgent(text: str) -> None:
    assert_urgent(text, "wound_dehiscence")


@pytest.mark.parametrize(
    "text",
    [
        "Bauchdeckenstraffung Tag 5, etwas rosa Wundsekret aus der Naht, klar und geruchlos",
        "Tag 3 nach Lipo: Fieber nein, Schmerzen erträglich",
        "posle lasika 2 dnya, glaz krasnovat, zrenie ne huzhe chem vchera",
        "после пункции живот не вздут, немного тянет",
    ],
)
def test_negated_or_wound_fluid_is_not_urgent(text: str) -> None:
    assert_not_urgent(text)


def test_present_red_flags_beside_the_new_negations_stay_urgent() -> None:
    assert_urgent("Fieber nein, aber die Wade ist dick, heiß und tut weh", "calf_pain_swelling")
    assert_urgent("klare Flüssigkeit tropft aus der Nase beim Bücken, Fieber nein", "csf_leak")
    assert_urgent("после пункции живот вздут как барабан, одышки нет", "ohss_abdomen")
    assert_urgent("posle lasika zrenie rezko huzhe, glaz bolit", "vision_worsening")


@pytest.mark.parametrize(
    ("text", "stage", "intent"),
    [
        (
            "Ich hab Typ-1-Diabetes, geht das bei euch trotzdem mit der Nasen-OP?",
            "enquiry",
            "treatment_enquiry",
        ),
        (
            "muss ich zur Voruntersuchung ein EKG mitbringen oder reicht der Hausarztbrief?",
            "booked",
            "documents",
        ),
        ("Do you need an ECG from my GP or is the blood test enough?", "booked", "documents"),
        ("pour la ponction, on est sous anesthésie générale ?", "booked", "treatment_enquiry"),
        (
            "j'atterris à 5h, je dois rester à jeun combien d'heures avant l'hôtel ?",
            "booked",
            "travel",
        ),
        (
            "30 yaşındayım, saç ekimi için erken mi sizce, tepe açılıyor",
            "enquiry",
            "treatment_enquiry",
        ),
        ("انفي فيه انحراف من زمان، هل تسوون عملية له؟", "enquiry", "treatment_enquiry"),
        (
            "Ich muss meinen OP-Termin verschieben, der Hausarzt macht vorher noch ein EKG",
            "booked",
            "appointment",
        ),
    ],
)
def test_intent_frames_of_the_fifteenth_round(text: str, stage: str, intent: str) -> None:
    assert triage(text, stage=stage).intent == intent, (text, triage(text, stage=stage).intent)


def test_an_invoice_is_no_changed_voice() -> None:
    result = triage(
        "the invoice you sent has a different IBAN than last time, which is right?", stage="booked"
    )
    assert result.urgency != "urgent", result.red_flags
    assert_urgent(
        "since this morning my voice sounds different and muffled, swallowing hurts",
        "airway_swallowing",
    )


@pytest.mark.parametrize(
    "text",
    [
        "sleeve il y a 2 semaines, j'ai un peu la tête qui tourne en me levant",
        "after the bypass i can only drink 600 ml a day, a bit weak",
        "nach dem Schlauchmagen schaffe ich nur 700 ml am Tag",
        "tüp mide sonrası günde sadece 500 ml su içebiliyorum",
        "после рукава пью только 700 мл в день",
        "بعد التكميم اشرب بس ٥٠٠ مل باليوم",
    ],
)
def test_dizziness_and_little_fluid_are_seen_by_a_person(text: str) -> None:
    assert triage(text, stage="post_op").urgency == "soon", text
