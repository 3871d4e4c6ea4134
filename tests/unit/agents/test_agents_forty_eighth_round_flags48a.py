# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The forty-eighth round's urgency fixes (flags48a, dev53): two same-day reviews answered
routine and one routine message escalated, each on our own phrasings in six languages, each
beside look-alikes that must behave the other way.

Held for a person the same day now: pimples, spots or white heads told between the grafts or on
the donor area of a hair transplant, no pus named (folliculitis, ISHRS / NHS); a bit of metal, a
screw or a cover cap seen in the gum after a dental implant, the implant named first or only the
gum named (ITI / Oral Health Foundation). Escalated now: a dental swelling told spreading to the
eye or the neck (NHS 'Dental abscess'). No longer pus: "is it normal or an infection?" asked with
no pus, colour, smell, heat, discharge, swelling, redness or fever beside it.
"""

from __future__ import annotations

import pytest

from careflow_agents import redflags
from careflow_agents.triage import _Message, _told, triage
from tests.unit.agents import screening


def _reads(text: str, flag: str) -> bool:
    return _told(_Message(text), redflags.BY_ID[flag])[0]


# Pimples, spots or white heads between the grafts or on the donor area, no pus: soon.
GRAFT_PIMPLES: list[str] = [
    "day 9 after my hair transplant: a dozen small itchy spots with white heads have come up"
    " between the grafts, no fever",
    "Tag 8 nach der Haartransplantation, zwischen den Grafts sind kleine weiße Pickel"
    " aufgetaucht, juckt, kein Fieber",
    "J8 après ma greffe de cheveux, des petits boutons blancs sont apparus entre les greffons,"
    " ça gratte, pas de fièvre",
    "sac ekiminden 9 gun sonra greftlerin arasinda kucuk beyaz sivilceler cikti, kasiniyor,"
    " ates yok",
    "после пересадки волос 9 день, между графтами появились маленькие белые прыщики, чешется,"
    " температуры нет",
    "posle peresadki volos 9 den, mezhdu graftami poyavilis malenkie pryshchiki, cheshetsya,"
    " temperatury net",
    "بعد زراعة الشعر باليوم العاشر طلع عندي حبيبات صغيرة في المنطقة المانحة، بتاكلني، مفيش سخونية",
    "في حبوب حمر صغار بين البصيلات من يومين، ما في حرارة",
]

# ... the pimples denied, crusts or scabs only, or pimples before the operation: not this review.
GRAFT_QUIET: list[tuple[str, str]] = [
    (
        "no pimples between the grafts, everything looks clean, day 9, when can I wash normally?",
        "post_op",
    ),
    ("keine Pickel zwischen den Grafts, nur Krusten, wann darf ich normal waschen?", "post_op"),
    (
        "pas de boutons sur la zone donneuse, juste des croûtes, quand puis-je laver normalement ?",
        "post_op",
    ),
    (
        "greftlerin arasinda sivilce yok, sadece kabuklar var, ne zaman normal yikayabilirim?",
        "post_op",
    ),
    ("прыщей между графтами нет, только корочки, когда можно мыть голову нормально?", "post_op"),
    ("ما في حبوب بين البصيلات، بس قشور، متى اقدر اغسل راسي عادي؟", "post_op"),
    (
        "after my hair transplant there are a few small scabs and crusts between the grafts, day 9",
        "post_op",
    ),
    (
        "I have a few pimples on my scalp right now, can I still do the hair transplant next week?",
        "pre_op",
    ),
]

# ... the denied ones (not the crusts, which the complaint net may hold) are answered routine.
GRAFT_DENIED_ROUTINE: list[str] = [text for text, _stage in GRAFT_QUIET[:3]] + [GRAFT_QUIET[5][0]]

# ... a few small pimples told with the pus ruled out anywhere, a care question asked: the
# expected course (not the review; routine by the rules, as the older development sets label it).
GRAFT_PUS_DENIED: list[str] = [
    "no fever and no pus. itchy scalp and a couple of tiny pimples between the grafts, can I put"
    " a cream on it?",
    "kleine Pickel zwischen den Grafts, juckt, kein Eiter, kein Fieber, darf ich etwas draufmachen?",
    "des petits boutons entre les greffons, ça gratte, pas de pus, pas de fièvre, je peux mettre"
    " une crème ?",
    "حبوب صغيرة بين البصيلات وتحك، ما في صديد ولا حرارة، اقدر احط كريم؟",
    "greftlerin arasinda kucuk sivilceler var, irin yok, ates yok, krem surebilir miyim?",
    "маленькие прыщики между графтами, гноя нет, температуры нет, можно намазать кремом?",
]

# A bit of metal, a screw or a cap seen in the gum after a dental implant: soon.
IMPLANT_METAL: list[str] = [
    "implants placed 6 days ago, a stitch came out today and I can see a little piece of metal"
    " in the gum, a slight ache, no swelling",
    "Implantat vor 6 Tagen, heute ist ein Faden rausgekommen und im Zahnfleisch sieht man ein"
    " kleines Stück Metall, leichtes Ziehen, keine Schwellung",
    "implant posé il y a 6 jours, un fil est sorti aujourd'hui et on voit un petit bout de métal"
    " dans la gencive, légère douleur, pas de gonflement",
    "6 gun once implant yapildi, bugun bir dikis cikti ve dis etinde kucuk bir metal parca"
    " gorunuyor, hafif sizliyor, sislik yok",
    "имплант поставили неделю назад, шов отошёл и из десны видна заглушка, чуть тянет, отёка нет",
    "implanty 6 dney nazad, segodnya vylezla nitka i na desne viden kusochek metalla, nemnogo"
    " noet, oteka net",
    "الزرعة من ٦ ايام، اليوم طلعت غرزة وباين حديد صغير في اللثة، في وجع خفيف، ما في ورم",
    "el zar3a men 6 ayam, el naharda gharza tel3et w fih 7etta ma3dan bayna fel lessa, mafish"
    " waram",
]

# ... the metal denied: not the exposed implant.
IMPLANT_CLOSED: list[str] = [
    "implant done 6 days ago, the gum looks pink and closed, no metal visible, a stitch is still there",
    "Implantat vor 6 Tagen, alles zu, kein Metall zu sehen, nur etwas wund",
    "implant il y a 6 jours, tout est fermé, on ne voit pas de métal, juste un peu sensible",
    "6 gun once implant, her sey kapali, metal gorunmuyor, sadece biraz hassas",
    "имплант 6 дней назад, всё закрыто, металла не видно, немного ноет",
    "الزرعة من ٦ ايام، كل شي مسكر، ما في حديد باين، بس شوية الم",
]

# A dental swelling told spreading to the eye or the neck: urgent.
DENTAL_SPREADING: list[str] = [
    "the gum over the implant opened and now the swelling is spreading to my cheek and eye",
    "Zahnimplantat vor 4 Tagen, die Schwellung zieht jetzt bis unters Auge",
    "extraction dentaire il y a 3 jours, le gonflement gagne l'oeil",
    "diş çekiminden sonra şişlik gözüme doğru yayılıyor",
    "после удаления зуба отёк переходит на глаз",
    "بعد خلع الضرس الورم وصل لعيني",
]

# ... told not spreading to the eye: not escalated.
DENTAL_NOT_SPREADING: list[str] = [
    "after my implant the swelling is in the cheek, it is not spreading to the eye, going down",
    "nach dem Zahnimplantat ist die Wange geschwollen, die Schwellung geht nicht bis zum Auge",
    "après l'implant dentaire la joue est gonflée, le gonflement ne va pas jusqu'à l'oeil",
    "после установки импланта щека опухла, но отёк не переходит на глаз",
    "بعد زراعة السن خدي منفوخ بس الورم ما وصل لعيني",
]

# "Normal or an infection?" asked about a white film on the gum: not pus.
INFECTION_ASKED: list[str] = [
    "implant 5 days ago, there is a white layer on the gum like cotton and a slight taste of"
    " blood. normal or infection?",
    "Implantat vor 5 Tagen, auf dem Zahnfleisch ist ein weißer Belag wie Watte und leichter"
    " Blutgeschmack. Normal oder Entzündung?",
    "implant il y a 5 jours, une couche blanche sur la gencive comme du coton, léger goût de"
    " sang. c'est normal ou une infection ?",
    "implant 5 gun once, diseti uzerinde pamuk gibi beyaz bir tabaka var, hafif kan tadi."
    " normal mi enfeksiyon mu?",
    "имплант 5 дней назад, на десне белый налёт как вата, лёгкий привкус крови. это нормально"
    " или инфекция?",
    "الزرعة من ٥ ايام وفي شي ابيض على اللثة زي القطن، وطعم دم خفيف. هذا طبيعي ولا التهاب؟",
    "el zar3a men 4 ayam w fih 7aga bey'da 3al lessa zay ghesha, da 3adi wala infection?",
]

# ... pus, a smelly discharge, or signs told beside the question: urgent (pus) stays.
PUS_STAYS: list[str] = [
    "implant 5 days ago, white discharge coming out of the gum that smells bad, normal or infection?",
    "implant 5 days ago, pus coming out of the gum",
    "Implantat vor 5 Tagen, Eiter kommt aus dem Zahnfleisch, normal oder Entzündung?",
    "implant il y a 5 jours, du pus sort de la gencive et ça sent mauvais",
    "implant 5 gun once, dis etinden irin geliyor",
    "имплант 5 дней назад, из десны идёт гной с запахом",
    "الزرعة من ٥ ايام، في صديد طالع من اللثة وريحته كريهة",
    "el implant ba2alo 5 ayam w fih sadid tale3 men el lessa",
    "the gum around the implant is red and swollen and hot, normal or infected?",
    "the grafted area is red and hot, the redness is spreading, pus coming out of pimples"
    " between the grafts",
]


@pytest.mark.parametrize("text", GRAFT_PIMPLES)
def test_pimples_between_the_grafts_or_on_the_donor_area_are_seen_today(text: str) -> None:
    screening.assert_soon_by_the_rules(text)
    assert _reads(text, "graft_pimples_review"), text
    assert triage(text, stage="post_op", learned=False).intent == "post_op_concern"


@pytest.mark.parametrize(("text", "stage"), GRAFT_QUIET)
def test_pimples_denied_crusts_or_before_the_operation_are_not_the_review(
    text: str, stage: str
) -> None:
    assert not _reads(text, "graft_pimples_review"), text
    assert triage(text, stage=stage, learned=False).urgency != "urgent", text


@pytest.mark.parametrize("text", GRAFT_DENIED_ROUTINE)
def test_pimples_denied_with_a_care_question_are_routine(text: str) -> None:
    screening.assert_routine_by_the_rules(text)


@pytest.mark.parametrize("text", GRAFT_PUS_DENIED)
def test_pimples_with_the_pus_ruled_out_are_not_the_review(text: str) -> None:
    assert not _reads(text, "graft_pimples_review"), text
    screening.assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize("text", GRAFT_PUS_DENIED[:4])
def test_pimples_with_the_pus_ruled_out_and_a_care_question_are_routine(text: str) -> None:
    screening.assert_routine_by_the_rules(text)


@pytest.mark.parametrize("text", IMPLANT_METAL)
def test_metal_or_a_cover_screw_seen_in_the_gum_is_soon(text: str) -> None:
    screening.assert_soon_by_the_rules(text)
    assert _reads(text, "implant_exposed_review"), text


@pytest.mark.parametrize("text", IMPLANT_CLOSED)
def test_metal_denied_is_not_the_exposed_implant(text: str) -> None:
    assert not _reads(text, "implant_exposed_review"), text


@pytest.mark.parametrize("text", DENTAL_SPREADING)
def test_a_dental_swelling_spreading_to_the_eye_is_urgent(text: str) -> None:
    screening.assert_urgent(text, "dental_infection_spreading")


@pytest.mark.parametrize("text", DENTAL_NOT_SPREADING)
def test_a_dental_swelling_not_spreading_to_the_eye_is_not_escalated(text: str) -> None:
    screening.assert_not_urgent_by_the_rules(text)
    assert not _reads(text, "dental_infection_spreading"), text


@pytest.mark.parametrize("text", INFECTION_ASKED)
def test_normal_or_infection_asked_about_a_white_film_is_not_pus(text: str) -> None:
    screening.assert_not_urgent_by_the_rules(text)
    screening.assert_not_read_as(text, "pus")


@pytest.mark.parametrize("text", PUS_STAYS)
def test_pus_a_smell_or_signs_beside_the_question_stay_urgent(text: str) -> None:
    screening.assert_urgent(text, "pus")


def test_dev53_messages_by_structure() -> None:
    """The three dev53 messages as the rules read them (their own words, the development set)."""
    folliculitis = (
        "فيه حبوب صغيرة بيضا وحمرا مثل حب الشباب بين البصيلات، تقريبا عشر حبات وتحك. ما عندي حرارة."
    )
    assert _reads(folliculitis, "graft_pimples_review")
    screening.assert_soon_by_the_rules(folliculitis)
    cover_screw = "импланты 6 дней назад, сегодня вылезла нитка и на десне виден кусочек металла"
    assert _reads(cover_screw, "implant_exposed_review")
    screening.assert_soon_by_the_rules(cover_screw)
    fibrin = "el implant ba2alo 5 ayam w fih 7aga bey'da 3ala el lessa zay el 2otn. da 3adi wala infection?"
    screening.assert_routine_by_the_rules(fibrin)
