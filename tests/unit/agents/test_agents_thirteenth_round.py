# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The thirteenth round's general fixes (issue 10, dev14), each on our own phrasings, not dev14's.

Red flags first: acute angle-closure glaucoma after a lens exchange (NHS 'Glaucoma': halos with
vomiting or a strong headache), local anaesthetic toxicity after tumescent liposuction (AAGBI:
two of numb lips, ringing ears, a metallic taste, twitching), a flap turning dark *and* cold
(ASPS), grafts turning black in Egyptian Arabizi, a sudden seizing one-sided pain after egg
collection, everything going black on standing, an eye that cannot be opened for the pain. Each
stays urgent beside negated symptoms or a reassuring guess. Then the over-escalations: "hay
fever", "no bad smell", Arabizi lists ("mafeesh X wala Y"), a lumpy stone-hard belly weeks
after liposuction, bloating not getting worse after egg collection, clear-pink fluid from a
drain hole -- each cleared only where no red flag is present.
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import triage
from tests.unit.agents.screening import assert_not_urgent, assert_urgent


@pytest.mark.parametrize(
    "text",
    [
        "lens replacement two days ago, I see rainbow halos around the lights and threw up twice, probably the tablets",
        "I've been vomiting since lunch and now there are rings around the lights, my eye surgery was yesterday",
        "Linsentausch gestern, sehe Ringe um die Lichter und habe mich zweimal übergeben",
        "opération de la cataracte hier, je vois des halos autour des lumières et j'ai vomi ce matin",
        "после замены хрусталика вижу круги вокруг ламп и меня дважды вырвало",
        "سويت عملية عدسة، اشوف دوائر حول الانوار وصار عندي استفراغ من الصبح",
    ],
)
def test_halos_with_vomiting_or_headache_after_eye_surgery_are_urgent(text: str) -> None:
    assert_urgent(text, "acute_glaucoma")


@pytest.mark.parametrize(
    "text",
    [
        "LASIK on Monday, I notice halos around the lights at night, no pain, is that normal?",
        "Lasik vor 3 Tagen, nachts Halos um die Lichter, sonst alles gut",
    ],
)
def test_halos_alone_after_lasik_are_not_urgent(text: str) -> None:
    assert_not_urgent(text)


@pytest.mark.parametrize(
    "text",
    [
        "had lipo this morning, now my lips feel numb and there's a ringing in my ears, pain is fine",
        "Fettabsaugung vor 2 Stunden, Lippen pelzig und so ein Metallgeschmack im Mund, kein Fieber",
        "liposuccion ce matin, j'ai un goût métallique et les lèvres engourdies, pas de douleur",
        "liposuction bugün, dudaklarım uyuştu ve kulaklarım çınlıyor",
        "после липосакции губы немеют и во рту металлический вкус",
        "posle liposakcii v ushah zvenit i ruki dergayutsya",
        "سويت شفط دهون اليوم، شفايفي تنمل واذني تطن",
    ],
)
def test_two_signs_of_local_anaesthetic_toxicity_are_urgent(text: str) -> None:
    assert_urgent(text, "local_anaesthetic_toxicity")


@pytest.mark.parametrize(
    "text",
    [
        "implant placed this morning, my lip and chin are still numb from the injection, when can I eat?",
        "I have a metallic taste since I started the antibiotics after my tummy tuck",
    ],
)
def test_one_sign_alone_is_not_local_anaesthetic_toxicity(text: str) -> None:
    result = triage(text, stage="post_op")
    assert "local_anaesthetic_toxicity" not in result.red_flags


@pytest.mark.parametrize(
    "text",
    [
        "tummy tuck 6 days ago, the skin just above the scar went dark purple and feels cold, no pain though",
        "Bauchstraffung vor 5 Tagen, die Stelle über der Naht ist blauschwarz und eiskalt, kein Fieber",
        "abdominoplastie il y a 6 jours, la peau sous le nombril est noire et froide, pas de fièvre",
        "karın germe 6 gün önce, dikişin üstü mosmor ve buz gibi soğuk, ateşim yok",
        "абдоминопластика неделю назад, кожа над швом синюшная и холодная, температуры нет",
        "عملية شد البطن قبل ٦ ايام، الجلد فوق الجرح صار ازرق غامق وبارد، ما عندي حرارة",
    ],
)
def test_dark_and_cold_skin_after_a_flap_operation_is_urgent(text: str) -> None:
    assert_urgent(text, "skin_necrosis")


