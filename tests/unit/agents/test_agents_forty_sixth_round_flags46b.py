# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The forty-sixth round's routine face, eye, nose, hair and dental courses held ``soon`` (dev51),
each fix on our own phrasings in six languages, each beside look-alikes that must stay ``soon`` or
urgent.

What was held for a person for nothing: a course told with three warning signs or their
progression ruled out and no question asked (a red patch on the white of the eye after LASIK,
AAO / RCOphth; bruises sliding down and turning yellow-green, ASPS facelift recovery; a few spots
of blood at the grafts that stopped by themselves, ISHRS); a sign told only to look frightening is
no worry told; an eye that opens only half from the swelling (ISHRS); saliva a little pink and a
taste of blood after an implant (NHS 'Dental implants'); a nose that looks big with its tip numb
and hard at the cast's removal, the bruise yellow under the eyes (BAAPS / ASPS rhinoplasty).
What stays: a red eye with pain or sight falling, a bleed that does not stop, bruising that keeps
spreading with a growing hard swelling, swelling worse with fever, fewer than three signs ruled
out with no question, a worry told.
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import triage
from tests.unit.agents import screening

ROUTINE: list[str] = [
    # a course with three warning signs or their progression ruled out, nothing asked
    "2 days after lasik there's a red blood spot on the white of my right eye, looks awful. i see fine, no pain, it isn't getting bigger",
    "LASIK vor 3 Tagen, ein roter Blutfleck im Weißen des rechten Auges, sieht schlimm aus. Ich sehe gut, keine Schmerzen, wird nicht größer",
    "lasik il y a 2 jours, une tache de sang sur le blanc de l'oeil gauche. je vois bien, pas de douleur, ne grossit pas",
    "лазик 2 дня назад, красное пятно на белке левого глаза, выглядит страшно. вижу отлично, боли нет, не увеличивается",
    "facelift a week ago, the bruises slid down to my neck and turned yellow green. no fever, no pain, not spreading any more",
    "Facelift vor 6 Tagen, die blauen Flecken sind gelb-grün geworden und zum Hals gewandert. Kein Fieber, keine Schmerzen, breitet sich nicht aus",
    "يوم ٥ بعد شد الوجه، الكدمات صارت صفرا ونزلت على رقبتي، شكلها مخيف. ما في حرارة، ما في ألم، وما تنتشر",
    "пересадка волос 3 дня назад, при первом мытье немного крови из пары точек, остановилось само. температуры нет, боли нет",
    "saç ekimi 3. gün, ilk yıkamada birkaç noktadan biraz kan geldi, kendi kendine durdu. ateş yok, ağrı yok, koku yok",
    "hair transplant day 2, first wash and a little blood came out, stopped on its own. no fever, no pain, no smell",
    "имплант 4 дня назад, синяк на щеке стал жёлто-зелёным, отёк уменьшается, боль не сильнее, температуры нет",
    # an eye that opens only half from the swelling, two signs denied, "normal?"
    "hair transplant day 4, my forehead is swollen and my eye only opens halfway, no pain, no fever. is that normal?",
    "Haartransplantation Tag 4, die Stirn ist geschwollen und das Auge geht nur halb auf, aber keine Schmerzen, kein Fieber. Ist das normal?",
    "greffe de cheveux j4, le front est gonflé et l'oeil s'ouvre à moitié, pas de douleur, pas de fièvre. c'est normal ?",
    "saç ekiminin 4. günü alnım şişti, gözüm yarım açılıyor ama ağrı yok ateş yok. normal mi?",
    "пересадка волос 4 день, лоб опух, глаз открывается наполовину, боли нет, температуры нет. это нормально?",
    # saliva a little pink, a taste of blood after an implant, two signs denied, "normal?"
    "implant placed yesterday, my saliva is still a bit pink and there's a slight taste of blood. no swelling, no fever. is this normal?",
    "Implantat gestern, der Speichel ist noch leicht rosa, etwas Blutgeschmack. Keine Schwellung, kein Fieber. Ist das normal?",
    "implant posé hier, la salive est encore un peu rosée, un petit goût de sang. pas de gonflement, pas de fièvre. c'est normal ?",
    "dün implant yapıldı, tükürüğüm biraz pembe, hafif kan tadı var. şişlik yok ateş yok. normal mi?",
    "имплант поставили вчера, слюна ещё розовая, привкус крови. отёка нет, температуры нет. это нормально?",
    "ركبت زرعة امس، ريقي لسا وردي شوي وفي طعم دم. ما في انتفاخ ولا حرارة. طبيعي؟",
    # the cast off: the nose looks big, the tip numb and hard, yellow under the eyes, a care ask
    "splint came off today, my nose looks so big and the tip is numb and hard. yellow under the eyes. when can I wear glasses?",
]

