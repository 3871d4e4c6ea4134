# ruff: noqa: RUF001, RUF002, RUF003 -- multilingual clinical phrases, one per line
"""The post-op safety net: a bodily complaint in words the red-flag catalogue does not know.

The catalogue (:mod:`careflow_agents.redflags`) only knows the emergencies it lists; patients
describe the rest in their own words ("there's clear water dripping from my nose", "my tooth is
throbbing and my eye is swelling shut", "ellerim karıncalanıyor"). Issue 10's rule is that such a
post-op message is seen by a person rather than answered automatically. This module recognises a
*complaint* by its structure rather than by phrase: a body part tied, within a few words, to a
word of change, pain, colour, fluid or lost function -- in either order, so inflection and word
order do not matter -- plus a short list of complaint words that need no body part (hives, a
rash, tingling, drowsiness, double vision).

A complaint only makes a message ``soon`` with a coordinator's review (never ``urgent``: an
unknown word is not an emergency by itself, and over-escalation would teach staff to ignore the
flag). It is *cleared* -- the patient gets the automatic answer -- when it is negated ("no
redness in the eye", :mod:`careflow_agents.negation`), when it lies inside one of the ordinary
signs of healing (:data:`careflow_agents.lexicon.NORMAL_HEALING`: some swelling, bruising,
itching, crusts, numbness) or when the clause around it says it is getting better ("the
swelling in my cheek is going down").

Patterns are written in natural spelling and compiled through :func:`careflow_agents.text.fold`
(accents, umlaut spellings, Turkish without diacritics); the Cyrillic ones also match Russian
typed in Latin letters; Arabizi has its own lines. Every pattern starts with a literal
alternation so the anchor prefilter (:func:`careflow_agents.text.anchors`) skips it cheaply.
"""

from __future__ import annotations

# within one sentence: a complaint never pairs with a body part of the next one
_GAP = r"[^.!?;\n]{0,30}"
# Arabic: a word start, optionally after the clitics و ف ب ل ك and the article.
_AR = r"(?<!\w)(?:و|ف)?(?:ب|ل|ك)?(?:ال)?"

# Body parts, per language (stems; ``\w*`` takes the endings).
_BODY = {
    "en": r"\b(eye|eyelid|eyeball|vision|sight|nose|nostril|septum|lip(?!o)|tongue|mouth|gum|tooth|teeth|jaw|cheek|face|forehead|ear|throat|neck|chest|breast|boob|nipple|armpit|arm|elbow|hand|finger|wrist|leg|calf|calves|thigh|knee|ankle|foot|feet|toe|belly|stomach|tummy|abdomen|navel|belly button|back|spine|bum|butt|buttock|hip|groin|bladder|skin|scalp|head|wound|incision|cut|scar\b|scars|stitch|suture|staple|drain|implant|graft|donor area|heart|pulse)",
    "tr": r"\b(göz|görme|görüş|burn|burun|dudak|dil\b|dilim|ağz|ağız|diş|dişeti|çene|yanak|yüz|alın|kulak|kulağ|boğaz|boyn|boyun|göğs|göğüs|meme|koltuk alt|kol|dirsek|el\b|elim|eller|parmak|bilek|bacak|baldır|uyluk|diz\b|dizim|dizler|ayak|karn|karın|göbe|sırt|bel\b|belim|kalça|popo|kasık|mesane|cilt|deri|kafa|baş\b|başım|yara|kesi|dikiş|iz\b|dren|implant|greft|kalp|kalbim|nabz|nabız|midem|çiş|idrar|sidik)",
    "de": r"\b(auge|augen|lid|sicht|nase|nasenloch|lippe|zunge|mund|zahnfleisch|zahn|zähne|kiefer|wange|backe|gesicht|stirn|ohr|hals|kehle|nacken|brust|brustwarze|achsel|arm|ellbogen|hand|finger|handgelenk|bein|wade|oberschenkel|knie|knöchel|fuß|füße|zeh|bauch|bauchnabel|rücken|po\b|gesäß|hüfte|leiste|blase|haut|kopfhaut|kopf|wunde|schnitt|narbe|naht|nähte|klammer|drainage|implant|transplantat|herz|puls)",
    "fr": r"\b(œil|oeil|yeux|paupière|ma vue|vision|nez|narine|lèvre|langue|bouche|gencive|dents?\b|mâchoire|joue|visage|figure|oreille|gorge|cou\b|nuque|poitrine|sein|mamelon|aisselle|bras|coude|main|doigt|poignet|jambe|mollet|cuisse|genou|cheville|pied|orteil|ventre|abdomen|nombril|dos\b|fesse|hanche|aine|vessie|peau|cuir chevelu|tête|plaie|cicatrice|incision|points? de suture|suture|agrafe|drain|implant|greffe|cœur|coeur|pouls)",
    "ru": r"\b(глаз|век|зрени|нос(\b|а\b|у\b|е\b|ом\b|ик)|ноздр|губ|язык|рот|рта|десн|зуб|челюст|щек|щёк|лиц|лоб|ухо|уха|уши|ушах|горл|ше[яиюе]|груд|сос(ок|ка)|подмыш|рук(?!ав)|локт|кист|пал(ец|ьц)|нога|ноги|ногу|ноге\b|ногах|ногой|икр|бедр|колен|лодыж|стоп|живот|пуп|спин|поясниц|ягодиц|попа|паху|пах|мочев|кож|голов|рана|раны|рану|ране\b|ранк|шов|шв[ыа]|рубц|рубец|разрез|дренаж|имплант|графт|сердц|пульс)",
    "ar": _AR
    + r"(عين|عيوني|جفن|نظري|النظر|الرؤيه|الرؤية|انف|أنف|خشم|منخار|شفا|شفه|شفة|شفايف|لسان|فم|لثه|لثة|سني|اسنان|أسنان|ضرس|فك|خد|وجه|وجهي|جبهه|جبهة|اذن|أذن|حلق|زور|رقب|صدر|ثدي|حلمه|حلمة|ابط|إبط|ذراع|يد|ايد|إيد|اصبع|إصبع|صباع|رجل|ساق|فخذ|ركب|كاحل|قدم|بطن|سره|سرة|ظهر|مؤخر|ورك|مثانه|مثانة|جلد|بشره|بشرة|راس|رأس|جرح|الجرح|غرز|قطب|الخياطه|الخياطة|ندب|درنقه|درنقة|زراعه|زراعة|زرعه|زرعة|قلب|نبض|معدتي|كرشي|بولي)",
    "arabizi": r"\b(3ein|3eni|3yoni|3ayni|anfi|mana5ir|shefa|shfaf|lsani|lesani|timi|tomi|sinni|drsi|fakki|5adi|khadi|wijhi|wejhi|widni|7al2i|ra2abti|rgbti|sadri|eidi|idi|rejli|rijli|batni|ba6ni|dahri|jildi|jeldi|rasi|ra2si|jar7|jer7|el jar7|alb|2albi|galbi|sadr|sedr|thady|thadi|bzazi|bezzi|nahdi|jihti|janbi|3eeni|3youni)",
}

# Change, pain, colour, fluid or lost function, per language.
_COMPLAINT = {
    "en": r"\b(throbb|puls|burn|stabb|sharp|shooting|pierc|cold|freezing|blue|purple|white|pale|grey|gray|black|dark|yellow|green|grey|pus|ooz|leak|drip|runn|fluid|water|discharge|sticky|goo\b|gooey|smell|stink|swell|swollen|puff|blown up|blew up|balloon|bulg|lump|bump|hard|tight|crackl|pop|click|hot|warm|numb|tingl|pins and needles|weak|heavy|floppy|droop|twitch|spasm|cramp|rash|hives|blister|spots|peel|flak|open|split|gap|came apart|hurt|ache|aching|pain|sore|kill|bleed|blood|clot|blurr|double|shadow|floater|flash|curtain|ringing|deaf|weird|strange|funny|odd|not right|wrong|worse|spread|growing|bigger|sunken|collaps|moved|moves|moving|wobbl|loose|hole|shifted|crooked|deviat|(leans?|points?|goes|going|bent) to (the )?(left|right)|can'?t (move|feel|lift|bend|open|close|see|hear|stand|walk)|won'?t (move|open|close|stop))",
    "tr": r"\b(zonkl|koyu|bulanıyor|atıyor|yanıyor|yanma|batıyor|batma|sızl|soğuk|buz gibi|mor\b|morar|beyaz|solgun|siyah|kara\b|karard|sarı|yeşil|iltihap|irin|sızıntı|akıntı|akıyor|damlıyor|su geliyor|sıvı|yapışkan|koku|kokuyor|şiş|kabar|yumru|sert|gergin|çıtırd|çıtırt|sıcak|uyuş|karınca|güçsüz|ağırlaş|düşük|seğir|kramp|kasıl|döküntü|kaşıntı|kızarık|kızardı|sivilce|kabarcık|açıldı|ayrıldı|patladı|ağrı|acı|sancı|kan|pıhtı|bulanık|çift görüyorum|gölge|perde|uçuşan|çınl|tuhaf|garip|değişik|kötüleş|yayıl|büyü(?!tme)|kaydı|eğril|yamuk|çarpık|oynuyor|sallan|delik|sola (doğru )?(kay|eğil|yat)|sağa (doğru )?(kay|eğil|yat)|hareket ettiremiyorum|kaldıramıyorum|hissetmiyorum|göremiyorum|duyamıyorum)",
    "de": r"\b(pocht|pulsier|brenn|stech|schneidend|kalt|eiskalt|blau|lila|violett|weiß|blass|grau|schwarz|dunkel|gelb|grün|eiter|sicker|läuft|tropf|flüssigkeit|wasser|ausfluss|klebrig|riech|stink|geruch|geschwoll|schwell|dick|beule|knoten|hart|spann|knister|heiß|warm|taub|kribbel|ameisenlaufen|schwach|schwer|hängt|zuck|krampf|ausschlag|quaddel|blase|pickel|offen|aufgegangen|klafft|schmerz|weh|tut weh|blut|gerinnsel|verschwommen|doppelt|schatten|vorhang|blitze|rausch|pfeif|komisch|seltsam|merkwürdig|anders|schlimmer|breitet sich|wächst|größer|verrutscht|wackel|locker|bewegt sich|loch\b|schief|nach (links|rechts) (verschoben|gebogen|gewandert|zeigt)|kann (ihn |sie |es )?(nicht|kaum) (bewegen|spüren|heben|öffnen|sehen|hören))",
    "fr": r"\b(lancin|pulsat|bat\b|brûl|poignard|aigu|froid|glacé|bleu|violet|blanc|blanche|pâle|gris|noir|foncé|jaune|vert|pus|suint|coule|goutte|liquide|eau|écoulement|collant|odeur|sent mauvais|pue|gonfl|enfl|bosse|boule|dur|tendu|serre|crépit|chaud|brûlant|engourdi|fourmill|picot|faible|lourd|tombant|tombe|paralys|spasme|crampe|éruption|urticaire|plaques|boutons|cloque|ouvert|ouvre|écarté|lâch|mal|douleur|saign|sang|caillot|flou|ombre|rideau|éclair|bourdonn|sifflement|bizarre|étrange|drôle|pas normal|pire|s'étend|grossit|plus gros|déplacé|(?<!je )(?<!on )bouge|branl|trou\b|de travers|dévi|(part|penche|tourne|va) (un peu |légèrement )?vers la (gauche|droite)|n'arrive (pas|plus) à (bouger|sentir|lever|ouvrir|voir|entendre))",
    "ru": r"\b(пульсир|дерг|дёрг|жжет|жжёт|жжени|горит|колет|стрел|остр|холодн|ледян|син|фиолет|бел(ый|ая|ое|ые|еет|еют)|бледн|сер[аоы]|черн|чёрн|темн|тёмн|желт|жёлт|зелен|зелён|гно[йя]|гной|сочит|течет|течёт|теч[её]т|капает|подтека|жидкост|вод[аоуы]|выделени|липк|запах|вонь|воня|опух|отек|отёк|распух|вздул|шишк|комок|уплотн|тверд|твёрд|хруст|щелк|горяч|тепл|тёпл|покрасн|немеет|онемел|покалыв|мураш|слаб|тяжел|тяжёл|опуст|дерга|судорог|спазм|сыпь|высыпан|крапивниц|волдыр|пузыр|прыщ|разошел|разошёл|раскрыл|бол(ь|ит|ят|ел|и\b|ью|езн)|ноет|ноющ|кров|сгуст|мутн|расплыва|двоит|тень|пелен|вспышк|звон|шум в|странн|непонятн|хуже|ухудш|расползает|растет|растёт|сдвинул|смест|шата|болта|двигает|дырк|дыра|крив(ой|ым|ая|ое|ые|ого|ую|о\b|ит)|искрив|съехал|(уходит|ушел|ушёл|смотрит|повернул\w*) (влево|вправо)|мокн|мокр|не могу (пошевел|двиг|поднять|открыть|видеть|чувств))",
    "ar": _AR
    + r"(ينبض|نبض|نغز|حرقان|حرق|يحرق|طعن|بارد|ازرق|أزرق|زرقاء|بنفسجي|ابيض|أبيض|شاحب|رمادي|اسود|أسود|سوداء|غامق|اصفر|أصفر|صفراء|اخضر|أخضر|خضراء|صديد|قيح|يسيل|تسيل|ينزل|نازل|يقطر|سائل|مويه|ماي|ماء|افرازات|إفرازات|لزج|ريحه|ريحة|رائحه|رائحة|منتفخ|تورم|وارم|انتفاخ|ورم|كتله|كتلة|حبه|حبة|قاسي|صلب|مشدود|طقطقه|طقطقة|حار|سخن|تنميل|خدر|منمل|ضعيف|ضعف|ثقيل|مرتخي|مايل|رجفه|رجفة|تشنج|شد عضلي|طفح|حبوب|حساسيه|حساسية|بثور|فقاعات|مفتوح|انفتح|انفتحت|تفتح|وجع|يوجع|توجع|ألم\b|الم\b|يألم|نزيف|دم|جلطه|جلطة|ضبابي|غباش|مغبش|مغبشه|مغبشة|مشوش|مزغلل|ضباب|مو واضح|مش واضح|مزدوج|ظل|ستاره|ستارة|وميض|طنين|غريب|مو طبيعي|مش طبيعي|اسوأ|أسوأ|يزيد|ينتشر|يكبر|تحرك|يتحرك|يتخلخل|متخلخل|مخلخل|يهتز|ثقب|خرم|مايل|معوج|اعوج|أعوج|عوجا|عوجاء|لليمين|لليسار|ما اقدر احرك|ما أقدر أحرك|ما اقدر اشوف|ما أقدر أشوف)",
    "arabizi": r"\b(bynbod|byenbod|7ar2a|7ir2a|bared|barda|azra2|zar2a|aswad|sooda|asfar|safra|akhdar|5adra|sadid|2ay7|btnazel|bynazel|maye|may|ri7a|re7a|mnfo5|manfookh|mtwarem|waram|wa2em|2asi|2asya|mshdod|5adar|tanmil|da3if|da3ife|t2il|ta2il|ta7asos|7asasiye|7boob|7obob|maftoo7|maftou7|byewga3|bywja3|btewja3|wja3|waja3|alam|dam|damm|mghabash|gharib|ghariba|mish tabi3i|mesh tabi3i|bizeed|byzid|byentesher|bikbar|mshdood|mashdood|yoja3|yooja3|yewja3|ywja3|tooja3|azrag|zarga|zer2a|kbeer|akbar|mghabbash|mshawash|m2ashwash|3amsh)",
}

# Complaint words that need no body part: they are a bodily complaint by themselves.
_STANDALONE = {
    "en": r"\b(hives|rash|welts|tingl|pins and needles|drowsy|groggy|can'?t wake|double vision|seeing double|blurred vision|blurry vision|palpitation|heart (is )?(racing|pounding|skipping)|fluttering|light[- ]?headed|clammy|sweating|sweats|cold sweat|passing out|blacked out|fainted|bloated|can'?t (pee|poo|pass (gas|wind))|constipat|diarrh|jaundice|yellow (skin|eyes)|slosh|squelch|squishy (lump|bump|pocket)|(lump|bump|pocket|bubble) of (fluid|water)|water balloon|weeping|(cover |healing )?(screw|cap|abutment)\w*[^.!?;\n]{0,60}(came out|fell out|is out|loose|missing)|(fluid|liquid|water)\w* (moves|moving|shifts|shifting)|(knocked|bumped|banged|hit|walked into)\b.{0,20}\b(nose|face|breast|head|implant|wound|scar|door|wall))",
    "tr": r"\b(kurdeşen|mide bulant|midem bulan|döküntü|kabarcık|kabarık|karıncalan|uyuşukluk|uyku hali|uyanamıyorum|çift görüyorum|bulanık görüyorum|çarpıntı|kalbim (çok )?(hızlı|küt küt|çarpıyor)|terleme|soğuk ter|bayıldım|bayılacak|şişkinlik|gaz çıkaramıyorum|kabız|ishal|sarılık|çalkalan|su topla|(vida|kapak|başlı)\w*[^.!?;\n]{0,60}(çıktı|düştü|gevşe)|(su|sıvı)\w* (hareket|oynuyor|kıpırd)|yumuşak şişlik|lıkırd|çarptı|çarptım|vurdum)",
    "de": r"\b(quaddel|nesselsucht|ausschlag|kribbel|ameisenlaufen|benommen|schläfrig|kaum wach|doppelbilder|doppelt sehen|verschwommen sehen|herzrasen|herzstolpern|herzklopfen|kaltschweiß|schweißausbr|ohnmächtig|umgekippt|aufgebläht|blähbauch|kein stuhlgang|verstopf|durchfall|gelbsucht|schwapp|wabbel|weiche beule|(abdeckschraube|einheilkappe|gingivaformer|heilungsaufbau|heilaufbau|heilungspfosten|schraube)\w*[^.!?;\n]{0,80}(raus|heraus|draußen|rausgefallen|abgefallen|locker)|(flüssigkeit|wasser)\w* (bewegt|wandert|verschiebt)|nässt|gestoßen|angeschlagen|angestoßen|dagegen gelaufen)",
    "fr": r"\b(urticaire|éruption|plaques rouges|fourmill|picotement|somnolen|endormi|vois double|vision double|vision floue|palpitation|cœur (qui )?(bat|s'emballe)|coeur (qui )?(bat|s'emballe)|sueurs?|moite|évanoui|tombé dans les pommes|ballonn|constip|diarrhée|jaunisse\b|floc|ballott|poche (de liquide|d'eau)|(vis|pilier|capuchon)\w*[^.!?;\n]{0,60}(tomb|sorti|partie?|dévissé|visible|dépasse)|(vois|voit|visible|dépasse)\w*[^.!?;\n]{0,30}\b(vis|pilier|capuchon|implant)\b|(liquide|eau)\w* (qui )?(bouge|se déplace)|bosse molle|boule molle|(me suis|s'est|m'a|je me|il s'est|elle s'est) (\w+ )?(cogn|heurt)\w*|(cogn|heurt)\w* (contre|le nez|la tête|le sein|mon|ma))",
    "ru": r"\b(крапивниц|сыпь|высыпан|покалыв|мурашк|сонлив|не могу проснуться|двоится|двоит в глазах|пелена|сердцебиени|сердце (колотится|выскакивает|бьется|бьётся)|холодный пот|потливост|потею|обморок|потерял сознание|потеряла сознание|вздути|запор|понос|диаре|желтух|булька|переливает|хлюпа|мягк\w* шишк|скоплени\w* жидкост|(винт|заглушк|формировател)\w*[^.!?;\n]{0,60}(выпал|выкрутил|открутил|шата)|(выпал|выкрутил|открутил)\w*[^.!?;\n]{0,20}(винт|заглушк|формировател)|(жидкост|вода)\w* (двига|перелива|перекатыва)|мокнет|удари(л|лась|лся)|стукнул)",
    "ar": _AR
    + r"(طفح|غثيان|لوعه|لوعة|نفسي تلعب|معدتي تلعب|حبوب حمراء|حساسيه|حساسية|شري|تنميل|نعسان|نعسانه|دايخ|دايخه|زغلله|زغللة|اشوف دبل|خفقان|قلبي يدق|دقات قلبي|عرق بارد|تعرق|اغمى علي|أغمي علي|اغماء|إغماء|انتفاخ البطن|نفخه|نفخة|امساك|إمساك|اسهال|إسهال|صفار|يرقان|كيس (ماء|مويه|سوائل)|تجمع (مي|ماي|مويه|ماء|سوائل|سائل|دم)|(المي|الماي|المويه|الماء|السائل|مي|مويه|ماي)\w* (يتحرك|تتحرك|يتموج|تتموج|يلعب)|(البرغي|برغي|الغطا|الغطاء)\w*[^.!?;\n]{0,60}(طاح|طلع|انفك|سقط)|يتقلقل|ضربت|خبطت|انضربت|اتخبطت|(ينز|تنز)(?![\u0621-\u064a])|ب?(ينزف|تنزف)(?![\u0621-\u064a]))",
    "arabizi": r"\b(7asasiye|7asasiya|ta7asos|tafa7|tanmil|na3san|na3sane|dayekh|dayi5|zaghlala|5afa2an|2albi bidi2|3ara2|ghmi 3alay|eshal|imsak)",
}

