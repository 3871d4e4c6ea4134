# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The forty-fifth round's routine face, nose and dental courses held ``soon`` (dev50), each fix
on our own phrasings in six languages, each beside look-alikes that must stay ``soon`` or urgent.

What was held for a person for nothing: a nose tip or cheeks told swollen and hard, or hard and
lumpy (ASPS 'Facelift -- recovery', BAAPS / ASPS 'Rhinoplasty -- recovery'); a blood-tinged
watery ooze onto the drip pad and a blocked nose in the first days after a rhinoplasty (BAAPS /
ENT UK); an eye half closed by the forehead's swelling after a hair transplant (ISHRS); rinsing
the nose with salt water asked as care; a hot drink asked after an implant (Turkish "bi şey" for "bir şey"); and
"طبيعي كده؟" asked with two signs denied. What stays: a nosebleed that does not stop, a swelling
that grows or is one-sided, an eye half closed and painful or the sight down, fever, fewer than
two signs ruled out.
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import triage
from tests.unit.agents import screening

ROUTINE: list[str] = [
    # a nose tip or cheeks swollen and hard, with a care question
    "two weeks after my nose job the tip is still swollen and firm, no pain. when can I swim?",
    "Nasen-OP vor 10 Tagen, die Nasenspitze ist noch geschwollen und hart, keine Schmerzen. Ab wann darf ich Sport machen?",
    "rhino il y a 2 semaines, la pointe du nez est gonflée et dure, pas de douleur. je peux faire du sport quand ?",
    "burun ameliyatı 10. gün, burnumun ucu hala şiş ve sert, ağrı yok. ne zaman spora başlayabilirim?",
    "ринопластика 10 дней назад, кончик носа отёчный и твёрдый, боли нет. когда можно в бассейн?",
    "بعد عملية الانف بأسبوعين، انفي وارم وقاسي شوي، ما في وجع. متى اقدر اسبح؟",
    # cheeks hard and lumpy after a facelift, two signs denied, "normal?"
    "facelift 6 days ago, my cheeks are hard and lumpy, no fever, no pain. is that normal?",
    "Facelift vor einer Woche, die Wangen sind hart und knubbelig, kein Fieber, keine Schmerzen. Ist das normal?",
    "lifting il y a 6 jours, les joues sont dures et bosselées, pas de fièvre, pas de douleur. c'est normal ?",
    # a blood-tinged watery ooze on the drip pad
    "day 2 after rhinoplasty, a blood-tinged watery ooze on the gauze under my nose. when can I take the tape off?",
    "Tag 2 nach der Nasen-OP, rosa Flüssigkeit auf dem Tupfer unter der Nase. Wann darf ich duschen?",
    "j2 rhinoplastie, un liquide rosé coule du nez sur la compresse. je peux me doucher quand ?",
    "rinoplasti 2. gün burnumdan kanlı sulu akıntı geliyor, tamponu değiştiriyorum. ne zaman duş alabilirim?",
    "2 день после ринопластики, из носа сукровица на салфетку. когда можно мыть голову?",
    "ثاني يوم بعد تجميل الانف، ينزل من انفي مية فيها دم على الشاش. متى اقدر استحم؟",
    # a blocked nose, rinsing with salt water asked
    "rhinoplasty 5 days ago, my nose is completely blocked, no fever. when can I use a saline spray?",
    "Nasen-OP vor 5 Tagen, die Nase ist total zu, kein Fieber, keine Blutung. Ab wann darf ich eine Nasenspülung machen?",
    "rhino il y a 5 jours, j'ai le nez bouché, pas de fièvre, pas de saignement. quand je peux faire un lavage de nez ?",
    "burun ameliyatı 5. gün, burnum tıkalı, ateş yok, kanama yok. ne zaman burnumu tuzlu su ile yıkayabilirim?",
    "ринопластика 5 дней назад, нос заложен, температуры нет, кровотечения нет. когда можно промывать нос?",
    "عملية الانف قبل خمس ايام، خشمي مسدود، ما في حرارة ولا دم. متى اغسل الانف بالماء والملح؟",
    # an eye half closed by the forehead's swelling after a hair transplant, two signs denied
    "day 3 after my hair transplant, my left eye is half closed from the swelling. no pain, no fever. is that normal?",
    "3 Tage nach der Haartransplantation ist das Auge halb zu von der Schwellung. Kein Fieber, keine Schmerzen. Ist das normal?",
    "greffe de cheveux il y a 3 jours, l'oeil à moitié fermé par le gonflement. pas de fièvre, pas de douleur. c'est normal ?",
    "saç ekimi 3. gün, şişlikten gözüm yarı kapandı. ateş yok, ağrı yok. normal mi?",
    "пересадка волос 3 дня назад, от отёка глаз наполовину закрыт. температуры нет, боли нет. это нормально?",
    "بعد زراعة الشعر بيومين عيني مقفولة نص من الورم. مفيش وجع ولا سخونية. طبيعي كده؟",
    # a hot drink asked after an implant
    "implant sonrası 3. gün yanağım biraz şiş. kanama yok ateş yok. ne zaman sıcak bi şey içebilirim?",
]

# Look-alikes a person must see the same day (``soon``): a swelling with no care question or
# fewer than two signs ruled out, a swelling that grows, an ooze that does not stop being asked
# as "normal?" alone.
SOON: list[str] = [
    # a cheek swollen and hard after a dental implant (NHS 'Dental abscess')
    "after my implant my cheek is swollen and hard. when can I eat solid food?",
    "implant sonrası yanağım şiş ve sert. ne zaman katı yemek yiyebilirim?",
    "nach dem Implantat ist die Wange geschwollen und hart. Ab wann darf ich kauen?",
    # the ooze that does not stop
    "burnumdan kanlı sulu akıntı durmadan geliyor, ne zaman duş alabilirim?",
    # an eye half closed and painful
    "after the hair transplant my eye is half closed from the swelling and it hurts a lot. when can I wash?",
    "facelift 5 days ago, cheeks hard and lumpy. is that normal?",
    "Nasenspitze geschwollen und hart, kein Fieber. Ist das normal?",
    "la pointe du nez gonflée et dure, je m'inquiète, quelqu'un peut regarder ?",
    "burnumun ucu şiş ve sert, biri bakabilir mi?",
    "после пересадки волос глаз наполовину закрыт от отёка. это нормально?",
    "بعد زراعة الشعر عيني مقفولة نص من الورم وحمرا. طبيعي كده؟",
]

URGENT: list[tuple[str, str]] = [
    (
        "rhinoplasty day 2, blood-tinged watery fluid and now my nose is bleeding and won't stop",
        "heavy_bleeding",
    ),
    (
        "burun ameliyatı 2. gün kanlı sulu akıntı var, ateşim 39. ne zaman duş alabilirim?",
        "high_fever",
    ),
    (
        "facelift yesterday, the left cheek is swelling fast, hard and very painful",
        "breast_haematoma",
    ),
    (
        "after the hair transplant my eye is half closed from the swelling and I can't see properly",
        "vision_loss",
    ),
    (
        "after my implant the cheek is swollen and hard and now under my jaw too, hard to swallow",
        "airway_swallowing",
    ),
    ("нос заложен, температура 39, когда можно промывать нос?", "high_fever"),
    (
        "Nasen-OP vor 4 Tagen, klare wässrige Flüssigkeit tropft aus der Nase, wenn ich mich vorbeuge",
        "csf_leak",
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
