# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The forty-sixth round's known safety gaps (flags46d, rounds 44-45, in no set), on our own
phrasings in six languages.

After an operation each must reach a person: a lump told growing, bigger or hurting more
(``complaints.LUMP_GROWING``; ASPS 'Liposuction -- risks and safety': seroma, haematoma) -- the
lumps of the expected course alone stay routine (ASPS; dev17-ru-09 is labelled so); a pressure
in the eye told before the painkiller question as after it (``complaints.NOT_HEALING`` keeps
the dull pressure from clearing it; RCOphth / AAO); photos of the wound told sent with "is it
OK?" asked (``lexicon.WOUND_PHOTO_ASKED``; NHS 'Caring for your wound'); the Arabic swelling
words ورم and وارم read as "swollen" is, and cleared as it is (ISHRS, BAAPS). What stays: lumps
alone or with two signs denied, a lump told shrinking, a dull pressure in the nose, photos of a
passport, a swelling told slight with a care question.
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import triage

POST_OP: list[tuple[str, str]] = [
    # 1. a lump told growing -> soon (or the catalogue's urgent); lumps of the course stay routine
    ("soon", "lipo 10 days ago, a lump on my flank keeps getting bigger. is that normal?"),
    (
        "soon",
        "Tag 9 nach der Fettabsaugung, der Bauch voller Knubbel, einer wird immer größer, kein Fieber, keine Rötung. Ist das normal?",
    ),
    (
        "soon",
        "10 jours après la lipo, les cuisses pleines de bosses, une bosse devient plus grosse, pas de fièvre, pas de rougeur. c'est normal ?",
    ),
    (
        "soon",
        "lipodan sonra 8. gün bacaklarım yumru yumru, bir yumru büyüyor, ateş yok, kızarıklık yok. normal mi?",
    ),
    ("soon", "на бёдрах после липосакции комки, и одна шишка растёт. это нормально?"),
    (
        "soon",
        "بعد شفط الدهون باسبوع فخذي كلها كتل، وحدة منها عم تكبر. ما في حرارة ولا احمرار. هل هذا طبيعي؟",
    ),
    # the lumps alone are the course (ASPS; dev17-ru-09 and dev51-de-10 are labelled routine)
    ("routine", "Tag 5 nach der Fettabsaugung, der Bauch voller harter Knubbel. Ist das normal?"),
    ("routine", "10 jours après la lipo, les cuisses pleines de bosses dures. c'est normal ?"),
    ("routine", "lipodan sonra 8. gün bacaklarım yumru yumru. normal mi?"),
    ("routine", "неделя после липосакции, на животе комки и уплотнения. это нормально?"),
    (
        "routine",
        "Tag 9 nach der Fettabsaugung, der Bauch voller harter Knubbel, kein Fieber, keine Rötung. Ist das normal?",
    ),
    (
        "routine",
        "неделя после липосакции, на животе комки, одна шишка уменьшается, температуры нет, покраснения нет. это нормально?",
    ),
    (
        "routine",
        "10 jours après la lipo, les cuisses pleines de bosses dures, pas de fièvre, pas de rougeur. c'est normal ?",
    ),
    (
        "soon",
        "Tag 12 nach der Fettabsaugung, ein harter Knoten am Oberschenkel tut immer mehr weh. Normal?",
    ),
    ("soon", "après la lipo, une boule sous le nombril grossit depuis hier. c'est normal ?"),
    # 2. the eye before the pressure, as after it
    ("soon", "my eye has a dull pressure, can I take paracetamol?"),
    ("soon", "can I take paracetamol? a dull pressure in my eye since the laser"),
    ("soon", "в глазу тупое давление, можно выпить парацетамол?"),
    ("soon", "mein Auge drückt dumpf, darf ich Paracetamol nehmen?"),
    ("soon", "j'ai une pression sourde dans l'oeil, je peux prendre du paracétamol ?"),
    ("soon", "gözümde künt bir baskı var, parol alabilir miyim?"),
    ("soon", "عندي ضغط في عيني، ممكن اخذ باراسيتامول؟"),
    ("routine", "my nose has a dull pressure, can I take paracetamol?"),
    ("routine", "в носу тупое давление, можно выпить парацетамол?"),
    ("routine", "yüzümde hafif bir baskı var, parol alabilir miyim?"),
    # 3. photos of the wound sent, "is it OK?" asked
    ("soon", "ابعتلكم صور الجرح امبارح، هو كويس؟"),
    ("soon", "بعتلكم صور الخياطة من يومين، تمام كده؟"),
    ("soon", "I sent pictures of my incision this morning, does it look ok?"),
    ("soon", "ich habe Ihnen gestern Fotos von der Narbe geschickt, ist das in Ordnung?"),
    ("soon", "je vous ai envoyé les photos de la cicatrice hier, c'est normal ?"),
    ("soon", "dün yaranın fotoğraflarını attım, iyi mi?"),
    ("soon", "вчера скинула фото шва, всё нормально?"),
    # 4. Arabic swelling words: a symptom as "swollen", cleared as it is
    ("soon", "بعد تجميل الأنف باسبوعين وشي لسه وارم جدا. طبيعي؟"),
    ("soon", "عيني مقفولة نص من الورم. طبيعي كده؟"),
    ("soon", "اليوم التالت بعد زراعة الشعر، عيني مقفولة نص من الورم. طبيعي كده؟"),
    ("routine", "وشي وارم شوية بعد العملية، ايمتى اقدر اغسل شعري؟"),
    ("routine", "بعد زراعة الشعر جبهتي وارمة شوي. كم يوم لين ينزل الورم؟"),
]

# look-alikes that are no post-op concern at all: their intent stays theirs
OTHER: list[tuple[str, str, str]] = [
    ("documents", "routine", "ابعتلكم صور الباسبور امبارح، وصلت؟"),
]


@pytest.mark.parametrize(("urgency", "text"), POST_OP)
def test_the_gap_and_its_look_alikes(urgency: str, text: str) -> None:
    result = triage(text, stage="post_op", learned=False)
    assert (result.intent, result.urgency) == ("post_op_concern", urgency), (text, result)


@pytest.mark.parametrize(("intent", "urgency", "text"), OTHER)
def test_what_is_no_wound_photo(intent: str, urgency: str, text: str) -> None:
    result = triage(text, stage="post_op", learned=False)
    assert (result.intent, result.urgency) == (intent, urgency), (text, result)


def test_a_wound_photo_before_the_operation_is_no_concern() -> None:
    result = triage(
        "Can I send you photos of the scar before my operation? is that ok?",
        stage="pre_op",
        learned=False,
    )
    assert result.urgency == "routine"
