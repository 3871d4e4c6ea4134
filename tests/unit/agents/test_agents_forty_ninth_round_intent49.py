# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The forty-ninth round's pre-op history, items of the offer and dates moved (intent49, dev54),
each on our own phrasings in six languages, each beside look-alikes that must behave the other way.

A red flag told as history before an operation -- dated in the past ("two years ago", "in 2021")
or long-standing ("for years", "seit Jahren", "годами") in its own clause, with no comma, contrast
or time of today between -- is the operation's reason or the pre-op history, no emergency: the
message's ask decides (a consultation booked, the records to send). The same sign told now ("and
now my calf is swollen"), after an operation, or with no date beside it stays urgent. "Is X
included in the price?" with no amount asked is a question about the treatment; "how much with
X?" stays a price question. The operation named "OP" brought forward, the Arabic "تقديم العملية"
and photos sent "for the nose job quote" with the format asked close the forty-eighth round's
known limits. Written without copying dev54's text and without looking at any held-out set.
"""

from __future__ import annotations

import pytest

from careflow_agents.config import demo_tenant
from tests.unit.agents import screening

_TENANT = demo_tenant("round-49-intent")


def _decide(stage: str, text: str) -> tuple[str, str, str]:
    """(intent, urgency, action) of ``text`` as a case's first message."""
    decision = screening.first_decision(_TENANT, stage, text)
    return decision.intent, decision.urgency, decision.action


# Long-standing complaints told as the reason for a consultation wanted: a booking.
_HISTORY_BOOKING = [
    "I've had shoulder pain for years, it gets worse in the evenings. Can I book a consultation "
    "for a breast reduction?",
    "Ich habe seit Jahren Schulterschmerzen von den BH-Trägern. Wann kann ich einen "
    "Beratungstermin für eine Brustverkleinerung bekommen?",
    "J'ai des douleurs aux épaules depuis des années à cause du poids de la poitrine. Je voudrais "
    "un rendez-vous pour une réduction mammaire.",
    "عندي الم في الكتف من سنين بسبب حجم الصدر، ابغى موعد استشارة لتصغير الصدر",
    "Годами болят плечи и спина от тяжёлой груди, хочу записаться на консультацию по уменьшению "
    "груди.",
    "5 yıldır omuz ağrım var, meme küçültme için muayene randevusu alabilir miyim?",
]

# A past bleed or clot dated in the past, told to ask which records to send: documents.
_HISTORY_DOCUMENTS = [
    "Vor drei Jahren hatte ich nach der Geburt starke Blutungen und eine Thrombose. Welche "
    "Befunde soll ich vor der Fettabsaugung schicken?",
    "2 yıl önce doğumdan sonra ağır kanama ve tromboz geçirdim. Liposuction öncesi hangi "
    "tahlilleri göndermem gerekiyor?",
    "قبل سنتين صار عندي نزيف شديد وجلطة بعد الولادة، ايش التحاليل اللي ارسلها قبل شفط الدهون؟",
    "В 2021 году после кесарева было сильное кровотечение. Какие документы нужны перед "
    "абдоминопластикой?",
]

# The same signs told now, after an operation, or with no date: urgent.
_PRESENT_SIGNS = [
    ("post_op", "I had my lipo 5 days ago and now I'm bleeding heavily"),
    ("enquiry", "I had my lipo 5 days ago and now I'm bleeding heavily"),
    (
        "booked",
        "I had a DVT two years ago and now my calf is swollen, hot and painful. My lipo "
        "is next month.",
    ),
    (
        "booked",
        "Years ago I had a DVT. Since yesterday my calf is swollen and hot, I fly to you "
        "next week for the lipo.",
    ),
    ("booked", "I had my tummy tuck two years ago and the scar is bleeding heavily."),
    (
        "enquiry",
        "Two years ago I had chest pain and shortness of breath, today I have crushing chest pain",
    ),
    (
        "booked",
        "Vor zwei Jahren hatte ich eine Thrombose, seit gestern ist meine Wade geschwollen "
        "und heiß und tut weh.",
    ),
    ("booked", "Ich habe seit heute morgen starke Blutungen, meine OP ist nächste Woche."),
    (
        "booked",
        "J'ai eu une phlébite il y a 3 ans, mais aujourd'hui j'ai le mollet gonflé, chaud "
        "et douloureux.",
    ),
    ("booked", "Yıllardır sırt ağrım var ama bugün göğsümde baskı var ve nefes alamıyorum."),
    ("booked", "Два года назад был тромбоз, а сегодня опухла и болит икра, она горячая."),
    ("booked", "من سنتين صار عندي جلطة، والحين رجلي وارمة وتوجعني وسخنة"),
    ("booked", "قبل سنتين سويت تنظيف اسنان واليوم لثتي تنزف كثير وما توقف"),
    ("post_op", "Since the sleeve 3 days ago I have had shoulder pain and I keep vomiting"),
]

