# ruff: noqa: RUF001, RUF003 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""NegEx/ConText-style negation scopes for six languages, on a normalised view of a message.

A negation cue opens a scope that covers the symptoms it governs and nothing else:

* *pre* cues ("no", "without", "kein", "pas de", "sans", "нет", "без", "ما عندي", "مافي") scope
  forward, *post* cues ("yok", "değil", "нет" in "krovi net", "keins" in "Fieber hab ich keins")
  scope backward;
* between the cue and its first symptom only filler words may stand ("I don't *have any*
  fever", "je *n'ai* pas *de* fièvre", "Fieber *hab ich* keins");
* the scope then runs on over a *list* -- bare symptom nouns joined by commas or "or/and/ni/ve/
  и/или/و" ("pas de rougeur ni de pus", "no fever, redness or swelling");
* it ends at the first word that asserts something: a contrast ("but", "aber", "mais", "ama",
  "но", "لكن", "بس"), sentence punctuation, or a body part with a predicate ("no fever, *calf*
  swollen and hot") -- so a negation can never hide another, present red flag.

Uncertainty ("probably nothing", "is that normal?", "not sure if it's infected") opens no scope:
a cue must be followed by a symptom, and "sure" is none. Scopes are character ranges of the view
they were computed on; a red-flag hit is negated only when it *starts* inside one, so a flag
pattern that contains its own negation ("can't breathe", "не вижу") is never negated by it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from careflow_agents.text import fold, fold_pattern, transliterate


def _words(text: str) -> frozenset[str]:
    return frozenset(fold(text).split())


def _with_latin(words: frozenset[str]) -> frozenset[str]:
    """Cue words written in Cyrillic also as their Latin skeleton ("нет" -> "net")."""
    return words | frozenset(transliterate(w) for w in words)


PRE = _with_latin(
    _words(
        "no not without never nor neither none nothing zero don doesn didn isn aren wasn weren haven hasn hadn "
        "dont doesnt didnt isnt arent wasnt havent hasnt denies deny free "
        "kein keine keinen keiner keines keins nicht nix nichts ohne weder nie niemals "
        # Swiss and Austrian German: "kei Fieber", "ka Fieber", "koa Schmerz", "nöd", "ned"
        "kei keis ka koa koan kai nöd nod ned nit "
        "pas sans aucun aucune ni jamais ne n "
        # the forty-first round's: French "rien" (nothing) as "nothing", "nichts" -- "rien qui sent
        # mauvais" (nothing smelling bad), "rien ne coule"
        "rien "
        "нет не без ни никакой никакого никаких "
        "لا ما مافي مافيه مفيش مافيش ماكو بدون ليس ليست مش مو ولا لم "
        # Egyptian "I have not" as one word: "معنديش حرارة", "ماعنديش وجع"
        "معنديش ماعنديش معنديش معندهاش معندوش "
        "mafi mafish mafeesh mish "
        # Darija (Moroccan) carries its negation in a "-ch" suffix: "ma kaynch ri7a" (there is no
        # smell), "ma3andich s5ana" (I have no fever), "ماكاينش", "ماعنديش"; the bare "ma" of
        # Arabizi stays out (French "ma" is "my")
        "kaynch kaynsh makaynch makaynsh ma3andich ma3ndich ma3ndish 3andich 3ndich mafihch mafihsh "
        "كاينش ماكاينش ماكينش عنديش"
    )
)
POST = _with_latin(
    _words(
        "yok yoktu degil değil olmadi olmadı kalmadi kalmadı keins keine keinen nicht nix nichts нет none "
        # "Fieber hatte ich nie" (never had a fever): the symptom told first, then "never"
        "nie niemals "
        "nimma nimmer nümme nüm "
        # "Fieber nein" -- a symptom answered like a checklist item
        "nein"
    )
)
# Allowed between a cue and its first symptom.
LEAD_FILLERS = _with_latin(
    _words(
        "i t s have has had got get getting it is there was are were my any a an the of feel feeling "
        "see seeing notice noticed really much more signs sign real major serious and also too either "
        "actual actually proper "
        # "not short of breath (at all)": the phrase's own "short" before its symptom
        "short "
        # "not out of breath", "never out of breath": the phrase's own "out" before its symptom
        "out "
        "ich habe hab hat es ist gibt mehr mal eine einen ein irgendwelche so richtig wirklich auch  hatte hatt hatten gehabt "
        # "keine richtigen Schmerzen", "keine echte Schwellung": no real pain
        "richtigen richtige richtiger echten echte echter "
        # how strong the sign denied is: "keine starken Schmerzen", "no severe pain", "pas de
        # forte douleur", "нет сильных болей" -- the strong sign is what is denied
        "starke starken starker heftige heftigen severe strong forte fortes grosse grosses "
        "сильных сильная сильные сильный "
        # ... also as a comparative or a colloquial intensifier (the fortieth round's): "keine
        # stärkeren Schmerzen", "no crazy pain", "no big swelling", "pas de grandes douleurs",
        # "нет сильнее боли"
        "starkeren staerkeren starkere staerkere grossen grosseren schlimmen schlimmeren "
        "crazy big huge terrible awful unbearable extreme excessive "
        "grande grandes enormes enorme "
        "больших большой сильнее "
        "j ai a il y je me vois eu plus de d du des la le les l vraiment aucune aussi suis "
        # "rien *qui* sent mauvais", "rien *qui* coule": the relative after "rien" leads to its sign
        "qui "
        "у меня есть было была был вообще совсем особо сильной сильного тоже "
        # "жидкости нигде нет" (no fluid anywhere): the place word between the sign and its
        # post-posed "нет" (the forty-second round's)
        "нигде "
        # "боли почти нет" (almost no pain): the pain all but denied, as "no real pain" is (the
        # forty-seventh round's, dev52)
        "почти "
        "hic hiç bir hicbir hiçbir hicbiri hiçbiri ikisi de da fazla pek cok çok simdi şimdi artik artık "
        "falan filan felan "
        "عندي عندى فيه في يوجد هناك اي أي لدي عنده عندها ابدا أبدا شي اشي كان صار حتى كمان برضو ايضا "
        # Levantine and Gulf "in me": "ما فيني حرارة", "ما فيي وجع" (I have no fever, no pain)
        "فيني فيي فيا "
        "3ndi 3andi fi "
        # Arabizi "any" (اي) after "I have no": "ma 3andi ay di2 nafas" (the forty-ninth round's)
        "ay ayy "
        # a quality word before the symptom: "no *bad* smell", "kein *komischer* Geruch"
        "bad foul funny weird strange unusual nasty komischer schlechter ubler mauvaise kotu "
        "плохого неприятного "
        # a colour before the sign denied: "нет тёмных пятен", "no dark spots", "keine dunklen
        # Flecken" (NHS 'Sepsis': mottled or dark skin is the sign; denied, it is absent)
        "темных тёмных черных чёрных синих dark black dunklen dunkle schwarzen "
        # ... so a yellow or green one: "no yellow crusts", "keine gelben Krusten", "pas de croûtes
        # jaunes" is told with its colour after it, "sarı kabuk yok", "нет жёлтых корок", "ما في
        # قشور صفرا" -- the forty-first round's, the infected crust denied is absent
        "yellow green gelbe gelben gelber grune grunen grüne grünen jaune jaunes verte vertes verdatre "
        "sari sarı yesil yeşil желтых жёлтых желтой жёлтой зеленых зелёных صفرا صفراء اصفر خضرا خضراء "
        # "no *fresh* bleeding", "keine *neue* Blutung", "pas de *nouveau* saignement", "*yeni*
        # kanama yok", "нет *свежей* крови": only the new, active sign is denied
        "fresh new active frische frisches frischen neue neues neuen nouveau nouvelle nouveaux "
        "frais fraiche yeni taze свежей свежего свежих новой нового новых جديد طازج"
    )
)
# Allowed inside a list ("no redness *or* pus", "pas de rougeur *ni de* pus").
LIST_WORDS = _with_latin(
    _words(
        "or and nor any a an the of no oder und noch kein keine ou et ni de d du des la le les "
        "или и ни или ve veya ya da yada ne و او أو ولا wala wla walla "
        # Arabizi "w" (and) written apart: "ma fi waram w 7arara"
        "w"
    )
)
# A relative word between a denied body part and its sign ("pas de plaie *qui* coule").
RELATIVES = _with_latin(
    _words("qui that which die der das который которая которое которые اللي الي")
)
PREPOSITIONS = _with_latin(
    _words(
        "in on at my the his her of au aux à a dans la le du des in im am der die den an в на у في بال ب"
    )
)
TERMINATORS = _words(
    "but though although however except yet just only "
    "aber doch jedoch sondern nur "
    "mais sauf pourtant seulement juste "
    "но однако зато только а "
    "ama fakat ancak sadece yalnız yalniz "
    "لكن بس ولكن لاكن الا إلا bas bs lakin"
)
# The Russian contrasts in Latin letters ("а" -> "a", "но" -> "no") end a scope only on the
# Latin view of a Russian message: on the folded view "a" and "no" are English and French
# ("I don't have *a* temperature", "il y *a*", "*no* fever").
LATIN_TERMINATORS = _with_latin(TERMINATORS) - TERMINATORS

_SYMPTOM_STEMS = (
    # en
    "fever feverish temp temperature chill shiver pus discharg ooz redness swell puff bleed "
    "blood pain hurt ache sore smell odor odour stink infect inflam nausea nauseous vomit dizz "
    "numb itch bruis leak fluid headache cough shortness breath breathless problem issue "
    "constipat bloat queasy "
    "complication symptom warmth heat crust scab flash floater blurr curtain tightness throbbing "
    "trouble difficulty breathing vision fainting dizzy shadow shadows flashes "
    "hot warm red swollen painful hard tender hives rash welts tingl "
    # "no hard lump", "keine Knoten", "pas de boule", "yumru yok", "шишек нет"
    "lump lumps knoten boule yumru "
    # de (compounds: wadenschmerzen)
    "fieber temperatur schuttelfrost eiter ausfluss rotung gerotet schwellung geschwollen blut "
    "schmerz weh geruch infektion entzund ubelkeit erbrech schwindel taub juck bluterguss nasst "
    "beschwerde atemnot warm heiss rot roetung geroetet schuettelfrost uebelkeit naesst entzuend riech "
    "luftnot kurzatmig quaddel ausschlag kribbel schatten blitze lichtblitze vorhang schleier verstopf ubel uebel "
    # the belly told "nicht aufgebläht" (folded "aufgeblaht") or "keine Blähungen": the bloating
    # the patient denies after an egg collection (the fiftieth round's lead)
    "aufgebl blah blaeh "
    # fr
    "fievre temperature frisson ecoulement rougeur rouge gonfl enfl oedeme saign sang douleur "
    "douloureu mal odeur nausee vomiss vertige demang hematome suint probleme chaleur essouffl "
    "difficult urticaire plaques eruption fourmill ombre eclair constip ballonn "
    # the smell told with the verb ("rien qui sent mauvais", "ça ne pue pas"), as "smell",
    # "riech" and "koku" are stems
    "sent pue puant "
    # "pas de rideau" (no curtain over the sight), as "no curtain", "kein Vorhang", "perde yok"
    "rideau "
    # a crust or scab denied with its adjective after it ("pas de croûte infectée", "kein
    # Schorf entzündet", "kabuk yok"): the crust and what is told of it are denied together
    "croute croutes kruste krusten schorf "
    # tr
    "ates hararet titreme irin akinti akinti kizar kizarik sislik sis kanama kan agri acı aci "
    "koku enfeksiyon iltihap bulanti kusma uyusma kasinti morarma morluk sizinti sorun "
    "cerahat nefes darlig kurdesen dokuntu kabarik karincal golge perde simsek kabiz siskin siskinlik "
    # "ışık çakması yok" (no flashes of light)
    "isik cakma "
    # "kabuk yok" (no crust)
    "kabuk "
    # "sertlik yok" (no hardness)
    "sert "
    # Arabizi
    "7arara 7rara 7umma sokhna s5ona skhona sokhon skhon so5on dam nazif waram wa2m sadid sadeed "
    # "wala e7mirar" (nor redness) spelt with an i
    "e7mirar i7mirar ihmirar "
    # "ma fi di2 nafas" (no shortness of breath): the breath denied as in Arabic script
    "di2 dii2 dee2 nafas nafes "
    # Levantine "ma fi waja3, ma fi nfakh" (no pain, no swelling)
    "waja3 wja3 wjaa3 nfakh nafkh nfa5 ntfakh "
    "waga3 wage3 alam e7merar i7merar ihmerar a7marar a7mrar e7mrar "
    "ri7a re7a tafa7 7asasiye"
)
_RU_STEMS = (
    "температур жар озноб гно гной выделени покраснени красн отек отёк опух кровотеч кров "
    "бол запах инфекци воспал тошн рвот головокруж онемени зуд синяк проблем одышк горяч слабост "
    "крапивниц сыпь сыпи высыпан покалыв вспышк мушк пелен шторк запор вздут раздут вон "
    # "не мокнет" (not weeping)
    "мокн шишк пятн пятен корк корочк "
    # "жидкости нигде нет" (no fluid collecting, the seroma denied): the forty-second round's
    "жидкост"
)
_AR_STEMS = (
    "حراره حمي سخونه سخونيه رجفه قشعريره صديد قيح افرازات احمرار تورم انتفاخ ورم نزيف دم الم "
    "منتفخ منفوخ متورم وارم محمر "
    # a belly told tight or hard and denied ("بطني مو مشدود", "ما هو قاسي"): the predicate
    # after the cue is the symptom the cue governs
    "مشدود قاسي "
    "وجع ريحه رائحه التهاب عدوي غثيان استفراغ ترجيع دوخه دوار تنميل حكه كدمات كدمه مشاكل مشكله "
    "اعراض ضيق صعوبه طفح حساسيه ومضات امساك قشره قشور ملتهب "
    # the fortieth round's: "وما فيه ستارة" (and no curtain over the sight) -- the curtain of
    # a detached retina denied as "no curtain", "kein Vorhang", "pas de rideau", "perde yok"
    "ستاره "
    # the bleeding told with the verb and denied ("ما ينزف", "مش بتنزف"): the verb as the noun
    "ينزف تنزف بينزف بتنزف"
)
_BODY_STEMS = (
    "chest calf calves leg eye stomach belly tummy head breast wound scalp nose jaw neck throat "
    "ankle arm back shoulder incision "
    "gum gums "
    "brust wade bein auge bauch kopf wunde nase kiefer hals zahnfleisch "
    "poitrine mollet jambe oeil yeux ventre tete sein plaie nez machoire cou gorge gencive gencives "
    "gogus gogs baldir bacak bacag goz karin karn mide bas meme yara burun cene boyun bogaz "
    "груд икр ног глаз живот голов ран нос челюст ше горл"
)
_AR_BODY = "صدر ساق رجل عين بطن راس ثدي جرح انف فك رقبه"
_AR_CLITIC = "(?:و|ف|ب|ل|ال|وال|بال|فال|لل)?"


def _alternation(stems: str) -> str:
    return "|".join(sorted({re.escape(fold(s)) for s in stems.split()}, key=len, reverse=True))


@lru_cache(maxsize=1)
def _matchers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    latin_ru = " ".join(transliterate(fold(s)) for s in _RU_STEMS.split())
    symptom = re.compile(
        rf"^(?:\w*(?:schmerz|schwellung|blutung|rotung)|(?:{_alternation(_SYMPTOM_STEMS + ' ' + _RU_STEMS + ' ' + latin_ru)})|"
        rf"{_AR_CLITIC}(?:{_alternation(_AR_STEMS)}))"
    )
    latin_body = " ".join(transliterate(fold(s)) for s in _BODY_STEMS.split() if s.isalpha())
    body = re.compile(
        rf"^(?:(?:{_alternation(_BODY_STEMS + ' ' + latin_body)})|{_AR_CLITIC}(?:{_alternation(_AR_BODY)}))"
    )
    return symptom, body


_TOKEN = re.compile(r"[^\W_]+|[.,;:!?()\n/\-]")
_SENTENCE_END = frozenset(".;:!?()\n")
_SEPARATORS = frozenset(",/-")
# Turkish negative verb forms ("ağrımıyor", "kanamadı", "şişmedi", "acımıyor") negate themselves.
_TR_NEGATIVE_VERB = re.compile(
    r"\b(agri|aci|kana|ak|sis|kasin|siz|yan|kizar|zonkla|irinlen|iltihaplan)m[iuae](yor|yo\b|di|d[iu]\b|z\b)\w*"
)

# Spoken French drops the "ne": "ça saigne plus" (no longer bleeds), "ça coule pas", "ça
# gratte jamais". Not "pas mal" (quite a lot), "plus que"/"plus de"/"plus fort"/"de plus en
# plus" (more). So "je vomis pas", "je vomis plus" (the forty-eighth round's, dev53): the
# vomiting denied as "je ne vomis pas" is.
_FR_SPOKEN_NEGATIVE = re.compile(
    r"\b(saign|coul|suint|gonfl|enfl|brul|gratt|lanc|suppur|pique|pu|vomi)\w* (plus|pas|jamais)\b"
    r"(?! (mal|que|qu|de|d|fort|en plus|trop)\b)"
    # "pas la tête qui tourne", "pas de vertiges": the dizziness denied in spoken French
    r"|\b(pas|plus|jamais|sans) (la |de |d')?(tete qui tourne|vertiges?)\b"
)

# A symptom said to be over ("pain is basically gone", "Blutung hat aufgehört", "кровь не
# идёт", "ağrı geçti"): the symptom word is as absent as a negated one. Only the span from the
# symptom to its verb is covered, so "pain is gone but the calf is swollen" keeps the calf.
_RESOLVED_SOURCES = (
    r"\b(pain|swelling|bleeding|redness|fever|temperature|discharge|oozing|leak)\w* (is |has |have "
    r"|s )?(basically |almost |completely |totally |now |all |pretty much )?(gone|stopped|disappeared"
    r"|cleared)\b",
    r"\b(schmerz|schwellung|blutung|rötung|fieber|ausfluss)\w* (ist |sind |hat |haben )?(fast |ganz "
    r"|komplett |jetzt |schon )?(weg|verschwunden|vorbei|aufgehört)",
    r"\b(douleur|gonflement|saignement|rougeur|fièvre|écoulement)\w* (a |est |sont |ont )?(presque "
    r"|complètement |totalement |déjà )?(disparu|partie?s?|arrêté|passée?s?)\b",
    r"\b(ağrı|şişlik|kanama|kızarıklık|ateş|akıntı)\w* (tamamen |neredeyse |artık )?(geçti|kalmadı"
    r"|durdu|bitti|kayboldu|geçiyor|geçiyo|geçio)",
    # Russian: the symptom then its negated verb ("кровь не идёт", "гной не выделяется")
    r"(кров|гно|температур|отек|опухол|выделени|бол|покраснени)\w* (не|нет) (ид|теч|капа|сочит"
    r"|поднима|бол|быва|появ|беспоко|усилива|выделя)\w*",
    # the symptom in the genitive, then "не было" ("температуры ни разу не было", "гноя не было")
    r"(температур|жар|гно|кров|отек|отёк|опухол|выделени|покраснени|боли)\w* (ни разу |вообще |совсем "
    r"|пока |еще |ещё )?не (было|бывало|поднималась|поднимал)\w*",
    r"(боль|отек|кровотечени|кровь|покраснени|температур)\w* (почти |совсем |уже )?(прошл|прош[её]л"
    r"|ушл|спал|остановил|пропал)\w*",
    # a symptom denied inside one word: "schmerzfrei", "fieberfrei", "pain-free", "painless",
    # "indolore", "ağrısız", "безболезненн"
    r"\b\w*(schmerz|fieber|beschwerde|blutung|geruch)\w*frei\b",
    r"\b(pain|fever|symptom|trouble)[- ]?(free|less)\b",
    # the fiftieth round's (dev55): "I'm not in pain", "not in any pain", "never in much pain" --
    # the pain denied through "in", which the forward scope does not pass
    r"\b(not|never|n't|nt) (really |actually |even )?in (any |much )?pain\b",
    r"\b(indolore|apyrétique)s?\b",
    r"\b(ağrısız|sızısız|ateşsiz|akıntısız)\b",
    r"безболезненн\w*",
    # Turkish "not like pus" ("irin gibi değil"): the comparison is denied
    r"\b(irin|iltihap|kan|cerahat)\w* gibi (değil|degil)",
    # the fiftieth round's lead: a discharge told not coming ("yaradan sıvı gelmiyor", "kan
    # gelmedi") -- only the discharges: urine that does not come ("idrarım gelmiyor") is a sign
    r"\b(sıvı|akıntı|sızıntı|irin|cerahat|kan)\w* (hiç |pek |artık )?gelm(iyor|iyo|io|edi|ez)\w*",
    # ... and nothing told seeping in Russian ("из шва ничего не сочится", "ничего не течёт")
    r"\b(ничего|ничто)( больше| уже| вообще)? не (сочи|теч|выделя|капа|мокн)\w*",
)


@lru_cache(maxsize=1)
def _resolved() -> tuple[re.Pattern[str], ...]:
    compiled = [re.compile(fold(source)) for source in _RESOLVED_SOURCES]
    compiled += [
        re.compile(transliterate(fold(source)))
        for source in _RESOLVED_SOURCES
        if re.search("[\u0400-\u04ff]", source)
    ]
    return tuple(compiled)


Span = tuple[int, int]

# A negation one or two words before a word it governs, per language: a complaint pair's last
# word ("vision *isnt* getting worse", "Auge *nicht* rot", "la plaie *n'est pas* chaude", "глаз
# *не* красный") or an improvement word ("*not* getting better", "*nicht* besser", "*pas* mieux",
# "*hiç* iyileşmedi", "*не* лучше", "*مو* احسن"). One table for both readings
# (:func:`word_denied_before`), so a cue added for one language serves both.
WORD_BEFORE_CUES: dict[str, tuple[str, ...]] = {
    "en": (
        r"\w*n't",
        r"isn'?t|aren'?t|wasn'?t|doesn'?t|don'?t|didn'?t|hasn'?t|haven'?t|won'?t",
        r"not|no longer|never|nothing(?! but)",
    ),
    "de": (r"nicht|kein\w*|nie",),
    "fr": (r"pas|plus|jamais",),
    "tr": (r"değil|hiç",),
    "ru": (r"не|ни|мо",),
    "ar": (r"مو|مش|ما|لا|مب",),
    # Arabizi "mo" (not)
    "arabizi": (r"mo",),
}


@lru_cache(maxsize=1)
def word_denied_before() -> re.Pattern[str]:
    """A negation cue, then at most one word, at the end of the text searched."""
    cues = "|".join(cue for group in WORD_BEFORE_CUES.values() for cue in group)
    # folded like the text it reads ("değil" is "degil" there, "hiç" is "hic")
    return re.compile(fold_pattern(rf"(\b({cues})\s+(\w+\s+)?)$"))


# Words a symptom stem starts but that are no symptom: German "kann" begins with Turkish "kan"
# (blood), so "ich kann nicht atmen" read "kann" as a symptom that "nicht" negates and hid the
# red flag told through what the patient can no longer do.
_NOT_SYMPTOMS = frozenset(("kann", "kannst", "konnte", "konnten", "konntest"))


def _is_symptom(token: str) -> bool:
    return token not in _NOT_SYMPTOMS and bool(_matchers()[0].match(token))


def _is_body(token: str) -> bool:
    return bool(_matchers()[1].match(token))


def _bare(tokens: list[tuple[int, int, str]], k: int, *, symptom_follows: bool = True) -> bool:
    """The word at ``k`` ends a list item: a separator, list word, cue or the end follows."""
    if k + 1 >= len(tokens):
        return True
    nxt = tokens[k + 1][2]
    return (
        nxt in _SEPARATORS
        or nxt in _SENTENCE_END
        or nxt in LIST_WORDS
        or nxt in TERMINATORS
        or nxt in POST
        or (symptom_follows and _is_symptom(nxt) and not _is_predicate(nxt))
    )


def _bare_before(tokens: list[tuple[int, int, str]], k: int) -> bool:
    if k == 0:
        return True
    prev = tokens[k - 1][2]
    return prev in _SEPARATORS or prev in _SENTENCE_END or prev in LIST_WORDS


def _listed_noun(token: str) -> bool:
    """A symptom noun before another, with no comma: "ates kizariklik akinti yok" is a list."""
    return _is_symptom(token) and not _is_predicate(token)


def _cue(token: str, cues: frozenset[str]) -> bool:
    """A cue, also with an Arabic conjunction clitic ("وما عندي حرارة", "فما في")."""
    return token in cues or (len(token) > 2 and token[0] in "وف" and token[1:] in cues)


def _forward(
    tokens: list[tuple[int, int, str]], i: int, terminators: frozenset[str] = TERMINATORS
) -> Span | None:
    if i + 1 < len(tokens) and (
        tokens[i + 1][2] in _SEPARATORS or tokens[i + 1][2] in _SENTENCE_END
    ):
        return None  # "no, it's getting worse": an answer, not a negated symptom
    last_end: int | None = None
    leading = inner = 0
    j = i + 1
    while j < len(tokens):
        _start, end, tok = tokens[j]
        if tok in _SENTENCE_END or tok in terminators:
            break
        if last_end is not None and (tok in _SEPARATORS or tok in LIST_WORDS or tok in PRE):
            j += 1
            continue
        if last_end is not None and tok in PREPOSITIONS and inner < 2:
            inner += 1  # "no pain *in my* calf", "pas de douleur *au* mollet"
            j += 1
            continue
        inner = 0
        if _is_symptom(tok):
            if last_end is not None and not _bare(tokens, j):
                break
            last_end = end
        elif (
            last_end is None  # the body part first after the cue, never one a list reaches
            and _is_body(tok)
            and j + 2 < len(tokens)
            and tokens[j + 1][2] in RELATIVES
            and _is_symptom(tokens[j + 2][2])
        ):
            # "pas de gencive qui saigne", "no gum that bleeds", "keine Wunde, die nässt":
            # the body part and the sign its relative clause tells are denied together
            last_end = tokens[j + 2][1]
            j += 3
            continue
        elif _is_body(tok) and (
            (
                j + 1 < len(tokens)
                and _is_symptom(tokens[j + 1][2])
                # the body part first after the cue is the thing denied, its predicate with
                # it: "pas de mollet gonflé", "no calf swollen or sore"; after a symptom it
                # asserts ("no fever, calf swollen")
                and (last_end is None or not _is_predicate(tokens[j + 1][2]))
            )
            or (last_end is not None and _bare(tokens, j, symptom_follows=False))
        ):
            last_end = end
        elif last_end is None and (tok in LEAD_FILLERS or tok in PRE) and leading < 4:
            leading += 1
        else:
            break
        j += 1
    if last_end is None:
        return None
    return (tokens[i][1], last_end)


def _backward(
    tokens: list[tuple[int, int, str]], i: int, terminators: frozenset[str] = TERMINATORS
) -> Span | None:
    first_start: int | None = None
    leading = 0
    j = i - 1
    while j >= 0:
        start, _end, tok = tokens[j]
        if tok in _SENTENCE_END or tok in terminators:
            break
        if first_start is not None and (tok in _SEPARATORS or tok in LIST_WORDS):
            j -= 1
            continue
        if _is_symptom(tok):
            if (
                first_start is not None
                and not _bare_before(tokens, j)
                and (_is_predicate(tok) or not _is_body(tokens[j - 1][2]))
                and not _listed_noun(tokens[j - 1][2])
                and not (_listed_noun(tok) and _listed_noun(tokens[j + 1][2]))
            ):
                break
            first_start = start
        elif _is_body(tok) and first_start is not None and _bare_before(tokens, j):
            first_start = start
        elif first_start is None and tok in LEAD_FILLERS and leading < 3:
            leading += 1
        else:
            break
        j -= 1
    if first_start is None:
        return None
    return (first_start, tokens[i][0])


_ADJECTIVES = frozenset(
    fold(w)
    for w in [
        "swollen",
        "red",
        "hot",
        "warm",
        "hard",
        "painful",
        "tender",
        "hurts",
        "hurting",
        "bleeding",
        "throbbing",
        "tight",
        "geschwollen",
        "rot",
        "heiss",
        "warm",
        "hart",
        "dick",
        "gerotet",
        "gonfle",
        "gonflee",
        "rouge",
        "chaud",
        "chaude",
        "dur",
        "dure",
        "douloureux",
        "douloureuse",
        "enfle",
        "sis",
        "sisti",
        "sismis",
        "kirmizi",
        "sicak",
        "sert",
        "опухла",
        "опух",
        "отекла",
        "красная",
        "горячая",
        "твердая",
        "болит",
        "распухла",
    ]
)


_PREDICATE_ENDING = re.compile(
    r"(?:iyor|iyo|uyor|uyo|ti|di|tu|du|mis|mus|ит|ят|ет|ла|ло|ли|it|iat|et|la|lo|li)$"
)


def _is_predicate(token: str) -> bool:
    """An adjective or verb ("swollen", "şişti", "болит"): a body part before it is asserted."""
    return (
        token in _ADJECTIVES
        or transliterate(token) in _ADJECTIVES
        or bool(_PREDICATE_ENDING.search(token))
    )


def scopes(view: str, *, latin: bool = False) -> list[Span]:
    """Character ranges of ``view`` that a negation cue governs; ``latin``: ``view`` is the
    Latin view of a Russian message (:class:`careflow_agents.text.Views`)."""
    tokens = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(view)]
    terminators = TERMINATORS | LATIN_TERMINATORS if latin else TERMINATORS
    spans: list[Span] = []
    for i, (_start, _end, tok) in enumerate(tokens):
        # on the Latin view of a Russian message "no" is "но" (but), never a negation: Russian
        # says "нет" ("temperatury net, no pokrasnenie rastet" -- the redness is affirmed)
        # Arabizi "w la" (ولا, "and no"/"nor") written as two words: "ma fi wara2 w la 7arara w
        # la dam" -- each "la" after "w" denies what follows it, as "ولا" does in Arabic script
        # (the bare "la" elsewhere is the French article, never a cue)
        arabizi_nor = tok == "la" and i > 0 and tokens[i - 1][2] == "w"
        if (_cue(tok, PRE) or arabizi_nor) and not (latin and tok in LATIN_TERMINATORS):
            span = _forward(tokens, i, terminators)
            if span:
                spans.append(span)
        if tok in POST:
            span = _backward(tokens, i, terminators)
            if span:
                spans.append(span)
    spans.extend(m.span() for m in _TR_NEGATIVE_VERB.finditer(view))
    spans.extend(m.span() for m in _FR_SPOKEN_NEGATIVE.finditer(view))
    spans.extend(m.span() for p in _resolved() for m in p.finditer(view))
    return spans


def inside(position: int, spans: list[Span]) -> bool:
    return any(start <= position < end for start, end in spans)
