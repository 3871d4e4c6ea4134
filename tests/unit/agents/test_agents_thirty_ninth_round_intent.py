# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The thirty-ninth round's intent and language fixes (issue 10, dev44), on our own phrasings.

What the intent tables misread, each by structure (none by a message's text):
- the clinic recommended by a friend ("une amie m'a recommandé votre clinique", "kuzenim sizi
  tavsiye etti") was read as a treatment question through the recommendation word, so a greeting
  with only a wish for information asked a treatment question (the guide's `other`);
- a German confirmation in the inverted order ("dann bestätige ich den 14. März ...") was no
  appointment: the table knew "ich bestätige" only;
- "how much" contracted as in a text message (French "cb" for combien, English "hw much") was no
  price, and "all on 4" written with spaces was no treatment;
- the examinations the clinic needs before the operation ("il vous faut quoi comme examens ?",
  "which tests do you need from me?", "welche Untersuchungen braucht ihr?") were no documents;
- French "réserver" (to book) asked no date of the calendar (`APPOINTMENT_REQUEST`), left by the
  thirty-eighth round;
- the French "visage" (the face) and the Russian "визит" (a visit) were read as a visa;
- a quote wanted as a signed, stamped paper for the insurer was a price, and the German
  "Krankenkasse" (the health insurer) a payment;
- Turkish typed without its letters with a family word and its possessive ("annem icin") was
  read as French.
Each shared structure tested in six languages, each beside a look-alike that must behave the
other way: the treatment named or a recommendation asked stays a treatment question, a document
confirmed as received stays a document, the bank card ("payer par cb") stays a payment, the
tests the clinic does stay a treatment question, a booking told as done asks no date, a visa
stays travel, a quote asked stays a price, French stays French.
"""

from __future__ import annotations

import pytest

from careflow_agents.language import detect
from careflow_agents.triage import asks_for_a_date
from tests.unit.agents.screening import assert_intent_by_the_rules

# -- a referral told with a wish for information --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hello, a friend recommended your clinic, I would like some information",
        "Hallo, eine Freundin hat mir eure Klinik empfohlen, ich hätte gern Informationen",
        "Bonjour, une amie m'a recommandé votre clinique, je voudrais des informations",
        "Bonjour, mon frère m'a conseillé votre clinique, j'aimerais avoir des renseignements",
        "İyi günler, kuzenim sizi tavsiye etti, bilgi alabilir miyim",
        "Selam, bir arkadaşım kliniğinizi tavsiye etmişti, bilgi almak istiyorum",
        "Здравствуйте, подруга порекомендовала вашу клинику, хочу узнать информацию",
        "مرحبا، صديقتي نصحتني فيكم، حابة استفسر",
    ],
)
def test_a_referral_with_a_wish_for_information_asks_nothing_yet(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "other")


@pytest.mark.parametrize(
    "text",
    [
        # the treatment named, or a recommendation asked of the clinic
        "Hello, a friend recommended your clinic, I'd like information about a hair transplant",
        "Which technique would you recommend for my thin hair?",
        "Welche Methode empfehlen Sie bei dünnem Haar?",
        "Quelle technique vous me conseillez pour des cheveux fins ?",
        "Une amie m'a recommandé votre clinique pour une rhinoplastie, c'est possible à 55 ans ?",
        "Ince saçlar için hangi yöntemi tavsiye edersiniz?",
        "Arkadaşım sizi tavsiye etti, saç ekimi hakkında bilgi almak istiyorum",
        "Какой метод посоветуете при тонких волосах?",
        "شو تنصحوني لشعري الخفيف؟",
    ],
)
def test_a_recommendation_asked_or_a_treatment_named_stays_a_treatment_question(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "treatment_enquiry")


# -- a date confirmed ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Passt, dann bestätige ich den 14. März für die Voruntersuchung um 9 Uhr. Danke!",
        "Super, hiermit bestaetige ich den 2. April fuer den Eingriff",
        "Gut, dann bestätigen wir den 2. April um 10 Uhr",
        "Perfect, then I confirm the 14th of March for the pre-op check at 9am. Thanks!",
        "Ok, alors je vous confirme le 14 mars pour le bilan à 9h",
        "Tamam, 14 Mart saat 9'daki ön muayeneyi onaylıyorum. Teşekkürler!",
        "Хорошо, тогда подтверждаю 14 марта на предварительный осмотр в 9 утра. Спасибо!",
        "تمام، اأكد موعد الفحص المبدئي يوم ١٤ مارس الساعة ٩. شكرا",
    ],
)
def test_a_date_confirmed_is_an_appointment_answered_at_once(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "appointment")
    assert not asks_for_a_date(text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Hiermit bestätige ich den Erhalt der Unterlagen", "documents"),
        ("Ich bestaetige, dass ich die Unterlagen erhalten habe. Danke!", "documents"),
        ("Passt, danke für die Infos!", "other"),
    ],
)
def test_something_else_confirmed_is_no_appointment(text: str, intent: str) -> None:
    assert_intent_by_the_rules(text, "booked", intent)


# -- "how much" as in a text message -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "slt cb pour all on 4 haut et bas ? c pour mon pere",
        "bjr c cb les facettes en zircone ? c pour mon pere",
        "slt cb pour une greffe de cheveux 3000 greffons?",
        "hi hw much for all on 4 upper and lower? its for my mom",
        "Servus, wieviel kostet all on 4 oben und unten? ist für meine Mutter",
        "slm all on 4 alt ust kac para? annem icin",
        "Здрасте скока стоит all on 4 верх и низ? это для мамы",
        "مرحبا بكام all on 4 فوق وتحت؟ لامي",
    ],
)
def test_how_much_contracted_asks_the_price(text: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", "price_quote")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # the bank card, "cb", after "par", "en", "la": a payment
        ("je peux payer par cb sur place ?", "payment"),
        ("on peut regler en cb ou faut il un virement ?", "payment"),
        ("la cb passe pas pour l'acompte, je fais comment", "payment"),
        # the treatment asked, no price
        ("All on 4 ne demek, annem icin uygun mu", "treatment_enquiry"),
    ],
)
def test_the_bank_card_and_the_treatment_asked_are_no_price(text: str, intent: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", intent)


# -- the examinations the clinic needs -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "il vous faut quoi comme examens avant la sleeve? gastro, prise de sang? j'ai une echo",
        "vous avez besoin de quels examens avant la sleeve ? j'ai une écho du foie",
        "Which tests do you need from me before the sleeve? I have a liver ultrasound from May",
        "what exams do you need before the gastric sleeve? gastroscopy, bloods?",
        "Welche Untersuchungen braucht ihr vor dem Schlauchmagen? Magenspiegelung, Blutbild?",
        "Was braucht ihr an Untersuchungen vor dem Schlauchmagen?",
        "Tüp mideden önce hangi tetkikleri istiyorsunuz? endoskopi, kan tahlili?",
        "Какие обследования вам нужны перед рукавной? гастроскопия, анализы крови?",
        "شو الفحوصات اللي بتحتاجوها قبل التكميم؟ منظار، تحليل دم؟",
    ],
)
def test_the_examinations_the_clinic_needs_are_documents(text: str) -> None:
    assert_intent_by_the_rules(text, "quoted", "documents")


@pytest.mark.parametrize(
    "text",
    [
        # the tests the clinic itself does, or the preparation asked
        "what tests do you do at the clinic before the sleeve?",
        "Welche Untersuchungen macht ihr in der Klinik vor dem Schlauchmagen?",
        "quels examens vous faites à la clinique avant la sleeve ?",
        "il faut quoi comme préparation avant la sleeve ? un régime ?",
        "je dois faire les examens chez moi ou à la clinique avant la sleeve ?",
    ],
)
def test_the_tests_the_clinic_does_stay_a_treatment_question(text: str) -> None:
    assert_intent_by_the_rules(text, "quoted", "treatment_enquiry")


# -- French "réserver" asks the calendar -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Je suis en congé en mai, je peux réserver une date ?",
        "Bonjour, est-ce que je peux reserver pour le mois de juin ?",
        "Can I book a date in May?",
        "Kann ich einen Termin im Mai buchen?",
        "Mayıs için randevu alabilir miyim?",
        "Можно записаться на май?",
        "ممكن احجز موعد في مايو؟",
    ],
)
def test_a_booking_asked_waits_for_the_calendar(text: str) -> None:
    assert_intent_by_the_rules(text, "quoted", "appointment")
    assert asks_for_a_date(text)


@pytest.mark.parametrize(
    "text",
    ["J'ai réservé le 14 mars, c'est confirmé ?", "Je confirme le 14 mars à 9h"],
)
def test_a_booking_told_asks_no_date(text: str) -> None:
    assert not asks_for_a_date(text)


# -- the visa as a word of its own ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "Bonjour, je voudrais une consultation vidéo pour un lifting du visage, "
            "je suis dispo jeudi après 18h",
            "appointment",
        ),
        ("Bonjour, le lifting du visage se fait sous anesthésie générale ?", "treatment_enquiry"),
        ("Хочу записаться на визит к хирургу в четверг", "appointment"),
        (
            "I'd like a video consultation for a facelift, I'm free Thursday after 6pm",
            "appointment",
        ),
        (
            "Ich möchte einen Beratungstermin für ein Facelift, ich kann donnerstags ab 18 Uhr",
            "appointment",
        ),
        ("Yüz germe için online görüşme istiyorum, perşembe 18'den sonra müsaitim", "appointment"),
        ("أبغى استشارة فيديو لشد الوجه، فاضي الخميس بعد الساعة ٦", "appointment"),
        # the visa itself stays travel
        ("Bonjour, est-ce qu'il me faut un visa pour venir en Turquie ?", "travel"),
        ("Les visas sont-ils à faire avant le vol ?", "travel"),
        ("Нужна ли виза гражданам Казахстана?", "travel"),
    ],
)
def test_the_face_and_a_visit_are_no_visa(text: str, intent: str) -> None:
    assert_intent_by_the_rules(text, "enquiry", intent)


# -- a quote as a paper for the insurer -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ma mutuelle demande un devis détaillé signé et tamponné par le chirurgien, vous pouvez ?",
        "My insurer needs a signed and stamped quote with the procedure codes, can you do that?",
        "Die Krankenkasse will einen Kostenvoranschlag mit Stempel und GOÄ-Ziffern, geht das?",
        "Sigortam kaşeli ve imzalı bir fiyat teklifi istiyor, gönderebilir misiniz?",
        "Страховая просит смету с печатью клиники, можете сделать?",
        "التأمين يطلب عرض سعر مختوم من العيادة، ممكن؟",
    ],
)
def test_a_quote_as_a_paper_for_the_insurer_is_a_document(text: str) -> None:
    assert_intent_by_the_rules(text, "quoted", "documents")


@pytest.mark.parametrize(
    "text",
    [
        "Can you send me a quote for the implants? My insurer won't cover it anyway",
        "Vous pouvez m'envoyer un devis pour les implants ? la mutuelle ne rembourse rien",
        "Können Sie mir einen Kostenvoranschlag für die Implantate schicken?",
        "İmplantlar için fiyat teklifi alabilir miyim?",
        "Можно смету на импланты?",
        "ممكن عرض سعر لزراعة الاسنان؟",
    ],
)
def test_a_quote_asked_stays_a_price(text: str) -> None:
    assert_intent_by_the_rules(text, "quoted", "price_quote")


# -- Turkish typed without its letters, with a family word -----------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("slm all on 4 alt ust kac para? annem icin", "tr"),
        ("babam icin implant kac euro", "tr"),
        ("kizim icin burun estetigi fiyati ne kadar", "tr"),
        ("slt cb pour all on 4 ? c pour ma mere", "fr"),
        ("hi how much is all on 4 for my mum", "en"),
        ("Hallo, was kostet all on 4 für meine Mutter?", "de"),
    ],
)
def test_a_family_word_with_its_possessive_reads_turkish(text: str, language: str) -> None:
    assert detect(text).language == language


# -- a booked date asked as still standing, the flight beside it -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nur kurz zur Sicherheit: mein Termin ist am 3.6. um 9 Uhr, bleibt das so? Flug ist gebucht.",
        "Mein OP-Termin ist am 12. Mai, bleibt es dabei? Ich buche jetzt den Flug",
        "Just checking, my appointment is on 3 June at 9, is that still on? Flight is booked.",
        "Juste pour vérifier : mon rendez-vous est le 3 juin à 9h, c'est toujours bon ? Le vol est réservé.",
        "Sadece teyit için: randevum 3 Haziran saat 9'da, hala geçerli mi? Uçak bileti aldım.",
        "Просто уточняю: моя операция 3 июня в 9, всё в силе? Билеты уже купила.",
        "Мой приём 3.06 в 10, всё в силе? Билеты купила",
        "بس للتأكيد: موعدي ٣ يونيو الساعة ٩، لسا ثابت؟ حجزت الطيران",
    ],
)
def test_a_booked_date_asked_as_still_standing_is_an_appointment(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "appointment")


@pytest.mark.parametrize(
    "text",
    [
        # the flight's own date checked: the trip
        "Mein Flug ist am 3.6. um 9 Uhr, bleibt der Transfer so?",
        "Mein Flug ist am 3.6., bleibt es dabei mit dem Transfer um 9?",
    ],
)
def test_the_flights_date_checked_stays_travel(text: str) -> None:
    assert_intent_by_the_rules(text, "booked", "travel")
