# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The forty-sixth round's pre-op look-alikes and intent fixes (intent46, dev51), each on our own
phrasings in six languages, each beside look-alikes that must behave the other way.

A fear told before an operation of what it or the journey home could bring (a clot on the plane,
a heavy bleed after it) is no sign now: no red flag, no post-op review -- while a sign told in the
present, with a time, or a part swollen or hot beside the fear stays urgent. A heavy bleed told
in the first person now ("ich blute seit heute Morgen sehr stark", Russian "I bleed heavily") is
urgent in any stage (NHS). How many days to stay in the city of the operation is the trip's
question; when to book the date, the stay as its reason, is an appointment; the clinic's
invitation letter for the embassy or the visa is a document unless the visa itself is asked;
French "dates dispo" asks the calendar.
"""

from __future__ import annotations

import pytest

from careflow_agents.config import demo_tenant
from careflow_agents.triage import triage
from tests.unit.agents import screening

_TENANT = demo_tenant("round-46-intent")


def _decide(stage: str, text: str) -> tuple[str, str, str]:
    """(intent, urgency, action) of ``text`` as a case's first message."""
    decision = screening.first_decision(_TENANT, stage, text)
    return decision.intent, decision.urgency, decision.action


# Before an operation: a fear of what could come -- no red flag, no review.
FEARS: list[str] = [
    "I'm scared I'll bleed a lot after the surgery. How long should I stay in Istanbul?",
    "I'm so afraid of getting a clot in my leg on the flight home after the lipo.",
    "Ich habe Angst, dass ich nach der OP stark blute.",
    "Ich hab große Angst, dass es nach der Bauchstraffung stark blutet und ich im Flieger Schmerzen habe.",
    "J'ai peur de saigner beaucoup après l'opération.",
    "J'ai très peur qu'il y ait une hémorragie dans l'avion au retour.",
    "Ameliyattan sonra çok kanamasından korkuyorum.",
    "Dönüş uçağında pıhtı atmasından çok korkuyorum.",
    "Боюсь, что после операции будет сильное кровотечение.",
    "Я переживаю, что в самолёте будет тромб после липосакции.",
    "اخاف انزف كثير بعد العملية",
    "بخاف يصير عندي وجع قوي بعد العملية",
    "خايفة اسافر بعد شفط الدهون ويصير عندي نزيف في الطيارة",
]

# ... but a sign told now beside the fear (a time, the present, a part swollen or hot): urgent.
FEAR_BESIDE_A_SIGN_NOW: list[tuple[str, str, str]] = [
    ("quoted", "I'm scared, I have been bleeding heavily since this morning.", "heavy_bleeding"),
    ("quoted", "I'm worried because I'm bleeding heavily from my nose.", "heavy_bleeding"),
    ("quoted", "I'm worried about a clot and my calf is swollen and hot.", "calf_pain_swelling"),
    ("quoted", "I'm worried about a clot, my calf is swollen, red and hot.", "calf_pain_swelling"),
    ("quoted", "I'm worried, my chest hurts and I can't breathe.", "chest_pain"),
    ("quoted", "Ich habe Angst, meine Wade ist geschwollen und heiß.", "calf_pain_swelling"),
    ("quoted", "J'ai peur, je saigne beaucoup depuis ce matin.", "heavy_bleeding"),
    ("quoted", "Korkuyorum, sabahtan beri çok kanıyorum.", "heavy_bleeding"),
    ("quoted", "Боюсь, у меня с утра сильное кровотечение.", "heavy_bleeding"),
    ("quoted", "Боюсь тромба, икра опухла и горячая.", "calf_pain_swelling"),
    ("quoted", "خايفة، عندي نزيف قوي من الصبح", "heavy_bleeding"),
    ("quoted", "خايفة يكون عندي جلطة، رجلي وارمة وسخنة", "calf_pain_swelling"),
    ("post_op", "I'm scared, the wound is bleeding a lot.", "heavy_bleeding"),
    # after the operation: the fear of a clot and a calf told -- the look-alike of the brief
    ("post_op", "I have a clot feeling in my calf, can I fly?", "calf_pain_swelling"),
    (
        "post_op",
        "I have a clot feeling in my calf, it is swollen and hot, can I fly?",
        "calf_pain_swelling",
    ),
]

