# ruff: noqa: RUF001, RUF002 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The twenty-eighth round's general fixes (issue 10, dev29), each on our own phrasings, not dev29's.

What paged the on-call needlessly: pink, watery fluid soaking the pads the day after a
liposuction (the tumescent fluid draining from the ports, ASPS / BAPRAS liposuction aftercare)
read as a heavy bleed; a pink ooze from a hair transplant's holes told "suintent un liquide rose"
(the article "un" and "rose" were missing from the serous exceptions); not standing *straight*
after a tummy tuck in Arabic or Russian read as too weak to stand; a warm red patch told as not
growing with the fever ruled out read as an infection (NHS 'Cellulitis': a same-day GP look, A&E
only when it spreads fast or with a high temperature); a faint at a past dental filling, told in
a question before an implant operation, read as a faint now; lip and chin numbness told as
complete or lasting days after a lower implant -- Renton & Yilmaz (BDJ 2012) ask for the surgeon
within 24-36 hours, a same-day review; what cannot wait is the lip hurt unnoticed now (a bite,
a burn, a drink spilling out unfelt).
What nobody would have seen: a nose told crooked in an inflected form ("нос кажется кривым",
"burnum yamuk", "انفي اعوج") after its splint shifted -- a same-day look.
Intent: a price asked with "can I pay in two parts" (the split is part of the quote), Egyptian
"بكام" (for how much), a Turkish date moved "15 ocaktan şubat başına", a letter to be scanned
(documents), and "липосакцию" no longer holding "акци" (a promotion).
Each beside a look-alike that must behave the other way.
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import triage
from tests.unit.agents.screening import (
    assert_intent_by_the_rules,
    assert_not_urgent_by_the_rules,
    assert_routine_by_the_rules,
    assert_soon_by_the_rules,
    assert_urgent,
)


@pytest.mark.parametrize(
    "text",
    [
        "Had lipo on my flanks yesterday and pinkish watery fluid keeps running out of the small cuts, two pads soaked through overnight. Otherwise I feel fine.",
        "Fettabsaugung gestern, aus den kleinen Einstichen läuft rosa wässrige Flüssigkeit, zwei Kompressen sind durchgeweicht. Sonst geht es mir gut.",
        "Liposuccion hier, un liquide rose et aqueux coule des petites incisions, deux compresses trempées cette nuit. Sinon ça va.",
        "Dün liposakşın oldum, küçük deliklerden pembe sulu bir sıvı akıyor, iki ped ıslandı. Onun dışında iyiyim.",
        "Вчера была липосакция, из проколов течёт розовая водянистая жидкость, две прокладки промокли за ночь. В остальном нормально.",
        "عملت شفط دهون امبارح وفي سائل وردي زي الموية بينزل من الفتحات الصغيرة، بلّ فوطتين بالليل. غير كده تمام.",
    ],
)
def test_tumescent_fluid_after_liposuction_is_not_a_bleed(text: str) -> None:
    assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "greffe de cheveux hier, les petits trous de la zone donneuse suintent un liquide rose, l'oreiller est taché. c'est normal ?",
        "ma plaie suinte un petit liquide clair depuis ce matin, rien d'autre.",
    ],
)
def test_pink_or_clear_ooze_told_with_its_article_is_serous(text: str) -> None:
    assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "ثاني اسبوع بعد شد البطن، ما اقدر اوقف مستقيم تماما واحس شد. متى اقدر اتروش؟",
        "неделя после абдоминопластики, не могу стоять прямо, тянет живот. когда можно в душ?",
    ],
)
def test_not_standing_straight_after_a_tummy_tuck_is_not_too_weak_to_stand(text: str) -> None:
    assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lipo 9 days ago. One spot next to the navel is hard, a bit warm and red, about 3 cm, not getting bigger since yesterday. No fever. Should I show it?",
        "Fettabsaugung vor einer Woche, eine Stelle am Oberschenkel ist hart, warm und rot, etwa 2 cm, nicht größer geworden, kein Fieber. Soll ich vorbeikommen?",
        "Liposuccion il y a 8 jours, une zone sur le flanc est dure, chaude et rouge, 3 cm, elle ne grandit pas. Pas de fièvre. Je dois venir ?",
        "Liposakşından 10 gün sonra göbeğin yanında 3 cm sert, sıcak ve kırmızı bir yer var, büyümüyor. Ateş yok. Göstermeli miyim?",
        "Липосакция 9 дней назад, у пупка место твёрдое, горячее и красное, 3 см, не увеличивается. Температуры нет. Показать?",
        "بعد شفط الدهون بتسع ايام في مكان جنب السرة قاسي وسخن واحمر، ٣ سم، ما كبر من امبارح. ما عندي حرارة. اجي اوريكم؟",
    ],
)
def test_a_warm_red_patch_not_growing_without_fever_is_seen_the_same_day(text: str) -> None:
    assert_soon_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Will the implant operation hurt? I'm terrified of dentists, I fainted the last time I had a tooth pulled. Can you sedate me?",
        "Tut die Implantat-OP weh? Beim letzten Mal beim Zahnarzt bin ich fast ohnmächtig geworden. Kann man mich schlafen legen?",
        "Est-ce que la pose d'implants fait mal ? La dernière fois que j'ai eu un plombage je me suis évanouie. Vous pouvez m'endormir ?",
        "İmplant ameliyatı acıtır mı? Geçen sefer dolgu yaptırırken bayıldım. Uyutabilir misiniz?",
        "Будет ли больно ставить импланты? В прошлый раз у стоматолога я потеряла сознание. Можно под наркозом?",
        "هل زراعة الاسنان بتوجع؟ المرة الماضية عند دكتور الاسنان اغمى علي. ممكن تنوموني؟",
    ],
)
def test_a_past_faint_told_before_an_operation_is_an_enquiry(text: str) -> None:
    result = triage(text, stage="enquiry", learned=False)
    assert result.urgency == "routine", (text, result)
    assert result.intent != "post_op_concern", (text, result)


