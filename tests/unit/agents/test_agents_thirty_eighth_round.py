# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The thirty-eighth round's general fixes for urgency (issue 10, dev43), each on our own
phrasings in six languages, not dev43's, each beside a look-alike that must behave the other way.

What nobody would have seen: a foot that "just flops" when walking, whose front cannot be lifted,
after a BBL (a sciatic nerve injury: NHS 'Foot drop', ASPS 'Brazilian butt lift -- risks'); lips
and eyes swollen with a throat "as if held shut" and a changed voice after a new tablet, told in
Gulf Arabizi ("7alqi ka2enna ma7boos", "sawti t3'ayar": angioedema, NHS 'Anaphylaxis',
Resuscitation Council UK); "kann nicht mal Wasser schlucken" after a sleeve; legs that cannot be moved beside a toilet
that cannot be used ("в туалет не могу сходить") after an epidural (RCoA; ASRA: an epidural
haematoma or cauda-equina compression), which only the learned model escalated. What a person must
see the same day, not answered as the expected course: a LASIK haze told hazier than the night
before (AAO 'Diffuse lamellar keratitis'). What was escalated for nothing: a calcium tablet too
big to swallow told with a case ending or in a compound ("tableti", "Kalziumtablette", "حبة
الكالسيوم"); a dental implant's cover screw showing through an opened stitch (Oral Health
Foundation: the dentist the same day); no stool for days with a bloated belly while the wind
passes and nothing is vomited (ASMBS: obstruction is no wind and no stool with vomiting --
constipation is seen the same day); Arabizi "ma fi waram w la 7arara w la dam", whose "w la"
("and no", ولا) now denies what follows it; a few hives with the lips, throat and breath told fine
and nothing swelling (NHS 'Anaphylaxis': the swelling, the breath or faintness makes it one) --
seen the same day, not escalated.
"""

from __future__ import annotations

import pytest

from careflow_agents import redflags
from careflow_agents.triage import _Message
from tests.unit.agents.screening import (
    assert_not_read_as,
    assert_not_urgent_by_the_rules,
    assert_routine_by_the_rules,
    assert_soon_by_the_rules,
    assert_urgent,
)


def _pattern_hits(text: str, flag_id: str) -> bool:
    """Whether one of the flag's own patterns matches (before its ``unless``)."""
    message = _Message(text)
    folded, latin = message.patterns(f"flag:{flag_id}")
    return message.views.search(folded, latin)


def test_the_flags_exist() -> None:
    ids = {flag.id for flag in redflags.CATALOGUE}
    assert {"foot_drop", "allergic_reaction", "bowel_obstruction", "eye_haze_review"} <= ids


@pytest.mark.parametrize(
    "text",
    [
        "two days after the BBL, no fever, but my right foot just flops when I walk and I can't lift the front of it, shooting pain down the back of the thigh",
        "drei Tage nach dem BBL, kein Fieber, aber mein rechter Fuß hängt beim Gehen und ich kann die Fußspitze nicht heben",
        "trois jours après le BBL, pas de fièvre, mais mon pied droit traîne quand je marche et je ne peux pas relever le bout du pied",
        "BBL'den 3 gün sonra ateşim yok ama sağ ayağım düşüyor, ayak ucumu kaldıramıyorum",
        "три дня после BBL, температуры нет, но правая стопа шлёпает при ходьбе, не могу поднять носок",
        "بعد عملية شد المؤخرة بثلاث ايام ما في حرارة بس ما اقدر ارفع مشط رجلي وانا امشي",
    ],
)
def test_a_foot_that_cannot_be_lifted_after_a_bbl_escalates(text: str) -> None:
    assert_urgent(text, "foot_drop")