# The clause says the complaint is settling: healing, not a new problem.
_IMPROVING = (
    # vision clearing after eye surgery is the healing course (AAO: blur that improves daily)
    r"\b(sharper|clearer|daha net|netleşiyor|netlesiyor|s'éclaircit|s'eclaircit|plus net|klarer|schärfer|четче|чётче|яснее|اوضح|أوضح)",
    r"\b(going down|gone down|goes down|getting better|much better|better (now|today|every|each)|less and less|improving|improved|settling|settled|fading|faded|healing (well|nicely|fine)|almost gone|disappear)",
    # ("iyileşme başlığı", "iyileşme vidası": the implant's healing cap or screw is its name)
    r"\b(azal|iniyor|indi|geçiyor|geçti|iyileş(?!me (başlı|vida|kapa))|düzel|daha iyi|kayboluyor)",
    r"\b(geht (langsam |schon |etwas |gut |deutlich )?zurück|zurückgegangen|lässt nach|nachgelassen|besser|heilt gut|verheilt|verschwindet|weniger)",
    r"\b(diminue|dégonfle|s'estompe|disparaît|de mieux en mieux|va mieux|cicatrise bien|moins)",
    r"(спада|спал|уменьша|проходит|прошл|прошел|прошёл|лучше|заживает|бледнеет)",
    # whole words: the "خف" of "خفيف" (mild) and the "قل" of "قلق" (worried) are not improving
    r"(?<![\u0621-\u064a])(يخف|خف|قل|بدا يروح|بدأ يروح|راح|احسن|أحسن|يتحسن|تحسن)(?![\u0621-\u064a])",
    # the forty-fourth round's (dev49): settling told day by day ("pain going down every day",
    # "jeden Tag weniger", "de jour en jour", "her gün azalıyor", "с каждым днём меньше", "كل يوم
    # يخف") -- the improvement's span takes the day so that it still ends its clause
    r"\b(going down|getting better|easing|less|better|improving)( a (little|bit))?( more)? (every|each) day\b|\bday by day\b",
    r"\b(is|are|feels|got) (a (little|bit) )?less( now| today)?\b",
    r"\bjeden tag (etwas |ein bisschen )?(weniger|besser)\b|\bvon tag zu tag (weniger|besser)\b",
    # the forty-seventh round's (dev52): "geht aber jeden Tag zurück", "goes down a bit every day"
    r"\bgeht (aber |doch |schon )?(jeden tag|täglich|von tag zu tag) (etwas |ein bisschen |weiter )?(zurück|weg|runter)\b",
    r"\b(diminue|baisse|va mieux|moins)\w* (un peu )?(chaque jour|tous les jours|de jour en jour)\b",
    r"\bher gün (biraz )?(azal\w*|daha iyi|geçiyor|iniyor)",
    r"(с каждым дн[её]м|день ото дня) (\w+ )?(меньше|лучше|слабее|спада\w*|проход\w*)",
    r"(?<![\u0621-\u064a])(يخف|بيخف|يقل|بيقل|احسن|أحسن) (كل يوم|يوم بعد يوم)(?![\u0621-\u064a])",
)


def _pair(body: str, complaint: str) -> tuple[str, str]:
    return rf"{body}\w*{_GAP}{complaint}", rf"{complaint}\w*{_GAP}{body}"


# The forty-fourth round's (a probe's gap, in no set): a pressure in or behind the eye ("a dull
# pressure in my eye since the laser", "Druck hinter dem Auge", "une pression dans l'œil", "gözde
# baskı", "давит на глаз", "ضغط في عيني") and a pressure told growing ("the pressure is getting
# worse", "der Druck wird stärker", "la pression augmente", "baskı artıyor", "давление
# нарастает", "الضغط بيزيد") are no dull pressure of ordinary healing: after eye surgery a
# pressure or ache in the eye is reviewed (RCOphth / AAO: a raised eye pressure after surgery),
# and a pressure that grows is a change (BAAPS / ASPS 'Rhinoplasty -- recovery': the swelling's
# pressure eases from the first week). A person sees it; the catalogue's signs (falling sight,
# a severe pain) still escalate.
PRESSURE_NOT_HEALING: list[str] = [
    r"\b(?<!blood )pressure[^.!?;\n]{0,20}\b(in|behind|on|around) (my |the |both |his |her )?(eyes?|eyeball)\b",
    r"\b(eyes?|eyeball)\b[^.!?;\n]{0,20}\b(pressure|pressing)\b",
    r"\b(?<!blood )pressure\b[^.!?;\n]{0,40}\b(getting worse|worse|growing|increasing|building|stronger|more and more)",
    r"\bdruck\w*[^.!?;\n]{0,20}\b(im|hinter dem|hinter den|in den|auf dem|auf den|auf das) (linken |rechten )?aug",
    r"\baug\w*[^.!?;\n]{0,20}\b(druck|drückt)\w*",
    r"\bdruck\w*[^.!?;\n]{0,40}\b(schlimmer|stärker|nimmt zu|wird mehr|immer mehr|wächst)",
    r"\bpression\w*[^.!?;\n]{0,20}\b(dans|derrière|sur|autour de) (l'|l |les |mon |mes |ses )?(œil|oeil|yeux)",
    r"\b(œil|oeil|yeux)\b[^.!?;\n]{0,20}\b(pression|appuie|pousse)\w*",
    r"\bpression\w*[^.!?;\n]{0,40}\b(pire|augmente|de plus en plus|s'aggrave|plus forte|grandit)",
    r"\bgöz\w*[^.!?;\n]{0,20}\b(baskı|basınç|basıyor)\w*",
    r"\b(baskı|basınç)\w*[^.!?;\n]{0,40}\b(artıyor|arttı|kötüleş\w*|çoğal\w*|büyü\w*|şiddetlen\w*)",
    r"\b(давлени\w*|давит|распира\w*)[^.!?;\n]{0,20}\b(в|за|на) глаз\w*",
    r"\bглаз\w*[^.!?;\n]{0,20}\b(давит|давлени\w*|распира\w*)",
    r"\b(давлени\w*|давит)[^.!?;\n]{0,40}(хуже|сильнее|усилива\w*|нараста\w*|раст[её]т|больше и больше)",
    r"(?<!\w)(ال)?ضغط[^.!?;\n]{0,20}(في|ورا|وراء|على|جوا) ?(ال)?(عين|عيني|عيوني)(?!\w)",
    r"(?<!\w)(ال)?(عين|عيني|عيوني)[^.!?;\n]{0,20}(ضغط|تضغط|بتضغط)",
    r"(?<!\w)(ال)?ضغط[^.!?;\n]{0,40}(يزيد|بيزيد|اسوأ|أسوأ|يكبر|اقوى|أقوى|يشتد)",
]

# The forty-sixth round's (flags46d, a gap of the forty-fifth round, in no set): a lump told
# growing, getting bigger or hurting more ("one lump keeps getting bigger", "ein Knubbel wird
# immer größer", "une bosse qui grossit", "bir yumru büyüyor", "одна шишка растёт", "كتلة
# عم تكبر") is no lumpiness of ordinary healing: after liposuction or a tummy tuck a lump that
# grows is a seroma or a haematoma for a person to see the same day (ASPS 'Liposuction --
# risks and safety': seroma, haematoma; BAAPS). The lumps of the expected course (ASPS) and the
# catalogue's spreading swelling are read elsewhere; a lump told shrinking stays cleared.
_LUMP_NOUN = (
    r"(lumps?|bumps?|knots?|nodules?|knubbel\w*|knoten|beulen?|verhärtung\w*|bosses?|boules?"
    r"|grosseurs?|yumru\w*|şişlik\w*|шишк\w*|комок|комк\w*|уплотнени\w*"
    r"|كتله|كتلة|الكتله|الكتلة|كتل|حبه|حبة)"
)
_LUMP_GROWS = (
    r"(grow\w*|getting (bigger|larger)|gets (bigger|larger)|got (bigger|larger)|bigger and bigger"
    r"|hurts? more|more (painful|sore)|wächst|gewachsen|(wird|werden|ist|sind) (immer |deutlich |noch )?größer"
    r"|tut (immer )?mehr weh|grossi\w*|plus gross\w*|de plus en plus gross\w*|(fait|fais) plus mal"
    r"|büyü(?!tme)\w*|daha çok acı\w*|раст[её]т|вырос\w*|увеличива\w*|увеличил\w*|стал\w* больше"
    r"|болит сильнее|و?(عم |بت|ب)?(تكبر|يكبر)|و?كبرت|كبر|(صارت|صار) (اكبر|أكبر)|(توجع|يوجع)ني اكثر)"
)
# (not the hair growing through the little bumps of a transplant: ISHRS, ingrown hairs)
LUMP_GROWING: list[str] = [
    rf"\b{_LUMP_NOUN}(?:(?!hair|haar|cheveu|saç|sac\b|волос|شعر)[^.!?;\n]){{0,30}}\b{_LUMP_GROWS}",
]

COMPLAINTS: list[str] = [
    *(p for lang, body in _BODY.items() for p in _pair(body, _COMPLAINT[lang])),
    *_STANDALONE.values(),
    *PRESSURE_NOT_HEALING,
    *LUMP_GROWING,
]
# What the ordinary-healing tables may not clear when it lies inside one of these: a dull
# pressure told in the eye (whichever comes first), a lump told growing.
NOT_HEALING: list[str] = [*PRESSURE_NOT_HEALING, *LUMP_GROWING]
IMPROVING: list[str] = list(_IMPROVING)

# Ordinary healing the lexicon's NORMAL_HEALING does not spell out; blanked like it before the
# complaint patterns run: a bruise turning yellow or green, "a bit thick", numb nipples or skin
# (expected for weeks after breast surgery), swelling adjectives.
_BRUISE = r"(bruis|swell|bleus?\b|hématome|bluterguss|blaue flecken|flecken|синяк|гематом|отек|отёк|morluk|morar|mor\b|كدم|ازرق|أزرق)"
_HEALING_COLOUR = (
    r"(yellow|green|gelb|grün|jaune|jauni|vert|желт|жёлт|зелен|зелён|sarı|sarar|yeşil"
    r"|اصفر|أصفر|اخضر|أخضر|يصفر|تصفر|صفرت)"
)
# A painkiller names the pain it treats ("ağrı kesici", "Schmerzmittel"): no complaint, and no
# symptom either (:meth:`careflow_agents.triage._Message.hits` skips hits inside one).
PAINKILLER: list[str] = [
    r"\b(ağrı kesici|agri kesici|schmerzmittel|schmerztablette|pain ?killers?|antidouleur)\w*"
    r"|(обезболивающ|مسكن)\w*",
]
# A slight headache (NHS: paracetamol for mild pain after surgery): a routine complaint here,
# and ordinary healing in :data:`careflow_agents.lexicon.NORMAL_HEALING`.
SLIGHT_HEADACHE: list[str] = [
    r"\b(slight|mild|little|small) headache|\bpetit mal de t[eê]te|\bleichte\w* kopfschmerz\w*|\bhafif baş ağrı\w*|небольш\w* голов\w* бол\w*|صداع (خفيف|بسيط)",
]
# Hot food, drink or water ("قهوة سخنة", "hot shower", "boire du café chaud", "heiß duschen",
# "sıcak çay", "горячий чай"): the thing is hot, not the body.
HOT_THINGS: list[str] = [
    r"\b(hot|warm) (coffee|tea|drinks?|food|soup|shower|bath|water|meals?)\b"
    r"|(قهو|شاي|مويه|ماء|ماي|اكل|أكل|شوربه|حليب|مشروب|دش|شاور)\w*\s+(سخن|ساخن|حار)\w*",
    r"\b(café|cafe|thé|the|tisane|boissons?|soupe|douche|bain|eau|repas|plats?|nourriture|boire|manger)"
    r" (très |trop |bien )?(chaud|chaude|chauds|chaudes|brûlant\w*)",
    r"\b(heiß\w*|heiss\w*|warm\w*) (kaffee|tee|getränk\w*|essen|suppe|dusch\w*|bad\w*|baden|wasser|trinken)"
    r"|\b(kaffee|tee|suppe|essen|getränke|wasser)\w* (zu |sehr |ganz )?(heiß|heiss|warm)\w*",
    r"\b(sıcak) (kahve|çay|içecek|yemek|çorba|duş|banyo|su\b|şey|bi ?şey|bir şey)\w*",
    r"(горяч|тёпл|тепл)\w* (кофе|чай|напит|ед[аыу]|пищ|суп|душ|ванн|вод)\w*",
]
# Stitches that dissolve or come out by themselves, with no opening, gap or bleeding told after.
DISSOLVED_STITCHES = (
    r"\b(stitch\w*|sutures?|fäden|faden|nähte|points|fils|dikiş\w*|швы|шов|нитк\w*|الغرز|غرز|الخيوط|خيوط|الخياطه|الخياطة)"
    r"[^.!?;\n]{0,30}(by themselves|on their own|dissolv\w*|von selbst|von allein|aufgelöst|tout seuls|toutes? seules?|d'eux-mêmes|d'elles-mêmes|résorb\w*|kendiliğinden|kendi kendine|eridi|рассоса\w*|сами|لحالها|لوحدها|ذابت|ذاب)"
    r"(?![^.!?;\n]{0,40}(open|gap|split|apart|bleed|pus|aufgegangen|klafft|offen|ouvert|écart|saign|açıl|kana|разош|кровит|انفتح|مفتوح|ينزف|صديد))"
)
# A white or yellow film on the gum or a socket after dental surgery.
_FILM_COLOUR = r"(white|whitish|yellow\w*|grey|gray|cream\w*|weiß\w*|weiss\w*|gelb\w*|blanc\w*|blanch\w*|jaun\w*|beyaz\w*|sarı\w*|бел\w*|желт\w*|жёлт\w*|ابيض|أبيض|بيضاء|بيضا|اصفر|أصفر|صفراء)"
_FILM_NOUN = r"(film|layer|coating|membrane|belag|schicht|pellicule|dépôt|couche|tabaka|zar\b|katman|налет\w*|налёт\w*|пл[её]нк\w*|طبقه|طبقة|غشاء)"
# either order: "a white film", "une couche blanche", "طبقة بيضاء"
_FILM = (
    rf"({_FILM_COLOUR}[^.!?;\n]{{0,15}}{_FILM_NOUN}|{_FILM_NOUN}[^.!?;\n]{{0,15}}{_FILM_COLOUR})"
)
_GUM = r"(gums?|socket|zahnfleisch|alveole|gencives?|alvéole|diş ?et\w*|десн\w*|лунк\w*|اللثه|اللثة|لثتي)"
GUM_FILM = (rf"{_FILM}[^.!?;\n]{{0,40}}{_GUM}", rf"{_GUM}[^.!?;\n]{{0,40}}{_FILM}")

# A bruise's colours, for the fading bruise in :data:`ROUTINE` (yellow told beside another, in
# either order), and the discharge that makes yellow-green pus instead.
_YELLOW = r"(yellow\w*|gelb\w*|jaun\w*|sarı\w*|ж[её]лт\w*)"
_BRUISE_COLOUR = (
    r"(blue|green|purple|blau|grün|lila|violett|bleu|vert|violet|mavi|yeşil|mor|син\w*|зел[её]н\w*"
    r"|фиолет\w*)"
)
_COLOUR_AND = r"[- ]?(ish )?(and |und |et |ve |и )?"
_NOT_PUS = (
    r"(?![^.!?;\n]{0,20}(pus|eiter|irin|гно|صديد|discharge|ausfluss|sekret|écoulement|akıntı"
    r"|выделен))"
)