@pytest.mark.parametrize(
    "text",
    [
        # a faint now, before the operation: screened at once
        "I fainted this morning and hit my head. My implant surgery is next week, will it hurt?",
        "Heute früh bin ich ohnmächtig geworden. Die OP ist nächste Woche, wird das weh tun?",
    ],
)
def test_a_faint_now_before_an_operation_stays_urgent(text: str) -> None:
    result = triage(text, stage="enquiry", learned=False)
    assert result.urgency == "urgent", (text, result)
    assert "fainting" in result.red_flags, (text, result)


@pytest.mark.parametrize(
    "text",
    [
        "Five days since the lower implants and my lower lip and chin are still completely numb, no feeling at all. No pain. Will it come back?",
        "Unterlippe und Kinn sind seit der Implantation vor 4 Tagen immer noch komplett taub. Keine Schmerzen. Geht das weg?",
        "Implants il y a 5 jours, la lèvre et le menton sont toujours complètement engourdis. Pas de douleur. Ça va passer ?",
        "İmplant 5 gün önce yapıldı, alt dudağım hâlâ tamamen uyuşuk, hiç his yok. Ağrı yok. Geçer mi?",
        "Импланты 5 дней назад, нижняя губа до сих пор полностью онемела. Боли нет. Пройдёт?",
        "شفتي التحتانية لسه مخدرة تماما من يوم الزراعة من ٥ ايام. ما في الم. بتروح؟",
    ],
)
def test_numbness_complete_or_lasting_days_is_the_surgeons_same_day_review(text: str) -> None:
    assert_soon_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "4 день после ринопластики, лангета съехала, нос кажется кривым. не болит, крови нет. мне приехать?",
        "Burun ameliyatı 4. gün, atel kaydı, burnum yamuk görünüyor. Ağrı yok, kan yok. Gelmem gerekir mi?",
        "اليوم الرابع بعد تجميل الانف، الجبيرة تحركت وانفي اعوج. ما في الم ولا دم. لازم اجي؟",
    ],
)
def test_a_nose_told_crooked_after_its_splint_shifted_is_seen(text: str) -> None:
    assert_soon_by_the_rules(text)


def test_a_straight_nose_with_a_care_question_stays_routine() -> None:
    # the nose told straight, two signs denied, a care question: the routine course
    assert_routine_by_the_rules(
        "4 день после ринопластики, нос ровный, не болит, крови нет. когда можно мыть голову?"
    )


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("how much for 3000 grafts with the hotel? and can I pay in two parts?", "enquiry"),
        ("Was kostet eine Nasen-OP bei euch und kann ich in zwei Raten zahlen?", "enquiry"),
        ("C'est combien pour 6 implants ? Je peux payer en deux fois ?", "enquiry"),
        ("4 implant ne kadar tutar? İki taksitte ödeyebilir miyim?", "enquiry"),
        ("Сколько стоит липосакция живота? Можно оплатить в два платежа?", "enquiry"),
        ("بكام تجميل الانف عندكم؟ وينفع ادفع على دفعتين؟", "enquiry"),
    ],
)
def test_a_price_asked_with_a_split_payment_is_a_quote(text: str, stage: str) -> None:
    assert_intent_by_the_rules(text, stage, "price_quote")


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        # paying, no price asked
        ("I want to pay the second of the two parts now, where do I send it?", "booked"),
        ("Ich möchte die zweite Rate jetzt überweisen, auf welches Konto?", "booked"),
    ],
)
def test_paying_a_part_with_no_price_asked_is_a_payment(text: str, stage: str) -> None:
    assert_intent_by_the_rules(text, stage, "payment")


