# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""Regenerates heldout_messages.jsonl: 30 messages written after the rules were tuned on the
labelled set. Their first, untouched evaluation estimated how the rules generalise:
intent 86.7 %, urgency 93.3 %, urgent recall 8/10 (missed: "39,5 Grad Temperatur" and the
Arabic "wound is inflamed and fluid comes out"). Those gaps were then closed *generally* in
the lexicon (temperature numbers with a degree word in every language; wound discharge and
"inflamed" in every language; German compounds; "do you do/offer" phrasings), so this is now a
regression set. To re-estimate generalisation, write a fresh held-out file and evaluate it once
before changing any rule.
"""

from pathlib import Path

from build_labelled import write_messages  # run as a script: this folder is on sys.path

E, QU, B, PO = "enquiry", "quoted", "booked", "post_op"
ROWS = {
    "en": [
        (
            "hey whats the cost of a hair transplant with 3000 grafts??",
            E,
            None,
            "price_quote",
            "routine",
            "await_approval",
        ),
        (
            "my stitches are oozing yellow stuff and it smells",
            PO,
            5,
            "post_op_concern",
            "urgent",
            "escalate",
        ),
        (
            "I keep feeling dizzy and I blacked out for a moment",
            PO,
            2,
            "post_op_concern",
            "urgent",
            "escalate",
        ),
        (
            "Do I need a visa to come to Turkey from the UK?",
            B,
            None,
            "travel",
            "routine",
            "request_info",
        ),
        ("can you resend the consent form", QU, None, "documents", "routine", "reply"),
    ],
    "tr": [
        (
            "selam burun ameliyatı ne kadar tutar",
            E,
            None,
            "price_quote",
            "routine",
            "await_approval",
        ),
        (
            "yüzümde ve gözlerimde çok şişlik var normal mi",
            PO,
            3,
            "post_op_concern",
            "soon",
            "reply",
        ),
        (
            "nefesim daralıyor doktorla görüşmem lazım",
            PO,
            2,
            "post_op_concern",
            "urgent",
            "escalate",
        ),
        ("kredi kartıyla ödeme yapabiliyor muyum", QU, None, "payment", "routine", "reply"),
        ("baldırım çok ağrıyor ve şişti", PO, 6, "post_op_concern", "urgent", "escalate"),
    ],
    "de": [
        (
            "Hallo! Machen Sie auch Zahnimplantate?",
            E,
            None,
            "treatment_enquiry",
            "routine",
            "request_info",
        ),
        ("Seit heute Nacht 39,5 Grad Temperatur", PO, 3, "post_op_concern", "urgent", "escalate"),
        ("Wie viel Anzahlung muss ich leisten?", QU, None, "payment", "routine", "reply"),
        (
            "Ich brauche eine Bescheinigung für meinen Arbeitgeber",
            QU,
            None,
            "documents",
            "routine",
            "reply",
        ),
        ("Die Krusten jucken sehr, ist das okay?", PO, 8, "post_op_concern", "soon", "reply"),
    ],
    "fr": [
        (
            "salut, c'est combien pour un implant dentaire ?",
            E,
            None,
            "price_quote",
            "routine",
            "await_approval",
        ),
        (
            "J'ai très mal à la poitrine depuis ce matin",
            PO,
            2,
            "post_op_concern",
            "urgent",
            "escalate",
        ),
        (
            "Mon vol atterrit à 23h, est-ce que le chauffeur sera là ?",
            B,
            None,
            "travel",
            "routine",
            "request_info",
        ),
        (
            "Je voudrais annuler mon rendez-vous de jeudi",
            QU,
            None,
            "appointment",
            "routine",
            "reply",
        ),
        (
            "Le pansement peut-il être retiré au bout de combien de jours ?",
            PO,
            4,
            "post_op_concern",
            "routine",
            "reply",
        ),
    ],
    "ru": [
        (
            "Добрый день, делаете подтяжку лица?",
            E,
            None,
            "treatment_enquiry",
            "routine",
            "request_info",
        ),
        (
            "После операции поднялась температура 38,8",
            PO,
            2,
            "post_op_concern",
            "urgent",
            "escalate",
        ),
        ("Могу ли я оплатить наличными в клинике?", QU, None, "payment", "routine", "reply"),
        ("Вчера упала в обморок, сейчас слабость", PO, 3, "post_op_concern", "urgent", "escalate"),
        ("Нужна справка для работы", QU, None, "documents", "routine", "reply"),
    ],
    "ar": [
        (
            "السلام عليكم، هل تجرون عمليات شفط الدهون؟",
            E,
            None,
            "treatment_enquiry",
            "routine",
            "request_info",
        ),
        ("الجرح ملتهب ويخرج منه سائل", PO, 5, "post_op_concern", "urgent", "escalate"),
        ("أشعر بألم شديد والمسكن لا ينفع", PO, 2, "post_op_concern", "urgent", "escalate"),
        ("هل يمكنكم حجز فندق قريب من العيادة؟", B, None, "travel", "routine", "request_info"),
        ("أرسلت الدفعة عبر التحويل البنكي", QU, None, "payment", "routine", "reply"),
    ],
}


def main() -> None:
    write_messages(ROWS, Path(__file__).with_name("heldout_messages.jsonl"), id_prefix="held-")


if __name__ == "__main__":
    main()
