# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The fiftieth round's urgency fixes (flags50b, dev55): the dev55 messages and our own
phrasings in six languages, beside look-alikes that must behave the other way.

Held for the same day now: a fluid (clear, pink, yellowish, watery) told leaking from the scar or
the wound (``wound_leak_review``; NHS 'Caring for your wound after surgery', ASPS 'Tummy tuck --
risks'), infection signs denied or not; water out of the nose when drinking after an upper
implant or a sinus lift (``sinus_opening_review``, no longer vomiting; BAOMS / ITI).
Answered routine now: light spotting and mild cramps after an egg collection with the bloating
denied and the urine told normal (a function told intact counts ruled out; HFEA / ESHRE); a
blocked nose and a little blood in its mucus, or a breath told hard beside the packing, after a
nose operation with one warning sign denied and "normal?" asked (BAAPS / ASPS 'Rhinoplasty --
recovery').
"""

from __future__ import annotations

import pytest

from careflow_agents import redflags
from careflow_agents.triage import _Message, _told, triage

ROUTINE = "routine"
SOON = "soon"
URGENT = "urgent"


def _reads(text: str, flag: str) -> bool:
    return _told(_Message(text), redflags.BY_ID[flag])[0]


# A fluid told leaking from the scar or wound: wound_leak_review (pus read first stays urgent).
WOUND_LEAK: list[tuple[str, str]] = [
    (
        SOON,
        "An einer Stelle in der Narbe (rechts aussen) kommt seit gestern etwas klare, leicht rosa"
        " Fluessigkeit raus, kleiner Fleck im Pflaster. Riecht nicht, kein Fieber, drumherum nicht"
        " rot.",
    ),
    (
        SOON,
        "day 8 after my tummy tuck: since this morning clear yellowish fluid is leaking from one"
        " spot of the scar, no smell, no fever, not red around it",
    ),
    (
        URGENT,
        "10 Tage nach der Brust-OP: aus der Naht sickert seit heute gelbliche Flüssigkeit, kein"
        " Fieber, nicht rot",
    ),
    (
        URGENT,
        "J8 après l'abdominoplastie, depuis hier un liquide clair et un peu rosé suinte de la"
        " cicatrice, pas de fièvre, pas d'odeur",
    ),
    (
        SOON,
        "karın germenin 9. günü, dünden beri yaranın bir noktasından pembe sulu bir sıvı sızıyor,"
        " ateş yok, kızarıklık yok",
    ),
    (
        SOON,
        "9 дней после абдоминопластики: со вчерашнего дня из шва сочится прозрачная розоватая"
        " жидкость, температуры нет, не красное",
    ),
    (
        SOON,
        "بعد شد البطن باسبوع، من امس يطلع سائل شفاف من الجرح من جهة وحدة، ما فيه حرارة ولا ريحة",
    ),
]

# Look-alikes that stay routine: an early-day stain, no fluid, a drain as the clinic said, a
# leak told stopped -- and (pus read first) a scar told dry stays as it was.
NOT_A_WOUND_LEAK: list[tuple[str, str]] = [
    (
        ROUTINE,
        "day 2 after my tummy tuck, a small pink stain on the dressing, a little pink fluid from"
        " the wound, no fever. normal?",
    ),
    (
        ROUTINE,
        "day 8 after tummy tuck, no fluid comes out of the scar, it is dry, no fever, no redness."
        " normal?",
    ),
    (
        ROUTINE,
        "Tag 8 nach der Bauchdeckenstraffung: aus der Narbe kommt nichts raus, sie ist trocken",
    ),
    (
        ROUTINE,
        "karın germeden 10 gün sonra dren hâlâ pembe sıvı veriyor, doktor böyle dedi, ateş yok,"
        " kızarıklık yok. normal mi?",
    ),
    (
        ROUTINE,
        "после абдоминопластики 10 дней, дренаж ещё даёт розовую жидкость, как сказали в клинике,"
        " температуры нет, покраснения нет. это нормально?",
    ),
    (
        ROUTINE,
        "day 9 after tummy tuck, some clear fluid leaked from the scar yesterday but it has stopped"
        " now, dry today, no fever, no redness. normal?",
    ),
]
# ... and more that the flag does not read (their urgency is the rest of the message's)
NOT_THE_FLAG: list[str] = [
    "day 8 after tummy tuck, the drain still gives pinkish fluid like the clinic said, about 30 ml"
    " a day",
    "2 weeks after lipo the fluid under the skin is gone now, the scar looks fine",
    "10 jours après la liposuccion, il n'y a plus de liquide sous la peau, la cicatrice va bien",
    "karın germeden 10 gün sonra yaradan sıvı gelmiyor, kuru",
    "из шва ничего не сочится, всё сухое, 10 дней после операции",
    "ما يطلع شي من الجرح، ناشف، بعد اسبوعين من العملية",
]

# Spotting and mild cramps after an egg collection, the bloating denied and the urine told normal.
EGG_COLLECTION: list[tuple[str, str]] = [
    (
        ROUTINE,
        "بعد سحب البويضات عندي نقاط دم خفيفة وتقلصات بسيطة، ما فيه انتفاخ واتبول طبيعي والحمد"
        " لله، عادي؟",
    ),
    (
        ROUTINE,
        "после пункции третий день, немного мажет и слегка тянет живот, вздутия нет, мочусь"
        " нормально. это нормально?",
    ),
    (URGENT, "بعد سحب البويضات بطني منفوخ ومشدود وازداد، البول قليل، عادي؟"),
    (
        URGENT,
        "after egg collection my belly is swelling and tight, I pee very little, is that normal?",
    ),
    (SOON, "بعد سحب البويضات عندي نقاط دم خفيفة وتقلصات بسيطة، عادي؟"),
    (URGENT, "after egg collection bleeding heavily with clots, peeing normally, normal?"),
]

# The nose blocked, a little blood in its mucus, one sign denied, "normal?" asked.
NOSE_COURSE: list[tuple[str, str]] = [
    (
        ROUTINE,
        "ما عندي حرارة والحمد لله، بس الخشم مسدود ويطلع شوي دم خفيف مع المخاط لما امسح. هذا طبيعي؟",
    ),
    (ROUTINE, "j'ai du mal à respirer à cause des mèches, pas de saignement, normal ?"),
    (
        ROUTINE,
        "day 6 after rhinoplasty: my nose is blocked and there's a bit of blood in the mucus when"
        " I wipe, no fever. is this normal?",
    ),
    (
        ROUTINE,
        "Tag 6 nach der Nasen-OP: die Nase ist zu und im Schleim ist etwas Blut, kein Fieber. Ist"
        " das normal?",
    ),
    (
        ROUTINE,
        "6 jours après la rhinoplastie, le nez est bouché et il y a un peu de sang dans les"
        " mucosités, pas de fièvre. c'est normal ?",
    ),
    (
        ROUTINE,
        "rinoplastiden 6 gün sonra burnum tıkalı ve sümükte biraz kan var, ateşim yok. normal mi?",
    ),
    (
        ROUTINE,
        "6 дней после ринопластики: нос заложен, в слизи немного крови, температуры нет. это"
        " нормально?",
    ),
    (
        URGENT,
        "day 6 after rhinoplasty: blood keeps running from my nose and won't stop, no fever."
        " normal?",
    ),
    (
        SOON,
        "day 6 after rhinoplasty: nose blocked, a bit of blood in the mucus, and the swelling is"
        " getting worse, no fever. normal?",
    ),
    (SOON, "day 6 after my tummy tuck: I cough up mucus with a bit of blood, no fever. normal?"),
    (URGENT, "ما عندي حرارة، بس الخشم مسدود ويطلع دم كثير ما يوقف. طبيعي؟"),
    (
        SOON,
        "day 6 after rhinoplasty: my nose is blocked and there's a bit of blood in the mucus. is"
        " this normal?",
    ),
    (
        SOON,
        "day 6 after rhinoplasty: nose blocked, a bit of blood in the mucus, no fever, and a"
        " strong headache. normal?",
    ),
    (URGENT, "j'ai du mal à respirer à cause des mèches, et j'ai mal à la poitrine, normal ?"),
]

# Water out of the nose on drinking after an upper implant or sinus lift: soon, not vomiting.
SINUS_OPENING: list[tuple[str, str]] = [
    (
        SOON,
        "لما اشرب ماي يطلع شوي من خشمي من الجهة اليمين، الزراعة كانت فوق يمين مع رفع جيوب. ما فيه"
        " الم قوي",
    ),
    (
        SOON,
        "5 days after my upper implant with a sinus lift, when I drink water some comes out of my"
        " nose on the right",
    ),
    (SOON, "5 Tage nach dem Sinuslift: beim Trinken kommt Wasser aus der Nase, rechts"),
    (SOON, "5 jours après l'élévation du sinus, quand je bois de l'eau ça sort par le nez"),
    (SOON, "sinüs lifting sonrası su içince burnumdan geliyor"),
    (SOON, "после синус-лифтинга когда пью, вода выходит через нос"),
    (SOON, "بعد زراعة الشعر لما اشرب ماي يطلع من خشمي"),
    (URGENT, "بعد الزراعة استفرغ كل شي من الصبح وما يوقف"),
    (URGENT, "day 5 after upper implant: my nose bleeds and won't stop"),
]

CASES = [*WOUND_LEAK, *NOT_A_WOUND_LEAK, *EGG_COLLECTION, *NOSE_COURSE, *SINUS_OPENING]


@pytest.mark.parametrize(("urgency", "text"), CASES)
def test_the_rules_read_each_case(urgency: str, text: str) -> None:
    result = triage(text, stage="post_op", learned=False)
    assert (result.intent, result.urgency) == ("post_op_concern", urgency), (text, result)


@pytest.mark.parametrize(("urgency", "text"), CASES)
def test_the_learned_detector_keeps_each_case(urgency: str, text: str) -> None:
    result = triage(text, stage="post_op")
    assert (result.intent, result.urgency) == ("post_op_concern", urgency), (text, result)


@pytest.mark.parametrize(("urgency", "text"), WOUND_LEAK)
def test_a_leak_from_the_scar_is_read(urgency: str, text: str) -> None:
    assert _reads(text, "wound_leak_review"), text


@pytest.mark.parametrize("text", [text for _u, text in NOT_A_WOUND_LEAK] + NOT_THE_FLAG)
def test_a_look_alike_is_no_leak(text: str) -> None:
    assert not _reads(text, "wound_leak_review"), text


@pytest.mark.parametrize(("urgency", "text"), SINUS_OPENING[:6])
def test_the_sinus_opening_is_read_not_vomiting(urgency: str, text: str) -> None:
    assert _reads(text, "sinus_opening_review"), text
    assert not _reads(text, "vomiting_abdominal"), text
