# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The sixteenth round's general fixes (issue 10, dev17), each on our own phrasings, not dev17's.

Complications the catalogue did not know: a nerve injury after lower implants (lip, chin or
tongue still numb days later -- Renton & Yilmaz, BDJ 2012), a haematoma behind the eye after
eyelid surgery (a bulging eye -- RCOphth / BAPRAS), sight told lost through what it no longer
does (spoken French without "ne", light only), a pad soaked an hour, obstruction's signs in
either order, Arabizi pain and skin colour, OHSS told by "+kg" and the belly's girth. Each stays
urgent beside healing words and negated symptoms; the look-alikes do not escalate. Then the
intent frames (an indirect request to move a booked date, a price put off to later, an advert
asked to be still on), the complaints a person sees (a sloshing lump, a knock, a nose pointing
to one side, a weeping wound, "not getting better") and hair-loss drugs as medication.
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import triage
from tests.unit.agents.screening import assert_not_urgent, assert_soon_by_the_rules, assert_urgent


@pytest.mark.parametrize(
    "text",
    [
        "implants in the lower jaw last week, my chin is still numb on the left side, no fever",
        "my tongue has been still numb for three days since the extraction and implant",
        "Seit der Implantation vor 3 Tagen ist meine Unterlippe immer noch taub, Schwellung geht zurück",
        "ma lèvre inférieure est toujours engourdie depuis la pose des implants il y a 4 jours",
        "implanttan beri 3 gün oldu, alt dudağım hala uyuşuk, ağrı yok",
        "после имплантации нижняя губа до сих пор онемела, уже четыре дня",
        "شفتي التحتانية لسه منملة من يوم زراعة الاسنان، الورم خف",
    ],
)
def test_numbness_lasting_days_after_implants_is_seen_the_same_day(text: str) -> None:
    # urgent until the twenty-eighth round; Renton & Yilmaz (BDJ 2012) ask for the surgeon
    # within 24-36 hours -- a same-day review, however many days the numbness has lasted
    assert_soon_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "implant done this morning, lip still numb 3 hours later, is that the anaesthetic?",
        "Implantat heute früh, die Lippe ist seit 2 Stunden noch taub",
        "no numbness at all in my lip or chin, just a bit sore",
    ],
)
def test_numbness_on_the_day_or_denied_is_not_urgent(text: str) -> None:
    assert_not_urgent(text)


@pytest.mark.parametrize(
    "text",
    [
        "eyelid surgery 2 days ago, my right eye is bulging and very tight",
        "nach der Lidstraffung tritt mein linkes Auge hervor und drückt",
        "après la blépharoplastie mon oeil sort de l'orbite, ça fait très mal",
        "göz kapağı ameliyatından sonra sağ gözüm dışarı fırlayacak gibi",
        "после блефаропластики правый глаз выпирает и болит",
        "بعد عملية الجفون عيني اليمين بارزه ومتورمة",
    ],
)
def test_a_bulging_eye_after_eyelid_surgery_is_urgent(text: str) -> None:
    assert_urgent(text, "orbital_haematoma")


@pytest.mark.parametrize(
    "text",
    [
        "yesterday I could read fine, today I only see light with the operated eye",
        "mit dem operierten Auge sehe ich nur noch hell und dunkel",
        "depuis ce matin je vois plus rien de l'oeil opéré",
        "ameliyatlı gözle sadece ışık görüyorum artık",
        "оперированным глазом вижу только свет",
        "بعد العملية بس اشوف الضو بعيني",
        "dün lens ameliyatı oldum, görmem bu akşam iyice kötüleşti",
    ],
)
def test_sight_told_lost_by_what_it_no_longer_does_is_urgent(text: str) -> None:
    assert_urgent(text, "vision_loss")