# A heavy bleed told in the first person now, before or after an operation: urgent (NHS).
BLEEDING_NOW: list[tuple[str, str]] = [
    ("quoted", "Ich blute seit heute Morgen sehr stark."),
    ("quoted", "Ich blute heute ganz stark aus der Nase, meine OP ist nächste Woche."),
    ("quoted", "Meine OP ist am Freitag, aber ich blute seit gestern ununterbrochen aus der Nase."),
    ("post_op", "Ich blute seit heute Morgen sehr stark."),
    ("quoted", "I have been bleeding heavily since this morning, my operation is next week."),
    ("quoted", "Je saigne énormément depuis ce matin, l'opération est dans une semaine."),
    ("quoted", "Sabahtan beri çok fazla kanıyorum, ameliyatım gelecek hafta."),
    ("quoted", "Я сильно кровоточу с утра, операция через неделю."),
    ("quoted", "Истекаю кровью из носа, что делать?"),
    ("quoted", "انزف كثير من الصبح وعمليتي الاسبوع الجاي"),
]

# ... while a fear of it, or a trait told, raises nothing.
BLEEDING_FEARED: list[str] = [
    "Ich habe Angst, dass es blutet.",
    "Ich habe Angst, dass ich nach der OP stark blute.",
    "Ich blute leicht beim Zähneputzen.",
    "Wenn ich mich rasiere, blute ich stark. Ist das ein Problem für die OP?",
    "Боюсь, что буду сильно кровоточить после операции.",
]

# The intent and action of an enquiry.
INTENTS: list[tuple[str, str, str, str]] = [
    # how many days to stay in the city of the operation: the trip
    (
        "quoted",
        "How many days do I have to stay in Istanbul after the tummy tuck before I fly home?",
        "travel",
        "request_info",
    ),
    (
        "quoted",
        "Wie viele Tage muss ich nach der Bauchstraffung in Istanbul bleiben, bevor ich heimfliege?",
        "travel",
        "request_info",
    ),
    (
        "quoted",
        "Combien de jours dois-je rester à Istanbul après l'abdominoplastie avant de rentrer ?",
        "travel",
        "request_info",
    ),
    (
        "quoted",
        "Karın germeden sonra İstanbul'da kaç gün kalmam gerekiyor?",
        "travel",
        "request_info",
    ),
    (
        "quoted",
        "Сколько дней нужно пробыть в Стамбуле после абдоминопластики?",
        "travel",
        "request_info",
    ),
    (
        "quoted",
        "خايفة يصير عندي نزيف بعد العملية. بعد شد البطن كم يوم لازم ابقى في تركيا قبل ما ارجع بلدي؟",
        "travel",
        "request_info",
    ),
    # ... a second question about the treatment beside it: the treatment asked
    (
        "quoted",
        "Combien de jours dois-je rester à Istanbul après la rhinoplastie ? Et est-ce que le retrait des mèches fait mal ?",
        "treatment_enquiry",
        "request_info",
    ),
    (
        "quoted",
        "Wie lange muss ich nach dem Facelift in Istanbul bleiben und darf ich mit Aspirin operiert werden?",
        "treatment_enquiry",
        "request_info",
    ),
    (
        "quoted",
        "كم يوم لازم اقعد في اسطنبول بعد تجميل الانف؟ وهل شيل الفتايل بيوجع؟",
        "treatment_enquiry",
        "request_info",
    ),
    # when to book the date, the stay its reason: an appointment that asks for details
    (
        "quoted",
        "When should I book the operation so that I can stay 10 days, and is the surgeon there then?",
        "appointment",
        "request_info",
    ),
    (
        "quoted",
        "Ich habe Angst vor Schmerzen im Flieger. Wann sollten wir die OP buchen, damit wir zwei Wochen vor Ort sind?",
        "appointment",
        "request_info",
    ),
    (
        "quoted",
        "Quand dois-je fixer la date de l'opération pour rester dix jours sur place ?",
        "appointment",
        "request_info",
    ),
    (
        "quoted",
        "Ameliyat tarihini ne zaman ayarlamalıyım, 10 gün kalmak istiyorum, otel lazım.",
        "appointment",
        "request_info",
    ),
    (
        "quoted",
        "Когда лучше назначить операцию, чтобы пробыть в Стамбуле 10 дней?",
        "appointment",
        "request_info",
    ),
    (
        "quoted",
        "امتى احجز موعد العملية عشان اقعد ١٠ ايام في اسطنبول؟",
        "appointment",
        "request_info",
    ),
    # the flight's booking asked stays the trip's
    (
        "quoted",
        "When should I book the flight, the operation is on the 12th?",
        "travel",
        "request_info",
    ),
    # the clinic's invitation letter for the embassy or the visa: a document
    (
        "booked",
        "Can you send me an invitation letter for the embassy, for my visa?",
        "documents",
        "reply",
    ),
    (
        "booked",
        "Können Sie mir ein Einladungsschreiben für die Botschaft schicken?",
        "documents",
        "reply",
    ),
    (
        "booked",
        "Vous pouvez m'envoyer une lettre d'invitation pour le visa ?",
        "documents",
        "reply",
    ),
    ("booked", "Vize için davet mektubu gönderebilir misiniz?", "documents", "reply"),
    ("booked", "Можете прислать приглашение для визы на меня и маму?", "documents", "reply"),
    ("booked", "ممكن تبعتولي جواب دعوة للقنصلية عشان التأشيرة؟", "documents", "reply"),
    # ... the visa itself asked: the trip
    ("enquiry", "Do I need a visa for Turkey?", "travel", "request_info"),
    (
        "enquiry",
        "Do I need a visa for Turkey, and can you send an invitation letter?",
        "travel",
        "request_info",
    ),
    (
        "enquiry",
        "Brauche ich ein Visum? Können Sie mir ein Einladungsschreiben schicken?",
        "travel",
        "request_info",
    ),
    ("enquiry", "محتاج فيزا لتركيا؟ تبعتولي خطاب دعوة للسفارة؟", "travel", "request_info"),
    # French "dispo" after the calendar's noun: the calendar asked
    (
        "enquiry",
        "quels créneaux dispo en octobre pour une rhinoplastie ?",
        "appointment",
        "request_info",
    ),
    ("enquiry", "il reste des places dispo la semaine du 10 ?", "appointment", "request_info"),
]