def test_egyptian_for_how_many_days_is_no_price() -> None:
    result = triage("بكام يوم اقدر اسافر بعد العملية؟", stage="enquiry", learned=False)
    assert result.intent != "price_quote", result


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Ameliyat tarihimi 12 marttan nisan sonuna alabilir miyiz? İzin alamadım.", "appointment"),
        ("Randevumu 3'ünden 10'una çekebilir misiniz?", "appointment"),
        # no date moved: a medication asked
        ("Ameliyattan sonra ağrı kesici alabilir miyim?", "treatment_enquiry"),
    ],
)
def test_a_turkish_date_moved_from_one_day_to_another(text: str, intent: str) -> None:
    assert_intent_by_the_rules(text, "booked", intent)


@pytest.mark.parametrize(
    "text",
    [
        "My GP wrote a note about my blood thinners before the sleeve. Shall I scan the letter and send it?",
        "Mein Hausarzt hat was zu meinen Tabletten geschrieben, soll ich den Brief einscannen?",
        "Mon médecin a écrit un mot sur mon traitement, je peux vous envoyer le courrier scanné ?",
        "Доктор написал заключение про мои таблетки, отсканировать письмо и прислать?",
    ],
)
def test_a_letter_to_be_scanned_is_documents(text: str) -> None:
    assert_intent_by_the_rules(text, "quoted", "documents")


def test_liposuction_in_russian_holds_no_promotion() -> None:
    result = triage(
        "Можно ли мне делать липосакцию после кесарева?", stage="enquiry", learned=False
    )
    assert result.intent == "treatment_enquiry", result
    result = triage("У вас есть акция на липосакцию?", stage="enquiry", learned=False)
    assert result.intent == "price_quote", result


def test_halos_alone_after_lasik_are_not_glaucoma() -> None:
    assert_not_urgent_by_the_rules(
        "LASIK vorgestern, nachts Ringe um die Lampen, die Augen tränen etwas, sonst alles gut."
    )


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # whether the treatment suits the patient asked first, the tests after it
        (
            "Can I have a tummy tuck at all with my diabetes? Which tests would I need beforehand?",
            "treatment_enquiry",
        ),
        (
            "Darf ich mit meiner Schilddrüse überhaupt eine Fettabsaugung machen? Welche Untersuchungen braucht ihr vorher?",
            "treatment_enquiry",
        ),
        (
            "Est-ce que je peux faire une rhinoplastie avec mon asthme ? Quels examens faut-il avant ?",
            "treatment_enquiry",
        ),
        (
            "Şekerim var, karın germe yaptırabilir miyim? Hangi tahlilleri yaptırmam lazım?",
            "treatment_enquiry",
        ),
        (
            "Можно ли мне делать блефаропластику при диабете? Какие анализы нужны?",
            "treatment_enquiry",
        ),
        ("عندي سكر، ينفع اسوي شد بطن؟ ايش التحاليل اللي لازم اسويها؟", "treatment_enquiry"),
        # the tests asked first: the clinic's list of documents
        ("Какие анализы нужны для липосакции? И можно ли потом сразу лететь?", "documents"),
        ("Hangi tahlilleri getirmem lazım? Karın germe için randevum mart ayında.", "documents"),
    ],
)
def test_a_suitability_question_before_the_tests_is_a_treatment_enquiry(
    text: str, intent: str
) -> None:
    assert_intent_by_the_rules(text, "enquiry", intent)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # the same soaked pads after a liposuction, but with blood and dizziness: a bleed
        (
            "Had lipo yesterday and blood keeps soaking through the pads, I feel dizzy when I stand up.",
            "heavy_bleeding",
        ),
        (
            "Liposuccion hier, le pansement est plein de sang et j'ai la tête qui tourne.",
            "heavy_bleeding",
        ),
        ("Вчера липосакция, кровь идёт и не останавливается, кружится голова.", "heavy_bleeding"),
        # a yellow, thick, smelling ooze is pus, whatever its article
        ("greffe il y a 5 jours, ça suinte un liquide jaune épais et ça sent mauvais", "pus"),
        # too weak or dizzy to stand, not "not straight"
        ("بعد العملية ما اقدر اوقف من الدوخة والتعب", "cannot_stand"),
        ("после операции не могу встать с кровати, сил нет", "cannot_stand"),
        # a warm red patch growing, or with a fever, or with pus: an infection
        (
            "Lipo 9 days ago, a spot is hot and red and getting bigger every hour, I have a fever.",
            "pus",
        ),
        (
            "Fettabsaugung vor einer Woche, die Stelle ist warm und rot und es kommt Eiter raus, kein Fieber, nicht größer geworden.",
            "pus",
        ),
        (
            "Liposuccion il y a 8 jours, la zone est chaude et rouge, pas de fièvre mais la rougeur s'étend.",
            "pus",
        ),
        # numbness with the lip hurt unnoticed now: the surgeon at once
        (
            "My lower lip is still numb since the implants three days ago, I bit it at dinner and didn't even feel it.",
            "nerve_injury_numbness",
        ),
        (
            "Meine Unterlippe ist seit der OP immer noch taub, ich habe mir draufgebissen ohne es zu merken.",
            "nerve_injury_numbness",
        ),
        (
            "Alt dudağım hala uyuşuk, çay içerken ağzımdan akıyor fark etmiyorum.",
            "nerve_injury_numbness",
        ),
        # caught before only by the learned detector: the rules now read them
        (
            "Augmentation dün. Sağ göğsüm son iki saatte soldakinin iki katı oldu, taş gibi, çok ağrıyor.",
            "breast_haematoma",
        ),
        (
            "Linsentausch gestern, ich sehe Ringe um die Lampen und musste vorhin erbrechen.",
            "acute_glaucoma",
        ),
        (
            "Linsentausch gestern, höllische Kopfschmerzen über dem Auge und Kreise um die Lichter.",
            "acute_glaucoma",
        ),
    ],
)
def test_the_look_alikes_true_emergencies_stay_urgent(text: str, flag: str) -> None:
    assert_urgent(text, flag)


