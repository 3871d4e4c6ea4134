# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The thirty-second round's general fixes for urgency (issue 10, dev35 and dev36), each on our
own phrasings in six languages, not dev35's or dev36's, each beside a look-alike that must behave
the other way.

What nobody would have paged (answered ``soon``): a drug reaction that blisters the skin and the
mouth (NHS 'Stevens-Johnson syndrome', DermNet), too many paracetamol tablets told beside another
question (NHS 'Paracetamol for adults': more than 8 x 500 mg in 24 hours is A&E), a foot that
cannot be lifted (NHS 'Foot drop'; ASPS on sciatic injury after a BBL), and breath too short to
say a sentence (NHS 'Shortness of breath').
What paged the on-call needlessly, the expected course: black bruising under the eyes after a
rhinoplasty (ASPS / BAPRAS), a nose tip hard as stone (BAPRAS rhinoplasty aftercare), a belly
denied swollen in Arabizi after an egg collection, pink fluid coming out of the cannula holes
after a liposuction (ASPS: tumescent drainage) read as water brought back up.
What was under-seen or over-seen otherwise: a wound opened half a centimetre told in words (NHS
'Wound care after surgery': seen the same day), new floaters after an eye operation without
flashes (RCOphth / AAO: an eye check the same day), and a consultation only confirmed for
tomorrow held for a person.
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import triage
from tests.unit.agents.screening import (
    assert_not_read_as,
    assert_not_urgent_by_the_rules,
    assert_soon_by_the_rules,
    assert_urgent,
)


@pytest.mark.parametrize(
    "text",
    [
        "started the antibiotic 4 days ago, now blisters all over my chest and sores inside my mouth",
        "seit dem Antibiotikum Blasen am Rücken und die Lippen sind wund und offen",
        "depuis l'antibiotique des cloques sur les bras et des aphtes dans la bouche",
        "antibiyotikten sonra kollarımda su toplayan kabarcıklar var, ağzımın içi yara oldu",
        "после антибиотика по телу пузыри, а во рту язвы, больно есть",
        "من بعد المضاد طلع عندي فقاعات على جسمي وفمي كله تقرحات",
    ],
)
def test_blistering_skin_with_mouth_sores_escalates(text: str) -> None:
    assert_urgent(text, "severe_skin_reaction")


@pytest.mark.parametrize(
    "text",
    [
        "a blister under the tape on my hip, the mouth is fine",
        "eine Blase unter dem Pflaster am Bauch, sonst alles gut",
        "une cloque sous le pansement, rien d'autre",
        "bantın altında küçük bir kabarcık oldu",
        "под пластырем пузырь, больше ничего",
        "cold sore blister on my lip again, and the mouth is sore where they drilled",
    ],
)
def test_a_tape_blister_or_a_cold_sore_is_no_drug_reaction(text: str) -> None:
    assert_not_read_as(text, "severe_skin_reaction")


@pytest.mark.parametrize(
    "text",
    [
        "by the way I took 12 tablets of paracetamol since yesterday for the headache, is that ok?",
        "ich habe gestern 10 Tabletten Paracetamol genommen, der Kopf tut so weh",
        "j'ai pris 11 comprimés de doliprane depuis hier soir",
        "dünden beri 12 tane parol içtim baş ağrısı geçmedi",
        "за день выпил 10 таблеток парацетамола, голова всё равно болит",
        "اخذت 12 حبة بنادول من امس والصداع ما راح",
    ],
)
def test_more_than_eight_paracetamol_tablets_escalates(text: str) -> None:
    assert_urgent(text, "paracetamol_overdose")


@pytest.mark.parametrize(
    "text",
    [
        "I took 2 tablets of paracetamol at 10 pm, the pain is ok",
        "ich habe 2 Tabletten Paracetamol 500 mg genommen",
        "j'ai pris 1 comprimé de doliprane 1000 mg",
        "2 tane parol içtim ağrı geçti",
        "за неделю выпил 12 таблеток парацетамола, сейчас не нужно",
        "اخذت حبتين بنادول والوجع خف",
    ],
)
def test_a_normal_dose_of_paracetamol_is_no_overdose(text: str) -> None:
    assert_not_read_as(text, "paracetamol_overdose")


@pytest.mark.parametrize(
    "text",
    [
        "since this morning I can't lift my left foot, it slaps on the floor when I walk",
        "seit gestern kann ich den rechten Fuß nicht mehr heben",
        "depuis hier je n'arrive plus à lever le pied gauche",
        "dünden beri sol ayağımı kaldıramıyorum",
        "с утра правая стопа не поднимается, цепляюсь носком",
        "من امبارح ما اقدر ارفع قدمي اليسار",
    ],
)
def test_a_foot_that_cannot_be_lifted_escalates(text: str) -> None:
    assert_urgent(text, "foot_drop")


@pytest.mark.parametrize(
    "text",
    [
        "I can't lift my leg high yet because of the sore thigh",
        "ich kann das Bein noch nicht hoch heben, der Oberschenkel zieht",
        "je ne peux pas encore lever la jambe haut, la cuisse tire",
        "bacağımı yukarı kaldıramıyorum, uyluk ağrıyor",
        "ногу высоко поднять пока не могу, бедро тянет",
        "ما اقدر ارفع رجلي عالي من وجع الفخذ",
    ],
)
def test_a_leg_held_back_by_the_pain_is_no_foot_drop(text: str) -> None:
    assert_not_read_as(text, "foot_drop")


