# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The forty-ninth round's routine face, hair and dental courses held ``soon`` (flags49c,
dev54), on our own phrasings in six languages, with their look-alikes.

- Crusts or scabs on the grafts, recipient area or scalp told dark or black are the scabs shed on
  days 7-14 (ISHRS; ``complaints.GRAFT_CRUSTS_DARK``); skin or grafts turning black, cold,
  spreading or smelling stay the catalogue's ``skin_necrosis``, pus and spreading redness
  theirs, and a crust told with pain stays a person's.
- The nose's look when the cast or splint comes off -- big, thick, tip up, crooked -- is the
  swelling of the first weeks (ASPS 'Rhinoplasty -- recovery'; ``complaints.NOSE_CAST_OFF_LOOK``);
  crooked after a knock, a bump painful or growing, or bleeding is not.
- A bruise sinking to the neck after lower implants is gravity (BAOMS; NHS 'Bruises';
  ``complaints.BRUISE_GOING_DOWN``); a swelling going down under the jaw stays urgent, a bruise
  hot and hard stays a person's, and "ça fait peur" said of the sight is no worry told while
  "ça me fait peur" or "j'ai peur" is (``lexicon.LOOKS_SCARY``, ``triage._care_routine``).
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import triage

CASES: list[tuple[str, str]] = [
    # hair crusts
    (
        "routine",
        "day 6 after FUE. the recipient area is covered in little dark crusty dots and some look almost black, are my grafts dying?? no redness, no pus, no smell, no fever, it's just itchy. when can I start rubbing them off in the shower",
    ),
    (
        "routine",
        "FUE a week ago, there are black scabs all over the grafts. no pain, no pus, no fever. when can I wash them off?",
    ),
    (
        "routine",
        "5 days post transplant, the crusts on my scalp went really dark, almost black. is it normal? no redness, no discharge",
    ),
    (
        "routine",
        "Tag 7 nach der Haartransplantation: überall dunkle, fast schwarze Krusten an den Grafts, kein Eiter, kein Fieber, keine Rötung. Wann darf ich sie abwaschen?",
    ),
    (
        "urgent",
        "J6 après la greffe de cheveux, plein de croûtes noires sur la zone greffée, pas de pus, pas de fièvre, pas de rougeur. quand est-ce que je peux les enlever sous la douche ?",
    ),
    (
        "routine",
        "saç ekiminin 6. günü, ekim bölgesinde koyu kahverengi kabuklar var. kızarıklık yok, irin yok, ateş yok. ne zaman yıkayıp dökebilirim?",
    ),
    (
        "routine",
        "6 дней после пересадки волос, на зоне пересадки тёмные корочки, почти чёрные. гноя нет, температуры нет, покраснения нет. когда можно их смывать?",
    ),
    (
        "routine",
        "اليوم السادس بعد زراعة الشعر، في قشور غامقة على البصيلات. ما في صديد ولا حرارة ولا احمرار. متى اقدر اغسلها؟",
    ),
    (
        "urgent",
        "day 6 after FUE, the skin between the grafts is turning black, not scabs, and it smells bad",
    ),
    ("urgent", "after my hair transplant a black patch on the scalp keeps spreading and it smells"),
    ("urgent", "black crusts on the grafts and it smells really bad, pus coming out"),
    ("urgent", "dark crusts on the grafts and the skin around is red and spreading"),
    ("urgent", "FUE day 6, black crusts and there is yellow pus and redness spreading, fever 38.9"),
    ("soon", "dark crusts on my grafts, are they dying?"),
    ("soon", "dark crusts on the recipient area and it hurts a lot"),
    # nose cast
    (
        "routine",
        "Сняли гипс, а нос кажется огромным, кончик вздёрнутый и толстый, и как будто кривой 😭 Я испортила себе лицо?",
    ),
    (
        "routine",
        "they took the splint off today and my nose looks huge, the tip is turned up and it looks a bit crooked. did I ruin my face?",
    ),
    (
        "routine",
        "Gips ist ab und die Nase ist riesig, die Spitze dick und irgendwie schief. Hab ich mir das Gesicht ruiniert?",
    ),
    (
        "routine",
        "le plâtre est enlevé depuis hier et le nez est énorme, le bout retroussé et un peu de travers 😭 c'est raté ?",
    ),
    (
        "routine",
        "alçı alındı, burnum kocaman ve ucu kalkık, biraz da yamuk duruyor. yüzümü mahvettim mi?",
    ),
    ("routine", "فكيت الجبس وانفي كبير والطرف مرفوع وشكله معوج، خربت وجهي؟"),
    ("soon", "the splint came off and my nose is crooked since I bumped it on the door yesterday"),
    ("soon", "after the cast came off there is a new bump on my nose that hurts and keeps growing"),
    ("urgent", "the cast came off and my nose is bleeding and won't stop"),
    ("soon", "сняли гипс, нос кривой, я вчера ударилась о дверь"),
    ("soon", "Gips ab, die Nase ist schief und tut sehr weh"),
    ("soon", "my nose is crooked and swollen, is that normal?"),
    ("routine", "сняли лонгету, нос какой-то широкий и толстый, кончик задран. это навсегда?"),
    ("urgent", "сняли лонгету, нос широкий и кривой, и сильно болит"),
    # bruise down to the neck
    (
        "routine",
        "implants en bas il y a 4 jours, toute la joue est bleue-jaune et le bleu descend dans le cou, ca fait peur 😬 mais pas de gonflement sous la langue, j'avale bien, pas de fievre et ca fait presque plus mal. c'est normal que ca descende?",
    ),
    (
        "routine",
        "lower implants 4 days ago, the bruise on my cheek is blue and yellow and moving down into my neck. no swelling under the tongue, swallowing fine, no fever. is that normal?",
    ),
    (
        "routine",
        "Implantate unten vor 4 Tagen, der blaue Fleck an der Wange wird gelb und wandert runter zum Hals. Keine Schwellung unter der Zunge, Schlucken geht, kein Fieber. Ist das normal?",
    ),
    (
        "routine",
        "alt implant 4 gün önce, yanağımdaki morluk sararıyor ve boynuma doğru iniyor. dil altında şişlik yok, yutkunmam rahat, ateş yok. normal mi?",
    ),
    (
        "routine",
        "импланты внизу 4 дня назад, синяк на щеке жёлто-синий и спускается на шею. под языком не отекло, глотать нормально, температуры нет. это нормально?",
    ),
    (
        "routine",
        "زرعت تحت من ٤ ايام، الكدمة على خدي صفرا وزرقا ونازلة على رقبتي. ما في ورم تحت اللسان، ابلع عادي، ما في حرارة. طبيعي؟",
    ),
    (
        "urgent",
        "lower implants 3 days ago, the swelling is spreading under my jaw and under my tongue, it's hard to swallow",
    ),
    ("urgent", "après les implants le gonflement descend sous la mâchoire et j'ai du mal à avaler"),
    (
        "urgent",
        "implants 2 days ago, my voice sounds different and the floor of my mouth is swollen",
    ),
    (
        "soon",
        "lower implants, the bruise goes down to my neck and I'm really worried, can someone look?",
    ),
    # more look-alikes
    (
        "soon",
        "le bleu descend dans le cou et ça me fait peur, pas de fièvre, pas de gonflement. c'est normal ?",
    ),
    (
        "soon",
        "implants en bas, le bleu descend dans le cou, j'ai peur. pas de fièvre, pas de gonflement sous la langue. c'est normal ?",
    ),
    (
        "urgent",
        "lower implants 4 days ago, the swelling is moving down into my neck. no fever. is that normal?",
    ),
    ("soon", "the bruise going down my neck is hot and hard, no fever. normal?"),
    ("soon", "синяк спускается на шею, он горячий и твёрдый. это нормально?"),
    (
        "routine",
        "J6 après la greffe, des croûtes foncées sur les greffons, pas de pus, pas de fièvre, pas de rougeur. quand est-ce que je peux les enlever sous la douche ?",
    ),
    ("urgent", "after FUE the grafted area went black and cold"),
    # a dark crust on a wound edge is no graft crust
    (
        "soon",
        "facelift 9 days ago, behind my left ear a small part of the incision is dark with a black crust, about 1 cm. no smell, no pus, no fever. should I send a photo?",
    ),
    (
        "soon",
        "Facelift vor 10 Tagen, hinter dem Ohr ein kleiner schwarzer Schorf an der Narbe, ca 1 cm, kein Eiter, kein Fieber. Ist das normal?",
    ),
]


@pytest.mark.parametrize(("urgency", "text"), CASES)
def test_the_course_and_its_look_alikes(urgency: str, text: str) -> None:
    result = triage(text, stage="post_op", learned=False)
    assert (result.intent, result.urgency) == ("post_op_concern", urgency), (text, result)
    assert (result.urgency == "urgent") == bool(result.red_flags), (text, result)