# The forty-second round's (dev47). What a painkiller is asked for or said to do too little
# against ("can I take ibuprofen with the antibiotic ... paracetamol isn't doing much for the ache
# in my jaw", "antibiyotikle parol alabilir miyim baş ağrısı için"): the pain is the medicine's
# purpose, read like :data:`FOR_THE_PAIN`; with a medication question the answer waits for a
# person's approval anyway (NHS 'Dental implants' and 'Rhinoplasty' recovery: pain is managed
# with ordinary painkillers). A pain told worse, severe, spreading or beside a swelling or a
# fever in the same clause is no purpose: it stays a complaint.
_PAIN_WORSE = (
    r"(?![^.!?;\n]{0,40}(worse|severe|unbearable|terrible|spread|swell|fever|schlimmer|unerträglich"
    r"|stärker|stark|geschwoll|fieber|pire|insupportable|atroce|gonfl|fièvre|kötüleş|dayanılmaz"
    r"|şiddetli|şiş|ateş|хуже|невыносим|сильн|опух|отек|отёк|температур|اسوأ|أسوأ|ما يحتمل"
    r"|ما ينطاق|قوي|يزيد|تورم|ورم|حراره|حرارة|سخونه"
    # ... or a pain in the leg, calf or chest, never the operation's own ache (NHS 'DVT':
    # a painful leg after an operation is seen the same day)
    r"|leg|calf|calves|chest|bein|wade|brust|jambe|mollet|poitrine|bacak|baldır|göğs|göğüs"
    r"|ног|икр|груд|رجل|ساق|صدر))"
)
PAIN_FOR_THE_MEDICINE: list[str] = [
    r"\b(for|against) (the |my |this |that )?(ache|aching|pain|headache|soreness|toothache)\b"
    + _PAIN_WORSE,
    r"\b(gegen|für) (die |den |meine |meinen |das )?(kopfschmerz|zahnschmerz|schmerz|weh)\w*"
    + _PAIN_WORSE,
    r"\b(pour|contre) (la |le |les |ma |mon |mes |ce |cette )?(mal de tête|mal|douleurs?|maux de tête)\b"
    + _PAIN_WORSE,
    r"\b(baş |diş |çene )?(ağrı|sızı)\w* (için|için mi|icin)\b" + _PAIN_WORSE,
    r"\bот (головной |зубной )?(бол\w*|головн\w* бол\w*)" + _PAIN_WORSE,
    r"(?<!\w)(لل|على ال|عشان ال|ضد ال)(صداع|وجع|الم|ألم)(?!\w)" + _PAIN_WORSE,
    # ... and the back, the head or a tooth named with it ("for my back pain", "gegen die
    # Rückenschmerzen", "pour mon mal de dos", "sırt ağrısı için", "от боли в спине", "لوجع
    # الظهر"): lying in a clinic bed and the flight home strain the back, and ordinary
    # painkillers are asked for it (NHS 'Back pain': ibuprofen or paracetamol, keep moving).
    # Never the belly, the shoulder, the leg or the chest -- the leak's and the clot's places
    # (NHS 'Weight loss surgery -- risks', 'DVT') -- and never worse, swelling or with fever.
    r"\b(for|against) (the |my |this |that )?(lower |upper )?(back|head|tooth)[ -]?(ache|aching|pain|soreness)\b"
    + _PAIN_WORSE,
    r"\b(gegen|für) (die |den |meine |meinen |das )?(rücken|kreuz)(schmerz|weh)\w*" + _PAIN_WORSE,
    r"\b(pour|contre) (la |le |les |ma |mon |mes )?(mal (de|au) dos|douleurs? (au|de|dans le) dos|mal de tête)\b"
    + _PAIN_WORSE,
    r"\b(sırt|bel) (ağrı|sızı)\w* (için|icin)\b" + _PAIN_WORSE,
    r"\bот (боли в )?спин\w*" + _PAIN_WORSE,
    r"(?<!\w)(ل|على|عشان|ضد) ?(وجع|الم|ألم) (ال)?(ظهر|راس|رأس|ضرس)(?!\w)" + _PAIN_WORSE,
]
# Glasses asked about after a nose operation ("darf ich meine Brille wieder tragen oder drückt
# das?", "will my glasses press on it?"): the weight of the frame on the bridge is the care
# question (BAAPS / ASPS 'Rhinoplasty -- recovery': no glasses resting on the nose for some
# weeks), not a pressure felt now. Another sign told in the same message is still read.
GLASSES_PRESS: list[str] = [
    r"\b(glasses|specs|brille|lunettes|gözlü\w*|очк\w*|نظار\w*)[^.!?;\n]{0,40}"
    r"(press|drück|druck|appui|pès|bastır|dav|жм|تضغط|يضغط|بتضغط|بيضغط)\w*",
]
# After a facelift the face, cheeks and neck feel tight or pull and the skin around the ears is
# numb for weeks to months (ASPS 'Facelift -- recovery'; BAPRAS): the expected course when
# nothing worse, one-sided, growing or painful is told in the clause -- an expanding haematoma
# (one side suddenly larger, tense, painful) is the catalogue's, read before this table.
_FACE_NOT_WORSE = (
    r"(?![^.!?;\n]{0,40}(worse|one side|left|right|growing|bigger|swell|pain|hurt|schlimmer"
    r"|eine seite|einseitig|links|rechts|größer|schwill|schmerz|weh|pire|un côté|gauche|droite"
    r"|grossi|gonfl|douleur|mal\b|kötüleş|tek taraf|sol|sağ|büyü|şiş|ağrı|хуже|одн\w* сторон"
    r"|слева|справа|раст|увелич|опух|бол|اسوأ|أسوأ|جهه وحده|جهة وحدة|جنب واحد|يمين|يسار|يكبر"
    r"|يزيد|وجع|الم|ألم|يوجع))"
)
FACE_TIGHT_OR_NUMB: list[str] = [
    # the face, cheeks or neck told tight or pulling ("les joues tirent un peu", "الوجه مشدود
    # شوي", "das Gesicht spannt", "yüzüm gergin", "лицо стянуто")
    r"\b(face|cheeks|neck|gesicht|wangen|hals|visage|joues|cou\b|yüz\w*|yanak\w*|boyn\w*|лиц\w*"
    r"|щ[её]к\w*|ше[яи]\b|الوجه|وجهي|خدودي|خدود|الرقبه|الرقبة|رقبتي)[^.!?;\n]{0,15}"
    r"(tight|pull|spann|zieh|tir|gergin|çekiyor|gerili|стян|тян|натян|مشدود|شد)\w*"
    + _FACE_NOT_WORSE,
    # numb behind, around or below the ears ("numb behind the ear", "taub hinter dem Ohr",
    # "engourdi derrière l'oreille", "kulak arkası uyuşuk", "онемение за ухом", "خدران ورا
    # الاذن")
    r"\b(numb|taub|engourdi|uyuş|онем|немее|خدر|تنميل|منمل)\w*[^.!?;\n]{0,15}"
    r"(behind|around|below|hinter|um|unter|derrière|autour|sous|arka|çevre|за|вокруг|под|ورا|وراء|خلف|حول|تحت)"
    r"\s?\w{0,5}\s?(ears?|ohr\w*|oreilles?|kulak\w*|ух\w*|ушам\w*|الاذن|الأذن|اذني|أذني|الودن|ودني)"
    + _FACE_NOT_WORSE,
    r"\b(kulak\w* (arka|çevre)\w*)[^.!?;\n]{0,15}(uyuş\w*|his yok)" + _FACE_NOT_WORSE,
]

# The forty-fifth round's (dev50): the face and nose courses of the first weeks. A nose or its
# tip told swollen and hard, or the cheeks hard and lumpy ("the tip is still swollen and firm",
# "le bout du nez gonflé et dur", "burnumun ucu şiş ve sert", "кончик носа отёчный и твёрдый",
# "انفي وارم وقاسي"; "die Wangen sind hart und hubbelig", "les joues dures et bosselées"): ASPS
# 'Facelift -- recovery' and BAAPS / ASPS 'Rhinoplasty -- recovery' -- firmness and lumps for
# weeks, the tip last of all; a blood-tinged watery ooze onto the drip pad in the first days
# ("blood-tinged watery ooze", "rosa Flüssigkeit", "un liquide rosé", "kanlı sulu akıntı",
# "сукровица", "مية فيها دم") and a blocked nose ("my nose is completely blocked", "die Nase ist
# total zu", "le nez bouché", "burnum tıkalı", "нос заложен", "الانف مسدود"): BAAPS / ENT UK
# rhinoplasty recovery; an eye half closed by the swelling of the forehead in the first week
# after a hair transplant (ISHRS patient information). A clause that goes on to one side, growing
# or worse, a bleed that does not stop, an eye that hurts, sees less or is red is no course; an
# affirmed pain stays a symptom of its own; a nosebleed, clear fluid (CSF), a tense one-sided
# swelling (haematoma), swallowing or breathing trouble are the catalogue's, read before this.
_NOSE_PART = (
    r"(nose|tip|nase\w*|nez|burn\w*|uç\w*|нос\w*|кончик\w*|الانف|انفي|أنفي|خشمي|الخشم|مناخيري)"
)
# the cheeks or face: only hard AND lumpy (a facelift's) -- a cheek swollen and hard after a
# dental implant stays a person's (NHS 'Dental abscess')
_CHEEK_PART = r"(cheeks?|face|wange\w*|gesicht|joues?|visage|yanak\w*|yüz\w*|щ[её]к\w*|лиц\w*|خدود\w*|خدي|الخد|وجهي|الوجه)"
_SWOLLEN_THEN_HARD = (
    r"(swollen|swelling|puffy|geschwollen\w*|schwellung|dick|gonfl\w*|enfl\w*|şiş\w*|от[её]ч\w*"
    r"|от[её]к\w*|опух\w*|وارم\w*|منفوخ\w*|ورم)[^.!?;\n]{0,15}(hard|firm|hart|fest|dur|dure|durs"
    r"|dures|ferme|sert\w*|katı|тв[её]рд\w*|плотн\w*|قاسي\w*|ناشف\w*|صلب\w*)"
)
_HARD_AND_LUMPY = (
    r"(hard|firm|hart|dur|dure|durs|dures|sert|тв[её]рд\w*|قاسي\w*|قاسيه)\s?(and|und|et|ve|и|و)\s?"
    r"(lumpy|bumpy|uneven|hubbelig|huckelig|knubbelig|uneben|knotig|bossel\w*|irrégul\w*|grumel\w*"
    r"|yumru\w*|pütürlü|engebeli|бугрист\w*|комк\w*|неровн\w*|مكتل\w*|فيه كتل|فيها كتل)"
)
# Growing, one-sided or worse; a pain or a fever told in the clause is read on its own (an
# affirmed pain stays an unexplained symptom, a denied one is a sign ruled out).
_FIRM_NOT_WORSE = (
    r"(?![^.!?;\n]{0,40}(worse|one side|left|right|growing|bigger|fast|schlimmer|eine seite"
    r"|einseitig|links|rechts|größer|wächst|schnell|pire|un côté|gauche|droite|grossi|vite"
    r"|kötüleş|tek taraf|\bsol\b|\bsağ\b|büyü|hızla|хуже|одн\w* сторон|слева|справа|раст"
    r"|увелич|быстро|اسوأ|أسوأ|جهه وحده|جهة وحدة|جنب واحد|يمين|يسار|يكبر|يزيد|بسرعه|بسرعة))"
)
_OOZE_NOT_WORSE = (
    r"(?![^.!?;\n]{0,40}(not stop|won'?t stop|doesn'?t stop|a lot|pouring|gush|nicht auf|hört nicht"
    r"|viel|strömt|arrête pas|beaucoup|coule sans|durmuyor|durmadan|çok fazla|не останавл|(?<!не)много"
    r"|льет|льёт|ما يوقف|مش بيوقف|ما بيوقف|كثير|وايد|بغزاره|بغزارة))"
)
# The forty-sixth round's (dev51): the window stops at a contrast or at a comma before a denial
# ("... half opens, but no pain", "..., pas de douleur"): what follows is read on its own -- a pain told there stays an unexplained
# symptom, a sight lost there is the catalogue's, a denied one is a sign ruled out.
_EYE_NOT_WORSE = (
    r"(?!(?:(?!\b(?:but|aber|mais|ama|ancak|fakat|но|بس|لكن)\b|[,،]\s*(?:no|not|pas|sans|kein\w*|нет|без|ما|مافي|ولا)\b)"
    r"[^.!?;\n]){0,40}(pain|hurt|see|sight|vision|blur|red\b|pus|schmerz|weh\b|sehe|sicht"
    r"|verschwomm|eiter|douleur|mal\b|vois|vue|flou|ağrı|acı|görem|görüş|bulanık|irin|бол|вижу|красн"
    r"|зрени|мутн|гно|وجع|يوجع|ألم|اشوف|نظري|صديد|احمر|أحمر|حمرا|rot\b|rouge|kırmızı))"
)
_HALF_CLOSED = (
    r"(half[- ](closed|shut)|partly (closed|shut)|halb (zu|geschlossen)|à moitié (fermé\w*|clos\w*)"
    r"|mi-clos\w*|yarı (yarıya )?kapa\w*|наполовину (закрыт\w*|заплыл\w*)|полузакрыт\w*"
    r"|(مقفول\w*|مسكر\w*|مغمض\w*|مغلق\w*) (نص|نصها|نص قفله|نص قفلة)|نص (مقفول\w*|مسكر\w*|مغمض\w*)"
    # the forty-sixth round's (dev51): the same told as the eye opening only half ("my eye only
    # opens halfway", "das Auge geht nur halb auf", "l'oeil s'ouvre à moitié", "gözüm yarım
    # açılıyor", "глаз открывается наполовину", "عيني تنفتح نص")
    r"|\b(only )?opens? (only )?half(way)?\b|\bhalf (open|opens)\b|\b(geht|öffnet sich) (nur )?halb( auf)?\b"
    r"|\bhalb (auf|offen)\b|s'ouvr\w* (qu'|que )?à moitié|à moitié ouvert\w*|yarım açıl\w*|yarı açık\w*"
    r"|открыва\w* (только )?наполовину|наполовину открыт\w*"
    r"|(تنفتح|بتنفتح|تفتح|بتفتح|مفتوحه|مفتوحة|مفتوح) (بس )?(نص|نصها)|نص (مفتوح\w*))"
)
_SWELLING = r"(swelling|swollen|schwellung|geschwollen\w*|gonfl\w*|œdème|oedème|şiş\w*|от[её]к\w*|опух\w*|الورم|ورم|منفوخ\w*|انتفاخ)"
_OOZE = (
    r"(\b(blood[- ]tinged|bloody|pinkish|pink) (watery |water |thin )?(fluid|discharge|ooze|drip\w*|water)"
    r"|\bwatery (blood|bloody)\w*|\bblutig[- ]?wässrig\w*|\bwässrig[- ]blutig\w*"
    r"|\b(rosa|blutig)\w* (flüssigkeit|sekret|wasser)|\b(liquide|écoulement|eau|sérosité)\w* (rosé\w*"
    r"|teinté\w* de sang|sanguinolent\w*)|\bséro-?sanglant\w*"
    r"|\b(kanl[ıi] sulu|sulu kanl[ıi])( (akıntı|sıvı|su\b|bi ?şey|bir şey)\w*)?|\bpembe (akıntı|sıvı|su\b)\w*"
    r"|сукровиц\w*|(водянист\w*|розов\w*) (выделени|жидкост)\w*"
    r"|(مي|ميه|مية|مويه|ماي|سائل|افرازات|إفرازات)\s?(مع|فيها|فيه|بيها)\s?(دم|الدم))"
)
_NOSE_FLOW = (
    r"(\b(runs?|running|drips?|dripping|comes?|coming|coule\w*|sort|läuft|tropft|kommt|akıyor|geliyor"
    r"|damlıyor)|теч[её]т|ид[её]т|капает|ينزل|بينزل|يطلع|بيطلع|نازل)"
)
_NUMB = (
    r"(numb\w*|taub\w*|gefühllos\w*|engourdi\w*|insensible\w*|uyuşu\w*|uyuştu\w*|hissiz\w*"
    r"|онемел\w*|неме\w*|нечувствит\w*|منمل\w*|مخدر\w*|ما احس فيه|مش حاسس)"
)
_HARD = r"(hard|firm|stiff|hart|fest|steif|dure?s?|rigide|sert\w*|katı|тв[её]рд\w*|плотн\w*|قاسي\w*|ناشف\w*)"
_LOOKS_BIG = (
    r"(looks?|sieht|wirkt|a l'air|paraît|görünüyor|duruyor|выгляд\w*|كأنه|شكله|باين)"
    r"( so| really| very| super| extrem| très| çok| очень| مره| كتير)? ?"
    r"(huge|big|massive|enormous|wide|fat|riesig|groß|dick|breit|énorme|gros|large|kocaman|büyük|koca"
    r"|огромн\w*|больш\w*|широк\w*|كبير|ضخم|عريض)( aus)?\b"
)
_FADING = r"(yellow\w*|green\w*|gelb\w*|grün\w*|jaune\w*|vert\w*|sarı\w*|yeşil\w*|ж[её]лт\w*|зел[её]н\w*|صفرا|اصفر|أصفر|خضرا|اخضر|أخضر)"
_UNDER_EYES = (
    r"((under|around|below) (the |my |both )?eyes|unter den augen|um die augen|sous les yeux|autour des yeux"
    r"|göz\w* alt\w*|göz\w* çevre\w*|под глазами|вокруг глаз)"
)
# (no Arabic form: a colour under the eyes read as healing there makes a worried "panda" message
# with one sign denied a symptom of its own -- dev14-ar-09 -- the forty-fourth round's note)
# The fiftieth round's (dev55 ar-08): a little blood in the mucus of the nose, or on the tissue
# when it is wiped, in the first weeks after a nose operation ("a bit of blood in the mucus when
# I wipe", "etwas Blut im Schleim", "un peu de sang dans les mucosités", "sümükte biraz kan",
# "немного крови в слизи", "شوي دم خفيف مع المخاط"): BAAPS / ASPS 'Rhinoplasty -- recovery' --
# blood-tinged mucus for the first one to two weeks is the course. A small amount is told; a bleed
# that runs or does not stop is heavy_bleeding's, read before this; no cough (blood coughed up is
# the lungs'), and the nose is named elsewhere in the message (triage._nose_course_only).
_LITTLE = (
    r"(a little|a bit of|some|slight|light|streaks? of|traces? of|specks? of|etwas|ein bisschen|leicht\w*"
    r"|wenig|un peu de|légèrement|des traces de|quelques traces de|un filet de|biraz|hafif|az"
    r"|немного|чуть|слегка|прожилк\w*|شوي|شويه|شوية|قليل|خفيف|نقط|خيوط)"
)
_MUCUS = (
    r"(mucus|snot|nasal discharge|tissue|schleim|rotz|nasensekret|taschentuch|mucus|mucosités"
    r"|sécrétions|morve|mouchoir|sümük\w*|burun akıntı\w*|mendil\w*|слиз\w*|сопл\w*|салфетк\w*"
    r"|المخاط|مخاط|المخاطات|الافرازات|افرازات|المناديل|المنديل|المنديل)"
)
_NOSE_BLOOD = r"(blood\w*|blut\w*|sang\w*|kan\b|kanl[ıi]|кров\w*|(?<!\w)دم(?!\w))"
NOSE_BLOOD_MUCUS: list[str] = [
    rf"{_LITTLE}\s(\w+ )?{_NOSE_BLOOD}(\s\w+)?[^.!?;؟\n]{{0,15}}{_MUCUS}" + _OOZE_NOT_WORSE,
    rf"{_MUCUS}[^.!?;؟\n]{{0,20}}{_LITTLE}\s(\w+ )?{_NOSE_BLOOD}" + _OOZE_NOT_WORSE,
    r"\b(blood[- ](tinged|streaked|stained)|blutig\w*|teinté\w* de sang|kanlı|кровянист\w*)\s"
    rf"{_MUCUS}" + _OOZE_NOT_WORSE,
]
_BLOCKED_NOSE = (
    r"(\bnose (is |feels )?(\w+ ){0,2}(blocked|stuffed|stuffy|congested)|\b(blocked|stuffy|stuffed) nose"
    r"|\bnase (ist )?(\w+ ){0,2}(zu|verstopft|dicht)\b|\bverstopfte nase|\bnez (est )?(\w+ ){0,2}bouché\w*"
    r"|\bburn\w* (\w+ )?(tıkalı|tıkanık|kapalı)|нос (\w+ )?(заложен|забит)\w*|заложен\w* нос"
    r"|(الانف|انفي|أنفي|خشمي|الخشم|مناخيري)\s(\w+ )?(مسدود|مسكر|مقفول|مكتوم|مزكوم)\w*)"
)
# the nose named: the blood in the mucus is the nose's, not coughed up
NOSE_NAMED: list[str] = [
    r"(\b(nose|nostrils?|rhinoplasty|nose job|septum|septoplasty|nase\w*|nasenloch|rhinoplastik"
    r"|nez|narines?|rhinoplastie|burun\w*|rinoplasti\w*)\b|(нос\b|носа|носу|носом|ноздр\w*|ринопласт\w*)"
    r"|(?<!\w)(الانف|الأنف|انفي|أنفي|خشمي|الخشم|خشم|مناخيري|المناخير|تجميل الانف|تجميل الأنف)(?!\w))"
    r"(?![^.!?;؟\n]{0,40}\b(cough\w*|hust\w*|tou\w*|öksür\w*)|[^.!?;؟\n]{0,40}(кашл\w*|(?<!\w)(كحه|كحة|اكح|أكح|سعال)(?!\w)))"
]

# A blood-tinged watery ooze (the drip pad of the first days), with the flow from the nose told
# around it ("un liquide rosé coule du nez", "ينزل من انفي مية فيها دم"), and a blocked nose:
# the nose's own course, read both among the face's (FACE_NOSE_COURSE) and alone (NOSE_COURSE).
_NOSE_DRIP_OOZE = (
    rf"({_NOSE_FLOW}[^.!?;\n]{{0,25}})?{_OOZE}([^.!?;\n]{{0,25}}{_NOSE_FLOW}[^.!?;\n]{{0,15}}\b{_NOSE_PART})?"
    + _OOZE_NOT_WORSE
)
_BLOCKED_NOSE_COURSE = _BLOCKED_NOSE + _FIRM_NOT_WORSE

