# ruff: noqa: RUF001, RUF002 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The thirty-fourth round's general fixes for urgency (issue 10, dev38 and dev39), each on our
own phrasings in six languages, not dev38's or dev39's, each beside a look-alike that must behave
the other way.

What nobody would have paged: a faint told in Arabizi ("6a7at w kant mo wa3ya", "oghmi
3alayha"; NHS 'Fainting'), bleeding told "не переставая" or "без остановки" in Russian (NHS
'Recovering from an operation': bleeding that will not stop), and lip and chin numbness told
from "since yesterday" with a burning pain in it after lower implants (Renton & Yilmaz, BDJ
2012; Renton et al., 'Post-implant neuropathy of the trigeminal nerve', BDJ 2012: neuropathic
pain marks the worse injury, the implant out within 30 hours).
What paged the on-call needlessly: salt water named as the rinse ("tuzlu su ile yıkayabilir
miyim") read as a salty CSF drip; "without them I see nothing" of one's glasses read as vision
loss; breasts "hard as concrete" told by a pronoun read as a board-hard belly; a bloated belly
after an egg collection with breathing and urine both told normal (RCOG Green-top No. 5: mild or
moderate OHSS, the same day); one side "a bit" bigger with the hardness and pain denied, or
growing slowly over days (ASPS: an expanding haematoma swells within hours); a French "ça
suinte un peu, liquide clair" and a stitch ("un point") that opened, read as pus and a CSF leak.
A gap in the complaint net: Gulf "الزرعة" (the implant) was no body word, so a loose healing cap
was answered routine.
"""

from __future__ import annotations

import pytest

from tests.unit.agents.screening import (
    assert_not_read_as,
    assert_not_routine_by_the_rules,
    assert_routine_by_the_rules,
    assert_soon_by_the_rules,
    assert_urgent,
)


@pytest.mark.parametrize(
    "text",
    [
        "3amalat 3amaliya ams, el7een 6a7at fel ma6bakh w kant mo wa3ya daqiqa",
        "ukhti ta7at ba3d el 3amaliya w ma kanat wa3ya shway, wajhha abyadh",
        "oghmi 3alayha marteen el yom ba3d sa7b el bwayd",
        "ghabat 3an el wa3i fel 7amam, shno nsawi",
        "abooy fa2ad el wa3i ba3d ma gam men el sarir",
        "yesterday's operation: she fell in the bathroom and was not conscious for a moment",
        "Kollabiert im Bad nach der OP, sie war kurz nicht ansprechbar",
        "elle est tombée dans la salle de bain et n'était plus consciente un moment",
        "banyoda düştü ve bir an bilinci yoktu",
        "упала в ванной и была без сознания минуту",
        "طاحت في الحمام وكانت فاقدة الوعي شوي",
    ],
)
def test_a_faint_told_in_arabizi_escalates(text: str) -> None:
    assert_urgent(text, "fainting")


@pytest.mark.parametrize(
    "text",
    [
        "el laz8a 6a7at men el jar7 el yom, a7ot wa7da jdeeda?",
        "6a7at men el daraj shway bas kanat wa3ya w kelshi tamam, ma fi alam",
        "ana mo wa3ya eish el dawa el sa7ee7, mata akhodh el mosakkin?",
        "the plaster fell off in the night, I was not conscious of it until morning",
    ],
)
def test_a_fall_without_a_faint_in_arabizi_is_no_faint(text: str) -> None:
    assert_not_read_as(text, "fainting")


@pytest.mark.parametrize(
    "text",
    [
        "кровь из лунки идёт не переставая с обеда",
        "вторые сутки после операции, кровь течёт без остановки из шва",
        "krov iz nosa idet ne perestavaya uzhe chas",
        "кровь сочится беспрерывно, салфетки меняю",
        "the socket has been bleeding non-stop since lunch",
        "die Wunde blutet ununterbrochen seit dem Mittag",
        "ça saigne sans arrêt depuis midi",
        "öğleden beri durmadan kanıyor",
        "الدم من الجرح ما وقف من الظهر",
    ],
)
def test_bleeding_told_not_stopping_escalates(text: str) -> None:
    assert_urgent(text, "heavy_bleeding")


@pytest.mark.parametrize(
    "text",
    [
        "крови нет, не переставая течёт слюна, это нормально?",
        "кровь уже не идёт, только слюна розовая",
    ],
)
def test_no_bleeding_beside_not_stopping_is_no_bleed(text: str) -> None:
    assert_not_read_as(text, "heavy_bleeding")


@pytest.mark.parametrize(
    "text",
    [
        "lower implants 3 days ago, since yesterday my lower lip and chin are completely numb and it burns at times",
        "Implantate unten vor 3 Tagen, seit gestern sind Unterlippe und Kinn taub und es brennt ab und zu",
        "implants en bas il y a 3 jours, depuis hier ma lèvre et mon menton sont insensibles et ça brûle parfois",
        "3 gün önce alt implant, dünden beri alt dudağım ve çenem uyuşuk, arada yanıyor",
        "импланты внизу 3 дня назад, со вчера нижняя губа и подбородок онемели, иногда жжёт",
        "زرعة تحت من ثلاث ايام، من امس شفتي وذقني مخدرة وتحرق احيانا",
    ],
)
def test_lasting_lip_numbness_with_a_burning_pain_escalates(text: str) -> None:
    assert_urgent(text, "nerve_injury_numbness")


@pytest.mark.parametrize(
    "text",
    [
        "lower implants 3 days ago, since yesterday my lower lip and chin are numb",
        "Implantate unten vor 3 Tagen, seit gestern sind Unterlippe und Kinn taub",
        "implants en bas il y a 3 jours, depuis hier ma lèvre et mon menton sont insensibles",
        "3 gün önce alt implant, dünden beri alt dudağım ve çenem uyuşuk",
        "импланты внизу 3 дня назад, со вчера нижняя губа и подбородок онемели",
        "زرعة تحت من ثلاث ايام، من امس شفتي وذقني مخدرة",
    ],
)
def test_lasting_lip_numbness_alone_is_the_same_day_review(text: str) -> None:
    assert_soon_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "no bleeding, the nose is blocked with dried blood inside, can I rinse it with salty water?",
        "kein Blut, die Nase ist zu, darf ich sie mit salzigem Wasser spülen?",
        "pas de saignement, le nez est bouché, je peux le rincer à l'eau salée ?",
        "kanama yok, burnum tıkalı, tuzlu su ile yıkayabilir miyim",
        "крови нет, нос заложен, можно промывать солёной водой?",
        "ما في دم، خشمي مسدود، اقدر اغسله بماي مالح؟",
    ],
)
def test_salt_water_as_the_rinse_is_no_csf_leak(text: str) -> None:
    assert_not_read_as(text, "csf_leak")


@pytest.mark.parametrize(
    "text",
    [
        "salty clear water drips from my nose when I bend forward",
        "aus der Nase tropft klare salzige Flüssigkeit, wenn ich mich bücke",
        "un liquide clair au goût salé coule du nez quand je me penche",
        "burnumdan tuzlu su gibi berrak sıvı damlıyor",
        "из носа капает солёная прозрачная жидкость",
        "ينزل من خشمي ماي شفاف طعمه مالح",
    ],
)
def test_a_salty_clear_drip_from_the_nose_still_escalates(text: str) -> None:
    assert_urgent(text, "csf_leak")


@pytest.mark.parametrize(
    "text",
    [
        "when can I wear my glasses again? without them I see nothing",
        "wann darf ich die Brille wieder tragen? ohne sie sehe ich nichts",
        "quand puis-je remettre mes lunettes ? sans elles je ne vois rien",
        "gözlük ne zaman? onsuz hiçbir şey göremiyorum",
        "когда можно носить очки? без них ничего не вижу",
        "متى البس نظارتي؟ بدونها ما اشوف شي",
    ],
)
def test_not_seeing_without_ones_glasses_told_by_a_pronoun_is_no_vision_loss(text: str) -> None:
    assert_not_read_as(text, "vision_loss")


@pytest.mark.parametrize(
    "text",
    [
        "even with my glasses on I see nothing out of the left eye since this morning",
        "когда можно носить очки? с утра левым глазом ничего не вижу",
    ],
)
def test_vision_lost_beside_glasses_still_escalates(text: str) -> None:
    assert_urgent(text, "vision_loss")


@pytest.mark.parametrize(
    "text",
    [
        "Die sind steinhart wie Beton und sitzen ganz oben, Brust-OP vor 5 Tagen",
        "ils sont durs comme de la pierre et très hauts, augmentation mammaire il y a 5 jours",
        "они твёрдые как камень и сидят высоко, увеличение груди 5 дней назад",
        "they're hard as a rock and sit high, breast op 5 days ago",
        "taş gibi sertler ve yukarıdalar, 5 gün önce göğüs ameliyatı",
        "صاروا زي الحجر وعالين، عملية صدر من خمس ايام",
    ],
)
def test_implants_hard_as_stone_told_by_a_pronoun_are_no_rigid_belly(text: str) -> None:
    assert_not_read_as(text, "vomiting_abdominal")


@pytest.mark.parametrize(
    "text",
    [
        "Brust-OP vor 5 Tagen, seit heute ist alles steinhart und ich muss ständig erbrechen",
        "augmentation mammaire il y a 5 jours, depuis ce matin le ventre est dur comme du bois",
        "живот твёрдый как доска, операция на груди 5 дней назад",
    ],
)
def test_a_board_hard_belly_still_escalates(text: str) -> None:
    assert_urgent(text, "vomiting_abdominal")


@pytest.mark.parametrize(
    "text",
    [
        "egg collection yesterday, belly bloated, more than this morning, no shortness of breath, peeing normally",
        "Punktion gestern, Bauch aufgebläht, mehr als heute früh, keine Atemnot, Wasserlassen normal",
        "ponction hier, ventre ballonné, plus que ce matin, pas essoufflée, j'urine normalement",
        "yumurta toplama dün, karnım çok şiş, nefes darlığı yok, idrarım normal",
        "пункция вчера, живот вздут, одышки нет, мочусь нормально",
        "سحب البويضات امس، بطني منفوخ اكثر من الصبح، ما عندي ضيق نفس والبول طبيعي",
    ],
)
def test_a_bloated_belly_with_breath_and_urine_normal_is_no_severe_ohss(text: str) -> None:
    assert_not_read_as(text, "ohss_abdomen")


@pytest.mark.parametrize(
    "text",
    [
        "egg collection yesterday, belly bloated and tight as a drum, no shortness of breath, peeing normally",
        "Punktion gestern, Bauch aufgebläht und gespannt wie eine Trommel, keine Atemnot, Wasserlassen normal",
        "ponction hier, ventre ballonné et tendu comme un tambour, pas essoufflée, j'urine normalement",
        "yumurta toplama dün, karnım davul gibi gergin, nefes darlığı yok, idrarım normal",
        "пункция вчера, живот вздут и напряжён как барабан, одышки нет, мочусь нормально",
        "سحب البويضات امس، بطني منفوخ ومشدود زي الطبل، ما عندي ضيق نفس والبول طبيعي",
    ],
)
def test_a_tight_drum_belly_still_escalates(text: str) -> None:
    assert_urgent(text, "ohss_abdomen")


@pytest.mark.parametrize(
    "text",
    [
        "the left breast is a bit bigger than the right, not hard, not painful, not red",
        "die linke Brust ist etwas dicker als die rechte, nicht hart, nicht rot, kein Fieber",
        "le sein gauche est un peu plus gros, pas dur, pas rouge",
        "sol göğsüm biraz daha büyük, sert değil, kızarık değil",
        "левая грудь немного больше, не твёрдая, не красная",
        "صدري اليسار اكبر شوي، مو قاسي ومو احمر",
        "facelift 6 days ago, the right cheek has slowly got bigger over two days, no trouble breathing",
        "Facelift vor 6 Tagen, die linke Wange wird seit 2 Tagen langsam dicker, Atmen ok",
    ],
)
def test_one_side_a_bit_or_slowly_bigger_with_hardness_denied_is_no_haematoma(text: str) -> None:
    assert_not_read_as(text, "breast_haematoma")


@pytest.mark.parametrize(
    "text",
    [
        "the left breast is a bit bigger than the right and now hard and very painful",
        "die linke Brust ist etwas dicker als die rechte und jetzt hart und prall",
        "le sein gauche est un peu plus gros et maintenant dur et tendu",
        "sol göğsüm biraz daha büyük ve taş gibi sert",
        "левая грудь немного больше и очень твёрдая",
        "صدري اليسار اكبر شوي وقاسي جدا",
        "Facelift vor 6 Tagen, die linke Wange wird langsam dicker und jetzt hart und prall",
    ],
)
def test_one_side_bigger_and_hard_still_escalates(text: str) -> None:
    assert_urgent(text, "breast_haematoma")


@pytest.mark.parametrize(
    "text",
    [
        "derrière l'oreille un point s'est ouvert, ça suinte un peu, liquide clair, pas d'odeur",
        "la cicatrice suinte légèrement : c'est clair, pas de fièvre",
        "behind the ear a stitch opened, it weeps a little, clear fluid, no smell",
        "hinter dem Ohr ist ein Faden aufgegangen, es nässt ein bisschen, klar, kein Geruch",
        "kulağın arkasında bir dikiş açıldı, biraz sızıyor, berrak, koku yok",
        "за ухом разошёлся шов, немного сочится прозрачная жидкость, запаха нет",
    ],
)
def test_a_stitch_weeping_a_little_clear_fluid_is_neither_pus_nor_csf(text: str) -> None:
    assert_not_read_as(text, "pus")
    assert_not_read_as(text, "csf_leak")


@pytest.mark.parametrize(
    "text",
    [
        "derrière l'oreille un point s'est ouvert, ça suinte, c'est jaune et ça sent mauvais",
    ],
)
def test_a_yellow_smelling_ooze_still_escalates(text: str) -> None:
    assert_urgent(text, "pus")


@pytest.mark.parametrize(
    "text",
    [
        "الغطا اللي فوق الزرعة يتحرك شوي لما اكل",
        "الزرعه تتحرك لما اعض",
        "the cap on top of my implant wobbles a little when I chew",
        "die Kappe auf dem Implantat wackelt beim Kauen",
        "le capuchon sur l'implant bouge un peu quand je mâche",
        "формирователь на импланте шатается, когда жую",
    ],
)
def test_an_implant_or_its_cap_moving_is_seen_the_same_day(text: str) -> None:
    assert_soon_by_the_rules(text)


def test_an_implant_told_steady_is_routine() -> None:
    assert_routine_by_the_rules("الزرعة ثابتة وما فيها شي، متى اقدر اكل اكل عادي؟")


@pytest.mark.parametrize(
    "text",
    [
        "day 9 after rhinoplasty, no fever, no pain, just dried blood inside the nose in the mornings, can I rinse it?",
        "Tag 9 nach der Nasen-OP, kein Fieber, keine Schmerzen, nur getrocknetes Blut in der Nase morgens, darf ich spülen?",
        "J9 après la rhinoplastie, pas de fièvre, pas de douleur, juste du sang séché dans le nez le matin, je peux rincer ?",
        "ateş yok ağrı yok, sabahları burnumda kurumuş kan oluyor, yıkayabilir miyim",
        "температуры нет, боли нет, по утрам в носу засохшая кровь, можно промывать?",
        "ما عندي حرارة ولا الم، بس الصبح في دم ناشف في خشمي، اقدر اغسله؟",
    ],
)
def test_dried_blood_in_the_nose_is_the_expected_course(text: str) -> None:
    assert_routine_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "day 9 after rhinoplasty, no fever, but fresh blood drips from the nose every morning, can I rinse it?",
        "Tag 9 nach der Nasen-OP, kein Fieber, aber morgens tropft frisches Blut aus der Nase, darf ich spülen?",
        "J9 après la rhinoplastie, pas de fièvre, mais du sang frais coule du nez le matin, je peux rincer ?",
        "ateş yok ama sabahları burnumdan taze kan damlıyor, yıkayabilir miyim",
        "температуры нет, но по утрам из носа капает свежая кровь, можно промывать?",
        "ما عندي حرارة بس الصبح ينزل دم من خشمي، اقدر اغسله؟",
    ],
)
def test_fresh_blood_from_the_nose_is_still_seen(text: str) -> None:
    assert_not_routine_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "egg collection two days ago, no fever, no shortness of breath, belly a bit bloated, is that normal?",
        "Punktion vor zwei Tagen, kein Fieber, keine Atemnot, Bauch etwas aufgebläht, ist das normal?",
        "ponction il y a deux jours, pas de fièvre, pas d'essoufflement, ventre un peu ballonné, c'est normal ?",
        "пункция позавчера, температуры нет, одышки нет, живот чуть вздут, это нормально?",
        # (the symptom table reads the Turkish and Arabic belly with its sign from the body word
        # on, before the "a bit": held `soon` until the forty-eighth round, whose ordinary sign
        # starts at the belly named before it, as in the four languages above)
        "yumurta toplama iki gün önce, ateş yok, nefes darlığı yok, karnım biraz şişkin, normal mi?",
        "سحب البويضات قبل يومين، ما في حرارة ولا ضيق نفس، بطني منفوخ شوي، طبيعي؟",
    ],
)
def test_a_belly_a_bit_bloated_after_egg_collection_is_the_expected_course(text: str) -> None:
    assert_routine_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "egg collection two days ago, no fever, but the belly is bloated and getting bigger by the hour, is that normal?",
        "Punktion vor zwei Tagen, kein Fieber, aber der Bauch ist aufgebläht und wird immer dicker, ist das normal?",
        "ponction il y a deux jours, pas de fièvre, mais le ventre gonfle de plus en plus, c'est normal ?",
        "yumurta toplama iki gün önce, ateş yok ama karnım davul gibi, normal mi?",
        "пункция позавчера, температуры нет, но живот вздут и растёт, это нормально?",
        "سحب البويضات قبل يومين، ما في حرارة بس بطني منفوخ ويكبر، طبيعي؟",
    ],
)
def test_a_belly_growing_after_egg_collection_is_still_seen(text: str) -> None:
    assert_not_routine_by_the_rules(text)