@pytest.mark.parametrize(
    "text",
    [
        "after lying on my tummy all day the back of my thigh aches like sciatica, but my foot moves normally and I can walk on my heels",
        "nach dem Liegen auf dem Bauch zieht es hinten im Bein wie Ischias, aber der Fuß bewegt sich normal",
        "après avoir dormi sur le ventre j'ai une douleur type sciatique derrière la cuisse, mais je bouge le pied normalement",
        "yüzüstü yatmaktan kalçamdan uyluğumun arkasına siyatik gibi bir sızı var ama ayağımı normal oynatabiliyorum",
        "после сна на животе тянет по задней поверхности ноги как при ишиасе, но стопа двигается нормально",
        "من النوم على بطني عندي وجع مثل عرق النسا من الورك للفخذ بس قدمي تتحرك عادي",
    ],
)
def test_a_sciatic_ache_with_the_foot_moving_is_seen_the_same_day(text: str) -> None:
    assert_soon_by_the_rules(text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        (
            "after the new tablet today my lips and eyes puffed up, my throat feels blocked and my voice sounds different",
            "airway_swallowing",
        ),
        (
            "nach der neuen Tablette heute sind Lippen und Augen geschwollen, mein Hals fühlt sich wie zugeschnürt an und meine Stimme ist anders",
            "airway_swallowing",
        ),
        (
            "depuis le comprimé de ce matin mes lèvres et mes yeux ont gonflé, j'ai la gorge comme bouchée et ma voix a changé",
            "airway_swallowing",
        ),
        (
            "bugün verilen haptan sonra dudaklarım ve gözlerim şişti, boğazım tıkanmış gibi, sesim değişti",
            "airway_swallowing",
        ),
        (
            "после новой таблетки губы и глаза отекли, горло как будто сдавило, голос изменился",
            "airway_swallowing",
        ),
        (
            "بعد الحبة اللي عطوني اياها اليوم شفايفي وعيوني ورم وحلقي كأنه مسدود وصوتي تغير",
            "airway_swallowing",
        ),
        # Gulf and Levantine Arabizi: the throat "as if held shut", the voice changed
        (
            "ba3d el 7abba el jdide shafayfi wermo w 7alqi ka2ano msakkar",
            "allergic_reaction",
        ),
        ("ba3d el dawa el youm 3youni waram w sawti t8ayar shway", "allergic_reaction"),
        ("ba3d el dawa shfayfi wermet w zori kan ma7bous", "allergic_reaction"),
    ],
)
def test_lips_swollen_and_throat_shut_after_a_tablet_escalate(text: str, flag: str) -> None:
    assert_urgent(text, flag)


@pytest.mark.parametrize(
    "text",
    [
        "من بعد المضاد طلع كم حبة حمرا على ايدي تحك بس شفايفي وحلقي عاديين وتنفسي طبيعي",
        "shwayyet 7obob 3ala edi ba3d el 7abba, bt7okni, bas shfayfi w 7alqi tamam w nafasi 3adi",
        "ba3d el dawa 7alqi shway nashef bas sawti 3adi",
    ],
)
def test_a_few_itchy_spots_with_lips_and_throat_fine_is_no_angioedema(text: str) -> None:
    assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "10 days after the sleeve: the calcium tablet is huge, I can't swallow it, may I crush it?",
        "Schlauchmagen Tag 10: die Kalziumtablette ist riesig, ich kann sie nicht schlucken, darf ich sie zerkleinern?",
        "sleeve J10 : le comprimé de calcium est énorme, je n'arrive pas à l'avaler, je peux l'écraser ?",
        "tüp mide 10. gün, kalsiyum tabletini yutamıyorum çok büyük, ezebilir miyim?",
        "10 день после слива, таблетку кальция не могу проглотить, огромная, можно раздавить?",
        "بعد التكميم بعشر ايام حبة الكالسيوم كبيرة ما اقدر ابلعها، اقدر اطحنها؟",
    ],
)
def test_a_tablet_too_big_to_swallow_is_a_medication_question(text: str) -> None:
    assert_not_read_as(text, "airway_swallowing")
    assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "the calcium tablet is huge and since this morning I can't swallow water either",
        "seit dem Schlauchmagen kann ich nicht mal Wasser schlucken, alles kommt zurück",
        "depuis la sleeve je n'arrive pas à avaler l'eau, tout remonte",
        "tüp mideden beri tükürüğümü bile yutamıyorum, su da geri geliyor",
        "после слива не могу проглотить даже воду, всё возвращается",
        "بعد التكميم ما اقدر ابلع حتى المويه، كل شي يرجع",
    ],
)
def test_water_or_saliva_that_will_not_go_down_still_escalates(text: str) -> None:
    assert_urgent(text, "airway_swallowing")


