# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The thirty-first round's general fixes for urgency (issue 10, dev33 and dev34), each on our
own phrasings in six languages, not dev33's or dev34's, each beside a look-alike that must behave
the other way.

What paged the on-call needlessly, the expected course told in alarming words: a bruise told
pitch black (ASPS / BAPRAS facelift aftercare), pressure behind the breastbone after a few
spoonfuls after a sleeve (ASMBS, NHS 'Weight loss surgery': the small stomach full), a racing
heart and sweating after sweets after a bypass (NHS 'Dumping syndrome'), a tight belly told with a
tummy tuck's bent posture but not its name (ASPS 'Abdominoplasty -- recovery'), and "au
se*cou*rs" read as a swollen neck.
What was escalated and is for a person the same day (``soon``): a gum stitch opened over an
implant's healing screw (Oral Health Foundation), one eye a little milky days after a laser (AAO
'Diffuse lamellar keratitis'), a single 38.0 reading with nothing else (NHS 'High temperature').
What nobody would have seen (answered routine): a wound opened a little told in Arabizi, and
pus-tipped pimples where the grafts are (ISHRS: folliculitis).
What was escalated before an operation: mild asthma and its bearing on the anaesthesia asked --
a trait for the pre-op assessment (Royal College of Anaesthetists), not a sign now.
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import triage
from tests.unit.agents.screening import (
    assert_not_routine_by_the_rules,
    assert_not_urgent_by_the_rules,
    assert_soon_by_the_rules,
    assert_urgent,
)


@pytest.mark.parametrize(
    "text",
    [
        "facelift day 4, pitch black bruises under both eyes, both sides swollen the same",
        "Facelift vor 3 Tagen, schwarze Blutergüsse unter den Augen, beide Seiten gleich dick",
        "lifting il y a 3 jours, des ecchymoses noires sous les yeux, les deux côtés pareils",
        "yüz germe 4. gün, iki gözümün altı kapkara morluk, iki taraf da aynı",
        "подтяжка лица 3 дня назад, под глазами чёрные синяки, обе стороны одинаково",
        "شد الوجه من ٣ ايام، تحت عيوني كدمات سودا والجهتين نفس الشي",
    ],
)
def test_a_bruise_told_black_is_no_dead_skin(text: str) -> None:
    assert_not_urgent_by_the_rules(text)
    assert "skin_necrosis" not in triage(text, stage="post_op", learned=False).red_flags


@pytest.mark.parametrize(
    "text",
    [
        "tummy tuck day 5, the skin above the scar has turned black and cold",
        "yüz germe sonrası kulak arkasındaki deri simsiyah oldu ve soğuk",
        "nach der Bauchstraffung ist die Haut am Nabel schwarz und kalt",
    ],
)
def test_black_skin_still_escalates(text: str) -> None:
    assert_urgent(text, "skin_necrosis")


@pytest.mark.parametrize(
    "text",
    [
        "sleeve 2 weeks ago, after 3 spoons of soup I feel pressure in my chest and have to stop",
        "Schlauchmagen vor 2 Wochen, nach 3 Löffeln Suppe Druck in der Brust, dann höre ich auf",
        "sleeve il y a 2 semaines, après 3 cuillères de soupe j'ai une pression dans la poitrine",
        "tüp mide 2 hafta oldu, 3 kaşık çorbadan sonra göğsümde baskı oluyor, bırakıyorum",
        "слив 2 недели назад, после 3 ложек супа давит в груди, и я останавливаюсь",
        "سويت تكميم من اسبوعين، بعد ٣ ملاعق شوربة احس بضغط في صدري واوقف",
    ],
)
def test_chest_pressure_after_a_few_spoonfuls_is_the_small_stomach_full(text: str) -> None:
    assert "chest_pain" not in triage(text, stage="post_op", learned=False).red_flags


@pytest.mark.parametrize(
    "text",
    [
        "sleeve 2 weeks ago, after 3 spoons I get pressure in my chest going into my left arm",
        "tüp mide sonrası 3 kaşıktan sonra göğsümde baskı, sol koluma vuruyor, nefesim daralıyor",
        "Schlauchmagen vor 10 Tagen, Druck in der Brust seit heute morgen, ohne Essen",
    ],
)
def test_chest_pressure_to_the_arm_or_without_food_still_escalates(text: str) -> None:
    assert_urgent(text, "chest_pain")


