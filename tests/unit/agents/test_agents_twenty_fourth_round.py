# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The twenty-fourth round's general fixes (issue 10, dev25), each on our own phrasings, not dev25's.

What paged the on-call needlessly: a worsening of sight the patient denies ("vision isnt getting
worse") is no ``vision_worsening``; Darija carries its negation in a "-ch" suffix ("ma kaynch
ri7a", "ma3andich s5ana"); a clear or pink leak from a wound told in English or Turkish is
serous fluid for the same day (NHS wound care), not pus; a belly told only "a bit" bloated after a
sleeve is no OHSS. What nobody would have seen: two same-day entries of the catalogue (level
``soon``) -- ``lump_or_asymmetry_review`` (one breast firmer or higher than the other, a new
lump: ASPS / FDA breast implant information) and ``fluid_collection_review`` (a soft pocket that
moves like water: a seroma, ASPS / BAPRAS). Each beside a true emergency that stays urgent. Then
the intent frames: a certificate for an employer and a data-deletion request are documents,
"would that work for me?" and "ma mère veut faire ..." are treatment enquiries, "à combien de la
clinique" is a distance, photos already sent do not make a booking a documents request, thanks
for the welcome close a message, and a date pushed "from the 3rd to the 10th" is an appointment.
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import asks_for_a_date
from tests.unit.agents.screening import (
    assert_intent_by_the_rules,
    assert_medication_routine_by_the_rules,
    assert_not_routine_by_the_rules,
    assert_not_urgent_by_the_rules,
    assert_routine_by_the_rules,
    assert_soon_by_the_rules,
    assert_urgent,
)


@pytest.mark.parametrize(
    "text",
    [
        # the worsening denied, in each language
        "lasik on monday, eyes feel dry but my vision isnt getting any worse, no pain",
        "Augen nach der Linsen-OP trocken, die Sicht wird nicht schlechter",
        "opérée de la cataracte, la vue ne baisse pas, juste l'oeil qui pique un peu",
        "lazerden sonra görmem kötüleşmiyor, gözlerim biraz kuru",
        "после лазера глаза сухие, зрение не ухудшается",
        "بعد الليزك عيوني ناشفة شوي بس نظري ما ضعف",
    ],
)
def test_a_denied_worsening_of_sight_pages_nobody(text: str) -> None:
    assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        (
            "lasik last week and since this morning my vision is getting worse and worse",
            "vision_worsening",
        ),
        (
            "nach der Augen-OP sehe ich seit heute plötzlich schlechter, wird nicht besser",
            "vision_worsening",
        ),
        # a denial beside a sudden change keeps the flag
        (
            "vision is not getting worse overall but suddenly blurred since an hour ago",
            "vision_worsening",
        ),
    ],
)
def test_a_told_worsening_of_sight_stays_urgent(text: str, flag: str) -> None:
    assert_urgent(text, flag)


@pytest.mark.parametrize(
    "text",
    [
        # Darija: the "-ch" negation before the smell and the fever
        "drt zra3a dyal snan hadi 3 iyyam, ma kaynch ri7a khayba w ma3andich s5ana, ghi chwiya dyal nfakh",
        "makaynch ri7a f fommi, kolchi mzyan",
        "ماكاينش ريحة خايبة فالجرح والحمد لله",
    ],
)
def test_darija_negation_denies_the_smell(text: str) -> None:
    assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        # the smell affirmed after a denied fever, or beside "ma kaynch" of something else
        "ma3andich s5ana walakin kayna ri7a khayba f l jar7",
        "ma kaynch s5ana, ri7a khayba katkhrj mn l jar7",
    ],
)
def test_darija_smell_told_beside_a_denial_stays_urgent(text: str) -> None:
    assert_urgent(text, "pus")


@pytest.mark.parametrize(
    "text",
    [
        # clear or pink fluid from a wound or a port, no sign of infection told
        "one of the lipo ports is leaking some clear fluid onto the dressing, no fever",
        "the drain site keeps oozing pinkish fluid, not smelly, no temperature",
        "my incision is a bit wet with straw coloured fluid since last night",
        "karın germe sonrası yaradan şeffaf sıvı geliyor, ateşim yok",
        "dikiş yerinden pembe sıvı sızıyor biraz, koku yok",
    ],
)
def test_a_serous_leak_is_seen_the_same_day(text: str) -> None:
    assert_soon_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "the incision is leaking thick yellow fluid and it smells",
        "wound is oozing and the skin around it is hot",
        "the incision leaked clear fluid at first, now there is green discharge",
        "yaradan sarı sıvı geliyor",
    ],
)
def test_pus_from_a_wound_stays_urgent(text: str) -> None:
    assert_urgent(text, "pus")


