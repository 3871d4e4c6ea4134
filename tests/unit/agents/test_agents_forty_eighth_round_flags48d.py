# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The forty-eighth round's routine IVF and bariatric courses held ``soon`` (dev53), each fix on
our own phrasings in six languages, each beside look-alikes that must stay ``soon`` or urgent.

What was held for a person for nothing: a little spotting and the belly "a bit bloated", named
before its bloating, the day after an egg collection with fever and breathlessness denied and a
sport question (HFEA / ESHRE: mild bloating and light spotting are expected); constipation two
weeks after a sleeve with vomiting, pain and fever denied and a laxative asked (ASMBS; NHS
'Constipation'); vomiting denied in spoken French without its "ne" ("je vomis pas") a week after
a sleeve, with a diet-stage question (ASMBS diet progression).
What stays: constipation with a hard or swollen belly, with vomiting, or told with one sign denied
or none; a tight swollen belly with little urine after an egg collection (OHSS); vomiting that
does not stop, water not kept down, pain to the shoulder; "je vomis pas mal" (quite a lot).
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import triage
from tests.unit.agents import screening

ROUTINE: list[str] = [
    # the day after an egg collection: a little spotting, the belly named then "a bit bloated",
    # the OHSS signs denied, a question of sport or work
    "Egg collection was yesterday, a little spotting and my tummy a bit bloated. No fever, no shortness of breath. When can I go to the gym again?",
    "Punktion war gestern, der Bauch etwas gebläht, kein Fieber, keine Atemnot. Wann darf ich wieder Sport machen?",
    "Yumurta toplama dün yapıldı, karnım biraz şişkin, ateşim yok, nefes darlığım yok. Ne zaman işe dönebilirim?",
    "Пункция была вчера, живот чуть вздут, температуры нет, одышки нет. Когда можно вернуться в спортзал?",
    "Ponction hier, le ventre un peu ballonné, pas de fièvre, pas d'essoufflement. Quand est-ce que je peux reprendre le sport ?",
    "سحب البويضات امس، بطني منفوخ شوي ونقطة دم خفيفة، ما عندي حرارة. متى ارجع للشغل؟",
    "dun yumurta toplama oldu, karnim biraz siskin, atesim yok, nefes darligi yok. yarin ise gidebilir miyim",
    # vomiting denied in spoken French, no "ne", a diet-stage question a week after a sleeve
    "sleeve depuis 10 jours, je vomis plus, pas de fievre, pas de douleur. quand est-ce que je peux manger des purees ?",
    "bypass il y a une semaine, je vomis pas, pas de douleur au ventre, pas de fievre. je peux reprendre le travail quand ?",
]

MEDICATION_ROUTINE: list[str] = [
    # constipation after a sleeve, two warning signs or more denied, a laxative asked
    "Sleeve two weeks ago, no vomiting, no pain, no fever, but constipated for 4 days. Can I take a laxative?",
    "Schlauchmagen vor 2 Wochen, kein Erbrechen, keine Schmerzen, kein Fieber, aber seit 3 Tagen verstopft. Darf ich ein Abführmittel nehmen?",
    "Tüp mide olalı 2 hafta oldu, kusma yok, ağrı yok, ateş yok ama 3 gündür kabızım. Müshil alabilir miyim?",
    "После слива 10 дней, рвоты нет, боли нет, температуры нет, но запор три дня. Можно слабительное?",
    "Sleeve il y a 12 jours, pas de vomissements, pas de douleur, pas de fièvre, mais constipée depuis 3 jours. Je peux prendre un laxatif ?",
    "بعد التكميم بعشر ايام، ما في استفراغ ولا وجع ولا حرارة، بس عندي امساك. ممكن اخذ مسهل؟",
]