FACE_NOSE_COURSE: list[str] = [
    # a nose or its tip swollen and hard, or hard and lumpy; the cheeks hard and lumpy
    rf"\b{_NOSE_PART}[^.!?;\n]{{0,30}}({_SWOLLEN_THEN_HARD}|{_HARD_AND_LUMPY})" + _FIRM_NOT_WORSE,
    rf"\b{_CHEEK_PART}[^.!?;\n]{{0,30}}{_HARD_AND_LUMPY}" + _FIRM_NOT_WORSE,
    # the drip pad's blood-tinged ooze, a blocked nose
    _NOSE_DRIP_OOZE,
    _BLOCKED_NOSE_COURSE,
    # an eye half closed by the swelling (the forehead's, sliding down after a hair transplant)
    rf"{_HALF_CLOSED}[^.!?;\n]{{0,20}}{_SWELLING}" + _EYE_NOT_WORSE,
    rf"{_SWELLING}[^.!?;\n]{{0,30}}{_HALF_CLOSED}" + _EYE_NOT_WORSE,
    # the forty-sixth round's (dev51): at the cast's removal the nose looks big and its tip is
    # numb, or numb and hard ("the tip is numb and hard like wood", "die Nasenspitze ist taub und
    # hart", "le bout du nez engourdi et dur", "burnumun ucu uyuşuk ve sert", "кончик носа
    # онемел и твёрдый", "انفي منمل وقاسي"; "my nose looks huge", "die Nase sieht riesig aus";
    # BAAPS / ASPS 'Rhinoplasty -- recovery': the tip stays numb and firm for months, the nose
    # looks big while it is swollen); yellow or green under the eyes is the bruise fading
    rf"\b{_NOSE_PART}[^.!?;\n]{{0,30}}{_NUMB}(\s?(and|und|et|ve|и|و)\s?{_HARD}"
    r"( (like|as|wie|comme|gibi|как|زي|مثل) (a |du |de |un )?\w+)?)?" + _FIRM_NOT_WORSE,
    rf"\b{_NOSE_PART}[^.!?;\n]{{0,12}}{_LOOKS_BIG}" + _FIRM_NOT_WORSE,
    rf"{_FADING}[^.!?;\n]{{0,12}}{_UNDER_EYES}|{_UNDER_EYES}[^.!?;\n]{{0,15}}{_FADING}"
    + _FIRM_NOT_WORSE,
]
# The fiftieth round's: what the first weeks after a nose operation tell of the nose itself -- a
# blocked nose, a little blood in its mucus, the blood-tinged ooze of the drip pad
# (triage._nose_course_only; BAAPS / ASPS 'Rhinoplasty -- recovery')
NOSE_COURSE: list[str] = [_BLOCKED_NOSE_COURSE, *NOSE_BLOOD_MUCUS, _NOSE_DRIP_OOZE]
# The forty-eighth round's (dev53): after a hair transplant the forehead's swelling comes down
# over the eyes on days 2-5 and leaves within the week (ISHRS patient information on FUE / FUT
# recovery: the swelling descends from the forehead to the eyes, then resolves). Read: the
# forehead or its swelling told going down to, or now around, the eyes ("the swelling is going
# down to my eyes", "die Schwellung wandert runter zu den Augen", "ça descend vers les yeux",
# "alnımdaki şişlik gözlerime indi", "отёк со лба спустился на глаза", "الورم نازل على عيوني").
# An eye shut, hurting, red or seeing less is no course (:data:`_EYE_NOT_WORSE` and the
# catalogue's, read before this table); a swelling told spreading is the course's worsening.
_FOREHEAD = (
    r"(forehead|stirn\w*|(?<!in )(?<!au )front\b|alın\w*|alnım\w*|лоб\w*|лб(а|у|ом)\b|со лба"
    r"|جبهتي|جبهه|جبهة|الجبهه|الجبهة|جبيني)"
)
_COMES_DOWN = (
    r"((going|moving|coming|sliding|dropping|sinking|went|moved|came|slid|dropped|has come|has moved"
    r"|has gone) down|descend\w*|migrat\w*|(wandert|gewandert|rutscht|gerutscht|sackt|gesackt|senkt)\w*"
    r"|(zieht|zog|geht|ging|läuft|lief) (\w+ )?(nach unten|runter|herunter|hinunter)|glisse\w*|migre\w*"
    r"|(iniyor|indi|inmiş|iner|kayıyor|kaydı|kaymış)|(спуска|спусти|сполз|опуска|опусти|стека|переш"
    r"|переход)\w*|(نازل|نزل|ينزل|بينزل|نزلت|تنزل|بتنزل))"
)
_NOW = r"(now|jetzt|nun|maintenant|şimdi|теперь|сейчас|الحين|دلوقتي|هلا|هلق|الان|الآن)"
_TO_EYES = (
    r"((to|towards|toward|into|around|round|under|onto|over|zu|in|um|unter|auf|vers|sur|autour|sous"
    r"|на|к|под|вокруг|عند|على|حول|تحت|حوالين|ل)\s?(the |my |both |den |die |meine |les |des |mes "
    r"|ses )?(eyes?\b|eyelids|augen\w*|lider\w*|yeux|paupières|глаз\w*|عيوني|عيني|العين|العيون)"
    r"|göz\w*|глаза)"
)
_EYES_SHUT = (
    r"(?![^.!?;\n]{0,40}(shut|closed|can'?t open|cannot open|zu\b|geschlossen|nicht (mehr )?auf"
    r"|fermé\w*|ouvr\w* plus|kapan\w*|açamı\w*|закрыл\w*|заплыл\w*|не открыва\w*|مقفول\w*|مسكر\w*"
    r"|مغمض\w*|ما تنفتح|مش بتفتح))"
)
HAIR_SWELLING_TO_EYES: list[str] = [
    # the forehead or its swelling told going down to the eyes (Turkish tells the eyes first)
    rf"({_FOREHEAD}|{_SWELLING})[^.!?;\n]{{0,40}}{_COMES_DOWN}[^.!?;\n]{{0,15}}{_TO_EYES}"
    + _EYE_NOT_WORSE
    + _EYES_SHUT,
    rf"({_FOREHEAD}|{_SWELLING})[^.!?;\n]{{0,40}}{_TO_EYES}[^.!?;\n]{{0,10}}{_COMES_DOWN}"
    + _EYE_NOT_WORSE
    + _EYES_SHUT,
    # ... or gone from the forehead and now around the eyes ("forehead swelling went down, now
    # there's a bit around my eyes")
    rf"{_FOREHEAD}[^.!?;\n]{{0,40}}{_NOW}[^.!?;\n]{{0,25}}{_TO_EYES}" + _EYE_NOT_WORSE + _EYES_SHUT,
]
# The forty-ninth round's (dev54): a bruise, or its colour, told moving down from the face to the
# neck, jaw or chest days after an operation on the lower jaw or the face ("the bruise is
# moving down into my neck", "der blaue Fleck wandert runter zum Hals", "le bleu descend dans le
# cou", "morluk boynuma doğru iniyor", "синяк спускается на шею", "الكدمة نازلة على رقبتي"): the
# blood under the skin sinks with gravity and fades (BAOMS patient information on dental implants
# and jaw surgery: bruising may spread down the neck; NHS 'Bruises'). Only the colour of a bruise
# -- a SWELLING going down under the jaw or the tongue, swallowing or breathing trouble or a
# changed voice are the catalogue's (``airway_swallowing``, read before this table); a bruise
# told hot, tense, hard or swollen in its clause is no such course.
_BRUISE_NAMED = (
    r"(bruis\w*|bleus?\b|hématome\w*|hematome\w*|ecchymose\w*|bluterg\w*|blaue\w* fleck\w*|flecken"
    r"|morluk\w*|morar\w*|синяк\w*|гематом\w*|كدم\w*|الكدمات|الكدمه|الكدمة|"
    + _HEALING_COLOUR[1:-1]
    + r"|"
    + _BRUISE_COLOUR[1:-1]
    + r"|ازرق|أزرق|زرقا|زرقه|زرقة)"
)
_NECK = (
    r"(neck|jaw\w*|chin|chest|collarbone|hals|kinn|kiefer\w*|brust|dekolleté|cou\b|menton|mâchoire"
    r"|machoire|décolleté|boyn\w*|boyun\w*|çene\w*|göğs\w*|(шею|шея|шеи|шее)\b|подбород\w*|челюст\w*|ключиц\w*"
    r"|رقب\w*|الرقبه|الرقبة|رقبتي|ذقن\w*|الذقن|فكي|الفك|صدري)"
)
_BRUISE_NOT_WORSE = (
    r"(?![^.!?;,\n]{0,30}(hot|tense|hard|swollen|swelling|lump|heiß|gespannt|hart|geschwollen|schwellung"
    r"|chaud|tendu|dur\b|gonfl|enfl|sıcak|gergin|sert|şiş|горяч|напряж|тверд|твёрд|опух|от[её]к"
    r"|سخن|مشدود|قاسي|ورم|منفوخ|وارم))"
)
BRUISE_GOING_DOWN: list[str] = [
    rf"{_BRUISE_NAMED}[^.!?;\n]{{0,40}}{_COMES_DOWN}[^.!?;\n]{{0,25}}{_NECK}" + _BRUISE_NOT_WORSE,
    # Turkish tells where first ("boynuma doğru iniyor")
    rf"{_BRUISE_NAMED}[^.!?;\n]{{0,40}}{_NECK}[^.!?;\n]{{0,12}}{_COMES_DOWN}" + _BRUISE_NOT_WORSE,
]
# The forty-ninth round's (dev54): the crusts on the recipient area told dark or black ("little
# dark crusty dots, some almost black", "dunkle, fast schwarze Krusten", "des croûtes noires",
# "koyu kahverengi kabuklar", "чёрные корочки", "قشور غامقة") are the scabs that form around every
# graft and shed on days 7-14 (ISHRS patient information on FUE / FUT recovery) -- a worry about
# the grafts told in the same sentence is about those crusts. Skin or grafts told turning black,
# a black patch spreading, cold or smelling are the catalogue's necrosis (``skin_necrosis``, read
# before this table); a crust told with pus, a smell, redness, heat, pain or bleeding, or
# growing, is no such course.
_DARK = (
    r"(dark\w*|black\w*|brown\w*|dunkel\w*|schwarz\w*|braun\w*|noir\w*|fonc[ée]\w*|brun\w*|koyu|kahverengi"
    r"|ч[её]рн\w*|т[её]мн\w*|коричнев\w*|سود\w*|اسود|أسود|غامق\w*|بني)"
)
_CRUST = (
    r"(crust\w*|scab\w*|kruste\w*|krusten|schorf\w*|croûte\w*|croute\w*|kabuk\w*|корк\w*|корочк\w*"
    r"|قشر\w*|قشور)"
)
_GRAFTS = r"(grafts?|greft\w*|greffons?|графт\w*|البصيلات|بصيلات|الزراعه|الزراعة)"
_CRUST_NOT_WORSE = (
    r"(?![^.!?;\n]{0,60}(pus|ooz|smell|stink|red\b|redness|hot\b|warm|cold|pain|hurt|bleed|spread|grow"
    r"|bigger|eiter|riech|stink|rot\b|rötung|heiß|warm|kalt|schmerz|weh\b|blut|breitet|wächst|größer"
    r"|odeur|rouge|chaud|froid|douleur|mal\b|saign|s'étend|grossi|irin|koku|kızar|sıcak|soğuk|ağrı|acı"
    r"|kan\b|yayıl|büyü|гно|запах|красн|горяч|холодн|бол|кров|раст[её]т|расп?олза|صديد|قيح|ريح"
    r"|احمر|سخن|بارد|وجع|الم\b|دم\b|ينتشر|يكبر))"
)
# the hair transplant's place, named in the sentence: a dark crust on a facelift's or any wound's
# edge is the small eschar the catalogue's ``skin_necrosis`` sends to a person the same day
_HAIR_AREA = (
    r"(grafts?|greft\w*|greffons?|графт\w*|recipient area|scalp|empfänger\w*|kopfhaut|zone greffée"
    r"|zone greffee|zone receveuse|cuir chevelu|ekim (bölge|alan)\w*|ekilen (bölge|alan)\w*"
    r"|(зон|облас)\w* пересадк\w*|пересаженн\w*|البصيلات|بصيلات|الزراعه|الزراعة|فروه الراس|فروة الرأس)"
)
_DARK_CRUST = rf"({_DARK}[^.!?;\n]{{0,20}}{_CRUST}([^.!?;\n]{{0,60}}{_DARK})?|{_CRUST}[^.!?;\n]{{0,30}}{_DARK})"
_NOT_A_WOUND = (
    r"(?![^.!?;\n]{0,120}(wound|incision|scar|stitch|wunde|narbe|naht|schnitt|plaie|cicatrice|suture"
    r"|yara|kesi|dikiş|ран[аыуе]|шов|шв[аы]|جرح|الجرح|غرز))"
)
GRAFT_CRUSTS_DARK: list[str] = [
    # the place first ("the recipient area is covered in little dark crusty dots, some almost
    # black, are my grafts dying?"), then the grafts' worry in the same sentence
    rf"{_NOT_A_WOUND}{_HAIR_AREA}[^.!?;\n]{{0,40}}{_DARK_CRUST}([^.!?;\n]{{0,40}}{_GRAFTS})?"
    + _CRUST_NOT_WORSE,
    # ... or the dark crusts first and the place after ("black scabs all over the grafts")
    rf"{_NOT_A_WOUND}{_DARK_CRUST}[^.!?;\n]{{0,40}}{_HAIR_AREA}" + _CRUST_NOT_WORSE,
    # ... or the place between the crusts and their colour ("the crusts on my scalp went dark")
    rf"{_NOT_A_WOUND}{_CRUST}[^.!?;\n]{{0,30}}{_HAIR_AREA}[^.!?;\n]{{0,30}}{_DARK}"
    + _CRUST_NOT_WORSE,
]
# The forty-ninth round's (dev54): the nose's look when the cast or splint comes off -- big,
# thick, its tip turned up, crooked or uneven ("once the splint was off my nose looked huge and
# a bit crooked", "nach dem Gips ist die Nase riesig und schief", "le plâtre enlevé, le nez est
# énorme et retroussé", "alçı alındı, burnum kocaman ve yamuk", "сняли гипс, нос огромный и
# кривой", "فكيت الجبس وانفي كبير ومعوج"): the swelling of the first weeks shapes it and settles
# over months (ASPS 'Rhinoplasty -- recovery'; BAAPS). A nose told crooked after a knock or a
# fall, a bump told painful or growing, or bleeding is no such course.
_CAST = r"(cast|splint|plaster|gips\w*|schiene\w*|plâtre|platre|attelle|alçı\w*|alci\w*|atel\w*|гипс\w*|лонгет\w*|шин[аыуе]\b|جبس|الجبس|جبيره|جبيرة|الجبيره|الجبيرة)"
_CAST_OFF = (
    rf"({_CAST}\s(\w+\s){{0,2}}(off|removed|out|ab\b|runter|entfernt|weg\b|abgenommen|enlevée?|retirée?|ôtée?|otée?"
    r"|alındı|alindi|çıkarıldı|cikarildi|çıktı|cikti|söküldü|сняли|сняла|снят\w*)"
    rf"|(took|taken|take|removed|remove|nahm\w*|abgenommen|entfernt|enlevé|enleve|retiré|retire|ôté|oté"
    rf"|aldılar|çıkardılar|сняли|сняла|снял|после снятия|فكيت|فكوا|فكو|شالوا|شالو|شلت|نزعوا|نزعت|بعد فك|بعد شيل)"
    rf"\s(\w+\s){{0,2}}{_CAST}(\soff)?)"
)
_NOSE_SHAPE = (
    r"(huge|big|enormous|massive|wide|fat|thick|upturned|turned up|pointing up|piggy|crooked|wonky|bent"
    r"|asymmetric\w*|uneven|lopsided|riesig|groß|gross|dick|breit|schief|krumm|asymmetrisch|ungleich"
    r"|hochgezogen|stupsig|énorme|enorme|gros|grosse|large|épais\w*|epais\w*|retrouss\w*|relevé|de travers"
    r"|tordu\w*|asymétrique|asymetrique|kocaman|büyük|buyuk|koca|kalın|kalin|geniş|genis|kalkık|kalkik"
    r"|eğri|egri|yamuk|çarpık|carpik|asimetrik|огромн\w*|больш\w*|толст\w*|широк\w*|вздерн\w*|вздёрн\w*"
    r"|курнос\w*|задран\w*|крив\w*|кос(ой|ая|ои)\b|несимметрич\w*|асимметрич\w*|كبير|ضخم|عريض|تخين"
    r"|مرفوع|معوج|اعوج|أعوج|عوجا|مايل|مش متساوي|مو متساوي)"
)
_NOSE_NO_KNOCK = (
    r"(?![^.!?;\n]{0,160}(hit|bump|knock|fell|fall|punch|walked into|stoß|gestoßen|angeschlagen|gefallen"
    r"|cogn|heurt|tomb|çarp|düş|vurdu|удар|упал|стукнул|ضربت|خبطت|وقعت|طحت|pain|hurt|sore|weh\b|schmerz"
    r"|douleur|mal\b|ağrı|acı|бол|وجع|الم\b|bleed|blood|blut|saign|sang\b|kan\b|кров|نزيف|دم\b|grow|wächst"
    r"|grossi|büyü|раст[её]т|يكبر))"
)
NOSE_CAST_OFF_LOOK: list[str] = [
    # the cast told off, then the nose's shape (the last shape word of the sentence)
    rf"{_NOSE_NO_KNOCK}{_CAST_OFF}[^.!?;\n]{{0,100}}{_NOSE_SHAPE}",
    # ... or the shape told first ("my nose is huge now the splint is off")
    rf"{_NOSE_NO_KNOCK}\b{_NOSE_PART}[^.!?;\n]{{0,60}}{_NOSE_SHAPE}[^.!?;\n]{{0,60}}{_CAST_OFF}",
]
# Rinsing the nose with salt water after a rhinoplasty is the care routine the clinic prescribes
# (BAAPS / ENT UK: saline rinses), not a complaint of the nose ("when can I rinse with saline?",
# "Nasenspülung", "lavage du nez au sérum", "burun yıkama", "промывать нос", "اغسل الانف بالماي
# والملح").
NOSE_RINSE: list[str] = [
    r"\b(rinse|rinsing|wash\w*|spray\w*|irrigat\w*)\b[^.!?;\n]{0,20}\b(nose|nostrils?|sinus\w*)\b[^.!?;\n]{0,20}\b(salt|saline|sea water)\b"
    r"|\b(saline|salt ?water) (rinse|spray|wash)\w*|\bnasenspülung\w*|\b(nase|nasen)\w* (spülen|ausspülen)|\bkochsalz\w*"
    r"|\b(lavage|laver|rincer|rinçage)\w* (du |le |de )?nez\b|\bsérum physiologique|\bburn\w* (yıka\w*|temizle\w*)|\btuzlu su"
    r"|\b(deniz suyu|serum fizyolojik)\w*|промыв\w* нос\w*|солев\w* раствор\w*"
    r"|(اغسل|أغسل|غسيل|اغسل|انظف|أنظف) (ال)?(انف|أنف|خشمي|الخشم)\w* (بالماي|بالمويه|بالماء|بمحلول)[^.!?;\n]{0,10}(ملح|الملح|والملح)?",
]

