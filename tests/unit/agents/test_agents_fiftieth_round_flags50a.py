# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The fiftieth round's routine breast and dental courses held `soon` (flags50a, dev55): both
implants hard and sitting high by the collarbone, one breast told only higher or lower than the
other and the nipples pointing apart, pink marks on the pillow and stitches seeping a little the
day after implants, the chin, jaw or cheek told yellow and green with swallowing easy, and hard or
crunchy food asked about after implants -- each on our own phrasings in six languages, each
beside look-alikes that must behave the other way (one side firmer, bigger, sudden or painful, a
side riding up, years on; ooze that will not stop, dizziness; swallowing hard, a changed voice, a
swelling growing; a fever; a gum told hard and painful).
"""

from __future__ import annotations

import pytest

from careflow_agents.config import demo_tenant
from careflow_agents.triage import triage
from tests.unit.agents import screening

ROUTINE = "routine"
SOON = "soon"
URGENT = "urgent"
_ACTION = {ROUTINE: "reply", URGENT: "escalate"}

_TENANT = demo_tenant("round-50-flags50a")

# Both implants hard and high, told by the collarbone (ASPS / BAAPS: drop and fluff).
BREASTS_HIGH: list[tuple[str, str]] = [
    (
        ROUTINE,
        "ten days after my augmentation they feel rock hard and sit right under my collarbones,"
        " both the same, no redness, I'm not in pain. when will they drop?",
    ),
    (
        ROUTINE,
        "12 Tage nach der Brust-OP: beide steinhart und kleben fast am Schlüsselbein, gleich groß,"
        " keine Rötung, keine Schmerzen. Wann rutschen sie runter?",
    ),
    (
        ROUTINE,
        "J+12 après l'augmentation, ils sont durs comme du bois et collés sous les clavicules, les"
        " deux pareils, pas de rougeur, pas de douleur. quand est-ce qu'ils descendent ?",
    ),
    (
        ROUTINE,
        "protezden 12 gün sonra ikisi de taş gibi sert ve köprücük kemiğimin dibinde, ikisi de"
        " aynı, kızarıklık yok, ağrı yok. ne zaman inecekler?",
    ),
    (
        ROUTINE,
        "12 дней после увеличения груди, обе твердые как камень и торчат под ключицами,"
        " одинаковые, покраснения нет, боли нет. когда опустятся?",
    ),
    (
        ROUTINE,
        "بعد ١٢ يوم من تكبير الصدر الاثنين ناشفين زي الحجر ولازقين تحت الترقوة، نفس الحجم، ما في"
        " احمرار ولا وجع. امتى بينزلوا؟",
    ),
    # look-alikes: one side bigger, tight and purple; one side hard and hot
    (
        URGENT,
        "two weeks after my implants the left one is suddenly much bigger than the right, tight"
        " and purple",
    ),
    (
        SOON,
        "2 weeks post op, the right breast is hard and red and hot, the left one is soft",
    ),
]

# One side told only higher or lower, the nipples apart (ASPS / BAAPS: each settles at its pace).
SIDES_UNEVEN: list[tuple[str, str]] = [
    (
        ROUTINE,
        "a month after the implants my left boob sits lower than the right one, no pain, will it even out?",
    ),
    (
        ROUTINE,
        "die linke Brust hängt tiefer als die rechte, tut nicht weh. Gleicht sich das noch aus?",
    ),
    (
        ROUTINE,
        "un sein est plus bas que l'autre et les mamelons partent chacun de leur côté, pas de"
        " douleur. ça va s'arranger ?",
    ),
    (ROUTINE, "sol göğsüm sağdakinden daha aşağıda, ağrı yok, düzelir mi?"),
    (ROUTINE, "левая грудь ниже правой, соски смотрят врозь, не болит. это выровняется?"),
    (ROUTINE, "الثدي اليسار اوطى من اليمين، ما في وجع، بيتعدل؟"),
    (ROUTINE, "the nipples point in different directions, is that going to change?"),
    # look-alikes: one side firmer; firmer in Russian; higher and painful, red, hot; riding up;
    # became higher within a week; years on
    (
        SOON,
        "augmentation 4 weeks ago, the right breast feels firmer and sits higher than the left, no pain",
    ),
    (SOON, "левая грудь стала плотнее правой, не болит"),
    (SOON, "one breast is higher than the other and it hurts a lot, red and hot"),
    (SOON, "my right implant has moved up higher than the left over the last week"),
    (SOON, "одна грудь стала выше другой за неделю"),
    (SOON, "2 years after my implants one breast is higher than the other"),
]

# The first days' ooze after implants (NHS 'Having a tooth taken out -- recovery', BAOMS).
DENTAL_OOZE: list[tuple[str, str]] = [
    (
        ROUTINE,
        "day 1 after implants: pinkish stains on the pillowcase, the stitches seep a bit, cheek"
        " puffy. is that how it's supposed to look",
    ),
    (
        ROUTINE,
        "Tag 1 nach den Implantaten: rosa Flecken auf dem Kopfkissen, die Naht sickert etwas,"
        " Wange etwas geschwollen. Soll das so sein?",
    ),
    (
        ROUTINE,
        "lendemain des implants : des taches rosées sur l'oreiller, un goût de sang, la joue un"
        " peu gonflée. c'est censé être comme ça ?",
    ),
    (
        ROUTINE,
        "implanttan bir gün sonra yastıkta pembe lekeler var, dikişlerden biraz sızıyor, yanağım"
        " biraz şiş. böyle mi olması gerekiyor?",
    ),
    (
        ROUTINE,
        "день после имплантов: розовые пятна на подушке, швы немного сочатся, щека чуть опухла."
        " так и должно быть?",
    ),
    (
        ROUTINE,
        "تاني يوم بعد الزراعة في بقع وردي على المخدة والغرز بتنز شوي والخد منفوخ شوي. هيك لازم يكون؟",
    ),
    # look-alikes: bleeding that will not stop and faint; the floor of the mouth swelling with
    # swallowing hard; a cheek growing and hot with a fever; two signs only, no sign denied
    (URGENT, "the pink ooze turned into bleeding that will not stop and I feel faint"),
    (
        URGENT,
        "the swelling is under my jaw and the floor of my mouth, hard to swallow and my voice"
        " sounds different",
    ),
    (
        URGENT,
        "pink spots on my pillow, the stitches a bit oozy, and my cheek is getting bigger and"
        " hot, fever 38.5",
    ),
    (SOON, "three days after the implants my cheek is swollen and I can taste blood, is it ok?"),
    # a stitch told loose or come out, seeping a little: a person looks at it the same day
    (
        SOON,
        "one of the stitches came undone and it oozes a little blood when I chew, is that ok?",
    ),
    (
        SOON,
        "Tag 3 nach den Implantaten, ein Faden ist aufgegangen und es sickert etwas Blut. Soll das so sein?",
    ),
]

# The lower face yellow and green with swallowing easy (BAOMS; NHS 'Bruises').
FACE_FADING: list[tuple[str, str]] = [
    (
        ROUTINE,
        "day 5 after lower implants, my jaw is all yellow and green and the gum is still puffy."
        " swallowing is fine, no fever",
    ),
    (
        ROUTINE,
        "Tag 5 nach den Implantaten, die Wange schillert grün-gelb, das Zahnfleisch ist noch"
        " geschwollen. Schlucken klappt normal, kein Fieber.",
    ),
    (
        ROUTINE,
        "5 jours après les implants, le menton tout jaune-vert et la gencive encore gonflée."
        " J'avale sans souci, pas de fièvre.",
    ),
    (
        ROUTINE,
        "implanttan 5 gün sonra çenem sarı yeşil oldu, diş etim hâlâ şiş. yutkunmam rahat, ateş yok.",
    ),
    (
        ROUTINE,
        "5 дней после имплантов, подбородок жёлто-зелёный, десна ещё опухшая. глотаю спокойно,"
        " температуры нет.",
    ),
    (
        ROUTINE,
        "بعد الزراعة بخمس ايام ذقني صار اصفر واخضر واللثة لسا منفوخة. ببلع عادي وما في حرارة",
    ),
    # look-alikes: swallowing hard; a changed voice; a fever; swallowing not told
    (URGENT, "my chin is yellow and green and it's hard to swallow, no fever"),
    (URGENT, "Kinn grün-gelb, Schlucken geht nur schwer, kein Fieber"),
    (
        URGENT,
        "the bruise is yellow and green, swallowing is fine, no fever, but my voice sounds muffled",
    ),
    (URGENT, "my jaw is yellow and green, swallowing is fine, fever 39"),
    (SOON, "my chin is yellow and green and the gum is swollen, no fever"),
]

# Hard or crunchy food asked about after implants (NHS 'Dental implants': soft food first).
HARD_FOOD: list[tuple[str, str]] = [
    (ROUTINE, "implants 10 days ago, when can I bite into something crunchy like an apple?"),
    (ROUTINE, "Implantate vor 10 Tagen, wann darf ich wieder was Hartes kauen?"),
    (
        ROUTINE,
        "implants il y a 10 jours, quand est-ce que je pourrai croquer dans quelque chose de dur ?",
    ),
    (ROUTINE, "implant yapılalı 10 gün oldu, ne zaman kıtır şeyler yiyebilirim?"),
    (ROUTINE, "импланты 10 дней назад, когда можно жевать твёрдое?"),
    (ROUTINE, "امتى اقدر آكل اشيا مقرمشة بعد الزرعات؟"),
    # look-alikes: the gum told hard and painful is the body, not the food
    (SOON, "the gum over the implant feels hard and it hurts when I chew"),
    (SOON, "اللثة حول الزرعة قاسية ومنفوخة وبتوجعني"),
    (SOON, "Zahnfleisch am Implantat ist hart und tut beim Kauen weh"),
]

CASES = BREASTS_HIGH + SIDES_UNEVEN + DENTAL_OOZE + FACE_FADING + HARD_FOOD


def _decide(text: str) -> tuple[str, str, str]:
    """(intent, urgency, action) of ``text`` as a post-op case's first message."""
    decision = screening.first_decision(_TENANT, "post_op", text)
    return decision.intent, decision.urgency, decision.action


@pytest.mark.parametrize(("urgency", "text"), CASES)
def test_the_course_and_its_look_alikes_by_the_rules(urgency: str, text: str) -> None:
    result = triage(text, stage="post_op", learned=False)
    assert (result.intent, result.urgency) == ("post_op_concern", urgency), (text, result)


@pytest.mark.parametrize(("urgency", "text"), [c for c in CASES if c[0] != SOON])
def test_the_course_is_answered_and_the_danger_escalated(urgency: str, text: str) -> None:
    assert _decide(text) == ("post_op_concern", urgency, _ACTION[urgency]), text


@pytest.mark.parametrize("text", [text for urgency, text in CASES if urgency == SOON])
def test_the_look_alikes_stay_for_a_person_today(text: str) -> None:
    # the learned detector may raise a look-alike to urgent (it only ever raises); never routine
    intent, urgency, action = _decide(text)
    assert intent == "post_op_concern", text
    assert (urgency, action) in ((SOON, "await_approval"), (SOON, "reply"), (URGENT, "escalate")), (
        text
    )
