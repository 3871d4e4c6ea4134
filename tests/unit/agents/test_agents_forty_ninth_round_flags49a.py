# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The forty-ninth round's urgency fixes (flags49a, dev54): two red flags missed (one, told at
the enquiry stage, not even seen) and one same-day review escalated, each on our own phrasings in
six languages, each beside look-alikes that must behave the other way.

Escalated now: an operation told done days ago at another clinic ("I had my nose done 5 days
ago"), written to the clinic's enquiry number, with a red flag told beside it -- screened like a
post-op message in every stage (issue 10), and an English "worse" or "course" is no longer read
as the Turkish conditional "-rse" of a question about what could come; Arabizi breathlessness
("ma agdar atnafas", "nafasi ma7boos"), chest pain on breathing ("sadri yoja3ni lama atnafas")
and a racing heart ("galbi 120", "nabdi sarie3") after an operation (NHS 'Pulmonary embolism').
Held for the same day now, not escalated: a small bluish, dusky or purplish patch of skin at the
site -- behind the ear after a facelift (ASPS 'Facelift -- risks'); black, cold, spreading or a
mottled skin all over stays urgent.
"""

from __future__ import annotations

import pytest

from careflow_agents import redflags
from careflow_agents.triage import _Message, _told, triage
from tests.unit.agents import screening


def _reads(text: str, flag: str) -> bool:
    return _told(_Message(text), redflags.BY_ID[flag])[0]


# An operation told done days ago elsewhere, a red flag beside it, at the enquiry stage: urgent.
DONE_ELSEWHERE_FLAG: list[tuple[str, str]] = [
    (
        "hello, a friend gave me your number. I had my nose done 5 days ago somewhere else and"
        " they don't reply. since this morning clear fluid drips from my left nostril when I bend"
        " down and my headache is much worse standing up. can you help?",
        "csf_leak",
    ),
    (
        "got my nose done a week ago at another clinic. clear watery drip from one nostril when I"
        " bend over, salty taste, headache gets worse when I sit up. can you look at it even"
        " though I'm not your patient",
        "csf_leak",
    ),
    (
        "Ich habe mir vor 5 Tagen in einer anderen Klinik die Nase machen lassen, die antworten"
        " nicht mehr. Seit gestern tropft klare Flüssigkeit aus dem rechten Nasenloch, wenn ich"
        " mich vorbeuge, und der Kopfschmerz wird im Stehen schlimmer. Können Sie mir helfen?",
        "csf_leak",
    ),
    (
        "Je me suis fait refaire le nez il y a 5 jours dans une autre clinique, ils ne répondent"
        " plus. Depuis hier un liquide clair coule de ma narine droite quand je me penche, et"
        " j'ai mal à la tête debout qui passe allongée. Pouvez-vous m'aider ?",
        "csf_leak",
    ),
    (
        "5 gün önce başka bir klinikte burun ameliyatı oldum, cevap vermiyorlar. Dünden beri öne"
        " eğilince sağ burun deliğimden berrak su damlıyor, ayağa kalkınca baş ağrım artıyor."
        " Bana yardım edebilir misiniz?",
        "csf_leak",
    ),
    (
        "Мне 5 дней назад сделали ринопластику в другой клинике, они не отвечают. Со вчера из"
        " правой ноздри капает прозрачная жидкость, когда наклоняюсь, и голова болит сильнее"
        " стоя. Можете помочь?",
        "csf_leak",
    ),
    (
        "سويت عملية تجميل انف قبل 5 ايام في عيادة ثانية وما يردون علي. من امس ينزل ماء شفاف من"
        " فتحة انفي اليمين لما انحني، وعندي صداع يزيد لما اوقف. ممكن تساعدوني؟",
        "csf_leak",
    ),
]

# ... an old operation with no problem, a clinic not answering with no symptom, or a question
# asked before an operation of what could come: no red flag.
DONE_ELSEWHERE_QUIET: list[str] = [
    "I had a nose job 3 years ago elsewhere, I want a revision, no problems at all. how much"
    " would it cost?",
    "the other clinic is not answering me anymore, can you send me your prices for a revision"
    " rhinoplasty?",
    "will I get a headache after the operation? and will clear fluid drip from my nose?",
    "if the headache gets worse when I stand up after the rhinoplasty, what should I do?",
    "Ich hatte vor 3 Jahren eine Nasen-OP woanders, keine Probleme, ich möchte eine Korrektur."
    " Was kostet das?",
    "J'ai eu une rhinoplastie il y a 3 ans ailleurs, aucun problème, je voudrais une retouche."
    " Combien ?",
]

# The operation read as done from the message alone (any stage).
OPERATION_TOLD_DONE: list[str] = [
    "I had my nose done 4 days ago at a different clinic",
    "got my boobs done last week in Antalya",
    "5 days ago I had my tummy done",
    "je me suis fait refaire le nez il y a 4 jours",
    "il y a 6 jours je me suis fait opérer les paupières",
]

# ... not done: years ago is no recovery told, a wish, or a plan.
OPERATION_NOT_TOLD_DONE: list[str] = [
    "I want to get my nose done next month",
    "can I have my teeth done in one week?",
    "je voudrais me faire refaire le nez l'année prochaine",
]

# The Turkish conditional is a question of what could come; an English word ending in "-rse"
# is none.
CONDITIONAL: list[tuple[str, bool]] = [
    ("ameliyattan sonra kanama olursa ne yaparım?", True),
    ("ağrı artarsa hangi ilacı alayım?", True),
    ("yara kızarırsa ne yapmalıyım?", True),
    ("my headache gets worse when I stand up", False),
    ("of course I will bring my documents", False),
    ("the nurse told me to call you", False),
    ("my voice is hoarse since this morning", False),
]

# Arabizi: breathlessness, chest pain on breathing, a racing heart after an operation: urgent.
ARABIZI_PE: list[tuple[str, str]] = [
    (
        "mafi 7ararah, bas men el subu7 mu 2ader atnaffas zain w galbi 125, sawait shaft dehoon"
        " gabl 4 ayam",
        "breathing_difficulty",
    ),
    (
        "nafasi ma7boos men sa3tain w sadri yoja3ni kil ma at3annafas, 3amalt tajmeel bat7n gabl"
        " usbu3",
        "pulmonary_embolism_signs",
    ),
    (
        "ma fi 7arara wala wja3, bas nabdi sarie3 w dee2 nafas min el sob7",
        "pulmonary_embolism_signs",
    ),
    ("wja3 fi sadri lama atnafas, rje3t bel tayyara ams", "pulmonary_embolism_signs"),
    ("mish gadra atnafas zain men el leil, 3amalt takbeer sadr", "breathing_difficulty"),
    ("galbi 130 w ma a2dar atnaffas, el 3amaliya kanat gabl 3 ayam", "pulmonary_embolism_signs"),
]

# ... the breath, the chest or the heart denied or told fine: not escalated.
ARABIZI_QUIET: list[str] = [
    "ma 3andi ay di2 nafas w el jar7 ndeef, bas a3raf mata afik el rebat?",
    "nafasi tamam w galbi 3adi, el jar7 ndeef, mata aghsil?",
    "ma 3andi 7arara w la wja3 fi sadri, bas el tawarrum shway, hatha tabee3i?",
    "sadri ma yoja3ni w nafasi zain, bas el ghurz ti7ik",
    "ma fi di2 nafas wala wja3, bas el tawarrum shway",
]

# ... asked in general before an operation: no red flag.
ARABIZI_ASKED: list[str] = [
    "galbi ysra3 lama at7arak, hal a9dar asawi takbeer sadr?",
    "3indi rabw, hal a2dar asawi 3amaliya? ahyanan nafasi ysee2 shway lama arkud",
]

# A small bluish, dusky or purplish patch of skin at the site: soon, not escalated.
DUSKY_PATCH: list[str] = [
    "day 6 after my facelift: behind my left ear there's a small dusky purplish patch of skin,"
    " about 1 cm, no pain, no smell. everything else heals well. should someone see it?",
    "facelift day 5, a small patch of skin behind the ear looks bluish, about a centimetre,"
    " doesn't hurt. rest is fine",
    "Tag 6 nach dem Facelift: hinter dem rechten Ohr ist eine kleine bläulich verfärbte Stelle"
    " der Haut, etwa 1 cm, tut nicht weh, riecht nicht. Sonst heilt alles gut. Soll das jemand"
    " ansehen?",
    "J6 après mon lifting : derrière l'oreille droite, une petite zone violacée de la peau,"
    " environ 1 cm, pas douloureuse, pas d'odeur. Le reste cicatrise bien. Faut-il la montrer ?",
    "yüz germenin 6. günü, sağ kulağımın arkasında derimde 1 cm kadar morumsu bir leke çıktı,"
    " ağrımıyor, koku yok. Gerisi iyi iyileşiyor. Birine göstermeli miyim?",
    "Шестой день после подтяжки лица: за левым ухом небольшое синюшное пятно на коже, около 1"
    " см, не болит. Остальное в порядке. Нужно показать?",
    "اليوم السادس بعد شد الوجه، ظهرت بقعة زرقاء صغيرة في الجلد ورا اذني حوالي 1 سم، ما توجع"
    " وما فيها ريحة. الباقي يلتئم كويس. لازم احد يشوفها؟",
]

# ... mottled or bluish skin all over with fever or confusion, or the patch black, cold or
# spreading: urgent stays (the flag named).
DUSKY_URGENT: list[tuple[str, str]] = [
    ("the skin on her legs is mottled and bluish, she has a fever and is confused", "sepsis_signs"),
    ("кожа синюшная и мраморная, температура 39, знобит", "sepsis_signs"),
    ("la peau des jambes est marbrée et violacée, fièvre, elle est confuse", "sepsis_signs"),
    ("derisi alaca ve morumsu görünüyor, ateşi var, bilinci bulanık", "sepsis_signs"),
    ("the dusky patch behind my ear is turning black and is cold to the touch", "skin_necrosis"),
    ("тёмное синюшное пятно за ухом растёт и стало холодным", "skin_necrosis"),
    ("la zone violacée derrière l'oreille s'étend et devient noire", "skin_necrosis"),
    ("Die bläuliche Stelle hinter dem Ohr wird größer und ist kalt", "skin_necrosis"),
]

# ... the patch denied, or a bruise: not this review.
DUSKY_NOT_THE_REVIEW: list[str] = [
    "no dusky patches anywhere, the skin behind the ear is pink, when can I wash my hair?",
    "keine bläuliche Stelle hinter dem Ohr, alles rosig, wann darf ich duschen?",
    "kulağımın arkasında morumsu leke yok, her şey pembe, ne zaman yıkanabilirim?",
    "синюшных пятен за ухом нет, всё розовое, когда можно мыть голову?",
    "ما في بقعة زرقاء ورا اذني، كله وردي، متى اغسل شعري؟",
    "day 6 after facelift, a purple bruise behind my ear, turning yellow at the edges, is that ok?",
    "kulağımın arkasında morluk var, sararmaya başladı, normal mi?",
]


@pytest.mark.parametrize(("text", "flag"), DONE_ELSEWHERE_FLAG)
def test_an_operation_done_elsewhere_with_a_red_flag_is_escalated_at_the_enquiry_stage(
    text: str, flag: str
) -> None:
    result = triage(text, stage="enquiry", has_treatment=False)
    assert (result.intent, result.urgency) == ("post_op_concern", "urgent"), (text, result)
    assert flag in result.red_flags, (text, result.red_flags)


@pytest.mark.parametrize("text", DONE_ELSEWHERE_QUIET)
def test_an_old_operation_or_a_question_before_one_is_not_escalated(text: str) -> None:
    result = triage(text, stage="enquiry", has_treatment=False)
    assert result.urgency == "routine", (text, result)
    assert not result.red_flags, (text, result.red_flags)


@pytest.mark.parametrize("text", OPERATION_TOLD_DONE)
def test_the_operation_told_done_is_read(text: str) -> None:
    assert _Message(text).any("operated"), text


@pytest.mark.parametrize("text", OPERATION_NOT_TOLD_DONE)
def test_an_operation_wished_or_planned_is_not_read_done(text: str) -> None:
    assert not _Message(text).any("operated"), text


@pytest.mark.parametrize(("text", "conditional"), CONDITIONAL)
def test_the_turkish_conditional_and_not_an_english_rse(text: str, conditional: bool) -> None:
    message = _Message(text)
    folded = message.views.folded
    ends = [folded[s:e] for s, e in message.spans("hypothetical", "folded")]
    assert any(cue.endswith(("rse", "rsa")) for cue in ends) is conditional, (text, ends)


@pytest.mark.parametrize(("text", "flag"), ARABIZI_PE)
def test_arabizi_breathlessness_chest_pain_or_racing_heart_is_urgent(text: str, flag: str) -> None:
    screening.assert_urgent(text, flag)


@pytest.mark.parametrize("text", ARABIZI_QUIET)
def test_arabizi_breath_chest_or_heart_denied_is_not_escalated(text: str) -> None:
    screening.assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize("text", ARABIZI_ASKED)
def test_arabizi_asked_before_an_operation_is_not_escalated(text: str) -> None:
    result = triage(text, stage="enquiry", has_treatment=False)
    assert result.urgency != "urgent", (text, result)


@pytest.mark.parametrize("text", DUSKY_PATCH)
def test_a_small_dusky_patch_at_the_site_is_seen_today(text: str) -> None:
    screening.assert_soon_by_the_rules(text)
    assert _reads(text, "skin_patch_review"), text
    result = triage(text, stage="post_op", learned=False)
    assert result.intent == "post_op_concern"
    assert "sepsis_signs" not in result.red_flags
    assert "skin_necrosis" not in result.red_flags


@pytest.mark.parametrize(("text", "flag"), DUSKY_URGENT)
def test_mottled_skin_or_a_black_cold_spreading_patch_stays_urgent(text: str, flag: str) -> None:
    screening.assert_urgent(text, flag)


@pytest.mark.parametrize("text", DUSKY_NOT_THE_REVIEW)
def test_the_patch_denied_or_a_bruise_is_not_the_review(text: str) -> None:
    assert not _reads(text, "skin_patch_review"), text
    screening.assert_not_urgent_by_the_rules(text)
