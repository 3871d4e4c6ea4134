# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The twenty-ninth round's general fixes (issue 10, dev30), each on our own phrasings, not dev30's.

What was missed: a limb under a cast or plate the day after the operation, the cast pressing,
the toes or fingers blue, numb or not moving, the pain past the painkillers -- an acute
compartment syndrome (BOAST 'Diagnosis and management of compartment syndrome of the limbs',
2016; NICE NG37), an emergency. No catalogue entry named it: two different of its signs now do,
in six languages (Russian also in Latin letters). One sign alone, or toes pink, warm and moving
under a heavy cast, or numb toes the hours a nerve block lasts, is not that.
What paged the on-call needlessly, each a sign the patient denied or an expected course: a
window from the eye to its pain that crossed a negation ("eyes not painful, not getting worse");
a calf said fine or not swollen whose denial a contrast in the *next* sentence about another part
("... Aber die Oberschenkel sind hart", "mollets normaux. Mais je marche pliée") undid, and
French "normaux"; Arabizi "ma fi di2 nafas" (the breath denied); pulling and bloating told like a
period's after an egg collection (HFEA: expected for a few days) with nothing growing or tight;
and before an operation, a bleed asked "during?" with the operation left out, beside a habit of
bleeding when shaving -- an enquiry.
What nobody would have seen the same day: a scar opened by a told size without the word "wound"
(NHS 'Wound care after surgery'), a nasal splint fallen off early (ASPS / BAAPS rhinoplasty
aftercare), a pain told worse than yesterday (NHS; HFEA after egg collection), a seroma felt as a
bag of water moving (ASPS).
Each beside a look-alike that must behave the other way.
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import triage
from tests.unit.agents.screening import (
    assert_not_urgent_by_the_rules,
    assert_routine_by_the_rules,
    assert_soon_by_the_rules,
    assert_urgent,
)


@pytest.mark.parametrize(
    "text",
    [
        "wrist fixed with a plate yesterday. the cast feels so tight and my fingers have gone a bit blue, is that ok?",
        "Sprunggelenk gestern verschraubt, der Gips drückt total und ich kann die Zehen kaum bewegen, sie kribbeln",
        "opérée du poignet hier, le plâtre me serre énormément et j'ai les doigts tout engourdis",
        "dün bileğimden ameliyat oldum, alçı çok sıkıyor, parmaklarım uyuşuyor ve mor",
        "вчера операция на голени, гипс давит, пальцы немеют и холодные",
        "vchera operaciya na goleni, gips davit, palcy nemeyut i holodnye, haha",
        "عملت عملية بالساق امبارح، الجبس ضاغط كثير واصابعي زرق ومخدرة",
    ],
)
def test_a_limb_under_pressure_after_its_operation_is_urgent(text: str) -> None:
    assert_urgent(text, "compartment_syndrome")


@pytest.mark.parametrize(
    "text",
    [
        "wrist plate 2 days ago, fingers are pink and warm, I can wiggle them fine, the cast is a bit heavy. normal?",
        "Sprunggelenk gestern operiert, Zehen warm und rosig, bewege sie gut, nur der Gips ist schwer",
        "poignet opéré hier, les doigts sont roses et chauds, je les bouge bien, le plâtre est lourd",
        "alçı biraz ağır ama parmaklarım pembe ve sıcak, rahat oynatıyorum",
        "гипс тяжелый, но пальцы теплые и розовые, шевелю ими нормально",
        "الجبس ثقيل شوي بس اصابعي دافيه ووردية واحركها عادي",
        "knee op this morning under a nerve block, my toes are still numb and I can't move them yet, is that the block?",
    ],
)
def test_a_heavy_cast_with_warm_moving_toes_is_not_compartment_syndrome(text: str) -> None:
    assert_not_urgent_by_the_rules(text)
    assert "compartment_syndrome" not in triage(text, stage="post_op", learned=False).red_flags


@pytest.mark.parametrize(
    "text",
    [
        "cataract 2 days ago. eye not painful, not getting worse, a bit gritty",
        "Grauer Star vor 2 Tagen, Auge tut nicht weh, nicht schlimmer, etwas kratzig",
        "lipo 5 days ago, calves are fine. But my thighs are hard and lumpy, normal?",
        "Fettabsaugung vor 5 Tagen. Waden sind nicht dick, keine Atemnot. Aber die Oberschenkel sind hart. Normal?",
        "bauchstraffung vor 10 tagen, kein fieber. waden normal. aber ich laufe noch gebückt, normal?",
        "abdominoplastie il y a 10 jours. mollets normaux. Mais je marche encore courbée, normal ?",
        "3amaliye mn 3 iyam, ma fi di2 nafas, bas el jer7 byo2laqni shway",
        "пункция 2 дня назад, температуры нет, живот тянет и вздутие как перед месячными",
        "egg collection 2 days ago, no fever, breathing fine. tummy a little bloated and pulling like before my period. normal?",
        "Punktion vor 2 Tagen, kein Fieber, Bauch etwas gebläht und zieht wie vor der Periode",
    ],
)
def test_signs_denied_or_an_expected_course_are_not_urgent(text: str) -> None:
    assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("cataract op 2 days ago, my eye pain is getting worse every hour", "eye_pain_rising"),
        (
            "Grauer Star vor 2 Tagen, das Auge tut immer mehr weh, schlimmer als gestern",
            "eye_pain_rising",
        ),
        (
            "Knie-OP vor 5 Tagen. Waden sind nicht dick. Aber die linke Wade ist heiß und tut weh",
            "calf_pain_swelling",
        ),
        (
            "knee op 5 days ago. calves fine. But my left calf is hot and hurts",
            "calf_pain_swelling",
        ),
        (
            "genou opéré il y a 5 jours. mollets normaux. Mais le mollet gauche est chaud et dur",
            "calf_pain_swelling",
        ),
        ("3amaliye mn 3 iyam, 3andi di2 nafas w ma 2der etnaffas mni7", "breathing_difficulty"),
        (
            "egg collection 2 days ago, period-like cramps, but my tummy is tight and getting bigger by the hour",
            "ohss_abdomen",
        ),
        (
            "пункция 2 дня назад, живот вздут как перед месячными, но растёт и твёрдый",
            "ohss_abdomen",
        ),
    ],
)
def test_the_same_signs_told_stay_urgent(text: str, flag: str) -> None:
    assert_urgent(text, flag)


