# ruff: noqa: RUF001, RUF003 -- multilingual clinical phrases, one per line
"""The red-flag catalogue: post-operative warning signs by procedure family and body system.

Every entry names the published post-operative advice it follows (``source``), the body system
and the procedure families it mostly concerns (``procedures``; ``any`` = every operation).
Patterns are regular expressions in natural spelling for all six languages; they are compiled
through :func:`careflow_agents.text.fold` (accents, umlaut spellings, Arabic variants) and, for
the Cyrillic ones, once more through the Latin transliteration ("krovotechenie", "bolit").
Word windows (``.{0,30}``) tie a body part to its sign ("calf ... swollen and warm") so that
inflection, word order and filler words do not matter, and a hit that starts at the body part
survives a negation of a different symptom in the same message ("no fever but my calf ...").

A miss here is a missed emergency: entries err on the side of escalating. Uncertain framing
("probably nothing", "is that normal?") never lowers a red flag.
"""

from __future__ import annotations

from dataclasses import dataclass

from careflow_agents.complaints import (
    BREAST_AIR_SOUND_WINDOW,
    BREAST_SIDES_UNEVEN_WINDOW,
    DISSOLVED_STITCHES,
)


@dataclass(frozen=True)
class RedFlag:
    id: str
    system: str
    procedures: tuple[str, ...]
    source: str
    patterns: tuple[str, ...]
    # A hit with one of these within 40 characters around it is something else ("can't breathe
    # *through my nose*" after a rhinoplasty is the splint, not the lungs).
    unless: tuple[str, ...] = ()
    # A message matching one of these anywhere tells of an operation after which the sign is
    # the expected course (a hard, swollen belly days after a liposuction): the flag does not
    # count there -- the symptom is still seen through the other flags and the review.
    not_in: tuple[str, ...] = ()
    # The forty-eighth round's: a message telling one of these anywhere, its negations kept (the
    # pus ruled out: "no pus", "kein Eiter"), is not this flag's sign -- ``not_in`` reads the
    # message with its denied signs blanked and cannot see what was denied.
    not_with: tuple[str, ...] = ()
    # "urgent": an emergency, escalated at once. "soon": a complication whose published window
    # is a day or more (a nerve pressed by a lower implant: the surgeon within 24-36 hours) --
    # a person sees it the same day, the on-call is not paged for it.
    level: str = "urgent"


# The forty-fourth round's: the end of a stitch told sticking out of the skin ("a bit of thread
# is poking out", "der Faden schaut raus", "un bout de fil dépasse", "dikiş ucu çıkmış", "нитка
# торчит", "خيط طالع") and the local sign beside it ("pink", "gerötet", "un peu sensible",
# "kızarık", "покраснело", "محمر") -- for stitch_poking_review
_STITCH_OUT = (
    r"(\b(thread|stitch|suture|string)\w*( end)?\b[^.!?\n]{0,15}\b(sticking|poking|sticks|pokes|coming|comes|peeking) (out|through)"
    r"|\b(faden|fäden|fadenende|naht)\w*\b[^.!?\n]{0,15}\b(schaut|schauen|guckt|gucken|steht|stehen|ragt|ragen|kommt|kommen|sticht|piekst)\b[^.!?\n]{0,10}\b(raus|heraus|hervor|vor|ab|durch)\b"
    r"|\b(fil|fils|bout de fil|point|suture)\b[^.!?\n]{0,15}\b(d[ée]passe\w*|ressort\w*|sort\b|sortent|pique\w*)"
    r"|\b(dikiş|dikis|iplik|ip)\w*\s(\w+\s)?(ucu |uçları )?(dışarı |disari )?(çıkmış|cikmis|çıktı|cikti|çıkıyor|cikiyor|batıyor|batiyor|görünüyor|gorunuyor)"
    r"|(нитк\w*|нит[ьи]|кончик\w* (шва|нитки)|шов|шва)[^.!?\n]{0,15}(торчит|торчат|вылезл\w*|выходит|выглядывает|колется)"
    r"|(?<!\w)(خيط|الخيط|خيوط|الخيوط|طرف الخيط|طرف الغرزه|طرف الغرزة)(?!\w)[^.!?؟\n]{0,10}(طالع|طالعه|طالعة|بارز|ظاهر|برا|بره|خارج))"
)
_LOCAL_SIGN = (
    r"(\b(red|reddish|pink|pinkish|tender|sore|irritated)\b"
    r"|\b(rot|gerötet|rötlich|rosa|empfindlich|druckempfindlich|gereizt|tut (\w+ )?weh)\b"
    r"|\b(rouge|rougi\w*|ros[ée]e?|rosâtre|sensible|douloureu\w*|irrit[ée]\w*)\b"
    r"|\b(kızarık|kizarik|kızarmış|kizarmis|kırmızı|kirmizi|pembe|hassas|acıyor|aciyor|ağrıyor|agriyor)"
    r"|(красн\w*|покрасн\w*|розов\w*|чувствительн\w*|болит|болезненн\w*)"
    r"|(احمر|محمر|حمرا|احمرار|وردي|ورديه|بيوجع|يوجع|بتوجع|توجع|حساس|حساسه|حساسة))"
)


# The forty-fourth round's: a swelling told as a soft pocket that moves -- the seroma of
# fluid_collection_review, which breast_haematoma's one side bigger leaves to it -- with no
# tense, hard, very painful, fast-growing or red-and-hot word in the 60 characters after it
_SOFT_POCKET_GUARD = (
    r"(?![^.!?\n]{0,60}(?<!not )(?<!pas )(?<!nicht )(?<!не )(?<!مو )(?<!مش )(?<!ما )"
    r"(hard|tense|tight|very painful|really hurts|fast|quickly|hot|hart|prall|gespannt|sehr schmerz|schnell|heiß|dur\b|tendu|très douloureu|vite|chaud|sert|gergin|çok ağrı|hızla|sıcak"
    r"|тверд|тв[её]рд|напряж|очень болит|быстро|горяч|قاسي|مشدود|يوجع كثير|يوجع قوي|بسرعه|بسرعة|سخن))"
)
# ... the Russian one alone is also fluid_collection_review's own: no Russian words of it read a
# soft pocket that moves (the other languages' are read there or by the symptom review already)
_SOFT_POCKET_RU = r"(мягк\w* (мешоч\w*|шишк\w*|припухлост\w*|выпуклост\w*)[^.!?\n]{0,25}(перекатыва\w*|двига\w*|колыш\w*|бултыха\w*))"
_SOFT_POCKET = (
    r"(\b(soft|squishy) (pocket|bulge|lump|bump|swelling|bag)\b[^.!?\n]{0,25}\b(moves|moving|wobbl\w*|jiggl\w*|shifts)"
    r"|\b(weiche|weicher|weiches) (beule|tasche|blase|schwellung|polster)\b[^.!?\n]{0,25}\b(beweg\w*|schwabbel\w*|wabbel\w*|verschieb\w*)"
    r"|\b(poche|boule|bosse|grosseur) (molle|souple)\b[^.!?\n]{0,25}\b(bouge|bougent|se d[ée]place|roule|ondule)"
    r"|\byumuşak\b[^.!?\n]{0,20}\b(kese|şişlik|kabarıklık|torba)\w*[^.!?\n]{0,20}\b(oynuyor|hareket ediyor|kayıyor|dalgalanıyor)"
    + "|"
    + _SOFT_POCKET_RU
    + "|"
    r"(كيس|انتفاخ|ورم|نفخه|نفخة) (طري|طريه|طرية)[^.!?؟\n]{0,20}(بيتحرك|يتحرك|بتتحرك|تتحرك|يترجرج|بيترجرج))"
    + _SOFT_POCKET_GUARD
)


_N = r"(?:very |so |really |extremely |super |too |quite )?"
# A word window that never crosses a negation ("my leg is *not* swollen like a balloon any more")
# or an improvement ("the swelling goes *down* every hour"): a comparison or a time course told
# of a sign that is gone or settling is not that sign.
_NOT = r"(?:\b(?:not|no|no longer|nicht|kein\w*|pas|değil|artık|не|нет|مو|مش|ما|لا|مب)\b|n'?t\b)"
_CALM = r"(?:\b(?:down|better|less|smaller|zurück|weniger|besser|diminue|baisse|mieux|azal\w*|ini\w*|geçi\w*|спада\w*|меньше|лучше|يخف|يقل|احسن|أحسن)\b)"
_NOT_GAP = rf"(?:(?!{_NOT}).){{0,30}}"
_NOT_GAP_25 = rf"(?:(?!{_NOT}).){{0,25}}"
# ... and one that never leaves its sentence (the forty-sixth round's eye pains told by their kind)
_NOT_GAP_CLAUSE = rf"(?:(?!{_NOT})[^.!?\n]){{0,25}}"
# Arabizi negations ("mish manfou5", "ma fi", "msh m3'ayar") for the Latin-letter Arabic patterns
_NOT_AZ = r"(?:\b(?:mish|msh|mesh|mush|mosh|mo|mu|mub|mb|ma|mafi|mafish|mafeesh|bala|bidoon|bdoon|wala)\b)"
_NOT_AZ_GAP = rf"(?:(?!{_NOT_AZ}).){{0,25}}"
# A fluid told coming out *of* an opening -- the cannula holes, a wound, a drain, a stitch -- is a
# wound's drainage, not a fluid brought back up ("comes out of the lipo holes", "kommt aus den
# Einstichen", "sort des trous", "deliklerden geliyor", "течёт из проколов", "يطلع من الفتحات")
_NOT_FROM_WOUND = (
    r"(?!.{0,12}\b(out of|from|aus|de|des|du|из|من|م) ?(the |my |den |dem |der |les |la |mes |ال)?"
    r"(\w+ )?(holes?|incisions?|wounds?|drains?|stitch\w*|cuts?|einstich\w*|löcher\w*|wunde\w*|narbe\w*|drain\w*"
    r"|trous?|incisions?|plaies?|cicatrices?|проко\w*|дырочек|дырок|разрез\w*|ран\w*|шв\w*|дренаж\w*"
    r"|فتح\w*|الفتح\w*|ثقوب|الثقوب|خروم|الخروم|جرح\w*|الجرح\w*|جروح|الجروح|شق\w*|الشق\w*|غرز|الغرز|درنق|الدرنق))"
)
# After a calf said fine or not swollen, a contrast opening the next sentence ends the denial
# only when that sentence is about something else ("Waden nicht dick. Aber die Oberschenkel
# sind hart"); one that names the leg again ("... But my left calf is hot") keeps the flag.
_LEG_AGAIN = (
    r"(?![ ,.!?\n]{1,4}(but|aber|mais|ama|но|بس|لكن)\b[^.!?\n]{0,40}"
    r"(calf|calves|\blegs?\b|wade|waden|\bbeine?\b|mollet|jambe|baldır|bacak|икр|ног|ساق|رجل))"
)
# A wound opening told by a small size is seen the same day, unless the next words say it gapes
# or grows ("1 cm and getting bigger", "3 мм и расходится шире").
_NOT_GROWING = (
    r"(?!.{0,60}(gap(e|es|ed|ing)\b|klafft|béante|ayrıldı|расход|تكبر|كبرت|يكبر|growing|bigger|wider|larger|"
    r"spreading|größer|weiter|grandit|s'agrandit|büyüyor|genişliyor|(стал\w*|становится|все|всё|ещё|еще) больше|шире|увеличива))"
)
_OPENED = (
    r"(opened|opening|open|came apart|split|separated|aufgegangen|offen|auseinander\w*|aufgeplatzt|ouvert\w*|s'est ouvert\w*"
    r"|écarté\w*|lâch\w*|açıldı|açılmış|ayrıldı|aralandı|aralık|разош\w*|расход\w*|открыл\w*|انفتح\w*|اتفتح\w*|مفتوح\w*|انفك\w*|فتح\w*)"
)
# A size in spelled-out millimetres, either order ("2 millimetres", "миллиметра 3").
_MM_SPELLED = (
    r"((?<![\d.,])[1-9] ?(millimet\w*|миллиметр\w*|ملم|مللي\w*|ميلي\w*)|(millimet\w*|миллиметр\w*) ?[1-9]\b"
    # "a couple of mm", "ein paar mm", "quelques mm", "birkaç mm", "пару мм", "кам ملم"
    r"|\b(a couple of|couple of|a few|ein paar|paar|quelques|deux-trois|birkaç|iki üç|пару|пара|несколько|كم) ?(mm|мм|مم|ملم|millimet\w*|миллиметр\w*))"
)
# The fortieth round's: a few new floaters told with the curtain and the flashes denied (RCOphth
# and AAO 'Floaters and flashes', NHS 'Cataract surgery -- recovery': new floaters after eye
# surgery are examined the same day; a shower of them, flashes, a curtain or shadow, or a sudden
# change is the retinal detachment, the emergency). The floaters told few -- "a few black dots",
# "ein paar schwarze Punkte", "quelques points noirs", "birkaç siyah nokta", "несколько чёрных
# точек", "كم نقطة سودا" -- or "not many" after them ("مو كثير", "nicht viele").
_FEW = (
    r"(\b(a few|a couple( of)?|one or two|two or three|ein paar|einige wenige|wenige|zwei,? drei|quelques|deux ou trois|deux,? trois"
    r"|birkaç|bir iki|iki üç|несколько|пара|пару|пара-тройка)\b|(?<!\w)(كم|شوية|شويه|قليل من|بعض)(?!\w))"
)
_FLOATERS = (
    r"(\b(dots?|spots?|specks?|floaters?|flies|threads?|punkte?|mücken|fäden|flusen|points?|taches?|mouches|filaments?|nokta\w*|sinek\w*|iplik\w*|leke\w*)\b"
    r"|точ\w*|мушк\w*|мушек|нит\w*|(?<!\w)(نقاط|نقط|نقطه|ذباب|خيوط|بقع)\w*)"
)
_NOT_MANY = (
    r"(\bnot (very )?(many|a lot|lots)\b|\bnicht (so )?viele\b|\bpas (beaucoup|nombreu\w*|trop)\b|\b(çok|fazla) değil\b|\bне много\b|\bнемного\b|\bмало\b"
    r"|(?<!\w)(مو|مش|مب|ما هي) (كثير|كتير|واجد|وايد)\w*|(?<!\w)قليله|قليلة)"
)
_FEW_FLOATERS = rf"({_FEW}\s(\w+\s){{0,2}}{_FLOATERS}|{_FLOATERS}[^.!?]{{0,40}}{_NOT_MANY})"
# ... and nothing of the emergency told in the hit's window -- a sign counts when no negation
# stands before it in its clause ("no curtain", "kein Vorhang", "pas de rideau", "ما فيه
# ستارة") and none follows it ("perde yok", "шторки нет")
_NEG_WORD = (
    r"(\b(no|not|nor|without|never|kein\w*|nicht|ohne|pas|sans|ni|değil|не|нет|без|ни)\b|n'?t\b"
    r"|(?<!\w)و?(مش|مو|ما|لا|ولا|مب|مافي|مفيش|مافيش|بدون)(?!\w))"
)
_EMERGENCY_EYE = (
    r"(flash\w*|lightning|spark\w*|curtain|shadow|veil|shower|swarm|loads|lots|many|hundreds|sudden\w*|dark\w*|grey|gray|can'?t see|cannot see|lost|loss|blind\w*|worse|half"
    r"|blitz\w*|vorhang|schatten|schleier|regen|schwarm|viele|hunderte|plötzlich|schlagartig|ru(ß|ss)|dunkel\w*|schlechter|nichts|halb\w*"
    r"|éclair\w*|eclair\w*|rideau|ombre|voile|pluie|nuée|plein|beaucoup|soudain\w*|d'un coup|brusquement|suie|sombre|pire|moitié"
    r"|çakma\w*|çakıyor|şimşek|kıvılcım|perde|gölge|yağmur|sürü|yüzlerce|çok|aniden|birden|karar\w*|göremi\w*|kötüleş\w*|yarı\w*"
    r"|вспыш\w*|вспыхива\w*|молни\w*|искр\w*|штор\w*|занавес\w*|тень|тени|пелен\w*|дожд\w*|рой|куча|много|сотни|внезапн\w*|вдруг|резко|саж\w*|темн\w*|хуже|половин\w*"
    r"|ومض\w*|برق|شرار\w*|ستار\w*|ظل|مطر|سرب|كثير|كتير|واجد|وايد|فجأ\w*|فجا\w*|ظلام|اسود|عمى|نص|نصف)"
)
# The forty-third round's: a veil or haze told as the likeness of a slight blur (``vision_loss``'s
# unless) -- "a bit" before or after the blur, "like a veil" right after it ...
_SLIGHT = r"(a bit|a little|slightly|ein bisschen|ein wenig|etwas|leicht|un peu|légèrement|biraz|hafif|azıcık|немного|чуть|слегка|شوي|شوية|شويه|خفيف|بسيط)"
_BLUR = (
    r"(blurr\w*|fuzz\w*|hazy|cloudy|misty|verschwommen\w*|unscharf\w*|trüb\w*|flou\w*|trouble|bulanık\w*|puslu"
    r"|мутн\w*|размыт\w*|нечетк\w*|нечётк\w*|ضباب\w*|مغبش\w*|مغبش|غبش\w*)"
)
_SLIGHT_BLUR = rf"({_SLIGHT} (more |mehr |plus |daha |более )?{_BLUR}|{_BLUR} {_SLIGHT})"
_LIKE_VEIL = (
    r"(like a|as if a|as though a|wie ein|wie eine|wie|comme un|comme une|comme|как|как будто|словно|زي|مثل|كأنه|كانه|كأن)"
    r" ?(thin |light |dünne[rn]? |leichte[rn]? |léger |fin |лёгк\w* |легк\w* )?(veil|film|haze|mist|schleier|nebel|voile|brume|пелен\w*|дымк\w*|туман|غشاوه|غشاوة|ضباب|غبش)"
    r"|(tül|sis|buğu) gibi"
)
# ... with pain denied in the window ("aber keine Schmerzen", "no pain", "боли нет", "ما فيه الم")
_PAIN_DENIED = (
    r"((\bno|\bnot any|\bwithout|\bkeine?|\bohne|\bpas de|\bsans|\bбез|\bнет|(?<!\w)(ما فيه|ما في|مافي|ولا|بدون|مفيش|ما عندي))"
    r" (\w+ )?(pain|schmerz\w*|douleur\w*|mal\b|ağrı\w*|бол\w*|الم|ألم|وجع)"
    r"|(ağrı|acı)\w* (yok|yoktu)|бол\w* нет|не болит|doesn'?t hurt|tut nicht weh|ne fait pas mal|fait pas mal|ما يوجع|مش بيوجع|ما يألم)"
)
# ... no redness told (a red, sore eye with a blur is the infection or the DLK of the emergency)
_RED_TOLD = (
    r"(?<!not )(?<!no )(?<!nicht )(?<!keine )(?<!kein )(?<!pas )(?<!ni )(?<!не )(?<!нет )(?<!без )(?<!مش )(?<!مو )(?<!ما )(?<!ولا )(?<!فيه )(?<!في )"
    r"\b(red|redness|rot|gerötet|rötung|rouge|kırmızı\w*|kızar\w*|красн\w*|покрасн\w*|احمر|أحمر|احمرار|محمر\w*)\b(?!\s+(değil|yok|нет))"
)
# ... and none of the emergency's words but the veil itself
_VEIL_EMERGENCY = (
    r"(sudden\w*|dark\w*|black|grey|gray|curtain|shadow|flash\w*|lost|loss|can'?t see|cannot see|blind\w*|worse|half"
    r"|plötzlich|schlagartig|dunkel\w*|schwarz|grau|vorhang|schatten|blitz\w*|verlust|schlechter|nichts|halb\w*"
    r"|soudain\w*|d'un coup|brusquement|sombre|noir\w*|rideau|ombre|éclair\w*|pire|moitié|vois (plus|rien)"
    r"|aniden|birden|karar\w*|siyah|perde|gölge|çakma\w*|göremi\w*|kötüleş\w*|yarı\w*"
    r"|внезапн\w*|вдруг|резко|темн\w*|ч[её]рн\w*|штор\w*|занавес\w*|тень|вспыш\w*|не вижу|хуже|половин\w*"
    r"|فجأ\w*|فجا\w*|ظلام|اسود|ستار\w*|ومض\w*|ما اشوف|ما أشوف|مش شايف|عمى|يزيد|تزيد)"
)
_EMERGENCY_EYE_TOLD = (
    rf"(^|[,.!?;\n،؟]|\b(but|aber|mais|ama|но|а)\b|(?<!\w)(بس|لكن)(?!\w))(?:(?!{_NEG_WORD})[^,.!?;\n،؟])*?"
    rf"{_EMERGENCY_EYE}(?!\w*\s+(yok|yoktu|нет|değil))"
)

# The forty-second round's: Arabizi "can't" ("ma", "mesh", "mish", "mabsh...") and its modal "able"
# ("a2dar", "2ader", "2adra", "agdar", "qader"), and the eye or the sight named with everything
# gone black or dark (``vision_loss``)
_AZ_CANT = r"(ma|mesh|msh|mish|mush|mosh|mo|mu|mb|mub)"
_AZ_ABLE = r"(b?a?2d[ae]r\w*|2ad[ei]?r\w*|2dert\w*|b?a?gd[ae]r\w*|gad[ei]?r\w*|b?a?qd[ae]r\w*|qad[ei]?r\w*)"
_EYE_WORD = (
    r"(\b(eyes?|vision|sight|auge\w*|sicht|oeil|œil|yeux|vue|göz\w*|görme\w*|görüş\w*|3a?yn[iy]?|3ain\w*|3een\w*|3eni|3ini|3youni|3uyuni|nazari|glaz\w*|zreni\w*)\b"
    r"|глаз\w*|зрени\w*|(عين|عيني|عيوني|نظري|النظر)(?!\w))"
)
_BRUISE_WORD = (
    r"(bruis|bluterguss|hämatom|\bbleu|ecchymose|morluk|morar|\bmor\b|swell|schwell|gonfl|\bşiş|синяк|гематом|кровоподт|отек|отёк"
    r"|كدم|ازرقاق|ورم|\bkadm|\bkhadm|ezra2|zar2a|waram|mwarram)"
)
_ALL_BLACK = (
    r"(\beverything (is |went |turned |has gone |gone )?(all )?(black|dark)\b"
    r"|\balles\b (ist |wird |wurde )?(ganz |komplett )?(schwarz|dunkel)\b"
    r"|\btout (est |devient |est devenu )?(tout )?(noir|sombre)\b"
    r"|\bher ?şey\w* (\w+ )?(kapkara|simsiyah|karanlık|kararmış|karardı|siyah)"
    r"|вс[её] (стало |было )?(ч[её]рн\w*|темн\w*|тёмн\w*)|\bvs[eyo]o? (stalo )?(chern|chorn|temn)\w*"
    r"|\b(kol+(ou|u|o|oh|ha|aha)|kul+(u|o|uh|ha|aha)|kil+ ?shi|kol+ ?shi|kul+ ?shi) (sar |saar |sayer |ba2a |b2a )?(aswad|eswed|iswid|sawda|dalam|zalam|ghame2|m[ie]dlem)\b"
    r"|(كله|كلها|كل شي|كلشي) (صار |صارت )?(اسود|أسود|سودا|سوداء|ظلام|مظلم|ضلمه|ضلمة))"
)

# Reading with one eye ("with the left eye", "mit dem operierten Auge", "avec l'oeil opéré",
# "sol gözümle", "левым глазом", "بعيني اليمين"): the eye as the instrument, not "eye drops".
_WITH_EYE = (
    r"(\b(with|in|out of|through|using) (my |the |this |that |his |her )?(\w+ )?eyes?\b"
    r"|\bmit (dem |meinem |seinem |ihrem )?(\w+ )?auge\b|\bavec (l'|mon |son |cet )?(\w+ )?(oeil|œil)\b"
    r"|\bgöz(ümle|le|üyle|ümden)\b|глазом\b|(بعيني|بعين|بالعين)\w*)"
)
# Between a face or mouth and its droop (NHS FAST): one sentence, and no nose in it -- "washed my
# face. the nose looks a bit crooked" after a rhinoplasty is the nose, not a stroke.
_NO_NOSE = r"(?!\b(nose|nase|nez|bur(un|nu)\w*|нос\w*)\b|انف|أنف|مناخير|منخار|خشم)"
_FACE_GAP = rf"(?:{_NO_NOSE}[^.!?\n]){{0,30}}"
_FACE_GAP_20 = rf"(?:{_NO_NOSE}[^.!?\n]){{0,20}}"
# The forty-ninth round lead's: a limb's power lost, in English ("weak", "no strength", "can't
# lift / move it") -- beside its feeling lost, ``stroke_signs`` whatever the side.
_LIMB_POWERLESS_EN = r"\b(weak\w*|no strength|(can'?t|cannot|couldn'?t|unable to) (lift|move|raise) (it|them|my \w+))\b"
# ... and between the limb and its signs no negation of any of the six languages ("not numb",
# "nicht taub", "pas engourdie", "не онемела", "مش منملة"; Turkish negates after, "değil").
_LIMB_NEGATION = (
    r"\b(not|no|never|nicht|kein\w*|pas|ni|jamais|не|нет|ни)\b|n't\b"
    r"|(?<!\w)(مش|مو|ما|مافي|مفيش|لا|ولا)(?!\w)"
)


def _limb_gap(width: int) -> str:
    """Up to ``width`` characters of one sentence with no negation in them."""
    return rf"(?:(?!{_LIMB_NEGATION})[^.!?\n]){{0,{width}}}"


# The forty-first round's: a droop word that goes on to a place lower down ("the bruise is dropping
# down to my neck", "zieht herunter bis zum Hals", "ça tombe jusqu'au cou", "опустился на шею",
# "نازل للرقبة") tells a bruise tracking down with gravity -- the expected course after a face or
# jaw operation (NHS 'Bruises'; a sinus lift's bruise reaches the neck) -- not a face dropped on one
# side (NHS FAST); "dropped to one side", "مايل على جنب" keep the flag.
_NOT_DOWN_TO = (
    r"(?!\w*\s+((down|all the way|runter|bis|tout|аж|كمان)\s+)?"
    r"(to|into|onto|towards?|zum|zur|in den|an den|auf den|auf die|jusqu'?(au|à|a)\s?|vers|на|до|к|ниже|ل|لل|الى|إلى|لحد|لين|حتى|لغايه|لغاية)\s?"
    r"(my |the |her |his |le |la |l'|den |die |ال)?"
    r"(neck|chest|throat|jaw|chin|collar|hals|brust|kinn|kiefer|dekollet|cou\b|poitrine|menton|mâchoire|gorge"
    r"|ше[юие]|подбород|груд|ключиц|горл|رقب|صدر|تحت|دقن|ذقن|حلق|عنق))"
)
# ... in Turkish the place comes first, in the dative ("morluk boynuma kaydı": slid to my neck)
_TR_NOT_TO_NECK = r"(?<!boynuma )(?<!boyna )(?<!göğsüme )(?<!çeneme )(?<!çenesine )(?<!gerdanıma )"
# The OHSS signs RCOG Green-top No. 5 calls severe, absent from a window: nothing tight, hard,
# drum-like, huge, growing or weighed ...
_SMALL_KG_BEFORE = (
    r"(?<!half a )(?<!halbes )(?<!halbe )(?<!demi-)(?<!demi )(?<!yarım )(?<!пол)(?<!пол )(?<!pol)"
    r"(?<!نص )(?<!نصف )(?<![^\d]0[.,][1-5] )(?<![^\d]0[.,][1-5])"
)
_OHSS_NOT_SEVERE = (
    r"(?!.*(tight|hard|drum|huge|pregnant|rigid|balloon|"
    # a weight told gained -- not half a kilo or less (RCOG Green-top No. 5: more than a kilo
    # a day is the warning): "زاد وزني نص كيلو", "half a kilo more", "полкило", "0,5 kg"
    + _SMALL_KG_BEFORE
    + r"(\bkg\b|kilo|\bкг\b|كيلو)|gespannt|\bhart|prall|trommel|riesig|schwanger|tendu|\bdur\b|tambour|énorme|enceinte|ballon(?!n)"
    r"|gergin|sert\b|davul|taş gibi|kocaman|hamile|напряж|тверд|твёрд|барабан|огромн|беременн|مشدود|قاسي|طبل|حامل|صلب|ناشف"
    r"|grow|bigger|größer|wächst|dicker|grossit|de plus en plus|büyü|раст[её]т|увеличива|يكبر|تكبر))"
)
# ... breathing told denied or normal ...
_BREATH_DENIED = (
    r"(?=.*(no (shortness of )?breath\w*|not (short of )?breath\w*|breathing (is )?(fine|normal|ok)|keine atemnot|atme normal|atmung (ist )?normal"
    r"|pas (d'|de )?essouffl\w*|pas essouffl\w*|respire (bien|normalement)|nefes (darlığı\w* )?(yok|normal|rahat)|nefesim (normal|rahat)"
    r"|одышки нет|нет одышки|без одышки|дышу нормально|(ما|مو|مش|لا) (عندي|في|فيه|فيش) ضيق (في )?(ال)?نفس|ولا ضيق (في )?(ال)?نفس|بدون ضيق نفس|(نفسي|اتنفس|أتنفس|بتنفس|باتنفس) (عادي|طبيعي|زين)))"
)
# ... and urine told normal
_URINE_NORMAL = (
    r"(?=.*((pee|peeing|urine|urinating|wee)\w* (is )?(normal|fine|ok|as usual)|(urin\w*|pee|wee) normally|(wasserlassen|urin|pipi|harn)\w* (ist )?(normal|ok|wie immer)|uriniere normal|pinkel\w* normal"
    r"|urine normal\w*|pipi normal\w*|(idrar|çiş)\w* (normal|rahat)|мочусь нормально|моч\w* нормальн|(البول|بولي) (عادي|طبيعي|زين)|(ابول|أبول|بتبول) (عادي|طبيعي)))"
)
# The OHSS guard of ``not_in`` below: no egg collection in the message, nothing growing, no
# breathlessness and no little urine (RCOG Green-top No. 5) -- only then may another cause of a
# swollen belly explain it. (?s: ...) so that "." crosses line breaks.
_OHSS_NONE = (
    r"^(?s:(?!.*(egg|retrieval|\bivf\b|icsi|eizell|punktion|ponction|ovocyt|\bfiv\b|yumurta|tüp bebek|пункци|\bэко\b|البويض|بويضات|الانابيب|الأنابيب|المجهري"
    r"|davul|büyü|hamile|nefes|kocaman|drum|bigger|pregnant|breath|trommel|atem|tambour|enceinte|respir|барабан|беременн|дыш|раст[её]т|طبل|حامل|نفس|تنفس"
    r"|\bwee\b|\bpee\b|urin|idrar|çiş|моч|بول|pipi"
    # something growing or spreading, also in Russian typed in Latin letters, whose
    # "no" (but) the negation may read as English: the message keeps every flag
    r"|spread|grow|ausbreit|wächst|s'étend|s'agrandit|yayıl|располза|увеличива|ينتشر|تكبر"
    r"|rastet|rastyot|uvelichiva|raspolza|bolshe))"
)
# The forty-sixth round's (dev51 fr-12): a belly that swells up by the evening -- "like four
# months pregnant" -- and is flat again in the morning ("le soir ... le matin il est plat", "by
# the evening ... flat again in the morning", "abends ... morgens wieder flach", "akşamları ...
# sabahları dümdüz", "к вечеру ... утром плоский", "بالليل ... الصبح مسطح") is the swelling of the
# weeks after a tummy tuck or a liposuction, worse after a day on the feet (ASPS 'Tummy tuck --
# recovery' and 'Liposuction -- recovery'): OHSS, an obstruction or a bleed do not go down
# overnight. Only with none of these anywhere (denied ones are blanked): an egg collection,
# hard, tense, rigid or drum-like, growing or spreading, one side, sudden, breath, urine,
# vomiting, fever, a severe pain.
_EVENING = (
    r"(\bevenings?\b|\bat night\b|\bend of the day\b|\bbedtime\b|\babends?\b|\bam abend\b|\bnachts\b"
    r"|\ble soir\b|\ben soirée\b|\bfin de (la )?journée\b|\bla nuit\b|\bakşam\w*|\bgece\w*|\bgün sonu\w*"
    r"|вечер\w*|к ночи|ночью|к концу дня|(?<!\w)و?(بالليل|الليل|بليل|المسا|بالمسا|المساء|اخر النهار|آخر النهار)(?!\w))"
)
_MORNING = (
    r"(\bmornings?\b|\bwhen i wake\b|\bmorgens\b|\bam morgen\b|\bnach dem aufstehen\b|\bbeim aufwachen\b"
    r"|\ble matin\b|\bau réveil\b|\ble lendemain\b|\bsabah\w*|\buyan(ınca|dığımda)\b"
    r"|утр\w*|просну\w*|просыпа\w*|(?<!\w)و?(الصبح|بالصبح|الصباح|الصبحيه|الصبحية|لما اصحى|لما أصحى)(?!\w))"
)
_FLAT_AGAIN = (
    r"(\bflat\b|\bgone\b|\bdown\b|\bback to normal\b|\bnormal\b|\bdeflated\b|\bflach\b|\bweg\b|\babgeschwollen\b"
    r"|\bplat\b|\bdégonflé\w*|\bredevenu\w* (plat|normal)|\bdisparu\b|\bdüz\b|\bdümdüz\b|\bnormal\w*|\bin(miş|iyor|di)\b"
    r"|\bgeç(miş|iyor|ti)\b|плоск\w*|ровн\w*|спада\w*|спал\b|нормальн\w*|проход\w*|прош[её]л\b"
    r"|(?<!\w)(مسطح|مسطحه|مسطحة|فلات|طبيعي|عادي|راح|يروح|ينزل|نازل|يخف)(?!\w))"
)
_BELLY_NOT_ACUTE = (
    r"^(?s:(?!.*(egg|retrieval|\bivf\b|icsi|eizell|punktion|ponction|ovocyt|\bfiv\b|yumurta|tüp bebek|пункци|\bэко\b|البويض|بويضات"
    r"|\bhard\b|\btense\b|\brigid\b|\bdrum\b|\bboard\b|\bhart\b|gespannt|\bprall|trommel|brett|\bdur\b|\bdure\b|tendu|tambour"
    r"|\bsert\b|gergin|davul|taş gibi|тверд|твёрд|напряж|барабан|قاسي|مشدود|ناشف|صلب|طبل"
    r"|grow|bigger (and bigger|every|each)|spread|more and more|every day|each day|wächst|immer (mehr|dicker|größer)|jeden tag"
    r"|grossit|de plus en plus|chaque jour|büyü|her gün|раст[её]т|увеличива|с каждым дн|يكبر|تكبر|كل يوم"
    r"|one side|einseitig|eine seite|un (seul )?côté|tek taraf|одн\w* сторон|جهه وحده|جهة وحدة|جنب واحد"
    r"|sudden|plötzlich|soudain|d'un coup|aniden|birden|внезапн|вдруг|فجأة|فجاه"
    r"|breath|atem|respir|nefes|дыш|نفس|تنفس|\bpee\b|urin|idrar|çiş|моч|بول|pipi"
    r"|vomit|throw(ing)? up|erbrech|übergeb|vomi|\bkus|рвот|рвет|рвёт|ترجيع|استفراغ|يستفرغ"
    r"|fever|fieber|fièvre|ateş|температур|حراره|حرارة|حمى|سخونه|سخونة"
    r"|(severe|strong|unbearable|bad) pain|stark\w* schmerz|unerträglich|douleur (forte|intense|insupportable)|très mal"
    r"|şiddetli|çok ağrı|сильн\w* бол|невыносим|(الم|ألم|وجع) (شديد|قوي)))"
)
_BELLY_EVENING_ONLY = (
    _BELLY_NOT_ACUTE
    + rf".*({_EVENING}.{{0,100}}{_MORNING}.{{0,30}}{_FLAT_AGAIN}|{_MORNING}.{{0,30}}{_FLAT_AGAIN}.{{0,100}}{_EVENING}))"
)
# Dental surgery named: the opened stitches are in the gum.
# (the implant's healing screw or cap showing -- "healing abutment", "Einheilkappe", "vis de
# cicatrisation", "iyileşme vidası", "формирователь десны", "غطاء الزرعة" -- is in the mouth too)
_DENTAL = (
    r"(dental|tooth|teeth|gums?\b|zahn\w*|zähne|dentaire|dent\b|dents\b|gencive|diş\w*|зуб\w*|десн\w*|اسنان|أسنان|سني|ضرس|اللثه|اللثة"
    r"|healing (screw|cap|abutment)|cover screw|einheil\w*|gingivaformer|vis de (cicatrisation|couverture)|pilier de cicatrisation"
    r"|iyileşme (vida|başlı)\w*|формировател\w*|заглушк\w*|(غطاء الزرعه|غطاء الزرعة|برغي الزرعه|برغي الزرعة|مسمار الزرعه|مسمار الزرعة)"
    # an implant with a (little, silver) screw showing: a dental implant's cover screw -- a
    # breast implant has none ("am Implantat ... ein silbernes Schräubchen", "вижу винтик")
    # -- or (the forty-fourth round's, dev49 ar-17) a bit of metal showing there ("a small bit of
    # metal shows over the implant", "ein Stück Metall", "un bout de métal", "metal görünüyor",
    # "видно металл", "حتة معدن"): the cover screw told by what it looks like
    r"|(implant\w*|имплант\w*|زرع\w*|الزرع\w*)[^.!?]{0,80}[.!?]?[^.!?]{0,40}(screw|schr(?:a|ae|ä)ub\w*|\bvis\b|vida\w*|винт\w*|برغي|مسمار|\bmetal\w*|\bmetall\w*|\bmétal\w*|металл\w*|(?<!\w)(معدن|حديد|حديده|حديدة)(?!\w))"
    r"|(screw|schr(?:a|ae|ä)ub\w*|\bvis\b|vida\w*|винт\w*|برغي|مسمار|\bmetal\w*|\bmetall\w*|\bmétal\w*|металл\w*|(?<!\w)(معدن|حديد|حديده|حديدة)(?!\w))[^.!?]{0,80}(implant\w*|имплант\w*|زرع\w*|الزرع\w*))"
)
# A sign said to be absent, in six languages ("no fever", "kein Eiter", "ateş yok", "выделений нет").
_DENIED = (
    r"(\bno\b|\bnot\b|\bnothing\b|\bkein\w*|\bpas\b|\bsans\b|\byok\b|\bнет\b|\bбез\b"
    r"|مفيش|مافيش|ما في|مافي|ما فيه|ما عندي|ما فيني|بدون|ولا"
    # the forty-fifth round's (dev50 ru-14): a Russian sign denied by "не" before it ("не
    # красный", "не горячая", "не болит", "не пахнет") -- not every "не" ("не могу")
    r"|\bне (красн|покрасне|горяч|опух|отек|отёк|болит|болезн|гно|пахн|воня)\w*)"
)
# Next to an opening, a bleeding, a gaping or a breast (an implant may show) keeps it urgent.
_WOUND_DANGER = (
    r"((?<!no )(?<!not )(?<!kein )(?<!keine )(?<!pas de )(?<!sans )(?<!без )(?<!مفيش )(?<!مافي )"
    r"(bleed|blood|blut|saign|\bsang\b|kana|\bkan\b|(?<!су)кров|نزيف|ينزف|\bدم\b)"
    r"(?!\w*\s+(pas|yok|nicht|нет|not)\b)"
    r"|gap(e|es|ed|ing)\b|wide|klafft|weit offen|béant"
    r"|зия|fat\b|fett|graisse|yağ\b|жир|دهون|breast|brust|busen|\bseins?\b|göğüs|груд|صدر|ثدي)"
)
# The forty-third round's: a small piece of a scar (not an adverb, "opened a little") and a clear
# fluid told coming from it (``wound_dehiscence``'s unless)
_SMALL_PART = (
    r"(\b(small|tiny|little) (bit|part|piece|section|spot|area|portion) of"
    r"|\b(kleine[sr]?|winzige[sr]?) (stück|teil|abschnitt|bereich|stückchen)"
    r"|\bun (petit|tout petit) (bout|morceau|endroit|coin|segment)|\bune petite (partie|zone|portion|section)"
    r"|\bküçük bir (kısm|yer|bölüm|parça)\w*"
    r"|(небольш|маленьк|крошечн)\w* (участ|кусоч|част|мест|отрез)\w*"
    r"|(?<!\w)(جزء|حته|حتة|قطعه|قطعة) (صغير|صغيره|صغيرة|بسيط|بسيطه|زغير)(?!\w))"
)
_CLEAR = r"(\bclear\b|\bklar\w*|\bclair\w*|transparent\w*|\bberrak|şeffaf|прозрачн\w*|شفاف\w*|(?<!\w)صافي(?!\w))"
_OOZE = (
    r"(ooz\w*|weep\w*|seep\w*|fluid|liquid|discharge|nässt|sekret\w*|flüssig\w*|suint\w*|liquide|écoul\w*"
    r"|sızı\w*|akıntı\w*|sıvı|сочит\w*|сочится|жидкост\w*|выделени\w*|سائل|افراز\w*|إفراز\w*|يطلع|تطلع|ينز\w*|تنز\w*|يرشح|ترشح)"
)
# ... with nothing growing anywhere in the window, before the piece or after it
_NOT_GROWING_ANYWHERE = _NOT_GROWING.replace(".{0,60}", ".*", 1)
_CLEAR_OOZE = rf"({_OOZE}[^.!?\n]{{0,25}}{_CLEAR}|{_CLEAR}[^.!?\n]{{0,25}}{_OOZE})"
_CALM_GAP = rf"(?:(?!{_NOT}|{_CALM}).){{0,30}}"
# Arabic negations as whole words ("مش دايخ", "ما دخت", "ولا دوخة"): gaps that never cross one
_NOT_AR = r"(?<!\w)و?(?:مش|مو|ما|لا|ولا|مب|مافي|مفيش|مافيش|بدون)(?!\w)"
_NOT_AR_GAP_40 = rf"(?:(?!{_NOT_AR}).){{0,40}}"
_NOT_AR_GAP_100 = rf"(?:(?!{_NOT_AR}).){{0,100}}"
# Blood named only to say what a fluid looks like ("как будто кровь хлещет", "as if blood was
# pouring", "als ob Blut", "comme si du sang", "sanki kan", "كأنه دم"): the comparison, not blood
_NOT_A_SIMILE = (
    r"(?<!как будто )(?<!будто )(?<!словно )(?<!как бы )(?<!as if )(?<!as though )(?<!as if the )"
    r"(?<!als ob )(?<!als wäre )(?<!comme si )(?<!comme si du )(?<!sanki )(?<!كأنه )(?<!كانه )(?<!كأن )(?<!كأنها )"
)
# The forty-ninth round's (dev54): after a nose operation the nose is blocked by the splint, the
# packing, the swelling inside and the crusts for a week or two, and the patient breathes through
# the mouth, at night too (ASPS 'Rhinoplasty -- recovery'; BAAPS rhinoplasty aftercare). A
# breathing word told with a splint, packing or crusts ("nefes biraz zor ama atel var", "schlecht
# Luft wegen der Schiene", "je respire mal avec l'attelle", "тяжело дышать, тампоны", "صعوبة في
# التنفس بسبب الجبيرة") is that nose (``breathing_difficulty``'s ``unless``).
NOSE_SPLINT = (
    r"(\b(splints?|nasal packs?|packing|packs|tampons?|stents?|crusts?|crusting"
    r"|schiene\w*|nasenschiene\w*|tamponade\w*|tampon\w*|gips\w*|borken|krusten"
    r"|attelle\w*|m[eè]ches?|tampons?|cro[uû]tes?"
    r"|atel\w*|al[cç][ıi]\w*|tampon\w*|silikon\w*|kabuk\w*|kabuklan\w*)\b"
    r"|(тампон\w*|шин[аыуое]\b|шинк\w*|лангет\w*|гипс\w*|сплинт\w*|корк[аиу]\w*|корочк\w*)"
    r"|(جبيره|جبيرة|الجبيره|الجبيرة|الجبس|جبس|سبلنت|السبلنت|فتيل\w*|فتايل|الفتايل|تامبون|قشور|القشور))"
)
# ... and what makes a breath hard after any operation the emergency whatever the nose (NHS
# 'Shortness of breath' and 'Pulmonary embolism'; NICE NG158): breathless on stairs or walking, at
# rest, sitting or lying, after a flight, with a calf or leg told, faint or dizzy, sudden or
# worse, lips turning blue. Told anywhere near the breathing, the nose explains nothing.
_BREATH_DANGER = (
    r"(\b(stairs?|steps|walk\w*|climb\w*|at rest|sitting|lying|flight|flew|plane|calf|legs?"
    r"|faint\w*|dizz\w*|sudden\w*|worse\w*"
    r"|treppe\w*|stufen|gehen|laufen|in ruhe|im sitzen|im liegen|flug\w*|flieger|wade\w*|beine?"
    r"|ohnm[aä]cht\w*|schwindel\w*|pl[oö]tzlich\w*|schlimmer"
    r"|escaliers?|marche\w*|au repos|assise?|allong[eé]e?|vol|avion|mollets?|jambes?|malaise"
    r"|vertiges?|soudain\w*|pire"
    r"|merdiven\w*|y[uü]r[uü]\w*|dinlen\w*|otururken|yatarken|u[cç]a[gğk]\w*|u[cç]u[sş]\w*"
    r"|bald[ıi]r\w*|baca[kğ]\w*|bay[ıi]l\w*|aniden|birden|k[oö]t[uü]le[sş]\w*)\b"
    r"|\b(lips?|lippen?|l[eè]vres?|duda[kğ]\w*)\b[^.!?\n]{0,25}\b(blue|purple|gr[ae]y|blau\w*|bleu\w*|mor\w*)"
    r"|(лестниц\w*|ступеньк\w*|ходьб\w*|хожу|пройти|в покое|сидя|л[её]жа|перел[её]т\w*|самол[её]т\w*"
    r"|икр[аыуе]\b|ног[аиу]\b|обморок\w*|головокруж\w*|внезапн\w*|хуже|губ\w*[^.!?\n]{0,25}син\w*)"
    r"|(الدرج|السلم|سلالم|امشي|بمشي|المشي|مشيت|ماشي|مرتاح|الراحه|الراحة|قاعد|قاعده|قاعدة|نايم|نايمه"
    r"|طياره|طيارة|الطياره|الطيارة|الرحله|الرحلة|السفر|سمانه|سمانة|رجلي|دوخه|دوخة|دايخ|اغمى|أغمى"
    r"|فجاه|فجأة|فجأه|اسوأ|أسوأ|ازرق|زرقاء|زرقا))"
)
# A guard before each of ``breathing_difficulty``'s ``unless`` patterns (searched in the window of
# the hit, "^" its start; (?s: ...) so that "." crosses line breaks): the nose or the splint
# explains the breath only with no danger in that window.
_NO_BREATH_DANGER = rf"^(?s:(?!.*{_BREATH_DANGER}).*?)"
# A liposuction named, its drainage told pink or watery, no blood and no faintness anywhere
# (``heavy_bleeding``'s ``not_in``; (?s: ...) so that "." crosses line breaks).
_SEROUS_AFTER_LIPO = (
    r"^(?s:(?!.*("
    + _NOT_A_SIMILE
    + r"(blood|\bblut|\bsang\b|saign|\bkan\b|kanl|kanam|кров|\bدم\b|الدم|نزيف)"
    r"|dizz|faint|light-?headed|\bweak|\bpale\b|schwindel|ohnmacht|schwarz vor|vertige|malaise|étourdi|tête qui tourne"
    r"|baş\w* dön|bayıl|головокруж|обморок|темнеет в глазах|دوخ|دايخ|دوار|اغمى|غمى|اغماء))"
    r"(?=.*(\blipo|liposu|fettabsaug|absaugung|lipoaspiration|liposuccion|liposak|липосак|липо\b|شفط"
    # ... or its cannula ports named (the small puncture holes the tumescent fluid drains from)
    r"|\bports\b|\bport (holes?|sites?)\b|cannula|kanüle|einstich|canule|trous? de (canule|ponction)|kanül|port delik|проко\w*|فتحات الشفط|فتحات الكانيولا))"
    r"(?=.*(pink|watery|tumescent|serous|\brosa|rosig|wässrig|\brose\b|rosé|rosâtre|aqueux|pembe|\bsulu\b|su gibi|розов|водянист|сукрови|وردي|زهري|مائي|زي المي|زي الموي|مثل الماء)))"
)
# A liposuction named and nothing of the airway told -- no swallowing, breath, voice or tongue,
# nothing growing, fast or sudden, no fever (denied signs are blanked first): a swelling or a
# firm, pulling area under the chin or in the neck is the expected course after a neck or chin
# liposuction (ASPS 'Liposuction -- recovery': swelling and firmness for weeks), not a spreading
# infection of the floor of the mouth; ``airway_swallowing``'s ``not_in``.
_LIPO_NO_AIRWAY = (
    r"^(?s:(?=.*(\blipo|liposu|fettabsaug|absaugung|lipoaspiration|liposuccion|liposak|липосак|липо\b|شفط))"
    r"(?!.*(swallow|breath|voice|tongue|spread|grow|bigger|fast|sudden|fever|schluck|atem|\batm|stimme|zunge|wächst|größer|schnell|plötzlich|fieber"
    r"|aval|déglut|respir|voix|langue|grandit|grossit|\bvite\b|soudain|fièvre|\byut|nefes|\bses\w*|\bdil\b|büyü|hızla|aniden|ateş"
    r"|глота|дыш|голос|язык|раст[её]т|увеличива|быстро|резко|температур|بلع|نفس|تنفس|صوت|لسان|يكبر|بسرعه|بسرعة|فجأ|حراره|حرارة)))"
)
# The forty-fourth round's (dev49). Both breasts or implants told sitting high up under or to
# the chin ("sitting right up under my chin", "stehen bis unters Kinn", "remontés jusqu'au
# menton", "çeneme kadar yukarıda", "стоят под самым подбородком", "صدري طالع لتحت الذقن") and
# nothing of the airway told -- no swallowing, breath, voice, tongue, neck, throat or jaw,
# nothing growing, fast or sudden, no fever (denied signs are blanked first): the implants sit
# high and firm in the first weeks and drop over months (ASPS 'Breast augmentation -- recovery';
# BAAPS), a figure of speech, not a swelling under the chin; ``airway_swallowing``'s ``not_in``.
_BREASTS_HIGH_NO_AIRWAY = (
    r"^(?s:(?=.*(breasts|boobs|implants|tits|brüste|busen|implantate|seins|prothèses|nichons"
    r"|göğüsler\w*|göğüslerim|memelerim|груд\w*|импланты|сиськи|صدري|الصدر|الثديين|ثديي|السيليكون)"
    r"[^.!?\n]{0,50}((up )?(under|to|till|below) (my |the )?chin|(bis )?(unters|unter das|unter mein|zum|ans) kinn"
    r"|(jusqu'?au|sous le) menton|çene\w* (kadar|altına|altında)|(под|до) (самым |самого |самый )?подбород\w*"
    r"|(تحت|لتحت|لحد|لعند|عند) ?(ال)?(ذقن|دقن)\w*))"
    r"(?!.*(swallow|breath|voice|tongue|neck|throat|jaw|spread|grow|fast|sudden|fever|schluck|atem|\batm"
    r"|stimme|zunge|hals|kiefer|wächst|schnell|plötzlich|fieber|aval|déglut|respir|voix|langue|\bcou\b"
    r"|gorge|mâchoire|grandit|\bvite\b|soudain|fièvre|\byut|nefes|\bses\w*|\bdil\b|boyn|boğaz|hızla"
    r"|aniden|ateş|глота|дыш|голос|язык|ше[яие]\b|горл|челюст|раст[её]т|быстро|резко|температур"
    r"|بلع|نفس|تنفس|صوت|لسان|رقب|حلق|زور|الفك|يكبر|بسرعه|بسرعة|فجأ|حراره|حرارة)))"
)
# The window of a warm red patch (``pus``'s ``unless``): what makes it an infection beyond a
# same-day look -- pus, a smell, a streak, a spreading redness (NICE NG125; NHS 'Cellulitis').
_PURULENT = (
    r"(\bpus|eiter|\birin|iltihap|гно|صديد|قيح|green|grün|\bvert|yeşil|зел[её]н|اخضر|أخضر"
    r"|smell|odou?r|geruch|riech|stink|\bpue|koku|запах|пахн|вон|ريح|رائح|streak|streif|traînée|\bçizgi|полос|خطوط"
    r"|(?<!not )(?<!nicht )(?<!pas )(?<!не )(?<!ما )(?<!مو )(?<!مش )\b(spreading|ausbreit|breitet sich aus|s'étend|yayılıyor|распростран|ينتشر))"
)
# warm or hot, told of the patch
_WARM = r"(?=.*(\bwarm|\bhot\b|heiß|chaud|sıcak|тепл|горяч|دافي|دافئ|سخن|حار\b))"
# told as not growing or spreading ("not getting bigger", "nicht größer geworden", "ne grandit pas")
_NOT_SPREADING = (
    r"(?=.*((not|n't|hasn'?t|isn'?t|hasn'?t been) (getting |got |gotten |been )?(any )?(bigger|larger|grown|growing|spread\w*|wider)"
    r"|same size|nicht (mehr )?(größer|gewachsen|breiter|ausgebreitet)|breitet sich nicht|gleich groß|(ne )?(grandit|s'étend|s'agrandit) pas"
    r"|pas plus grand|même taille|büyümedi|büyümüyor|yayılmıyor|yayılmadı|aynı boyut|не (увеличива|увеличил|раст[её]т|вырос|распростран|стал\w* больше)"
    r"|(ما|مو|مش) (عم )?(كبر|كبرت|يكبر|تكبر|انتشر|ينتشر|زاد)|نفس الحجم))"
)
# the fever ruled out ("no fever", "kein Fieber", "pas de fièvre", "ateş yok", "температуры нет")
_NO_FEVER = (
    r"(?=.*((\bno|\bkein\w*|\bpas de|\bsans|\bбез|\bнет|مفيش|مافيش|ما في|مافي|ما عندي|بدون|ولا) ?(high |any )?(fever|temperature|temp\b|fieber|temperatur|fièvre|ateş|температур|حراره|حرارة|سخونه|سخونة)"
    r"|(ateş\w*|температур\w*|fieber) (yok|нет|habe ich keins|hab ich keins)))"
)
# The numbness told as never gone ("the numbness never went away", "die Taubheit geht nicht weg",
# "l'engourdissement ne part pas", "uyuşma geçmedi", "онемение не проходит", "التنميل ما راح")
# next to the lip, chin or tongue, either order: the anaesthetic outlasted (Renton & Yilmaz)
_NUMB_STAYS = (
    r"(numb\w*|no feeling|anaesthe\w*|anesthe\w*|taubheit\w*|betäubung\w*|engourdi\w*|anesthésie|insensibilité"
    r"|uyuşma\w*|uyuşuk\w*|uyuşukluk\w*|онемени\w*|заморозк\w*|анестези\w*|التنميل|تنميل|الخدر|البنج|بنج)"
    r"[^.!?]{0,20}(never (went|goes|go|wore|worn|came) (away|off|back)"
    r"|(hasn'?t|has not|didn'?t|did not|won'?t|isn'?t|is not) (\w+ )?(gone|go|went|worn|wear|wearing|come|coming)( off| away| back)?"
    r"|geht (einfach )?nicht (mehr )?weg|(ist|war) (immer noch |noch immer |noch )?nicht (weg|weggegangen|abgeklungen|zurückgegangen)|lässt nicht nach"
    r"|ne (part|passe|s'en va|disparaît) (pas|jamais)|n'est (pas|jamais) (parti|partie|passé|passée)|ne s'est (pas|jamais) (dissipé\w*|estompé\w*)"
    r"|geçmedi|geçmiyor|gitmedi|не (прошл\w*|проход\w*|отошл\w*|отход\w*|ушл\w*|уход\w*)|(ما|مو|مش|لم) (راح|يروح|خف|يخف|زال|يزول))"
)
_LIP_CHIN = (
    r"(\b(lips?|chin|tongue|(unter|ober)?lippe\w*|kinn|zunge|lèvre\w*|menton|langue|dudağ\w*|dudak\w*|çene\w*|dil(im|imde|imi|in)?\b"
    r"|губ\w*|подбород\w*|язык\w*)|شفت\w*|شفاي\w*|الشفه|الشفة|ذقن\w*|الذقن|لسان\w*)"
)
# A day or more ago as the start ("since yesterday", "for two days"), six languages
_SINCE_A_DAY = (
    r"(\bsince (yesterday|last night|\w+day)|\bfor (\d+|two|three|a few|several) days|\bseit (gestern|vorgestern|\d+ tagen|zwei tagen|drei tagen)"
    r"|\bdepuis (hier|avant-hier|\d+ jours|deux jours|trois jours)|\b(dünden|dunden|evvelsi günden|\d+ gündür|iki gündür|üç gündür)"
    r"|\b(со|с) (вчера|вчерашнего|позавчера)|уже (\d+|два|три) (дня|дней|суток)|(من|مِن) (امس|أمس|البارح\w*|يومين|\d+ ايام|ثلاث ايام))"
)
# "still" in six languages, for numbness told as lasting with "still" first
_STILL = (
    r"(\bstill\b|immer noch|noch immer|nach wie vor|\btoujours\b|\bencore\b|\bhala\b|\bhâlâ\b|\bhâla\b"
    r"|до сих пор|всё ещё|все ещё|все еще|по-прежнему|لسه|لسا|لساتني|لسى|لا زلت|ما زلت|مازلت|لا زال|ما زال|مازال)"
)
# numb told as such (the adjective or verb, not the noun of _NUMB_STAYS)
_NUMB_WORD = (
    r"(\bnumb|no feeling|can'?t feel|cannot feel|\btaub|gefühllos|pelzig|kein gefühl|nicht (mehr )?(spür|fühl)\w*|engourdi\w*|insensible\w*|anesthési\w*"
    r"|ne (res)?sens (toujours |encore )?(plus|rien|pas)"
    r"|uyuş\w*|hissiz\w*|hissetmiyor\w*|онемел\w*|немеет|немеют|бесчувств\w*|не чувству\w*|منمل\w*|مخدر\w*|متخدر\w*|خدر|ما احس|ما أحس)"
)
# Lip, chin or tongue numbness told as lasting ("still", "since") after lower implants.
_NERVE_NUMB = (
    # numbness told as lasting ("still", "since", "for days"): on the day itself the
    # local anaesthetic explains it (unless below)
    r"\b(lips?|chin|tongue|jaw)\b.{0,40}\b(still|since|for (\d+|two|three|several|a few) days)\b.{0,25}\b(numb|no feeling|can'?t feel|tingl)",
    r"\b(lips?|chin|tongue)\b.{0,40}\b(numb|no feeling)\w*.{0,25}\b(since|for (\d+|two|three|several|a few) days|still)\b",
    r"\b(still|since)\b.{0,15}\b(numb)\w*.{0,30}\b(lips?|chin|tongue)\b",
    r"(bit|bite|biting|burn\w*) (my |his |her )?(lip|tongue|cheek).{0,30}(didn'?t|couldn'?t|can'?t|without) (even )?feel",
    rf"{_NUMB_STAYS}.{{0,80}}{_LIP_CHIN}|{_LIP_CHIN}.{{0,80}}{_NUMB_STAYS}",
    r"(lippe|kinn|zunge)\w*.{0,40}(immer noch|noch immer|seit|nach wie vor|weiterhin)\b.{0,25}(taub|gefühllos|pelzig|kein gefühl)",
    r"(lèvre|menton|langue)\w*.{0,40}(toujours|encore|depuis)\b.{0,25}(engourdi|insensible|anesthési|sens plus|sens rien)",
    r"(dudak|dudağ|çene|dil\b|dilim)\w*.{0,40}(hala|hâlâ|günden beri|gündür|den beri|dan beri)\b.{0,25}(uyuş|his(siz| yok)|hissetmiyor)",
    r"(губ|подбородок|подбородк|язык)\w*.{0,40}(до сих пор|всё ещё|все еще|уже \w+ (дн|сут)|со дня)\b.{0,25}(онемел|немеет|неме|не чувству|бесчувств)",
    r"(شفتي|شفايفي|الشفه|الشفة|ذقني|الذقن|لساني)\w*.{0,40}(لسه|لسا|لساتها|لا تزال|ما زال|مازال|من يوم|من \w+ ايام)\b.{0,25}(منمل|مخدر|مخدره|تنمل|خدر|ما احس|ما أحس)",
    # the time told first, a day or more ("since yesterday my lower lip and chin are numb",
    # "seit gestern sind Lippe und Kinn taub", "depuis hier ma lèvre et le menton sont
    # insensibles", "dünden beri dudağım uyuşuk", "со вчера губа и подбородок онемели", "من امس
    # شفتي وذقني مخدرة"): the anaesthetic of the day of the operation has long worn off
    rf"{_SINCE_A_DAY}[^.!?]{{0,40}}{_LIP_CHIN}[^.!?]{{0,60}}{_NUMB_WORD}",
    # "still" told first, then the lip and the feeling lost in either order ("I still cant feel
    # my lower lip", "до сих пор не чувствую губу", "hala dudağımı hissetmiyorum", "لسه ما احس
    # بشفتي", "je ne sens toujours pas ma lèvre", "ich spüre immer noch meine Unterlippe nicht")
    rf"{_STILL}[^.!?]{{0,20}}{_NUMB_WORD}[^.!?]{{0,40}}{_LIP_CHIN}",
    rf"{_STILL}[^.!?]{{0,40}}{_LIP_CHIN}[^.!?]{{0,40}}{_NUMB_WORD}",
    rf"ne (res)?sens (toujours|encore) (pas|rien)[^.!?]{{0,40}}{_LIP_CHIN}",
    rf"\b(spür|fühl)\w*[^.!?]{{0,15}}(immer noch|noch immer|nach wie vor)[^.!?]{{0,40}}{_LIP_CHIN}[^.!?]{{0,30}}\bnicht\b",
)
_ANAESTHETIC_HOURS = r"\b(\d+|few|couple of|two|three) (hours?|hrs?)\b|stunden|heures|saat\b|saattir|час(а|ов)?\b|ساعات|ساعتين"
# The same-day nerve entry's id, and the bite, burn or spill gone unnoticed that makes numbness
# urgent, for triage's reading of numbness told in hours (``triage._anaesthetic_hours``).
NERVE_REVIEW = "nerve_numbness_review"
# What makes the numbness an emergency rather than the surgeon's same-day review: Renton &
# Yilmaz (BDJ 2012) ask for the surgeon within 24-36 hours for numbness that outlasts the
# anaesthetic, complete or not and however many days it has lasted -- a same-day review
# (``nerve_numbness_review``); what cannot wait is the lip or tongue being hurt unnoticed now: a
# bite or a burn not felt, a drink running out of the mouth without the patient noticing.
NERVE_URGENT = (
    r"(\bbit\b|\bbite\b|biting|gebissen|beiße|mordu|mords|ısırd\w*|ısırıyorum|прикус\w*|укусил\w*|عضيت|اعض"
    r"|(burn\w*|verbrannt|verbrenn\w*|brûlé|brûle|yaktım|yandı|обжег\w*|обожгл\w*|اتحرقت|حرقت) (my |mir |me |la |ma |dudağ\w* |губ\w* )?(lip|tongue|lippe|zunge|lèvre|langue|dil|язык)"
    r"|(dribbl|drool|spill|run\w* out|leak\w* out)\w*.{0,30}(without (noticing|feeling)|don'?t (notice|feel)|can'?t feel|didn'?t (notice|feel))"
    # the unnoticing told first ("can't tell when I'm drooling")
    r"|(can'?t tell|don'?t (notice|know|reali[sz]e)|without (noticing|realising|realizing)) (when |that |if )?(i'?m |i am )?(drool|dribbl|spill)"
    r"|(läuft|tropft|sabber)\w*.{0,30}(ohne (es|dass)|merke (es |das )?nicht|spüre (es |das )?nicht)"
    r"|(coule|bave)\w*.{0,30}(sans (le |que je )?(sentir|remarquer|m'en rendre)|sans que je (le |la |m'en )?(sente|remarque|rende compte)|je (ne )?(le )?sens (pas|rien))"
    r"|(akıyo|akıyor|kaçıyor|dökülüyor)\w*.{0,20}(fark etm|farketm|hissetm)"
    r"|(течет|течёт|вытека|капает|проливаю)\w*.{0,30}не (замеча|чувству|заметил)"
    r"|(ينزل|يطلع|يسيل|ينكب|تنزل|تطلع|تسيل|تنكب)\w*.{0,30}(ما احس|ما أحس|وما حسيت|ما انتبه|ما بحس)"
    # a burning or electric pain in the numb lip or chin (dysaesthesia: neuropathic pain marks
    # the worse nerve injury, Renton & Yilmaz, BDJ 2012; Renton et al., 'Post-implant
    # neuropathy of the trigeminal nerve', BDJ 2012: the implant out within 30 hours) -- "and it
    # burns at times", "brennt ab und zu", "ça brûle par moments", "yanıyor", "жжёт", "يحرق"
    r"|(\band it|\bit|\bit's|\band) (burns|stings|is burning)|\bburning (pain|sensation|feeling)|electric (shocks?|pain)|\bbrenn(t|en|end)\b|stromschlag\w*"
    r"|\b(ça|ca|et|qui) (me )?brûle\b|brûlures?\b|décharges? électrique\w*|\byan(ıyor|iyor|ma\w*)\b|elektrik çarp\w*|жж[её]т|жжени\w*|жжётся|током бь\w*|(يحرق|تحرق|حرقان|حرقه|كهربا)\w*)"
)
# German "nässt ein bisschen", "nässt leicht", "nässt klar": a little serous weeping.
# (the fiftieth round's, de50: "bisschen" typed without its "ein", "nässt bisschen klar", and
# the southern "bissl", "bissel" -- the same little serous weeping)
_NOT_A_LITTLE_DE = r"(?!\s+(nur |noch |etwas )?(ein (klein )?(bisschen|wenig)|bisschen|bissl|bissel|etwas|leicht|minimal|kaum|klar|hell))"
# Arabizi: a breast or side of the body told by its side ("el sadr el ymeen", "jihti el shmal",
# "bzazi el yasar"), and the words for bigger, swollen, tight or hard that tie a haematoma to it.
_AZ_SIDE = (
    r"\b(el |al |l)?(sadr|sadri|sedr|sidr|thady|thadi|bez|bzaz|bazz|nahd|jiha|jihti|jeha|janb|jamb|na7ye|na7ya|taraf)\w*"
    r" (el |al |l)?(ymeen|yemeen|yamin|yemin|ymin|yameen|yasar|yesar|ysar|ysaar|shmal|shemal|shmel)\b"
)
_AZ_BIGGER = (
    r"(kb[ie]+r|kabeer|akbar|akbr|kbret|kber|kib[ie]+r|keb[ie]+r|mnfo5|manfoo?(5|kh)|mnfoo?(5|kh)|mntf(5|kh)|mtwarem|mitwarem|metwarem|waram|"
    r"m[ae]?sh?d[ou]+d\w*|2as[iy]\w*|gas[iy]\w*|ga6i|msh?d[ou]+d)"
)
# A fever word followed by a reading below 38 °C ("ateş 37.8-37.9 arası", "Fieber 37,5") names a
# raised temperature, not a fever: NHS and NICE NG51 count 38 °C and above. The reading itself
# is a symptom (``soon``, lexicon.SYMPTOMS); a range reaching 38 keeps the flag. So does a word
# said to be normal ("ateşim normal", "الحرارة طبيعية"). The word's ending is taken
# possessively so that backtracking cannot slip past the reading.
_NORMAL_TEMP = r"\s*(?:is |ist |est |s )?(?:normal\w*|طبيعي\w*|عادي\w*|تمام\b|نورمال\b|مظبوط\w*)"
_BELOW_38 = (
    r"\w*+(?![\s:~]*(?:(?:of|von|de|um|vers|bei|at|à|around|около|حوالي) ?)?3[5-7](?:[.,]\d+)?"
    r"(?:\s*(?:-|–|/|to|bis|ile|à|a|до|و)\s*3[5-7](?:[.,]\d+)?)?(?!\d|[.,]\d|\s*(?:-|–|to|bis|до)\s*\d)"
    r"|" + _NORMAL_TEMP + r")"
)

# The gap between a swelling and the jaw, chin or neck that holds no bruise word: in "the cheek
# still a bit swollen and the bruise on the chin turned yellow" ("щека отёкшая и синяк на
# подбородке пожелтел") the chin is the bruise's place, not the swelling's -- a bruise going
# yellow is the expected course (NHS 'Bruises'), no swelling spreading under the jaw
# (``airway_swallowing``).
_NO_BRUISE_GAP = r"(?:(?!bruis|bluterguss|blauer fleck|blauen fleck|blaue fleck|blauem fleck|hämatom|\bbleu|hématome|ecchymose|morluk|morart|\bmor\b|синяк|гематом|كدم|ازرقاق)[^.!?\n])"
# A temperature read below 38 °C (NHS and NICE NG51 count 38 and above as a fever) and the
# patient otherwise well, six languages (``pus``'s ``unless`` for a little cloudy fluid).
_LOW_READING_WELL = (
    r"(?=.*((fever|temp\w*|fieber|fièvre|ateş\w*|температур\w*|حرار\w*)[^.!?\d]{0,15}3[5-7](\.\d+)?(?!\.?\d)|\b3[5-7](\.\d+)?\s*(°|grad|degrees?|derece|градус|درج)))"
    r"(?=.*(otherwise (i'?m |i feel |i am |feeling )?(fine|well|ok|okay|good)|(feel|feeling|i'?m) (fine|well|ok|okay|good) otherwise|apart from that (i'?m |i feel )?(fine|well|ok|good)"
    r"|sonst (geht'?s mir|gehts mir|geht es mir|fühle ich mich|fühl ich mich|ist alles|alles) (\w+ )?(gut|ok|okay|prima|bestens|fit)|ansonsten (geht'?s mir |gehts mir |geht es mir |fühle ich mich )?(gut|ok|fit)"
    r"|sinon (ça va|ca va|je vais bien|je me sens bien|tout va bien)|à part ça (ça va|je vais bien|je me sens bien)"
    r"|(onun dışında|bunun dışında|onun haricinde|geri kalan\w*|genel olarak) (\w+ )?(iyiyim|iyi hissediyorum|her şey yolunda|iyi)"
    r"|в остальном (всё |все )?(нормально|хорошо|в порядке)|(а так|в целом) (чувствую себя )?(нормально|хорошо)|самочувствие (нормальное|хорошее)"
    r"|(غير كذا|غير هيك|غير كده|ما عدا ذلك|ما عدا هذا|عدا ذلك)\s*(انا )?(تمام|بخير|كويس\w*|منيح\w*|زين\w*|مرتاح\w*)))"
)

# Both sides told alike, six languages, with no one side, sudden growth or hourly worsening
# told after it (``breast_haematoma``'s ``unless``).
_BOTH_SIDES_SAME = (
    r"(\bboth (sides|breasts|boobs|implants)\b.{0,25}\b(the same|same|equal\w*|symmetric\w*|alike|even)\b|\b(same|equal) on both sides"
    r"|\bbeide (seiten|brüste|implantate)\b.{0,25}\b(gleich\w*|symmetrisch)\b|(auf |an )?beiden seiten (genau )?gleich"
    r"|\b(les )?deux (côtés|cotés|cotes|seins|prothèses)\b.{0,25}\b(pareils?|pareilles?|identiques?|symétriques?|la même chose)\b|\b(pareil|identique|la même chose) des deux côtés"
    r"|\b(iki|her iki) (taraf|göğ|meme|yan)\w*.{0,15}\b(aynı|eşit|simetrik)\w*"
    r"|\b(обе|две|обеих) (стороны|груди|сторон|груд)\w*.{0,20}одинаков\w*|\bс обеих сторон.{0,20}одинаков\w*|одинаков\w* с (обеих|двух) сторон"
    r"|(الجهتين|الجهتان|الجنبين|الناحيتين|الطرفين|الثديين|الاثنين|الثنين)\s*(نفس الشي|نفس الشيء|زي بعض|مثل بعض|متساوي\w*|نفس الحجم|سوا\b)|نفس الشي (في|ب)(الجهتين|الجنبين))"
    r"(?!.{0,60}(one side|one breast|one is|\b(left|right) (one|side|breast)\b|sudden|bigger than|by the hour|eine seite|eine brust|(linke|rechte) (seite|brust)|plötzlich|größer als"
    r"|un côté|un sein|(sein|côté) (gauche|droit)|soudain|d'un coup|plus gros que|bir taraf|tek taraf|(sağ|sol) (taraf|göğ|meme)|aniden|birden|daha büyük"
    r"|одна сторона|одна грудь|(правая|левая)|внезапно|резко|больше чем|جهه وحده|جهة وحدة|وحده اكبر|فجأ|اكبر من))"
)

_ACUTE_EYE_EN = (
    r"vomit\w*|threw up|throwing up|being sick|(severe|terrible|pounding|bad|strong) headache"
)
_ACUTE_EYE_DE = (
    r"erbroch|erbrech|übergeb|kotz|(starke|höllische|heftige|extreme)\w* kopf(schmerz|weh)"
)
_ACUTE_EYE_FR = r"vomi|mal de tête (violent|terrible|fort)|migraine"
_ACUTE_EYE_TR = r"kus|şiddetli baş ağrı"
_ACUTE_EYE_RU = r"рвот|вырвал|рвал|сильн\w* голов"
_ACUTE_EYE_AR = r"ترجيع|استفراغ|استفرغ|صداع قوي|صداع شديد"
# A sign not denied right before it ("no", "kein", "pas de", "без", "ما في", "ولا") nor right
# after it ("рвоты нет", "kusma yok"): the window between two signs may hold a denied one.
_DENIED_RIGHT_BEFORE = (
    r"(?<!\bno )(?<!\bnot )(?<!\bkein )(?<!\bkeine )(?<!\bkeinen )(?<!\bnicht )(?<!\bpas de )(?<!\bsans )"
    r"(?<!\bни )(?<!\bбез )(?<!\bнет )(?<!ما في )(?<!مافي )(?<!مفيش )(?<!ولا )(?<!بدون )(?<!ما )"
)
_DENIED_RIGHT_AFTER = r"(?![^.,;!?]{0,20}\s(нет|yok|değil|nicht|pas)\b)"


def _told(sign: str) -> str:
    """``sign`` (an alternation) affirmed: not denied right before or right after it."""
    return rf"{_DENIED_RIGHT_BEFORE}(?:{sign}){_DENIED_RIGHT_AFTER}"


# Vomiting, and wind that passes (not "no wind", "winde gehen nicht", "газы не отходят"), in six
# languages: what sets a bowel obstruction apart from constipation (ASMBS; NHS 'Bowel obstruction')
_VOMITED = (
    r"\b(vomi\w*|throw\w* up|being sick|erbrech\w*|(ü|ue|u)bergeb\w*|kus(?!ur)\w*|рвот\w*|рвёт|рвет|стошни\w*"
    r"|استفراغ|استفرغ\w*|ارجع|برجع|ترجيع)"
)
# The signs that make a skin reaction anaphylaxis (NHS 'Anaphylaxis'), and the airway told fine
_ANAPHYLAXIS_SIGN = (
    r"\b(swell\w*|swollen|puff\w*|wheez\w*|can'?t breathe|short of breath|dizzy|faint\w*"
    r"|\w*schwell\w*|geschwoll\w*|atemnot|pfeif\w*|schwindel\w*|gonfl\w*|enfl\w*|siffl\w*|essouffl\w*|vertige\w*"
    r"|şiş\w*|hırıltı\w*|nefes darlığı|baş dönme\w*|bayıl\w*|опух\w*|от[её]к\w*|распух\w*|одышк\w*|задыха\w*|свист\w*|головокруж\w*"
    r"|تورم|ورم\w*|انتفخ\w*|منتفخ\w*|ضيق|صفير|دوخ\w*|دايخ\w*)"
)
_AIRWAY_FINE = (
    r"\b(lips?|tongue|throat|breath\w*|lippe\w*|zunge|hals|atem\w*|atmung|lèvres?|langue|gorge|respir\w*"
    r"|dudak\w*|boğaz\w*|nefes\w*|губ\w*|язык\w*|горл\w*|дыш\w*|дыхани\w*|شفايف\w*|شفتي|حلق\w*|لسان\w*|تنفس\w*|نفسي)\b"
    r"[^.!?]{0,40}\b(fine|normal\w*|ok|okay|gut|in ordnung|unauffällig|bien|rahat|tamam|iyi|в норме|нормальн\\w*|хорошо"
    r"|عادي\w*|طبيعي\w*|تمام|سليم\w*|مرتاح\w*)\b"
)
_WIND_PASSES = (
    r"((?<!not )(?<!n't )(?<!no )(?<!can't )(?<!cannot )\b(passing|pass|passed|i can pass) (gas|wind)\b|\b(gas|wind) (is |still )?(passing|passes|comes out|coming out)\b"
    r"|\b(winde|blähungen|pupse) (gehen|kommen|gehn)( \w+)?(?! nicht| kaum| keine)\b|\bwinde (gehen|kommen) ab\b(?! nicht)"
    r"|\b(les )?gaz (passent|sortent)\b|\bje (pète|pete|fais des gaz)\b"
    r"|\bgaz\w* (çıkıyor|çıkarabiliyorum|çıkarıyorum|geliyor)\b"
    r"|газы (отходят|выходят|идут)|газики (отходят|выходят)"
    r"|(الغازات|غازات) (تطلع|طالعه|طالعة|بتطلع|عم تطلع)|بطلع غازات)"
)


# Local anaesthetic toxicity's signs, one alternation per sign, each in six languages
# (Cyrillic ones are also matched in Latin transliteration).
_LAST_SIGNS: tuple[str, ...] = (
    # numb or tingling lips, tongue or mouth
    r"(\b(lips?|tongue|mouth)\b.{0,20}\b(numb|tingl)|\b(numb|tingl)\w* (lips?|tongue|mouth)"
    r"|(lippe|zunge|mund)\w*.{0,20}(taub|kribbel|pelzig)|(lèvres|langue|bouche)\w*.{0,20}(engourdi|fourmill|picot)"
    r"|(dudak|dil\b|dilim|ağz)\w*.{0,20}(uyuş|karınca)|(губ|язык|рот)\w*.{0,20}(неме|онеме|покалыв)"
    r"|(شفايفي|شفتي|شفايف|لساني|فمي|الشفايف|اللسان)\w*.{0,20}(تنمل|منمل|مخدر|خدر|ينمل|تنميل))",
    # ringing ears
    r"(\bears?\b.{0,20}\bring|\bringing in (my |the )?ears|tinnitus|ohr\w*.{0,20}(klingel|pfeif|rausch)"
    r"|oreilles?.{0,20}(sifflent|siffle|bourdonn|tinte)|acouphène|kula\w*.{0,20}(çınl|uğul)"
    r"|(в )?уш\w*.{0,10}(звенит|звон|шумит|гудит)|звон\w* в уш|(اذني|أذني|اذاني|اذني|الاذن|الأذن)\w*.{0,20}(تصفر|تطن|طنين|صفير)|طنين)",
    # a metallic taste
    r"(metal\w*|metallic) taste|taste\w*.{0,10}(of )?metal|metall\w*geschmack|geschmack.{0,15}metall"
    r"|goût.{0,15}(métal|métallique)|metal(ik)? tad|ağz\w*.{0,10}metal|вкус\w* металл|металлическ\w* вкус"
    r"|طعم\w* (معدن|حديد)",
    # twitching or jerking
    r"(twitch|jerk)\w*|(zuck|zittern unkontrolliert)\w*|(tressaill|spasme|secousse|contraction\w* involontaire)\w*"
    r"|(seğir|kasıl)\w*|(подергива|дерга|судорог)\w*|(ترتعش|ترتجف|رعشه|رعشة|تشنج|ينتفض|تنتفض)\w*",
)

# Words that name a measured reading, each in six languages (Cyrillic also in transliteration).
_PULSE = (
    r"\bpulse|heart ?rate|\bhr\b|\bpuls\b|pulsschlag|herzfrequenz|\bpouls\b|fréquence cardiaque"
    r"|rythme cardiaque|\bnabı?z\w*|пульс\w*|\bчсс\b|сердцебиени\w*|النبض|نبضي|نبض القلب|دقات القلب|\bnabd\w*"
    # the heart itself given a rate ("my heart is going 130", "kalbim dakikada 130 atıyor")
    r"|\bheart\b|\bherz\b|\bc(o|œ)eur\b|\bkalbim\b|\bkalp\b|сердц\w*|قلبي|القلب"
)
_OXYGEN = (
    r"oxyg[eè]n\w*|\bo2\b|\bspo2\b|\bsp02\b|\bsats?\b|saturation|sättigung|sauerstoff\w*|oksijen\w*"
    r"|satürasyon\w*|сатурац\w*|кислород\w*|الاكسجين|الأكسجين|الاوكسجين|الأوكسجين|اكسجين|تشبع"
)
_BLOOD_PRESSURE = (
    r"blood pressure|\bbp\b|blutdruck|\brr\b|\btension\b|pression artérielle|tansiyon\w*|давлени\w*"
    r"|\bад\b|الضغط|ضغطي|ضغط الدم"
)

# Meningism's signs (NHS 'Meningitis'), one alternation per sign, each in six languages and in
# Arabizi: a severe headache, a stiff neck (or one that cannot be moved or bent), light that hurts.
_MENINGISM_SIGNS: tuple[str, ...] = (
    r"((severe|terrible|worst|splitting|pounding|unbearable|excruciating|really bad|awful|horrible) headache"
    r"|head\w* (is )?(killing|pounding|splitting|exploding|about to explode)"
    r"|(starke|heftige|schlimme|höllische|unerträgliche|extreme)\w* kopf(schmerz|weh)|kopf\w*.{0,15}(platzt|explodiert|zerspringt)"
    r"|(gros|fort|violent|terrible|affreux|horrible|atroce)\w* (mal|maux) de tête|((mal|maux) de tête|céphalée)\w* (violent|terrible|horrible|atroce|insupportable)|tête (va )?(explos|éclat)\w*"
    r"|(şiddetli|çok kötü|dayanılmaz|korkunç|müthiş) baş ?ağrı|başım\w* (çatlıyor|patlıyor|çok ağrıyor|çok fena ağrıyor)"
    r"|(сильн|ужасн|невыносим|адск|дик)\w* (головн\w* бол|болит голова)|голова (раскалывается|разрывается|адски болит|очень болит|болит очень)"
    r"|(راسي|رأسي|الراس|الرأس)\w*.{0,10}(يوجعني|يعورني|يألمني|بينفجر|ينفجر|يتفجر)|صداع (شديد|قوي|فظيع|مو طبيعي|ما يطاق)"
    r"|\bra2s\w*.{0,10}(yoja3|yewja3|biwja3|bywja3|y3awer|yi3awer|bi3awer|ywaja3)\w*|\bsuda3 (shadeed|qawi|fa?th?ee3))",
    r"(stiff neck|neck\w* (is |feels |so |very )*stiff|(can'?t|cannot|unable to) (bend|move|turn|lower) (my |his |her )?(neck|head|chin)"
    r"|nacken\w* (ist |so |ganz )*steif|steife[nr]? (nacken|hals)|kann (den |meinen )?(kopf|nacken|hals) nicht (mehr )?(bewegen|beugen|drehen|senken)"
    r"|nuque\w* (est |toute |très )*raide|raideur (de la nuque|du cou)|(peux|arrive) (pas|plus) (à )?(bouger|plier|tourner|baisser) (la nuque|le cou|la tête)"
    r"|(ense|boyn)\w* (tutuldu|kaskatı|sertleşti|çok sert|hareket ettiremiyorum|oynatamıyorum|eğemiyorum|bükemiyorum)|boynumu (hareket ettiremiyorum|oynatamıyorum|eğemiyorum|çeviremiyorum)"
    r"|ригидн|(шея|шею|затылок)\w*.{0,15}(не гнется|не гнётся|не поворачива|деревянн|каменн|скован|не наклоня)|не (могу|может) (наклонить|повернуть|пошевелить|согнуть) (голову|шеей|шею)"
    r"|رقبت\w*.{0,20}(متيبس|ناشف|ما تتحرك|ما تنثني|مو قادر|ما اقدر احركها|ما أقدر أحركها)|(ما|مو|مش) (اقدر|أقدر|قادر|قادره) (احرك|أحرك|اثني|أثني|الف|ألف) رقبت"
    r"|\b(ma|mu|msh|mish|mesh) (a?g?2?da?r\w*|ader|2ader|2adra) a?[7h]a?rr?e?k\w* (el |al )?ra[q2g]a?ba?t)",
    r"(photophob|(bright )?lights?\w*.{0,20}(hurts?|painful|unbearable|bothers|kills)|(can'?t|cannot) (stand|bear|look at|tolerate) (the |any )?(bright )?light"
    r"|lichtempfindlich|lichtscheu|licht\w*.{0,20}(tut (so )?weh|schmerzt|unerträglich|blendet extrem|halte ich nicht aus)"
    r"|photophob|lumière\w*.{0,20}(fait mal|insupportable|me gêne|me dérange|supporte pas)|(supporte|supporter) (pas|plus) la lumière"
    r"|ışı\w*.{0,20}(rahatsız ediyor|acıtıyor|dayanamıyorum|batıyor|gözümü acıtıyor|bakamıyorum)"
    r"|светобоязн|свет\w*.{0,20}(режет|больно|раздража|невыносим|бьет|бьёт)"
    r"|(الضوء|الضو|النور|الاضاءه|الإضاءة)\w*.{0,20}(يزعجني|يضايقني|يوجع|يعور|ما اتحمل|ما أتحمل|ما اقدر اطالع)"
    r"|\b(el |al )?(dhaw|daw|do2|dow|nour|noor)\w*.{0,20}(yez3ij|yiz3ij|biz3ij|yda[yi]e2|byda[yi]e2|y3awer|yoja3|ywaja3))",
)


# An egg collection (or IVF) named earlier in the message: measurements alone (kilos, a waist in
# cm) are OHSS only in that context (HFEA 'Risks of fertility treatment').
# A weight gain of more than 1 kg (HFEA and RCOG Green-top No. 5: a gain of more than a
# kilogram a day is rapid): 1 kg or a fraction of one is no sign alone.
_KG_OVER_1 = r"(?!(0|1)([.,]0)? ?(kg|kilo|кг|كيلو|كغ))(?!0[.,]\d)\d+([.,]\d)?"
_IVF = (
    r"(egg (collection|retrieval)|retrieval|\bivf\b|\bicsi\b|eizell\w*|punktion|ponction|ovocyt\w*|\bfiv\b"
    r"|yumurta|tüp bebek|пункци\w*|\bэко\b|البويض\w*|بويضات|اطفال الانابيب|أطفال الأنابيب|الحقن المجهري).{0,200}"
)


# The signs of a limb's compartment under pressure (BOAST 2016), in six languages (Cyrillic also
# in Latin letters): ``compartment_syndrome`` takes two different ones.
_DIGITS = r"(toes?|fingers?|zehen?|finger\w*|orteils?|doigts?|parmak\w*|пальц\w*|пальчик\w*|اصابع|أصابع|اصبع|إصبع)"
_COMPARTMENT_SIGNS = (
    # the cast or dressing pressing or too tight
    r"\b(cast|plaster|splint|bandage)\b.{0,20}\b(too tight|tight|pressing|digging|squeez\w*|crush\w*)"
    r"|\b(gips|schiene|verband)\w*\b.{0,20}\b(drückt|zu eng|eng|quetscht|schnürt)"
    r"|\b(plâtre|attelle|pansement)\b.{0,20}\b(serre|trop serré\w*|comprime|appuie|écrase)"
    r"|\b(alçı\w*|atel\w*|bandaj\w*)\b.{0,20}\b(sıkıyor|çok sıkı|dar geliyor|batıyor|eziyor)"
    r"|(гипс|лонгет|повязк|бинт)\w*.{0,20}(давит|жмет|жмёт|тесн|сдавлива|передавлива|впивается)"
    r"|(الجبس|الجبيره|الجبيرة|الرباط)\w*.{0,20}(ضاغط|يضغط|تضغط|ضيق|ضيقه|ضيقة|عاصر)",
    # fingers or toes blue, purple, pale, white or cold
    rf"{_DIGITS}.{{0,25}}\b(blue|bluish|purple|pale|white|cold|blau\w*|bläulich\w*|lila|blass|weiß|kalt\w*|bleu\w*|violac\w*|pâles?|blanc\w*|froid\w*|mor\b|morar\w*|mavi\w*|soluk|bembeyaz|buz gibi|soğuk)"
    r"|пальц\w*.{0,25}(син|посинел|бледн|бел|холодн|ледян)"
    rf"|{_DIGITS}.{{0,25}}(زرق|ازرق|أزرق|باهت|بارد|بيض|ابيض|أبيض)",
    # fingers or toes numb or tingling
    rf"{_DIGITS}.{{0,25}}\b(numb|tingl\w*|pins and needles|taub|kribbel\w*|eingeschlafen|engourdi\w*|fourmill\w*|insensibles?|uyuş\w*|karınca\w*|hissiz|hissetmiyorum)"
    r"|пальц\w*.{0,25}(немеют|немеет|онемел|занемел|не чувству|покалыва)|(немеют|немеет|онемел|занемел|не чувствую)\w*.{0,25}пальц"
    rf"|\b(numb\w*|tingl\w*|taub\w*|engourdi\w*|uyuş\w*)\b.{{0,25}}{_DIGITS}"
    rf"|{_DIGITS}.{{0,25}}(مخدر|مخدره|مخدرة|تنمل|تنميل|منمل|ما احس|ما أحس|لا احس|لا أحس)|(تنميل|خدر|تنمل)\w*.{{0,25}}{_DIGITS}",
    # fingers or toes that cannot be moved
    rf"\b(can'?t|cannot|can not|unable to) (move|wiggle|bend) (my |the )?(\w+ )?{_DIGITS}|{_DIGITS}.{{0,20}}\b(won'?t|don'?t|can'?t) move"
    rf"|{_DIGITS}.{{0,25}}\b(nicht|kaum|nicht mehr) (mehr )?(bewegen|rühren|beugen)"
    rf"|\b(pas|plus) (à )?(bouger|remuer|plier) (les |mes )?{_DIGITS}|{_DIGITS}.{{0,20}}\bne (bougent|remuent) (pas|plus)"
    rf"|{_DIGITS}.{{0,25}}(oynatamıyorum|kıpırdatamıyorum|hareket ettiremiyorum|oynamıyor|kıpırdamıyor)"
    r"|(пошевелить|шевелить|двигать|согнуть)\w*.{0,20}не (могу|получается)|не (могу|получается) (пошевелить|шевелить|двигать|согнуть)|пальц\w*.{0,20}не (двигаются|шевелятся)"
    rf"|(ما|لا|مو) ?(اقدر|أقدر|قادر|قادره|قادرة|استطيع|أستطيع) ?(احرك|أحرك|تحريك)\w*.{{0,10}}{_DIGITS}",
    # the pain past the painkillers or beyond bearing
    r"\b(unbearable|excruciating|agoni[sz]ing|out of proportion)\b|(pain ?killers?|pain medication|tablets|pills)\b.{0,20}\b(don'?t|do not|not|aren'?t) (help|work|touch)"
    r"|\bunerträglich\w*|\b(schmerzmittel|tabletten)\b.{0,20}\b(helfen|wirken) (nicht|kaum|nichts)"
    r"|\binsupportable|\batroce|(antidouleurs?|antalgiques?|cachets?|doliprane)\b.{0,20}\b(ne (font|fait|soulage\w*) (rien|pas)|aucun effet)"
    r"|\bdayanılmaz|ağrı kesici\w*.{0,20}(işe yaramıyor|etki etmiyor|kesmiyor|yaramadı)"
    r"|невыносим|обезболивающ\w*.{0,20}не (помога|действу|снима|берет|берёт|бер[её]т)"
    r"|لا يطاق|ما ينطاق|(المسكن|المسكنات|البنادول)\w*.{0,15}(لا|ما|مو) (تنفع|تفيد|يفيد|ينفع|فاد)",
)


def _two_of(signs: tuple[str, ...]) -> tuple[str, ...]:
    """Two different signs within 120 characters of each other, in either order."""
    return tuple(
        rf"(?:{first}).{{0,120}}(?:{second})"
        for i, first in enumerate(signs)
        for j, second in enumerate(signs)
        if i != j
    )


# Both legs that cannot be moved or felt, told beside a bladder that cannot be emptied: after a
# spinal or epidural this is a spinal (epidural) haematoma or abscess pressing on the cord or the
# cauda equina, never the block wearing off (RCoA patient information 'Nerve damage associated
# with a spinal or epidural injection'; ASRA 'Regional anesthesia in the patient receiving
# antithrombotic therapy': new leg weakness or numbness and bladder dysfunction -- an MRI and a
# surgeon within hours). A leg numb alone in the hours the block lasts is the block.
_LEGS_GONE = (
    r"((can'?t|cannot|can not|unable to) (move|feel|lift)( both| either of)?( my)? legs"
    r"|no feeling in (both |my )?legs|(both |my )?legs (are )?(completely |totally )?(dead|paraly[sz]ed)"
    r"|(kann|können) (meine |die |beide )?beine( \w+){0,2} nicht (bewegen|spüren|fühlen|heben)"
    r"|spüre (meine |die |beide )?beine (gar |überhaupt )?nicht|beine( \w+){0,2} (gelähmt|gefühllos)"
    r"|(peux|peut|arrive) (pas|plus) (à )?(bouger|sentir|lever) (mes |les )?(deux )?jambes"
    r"|(sens|sent) (plus|pas|rien)( du tout)? (mes |les |dans les )?(deux )?jambes|jambes( \w+){0,2} (paralysées|insensibles|mortes)"
    r"|(iki )?(bacak|bacağ)\w* (hiç )?(oynatamıyorum|hissetmiyorum|kıpırdatamıyorum|hareket ettiremiyorum|tutmuyor)"
    r"|не (могу|получается) (пошевелить|двигать|поднять) (обеими |обе )?ног\w*|не чувствую (обе |обеих )?ног\w*|ноги( \w+){0,2} (отнялись|парализован\w*|не двигаются)"
    r"|(ما|مو|مش|لا) ?(اقدر|أقدر|قادر|قادره|قادرة|أستطيع|استطيع) (احرك|أحرك|حرك) (رجولي|رجلي|رجليني|رجليا|الرجلين|رجليه|ساقي|ساقيا)"
    r"|(ما|مش|مو) ?(احس|أحس|حاسس|حاسه|حاسة) (ب|في )?(رجولي|رجلي|رجليا|الرجلين|رجليني|ساقي)|(رجولي|رجليا|الرجلين) (\w+ )?(مشلوله|مشلولة|ميته|ميتة)"
    r"|\b(mesh|msh|mish|ma|mu|mo) b?(2|a2|e2)?[ae]?d[ae]?r\w* (a?7ar+[ae]?k|a?7r[ae]?k)\w* (el )?(regl|rigl|rejl|rijl)\w*"
    r"|\b(mesh|msh|mish|ma|mu|mo) (7as+[ae]?|7as+[ae]s|a7[ie]s+)\w* (b|bi|be)?(el )?(regl|rigl|rejl|rijl)\w*)"
)
_BLADDER_STOPPED = (
    r"((can'?t|cannot|can not|unable to) (pee|wee|urinate|pass (urine|water)|empty my bladder)|haven'?t (peed|passed urine|been able to pee)"
    r"|(kann|konnte)( \w+){0,2} nicht (wasser lassen|pinkeln|urinieren)|kein urin"
    r"|(peux|peut|arrive) (pas|plus) (à )?(uriner|faire pipi|pisser)|pas (pu )?(fait pipi|uriné)"
    r"|(idrar|çiş)\w* (hiç )?(yapamıyorum|yapamadım|gelmiyor|çıkmıyor|çıkaramıyorum)"
    r"|не (могу|получается|смогла|смог) (помочиться|пописать|мочиться)|моча не (идет|идёт|отходит)"
    r"|(ما|مو|مش|لا) ?(اقدر|أقدر|قادر|قادره|قادرة|عارف|عارفه|عارفة|أستطيع|استطيع) (اتبول|أتبول|اعمل بيبي|أعمل بيبي|اسوي حمام|أسوي حمام|اعمل حمام|أعمل حمام|اعمل بيبي)|(ما|مو) ?(يطلع|ينزل|نزل|طلع) (بول|البول)"
    r"|\b(mesh|msh|mish|ma|mu|mo) (b?(2|a2|e2)?[ae]?d[ae]?r\w*|3a?r[ae]?f\w*) ([ae]?3m[ae]?l|a3mil) (pipi|bibi|7amam|7mam)\b"
    # the thirty-eighth round's: the toilet that cannot be used, however much one wants to
    # (bladder or bowel: both are the cauda equina's) -- "в туалет не могу сходить", "can't go
    # to the toilet", "kann nicht aufs Klo", "peux pas aller aux toilettes", "tuvalete
    # gidemiyorum", "ما اقدر اروح الحمام"; only beside legs that cannot be moved or felt
    r"|(can'?t|cannot|unable to) (go|get) to the (toilet|loo|bathroom)|(kann|konnte)( \w+){0,2} nicht (aufs klo|auf die toilette|auf toilette)"
    r"|(peux|peut|arrive) (pas|plus) (à )?aller aux toilettes|tuvalete (de |da )?(gidemiyorum|gidemedim|çıkamıyorum|çıkamadım)"
    r"|в туалет (\w+ )?не (могу|получается|смогла|смог) (сходить|пойти)|не (могу|получается|смогла|смог) сходить в туалет"
    r"|(ما|مو|مش|لا) ?(اقدر|أقدر|قادر|قادره|قادرة) (اروح|أروح|ادخل|أدخل) (الحمام|التواليت))"
)
_NEURAXIAL_COMPRESSION = (
    rf"{_LEGS_GONE}.{{0,120}}{_BLADDER_STOPPED}",
    rf"{_BLADDER_STOPPED}.{{0,120}}{_LEGS_GONE}",
)

# Blistering or peeling skin, and sores of the mouth or lips or burning red eyes (the mucosa):
# Stevens-Johnson syndrome (``severe_skin_reaction``), in six languages
_SKIN_BLISTER = (
    r"(\bblisters?\b|\bblistering\b|skin (is )?(peeling|coming off|sloughing)|peeling skin"
    r"|\bblasen\b|bläschen|haut (löst sich|schält sich|geht ab|pellt sich)"
    r"|\bcloques?\b|\bbulles\b|phlyctènes?|la peau (se décolle|pèle|part)"
    r"|kabarcık\w*|su topla\w*|deri\w* (soyul\w*|kalkıyor|dökülüyor)"
    r"|волдыр\w*|пузыр\w*|кожа (слезает|отслаивается|облезает|сходит)"
    r"|فقاعات|فقاعه|فقاعة|بثور|نفاطات|الجلد (يتقشر|يقشر|ينسلخ|يتسلخ))"
)
_MUCOSA_SORE = (
    r"(\b(mouth|lips?)\b.{0,30}\b(sores?|ulcers?|blisters?|raw|peeling|wounds?)\b|\b(sores?|ulcers?|blisters?) (in|inside|on|all over) (my |the )?(mouth|lips?)\b"
    r"|\beyes?\b.{0,15}\b(burn\w*|red|sore|sticky)\b"
    r"|\b(mund\w*|lippen?)\b.{0,30}(wund|offen|blasen|geschwür\w*|aphthen|blutig)|(aphthen|blasen|geschwüre|wunde stellen) (im|am|an den) (mund|lippen)|augen\w* (brennen|sind rot|tränen)"
    r"|\b(bouche|lèvres?)\b.{0,30}(aphtes?|plaies?|ulcères?|cloques|à vif|en sang)|(aphtes?|plaies?|ulcères?|cloques) (dans|sur) (la |les |ma |mes )(bouche|lèvres?)|yeux\w* (brûlent|sont rouges|piquent)"
    r"|(ağz\w*|ağız\w*|dudak\w*).{0,30}(yara|aft|kabarcık|soyul)|göz\w* (yanıyo\w*|kızar\w*)"
    r"|(\bрот\w*|во рту|губ\w*).{0,30}(язв\w*|ранк\w*|волдыр\w*|пузыр\w*|афт\w*|кровоточ\w*)|(язв\w*|ранк\w*|афт\w*) (во рту|на губах)|глаза (горят|жжет|жжёт|красн\w*|слезятся)"
    r"|(فمي|الفم|تمي|ثمي|شفايفي|شفتي|شفاهي)\w*.{0,30}(تقرح\w*|قرح\w*|جروح|جرح|فقاعات|بثور)|(تقرحات|قرح|جروح) (في|ب) ?(فمي|الفم|تمي|شفايفي)|عيوني (تحرق\w*|حمرا|محمره|محمرة))"
)
# Paracetamol tablets above the day's eight (NHS: 8 x 500 mg in 24 hours), told as taken
_PARACETAMOL = (
    r"(paracetamol\w*|acetaminophen|tylenol|panadol|calpol|doliprane|dafalgan|efferalgan|ben-u-ron|parol\b|minoset|vermidon"
    r"|парацетамол\w*|панадол\w*|эффералган\w*|باراسيتامول|بارسيتامول|بنادول|تايلينول|ادول|أدول|فيفادول)"
)
_OVER_8_TABLETS = (
    # a count, not a dose, a time or a duration ("500 mg", "at 10 pm", "10 days")
    r"(?<![\d.,:])(9|[1-9]\d)(?![\d.,:])(?! ?(mg|ml|g\b|gr\b|h\b|pm|am|uhr|hours?|days?|tage?n?|jours?|saat|gün|час\w*|дн\w*|сут\w*|мг|мл|ملغ|مل\b|ساع\w*|ايام|يوم))"
    r" ?(\w+ ){0,2}?(tablets?|pills?|tabs?|tabletten?|comprimés?|cachets?|tablet|hap|tane|таблет\w*|حبه|حبة|حبات|قرص|اقراص|أقراص)?"
    r"\s?(of |von |de |d'|du )?.{0,12}" + _PARACETAMOL
)
_TAKEN = (
    r"\b(took|taken|had|swallowed|popped|genommen|eingenommen|geschluckt|nehme|pris|avalé|aldım|içtim|yuttum"
    r"|выпил\w*|принял\w*|съел\w*|проглотил\w*|пью|أخذت|اخذت|شربت|بلعت|خدت|اخدت)\b"
)

# The forty-first round's: a glucose reading, told by its name or its meter ("glycémie au lecteur",
# "Blutzucker", "kan şekeri", "сахар", "السكر") ...
_GLUCOSE = (
    r"(\b(glucose|blood sugar|sugar|bg|bz|blutzucker|zucker|glukose|messgerät|glyc[eé]mie|sucre|lecteur|glycemie|şeker\w*|glikoz|glukoz)\b"
    r"|глюкоз\w*|сахар\w*|глюкометр\w*|(?<!\w)(السكر|سكر|سكري|الجلوكوز|جلوكوز|الجهاز)(?!\w))"
)
# ... with a value below the hypoglycaemia line (NHS: 4 mmol/L; ASMBS: 3.9 mmol/L, 70 mg/dL,
# 0.7 g/L): "0,42 g/L", "2,8 mmol/l", "55 mg/dl", "сахар 2.9", or a bare 0.xx (only grams per
# litre are written so); decimals are already "." after folding
_LOW_GLUCOSE = (
    r"(?<![\d.])(0\.[2-6]\d? ?(g ?/ ?l|g\b|гр?/л)?|0\.[2-6]\d?"
    r"|([1-2](\.\d)?|3(\.[0-8])?) ?(mmol\w*|ммоль\w*|ملمول|مليمول)"
    r"|([1-2]\.\d|3\.[0-8])(?![\d.]| ?(h\b|hours?|saat|час|ساع|cm|см|mm|мм|kg|кг|°|grad|derece|градус|درج))"
    r"|[2-6]\d ?(mg\w*|мг\w*|ملغ|ملجم|مجم|مغ))(?![\d.])"
)
# ... and a sign of it: shaking, sweating, confusion, not able to concentrate, feeling faint or
# about to go ("je me sens partir"), in six languages
_HYPO_SIGN = (
    r"(\b(shak\w*|trembl\w*|shiver\w*|jittery|sweat\w*|clammy|confus\w*|can'?t (concentrate|focus|think)|cannot (concentrate|focus|think)|dizzy|faint\w*|pass(ing)? out"
    r"|zitter\w*|schwitz\w*|schweiß\w*|verwirrt|konzentrier\w*|schwindel\w*|benommen|ohnmacht\w*|umkipp\w*"
    r"|tremble\w*|transpir\w*|sueurs?|confuse?|concentrer|vertiges?|malaise|(me sens|me sentais|sensation de) partir|évanou\w*|tomber dans les pommes"
    r"|titr\w*|terl\w*|terliyorum|bayıl\w*|başım dönüyor|konsantre ol\w*|odaklanamı\w*|kafam karış\w*)\b"
    r"|дрож\w*|тряс\w*|трясу\w*|потею|вспотел\w*|в поту|холодный пот|сосредоточ\w*|сконцентрир\w*|спутан\w*|головокруж\w*|кружится голова|обморок\w*|теряю сознание"
    r"|(?<!\w)(رجفه|رجفة|ارتجف|أرتجف|برتجف|ارجف|رعشه|رعشة|اترعش|عرق|اعرق|أعرق|تعرق|عرقان|دوخه|دوخة|دايخ|ادوخ|اركز|أركز|التركيز|اغمى|اغماء|إغماء)(?!\w))"
)

# The forty-first round's: small pimples or pustules (folliculitis after a hair transplant,
# ISHRS), the pus told in them, and what makes them more than a same-day look (``pus``'s unless)
_PIMPLE = (
    r"(\b(pimples?|pustules?|zits?|whiteheads?|pickel\w*|pusteln?|eiterpickel\w*|boutons?|sivilce\w*|kabarcık\w*|püstül\w*"
    r"|7abb[ae]\w*|7ebb[ae]\w*|7bob|7boob|7obob)\b|прыщ\w*|гнойнич\w*|пустул\w*|(?<!\w)(حبه|حبة|حبوب|حبات|حبايه|حبايات|بثور|بثره|بثرة)(?!\w))"
)
_PUS_IN = (
    r"(\b(pus|eiter\w*|eitrig\w*|iltihap\w*|irin\w*|sadid|sadeed)\b|гно\w*|(?<!\w)(صديد|قيح)(?!\w))"
)
_PIMPLE_DANGER = (
    r"(smell|odou?r|geruch|riech|stink|\bpue|sent mauvais|koku|запах|пахн|вон|ريح|رائح|\bri7a|\bre7a|\bhot\b|heiß|brûlant|(?<!biraz )(?<!hafif )sıcak|горяч|سخن|streak|streif|traînée|\bçizgi|полос|خطوط"
    r"|green|grün|\bvert\b|yeşil|зел[её]н|اخضر|أخضر"
    r"|(?<!not )(?<!nicht )(?<!pas )(?<!не )(?<!ما )(?<!مو )(?<!مش )\b(spread\w*|grow\w*|bigger|ausbreit\w*|breitet sich|größer|s'étend|s'agrandit|grandit|yayıl\w*|büyü\w*|располза\w*|распростран\w*|увеличива\w*|ينتشر|تنتشر|يكبر|تكبر))"
)
# The forty-eighth round's: up to 30 characters with no negation in them (a swelling told "not
# spreading to the eye" is the expected course)
_NOT_BETWEEN = r"(?:(?!\b(not|n't|isn'?t|nicht|kein\w*|pas|plus|yok|değil)\b|(?<!\w)(не|нет|ما|مش|مو|لا)(?!\w)).){0,30}"
# The forty-eighth round's (dev53 ar-12): an infection only asked about, set against the normal
# course -- "is this normal or an infection?", "normal oder entzündet?", "c'est normal ou une
# infection ?", "normal mi enfeksiyon mu?", "это нормально или инфекция?", "طبيعي ولا التهاب؟",
# Arabizi "3adi wala infection?" -- either order, ended by the question; the patient tells no
# pus, colour, smell, heat, discharge, spreading, swelling, redness or fever beside it (the
# Arabic "؟" is folded to "?" before matching)
_NORMAL_WORD = (
    r"(\b(normal\w*|usual|expected|okay|ok|3adi|3ady|3adii|tabi3i|tabee3i|tab3i|olağan|doğal)\b"
    r"|нормальн\w*|(?<!\w)(طبيعي|طبيعى|عادي|عادى)(?!\w))"
)
_OR_WORD = (
    r"(\b(or|oder|ou|ya da|yoksa|veya|mi|mı|mu|mü|wala|walla|wla|willa|aw)\b|(?<!\w)(или|либо)(?!\w)"
    r"|(?<!\w)(ولا|او|أو|والا|وإلا)(?!\w))"
)
_INFECTION_WORD = (
    r"(\b(an |a )?(infection|infected|infektion|infiziert|entzündung|entzündet|infecté\w*|enfeksiyon\w*|iltihap\w*|iltihab|eltehab|elte7ab|3adwa)\b"
    r"|(?<!\w)(инфекци\w*|воспален\w*|воспалил\w*)|(?<!\w)(التهاب|عدوى|ملتهب|ملتهبه)(?!\w))"
)
_INFECTION_ASKED_DANGER = (
    rf"({_PURULENT}|yellow|gelb|jaune|sarı|ж[её]лт|اصفر|أصفر|صفرا|\bhot\b|heiß|chaud|sıcak|горяч|سخن"
    r"|discharg|ooz|leak|ausfluss|sekret|écoulement|suint|akıntı|sızıntı|выделени|сочит|افرازات|إفرازات"
    r"|swell|swollen|schwell|geschwollen|gonfl|şiş|опух|от[её]к|ورم|منفوخ|انتفاخ|waram"
    r"|\bred|\brot|rouge|kırmız|kızar|красн|احمر|احمرار|fever|fieber|fièvre|ateş|температур|حراره|سخونه|7arara|skhona)"
)
_INFECTION_ASKED = (
    rf"^(?!.*{_INFECTION_ASKED_DANGER})"
    rf".*({_NORMAL_WORD}[^.!?\n]{{0,20}}{_OR_WORD}[^.!?\n]{{0,12}}{_INFECTION_WORD}"
    rf"|{_INFECTION_WORD}[^.!?\n]{{0,20}}{_OR_WORD}[^.!?\n]{{0,12}}{_NORMAL_WORD})"
    r"[^.!?\n]{0,12}(\?|\b(mi|mı|mu|mü)\b)"
)
# The forty-eighth round's (dev53 ar-14): the grafted (recipient) or the donor area of a hair
# transplant, where pimples or pustules told without pus are the folliculitis of the weeks after
# -- "between the grafts", "im Empfängerbereich", "sur la zone donneuse", "greftlerin arasında",
# "между графтами", "بين البصيلات" -- and pimple words the forty-first round did not read
# ("spots", "white heads", "kabarcik", "حبيبات")
_GRAFT_SITE = (
    r"(\b(grafts?|grafted|follicles?|(donor|recipient|transplant\w*|implanted) (area|site|zone|region)s?"
    r"|transplantat\w*|follikel\w*|empfänger\w*|spender\w*|entnahme\w*|eingepflanzt\w*|verpflanzt\w*"
    r"|greffons?|greffé\w*|follicul\w*|zones? (donneuse|receveuse|greffée|implantée)s?"
    r"|greft\w*|ekim (bölge|alan)\w*|ekilen (bölge|alan|saç)\w*|donör\w*|verici (bölge|alan)\w*|alıcı (bölge|alan)\w*)\b"
    r"|графт\w*|трансплантат\w*|фолликул\w*|луковиц\w*|донорск\w*|(зон|област|мест)\w* (пересадки|забора|донора)|пересаженн\w*"
    r"|(?<!\w)(بصيلات|البصيلات|بصيله|البصيله|الشعر المزروع|المنطقه المزروعه|منطقه الزراعه|منطقه الزرع|المنطقه المانحه|منطقه التبرع|الدونر)(?!\w))"
)
_GRAFT_PIMPLE = rf"({_PIMPLE}|\b(spots?|white ?heads?|kabarc[iı]k\w*|pustul\w*)\b|(?<!\w)(حبيبات|رؤوس بيضاء|رؤوس بيضا)(?!\w))"
# ... and the pus denied ("no pus", "kein Eiter", "pas de pus", "irin yok", "гноя нет", "ما في
# صديد"): small pimples told with the pus ruled out anywhere in the message are the expected
# course of the first weeks (ISHRS), answered by the day's guidance -- not graft_pimples_review
_PUS_DENIED = (
    r"(\b(no|not any|without|kein\w*|nix|ohne|pas de|sans|aucun)\b (\w+ )?\b(pus|eiter\w*)\b"
    r"|\b(irin|iltihap|cerahat)\w* (yok|görmedim)\b|(?<!\w)(гно(я|й|ю)? нет|нет гно\w*|без гно\w*)"
    r"|(?<!\w)(ما في|مافي|مفيش|مافيش|ما فيه|بدون|ولا|mafi) (صديد|قيح|sadid)(?!\w))"
)

# The forty-first round's: the feeling of something in the eye ("as if there were a speck in my
# eye", "Fremdkörpergefühl", "sensation de corps étranger", "gözümde bir şey var gibi", "ощущение
# соринки", "كأن في شي في عيني") ...
_FOREIGN_BODY = (
    r"(\bforeign[- ]body\b|\b(something|a speck|an eyelash|a lash|grit|dust) (stuck )?in (my|the) eye\b"
    r"|fremdkörper\w*|\b(etwas|was|ein sandkorn|ein staubkorn|eine wimper) im auge\b"
    r"|corps étranger|\b(quelque chose|une poussière|un cil|une saleté) dans (l'|mon )(oeil|œil)"
    r"|yabancı cisim|\bgözüm(de|e) (bir şey|bişey|toz|kirpik|çapak)\b"
    r"|соринк\w*|инородн\w* тел\w*|что-то (попало )?в глаз\w*"
    r"|(?<!\w)(شي|شيء|حاجه|حاجة|غبار|رمش|رمله|رملة) (داخل |في |ب)(عيني|العين)(?!\w)|جسم غريب)"
)
# ... told as not passing ("won't go away", "geht nicht weg", "ne passe pas", "geçmiyor", "не
# проходит", "ما يروح")
_NOT_PASSING = (
    r"(\b(won'?t|doesn'?t|does not|will not|isn'?t|is not) (go(ing)? away|pass(ing)?|clear(ing)?|go)\b|\bnot (going away|passing)\b|\bpersist\w*"
    r"|\bgeht (einfach )?nicht (weg|vorbei)\b|\bhört nicht auf\b|\bverschwindet nicht\b"
    r"|\bne (passe|part|disparaît|s'en va) (pas|toujours pas|plus)\b|\b(passe|part|disparaît) pas\b|\bpersiste\w*"
    r"|\b(geçmiyor|geçmedi|gitmiyor|gitmedi|kaybolmuyor)\b"
    r"|не (проходит|прошло|проходят|уходит|исчезает)"
    r"|(?<!\w)و?(ما|مو|مش|ما قاعد) ?(يروح|راح|يخف|تروح|راحت|يزول)(?!\w))"
)


def _either_order(first: str, second: str) -> tuple[str, str]:
    """Two word classes told within 30 characters of each other in one sentence, either first
    (the forty-first round's same-day reviews)."""
    gap = r"[^.!?\n]{0,30}"
    return (first + gap + second, second + gap + first)


def _either_order_within(first: str, second: str, gap: int) -> tuple[str, str]:
    """Two word classes within ``gap`` characters of each other in one sentence, either first,
    with no pain, nausea or heat word between them (the forty-seventh round's)."""
    between = rf"(?:(?!{_NOT_FLUID_WAVE})[^.!?؟\n]){{0,{gap}}}"
    return (first + between + second, second + between + first)


# The forty-seventh round's (dev52 ar-13): fluid told gathering under the skin, the noun before
# its verb or after it, six languages (the seroma, ASPS / BAPRAS).
_FLUID_GATHERS = (
    r"(\b(fluid|liquid)\b (is |has |has been |seems to be |keeps |keeps on |started |starts )?(collect|build\w* up|built up|gather|pool|accumulat)\w*"
    r"|\b(build-?up of|accumulation of|collection of) (some |a lot of )?(fluid|liquid)\b"
    r"|\b(flüssigkeit|wasser)\b[^.!?\n]{0,20}\b(sammelt sich|sich (\w+ )?(an)?gesammelt|staut sich|(an)?gesammelt|angestaut)"
    r"|\b(sammelt|staut) sich\b[^.!?\n]{0,25}\b(flüssigkeit|wasser)\b"
    r"|\b(liquide|eau)\b[^.!?\n]{0,15}(s'accumul\w*|s'amass\w*|accumulé\w*|se (collecte|ramasse)\w*)"
    r"|(s'accumule|s'amasse|accumulation|amas)[^.!?\n]{0,15}\b(du |de |d')(liquide|l'eau|eau)\b"
    r"|\b(toplan|birik)\w* (bir )?(su|sıvı)\b"
    r"|(скаплива|скопил|собира|набира|копит|накаплива|накопил)\w*[^.!?\n]{0,20}\bжидкост\w*|\bжидкост\w*[^.!?\n]{0,20}(собира|набира|копит|накаплива|накопил)\w*"
    r"|(?<!\w)(سائل|سايل|سوائل|مي|مية|ميه|ماء|ماي|مويه|موية)(?!\w)[^.!?؟\n]{0,12}(?<!\w)(عم )?(يتجمع|بيتجمع|تتجمع|بتتجمع|متجمع|متجمعه|متجمعة|تجمع|تجمعت|يتكوم|بيتكوم)(?!\w)"
    r"|(?<!\w)(يتجمع|بيتجمع|تتجمع|بتتجمع|تجمع|تجمعت|متجمع)(?!\w) (فيه |في |شوية |شويه )?(سائل|سايل|مي|مية|ميه|ماي|مويه|موية)(?!\w))"
)
# ... not collected in a drain's bottle, nor in the legs or ankles
_NOT_DRAIN_OR_LIMB = (
    r"(?![^.!?\n]{0,30}(drain|redon|dren|дренаж|درنق|درين|bottle|bulb|flasche|bouteille|şişe|бутыл|баночк|قنينه"
    r"|ankle|feet|foot|\blegs?\b|knöchel|füß|beine|cheville|pieds|jambe|ayak|bilek|bacak|\bног|лодыж|رجلي|رجولي|قدمي|كاحل))"
)
# ... or a wave felt where the patient presses, no fluid named
_PRESSED = (
    r"(\b(press|presses|pressed|pressing|push|pushing|pushed)\b"
    r"|\b(drück\w*|drucke|beim drücken|abtast\w*)"
    r"|\b(j'appuie|appuie\w*|appuy\w*|je presse|pression)"
    r"|\b(bastır\w*|bastiri\w*|basınca|basinca|bastığımda)"
    r"|(нажима\w*|нажму|нажать|нажатии|надавлива\w*|надавлю|надавить)"
    r"|(?<!\w)(اضغط|بضغط|ضغطت|اضغطت|عند الضغط|ادوس|بدوس|دست|اكبس|بكبس|كبست)(?!\w))"
)
_WAVE = (
    r"(\b(a wave|waves|wavy|ripples?|rippling|undulat\w*)\b(?! of)"
    r"|\b(welle|wellen|wellenartig|wellt sich)\b"
    r"|\b((une|des|la|comme une|en) vagues?\b(?! de)|ondul\w*|ondoi\w*)"
    r"|\bdalga(lan\w*|lı|\b)(?! geç)"
    r"|(волн(а|у|ой|ы|ами|ообразн\w*)\b|зыбл\w*|колыш\w*)"
    r"|(?<!\w)(موج|موجه|موجة|بموج|بموجه|بموجة|يتموج|بيتموج|تتموج|بتتموج|تموج)(?!\w)(?! (حر|حراره|الحر))"
    r")"
    # ... nor a wave whose next words name the pain, the nausea or the heat ("eine Welle
    # Übelkeit", "dalga dalga ağrı", "موجة الم")
    r"(?![^.!?,؟\n]{0,12}(\b(pain|hurt|nause|heat|schmerz|übel|hitze|douleur|nausée|chaleur|ağrı|acı|bulantı|sıcak)"
    r"|бол|тошн|жар|(?<!\w)(الم|ألم|وجع|غثيان|حر|حراره)(?!\w)))"
)
# a wave of pain, of nausea or of heat between the two is not the fluid's
_NOT_FLUID_WAVE = (
    r"\b(pain|hurt|ache|sore|nause|sick|dizz|schmerz|übel|schwindel|douleur|mal\b|nausée|vertige|ağrı|acı|bulantı|sızı"
    r"|бол|тошн|головокруж)|(?<!\w)(الم|ألم|وجع|يوجع|غثيان|دوخه|دوخة)(?!\w)"
)


# The forty-seventh round's (dev52 en-13): a cover screw told by its colour (silver, grey,
# metallic), and a skin site that makes an opening a skin wound's (``wound_dehiscence``'s not_in)
_SCREW_COLOUR = (
    r"(\b(silver\w*|grey\w*|gray\w*|metallic)\b|\b(silber\w*|grau\w*|gräulich\w*|metallisch\w*)"
    r"|\b(argent\w*|gris\w*|métallique\w*)|\b(gümüş\w*|gri\b|grimsi|metalik)"
    r"|(серебрист\w*|сер(ый|ое|ая|ого|ую|енькое)\b|сероват\w*|металлическ\w*)"
    r"|(?<!\w)(فضي|فضيه|فضية|رمادي|رماديه|رمادية|رصاصي|سلفر)(?!\w))"
)
_SKIN_SITE = (
    r"(\b(scar|incision|belly|tummy|abdomen|navel|belly ?button|thigh|arm|chest|eyelid)\w*"
    r"|\b(narbe|schnitt|bauch|nabel|oberschenkel|lid)\w*|\b(cicatrice|incision|ventre|nombril|cuisse|paupière)\w*"
    r"|\b(yara izi|kesi|karın|göbe|uyluk|göz kapağ)\w*|(рубец|рубц|разрез|живот|пуп|бедр|век[оа]\b)\w*"
    r"|(?<!\w)(ندبه|الندبه|بطن|بطني|البطن|سره|السره|فخذ|جفن)(?!\w))"
)
# The forty-fifth round's (dev50 en-14): the dental implant's cover screw or healing cap told seen
# through the gum -- "I can see the metal cap of the implant", "the screw of the implant is
# showing", "man sieht die Einheilkappe", "on voit la vis de l'implant", "implantın vidası
# görünüyor", "видно винтик импланта", "باين مسمار الزرعة" -- the implant named beside a screw,
# a cap or a bit of metal, and a seeing or showing word in the same sentence.
_IMPLANT_PART = (
    r"(screw|\bcap\b|metal\w*|schr(?:a|ae|ä)ub\w*|kappe|metall\w*|\bvis\b|capuchon|métal\w*|vida\w*|kapa[gğk]\w*|metal"
    # the forty-eighth round's (dev53 ru-13): the cover screw or the healing abutment by its
    # own name -- "заглушка", "формирователь", "abutment", "Gingivaformer", "pilier"
    r"|abutment\w*|gingivaformer\w*|\bpilier\w*|iyileşme başlı\w*|заглушк\w*|формировател\w*"
    r"|винт\w*|колпач\w*|металл\w*|(?<!\w)(برغي|مسمار|غطا|غطاء|معدن|حديد|حديده|حديدة)(?!\w)"
    r"|\b(ma3dan|ma3den|7adid|7adeed|7dida|mosmar|mesmar|borghi|burghi)\b)"
)
# The forty-eighth round's (dev53 ru-13): the gum, where the part is seen ("on the gum", "im
# Zahnfleisch", "dans la gencive", "diş etinde", "на десне", "في اللثة", Arabizi "el lessa")
_GUM = (
    r"(\b(gums?|zahnfleisch\w*|gencives?|diş ?eti\w*|lessa|lissa|lesa|lisa|lettha|letha)\b"
    r"|десн\w*|(?<!\w)(اللثه|لثه|لثتي|اللثتين)(?!\w))"
)
_IMPLANT = r"(implant\w*|имплант\w*|(?<!\w)(الزرعه|الزرعة|زرعه|زرعة|زرعتي|الزراعه|الزراعة)(?!\w))"
_SEEN = (
    r"(\b(see|seen|visible|show|showed|shown|showing|shows|exposed|sticking out|poking (out|through))\b"
    r"|\b(sieht|sichtbar|freiliegend|schaut \w+ raus|guckt \w+ raus)"
    r"|\b(voi[st]|vu|visible|apparent\w*|dépasse|à nu)\b"
    r"|(görünüyor|gözüküyor|görüyorum|açıkta|çıktı|cikti)"
    r"|(видн\w*|виден|вижу|торчит|оголил\w*|показал\w*)"
    r"|(?<!\w)و?(باين|باينه|باينة|بان|بانت|ظاهر|ظاهره|ظاهرة|ظهر|ظهرت|يبان|شايف|شايفه|اشوف|أشوف|طالع)(?!\w)"
    # the forty-eighth round's: Arabizi ("bayen", "bayna", "zaher", "shayef")
    r"|\b(bayen|bayin|bayna|baina|bayn|zaher|zahra|shayef|shayfa|ashoof|ashuf|bashoof)\b)"
)
# The forty-fifth round's (dev50 ar-13): a drink told coming out of the nose -- "water comes out
# of my nose when I drink", "beim Trinken kommt Wasser aus der Nase", "l'eau ressort par le
# nez", "su içince burnumdan geliyor", "вода выливается из носа", "المية تطلع من مناخيري" --
# after an upper implant or extraction: an opening into the sinus (oro-antral communication).
_DRINK_LIQUID = (
    r"(\b(water|drink\w*|liquid|fluid|tea|juice)\b|\b(wasser|trink\w*|getränk\w*|flüssigkeit\w*|tee)\b"
    r"|\b(eau|bois|boire|boisson\w*|liquide\w*)\b|\b(su|suyu|sıvı|içince|içerken|içtiğim\w*)\b"
    r"|(вод[аыу]|пью|пить|жидкост\w*|питье|питьё|чай)"
    r"|(?<!\w)(مي|مية|ميه|ماء|المي|المية|الميه|الماء|مويه|موية|الموية|اشرب|أشرب|بشرب|شربت|السوائل)(?!\w))"
)
_OUT_OF_NOSE = (
    r"(\b(out of|through|from|into) (my |the )?(nose|nostril)"
    r"|\b(aus|durch|in) (der|die|meiner|meine) nase|\b(aus|durch) dem nasenloch"
    r"|\b(par|du|dans) (le|mon) nez|\b(par|de) la narine"
    r"|\bburn(um|un)?(dan|dán|a|ma)\b"
    r"|(из|через|в) (нос|ноздр)\w*"
    r"|(?<!\w)(من|في) ?(مناخيري|منخيري|مناخير|المناخير|انفي|أنفي|الانف|الأنف|خشمي|الخشم)(?!\w))"
)
_DENTAL_UPPER = (
    r"(implant|dental|tooth|teeth|extract\w*|extrak\w*|gezogen|zahn\w*|zähne|dent\w*|extraction|diş\w*|çekim\w*|имплант|зуб\w*|удален\w*|удалён\w*"
    r"|(?<!\w)(الزرعه|الزرعة|زرعه|زرعة|زرعتي|ضرس|ضرسي|سني|خلع|الخلع)(?!\w)"
    # the fiftieth round's (dev55 ar-14): the implanting told as the act ("الزراعة كانت فوق
    # يمين", not a hair transplant's "زراعة الشعر") and the sinus lift named ("sinus lift",
    # "Sinuslift", "élévation / comblement du sinus", "sinüs lifti / kaldırma", "синус-лифтинг",
    # "رفع الجيوب") -- an upper-jaw operation whose opening into the sinus is this flag's
    r"|(?<!\w)(ال)?زراع[هة](?! (ال)?شعر)(?!\w)|\bsinus[- ]?lift\w*|\b(élévation|comblement|greffe) (du |de |des )?sinus"
    r"|\bsinüs (lift\w*|kaldır\w*|yükselt\w*|greft\w*)|синус[- ]?лифт\w*|(?<!\w)رفع (ال)?(جيوب|جيب)(?!\w))"
)

# The fiftieth round's (dev55 de-13): a fluid told leaking from the scar or the wound -- clear,
# pink, yellowish or watery, its colour not needed ("clear fluid is leaking from one spot of the
# scar", "aus der Naht kommt gelbliche Flüssigkeit raus", "un liquide clair suinte de la
# cicatrice", "yaradan sulu bir sıvı sızıyor", "из шва сочится прозрачная жидкость", "يطلع سائل
# من الجرح") -- for wound_leak_review. The fluid, the leaking and the scar in one sentence.
_LEAK_FLUID = (
    r"(\b(fluid|liquid|water|discharge|serous|plasma)\b|\b(flüssigkeit|wundwasser|wasser|sekret)\w*"
    r"|\b(liquide|sérosité|eau|écoulement)\w*|\b(sıvı|su|suyu|akıntı|sulu)\b"
    r"|(жидкост|сукровиц|выделени|водичк)\w*"
    r"|(?<!\w)(سائل|سوائل|مي|مية|ميه|ماء|مويه|موية|ماي|افرازات|إفرازات)(?!\w))"
)
_LEAKING = (
    r"(\b(leak\w*|ooz\w*|seep\w*|weep\w*|drip\w*|(comes?|coming|came) out)"
    r"|\b(raus|heraus|austr\w*|tritt (\w+ )?aus|läuft|sickert|nässt|tropft|suppt)\b"
    r"|\b(coule\w*|suinte\w*|sort|sortent|s'écoule\w*)"
    r"|\b(sız\w*|akıyor|geliyor|çıkıyor|damlıyor)"
    r"|(теч[её]т|сочит\w*|сочится|выделя\w*|вытека\w*|подтека\w*|мокнет|выходит|ид[её]т)"
    r"|(?<!\w)(يطلع|بيطلع|تطلع|بتطلع|طالع|ينزل|بينزل|نازل|يسيل|بيسيل|ينز|بينز|يرشح|بيرشح|ينقط)(?!\w))"
)
_WOUND_SITE = (
    r"(\b(scar|wound|incision|cut|stitches|suture line)s?\b|\b(narbe|wunde|naht|schnitt)\w*"
    r"|\b(cicatrice|plaie|incision|suture)s?\b|\b(yara|dikiş|kesi)\w*"
    r"|(шв(а|е|ом|ов)\b|\bшов\b|\bран(а|ы|е|у|ой|ка|ки|ку)\b|разрез\w*|рубц\w*|\bрубец)"
    r"|(?<!\w)(الجرح|جرح|جرحي|الغرز|غرز|الشق|الندبه|الندبة|ندبه|الخياطه|الخياطة|القطب|الجروح)(?!\w))"
)
_FLUID_LEAKS = (
    rf"({_LEAK_FLUID}[^.!?؟\n]{{0,30}}{_LEAKING}|{_LEAKING}[^.!?؟\n]{{0,30}}{_LEAK_FLUID})"
)
# ... told on the first two days, when a little pink or clear ooze onto the dressing is the
# course (NHS 'Caring for your wound after surgery'): "day 2", "Tag 1", "jour 2", "2. gün",
# "второй день", "تاني يوم", or the operation told yesterday
_FIRST_TWO_DAYS = (
    r"(\bday (one|two|1|2)\b|\b(first|second|1st|2nd) day\b|\btag (1|2|eins|zwei)\b|\b(ersten|zweiten) tag"
    r"|\bjour (1|2)\b|\b(premier|deuxième|second) jour|\bj[12]\b|\b(ilk|ikinci|1\.|2\.) gün"
    r"|(перв\w*|втор\w*|[12]-?й) (день|сутки)|(اول|أول|تاني|ثاني) يوم|اليوم (الاول|الأول|التاني|الثاني)"
    r"|\b(operated|surgery|operation|op)\b[^.!?\n]{0,12}\byesterday\b|\bgestern (operiert|op)\b|\bopéré\w* hier\b"
    r"|\bdün ameliyat|вчера (операци|прооперир)\w*|(العمليه|العملية|عملت) (امبارح|امس|أمس|البارحه|البارحة))"
)


# The forty-second round's: urine told dark or scant while fluids go down -- the patient says
# what she drinks and that she does not vomit ("500-600 ml su içebiliyorum, kusmuyorum ama
# çişim koyu ve az", "I'm drinking about a litre, not vomiting, but my pee is dark and less",
# "ich trinke 1 Liter, kein Erbrechen, aber der Urin ist dunkel und wenig", "je bois un litre,
# je ne vomis pas, mais les urines sont foncées et rares", "пью литр, рвоты нет, но моча тёмная
# и её мало", "اشرب لتر، ما استفرغ، بس البول غامق وقليل"): early dehydration, for a same-day
# review (NHS 'Dehydration'; ASMBS) -- not the emergency of no urine, of hours without it, of
# urine brown like cola or a full bladder, nor of fluids that do not stay down.
_DRINKING = (
    r"(\b(i'?m |i am )?(drinking|can drink|manage to drink|able to drink|get(ting)? down)\b|\b\d+ ?(ml|l|lit(er|re)s?|glasses|cups)\b"
    r"|\b(ich )?trinke\b|\btrinken kann\b|\b\d+ ?(ml|l|liter|gläser|glas)\b"
    r"|\bje bois\b|\barrive à boire\b|\b\d+ ?(ml|l|lit(er|re)s?|verres)\b"
    r"|\b(içebiliyorum|içiyorum|içebildim|içtim)\b|\b\d+ ?(ml|lt|litre|bardak)\b"
    r"|\b(пью|выпиваю|могу пить|выпила|выпил)\b|\d+ ?(мл|л|литр\w*|стакан\w*)"
    r"|(اشرب|أشرب|بشرب|باشرب|شربت)|\d+ ?(مل|لتر|كوب|كاسات))"
)
_NOT_VOMITING = (
    r"(\b(not|no|haven'?t been|without|never) (vomit\w*|throwing up|being sick)\b|\bhaven'?t (vomited|thrown up|been sick)\b|\bkeep(ing)? (it|them|fluids|water|everything|liquids|drinks) down\b"
    r"|\b(kein|ohne|nicht) (erbrechen|erbrochen|übergeben)\b|\berbreche (mich )?nicht\b|\bbehalte (alles|es|das wasser) (bei mir|drin)\b"
    r"|\b(pas|sans|plus) (de )?vomi\w*|\bje ne vomis (pas|plus)\b|\bje vomis pas\b|\bje garde (tout|l'eau|les liquides)\b"
    r"|\b(kusmuyorum|kusmadım|kusmuyor|kusma yok|kusmam yok)\b"
    r"|\bне (рв[её]т|рвало|вырвал\w*|тошнит и не рв\w*)\b|\b(рвоты нет|нет рвоты|без рвоты)\b"
    r"|(ما|مش|مو|بدون|مافي|ما في|ولا) ?(استفرغ\w*|ارجع|أرجع|استفراغ|ترجيع|قيء|رجعت))"
)
_URINE_DARK_OR_LESS = (
    r"(\b(urine|pee|wee|urin|pipi|urines|idrar\w*|çiş\w*)\b[^.!?\n]{0,30}\b(dark\w*|less|little|dunkel\w*|wenig\w*|weniger|foncée?s?|rares?|mo[i]ns|koyu|az|azaldı)\b"
    r"|\bмоч\w*[^.!?\n]{0,30}(т[её]мн\w*|мало|меньше)|(بولي|البول|بول)\w*[^.!?\n]{0,30}(غامق|قليل|اقل|أقل))"
)
_URINE_EMERGENCY = (
    r"(hours|stunden|heures|\bsaat|час|ساع|\b(only|just) once\b|\bonce (today|since|in)\b|(ein|1) ?mal|une (seule )?fois|bir (kez|kere|defa)|один раз|مره وحده|مرة وحدة"
    r"|brown|braun|marron|\bbrun|kahverengi|коричнев|cola|kola|кола|كولا|شاي|çay rengi|\bthé\b|\btea\b|bladder|blase|vessie|mesane|пузыр|مثان"
    r"|no urine|kein urin|gar kein|pas d'urine|plus du tout|hiç (çiş|idrar)|(çiş|idrar)\w* hiç|совсем нет|почти нет|ما ينزل|ما يطلع|drops|tropfen|gouttes|damla|капл|نقط"
    r"|can'?t keep|won'?t stay down|comes (straight )?back up|behalte nichts|kommt (alles )?wieder|je vomis tout|garde rien|duramıyor|kusuyorum|(?<!не )рв[её]т|не держ|ترجع كل|استفرغ كل)"
)
_FLUIDS_KEPT_DOWN = rf"^(?s:(?!.*{_URINE_EMERGENCY})(?=.*{_DRINKING})(?=.*{_NOT_VOMITING})(?=.*{_URINE_DARK_OR_LESS}))"

# The forty-second round's (``garment_sore_review``): the compression garment, its rubbing, and
# the broken skin it left
_GARMENT = (
    r"(\b(compression )?(garments?|binder|faja|corset|shapewear|compression (bra|vest|stockings?|suit))\b"
    r"|\b(kompressions\w*|mieder\w*|korsett\w*|bandage)\b"
    r"|\b(gaine|pant[y]|vêtement de compression|brassière de compression|bas de contention|corset)\b"
    r"|\b(korse\w*|korsa\w*|kompresyon\w*|tayt\w*)\b"
    r"|компрессионн\w*|бель[её]\w*|бандаж\w*|корсет\w*"
    r"|(المشد|مشد|الكورسيه|كورسيه|ملابس الضغط|المشدات)|\b(el ?)?(m[ae]shad{1,2}|korset)\b)"
)
_RUBBED = (
    r"(\b(rub\w*|chaf\w*|dug|digs|digging|pressed)\b|gescheuert|scheuert|aufgescheuert|reibt|gerieben|\bdrückt"
    r"|frott\w*|irrit\w*|blessé\w*|\bsürt\w*|\bvurdu|натер\w*|натир\w*|стер\w*|растер\w*|натёр\w*|(حك|حكت|جرح|جرحت|سلخ|سلخت|احتك))"
)
_SORE = (
    r"(\b(wounds?|sores?|blisters?|raw|open (spot|patch|skin|area)|broken skin|abrasion)\b"
    r"|\b(wund\w*|wunde|blasen?|offene stelle|aufgeschürft\w*)\b|\b(plaies?|ampoules?|à vif|écorch\w*|blessures?|cloques?)\b"
    r"|\b(yara\w*|su topla\w*|kabarcık\w*|soyul\w*)|(ранк\w*|ран[аыуе]\b|мозол\w*|пузыр\w*|ссадин\w*|до крови)"
    r"|(جرح|جروح|فقاعه|فقاعة|تسلخ|مسلوخ|متسلخ))"
)

# The forty-ninth round's (dev54 ru-14): a small bluish, dusky or purplish PATCH of skin at a site
# of the operation ("a small dusky patch behind the ear", "bläulich verfärbte Stelle hinter dem
# Ohr", "petite zone violacée derrière l'oreille", "kulağın arkasında morumsu leke", "синюшный
# участок кожи за ухом 1 см", "بقعة زرقاء صغيرة ورا الاذن"): early compromise of a flap's skin,
# looked at by the surgeon the same day (ASPS 'Facelift -- risks': skin loss, mostly behind the
# ear) -- not the bluish, grey or mottled skin of sepsis (NHS 'Sepsis': the whole skin, lips or
# tongue), nor the black, cold or spreading flap of skin_necrosis
_DUSKY = (
    r"(dusky|bluish|blueish|purplish|purple|\bblue\b|violet|bläulich\w*|blau\w*|lila|violett\w*"
    r"|violac\w*|bleuâtre\w*|bleut\w*|mauve|morumsu|\bmor\b|mosmor|mavimsi|mavi|синюшн\w*|синеват\w*"
    r"|син(ий|ее|яя|его|ей)\b|фиолетов\w*|лилов\w*|(ازرق|أزرق|زرقاء|زرقا|مزرق\w*|بنفسجي\w*))"
)
_SKIN_PATCH = (
    r"(\bpatch\w*|\bspot\b|\barea\b|\bstelle\b|\bfleck\w*|\bbereich\b|\bzone\b|\btache\b|\bplaque\b"
    r"|\bendroit\b|\bleke\w*|\bbölge\w*|участ\w*|пятн\w*|пятен\b|\bзон\w*|(بقعه|بقعة|بقع|منطقه|منطقة|حته|حتة))"
)
_PATCH_SMALL_OR_SITE = (
    r"(\b(0[.,]5|1|1[.,]5|2|one|half a|ein|un|bir|один|одна)\s?(cm|zentimeter|centim[eè]tre|santim|см|سم)"
    r"|\b(a |one )?centimet(er|re)\b|\bsmall\b|\btiny\b|\blittle\b|petite?|klein\w*|küçük|ufak|маленьк\w*"
    r"|небольш\w*|(صغير\w*)|\bears?\b|\bohr\w*|oreille|kula[gğ]\w*|\b(ух[оау]\w*|уш[иек]\w*)|(اذن\w*|أذن\w*|الاذن|ودن\w*)"
    r"|wound|incision|scar|flap|stitch|\bedge\b|wunde|naht|narbe|schnitt|\brand\b|lappen|plaie|cicatrice"
    r"|suture|\bbord\b|lambeau|yara|dikiş|\bkesi\w*|kenar|\bран\w*|\bшв\w*|рубц\w*|разрез\w*|кра[йя]\w*|лоскут\w*"
    r"|(الجرح|جرح|الغرز|غرز|الندبه|الندبة|حافه|حافة))"
)
# what makes it the emergency after all: black, dead, cold or spreading, or the whole skin
# mottled or marbled (sepsis) -- told anywhere beside it
_PATCH_NOT_LOCAL = (
    r"(black|dead|necro|cold|\bicy\b|spread|grow|bigger|mottl|marbl|schwarz|abgestorben|kalt|ausbreit"
    r"|größer|wächst|marmor|noir|nécros|froid|glac|s'étend|s'agrandit|marbr|siyah|kapkara|soğuk|yayıl"
    r"|büyü|alaca|mermer|черн|чёрн|некроз|холодн|ледян|расп?олза|увеличива|раст[её]т|мраморн"
    r"|(اسود|أسود|سودا|ميت|بارد|ثلج|ينتشر|بتكبر|تكبر|مبقع|مرقط))"
)
_LOCAL_DUSKY_PATCH = (
    rf"^(?!.*{_PATCH_NOT_LOCAL})(?=.*{_SKIN_PATCH})(?=.*{_PATCH_SMALL_OR_SITE})"
    rf"(?=.*({_DUSKY}[^.!?\n]{{0,40}}{_SKIN_PATCH}|{_SKIN_PATCH}[^.!?\n]{{0,40}}{_DUSKY}))"
)
_BRUISE = (
    r"(bruis\w*|bluterg\w*|hämatom\w*|blaue\w* fleck\w*|ecchymos\w*|hématom\w*|\bbleus?\b|morluk\w*"
    r"|morar\w*|синяк\w*|гематом\w*|кровоподт\w*|(كدمه|كدمة|كدمات|ازرقاق))"
)


CATALOGUE: tuple[RedFlag, ...] = (
    RedFlag(
        id="high_fever",
        system="sepsis / infection",
        procedures=("any",),
        source="NHS 'Sepsis' and 'High temperature (fever) in adults' (nhs.uk); NICE NG51 Sepsis: recognition, diagnosis and early management; NICE NG125 Surgical site infections",
        patterns=(
            # "hay fever" (an allergy, NHS 'Hay fever') is no temperature; nor "rhume des foins"
            r"(?<!hay )(?<!hay-)\bfever" + _BELOW_38,
            r"\bfeverish",
            r"\btemp(erature)?\b.{0,20}\b(?!38\.0(?!\d))(3[89]|4[0-2])\b",
            r"\b(?!38\.0(?!\d))(3[89]|4[0-2])(\.\d+)? ?(°|degrees?|deg\b|c\b|celsius|grad\b|derece|degres?|градус\w*|درجه)",
            r"\b(10[0-5])(\.\d)? ?(°|º|f\b|degrees?|fahrenheit)",
            # a bare reading with a decimal told as what the patient has ("j'ai 38,9", "у меня
            # 38.5"): a decimal near 38-41 after "I have" is a temperature, not a count
            r"\b(i have|i'?ve got|i'?m at|ich hab\w*|j'ai|je suis à|у меня|عندي|معي|bende|ateşim)\s*(?!38\.0(?!\d))(3[89]|4[01])[.,]\d\b",
            r"\b(high|running a|have a|got a|with a) temp(erature)?\b",
            # a temperature told as a rising course, without a number ("keeps climbing")
            r"\btemp(erature)?\b"
            + _NOT_GAP
            + r"(climbing|rising|going up|creeping up|shooting up)",
            r"temperatur\w* (steigt|klettert|geht (immer weiter )?hoch)(?! nicht| nicht mehr)",
            r"température (monte|grimpe|augmente)",
            r"температур\w* (растет|растёт|ползет|ползёт|повышается|поднимается)",
            r"\bchills\b",
            r"\bshiver",
            r"\brigors?\b",
            r"shaking (all over|uncontrollabl|like a leaf)",
            r"hot and cold (sweats|flushes)",
            # (38.0 exactly -- "(?!38\.0)" below -- the threshold itself measured once with no
            # fever word, chills or other sign beside it, is for a person the same day, not the
            # on-call: NHS 'High temperature (fever) in adults' -- a high temperature is 38C *or
            # above*, usually settling in a few days; NICE NG51 counts no single temperature as a
            # high-risk criterion; the lexicon keeps the reading a symptom)
            # a temperature said as a bare decimal ("ich hab 38,6", "et 38,5"): 38.0-41.9 is no
            # price, weight or size
            # -- unless the reading is told as a single one that a later one below 38 followed
            # ("38,1 une fois hier soir, ce matin 37,6"): one passing reading that settled is
            # for a person the same day (NHS 'High temperature': a fever that goes down; the
            # lower reading stays a symptom, lexicon.SYMPTOMS); a second reading of 38 or more
            # is a hit of its own
            r"(?<![\d.])(?!38\.0(?!\d))(3[89]|4[01])\.\d(?![\d.]| ?(kg|kilo|eur|euro|€|\$|usd|tl|lira|mm|cm|ml|%|gr?\b))"
            r"(?!\s?(°|c\b|degrees?|grad|degrés?|derece|градус\w*|درج\w*)?\s?,?\s?(only |just |nur |seulement |sadece |только |بس )?"
            r"(once|one time|einmal|une (seule )?fois|bir (kez|kere|defa|sefer)|один раз|однажды|مره وحده|مرة وحدة|مره واحده|مرة واحدة)\b"
            r"(?:(?!(3[89]|4[01])\.\d).){0,60}(?<![\d.])3[5-7]\.\d(?!\d|\.\d))",
            # lay fever without a thermometer: a hot forehead, hot and cold in turns (NHS Sepsis)
            r"(forehead|stirn|front|alnı|alın|лоб|جبين|جبهت)\w*.{0,12}(hot|burning|glüht|heiß|brûlant|chaud|sıcak|ateş gibi|горяч|пылает|سخن|حار|نار)",
            r"(abwechselnd|mal) heiß und (mal )?kalt|hot and cold in turns|(tantôt|j'ai) chaud (et|puis) froid|то жарко,? то холодно|bir sıcak bir soğuk",
            r"\bateş" + _BELOW_38,
            r"\bhararet" + _BELOW_38,
            r"\btitre(me|iyorum|dim|m)",
            r"\büşüme",
            r"\bfieber" + _BELOW_38,
            r"temperatur.{0,20}\b(?!38\.0(?!\d))(3[89]|4[0-2])\b",
            r"(erhöhte|hohe|leichte) temperatur",
            r"habe (erhöhte |hohe )?temperatur",
            r"schüttelfrost",
            r"\bfrier\w*.{0,20}\bzitter",
            r"\bfièvre" + _BELOW_38,
            r"\bfiévreu",
            r"\bfiévr" + _BELOW_38,
            r"température.{0,20}\b(?!38\.0(?!\d))(3[89]|4[0-2])\b",
            r"(j'ai|ai) de la température",
            r"\bfrissons?\b",
            r"\bgrelott",
            r"температур\w*.{0,20}\b(?!38\.0(?!\d))(3[89]|4[0-2])\b",
            r"(высок|поднял|подня|подскочил)\w* температур",
            r"температур\w* (поднял|высок|подскочил|держит)",
            r"(есть|у меня|с) температур",
            r"\bтемператур\w*\b(?!\s*(норм|в норме|3[5-7]\b|3[5-7]\.\d|не\b))",
            r"температур\w* не (спада|снижа|сбива|проход|уход|опуска)",
            r"\bжар\b",
            r"\bжар(а|ом|ит)\b",
            r"лихорад",
            r"озноб",
            r"знобит",
            r"трясет",
            # the fever as a word, with its article or a joined "and/with" -- not the same letters
            # inside "استحمى" (to shower) or "يحمي" (protects)
            r"(?<!\w)(و|ف|ب|ك|ال|وال|بال|فال)?حمى(?!\w)",
            r"حرارة(?!\s*(3[5-7](\.\d)?)\b)" + _BELOW_38,
            r"حراره(?!\s*(3[5-7](\.\d)?)\b)" + _BELOW_38,
            # ة becomes ت before a possessive suffix: حرارتي، حرارته، حرارتها، حرارتو
            r"حرارت(ي|ه|ها|و|ك|هم|نا)\b(?!\s*(3[5-7](\.\d)?)\b)" + _BELOW_38,
            r"سخونة",
            r"سخونت(ي|ه|ها|و|ك|هم)\b",
            r"سخونية",
            # "سخن" is also hot food, drink or water ("قهوة سخنة", "دش سخن"): not the body. Said
            # as lookbehinds, not an ``unless``, whose window would also hide a fever nearby.
            r"\b(?<!قهوه )(?<!قهوة )(?<!شاي )(?<!مويه )(?<!ماء )(?<!ماي )(?<!اكل )(?<!أكل )(?<!دش )(?<!حليب )(?<!شوربه )(?<!مشروب )سخن",
            r"رجفة",
            r"قشعريرة",
            r"ارتعاش",
            # Egyptian "سخونية" in Arabizi: sokhoneya, s5oneya, skhoneya -- and, as in the Arabic
            # script above, a reading below 38 told right after it ("el 7arara 37.8") is no fever
            # (the forty-first round's)
            r"\b(7arara|7rara|s5ona|sokhna|skhona|s5oneh|7umma|homma|sokhoneya|sokhonia|s5oneya|s5onia|skhoneya|so5oneya)\b"
            + _BELOW_38,
        ),
    ),
    RedFlag(
        id="heavy_bleeding",
        system="haemorrhage",
        procedures=("any",),
        source="NHS 'Recovering from an operation' -- bleeding that will not stop; ASPS (plastic surgery) post-operative instructions: haematoma and bleeding; NHS 'Nosebleed' (call 999 if it will not stop after 15 minutes)",
        patterns=(
            r"(heavy|heavily|a lot of|lots of|severe|profuse|won'?t stop|doesn'?t stop|not stopping|non-?stop|keeps?|constant(ly)?) (bleed|blood)",
            r"bleed\w* (a lot|heavily|badly|won'?t stop|non-?stop|through|for hours|all (day|night)|constantly|again and again)",
            # bleeding that increases (NHS: bleeding that gets heavier needs urgent care)
            r"bleed\w* (more and more|heavier|harder|even more|worse and worse)",
            r"blut\w* (immer mehr|immer stärker|stärker|mehr und mehr)",
            r"(кровит|кровоточит|кровь идет|кровь идёт|кровотечение)\w*.{0,10}(все|всё) (сильнее|больше)",
            r"bleed\w*.{0,50}(won'?t|doesn'?t|does not|will not|not|can'?t|cannot) (stop|slow)",
            r"(can'?t|cannot|unable to) stop (the )?bleed",
            r"soak\w* (with|in|through)( \w+)? blood",
            r"soak\w*.{0,25}(gauze|dressing|pads?|bandage|towels?|pillow|tissues?)",
            r"(gauze|dressing|pads?|bandage|towels?|pillow|sheets?).{0,20}(full of|soaked|covered in|drenched) blood",
            r"blood (is )?(everywhere|pouring|gushing|dripping|running|streaming)",
            r"(bleed|blood)\w*.{0,70}(dizz|faint|lightheaded|light-headed|weak|pale)",
            # blood swallowed, vomited or passed black ("schwarz wie Teer"): bleeding inside
            # (NHS 'Vomiting blood' and 'Black poo' -- go to A&E; ENT UK: a posterior nosebleed
            # runs down the throat)
            r"(vomit\w*|threw up|throwing up|puk\w*|erbroch\w*|gebrochen|gekotzt|vomi\w*|kus\w*|рвал\w*|рвот\w*|стошнил\w*|استفرغ\w*|رجعت|ترجيع|بستفرغ|برجع)[ ,.!:-]{0,3}(\w+[ ,]+){0,2}(blood|blut|sang|kan\b|kanlı|кров\w*|دم)",
            r"(swallow\w*|schluck\w*|avale\w*|yutuyorum|глота\w*|ببلع|ابلع|أبلع|بلع)[ ,.!:-]{0,3}(\w+[ ,]+){0,1}(blood|blut|sang|kan\b|кров\w*|دم)",
            r"(blood|blut|sang|кров\w*)\w*.{0,40}(back of (my|the) throat|in den hals|rachen|dans la gorge|в горло|по горлу)",
            r"(stool|poo|poop|stuhl\w*|kot|selles|caca|dışkı|kaka|стул|кал\b|براز|البراز|الخروج)\w*.{0,30}(black|tar\b|tarry|schwarz|teer|noir|goudron|siyah|katran|черн|чёрн|дегт|اسود|أسود|قطران)",
            r"(black|tarry|schwarz\w*|noir\w*|siyah|черн\w*|чёрн\w*) (\w+ )?(stool|poo|stuhl\w*|selles|dışkı|кал|стул)",
            r"sang\w*.{0,40}(sans arr[eê]t|n'arr[eê]te pas|ne s'arr[eê]te pas)",
            r"(الدم|دم)\w*.{0,40}(ما|مو|مش) ?(عم |قاعد )?(يوقف|بيوقف|وقف|يقف|راضي يوقف)",
            r"(dizz|faint|lightheaded).{0,40}bleed",
            r"kanama\w* (durmuyor|çok|fazla|şiddetli|kesilmiyor|geçmiyor|devam ediyor|hala)",
            r"(çok|fazla|şiddetli|aşırı|bol|durmadan|sürekli) kan(ama|ıyor|\b| geliyor| akıyor)",
            r"kan\w*.{0,25}(durmuyor|kesilmiyor|dinmiyor|durmadı)",
            # the blood, not the verb, is the subject ("a tiny bit of blood keeps coming out and
            # won't stop"): an understatement of the amount does not make it stop
            r"blood\w*.{0,40}(won'?t|doesn'?t|does not|will not|never) (stop|slow)",
            r"blood (keeps|is still|still|won'?t stop) (coming|oozing|dripping|running|seeping|trickling)",
            r"(gazlı bez|sargı|pansuman|yastık|havlu)\w*.{0,20}kan(la|a)? (doldu|oldu|bulandı|ıslandı)",
            r"kanama.{0,40}(baş dön|bayıl|halsiz|gözüm karar)",
            # the fortieth round's: the head told with its possessive ("başım dönüyor") and the
            # bleeding as the verb ("kanıyor"), not the dizziness denied ("başım dönmüyor")
            r"kan(ama|ıyor|adı)\w*.{0,70}\bbaş\w* dön(?!m[üu]y|med|mez)",
            r"(starke|starker|heftige|heftiger|massive) blutung",
            r"blutet.{0,20}(stark|sehr|ununterbrochen|immer noch|ohne aufzuhören|seit|weiter|dauernd|ständig)",
            # the forty-sixth round's: the bleed told in the first person ("ich blute seit heute
            # Morgen sehr stark", "weil ich stark blute"; Russian "я сильно кровоточу с утра",
            # "истекаю кровью") -- heavy bleeding now is urgent in any stage (NHS 'Recovering from
            # an operation'; NHS 'Nosebleed': 999 if it will not stop); a fear of it ("Angst,
            # dass ich stark blute") is read as a pre-op fear (``lexicon._FEAR_TOLD``)
            r"\bblute\b.{0,20}(stark|sehr|ununterbrochen|immer noch|ohne aufzuhören|seit|weiter|dauernd|ständig)"
            r"|\b(sehr |ganz )?(stark|heftig|ununterbrochen|ständig|dauernd) blute\b",
            r"(сильно |очень |много |не переставая )(кровоточу|кровлю)\b|\b(кровоточу|кровлю)\b.{0,20}(сильно|с утра|уже|не переставая|весь день|со вчера)|истекаю кровью",
            r"hört nicht auf zu bluten",
            r"blutung.{0,20}(hört nicht auf|stoppt nicht|nicht zu stoppen|will nicht)",
            r"(durchgeblutet|blut läuft|blut tropft|blut rinnt)",
            r"(verband|mull|kompresse\w*|pflaster|tupfer|kissen|handtuch|binde)\w*.{0,25}(vollgeblutet|voller blut|voll mit blut|blutgetränkt|blutdurchtränkt)",
            # soaked through and not stopping, or with blood: water from the shower or the normal
            # leak of tumescent fluid after liposuction is no bleed
            r"(verband|mull|kompresse\w*|pflaster|tupfer|binde)\w*.{0,25}(durchgesuppt|durchgeweicht).{0,30}(blut|hört (einfach )?nicht auf|immer mehr)",
            r"blut\w*.{0,30}(durchgesuppt|durchgeweicht)",
            r"blut.{0,40}(schwindel|ohnmacht|schwarz vor augen)",
            # ... further on in the message ("blutet, hört mit Druck auf, dann sickert es wieder
            # und mir ist schwindelig"; the fortieth round's), the gap never crossing a negation
            # ("kein Schwindel", "nicht schwindelig")
            rf"\bblut\w*(?:(?!{_NOT}).){{0,70}}(schwindel|ohnmacht|schwarz vor augen)",
            # ("pas mal" is quite a lot, no negation)
            r"saigne.{0,20}(beaucoup|abondamment|énormément|sans arrêt|toujours|encore|depuis|trop|non stop|de plus en plus|pas mal)",
            r"saignement\w*.{0,20}(abondant|important|qui ne s'arrête|continu|ne s'arrête|ne s'arrete|persist)",
            r"ne s'arrête pas de saigner",
            r"(compresse|pansement|oreiller|serviette)\w*.{0,20}(plein|pleine|imbibé|trempé|rempli)\w* de sang",
            r"hémorragie",
            r"saign\w*.{0,70}(vertige|malaise|tête (qui )?tourn\w*|étourdi)",
            # two or more dressings, gauzes or compresses gone through within one hour (NHS
            # 'Recovering from an operation': bleeding that soaks through the dressings; the pad-an-
            # hour count below): "3 gauzes in an hour", "drei Kompressen in einer Stunde", "3
            # compresses en 1h", "1 saatte 3 gazlı bez", "за час три салфетки", "3 شاش في ساعة"
            r"\b([2-9]|two|three|four|five|several|zwei|drei|vier|fünf|mehrere|deux|trois|quatre|cinq|plusieurs|iki|üç|dört|beş|birkaç|две|два|три|четыре|пять|несколько)"
            r" (gauzes?|gauze pads?|dressings?|compress(es)?|bandages?|kompressen|tupfer|verbände|mullbinden|compresses|pansements|gazlı bez\w*|gaz bez\w*|sargı\w*|pansuman\w*"
            r"|салфет\w*|бинт\w*|повязк\w*|тампон\w*)\b.{0,30}"
            r"\b((in|within) (an?|one|1|half an?) ?(hour|hr|h)\b|(in|innerhalb) (einer|1) ?(stunde|std|h)\b|en (une|1) ?(heure|h)\b|(bir|1) saatte|за (один |1 )?час)",
            r"(\b(in|within) (an?|one|1) ?(hour|hr|h)\b|(bir|1) saatte|за (один |1 )?час).{0,30}"
            r"\b([2-9]|two|three|four|five|several|iki|üç|dört|beş|birkaç|две|два|три|четыре|пять|несколько) (gauzes?|dressings?|compress(es)?|pads?|gazlı bez\w*|sargı\w*|pansuman\w*|ped\w*|салфет\w*|бинт\w*|повязк\w*|прокладк\w*)",
            r"([2-9]|[٢-٩]|ثلاث|اربع|أربع|خمس) ?(شاش|شاشات|شاشه|شاشة|ضماد|ضمادات|قطن|قطنات)\w*.{0,30}(في|ب|خلال) ?(ساعه|ساعة)|(في|ب|خلال) ?(ساعه|ساعة).{0,30}([2-9]|[٢-٩]|ثلاث|اربع|أربع|خمس) ?(شاش|شاشات|ضماد|ضمادات|قطن)",
            # a sanitary pad (or a dressing) filled every hour: NHS 'Heavy bleeding after
            # childbirth or a procedure' and HFEA egg-collection advice count a pad an hour as
            # heavy bleeding, whatever words come around it
            r"(pads?|sanitary towels?|binden?|vorlagen?|serviettes?( hygiéniques?)?|protections?|pedler?|ped\b|прокладк\w*|فوط\w*|فوطه)\b.{0,30}\b(an|every|each|per|a|jede|pro|in der|par|chaque|toutes les|her|saatte|в|за|каждый|كل)\b ?(1 |one |eine |une |un |bir )?(hour|stunde|heure|saat|час|ساعه|ساعة)\b",
            r"(every|each|jede|chaque|toutes les|her|каждый|كل) (hour|stunde|heure|saat|час|ساعه|ساعة)\b.{0,30}(pads?|sanitary towels?|binden?|vorlagen?|serviettes?|protections?|pedler?|ped\b|прокладк\w*|فوط\w*|فوطه)",
            # a wound drain filling with bright red blood, measured (NHS trusts' "Going home
            # with a wound drain" leaflets and ASPS 'Breast reduction -- risks', haematoma: fresh
            # red blood filling the drain quickly -- contact the ward at once): 200 ml or more of
            # fresh red blood since the operation is active bleeding, whatever the words around it
            r"\b(drain\w*|dren\w*|дренаж\w*)\b.{0,80}\b([2-9]\d\d|\d[.,]?\d{3}) ?(ml|мл|cc|cl)\b.{0,30}(bright red|fresh (red )?blood|hellrot|frisches blut|frisch rot|rouge vif|sang frais|parlak kırmızı|taze kan|açık kırmızı|ярко-?красн\w*|ал(ая|ой)|свеж\w* кров\w*)",
            r"\b(drain\w*|dren\w*|дренаж\w*)\b.{0,60}(bright red|fresh (red )?blood|hellrot\w*|frisches blut|rouge vif|sang frais|parlak kırmızı|taze kan|açık kırmızı|ярко-?красн\w*|ал(ая|ой)|свеж\w* кров\w*).{0,30}\b([2-9]\d\d|\d[.,]?\d{3}) ?(ml|мл|cc|cl)\b",
            r"(درنقه|درنقة|الدرنقه|الدرنقة|الدرين|درين|انبوب التصريف|أنبوب التصريف|الدرنق).{0,80}([2-9]\d\d|[٢-٩][٠-٩][٠-٩]) ?(مل|ml|سي سي).{0,30}(احمر فاتح|أحمر فاتح|احمر فاقع|أحمر فاقع|دم فاتح|دم طازج|دم جديد|دم احمر|دم أحمر)",
            r"(сильн|обильн)\w* кровотеч",
            r"кровотечени\w*.{0,25}не (останавлива|прекраща|проходит)",
            # ... also told by the gerund or an adverb ("идёт не переставая", "течёт без остановки")
            r"кров\w*.{0,25}(не (останавлива|прекраща|перестает|перестаёт|унимается|переставая|прекращаясь)|без (остановки|перерыва)|беспрерывно|непрерывно)",
            r"кров\w*.{0,15}(хлещет|льется|льёт|течет ручьем)",
            r"сильно кровит",
            r"кровит.{0,20}(не переставая|без остановки|сильно|весь день|до сих пор|всю ночь|уже)",
            r"(повязк|бинт|подушк|салфетк)\w*.{0,20}(в крови|промок|пропитал)",
            r"кров\w*.{0,70}(?<!не )(?<!нет )(?<!без )(головокруж|кружится|обморок|слабост|темнеет в глазах|в глазах темнеет)",
            r"(?<!не)(?<!не )много (ярко-?)?(красной )?крови",
            r"نزيف.{0,20}(شديد|حاد|غزير|قوي|لا يتوقف|مستمر|كثير|ما وقف|ما يوقف|ما بيوقف|ما يبي يوقف)",
            # not the verb denied: "ما ينزف كثير" (it is not bleeding much) is no heavy bleed
            r"(?<!ما )(?<!مو )(?<!مش )(?<!لا )(?<!ما عم )(ينزف|أنزف|النزيف|الدم)\w*.{0,15}(كثير|بشده|لا يتوقف|مستمر|ما وقف|ما يوقف|ما بيوقف|ما راضي يوقف|مو راضي يوقف)",
            # Egyptian and Levantine spellings told with the verb, a wound bleeding now: "بينزف
            # كتير", "بتنزف جامد", "مش بيقف" -- not the noun of a habit ("النزيف عندي بيبقى جامد"
            # of a period), nor the verb denied ("مش بينزف كتير")
            r"(?<!مش ب)(?<!ما ب)(?<!مو ب)(?<!مش )(?<!ما )(?<!مو )(?<!لا )(ينزف|تنزف)\w*.{0,15}(كتير|جامد|مش بيقف|مش راضي يقف|مبيقفش)",
            r"الدم لا يتوقف",
            r"نزيف لم يتوقف",
            r"(الشاش|الضماد|المخده|المخدة|المنشفه)\w*.{0,15}(مليان|مليانه|مليء|غرق)\w* (دم|بالدم)",
            # the thirty-fifth round's: the gap never crosses an Arabic negation ("بقع دم ...
            # وانا مش دايخ": blood, and *not* dizzy)
            r"(نزيف|دم)" + _NOT_AR_GAP_40 + r"(دوخه|دوار|اغماء|دايخ|دايخه)",
            # Gulf and Levantine: "the blood runs ... and has not stopped", "she gets dizzy"
            r"(?<!\w)(الدم|دم)\s+(ينزل|نازل|يطلع|طالع|يسيل).{0,40}(ما وقف|ما يوقف|ما بيوقف|ما وقّف|ما راضي يوقف|مو راضي يوقف|لا يتوقف)",
            r"(?<!\w)(نزيف|الدم|دم)(?!\w)"
            + _NOT_AR_GAP_100
            + r"(?<!\w)(تدوخ|يدوخ|ادوخ|صارت تدوخ|صار يدوخ|دخت|داخت|دايخ|دايخه)",
            r"\b(el dam|dam|nazif)\b.{0,20}(mesh|msh|ma) ?(bey2af|wa2ef|wa2af|byo2af|radi yo2af)",
            # the fortieth round's: the bleeding told with the verb, then pressed and not stopped
            # or with dizziness ("نقطة تنزف، ضغطت عليها ١٠ دقايق وما توقفت", "تنزف ... وفيني
            # دوخة"): NHS 'Recovering from an operation' and ISHRS aftercare -- bleeding that
            # does not stop with firm pressure, or with dizziness, is the emergency; "تنزف ...
            # وتوقف" (it stopped) and "ما فيني دوخة" (not dizzy, the gap never crosses a negation)
            # are not this
            r"(?<!مش ب)(?<!ما ب)(?<!مو ب)(?<!مش )(?<!ما )(?<!مو )(?<!لا )(ينزف|تنزف|بينزف|بتنزف)\w*.{0,60}"
            r"(?<!\w)و?(ما|مو|مش) ?(عم |قاعد )?(توقف|توقفت|تقف|يوقف|يقف|وقف|وقفت|بتوقف|بيوقف|راضي يوقف|راضي توقف|راضيه توقف)(?!\w)",
            r"(?<!مش ب)(?<!ما ب)(?<!مو ب)(?<!مش )(?<!ما )(?<!مو )(?<!لا )(ينزف|تنزف|بينزف|بتنزف)\w*"
            + _NOT_AR_GAP_40
            + r"(دوخه|دوار|اغماء|دايخ|دايخه|تدوخ|ادوخ|دخت)",
        ),
        # Pink or watery fluid soaking the pads in the first days after a liposuction is the
        # tumescent fluid draining from the ports (ASPS 'Liposuction -- recovery'; BAPRAS
        # liposuction aftercare: the small incisions leak blood-tinged fluid for 24-72 hours) --
        # no bleed, as long as no blood, no dizziness or faintness is told anywhere.
        not_in=(_SEROUS_AFTER_LIPO,),
    ),
    RedFlag(
        id="breathing_difficulty",
        system="respiratory / pulmonary embolism",
        procedures=("any",),
        source="NHS 'Pulmonary embolism' (sudden breathlessness, chest pain on breathing -- call 999); NICE NG158 Venous thromboembolic diseases; ASPS: fat embolism after gluteal fat grafting (BBL)",
        patterns=(
            r"(can'?t|cannot|can not|hard to|trouble|difficult(y)?( in)?|struggling to|problems?|hurts to) (breath|catch (my )?breath)",
            r"short(ness)? of breath",
            r"\bbreathless",
            r"out of breath",
            r"\bgasping\b",
            r"breathing (is |feels )?(hard|difficult|heavy|fast|laboured|weird)",
            r"nefes (alamıyorum|alamıyor|darlığı|almakta zorlan|almak zor|almakta güçl|alırken zorlan)",
            r"nefes\w*.{0,15}(daralıyor|kesiliyor|yetmiyor|tıkanıyor|zor)",
            r"nefes nefese",
            r"soluk soluğa",
            r"solunum (sıkıntısı|güçlüğü)",
            r"atemnot",
            # (the forty-ninth round's: the verb first, "nach der OP bekomme ich keine Luft")
            r"(bekomme|kriege|krieg) (ich )?(keine|kaum|schlecht|schwer) luft",
            # Austrian and Swiss German: "ka/kei Luft", "schnaufen" for breathing
            r"\b(bekomm|krieg|chum|überchum)\w* (ka|kaa|kei|keni|kaum) luft",
            r"\b(kann|cha|chan|ka) (fast |fascht |gar )?(ned|nöd|nit|net|nicht|kaum|schlecht) (richtig )?(schnaufe|schnaufen|atme|atmen)\b",
            r"\b(schnaufe|schnaufen)\b (isch|ist|geht) (so |ganz )?(schwer|streng|mühsam)",
            r"kann( \w+){0,4}? (nicht|kaum) (richtig |mehr )?atmen",
            r"schwer (zu )?atmen",
            r"atme.{0,10}(schwer|schlecht|kaum)",
            r"atembeschwerden",
            r"kurzatmig",
            r"luftnot",
            r"(du mal|difficulté|difficultés|de la peine|dur) à respirer",
            r"n'arrive (pas|plus) à respirer",
            r"\b(j'?arrive|arrive) (pas|plus) (à|a) (respirer|avaler)",
            r"respire (mal|difficilement)",
            r"essouffl",
            r"souffle court",
            r"manque d'air",
            r"ne peux (pas|plus) respirer",
            r"j'étouffe",
            r"(трудно|тяжело|не могу|сложно|тяжко) (нормально )?дыш",
            r"дышать.{0,10}(трудно|тяжело|не могу|сложно|нечем)",
            r"одышк",
            r"задыха",
            r"не хватает воздуха",
            r"нечем дышать",
            r"(ضيق|صعوبة|صعوبه) (في |ب)?(التنفس|تنفس|النفس|نفس)",  # "ضيق بالتنفس": ب written on
            r"(لا|ما|مو|مش) (أستطيع|استطيع|اقدر|أقدر|قادر|قادره) (التنفس|أتنفس|اتنفس|أن أتنفس)",
            r"اختناق",
            r"\bاختنق",
            r"نفسي (مقطوع|ضيق|ضايق|يضيق|تضيق|ينقطع|يتقطع|يروح)",
            r"\b(ma a2dar atnaffas|mish 2ader atnafas|di2 nafas|ضيقة نفس)\b",
            r"(يتنفس|اتنفس|أتنفس|تتنفس|نتنفس|التنفس|تنفسي|تنفسه)\w* (بصعوبه|بصعوبة|بالعافيه|بالعافية)",
            r"\b(mesh|msh|ma) (2ader|ader|2adra|adra|a2dar|3arfa|3aref) (atnafas|atnaffas|at?naffes)",
            # Arabizi drops vowels ("ma 2dr atnafas", "msh 2adra atnfs"): the consonant skeleton
            r"\b(mesh|msh|mish|ma|mu|mo) (b?(2|a2|e2)?[ae]?d[ae]?r\w*|3a?r[ae]?f\w*) [ae]?t?na?f+[ae]?s",
            # the forty-ninth round's (dev54): Gulf and Levantine Arabizi -- "can't" with the
            # modal of any dialect ("ma agdar atnafas zain", "mu 2ader atnaffas", "mish gadra
            # atnafas"), the breath told held or cut ("nafasi ma7boos", "nafasi maktoom"), "short
            # of breath" as "dee2 / dayg nafas" (NHS 'Pulmonary embolism': sudden breathlessness)
            rf"\b{_AZ_CANT} {_AZ_ABLE} (\w+ )?[ae]?t?na?f+[ae]?s\b",
            r"\bn[ae]f[ae]s(i|y|ee)\b.{0,12}\b(ma7boo?s|mahboo?s|maktoo?m|makto?um|ma2too?3|mag6oo?3|mgt?oo?3|dayi?[2gq]|day[2gq]a|ydee[2gq]|yedi[2gq]|ykht?an[ae]?[2gq])",
            r"\b(di2|dee2|dii2|dhee?[gq]|deeq|diq|dayi?[gq]|dayg[ae]t?)\b (fi |fel |bil |bel |b)?(el |al |l)?n[ae]f[ae]s\b",
            # Air hunger told as a comparison or a struggle for air (NHS 'Shortness of breath'):
            # "like breathing through a straw", "can barely get any air", "wie durch einen
            # Strohhalm", "comme à travers une paille", "как через соломинку", "كأني أتنفس من شفاطة".
            r"(breath\w*|air).{0,30}(through a straw|like a fish out of water)",
            r"(can'?t|cannot|can hardly|can barely|hardly|barely|struggle to|struggling to) (get|catch|gulp) (any |enough )?(air|oxygen|a breath)",
            r"(not getting|don'?t get|can'?t get) enough air",
            r"(atm|luft)\w*.{0,30}(durch einen strohhalm|wie ein fisch)",
            r"(schnauf|keuch|japs|hechel)\w*.{0,20}wie (eine?n? )?(dampflok|lokomotive|hund|marathonläufer|nach einem marathon)",
            r"(respir|air)\w*.{0,30}(à travers une paille|dans une paille|comme un poisson)",
            r"(nefes|hava)\w*.{0,30}(pipetle|pipetten|kamışla|kamıştan|balık gibi)",
            r"(pipetle|pipetten|kamışla|kamıştan).{0,20}nefes",
            r"durch einen strohhalm (zu )?atme",
            r"(дыш|воздух)\w*.{0,30}(через соломинк|как рыба)",
            r"(اتنفس|أتنفس|التنفس|نفسي|الهوا|الهواء)\w*.{0,30}(من شفاط|من مصاص|من قشه|من قشة|زي السمكه|مثل السمكة)",
            r"(الهوا|الهواء) (ما|مو|مش) (يدخل|داخل|كافي)",
            # Breathlessness lying flat (orthopnoea: NHS 'Shortness of breath', RCOG on OHSS --
            # fluid in the chest or belly): "can't lie down without choking", "nur im Sitzen".
            r"(can'?t|cannot|unable to) (lie|lay|sleep) (down|flat|on my back)\b.{0,40}(breath|chok|suffocat|gasp|air\b|drown)",
            r"(only|just) (breathe|breath|get air) (when|if) (i'?m )?(sitting|sat|propped) up",
            r"(im liegen|beim hinlegen|flach liegen|wenn ich (mich hin)?lieg\w*)\b.{0,30}(keine luft|kaum luft|ersticke|atemnot|kann nicht atmen)",
            r"(m'allonger|m'allonge|allongée?|couchée?|me coucher|à plat)\b.{0,30}(étouff|suffoqu|respire plus|respirer|manque d'air)",
            r"\b(étouffe|étouffer|étouffais)\b",
            r"(yatınca|yatarken|uzanınca|uzanırken|sırtüstü|düz yatamıyorum)\w*.{0,30}(nefes|boğul|hava)",
            r"(лёжа|лежа|лечь|ложусь|лягу|прилечь)\w*.{0,30}(задыха|не могу дышать|нечем дышать|не хватает воздуха|душит)",
            r"(انام|أنام|استلقي|أستلقي|انسدح|امدد|أتمدد|اتمدد)\w*.{0,30}(اختنق|أختنق|ما اقدر اتنفس|ما أقدر أتنفس|نفسي يضيق|ينقطع نفسي|ضيق)",
            # a breath that cannot be drawn in ("не могу нормально вдохнуть", "can't take a deep breath")
            r"не (могу|может|получается) (нормально |полностью |глубоко )?(вдохнуть|вздохнуть|сделать вдох)",
            r"(can'?t|cannot|unable to) (take|get|draw) (a )?(full|deep|proper|normal) breath",
            # too breathless to finish a sentence (NHS 'Shortness of breath': call 999)
            r"(can'?t|cannot|unable to) (finish|complete) (a |my )?(sentence|word)",
            r"(keinen|kaum einen) satz (zu ende|mehr|fertig|ohne (pause|luft|absetzen|unterbrechung|anzuhalten))",
            # a sentence that needs a pause for breath, in six languages ("can't say a sentence
            # without stopping", "pas une phrase sans m'arrêter", "cümleyi bitiremiyorum", "фразу
            # без передышки не договорю", "ما اقدر اكمل جملة")
            r"(can'?t|cannot|unable to|couldn'?t) (say|get out|speak) (a |one |a whole |a full )?(sentence|few words)\b.{0,20}without (stopping|pausing|a pause|a break|catching)",
            r"(pas|plus) (une|ma|de) phrases? (entière )?sans (m'arrêter|reprendre|pause|souffler)",
            r"(cümle\w*|lafımı) (bitiremiyorum|tamamlayamıyorum|kuramıyorum)",
            r"(фраз\w*|предложени\w*) без (остановк\w*|пауз\w*|передышк\w*)|не (могу|получается) (договорить|закончить) (фраз\w*|предложени\w*)",
            r"(ما|مش|مو|لا) (اقدر|أقدر|قادر|قادره) (اكمل|أكمل|اخلص|أخلص) (جمله|جملة|كلامي)",
            r"(finir|terminer) (mes|une|ma) phrases?\b.{0,30}(air|souffle|respir)",
            r"(kann|schaffe?)( \w+){0,4}? (nicht|kaum) (mehr )?(richtig |tief )?(einatmen|durchatmen)",
            r"(peux|arrive) (pas|plus) (à )?(inspirer|respirer) (à fond|profondément|normalement)",
            r"(derin )?nefes (alamıyorum|çekemiyorum|alamadım)",
            # breathing very fast (NHS 'Sepsis' and 'Pulmonary embolism': very fast breathing --
            # call 999; fat embolism after fat grafting breathes fast), in six languages
            r"\bbreathing (is |feels )?(very |really |so |super |extremely )(fast|rapid|quick)",
            r"\b(atmet|atmung|atem)\w*( \w+){0,4} (sehr |ganz |so |extrem )?(schnell|hastig|hechelnd)\b",
            r"\b(schnelle|hastige|flache und schnelle) atmung",
            r"\b(respire|respirait|respiration)\w* (est |très |super |trop |hyper )*(vite|rapide|rapidement|saccadée)",
            r"(çok |aşırı )?hızlı (hızlı )?(nefes alıyor|soluyor|nefes alıp veriyor)|nefes\w* (çok |aşırı )?(hızlı|sıklaştı|hızlandı)",
            r"(дышит|дыхание|дышать)\w* (очень |слишком |так |часто-?)*(часто|быстро|частое|быстрое|учащ\w*)|(частое|учащенное|учащённое) дыхание",
            r"(نفسها|نفسه|نفسي|تنفسها|تنفسه|تنفسي|النفس|التنفس) (سريع|سريعه|سريعة|بسرعه|بسرعة|متسارع|متسارعه|متسارعة|مستعجل)",
            # a full breath that cannot be drawn ("ما اقدر اخذ نفس كامل") and breathless on a few
            # steps -- stopping to pant on the way to the toilet (NHS 'Shortness of breath',
            # 'Pulmonary embolism'; NICE NG158), in six languages
            r"(لا|ما|مو|مش) (أستطيع|استطيع|اقدر|أقدر|قادر|قادره) (اخذ|آخذ|أخذ|اخد|اسحب|أسحب|اخذلي) (نفس|نفسي)",
            r"(الهث|ألهث|يلهث|تلهث|لهثان|لهثانه|لهثانة|انهج|أنهج)",
            r"\b(stop|stopping|pause|rest)\w* (to|and) (catch|get) (my |her |his )?breath",
            r"\bpanting\b",
            r"(stehen ?bleiben|anhalten|pause)\w*.{0,25}(luft (zu )?holen|verschnauf)",
            r"\b(keuche|japse|hechle)\b",
            r"(arrêter|m'arrêter|pause)\w*.{0,25}(reprendre (mon|son) souffle|souffler)",
            r"\b(halète|halete|je halète)\b",
            r"\bsoluklan\w*",
            r"\b(отдыш\w*|запыхал\w*|запыхива\w*)",
        ),
        # (the forty-ninth round's: all behind one :data:`_NO_BREATH_DANGER`, searched once per
        # window, each alternative inside it -- a bare "|" in one of them had left "nez" or
        # "ноздря" unguarded, so "essoufflée dans l'escalier, le nez va bien" was cleared -- and
        # the splint, packing or crusts of a nose operation, :data:`NOSE_SPLINT`, explain it too)
        unless=(
            _NO_BREATH_DANGER
            + "(?:"
            + "|".join(
                f"(?:{pattern})"
                for pattern in (
                    r"(through|out of|with) (my |the |it|this)?\s?(nose|nostril|splint)",
                    r"(nose|nostril)\w*.{0,15}(blocked|stuffy|congest|through)",
                    r"burn\w*",
                    r"\bnase",
                    r"\b(par|avec) le nez|\bnez\b",
                    r"\bнос\w*",
                    r"(انفي|أنفي|خشمي|الانف|الأنف)",
                    # Turkish "burun" (nose) inflected: "burundan nefes alamıyorum" is the blocked
                    # nose after a rhinoplasty (splint, swelling, crusts -- BAAPS), not the lungs
                    r"\bbur(u)?n(um|un|dan|umdan|da|umda|u)\b",
                    # one side of the nose: "durch die linke Seite krieg ich kaum Luft", a nostril
                    r"\b(durch|through|out of|par|de|du) (die |the |my |le |la |un )?(linke|rechte|left|right"
                    r"|one|eine|gauche|droite|un) (seite|side|nostril|nasenloch|narine|c[oô]t[eé])",
                    r"\b(nasenl[oö]ch\w*|nostrils?|narines?|(sol|sa[gğ]|bir) (taraftan|delikten)|burun deli\w*)\b"
                    r"|ноздр\w*|(منخار|مناخير|فتحة الانف|فتحه الانف)",
                    NOSE_SPLINT,
                )
            )
            + ")",
        ),
    ),
    RedFlag(
        id="chest_pain",
        system="cardiovascular / pulmonary embolism",
        procedures=("any",),
        source="NHS 'Chest pain' (call 999) and 'Pulmonary embolism'; NICE NG158",
        patterns=(
            r"chest (pain|hurts|is hurting|tight|pressure|feels tight|feels heavy)",
            r"pain in (my|the) chest",
            r"(tightness|pressure) (in|on) (my|the) chest",
            r"göğüs(üm)? (ağrısı|ağrıyor|sıkışması|sıkışıyor)",
            r"göğsüm (ağrıyor|sıkışıyor|batıyor)",
            r"göğsümde (ağrı|baskı|sıkışma|batma)",
            r"brustschmerz",
            r"schmerz\w* in der brust",
            r"(druck|stechen|stiche) (auf|in) der brust",
            r"engegefühl in der brust",
            r"brust (tut weh|schmerzt|ist eng)",
            r"douleur\w* (thoracique|à la poitrine|dans la poitrine)",
            r"mal (à|a|dans) la poitrine",
            r"poitrine (me fait mal|serrée|oppressée)",
            r"oppression thoracique",
            r"бол\w* в груди",
            r"(давит|колет|жжет|жжёт) в груди",
            r"грудь болит",
            r"груди болит",
            r"сдавливает грудь",
            r"(ألم|وجع) (في|ب)\s?(الصدر|صدري)",
            r"ضغط (على|في) (الصدر|صدري)",
            r"(ضغط|الم|ألم|وجع)\w*( \w+)? (على|في|ب) ?(الصدر|صدري)",
            # NHS 'Heart attack': chest pain or pressure spreading to the (left) arm, jaw or neck
            r"(chest|pressure|pain)\w*.{0,40}(down|into|to|along|spreading to|going to) (my |the |her |his )?(left )?(arm|jaw)",
            r"(brust|druck)\w*.{0,40}(in den|in meinen|bis in den|zum) (linken )?(arm|kiefer)",
            r"(poitrine|oppression|douleur)\w*.{0,40}(dans|jusqu'au|vers) (le |mon )?(bras|mâchoire)",
            r"göğ\w*.{0,40}(sol )?(kol|çene)\w*.{0,10}(vur|yayıl|iniyor|gidiyor)",
            r"груд\w*.{0,40}(отда\w*|иррадиир\w*|переходит)\w* (в )?(левую )?(руку|челюсть)",
            r"(صدر|صدري)\w*.{0,40}(نازل|ينزل|يمتد|واصل|يوصل)\w* (على|الى|ل|إلى) ?(دراعي|ذراعي|يدي|ايدي|فكي|الذراع)",
            r"صدري (يؤلمني|يوجعني|ضاغط|مضغوط)",
            # the forty-ninth round's (dev54): Arabizi "my chest hurts me" ("sadri yoja3ni",
            # "sadri bywja3ni") and "a pain in my chest" ("wja3 fi sadri", "alam bi sadri")
            r"\b(sadri|sadry|sidri|sedri) (?!(ma|mu|mo|mish|msh|mesh|mub|mb|mafi)\b)(\w+ )?(b?y?[eo]?w?j[ae]?3ni|b?yo[j2]a?3ni|yo2lemni|bi?y?oo?j[ae]?3|y?wj[ae]?3|m?dgoo?6|madghoo?t|mad3'oo?t|madghou?t)\b",
            r"\b(w?ja3|waja3|wa?j3|alam|2alam|2lam)\b (fi|bi|b|3la|3ala) ?(sadri|sadry|sidri|el ?sadr|al ?sadr)\b",
            # A comparison of crushing chest pressure (NHS 'Heart attack': "like something heavy
            # pressing on or squeezing your chest"): "an elephant sitting on my chest", "like a
            # vice", "wie ein Stein auf der Brust", "comme un étau", "как в тисках".
            r"(elephant|a weight|heavy weight|something heavy|someone (is )?sitting|a brick|a ton|a truck).{0,30}(on|pressing on|sitting on|crushing) (my|the) chest",
            r"chest.{0,25}(in a vi[cs]e|like a vi[cs]e|being (crushed|squeezed)|crushed|squeezed|a band around|a tight band)",
            r"(elefant|stein|gewicht|zentner|felsbrocken)\w*.{0,30}auf (der|meiner|die) brust",
            r"brust.{0,25}(zugeschnürt|eingeschnürt|schraubstock|zusammengedrückt|zerquetscht)",
            r"(éléphant|un poids|une pierre|une enclume|un rocher).{0,30}sur (la|ma) poitrine",
            r"poitrine.{0,25}(étau|écrasée|comprimée|serrée comme)",
            r"(fil|ağırlık|mengene|kaya)\w*.{0,30}göğs",
            r"göğs\w*.{0,30}(mengene|eziliyor|sıkıştırıyor|sıkıştırılmış|fil oturmuş|ağırlık)",
            r"(слон|камень|плита|груз|тяжест)\w*.{0,30}(на|в) груд",
            r"груд\w*.{0,25}(тиск|сдавил|сжимает|сжало|сдавлива|придавил)",
            r"(فيل|حجر|صخره|صخرة|ثقل|شي ثقيل)\w*.{0,30}(على|فوق) ?(صدري|الصدر)",
            r"صدري.{0,25}(ينعصر|معصور|محشور|مضغوط|ينضغط|مكتوم)",
        ),
        # Pressure behind the breastbone after a few spoonfuls or bites is the small stomach
        # full (ASMBS 'Life after bariatric surgery' and NHS 'Weight loss surgery -- recovery':
        # eat slowly, stop at the first feeling of fullness or pressure) -- unless it spreads to
        # the arm or the jaw, or breath or sweat is told with it
        unless=(
            r"\b(spoon\w*|tablespoon\w*|bites?|mouthfuls?|löffel\w*|bissen|cuill[eè]re\w*|bouchée\w*|kaşık\w*|lokma\w*|ложк\w*|ложек|ложеч\w*|(ملاعق|ملعقه|ملعقة|معالق|لقمه|لقمة|لقمات))"
            r"(?!.{0,100}(arm|jaw|breath|sweat|kiefer|atem|luft|schwitz|bras|mâchoire|souffle|sueur|kol\w* |çene|nefes|terl|рук|челюст|дыш|пот|ذراع|دراع|فك|نفس|عرق))",
        ),
    ),
    RedFlag(
        id="pulmonary_embolism_signs",
        system="pulmonary embolism / cardiovascular",
        procedures=("any",),
        source="NHS 'Pulmonary embolism' (chest pain when breathing in, coughing up blood, racing heart); NICE NG158; ASMBS: tachycardia after bariatric surgery as a leak sign",
        patterns=(
            # (the forty-ninth round's: not the mouth breathing of a blocked nose -- "pain 2/10,
            # just mouth breathing at night" after a rhinoplasty, ASPS 'Rhinoplasty -- recovery')
            r"(pain|hurts|stabbing|sharp).{0,25}(breath(e|ing)? in|when i breathe|deep breath|(?<!mouth )(?<!mouth-)breathing(?! through (my|the) mouth))",
            r"cough\w*.{0,15}blood",
            r"heart (is )?(racing|pounding|beating (so |really |very )?fast|going crazy)",
            r"racing heart",
            r"heart.{0,20}(like the clappers|like a drum|like crazy|like mad|out of my chest|like a hammer)",
            r"palpitation",
            r"(pulse|heart rate).{0,15}(1[2-9]\d|high|fast|racing)",
            r"nefes al\w*.{0,20}(ağrı|batıyor|sancı|acı)",
            r"(öksür\w*).{0,15}kan",
            r"kan tükür",
            r"kalbim.{0,15}(çok hızlı|hızlı atıyor|küt küt|çarpıyor|yerinden çıkacak)",
            r"çarpıntı",
            r"nabzım.{0,10}(yüksek|hızlı|1[2-9]\d)",
            r"beim (einatmen|atmen|luftholen).{0,20}(schmerz|stich|tut|sticht)",
            r"(schmerz|stich|stechen|sticht)\w*.{0,20}beim (einatmen|atmen|luftholen|schnaufen)",
            r"(blut husten|huste blut|bluthusten|blut im auswurf)",
            r"herzrasen",
            r"herz.{0,15}(rast|klopft (stark|wie wild)|schlägt (sehr )?schnell|stolpert|pumpert|bumpert|hämmert|galoppiert)",
            r"puls.{0,15}(1[2-9]\d|hoch|rast)",
            r"(douleur|mal).{0,25}(en respirant|quand je respire|à l'inspiration|inspire)",
            r"(crache|tousse|toux)\w*.{0,15}(du )?sang",
            r"(coeur|cœur).{0,15}(bat (\w+ )?(vite|fort)|s'emballe|qui s'emballe|cogne)",
            r"palpitations",
            r"tachycard",
            r"(больно|боль).{0,20}(дышать(?! ртом| через рот)|при вдохе|при дыхании|вдохнуть)",
            r"(кашля\w*|кашель).{0,15}кров",
            r"сердце.{0,15}(колотится|бьется|бьётся|стучит|выпрыгивает)",
            r"сердцебиени",
            r"тахикард",
            r"пульс.{0,15}(1[2-9]\d|высок|част)",
            r"(ألم|وجع|يوجعني|يؤلمني).{0,25}(مع|عند|لما|وقت) (التنفس|اتنفس|أتنفس|النفس)",
            r"(كحه|كحة|سعال|اكح|أكح|أسعل)\w*.{0,15}دم",
            r"قلب(ي|ه|ها)?.{0,15}(يدق|ينبض|يخفق|يطق|بيدق).{0,10}(بسرعه|بقوه|سريع|قوي|جامد)",
            r"\b2alb\w*.{0,10}(bydo2|bidu2|byedo2|bed2|by2oom|bydu2)",
            # the forty-ninth round's (dev54): Arabizi -- a racing heart given as a number or
            # told fast ("galbi 120", "nabdi sarie3", "2albi ydig bsur3a"), and the chest hurting
            # when breathing ("sadri yoja3ni lama at3annafas", "wja3 fi sadri ma3 el nafas"):
            # NHS 'Pulmonary embolism' (chest pain when breathing in, a racing heart)
            r"\b(galbi|qalbi|2albi|albi|ghalbi|nabdi|nabadi|nabdh?i|nabd|el ?nabd)\b.{0,12}(\b1[2-9]\d\b|\b(sari3|sarie3|saree3|sri3|sre3|b?s[uo]r3a|b?sor[ae]3a|bsr3a|mitsare3|metsare3|m?tsar3)\b)",
            r"\b(sadri|sadry|sidri|sedri|w?ja3|waja3|alam|2alam)\b.{0,30}\b(lama|lamma|lma|wa2t|wagt|waqt|3ind|3end|ma3|m3|kil ma|kl ma|kol ma)\b (ma )?(el |al )?\w{0,4}n+[ae]f+[ae]?s\w*",
            r"صدر(ي|ه|ها) (يوجع|يؤلم|يألم|بيوجع)\w*.{0,25}(نفس|تنفس|يتنفس)",
            r"خفقان",
            r"دقات قلبي (سريعه|سريعة|عاليه)",
            r"\bنبض.{0,10}(سريع|عالي)",
            # the pain told after the breath that brings it (pleuritic pain: "every time I breathe
            # in deeply it stabs me in the side"; NHS 'Pulmonary embolism'), in six languages
            r"\b(breath(e|es|ing)? in|breathe deeply|deep breaths?|every breath|(take|taking) a (deep|big|full) breath)\b[^.!?\n]{0,25}(stab|sharp|knife|hurts|stitch)",
            r"\b(wenn ich|bei jedem) (tief |richtig )?(einatme|atme|atemzug|luft hole)\w*.{0,25}(sticht|stich|stechen|schmerz|tut (es )?weh|messer)",
            r"(quand je respire|en respirant|à chaque (respiration|inspiration)|j'inspire|quand j'inspire)\w*.{0,25}(couteau|poignard|pique|douleur|mal\b|lance)",
            r"nefes al\w*.{0,20}(saplan|bıçak|sızl|giriyor)",
            r"(вдох\w*|вдыха\w*|вдохну\w*).{0,25}(колет|кольн\w*|пронза\w*|режет|больно|нож)",
            r"(колет|кольн\w*|пронза\w*|простреливает)\w*.{0,25}(при вдохе|на вдохе|когда (глубоко )?вдыха\w*|когда дышу)",
            r"(اتنفس|أتنفس|تنفس|التنفس|تنفسي|نتنفس)\w*( بعمق| عميق)?.{0,20}(يطعن|طعن|ينغز|نغز|يوجع|يؤلم|سكين|يشك|يخز)",
        ),
        # A racing heart and sweating told after sweets or a meal, or named dumping, is early
        # dumping syndrome after a bypass or a sleeve (NHS 'Dumping syndrome'; ASMBS: a dietary
        # matter -- small meals, no sugar) -- unless breath, chest pain or blood is told with it
        unless=(
            r"((after|nach|après|sonra|после|بعد) (\w+ ){0,2}(sweet\w*|sugar\w*|dessert\w*|cake|chocolate|meals?|eating|süß\w*|zucker\w*|kuchen|schokolade|(dem )?essen|sucr\w*|gâteau\w*|chocolat|repas|manger|tatlı\w*|şeker\w*|yemek\w*|çikolata\w*|сладк\w*|сахар\w*|еды|десерт\w*|шоколад\w*|(الحلو|حلويات|حلو|السكر|سكريات|الاكل|الأكل|الحلا|حلا))"
            r"|(sweet\w*|sugar\w*|süß\w*|zucker\w*|sucr\w*|tatlı\w*|şeker\w*|сладк\w*|(حلو|حلويات|سكر))\w* (\w+ ){0,2}(yiyince|yedikten sonra|yediğimde|essen|gegessen|mange|ate|eat))"
            r"|dumping|demping|демпинг|дампинг|(دمبنج|دامبينج|الدامبينج|الدمبنج)"
            r"(?!.{0,80}(breath|chest|blood|atem|brust|blut|souffle|poitrine|sang|nefes|göğ|kan\b|дыш|груд|кров|نفس|صدر|دم\b))",
        ),
    ),
    RedFlag(
        id="fainting",
        system="circulation / neurological",
        procedures=("any",),
        source="NHS 'Fainting' (call 999 after a faint with chest pain, breathlessness or after surgery/bleeding); NICE NG51 Sepsis",
        patterns=(
            # the feeling of about to faint, in lay words (NHS 'Fainting')
            r"(impression|sensation) (de|que je vais) (partir|tomber dans les pommes|m'évanouir|tourner de l'oeil)",
            r"(رح|راح|بدي|حسيت حالي) ?(ي|ا)?غمى علي",
            r"kreislauf\w* (ist )?(im keller|weg|sackt ab|macht schlapp)",
            r"schwarz vor (den )?augen",
            r"(voir|vois|devient|devenir) (tout )?noir\b",
            r"(tiens|tenir|tient) (pas|plus) debout",
            r"(everything|it all) (goes|went|going) (black|dark) when i (stand|get up)",
            # NHS 'Sepsis' and 'Shock': pale, cold, clammy or sweaty skin with the illness
            r"\bpale\b.{0,15}\b(sweaty|clammy|cold sweat)|\bclammy\b|cold sweats?\b",
            r"\bblass\b.{0,15}(verschwitzt|schweißig|kaltschweißig)|kaltschweißig|kalter schweiß",
            r"\bpâle\b.{0,15}(en sueur|moite|transpir)|sueurs? froides?",
            r"(solgun|bembeyaz|sapsarı)\w*.{0,15}(terli|terliyor|ter içinde)|soğuk ter",
            r"бледн\w*.{0,15}(потн|мокр|в поту|липк)|холодн\w* пот",
            r"(شاحب|مصفر|وجهها اصفر|وجهه اصفر|اصفرت)\w*.{0,15}(عرقان|معرق|تعرق|عرق)|عرق بارد",
            r"\b(fainted|fainting|faint|passed out|pass out|passing out|blacked out|black out|lost consciousness|collapsed|keeled over)\b",
            r"bayıl(dım|dı|ma|ıyorum|acak|ır|acağım)",
            r"bilincimi kaybettim",
            r"kendimden geçtim",
            r"gözüm karardı",
            r"ohnmacht",
            r"ohnmächtig",
            r"bewusstlos",
            r"umgekippt",
            r"kollabiert",
            r"zusammengebrochen",
            r"kreislauf.{0,20}(zusammen|weg|kollaps)",
            r"évanoui",
            r"perdu connaissance",
            r"\bmalaise\b",
            r"tomb\w* dans les pommes",
            r"m'évanouir",
            r"обморок",
            r"потерял\w* сознани",
            r"отключил\w*",
            r"(в глазах (темнеет|потемнело|темно)|(темнеет|потемнело) в глазах)",
            r"чуть не упал",
            r"أغمي علي",
            r"اغمي علي",
            r"أغمى",
            r"اغمى",
            r"(مغمى|أغمي|اغمي) (علي|عليه|عليها)",
            r"إغماء",
            r"اغماء",
            r"فقدت (الوعي|وعيي)",
            r"(دخت|دايخ|دايخه).{0,15}(وطحت|ووقعت|وسقطت)",
            r"(غمامه|غمامة|غيمه|غيمة|سحابه|سحابة) (سودا|سوده|سوداء)",
            r"(الدنيا|عيوني|عيني) (اسودت|سودت|ظلمت|غمقت)",
            # a fall told with the consciousness gone after it ("fell in the bathroom and was not
            # conscious for a moment", "n'était plus consciente", "bilinci yoktu", "без сознания",
            # "فاقدة الوعي"): a faint (NHS 'Fainting')
            r"\b(fell|fallen|collapsed|dropped|gestürzt|hingefallen|umgefallen|zusammengesackt|tombée?s?|düştü|düşmüş|düştüm|упал\w*|طاح\w*|وقع\w*|سقط\w*)"
            r".{0,40}(unconscious|not conscious|wasn'?t conscious|out cold|nicht (mehr )?ansprechbar|nicht bei bewusstsein|(pas|plus) consciente?|inconscient\w*"
            r"|bilinci (yoktu|yok|kapandı|gitti)|bilinçsiz|без сознания|не в сознании|فاقد\w* (ال|لل)وعي|(مو|مش|ما) (كان\w* )?واعي\w*)"
            # (aware *of* something is no faint: "fell off, I wasn't conscious of it")
            r"(?!\w* (of|that)\b)",
            # Arabizi (Gulf and Levantine, digits for letters): fell and was not conscious ("6a7at
            # w kant mo wa3ya", "wag3 w ma kan wa3i"), fainted ("oghmi 3alayha", "ghabat 3an el
            # wa3i", "fa2ad el wa3i") -- NHS 'Fainting': after an operation, call for help
            r"\b(6a7|ta7|tah|wag3|wa23|w23)(at|et|it|t|o|u)?\b.{0,40}\b(mo|mu|mub|mish|msh|mesh|ma|mb|m) ?(kan|kant|kanat|kanet|kaan)? ?(wa3y|wa3i|wa3ee|fay2|sa7y)\w*",
            r"\b(oghmi|ughmi|oghma|ughma|ghmi|maghmi|mughma) (3ala|3alai|3alay|3lay|3ly|3le)\w*",
            r"\b(ghab|ghabat|ghabet|gheb|ghebet|ra7|ra7at)\b (3an|3n) ?(ha|ho|hu|h|i|ni)? ?(el |al |l)?wa3i\b",
            r"\b(fa2ad|fgad|fa8ad|fa2d)\w* (el |al |l)?wa3i\b",
        ),
    ),
    RedFlag(
        id="neuro_confusion",
        system="neurological",
        procedures=("any",),
        source="NHS 'Stroke -- symptoms' (FAST: face, arms, speech) and NICE NG51 (new confusion as a sepsis sign); NHS 'Seizures'",
        patterns=(
            # delirium in lay words (NICE CG103 Delirium: new confusion, not knowing where one
            # is, seeing things): "путает слова", "asks where we are", "sees bugs on the wall"
            r"(путает|путаться) (слова|имена|дни|день|людей)",
            r"(спрашивает|не понимает|не знает),? где (мы|он|она|находится)",
            r"(видит|кричит|говорит)\w*.{0,30}(жуки|насеком|пауки|черти|кто-то (стоит|ходит))",
            r"галлюцин",
            r"(keeps asking|asks) where (we are|she is|he is|i am)",
            r"(seeing|sees) (bugs|insects|spiders|things that aren'?t there|people who aren'?t there)",
            r"(fragt|weiß nicht),? wo (wir|er|sie) (sind|ist)",
            r"(sieht|sehe) (käfer|insekten|spinnen|dinge, die nicht da sind)",
            r"(demande|sait pas) où (on est|nous sommes|il est|elle est)",
            r"(sait|sais) (plus|pas) (quel jour (on est|nous sommes|c'est)|qui je suis)",
            r"(ma femme|mon mari|ma mère|ma mere|mon père|mon pere|ma fille|mon fils|ma soeur|mon frère)\b.{0,15}(dit|raconte) n'importe quoi",
            r"(doesn'?t|does not|didn'?t) know (what day it is|what year it is|who i am)",
            r"(voit|vois) des (insectes|bêtes|araignées|choses qui n'existent pas)",
            # cauda equina / cord compression after spinal surgery (NHS 'Cauda equina syndrome':
            # a leg getting weaker, numbness between the legs or inner thighs -- call 999)
            r"(leg|bein|jambe|bacağ|bacak|ног\w*|رجل)\w*.{0,25}(getting weaker|weaker and weaker|immer schwächer|schwächer|de plus en plus faible|faiblit|güçsüzleşiyor|zayıflıyor|слабеет|слабее|تضعف)",
            r"(foot|fuß|fuss|pied|ayağ|ayak|стоп\w*|нога)\w*.{0,20}(drags|dragging|schleift|traîne|sürünüyor|волочится|шаркает)",
            r"(inner thighs?|between (my|the) legs|innenseite\w*( vom| des| der)? oberschenkel|reithose|intérieur des cuisses|entre les jambes|iç bacak|bacak arası|внутренн\w* (сторон\w* )?бедр|между ног)\w*.{0,30}(numb|eingeschlafen|taub|engourdi|uyuş|немеет|онемел|не чувству)",
            r"(numb|engourdi\w*|taub|eingeschlafen|uyuş\w*|онемел\w*|немеет|немеют)\w*.{0,20}(between (my|the) legs|inner thighs?|entre les jambes|intérieur des cuisses|bacak arası|iç bacak|между ног|reithose|innenseite)",
            # a stiff neck with a headache or fever (NHS 'Meningitis')
            r"(stiff neck|neck is stiff|nacken (ist )?steif|steife[nr]? nacken|nuque (est )?raide|boynum tutuldu|ригидн|затылок (не гнется|не гнётся)|رقبتي (متيبسه|متيبسة|ناشفه|ما تنثني))",
            r"\bconfus(ed|ion)\b(?! (about|by|with|as to|regarding|on|over))",
            r"\bdisorient",
            r"doesn'?t (recogni[sz]e|know where)",
            r"slurr\w* (speech|words)",
            r"speech (is )?slurr",
            r"face (is )?(droop|drooping|fallen)",
            r"(can'?t|cannot) (move|feel) (my )?(arm|leg|face|one side)",
            r"weak(ness)? (on )?one side",
            r"\bseizure",
            r"convulsion",
            r"worst headache",
            r"((is|was)n'?t making (any )?sense|not making (any )?sense|talking nonsense|very drowsy|hard to wake|won'?t wake|unresponsive|barely responding)",
            # falling asleep mid-sentence, no longer recognising anyone (NICE NG51: new confusion
            # or reduced consciousness)
            r"(falls?|falling|fell) asleep (mid-sentence|in the middle of (a )?sentence|while (talking|speaking|eating))",
            r"schläft (beim (reden|sprechen|essen)|mitten im satz) ein|erkennt (mich|uns|niemanden|keinen) (nicht )?mehr",
            r"(s'endort|s'endormait) (en (parlant|mangeant)|au milieu (d'une|de la) phrase)|reconna[iî]t plus (personne|rien|ses|sa|son|moi|nous)|(me|nous) reconna[iî]t plus",
            r"konuşurken uyu\w*|(beni|bizi|kimseyi) tanımıyor|uyanık tutamıyoruz",
            r"засыпает (на полуслове|посреди разговора|во время разговора)|никого не узна(е|ё)т",
            r"(تنام|ينام|نامت|نام) (وهي|وهو) (تتكلم|يتكلم|تاكل|ياكل)|(ما|مو|مش) (تعرفني|يعرفني|تعرفنا|يعرفنا|تعرف احد|يعرف احد)",
            r"bilinc\w* (bulanık|kapalı|gidip)",
            r"(kafası|aklım) karış",
            r"(konuşması|konuşmam) (bozuldu|peltek|anlaşılmıyor)",
            r"yüzü(m)? kaydı",
            r"nöbet geçir",
            r"kasıl(ma|ıyor)",
            r"\bverwirrt\b(?! (wegen|über|bezüglich))",
            r"desorientiert",
            r"(redet|redest|spricht|erzählt|quatscht)\w* (\w+ ){0,2}(wirres zeug|wirr\b|nur noch unsinn|lauter unsinn|komisches zeug)",
            r"erkennt (mich|uns|niemanden|seine frau|seinen mann|ihre? \w+)( \w+)? (nicht|kaum) (mehr|richtig|wieder)",
            r"(spricht|sprache).{0,10}(undeutlich|verwaschen|lallt)",
            r"\blallt\b",
            r"krampfanfall",
            r"halbseitig",
            r"(je suis|il est|elle est|est|semble) (très |toute? |complètement )?confuse?\b(?! (au sujet|concernant|sur|par))",
            r"désorienté",
            # "mal" as a word: "je parle normalement" says the speech is fine
            r"(parle|parole).{0,10}(\bmal\b|bizarre|pâteuse|incompréhensible)",
            r"convuls",
            r"paralys",
            r"спутанн",
            r"не соображ",
            r"заговаривается",
            r"(несет|несёт|говорит|городит) (какую-то |какой-то |всякую )?(чушь|бред|ерунду|околесицу)",
            r"\bбредит",
            r"не (узнает|узнаёт) (меня|нас|родных|жену|мужа|маму|дочь|сына)",
            r"(невнятн|смазанн)\w* речь",
            r"судорог",
            r"парализ",
            # "مشوش" of the mind, not of the sight ("النظر مشوش", blurred vision, is the eye's)
            r"(?<!النظر )(?<!نظري )(?<!الرؤيه )(?<!عيني )(?<!عيوني )(مشوش|تشوش)(?!\w* (في |ب)?(ال)?(نظر|رؤيه|عين|عيون))|(هذيان|ما يعرف وين|ما تعرف وين|مو واعي|مش واعي)",
            r"(تشنج|نوبه صرع|نوبة صرع)",
            r"\bشلل",
            r"(ايدي|إيدي|يدي|ذراعي|رجلي|ايده|يده|رجله|ايدها|يدها|رجلها)\w*.{0,25}(اليمين|اليسار|اليمنى|اليسرى|الشمال).{0,25}(ما|مو|مش|لا) ?(اقدر|أقدر|يقدر|تقدر|قادر|قادره) ?(احرك|أحرك|يحرك|تحرك)",
            r"كلام\w* (ثقيل|مو واضح|مش واضح)",
            # colloquial: talking nonsense, hallucinating, not recognising family
            r"(يخربط|تخربط|يخرف|تخرف|يهلوس|تهلوس|يهذي|تهذي)",
            r"(ما|مو|مش) (يعرف|تعرف|يعرفنا|تعرفنا|يعرفني|تعرفني)",
            r"\b(bi5arbet|bt5arbet|t5arbet|y5arbet|bihalwes|btehalwes)\b",
            # Gulf and Levantine past tense: "she did not recognise me", "talks strange talk", "does
            # not understand where she is" (NICE CG103 Delirium, told by a relative)
            r"(ما|مو|مش) ?(عرفني|عرفتني|عرفنا|عرفتنا|عرفنيش|عرفتنيش|عرفنيه)\b",
            r"(يتكلم|تتكلم|يحكي|تحكي|يهرج|تهرج|يسولف|تسولف|يقول|تقول)\w* (ب)?(كلام|اشياء|أشياء|حكي|سوالف) (غريب|غريبه|غريبة|مو مفهوم|مش مفهوم|غير مفهوم|ما له معنى|بلا معنى)",
            r"(مو|ما|مش) (فاهم|فاهمه|فاهمة|عارف|عارفه|عارفة|داري|داريه|دارية|مدرك|مدركه|مدركة) (وين|فين|اين|أين|هو وين|هي وين)",
            # the place asked with its subject first ("مش عارفة احنا فين", "ما يعرف هو وين"): new
            # disorientation (NICE CG103 Delirium); words muddled in speech ("بتتلخبط في الكلام",
            # "mixes up her words", "bringt die Wörter durcheinander", "mélange les mots",
            # "kelimeleri karıştırıyor"; Russian "путает слова" above)
            r"(مو|ما|مش) ?(فاهم|فاهمه|فاهمة|عارف|عارفه|عارفة|يعرف|تعرف|داري|داريه|دارية) (احنا|إحنا|نحن|هو|هي|هوا|هيا|انا|أنا) (وين|فين|اين|أين)",
            r"(يتلخبط|تتلخبط|بيتلخبط|بتتلخبط|اتلخبط|تلخبط|يلخبط|تلخبط|بيلخبط|بتلخبط)\w* (في|ب|فى) ?(ال)?(كلام|الكلام|حكي|الحكي)",
            r"\b(mix\w*|mixing) up (his|her|my|their|the)? ?words\b",
            r"\b(bringt|bringe)\b.{0,40}\b(wörter|worte|namen)\b.{0,10}durcheinander|\b(verwechselt|verwechsle)\b.{0,30}\b(wörter|worte)\b",
            r"\b(msh|mish|mesh|ma|mu|mo) (3arf|fahm)\w* (e7na|ehna|i7na|ihna|howa|heya|hiya|ana) (fen|fein|feen|wen|wein|ween)\b",
            r"\b(mélange|mélangeait|mélanger|confond) (\w+ ){0,1}(les|ses|mes) mots\b",
            r"\b(kelimeleri|sözcükleri) (karıştırıyor|karıştırmaya başladı|karıştırdı)",
            # a seizure told as what the witness saw (NHS 'What to do if someone has a seizure':
            # call 999 after a first fit): the whole body shaking or jerking with the eyes rolled
            # back, stiffening, foam at the mouth
            r"(eyes|glaze)\w* (rolled|rolling|went|turned) (back|up)",
            r"(whole body|all over|his body|her body)\w*.{0,15}(jerk|twitch|convuls)",
            r"(had|having|has had) (a|some kind of|like a) (fit|seizure)\b",
            r"augen\w*.{0,15}verdreht|krampfte|zuckte am ganzen (körper|leib)|epilepti",
            r"yeux (révulsés|se sont révulsés|qui se révulsent|partis en arrière)|crise d'épilepsie|épilepti",
            r"gözler\w* (kaydı|yukarı kaydı|döndü|yukarı döndü|devrildi)|sara (nöbeti|krizi)|epilepsi",
            r"(затрясся|затряслась|затрясло|трясся|тряслась|задергался|задёргался|задергалась|задёргалась|дергался|дёргался) (весь|вся|всем телом|всё тело|все тело)",
            r"глаза\w* (закатил|закатыва)",
            r"(припадок|припадк|эпилепс|пена изо рта|пена у рта)",
            r"(عيونه|عيونها|عيوني|عينه|عينها)\w* (انقلبت|قلبت|شخصت|راحت لفوق|طلعت لفوق)|(صرع|نوبة تشنج|نوبه تشنج|رغوه من فمه|رغوة من فمه)",
        ),
    ),
    RedFlag(
        id="pus",
        system="wound infection",
        procedures=("any",),
        source="NICE NG125 Surgical site infections: prevention and treatment; NHS 'Cellulitis' and 'Wound infection' advice (pus, spreading redness, bad smell, feeling hot and shivery)",
        patterns=(
            r"\bpus\b",
            r"\bpussy\b",
            # clear, pink or straw-coloured fluid is serous (NHS wound care): seen the same day
            # through the complaint net, not escalated ("leaking a bit of clear pinkish fluid")
            # blood that oozes is a bleed, weighed by heavy_bleeding
            r"(?<!blood )(?<!blood is )(?<!blood keeps )oozing(?!\w*\s+(out )?(with )?(a (little )?(tiny )?bit (of )?|a little |some |slightly |just |only )?(clear|pink|pinkish|straw|serous|watery|pale|blood-tinged|blood)\b)",
            r"(wound|incision|stitches|scar|cut|drain)\w*(?:(?!clear|pink|straw|serous|watery).){0,25}(discharg|leak|fluid|weep|wet\b)(?!\w*\s+(out )?(with )?(a (little )?(tiny )?bit (of )?|a little |some |slightly |just |only )?(clear|pink|pinkish|straw|serous|watery|pale|blood-tinged)\b)",
            r"\binflamed\b",
            r"\binfected\b",
            r"\binfection\b",
            # pale or clear yellow is serous fluid, not pus (NHS wound care); green is pus in any shade
            r"(?<!clear )(?<!light )(?<!pale )(?<!straw )(?<!clear, )(yellow|yellowish|cloudy|milky)\w* (discharge|liquid|fluid|stuff|gunk|goo|crust)",
            r"(green|greenish)\w* (discharge|liquid|fluid|stuff|gunk|goo|crust)",
            r"(discharge|liquid|fluid|stuff)\w* (is |that is |that's )?(yellow|green|yellowish|greenish|cloudy)",
            r"(smells?|smelling|stinks?|stinking)\b.{0,15}(bad|awful|terrible|off|rotten|foul|weird|strange|horrible|like)",
            r"(bad|awful|foul|terrible|strange|weird|horrible|nasty|rotten|funny) (smell|odou?r)",
            r"(redness.{0,40}|red.{0,25})(spreading|getting bigger|growing|expanding|bigger|worse)",
            r"(spreading|expanding|growing) redness",
            r"red (streak|line)s?",
            r"(hot|warm) (to the touch|and red|and swollen)",
            r"yara\w*.{0,20}(?<!şeffaf )(?<!berrak )(?<!pembe )(?<!pembemsi )(?<!açık sarı )(sıvı|akıntı|sızıntı|sulan)",
            r"\biltihap",
            r"\birin\b",
            r"\birinl",
            r"cerahat",
            r"enfeksiyon",
            # ("acik sari", light yellow) fluid is serous, not pus (NHS wound care)
            r"(yeşil|(?<!açık )sarı|sarımsı|yeşilimsi|bulanık) (akıntı|irin|sıvı|cerahat|su)",
            r"(kötü|pis|berbat|ağır|leş|garip|iğrenç) (bir |bi )?(koku|kokuyor)",
            r"\bkokuyor",
            r"kızarık\w*.{0,40}(yayılıyor|büyüyor|artıyor|genişliyor|yayıldı)",
            r"(sıcak|ateş gibi) (ve )?(kızarık|kırmızı)",
            # a wound that weeps "a little" or clear is serous (NHS 'Caring for your wound'):
            # seen the same day through the complaint net, not escalated
            r"wunde.{0,20}(nässt|sondert|flüssigkeit)" + _NOT_A_LITTLE_DE,
            r"\bnässt\b" + _NOT_A_LITTLE_DE,
            r"\beiter",
            r"eitert",
            r"entzünd",
            r"infiziert",
            r"infektion",
            r"(?<!klar)(?<!klare )(?<!hell)(?<!hell-)(gelb|gelblich|trüb)\w* (ausfluss|eiter|flüssigkeit|sekret|zeug|wundsekret)",
            r"(grün|grünlich)\w* (ausfluss|eiter|flüssigkeit|sekret|zeug|wundsekret)",
            r"(ausfluss|flüssigkeit|sekret)\w* (ist )?(grün|gelb|trüb)",
            r"(stinkt|riecht (komisch|schlecht|übel|faulig|eklig|streng|seltsam))",
            # a bad smell told by comparison (NICE NG125: a foul-smelling wound): "like rotten
            # meat", "wie faules Fleisch", "comme de la viande pourrie", "مثل اللحم الخايس"
            r"(smell|stink|reek)\w*.{0,15}like (rotten|something rotten|something dead|rotting|off meat|old cheese|death)",
            r"(riecht|stinkt)\w*.{0,10}(wie|nach) (faul|verfault|verwest|vergammelt|totem)",
            r"(sent|pue)\w*.{0,15}(comme |le |la )?(de la |du )?(viande )?(pourri|la mort|le cadavre|l'oeuf pourri|l'œuf pourri)",
            r"(ريحه|ريحة|ريحت|رائحه|رائحة|رائحت)\w*.{0,10}(مثل|زي|متل|كأنها) ?(ال)?(لحم|شي|جيفه|جيفة|بيض) ?(ال)?(خايس|خربان|عفن|معفن|ميت|فاسد)",
            r"(übler|fauliger|komischer|schlechter|strenger) geruch",
            r"rötung.{0,40}(breitet sich|wird größer|größer|wandert|ausbreit|wächst)",
            r"\b(rot|knallrot|feuerrot|gerötet)\b.{0,30}(wird|werden) (immer )?(mehr|größer|breiter)\b",
            r"(heiß|warm) und (rot|geschwollen)",
            # a clear or pink ooze is serous fluid (NHS wound care): seen by a person, not escalated
            # ... also told with its noun ("suinte un peu de liquide clair", "du sérum"), or after
            # a comma ("ça suinte un peu, liquide clair")
            r"plaie.{0,20}(suinte|coule|liquide)(?!\w*[\s,:;-]+((un peu|légèrement|juste|encore)[\s,:;-]+)?(c'est |du |de |d'|de la |un |une )?(petit )?(liquide |sérosité |lymphe )?(clair|transparent|rosé|rose\b|rosâtre|jaune clair|sérum|sérosité|lymphe))",
            r"\bsuinte(?!\w*[\s,:;-]+((un peu|légèrement|juste|encore)[\s,:;-]+)?(c'est |du |de |d'|de la |un |une )?(petit )?(liquide |sérosité |lymphe )?(clair|transparent|rosé|rose\b|rosâtre|jaune clair|sérum|sérosité|lymphe))",
            r"suppur",
            r"\binfect",
            r"(écoulement|liquide|pus|sécrétion)\w*.{0,12}(jaune|jaunâtre|trouble)(?! (clair|pâle|très clair))",
            r"(écoulement|liquide|pus|sécrétion)\w*.{0,12}(vert|verdâtre)",
            r"(sent|odeur)\w*.{0,15}(mauvais|mauvaise|pas bon|bizarre|forte|pourri|dégueu)",
            r"\bpue\b",
            r"rougeur.{0,40}(s'étend|s'agrandit|augmente|grandit|se propage|s'étale|gagne)",
            r"(chaud|chaude|brûlant) et (rouge|gonfl)",
            # clear, pale or pink-tinged fluid is serous (NHS wound care): seen, not escalated
            # the discharge denied right before it ("рана сухая, не течет", "без выделений") is dry
            r"(рана|раны|шва|шов|швы|разрез)\w*.{0,20}(?<!не )(?<!без )(?<!нет )(теч|сочит|выделени|мокн)(?!\w*\s+(немного |чуть |слегка )?(прозрачн|светл|розов|сукровиц))",
            # blood that oozes ("сочится кровь") is a bleed, read by heavy_bleeding by its amount
            r"(?<!сукровиц[аы] )(?<!сукровичка )(?<!кровь )\bсочится(?!\s+(немного |чуть |слегка )?(прозрачн|светл|розов|сукровиц|кров))",
            r"гно[йиея]",
            r"\bгной",
            r"гноит",
            r"инфекци",
            r"воспал",
            r"(?<!светло-)(?<!прозрачн[оа]-)(?<!светло )(желт|мутн)\w* (выделени|гной|жидкост)",
            r"зелен\w* (выделени|гной|жидкост)",
            r"(воняет|вонь|плохо пахнет|дурно пахнет)",
            r"пахнет (плохо|дурно|гнилью|тухл|неприятно|странно)",  # either word order
            r"(неприятн|плох|гнил|странн|резк)\w* запах",
            r"покраснени\w*.{0,40}(расползается|распространя|увеличива|растет|растёт|шире|больше)",
            r"(горяч|горит)\w* и (красн|опух)",
            # clear or light yellow fluid is serous, not pus (NHS wound care): it is seen by a
            # person (``soon``), not escalated
            r"(يخرج|تخرج|يسيل|ينزل|يطلع) (منه|منها|من الجرح|من الغرز|من مكان) (سائل|إفرازات|افرازات|صديد|مويه)(?!.{0,20}(شفاف|فاتح|رايق|زي المويه|مثل الماء|بدون ريح|بلا ريح|ما له ريح|ما لها ريح|ما فيه ريح))",
            r"ملتهب",
            r"صديد",
            r"قيح",
            r"التهاب",
            r"عدوى",
            r"(افرازات|إفرازات|سائل|صديد|مادة)\w*.{0,10}(صفراء|اصفر|أصفر|صفرا)(?! ?(فاتح|شفاف|خفيف|رايق))",
            r"(افرازات|إفرازات|سائل|صديد|مادة)\w*.{0,10}(خضراء|اخضر|أخضر|خضرا)",
            r"(ريحه|رائحه|ريحة|رائحة|ريحت|رائحت)\w*.{0,15}(كريهه|كريهة|خايسه|خايسة|خايبه|خايبة|مو حلوه|مو زينه|مو زينة|مش حلوه|مش كويسه|نتنه|نتنة|مقرفه|مقرفة|سيئه|سيئة|عفنه|قويه|بشعه|وحشه|وحشة|غريبه)",
            r"(الاحمرار|احمرار).{0,40}(ينتشر|يزيد|يكبر|يتوسع|قاعد يكبر)",
            r"\b(ri7a|re7a|ri7et|re7et|ree7a|rii7a)\b.{0,10}(khayba|wi7sha|wa7sha|wa7she|we7sha|we7sh|wehsha|mo2refa|mu2rifa|kareeha|karha|ne2na|nitna|3afena|(mish|mesh|msh|mush|mosh|mo|mu|mch) (helwa|7elwa|7lwa|kwayesa|kwayssa|zena|zeina)|ka2eeha|3afna)",
            r"\b(sadid|sadeed|2ee7|ee7)\b",
        ),
        # Cloudy fluid from a port or a wound with the fever ruled out, and no pus, yellow or
        # green, smell, heat or growing redness told around it: NICE NG125 names *purulent*
        # discharge and spreading redness or a fever as the infection; a cloudy ooze alone is
        # for the surgeon's same-day look (the complaint net holds it ``soon``). Read on the
        # hit's window (anchored), so a sign told beside it keeps the flag.
        unless=(
            r"^(?!.*(\bpus|eiter|\birin|гно|صديد|قيح|green|grün|\bvert|yeşil|зел[её]н|اخضر|أخضر|yellow|gelb|jaune|sarı|ж[её]лт|اصفر|أصفر|صفرا"
            # (hot, not "a bit" warm: "un peu chaud", "biraz sıcak" is the local warmth)
            r"|smell|odou?r|geruch|riech|stink|\bpue|koku|запах|пахн|вон|ريح|رائح|\bhot\b|heiß|(?<!un peu )(?<!légèrement )chaud|(?<!biraz )(?<!hafif )sıcak|горяч|سخن|streak"
            r"|(?<!مش )(?<!not )(?<!nicht )(?<!pas )(?<!не )(?<!ما )(?<!مو )(?<!مش )\b(بيكبر|يكبر|تكبر|ينتشر|spread|grow|bigger|größer|ausbreit|s'étend|s'agrandit|grandit|yayıl|büyü|располза|распростран|увеличива|раст[её]т)))"
            r"(?=.*(cloudy|milky|trüb|trouble|bulanık|мутн|عكر|معكر))"
            r"(?=.*((\bno|\bkein\w*|\bpas de|\bsans|\bбез|\bнет|مفيش|مافيش|ما في|مافي|ما عندي|معنديش|ماعنديش|بدون|ولا) ?(high |any |\w+ )?(fever|temperature|fieber|temperatur|fièvre|ateş|температур|حراره|حرارة|سخونه|سخونة)"
            r"|(ateş\w*|температур\w*|fieber) (yok|нет|nein|habe ich keins|hab ich keins))"
            # ... or a reading below 38 °C with the patient otherwise well ("Temperatur 37,6.
            # Sonst geht's mir gut"): NICE NG125 and NHS 'Wound infection' send a local
            # infection without fever, spreading redness or feeling unwell to a same-day review
            rf"|{_LOW_READING_WELL})",
            # A warm red patch told as not growing, with the fever ruled out and no pus, smell or
            # streak beside it: NHS 'Cellulitis' asks for an urgent GP appointment (the same day)
            # for red, warm, swollen skin, and A&E only when it spreads fast or with a high
            # temperature -- a same-day look, not the on-call.
            rf"^(?!.*{_PURULENT}){_WARM}{_NOT_SPREADING}{_NO_FEVER}",
            # The fortieth round's: an ooze told right after a bleed stopped ("it stops with
            # pressure, then it oozes a little again", "hört auf, dann sickert es wieder", "ça
            # s'arrête, puis ça suinte", "duruyor, sonra yine sızıyor", "останавливается, потом
            # опять сочится", "توقف، بعدين ترجع ترشح") is the bleed coming back, not pus: ISHRS
            # and NHS post-operative advice -- bleeding that stops with pressure is seen the same
            # day; one that will not stop, or with dizziness, is heavy_bleeding. No pus, colour,
            # smell or streak in the hit's window (anchored).
            # ("vertige" is the dizziness denied, not the green "vert")
            rf"^(?!.*(?!vertig){_PURULENT})(?!.*(yellow|gelb|jaune|sarı|ж[её]лт|اصفر|أصفر|صفرا|cloudy|trüb|trouble|bulanık|мутн|عكر))"
            r".*\b(stops|stopped|hört auf|hörte auf|aufgehört|s'arrête|s'est arrêté|arrête|duruyor|durdu|останавлива\w*|остановил\w*|перестал\w*|توقف|وقف|يوقف|يوقّف)"
            r"[^.!?]{0,40}\b(ooz\w*|sicker\w*|suinte|sızıyor|sızdı|сочи\w*|ترشح|يرشح|ينزّ|ينز)",
            # The forty-first round's: pus told in small pimples or pustules ("little pimples
            # with pus", "Pickel mit Eiter", "boutons avec du pus", "iltihaplı sivilceler",
            # "гнойнички", "حبوب فيها صديد", "7abba fiha sadid") with no smell, heat, streak or
            # spreading or growing redness in the hit's window (anchored) is folliculitis: ISHRS
            # patient information on FUE recovery and NHS 'Folliculitis' -- common in the weeks
            # after, seen the same day (warm compresses, sometimes an antibiotic); a fever of 38
            # or more is high_fever by itself, and a spreading redness keeps the pus.
            rf"^(?!.*{_PIMPLE_DANGER}).*({_PIMPLE}[^.!?\n]{{0,30}}{_PUS_IN}|{_PUS_IN}[^.!?\n]{{0,30}}{_PIMPLE})",
            # The forty-eighth round's (dev53 ar-12): the infection only asked about against the
            # normal course ("is it normal or an infection?"), with no pus, colour, smell, heat,
            # discharge, swelling, redness or fever in the hit's window (anchored): a question
            # is not an infection told -- NICE NG125 names the signs, not the word; the film or
            # the taste it asks about is read by itself (a white fibrin layer on a healing gum
            # is the expected course, BAOMS / Oral Health Foundation implant aftercare)
            _INFECTION_ASKED,
        ),
    ),
    RedFlag(
        id="wound_dehiscence",
        system="wound",
        procedures=("abdominal", "breast", "bariatric", "any"),
        source="NHS 'Wound care after surgery' -- a wound that opens needs to be seen the same day; ASPS abdominoplasty risks (wound separation)",
        patterns=(
            r"(wound|incision|stitches|scar|cut)\w*.{0,20}(opened|opening|open up|came apart|split|burst|gaping|gape)",
            r"(stitches|sutures).{0,15}(came out|popped|broke)",
            r"yara\w*.{0,20}(açıldı|ayrıldı|patladı|açılıyor)",
            r"dikiş\w*.{0,20}\b(açıldı|atmış|attı|koptu)",
            r"(wunde|naht|narbe)\w*.{0,20}(aufgegangen|offen|aufgeplatzt|klafft|auseinander)",
            # the verb at the end of a German clause: "die Naht ist an einer Stelle ... aufgegangen"
            r"(wunde|naht|narbe)\w*"
            + _NOT_GAP
            + _NOT_GAP
            + r"(aufgegangen|aufgeplatzt|klafft|auseinandergegangen)",
            r"(plaie|cicatrice|points|suture)\w*.{0,20}(ouverte|s'ouvre|s'est ouvert\w*|lâché|écarté)",
            r"(шов|швы|рана)\w*.{0,20}(разошел|разошёл|разошл|открыл|расход)",
            # a breast implant seen in or through the wound (ASPS 'Breast augmentation' risks:
            # implant exposure or extrusion needs the surgeon at once), however small the opening
            r"(breast|brust|busen|\bseins?\b|göğüs|груд|صدر|ثدي)[^.!?]{0,60}(see|visible|showing|sieht man|sichtbar|voit|vois|visible|görünüyor|gözüküyor|видно|виден|باين|ظاهر|يبان|شايف)\w*[^.!?;\n]{0,20}(implant|prothèse|silikon|silicone|имплант|السيليكون|الحشوه|الحشوة)",
            r"(see|visible|showing|sieht man|sichtbar|voit|vois|görünüyor|gözüküyor|видно|виден|باين|ظاهر|يبان|شايف)\w*[^.!?;\n]{0,20}(breast |brust|mammaire |göğüs |грудн\w* )?(implant|prothèse mammaire|silikon|silicone|имплант|السيليكون)\w*[^.!?]{0,40}(breast|brust|\bseins?\b|göğüs|груд|صدر|ثدي)",
            r"(الجرح|الغرز|الخياطه).{0,20}(انفتح|انفتحت|مفتوح|فتح|انفكت)",
            # the noun with a possessive suffix: جرحي، جرحه، جرحها، غرزي، خياطتي
            r"(جرح|غرز|خياطت)(ي|ه|ها|و|ك)\b.{0,20}(انفتح|انفتحت|مفتوح|انفكت|اتفتح)",
        ),
        # A pinhole told as small ("a tiny opening at the end of the scar", "kleine offene Stelle")
        # is a superficial separation the clinic looks at the same day (``soon`` + review); a
        # wound that gapes, splits or shows what is under it stays urgent.
        unless=(
            # the opening denied ("Narbe sieht gut aus, nichts aufgegangen", "nothing has opened",
            # "rien ne s'est ouvert", "нигде не разошлось", "ما انفتح شي"): the wound is told
            # closed, unless a gaping or a burst follows
            r"\b(nichts|nicht|nirgends|nowhere|nothing|not|never|rien|pas|nulle part|hiçbir|ничего|нигде|не|ما|مش|مو|ولا|لم)\b( [^ ]+){0,2} (aufgegangen|offen|aufgeplatzt|opened|open|split|come apart|came apart|ouvert\w*|s'est ouvert\w*|разош\w*|открыл\w*|انفتح\w*|اتفتح\w*|مفتوح\w*)(?!.{0,60}(klafft|aufgeplatzt|gaping|gape|burst|béante|patladı|зия|расход\w* (сильн|больше)))",
            # a size of a centimetre or less ("ca. 1cm", "3 mm", "1 سم")
            r"(?<![\d.,])((0?[.,]\d|1([.,]0)?) ?(cm|см|سم)|[1-9] ?(mm|мм|مم))\b" + _NOT_GROWING,
            # the unit first ("мм 3-4") or half a centimetre ("نص سم", "half a cm", "полсантиметра")
            r"(?<!\w)(mm|мм|مم) ?[1-9](-[1-9])?\b" + _NOT_GROWING,
            r"(half an? |a half |пол ?|نص |نصف |yarım |(einen )?halben |demi[- ]?)(cm|см|سم|centim\w*|zentim\w*|сантиметр\w*|santim\w*|سانتي\w*)"
            + _NOT_GROWING,
            r"\b(small|tiny|little|pinhole|pin-sized|few mm|millimet\w*) (opening|hole|gap|spot|open spot|split)(?!.{0,60}(gap|burst|wide|bigger|larger|growing|spreading|see (inside|fat|the)))",
            r"\b(kleine?|winzige?|minimale?) (öffnung|offene stelle|stelle|loch|lücke)(?!.{0,60}(klafft|aufgeplatzt|größer|weit offen))",
            r"\b(petite|minuscule|légère) (ouverture|zone ouverte|trou|brèche)(?!.{0,60}(béante|s'agrandit|grandit|large))",
            r"\b(küçük|ufak|minik|ufacık) (bir )?(açıklık|aralık|delik|açılma)(?!.{0,60}(büyüyor|genişliyor|ayrıldı|patladı))",
            r"(маленьк|небольш|крошечн)\w* (отверсти|дырочк|щел|ранк)\w*(?!.{0,60}(расход|больше|шире|увеличива))",
            r"(فتحه|فتحة|فتحت|خرم) (صغيره|صغيرة|صغنونه|بسيطه|بسيطة|زغيره|قد حبه)(?!.{0,60}(تكبر|كبرت|تتوسع|انفتح كله))",
            # dissolving stitches that came out by themselves, nothing opening told (NHS
            # 'Dissolvable stitches'): the expected course
            DISSOLVED_STITCHES,
            # a size spelled out in millimetres ("миллиметра 3", "2 millimetres"), or stitches
            # that opened in the mouth after a dental implant or extraction (Oral Health
            # Foundation 'Dental implants': an opened gum suture or a showing cover screw is for
            # the dentist the same day), clean -- the patient rules signs out ("no fever",
            # "مفيش ورم") -- with no bleeding, gaping or breast in the words around it: NHS's
            # same-day review (``soon``; the opening stays a symptom). A skin wound opened "a
            # little" with no size stays urgent (fifteenth round); pus, a smell and a fever
            # escalate by themselves.
            rf"^(?!.*{_WOUND_DANGER})(?=.*{_DENIED}).*{_MM_SPELLED}" + _NOT_GROWING,
            rf"^(?!.*{_WOUND_DANGER})(?=.*{_DENIED})(?=.*{_DENTAL}).*{_OPENED}",
            # the forty-third round's: a small piece of a skin scar opened with clear fluid told
            # and infection ruled out ("un petit bout de la cicatrice s'est ouvert, suinte clair,
            # pas de fièvre", "a small bit of the scar opened, weeping clear, no fever", "ein
            # kleines Stück der Narbe ist aufgegangen, klares Sekret, kein Fieber") -- a
            # superficial separation NHS 'Wound care after surgery' has seen the same day
            # (``soon``); "opened a little" with no piece nor clear fluid stays urgent (fifteenth
            # round), bleeding, a gaping or a breast keep it urgent, pus, a smell and a fever
            # escalate by themselves
            rf"^(?!.*{_WOUND_DANGER}){_NOT_GROWING_ANYWHERE}(?=.*{_DENIED})(?=.*{_CLEAR_OOZE}).*{_SMALL_PART}",
            # stitches that "came out" or "fell out" -- taken out at the planned visit or loose
            # on their own -- with signs ruled out and nothing opening, bleeding or gaping told
            # (NHS 'Stitches': removed after 5-14 days; a wound that opens is another matter)
            rf"^(?!.*{_WOUND_DANGER})(?=.*{_DENIED}).*\b(stitch\w*|sutures?)\b.{{0,15}}\b(came|come|fell|fall) out\b"
            r"(?!.{0,60}(open|gap|split|apart|pus|ooz))",
        ),
        # the forty-seventh round's (dev52 en-13): the same opened gum stitches (Oral Health
        # Foundation, ITI: the dentist the same day) when the signs are ruled out further on
        # than the unless's window reaches ("one of the stitches came out and the gum over the
        # implant looks a bit open ... a bit of a bad taste but no swelling and no fever") -- the
        # mouth named, an opening told, a sign denied, and anywhere in the message (its denied
        # signs blanked) no bleeding, gaping, breast nor skin site; pus, a fever or a swelling
        # told escalate by themselves
        not_in=(
            rf"^(?s:(?!.*{_WOUND_DANGER})(?!.*{_SKIN_SITE})(?=.*{_DENIED})(?=.*{_DENTAL})(?=.*{_OPENED}).*)",
        ),
    ),
    RedFlag(
        id="calf_pain_swelling",
        system="deep vein thrombosis",
        procedures=("any", "flight"),
        source="NHS 'Deep vein thrombosis (DVT)' (swelling, throbbing pain, warm skin in one leg, usually the calf); NICE NG89 Venous thromboembolism in over 16s: reducing the risk",
        patterns=(
            r"\bcalf\b",
            r"\bcalves\b",
            r"(leg|legs|ankle|thigh)\b.{0,25}(swollen|swelling|hot|warm|red|painful|hurts|hurting|tender|tight|bigger|throbbing)",
            r"(swollen|painful|hot|warm|throbbing) (leg|ankle)",
            r"pain in my leg",
            r"one leg.{0,20}(bigger|swollen|thicker|fatter)",
            # a swollen leg told by comparison (NHS DVT: swelling in one leg): "like a balloon",
            # "a sausage", "a tree trunk", "an elephant's leg" -- in every language below
            r"(leg|ankle|foot)\w*"
            + _NOT_GAP
            + r"(like an? |as big as an? |turned into an? |into an? )(balloon|sausage|log|tree trunk|elephant|melon|football)",
            r"\b(sausage|elephant|balloon|tree trunk) (leg|ankle|foot)",
            r"(bein|knöchel|fuß)\w*"
            + _NOT_GAP
            + r"wie (ein|eine|ein) (ballon|baumstamm|wurst|elefant)\w*",
            r"\b(elefantenbein|wurstbein|baumstammbein)",
            r"(jambe|cheville|pied)\w*"
            + _NOT_GAP
            + r"comme (un|une) (ballon|saucisse|poteau|éléphant|tronc)",
            r"(bacak|bacağ|ayak|bilek)\w*" + _NOT_GAP + r"(balon|sucuk|kütük|fil bacağı|fil) gibi",
            r"(ног|голен|лодыж|стоп)\w*"
            + _NOT_GAP
            + r"как (шар|бревно|колбас|сосиск|слон|бочк)\w*",
            r"(رجلي|ساقي|كاحلي|قدمي)\w*"
            + _NOT_GAP
            + r"(مثل|زي|متل|كأنها|كانها) ?(ال)?(بالون|نقانق|سجق|فيل|جذع|جذع شجره|جذع شجرة)",
            r"baldır",
            r"(bacak|bacağ)\w*.{0,25}(şiş|ağrı|sıcak|kızar|sert|gergin|zonkl|kalınlaş)",
            # German "Wade"; not Arabizi "wade3" (وضع, a position), whose 3 is a letter
            r"\bwade(?![0-9])",
            r"\bwaden",
            # "-bein" closing another bone's name is no leg: Schlüsselbein (collarbone), Nasen-,
            # Joch-, Brust-, Steiß-, Kinn-, Stirnbein
            r"(?<!schluessel)(?<!schlussel)(?<!nasen)(?<!joch)(?<!brust)(?<!steiss)(?<!steis)(?<!kinn)(?<!stirn)(bein|unterschenkel)\w*.{0,25}(geschwollen|dick|warm|heiß|rot|schmerz|tut weh|hart|pocht)",
            r"geschwollenes bein",
            r"mollet",
            r"jambe\w*.{0,25}(gonfl|enfl|chaud|rouge|douloureu|me fait mal|dur|lancin)",
            r"\bикр[аыуеой]",
            r"икроножн",
            r"(голен|нога|ноге|ногу)\w*.{0,25}(опух|отек|отёк|горяч|красн|бол|тверд|распух|раздул|вздул|налил)",
            r"опухла нога",
            r"отек ноги",
            r"ربلة الساق",
            r"بطة الساق",
            r"(سمانه|سمانة|بطه رجلي|بطة رجلي)",
            r"(ساقي|الساق|رجلي|ساق)\w*.{0,25}(منتفخ|منفوخ|انتفخ|متورم|تورم|حار|سخن|حمرا|احمر|يوجع|توجع|ألم|تؤلم|تألم|وجع|وارم)",
            r"(ألم|وجع|تورم|انتفاخ) (في )?(الساق|ساقي|رجلي)",
            r"\b(regli|rigli|reglaya|sa2i|sa2y|semanet)\b.{0,25}(wa2ma|warma|waarma|mentefkha|montafkha|7amra|sokhna|s5na|bet2lemni|btewga3ni|betewga3ni|waga3|wag3)",
        ),
        # "calf is fine", "Wade normal": the patient says the calf is all right.
        unless=(
            r"(calf|calves|legs?|wade|waden|beine?|mollets?|jambes?|baldır\w*|bacak\w*|икр\w*|ног\w*|ساق\w*|رجل\w*) (is |are |ist |sind |est |sont |в )?(totally |completely |perfectly |absolutely |all |völlig |ganz |total |totalement |parfaitement |tout à fait |tamamen |gayet |совершенно |полностью |تماما |تمامًا )?(normal|fine|ok|okay|good|gut|bien|iyi|normale?s?|норме|нормальн\w*|طبيعي\w*|سليم\w*|تمام|unauffällig|unremarkable|in ordnung|sorunsuz|в порядке|nickel|impeccables?|parfaits?|tip top|tiptop|top|normaux)\b(?![^.!?\n]{0,20}(but|aber|mais|ama|но|بس|لكن))"
            + _LEG_AGAIN,
            # the DVT signs themselves denied right after the calf ("Waden sind nicht dick",
            # "calves not swollen", "mollets pas gonflés", "baldırım şiş değil" is read by the
            # negation), with no contrast after it that could tell another sign
            r"(calf|calves|legs?|wade|waden|beine?|mollets?|jambes?|икр\w*|ног\w*) (is |are |ist |sind |est |sont |ne sont |n'est )?(not|nicht|pas|не) (swollen|dick|geschwollen|gonfl\w*|enfl\w*|опух\w*|отекл\w*)\b(?![^.!?\n]{0,40}(but|aber|mais|но))(?!.{0,40}(hot|warm|heiß|heiss|chaud|горяч|pain|schmerz|douleur|бол|red|rot|rouge|красн))"
            + _LEG_AGAIN,
            # said soft and painless ("Wade weich und schmerzfrei", "calf soft, no pain"): the
            # DVT signs (NHS: swollen, hard, throbbing, warm) are what the patient rules out
            r"(calf|calves|legs?|wade|waden|beine?|mollets?|jambes?|baldır\w*|bacak\w*|икр\w*|ног\w*|ساق\w*|رجل\w*) (is |are |ist |sind |est |sont |в )?(soft|weich|souples?|mous?|yumuşak|мягк\w*|طري\w*|لين\w*)\b(?!.{0,15}(but|aber|mais|ama|но|بس|لكن))",
            # (the fiftieth round's, de50: both legs told alike under the garment -- "Beine bisschen
            # geschwollen vom Mieder, beide gleich, nicht warm" -- NHS DVT: swelling in one leg,
            # warm and painful; both legs the same is the compression and the fluids, unless one
            # side, warmth, redness or pain is told after it)
            r"\b(beide|both|les deux)\b( (beine|legs|jambes|waden|calves|mollets))?( (sind|are|sont))? (genau |exactly |exactement )?(gleich\w*|the same|pareil\w*|identi\w*|symmetri\w*|symétri\w*)\b"
            r"(?!.{0,60}(?<!nicht )(?<!not )(?<!pas )(?<!kein )(?<!keine )(?<!no )\b(aber|but|mais|links|rechts|left|right|gauche|droit\w*|heiß|heiss|warm|hot|chaud\w*|rot|red|rouge\w*|schmerz\w*|tut weh|pain\w*|hurts?|douleur\w*|pocht|throbb\w*|nur (eine|ein)|one (leg|side|calf)|une (jambe|seule))\b)",
        ),
    ),
    RedFlag(
        id="vision_loss",
        system="eye",
        procedures=("eye",),
        source="American Academy of Ophthalmology, 'LASIK -- what to expect' and 'Cataract surgery recovery' (aao.org): sudden vision loss, a curtain or shadow, new flashes and floaters; NHS 'Cataract surgery -- recovery' and 'Detached retina'",
        patterns=(
            # Turkish: sight itself "went dark" ("görmem karardı", "görüşüm birden gitti")
            r"\b(görme\w*|görüş\w*)\b.{0,15}(karardı|kararıyor|gitti|kayboldu)",
            r"(can'?t|cannot|can not|couldn'?t) see",
            r"(lost|losing|loss of|lose) (my |the |all )?(vision|sight|eyesight)",
            r"\bblind(ness)?\b",
            r"vision (loss|went|is going|getting|got|has gone|is)\b.{0,15}(black|dark|grey|gray)",
            r"(sudden(ly)?|all of a sudden).{0,25}(blurr|dark|can'?t see|black|grey|foggy)",
            r"\bcurtain\b",
            r"shadow.{0,20}(vision|eye|sight|across|over|coming)",
            r"\bveil\b",
            r"(flashes|flashing lights|floaters|black spots)",
            r"(worse|worsening|decreas|dropping|deteriorat)\w* (vision|sight|eyesight)",
            r"(vision|sight|eyesight) (is )?(getting )?(worse|worsening|decreas|dropping)",
            r"see (only )?(shadows|nothing)",
            # (the forty-fourth round's: no other thing told dark or cloudy in between --
            # "everything comes back up, and my pee is dark" is the urine, not the sight)
            r"(eye|vision|sight|everything)\w*(?:(?!\b(pee|urine|wee|poo|poop|stools?|bruis\w*|scab\w*|blood|vomit|sick)\b).){0,30}(went|going|gone|getting|turned|turning|is|looks) (all )?(dark|black|grey|gray)",
            r"(dim|dark|black|grey|gray) (shadow|spot|area|patch|cloud)",
            r"göremiyorum",
            r"göremi(yor|ycem)",
            r"görme\w* (kaybı|kaybım|azaldı|bozuldu|kötüleşti|düştü)",
            # words between the sight and its worsening, within one clause (no comma)
            r"\b(görme\w*|görüş\w*)\b(?:(?!"
            + _NOT
            + r")[^,.;!?]){0,25}\b(kötüleşti|kötüleşiyor|bozuldu|bozuluyor|düştü|düşüyor)",
            r"göz\w*.{0,15}(görmüyor|karardı|kararıyor)",
            r"kör (oldum|olacağım)",
            r"aniden.{0,20}(bulanık|karar|göremi)",
            r"\bperde\b",
            r"(gölge|siyah lekeler|ışık çakma|şimşek|sinek uçuş)",
            # "sieht komisch aus" is how something looks, not what the patient sees
            r"\b(seh(e)?|sieht)\b(?![^.,!?]{0,30}\baus\b)[^.!?]{0,40}(nichts|nicht mehr|kaum|schwarz|schatten)",
            r"sehverlust",
            r"(plötzlich|auf einmal|schlagartig)\b.{0,25}(schwarz|dunkel|nichts mehr|grau)",
            r"(soudain|d'un coup|tout à coup|brusquement)\w*.{0,25}(noir|sombre|vois plus|vois rien)",
            r"birden\w*.{0,20}(karard|simsiyah|kapkara|göremi)",
            r"(внезапно|вдруг|резко)\w*.{0,25}(темно|черно|чёрно|не вижу|потемнел|пелена)",
            r"(فجأة|فجاه|فجأه|فجاة)\w*.{0,25}(اسود|سود|ظلام|ظلمت|ما اشوف|ما أشوف|عمى)",
            # Egyptian and Levantine "I don't see" tied to the eye or to anything at all ("ما بشوف
            # بعيني الشمال", "مش شايف حاجة خالص") -- not "مش شايف الرسالة" (a message not seen)
            r"(ما ب?شوف|مش ب?شوف|مابشوفش|مبشوفش|مش شايف|مش شايفه|مش شايفة)\w*.{0,15}(عين|عيون)",
            r"(عين|عيون)\w*.{0,20}(ما ب?شوف|مش ب?شوف|مابشوفش|مبشوفش|مش شايف|مش شايفه|مش شايفة)",
            r"(ما ب?شوف|مش ب?شوف|مش شايف|مش شايفه|مش شايفة) (اي |أي )?(حاجه|حاجة|شي|اشي|شيء)\b ?(خالص|ابدا|أبدا|بالمره|بالمرة)",
            r"sehkraft.{0,15}(verloren|weg|schlechter|nachgelassen)",
            r"(sicht|sehen)\w*.{0,20}(dunkel|weg)",
            # (the fiftieth round's, de50: the sight told gone or grey a few more words on, its side
            # and time in between -- "mein Sehen links ist seit gestern weg", "die Sicht rechts seit
            # heute früh ganz grau" -- AAO: sudden loss of vision; not across a veil, a blur or a
            # negation, which the narrower window above and the review read)
            r"\b(sehen|sicht|sehvermögen)\b(?:(?!\b(nicht|nichts|kein\w*|nie|schleier|nebel\w*|verschwommen\w*|unscharf|trüb\w*|fleck\w*|punkte?|fast|wieder)\b)[^.!?\n]){0,35}"
            r"\b(weg|ganz grau|alles grau|grau alles|ganz dunkel|schwarz)\b",
            r"plötzlich.{0,20}(blind|nichts sehen|verschwommen|dunkel)",
            r"erblindet",
            r"(vorhang|schatten|schleier|lichtblitze|blitze|rußregen)",
            r"ne (vois|voit) (plus|rien|presque|quasi)",
            # spoken French drops the "ne" ("je vois plus l'heure"); "je vois plus net/clair" is
            # the opposite (better sight) and is left out
            r"\b(je|j'|il|elle|on) (vois|voit|y vois|y voit) (plus|rien)\b(?! (net|nette|nettement|clair|clairement|loin|mieux|précis\w*|de détails|qu'avant|que (d'habitude|avant|hier|la semaine)))",
            # only light is left (AAO: light perception only is severe vision loss)
            r"(vois|voit|distingue)\w*.{0,40}\b(que|juste|seulement|uniquement|rien que) (la |de la )?(lumière|clarté)",
            r"(only|just) (see|make out|perceive) (the )?(light|brightness)|(see|seeing) (nothing|anything) (but|except) (the )?light",
            # reading or making things out with the eye lost -- told as lost ("anymore", "nicht
            # mehr", "plus", "artık", "больше не", "ما عدت"), in the sentence that names the eye
            # (AAO 'What is endophthalmitis?': a sudden drop in vision days after cataract
            # surgery is an emergency); "I can't read close up yet without reading glasses" is
            # the monofocal lens, never lost, and stays out
            rf"{_WITH_EYE}[^.!?]{{0,60}}\b(can'?t|cannot|can not|unable to)\b[^.!?]{{0,20}}\b(read|make out|recogni[sz]e)\b[^.!?]{{0,60}}\bany ?more\b",
            rf"\b(can'?t|cannot|can not|unable to)\b[^.!?]{{0,20}}\b(read|make out|recogni[sz]e)\b(?=[^.!?]{{0,80}}\bany ?more\b)(?=[^.!?]{{0,80}}{_WITH_EYE})",
            rf"{_WITH_EYE}[^.!?]{{0,60}}\bno longer (able to )?(read|make out|recogni[sz]e)\b|\bno longer (able to )?(read|make out|recogni[sz]e)\b(?=[^.!?]{{0,80}}{_WITH_EYE})",
            rf"{_WITH_EYE}[^.!?]{{0,40}}\b(nicht mehr|nichts mehr|kaum noch)\b[^.!?]{{0,25}}\b(lesen|erkennen|entziffern)\b",
            rf"\b(nicht mehr|nichts mehr|kaum noch)\b[^.!?]{{0,25}}\b(lesen|erkennen|entziffern)\b[^.!?]{{0,40}}{_WITH_EYE}",
            rf"(arrive|peux|peut|parviens) plus (à |a )?(lire|distinguer|reconna\w*|déchiffrer)\b[^.!?]{{0,60}}{_WITH_EYE}",
            rf"{_WITH_EYE}[^.!?]{{0,40}}(arrive|peux|peut|parviens) plus (à |a )?(lire|distinguer|reconna\w*|déchiffrer)\b",
            rf"{_WITH_EYE}[^.!?]{{0,40}}\bartık\b[^.!?]{{0,25}}(okuyamı|seçemi|tanıyamı)",
            rf"\bartık\b[^.!?]{{0,25}}(okuyamı|seçemi|tanıyamı)\w*[^.!?]{{0,40}}{_WITH_EYE}",
            rf"{_WITH_EYE}[^.!?]{{0,40}}(больше не|уже не|перестал\w*) (могу |может |мог\w* )?(читать|прочитать|прочесть|различ\w*|разобрать|разгляд\w*|узна\w*)",
            rf"(больше не|уже не|перестал\w*) (могу |может |мог\w* )?(читать|прочитать|прочесть|различ\w*|разобрать|разгляд\w*|узна\w*)[^.!?]{{0,40}}{_WITH_EYE}",
            rf"(ما عدت|ماعدت|ما عاد|ما عدتش|مبقتش|ما بقيت|مابقيتش|لم اعد|لم أعد)\s?(اقدر |أقدر |قادر |قادره |قادرة )?(اقرا|أقرا|اقرأ|أقرأ|اميز|أميز)\w*[^.!?؟]{{0,40}}{_WITH_EYE}",
            rf"{_WITH_EYE}[^.!?؟]{{0,40}}(ما عدت|ماعدت|ما عاد|ما عدتش|مبقتش|ما بقيت|مابقيتش|لم اعد|لم أعد)\s?(اقدر |أقدر |قادر |قادره |قادرة )?(اقرا|أقرا|اقرأ|أقرأ|اميز|أميز)",
            # the forty-sixth round's (dev51 ru-03, Russian typed in Latin letters): nothing can be
            # read and the letters run together, in one sentence ("ne mogu prochitat nichego,
            # bukvy slilis", "can't read anything, the letters merge", "kann nichts lesen, die
            # Buchstaben verschwimmen ineinander", "je n'arrive à rien lire, les lettres se
            # mélangent", "hiçbir şey okuyamıyorum, harfler birbirine giriyor", "ما اقدر اقرا
            # شي، الحروف داخلة في بعض") -- sight lost, the AAO's emergency after LASIK; the
            # letters alone a bit blurry are the day's haze and are not read here
            r"\b(can'?t|cannot|can not|unable to|couldn'?t)\b[^.!?\n]{0,10}\bread\b[^.!?\n]{0,60}\bletters\b[^.!?\n]{0,10}\b(merg|blend|run together|running together|ran together|swim|melt)\w*",
            r"(nicht|nichts)\b[^.!?\n]{0,20}\blesen\b[^.!?\n]{0,60}\bbuchstaben\b[^.!?\n]{0,15}(ineinander|verschmelz|verschwimmen ineinander|laufen zusammen|fließen)",
            r"(lire|lis)\b[^.!?\n]{0,60}\blettres\b[^.!?\n]{0,10}(se mélangent|se confondent|fusionnent|se collent|dansent|se chevauchent)",
            r"okuyamı\w*[^.!?\n]{0,60}\bharf\w*[^.!?\n]{0,15}(birbirine (giriyor|girdi|karış)|birleş|kayıyor)",
            r"не (могу|получается) (про)?(читать|прочитать|прочесть|разобрать)[^.!?\n]{0,60}букв\w*[^.!?\n]{0,10}(слил|слива|сли(ваю|ли)|расплыва|плывут|сливаю)",
            r"(ما|مو|مش|لا) ?(اقدر|أقدر|بقدر|قادر|قادره|قادرة) ?(اقرا|أقرا|اقرأ|أقرأ)\w*[^.!?؟\n]{0,60}(الحروف|الكلام|الكتابه|الكتابة)[^.!?؟\n]{0,15}(داخل\w* في بعض|متداخل\w*|تتداخل|ملخبط\w*|لازق\w* في بعض)",
            # Darija in Latin letters: "ma b9itch kanchouf" (I no longer see), "ghir dow" (only light)
            r"\bma ?b9(i|a)(t)?ch (ka|k)?n?chou?f\b|\bghir (chwiya (dial|d) )?(dow|daw|do2|dawe)\b",
            r"(sehe|erkenne|sieht|erkennt) (ich |er |sie )?(nur|bloß) (noch )?(hell( und dunkel)?|licht|helligkeit)",
            r"(sadece|yalnızca|bir tek) (ışık|ışığı|aydınlık)\w* (görüyorum|seçebiliyorum|seçiyorum|görüyor)",
            r"(вижу|видит) (только|лишь) свет|только свет (вижу|видит)",
            r"(بس|فقط) (اشوف|أشوف|يشوف|تشوف|بشوف) (ال)?(ضو|ضوء|نور)",
            r"perte (de la vue|de vision|de la vision|visuelle)",
            r"aveugle",
            r"(soudain|brusquement|d'un coup).{0,20}(trouble|flou|noir|sombre)",
            r"(vision|vue).{0,20}(sombre|noire)",
            r"(rideau|voile noir|voile sombre|ombre|éclairs|mouches volantes)",
            r"не (вижу|видит|видят|видно)",
            r"ничего не вид",
            r"(потеря|пропало|потерял\w*|упало|ухудшил\w*|падает|резко).{0,10}зрени",
            r"зрени\w*.{0,15}(упало|пропа)",
            r"вижу.{0,20}(пелен)",
            r"ослеп",
            r"(шторк|занавес|пелен|вспышк|мушки|тень перед глаз)",
            # new flashes told as a verb or as lightning, and a shower of dark dots ("like soot"):
            # AAO / NHS 'Detached retina' -- new flashes and a shower of floaters are the warning;
            # bound to the eye, since "вспыхнуть", "black dots", "points noirs" also describe skin
            r"(глаз|зрени|взгляд)\w*.{0,60}(вспыхива|вспыхну|сверка|молни|искр|ч[её]рн\w* (точ|пят|мух|хлоп)|сажа|сажу)",
            r"(вспыхива|вспыхну|сверка|молни|искр|ч[её]рн\w* (точ|пят|мух|хлоп)|сажа|сажу)\w*.{0,40}(глаз|зрени)",
            r"\b(eye|vision|sight)\b.{0,60}\b(sparks?|lightning|sparkl\w*|(black|dark) (dots|specks)|soot|cobwebs?)\b",
            r"\b(sparks?|lightning|(black|dark) (dots|specks)|soot|cobwebs?)\b.{0,40}\b(eye|vision|sight)\b",
            r"\b(auge|augen|sicht|sehen)\b.{0,60}(funken|blitzen|schwarze punkte|dunkle punkte|ru(ß|ss)|spinnweb)",
            r"(œil|oeil|yeux|vue|vision)\b.{0,60}(points noirs|taches noires|étincelles|etincelles|flashs?\b|suie|toiles? d'araignée)",
            # the sign denied right after it ("ışık çakması yok") is none
            r"\bgöz\w*.{0,60}(siyah nokta|kara nokta|çakma|çakıyor|kıvılcım|\bis gibi)"
            + _DENIED_RIGHT_AFTER,
            r"(عين|عيني|نظري|النظر)\w*.{0,60}(نقط سود|نقاط سود|نقط سوداء|نقاط سوداء|وميض|برق|شرار)",
            # the fortieth round's: the dark dots told first, then the eye ("viele schwarze Punkte
            # vor dem Auge", "plein de points noirs devant l'oeil", "bir sürü kara nokta gözümün
            # önünde", "نقاط سودا كثيرة قدام عيني"), as the English and Russian rows above read
            # them -- not denied ("keine", "pas de", "yok", "ما فيه"); a few of them with nothing
            # of the emergency told is the unless below (:data:`_FEW_FLOATERS`)
            r"(?<!keine )(?<!kein )\b(schwarze|dunkle) punkte\b.{0,40}\b(auge|augen|sicht)\b",
            r"(?<!pas de )(?<!sans )(?<!ni )\b(points noirs|taches noires|mouches noires)\b.{0,40}(œil|oeil|yeux|\bvue\b)",
            r"\b(siyah|kara) nokta\w*(?!\s+(yok|yoktu))(?!\w*\s+(görmedim|görmüyorum)).{0,40}\bgöz",
            r"(?<!ما فيه )(?<!ما في )(?<!مافي )(?<!ولا )(?<!بدون )(?<!مافيه )(نقط|نقاط|بقع) (سود|سوداء|سودا)\w*.{0,40}(عين|عيني|عيوني|نظري|النظر)",
            # a curtain told with the plain word ("штора опускается на глаз") and half of the
            # field gone (AAO / NHS 'Detached retina': a shadow or curtain over part of vision)
            r"(штор\w*.{0,40}(глаз|зрени|вижу|видно)|(глаз|зрени)\w*.{0,40}штор)",
            r"(see|seeing) (only )?(half|the top half|the bottom half|one half)\b(?! (of )?(the|your|a|an|my) (e-?mail|message|page|screen|text|photo|form))",
            r"(sehe|seh) (nur )?(noch )?(die )?(hälfte|halb)",
            r"(vois|voit) (plus )?(que )?(la )?moitié",
            r"(yarısını|yarım) görüyorum",
            r"вижу (только |лишь )?половин",
            r"(اشوف|أشوف|بشوف) (بس )?(نص|نصف)",
            r"(فقدت|راح|ضعف|قل) (البصر|بصري|النظر|نظري)",
            r"(لا|ما|مو|مش) (أرى|ارى|اشوف|أشوف|تشوف|يشوف|استطيع الرؤيه|اقدر اشوف|أقدر أشوف)",
            r"فقدان (البصر|الرؤيه|النظر)",
            r"\bعمى\b",
            r"نظري.{0,15}(راح|اسود|يغمق)",
            r"(ستاره|ستارة|ظل اسود|ظل على|ومضات|بقع سوداء)",
            r"\b(ma|mesh|msh|mish|mo|mu) (a?sh[ou]+f|shay[ei]?f)\w*",  # "mesh shayef", "mesh shayfa"
            r"\b(sitara|setara|sitaara|staara)\b.{0,40}\b(3eni|3ayni|3aini|3ini|3een|3youni|nazari)\b",
            # the forty-second round's: Arabizi "I can't see" with the modal ("ma a2dar ashoof",
            # "mesh 2ader ashuf", "mish 2adra eshoof", "ma agdar ashoof") or the present's "b"
            # ("ma bashoof", "mabshoofsh") -- the forms above want the verb right after "ma"; a
            # thing not seen in an app or a message is the unless below
            rf"\b{_AZ_CANT}\s?{_AZ_ABLE}\s(a|e|n)?sh[ou]+f\w*",
            rf"\b{_AZ_CANT}\s?ba?sh[ou]+f\w*",
            # ... and Russian typed in Latin letters, bound to the eye ("levym glazom nichego ne
            # vizhu", "ne vizhu pravym glazom") -- "ne vizhu pismo" is a letter not seen
            r"\b(glaz\w*|zreni\w*)\b[^.!?\n]{0,40}\b(ne vizhu|ne vidno|ne vidit)\b|\b(ne vizhu|ne vidno|ne vidit)\b[^.!?\n]{0,40}\b(glaz\w*|zreni\w*)\b",
            # ... and everything gone black or dark told in the eye's sentence (AAO: sudden loss of
            # sight; after a filler or a nose, the vascular occlusion of ASPS's warnings): "3ayni
            # ... kolo aswad", "gözümde her şey kapkara", "в глазу всё чёрное", "l'oeil droit,
            # tout est noir", "im Auge ist alles schwarz", "عيني ... كله اسود"; English
            # "everything went black" is read above
            # -- not a bruise or a swelling around the eye told so in the sentence ("el kadma
            # ta7t 3ayni kolha sawda", "синяк под глазом, всё чёрное"): the skin's colour
            rf"(?:^|(?<=[.!?\n]))(?:(?!{_BRUISE_WORD})[^.!?\n])*{_EYE_WORD}(?:(?!{_BRUISE_WORD})[^.!?\n]){{0,60}}{_ALL_BLACK}",
            rf"(?:^|(?<=[.!?\n]))(?:(?!{_BRUISE_WORD})[^.!?\n])*{_ALL_BLACK}(?:(?!{_BRUISE_WORD})[^.!?\n]){{0,40}}{_EYE_WORD}",
        ),
        # "I can't see your e-mail", "не вижу свободных дат": seeing a thing, not eyesight.
        unless=(
            # a few floaters, nothing of the emergency told (:data:`_FEW_FLOATERS`): the
            # same-day eye_floaters_review or the complaint net, not the on-call
            # the forty-third round's: a veil or a haze told only as the likeness of a slight blur
            # ("a bit blurrier, like a veil", "ein bisschen verschwommen, wie ein Schleier", "чуть
            # мутнее, как пелена"), pain denied, no redness told and nothing else of the
            # emergency: after LASIK a mild new blur is the flap or DLK review of the same day
            # (AAO 'LASIK -- what to expect', RCOphth 'Refractive surgery standards'), the
            # ``soon`` of the complaint net; sudden, dark, a curtain, sight lost or pain rising
            # stay urgent
            rf"^(?!.*{_VEIL_EMERGENCY})(?!.*{_RED_TOLD})(?=.*{_PAIN_DENIED}).*{_SLIGHT_BLUR}[^.!?\n]{{0,8}}{_LIKE_VEIL}",
            rf"^(?!.*{_EMERGENCY_EYE_TOLD})(?=.*{_FEW_FLOATERS})",
            r"(can'?t|cannot|can not|couldn'?t|don'?t) see (the|your|any|a|my|an) (e-?mail|message|invoice|form|link|file|dates?|slots?|price|photos?|attachment|appointment|booking|payment|documents?|reply|answer|confirmation|option|button)",
            r"не (вижу|видно) (свободн|дат|письм|сообщени|сч[её]т|ссылк|фото|файл|оплат|брон|ответ|запис)",
            # the twenty-ninth round's: a thing not seen in a chat, an app, a site or an account
            # ("в новом чате её не видно", "I can't see it in the app"): the software's, not the eyes
            r"(в|на) (нов\w* |это\w* |ваш\w* |мо\w* |личн\w* |друг\w* )?(чат|приложени|сайт|кабинет|переписк|аккаунт|профил|почт)\w* (е[её] |его |их |это |эту \w+ |этот \w+ )?не (вижу|видно)|не (вижу|видно) (е[её] |его |их |это )?(в|на) (нов\w* |ваш\w* |мо\w* |личн\w* )?(чат|приложени|сайт|кабинет|переписк|аккаунт|почт)",
            r"(can'?t|cannot|can not|don'?t) see (it|them|this|that) (in|on) (the|your|my) (new )?(chat|app|portal|website|site|account|inbox)\b",
            r"(mesaj|fatura|link|tarih|randevu|ödeme|dosya|e-?posta|cevab)\w* göremiyorum",
            r"sehe (keine|die|den|das|ihre|deine) (termine|rechnung|nachricht|link|mail|e-mail|datei|antwort|buchung)",
            r"ne (vois|voit) (pas|plus|rien) (le|la|les|de|d'|votre|ton|ta|vos) ?(mail|message|facture|lien|date|créneau|rendez|réponse|réservation|paiement)",
            r"(ما|مو|مش) (اشوف|أشوف) (الرساله|الرسالة|الفاتوره|الفاتورة|الرابط|المواعيد|الحجز|الرد|الايميل)",
            r"\b(mesh|msh|mish|ma) (a?sh[ou]+f|shay[ei]f)\w* (el ?)?(risala|message|link|fatora|fatoora|mail|email|raad|7agz)",
            # the forty-second round's: the modal or "b" forms above with the thing not seen named
            # after them, or the app, the system, the mail it is not seen in ("ma a2dar ashoof el
            # fatora", "mesh bashoof el maw3ed fel app")
            rf"\b{_AZ_CANT}\s?({_AZ_ABLE}\s)?(a|e|n)?b?a?(sh[ou]+f|shay[ei]f)\w* (\w+ )?(el ?)?(risala|message|link|fatora|fatoora|mail|email|raad|7agz|maw3ed|mawa3ed|app|system|portal|site|file|pdf|account|whatsapp)"
            r"|\b(fel|fil|3al|3a|bel|bil) ?(app|system|portal|site|mail|email|account|whatsapp|tatbee2|ta6bee2)\b(?:(?!3ayn|3een|3eni|3ayni|3ini|3youni)[^.!?,\n]){0,30}"
            + rf"\b{_AZ_CANT}\s?({_AZ_ABLE}\s)?(a|e|n)?b?a?sh[ou]+f",
            # the thirty-third round's: seeing *in* an app, a system, a site, an account, or one's
            # appointment or booking as the thing seen ("Kontrol randevumu sistemde göremiyorum",
            # "ich sehe meinen Termin im System nicht", "ما اشوف موعدي في التطبيق") is the
            # software's, not the eyes -- no eye word in between ("since the appointment I can't
            # see out of my left eye" stays vision loss)
            r"(can'?t|cannot|can not|couldn'?t|don'?t) see\b(?:(?!eye)[^.!?,\n]){0,30}\b(in|on) (the|my|your) (\w+ )?(app|system|portal|website|site|account|chat|inbox|calendar|dashboard)\b",
            r"\bsehe\b(?:(?!auge)[^.!?,\n]){0,30}\b(im|in der|in meinem|in meiner|auf der|in ihrem|in eurem) (\w+ )?(system|app|portal|konto|kundenkonto|kalender|website|webseite|seite|chat|postfach)\b"
            r"|\b(im|in der|auf der) (\w+ )?(system|app|portal|konto|kundenkonto|kalender|website|webseite|chat)\b(?:(?!auge)[^.!?,\n]){0,30}\bsehe\b"
            r"|\bsehe (ich )?(meinen|meine|keinen|keine|den|die) (\w+)?(termin|buchung|reservierung|rechnung)",
            r"ne (vois|voit|trouve) (pas|plus|rien)\b(?:(?!oeil|œil|yeux)[^.!?,\n]){0,30}\b(dans|sur) (l'|le |la |mon |ma |votre )?(appli\w*|système|portail|site|compte|espace|messagerie|agenda)"
            r"|ne (vois|voit) (pas|plus) (mon|ma|mes) (\w+ )?(rendez|réservation|rdv|facture|paiement)",
            r"(randevu|rezervasyon|kayıt|kayd|mesaj|fatura|ödeme|dosya)\w*(?:(?!göz)[^.!?,\n]){0,25}göremi"
            r"|(sistemde|sistemden|uygulamada|sitede|sitenizde|portalda|hesabımda|panelde|mailde|e-postada|portalde|e-?postamda|mailimde|whatsapp'?ta)(?:(?!göz)[^.!?,\n]){0,25}göremi"
            r"|göremi\w*(?:(?!göz)[^.!?,\n]){0,10}(sistemde|uygulamada|sitede|portalda|hesabımda|panelde|portalde|hesapta|e-?postamda|mailimde)",
            r"(ما|مو|مش|لا) (اشوف|أشوف|ارى|أرى|القى|ألقى|لاقي) (\w+ ){0,2}(في|على|ب) ?(التطبيق|البرنامج|الموقع|النظام|السيستم|الحساب|الابلكيشن|الأبلكيشن|الابليكيشن|البوابه|البوابة|المنصه|المنصة|الايميل|الإيميل|البريد|الواتساب|الواتس)"
            r"|(ما|مو|مش|لا) (اشوف|أشوف|ارى|أرى) (موعدي|الموعد|موعد|حجزي|حجز)",
            # the forty-first round's lead: a paper of the clinic's not seen where it should be --
            # a leaflet, instructions, a form, a file, a PDF, results -- or anything not seen in a
            # panel, a portal or the mail ("не вижу памятку в личном кабинете", "formu panelde
            # göremiyorum", "ما اشوف الملف في البوابة"): the software's, not the eyes; no eye word
            # in between ("I can't see the leaflet with my left eye" stays vision loss)
            r"(can'?t|cannot|can not|couldn'?t|don'?t) see (the|your|my|any) (\w+ )?(leaflet|instructions?|pdf|documents?|forms?|files?|results?|brochure|guide)\b(?![^.!?\n]{0,40}\b(eyes?|vision|sight)\b)",
            r"не (вижу|видно)\b(?:(?!глаз|зрени)[^.!?,\n]){0,30}\b(в|на) (\w+ )?(систем|портал|панел|почт|ватсап|whatsapp|телеграм)\w*"
            r"|не (вижу|видно) (\w+ )?(памятк|инструкц|документ|бланк|анкет|форм|результат|pdf)(?![^.!?\n]{0,40}(глаз|зрени))",
            # the forty-second round's: the place told first, in the clause before the not-seeing
            # ("в системе личного кабинета не вижу ничего", "in the portal I can't see anything",
            # "dans mon espace patient je ne vois rien", "في التطبيق ما اشوف شي"), and the place
            # after a nothing ("не вижу ничего в кабинете"); the German and Turkish orders are
            # read above -- no eye word between ("в кабинете врача левым глазом не вижу" stays)
            r"\b(в|на) (\w+ ){0,2}(систем|портал|панел|кабинет|приложени|сайт|аккаунт|профил|почт|чат|переписк|ватсап|телеграм)\w*(?:(?!глаз|зрени)[^.!?,\n]){0,30}не (вижу|видно)(?![^.!?\n]{0,40}(глаз|зрени))"
            r"|не (вижу|видно) (ничего|ничего не|нич\w+) (в|на) (\w+ ){0,2}(систем|портал|панел|кабинет|приложени|сайт|аккаунт|профил|почт|чат)",
            r"\b(in|on) (the|my|your) (\w+ ){0,2}(app|system|portal|website|site|account|chat|inbox|dashboard)\b(?:(?!eye|vision|sight)[^.!?,\n]){0,30}\b(can'?t|cannot|can not|couldn'?t|don'?t) see\b(?![^.!?\n]{0,40}\b(eyes?|vision|sight)\b)",
            r"\b(dans|sur) (l'|le |la |mon |ma |votre )?(\w+ )?(appli\w*|système|portail|site|compte|espace|messagerie|agenda)\b(?:(?!oeil|œil|yeux|vue)[^.!?,\n]){0,30}\bne (vois|voit|trouve) (pas|plus|rien)\b(?![^.!?\n]{0,40}(oeil|œil|yeux|\bvue\b))",
            r"(في|على|ب) ?(التطبيق|البرنامج|الموقع|النظام|السيستم|الحساب|البوابه|البوابة|المنصه|المنصة|الايميل|الإيميل|البريد|الواتساب|الواتس)(?:(?!عين|نظر)[^.!?؟,،\n]){0,30}(ما|مو|مش|لا) (اشوف|أشوف|ارى|أرى|القى|ألقى|لاقي)(?![^.!?؟\n]{0,40}(عين|نظر))",
            r"(form|belge|talimat|pdf|sonuç|sonuc|evrak)\w*(?:(?!göz)[^.!?,\n]){0,25}göremi(?![^.!?\n]{0,40}göz)",
            r"(ما|مو|مش|لا) (اشوف|أشوف|ارى|أرى|القى|ألقى|لاقي) (الملف|الملفات|النموذج|الاستماره|الاستمارة|التعليمات|الارشادات|الإرشادات|النتائج|النتيجه|النتيجة|المستند|المستندات)(?![^.!?؟\n]{0,40}(عين|نظر))",
            # not seeing *without glasses or lenses* is the short sight the patient always had
            # (a refractive error), not a loss of vision; "even with my glasses" is not this
            r"(without (my |the )?(glasses|specs|lenses|contacts)|ohne (meine |die )?(brille|linsen|kontaktlinsen)|sans (mes |les )?(lunettes|lentilles)|gözlüksüz|gözlük(süz| olmadan)|lenssiz|без очков|без линз|بدون (نظار|عدس)|من غير (نظار|عدس))",
            # ... or named just before and then meant by a pronoun ("when can I wear my glasses?
            # without them I see nothing", "ohne sie", "sans elles", "onlarsız", "без них", "بدونها")
            r"(glasses|specs|lenses|brille|linsen|lunettes|lentilles|gözlü\w*|очк\w*|линз\w*|نظار\w*|عدس\w*).{0,40}(without (them|it)\b|ohne (sie|die)\b|sans (elles|eux)\b|onlar(sız|ı?z? olmadan)|onsuz|без них|بدونها|بدونهم|من غيرها|من غيرهم)",
            # a haze told mild ("leicht milchig, so ein Schleier", "slightly milky, like a veil",
            # "un peu laiteux", "biraz buğulu", "немного мутно, пелена", "مغبشة شوي"): in the days
            # after a laser it is interface inflammation (AAO 'Diffuse lamellar keratitis') or the
            # surface healing -- an eye check the same day, no emergency -- unless darkness, a
            # curtain or shadow, flashes, a sudden onset or a worsening is told after it
            r"(\b(slightly|a (bit|little)|leicht|etwas|ein (bisschen|wenig)|un peu|légèrement|biraz|hafif|azıcık|немного|слегка|чуть)\s(milky|cloudy|hazy|foggy|misty|milchig\w*|trüb\w*|neblig\w*|laiteu\w*|trouble|brumeu\w*|voilé\w*|bulanık|buğulu|puslu|мутн\w*|туманн\w*)\b"
            r"|(milky|cloudy|hazy|foggy|misty|milchig\w*|trüb\w*|laiteu\w*|trouble|voilé\w*|bulanık|buğulu|puslu|мутн\w*|(مغبش\w*|ضباب\w*|معتم\w*))\s(slightly|a (bit|little)|leicht|etwas|un peu|biraz|немного|слегка|(شوي|شويه|شوية|بسيط|خفيف)))"
            r"(?!.{0,80}(dark|black|curtain|shadow|flash|sudden|worse|dunkel|schwarz|vorhang|schatten|blitz|plötzlich|schlechter|schlimmer|noir|sombre|rideau|\bombre|éclair|soudain|\bpire\b|karar(d|ıyor)|siyah|\bperde\b|gölge|çakma|aniden|kötüleş|темн|черн|ч[её]рн|занавес|тень|вспышк|внезапн|хуже|ظلام|اسود|ستار|\bظل\b|ومض|فجأ|اسوأ|أسوأ))",
        ),
    ),
    RedFlag(
        id="double_vision",
        system="eye / neurological",
        procedures=("eye", "any"),
        source="American Academy of Ophthalmology, 'Double vision (diplopia)' and 'Cataract surgery recovery': new double vision needs urgent assessment (raised eye pressure, a nerve palsy, a stroke); NHS 'Double vision' -- go to A&E if it starts suddenly",
        patterns=(
            r"\bdouble vision\b",
            r"\b(see|seeing|sees|saw)\b.{0,20}\b(double|twice|two of everything)\b",
            r"\b(doppelbilder|doppelsehen|doppelt sehen)\b",
            r"\b(sehe|sieht|seh)\b.{0,20}\bdoppelt\b",
            r"\bvision (double|dédoublée)\b",
            r"\b(vois|voit)\b.{0,20}\b(double|en double|deux fois)\b",
            r"\bçift (görüyorum|görüyor|görme)",
            r"her (şeyi|şey) (çift|iki tane)",
            r"(двоится|двоение|раздваива)\w*",
            r"вижу.{0,20}(двойн|вдвойне|два раза)",
            r"(اشوف|أشوف|شايف|شايفه|بشوف|بشوفه|يشوف|تشوف|نشوف)\w* (كل )?(شي|شيء|حاجه|حاجة|اشي|الاشياء|الحاجات)? ?(اثنين|اتنين|ثنين|تنين|مزدوج|دبل|مرتين)\b",
            r"(ازدواج|زغلله مزدوجه) (في )?(الرؤيه|الرؤية|النظر)",
            r"\b(shayef|shayfa|ashoof|bashoof|ashuf)\b.{0,20}\b(etnen|itnen|ithnen|tnen|double)\b",
        ),
    ),
    RedFlag(
        id="vision_worsening",
        system="eye",
        procedures=("eye",),
        source="American Academy of Ophthalmology, 'LASIK -- what to expect' and 'Cataract surgery recovery': vision that gets worse instead of better after surgery needs the surgeon the same day; mild blur that improves is expected",
        patterns=(
            r"vision (went|is going|getting|got|has gone|is)\b.{0,15}(blurr|worse|dim|cloudy|foggy)",
            r"(eye|vision|sight|everything)\w*(?:(?!\b(pee|urine|wee|poo|poop|stools?|bruis\w*|scab\w*|blood|vomit|sick)\b).){0,30}(went|going|gone|getting|turned|turning|is|looks) (all )?(dim|blurry|cloudy|foggy|misty|milky)",
            r"(vision|sight|eyesight)\w*.{0,45}(worse|worsen|decreas|dropping|deteriorat|blurr|dim\b)",
            r"(like|as if)( i'?m)? (looking )?(through|in|into) (a |the )?(fog|mist|milk|smoke|frosted glass)",
            r"(sicht|sehen)\w*.{0,20}(schlechter|verschwommen|getrübt)",
            r"\bseh(e)?\b.{0,40}(schlechter|nur noch|verschwommen)",
            r"wie durch (nebel|milchglas|einen schleier|watte)",
            r"(wie im nebel|milchig|trüb geworden)",
            r"(vision|vue).{0,20}(baisse|diminu|trouble|floue|a baissé)",
            r"(vois|voit) (de plus en plus|encore plus|toujours plus) (flou|trouble|mal)",
            r"see (more and more|increasingly|even more) (blurr|badly|fuzzy)",
            r"(giderek|gittikçe|gitgide|git gide|daha da) (daha )?(bulanık|kötü|az) görüyorum",
            # the lead's, forty-eighth round: the sight told less than before, the comparison
            # alone ("sabahtan beri daha az görüyorum", "je vois de moins en moins bien", "je vois
            # moins bien qu'hier") -- each is a trend, not the day's blur
            r"daha (az|kötü|bulanık) görüyorum",
            r"(görme\w*|görüş\w*) (giderek |gittikçe )?(azal|kötüleş)(ıyor|iyor|ıyo|iyo|dı|di|mış|miş)\b",
            r"(vois|voit|vision) de (moins en moins|plus en plus flou)",
            r"(vois|voit) moins bien (qu'hier|que hier|que ce matin|depuis)",
            r"(brouillard|comme dans (la|le) (brume|brouillard)|vision laiteuse)",
            r"(sis gibi|buğulu|bulanıklaştı|sisli görüyorum|duman gibi)",
            r"вижу.{0,20}(хуже|плохо|мутно|размыто|как в тумане|как через)",
            r"как в тумане",
            r"(хуже|плохо) вижу",
            # "зрение вроде не хуже" (vision seemingly not worse) is the opposite: no negation between
            r"зрени\w*(?:(?!" + _NOT + r").){0,15}(ухудш|падает|хуже)",
            r"نظري.{0,15}(ضعف|ضعيف|قل|صار ضبابي|مغبش)",
            # the forty-eighth round's (dev53): the sight named with the article and its Egyptian
            # present ("النظر بيقل من الصبح", "الرؤية بتضعف"), as Arabizi "el nazar bt2el" above
            r"(النظر|الرؤيه|الرؤية)\s(\w+\s)?(بيقل|يقل|قل|بيضعف|بتضعف|يضعف|ضعف|بيغبش|بتغبش|يغبش|غبش)",
            r"(ضباب|مغبش|مشوش النظر|زي الضباب)",
            # the thirty-fifth round's: Egyptian and Gulf Arabizi -- the sight (ro2ya, nazar) told
            # white, foggy, blurred or weak ("el ro2ya feha bayda zay dabab", "nazari m8abash"),
            # and "like fog" on its own ("zay el dabab", "mitl el dbab"); the gap never crosses an
            # Arabizi negation ("el ro2ya mish m8abasha")
            r"\b(ro2ya|ro2ia|ru2ya|roya|nazar|nazary|nazari|nazri|basari)\b"
            + _NOT_AZ_GAP
            + r"\b(bayda|baida|abyad|abyadh|dabab|dbab|dabbab|dhabab|6abab|mghabasha|mghabsha|m8abasha|m8absha"
            r"|mghabash|m8abash|mshawasha|mshawash|da3ifa?|d3ifa?|d3eef|da3eef|bed3af|byed3af|bti2el|bt2el|2alet)\b",
            r"\b(zay|zey|mitl|methl|mithl|ka2enni|kaenni)\s(el\s|al\s)?(dabab|dbab|dabbab|dhabab|6abab|ddabab)\b",
        ),
        # Mild, morning or improving blur is expected healing -- unless it came suddenly or worsens.
        unless=(
            # the thirty-fifth round's: blur told the same as on the first day ("still blurred
            # like day one", "wie am ersten Tag", "comme le premier jour", "ilk günkü gibi", "как
            # в первый день", "زي اول يوم") is not getting worse (AAO 'Cataract surgery
            # recovery': vision that worsens needs the surgeon the same day) -- a slow recovery the
            # surgeon sees within the day; never with a worsening or a sudden change told after it
            r"((like|as (on|in)|same as (on )?) (the )?(first|1st) day|wie am ersten tag|comme (le|au) premier jour"
            r"|ilk gün(kü)? gibi|как в первый день|(زي|مثل|متل|كأنه|زى) (اول|أول) (يوم|يوم من العمليه|يوم من العملية)"
            r"|\b(zay|zey|mitl|methl) (awel|awwal|2awel|2awwal) yom\b)"
            r"(?!.{0,80}(sudden|worse|plötzlich|schlechter|soudain|pire|aniden|kötüleş|резко|вдруг|хуже|فجأ|اسوأ|أسوأ|ضعف اكثر))",
            # the worsening itself denied ("vision isnt getting worse", "wird nicht schlechter",
            # "ne baisse pas", "kötüleşmiyor", "не ухудшается", "ما ضعف") -- unless a sudden
            # change is told as well
            r"^(?!.*(sudden|plötzlich|soudain|aniden|резко|вдруг|فجأه|فجأة))"
            r".*((isn'?t|is not|not|no longer|never|nicht|pas|ne|değil|не|ما|مش|مو) (getting |gotten |become |any |wird |plus |daha |стал\w* ){0,2}"
            r"(worse|schlechter|pire|baiss\w*|kötü|хуже|ухудш\w*|ضعف|اسوأ|أسوأ)"
            r"|kötüleşm(iyor|edi|iyo)|schlechter (wird|ist) (es )?nicht)",
            # vision compared between times of day ("worse in the morning than in the evening",
            # "morgens schlechter als abends"): the fluctuation AAO calls expected after LASIK
            # (never when the change is told as sudden, before or after it)
            r"^(?!.*(sudden|plötzlich|soudain|aniden|резко|вдруг|فجأه|فجأة)).*(schlechter|worse|moins bien|pire|хуже|kötü)\w* (als|than|que|чем) (am |in the |le |la )?(abends?|morgens|evening|morning|night|soir|matin|nuit|вечером|утром|ночью)",
            r"^(?!.*(sudden|plötzlich|soudain|aniden|резко|вдруг|فجأه|فجأة|fag2a|faj2a|fa2a)).*(a bit|a little|slightly|bit of|in the mornings?|gets better|getting better|improv|etwas|ein bisschen|leicht|morgens|besser|un peu|légèrement|(?<!depuis )le matin|s'amélior|mieux|biraz|hafif|sabah(?!tan|dan)|düzel|iyileş|немного|слегка|по утрам|утром|лучше|проход|شوي|شوية|شويه|خفيف|(?:(?<!من )|(?<=كتر من )|(?<=كثر من ))الصبح|يتحسن|يخف"
            # ... and in Arabizi: "shwaya", "bt7assan", "a7san", "5afif"
            r"|\bshwa?[iy]+a?\b|\b(bt|byt|bit|yt|bet)7assa?n\b|\ba7san\b|\b(5afif|khafif)\b)(?!.{0,60}(sudden|suddenly|plötzlich|soudain|aniden|резко|вдруг|فجأه|فجأة|fag2a|faj2a|worse|schlechter|pire|kötüleş|хуже|اسوأ|aswa2?\b|byzeed|bizeed))",
        ),
    ),
    RedFlag(
        id="eye_pain_rising",
        system="eye",
        procedures=("eye",),
        source="American Academy of Ophthalmology, 'Endophthalmitis' and 'Cataract surgery recovery': increasing eye pain, a red eye and falling vision after surgery need the surgeon the same day",
        patterns=(
            # the gaps never cross a negation: "eyes not painful, not getting worse" denies both
            r"eye\w*"
            + _NOT_GAP_25
            + r"(pain|hurts?|hurting|aching)"
            + _NOT_GAP_25
            + r"(worse|worsening|getting|increas|severe|unbearable|terrible|a lot|more and more)",
            r"(severe|increasing|worsening|terrible|bad|unbearable|excruciating|intense) (eye )?pain.{0,15}eye",
            r"(severe|increasing|worsening|terrible|unbearable|excruciating|intense) eye pain",
            r"göz\w*"
            + _NOT_GAP_25
            + r"(ağrı\w*|acı\w*).{0,20}(artıyor|arttı|çok|şiddetli|dayanılmaz|geçmiyor|kötüleş)",
            r"(şiddetli|artan|dayanılmaz|çok kötü) göz ağrı",
            r"ağrı\w*.{0,15}göz\w*.{0,25}(artıyor|arttı|şiddetli|dayanılmaz|geçmiyor|kötüleş)",
            r"auge\w*"
            + _NOT_GAP_25
            + r"(schmerz|tut weh|tut)"
            + _NOT_GAP_25
            + r"(schlimmer|stärker|stark|unerträglich|zunehm|immer mehr)",
            r"(starke|zunehmende|unerträgliche) (augenschmerzen|schmerzen im auge)",
            r"schmerz\w*.{0,15}\bauge.{0,40}(schlimmer|stärker|unerträglich|zunehm|immer mehr)",
            r"\bauge.{0,60}(tut|schmerz)\w*.{0,15}(immer mehr|schlimmer|stärker|zunehmend)",
            r"(oeil|yeux)\w*"
            + _NOT_GAP_25
            + r"(douleur|mal)"
            + _NOT_GAP_25
            + r"(pire|augment|insupport|forte|intense|de plus en plus)",
            # the intensifier before the pain: "l'oeil me fait de plus en plus mal"
            r"(oeil|yeux)\w*.{0,30}(de plus en plus|encore plus|toujours plus) (mal|douloureu)",
            r"göz\w*.{0,25}(giderek|gittikçe|gitgide|git gide|daha çok|daha fazla).{0,15}(ağrı|acı)",
            r"(douleur|mal).{0,15}(à l'oeil|aux yeux|à l'œil|dans l'oeil).{0,25}(augment|pire|forte|intense|insupport)",
            r"глаз\w*"
            + _NOT_GAP_25
            + r"(бол\w*)"
            + _NOT_GAP_25
            + r"(сильн|усилива|невыносим|хуже|нараста|больше)",
            r"(сильн|нарастающ|невыносим)\w* бол\w* в глаз",
            r"бол\w*.{0,15}глаз\w*.{0,25}(усилива|сильн|невыносим|хуже|нараста|больше)",
            # Egyptian and Levantine spelling: "اكتر" for "اكثر", "جامد" for "strong"
            r"(عيني|العين)"
            + _NOT_GAP_25
            + r"(ألم|وجع|توجعني|تؤلمني|يوجعني).{0,20}(يزيد|زاد|شديد|قوي|أكثر|اكثر|أكتر|اكتر|جامد|بيزيد|عم يزيد)",
            r"(ألم|وجع) (شديد|قوي) (في|ب)\s?(عيني|العين)",
            r"(ألم|وجع)\w*.{0,15}(عيني|العين).{0,25}(يزيد|زاد|قاعد يزيد|يشتد|اقوى|أقوى)",
            r"(عيني|العين)\w*.{0,10}(توجعني|تؤلمني|يوجعني|تعورني) (مره|مرة|كثير|بقوه|بقوة|جدا|جامد)",
            # the eye cannot be opened for the pain
            r"(can'?t|cannot|unable to|can barely) (even )?open (my |the )?eyes?\b.{0,20}(pain|hurts)",
            r"(auge|augen)\b.{0,30}(vor|wegen der) schmerz\w*.{0,20}nicht (mehr )?(auf|öffnen)|vor schmerz\w* (kaum|nicht) (mehr )?(auf|öffnen)",
            r"(peux|arrive) (pas|plus) (à )?ouvrir (l'oeil|les yeux|mon oeil|l'œil).{0,25}(mal|douleur)",
            r"(ağrı|acı)\w*.{0,10}göz\w* açamıyorum",
            r"не (могу|получается) открыть глаз\w*.{0,15}бол",
            r"(ما|مو|مش) (اقدر|أقدر|قادر|قادره) (افتح|أفتح) (عيني|عيوني|العين).{0,15}(الالم|الألم|الوجع)",
            # the thirty-fifth round's: Egyptian and Gulf Arabizi, the eye named and its pain told
            # rising later in the sentence ("3eni el yemin ... w el waga3 byzeed kol sa3a", "el
            # alam fi 3ayni yzid"); no Arabizi negation in the gaps ("el waga3 mish byzeed")
            r"\b(3eni|3ayni|3aini|3ini|3eini|3youni|3yoni|3ein|3een)\b(?:(?!"
            + _NOT_AZ
            + r")[^.!?\n]){0,80}\b(waga3|wag3|waja3|wja3|alam|2alam|2lam|alm)\b"
            + _NOT_AZ_GAP
            + r"\b(byzeed|bizeed|beyzeed|yzeed|yzid|byzid|bizid|zad|zayed|2awi|gamed|shdeed|shadeed|aktar|akthar|akter|a2wa|aqwa)\b",
            r"\b(waga3|wag3|waja3|wja3|alam|2alam)\b.{0,15}\b(3eni|3ayni|3aini|3ini|3eini|3ein|3een)\b"
            + _NOT_AZ_GAP
            + r"\b(byzeed|bizeed|beyzeed|yzeed|yzid|byzid|bizid|zad|zayed|2awi|gamed|shdeed|shadeed|aktar|akthar|akter|a2wa|aqwa)\b",
            # the forty-sixth round's (dev51 ru-03, typed in Latin letters): the eye's pain told by
            # its kind -- cutting, burning, stabbing -- and told rising in the same sentence ("glaz
            # rezhet vse silnee", "das Auge brennt immer stärker", "l'oeil pique de plus en plus",
            # "gözüm giderek daha çok batıyor", "عيني تحرقني اكثر واكثر"); a sting that settles, or
            # a strong pain denied in the next sentence ("глаз сохнет и режет. сильной боли нет",
            # dev32 ru-13), is not read; nor is an eye that stings "more" than before ("daha çok
            # batıyor"): rising is told progressive ("giderek", "immer", "de plus en plus")
            r"\beyes?\b"
            + _NOT_GAP_CLAUSE
            + r"(sting|burn|stab|cutt)\w*"
            + _NOT_GAP_CLAUSE
            + r"(worse and worse|more and more|stronger and stronger|getting worse|keeps getting (worse|stronger)|increasing)"
            + _DENIED_RIGHT_AFTER,
            r"\b(auge|augen)\b"
            + _NOT_GAP_CLAUSE
            + r"(brennt|brennen|sticht|stechen|schneidet)"
            + _NOT_GAP_CLAUSE
            + r"(immer (mehr|stärker|schlimmer)|schlimmer|stärker|zunehmend)"
            + _DENIED_RIGHT_AFTER,
            r"(oeil|œil|yeux)\b"
            + _NOT_GAP_CLAUSE
            + r"(brûle|brûlent|pique|piquent|lance|brûlure|piqûre)"
            + _NOT_GAP_CLAUSE
            + r"(de plus en plus|pire|augment|encore plus|toujours plus)"
            + _DENIED_RIGHT_AFTER,
            r"\bgöz\w*"
            + _NOT_GAP_CLAUSE
            + r"(yan(ıyor|ma)|bat(ıyor|ma)|kesiyor|sızlıyor)"
            + _NOT_GAP_CLAUSE
            + r"(artıyor|arttı|kötüleş)"
            + _DENIED_RIGHT_AFTER,
            r"\bgöz\w*[^.!?\n]{0,25}(giderek|gittikçe|gitgide)[^.!?\n]{0,15}(yanıyor|batıyor|sızlıyor|kesiyor)",
            r"глаз\w*"
            + _NOT_GAP_CLAUSE
            + r"(реж\w*|рез(и|ь)\b|жж[её]т|жжени\w*|колет|печ[её]т)"
            + _NOT_GAP_CLAUSE
            + r"(сильн|усилива|хуже|нараста|больше(?! не))"
            + _DENIED_RIGHT_AFTER,
            r"(عيني|العين|عيوني)\w*"
            + _NOT_GAP_CLAUSE
            + r"(تحرقني|تحرق|حرقان|حرقه|حرقة|تنغزني|نغز|وخز|تقطعني)"
            + _NOT_GAP_CLAUSE
            + r"(يزيد|زاد|تزيد|زادت|اكثر|أكثر|اكتر|أكتر|بيزيد|بتزيد|عم يزيد)"
            + _DENIED_RIGHT_AFTER,
        ),
    ),
    RedFlag(
        id="airway_swallowing",
        system="airway / dental",
        procedures=("dental", "facelift", "any"),
        source="NHS 'Dental abscess' (go to A&E if swelling affects the eye, neck or floor of the mouth, or you have trouble breathing or swallowing); NHS 'Anaphylaxis'; implant aftercare: swelling spreading under the jaw (Ludwig's angina)",
        patterns=(
            r"(can'?t|cannot|can not|can barely|can hardly|barely|hardly|trouble|hard to|difficult(y)?( in)?|struggling to|hurts to|painful to|unable to) (to )?swallow",
            r"swallow\w*.{0,15}(hard|difficult|impossible|painful)",
            r"(under|below) (my |the )?(jaw|chin|tongue)"
            + _NO_BRUISE_GAP
            + r"{0,25}(swell|swollen|puffy|hard|bigger)",
            r"(swell|swollen|swelling|puffy)"
            + _NO_BRUISE_GAP
            + r"{0,30}(under|below|floor of) (my |the )?(jaw|chin|tongue|mouth)",
            r"floor of (my |the )?mouth",
            r"(swell|puff)\w*.{0,20}(down|into|to|towards|up to).{0,10}(neck|throat|eye)",
            r"(can'?t|cannot|hard to|difficult to|unable to|trouble|struggling to) open (my )?mouth",
            # one sentence: "... when I bend my neck. forehead swelling going down" is two things
            r"(neck|throat)\b[^.!?\n]{0,20}(swollen|swelling|tight|closing)",
            r"(swell|swollen|swelling).{0,20}(spreading|going|moving) (to|down|into|up) (my |the )?(neck|eye|throat)",
            # ("invoice" ends in "voice": the word, not the letters)
            r"\bvoice.{0,20}(changed|different|muffled|hoarse|strange|weird|sounds (muffled|strange|weird|different|like))",
            r"(hot potato|mouth full of marbles|kartoffel im mund|patate chaude|ağzımda sıcak patates|горяч\w* картошк)",
            r"tongue.{0,15}(swollen|swelling|raised|pushed up|big|fat|thick|puff)",
            r"lips?.{0,15}(swelling up|swollen up)",
            r"(can'?t|cannot) open (my )?mouth",
            r"yut(kun|a)\w*.{0,15}(amıyorum|amıyom|zorlan|güçlük|zor|acı)",
            r"yutamıyorum",
            r"yutkunamıyorum",
            # words, not letters: "asistan" holds "sis" once folded, "edildi" holds "dil"
            r"\b(çene|çenem|çenemin|dil|dilimin|boyn|boğaz)\w*"
            + _NO_BRUISE_GAP
            + r"{0,25}\b(şiş|kabar|sertleş)",
            r"\b(şiş|şişlik)\w*" + _NO_BRUISE_GAP + r"{0,25}\b(boyn|boğaz|çene al|göz\w* kadar)",
            r"ses\w*.{0,15}(değişti|boğuk|kısıldı|garip|tuhaf)",
            r"ağzımı açamıyorum",
            r"schluck\w*.{0,20}(kaum|nicht|schwer|schmerz|probleme|weh)",
            r"schluckbeschwerden",
            r"kann( \w+){0,4}? (kaum|nicht) (mehr )?schlucken",
            # "kann nicht mal Wasser schlucken", "kann kaum noch Speichel schlucken": what cannot
            # go down named between (a tablet's size is the unless below)
            r"kann( \w+){0,4}? (kaum|nicht)( mal| einmal| mehr| noch| sogar)?( \w+){1,2} (runter)?schlucken",
            r"(unter dem kiefer|unterkiefer|kiefer|mundboden|hals|kinn|unter der zunge)\w*"
            + _NO_BRUISE_GAP
            + r"{0,25}(geschwollen|schwellung|dick|hart|schwillt)",
            r"(schwellung|geschwollen|dick)\w*"
            + _NO_BRUISE_GAP
            + r"{0,25}(unterkiefer|unter dem kiefer|hals|mundboden|kinn)",
            r"stimme.{0,15}(verändert|komisch|anders|kloßig|heiser|dumpf)",
            r"zunge.{0,15}(geschwollen|dick|hebt|schwillt)",
            r"mund nicht (mehr )?(richtig )?öffnen",
            # "je peux plus avaler ma salive": "plus" as well as "pas" (ASMBS / BOMSS: not even saliva
            # or water going down after a sleeve is an obstruction or leak)
            r"(du mal à|difficulté à|(peux|peut|arrive) (pas|plus)( à)?|n'arrive (pas|plus) à|mal pour|mal quand j'|douleur pour) (avaler|déglutir)",
            # "cou" as a word: "au se*cou*rs, mes fesses sont dures" is no neck
            r"\b(sous la mâchoire|mâchoire|plancher de la bouche|cou\b|menton|sous la langue|gorge)\w*"
            + _NO_BRUISE_GAP
            + r"{0,25}(gonfl|enfl|dur)",
            # "cou" as a word here too: "a gonflé d'un coup" (all at once) is no neck
            r"(gonfl|enfl)\w*" + _NO_BRUISE_GAP + r"{0,25}(mâchoire|cou\b|menton|gorge|plancher)",
            r"voix.{0,15}(changé|bizarre|étouffée|rauque|différente)",
            r"langue.{0,15}(gonfl|enfl)",
            r"ouvrir la bouche",
            r"(трудно|больно|тяжело|не могу|сложно) (глот|сглот|проглот)",
            r"глота\w*.{0,10}(трудно|больно|не могу|тяжело)",
            r"(под челюстью|челюст|шея|шеи|шею|подбород|дно рта|под языком|горло)\w*"
            + _NO_BRUISE_GAP
            + r"{0,25}(опух|отек|отёк|распух|твердое|твёрдое)",
            r"(опух|отек|отёк|распух)\w*"
            + _NO_BRUISE_GAP
            + r"{0,25}(под челюстью|челюст|шея|шеи|шею|подбород|дно рта|под языком)",
            r"голос.{0,15}(изменил|стал|сел|хрип|странн|другой)",
            r"язык[^.!?\n]{0,15}(опух|распух|отек|отёк)",  # within its sentence: "...язык. Отёк спадает"
            r"не могу открыть рот",
            r"(صعوبه|صعوبة|صعب|ما اقدر|ما أقدر|لا أستطيع|مش قادر|مو قادر|يوجعني) (في )?(البلع|ابلع|أبلع|بلع|تبلع|يبلع|نبلع)",
            r"(تحت الفك|الفك|تحت الحنك|الحنك|الرقبه|رقبتي|تحت اللسان|قاع الفم|الذقن)\w*"
            + _NO_BRUISE_GAP
            + r"{0,25}(تورم|منتفخ|انتفاخ|ورم|وارم|متورم)",
            r"(تورم|انتفاخ|ورم|منتفخ|وارم)\w*"
            + _NO_BRUISE_GAP
            + r"{0,25}(تحت الفك|الفك|الحنك|الرقبه|رقبتي|تحت اللسان|الذقن)",
            r"صوتي.{0,10}(تغير|متغير|مبحوح|غريب|مخنوق)",
            r"لساني (منتفخ|وارم|متورم)",
            # Arabizi, vowels dropped as patients type it: "mesh 2ader abla3" (cannot swallow),
            # "ta7t el fak manfookh" (swollen under the jaw), "sooti etghayar" (my voice changed)
            r"\b(mesh|msh|mish|ma|mu|mo|m4) (b?(2|a2|e2)?[ae]?d[ae]?r\w*|3a?r[ae]?f\w*) [ae]?b[ae]?l[ae]?3",
            r"\b(sa3b|s3b|sa3ba) [ae]?b[ae]?l[ae]?3|\b(el |al )?bal3\b.{0,10}\b(sa3b|s3b|byewga3|mwaja3)",
            r"\b(ta7t|t7t|ta7at) (el |al |l)?(fak|fk|7anak|7nk|lsan|lesan|lisan|da2n|dhaqn)\b.{0,25}\b(m[ae]?nf[ou]+(5|kh)\w*|mt?f[ae]?kh\w*|w[ae]?r[ae]?m\w*|m[ae]?t?w[ae]?r+[ae]?m\w*|m[ae]?nt[ae]?f(5|kh)\w*|ta?wa?r+o?m)",
            r"\b(m[ae]?nf[ou]+(5|kh)\w*|w[ae]?r[ae]?m\w*|m[ae]?t?w[ae]?r+[ae]?m\w*|ta?wa?r+o?m|ent[ie]?f[ae]?(5|kh))\b.{0,25}\b(ta7t|t7t) (el |al |l)?(fak|fk|7anak|lsan|lesan|da2n)\b",
            r"\b(ra2ab|rgb|raqab|ra2bt)\w*.{0,40}\b(wer2|war[ae]m|mnfo5|manfookh|na4f|nashf|7agar|7ajar)",
            r"\b(soo?ti|sawti|sowti|swti|el sot|el sawt)\b.{0,15}\b(et?gh?a?y+[ae]?r\w*|mt?gh?a?y+[ae]?r\w*|m[ae]?b7o*7\w*|ghar[ie]+b|m[ae]?(5|kh)no*2)",
        ),
        not_in=(_LIPO_NO_AIRWAY, _BREASTS_HIGH_NO_AIRWAY),
        # A forehead swelling that sinks to the eyes days after a hair transplant is the expected
        # course (ISHRS patient information: forehead swelling on days 2-5 settles through the
        # eyelids); it is no spreading dental infection -- unless swallowing or breath is told.
        unless=(
            r"(forehead|aln(ım|ı|im|i)\w*|stirn|\bfront\b|лоб|лба|جبه|جبين|جبهت)\w*.{0,30}(swell|swollen|şiş|schwell|geschwoll|gonfl|enfl|отек|отёк|опух|ورم|انتفاخ|منتفخ)\w*.{0,40}(eyes?|göz|auge|yeux|oeil|глаз|عيون|عين)(?!.{0,80}(swallow|breath|yut|nefes|schluck|atm|aval|respir|глота|дыш|بلع|نفس|تنفس))",
            # Hard to swallow *a pill or capsule whole* is a tablet's size -- bariatric aftercare
            # (BOMSS / NHS weight-loss surgery leaflets) tells patients to crush or open them in
            # the first weeks -- not a closing throat; water, saliva or breath told beside it is.
            # (the thirty-fifth round's: the Arabic verb with its object pronoun, "ابلعها كاملة",
            # and "whole" in each language: "كاملة", "целиком", "entière", "bütün"; the thirty-
            # eighth round's: the tablet first with a case ending or in a compound, "tableti",
            # "Kalziumtablette", "حبة الكالسيوم", and the perfective "проглотить")
            r"(swallow\w*|schluck\w*|avaler|yutmak\w*|yutmakta|глота\w*|проглот\w*|بلع\w*)\b.{0,25}\b(pills?|tablets?|capsules?|them whole|it whole|whole|tablett\w*|kapsel\w*|comprimés?|gélules?|cachets?|hap\w*|kapsül\w*|таблет\w*|капсул\w*|целиком|entiers?|entières?|bütün\w*|كامل\w*|حبوب|حبه|حبة|كبسول\w*)(?!.{0,60}(water|saliva|spit|breath|liquid|wasser|speichel|atem|eau|salive|respir|su\b|tükür|nefes|вод|слюн|дыш|(?<!\w)(مي|ميه|مية|مويه|موية|الميه|المويه|ماء|الماء|ريق|ريقي|الريق|نفسي|النفس|تنفس\w*|اتنفس|أتنفس)(?!\w)|ضيق (في )?(ال)?نفس))",
            r"\b(pills?|\w*tablet\w*|capsules?|\w*kapsel\w*|comprimés?|gélules?|hap\w*|kapsül\w*|таблет\w*|капсул\w*|حبوب|حبه|حبة|كبسول\w*)\b.{0,40}(swallow\w*|schluck\w*|avaler|yut\w*|глота\w*|проглот\w*|بلع)(?!.{0,60}(water|saliva|spit|breath|liquid|wasser|speichel|atem|eau|salive|respir|su\b|tükür|nefes|вод|слюн|дыш|(?<!\w)(مي|ميه|مية|مويه|موية|الميه|المويه|ماء|الماء|ريق|ريقي|الريق|نفسي|النفس|تنفس\w*|اتنفس|أتنفس)(?!\w)|ضيق (في )?(ال)?نفس))",
        ),
    ),
    RedFlag(
        id="ohss_abdomen",
        system="ovarian hyperstimulation (OHSS) / abdomen",
        procedures=("ivf", "bariatric", "abdominal"),
        source="ESHRE guideline 'Ovarian stimulation for IVF/ICSI' (2019) and RCOG Green-top Guideline No. 5 'Management of OHSS'; HFEA 'Risks of fertility treatment' (tight swollen abdomen, breathlessness, passing little urine, rapid weight gain)",
        patterns=(
            r"(belly|tummy|stomach|abdomen)\w*.{0,30}(tight|hard|huge|distended|like a balloon|like a drum|getting bigger|bigger and bigger|look pregnant|looks pregnant|so swollen|very swollen|really swollen|rigid)",
            r"(tight|hard|distended|huge|rigid|tense) (swollen )?(belly|tummy|stomach|abdomen)",
            r"gained " + _KG_OVER_1 + r" ?(kg|kilos?|pounds|lbs?)",
            # measured only (HFEA: rapid weight gain, a growing waist): kilos gained or a girth in
            # cm larger than before, told after an egg collection (after a liposuction or a BBL,
            # kilos are the swelling and the diet, not OHSS)
            _IVF
            + r"(weight|gewicht|poids|kilo|вес|الوزن|وزني)\w*.{0,15}(up|went up|gained|zugenommen|gestiegen|pris|augmenté|arttı|aldım|вырос|прибав\w*|زاد|زايد)\w* .{0,6}"
            + _KG_OVER_1
            + r" ?(kg|kilo|кг|كيلو|كغ)",
            _IVF
            + r"(zugenommen|pris|aldım|набрал\w*|прибавил\w*|زدت|زاد وزني)\w* .{0,6}"
            + _KG_OVER_1
            + r" ?(kg|kilo|кг|كيلو|كغ)",
            # a weight written with a plus ("вес +3,5 кг за сутки", "weight +2 kg")
            _IVF
            + r"(weight|gewicht|poids|kilo|вес|الوزن|وزني)\w*[ :]{0,3}\+ ?"
            + _KG_OVER_1
            + r" ?(kg|kilo|кг|كيلو|كغ)",
            _IVF
            + r"(?<![\d.,])"
            + _KG_OVER_1
            + r" ?(kg|kilo|кг|كيلو)\w* (zugenommen|aldım|pris|набрал\w*|прибавил\w*|زيادة|زياده)",
            _IVF
            + r"(waist|girth|belly|tummy|abdomen|bauchumfang|umfang|bauch|tour de (taille|ventre)|ventre|bel çevre\w*|karın çevre\w*|karn\w*|обхват\w*|талия|живот|محيط|بطن\w*)\w*.{0,25}\d{2,3} ?(cm|см|سم)\b.{0,30}(was|vorher|war|avant|était|önceden|idi|было|был|كان)\w*.{0,6}\d{2,3}",
            r"(karn|karın|mide)\w*.{0,25}(gergin|davul|taş gibi|sert|büyüdü|hamile gibi|çok şiş|kocaman)",
            r"bauch\w*.{0,25}(gespannt|prall|hart|aufgebläht(?!.{0,30}(nicht schlimmer|wird besser|wird weniger))|riesig|schwanger|wird immer dicker|trommel)",
            # (the fiftieth round's, de50: the drum told further on in the same sentence, past a
            # comparison or an "aber" -- "Bauch nach der Punktion wie bei der Periode, aber wie ne
            # Trommel", "my belly since the retrieval is, honestly, like a drum" -- RCOG Green-top
            # No. 5: a tense, distended abdomen is the OHSS sign; no negation in the gap)
            r"(belly|tummy|stomach|abdomen|bauch|ventre|karn|karın|живот|بطن)\w*(?:(?!\b(not|isn'?t|nicht|kein\w*|pas|не|مش|مو|ما)\b)[^.!?\n]){0,60}"
            r"(like a drum|wie (eine |ne |'ne |n )?trommel|trommelbauch|comme un tambour|davul gibi(?! değil)|как барабан|(زي|مثل|متل) (ال)?طبل)",
            r"(ventre|abdomen)\w*.{0,25}(tendu|dur|énorme|ballonné|enceinte|gonfle de plus en plus|très gonflé|comme un ballon)",
            r"(живот)\w*(?:(?!"
            + _NOT
            + r").){0,25}(вздут|напряж|тверд|твёрд|раздул|огромн|барабан|беременн|растет|растёт|сильно опух)",
            r"(بطني|البطن|بطن)\w*.{0,25}(منتفخ|منفوخ|مشدود|قاسي|كبير|زي الحامل|مثل الحامل|يكبر|ناشف|صلب|طبل)",
            # Arabizi: "batni mnfo5a w mshdoda" (vowels dropped, 5/7/2 for kh/h/hamza)
            # the gap never crosses an Arabizi negation ("batni mish manfou5": not swollen)
            r"\b(batni|batny|el ?batn|batn|ba6ni|ba6n)\b"
            + _NOT_AZ_GAP
            + r"\b(m[ae]?nf[ou]+(5|kh)\w*|m[ae]?nt[ae]?f(5|kh)\w*|m[ae]?sh?d[ou]+d\w*|2as[iy]\w*|ase\b|kb[ie]+r|zay el 7aml?|metl el 7aml?)",
        ),
        # "a bit tight" after a tummy tuck is the plication and the binder (ASPS abdominoplasty
        # recovery: tightness for weeks); OHSS is described as tight *and* growing, drum-like.
        # Firm lumps "in places" weeks after liposuction are induration (ASPS liposuction
        # recovery), not a belly that is tense all over -- unless growth or breathing is told.
        unless=(
            # pulling or bloating told like a period's ("как перед месячными", "like before my
            # period", "wie vor der Periode", "comme avant les règles", "regl öncesi gibi", "زي
            # الدورة"): the expected course after an egg collection (HFEA 'Egg collection': mild
            # period-like cramps and bloating for a few days) -- unless the window tells the belly
            # growing, a drum, hard or tight
            r"^(?s:(?!.*(grow|bigger|drum|tight|hard|größer|wächst|trommel|hart|gespannt|grandit|gross|tambour|tendu|dur\b|büyü|davul|sert|gergin"
            r"|раст|увеличива|барабан|тверд|напряж|يكبر|طبل|مشدود|قاسي)).*"
            r"((like|as) (before |during |with )?(a |my )?period|period[- ](like|pain|cramp)|menstrua"
            r"|wie (vor|bei|während) (der |meiner |den |ner )?(periode|regel|mens|tage)|regelschmerz|periodenschmerz"
            r"|comme (avant|pendant) (les|mes) règles|comme des règles|douleurs? de règles"
            r"|(regl|adet)\w* (öncesi|dönemi|zamanı)? ?gibi|(regl|adet) (ağrısı|sancısı)"
            r"|как (перед|при|во время) месячн|как при менструац"
            r"|(زي|مثل|متل|كأنه|كانه) (وجع |ألم |الم )?(ايام )?(ال)?(دوره|دورة|الدوره|الدورة|حيض)))",
            # a belly told only "a bit" bloated ("بطني منفوخ شوي", "a bit bloated", "un peu
            # ballonné") -- after a sleeve, and after an egg collection too (HFEA: mild bloating
            # is common) -- is no OHSS unless the hit's window tells it growing, tight or hard,
            # or breath or urine (urine told normal, "j'urine normalement", is no sign)
            r"^(?s:(?!.*(يكبر|مشدود|قاسي|طبل|نفس|بول(?! عادي)|grow|bigger|tight|hard|drum|breath|pee(?!\w* (normal|fine|ok))|urin(?!\w* (normal|fine|ok))|gross|tendu|dur\b|respir|größer|hart|gespannt|atem|büyü|sert|gergin|nefes|раст|тверд|напряж|дыш|моч(?!\w* нормальн)|"
            # (the forty-third round lead's: nor with more than a kilo told gained -- RCOG: over a
            # kilo a day is the warning, and the thirtieth round holds one kilo no sign: "Bauch
            # etwas aufgebläht, 3 kg zugenommen" was routine; "0,5 kg", "1 kg" stay cleared)
            + r"(?<![\d.,])"
            + _KG_OVER_1
            + r" ?(\bkg\b|kilo|\bкг\b|كيلو))).*"
            r"((منتفخ|منفوخ|bloated|ballonn\w*|aufgebläht|gebläht|şişkin|вздут\w*)\w* (شوي|شويه|شوية|بسيط|خفيف|a bit|a little|slightly|un peu|légèrement|etwas|leicht|ein bisschen|bisschen|bissl|bissel|biraz|hafif|немного|чуть|слегка)"
            r"|(a bit|a little|slightly|un peu|légèrement|etwas|leicht|ein bisschen|bisschen|bissl|bissel|biraz|hafif|немного|чуть|слегка|شوي|شوية|شويه) (bloated|ballonn\w*|aufgebläht|gebläht|şişkin|вздут\w*|منفوخ|منتفخ)))",
            r"(in places|in spots|lumpy|lumps|bumpy|uneven|patchy|stellenweise|knotig|knubbel|huckel|hubbel|uneben|dellig|krater|par endroits|bosselé|grumeleux|yer yer|yumru|bölge bölge|местами|бугрист|комк|шишк|كتل|أماكن|اماكن)(?!.{0,40}(davul|büyü|hamile|nefes|kocaman|drum|bigger|pregnant|breath|trommel|atem|tambour|enceinte|respir|барабан|беременн|дыш|растет|растёт|طبل|حامل|نفس))",
            # the tightness or hardness denied right where it is told ("tummy soft not tight",
            # "Bauch weich, nicht hart", "ventre souple pas dur", "karnım gergin değil", "живот
            # не напряжён", "بطني مش مشدود") -- unless growth or breath follows
            r"(\b(not|isn'?t|nicht|pas|не|مش|مو|ما|مب|غير) (so |very |really |at all |too |zu |trop |очень |вообще )?(tight|hard|tense|rigid|distended|gespannt|hart|tendu|dur|напряж\w*|тверд\w*|тв[её]рд\w*|مشدود|قاسي)|(gergin|sert|şiş)\w* değil)(?!.{0,40}(davul|büyü|hamile|nefes|kocaman|drum|bigger|grow|pregnant|breath|trommel|größer|atem|tambour|enceinte|gross|respir|барабан|беременн|раст|дыш|طبل|يكبر|حامل|نفس))",
            r"(biraz|hafif|azıcık|a bit|a little|slightly|etwas|leicht|ein bisschen|un peu|légèrement|немного|чуть|слегка|شوي|شوية|شويه|قليلا|خفيف) (tight|gergin|gespannt|tendu|напряж\w*|مشدود)(?!.{0,40}(davul|taş gibi|sert|büyü|hamile|nefes|kocaman|drum|bigger|pregnant|breath|trommel|atem|tambour|enceinte|respir|барабан|беременн|дыш|طبل|حامل|نفس))",
            # a belly told bloated (more than this morning, even) beside breathing denied *and*
            # urine told normal, nothing tight, hard, drum-like, huge or weighed: RCOG Green-top
            # No. 5 grades bloating with mild pain or nausea as mild or moderate OHSS, looked at
            # the same day; the severe signs are breathlessness and little urine -- here both
            # ruled out ("no breathlessness, peeing normally", "keine Atemnot, Wasserlassen normal",
            # "pas essoufflée, j'urine normalement", "nefes darlığı yok, idrarım normal", "одышки
            # нет, мочусь нормально", "ما عندي ضيق نفس والبول طبيعي")
            rf"^(?s:{_OHSS_NOT_SEVERE}{_BREATH_DENIED}{_URINE_NORMAL}"
            r".*(bloat|swollen|ballonn|gonfl|gebläht|aufgebläht|geschwollen|şiş|вздут|опух|منفوخ|منتفخ))",
            # a belly told only "a bit" bloated with breathing denied ("keine Atemnot, Bauch etwas
            # aufgebläht", "одышки нет, живот чуть вздут"): the mild OHSS or the ordinary
            # bloating of HFEA 'Egg collection' -- the denied breath is no breath told (the "a bit"
            # exception above reads any breath word as told)
            rf"^(?s:{_OHSS_NOT_SEVERE}{_BREATH_DENIED}.*"
            r"((bloat\w*|ballonn\w*|aufgebläht|gebläht|şişkin\w*|вздут\w*|منفوخ|منتفخ) (a bit|a little|slightly|un peu|légèrement|etwas|ein bisschen|leicht|biraz|hafif|немного|чуть|слегка|شوي|شويه|شوية|بسيط)"
            r"|(a bit|a little|slightly|un peu|légèrement|etwas|ein bisschen|leicht|biraz|hafif|немного|чуть|слегка|شوي|شوية|شويه) (bloated|ballonn\w*|aufgebläht|gebläht|şişkin\w*|вздут\w*|منفوخ|منتفخ)))",
        ),
        # After a liposuction or a BBL the belly is hard, swollen and numb for weeks (ASPS
        # 'Liposuction -- recovery': swelling, firmness, bruising and numbness; NHS
        # 'Liposuction -- risks'): without an egg collection in the message, and with nothing
        # growing, no breathlessness and no little urine, that is no OHSS.
        not_in=(
            # (?s: ...) so that "." crosses line breaks; the folding lower-cases "\\S" away
            _OHSS_NONE
            + r".*(\blipo|liposu|fettabsaug|absaugung|\bbbl\b|brazilian butt|fat transfer|eigenfett|lipoaspiration|liposuccion|липо|липосак|شفط|نقل دهون|liposak|yağ aldır"
            # a tummy tuck (ASPS 'Abdominoplasty -- recovery': the belly is tight, firm and numb
            # below the navel for weeks; the patient walks bent over at first)
            r"|tummy tuck|abdominoplast|bauchdeckenstraffung|bauchstraffung|plastie abdominale|karın germe|karin germe|абдоминопласт|شد البطن|شد بطن|شد الكرش"
            # the tummy tuck told by its posture, not its name: walking bent, not standing up
            # straight (ASPS 'Abdominoplasty -- recovery'; the twenty-eighth round's cannot_stand)
            r"|walk\w* (bent|hunched|stooped)|bent (over|double) (when|to) walk|can'?t stand (up )?straight"
            r"|gebückt|krumm (gehen|laufen)|nicht (gerade|aufrecht) (stehen|gehen|laufen)"
            r"|(marche|marcher) (penché|courbé|pliée?)|pas (me )?(tenir|redresser) droite?"
            r"|eğil\w* yürü|kambur yürü|dik (duramıyorum|duramıyom|yürüyemiyorum)"
            r"|(хожу|хожу|иду) (согнув\w*|сгорбив\w*|скрюч\w*)|не (могу )?(стоять|встать|выпрямиться|разогнуться)( прямо)?"
            r"|(امشي|أمشي|بمشي|تمشي) (منحني|منحنيه|منحنية|محني|محنيه|محنية|معوج|مقوس|مقوسه|مقوسة)|(ما|مو|مش|لا) (اقدر|أقدر|قادر|قادره|تقدر) (اوقف|أوقف|اقف|أقف) (مستقيم|معتدل|منتصب|مفرود|عدل\b)"
            r"))",
            # a belly told hard *and numb*, or hard around a scar, is the operated skin and the
            # plication -- OHSS after an egg collection leaves no scar and no numb skin; the same
            # guards (no egg collection, nothing growing, no breathlessness, no little urine)
            _OHSS_NONE + r"(?=.*(\bnumb|taub|engourdi|insensible|uyuş|онем|немеет|خدر|منمل|تنمل))"
            r"(?=.*(scar|narbe|cicatrice|yara izi|dikiş|шрам|шов|ندب|الجرح|nombril|navel|belly button|bauchnabel|göbek|пупок|سره|السرة)))",
            # a belly bloated in a message that tells constipation ("4 days without a stool,
            # belly bloated, drinking fine") is the constipation (NHS 'Constipation': bloating and
            # stomach ache are its symptoms; ASMBS: constipation is common after a sleeve) -- the
            # same guards; vomiting with no stool and no wind is the catalogue's bowel obstruction
            _OHSS_NONE
            + r".*(constipat|no (bowel movement|stool|poo)|haven'?t (pooed|pooped|been to the toilet)"
            r"|verstopf|kein stuhlgang|constip|pas (été|allée?) à la selle|kabız|kabiz|tuvalete çıkamadım|запор|не (было )?стула"
            r"|امساك|إمساك|مدخلتش الحمام|ما دخلت الحمام|ما رحت الحمام|مروحتش الحمام))",
            # a belly swollen by the evening and flat again in the morning (the forty-sixth
            # round's, ``_BELLY_EVENING_ONLY``): the course of the weeks after a tummy tuck
            _BELLY_EVENING_ONLY,
        ),
    ),
    RedFlag(
        id="low_urine_output",
        system="kidney / OHSS / dehydration",
        procedures=("ivf", "bariatric", "any"),
        source="RCOG Green-top Guideline No. 5 and HFEA (OHSS: passing little urine); NHS 'Urinary retention' (unable to pee is an emergency); NHS 'Dehydration'",
        patterns=(
            r"(barely|hardly|not|haven'?t|can'?t|cannot|unable to|didn'?t) (been able to )?(pee|peeing|peed|urinat|wee|go to the toilet)",
            # dark urine alone, with fluids still going down, is dehydration for a same-day review
            # (NHS 'Dehydration': dark yellow pee -- drink more, ask 111 if it does not improve;
            # lexicon.SYMPTOMS); little or none, or brown like cola or tea, is the emergency
            r"(very )?(little|no) (urine|pee|wee)|\bdark (brown|cola|tea)[- ]?(colou?red )?(urine|pee|wee)",
            r"(urine|pee|wee)\w*.{0,15}(very little|barely|not much|hardly|stopped|dark brown|a trickle|a few drops|like a trickle)",
            r"(only |just )?(a few drops|a trickle|barely any|hardly any|a tiny bit) (of )?(urine|pee|wee)",
            # word starts: "çiş" is not the "cis" of "denetcisi", nor "az" the end of "yaz"
            r"\b(idrar|çiş)\w*.{0,20}\b(az\b|çıkmıyor|yapamıyorum|gelmiyor|azaldı|yapamadım|kesildi)",
            r"\b(az|hiç) (idrar|çiş)",
            r"(kaum|wenig|kein|fast kein|nicht) (urin|pipi|wasserlassen|wasser lassen)",
            r"(pinkel|urinier|uriniere|wasserlass)\w*.{0,15}(kaum|nicht|wenig|selten)",
            r"(peu|presque pas|plus) (d'urine|uriné|de pipi|fait pipi)",
            r"(urine|pipi)\w*.{0,15}(très peu|presque plus|plus du tout|marron|brun|couleur (coca|thé))",
            r"n'urine (plus|presque|pas)",
            r"(pas|plus|jamais) (uriné|urinée|fait pipi)\b.{0,10}depuis",
            r"\b\d+ ?(h|heures)\b.{0,25}(pas|plus) (uriné|urinée|fait pipi)|(pas|plus) (uriné|urinée|fait pipi) (depuis |en )?\d+ ?(h|heures)\b",
            r"(pisse|fais pipi)\w* (presque |quasiment )?(plus|pas|rien|à peine)\b",
            r"(мало|почти не|не могу|не) (мочи|писаю|писать|мочусь|мочиться|хожу в туалет)",
            r"мочи.{0,10}(мало|почти нет|нет)",
            r"\bмоч[аиу]\b.{0,25}(очень мало|мало|почти нет|совсем нет|коричнев|цвета (чая|пива|колы)|как (чай|пиво|кола))",
            r"\bidrar\w*.{0,20}(çay renginde|çay rengi|kahverengi|kola rengi)",
            r"(не могу|не получается|не смог\w*) (по)?(мочиться|писать|пописать)",
            r"мочев\w* пузыр\w*.{0,25}(распира|полн|лопн|болит)",
            # told of a daughter or a husband ("писает очень мало", "elle fait très peu pipi",
            # "بتبول قليل كثير"), as little urine as the patient's own
            r"(писает|писала|мочится|мочилась)\w*.{0,10}(очень мало|мало|почти не|редко)|(мало|почти не|редко) (писает|мочится)",
            r"(fait|fais|faisait) (très |vraiment )?peu pipi|(urine|pipi) (très |vraiment )?peu\b",
            r"(يبول|تبول|بيبول|بتبول|تتبول|يتبول)\w* (قليل|شوي|نادر)",
            # Russian typed in Latin letters the language guess may not flag as Russian
            r"\b(ne mogu|ne poluchaetsya|ne smogl?a?) (po)?(mochitsya|mochitsia|pisat|popisat)",
            r"\bmochev\w* puzyr\w*.{0,25}(raspira|poln|lopn|bolit)",
            r"(البول|بول|التبول)\w*.{0,15}(قليل|قل|ما ينزل|ما يطلع|ما ينزلش|غامق (زي|مثل|متل|كأنه|كانه|لون) ?(ال)?(شاي|كولا|بيبسي))",
            r"(ما|لا) (اتبول|أتبول|ابول|أبول|اقدر اتبول)",
            r"(ما|لا|مو) ?(بلت|بليت|تبولت|شخيت|دخلت الحمام)\b.{0,5}(من|له|لي|طول|كل)",
            r"(ما|لا) (قدرت|اقدر|أقدر|استطيع|أستطيع) (اتبول|أتبول|ابول|أبول|التبول)",
            # Egyptian "I can't go to the toilet" ("مش عارفة اعمل حمام") counted in hours: urine held,
            # not a bowel that has had days to stop
            r"(مش|ما|مو) ?(عارف|قادر|قدرت|بقدر|اقدر)\w* (اعمل|ادخل) (ال)?حمام\w*.{0,40}\bساع"
            r"|\bساع\w*.{0,40}(مش|ما|مو) ?(عارف|قادر|قدرت|بقدر|اقدر)\w* (اعمل|ادخل) (ال)?حمام",
            r"(المثانه|المثانة|مثانتي)\w*.{0,20}(منفوخ|مليان|توجع|راح تنفجر|بتنفجر)",
            r"\bbladder\b.{0,25}(full|bursting|about to burst|so full|distended)",
            r"(mesane|mesanem)\w*.{0,25}(patlayacak|dolu|şişti)",
            r"\bblase\b.{0,25}(platzt|voll|drückt stark)",
            r"\bvessie\b.{0,25}(pleine|va exploser|éclater)",
            # urine passed only once in a day or since yesterday (RCOG/HFEA: OHSS; NHS 'Dehydration')
            r"\b(peed|pee'?d|urinated|weed|wee'?d|passed (urine|water)|been to the (toilet|loo) to pee)\b.{0,10}(only |just )?once\b",
            r"\b(only|just) (peed|urinated|weed|passed urine) once\b",
            r"(pipi|uriné|urine)\w*.{0,10}(qu')?une (seule )?fois|une seule fois.{0,20}(pipi|uriné|urine)",
            r"nur (ein|1) ?mal.{0,25}(pinkeln|gepinkelt|wasser gelassen|auf (der |die )?toilette|urin|pipi)",
            r"(gepinkelt|wasser gelassen|pipi gemacht|uriniert)\w*.{0,15}nur (ein|1) ?mal",
            r"\burin\w*.{0,15}(dunkelbraun|braun|wie cola)|\burin\w*.{0,30}\b(ganz wenig|sehr wenig|kaum)\b",
            r"(sadece|yalnızca|bir tek|ancak) (bir|1) (kez|kere|defa) (çiş|idrar|tuvalet)",
            r"(çiş|idrar)\w*.{0,20}(sadece|yalnızca|ancak) (bir|1) (kez|kere|defa)",
            r"(помочил|пописал|мочил|сходил\w* в туалет по)\w*.{0,20}(всего|только|лишь) (один|1) раз",
            r"(всего|только|лишь) (один|1) раз.{0,20}(помочил|пописал|сходил\w* (в туалет|по-маленькому))",
            r"(تبولت|بلت|دخلت الحمام|رحت الحمام)\w*.{0,15}(بس|فقط) ?(مره|مرة) (وحده|وحدة|واحده|واحدة)",
            r"(بس|فقط) (مره|مرة) (وحده|وحدة|واحده|واحدة).{0,15}(تبولت|بلت|دخلت الحمام|رحت الحمام)",
        ),
        # the forty-second round's: urine dark or scant while the patient drinks and does not
        # vomit, nothing of the emergency told (:data:`_FLUIDS_KEPT_DOWN`) -- early
        # dehydration, the same-day dehydration_review below, not the on-call
        unless=(_FLUIDS_KEPT_DOWN,),
    ),
    RedFlag(
        id="breast_haematoma",
        system="haematoma (breast, face, neck)",
        procedures=("breast", "facelift"),
        source="ASPS (American Society of Plastic Surgeons) 'Breast augmentation -- risks and safety' and 'Facelift -- risks' (an expanding haematoma: one side suddenly larger, tense, very painful); NHS 'Breast implants -- risks'",
        patterns=(
            r"(صدري|ثديي|الثدي|النهد)\w* ?(اليمين|الشمال|اليسار|الأيمن|الايمن|الأيسر|الايسر|اليمنى|اليسرى)?.{0,30}(ضعف|اكبر من|أكبر من|زي البلون|مثل البالون|منفوخ)",
            r"(اليمين|الشمال|اليسار|اليمنى|اليسرى)\w*.{0,20}(ضعف|اكبر بكثير|أكبر بكثير) (ال)?(تاني|ثاني|الشمال|اليمين)",
            r"one (breast|side|boob)\w*.{0,30}(bigger|larger|swollen|hard|tense|tight|huge|much more|double)",
            r"(left|right) (breast|boob|side)\w*.{0,30}(bigger|larger|much more swollen|hard as|tense|very painful|tight|huge|double)",
            r"(breast|boob)\w*.{0,25}(sudden(ly)?|rapidly|fast|overnight).{0,10}(swell|bigger|larger|hard)",
            r"(swelling|swollen|bruise|bruising)\w*.{0,20}(getting bigger|growing|spreading fast|by the hour|rapidly|suddenly|much bigger)",
            r"one side of (my )?(face|neck|chest).{0,25}(swell|swollen|bigger|tight|hard)",
            # an expanding haematoma is one side, or one region, swelling within hours (breast,
            # face, neck): "the right one suddenly got way bigger", "la joue droite a gonfle tres
            # vite en une heure"; a swelling that goes *down* quickly is healing, not this.
            r"(left|right) (one|cheek|eyelid|jaw|side of (my )?(face|neck|chest))\b.{0,50}(bigger|larger|swell|swollen|puff|balloon)",
            r"(sudden(ly)?|rapid(ly)?|very fast|so fast|so quickly|within (an|one|a few|\d+) hours?|in (like |about )?(an|one|\d+|half an) hours?)\b.{0,30}\b(got |gets |getting |became |has become )?(way |much |a lot |so |really )?(bigger|larger|swell(ing|ed|s)?\b(?! ?(went|goes|going|gone|came|come|has gone|is going)? ?down)|ballooned|puffed up)",
            r"swell\w* (up )?(so |very |really )?(fast|quickly|rapidly|suddenly|within (an|one|\d+) hours?|in (an|one|\d+) hours?)\b(?! ?(went|goes|going|gone|came|come|has gone|is going)? ?down)",
            r"\b(twice|double) the size\b",
            r"\b(much|way|a lot) (bigger|larger) than the other",
            r"(swell\w*).{0,15}(more and more|worse and worse|keeps growing|keeps getting bigger)",
            # a worsening time course in hours (ASPS: an expanding haematoma swells by the hour):
            # "gets bigger every hour", "von Stunde zu Stunde", "d'heure en heure", "saat saat",
            # "с каждым часом", "كل ساعة"
            r"(swell|swollen|bruis|bigger|larger|schwell|geschwoll|dicker|größer|gonfl|enfl|gros|şiş|büyü|опух|отек|отёк|раздува|больше|انتفاخ|منتفخ|ورم|تورم|يكبر|يزيد)\w*"
            + _CALM_GAP
            + r"(every hour|each hour|by the hour|hour by hour|jede stunde|von stunde zu stunde|stündlich|d'heure en heure|chaque heure|saat saat|her saat|saatten saate|с каждым часом|каждый час|كل ساعه|كل ساعة|ساعه بساعه|ساعة بساعة)",
            r"(l'un de mes seins|un de mes seins|un des seins|l'un des seins)\w*.{0,30}(plus gros|gonfl|dur|tendu|énorme|double)",
            r"(bir|sol|sağ|tek) (göğs|meme|taraf|yan)\w*.{0,30}(daha büyük|büyüdü|şişti|sertleşti|gergin|taş gibi|kocaman|iki katı)",
            r"(göğüs|meme)lerimden biri",
            # one side grown to twice the other's size within hours, the other side named in
            # between ("sağ göğsüm son 3 saatte soldakinin neredeyse 2 katı oldu"); twice the
            # size told over weeks is the asymmetry review
            r"(sağ|sol|bir|tek) (göğs|göğüs|meme|taraf|yan)\w*(?=.{0,60}(saatte|saat içinde|birden|aniden|bir anda)).{0,60}\b((\d|iki) kat(ı|ına)|iki misli)",
            r"şişlik.{0,20}(giderek büyüyor|büyüyor|hızla|birden)",
            r"(birden|aniden|bir anda|hızla|çok hızlı|bir saatte|\d+ saatte|saatler içinde).{0,30}(şişti|şişmeye|şişiverdi|büyüdü|kocaman)",
            r"(sağ|sol) (taraf|yan|göğ|meme|yanak)\w*.{0,50}(büyüdü|şişti|sertleşti|gergin|kocaman)",
            # the part's word ends before the size ("eine Brustvergrößerung" is the operation)
            # ("meine Brust" is my breast, both sides: the article "eine" as a word only)
            # (the forty-fifth round's: nor is the size the operation's name said again, "eine
            # Brustvergroesserung? ... Die Brustvergroesserung kostet": "-größerung" is no size)
            r"\b(eine|linke|rechte) (brust|seite|wange|backe|gesichtshälfte|halsseite)\w*\b.{0,60}(größer|dicker|geschwollen|hart|prall|gespannt|doppelt)(?!ung)",
            # (the fiftieth round's, de50: the colloquial size and tension as typed on a phone --
            # "eine Seite plötzlich dick und blau", "spannt wie verrückt" -- "dick" as a word of its
            # own, not "dicker Verband"'s bandage after it, and "spannt" as the verb: ASPS's expanding
            # haematoma is one side larger and tense; the breast or a side only -- a cheek "dick wie
            # ein Hamster" the day after implants is the expected swelling, as is a side of the face)
            r"\b(eine|linke|rechte) (brust|seite)\w*\b(?! (vom |des |im |der )?(gesicht|kiefer|mund|wange|backe|lippe))"
            r".{0,60}(\bdick\b(?! (verband|pflaster|bh\b|kompresse))|\bspannt\b)",
            r"(plötzlich|schlagartig|schnell|rasch|innerhalb (einer|von) (stunde|\d+ stunden)|in (einer|der letzten) stunde).{0,30}(größer|dicker|angeschwollen|geschwollen|aufgequollen|\bdick\b(?! (verband|pflaster|bh\b|kompresse)))",
            # quick to grow, not quick to go ("die Schwellung geht schnell zurück" is healing)
            r"schwellung.{0,20}(wird (immer )?größer|wächst|plötzlich|schnell(?! (zurück|weg|ab\b|besser|kleiner|weniger)))",
            # the side said after the part ("die Brust ist links auf einmal doppelt so groß")
            r"(brust|seite|wange|backe)\w* (ist |wird |wurde )?(links|rechts)\b.{0,40}(größer|dicker|geschwollen|prall|doppelt so)",
            # (the fiftieth round's, de50: the face or neck named, its side told a few words on --
            # "Gesicht nach dem Facelift rechts hart und riesig", "Hals links prall" -- ASPS
            # 'Facelift -- risks': an expanding haematoma is one side swollen, hard and painful; a
            # side told only "dick" or swollen -- the cheek after implants -- is the expected course,
            # as is the whole face swollen alike, no side told)
            r"\b(gesicht|hals|wange|backe)\w*\b(?:(?!\b(beide|beiden)\b)[^.!?\n]){0,25}\b(links|rechts)\b[^.!?\n]{0,30}(größer|riesig|prall|doppelt so|\bhart\b|steinhart|bretthart)",
            # "un sein" as its own words: "aucun sein n'est plus gros" (neither breast) denies it
            r"\b(un sein|sein gauche|sein droit|côté gauche|côté droit|un côté)\w*.{0,30}(plus gros|gonfl|dur|tendu|énorme|double)",
            r"gonflement.{0,20}(augmente|grossit|rapidement|d'un coup|soudain)",
            r"(joue|sein|côté|paupière|cou|mâchoire) (gauche|droit)e?\w*.{0,50}(gonfl|enfl|plus gros|grossi|tendu|dur)",
            r"(gonfl|enfl|grossi)\w*.{0,15}(très |super |trop )?(vite|rapidement|d'un coup|soudain\w*|brusquement|en (une|1|\d+) heures?)",
            r"(d'un coup|soudain\w*|brusquement|en une heure).{0,30}(gonfl|enfl|grossi|plus gros)",
            r"(одна|левая|правая|одной|левой|правой) (грудь|груди|сторона|стороны)\w*.{0,30}(больше|опух|тверд|твёрд|напряж|раздул|в два раза)",
            r"(отек|отёк|опухоль)\w*.{0,20}(растет|растёт|увеличива|быстро|резко)",
            r"(резко|внезапно|вдруг|за (час|полчаса|пару часов|\d+ час\w*)).{0,30}(опухл|отекл|увеличил|раздул|стала больше|стал больше|стала огромн)",
            r"(правая|левая|правой|левой) (щек|скул|век)\w*.{0,50}(опух|отек|отёк|больше|тверд|твёрд|напряж|раздул)",
            # the side alone, its breast or implant understood ("импланты как камни, правая стала
            # больше"): the one side growing or hardening is the haematoma (ASPS)
            r"\b(правая|левая)\b.{0,15}(стала|становится|раздул\w*|опухл\w*)\s*(гораздо |намного |заметно |резко |вдвое )?(больше|тверже|твёрже|огромн\w*)",
            r"(ثدي|صدري|الثدي|جهه|جهة|الجنب|جنب|الناحيه|ناحيه|الناحية)\w* ?(الايمن|الأيمن|الايسر|الأيسر|اليمين|اليسار|الشمال|وحده|وحدة)\w*.{0,30}(اكبر|أكبر|منتفخ|متورم|قاسي|مشدود|كبر)",
            r"(التورم|الورم|الانتفاخ).{0,20}(يكبر|يزيد بسرعه|فجأه|فجأة)",
            r"(فجأه|فجأة|فجاه|بسرعه|بسرعة|خلال ساعه|خلال ساعة|في ساعه|في ساعة|بساعه|بساعة).{0,30}(انتفخ|تورم|كبر|ورم|نفخ)",
            r"(انتفخ|تورم|كبر|ورم|نفخ)\w*.{0,20}(فجأه|فجأة|بسرعه|بسرعة|خلال ساعه|خلال ساعة)",
            # Arabizi (Gulf and Levantine, Latin letters with digits): one breast or side named
            # by its side ("el sadr el ymeen", "el jiha el shmal") tied to bigger, swollen, tight
            # or hard ("kbeer marra", "mshdood", "mnfo5", "2asi"/"gasi"), or one side bigger
            # than the other ("akbar 3an el yasar") -- the haematoma ASPS describes.
            _AZ_SIDE + r".{0,40}\b" + _AZ_BIGGER,
            r"\b(kb[ie]+r|kib[ie]+r|keb[ie]+r|kabeer|akbar|akbr|a?kbar)\w*.{0,20}\b(3an|3n|min|mn|men|mi[n]?) (el |al |l)?"
            r"(yasar|yesar|ysar|ysaar|ymeen|yemeen|yamin|yemin|ymin|shmal|shemal|shmel|tanya|tanyeh|tani|thani|thanya|t?anyeh)\b",
        ),
        # "a bit bigger than the other, not painful" is ordinary asymmetry while swelling settles.
        unless=(
            # the forty-first round's: neither side told bigger in Arabizi ("mafi 7arara wala wa7ad
            # akbar men el tani", "mish wa7ad akbar mn el tani") -- the asymmetry denied, as "ولا" and
            # "neither" deny it -- with nothing sudden, growing, tight or painful after it (ASPS: an
            # expanding haematoma is one side suddenly larger, tense and painful; both implants
            # high and firm in the first weeks is the expected course)
            r"\b(wala|wla|walla|mafi|mafish|mafeesh|mish|msh|mesh|mo|mu)\s+(wa7ad|wa7ed|wahad|wahed|wa7da|wahda|ay|aya)?\s*"
            r"(fihom|fihum|menhom|minhom)?\s*(a?kbar|akbr|kb[ie]+r)\w*\s+(3an|3n|min|mn|men|mi)\b"
            r"(?!.{0,60}(fag2a|faj2a|fja2a|besor3a|bsor3a|bikbar|bykbar|byekbar|byzid|bizeed|m[ae]?sh?d[ou]+d|yewja3|byewja3|bywja3|btewja3|yoja3))",
            # (a hardness or pain denied after it -- "nicht hart", "not painful", "pas dur", "sert
            # değil", "не твёрдая", "مو قاسي" -- is no hardness told); so a swelling told growing
            # *slowly* over days ("langsam dicker", "gradually", "petit à petit", "yavaş yavaş",
            # "постепенно", "شوي شوي"): ASPS's expanding haematoma swells within hours
            r"(a bit|a little|slightly|un peu|légèrement|etwas|ein bisschen|bisschen|bissl|bissel|leicht|biraz|hafif|azıcık|немного|слегка|чуть|شوي|شوية|شويه|بسيط"
            r"|slowly|gradually|langsam|allmählich|nach und nach|lentement|progressivement|petit à petit|yavaş yavaş|yavaşça|медленно|постепенно|تدريجي\w*|بالتدريج|شوي شوي|بشويش)"
            r"(?!.{0,60}(?<!not )(?<!n't )(?<!nicht )(?<!kein )(?<!pas )(?<!не )(?<!مو )(?<!مش )(?<!ما )(?<!غير )"
            r"(very|really|extremely|hard|tense|painful|hurts|très|dur|tendu|sehr|hart|prall|schmerzt|çok|sert|taş|очень|тверд|твёрд|مره|جدا|قاسي|يوجع)(?!\w* değil))",
            # ... in Arabizi, "a bit" next to the bigger word ("akbar shway", "shwaya kbeer")
            # with no intensifier, hardness or pain after it
            r"\b(kb[ie]+r|kib[ie]+r|keb[ie]+r|kabeer|akbar|akbr|mnfo5|mtwarem)\w* (shwa?y+a?|shwai|shwy|swy)\b"
            r"(?!.{0,60}(marra|wayed|waaje?d|ktir|kteer|jiddan|geddan|awi|2awi|yoja3|yewja3|bywja3|btewja3|y3awer|2as|gas|mshd|msh?d[ou]+d))",
            # one side more swollen "but soft" ("mais c'est mou", "aber weich", "ama yumuşak", "но
            # мягкая", "بس طري") with nothing hard, tense, painful or growing told after it: an
            # expanding haematoma is tense, painful and grows (ASPS) -- this is the asymmetric
            # swelling a person looks at the same day, not the on-call ("augmente" cut short by the
            # window's end, "... ça augmente p", is the denied growth)
            r"\b(but|aber|mais|ama|но|بس|لكن)\b,? (it'?s |it is |it feels |still |es ist |ist |sie ist |fühlt sich |c'est |elle est |il est |reste |она |он |هو |هي )?"
            r"(soft|weich|mou|molle|souple|yumuşak|мягк\w*|طري\w*)\b"
            r"(?!.{0,60}(hard|tense|tight|painful|grow|bigger|hart|prall|gespannt|schmerzhaft|größer|wächst|dur\b|tendu|douloureu|grossit|augmente(?! pas| pa?$| ?$)|sert|gergin|büyü|тверд|тв[её]рд|напряж|раст[её]т|увеличива|قاسي|مشدود|يكبر|يوجع))",
            # both sides told the same ("both sides look the same", "beide Seiten gleich", "pareil
            # des deux côtés", "iki taraf da aynı", "с обеих сторон одинаково", "الجهتين نفس
            # الشي"): an expanding haematoma is one side suddenly bigger, tense and painful (ASPS);
            # both breasts equally swollen, hard and bruised in the first days is the expected
            # course -- unless one side or a sudden growth is told after it
            _BOTH_SIDES_SAME,
            # the forty-fourth round's (dev49 fr-01): the side grown bigger told as a soft pocket
            # that moves ("ça fait une poche molle qui bouge", "a soft pocket that wobbles",
            # "eine weiche Beule, die schwabbelt", "yumuşak bir kese gibi oynuyor", "мягкий
            # мешочек, перекатывается", "زي كيس طري بيتحرك") with nothing tense, hard, very
            # painful, fast or red after it: a seroma (ASPS, BAAPS liposuction recovery), the
            # same-day review of fluid_collection_review -- the haematoma is tense and painful
            _SOFT_POCKET,
        ),
    ),
    RedFlag(
        id="skin_necrosis",
        system="skin / graft perfusion",
        procedures=("hair_transplant", "abdominal", "breast", "facelift"),
        source="ISHRS (International Society of Hair Restoration Surgery) patient information on complications (necrosis of the recipient area, infection); ASPS 'Tummy tuck -- risks' and 'Facelift -- risks' (skin loss, darkening skin)",
        patterns=(
            r"(skin|scalp|area|grafts?|patch|spot|nipple|wound|incision|scar)\w*.{0,45}(turn\w*|gone|going|went|looks?|is|are|getting)( a| an)?( (nasty|weird|funny|horrible|really|very|sort of|kind of))? (black|dark purple|purple[- ]?black|dusky|blackish|grey|gray|dead|necrotic)",
            r"(black|dead|necrotic) (skin|patch|area|spot|tissue)",
            r"necros",
            r"(deri|cilt|kafa derisi|ekim alanı|bölge|greftler|meme ucu)\w*.{0,25}(karardı|kapkara|simsiyah|siyahlaştı|siyah|mosmor|öldü)",
            r"\bnekroz",
            r"kararma",
            r"(simsiyah|kapkara|karar(dı|mış|ıyor|mis|di)|siyahlaş)",
            r"(haut|kopfhaut|stelle|bereich|brustwarze)\w*.{0,45}(schwarz|dunkelblau|dunkel verfärbt|abgestorben|blauschwarz)",
            r"\bnekrose",
            # dark and cold together: a flap losing its blood supply (ASPS 'Tummy tuck -- risks':
            # skin loss; a dusky, cool flap), however far apart the two words are told
            r"(schwarz|dunkelblau|blauschwarz|lila|violett|bläulich)\w*.{0,50}\b(kalt|eiskalt|kühl)\b",
            r"\b(eiskalt|kalt|kühl)\w*.{0,50}(schwarz|dunkelblau|blauschwarz)",
            r"(black|dusky|dark purple|dark blue|blue-black)\w*.{0,50}\b(cold|icy|cool)( to the touch)?\b",
            r"\b(cold|icy)\b.{0,50}(black|dusky|dark purple|blue-black)",
            r"(noir\w*|violac\w*|bleu foncé|bleu nuit)\b.{0,50}\b(froid\w*|glac\w*)",
            r"(siyah|kapkara|mosmor|lacivert)\w*.{0,50}\b(soğuk|buz gibi)",
            r"(черн|чёрн|синюшн|темно-син|тёмно-син|фиолетов)\w*.{0,50}\b(холодн|ледян)",
            r"(اسود|أسود|سوداء|ازرق غامق|أزرق غامق|بنفسجي غامق)\w*.{0,50}(بارد|بارده|باردة|ثلج)",
            r"(peau|cuir chevelu|zone|mamelon|greff\w*|implant\w* de cheveux)\w*.{0,45}(noir|noirâtre|nécros|violacé)",
            r"nécrose",
            r"(кожа|кожи|участок|зона|сосок)\w*.{0,45}(почернел|черн|темне|некроз|синюшн)",
            r"некроз",
            r"почернел",
            r"(الجلد|جلد|فروه|فروة|المنطقه|المنطقة|الحلمه|الحلمة)\w*.{0,25}(اسود|أسود|سوداء|اسودت|ميت|غامق)",
            r"\bنخر",
            # Arabizi: the skin's colour told grey or purple ("el jild lono rmadi banafsaji")
            r"\b(el |al )?(jild|jeld|jled|bashra|besh?ra)\b.{0,25}\b(rmadi|ramadi|rmade|banafsaji|banafsagi|banafsji|mbanfsej|azra2 gham[e2]+2|sooda|aswad|eswed)\b",
            r"(البصيلات|بصيلات|البصيله|بصيله|البويصلات|الشعيرات|الشعرات|الزرعات|الطعوم)\w*.{0,30}(سودا|سوده|سوداء|اسود|أسود|اسودت|سودت|غامق|ميت)",
            # Arabizi: black (sooda/aswad) where the skin or grafts are, "not scabs"
            r"\b(jild|jeld|geld|gild|gelda|ras|rasi|mkan|makan|7eta|7etta|7ettah|no2ta|nu2ta|bo2a|bu2a|amaken|mante2a|manta2a|mant2a|man6e2a|sha3r|graft\w*|bosayl\w*|busayl\w*|zar3)\b.{0,30}\b(sooda|sawda|soda|aswad|eswed|eswedet|iswaddat)\b",
            # Egyptian Arabizi names the colour itself: "lonha/lono aswad" (its colour is black);
            # g stands for ج ("el geld" is the skin), "7eta" (حتة) is a patch
            r"\b(lon|lonha|lonaha|lono|lonu|lounha|loono)\b.{0,15}\b(aswad|eswed|sooda|sawda|soda|iswed|azra2 ghame2|ghame2 awi)\b",
        ),
        # A small dark crust (about a centimetre) on a wound edge that otherwise heals, with
        # nothing spreading, cold or smelling, is a dry eschar the surgeon looks at the same
        # day (ASPS 'Facelift -- risks': small areas of skin loss behind the ear heal with
        # wound care) -- seen (soon + review), not an emergency like a dusky, cold flap.
        unless=(
            r"(\b(0[.,]5|1|1[.,]5|one|half a|ein|un|bir|один|одна|سم واحد)\s?(cm|zentimeter|centim[eè]tre|santim|см|سم)\b|small|tiny|little|petite?|klein\w*|küçük|ufak|маленьк\w*|небольш\w*|صغير\w*)(?!.{0,80}(spread|grow|bigger|cold|smell|ausbreit|größer|wächst|kalt|riech|s'étend|s'agrandit|froid|odeur|yayıl|büyü|soğuk|koku|растет|растёт|расползает|увеличива|холодн|запах|تكبر|بتكبر|ينتشر|بارد|ريحه|ريحة))"
            r".{0,80}(crust|scab|kruste|schorf|croût|crout|kabuk|корк|корочк|قشر)",
            # the forty-ninth round's (dev54): a small violet or dusky patch at the site, nothing
            # black, cold or spreading told beside it ("une petite zone violacée derrière
            # l'oreille, 1 cm") -- skin_patch_review, the same day (ASPS 'Facelift -- risks')
            _LOCAL_DUSKY_PATCH,
            # the colour told of a bruise ("pitch-black bruises under the eyes", "simsiyah
            # morluk", "blauschwarzer Bluterguss", "ecchymose noire", "чёрный синяк", "كدمة
            # سودا"): bruising spreading and darkening is the expected course after a facelift or
            # a tummy tuck (ASPS 'Facelift -- recovery'; BAPRAS) -- unless cold, spreading or
            # smelling is told after it
            r"((pitch[- ])?(black|dark purple)|schwarz\w*|blauschwarz\w*|noir\w*|violac\w*|simsiyah|kapkara|siyah|mosmor|ч[её]рн\w*|(اسود|أسود|سوداء|سودا|سوده))"
            r"\s(bruis\w*|bluterg\w*|hämatom\w*|blaue\w* fleck\w*|ecchymos\w*|hématom\w*|bleus?\b|morluk\w*|морлук|синяк\w*|гематом\w*|(كدمه|كدمة|كدمات|ازرقاق))"
            r"(?!.{0,60}(cold|spread|smell|kalt|ausbreit|riech|froid|s'étend|odeur|soğuk|yayıl|koku|холодн|расп?олза|запах|بارد|ينتشر|ريح))",
            # black or blue-black *under the eyes* -- "gözlerimin altı simsiyah mosmor", "black
            # under both eyes", "unter den Augen schwarz", "noir sous les yeux", "под глазами
            # чёрное", "تحت عيوني اسود" -- is the periorbital bruising expected for two weeks
            # after a rhinoplasty, a blepharoplasty or a facelift (ASPS 'Rhinoplasty -- recovery';
            # BAPRAS) -- unless cold, spreading or smelling is told after it
            r"(under (my |the |both )?(\w+ )?eyes|unter (den |beiden |meinen )?augen|sous (les |mes |mon |l')?(\w+ )?(yeux|oeil|œil)"
            r"|göz(ler)?(im|imin|in|imizin|lerimin|lerin)? alt\w*|под (обоими |левым |правым )?глаз\w*|تحت (عيوني|العيون|عيني|العين|عينيا|عينتي))"
            r"(?!.{0,80}(cold|spread|smell|kalt|ausbreit|riech|froid|s'étend|odeur|soğuk|yayıl|koku|холодн|расп?олза|запах|بارد|ينتشر|ريح))",
            r"(bruis\w*|bluterg\w*|ecchymos\w*|hématom\w*|morluk\w*|синяк\w*|(كدمه|كدمة|كدمات))\s(\w+\s)?(is |are |ist |sind |est |sont )?"
            r"((pitch[- ])?black|schwarz\w*|noir\w*|simsiyah|kapkara|ч[её]рн\w*|(اسود|أسود|سوداء|سودا))"
            r"(?!.{0,60}(cold|spread|smell|kalt|ausbreit|riech|froid|s'étend|odeur|soğuk|yayıl|koku|холодн|расп?олза|запах|بارد|ينتشر|ريح))",
        ),
    ),
    RedFlag(
        id="vomiting_abdominal",
        system="abdominal / bariatric",
        procedures=("bariatric", "abdominal", "any"),
        source="ASMBS patient information on bariatric complications (leak: persistent vomiting, not keeping fluids down, abdominal or left shoulder pain, racing heart); NHS 'Weight loss surgery -- risks'",
        patterns=(
            r"(vomit|throwing up|throw up|puking|being sick)\w*.{0,30}(won'?t stop|doesn'?t stop|non-?stop|all (day|night)|every|constantly|keep|can'?t stop|since|\d+ times|again and again|everything)",
            r"(keep|keeps|kept|can'?t stop|cannot stop|constantly|been) (vomiting|throwing up|being sick|puking)",
            r"(can'?t|cannot|can not|unable to|not able to|couldn'?t) keep (any(thing)? |water |fluids? |liquids? |food |drinks? |a (sip|drop|mouthful|bite) of \w+ )?(down|in)",
            # the lead's, forty-eighth round: the same told with "even", a second thing or "at
            # all" between ("I cannot keep even water down", "can't keep food or water down at
            # all") -- the rules alone had read it as nothing (ASMBS: not keeping fluids down)
            r"(can'?t|cannot|can not|unable to|not able to|couldn'?t) keep (even |so much as )?"
            r"(any(thing)? |water |fluids? |liquids? |food |drinks? |a (sip|drop|mouthful|bite) of \w+ )"
            r"((or|and|nor) (any |even )?\w+ )?(at all )?(down|in)\b",
            r"(even|not even) water.{0,20}(comes? (back|up)|stays?)",
            # the forty-fourth round's: everything eaten or drunk told coming back up ("everything
            # comes back up", "whatever I drink comes straight back up"), as "ne içsem geri
            # geliyor" and "كل شي يرجع" are read -- it was read by the learned detector alone
            r"\b(everything|all (that )?i (eat|drink)\w*|whatever i (eat|drink)\w*|anything i (eat|drink)\w*)\b[^.!?\n]{0,20}\b(comes?|coming|came) (straight |right )?back up\b(?! (once|one time|just once)\b)",
            r"shoulder.{0,25}(pain|hurts|hurting|aching)",
            r"(pain|hurts)\w*.{0,30}(to|into|in|up to) (my )?(left |right )?shoulder",
            r"(belly|stomach|abdomen|tummy).{0,15}(rigid|hard as|like a board)",
            r"\b(bretthart|brettharter|steinhart)(?!.{0,60}(huckel|hubbel|uneben|dellig|krater|knotig|knubbel|wellig))|dur comme (du bois|une planche|de la pierre)|(?<!местами )(твердый|твёрдый|каменный) как (доска|камень)",
            r"(zieht|strahlt|geht)\w*.{0,25}(in die|bis in die|zur) schulter|(remonte|irradie|va) (jusqu'à|jusque dans|dans) l'épaule|отда(ет|ёт) в плечо|(يوصل|ينزل|يطلع) (ل|على |الى )(ال)?كتف",
            r"(severe|unbearable|terrible|intense|worst) (stomach|abdominal|belly|tummy) pain",
            r"(kus(uyorum|ma|tum|up|acak|uyom))\w*.{0,30}(durmuyor|geçmiyor|sürekli|devamlı|durmadan|kesilmiyor|her şey|bütün gün|sabahtan beri)",
            r"(sürekli|durmadan|devamlı|hiç durmadan|habire) kus",
            r"(ne içsem|ne yesem|ne yiyip içsem|her şeyi)\w*.{0,25}(geri geliyor|kusuyorum|çıkarıyorum|duramıyor|durmuyor)",
            r"su bile\w*.{0,20}(durmuyor|kalmıyor|tutmuyor)",
            # vomiting told by its duration in days ("2 gündür kusuyorum", "seit zwei Tagen")
            r"(\d+|iki|üç|dört|birkaç) (gündür|gün boyunca)\b.{0,10}kus|günlerdir kus|kus\w*.{0,10}(\d+|iki|üç|birkaç) gündür",
            r"(vomit\w*|throwing up|being sick)\b.{0,15}for (\d+|two|three|a few|several) days",
            r"(\d+|два|три|несколько) (дня|дней|сутки|суток)\b.{0,10}(рвет|рвёт|рвота)",
            r"(من|صار لي|صارلي|لي) (يومين|\d+ ايام|\d+ أيام|ثلاث ايام)\b.{0,10}(استفرغ|ارجع|أرجع|اتقيأ)",
            # water drunk and brought back up, even told with words between
            r"su bile\b.{0,50}(çıkarıyo|kusuyo|geri geliyo|geri çıkıyo)\w*",
            r"(su bile|sıvı|su)\w*.{0,20}(içemiyorum|tutmuyor|duramıyor|midemde kalmıyor|kusuyorum|geri geliyor|çıkarıyorum)",
            r"omuz\w*.{0,20}(ağrı|vuruyor|sancı)",
            r"omz\w*.{0,20}(ağrı|vuruyor|sancı)",
            r"ağrı\w*.{0,20}(omz|omuz)",
            r"(şiddetli|dayanılmaz) karın ağrı",
            r"(erbrech|übergeb|kotz)\w*.{0,30}(ständig|dauernd|ununterbrochen|hört nicht auf|immer wieder|seit|alles|jedes)",
            r"(ständig|dauernd|immer wieder|ununterbrochen|nur noch) (am )?(erbrech|übergeb|kotz|spuck)",
            r"(wasser|flüssigkeit|nichts|trinken)\w*.{0,20}(bei mir behalten|drin behalten|unten behalten|drinnen)",
            r"behalte (nichts|kein wasser|nicht mal wasser)",
            # (the fiftieth round's, de50: nothing told staying in, either word order -- "nix
            # bleibt drin", "es bleibt gar nichts unten", "bei mir bleibt nix drin" -- NHS
            # 'Vomiting in adults': unable to keep fluids down)
            r"\b(nichts|nix|gar nix|gar nichts)\b (mehr )?(bleibt|blieb|hält sich) (\w+ )?(mehr )?(drin|drinnen|unten|im magen)\b",
            r"\b(bleibt|blieb|hält sich) (bei mir |im magen |mir )?(gar |überhaupt |einfach )?(nichts|nix) (mehr )?(drin|drinnen|unten|im magen)\b",
            # ... and the same in the other five: "nothing stays down", "rien ne reste (dans
            # l'estomac)", "midemde hiçbir şey durmuyor / kalmıyor", "ничего не держится (в
            # желудке)", "ما يثبت شي (في معدتي)"
            r"\bnothing (at all )?(stays|will stay|is staying|stayed) (down|in)\b",
            r"\brien ne (reste|tient|passe) (dans|à l'intérieur|dedans|plus)?",
            r"\bhiçbir şey (midemde |içimde )?(durmuyor|kalmıyor|tutmuyor)",
            r"\bничего не (держится|задерживается|удерживается)",
            r"ما (يثبت|يبقى|يضل|يظل|يقعد) (شي|شيء|اي شي|أي شيء)",
            r"(schluck|wasser|flüssigkeit|tee|nichts|nix)\w*.{0,25}(drinbehalten|drinnenbehalten|bei mir behalten|unten behalten)",
            r"(nicht mal|nicht einmal|keinen|kaum einen) (einen )?schluck\b.{0,25}(trinken|runter|behalten|bei mir)",
            r"(can'?t|cannot|unable to|couldn'?t) (even )?(drink|swallow|keep down|get down) (even )?(a |one |the smallest )?(sip|mouthful|gulp|drop)",
            r"(peux|arrive) (pas|plus|même pas) (à )?(boire|avaler|garder) (même )?(une gorgée|une goutte|un verre d'eau)",
            r"не (могу|может|получается) (вы)?пить (даже )?(глоток|воду|воды|ни глотка)",
            r"(даже )?(глоток|глотка) (воды )?(не (могу|может|держится)|выходит|обратно)",
            r"(bir yudum|tek yudum|yudum) (su )?(bile )?(içemiyorum|içemedim|duramıyor|kalmıyor|tutamıyorum)",
            r"(keinen schluck|kein schluck|nicht mal (einen )?schluck|kein wasser|nix|nichts) (\w+ )?(runter|rein)\b.{0,40}kommt( \w+){0,3} (raus|hoch)\b",
            # Swiss and Austrian German: "chan nüt bhalte", "i kann nix drinbehalten"
            r"\b(nüt|nix|nit|nüüt|gar nix)\b.{0,12}\b(bhalte|bhalten|behalte|behalten|drinbehalten|dinne)\b",
            r"\b(immer|dauernd|ständig|nur no|nur noch) (am )?(erbreche|erbrech|spucke|chotze|kotze)",
            r"schulter\w*.{0,20}(schmerz|tut weh|zieht)",
            r"schmerz\w*.{0,25}schulter",
            # the belly itself, not the skin over it: "die Haut am Bauch ist hart wie ein Brett"
            # weeks after a liposuction is the induration of the operated fat (ASPS
            # 'Liposuction -- recovery': firmness and numbness for weeks)
            r"(?<!haut am )(?<!haut vom )(?<!haut des )(?<!haut ueber dem )(?<!haut uber dem )"
            r"bauch(?!haut).{0,15}(bretthart|hart wie)",
            r"vomi\w*.{0,30}(sans arrêt|tout le temps|arrête pas|depuis|tout ce que|en continu|chaque|toute la)",
            r"(n'arrête pas de|sans arrêt|je n'arrête pas de) vomi",
            r"(garde|garder)\w*.{0,15}(rien|pas l'eau|pas d'eau|aucun liquide)",
            r"rien ne passe",
            r"même (pas )?l'eau.{0,15}(ressort|passe pas|vomi)",
            # typed fast: "je vomis tout", "meme l eau"
            r"vomi\w* (absolument |vraiment )?tout\b(?! à l'heure)",
            r"(vomi|garde|retiens)\w*.{0,20}même (pas )?l[' ]?eau",
            r"épaule.{0,20}(douleur|mal)",
            r"(douleur|mal)\w*.{0,25}épaule",
            r"ventre (dur comme|très dur|rigide)",
            r"(рвет|рвёт|рвота|рвало|вырвало|тошнит и рвет)\w*.{0,30}(не прекраща|не останавл|не переста|постоянно|весь день|без остановки|каждый|все время|всё время|с утра|раз)",
            r"(постоянно|все время|всё время|без остановки|не переставая) (рвет|рвёт|тошнит)",
            # water out through the nose when drinking after an upper tooth or implant is an opening
            # into the sinus (seen the same day), not water brought back up
            r"(даже )?вод\w*.{0,20}(не держится|выходит(?! (через|из) (нос|ноздр))|рвет|рвёт|не могу удержать|обратно)",
            r"не (могу|получается) (пить|удержать)",
            # the object first ("пить не могу", "вода и слюна возвращаются обратно"): after a sleeve,
            # not even water or saliva going down is a stricture or leak (ASMBS)
            r"(пить|глотать|удержать|проглотить)\w* (\w+ )?не (могу|получается|выходит)",
            r"(вод\w*|слюн\w*|жидкост\w*)( и (вод\w*|слюн\w*))?\s.{0,25}(возвраща\w*|выходит|идет|идёт) (обратно|назад)",
            r"плеч\w*.{0,20}(бол|отда)",
            r"(бол|отда)\w*.{0,20}(в плечо|плеч)",
            r"живот (твердый|твёрдый|как доска)",
            r"(استفراغ|استفرغ|اتقيأ|أتقيأ|ترجيع|ارجع|أرجع|قيء|ارجّع)\w*.{0,30}(مستمر|ما يوقف|ما وقف|كل شوي|طول|باستمرار|لا يتوقف|من الصبح|كل ما|كل شي)",
            # not water "coming out" of the cannula holes, a wound or the drain ("ماي وردي يطلع من
            # فتحات الشفط"): the tumescent fluid draining after a liposuction (ASPS
            # 'Liposuction -- recovery'), not water brought back up
            r"(الماء|المويه|المي|الموية|مويه|ماي)\w*.{0,20}(ارجعه|أرجعه|استفرغه|ما يثبت|ما يقعد|يطلع|ترجع)"
            + _NOT_FROM_WOUND
            # the fiftieth round's (dev55 ar-14): nor water "coming out" of the nose when
            # drinking ("لما اشرب ماي يطلع شوي من خشمي"): after an upper implant or extraction
            # an opening into the sinus, sinus_opening_review's same-day look, not vomiting
            + r"(?![^.!?؟\n]{0,15}"
            + _OUT_OF_NOSE
            + ")",
            # not "I can't drink except sip by sip" ("ما اقدر اشرب الا شوي شوي"): fluids still go
            # down, slowly -- a same-day review (ASMBS: sip fluids all day), not a leak; nor (the
            # forty-fourth round's) "I can't drink more than a litre a day" ("ما أقدر أشرب أكثر من
            # لتر", "ما اقدر اشرب فوق كاسين"): an amount that goes down, dehydration_review's --
            # unless little or no urine, dizziness or everything coming back is told after it
            r"ما (اقدر|أقدر) (اشرب|أشرب|احتفظ)(?! (الا|إلا|غير|بس) ?(شوي|شوية|شويه|قليل|بالقطاره|رشفه|رشفات))"
            r"(?! (اكثر|أكثر|اكتر|أكتر|فوق|زياده عن|زيادة عن) (من |عن )?([^ ]+ )?(لتر|ليتر|كاس|كاسه|كاسة|كاسين|كوب|كوبين|كوباي|نص|نصف|\d)"
            r"(?!.*(ما (بولت|بلت|ابول|أبول|ببول|عم ببول)|(ما )?(في|فيه|فيش) بول|(ال)?بول (قليل|شوي)|ادوخ|أدوخ|بدوخ|دايخ|دوخه|دوخة|دوخان"
            r"|كل (شي|شيء|شى) (يرجع|برجع|بيرجع|ارجعه|أرجعه)|استفرغ (كل|طول|على طول)|(ما|مو) (يوقف|وقف) (ال)?(استفراغ|ترجيع))))",
            r"\b(baraga3|barga3|berag3|bargaa|baraga3t|bastafra|estafra|betrage3|batrage3)\w*",
            r"\b(mesh|msh|ma) (3arf|3arfa|2ader|2adra|ader|adra|a2dar)\w* (ashrab|ashrabha|ashrab el maya)",
            r"\b(katfi|ketfi|kitfi)\b",
            r"(كتفي|الكتف)\w*.{0,20}(ألم|وجع|يوجع|يألم)",
            r"(ألم|وجع)\w*.{0,20}(كتفي|الكتف)",
            r"بطني (قاسي|ناشف|صلب)",
            r"(ألم|وجع) (شديد|قوي|فظيع) (في|ب)\s?(ال)?بطن",
        ),
        # "متى أرجع للنادي" (when can I go back to the gym): ارجع with a destination is "return"
        unless=(
            r"[اينت]رجع (ل|الى|على|عال|البيت|بلد|الشغل|الدوام|النادي|الرياضه)",
            # hard as a board told of another part: a nose tip, a breast, a scar, a chin is the
            # swelling or the capsule of that operation, not the belly's guarding ("die Spitze ist
            # steinhart" after the cast came off)
            r"\b(\w*nase\w*|\w*spitze|brust|brüste|narbe\w*|implantat\w*|kinn|wange\w*|lippe\w*|po|gesäß|oberschenkel|wade\w*)\b (ist|sind|wird|werden|fühlt sich|fühlen sich)( \w+){0,2} (bretthart|steinhart)",
            # so in French and Russian: "le bout du nez est dur comme de la pierre", "кончик носа
            # твёрдый как камень" (BAPRAS / ASPS 'Rhinoplasty -- recovery': a firm, numb tip for
            # months)
            r"\b(nez|pointe|bout|sein|seins|cicatrice|menton|joue|joues|fesses?|cuisses?|mollets?)\b( \w+){0,2} (est |sont |reste |restent )?(dur|dure|durs|dures) comme (du bois|une planche|de la pierre)",
            r"\b(нос\w*|кончик\w*|груд\w*|шрам\w*|рубец|рубц\w*|подбород\w*|щек\w*|щёк\w*|губ\w*|ягодиц\w*|бедр\w*|имплант\w*)\b( \w+){0,2} (твердый|твёрдый|твердая|твёрдая|твердые|твёрдые|каменный|каменная) как (доска|камень)",
            # ... or told by a pronoun ("they are rock hard like concrete ... breast op 5 days
            # ago", "ils sont durs comme de la pierre, augmentation mammaire", "они твёрдые как
            # камень после груди"): a breast, implant or nose named near it and no belly, vomiting
            # or shoulder anywhere near -- firm, high implants in the first weeks are the expected
            # course (ASPS 'Breast augmentation -- recovery'; FDA 'Breast implants')
            r"^(?!.*(bauch|magen|belly|stomach|abdom|tummy|ventre|karın|живот|بطن|vomit|erbrech|kotz|vomi|kus|рвот|рвет|рвёт|تفرغ|schulter|shoulder|épaule|плеч|omuz|كتف))"
            r"(?=.*(bretthart|steinhart|dur\w* comme (du bois|une planche|de la pierre)|как (доска|камень)))"
            r"(?=.*(brust|brüste|busen|implantat|\bnase|breast|boob|implant|\bnose|\bseins?\b|poitrine|prothèse|mammaire|\bnez\b|груд|имплант|\bнос))",
            # the forty-first round's: hard as a board *and* lumpy or uneven ("hard as a board
            # and lumpy", "bretthart und huckelig", "dur comme du bois et bosselé", "taş gibi ve
            # yumru yumru", "твёрдый как доска и бугристый", "قاسي زي الخشب ومتكتل") is the
            # induration of the operated fat after a liposuction (ASPS 'Liposuction -- recovery':
            # firm, lumpy areas for weeks), not a rigid belly -- unless pain, fever, vomiting, a
            # swollen, tense or bloated belly or the shoulder is told anywhere near it (a rigid
            # abdomen after abdominal surgery stays urgent)
            r"^(?s:(?!.*(pain|hurt|fever|temperat|vomit|swollen|bloat|distend|tense|tight|drum|shoulder|schmerz|weh\b|fieber|erbrech|geschwollen|gebläht|gespannt|trommel|schulter"
            r"|douleur|mal\b|fièvre|vomi|gonfl|ballonn|tendu|tambour|épaule|ağrı|acı|ateş|kus|şiş|gergin|davul|omuz"
            r"|бол|температур|жар|рвот|рвет|рвёт|вздут|опух|напряж|барабан|плеч|الم|ألم|وجع|يوجع|حرار|حمى|استفراغ|منفوخ|منتفخ|مشدود|طبل|كتف)).*"
            r"(hard|rigid|board|hart|brett|stein|dur\b|planche|bois|pierre|sert|taş|тверд|тв[её]рд|доска|камен|قاسي|صلب|ناشف|خشب)\w*.{0,40}"
            r"(lumpy|lumps|bumpy|uneven|knotty|huckel|hubbel|uneben|dellig|knotig|knubbel|wellig|bossel|grumeleu|bosses|irrégulier"
            r"|yumru|pütür|engebeli|бугрист|комк|шишк|неровн|كتل|متكتل|مكتل|حبوب))",
        ),
    ),
    RedFlag(
        id="csf_leak",
        system="nose / skull base",
        procedures=("rhinoplasty", "sinus", "any"),
        source="ENT UK and AAO-HNS patient information on CSF rhinorrhoea (clear watery drip from one nostril, worse bending forward, salty taste, headache lying flat -- seek urgent care); BAAPS 'Rhinoplasty' risks",
        patterns=(
            # a headache that comes on standing (RCoA; NHS 'CSF leak'): "dès que je me lève"
            r"(headache|kopfschmerz\w*|kopfweh|mal de t[eê]te|maux de t[eê]te|baş ağr\w*|голов\w* (бол|раскалыва)\w*|صداع)\w*.{0,30}(when i (stand|sit|get) up|as soon as i (stand|get up|sit up)|beim aufstehen|wenn ich (aufsteh|steh|sitz)|dès que je me l[eè]ve|quand je me l[eè]ve|ayağa kalk|kalkınca|когда встаю|стоит (встать|сесть)|لما (اقوم|أقوم|اوقف|أوقف)|اذا (قمت|وقفت))",
            # salt water named as the means of a rinse ("rinse with salty water", "mit salzigem
            # Wasser spülen", "à l'eau salée", "tuzlu su ile / tuzlu suyla", "солёной водой", "بماي
            # مالح") is the wash, not a salty fluid coming out (the instrument, not the subject)
            r"(clear|watery|like water|water-like|(?<!with )salty)\b.{0,30}\b(fluid|liquid|water|drip|discharge)\w*.{0,40}\b(nose|nostril)",
            r"\b(nose|nostril)\w*.{0,40}\b(clear|watery|like water)\b.{0,20}(fluid|liquid|drip|discharge|run)",
            r"\b(nose|nostril|drip)\w*.{0,60}\b((?<!with )salty|tastes? (of )?salt)",
            # ... or from where a spinal or epidural went in (RCoA 'Headache after an epidural or spinal')
            r"(clear|watery|like water)\b.{0,30}\b(fluid|liquid|water|drip|discharge)\w*.{0,40}((my|the|lower) back\b|\bspine\b|\bspinal\b|\bepidural\b)",
            # clear fluid is a CSF leak from the nose or a spinal wound -- not from a liposuction
            # cannula hole or a skin wound, where it is serous fluid (and "soon", not urgent)
            r"(berrak|şeffaf|su gibi|tuzlu(?! ?su(yla| ile|yu| sprey)))\b.{0,40}\b(sıvı|su|akıntı|akıyor|damlıyor)\w*.{0,40}\b(burn|bel\b|belim|belimden|sırt|omurga)",
            r"\b(burn|burun|belim|belimdeki|sırt|omurga)\w*.{0,50}\b(berrak|şeffaf|su gibi|tuzlu(?! ?su(yla| ile|yu| sprey)))",
            r"(klare|klares|wässrige|wässriges|(?<!mit )salzig)\w*.{0,30}(flüssigkeit|wasser|sekret|tropf|läuft)\w*",
            r"\bnase\w*.{0,50}\b(klar|wässrig|wie wasser|(?<!mit )salzig)",
            r"(liquide|écoulement)\w* (clair|transparent|comme de l'eau)(?![- ]?ros)|(clair|comme de l'eau)\b.{0,30}\b(coule|goutte)\w*.{0,30}(nez|narine)",
            r"\b(nez|narine)\w*.{0,50}\b(goût salé|gout sale|(?<!à l'eau )(?<!a l'eau )salé|comme de l'eau|liquide clair)",
            r"(прозрачн|водянист|как вода|(солен|солён)(?!ой вод))\w*.{0,40}(жидкост|выделени|течет|течёт|капает|из носа)",
            r"\bнос\w*.{0,50}(прозрачн|водянист|как вода|(солен|солён)(?!ой вод))",
            r"(ماي|ماء|مويه|موية|سائل)\w* (شفاف|صافي)|(شفاف|صافي)\w*.{0,30}(خشمي|انفي|أنفي|منخار)|(خشمي|انفي|أنفي|منخار)\w*.{0,60}((?<!بماي )(?<!بماء )(?<!بمويه )(?<!بموية )مالح|شفاف|مثل الماي|زي الماي)",
            # Arabizi ("may shafafa", "mana5iri", "ta3mo mal7") and the headache on standing
            r"\b(may|mayy|mayye|mayyeh|maye|moye|sa2el|sael|sa2il)\w*\s(\w+\s)?(shafaf|shafafa|shafafe|safi|safye|safya)\b",
            r"\b(mana5ir|man5ar|mun5ar|mena5ir|mana5eer|5ashm|khashm|anfi|2anfi|menkhar|manakhir)\w*.{0,60}\b(mal7|mele7|male7|shafaf\w*|zay el may|metl el may)",
            r"\b(shafaf\w*|mal7|mele7)\b.{0,60}\b(mana5ir|man5ar|mun5ar|mena5ir|5ashm|khashm|anfi|2anfi|menkhar|manakhir)",
            r"\b(sda3|soda3|suda3|sudaa|sodaa)\w*.{0,40}\b(lamma|lama|lma|iza|eza|lamman) (o2af|2o2af|oum|2oum|2oom|oo2af|2a3od|o23od|aw2af)",
        ),
        # Clear fluid from a wound, a small opening or a drain, no nose in sight, is wound fluid
        # (NHS 'Wound care after surgery'), not a skull-base leak.
        # A body-contouring or breast operation named, with no nose, head(ache), spinal or
        # epidural anywhere: clear fluid from its scars is serous wound fluid, seen the same day
        # (``soon``), since a CSF leak follows only head, sinus or spinal procedures (ENT UK;
        # RCoA) -- the window of ``unless`` may cut off the scar told before the fluid.
        not_in=(
            r"^(?!.*(\b(nose|nostril|nase|nez|narine|burun|нос|ноздр|head|kopf|t[eê]te|baş ?ağr|голов|spin|epidural|péridural|rachi|omurga|спинальн|эпидурал)|خشم|انف(?!ت|ك|ج|ص|ع)|منخار|راس|رأس|صداع|ظهري بالابره|النخاع))"
            r".*(\bbbl\b|brazilian butt|\blipo|fettabsaug|liposuc|liposakşın|липосакц|липо\b|شفط|tummy tuck|abdominoplast|bauchdecken|plastie abdominale|karın germe|абдоминопласт|شد البطن|tummy|bauch|ventre|karın|живот|breast|brust|\bseins?\b|göğüs|груд|صدر|ثدي|po-?vergrößer|fesses|kalça|ягодиц|المؤخره|المؤخرة)",
            # the thirty-fifth round's: with the same nothing of nose, head or spine anywhere, a
            # scar, wound or incision named before the clear fluid in the sentence ("la cicatrice
            # est un peu rouge et suinte un liquide clair", "the scar is a bit red and leaks clear
            # fluid") is its serous fluid too, whatever operation -- the ``unless`` window of 40
            # characters before the fluid may cut the scar off
            r"^(?!.*(\b(nose|nostril|nase|nez|narine|burun|нос|ноздр|head|kopf|t[eê]te|baş ?ağr|голов|spin|epidural|péridural|rachi|omurga|спинальн|эпидурал)|خشم|انف(?!ت|ك|ج|ص|ع)|منخار|راس|رأس|صداع|ظهري بالابره|النخاع))"
            r".*(\b(wound|incision|scar|stitch\w*|narbe|wunde|naht|cicatrice|plaie|incision|yara|kesi|dikiş|шов|шва|швы|рана|ран[ыу]|шрам|рубц\w*|рубец)|جرح|الجرح|الندبه|الندبة|ندبه|ندبة|الغرز|الشق)[^.!?\n]{0,80}"
            r"(clear|watery|clair|transparent|klar\w*|wässrig\w*|berrak|şeffaf|su gibi|прозрачн|водянист|شفاف|صافي)",
        ),
        unless=(
            # clear fluid tinged pink (serous-bloody wound fluid), no nose in sight
            r"^(?!.*(\b(nose|nostril|burn|nase|nez|narine|нос|ноздр)|خشم|انف(?!ت|ك|ج|ص|ع)|منخار)).*(\bpink|\brosa\b|\brosé|\brose\b|\bpembe|розов|сукрови|وردي)",
            # (Arabic nouns take the article and clitics, so they are matched without \b)
            # Arabic fluid "coming out of it" -- the wound just named -- with no nose in sight; "انف"
            # (nose) is never the start of "انفتح" (opened)
            r"^(?!.*(خشم|انف(?!ت|ك|ج|ص|ع)|منخار)).*(ينزل|يطلع|تنزل|تطلع|يخرج|نازل|طالع) (منه|منها)",
            r"^(?!.*(\b(nose|nostril|burn|nase|nez|narine|нос|ноздр)|خشم|انف(?!ت|ك|ج|ص|ع)|منخار)).*(\w(naht|narbe|wunde)|\b(wound|incision|stitch|drain|scar|holes?\b|trous?\b|loch\b|löcher|delik|отверст|дырочк|dikiş|yara|kesi|açıklık|dren|naht|wund|narbe|drainage|plaie|cicatrice|шов|шва|рана|дренаж|шрам|рубц|рубец)|جرح|غرز|درنق|فتحه|فتحة|ندب"
            # French "un point" (a stitch) told opened or given way ("un point s'est ouvert")
            r"|\bpoints? (de suture|s'est|se sont|a (lâché|sauté|cédé)|ont (lâché|sauté|cédé)|ouvert|lâch|sauté))",
        ),
    ),
    RedFlag(
        id="septal_haematoma",
        system="nose (septum)",
        procedures=("rhinoplasty",),
        source="ENT UK 'Septal haematoma' and NHS 'Broken nose' (both sides blocked with a swelling inside and rising pain: same-day drainage to prevent septal abscess and collapse); BAAPS 'Rhinoplasty' risks",
        patterns=(
            r"\b(nose|nostrils?)\b.{0,50}\b(both sides|both nostrils|completely (blocked|shut)).{0,60}(pain|hurt|throbb|puls|bulg|swell|lump|pressure)",
            r"(swelling|lump|bulge|something)\b.{0,15}\binside (my |the )?(nose|nostril)\w*.{0,40}(pain|hurt|throbb|blocked|worse)",
            r"\bburn\w*.{0,40}\b(iki taraf|iki deliğ|tamamen tıkal)\w*.{0,60}(ağrı|zonkl|şiş|basınç|kabar)",
            r"\bnase\w*.{0,50}\b(beide(n)? seiten|beidseitig|komplett zu|völlig zu)\w*.{0,80}(schmerz|poch|drück|dick|schwell)",
            r"\b(nez|narines?)\b.{0,50}\b(des (2|deux) côtés|les (2|deux) narines|complètement bouché)\w*.{0,60}(douleur|mal|lancin|pulsat|gonfl|bosse|pression)",
            # a swelling seen on the septum itself, or both sides blocked with a pain that
            # throbs or rises (ENT UK: a septal haematoma is a purple-red swelling on the septum)
            r"\b(nez|narines?)\b.{0,50}\b(des (2|deux) côtés|complètement bouché)\w*.{0,60}(ça lance|ca lance|lance|de plus en plus)",
            r"(boule|bosse|gonflement|poche|bulle)\w*.{0,60}\b(cloison|septum)",
            r"\b(cloison|septum)\b.{0,40}(boule|bosse|gonfl|violet|violacé|bleu)",
            r"\b(lump|bulge|swelling|blister|balloon|bump)\w*.{0,50}\bseptum\b|\bseptum\b.{0,40}\b(lump|bulg|swell|purple|blue|dark red)",
            r"\b(nose|nostrils?)\b.{0,50}\b(both sides|both nostrils|2 sides|two sides|completely (blocked|shut))\b.{0,60}(worse and worse|getting worse|more and more)",
            r"(scheidewand|septum)\w*.{0,40}(beule|schwellung|geschwollen|lila|blau|dunkelrot|vorwölb)|(beule|schwellung|vorwölbung)\w*.{0,40}(scheidewand|septum)",
            # a purple, blue or dark-red bulge seen inside the nose, wherever in the message the
            # nose is named (ENT UK 'Septal haematoma': a soft purple swelling of the septum)
            r"\b(nose|nostrils?)\b.{0,150}\b(purple|purplish|bluish|blue|dark red)\b.{0,15}\b(bulge|lump|swelling|balloon|blister|bubble)",
            r"\bnase\w*.{0,150}\b(lila|violett|bläulich|blau|dunkelrot)\w*( \w+)? (beule|schwellung|vorwölbung|blase|kugel)",
            # one or two words may stand between the swelling and its colour ("une boule molle
            # violette", "a soft purple lump", "eine weiche lila Beule", "mor yumuşak bir şişlik",
            # "мягкая фиолетовая шишка", "كتلة طرية بنفسجية")
            r"\b(nez|narines?)\b.{0,150}\b(boule|bosse|gonflement|poche|bulle)s?( \w+){0,2} (violette|violacée|bleue|bleutée|rouge foncé)",
            r"\b(burun|burn)\w*.{0,150}\b(mor|morumsu|lacivert)( \w+)? (bir )?(şişlik|kabarıklık|kabarık|baloncuk|yumru)",
            r"\bнос\w*.{0,150}(фиолетов|синюш|багров|синев)\w*( \w+)? (шишк|бугор|вздути|пузыр|припухлост)",
            r"(خشمي|انفي|أنفي|الانف|الأنف|مناخيري)\w*.{0,150}(انتفاخ|كتله|كتلة|نفاخ|فقاعه|فقاعة|كوره|كورة)( \w+)? (بنفسجي|بنفسجيه|بنفسجية|ازرق|زرقا|أزرق)",
            r"(septum|kıkırdak|burun (orta )?duvar)\w*.{0,40}(şişlik|kabarık|mor|lacivert|baloncuk|yumru)",
            r"перегородк\w*.{0,40}(шишк|бугор|вздут|опух|синяк|фиолет|багров|пузыр)|(шишк|бугор|вздути|пузыр)\w*.{0,40}перегородк",
            r"(الحاجز|الوتره|الوترة)\w*.{0,40}(انتفاخ|ورم|منتفخ|كتله|كتلة|بنفسجي|ازرق|أزرق|نفاخ)",
            r"\bнос\w*.{0,50}(с обеих сторон|обе ноздри|полностью заложен|вообще не дышит).{0,80}(бол|пульсир|распух|раздул|давит|опух)",
            r"(خشمي|انفي|أنفي|الانف|الأنف)\w*.{0,40}(الجهتين|من الجهتين|مسكر كله|مسدود كله|مقفول).{0,60}(وجع|ألم|ينبض|انتفاخ|منتفخ|ضغط)",
        ),
    ),
    RedFlag(
        id="allergic_reaction",
        system="immune / anaphylaxis",
        procedures=("any",),
        source="NHS 'Anaphylaxis' (swelling of the lips, tongue or throat, hives with breathing difficulty or faintness after a medicine -- call 999); Resuscitation Council UK 'Emergency treatment of anaphylaxis' (2021)",
        patterns=(
            # Egyptian and Levantine Arabizi: throat tight, voice gone, face swollen
            # Gulf spellings as well: "7alqi ka2enna ma7boos" (my throat as if held shut), "msakkar"
            # and the Levantine "zor2i dayye2" / "dayi2" (my throat is tight) with its vowel written
            r"\b(zor|zoor|zore|zoree|zori|zouri|7al2i|7al2y|halqi|7alqi|7alqy|7algi|7al8i|halgi)\w*.{0,15}(mazno2|ma2fool|m2fool|ma8fool|maqfool|bey2fel|biy2fel|day2|dayyi2|dayye2|dayi2|daye2|msdood|masdood|ma7b(?:o|oo|ou|u)s|m7b(?:o|oo|ou|u)s|msakk?ar|m?5an?oo?2|makhnoo[2gq])",
            r"\b(soti|sooti|sawti|sawty|soty)\w*.{0,15}(ba7|mab7o7|mab7oo7|etghayar|ra7|(e|i)?t(3'|gh|8)a?y+a?r\w*)",
            r"\b(wishi|we2shi|wa2shi|wshi|wijhi|wejhi|wishy)\w*.{0,20}(war2an|wer2an|mwaram|mwarram|mnfo5|manfookh|waram|wa2em)",
            # "rash" a word of its own: "my face looks like a car crash" is no rash
            r"\b(hives|welts|rash)\b.{0,60}\b(lips?|tongue|face|throat|eyes?|breath|wheez|swell|dizzy|faint)",
            r"\b(lips?|tongue|face|throat|eyes?)\b.{0,40}\b(swell|swollen|puff)\w*.{0,60}\b(hives|welts|rash|itchy (bumps|spots|blotches))",
            r"\bthroat\b.{0,20}(closing|tight|swelling)",
            r"(allergic reaction|anaphyla)",
            r"(kurdeşen|kabarık|döküntü)\w*.{0,60}(dudak|dil\b|yüz|boğaz|göz|nefes)",
            r"(dudak|dil\b|dilim|yüz|boğaz|göz)\w*.{0,40}(şiş)\w*.{0,60}(kurdeşen|kabarık|döküntü|kaşıntılı)",
            r"(alerji|alerjik reaksiyon|anafilaksi)",
            r"(quaddel|nesselsucht|ausschlag)\w*.{0,60}(lippe|zunge|gesicht|hals|augen|luft|atem)",
            r"(lippe|zunge|gesicht|hals)\w*.{0,40}(schwell|geschwoll)\w*.{0,60}(quaddel|nessel|ausschlag)",
            r"(allergische reaktion|anaphyla)",
            r"(urticaire|plaques rouges|éruption)\w*.{0,60}(lèvres?|langue|visage|gorge|yeux|respir)",
            r"(lèvres?|langue|visage|gorge)\b.{0,40}(gonfl|enfl)\w*.{0,60}(urticaire|plaques|boutons|éruption)",
            r"(la gorge (qui )?serre|gorge serrée)",
            r"(réaction allergique|anaphyla)",
            r"(крапивниц|сыпь|волдыр)\w*.{0,60}(губ|язык|лиц|горл|глаз|дыш)",
            r"(губ|язык|лиц|горл)\w*.{0,40}(опух|отек|отёк|распух)\w*.{0,60}(сыпь|крапивниц|волдыр)",
            r"(аллергическ|анафилак|отек квинке|отёк квинке)",
            r"(طفح|حبوب حمراء|شري)\w*.{0,60}(شفايف|شفتي|شفاه|لساني|وجهي|حلقي|عيوني|تنفس|نفسي)",
            r"(شفايفي|شفتي|شفاهي|لساني|وجهي)\w*.{0,40}(انتفخ|تورم|ورم|منتفخ)\w*.{0,60}(طفح|حبوب|حساسيه|حساسية)",
            r"(حساسيه|حساسية) (من|على) (الدوا|الدواء|المضاد|الحبوب|البنج)",
            r"\b(7asasiye|7asasiya|tafa7)\b.{0,60}\b(shfafi|shefti|lsani|wijhi|wejhi|nafasi|7al2i)",
            # Arabizi: lips swollen beside red spots, a cough or a whistling chest; red spots
            # beside the lips or the breath (NHS: hives with swelling or wheeze is anaphylaxis)
            r"\b(shafayf|shafayef|shfaf|shfayf|shefti|shafti|lsani|lesani)\w*.{0,20}\b(wermet|warmet|wer?2an|war2an|mwarma|mwarram|mnfo5|manfookh|nafkha)\w*.{0,80}\b(7obob|7bob|7boob|tafa7|7asasi|bako7|ba2o7|kol7a|\w*saff[ae]r|sfeer|nafasi)",
            r"\b(7obob|7bob|7boob)\s(7amra|7omr|7mra|7amar)\b.{0,80}\b(shafayf|shafayef|shfaf|shfayf|shefti|lsani|wishi|wejhi|\w*saff[ae]r|sfeer|nafasi|7al2i)",
            # A wheeze (the chest whistling) beside hives, a swollen lip or face, or just after a
            # medicine, in six languages: the breathing sign of anaphylaxis (NHS 'Anaphylaxis')
            r"\b(wheez\w*|chest (is )?whistl\w*)\b.{0,80}\b(hives|welts|rash|lips?|tongue|face|antibiotics?|tablets?|pills?|medicine)\b",
            r"\b(hives|welts|rash|lips? (are |is )?swollen|antibiotics?|tablets?|pills?|medicine)\b.{0,80}\bwheez",
            r"(pfeif\w* beim atmen|brust pfeift|giemen).{0,80}(quaddel|nessel|ausschlag|lippe|gesicht|antibiotik|tablette|medikament)|(quaddel|nessel|ausschlag|lippe\w* (sind |ist )?geschwollen|antibiotik\w*|tablette|medikament)\w*.{0,80}(pfeif\w* beim atmen|brust pfeift|giemen)",
            r"(respiration sifflante|sifflement|ça siffle|ca siffle).{0,80}(urticaire|plaques|boutons|lèvres?|visage|antibiotique|comprimé|médicament)|(urticaire|plaques rouges|boutons rouges|lèvres? (sont |est )?gonfl\w*|antibiotique|comprimé|médicament).{0,80}(respiration sifflante|sifflement|ça siffle|ca siffle)",
            r"(hırıltı|hirilti|hışıltı|hisilti|göğsüm ıslık|gogsum islik).{0,80}(kurdeşen|kizarik|kızarık|döküntü|dudak|yüz|antibiyoti\w*|ilaç|hap)|(kurdeşen|döküntü|dudaklarım şişti|antibiyoti|ilaç|hap).{0,80}(hırıltı|hirilti|hışıltı|hisilti|göğsüm ıslık|gogsum islik)",
            r"(свист\w* в груди|в груди свистит|хрипы|свистящ\w* дыхани).{0,80}(сыпь|крапивниц|губ|лиц|антибиотик|таблетк|лекарств)|(сыпь|крапивниц|губы опухли|антибиотик|таблетк|лекарств)\w*.{0,80}(свист\w* в груди|в груди свистит|хрипы|свистящ\w* дыхани)",
            r"(صدري (ي|بي|عم ي)صفر|صفير (في|ب)(ال)?صدر|صفير (ب|في )?صدري).{0,80}(حبوب|طفح|شري|شفايف|شفتي|وجهي|المضاد|الدوا|الحبوب)|(حبوب حمرا|طفح|شري|شفايفي (ورمت|انتفخت)|المضاد|الدوا)\w*.{0,80}(صدري (ي|بي|عم ي)صفر|صفير (في|ب)(ال)?صدر|صفير (ب|في )?صدري)",
        ),
        # A known allergy stated as history ("aspirine alerjim var", in the file) is a fact
        # for the file, not a reaction now -- unless a sign of one follows.
        unless=(
            r"\w+(e|a|ye|ya) alerjim (var|vardır)(?!.{0,60}(şiş|kurdeşen|kabarık|döküntü|nefes|kaşın))",
            # An allergy denied ("alerjim yok", a form's "Alerji: yok") is no reaction: the bare
            # Turkish word is the catalogue's only pattern that names no sign, so its denial is
            # checked here; a sign told beside it is still matched by the patterns above.
            r"\balerji\w*\s*[:\-–]?\s*(de |da )?(yok|bulunmuyor|mevcut değil|hayır)\b",
            # the thirty-eighth round's: a few hives with the lips, the tongue, the throat or
            # the breath told fine ("lips and throat are fine", "Lippen und Hals normal", "je
            # respire bien", "dudaklarım normal", "губы в норме", "شفايفي عاديين") and no swelling,
            # wheeze or faintness affirmed: a skin reaction a person sees the same day, not
            # anaphylaxis (NHS 'Anaphylaxis': the swelling of the lips, tongue or throat, the
            # breathing or the faintness makes it one)
            rf"^(?!.*{_told(_ANAPHYLAXIS_SIGN)}).*{_AIRWAY_FINE}",
        ),
    ),
    RedFlag(
        id="severe_skin_reaction",
        system="skin and mucosa (Stevens-Johnson syndrome / toxic epidermal necrolysis)",
        procedures=("any",),
        source="NHS 'Stevens-Johnson syndrome' (a rash that blisters and peels, sores in the mouth, eyes or genitals, often days after starting a medicine such as an antibiotic -- go to A&E or call 999); DermNet 'Stevens-Johnson syndrome / toxic epidermal necrolysis' (blistering skin with two or more mucosal sites)",
        # Blistering or peeling skin told beside sores of the mouth or lips or burning red eyes,
        # either order: the mucosa is what sets the drug reaction apart from a tape or garment
        # blister on the skin alone (the same-day review)
        patterns=(
            _SKIN_BLISTER + r".{0,120}" + _MUCOSA_SORE,
            _MUCOSA_SORE + r".{0,120}" + _SKIN_BLISTER,
        ),
        # a cold sore (herpes labialis) is a blister on the lip, not a drug reaction
        unless=(
            r"(cold sore|fever blister|herpes|lippenherpes|fieberbläschen|bouton de fièvre|uçuk|герпес|простуд\w* на губ|حبة برد|حبه برد|هربس)",
        ),
    ),
    RedFlag(
        id="paracetamol_overdose",
        system="medicine / poisoning",
        procedures=("any",),
        source="NHS 'Paracetamol for adults' (no more than 8 tablets of 500 mg in 24 hours; taken more than that: go to A&E at once, even if you feel well -- the liver damage shows only days later); NHS 'Overdose'",
        # A number of paracetamol tablets above the day's eight, told as taken: the count next
        # to the tablets and the drug's name, the taking verb before or after (Turkish and
        # Arabic put it last); over a week is no overdose (unless)
        patterns=(
            _TAKEN + r".{0,40}" + _OVER_8_TABLETS,
            _OVER_8_TABLETS + r".{0,30}" + _TAKEN,
        ),
        unless=(
            r"\b(week|weeks|woche\w*|semaine\w*|hafta\w*|недел\w*|اسبوع|أسبوع|الاسبوع|اسابيع)\b",
        ),
    ),
    RedFlag(
        id="stroke_signs",
        system="neurological (stroke)",
        procedures=("any",),
        source="NHS 'Stroke -- symptoms' (FAST: face dropped on one side, arm weakness, slurred speech -- call 999); NICE NG128 Stroke and TIA",
        patterns=(
            rf"\b(face|mouth|smile)\b{_FACE_GAP}\b(droop|dropp|fallen|lopsided|crooked|one side)"
            + _NOT_DOWN_TO,
            r"(one side of (my |his |her )?(face|body)|(left|right) side of (my |his |her )?(face|body))\b.{0,30}\b(droop|numb|weak|can'?t move|paraly|dropp)",
            r"\b(left|right|one) (arm|leg|hand)\b.{0,30}\b(weak|won'?t move|can'?t (move|lift)|limp|paraly|gave way|dead)",
            # one arm or leg ("can't lift my arm"); both arms above the head after a breast
            # operation are the expected course
            r"(can'?t|cannot) (lift|raise) (my )?(left |right )?(arm|leg)\b",
            # the forty-ninth round lead's: a leg or an arm told numb AND weak (or not lifted),
            # the side unnamed ("after the tummy tuck my leg is numb and weak", "bacağım uyuşuk
            # ve güçsüz", "нога онемела и слабая", "رجلي منملة وضعيفة") -- lost power with lost
            # feeling is a stroke's or a nerve's, or after a spinal anaesthetic a haematoma's
            # (NHS 'Stroke -- symptoms': sudden weakness or numbness; RCoA 'Spinal anaesthetic':
            # a leg still weak or numb once the block should have worn off); numb skin alone is
            # the operated skin's course (complaints.NUMB_SKIN), and no negation may stand
            # between the limb and its signs ("my leg is not numb and not weak")
            rf"\b(legs?|arms?)\b{_limb_gap(30)}\bnumb\w*{_limb_gap(25)}{_LIMB_POWERLESS_EN}",
            rf"\b(legs?|arms?)\b{_limb_gap(20)}{_LIMB_POWERLESS_EN}{_limb_gap(25)}\bnumb\w*",
            rf"\b(bein|beine|arm|arme)\b{_limb_gap(30)}\btaub\w*{_limb_gap(25)}\b(schwach|kraftlos|(kann|konnte) (es|ihn|sie) (nicht|kaum) (heben|bewegen))",
            rf"\b(jambe|jambes|bras)\b{_limb_gap(30)}\b(engourdi\w*|insensible){_limb_gap(25)}\b(faible|sans force|(n'arrive|arrive) (pas|plus) (à|a) (la |le |les )?(lever|bouger))",
            rf"\b(bacak|bacağ|bacag|kol)\w*{_limb_gap(30)}\b(uyuşuk|uyuştu|uyuşmuş|uyusuk|uyustu|uyusmus|hissiz)\w*(?!\w)(?! yok| değil| degil){_limb_gap(25)}\b(güçsüz|gucsuz|kaldıramıyorum|kaldiramiyorum|oynatamıyorum|oynatamiyorum)\w*(?!\w)(?! yok| değil| degil)",
            rf"(ног[аиу]|рук[аиу])\b{_limb_gap(30)}(онемел\w*|немеет){_limb_gap(25)}(слаб\w*|не могу (её |ее |ей )?(поднять|пошевелить))",
            rf"(رجلي|رجلى|رجله|رجلها|ايدي|يدي|ايده|ايدها){_limb_gap(30)}(منمله|منملة|مخدره|مخدرة|فيها تنميل|فيها خدر){_limb_gap(25)}(ضعيف|ما (اقدر|أقدر|بقدر) (ارفع|أرفع|احرك|أحرك)|مش (قادر|قادره|قادرة) (ارفع|احرك))",
            r"(words (are )?(coming out|come out) (wrong|jumbled)|can'?t (speak|talk|get (my )?words out)|slurring)",
            rf"(yüz|ağz)\w*{_FACE_GAP}{_TR_NOT_TO_NECK}(kaydı|kaymış|eğildi|sarktı|çarpıldı)",
            rf"(yüz|ağz|dudağ)\w*{_FACE_GAP}{_TR_NOT_TO_NECK}(düşük|düştü|düşmüş|sarkık|sarkmış|yamuk|kaydı)",
            r"(sağ|sol) (el|kol)\w*.{0,30}(tutamadı|tutamıyor|kaldıramadı|kaldıramıyor|düşürdü)",
            r"konuşma(sı|m)\w*.{0,20}(tuhaf|garip|bozuldu|peltek|anlaşılmıyor|ağırlaştı|değişti)",
            r"(left|right) hand\b.{0,30}(dropp|couldn'?t hold|can'?t hold|cannot hold|can'?t grip|won'?t grip)",
            r"(couldn'?t|can'?t|cannot) (hold|grip) (a |the |his |her |my )?(cup|glass|mug|spoon|fork|phone)\b.{0,30}(left|right) hand",
            r"(linke|rechte)[nr]? hand\b.{0,30}(nicht (mehr )?halten|fallen gelassen|fällt)",
            r"(main|bras) (gauche|droite?)\b.{0,30}((peut|pouvait|arrive|arrivait) (pas|plus) (à )?(tenir|lever|serrer)|lâch|laiss\w* tomber)",
            r"(левой|правой) рук\w*.{0,30}(не (может|могу|смог\w*) (удержать|держать|взять|поднять)|уронил)",
            r"(يد|ايد)(ه|ها|ي) (اليمين|اليسار|اليمنى|اليسرى|الشمال).{0,30}(ما قدر|ما قدرت|ما تقدر|ما يقدر|طاح|طاحت|وقع)",
            r"(sağ|sol|bir) (kol|bacak|el)\w*.{0,30}(güçsüz|kaldıramıyorum|tutmuyor|hissizleşti|felç)",
            r"(konuşamıyorum|dilim dolaşıyor|kelimeler karışıyor)",
            rf"(gesicht|mund|mundwinkel)\w*{_FACE_GAP}(hängt|schief|herunter)" + _NOT_DOWN_TO,
            # (the forty-ninth round lead's: no negation between, "mein Bein ist nicht taub und
            # nicht schwach"; the side declined, "mein linkes Bein ist schwach")
            rf"(linke|rechte|ein)[nrs]? (arm|bein|hand)\w*{_limb_gap(30)}(schwach|kraftlos|gelähmt|kann (ihn|es|sie) nicht (heben|bewegen))",
            r"(kann nicht (mehr )?(richtig )?sprechen|wörter kommen (falsch|durcheinander))",
            # the mouth pulled to one side and the words not found (NHS 'Stroke': FAST -- face,
            # speech), told in six languages
            rf"(bouche|visage|lèvres?)\b{_FACE_GAP_20}\b(tire|tombe|pend|dévie|de travers)\w*.{{0,15}}(d'un (seul )?côté|sur le côté|à gauche|à droite|de travers)",
            r"(du mal|n'arrive (plus|pas)|j'arrive (plus|pas)|peine) à (trouver (mes|les) mots|articuler)|je cherche mes mots",
            r"\b(trouble|struggling|can'?t|cannot) (finding|to find|find) (my |the )?words\b|\bmouth\b.{0,20}\bpull\w*.{0,15}\bto one side",
            r"(finde|finden) (ich |sie |er )?(die|meine) (wörter|worte) nicht|wortfindung\w*|\bmund\w*.{0,20}\b(zieht|verzogen)\w*.{0,15}\b(zur seite|auf eine seite|nach (links|rechts))",
            r"(kelimeleri|kelime) (bulamıyorum|bulamiyorum|bulmakta zorlan\w*)|ağzım (bir )?(yana|tarafa) (kaydı|çekiliyor|kayıyor)",
            r"(не могу|не получается|трудно) (подобрать|найти|вспомнить) слова|рот\w*.{0,20}(перекосил|тянет в сторону|съехал)",
            r"(ما (اقدر|أقدر|بقدر) (الاقي|ألاقي|اطلع) (الكلمات|الكلام))|(تمي|فمي|بوزي)\w*.{0,20}(مايل|معوج|مال|اعوج|منحرف) (على|ل)\s?(جنب|جهه|جهة)",
            rf"(visage|bouche)\b{_FACE_GAP}(tombe|de travers|paralys|affaiss)" + _NOT_DOWN_TO,
            r"(bras|jambe|main) (gauche|droit|droite)\b.{0,30}(faible|lourd|ne bouge plus|paralys|n'arrive (pas|plus) à (le |la )?(lever|bouger))",
            r"(n'arrive (pas|plus) à parler|les mots sortent mal|bafouill)",
            rf"(лицо|рот|угол рта)\w*{_FACE_GAP}(перекос|опустил|повело|кривое)" + _NOT_DOWN_TO,
            r"(левая|правая|одна) (рука|нога)\w*.{0,30}(слаб|не слушается|не поднима|отнял|онемел)",
            r"(не могу говорить|язык заплетается|речь спутан)",
            # the verb before the face ("перекосило лицо", "повело рот"), a hand that cannot
            # hold what it held (NHS FAST: arm weakness), speech told as unclear by a relative
            r"(перекосил|перекошен|повело|скривил|перекривил)\w*.{0,20}(лицо|рот|губ|улыбк)",
            r"(левая|правая|одна) (рука|кисть)\w*.{0,30}(не держит|не удержива|роняет|уронил|выпада)",
            r"(говорит|говорю|речь|разговаривает)\w*.{0,15}(невнятн|неразборчив|нечетк|смазан|заплета|как пьян)",
            r"\bslurred\b|(speech|talking|speaking)\b.{0,15}\b(slurr|garbl|unclear|drunk)",
            r"(spricht|sprache|redet)\w*.{0,15}(undeutlich|verwaschen|lallend|unverständlich)|\blallt\b",
            r"(parle|parole|élocution|articule)\w*.{0,20}(\bmal\b|pâteu|difficile|bizarre|incompréhensible|comme (un|une) ivre)",
            r"(bouche|visage) (de travers|tordu|tordue)",
            r"(sol|sağ) el\w*.{0,30}(tutamıyor|tutamadı|düşürüyor|düşürdü)",
            r"(konuşma|konuşuyor)\w*.{0,15}(peltek|anlaşılmıyor|bozuk|sarhoş gibi)",
            rf"(وجهي|فمي|تمي|بوزي)\w*{_FACE_GAP}(مايل|معوج|نازل|ارتخى|مرتخي)" + _NOT_DOWN_TO,
            # a relative reporting (NHS FAST is mostly noticed by someone else): his / her face,
            # mouth, arm, speech -- "فمه مايل", "ما يقدر يرفع يده", "كلامها ثقيل"
            rf"(وجه|فم|تم|بوز|ثم)(ه|ها|و)\b{_FACE_GAP}(مايل|معوج|نازل|ارتخى|مرتخي|منحرف|ملتوي)"
            + _NOT_DOWN_TO,
            r"(ما|مو|مش|لا) (يقدر|تقدر|قادر|قادره|يقدرش|تقدرش) (يرفع|ترفع|يحرك|تحرك)\w* (يد|ايد|ذراع|رجل)\w*",
            r"(يد|ايد|ذراع|رجل)(ه|ها|و) (اليمين|اليسار|اليمنى|اليسرى|الشمال)\w*.{0,30}(ضعيف|ما تتحرك|مشلول|ثقيل|ما يقدر|ما تقدر|نازل)",
            r"(كلام|لسان|حكي)(ه|ها|و|ي)\b.{0,15}(ثقيل|مو واضح|مش واضح|مخربط|متلخبط|مو مفهوم|ما نفهمه|ما نفهمها)",
            r"\b(his|her) (speech|words)\b.{0,20}(slurr|garbl|jumbl|wrong|unclear)",
            r"(ايدي|يدي|رجلي|ذراعي) (اليمين|اليسار|اليمنى|اليسرى|الشمال)\w*.{0,30}(ضعيفه|ضعيفة|ما تتحرك|ما اقدر ارفعها|مشلوله|مشلولة|ثقيله)",
            r"(لساني ثقيل|ما اقدر اتكلم|ما أقدر أتكلم|كلامي مو واضح)",
        ),
    ),
    RedFlag(
        id="sepsis_signs",
        system="sepsis",
        procedures=("any",),
        source="NHS 'Sepsis' (mottled, bluish or pale skin, a rash that does not fade, very fast breathing, confusion -- call 999); UK Sepsis Trust red flags; NICE NG51",
        patterns=(
            r"\b(mottled|blotchy (blue|purple|grey)|skin (is |looks )?(grey|gray|blue|bluish|marbled))",
            r"(rash|spots)\b.{0,30}(doesn'?t|does not|won'?t) fade",
            r"(very cold|ice cold|freezing) (hands|feet)\b.{0,40}(fever|shiver|shak|confus|racing|clammy)",
            r"(marmor|fleckig|bläulich|grau).{0,15}haut|haut\w*.{0,20}(marmoriert|fleckig|bläulich|grau)",
            r"(peau|jambes|genoux)\w*.{0,20}(marbr|violac|grisâtre|bleuâtre)",
            r"(marbrures)",
            r"(deri|cilt)\w*.{0,20}(alaca|mermer|morumsu|gri|mosmor lekel)",
            r"(мраморн|пятнист|синюшн|серая кожа|кожа сер)",
            r"(جلدي|بشرتي|الجلد)\w*.{0,20}(مبقع|منقط|ازرق|أزرق|رمادي|مرقط)",
            # "you feel like you're going to die" is one of NHS 'Sepsis' call-999 signs (and a
            # sense of doom comes with a PE or anaphylaxis); told as a feeling, not an idiom
            r"\b(feel|feels|feeling|felt) (like|as if) (i'?m|i am|i was|i'?ll|she'?s|he'?s) (going to|gonna|about to) die\b",
            r"gefühl,? (als ob |dass )?(ich )?(gleich |jetzt )?(sterbe|sterben würde|sterben werde)",
            r"(impression|sensation|sentiment) (que je vais|de|d'aller) mourir|je sens que je vais mourir",
            r"(ölecek gibi|öleceğimi) (hissediyorum|hissettim|oluyorum)|ölecekmişim gibi",
            r"(кажется|чувствую|ощущение),? (что )?(я )?(сейчас )?(умираю|умру)",
            r"(احس|أحس|حاس|حاسه|حاسة|حاسس) (اني|إني|انني) (بموت|راح اموت|رح موت|اموت|أموت)",
        ),
        # the forty-ninth round's (dev54 ru-14): the colour told of a small patch or of a site
        # ("тёмный синюшный участок кожи за ухом, 1 см", "derimde morumsu bir leke") is the
        # skin there, not the whole skin -- skin_patch_review holds it for the same day
        unless=(_LOCAL_DUSKY_PATCH,),
    ),
    RedFlag(
        id="bowel_obstruction",
        system="abdominal / bariatric (obstruction, leak)",
        procedures=("bariatric", "abdominal"),
        source="ASMBS patient information (after gastric bypass: bloating, cramping, vomiting and no wind or stool suggest bowel obstruction or internal hernia -- emergency); NHS 'Bowel obstruction'",
        patterns=(
            r"(can'?t|cannot|haven'?t|not been able to|unable to) (pass(ed)?|fart|poo|poop)\w*.{0,20}(gas|wind|stool|fart|poo|at all|since)?.{0,60}(vomit|throw\w* up|being sick|bloat|swollen|distend|cramp)",
            r"(vomit|throw\w* up|bloat|swollen|distend)\w*.{0,60}(can'?t|cannot|haven'?t|no) (pass\w* )?(gas|wind|fart|poo|stool|bowel)",
            r"(gaz|gaz çıkar)\w*.{0,20}(çıkaramıyorum|çıkmıyor|yapamıyorum).{0,60}(kus|şiş|kramp)",
            r"(keine|kein) (winde|blähungen|stuhlgang|stuhl)\w*.{0,60}(erbrech|übergeb|aufgebläht|gebläht|krampf)",
            r"(ne peux (pas|plus)|n'arrive (pas|plus) à) (aller à la selle|évacuer les gaz|émettre des gaz|péter).{0,60}(vomi|ballonn|gonfl|crampe)",
            r"(pas|plus) (été|allée?) à la selle\b.{0,30}(ni|pas) (de )?gaz|(ni selles?|pas de selles?) ni (de )?gaz",
            r"(газы не отходят|не отходят газы|нет стула|не могу сходить в туалет).{0,60}(рвот|рвет|рвёт|вздут)",
            # the same two signs told in the other order ("его рвёт, газы не отходят"; "kusuyorum,
            # gaz çıkaramıyorum"): ASMBS lists them together, in no order
            r"(рвот|рвет|рвёт|вырвал|стошни|вздут)\w*.{0,60}(газы не (отходят|выходят|идут)|не (отходят|выходят) газы|нет (ни )?(стула|газов))",
            r"(kus|şiş|kramp)\w*.{0,60}(gaz\w*.{0,10}(çıkaramıyorum|çıkmıyor|yapamıyorum)|tuvalete çıkamıyorum)",
            r"(erbrech|übergeb|aufgebläht|gebläht|krampf)\w*.{0,60}(keine|kein) (winde|blähungen|stuhlgang|stuhl)",
            r"(vomi|ballonn|gonfl|crampe)\w*.{0,60}((pas|plus|ni) (de )?(gaz|selles?)|(ne peux (pas|plus)|n'arrive (pas|plus) à) (aller à la selle|évacuer les gaz|péter))",
            r"(استفراغ|استفرغ|ارجع|برجع|انتفاخ|منتفخ)\w*.{0,60}(ما اقدر|ما أقدر|ما يطلع|ما يطلعش|ما في|ما فيه)\w* (اطلع )?(غازات|غاز|اروح الحمام)",
            r"(ما اقدر|ما أقدر|ما يطلع|ما يطلعش)\w* (اطلع غازات|غازات|اروح الحمام).{0,60}(استفراغ|ارجع|انتفاخ|منتفخ)",
        ),
        # Wind still passing, with no vomiting told (ASMBS: obstruction is no wind *and* no
        # stool with bloating or vomiting; NHS 'Constipation' after an operation): no stool for
        # days with a bloated belly while the wind passes is constipation, seen the same day
        # -- a vomiting told beside it keeps the flag.
        unless=(rf"^(?!.*{_told(_VOMITED)}).*{_WIND_PASSES}",),
    ),
    RedFlag(
        id="ovarian_torsion_internal_bleeding",
        system="pelvis (ovarian torsion, internal bleeding)",
        procedures=("ivf",),
        source="RCOG Green-top Guideline No. 5 and ESHRE good practice on oocyte retrieval complications (sudden severe one-sided pelvic pain with vomiting: torsion; pain with dizziness or fainting: intra-abdominal bleeding); HFEA 'Risks of fertility treatment'",
        patterns=(
            r"(sudden|suddenly|all of a sudden|out of nowhere)\b.{0,30}\b(severe|sharp|stabbing|intense|terrible)? ?pain\b.{0,40}\b(left|right|one side|lower (belly|abdomen|tummy)|pelvi|ovary)",
            r"(sudden|suddenly)\b.{0,20}\b(left|right|one)[- ]?(sided)?\b.{0,30}\bpain",
            # the side told first, the sudden onset after ("on the right side, the pain came on suddenly")
            r"\b(left|right|one) side\b.{0,50}\bpain\b.{0,30}\b(sudden|suddenly|all of a sudden)",
            r"(doubled (over|up)|bent double|curled up|can'?t stand up straight)\b.{0,40}\b(left|right|one) side",
            r"(aniden|birden|bir anda)\b.{0,15}\b(sağ|sol|tek taraf)\w*.{0,30}(ağrı|sancı)",
            r"(aniden|birden|bir anda)\b.{0,30}(şiddetli|keskin|bıçak gibi)? ?(ağrı|sancı)\w*.{0,40}(sağ|sol|tek taraf|kasık|alt karın|yumurtalık)",
            r"(plötzlich|schlagartig)\w*.{0,30}(starke|heftige|stechende)? ?(schmerz|stechen)\w*.{0,40}(links|rechts|einseitig|unterbauch|eierstock)",
            r"(douleur)\w* (brutale|soudaine|subite)\w*.{0,40}(gauche|droite|d'un côté|bas (du )?ventre|ovaire)|(brutalement|d'un coup).{0,30}(douleur|mal)\w*.{0,40}(gauche|droite|bas (du )?ventre|ovaire)",
            r"(внезапн|резк)\w*.{0,20}(сильн|остр)?\w* ?бол\w*.{0,40}(слева|справа|в боку|внизу живота|яичник)",
            r"(внезапн|резк|вдруг)\w*.{0,15}(прихват|скрут|схват|прострел)\w*.{0,20}(прав|лев)\w* (бок|сторон|яичник)",
            r"(sudden(ly)?|all of a sudden)\b.{0,20}(seized|gripped|cramped|stabbed)\b.{0,25}(right|left) (side|ovary)",
            r"(ألم|وجع)\w* (مفاجئ|فجأه|فجأة)\w*.{0,40}(يمين|يسار|اليمين|اليسار|جهه وحده|جهة وحدة|اسفل البطن|أسفل البطن|المبيض)",
        ),
    ),
    RedFlag(
        id="anaesthesia_after_effects",
        system="anaesthesia (spinal / general) after-effects",
        procedures=("any",),
        source="Royal College of Anaesthetists patient information 'Headache after a spinal or epidural injection' and 'Nerve damage associated with a spinal or epidural'; NHS 'Epidural' (legs still numb or weak hours later, a headache much worse sitting up: contact the hospital)",
        patterns=(
            # too much sedation or opioid after an operation (RCoA 'Side effects of anaesthesia';
            # NHS 'Codeine / tramadol -- side effects': very sleepy, slow or shallow breathing,
            # blue or grey lips -- call 999): hard to wake, breathing slow, lips grey
            r"(can'?t|cannot|can hardly|can barely|barely|hardly|struggl\w* to) (wake|rouse) (him|her|them|my \w+)( up)?",
            r"(can'?t|cannot|can hardly|can barely|struggl\w* to) keep (her|his|their|my) eyes open",
            r"(breathing|breaths?) (is |are )?(really |very |so )?(slow|shallow)|breathes (really |very |so )?(slowly|shallow)",
            r"lips?\w*.{0,20}(greyish|grey|gray|bluish|blue)",
            r"(kaum|nicht) (wach|aufzuwecken|wach zu kriegen|wachzukriegen)|atmet (ganz |sehr )?(langsam|flach)|lippen.{0,15}(blau|grau)",
            r"(n'?arrive|arrive) (pas|plus) à (la|le) réveiller|respire (très )?(lentement|faiblement)|lèvres.{0,15}(bleu|gris)",
            r"(uyandıramıyoruz|uyandıramıyorum|zor uyanıyor|uyanmıyor)|nefesi (çok )?(yavaş|yüzeysel)|dudak\w*.{0,10}(mor|gri|morar)",
            r"не (могу|можем) (её|ее|его) разбудить|еле (до|раз)буди\w*|не просыпа\w*|дышит (очень )?(медленно|редко|поверхностно)|губы.{0,10}(син|сер)",
            r"(ما|مو|مش) (اقدر|أقدر|نقدر|قادر|قادره) (اصحيه|أصحيه|اصحيها|أصحيها|نصحيه|نصحيها)|(تنفسه|تنفسها|نفسه|نفسها) (بطيء|بطيئ|ضعيف)|شفا?(يفه|يفها|يفي)\w* ?(زرق|ازرق|رمادي)",
            r"(headache|head (hurts|pounding))\b.{0,50}\b(worse|unbearable|only better|goes away)\b.{0,30}(sit(ting)? up|stand(ing)? up|upright|lying (down|flat))",
            r"(after|since) (the |my )?(spinal|epidural)\b.{0,60}(headache|can'?t (feel|move) (my )?legs|legs (are )?(still )?(numb|weak))",
            r"(legs?|feet) (are |is )?(still )?(completely )?(numb|dead|weak)\b.{0,40}(spinal|epidural|anaesthe|anesthe|since)",
            r"((can'?t|cannot|can barely) stay awake|keeps? (falling|dropping|nodding) (asleep|off)|won'?t stay awake)",
            r"(uyanık kalamıyorum|uyanık duramıyor|sürekli uyuyakal|sürekli uyukl)",
            r"(kann (kaum|nicht) wach bleiben|schläft (ständig|immer wieder) ein)",
            r"(n'arrive pas à rester éveillé|s'endort (sans arrêt|tout le temps)|je m'endors sans arrêt)",
            r"(постоянно засыпа|не могу (не спать|проснуться)|все время спит|всё время спит)",
            r"(ما (اقدر|أقدر|يقدر|تقدر) (اصحى|أصحى|يصحى|تصحى)|نايم طول الوقت|نايمه طول الوقت)",
            r"(baş ağrı|başım)\w*.{0,40}(oturunca|kalkınca|ayağa kalkınca|doğrulunca).{0,20}(artıyor|dayanılmaz|çok)",
            r"(belden|spinal|epidural)\w*.{0,50}(bacak\w* (hala )?(uyuşuk|hissetmiyorum|tutmuyor)|baş ağrı)",
            r"(kopfschmerz)\w*.{0,50}(im sitzen|beim aufsetzen|beim aufstehen|im stehen).{0,20}(schlimmer|unerträglich|stärker)",
            r"(spinal|pda|periduralanästhesie|rückenmarksnarkose)\w*.{0,60}(kopfschmerz|beine (noch )?(taub|gefühllos|schwach))",
            r"(mal de tête|maux de tête|céphalée)\w*.{0,50}(assis|debout|en me levant|quand je me lève).{0,20}(pire|insupportable|plus fort)",
            r"(rachianesthésie|péridurale|rachi)\w*.{0,60}(mal de tête|jambes (encore |toujours )?(engourdies|faibles|insensibles))",
            r"(голов\w* бол|болит голова)\w*.{0,50}(сидя|стоя|когда встаю|вставать|сажусь).{0,20}(сильнее|невыносим|хуже)",
            r"(спинальн|эпидуральн|наркоз)\w*.{0,60}(головная боль|ноги (до сих пор |все еще |всё ещё )?(немеют|не чувствую|слабые))",
            r"(صداع|راسي يوجع)\w*.{0,50}(لما اقعد|لما أقعد|لما اوقف|لما أوقف|وانا جالس|وأنا واقف).{0,20}(يزيد|ما يطاق|اقوى|أقوى)",
            r"(البنج النصفي|البنج|الابره في الظهر|الإبرة في الظهر)\w*.{0,60}(صداع|رجولي (مخدره|ما احس|ما أحس))",
            *_NEURAXIAL_COMPRESSION,
        ),
    ),
    RedFlag(
        id="dental_infection_spreading",
        system="dental / face (spreading infection)",
        procedures=("dental",),
        source="NHS 'Dental abscess' (go to A&E if the swelling spreads to the eye or neck, or you cannot open your mouth); NICE CKS 'Dental abscess' (spreading facial cellulitis)",
        patterns=(
            r"\b(tooth|teeth|implant|dental|gum|extraction|wisdom)\w*.{0,100}\beyes?\b.{0,25}(swell\w* shut|swollen shut|closing|clos\w* up|can'?t open|puff\w* shut|swelling)",
            r"\b(diş|implant|dolgu|çekim|yirmilik)\w*.{0,100}\bgöz\w*.{0,25}(kapan|kapal|açamıyorum|şişti|şişiyor)",
            r"\b(zahn|zähne|implantat|zahnfleisch|weisheitszahn)\w*.{0,100}\bauge\w*.{0,25}(zu|schwillt|geschwollen|kann (es )?nicht öffnen)",
            r"\b(dent|implant|gencive|extraction|sagesse)\w*.{0,100}\b(oeil|yeux)\b.{0,25}(se ferme|fermé|gonfl|n'arrive (pas|plus) à l'ouvrir)",
            r"(зуб|имплант|десн|удалени)\w*.{0,100}(глаз)\w*.{0,25}(заплыва|заплыл|не открыва|опух|закрыва)",
            r"(سن|ضرس|زراعه|زراعة|الاسنان|الأسنان|اللثه|اللثة|خلع)\w*.{0,100}(عين|عيني|عيوني)\w*.{0,25}(تتسكر|تسكرت|انتفخ|ما تنفتح|مسكره|مسكرة|منتفخ|تورم)",
            # the forty-eighth round's (a Known limit of the forty-fifth): the swelling told
            # spreading or moving to the eye or the neck, the eye after it ("the swelling is
            # spreading to my cheek and eye", "die Schwellung zieht bis zum Auge", "le gonflement
            # gagne l'oeil", "şişlik gözüme yayılıyor", "отёк переходит на глаз", "الورم وصل
            # لعيني") -- NHS 'Dental abscess': A&E when the swelling spreads to the eye or neck;
            # a swelling told not spreading is the expected course
            r"\b(tooth|teeth|implant|dental|gum|extraction|wisdom)\w*.{0,100}\b(swelling|swollen)\b"
            + _NOT_BETWEEN
            + r"\b(spread\w*|mov\w*|going|gone|went|reach\w*|extend\w*|travel\w*)\b (up |down )?(in)?to(wards)?\b.{0,20}\b(eyes?|neck|throat)\b",
            r"\b(zahn|zähne|implantat|zahnfleisch|weisheitszahn)\w*.{0,100}\bschwellung\w*"
            + _NOT_BETWEEN
            + r"\b(breitet sich|geht|wandert|zieht|reicht|steigt)\b"
            + _NOT_BETWEEN
            + r"\b(auge|hals)\w*",
            r"\b(dent|implant|gencive|extraction|sagesse)\w*.{0,100}\b(gonflement|enflure|oedème|œdème)\b"
            + _NOT_BETWEEN
            + r"(s'étend|gagne|descend|monte|va|arrive)\b"
            + _NOT_BETWEEN
            + r"\b(oeil|œil|yeux|cou)\b",
            r"\b(diş|implant|çekim|yirmilik)\w*.{0,100}\bşişlik\w*.{0,40}\b(göz|boyn)\w*.{0,20}(yayıl|ilerl|gidiyor|çıkıyor|uzanıyor|vardı)",
            r"(зуб|имплант|десн|удалени)\w*.{0,100}(отек|отёк|опухол)\w*"
            + _NOT_BETWEEN
            + r"(распростран|переходит|перешел|перешёл|идет|идёт|пошел|пошёл|ползет|ползёт|доходит|дошел|дошёл)\w*"
            + _NOT_BETWEEN
            + r"(глаз|шею|шея)",
            r"(سن|ضرس|زراعه|زراعة|الاسنان|الأسنان|اللثه|اللثة|خلع)\w*.{0,100}(الورم|الانتفاخ|التورم|ورم|انتفاخ|النفخه)"
            + _NOT_BETWEEN
            + r"(ينتشر|انتشر|وصل|يوصل|طالع|يمتد|امتد|راح)\w*"
            + _NOT_BETWEEN
            + r"(عين|عيني|رقبتي|الرقبه|الرقبة)",
        ),
        # The forty-fourth round's (dev49): "زراعة الشعر" and "implants capillaires" are a hair
        # transplant, not a tooth -- the forehead and the eyes swell in its first week (ISHRS
        # patient information: swelling of the forehead, sliding to the eyes, days 2-5)
        unless=(
            r"(زراعه|زراعة) (ال)?(شعر|بصيلات)|\bimplants? (de cheveux|capillaires?)|\bhair (implant|transplant)",
        ),
    ),
    RedFlag(
        id="eye_infection",
        system="eye (infection after surgery)",
        procedures=("eye_surgery",),
        source="AAO (American Academy of Ophthalmology) 'Endophthalmitis' and NHS 'Cataract surgery -- recovery' (increasing pain, redness, discharge or worse vision after eye surgery: contact the eye unit the same day)",
        patterns=(
            r"\beyes?\b.{0,60}\b(pus|yellow (discharge|gunk|stuff)|green (discharge|gunk)|sticky (yellow|green)|discharge)",
            r"\bgöz\w*.{0,60}(irin|iltihap|sarı çapak|yeşil çapak|çapak|akıntı)",
            r"\baugen?\b.{0,60}(eiter|eitrig|gelber ausfluss|grüner ausfluss|ausfluss)",
            r"\b(oeil|yeux)\b.{0,60}(pus|écoulement|sécrétions jaunes|sécrétions vertes|purulent)",
            r"(глаз)\w*.{0,60}(гной|гнойн|выделени)",
            r"(عين|عيني|عيوني)\w*.{0,60}(صديد|قيح|افرازات|إفرازات|رمص اصفر|رمص أصفر)",
        ),
    ),
    RedFlag(
        id="joint_dislocation",
        system="musculoskeletal (joint replacement)",
        procedures=("orthopaedic",),
        source="NHS 'Hip replacement -- risks' (dislocation: the leg looks shorter or turned, severe pain, cannot stand -- go to A&E); NHS 'Knee replacement -- risks'",
        patterns=(
            r"(leg|bein|jambe|bacağ|bacak|нога|ногу|رجلي)\w*.{0,25}(looks |is |ist |est |стала |صارت )?(shorter|kürzer|plus courte|kısaldı|daha kısa|короче|اقصر|أقصر)",
            r"(turned|twisted|rotated) (out|outwards|inwards)|nach (außen|innen) gedreht|tourn[ée]e? vers l'extérieur|dışa döndü|вывернут\w*|(ملتوي|ملفوف) (لبرا|للخارج)",
            r"(hip|hüfte|hanche|kalça|бедр\w*|тазобедр\w*|ورك)\w*.{0,30}(popped|jumped|came) out|(hüfte|knie)\w* (ist )?(raus|ausgerenkt|herausgesprungen)|(hanche|genou) (luxée|déboîtée|sortie)|(kalçam|dizim) (çıktı|yerinden oynadı)|вывих",
        ),
    ),
    RedFlag(
        id="compartment_syndrome",
        system="musculoskeletal (acute compartment syndrome under a cast or after limb surgery)",
        procedures=("orthopaedic", "any"),
        source="BOA Standards for Trauma (BOAST) 'Diagnosis and management of compartment syndrome of the limbs' (2016); NICE NG37 Fractures (complex): pain out of proportion, pain on passive stretch, numbness or pins and needles, a tight cast -- an emergency: split the cast, the surgeon within the hour",
        # Two different signs told of the same limb (``_two_of``): a cast or dressing pressing,
        # fingers or toes blue, pale or cold, fingers or toes numb, fingers or toes that cannot be
        # moved, a pain past the painkillers. One sign alone is the usual swelling of day one.
        patterns=_two_of(_COMPARTMENT_SIGNS),
        # numb toes and a still leg the hours a nerve block lasts are the block (NICE NG37)
        unless=(
            r"(nerve ?block|spinal|epidural|\bblock\b|nervenblock|bloc (nerveux|anesth)|rachi|blok|sinir blo|блокад|спинальн|эпидурал|تخدير نصفي|بنج نصفي)",
        ),
    ),
    RedFlag(
        id="severe_pain_unrelieved",
        system="pain",
        procedures=("any",),
        source="NHS 'Recovering from an operation' (pain that is not controlled by the prescribed painkillers); ASPS post-operative instructions",
        patterns=(
            r"(severe|unbearable|excruciating|terrible|extreme|intense|worst|horrible|agonizing|agonising) pain",
            r"(pain ?killers?|pain medication|meds|pills|tablets|ibuprofen|paracetamol|tramadol).{0,25}(are not|aren'?t|don'?t|do not|doesn'?t|does not|not|no longer|stopped|didn'?t) (help|work|touch|do anything)",
            r"pain (is )?(getting )?(worse|worse and worse|unbearable|killing me|10/10|10 out of 10)",
            r"(şiddetli|dayanılmaz|çok kötü|aşırı|korkunç|berbat) (bir )?ağrı",
            r"ağrı kesici\w*.{0,20}(işe yaramıyor|etki etmiyor|fayda etmiyor|kesmiyor|yaramadı|etmedi)",
            r"ağrı\w* (geçmiyor|dayanılmaz|çekilmez)",
            r"ağrı\w* (çok|giderek|gittikçe) (artıyor|kötüleşiyor)",
            r"(starke|starken|unerträgliche|unerträglichen|extreme|heftige|heftigen|höllische|höllischen|wahnsinnige|brutale) schmerzen",
            r"(höllisch|wahnsinnig|unerträglich) (weh|schmerz)",
            r"schmerzmittel.{0,20}(helfen|wirken|bringen) (nicht|kaum|nichts)",
            r"schmerzen werden (immer )?(schlimmer|stärker)",
            r"douleur\w* (\w+ )?(intense|insupportable|atroce|terrible|sévère|très forte|horrible)",
            r"(antidouleurs?|antalgiques?|médicaments?|doliprane|cachets?).{0,20}(ne (font|fait|marche|marchent|soulage|soulagent)|aucun effet|pas d'effet|servent à rien)",
            r"(mal|douleur) de (plus en plus|pire en pire)",
            r"(сильн|невыносим|ужасн|адск|дикая|дикой|острая|острой)\w* бол",
            r"обезболивающ\w*.{0,15}не (помога|действу|снима)",
            r"боль не (проходит|утихает|снимается)",
            r"боль (усиливается|становится сильнее|все сильнее|всё сильнее)",
            r"(болит|боль)\w*.{0,10}(невыносимо|ужасно|адски|очень сильно)",
            r"бол\w* (адск|невыносим|ужасн|дик|жутк)\w*",
            # pain told as a knife (a comparison of severe pain): "like a knife", "wie ein
            # Messer", "Messerstiche", "comme un coup de couteau", "bıçak saplanmış gibi",
            # "как ножом", "زي السكينة"
            r"(like (a |being stabbed with a )?knife|like being stabbed|wie (ein|mit einem) messer|messerstich|comme (un|des) (coups? de )?couteau|bıçak (gibi|saplan)|как (будто )?нож(ом)?|(زي|مثل|كأن|كان) (ال)?(سكين|سكينه|سكينة))",
            r"(schmerztablette|schmerzmittel|tablette)\w*.{0,20}(hilft|helfen|wirkt|wirken|bringt|bringen) (gar |überhaupt |leider )?(nix|nicht|nichts|kaum)",
            # a pain worse by the hour (NHS: pain that gets worse after an operation)
            r"(every hour|each hour|by the hour|jede stunde|stündlich|von stunde zu stunde|d'heure en heure|chaque heure|saat saat|her saat|с каждым часом|каждый час|كل ساعه|كل ساعة)[ ,.!:-]{0,3}(\w+[ ,]+){0,2}(worse|schlimmer|stärker|pire|kötüleş\w*|artıyor|хуже|сильнее|اسوأ|أسوأ|يزيد)",
            r"(worse|schlimmer|pire|kötüleş\w*|хуже|اسوأ|أسوأ)\w*.{0,12}(every hour|each hour|by the hour|jede stunde|stündlich|d'heure en heure|chaque heure|saat saat|с каждым часом|كل ساعه|كل ساعة)",
            r"(ألم|وجع) (شديد|لا يطاق|فظيع|حاد|قوي|مو طبيعي)",
            r"(المسكن|المسكنات|البنادول|الحبوب)\w*.{0,15}(لا|ما|مو) (تنفع|تفيد|يفيد|ينفع|نفع|نفعت|فاد|فادت|تعمل|يسوي|تسوي|سوى|سوت)",
            r"الألم لا (يتوقف|يزول)",
            # Arabizi: "el mosakkin ma ysawi shi" (the painkiller does nothing), "el alam sar
            # aqwa men awal" (the pain is stronger than at first -- NHS: pain getting worse)
            r"\b(el |al )?(mosa+k+[ie]n|musa+k+[ie]n|msa+k+[ie]n|mosakenat|msaknat|panadol|brufen|profen|7bob|7obob|el 7bob)\w*\b.{0,15}\b(ma|mesh|msh|mish|mu|mo|la) ?(y|b|bi|by)?(sawi|sawee|feed|fid|nfa3|infa3|enfa3|nafa3|fad)\w*",
            r"\b(el |al )?(alam|wja3|waja3|wa?ja3)\b.{0,40}\b(aqwa|a2wa|agwa|ashad|ash?add|akthar|aktar|ak?thar)\b (men|min|mn) (awal|awwal|2abl|qabl|abl|gabl|el bidaya)",
            r"(الألم|الوجع)\w*.{0,15}(يزيد|قاعد يزيد|يشتد)",
        ),
        # A severe pain told in the past and said to have eased since ("stabbing the first hours,
        # much better by the evening"): the pain is settling, not unrelieved or rising (NHS
        # 'Recovering from an operation' asks about pain the painkillers do not control). A
        # "not better", or a pain back or worse after the easing, keeps the flag.
        unless=(
            r"(?<!not )(?<!no )(?<!nicht )(?<!kein )(?<!pas )(?<!не )(?<!مو )(?<!مش )(?<!ما )"
            r"\b(much better|a lot better|far better|eased|settled|has gone|went away|wore off|"
            r"(epey |çok |biraz )?(geçti|azaldı|hafifledi|düzeldi)|viel besser|deutlich besser|nachgelassen|"
            r"beaucoup mieux|bien mieux|s'est calmée?|passée?|намного лучше|гораздо лучше|прошла|утихла|"
            r"خف|خفت|راح|راحت|احسن بكثير|أحسن بكثير)\b"
            r"(?!.{0,60}(worse|again|back|schlimmer|wieder|pire|revenu|tekrar|yine|artıyor|хуже|снова|опять|رجع|اسوأ|أسوأ|يزيد))",
        ),
    ),
    RedFlag(
        id="sudden_hearing_loss",
        system="ear",
        procedures=("rhinoplasty", "any"),
        source="NHS 'Hearing loss' (sudden hearing loss in one or both ears: ask for an urgent GP appointment or call 111 the same day); NICE CKS 'Hearing loss in adults' (sudden sensorineural hearing loss: immediate ENT referral); AAO-HNS Clinical Practice Guideline: Sudden Hearing Loss (2019)",
        patterns=(
            r"(can'?t|cannot|can not|barely|hardly|unable to) hear\b.{0,30}\bears?\b",
            r"\bears?\b.{0,30}(gone deaf|went deaf|is deaf|can'?t hear|no hearing|lost (the |my )?hearing)",
            r"\b(lost|losing|loss of) (the |my |all )?hearing",
            r"\bdeaf in (my |one |the |her |his )?(left |right )?ear",
            r"\bhörsturz|(höre|hört|hören)\w* (\w+ ){0,4}(nichts|kaum (noch )?etwas|kaum was|nix) mehr|gehör\w* (ist )?(weg|verloren|plötzlich)",
            r"\b(ohr|ohre)\w*.{0,25}(höre ich nichts|höre ich kaum|hört nichts|ist taub geworden|plötzlich taub)",
            r"(n'entends|entend) (plus|presque plus|plus rien|rien)\b.{0,30}oreille|oreille.{0,30}(n'entends|entend) (plus|rien)|(perte|baisse) (brutale |soudaine |subite )?(de l'|d')audition|surdité (brutale|soudaine|subite)|sourde? (d'une|de l'|de mon) oreille",
            r"\bkula\w*.{0,30}(duymuyor|duymuyo|duyamıyorum|duyamiyom|işitmiyor|hiçbir şey duymu|sağır)|işitme kaybı|ani işitme",
            r"(не слышу|не слышит|оглох\w*|глухо\w*)\b.{0,30}\bух\w*|\bух\w*.{0,30}(не слышит|не слышу|оглохл|ничего не слыш)|потер\w* слуха",
            r"(اذني|أذني|اذنه|أذنه|اذنها|أذنها|الاذن|الأذن)\w*.{0,30}(ما|مو|مش) ?(اسمع|أسمع|تسمع|يسمع|سامع|سامعه|سامعة)|(ما|مو|مش) ?(اسمع|أسمع|سامع|سامعه|سامعة)\w*.{0,20}(اذني|أذني|الاذن|الأذن)|فقدان (ال)?سمع|(انطرشت|طرشت|صمخت)",
        ),
    ),
    RedFlag(
        id="acute_glaucoma",
        system="eye (raised pressure)",
        procedures=("eye",),
        source="NHS 'Glaucoma' (acute angle-closure: intense eye pain, headache, nausea and vomiting, rings or halos around lights -- go to A&E); NICE CKS 'Glaucoma' (acute angle-closure glaucoma: same-day ophthalmology); AAO 'What is angle-closure glaucoma?'",
        patterns=(
            # halos alone are expected after LASIK or a lens exchange (AAO); halos with vomiting or a
            # strong headache are the pressure rise, in either order -- the sign affirmed, not
            # denied ("kein Erbrechen", "pas de migraine", "рвоты нет", "ما في استفراغ")
            rf"(halos?|rings?|circles?) (a?round|around the) (the )?lights?\b.{{0,80}}{_told(_ACUTE_EYE_EN)}",
            rf"{_told(_ACUTE_EYE_EN)}.{{0,80}}(halos?|rings?|circles?) (a?round|around the) (the )?lights?",
            # ... also the infinitive ("musste erbrechen") and a headache told as hellish
            rf"(halos?|ringe|kreise)\w* um (die |das )?(licht|lichter|lampen).{{0,80}}{_told(_ACUTE_EYE_DE)}",
            rf"{_told(_ACUTE_EYE_DE)}.{{0,80}}(halos?|ringe|kreise)\w* um (die |das )?(licht|lichter|lampen)",
            rf"(halos?|cercles?|anneaux)\w* (colorés? )?autour des (lumières|lampes).{{0,80}}{_told(_ACUTE_EYE_FR)}",
            rf"{_told(_ACUTE_EYE_FR)}.{{0,80}}(halos?|cercles?|anneaux)\w* (colorés? )?autour des (lumières|lampes)",
            rf"ışık\w*.{{0,15}}(hale|halka)\w*.{{0,80}}{_told(_ACUTE_EYE_TR)}|{_told(_ACUTE_EYE_TR)}\w*.{{0,80}}ışık\w*.{{0,15}}(hale|halka)",
            rf"(круг|ореол)\w*.{{0,10}}(вокруг|около) (огн|свет|ламп)\w*.{{0,80}}{_told(_ACUTE_EYE_RU)}|{_told(_ACUTE_EYE_RU)}\w*.{{0,80}}(круг|ореол)\w*.{{0,10}}(вокруг|около) (огн|свет|ламп)",
            rf"(هالات|هاله|هالة|دوائر)\w*.{{0,20}}(الضوء|الاضواء|الأضواء|الانوار|الأنوار).{{0,80}}{_told(_ACUTE_EYE_AR)}",
            rf"{_told(_ACUTE_EYE_AR)}.{{0,80}}(هالات|هاله|هالة|دوائر)\w*.{{0,20}}(الضوء|الاضواء|الأضواء|الانوار|الأنوار)",
        ),
    ),
    RedFlag(
        id="local_anaesthetic_toxicity",
        system="anaesthesia (local anaesthetic systemic toxicity)",
        procedures=("liposuction", "any"),
        source="Association of Anaesthetists (AAGBI) safety guideline 'Management of severe local anaesthetic toxicity' (2010); ASPS 'Liposuction -- risks' (lidocaine toxicity after tumescent infiltration): numb lips or tongue, ringing ears, metallic taste, twitching -- emergency",
        # Two different signs together, in either order: a numb lip alone is the dental block, a
        # metallic taste alone an antibiotic.
        patterns=_two_of(_LAST_SIGNS),
    ),
    RedFlag(
        id="abnormal_vital_signs",
        system="circulation / respiratory (measured numbers)",
        procedures=("any",),
        source="NICE NG51 Sepsis (high-risk criteria: heart rate above 130, systolic blood pressure 90 or below, new need for oxygen to keep SpO2 above 92 %); Royal College of Physicians NEWS2 (SpO2 91 % or below, systolic 90 or below, pulse 131 or above each score 3); ASPS: fat embolism after gluteal fat grafting",
        # A patient (or a relative with a home monitor) may report only readings. The limits are
        # stricter than NEWS2's single-parameter 3 on purpose (a resting pulse above 120, SpO2
        # below 92 %, a systolic below 90): a reading near the line is seen by a person rather
        # than answered. The number must follow its word closely with no other digits between,
        # so "pulse 80, SpO2 98 %, 130 mg" never pairs a word with another reading.
        patterns=(
            # a resting pulse above 120
            rf"({_PULSE})[^\d]{{0,20}}\b(12[1-9]|1[3-9]\d|2[0-4]\d)(?![\d.,]\d)",
            r"\b(12[1-9]|1[3-9]\d|2[0-4]\d) ?(bpm|beats|schläge|battements|atım|vuruş|ударов|уд/мин|уд\.? в мин|نبضه|نبضة|نبضات)",
            # oxygen saturation below 92 % (a unit of time or volume after the number is a dose)
            rf"({_OXYGEN})[^\d]{{0,12}}\b([5-8]\d|9[01])(?![\d.,]\d)(?!\s*(min|minute|dakika|мин|دقيق|hours?|h\b|stunden|heures|saat|час|ساع|l\b|lit|литр|لتر))",
            # a systolic blood pressure below 90 ("90/55" is at the line; "80/50", "tension 8/5")
            rf"({_BLOOD_PRESSURE})[^\d]{{0,12}}\b([4-8]\d) ?(/|на|\\|over|über|sur|ve|على) ?\d{{2,3}}\b",
            rf"({_BLOOD_PRESSURE})[^\d]{{0,12}}\b[4-8] ?(/|на|\\|sur|ve|على|'?y?e\b) ?[2-6]\b(?![\d.,]\d)",
            # the systolic alone in cmHg, as French and Turkish patients say it ("ma tension est à
            # 8", "tansiyonum 7 düştü"); not a count of days or hours
            rf"({_BLOOD_PRESSURE})[^\d]{{0,16}}\b[4-8]\b(?![.,]?\d)(?!\s*('?y?e\b|/|sur|на|jours?|gün|days?|tage?n?|дн|дня|дней|يوم|ايام|h\b|heures?|hours?|saat|час|mois|ay\b|months?|semaines?|hafta|weeks?|mal|fois|kez|kere|раз|мин|min|dakika))",
        ),
    ),
    RedFlag(
        id="meningitis_signs",
        system="neurological (meningitis, after nose, sinus or spinal procedures)",
        procedures=("rhinoplasty", "sinus", "spinal", "any"),
        source="NHS 'Meningitis' (a severe headache, a stiff neck, a dislike of bright lights -- call 999 or go to A&E); ENT UK on CSF leak and meningitis after nasal and skull-base surgery",
        # Two different signs together, in either order: a headache alone after a rhinoplasty is
        # expected and a stiff neck alone may be the pillow; with a stiff neck or a light that
        # hurts, a strong headache is a person's call at once.
        patterns=_two_of(_MENINGISM_SIGNS),
    ),
    RedFlag(
        id="cannot_stand",
        system="circulation / general condition",
        procedures=("any",),
        source="NICE NG51 Sepsis (moderate-to-high-risk criterion: acute deterioration in functional ability); NHS 'Sepsis' and 'Dehydration' (feeling very unwell, too weak or dizzy to stand -- call 111 or 999); ASMBS on leaks after bariatric surgery",
        # Too weak to stand or get out of bed, told by what the patient can no longer do. Not
        # standing *up straight* (expected after an abdominoplasty) nor "can't stand the pain";
        # so "ما اقدر اوقف مستقيمة", "не могу стоять прямо" (ASPS 'Abdominoplasty -- recovery':
        # the patient walks bent at the waist for the first weeks).
        patterns=(
            r"\b(can'?t|cannot|can barely|can hardly|unable to|couldn'?t) (even )?stand( up)?\b(?! (up )?(straight|upright|the|it|this|that|him|her|them|long|for long|for more|being|still|sitting))",
            r"\b(can'?t|cannot|unable to|couldn'?t) (even )?get (up )?out of bed",
            r"\btoo (weak|dizzy|wobbly) to (stand|walk|get up)",
            r"\blegs? (keep )?(give|gave|giving|gives) (way|out)",
            r"\bkann( \w+){0,4}? (kaum|nicht|nicht mehr|fast nicht|gar nicht) (noch |mehr )?(stehen|aufstehen)\b",
            r"\bzu schwach (zum|um) (stehen|aufstehen|aufzustehen|laufen)",
            r"\bbeine\w* (geben|knicken|sacken) (nach|weg|ein)",
            r"\b(peux|arrive) (pas|plus|à peine) (à )?(me lever|me mettre debout|sortir du lit)",
            r"\btrop faible pour (me lever|marcher|tenir debout)",
            r"(ayakta duramıyorum|ayakta duramadı|ayağa kalkamıyorum|ayağa kalkamadı|yataktan kalkamıyorum|yataktan kalkamadı|ayakta zor duruyorum|dizlerim\w* tutmuyor|bacaklarım\w* tutmuyor)",
            r"не (могу|может|смог\w*|в силах) (встать|стоять|подняться)\b(?! ?(прямо|ровно|выпрямив\w*|во весь рост|в полный рост))",
            r"на ногах не (стою|держусь|стоит|держится)",
            r"(ما|مو|مش|لا) (اقدر|أقدر|قادر|قادره|تقدر|يقدر) (اوقف|أوقف|اقوم|أقوم|اقف|أقف|تقوم|يقوم|توقف|يوقف)\b(?! ب| ?(مستقيم|معتدل|منتصب|مفرود|عدل\b|على طول|دغري|سيده|سيدة))",
            r"\b(ma|mu|msh|mish|mesh) (a?g?2?dar|ader|a2dar|agdar|2ader|2adra)\w* (a?oo?ga?f|a?9oo?m|a?2oo?m|aqoom|agoom)\b",
        ),
    ),
    RedFlag(
        id="foot_drop",
        system="nerve (sciatic or peroneal nerve)",
        procedures=("bbl", "abdominal", "any"),
        source="NHS 'Foot drop' (foot drop that came on suddenly: urgent GP appointment or NHS 111; with weakness of one side: 999); ASPS 'Brazilian butt lift -- risks' (sciatic nerve injury from gluteal injection): a foot that cannot be lifted after the operation is seen at once",
        # The foot or the toes that cannot be lifted, or the foot that slaps or drags when
        # walking -- told by the foot, not the leg ("can't lift my leg" for the pain of a
        # liposuction or a BBL is not this)
        patterns=(
            r"\b(foot drop|drop foot|dropped foot)\b",
            r"\b(can'?t|cannot|unable to|couldn'?t|can no longer) (lift|raise|pull up|bend up|flex) (my |the |his |her )?(left |right )?(foot|toes|front of (my |the )?foot)\b",
            r"\b(foot|toes)\b (won'?t|doesn'?t|don'?t|can'?t|will not|does not) (lift|come up|go up|bend up)\b",
            r"\b(foot|feet) (is |keeps |started |just |kind of |sort of |now )?(slapping|slaps|flopping|flops|dragging|drags|flaps) (down )?(on the floor|on the ground|when i walk|as i walk|while walking|when walking)",
            # the foot named, then its front or toes that cannot be lifted ("my foot flops ...
            # I can't lift the front of it")
            r"\bfoot\b[^.!?]{0,80}\b(can'?t|cannot|unable to|can no longer) (lift|raise|pull up) the (front|tip|toes) of it\b",
            r"(fallfuß|fußheberschwäche|fußheberparese)",
            r"\b(kann|bekomme|krieg\w*)( \w+){0,3} (den |meinen )?(linken |rechten )?(fuß|vorfuß|zehen|fußspitze) (nicht|kaum)( mehr)? (heben|anheben|hochziehen|hoch)\b",
            r"\b(fuß|vorfuß|fußspitze)\b( \w+){0,2} (hängt|schleift|klatscht|schlägt auf)\b",
            r"(pied tombant|steppage)",
            r"\b(peux|arrive) (pas|plus) (à )?(lever|relever|soulever|remonter) (le |mon )?(pied|orteils|bout du pied)",
            r"\b(mon |le )?pied (ne se (relève|lève) (pas|plus)|tombe|traîne|claque)\b",
            r"(düşük ayak|ayak düşüklüğü)",
            r"(ayağ\w*|ayak parmak\w*|ayak ucu\w*)( \w+)? (kaldıramıyorum|kaldıramadım|kalkmıyor|kaldırılmıyor|yukarı kalkmıyor)",
            r"(стоп\w*|ступн\w*|носок|пальц\w* ног\w*) не (поднима\w*|подним\w*|разгиба\w*)",
            r"не (могу|может|получается) (поднять|приподнять|разогнуть) (\w+ )?(стоп\w*|ступн\w*|носок|пальцы ног)",
            r"(стоп\w*|ступн\w*|нога) (шлёпает|шлепает|волочится|свисает)",
            # "رجلي" is the leg as often as the foot: only the foot's own words here
            r"(ما|مش|مو|لا) (اقدر|أقدر|قادر|قادره|يقدر|تقدر) (ارفع|أرفع|يرفع|ترفع) (قدمي|القدم|مشط رجلي|اصابع رجلي|أصابع رجلي)",
            r"(قدمي|القدم) (ما|مش|مو) (تنرفع|ترتفع|يرتفع|ينرفع|بترتفع)",
            r"(هبوط|سقوط) القدم",
        ),
    ),
    RedFlag(
        id="jaundice",
        system="liver / drug reaction",
        procedures=("any",),
        source="NHS 'Jaundice' (yellow whites of the eyes or skin: see a GP urgently or call 111 the same day); NICE CKS 'Jaundice in adults'; MHRA/BNF co-amoxiclav and flucloxacillin (cholestatic jaundice, even after the course ends)",
        patterns=(
            r"\bjaundice",
            r"(whites? of (my|her|his|the) eyes|\beyes|\bskin)\b.{0,25}\b(yellow|yellowish|jaundiced)",
            r"(yellow|yellowish)\w* (skin|eyes|whites of)",
            r"gelbsucht|ikterus|(augen|augenweiß|skleren|haut)\w*.{0,25}\bgelb",
            r"jaunisse|ictère|(yeux|blanc des yeux|peau|teint)\b.{0,25}\bjaun",
            r"sarılık|(göz\w* ak\w*|gözler\w*|\bcild\w*|\bcilt\w*|teni\b|tenim\b|derisi\b|derim\b)\b.{0,25}\b(sapsarı|sarı\b|sarardı|sararmış|sarımsı|sarıms)",
            r"желтух|желтушн|(белк\w*|глаз\w*|кож\w*)\s.{0,25}(пожелт|желт|жёлт)|(пожелтел|пожелтели)\w* (глаза|кожа|белки)",
            r"(يرقان|ابو صفار|أبو صفار|بوصفير)|(عيوني|عيونه|عيونها|بياض العين|جلدي|جلده|جلدها|بشرتي|بشرته|بشرتها)\w*.{0,25}(اصفر|أصفر|صفرا|صفراء|مصفر|مصفره|مصفرة)",
        ),
        # A bruise turning yellow or yellow-green is healing (NHS 'Bruises'), not jaundice: a bruise
        # word, a second bruise colour (green, purple, blue) or the skin *under* the eyes nearby.
        unless=(
            r"(bruis|bluterguss|blaue[rn]? fleck|hämatom|ecchymos|\bbleus?\b|morar|morluk|çürük|синяк|гематом|كدم|ازرقاق|زرقه|زرقة)",
            # ... black too: "both eyes black and yellow" after a nose job are black eyes healing
            r"(\bgreen|\bpurple|\bblue|\bblack|\bgrün|\blila|violett|\bschwarz|\bvert|\bviolet|\bnoir|\bmor\b|\byeşil|\bsiyah|зелен|зелён|фиолет|син(ий|ие|яя|его)|ч[её]рн|ازرق|أزرق|اخضر|أخضر|بنفسج|اسود|أسود|سودا)",
            r"(under (my |the |her |his )?eyes|unter (den|meinen) augen|sous les yeux|göz\w* alt|под глаз|تحت (عيوني|العين|عيونه|عيونها))",
        ),
    ),
    RedFlag(
        id="vomiting_blood",
        system="gastrointestinal bleeding (staple line, ulcer)",
        procedures=("bariatric", "abdominal", "any"),
        source="NHS 'Vomiting blood (haematemesis)' (bright red or coffee-ground vomit -- go to A&E or call 999); ASMBS patient information on bariatric complications (staple-line bleeding after sleeve or bypass)",
        patterns=(
            r"(vomit\w*|threw up|throwing up|thrown up|being sick|was sick|puk\w*)"
            + _NOT_GAP
            + r"\bblood",
            r"blood\w*.{0,15}(in|into) (my |the )?(vomit|sick)|\b(bloody|coffee[- ]ground\w*) (vomit|sick)",
            r"(erbroch|erbrech|übergeb|gekotzt|kotz)\w*"
            + _NOT_GAP
            + r"\bblut|blut\w* (erbrochen|gespuckt|gekotzt)|bluterbrechen|kaffeesatz",
            r"vomi\w*" + _NOT_GAP + r"\bsang|vomissement\w* (de sang|sanglant)|marc de café",
            r"kan kus\w*|kus\w*"
            + _NOT_GAP
            + r"\bkan\b|kusmu\w*"
            + _NOT_GAP
            + r"\bkan(lı|lıydı|\b)",
            r"(рвот|рвет|рвёт|вырвал|рвал|стошнил)\w*" + _NOT_GAP + r"кров|кофейн\w* гущ",
            r"(استفرغ|استفراغ|ترجيع|رجعت|ارجع|أرجع|قيء|اتقيأ|تقيأت)\w*" + _NOT_GAP + r"\bدم",
        ),
    ),
    RedFlag(
        id="necrotising_soft_tissue",
        system="skin and soft tissue (necrotising infection)",
        procedures=("liposuction", "abdominal", "any"),
        source="NHS 'Necrotising fasciitis' (skin that spreads dark or purple, blisters, pain much worse than the wound looks, a high temperature -- go to A&E); NICE NG125 Surgical site infections; ASPS 'Liposuction -- risks' (skin necrosis, infection)",
        patterns=_two_of(
            (
                # a purple, dark or grey patch told as spreading
                r"(purple|violet|dark|black|grey|gray|bluish|lila|violett|dunkel|schwarz|grau|violette?|noir|sombre|gris|mor\b|morar|siyah|koyu|фиолет|багров|темн|тёмн|черн|чёрн|синюшн|بنفسج|اسود|أسود|غامق|ازرق|أزرق)\w*.{0,40}(spread|growing|getting bigger|ausbreit|breitet|wächst|größer|s'étend|s'etend|s'agrandit|grandit|étend|yayıl|büyü|распространя|расползa|растет|растёт|расплыва|ينتشر|يكبر|تنتشر|تكبر)",
                # blisters on the skin
                r"\b(blister\w*|blasen\b|blasenbildung|cloques?\b|phlyct\w*|bulles?\b|kabarc\w*|kabar\w*|пузыр\w*|волдыр\w*|فقاع\w*|فقاقيع|بثور)",
                # pain far out of proportion to the rest
                r"(much|far|way|lot) (worse|more painful) than|(viel|deutlich) (stärker|schlimmer) als|(bien|beaucoup) plus (que|fort que)|(çok daha|daha fazla) (acıyor|ağrıyor)|(намного|гораздо) (сильнее|больнее)|(اقوى|أقوى|اشد|أشد) بكثير",
            )
        ),
    ),
    RedFlag(
        id="nerve_injury_numbness",
        system="nerve (inferior alveolar or lingual nerve after lower implants or extractions)",
        procedures=("dental",),
        source="Renton & Yilmaz, 'Managing iatrogenic trigeminal nerve injury', British Dental Journal 2012, and the Royal College of Surgeons' (FDS) guidance on implant-related nerve injury: lip, chin or tongue numbness that persists after the local anaesthetic should have worn off needs the surgeon within 24-36 hours (an implant pressing on the nerve is removed early)",
        patterns=_NERVE_NUMB,
        # hours after the operation the local anaesthetic still works (NHS 'Dental implants');
        # numbness with no bite, burn or spill gone unnoticed -- complete or lasting days -- is
        # the same-day review below (nerve_numbness_review)
        unless=(
            _ANAESTHETIC_HOURS,
            rf"^(?!.*{NERVE_URGENT})",
        ),
    ),
    RedFlag(
        id=NERVE_REVIEW,
        system="nerve (inferior alveolar or lingual nerve after lower implants or extractions)",
        procedures=("dental",),
        source="Renton & Yilmaz, 'Managing iatrogenic trigeminal nerve injury', British Dental Journal 2012: altered sensation of the lip or chin after the anaesthetic has worn off is assessed by the surgeon within 24-36 hours -- a same-day review, complete or not and however many days it has lasted; a bite, a burn or a drink spilled unnoticed is nerve_injury_numbness",
        patterns=_NERVE_NUMB,
        unless=(_ANAESTHETIC_HOURS,),
        level="soon",
    ),
    RedFlag(
        id="lump_or_asymmetry_review",
        system="breast (capsular contracture, seroma or a new lump after breast surgery)",
        procedures=("breast",),
        source="ASPS 'Breast augmentation -- risks and safety' and the FDA's 'Breast implants -- risks' (capsular contracture: an implant hardening, riding up or changing shape; a new lump): a change to be looked at by the surgeon, not an emergency -- a breast suddenly bigger, tense, painful or purple is breast_haematoma",
        patterns=(
            # one side firmer, harder or higher than the other, told as a change
            r"\b(right|left|one) (breast|boob|implant|side)\w*\b.{0,40}\b(firmer|harder|higher|tighter|rounder)\b.{0,30}\b(than|the other|left|right)\b",
            r"\b(rechte|linke|eine) (brust|seite|implantat)\w*\b.{0,40}\b(fester|härter|höher|straffer)\b.{0,30}\b(als|wie|links|rechts|die andere)\b",
            r"\b(sein|poitrine|prothèse|implant)\w* (droit|gauche)\w*\b.{0,40}\bplus (ferme|dur|dure|haut|haute|remonté\w*)\b",
            r"\b(sağ|sol) (göğ|meme|implant)\w*.{0,40}\b(daha|diğerinden) (sert|sıkı|yukarıda|yüksek|yukarı)",
            r"(правая|левая|одна) (грудь|молочн\w* желез\w*|сторона)\w*.{0,40}(плотнее|тверже|твёрже|выше|жестче|жёстче)",
            r"(الثدي|صدري|الصدر|ثديي) ?(اليمين|اليسار|الايمن|الأيمن|الايسر|الأيسر).{0,40}(اقسى|أقسى|اعلى|أعلى|اصلب|أصلب|اقوى)",
            # a new lump or knot in or beside the breast
            r"\b(lump|knot|hard ball|hard spot)\b.{0,30}\b(breast|boob|implant|armpit)|\b(breast|boob|implant|armpit)\w*\b.{0,30}\b(a |new )?(lump|knot)\b",
            r"\b(knoten|verhärtung|knubbel)\b.{0,30}\b(brust|implantat|achsel)|\b(brust|implantat|achsel)\w*\b.{0,30}\b(knoten|verhärtung|knubbel)\b",
            r"\b(boule|grosseur|nodule)\b.{0,30}\b(sein|poitrine|prothèse|aisselle)|\b(sein|poitrine|aisselle)\w*\b.{0,30}\b(une )?(boule|grosseur|nodule)\b",
            r"\b(göğ\w*|meme\w*|koltuk alt\w*).{0,30}\b(yumru|kitle|sertlik|nodül)|\b(yumru|kitle|nodül)\w*.{0,30}\b(göğ|meme)",
            r"(уплотнени|шишк|комок|узел|узелок)\w*.{0,30}(груд|подмыш)|(груд|подмыш)\w*.{0,30}(уплотнени|шишк|комок|узелок)",
            r"(كتله|كتلة|حبه|حبة|عقده|عقدة|تكتل)\w*.{0,30}(الثدي|صدري|ثدي|الابط|الإبط)|(الثدي|صدري|ثدي|الابط|الإبط).{0,30}(كتله|كتلة|عقده|عقدة|تكتل)",
        ),
        # the fiftieth round's (dev55): one side told only higher or lower than the other, the
        # nipples pointing apart, nothing firmer, bigger, painful, sudden or changed in the
        # window -- each implant settling at its own pace over 3-6 months (ASPS / BAAPS 'Breast
        # augmentation -- recovery'; complaints.BREAST_SIDES_UNEVEN)
        unless=tuple(BREAST_SIDES_UNEVEN_WINDOW),
        level="soon",
    ),
    RedFlag(
        id="fluid_collection_review",
        system="wound (a seroma: fluid gathering under the skin after liposuction, a tummy tuck or breast surgery)",
        procedures=("liposuction", "abdominal", "breast"),
        source="ASPS 'Liposuction -- risks and safety' and 'Tummy tuck -- risks' (seroma: fluid accumulating under the skin, drained by the surgeon in the clinic); BAPRAS abdominoplasty information: a soft swelling that moves like fluid is assessed the same day, not an emergency",
        patterns=(
            # a bag of water felt moving ("like a water bag moving", "wie ein Wasserbeutel",
            # "comme un sac d'eau", "su torbası gibi", "как мешок с водой", "زي كيس مي")
            r"\b(water|fluid) ?(bag|balloon|bed|pouch|pocket)\b.{0,30}\b(mov|slosh|wobbl|jiggl|shift)\w*|\blike an? (water|fluid) ?(bag|balloon)\b",
            r"\b(wie ein|wie eine) (wasser|flüssigkeits)(beutel|sack|kissen|ballon|blase)\b|\bcomme (un|une) (sac|poche|ballon|bouillotte) (d'eau|de liquide|rempli)",
            r"\bsu (torbası|kesesi|balonu) gibi|как (мешок|мешочек|грелка|пакет|шарик) с водой|(زي|مثل|متل) (كيس|بالون|قربه|قربة) (مي|ماء|مويه|موية)",
            r"\b(pocket|bag|bubble|pouch|collection) of (fluid|liquid|water)\b|\b(slosh\w*|squishy (lump|bump|pocket|swelling))|\b(moves|wobbles|jiggles|feels) like (water|a water ?balloon|a water ?bed)\b",
            r"\b(wie|voll) (mit )?(wasser|flüssigkeit)\b|\bschwapp\w*|\bwabbel\w*|flüssigkeitsansammlung|\bserom",
            r"\b(poche|boule|bosse) (molle|de liquide|d'eau|pleine de liquide)|\bcomme (de l'eau|un ballon d'eau|une poche d'eau)|\bfluctu\w*|\bsérome",
            r"\b(su|sıvı) (topla\w*|birik\w*)|\bsu gibi (dalgalan|oyn|hareket)\w*|\bserom\b",
            # the water told first, its wave after ("sanki su dalgalanıyor gibi")
            r"\b(su|sıvı|suyu)\b.{0,15}\bdalgalan\w*",
            # a side grown bigger that sloshes, in either order ("стала больше ... плещется",
            # "a grossi et ça clapote", "büyüdü ... çalkalanıyor", "كبر ... بيخضخض"); the sloshing
            # noise alone in the first weeks after implants, the sides the same, is air
            # around the implant (ASPS), the expected course
            r"(больше|увеличил\w*|раздул\w*|раст[её]т).{0,60}\bплещ(ется|ет|утся)\b|\bплещ(ется|ет|утся)\b.{0,60}(больше|увеличил|раздул)",
            r"(plus gros|plus grosse|grossi|a gonflé|enflé|augmenté).{0,60}\bclapot\w*|\bclapot\w*.{0,60}(plus gros|grossi|a gonflé|enflé|augment)",
            r"(büyüdü|büyüyor|daha büyük|şişti|şişiyor).{0,60}\bçalkalan\w*|\bçalkalan\w*.{0,60}(büyüdü|büyüyor|daha büyük|şişti|şişiyor)",
            r"(كبر|كبرت|اكبر|أكبر|بيكبر|تكبر|انتفخ|انتفخت).{0,60}(بيخضخض|يخضخض|تخضخض|بتخضخض|يترجرج|بيترجرج|تترجرج)"
            r"|(بيخضخض|يخضخض|تخضخض|بتخضخض|يترجرج|بيترجرج|تترجرج).{0,60}(كبر|اكبر|أكبر|بيكبر|انتفخ)",
            r"(жидкост|вод)\w* (перелива|скопил|скаплива|бултыха|колыш)\w*|(перелива|бултыха|колыш)\w*.{0,15}(как )?(вода|жидкост)|\bсером",
            r"(تجمع|متجمع|تجمّع)\w* (سوائل|مي|ماء|مويه)|(مي|ماء|مويه|سوائل) (متجمع|متجمعه|متجمعة)|(زي|مثل) (المي|الماي|المويه|الماء|بالون مي)",
            # the forty-fourth round's: a soft pocket that moves told in Russian ("мягкий мешочек,
            # перекатывается"), answered routine before -- the unless of breast_haematoma above
            _SOFT_POCKET_RU + _SOFT_POCKET_GUARD,
            # the forty-sixth round's (dev51 tr-13): the fluid told moving like a wave, in
            # either order ("dalga gibi sıvı var", "fluid that moves like a wave", "Flüssigkeit,
            # die sich wie eine Welle bewegt", "du liquide qui ondule", "жидкость ходит волной",
            # "مية بتتموج") -- fluctuation, the seroma's sign (ASPS); a pain that comes in
            # waves names no fluid and is not read here
            r"\b(fluid|liquid|water)\b[^.!?\n]{0,40}\b(like a wave|in waves|wav(y|es|ing)|ripples?|rippling|undulat\w*)"
            r"|\b(like a wave|wave-?like|ripples?|rippling)\b[^.!?\n]{0,30}\b(fluid|liquid|water)\b",
            r"(flüssigkeit|wasser)\w*[^.!?\n]{0,40}(wie (eine|in) well\w*|wellenartig|wellt sich|welle\b)|(wie eine welle|wellenartig)[^.!?\n]{0,30}(flüssigkeit|wasser)",
            r"(liquide|eau)\b[^.!?\n]{0,40}(comme une vague|ondul\w*|en vague)|(comme une vague|ondul\w*)[^.!?\n]{0,30}(liquide|d'eau)",
            r"\b(su|sıvı|suyu|sıvısı)\b[^.!?\n]{0,30}\bdalga gibi|\bdalga gibi\b[^.!?\n]{0,30}\b(su|sıvı|suyu|sıvısı)\b",
            r"(жидкост|вод)\w*[^.!?\n]{0,30}(волн\w*|как волна)|(волной|волнами|как волна)[^.!?\n]{0,30}(жидкост|вод)\w*",
            r"(مي|مية|ميه|ماء|مويه|موية|سوائل|سائل)[^.!?؟\n]{0,30}(يتموج|بيتموج|تتموج|بتتموج|تموج|زي الموج|مثل الموج|كالموج|زي موج)|(زي الموج|مثل الموج|كالموج)[^.!?؟\n]{0,30}(مي|مية|ميه|ماء|مويه|سوائل|سائل)",
            # the forty-seventh round's (dev52 ar-13): the fluid told collecting, the noun before
            # its verb or after it ("fluid is collecting above the scar", "es sammelt sich
            # Flüssigkeit", "du liquide s'accumule", "toplanmış sıvı", "скапливается жидкость",
            # "فيه سائل يتجمع", "مية بتتجمع", "مي عم تتجمع") -- not in a drain's bottle, not
            # the legs or ankles (swelling of a limb is calf_pain_swelling's) ...
            _FLUID_GATHERS + _NOT_DRAIN_OR_LIMB,
            # ... or a wave felt when the place is pressed, no fluid named ("when I press I feel
            # a wave", "beim Drücken spüre ich eine Welle", "quand j'appuie ça ondule",
            # "bastırınca dalga hissediyorum", "при нажатии ходит волной", "لما اضغط احس فيه
            # موج", "لما اكبس بحس بموجة") -- fluctuation (ASPS); a wave of pain, of nausea or of
            # heat is no fluid and is not read here
            *_either_order_within(_PRESSED, _WAVE, 40),
        ),
        # the drain told as what collects the fluid ("the drain is still collecting fluid", "im
        # Drain sammelt sich Flüssigkeit", "в дренаже собирается жидкость", "الدرنقة يتجمع فيها
        # سائل"): the drain's expected output, not a collection under the skin
        unless=(
            r"(drain|redon|dren\b|drenler|дренаж|درنق|درين)\w*[^.!?\n]{0,25}(collect|sammel|accumul|topla|birik|собира|скаплива|يتجمع|تتجمع|بيتجمع|بتتجمع)",
            # the forty-ninth round's (dev54): a sloshing or gurgling sound heard in the breast,
            # nothing bigger, tense, hot or months on beside it -- air in the implant pocket
            # (complaints.BREAST_AIR_SOUND; ASPS / BAAPS 'Breast augmentation -- recovery')
            *BREAST_AIR_SOUND_WINDOW,
        ),
        level="soon",
    ),
    RedFlag(
        id="small_wound_opening_review",
        system="wound (a small separation of the scar told by its size)",
        procedures=("abdominal", "breast", "any"),
        source="NHS 'Wound care after surgery' and ASPS 'Breast reduction -- risks' (wound separation at the T-junction): a wound that opens is seen the same day; one that gapes, bleeds or shows what is under it is wound_dehiscence",
        # the size of the opening told with its verb or noun, without the word "wound" ("the
        # bottom of the T opened a bit, like a 1 cm gap", "ein 1 cm Spalt", "une ouverture de 1
        # cm", "1 cm açıldı", "разошлось на 1 см", "فتحة 1 سم")
        patterns=(
            r"\b(opened|opening|gap|split|hole|came apart|open)\b.{0,25}\b\d([.,]\d)? ?(cm|mm)\b|\b\d([.,]\d)? ?(cm|mm) (gap|opening|hole|split|open)",
            r"\b(aufgegangen|offen|spalt|öffnung|loch|klafft)\b.{0,25}\b\d([.,]\d)? ?(cm|mm)\b|\b\d([.,]\d)? ?(cm|mm) (breit|groß|lang)?\s?(spalt|öffnung|loch|offen|aufgegangen)",
            r"\b(ouvert\w*|ouverture|trou|écart\w*|fente)\b.{0,25}\b\d([.,]\d)? ?(cm|mm)\b",
            r"\b\d([.,]\d)? ?(cm|mm)\w*.{0,15}\b(açıl\w*|aralık|aralandı|ayrıl\w*|delik)",
            r"(разош\w*|расход\w*|открыл\w*|дырк\w*|щел\w*).{0,25}\d([.,]\d)? ?(см|мм)|\d([.,]\d)? ?(см|мм).{0,15}(разош|расход|щел|дырк)",
            r"(انفتح\w*|فتحه|فتحة|مفتوح\w*).{0,25}\d([.,]\d)? ?(سم|ملم|مم)",
            # Arabizi, the size told in words: "el jer7 fata7 shway" (the wound opened a little),
            # "makan sgheer ... el jer7 fata7" (a small place where the wound opened) -- Arabizi
            # had no wound-opening words at all, so such a message was answered routine
            r"\b(el ?|al ?)?(jer7|jar7|jr7|jir7|ger7|gar7)\w*\b.{0,20}\b(fata7|nfata7|enfata7|infata7|etfata7|itfata7|maftoo7|maftou7|maftu7|mafto7)\w*\b.{0,15}\b(shway|shwai|shwaya|shwayye|shwy|swayye|sgh[ei]+r|zgh[ei]+r|s8[ei]+r|z8[ei]+r|showayya)\b",
            # the size told as half a centimetre in words ("opened about half a cm", "einen halben
            # Zentimeter offen", "ouvert d'un demi-centimètre", "yarım santim açıldı", "разошлось на
            # полсантиметра", "فتح تقريبا نص سم")
            _OPENED
            + r".{0,30}(half an? |a half |пол ?|نص |نصف |yarım |(einen )?halben |demi[- ]?)(cm|см|سم|centim\w*|zentim\w*|сантиметр\w*|santim\w*|سانتي\w*)",
            r"(half an? |a half |пол ?|نص |نصف |yarım |(einen )?halben |demi[- ]?)(cm|см|سم|centim\w*|zentim\w*|сантиметр\w*|santim\w*|سانتي\w*).{0,20}"
            + _OPENED,
            r"\b(makan|mkan|no2ta|nu2ta|7eta|7etta|fat7a)\b (sgh[ei]+r|zgh[ei]+r|s8[ei]+r|z8[ei]+r|soghayyar)\b.{0,40}\b(jer7|jar7|jr7|jir7|ger7|gar7)\w*\b.{0,10}\b(fata7|nfata7|enfata7|infata7|etfata7|itfata7|maftoo7|maftou7|maftu7|mafto7)",
            # the forty-fifth round's (dev50 fr-13): the size told before the opening verb ("a
            # 1 cm bit that opens", "une zone d'environ 1 cm qui s'ouvre", "etwa 1 cm, die
            # aufgeht", "около 1 см, которое открылось", "حوالي ١ سم انفتح") -- the same NHS
            # same-day review, whatever signs of infection are denied
            r"\b\d([.,]\d)? ?(cm|mm|см|мм|سم|مم)\b[^.!?\n]{0,25}"
            r"(\b(opens|opened|opening|is open|comes apart|s'ouvr\w*|ouvert\w*|s'écart\w*|geht auf|aufgeh\w*|aufgegangen|offen|klafft|açıl\w*|ayrıl\w*)"
            r"|(открыл\w*|открыва\w*|разош\w*|расход\w*)|(?<!\w)(انفتح|انفتحت|اتفتح|اتفتحت|مفتوح|مفتوحه|مفتوحة|بتنفتح|تنفتح)(?!\w))",
            # ... or a small part of the scar told opening ("a small area of the scar is
            # opening", "une petite zone qui s'ouvre", "ein kleiner Bereich geht auf", "küçük bir
            # yeri açıldı", "небольшой участок разошёлся", "حتة صغيرة انفتحت")
            _SMALL_PART + r"[^.!?\n]{0,40}" + _OPENED,
        ),
        level="soon",
    ),
    RedFlag(
        id="nasal_splint_off_review",
        system="nose (the external splint or cast off early after a rhinoplasty)",
        procedures=("rhinoplasty",),
        source="ASPS 'Rhinoplasty -- recovery' and BAAPS rhinoplasty aftercare: the external splint stays about a week and is removed by the surgeon; one that falls off early is reported to the clinic the same day (the nasal bones may shift)",
        patterns=(
            r"^(?=.*(nose|nasal|rhino|nase|nasen|\bnez\b|rhinoplast|burun|ринопласт|\bнос|انف|أنف|مناخير))"
            r".*(splint|cast|plaster|gips|schiene|plâtre|attelle|atel|alçı|гипс|лонгет|шин[аку]|جبيره|جبيرة|جبس)\w*.{0,40}"
            # fallen by accident, not "came off" at the visit ("cast came off today", "atel çıktı")
            r"(fell off|fallen off|dropped off|slipped off|came off (by itself|on its own)|abgefallen|runtergefallen|abgelöst|tombé\w*|décollé\w*|düştü|düşmüş|отвалил\w*|слетел\w*|упал\w*|отклеил\w*|طاح\w*|وقع\w*|سقط\w*)",
            # the forty-fifth round's (dev50 ar-14): the splint come loose at one end, lifting or
            # moving before the visit ("the splint came loose at one end and moves", "die Schiene
            # löst sich an einer Seite", "l'attelle se décolle d'un côté", "atel bir ucundan
            # kalktı, oynuyor", "лангета отходит с одного края", "الجبيرة انفكت من طرف وصارت
            # تتحرك") -- the same ASPS/BAAPS report to the clinic the same day
            r"(splint|cast|schiene|gips|attelle|plâtre|atel|alçı|лангет\w*|шин[аку]|гипс|جبيره|جبيرة|الجبيره|الجبيرة|جبس)\w*[^.!?\n]{0,40}"
            r"(come loose|came loose|coming loose|is loose|got loose|loosen\w*|lifting|peeling (off|away)|wobbl\w*|moves|moving"
            r"|löst sich|gelöst|locker\w*|wackelt|bewegt sich|se décoll\w*|se soulève|bouge|tient plus"
            r"|gevşe\w*|kalktı|kalkmış|oynuyor|kıpırdıyor|отход\w*|отошл\w*|отклеива\w*|болтается|шатается|двигается"
            r"|(?<!\w)(انفكت|انفك|اتفكت|ارتخى|ارتخت|تتحرك|بتتحرك|يتحرك|بيتحرك|مفكوكه|مفكوكة|مرتخيه|مرتخية|قامت)(?!\w))",
        ),
        # ... the nose named somewhere in the message (a guard on the whole message, so that the
        # loosening hit starts at the splint and "the splint is not loose" stays denied)
        not_in=(
            r"^(?s:(?!.*(nose|nasal|rhino|nase|nasen|\bnez\b|rhinoplast|burun|ринопласт|\bнос|انف|أنف|مناخير|خشم)))",
        ),
        # taken off by the surgeon at the visit: the planned course
        unless=(
            # -- the Arabic verbs as whole words: "انفكت" (it came undone) is the splint falling
            r"(removed|took (it )?off|taken off|abgenommen|entfernt|enlevé|retiré|aldı|aldılar|çıkardı|сняли|снял врач"
            r"|(?<!\w)(شال|شالوا|شالها|شالوها|فك|فكها|فكوها|فكوا|فكه)(?!\w))",
        ),
        level="soon",
    ),
    RedFlag(
        id="pain_rising_review",
        system="pain (worse than the day before)",
        procedures=("any",),
        source="NHS 'Recovering from an operation' and HFEA 'Egg collection' (pain that gets worse rather than better in the days after: call the clinic) -- told as a bit more than yesterday, with the emergency signs ruled out, a same-day call; unbearable or unrelieved pain is severe_pain_unrelieved",
        patterns=(
            r"\b(hurts?|pain|sore|aches?)\w*.{0,25}\b(more|worse)\b.{0,10}\bthan (yesterday|the day before|before)\b|\b(more|worse) (pain|sore)\w* than (yesterday|the day before)",
            r"\b(mehr|stärker|schlimmer)\b.{0,15}\b(weh|schmerz\w*)\b.{0,15}\bals gestern|\b(weh|schmerz\w*)\b.{0,25}\b(mehr|stärker|schlimmer) als gestern",
            r"\bplus (mal|douloureu\w*)\b.{0,10}\b(qu'hier|que hier|que la veille)|\b(douleur|mal)\w*.{0,25}\bplus (forte|fort)\b.{0,10}\b(qu'hier|que hier|que la veille)",
            r"\bdünden (daha )?(fazla|çok|kötü)\b.{0,15}\b(ağrı\w*|acı\w*|sızla\w*)",
            r"бол\w*.{0,20}(сильнее|больше|хуже),? чем вчера|(сильнее|больше|хуже),? чем вчера.{0,15}бол\w*",
            r"(يوجع|يوجعني|توجعني|الوجع|الألم|الالم)\w*.{0,20}(اكثر|أكثر|اكتر|أكتر) (من|عن) (امبارح|أمس|امس|البارحه|البارحة)",
        ),
        level="soon",
    ),
    RedFlag(
        id="facial_nerve_weakness_review",
        system="face (a branch of the facial nerve weak after a facelift or brow lift)",
        procedures=("facelift", "blepharoplasty"),
        source="BAPRAS and ASPS 'Facelift -- risks': weakness of a branch of the facial nerve (the corner of the mouth or the brow does not lift on one side) is usually temporary but is reported to the surgeon and reviewed the same day; a face drooping suddenly with slurred speech or a weak arm is stroke_signs (NHS FAST)",
        patterns=(
            r"\b(corner of (my |the )?(mouth|lips?)|(my |the )?(smile|eyebrow|brow|upper lip|lower lip))\b[^.!?\n]{0,40}\b(doesn'?t|does not|won'?t|will not|can'?t|cannot|isn'?t|is not) (\w+ )?(lift|move|go up|rise|raise|lifting|moving|going up)",
            r"\b(can'?t|cannot|unable to) (lift|raise|move) (my |the )?(\w+ )?(eyebrow|brow|corner of (my |the )?mouth)",
            r"\b(mundwinkel|augenbraue|oberlippe|unterlippe)\w*[^.!?\n]{0,40}\b(hebt sich nicht|nicht (mehr |richtig |ganz )?(hoch|nach oben|mit)\b|bewegt sich nicht|zieht nicht (mit|hoch))",
            r"\b(kann|schaffe) (ich )?(die |meine )?(\w+ )?(augenbraue|mundwinkel)\w* nicht (mehr )?(heben|hochziehen|bewegen)",
            r"\b(coin de (la |ma )?bouche|sourcil|lèvre)\w*[^.!?\n]{0,40}\b(ne (se )?(lève|monte|bouge|relève|soulève) (pas|plus)|(se )?(lève|monte|bouge|relève|soulève) pas)",
            r"\b(ağz\w* kenar\w*|dudağ\w* kenar\w*|kaş\w*)[^.!?\n]{0,40}(kalkmıyor|kalkmadı|oynamıyor|hareket etmiyor|yukarı çıkmıyor|kaldıramıyorum)",
            r"(уголок рта|угол рта|уголок губ|бровь|брови)\w*[^.!?\n]{0,40}не (поднима\w*|двига\w*|шевел\w*)",
            r"не (могу|получается) (поднять|подвигать) (\w+ )?(бровь|уголок рта)",
            # the modal form of French and Arabic, as the English "can't lift my eyebrow": "je
            # n'arrive pas bien à lever le sourcil gauche", "ما اقدر ارفع حاجبي"
            r"\b(n'arrive (pas|plus)|j'arrive (pas|plus)|ne peux (pas|plus)|je peux (pas|plus)|impossible de|du mal à) (bien |vraiment |du tout )?(à )?(lever|relever|hausser|bouger|froncer) (le |mon |les |mes |un )?(\w+ )?(sourcils?|coin de (la |ma )?bouche)",
            r"(ما|مش|مو|مب) ?(اقدر|أقدر|بقدر|قادر|قادره|قادرة|اعرف|أعرف|بعرف) (ارفع|أرفع|احرك|أحرك) (حاجبي|الحاجب|طرف (فمي|الفم))",
            r"(طرف (فمي|الفم|شفايفي|شفتي)|زاويه (فمي|الفم)|زاوية (فمي|الفم)|حاجبي|الحاجب)\w*[^.!?\n]{0,40}(ما|مو|مش) (يرتفع|يرفع|يتحرك|ينرفع|يطلع|قاعد يرتفع)",
        ),
        level="soon",
    ),
    RedFlag(
        id="eyelid_not_closing_review",
        system="eye (the lids not closing fully after eyelid surgery: lagophthalmos)",
        procedures=("blepharoplasty", "facelift", "eye"),
        source="Royal College of Ophthalmologists and BAPRAS patient information on blepharoplasty: an eye that does not close fully (lagophthalmos) dries and risks exposure keratopathy -- reported and reviewed the same day, lubricated meanwhile; a bulging, tense eye with falling vision is orbital_haematoma",
        patterns=(
            r"\b(eyes?|eyelids?|lids?)\b[^.!?\n]{0,30}\b(doesn'?t|does not|don'?t|do not|won'?t|will not|can'?t|cannot|isn'?t|aren'?t|not) (\w+ )?(close|shut|closing|shutting)\b",
            r"\b(can'?t|cannot|unable to) (fully |completely |properly )?(close|shut) (my |the |one )?(\w+ )?(eyes?|eyelids?|lids?)\b",
            r"\b(auge|augenlid|lid)\w*[^.!?\n]{0,30}\b(geht|schließt sich|schliesst sich) nicht (mehr )?(ganz |richtig |vollständig )?(zu\b|ganz\b)",
            r"\b(geht|schließt sich|schliesst sich)\b[^.!?\n]{0,30}\b(auge|augenlid|lid)\w*[^.!?\n]{0,20}\bnicht (mehr )?(ganz |richtig |vollständig )?zu\b",
            r"\b(kann|schaffe) (das |mein |die |meine )?(\w+ )?(auge|augen|lid|lider)\w* nicht (mehr )?(ganz |richtig |vollständig )?(schließen|zumachen|zu machen)",
            r"\b(oeil|œil|yeux|paupière)\w*[^.!?\n]{0,30}\b(ne (se )?ferme\w* (pas|plus)|(se )?ferme\w* pas)",
            r"\b(n'arrive|arrive) (pas|plus) (à )?fermer (l'|mon |mes |les )?(\w+ )?(oeil|œil|yeux|paupière)",
            r"\b(göz\w*|göz kapağ\w*)[^.!?\n]{0,30}(kapanmıyor|kapanmadı|kapatamıyorum|kapanmıyor)",
            r"(глаз\w*|век\w*)[^.!?\n]{0,30}не (до конца |полностью |плотно |совсем )?(закрыва\w*|смыка\w*|закро\w*)",
            r"(عيني|عيوني|العين|جفني|الجفن|جفوني)\w*[^.!?\n]{0,30}(ما|مو|مش) (تسكر|تتسكر|تنغلق|تغمض|تتغمض|تقفل|تتقفل|يسكر|ينغلق|تنسكر|قاعده تسكر)",
        ),
        level="soon",
    ),
    RedFlag(
        id="eye_redness_rising_review",
        system="eye (redder than the day before after eye surgery, the sight unchanged)",
        procedures=("eye", "blepharoplasty"),
        source="Royal College of Ophthalmologists patient information on laser vision correction and cataract surgery: redness or irritation that increases in the days after, rather than settling, is checked the same day (inflammation, infection); with pain rising or the sight falling it is eye_pain_rising / vision_worsening",
        patterns=(
            r"\beyes?\b[^.!?\n]{0,40}\b(redder|more red|more bloodshot) than (yesterday|the day before|this morning)",
            r"\b(auge|augen)\b[^.!?\n]{0,40}\b(röter|mehr gerötet|stärker gerötet) als gestern",
            r"\b(oeil|œil|yeux)\b[^.!?\n]{0,40}\bplus rouges? (qu'hier|que hier|que la veille)",
            r"\bgöz\w*[^.!?\n]{0,40}\bdünden (daha )?(kırmızı|kızarık)|\bdünden (daha )?(kırmızı|kızarık)[^.!?\n]{0,20}\bgöz",
            r"глаз\w*[^.!?\n]{0,40}(краснее|красн\w* сильнее|покраснел\w* сильнее),? чем вчера",
            r"(عيني|العين|عيوني)\w*[^.!?\n]{0,40}(احمر|أحمر|حمرا|محمره|محمرة)\w* (اكثر|أكثر|اكتر|زياده|زيادة) (من|عن) (امس|أمس|امبارح|البارحه|البارحة)",
        ),
        level="soon",
    ),
    RedFlag(
        id="eye_floaters_review",
        system="eye (new floaters after an eye operation, no flashes and no curtain)",
        procedures=("eye",),
        source="Royal College of Ophthalmologists and American Academy of Ophthalmology, 'Floaters and flashes' and 'Cataract surgery recovery' (aao.org): new floaters after eye surgery are examined the same day (a retinal tear is looked for); floaters WITH flashes, a shower of them or a curtain over the sight is vision_loss, the emergency",
        # floating specks, threads or flies told by their floating ("des mouches et des filaments
        # qui flottent", "Fäden schweben", "uçuşan noktalar", "плавают ниточки", "خيوط تطير")
        patterns=(
            r"\b(specks?|threads?|cobwebs?|strings?|(little |tiny |small )?(dots|flies|spots))\b.{0,30}\bfloat\w*|\bfloating (spots|dots|threads|specks|flies|strings)\b",
            r"(mücken|fäden|punkte|flusen|schlieren)\w*.{0,30}(schweb|schwimm)\w*|(schweb|schwimm)\w*.{0,20}(mücken|fäden|punkte|flusen|schlieren)|glaskörpertrüb\w*|(schwebende|fliegende) (mücken|punkte|fäden)",
            r"\b(mouches|filaments|points|taches|fils)\b.{0,40}\bflott\w*|corps flottants",
            r"(uçuşan|yüzen) (sinek\w*|nokta\w*|iplik\w*|leke\w*)|(sinek\w*|nokta\w*|iplik\w*).{0,20}(uçuşuyor|yüzüyor)",
            # ... the dots and flies also in the genitive plural ("плавают несколько точек", "мушек")
            r"(нити|ниточк\w*|точк\w*|точек|паутин\w*|мушк\w*|мушек).{0,30}(плава\w*|летаю\w*)|(плава\w*|летаю\w*).{0,20}(нити|ниточк\w*|точк\w*|точек|паутин\w*|мушк\w*|мушек)",
            # ... and the Gulf "تطوف" (drift about): "نقاط سودا تطوف قدام عيني" (the fortieth round's)
            r"(ذباب|ذبابه|نقط|نقاط|خيوط|خيط)\w*.{0,25}(تطير|طايره|طايرة|تسبح|عايمه|عايمة|تطوف|يطوف|طايفه|طايفة)",
        ),
        level="soon",
    ),
    RedFlag(
        id="eye_haze_review",
        system="eye (one eye turned a little milky days after a laser, the sight otherwise kept)",
        procedures=("eye",),
        source="American Academy of Ophthalmology, 'Diffuse lamellar keratitis' and 'LASIK -- what to expect' (aao.org): a new milky haze in the days after LASIK may be interface inflammation, treated early with drops -- an eye check the same day; darkness, a curtain, flashes or a sudden fall of the sight are vision_loss",
        # milky or whitish, not hazy or foggy in general (a haze, halos and starbursts the first
        # days are the expected course, AAO): "slightly milky", "leicht milchig", "un peu
        # laiteux", "biraz süt gibi", "немного молочный", "حليبي شوي"; or milky in the sentence
        # that names the eye
        patterns=(
            r"\b(slightly|a (bit|little)|leicht|etwas|ein (bisschen|wenig)|un peu|légèrement|biraz|hafif|azıcık|немного|слегка|чуть)\s(milky|whitish|milchig\w*|weißlich\w*|laiteu\w*|blanchâtre\w*|süt gibi|sütlü|молочн\w*|бел[её]с\w*)",
            r"(milky|whitish|milchig\w*|laiteu\w*|blanchâtre\w*|süt gibi|sütlü|молочн\w*|бел[её]с\w*|(حليبي|حليبيه|حليبية|مثل الحليب))\s(slightly|a (bit|little)|leicht|etwas|un peu|biraz|немного|слегка|(شوي|شويه|شوية|بسيط|خفيف))",
            r"\b(eyes?|auge|augen|oeil|œil|yeux|göz\w*|глаз\w*|(عين|عيني|عيوني|العين))\b[^.!?\n]{0,40}(milky|whitish|milchig\w*|laiteu\w*|blanchâtre\w*|süt gibi|молочн\w*|бел[её]с\w*|(حليبي|حليبيه|حليبية|مثل الحليب))",
            # the thirty-eighth round's: the haze told hazier than the day or night before
            # ("slightly hazier than last night", "trüber als gestern Abend", "plus flou
            # qu'hier", "dünden daha bulanık", "мутнее, чем вчера", "مغبش اكثر من امبارح"): a
            # haze that grows in the first days is the same AAO same-day check (DLK), not the
            # expected haze that fades; a sudden fall or a curtain is vision_loss
            # ... or than on the first day ("a bit hazier than on day 1", "trüber als am ersten
            # Tag", "plus flou que le premier jour", "ilk günden daha bulanık", "мутнее, чем в
            # первый день", "مغبش اكثر من اول يوم"; the fortieth round's): the same growing haze
            r"\b(hazier|blurrier|cloudier|foggier|mistier|more (hazy|blurr\w*|cloudy|foggy|milky))\b (than|compared to) (last night|yesterday|this morning|before|earlier|(on |in )?(the )?(day (1|one)|first day|day before))\b",
            r"\b(trüber|verschwommener|unschärfer|milchiger|nebliger)\b (als )?(gestern|heute morgen|vorhin|vorher|letzte nacht|(am |an )?(ersten tag|tag 1|tag eins|vortag))",
            r"\bplus (floue?s?|troubles?|brumeu\w*|voilée?|laiteu\w*)\b (qu'hier|que hier|que ce matin|qu'avant|que la veille|qu'hier soir|(qu'au|que le|qu'le) (premier jour|jour 1|jour un))",
            r"\b(dünden|dün geceden|dün akşamdan|bu sabahtan|öncekinden|ilk günden|ilk güne göre|1\. günden|birinci günden) (daha )?(bulanık|puslu|buğulu|sisli)",
            r"\b(мутнее|туманнее|расплывчатее)\b,? (чем )?(вчера|утром|вчерашнего|раньше|(в |на )?(первый день|первого дня|день 1|1-й день))",
            r"(مغبش|مغبشه|ضبابي|ضبابيه|مشوش|غباش|الغباش)\w* (اكثر|أكثر|زياده|زيادة) (من|عن) (امبارح|أمس|امس|البارحه|الصبح|اول يوم|أول يوم|اليوم الاول|اليوم الأول)",
        ),
        level="soon",
    ),
    RedFlag(
        id="orbital_haematoma",
        system="eye / orbit (haematoma behind the eye after eyelid or orbital surgery)",
        procedures=("blepharoplasty", "eye", "facelift", "rhinoplasty"),
        source="Royal College of Ophthalmologists and BAPRAS patient information on blepharoplasty: severe pain, a bulging or tense eye and falling vision after eyelid surgery are a retrobulbar haemorrhage -- emergency surgery within hours to save the sight; AAO EyeWiki 'Orbital compartment syndrome': proptosis, an eye that cannot move and falling vision after eyelid, orbital or nasal (rhinoplasty, sinus) surgery -- a canthotomy within the hour",
        patterns=(
            r"\beyes?(ball)?\b.{0,30}(bulg|popping out|pushed out|sticking out|pushing out|coming out|protrud)",
            r"\b(bulging|protruding) (eye|eyeball)",
            r"(auge|augapfel)\w*.{0,30}(tritt (hervor|heraus)|quillt|drückt nach (vorne|außen)|steht (hervor|vor)|fällt (gleich )?raus|hervorgetreten)",
            # German word order puts the verb first and its particle last ("tritt mein Auge
            # hervor", "das Auge tritt seit heute hervor")
            r"\b(tritt|quillt|drückt|steht)\b.{0,30}\b(auge|augapfel)\w*.{0,20}\b(hervor|heraus|raus|nach vorne)\b",
            r"\b(auge|augapfel)\w*.{0,5}\b(tritt|quillt|steht)\b.{0,25}\b(hervor|heraus|raus|vor)\b",
            r"(oeil|œil|yeux|globe)\w*.{0,30}(sort de (l'orbite|la tête)|exorbit|globuleux|pousse vers l'avant|ressort|sort\b)",
            r"\bgöz\w*.{0,30}(dışarı (fırl|çık|doğru)|pörtle|yuvasından|patlayacak gibi|fırlayacak)",
            r"глаз\w*.{0,30}(вылез|выпира|выкатыв|выпуч|выдавлива|вываливается|лезет наружу)",
            r"(عيني|العين|عيوني)\w*.{0,30}(بارزه|بارزة|جاحظ|طالعه لبرا|طالعة لبرا|راح تطلع|بتطلع|تطلع لبرا|منفوخه لبرا)",
            r"\b(3eni|3ayni|3aini|3ini|3youni)\b.{0,30}\b(bariz|jaa?7[ie]?z|tal3a (la )?barra|ra7 tetla3)",
            # the forty-sixth round's (dev51 ar-02, after a rhinoplasty): the eye told pushed
            # *forward* ("bariza lal 2odam") and the eye that cannot be moved ("can't move my
            # eye", "kann das Auge nicht bewegen", "je n'arrive plus à bouger l'oeil", "gözümü
            # oynatamıyorum", "не могу пошевелить глазом", "ما بقدر أحرك عيني") -- the tense orbit
            # of a haematoma; an eye that cannot be *opened* for the swollen lids is the expected
            # course and is not read here
            r"(عيني|العين|عيوني|عينه|عينها)\w*.{0,40}(طالع|بارز|نافر|ناتئ|ناط|مندفع)\w* ?(ل|لل|الى |إلى |على )?(قدام|قدّام|الامام|الأمام|القدام)",
            r"\b(3eni|3ayni|3aini|3ini|3youni)\b.{0,40}\b(tal3a|tal3ah|bariza|barza|nafra)\s(la|lel|l|3al)?\s?(2odam|godam|qodam|2uddam|gddam|2oddam)\b",
            r"\b(can'?t|cannot|can not|unable to|couldn'?t) (move|turn|roll) (my |the |this )?(right |left )?eye(ball)?s?\b|\beye(ball)?s? (won'?t|doesn'?t|does not|will not|can'?t|cannot) (move|turn)\b|\beye(ball)?s?\b.{0,40}\b(can'?t|cannot|unable to) (move|turn) (it|them)\b",
            r"\b(auge|augapfel)\w*\b.{0,40}\b(kann|können|lässt sich|lassen sich)\b.{0,20}\bnicht (mehr )?(bewegen|drehen)|\bkann\b.{0,20}\b(auge|augapfel)\w*\b.{0,15}\bnicht (mehr )?(bewegen|drehen)|\b(auge|augapfel)\w* (bewegt|dreht) sich (gar )?nicht",
            r"(peux|peut|arrive|parviens) (pas|plus) (à |a )?(bouger|tourner) (l'oeil|l'œil|mon oeil|mon œil|les yeux|mes yeux)|(oeil|œil|yeux)\b.{0,30}\bne (bouge|bougent|tourne|tournent) (plus|pas)\b",
            r"\bgöz\w*.{0,25}(oynatamıyorum|oynatamıyor|hareket ettiremiyorum|kıpırdatamıyorum|çeviremiyorum|hareket etmiyor|oynamıyor|dönmüyor)",
            r"(не могу|не получается|не выходит) (по)?(двигать|двинуть|шевелить|шевельнуть|пошевелить|повернуть|поворачивать|водить) (правым |левым |этим )?глаз\w*|глаз\w*.{0,30}(не (двигается|шевелится|поворачивается|ворочается)|не (могу|получается) (по)?(двигать|двинуть|шевелить|пошевелить|повернуть))",
            r"(عيني|العين|عيوني)\w*.{0,60}(ما|مو|مش|لا) ?(اقدر|أقدر|قادر|قادره|قادرة|بقدر|اعرف|أعرف|بعرف) ?(احرك|أحرك|حرك)\w*|(ما|مو|مش|لا) ?(اقدر|أقدر|بقدر|قادر|قادره|قادرة) ?(احرك|أحرك)\w* (عيني|عيوني|العين)|(عيني|العين|عيوني)\w*.{0,20}(ما|مش|مو) ?(تتحرك|بتتحرك|تتحركش)",
            r"\b(3eni|3ayni|3aini|3ini|3youni)\b.{0,40}\b(ma|msh|mish|mesh|mo|mu) ?(a2dar|agdar|aqdar|2ader|2adra|ba2dar|2dr) ?(a7arek|a7arrek|a7rek|7arek|a7arak)\w*",
        ),
    ),
    # The forty-first round's: a low blood glucose measured on a meter, told with the signs of
    # the brain short of sugar or the adrenaline answering it -- post-bariatric hypoglycaemia
    # (late dumping, one to three hours after a meal) or a diabetic's hypo.
    RedFlag(
        id="low_blood_sugar",
        system="metabolic (a low blood glucose measured, with shaking, sweating, confusion or feeling faint)",
        procedures=("bariatric", "any"),
        source="ASMBS and BOMSS guidance on post-bariatric hypoglycaemia (late dumping: glucose below 3.9 mmol/L / 70 mg/dL one to three hours after a meal, with neuroglycopenic signs, is treated at once and reported); NHS 'Low blood sugar (hypoglycaemia)': a reading below 4 mmol/L with shaking, sweating, confusion or feeling faint is treated now, 999 if it does not improve or the person becomes confused or drowsy",
        # the reading first, then the sign within the next 100 characters, never across a
        # negation ("0,42 g/L ... je tremble", "Blutzucker 2,8 mmol/l, ich zittere"); or the
        # sign first ("I'm shaking and sweating, sugar 3.1")
        patterns=(
            rf"{_GLUCOSE}[^.!?,;\n]{{0,30}}{_LOW_GLUCOSE}"
            + rf"(?:(?!{_NOT}).){{0,100}}{_HYPO_SIGN}",
            rf"{_HYPO_SIGN}[^.!?\n]{{0,60}}{_GLUCOSE}[^.!?,;\n]{{0,30}}{_LOW_GLUCOSE}",
        ),
    ),
    # The forty-first round's: after eye surgery, the feeling of something in the eye told as
    # not passing -- the dryness and grit of the first weeks come and go with drops and blinking
    # (AAO, ``NORMAL_HEALING``); one that stays may be a flap fold or an epithelial defect.
    RedFlag(
        id="eye_foreign_body_review",
        system="eye (a foreign-body feeling that does not pass after an eye operation)",
        procedures=("eye",),
        source="American Academy of Ophthalmology 'LASIK -- what to expect' and Royal College of Ophthalmologists patient information on laser vision correction: a gritty, dry feeling is expected for weeks, but a feeling of something in the eye that does not go away (a flap striae or an epithelial defect, a stray lash or a dislodged bandage lens) is checked the same day; pain rising or sight falling are eye_pain_rising / vision_loss",
        patterns=_either_order(_FOREIGN_BODY, _NOT_PASSING),
        level="soon",
    ),
    # The forty-first round's: the folliculitis cleared from ``pus`` (its unless) is still seen
    # by a person the same day, whatever ordinary words surround it.
    RedFlag(
        id="folliculitis_review",
        system="skin (small pimples or pustules with pus, no fever, smell or spreading redness)",
        procedures=("hair_transplant", "any"),
        source="ISHRS patient information on FUE / FUT recovery and NHS 'Folliculitis': pimples or pustules in the grafted or donor area in the weeks after are common, seen the same day (warm compresses, sometimes an antibiotic); a fever of 38 or more, a smell or a spreading redness is pus / high_fever",
        patterns=_either_order(_PIMPLE, _PUS_IN),
        level="soon",
    ),
    # The forty-eighth round's (dev53 ar-14): pimples, spots or white heads told in the grafted or
    # the donor area of a hair transplant, no pus named and none ruled out -- folliculitis seen
    # by a person the same day.
    RedFlag(
        id="graft_pimples_review",
        system="skin (pimples, spots or white heads between the grafts or on the donor area after a hair transplant, the pus not ruled out)",
        procedures=("hair_transplant", "any"),
        source="ISHRS patient information on FUE / FUT recovery ('Folliculitis after hair transplantation': pimples or pustules in the recipient or donor area, usually weeks 1-4, are examined and treated -- warm compresses, sometimes an antibiotic) and NHS 'Folliculitis': a same-day review; small pimples told with the pus, heat and fever ruled out are the expected course the day's guidance answers, a spreading redness, a smell or a fever of 38 or more are pus / high_fever",
        patterns=(
            # pimples, spots or white heads told in the grafted or the donor area -- "a few
            # itchy spots between the grafts", "Pickel im Spenderbereich", "des boutons entre
            # les greffons", "greftlerin arasında sivilceler", "прыщики между графтами", "حبوب
            # بين البصيلات" -- either order in one sentence; a crust or a scab is no pimple (the
            # expected course), a pimple before the operation names no graft
            rf"{_GRAFT_PIMPLE}[^.!?\n]{{0,60}}{_GRAFT_SITE}",
            rf"{_GRAFT_SITE}[^.!?\n]{{0,60}}{_GRAFT_PIMPLE}",
        ),
        # the pimples denied ("no pimples between the grafts", "keine Pickel", "pas de boutons",
        # "sivilce yok", "прыщей нет", "ما في حبوب"): the negation reads symptoms, not these
        unless=(
            r"(\b(no|not any|without|keine?|ohne|pas de|aucun\w*|sans|hiç)|(?<!\w)(без|нет|ни)|(?<!\w)(مفيش|مافيش|مافي|ما في|ما فيه|ما فيش|ولا|بدون|mafi)) "
            rf"((\w+ ){{0,2}}){_GRAFT_PIMPLE}",
            rf"{_GRAFT_PIMPLE}[^.!?,\n]{{0,20}}(\b(yok|görmedim)\b|(?<!\w)(нет|не было)(?!\w))",
        ),
        # the pus ruled out anywhere in the message ("no fever, no pus ... 2-3 tiny white pimples
        # between the grafts, can I put anything on it?"): the expected course (ISHRS)
        not_with=(_PUS_DENIED,),
        level="soon",
    ),
    # The forty-second round's: early dehydration -- urine dark or scant told beside what the
    # patient manages to drink (:data:`_FLUIDS_KEPT_DOWN` clears it from low_urine_output when
    # she does not vomit); a person the same day, whatever the healing table makes of it.
    RedFlag(
        id="dehydration_review",
        system="fluids (urine dark or scant while fluids go down, days after an operation)",
        procedures=("bariatric", "any"),
        source="NHS 'Dehydration' (dark yellow, strong-smelling pee and peeing less: drink more fluids, ask 111 if it does not improve) and ASMBS 'Life after bariatric surgery' (dehydration is the commonest reason for readmission after a sleeve or bypass; the fluid goal is sipped all day): a same-day review; no urine, hours without it, urine brown like cola, or fluids that do not stay down are low_urine_output / vomiting_abdominal",
        patterns=(
            rf"{_DRINKING}[^.!?\n]{{0,80}}{_URINE_DARK_OR_LESS}",
            rf"{_URINE_DARK_OR_LESS}[^.!?\n]{{0,80}}{_DRINKING}",
        ),
        level="soon",
    ),
    # The forty-second round's: the compression garment told to have rubbed the skin into a
    # wound, a sore or a blister ("the garment rubbed a raw patch on my side", "die
    # Kompressionswäsche hat eine wunde Stelle gescheuert", "la gaine m'a fait une plaie",
    # "korse sürtünüp yara yaptı", "компрессионное бельё натёрло до ранки", "المشد جرح جلدي"): a
    # broken skin under a garment worn for weeks is looked at the same day, before it becomes a
    # pressure sore or infected -- not the garment's marks, itch or tightness, the expected
    # course, nor a wound denied ("no sore from the garment")
    RedFlag(
        id="garment_sore_review",
        system="skin (a wound, sore or blister rubbed by the compression garment after liposuction or body contouring)",
        procedures=("liposuction", "abdominal", "breast"),
        source="ASPS 'Liposuction -- recovery' (the compression garment is worn for weeks) and NHS 'Pressure ulcers (pressure sores)' (skin broken by pressure or rubbing is shown to a nurse or doctor the same day, before it deepens or becomes infected): a same-day review; spreading redness, pus or a fever are pus / high_fever",
        patterns=(
            rf"{_GARMENT}[^.!?\n]{{0,40}}{_RUBBED}[^.!?\n]{{0,30}}{_SORE}",
            rf"{_SORE}[^.!?\n]{{0,30}}\b(from|by|because of|von|durch|wegen|par|à cause de|de la|du|yüzünden|от|من|بسبب)\b[^.!?\n]{{0,15}}{_GARMENT}",
            rf"{_GARMENT}[^.!?\n]{{0,30}}(\b(made|caused|left|gave me)\b|\b(a fait|m'a fait|hat)\b|\b(yaptı|açtı)\b|(عمل|عملي|سبب|سببلي|جرح|جرحني|سلخ))[^.!?\n]{{0,20}}{_SORE}",
        ),
        level="soon",
    ),
    RedFlag(
        id="stitch_poking_review",
        system="skin (the end of a stitch sticking out of a healing wound, the skin around it pink or tender)",
        procedures=("any",),
        source="NHS 'Caring for your wound after surgery' and 'Stitches -- how to care' (a stitch end poking out is not pulled at home; a wound a little red or tender around it is shown to the practice nurse or the clinic the same day); spreading redness, pus or a fever are pus / high_fever, a wound opening is wound_dehiscence",
        patterns=(
            # the forty-fourth round's (dev49 fr-10): a thread told sticking out, with the skin
            # around it pink, red or tender in the same sentence, either order -- a stitch only
            # asked about ("when do the stitches come out?", "are they dissolvable?") has no sign
            rf"{_STITCH_OUT}[^.!?\n]{{0,60}}{_LOCAL_SIGN}",
            rf"{_LOCAL_SIGN}[^.!?\n]{{0,60}}{_STITCH_OUT}",
        ),
        level="soon",
    ),
    RedFlag(
        id="implant_exposed_review",
        system="mouth (a dental implant's cover screw or healing cap seen through the gum)",
        procedures=("dental",),
        source="ITI (International Team for Implantology) and Oral Health Foundation 'Dental implants' aftercare, and NHS 'Dental implants' (problems after the implant are taken to the dental team): a cover screw or healing cap showing through the gum after a stitch came out or the gum opened is shown to the dentist the same day (cleaned, the gum may be closed again); a bleed that does not stop, a floor-of-the-mouth swelling, swallowing or breathing hard are heavy_bleeding / airway_swallowing",
        # the forty-fifth round's (dev50 en-14): the implant named beside a screw, a cap or a
        # bit of metal, with a word of seeing or showing in the same sentence, any order -- the
        # implant only asked about ("when will the screw be put on the implant?") has no sight
        patterns=(
            rf"{_SEEN}[^.!?\n]{{0,60}}{_IMPLANT_PART}[^.!?\n]{{0,40}}{_IMPLANT}",
            rf"{_IMPLANT_PART}[^.!?\n]{{0,40}}{_IMPLANT}[^.!?\n]{{0,40}}{_SEEN}",
            rf"{_IMPLANT}[^.!?\n]{{0,40}}{_IMPLANT_PART}[^.!?\n]{{0,40}}{_SEEN}",
            rf"{_SEEN}[^.!?\n]{{0,40}}{_IMPLANT}[^.!?\n]{{0,40}}{_IMPLANT_PART}",
            # the forty-seventh round's (dev52 en-13): the cover screw told by its colour, the
            # implant named first and the seeing and the colour after it in the next words ("the
            # gum over the implant looks open, I can see something grey/silver", "ich sehe etwas
            # Silbernes", "je vois quelque chose de gris", "gri bir şey görüyorum", "вижу что-то
            # серое", "اشوف شي فضي")
            rf"{_IMPLANT}[^.!?\n]{{0,60}}({_SEEN}|\bsehe\b)[^.!?\n]{{0,30}}{_SCREW_COLOUR}",
            rf"{_IMPLANT}[^.!?\n]{{0,60}}{_SCREW_COLOUR}[^.!?\n]{{0,30}}({_SEEN}|\bsehe\b)",
            rf"({_SEEN}|\bsehe\b)[^.!?\n]{{0,30}}{_SCREW_COLOUR}[^.!?\n]{{0,40}}{_IMPLANT}",
            # the forty-eighth round's (dev53 ru-13): the implant named first, then the seeing,
            # then the part ("implants 6 days ago ... I can see a bit of metal", "имплант ...
            # виден кусочек металла"), or the part seen in or through the gum, any order, in
            # one sentence ("a screw shows through the gum", "im Zahnfleisch sieht man Metall",
            # "on voit le métal dans la gencive", "diş etinde metal görünüyor", "на десне видна
            # заглушка", "باين حديد في اللثة")
            rf"{_IMPLANT}[^.!?\n]{{0,60}}{_SEEN}[^.!?\n]{{0,30}}{_IMPLANT_PART}",
            rf"{_GUM}[^.!?\n]{{0,30}}{_SEEN}[^.!?\n]{{0,30}}{_IMPLANT_PART}",
            rf"{_GUM}[^.!?\n]{{0,30}}{_IMPLANT_PART}[^.!?\n]{{0,30}}{_SEEN}",
            rf"{_SEEN}[^.!?\n]{{0,30}}{_IMPLANT_PART}[^.!?\n]{{0,30}}{_GUM}",
            rf"{_IMPLANT_PART}[^.!?\n]{{0,30}}{_SEEN}[^.!?\n]{{0,30}}{_GUM}",
        ),
        # a breast implant is another matter (wound_dehiscence, urgent)
        unless=(
            r"(breast|brust|busen|\bseins?\b|mammaire|göğüs|meme|груд|صدر|ثدي)",
            # the forty-eighth round's: the part denied ("no metal visible", "can't see any
            # metal", "kein Metall zu sehen", "on ne voit pas de métal", "metal görünmüyor",
            # "металла не видно", "ما في حديد باين", "مش باين حديد")
            r"(\b(no|not|nothing|can'?t see|cannot see|don'?t see|kein\w*|nicht|pas de|pas|aucun\w*|rien|hiç)"
            r"|(?<!\w)(не|нет|ничего|без)(?!\w)|(?<!\w)(ما في|مافي|مفيش|ما فيه|مش|مو|ما|لا)(?!\w)) "
            rf"((\w+ ){{0,3}}){_IMPLANT_PART}",
            rf"{_IMPLANT_PART}[^.!?,\n]{{0,25}}(\b(not visible|not showing|nicht (zu sehen|sichtbar)|görünmüyor|gözükmüyor)\b|(?<!\w)не (видн\w*|виден)|(مش|مو|ما) باين)",
        ),
        level="soon",
    ),
    RedFlag(
        id="sinus_opening_review",
        system="mouth / sinus (an oro-antral communication after an upper implant or extraction)",
        procedures=("dental",),
        source="NHS patient leaflet 'Oro-antral communication (mouth-sinus hole)' (Kingston and Richmond NHS Foundation Trust), BAOMS patient information and the British Dental Journal's 2021 correspondence on post-operative OAC advice: a drink coming out of the nose after an upper tooth was taken out or an upper implant placed is an opening into the sinus, closed by the surgeon -- seen the same day, not an emergency (no nose blowing, no straw meanwhile)",
        # the forty-fifth round's (dev50 ar-13): a drink told coming out of the nose, either
        # order, in a message that names the tooth, the implant or the extraction -- a runny
        # nose beside "I drink a lot" has no way out of the nose, a rhinoplasty names no tooth
        patterns=_either_order(_DRINK_LIQUID, _OUT_OF_NOSE),
        # no tooth, implant or extraction named anywhere: not this (a guard on the whole
        # message, so that the hit itself starts at the drink and "no water comes out of my
        # nose" stays denied)
        not_in=(rf"^(?s:(?!.*{_DENTAL_UPPER}))",),
        # the drink denied in its own clause ("no water comes out of my nose", "su burnumdan
        # gelmiyor", "ничего не выходит через нос", "ما بتطلع مية من مناخيري")
        unless=(
            r"(\bno\b|\bnot\b|\bnever\b|nothing|\bkein\w*|\bnicht\w*|\bpas\b|\brien\b|\bjamais\b|\bне\b|\bнет\b|ничего"
            r"|(?<!\w)(ما|مش|مو|مفيش|مافي|ولا|بطل|مابت\w*)(?!\w))[^.,;!?\n]{0,40}" + _OUT_OF_NOSE,
            _OUT_OF_NOSE + r"[^.,;!?\n]{0,25}(gelmiyor|çıkmıyor|kaçmıyor|\bnicht\b|\bpas\b|\bне\b)",
        ),
        level="soon",
    ),
    RedFlag(
        id="wound_leak_review",
        system="wound (a fluid newly leaking from the scar: a seroma draining, a wound edge not sealed)",
        procedures=("abdominal", "breast", "liposuction", "any"),
        source="NHS 'Caring for your wound after surgery' (a wound that leaks fluid is shown to the GP, practice nurse or the surgical team) and ASPS 'Tummy tuck -- risks' (a seroma may drain through the scar; the surgeon drains or dresses it): clear, pink or yellowish fluid leaking from the scar after the first days is seen the same day, not an emergency, whatever signs of infection are denied; pus, a smell or a fever are pus / high_fever, a wound that opens is wound_dehiscence",
        # the fiftieth round's (dev55 de-13): the fluid told leaking and the scar or wound it
        # leaks from, in one sentence, either first -- a drain's output, a spot on the dressing
        # with nothing told leaking, or "no fluid comes out" is not this
        patterns=(
            rf"{_WOUND_SITE}[^.!?؟\n]{{0,80}}{_FLUID_LEAKS}",
            rf"{_FLUID_LEAKS}[^.!?؟\n]{{0,40}}{_WOUND_SITE}",
        ),
        unless=(
            # a drain giving fluid as the clinic said; the cannula holes of a liposuction,
            # draining the tumescent fluid (ASPS 'Liposuction -- recovery')
            r"(drain|drainage|redon|dren\b|drenler|дренаж|درنق|درين|holes?|ports?|einstich\w*|löcher|trous|delik\w*|прокол\w*|дырочк\w*|فتحات|الفتحات|ثقوب|خروم)",
            # the fluid or its leaking denied ("no fluid comes out", "nothing leaks", "es kommt
            # nichts raus", "rien ne coule", "sıvı gelmiyor", "ничего не сочится", "ما يطلع شي")
            r"(\bno\b|\bnot\b|\bnothing\b|\bkein\w*|\bnicht\w*|\bpas\b|\brien\b|\bне\b|\bнет\b|ничего"
            r"|(?<!\w)(ما|مش|مو|مفيش|مافي|ولا|بطل)(?!\w))[^.,;!?\n]{0,20}("
            + _LEAK_FLUID
            + "|"
            + _LEAKING
            + ")",
            r"\b(gelmiyor|çıkmıyor|sızmıyor|akmıyor|kalmadı)\b|\b(sıvı|su|akıntı)\w* (\w+ )?yok\b",
            # the leak told stopped or gone ("the fluid has stopped", "die Flüssigkeit ist weg",
            # "le liquide s'est arrêté", "sıvı durdu", "жидкость перестала", "السائل وقف")
            "(" + _LEAK_FLUID + "|" + _LEAKING + r")[^.,;!?\n]{0,40}"
            r"(\b(stopped|gone|dried up|aufgehört|weg|arrêté|tari\w*|durdu|kesildi)\b|(прекратил\w*|перестал\w*|высох\w*)|(?<!\w)(وقف|خلص|راح|نشف)(?!\w))",
        ),
        not_in=(_FIRST_TWO_DAYS,),
        level="soon",
    ),
    # The forty-ninth round's (dev54 ru-14): a small bluish, dusky or purplish patch of skin at
    # the site of the operation -- behind the ear after a facelift, at a wound edge, on a flap
    # (see ``_LOCAL_DUSKY_PATCH``): its blood supply may be failing, the surgeon looks the same day
    RedFlag(
        id="skin_patch_review",
        system="skin / flap perfusion (a small dusky patch at the site, nothing black, cold or spreading)",
        procedures=("facelift", "abdominal", "breast", "any"),
        source="ASPS 'Facelift -- risks' and 'Tummy tuck -- risks' (skin loss, poor wound healing: a small dusky area, mostly behind the ear, is treated with wound care after the surgeon sees it) and BAAPS patient information: a same-day review; a black, cold or spreading flap is skin_necrosis, a mottled or bluish skin all over is sepsis_signs",
        patterns=(
            rf"{_DUSKY}[^.!?\n]{{0,40}}{_SKIN_PATCH}",
            rf"{_SKIN_PATCH}[^.!?\n]{{0,40}}{_DUSKY}",
        ),
        # a bruise is the expected course (ASPS 'Facelift -- recovery'), and the patch must be
        # small or at a site, nothing black, cold or spreading beside it
        unless=(
            _BRUISE,
            rf"^(?!.*{_PATCH_SMALL_OR_SITE})",
            # the patch denied ("no dusky patches", "keine bläuliche Stelle", "pas de zone
            # violacée", "morumsu leke yok", "синюшных пятен нет", "ما في بقعة زرقاء")
            r"(\b(no|not|any|kein\w*|nicht|pas d[e']|aucun\w*|sans|hiç)\s|(?<!\w)(нет|без|ни|никаких)\s"
            rf"|(?<!\w)(ما في|مافي|مفيش|ما فيه|ولا|بدون)\s)(\w+\s){{0,2}}({_DUSKY}|{_SKIN_PATCH})",
            rf"({_DUSKY}|{_SKIN_PATCH})(\s\w+){{0,2}}\s(yok|yoktu|нет|не было)\b",
        ),
        level="soon",
    ),
)

BY_ID: dict[str, RedFlag] = {flag.id: flag for flag in CATALOGUE}