# What the offer covers asked, no amount asked: the treatment.
_INCLUDED = [
    "Which implant brands do you work with, and are the compression garment and the blood tests "
    "included in the price?",
    "Do you use round or teardrop implants? Does the price include the post-op bra and the "
    "check-ups?",
    "Welche Implantate nehmen Sie, und sind der Kompressions-BH und die Laborwerte im Preis "
    "enthalten?",
    "Quelles prothèses utilisez-vous ? Est-ce que la gaine et les analyses sont comprises dans le "
    "prix ?",
    "Hangi marka implant kullanıyorsunuz? Korse ve kan tahlilleri fiyata dahil mi?",
    "Какие импланты вы ставите? Включены ли в цену компрессионный бюстгальтер и анализы?",
    "Какой фирмы импланты? Компрессионное бельё и анализы входят ли в стоимость операции?",
    "ايش نوع الحشوات اللي تستخدمونها؟ هل السعر يشمل المشد والتحاليل؟",
    "شو ماركة السيليكون عندكم؟ والمشد والتحاليل داخلين في السعر؟",
]

# An amount asked with the item: still a price question.
_PRICE_WITH_ITEM = [
    "How much is it with Motiva implants, including the garment?",
    "Сколько стоит увеличение груди с имплантами Motiva вместе с бельём?",
    "Was kostet die Brustvergrößerung mit Motiva-Implantaten inklusive Mieder?",
    "Combien coûte l'augmentation avec des implants Mentor, gaine comprise ?",
    "Motiva implant ile meme büyütme ne kadar, korse dahil mi?",
    "كم سعر تكبير الصدر مع حشوات موتيفا شامل المشد؟",
    "What does the package cost and is the hotel included?",
    "Can you send me the price list? Are the tests included?",
]

# The item asked alone, no other question beside it: a price question, as the thirty-fourth
# round reads "Le dispositif de contention est compris dans le prix ?".
_ITEM_ALONE = [
    "Is everything included in the price?",
    "Est-ce que la gaine est comprise dans le prix ?",
    "Входят ли анализы в стоимость?",
    "هل السعر يشمل المشد؟",
    "Sind die Laborwerte im Preis enthalten?",
    "Korse fiyata dahil mi?",
]

# The operation's date brought forward: a booking.
_MOVED_EARLIER = [
    "Können wir die OP auf Anfang Juni vorziehen?",
    "Lässt sich meine Operation um eine Woche vorverlegen?",
    "Could we move the surgery forward to early June?",
    "Ameliyatı haziran başına öne alabilir miyiz?",
    "Est-ce qu'on peut avancer l'opération au début juin ?",
    "Можно перенести операцию на раньше, на начало июня?",
    "ممكن تقديم العملية لأول يونيو؟",
    "ممكن تقديم موعد العملية اسبوع؟",
]


@pytest.mark.parametrize("text", _HISTORY_BOOKING)
def test_history_told_for_a_consultation_is_a_booking(text: str) -> None:
    assert _decide("enquiry", text) == ("appointment", "routine", "request_info")


@pytest.mark.parametrize("text", _HISTORY_DOCUMENTS)
def test_history_told_to_ask_the_records_is_documents(text: str) -> None:
    assert _decide("booked", text) == ("documents", "routine", "reply")


@pytest.mark.parametrize(("stage", "text"), _PRESENT_SIGNS)
def test_a_sign_told_now_stays_urgent(stage: str, text: str) -> None:
    assert _decide(stage, text) == ("post_op_concern", "urgent", "escalate")


@pytest.mark.parametrize("text", _INCLUDED)
def test_what_the_offer_includes_is_the_treatment(text: str) -> None:
    assert _decide("enquiry", text) == ("treatment_enquiry", "routine", "request_info")


@pytest.mark.parametrize("text", _PRICE_WITH_ITEM)
def test_an_amount_asked_with_the_item_stays_a_price(text: str) -> None:
    assert _decide("enquiry", text)[0] == "price_quote"


@pytest.mark.parametrize("text", _ITEM_ALONE)
def test_the_item_asked_alone_stays_a_price(text: str) -> None:
    assert _decide("enquiry", text)[0] == "price_quote"


@pytest.mark.parametrize("text", _MOVED_EARLIER)
def test_the_operation_brought_forward_is_a_booking(text: str) -> None:
    assert _decide("booked", text) == ("appointment", "routine", "request_info")


@pytest.mark.parametrize(
    "text",
    [
        "Ich würde die OP lieber in Vollnarkose machen, ist das möglich?",
        "Wir würden die Behandlung in Vollnarkose lieber vorziehen.",
    ],
)
def test_vorziehen_as_a_preference_is_no_booking(text: str) -> None:
    assert _decide("booked", text)[0] == "treatment_enquiry"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "Here are my photos from the front and the side for the nose job quote, is png fine?",
            "documents",
        ),
        ("Here are my photos for the nose job, how much is the quote? is png fine?", "price_quote"),
        ("How much is the quote for the nose job? I can send photos, is png fine?", "price_quote"),
        (
            "I need it for the hair transplant estimate, how much would 3000 grafts cost?",
            "price_quote",
        ),
    ],
)
def test_photos_for_a_named_quote_with_the_format_asked(text: str, intent: str) -> None:
    assert _decide("enquiry", text)[0] == intent
