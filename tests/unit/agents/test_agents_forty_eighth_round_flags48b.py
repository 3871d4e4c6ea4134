# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The forty-eighth round's routine hair and eye courses held ``soon`` (dev53), each fix on our
own phrasings in six languages, each beside look-alikes that must stay ``soon`` or urgent.

What was held for a person for nothing: the forehead's swelling come down to the eyes in the
first week after a hair transplant (ISHRS patient information on FUE / FUT recovery); tearing, a
gritty, sandy feeling and halos at night the day after LASIK with the sight good (AAO 'What to
expect after LASIK'; RCOphth); transplanted hairs shedding weeks after the transplant, told with
the verb first and a panic word (ISHRS: shock loss at 2-8 weeks).
What stays: an eye swollen shut and hurting after a nose job, red and sticky eyes beside the
hair course, grafts falling out with bleeding on day 2, the sight falling after LASIK, a bleed
that will not stop, a swelling told growing.
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import triage
from tests.unit.agents import screening

ROUTINE: list[str] = [
    # the forehead's swelling come down to the eyes after a hair transplant, a care question
    "Day 4 after the transplant, no fever, no bleeding. The forehead swelling is moving down to my eyes now. When can I wear a cap?",
    "Tag 3 nach der Haartransplantation, kein Fieber, keine Blutung, die Schwellung von der Stirn wandert runter zu den Augen. Ab wann darf ich eine Mütze tragen?",
    "J3 après la greffe, pas de fièvre, pas de saignement, le gonflement du front descend vers les yeux. Je peux mettre une casquette quand ?",
    "Ekimin 3. günü, ateş yok, kanama yok, alnımdaki şişlik gözlerime indi. Ne zaman şapka takabilirim?",
    "Третий день после пересадки, температуры нет, крови нет, отёк со лба спустился на глаза. Когда можно надеть кепку?",
    "ثالث يوم بعد الزراعة، ما في حرارة ولا نزيف، والورم نازل من جبهتي على عيوني. متى اقدر البس كاب؟",
    # ... gone from the forehead and now around the eyes
    "Forehead swelling went down, now it is a bit around my eyes. No fever, no pus. When can I wash my hair normally?",
    # ... asked "normal?" on one of the first days (the French "J2" now one of them)
    "Day 2 after the hair transplant: my forehead is puffed up and it is coming down towards my eyes, I can see fine and it doesn't hurt. Normal?",
    "J2 après la greffe : le front a gonflé et ça glisse vers les yeux, je vois bien, pas mal. c'est normal ?",
    # tearing, grit and halos the day after LASIK, the sight good ("yesterday" is day 1)
    "My eyes are watering a lot and feel gritty, halos around lights at night, but vision is good. LASIK yesterday. Normal?",
    "Die Augen tränen stark und fühlen sich sandig an, nachts Halos um Lichter, aber ich sehe gut. Gestern Lasik. Normal?",
    "Mes yeux larmoient beaucoup, comme du sable dans les yeux, des halos la nuit, mais je vois bien. Lasik hier, c'est normal ?",
    "Gözlerim çok sulanıyor, gözümde kum var gibi, geceleri ışıklarda hale var ama görüşüm iyi. Dün lazer oldum, normal mi?",
    "Глаза сильно слезятся, будто песок в глазах, ночью ореолы вокруг фонарей, но вижу хорошо. Вчера ласик. Это нормально?",
    "عيوني بيدمعوا كتير وكأن في عيني رمل، وفي هالات حول الاضاءة بالليل، بس بشوف كويس. عملت ليزك امبارح. طبيعي؟",
    # transplanted hairs shedding weeks later, the verb told first, a panic word beside
    "Disaster!! four weeks after the transplant the new hairs are falling out on the pillow, is it all lost?",
    "Katastrophe! Vier Wochen nach der Transplantation fallen die neuen Haare büschelweise aus, ist alles verloren?",
    "Catastrophe ! un mois après la greffe, tombent tous les cheveux greffés sur l'oreiller, tout est perdu ?",
    "Felaket! ekimden 4 hafta sonra dökülüyor ekilen saçlar, yastıkta tutam tutam, her şey bitti mi?",
    "ужас!! через месяц после пересадки выпали пересаженные волосы, всё пропало?",
    "مصيبة! بعد شهر من الزراعة بيقع الشعر المزروع على المخدة، كل شي راح؟",
    # the merge's (lead): on day 9 the three dry-eye signs with the sight told fine and "normal?"
    # asked are cleared by flags48c's three ordinary signs with a named course (the watering
    # eye's routine entry) and one ruled out -- AAO 'LASIK -- what to expect': dry, gritty
    # eyes and night halos for weeks; without "vision fine" it stays `soon` (above)
    "My eyes are watering and gritty, halos at night, vision fine. Normal on day 9?",
]

SOON: list[str] = [
    # after a nose job the eye swollen shut and hurting
    "Nasen-OP vor 3 Tagen, die Schwellung ist zu den Augen gewandert, das linke Auge ist zu und tut weh. Normal?",
    "Rhinoplastie il y a 3 jours, le gonflement descend vers les yeux et l'oeil gauche est fermé et me fait mal. Normal ?",
    "Burun ameliyatından 3 gün sonra şişlik gözlerime indi, sol gözüm kapandı ve ağrıyor. Normal mi?",
    "Ринопластика 3 дня назад, отёк спустился на глаза, левый глаз заплыл и болит. Это нормально?",
    "عملت تجميل انف من ٣ ايام والورم نازل على عيوني وعيني اليسار مقفولة وتوجعني. طبيعي؟",
    # a sign told beside the hair course
    "Forehead swelling is going down to my eyes and my eyes are red and sticky, no fever. When can I wash?",
    # grafts falling out with bleeding on day 2
    "2. gün, greftler dökülüyor ve kanıyor. Normal mi?",
    "второй день после пересадки выпадают графты и идёт кровь. Это нормально?",
    # tearing and grit with nothing denied and no early day
    "My eyes are watering and feel gritty, halos at night. Normal?",
    "My eyes are watering and gritty, halos at night. Normal on day 9?",
]

NOT_ROUTINE: list[str] = [
    "Nose job 3 days ago, the swelling has come down to my eyes and my left eye is swollen shut and hurts. Normal?",
    "Day 2 after the transplant, grafts are falling out and the area keeps bleeding. Normal?",
]

URGENT: list[tuple[str, str]] = [
    (
        "LASIK yesterday, eyes watering and halos around lights, and my vision is getting worse since this morning. Normal?",
        "vision_worsening",
    ),
    # the sight falling told in Egyptian with the article ("النظر بيقل")
    (
        "عيني بتدمع وفي هالات بالليل، عملت ليزك امبارح، والنظر بيقل كل ساعة. طبيعي؟",
        "vision_worsening",
    ),
    (
        "Forehead swelling is going down to my eyes and my vision is blurry. Normal on day 3?",
        "vision_worsening",
    ),
    (
        "Rhinoplasty yesterday, my nose has been bleeding for 30 minutes and won't stop, swelling going down to my eyes. Normal?",
        "heavy_bleeding",
    ),
    (
        "Hair transplant 3 weeks ago, my transplanted hairs are falling out and the scalp is red, hot and oozing pus. Normal?",
        "pus",
    ),
]


@pytest.mark.parametrize("text", ROUTINE)
def test_the_expected_course_is_routine(text: str) -> None:
    screening.assert_routine_by_the_rules(text)
    assert triage(text, stage="post_op", learned=False).intent == "post_op_concern", text


@pytest.mark.parametrize("text", SOON)
def test_the_look_alikes_stay_soon(text: str) -> None:
    screening.assert_soon_by_the_rules(text)


@pytest.mark.parametrize("text", NOT_ROUTINE)
def test_the_look_alikes_are_not_routine(text: str) -> None:
    screening.assert_not_routine_by_the_rules(text)


@pytest.mark.parametrize(("text", "flag"), URGENT)
def test_the_emergency_look_alikes_escalate(text: str, flag: str) -> None:
    screening.assert_urgent(text, flag)