@pytest.mark.parametrize(
    "text",
    [
        "thinking about a brow lift. does it bleed a lot during? I bleed easily when I shave",
        "Überlege eine Lidstraffung. Blutet es dabei stark? Ich blute schnell, wenn ich mich rasiere",
        "est-ce que la greffe de sourcils fait mal ? ça saigne beaucoup pendant ? je saigne vite quand je me coupe",
        "burun estetiği düşünüyorum, sırasında çok kanar mı? tıraş olurken çabuk kanıyorum",
        "думаю о подтяжке век. сильно кровит во время? я быстро кровлю, когда бреюсь",
        "بفكر اعمل تجميل انف، ينزف كثير اثناءها؟ انا انزف بسرعة لما احلق",
    ],
)
def test_a_bleed_asked_during_a_future_operation_is_an_enquiry(text: str) -> None:
    result = triage(text, stage="enquiry", learned=False)
    assert result.urgency == "routine", (text, result.red_flags)


@pytest.mark.parametrize(
    "text",
    [
        "I have my op next week but since this morning I bleed a lot from my nose and it won't stop",
        "j'ai une greffe la semaine prochaine mais je saigne beaucoup du nez depuis ce matin, ça s'arrête pas",
    ],
)
def test_a_bleed_now_before_an_operation_stays_urgent(text: str) -> None:
    assert triage(text, stage="enquiry", learned=False).urgency == "urgent", text


@pytest.mark.parametrize(
    "text",
    [
        "tummy tuck 2 weeks ago, above the scar it feels like a water bag moving when I walk. no fever",
        "Bauchdeckenstraffung vor 2 Wochen, über der Narbe schwappt es wie ein Wasserbeutel beim Gehen",
        "abdominoplastie il y a 2 semaines, au-dessus de la cicatrice on dirait un sac d'eau qui bouge",
        "karın germe 2 hafta önce, yara izinin üstünde su torbası gibi bir şey oynuyor",
        "абдоминопластика 2 недели назад, над швом как мешок с водой переливается",
        "عملت شد بطن من اسبوعين، فوق الجرح في شي زي كيس مي يتحرك",
        "breast reduction 10 days ago, the bottom of the T opened a bit, about a 1 cm gap, clear fluid, no fever",
        "Bruststraffung vor 10 Tagen, unten am T ist ein 1 cm Spalt aufgegangen, klare Flüssigkeit, kein Fieber",
        "meme küçültme 10 gün önce, T'nin altında 1 cm açıldı, berrak sıvı var, ateş yok",
        "уменьшение груди 10 дней назад, внизу Т разошлось на 1 см, прозрачная жидкость",
        "عملية تصغير صدر من 10 ايام، تحت الـ T انفتح حوالي 1 سم، سائل شفاف",
        "rhinoplasty 3 days ago, the cast just fell off in the shower, no bleeding",
        "Nasen-OP vor 4 Tagen, die Schiene ist beim Duschen abgefallen",
        "rhinoplastie il y a 3 jours, le plâtre est tombé ce matin",
        "burun ameliyatı 3 gün önce, alçı duşta düştü",
        "ринопластика 3 дня назад, гипс отвалился в душе",
        "عملت تجميل انف من 3 ايام والجبيرة طاحت بالدوش",
        "egg collection yesterday. tummy hurts a bit more than yesterday on the right, breathing fine, no fever",
        "Punktion gestern, Bauch tut etwas mehr weh als gestern, rechts",
        "ponction hier, le ventre me fait un peu plus mal qu'hier, surtout à droite",
        "yumurta toplama dün, karnım dünden daha fazla ağrıyor, sağ tarafta",
        "пункция вчера, живот болит сильнее, чем вчера, справа",
        "سحب بويضات امبارح، بطني يوجعني اكثر من امبارح على اليمين",
    ],
)
def test_a_same_day_sign_is_seen_by_a_person(text: str) -> None:
    assert_soon_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "rhinoplasty 8 days ago, the surgeon removed the cast today, nose looks great",
        "ponction il y a 2 jours, le ventre me fait moins mal qu'hier, c'est normal ?",
    ],
)
def test_the_splint_taken_off_or_a_pain_easing_stays_routine(text: str) -> None:
    assert_routine_by_the_rules(text)
