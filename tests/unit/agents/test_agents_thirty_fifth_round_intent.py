# ruff: noqa: RUF001, RUF003 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The thirty-fifth round's intent and language fixes (issue 10, dev40), on our own phrasings.

What the intent tables and the language detector misread, each by structure (none by a
message's text):
- Arabic in Latin letters built on "mmkn" (is it possible), "wala" (or) and "lazem" (must) with
  no digit inside a word was read as English;
- Turkish typed without its letters, its evidence in the conditional ("sorarsa"), the dative
  plural ("hastalara"), the accusative after a possessive ("eskisini") and "itibaren", was read
  as French;
- the Turkish "7 gün önce mi ...?" (is it seven days before?) and "ameliyattan 10 gün önce" (ten
  days before the operation) were read as "seven days ago", an operation done, so a pre-op
  question became a post-op concern;
- spoken French "dispo" opening a question (its subject dropped) was no appointment;
- the Russian "мне подходит абдоминопластика?" (does it suit me) was read as a date that suits;
- the dental panoramic x-ray (OPG) and an original asked against a photo were no documents.
Each beside a look-alike that must behave the other way.
"""

from __future__ import annotations

import pytest

from careflow_agents.language import detect
from careflow_agents.triage import asks_for_a_date, triage
from tests.unit.agents.screening import assert_intent_by_the_rules

# -- Arabizi without digits inside its words ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "mmkn a7jez maw3ed el sabt wala lazem el osbo3 el gai?",
        "momken el doktor yshoof el sowar wala lazem a2ji?",
        "mumkin ndfa3 bel card wala lazem cash",
        "mmkn ta2seet wala lazem kolo marra wa7da",
    ],
)
def test_arabizi_built_on_its_own_function_words_is_arabic(text: str) -> None:
    assert detect(text).language == "ar"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Turkish writes "mümkün" and "lazım" (folded "mumkun", "lazim"), never "lazem"
        ("mumkun mu nakit odemek, yoksa havale lazim mi?", "tr"),
        ("Is it possible to pay cash or is a bank transfer a must?", "en"),
        ("Est-ce possible de payer en espèces ou faut-il un virement ?", "fr"),
        ("Kann ich bar zahlen oder muss es eine Überweisung sein?", "de"),
    ],
)
def test_the_same_ask_in_other_languages_stays_theirs(text: str, language: str) -> None:
    assert detect(text).language == language


# -- Turkish typed without its letters --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Resepsiyondan Ayse. yarindan itibaren hastalara yeni numarayi verin, eskisini silin",
        "doktor sorarsa ilaclari eskisini kullanmadim de, hastalara da soyle",
        "hasta gelirse odalara degil bekleme salonuna alin, doktorlara haber verin",
        "kredi karti olursa sorun yok, havale yaparsa dekontu hastalara gonderin",
    ],
)
def test_turkish_without_its_letters_is_read_by_its_endings(text: str) -> None:
    assert detect(text).language == "tr"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # English and French write "-erse" and "-urse" (reverse, course); German "-den" (Kunden)
        ("Of course, if the universe is diverse, reverse the course and ask the nurse", "en"),
        ("Je fais la course demain, la bourse est fermée et le parcours est long", "fr"),
        ("Die Kunden haben den Boden gefunden, in den Stunden danach", "de"),
        ("My bikini and the martini are at the hotel, can you send the invoice?", "en"),
    ],
)
def test_look_alike_endings_in_other_languages_stay_theirs(text: str, language: str) -> None:
    assert detect(text).language == language


# -- "N days before" an operation to come is no operation done ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "aspirini 7 gun once mi birakmam lazim yoksa 10 gun mu?",
        "Ameliyattan 10 gün önce kan sulandırıcıyı bırakmam gerekiyor mu?",
        "Should I stop the aspirin 7 or 10 days before the operation?",
        "Muss ich Aspirin 7 oder 10 Tage vor der OP absetzen?",
        "Je dois arrêter l'aspirine 7 ou 10 jours avant l'opération ?",
        "Аспирин отменить за 7 или за 10 дней до операции?",
        "لازم اوقف الاسبرين قبل العملية بسبعة ايام ولا عشرة؟",
    ],
)
def test_a_time_before_the_operation_to_come_is_a_pre_op_question(text: str) -> None:
    assert triage(text, stage="booked", learned=False).intent != "post_op_concern", text


@pytest.mark.parametrize(
    "text",
    [
        # the bare "N gün önce" is still "N days ago": the operation is done
        "3 gün önce ameliyat oldum, aspirin alabilir miyim?",
        "ameliyatim 5 gun once oldu, aspirine ne zaman baslayabilirim?",
    ],
)
def test_n_days_ago_still_says_the_operation_is_done(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "post_op_concern")


# -- French "dispo" opening a question ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Dispo pour une greffe de cheveux début mars ? je peux venir n'importe quel jour",
        "bonjour. dispo la semaine du 12 pour une blépharoplastie ?",
        "vous êtes dispo le 3 avril pour la consultation ?",
    ],
)
def test_dispo_asked_of_the_clinic_is_an_appointment(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "appointment")
    assert asks_for_a_date(text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # "dispo" inside the sentence, of a product: no slot asked
        ("la crème cicatrisante est dispo en pharmacie ou chez vous ?", "other"),
        ("Le dispositif de contention est compris dans le prix ?", "price_quote"),
    ],
)
def test_dispo_inside_the_sentence_is_no_slot_asked(text: str, intent: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", intent)


# -- a treatment said to suit is candidacy --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Мне подходит ринопластика или лучше филлеры?",
        "После родов диастаз, подойдёт ли мне абдоминопластика?",
        "Am I a candidate for a tummy tuck or only for lipo?",
        "Bin ich für eine Bauchdeckenstraffung geeignet oder reicht Fettabsaugung?",
        "Karın germe bana uygun mu yoksa sadece liposuction mı?",
        "هل شد البطن يناسبني ولا بس شفط؟",
    ],
)
def test_a_treatment_said_to_suit_is_a_treatment_enquiry(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "treatment_enquiry")


@pytest.mark.parametrize(
    "text",
    [
        # a date that suits is still the calendar's
        "Вторник мне подходит, записывайте на консультацию",
        "12 марта мне подходит",
    ],
)
def test_a_date_that_suits_stays_an_appointment(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "appointment")


# -- the dental panoramic x-ray and an original asked against a photo ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Do you need my OPG from the dentist or is the CBCT enough?",
        "Brauchen Sie die Unterlagen im Original oder reicht ein Foto?",
        "Il faut l'original de l'ordonnance ou une photo suffit ?",
        "Panoramik filmimi getireyim mi, aslı mı lazım fotokopi mi?",
        "Нужна ортопантомограмма или хватит снимка зуба?",
        "تحتاجون الأصل ولا تكفي صورة من التقرير؟",
    ],
)
def test_the_panoramic_x_ray_and_an_original_asked_are_documents(text: str) -> None:
    assert_intent_by_the_rules(text, "quoted", "documents")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # an original price, or original implants against copies, is no paper
        ("Is the original price of 2,400 EUR still valid?", "price_quote"),
        ("Are the implants original Straumann or a copy brand?", "treatment_enquiry"),
    ],
)
def test_an_original_that_is_no_paper_is_not_documents(text: str, intent: str) -> None:
    assert_intent_by_the_rules(text, "quoted", intent)