@pytest.mark.parametrize(
    "text",
    [
        "a stitch over my lower implant came open and I can see a little silver screw, hardly hurts, no fever, no swelling",
        "eine Naht über dem Implantat unten ist aufgegangen, man sieht ein kleines Schräubchen, kein Fieber, keine Schwellung",
        "un point au-dessus de l'implant s'est ouvert, on voit une petite vis, pas de fièvre, pas de gonflement",
        "implantın üstündeki dikiş açıldı, küçük bir vida görünüyor, ateş yok, şişlik yok",
        "шов над имплантом разошёлся, видно маленький винтик, температуры нет, отёка нет",
        "الغرز فوق الزرعة انفتحت وباين مسمار صغير، ما في حرارة ولا ورم",
    ],
)
def test_a_cover_screw_showing_through_an_opened_stitch_is_seen_the_same_day(text: str) -> None:
    assert_soon_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "the wound under my breast opened and I can see the implant, no fever",
        "die Naht unter der Brust ist aufgegangen, man sieht das Implantat, kein Fieber",
    ],
)
def test_a_breast_implant_showing_through_the_wound_still_escalates(text: str) -> None:
    assert_urgent(text, "wound_dehiscence")


@pytest.mark.parametrize(
    "text",
    [
        "bypass day 9, haven't pooped in 4 days, tummy bloated, but I'm passing wind and no vomiting, drinking ok",
        "Bypass Tag 9, kein Stuhlgang seit 4 Tagen, Bauch aufgebläht, aber Winde gehen ab, kein Erbrechen",
        "bypass J9, je n'arrive pas à aller à la selle depuis 4 jours, ventre un peu ballonné, mais les gaz passent, pas de vomissements",
        "bypass 9. gün, karnım biraz şişkin, 4 gündür tuvalete çıkamıyorum ama gaz çıkıyor, kusma yok",
        "шунтирование 9 день, нет стула 4 дня, живот немного вздут, но газы отходят, рвоты нет",
        "بعد التحويل بتسع ايام ما اقدر اروح الحمام من ٤ ايام وبطني منتفخ شوي بس الغازات تطلع وما في استفراغ",
    ],
)
def test_constipation_with_wind_passing_and_no_vomiting_is_no_obstruction(text: str) -> None:
    assert _pattern_hits(text, "bowel_obstruction"), text  # the unless is what clears it
    assert_not_read_as(text, "bowel_obstruction")
    assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "bypass day 9, haven't pooped in 4 days and can't pass wind, bloated and throwing up",
        "Bypass Tag 9, kein Stuhlgang, Bauch aufgebläht, Winde gehen nicht, erbreche seit heute früh",
        "bypass 9. gün, karnım şişti, kusuyorum, gaz çıkaramıyorum",
        "шунтирование 9 день, живот вздут, рвёт, газы не отходят",
        "بعد التحويل بطني منتفخ واستفرغ وما يطلع غازات",
        # wind passing, but vomiting told: the flag stays
        "Bypass Tag 9, kein Stuhlgang seit 4 Tagen, Bauch aufgebläht, Winde gehen ab, aber ich erbreche alles",
    ],
)
def test_no_wind_or_vomiting_with_a_bloated_belly_still_escalates(text: str) -> None:
    assert_urgent(text, "bowel_obstruction")


@pytest.mark.parametrize(
    "text",
    [
        "day 2 after LASIK, the left eye is slightly hazier than last night and more glare",
        "Tag 2 nach LASIK, das linke Auge ist trüber als gestern Abend, nicht schmerzhaft",
        "J2 après le LASIK, l'oeil gauche est un peu plus flou qu'hier soir, pas de douleur",
        "LASIK sonrası 2. gün, sol gözüm dünden daha bulanık, ağrı yok",
        "второй день после ЛАСИК, левый глаз мутнее, чем вчера, не болит",
        "اليوم الثاني بعد الليزك في عيني اليسار غباش اكثر من امبارح بدون الم",
    ],
)
def test_a_haze_growing_after_lasik_is_seen_the_same_day(text: str) -> None:
    assert_soon_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "day 2 after LASIK, still a bit hazy but clearer than last night",
        "Tag 2 nach LASIK, noch etwas verschwommen, aber klarer als gestern",
        "J2 après le LASIK, encore un peu flou mais plus net qu'hier",
        "LASIK sonrası 2. gün, hâlâ biraz bulanık ama dünden daha net",
        "второй день после ЛАСИК, немного мутно, но чётче, чем вчера",
        "اليوم الثاني بعد الليزك لسا في غباش خفيف بس احسن من امبارح",
    ],
)
def test_a_haze_clearing_after_lasik_is_no_haze_review(text: str) -> None:
    assert_not_read_as(text, "eye_haze_review")
    assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "sar 6 iyyam 3al implant, ma fi waram w la 7arara w la dam, bas el ghorza bt7okni",
        "sar 5 iyyam 3al zar3a, ma fi waja3 w la 7arara, aymta bfekko el ghoraz?",
    ],
)
def test_arabizi_w_la_denies_each_sign_of_the_list(text: str) -> None:
    assert_not_read_as(text, "high_fever")
    assert_routine_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "sar 6 iyyam 3al implant, ma fi waram bas fi 7arara 39 w dam",
        "sar 6 iyyam, 3andi 7arara w la2 ma fi dam",
    ],
)
def test_arabizi_a_fever_told_after_the_denial_still_escalates(text: str) -> None:
    assert_urgent(text, "high_fever")