@pytest.mark.parametrize(
    "text",
    [
        # mildly bloated after a sleeve, or after an egg collection, nothing else
        "بعد عملية التكميم بعشرة ايام بطني منفوخ شوي، باكل شوربة بس",
        "sleeve 10 days ago and a bit bloated in the evenings, drinking fine",
        "nach der Punktion ist der Bauch etwas aufgebläht, sonst geht es",
        "après la ponction j'ai le ventre un peu ballonné, rien d'autre",
    ],
)
def test_a_belly_a_bit_bloated_is_no_ohss(text: str) -> None:
    assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "after the egg collection my belly is tight and getting bigger, a bit bloated too",
        "بعد سحب البويضات بطني منفوخ شوي بس قاعد يكبر ومشدود",
        "nach der Punktion Bauch aufgebläht und hart, wird immer dicker",
    ],
)
def test_a_growing_tight_belly_after_egg_collection_stays_ohss(text: str) -> None:
    assert_urgent(text, "ohss_abdomen")


@pytest.mark.parametrize(
    "text",
    [
        # one side firmer or higher than the other weeks later, or a new lump
        "augmentation 4 weeks ago, the right breast feels firmer and sits higher than the left, no pain",
        "seit ein paar Tagen ist die linke Brust fester und höher als die rechte, keine Schmerzen",
        "le sein droit me semble plus ferme que le gauche depuis hier, pas rouge",
        "sol göğsüm diğerinden daha sert gibi geldi, ağrı yok",
        "левая грудь стала плотнее правой, не болит",
        "الثدي اليمين صار اقسى من اليسار، ما فيه الم",
        "I can feel a small lump near the implant in my armpit, not painful",
        "j'ai senti une petite boule dans le sein opéré, pas de fièvre",
    ],
)
def test_a_new_firmness_or_lump_in_the_breast_is_seen_today(text: str) -> None:
    assert_soon_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        # sudden, bigger, tense and purple on one side is the haematoma
        "since an hour my left breast is suddenly much bigger than the right, tight and purple",
        "rechte Brust plötzlich viel größer als links, prall und blau verfärbt",
    ],
)
def test_a_breast_suddenly_bigger_and_tense_stays_urgent(text: str) -> None:
    assert_urgent(text, "breast_haematoma")


@pytest.mark.parametrize(
    "text",
    [
        # a soft pocket that moves like water weeks after lipo or a tummy tuck
        "lipo 3 weeks ago, there is a squishy lump on my flank that sloshes when I press, no redness",
        "Bauchstraffung vor 2 Wochen, unter dem Nabel schwappt es wie Wasser, kein Fieber",
        "liposuccion du ventre il y a 15 jours, une poche molle sous le nombril, pas de fièvre",
        "lipodan 3 hafta sonra belimde su toplandı gibi, ağrı yok",
        "после липосакции на боку будто жидкость переливается, температуры нет",
        "بعد شفط الدهون فيه تجمع سوائل تحت السرة، ما في حرارة",
    ],
)
def test_a_seroma_is_seen_today(text: str) -> None:
    assert_soon_by_the_rules(text)


