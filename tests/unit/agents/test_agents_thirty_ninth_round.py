# ruff: noqa: RUF001, RUF002 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The thirty-ninth round's general fixes for urgency (issue 10, dev44), each on our own
phrasings in six languages, not dev44's, each beside a look-alike that must behave the other way.

What nobody would have seen: a lower lip and chin that "still" cannot be felt the day after lower
implants, "still" told first ("I still cant feel my lip", "до сих пор не чувствую губу", "hala
dudağımı hissetmiyorum", "لسه ما احس بشفتي", "je ne sens toujours pas ma lèvre", "ich spüre
immer noch meine Unterlippe nicht"), with the lip bitten unnoticed -- an inferior alveolar nerve
injury (Renton & Yilmaz, BDJ 2012); told in hours on the day itself it stays the anaesthetic, and
told days later without a bite it is the same-day review. What was escalated for nothing: both
breasts bruised, swollen and hard on day 3 told "both sides the same" (an expanding haematoma is
one side suddenly bigger, ASPS); a cheek still a little swollen beside a bruise on the chin read
as a swelling under the jaw (the chin is the bruise's place); "no infected crusts" whose negation
did not reach the crust; a little cloudy fluid at a liposuction port with a reading below 38 °C
and the patient otherwise well (NICE NG125, NHS 'Wound infection': a same-day review, not the
on-call -- a fever of 38, spreading redness or feeling unwell keeps it urgent). What a person
must see the same day: an implant's healing abutment fallen out, told with its name apart from
the verb ("the healing abutment (the little screw on top) ... came out").
"""

from __future__ import annotations

import pytest

from tests.unit.agents.screening import (
    assert_not_read_as,
    assert_not_urgent_by_the_rules,
    assert_routine_by_the_rules,
    assert_soon_by_the_rules,
    assert_urgent,
)


@pytest.mark.parametrize(
    "text",
    [
        "got two lower implants yesterday and I still cant feel my lip or chin on the right, I bit it at lunch and didnt even notice",
        "Gestern zwei Implantate unten. Ich spüre immer noch meine Unterlippe und das Kinn nicht, habe mir beim Frühstück auf die Lippe gebissen ohne es zu merken",
        "implants en bas hier, je ne sens toujours pas ma lèvre ni mon menton à gauche, je me suis mordu la lèvre sans le sentir",
        "dün alt implant yapıldı, hala dudağımı ve çenemi hissetmiyorum, yemekte dudağımı ısırdım fark etmedim",
        "вчера поставили импланты внизу, до сих пор не чувствую губу и подбородок слева, прикусила губу и не заметила",
        "ركبت زرعات تحت امس، لسه ما احس بشفتي ولا ذقني، عضيت شفتي وانا آكل وما حسيت",
    ],
)
def test_a_lip_still_not_felt_and_bitten_unnoticed_escalates(text: str) -> None:
    assert_urgent(text, "nerve_injury_numbness")


@pytest.mark.parametrize(
    "text",
    [
        "got two lower implants this morning, 3 hours later I still cant feel my lip or chin, is that ok",
        "zwei Implantate unten heute früh, seit 3 Stunden spüre ich immer noch meine Lippe nicht",
        "implants ce matin, depuis 3 heures je ne sens toujours pas ma lèvre",
        "bu sabah implant, 3 saattir hala dudağımı hissetmiyorum",
        "утром импланты, уже 3 часа до сих пор не чувствую губу",
        "زرعات الصبح، من ٣ ساعات لسه ما احس بشفتي",
    ],
)
def test_a_lip_still_numb_for_hours_on_the_day_is_the_anaesthetic(text: str) -> None:
    # the rules only: told as a complaint ("hissetmiyorum"), the Turkish one is still asked of
    # the learned detector, which escalates it -- the lead's retrain to judge
    assert_not_urgent_by_the_rules(text)
    assert_not_read_as(text, "nerve_injury_numbness")


@pytest.mark.parametrize(
    "text",
    [
        "lower implants 4 days ago, I still cant feel part of my lip on the left, no bites or burns",
        "Implantate unten vor 4 Tagen, ich spüre immer noch einen Teil der Unterlippe nicht",
        "implants en bas il y a 4 jours, je ne sens toujours pas une partie de ma lèvre",
        "4 gün önce alt implant, hala dudağımın bir kısmını hissetmiyorum",
        "импланты внизу 4 дня назад, до сих пор не чувствую часть губы",
        "زرعات تحت من ٤ ايام، لسه ما احس بجزء من شفتي",
    ],
)
def test_a_lip_still_numb_days_later_without_a_bite_is_seen_today(text: str) -> None:
    assert_soon_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "breast aug 3 days ago, my boobs are purple, swollen and rock hard and I cant feel my nipples, both sides look the same",
        "Brust-OP vor 3 Tagen, die Brüste sind blau, geschwollen und ganz hart, Brustwarzen taub, beide Seiten gleich",
        "augmentation il y a 3 jours, mes seins sont bleus, gonflés et très durs, je sens plus les tétons, pareil des deux côtés",
        "3 gün önce göğüs büyütme, göğüslerim mosmor, şiş ve çok sert, meme uçlarımı hissetmiyorum, iki taraf da aynı",
        "увеличение груди 3 дня назад, грудь синяя, опухшая и очень твёрдая, соски не чувствую, с обеих сторон одинаково",
        "تكبير صدر من ٣ ايام، صدري ازرق ومنفوخ وقاسي مرة والحلمات ما احس فيها، الجهتين نفس الشي",
    ],
)
def test_both_breasts_alike_bruised_and_hard_is_no_haematoma(text: str) -> None:
    assert_not_read_as(text, "breast_haematoma")
    assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "breast aug 3 days ago, both sides were the same but now the right one suddenly got way bigger and tight",
        "Brust-OP vor 3 Tagen, beide Seiten waren gleich, jetzt ist die rechte Brust plötzlich doppelt so groß und prall",
        "augmentation il y a 3 jours, c'était pareil des deux côtés mais le sein droit a gonflé d'un coup, très dur",
        "3 gün önce göğüs büyütme, iki taraf da aynıydı ama sağ göğsüm aniden büyüdü ve sertleşti",
        "увеличение груди 3 дня назад, с обеих сторон было одинаково, а теперь правая грудь резко стала больше и твёрдая",
        "تكبير صدر من ٣ ايام، الجهتين كانوا نفس الشي بس فجأة صدري اليمين صار اكبر من اليسار وقاسي",
    ],
)
def test_one_breast_suddenly_bigger_after_both_alike_stays_a_haematoma(text: str) -> None:
    assert_urgent(text, "breast_haematoma")


@pytest.mark.parametrize(
    "text",
    [
        "implants 3 days ago, no fever, swallowing fine, my cheek is still a bit puffy and the bruise under my chin has gone yellow",
        "Implantate vor 3 Tagen, kein Fieber, Schlucken geht gut, die Wange ist noch etwas geschwollen und der blaue Fleck am Kinn wird gelb",
        "implants il y a 3 jours, pas de fièvre, j'avale bien, la joue est encore un peu gonflée et le bleu sur le menton jaunit",
        "3 gün önce implant, ateş yok, yutkunmam normal, yanağım biraz şiş ve çenemdeki morluk sarardı",
        "импланты 3 дня назад, температуры нет, глотаю нормально, щека немного опухшая и синяк под подбородком желтеет",
        "زرعات من ٣ ايام، ما في حرارة، ابلع عادي، خدي شوي منتفخ والكدمة على الذقن صارت صفرا",
    ],
)
def test_a_bruise_on_the_chin_beside_a_swollen_cheek_is_no_airway_sign(text: str) -> None:
    assert_not_read_as(text, "airway_swallowing")
    assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "implants 3 days ago, my cheek is swollen and now it is spreading under my chin and it is hard to swallow",
        "Implantate vor 3 Tagen, die Schwellung geht jetzt unter das Kinn und den Hals runter",
        "implants il y a 3 jours, la joue gonflée et maintenant ça gonfle sous le menton, la gorge",
        "3 gün önce implant, yanağım şişti, şimdi şişlik boynuma indi",
        "импланты 3 дня назад, щека опухла, теперь отёк под подбородком и на шее",
        "زرعات من ٣ ايام، خدي منتفخ وهلا في تورم تحت الفك والرقبه",
    ],
)
def test_a_swelling_reaching_under_the_jaw_stays_urgent(text: str) -> None:
    assert_urgent(text, "airway_swallowing")


@pytest.mark.parametrize(
    "text",
    [
        "Haartransplantation Tag 11, keine Schmerzen, kein Schorf entzündet, keine Pickel. die transplantierten Haare fallen aus, ist das Shock Loss",
        "greffe J11, pas de douleur, pas de croûtes infectées, pas de boutons. les cheveux greffés tombent, c'est normal ?",
        "saç ekimi 11. gün, ağrı yok, kabuk iltihaplı değil, sivilce yok. ekilen saçlar dökülüyor, şok dökülme mi",
        "пересадка волос 11 день, боли нет, корочки не воспалены, прыщей нет. пересаженные волосы выпадают, это шоковое выпадение?",
        "زراعة شعر اليوم ١١، ما في الم، ما في قشور ملتهبة، ما في حبوب. الشعر المزروع قاعد يطيح، هذا تساقط طبيعي؟",
    ],
)
def test_crusts_denied_infected_are_no_pus(text: str) -> None:
    assert_not_read_as(text, "pus")
    assert_not_urgent_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "hair transplant day 11, no pain, but the crusts look infected and there is yellow pus on some",
        "Haartransplantation Tag 11, keine Schmerzen, aber die Krusten sind entzündet und es kommt gelber Eiter",
        "greffe J11, pas de douleur, mais les croûtes sont infectées avec du pus jaune",
        "saç ekimi 11. gün, ağrı yok ama kabuklar iltihaplı, sarı irin geliyor",
        "пересадка волос 11 день, боли нет, но корочки воспалились и идёт жёлтый гной",
        "زراعة شعر اليوم ١١، ما في الم بس القشور ملتهبة وفي صديد اصفر",
    ],
)
def test_crusts_told_infected_with_pus_stay_urgent(text: str) -> None:
    assert_urgent(text, "pus")


@pytest.mark.parametrize(
    "text",
    [
        "lipo 5 days ago, one of the port holes on my belly is red about 2cm around, a bit warm, a little cloudy fluid coming out, temp 37.5, otherwise I feel fine",
        "Fettabsaugung vor 5 Tagen, eine Einstichstelle am Oberschenkel ist gerötet, 2 cm, etwas warm, ein bisschen trübe Flüssigkeit, Temperatur 37,4, sonst geht es mir gut",
        "lipo il y a 5 jours, un des points d'entrée sur la cuisse est rouge sur 2 cm, un peu chaud, un peu de liquide trouble, température 37,5, sinon je vais bien",
        "5 gün önce lipo, bacaktaki giriş deliklerinden biri 2 cm kızarık, biraz sıcak, biraz bulanık sıvı geliyor, ateş 37.5, onun dışında iyiyim",
        "липосакция 5 дней назад, один прокол на бедре покраснел на 2 см, немного тёплый, выходит немного мутной жидкости, температура 37,5, в остальном всё нормально",
        "شفط دهون من ٥ ايام، وحدة من فتحات الشفط بالفخذ حمرا ٢ سم، دافية شوي، يطلع منها سائل عكر شوي، الحرارة ٣٧.٥، غير كذا انا تمام",
    ],
)
def test_a_little_cloudy_fluid_below_38_and_feeling_well_is_seen_today(text: str) -> None:
    assert_soon_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "lipo 5 days ago, one of the port holes is red and a little cloudy fluid coming out, temp 38.4, otherwise I feel fine",
        "Fettabsaugung vor 5 Tagen, eine Einstichstelle ist gerötet, ein bisschen trübe Flüssigkeit, Temperatur 37,4, ich fühle mich elend und zittere",
        "lipo il y a 5 jours, un point d'entrée rouge, un peu de liquide trouble, la rougeur s'étend, température 37,5, sinon je vais bien",
        "5 gün önce lipo, giriş deliği kızarık, biraz bulanık sıvı, ateş 38.6, onun dışında iyiyim",
        "липосакция 5 дней назад, прокол покраснел, немного мутной жидкости, покраснение распространяется, температура 37,5, в остальном нормально",
    ],
)
def test_cloudy_fluid_with_fever_spreading_or_unwell_stays_pus(text: str) -> None:
    assert_urgent(text, "pus")


@pytest.mark.parametrize(
    "text",
    [
        "the healing abutment (the little screw on top) on my lower implant came out while I was eating, no bleeding, no pain, should I come in?",
        "Der Gingivaformer (die kleine Schraube oben drauf) von meinem Implantat unten links ist heute beim Abendessen rausgefallen, kein Blut, keine Schmerzen",
        "Mein Heilungsaufbau auf dem Implantat oben ist heute früh beim Zähneputzen herausgefallen, tut nicht weh",
        "la vis de cicatrisation (la petite vis dessus) de mon implant en bas est tombée en mangeant, pas de sang, pas de douleur",
        "alt implantımın iyileşme başlığı (üstteki küçük vida) yemek yerken çıktı, kanama yok, ağrı yok",
        "формирователь десны (маленький винтик сверху) на нижнем импланте выпал во время еды, крови нет, не болит",
        "البرغي الصغير اللي فوق الزرعة تحت طاح وانا آكل، ما في دم ولا الم",
    ],
)
def test_a_healing_abutment_that_fell_out_is_seen_today(text: str) -> None:
    assert_soon_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "my lower implant has a little screw on top that the dentist put on, it feels fine, no bleeding, no pain, when is the next check?",
        "Auf dem Implantat unten ist so eine kleine Schraube drauf, alles fest, kein Blut, keine Schmerzen, wann ist die Kontrolle?",
        "implantın iyileşme başlığı yerinde, iyileşme güzel gidiyor, kanama yok",
    ],
)
def test_a_healing_abutment_in_place_is_routine(text: str) -> None:
    assert_routine_by_the_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "salam, akhadt 7abbet augmentin min sa3a w halla2 7asis zor2i dayye2 w shafayfi menfakhin",
        "ba3d el dawa zori dayi2 ktir w 7akka 3a jildi",
        "half an hour after the antibiotic my lips are swollen and my throat is tight",
        "eine halbe Stunde nach dem Antibiotikum sind die Lippen geschwollen und ich habe Quaddeln, der Hals wird eng",
    ],
)
def test_a_tight_throat_after_a_tablet_escalates_in_levantine_arabizi(text: str) -> None:
    assert_urgent(text, "allergic_reaction")


@pytest.mark.parametrize(
    "text",
    [
        "zor2i byewja3ni shway ba3d el 3amaliye, bas mafi shi tani",
        "el dawa ma 3emel shi, zor2i nashef shway",
    ],
)
def test_a_sore_or_dry_arabizi_throat_is_no_allergic_reaction(text: str) -> None:
    assert_not_read_as(text, "allergic_reaction")