@pytest.mark.parametrize(
    "text",
    [
        # halos after LASIK with the vomiting and the headache denied: expected, no glaucoma
        "LASIK vorgestern, nachts Halos um die Lichter, kein Erbrechen, keine starken Kopfschmerzen.",
        "LASIK avant-hier, des halos autour des lumières la nuit, pas de vomissement, pas de migraine.",
        "LASIK 2 gün önce, gece ışıkların etrafında hale var, kusma yok, şiddetli baş ağrısı yok.",
        "ЛАСИК 2 дня назад, ночью ореолы вокруг огней, рвоты нет, сильной головной боли нет.",
        "عملت ليزك من يومين، في هالات حول الاضواء بالليل، ما في استفراغ ولا صداع قوي.",
        "LASIK 2 days ago, halos around the lights at night, no headache, no vomiting.",
    ],
)
def test_halos_with_vomiting_and_headache_denied_are_not_glaucoma(text: str) -> None:
    assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "lens exchange yesterday, halos around the lights and I threw up twice",
        "implant de cristallin hier, des halos autour des lumières et j'ai vomi",
        "ışıkların etrafında halka görüyorum ve kustum, dün lens değişimi oldu",
        "вчера замена хрусталика, вижу круги вокруг ламп и вырвало",
        "امبارح غيرت العدسة، اشوف هالات حول الاضواء وعندي استفراغ",
    ],
)
def test_halos_with_vomiting_told_stay_glaucoma(text: str) -> None:
    assert_urgent(text, "acute_glaucoma")


@pytest.mark.parametrize(
    "text",
    [
        "Alerji: yok",
        "Ad soyad: Deniz Kaya, Alerji: yok, Kullandığı ilaç: yok",
        "alerjim yok, ateşim yok, dikişlerim ne zaman alınır?",
        "alerjim de yok, sadece yıkanma zamanını soruyorum",
    ],
)
def test_a_turkish_allergy_denied_or_left_empty_on_a_form_is_no_reaction(text: str) -> None:
    # The bare Turkish "alerji" is the allergic-reaction entry's only pattern that names no
    # sign; its denial (a pasted form's "Alerji: yok") paged the on-call (found by dev29-tr-17,
    # a form carrying a note to the assistant).
    result = triage(text, stage="post_op", learned=False)
    assert "allergic_reaction" not in result.red_flags, (text, result.red_flags)
    assert result.urgency != "urgent", (text, result.red_flags)


@pytest.mark.parametrize(
    "text",
    [
        "alerjim yok ama antibiyotikten sonra dudaklarım şişti, her yerimde kurdeşen var, nefes almakta zorlanıyorum",
        "antibiyotiğe alerji yaptı galiba, dudaklarım şişti",
        "ilaca alerjim var, dudaklarım şişti ve kurdeşen çıktı",
    ],
)
def test_a_reaction_told_beside_a_denied_or_known_allergy_stays_urgent(text: str) -> None:
    assert_urgent(text, "allergic_reaction")