@pytest.mark.parametrize(
    "text",
    [
        "I can't say a full sentence without stopping for air",
        "seit heute früh schaffe ich keinen Satz ohne Pause",
        "je ne fais plus une phrase sans m'arrêter pour respirer",
        "konuşurken cümlemi bitiremiyorum nefesim yetmiyor",
        "не могу договорить фразу, приходится останавливаться",
        "ما اقدر اكمل جملة من ضيق",
    ],
)
def test_too_breathless_for_a_sentence_escalates(text: str) -> None:
    assert_urgent(text, "breathing_difficulty")


def test_a_sentence_asked_is_no_breathlessness() -> None:
    assert_not_urgent_by_the_rules("can you write me one sentence about the aftercare in German?")


@pytest.mark.parametrize(
    "text",
    [
        "rhinoplasty yesterday, black and blue under both eyes, looks scary",
        "Nasen-OP gestern, unter den Augen schwarz und blau",
        "rhinoplastie hier, tout noir sous les yeux",
        "burun ameliyatı dün, gözlerimin altı kapkara",
        "ринопластика вчера, под глазами чёрное всё",
        "عملية الانف امبارح، تحت عيوني اسود وازرق",
    ],
)
def test_black_under_the_eyes_after_a_nose_job_is_no_necrosis(text: str) -> None:
    assert_not_read_as(text, "skin_necrosis")


def test_black_and_cold_under_the_eyes_still_escalates() -> None:
    assert_urgent("the skin under my eyes is black and cold to the touch", "skin_necrosis")


@pytest.mark.parametrize(
    "text",
    [
        "кончик носа твёрдый как камень, так и будет?",
        "le bout du nez est dur comme de la pierre, c'est normal ?",
        "die Nasenspitze ist steinhart, ist das normal?",
    ],
)
def test_a_hard_nose_tip_is_no_rigid_belly(text: str) -> None:
    assert_not_read_as(text, "vomiting_abdominal")


@pytest.mark.parametrize(
    "text",
    ["живот твёрдый как камень и болит", "le ventre est dur comme de la pierre"],
)
def test_a_belly_hard_as_stone_still_escalates(text: str) -> None:
    assert triage(text, stage="post_op", learned=False).urgency == "urgent"


def test_an_arabizi_belly_denied_swollen_is_no_ohss() -> None:
    text = "ba3d sa7b el bwaydat, batni mish manfou5 w ma fi wja3 ktir"
    assert_not_read_as(text, "ohss_abdomen")
    assert_urgent("ba3d sa7b el bwaydat batni manfou5 ktir w mshdoud", "ohss_abdomen")


def test_fluid_out_of_the_cannula_holes_is_no_vomiting() -> None:
    text = "بعد الشفط في ماي احمر فاتح يطلع من الفتحات"
    assert_not_read_as(text, "vomiting_abdominal")
    assert_urgent("كل ما اشرب الماي يطلع ويرجع", "vomiting_abdominal")


@pytest.mark.parametrize(
    "text",
    [
        "breast augmentation 9 days ago, the wound opened about half a cm, clear fluid",
        "die Naht ist einen halben Zentimeter aufgegangen",
        "la cicatrice s'est ouverte sur un demi-centimètre",
        "dikiş yarım santim açıldı",
        "шов разошёлся на полсантиметра",
        "الجرح اللي تحت الصدر فتح تقريبا نص سانتي وفيه سائل شفاف",
    ],
)
def test_a_half_centimetre_opening_is_seen_the_same_day(text: str) -> None:
    assert_soon_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "cataract op 5 days ago, little dots floating in that eye since this morning, no flashes",
        "seit gestern schweben Fäden im operierten Auge, keine Blitze",
        "depuis hier des filaments qui flottent dans l'oeil opéré, pas d'éclairs",
        "ameliyatlı gözümde uçuşan noktalar var, ışık çakması yok",
        "после операции в глазу плавают ниточки, вспышек нет",
        "بعد عملية المية البيضا في خيوط تطير بعيني بدون ومضات",
    ],
)
def test_new_floaters_without_flashes_are_an_eye_check_today(text: str) -> None:
    assert_soon_by_the_rules(text)


def test_floaters_with_flashes_still_escalate() -> None:
    assert_urgent("little dots floating and flashes of light in the operated eye", "vision_loss")


@pytest.mark.parametrize(
    "text",
    [
        "Confirmed for tomorrow at 3pm by video, see you then",
        "Bestätige den Termin morgen um 10 Uhr",
        "Je confirme le rendez-vous demain à 15h",
        "Yarın saat 15 görüntülü görüşmeyi onaylıyorum",
        "Подтверждаю консультацию завтра в 11:00",
        "أكدت الموعد بكرا الساعة 3 اليوم",
    ],
)
def test_a_date_only_confirmed_is_answered_as_it_is(text: str) -> None:
    result = triage(text, stage="booked", learned=False)
    assert (result.intent, result.urgency) == ("appointment", "routine"), (text, result)


@pytest.mark.parametrize(
    "text",
    [
        "I confirm tomorrow but can we move it to 5pm?",
        "Подтверждаю, но можно перенести на завтра?",
    ],
)
def test_a_date_moved_for_tomorrow_is_a_calendar_request(text: str) -> None:
    # Held `soon` until the thirty-sixth round, which keeps the same-day rule for journeys going
    # wrong now: the development sets label an appointment moved for tomorrow routine.
    result = triage(text, stage="booked", learned=False)
    assert (result.intent, result.urgency) == ("appointment", "routine"), (text, result)