SOON: list[str] = [
    # a course with one or two signs ruled out and nothing asked stays a person's
    "2 days after lasik, a red blood spot on the white of my eye, no pain",
    "facelift 6 days ago, the bruises went down to my neck and are yellow green, no fever",
    # a worry told beside the course
    "facelift a week ago, the bruises slid down to my neck, yellow green, no fever, no pain, not spreading, but I'm worried",
    # an eye that opens only half and hurts
    "hair transplant day 4, forehead swollen and my eye only opens halfway and it hurts a lot. is that normal?",
    # three signs ruled out, nothing asked -- but the swelling grows, a bad taste, a look asked
    "tummy tuck day 9, a soft swelling under the navel, no pain, no fever, no redness, but it gets a bit bigger every day",
    "Bauchdeckenstraffung vor 9 Tagen, eine weiche Schwellung unter dem Nabel, keine Schmerzen, kein Fieber, keine Rötung, wird aber jeden Tag größer",
    "implant il y a 10 jours, la gencive est gonflée depuis hier et un mauvais goût dans la bouche. pas de fièvre, pas de douleur, j'avale bien",
    "lifting il y a une semaine, les bleus descendent dans le cou, pas de fièvre, pas de douleur, ne s'étend pas. faut-il que quelqu'un regarde ?",
    "yüz germe 6. gün, morluklar boynuma indi, ateş yok, ağrı yok, yayılmıyor. doktorun bakması lazım mı",
    # a taste of blood with the mouth filling with blood
    "implant yesterday, taste of blood and my mouth keeps filling with blood, no fever, no swelling. is this normal?",
]

URGENT: list[tuple[str, str]] = [
    (
        "2 days after lasik my eye is red and very painful and my vision is getting blurry",
        "vision_worsening",
    ),
    # a bruise that keeps spreading with a growing hard swelling; one side growing
    (
        "facelift day 6, the bruise keeps spreading down my neck and there is a hard swelling getting bigger, no fever",
        "breast_haematoma",
    ),
    (
        "cast came off, the tip is numb and hard and the left side is getting bigger. when can I wear glasses?",
        "breast_haematoma",
    ),
    (
        "rhinoplasty 5 days ago, my nose is bleeding and it won't stop for an hour, no pain",
        "heavy_bleeding",
    ),
    (
        "hair transplant day 2, the grafts are bleeding and it won't stop, soaked two towels",
        "heavy_bleeding",
    ),
    (
        "facelift day 6, the swelling is getting worse every day and I have a fever of 39",
        "high_fever",
    ),
]


@pytest.mark.parametrize("text", ROUTINE)
def test_the_expected_course_is_routine(text: str) -> None:
    screening.assert_routine_by_the_rules(text)
    assert triage(text, stage="post_op", learned=False).intent == "post_op_concern", text


@pytest.mark.parametrize("text", SOON)
def test_the_look_alikes_stay_soon(text: str) -> None:
    screening.assert_soon_by_the_rules(text)


@pytest.mark.parametrize(("text", "flag"), URGENT)
def test_the_emergency_look_alikes_escalate(text: str, flag: str) -> None:
    screening.assert_urgent(text, flag)
