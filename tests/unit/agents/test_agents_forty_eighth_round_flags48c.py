# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The forty-eighth round's routine breast, tummy-tuck and liposuction courses held ``soon``
(flags48c, dev53), on our own phrasings in six languages.

- Both implants told by a pronoun, high and firm in one clause ("they sit high and feel
  hard"; ASPS 'Breast augmentation -- recovery', ``complaints.BREASTS_FIRM_AND_HIGH``) are the
  course; a side bigger or tense, or a pain, redness or heat between, is not.
- A bruise told yellow or green is fading (NHS 'Bruises', ``complaints.BRUISE_FADING``) and
  counts as a sign settling; spreading, hot or a yellow discharge does not.
- "is this the normal swelling?" (the sign named between) is a normal ask.
- Three or more ordinary signs with a named course of the operation (walking bent after a
  tummy tuck; ASPS 'Tummy tuck -- recovery') and "normal?" is the course; two generic signs,
  a scar told growing, or a worry is not.
- Lumps after a liposuction are routine in English and Arabic as in the other languages (ASPS
  'Liposuction -- recovery'); one lump, one growing, pain, a look asked or a fever is not.
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import triage

CASES: list[tuple[str, str]] = [
    # the pair told by a pronoun, high and firm, with a medication question
    (
        "routine",
        "two weeks after my implants, both even, they sit really high and are firm. ok to stop the tramadol and take ibuprofen?",
    ),
    (
        "routine",
        "Nach der Brust-OP: sie stehen noch hoch und sind fest, beide gleich. Darf ich statt Tramadol Ibuprofen nehmen?",
    ),
    (
        "routine",
        "10 jours après mes prothèses, elles sont dures et remontées, les deux pareilles. je peux passer au doliprane ?",
    ),
    (
        "routine",
        "göğüs ameliyatından 10 gün sonra ikisi de hala yukarıda ve sert, parasetamole geçebilir miyim?",
    ),
    (
        "routine",
        "после увеличения груди они твёрдые и стоят высоко, обе одинаковые. можно перейти на парацетамол?",
    ),
    # ... a side bigger and tense, or red, hot and painful: not the course
    (
        "urgent",
        "they sit high and hard but the left one got much bigger and tense since this morning",
    ),
    ("soon", "after the breast op they sit high, red and hot and painful. can I take paracetamol?"),
    # the breasts swollen and hard, bruises gone yellow, the normal swelling asked
    (
        "routine",
        "my boobs are massive and rock hard lol, yellowish bruises on the sides, both the same. is this the normal swelling on day 5?",
    ),
    (
        "routine",
        "ist das die normale Schwellung? die Brüste sind hart, gelbe Flecken an der Seite, beide gleich",
    ),
    ("routine", "c'est le gonflement habituel ? les seins sont durs, des bleus jaunâtres 😅"),
    ("routine", "bu normal şişlik mi? göğüslerim sert, morluklar sararmış"),
    ("routine", "это нормальный отёк? грудь твёрдая, синяки жёлтые"),
    ("routine", "هذا الورم الطبيعي؟ صدري ناشف والكدمات صارت صفرا"),
    # ... a yellow discharge, a bruise spreading and hot, one side bigger: not the course
    (
        "urgent",
        "my breast is swollen and there is yellow discharge from the wound, is this the normal swelling?",
    ),
    ("soon", "the bruise is turning yellow but spreading and hot, normal?"),
    # numbness, a firm scar, walking bent weeks after a tummy tuck, "normal?"
    (
        "routine",
        "3 weeks after tummy tuck: numb below the belly button, the scar is firm and raised, and I still walk bent over. normal?",
    ),
    (
        "routine",
        "3 Wochen nach Bauchstraffung: unter dem Nabel taub, die Narbe fest, ich gehe noch gebückt. Normal?",
    ),
    (
        "routine",
        "3 semaines après l'abdominoplastie, engourdi sous le nombril, cicatrice dure, je marche encore courbée. c'est normal ?",
    ),
    (
        "routine",
        "karın germeden 3 hafta sonra göbek altı uyuşuk, yara izi sert, hala iki büklüm yürüyorum. normal mi?",
    ),
    (
        "routine",
        "3 недели после абдоминопластики, под пупком онемение, шрам твердый, хожу согнувшись. это нормально?",
    ),
    # ... two generic signs, the scar told growing, a worry, or heat and ooze: not the course
    ("soon", "swollen and bruised, is this normal?"),
    (
        "soon",
        "3 weeks after tummy tuck, numb below the navel, the scar is getting bigger and I still walk bent over, normal?",
    ),
    (
        "soon",
        "3 weeks after tummy tuck the belly is numb and swollen and I walk bent over, I'm worried, can someone look?",
    ),
    (
        "urgent",
        "3 weeks after tummy tuck, numb, the scar is red and hot and oozing and I walk bent over. normal?",
    ),
    # lumps after a liposuction, the same in every language
    ("routine", "2 weeks after lipo, lumps under the skin on my thighs. will they go away?"),
    ("routine", "after my liposuction my belly has hard lumps all over. normal?"),
    ("routine", "BBL 3 weeks ago, lumps under the skin, normal?"),
    # (the twenty-seventh round held this one `soon`, one sign denied; the German "taub und
    # knubbelig" twin was the same course)
    (
        "routine",
        "Lipo 10 days ago, no fever. The skin on the belly is numb and lumpy. Will it smooth out?",
    ),
    ("routine", "Nach der Fettabsaugung habe ich Knubbel unter der Haut am Bauch. Geht das weg?"),
    ("routine", "après la liposuccion j'ai des boules sous la peau sur les cuisses, ça passe ?"),
    ("routine", "liposuction sonrası karnımda yumru yumru sertlikler var, geçer mi?"),
    ("routine", "после липосакции под кожей всё бугристое, на бёдрах шишки. это пройдёт?"),
    ("routine", "بعد شفط الدهون بطني كلها كتل قاسيه، طبيعي؟"),
    # ... one lump, growing, painful, a look asked, fluid or fever: not the course
    ("soon", "after lipo one lump on my thigh keeps growing and it's tense. normal?"),
    ("soon", "after lipo one lump under the skin on my belly, normal?"),
    ("soon", "after lipo there are lumps under the skin and it hurts a lot"),
    ("soon", "after lipo hard lumps on my belly and I'm worried, can someone look?"),
    ("soon", "بعد شفط الدهون في كتل تحت الجلد بالفخذ وتكبر كل يوم"),
    ("urgent", "after lipo the lumps are red and hot and I have a fever"),
    # ... a hard belly with fading bruises and no question: still seen (the seventeenth round's)
    (
        "soon",
        "Lipo on the belly 4 days ago, the belly is hard and numb, bruises going yellow. No fever, no redness.",
    ),
    ("urgent", "بعد شفط الدهون في كتل تحت الجلد وحراره ٣٩"),
    ("soon", "lumps under the skin of my breast after augmentation, normal?"),
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
            "day 10 after breast aug, both the same, no redness, no fever, they sit high and feel hard. can I go from tramadol to paracetamol?",
        ),
        (
            "soon",
            "day 10 after breast aug, they sit high and hard and the left one hurts a lot. can I take more tramadol?",
        ),
    ],
)
def test_a_medication_question_waits_for_approval(urgency: str, text: str) -> None:
    result = triage(text, stage="post_op", learned=False)
    assert result.urgency == urgency and result.medical_question, (text, result)
