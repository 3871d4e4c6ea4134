# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The forty-first round's general fixes for routine courses over-escalated (issue 10, dev46),
each on our own phrasings in six languages, not dev46's, each beside a look-alike that must
behave the other way.

What was escalated for nothing: a bruise told tracking down to the neck read as a face dropped
on one side (``stroke_signs``: NHS FAST -- the droop word went on to a place lower down, the
bruise going down with gravity after a jaw or sinus operation, NHS 'Bruises'); neither breast
told bigger in Arabizi ("wala wa7ad akbar min el tani") and the French "aucun sein" read as one
breast bigger (``breast_haematoma``: ASPS -- one side suddenly larger, tense, painful); a belly
told hard as a board *and* lumpy after a liposuction read as a rigid abdomen
(``vomiting_abdominal``: ASPS 'Liposuction -- recovery', firm lumpy areas for weeks); and the
French "rien qui sent mauvais" (nothing smelling bad) and "no yellow crusts" (the colour before
the sign denied, as "no dark spots" already was) read as an infected wound (``pus``). What
stays urgent: a face drooping on one side, one breast suddenly bigger and painful, a board-hard
belly with pain, fever, vomiting or bloating, a wound that smells with pus, a swelling reaching
the neck with trouble swallowing.
"""

from __future__ import annotations

import pytest

from tests.unit.agents import screening

# The expected course, and the flag the rules must not read in it.
NOT_READ: list[tuple[str, str]] = [
    # a bruise going down to the neck after implants and a sinus lift (NHS 'Bruises')
    (
        "implants and a sinus lift three days ago, my cheeks are purple and green and it's dropping down to my neck, only a little sore",
        "stroke_signs",
    ),
    (
        "Implantate und Sinuslift vor drei Tagen, mein Gesicht ist lila und grün und zieht herunter bis zum Hals, tut kaum weh",
        "stroke_signs",
    ),
    (
        "implants et sinus lift il y a trois jours, mon visage est violet et vert et ça tombe jusqu'au cou, à peine douloureux",
        "stroke_signs",
    ),
    (
        "üç gün önce implant ve sinüs lifting, yüzüm mor yeşil oldu, morluk boynuma kaydı, pek ağrımıyor",
        "stroke_signs",
    ),
    (
        "три дня назад импланты и синус-лифтинг, лицо фиолетовое и зелёное, всё опустилось на шею, почти не болит",
        "stroke_signs",
    ),
    (
        "زراعة اسنان ورفع جيب قبل ثلاث ايام، وجهي بنفسجي واخضر ونازل لحد الرقبة، الوجع خفيف",
        "stroke_signs",
    ),
    # neither breast bigger, both high and firm (ASPS 'Breast augmentation -- recovery')
    (
        "3amalt tkbeer lel sadr min 12 yom, mish fi 7arara wala wa7ad akbar min el tani, bas lessa 3alyeen w gasyeen, tabi3i?",
        "breast_haematoma",
    ),
    (
        "augmentation il y a 12 jours, pas de fièvre, aucun sein n'est plus gros que l'autre, mais ils sont encore hauts et fermes",
        "breast_haematoma",
    ),
    (
        "breast augmentation 12 days ago, no fever, neither one is bigger than the other, but they sit high and feel firm",
        "breast_haematoma",
    ),
    (
        "Brustvergrößerung vor 12 Tagen, kein Fieber, keine Seite ist größer als die andere, aber sie sitzen hoch und sind fest",
        "breast_haematoma",
    ),
    (
        "12 gün önce göğüs ameliyatı, ateş yok, hiçbiri diğerinden büyük değil, ama hâlâ yukarıda ve sertler",
        "breast_haematoma",
    ),
    (
        "12 дней после увеличения груди, температуры нет, ни одна не больше другой, но они высоко и плотные",
        "breast_haematoma",
    ),
    # a board-hard, lumpy belly after a liposuction, nothing else told (ASPS)
    (
        "lipo two weeks ago, incisions closed, but my stomach is hard as a board and bumpy, does that go away?",
        "vomiting_abdominal",
    ),
    (
        "Fettabsaugung vor zwei Wochen, Schnitte zu, aber der Bauch ist bretthart und uneben, geht das weg?",
        "vomiting_abdominal",
    ),
    (
        "liposuccion il y a deux semaines, cicatrices fermées, mais le ventre est dur comme de la pierre et plein de bosses, ça part ?",
        "vomiting_abdominal",
    ),
    (
        "iki hafta önce liposuction, kesiler kapandı, ama karnım taş gibi sert ve pütür pütür, geçer mi?",
        "vomiting_abdominal",
    ),
    (
        "две недели после липосакции, проколы зажили, но живот как камень и весь в комках, пройдёт?",
        "vomiting_abdominal",
    ),
    (
        "posle lipo dve nedeli, no zhivot tverdyi kak kamen i nerovnyi, proidet?",
        "vomiting_abdominal",
    ),
    (
        "شفط دهون قبل اسبوعين، الفتحات سكرت، بس بطني صلب زي الحجر ومتكتل، بيخف؟",
        "vomiting_abdominal",
    ),
]

# Answered as the expected course by the rules: nothing smelling, a forehead a little swollen
# days after a hair transplant (ISHRS: forehead swelling days 3-5), a care question.
ROUTINE: list[str] = [
    "FUE il y a 4 jours, pas de fièvre, pas de croûtes jaunes, rien qui sent mauvais, le front a un peu enflé, je peux courir quand ?",
    "FUE 4 days ago, no fever, no yellow crusts, nothing smells bad, forehead a bit puffy, when can I go back to the gym?",
    "FUE vor 4 Tagen, kein Fieber, nichts riecht komisch, die Stirn ist etwas geschwollen, wann darf ich joggen?",
    "4 gün önce FUE, ateş yok, kötü koku yok, alnım biraz şişti, ne zaman koşabilirim?",
    "4 дня после FUE, температуры нет, ничем не пахнет, лоб немного отёк, когда можно бегать?",
    "زراعة شعر قبل 4 ايام، ما في حرارة ولا ريحة، الجبهة منتفخة شوي، متى اقدر اركض؟",
]

# The look-alikes that must stay emergencies, with the flag they are escalated for.
ESCALATED: list[tuple[str, str]] = [
    # a face dropped on one side (NHS FAST)
    (
        "implants two days ago, the left side of my face is drooping and my words come out wrong",
        "stroke_signs",
    ),
    ("Implantate vor zwei Tagen, mein Gesicht hängt auf einer Seite herunter", "stroke_signs"),
    ("implants il y a deux jours, mon visage tombe d'un côté", "stroke_signs"),
    ("iki gün önce implant, yüzüm bir tarafa kaydı", "stroke_signs"),
    ("импланты два дня назад, лицо перекосило, угол рта опустился", "stroke_signs"),
    ("زراعة اسنان قبل يومين، وجهي نازل على جنب وكلامي مو واضح", "stroke_signs"),
    # a swelling reaching the neck with trouble swallowing (the airway)
    (
        "implants two days ago, the swelling is going down to my neck and under my tongue, hard to swallow",
        "airway_swallowing",
    ),
    ("زراعة اسنان قبل يومين، الانتفاخ نازل للرقبة وتحت اللسان وصعب ابلع", "airway_swallowing"),
    # one breast suddenly bigger and painful (ASPS)
    (
        "tkbeer sadr min 5 ayam, mafi 7arara bas wa7ad akbar min el tani fag2a w byewja3",
        "breast_haematoma",
    ),
    ("tkbeer sadr, el sadr el ymeen akbar min el yasar marra w mshdood", "breast_haematoma"),
    (
        "augmentation il y a 5 jours, un sein est devenu plus gros d'un coup et tendu",
        "breast_haematoma",
    ),
    # a board-hard belly with pain, fever, vomiting or bloating
    (
        "lipo ten days ago, belly hard as a board and lumpy and the pain is unbearable",
        "vomiting_abdominal",
    ),
    (
        "Fettabsaugung vor 10 Tagen, der Bauch ist bretthart und huckelig, dazu Fieber",
        "vomiting_abdominal",
    ),
    (
        "liposuccion il y a 10 jours, le ventre est dur comme du bois et bosselé, et j'ai de la fièvre",
        "vomiting_abdominal",
    ),
    (
        "после липосакции 10 дней, живот твёрдый как доска и бугристый, и вздутие",
        "vomiting_abdominal",
    ),
    ("شفط دهون من 10 ايام، بطني قاسي ومتكتل وفيه وجع شديد", "vomiting_abdominal"),
    ("tummy tuck three days ago, belly hard as a board, keep vomiting", "vomiting_abdominal"),
    # a wound that smells, with pus
    ("FUE il y a 5 jours, pas de fièvre, mais ça sent mauvais et il y a du pus", "pus"),
    ("FUE il y a 5 jours, rien de spécial mais ça sent mauvais et ça coule jaune", "pus"),
    ("FUE 5 days ago, no fever, but the scalp smells bad and there is pus", "pus"),
    # the yellow crust told, not denied ("no fever, but yellow crusts")
    ("FUE 4 days ago, no fever, but yellow crusts and it smells bad", "pus"),
    ("FUE vor 4 Tagen, kein Fieber, aber gelbe Krusten und es riecht faulig", "pus"),
    ("4 дня после FUE, температуры нет, но жёлтые корки и гной", "pus"),
    ("FUE vor 5 Tagen, kein Fieber, aber es riecht faulig und Eiter kommt raus", "pus"),
    ("5 gün önce FUE, ateş yok ama kötü kokuyor ve irin geliyor", "pus"),
    ("5 дней после FUE, температуры нет, но плохо пахнет и идёт гной", "pus"),
    ("زراعة شعر قبل 5 ايام، ما في حرارة بس ريحته كريهة وفيه صديد", "pus"),
]


@pytest.mark.parametrize(("text", "flag"), NOT_READ)
def test_the_expected_course_is_not_read_as_the_flag(text: str, flag: str) -> None:
    screening.assert_not_read_as(text, flag)
    screening.assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize("text", ROUTINE)
def test_nothing_smelling_and_a_forehead_swollen_is_routine(text: str) -> None:
    screening.assert_routine_by_the_rules(text)


@pytest.mark.parametrize(("text", "flag"), ESCALATED)
def test_the_emergency_look_alikes_escalate(text: str, flag: str) -> None:
    screening.assert_urgent(text, flag)
