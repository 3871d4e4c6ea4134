# ruff: noqa: RUF001, RUF002 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""Multilingual phrase tables of the rules provider (tr, en, de, ar, ru, fr).

Written in natural spelling and compiled through :func:`careflow_agents.text.fold`, so
"ağrı", "agri" and "AĞRI" all match. Patterns are regular expressions over the folded text;
avoid upper-case escapes (``\\S``, ``\\W``, ``\\D``): folding lower-cases the pattern too.

The red-flag table is the safety net of the whole product: a miss here is a missed emergency,
so it errs on the side of escalating. Keep one line per language to make gaps visible.
"""

from __future__ import annotations

RED_FLAGS: dict[str, list[str]] = {
    "high_fever": [
        r"\bfever", r"\bfeverish", r"temperature (of |is |around )?(3[89]|4[0-2])", r"\b(3[89]|4[0-2])([.,]\d)? ?(°|degrees?|grad|degrés?|градус\w*|درجة|derece|c\b)",
        r"(have|got|running) a (high )?temperature", r"habe (erhöhte |hohe )?temperatur", r"j'ai de la température",
        r"\bateş(im|i|ler)?\b", r"\bateşlen", r"\bateş(im)? (3[89]|4[0-2])", r"\b(3[89]|4[0-2])([.,]\d)? derece",
        r"\bfieber", r"temperatur.{0,12}(3[89]|4[0-2])",
        r"\bfièvre", r"\bfiévreu", r"température.{0,12}(3[89]|4[0-2])",
        r"температур", r"\bжар\b", r"лихорад",
        r"حمى", r"حرارة", r"سخونة",
    ],
    "heavy_bleeding": [
        r"(heavy|heavily|a lot of|lots of|severe|profuse|won'?t stop|doesn'?t stop|not stopping|non-?stop|keeps?) (bleed|blood)",
        r"bleed\w* (a lot|heavily|badly|won'?t stop|non-?stop|through|and (it )?(won'?t|doesn'?t) stop)",
        r"soaked (with|in|through with) blood", r"bleed\w*.{0,30}(won'?t|doesn'?t|does not|will not|not) stop", r"blood (is )?(everywhere|pouring|gushing)",
        r"kanama\w* (durmuyor|çok|fazla|şiddetli|kesilmiyor|geçmiyor)", r"(çok|fazla|şiddetli|aşırı) kan(ama|ıyor)",
        r"kan(ıyor)? durmuyor", r"durmadan kan", r"kanama\w*.{0,20}durmuyor",
        r"(starke|starker|heftige|heftiger) blutung", r"blutet (stark|sehr|ununterbrochen|immer noch|ohne aufzuhören)",
        r"hört nicht auf zu bluten", r"blutung hört nicht auf",
        r"saigne (beaucoup|abondamment|énormément|sans arrêt|toujours)", r"saignement\w* (abondant|important|qui ne s'arrête)",
        r"ne s'arrête pas de saigner", r"saignement.{0,25}ne s'arrête pas", r"hémorragie",
        r"сильн\w* кровотеч", r"кровотечени\w*.{0,25} не (останавлива|прекраща)", r"кровь.{0,25} не (останавлива|прекраща)",
        r"сильно кровит", r"кровит (не переставая|без остановки|сильно)",
        r"نزيف (شديد|حاد|غزير|قوي|لا يتوقف|مستمر|كثير)", r"(ينزف|أنزف|النزيف) (كثيرا|بشدة|لا يتوقف|مستمر)",
        r"الدم لا يتوقف", r"نزيف لم يتوقف",
    ],
    "breathing_difficulty": [
        r"(can'?t|cannot|can not|hard to|trouble|difficult(y)?( in)?|struggling to|problems?) breath",
        r"short(ness)? of breath", r"breathless", r"out of breath",
        r"nefes (alamıyorum|alamıyor|darlığı|almakta zorlan|almak zor)", r"nefesim (daralıyor|kesiliyor|yetmiyor)",
        r"solunum (sıkıntısı|güçlüğü)",
        r"atemnot", r"(bekomme|kriege) (keine|kaum) luft", r"kann (nicht|kaum) (richtig )?atmen", r"schwer (zu )?atmen",
        r"atembeschwerden", r"kurzatmig",
        r"(du mal|difficulté|difficultés|de la peine) à respirer", r"n'arrive (pas|plus) à respirer", r"essouffl",
        r"souffle court", r"ne peux (pas|plus) respirer", r"j'étouffe",
        r"(трудно|тяжело|не могу|сложно) дыш", r"одышк", r"задыха", r"не хватает воздуха", r"нечем дышать",
        r"(ضيق|صعوبة) (في )?(التنفس|تنفس)", r"لا (أستطيع|اقدر|يمكنني) (التنفس|أن أتنفس)", r"اختناق", r"نفسي مقطوع",
    ],
    "chest_pain": [
        r"chest (pain|hurts|is hurting|tight|pressure)", r"pain in (my|the) chest", r"tightness in (my|the) chest",
        r"göğüs(üm)? (ağrısı|ağrıyor|sıkışması|sıkışıyor)", r"göğsüm (ağrıyor|sıkışıyor)", r"göğsümde (ağrı|baskı|sıkışma)",
        r"brustschmerz", r"schmerz\w* in der brust", r"druck auf der brust", r"engegefühl in der brust", r"brust (tut weh|schmerzt)",
        r"douleur\w* (thoracique|à la poitrine|dans la poitrine)", r"mal (à|a|dans) la poitrine", r"poitrine (me fait mal|serrée|oppressée)",
        r"oppression thoracique",
        r"бол\w* в груди", r"давит в груди", r"грудь болит", r"груди болит", r"сдавливает грудь",
        r"ألم في (الصدر|صدري)", r"وجع في (الصدر|صدري)", r"ألم بالصدر", r"ضغط على (الصدر|صدري)", r"صدري يؤلمني",
    ],
    "fainting": [
        r"\b(fainted|fainting|faint|passed out|pass out|blacked out|lost consciousness|collapsed)\b",
        r"bayıl(dım|dı|ma|ıyorum|acak|ır)", r"bilincimi kaybettim", r"kendimden geçtim",
        r"ohnmacht", r"ohnmächtig", r"bewusstlos", r"umgekippt", r"kollabiert",
        r"évanoui", r"perdu connaissance", r"\bmalaise\b", r"tombée? dans les pommes",
        r"обморок", r"потерял\w* сознани", r"отключил\w*",
        r"أغمي علي", r"إغماء", r"فقدت (الوعي|وعيي)", r"أغمى",
    ],
    "pus": [
        r"\bpus\b", r"oozing", r"(wound|incision|stitches|scar|cut)\w*.{0,25}(discharg|leak|fluid|weep|wet\b)", r"\binflamed\b",
        r"yara\w*.{0,20}(sıvı|akıntı|sızıntı)", r"\biltihaplan", r"wunde.{0,20}(nässt|sondert|flüssigkeit)", r"\bnässt\b",
        r"plaie.{0,20}(suinte|coule|liquide)", r"\bsuinte", r"(рана|раны|шва|шов).{0,20}(теч|сочит|выделени|мокн)", r"\bсочится",
        r"(يخرج|تخرج|يسيل|يسيل) (منه|منها|من الجرح|من الغرز) (سائل|إفرازات|افرازات)", r"ملتهب", r"\binfected\b", r"\binfection\b", r"yellow(ish)? (discharge|liquid|fluid)", r"(smells bad|foul smell)",
        r"\birin\b", r"cerahat", r"iltihap", r"enfeksiyon", r"kötü koku",
        r"\beiter", r"eitert", r"entzünd", r"infiziert", r"infektion", r"riecht (schlecht|übel)",
        r"suppur", r"\binfect", r"écoulement jaune", r"mauvaise odeur",
        r"гно[йиея]", r"гноит", r"инфекци", r"воспал", r"неприятн\w* запах",
        r"صديد", r"قيح", r"التهاب", r"عدوى", r"إفرازات صفراء", r"رائحة كريهة",
    ],
    "calf_pain_swelling": [
        r"\bcalf\b", r"\bcalves\b", r"(leg|legs) (is |are )?(very )?(swollen|swelling|painful|hurts|hurting)", r"swollen leg",
        r"pain in my leg",
        r"baldır", r"bacağ\w* (şiş|ağrı)", r"bacak\w* (şiş|ağrı)",
        r"\bwade", r"\bwaden", r"bein (ist )?(geschwollen|schmerzt|tut weh)", r"geschwollenes bein",
        r"mollet", r"jambe (gonflée|enflée|douloureuse|me fait mal)",
        r"\bикр[аыуеой]", r"икроножн", r"нога (опухла|отекла|болит)", r"опухла нога", r"отек ноги",
        r"ربلة الساق", r"بطة الساق", r"ألم في (الساق|ساقي|رجلي)", r"تورم (الساق|ساقي|في ساقي|رجلي|في رجلي)",
    ],
    "vision_loss": [
        r"(can'?t|cannot|can not) see", r"(lost|losing|loss of) (my )?(vision|sight|eyesight)", r"\bblind(ness)?\b",
        r"vision (loss|went black|went dark)", r"suddenly (blurry|blurred)",
        r"göremiyorum", r"görme (kaybı|kaybım)", r"göz\w*.{0,15}(görmüyor|karardı)", r"kör oldum", r"aniden bulanık",
        r"sehe.{0,15}(nichts|nicht mehr|kaum)", r"sehverlust", r"sehkraft verloren", r"plötzlich.{0,20}(blind|nichts sehen|verschwommen)",
        r"erblindet",
        r"ne vois (plus|rien)", r"perte (de la vue|de vision|de la vision|visuelle)", r"aveugle", r"soudain.{0,20}(trouble|flou)",
        r"не вижу", r"(потеря|пропало|потерял\w*) зрени", r"ослеп", r"резко.{0,20}зрени",
        r"فقدت (البصر|بصري|النظر)", r"لا (أرى|استطيع الرؤية)", r"فقدان (البصر|الرؤية|النظر)", r"\bعمى\b",
    ],
    "severe_pain_unrelieved": [
        r"(severe|unbearable|excruciating|terrible|extreme|intense|worst|horrible) pain",
        r"(pain ?killers?|pain medication|meds|pills|tablets|ibuprofen|paracetamol).{0,20}(are not|aren'?t|don'?t|do not|doesn'?t|does not|not|no longer|stopped) (help|work)",
        r"pain (is )?getting worse",
        r"(şiddetli|dayanılmaz|çok kötü|aşırı|korkunç) ağrı", r"ağrı kesici\w* (işe yaramıyor|etki etmiyor|fayda etmiyor)",
        r"ağrı\w* geçmiyor", r"ağrım (çok|giderek) (artıyor|kötüleşiyor)",
        r"(starke|starken|unerträgliche|unerträglichen|extreme|heftige|heftigen) schmerzen", r"schmerzmittel (helfen|wirken) (nicht|kaum)",
        r"schmerzen werden (immer )?schlimmer",
        r"douleur\w* (intense|insupportable|atroce|terrible|sévère|très forte)",
        r"(antidouleurs?|antalgiques?|médicaments?|doliprane).{0,20}(ne (font|fait|marche|marchent|soulage|soulagent)|aucun effet|pas d'effet)",
        r"(сильн|невыносим|ужасн|адск)\w* бол", r"обезболивающ\w* не (помога|действу)", r"боль не (проходит|утихает|снимается)",
        r"боль (усиливается|становится сильнее)",
        r"ألم (شديد|لا يطاق|فظيع|حاد|قوي)", r"المسكنات? (لا|ما) (تنفع|تفيد|يفيد|ينفع|تعمل)", r"الألم لا (يتوقف|يزول)",
    ],
}

# A red flag is negated only by a cue right before it (same clause, one filler word at most),
# or, in Turkish and Russian, right after it ("ateşim yok", "температуры нет").
NEGATION_BEFORE = (
    r"\b(no|not|without|never|n'?t (have|has|get|got)|don'?t|doesn'?t|kein\w*|nicht|ohne|pas de|pas d'|sans|aucune?|"
    r"нет|без|لا يوجد|لا|بدون|ما في|ليس|ليست)\s+(\w+\s+)?$"
)
NEGATION_AFTER = r"^\w*\s*(\w+\s+)?(yok|değil|olmadı|yoktu|kalmadı|нет)\b"

# Post-op symptoms that are not red flags on their own: urgency "soon".
SYMPTOMS: list[str] = [
    r"\bswell", r"\bswollen\b", r"\bbruis", r"\bpain", r"\bhurts?\b", r"\bsore\b", r"\bbleed", r"\bredness\b",
    r"\bnumb", r"\bitch", r"\bcrust", r"\bnause", r"\bstitch", r"\bgrafts?\b.{0,20}(fell|falling|came out)",
    r"\bdischarge\b", r"\basymmetr", r"\bdizzy\b",
    r"\bşiş(lik|me|ti|miş|kin|iyor)", r"\bmorar", r"\bağrı", r"\bağrıyor", r"\bsızı", r"\bkanama", r"\bkanıyor",
    r"\bkızarık", r"\buyuşma", r"\bkaşın", r"\bkaşıntı", r"\bkabuk", r"\bbulantı", r"\bdikiş", r"\bgreft", r"\bbaş dön",
    r"\bschwellung", r"\bgeschwollen", r"\bbluterguss", r"blaue flecken", r"\bschmerz", r"\btut weh\b", r"\bblut(ung|et)",
    r"\brötung", r"\bgerötet", r"\btaub\b", r"\bjuck", r"\bkruste", r"\bübelkeit", r"\bnaht\b", r"\bfäden", r"\bschwindel",
    r"\bgonfl", r"\boedème", r"\bœdème", r"\bbleus?\b", r"\bhématome", r"\bdouleur", r"\bj'ai mal\b", r"\bmal (au|à|a la)\b",
    r"\bsaign", r"\brougeur", r"\bengourdi", r"\bdémange", r"\bcroûte", r"\bnausée", r"points de suture", r"\bvertige",
    r"\bотек", r"\bопух", r"\bсиняк", r"\bбол(ь|ит|ят|ело)", r"\bкровит", r"\bкровотеч", r"\bкровь\b", r"\bпокраснен",
    r"\bонемен", r"\bнемеет", r"\bзуд", r"\bчешется", r"\bкорк", r"\bтошн", r"\bшов\b", r"\bшвы\b", r"\bголовокруж",
    r"تورم", r"انتفاخ", r"كدمة", r"كدمات", r"ازرقاق", r"\bألم\b", r"يؤلم", r"وجع", r"نزيف", r"احمرار", r"تنميل", r"حكة",
    r"قشرة", r"غثيان", r"غرز", r"دوخة", r"دوار",
]

# Aftercare questions (routine) -- only post-op when the case is post-op or "after surgery" is said.
CARE_QUESTIONS: list[str] = [
    r"\bshower", r"\bwash", r"\bsleep", r"\bsport", r"\bgym\b", r"\bexercis", r"\bswim", r"\bsun\b", r"\bsunbath",
    r"\bglasses\b", r"\balcohol", r"\bfly\b.{0,20}after", r"\bdrive\b", r"\bback to work\b", r"\bmake-?up\b",
    r"\bbandage", r"\bsplint", r"\bcast\b", r"compression garment", r"\bwhen can i\b", r"\bhow long (should|do|must) i\b",
    r"\bduş", r"\byıka", r"\buyu(yabilir|mak|rken)", r"\bspor\b", r"\byüz(ebilir|mek)", r"\bgüneş", r"\bgözlük",
    r"\balkol", r"\bbandaj", r"\batel\b", r"\bkorse", r"ne zaman.{0,30}(bilirim|miyim|mıyım)",
    r"\bdusch", r"haare waschen", r"\bschlafen", r"\bsport\b", r"\bschwimm", r"\bsonne\b", r"\bbrille\b", r"\balkohol",
    r"\bverband", r"\bschiene\b", r"kompression", r"\bwann (darf|kann) ich\b",
    r"\bdouche", r"\blaver", r"\bdormir", r"\bsport\b", r"\bnager", r"\bsoleil", r"\blunettes", r"\balcool",
    r"\bpansement", r"\battelle", r"\bgaine\b", r"\bquand (puis-je|est-ce que je peux|pourrai-je)",
    r"\bдуш\b", r"мыть голову", r"\bспать\b", r"\bспорт", r"\bплава", r"\bсолнц", r"\bочки\b", r"\bалкогол",
    r"\bповязк", r"\bлонгет", r"компрессионн", r"\bкогда (можно|мне можно)",
    r"الاستحمام", r"استحمام", r"غسل الشعر", r"\bالنوم\b", r"الرياضة", r"السباحة", r"الشمس", r"النظارات", r"النظارة",
    r"الكحول", r"الضماد", r"الجبيرة", r"مشد", r"متى يمكنني",
]

AFTER_SURGERY: list[str] = [
    r"after (my |the )?(surgery|operation|procedure|op\b|rhinoplasty|transplant)", r"since (my |the )?(surgery|operation)",
    r"\bpost-?op", r"ameliyat(tan|ım(dan)?|ımın) (sonra|beri)", r"operasyon(dan)? sonra", r"ekimden sonra",
    r"nach (der|meiner) (op|operation|behandlung)", r"seit (der|meiner) (op|operation)",
    r"après (l'opération|mon opération|la chirurgie|l'intervention|ma rhinoplastie|ma greffe)", r"depuis (l'opération|mon opération)",
    r"после (операции|процедуры|пересадки|ринопластики)", r"бол(ь|ит) после",
    r"بعد (العملية|الجراحة|عمليتي|الزراعة)", r"منذ العملية",
]

MEDICATION: list[str] = [
    r"\b(ibuprofen|aspirin|paracetamol|painkillers?|pain ?killers?|antibiotics?|medications?|medicine|pills?|tablets?|blood thinners?|dose|dosage|arnica)\b",
    r"\b(ilaç|ağrı kesici|antibiyotik|aspirin|kan sulandırıcı|doz|parol|majezik|hap)\w*",
    r"\b(medikament|schmerzmittel|antibiotik|tablette|blutverdünner|dosis|ibuprofen|aspirin)\w*",
    r"\b(médicament|antidouleur|antibiotique|comprimé|anticoagulant|dose|doliprane|ibuprofène|aspirine)\w*",
    r"(лекарств|обезболивающ|антибиотик|таблетк|разжижающ|доз[аыу]|ибупрофен|аспирин|парацетамол)",
    r"(دواء|أدوية|مسكن|مضاد حيوي|حبوب|أسبرين|ايبوبروفين|باراسيتامول|جرعة)",
]

QUESTION: list[str] = [
    r"\?", r"\b(can|may|should|could|is it ok|is it okay|is it safe)\b", r"\b(mı|mi|mu|mü|mıyım|miyim|muyum|müyüm)\b",
    r"\b(darf|kann|soll|sollte|ist es)\b", r"\b(puis-je|dois-je|est-ce que|peut-on)\b", r"\b(можно|нужно ли|стоит ли|ли)\b",
    r"(هل|يمكنني|يجب)",
]

SOON_TIME: list[str] = [
    r"\b(today|tonight|tomorrow|right now|asap|urgent)\b", r"\b(bugün|bu akşam|yarın|hemen|acil)\b",
    r"\b(heute|morgen|sofort|dringend)\b", r"\b(aujourd'hui|ce soir|demain|tout de suite|urgent)\b",
    r"\b(сегодня|завтра|срочно|сейчас)\b", r"(اليوم|الليلة|غدا|عاجل|فورا)",
]

INTENTS: dict[str, list[str]] = {
    "payment": [
        r"\b(pay|paid|paying|payment|deposit|bank transfer|wire transfer|installments?|refund|credit card|paypal|cash|invoice paid)\b",
        r"\b(ödeme|öde(dim|yebilir|mek|yeceğim)|kapora|depozito|havale|eft|taksit|iade|kredi kart|nakit)",
        r"\b(zahlung|bezahl|zahlen|anzahlung|überweisung|überwiesen|kreditkarte|raten|rückerstattung|barzahlung)",
        r"\b(paiement|payer|payé|acompte|virement|carte bancaire|carte de crédit|rembours|espèces|versement)",
        r"(оплат|платеж|платёж|предоплат|депозит|банковский перевод|перевести деньги|рассрочк|возврат денег|наличн|картой)",
        r"(الدفع|ادفع|دفعت|عربون|دفعة|تحويل بنكي|بطاقة ائتمان|بالبطاقة|تقسيط|استرداد|نقدا|كاش)",
    ],
    "travel": [
        r"\b(flights?|fly(ing)?|airport|hotel|transfer|pick ?up|arriv(e|al|ing)|land(ing|s)?|visa|accommodation|taxi|boarding)\b",
        r"\b(uçuş|uçak|uçağ|havalimanı|havaalanı|otel|transfer|karşıla|varış|iniş|konaklama|vize|bilet)",
        r"\b(flug|fliege|flughafen|hotel|transfer|abholung|abholen|ankunft|ankomme|lande|unterkunft|visum)",
        r"\b(vol|vols|avion|aéroport|hôtel|transfert|navette|arrivée|j'arrive|atterri|hébergement|visa|billet)",
        r"(рейс|перел[её]т|аэропорт|отел|гостиниц|трансфер|встрет|прил[её]т|прилетаю|виз[аиуы]|жиль[её]|билет)",
        r"(رحلة|طيران|مطار|فندق|توصيل|استقبال|الوصول|أصل|سأصل|إقامة|تأشيرة|تذكرة)",
    ],
    "documents": [
        r"\b(documents?|report|invoice|receipt|certificate|upload|forms?|consent|results|x-?rays?|blood tests?|discharge letter|letter|medical records?)\b",
        r"\b(belge|rapor|fatura|makbuz|evrak|form|onam|tahlil|sonuç|epikriz|röntgen)",
        r"\b(dokument|unterlagen|bericht|rechnung|quittung|befund|bescheinigung|formular|einverständnis|röntgen|blutwerte|arztbrief)",
        r"\b(document|rapport|facture|reçu|certificat|formulaire|consentement|résultats|radio|compte rendu|dossier médical)",
        r"(документ|справк|выписк|сч[её]т\b|квитанц|анализ|заключени|анкет|рентген|медицинск\w* карт)",
        r"(مستند|وثيقة|وثائق|تقرير|فاتورة|إيصال|شهادة|نموذج|تحاليل|تحليل|أشعة|الملف الطبي)",
    ],
    "price_quote": [
        r"\b(price|prices|cost|costs|how much|quote|fee|fees|pricing|expensive|cheap|package price)\b", r"(€|\beur\b|\beuros?\b|\$|£)",
        r"\b(fiyat|ücret|kaç para|kaç euro|teklif|maliyet)", r"(?<!süresi )\bne kadar(?! sür)",
        r"\b(preis|kosten|kostet|wie viel|wieviel|angebot|teuer|kostenvoranschlag)",
        r"\b(prix|coût|coûte|combien|devis|tarif)",
        r"(цен[аыуе]|стоимост|сколько (стоит|стоят|будет)|почем|прайс|расценк|во сколько обойд)",
        r"(سعر|أسعار|كم تكلفة|تكلفة|كم يكلف|كم سعر|عرض سعر|كم الثمن|بكم)",
    ],
    "appointment": [
        r"\b(appointment|book|booking|schedule|available dates?|availability|consultation date|when can i come|slot|reschedule|visit you)\b",
        r"\b(randevu|rezervasyon|ne zaman gelebilirim|müsait|uygun tarih|tarih ayarla)",
        r"\b(termin|buchen|verfügbar|wann kann ich kommen|terminvereinbarung|freie tage)",
        r"\b(rendez-vous|rdv|réserver|disponibilité|créneau|quand puis-je venir|date disponible)",
        r"(запис(ь|аться|ать)|при[её]м|свободн\w* дат|когда можно приехать|забронир)",
        r"(موعد|حجز|أحجز|متى يمكنني القدوم|مواعيد|متى يمكنني المجيء)",
    ],
    "treatment_enquiry": [
        r"\b(treatments?|surgery|operation|procedure|interested in|information about|info about|do you (do|offer|perform)|recovery time|how long does|candidate|consultation|results)\b",
        r"\b(rhinoplasty|nose job|hair transplant|veneers?|implants?|breast|liposuction|tummy tuck|facelift|blepharoplasty|teeth|dental)\b",
        r"\b(tedavi|ameliyat|operasyon|bilgi almak|hakkında bilgi|yaptırmak istiyorum|yapıyor musunuz|iyileşme süresi|burun estetiği|saç ekimi|diş|implant|göğüs|liposuction|karın germe|estetik)",
        r"(behandlung|operation|eingriff|informationen|interessiere mich|nasenkorrektur|nasen-op|haartransplantation|veneers|implantat|brustvergrößerung|fettabsaugung|zähne|lifting|straffung|machen sie (auch )?|bieten sie)",  # German compounds: no leading \b
        r"\b(traitement|chirurgie|opération|intervention|faites-vous|proposez-vous|renseignements?|informations|intéressée?|rhinoplastie|greffes? de cheveux|greffes? capillaires?|facettes|implants?|seins|liposuccion|dents)",
        r"(лечени|операци|процедур|информаци|интересует|ринопласт|пересадк\w* волос|винир|имплант|увеличени\w* груди|липосакц|зуб|подтяжк|лифтинг|блефаропласт|(вы )?делаете|проводите)",
        r"(علاج|عملية|جراحة|معلومات|استفسار|هل تجرون|هل تقومون|تجميل الأنف|زراعة الشعر|قشور|زراعة الأسنان|تكبير الثدي|شفط الدهون|الأسنان)",
    ],
}

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
    r"\b(price|cost|how much|fiyat|ücret|ne kadar|preis|kosten|kostet|prix|combien|coût|цена|стоимост|сколько стоит)\b",
    r"(سعر|تكلفة|كم)",
]