SOON: list[str] = [
    # constipation with one sign denied, or none
    "Sleeve two weeks ago, constipated for 4 days, no fever. Can I take a laxative?",
    "seit der Magenverkleinerung verstopft, darf ich ein Abführmittel nehmen?",
    # told without a question: a person looks
    "بعد التكميم بعشر ايام عندي امساك من ٤ ايام",
]

NOT_ROUTINE: list[str] = [
    # constipation with a hard or swollen belly, the warning signs denied, told before or after
    "Belly hard and swollen, constipated for 4 days, no vomiting, no fever. Can I take a laxative?",
    "Sleeve two weeks ago, no vomiting, no fever, but constipated for 5 days and my belly is hard and swollen. Can I take a laxative?",
    "Tüp mide 2 hafta, kusma yok ateş yok ama kabızım ve karnım sert, şiş. Müshil alabilir miyim?",
    "بعد التكميم، ما في ترجيع ولا حرارة، بس امساك وبطني منفوخ وقاسي. اقدر اخذ ملين؟",
    # the belly swollen, not "a bit", after an egg collection
    "Ponction hier, pas de fièvre, pas d'essoufflement, mais le ventre très gonflé. Je peux faire du sport ?",
    # a belly swollen and tight after an egg collection, breath denied but no fever denied
    "Yumurta toplama dün, nefes darlığım yok ama karnım gergin ve çok şiş. Spora ne zaman dönebilirim?",
    # "pas mal" is quite a lot
    "sleeve il y a une semaine, je vomis pas mal depuis hier, pas de fievre. quand est-ce que je passe aux purees ?",
]

URGENT: list[tuple[str, str]] = [
    (
        "Sleeve two weeks ago, constipated and I keep vomiting, I can't keep water down. Can I take a laxative?",
        "vomiting_abdominal",
    ),
    (
        "Sleeve ten days ago, no pain, but I can't keep water down since yesterday. When can I start purees?",
        "vomiting_abdominal",
    ),
    (
        "Sleeve vor einer Woche, ich erbreche ständig und kann kein Wasser bei mir behalten. Wann darf ich Brei essen?",
        "vomiting_abdominal",
    ),
    (
        "Yumurta toplama dün yapıldı, karnım gergin ve çok şiş, çok az idrara çıkıyorum, ateşim yok. Spora ne zaman dönebilirim?",
        "low_urine_output",
    ),
    (
        "Пункция вчера, живот тугой и раздувается, мочи очень мало, температуры нет. Когда можно в спортзал?",
        "low_urine_output",
    ),
    (
        "sleeve il y a une semaine, pas de fievre, mais une douleur qui monte dans l'epaule gauche. quand est-ce que je passe aux purees ?",
        "vomiting_abdominal",
    ),
    (
        "بعد التكميم باسبوع، ما عندي حرارة بس الترجيع ما يوقف وما اقدر اشرب موية. متى انتقل للمهروس؟",
        "vomiting_abdominal",
    ),
]


@pytest.mark.parametrize("text", ROUTINE)
def test_the_expected_course_is_routine(text: str) -> None:
    screening.assert_routine_by_the_rules(text)
    assert triage(text, stage="post_op", learned=False).intent == "post_op_concern", text


@pytest.mark.parametrize("text", MEDICATION_ROUTINE)
def test_a_laxative_asked_is_routine_for_approval(text: str) -> None:
    screening.assert_medication_routine_by_the_rules(text)
    assert not triage(text, stage="post_op", learned=False).review, text


@pytest.mark.parametrize("text", SOON)
def test_the_look_alikes_stay_soon(text: str) -> None:
    screening.assert_soon_by_the_rules(text)


@pytest.mark.parametrize("text", NOT_ROUTINE)
def test_the_look_alikes_are_not_routine(text: str) -> None:
    screening.assert_not_routine_by_the_rules(text)


@pytest.mark.parametrize(("text", "flag"), URGENT)
def test_the_emergency_look_alikes_escalate(text: str, flag: str) -> None:
    screening.assert_urgent(text, flag)