# The writer's own free days told: no calendar asked.
OWN_DAYS_TOLD: list[tuple[str, str]] = [
    ("enquiry", "mes jours dispo sont lundi et mardi, c'est combien la greffe ?"),
    ("enquiry", "je suis dispo en septembre, c'est combien la greffe ?"),
]


@pytest.mark.parametrize("text", FEARS)
def test_a_fear_told_before_an_operation_is_no_sign(text: str) -> None:
    result = triage(text, stage="quoted", learned=False)
    assert (result.urgency, result.red_flags) == ("routine", ()), (text, result)
    assert result.intent != "post_op_concern", (text, result)


@pytest.mark.parametrize(("stage", "text", "flag"), FEAR_BESIDE_A_SIGN_NOW)
def test_a_sign_told_now_beside_a_fear_stays_urgent(stage: str, text: str, flag: str) -> None:
    result = triage(text, stage=stage, learned=False)
    assert result.urgency == "urgent", (text, result)
    assert flag in result.red_flags, (text, result.red_flags)


@pytest.mark.parametrize(("stage", "text"), BLEEDING_NOW)
def test_a_heavy_bleed_told_now_is_urgent_in_any_stage(stage: str, text: str) -> None:
    result = triage(text, stage=stage, learned=False)
    assert result.urgency == "urgent", (text, result)
    assert "heavy_bleeding" in result.red_flags, (text, result.red_flags)


@pytest.mark.parametrize("text", BLEEDING_FEARED)
def test_a_bleed_feared_or_a_trait_raises_nothing(text: str) -> None:
    result = triage(text, stage="quoted", learned=False)
    assert (result.urgency, result.red_flags) == ("routine", ()), (text, result)


@pytest.mark.parametrize(("stage", "text", "intent", "action"), INTENTS)
def test_the_enquirys_intent_and_action(stage: str, text: str, intent: str, action: str) -> None:
    assert _decide(stage, text) == (intent, "routine", action), text


@pytest.mark.parametrize(("stage", "text"), OWN_DAYS_TOLD)
def test_ones_own_free_days_told_ask_no_date(stage: str, text: str) -> None:
    assert _decide(stage, text)[0] == "price_quote", text