@pytest.mark.parametrize(
    "text",
    [
        "bypass 3 weeks ago, after sweets I sweat and my heart races for 20 minutes, is it dumping?",
        "Magenbypass vor 3 Wochen, nach Süßem Herzrasen und Schwitzen, ist das Dumping?",
        "bypass il y a 3 semaines, après le dessert mon coeur bat vite et je transpire",
        "bypass olalı 3 hafta, tatlı yedikten sonra çarpıntı ve terleme oluyor, dumping mi?",
        "шунтирование 3 недели назад, после сладкого сердце колотится и потею",
        "سويت تحويل مسار من ٣ اسابيع، بعد الحلو قلبي يدق بسرعة واعرق، هل هذا دمبنج؟",
    ],
)
def test_a_racing_heart_after_sweets_is_dumping(text: str) -> None:
    assert "pulmonary_embolism_signs" not in triage(text, stage="post_op", learned=False).red_flags


@pytest.mark.parametrize(
    "text",
    [
        "bypass 5 days ago, my heart is racing since this morning and I'm short of breath",
        "после шунтирования сердце колотится с утра и тяжело дышать",
        "nach dem Essen Herzrasen und ich bekomme schlecht Luft, Brust tut weh",
    ],
)
def test_a_racing_heart_without_the_meal_or_with_breath_still_escalates(text: str) -> None:
    result = triage(text, stage="post_op", learned=False)
    assert result.urgency == "urgent", (text, result.red_flags)


@pytest.mark.parametrize(
    "text",
    [
        "day 10, I walk bent over like an old lady, my belly is tight and the navel a bit puffy",
        "Tag 10, ich laufe gebückt wie eine Oma, der Bauch ist gespannt",
        "jour 10, je marche penchée comme une mamie, le ventre est tendu",
        "10. gün, dik duramıyorum, karnım gergin",
        "10 дней, хожу согнувшись как бабушка, живот напряжён",
        "صار لي ١٠ ايام امشي منحنية مثل العجوز والبطن مشدود",
    ],
)
def test_a_tight_belly_told_with_the_tummy_tucks_bent_walk_is_no_ohss(text: str) -> None:
    assert "ohss_abdomen" not in triage(text, stage="post_op", learned=False).red_flags


@pytest.mark.parametrize(
    "text",
    [
        "egg collection 3 days ago, belly tight and getting bigger, I walk bent over",
        "بعد سحب البويضات امشي منحنية والبطن مشدود ويكبر",
    ],
)
def test_a_growing_belly_after_an_egg_collection_still_escalates(text: str) -> None:
    assert_urgent(text, "ohss_abdomen")


@pytest.mark.parametrize(
    "text",
    [
        "au secours mes cuisses sont dures et pleines de bleus après la lipo",
        "à quoi ça sert de courir si mes fesses sont dures comme de la pierre",
    ],
)
def test_a_cou_inside_another_word_is_no_neck(text: str) -> None:
    assert "airway_swallowing" not in triage(text, stage="post_op", learned=False).red_flags


def test_a_swollen_neck_still_escalates() -> None:
    assert_urgent("depuis ce matin mon cou est gonflé et dur sous la mâchoire", "airway_swallowing")


@pytest.mark.parametrize(
    "text",
    [
        "implant day 5, a gum stitch opened and the healing cap shows, no pain, no swelling",
        "Implantat vor 5 Tagen, eine Naht ist aufgegangen, die Einheilkappe ist zu sehen, keine Schmerzen",
        "implant il y a 5 jours, un des points s'est ouvert et la vis de cicatrisation se voit, pas de douleur",
        "implant 5 gün önce, bir dikiş açıldı, iyileşme vidası görünüyor, ağrı yok",
        "имплант 5 дней назад, шов разошёлся, видно формирователь, боли нет",
        "زرعة من ٥ ايام، الغرز انفتحت وغطاء الزرعة باين، ما في الم ولا ورم",
    ],
)
def test_a_gum_stitch_opened_over_a_healing_screw_is_for_the_dentist_the_same_day(
    text: str,
) -> None:
    assert_soon_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "tummy tuck day 6, the wound opened and it is gaping, no fever",
        "Bauchstraffung vor 6 Tagen, die Naht ist aufgegangen und klafft",
    ],
)
def test_a_gaping_skin_wound_still_escalates(text: str) -> None:
    assert_urgent(text, "wound_dehiscence")


@pytest.mark.parametrize(
    "text",
    [
        "LASIK 3 days ago, my right eye is slightly milky since yesterday, no pain",
        "LASIK vor 3 Tagen, rechts seit gestern leicht milchig, keine Schmerzen",
        "LASIK il y a 3 jours, l'oeil droit un peu laiteux depuis hier, pas de douleur",
        "LASIK 3 gün önce, sağ gözüm dünden beri biraz süt gibi, ağrı yok",
        "ЛАСИК 3 дня назад, правый глаз со вчера немного мутный, боли нет",
        "عملت ليزك من ٣ ايام، عيني اليمين مغبشة شوي من امس، ما في الم",
    ],
)
def test_one_eye_a_little_milky_after_a_laser_is_an_eye_check_the_same_day(text: str) -> None:
    assert_soon_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "LASIK 3 days ago, my eye is slightly milky and now a dark curtain comes over it",
        "LASIK vor 3 Tagen, leicht milchig und plötzlich ein Schatten von oben",
        "a veil came over my left eye suddenly after the cataract operation",
    ],
)
def test_a_curtain_or_a_sudden_shadow_still_escalates(text: str) -> None:
    assert_urgent(text, "vision_loss")