@pytest.mark.parametrize(
    "text",
    [
        "je vois plus net qu'avant l'opération, c'est génial",
        "je vois plus clair chaque jour",
        "görmem iyi, kızarıklık azaldı",
    ],
)
def test_sight_improving_is_not_urgent(text: str) -> None:
    assert_not_urgent(text)


@pytest.mark.parametrize(
    "text",
    [
        "after the egg collection I'm bleeding, soaking a pad every hour",
        "nach der Punktion blute ich, jede Stunde eine Binde voll",
        "je saigne depuis hier soir, et maintenant j'ai un peu la tête qui tourne quand je me lève",
        "пункция вчера, кровь, прокладка за час полная",
    ],
)
def test_a_pad_an_hour_or_bleeding_with_dizziness_is_urgent(text: str) -> None:
    assert_urgent(text, "heavy_bleeding")


@pytest.mark.parametrize(
    "text",
    [
        "after the bypass: vomiting since last night and I can't pass gas",
        "nach dem Bypass erbreche ich seit heute Nacht, keine Winde",
        "после шунтирования рвёт с утра, газы не отходят",
        "bypass sonrası kusuyorum, gaz çıkaramıyorum",
        "بعد التحويل عم استفرغ وما يطلع غازات",
    ],
)
def test_obstruction_signs_in_either_order_are_urgent(text: str) -> None:
    assert_urgent(text, "bowel_obstruction")


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("ba3d el lipo el panadol ma ysawi shi w el wja3 ktir", "severe_pain_unrelieved"),
        ("el alam sar a2wa men awal ba3d el 3amaliye", "severe_pain_unrelieved"),
        ("el jild 3ala batni ramadi w 7ar", "skin_necrosis"),
    ],
)
def test_arabizi_pain_and_skin_are_urgent(text: str, flag: str) -> None:
    assert_urgent(text, flag)


@pytest.mark.parametrize(
    "text",
    [
        "egg retrieval 3 days ago, weight +2 kg since yesterday",
        "Punktion vorgestern, Bauch 96 cm, vorher war er 82",
        "ponction il y a 2 jours, ventre 95 cm alors qu'il était à 81",
        "после пункции вес +2,5 кг за сутки",
    ],
)
def test_ohss_told_by_a_plus_or_the_belly_girth_is_urgent(text: str) -> None:
    assert_urgent(text, "ohss_abdomen")


def test_weight_after_liposuction_is_not_ohss() -> None:
    assert_not_urgent("lipo 5 days ago, weight +2 kg from the swelling, no pain")


def test_present_red_flags_beside_healing_words_and_negations_stay_urgent() -> None:
    # healing words and a negated fever do not clear a red flag told beside them
    assert_urgent(
        "bruising going yellow, no fever, but my lower lip is still numb since the implants 5 days ago, I bit it and didn't feel it",
        "nerve_injury_numbness",
    )
    assert_urgent(
        "die Schwellung geht zurück, kein Fieber, aber das Auge tritt seit heute hervor",
        "orbital_haematoma",
    )
    assert_urgent(
        "pas de fièvre, les bleus jaunissent, mais je saigne et j'ai la tête qui tourne",
        "heavy_bleeding",
    )
    assert_urgent(
        "ateşim yok, şişlik iniyor ama kusuyorum ve gaz çıkaramıyorum",
        "bowel_obstruction",
    )


@pytest.mark.parametrize(
    "text",
    [
        "hair transplant day 4, my forehead swelling has moved down to my eyes, is that normal?",
        "saç ekimi 3. gün, alnımdaki şişlik gözlerime kadar indi",
        "Haartransplantation Tag 3, die Schwellung der Stirn ist bis zu den Augen gerutscht",
    ],
)
def test_forehead_swelling_sinking_to_the_eyes_is_not_urgent(text: str) -> None:
    assert_not_urgent(text)


def test_forehead_swelling_with_trouble_swallowing_stays_urgent() -> None:
    assert_urgent("alnım şişti gözlerime kadar indi, yutkunamıyorum", "airway_swallowing")