@pytest.mark.parametrize(
    ("text", "stage", "intent"),
    [
        # a certificate of the stay for an employer or an insurer
        (
            "Could you give me a proof of treatment with the dates for my boss?",
            "booked",
            "documents",
        ),
        (
            "Können Sie mir eine schriftliche Bestätigung für meinen Arbeitgeber schicken, dass ich im Mai bei Ihnen bin?",
            "booked",
            "documents",
        ),
        (
            "Il me faudrait un justificatif de présence pour mon travail, c'est possible ?",
            "booked",
            "documents",
        ),
        ("İşyerim için bir yazı alabilir miyim, tarihleri yazan?", "booked", "documents"),
        ("Нужна справка для работы о датах лечения", "booked", "documents"),
        ("ممكن افادة للدوام فيها تاريخ العملية؟", "booked", "documents"),
        # one's own data deleted under data protection law
        (
            "Please delete all my photos and personal data from your system (GDPR)",
            "enquiry",
            "documents",
        ),
        ("Bitte löschen Sie meine Daten und Fotos gemäß DSGVO", "enquiry", "documents"),
        ("Je veux que vous supprimiez mes photos, selon le RGPD", "enquiry", "documents"),
        ("KVKK kapsamında verilerimi silin lütfen", "enquiry", "documents"),
        ("Прошу удалить все мои фото и персональные данные", "enquiry", "documents"),
        ("لو سمحتم احذفوا صوري من عندكم حسب قانون حماية البيانات", "enquiry", "documents"),
        # time off work is the recovery asked, no document
        (
            "combien de temps d'arrêt de travail après une abdominoplastie ?",
            "enquiry",
            "treatment_enquiry",
        ),
        # whether it would work, or can be done a given way
        (
            "my lower lids are puffy, would that work for me with just a local?",
            "enquiry",
            "treatment_enquiry",
        ),
        ("Can it be done under sedation instead of general?", "enquiry", "treatment_enquiry"),
        (
            "mon père voudrait faire les paupières, est-ce possible à 75 ans ?",
            "enquiry",
            "treatment_enquiry",
        ),
        ("Kommt das für mich in Frage, ich bin 60?", "enquiry", "treatment_enquiry"),
        ("annem 70 yaşında, ona yapılabilir mi?", "enquiry", "treatment_enquiry"),
        ("маме 68 лет, ей это подойдёт?", "enquiry", "treatment_enquiry"),
        # a distance asked with "à combien de"
        ("L'appartement est à combien de l'aéroport ? Il y a une navette ?", "booked", "travel"),
        # ... and a price with "combien" stays a price
        ("Ça revient à combien pour les deux paupières ?", "enquiry", "price_quote"),
        # photos already sent beside a booking
        (
            "Can we move my video call to Thursday 3pm? I already sent my photos yesterday",
            "quoted",
            "appointment",
        ),
        (
            "On peut décaler le rdv à jeudi 10h ? J'ai déjà envoyé les photos par mail",
            "quoted",
            "appointment",
        ),
        # ... and photos asked about stay documents
        ("Which photos do you need from me, front and side?", "enquiry", "documents"),
        # thanks for the welcome, nothing asked
        ("Thank you all for looking after my dad so well during his implants", "enquiry", "other"),
        (
            "Danke für die liebe Betreuung letzte Woche bei der Haartransplantation!",
            "enquiry",
            "other",
        ),
        ("Спасибо за тёплый приём и заботу во время лечения", "enquiry", "other"),
        # ... but thanks with a question keep the question
        ("Thanks for the care! Do you also do veneers?", "enquiry", "treatment_enquiry"),
        # a date pushed to another
        ("could we push the surgery from the 12th to the 19th?", "booked", "appointment"),
    ],
)
def test_intent_frames_of_the_round(text: str, stage: str, intent: str) -> None:
    assert_intent_by_the_rules(text, stage, intent)


def test_a_date_pushed_to_another_waits_on_the_calendar() -> None:
    assert asks_for_a_date("can we push the operation from the 4th to the 11th?")
    assert not asks_for_a_date("thanks, the 4th works for me, confirmed")