# The forty-sixth round's (dev51): saliva a little pink, or a slight taste of blood, in the first
# days after an implant or an extraction ("my saliva is still a bit pink", "leicht rosa Speichel",
# "la salive un peu rosée", "tükürüğüm biraz pembe", "слюна розоватая", "ريقي وردي شوي"; "a
# taste of blood", "Blutgeschmack", "un goût de sang", "kan tadı", "привкус крови", "طعم دم"):
# NHS 'Dental implants' and 'Having a tooth taken out -- recovery' -- some oozing of blood into
# the saliva for a day or two is expected. A flow that will not stop, a lot of it or a mouth
# filling with blood is no course (the catalogue's bleeding, or a person's).
_LOOSE = (
    r"(loose|came out|come out|fell out|undone|open|gap|locker|gelost|aufgegangen|raus|lache|defait|ouvert"
    r"|tombe|acildi|acik|gevse|dustu|cikti|разошл|выпал|развязал|отошл|открыл|انفك|انفكت|فلت|فلتت|طلع|طلعت|مفتوح|انفتح)"
)
_NOT_LOOSE = r"(?:(?!" + _LOOSE + r")[^.!?;\n]){0,25}"
DENTAL_OOZE: list[str] = [
    r"(\b(saliva|spit)\b[^.!?;\n]{0,20}\b(pink\w*|blood[- ]tinged|tinged with blood)|\bpink\w* (saliva|spit)\b"
    r"|\b(a |slight |little |some )?(taste of blood|blood taste|metallic taste)\b"
    r"|\bspeichel\w*[^.!?;\n]{0,20}(rosa|rötlich|blutig)\w*|\b(rosa|rötlich)\w* speichel\w*|\bblutgeschmack\w*"
    r"|\bgeschmack (von|nach) blut\b|\bsalive\w*[^.!?;\n]{0,20}(rosé\w*|teinté\w*)|\bgo[uû]t (de|du) sang\b"
    r"|\btükürü\w*[^.!?;\n]{0,25}\bpembe\w*|\bpembe tükürü\w*|\bkan tad\w*"
    r"|слюн\w*[^.!?;\n]{0,20}(розов\w*|с кровью|кровянист\w*)|розов\w* слюн\w*|(при)?вкус\w* крови"
    r"|(ريقي|الريق|لعابي|اللعاب|تفلتي)[^.!?؟\n]{0,20}(وردي\w*|فيه دم|فيها دم|مع دم)|طعم (ال)?دم)"
    + _OOZE_NOT_WORSE,
    # the fiftieth round's (dev55): the stitches, gum or implant sites told seeping a little
    # ("the stitches seep a bit", "die Naht sickert etwas", "les points suintent un peu",
    # "dikişlerden biraz sızıntı var", "швы немного сочатся", "الغرز بتنز شوي") and pink marks
    # on the pillow in the morning ("pinkish stains on the pillowcase", "rosa Flecken auf dem
    # Kopfkissen", "des taches rosées sur l'oreiller", "yastıkta pembe lekeler", "розовые пятна
    # на подушке", "بقع وردي على المخدة"): NHS 'Having a tooth taken out -- recovery' and BAOMS
    # -- oozing into the saliva for 24-48 hours, seen on the pillow the first night. Soaking,
    # pouring, not stopping or a lot is no course (the catalogue's bleeding, read before).
    # ... never a stitch told loose, come out or open (a person looks at it the same day)
    r"(\b(stitch\w*|sutures?|gums?|implants?|sockets?)\b"
    + _NOT_LOOSE
    + r"\b((a bit|a little|slightly|somewhat) (oozy|ooz\w*|seep\w*)|(oozy|ooz\w*|seep\w*) (a bit|a little|slightly))"
    r"|\b(naht|nahte|faden|zahnfleisch|implantat\w*)\b"
    + _NOT_LOOSE
    + r"\b(sickert|sickern|nasst|nassen) (etwas|ein bisschen|leicht|ein wenig)"
    r"|\b(points|sutures?|gencives?|implants?)\b" + _NOT_LOOSE + r"\bsuinte\w* (un peu|legerement)"
    r"|\b(dikis\w*|diseti\w*|implant\w*)" + _NOT_LOOSE + r"\b(biraz|hafif) (siz\w*|kan\w* siz\w*)"
    r"|(швы|шов|десн\w*|имплант\w*)"
    + _NOT_LOOSE
    + r"(немного|чуть|слегка|чуть-чуть) (сочит\w*|сочат\w*|подтека\w*)"
    r"|(الغرز|الخياطه|اللثه|الزرعات|الزراعه)"
    + _NOT_LOOSE
    + r"(تنز|بتنز|ينز|بينز|نز) (شوي|شويه|بسيط|خفيف)"
    r"|\b(pink\w*|blood[- ]tinged) (spots?|stains?|marks?|patches)\b[^.!?;\n]{0,20}\bpillow\w*"
    r"|\b(rosa|rotlich)\w* (flecken|flecke)\b[^.!?;\n]{0,20}\b(kissen|kopfkissen)\b"
    r"|\btaches? (rose|rosee|rosees|roses|rosatre\w*)\b[^.!?;\n]{0,20}\boreiller"
    r"|\byastik\w*[^.!?;\n]{0,15}\bpembe (leke|lekeler|iz)\w*"
    r"|розов\w* (пятн\w*|следы|след)[^.!?;\n]{0,20}подушк\w*"
    r"|(بقع|بقعه|نقط)\w* (ورديه|وردي)[^.!?؟\n]{0,20}(المخده|مخدتي|المخدة|الوساده))"
    + _OOZE_NOT_WORSE,
]

# The forty-fourth round's (dev49): routine body courses. What would make them more than the
# course -- one side, spreading redness, heat, a smell, pus, fever, growing, worse.
_COURSE_NOT_WORSE = (
    r"(?![^.!?;\n]{0,40}(one side|one is|left|right|bigger|larger|red|hot|smell|pus|fever|worse|grow"
    r"|eine seite|einseitig|links|rechts|größer|rot|heiß|riech|eiter|fieber|schlimmer|wächst"
    r"|un côté|gauche|droite|plus gros|rouge|chaud|odeur|pue|fièvre|pire|grossit"
    r"|tek taraf|sol|sağ|büyü|kırmızı|sıcak|koku|irin|ateş|kötü"
    r"|одна|слева|справа|больше|красн|горяч|запах|гно|температур|хуже|раст"
    r"|جهه|جهة|جنب|يمين|يسار|اكبر|أكبر|احمر|أحمر|سخن|ريح|رائح|صديد|حراره|حرارة|اسوأ|أسوأ|يكبر))"
)
# Buttocks hard as stone and bruised blue in the first weeks after a BBL ("bum rock hard and all
# blue", "Po steinhart und blau", "les fesses dures comme de la pierre", "popom taş gibi ve mosmor",
# "попа как камень и вся синяя", "مؤخرتي زي الحجر وزرقا"): ASPS / BAAPS 'Buttock augmentation --
# recovery' -- swelling, firmness and bruising for weeks; one side, heat, spreading redness, a
# smell, pus or fever is no course.
BBL_FIRM_BRUISED: list[str] = [
    r"\b(bum|butt|buttocks|bottom|booty|po\b|popo|pobacken|gesäß|hintern|fesses|derrière|kalça\w*|popom|poposu"
    r"|попа|попе|ягодиц\w*|مؤخرتي|المؤخره|المؤخرة|طيزي)[^.!?;\n]{0,25}"
    r"((hard|firm) (as|like) (a )?(rock|stone)s?|rock hard|stone hard|like (a )?(rock|stone)|steinhart|bretthart"
    r"|hart wie (ein )?(stein|brett)|dures? comme (de la |du |une )?(pierre|béton|bois|caillou)|taş gibi|kaya gibi"
    r"|как камень|каменн\w*|(زي|مثل|كأنها|كانها) (ال)?(حجر|صخر))"
    r"([^.!?;\n]{0,20}(blue|purple|bruised|blau|lila|bleues?|violett?e?s?|mosmor|mor\b|син\w*|фиолет\w*|ازرق|أزرق|زرقا|بنفسجي))?"
    + _COURSE_NOT_WORSE,
]
# A belly bloated "like after a big meal" in the days after an egg collection ("Blähbauch wie
# nach einem großen Essen", "bloated like after a big dinner", "ballonnée comme après un gros
# repas", "büyük bir yemekten sonraki gibi şişkin", "вздутие как после обильного обеда",
# "منفوخه زي بعد عزومه"): HFEA / ESHRE -- mild bloating after egg collection is expected; a
# tight, swelling belly, breathlessness, little urine or kilos gained are the catalogue's OHSS,
# read before this table. Ordinary healing (:data:`careflow_agents.lexicon.NORMAL_HEALING`):
# "bloated" and "вздутие" are symptoms as well as complaints.
BLOATED_LIKE_A_MEAL: list[str] = [
    r"\b(bloat\w*|blähbauch|blahbauch|aufgebläht|gebläht|ballonn\w*|gonflée?|şişkin\w*|вздут\w*|вздулся"
    r"|منفوخ\w*|نفخه|نفخة|انتفاخ)[^.!?;\n]{0,15}"
    r"(like|as if|as after|wie nach|als hätte ich|comme après|comme si|gibi|как после|как будто|زي|مثل|كأني|كاني)"
    r"[^.!?;\n]{0,25}(meal|dinner|lunch|eaten|essen|gegessen|mahlzeit|repas|dîner|mangé|yemek\w*|ye\w*|ед[ыау]\b|обед\w*|ужин\w*|объел\w*"
    r"|اكله|أكله|اكلة|أكلة|عزومه|عزومة|وجبه|وجبة|اكلت|أكلت)" + _COURSE_NOT_WORSE,
    r"\b(büyük |ağır )?(bir )?yemek\w* (sonrası|sonraki) gibi[^.!?;\n]{0,15}şişkin\w*"
    + _COURSE_NOT_WORSE,
]
# Lumps all over the treated belly, thighs, flanks or arms in the weeks after liposuction or a
# tummy tuck, told hard, with numb or wavy skin beside them ("belly full of hard lumps and numb",
# "der Bauch voller harter Knubbel", "les cuisses pleines de bosses dures", "karnım yumru yumru
# sert", "на бёдрах комки и уплотнения", "بطني كلها كتل قاسيه وتنميل"): ASPS 'Liposuction --
# recovery' and 'Tummy tuck -- recovery', BAAPS -- firmness, lumpiness and numbness settle over
# weeks to months. Several lumps (a plural or a doubled word) only: one lump is a seroma, a
# haematoma or a hernia for a person to see; a hard belly without lumps stays a symptom (and the
# catalogue's OHSS or a rigid abdomen); the breast is not among the places. One side, tense,
# growing, red, hot, a smell, pus or fever in the clause is no course. It clears the words
# only: the message stays `soon` unless it asks the care routine or asks "is it normal?" with
# two warning signs denied (:func:`careflow_agents.triage._care_routine`).
_LUMPY_PLACE = (
    r"(belly|tummy|stomach|abdomen|flanks?|thighs?|hips?|arms?|bauch\w*|oberschenkel\w*|flanken"
    r"|hüften?|ventre|abdomen|cuisses?|flancs|hanches|bras\b|karn\w*|bel\w*|bacak\w*|uyluk\w*|kalça\w*"
    r"|живот\w*|бок\w*|б[её]др\w*|рук\w*|بطني|البطن|بطن|فخاذي|فخذي|الفخذ|الفخاذ|جنبي|خصري|ذراعي)"
)
_LUMPS = (
    r"((hard |firm )?(lumps|bumps|knots|nodules)|lumpy|(harte?n? )?(knubbel|knoten|verhärtungen|beulen)"
    r"|(bosses|boules|nodules|grosseurs)( dures)?|yumru yumru|yumrular|yumrucuklar|(sert )?(topaklar|şişlikler)"
    r"|комк\w*|шишк[иа]\w*|уплотнени[яй]|بطني كلها كتل|كتل|حبوب قاسي\w*)"
)
_LUMPY_TAIL = (
    r"([^.!?;\n]{0,20}(hard|firm|hart|dur\w*|sert\w*|тверд\w*|твёрд\w*|قاسي\w*|ناشف\w*"
    r"|numb\w*|taub\w*|engourdi\w*|uyuş\w*|онем\w*|و?تنميل|و?خدر|wavy|uneven|wellig|uneben|ondul\w*"
    r"|dalgal\w*|неровн\w*|متعرج))*"
)
_LUMPY_NOT_WORSE = (
    r"(?![^.!?;\n]{0,40}(tense|tight|gespannt|tendu|gergin|напряж|مشدود|one (lump|bump)|einer? (knoten|knubbel)"
    r"|une (bosse|boule)|bir (yumru|şişlik)|одн\w* (комок|шишк)|كتله وحده|كتلة وحدة))"
)
LUMPY_AFTER_LIPO: list[str] = [
    r"\b"
    + _LUMPY_PLACE
    + r"[^.!?;\n]{0,25}"
    + _LUMPS
    + _LUMPY_TAIL
    + _COURSE_NOT_WORSE
    + _LUMPY_NOT_WORSE,
    r"\b"
    + _LUMPS
    + r"[^.!?;\n]{0,20}\b(on|in|all over|am|im|an den|sur|dans|на|في|ب)\s?(the |my |den |dem |les |mes |la |le )?"
    + _LUMPY_PLACE
    + _LUMPY_TAIL
    + _COURSE_NOT_WORSE
    + _LUMPY_NOT_WORSE,
]
# The forty-eighth round's (dev53): lumps after a liposuction told in English or Arabic, where
# "lump", "hard" and "قاسي" are symptom words, read as the German, French, Turkish and Russian
# words already were (no symptom at all): the plural lumps on a treated place or under the skin,
# in a message that names the liposuction, a BBL or a tummy tuck (ASPS 'Liposuction --
# recovery': lumps and firm areas settle over weeks to months). One lump, one growing or tense,
# a wave of fluid, redness with heat or a fever stay (``triage._lipo_lumps_only``).
LIPO_NAMED: list[str] = [
    r"\b(lipo\w*|bbl|brazilian butt lift|tummy tuck|abdominoplast\w*|fettabsaug\w*|bauchdeckenstraff\w*"
    r"|liposucc\w*|liposaks\w*|liposuction\w*|karın germe\w*)\b|липосакц\w*|абдоминопласт\w*|(?<!\w)(شفط|نحت|تكميم البطن|شد البطن)",
]
# The forty-ninth round's (dev54): the hard spots of a liposuction told as places or areas, not
# as lumps ("a few hard spots under the skin", "ein paar harte Stellen unter der Haut",
# "quelques zones dures sous la peau", "cildin altında birkaç sert yer", "под кожей несколько
# твёрдых участков", "كم مكان قاسي تحت الجلد"): ASPS 'Liposuction -- recovery' -- firm areas
# settle over weeks to months. The plural, or the singular after "a few"; under the skin, in
# either order; one spot, growing, tense, red, hot or a fever in the clause is no course.
_HARD_SPOTS = (
    r"((hard|firm) (bits|spots|areas|patches|places)|harte?n? (stellen|bereiche|punkte|flecken)"
    r"|feste?n? (stellen|bereiche)|(zones|endroits|parties|coins|points) (dures|durs|fermes|indurée?s)"
    r"|sert (yerler|bölgeler|noktalar)\w*|(birkaç|bir kaç|birkac|bazı) sert (yer|bölge|nokta)\w*"
    r"|тв[её]рд\w* (участк|мест|точк|зон)\w*|(اماكن|أماكن|مناطق) (قاسي|قاسيه|قاسية|ناشف|ناشفه|ناشفة)"
    r"|(كم|عدة|بعض) (مكان|منطقه|منطقة|حته|حتة) (قاسي|قاسيه|قاسية|ناشف|ناشفه|ناشفة))"
)
_UNDER_SKIN = (
    r"((under|beneath) (the |my )?skin|unter der haut|sous la peau|(cild|cilt|deri)\w* alt\w*"
    r"|под кож\w*|تحت (ال)?جلد\w*)"
)
# (the guard reads the spots' own clause, up to a comma: "no pain, no redness" after it is a
# sign denied, and redness, heat or a fever told are symptoms and flags of their own)
_CLAUSE_NOT_WORSE = _COURSE_NOT_WORSE.replace("[^.!?;\\n]", "[^.!?;,\\n]")
HARD_SPOTS_UNDER_SKIN: list[str] = [
    r"\b" + _HARD_SPOTS + r"[^.!?;\n]{0,25}" + _UNDER_SKIN + _CLAUSE_NOT_WORSE + _LUMPY_NOT_WORSE,
    r"\b" + _UNDER_SKIN + r"[^.!?;\n]{0,25}" + _HARD_SPOTS + _CLAUSE_NOT_WORSE + _LUMPY_NOT_WORSE,
]
LIPO_LUMPS: list[str] = [
    *LUMPY_AFTER_LIPO,
    *HARD_SPOTS_UNDER_SKIN,
    r"\b(lumps|lumpy( bits)?|bumps|knots|nodules|hard (bits|spots|areas|patches)|كتل|تكتلات|عقد)"
    r"[^.!?;\n]{0,10}\b(under|beneath|تحت)\b[^.!?;\n]{0,10}(skin|الجلد|جلد)" + _LUMPY_NOT_WORSE,
    r"\b(under|beneath|تحت)\b[^.!?;\n]{0,10}(skin|الجلد|جلد)[^.!?;\n]{0,20}"
    r"\b(lumps|lumpy( bits)?|bumps|knots|nodules|hard (bits|spots|areas|patches)|كتل|تكتلات|عقد)"
    + _LUMPY_NOT_WORSE,
]
# The forty-ninth round's (dev54): the operated skin told numb, without feeling or wooden weeks
# after a tummy tuck, a liposuction or breast surgery ("the skin under my navel is numb",
# "unter dem Nabel spüre ich nichts", "sous le nombril la peau est insensible", "göbeğimin altı
# tahta gibi", "низ живота как деревянный, кожей ничего не чувствую", "تحت السرة ما احس بشي"):
# ASPS 'Tummy tuck -- recovery' and 'Liposuction -- recovery', BAAPS -- the skin of the lower
# belly, the treated thighs or the breasts stays numb or firm for months while the nerves
# recover. The place told: the lower belly, below the navel or above the scar, the belly's or
# the thighs', flanks' or breasts' skin; a leg, a foot or a face is not among them (a leg numb
# and weak is the catalogue's stroke_signs, read before this table). Weak, not moving, tense,
# swelling, one side, red, hot, worse or a fever in the clause is no course.
_NUMB_PLACE = (
    r"(lower (belly|tummy|abdomen|stomach)|(below|under|beneath|above) (the |my )?(belly ?button|navel|scar)"
    r"|(belly|tummy|stomach|abdomen|thighs?|flanks?|breasts?|boobs?|skin)"
    r"|unterbauch\w*|(unter|über) (dem |meinem )?(bauchnabel|nabel|narbe)|bauch\w*|oberschenkel\w*|flanken|brüste?|haut"
    r"|bas du ventre|bas-ventre|(sous|au-dessous du|au-dessus de) (le |la |mon |ma )?(nombril|cicatrice)|ventre|cuisses?|flancs|seins?|peau"
    r"|göbe\w* alt\w*|alt karn\w*|karn\w*|karın|uyluk\w*|basen\w*|göğüs\w*|göğs\w*|meme\w*|cilt\w*|cild\w*|deri\w*"
    r"|низ живота|низу живота|(под|ниже|над) (пупк|шв|рубц)\w*|живот\w*|бедр\w*|бок\w*|груд\w*|кож\w*"
    r"|تحت (ال)?(سره|سرة|سرتي)|(ال)?بطن\w*|(ال)?فخذ\w*|فخاذي|(ال)?صدر\w*|(ال)?ثدي\w*|(ال)?جلد\w*)"
)
_NUMB_TOLD = (
    r"(numb\w*|no feeling|(can'?t|cannot|don'?t) feel (anything|a thing|it|the skin|my skin)|feel nothing"
    r"|(like|as) (a )?(wood|board)|wooden|(hard|stiff) as (a )?board"
    r"|taub\w*|gefühllos\w*|(spüre|fühle) (da |dort )?(gar )?nichts|kein gefühl|wie (aus )?holz|hölzern|bretthart|wie ein brett"
    r"|engourdi\w*|insensible\w*|(je )?ne (sens|ressens) (plus )?rien|comme du bois|comme une planche"
    r"|uyuş\w*|hissiz\w*|(hiçbir şey )?hissetmiyorum|tahta gibi"
    r"|онемел\w*|немеет|немеют|нечувствит\w*|(ничего )?не чувству\w*|как деревянн\w*|деревянн\w*|как доска"
    r"|منمل\w*|مخدر\w*|(ما|مش|مو) (احس|أحس|بحس|حاسس|حاسه|حاسة)\w*|(زي|مثل|كأنه|كانه) (ال)?خشب)"
)
_NUMB_NOT_WORSE = (
    r"(?![^.!?;\n]{0,40}(weak|can'?t (move|lift|walk)|tense|tight|swell|schwach|kann (es |ihn |sie )?nicht (bewegen|heben)"
    r"|gespannt|schwillt|faible|bouger|tendu|gonfle|güçsüz|kaldıramıyorum|hareket ettiremiyorum|gergin|şişiyor"
    r"|слаб|не могу (пошевел|поднять|двиг)|напряж|опух|ضعيف|ما اقدر احرك|ما أقدر أحرك|مشدود|يورم))"
)
# A question asked after it ("is it permanent?", "bleibt das so?", "c'est définitif ?"): told
# with no question, the hard numb belly stays for a person (the twenty-first round's).
_ASKED_AFTER = r"(?=[^?]*\?)"
NUMB_SKIN: list[str] = [
    r"\b"
    + _NUMB_PLACE
    + r"[^.!?;\n]{0,40}"
    + _NUMB_TOLD
    + _COURSE_NOT_WORSE
    + _NUMB_NOT_WORSE
    + _ASKED_AFTER,
    r"\b"
    + _NUMB_TOLD
    + r"[^.!?;\n]{0,25}"
    + _NUMB_PLACE
    + r"\w*"
    + _COURSE_NOT_WORSE
    + _NUMB_NOT_WORSE
    + _ASKED_AFTER,
]
# The forty-ninth round's (dev54): a sloshing, gurgling or squishing sound heard in the breast in
# the first weeks after implants ("I hear a sloshing sound in my breast", "ein Gluckern in der
# Brust", "un bruit de clapotis dans le sein", "göğsümde su sesi", "в груди хлюпает",
# "صوت قرقرة داخل صدري"): ASPS / BAAPS 'Breast augmentation -- recovery' -- air and a little
# fluid trapped in the implant pocket make the noise and are absorbed within weeks. The sound
# told, and the breast, the implant or the chest beside it; one side bigger, tense, hard, very
# painful, red, hot, months or years on, or a fever in the clause is no course (the catalogue's
# breast_haematoma is read before this table; fluid_collection_review leaves it alone).
_BREAST_SOUND = (
    r"(slosh\w*|gurgl\w*|squish\w*|squelch\w*|swish\w*|bubbl\w*( sound| noise)"
    r"|(sound|noise) of (water|liquid|fluid)|(water|liquid|fluid)(y)? (sound|noise)"
    r"|glucker\w*|gluckst\w*|glucksen|blubber\w*|plätscher\w*|schwappgeräusch\w*|wassergeräusch\w*"
    r"|clapot\w*|glouglou\w*|gargouill\w*|bruit d'eau|bruit de (liquide|bulles|succion)"
    r"|su sesi|şırıl\w*|şırılt\w*|lıkır\w*|fokurd\w*|guruld\w*|çalkalanma sesi"
    r"|хлюпа\w*|хлюп\w*|булька\w*|бульк\w*|буль-буль|звук вод\w*|плеск\w*"
    r"|قرقر\w*|بقبق\w*|صوت (ال)?(مي|ميه|مية|موي\w*|ماي|ماء|سوائل|فقاعات))"
)
_BREAST_PART = (
    r"(breasts?|boobs?|implants?|brust|brüsten?|busen|implantat\w*|seins?|poitrine|prothèses?|implants?"
    r"|göğüs\w*|göğs\w*|meme\w*|implant\w*|silikon\w*|груд\w*|имплант\w*"
    r"|صدري|الصدر|صدر|الثدي|ثديي|السيليكون|الحشو\w*)"
)
_SOUND_WORSE = (
    r"(one side|bigger|larger|swoll|tense|hard|very pain|really hurts|red|hot|fever|month|year|breath|cough"
    r"|größer|geschwoll|gespannt|prall|hart|sehr weh|rot\b|heiß|fieber|monat|jahr|atm|husten"
    r"|plus gros|grossi|gonfl|tendu|dur\b|très mal|rouge|chaud|fièvre|mois|\ban\b|\bans\b|respir|tousse|toux"
    r"|büyü|şiş|gergin|sert|çok ağrı|kırmızı|sıcak|ateş|ay sonra|yıl|nefes|öksür"
    r"|больше|опух|напряж|тверд|тв[её]рд|очень бол|красн|горяч|температур|месяц|год|лет\b|дыш|кашл"
    r"|اكبر|أكبر|كبرت|يكبر|منتفخ|وارم|مشدود|قاسي|يوجع كثير|يوجع قوي|احمر|أحمر|سخن|حراره|حرارة|شهور|سنه|سنة|تنفس|اتنفس|كحه|كحة|سعال)"
)
_SOUND_GAP = r"(?:(?!" + _SOUND_WORSE + r")[^.!?;\n]){0,40}"
_SOUND_NOT_WORSE = r"(?![^.!?;\n]{0,50}" + _SOUND_WORSE + r")"
BREAST_AIR_SOUND: list[str] = [
    r"\b" + _BREAST_SOUND + _SOUND_GAP + _BREAST_PART + _SOUND_NOT_WORSE,
    # ... a second sound told after the first ("хлюпает и булькает", "gluckert und blubbert")
    r"\b"
    + _BREAST_PART
    + _SOUND_GAP
    + _BREAST_SOUND
    + r"(\s?(and|und|et|ve|и|و|,)\s?"
    + _BREAST_SOUND
    + r")?"
    + _SOUND_NOT_WORSE,
]
# ... for fluid_collection_review's ``unless``, read in the window round the flag's hit: nothing
# worse (one side bigger, months on) anywhere in the window before the sound either
BREAST_AIR_SOUND_WINDOW: list[str] = [
    r"^(?:(?!" + _SOUND_WORSE + r")(?:.|\n))*?" + pattern for pattern in BREAST_AIR_SOUND
]
# Months or years on ("8 months after my implants", "seit Monaten", "depuis des mois", "aylardır",
# "полгода", "من شهور"): a sound heard then is no air of the first weeks (a capsule or a rupture
# for the surgeon to see; FDA 'Breast implants -- risks'), however it is told
MONTHS_ON: list[str] = [
    r"\b(month|months|year|years|monat\w*|jahr\w*|mois|ans?|ay|aydır|aylar\w*|yıl\w*|sene\w*)\b"
    r"|(месяц\w*|полгода|год\w*|лет\b|شهر|شهور|اشهر|أشهر|سنه|سنة|سنين|سنوات)",
]

