# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The forty-seventh round's routine face, nose, dental and hair courses held ``soon`` (dev52),
each fix on our own phrasings in six languages, each beside look-alikes that must stay ``soon`` or
urgent.

What was held for a person for nothing: numb, stiff cheeks after a facelift while the swelling
goes down day by day, "normal?" (ASPS 'Facelift -- recovery'); a blocked nose with dry crusts,
two signs denied, the "normal?" put Egyptian with the demonstrative before it (BAAPS / ENT UK
rhinoplasty recovery); a brief nosebleed after a sneeze that stopped by itself, two signs denied,
"did I break anything?" (BAAPS); a swollen cheek with a little pink ooze, one sign denied, asked
on one of the first three days (NHS 'Dental implants': swelling peaks on day 2-3); hair falling
out when combed months after a sleeve (ASMBS: telogen effluvium 3-6 months after bariatric
surgery).
What stays: a sign told growing beside the settling one, a look asked, a bare "normal?" with no
sign denied and no settling told, one sign denied on a later day, a bleed that will not stop, a
blow with the nose crooked and hurting, a drooping mouth, a throat swelling, vomiting.
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import triage
from tests.unit.agents import screening

ROUTINE: list[str] = [
    # every sign cleared as healing, the course told settling day by day, "normal?"
    "Die Wangen sind noch taub und steif, die Schwellung geht jeden Tag etwas zurück. Ist das normal?",
    "My cheeks are still numb and stiff, the swelling is going down every day. Is that normal?",
    "Yanaklarım uyuşuk, şişlik her gün azalıyor. Normal mi?",
    "Щёки онемели, отёк с каждым днём меньше. Это нормально?",
    "J'ai les joues engourdies, le gonflement diminue chaque jour. C'est normal ?",
    "خدودي فيها تنميل والورم يخف كل يوم، طبيعي؟",
    # "normal?" with the demonstrative before it and the time after it, two signs denied
    "مناخيري مقفولة وفي قشور ناشفة، مفيش حرارة ولا نزيف، ده عادي بعد اسبوعين؟",
    "انفي لسه مسدود وفيه قشور، ما في حرارة ولا وجع، هذا طبيعي بعد عشر ايام؟",
    # a brief bleed that stopped by itself, two signs denied, "did I break anything?"
    "I sneezed and a little blood came from my nose, it stopped by itself, no pain, no fever. Did I break anything?",
    "Ich habe geniest, etwas Blut kam aus der Nase, hat von selbst aufgehört, keine Schmerzen, kein Fieber. Hab ich was kaputt gemacht?",
    "hapşırdım burnumdan biraz kan geldi, kendiliğinden durdu, ağrı yok, ateş yok. bir şey mi bozdum?",
    "Чихнул, из носа немного крови, сама остановилась, боли нет, температуры нет. Я что-то сломал?",
    "عطست ونزل شوية دم من انفي ووقف لحاله، ما في وجع ولا حرارة. خربت شي؟",
    # swelling and a little ooze asked on one of the first three days, one sign denied
    "Cheek swollen, a little pink ooze on the pillow this morning, no fever. Normal on day 2?",
    "Die Wange ist geschwollen, morgens etwas rosa auf dem Kissen, kein Fieber. Normal am zweiten Tag?",
    "Yanağım şişti, sabah yastıkta biraz pembe sızıntı vardı, ateş yok. İkinci gün normal mi?",
    "La joue est gonflée, un peu de rose sur l'oreiller le matin, pas de fièvre. C'est normal le deuxième jour ?",
    "خدي وارم شوية، مفيش سخونية. ده طبيعي تاني يوم؟",
    "Щека припухла, температуры нет. Это нормально на третий день?",
    # hair shedding months after a sleeve
    "My hair is falling out a lot when I brush it, three months after the sleeve. Is this normal?",
    "Meine Haare fallen beim Kämmen büschelweise aus, drei Monate nach dem Magenschlauch. Normal?",
    "شعري يتساقط كثير لما امشطه، طبيعي؟",
    "Saçlarım çok dökülüyor, normal mi?",
    "Волосы сильно выпадают при расчёсывании. Это нормально?",
    "Mes cheveux tombent beaucoup quand je me coiffe, c'est normal ?",
]

SOON: list[str] = [
    # a settling sign beside one told growing, or a look asked
    "My cheeks are numb and the swelling is going down every day, can someone have a look?",
    # a bare "normal?": nothing denied, nothing settling
    "My cheeks are numb and swollen. Is that normal?",
    "Die Wangen sind taub und geschwollen. Normal?",
    # one sign denied on a later day, or no day at all
    "Cheek swollen, no fever. Normal on day 9?",
    "Щека распухла, температуры нет. Это нормально?",
    # a blow, the nose crooked now
    "je me suis cogne le nez contre la porte, il est tordu maintenant, pas de fievre. j ai rien casse?",
]

NOT_ROUTINE: list[str] = [
    # a sign told growing beside the settling one; a swelling growing on day 2
    "Die Wangen sind taub, die Schwellung geht jeden Tag zurück, aber die Rötung wird größer. Normal?",
    "Cheek swollen and getting bigger, no fever. Normal on day 2?",
    "I bumped my nose on the door and now it looks crooked and hurts, no fever, no bleeding. Did I break anything?",
]

URGENT: list[tuple[str, str]] = [
    (
        "Cheeks numb, swelling going down every day, but since this morning my mouth droops on one side. Normal?",
        "stroke_signs",
    ),
    (
        "j ai eternue et le nez saigne depuis 20 minutes, ca ne s arrete pas, pas de fievre. j ai rien casse?",
        "heavy_bleeding",
    ),
    (
        "مناخيري مسدودة وعندي حرارة عالية ورعشة، ده طبيعي بعد اسبوع؟",
        "high_fever",
    ),
    (
        "Щека распухла и отёк спускается на шею, трудно глотать, температуры нет. Это нормально на второй день?",
        "airway_swallowing",
    ),
    (
        "Cheek swollen, the mouth keeps filling with blood and it will not stop, no fever. Normal on day 2?",
        "heavy_bleeding",
    ),
    (
        "شعري يطيح بكثرة وصرت اتقيأ كل شي وما اقدر اشرب، طبيعي؟",
        "vomiting_abdominal",
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