@pytest.mark.parametrize(
    "text",
    [
        "a few hives on my arm since the antibiotic, itchy, but my lips, tongue and throat are fine and breathing is normal",
        "seit dem Antibiotikum ein paar Quaddeln am Arm, juckt, aber Lippen und Hals sind normal, Atmung gut",
        "quelques plaques d'urticaire sur le bras depuis l'antibiotique, ça gratte, mais lèvres et gorge normales, je respire bien",
        "antibiyotikten beri kolumda birkaç kurdeşen var, kaşınıyor ama dudaklarım ve boğazım normal, nefesim rahat",
        "после антибиотика на руке несколько волдырей, чешется, но губы и горло в норме, дышу нормально",
        "من بعد المضاد طلع كم حبة حمرا على ايدي تحك بس شفايفي وحلقي عاديين وتنفسي طبيعي",
    ],
)
def test_a_few_hives_with_the_airway_told_fine_are_seen_the_same_day(text: str) -> None:
    assert_not_read_as(text, "allergic_reaction")
    assert_soon_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "hives all over since the antibiotic, throat is fine but my lips are swelling up",
        "Quaddeln überall seit dem Antibiotikum, Atmung gut, aber die Lippen sind geschwollen",
        "urticaire partout depuis l'antibiotique, je respire bien mais mes lèvres gonflent",
        "antibiyotikten beri her yerde kurdeşen, nefesim rahat ama dudaklarım şişti",
        "после антибиотика крапивница по всему телу, дышу нормально, но губы опухли",
        "من بعد المضاد طفح بكل جسمي، تنفسي طبيعي بس شفايفي انتفخت",
        "hives after the antibiotic, lips fine but I feel faint and dizzy",
    ],
)
def test_hives_beside_a_swelling_or_faintness_still_escalate(text: str) -> None:
    assert_urgent(text, "allergic_reaction")


@pytest.mark.parametrize(
    "text",
    [
        "tummy tuck yesterday with an epidural: I can't move my legs and I can't go to the toilet though I need to",
        "Bauchdeckenstraffung gestern mit PDA: ich kann meine Beine nicht bewegen und kann nicht aufs Klo, obwohl ich muss",
        "abdo hier avec péridurale : je peux pas bouger mes jambes et je peux pas aller aux toilettes alors que j'ai envie",
        "dün epidural ile karın germe: bacaklarımı oynatamıyorum, tuvalete de gidemiyorum",
        "вчера абдоминопластика под эпидуралкой: не могу поднять ноги, и в туалет не могу сходить, хотя хочется",
        "امس شد بطن مع ابرة الظهر: ما اقدر احرك رجولي وما اقدر اروح الحمام",
    ],
)
def test_legs_gone_and_the_toilet_out_of_reach_after_an_epidural_escalate(text: str) -> None:
    assert_urgent(text, "anaesthesia_after_effects")


@pytest.mark.parametrize(
    "text",
    [
        "tummy tuck 3 days ago, legs fine and I walk around, but I can't go to the toilet, constipated from the painkillers",
        "karın germe 3 gün önce, bacaklarım iyi yürüyorum ama ağrı kesiciden kabızım, tuvalete çıkamıyorum",
        "после абдоминопластики ноги в порядке, хожу, но в туалет не могу сходить, запор от обезболивающих",
    ],
)
def test_the_toilet_out_of_reach_with_the_legs_working_is_no_cord_compression(text: str) -> None:
    assert_not_read_as(text, "anaesthesia_after_effects")