# Thin pink or watery fluid leaking from the small liposuction holes (the ports) in the first
# days, soaking the pads ("pinkish watery fluid leaking from the lipo holes", "rosa wässrige
# Flüssigkeit läuft aus den Einstichlöchern", "du liquide rosé qui coule des petits trous",
# "deliklerden pembe sulu sıvı geliyor", "из проколов течёт розоватая водянистая жидкость",
# "سائل وردي مائي يطلع من فتحات الشفط"): ASPS / BAAPS 'Liposuction -- recovery' -- the
# tumescent fluid drains from the incisions for a few days. Thick, cloudy, yellow-green, a
# smell, pus, heavy blood or clots in the clause are no course (and the catalogue's pus or
# bleeding, read before this table).
_PORT_FLUID = (
    r"(pink\w*|watery|blood[- ]tinged|rosa\w*|wässrig\w*|rosé\w*|rosée?s?|aqueu\w*|pembe\w*|sulu"
    r"|розов\w*|водянист\w*|وردي\w*|مائي|زي الموي\w*)"
)
_PORT_HOLES = (
    r"(holes|ports|port sites|incisions|punctures|löcher\w*|einstich\w*|trous|orifices|incisions|delik\w*"
    r"|проколов|проколы|отверсти\w*|дырочек|فتحات|الفتحات|ثقوب|الثقوب)"
)
_PORT_NOT_WORSE = (
    r"(?![^.!?;\n]{0,40}(thick|cloudy|green|smell|pus|clot|heavy blood|dick|trüb|grün|riech|eiter"
    r"|épais|trouble|vert|odeur|pue|caillot|koyu|bulanık|yeşil|koku|irin|pıhtı|густ|мутн|зел[её]н"
    r"|запах|гно|сгуст|ثقيل|عكر|اخضر|أخضر|ريح|رائح|صديد|جلط))"
)
PORT_FLUID: list[str] = [
    r"\b"
    + _PORT_FLUID
    + r"[^.!?;\n]{0,25}(fluid|liquid|drainage|discharge|flüssigkeit|liquide|sıvı\w*|жидкост\w*"
    r"|сукровиц\w*|سائل|مويه|موية)[^.!?;\n]{0,35}\b(from|out of|aus|de|des|par|из|من)\s(the |my |den |les |mes |ces )?"
    r"(small |little |tiny |kleinen |petits |маленьких )?(lipo |liposuction )?"
    + _PORT_HOLES
    + _PORT_NOT_WORSE,
    r"\b"
    + _PORT_HOLES
    + r"\w*[^.!?;\n]{0,25}"
    + _PORT_FLUID
    + r"[^.!?;\n]{0,15}(sıvı\w*|akıntı\w*|жидкост\w*|fluid|liquid)"
    + _PORT_NOT_WORSE,
]
# Bruises on the belly or thighs from the blood-thinning injections ("bruises from the Clexane
# shots", "blaue Flecken von den Spritzen", "des bleus à cause des piqûres", "iğnelerden morluk",
# "синяки от уколов", "كدمات من الابر"): NHS 'Enoxaparin' -- bruising where the injection goes
# in is common; bruises elsewhere, bleeding gums or nose, blood in the urine, a growing, hard
# or hot swelling are not.
_INJECTIONS = (
    r"(injections?|shots?|jabs?|clexane|heparin|spritzen|spritze|thrombosespritz\w*|piqûres?|piqures?"
    r"|iğne\w*|igne\w*|enjeksiyon\w*|укол\w*|инъекци\w*|ابر|إبر|الابر|الإبر|حقن|الحقن|ابره|إبرة)"
)
_NOT_ELSEWHERE = (
    r"(?![^.!?;\n]{0,40}(gum|nose|urine|pee|elsewhere|everywhere|grow|bigger|hard|hot|zahnfleisch|nase|urin"
    r"|überall|woanders|größer|wächst|hart|heiß|gencive|nez|partout|grossit|dur\b|diş ?eti|burn|idrar|her yer"
    r"|büyü|sert|десн|нос|моч|везде|раст|тверд|твёрд|لثه|لثة|انف|أنف|بول|كل مكان|يكبر|قاسي))"
)
INJECTION_BRUISES: list[str] = [
    r"\b(bruis\w*|blue|purple|blaue?\w* fleck\w*|blau\w*|hämatom\w*|bleus?|ecchymoses?|hématomes?"
    r"|morluk\w*|mor\b|morar\w*|синяк\w*|син\w*|гематом\w*|كدمات|كدمه|كدمة|ازرق|أزرق|زرقه|زرقة)"
    r"[^.!?;\n]{0,20}\b(from|of|after|von|vom|durch|nach|à cause|des|dû|dus|de|от|после|من|بسبب|مكان) (the |den |der |die |les |mes |ces |the daily )?"
    + _INJECTIONS
    + r"\b"
    + _NOT_ELSEWHERE,
    r"\b(injection|spritz|piqûre|piqure|enjeksiyon|iğne|igne|укол)\w*[^.!?;\n]{0,25}"
    r"(morluk\w*|mor\b|morar\w*|bruis\w*|blaue?\w* fleck\w*|bleus|синяк\w*)" + _NOT_ELSEWHERE,
]

