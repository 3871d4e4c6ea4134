# ruff: noqa: RUF001, RUF002, RUF003 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""Multilingual phrase tables of the rules provider (tr, en, de, ar, ru, fr).

Written in natural spelling and compiled through :func:`careflow_agents.text.fold`, so
"ağrı", "agri" and "AĞRI" all match. Patterns are regular expressions over the folded text;
upper-case escapes (``\\S``, ``\\W``, ``\\D``) keep their meaning through the fold (since the
forty-third round; before it they were lower-cased into their opposites).

Red flags live in :mod:`careflow_agents.redflags` (a catalogue with sources); negation in
:mod:`careflow_agents.negation`. Patterns written in Cyrillic also match Russian typed in Latin
letters (see :func:`careflow_agents.text.compile_latin`). Keep one line per language to make
gaps visible.
"""

from __future__ import annotations

from careflow_agents.complaints import (
    ANTIBIOTIC_MILD_DIARRHOEA,
    BLOATED_LIKE_A_MEAL,
    BREAST_AIR_SOUND,
    BREASTS_FIRM_AND_HIGH,
    DENTAL_OOZE,
    DISSOLVED_STITCHES,
    FACE_NOSE_COURSE,
    GAS_PAIN,
    GRAFT_CRUSTS_DARK,
    GUM_FILM,
    HAIR_SWELLING_TO_EYES,
    HARD_SPOTS_UNDER_SKIN,
    LUMPY_AFTER_LIPO,
    NAVEL_CRUSTS,
    NOSE_RINSE,
    PORT_FLUID,
    SCAR_FLAT_AND_CLOSED,
    SLIGHT_HEADACHE,
)

# Post-op symptoms that are not red flags on their own: urgency "soon".
SYMPTOMS: list[str] = [
    # a nosebleed, or bleeding told in the past tense, after an operation: even one that stopped
    # by itself is seen by a person the same day, and a repeated one above all (ENT UK
    # 'Nosebleeds' and BAAPS rhinoplasty recovery: bleeding that recurs after the splint or
    # packing comes off is reviewed); a bleed that will not stop is the catalogue's
    r"\bnose ?bleed\w*|\b(nose|nostril)\w* (bled|bleeds|bleeding|started bleeding)|\bbled\b"
    r"|nasenbluten|nase\w* (hat )?(blutet|geblutet)|\bgeblutet\b"
    r"|saign\w* (du|au niveau du) nez|saignement\w* (de|du) nez|\bépistaxis"
    r"|burn\w* kana(dı|mış|ıyor|ma\w*)|\bkanadı\b"
    r"|кровь (из|с) нос\w*|носов\w* кровотечени\w*|кровотечени\w* из нос\w*|кровил\w*"
    r"|رعاف|نزيف (من )?(ال)?(انف|أنف|خشم)|دم (من|ب)\s?(انفي|أنفي|خشمي|الانف|الأنف|الخشم)",
    # pimples with a white or pus head (pustules: folliculitis, ISHRS and NHS 'Folliculitis'):
    # not the catalogue's spreading infection, but not the ingrown hairs of ordinary healing
    # either -- a person looks at them the same day
    # -- the head told yellow too ("yellow-tipped spots", "Pickel mit gelber Spitze", "boutons à
    # tête jaune", "sarı uçlu sivilce", "с жёлтой головкой", "حبوب راسها اصفر")
    r"\b(white ?heads?|white (tips?|points?|dots?|spots?)|pus[- ]filled|pustul\w*|points? blancs?|têtes? blanches?"
    r"|(white|yellow)[- ](tipped|headed|topped)|yellow ?(heads?|tips?)|têtes? jaunes?|points? jaunes?"
    r"|eiterpickel\w*|eiterbläschen|(weiß|gelb)e[nrs]? (punkt|pünktchen|köpfchen|spitze)\w*|(beyaz|sarı) (nokta|uç|baş|tepe)\w*"
    r"|iltihapl\w* (sivilce|kabarcık)\w*|гнойнич\w*|(бел|ж[её]лт)\w* (точк|головк|верхушк)\w*|رؤوس بيضاء|راس ابيض|رأس أبيض"
    r"|(رؤوس|راس|رأس|راسها|رأسها|روسها) (صفراء|اصفر|أصفر|صفرا)"
    r"|(نقطه|نقطة|نقط) (بيضاء|بيضا|بيض|صفراء|صفرا))",
    # a raised temperature under the fever line (37.5-37.9; NHS: 38 or more is a fever): not
    # an emergency, but a symptom a person should see
    r"(?<![\d.])37\.[5-9](?![\d.])",
    # a reading of 38 or more the catalogue lets pass (told once, a lower one since): still seen
    r"(?<![\d.])(3[89]|4[01])\.\d(?![\d.]| ?(kg|kilo|eur|euro|€|\$|usd|tl|lira|mm|cm|ml|%|gr?\b))",
    # 38.0 exactly, which the catalogue lets pass when no fever word or other sign is told
    # (redflags high_fever): a pattern without letters, so read in Cyrillic and Arabic messages too
    r"(?<![\d.])38\.0(?![\d.])",
    # a small opening of the wound, or clear fluid from it (NHS 'Caring for your wound'): not
    # the catalogue's gaping wound or pus, but a person looks at it the same day
    r"\b(small|tiny|little) (opening|hole|gap)\b",
    # any wound said to have opened: when the catalogue lets a small one pass, it is still seen
    r"\b(wound|incision|stitch\w*|scar|suture\w*)\b[^.!?;\n]{0,40}\b(opened|opening|open|came apart|split)\b",
    # German compounds name the wound ("Brustnaht", "Bauchnarbe"), or "a spot" of it opened
    r"(wunde|naht|narbe)\w*.{0,60}\b(aufgegangen|aufgeplatzt|offen|auseinander)|\b(stelle|stück)\b.{0,25}\b(aufgegangen|aufgeplatzt)",
    r"\b(plaie|cicatrice|suture|points)\b[^.!?;\n]{0,40}(ouverte|s'ouvre|s'est ouvert\w*|écarté)",
    r"\b(yara|dikiş)\w*[^.!?;\n]{0,40}(açıldı|açılmış|açılıyor|ayrıldı)",
    r"(шов|швы|рана|шва)\w*[^.!?;\n]{0,40}(разош|открыл|расход)\w*",
    r"(الجرح|جرحي|الغرز|الخياطه|الخياطة)[^.!?;\n]{0,40}(انفتح|انفتحت|مفتوح|انفك|اتفتح)",
    # fluid coming out of the wound, whatever its colour: clear or odourless is no pus, but a
    # person still looks at it (NHS 'Caring for your wound')
    r"(يخرج|تخرج|يسيل|ينزل|يطلع|تطلع) (منه|منها|من الجرح|من الغرز|من مكان) (سائل|افرازات|إفرازات|مويه|ماي)",
    r"\bclear(,)? (\w+ )?(fluid|liquid|discharge)\b",
    # cloudy fluid the catalogue lets pass (fever ruled out, nothing else told): seen the same day
    r"\b(cloudy|milky|trüb\w*|trouble|bulanık|мутн\w*)\b.{0,20}(fluid|liquid|discharge|flüssigkeit|sekret|ausfluss|liquide|écoulement|sıvı|akıntı|жидкост|выделени)"
    r"|(fluid|liquid|discharge|flüssigkeit|sekret|ausfluss|liquide|écoulement|sıvı|akıntı|жидкост|выделени)\w*.{0,20}\b(cloudy|milky|trüb\w*|trouble|bulanık|мутн\w*)"
    r"|(سائل|سايل|افرازات|إفرازات|مويه|ميه)\w*.{0,15}(عكر|معكر)",
    r"\b(kleine?|winzige?) (öffnung|offene stelle|loch|lücke)\b|\bklare ((?!rosa|rosé|rötlich)\w+ )?flüssigkeit",
    r"\b(petite|minuscule) (ouverture|zone ouverte|trou)\b|\bliquide clair",
    r"\b(küçük|ufak|minik) (bir )?(açıklık|aralık|delik)|\b(şeffaf|berrak) (sıvı|akıntı|su)",
    r"(маленьк|небольш|крошечн)\w* (отверсти|дырочк|щел)|прозрачн\w* (жидкост|выделени)",
    r"(فتحه|فتحة|خرم) (صغيره|صغيرة|صغنونه|زغيره)|(سائل|سايل|مويه|مية|ميه|ماء) (شفاف|شفافه|شفافة|اصفر فاتح)",
    r"\bswell",
    r"\bswollen\b",
    r"\bbruis",
    r"\bpain",
    r"\bhurts?\b",
    r"\bsore\b",
    r"\bbleed",
    r"\bredness\b",
    r"\bnumb",
    r"\bitch",
    r"\bcrust",
    r"\bnause",
    r"\bgrafts?\b.{0,20}(fell|falling|came out)",
    r"\bdischarge\b",
    r"\basymmetr",
    r"\bdizzy\b",
    r"\bşiş(lik|me|ti|miş|kin|iyor)",
    r"\bmorar",
    r"\bağrı",
    r"\bağrıyor",
    r"\bsızı",
    r"\bkanama",
    r"\bkanıyor",
    r"\bkızarık",
    r"\buyuşma",
    r"\bkaşın",
    r"\bkaşıntı",
    r"\bkabuk",
    r"\bbulantı",
    r"\bgreft",
    r"\bbaş dön",
    r"\bschwellung",
    r"\bgeschwollen",
    r"\bbluterguss",
    r"blaue flecken",
    r"\bschmerz",
    r"\btut weh\b",
    r"\bblut(ung|et)",
    r"\brötung",
    r"\bgerötet",
    r"\btaub\b",
    r"\bjuck",
    r"\bkruste",
    r"\bübelkeit",
    r"\bschwindel",
    r"\bgonfl",
    r"\boedème",
    r"\bœdème",
    r"\bbleus?\b",
    r"\bhématome",
    r"\bdouleur",
    r"\bj'ai mal\b",
    r"\bmal (au|à|a la)\b",
    r"\bsaign",
    r"\brougeur",
    r"\bengourdi",
    r"\bdémange",
    r"\bcroûte",
    r"\bnausée",
    r"\bvertige",
    # dizziness in French words ("la tête qui tourne", "étourdie"): a person looks the same day
    r"\b(t[eê]te (qui|me|me fait|qui me) tourne|la t[eê]te tourne|étourdi\w*)",
    # little fluid kept in after a sleeve or bypass, told as a volume ("only 800 ml a day";
    # ASMBS: dehydration is the commonest readmission) -- seen, not cleared as routine
    r"\b(only|just|que|nur|sadece|ancak|только|лишь|بس|فقط)\b.{0,25}\b\d{2,4} ?(ml|мл|مل)\b",
    r"\bотек",
    r"\bопух",
    r"\bсиняк",
    # ("больше", bigger, is no pain: "одна чуть больше другой")
    r"\bбол(ь|ит|ят|ело)(?!ш)",
    r"\bкровит",
    r"\bкровотеч",
    r"\bкров(ь|и)\b",  # the genitive too: "крови нет" denies it, "много крови" tells it
    # something grown since before ("больше, чем на прошлой неделе", "стало больше") or fluid that
    # moves under the skin ("переливается", a seroma): seen by a person the same day
    r"\b(больше|крупнее),? чем (вчера|раньше|было|на прошлой|неделю|утром)|\bстал\w* (больше|крупнее)|\bувеличил\w*"
    r"|\b(переливается|переливаться|булькает|хлюпает)\b",
    r"\bпокраснен",
    r"\bонемен",
    r"\bнемеет",
    r"\bзуд",
    r"\bчешется",
    r"\bкорк",
    r"\bтошн",
    r"\bголовокруж",
    r"تورم",
    r"انتفاخ",
    # ... and swelling told with the other common words, noun or adjective ("الورم", "وشي
    # وارم"; the forty-sixth round's): a symptom as "swollen" is; the ordinary course clears it
    # as it clears the swelling in other languages
    r"(?<![\u0621-\u064a])(و|ف|ب)?(ال)?(ورم|وارم|وارمه|وارمة)(?![\u0621-\u064a])",
    r"كدمة",
    r"كدمات",
    r"ازرقاق",
    r"\bألم\b",
    r"يؤلم",
    r"وجع",
    r"نزيف",
    r"احمرار",
    r"تنميل",
    r"حكة",
    r"قشرة",
    r"غثيان",
    r"دوخة",
    r"دوار",
    r"\bvomit",
    r"throwing up",
    # the forty-fourth round's (a probe's gap): vomiting told in the past ("I threw up", "ich
    # habe erbrochen", "hab gekotzt", "kustu", "меня вырвало", "استفرغت"; the French "j'ai vomi"
    # is read by "vomi" below)
    r"\bthr(ew|own) up\b|\b(erbrochen|gekotzt|ausgekotzt)\b|\bkus(tu|muş|mus|acak)\w*"
    r"|\b(вырвало|стошнило|рвало|блевал\w*|блеванул\w*)|(استفرغت|استفرغ|تقيأت|تقيات|طرشت)",
    r"\bdrain",
    r"\bsmell",
    r"\bwarm\b",
    r"\bhot\b",
    r"\bred\b",
    r"\bblood",
    r"\bache",
    r"\bheadache",
    r"\btight",
    r"\bhard\b",
    r"\blump",
    r"\bblister",
    r"\bpimple",
    r"\bdiarrh",
    r"\bcough",
    r"\bweak",
    r"\bfluid",
    r"\bleak",
    r"\bseroma",
    r"\bscab",
    r"\bgrafts?\b",
    r"\bdry (eye|eyes)\b",
    r"\bblurr",
    r"\bglare|halos?\b",
    r"\bkus(ma|uyor|tum)",
    r"\bkan\b",
    r"\bkoku",
    r"\bsıcak",
    r"\bsert(?!ralin)",
    r"\bsızıntı",
    r"\bakıntı",
    r"\bbulanık",
    r"\bhalsiz",
    r"\bağrıyor",
    r"\bsancı",
    r"\bsızlıyor",
    r"\bbatıyor",
    r"\berbrech",
    r"\bübergeb",
    r"\bgeruch",
    r"\briecht",
    r"\bwarm\b",
    r"\bheiß",
    r"\bhart\b",
    r"\bverschwommen",
    r"\bdruck",
    r"\bweh\b",
    r"\bziehen|zieht\b",
    r"\bsticht|stechen",
    r"\bvomi",
    r"\bodeur",
    r"\bchaud",
    r"\bdur(e)?\b",
    r"\bflou",
    r"\bfatigu",
    r"\brouge\b",
    r"\bsang\b",
    r"\bрвот",
    r"\bрвет",
    r"\bзапах",
    r"\bгоряч",
    r"\bтверд",
    r"\bмутн",
    r"\bслабост",
    r"\bкрасн",
    r"\bнагно",
    r"\bтемперат",
    r"استفراغ",
    r"ترجيع",
    r"رائحة",
    r"ريحة",
    r"حار",
    r"(?<!قهوه )(?<!قهوة )(?<!شاي )(?<!مويه )(?<!ماء )(?<!ماي )(?<!اكل )(?<!أكل )(?<!دش )(?<!حليب )(?<!شوربه )(?<!مشروب )سخن",  # not a hot drink or shower
    r"قاسي",
    # blood as a word, with its article or a clitic -- not the "دم" inside "استخدم" or "قدم"
    r"(?<![\u0621-\u064a])(و|ف|ب)?(ال)?دم(ي|ه|ها|اء)?(?![\u0621-\u064a])",
    r"يوجع",
    r"توجع",
    r"يألم",
    r"تعب",
    r"ضبابي",
    # Eating, drinking and bowels after an operation -- above all after a sleeve or bypass:
    # nausea after meals, barely eating, no stool for days, a bloated belly. Not an emergency
    # while fluids stay down (the catalogue's vomiting_abdominal, low_urine_output and
    # bowel_obstruction read the dangerous forms), but a person sees it the same day: ASMBS
    # 'Life after bariatric surgery' (dehydration, nausea and constipation are the common early
    # problems; call the team if you cannot meet the fluid goal) and NHS 'Weight loss surgery --
    # recovery'. A denied "no vomiting" beside them clears the vomiting, not them.
    r"\bconstipat|\bbloat(ed|ing)\b|\bqueasy\b|\b(feel|feeling|felt) (so |really |very )?(sick|nauseous)\b"
    r"|\b(barely|hardly|can'?t|cannot|unable to) (eat|keep (food|anything) down|finish)\w*"
    r"|\bno (bowel movement|stool|poo|poop)\b|\bhaven'?t (pooed|pooped|been to the toilet|had a bowel)",
    r"\bverstopf|\bkein(en)? stuhl(gang)?\b|\b(mir ist|ist mir|wird mir|mir wird)\b[^.!?;]{0,30}\bübel\b"
    r"|\bübel\b[^.!?;]{0,12}\b(nach|beim|vom) (dem |jedem )?essen|\bmir ist (so |total |immer )?schlecht\b"
    r"|\b(schaff\w*|ess\w*|trink\w*|bekomm\w*|krieg\w*) (nur |fast )?kaum\b|\bkaum (was |etwas )?(essen|trinken|runter)",
    r"\bkabız|\btuvalete (çıkamadım|çıkamıyorum|gidemedim|gidemiyorum)|\bşişkin|\bkarnım\w*.{0,20}şiş"
    r"|\bmidem bulan|\b(hiçbir şey |bir şey |pek )?yiyemiyorum|\bçok az (yiyorum|yiyebiliyorum)",
    r"\bconstip|\bballonn|\bnausé|\benvie de vomir|\bmal au c(œ|oe)ur|\bbarbouill"
    r"|\b(n'?arrive|arrive) (pas|plus|presque pas) à (manger|boire|avaler)|\bmange (presque )?rien"
    r"|\bpas (été|allée?) à la selle",
    r"\bзапор|\bне было стула|\bнет стула|\bвздут|\bраздут|\bтошнит|\bподташнивает|\bне могу (есть|поесть)"
    r"|\bпочти не ем|\bеле ем",
    r"امساك|إمساك|(ما|مش|مو) (دخلت|رحت) (الحمام|التواليت)|بطني (منفوخ|منتفخ)|غثيان|(لايعه|لايعة|لاعيه|لاعية) نفسي"
    r"|نفسي (لايعه|لايعة|غامه|غامة)|(ما|مش|مو) (اقدر|أقدر|قادر|قادره) (اكل|آكل|أكل|اشرب|أشرب)",
    # dark urine with fluids still going down: dehydration, seen the same day (NHS 'Dehydration');
    # little or no urine, or urine brown like cola or tea, is the catalogue's low_urine_output
    r"\bdark (yellow )?(urine|pee|wee)|\b(urine|pee|wee)\w* (is |looks )?(very |really )?dark\b"
    r"|\burin\w* (ist )?(ganz |sehr )?dunkel|\bdunkler urin|\burines? (très )?foncée?s?|\bidrar\w* koyu|\bkoyu idrar"
    r"|\bмоч[аиу]\b.{0,10}(темн|тёмн)|\b(темн|тёмн)\w* моч|(بولي|البول|بول)\w* غامق",
]

# A stomach sign told with vomiting, blood, fever, a swollen or hard belly, or getting worse is no
# mild one (NHS 'Weight loss surgery -- risks': a leak; 'Antibiotics -- side effects').
_SIDE_EFFECT_ONLY = (
    r"(?![^.!?;\n]{0,40}(vomit|throw|blood|fever|swoll|swell|hard|bloat|worse|sharp|erbrech|blut|fieber"
    r"|geschwoll|hart|schlimmer|stech|vomi|sang|fièvre|gonfl|dur\b|pire|kus|kan\b|ateş|şiş|sert|kötü"
    r"|рвот|кров|температур|вздут|опух|тверд|твёрд|хуже|остр|ترجيع|استفراغ|دم|حراره|حرارة|منفوخ|ناشف|اسوأ))"
)

# The forty-sixth round's: lumps under the skin told growing after them are no induration
# settling (ASPS 'Liposuction -- recovery': a lump that grows is seen); redness, heat and pus
# are read as symptoms and by the catalogue on their own (a denied "no redness" must not count)
_LUMP_NOT_GROWING = (
    r"(?![^.!?;\n]{0,40}(grow|bigger|larger|wächst|größer|grossit|plus gros"
    r"|büyü|раст[её]т|растут|увеличива|больше|يكبر|تكبر))"
)

# Ordinary signs of healing: a post-op symptom among these alone needs no extra review.
NORMAL_HEALING: list[str] = [
    # a belly bloated like after a big meal after egg collection (the forty-fourth round's;
    # HFEA / ESHRE): mild bloating, the catalogue's OHSS read before it
    *BLOATED_LIKE_A_MEAL,
    # lumps all over the treated belly or thighs, hard, numb or wavy, after liposuction or a tummy
    # tuck (the forty-fifth round's; ASPS / BAAPS): the course, when a care or normal ask follows
    *LUMPY_AFTER_LIPO,
    # the forty-ninth round's (dev54): the hard spots of a liposuction told as places under the
    # skin ("ein paar harte Stellen unter der Haut", "quelques zones dures sous la peau"; ASPS)
    *HARD_SPOTS_UNDER_SKIN,
    # ... and a sloshing or gurgling sound heard in the breast after implants (ASPS / BAAPS: air
    # in the pocket); "хлюпает", "булькает" are symptom words (a seroma's) elsewhere
    *BREAST_AIR_SOUND,
    # thin pink, watery fluid from the liposuction holes in the first days (ASPS / BAAPS)
    *PORT_FLUID,
    # gas pains in the first weeks after a sleeve or a keyhole operation (the forty-sixth
    # round's; ASMBS, NHS): the gas, told as such, with no vomiting, fever or hard belly
    *GAS_PAIN,
    # the forty-seventh round's (dev52): both breasts high and firm in the first weeks (ASPS /
    # BAAPS), a mild diarrhoea from the antibiotic (NHS), a red but flat and closed scar (NHS
    # 'Scars'), crusts round the new navel (ASPS): the words only, with nothing worse beside them
    *BREASTS_FIRM_AND_HIGH,
    *ANTIBIOTIC_MILD_DIARRHOEA,
    *SCAR_FLAT_AND_CLOSED,
    *NAVEL_CRUSTS,
    # pressure told instead of pain ("keine Schmerzen, eher Druck", "more pressure than pain"):
    # the splints and the swelling (BAAPS rhinoplasty recovery)
    r"\b(eher|mehr so) (ein )?druck\w*|\bmore (like )?(a )?pressure( than (a )?pain)?\b|\bplutôt (une )?(pression|gêne)\b|\b(daha çok|daha cok) (baskı|baski)|скорее (давление|давит|распирает)|(ضغط|ثقل) (اكثر|أكثر) (من|مما)",
    # a little tired or sluggish in the first weeks (NHS 'Weight loss surgery -- recovery' and
    # 'Tummy tuck -- recovery': tiredness for a few weeks is expected); weak, faint or drowsy
    # is read by the catalogue apart from this
    r"\b(a bit|a little|slightly|bit|little|kinda|somewhat) (tired|sluggish|drained|worn out|lethargic)\b|\b(tired|sluggish|drained)( and (tired|sluggish|drained))? (a bit|a little)\b",
    r"\b(etwas|ein bisschen|ein wenig|leicht) (müde|schlapp|erschöpft|abgeschlagen)\b",
    r"\bun peu (fatigué|fatiguée|fatigue|crevé|crevée|raplapla|ramollo)\b",
    r"\b(biraz|hafif) (yorgun|halsiz|bitkin)\w*",
    r"(немного|чуть|слегка) (устаю|уставш\w*|вял\w*|быстро устаю)|(вялость|усталость) (небольшая|лёгкая|легкая)",
    r"(ب?تعب|تعبان|تعبانه|تعبانة|خمول|ارهاق|إرهاق)( و\s?(ب?تعب|خمول|ارهاق|كسل))? ?(شوي|شويه|شوية|بسيط|خفيف)",
    # after an egg collection, cramps like a period and a little spotting (HFEA 'Egg
    # collection': mild cramping and light spotting are common) -- not when told strong or
    # growing, and a belly tight or breath short is the catalogue's OHSS
    r"\b(crampy|cramps?|cramping|pain|ache)\b.{0,20}\blike (a |my )?period( pain| cramps)?\b(?!.{0,40}(strong|severe|worse|unbearable|stark|schlimm|heftig|fort|pire|insupportable|şiddetli|siddetli|kötüleş|kotules|сильн|хуже|невыносим|شديد|قوي|يزيد))|\b(a )?(little|bit of|light) (bit of )?spotting\b"
    # ... and a belly told mildly bloated (the forty-ninth round's, dev54: the English words the
    # other languages' "leicht gebläht", "hafif şişkin", "слегка вздут" already clear)
    r"|\b(mild|mildly|slight|slightly|a little|a bit|a bit of|some) bloat(ing|ed)\b(?![^.!?;,\n]{0,40}(tight|tense|swelling more|growing|worse|breath))",
    r"\b((ziehen|zieht|krämpfe|krampf\w*|schmerz\w*|weh)\b.{0,30})?(wie (bei )?(der |einer )?(periode|regel|mens\w*)|regelschmerz\w*|periodenschmerz\w*)(?!.{0,40}(strong|severe|worse|unbearable|stark|schlimm|heftig|fort|pire|insupportable|şiddetli|siddetli|kötüleş|kotules|сильн|хуже|невыносим|شديد|قوي|يزيد))|\bleichte schmierblutung",
    r"\b((crampes?|douleurs?|mal|tiraillements?)\b.{0,25})?comme (des|pendant les|avant les) règles(?!.{0,40}(strong|severe|worse|unbearable|stark|schlimm|heftig|fort|pire|insupportable|şiddetli|siddetli|kötüleş|kotules|сильн|хуже|невыносим|شديد|قوي|يزيد))|\b(petites|légères) pertes( de sang| sanglantes| brunes| rosées)?\b|\bun peu de saignement\b",
    r"\badet (sancısı|sancisi|ağrısı|agrisi) gibi( (bir )?(ağrı|agri|sancı|sanci|kramp)\w*)?(?!.{0,40}(strong|severe|worse|unbearable|stark|schlimm|heftig|fort|pire|insupportable|şiddetli|siddetli|kötüleş|kotules|сильн|хуже|невыносим|شديد|قوي|يزيد))|\b(biraz|hafif) lekelenme",
    r"((тянет|тянуло|болит|ноет|боль|спазм\w*)\b.{0,25})?как (при|во время|перед) месячн\w*(?!.{0,40}(strong|severe|worse|unbearable|stark|schlimm|heftig|fort|pire|insupportable|şiddetli|siddetli|kötüleş|kotules|сильн|хуже|невыносим|شديد|قوي|يزيد))|немного (мажет|мажется|кровит)|мажущ\w* (выделени|кровотечени)",
    r"((مغص|وجع|الم|ألم|شد)[^\s]*.{0,20})?(زي|مثل|متل|كأنها|كانها) (ال)?(دوره|دورة|الدوره|الدورة)(?!.{0,40}(strong|severe|worse|unbearable|stark|schlimm|heftig|fort|pire|insupportable|şiddetli|siddetli|kötüleş|kotules|сильн|хуже|невыносим|شديد|قوي|يزيد))|(تنقيط|نقط دم) (خفيف|بسيط)",
    # tender only when pressed or touched (ASPS / BAAPS recovery: tenderness to the touch for
    # weeks; pain at rest or growing is another matter, read elsewhere)
    r"\b(only )?(hurts?|sore|tender|painful|aches?)\b (only |just )?(when|if) (i |you |it'?s )?(press|push|touch|tap|pressed|touched)\w*",
    r"\b(tut|tun) (nur )?weh,? (nur )?wenn (ich|man) (\w+ )?(drück|draufdrück|berühr|anfass)\w*|\bdruckempfindlich|\bnur auf druck\b",
    r"\b(fait|fais) mal (seulement |que |juste |uniquement )?quand (j'appuie|on appuie|j'appuye|je touche|on touche)|\bdouloureu\w* (au toucher|à la pression)",
    r"\b(bastırınca|bastirinca|dokununca|basınca|basinca) (biraz |sadece )?(ağrıyor|agriyor|acıyor|aciyor|sızlıyor|sizliyor)",
    r"бол\w* (только )?(если|когда|при) (надавить|нажать|нажимаю|надавливаю|трогаю|дотрагиваюсь|прикоснуться|нажатии|надавливании)",
    r"(يوجع|توجع|بيوجع|بتوجع|يألم)\w* (بس |فقط )?(لما|اذا|إذا|لمن) (اضغط|أضغط|المس|ألمس|ضغطت|لمست)",
    # a little lumpy or uneven while the swelling settles (ASPS facelift and liposuction
    # recovery: lumps and irregularities for weeks); a new lump in the breast is the
    # catalogue's same-day sign, read apart from this table
    r"\b(a bit|a little|slightly|bit|little|etwas|leicht|ein bisschen|un peu|légèrement|biraz|hafif|немного|слегка|чуть|شوي\w*) (lumpy|bumpy|uneven|knubbelig|uneben|wellig|bosselé\w*|grumeleu\w*|yumru yumru|engebeli|бугрист\w*|неровн\w*|متكتل)",
    # firm lumps under the skin weeks after a liposuction (ASPS 'Liposuction -- recovery':
    # induration settles over months); a lump in the breast is the catalogue's same-day sign
    r"\b(ال)?((hard|firm|small|little|some|harte?[nr]?|feste?[nr]?|kleine?[nr]?|petite?s?|sert|küçük|тв[её]рд\w*|плотн\w*|маленьк\w*) )?(lumps?|knots?|hard (bits|areas|spots)|knubbel\w*|knoten|verhärtung\w*|boules?|grumeaux|indurations?|yumru\w*|sertlik\w*|комк\w*|уплотнени\w*|حبوب|كتل|مناطق ناشفه|مناطق ناشفة)[^.!?;\n]{0,25}(under the skin|unter der haut|sous la peau|cilt alt\w*|deri alt\w*|под кожей|تحت الجلد)"
    + _LUMP_NOT_GROWING,
    r"\b(some|little|bit of|mild|slight|normal)?\s?(swell\w*|swollen|bruis\w*|itch\w*|crust\w*|scabs?|numb\w*|tight\w*|sore\w*|puff\w*)",
    r"\b(şiş\w*|morar\w*|morluk\w*|kaşın\w*|kaşıntı\w*|kabuk\w*|uyuşma\w*|uyuşuk\w*|gerginlik\w*)",
    r"\b(schwellung\w*|geschwollen\w*|bluterguss\w*|blaue flecken|juck\w*|kruste\w*|krusten|taub\w*|spann\w*)",
    r"\b(gonfl\w*|oedème|œdème|bleus?|hématome\w*|démange\w*|croûte\w*|engourdi\w*|tiraill\w*)",
    r"(отек\w*|отёк\w*|опух\w*|синяк\w*|синяки|зуд\w*|чешется|корк\w*|онемен\w*|немеет|стянут\w*)",
    # the forty-seventh round's (dev52): the swelling told "распухла", as "опухла"
    r"(распух\w*|припух\w*)",
    # "شد" (tightness), not the compression garment "المشد" ("ابطل المشد بالليل؟")
    r"(تورم|انتفاخ|كدمة|كدمات|ازرقاق|حكة|قشرة|قشور|تنميل|(?<!الم)شد)",
    # ... and the swelling told "ورم", "وارم" (the forty-sixth round's), as "swollen"
    r"(?<![\u0621-\u064a])(و|ف|ب)?(ال)?(ورم|وارم|وارمه|وارمة)(?![\u0621-\u064a])",
    r"\b(a little|a bit|bit of|slight|slightly|some|light|minor|few drops of) (bleed\w*|blood\w*|spotting|oozing|pink)",
    # the same with its colour told ("a bit of pinkish blood", "some old dried blood"): a light
    # blood-tinged ooze, the drip pad's after a rhinoplasty (BAAPS rhinoplasty recovery)
    r"\b(a little|a bit of|bit of|slight|some|light|minor|few drops of) (pink\w*|red\w*|old|dried|dark) (blood|bleed\w*|ooz\w*)",
    # a little clear or pink watery fluid from a drain site or wound edge (NHS 'Caring for your
    # wound': a small amount of clear or pink fluid is normal); smell, pus or spreading
    # redness are the catalogue's, read before this table
    r"\b(a little|a bit of|bit of|some|slight) (clear|pink\w*|watery|serous)( \w+)? (fluid|discharge|leak\w*|ooz\w*)",
    r"\b(biraz|hafif|az) (pembe |sulu |berrak |şeffaf )+(akıntı|sızıntı|sıvı)\w*",
    r"\b(etwas|bisschen|wenig) (klare|rosa|wässrige)\w* (flüssigkeit|sekret|wundwasser)|\bun peu de liquide (clair|rosé|rose)",
    # bruising that tracks down with gravity (to the neck after a facelift, to the thighs after
    # a tummy tuck -- BAAPS / ASPS facelift recovery): the bruise moves, it is no new sign
    r"(blaue\w* flecken|bluterguss\w*|hämatom\w*|bruis\w*|bleus|hématomes?|ecchymoses?|morluk\w*|morarma\w*|синяк\w*|кровоподт[её]к\w*|كدمات|الكدمات|الزرقه|الزرقة)[^.!?;\n]{0,15}\b(ziehen|wander\w*|track\w*|mov\w* down|spread\w* down|descend\w*|iniyor|aşağı|спуска\w*|сполза\w*|نازل\w*|نزلت)",
    r"\bbleed\w* (a little|a bit|slightly|lightly)",
    # ... told of the nose ("my nose bleeds a little", "a slight nosebleed"): the same light ooze
    r"\b(nose|nostril)\w* (bleeds?|bled|bleeding|is bleeding) (a little|a bit|slightly|lightly)|\b(a little|a bit of|slight|light|minor) nose ?bleed\w*",
    r"\bspotting\b",
    r"(biraz|hafif|az) (kan\w*|sızıntı)",
    r"(etwas|bisschen|leicht|wenig) (blut\w*)|blutet (etwas|leicht|ein bisschen|ein wenig)",
    r"(un peu de sang|saigne un peu|léger saignement|quelques gouttes)",
    r"(немного|чуть|слегка) (кров\w*|сукровиц\w*)|сукровиц",
    r"(قليل من الدم|شوية دم|شويه دم|نقط دم|نزيف خفيف)",
    # light blood told as light after the noun ("نزول دم خفيف", spotting after an egg
    # collection -- HFEA 'Egg collection': light spotting for a day or two)
    r"(نزول |ينزل |نزل )?دم (خفيف|بسيط|قليل)",
    # ... and told with the verb ("الجرح ينزف شوي", "بتنزف شوية"; the fortieth round's): the
    # light ooze as "bleeds a little", "blutet etwas", "saigne un peu"
    r"(?<!\w)ب?(ينزف|تنزف) (شوي|شويه|شوية|بسيط|خفيف|قليل|شي بسيط)(?!\w)",
    # a mild pressure after implants or any operation ("etwas Druckgefühl"); a chest pressure is
    # the catalogue's, found before this table is read
    r"\b(etwas|leicht\w*|bisschen|ein wenig|noch) druck(gefühl\w*)?\b",
    # ... told dull or mild in any language ("nur so ein dumpfer Druck", "a dull pressure", "une
    # pression sourde", "hafif bir baskı", "тупое давление", "ضغط خفيف"): the splints and the
    # swelling of the first week (BAAPS / ASPS 'Rhinoplasty -- recovery'); never in the chest,
    # the eye, the belly or the leg, nor growing or worse
    r"\b(dull|mild|slight|light|dumpf\w*|leicht\w*|sourde?|légère|hafif|tupoe|тупое|лёгкое|легкое|небольшое)\s(bir |so |ein |une )?"
    r"(pressure|druck\w*|pression|baskı\w*|давлени\w*)\b(\s(sourde?|légère))?"
    r"(?![^.!?;\n]{0,40}(chest|eye|belly|stomach|abdomen|leg|calf|worse|grow|brust|auge|bauch|bein|wade|schlimmer"
    r"|poitrine|œil|yeux|ventre|jambe|mollet|pire|göğüs|göz|karın|bacak|kötü|груд|глаз|живот|ног|икр|хуже))",
    r"(?<!\w)ضغط (خفيف|بسيط)(?!\w)(?![^.!?;\n]{0,40}(صدر|عين|بطن|رجل|ساق|اسوأ|يزيد))",
    # the stomach upset told as the antibiotic's or the medicine's doing ("the antibiotic upsets
    # my stomach", "das Antibiotikum schlägt mir auf den Magen", "l'antibiotique me barbouille
    # l'estomac", "antibiyotik midemi bozdu", "от антибиотика живот расстроен", "بطني تعبان
    # منه"): a common side effect (NHS 'Antibiotics -- side effects': indigestion, feeling
    # sick), asked about beside the medication question whose answer waits for approval;
    # vomiting, blood or a swollen, hard belly told with it stay a complaint
    r"\b(antibiotic|pill|tablet|medicine|medication|capsule)s? (is |are )?(upsetting|upsets|upset|irritat\w*) (my |the )?(stomach|tummy)\b"
    + _SIDE_EFFECT_ONLY,
    r"\b(stomach|tummy) (is |feels )?(a bit |a little )?(upset|unsettled)\b[^.!?;\n]{0,15}\b(from|by|because of) (the |them|it|this)"
    + _SIDE_EFFECT_ONLY,
    r"\b(antibiotik\w*|tablette\w*|medikament\w*)[^.!?;\n]{0,20}(schlägt|schlagen) (mir )?auf den magen"
    + _SIDE_EFFECT_ONLY,
    r"\b(antibiotique|médicament|cachet|comprimé)s? (me )?(barbouill\w*|dérang\w*|irrit\w*) (l'|l |mon )?(estomac|ventre)"
    + _SIDE_EFFECT_ONLY,
    r"\b(antibiyotik|ilaç|hap)\w* (midemi|mideyi|karnımı) (boz\w*|rahatsız et\w*)"
    + _SIDE_EFFECT_ONLY,
    r"от (антибиотик\w*|таблет\w*|лекарств\w*) (живот|желудок) (расстро\w*|побаливает|не в порядке)"
    + _SIDE_EFFECT_ONLY,
    r"(?<!\w)و?(بطني|معدتي) (تعبان\w*|مضايق\w*|مقلوب\w*) (منه|منها|من المضاد|من الدوا|من الحبوب)(?!\w)"
    + _SIDE_EFFECT_ONLY,
    # a mild pulling in the belly in the first days after a sleeve or a tummy operation
    # ("a slight pulling in my belly", "leichtes Ziehen im Bauch", "ça tire un peu dans le
    # ventre", "karnımda hafif çekme", "тянет в животе немного", "بطني بتشد شوي"; NHS 'Weight
    # loss surgery -- recovery': some tummy discomfort for the first days); a belly swollen,
    # hard or worse, vomiting or fever in the clause is no mild pulling
    r"\b(a )?(slight|mild|little|bit of a) pulling( feeling)? in (my |the )?(belly|tummy|stomach|abdomen)\b"
    + _SIDE_EFFECT_ONLY,
    r"\b(leicht\w*|etwas|bisschen) ziehen im (bauch|unterbauch|magen)\b" + _SIDE_EFFECT_ONLY,
    r"\bça tire (un peu|légèrement) (dans|au niveau du) (le )?ventre\b" + _SIDE_EFFECT_ONLY,
    r"\bkarn\w* (hafif|biraz) (bir )?(çekme|çekiyor|gerginlik)\w*" + _SIDE_EFFECT_ONLY,
    r"(тянет|потягивает) (в|внизу) живот\w* (немного|чуть|слегка)|(немного|чуть|слегка) (тянет|потягивает) (в|внизу) живот\w*"
    + _SIDE_EFFECT_ONLY,
    r"(?<!\w)و?(بطني|معدتي) (ب?تشد|ب?يشد|شادد\w*) (شوي|شويه|شوية|خفيف|بسيط)(?!\w)"
    + _SIDE_EFFECT_ONLY,
    # the grafts told looking fine after a hair transplant ("the grafts look ok", "die Grafts
    # sehen gut aus", "les greffons ont l'air bien", "greftler iyi görünüyor", "графты выглядят
    # нормально", "البصيلات شكلها كويس"; ISHRS: the grafts are secure after the first days): the
    # patient's reassurance, no change of the grafts -- unless one fell, bleeds or weeps after it
    r"\b(grafts?|greffons?|greft\w*|графт\w*|трансплантат\w*)\s(look|looks|seem|seems|are|sehen|wirken|sind|ont l'air|semblent|sont|выглядят|вроде)?\s?"
    r"(\w+\s)?(ok|okay|fine|good|intact|gut|in ordnung|bien|bons|intacts|iyi|sağlam|normal|хорошо|нормально|целы)\b"
    r"(?![^.!?;\n]{0,40}(but|fell|fall|out|bleed|blood|pus|aber|blut|eiter|mais|sang|tomb|pus|ama|kan|düş|но|кров|гно|выпа))",
    r"(?<!\w)(الزراعه|الزراعة|البصيلات) (شكلها |باين\w* )?(كويس\w*|تمام|منيح\w*|زين\w*)(?!\w)(?![^.!?;\n]{0,40}(بس|لكن|دم|قيح|وقع))",
    # the tip of a new nose stays swollen and firm for months (BAAPS / ASPS rhinoplasty recovery)
    r"(nose tip|tip of (my|the) nose|nasenspitze|bout du nez|pointe du nez|burun ?uc\w*|кончик\w*|طرف الانف|راس الانف)"
    r"[^.!?;\n]{0,20}(hard|firm|stiff|hart|fest|dur\w*|ferme|sert\w*|тверд\w*|твёрд\w*|плотн\w*|قاسي|ناشف)",
    # crusts or scabs on the grafts are the crusts, not a change of the grafts (ISHRS: crusts
    # fall off in 7-14 days)
    r"\b(scabs?|crusts?|kabuk\w*|krusten|croûtes?|корочк\w*|корки)\b[^.!?;\n]{0,25}\b(grafts?|greft\w*|greffons?|grafts)\b",
    # ... and told dark or black, the grafts' worry in the same sentence (the forty-ninth round's;
    # complaints.GRAFT_CRUSTS_DARK, ISHRS)
    *GRAFT_CRUSTS_DARK,
    # a dry wound or scar is the healing the clinic hopes for (NHS 'Caring for your wound')
    r"(wound|incision|scar|wunde|naht|narbe|plaie|cicatrice|yara|dikiş|рана|шов|швы|الجرح|جرحي)\w*\s(is |are |ist |sind |est |sont )?(still |all |completely |ganz |schön |komplett |bien )?(dry|trocken\w*|sèche?s?|kuru(?!\s*kan)|сух\w*|ناشف\w*)",
    # mild pain, a low pain score, a normal temperature, fluids kept down and slight blur after
    # eye surgery are the expected course (NHS 'Recovering from an operation'; AAO: mild blur
    # for days after LASIK); severe or rising pain and fever are the catalogue's, read before
    r"\b(mild|slight|little|low|minor|some|a bit of|bearable) (pain|ache|soreness|discomfort)\b|\bpain\b[^.!?;\n]{0,12}\b(is |s )?(mild|low|minimal|manageable|bearable|ok|okay|fine|like [0-4]|about [0-4]|around [0-4]|[0-4] ?(/|out of) ?10)\b",
    r"\b(schmerz\w*)[^.!?;\n]{0,10}\b(nur |noch |ganz )?(leicht|gering|kaum|wenig|erträglich|minimal)\w*|\b(leichte|geringe|kaum|wenig) (noch )?schmerz\w*",
    r"\b(légère|petite|faible)s? douleurs?|\bdouleurs?\b[^.!?;\n]{0,10}(légère|faible|supportable|minime)s?\b|\bun peu mal\b",
    r"\b(ağrı\w*)[^.!?;\n]{0,10}\b(az|hafif|azaldı|çok az)\b|\b(hafif|az) (bir )?ağrı",
    r"(небольш|слаб|легк|лёгк|терпим)\w* бол\w*|\bбол\w*[^.!?;\n]{0,10}(небольш|слаб|терпим|чуть)\w*",
    r"(وجع|ألم|الم|الالم|الوجع) (خفيف|بسيط|شوي|شوية|قليل)",
    r"\b(temperature|temp|temperatur|température|ateş\w*|температур\w*)\b[^.!?;\n]{0,6}\b(is |ist |est )?(normal\w*|нормальн\w*|в норме|ok|okay|fine|gut|iyi)\b|\bnormal (temperature|temp)\b|(الحراره|الحرارة|حرارتي)[^.!?;\n]{0,6}(طبيعيه|طبيعية|طبيعي|عادي)",
    r"\bkeep\w* (fluids|liquids|water|food|everything|it|them|drinks)\b[^.!?;\n]{0,10}\bdown\b|\b(fluids|liquids|water) (are |is )?stay\w* down\b",
    r"\b(a bit|a little|slightly|still a bit|still slightly) (blurr\w*|fuzzy|hazy)|\b(etwas|leicht|noch etwas|ein bisschen) (verschwommen|unscharf)|\bun peu flou|\bbiraz bulanık|(немного|слегка|чуть) (мутно|размыто|расплывается)|(شوي|شوية|شويه) (مغبش|ضبابي)",
    # after LASIK or lens surgery, dry, gritty or sandy eyes and halos or glare around lights at
    # night are the expected course for weeks (AAO 'What to expect after LASIK'; NHS 'Laser eye
    # surgery'); loss of vision and rising eye pain are the catalogue's, read before this table
    r"\b(halos?|glare|starbursts?|lichthöfe\w*|lichthof|halo\w*|hale(ler)?|ореол\w*|هالات|هاله|هالة)\b",
    r"\b(sandy|sandig\w*|gritty|grainy|dry eyes?|yeux secs|kuru göz|сух\w* глаз|сухость (в )?глаз\w*|جفاف (في )?(العين|عيوني))\b",
    r"\b(sand|sable|kum|песок|песк\w*)\b[^.!?;\n]{0,20}\b(in (my|the) eyes?|dans les yeux|in den augen|gözümde|gözlerimde|в глазах|gibi bat\w*|varmış gibi\w*)",
    r"\b(in (my|the) eyes?|dans les yeux|in den augen|gözümde|gözlerimde|в глазах)[^.!?;\n]{0,20}\b(sand|sable|kum\w*|песок|песк\w*)(?:[^.!?;\n]{0,12}\bbat\w*)?",
    # ... and in Arabic ("حاسس ان فيها رملة", "كأن في عيني رمل"; the forty-eighth round's, dev53)
    r"(فيها|فيهم|في عيني|في عيوني|بعيني|بعيوني)\s?(رمل|رمله|رملة)",
    r"(رمل|رمله|رملة)\s?(في|ب)\s?(عيني|عيوني|العين)",
    # firm, lumpy buttocks, belly or breasts for weeks after BBL, liposuction or implants are
    # swelling and induration (ASPS BBL / liposuction / breast augmentation recovery: firmness
    # and lumps settle over weeks, implants sit high and firm until they "drop and fluff"); a
    # rigid, growing or one-sided tense belly or breast is the catalogue's, read before this
    r"\b(po|gesäß|hintern|fesses?|buttocks?|bum|butt|kalça\w*|popo\w*|ягодиц\w*|попа|breasts?|boobs?|brust|brüste|seins?|göğüs\w*|грудь|груди|живот\w*|belly|tummy|bauch|ventre)\b[^.!?;\n]{0,25}\b(hart|knubbelig\w*|dure?s?|hard|firm|lumpy|sert\w*|тверд\w*|твёрд\w*|бугрист\w*|yumru\w*)",
    # ... and after liposuction on the flanks, back, thighs, arms or chin (ASPS 'Liposuction'
    # recovery: lumpy, firm, uneven areas for weeks): the body parts lipo treats, with the
    # plural lumps a patient feels under the skin; one new lump, a growing or a one-sided hard
    # swelling stay a symptom (the catalogue's haematoma is read before this table)
    r"\b(flanks?|back|hips?|thighs?|arms?|chin|love handles|abdomen|stomach|flanken|rücken|hüften?|oberschenkel\w*|oberarm\w*|kinn|hanches|cuisses?|dos|bras|menton|bel\w*|basen\w*|bacak\w*|kol\w*|gıdı\w*|бок\w*|спин\w*|бедр\w*|рук\w*|подбород\w*|الخواصر|خواصري|الظهر|ظهري|الفخذ|فخذي|الذراع|الذقن)\b"
    r"[^.!?;\n]{0,25}\b(hart|knubbelig\w*|dure?s?|hard|firm|lumpy|lumps|bumps|sert\w*|тверд\w*|твёрд\w*|бугрист\w*|yumru\w*|уплотнени\w*)",
    r"\b(lumps|lumpy( bits)?|bumps|knots|hard (bits|spots|areas|patches)|knubbel\w*|verhärtungen|grumeaux|petites boules|bosses|yumrular\w*|sertlikler\w*|уплотнени\w*|шишк\w*|комочк\w*|كتل|تكتلات|عقد)"
    r"[^.!?;\n]{0,10}\b(under|beneath|unter|sous|altında|под|تحت)\b[^.!?;\n]{0,10}(skin|haut|peau|cilt\w*|deri\w*|кож\w*|الجلد|جلد)"
    + _LUMP_NOT_GROWING,
    # implants that sit high and firm for the first weeks (ASPS 'Breast augmentation' recovery:
    # they "drop and fluff" over 3-6 months) -- told of both, in the plural; one side higher,
    # larger or tense is the catalogue's haematoma / contracture, read before this table
    r"\b(implants|breasts|boobs|brüste|implantate|seins|prothèses|göğüslerim|göğüsler\w*|implantlar\w*|груди|импланты|الصدر|الثديين|السيليكون)\b[^.!?;\n]{0,25}\b(sit\w* high|still high|high up|(still |noch |encore |hala )?(hoch|haut|yukarıda|yukarda|высоко)|فوق|مرتفع\w*)",
    # swelling told "ورم" and a bruise told "زرقة" (Gulf Arabic) as slight, and the bruise named
    # under the eyes after a rhinoplasty (BAAPS: bruising and swelling for two weeks)
    r"(ورم|وارم|ورمه|زرقه|زرقة|زرقان)\s?(بسيط|بسيطه|بسيطة|خفيف|خفيفه|خفيفة|شوي|شوية|شويه|قليل)",
    r"(ورم|زرقه|زرقة|ازرقاق|كدمات|كدمه|كدمة)\w*[^.!?;\n]{0,10}(تحت|حول) (العيون|عيوني|العين|عيني)",
    # white tissue around the stitches of healing gum (fibrin, granulation tissue: NHS 'Wisdom
    # tooth removal -- recovery'; Oral Health Foundation 'Dental implants'); pus and a bad taste
    # are the catalogue's, read before this table
    r"\b(gums?|zahnfleisch|gencives?|diş ?et\w*|десн\w*|اللثه|اللثة|لثتي)\b[^.!?;\n]{0,25}\b(white|whitish|weiß\w*|weiss\w*|blanc\w*|blanch\w*|beyaz\w*|бел\w*|ابيض|أبيض|بيضاء|بيضا)",
    # a red patch on the white of the eye after LASIK or lens surgery is a small bleed under the
    # conjunctiva from the suction ring, gone in 1-2 weeks (AAO 'What to expect after LASIK');
    # rising pain or falling sight are the catalogue's, read before this table
    r"(white of (my|the) eyes?|whites of (my|the) eyes|augenweiß\w*|weiße?n? (im|des) auge\w*|blanc de l'(oeil|œil)|blanc des yeux|göz\w* beyaz\w*|бел(ок|ке|ки|ках) глаз\w*|بياض (العين|عيني))[^.!?;\n]{0,30}(red|blood|rot|blut\w*|rouge|sang|kırmızı|kan\b|красн\w*|кров\w*|احمر|أحمر|دم)",
    # The forty-fourth round's (dev49). The same red patch told before the white of the eye
    # ("a bright red blood spot on the white of my left eye", "ein roter Blutfleck im Weißen des
    # rechten Auges", "une tache de sang rouge sur le blanc de l'oeil droit", "sağ gözümün beyazında
    # kan lekesi", "красное пятно крови на белке левого глаза", "بقعة دم حمرا في بياض عيني";
    # AAO 'What to expect after LASIK', RCOphth: a subconjunctival haemorrhage is harmless and
    # clears in 1-2 weeks) -- falling sight and rising pain are the catalogue's, read before this
    r"\b(red|blood|rot\w*|blut\w*|rouge|sang|kırmızı|kan|красн\w*|кров\w*)\b[^.!?;\n]{0,25}\b(on|in|im|sur|dans|на|в)\b\s(the |das |dem |le |l')?"
    r"(white|weiße\w*|blanc|бел(ок|ке|ки|ках))\s(of|des|de)?\s?(my |the |l'|mon )?((left|right|linken|rechten|gauche|droit|левого|правого) )?(eyes?|auge\w*|oeil|œil|yeux|глаз\w*)",
    r"(göz\w* beyaz\w*|بياض (العين|عيني|عيوني))[^.!?;\n]{0,20}(kan|kırmızı|leke|دم|احمر|أحمر|حمرا)|(بقعه|بقعة) (دم|حمرا|حمراء)[^.!?;\n]{0,20}بياض (العين|عيني)",
    # both eyes bruised blue, purple or black ("panda eyes") in the first two weeks after a
    # rhinoplasty (BAAPS / ASPS 'Rhinoplasty -- recovery': bruising around the eyes fades over
    # 10-14 days); one eye closed, painful or sight falling is the catalogue's, read before this
    r"\b(both eyes|my eyes|eyes are|under (my|both|the) eyes|around (my|both|the) eyes)\b[^.!?;\n]{0,20}\b(black|blue|purple|bruised)\b|\b(black|purple|panda|raccoon)[- ](eyes|rings)\b",
    r"\b(beide augen|die augen|augen sind|unter den augen|um die augen)\b[^.!?;\n]{0,20}\b(blau|lila|violett|schwarz)\w*|\bveilchen\b",
    r"\b(les yeux|mes yeux|sous les yeux|autour des yeux)\b[^.!?;\n]{0,20}\b(bleus?|violets?|violacés?|noirs?|pochés?)\b|\byeux au beurre noir\b",
    r"\b(gözler\w*|göz\w* alt\w*|göz\w* çevre\w*)[^.!?;\n]{0,15}\b(mor\w*|mosmor|mavi\w*|siyah\w*)",
    r"(глаза|под глазами|вокруг глаз)[^.!?;\n]{0,25}(син\w*|фиолетов\w*|ч[её]рн\w*)|(син\w*|фиолетов\w*) (под глазами|вокруг глаз)|как у панды",
    r"(حول|تحت) (عيوني|العيون|عيني)[^.!?;\n]{0,15}(ازرق|أزرق|زرقا|زرقه|زرقة|بنفسجي|اسود|أسود)",
    # pain told "not very" ("it doesn't hurt much", "tut nicht sehr weh", "pas trop mal", "çok
    # ağrımıyor", "болит не сильно", "ما بيوجع كثير"): the first week's (NHS 'Recovering from an
    # operation'); severe or rising pain is the catalogue's
    r"\b(doesn'?t|does not|not) (hurt|painful)( (that|very|too|so))? much\b|\bnot (very|too|that|so) (painful|sore)\b",
    r"\btut (nicht|kaum) (sehr|so|besonders|arg) weh\b|\bnicht (sehr|besonders) schmerzhaft",
    r"\bpas (trop|très|tellement) (mal|douloureu\w*)",
    r"\b(çok|fazla) (ağrımıyor|acımıyor|ağrı yok)",
    r"бол\w* не (очень |так |особо )?сильн\w*|не (очень |так |особо )?сильно бол\w*",
    r"(ما|مش|مو) (ب?يوجع|ب?توجع|يألم)\w* (كثير|كتير|وايد|مره|مرة)",
    # small pimples among the grafts weeks after a hair transplant are ingrown new hairs
    # (ISHRS patient information: folliculitis, settles with washing); pus is the catalogue's
    r"\b(pimples?|spots|zits|pickel\w*|boutons?|sivilce\w*|прыщ\w*|حبوب|حبوب صغيره)[^.!?;\n]{0,30}\b(grafts?|greft\w*|greffons?|implant\w* de cheveux|ekim\w*|пересаж\w*|الزراعه|الزراعة)",
    # pain said to be slight in German ("tut noch leicht weh", "tut kaum weh")
    r"\b(leicht|kaum|wenig|bisschen|etwas) weh\b",
    # a slight headache beside a medication question
    *SLIGHT_HEADACHE,
    # numb skin that does not feel a touch is the numbness (ASPS abdominoplasty: for months)
    r"(uyuş\w*)[^.!?;\n]{0,30}\bhissetmiyorum|\bhissetmiyorum[^.!?;\n]{0,30}\buyuş\w*",
    # drains already taken out are no complaint ("Drainagen sind raus", "drains came out")
    r"\b(drains?|drainage\w*|dren\w*|дренаж\w*)[^.!?;\n]{0,12}\b(raus|out|removed|gezogen|entfernt|retir\w*|enlev\w*|çekildi|alındı|сняли|удалили|убрали)\b",
    # dissolving stitches that come out by themselves (NHS 'Dissolvable stitches': they fall
    # out within one or two weeks); a wound that opens is the catalogue's, read before this
    DISSOLVED_STITCHES,
    # a white or yellow film on healing gum or a socket is fibrin, the healing layer (NHS
    # 'Wisdom tooth removal -- recovery'; Oral Health Foundation 'Dental implants'); pain, a
    # bad taste or pus are told apart and read on their own
    *GUM_FILM,
    # redness where the grafts went in, for days after a hair transplant (ISHRS patient
    # information: redness of the recipient area settles in 1-2 weeks); spreading redness,
    # pus and a smell are the catalogue's, read before this table
    r"\b(redness|red|pink\w*|rötung|gerötet|rougeur\w*|kızarıklık\w*|kızarık|покраснени\w*|احمرار)\b[^.!?;\n]{0,30}\b(grafts?|greft\w*|greffons?|recipient area|ekim alan\w*|empfängerbereich|графт\w*|الزراعه|الزراعة)",
    # a belly told only "a bit" bloated ("живот чуть вздут", "etwas aufgebläht", "un peu
    # ballonné", "a bit bloated", "بطني منفوخ شوي"): HFEA 'Egg collection' -- mild bloating for
    # a few days; a tight, growing belly is the catalogue's OHSS, read before this table. The
    # belly may be named first ("karnım biraz şişkin", "my tummy a bit bloated", "der Bauch
    # etwas gebläht", "بطني منفوخ شوي"; the forty-eighth round's, dev53): the symptom table
    # reads the belly with its bloating, so the ordinary sign starts at the belly too
    r"\b((belly|tummy|stomach|bauch|ventre|karn\w*|живот\w*)\b[^.!?;\n,]{0,10}?\s)?"
    r"(a bit|a little|slightly|etwas|leicht|ein bisschen|un peu|légèrement|biraz|hafif|немного|чуть|слегка) (bloated|aufgebläht|gebläht|ballonn\w*|şişkin\w*|вздут\w*)",
    r"\b((belly|tummy|stomach|bauch|ventre|karn\w*|живот\w*|بطني|البطن)\b[^.!?;\n,]{0,10}?\s)?"
    r"(bloated|aufgebläht|gebläht|ballonn\w*|şişkin\w*|вздут\w*|منفوخ|منتفخ) (a bit|a little|slightly|etwas|ein bisschen|un peu|légèrement|biraz|немного|чуть|شوي|شوية|شويه|بسيط)\b",
    # blood dried or crusted inside the nose after a rhinoplasty (BAAPS and ENT UK rhinoplasty
    # recovery: crusts and dried blood in the nostrils for one to two weeks, rinsed with saline)
    r"\b(dried|crusted|crusty) blood|\bblood(y)? crusts|\bgetrocknet\w* blut|\bverkrustet\w* blut|\bblutkrust\w*|\bsang séché|\bcroûtes? de sang"
    r"|\bkurumuş kan|\bkan kabu\w*|засохш\w* кров\w*|кровян\w* корк\w*|корочк\w* крови|(دم|الدم) (ناشف|يابس|جاف)|قشور (دم|الدم)",
    # cramps and bloating "like a period" for a day or two after an egg collection (HFEA
    # 'Egg collection'; RCOG 'OHSS': a tight, growing belly, breathlessness and little urine
    # are the catalogue's, read before this table)
    r"\b(crampy|cramps?|cramping|bloated|bloating|krämpfe|krampf\w*|aufgebläht|blähbauch|crampes?|ballonn\w*|kramp\w*|şişkin\w*|спазм\w*|вздут\w*|مغص|انتفاخ|نفخه|نفخة)\b[^.!?;\n]{0,30}"
    r"\b(like (on |during |before |with )?(my |a |the )?period|wie (bei )?(der |meiner )?(periode|regel|mens\w*|tage)|comme (pendant |avant )?(les |mes )?règles|regl\w* gibi|adet\w* gibi|как (при|во время|перед) месячн\w*|(زي|مثل|متل) (ال)?(دوره|دورة))",
    # a pulling feeling ("nur so ein Ziehen unter der Brust"): the tightness of healing tissue
    # (ASPS 'Breast augmentation' recovery: tightness and pulling as the implants settle)
    r"\b(ein|so ein|leichtes|etwas) ziehen\b",
    # Turkish "pain so little you could say none" ("ağrı desen yok denecek kadar az")
    r"\b(ağrı\w*)[^.!?;\n]{0,12}\b(yok denecek kadar|neredeyse yok|yok gibi)",
    # a dull ache ("десна ноет по вечерам"): the ordinary discomfort of the first days (NHS
    # 'Dental implants': soreness for a few days); rising or severe pain is the catalogue's
    r"(но(ет|ют|ило)|ноющ\w*)",
    # light spotting after an egg collection ("чуть мажет кровью", HFEA 'Egg collection')
    r"(чуть |немного |слегка )?(мажет|мазня|мажущ\w*)( кровью)?",
    # stitches to be taken out: "Fäden ziehen lassen" is no pulling pain
    r"(fäden|faden|nähte|klammern)\w*.{0,25}ziehen",
    # a maturing scar is firm, pink and raised for months (NHS 'Scars'); red or hot is not this
    r"(scar|narbe|cicatrice|\biz\b|izi|шрам|рубец|ندب)\w*(?:(?!red|hot|rouge|chaud|\brot\b|heiß|kırmızı|sıcak|красн|горяч|احمر|سخن).){0,40}(hard|firm|pink|raised|lumpy|hart|fest|rosa|wulstig|dure|ferme|rosée|rose|sert|pembe|kabarık|тверд|твёрд|розов|плотн|قاسي|وردي)",
    # The forty-fifth round's (dev50): a nose tip or cheeks swollen and hard, a blood-tinged
    # watery ooze, a blocked nose, an eye half closed by the forehead's swelling
    # (complaints.FACE_NOSE_COURSE: ASPS facelift, BAAPS / ASPS rhinoplasty, ISHRS); rinsing the
    # nose with salt water is the prescribed care, not a complaint of the nose (BAAPS / ENT UK)
    *FACE_NOSE_COURSE,
    *NOSE_RINSE,
    # The forty-eighth round's (dev53): the forehead's swelling come down to the eyes after a hair
    # transplant (complaints.HAIR_SWELLING_TO_EYES: ISHRS)
    *HAIR_SWELLING_TO_EYES,
    # The forty-sixth round's (dev51): saliva a little pink, a slight taste of blood after an
    # implant (complaints.DENTAL_OOZE: NHS 'Dental implants')
    *DENTAL_OOZE,
]

# The message itself says the operation has already happened (any stage).
OPERATION_DONE: list[str] = [
    r"\b(operated|had (my|the|a|an) (\w+ )?(surgery|operation|op|procedure|implants?|transplant|rhinoplasty|lasik|lens|sleeve|bypass|bbl|lipo|liposuction|tummy tuck|facelift|egg (collection|retrieval)|retrieval|cataract))",
    r"\b(surgery|operation|op|procedure|transplant|implants?|retrieval|collection|lasik|rhinoplasty|nose job|facelift|tummy tuck|bbl|lipo\w*|sleeve|bypass|cataract|lens exchange|augmentation|reduction|lift)\b.{0,30}\b(\d+|a few|few|two|three|four|five|six|ten) (days?|weeks?|nights?) ago",
    r"\b(\d+|a few|two|three|four|five|six|seven|ten) (days?|weeks?) (ago|after|since|post)\b.{0,40}\b(surgery|operation|op|procedure|transplant|implants?|retrieval|collection|lasik)",
    r"\b(day|week) \d+ (after|post)",
    r"\bsince (my|the) (surgery|operation|op|procedure|transplant|implants?|retrieval|egg collection)",
    r"\bpost[- ]?op",
    r"\b(done|operated) (elsewhere|at another clinic|in another clinic|abroad)",
    # the forty-ninth round's (dev54): a part of the body "done" and dated in the past ("I had
    # my nose done 4 days ago at another clinic", "got my boobs done last week", "5 days ago I
    # had my tummy done"), and the French "je me suis fait refaire le nez il y a 4 jours": the
    # operation is done, whatever the stage of the number written to (issue 10)
    r"\b(had|got|have had|'ve had) (my|her|his) (\w+ ){1,2}(done|redone|fixed)\b.{0,40}\b((\d+|a few|few|a couple of|two|three|four|five|six|seven|ten) (days?|weeks?) ago|yesterday|last week)",
    r"\b(\d+|a few|few|a couple of|two|three|four|five|six|seven|ten) (days?|weeks?) ago,? (i|she|he) (had|got) (my|her|his) (\w+ ){1,2}(done|redone|fixed)\b",
    r"\b(me suis|s'est|se sont|m'a|l'ai) fait (refaire|opérer|faire|retoucher)\b.{0,40}\bil y a (\d+|deux|trois|quatre|cinq|six|sept|dix) (jours|semaines)",
    r"\bil y a (\d+|deux|trois|quatre|cinq|six|sept|dix) (jours|semaines),? (je me suis|elle s'est|il s'est) fait (refaire|opérer|faire|retoucher)\b",
    r"ameliyat\w*.{0,25}(oldum|olduk|geçirdim|yapıldı|beri|oldu)",
    # "N days ago", not "N days before" something in the ablative ("ameliyattan 7 gün önce",
    # "ekimden 10 gün önce") nor asked ("7 gün önce mi bırakmam lazım?", the thirty-fifth
    # round's): a time before an operation still to come
    r"(?<!dan )(?<!den )(?<!tan )(?<!ten )\b\d+ (gün|hafta) (önce(?! m[iıu]\b)|oldu|geçti)",
    r"(ekim|implant|operasyon|yumurta toplama)\w*.{0,20}(yaptırdım|yapıldı|oldu|beri)",
    r"\b(operiert|op|operation|eingriff|implantat|transplantation|punktion|eizellentnahme)\w*.{0,30}(vor \d+|vor (ein|zwei|drei|vier|fünf|sechs) (tag|woche)|gestern|letzte woche|seit|hinter mir)",
    r"vor \d+ (tagen|wochen).{0,40}(operiert|op|operation|eingriff|implantat|punktion|gemacht)",
    r"(wurde|bin) .{0,20}operiert",
    # a past time stamp with "had / was" ("ich hatte vor 6 Tagen einen Schlauchmagen", "das war
    # vor 12 Tagen"): the operation the message speaks of is done
    r"\b(hatte|hab|habe|war|wurde|bekommen|gemacht)\b.{0,30}\bvor (\d+|ein|einer|zwei|drei|vier|fünf|sechs|sieben|zehn) (tag|tagen|woche|wochen)\b",
    r"\bvor (\d+|zwei|drei|vier|fünf|sechs|sieben|zehn) (tagen|wochen)\b.{0,30}\b(hatte|gemacht|bekommen|operiert)\b",
    r"\bopér(é|ée|és|ées)\b",
    r"(opération|intervention|chirurgie|greffe|ponction|implants?)\w*.{0,30}il y a \d+",
    r"il y a \d+ (jours|semaines).{0,40}(opération|opéré|intervention|greffe|ponction|implant)",
    r"depuis (l'|mon |ma )(opération|intervention|greffe|ponction)",
    # within the sentence, and not "how many days" (a question about the recovery to come)
    r"(операци|прооперир|сделал|делал|пункци|имплант|пересадк)\w*[^.!?;\n]{0,25}(?<!сколько )(?<!через )(назад|дней|день|недел|вчера)",
    r"\d+ (дн|день|недел)\w* (назад|после)",
    r"(سويت|عملت|اجريت|أجريت|سوّيت|عملتها)\w*.{0,20}(العملية|عملية|الزراعة|زراعة|التجميل)",
    r"(من|قبل) \d+ (ايام|أيام|يوم|اسابيع|أسابيع)",
    r"(العملية|عملية|الزراعة).{0,20}(من|قبل) (\d+|يومين|اسبوع|أسبوع)",
    # a procedure named by its own word after "I did / had" and dated in the past ("سويت شفط
    # دهون قبل يومين", "عملت تجميل انف من اسبوع"): done, even without the word "operation"
    r"(سويت|عملت|اجريت|أجريت|سوّيت|سويتها)\w*.{0,50}(قبل|من) (\d+|يومين|يوم|امس|أمس|اسبوع|أسبوع|اسبوعين|أسبوعين|ثلاث|ثلاثة|اربع|أربع|خمس)",
]

# A relative's or a friend's operation told (see ``HYPOTHETICAL``): the first person or a
# now-word of the patient, and the relative named -- English, German, French, Turkish, Russian,
# Arabic (the forty-fourth round's)
_RELATIVE_STORY: tuple[tuple[str, str], ...] = (
    (
        r"\b(i|i'?m|i'?ve|me|myself|today|now|still|since|currently)\b",
        r"\b(my|a|her|his|our) (older |younger |big |little |best )?(sister|brother|mum|mom|mother|dad|father|friend|cousin|aunt|uncle|wife|husband|partner|neighbou?r|colleague|daughter|son|niece)\b",
    ),
    (
        r"\b(ich|mir|mich|heute|jetzt|noch|seit|gerade)\b",
        r"\b(meine|meiner|mein|eine|ein) (ältere |jüngere |beste |große |kleine )?(schwester|bruder|mutter|mama|vater|papa|freundin|freund|cousine|cousin|tante|onkel|frau|mann|nachbarin|nachbar|kollegin|kollege|tochter|sohn)\b",
    ),
    (
        r"(\b(je|j'|moi|me|m'|aujourd'hui|maintenant|depuis|encore|toujours)\b)",
        r"\b(ma|mon|une|un) (grande |petite |meilleure? )?(s[oœ]+eur|frère|frere|mère|mere|maman|père|pere|papa|amie?|copine|copain|cousine?|tante|oncle|femme|mari|voisine?|collègue|fille|fils)\b",
    ),
    (
        r"\b(ben|bende|benim|bana|beni|bugün|şimdi|hala|hâlâ|beri|\w+(ıyorum|iyorum|uyorum|üyorum))\b",
        r"\b(ablam\w*|abim\w*|kız kardeşim\w*|erkek kardeşim\w*|kardeşim\w*|annem\w*|babam\w*|arkadaşım\w*|kuzenim\w*|teyzem\w*|halam\w*|eşim\w*|komşum\w*|kızım\w*|oğlum\w*)",
    ),
    (
        r"(\bя\b|\bмне\b|\bменя\b|у меня|\bсам[аи]?\b|сегодня|сейчас|до сих пор|уже)",
        r"\b(моя|мой|у моей|у моего)? ?(старшая |младшая |лучшая )?(сестр[аы]|брат|мам[аы]|мать|отец|пап[аы]|подруг[аи]|друг|кузин[аы]|тет[яи]|дяд[яи]|жен[аы]|муж|соседк[аи]|сосед|коллег[аи]|доч[ьи]|сын)\b",
    ),
    (
        r"((?<!\w)(انا|أنا|عندي|الحين|الان|الآن|اليوم|هلق|دلوقتي|لسه|لسا|جرحي)(?!\w))",
        r"((?<!\w)(اختي|أختي|اخوي|أخوي|اخويا|أخويا|اخي|أخي|امي|أمي|ماما|ابوي|أبوي|بابا|صاحبتي|صديقتي|صاحبي|صديقي|بنت خالتي|بنت عمي|خالتي|عمتي|زوجتي|جوزي|زوجي|جارتي|بنتي|ابني)(?!\w))",
    ),
)

# "can that happen to me too?" after a relative's story, in the same six languages
_HAPPEN_TO_ME: tuple[str, ...] = (
    r"\b(can|could|will|would|might) (that|this|it|the same)( also)? happen to me( too| as well)?\b",
    r"\b(kann|könnte) (das|so etwas|sowas|mir das)( \w+){0,3} (passieren|vorkommen)\b",
    r"\b(ça|ca|cela) (peut|pourrait|risque de) m'arriver\b",
    r"\b(bana|bende|benim de başıma) (da |de )?(olabilir|olur|gelebilir|gelir) m[iı]\b",
    r"(со мной|у меня) (тоже |такое |это |так )+(может|могут|будет|бывает)",
    r"(ممكن|يمكن|رح|راح|بيصير|ممكن يصير|ممكن يحصل)\s?(يصير|يحصل)?\s?(معي|معايا|لي|فيني|عندي)",
)

# The forty-sixth round's: a fear told of what the operation or the journey home could bring ("I'm
# scared I'll get a clot on the plane", "ich habe Angst, dass es nach der OP stark blutet", "j'ai
# peur de saigner beaucoup après", "uçakta pıhtı atmasından korkuyorum", "боюсь, что после
# операции будет кровотечение", "اخاف يصير عندي نزيف في الطيارة"): what the patient dreads, asked
# before an operation, not a sign now (see ``HYPOTHETICAL``) -- the whole sentence, with nothing in
# it that makes the sign now: a time ("since this morning", "seit heute", "depuis hier", "sabahtan
# beri", "с утра", "من الصبح") or the sign told in the present ("I'm bleeding", "ich blute", "je
# saigne", "kanıyor", "кровит", "بنزف"), nor a part swollen, red or hot told ("my calf is swollen"),
# and no comma after the fear (a clause told beside it: "I'm worried about a clot, my calf is
# hot") -- "I'm scared, I've been bleeding heavily since this morning" stays a red flag
_FEAR_TOLD: tuple[tuple[str, str], ...] = (
    (
        r"\b(today|tonight|now|since|this (morning|afternoon|evening)|yesterday|still|already"
        r"|at the moment|for (an?|\d+|two|three|several) (hours?|days?)|won'?t stop|doesn'?t stop"
        r"|(i'?m|am|is|it'?s|are) (\w+ )?(bleeding|swelling|hurting|leaking)"
        r"|(is|are|feels?|looks?|got|has been|have been) (\w+ ){0,2}(swollen|red|hot|hard|warm|numb|blue|pale|tight))\b",
        r"\b((i'?m|i am)( (so|really|very|a bit|a little|quite|super|terribly))? (afraid|scared"
        r"|frightened|terrified|worried|nervous|anxious)|i (fear|worry|dread)|my (biggest |main |only )?"
        r"(fear|worry) is)( that)? (i'?ll|i will|i might|i could|i may|i would|it'?ll|it will|it might"
        r"|it could|there will|there might|of|about|i'?m going to|it'?s going to|to)\b",
    ),
    (
        r"\b(heute|gestern|jetzt|gerade|seit|immer noch|noch immer|schon|hört nicht auf)\b"
        r"|(?<!dass )(?<!ob )(?<!wenn )(?<!weil )\b(ich blute|es blutet|blutet es)\b"
        r"|\b(ist|sind|fühlt sich) (\w+ ){0,2}(geschwollen|rot|heiß|warm|hart|dick|taub|blau|blass)\b",
        r"\b(angst|sorge|sorgen|bammel),? (davor,? )?(dass|vor)\b|\b(fürchte|befürchte),? (dass|ich könnte|es könnte)\b",
    ),
    (
        r"\b(aujourd'hui|hier|maintenant|en ce moment|depuis|toujours|déjà|ce matin|ce soir"
        r"|arr[eê]te pas)\b|(?<!que )(?<!qu'il )\b(je saigne|ça saigne|ca saigne|il saigne)\b"
        r"|\b(est|sont) (\w+ ){0,2}(gonfl|enfl|rouge|chaud|dur|bleu|pâle|engourdi)\w*",
        r"\b(j'ai (\w+ ){0,2}peur|je crains|je redoute|j'appréhende|ma (plus grande |seule )?peur,? c'est"
        r"|je m'inquiète|je suis (\w+ )?(inquiète?|angoissée?|terrifiée?|effrayée?)) (de |d'|que |qu'|à l'idée)",
    ),
    (
        r"\b(bugün|dün|şimdi|şu an|hala|hâlâ|beri|sabahtan|dünden|zaten|kan(ıyor|iyor)\w*"
        r"|şiş(ti|miş|ik)\w*|kızar(dı|ık)\w*|sıcak|sertleşti\w*|morardı\w*|uyuştu\w*)\b",
        r"\w+(masından|mesinden|maktan|mekten|acağından|eceğinden|ması|mesi)\s(\w+\s)?(kork|endişe|çekin)\w*"
        r"|\b(korkarım|korkuyorum) (ki|ya)\b",
    ),
    (
        r"(сегодня|вчера|сейчас|уже|с утра|со вчера|до сих пор|вс[её] ещ[её]|не останавлива"
        r"|не прекраща|кровит|кровоточит|кровоточу|кровлю|кровь ид[её]т|ид[её]т кровь|истекаю"
        r"|опух\w*|отекл\w*|отёкл\w*|покраснел\w*|горяч\w*|затвердел\w*|посинел\w*|онемел\w*)",
        r"(боюсь|опасаюсь|страшно|переживаю|беспокоюсь|волнуюсь),? (что|как бы|чтобы не|за \w+|\w+ть\b"
        r"|тромб\w*|кровотечени\w*|бол(и|ей))",
    ),
    (
        r"(?<!\w)(و|ف)?(الحين|الان|الآن|هلق|هلا|دلوقتي|اليوم|امس|أمس|امبارح|من امس|من أمس|من الصبح"
        r"|من يومين|من ساعه|من ساعة|جرحي|الجرح|الغرز|ما وقف|ما يوقف|مستمر|لسه|لسا|بنزف|عم انزف"
        r"|عم ينزف|بينزف|قاعد ينزف|(?<!يصير )(?<!تصير )(?<!يجيني )عندي (نزيف|جلطه|جلطة)"
        r"|وارمه|وارمة|وارم|منفوخ\w*|احمر|حمرا|سخن\w*|مزرق\w*|متورم\w*)(?!\w)",
        r"(?<!\w)(و|ف)?(اخاف|أخاف|بخاف|خايف|خايفه|خايفة|خايفين|اخشى|أخشى|قلقان|قلقانه|قلقانة|خوفي"
        r"|متخوف|متخوفه|متخوفة)(?!\w)\s(من\s|ان\s|إن\s|أن\s|لا\s)?((ي|ت|ا|أ|ن)\w+|ال\w+)",
    ),
)

# A pre-op message asking about what *could* happen: no emergency (only before an operation).
HYPOTHETICAL: list[str] = [
    # "how many days" joins "how long" (the forty-ninth round's: dev5-en-13's "how many days" of
    # the injections after the sleeve had been held only by "nurse" read as a Turkish "-rse")
    r"\b(will|would|could|might|is it (normal|common|possible) to|what if|risk|risks|chance|possible|usually|expect|how long|how much|how many|is there)\b",
    r"\b(if|in case|what happens|can i (still )?|can you|could you|do you (do|offer|perform)|are you able)\b",
    r"\b(yapıyor musunuz|yapabilir misiniz|machen sie|bieten sie|können sie|faites-vous|pouvez-vous|делаете|можете|هل تعملون|هل تسوون|تقدرون)",
    # the Turkish conditional ("olursa", "kanarsa", "gelirse") -- not an English or French word
    # that only ends so ("gets worse", "of course", "the nurse", "hoarse", "traverse"): the
    # forty-ninth round's -- "a headache that gets way worse when I stand up" told at the
    # enquiry stage read as a question of what could come, and the CSF leak beside it was lost
    r"(\b(?!(?:wo|cou|recou|discou|intercou|nu|pu|ho|cu|hoa|coa|spa|te|reve|adve|dive|unive"
    r"|conve|dispe|imme|trave|ave|rehea|endo|remo|bou|ku|bö)rses?\b)\w+(rsa|rse|ırsa|irse|ursa|ürse)\b"
    r"|durumunda)",
    r"\b(wenn|falls|darf ich (trotzdem|noch))\b",
    r"\b(si|en cas de|puis-je (quand même|encore))\b",
    # a question about what comes after an operation not yet done ("est-ce que ça saigne
    # beaucoup après ?", "does it bleed a lot afterwards?")
    r"\b(est-ce que (ça|ca|c'est|on)|does it|do you (bleed|swell))\b.{0,60}(apr[eè]s|afterwards|after it|after)\s*\?",
    r"(если|в случае|можно ли (мне )?(всё равно|еще|ещё))",
    # what happens *during* an operation not yet done ("ça saigne beaucoup pendant l'opération
    # ?", "do you bleed a lot during the surgery?", "blutet man während der OP stark?",
    # "ameliyat sırasında çok kan kaybı olur mu?", "во время операции много крови?", "في نزيف
    # كثير اثناء العملية؟"): only read before an operation, with nothing saying it was done
    r"\b(during|in the course of) (the |an? |my |your )?(operation|surgery|procedure|op)\b"
    r"|\b(pendant|durant|au cours de) (l'|une |la |mon |ma )?(opération|operation|intervention|chirurgie)"
    r"|\b(während|bei) (der|einer|meiner) (op|operation|eingriff)\b|\bwährend des eingriffs\b"
    r"|\b(ameliyat|operasyon)\w* (sırasında|esnasında|boyunca)"
    r"|(во время|в ходе) (самой )?(операци|процедур)"
    r"|(اثناء|أثناء|خلال|وقت) (ال)?(عمليه|عملية|العمليه|العملية)",
    # the same "during" with the operation left out, ending the question ("ça saigne beaucoup
    # pendant ?", "does it bleed a lot during?", "blutet es dabei stark?", "sırasında kanar mı?",
    # "кровит во время?", "ينزف كثير اثناءها؟"): the operation the enquiry is about
    r"\b(during|while it'?s done|pendant|durant|während|dabei|sırasında|esnasında|во время|в процессе)\s*\?"
    r"|\b(blutet|blutet es|blutet man|bleeds?|saigne|kanar|кровит)\b[^.!?\n]{0,20}\b(dabei|pendant|during|sırasında|во время)\b"
    r"|(اثناءها|أثناءها|خلالها|وقتها)\s*[؟?]",
    # "does it involve ...?" asked of the operation, in Arabic the "is there" of English above
    # ("وفيها نزيف كثير؟", "هل فيه ألم؟", "بيكون فيها تورم؟"): a sentence that opens on
    # "فيها/فيه" and ends in a question mark
    # -- not one that names the wound or a time that makes it now ("فيه نزيف من الجرح؟")
    r"(^|[.!?؟\n،,]\s*)(و|ف)?(هل )?(بيكون |يكون |راح يكون |بيصير |يصير )?(فيها|فيه)\s"
    r"(?![^.!?؟\n]{0,40}(الجرح|جرحي|الغرز|من امس|من أمس|من الصبح|الحين|الان|الآن|هلق|هلا|دلوقتي|اليوم))[^.!?؟\n]{0,40}[؟?]",
    # a bleed told as a habit at a trivial cut ("je saigne vite quand je me rase", "I bleed
    # easily when I shave", "ich blute schnell, wenn ich mich rasiere", "tıraş olurken çabuk
    # kanıyorum", "быстро кровлю, когда бреюсь", "انزف بسرعة لما احلق"): a trait asked about
    # before an operation, not a bleed now
    r"\b(quand|lorsque) je me (rase|coupe|brosse)|\bwhen(ever)? i (shave|cut myself|brush)|\bwenn ich mich (rasiere|schneide)"
    r"|\btıraş (olurken|olunca|olduğumda)|\bkesildiğimde|когда (я )?(бреюсь|порежусь|чищу зубы)|(لما|لمّا|عندما) (احلق|أحلق|انجرح|أنجرح)",
    # the near future of a sign asked before the operation ("ça va saigner beaucoup le greffon
    # ?", "is it going to swell a lot?", "wird es stark bluten?", "çok kanar mı?", "будет
    # кровить?", "رح ينزف كثير؟"): what is to come, not what is happening
    r"\b(is it|am i|will it|are they) going to (\w+ ){0,2}(bleed|swell|hurt|bruise)\b|\b(wird|werde) (es|ich|das|die \w+|der \w+)( \w+){0,3} (bluten|anschwellen|schwellen|weh tun|wehtun)\b",
    r"\b(ça|ca|il|elle|je) va(is)? (\w+ ){0,2}(saigner|gonfler|enfler|faire mal)\b|\b(kanar|şişer|acır|ağrır|morarır) m[ıi]\b|будет (\w+ ){0,2}(кровить|болеть|отекать|опухать|кровоточить)|(رح|راح|حي|حـ) (ينزف|يورم|يوجع|تنزف|تورم|ينتفخ|يتورم)",
    # a question, in the third person, about what happens after an operation not yet done
    # ("после подтяжки сильно кровит?", "after a facelift, is there much bleeding?", "blutet es
    # nach einer Nasen-OP stark?") -- a sentence with "after <the operation>" ending in a
    # question mark, with no first person and no time that makes it now ("уже час", "since
    # this morning", "seit gestern", "nonstop") in it; only read before an operation, with
    # nothing saying it was done
    *(
        rf"(^|[.!?]\s*)(?:(?!{now})[^.!?\n]){{0,40}}\b{after}(?:(?!{now})[^.!?\n]){{0,60}}\?"
        for now, after in (
            (
                r"\b(у меня|я|мне|мой|моя|мое|моё|меня|уже|с утра|со вчера|вчера|сегодня|сейчас"
                r"|час|не останавлива|не прекраща|всё ещё|все еще)\b",
                r"после (\w+ ){0,2}",
            ),
            (
                r"\b(i|my|me|i'?m|mine|since|for (an?|\d+|two|three)|nonstop|non-stop|won'?t stop"
                r"|doesn'?t stop|today|yesterday|now|still)\b",
                r"after (a|an|the|such an?) \w+",
            ),
            (
                r"\b(ich|mein\w*|mir|mich|seit|immer noch|hört nicht auf|heute|gestern|jetzt)\b",
                r"nach (einer|einem|so einer|so einem) \w+",
            ),
            (
                r"\b(je|j'|mon|ma|mes|me|m'|depuis|toujours|arrête pas|aujourd'hui|hier"
                r"|maintenant)\b",
                r"après (un|une) \w+",
            ),
        )
    ),
    # the same question with "after" bare at its end ("ça saigne beaucoup après ?", "does it
    # swell a lot afterwards?", "blutet das danach stark?" is above): a sentence with no first
    # person and no time that makes it now, ending in the word for "afterwards" and a "?"
    *(
        rf"(^|[.!?]\s*)(?:(?!{now})[^.!?\n]){{0,60}}\b{after}\s*\?"
        for now, after in (
            (
                r"\b(je|j'|mon|ma|mes|me|m'|moi|depuis|toujours|arrête pas|aujourd'hui|hier"
                r"|maintenant)\b",
                r"(après|ensuite|par la suite)",
            ),
            (
                r"\b(i|my|me|i'?m|mine|since|nonstop|non-stop|today|yesterday|now|still)\b",
                r"(afterwards|afterward|after that|after it)",
            ),
            (
                r"\b(ich|mein\w*|mir|mich|seit|immer noch|heute|gestern|jetzt)\b",
                r"(danach|hinterher|nachher|anschließend)",
            ),
            (
                r"\b(у меня|я|мне|мой|моя|меня|уже|с утра|со вчера|вчера|сегодня|сейчас)\b",
                r"(потом|после этого|после операции|после процедуры)",
            ),
        )
    ),
    # a question about what a kind of operation is like, told of the operation in general with
    # an indefinite article ("est-ce que ça saigne beaucoup, une greffe de barbe ?", "does a
    # facelift hurt a lot?", "blutet eine Bartverpflanzung stark?"): a sentence with no first
    # person and no time that makes it now, ending in a "?" -- not a symptom
    *(
        rf"(^|[.!?]\s*){ask}(?:(?!{now})[^.!?\n]){{0,40}}\b{article} \w+(?:(?!{now})[^.!?\n]){{0,40}}\?"
        for now, ask, article in (
            (
                r"\b(je|j'|mon|ma|mes|me|m'|moi|depuis|toujours|arrête pas|aujourd'hui|hier"
                r"|maintenant|encore)\b",
                r"(est-ce que |est ce que )?(ça|ca|cela) (saign|fait mal|gonfl|dur)\w*",
                r"(un|une)",
            ),
            (
                r"\b(i|my|me|i'?m|mine|since|nonstop|non-stop|today|yesterday|now|still)\b",
                r"(does|do|will|is|are) (a|an|the) \w+(?: \w+)? (bleed|hurt|swell|bruise|painful|sore)\w*",
                r"(a|an|the|lot|much)",
            ),
            (
                r"\b(ich|mein\w*|mir|mich|seit|immer noch|heute|gestern|jetzt|noch)\b",
                r"(blutet|schmerzt|tut|schwillt)",
                r"(eine|ein|einer|so eine|so ein)",
            ),
        )
    ),
    # ... in Arabic ("هل عملية الانف فيها نزيف كثير؟", does a nose operation bleed a lot?) and
    # Russian ("больно ли делать пересадку?", is a transplant painful to have?): a "هل" or
    # "ли" question naming the operation in general, with no first person and no time that
    # makes it now
    *(
        rf"(^|[.!?؟]\s*){ask}(?:(?!{now})[^.!?؟\n]){{0,60}}[?؟]"
        for now, ask in (
            (
                r"(عندي|انا|أنا|عمليتي|جرحي|صار لي|صارلي|من امس|من أمس|من امبارح|اليوم|الحين|دلوقتي|لسه|لسا|ما وقف|مش راضي)",
                r"هل (ال)?(عمليه|عملية|عمليات|زراعه|زراعة|شفط|تجميل|شد|تكميم|نحت)\w*",
            ),
            (
                r"\b(у меня|я|мне|мой|моя|меня|уже|с утра|со вчера|вчера|сегодня|сейчас|до сих пор)\b",
                r"(больно|болезненн\w*|кровит|кровоточ\w*|отека\w*|опуха\w*|тяжело|страшно|долго) ли\b",
            ),
        )
    ),
    # ("لو سمحت", "law sama7t" -- "if you allow" -- is "please", no condition: "لو سمحت عندي ضيق
    # نفس من الصبح" tells a sign now) (the fiftieth round's)
    r"(اذا|إذا|\bلو\b(?! (سمحت|سمحتي|سمحتو|سمحتوا|سمحتم|تسمح|تسمحي|تكرمت|تكرمتي)\b)|في حال)",
    # the Arabizi conditional ("law sar 3indi di2 nafas ba3d el 3amaliya?", "iza sar ma3i nazif
    # ba3d el 3amaliya shu a3mel?", "fi 7al sar ..."), read only with an Arabizi word (a digit
    # for a letter) in its sentence, as the Arabic "لو/إذا" above (the fiftieth round's)
    r"\b(law|lw|lau|iza|eza|izza|idha|itha)\b(?! (sama7t|sama7ti|samaht|samahti|sm7t|tsma7|tesma7"
    r"|tsma7i|tkarramt|tkaramt)\b)(?=[^.!?؟\n]{0,80}\b(?=[a-z]*[2375689][a-z])[a-z2375689]+\b)"
    r"|\b(fi|fe|f) 7al\b",
    r"\b(olur mu|olacak mı|olacak mi|\w+(ecek|acak) mı|risk|riski|mümkün|normalde|genelde|ne kadar sürer|mı|mi|mu|mü)\b",
    r"\b(wird|werde|würde|risiko|kann es|normalerweise|wie lange|gibt es)\b",
    r"\b(sera|serai|aurai|aura|risque|possible|normalement|combien de temps|est-ce qu'il y a|va-t-il|vais-je)\b",
    r"(будет|будут|риск|возможн|бывает ли|обычно|сколько длится|может ли)",
    r"(هل سيكون|هل راح|هل رح|مخاطر|خطر|ممكن يصير|عادة|كم مدة|هل يوجد|هل في)",
    # Gulf and Levantine "may I have it done ..., or will there be ...?" (a pre-op question
    # about a risk, e.g. bleeding on blood thinners): "يصير اسوي", "ولا بيصير", "راح يصير"
    r"\b(يصير|ينفع|ممكن|اقدر|أقدر) (اسوي|أسوي|اعمل|أعمل|اجري|أجري|اسويها|اعملها)\b",
    r"\b(بيصير|راح يصير|رح يصير|حيصير|هيصير|هيحصل|حيحصل|بيحصل)\b",
    # a past treatment's occasion, told before an operation not yet done ("I nearly fainted last
    # time I had a filling", "beim letzten Zahnarzttermin bin ich umgekippt", "la dernière fois
    # chez le dentiste", "geçen sefer dolgu yaptırırken", "в прошлый раз у стоматолога", "المرة
    # الماضية عند دكتور الاسنان"): history the patient fears, not a sign now -- read before an
    # operation only, as the rest of this table
    r"\b(the )?last time (i|we) (had|got|was|went|did|saw)\b|\bat (my|the) last (visit|appointment|filling|treatment|injection|check-?up)\b",
    r"\b(beim|das|am) letzten (mal|termin|zahnarzt\w*|besuch)\b|\bletztes mal (beim|als|bei)\b",
    r"\b(la|à la) derni[eè]re fois (que|qu'|chez|où|quand|lors)\b|\blors de (mon|ma) derni[eè]re? (visite|séance|consultation|plombage|soin)",
    r"\b(geçen|önceki|son) (sefer\w*|defa\w*|kez\w*|dolgu\w*|tedavi\w*|randevu\w*)",
    r"(в прошлый раз|в последний раз,? когда|прошлый раз|на прошлом при[её]ме)",
    r"((ال)?(مرة|مره) (الماضية|الماضيه|اللي فاتت|الي فاتت|السابقة|السابقه|القبل)|(آخر|اخر) (مرة|مره) (لما|رحت|عملت|سويت|كنت))",
    # the forty-second round's: a sign told of a time long past -- a tooth pulled last year, an
    # operation years ago, as a child ("when I had a tooth out last year the bleeding went on for
    # ages", "letztes Jahr beim Zahnziehen hat es lange geblutet", "il y a deux ans j'ai saigné
    # longtemps", "geçen yıl diş çekiminde kanama durmadı", "в прошлом году после удаления зуба
    # долго шла кровь", "السنة الماضية لما خلعت ضرسي نزفت كثير"): history for the pre-op
    # assessment, not a sign now -- the whole sentence, with nothing in it that makes it now
    # ("today", "still", "since", "again"); read before an operation only, as the rest of this
    # table
    *(
        rf"(^|(?<=[.!?;\n]))(?![^.!?;\n]*{now})[^.!?;\n]*?{past}"
        for now, past in (
            (
                r"\b(today|yesterday|now|still|since|this (morning|week)|currently|again|at the moment)\b",
                r"\b(last (year|summer|winter|spring|autumn)|(\w+ )?years? (ago|back)|as a (child|kid|teen\w*)|when i was (a child|a kid|young|little|younger)|in (19|20)\d\d|in the past|previously|once before|i used to)\b",
            ),
            (
                r"\b(heute|gestern|jetzt|noch|seit|wieder|gerade)\b",
                r"\b(letztes jahr|letzten (sommer|winter|frühling|herbst)|vor (\w+ )?jahren|vor einem jahr|als kind|als ich (klein|jung|kind) war|damals|früher (hatte|habe|hab|war|bin|hat)|(hatte|habe|hab|war|bin) (ich )?früher|in der vergangenheit)\b",
            ),
            (
                r"\b(aujourd'hui|hier|maintenant|toujours|depuis|encore|en ce moment)\b",
                r"(\bl'(année|an) (dernière?|passée?)|\bil y a (\w+ )?ans\b|\bquand j'étais (petit|petite|enfant|jeune)\b|\bétant (petit|petite|enfant)\b|\bà l'époque\b|\bautrefois\b|\b(par|dans) le passé\b|\bauparavant\b)",
            ),
            (
                r"\b(bugün|dün|şimdi|hala|hâlâ|beri|yine|tekrar|şu an)\b",
                r"\b(geçen (yıl|sene)|(\w+ )?(yıl|sene) önce|yıllar önce|çocukken|küçükken|eskiden|daha önce (de|da|bir (kez|kere|defa))|geçmişte)\b",
            ),
            (
                r"(сегодня|вчера|сейчас|до сих пор|с утра|со вчера|опять|снова|вс[её] ещ[её]|уже)",
                r"(в прошлом году|(\w+ )?(год|года|лет) назад|в детстве|когда (я )?был\w* (маленьк|ребенк|ребёнк|молод)\w*|\bраньше (был\w*|бывал\w*)|\bранее (был\w*|бывал\w*)|\bв прошлом\b)",
            ),
            (
                r"(اليوم|امس|أمس|امبارح|الحين|الان|الآن|هلق|دلوقتي|لسه|لسا|من الصبح|مره ثانيه|مرة ثانية|من جديد)",
                r"((ال)?(سنه|سنة|عام) (الماضيه|الماضية|اللي فاتت|الي فاتت)|(من|قبل) (سنه|سنة|سنتين|عامين|(\w+ )?(سنين|سنوات))|(وانا|لما كنت|عندما كنت) (صغير|صغيره|صغيرة|طفل|طفله|طفلة)|(?<!\w)(سابقا|سابقاً|في الماضي)(?!\w))",
            ),
        )
    ),
    # the forty-fourth round's: a sign told of somebody else -- a relative's or a friend's own
    # operation ("my sister nearly fainted after hers", "meine Schwester hatte danach starke
    # Blutungen", "ma mère a beaucoup saigné après la sienne", "ablam ameliyattan sonra
    # bayılmış", "подруга после операции потеряла сознание", "اختي اغمى عليها بعد عمليتها"):
    # what the patient heard, not a sign of the patient's -- the whole sentence, with no first
    # person of the patient and nothing that makes it now; read before an operation only, as
    # the rest of this table
    *(rf"(^|(?<=[.!?;\n]))(?![^.!?;\n]*{me})[^.!?;\n]*?{other}" for me, other in _RELATIVE_STORY),
    # the forty-fifth round's: the same story closed by the fear it leaves ("my friend bled a lot
    # after hers and ended up in hospital, can that happen to me too?", "kann das bei mir auch
    # passieren?", "est-ce que ça peut m'arriver aussi ?", "bana da olur mu?", "со мной такое
    # может случиться?", "ممكن يصير معي نفس الشي؟"): the first person only in that question --
    # nothing of the patient's own before it ("I bled a lot today, can that happen to me?" is
    # no story)
    *(
        rf"(^|(?<=[.!?;\n]))(?:(?!{me})[^.!?;\n])*?{other}(?:(?!{me})[^.!?;\n])*?{ask}"
        for (me, other), ask in zip(_RELATIVE_STORY, _HAPPEN_TO_ME, strict=True)
    ),
    # ... and a faint at a needle or at the sight of blood, a phobia told before the operation
    # ("I pass out even at a needle", "beim Blutabnehmen kippe ich um", "je tombe dans les
    # pommes à la vue d'une aiguille", "iğneden bile bayılıyorum", "я падаю в обморок от
    # уколов", "بيغمى علي من الابرة"): a trait for the anaesthetist, not a faint now -- nothing
    # in the sentence that dates it ("I fainted today after the blood test" is a faint)
    # (the forty-fifth round's: and told once, in the past -- "beim Blutabnehmen bin ich einmal
    # umgekippt", "je me suis évanouie une fois pendant une prise de sang", "مرة اغمى علي وانا
    # بسحب دم" -- the same history, still with nothing in the sentence that dates it now)
    r"(^|(?<=[.!?;\n]))(?![^.!?;\n]*(\b(today|now|this morning|yesterday|heute|gestern|jetzt|aujourd'hui|ce matin|hier|bugün|dün|şimdi)\b"
    r"|сегодня|вчера|сейчас|с утра|(?<!\w)(اليوم|امس|أمس|امبارح|الحين|الان|الآن|دلوقتي|من الصبح)(?!\w)))[^.!?;\n]*?"
    r"(\b(faint\w*|pass(ed)? out|passing out|keel over)\b[^.!?\n]{0,30}\b(needles?|injections?|jabs?|(the )?sight of blood|seeing blood|blood tests?|blood draws?)\b"
    r"|\b(needles?|injections?|jabs?|(the )?sight of blood|seeing blood|blood tests?)\b[^.!?\n]{0,30}\b(faint\w*|pass(ed)? out|make me pass out|keel over)\b"
    r"|\b(beim|bei) (blutabnehmen|blut abnehmen|spritzen|nadeln|impfen|anblick von blut)\b[^.!?\n]{0,30}\b(kipp\w* (ich )?um|umkipp\w*|umgekippt|ohnmächtig|bewusstlos)"
    r"|\b(kipp\w* (ich )?um|umkipp\w*|umgekippt|ohnmächtig|bewusstlos)\w*[^.!?\n]{0,30}\b(beim|bei) (blutabnehmen|blut abnehmen|spritzen|nadeln|impfen|anblick von blut)\b"
    r"|\b(tombe dans les pommes|m'évanouis|m'evanouis|fais un malaise|suis (\w+ )?évanouie?|suis (\w+ )?tombée? dans les pommes|ai (\w+ )?fait un malaise)\b[^.!?\n]{0,30}\b(piq[uû]res?|aiguilles?|prises? de sang|vue du sang|voir du sang)"
    r"|\b(piq[uû]res?|aiguilles?|prises? de sang|vue du sang|voir du sang)\b[^.!?\n]{0,30}\b(tombe dans les pommes|m'évanouis|m'evanouis|fais un malaise)"
    r"|\b(iğne|igne|kan (görünce|gördüğümde|alırken)|kan aldır\w*)\w*\s(\w+\s){0,2}(bile )?(bayıl|bayil)\w*"
    r"|(укол\w*|игл\w*|иголк\w*|вида крови|виде крови|сдач\w* крови)[^.!?\n]{0,30}(обморок|теряю сознание|отключаюсь)"
    r"|(обморок|теряю сознание|отключаюсь)[^.!?\n]{0,30}(укол\w*|игл\w*|иголк\w*|вида крови|виде крови|сдач\w* крови)"
    r"|(الابر|الإبر|الابره|الإبرة|الابرة|ابره|إبرة|ابرة|الحقن|منظر الدم|شوفة الدم|(لما|لمّا) (اشوف|أشوف) (ال)?دم)[^.!?؟\n]{0,30}(يغمى|بيغمى|اغمى|أغمى|يغمي|بيغمي|بدوخ)"
    r"|(يغمى|بيغمى|اغمى|أغمى|يغمي|بيغمي|بدوخ)[^.!?؟\n]{0,30}(الابر|الإبر|الابره|الإبرة|الابرة|ابره|إبرة|ابرة|الحقن|منظر الدم|شوفة الدم|(لما|لمّا) (اشوف|أشوف) (ال)?دم|(بسحب|اسحب|أسحب|سحب|سحبت|بسحبوا) (ال)?دم))",
    # a long-standing chest condition told before an operation, or its bearing on the
    # anaesthesia asked ("I have mild asthma, short of breath with dust -- does it affect the
    # anaesthesia?", "Asthma ... Auswirkung auf die Narkose?", "asthme ... sur l'anesthésie",
    # "astımım var ... anesteziyi etkiler mi?", "астма ... повлияет на наркоз?", "عندي ربو ...
    # هل يأثر على التخدير؟"): a trait for the anaesthetist's pre-op assessment (Royal College
    # of Anaesthetists 'Anaesthesia explained': tell the team about asthma), not a sign now --
    # read before an operation only, as the rest of this table
    # -- the condition told mild, and no attack, "now" or "since" in the words after it
    r"(\b(mild|slight|light|leicht\w*|léger|légère|hafif|л[её]гк\w*|небольш\w*) (asthma|asthm\w*|astım\w*|astim\w*|астм\w*)"
    r"|\b(asthma|asthm\w*|astım\w*|astim\w*|астм\w*)\w* (léger|légère|leicht\w*|hafif)|(الربو|ربو) (خفيف|بسيط))"
    r"(?![^.!?\n]{0,80}(attack|right now|since|anfall|gerade|seit|crise|maintenant|depuis|kriz|şu an|şimdi|приступ|сейчас|с утра|(نوبه|نوبة|الحين|الان|الآن|من الصبح|هلق)))",
    r"(\b(affect|impact|matter for|a problem for|a risk for) (the |my )?(an(a)?esthe\w*|general an\w*|sedation)"
    r"|\b(auswirkung|einfluss|auswirken|problem)\w* (auf|für) (die )?(narkose|vollnarkose)"
    r"|\b(sur|pour) l'(anesthésie|anesthesie)|\banestezi\w* (etkiler|engel|sorun)|\b(на|для) (наркоз|анестези)"
    r"|(يأثر|يؤثر|تأثير|بيأثر|بيؤثر|يضر) (على|ع|في) ?(ال)?(تخدير|بنج|التخدير|البنج))",
    # the forty-sixth round's: a fear told of what could come (see ``_FEAR_TOLD``)
    *(
        rf"(^|(?<=[.!?;؟\n]))(?![^.!?;؟\n]*{now})[^.!?;؟\n]*?{fear}[^.!?;؟\n,،]*(?=[.!?;؟\n]|$)"
        for now, fear in _FEAR_TOLD
    ),
]

# The forty-ninth round's: a complaint dated in the past or told as long-standing ("for years",
# "two years ago", "in 2019") -- medical history, told before an operation as its reason or for
# the pre-op assessment. Read beside a red flag only before an operation, with nothing saying one
# was done, and only with no break and no time of today between the two
# (``triage._flags_history``): "years of shoulder pain, I'd like a consultation" is history, "I
# had a DVT two years ago and now my calf is swollen" is not.
PAST_HISTORY: list[str] = [
    r"\b((\w+ )?years? (ago|back)|last year|(for|since) (many |several |some |\w+ )?years"
    r"|(since|from) (my |early )?(childhood|teens|i was (a )?(child|kid|teenager))|all my life"
    r"|in (19|20)\d\d)\b",
    r"\b(vor (\w+ )?jahren|vor einem jahr|letztes jahr|seit (vielen |einigen |\w+ )?jahren"
    r"|seit (meiner )?(kindheit|jugend)|jahrelang|schon immer|(im jahr|im|in) (19|20)\d\d)\b",
    r"\b(il y a (\w+ )?ans?|l'(année|an) (dernière?|passée?)|depuis (des|plusieurs|de nombreuses|\w+) (ans|années)"
    r"|depuis (mon enfance|l'enfance|toujours|l'adolescence)|en (19|20)\d\d)\b",
    r"\b((\w+ )?(yıl|sene) önce|geçen (yıl|sene)|yıllardır|senelerdir|(\w+ )?(yıldır|senedir)"
    r"|(çocukluğumdan|küçüklüğümden|gençliğimden) beri|(19|20)\d\d(['’]?(de|da|te|ta)| yılında))\b",
    r"((\w+ )?(год|года|лет) назад|в прошлом году|годами|(уже )?(много|несколько) лет|с детства"
    r"|всю жизнь|в (19|20)\d\d( году)?)(?!\w)",
    r"(?<!\w)((من|قبل|منذ) (سنه|سنة|سنتين|(\w+ )?(سنين|سنوات))|(ال)?(سنه|سنة) (الماضيه|الماضية|اللي فاتت)"
    r"|(من|منذ) (صغري|الطفولة|الطفوله|وانا صغير\w*)|طول عمري|(في|سنة|سنه|عام) (19|20)\d\d)(?!\w)",
]
# A time of today, or a contrast, between a red flag and its history cue: the sign is now.
HISTORY_NOW: list[str] = [
    r"\b(now|today|tonight|yesterday|this (morning|evening|week)|currently|again|suddenly|but)\b",
    r"\b(jetzt|heute|gestern|gerade|aktuell|wieder|plötzlich|aber)\b",
    r"\b(maintenant|aujourd'hui|hier|ce (matin|soir)|actuellement|à nouveau|encore|soudain\w*|mais)\b",
    r"\b(şimdi|bugün|dün|şu an\w*|bu sabah|yine|tekrar|birden|aniden|ama|fakat|ancak)\b",
    r"(?<!\w)(сейчас|сегодня|вчера|теперь|снова|опять|вдруг|внезапно|с утра|но|а)(?!\w)",
    r"(?<!\w)(و|ف)?(الحين|الآن|الان|اليوم|امس|أمس|هلا|هلق|دلوقتي|مرة ثانية|فجأة|فجاة|بس|لكن)(?!\w)",
]

GREETINGS: list[str] = [
    r"^[^\w]*(hi|hello|hey|thanks?|thank you|good (morning|evening|night)|ok(ay)?|great|perfect|see you|bye)\b",
    r"^[^\w]*(merhaba|selam|teşekkür\w*|sağ ?ol\w*|tamam|günaydın|iyi akşamlar|görüşürüz)",
    r"^[^\w]*(hallo|danke|guten (morgen|tag|abend)|alles klar|super|tschüss|okay)",
    r"^[^\w]*(bonjour|bonsoir|salut|merci|d'accord|parfait|à bientôt)",
    r"^[^\w]*(здравствуйте|привет|спасибо|добрый (день|вечер)|доброе утро|хорошо|понятно|ок)",
    r"^[^\w]*(مرحبا|السلام عليكم|شكرا|شكراً|صباح الخير|مساء الخير|تمام|اوكي|طيب)",
    r"(thank you|thanks|teşekkür|danke|merci|спасибо|شكرا)[^\w]*$",
]

# Aftercare questions (routine) -- only post-op when the case is post-op or "after surgery" is said.
CARE_QUESTIONS: list[str] = [
    # Arabizi: when may I eat, drink, shower, sleep, travel ("emta fiyye 2akol la7meh",
    # "imta agdar at7amam")
    r"\b(emta|imta|amta|emtan|emteen|emte|mata|meta)\b.{0,20}\b(2akol|akol|aakol|akel|kol|ashrab|eshrab|2ashrab|as7a|a3mel|anam|asafer|arja3|arj3|at7amam|astahem|astu7em|a7lo2|ashtghil|eshtghel|aghsel|2aghsel|ar6|aregh)\w*",
    # the stitches taken out -- when, where, by whom ("kann das mein Zahnarzt machen?"): the
    # clinic's aftercare answers it
    r"\b(stitches|sutures)\b.{0,30}\b(out|removed|remove|taken out)\b|\bremov\w* (the |my )?(stitches|sutures)",
    r"\b(fäden|faden|nähte)\w*.{0,30}\b(raus|ziehen|entfern\w*)",
    r"\b(retirer|enlever|ôter) (les |mes )?(fils|points|agrafes)\b|\b(fils|points) (à |a )?(retirer|enlever)\b",
    r"\b(dikiş|dikis)\w*.{0,20}\b(alın|alin|aldır|aldir|çıkar|cikar|al\w*ca)",
    r"(снять|снимать|снятие|снимут) (швы|швов)|(швы|швов)\w*.{0,20}(снять|снимать|снимут)",
    r"(فك|شيل|إزالة|ازالة|نشيل|اشيل) (ال)?(غرز|خياطه|خياطة|قطب)",
    r"\bshower",
    r"\bwash",
    # the pool, the sauna, the hammam asked about, in the other languages too ("в бассейн через
    # неделю можно?", "je peux aller à la piscine ?", "متى انزل المسبح؟")
    r"(бассейн|саун|\bpiscine|\bhammam|\bsauna|\bschwimmbad|\bhavuz|المسبح|مسبح|السباحه|السباحة|الساونا|ساونا)",
    r"\bsleep",
    r"\bsport",
    r"\bgym\b",
    r"\bexercis",
    r"\bswim",
    r"\bsun\b",
    r"\bsunbath",
    r"\bglasses\b",
    r"\balcohol",
    r"\bfly\b.{0,20}after",
    r"\bdrive\b",
    r"\bback to work\b",
    r"\bmake-?up\b",
    r"\bbandage",
    r"\bsplint",
    r"\bcast\b",
    r"compression garment",
    r"\bwhen can i\b",
    r"\bhow long (should|do|must) i\b",
    r"\bduş",
    r"\byıka",
    r"\buyu(yabilir|mak|rken)",
    r"\bspor\b",
    r"\byüz(ebilir|mek)",
    r"\bgüneş",
    r"\bgözlük",
    r"\balkol",
    r"\bbandaj",
    r"\batel\b",
    r"\bkorse",
    # garments and what to wear ("sporcu sütyeni gece de giymem gerekiyor mu", "sports bra")
    r"\b(sütyen|sutyen|sporcu sütyen|giymem|giymeli|giyebilir)",
    r"\b(sports bra|support bra|wear (the |my )?(bra|garment|binder))",
    r"\b(sport-?bh|stütz-?bh|kompressionsmieder|tragen muss)",
    r"\b(soutien-gorge|brassière)",
    r"(компрессионн|бель[её]|бандаж|носить)",
    r"(المشد|الكورسيه|حمالة|حماله|البس|ألبس)",
    r"ne zaman.{0,30}(bilirim|miyim|mıyım)",
    r"\bdusch",
    r"haare waschen",
    r"\bschlafen",
    r"\bsport\b",
    r"\bschwimm",
    r"\bsonne\b",
    r"\bbrille\b",
    r"\balkohol",
    r"\bverband",
    r"\bschiene\b",
    r"kompression",
    r"\bwann (darf|kann) ich\b",
    r"\bdouche",
    r"\blaver",
    r"\bdormir",
    r"\bsport\b",
    r"\bnager",
    r"\bsoleil",
    r"\blunettes",
    r"\balcool",
    r"\bpansement",
    r"\battelle",
    r"\bgaine\b",
    r"\bquand (puis-je|est-ce que je peux|pourrai-je)",
    r"\bдуш\b",
    r"мыть голову",
    r"\bспать\b",
    r"\bспорт",
    r"\bплава",
    r"\bсолнц",
    r"\bочки\b",
    r"\bалкогол",
    r"\bповязк",
    r"\bлонгет",
    r"компрессионн",
    r"\bкогда (можно|мне можно)",
    r"الاستحمام",
    r"استحمام",
    r"غسل الشعر",
    r"\bالنوم\b",
    r"الرياضة",
    r"السباحة",
    r"الشمس",
    r"النظارات",
    r"النظارة",
    r"الكحول",
    r"الضماد",
    r"الجبيرة",
    r"مشد",
    r"متى يمكنني",
    r"\b(eat|drink|diet|food|liquids?|protein|walk|walking|massage|lymph)\b",
    r"\b(yemek|içmek|içebilir|yiyebilir|beslenme|sıvı|yürü|masaj)",
    r"\b(essen|trinken|ernährung|flüssigkeit|laufen|spazieren|massage)",
    r"\b(manger|boire|alimentation|liquide|marcher|massage)",
    r"(есть можно|пить|питани|еда|жидкост|ходить|массаж)",
    r"(اكل|آكل|اشرب|أشرب|الاكل|الأكل|السوائل|امشي|أمشي|مساج)",
    # sitting and its cushion after a BBL or a liposuction ("can I sit on the plane?", "Sitzkissen",
    # "m'assoir", "oturabilir miyim", "сидеть", "الجلوس") -- a care routine question
    r"\b(sitting|sit down|sit on|can i sit|(bbl )?cushion|sitzen|sitzkissen|m'asseoir|m'assoir|s'asseoir|s'assoir|coussin|oturmak|oturabilir\w*|otururken|minder)\b",
    r"(сидеть|сидени)|(الجلوس|اجلس|أجلس|اقعد|القعده|القعدة)",
    # The forty-sixth round's (dev51 ru-12): the gym and lifting something heavy ("how long after
    # the sleeve until I can lift weights?", "wann darf ich wieder ins Fitnessstudio?", "la salle
    # de muscu", "ağır kaldırabilir miyim", "можно в зал и поднимать тяжёлое?", "متى اروح
    # الجيم؟") -- a return to activity the clinic's guidance answers (ASMBS 'Life after bariatric
    # surgery': light exercise at once, lifting after the first weeks)
    r"\b(lift\w*|carry\w*) (\w+ ){0,2}(heavy|weights?)\b|\bweight ?lifting\b|\bwork ?outs?\b|\bfitness\b",
    r"\b(fitnessstudio|krafttraining|hanteln)\b|\bschwer\w* (heben|tragen)\b|\b(heben|tragen) (\w+ )?schwer",
    r"\bsalle (de )?(sport|muscu\w*|gym)\b|\bmuscu(lation)?\b|\b(porter|soulever) (du |des )?(lourd|charges|poids)\b",
    r"\bağır (\w+ )?kaldır\w*|\bağırlık (kaldır|çalış)\w*|\bantrenman\w*|\bfitness\b",
    r"\bв (тренаж[её]рный |спортивный |спорт)?зал\b|тренаж[её]р\w*|качалк\w*|тренировк\w*|поднима\w* (\w+ )?тяж\w*|носить тяжест\w*",
    r"(الجيم|النادي|اثقال|أثقال|الاثقال|الأثقال|(ارفع|أرفع|اشيل|أشيل|شيل|رفع) (حاجات |اغراض |أغراض |اشياء |أشياء )?(ثقيل|ثقيله|ثقيلة|تقيل|تقيله|تقيلة))",
]

# Asking whether or when an everyday thing may resume ("when can I wash my hair?", "ab wann darf
# ich kauen?", "je peux remettre une casquette ?", "ne zaman yiyebilirim?", "когда можно носить
# очки?", "متى أشيل الجبيرة؟"). Beside symptoms the rules clear as ordinary healing, such a
# question is about the care routine, not the symptoms (:func:`careflow_agents.triage.triage`).
CARE_ASK: list[str] = [
    r"\b(when can i|can i|may i|could i|is it ok(ay)? to|am i allowed to|how soon can i|how long until i can)\b",
    r"\b(ab wann|wann darf|wann kann|darf ich|kann ich (wieder|schon)|wie lange (muss|soll) ich)\b",
    r"\b(quand (est-ce que )?(je peux|puis-je|pourrai)|je peux|puis-je|est-ce que je peux|je pourrai|à partir de quand|combien de temps (je dois|dois-je))\b",
    r"\b(ne zaman|\w+(ebilir|abilir)\s?(miyim|mıyım|miyiz|mıyız|mi|mı)\b|\w+(ebilirim|abilirim)\b)",
    r"(когда можно|когда мне можно|можно ли|можно уже|можно мне|уже можно|сколько (ещё|еще) (носить|нельзя))",
    # "можно полоскать рот ...?": "may I" before an infinitive, asked
    r"\bможно (\w+ )?\w+(ть|ться|чь)\b[^.!?]{0,60}\?",
    # "можно завтра на работу?", "в бассейн через неделю можно?": a place or an activity asked
    # with "можно" and no verb
    r"\bможно (\w+ ){0,2}(на работу|в бассейн|в сауну|в баню|в душ|в спортзал|за руль)\b[^.!?]{0,40}\?|(на работу|в бассейн|в сауну|в баню|в спортзал)[^.!?]{0,30}\bможно\s*\?",
    r"(متى|امتى|إمتى|ايمتى|اقدر|أقدر|ينفع|يصير اني|يصير إني|مسموح)",
    # how long ordinary healing lasts ("wie lange dauert das?", "когда пройдёт онемение?"): the
    # day's guidance answers it; the symptoms themselves must all be cleared as healing first
    r"\bhow long (does|will|do|should) (it|this|that|the \w+|these|they) (last|take|stay)\b|\bwhen (will|does) (it|this|the \w+) (go|settle|disappear|fade)",
    r"\bwie lange (dauert|bleibt|hält)\b|\bwann (geht|gehen|verschwindet|verschwinden) (das|die|der|es)\b",
    r"\bcombien de temps (ça|ca|cela) (dure|va durer)|\bquand (est-ce que )?(ça|ca|cela) (va )?(passe|partir|disparaître)",
    r"\bne zaman (geçer|geçecek|iner|inecek|kaybolur)|\bne kadar sürer",
    r"(когда|скоро ли) (пройд|спад|сойд|исчезн)\w*|сколько (это )?(будет )?(длит|держ)\w*",
    r"(متى|امتى) (يروح|تروح|يخف|تخف|يزول|تزول|ينزل|ينزل)",
    # when implants "drop and fluff", a swelling settles (ASPS breast augmentation recovery)
    r"\bwhen (do|will|are) (they|it|the \w+) (actually |finally )?(going to )?(drop|settle|soften|fluff)",
    r"\bwann (sinken|senken|setzen|rutschen) (sie|die \w+) (sich )?",
    r"\bquand (est-ce qu'ils |est-ce qu'elles |vont-ils |vont-elles |ils vont |elles vont )(descendre|tomber|s'assouplir)",
    r"\bne zaman (iner|inecek|oturur|oturacak|yumuşar)",
    r"когда (они )?(опуст|спуст|смягч|сяд)\w*",
    # The forty-fourth round's (dev49): how many days until it goes down, or when it resorbs
    # ("how many days till it goes down", "in wie vielen Tagen geht das zurück", "ça se résorbe
    # quand", "kaç günde iner", "через сколько дней спадёт", "كم يوم لين ينزل"): the course of
    # a sign asked, the same as "how long does it last" above
    r"\bhow many days (until|till|before) (it|this|the \w+) (goes|go|settles|fades)|\b(in )?wie vielen? tage\w* (geht|gehen|ist) (das|es|die \w+) (zurück|weg|ab)",
    r"\b(ça|ca|cela) (se )?(r[ée]sorbe|d[ée]gonfle)\w* quand|\bquand (est-ce que )?(ça|ca|cela) (va )?(se )?(r[ée]sorb|d[ée]gonfl)\w*|\bcombien de jours (pour que|avant que) (ça|ca) (d[ée]gonfle|se r[ée]sorbe)",
    r"\bkaç günde (iner|geçer|söner|kaybolur)\w*|\bkaç gün (sonra|içinde) (iner|geçer|söner)\w*",
    r"через сколько (дней|времени) (спад|пройд|сойд|рассос)\w*",
    r"كم (يوم|ايام|أيام) (لين|حتى|لحد|عشان) (ينزل|يروح|يخف|يزول)",
    # how to sleep or lie in the first days ("how should I sleep, how many pillows?", "wie soll
    # ich liegen?", "comment dormir ?", "nasıl yatmam lazım, kaç yastık?", "как мне спать?",
    # "كيف انام؟"): the care routine the day's guidance answers (BAAPS / ISHRS: head raised)
    r"\bhow (should|do|must) i (sleep|lie)\b|\bhow many pillows\b|\bwie (soll|muss|darf) ich (schlafen|liegen)\b|\bwie viele kissen\b",
    r"\bcomment (dois-je |je dois |faut-il )?(dormir|me coucher)\b|\bcombien d'oreillers\b",
    r"\bnasıl (yat|uyu)\w*|\bkaç yastık\w*",
    r"как (мне )?(нужно |надо )?(спать|лежать)\b|сколько подушек",
    r"(كيف|شلون|ازاي) (انام|أنام|انسدح)|كم (مخده|مخدة|مخدات)",
    # how to clean or look after a healing spot ("how should I clean it?", "wie soll ich den
    # reinigen?", "comment le nettoyer ?", "nasıl temizleyeyim?", "как его обрабатывать?", "كيف
    # انظفها؟"): the care routine the day's guidance answers (ASPS tummy tuck recovery: the
    # navel's care); a look asked is not among them (the forty-seventh round's, dev52)
    r"\bhow (should|do|can|must) i (clean|wash|care for|look after)\b|\bwie (soll|muss|kann) ich (\w+ )?(reinigen|sauber machen|säubern|pflegen|waschen)\b",
    r"\bcomment (dois-je |je dois |faut-il )?(le |la |les )?(nettoyer|laver|soigner)\b|\bnasıl (temizle|yıka|bakım yap)\w*",
    r"как (мне )?(его |ее |её |их )?(правильно )?(обрабатывать|промывать|чистить|мыть|ухаживать)\b|(كيف|شلون|ازاي) (انظف|أنظف|اغسل|أغسل|اعقم|أعقم)\w*",
    # The forty-fifth round's (dev50): what to do with the pads, the dressing or the garment
    # ("should I change the pads more often or leave the garment on?", "soll ich die Kompressen
    # öfter wechseln?", "dois-je changer les compresses ?", "pedleri değiştireyim mi?", "менять
    # ли прокладки чаще?", "اغير الشاش كل شوي؟"): the care routine the day's guidance answers
    # (ASPS liposuction recovery); a look asked ("should I come in?") is not among them
    r"\bshould i (just )?(change|keep|leave|wear|take off|remove|swap|put on)\b[^.!?;\n]{0,25}\b(pads?|dressings?|gauze|garment|binder|bandages?|compression)",
    r"\b(soll|muss) ich (die |den |das |meine |meinen )?(kompressen|vorlagen|binden?|verband|verbände|mieder|kompressions\w*|pflaster)[^.!?;\n]{0,20}(wechseln|anlassen|tragen|abnehmen|ausziehen)",
    r"\b(dois-je|je dois|faut-il|il faut|est-ce que je dois) (\w+ )?(changer|garder|laisser|enlever|retirer|mettre) (\w+ )?(les |la |le |mes |ma |mon )?(compresses|pansements?|gaine|bandages?|serviettes)",
    r"\b(ped\w*|pansuman\w*|korse\w*|gazlı bez\w*|sargı\w*)[^.!?;\n]{0,20}(değiştir|çıkar|giy|bırak|tak)\w*(eyim|ayım|meli miyim|malı mıyım|mem mi|mam mı)",
    r"(менять|поменять|сменить|снимать|снять|носить|оставить) (ли )?(\w+ )?(прокладк\w*|повязк\w*|компресс\w*|бель[её]|бандаж\w*)",
    r"(اغير|أغير|اشيل|أشيل|البس|ألبس|اخلي|أخلي) (ال)?(فوط|فوطه|فوطة|شاش|مشد|كورسيه|لزقه|لزقة|ضماد)",
    # whether it will pass ("geçer mi bu?", "will it go away?", "geht das wieder weg?")
    r"\b(geçer mi|geçecek mi|will it (go away|pass|clear)|geht (das|es) (wieder )?weg|(ça|ca) va (partir|passer)|пройд[её]т ли|это пройд[её]т)",
]

# Asking to be seen, or saying one is worried ("can someone have a look?", "soll ich
# vorbeikommen?", "bugün biri bakabilir mi?"): whatever else the message asks, its symptoms stay
# ``soon`` for a person.
# Whether what is told is normal ("is that normal?", "c'est normal ?", "3adi walla la2?"): the
# day's guidance answers it only when every symptom told is cleared as healing and warning signs
# are ruled out (triage._care_routine).
NORMAL_ASK: list[str] = [
    r"\b(is (it|this|that|these|this all) (normal|ok|okay|expected)|normal\s?\?|ist (das|es)( so)? normal|c'?est normal|(est-ce|c'est) (que )?normal|normal mi\w*|olağan mı|нормально( ли)?\s?\?|это нормально|нормально ли|eto normal\w*)",
    r"(طبيعي|عادي)\s?(\?|ولا)|\b3adi (walla|wala|wla|ola|aw|\?)|\b3adi\s?\?",
    # the forty-fifth round's (dev50): "this normal?" with a demonstrative after it, Egyptian,
    # Levantine or Gulf ("طبيعي كده؟", "عادي هيك؟", "طبيعي كذا؟")
    r"(طبيعي|عادي)\s(كده|كدا|كدة|هيك|هيچ|كذا|هذا|صح)\s?[?؟]",
    # the forty-seventh round's (dev52): the demonstrative before it, with the day after it ("ده
    # طبيعي بعد اسبوعين؟", "هذا عادي في اليوم الثالث؟", "هيك طبيعي؟")
    r"(ده|دا|دي|هذا|هذي|هاد|هاي|هيك|كده) (\w+ )?(طبيعي|عادي)[^.!?؟]{0,25}[?؟]",
    # whether the patient did damage ("did I break anything?", "hab ich was kaputt gemacht?", "j'ai
    # rien cassé ?", "bir şey mi bozdum?", "я что-то сломал?", "خربت شي؟"): a reassurance asked
    # like "normal?" -- still only with every sign cleared and two warning signs denied
    r"\bdid i (break|damage|ruin|hurt|wreck) (anything|something|it)\b",
    r"\b(hab|habe) ich (\w+ )?(was|etwas|da was|da etwas|es) (kaputt ?gemacht|beschädigt|zerstört|ruiniert)",
    r"\b(j'?\s?ai|ai-je|est-ce que j'?\s?ai) (\w+ )?(rien|quelque chose|qqch) (\w+ )?(cassé|casse|abîmé|abime|abimé|endommagé)|\bai-je (cassé|casse|abîmé|abime|endommagé)",
    r"\b(bir )?(şey|şeyi|sey|seyi) m[iı] (bozdum|kırdım|zedeledim)|zarar m[iı] verdim",
    r"(я )?(что-то|что-нибудь|что то|ничего не) (сломал|повредил|испортил)\w*",
    r"(كسرت|خربت|بوظت|بوزت|عورت) (شي|شيء|حاجه|حاجة|اشي|إشي)",
    # the forty-eighth round's (dev53): the sign named between the question and "normal" ("is
    # this the normal swelling at day 4?", "ist das die normale Schwellung?", "c'est le gonflement
    # normal à J4 ?", "bu normal şişlik mi?", "это нормальный отёк?", "هذا الورم الطبيعي؟")
    r"\b(is (this|that|it) (just )?(the |a |an )?(usual |normal |expected )\w+|ist (das|es) (\w+ )?(die|der|das|eine?) normale\w* \w+"
    r"|(c'est|est-ce) (juste )?(le|la|les|un|une|du|des) \w+ (normal\w*|habituel\w*)|bu (\w+ )?normal (bir )?\w+ m[iı]"
    r"|это (\w+ )?нормальн\w+ \w+)[^.!?]{0,25}\?"
    r"|(هذا|هذي|ده|دي) (ال)?\w+ (ال)?(طبيعي|عادي)[^.!?؟]{0,25}[?؟]",
    # "normal on day 2?", "normal am zweiten Tag?", "normal le deuxième jour ?": the day after it
    r"\bnormal (on|at|for|after|by|am|nach|für|le|au|après|pour) [^.!?]{0,20}\?",
    # the same told and checked ("that's normal yeah?", "это ок?")
    r"\b(that'?s|this is|it'?s|thats|its) (normal|ok|okay|expected)( yeah| yes| right| isn'?t it| no)?\s?\?|\b(это|все|всё) ок\s?\?",
    # whether it is the usual course ("just checking this is how it goes", "gehört das dazu?",
    # "ça fait partie de la guérison ?", "böyle mi olur", "так и должно быть?", "هذا الطبيعي؟")
    # the fiftieth round's (dev55): "is this how it's meant to be", "soll das so sein?", "c'est
    # censé être comme ça ?", "böyle mi olması gerekiyor", "так и должно выглядеть?", "هيك لازم يكون؟"
    r"\b(is (this|that|it)|this is) (how|what) (it'?s|it is|they'?re|they are) (meant|supposed) to (be|look|feel|go)\b"
    r"|\bsoll (das|es) so (sein|aussehen)\b|\b(c'est|est-ce) (cense|censee|normal que ce soit) (etre |faire )?comme (ca|cela)"
    r"|\bboyle mi olmasi (gerek\w*|lazim)|так (и )?должно (выглядеть|быть|идти)|(هيك|كده|كذا) (لازم|المفروض) (يكون|يصير|تكون)",
    r"\b(is this|this is|that'?s|is that) (how it goes|what (i|we) should expect|part of (it|the (process|healing|recovery)))\b|\bgehört (das|es) (so )?dazu\b|\b(ça|ca|cela) fait partie (de la guérison|du processus|des suites)\b|\bböyle (mi )?olur( mu)?\b|так и должно быть|так бывает\??",
    # whether, or when, it goes away ("does it go away?", "wird das wieder glatt?", "ça passe
    # quand en général ?", "geçer mi?", "это пройдёт?", "بيروح؟"): the course of a sign the
    # rules clear as ordinary healing, asked -- with two signs denied (_care_routine)
    r"\b(will|does|do|would) (it|this|that|they) (go away|settle|pass|disappear|go down|smooth out|get better)\b[^.!?]{0,20}\?"
    r"|\b(wird|geht) (das|es|sie|er) (\w+ )?(wieder )?(weg|glatt|gut|normal|besser|vorbei|zurück)\b[^.!?]{0,20}\?"
    r"|\b(ça|ca|cela) (passe|part|disparaît|disparait|s'en va|va passer|va partir|va disparaître|va disparaitre|se résorbe)\b[^.!?]{0,25}\?"
    r"|\b(geçer|geçecek|düzelir|düzelecek|iner|inecek|kaybolur) m[ıiuü]\w*"
    r"|(пройд[её]т|пройдут|уйд[её]т|рассосется|рассосётся|разгладится)( ли)?[^.!?]{0,20}\?"
    r"|(بيروح|هيروح|حيروح|راح يروح|يروح|يختفي|بيختفي|تروح|بتروح|تخف|بتخف)[^.!?؟]{0,15}[?؟]",
    # whether a care step is all right ("عادي احك بشويش؟", is it all right to scratch gently?)
    r"(عادي|طبيعي|ينفع|يصير) (ا|أ|ن)\w+[^.!?؟]{0,20}[?؟]",
    # the forty-sixth round's (dev51 de-10): the look told alarming with no question mark ("it
    # looks wild", "sieht echt wild aus", "c'est flippant", "acayip görünüyor", "выглядит жутко",
    # "شكله مرعب") -- the patient asks whether it is normal; still only with every symptom
    # cleared and two warning signs denied (_care_routine), and a worry told is a look asked
    r"\b(it |this |that )?looks? (\w+ )?(wild|crazy|insane|dramatic|freaky)\b",
    r"\bsieht (\w+ ){0,2}(wild|krass|heftig|gruselig|dramatisch|verrückt) aus\b",
    r"\b(c'est|ça a l'air|ca a l'air|ça fait) (\w+ )?(flippant|impressionnant|dingue)\b",
    r"\b(acayip|korkunç|ürkütücü) (görünüyor|duruyor)",
    r"(выглядит|смотрится) (\w+ )?(жутко|дико|пугающе)",
    r"(شكله|شكلها|منظره|منظرها) (\w+ )?(مرعب|يرعب)",
]

# The forty-fourth round's (dev49): a warning function told intact -- sight good, breathing or
# swallowing easy ("vision is actually great", "ich sehe gut", "je vois très bien", "yutkunmam
# rahat", "вижу отлично", "نظري تمام") -- rules out that warning sign as a "no ..." does (AAO
# after LASIK: a red patch with good sight and no pain is harmless; NHS 'Dental abscess': a
# swelling with easy swallowing and breathing is no spreading infection); counted with the
# denied signs (triage._Message.denied_signs). "not great" is negated and never counts.
# The fiftieth round's (dev55): swallowing told easy ("swallowing's no problem", "Schlucken
# klappt normal", "j'avale sans souci", "yutkunmam sorunsuz", "глотаю спокойно", "ببلع عادي"):
# what rules out the airway when the lower face is bruised (triage._quiet_course; BAOMS / NHS
# 'Dental abscess': a swelling with easy swallowing and breathing is no spreading infection).
SWALLOW_FINE: list[str] = [
    r"\b(swallowing('s| is)?|i can swallow|i swallow) (fine|normal\w*|easily|ok|okay|no problem|without (any )?(problem|trouble))\b",
    r"\bschlucken (geht|klappt|ist)? ?(gut|normal|problemlos|ohne probleme)\b|\bich schlucke (normal|gut|problemlos)",
    r"\b(j'avale|avaler|la deglutition) (bien|normalement|sans (souci|probleme|difficulte))\b",
    r"\b(yutkunma\w*|yutma\w*) (rahat|normal|sorunsuz|iyi)\b",
    r"(глотать|глотаю|глотание)[^.!?;\n]{0,6}(нормально|легко|спокойно|без проблем)",
    r"(البلع|ابلع|ببلع|بقدر ابلع) (تمام|طبيعي|عادي|كويس|بدون مشكله)",
]
FUNCTION_FINE: list[str] = [
    r"\b(vision|sight|eyesight)( is| s)? (actually |really |totally |perfectly |pretty )?(great|fine|good|clear|perfect|sharp|normal)\b|\bi (can )?see (perfectly|fine|great|clearly|well)\b",
    r"\b(swallowing|breathing)( is)? (fine|easy|normal|ok|okay|no problem)\b|\bi can (swallow|breathe) (fine|normally|easily|ok)\b",
    r"\b(sicht|sehen)( ist)? (super|gut|klar|scharf|perfekt|normal)\b|\bich sehe (gut|super|scharf|klar|perfekt)\b|\b(schlucken|atmen) (geht )?(gut|problemlos|normal|ohne probleme)\b",
    r"\b(vision|vue)( est)? (super|parfaite|nette|bonne|claire|normale)\b|\bje vois (très )?(bien|net|parfaitement)\b|\b(j'avale|je respire|avaler|respirer) (bien|normalement|sans problème)\b",
    r"\b(görüşüm|görmem|yutkunma\w*|nefes\w*|yutma\w*)\s(çok )?(iyi|rahat|net|normal|mükemmel|sorunsuz)\b|\b(net|iyi) görüyorum\b",
    r"(зрение|вижу)[^.!?;\n]{0,8}(отличн|хорош|нормальн|чётк|четк|ясн)\w*|(глотать|дышать|глотаю|дышу)[^.!?;\n]{0,6}(нормально|легко|свободно|без проблем)",
    r"(نظري|الرؤيه|الرؤية|الشوف|البلع|النفس|التنفس)\s(تمام|كويس|زين|ممتاز|واضح|طبيعي|عادي|مرتاح)",
    # the fiftieth round's (dev55 ar-10): passing urine told normal rules out the little urine
    # of OHSS or dehydration (HFEA / ESHRE 'OHSS'): "peeing normally", "urine is normal", "ich
    # pinkle normal", "j'urine normalement", "idrarım normal", "мочусь нормально", "اتبول طبيعي"
    r"\b(peeing|urinating|weeing|passing (urine|water)|urine|pee)( is| output is)? (normally|normal|fine|ok|okay|as usual)\b"
    r"|\b(pinkle|uriniere|pinkeln|urin|wasserlassen)( ist| geht)? (ganz )?(normal|gut|problemlos)\b"
    r"|\b(j'urine|urines?|uriner)( sont| est)? (normalement|normales?|bien)\b"
    r"|\b(idrarım|idrar\w*|çişim|tuvaletim)\s(normal|rahat|sorunsuz|iyi)\b"
    r"|(мочусь|моча|мочеиспускание|писаю)[^.!?;\n]{0,6}(нормальн\w*|как обычно|хорошо|без проблем)"
    r"|(اتبول|أتبول|ابول|أبول|بتبول|البول|التبول|الحمام)\s(طبيعي|عادي|تمام|كويس|زين)",
    # the fiftieth round's: swallowing told easy in more words (above)
    *SWALLOW_FINE,
]

LOOK_ASK: list[str] = [
    r"\b(look at|have a look|take a look|check (it|on it|this|that|me)|someone (look|check|see)|come in|be seen|see (a|the) (doctor|nurse|surgeon)|worried|concerned|scared|anxious)\b",
    r"\b(anschau|anschaun|draufschau|ansehen|angucken|vorbeikommen|vorbeischauen|nachschau|sorgen|beunruhigt|angst)",
    r"\b(regarder|vérifier|jeter un (oeil|œil)|voir un médecin|passer (vous voir|à la clinique)|inquiet|inquiète|peur)",
    r"(bakabilir|baksın|baksa|bakar mı|bakan|bakması|gelmeli miyim|gelmem gerek|endişe|korkuyorum|içim rahat değil)",
    r"(посмотр|осмотр|приехать|прийти|подъехать|беспоко|волну|боюсь|страшно)",
    r"(يشوف|يشوفه|تشوفو|تشوفون|تشيكو|اجي|أجي|قلقان|قلقانه|قلقانة|خايف|خايفه|خايفة|خوف)",
]

# The forty-sixth round's (dev51): how a sign looks, told frightening ("looks like a horror
# movie", "sieht gruselig aus", "a l'air effrayant", "korkunç görünüyor", "выглядит жутко",
# "شكلها يخوف") -- the appearance of a bruise or a red patch, not the patient asking to be seen
# or saying they are worried; a "worried" or "can someone look" elsewhere still is one.
LOOKS_SCARY: list[str] = [
    r"\blooks? (so |really |pretty |very |like )?(scary|horrible|awful|terrible|frightening|horror\w*|a horror\w*)( movie| film| show)?"
    r"|\bsieht (\w+ )?(schlimm|gruselig|furchtbar|schrecklich|übel|heftig|krass) aus\b"
    r"|\ba l'air (\w+ )?(effrayant|horrible|affreux|terrible)\w*|\bc'est (\w+ )?impressionnant\b"
    r"|\b(korkunç|korkutucu|berbat) (görünüyor|duruyor)\w*|\bgörüntüsü (\w+ )?korkutucu\w*"
    r"|выгляд\w* (\w+ )?(жутко|страшно|ужасно|пугающе|кошмарно)"
    r"|(شكلها|شكله|منظرها|منظره|شكلهم) (\w+ )?(يخوف|بيخوف|مخيف\w*|يرعب|بيرعب|مرعب\w*)",
    # the forty-ninth round's (dev54): the sight told frightening with no one it frightens ("ça
    # fait peur" beside "ça me fait peur", "scary to look at", "gruselig anzusehen", "страшно
    # смотреть", "bakınca korkutucu") -- said of a bruise's colours, not a worry told
    r"\b(ça|ca|cela|ce qui) fait (un peu |très |trop |vraiment )?peur\b(?! (de|que|qu'))"
    r"|\bscary (to look at|looking)\b|\b(gruselig|beängstigend|schlimm) anzusehen\b"
    r"|\b(страшно|жутко) (на это |на него |на нее |на неё )?смотреть|\bсмотреть (\w+ )?(страшно|жутко)"
    r"|\bbakınca (\w+ )?korkutucu\w*",
]

# The forty-seventh round's (dev52): the question put on one of the first three days ("normal on
# day 2?", "am zweiten Tag", "le deuxième jour", "ikinci gün", "на второй день", "تاني يوم"):
# swelling and a little pink ooze peak then (NHS 'Dental implants' and 'Wisdom tooth removal --
# recovery', ASPS: swelling peaks on day 2-3). With every sign cleared as ordinary healing, a
# "normal?" and one warning sign denied it is the course (triage._care_routine); a later day, or
# a sign the rules cannot clear, still needs two.
EARLY_DAYS: list[str] = [
    r"\b(day (one|two|three|1|2|3)|(the )?(first|second|third|1st|2nd|3rd) day)\b|\b(two|three|2|3) days (after|post|out)\b",
    r"\b(tag (1|2|3|eins|zwei|drei)|(ersten|zweiten|dritten|1\.|2\.|3\.) tag)\b|\bnach (zwei|drei|2|3) tagen\b",
    r"\b(jour (1|2|3)|(premier|deuxième|deuxieme|second|troisième|troisieme|1er|2e|3e|2ème|3ème) jour)\b|\b(deux|trois|2|3) jours (après|apres)\b"
    # ... and the French notation of the day ("J2 après la greffe"; the forty-eighth round's)
    r"|\bj[123]\b",
    r"\b(ilk|ikinci|üçüncü|2\.|3\.) gün\w*|\b(iki|üç|2|3) gün (sonra|oldu)\b",
    r"(перв\w*|втор\w*|трет\w*|[123]-?й) (день|сутки)|(два|три|2|3) (дня|суток) (после|как)",
    r"(اول|أول|تاني|ثاني|تالت|ثالث) يوم|اليوم (الاول|الأول|التاني|الثاني|التالت|الثالث)|بعد (يومين|تلت ايام|ثلاث ايام|ثلاثة ايام)",
    # the forty-eighth round's (dev53): the operation told done yesterday is its first day ("LASIK
    # yesterday", "gestern gelasert", "opéré hier", "dün lazer oldum", "вчера сделали ласик",
    # "عملت ليزك امبارح"; AAO 'What to expect after LASIK': tearing, grit and halos the first days)
    r"\b(surgery|operation|op|operated|procedure|lasik|transplant|rhinoplasty|nose job|implants?|had it done)\b"
    r"[^.!?;\n]{0,10}\byesterday\b|\byesterday'?s? (surgery|operation|op|procedure|lasik)\b"
    r"|\bgestern\b[^.!?;\n]{0,20}\b(operiert|gelasert|gemacht|op|operation|lasik|eingriff)\b"
    r"|\b(op|operation|lasik|eingriff|transplantation)\b[^.!?;\n]{0,10}\bgestern\b",
    r"\b(opéré\w*|lasik|greffe|intervention|opération|rhinoplastie)\b[^.!?;\n]{0,12}\bhier\b"
    r"|\bhier\b[^.!?;\n]{0,12}\b(opéré\w*|lasik)\b",
    r"\bdün\b[^.!?;\n]{0,20}\b(ameliyat|lazer|lasik|ekim|operasyon)\w*"
    r"|\b(ameliyat|lazer|lasik|ekim|operasyon)\w*[^.!?;\n]{0,10}\bdün\b",
    r"вчера[^.!?;\n]{0,20}(операци|ласик|лазерн|пересадк|прооперир)\w*|(операци|ласик|пересадк)\w*[^.!?;\n]{0,10}вчера",
    r"(عملت|سويت|العمليه|العملية|عمليه|عملية|ليزك|الليزك|الزراعه|الزراعة)[^.!?؟\n]{0,12}(امبارح|امس|أمس|البارحه|البارحة)",
]

# The forty-sixth round's (dev51): a sign told not progressing -- not spreading, not stronger,
# not growing, or a bleeding that stopped by itself ("doesn't seem to be spreading", "breitet
# sich nicht aus", "ne s'étend pas", "yayılmıyor", "болит не сильнее", "وقف لحاله"). With the
# improvements (complaints.IMPROVING) such a clause rules the progression out as a "no fever"
# rules out a sign (triage._quiet_course; AAO, ASPS, ISHRS: a sign that spreads, grows or keeps
# bleeding is the warning, a settled one the course).
COURSE_SETTLING: list[str] = [
    r"\b(not|isn'?t|doesn'?t|don'?t|hasn'?t|haven'?t|aren'?t)( \w+){0,3} (spreading|spread|growing|getting (bigger|worse|stronger)|any (bigger|worse|stronger))\b"
    r"|\bno (bigger|worse|stronger)\b|\bstopped (by itself|on its own|itself)\b",
    r"\b(breitet|verbreitet) sich (\w+ )?nicht (\w+ )?aus\b|\bwird nicht (größer|schlimmer|stärker)\b"
    r"|\bnicht (stärker|schlimmer|größer)\b|\bvon (selbst|allein|alleine) aufgehört\b|\bhörte von (selbst|allein) auf\b",
    r"\bne s'étend pas\b|\bne (grossit|s'aggrave|s'agrandit) pas\b|\bpas plus (fort|grand|gros)\b"
    r"|\bs'est arrêté\w* (tout seul|toute seule|d'elle-même|de lui-même)",
    r"\b(yayılmıyor|büyümüyor|artmıyor|kötüleşmiyor|yayılmadı|büyümedi|artmadı)\b|\bkendi kendine (durdu|kesildi|geçti)\b",
    r"не (распространя\w*|увеличива\w*|раст[её]т|сильнее|хуже|усилива\w*|больше)|останови\w* сам\w*|прекрати\w* сам\w*",
    r"(ما|مو|مش|مب) (قاعد |عم )?(ينتشر|بينتشر|يزيد|بيزيد|يكبر|بيكبر|تنتشر|تزيد|تكبر)|وقف (لحاله|لوحده|من نفسه|بنفسه)"
    r"|(ما في|مافي|ما فيه|مفيش) (\w+ )?(زايد|زياده|زيادة)",
]

# The forty-sixth round's (dev51): what keeps a course told with nothing asked for a person -- a
# sign told growing, spreading or worse ("her gün biraz büyüyor", "keeps spreading", "wird
# größer"), a bad taste or a smell (a peri-implant or wound infection, NHS 'Dental abscess'), or
# a question put in words ("faut-il que quelqu'un regarde ?", "bakılması lazım mı"); a "not
# spreading" (COURSE_SETTLING) or a denied one is no such sign (triage._quiet_course).
COURSE_WORSENING: list[str] = [
    r"\b(growing|spreading|(gets?|getting|grows?) (\w+ ){0,3}(bigger|worse|larger)|keeps? (spreading|growing)|worse|bad taste|foul taste|smell\w*|stink\w*)\b",
    r"\b(wird (\w+ ){0,4}(größer|schlimmer|mehr)|wächst|breitet sich\b(?! nicht)|schlimmer|schlechte\w* geschmack|riecht|gestank)",
    r"\b(grossit|s'étend|s'aggrave|empire|de plus en plus|mauvais go[uû]t|odeur|sent mauvais)",
    r"\b(büyüyor|buyuyo\w*|yayılıyor|artıyor|kötüleşiyor|kötü tat|kötü koku|kokuyor)",
    r"(раст[её]т|увеличива\w*|распространя\w*|хуже|усилива\w*|неприятн\w* (вкус|привкус)|запах|воня\w*)",
    r"(يكبر|بيكبر|تكبر|بتكبر|ينتشر|بينتشر|تنتشر|بتنتشر|يزيد|بيزيد|اسوأ|أسوأ|طعم (سيء|وحش|مر|خايس)|ريحه|ريحة|رائحه|رائحة)",
]
AFTER_SURGERY: list[str] = [
    r"after (my |the )?(surgery|operation|procedure|op\b|rhinoplasty|transplant)",
    r"since (my |the )?(surgery|operation)",
    r"\bpost-?op",
    r"ameliyat(tan|ım(dan)?|ımın) (sonra|beri)",
    r"operasyon(dan)? sonra",
    r"ekimden sonra",
    r"nach (der|meiner) (op|operation|behandlung)",
    r"seit (der|meiner) (op|operation)",
    r"après (l'opération|mon opération|la chirurgie|l'intervention|ma rhinoplastie|ma greffe)",
    r"depuis (l'opération|mon opération)",
    r"после (операции|процедуры|пересадки|ринопластики)",
    r"бол(ь|ит) после",
    r"بعد (العملية|الجراحة|عمليتي|الزراعة)",
    r"منذ العملية",
    r"\bday \d+\b",
    r"\b\d+(st|nd|rd|th)? day\b",
    r"\b\d+\. (gün|tag)",
    r"\b(tag|jour|день|gün|يوم) \d+\b",
    r"\bj\+?\d+\b",
]

# A painkiller told as what keeps the pain manageable ("pain is ok with paracetamol", "la
# douleur passe avec le Doliprane", "mit Ibuprofen gut auszuhalten", "ağrı kesiciyle idare
# ediyorum", "с обезболивающим терпимо", "الوجع يخف مع البنادول"): the drug is reported, not asked
# about -- a question elsewhere in the message (when do the implants drop?) is no medication
# question. A drug named anywhere else in the message still is one.
_REPORTED_BEFORE_EN = (
    r"(?<!ok with )(?<!okay with )(?<!fine with )(?<!managing with )(?<!manageable with )"
    r"(?<!bearable with )(?<!controlled with )(?<!goes away with )(?<!ok on )(?<!fine on )"
    r"(?<!ok with the )(?<!fine with the )(?<!managing with the )(?<!manageable with the )"
)
_REPORTED_BEFORE_FR = (
    r"(?<!passe avec le )(?<!passe avec du )(?<!passe avec un )(?<!gérable avec le )"
    r"(?<!gérable avec du )(?<!supportable avec le )(?<!supportable avec du )"
    r"(?<!ça va avec le )(?<!ca va avec le )(?<!ça va avec du )(?<!ca va avec du )"
)
_MANAGEABLE_DE = (
    r"\w*\s+(\w+\s+){0,2}(gut |ganz gut |gut zu )?(auszuhalten|aushaltbar|erträglich|im griff)\b"
)
_MANAGEABLE_TR = r"\w*\s+(ile\s+)?(idare|geçiyor|geçti|hafifliyor|yetiyor)\w*"
_REPORTED_AFTER_DE = f"(?!{_MANAGEABLE_DE})"
_REPORTED_AFTER_TR = f"(?!{_MANAGEABLE_TR})"
_REPORTED_AFTER_RU = r"(?!\w*\s+(\w+\s+)?(терпимо|снимается|снимаю|справляюсь|хватает)\b)"
# (the drug names shared by the languages written in Latin letters are read with every frame)
_REPORTED_BEFORE_LATIN = _REPORTED_BEFORE_EN + _REPORTED_BEFORE_FR
_REPORTED_AFTER_LATIN = f"(?!{_MANAGEABLE_DE}|{_MANAGEABLE_TR})"
_REPORTED_BEFORE_AR = (
    r"(?<!يخف مع ال)(?<!يروح مع ال)(?<!يخف بال)(?<!يروح بال)(?<!خفيف مع ال)(?<!محتمل مع ال)"
    r"(?<!محمول مع ال)"
)

MEDICATION: list[str] = [
    _REPORTED_BEFORE_LATIN
    + r"\b(ibuprofen|aspirin|paracetamol|painkillers?|pain ?killers?|antibiotics?|medications?|medicine|pills?|tablets?|blood thinners?|dose|dosage|arnica)\b"
    + _REPORTED_AFTER_LATIN,
    r"\b(ilaç|ağrı kesici|antibiyotik|aspirin|kan sulandırıcı|doz|parol|majezik|hap)\w*"
    + _REPORTED_AFTER_TR,
    # a capsule or syrup to take ("can I open the capsule and mix it with water?"): not the
    # capsule around a breast implant, nor its contracture ("capsular", "Kapselfibrose",
    # "contracture capsulaire", "kapsül kontraktürü", "капсулярная", "التليف الكبسولي")
    r"(?<!implant )(?<!implant's )\b(capsules?|kapseln?|gélules?|syrup|sirup|sirop)\b(?!.{0,25}\b(implant|around|um das|um den|autour|contract))",
    # (Turkish names the implant's capsule as "the one around it": "etrafındaki kapsül")
    r"(?<!ki )\b(kapsül|kapsülü|kapsülleri|şurup|şurubu)\b(?!.{0,25}\b(implant|kontrakt))",
    r"(капсул[аыуе]|капсулой|капсулы|сироп\w*)\b(?!.{0,25}(имплант|вокруг|контракт))|(?<![\u0621-\u064a])(ال)?(كبسوله|كبسولة|كبسولات)(?![\u0621-\u064a])(?!.{0,25}(الحشوه|الحشوة|السيليكون|حول))",
    r"\b(medikament|schmerzmittel|antibiotik|tablette|blutverdünner|dosis|ibuprofen|aspirin)\w*"
    + _REPORTED_AFTER_DE,
    # brand names patients use for the same drugs (diclofenac, metamizole, tramadol)
    _REPORTED_BEFORE_LATIN
    + r"\b(voltaren|diclofenac|novalgin|metamizol|nurofen|tramadol|tramal|arcoxia|dafalgan|efferalgan|nolotil)\b"
    + _REPORTED_AFTER_LATIN,
    # what is prescribed after bariatric and most operations: stomach protection (PPIs) and
    # blood-thinning injections (NICE NG89), under their generic and brand names
    r"\b(omeprazol\w*|pantoprazol\w*|esomeprazol\w*|lansoprazol\w*|nexium|controloc|clexane|enoxaparin\w*|fraxiparin\w*|heparin\w*|ursodiol|urso\w*)\b",
    r"(омепразол|пантопразол|эзомепразол|нексиум|контролок|клексан|эноксапарин|фраксипарин|гепарин|урсосан|урсофальк?)\w*",
    r"(اوميبرازول|أوميبرازول|بانتوبرازول|نكسيوم|كليكسان|هيبارين)",
    # a laxative or stool softener, by kind or brand (the forty-eighth round's, dev53): what to
    # take for the constipation of the first weeks is the surgeon's answer to approve (NHS
    # 'Constipation': a laxative from the pharmacist; ASMBS: constipation is common after a sleeve)
    r"\b(laxatives?|stool softeners?|movicol|macrogol\w*|lactulose|duphalac|dulcolax|senna|senokot"
    r"|abführmittel\w*|laxatifs?|forlax|laksatif\w*|müshil\w*)\b",
    r"(слабительн\w*|дюфалак|лактулоз\w*|форлакс|макрогол\w*)"
    r"|(?<![\u0621-\u064a])(ال)?(ملين|ملينات|مسهل|مسهلات|دوفالاك|موفيكول)(?![\u0621-\u064a])",
    # what is stopped before and restarted after a hair transplant or other operation: the
    # hair-loss drugs (ISHRS: finasteride and minoxidil are paused around the transplant),
    # cortisone, diabetes drugs and GLP-1 injections (paused before anaesthesia)
    r"\b(finasterid\w*|minoxidil\w*|dutasterid\w*|propecia|regaine|rogaine|prednisolon\w*|cortison\w*|kortizon\w*|kortison\w*|dexamethason\w*|metformin\w*|ozempic|wegovy|mounjaro|semaglutid\w*|insulin\w*)\b",
    r"(финастерид|миноксидил|дутастерид|преднизолон|дексаметазон|метформин|оземпик|инсулин)\w*",
    r"(فيناسترايد|فيناستيرايد|مينوكسيديل|بروبيشيا|كورتيزون|ميتفورمين|اوزمبيك|أوزمبيك|انسولين|أنسولين)",
    _REPORTED_BEFORE_LATIN
    + r"\b(médicament|antidouleur|antibiotique|comprimé|anticoagulant|dose|doliprane|ibuprofène|aspirine)\w*",
    r"(лекарств|обезболивающ|антибиотик|таблетк|разжижающ|доз[аыу]|ибупрофен|аспирин|парацетамол)"
    + _REPORTED_AFTER_RU,
    # the hormones of IVF, continued or stopped after the egg collection (ESHRE guideline
    # 'Ovarian stimulation for IVF/ICSI', 2019: progesterone for luteal support), and enoxaparin's
    # French and Turkish brand names (Lovenox; RCOG Green-top 37a, thromboprophylaxis)
    r"\b(progest\w*|utrogest\w*|crinone|duphaston|cyclogest|estradiol\w*|oestradiol|œstrogène\w*|östrogen\w*|lovenox)\b",
    r"(прогестерон|утрожестан|дюфастон|крайнон|эстрадиол|ловенокс)\w*|(بروجسترون|بروجيستيرون|بروجستيرون|دوفاستون|استراديول|لوفينوكس)",
    _REPORTED_BEFORE_AR
    + r"(دواء|أدوية|ادويه|مسكن|(ال)?مضاد (ال)?حيوي|حبوب|أسبرين|ايبوبروفين|باراسيتامول|جرعة)",
    # Maghrebi and Egyptian spelling: "دوا ديال الضغط", "الانتيبيوتيك", "الأنتيبيوتيك"
    r"(?<![\u0621-\u064a])(ال)?دوا(?![\u0621-\u064a])|(ال)?(انتيبيوتيك|أنتيبيوتيك|انتي بيوتيك)",
    # the brand names patients use in Arabic and Russian (paracetamol, ibuprofen, diclofenac,
    # metamizole): "ممكن اخذ بنادول؟", "можно нурофен?"
    _REPORTED_BEFORE_AR
    + r"(بنادول|بانادول|(?<!بن)(?<!بان)ادول|(?<!بن)(?<!بان)أدول|بروفين|بروفن|ادفيل|أدفيل|نوروفين|فولتارين|كاتافلام|ريفو|سولبادين|ترامادول)",
    r"(нурофен|найз|кеторол|кетанов|анальгин|диклофенак|вольтарен|пенталгин|спазмалгон|цитрамон|панадол|ношпа|но-шпа)\w*"
    + _REPORTED_AFTER_RU,
    # drops, gels and creams, which a patient asks to choose or buy (eye drops after LASIK, a
    # scar gel): which one to use is the surgeon's answer to approve
    r"\b(eye ?drops|drops|artificial tears|augentropfen|tropfen|gouttes|larmes artificielles|göz damla\w*|damla\w*|suni gözyaşı)\b",
    r"(капл\w*|искусственн\w* слез\w*)|(قطره|قطرة|قطرات|دموع صناعيه|دموع صناعية)",
    # the contraceptive pill and supplements, which a patient asks to restart or take beside
    # the prescribed drugs (the pill after an egg collection, vitamins after a sleeve -- ASMBS:
    # lifelong supplements; when to start them is the surgeon's answer to approve)
    r"\b(pille|antibabypille|pilule|contracepti\w*|verhütungs\w*|doğum kontrol\w*|vitamin\w*|supplements?|nahrungsergänzung\w*|complément\w* alimentaire\w*|takviye\w*|omega[- ]?3)\b",
    r"(противозачаточн\w*|контрацептив\w*|витамин\w*|омега|бад\b)|(حبوب منع الحمل|فيتامين\w*|مكملات)",
]

# Constipation told (the sign alone, none of the belly around it): after a sleeve, a bypass or
# any operation with painkillers it is the common course of the first weeks (ASMBS 'Life after
# bariatric surgery'; NHS 'Constipation': fluids, fibre, a laxative from the pharmacist). In
# :data:`SYMPTOMS` it asks a same-day look; told beside a question with at least two warning
# signs denied ("no vomiting, no pain, no fever") it is ordinary (triage._Message._cleared_spans,
# the forty-eighth round's, dev53). A belly told hard, swollen or tight, or no wind passing,
# keeps it: the catalogue's bowel obstruction and the symptom table read those.
CONSTIPATION: list[str] = [
    r"\b(constipat|verstopf|constip|kabız)\w*|\bpas (été|allée?) à la selle|запор\w*|(امساك|إمساك)",
]
# ... and what makes it no ordinary constipation, anywhere in the message and not denied: a belly
# told hard, swollen, distended or tight, or no wind passing (NHS 'Bowel obstruction')
CONSTIPATION_WORSE: list[str] = [
    r"\b(hard|swollen|swelling|distended|tight|rigid|no (wind|gas)|can'?t (fart|pass (wind|gas))"
    r"|hart|geschwollen|aufgetrieben|gespannt|keine (winde|blähungen)|dure?|gonfl\w*|tendue?|distendue?|pas de gaz"
    r"|sert|şiş\w*|gergin|gaz (çıkaramıyorum|çıkmıyor))\b",
    r"(тверд|твёрд|раздут|вздут|опух|газы не)",
    r"(قاسي|قاسيه|قاسية|منفوخ|منتفخ|مشدود|وارم|(ما|مش|مو) (يطلع|تطلع|اطلع|طالع) (غازات|ريح))",
]

QUESTION: list[str] = [
    r"\?",  # runs on Latin-script messages only (a pattern without letters is filed as Latin)
    # ... so a question mark after an Arabic or Cyrillic word is spelled with that script's
    # letters (the Arabic "؟" is folded to "?")
    r"[ء-ي][^\w]{0,3}\?",
    r"[а-яё][^\w]{0,3}\?",
    r"\b(can|may|should|could|is it ok|is it okay|is it safe)\b",
    r"\b(mı|mi|mu|mü|mıyım|miyim|muyum|müyüm)\b",
    r"\b(darf|kann|soll|sollte|ist es)\b",
    r"\b(puis-je|dois-je|est-ce que|peut-on)\b",
    r"\b(можно|нужно ли|стоит ли|ли)\b",
    r"(هل|يمكنني|يجب)",
]

# A question put in words (lexicon.QUESTION without its bare question marks -- an alarmed "??"
# after a sign asks nothing), with "faut-il" and "lazım mı" (triage._quiet_course).
QUESTION_WORDS: list[str] = [
    *QUESTION[3:],
    r"\b(faut-il|faudrait-il|il faut que|lazım m[ıi]|gerek(ir)? m[ıi]|надо ли|должен ли)\b",
]

SOON_TIME: list[str] = [
    r"\b(today|tonight|tomorrow|right now|asap|urgent)\b",
    r"\b(bugün|bu akşam|yarın|hemen|acil)\b",
    r"\b(heute|morgen|sofort|dringend)\b",
    r"\b(aujourd'hui|ce soir|demain|tout de suite|urgent)\b",
    r"\b(сегодня|завтра|срочно|сейчас)\b",
    r"(اليوم|الليلة|غدا|عاجل|فورا)",
]

# What "ne kadar" (how much / how long / how very) asks when it is not the price: a duration, a
# degree ("ne kadar güvenli"), a sign ("ne kadar şişer"), or how much of a tooth the treatment
# takes ("ne kadar kesiyorsunuz", "törpülüyor", "aşındırıyor", "küçültüyor").
_TR_HOW_MUCH_NOT_PRICE = (
    r"\s*(sür|zaman|vakit|süre|uzun|gün|hafta|ay\b|saat|önce|once|sonra|kal|bekle|ağr|agr|acı|aci"
    r"|şiş|sis|kan|iyi|güvenli|guvenli|güzel|guzel|doğal|dogal|çok|cok|etkili|kalıcı|kalici"
    r"|başarılı|basarili|risk|kes|törpü|torpu|tıraş|tiras|traş|aşındır|asindir|küçült|kucult|incelt|zarar"
    # a distance ("otel kliniğe ne kadar uzak", "ne kadar yakın", "kaç km"): the trip, not a price
    r"|uzak|yakın|yakin|mesafe|km\b|kilometre|dakika|dk\b|bagaj|valiz)"
)

# The clinic recommended to the writer by someone ("une amie m'a recommandé votre clinique", "on
# nous a conseillé votre centre"; Turkish "kuzenim sizi tavsiye etti", in the treatment table): a
# referral told, no question about a treatment ("quelle technique vous me conseillez ?" stays
# one). With only a wish for information beside it ("je voudrais des informations", "bilgi almak
# istiyorum") the message asks nothing yet (other), as in English, German, Russian and Arabic.
_REFERRED_FR = (
    r"(?<!m'a )(?<!m’a )(?<!nous a )(?<!m'ont )(?<!nous ont )(?<!m'avait )(?<!\ba )(?<!\bont )"
)

# A quote wanted as a paper for the insurer: signed, stamped, with the procedure codes ("a signed
# and stamped quote for my insurer", "un devis détaillé signé et tamponné pour la mutuelle", "einen
# Kostenvoranschlag mit Stempel und GOÄ-Ziffern", "kaşeli imzalı fiyat teklifi", "смета с печатью
# клиники", "عرض سعر مختوم"): the document the clinic issues, not the price (a quote asked alone
# stays a price question). In the documents table and in ``PRICE_PURPOSE`` (a price cue inside it
# is no price asked).
_PAPER_MARKS = (
    r"(signed|stamped|sign[ée]s?|tamponn[ée]s?|tampon|cachet\w*|codes? (des actes|ccam)|procedure codes?"
    r"|billing codes?|gestempelt\w*|unterschrieben\w*|stempel\w*|goä|ziffern|kaşeli|kaseli|imzalı|imzali"
    r"|kaşe\w*|kase\w*)"
)
_QUOTES = r"(quote|estimate|devis|kostenvoranschlag|angebot|teklif\w*)"
_QUOTE_AS_PAPER = [
    rf"\b{_QUOTES}\b.{{0,60}}\b{_PAPER_MARKS}",
    rf"\b{_PAPER_MARKS}\b.{{0,30}}\b(\w+ )?{_QUOTES}\b",
    r"(смет\w*|коммерческ\w* предложени\w*).{0,60}(печат\w*|подпис\w*|кодами)|(عرض سعر|عرض السعر|تسعيره|تسعيرة).{0,60}(مختوم|ختم|توقيع|موقع)",
]

# What "how much" (and "wie viel", "combien de") asks when it is not the price: the pain, the
# bleeding, the swelling, the time or the hair an operation brings ("how much pain is there on
# day 1?", "wie viel Blut verliert man?", "combien de douleur ?"); the Russian, Turkish and
# Arabic price words already need a cost word or their own list beside them.
_HOW_MUCH_NOT_PRICE = (
    r"\s+(more |less |of (the |my )?)?(pain|bleeding|blood|swelling|bruising|discomfort|time|downtime|rest|hair"
    r"|weight|fat|scarring|schmerz\w*|blut\w*|schwellung\w*|zeit|ruhe|haare?|gewicht|fett"
    r"|douleurs?|sang|saignements?|gonflement|cheveux|poids|repos"
    # the luggage a flight or transfer allows ("how much luggage", "wie viel Gepäck"): the trip
    r"|luggage|baggage|bags|suitcases?|gepäck|koffer|bagages?|valises?)\b"
    # the forty-fifth round's: "how much" asked of how an operation will feel ("how much will the
    # tummy tuck hurt?", "how much does it bleed?", "how much would a facelift bruise?"): the
    # degree of a sign, not the price -- "how much will it cost" keeps its price
    r"|\s+(will|does|do|would|did|is|can) (it|this|that|you|one|i|(the|a|an) \w+( \w+)?)"
    r" (\w+ )?(hurt|bleed|swell|bruise|ache|sting|be (painful|sore|swollen))\b"
)

# Dates told wrong and corrected ("I typed the wrong dates, it's 14-18 not 4-8", "falsches
# Datum", "je me suis trompée de dates", "tarihleri yanlış yazdım", "перепутала даты", "كتبت
# التاريخ غلط"): a date to change, so an appointment asked of the calendar.
_WRONG_DATES = r"\b(wrong|incorrect) dates?\b|\b(falsche[sn]?|verkehrte[sn]?) (datum|daten|termin)\b|\btromp\w* (de|dans les) dates?\b|\b(tarih\w*|günleri) yanlış\b|\byanlış tarih|(перепутал\w*|неправильн\w*|не те) (дат\w*|числ\w*)|(التاريخ|التواريخ|الموعد) (غلط|خطأ|خطا)"

# The consultation (or examination) and the operation asked on the same week, day or trip ("can
# the consultation and the surgery be the same week?", "muayene ve ameliyat aynı hafta olur
# mu", "Voruntersuchung und OP in derselben Woche", "la consultation et l'opération la même
# semaine", "консультация и операция на одной неделе", "الكشف والعملية بنفس الاسبوع"): both
# visits booked together, a date asked of the calendar.
# a date moved from one day to another told with the ablative ("tarihimi 15 ocaktan şubat başına
# alabilir miyiz", "randevuyu 3'ünden 10'una çekebilir misiniz", "3 Marttan 10 Marta alabilir
# miyiz"): the appointment intent and a request to the calendar
_TR_DATE_FROM_TO = r"\b(tarih|randevu|görüşme|ameliyat|operasyon)\w*\b.{0,30}\b\d{1,2}\s?'?(\w+)?(dan|den|tan|ten)\b.{0,40}\b(al|çek|kaydır|ertele)\w*"

# A treatment said to suit the writer after "подходит" ("мне подходит абдоминопластика", "подойдёт
# ли мне имплантация"): candidacy, not a date that suits (the thirty-fifth round's)
_RU_TREATMENT_SUITS = (
    r"(?=\s+(ли\s+)?(мне\s+|ей\s+|ему\s+)?(\w+\s+)?"
    r"(\w*пластик|липо|операци|имплант|пересадк|процедур|эко\b|лазерн|подтяжк|увеличени|уменьшени|лечени|метод))"
)

# spoken French "une dispo" (a free slot, the noun cut short), asked of the calendar: the
# appointment intent and a request to the calendar ("je suis dispo" is the writer's free time)
_DISPO_ASKED = (
    r"\b(une|des|vos|tes|la|les|de|d'une|quelques|plus de) dispos?\b"
    # the thirty-fifth round's: the adjective with its subject dropped, opening the sentence
    # ("Dispo pour une rhinoplastie la semaine du 20 ?"), or said of the clinic ("vous êtes
    # dispo le 3 ?"): the calendar asked; "je suis dispo" stays the writer's own free time
    r"|(^|[.!?]\s*)dispos?\b|\b(vous (êtes|seriez)|êtes-vous|seriez-vous|vous etes|etes-vous) (\w+ )?dispos?\b"
    # the forty-sixth round's: the adjective after the calendar's noun ("quelles dates dispo en
    # septembre ?", "des créneaux dispo ?", "il reste des places dispo ?"); the writer's own
    # ("mes jours dispo sont lundi et mardi") are told, not asked
    r"|(?<!mes )(?<!nos )\b(dates?|jours?|créneaux|creneaux|places?|rendez-vous|rdv|horaires?) (encore )?dispos?\b"
)

# The earliest or the nearest free date asked for a treatment ("what's the earliest date for a
# hair transplant?", "wann ist der früheste Termin?", "la date la plus proche pour une greffe ?",
# "saç ekimi için en yakın tarih ne zaman?", "когда ближайшая дата на пересадку волос?", "متى
# أقرب موعد؟") (the fortieth round's): the calendar asked, an appointment whose answer waits on
# the coordinator; the nearest airport or hotel ("en yakın havalimanı", "ближайшая гостиница")
# is the trip's, and the earliest day to fly or to work again after the operation is the
# recovery's (no date or slot is named)
_EARLIEST_DATE = (
    r"\b(earliest|soonest|nearest|next (possible|free|open)) (possible |available |free |open )?(date|day|slot|appointment|opening)s?\b"
    r"|\b(früheste\w* |frühestmögliche\w* |nächstmögliche\w* |nächste[nr]? (mögliche[nr]? |freie[nr]? )?)(termin|datum|op-termin)\w*"
    r"|\b(la )?(date|dispo|disponibilité|place|créneau) (la plus (proche|rapide|tôt)|au plus tôt)\b|\b(la )?(première|prochaine) (date|place|disponibilité|créneau) (libre|possible|disponible)\b"
    r"|\ben (yakın|erken) (\w+ )?(tarih|randevu|boşluk|müsait\w*|gün)\w*"
    r"|ближайш\w* (свободн\w* |возможн\w* )?(дат\w*|запис\w*|окн\w*|окошк\w*|при[её]м\w*|слот\w*|числ\w*)"
    r"|(أقرب|اقرب|اول|أول) (موعد|تاريخ|حجز|يوم فاضي)"
)

# A window of days or hours offered for a date to be found ("any time after 2pm works for me",
# "jeder Tag ab dem 15. passt", "n'importe quel jour après le 15", "15 ocaktan sonra her gün
# olur", "могу в любой день после 15 января", "أي يوم بعد ١٥ يناسبني") (the fortieth round's):
# the coordinator still has to choose the day, so a date request with a window stays a request
# (``request_info``) though it says "works for me"; a date confirmed ("Thursday 10am works for
# me") names one day and no window
AVAILABILITY_WINDOW: list[str] = [
    r"\b(any ?time|any (day|date|weekday|morning|afternoon|evening)s?|whenever (it )?(suits|works|you (have|can|are free))|i'?m (free|flexible|available) (all|any|every))\b",
    r"\b(jederzeit|jede[nr]? (tag|termin|zeit|wochentag|vormittag|nachmittag)|egal (welche[nrs]?|wann)|an (jedem|allen) (tag|tagen))\b",
    r"\b(n'importe (quel|quelle|quand)|tous les jours|quand vous voulez|quel que soit le jour|à tout moment)\b",
    r"\b(her (gün|saat)|herhangi bir (gün|saat|zaman|tarih)|hangi gün olursa|ne zaman olursa)\b",
    r"(в любой (день|момент|час)|в любое (время|число)|любой день|любая дата|когда угодно|в любые дни)",
    r"(أي يوم|اي يوم|أي وقت|اي وقت|بأي وقت|باي وقت|أي تاريخ|اي تاريخ|أي ساعه|اي ساعة|في اي يوم)",
    # a part of the day or an hour given as the only one the writer can do ("I can only do
    # evenings after 6", "ich kann nur abends nach 18 Uhr", "je ne peux que le soir", "sadece
    # akşamları 18'den sonra", "могу только вечером после 18", "بقدر بس بالليل بعد ٦") (the
    # forty-first round's): the coordinator still chooses the day; "only take it in the
    # evening" of a tablet names no booking (the appointment intent must hold first)
    r"\b(i|we) (can|could) only (do |come |make it |meet )?(in the )?(evenings?|mornings?|afternoons?|weekends?|after \d|before \d)|\bonly (evenings?|mornings?|afternoons?|weekends?) (work|suit)",
    r"\b(ich kann|wir können|kann ich|können wir) (\w+ )?nur (abends|morgens|vormittags|nachmittags|am wochenende|nach \d|vor \d|ab \d)",
    r"\b(je ne peux|on ne peut|nous ne pouvons|je peux|on peut) (\w+ )?(que|seulement|uniquement) (le soir|le matin|l'après-midi|le week-end|après \d|avant \d)",
    r"\b(sadece|yalnızca|ancak) (akşam|sabah|öğleden sonra|hafta ?sonu|\d+'?(den|dan|ten|tan) sonra)\w*",
    r"(могу|можем|смогу|сможем) (\w+ )?только (вечером|утром|днём|днем|по выходным|после \d|до \d)",
    r"(بقدر|اقدر|أقدر|نقدر|بنقدر|اقدر بس|أقدر بس) (\w+ )?(بس|فقط) (بالليل|الصبح|المسا|المساء|بعد الظهر|ويكند|الويكند|بعد [0-9٠-٩])",
]

# The clinic's instructions or files (a PDF, the forms) asked where to find or told not come,
# and the patient portal named (see the documents table)
_DOC_NOUNS_EN = r"((?<!your )(?<!system )instructions|pdf|files?|documents?|forms?|paperwork|papers|leaflet|information sheet)"
_DOC_NOUNS_DE = r"(anweisungen|anleitung\w*|instruktionen|unterlagen|pdf|datei\w*|dokument\w*|formular\w*|infoblatt|merkblatt|informationsblatt)"
_DOC_NOUNS_FR = (
    r"(consignes|instructions|pdf|fichiers?|documents?|formulaires?|papiers|fiche\w*|livret)"
)
_DOC_NOUNS_TR = r"(talimat\w*|pdf\w*|dosya\w*|belge\w*|evrak\w*|form\w*|broşür\w*|brosur\w*)"
_DOC_NOUNS_RU = r"(инструкци\w*|памятк\w*|pdf|пдф|файл\w*|документ\w*|анкет\w*|бланк\w*)"
_DOC_NOUNS_AR = (
    r"((ال)?تعليمات|(ال)?ملف|pdf|(ال)?اوراق|(ال)?أوراق|(ال)?نموذج|(ال)?استماره|(ال)?استمارة)"
)
_DOCUMENT_NOT_COME = [
    rf"\b(where (can|do|would|should) i (find|get|download|see)|where (is|are)|i can'?t find|i cannot find)\b.{{0,40}}\b{_DOC_NOUNS_EN}\b",
    rf"\b{_DOC_NOUNS_EN}\b.{{0,40}}\b(never (arrived|came|came through)|(didn'?t|did not|hasn'?t|has not|haven'?t|have not) (arrive|come|arrived|come through|got here)|(was|were) supposed to (come|arrive|be sent))",
    rf"\b(wo (finde|bekomme|sehe|lade) ich|wo (sind|ist)|ich finde)\b.{{0,40}}\b{_DOC_NOUNS_DE}",
    rf"\b{_DOC_NOUNS_DE}\b.{{0,40}}\b(nicht|nie|noch nicht|immer noch nicht) (\w+ )?(angekommen|gekommen|erhalten|bekommen|da)\b",
    rf"\b(où (je |est-ce que je )?(trouve|peux trouver|puis-je trouver|télécharge)|où (est|sont)|je ne trouve pas|je trouve pas)\b.{{0,40}}\b{_DOC_NOUNS_FR}\b",
    rf"\b{_DOC_NOUNS_FR}\b.{{0,40}}\b((n'est|ne sont|n'a|n'ont) (jamais|pas|toujours pas) (\w+ )?(arrivée?s?|venue?s?|reçue?s?)|jamais (arrivée?s?|reçue?s?)|pas (arrivée?s?|reçue?s?))",
    rf"\b{_DOC_NOUNS_TR}.{{0,40}}\b(nere(de|den|ye)|nerden) (\w+ )?(bul|gör|gor|indir|ulaş|ulas)\w*",
    rf"\b{_DOC_NOUNS_TR}.{{0,40}}\b(gelmedi|gelmemiş|gelmemis|ulaşmadı|ulasmadi|gelecekti|gelcekti|gelmiyor|gelmiyo)\b",
    rf"(где (\w+ )?(найти|найду|посмотреть|взять|скачать)|не могу найти|не нахожу).{{0,40}}{_DOC_NOUNS_RU}",
    rf"{_DOC_NOUNS_RU}.{{0,40}}(не (пришл|пришёл|пришел|дошл|дошёл|дошел|получил)\w*|так и не (пришл|пришёл|пришел|дошл|дошёл|дошел)\w*)",
    rf"(وين|فين|اين|أين|وينها|فينها) (\w+ )?(الاقي|ألاقي|القى|ألقى|اجد|أجد|لاقي|بلاقي).{{0,40}}{_DOC_NOUNS_AR}",
    rf"{_DOC_NOUNS_AR}.{{0,40}}(ما وصل|ما وصلني|ماوصل|ماوصلني|لم يصل|ما جاني|ما اجاني|موصلش|ماجاش|ما وصلتني)",
    # the clinic's papers said not to be seen or found where they should be ("I can't see the
    # pre-op instructions in the system", "die Anweisungen sehe ich nirgends", "je ne vois pas
    # les consignes", "talimatları sistemde göremedim", "не вижу памятку в кабинете", "التعليمات
    # مش لاقيها") and asked to be sent ("can you send me the PDF?", "schickt ihr mir das PDF?",
    # "vous pouvez m'envoyer les consignes ?", "pdf atar mısınız", "пришлите памятку", "ابعتولي
    # الملف") (the forty-first round's): a document to be sent again; what the instructions
    # say stays a question about the treatment
    rf"\b(i )?(can'?t|cannot|couldn'?t|could not|don'?t|do not|didn'?t|did not) (see|find|locate|spot)\b.{{0,40}}\b{_DOC_NOUNS_EN}\b",
    rf"\b{_DOC_NOUNS_DE}\b.{{0,40}}\b(nicht|nirgends|nirgendwo) (\w+ )?(finden|sehen|gefunden|gesehen|sichtbar)\b",
    rf"\b(je ne vois pas|je vois pas|je n'ai pas vu|j'ai pas vu|je n'ai pas trouvé|j'ai pas trouvé)\b.{{0,40}}\b{_DOC_NOUNS_FR}\b",
    rf"\b{_DOC_NOUNS_TR}.{{0,40}}\b(göremedim|göremiyorum|göremiyoruz|bulamadım|bulamıyorum|bulamadık|göremedik)\b",
    rf"(не вижу|не увидел\w*|не нашл\w*|не нашёл|не нашел).{{0,40}}{_DOC_NOUNS_RU}|{_DOC_NOUNS_RU}.{{0,40}}(не вижу|не нахожу|не нашл\w*|не нашёл|не нашел)",
    rf"{_DOC_NOUNS_AR}.{{0,40}}(مش لاقي|مش لاقيه|مش لاقيها|ما لقيت|ما لقيتها|مو لاقي|ما بشوف|مش شايف|مش شايفه|ما شفت)",
    rf"\b(send|email|e-mail|resend|re-send|forward|mail)\b (me |us )?(again )?(the |a |your )?(pre-?op )?{_DOC_NOUNS_EN}\b",
    rf"\b(schick|schickt|schicken|send|sendet|senden|mail|mailt|mailen)\w* (sie |ihr )?(mir |uns )?(bitte )?(noch ?mal |nochmal |erneut )?(die|das|den|eine?) (\w+ )?{_DOC_NOUNS_DE}\b",
    rf"\b(envoyer|renvoyer|envoyez|renvoyez|m'envoyer|me renvoyer|nous envoyer) (moi |nous )?(à nouveau |encore )?(les|le|la|un|une|vos) (\w+ )?{_DOC_NOUNS_FR}\b",
    rf"\b{_DOC_NOUNS_TR} (\w+ )?(atar|atabilir|gönderir|gönderebilir|yollar|yollayabilir|iletir|iletebilir)\w* (mı|mi|mısınız|misiniz)",
    rf"(пришлите|отправьте|вышлите|скиньте|перешлите|пришли|скинь|отправь)[^.!?]{{0,25}}?{_DOC_NOUNS_RU}",
    rf"(ابعتولي|ابعتلي|ابعثولي|ارسلولي|ارسلوا لي|أرسلوا لي|ترسلولي|دزولي|ارسلي|أرسلي) (\w+ )?{_DOC_NOUNS_AR}",
    # the clinic's message or e-mail deleted or lost ("I deleted the coordinator's email by
    # mistake", "ich hab die Nachricht gelöscht", "j'ai supprimé le mail", "mesajı yanlışlıkla
    # sildim", "я удалила письмо", "مسحت الرسالة") (the forty-first round's): what it said is
    # to be sent again
    r"\b(deleted|lost|erased|wiped)\b ([\w']+ ){0,3}(message|e-?mail|mail|text|whatsapp)s?\b|\b(message|e-?mail|mail|text)s? ([\w']+ ){0,3}(got |was )?(deleted|lost|erased)\b",
    r"\b(nachricht|e-?mail|mail|whatsapp)\w* ([\w']+ ){0,4}(gelöscht|verloren)\b|\b(gelöscht|verloren)\b ([\w']+ ){0,2}(die |eure |ihre )?(nachricht|e-?mail|mail)",
    r"\b(supprimé|effacé|perdu)\b ([\w']+ ){0,3}(message|mail|e-mail|sms|courriel)s?\b|\b(message|mail|e-mail|sms|courriel)s? ([\w']+ ){0,3}(supprimée?s?|effacée?s?)\b",
    r"\b(mesaj|e-?posta|mail|maili|whatsapp)\w* ([\w']+ ){0,2}(sildim|silmişim|silmisim|kaybettim|silindi)\b",
    r"(удалил\w*|стёрл\w*|стерл\w*|потерял\w*) ([\w']+ ){0,3}(сообщени|письм|смс|переписк)\w*|(сообщени|письм)\w* ([\w']+ ){0,2}(удалил\w*|удалено|стёрл\w*)",
    r"(مسحت|حذفت|ضيعت|انمسحت|اتمسحت) ([\w']+ ){0,2}(ال)?(رساله|رسالة|ايميل|إيميل|مسج)|(ال)?(رساله|رسالة|ايميل|مسج) ([\w']+ ){0,2}(انمسحت|اتمسحت|انحذفت|راحت)",
    # the patient portal, where the clinic's papers are read
    r"\b(patient|client) (portal|panel|area|account|app|login)\b|\bpatientenportal\w*|\bpatienten(bereich|konto|-app|app|zugang)\b"
    r"|\b(espace|portail|compte) (patient|client|des patients)\b|\bhasta (panel|portal|sayfa|giriş|giris|hesab)\w*"
    r"|(личн\w* кабинет\w*|кабинет\w* пациента|портал\w* пациента)|(بوابة|بوابه|حساب|صفحة|صفحه|لوحة|لوحه) (ال)?(مريض|مرضى|المريض|المرضى)",
]

_SAME_WEEK_VISITS = (
    r"\b(consult\w*|examination|check-?up|voruntersuchung|untersuchung|beratung\w*|konsultation|consultation|examen|bilan|rendez-vous|rdv"
    r"|muayene\w*|konsültasyon\w*|konsultasyon\w*|görüşme\w*|консультаци\w*|осмотр\w*|при[её]м\w*|الكشف|الاستشاره|الاستشارة|المعاينه|المعاينة)"
    r".{0,12}(\b(and|und|et|ve|ile|и)\b|\sو ?).{0,6}(the |die |l'|la )?(surgery|operation|op|procedure|eingriff|opération|intervention|chirurgie"
    r"|ameliyat\w*|operasyon\w*|операци\w*|(ال)?(عمليه|عملية))"
    r".{0,30}\b(same|one|a single|selben|gleichen|derselben|einer|même|meme|aynı|ayni|tek|одн\w*|ту же|той же|نفس|بنفس) ?(week|day|trip|woche|tag|semaine|jour|séjour|hafta|gün|gun|недел\w*|день|дня|(ال)?(اسبوع|أسبوع|يوم|رحله|رحلة))"
)

# A move named by the day it goes to ("push my video call from Wed 3pm to Thursday", "den Call
# auf Donnerstag schieben", "perşembe akşama alabilir miyiz"), and a slot to be chosen ("how do I
# pick my slot?", "wie wähle ich meinen Termin aus?", "comment choisir mon créneau ?", "randevu
# saatimi nasıl seçeceğim", "как выбрать время приёма?", "كيف اختار موعدي؟"): dates asked.
_WEEKDAYS = (
    r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
)
_DAY_MOVED_OR_CHOSEN = [
    # (a day or "the 10th", not "move my arm to 90 degrees")
    r"\b(push|pushing|move|moving|shift|shifting|switch|switching)\b.{0,40}\bto ((the )?(next |another )?"
    + _WEEKDAYS
    + r"|the \d{1,2}(st|nd|rd|th)?|\d{1,2}(st|nd|rd|th)|next week|another day)\b",
    # (a day number ends in its dot: "auf den 19. Dezember legen")
    r"\b(schieben|legen|verlegen|umlegen)\b.{0,10}\bauf (den )?("
    + _WEEKDAYS[1:-1]
    + r"|\d{1,2}\.)|\bauf (den )?("
    + _WEEKDAYS[1:-1]
    + r"\b|\d{1,2}\.).{0,40}\b(schieben|legen|verlegen|umlegen)\b",
    r"\b(pazartesi|salı|sali|çarşamba|carsamba|perşembe|persembe|cuma|cumartesi|pazar)\w*( \w+)? (alabilir|çekebilir|cekebilir|kaydırabilir|kaydirabilir|yapabilir)\w*",
    r"\b(choose|pick(?! ?up)|select|book)\b.{0,15}\b(slot|date|time|appointment)\b",
    r"(termin|zeitfenster|uhrzeit|datum)\w*.{0,15}\b(auswählen|wählen|aussuchen)\b|\b(wähle|wählen|aussuchen|auswählen|buche)\b.{0,25}\b(termin|zeitfenster|uhrzeit|datum)",
    r"\b(choisir|choisis|choisit|sélectionner|selectionner)\b.{0,20}\b(créneau|creneau|horaire|date|rendez-vous|rdv)|\bcréneaux?\b|\bcreneaux?\b",
    r"\b(randevu|saat|tarih|gün)\w* (nasıl |nasil |nereden )?(seç|sec|belirle)\w*",
    r"(выбрать|выбираю|выбор\w*) (\w+ )?(время|времени|дат\w*|день|слот|окн\w*|запис\w*)",
    r"(اختار|أختار|نختار|اختيار|احدد|أحدد) (ال)?(موعد|وقت|تاريخ|يوم)\w*",
]

# A slot asked of the calendar, not a date confirmed: an appointment asked for a period ("is
# there an appointment the week after Easter?", "gibt es noch einen Termin nach Ostern?", "avez-vous
# un rendez-vous après Pâques ?", "bayramdan sonraki hafta randevu var mı", "есть запись на
# неделе после праздников?", "عندكم مواعيد بعد العيد؟"), a day the writer offers ("I can come
# Thursday", "ich kann Donnerstag kommen", "je peux venir jeudi", "perşembe gelebilirim", "могу
# приехать в четверг", "اقدر اجي يوم الخميس"), a visit asked on a named day ("can I have the
# consultation on Saturday?", "Geht die Beratung am Samstag?", "la consultation samedi, c'est
# possible ?", "cumartesi muayene olur mu", "можно консультацию в субботу?", "ممكن الاستشارة يوم
# السبت؟"), and a booking said missing from the system ("my appointment doesn't show in the
# system", "mein Termin wird nicht angezeigt", "mon rendez-vous n'apparaît pas", "randevum
# görünmüyor", "моей записи нет в системе", "موعدي مو طالع بالنظام"): each waits on the
# coordinator's calendar.
_WEEKDAYS_DE = r"(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\w*"
_WEEKDAYS_FR = r"(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_WEEKDAYS_TR = r"(pazartesi|salı|sali|çarşamba|carsamba|perşembe|persembe|cuma|cumartesi|pazar)\w*"
_WEEKDAYS_RU = r"(понедельник|вторник|сред[уа]|четверг|пятниц[уа]|суббот[уа]|воскресенье|выходн\w*)"
_WEEKDAYS_AR = r"(ال)?(اثنين|إثنين|ثلاثاء|اربعاء|أربعاء|خميس|جمعه|جمعة|سبت|احد|أحد)"
# today, tonight or tomorrow, for a visit asked that day (the thirty-seventh round's)
_SAME_DAY_EN = r"(today|tonight|tomorrow|this (morning|afternoon|evening))\b"
_SAME_DAY_DE = r"(heute|morgen)( (noch|abend|nachmittag|vormittag|früh|fruh))*"
_SAME_DAY_FR = r"(aujourd'hui|aujourd hui|ce soir|ce matin|cet apr[eè]s-midi|demain)\b"
_SAME_DAY_TR = r"(bugün|bugun|yarın|yarin|bu akşam|bu aksam)"
_SAME_DAY_RU = r"(сегодня|завтра)\b"
_SAME_DAY_AR = r"(اليوم|بكره|بكرة|بكرا|الليله|الليلة|المسا|العصر)"
_SLOT_ASKED = [
    r"\b(is there|are there|do you have|have you got|would you have) (still )?(an? |any )?(free )?(appointments?|openings?)\b",
    r"\b(gibt es|haben sie|habt ihr|hätten sie) (noch )?(einen |ein paar )?(freien |freie )?termine?\b",
    r"\b(avez-vous|vous avez|y a-t-il|il y a|auriez-vous) (encore )?(un |des )?(rendez-vous|rdv)\b(?! (à|a) \d)",
    r"\brandevu(nuz|lar)?\w* (var m|kaldı m|kaldi m|bulunur m)",
    r"есть (ли )?(\w+ )?(запись|при[её]м|окошк\w*)\b",
    r"(فيه|عندكم|عندك|في) (اي |أي )?مواعيد|(فيه|عندكم) (اي |أي )?موعد",
    r"\b(i|we) (can|could) (come|make it|do) (in )?(on )?(the )?(next |this )?" + _WEEKDAYS + r"\b",
    r"\b(ich|wir) (kann|könnte|können|könnten) (\w+ )?(am |an einem |nächsten |diesen )?"
    + _WEEKDAYS_DE
    + r"\b.{0,15}\b(kommen|vorbeikommen|da sein)\b",
    r"\b(je peux|je pourrais|on peut|on pourrait|nous pouvons|je suis dispo\w*|je suis disponible) (venir |passer )?(le |ce |un )?"
    + _WEEKDAYS_FR
    + r"\b",
    r"\b"
    + _WEEKDAYS_TR
    + r" (\w+ )?(gelebilirim|gelebiliriz|gelirim|geliriz|müsaitim|musaitim|uygunum)\b",
    r"(могу|смогу|можем|сможем) (приехать|прийти|подойти|быть) (в|во) " + _WEEKDAYS_RU,
    r"(اقدر|أقدر|بقدر|نقدر|بنقدر) (اجي|أجي|نجي|اجيكم|أجيكم|اكون عندكم) (يوم )?" + _WEEKDAYS_AR,
    r"\b(can|could) (i|we) (have|do|get|book|come for) (the |my |a |an )?(\w+ )?(consultation|consult|appointment|check-?up|visit|scan)\b.{0,10}\bon (a )?"
    + _WEEKDAYS
    + r"\b",
    r"\b(geht|ginge|wäre|kann ich|könnte ich|können wir)\b.{0,30}\b(beratung|termin|untersuchung|kontrolle|konsultation)\w*.{0,15}\b(am|an einem) "
    + _WEEKDAYS_DE,
    r"\b(la |une |le |ma |mon )?(consultation|rendez-vous|rdv|visite|contrôle|controle)\b (\w+ )?(le |ce )?"
    + _WEEKDAYS_FR
    + r"\b.{0,25}(possible|\?)",
    r"\b"
    + _WEEKDAYS_TR
    + r" (\w+ )?(muayene|randevu|görüşme|konsültasyon|kontrol)\w* (olur m|olabilir m|mümkün m|yapılabilir m|alabilir m)",
    r"можно (ли )?(\w+ )?(консультаци|при[её]м|осмотр|встреч)\w* (в|во|на) " + _WEEKDAYS_RU,
    r"(ممكن|اقدر|أقدر|يصير|ينفع) (ال)?(استشاره|استشارة|كشف|موعد|معاينه|معاينة)\w* (يوم )?"
    + _WEEKDAYS_AR,
    # one day put in place of another ("the 19th rather than the 12th", "anstelle vom 12.",
    # "le 19 plutôt que le 12", "12 aralık yerine 19 aralık", "19-го, а не 12-го", "19 بدال 12"):
    # a date moved ("instead of", "statt", "au lieu", "вместо" and "بدل" are read already)
    r"\brather than (on )?(the )?(\d{1,2}(st|nd|rd|th)?\b|" + _WEEKDAYS + r"\b)",
    r"\banstelle (vom|von|des) (\d{1,2}\.|" + _WEEKDAYS_DE + r"\b)",
    r"\bplut[ôo]t que (le |la |pour le )?(\d{1,2}\b|" + _WEEKDAYS_FR + r"\b)",
    r"(\b\d{1,2}\.?( \w+)?|\b" + _WEEKDAYS_TR + r"|\btarih\w*|\bgün\w*|\bsaat\w*) yerine\b",
    r"(\b\d{1,2}(-?го)?( \w+)?|" + _WEEKDAYS_RU + r"),? а не (\d|" + _WEEKDAYS_RU + r")",
    # the same the other way round ("не 12-го, а 19-го", "не во вторник, а в четверг") (the
    # thirty-eighth round's)
    # (a bare number only after the operation or visit it dates: "болит не 2, а 3 дня" counts days)
    r"\bне (\d{1,2}-?го|(в |во )?"
    + _WEEKDAYS_RU
    + r"),? а (\d{1,2}\b|(в |во )?"
    + _WEEKDAYS_RU
    + r")|(операци|консультаци|при[её]м|запис|процедур)\w* (\w+ )?не \d{1,2},? а \d{1,2}\b(?! ?(дн|день|недел|час|мин|месяц|раз|сут))",
    r"(بدال|عوض|عوضا عن|عوضاً عن) (يوم )?(\d|" + _WEEKDAYS_AR + r")",
    r"\b(my )?(appointment|booking|reservation)\b.{0,30}\b(doesn'?t|does not|isn'?t|is not|not) (show(ing)?|appear(ing)?|visible|in the system|there)\b|\bcan'?t (find|see) my (appointment|booking|reservation)\b",
    r"\b(termin|buchung)\w*.{0,30}\b(wird nicht angezeigt|nicht (im system|sichtbar|zu sehen|zu finden|mehr da|angezeigt)|finde (ich )?(ihn |sie )?nicht)",
    r"\b(rendez-vous|rdv|réservation)\b.{0,30}\b(n'appara[iî]t (pas|plus)|pas dans (le|votre) système|introuvable|je ne (le |la )?(trouve|vois) (pas|plus))",
    r"\brandevu\w*.{0,20}\b(görünmüyor|gözükmüyor|çıkmıyor|cikmiyor|bulunamadı|sistemde yok)",
    r"(запис[ьиеюя]|брон[ьи]|бронировани\w*).{0,30}(не (отображается|видно|вижу|нахожу|найти|показывается)|нет в системе|пропал\w*)",
    r"(موعدي|الموعد|حجزي|الحجز).{0,30}(مو طالع|مش طالع|ما طالع|مش ظاهر|مو ظاهر|ما يظهر|مش موجود|مو موجود|اختفى)",
    # a visit asked for today or tomorrow, as for a named day above ("could I come in for the
    # consultation today?", "kann ich heute noch zur Voruntersuchung kommen?", "je peux venir à la
    # consultation aujourd'hui ?", "konsültasyonu bugün akşama alabilir misiniz?", "можно сегодня
    # приехать на консультацию?", "ممكن أجي للاستشارة اليوم؟") (the thirty-seventh round's): the
    # visit verb or the consultation is the booking; "can I shower today?", "kann ich morgen nach
    # Hause kommen?" name no visit
    r"\b(can|could|may) (i|we) (come|pop|drop|stop)( (in|by|over|round))?( (to|for) (the |my |a |an |your )?(\w+ )?(clinic|office|consultation|consult|appointment|check-?up|visit|scan|examination))?,? "
    + _SAME_DAY_EN,
    r"\b(can|could|may) (i|we) (have|get|do|book) (the |my |a |an )?(\w+ )?(consultation|consult|appointment|check-?up|visit|scan)\b,? "
    + _SAME_DAY_EN,
    r"\b(kann|könnte|konnte|könnten|konnten|darf|dürfte|durfte|können|konnen) (ich|wir) (\w+ )?"
    + _SAME_DAY_DE
    + r"( (zur|zum) (\w+ )?\w*(untersuchung|beratung|kontrolle|termin|sprechstunde|konsultation|gespräch|gesprach)\w*| (in die|zu ihnen in die) (praxis|klinik))? (vorbeikommen|vorbeischauen|reinkommen|kommen)\b",
    r"\b(je peux|je pourrais|puis-je|pourrais-je|on peut|on pourrait|nous pouvons|peut-on) (venir|passer)( (a|au|pour) (la |le |l')?(consultation|rendez-vous|rdv|visite|controle|contrôle|cabinet|clinique|consult))?,? "
    + _SAME_DAY_FR,
    r"\b(konsültasyon|konsultasyon|muayene|randevu|görüşme|gorusme|kontrol)\w* (\w+ )?"
    + _SAME_DAY_TR
    + r"\w* (\w+ )?(alabilir|olur m|olabilir|mümkün|mumkun|yapabilir|yapılabilir|yapilabilir)\w*|\b"
    + _SAME_DAY_TR
    + r"\w* (\w+ ){0,2}(gelebilir|uğrayabilir|ugrayabilir)\w* (miyim|miyiz|mıyım|mıyız)",
    r"(можно|могу|смогу|можем|сможем)( ли)?( я| мы| мне| нам)? "
    + _SAME_DAY_RU
    + r"( \w+)? (приехать|прийти|подойти|заехать|зайти)\b|(можно|могу|смогу|можем|сможем)( ли)?( я| мы| мне| нам)? (приехать|прийти|подойти|заехать|зайти)( на (консультаци\w*|при[её]м|осмотр))? "
    + _SAME_DAY_RU,
    r"(ممكن|اقدر|أقدر|بقدر|نقدر|يصير|ينفع) ?(اجي|أجي|نجي|اجيكم|أجيكم|امر|أمر)( (ال|لل|ل|عال|على ال)?(استشاره|استشارة|كشف|موعد|عياده|عيادة|مراجعه|مراجعة|معاينه|معاينة))? "
    + _SAME_DAY_AR,
    # a visit asked on a named day ("can I come on Thursday instead?", "можно подъехать в
    # субботу?", "в четверг можно подойти?") and one named day put for another ("not on Tuesday
    # but on Thursday", "nicht Dienstag, sondern Donnerstag", "pas mardi mais jeudi", "salı değil
    # perşembe", "не во вторник, а в четверг", "مش الثلاثاء، الخميس") (the thirty-eighth round's):
    # the visit verb before or after the day is the booking, as for today above; something done
    # that day ("в четверг можно снять повязку?", "can I fly home on Saturday?") names no visit
    r"\b(can|could|may) (i|we) (come|pop|drop|stop)( (in|by|over|round))? (on )?(the )?(next |this )?"
    + _WEEKDAYS
    + r"\b",
    r"\b(can|could|may) (i|we) (come|pop|drop|stop)( (in|by|over|round))? not (on )?(the )?"
    + _WEEKDAYS
    + r"\b,? but (on )?(the )?"
    + _WEEKDAYS
    + r"\b",
    r"\b(kann|könnte|darf|können|könnten|dürfen) (ich|wir) (\w+ ){0,3}(am |nächsten |diesen )?"
    + _WEEKDAYS_DE
    + r" (\w+ )?(kommen|vorbeikommen|vorbeischauen|reinkommen)\b",
    r"\b(puis-je|pourrais-je|peut-on|pourrait-on) (venir|passer) (\w+ )?(le |ce )?"
    + _WEEKDAYS_FR
    + r"\b",
    r"\b"
    + _WEEKDAYS_TR
    + r"( değil( de)?,? "
    + _WEEKDAYS_TR
    + r")? (\w+ )?(gelebilir|uğrayabilir|ugrayabilir)\w* (miyim|miyiz|mıyım|mıyız)",
    r"(ممكن|يصير|ينفع) ?(اجي|أجي|نجي|اجيكم|أجيكم|امر|أمر) (يوم )?" + _WEEKDAYS_AR,
    r"(можно|могу|смогу|можем|сможем)( ли)?( я| мы| мне| нам)? (приехать|прийти|подойти|подъехать|заехать|зайти)( к вам)?( не (в|во) "
    + _WEEKDAYS_RU
    + r",?( а)?)? (в|во) "
    + _WEEKDAYS_RU
    + r"|(в|во) "
    + _WEEKDAYS_RU
    + r"( \w+)?,? (можно|могу|смогу|можем|сможем)( ли)?( я| мы| мне| нам)? (приехать|прийти|подойти|подъехать|заехать|зайти)\b",
    # the clinic's opening days asked, as the English table above has it ("are you open on
    # Saturdays?", "habt ihr samstags offen?", "vous êtes ouverts le samedi ?", "cumartesi açık
    # mısınız?", "в субботу вы работаете?", "فاتحين يوم السبت؟"): a visit that day
    r"\b(habt ihr|haben sie|hat die (praxis|klinik)|ist die (praxis|klinik)) (auch )?(am |an )?"
    + _WEEKDAYS_DE
    + r" (auch )?(offen|geöffnet|auf)\b",
    r"\b(vous êtes|êtes-vous|etes-vous|vous etes|la clinique est|le cabinet est|c'est) ouverte?s? (le |les )?"
    + _WEEKDAYS_FR,
    r"\b" + _WEEKDAYS_TR + r" (günleri |gunleri )?(açık|acik) (mısınız|misiniz|mı|mi)\b",
    r"(в|во|по) ("
    + _WEEKDAYS_RU
    + r"|субботам|воскресеньям|выходным)( \w+)? (вы |клиника )?работает\w*|работает\w* (ли )?(вы |клиника )?(в|во|по) ("
    + _WEEKDAYS_RU
    + r"|субботам|воскресеньям|выходным)",
    r"(فاتحين|فاتحه|فاتحة|مفتوحين|شغالين|تشتغلون|تفتحون|تداومون|دوام) (\w+ )?(يوم )?"
    + _WEEKDAYS_AR
    + r"|(يوم )?"
    + _WEEKDAYS_AR
    + r" (\w+ )?(فاتحين|مفتوحين|شغالين|تشتغلون|تفتحون|تداومون)",
]

# An extra charge asked for one item ("do we pay extra?", "faut-il payer un supplément ?",
# "muss ich extra zahlen?", "ekstra ödeme var mı", "надо доплатить?", "لازم ادفع زيادة؟"): what
# the item adds to the price (a price question; beside the hotel or the treatment, that topic).
_EXTRA_CHARGE = (
    r"\b(pay|paying) (\w+ )?extra\b|\bpayer (un |le |des )?suppl\w*|\bextra (be)?zahlen\b"
    r"|\bekstra (ödeme|ücret|ucret|para)|доплат\w*|ادفع (زياده|زيادة|اضافي|إضافي)"
)

# Two weekdays offered as alternatives (see the appointment table)
_DAY_OR_DAY = (
    r"\b"
    + _WEEKDAYS
    + r"\b,? (or|oder) (on |am )?"
    + _WEEKDAYS
    + r"\b|\b"
    + _WEEKDAYS_FR
    + r" ou (le )?"
    + _WEEKDAYS_FR
    + r"\b|\b"
    + _WEEKDAYS_TR
    + r" (mı|mi|mu|veya|ya da|yoksa) "
    + _WEEKDAYS_TR
    + r"|"
    + _WEEKDAYS_RU
    + r" или (в |во )?"
    + _WEEKDAYS_RU
    + r"|"
    + _WEEKDAYS_AR
    + r" (ولا|او|أو|والا) (يوم )?"
    + _WEEKDAYS_AR
)

# A free place asked as a statement with a rising tone, a week or a date after it ("vous avez de
# la place la semaine du 15 ?", "you got room the week of the 15th?", "habt ihr Platz in der
# Woche vom 15.?") (the forty-first round's): the calendar asked; room in the hotel stays the
# trip's (travel outranks the appointment)
_ROOM_ASKED = [
    r"\b(vous avez|vous auriez|auriez-vous|est-ce qu'il (vous )?reste|il y a) (encore )?(de la |des )?(place|places|créneaux?)\b.{0,12}\b(la semaine|le \d|en (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)|début|fin|ce mois|le mois|cette semaine|dans)",
    r"\b(you|ya) (have|got) (any )?(room|space|spots?|openings?)\b.{0,12}\b(the week|in (january|february|march|april|may|june|july|august|september|october|november|december)|on the \d|next|this|early|late)\b",
    r"\b(habt ihr|haben sie|hättet ihr|hätten sie|gibt es) (\w+ )?(noch )?(platz|plätze|einen freien platz)\b.{0,12}\b(in der woche|die woche|im (januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)|am \d|ab dem|anfang|ende|nächste)",
    r"\b(hafta(sı|si|sında|sinda)|ayında|ayinda|başı|basi|sonu|\d{1,2}\.? ?(ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık)\w*) .{0,30}\b(yer|boş yer|yeriniz)\w* (var m|kaldı m|kaldi m)",
    r"(есть|будут|будет|остались|осталось) (ли )?(у вас )?(ещё |еще )?(свободн\w* )?(места|место|окн\w*) (на|в|с) (\w+ )?(недел|числ|дат|\d|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|начал|конц|следующ)",
    r"(في|فيه|عندكم|عندكو) (مكان|محل) (فاضي )?.{0,12}(الاسبوع|الأسبوع|بداية|بدايه|اخر|آخر|شهر|يوم [0-9٠-٩])",
]

# A consultation or an examination asked to be arranged, set up or planned ("can we arrange a
# nose examination in the second week of March?", "können wir eine Voruntersuchung
# vereinbaren?", "on peut organiser une consultation ?", "burun için muayene ayarlayabilir
# miyiz", "можно организовать осмотр?", "ممكن نرتب موعد كشف؟") (the forty-first round's): a
# booking asked, the calendar's to answer; arranging the transfer or the payment names no visit
_VISIT_ARRANGED = [
    r"\b(arrange|set up|organi[sz]e|plan|fix up|line up)\b (\w+ ){0,2}(consultation|consult|examination|exam|check-?up|assessment|visit)\b",
    r"\b(voruntersuchung|untersuchung|beratung|konsultation|vorgespräch)\w* (\w+ ){0,3}(vereinbaren|ausmachen|organisieren|einplanen|ansetzen|einrichten)\b",
    r"\b(organiser|caler|fixer|planifier|programmer) (\w+ )?(un|une|la|le|mon|ma|notre) (\w+ )?(consultation|consult|examen|bilan|rdv|rendez-vous|visite)\b",
    r"\b(muayene|konsültasyon|konsultasyon|görüşme)\w* (\w+ )?(ayarla|planla|organize ed|organize et|ayarlan)\w*",
    r"(организовать|назначить|устроить|запланировать|согласовать) (\w+ )?(консультаци|осмотр|при[её]м)\w*",
    r"(نرتب|ترتب|ترتبوا|رتبوا|رتبولي|ترتيب|نحدد|تحددوا|نظبط|تظبطوا) (\w+ )?(ال)?(موعد|كشف|استشاره|استشارة|معاينه|معاينة)",
]

# A visit asked as held on a day of the week or at the weekend, as a rule ("do you do
# consultations on Saturdays?", "gibt es die Beratung auch samstags?", "vous faites des
# consultations le samedi ?", "cumartesi günleri muayene var mı?", "консультации по субботам
# бывают?", "فيه استشارات يوم السبت؟") (the forty-second round's): the clinic's days asked,
# which the coordinator's calendar answers (``request_info``); the writer's job or week told
# before it is only the reason. A visit done that day ("my consultation at the weekend went
# well") or a thing done at the weekend after it asks nothing of the calendar: the ask verb of
# an offer (do you do, is there, gibt es, y a-t-il, var mı, бывают, فيه) or the visit said
# possible comes first, the day right after the visit
_VISIT_EN = (
    r"(consultations?|consults?|appointments?|check-?ups?|examinations?|exams?|assessments?)"
)
_ON_DAYS_EN = (
    r"(on (the )?(saturday|sunday|monday|tuesday|wednesday|thursday|friday)s|on (a |the )?(saturday|sunday)"
    r"|(at|on|over) (the )?weekends?)"
)
_VISIT_DE = (
    r"(konsultation|beratung|voruntersuchung|untersuchung|termin|sprechstunde|vorgespräch)\w*"
)
_ON_DAYS_DE = (
    r"(samstags|sonntags|montags|dienstags|mittwochs|donnerstags|freitags|wochenends"
    r"|am wochenende|an wochenenden|am (samstag|sonntag)|an (einem |den )?(samstag|sonntag)(en)?)"
)
_VISIT_FR = r"(consultations?|rendez-vous|rdv|examens?|bilans?|visites?|contr[ôo]les?)"
_ON_DAYS_FR = (
    r"((le|les) (samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi)s?|(le|les|en|ce) week-?ends?)"
)
_VISIT_TR = r"(muayene|konsültasyon|konsultasyon|görüşme|gorusme|randevu|kontrol)\w*"
_ON_DAYS_TR = r"(cumartesi|pazar|hafta ?sonu|hafta ?sonları|haftasonu)\w*( günleri| gunleri| günü| gunu)?( de| da)?"
_VISIT_RU = r"(консультаци|при[её]м|осмотр)\w*"
_ON_DAYS_RU = (
    r"(по (субботам|воскресеньям|выходным|понедельникам|вторникам|средам|четвергам|пятницам)"
    r"|в выходные|в (субботу|воскресенье))"
)
_VISIT_AR = r"(ال)?(استشاره|استشارة|استشارات|كشف|معاينه|معاينة|مواعيد|موعد)"
_ON_DAYS_AR = (
    r"((يوم|ايام|أيام|كل) (ال)?(سبت|جمعه|جمعة|احد|أحد)|(ب|في |فى )?(ال)?(ويكند|ويك اند)"
    r"|(في |ب)?(نهاية|نهايه|اخر|آخر) (ال)?(اسبوع|أسبوع))"
)
# (the day ends the clause: "are the examinations on Saturdays painful?" asks no day)
_CLAUSE_ENDS_EN = r"( too| as well| also)?\s*([?.!,]|$)"
_CLAUSE_ENDS_FR = r"( aussi| également| matin| après-midi)?\s*([?.!,]|$)"
_VISIT_ON_DAYS = [
    rf"\b(do|does|can|could|would|will) (you|you guys|the clinic|the doctor|the surgeon|they) (also |even )?(do|offer|have|hold|run|give|take) (\w+ )?{_VISIT_EN}\b (\w+ )?(also )?{_ON_DAYS_EN}{_CLAUSE_ENDS_EN}",
    rf"\b(is|are) (there )?(also )?(the |a |any |my )?(\w+ )?{_VISIT_EN}\b (also |even )?(possible |available |offered |held |open )?(also )?{_ON_DAYS_EN}{_CLAUSE_ENDS_EN}",
    rf"\bcan (the|a|my) (\w+ )?{_VISIT_EN}\b (also )?be (held |done |booked )?{_ON_DAYS_EN}{_CLAUSE_ENDS_EN}",
    rf"\b(gibt'?s|gibt es|macht ihr|machen sie|habt ihr|haben sie|bietet ihr|bieten sie|geht|ginge|wäre|ist) (\w+ ){{0,2}}{_VISIT_DE} (auch |denn |überhaupt )*{_ON_DAYS_DE}( auch| noch)?\s*([?.!,]|$)",
    rf"\b{_VISIT_DE} (auch |denn )?{_ON_DAYS_DE} (auch )?(möglich|machbar|drin)\b",
    rf"\b(vous faites|faites-vous|vous (donnez|proposez|avez|recevez|prenez)|y a-t-il|il y a|est-ce qu'il y a|c'est possible|est-ce possible) (aussi |également )?(des |les |une |la |un |le )?(\w+ )?{_VISIT_FR} (aussi |également )?{_ON_DAYS_FR}{_CLAUSE_ENDS_FR}",
    rf"\b{_VISIT_FR} (\w+ )?(est |sont )?(aussi |également )?(possibles?|faisables?) (aussi )?{_ON_DAYS_FR}{_CLAUSE_ENDS_FR}",
    rf"\b{_ON_DAYS_TR} (\w+ )?{_VISIT_TR} (var m|yapıyor mu|yapiyor mu|yapıyor musunuz|yapiyor musunuz|yapılıyor mu|yapiliyor mu|oluyor mu|veriyor musunuz|alıyor musunuz|aliyor musunuz)",
    rf"\b{_VISIT_TR} (\w+ )?{_ON_DAYS_TR} (var m|yapılıyor m|yapiliyor m|oluyor m|olur m|mümkün m|mumkun m|yapıyor m|yapiyor m)",
    rf"(есть|бывают|бывает|проводите|проводятся|проводится|делаете|ведёте|ведете|принимаете)( ли)? (\w+ ){{0,2}}{_VISIT_RU} (\w+ )?{_ON_DAYS_RU}",
    rf"{_VISIT_RU} (\w+ )?{_ON_DAYS_RU} (\w+ )?(есть|бывают|бывает|проводите|проводятся|проводится|делаете|возможн\w*|можно)",
    rf"{_ON_DAYS_RU} (\w+ )?(есть|бывают|проводите|проводятся|делаете|можно)( ли)? (\w+ )?{_VISIT_RU}",
    rf"(فيه|في|عندكم|تسوون|تعملون|بتعملوا|بتعملو|متاح|متاحه|متاحة|ممكن|يصير|ينفع) (\w+ )?{_VISIT_AR} (\w+ )?{_ON_DAYS_AR}",
    rf"{_VISIT_AR} (\w+ )?(متاح|متاحه|متاحة|موجود|موجوده|موجودة|ممكنه|ممكنة|ممكن) (\w+ )?{_ON_DAYS_AR}",
]

# Where a paper is to be sent asked: here in the chat or by e-mail or post ("shall I send it
# here or by email?", "schick ich euch das hier oder per Mail?", "je vous l'envoie ici ou par
# mail ?", "buraya mı atayım maile mi?", "сюда скинуть или на почту?", "ابعتها هنا ولا
# عالايميل؟") and where to send it ("where should I send the letter?") (the forty-second
# round's): a document asked of its way in, whatever it tells (a GP's note on allergies is a
# paper for the surgeon); the deposit sent there stays a payment and the flight times the trip's
# (both outrank documents)
_HERE_EN = r"(here|on whatsapp|in (this|the) chat|on this chat)"
_BY_MAIL_EN = r"(by|via|per|through|over) (e-?mail|mail|post|the portal)|to (your|the) (e-?mail|mail)( address)?"
_WHERE_TO_SEND = [
    rf"\b(send|email|e-mail|forward|upload|post)\w* (it|them|this|that|(the|my|a|his|her) \w+( \w+)?)( to you)? {_HERE_EN},? or ({_BY_MAIL_EN})\b",
    rf"\b(send|email|e-mail|forward|upload|post)\w* (it|them|this|that|(the|my|a|his|her) \w+( \w+)?)( to you)? ({_BY_MAIL_EN}),? or {_HERE_EN}",
    r"\bwhere (do|should|shall|can|would) (i|we) (send|email|e-mail|forward|upload|post) (it|them|this|that|(the|my|a|his|her) (?!money|cash|funds)\w+)",
    r"\b(schick|schicke|send|sende|mail|maile|lad|lade)\w* (ich |wir )?(\w+ ){0,3}(hier|per whatsapp|im chat|in den chat)( rein| hoch)?,? oder (per|über|via|als|an die|an eure|an ihre) (e-?mail|mail|post|portal)",
    r"\b(schick|schicke|send|sende|mail|maile|lad|lade)\w* (ich |wir )?(\w+ ){0,3}(per|über|via|als) (e-?mail|mail|post),? oder (hier|per whatsapp|im chat)",
    r"\bwohin (soll|kann|darf|muss) (ich|wir) (\w+ ){0,3}(schicken|senden|mailen|hochladen)\b|\bwohin (schick|schicke|sende|maile) (ich|wir)\b",
    r"\b(je vous l'envoie|je l'envoie|je vous les envoie|je les envoie|j'envoie|je vous envoie|je vous la transmets|je vous le transmets|je dois l'envoyer|je dois les envoyer|envoyer|transmettre)\b.{0,30}\b(ici|sur whatsapp|par whatsapp|dans le chat|sur le chat),? ou (par|sur|via|à|a) (e-?mail|mail|courriel|la poste|courrier|le portail|votre adresse)",
    r"\b(je vous l'envoie|je l'envoie|je vous les envoie|je les envoie|j'envoie|envoyer)\b.{0,30}\b(par|via) (e-?mail|mail|courriel|courrier),? ou (ici|sur whatsapp|dans le chat)",
    r"\bo[ùu] (est-ce que je |je dois |dois-je |je peux |puis-je )(vous )?(l'|les |le |la )?(envoie|envoyer|transmets|transmettre)\b|\b(l'|les |le |la )(envoie|envoyer|transmets|transmettre) o[ùu]\s*\?",
    r"\b(buraya|buradan|whatsapp'?(a|tan|dan)|sohbete) m[ıi] (at|gönder|gonder|yolla|ilet)\w*,? (yoksa |ya da |veya )?(mail|e-?posta|posta|maile|e-?postaya)\w* m[ıi]",
    r"\b(mail|e-?posta)\w* m[ıi] (at|gönder|gonder|yolla|ilet)\w*,? (yoksa |ya da |veya )?(buraya|whatsapp'?(a|tan|dan))",
    r"\b(nereye|hangi adrese) (at|gönder|gonder|yolla|ilet)(ayım|eyim|ayim|elim|alım|alim|mam|meliyim|malıyım|maliyim)",
    r"(сюда|здесь|в чат|в этот чат|в вотсап|в whatsapp|в ватсап) (\w+ )?(отправ|скин|присла|прислат|пришл|переда|кин)\w*,? или (на (почту|e-?mail|имейл|емейл|мейл)|по (почте|e-?mail|имейлу|емейлу))",
    r"(отправ|скин|присла|пришл|переда|кин)\w* (\w+ )?(\w+ )?(сюда|здесь|в чат|в вотсап|в ватсап),? или (на|по) (почт|e-?mail|имейл|емейл|мейл)\w*",
    r"куда (\w+ )?(отправить|прислать|скинуть|переслать|отправлять|присылать)\b(?! (\w+ )?(деньг|сумм|оплат))",
    r"(ابعت|ابعث|ارسل|أرسل|نرسل|ابعتها|ابعتهم|ابعته|ابعثها|ارسلها|أرسلها|ارسلهم)\w* (\w+ )?(هنا|هون|على الواتس|عالواتس|واتساب|بالشات) (ولا|او|أو|والا|وإلا) (عال|على ال|على |ب|بال)?(ايميل|إيميل|اميل|بريد|الايميل|الإيميل|البريد)",
    r"(وين|فين|لوين|على وين) (\w+ )?(ابعت|ابعث|ارسل|أرسل|نرسل|ابعتها|ابعثها|ارسلها|أرسلها)",
]

# The month names, for a date with a clock time (:data:`WEEKDAY_TIME`) and a date asked as free,
# and a visit asked on a date (:data:`_COME_ON_DATE`).
_MONTH_NAMES = (
    r"(january|february|march|april|may|june|july|august|september|october|november|december"
    r"|januar|februar|märz|maerz|mai|juni|juli|oktober|dezember"
    r"|janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
    r"|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık"
    r"|январ\w*|феврал\w*|марта?|апрел\w*|мая|июн\w*|июл\w*|августа?|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*"
    r"|يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر)"
)

# A visit asked as possible on a calendar date ("can I come on 12 March?", "kann ich am 12. März
# kommen?", "je peux venir le 12 mars ?", "12 martta gelebilir miyim", "можно приехать 12
# марта?", "ممكن اجي يوم 12 مارس؟") (the forty-fourth round's): whether the clinic can see the
# writer that day is the calendar's question, whatever else the message names (the surgeon's
# week, the operation). A date told ("I come on 12 March", "12 martta geliyorum") asks nothing.
_DAY_MONTH = r"\d{1,2}(\.|st|nd|rd|th|er)? ?(of )?" + _MONTH_NAMES
_COME_ON_DATE = [
    r"\b(can|could|may) (i|we|she|he|they|my \w+) (\w+ )?(come|visit|come over|come in)\b.{0,12}\b(on )?(the )?"
    + _DAY_MONTH,
    r"\b(kann|könnte|darf|können|dürfen|könnten) (ich|wir|sie|er|man) (\w+ ){0,2}(am|ab dem|den) "
    + _DAY_MONTH
    + r"\w* (\w+ )?(kommen|vorbeikommen|anreisen)\b",
    r"\b(je peux|puis-je|peut-on|on peut|pourrais-je|est-ce que je peux|est-ce qu'on peut|peut-elle|peut-il) (\w+ )?(venir|passer)\b.{0,10}\b(le )?"
    + _DAY_MONTH,
    r"\b\d{1,2}\.? ?(ocak|şubat|subat|mart|nisan|mayıs|mayis|haziran|temmuz|ağustos|agustos|eylül|eylul|ekim|kasım|kasim|aralık|aralik)\w*?'?(d|t)[ae] (\w+ )?gel(ebilir|ebil|sem|sek)\w* m[ıiuü]",
    r"(можно|могу ли я|могу я|можем ли мы|можно ли (мне|нам)?) ?(\w+ )?(приехать|прийти|подъехать)\b.{0,10}\d{1,2} "
    + _MONTH_NAMES,
    r"\d{1,2} "
    + _MONTH_NAMES
    + r".{0,15}(можно|могу|можем)( ли)? (\w+ )?(приехать|прийти|подъехать)",
    r"(ممكن|اقدر|أقدر|ينفع|بقدر|نقدر|هل يمكن) (اجي|آجي|أجي|نجي|نيجي|اجيكم|آجيكم|احضر|أحضر|نحضر|اوصلكم)\w*.{0,15}\d{1,2} ?"
    + _MONTH_NAMES,
]

# A date or a day named in place of another (see the appointment table)
_INSTEAD_OF_DATE = (
    r"\binstead of (on )?(the )?(\d{1,2}(st|nd|rd|th)?\b|"
    + _WEEKDAYS
    + r")|\b(statt|anstatt) (am |dem |den )?(\d{1,2}\.|"
    + _WEEKDAYS_DE
    + r")|\bau lieu (du \d{1,2}\b|de (\w+ )?"
    + _WEEKDAYS_FR
    + r")|(\d{1,2}\.? ?\w+|"
    + _WEEKDAYS_TR
    + r") yerine\b|вместо (\d{1,2}\b|понедельник\w*|вторник\w*|сред[ыу]|четверг\w*|пятниц[ыу]|суббот[ыу]|воскресень\w*)|(بدل|بدال|عوض) (يوم )?([0-9٠-٩]{1,2}|"
    + _WEEKDAYS_AR
    + r")"
)

# The forty-sixth round's: how many days to stay at the place of the operation asked -- the city,
# the country or "on site" named ("how many days do I have to stay in Istanbul after the tummy
# tuck?", "wie viele Tage muss ich in Istanbul bleiben?", "combien de jours dois-je rester sur
# place ?", "İstanbul'da kaç gün kalmam gerekiyor?", "сколько дней нужно пробыть в Стамбуле?",
# "كم يوم لازم اقعد في اسطنبول؟"): the trip's length, the travel desk's question (the hotel,
# the return flight) -- when it is the message's only question (``triage._by_rules``): "how many
# days in Istanbul after a rhinoplasty? and does the packing hurt?" asks the treatment (dev19,
# dev24); "how long is the recovery?" or "after how many days can I fly?" names no place and
# stays the recovery asked. Each pattern runs on to the end of its question, stopping at a
# second one joined by "and" ("... in Istanbul bleiben und kann ich mit ASS operiert werden?")
_STAY_TO_QUESTION_END = r"(?:(?!\b(and|und|et|ve|и|а|or|oder|ou|или)\b|\s(و|و )?(هل|ممكن|كيف|متى|امتى|شو|ايش)(?!\w))[^.!?؟\n])*[?؟]?"
_STAY_PLACE_EN = (
    r"(in (istanbul|turkey|antalya|izmir|the city|the country)|here|there|on site|locally)"
)
STAY_ASKED: list[str] = [
    rf"\bhow (many days|many nights|many weeks|long) (do|should|must|would|will|shall) (i|we) (need to |have to )?(stay|remain|be) (\w+ ){{0,4}}{_STAY_PLACE_EN}\b"
    + _STAY_TO_QUESTION_END,
    r"\bwie (viele tage|viele nächte|viele wochen|lange) (muss|sollte|soll|müsste|müssen|sollten) (ich|wir) (\w+ ){0,5}(in (istanbul|der türkei|antalya|izmir)|vor ort|dort|da) (bleiben|sein)\b"
    + _STAY_TO_QUESTION_END,
    r"\bcombien de (jours|nuits|semaines|temps) (dois-je|je dois|faut-il|il faut|devrais-je|je devrais|on doit|doit-on) (\w+ ){0,3}(rester|séjourner) (\w+ ){0,4}(à (istanbul|antalya|izmir)|en turquie|sur place|là-bas)"
    + _STAY_TO_QUESTION_END,
    r"(\b(istanbul|türkiye|antalya|izmir|burada|orada)\w*['’]?\w* (\w+ ){0,3}kaç (gün|gece|hafta) (kal)\w*"
    r"|\bkaç (gün|gece|hafta) (\w+ ){0,2}(istanbul|türkiye|antalya|izmir|burada|orada)\w*['’]?\w* (kal)\w*)"
    + _STAY_TO_QUESTION_END,
    r"сколько (дней|ночей|недель|времени) (\w+ ){0,3}(нужно|надо|придётся|придется|стоит|должн\w*) (\w+ ){0,3}(пробыть|остаться|оставаться|находиться|жить|провести) (\w+ ){0,3}(в стамбуле|в турции|в анталии|на месте|там)"
    + _STAY_TO_QUESTION_END,
    r"(كم|قديش|اد ايه|قد ايه) (يوم|ليله|ليلة|ايام|أيام|اسبوع|أسبوع) (\w+ ){0,3}(اقعد|أقعد|ابقى|أبقى|اجلس|أجلس|اظل|أظل|نقعد|نبقى|نظل) (في|ب) ?(اسطنبول|إسطنبول|تركيا|انطاليا|أنطاليا|البلد)"
    + _STAY_TO_QUESTION_END,
]

# The forty-sixth round's: when to book the date asked ("when should I book the operation so that
# I am there ten days?", "wann sollte ich den Termin legen?", "quand dois-je fixer la date ?",
# "ameliyat tarihini ne zaman ayarlamalıyım?", "когда лучше назначить операцию?", "امتى احجز
# الموعد؟"): the stay or the flight told beside it is the reason, the ask is the booking; "when
# should I book the flight?" names no visit and stays the trip's
WHEN_TO_BOOK: list[str] = [
    r"\bwhen (should|shall|do|would|can|must) (i|we) (book|schedule|set|fix|plan|put|arrange) (in )?(the |my |our |a )?(date|appointment|operation|surgery|procedure|consultation|op)\b",
    r"\bwann (sollte|soll|muss|kann|sollten|können|müssen) (ich|wir) (den |einen |meinen |die |unseren )?(termin|op-termin|eingriff|op|operation|beratung)\w* (\w+ ){0,2}(legen|buchen|machen|ansetzen|vereinbaren|planen|festlegen|ausmachen)\b",
    r"\bquand (dois-je|devrais-je|faut-il|est-ce que je dois|je dois|puis-je|doit-on|on doit) (prendre|fixer|réserver|reserver|caler|planifier|programmer|booker) (le |mon |la |une |un |ma )?(rendez-vous|rdv|date|opération|operation|intervention|consultation)",
    r"\b(randevu|ameliyat|operasyon|muayene)\w* (tarihini |gününü |günü |tarihi )?(ne zaman|hangi tarihe|hangi güne) (al|ayarla|koy|planla|ver|belirle|yap)\w*|\bne zaman (randevu|ameliyat tarihi) (al|ayarla|belirle)\w*",
    r"когда (мне |нам )?(лучше |нужно |стоит |надо )?(назначить|записаться|запланировать|бронировать|забронировать|ставить|поставить) (\w+ ){0,2}(операци|дат|при[её]м|консультаци|запис)\w*",
    r"(متى|امتى|إمتى|ايمتى|امتا) (لازم |المفروض |الافضل |الأفضل |احسن |أحسن )?(احجز|أحجز|نحجز|احدد|أحدد|نحدد|اثبت|أثبت|اخذ|آخذ|اخد|ناخد) (ال)?(موعد|ميعاد|عمليه|عملية|تاريخ)",
]

# The forty-sixth round's: the clinic's invitation letter asked, with what it is for -- the
# embassy, the consulate, the visa ("can you send me an invitation letter for the embassy?",
# "ein Einladungsschreiben für die Botschaft", "une lettre d'invitation pour le visa", "vize için
# davet mektubu", "приглашение для визы", "خطاب دعوة للسفارة عشان الفيزا"): a paper the clinic
# writes, the documents intent -- unless the trip is asked outside it ("do I need a visa? can you
# send an invitation letter?" asks the visa, ``triage._by_rules``)
_LETTER_PURPOSE = (
    r"(?:(?:(?!need|brauch|faut|gerek|нужн|надо|محتاج|احتاج|لازم)[^.!?؟\n]){0,25}?"
    r"(embassy|consulate|visa|botschaft|konsulat|visum|ambassade|consulat|elçilik|konsolosluk|vize"
    r"|посольств\w*|консульств\w*|виз[аыуе]\b|(ال)?(سفاره|سفارة|قنصليه|قنصلية|فيزا|فيزه|تأشيرة|تأشيره|تاشيرة)))"
)
INVITATION_LETTER: list[str] = [
    rf"(\b(an? |the )?(invitation|invite) letter\b|\bletter of invitation\b|\beinladungs(schreiben|brief)\b|\beinladung\b(?= (für|an) )"
    rf"|\blettre d'invitation\b|\bdavet (mektub|yazı|belge)\w*|\bdavetiye\w*"
    rf"|пригласительн\w* (письм\w*|документ\w*)|письм\w* (-|с )?приглашени\w*|приглашени\w*(?= (для|на|в) )"
    rf"|(خطاب|جواب|رسالة|رساله|ورقة|ورقه) (ال)?(دعوه|دعوة)){_LETTER_PURPOSE}?{_LETTER_PURPOSE}?",
    # (the Turkish purpose comes first: "vize için davet mektubu")
    r"\b(vize|elçilik|konsolosluk)\w* (için )?(bir )?(davet (mektub|yazı|belge)\w*|davetiye\w*)",
]

# "uygun," said of a date is a booking agreed ("Salı uygun, görüşürüz"); after the question
# particle it is asked, and an alternative asked ("tüp mide mi bypass mı bana uygun, 118
# kilo", "FUE mi DHI mi bize uygun") is which treatment suits the writer: no date agreed (the
# forty-seventh round's). Dates still ask a booking by their own words (``weekday_time``).
_SUITS_SAID = (
    r"(?<!\bm[iu] )(?<!\bm[iu] bana )(?<!\bm[iu] bize )(?<!\bm[iu] benim icin )uygun(dur)?,"
)


INTENTS: dict[str, list[str]] = {
    "payment": [
        # an extra charge asked for an item ("is the room a double or do we pay extra?", "il faut
        # payer un supplément ?", "extra zahlen", "ekstra ödeme", "доплатить", "ادفع زيادة") is
        # what the item costs, no payment made: see ``_EXTRA_CHARGE``
        r"\b(pay(?! (\w+ )?extra\b)|paid|paying|payment|deposit|bank transfer|wire transfer|installments?|refund|credit card|paypal|cash|invoice paid)\b",
        r"\b((?<!ekstra )ödeme|öde(dim|yebilir|mek|yeceğim)|kapora|kaparo|depozito|havale|eft|taksit|iade|kredi kart|nakit|dekont)",
        r"\b(zahlung|bezahl|(?<!extra )zahlen|anzahlung|überweisung|überwiesen|kreditkarte|raten|rückerstattung|barzahlung)",
        # the bank details of a transfer about to be made ("die IBAN ... bevor ich überweise")
        r"\b(iban|swift|bic|bankverbindung|kontoverbindung|bank details|überweise\w*|empfänger\w*|rib)\b",
        # German compounds end in their head: Restzahlung, Kartenzahlung, Ratenzahlung, Vorkasse
        # (the health insurer, "Krankenkasse", "Pflegekasse", is no till)
        r"\w(zahlung|überweisung|erstattung|(?<!kranken)(?<!pflege)kasse)\b|\bbar oder (mit )?karte\b",
        r"\b(paiement|payer(?! (un |le |des )?suppl)|payé(?!r)|acompte|virement|carte bancaire|carte de crédit|rembours|espèces|versement)",
        # (the future "оплачу" and the bank details, "реквизиты", too: the fortieth round's)
        r"((?<!д)опла[тч]|реквизит|платеж|платёж|предоплат|депозит|банковский перевод|перевести деньги|рассрочк|возврат денег|наличн|картой)",
        # (the forty-ninth round's: the bank details, "الايبان", "رقم الحساب", as the IBAN is)
        r"(الدفع|ادفع(?! (زياده|زيادة|اضافي|إضافي))|دفعت|عربون|دفعة|(ال)?تحويل (ال)?بنكي|معلومات التحويل|بيانات التحويل|بطاقة ائتمان|بالبطاقة|تقسيط|استرداد|نقدا|كاش|(ال)?ايبان|(ال)?آيبان|رقم الحساب)",
        # Arabizi: "adfa3 el 3arboon", "dafa3t", "el daf3", "ta2seet", "b instapay"
        r"\b(adfa3|adf3|nedfa3|nadfa3|tedfa3|dafa3t|dafa3na|el daf3|daf3|3arboon|3arbon|3orboon|ta2seet|ta2sit|instapay|fawry|vodafone cash)\b",
    ],
    "travel": [
        # (the French "je n'arrive pas à me connecter" -- I cannot manage -- and "le PDF n'est
        # jamais arrivé" are no arrival: the English word read the French one) (the fortieth
        # round's)
        r"\b(flights?|fly(ing)?|airport|hotel|transfer|pick ?up|(?<!n')(?<!jamais )(?<!pas )arriv(e|al|ing)|land(ing|s)?|visa|accommodation|taxi|boarding)\b",
        r"\b(uçuş|uçak|uçağ|havalimanı|havaalanı|otel|transfer|karşıla|varış|iniş|konaklama|vize|bilet|otobüs|otogar)",
        r"\b(flug|fliege|flughafen|hotel|transfer|abholung|abholen|ankunft|ankomme|lande|unterkunft|visum)",
        # the visa as a word of its own: "visage" (the face: "lifting du visage") is none, nor
        # Russian "визит" (a visit) or "визуально" (to the eye) (the thirty-ninth round's)
        r"\b(vols?\b|avion|aéroport|hôtel|transfert|navette|arrivée|j'arrive|atterri|hébergement|visas?\b|billet)",
        # "отель", not "хотел(а)" (wanted): "хотела бы получить информацию" is no hotel
        r"(рейс|перел[её]т|аэропорт|(?<!х)отел|гостиниц|трансфер|встрет|прил[её]т|прилетаю|\bвиз(а|ы|у|е|ой)\b|жиль[её]|билет)",
        r"(رحلة|طيران|مطار|فندق|توصيل|استقبال|الوصول|\bأصل\b|سأصل|إقامة|تأشيرة|تذكرة|فيزا|خطاب دعوه|خطاب دعوة|السفاره|السفارة)",
    ],
    "documents": [
        # a paper or a file from the clinic asked where to find, or said not to have come ("where
        # can I find the pre-op instructions? the PDF never arrived", "wo finde ich die
        # Anweisungen? das PDF ist nicht angekommen", "où je trouve les consignes ?", "talimatları
        # nereden bulabilirim, pdf gelmedi", "где найти памятку? файл так и не пришёл", "وين الاقي
        # التعليمات؟ الملف ما وصلني") and the patient portal holding them ("I can't log into the
        # patient portal", "hasta paneline giremiyorum") (the fortieth round's): a document to
        # be sent again, no question about the treatment; what the instructions say ("was muss
        # ich vor der OP beachten?") is asked of the treatment
        *_DOCUMENT_NOT_COME,
        # where a paper is to be sent asked: here or by e-mail (see ``_WHERE_TO_SEND``)
        *_WHERE_TO_SEND,
        # the clinic's invitation letter for the embassy or the visa (see ``INVITATION_LETTER``)
        *INVITATION_LETTER,
        # (the forty-fifth round's: a blood test told as the occasion of something, "I fainted
        # once at a blood test", "during my blood test", is no paper -- the faint is the story)
        r"\b(documents?|report|invoice|receipt|certificate|upload|forms?|consent|results|x-?rays?"
        r"|(?<!\bat a )(?<!\bat my )(?<!\bat the )(?<!\bduring a )(?<!\bduring my )(?<!\bduring the )"
        r"(?<!\bafter a )(?<!\bafter my )(?<!\bduring )(?<!\bat )blood tests?|discharge letter|letter|medical records?)\b",
        # Arabizi (Arabic in Latin letters and digits): where a paper is to be sent asked, here or
        # by e-mail ("ab3atlakom el soar hena wala 3al email?", "fein ab3at el ta7alil?"), as
        # ``_WHERE_TO_SEND`` reads it in Arabic letters, and the x-ray by itself ("el ashe3a",
        # "ashe33a") (the forty-fourth round's); photos told sent ("ba3at soar el gar7") are not
        r"\b(ab3at|ab3ath|arsel|nab3at|neb3at)\w*\b.{0,60}\b(hena|hina|hon|hoon|3al whats\w*|3a whats\w*)\b,? (wala|walla|aw|ow|willa) (3al|3a|3ala|3ala el|bel|bil|b)\s?(e-?mail|mail|emeil|imeil)\b",
        r"\b(fein|fen|wein|wen|le wein|3ala fein)\b (\w+ )?(ab3at|ab3ath|arsel|nab3at|neb3at)\w*",
        r"\b(ashe3a|ashe33a|ash3a|ashi3a|ashe3at)\b",
        # the medical-history questionnaire sent before the operation ("the health questionnaire",
        # "den Anamnesebogen", "le questionnaire médical", "anamnez formu", "анкета / анамнез",
        # "الاستبيان الطبي"): a form to fill in (German compounds end in "-fragebogen")
        r"\b(questionnaires?|anamnes\w*|anamnèse|anamnez\w*)\b|\w*fragebogen\w*|\w*anamnesebogen\w*|анамнез\w*|(ال)?(استبيان|استماره|استمارة)",
        r"\b(belge|rapor|fatura|makbuz|evrak|form|onam|tahlil|sonuç|epikriz|röntgen)",
        # the thirty-fifth round's: the dental panoramic x-ray by its names (OPG,
        # orthopantomogram, "panoramik film", "ОПТГ", "بانوراما"), and the cone-beam scan (CBCT)
        r"\b(opg|optg|cbct|orthopantomogra\w*|panoramik (film|röntgen)\w*|panoram\w* (x-?ray|röntgen\w*|radio\w*))\b|ортопантомограм\w*|\bоптг\b|панорамн\w* снимок|(ال)?(بانوراما|اشعة بانوراميه|أشعة بانورامية)",
        # an original asked against a photo or a scan of it ("do you need the original or is a
        # photo enough?", "im Original oder reicht ein Foto?", "l'original ou une photo", "aslı
        # mı lazım fotokopi mi", "оригинал или фото", "الأصل ولا صورة"); "original or a copy"
        # alone may be a make of implant, not a paper
        r"\b(original|originals|originale|aslı\w*|asli\w*)\b.{0,40}\b(photo|foto|scan|photocopy|fotokopi\w*)|оригинал\w*.{0,40}(фото|скан|ксерокопи)|(ال)?(أصل|اصل)\b.{0,40}(صوره|صورة|سكان)",
        # and the other way round, the photo or the scan first and the originals asked after it
        # ("I'm sending my ID and blood test as photos, is that OK or do you need the originals?",
        # "als Foto, oder braucht ihr die Originale?", "en photo ... ou il faut les originaux ?",
        # "fotoğrafını attım, aslı mı lazım?", "фото подойдёт или нужны оригиналы?", "صورة ولا
        # لازم الأصل؟") (the forty-first round's); "photos of my nose, I want to keep the
        # original shape" keeps an adjective, no paper
        r"\b(photos?|fotos?|scans?|photocopy|fotokopi\w*|fotoğraf\w*)\b.{0,60}\b(the originals|the original(?= ?[?.!,]|$| (one|copy|document|paper)s?\b)|die originale|das original|les originaux|l'original|aslı\w*|aslını|asli\w*)\b|(фото|скан|ксерокопи)\w*.{0,60}оригинал\w*|(صوره|صورة|سكان).{0,60}(ال)(أصل|اصل)\b",
        r"\b(dokument|unterlagen|bericht|rechnung|quittung|befund|bescheinigung|formular|einverständnis|röntgen|blutwerte|arztbrief)",
        # "reçu" after an auxiliary is the participle ("j'ai reçu un mail"), not a receipt
        r"\b(document|rapport|facture|(?<!j'ai )(?<!ai )(?<!avons )(?<!avez )(?<!as )(?<!a )(?<!ont )(?<!bien )(?<!pas )reçus?\b|certificat|formulaire|consentement|résultats|radio|compte rendu|dossier médical)",
        r"(документ|справк|выписк|(?<!ра)сч[её]т\b|квитанц|анализ|заключени|анкет|рентген|медицинск\w* карт)",
        r"(مستند|وثيقة|وثائق|تقرير|فاتورة|إيصال|شهادة|نموذج|تحاليل|تحليل|أشعة|الملف الطبي)",
        r"\b(photos?|pictures?|pics)\b.{0,40}\b(send|upload|which|what)|\b(send|upload)\b.{0,30}\b(photos?|pictures?|pics)\b",
        r"(fotoğraf|foto)\w*.{0,30}(at|gönder|yolla)",
        # which pre-operative tests to bring ("an ECG or is the blood count enough?") and in
        # what file format -- a question about the documents to send
        r"\b(need|needs|bring|enough|braucht|brauchen|mitbringen|reicht|besoin|faut|suffit|gerekli|gerekiyor|yeterli|нужн\w*|хватит|достаточно|تحتاجون|تحتاجوا|لازم|يكفي)\b.{0,40}\b(ecg|ekg|pdf|blutbild|laborwerte|bilan sanguin|prise de sang|kan tahlil\w*|экг|кардиограм\w*|تخطيط (ال)?قلب)",
        r"\b(ecg|ekg|pdf|blutbild|laborwerte|bilan sanguin|prise de sang|kan tahlil\w*|экг|кардиограм\w*|تخطيط (ال)?قلب)\b.{0,40}\b(enough|needed|required|reicht|nötig|suffit|nécessaire|yeterli|gerekli|хватит|нужн\w*|يكفي|لازم)",
        r"(fotos?|bilder)\b.{0,40}(schick|send|hochlad)|(schick|send)\w*.{0,30}(fotos?|bilder)",
        # a quote wanted as a paper for the insurer (see ``_QUOTE_AS_PAPER``)
        *_QUOTE_AS_PAPER,
        # the examinations the clinic needs from the writer before the operation ("which tests do
        # you need from me before the sleeve?", "welche Untersuchungen braucht ihr?", "il vous
        # faut quoi comme examens ?", "vous avez besoin de quels examens ?"; "hangi tetkikleri
        # istiyorsunuz", "какие обследования вам нужны", "شو الفحوصات اللي بتحتاجوها" read by
        # their nouns): the clinic's list of results to send (the thirty-ninth round's); the tests
        # the clinic itself does ("what tests do you do before the operation?") are no such list
        r"\b(which|what) (\w+ )?(tests?|exams?|examinations?|checks?|scans?|analyses|work-?ups?)\b.{0,20}\b(do|does|will|would) (you|the (doctor|surgeon|clinic)) (need|want|require)\b|\b(you|the (doctor|surgeon|clinic)) (need|want|require)s? (\w+ )?(which|what) (\w+ )?(tests|exams|examinations|checks|scans|results)\b",
        r"\b(welche|was für) (\w+ )?(untersuchungen|voruntersuchungen|tests|befunde|werte|unterlagen)\b.{0,30}\b(braucht|brauchen|benötigt|benötigen|wollt|wollen)\b|\bwas (braucht|brauchen|benötigt|benötigen) (ihr|sie|der arzt|die klinik|der chirurg) (\w+ ){0,2}an (untersuchungen|befunden|tests|werten)\b",
        r"\b(il vous faut|vous faut-il|il faut|vous avez besoin de|vous voulez|vous demandez) (quoi comme|quels|quelles) (\w+ )?(examens|analyses|bilans|résultats)\b|\b(quels|quelles) (examens|analyses|bilans|résultats)\b.{0,30}\b(il vous faut|vous faut|vous avez besoin|vous voulez|vous demandez|faut-il)\b",
        # which records or results the writer is to send or bring ("which papers shall I send
        # you?", "welche Untersuchungen soll ich mitbringen?", "quelles analyses dois-je vous
        # transmettre ?", "hangi tetkikleri getirmem lazım?", "какие обследования прислать?",
        # "شو الفحوصات اللي لازم ابعتها؟") (the fiftieth round's): the clinic's list of papers to
        # send, as the need asked above; which tests the clinic does, or the results to expect
        # after the operation, send nothing
        r"\b(which|what) (\w+ ){0,2}(records|documents|papers|paperwork|files|tests|test results|results|reports|exams|examinations|scans|x-?rays|analyses)\b.{0,30}\b(should|shall|do|must|need to|have to) (i|we) (\w+ ){0,2}(send|bring|upload|submit|provide|forward|e-?mail)\b",
        r"\bwelche (\w+ ){0,2}(unterlagen|befunde|dokumente|untersuchungen|ergebnisse|berichte|papiere|werte|röntgenbilder|aufnahmen)\b.{0,30}\b(soll|muss|sollte|müsste|kann) (ich|man|wir) (\w+ ){0,3}(schicken|senden|mitbringen|einreichen|hochladen|zuschicken|mailen)\b",
        r"\b(quels|quelles) (\w+ ){0,2}(examens|analyses|documents|papiers|résultats|comptes rendus|dossiers|pièces|radios|bilans)\b.{0,30}\b(dois-je|je dois|faut-il|est-ce que je dois|dois je|devons-nous|on doit) (vous )?(\w+ )?(envoyer|apporter|transmettre|fournir|joindre|amener)\b",
        r"\bhangi (\w+ ){0,2}(belge|evrak|tahlil|tetkik|sonuç|sonuc|rapor|dosya|film|görüntü)\w* (\w+ ){0,2}(göndermem|gondermem|getirmem|yollamam|yüklemem|göndereyim|getireyim|yollayayım|göndermeliyim|getirmeliyim)\w*",
        r"(какие|что из) (\w+ ){0,2}(документ|анализ|обследовани|результат|справк|выписк|бумаг|снимк|заключени)\w* (\w+ ){0,2}(отправить|прислать|привезти|взять с собой|скинуть|выслать|загрузить|отправлять|присылать)",
        r"(ايش|إيش|شو|وش|ايه|أي|اي|ما هي|ماهي) (ال)?(اوراق|أوراق|ملفات|فحوصات|تحاليل|نتائج|تقارير|مستندات|اشعه|أشعة|اشعة)\w*.{0,30}(ارسل|أرسل|ابعت|ابعث|اجيب|أجيب|احضر|أحضر|ارفع|نرسل|نبعت)",
        # a file sent in a format ("shall I send them as a PDF?", "als PDF schicken", "je les
        # envoie en PDF ?", "PDF olarak göndereyim mi", "отправить в PDF", "ارسلها PDF"): the
        # writer's documents on their way
        r"\b(send|sending|email|e-mail|mail|upload|forward|attach)\w*\b.{0,40}\b(as|in) (a |an )?(pdf|scan|jpe?g|attachment)s?\b",
        r"\bals (pdf|scan|jpe?g|anhang|datei)\b.{0,30}\b(schick|send|hochlad|mail)\w*|\b(schick|send|hochlad|mail)\w*\b.{0,40}\bals (pdf|scan|jpe?g|anhang)\b",
        r"\b(envoi|envoie|envoyer|envoyez|envoyé|transmet\w*|joindre|mail\w*)\b.{0,40}\ben (pdf|scan|jpe?g|pièce jointe|piece jointe)\b",
        r"\bpdf (olarak|halinde|şeklinde|seklinde)\b.{0,30}\b(gönder|gonder|at|yolla|yükle|yukle)\w*|\b(tarat|tara)\w* (gönder|gonder|yolla|at)\w*",
        r"(отправ|пришл|присла|пришлю|скин|загруз)\w*.{0,40}(в (формате )?pdf|в пдф|сканом|сканы|скан\b)|(pdf|пдф|скан)\w*.{0,20}(отправ|пришл|присла|скин)\w*",
        r"(ارسل|أرسل|ابعت|ابعث|اسكن|رسلت|بعثت|بعتت|ارسلها|أرسلها|ابعتها)\w*.{0,30}(pdf|بي دي اف|سكان|سكانر|ملف)",
        # the writer's own details on file said wrong or to be corrected ("my address in your
        # system is wrong, can you correct it?", "meine Adresse ist falsch", "mon adresse est
        # erronée", "sistemde adresim yanlış", "мой адрес указан неверно", "عنواني غلط"): the
        # record the clinic keeps, no question about the treatment
        r"\bmy (home |postal )?(address|surname|last name|name|phone number|mobile number|e-?mail( address)?|date of birth|passport number)\b.{0,40}\b(wrong|incorrect|misspel\w*|outdated|out of date|correct\w*|updat\w*|chang\w*|fix\w*)\b|\b(correct|update|change|fix)\w* (\w+ ){0,2}my (home |postal )?(address|surname|last name|name|phone number|mobile number|e-?mail( address)?|date of birth|passport number)\b",
        r"\b(meine|mein) (adresse|anschrift|nachname|name|telefonnummer|handynummer|e-?mail\w*|geburtsdatum|passnummer)\b.{0,40}\b(falsch|fehlerhaft|korrigier|änder|aktualisier|berichtig)\w*",
        r"\b(mon adresse|mon nom|mon numéro|mon numero|mon e-?mail|mon mail|ma date de naissance)\b.{0,40}\b(erron\w*|faux|fausse|incorrect\w*|corrig\w*|modifi\w*|mettre à jour|changer)\b|\b(corriger|modifier|changer|mettre à jour) (\w+ ){0,2}(mon adresse|mon nom|mon numéro|mon numero|mon e-?mail|ma date de naissance)\b",
        r"\b(adresim|ismim|soyadım|soyadim|numaram|doğum tarihim|dogum tarihim|e-?posta adresim|mail adresim)\w*\b.{0,40}\b(yanlış|yanlis|hatalı|hatali|düzelt|duzelt|güncelle|guncelle|değiştir|degistir)\w*",
        r"(мой адрес|моё имя|мое имя|моя фамилия|мой номер|мой телефон|мой e-?mail|моя почта|мою почту|мой адрес почты|моя дата рождения)\w*.{0,40}(неправильн|неверн|ошиб|исправ|измен|обнов)\w*|(исправ|измен|обнов)\w* (\w+ ){0,2}(мой адрес|моё имя|мое имя|мою фамилию|мой номер|мой телефон|мою почту)",
        r"(عنواني|اسمي|رقم جوالي|رقم تلفوني|رقم موبايلي|ايميلي|إيميلي|تاريخ ميلادي).{0,40}(غلط|خطأ|خطا|صحح|تصحيح|عدل|تعديل|غير|تغيير|حدث|تحديث)",
        # which photos, from which angle ("von vorne und seitlich", "de face ou de profil")
        r"\b(photos?|pictures?|pics|fotos?|bilder|fotoğraf\w*|фото\w*|снимк\w*)\b.{0,40}\b(from the (front|side)|front and side|which angles?|von vorne|seitlich|von der seite|de face|de profil|de côté|önden|yandan|profilden|спереди|сбоку|в профиль)",
        r"(صور|الصور|صوره)\w*.{0,40}(من قدام|من الامام|من الأمام|من الجنب|من الجانب)",
        # which photos the doctor needs ("welche Fotos braucht der Arzt?", "what photos do you
        # need?"): the clinic's list of documents asked
        r"\b(which|what|welche\w*|was für|quelles?|hangi|какие|каких)\b.{0,15}\b(photos?|pictures?|pics|fotos?|bilder|fotoğraf\w*|фото\w*|снимк\w*)\b.{0,40}(need|want|require|braucht|brauchen|benötigt|benötigen|besoin|faut|gerek|lazım|istiyor|нужн\w*|надо)",
        r"(اي|أي|ايش|شو|ما هي) (الصور|صور)\w*.{0,30}(يحتاج|تحتاج|لازم|مطلوب)",
        r"(photos?)\b.{0,40}(envoi|envoy|whatsapp|mail)|(envoie|envoyer|envoyez)\w*.{0,30}photos?",
        # the need first ("vous avez besoin de quelles photos ?", "do you need which pictures")
        r"\b(need|besoin|brauch\w*|benötig\w*|gerek\w*|lazım|нужн\w*|надо)\b.{0,20}\b(which|what|quel\w*|welche\w*|hangi|как\w*)\b.{0,10}\b(photos?|pictures?|pics|fotos?|bilder|fotoğraf\w*|фото\w*|снимк\w*)",
        # how the photos are to be taken ("should the photos be with wet hair?", "sollen die
        # Fotos ... sein?", "les photos doivent être ...", "fotoğraflar nasıl olmalı")
        r"\b(should|must|do|sollen|müssen|doivent|faut-il)\b (the |my |die |meine |les |mes )?(photos?|pictures?|pics|fotos?|bilder)\b",
        r"\b(photos?|pictures?|fotos?|bilder|fotoğraf\w*|фото\w*|снимк\w*)\b.{0,40}\b(should|must|sollen|müssen|doivent|olmalı|olmali|должны|нужно делать)\b",
        # a letter or paper to be scanned and sent ("soll ich den Brief einscannen?", "shall I
        # scan the letter?", "je scanne le courrier ?", "mektubu tarayıp göndereyim mi",
        # "отсканировать письмо?", "اسوي اسكان للورقة؟")
        r"\b(brief|letter|document|paper|zettel|befund|lettre|courrier|papier|mektub|mektup|belge|kağıd|kağıt|письм|бумаг|документ)\w*.{0,30}(scan|einscann|scann|numéris|tara(yıp|yayım|yabilir|r mıyım|sam)|сканир|сканер)\w*",
        r"\b(scan|einscann|scann|numéris|отсканир|сканир)\w*.{0,30}\b(brief|letter|document|paper|zettel|befund|lettre|courrier|papier|письм|бумаг|документ)\w*",
        r"(اسكان|سكان|سكانر|اسكنر)\w*.{0,30}(الورق|ورق|الرسال|رسال|الخطاب|خطاب|التقرير|تقرير)|(الورق|ورق|الرسال|رسال|الخطاب|خطاب|التقرير|تقرير)\w*.{0,30}(اسكان|سكان|سكانر|اسكنر)",
        # a letter from the family doctor (a referral) is a document to send
        r"\b(lettre|courrier) (du|de mon|de votre|d'un) (médecin|medecin|docteur|généraliste|spécialiste)|\b(überweisung|hausarzt\w* brief|brief (vom|von meinem) (hausarzt|arzt))|\b(sevk|doktor mektubu)|направлени\w* (от|врача)|(تحويل|خطاب|رساله|رسالة) من (الطبيب|الدكتور|دكتوري)",
        # (the colloquial "фотки", "фоточки" too: "куда скинуть фотки?")
        r"(фото|фотк|фоточк|снимк)\w*.{0,30}(отправ|прислать|скинуть|скинь|кинуть)|(отправ|прислать|скинуть|кинуть)\w*.{0,30}(фото|фотк|фоточк|снимк)",
        # a written confirmation of the stay or treatment for an employer or an insurer ("une
        # attestation signée", "eine schriftliche Bestätigung ... ausstellen", "proof of
        # treatment", "izin yazısı", "справка для работы", "إفادة للدوام"): a document the clinic
        # issues (how long one is off work -- "arrêt de travail", "Krankschreibung" -- is no such
        # request: the recovery is asked)
        r"\b(attestation|justificatif|proof of (treatment|stay|hospitali[sz]ation)|schriftliche\w* bestätigung|bestätigung (für|über|dass)|(ein|so ein|das|dieses) schreiben\b.{0,30}\b(ausstellen|geben|schicken)|(izin|rapor) yazı\w*|işyerim\w* için (bir )?(yazı|belge)|справк\w* для (работ|работодател)|(افاده|إفادة|ورقه|ورقة|خطاب|تعريف)\w* (للدوام|للعمل|لجهة العمل|للشركه|للشركة))",
        # an official letter or paper in one's name, or one for the employer ("an official
        # appointment letter for my employer", "einen offiziellen Terminbrief für den
        # Arbeitgeber", "une lettre officielle pour mon employeur", "resmi bir randevu yazısı",
        # "официальное письмо для работодателя", "خطاب موعد رسمي عشان الدوام"): a document the
        # clinic issues, whatever date it names ("an appointment for my week off" stays a booking)
        r"\b(official|written|signed)\b.{0,25}\b(letter|confirmation|paper|document)\b|\bletter\b.{0,60}\b(employer|boss|work|job)\b",
        r"\b(offiziell\w*|schriftlich\w*|unterschrieben\w*)\b.{0,25}(brief|bestätigung|schreiben|bescheinigung|dokument)|(brief|schreiben)\b.{0,60}\b(arbeitgeber\w*|chef\w*|firma)\b",
        r"\b(lettre|courrier|document|papier)s? officiel|\b(lettre|courrier|attestation)\b.{0,60}\b(employeur|patron|boulot|entreprise)\b",
        r"\bresmi\b.{0,25}\b(yazı|belge|mektup|evrak)\w*|\b(işyer|iş yer|patron)\w*.{0,60}\b(yazı|belge|mektup)\w*",
        r"официальн\w* (\w+ ){0,2}(письм|справк|документ|подтверждени)\w*|письм\w*.{0,60}(работодател|начальств|на работ|для работ)\w*",
        r"(خطاب|ورقه|ورقة|افاده|إفادة|شهاده|شهادة)\w*.{0,40}(رسمي|رسميه|رسمية)|(خطاب|ورقه|ورقة|افاده|إفادة)\w*.{0,60}(الدوام|الشغل|العمل|الشركه|الشركة|المدير)",
        # the clinic's written instructions asked for in one's language ("can I get the pre-op
        # instructions in English?", "das Merkblatt zur Vorbereitung auf Deutsch", "les consignes
        # pré-op en français", "talimatları Türkçe alabilir miyim", "инструкцию по подготовке
        # можно получить на русском?", "التعليمات بالعربي"): the sheet itself is the ask. Written
        # instructions asked beside questions on the operation ("do I get written instructions
        # for afterwards? will it bleed?") or told as received stay an enquiry, and what to do
        # before the operation asked outright is a treatment question
        r"\b(instructions|guidelines|instruction sheet)\b.{0,60}\bin (english|german|french|turkish|russian|arabic)\b",
        r"(anleitung|merkblatt|anweisungen|hinweise)\w*.{0,60}\bauf (deutsch|englisch|russisch|türkisch|französisch|arabisch)\b",
        r"\b(consignes|instructions|fiche)\b.{0,60}\ben (français|anglais|arabe|russe|turc|allemand)\b",
        r"(talimat|yönerge)\w*.{0,60}(türkçe|ingilizce|rusça|almanca|arapça|fransızca)",
        r"(инструкци|памятк)\w*.{0,100}(на русском|по-русски|на английском|на немецком|на турецком)",
        r"(التعليمات|تعليمات|ارشادات|إرشادات)\w*.{0,60}(بالعربي|باللغه العربيه|باللغة العربية|بالانجليزي|بالإنجليزي)",
        # one's own data asked to be deleted or handed over under data protection law (GDPR,
        # "DSGVO", "RGPD", "KVKK", "152-ФЗ", "قانون حماية البيانات"): a request about the records
        r"\b(gdpr|dsgvo|rgpd|kvkk|data protection|datenschutz|protection des données|kişisel veri\w*|персональн\w* данн\w*)\b|حماي\w* البيانات",
        r"\b(delete|erase|remove)\b.{0,20}\b(my|all my) (data|photos|records|personal)|\b(meine|alle meine)\b.{0,15}(daten|fotos|bilder)\b.{0,25}\blöschen|\b(supprimer|effacer)\b.{0,20}\b(mes|toutes mes) (données|photos)|\b(verilerimi|fotoğraflarımı|bilgilerimi)\b.{0,20}\b(sil|silin)|(удалит|удалите|стереть)\w*.{0,20}(мои|все мои) (данн|фото)|(تمسح|تحذف|امسح|احذف|حذف|مسح)\w*.{0,20}(صوري|بياناتي|معلوماتي)",
        r"(صور|صوره|الصور).{0,30}(ارسل|أرسل|ابعت|ابعث)|(ارسل|أرسل|ابعت|ابعث)\w*.{0,30}(صور|الصور)",
        # something asked to be added to the patient's file ("please add it to my file", "zu
        # meiner Akte", "à mon dossier", "dosyama ekleyin", "в мою карту", "لملفي")
        r"\b(add|put|attach|keep)\b.{0,20}\b(to|in|on) my (file|records?|chart)\b|\b(zu|in) meine[rn]? (akte|patientenakte|unterlagen)\b|\b(à|a|dans) mon dossier\b|\bdosya(ma|mıza|mıza) (ekle|koy|iliştir)\w*|(в|к) (мою|мое|моё) (карт\w*|истори\w*|дело)\b|(لملفي|بملفي|على ملفي|الى ملفي|إلى ملفي)",
        # written instructions lost or asked to be sent again ("I lost the instructions, could
        # you resend them?", "schicken Sie mir die Anleitung nochmal", "renvoyez-moi les
        # consignes", "talimatları tekrar gönderir misiniz", "пришлите ещё раз", "ارسلوا
        # التعليمات مرة ثانية"): a paper the clinic gave, asked again
        r"\b(resend|send (\w+ ){0,3}again|lost (the|my) (written )?(instructions|paperwork|papers|sheet)|(instructions|paperwork|sheet)\b.{0,30}\blost)\b",
        r"\b((noch ?(ein)?mal|erneut) (schicken|senden|zuschicken)|(anleitung|merkblatt|unterlagen|anweisungen)\w* (verloren|verlegt))\b",
        r"\b(renvoy\w*|renvoi\w*|(consignes|instructions|papiers?) (perdu\w*))\b|\bj'ai perdu (les|mes) (consignes|instructions|papiers)\b",
        r"\b(tekrar|yeniden) (gönder|yolla|at)\w*|\b(talimat|kağıt|belge)\w* kaybett\w*",
        r"(пришлите|отправьте|скиньте|вышлите|перешлите) (ещ[её] раз|повторно|заново)|(ещ[её] раз|повторно|заново) (пришлите|отправьте|скиньте|вышлите)|(инструкци|памятк|бумаг)\w*.{0,20}потерял\w*|потерял\w*.{0,20}(инструкци|памятк|бумаг)",
        r"(ارسلوا|أرسلوا|ابعتوا|ابعثوا|ارسل|أرسل|ابعت)\w*.{0,30}(مره ثانيه|مرة ثانية|مره تانيه|مرة تانية|من جديد)|(ضيعت|ضاعت|فقدت)\w* (التعليمات|الورقه|الورقة|الاوراق|الأوراق)",
    ],
    "price_quote": [
        _EXTRA_CHARGE,
        # whether an item is free of charge, asked ("is the check after 6 months free or do I pay
        # extra?", "la visite de contrôle est gratuite ?", "осмотр бесплатный или нужно
        # доплачивать?"; "kostenlos?", "ücretsiz mi?" were read) (the fortieth round's): what it
        # costs; "are you free on Tuesday?", "which dates are free?" (a time free) ask the calendar
        r"\b(free of charge|for free|at no (extra )?(cost|charge)|\b(is|are) (?!(you|he|she|they|we|the (doctor|surgeon|clinic|coordinator))\b)(?!((the|a|an|my|this|that|it) )?(\d|(dates?|days?|slots?|times?|week|weekend|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b))(the |a |an |my |this |that |it )?[\w-]+( [\w-]+){0,5} (?<!still )free( or\b| ?\?)|free,? (or )?(do|does|is|will|should|must) (i|we|it) (pay|cost))|\b(est|sont|c'est|serait|reste) (\w+ )?gratuite?s?\b|\bgratuite?s? (ou|\?)|(бесплатн\w*) (или|\?|ли)|(это|он|она|оно|осмотр|контроль|консультаци\w*) (\w+ )?бесплатн\w*",
        r"\b(price|prices|cost|costs|how much(?!"
        + _HOW_MUCH_NOT_PRICE
        + r")|quote|fee|fees|pricing|expensive|cheap|package price)\b",
        r"(€|\beur\b|\beuros?\b|\$|£)",
        # what a treatment "would come to", a percentage off: the price asked indirectly
        r"\bwhat (would|will|does|do)\b.{0,60}\bcome to\b|\b\d+ ?% off\b",
        # "how much" contracted as in a text message: French "cb" (combien: "slt cb pour ...?", "c
        # cb les facettes ?"), English "hw much" -- "cb" after "par", "en", "la", "ma", "ta", "une"
        # or "votre" is the bank card ("payer par cb", "la cb passe pas": a payment); Turkish "kac
        # para", Russian "скока", Arabic "بكام" are read below
        r"(?<!par )(?<!en )(?<!la )(?<!ma )(?<!ta )(?<!une )(?<!votre )(?<!avec )(?<!\w)cb (pour|pr|le|la|les|l'|ça|ca|c'est|coute|coûte)\b|\b(c|c'est|ça fait|ca fait) cb\b|\bhw (much|mch)\b|\bhow mch\b",
        r"\b(fiyat|ücret|kaç para|kaç euro|teklif|maliyet)",
        # the price asked in a currency ("kaç TL?", "how many dollars", "сколько евро",
        # "كم ريال") or per piece ("tanesi kaç?", "wie viel pro Stück"): how much
        r"\bkaç (tl|lira|dolar|avro|sterlin|pound|usd)\b|\b(tanesi|adedi|tane) (kaç|ne kadar)\b",
        r"\bhow many (dollars|euros?|pounds|quid|lira)\b|\b(сколько|скока|скоко) (евро|рубл\w*|доллар\w*|баксов|лир)\b|كم (ريال|دولار|درهم|دينار|يورو|جنيه|ليره|دينار)",
        # "ne kadar" asked of the price, not of time, degree or how much tooth is cut ("dişi ne
        # kadar kesiyorsunuz?", "ne kadar törpülüyorsunuz?": the treatment, not its cost)
        r"(?<!süresi )\bne kadar(?!" + _TR_HOW_MUCH_NOT_PRICE + ")",
        r"\b(preis|kosten|kostet|wie ?viel(?!e)(?!"
        + _HOW_MUCH_NOT_PRICE
        + r")|angebot|teuer|kostenvoranschlag)",
        # Swiss German: "e Offerte mache" (a quote)
        r"\bofferte\b",
        # spoken German: "was kost'n das", "was kosts"
        r"\b(kost'?n|kosts|kostet'?s|chostet|choschtet|chostä|choschte)\b",
        r"\b(prix|coût|coûte|combien(?! de (jours|nuits|temps|semaines|séances|greffons|fois|minutes|km|kilomètres|mètres|la |l'|du |douleurs?\b|sang\b|saignements?\b|cheveux\b|poids\b|repos\b)|\s?d'(heures|années|ans|jours|ici))|devis|tarif)",
        r"(цен[аыуе]|стоимост|сколько (стоит|стоят|будет)|почем|прайс|расценк|во сколько обойд|\bсмет(а|ы|у|е|ой)\b)",
        # spoken Russian: "скока/скоко/скок стоит", "по деньгам", "ценник"
        r"\b(скока|скоко|скок|сколько|скольк\w*) (стоит|стоят|будет стоить|выйдет|по деньгам)|по деньгам|ценник",
        # "بكم يوم" ("how many days before") is a duration, not a price
        # Egyptian "بكام", Levantine "بقديش", Maghrebi "بشحال" ("for how much"), as in
        # PRICE_QUESTION: the price intent did not know them ("بكام الفينير؟" was read as nothing)
        r"(سعر|أسعار|كم تكلفة|تكلفة|كم يكلف|كم سعر|عرض سعر|كم الثمن|(?<!\w)(بكام|بقديش|بشحال)(?!\w)(?! ?(يوم|ايام|أيام|ساعه|ساعة|ساعات|اسبوع|أسبوع|شهر|شهور|مره|مرة|مرات|ليله|ليلة))|بكم(?! ?(يوم|ايام|أيام|ساعه|ساعة|ساعات|اسبوع|أسبوع|اسابيع|أسابيع|شهر|شهور|مره|مرة|مرات|ليله|ليلة)))",
        # "offer" as a price only as a noun ("any offers", "best offer"): "do you offer
        # implants?" asks what the clinic does, not what it costs.
        r"\b(discount|deal|cheaper|too much|a lot tbh)\b",
        r"\b(an?|any|best|special|your|the|good|better|package|final|last) offers?\b",
        r"\b(indirim|pahalı|ucuz|kampanya)",
        r"\b(rabatt|günstiger|nachlass)",
        r"\b((réduction|reduc)\b.{0,12}(prix|tarif|sur|%|\d|si|pour les|pour un|pour une)|remise|promo|moins cher|trop cher|cher)\b",
        # "акция" (a promotion) as a word of its own, not inside "липосакция"
        # "скидка" and its genitive plural "скидок" ("система скидок"), "скидочн\w*"
        r"(скидк|скидок|скидочн|дешевле|дорого|\bакци)",
        r"(خصم|غالي|ارخص|أرخص|عرض)",
        r"\b(se3r|si3r|as3ar|bkam|b kam|kam el)\b",
    ],
    "appointment": [
        _SAME_WEEK_VISITS,
        # (also makes the weekday names known words: the typo corrector read "persembe" as
        # the red-flag word "perde" with an ending)
        *_DAY_MOVED_OR_CHOSEN,
        r"\b(appointment|book|booking|schedule|available dates?|availability|consultation date|when can i come|slot|reschedule|visit you)\b",
        # the earliest or the nearest date asked (see ``_EARLIEST_DATE``)
        _EARLIEST_DATE,
        # when to book the date asked (see ``WHEN_TO_BOOK``)
        *WHEN_TO_BOOK,
        # a date or a day wanted in place of the one given ("on the 14th instead of the 12th",
        # "am Donnerstag statt am Dienstag", "le 14 au lieu du 12", "12 mart yerine 14 mart",
        # "в четверг вместо вторника", "الخميس بدل الثلاثاء") (the fortieth round's): a move
        _INSTEAD_OF_DATE,
        # a visit asked as possible on a calendar date (see ``_COME_ON_DATE``)
        *_COME_ON_DATE,
        # one day or another asked of a booking ("did he say my consultation is Tuesday or
        # Thursday?", "ist der Termin Dienstag oder Donnerstag?", "mon rdv c'est mardi ou jeudi
        # ?", "randevum salı mı perşembe mi?", "консультация во вторник или в четверг?", "موعدي
        # الثلاثاء ولا الخميس؟") (the fortieth round's): the calendar asked
        _DAY_OR_DAY,
        # a date or a place asked for ("can I get a date around the 15th?", "any space the first
        # week of May?", "reste-t-il de la place ...?", "noch Plätze frei ...?")
        r"\b(can|could|may) (i|we) (get|have|book|take) (a |an )?(date|slot|spot|place)\b",
        r"\b(any|do you have (any )?|is there (any )?)(space|room|places?|spots?|openings?)\b.{0,30}\b(in|on|for|the|this|next|first|last)\b",
        r"\b(reste(-t-il)?|il reste|avez-vous|y a-t-il|y a t il) (encore )?(de la |des )?(place|places|disponibilit\w*|créneaux?)\b",
        r"\b(noch )?(platz|plätze|termine?) (frei|verfügbar)\b",
        *_ROOM_ASKED,
        r"\b(yer|boş yer|müsaitlik|(boş|müsait|uygun) (gün|tarih|randevu))\w* (var m|kaldı m)",
        r"(есть (ли )?(ещё |еще )?(свободн\w* )?(места|место|окн\w*|даты))",
        r"((في|فيه|فيه) (مكان|مواعيد|موعد) (فاضي|فاضيه|متاح))",
        r"\b(move|change|postpone|push back|bring forward)\b.{0,30}\b(appointment|consultation|call|date|surgery|operation)",
        # a slot asked for a period or on a named day, a day offered, a booking missing from
        # the system (see ``_SLOT_ASKED``)
        *_SLOT_ASKED,
        # a visit asked as held on a day of the week or at the weekend (see ``_VISIT_ON_DAYS``)
        *_VISIT_ON_DAYS,
        _WRONG_DATES,
        # "moving my op from the 3rd to the 10th", "changing the surgery to next month"
        r"\b(moving|changing|postponing|shifting|pushing back|bringing forward|reschedul\w*)\b.{0,30}\b(appointment|consultation|date|surgery|operation|op|procedure)\b",
        r"\b(move|moving|shift|shifting|change|changing|push|pushing|bring|bringing)\b.{0,40}\bfrom (the )?\d{1,2}(st|nd|rd|th)?\b.{0,15}\bto (the )?\d{1,2}(st|nd|rd|th)?\b",
        r"\b(ameliyat|operasyon|randevu|işlem|islem)\w*\b.{0,40}\b(kaydır|kaydir|ertele|ileri al|öne al|one al|geri al)\w*",
        # a date moved from one day to another told with the ablative ("tarihimi 15 ocaktan
        # şubat başına alabilir miyiz", "randevuyu 3'ünden 10'una çekebilir misiniz")
        _TR_DATE_FROM_TO,
        r"\b(video|online|tele|zoom|phone) ?(call|consult|consultation)s?\b|\bteleconsultation",
        # the consultation asked by video or phone, the medium after it ("can I do the
        # consultation on video first?", "die Beratung per Video", "la consultation par
        # téléphone", "konsültasyonu online", "консультацию по видео", "الاستشارة اونلاين")
        # (the examination before the operation too: "can we do the pre-op examination by
        # video?", "die Voruntersuchung per Video", "le bilan en visio", "осмотр по видео",
        # "المعاينة بالفيديو" -- the forty-first round's)
        r"\b(consult|consultation|appointment|call|examination|exam|check-?up|assessment)\b (\w+ )?(on|by|via|over|per) (a )?(video|zoom|skype|facetime|whatsapp|phone|teams)\b",
        r"\b(beratung|termin|gespräch|konsultation|voruntersuchung|untersuchung)\w* (\w+ )?(per|über|via|mit) (video|zoom|skype|facetime|whatsapp|telefon|teams)\b",
        r"\b(consultation|rendez-vous|rdv|entretien|examen|bilan|visite)\b (\w+ )?(par|en|sur|via) (vidéo|video|visio|zoom|skype|facetime|whatsapp|téléphone|telephone|teams)\b",
        r"\b(konsültasyon|konsultasyon|muayene|görüşme)\w* (\w+ )?(online|video|zoom|whatsapp|telefon)\w*",
        r"(консультаци|при[её]м|встреч|осмотр)\w* (\w+ )?(по|через) (видео|скайп|зум|ватсап|whatsapp|zoom|телефону)\w*|онлайн-консультаци\w*",
        r"(الاستشاره|الاستشارة|استشاره|استشارة|الكشف|الموعد|المعاينه|المعاينة) (\w+ )?(اونلاين|أونلاين|فيديو|بالفيديو|عالفيديو|زوم|بالتلفون|بالهاتف|واتساب)",
        # a consultation or an examination asked to be arranged (see ``_VISIT_ARRANGED``)
        *_VISIT_ARRANGED,
        # the writer's free times offered for a booking ("I'm free weekdays after 6pm", "ich bin
        # werktags ab 18 Uhr frei", "je suis dispo le soir en semaine", "hafta içi 18'den sonra
        # müsaitim", "я свободна по будням после 18", "انا فاضي ايام الاسبوع بعد ٦")
        r"\b(i'?m|i am|we'?re|we are) (usually |only |mostly )?(free|available)\b .{0,6}\b(weekdays?|weekends?|evenings?|mornings?|afternoons?|after \d|before \d|from \d|between \d|any ?time|all day|every day|on (mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?))",
        r"\b(ich bin|bin ich|wir sind) (\w+ ){0,4}(frei|verfügbar|erreichbar)\b(?! von)",
        r"\b(je suis|on est|nous sommes) (\w+ )?(dispo|disponibles?)\b",
        r"\b(müsaitim|müsaitiz|uygunum|boşum)\b",
        r"(я|мы) (\w+ )?(свобод(ен|на|ны)|доступ(ен|на|ны))\b",
        r"(انا|أنا|احنا|نحن) (\w+ )?(فاضي|فاضيه|فاضية|متاح|متاحه|متاحة|متفرغ|فاضيين)",
        # the clinic's opening days or hours asked, as for a consultation ("are you open
        # sundays?", "what are your opening hours on Saturday?")
        r"\b(are you|is the clinic|is the office|are they) open (on )?(sundays?|saturdays?|weekends?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|evenings?|late|after \d)\b|\bopening (hours|times)\b",
        r"\b(works for me|confirmed?|i confirm|see you (then|on))\b",
        r"(randevu|onaylıyorum|ertele|görüntülü görüşme|online görüşme)",
        _SUITS_SAID,
        # Turkish: the date or day moved ("tarihimi ileri alabilir miyiz"), a meeting in any case
        # ending ("görüşmeye", "görüşmemiz"), confirming ("teyit ediyorum"), a time with its
        # locative suffix ("saat 10'da", "14te")
        r"\b(tarih|gün)\w* .{0,25}\b(ileri|geri|öne|değiş|kaydır|ayarla)\w*|\bgörüşme(ye|yi|miz|niz|m)\b|\bteyit (ed|ediyorum|ederim)|\bsaat \d+'?(da|de|ta|te)\b",
        r"(verschieben|vorgespräch|videosprechstunde|passt mir|bestätige den termin|ich bestätige|bestätige ich|(wir|dann|hiermit|somit) bestätigen|bestätigen wir)",
        # German compounds: Videoberatung, Beratungsgespräch, Wunschtermin, Terminverschiebung
        r"\w*(beratung|termin|sprechstunde)\w*",
        r"(décaler|reporter|téléconsultation|visio|je confirme|c'est bon pour le)",
        # the operation or the appointment brought forward or moved ("avancer mon opération
        # d'une semaine", "déplacer la consultation")
        r"\b(avancer|déplacer|changer la date de) (mon |ma |la |l'|notre |nos )?(opération|intervention|rendez-vous|rdv|date|consultation|greffe|séance)",
        # the operation itself brought forward, named "OP" with no "Termin" ("können wir die OP
        # auf Anfang Juni vorziehen?", "den Eingriff um eine Woche vorverlegen", "ممكن تقديم
        # العملية اسبوع؟") (the forty-ninth round's); "vorziehen" with "lieber" is a preference
        r"\b(die|den|meine|meinen|unsere) (\w+-)?(op|operation|eingriff|behandlung)\b(?![^.!?\n]*\blieber\b)[^.!?\n]{0,40}\b(vorziehen|vorverlegen)\b",
        r"(?<!\w)(تقديم|نقدم|تقدمون|تقدموا|تقدمولي|تقدموني) (موعد|ال)?(عمليه|عملية|العمليه|العملية)(?!\w)",
        r"\b(c'est noté|c'est note|ça marche|ca marche) pour\b",
        # "подходит" of a date ("вторник мне подходит"), not of a treatment (``_RU_SUITS_ME``)
        # (a booked date asked as still standing: "операция 3 июня, всё в силе?", as DATE_CHECK)
        rf"(перенести|перенос|консультаци|подтверждаю|подходит(?!{_RU_TREATMENT_SUITS})|созвон|видеозвон|вс[её] (ещ[её] )?в силе)",
        # the operation or consultation moved ("сдвинуть операцию на 3 дня раньше")
        r"(сдвин|сдвиг|передвин|подвин)\w*[^.!?]{0,20}(операци|консультаци|при[её]м|запис|дат|процедур)",
        r"(تأجيل|تاجيل|أأجل|اجل الموعد|استشاره اونلاين|أكد الموعد|اكد الموعد|مناسب لي)",
        # an online or video examination or consultation, and when it can be (Egyptian "كشف
        # اونلاين", "امتى ينفع الاسبوع ده")
        r"(كشف|استشاره|استشارة|معاينه|معاينة|مكالمه|مكالمة) ?(اونلاين|أونلاين|اون لاين|أون لاين|فيديو|بالفيديو)",
        r"(امتي|امتى|ايمتى|إمتى|متى|امتا|وقتيش) (ينفع|يناسب|يناسبكم|ممكن|تقدرون|تقدروا|فاضيين|فاضي)\b.{0,20}(الاسبوع|الأسبوع|بكره|بكرة|بكرا|اليوم|الشهر|يوم)",
        # the root أجل with a verb prefix (نأجل، يأجل، تأجل) or a past suffix (أجلت، أجلنا)
        r"(^| |و)(نا|يا|تا|نؤ|يؤ|تؤ)جل|\bاجل(ت|نا|وا)\b|\b(ne2ajel|n2ajel|a2ajel|te2ajel)",
        r"\b\d{1,2}\.? ?(ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık)\w* (alabilir|kaydırabilir|çekebilir|yapabilir)\w* (miyiz|misiniz|mıyız|mısınız)",
        r"\b(randevu|rezervasyon|ne zaman gelebilirim|müsait|uygun tarih|tarih ayarla)",
        # asking to be examined is asking for a consultation ("muayene olmak istiyorum"), and a
        # time of day for it ("later in the day", "hafta sonu açık mısınız") is its booking
        r"\bmuayene (olmak|olmaya|için gelmek|için randevu)|\bhafta ?sonu (açık|acik)",
        # the forty-fifth round's: a date for the examination asked to be looked for or given
        # ("muayene tarihi bakabilir misiniz", "kontrol için gün ayarlayabilir misiniz"), typed
        # with or without the Turkish letters: the calendar asked, not the treatment
        r"\b(muayene|kons[üu]ltasyon|kontrol|g[öo]r[üu][şs]me)\w* (\w+ ){0,2}(tarih|g[üu]n|randevu|saat)\w* (bak|ayarla|ver|bul|ay[ıi]r)\w*",
        r"\b(later|earlier) (in the day|time|slot|appointment|that day|in the afternoon)\b|\b(move|push|shift|bring) (it|the (consultation|appointment|operation|surgery))\b.{0,15}\b(later|earlier|forward|back)\b",
        r"\b(termin|buchen|verfügbar|wann kann ich kommen|terminvereinbarung|freie tage|freie[nrs]? tag\b)",
        r"\b(rendez-vous|rdv|réserver|disponibilité|créneau|quand puis-je venir|date disponible)",
        # spoken French: "une dispo" (a free slot, the noun cut short) asked of the calendar, and
        # the medium after a short "consult" ("une consult vidéo", "un rdv en visio"); the
        # adjective "je suis dispo" is the writer's own free time (above)
        _DISPO_ASKED,
        r"\b(consult|consultation|rdv|rendez-vous)s? (en )?(vidéo|video|visio)\b",
        r"(запис(ь|аться|ать)|при[её]м|свободн\w* дат|когда можно приехать|забронир)",
        r"(موعد|حجز|أحجز|متى يمكنني القدوم|مواعيد|متى يمكنني المجيء)",
        # the operation's date confirmed ("أكدت العملية يوم 3", "بأكد الحجز")
        r"(اكدت|أكدت|اكد|أكد|اؤكد|أؤكد|بأكد|باكد) (ال)?(عمليه|عملية|حجز|موعد)",
        # which of the offered days ("welcher Tag wäre besser", "какое число", "hangi gün")
        # when the surgeon is met before the operation ("on voit le chirurgien avant ?")
        r"\b(see|meet|talk to) (the |my )?(surgeon|doctor)\b.{0,40}\b(before|beforehand|prior|on the day)\b",
        r"\b(voit|voir|vois|rencontre|rencontrer|rencontre-t-on) (le|la) (chirurgien\w*|médecin|docteur)\b",
        r"\b(chirurgen|arzt|ärztin|operateur)\b.{0,30}\b(vorher|vor der op|vor dem eingriff|vorab) (sehen|treffen|sprechen|kennenlernen)",
        r"(doktor|cerrah)\w* (ile |la |le )?(ameliyattan önce|önceden) (görüş|tanış)",
        r"(увидеть|встретиться с|поговорить с|встреча с) (хирург|врач)\w*.{0,30}(до операции|заранее|накануне)",
        r"(اشوف|أشوف|نشوف|اقابل|أقابل) (الدكتور|الجراح|الطبيب).{0,30}(قبل العمليه|قبل العملية|قبل يوم)",
        r"\b(have|got|any|free|open) (\w+ ){0,2}(dates|slots)\b",
        # Arabizi: "el mawa3eed el fadya", "a7gez maw3ed"
        r"\b(maw3ed|mi3ad|mawa3ed|mawa3eed|mawa3id|ma3ad|a7gez|a7jez|7agz|7ajz)\b",
        r"\bwhich (day|date)\b|\bwelche[rsn]? (tag|datum|termin)\b|\bquel(le)? (jour|date)\b",
        r"\bhangi (gün|tarih)|(какой|какое|какая) (день|числ\w*|дат\w*)|(أي|اي|انهي|أنهي) (يوم|تاريخ)",
    ],
    "treatment_enquiry": [
        # whether the writer (or a relative) is a candidate for the treatment ("am I a candidate
        # for a sleeve?", "bin ich für einen Magenbypass geeignet?", "suis-je candidate à la
        # sleeve ?", "tüp mide için uygun muyum?", "подхожу ли я для шунтирования?", "هل انا
        # مناسبة لعملية التكميم؟") (the thirty-seventh round's): NICE CG189's eligibility for
        # bariatric surgery, asked of oneself; a date that suits ("uygun mu", "подходит") is
        # the calendar's
        r"\b(am i|is (she|he|my \w+)|would i be|could i be|i wonder if i'?m)( still)? (a |an )?(good |suitable |possible |ideal )?(candidate|suitable|eligible)\b",
        r"\b(bin ich|ist (sie|er|meine \w+|mein \w+)|wäre ich|ware ich)\b.{0,40}\b(geeignet|kandidat\w*)\b|\bkomme ich\b.{0,40}\b(in frage|infrage)\b",
        r"\b(suis-je|est-ce que je suis|serais-je|est-elle|est-il|je serais)( \w+)? (un |une |une bonne |un bon )?(candidat\w*|eligible|éligible|apte)\b",
        r"\b(için|icin) (\w+ )?(uygun|aday)\w* (muyum|miyim|mıyım|miyiz|muyuz|mıyız|mu|mı)\b|\b(uygun|aday) (muyum|mıyım|miyim)\b",
        r"подхож(у|ит|ите|им)? ли (я|она|он|мы|мама|мать|папа|отец|муж|жена)\b|\b(я|она|он) (\w+ )?подхож(у|ит)\b (\w+ )?(для|на|под)\b|\b(гожусь|годится|годна|годен)\b.{0,10}\b(для|на)\b|\bкандидат\w* (для|на)\b",
        r"(انا|أنا|هي|هو|امي|أمي|ابوي|أبوي) (مناسب|مناسبه|مناسبة|مؤهل|مؤهله|مؤهلة|مرشح|مرشحه|مرشحة) ?(ل|لل|لعمل|لعملية|لعمليه)",
        # an operation wished for oneself or a relative ("my mother wants to have her eyelids
        # operated on", "sie möchte sich die Lider operieren lassen", "ma mère voudrait se
        # faire opérer des paupières") (the thirty-seventh round's): a treatment still to come;
        # "I had my eyelids operated on" is done (no wish)
        r"\b(want|wants|wanted|would like|'d like|wish|wishes|plan|plans|planning|thinking of|considering) (to )?(have|get|having|getting) (my |her |his |their |the )?(\w+ ){0,2}(operated( on)?|corrected|removed|lifted|reshaped|done)\b",
        r"\b(möchte|mochte|möchten|mochten|will|wollen|würde gern|wurde gern|plane|überlege|uberlege)\b.{0,40}\b(operieren|korrigieren|entfernen|straffen|machen) (zu )?lassen\b",
        r"\b(veu[xt]|voudrai[st]?|voudrions|souhait\w*|aimerai[st]?|envisag\w*|pens\w* a) (me |se |te |nous |vous )?faire (operer|opérer|refaire|retoucher|corriger|enlever)\b",
        # whether a condition rules the treatment out ("does gum disease rule out implants?",
        # "spricht Bluthochdruck gegen eine OP?", "est-ce que ça empêche l'implant ?", "ekime
        # engel mi", "это мешает операции?", "هل النزيف يمنع الزراعة؟"): a candidacy question
        r"\b(rules?|ruled) (me |it )?out\b.{0,20}\b(implants?|surgery|operation|treatment|procedure|transplant)\b|\b(stop|prevent)s? (me |you |us )?(from )?(having|getting|doing) (the |an? |my )?(implants?|surgery|operation|treatment|procedure|transplant)\b",
        r"\b(spricht|sprechen|spräche)\b.{0,40}\bgegen (ein|eine|einen|die|das|den)? ?(implantat\w*|op\b|operation|eingriff|behandlung|transplantation)",
        r"\b(empêche|empeche|empêcher|empecher|contre-indiqu\w*)\b.{0,30}\b(implants?|opération|operation|greffe|intervention|chirurgie|traitement)\b",
        r"\b(implant|ekim|ameliyat|operasyon|tedavi)\w* (için |icin )?(engel|mani)\w*",
        r"(меша|препятству|противопоказан)\w*.{0,30}(имплант|операци|пересадк|лечени|процедур)",
        r"(يمنع|تمنع|يمنعني|بيمنع|مانع|عائق)\b.{0,20}(ال)?(زراعه|عمليه|تكميم|شفط|علاج|العلاج)",
        # whether the treatment hurts, asked before it ("الزرعة بتوجع؟", "tut das weh?")
        r"\b(does it hurt|will it hurt|is it painful|how painful|is the \w+ painful)\b",
        r"\b(tut (das|es|sowas) (sehr |arg )?weh|ist (das|es) schmerzhaft|wie schmerzhaft)\b",
        r"\b((ça|ca) fait (très |tres )?mal ?\?|est-ce (que c'est )?douloureux|c'est douloureux ?\?)",
        r"\b(acı(tır|r|yor) mı|ağrılı mı|acı(lı)? mı)\b",
        r"(больно ли|это больно|будет больно|болезненн\w* ли)",
        r"(بتوجع|بيوجع|بتألم|توجع|يوجع|مؤلمه|مؤلم|تؤلم)\s*(شي|كثير|كتير|جدا|اوي|أوي|قوي|اوى)?\s*[؟?]",
        r"\b(treatments?|surgery|operation|procedure|interested in|information about|info about|do you (do|offer|perform)|recovery time|how long does|candidate|consultation|results)\b",
        r"\b(rhinoplasty|nose job|hair transplant|veneers?|implants?|breast|liposuction|tummy tuck|facelift|blepharoplasty|teeth|dental)\b",
        r"\b(how many (days|nights|weeks)|how long (do|will|should|must) i (need to |have to )?(stay|be there))\b",
        r"(kaç gün|kaç gece|ne kadar kalmam)",
        r"\b(kaç|ne kadar) greft",  # how many grafts would be needed
        # how many grafts, and the clinic's before/after results ("how many grafts for a Norwood
        # 3?", "wie viele Grafts", "combien de greffons", "сколько графтов", "كم بصيلة",
        # "before/after photos", "vorher-nachher", "avant/après", "öncesi sonrası", "до/после",
        # "قبل وبعد")
        r"\b(how many|wie viele|combien de) (grafts|greffons)\b|(сколько|скольк\w*) графт\w*|графт\w*|залысин\w*|كم (بصيله|بصيلة|بصيلات)",
        r"\bbefore[ /-]?(and[ /-]?)?after (photos|pictures|pics|results)\b|\bvorher[ /-]nachher\b|\bavant[ /-]après\b|\böncesi[ /-]sonrası\b|\bдо[ /-]после\b|\bдо и после\b|قبل وبعد|قبل و بعد",
        # candidacy: "is that possible for me at all", "am I too young for it", sedation asked
        r"\b(geht|ginge) (das|es|so was|sowas) (bei (euch|ihnen) )?(überhaupt|trotzdem|auch)\b|\b(eine|die|der|zur) op\b",
        r"\b(endormie?|anesthésie générale|sous anesthésie|ponction|on dort)\b",
        r"\b(ekim|ameliyat|operasyon|tedavi)\w* (için|icin) (erken|geç|gec|uygun)\w*|\bkel(im|lik|leşme|lesme)?\b|\bsaç\w* dökül",
        r"(انفي|الانف|الأنف|خشمي)\b.{0,30}(انحراف|ما اتنفس|ما أتنفس|مسدود|معوج)|انحراف (في )?(الوتيره|الوتيرة|الحاجز)",
        r"(wie (viele|lange).{0,20}(tage|nächte|wochen|bleiben))",
        r"(combien de (jours|nuits|temps|semaines))",
        r"(сколько (дней|ночей|недель)|сколько времени нужно)",
        r"(كم يوم|كم ليله|كم ليلة|كم اسبوع)",
        r"\b(fue|dhi|sapphire|lasik|smile|prk|lens (exchange|replacement)|cataract|gastric|sleeve|bypass|bariatric|bbl|lipo|ivf|egg (freezing|donation)|icsi|crowns?|zirconia|all[- ]on[- ]?\d|norwood|suitable|candidate|recommend)\b",
        # the egg collection of IVF ("after the egg collection", "Eizellentnahme", "yumurta
        # toplama", "пункция", "سحب البويضات"; "ponction" is read above)
        # (the German "Punktion" alone, and the Turkish noun with its case endings, "yumurta
        # toplamadan sonra", the fortieth round's)
        r"\b(egg (collection|retrieval)|eizell\w*|follikelpunktion|punktion|yumurta topla(ma|nma)\w*)\b|пункци\w*|سحب (ال)?بويضات",
        # the lens implanted in a lens exchange or cataract operation, by its kind ("a trifocal
        # lens", "eine multifokale Linse", "un implant trifocal", "trifokal lens", "трифокальная
        # линза", "عدسة ثلاثية البؤرة") (the fortieth round's; the American Academy of
        # Ophthalmology, "IOL implants: lens replacement after cataracts": monofocal, multifocal
        # (trifocal), extended depth of focus and toric lenses): the eye treatment asked
        r"\b(mono|multi|tri|bi)-?fo[ck]al\w*|\bedof\b|\btori(c|k|que|sche)\w* (lens\w*|linse\w*|lentille\w*|implant\w*)|(моно|мульти|три)фокальн\w*|торическ\w* (линз|хрусталик)\w*|(احادية|أحادية|ثلاثية|ثلاثيه|متعددة|متعدده) (ال)?بؤر",
        r"\b(göz\w* lazer|lazer\w*|kornea\w*|tüp (mide|bebek)|mide (balonu|küçültme|bypass)|lens değişimi|katarakt|yumurta dondurma|uygun mu|uygun olur|hangisi|tavsiye(?! ?(et(ti|miş|mis)|ediyor|eden)\w*))",
        r"(linsentausch|lasik|augenlaser|augen lasern|magenbypass|schlauchmagen|magenballon|kinderwunsch|künstliche befruchtung|icsi|bbl|empfehl|lohnt sich|geeignet)",
        # an operation named by its German compound ("vor der Augen-OP", "eine Brust-OP", "die
        # Magen-OP") or the English "the op", and the contact lenses set aside before eye surgery
        # ("how long before do I stop my contact lenses?", "Kontaktlinsen vorher raus?") (the
        # fortieth round's): the eye treatment's preparation asked (FDA, "What should I expect
        # before, during, and after surgery?" (LASIK): soft contact lenses are left out for two
        # weeks before the evaluation)
        r"\b(?!post-)\w+-op\b|\b(the|my|an|this|her|his|your) op\b|\bcontact lens(es)?\b|kontaktlinse\w*",
        # the abdominoplasty cut short, "mini abdo", "abdo complète" (the fortieth round's); "des
        # abdos" (sit-ups) is sport
        r"\bmini[- ]?abdo\w*|\babdo (complete|complète|totale|classique|circulaire)\b",
        r"\b(fiv|pma|ovocytes|sleeve|by-?pass|anneau gastrique|lasik|cataracte|implant|bbl|lipo|possible quand|"
        + _REFERRED_FR
        + r"(conseill|recommand))",
        r"(эко|экстракорпорал|замен\w* хрусталик|лазерн\w* коррекци|рукавн|бандаж|шунтирован|бразильск|есть смысл|подойдет|подходит ли|посоветуйте|посоветуете|порекомендуете|порекомендуйте)",
        # a treatment said to suit ("мне подходит абдоминопластика или только липо?"): the
        # candidacy asked (the thirty-fifth round's); the plastic surgeries by their "-пластика"
        rf"(подходит|подойд[её]т){_RU_TREATMENT_SUITS}|\w+пластик\w*|\bлипо(сакц\w*|скульпт\w*)?\b",
        r"(تكميم|ربط المعده|تحويل المسار|اطفال انابيب|أطفال الأنابيب|الحقن المجهري|تصحيح النظر|الليزك|شفط|نحت|هل اصلح|هل أصلح|يناسبني|تنصحوني)",
        # information wanted is an enquiry with its topic ("saç ekimi hakkında bilgi",
        # "Informationen zur Nasen-OP", "des renseignements sur ...", "информация о ...", "معلومات
        # عن ..."); a greeting with "bilgi almak istiyorum" alone asks nothing yet (other)
        r"\b(tedavi|ameliyat|operasyon|(hakkında|hakkinda|için|icin|ile ilgili) bilgi|yaptırmak istiyorum|yapıyor musunuz|iyileşme süresi|burun estetiği|saç ekimi|diş(ler\w*|im\w*|i|in|ini|ine|inde|inden|e|te|ten|çi\w*|hekim\w*)?\b|implant|göğüs|liposuction|karın germe|estetik|estetiğ\w*|göz kapağı|blefaroplasti)",
        r"(behandlung|operation|eingriff|informationen (zu|über|zur|zum|bezüglich|für)\b|interessiere mich|nasenkorrektur|nasen-op|haartransplantation|veneers|implantat|brustvergrößerung|fettabsaugung|zähne|lifting|straffung|machen sie (auch )?|bieten sie)",  # German compounds: no leading \b
        r"\b(traitement|chirurgie|opération|intervention|faites-vous|proposez-vous|(renseignements?|informations?) (sur|pour|concernant|à propos)\b|intéressée?|rhinoplastie|greffes? de cheveux|greffes? capillaires?|greffes? de (barbe|sourcils|moustache)|facettes|implants?|seins|liposuccion|dents|augmentation mammaire|prothèses? mammaires?|abdominoplastie|blépharoplastie|lifting)",
        r"(лечени|операци|процедур|информаци\w* (о|об|по|про|насч[её]т|касательно)\b|интересует|ринопласт|пересадк\w* (волос|бород|бровей|брови|усов)|восстанавлива|восстановлени|реабилитаци|у вас (делают|делается|делаете|можно сделать)|винир|имплант|увеличени\w* груди|липосакц|зуб|подтяжк|лифтинг|блефаропласт|(вы )?делаете|проводите)",
        r"(علاج|عملية|جراحة|(معلومات|استفسار)\w* (عن|حول|بخصوص)\b|هل تجرون|هل تقومون|تجميل (ال)?(أنف|انف)|زراعة الشعر|قشور|زراعة الأسنان|تكبير الثدي|شفط الدهون|الأسنان)",
        # Arabizi (Arabic in Latin letters and digits): the treatment, how long to stay, whether
        # it hurts -- "zira3at el asnan", "3amaliyet el anf", "kam yom", "bt3awer?"
        r"\b(zara3a|zira3a|zar3a|zara3at|zira3at|zar3at|asnan|snan|3amaliy?a|3amaliyet|3amalya|ta7weel|tajmeel|tagmeel|tagmil|sha3r|sha3er|shafet|shaft)\b",
        r"\b(kam|cham|kam el) (yom|youm|yoom|ayam|ayyam|lela|leila|usbu3|esbou3)\b",
        r"\b(t3awer|bt3awer|ti3awer|bitwaja3|btewja3|btoja3|bet2alem|mo2lem|mu2lima)\b.{0,15}[؟?]",
        # whether it can be done for me, or how ("would that work for me?", "can it be done with
        # just a local?", "ma mère veut faire la paupière, est-ce possible ?", "kommt das für mich
        # in Frage?", "bana olur mu?", "мне это подойдёт?"): a candidacy question before treatment
        r"\b(would|could|will) (that|this|it) (work|be possible|be an option) for (me|her|him|us)\b|\bcan (it|that|this|they) be done (with|under|just|only|without|in)\b",
        r"\b(veut|voudrait|voudrais|aimerait|aimerais|souhaite|souhaiterait|souhaiterais) (se |me |lui )?(faire|refaire) (faire )?(la|le|les|l'|une|un|ses|mes|sa|son)\b|\best-ce (que c'est|possible|faisable)\b|\bc'est (possible|faisable) (pour|avec|sous|à)\b",
        r"\b(kommt|käme) (das|so etwas|sowas) (für mich|für sie|für ihn|bei mir) (in frage|infrage)\b|\b(bei mir|für mich) (machbar|möglich)\b",
        r"\b(bana|ona|annem\w*|babam\w*) (da )?(olur mu|uygun olur mu|yapılabilir mi|yapilabilir mi)\b",
        r"(мне|маме|ей|ему) (это |такое )?(подойд[её]т|можно сделать|возможно)\b",
        r"(ينفع|يصلح|ممكن) (لي|لامي|لأمي|لها|له) (هالعمليه|هالعملية|العمليه|العملية|هذا|هاد)",
        # "can I have it done" asked of oneself ("بقدر اعمل زراعة اسنان عندكن؟", "اقدر اسوي
        # تكميم؟") and a treatment named without its article ("زراعة اسنان", "زراعة شعر")
        r"(بقدر|اقدر|أقدر|بينفع|ينفع|ممكن) (اعمل|أعمل|اسوي|أسوي|اجري|أجري|اعملها|اسويها)|زراع(ه|ة) (ال)?(اسنان|أسنان|شعر)",
        # the treatment wanted ("أبي أسوي ابتسامة هوليود", "بدي اعمل تجميل انف"), two treatments
        # compared ("which is better, crowns or veneers?", "was ist besser, Kronen oder
        # Veneers?", "lequel est mieux, couronnes ou facettes ?", "hangisi" above, "что лучше,
        # коронки или виниры?", "أيهم أحسن التركيبات ولا العدسات؟"), the number of sessions asked
        # ("how many sessions", "wie viele Sitzungen", "combien de séances", "kaç seans", "сколько
        # сеансов", "كم جلسة"), and the Hollywood smile, veneers and crowns by their Arabic names
        # (the forty-fourth round's): a question about the treatment; after the operation the
        # stage makes it one about the recovery
        r"\bwhich (one |of (them|the two) |treatment |option )?(is|would be) (better|best)\b|\bhow many (sessions|treatments) (does|do|will|would|is|are)\b",
        r"\b(was|welche[rs]?) (ist|wäre) (besser|am besten)\b|\bwie viele (sitzungen|behandlungen)\b",
        r"\b(lequel|laquelle|lesquels|lesquelles) (est|serait|sont) (mieux|meilleure?s?|le mieux)\b|\bcombien de (séances|seances)\b",
        r"\bkaç (seans|seansta|seansa|seansı)\b",
        r"(что|какой|какие|какая) (из (них|двух) )?лучше\b|сколько (сеансов|процедур)\b",
        r"(ايهم|أيهم|ايهما|أيهما|اي واحد|أي واحد|ايش|شو|ايه|إيه|وش) (ال)?(احسن|أحسن|افضل|أفضل)\b.{0,40}\s(ولا|او|أو|والا)\s|كم (جلسه|جلسة|جلسات)\b",
        r"(ابتسامه|ابتسامة) (هوليود|هوليوود)|هوليود سمايل|(ال)?(فينير|فينيرز|لومينير|لومينيرز|تيجان)\b",
        r"(ابي|أبي|ابغى|ابغي|أبغى|ابغا|بدي|عايز|عايزه|حابب|حابه|اريد|أريد|ودي) (اسوي|أسوي|اعمل|أعمل|اجري|أجري)\b",
        # the fast before an operation, counted in hours ("nothing to eat 6 hours before", "6
        # Stunden vorher nichts essen", "ne rien manger 6 h avant", "6 saat önce aç kal", "не
        # есть за 6 часов", "لا تاكل قبل ٦ ساعات"): how to prepare, a question about the
        # treatment (the thirty-sixth round's)
        r"\b(eat|drink|eating|drinking|food|fast\w*)\b[^.?!]{0,30}\b\d{1,2} ?(hours?|hrs?|h)\b[^.?!]{0,10}\bbefore\b",
        r"\b\d{1,2} ?(stunden|std|h)\b[^.?!]{0,25}\b(vorher|davor|vor)\b[^.?!]{0,30}\b(essen|trinken|nüchtern)\b|\b(nichts (essen|trinken)|nüchtern)\b[^.?!]{0,30}\b\d{1,2} ?(stunden|std|h)\b",
        r"\b(manger|boire|a jeun)\b[^.?!]{0,30}\b\d{1,2} ?(heures?|h)\b[^.?!]{0,10}\bavant\b",
        r"\b\d{1,2} saat (önce|once)\b[^.?!]{0,30}\b(yeme|yemey|içme|icme|aç|ac)\w*",
        r"не (есть|пить|кушать|ешьте|пейте)\b[^.?!]{0,10}\b(за )?\d{1,2} час",
        r"(لا|ما|بدون|ممنوع) ?(تاكل|تأكل|اكل|آكل|أكل|الاكل|الأكل|تشرب|اشرب|أشرب)[^.?!؟]{0,20}قبل[^.?!؟]{0,5}\d{1,2} ?(ساع)",
    ],
}

# "Before I book ...": a booking in a subordinate clause is the frame of a question about the
# treatment, not a request for an appointment ("before I book the sleeve: what is your protocol
# for ..."). An appointment word found only inside such a clause does not make the intent.
# Arrival as a time, not a topic: "do you need the originals when I arrive?" asks about documents.
# The trip named only as the frame of a booking ("the consultation and the operation on the
# same trip", "بنفس الرحلة", "dans le même séjour"): the ask is the booking.
SAME_TRIP: list[str] = [
    r"\b(on|in|during) (the )?(same|one|a single) (trip|visit|stay)\b|\baynı (seyahat|gezi|ziyaret|gidiş)\w*|\b(auf|in|während) (der|einer) (selben|gleichen|einzigen) (reise|fahrt)\b|\b(im|beim) (selben|gleichen) (aufenthalt|besuch)\b|\b(dans|pendant|lors d')( le| un| une)? (même|meme|seul) (voyage|séjour|sejour)\b",
    r"(за|в) (одну|одну и ту же|ту же) поездку|(بنفس|في نفس|بذات) (الرحله|الرحلة|السفره|السفرة|الزياره|الزيارة)",
    # the hotel as the place of the consultation ("Beratung im Hotel", "the consultation at the
    # hotel", "consultation à l'hôtel", "otelde görüşme", "консультация в отеле", "الاستشارة
    # في الفندق"): where the appointment is held, no question about the stay
    r"\b(consultation|consult|appointment|check-?up|beratung|termin|konsultation|voruntersuchung|rendez-vous|rdv|bilan)\b.{0,12}\b(at|in) (the |your |our |my )?hotel\b|\b(beratung|termin|konsultation|voruntersuchung)\b.{0,12}\b(im|in (unserem|ihrem|meinem|dem)) hotel\b|\b(consultation|rendez-vous|rdv|bilan)\b.{0,12}\b(à|a|dans) (l'|mon |votre )hôtel\b",
    r"\botel(de|imde|inizde|imizde) (görüşme|muayene|konsültasyon|randevu)\w*|(консультаци|при[её]м|осмотр|встреч)\w* (в|у) (отел|гостиниц)\w*|(الاستشاره|الاستشارة|الموعد|الكشف|استشاره|استشارة) (في |ب)(ال)?فندق",
]

# The trip not booked yet ("I haven't booked my flights yet", "Flüge noch nicht gebucht", "je
# n'ai pas encore pris les billets", "biletleri henüz almadım", "билеты ещё не купила" -- also
# typed in Latin letters, "bilety eshe ne kupila" --, "ما حجزت التذاكر لسه") beside a date asked
# or moved: why the change is easy, no question about the journey. Read only when every travel
# word lies inside it (a flight or hotel asked elsewhere stays travel).
SAME_TRIP.extend(
    [
        r"\b(i|we) (haven'?t|have not|didn'?t|did not) (\w+ )?(book|bought|buy|got|get)\w* (my |our |the |any )?(flights?|tickets?|plane tickets?)( yet)?\b|\b(flights?|tickets?) (are |is )?not (booked|bought) yet\b",
        r"\b(flug|flüge|tickets?)\b.{0,20}\bnoch nicht (gebucht|gekauft)\b|\bnoch (keine|keinen) (flug|flüge|tickets?)\b",
        r"\b(pas encore|pas encore pris|pas encore acheté|pas encore réservé)\b.{0,20}\b(billets?|vols?)\b|\b(billets?|vols?)\b.{0,20}\bpas encore\b",
        r"\b(bilet|uçak bileti)\w* (henüz|daha) (almadım|almadık|alınmadı|yok)\b|\b(henüz|daha) bilet\w* (almadım|almadık|yok)",
        r"(билет\w*) (ещ[её] |пока )?не (купил|купила|купили|брал|брала|брали|взял|взяла|бронировал\w*)|\bbilet\w* (eshe|esche|eshche|eshchyo|yeshe|poka) ne (kupil|kupila|kupili|bral|brala|vzyal|vzyala)\b",
        r"(ما|مو|لسه|لسا|بعد ما) (حجزت|حجزنا|اشتريت|اشترينا|قطعت) (ال)?(تذاكر|تذكره|تذكرة|طيران)",
    ]
)

ARRIVAL_TIME: list[str] = [
    r"\b(when|once|after|as soon as|before) (i|we) (arrive|land|get there|get to (the clinic|istanbul|turkey))\b|\b(on|upon|at) (my|our) arrival\b",
    # the departure as a time or an origin ("before I fly out", "we'd be flying out of Cork")
    r"\b(before|when|once) (i|we) (fly|travel|leave)( out| over)?\b|\b(would be|'d be|will be|are|am) flying (out )?(of|from)\b",
    r"\b(geldiğimde|geldigimde|gelince|gelirken|vardığımda|vardigimda|varınca|varinca|indiğimde|indigimde)\b",
    r"\b(wenn|sobald|bevor) (ich|wir) (\w+ ){0,3}(ankomme|ankommen|lande|landen|da bin|da sind)\b|\bbei (meiner|unserer) ankunft\b",
    r"\b(à|a|dès|des|lors de) (mon|notre) arrivée\b|\bquand (j'arrive|on arrive|nous arriverons|j'arriverai)\b",
    r"(когда|как только|до того как) (я |мы )?(прилечу|прилетим|приеду|приедем|буду на месте)|по прил[её]ту|по приезд[уе]",
    r"(لما|عندما|اول ما|أول ما) (اوصل|أوصل|نوصل|اجي|أجي)|عند (وصولي|وصولنا)",
    # the arrival told relative to the booking ("I'll arrive the day before", "j'arriverai la
    # veille", "ich reise am Vortag an"): it dates the appointment confirmed or asked
    r"\b(i|we)('ll| will|'m| am| are|'re)? (arrive|arriving|land|landing|fly in|flying in|get in|be there) the (day|night|evening) before\b",
    r"\b(j'arriverai|j'arrive|nous arriverons|on arrivera|on arrive|j'atterris|j'atterrirai) la veille\b",
    r"\b(ich|wir) (komme|kommen|reise|reisen|lande|landen|bin|sind) (schon )?(am vortag|einen tag (vorher|davor|früher))( an)?\b",
    r"\b(bir gün|bir gun|1 gün|1 gun) (önce|once|önceden|onceden) (geliyorum|gelirim|geleceğim|gelecegim|geliyoruz|gelip)\b",
    r"(приеду|прилечу|приедем|прилетим|буду на месте) (накануне|за день( до)?)\b",
    r"(هوصل|بوصل|حوصل|اوصل|أوصل|نوصل|راح اوصل|رح اوصل|سأصل) (قبلها بيوم|قبل بيوم|اليوم اللي قبله|في اليوم السابق)",
    # the arrival told as a date, framing another ask ("we land on the 14th around midnight so
    # the consultation ..."): the trip itself is not asked about -- unless a flight is named with
    # it ("I arrive on 12 June with TK 1980"), which is the trip's own detail
    r"\b(i|we) (land|arrive|fly in|get in)\b (on|at|around) (the )?\d{1,2}(st|nd|rd|th)?\b(?!.{0,40}\b(with|flight|flug|mit|vol|avec|ile|ucus|uçuş|рейс)\b)",
    r"\b(ich|wir) (lande|landen|komme|kommen) (am|um) \d{1,2}\.(?!.{0,40}\b(with|flight|flug|mit|vol|avec|ile|ucus|uçuş|рейс)\b)",
    r"\b(nous arrivons|on arrive|j'arrive|on atterrit|nous atterrissons) (le|à) \d{1,2}\b(?!.{0,40}\b(with|flight|flug|mit|vol|avec|ile|ucus|uçuş|рейс)\b)",
    r"\b\d{1,2}'?(de|da|inde|ında|unda|sinde) (iniyoruz|iniyorum|geliyoruz|geliyorum|varıyoruz|varıyorum)\b(?!.{0,40}\b(with|flight|flug|mit|vol|avec|ile|ucus|uçuş|рейс)\b)",
    # ... in Russian and Arabic ("прилетаю 14-го вечером", "اوصل يوم 14"): the day of arrival
    # beside a date confirmed or asked
    r"(прилетаю|прилетаем|прилечу|прилетим|приезжаю|приезжаем|приеду|приедем) (\d{1,2}(-?го|-?е)?|\d{1,2} \w+)\b(?!.{0,40}(рейс|flight|with))",
    r"(اوصل|أوصل|بوصل|هوصل|نوصل|سأصل|واصل) (يوم |في |بتاريخ )?\d{1,2}\b(?!.{0,40}(رحله|رحلة|طيران|flight))",
]

# What a closing thank-you must not hold after it: a booking or another want ("thanks for the
# consultation, I'd like to book the operation in May").
_NOTHING_WANTED = (
    r"(?![^?]*\b(book|booking|want|would like|'d like|möchte|möchten|will (\w+ )?(buchen|machen)|buchen|voudrais|veux|souhaite|réserver"
    r"|istiyorum|isterim|randevu al\w*|хочу|хотел\w*|записат\w*|ابي|أبي|بدي|اريد|أريد|احجز|أحجز|نحجز))[^?]*$"
)

# A closing message: the writer will think it over and come back ("ich melde mich", "I'll get
# back to you"), so nothing is asked yet.
GET_BACK: list[str] = [
    # a message written only to thank ("je voulais juste vous remercier pour l'accueil", "just
    # wanted to say thank you for today"): it closes, it asks nothing
    r"\b(je voulais|je tenais à|je tenais a|(i )?(just )?wanted to|ich wollte|wollte (nur|mich)|просто хотел\w*|хотел\w* (бы )?просто|(بس )?حبيت|اردت|أردت)\s(juste |just |nur |mich |просто )?(vous |you |euch |ihnen |вас |اشكركم )?(remercier|thank|say (thank|thanks)|danken|bedanken|поблагодарить|اشكر|أشكر)",
    r"\b(sadece )?teşekkür etmek (istedim|istiyorum)",
    # thinking about it for later, with nothing asked ("maybe one day I'll think about it
    # too", "ben de ileride düşünüyorum", "ich überlege es mir für später", "j'y pense pour plus
    # tard", "я тоже подумываю на будущее", "وانا بفكر فيها بالمستقبل")
    r"\b(i'?m|i am) (also |too )?(thinking|considering) (about )?(it|one|that|them)? ?(for )?(later|in the future|one day|someday|next year)\b",
    r"\b(ileride|ilerde|sonra|gelecekte|seneye)\b.{0,20}\b(düşünüyorum|dusunuyorum|düşünürüm|dusunurum|düşünebilirim|dusunebilirim)\b",
    r"\b(überlege|überleg|denke) (es mir |mir das |darüber |daran )?(auch )?(für später|später|irgendwann|nächstes jahr)\b",
    r"\b(j'y (pense|réfléchis|songe)|je (pense|réfléchis|songe) (à le faire|y))\b.{0,15}\b(plus tard|un jour|l'an prochain|l'année prochaine)\b",
    r"(подумываю|думаю|подумаю)( об этом| тоже)? (на будущее|в будущем|позже|потом|на следующий год)",
    r"(بفكر|افكر|أفكر|بفكّر)\w* (فيها |فيه |بالموضوع )?(بالمستقبل|في المستقبل|بعدين|السنه الجايه|السنة الجاية)",
    # thanks for the welcome or the care received, and nothing asked ("merci à toute l'équipe
    # pour l'accueil", "thank you all for looking after my mum", "danke für die liebe Betreuung")
    r"\b(merci|thanks?|thank you|danke|dank|teşekkür\w*|спасибо|благодар\w*|شكرا|مشكور\w*)\b[^?]{0,60}\b(pour (l'accueil|votre accueil|les soins|votre gentillesse|tout)|for (the |your )?(welcome|hospitality|care|kindness|looking after|everything)|für (die|eure|ihre|den) (\w+ )?(betreuung|aufnahme|empfang|fürsorge)|für alles|(karşılama|ilgi|misafirperverlik|bakım)\w* (için|icin)|за (тёплый |теплый )?(при[её]м|заботу|вс[её])|على (الاستقبال|الاهتمام|الرعايه|الرعاية|كل شي))[^?]*$",
    # thanks for the consultation or the answers that closes with "all clear" and asks nothing
    # more ("спасибо за консультацию, всё понятно", "merci pour les explications, tout est clair")
    r"\b(thanks?|thank you|danke|dank|merci|teşekkür\w*|sağ ?ol\w*|спасибо|благодарю|شكرا|مشكور\w*)\b[^?]{0,80}"
    r"\b(all clear|everything('s| is)? clear|understood|got it|makes sense|alles klar|alles verstanden|verstanden|tout est clair|c'est clair|c'est compris|compris"
    r"|her şey (açık|anlaşıldı|net)|anlaşıldı|anladım|вс[её] понятно|понятно|ясно|كل شي واضح|كل شيء واضح|واضح|فهمت)( now| jetzt| maintenant| теперь| şimdi| الحين| هلا| الحمد لله)?[^\w]*$",
    # thanks for the consultation or the call, and nothing asked or wanted after it ("thanks
    # again for yesterday's consultation, really well explained", "Danke für die Beratung
    # gestern", "merci pour la consultation d'hier", "dünkü görüşme için teşekkürler", "спасибо за
    # вчерашнюю консультацию", "شكرا على الاستشارة امس"): it closes; "..., I'd like to book the
    # operation" still asks
    r"\b(thanks?|thank you)\b (\w+ ){0,2}for (the |your |today'?s |yesterday'?s |this morning'?s )?(\w+ )?(consultation|consult|call|video call|appointment|explanations?|time|advice)\b"
    + _NOTHING_WANTED,
    r"\b(danke|dank)\b (\w+ ){0,3}für (die|das|den|ihre|eure|deine) (\w+ )?(beratung|gespräch|termin|telefonat|call|videocall|erklärung|zeit)\w*"
    + _NOTHING_WANTED,
    r"\bmerci\b (\w+ ){0,3}pour (la |le |l'|votre |ta |les |vos )(\w+ )?(consultation|rendez-vous|rdv|appel|visio|explications?|temps|conseils?)\b"
    + _NOTHING_WANTED,
    r"\b(görüşme|muayene|konsültasyon|konsultasyon|açıklama|bilgilendirme)\w* (için )?(çok |tekrar )?(teşekkür\w*|sağ ?ol\w*)"
    + _NOTHING_WANTED,
    r"(спасибо|благодар\w*) (\w+ )?за (\w+ )?(консультаци|при[её]м|созвон|звонок|разъяснени|объяснени)\w*"
    + _NOTHING_WANTED,
    r"(شكرا|مشكور\w*|اشكرك\w*|أشكرك\w*) (\w+ )?(على|ع|عال) (ال)?(استشاره|استشارة|مكالمه|مكالمة|شرح|موعد|وقت)"
    + _NOTHING_WANTED,
    r"\b(i'?ll|i will|we'?ll|we will) ([\w,]+ ){0,6}(get back to you|be in touch|let you know|come back to you|think about it)\b",
    r"\b(size|sana) (dönüş|donus) (yapacağım|yapacagim|yaparım|yaparim|yapıcam|yapicam)|\b(düşünüp|dusunup) (dönerim|donerim|yazarım|yazarim)",
    r"\b(melde|meld) (mich|ich mich|mich dann|mich wieder|mich nochmal)\b|\b(ich|wir) (melde|meld|melden) (\w+ ){0,3}(mich|uns)\b",
    r"\b(je|nous) (vous |te )?(recontacte|reviens vers vous|reviens vers toi|redonne des nouvelles|tiens au courant)\w*|\bje reviens vers (vous|toi)\b",
    r"(я|мы) (вам |тебе )?(напишу|напишем|свяжусь|свяжемся|дам знать|сообщу)( позже| потом)?|(подумаю|подумаем|посоветуюсь|обсужу|обсудим)\w*.{0,30}(напишу|напишем|свяжусь|свяжемся|отпишусь|дам знать)",
    r"(برجعلك|برجع لك|راح ارجعلك|ارد عليك|اخبرك|أخبرك) (بعدين|لاحقا|لاحقاً)?|(بفكر|افكر) (فيها|بالموضوع) (و|ثم) (ارجع|أرجع)",
]

# time off work booked, in English: the leave booked (its length in days or weeks, "time off",
# "leave") -- a count only between the verb and the leave, so "book the consultation for my days
# off" is no such frame
_LEAVE_BOOKED_EN = (
    r"\b(book|booking|reserve|schedule|plan)\w* (\w+ ){0,1}off\b( work)?"
    r"|\b(book|booking|reserve|schedule)\w* ((a|an|one|two|three|four|five|six|ten|\d+|few|couple|of|some|more|enough|my|annual|sick|the) ){0,3}"
    r"((days?|weeks?|time) (off|of (leave|holiday|vacation))|(annual |sick )?leave|pto|(holiday|vacation) (from|off|at) work)\b"
)
_LEAVE_BOOKED_EN_ASKED = (
    r"\b(days?|weeks?|time) (off|of (leave|holiday|vacation))( work| from work| at work)? "
    r"(should|shall|do|must|would|will|need to|have to) (i|we) (\w+ )?(book|reserve|schedule)\b"
)

BOOKING_CLAUSE: list[str] = [
    r"\bbefore (i|we) (\w+ ){0,2}(book|booking|schedule|reserve)\w*",
    r"\bavant de (\w+ ){0,2}(réserver|prendre (un )?rendez-vous|booker)",
    r"\bbevor ich (\w+ ){0,3}(buche|reserviere|einen termin)",
    r"\b(rezervasyon|randevu)\w* (yapmadan|almadan|yaptırmadan)",
    r"(перед тем,? как|прежде чем) (записаться|забронировать|записываться|бронировать)",
    r"قبل (ما|ان|أن) (أحجز|احجز|نحجز|أسجل|اسجل)",
    # time off work booked ("how many days off work should I book?", "book two weeks of leave",
    # "wie viele Tage Urlaub soll ich buchen?", "combien de jours de congé dois-je réserver ?",
    # "сколько дней отпуска забронировать?", "كم يوم اجازة احجز؟") (the thirty-eighth round's):
    # the leave is booked with the employer, so the words frame a recovery question, not a date
    # at the clinic; "can I book the consultation for my days off?" books the visit and stays
    _LEAVE_BOOKED_EN,
    _LEAVE_BOOKED_EN_ASKED,
    r"\b(urlaub|urlaubstage|tage frei|freie tage)\b (soll|sollte|muss|müsste|würde) (ich|man) ([\w-]+ ){0,4}(buchen|reservieren|einplanen|einreichen|beantragen)\b|\b(urlaub|urlaubstage) (zu )?(buchen|reservieren|einreichen|beantragen)\b",
    r"\b(réserv|pos|prend|bloqu)\w* (combien de |quelques |\d+ |une |deux |trois |quatre )?(jours?|semaines?) (de )?(congés?|vacances|repos|rtt)\b|\b(jours?|semaines?) (de )?(congés?|vacances|rtt)\b (dois-je|je dois|faut-il|il faut) (\w+ )?(réserver|poser|prendre|bloquer)\b",
    r"(отпуск|отгул)\w* (\w+ ){0,2}(забронир|бронир)\w*|(забронир|бронир|записаться|записываться)\w* (в |на )?(отпуск|отгул)\w*",
    r"(اجازه|اجازة|إجازة|إجازه) (\w+ ){0,2}(احجز|أحجز|نحجز|احجزها)|(احجز|أحجز|نحجز) (\w+ ){0,2}(اجازه|اجازة|إجازة|إجازه)",
]

# (not a medium asked in place of the visit: "можно консультацию по видео, а не в клинике?",
# "could I have a video consultation instead of coming in?" ask no slot)
_NOT_INSTEAD = (
    r"(?![^?.!؟\n]{0,60}\b(instead|rather than|а не|вместо|plutôt|plutot|au lieu|statt|anstatt"
    r"|yerine|بدل|بدال|بدلا)\b)"
)

# A date asked for, moved or checked as free ("can I move my consultation to Thursday?", "ist im
# Oktober noch ein Termin frei?", "pazartesi gelebilir miyim?", "можно перенести операцию?",
# "متى عندكم فاضي؟"): the answer waits on the coordinator's calendar, so the agent's turn asks
# for it (``request_info``, :func:`careflow_agents.decision.decide`) -- unless the patient is
# confirming a date already given (:data:`APPOINTMENT_CONFIRMED`).
APPOINTMENT_REQUEST: list[str] = [
    r"\b(move|change|reschedule|postpone|push (\w+ ){0,3}back|bring (\w+ ){0,3}forward|shift|instead of|book|free|available|availability|which day|what day|when can i come|can i come|slot)\b",
    # the same asked with -ing ("any chance of moving my op to the 10th?")
    r"\b(moving|changing|rescheduling|postponing|shifting|pushing (\w+ ){0,3}back|bringing (\w+ ){0,3}forward)\b",
    # dates told wrong and corrected ("I typed the wrong dates, it's the 14th-18th")
    _WRONG_DATES,
    _SAME_WEEK_VISITS,
    *_DAY_MOVED_OR_CHOSEN,
    _TR_DATE_FROM_TO,
    # a visit asked as possible on a calendar date (see ``_COME_ON_DATE``)
    *_COME_ON_DATE,
    # the earliest or the nearest date asked (see ``_EARLIEST_DATE``)
    _EARLIEST_DATE,
    # one day or another asked of a booking (see ``_DAY_OR_DAY``)
    _DAY_OR_DAY,
    # a Turkish date moved to a day and month in the dative ("randevumu 22 ocağa alabilir
    # miyiz", "ameliyatı 3 marta çekebilir misiniz") (the thirty-seventh round's); "22 ocakta
    # görüşürüz" (a date only confirmed, the locative) asks nothing
    r"\b\d{1,2}\.? ?(oca[kğg]|şubat|subat|mart|nisan|mayıs|mayis|haziran|temmuz|ağustos|agustos|eylül|eylul|ekim|kasım|kasim|aralı[kğg]|arali[kğg])\w*?'?(y?[ae])\b (\w+ )?(al|çek|cek|kaydır|kaydir|ertele|koy)\w*",
    _DISPO_ASKED,
    # when to book the date asked (see ``WHEN_TO_BOOK``)
    *WHEN_TO_BOOK,
    # a date pushed to another ("can we push my op from the 3rd to the 10th?")
    r"\b(push|pushing) (\w+ ){0,3}(from|to|till|until) (the )?\d{1,2}",
    r"\b(verschieben|verlegen|frei\b|verfügbar|statt|anstatt|buchen|welcher tag|wann kann ich kommen|termin (haben|bekommen|vereinbaren|ausmachen))",
    r"\b(décaler|decaler|déplacer|reporter|changer|libre|disponible|au lieu|prendre (un )?(rendez-vous|rdv)|quel jour|avancer|réserver|reserver)\b",
    r"(ertele|ileri al|geri al|değiştir|kaydır|boş mu|bos mu|müsait|uygun mu|randevu al|gelebilir miyim|hangi gün)",
    # a free day, date or place asked ("o hafta boş gün var mı", "uygun tarih kaldı mı",
    # "haben Sie einen freien Tag?")
    r"\b(boş|müsait|musait|uygun) (gün|tarih|yer|randevu)\w* (var m|kaldı m|kaldi m)|\bfreie[nrs]? (tag|tage|termin|termine|datum)\b",
    r"(перенест|перенес|перенос|свободн|записат|вместо|какой день|когда можно (приехать|прийти)|можно (приехать|прийти))",
    r"(نأجل|اأجل|أأجل|تأجيل|أجل|نغير|اغير|أغير|تغيير|فاضي|متاح|احجز|أحجز|نحجز|ابي موعد|أبي موعد|بدي موعد|بدل|متى عندكم)",
    # an appointment or a consultation wanted ("I'd like an appointment on Sunday", "ich
    # möchte einen Termin", "je voudrais un rendez-vous", "randevu istiyorum", "хочу
    # записаться", Gulf "ابغى موعد", Egyptian "عايز ميعاد"): a slot to be found
    r"\b(i'?d like|i would like|i want|i need) (to (have|get|book) )?(an? )?(appointment|consultation|slot)\b",
    r"\b(möchte|hätte gern|hätte gerne|will|brauche) (\w+ )?(termin|beratungstermin|beratung)\b",
    r"\b(voudrais|veux|souhaite|souhaiterais|aimerais) (\w+ )?(rendez-vous|rdv|consultation|créneau|consult)\b",
    r"\b(randevu|muayene|görüşme|konsültasyon)\w* (almak )?(istiyorum|istiyoruz|rica ediyorum)",
    r"(ابغي|ابغى|أبغى|ابغا|اريد|أريد|ودي|عايز|عايزه|حابب|حابه) (ال)?(موعد|ميعاد|حجز|استشاره|استشارة|كشف)",
    # the same wanted in Arabizi (Arabic in Latin letters and digits: "ab3'a maw3ed", "3ayez
    # mi3ad kashf", "bdi a7jez maw3ed", "mumkin estishara online?") and in English with the kind
    # of visit between ("I'd like an online consultation appointment") (the fiftieth round's): a
    # slot to be found, as the Arabic above; a slot taken ("akkadt el maw3ed", "confirmed")
    # is ``APPOINTMENT_CONFIRMED``'s
    r"\b(ab3'?a|ab3'?i|abgha|abghi|abga|abi|abbi|bdi|badi|biddi|baddi|3ayez|3ayz|3awez|3awz"
    r"|3ayza|3ayzah|3awza|areed|oreed|ored|urid|7abeb|7abib|7abba|wedi|weddi|mumkin|momken|mumken"
    r"|mmkn|a2dar|a2der|aqdar|ynfa3|yenfa3)\b (\w+ ){0,2}(el ?)?(maw3ed|maw3id|mi3ad|me3ad|mo3ad"
    r"|ma3ad|estesharah?|esteshara|estishara|istishara|isteshara|kashf|kachf|7ajz|7agz|a7jez"
    r"|a7gez|a7joz)\b",
    r"\b(i'?d like|i would like|i want|i need) (an? )?(\w+ ){0,2}(appointment|consultation|slot)\b",
    # ... and in the other languages' spoken forms ("ich will nen Online-Termin", "bräuchte
    # einen Videotermin", "хочу на онлайн консультацию", "нужна видеоконсультация")
    r"\b(will|brauch|bräuchte|hätt gern|möchte|brauche) (\w+ ){0,2}[\w-]*(termin|beratung)\w*",
    r"(хочу|хотела? бы|нужн[аоы]?) (записаться )?(на )?(\w+ ){0,2}(видео|онлайн-?)?(консультаци|при[её]м)\w*",
    # and asked as possible ("could I have an online consultation on Thursday?", "wäre ein
    # Termin am Donnerstag möglich?", "est-il possible d'avoir un rdv jeudi ?", "perşembe
    # görüşme ayarlanabilir mi?", "можно консультацию в четверг?", "ممكن موعد استشارة يوم
    # الخميس؟") (the forty-fourth round's): a slot the coordinator looks for, as the labelling
    # guide's request_info; the writer's own booking told ("my appointment is on Thursday") asks
    # nothing
    _NOT_INSTEAD
    + r"\b(can|could|may) (i|we) (please )?(have|get|request) (an? )?(\w+ )?(appointment|consultation|consult)\b",
    _NOT_INSTEAD
    + r"\b(wäre|ist) (ein|eine) (\w+ )?(termin|beratung|beratungstermin|videosprechstunde)\w* (\w+ ){0,4}möglich\b",
    _NOT_INSTEAD
    + r"\b(possible d'avoir|puis-je avoir|je peux avoir|pourrais-je avoir|peut-on avoir|on peut avoir) (un |une )(\w+ )?(rendez-vous|rdv|consultation|téléconsultation|créneau)",
    _NOT_INSTEAD
    + r"\b(randevu|görüşme|gorusme|muayene|konsültasyon|konsultasyon)\w* (ayarla|planla|verebil|olabil|yapabil)\w* m[ıiuü]",
    _NOT_INSTEAD
    + r"(можно|можно ли|могу ли я получить) (\w+ )?(онлайн-)?(консультаци|при[её]м|видеоконсультаци)\w*",
    _NOT_INSTEAD + r"(ممكن|اقدر|أقدر|ينفع|بقدر|نقدر) (ال)?(موعد|ميعاد|استشاره|استشارة|كشف)\b",
    # a date brought forward ("تقدمون موعدي", "نقدم الموعد", "Termin vorziehen", "öne al")
    r"(تقدمون|تقدموا|تقدم|نقدم|اقدم|أقدم|يتقدم|تقديم) (ال)?(موعد|عمليه|عملية|العمليه)\w*|\b(vorziehen|vorverlegen|früher (kommen|machen|legen))\b|\böne (al|çek)",
    *_SLOT_ASKED,
    # a place asked with a week after it, a visit asked to be arranged (the forty-first round's)
    *_ROOM_ASKED,
    *_VISIT_ARRANGED,
    # a visit asked as held on a day of the week or at the weekend (the forty-second round's),
    # and the clinic's opening days asked in English as the other five languages already ask
    # them in ``_SLOT_ASKED`` ("are you open sundays?"; the opening hours alone ask no day)
    *_VISIT_ON_DAYS,
    r"\b(are you|is the clinic|is the office|are they) (also )?open (on )?(the )?(sundays?|saturdays?|weekends?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?)\b",
]
APPOINTMENT_CONFIRMED: list[str] = [
    r"\b(confirm\w*|works for me|see you (then|on)|suits me|that'?s fine|noted)\b",
    r"\b(bestätig\w*|passt (mir|gut|so)|bis dann|geht klar|alles klar)\b",
    r"\b(confirm\w*|c'est noté|ça me va|ca me va|ça marche|à bientôt)",
    r"(onaylıyorum|onayliyorum|teyit|tamamdır|tamamdir)",
    _SUITS_SAID,
    r"(подтвержда|подходит|договорились|в силе)",
    r"(مأكد|مؤكد|أكدت|اكدت|تمام|ماشي|يناسبني)",
    # and in Arabizi ("akkadt el maw3ed", "el 5ames ynasebni"); a bare "tamam" is Turkish too
    r"\b(akkadt|akadt|2akkadt|a2kadt|mit2akid|mt2aked|ma2kad|mu2akkad|ynasebni|yinasibni"
    r"|bynasebni|bynasbni)\b",
]

# A consultation named as where the doctor *said* something ("hat beim Online-Termin gesagt",
# "m'a dit en visio que", "told me at the consultation", "на консультации сказал", "görüşmede
# söyledi", "بالاستشارة قالي"): a past conversation reported, no request for an appointment. An
# appointment word found only inside such a frame does not make the intent.
SAID_AT: list[str] = [
    r"\b(said|told (me|us)|mentioned|explained|advised)\b.{0,30}\b(at|in|during|on) (the|my|our) (video |online |zoom )?(appointment|consultation|call|consult)\b",
    r"\b(at|in|during|on) (the|my|our) (video |online |zoom )?(appointment|consultation|call|consult)\b.{0,40}\b(said|told|mentioned|explained|advised)\b",
    r"\b(beim|im|in der|bei der|während der|während dem)\b.{0,15}(termin|beratung|gespräch|sprechstunde|call|telefonat)\w*.{0,30}\b(gesagt|gemeint|erklärt|empfohlen)\b",
    r"\b(gesagt|gemeint|erklärt|empfohlen)\b.{0,20}\b(beim|im|in der|bei der)\b.{0,15}(termin|beratung|gespräch|sprechstunde|call|telefonat)\w*",
    r"\b(m'a|nous a|m'avait|a) (dit|expliqué|conseillé|précisé)\b.{0,25}\b(en visio|en consultation|au (rendez-vous|rdv)|lors (du|de la) (rendez-vous|rdv|consultation|visio|téléconsultation))",
    r"\b(en|lors de la|pendant la|à la) (visio|consultation|téléconsultation)\w*.{0,40}\b(m'a|nous a|m'avait|a) (dit|expliqué|conseillé|précisé)\b",
    r"(görüşme|muayene|konsültasyon)\w*(de|da|te|ta)\b.{0,40}(söyledi|dedi|demişti|belirtti|önerdi)",
    r"(на|во время|после) (консультаци|при[её]м|созвон|видеозвонк)\w*.{0,40}(сказал|говорил|объяснил|посоветовал)|(сказал|говорил|объяснил)\w*.{0,30}(на|во время) (консультаци|при[её]м|созвон|видеозвонк)",
    r"(الاستشاره|الاستشارة|الموعد|المكالمه|المكالمة|الكشف).{0,40}(قال|قالت|قالي|قاللي|قالتلي|حكى|حكالي)|(قال|قالت|قالي|قاللي|قالتلي|حكى|حكالي).{0,30}(بالاستشاره|بالاستشارة|بالموعد|بالمكالمه|بالمكالمة|بالكشف)",
    # The clinic's booking system named as where a time is read ("the booking system shows my
    # surgery at 7:30", "im Buchungssystem steht", "sur le système de réservation", "randevu
    # sisteminde görünüyor", "в системе записи", "بنظام الحجز"): a source reported, like the
    # consultation above; the booking word names the tool (the thirty-sixth round's)
    r"\b(booking|appointment|scheduling|reservation) (system|app|portal|platform|website|site)\b",
    r"\b(buchungs|termin|reservierungs|online-?termin)(system|portal|app|kalender|plattform)\w*",
    r"\b(systeme|logiciel|portail|appli|application|plateforme|site) (de |d'|du )?(reservation|rendez-vous|rdv|prise de rendez-vous)\b",
    r"\b(randevu|rezervasyon) ?(sistem|uygulama|portal|platform|sayfa|ekran)\w*",
    r"(систем|приложени|портал|сайт|кабинет)\w* (онлайн-?)?(записи|бронировани\w*)",
    r"(نظام|تطبيق|موقع|بوابة|بوابه|برنامج|سيستم) (ال)?(حجز|حجوزات|مواعيد)",
]

# A weekday with a time of day is an appointment in every language ("Thursday 2pm",
# "Donnerstag 14 Uhr", "lundi 10h", "perşembe saat 10", "в четверг в 14", "الخميس الساعه 10").
WEEKDAY_TIME: list[str] = [
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\b.{0,20}\b(\d{1,2}(:\d\d)? ?(am|pm)|\d{1,2}:\d\d|at \d{1,2})\b",
    r"\b(pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar)\w*.{0,20}(saat \d|\d+'?(da|de|ta|te)\b|\d{1,2}:\d\d)",
    r"\b(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\w*.{0,20}(\d{1,2} ?uhr|\d{1,2}:\d\d)",
    r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b.{0,20}(\d{1,2} ?h\b|\d{1,2}h\d\d|\d{1,2}:\d\d)",
    r"(понедельник|вторник|сред[ау]|четверг|пятниц[ау]|суббот[ау]|воскресенье).{0,20}(в \d{1,2}|\d{1,2}:\d\d)",
    r"(الاثنين|الإثنين|الثلاثاء|الاربعاء|الأربعاء|الخميس|الجمعه|الجمعة|السبت|الاحد|الأحد).{0,20}(الساعه|الساعة|\d{1,2}:\d\d)",
    # a calendar date with a clock time ("den 7. März um 10 Uhr", "7 March at 10am", "le 7 mars
    # à 10h", "7 Mart saat 10'da", "7 марта в 10:00", "7 مارس الساعة 10"), a slot taken or
    # asked, whatever its weekday
    r"\b\d{1,2}(\.|st|nd|rd|th)? ?(of )?"
    + _MONTH_NAMES
    + r"\b.{0,12}\b(at \d{1,2}(:\d\d)? ?(am|pm)?|\d{1,2}:\d\d|\d{1,2} ?(am|pm)|um \d{1,2}(:\d\d)? ?uhr|\d{1,2} ?uhr|à \d{1,2} ?h|\d{1,2}h\d*|saat \d{1,2}|в \d{1,2}(:\d\d)?)\b",
    r"\b\d{1,2}\.\d{1,2}\.(\d{2,4})?\s.{0,12}\b(um )?\d{1,2}(:\d\d)? ?uhr\b",
    r"\d{1,2} ?" + _MONTH_NAMES + r".{0,12}(الساعه|الساعة) ?\d",
]

# A calendar date asked about as still free ("the coordinator said 14-16 June would work, is
# that still free?", "10 Nisan ... hala boş mu?", "15 أيار ... بعده فاضي؟"): whatever the date
# is for (the implants, the operation), checking a day is an appointment question.
_MONTH = (
    r"(january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
    r"|januar|februar|märz|mai|juni|juli|oktober|dezember"
    r"|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre"
    r"|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık"
    r"|январ\w*|феврал\w*|марта?|апрел\w*|мая|июн\w*|июл\w*|августа?|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*"
    r"|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين"
    r"|يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر)"
)
_FREE = (
    r"(free|available|open|frei|verfügbar|libre|disponible|boş|müsait|свободн\w*|доступн\w*"
    r"|فاضي|فاضيه|متاح|متاحه|متوفر|شاغر)"
)
DATE_FREE: list[str] = [
    rf"\b\d{{1,2}}(\.|-\d{{1,2}}\.?)? ?(of )?{_MONTH}\b.{{0,90}}\b{_FREE}\b",
    rf"\b{_MONTH} \d{{1,2}}(st|nd|rd|th)?\b.{{0,90}}\b{_FREE}\b",
    rf"\b\d{{1,2}}\.\d{{1,2}}\.?\b.{{0,90}}\b{_FREE}\b",
]

# A booked date said not to work any more, to fall on something else, or to be pushed, and a
# window asked earlier or later: an indirect request to move the appointment ("the 14th won't
# really work anymore", "alles um eine Woche schieben?", "la date tombe le jour de ...",
# "есть окно пораньше?"). The reason told beside it (leave, tickets, a holiday) is no ask.
DATE_CONFLICT: list[str] = [
    r"\b\d{1,2}(st|nd|rd|th)?\b.{0,40}\b(won'?t|doesn'?t|does not|will not|wouldn'?t|no longer|isn'?t going to) (really |actually |quite )?(work|suit|fit|be possible)\b",
    r"\b(date|appointment|surgery|operation|booking|slot)\b.{0,40}\b(won'?t|doesn'?t|does not|will not|no longer) (really |actually |quite )?(work|suit|fit)\b",
    r"\b(week|day|month|weekend) (after|before)( that)? (is|would be|looks) (\w+ )?(open|free|better|fine|possible)\b",
    r"\b(um|auf) (eine|1|zwei|2|ein paar|einige|drei|3) (woche|wochen|tage?)\w* (nach hinten |nach vorne |später |früher )?(zu )?(schieben|verlegen|verschieben)\b",
    r"\b(alles|den termin|die op|das ganze)\b.{0,30}\b(schieben|verlegen)\b",
    r"\b(der|am|den) \d{1,2}\.\s.{0,30}\b(passt|geht|klappt) (mir |uns )?(doch |leider |dann )?(nicht|nicht mehr)\b",
    r"\b(la date|le rendez-vous|le rdv|l'opération|l'intervention|le \d{1,2})\b.{0,40}\btombe\b",
    r"\b(auriez|avez|aurais|auriez-vous|avez-vous)[- ]?(vous )?(autre chose|une autre date|un autre (jour|créneau))",
    r"\b(la date|le rdv|le rendez-vous|le \d{1,2})\b.{0,30}\b(ne (me |nous )?(va|convient|marche|colle) (plus|pas)|(va|convient|marche) plus)\b",
    r"(есть|будет|найд[её]тся|появится)\w* (ли )?(\w+ )?(окно|окошко|место|время|дата|слот)\w* (пораньше|раньше|попозже|позже)",
    r"(дата|число|\d{1,2}-?е)\w*.{0,30}(не (подходит|получается|выходит)|не смогу)",
    r"\b(tarih|randevu|gün)\w*.{0,30}\b(uymuyor|uymayacak|olmuyor|olmayacak|denk (geliyor|geldi)|çakışıyor)",
    r"\b(daha erken|daha geç) (bir )?(tarih|gün|boşluk|yer) (var mı|olur mu|bulunur mu)",
    r"(الميعاد|الموعد|موعدي|ميعادي|التاريخ)\w*.{0,40}(جه|جا|جاء|يجي|طلع|صادف|يصادف|وقع|بيجي) (في|ب|مع|يوم)",
    r"(الميعاد|الموعد|موعدي|ميعادي|التاريخ)\w*.{0,40}(صعب|مو مناسب|ما يناسب|مش مناسب|ما ينفع|مش هينفع|ما يمشي)",
    r"(موعد|ميعاد)\w* (ابكر|أبكر|بدري|ثاني|تاني)",
]

# Checked in this order when several intents match: the more specific, money- and
# logistics-bound intents before the general enquiry.
INTENT_PRIORITY: tuple[str, ...] = (
    "payment",
    "travel",
    "documents",
    "price_quote",
    "appointment",
    "treatment_enquiry",
)

# Phrases that say "I want to come / book" inside a travel message do not make it an
# appointment; phrases that mention hotels while asking for prices stay price questions.
PRICE_OVER_TRAVEL: list[str] = [
    r"\b(price|cost|how much(?!"
    + _HOW_MUCH_NOT_PRICE
    + r")|quote|fiyat|ücret|ne kadar(?!"
    + _TR_HOW_MUCH_NOT_PRICE
    + r")|teklif|prix|combien|coût|devis|цена|стоимост|сколько стоит)\b",
    r"\b(preis|kosten|kostet)\w*",  # German compounds: Kostenvoranschlag, Preisangebot
    r"\b(wie teuer|kost'?n|chostet|choschtet)\b",
    # whether a quoted offer still holds ("is the offer still valid if I come after Ramadan?")
    # asks about its price, whatever hotel or transfer the offer lists
    r"\b(offer|quote|price|angebot\w*|preis|offre|devis|prix|teklif\w*|fiyat\w*|предложени\w*|цен[аы]|العرض|عرض|السعر)\b.{0,25}\b(still valid|valid|gültig|valable|geçerli|действ\w*|в силе|ساري|صالح|شغال)",
    r"\b(still|noch|toujours|encore|hala|hâlâ|ещё|еще|لسا|لسه|لساته|بعده|بعدو|مازال|ما زال) (valid|gültig|valable|geçerli|действ\w*|в силе|ساري|صالح)",
    # an advertised offer asked to be still on ("هذا العرض لسا موجود؟", "is that offer still
    # available?"): its price is what is asked, whatever hotel the advert lists
    r"\b(offer|deal|angebot\w*|aktion|offre|promo\w*|teklif\w*|kampanya\w*|предложени\w*|акци\w*|العرض|عرض)\b.{0,25}\b(still|noch|toujours|encore|hala|hâlâ|ещё|еще|لسا|لسه|لساته|بعده|بعدو|مازال|ما زال)\b.{0,10}\b(available|on|there|verfügbar|da|aktuell|disponible|dispo|mevcut|var mı|geçerli|доступн\w*|актуальн\w*|есть|موجود|متاح|متوفر|شغال)",
    r"(سعر|تكلفة|كم)",
    # an amount of money or the clinic's offer asked about ("2.900 € inkl. Hotel -- gilt das
    # noch?", "le forfait à 4 500 € avec 5 nuits d'hôtel"): the hotel is part of the price
    r"\d[\d.,]*\s?\d*\s?(€|eur\b|euros?\b|\$|£|tl\b)|(€|\$|£)\s?\d",
    r"\b(angebot|tarif|forfait|teklif|package price|pauschal)\w*",
]

# A payment word in a message about a discount is a price question ("my friend paid 3200, any
# discount?"); in a message asking for an invoice or receipt it is a document request.
DISCOUNT: list[str] = [
    r"\b(discount|cheaper|deal|quote)\b",
    # what someone else paid, asked whether it still holds or is the same for me ("is that still
    # the price?", "gilt das auch für mich?", "même prix pour moi ?"): the price is asked
    r"\b(still the (price|cost)|same (price|deal|offer)|the same for me|same for me|still (cost|costs|valid))\b",
    r"\b(noch (der|derselbe|dieser) preis|(den |zum )?(gleichen|selben) preis|gilt das (auch )?für mich)\b",
    r"\b(toujours (le même |ce |le )prix|(le )?même prix|pareil pour moi)\b",
    r"\b(hala (aynı|bu) fiyat|aynı fiyat\w*)",
    r"(та же цена|такая же цена|по той же цене|за ту же сумму)",
    r"(نفس السعر|بنفس السعر)",
    r"\b(indirim|pahalı|teklif)",
    r"\b(rabatt|günstiger|angebot)",
    r"\b(réduction|reduc|remise|devis|moins cher)",
    r"(скидк|скидок|скидочн|дешевле|дорого)",
    r"(خصم|غالي|ارخص|أرخص)",
    # a better price asked in an idiom ("can you do me a better price if I pay upfront?", "einen
    # besseren Preis", "vous faites un prix si je paye d'avance ?", "un geste commercial",
    # "fiyatta bir kolaylık", "сделаете подешевле", "تعطوني سعر احسن") (the fortieth round's): a
    # discount, so paying named beside it is the condition, no payment made
    r"\b(better|best|special|good|lower) (price|rate|deal)\b|\b(besser\w*|günstiger\w*|speziell\w*) preis\w*|\bpreisnachlass|\bnachlass\b",
    r"\b(fai(tes|re|s)|feriez|ferez) (moi |nous )?(un )?(petit )?(prix|geste)\b|\bgeste commercial\b",
    r"\bfiyat\w* (\w+ )?(kolaylık|kolaylik|yardımcı|yardimci)\w*",
    r"(сделаете|сделайте|можно) (\w+ )?(подешевле|дешевле)",
    r"(سعر|اسعار) (احسن|أحسن|افضل|أفضل|خاص)",
]
# Whether a deposit stays valid when a date moves ("is my deposit still valid?", "kaporam
# geçerli kalır mı", "bleibt die Anzahlung gültig?"): a question that follows a rescheduling.
DEPOSIT_KEPT: list[str] = [
    r"\b(deposit)\w*.{0,30}\b(still valid|stay valid|stays valid|remain valid|carr(y|ies) over|transfer(red)? to the new|still count|be kept|lost)\b",
    r"\b(kapora|kaparo|depozito|ön ödeme|on odeme)\w*.{0,20}\b(geçerli|gecerli|kalır|kalir|sayılır|sayilir|aktarıl|yanar)",
    r"\b(anzahlung)\w*.{0,30}\b(gültig|bleibt|übertragen|verfällt|behalten)",
    r"\b(acompte|arrhes)\w*.{0,30}\b(valable|reste|conservé|reporté|perdu)",
    r"(предоплат|задат|депозит)\w*.{0,30}(сохраня|останется|переносится|сгора|действ)",
    r"(العربون|عربون|الدفعه|الدفعة|المقدم)\w*.{0,20}(يظل|يبقى|يتحول|ينتقل|يضيع|محسوب|صالح|يتنقل)",
]

INVOICE: list[str] = [
    r"\b(invoice|receipt)\b",
    r"\b(fatura|makbuz|dekont)",
    r"\b(rechnung|quittung|beleg)",
    r"\b(facture|(?<!j'ai )(?<!ai )(?<!avons )(?<!avez )(?<!as )(?<!a )(?<!ont )(?<!bien )(?<!pas )reçus?\b|justificatif)",
    r"(сч[её]т\b|сч[её]т-фактур|квитанц|чек)",
    r"(فاتوره|فاتورة|ايصال|إيصال)",
]

# Tests to be *taken* before an operation ("do I do the blood tests at home or there?", "сдавать
# анализы", "tahlilleri yaptırmak"): a question about preparing for the treatment, not a document
# to send (:func:`careflow_agents.triage.triage`).
# A document asked with what it is to say ("a signed certificate that I may not fly for two
# weeks", "eine Bescheinigung, dass ich nicht fliegen soll", "une attestation disant que je ne
# peux pas prendre l'avion", "uçamayacağımı belirten bir rapor", "справка, что мне нельзя
# летать", "تقرير انه ممنوع اسافر"): the flight or the work inside it is the letter's content.
DOCUMENT_CONTENT: list[str] = [
    r"\b(certificate|letter|note|statement|confirmation|fit[- ]to[- ]fly)\b[^.!?]{0,40}\b(that|saying|stating|confirming)\b[^.!?]*",
    r"\b(bescheinigung|attest|arztbrief|bestätigung|krankschreibung|schreiben)\b[^.!?]{0,40}\b(dass|wonach|die besagt)\b[^.!?]*",
    r"\b(attestation|certificat|lettre|justificatif)\b[^.!?]{0,40}\b(que|qu'|disant|indiquant|stipulant|confirmant)[^.!?]*",
    r"[^.!?]{0,60}\b(\w+(dığımı|diğimi|duğumu|düğümü|acağımı|eceğimi|amayacağımı|emeyeceğimi)|diye|dair)\b[^.!?]{0,30}\b(rapor|belge|yazı|mektup)\w*",
    r"(справк|письм|заключени|подтверждени)\w*[^.!?]{0,40}(что|о том что)[^.!?]*",
    r"(تقرير|شهاده|شهادة|ورقه|ورقة|خطاب|جواب)[^.!?؟]{0,40}(انه|إنه|انو|ان|أن|إن|بان|بأن)\b[^.!?؟]*",
]

TESTS_TAKEN: list[str] = [
    r"\b(do|take|get|have)\b.{0,12}\b(blood )?(tests?|bloods|lab work|analyses)\b",
    r"\b(blutuntersuchung|blutabnahme|bluttest|labor\w*|untersuchungen)\b.{0,25}\b(machen|durchführen|lassen)",
    r"\b(faire|passer) (les |des |mes )?(analyses|prises de sang|bilans?|examens)",
    r"\b(tahlil|test|kan tahlil)\w*.{0,15}(yaptır|yapıl|yapmam|verme)",
    r"(сда(ть|вать|м|ю|ёт)|пройти|проходить|сделать) (\w+ )?(анализ|обследовани)|(анализ|обследовани)\w*.{0,40}\b(сда(ть|вать|ём|ем)|проходить|пройти|делать)\b",
    r"(اسوي|أسوي|اعمل|أعمل|نسوي|نعمل|اجري|أجري|عمل|سوي) (ال)?(تحاليل|تحليل|فحوصات)",
]

# Which tests are required ("hangi tahlilleri yaptırayım?", "какие анализы нужны?") asks for the
# clinic's list of pre-op results to bring: that stays a documents question.
TESTS_WHICH: list[str] = [
    r"\bwhich (blood )?(tests|bloods|analyses|results)\b|\bwhat (blood )?tests\b",
    r"\bwelche (blut)?(untersuchungen|tests|werte|befunde)\b",
    r"\b(quels|quelles|quoi comme) (examens|analyses|bilans|résultats)\b",
    r"\bhangi (kan )?(tahlil|test)\w*",
    r"(какие|каких) (\w+ )?(анализ|обследовани)",
    r"(ما هي|ايش|إيش|شو|وش|ايه) (ال)?(تحاليل|فحوصات)",
]

# The invoice said as already received ("I got the invoice with your IBAN", "получила счёт",
# "fatura geldi", "Rechnung erhalten", "j'ai reçu la facture", "وصلتني الفاتورة"): the ask is
# about paying it, not about the document (:func:`careflow_agents.triage._choose`).
INVOICE_RECEIVED: list[str] = [
    r"(?<!n't )(?<!not )(?<!never )\b(got|received|opened)\b.{0,25}\b(invoice|receipt|bill)\b|\b(invoice|bill)\b.{0,15}\b(came|arrived)\b",
    r"\b(fatura|dekont)\w*.{0,20}(geldi|aldım|ulaştı|elime)|\b(aldım|geldi).{0,15}\bfatura",
    r"\b(rechnung|quittung)\w*(?:(?!nicht|kein).){0,25}(erhalten|bekommen|gekriegt|angekommen)|\b(erhalten|bekommen)\b.{0,25}\brechnung",
    r"\b(reçu|recu)\b.{0,20}\bfacture|\bfacture\w*.{0,20}(reçue|recue|arrivée|bien reçu)",
    r"(?<!не )(получил\w*|пришел|пришёл|пришл\w*)\b.{0,25}(сч[её]т\b|invoice|инвойс)|(сч[её]т|инвойс)\w*(?:(?!не ).){0,15}(получил|пришел|пришёл|пришл)",
    r"(وصلتني|وصلني|استلمت|جاتني|جاني)\s.{0,20}(الفاتوره|الفاتورة|فاتوره|فاتورة)",
    # the invoice named as where the payment details are written ("the IBAN on the invoice",
    # "faturada yazan IBAN", "laut Rechnung"): it is in the patient's hands
    r"\b(on|in|from) (the|your|my) (invoice|bill)\b|\bfatura(da|daki|dan|daki)\b|\b(auf|in|laut) (der|ihrer|meiner) rechnung\b|\b(sur|dans) (la|votre|ma) facture\b",
    r"\b(в|по|на) сч[её]т(е|у)\b|(في|على|من|بال) ?(الفاتوره|الفاتورة)",
    # the invoice told as showing something ("your invoice has a different IBAN", "الفاتورة
    # مكتوب فيها اسم شخص", "die Rechnung zeigt ein anderes Konto"): the patient holds it
    r"\b(invoice|bill)\w* (has|shows|says|lists|gives|mentions)\b|\brechnung\w* (hat|zeigt|nennt)\b|\bfacture\w* (a|indique|mentionne|montre)\b|\bfatura\w* (farklı|başka|diğer)\b|сч[её]т\w* (указан|стоит|другой)",
    r"(الفاتوره|الفاتورة) (مكتوب|فيها|عليها|يقول|تقول)",
    # the proof of the writer's own transfer, to be sent to the clinic ("the proof of payment",
    # "den Überweisungsbeleg", "le justificatif du virement", "dekontu", "чек об оплате",
    # "ايصال التحويل"): in the patient's hands, the ask is about the payment made
    r"\b(proof|confirmation|receipt) of (my |the )?(payment|transfer|deposit)\b|\b(zahlungs|überweisungs|einzahlungs)beleg\w*|\bvirement\b.{0,50}\bjustificatif|\b(justificatif|preuve)\b.{0,25}\b(virement|paiement)",
    r"(чек|квитанц)\w* (об|по|за) (оплат|перевод)\w*|(ايصال|إيصال|وصل|صوره|صورة) (ال)?(تحويل|الدفع|دفع)",
    # the Turkish "dekont" is that proof by itself, the bank's slip of the writer's own transfer
    # (as "Überweisungsbeleg" above), asked where to send ("dekontu buraya mı atayım, mail mi?")
    # (the forty-second round's: where a paper is to be sent is a document otherwise)
    r"\bdekont\w*",
]

# A payment asked as possible, a receipt for it asked after it with "and" ("can I pay the deposit
# by transfer and will I get a receipt for it?", "Kann ich die Anzahlung überweisen und bekomme
# ich dafür eine Quittung?", "je peux régler l'acompte par virement et j'aurai un reçu ?",
# "kaporayı havaleyle ödeyebilir miyim, makbuz verir misiniz?", "можно оплатить задаток
# переводом и получу ли я квитанцию?", "ممكن ادفع العربون تحويل وتعطوني ايصال؟") (the
# forty-fourth round's): how to pay is the ask, the receipt follows the payment; "I paid the
# deposit, can I get a receipt?" (the payment made) and "send me the invoice for the deposit" ask
# for the paper.
RECEIPT_AFTER_PAYMENT: list[str] = [
    r"\b(can|could|may|should|do) (i|we) (\w+ ){0,2}(pay|make|transfer|wire|send)\b.{0,60}\band (will|would|do|can|could) (i|we) (get|receive|have)\b.{0,25}\b(receipt|invoice)",
    r"\b(kann|könnte|darf|soll|muss) (ich|wir|man)\b.{0,60}\b(zahlen|bezahlen|machen|überweisen|ueberweisen|leisten)\b.{0,10}\bund (bekomme|kriege|erhalte|bekommen|kriegen|erhalten) (ich|wir|man)\b.{0,25}\b(quittung|rechnung|beleg)",
    r"\b(je peux|puis-je|peut-on|on peut|est-ce que je peux|pourrais-je)\b.{0,60}\b(payer|régler|regler|verser|virer|faire)\b.{0,40}\bet (j'aurai|je recevrai|j'obtiendrai|je reçois|vous me (donnez|donnerez|faites|ferez|envoyez|enverrez))\b.{0,25}\b(reçu|recu|facture|justificatif)",
    r"\b(öde|havale|transfer|yatır|yatir)\w*(abil|ebil)\w* m[ıiuü]\w*,? (ve )?(bunun için |karşılığında )?(makbuz|fatura)\w* (alabil|verebil|ver|kes|gönderir|gonderir)\w*",
    r"(можно|могу ли я|могу я|можно ли)\b.{0,40}(оплатить|заплатить|перевести|внести)\w*.{0,60}\bи (получу|дадите|выдадите|пришл[её]те|вышлете)\b.{0,25}(квитанц|чек|сч[её]т)",
    r"(ممكن|اقدر|أقدر|هل يمكن|ينفع|بقدر) (ا|أ)?(دفع|حول|الدفع|التحويل)\w*.{0,60}\s(و|وهل |و هل )(تعطوني|تعطونا|ترسلوا|ترسلون|تبعتوا|تبعتولي|احصل|أحصل|اخذ|آخذ|اخد)\w*.{0,25}(ايصال|إيصال|فاتوره|فاتورة)",
]

# Whether something is part of the offer ("does that also include the PRP?", "ist die
# Kompressionswäsche dabei?", "le suivi est compris ?", "uçak bileti de dahil mi?", "داخل في
# السعر؟"): asked about the clinic's quoted offer, the question is about the item, not the price.
INCLUDED_ASKED: list[str] = [
    _EXTRA_CHARGE,
    r"\b(does|do|would|will) (that|it|this|the (price|package|offer|quote)) (also )?include|\bincluded( in the (price|package|cost|quote))?\b|\b(compris\w*|inclus\w*) dans le (prix|forfait|tarif)\b|\b(fiyata|fiyatına|fiyatina|pakete) dahil\b|(вход|включ)\w* (ли )?в (цену|стоимость)|\bor (is|are) (that|those|it|they) extra\b",
    r"\b(ist|sind)\b.{0,50}\b(dabei|inbegriffen|enthalten|mit drin|inklusive)\s*\?|\bextra (kosten|bezahlen)|\bkostet\b.{0,40}\b(extra|zusätzlich)\s*(\?|$)",
    # an extra charge asked for one item ("is there an extra charge for my husband?", "eşim için
    # ekstra ücret var mı", "доплата за мужа?", "رسوم إضافية لزوجي؟")
    r"\b(extra|additional) (charge|cost|fee)s?\b.{0,40}\?|\bcost extra\b|\bekstra (ücret|ucret|para)\w* (var|alınıyor|aliniyor|ödenecek)|\bdoplat\w*|доплат\w*.{0,40}\?|\b(frais|coût) supplémentaires?\b|(رسوم|تكلفه|تكلفة|مبلغ) (اضافيه|إضافية|اضافية|زياده|زيادة)",
    # (the question mark often left off at the end of a message: "le transfert est en plus")
    r"\b(compris|inclus|incluse?s?)\b.{0,15}(\?|$)|\ben (plus|supplément)\b.{0,15}(\?|$)",
    r"\bdahil (mi|mı|mu|degil|değil)|\bayrıca mı (ödeniyor|ödenecek)|\bekstra mı",
    r"(входит|входят|включен\w*|включает|включено)\b.{0,40}\?|\bотдельно\b.{0,15}(\?|$)",
    r"(داخل في|داخل ب|مشمول|يشمل|ضمن) ?(السعر|العرض|الباقه|الباقة)|(?<!\w)داخل\w* (في|ب) ?(السعر|العرض|الباقه|الباقة)"
    r"|(?<!\w)(هل )?(السعر|العرض|الباقه|الباقة) (يشمل|بيشمل|تشمل|بتشمل|شامل)(?!\w)|(يندفع|ينحسب|ادفعه|أدفعه) (لحاله|لوحده|منفصل)",
]

# A price actually asked ("how much", "was kostet", "combien ça coûte"): narrower than a price
# word, since the clinic's quoted offer names its amount and a question about it may ask
# something else.
# The price put off to later ("fiyatı sonra konuşuruz", "price we can discuss later", "über den
# Preis reden wir später"): the message's ask is the other one.
PRICE_LATER: list[str] = [
    r"\b(price|cost|prices|costs)\b.{0,30}\b(later|another time|afterwards|after that)\b",
    r"\b(fiyat\w*|ücret\w*)\b.{0,20}\b(sonra|daha sonra|ileride)\b",
    r"\b(preis\w*|kosten)\b.{0,30}\b(später|danach|ein andermal)\b",
    r"\b(prix|tarif\w*|coût)\b.{0,30}\b(plus tard|après|ensuite|on verra)\b",
    r"(цен\w*|стоимост\w*)\b.{0,20}\b(потом|позже|после)\b",
    r"(السعر|الاسعار|الأسعار|التكلفه|التكلفة)\w*.{0,20}(بعدين|لاحقا|لاحقاً|بعد كذا)",
    # the question put before the price ("before the price, one thing: ...", "fiyattan önce
    # şunu soracağım", "vor dem Preis noch eine Frage", "avant le prix", "прежде чем о цене",
    # "قبل السعر"): the price waits, the other question is the ask
    r"\bbefore (the |talking about |we talk about |asking about |i ask about )?(the )?(price|cost)s?\b|\bfiyat\w* (önce|once)\b|\b(vor dem preis|bevor (wir|ich) (\w+ ){0,3}(preis|kosten))|\bavant (de parler )?(du |le |les )?(prix|tarifs?)\b",
    r"(прежде чем|перед тем как|до того как) (\w+ ){0,2}(о )?цен|(قبل|قبل ما) ([^\s]+ ){0,2}(السعر|الاسعار|الأسعار)",
]

PRICE_QUESTION: list[str] = [
    r"\bhow much\b(?!" + _HOW_MUCH_NOT_PRICE + r")|\bwhat('s| is) the (price|cost)\b",
    # a price asked as a budget or a rough figure ("work out a budget", "ballpark is fine",
    # "a rough idea of the cost")
    r"\b(budget|ballpark|rough (idea|figure|estimate|price|cost)|price range|cost estimate)\b",
    # French "c'est combien ..." with the noun after, and a bare "combien ... ?"
    r"\bc'?\s?est combien\b|\bcombien\b[^.!?\n]{0,40}\?",
    r"\bwie ?viel\b(?!" + _HOW_MUCH_NOT_PRICE + r")|\bwas kostet\b",
    r"\bcombien (ça |ca |cela |ça me |ca me )?(co[uû]t|fait|pour)|\bquel (est le |serait le )?prix\b",
    r"\bkaç (para|euro|lira|tl)|\bne kadar (tutar|tutuyor|öder)|\bfiyat\w* (ne|nedir|neydi)\b",
    # "ça revient à combien", "ça fait combien au total" with no question mark
    r"\b(revient|reviendrait|reviendra) (à|a) combien\b",
    # "all on 4 ne kadar": "how much" with no duration, degree or time word after it
    r"\bne kadar\b(?!" + _TR_HOW_MUCH_NOT_PRICE + ")",
    r"сколько (стоит|стоят|будет|выйдет)|какая цена|\b(скока|скоко|скок) стоит",
    # Egyptian "بكام", Levantine "بقديش", Maghrebi "بشحال": "for how much"
    r"(?<!\w)(بكام|بقديش|بشحال)(?!\w)(?! ?(يوم|ايام|أيام|ساعه|ساعة|ساعات|اسبوع|أسبوع|شهر|شهور|مره|مرة|مرات|ليله|ليلة))",
    r"\bكم (السعر|سعر|التكلفه|تكلفه|يكلف|الثمن|تكلف)|\bبكم\b(?! ?(يوم|ايام|أيام|ساعه|ساعة|ساعات|اسبوع|أسبوع|اسابيع|أسابيع|شهر|شهور|مره|مرة|مرات|ليله|ليلة))",
]

# How a price could be paid -- in instalments, with financing ("gibt's Ratenzahlung?", "can I pay
# in instalments?"): asked beside an explicit price question it is part of the quote, no payment
# being made.
PAY_METHOD: list[str] = [
    r"\b(pay|paying|payment)\b.{0,10}\b(in |by |with )?(installments?|instalments?|monthly|financing)\b|\bpayer en (plusieurs|\d+) fois",
    r"\b(in )?(installments?|instalments?|monthly (payments?|instalments?|installments?)|financing|finance (plan|option)s?|payment plans?)\b",
    r"\b(raten|ratenzahlung\w*|teilzahlung\w*|in raten|finanzierung\w*|monatsraten?)\b",
    # (with the payment word before it: "vous faites le paiement en 3 fois ?")
    r"\b((le |un )?(paiement|règlement|reglement) )?(en plusieurs fois|en \d+ fois|paiement échelonné|facilités de paiement|financement|mensualités?)\b",
    r"\b(taksit\w*|vade\w*|kredi ile)\b",
    r"(рассрочк\w*|в кредит|частями|помесячн\w*)",
    r"(تقسيط|بالتقسيط|اقساط|أقساط|على دفعات)",
    # the price split in a number of parts ("can I pay in 2 parts", "in zwei Teilen zahlen",
    # "payer en deux fois", "iki parça halinde ödeme", "оплатить в два платежа", "على دفعتين")
    r"\b(pay|paying|payment|split)\b.{0,15}\b(in|over|into) (\d|two|three|four|several) (parts|payments|instalments|installments|goes|chunks|halves|months)\b",
    r"\b((be)?zahl\w* )?(in|auf) (\d|zwei|drei|vier|mehrere\w*) (teil\w*|raten|zahlungen|tranchen)\b( (zu )?(be|ab)?zahl\w*)?",
    r"\b((payer|régler|paiement) )?en (deux|trois|quatre) (fois|versements|paiements|mensualités)\b",
    r"\b(\d|iki|üç|dört) (parça|taksit|seferde|ödeme)\w*( (halinde|olarak))?( öde\w*)?",
    r"((о|за)?плат\w* )?(в|за) (\d|два|две|три|четыре) (платеж|плат[её]ж|этап|при[её]м|част)\w*|((о|за)?плат\w* )?(двумя|тремя) (платежами|частями)",
    r"((ا|أ)?دفع|الدفع|اسدد|أسدد)? ?(على|ع) (دفعتين|قسطين|مرتين|(\d|ثلاث|تلات|اربع|أربع) (دفعات|اقساط|أقساط))",
    # the card (or cash) asked as the means of paying ("instalments on the credit card?", "can I
    # pay by card?", "Raten mit Kreditkarte?", "payer en 3 fois par carte ?", "kredi kartına
    # taksit var mı", "рассрочка по карте есть?", "تقسيط على البطاقة؟"): beside a price asked,
    # how the quote could be paid; alone, still a payment question; a payment made ("I paid by
    # card") is no method asked
    r"\b(installments?|instalments?)\b.{0,20}\b(credit card|debit card|card)s?\b|\b(credit card|debit card|card)s?\b.{0,20}\b(installments?|instalments?)\b",
    r"\b(can|could|may) (i|we) (\w+ )?pay (\w+ ){0,2}(by|with|in|using|via) (a |my )?(credit card|debit card|card|cash|paypal|bank transfer)\b|\bdo you (accept|take) (credit cards?|cards?|cash|paypal)\b",
    r"\braten\w*.{0,20}\b(kredit|ec-?)?karte\b|\b(kredit|ec-?)?karte\b.{0,20}\braten\w*|\b(kann|könnte|darf) (ich|man|wir) (\w+ ){0,2}(mit|per) (der )?(kredit|ec-?)?karte\b( (be)?zahlen\b)?|\b(nehmen|akzeptieren) sie (\w+ )?(kredit|ec-?)?karten?\b",
    r"\ben (plusieurs|\d+|deux|trois|quatre) fois\b.{0,20}\bcarte\b|\b(je peux|peut-on|on peut|puis-je|est-ce que je peux|est-ce qu'on peut) (\w+ )?(payer|régler) (\w+ )?(par|en|avec) (la |une )?(carte|cb|espèces|virement)\b|\bacceptez(-vous)? (la |les )?(carte|cb|espèces)",
    r"\bkredi kart\w*.{0,15}\btaksit\w*|\btaksit\w*( \w+){0,3} kredi kart\w*|\b(kredi )?kart\w* (ile |la |yla )?(ödeme|odeme|öde\w*|ode\w*) (olur m|yapabilir m|yapılabilir m|yapilabilir m|var m|mümkün m|mumkun m|kabul)\w*|\bkredi kart\w* (geçiyor|geciyor|geçerli|gecerli|kabul)\w*",
    r"рассрочк\w*.{0,20}карт\w*|карт\w*.{0,20}рассрочк\w*|(можно|принимаете|принимаете ли) (\w+ )?(оплат\w* |заплатить |платить )?(картой|по карте|наличными)",
    r"(تقسيط|اقساط|أقساط).{0,20}(البطاقه|البطاقة|بطاقه|بطاقة|الفيزا|فيزا)|(ممكن|اقدر|أقدر|تقبلون|تقبلوا) (ال)?(دفع|ادفع|أدفع) ?(بال|ب)(بطاقه|بطاقة|فيزا|كاش)",
    # whether the insurer pays ("Krankenkasse zahlt nix", "insurance won't cover it"): the reason
    # the price is asked, no payment being made
    r"\b(krankenkasse|krankenversicherung|versicherung|kasse|insurance|insurer|assurance|mutuelle"
    r"|sigorta|sgk)\w*.{0,25}\b(zahl|übernimm|bezahl|pay|cover|rembours|prend en charge|karşıla|öde)\w*",
    r"(страховк|страховая|полис)\w*.{0,25}(покрыва|оплачива|плат)\w*",
    r"(التأمين|التامين|تأمين|تامين)\w*.{0,25}(يغطي|يدفع|بيغطي|بيدفع)",
]

# A flight asked as the end of the recovery ("how long before I can fly?", "bevor ich fliegen
# darf", "quand pourrai-je reprendre l'avion", "ne zaman uçabilirim", "когда можно лететь"):
# a question about the operation's recovery, not about the journey.
FLY_AFTER: list[str] = [
    r"\b(before (i|we) (can |could |may |am allowed to )?(fly|flying|take a flight)|when (can|could|may) (i|we) fly|fit to fly|safe to fly)\b",
    r"\b(bevor|ehe) (ich|wir|man) (wieder )?(fliegen|flieg|in den flieger)|\b(wann|ab wann) (darf|kann|könnte) (ich|man|wir) (wieder )?fliegen|\bflugtauglich",
    r"\b(avant de (pouvoir )?(prendre l'avion|voler|reprendre l'avion)|quand (puis-je|pourrai-je|est-ce que je peux) (prendre|reprendre) l'avion)",
    r"\b(ne zaman|kaç gün sonra) (uçabilir|uçağa binebilir|uçakla dönebilir)\w*|\buçmadan önce",
    r"(когда|через сколько) (можно|смогу|мне можно) (лететь|улететь|летать|сесть в самол)\w*",
    r"(متى|امتى|إمتى|بعد كم يوم) (اقدر|أقدر|ممكن|يمكنني|اقدر) (اسافر|أسافر|اطير|أطير|اركب الطياره)",
    # ... asked of somebody else or of us all ("after how many days can she fly?", "wann darf sie
    # fliegen?", "quand peut-elle prendre l'avion ?", "когда ей можно лететь?", "بعد كم يوم تقدر
    # تسافر بالطيارة؟") (the forty-fourth round's)
    r"\b(when|after how many days|how (long|soon)( after)?) (can|could|may|will) (she|he|they|my \w+) (\w+ )?fly\b",
    r"\b(wann|ab wann|nach wie vielen tagen) (darf|kann|könnte|dürfen|können) (sie|er|meine \w+|mein \w+) (wieder )?fliegen\b",
    r"\bquand (peut-elle|peut-il|pourra-t-elle|pourra-t-il|peuvent-ils) (prendre|reprendre) l'avion",
    r"(когда|через сколько( дней)?) (ей|ему|им|нам|маме|мужу) (можно|будет можно) (лететь|улететь|летать)",
    r"(متى|امتى|إمتى|بعد كم يوم) (تقدر|يقدر|نقدر|تقدري|بتقدر|بيقدر|تقدرو|يقدرو|ممكن) (تسافر|يسافر|نسافر|تطير|يطير|نطير|تركب الطياره|يركب الطياره)",
    # the flight asked as a medical risk, with the operation or one's history ("is the flight
    # plus the lipo risky for me?", "ist der Flug mit der OP gefährlich für mich?", "l'avion +
    # la lipo c'est risqué ?", "uçak ve ameliyat benim için riskli mi?", "перелёт и операция
    # для меня опасны?", "الطيران مع العملية خطر علي؟"): whether the treatment suits the
    # patient (a thrombosis before, NICE NG89's risk factors), not the journey
    r"\b(flight|flights|flying|plane|long-haul)\b.{0,40}\b(risky|risk|dangerous|safe)\b",
    r"\b(flug|fliegen|flieger)\b.{0,40}\b(riskant|risiko\w*|gefährlich|sicher)\b",
    r"\b(l'avion|avion|vol)\b.{0,40}\b(risqu\w*|dangereu\w*|sans danger)",
    r"\b(uçak|ucak|uçuş|ucus)\w*.{0,40}\b(riskli|risk|tehlikeli|güvenli|guvenli)\w*",
    r"(перел[её]т|самол[её]т|лететь)\w*.{0,40}(опасн|риск|безопасн)\w*",
    r"(الطيران|الطياره|الطيارة|السفر بالطياره|السفر بالطيارة).{0,40}(خطر|خطير|خطيره|خطيرة|آمن|امان|أمان)",
    # the flight home dated after the procedure ("I have to fly home 2 days later", "ich fliege
    # zwei Tage danach zurück", "je reprends l'avion 2 jours après", "2 gün sonra dönüş
    # uçağım var", "улетаю через 2 дня после", "راجع بالطيارة بعدها بيومين"): the recovery
    # asked about ends there
    r"\bfly(ing)? (home|back)\b.{0,12}\b(\d|one|two|three|four|five|a few|a couple of)\b.{0,8}\bdays? (later|after(wards)?)\b",
    r"\b(fliege|fliegen|flug)\b.{0,20}\b(\d|zwei|drei|vier|ein paar) tage?\w* (danach|später|nach)\b",
    r"\b(je (reprends|prends) l'avion|mon vol (retour|de retour)|je rentre en avion)\b.{0,20}\b(\d|deux|trois|quatre) jours (après|plus tard)\b",
    r"\b(\d|iki|üç|dört|birkaç) gün sonra\b.{0,20}\b(uç\w*|dönüş uçağ\w*|dönüyorum)",
    r"(улетаю|улечу|вылет|лечу домой|обратный рейс)\w*.{0,20}через (\d|два|три|четыре|пару) (дня|дней)",
    r"(راجع|ارجع|أرجع|طيارتي|رحلتي|بسافر|اسافر)\w*.{0,20}(بعدها|بعد) (بيومين|ب?\d+ (ايام|أيام)|يومين)",
    # work done from the hotel after the treatment ("could I work remotely from the hotel the day
    # after?", "kann ich vom Hotel aus arbeiten?", "travailler depuis l'hôtel", "otelden
    # çalışabilir miyim", "работать из отеля", "اشتغل من الفندق") (the thirty-seventh round's):
    # when work may resume, the recovery asked, not the stay
    r"\b(work|working)\b( \w+)?( remotely| online)? (from|at|in) (the|my|our) hotel\b",
    r"\b(vom|im) hotel( aus)?\b.{0,20}\b(arbeiten|homeoffice|remote)\b",
    r"\b(travailler|bosser|teletravailler|télétravailler)\b( \w+)? (depuis|a|à|de) l'h[oô]tel\b",
    r"\botel(den|de|da)\b (\w+ )?(çalış|calis|uzaktan çalış|uzaktan calis)\w*",
    r"(работать|поработать|работа)\w* (\w+ )?(из|в) (отеля|отеле|гостиницы|гостинице)",
    r"(اشتغل|أشتغل|اشتغال|الشغل|اعمل|أعمل) (\w+ )?(من|في|ب)( ال| )?(فندق|الفندق|اوتيل|الاوتيل)",
    # the flight asked on a day counted from the operation ("can I fly home the day after the
    # op?", "kann ich am Tag nach der OP zurückfliegen?", "prendre l'avion le lendemain de
    # l'intervention", "ameliyattan bir gün sonra uçağa binebilir miyim", "улететь на следующий
    # день после операции", "اقدر اسافر تاني يوم بعد العملية") (the forty-eighth round's): when
    # the recovery allows the flight, not a visit asked on a day of the stay
    r"\b(fly|flying|take (a|the) (flight|plane)|get on (a|the) plane)\b( home| back)?( on)? (the )?(same day|next day|day after|two days after|\d days? after)\b.{0,12}\b(the |my )?(operation|surgery|op|procedure)\b",
    r"\b(am )?(selben|gleichen|nächsten|ersten) tag\b.{0,6}\b(nach )?(der |meiner )?(op|operation|eingriff)\b.{0,25}\b(zurück)?(fliegen|fliege|flieger|flug)",
    r"\b(tag nach der|tag nach meiner) (op|operation)\b.{0,25}\b(zurück)?(fliegen|fliege|flieger|flug)",
    r"\b(prendre|reprendre) l'avion\b.{0,6}\b(le )?(lendemain|surlendemain|jour même|jour meme) (de |du )?(l'|mon |ma )?(opération|intervention|chirurgie|op)\b",
    r"\b(ameliyat|operasyon)\w* (bir gün sonra|ertesi gün|aynı gün)\w*.{0,15}\b(uç|uçağa bin|uçakla dön)\w*",
    r"(лететь|улететь|вылететь|полететь|сесть в самол[её]т)\w*.{0,10}(на следующий день|на другой день|в тот же день|через день) после (операци|пластик)\w*",
    r"(اسافر|أسافر|اطير|أطير|اركب الطياره|اركب الطيارة|ارجع بالطياره|ارجع بالطيارة).{0,6}(تاني يوم|ثاني يوم|اليوم التالي|نفس اليوم|بعد يوم) (بعد|من) (العملية|العمليه)",
]

# A journey going wrong now (NHS/clinic practice: a stranded patient is helped the same day): a
# flight cancelled or missed, boarding refused, the transfer that never came, the patient standing
# at the airport. Only the disruption, not a plan: "when I land" or "my flight is on Monday" is none.
TRAVEL_NOW: list[str] = [
    r"\b(flight|plane)( \w+){0,3} (got |was |has been |is |been )?(cancell?ed|delayed until|overbooked)\b|\bmissed (my|the|our) (flight|plane|connection)\b",
    r"\b(won'?t|wouldn'?t|will not|would not|didn'?t|don'?t) let (me|us) (board|fly|on the plane|check in)\b|\bdenied boarding\b|\bstuck at the airport\b|\b(i'?m|i am|we'?re|we are) (at|in) (the )?(\w+ )?airport\b|\b(won'?t|wouldn'?t|will not|would not|didn'?t) let (me|us) on\b|\bmissed (my|the|our) (\w+ )?(flight|plane|connection)\b|\b(check-?in|the gate|boarding) (had |has |was )?(already )?closed\b",
    r"\b(transfer|driver|taxi|shuttle|pick ?up)( \w+){0,2} (didn'?t|did not|hasn'?t|has not|never) (come|show(ed)? up|turn(ed)? up|arrive[d]?)\b",
    r"\bflug( \w+){0,3} (wurde |ist |wird )?(gestrichen|annulliert|storniert|ausgefallen)|\bflug verpasst|\b(nicht|nie) (boarden|einsteigen|mitfliegen) lassen|\b(steh|stehe|bin|sitze|sitz|hänge|hänge fest) (jetzt |gerade )?am flughafen\b",
    r"\b(fahrer|transfer|taxi|shuttle)( \w+){0,2} (ist |sind )?(nicht|nie) (gekommen|da|aufgetaucht|erschienen)\b",
    r"\bvol( \w+){0,3} (a été |est )?(annulé|annule)|\b(raté|rate|manqué|manque|loupé|loupe) (mon|notre|le) (vol|avion)\b|\b(refus\w* (de me laisser )?d'embarquer|ne (me|nous) laisse(nt)? pas (embarquer|monter))\b",
    r"\b(chauffeur|navette|taxi|transfert)( \w+){0,2} (n'est|n'est jamais|est jamais|n'est toujours) pas (venu|arrivé|arrive|là|la)\b|\b(je suis|on est|nous sommes) (bloqué\w*|coincé\w*|à l'aéroport|a l'aeroport)\b",
    r"\b(ucagimi|ucagi|ucusumu|ucusu) kacirdim|\bucus\w* iptal (oldu|edildi)|\b(ucaga|ucaga) (almiyorlar|bindirmiyorlar|almadilar|bindirmediler)|\b(transfer|sofor|taksi)( \w+){0,2} (gelmedi|gelmiyor)\b|\b(su an )?havalimanindayim\b",
    r"рейс\w*( \w+){0,2} (отмен\w+)|(опоздал|опоздала|опоздали) на (рейс|самол[её]т|посадку)|не (пускают|пустили|сажают) на (рейс|самол[её]т|посадку|борт)|(трансфер|водитель|такси)( \w+){0,2} не (приехал|пришёл|пришел|приехало)|я в аэропорту|застрял\w* в аэропорту",
    r"(الرحله|الطياره|الطيارة|الرحلة)( [^\s]+){0,2} (اتلغت|انلغت|الغيت|تلغت)|فاتتني (الطياره|الطيارة|الرحله|الرحلة)|(الطياره|الطيارة|الرحله|الرحلة|الفلايت)( [^ ]+){0,1} (فاتتني|فاتتنا|فاتتنى|راحت عليا|راحت علي|راحت علينا)|بعد ما (قفلوا|سكروا|اغلقوا|أغلقوا) (الكاونتر|البوابه|البوابة|التسجيل)|ما (خلوني|سمحولي) (اركب|اطلع)|(التاكسي|تاكسي|السواق|السائق|النقل|التوصيل)( [^\s]+){0,2} (ما|لم) (جا|اجا|وصل|يجي|ياتي)|(انا|أنا) (في |ب)المطار",
]

# A price named as the purpose of another ask ("do I send photos *to get a quote*?", "pour avoir un
# devis", "für ein Angebot", "teklif için", "для расчёта", "عشان عرض سعر"): the ask is the other one.
PRICE_PURPOSE: list[str] = [
    *_QUOTE_AS_PAPER,
    r"\b(to|for|so (that )?(i|you) can) (get|have|make|give me|receive|prepare)? ?(a |an |the |my )?(quote|price|estimate|offer|cost)\b",
    # the treatment named inside ("for the nose job quote", "for my hair transplant estimate")
    r"\b(for|to get) (a |an |the |my )(\w+ ){1,3}(quote|estimate)\b",
    r"\b(pour|afin d') (avoir|obtenir|recevoir|établir|faire|me faire)? ?(un|le|mon|votre) (devis|prix|tarif|estimation)\b",
    r"\b(für|um) (ein|das|einen|den) (angebot|kostenvoranschlag|offerte|preis)\w*",
    r"\b(teklif|fiyat)\w* (almak |alabilmek |vermeniz )?için\b",
    # (what is priced may follow the purpose: "для расчёта стоимости", "عشان عرض السعر" -- the
    # fiftieth round's)
    r"(для|чтобы (получить|рассчитать|узнать)) (расч[её]т\w*|цен\w*|стоимост\w*|предложени\w*)( (стоимост|цен)\w*)?",
    r"(عشان|علشان|لكي|حتى|من اجل|من أجل) (اخذ|آخذ|احصل على|تعطوني|يعطوني)? ?(عرض (ال)?سعر|السعر|التكلفه|التكلفة)",
]

# A quotation in the marks of any of our languages: the clinic's offer quoted back.
QUOTATION: str = r"[«„“”\"][^«»„“”\"\n]{3,240}[»“”\"]"

# A second topic in one message ("... и заодно -- предоплата переносится?", "and also, do you
# ...", "bir de ..."): the marker introduces the aside; the message's main ask comes before it.
SECOND_TOPIC: list[str] = [
    r"(^|[.?!,;:]\s*|\band\s+)(also|by the way|btw|one more (thing|question)|another question)\b",
    r"(^|[.?!,;:]\s*|\bund\s+)(übrigens|außerdem|ausserdem|noch eine frage|und noch was)\b",
    r"(^|[.?!,;:]\s*|\b(et|pis|puis)\s+)(au fait|autre question|par ailleurs|sinon|aussi)\b",
    r"(^|[.?!,;:]\s*)(bir de|bi de|ayrıca|bu arada|bir sorum daha)\b",
    r"(^|[.?!,;:—–-]\s*|\s)(и|а) (ещ[её]|заодно|кстати)\b|(^|[.?!,;:—–-]\s*)(кстати|заодно|ещ[её] вопрос)\b",
    r"(^|[.?!,;:؟،]\s*)(و?كمان|و?بالمره|و?ايضا|و?أيضا|سؤال (ثاني|تاني|اخر|آخر))",
    # and in Arabizi ("... w kaman ab3at el ta7alil hena wala 3al email?") (the forty-fourth
    # round's: the Arabizi where-to-send it now reads is no more than such an aside)
    r"(^|[.?!,;:]\s*|\bw\s+)(kaman|kamaan|kman|belmarra|bel marra|so2al tany|so2al tani)\b",
]

# The operation's date, as a day number within a few words of the operation ("l'opération serait
# le 12 mai", "surgery on the 14th"): not an amount, a stay or a time.
OPERATION_DATE: list[str] = [
    r"(surgery|operation|procedure|opération|intervention|eingriff|\bop\b|ameliyat|операци|عملي)\w*"
    r".{0,30}?(?<![\d.,])([1-9]|[12]\d|3[01])(?![\d.,]\d)"
    r"(?!\s?(€|eur|euro|\$|%|nuits?|nights?|gece|nächte|ноч|ليال|days?|jours?|tagen?|gün|дн|дней"
    r"|weeks?|semaines?|wochen|hafta|недел|يوم|ايام|grafts?|greffons|greft|h\b|uhr|saat|am\b|pm\b|:))",
    # a booked appointment or operation with a dotted date ("mein Termin ist am 3.6. um 9 Uhr",
    # "my appointment is on 3.6.", "rendez-vous le 3.6", "randevum 3.6'da", "приём 3.06", "موعدي
    # 3.6"): the booked date, whatever the clock time after it (the thirty-ninth round's)
    r"(termin|appointment|rendez-vous|rdv|randevu|при[её]м|запис|موعد|surgery|operation|opération"
    r"|eingriff|\bop\b|ameliyat|операци|عملي)\w*.{0,30}?(?<![\d.,])([1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\b",
]

# Whether the consultation or the operation can be on a given day of the stay ("would you see me
# Wednesday morning and start the same day?", "schaffe ich die Voruntersuchung am selben Tag?",
# "ayni gun ameliyat yapilabiliyor mu?", "маммопластику сделают в пятницу утром?", "ينفع الكشف
# تاني يوم الصبح؟"): the flight is the reason, the ask is the booking -- within one question.
_VISIT = (
    r"(consult\w*|appointment|examination|check-?up|surgery|operation|operate\w*|procedure|see me"
    r"|voruntersuchung|untersuchung|beratung|termin|operier\w*|\bop\b|konsult\w*|opération|opérer|opéré"
    r"|intervention|rendez-vous|\brdv\b|ameliyat\w*|muayene\w*|konsültasyon\w*|операци\w*|консультац\w*"
    r"|осмотр\w*|прием\w*|приём\w*|сделают|оперир\w*|\w+пласти\w+|الكشف|كشف|العملية|العمليه|عملية|عمليه"
    r"|الاستشارة|الاستشاره|الموعد)"
)
_STAY_DAY = (
    r"(same day|next day|following day|day before|day after|day earlier|(monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday)( morning| afternoon)?|the (\d{1,2}(st|nd|rd|th)?)\b"
    r"|selben tag|gleichen tag|nächsten tag|tag (vorher|davor|früher)|(montag|dienstag|mittwoch"
    r"|donnerstag|freitag|samstag|sonntag)|même jour|lendemain|jour (avant|d'avant|plus tôt)|veille"
    r"|le \d{1,2}\b|(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|aynı gün|ertesi gün"
    r"|(bir )?gün önce|(pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar)|тот же день"
    r"|следующий день|день раньше|день до|(понедельник|вторник|среду|четверг|пятницу|субботу"
    r"|воскресенье)|نفس اليوم|تاني يوم|ثاني يوم|اليوم التالي|اليوم اللي بعده|بدري يوم|قبلها بيوم|يوم قبل)"
)
# ... and asked as a possibility ("could", "schaffe ich", "peut", "olur mu", "смогут", "ينفع"):
# "my operation is on the 14th, which airport should I fly into?" states the date and asks the trip
SCHEDULE_POSSIBLE: list[str] = [
    r"\b(can|could|would|will you|possible|manage|fit|work)\b",
    r"\b(möglich|schaffe|schafft|geht|klappt|kann|könnt\w*|wird)\b",
    r"\b(peut|peux|pourr\w*|possible|colle|ça marche|ca marche)\b",
    # (any verb in the potential mood asked: "yaptırabilir miyim", "gelebilir miyiz")
    r"(olur mu|olabilir|yapılabil\w*|yapabilir\w*|mümkün|\w(abil|ebil)\w* m[ıiuü])",
    r"(сделают|смогут|можно|получится|успе\w*|возможно)",
    r"(ينفع|ممكن|يمكن|بقدر|تقدرو|اقدر)",
]
# (a Turkish question is marked by its particle as well as by "?": "bir gün önce gelip muayene
# yaptırabilir miyim, uçak 10unda iniyor" -- the forty-first round's)
_TR_QUESTION = r"\bm[ıiuü](y[ıiuü]m|s[ıiuü]n[ıiuü]z|y[ıiuü]z)?\b"
SCHEDULE_ASK: list[str] = [
    rf"{_VISIT}[^.!?\n]{{0,60}}{_STAY_DAY}[^.!?\n]{{0,80}}([?؟]|{_TR_QUESTION})",
    rf"{_STAY_DAY}[^.!?\n]{{0,40}}{_VISIT}[^.!?\n]{{0,80}}([?؟]|{_TR_QUESTION})",
]

# Thanks for a quote already sent ("thanks for the quote. one thing before I decide: ..."): the
# price is behind the writer; the question that follows is the ask.
THANKED_PRICE: list[str] = [
    r"\b(thanks?|thank you)( (so|very) much)? for (the|your) (quote|offer|price|prices|estimate)\b",
    r"\b(danke|vielen dank)( schön)? für (das|ihr|den|ihren) (angebot|kostenvoranschlag|preis)\b",
    r"\bmerci (beaucoup )?pour (le|votre) (devis|prix|tarif)\b",
    r"\b(teklif|fiyat)\w* için (çok )?(teşekkür|sağ ?ol)\w*",
    r"спасибо за (расч[её]т|предложение|прайс|цену|смету)",
    r"(شكرا|شكراً|مشكورين) (على|ع) (العرض|السعر|الاسعار|الأسعار)",
    # So is a quote passed on to another person ("send the quote to my husband", "lui envoyer le
    # devis", "das Angebot an meinen Betreuer", "teklifi eşime iletin", "перешлите мужу смету",
    # "ابعتوا العرض لزوجي"): the quote exists, it is a paper to forward; the other ask (how to
    # pay it) is the intent (the thirty-sixth round's). A quote sent to the writer is asked.
    r"\b(send|forward|e-?mail|mail|pass)\w* (the|your|this|that|my|our) (quote|offer|estimate|quotation)\b.{0,20}\bto (my |our |his |her )?(husband|wife|partner|guardian|father|mother|dad|mum|mom|son|daughter|insurer|insurance|employer|accountant|lawyer|brother|sister|him|her|them)\b",
    r"\b(send|forward|e-?mail|mail|pass)\w* (him|her|them|my (husband|wife|partner|guardian|father|mother|son|daughter|insurer|employer|accountant)) (the|your|this|that) (quote|offer|estimate|quotation)\b",
    r"\b(lui|leur) (envoyer|envoyez|transmettre|transmettez|faire suivre|renvoyer|adresser) (directement )?(le|votre|ce) (devis|chiffrage)\b",
    r"\b(envoy|transm|fai\w* suivre|renvoy|adress)\w* (le|votre|ce) (devis|chiffrage)\b.{0,20}\b(a|au) (mon |ma |mes |notre )?(mari|femme|conjoint|compagnon|compagne|curateur|curatrice|tuteur|tutrice|pere|mere|fils|fille|mutuelle|assurance|comptable|avocat|frere|soeur)\b",
    r"\b(das|ihr|ihren|den|dieses) (angebot|kostenvoranschlag)\w*\b.{0,30}\b(an|für) (meinen|meine|unseren|unsere|den|die) (mann|frau|partner\w*|betreuer\w*|vormund|vater|mutter|sohn|tochter|versicherung|krankenkasse|arbeitgeber|steuerberater|anwalt|bruder|schwester)\b",
    r"\b(ihm|ihr|ihnen) (das|ihr|ihren|den) (angebot|kostenvoranschlag)\w*\b.{0,30}\b(schicken|senden|weiterleiten|mailen|zukommen)",
    r"\bteklif\w* (direkt )?(eşime|esime|kocama|karıma|karima|vasime|vasim\w*|babama|anneme|oğluma|ogluma|kızıma|kizima|sigortama|avukatıma|avukatima|ona)\b.{0,20}(gönder|gonder|ilet|yolla|at)",
    r"\b(eşime|esime|kocama|karıma|karima|vasime|babama|anneme|oğluma|ogluma|kızıma|kizima|sigortama|ona) (da )?teklif\w*.{0,20}(gönder|gonder|ilet|yolla)",
    r"(отправ|перешл|пересла|переслать|скин|вышл|выслать|направ)\w* (напрямую )?(ему|ей|им|мужу|жене|опекуну|попечителю|маме|папе|сыну|дочери|страховой|юристу)\b.{0,20}(смет|расч[её]т|коммерческ|предложени)",
    r"(смет|расч[её]т|предложени)\w* (напрямую )?(ему|ей|им|мужу|жене|опекуну|попечителю|маме|папе|сыну|дочери|страховой|юристу)\b",
    r"(العرض|عرض السعر|التسعيره|التسعيرة) (مباشره |مباشرة )?(ل|الى |إلى |لـ)(زوجي|جوزي|زوجتي|ابوي|أبوي|ابي|أبي|امي|أمي|اخوي|أخوي|ابني|بنتي|الوصي|وصيي|محامي|التامين|التأمين)",
]

# The writer checks or accepts a date the clinic proposed ("c'est bien ça ?", "мне так подходит",
# "works for me", "stimmt das?").
DATE_CHECK: list[str] = [
    r"\b(is that (right|correct)|works for me|suits me|that'?s fine (for|with) me|is that ok)\b",
    r"\b(c'est bien ça|c'est correct|ça me va|ça me convient)\b",
    r"\b(stimmt das|passt (mir|uns|für mich)|ist das richtig)\b",
    r"\b(doğru mu|bana uyar|benim için uygun)\b",
    r"(мне (так )?подходит|так подходит|правильно\?|верно\?|вс[её] верно)",
    r"(صح\?|صح؟|صحيح\?|صحيح؟|مناسب لي|يناسبني)",
    # the booked date asked as still standing ("is that still on?", "bleibt das so?", "bleibt es
    # dabei?", "c'est toujours bon ?", "hala geçerli mi?", "всё в силе?", "لسا ثابت؟") (the
    # thirty-ninth round's)
    r"\b(is (that|it|this) still (on|ok|happening|going ahead)|still on for)\b",
    r"\bbleibt (das|es) (so|dabei)\b|\b(gilt|steht) (das|es|der termin) (noch|weiterhin)\b",
    r"\bc'est toujours (bon|ok|maintenu|d'actualité|prévu)\b|\btoujours maintenu\b",
    r"\b(hala|hâlâ|halen) (geçerli|gecerli) m[iı]\b",
    r"вс[её] (ещ[её] )?в силе|(остается|остаётся) в силе",
    r"(لسا|لسه|بعده|مازال|ما زال|لا يزال) (ثابت|قائم|مأكد|مؤكد)",
]

# The forty-sixth round's (flags46d, a gap of the forty-fourth round, in no set): after an
# operation, photos of the wound, the scar, the stitches or the grafts told sent, with the
# patient asking whether it is all right ("I sent pictures of my incision, does it look ok?",
# "ich habe Fotos von der Narbe geschickt, ist das in Ordnung?", "je vous ai envoyé les photos
# de la cicatrice, c'est normal ?", "yaranın fotoğraflarını attım, iyi mi?", "скинула фото шва,
# всё нормально?", "بعتلكم صور الخياطة، تمام؟"): the patient asks to be looked at -- a person
# sees it the same day (NHS 'Caring for your wound': a wound that worries you is checked); the
# photos are no documents request. Photos of a passport or a report, or a question that asks
# nothing of the wound ("did you get my photos?"), are not read.
_PHOTO = (
    r"(photos?|pictures?|pics|images?|fotos?|bilder\w*|fotoğraf\w*|foto\w*|resim\w*|фото\w*|фотк\w*|снимк\w*"
    r"|صور|الصور|صوره|صورة|sowar|swar|sura)"
)
_WOUND_SHOWN = (
    r"(wound|incision|scar|stitch\w*|sutures?|grafts?|donor area|wunde|narbe|naht|nähte|schnitt|grafts?"
    r"|plaie|cicatrice|suture|points|incision|greffons?|yara\w*|dikiş\w*|kesi\w*|greft\w*"
    r"|ран\w*|шв[аоуы]\w*|шов|рубц\w*|рубец|разрез\w*|графт\w*"
    r"|الجرح|جرحي|جرح|الغرز|الخياطه|الخياطة|الندبه|الندبة|مكان العمليه|مكان العملية|البصيلات|jar7|jer7|el jar7)"
)
_ASKED_ALL_RIGHT = (
    r"(ok|okay|normal\w*|fine|alright|all right|look good|looks good|healing (well|ok|fine)|in ordnung|gut aus|passt"
    r"|bien|correct|iyi mi|normal mi|tamam mı|sorun var mı|нормальн\w*|в порядке|всё хорошо|все хорошо|ок\b"
    r"|كويس|كويسه|كويسة|طبيعي|تمام|سليم|مظبوط|منيح|زين|عادي|kwayes|kwayis|tabi3i|tamam|mni7)"
)
WOUND_PHOTO_ASKED: list[str] = [
    rf"\b{_PHOTO}\b[^.!?؟\n]{{0,40}}{_WOUND_SHOWN}[^!?؟\n]{{0,60}}\b{_ASKED_ALL_RIGHT}[^.!?؟\n]{{0,20}}[?؟]",
    rf"\b{_WOUND_SHOWN}[^.!?؟\n]{{0,30}}{_PHOTO}[^!?؟\n]{{0,60}}\b{_ASKED_ALL_RIGHT}[^.!?؟\n]{{0,20}}[?؟]",
]

# The writer offers photos ("I can send photos", "je peux envoyer des photos"): beside a question
# about a treatment they are for its assessment, not a documents request.
PHOTOS_OFFERED: list[str] = [
    # ... or says they are already sent ("j'ai envoyé mes photos hier", "I sent the pics on
    # WhatsApp"): told beside another ask, no documents request either
    r"\b(i|we) (already |just )?(sent|uploaded|shared)\b.{0,20}\b(photos?|pictures?|pics)\b|\b(j'ai|on a|je vous ai|j'avais) (déjà |deja )?(envoy|transmi)\w*.{0,10}photos?",
    r"\b(habe|hab|hatte) (ihnen |euch |die |meine )?(fotos?|bilder)\b.{0,30}(geschickt|gesendet|hochgeladen)|\b(fotoğraf|foto)\w* (attım|gönderdim|yolladım)|(отправил\w*|скинул\w*|прислал\w*) (вам )?(фото|снимк)\w*|(ارسلت|أرسلت|بعتت|بعثت) (الصور|صوري|لكم الصور)",
    r"\b(i can|i could|i'?ll|happy to|shall i) (send|share|upload)\b.{0,20}\b(photos?|pictures?|pics)\b",
    r"\b(je peux|je pourrais|je vous) (vous )?(envoy|envoie|transmet)\w*.{0,10}photos?",
    r"\b(ich kann|ich könnte|ich schicke|gerne) (ihnen |euch )?(fotos?|bilder)\b.{0,20}(schick|send)\w*",
    r"\b(fotoğraf|foto)\w* (atabilirim|gönderebilirim|yollayabilirim|atayım|göndereyim|atsam|göndersem|yollasam)",
    r"(могу|можно) (скинуть|прислать|отправить) (фото|снимк)\w*",
    r"(اقدر|أقدر|ممكن|بقدر) (ارسل|أرسل|ابعت|ابعث)\w* (صور|الصور)",
    # my own results, x-rays or reports offered after another question ("... better for me? Do
    # you need my latest eye test results?"; offered first, the offer is the ask itself),
    # "I can send my blood tests", "brauchen Sie meine Befunde?", "vous voulez mes résultats
    # ?", "tahlillerimi göndereyim mi", "нужны мои анализы?", "تحتاجون تحاليلي؟")
    r"(?<=[?؟])[^?؟]{0,25}\b(do you need|do you want|would you like|shall i send|should i send|i can send|i could send|i'?ll send|happy to send)\b (to see )?my\b.{0,25}\b(results|x-?rays?|scans?|reports?|blood tests?|records)\b",
    r"(?<=[?؟])[^?؟]{0,25}\b(brauchen|wollen|möchten) sie (\w+ )?meine\b.{0,20}\b(befunde?|ergebnisse|werte|röntgenbilder|unterlagen)\b|(?<=[?؟])[^?؟]{0,25}\b(ich kann|ich könnte|soll ich) (ihnen )?meine\b.{0,20}\b(befunde?|ergebnisse|werte|röntgenbilder)\b.{0,10}\b(schicken|senden)",
    r"(?<=[?؟])[^?؟]{0,25}\b(vous (voulez|avez besoin de)|je (peux|pourrais) (vous )?envoyer|dois-je (vous )?envoyer) (mes|mon|ma)\b.{0,20}\b(résultats|radios?|analyses|bilans?|comptes? rendus?)\b",
    r"(?<=[?؟])[^?؟]{0,25}\b(tahlil|sonuç|rapor|röntgen|film)\w*(imi|lerimi|larımı|umu|ümü)\b.{0,15}\b(göndereyim|atayım|yollayayım|ister misiniz|gerekli mi|lazım mı)",
    r"(?<=[?؟])[^?؟]{0,25}(нужн\w*|прислать|отправить|скинуть) (вам |ли )?(мои|мой|моё|мое)\b.{0,20}(анализ|снимк|рентген|заключени|результат)",
    r"(?<=[?؟])[^?؟]{0,25}(تحتاجون|تحتاجوا|بدكم|تبون|تبغون|ارسل|أرسل|ابعت)\w* (تحاليلي|نتائجي|اشعتي|أشعتي|تقريري)",
]

# A step before the operation named and asked to be moved or dated -- the pre-assessment, the
# pre-op tests, the anaesthetist's consultation ("can we bring the pre-assessment forward?",
# "die Voruntersuchung vorziehen", "avancer le bilan préopératoire", "ameliyat öncesi muayeneyi
# öne alabilir miyiz", "перенести предоперационное обследование", "نقدم الفحوصات قبل العملية")
# (the forty-eighth round's): a booking, whatever the message tells beside it of a bleeding
# history or a fear; the step named alone ("what do I bring to the pre-assessment?") is none.
_PREOP_STEP = (
    r"(pre-?(op(erative)?|surgical) (assessment|check\w*|tests?|exam\w*|consultation|appointment|visit|bloods?)"
    r"|pre-?assessment|anaesthe\w* (consultation|assessment|review|appointment)"
    r"|voruntersuchung\w*|vorgespräch\w*|narkosegespräch\w*|aufklärungsgespräch\w*|prämedikation\w*"
    r"|bilan (pré-?op\w*|sanguin|avant l'op\w*)|consultation (d'anesthésie|pré-?op\w*|pré-?anesthésique)"
    r"|visite pré-?anesthésique|examens? (pré-?op\w*|avant l'op\w*)"
    r"|ameliyat öncesi (muayene|kontrol|tetkik|tahlil|görüşme)\w*|ön muayene\w*|anestezi (muayene|görüşme|konsültasyon)\w*"
    r"|предоперационн\w* (обследовани|осмотр|консультаци|анализ)\w*|(осмотр|консультаци)\w* анестезиолога"
    r"|(обследовани|анализ)\w* перед операци\w*"
    r"|(الفحص|الفحوصات|فحوصات|التحاليل|تحاليل|الكشف) (اللي )?قبل (العملية|العمليه)|(استشارة|استشاره|كشف) التخدير)"
)
_STEP_MOVED = (
    # (an earlier time asked, not "the tests I had earlier": "früher", "раньше" also mean "before")
    r"(move|moving|bring|bringing|forward|reschedul\w*|postpon\w*|push (\w+ ){0,2}back"
    r"|((a|one|two|\d) (week|weeks|days?) |an )earlier|earlier (date|slot|day|time)"
    r"|vorziehen|vorverlegen|verschieben|verlegen|früher (\w+ )?(machen|legen|kommen|stattfinden|haben|möglich)"
    r"|avancer|décaler|déplacer|reporter|plus tôt"
    r"|öne al\w*|one al\w*|ertele\w*|kaydır\w*|erkene al\w*|daha erken"
    r"|перенест\w*|перенес\w*|раньше (пройти|сделать|провести|назначить|записаться)|(пройти|сделать|провести)\w* раньше"
    r"|تقديم|نقدم|تقدمو|تقدموا|اقدم|أقدم|تأجيل|نأجل|أأجل|نغير|بدري)"
)
PREOP_STEP_MOVED: list[str] = [
    rf"{_PREOP_STEP}[^.!?؟\n]{{0,60}}{_STEP_MOVED}",
    rf"{_STEP_MOVED}[^.!?؟\n]{{0,40}}{_PREOP_STEP}",
]

# Photos or files sent with the format asked ("is jpg OK?", "geht das als PDF?", "en jpg ça va
# ?", "jpg olur mu?", "в jpg подойдёт?", "بصيغة jpg ينفع؟", "which format do you need?") (the
# forty-eighth round's): the files are the ask, whatever treatment they are for.
_FILE_KIND = r"(jpe?g|png|pdf|heic|tiff?|zip|docx?|dicom)"
_KIND_FINE = (
    r"(ok|okay|fine|alright|all right|good|enough|work|do|in ordnung|passt|geht|reicht|genügt"
    r"|ça va|ca va|ça passe|ca passe|convient|suffit|bon|olur|uygun|yeterli|tamam"
    r"|подойд[её]т|подходит|нормально|пойд[её]т|годится|ок"
    r"|ينفع|تمام|مقبول|كويس|ماشي|يمشي)"
)
FILE_FORMAT_ASKED: list[str] = [
    # (the judgement first: "passt JPG?", "geht auch PNG?", "is a jpg ok?")
    rf"\b(passt|geht|reicht|genügt|is|are|would|will)\b (\w+ ){{0,2}}{_FILE_KIND}\b[^.!?؟\n]{{0,20}}[?؟]",
    rf"\b{_FILE_KIND}\b[^.!?؟\n]{{0,20}}\b{_KIND_FINE}\b[^.!?؟\n]{{0,15}}([?؟]|\bm[ıiuü]\b)",
    rf"\b(as|in|als|im|en|au format|format|formatında|formatta|в|в формате|بصيغة|بصيغه|ك)\s?{_FILE_KIND}\b[^.!?؟\n]{{0,30}}[?؟]",
    r"(\b(which|what|any particular|a specific) (file )?(format|file type)|\bwelche[sm]? (datei)?format"
    r"|\bquel (type de fichier|format)|\bdans quel format|\bhangi (format|dosya türü|uzantı)"
    r"|в каком (формате|виде)|какой формат|(بأي|باي|ايش|شو|اي) (صيغة|صيغه|امتداد|فورمات))"
    # (to the end of its question: "which format is best?")
    r"([^.!?؟\n]{0,30}[?؟])?",
]
