# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The twenty-fifth round's general fixes (issue 10, dev26), each on our own phrasings, not dev26's.

What nobody would have seen: anaphylaxis told as a swollen lip beside red spots or a whistling
chest (Arabizi, Arabic, and a wheeze beside hives or just after a medicine in six languages: NHS
'Anaphylaxis'); a journey going wrong now after the operation (a flight cancelled or missed,
boarding refused, the transfer that never came) is the travel desk's the same day, not a routine
answer nor an emergency. What paged the on-call needlessly: "not short of breath", "pas de mollet
gonflé" (the body part first after the cue is what is denied), a belly "soft, not tight" after an
egg collection, and the near future asked before an operation ("ça va saigner ?"). Same day, not
routine: a German wound compound ("Brustnaht") opened a little or leaking clear fluid, and a
scar on the belly leaking clear fluid is no CSF leak. Intent: an "is it included / extra?" ask
whose price word lies only inside that ask is about its item (the trip or the treatment); a
discount asked is a price question; a question put "before the price" is the ask; Turkish bare
"ne kadar" asks the price. Language: Darija typed in Latin letters around French nouns is Arabic.
Each beside a look-alike that must behave the other way.
"""

from __future__ import annotations

import pytest

from careflow_agents.language import detect
from careflow_agents.triage import triage
from tests.unit.agents.screening import (
    assert_intent_by_the_rules,
    assert_not_routine_by_the_rules,
    assert_not_urgent_by_the_rules,
    assert_soon_by_the_rules,
    assert_urgent,
)


@pytest.mark.parametrize(
    "text",
    [
        "took the antibiotic an hour ago and now I am wheezing and my lips feel big",
        "seit der Tablette pfeift es beim Atmen und ich habe Quaddeln am Hals",
        "depuis le comprimé j'ai une respiration sifflante et des plaques rouges",
        "antibiyotiği içtim yarım saat sonra hırıltı başladı, dudaklarım da şişti",
        "после антибиотика появилась сыпь и свист в груди",
        "بعد المضاد صدري يصفر وطالع عندي حبوب حمرا",
        # Arabizi: the lips swollen beside red spots; red spots beside the breath
        "ba3d el 7o2na shafayfi wer2an w 7obob 7amra fe kol 7eta",
        "7obob 7amra tel3et 3ala gesmi w nafasi ta3ban mn sa3et el dawa",
    ],
)
def test_a_wheeze_or_swollen_lip_beside_hives_is_anaphylaxis(text: str) -> None:
    assert_urgent(text, "allergic_reaction")


@pytest.mark.parametrize(
    "text",
    [
        # the swelling of the lip after a nose operation, alone, is the expected course
        "rhinoplasty day 3, my upper lip is a bit swollen and numb, is that normal?",
        "ana 3amla tagmeel anf, shafayfi wermet shwaya bas mafeesh ay 7aga tanya",
        "gribim var hırıltı biraz, ilaç almadım, döküntü yok",
        "бронхит был до операции, сейчас немного кашляю",
    ],
)
def test_a_lip_or_a_cough_alone_is_no_anaphylaxis(text: str) -> None:
    assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "my flight back was cancelled this morning and the hotel wants me out by noon, can you help me with a room and a new transfer?",
        "ich bin am Flughafen und der Flug wurde gestrichen, ich brauche heute noch ein Hotel und einen Transfer",
        "mon vol a été annulé, je suis bloquée à l'aéroport, pouvez-vous m'aider pour l'hôtel et le transfert ?",
        "uçağımı kaçırdım, otel ve transfer için yardım eder misiniz bu gece",
        "меня не пускают на рейс, нужна справка от клиники для авиакомпании, помогите",
        "الرحلة انلغت والفندق ما فيه غرف، ممكن تساعدوني بفندق وتوصيل؟",
        "the driver never showed up and my plane leaves in two hours, I can't carry the bags after the lipo",
    ],
)
def test_a_journey_going_wrong_now_is_travel_for_today(text: str) -> None:
    result = triage(text, stage="post_op", learned=False)
    assert (result.intent, result.urgency) == ("travel", "soon"), (text, result)


@pytest.mark.parametrize(
    "text",
    [
        # a plan, nothing going wrong: routine travel
        "my flight home is on thursday, can the transfer pick me up at 10 from the hotel?",
        "mein Rückflug ist am Freitag, holt mich der Transfer am Hotel ab?",
    ],
)
def test_a_travel_plan_after_the_operation_stays_routine(text: str) -> None:
    result = triage(text, stage="post_op", learned=False)
    assert (result.intent, result.urgency) == ("travel", "routine"), (text, result)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        (
            "mon vol est annulé et depuis ce matin je saigne beaucoup, la compresse est trempée",
            "heavy_bleeding",
        ),
        ("my flight got cancelled and now I have chest pain and can't breathe", "chest_pain"),
    ],
)
def test_a_red_flag_beside_a_cancelled_flight_stays_urgent(text: str, flag: str) -> None:
    assert_urgent(text, flag)


@pytest.mark.parametrize(
    "text",
    [
        "egg collection 2 days ago, not short of breath at all, just a bit crampy",
        "abdo J12 : pas de fièvre, pas de mollet gonflé, je peux conduire ?",
        "Bauchstraffung Tag 10: kein Fieber, keine Wade geschwollen",
        # the tightness denied where it is told
        "egg collection on monday, tummy soft not tight, a little spotting",
        "nach der Punktion ist der Bauch weich, nicht hart",
        "après la ponction ventre souple, pas dur",
        "ponksiyondan sonra karnım gergin değil, yumuşak",
        "после пункции живот мягкий, не напряжён",
        "بعد سحب البويضات بطني مش مشدود",
    ],
)
def test_a_sign_denied_pages_nobody(text: str) -> None:
    assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("I am short of breath since the egg collection", "breathing_difficulty"),
        ("abdo J12 : pas de fièvre, mollet gonflé et chaud", "calf_pain_swelling"),
        ("Bauchstraffung Tag 10: kein Fieber, Wade geschwollen", "calf_pain_swelling"),
        ("after the egg collection my tummy is tight and hard", "ohss_abdomen"),
        (
            "egg collection: tummy not tight this morning but getting bigger every hour",
            "ohss_abdomen",
        ),
    ],
)
def test_the_same_sign_told_stays_urgent(text: str, flag: str) -> None:
    assert_urgent(text, flag)


@pytest.mark.parametrize(
    "text",
    [
        "les implants la semaine prochaine, ça va saigner beaucoup ?",
        "before my rhinoplasty: is it going to bleed a lot?",
        "Wird es nach der Implantation stark bluten?",
        "implant sonrası çok kanar mı?",
        "после имплантации будет сильно кровить?",
        "بعد الزراعة رح ينزف كثير؟",
    ],
)
def test_the_near_future_asked_before_an_operation_is_no_emergency(text: str) -> None:
    result = triage(text, stage="quoted", learned=False)
    assert result.urgency == "routine", (text, result)


def test_bleeding_now_after_the_operation_stays_urgent() -> None:
    assert_urgent("ça saigne beaucoup depuis ce matin, la compresse est trempée", "heavy_bleeding")


@pytest.mark.parametrize(
    "text",
    [
        "an der Bauchnarbe ist eine kleine Stelle aufgegangen, da kommt klare gelbliche Flüssigkeit, kein Fieber",
        "aus der Brustnaht kommt klare Flüssigkeit, nicht rot",
        "the incision has a small spot where clear yellowish fluid comes out, no redness, no fever",
    ],
)
def test_a_small_opening_or_clear_wound_fluid_is_seen_today(text: str) -> None:
    assert_soon_by_the_rules(text)


def test_clear_fluid_from_the_nose_stays_a_csf_leak() -> None:
    assert_urgent(
        "seit der Nasen-OP läuft klare Flüssigkeit aus einem Nasenloch, salzig", "csf_leak"
    )


def test_a_dry_closed_seam_is_not_held() -> None:
    result = triage(
        "Die Naht ist trocken und zu, kann ich wieder Sport machen?", stage="post_op", learned=False
    )
    assert result.urgency == "routine", result


@pytest.mark.parametrize(
    ("text", "stage", "intent"),
    [
        # the item's own topic when the price word lies only inside the ask about it
        (
            "Braucht man ein Visum? Und kostet das Hotelzimmer für meine Frau extra?",
            "booked",
            "travel",
        ),
        (
            "do I need a visa? is there an extra charge for my husband in the room?",
            "booked",
            "travel",
        ),
        ("havalimanından transfer dahil mi, annem için ekstra ücret var mı", "quoted", "travel"),
        (
            "does LASIK work with thin corneas? are the check-ups included in the price?",
            "enquiry",
            "treatment_enquiry",
        ),
        # a price asked outright or first stays the price
        ("burun estetiği için fiyat verebilir misiniz, otel dahil mi", "enquiry", "price_quote"),
        ("le prix pour une greffe de 3000 greffons, tout compris ?", "enquiry", "price_quote"),
        # a discount asked is a price question
        (
            "my friend and I both want veneers, any discount if we come together? is the hotel included",
            "enquiry",
            "price_quote",
        ),
        # the question put before the price
        (
            "fiyattan önce şunu soracağım, diyabetim var, implant olur mu bende",
            "enquiry",
            "treatment_enquiry",
        ),
        (
            "before the price, one question: can you do implants if I smoke?",
            "enquiry",
            "treatment_enquiry",
        ),
        # Turkish bare "ne kadar" is the price, with the instalments beside it
        ("zirkonyum kaplama ne kadar 20 diş, taksit yapıyor musunuz", "enquiry", "price_quote"),
    ],
)
def test_the_ask_decides_the_intent(text: str, stage: str, intent: str) -> None:
    assert_intent_by_the_rules(text, stage, intent)


def test_tickets_cheaper_beside_a_date_stay_an_appointment() -> None:
    result = triage(
        "can we move the operation two days earlier? the flights are cheaper then",
        stage="booked",
        learned=False,
    )
    assert result.intent == "appointment", result


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "salam, bghit nakhod rendez-vous l consultation dial greffe, wach kayna chi blasa nhar 12?",
            "ar",
        ),
        ("salam 3afak wach l hotel dial la clinique mzyan? bghit nbook 3 nuits", "ar"),
        ("bonjour, je voudrais un rendez-vous pour une consultation de greffe le 12", "fr"),
        ("I need to dial the clinic, is there a daily shuttle on the 12th?", "en"),
    ],
)
def test_darija_in_latin_letters_is_arabic(text: str, language: str) -> None:
    assert detect(text).language == language, text


def test_a_held_sign_beside_a_plan_is_not_routine() -> None:
    assert_not_routine_by_the_rules(
        "my flight is on friday, the wound opened a little and clear fluid comes out"
    )


# Red flags dev26 showed only the learned detector seeing: now in the catalogue's own words.
@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # NHS 'Stroke' (FAST): the mouth pulled to one side, the words not found
        ("augmentation il y a 3 jours, ma bouche tire d'un côté depuis ce matin", "stroke_signs"),
        (
            "since lunch I have trouble finding my words, my mouth pulled to one side",
            "stroke_signs",
        ),
        ("seit heute finde ich die Wörter nicht, der Mund ist nach links verzogen", "stroke_signs"),
        ("bugün kelimeleri bulamıyorum, ağzım bir yana kaydı", "stroke_signs"),
        ("с утра не могу подобрать слова, рот перекосило", "stroke_signs"),
        ("من الصبح ما اقدر الاقي الكلمات وتمي مايل على جنب", "stroke_signs"),
        # ENT UK: a purple bulge seen inside the nose is a septal haematoma
        (
            "nose job 5 days ago, both sides stuffy, and with a torch I can see a purple bulge in the middle",
            "septal_haematoma",
        ),
        (
            "Nasen-OP vor 4 Tagen, mit der Taschenlampe sehe ich innen eine lila Beule",
            "septal_haematoma",
        ),
        ("rhinoplastie J4 : dans le nez je vois une boule violette au milieu", "septal_haematoma"),
        ("burun ameliyatı 4 gün önce, içeride mor bir şişlik görüyorum", "septal_haematoma"),
        ("после ринопластики в носу вижу фиолетовую шишку посередине", "septal_haematoma"),
        ("بعد عملية الانف شفت جوا خشمي انتفاخ بنفسجي بالنص", "septal_haematoma"),
        # little urine told of a daughter or a husband
        ("my daughter had the sleeve, she is peeing very little and it's dark", "low_urine_output"),
        ("ma fille a eu la sleeve, elle fait très peu pipi depuis hier", "low_urine_output"),
        ("муж после операции почти не писает со вчера", "low_urine_output"),
        ("بنتي بعد التكميم بتبول قليل من امبارح", "low_urine_output"),
        # Darija: "I no longer see" with the operated eye
        ("drt l3amaliya dial l3in, daba ma b9itch kanchouf b l3in limniya", "vision_loss"),
    ],
)
def test_a_red_flag_only_the_learned_detector_saw_is_in_the_catalogue(text: str, flag: str) -> None:
    assert_urgent(text, flag)


@pytest.mark.parametrize(
    "text",
    [
        "augmentation il y a 3 jours, je n'arrive pas à lever les bras au-dessus de la tête, c'est normal ?",
        "breast augmentation 2 days ago, can't lift my arms above my head yet, is that normal?",
        "nose job 5 days ago, both sides stuffy, a bit of purple bruising under the eyes",
        "rhinoplastie J4 : le nez est bouché, des bleus violets sous les yeux, c'est normal ?",
        "après la sleeve je fais pipi normalement, je bois 1,5 litre",
        "drt l3amaliya dial l3in, kanchouf mzyan daba, ghir chwiya dial dmou3",
    ],
)
def test_the_expected_course_beside_them_pages_nobody(text: str) -> None:
    assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize(
    ("text", "stage", "intent"),
    [
        # the operation brought forward is a booking; the balance paid earlier stays a payment
        (
            "Je peux avancer la date de ma greffe ? je suis inscrite pour le 3 juin",
            "booked",
            "appointment",
        ),
        ("c'est possible d'avancer le paiement du solde avant l'arrivée ?", "booked", "payment"),
        # "can I have it done?" asked of oneself, a treatment named without its article
        ("عندي ضغط، اقدر اسوي تكميم عندكم؟", "enquiry", "treatment_enquiry"),
        ("كم سعر زراعة اسنان كاملة؟", "enquiry", "price_quote"),
    ],
)
def test_a_date_brought_forward_and_can_i_have_it_done(text: str, stage: str, intent: str) -> None:
    assert_intent_by_the_rules(text, stage, intent)


@pytest.mark.parametrize(
    "text",
    [
        # tender only when pressed, weeks after, with a care question: the expected course
        "rhinoplasty 2 weeks ago, no bleeding, it only hurts when I press on it. when can I wear glasses?",
        "Nasen-OP vor 2 Wochen, tut nur weh wenn ich drücke, wann darf ich in die Sauna?",
        "rhinoplastie il y a 2 semaines, ça fait mal seulement quand j'appuie, je peux mettre mes lunettes ?",
        "burun ameliyatı 2 hafta önce, bastırınca biraz ağrıyor, gözlük ne zaman takabilirim?",
        "нос 2 недели, болит только если надавить, когда можно носить очки?",
        "عملية الانف قبل اسبوعين، يوجع بس لما اضغط، متى البس نظارة؟",
    ],
)
def test_tender_only_when_pressed_is_the_expected_course(text: str) -> None:
    result = triage(text, stage="post_op", learned=False)
    assert result.urgency == "routine", (text, result)


@pytest.mark.parametrize(
    "text",
    [
        "rhinoplasty 2 weeks ago, it hurts all the time and is getting worse, when can I wear glasses?",
        "нос 2 недели, болит постоянно, даже ночью, когда можно носить очки?",
    ],
)
def test_pain_at_rest_is_still_seen(text: str) -> None:
    assert_not_routine_by_the_rules(text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        (
            "tummy tuck 5 days ago, my calf hurts when I touch it and it's swollen",
            "calf_pain_swelling",
        ),
        ("implant 3 days ago, the gum hurts when I press and there is pus coming out", "pus"),
    ],
)
def test_a_red_flag_tender_to_the_touch_stays_urgent(text: str, flag: str) -> None:
    assert_urgent(text, flag)


@pytest.mark.parametrize(
    "text",
    [
        # where or by whom the stitches come out, every sign denied: the aftercare answers it
        "tummy tuck 10 days ago, no fever, no redness. can my GP take the stitches out at home?",
        "Implantate vor 8 Tagen, keine Schwellung mehr, kein Fieber. Kann mein Zahnarzt die Fäden ziehen?",
        "lifting J10, pas de fièvre, pas de rougeur. mon médecin peut retirer les fils ?",
        "yüz germe 10 gün önce, ateş yok kızarıklık yok, dikişleri kendi doktorum alabilir mi?",
        "подтяжка 10 дней назад, температуры нет, покраснения нет. может мой врач снять швы дома?",
        "شد البطن قبل ١٠ ايام، ما عندي حرارة ولا احمرار، ممكن دكتوري يفك الغرز؟",
    ],
)
def test_a_question_about_taking_the_stitches_out_is_routine(text: str) -> None:
    result = triage(text, stage="post_op", learned=False)
    assert result.urgency == "routine", (text, result)


@pytest.mark.parametrize(
    "text",
    [
        "tummy tuck 10 days ago, there is a small opening by the navel with clear fluid, can my GP take the stitches out?",
        "Bauchstraffung vor 10 Tagen, an der Naht ist eine kleine Stelle aufgegangen, kann mein Hausarzt die Fäden ziehen?",
    ],
)
def test_the_stitches_asked_beside_an_opening_are_seen_today(text: str) -> None:
    assert_soon_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        # HFEA 'Egg collection': cramps like a period and light spotting, with a care question
        "egg collection yesterday, crampy like period pain and a little spotting, no fever. when can I go swimming?",
        "Punktion gestern, ziehen im Unterbauch wie bei der Periode, leichte Schmierblutung, kein Fieber. Wann darf ich schwimmen?",
        "ponction hier, des crampes comme des règles et un peu de saignement, pas de fièvre. je peux aller à la piscine ?",
        "dün yumurta toplama oldu, adet sancısı gibi ağrı ve biraz lekelenme var, ateş yok. ne zaman yüzebilirim?",
        "после пункции вчера тянет внизу как при месячных, немного мажет, температуры нет. в бассейн через неделю можно?",
        "после пункции немного тянет внизу, как при месячных, одышки нет. можно завтра на работу?",
        "سحب البويضات امس، مغص زي الدورة وتنقيط خفيف، ما في حرارة. متى اقدر انزل المسبح؟",
    ],
)
def test_period_like_cramps_after_an_egg_collection_are_the_expected_course(text: str) -> None:
    result = triage(text, stage="post_op", learned=False)
    assert result.urgency == "routine", (text, result)


@pytest.mark.parametrize(
    "text",
    [
        "egg collection yesterday, cramps like period pain but very strong and getting worse, when can I swim?",
        "после пункции боль как при месячных, но очень сильная и живот раздувается",
    ],
)
def test_strong_or_growing_cramps_are_still_seen(text: str) -> None:
    assert_not_routine_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        # a little tired in the first weeks, every warning sign denied, a diet question
        "تكميم قبل ١٠ ايام، ما عندي حرارة ولا ترجيع، بشرب منيح بس تعبانة شوي. متى بلش بالاكل المهروس؟",
        "sleeve 9 days ago, no fever, no vomiting, drinking well, just a bit tired. when can I start purees?",
        "Schlauchmagen vor 9 Tagen, kein Fieber, kein Erbrechen, trinke gut, nur etwas müde. Wann darf ich Brei essen?",
        "sleeve il y a 9 jours, pas de fièvre, pas de vomissements, je bois bien, juste un peu fatiguée. quand je peux manger des purées ?",
        "tüp mide 9 gün önce, ateş yok kusma yok, iyi içiyorum, sadece biraz yorgunum. püre ne zaman yiyebilirim?",
        "рукав 9 дней назад, температуры нет, рвоты нет, пью хорошо, немного устаю. когда можно пюре?",
    ],
)
def test_a_little_tired_after_a_sleeve_is_the_expected_course(text: str) -> None:
    result = triage(text, stage="post_op", learned=False)
    assert result.urgency == "routine", (text, result)


def test_weak_and_faint_after_a_sleeve_is_still_escalated() -> None:
    result = triage(
        "sleeve 9 days ago, I am very weak, can't keep water down and feel faint",
        stage="post_op",
        learned=False,
    )
    assert result.urgency == "urgent", result


def test_strong_weakness_is_still_seen() -> None:
    assert_not_routine_by_the_rules(
        "рукав 9 дней назад, сильная слабость, еле встаю, когда можно пюре?"
    )


@pytest.mark.parametrize(
    "text",
    [
        # "no real pain, more pressure" with a care question, every warning sign denied
        "Nasen-OP vor 10 Tagen, keine Blutung, kein Fieber, keine richtigen Schmerzen, eher Druck. Darf ich wieder Brille tragen?",
        "nose job 10 days ago, no bleeding, no fever, no real pain, more pressure than pain. when can I wear glasses?",
        "rhinoplastie J10, pas de saignement, pas de fièvre, pas vraiment mal, plutôt une pression. je peux porter mes lunettes ?",
    ],
)
def test_pressure_instead_of_pain_is_the_expected_course(text: str) -> None:
    result = triage(text, stage="post_op", learned=False)
    assert result.urgency == "routine", (text, result)


def test_a_real_swelling_told_is_still_seen() -> None:
    assert_not_routine_by_the_rules(
        "Nasen-OP vor 10 Tagen, keine Schmerzen aber richtige Schwellung an der Wange, rot und heiß"
    )


@pytest.mark.parametrize(
    "text",
    [
        # Egyptian "I can't go to the toilet", counted in hours (NHS 'Urinary retention')
        "بعد عملية شد البطن من الصبح مش قادر ادخل الحمام خالص، بقالي ١٠ ساعات وبطني تحت مليانة",
        "بقالي ١٢ ساعة مش عارف اعمل حمام بعد العملية، هل ده طبيعي؟",
    ],
)
def test_no_toilet_for_hours_is_urine_held(text: str) -> None:
    """Found by the lead's retrain: the learned detector had carried a message of this kind
    (dev24), the rules held it only for a same-day look."""
    assert_urgent(text, "low_urine_output")


@pytest.mark.parametrize(
    "text",
    [
        # days without a bowel movement on painkillers, and a toilet needing help: not urine held
        "مش عارفة اعمل حمام من ٣ ايام بعد الشفط، ده امساك من المسكنات؟",
        "مش عارفة اعمل حمام لوحدي بسبب المشد، حد يساعدني؟ العملية كانت من ساعتين",
    ],
)
def test_a_toilet_question_over_days_or_for_help_is_not_urine_held(text: str) -> None:
    assert_not_urgent_by_the_rules(text)