# Gas pains in the first weeks after a sleeve, a bypass or another keyhole operation ("a little
# gas pain", "Blähungsschmerzen", "des douleurs de gaz", "biraz gaz sancısı", "боли от газов",
# "وجع غازات"): ASMBS and NHS 'Weight loss surgery -- recovery' / 'Laparoscopy -- recovery' --
# the gas and trapped wind settle within days to weeks. The pain told as the gas's, named with
# it; vomiting, blood, fever, a swollen or hard belly, a severe, sharp or worse pain, no stool or
# wind passed in the clause is no course (the catalogue's obstruction and leak are read before).
_GAS_ONLY = (
    r"(?![^.!?;\n]{0,40}(vomit|throw|blood|fever|swoll|hard|rigid|worse|severe|sharp|constant|can'?t pass|no (stool|poo|wind)"
    r"|erbrech|blut|fieber|geschwoll|hart|schlimmer|stark|stech|kein (stuhl|wind)"
    r"|vomi|sang|fièvre|gonfl|dur\b|pire|fort|aigu|pas de selles"
    r"|kus|kan\b|ateş|şiş|sert|kötü|şiddetli|çok|çıkaramıyorum|çıkmıyor"
    r"|рвот|рвет|рвёт|кров|температур|опух|тверд|твёрд|хуже|сильн|остр|не отход|нет стула"
    r"|ترجيع|استفراغ|دم|حراره|حرارة|منفوخ|ناشف|قاسي|اسوأ|أسوأ|شديد|قوي))"
)
GAS_PAIN: list[str] = [
    r"\b(gas|wind)(sy)? (pains?|cramps?|aches?)\b|\b(pains?|cramps?|aches?)\b[^.!?;\n]{0,12}\b(from|of|because of) (the |trapped )?(gas|wind)\b"
    r"|\btrapped (gas|wind)\b" + _GAS_ONLY,
    r"\b(blähungs|gas|wind)(schmerz|krämpfe|krampf)\w*|\bschmerz\w* (von|durch) (den |die )?(blähungen|gas|luft)\b"
    + _GAS_ONLY,
    r"\b(douleurs?|crampes?|mal) (de|des|dus? aux|dues? aux|à cause des|liée?s? aux) gaz\b|\bgaz (qui font|qui me font) mal\b"
    + _GAS_ONLY,
    r"\bgaz (sancı|ağrı|kramp)\w*|\bgazdan (dolayı )?(ağrı|sancı)\w*" + _GAS_ONLY,
    r"(бол\w*|спазм\w*|колик\w*|рези) (от|из-за) газ\w*|газ\w* (боли|колики|спазм\w*)\b"
    + _GAS_ONLY,
    r"(?<!\w)(وجع|الم|ألم|مغص) (ال)?(غازات|غاز)(?!\w)|(?<!\w)(ال)?غازات (بتوجع|توجع|بتوجعني|توجعني)(?!\w)"
    + _GAS_ONLY,
]
# Something heavy lifted or carried, asked about ("when can I lift heavy things?", "carry heavy
# bags", "schwer heben", "porter du lourd", "ağır kaldırmak", "поднимать тяжёлое", "اشيل حاجات
# تقيلة"): the activity the patient means to resume (ASMBS; ASPS), not a heaviness felt -- "back
# to the gym and carry heavy bags" pairs no back with a heavy (the forty-sixth round's, dev51).
LIFTING_HEAVY: list[str] = [
    r"\b(lift\w*|carry\w*|pick\w* up) (\w+ ){0,2}(heavy|weights?)\b( \w+)?|\bheavy (lifting|bags|shopping|things|stuff)\b",
    r"\bschwer\w* (heben|tragen)\b|\b(heben|tragen) (\w+ )?schwer\w*",
    r"\b(porter|soulever) (du |des |quelque chose de )?(lourd|charges|poids)\w*",
    r"\bağır (\w+ )?kaldır\w*|\bağır (şey|şeyler|yük|eşya)\w* (taşı|kaldır)\w*",
    r"(поднима\w*|поднять|носить|таскать) (\w+ )?тяж\w*",
    r"(ارفع|أرفع|اشيل|أشيل|شيل|رفع|احمل|أحمل|حمل) (حاجات |اغراض |أغراض |اشياء |أشياء |شي |شيء )?(ثقيل|ثقيله|ثقيلة|تقيل|تقيله|تقيلة)",
]
# The forty-seventh round's (dev52): routine breast and body courses and a medication question.
# What would make each more than the course -- one side, tense, painful, misshapen, months or
# years on (a capsular contracture), open, weeping, hot, many times a day, blood, fever.
_NOT_SAID = r"(?<!not )(?<!nicht )(?<!pas )(?<!не )(?<!مش )(?<!غير )"
# Both breasts or implants high and firm in the first weeks, told of the pair ("boobs rock hard
# and sitting high", "Brüste bretthart", "les seins durs comme de la pierre", "göğüslerim taş
# gibi sert", "грудь твёрдая как камень", "صدري ناشف زي الحجر"): ASPS / BAAPS 'Breast
# augmentation -- recovery' -- they drop and soften ("drop and fluff") over weeks to months. One
# side larger, tense or painful is the catalogue's haematoma, read before this table; a hard,
# painful or misshapen breast months or years on (a capsular contracture) stays for a person.
# Only the firmness is cleared: a pain told beside it stays a symptom for a person.
_PAIR_NOT_WORSE = (
    r"(?![^.!?;\n]{0,40}(one side|one is|left|right|bigger|larger|tense|misshap|distort|month|year"
    r"|eine seite|einseitig|links|rechts|größer|gespannt|verform|monat|jahr"
    r"|un côté|gauche|droite|plus gros|tendu|déform|mois|\ban\b|\bans\b"
    r"|tek taraf|\bsol(da|daki|dak)?\b|\bsağ(da|daki|dak)?\b|büyü|gergin|şekilsiz|ay sonra|yıl"
    r"|одна|слева|справа|больше|напряж|деформ|месяц|год|лет\b"
    r"|جهه|جهة|جنب|يمين|يسار|اكبر|أكبر|مشدود|شهور|سنه|سنة))"
)
_PAIR_GAP = (
    r"(?:(?!red|hot|warm|pain|hurt|sore|swol|rot\b|heiß|schmerz|weh\b|rouge|chaud|douleur|\bmal\b|kırmız|sıcak"
    r"|ağrı|acı|красн|горяч|бол|احمر|حمرا|سخن|وجع|الم)[^.!?;\n]){0,30}"
)
_PAIR_HIGH = (
    r"(high|hoch|haut\w*|remonté\w*|remonte\w*|yukarıda|yukarda|yüksek\w*|высоко|عاليين|عالي\w*|مرتفع\w*"
    # the fiftieth round's (dev55): the height told by the collarbone they sit under ("sitting
    # right under my collarbones", "kleben am Schlüsselbein", "collés sous les clavicules",
    # "köprücük kemiğimin dibinde", "торчат под ключицами", "لازقين تحت الترقوة")
    r"|(up )?(near|by|under|below|against|at|to) (my |the )?collar ?bones?"
    r"|(am|unterm|unter dem|unter den|bis zum|beim) schlüsselbein\w*"
    r"|(sous|près de|contre|jusqu'aux?) (la |les |mes |ma )?clavicules?"
    r"|köprücük kemi\w*|(под|у|возле|до) ключиц\w*|(عند|تحت|جنب|قرب) (ال)?ترقو\w*)"
)
_PAIR_FIRM = r"(hard|firm|hart|fest|dur\w*|ferme\w*|sert\w*|katı|тв[её]рд\w*|плотн\w*|ناشف\w*|قاسي\w*|و?ناشف\w*)"
BREASTS_FIRM_AND_HIGH: list[str] = [
    r"\b(boobs|breasts|implants|brüste|implantate|seins|prothèses|göğüsler\w*|göğüslerim|грудь|груди|импланты"
    r"|صدري|الصدر|الثديين)\b[^.!?;\n]{0,40}"
    r"((rock|stone) hard|hard (as|like) (a )?(rock|stone)s?|(really |very |so )?(hard|firm)\b|steinhart|bretthart"
    r"|(sehr |ganz )?(hart|fest)\b|dur\w* comme (de la |du |des )?(pierre|béton|bois|cailloux)|(très )?(dures?|fermes?)\b"
    r"|taş gibi|(çok )?(sert|katı)\b|тв[её]рд\w*( как камень)?|как камень|каменн\w*|ناشف\w*|قاسي\w*|(زي|مثل) (ال)?حجر)"
    + _PAIR_NOT_WORSE,
    # the forty-eighth round's (dev53): the pair told by a pronoun, high AND firm in one clause
    # ("they still sit quite high and feel hard", "sie stehen noch hoch und sind fest", "ils sont
    # durs et remontés", "ikisi de hâlâ yukarıda ve sert", "они твёрдые и высоко", "الاثنين عاليين
    # وناشفين"): only implants sit high and firm together (ASPS 'Breast augmentation --
    # recovery'); no pain, redness or heat word between the pronoun and the signs is passed over
    r"\b(they|both|both of them|sie|beide|ils|elles|les deux|ikisi\w*|они|обе|оба|الاثنين|الثنتين)\b"
    + _PAIR_GAP
    + "("
    + _PAIR_HIGH
    + _PAIR_GAP
    + _PAIR_FIRM
    + "|"
    + _PAIR_FIRM
    + _PAIR_GAP
    + _PAIR_HIGH
    + ")"
    + _PAIR_NOT_WORSE,
]
# The fiftieth round's (dev55): the breasts' position told uneven in the first months -- one
# sitting higher or lower than the other, the pair uneven, the nipples pointing different ways
# ("my left boob sits lower than the right one", "die linke Brust hängt tiefer als die rechte",
# "un sein est plus bas que l'autre", "sol göğsüm diğerinden aşağıda", "левая грудь ниже правой",
# "الثدي اليسار اوطى من اليمين"; "the nipples point in different directions", "die
# Brustwarzen zeigen in verschiedene Richtungen", "les mamelons partent chacun de leur côté",
# "meme uçları farklı yönlere bakıyor", "соски смотрят врозь", "الحلمات كل وحدة باتجاه"): ASPS
# / BAAPS 'Breast augmentation -- recovery' -- each implant drops and settles at its own pace
# over 3-6 months. Only the position: a side told firmer, harder, tight, bigger, swollen, hot,
# red, painful or sudden, a lump, a change told ("has become higher", "is riding up") or years
# on is the catalogue's capsule, haematoma or lump (breast_haematoma, lump_or_asymmetry_review).
_UNEVEN_WORSE = (
    r"(firm|hard|tight|tens|round|big|larg|swol|swell|grow|sudden|red\b|redness|hot\b|warm|purple|lump"
    r"|hurt|painful|sore|riding|moved|became|become|getting|year"
    r"|fest|hart|straff|gespannt|prall|gross|dick|geschwoll|schwell|wachs|plotzlich|rot\b|heiss|warm"
    r"|knoten|tut (so |sehr |richtig )?weh|schmerzt|schmerzhaft|geworden|wird\b|rutsch|jahr"
    r"|ferme|dur\b|dure|tendu|gros|gonfl|enfl|soudain|rouge|chaud|boule|douloureu|fait mal|devenu"
    r"|remont|\ban\b|\bans\b"
    r"|sert|siki|gergin|buyu|sis|aniden|kirmizi|sicak|yumru|agriyor|aciyor|oldu|kayd|yil"
    r"|плотн|тверд|жестк|напряж|больше|опух|отек|внезапн|вдруг|красн|горяч|шишк|уплотн|болит"
    r"|болезн|стал|поднял|год|лет\b"
    r"|اقسي|قاسي|مشدود|اكبر|ورم|منفوخ|فجا|احمر|سخن|كتله|يوجع|بيوجع|توجع|بتوجع|صار|سنه|سنين)"
)
_ONE_BREAST = (
    r"(\b(one|the right|the left|right|left|my right|my left) (breast|boob|implant|side)s?"
    r"|\b(eine|die rechte|die linke|rechte|linke|meine rechte|meine linke) (brust|seite|implantat)\w*"
    r"|\b(un sein|le sein (droit|gauche)|sein (droit|gauche)|une prothese|la prothese (droite|gauche)|un cote)"
    r"|\b(bir|sag|sol) (gogus\w*|gogs\w*|meme\w*|implant\w*)"
    r"|(одна|правая|левая) (грудь|сторона|имплант\w*)"
    r"|(ثدي|الثدي|صدري|جهه|الجهه) ?(\w+ )?)"
)
_SIDE_LEVEL = (
    r"(\b(sits? |is |hangs? |looks? )?(higher|lower)\b|\b(hoher|tiefer)\b|\bplus (haut|bas)\b"
    r"|\b(daha )?(yukarida|yuksekte|asagida|yukarda|asagi)\b|(выше|ниже)|(اعلي|اوطي|انزل) من)"
)
_PAIR_UNEVEN = (
    r"(\b(breasts|boobs|implants)\b[^.!?;\n]{0,25}\b(uneven|asymmetric\w*|lopsided|at different heights|not (level|even|symmetric\w*|the same height))"
    r"|\b(brust|bruste|implantate)\b[^.!?;\n]{0,25}\b(ungleich\w*|asymmetrisch\w*|schief|nicht gleich hoch|unterschiedlich hoch)"
    r"|\b(seins|protheses)\b[^.!?;\n]{0,25}\b(asymetrique\w*|pas a la meme hauteur|inegaux|de travers)"
    r"|\b(goguslerim|gogusler\w*|memeler\w*)[^.!?;\n]{0,25}\b(asimetrik|esit degil|ayni hizada degil|farkli seviye\w*)"
    r"|груд\w*[^.!?;\n]{0,25}(несимметричн\w*|асимметричн\w*|на разн\w* (уровн|высот)\w*)"
    r"|(صدري|الصدر|الثديين)[^.!?؟\n]{0,25}(مش متساوي\w*|غير متساوي\w*|مش متناسق\w*|غير متناسق\w*|مش بنفس المستوي))"
)
_NIPPLES_APART = (
    r"(\bnipples?\b[^.!?;\n]{0,25}\b(point\w*|look\w*|fac\w*|go\w*) (in )?(different|opposite) (ways|directions)"
    r"|\bnipples?\b[^.!?;\n]{0,25}\bpoint\w* (outwards?|sideways|apart|away from each other)"
    r"|\bbrustwarze\w*[^.!?;\n]{0,25}(in (verschiedene|unterschiedliche) richtungen|nach aussen|auseinander)"
    r"|\b(tetons|mamelons?)\b[^.!?;\n]{0,25}(dans des (directions|sens) (differents|differentes|opposes)|pas dans le meme sens|vers l'exterieur|chacun de (son|leur) cote)"
    r"|\bmeme uc\w*[^.!?;\n]{0,25}(farkli|ayri|baska) (yon\w*|taraf\w*)|\bmeme uc\w*[^.!?;\n]{0,25}disa (bakiyor|donuk)"
    r"|сос(ки|ок|ков|ках)[^.!?;\n]{0,25}(в разные стороны|в стороны|наружу|врозь)"
    r"|(الحلمات|الحلمتين|حلماتي)[^.!?؟\n]{0,25}(اتجاهات مختلف\w*|كل (وحده|حلمه) (لجهه|بجهه|باتجاه)|مش (بنفس|في نفس) الاتجاه|لبرا|لبره))"
)
BREAST_SIDES_UNEVEN: list[str] = [
    rf"{_ONE_BREAST}[^.!?;\n]{{0,30}}{_SIDE_LEVEL}(?![^.!?;\n]{{0,40}}{_UNEVEN_WORSE})",
    rf"{_PAIR_UNEVEN}(?![^.!?;\n]{{0,40}}{_UNEVEN_WORSE})",
    rf"{_NIPPLES_APART}(?![^.!?;\n]{{0,40}}{_UNEVEN_WORSE})",
]
# ... for lump_or_asymmetry_review's ``unless``, read in the window round the flag's hit: nothing
# firmer, bigger, painful, sudden or changed anywhere in the window -- a side told higher only
BREAST_SIDES_UNEVEN_WINDOW: list[str] = [
    r"^(?!(?:.|\n)*" + _UNEVEN_WORSE + r")(?:.|\n)*?" + pattern for pattern in BREAST_SIDES_UNEVEN
]
# A medicine hard to swallow for its size ("the big capsules are hard to get down", "die
# Tabletten sind schwer zu schlucken", "les gélules sont difficiles à avaler", "kapsülleri
# yutmak zor", "капсулы трудно глотать", "الحبوب صعب ابلعها"): how to take it is asked (ASMBS
# -- after a sleeve, large tablets are crushed or opened, or taken as liquids). Not a swallowing
# that fails: water or everything coming back up is the catalogue's, read before this table.
_PILLS = (
    r"(capsules?|pills?|tablets?|big ones|gélules?|comprimés?|cachets?|kapseln?|tabletten?|kapsül\w*|hap\w*|tablet\w*"
    r"|капсул\w*|таблетк\w*|حبوب|الحبوب|كبسول\w*|الكبسولات|حبه|حبة)"
)
_HARD_TO_SWALLOW = (
    r"((hard|difficult|tough) to (get down|swallow)|schwer (zu )?(schlucken|runterzubekommen)|difficiles? à (avaler|prendre)"
    r"|yutma\w* zor|yutam\w*|трудно (глотать|проглотить)|тяжело (глотать|проглотить)|صعب (ابلع|أبلع|بلع)\w*)"
)
PILLS_HARD_TO_SWALLOW: list[str] = [
    r"\b" + _PILLS + r"[^.!?;\n]{0,30}" + _HARD_TO_SWALLOW,
    _HARD_TO_SWALLOW + r"[^.!?;\n]{0,20}" + _PILLS,
]
# A mild diarrhoea from the antibiotic, told mild ("the antibiotic gives me a bit of diarrhoea",
# "leichter Durchfall vom Antibiotikum", "un peu de diarrhée avec l'antibiotique", "antibiyotik
# hafif ishal yaptı", "от антибиотика небольшой понос", "المضاد عامل لي اسهال خفيف"): NHS
# 'Antibiotics -- side effects' -- diarrhoea is a common side effect; the question is the
# medicine's. Bloody or watery diarrhoea many times a day, fever or severe cramps (NHS
# 'C. difficile') is no course.
_ANTIBIOTIC = r"(antibiotics?|antibiotikum|antibiotika|antibiotique\w*|antibiyoti\w*|антибиотик\w*|المضاد|مضاد حيوي|المضاد الحيوي)"
_MILD_DIARRHOEA = (
    r"(a (bit|little) of |some |slight |mild |leichte\w* |etwas |ein bisschen |un peu de |légère\w* |hafif |biraz "
    r"|небольш\w* |л[её]гк\w* |слабый )(diarrh\w*|loose (stools?|poo)|durchfall|diarrhée|ishal|понос|диаре\w*|жидкий стул)"
    r"|(اسهال|إسهال) (خفيف|بسيط|شوي|شويه|شوية)"
)
_DIARRHOEA_NOT_WORSE = (
    r"(?![^.!?;\n]{0,40}(blood|watery|times a day|fever|cramp|severe|blut|wässrig|mal am tag|fieber|kräm|stark"
    r"|sang|liquide|fois par jour|fièvre|crampe|sévère|kan\b|sulu|kez|ateş|kramp|şiddetli|кров|водянист|раз в день"
    r"|температур|спазм|сильн|دم|مويه|مرات|حراره|حرارة|مغص شديد))"
)
ANTIBIOTIC_MILD_DIARRHOEA: list[str] = [
    _ANTIBIOTIC + r"\w*[^.!?;\n]{0,30}(?<!\w)(" + _MILD_DIARRHOEA + r")" + _DIARRHOEA_NOT_WORSE,
    r"(?<!\w)(" + _MILD_DIARRHOEA + r")[^.!?;\n]{0,25}" + _ANTIBIOTIC + _DIARRHOEA_NOT_WORSE,
]
# A scar red, pink or purple but told flat and closed a month or more on ("the scar is red-purple
# but flat and closed", "die Narbe ist rot, aber flach und zu", "la cicatrice est rouge mais plate
# et fermée", "yara izi mor ama düz ve kapalı", "шрам красно-фиолетовый, но плоский и закрытый",
# "الندبه حمرا بس مسطحه ومقفوله"): NHS 'Scars' -- a new scar is red or dark and fades over
# months to two years. Open, weeping, hot, pus, spreading or a lump is no course.
_SCAR = r"(scar(?!ed)\w*|narbe\w*|cicatrice\w*|yara izi\w*|izi\b|шрам\w*|рубец|рубцы|الندبه|الندبة|الندبات|ندبه|ندبة)"
_SCAR_COLOUR = (
    r"(red\w*|pink\w*|purple\w*|dark\w*|rot\w*|rosa\w*|lila\w*|violett\w*|dunkel\w*|rouge\w*|rose\w*|violet\w*"
    r"|kırmızı\w*|pembe\w*|mor\b|koyu\w*|красн\w*|розов\w*|фиолет\w*|багров\w*|темн\w*|احمر|أحمر|حمرا|حمراء|وردي\w*|بنفسجي\w*)"
)
_SCAR_SHUT = (
    r"(flat|closed|healed|flach|geschlossen|zu\b|verheilt|plate|fermée?|fermee|cicatris\w*|düz|kapal\w*|kapanmış|плоск\w*"
    r"|закрыт\w*|зажил\w*|مسطح\w*|مقفول\w*|مسكر\w*|ملتئم\w*)"
)
_SCAR_NOT_WORSE = (
    r"(?![^.!?;\n]{0,40}(open|weep|ooz|hot|pus|spread|lump|gap|offen|nässt|heiß|eiter|breitet|knoten|ouvert|suinte|chaud"
    r"|pus\b|s'étend|boule|açı|sızı|sıcak|irin|yayıl|открыл|мокн|горяч|гно|расход|шишк|مفتوح|ينز|سخن|صديد|يمتد))"
)
SCAR_FLAT_AND_CLOSED: list[str] = [
    r"\b"
    + _SCAR
    + r"[^.!?;\n]{0,25}"
    + _SCAR_COLOUR
    + r"[^.!?;\n]{0,30}"
    + _NOT_SAID
    + _SCAR_SHUT
    + _SCAR_NOT_WORSE,
]
# Crusts around the navel after a tummy tuck, told with no pain ("the belly button is all crusty
# and bloody-looking", "der Bauchnabel voller Krusten", "le nombril plein de croûtes", "göbeğimde
# kabuklar var", "пупок в корочках", "السره فيها قشور"): ASPS 'Tummy tuck -- recovery' -- the new
# navel crusts and scabs as it heals; its cleaning is the care routine. Open, wet or weeping is
# no course; pus and fever are the catalogue's, read before this table.
NAVEL_CRUSTS: list[str] = [
    r"\b(navel|belly ?button|umbilicus|bauchnabel|nabel|nombril|göbe\w*|пуп\w*|السره|السرة|سرتي|سره)"
    r"[^.!?;\n]{0,60}(crust\w*|scab\w*|kruste\w*|krusten|schorf\w*|croûte\w*|croute\w*|kabuk\w*|корк\w*|корочк\w*|قشر\w*|قشور)"
    r"(?![^.!?;\n]{0,40}(open|wet|weep|ooz|offen|nass|nässt|klafft|ouvert|suinte|açık|açıl|sızı|ıslak|открыт|мокн|сочит|مفتوح|ينز|مبلول))",
]
# The forty-eighth round's (dev53): a bruise told yellow or green is a bruise fading (NHS
# 'Bruises': it turns yellow or green as it heals) -- the sign told settling, counted with the
# improvements (triage._settled; "des bleus jaunes sur le côté", "yellowish bruises", "gelbe
# blaue Flecken", "morluklar sararmış", "синяки жёлто-зелёные", "الكدمات صارت صفرا"). Not a
# yellow-green pus or discharge, nor a bruise told spreading, growing, hot or tense.
_FADING_BRUISE = (
    r"(bruis\w*|bleus?\b|hématome\w*|hematome\w*|bluterg\w*|blaue\w* fleck\w*|flecken|morluk\w*|morar\w*"
    r"|синяк\w*|гематом\w*|كدم\w*|الكدمات|الكدمه|الكدمة)"
)
_FADING_NOT_WORSE = (
    r"(?![^.!?;\n]{0,30}(pus|eiter|irin|гно|صديد|discharge|ausfluss|sekret|écoulement|akıntı|выделен|spread|grow"
    r"|bigger|hot|tense|breitet|wächst|größer|heiß|gespannt|s'étend|grossit|chaud|tendu|yayıl|büyü|sıcak|gergin"
    r"|раст[её]т|распростран|увеличива|горяч|напряж|ينتشر|يكبر|سخن|مشدود))"
)
_FADING_COLOUR = r"(" + _HEALING_COLOUR + r"|jaun|verdâtre|verdatre|صفرا|صفراء|خضرا|خضراء)"
# The fiftieth round's (dev55): the lower face told in a bruise's fading colours with no bruise
# named -- the chin, cheek, jaw or neck gone green, yellow and blue days after lower implants or
# jaw surgery ("my jaw is all yellow and green", "die Wange schillert grün-gelb", "le menton
# tout jaune-vert", "çenem sarı yeşil oldu", "подбородок жёлто-зелёный", "ذقني صار اصفر واخضر"):
# the blood under the skin fading as it sinks (BAOMS patient information on dental implants; NHS
# 'Bruises'). Counted with the fading bruises; nothing spreading, growing, hot or tense beside it.
_LOWER_FACE = (
    r"(chin|cheek\w*|jaw\w*|neck|kinn|wange\w*|kiefer\w*|hals|menton|joue\w*|machoire|cou\b|cene\w*"
    r"|yanag\w*|yanak\w*|boyn\w*|подбород\w*|щек\w*|щеки|челюст\w*|ше[яию]\b"
    r"|ذقن\w*|الذقن|خد\w*|الخد|فكي|الفك|رقب\w*|الرقبه)"
)
FACE_FADING_COLOURS: list[str] = [
    _LOWER_FACE + r"[^.!?;\n]{0,20}" + _FADING_COLOUR + r"\w*" + _FADING_NOT_WORSE,
]
BRUISE_FADING: list[str] = [
    _FADING_BRUISE + r"[^.!?;\n]{0,20}" + _FADING_COLOUR + r"\w*" + _FADING_NOT_WORSE,
    _FADING_COLOUR + r"\w*[^.!?;\n]{0,12}" + _FADING_BRUISE + _FADING_NOT_WORSE,
    *FACE_FADING_COLOURS,
]
ROUTINE: list[str] = [
    # burning, watering, gritty eyes in the first days after LASIK or lens surgery (AAO 'What
    # to expect after LASIK': burning, itching, tearing and a gritty feeling for a day or two);
    # falling sight and rising pain are the catalogue's, read before this table
    r"(göz\w*|eyes?\b|augen?\b|yeux|œil|oeil|глаз\w*|عيني|عيوني|العين)[^.!?;\n]{0,30}\b(burn\w*|water\w*|gritty|sandy|yan(ıyor|iyor|ma\w*)|sulan\w*|brenn\w*|tränen\w*|brûl\w*|larmoi\w*|pleur\w*|жж\w*|слезит\w*|слезя\w*|يحرق|تحرق|حرقان|تدمع|دموع)",
    # ... the colloquial Arabic present with its prefix ("عيني بتدمع", "عيوني بيدمعوا"; the
    # forty-eighth round's, dev53)
    r"(عيني|عيوني|العين|العيون)[^.!?؟\n]{0,30}(بتدمع|بيدمع|بتدمّع|عم تدمع|دمعت|دامعه|دامعة)\w*",
    # ... the verb told first ("abends brennen die Augen", "ça brûle les yeux", "жжёт глаза")
    r"\b(burn\w*|water\w*|brenn\w*|tränen\w*|brûl\w*|piqu\w*|yan(ıyor|iyor)|sulan\w*|жж[её]т|жжение|слезят\w*|تحرق|تدمع)[^.!?;\n]{0,12}\b(my |the |die |meine |les |mes |в )?(eyes?|augen?|yeux|gözler\w*|göz\w*|глаз\w*|عيني|عيوني)\b",
    # a little tingling or zaps in the breasts or nipples weeks after breast surgery (ASPS
    # 'Breast augmentation' recovery: the nerves recover); "Brust", "göğüs", "грудь" and "صدر"
    # are also the chest, so only the plural breasts and the nipples are read
    r"\b(tingl\w*|zaps?|picotement\w*|fourmillement\w*|kribbel\w*|karıncalan\w*|покалыван\w*|تنميل|وخز)[^.!?;\n]{0,15}\b(in|dans|an|в|في) (my |the |both |les |mes |deux |den |beiden )?(breasts|boobs|nipples|seins|mamelons|brüsten|brustwarzen|сосках|الحلمات|الثديين)\b",
    # both implants high and firm in the first weeks ("как два камня", "like two rocks": ASPS
    # 'Breast augmentation' recovery -- they drop and soften over 3-6 months); one side
    # larger or tense is the catalogue's haematoma, read before this table
    r"\b(грудь|груди|импланты|breasts|implants|boobs|brüste|implantate|seins|prothèses|göğüsler\w*|göğüslerim|الصدر|الثديين)\b[^.!?;\n]{0,40}(как (два )?кам\w*|высоко|like (two )?(rocks|stones)|(hard|firm) as (a )?(rock|stone)s?|sit\w* high|hart wie (stein|steine)|comme (des|deux) (pierres|cailloux)|taş gibi|زي الحجر|مثل الحجر)",
    # ... the forty-second round's (dev47): the same course in other words -- "steinhart und
    # stehen total hoch", "rock hard and really high", "dures comme du béton et très hautes",
    # "çok yukarıda duruyor", "твёрдые и стоят высоко", "عالي ومرتفع" -- read with both sides
    # told alike ("beide gleich", "both the same", "les deux pareils", "ikisi de aynı", "обе
    # одинаковые", "الاثنين نفس الشي") or the plural alone; one side larger, tense or painful is
    # the catalogue's haematoma, read before this table
    r"\b(грудь|груди|импланты|breasts|implants|boobs|brüste|implantate|seins|prothèses|göğüsler\w*|göğüslerim|الصدر|الثديين)\b[^.!?;\n]{0,40}(steinhart|bretthart|rock hard|stone hard|dur\w* comme (du |de la )?(béton|pierre|bois)|(stehen|sitzen|sind) (\w+ ){0,2}hoch|(sit|sitting|are|stand\w*) (\w+ ){0,2}(too |so |very |really )?high|(très |trop |tout )?(hautes?|remontés?|remontées?) |yukarıda|yukarda|стоят (\w+ )?высоко|(عالي|عاليين|مرتفع)\w*)"
    r"(?![^.!?;\n]{0,40}(one side|one is|left|right|bigger|larger|eine seite|einseitig|links|rechts|größer|un côté|gauche|droite|plus gros|tek taraf|sol|sağ|büyük|одна|слева|справа|больше|جهه|جهة|جنب|يمين|يسار|اكبر|أكبر))",
    rf"{_BRUISE}\w*[^.!?;\n]{{0,40}}{_HEALING_COLOUR}\w*",
    rf"{_HEALING_COLOUR}\w*[^.!?;\n]{{0,25}}{_BRUISE}\w*",
    r"\b(ein bisschen|etwas|leicht|noch|bisschen) (dick|geschwollen)\w*",
    r"(онемел|онемен|немеют|немеет)\w*",
    r"(منتفخ|منفوخ|وارم|متورم)\w* ?(شوي|شوية|شويه|بسيط|خفيف)?",
    # bruising around or under the eyes after nose, lid or face surgery (BAAPS rhinoplasty and
    # blepharoplasty recovery: purple, then yellow, for about two weeks)
    r"(göz\w* alt\w*|under (my |the |both )?eyes|unter (den|beiden) augen|sous les yeux|под (обоими )?глазами|تحت (عيوني|العين|العيون))[^.!?;\n]{0,20}(mor\b|mosmor|morar\w*|purple|blue|bruis\w*|lila|blau|violett|violet\w*|bleu\w*|синяк\w*|син\w*|фиолет\w*|ازرق|أزرق|بنفسجي|كدم\w*)",
    # Arabic names a bruise by its colour ("طالع أزرق على الخد", blue on the cheek) after dental
    # or facial surgery (NHS 'Wisdom tooth removal -- recovery': facial bruising for days)
    r"(ازرق|أزرق|زرقه|زرقة|زرقا)\w* (على|في|ب|تحت) ?(ال)?(خد|خدي|وجه|وجهي|فك|رقبه|رقبة|ذقن)",
    # lumpy, uneven skin weeks after a liposuction or BBL (ASPS 'Liposuction -- recovery':
    # irregularities settle over months)
    r"\b(peau|skin|haut|cilt|deri|кож|الجلد)\w*[^.!?;\n]{0,15}(bossel\w*|grumeleu\w*|lumpy|bumpy|uneven|knubbelig|uneben|dellig|wellig|yumru\w*|dalgalı|бугрист\w*|неровн\w*|متكتل|مو مستوي)",
    # sight told as sharp or clear is the good sign, not a sharp pain ("vision is sharp")
    r"\b(vision|sight|eyesight)\b[^.!?;\n]{0,12}\b(sharp|clear|good|fine|crisp)\b|\b(seeing|see) (sharp|clear|clearly|fine|well)\b",
    # the same bruise told only by its fading colours, yellow or green under the eyes
    rf"(göz\w* ?alt\w*|under (my |the |both )?eyes|unter (den|beiden) augen|sous les yeux|под (обоими )?глазами|تحت (عيوني|العين|العيون))[^.!?;\n]{{0,20}}{_HEALING_COLOUR}\w*",
    # a white eye after eye surgery is the good sign, no redness ("глаз белый", "l'œil est
    # blanc", "das Auge ist weiß"): no complaint
    r"\b(eyes?|глаз\w*|augen?|yeux|œil|oeil|göz\w*|عيني|عيوني|العين)\s(is |are |ist |sind |est |sont )?(still |noch |toujours )?(white|бел(ый|ое|ые|ая)|weiß|weiss|blancs?|beyaz|ابيض|أبيض)(?!\w)",
    r"(mor\b|mosmor|morar\w*|purple|bruis\w*|lila|blaue flecken|bleus|синяк\w*|كدمات|كدمه)[^.!?;\n]{0,15}(göz\w* alt\w*|under (my |the |both )?eyes|unter (den|beiden) augen|sous les yeux|под (обоими )?глазами|تحت (عيوني|العين|العيون))",
    # mild bloating or period-like cramps said as mild (RCOG / HFEA after egg collection); a
    # tight, swelling belly is the catalogue's OHSS, read before this
    r"(نفخه|نفخة|انتفاخ|مغص|تقلصات)\w* (خفيف|بسيط|شوي|شوية|شويه)\w*",
    r"\b(nipples?|mamelons?|brustwarzen?|meme uçlar|соск)\w*[^.!?;\n]{0,20}(numb|engourdi|taub|uyuş|онемел|немеют)\w*",
    # Transplanted hairs falling out 2-8 weeks after a hair transplant ("shedding", "shock loss")
    # is expected (ISHRS patient information on FUE/FUT recovery): the follicle stays.
    r"\b(grafted |transplanted |new )?(hairs?|grafts|cheveux|greffons|haare|saç|волос|الشعر|شعري|شعرى)\w*"
    r"[^.!?;\n]{0,30}(fall\w* out|shed|tomb|ausfall|fallen aus|(fallen|gehen) (\w+ ){1,3}aus\b|dökül|выпада|يتساقط|تساقط|يطيح|طاح)\w*",
    # the forehead's swelling come down to the eyes after a hair transplant (ISHRS; read in
    # lexicon.NORMAL_HEALING too)
    *HAIR_SWELLING_TO_EYES,
    # a bruise sinking to the neck (the forty-ninth round's; read above)
    *BRUISE_GOING_DOWN,
    # the nose's look when the cast comes off (the forty-ninth round's; read above)
    *NOSE_CAST_OFF_LOOK,
    r"\b(shedding|shock loss|effluvium)\b",
    # ... the verb told first ("начали выпадать пересаженные волосы", "falling out, the new
    # hairs", "es fallen die transplantierten Haare aus", "tombent, les cheveux greffés")
    r"\b(fall\w* out|shed\w*|tomb\w*|ausfall\w*|fallen|dökül\w*|выпада\w*|выпал\w*|يتساقط|تساقط|يطيح|طاح|بيقع|يقع)"
    r"[^.!?;\n]{0,25}(grafted |transplanted |new |пересаженн\w* |новые )?(hairs?|grafts|cheveux|greffons|haare|saç\w*|волос\w*|الشعر|شعري|شعرى)\b",
    # Dry, gritty eyes after laser or lens surgery (AAO: dry eye for weeks after LASIK) and a
    # dry, blocked nose after rhinoplasty (ENT UK / BAAPS: blocked for weeks with the splint
    # and swelling) are the expected course, not a new complaint.
    r"\b(eyes?|augen?|yeux|œil|oeil|gözler\w*|göz|глаз\w*|عيوني|عيني)\w*[^.!?;\n]{0,20}(dry|gritty|trocken|sec|secs|sèches?|kuru|сух\w*|جاف\w*|ناشف\w*)\w*",
    r"\b(dry|gritty|trockene?|sèches?|kuru|сух\w*)\w* (eyes?|augen|yeux|gözler\w*|глаз\w*)",
    r"\b(nose|nase|nez|burn\w*|нос\w*|انفي|خشمي|الانف|الأنف|انف|أنفي|مناخيري)\w*[^.!?;\n]{0,25}(blocked|stuffy|dry|trocken|(ist )?zu\b|verstopft|bouché|sec\b|tıkalı|kuru|заложен\w*|сух\w*|مسدود|مسكر|ناشف)\w*",
    # breathing through the mouth because the new nose is blocked (ENT UK / BAAPS): the nose,
    # not the lungs -- breathlessness is the catalogue's, read before this
    r"\b(breath\w* (in |out )?through (my|the) mouth|mouth[- ]?breath\w*|durch den mund (at|luft)\w*|respir\w* par la bouche|ağzımdan nefes|ağızdan nefes)\w*",
    r"(дыш\w* (только )?ртом|ртом дыш\w*|(اتنفس|أتنفس|بتنفس|اتنفّس) (من|ب) ?(فمي|الفم|تمي|ثمي)|(انام|أنام|نايم|نايمه) (و|ب)?(فمي|تمي) مفتوح)",
    # A bruise told yellow beside its blue, green or purple ("gelb-blau", "yellow-green",
    # "jaune et violet", "sarı-mor", "жёлто-зелёный", "اصفر وازرق") is fading: NHS 'Bruises' --
    # a bruise turns yellow or green as it heals. Not a yellow-green pus or discharge.
    rf"\b{_YELLOW}{_COLOUR_AND}{_BRUISE_COLOUR}\w*{_NOT_PUS}",
    rf"\b{_BRUISE_COLOUR}{_COLOUR_AND}{_YELLOW}{_NOT_PUS}",
    r"(اصفر|أصفر|صفرا|صفراء) ?و?(ازرق|أزرق|اخضر|أخضر|بنفسجي|زرقا|خضرا)",
    # ... or told passing from one to the other ("purple going yellow", "lila wird gelb",
    # "violet qui vire au jaune", "mordan sarıya dönüyor", "синие становятся жёлтыми", "الازرق
    # صار اصفر") -- NHS 'Bruises': the colour changes as it heals (the forty-second round's)
    rf"\b{_BRUISE_COLOUR}\w*,? (going|turning|becoming|fading( to)?|now|wird|werden|geht ins|qui (vire|tourne|devient)|(vire|tourne|devient)\w*|становят\w*|стал\w*|переход\w* в) (au |à |in |ins |to )?{_YELLOW}{_NOT_PUS}",
    r"\b(mor\w*) (sarı|sari)\w* (dönüyor|döndü|oluyor|oldu)|(ازرق|أزرق|الازرق|الأزرق|بنفسجي)\w* (صار|بدا يصير|قاعد يصير|يتحول) ?(ل)?(اصفر|أصفر)",
    # walking bent over in the first days after a tummy tuck is the advice itself (ASPS 'Tummy
    # tuck -- recovery': the patient walks slightly bent at the waist while the repair heals)
    r"\b(walk\w*|marche\w*|marcher|lauf\w*|geh\w*|yürü\w*|хож\w*|хожу|ходить|امشي|بمشي|نمشي|ماشي|ماشيه)[^.!?;\n]{0,12}"
    r"(bent (over|double|forward)|hunched|stooped|pli[ée]e?s? en deux|courb[ée]e?s?|pench[ée]e?s? en avant|geb(?:ü|ue|u)ckt|gekr(?:ü|ue|u)mmt|krumm|vorgebeugt|iki büklüm|eğil\w*|kambur|согнувшись|сгорбивш\w*|скрючен\w*|пополам|منحني|منحنيه|مطوي|مدنق)",
    r"\b(bent (over|double)|hunched( over)?|geb(?:ü|ue|u)ckt|gekr(?:ü|ue|u)mmt|pli[ée]e? en deux|courb[ée]e?|iki büklüm|kambur|согнувшись|скрючившись|منحني|منحنيه)[^.!?;\n]{0,12}(walk\w*|marche\w*|lauf\w*|geh\w*|yürü\w*|хож\w*|хожу|امشي|بمشي)",
    # a little spotting on the pad with period-like pulling low in the belly the day or two
    # after egg collection (HFEA / RCOG 'Egg collection': mild cramps and light spotting are
    # expected); heavy bleeding, clots or a swelling belly with little urine are the
    # catalogue's (OHSS, bleeding), read before this table
    r"\b(a little|a bit of|some|slight|light|etwas|leichte?|ein bisschen|un peu de|légers?|quelques|biraz|hafif|немного|небольш\w*|чуть|слегка|شوي|شويه|شوية|قليل|خفيف)\s?"
    r"(spotting|brown\w* discharge|blood\w* (discharge|spots?)|schmierblutung\w*|blutung\w*|saignement\w*|pertes? (de sang|brunes|rosées)|spotting|lekelenme\w*|kanama\w*|кровянист\w* выделени\w*|мажущ\w* выделени\w*|кровян\w*|نقط دم|دم|تبقيع)"
    r"[^.!?;\n]{0,25}(pad|liner|binde|slipeinlage|serviette|protège-slip|ped\w*|прокладк\w*|الفوطه|الفوطة|فوطه|فوطة)"
    r"(?![^.!?;\n]{0,30}(heavy|soak|clot|stark|durchgeblut|klumpen|abondant|caillot|çok|pıhtı|обильн|сгуст|много|كثير|جلطات|تجلط))",
    # dissolving stitches that fell out and the fibrin film on healing gum (above)
    DISSOLVED_STITCHES,
    *GUM_FILM,
    *SLIGHT_HEADACHE,
    *PAINKILLER,
    *HOT_THINGS,
    *PAIN_FOR_THE_MEDICINE,
    *FACE_TIGHT_OR_NUMB,
    *NUMB_SKIN,
    *BREAST_AIR_SOUND,
    *BBL_FIRM_BRUISED,
    *INJECTION_BRUISES,
    *LIFTING_HEAVY,
    # the fiftieth round's (dev55): the breasts' position told uneven while the implants settle
    # (ASPS / BAAPS), nothing firmer, bigger, painful or changed beside it
    *BREAST_SIDES_UNEVEN,
    # ... and the mouth's ooze after an implant (NHS, BAOMS): a named course of the first days,
    # counted among the ordinary signs a "normal?" asks about (triage._course_signs)
    *DENTAL_OOZE,
]
# What is not the body at all: a painkiller, a hot drink. A symptom word inside one is no symptom
# (:meth:`careflow_agents.triage._Message.hits`, ``unexplained_symptom``).
# Solid food a bariatric patient asks to move on to ("когда можно твердую еду?", "feste
# Nahrung"): the diet stage, not a hard swelling.
SOLID_FOOD: list[str] = [
    r"\b(solid|solids|hard) (food|foods|meals?)|\bsolids\b|\bfeste\w* (nahrung|kost|essen|speisen)|\baliments? solides?|\b(nourriture|alimentation) solide"
    r"|\bkatı (gıda|yiyecek|yemek|besin)\w*|тв[её]рд\w* (ед[аыуе]|пищ\w*)|(الاكل|اكل|الأكل|أكل|الطعام|طعام) (ال)?(صلب|قاسي)",
    # hard things to eat or bite ("ne zaman sert şey yiyebilirim", "harte Sachen kauen", "des
    # choses dures", "hard stuff like steak", "жёсткую пищу", "اكل ناشف"): the diet, no sign
    r"\bsert (şey|şeyler|yiyecek\w*|yemek\w*|gıda\w*|besin\w*)|\bharte\w* (sachen|dinge|kost|nahrung|speisen|brot)"
    r"|\b(choses|aliments|trucs) (durs|dures)\b|\bhard (stuff|things|bits)\b|ж[её]стк\w* (ед[аыуе]|пищ\w*)"
    r"|(الاكل|اكل|الأكل|أكل|حاجات|حاجه|حاجة) (ال)?(ناشف|ناشفه|ناشفة)",
    # the fiftieth round's (dev55): food told by its texture in a diet question after implants,
    # the hardness after "eat", "chew" or "bite" or on the things eaten ("when can I bite into
    # something crunchy", "wann darf ich wieder was Hartes kauen", "croquer dans quelque chose de
    # dur", "kıtır şeyler yiyebilir miyim", "когда можно жевать твёрдое", "امتى اقدر آكل اشيا
    # قاسية"): NHS 'Dental implants' -- soft food first, harder food as the site heals. Said of
    # the gum, the cheek or the breast it is no food and not read here.
    r"\bcrunchy (food|foods|stuff|things|bits|snacks)\b|\b(eat|chew|bite)\w* (into |on )?(anything|something|stuff) (hard|crunchy|chewy)\b"
    r"|\b(etwas|was) (hartes|knuspriges) (essen|kauen|beissen|abbeissen)|\bknusprig\w* (sachen|essen|zeug)"
    r"|\b(manger|croquer|macher|mordre)\w* (dans )?(du |quelque chose de |des trucs )?(dur|durs|croquant\w*)\b|\baliments? croquants?"
    r"|\b(kitir|citir)\w* (sey|seyler|yiyecek\w*)|\bsert (bir )?(sey|seyler)\w*"
    r"|(жевать|есть|кусать|грызть) (что-то |что-нибудь )?(тв[её]рд\w*|ж[её]стк\w*|хрустящ\w*)|(тв[её]рд|хрустящ)\w* (продукт\w*|ед\w*)"
    r"|(اشياء|أشياء|اشيا|أشيا|شي|اشي|حاجات|اكلات|اكل|أكل|الاكل) (ال)?(قاسي\w*|صلب\w*|ناشف\w*|مقرمش\w*)",
]
# The pain a painkiller is taken for ("du doliprane pour la douleur", "something for the pain"):
# the purpose of the medicine, not a complaint.
FOR_THE_PAIN: list[str] = [
    r"\b(for (the|my) pain|pour (la|les|ma|mes) douleurs?|gegen (die )?schmerzen|ağrı(m)? için|от боли|للالم|للألم|للوجع)",
]
NOT_BODILY: list[str] = [
    *LIFTING_HEAVY,
    *PILLS_HARD_TO_SWALLOW,
    *PAINKILLER,
    *FOR_THE_PAIN,
    *HOT_THINGS,
    *SOLID_FOOD,
    *PAIN_FOR_THE_MEDICINE,
    *GLASSES_PRESS,
]