@pytest.mark.parametrize(
    "text",
    [
        "3amalt zar3 men 4 ayam w el manta2a kolaha ba2et sooda, mafeesh waga3 bas",
        "el zar3 3and el gabha iswaddat w fe ree7a mo2refa, mafeesh sokhoneya",
    ],
)
def test_grafts_turning_black_or_smelling_in_egyptian_arabizi_are_urgent(text: str) -> None:
    result = triage(text, stage="post_op")
    assert result.urgency == "urgent", (text, result.red_flags)


@pytest.mark.parametrize(
    "text",
    [
        "после пункции вдруг резко скрутило левый бок, не могу встать, наверное газы",
        "egg retrieval yesterday, suddenly got seized by a stabbing cramp, right side, can't stand straight",
    ],
)
def test_sudden_seizing_one_sided_pain_after_egg_collection_is_urgent(text: str) -> None:
    assert_urgent(text, "ovarian_torsion_internal_bleeding")


@pytest.mark.parametrize(
    "text",
    [
        "ponction ovarienne hier, quand je me lève je vois tout noir, pas de fièvre",
        "depuis ce matin je tiens plus debout, j'ai mal au ventre",
        "since the egg collection everything goes black when I stand up, no fever",
    ],
)
def test_everything_going_black_on_standing_is_urgent(text: str) -> None:
    assert_urgent(text, "fainting")


@pytest.mark.parametrize(
    "text",
    [
        "cataract op yesterday, I can't open my eye because of the pain, no fever",
        "après la chirurgie de l'oeil je n'arrive pas à ouvrir l'oeil tellement j'ai mal",
        "после операции на глазу не могу открыть глаз от боли",
        "بعد عملية العين ما اقدر افتح عيني من الألم",
    ],
)
def test_an_eye_that_cannot_be_opened_for_the_pain_is_urgent(text: str) -> None:
    assert_urgent(text, "eye_pain_rising")


# ---- over-escalation: cleared only where nothing else is present ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "rhinoplasty 9 days ago, can I take my hay fever tablets again? breathing through the nose is ok",
        "FUE 5 days ago: no fever, no bad smell, no redness spreading, only scabs. when can I use shampoo?",
        "mafeesh sokhoneya wala sadid, el gar7 nedeef, emta a2dar asta7ama?",
        "Fettabsaugung vor 4 Wochen, Bauch ist steinhart und uneben wie Dellen, kein Fieber, trage das Mieder",
        "Punktion vorgestern, Bauch etwas aufgebläht, wird nicht schlimmer, trinken und Wasserlassen normal",
        "le drain a lâché ce matin, il sort un peu de liquide clair-rosé par le petit trou, pas de fièvre",
    ],
)
def test_ordinary_healing_and_absent_symptoms_are_not_urgent(text: str) -> None:
    assert_not_urgent(text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("no bad smell but I have a fever of 38.9 since last night", "high_fever"),
        ("hay fever season, but my temperature is 39.1 after the op", "high_fever"),
        ("mafeesh sadid bas 3andi sokhoneya 39", "high_fever"),
        (
            "Fettabsaugung vor 2 Wochen, Bauch steinhart und uneben, und ich erbreche seit heute morgen ständig",
            "vomiting_abdominal",
        ),
        (
            "Punktion vorgestern, Bauch aufgebläht und prall, ich bekomme schlecht Luft",
            "ohss_abdomen",
        ),
        ("le drain est tombé, il coule un liquide verdâtre qui sent mauvais", "pus"),
    ],
)
def test_present_red_flags_beside_the_cleared_words_stay_urgent(text: str, flag: str) -> None:
    assert_urgent(text, flag)


# ---- intent: indirect and two-topic enquiries ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "stage", "intent"),
    [
        # Swiss "Offerte" is a quote
        ("Chönd Sie mir bitte e Offerte für zwei Implantat schicke?", "enquiry", "price_quote"),
        # "Augenlaser" is laser eye surgery
        (
            "Ich überlege mir einen Augenlaser, wie lange bin ich danach krankgeschrieben?",
            "enquiry",
            "treatment_enquiry",
        ),
        # Quebec "pis aussi" marks the aside: the treatment comes first
        (
            "Faites-vous les facettes dentaires pis aussi un transport de l'aéroport à l'hôtel?",
            "enquiry",
            "treatment_enquiry",
        ),
        # when the surgeon is met before the operation
        (
            "Est-ce qu'on rencontre le chirurgien la veille ou seulement le jour même ?",
            "booked",
            "appointment",
        ),
        ("Will I meet the surgeon before the day of the operation?", "booked", "appointment"),
        # the quote is what the photos are for
        (
            "Do I need to send photos of my teeth from the front to get a quote?",
            "enquiry",
            "documents",
        ),
        (
            "Je dois envoyer quelles photos de ma dentition pour avoir un devis ?",
            "enquiry",
            "documents",
        ),
        # the first question asks how to pay; the invoice is a second question
        (
            "Can I pay the deposit half by card and half by bank transfer? And will there be an invoice for it?",
            "booked",
            "payment",
        ),
    ],
)
def test_indirect_and_two_topic_enquiries(text: str, stage: str, intent: str) -> None:
    assert triage(text, stage=stage).intent == intent