@pytest.mark.parametrize(
    "text",
    [
        "rhinoplasty 4 days ago, tonight 38.0, nothing else",
        "Nasen-OP vor 4 Tagen, heute Abend 38,0 gemessen, sonst nichts",
        "rhinoplastie il y a 4 jours, ce soir 38,0, rien d'autre",
        "burun ameliyatı 4 gün önce, bu akşam 38,0 ölçtüm, başka bir şey yok",
        "ринопластика 4 дня назад, вечером намерила 38,0, в остальном всё нормально",
        "عملية انف من ٤ ايام، قست الليلة ٣٨.٠ وغير كذا كل شي تمام",
    ],
)
def test_a_single_reading_of_38_0_is_for_a_person_the_same_day(text: str) -> None:
    assert_soon_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "rhinoplasty 4 days ago, tonight 38.1, nothing else",
        "Nasen-OP vor 4 Tagen, heute Abend 38,0 und Schüttelfrost",
        "ринопластика 4 дня назад, температура 38,6",
    ],
)
def test_a_reading_over_38_or_with_chills_still_escalates(text: str) -> None:
    assert_urgent(text, "high_fever")


@pytest.mark.parametrize(
    "text",
    [
        "breast lift 12 days, el jer7 fata7 shway w fi shi abyad, mafi 7arara",
        "salam, fi makan sgheer ta7t el sadr el jer7 fata7, mafi re7a",
    ],
)
def test_a_wound_opened_a_little_in_arabizi_is_seen_the_same_day(text: str) -> None:
    assert_soon_by_the_rules(text)


def test_an_arabizi_wound_told_fine_is_not_held() -> None:
    result = triage("el jer7 kwayes, mafi 7arara, shukran", stage="post_op", learned=False)
    assert "small_wound_opening_review" not in result.red_flags


@pytest.mark.parametrize(
    "text",
    [
        "FUE day 9, a few pimples with yellow heads in the grafts, a bit red, no fever",
        "Haartransplantation vor 9 Tagen, ein paar Pickel mit gelber Spitze, kein Fieber",
        "greffe il y a 9 jours, quelques boutons à tête jaune dans la zone greffée, pas de fièvre",
        "saç ekimi 9. gün, ekim alanında sarı uçlu sivilceler var, ateş yok",
        "пересадка волос 9 дней назад, несколько прыщиков с жёлтой головкой, температуры нет",
        "زراعة شعر من ٩ ايام، طلعت حبوب راسها اصفر في منطقة الزراعة، ما في حرارة",
    ],
)
def test_pus_tipped_pimples_in_the_grafts_are_seen_the_same_day(text: str) -> None:
    assert_not_routine_by_the_rules(text)
    assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "before my liposuction: I have mild asthma, short of breath with dust at times, does it affect the anaesthesia?",
        "vor meiner OP: ich habe leichtes Asthma, manchmal Atemnot beim Treppensteigen, hat das Auswirkung auf die Narkose?",
        "avant ma lipo : j'ai un asthme léger, parfois essoufflée, est-ce un problème pour l'anesthésie ?",
        "ameliyattan önce: hafif astımım var, bazen nefes darlığı oluyor, anesteziyi etkiler mi?",
        "перед операцией: у меня лёгкая астма, иногда одышка от пыли, это повлияет на наркоз?",
        "قبل العملية: عندي ربو خفيف وضيق نفس احيانا، هل يأثر على التخدير؟",
    ],
)
def test_mild_asthma_asked_before_an_operation_is_an_enquiry(text: str) -> None:
    result = triage(text, stage="quoted", learned=False)
    assert result.urgency == "routine", (text, result.red_flags)


@pytest.mark.parametrize(
    "text",
    [
        "my lipo is next week, I have mild asthma but right now I cannot breathe",
        "operation tomorrow, mild asthma, and since an hour I am short of breath",
        "عمليتي بكرة، عندي ربو خفيف بس الحين عندي ضيق نفس شديد",
    ],
)
def test_breathlessness_now_before_an_operation_still_escalates(text: str) -> None:
    result = triage(text, stage="quoted", learned=False)
    assert result.urgency == "urgent", (text, result.red_flags)
