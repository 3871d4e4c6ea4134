# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The forty-seventh round's routine breast and body courses and medication questions held
``soon`` (flags47c, dev52), on our own phrasings in six languages.

- Both breasts or implants high and firm in the first weeks (ASPS / BAAPS: they drop and soften,
  ``complaints.BREASTS_FIRM_AND_HIGH``) are ordinary healing; one side bigger, tense or painful
  is the catalogue's haematoma, a hard, painful breast months on stays for a person.
- "боли почти нет" (almost no pain) denies the pain as "no real pain" does.
- A capsule or tablet hard to swallow for its size is how to take the medicine
  (``complaints.PILLS_HARD_TO_SWALLOW``, ASMBS); water or everything coming back up is not.
- A mild diarrhoea from the antibiotic (NHS 'Antibiotics', ``ANTIBIOTIC_MILD_DIARRHOEA``) with a
  medication question is routine; bloody, watery, many times a day, fever or cramps is not.
- A scar red or purple but flat and closed (NHS 'Scars', ``SCAR_FLAT_AND_CLOSED``) is the
  course; open, weeping or hot is not.
- Crusts round the new navel (ASPS tummy tuck, ``NAVEL_CRUSTS``) with how to clean it asked
  (``lexicon.CARE_ASK``) is the care routine; open and wet, or pus, is not.
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import triage

CASES: list[tuple[str, str]] = [
    # both breasts high and firm in the first weeks
    (
        "routine",
        "10 days after my augmentation, my breasts are very firm and sit high, both the same, no redness. when will they drop?",
    ),
    (
        "routine",
        "Die Brüste sind noch steinhart, beide gleich, keine Schmerzen, keine Rötung. Wann sinken sie?",
    ),
    (
        "routine",
        "mes seins sont durs comme de la pierre, les deux pareils, pas de douleur, pas de rougeur. c'est normal ?",
    ),
    ("routine", "göğüslerim taş gibi sert, ikisi de aynı, ağrı yok, kızarıklık yok. normal mi?"),
    (
        "routine",
        "импланты твёрдые как камень, обе одинаковые, боли нет, покраснения нет. это нормально?",
    ),
    (
        "routine",
        "Грудь очень плотная, соски онемели, боли почти нет, температуры нет. Это нормально?",
    ),
    ("routine", "صدري ناشف زي الحجر، الاثنين نفس الشي، ما في وجع ولا احمرار. طبيعي؟"),
    # ... one side bigger and tense, or hard and painful months on: not the course
    ("urgent", "my left breast is suddenly much bigger and tense and it hurts a lot"),
    (
        "soon",
        "8 months after my implants my right breast got hard and painful and looks misshapen. is that normal?",
    ),
    (
        "soon",
        "Seit ein paar Monaten ist die Brust hart und schmerzt, sie verformt sich. Ist das normal?",
    ),
    ("soon", "грудь твердая и болит уже несколько месяцев после имплантов, это нормально?"),
    ("soon", "my boobs are rock hard and really painful, both the same. is that normal?"),
    ("soon", "Die Brüste sind steinhart und tun sehr weh, beide gleich. Ist das normal?"),
    # a capsule or tablet hard to swallow for its size: how to take it
    (
        "routine",
        "may I open the capsules into some applesauce? the tablets are hard to swallow since my bypass",
    ),
    (
        "routine",
        "Die Kapseln sind schwer zu schlucken seit dem Schlauchmagen. Darf ich sie öffnen?",
    ),
    (
        "routine",
        "les gélules sont difficiles à avaler depuis la sleeve, est-ce que je peux les ouvrir ?",
    ),
    # ... swallowing itself fails: not the course
    ("urgent", "since the sleeve I can't swallow even water, everything comes back up"),
    # a mild diarrhoea from the antibiotic, a medication question
    ("routine", "the antibiotic gives me a bit of diarrhoea, should I keep taking it?"),
    ("routine", "l'antibiotique me donne un peu de diarrhée, je peux prendre des probiotiques ?"),
    ("routine", "antibiyotik hafif ishal yaptı, probiyotik alabilir miyim?"),
    ("routine", "от антибиотика небольшой понос, можно ли пить пробиотики?"),
    # ... bloody or watery many times a day, with fever: not the course
    ("soon", "the antibiotic gives me a bit of diarrhoea, watery 8 times a day, should I stop it?"),
    ("urgent", "the antibiotic gives me diarrhoea with blood, 8 times a day, and a high fever"),
    (
        "soon",
        "Seit dem Antibiotikum Durchfall, wässrig, zehnmal am Tag und Bauchkrämpfe. Soll ich es absetzen?",
    ),
    # a scar red or purple but flat and closed
    ("routine", "when can I go swimming? the scar is still dark pink but flat and healed"),
    (
        "routine",
        "Ab wann darf ich ins Schwimmbad? Die Narbe ist noch rot, aber flach und geschlossen",
    ),
    ("routine", "ne zaman havuza girebilirim? yara izi mor ama düz ve kapalı"),
    ("routine", "когда можно в бассейн? шрам красный, но плоский и закрытый"),
    # ... open, weeping or hot: not the course
    ("soon", "when can I swim? the scar is red and a bit of it has opened and is weeping"),
    (
        "soon",
        "la cicatrice est rouge et chaude et elle s'est ouverte à un endroit, je peux aller à la piscine ?",
    ),
    # crusts round the navel, how to clean it asked
    (
        "routine",
        "my belly button is all crusty and looks a bit bloody, no pain, no fever, no smell. how should I clean it?",
    ),
    (
        "routine",
        "le nombril est plein de croûtes, pas de douleur, pas de fièvre. comment le nettoyer ?",
    ),
    ("routine", "пупок весь в корочках, не болит, температуры нет. как его обрабатывать?"),
    # ... open and wet, or pus: not the course
    (
        "soon",
        "my belly button has crusts but it is open and wet underneath. how should I clean it?",
    ),
    (
        "urgent",
        "Am Bauchnabel Krusten und es kommt Eiter raus, ich habe Fieber. Wie soll ich ihn reinigen?",
    ),
]


@pytest.mark.parametrize(("urgency", "text"), CASES)
def test_the_course_and_its_look_alikes(urgency: str, text: str) -> None:
    result = triage(text, stage="post_op", learned=False)
    assert (result.intent, result.urgency) == ("post_op_concern", urgency), (text, result)


@pytest.mark.parametrize(
    ("urgency", "text"),
    [
        (
            "routine",
            "the big capsules are hard to get down since the sleeve, can I crush the paracetamol?",
        ),
        ("routine", "das Antibiotikum macht mir leichten Durchfall, darf ich Probiotika nehmen?"),
    ],
)
def test_a_medication_question_waits_for_approval(urgency: str, text: str) -> None:
    result = triage(text, stage="post_op", learned=False)
    assert result.urgency == urgency and result.medical_question, (text, result)