@pytest.mark.parametrize(
    ("text", "stage", "intent"),
    [
        (
            "the 21st won't work for me anymore, the week after is free though",
            "booked",
            "appointment",
        ),
        (
            "Könnten wir alles um zwei Wochen schieben? Die Kinder sind krank",
            "booked",
            "appointment",
        ),
        ("la date de l'opération tombe le jour du mariage de mon frère", "booked", "appointment"),
        ("перелёт дешевле в пятницу, есть ли окно пораньше?", "booked", "appointment"),
        ("randevu tarihim bayrama denk geliyor", "booked", "appointment"),
        ("الموعد جا في العيد وصعب علي", "booked", "appointment"),
        (
            "can you do implants if I have bone loss? we can talk about the price later",
            "enquiry",
            "treatment_enquiry",
        ),
        (
            "kemik erimesi varsa implant yapılır mı? fiyatı sonra konuşuruz",
            "enquiry",
            "treatment_enquiry",
        ),
        (
            "saw your hair transplant offer, 1800 euros with hotel, is that offer still available?",
            "enquiry",
            "price_quote",
        ),
        ("شفت عرض زراعة اسنان مع الفندق، العرض لسه موجود؟", "enquiry", "price_quote"),
    ],
)
def test_intent_frames_of_the_sixteenth_round(text: str, stage: str, intent: str) -> None:
    assert triage(text, stage=stage).intent == intent


@pytest.mark.parametrize(
    "text",
    [
        "there's a soft lump on my flank that sloshes when I walk, no pain",
        "an der Hüfte eine weiche Beule, die schwappt, kein Fieber",
        "une poche de liquide sur le ventre, pas de fièvre",
        "karnımda yumuşak şişlik var, çalkalanıyor",
        "на боку мягкая шишка, булькает, температуры нет",
        "I knocked my nose on the cupboard yesterday, no bleeding",
        "Die Nasenspitze zeigt nach links seit gestern",
        "je me suis cognée le nez hier soir, pas de saignement",
        "под грудью отошла корочка и там мокнет прозрачным, температуры нет",
        "die kleine Beule an der Narbe wird nicht besser",
    ],
)
def test_new_complaints_are_seen_by_a_person(text: str) -> None:
    # the rules hold each for a person the same day; the learned red-flag detector (added after
    # this round) may raise one to urgent -- it never clears one, so a person sees it either way
    # (the thirty-ninth round's retrain raises "Die Nasenspitze zeigt nach links seit gestern";
    # the README's Known limits name it)
    result = triage(text, stage="post_op", learned=False)
    assert result.urgency == "soon", (text, result)
    assert result.review, (text, result)
    assert triage(text, stage="post_op").urgency in ("soon", "urgent"), text


def test_a_holiday_word_or_a_falling_question_is_no_complaint() -> None:
    # "congés" is no knock; "متى ينزل" (when does it come down) is no weeping wound
    assert triage("je suis en congés la semaine prochaine", stage="post_op").urgency != "urgent"
    result = triage("الصدر لسه عالي بعد التكبير، متى ينزل؟", stage="post_op")
    assert result.urgency != "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "can I start finasteride again after the transplant?",
        "Ab wann darf ich Minoxidil wieder nehmen?",
        "когда можно снова принимать финастерид?",
    ],
)
def test_hair_loss_drugs_are_a_medication_question(text: str) -> None:
    assert triage(text, stage="post_op").medical_question


@pytest.mark.parametrize(
    ("before", "negated"),
    [
        ("the swelling is not ", True),
        ("die Beule wird nicht ", True),
        ("ça ne va pas ", True),
        ("отек не ", True),
        ("the swelling is much ", False),
        ("die Beule wird ", False),
    ],
)
def test_a_negated_improvement_does_not_clear_a_complaint(before: str, negated: bool) -> None:
    from careflow_agents.negation import word_denied_before

    assert bool(word_denied_before().search(before)) is negated