@pytest.mark.parametrize(
    "text",
    [
        # a weeping denied in Russian, the hardness denied in Turkish
        "шов после подтяжки не мокнет, не краснеет, когда можно в душ?",
        "göğüs büyütme 3 hafta oldu, sertlik yok, kızarıklık yok, sütyeni ne zaman çıkarabilirim?",
        # a pain that passes with the painkiller (spoken Turkish "geçiyo")
        "diş çekimi 2 gün önce, ağrı kesiciyle ağrı geçiyo, ateş yok, ne zaman sıcak çay içebilirim?",
        # LASIK's burning told verb first
        "Augenlasern vor 5 Tagen, abends brennen die Augen ein bisschen, keine Schmerzen, nicht rot. Darf ich schwimmen?",
        # firm lumps under the skin weeks after a liposuction
        "lipo 3 weeks ago, still some hard lumps under the skin, no redness, no fever, when can I stop the garment?",
        "شفط دهون من 3 اسابيع، فيه كتل تحت الجلد، ما في حرارة ولا احمرار، متى اقدر اروح النادي؟",
        # a little tingling in the nipples after breast surgery
        "implants 5 weeks ago, a little tingling in my nipples, no redness, when can I go back to the gym?",
        # the garment, not tightness followed by pain
        "عملية شفط من اسبوعين، متى ابطل المشد؟ ما في احمرار ولا حرارة",
        # "may I rinse ...?" in Russian
        "после имплантации прошло 4 дня, температуры нет, можно полоскать рот ромашкой?",
        # a worsening denied is no complaint
        "cataract op last week, eye not red, vision is not getting worse, can I read on my phone?",
    ],
)
def test_the_expected_course_per_procedure_is_routine(text: str) -> None:
    assert_routine_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        # the same signs told as present stay for a person
        "шов после подтяжки мокнет и краснеет",
        "sol göğsüm büyüyor ve sertleşiyor gibi",
        "tingling in both hands and around my lips since this morning",
        "lipo 3 weeks ago, a hard lump under the skin that is red and hot",
        "my eye is red and my vision is getting blurry",
        # a lump with signs, a bleed asked about as the usual course
        "facelift 2 weeks ago, one cheek lumpy, red and hot since yesterday",
        "rhinoplasty 5 days ago, bleeding from the nose for an hour, is this how it goes?",
    ],
)
def test_the_look_alikes_of_the_expected_course_are_not_routine(text: str) -> None:
    assert_not_routine_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        # the pill, vitamins, or a painkiller's next box asked about, every symptom ordinary
        "Egg collection on Monday, feeling fine. When can I restart the pill?",
        "Nach der Punktion: darf ich die Pille gleich wieder nehmen? Sonst alles gut",
        "после шунтирования 2 недели, можно уже пить витамины в капсулах?",
        "mide ameliyatı 10 gün oldu, ağrım azaldı, vitamin takviyesine başlayayım mı?",
        "j'ai fini la boîte d'antidouleur, je me sens bien, je dois en racheter ?",
        "بعد التكميم بأسبوعين، متى ابدأ الفيتامينات؟ الحمد لله كل شي تمام",
    ],
)
def test_medication_questions_with_ordinary_healing_stay_routine_for_approval(text: str) -> None:
    assert_medication_routine_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        # a sign a person must see keeps the medication question soon
        "the stitches are red and a bit swollen, can I take ibuprofen?",
        "die Naht ist gerötet und etwas geschwollen, darf ich die Pille nehmen?",
    ],
)
def test_a_medication_question_beside_an_unexplained_sign_stays_soon(text: str) -> None:
    assert_soon_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        # a little lumpy while the swelling settles, the usual course asked about
        "facelift 2 weeks ago, cheeks a bit lumpy, no fever, no discharge, when can I dye my hair?",
        "Fettabsaugung vor 10 Tagen, die Haut ist etwas uneben, kein Fieber, keine Rötung. Wann darf ich joggen?",
        "rhinoplasty 5 days ago, bruising under the eyes, no fever, no bleeding, just checking this is how it goes",
        "Nase operiert vor einer Woche, Schwellung, kein Fieber, keine Blutung, gehört das dazu?",
    ],
)
def test_a_little_lumpy_and_the_usual_course_asked_are_routine(text: str) -> None:
    assert_routine_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        # alarming words for the expected course (a red patch on the white of the eye after
        # LASIK, bruising and pink fluid from the ports after a BBL, swollen watery lids after
        # blepharoplasty): the rules do not escalate them -- dev25's three such messages are made
        # urgent by the learned detector alone, the lead's retrain to judge
        "lasik 2 days ago and there is a bright red patch over the white of my right eye, I see perfectly and it doesn't hurt",
        "после липо и ББЛ всё в синяках, из проколов сочится розоватая жидкость, боль терпимая",
        "عملية الجفون امس، الجفون منفوخة وزرقا والعيون تدمع، النظر تمام",
        "blépharoplastie hier, paupières gonflées et violettes, les yeux pleurent, je vois bien",
    ],
)
def test_alarming_words_for_the_expected_course_are_not_urgent_by_the_rules(text: str) -> None:
    assert_not_urgent_by_the_rules(text)