@pytest.mark.parametrize(
    "text",
    [
        "I paid the deposit yesterday. Can you send me the invoice for it?",
        "Schicken Sie mir bitte die Rechnung für die Anzahlung?",
        "How much is it, and do I send photos to get a quote?",
    ],
)
def test_the_invoice_or_the_price_asked_outright_keeps_its_intent(text: str) -> None:
    intent = triage(text, stage="booked").intent
    assert intent in ("documents", "price_quote"), intent


@pytest.mark.parametrize(
    ("text", "stage", "intent"),
    [
        # the flight as a time or an origin frames the ask
        (
            "Do you need my blood results before I fly over for the bypass, or are they done there?",
            "booked",
            "documents",
        ),
        (
            "We'd be flying from Leeds, any free dates in May for two crowns each?",
            "enquiry",
            "appointment",
        ),
        # Turkish laser eye surgery; the hotel after "bi de" is an aside
        (
            "göz lazeri yaptırmak istiyorum, astigmatım var. bi de otel ayarlıyor musunuz",
            "enquiry",
            "treatment_enquiry",
        ),
        # Arabizi appointments
        ("3ayez a7gez maw3ed le zara3et sha3r fe shahr 5", "enquiry", "appointment"),
        # Latin-letter Russian "перенесите"
        ("perenesite moyu konsultaciyu na sredu pozhalujsta", "booked", "appointment"),
    ],
)
def test_more_enquiry_frames(text: str, stage: str, intent: str) -> None:
    assert triage(text, stage=stage).intent == intent


# ---- expected healing: routine only when nothing else is present -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        # shedding weeks after a transplant (ISHRS), told without any symptom word
        "six weeks after my FUE most of the new hairs have fallen out, is the transplant ruined?",
        # implants sitting high, not hot, asked when they drop (ASPS)
        "3 weeks after my augmentation they still sit very high, not hot, no fever. when will they drop?",
        "грудь после увеличения стоит высоко, не горячая, не красная. когда опустится?",
        # little pimples among the grafts (ISHRS folliculitis) and itching, no pus
        "kleine Pickel zwischen den Grafts und es juckt, darf ich eine Creme nehmen? kein Eiter",
        # slight pain or a slight headache beside a medication question
        "darf ich Paracetamol nehmen? Das Implantat tut noch leicht weh, kein Fieber",
        "je peux prendre du paracétamol pour un petit mal de tête ?",
        # a red patch on the white of the eye after LASIK, sight good, no pain
        "lasik sonrası göz beyazımda kırmızı bir leke var ama görmem iyi, ağrı yok. geçer mi?",
        # weakness said absent
        "неделя после операции, воду пью нормально, рвоты нет, слабости особо нет. когда можно есть пюре?",
    ],
)
def test_expected_healing_without_a_red_flag_is_routine(text: str) -> None:
    result = triage(text, stage="post_op")
    assert result.urgency == "routine", (text, result)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        (
            "six weeks after my FUE the new hairs fall out and the scalp smells bad, with yellow pus",
            "pus",
        ),
        (
            "3 weeks after augmentation, they sit high but the right one suddenly got much bigger and tense",
            "breast_haematoma",
        ),
        ("kleine Pickel zwischen den Grafts, aber jetzt habe ich 39 Fieber", "high_fever"),
        ("lasik sonrası göz beyazımda kırmızı leke var ve birden görmem karardı", "vision_loss"),
        (
            "après la chirurgie je vois des halos autour des lumières et j'ai vomi deux fois, petit mal de tête",
            "acute_glaucoma",
        ),
    ],
)
def test_a_red_flag_beside_expected_healing_stays_urgent(text: str, flag: str) -> None:
    assert_urgent(text, flag)


@pytest.mark.parametrize(
    "text",
    [
        # "holen" (to fetch) is not a drain hole ("Loch"): the clear fluid stays a CSF leak
        "seit der Spinalanästhesie läuft klares Wasser aus dem Rücken, soll ich Schmerzmittel holen?",
        "clear watery fluid keeps dripping from my back where the spinal went in, should I get some painkillers?",
    ],
)
def test_clear_fluid_from_a_spinal_site_is_a_csf_leak_whatever_else_is_said(text: str) -> None:
    assert_urgent(text, "csf_leak")
