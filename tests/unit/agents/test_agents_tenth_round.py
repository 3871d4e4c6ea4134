# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The tenth round's general fixes (issue 10, dev11), each on our own phrasings, not dev11's.

Urgency: ordinary healing mentioned beside a question about the care routine is ``routine``
(it stays ``soon`` when the patient asks to be seen or says they are worried, and a present red
flag beside negated ones stays urgent); hot drinks, a mild pressure, a firm nose tip and crusts
on grafts are no complaint; not seeing *without glasses* is short sight, not vision loss; a
third-person "after <the operation> ...?" and a Turkish "can I ...?" before an operation are
questions about the future. Intent: an invoice said as received asks about paying it; a
consultation named as where the doctor *said* something is no appointment request; which
photos to send is documents; a date asked for is answered with ``request_info``.
"""

from __future__ import annotations

import pytest

from careflow_agents.triage import asks_for_a_date, red_flags, triage

CARE_ROUTINE = [
    "day 6 after my rhinoplasty, still a little swollen and some bruising, no fever. when can I go back to the gym?",
    "burun ameliyatı 5. gün, biraz şişlik var, ateş yok, kanama yok. ne zaman duş alabilirim?",
    "Tag 5 nach der Lidstraffung, noch etwas geschwollen, kein Fieber. Ab wann darf ich mich schminken?",
    "J+6 après ma rhinoplastie, encore un peu gonflé, pas de fièvre ni de saignement. Je peux reprendre le vélo ?",
    "5 дней после блефаропластики, небольшой отёк, температуры нет. Когда можно краситься?",
    "بعد شفط الدهون بأسبوع، في كدمات خفيفة وما في حرارة. متى أقدر أسوق السيارة؟",
]


@pytest.mark.parametrize("text", CARE_ROUTINE)
def test_ordinary_healing_beside_a_care_question_is_routine(text: str) -> None:
    result = triage(text, stage="post_op")
    assert (result.intent, result.urgency, result.review) == ("post_op_concern", "routine", False)


@pytest.mark.parametrize(
    "text",
    [
        "still a little swollen and some bruising, no fever. when can I shower? can someone have a look at a photo?",
        "biraz şişlik var, ateş yok. ne zaman duş alabilirim? içim rahat değil, biri bakabilir mi?",
        "Noch etwas geschwollen, kein Fieber. Wann darf ich duschen? Soll sich das jemand anschauen?",
        "Encore un peu gonflé, pas de fièvre. Je peux me doucher ? Je suis un peu inquiète.",
        "Небольшой отёк, температуры нет. Когда можно в душ? Можете посмотреть по фото?",
        "في كدمات خفيفة وما في حرارة. متى أقدر أتسبح؟ بس قلقانة شوي",
    ],
)
def test_the_same_with_a_look_asked_for_or_worry_stays_soon(text: str) -> None:
    assert triage(text, stage="post_op").urgency == "soon"


@pytest.mark.parametrize(
    ("flag", "text"),
    [
        (
            "calf_pain_swelling",
            "no fever, no pus, but my calf is swollen and hot since this morning. when can I fly home?",
        ),
        (
            "breathing_difficulty",
            "ateşim yok, kanama yok ama nefes almakta zorlanıyorum. ne zaman duş alabilirim?",
        ),
        (
            "heavy_bleeding",
            "Kein Fieber, aber die Wunde blutet seit einer Stunde und hört nicht auf. Wann darf ich duschen?",
        ),
        (
            "breathing_difficulty",
            "Pas de fièvre, pas de pus, mais j'ai du mal à respirer depuis ce matin. Je peux prendre une douche ?",
        ),
        (
            "heavy_bleeding",
            "Температуры нет, гноя нет, но кровь из раны не останавливается уже час. Когда можно мыться?",
        ),
        ("breathing_difficulty", "ما عندي حرارة ولا صديد بس عندي ضيق بالتنفس. متى أقدر أتسبح؟"),
    ],
)
def test_a_present_red_flag_beside_negated_ones_and_a_care_question_stays_urgent(
    flag: str, text: str
) -> None:
    result = triage(text, stage="post_op")
    assert result.urgency == "urgent" and flag in result.red_flags


@pytest.mark.parametrize(
    "text",
    [
        "Implantate vor einer Woche -- darf ich schon heißen Kaffee trinken?",
        "implant sonrası 6. gün, sıcak çay içebilir miyim?",
        "после имплантации неделя, можно уже горячий чай?",
        "une semaine après les implants, je peux boire du thé chaud ?",
        "a week after the implants, is hot soup ok?",
    ],
)
def test_a_hot_drink_is_no_symptom(text: str) -> None:
    result = triage(text, stage="post_op")
    assert (result.urgency, result.review, result.symptoms) == ("routine", False, False)


def test_a_hot_cheek_beside_a_hot_drink_is_still_a_complaint() -> None:
    result = triage("my cheek feels hot, can I drink hot tea?", stage="post_op")
    assert result.urgency == "soon" and result.review


@pytest.mark.parametrize(
    "text",
    [
        "Nasen-OP vor 9 Tagen, die Nasenspitze ist noch ganz hart. Wann darf ich wieder eine Brille tragen?",
        "the tip of my nose still feels hard two weeks after the rhinoplasty, when can I wear glasses?",
        "кончик носа ещё твёрдый после ринопластики, когда можно носить очки?",
        "Zahnimplantat vor 3 Tagen, noch leicht Druckgefühl, kein Fieber. Wann darf ich wieder kauen?",
        "day 8 after FUE, tiny crusts around the grafts, no redness. when can I wear a cap?",
    ],
)
def test_a_firm_nose_tip_a_mild_pressure_and_crusts_on_grafts_need_no_review(text: str) -> None:
    result = triage(text, stage="post_op")
    assert not result.review and result.urgency == "routine"


@pytest.mark.parametrize(
    "text",
    [
        "I can't see a thing without my glasses, can I wear contacts after the lasik?",
        "ohne Brille sehe ich nichts, darf ich nach der OP Kontaktlinsen tragen?",
        "sans lunettes je ne vois rien, est-ce que je peux porter des lentilles ?",
        "gözlüksüz hiçbir şey göremiyorum, lens takabilir miyim?",
        "без очков ничего не вижу, можно после операции линзы?",
        "بدون نظارة ما اشوف شي، اقدر البس عدسات؟",
    ],
)
def test_not_seeing_without_glasses_is_no_vision_loss(text: str) -> None:
    assert "vision_loss" not in red_flags(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "since this morning I can't see anything with my right eye, even with my glasses",
        "с утра ничего не вижу правым глазом, даже в очках",
        "seit heute früh sehe ich auf dem linken Auge nichts mehr, auch mit Brille",
    ],
)
def test_sudden_loss_of_sight_with_glasses_on_stays_a_red_flag(text: str) -> None:
    assert "vision_loss" in red_flags(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "после блефаропластики сильно кровит? и сколько дней нужно побыть у вас?",
        "After a tummy tuck, is there a lot of bleeding?",
        "Blutet es nach einer Nasen-OP stark?",
        "Après une liposuccion, ça saigne beaucoup ?",
    ],
)
def test_a_third_person_question_about_after_an_operation_not_done_is_no_emergency(
    text: str,
) -> None:
    result = triage(text, stage="enquiry")
    assert result.urgency == "routine" and not result.red_flags


@pytest.mark.parametrize(
    "text",
    [
        "после операции у меня сильно кровит, что делать?",
        "after the operation I am bleeding heavily, what should I do?",
        "je saigne beaucoup depuis hier, que faire ?",
        "ich habe seit gestern hohes Fieber, was soll ich tun?",
        "после подтяжки кровь не останавливается уже час?",
        "Bleeding nonstop after the facelift?",
        "it has been bleeding nonstop for an hour, does it bleed like this after a facelift?",
        "I had a facelift 3 days ago elsewhere. After the surgery it's bleeding heavily, normal?",
        "Nach der OP vor 4 Tagen blutet es stark, ist das so?",
    ],
)
def test_a_red_flag_told_in_the_first_person_or_after_an_operation_done_stays_urgent(
    text: str,
) -> None:
    assert triage(text, stage="enquiry").urgency == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "what should I do if it bleeds a lot after the surgery?",
        "что делать, если после операции поднимется температура?",
        "Was mache ich, wenn ich nach der OP Fieber bekomme?",
        "ameliyattan sonra kanama olursa ne yapmalıyım?",
    ],
)
def test_what_to_do_if_something_happens_later_is_still_hypothetical(text: str) -> None:
    assert triage(text, stage="enquiry").urgency == "routine"


def test_a_turkish_can_i_before_the_operation_is_about_the_future() -> None:
    text = "Doktor ameliyattan sonra bir ay spor yok dedi, o sürede yürüyüşe çıkabilir miyim?"
    result = triage(text, stage="booked")
    assert result.intent != "post_op_concern" and result.urgency == "routine"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("I received the invoice for the deposit, can I pay it in two transfers?", "payment"),
        ("poluchil schet na predoplatu, mozhno oplatit kartoy?", "payment"),
        (
            "Rechnung für die Anzahlung erhalten, welchen Verwendungszweck soll ich angeben?",
            "payment",
        ),
        ("J'ai reçu la facture de l'acompte, je peux payer par virement ?", "payment"),
        ("Kapora faturası geldi, havale açıklamasına ne yazayım?", "payment"),
        ("وصلتني الفاتورة للعربون، اقدر ادفع بالبطاقة؟", "payment"),
        ("Can you send me an invoice for the deposit I paid?", "documents"),
        ("I still have not received the invoice for my deposit payment", "documents"),
    ],
)
def test_an_invoice_said_as_received_asks_about_paying_it(text: str, intent: str) -> None:
    assert triage(text, stage="booked").intent == intent


@pytest.mark.parametrize(
    "text",
    [
        "The surgeon told me at the consultation that I must stop smoking before the facelift. Does that include vaping?",
        "Der Arzt hat im Beratungsgespräch gesagt, nach der Fettabsaugung 6 Wochen Mieder. Gibt es das bei euch?",
        "Le chirurgien m'a dit en consultation qu'il faut arrêter la pilule avant la liposuccion, c'est obligatoire ?",
    ],
)
def test_a_consultation_named_where_the_doctor_said_something_is_no_appointment(
    text: str,
) -> None:
    assert triage(text, stage="booked").intent == "treatment_enquiry"


@pytest.mark.parametrize(
    "text",
    [
        "should the photos be from the front and the side, or just the front?",
        "Les photos pour le chirurgien, de face ou de profil ?",
        "фото нужны спереди и сбоку?",
    ],
)
def test_which_photos_to_send_is_documents(text: str) -> None:
    assert triage(text, stage="booked").intent == "documents"


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("could we move my consultation to next week?", True),
        ("could we push my consultation back a week?", True),
        ("Geht der Termin am Mittwoch auch am Freitag statt?", True),
        ("je voudrais décaler mon rendez-vous de lundi", True),
        ("cuma günü muayeneye gelebilir miyim?", True),
        ("хочу перенести консультацию на вторник", True),
        ("ممكن نأجل الاستشارة لبعد العيد؟", True),
        ("yes, Thursday 10am works for me, confirmed", False),
        ("ok, Dienstag 9 Uhr passt mir, bis dann", False),
        ("да, 5 мая подходит, подтверждаю", False),
    ],
)
def test_a_date_asked_for_is_told_from_a_date_confirmed(text: str, asks: bool) -> None:
    assert asks_for_a_date(text) is asks


def test_an_appointment_request_asks_the_calendar_and_a_confirmation_is_answered(say) -> None:
    request = say("can we move my consultation from Monday to Wednesday?", "quoted")
    confirmed = say("Wednesday 11am works for me, confirmed, see you then", "quoted")
    assert (request.intent, request.action) == ("appointment", "request_info")
    assert (confirmed.intent, confirmed.action) == ("appointment", "reply")


@pytest.mark.parametrize(
    "text",
    [
        "3 недели после шунтирования, пантопразол ещё пить?",
        "Schlauchmagen vor 10 Tagen -- muss ich das Pantoprazol weiter nehmen?",
        "sleeve 2 weeks ago, do I keep taking omeprazole?",
    ],
)
def test_stomach_protection_after_bariatric_surgery_is_a_medication_question(text: str) -> None:
    assert triage(text, stage="post_op").medical_question
