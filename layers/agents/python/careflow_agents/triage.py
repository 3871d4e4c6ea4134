# ruff: noqa: RUF001, RUF003 -- the pre-op question table holds Cyrillic and Turkish words
"""Rules triage: red flags first, then intent and urgency of one (redacted) message.

This is both the offline ``rules`` provider and the safety floor under every model: whatever
a model says, a red flag found here makes the message ``urgent`` and escalates it.

Order of the screen (clinical safety before routing):

1. *Normalise* the message into its matching views (:mod:`careflow_agents.text`) and correct
   near-miss spellings of clinical words (:mod:`careflow_agents.spelling`).
2. *Red flags* from the catalogue (:mod:`careflow_agents.redflags`), in every stage and before
   intent; a hit inside a negation scope (:mod:`careflow_agents.negation`) does not count, any
   other hit does. Before an operation, a red flag counts unless the message is plainly
   hypothetical ("will it bleed a lot?") and says nothing of an operation already done.
3. *Post-op context*: the stage, or the message itself ("operated 5 days ago elsewhere").
4. *Symptoms* that are not red flags make a post-op message ``soon``; a symptom the rules cannot
   clear as ordinary healing (swelling, bruising, itching, crusts, numbness) -- or a post-op
   message the rules cannot read at all -- also asks for a person's ``review``. Ordinary healing
   mentioned beside a question about the care routine ("when can I shower?") is ``routine``,
   unless the patient asks to be seen or says they are worried. A post-op message the rules did
   not escalate (``soon`` or ``routine``) is then read by the learned red-flag detector
   (:mod:`careflow_agents.urgency_model`); over its threshold it is ``urgent`` (flag
   ``learned_red_flag``). The detector never clears anything.
5. *Intent* from the phrase tables, in both views.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Literal, get_args

from careflow_agents import complaints, lexicon, negation, redflags, urgency_model
from careflow_agents.text import Patterns, PhraseTables, Views, russian_in_latin, scripts_of

Intent = Literal[
    "treatment_enquiry",
    "price_quote",
    "appointment",
    "travel",
    "documents",
    "post_op_concern",
    "payment",
    "other",
]
Urgency = Literal["routine", "soon", "urgent"]

INTENTS: tuple[str, ...] = get_args(Intent)
URGENCY_ORDER: dict[str, int] = {"routine": 0, "soon": 1, "urgent": 2}
POST_OP_STAGES = frozenset({"in_treatment", "post_op"})
_MIN_WORDS_FOR_REVIEW = 4


@dataclass(frozen=True)
class Triage:
    intent: str
    urgency: str
    red_flags: tuple[str, ...] = ()
    negated_flags: tuple[str, ...] = ()
    symptoms: bool = False
    care_question: bool = False
    medical_question: bool = False
    matched_intents: tuple[str, ...] = field(default_factory=tuple)
    review: bool = False
    # The rules read the message's numbness as the local anaesthetic still working: told in
    # hours, no bite, burn or spill gone unnoticed, nothing else they could not clear. The
    # learned detector is not asked then (see :func:`triage`).
    anaesthetic_hours: bool = False


# The thirty-fifth round's: before an operation, a question about pain or bleeding asked of
# everybody -- French "on", German "man", English "you" or "one", the Turkish aorist "olur mu",
# Russian "бывает ли", an Arabic "هل" question -- is about what is to come (a pre-op enquiry),
# not a sign told now; a time that makes it now ("depuis ce matin", "seit heute", "من امس"), the
# first person or the wound in the sentence keeps it a sign. Read only before an operation with
# nothing saying it was done (``hypothetical`` in :func:`_by_rules`). The break before a question
# is looked behind, not taken: two questions in a row ("c'est douloureux ? et ça saigne beaucoup
# ?") are each read, the first one's mark not eaten by the second's start.
_NOW_FR = r"\b(je|j'|mon|ma|mes|me|m'|moi|depuis|toujours|arrête pas|aujourd'hui|hier|maintenant|encore)\b"
_NOW_DE = r"\b(ich|mein\w*|mir|mich|seit|immer noch|heute|gestern|jetzt|noch)\b"
_NOW_EN = r"\b(i|my|me|i'?m|mine|since|nonstop|non-stop|today|yesterday|now|still|this)\b"
_NOW_RU = r"(у меня|\bя\b|\bмне\b|\bмой\b|\bмоя\b|\bменя\b|\bуже\b|с утра|со вчера|вчера|сегодня|сейчас|до сих пор)"
# (the forty-fourth round's: as whole words, a conjunction "و"/"ف" allowed before -- "ده" of
# now is not the "ده" inside "الدهون", nor "دي" the end of "ايدي")
_NOW_AR = (
    r"(?<!\w)(و|ف)?(الحين|الان|هلق|هلا|دلوقتي|دلوقت|اليوم|من امس|من الصبح|من يومين|من ساعه|هذا|هذه|هاد|هادا|ده|دي"
    r"|جرحي|الجرح|الغرز|الشق|مكان العمليه|ما وقف|ما يوقف|مستمر)(?!\w)"
)
_PREOP_QUESTIONS: tuple[str, ...] = (
    # French "on" of everybody: "et on saigne beaucoup ?", "on a mal combien de temps ?"
    rf"(?:^|(?<=[.!?]))\s*(et |mais |alors )?(est-ce qu'|est ce qu')?on (\w+ ){{0,2}}(saigne|a mal|gonfle|souffre|a des (douleurs|bleus|saignements))\b(?:(?!{_NOW_FR})[^.!?\n]){{0,50}}\?",
    # the impersonal "it" of the operation, as the "on" above: "et ça saigne beaucoup ?",
    # "does it bleed a lot?", "blutet es stark?", "это больно? сильно кровит?", "بتنزف كتير؟";
    # the question ends a few words after the sign, with no comma -- "ça saigne beaucoup, je
    # fais quoi ?", "сильно кровит из носа, что делать?" tell a bleed now and ask what to do
    rf"(?:^|(?<=[.!?]))\s*(et |mais |alors )?(est-ce que |est ce que )?(ça|ca|c'est|c'|cela) (\w+ ){{0,1}}(saigne|fait mal|gonfle|enfle|douloureu\w*)\b(?:(?!{_NOW_FR})[^.!?\n,]){{0,25}}\?",
    rf"(?:^|(?<=[.!?]))\s*(and |but |so )?(does|will|would) it (usually |normally )?(bleed|hurt|swell|bruise)\b(?:(?!{_NOW_EN})[^.!?\n,]){{0,25}}\?",
    rf"(?:^|(?<=[.!?]))\s*(und |aber |also )?(blutet (es|das)|schwillt (es|das)|tut (es|das) (\w+ )?weh)\b(?:(?!{_NOW_DE})[^.!?\n,]){{0,25}}\?",
    rf"(?:^|(?<=[.!?]))\s*(а |и |но )?это (\w+ )?(больно|сильно кровит|много кровит|кровит сильно|кровит много)(?:(?!{_NOW_RU})[^.!?\n,]){{0,20}}\?",
    rf"(?:^|(?<=[.!?؟\n،,]))\s*(و|ف)?(بتوجع|بيوجع|بتنزف|بينزف|تنزف|ينزف|توجع|يوجع)(?:(?!{_NOW_AR})[^.!?؟\n،,]){{0,20}}[؟?]",
    # German "man": "blutet man viel?", "hat man lange Schmerzen?" (each cue names the sign: a
    # question beside a sign told now, "I'm bleeding a lot, do you need a photo?", is none)
    rf"(?:^|(?<=[.!?]))\s*(und |aber |also )?(blutet man|schwillt man|leidet man|hat man (\w+ ){{0,3}}(schmerz|blutung|schwellung|blaue)\w*)\b(?:(?!{_NOW_DE})[^.!?\n]){{0,50}}\?",
    # the forty-fifth round's: the same "man" question after a comma, the clause before it
    # asking too with nothing of now ("Wie schmerzhaft ist die Punktion, blutet man danach
    # stark?"); "ich blute seit heute stark, blutet man so?" keeps its now-word before the comma
    rf"(?:^|(?<=[.!?]))(?:(?!{_NOW_DE})[^.!?\n]){{0,60}},\s*(und |aber |also )?(blutet man|schwillt man|hat man (\w+ ){{0,3}}(schmerz|blutung|schwellung|blaue)\w*)\b(?:(?!{_NOW_DE})[^.!?\n]){{0,50}}\?",
    # ... and the Russian "при <операции> сильно больно?" asked of the operation, a fear told
    # before it ("я боюсь боли, при липосакции сильно больно?", in Latin letters too: "ya boyus
    # boli ... pri BBL silno bolno?") -- with nothing else of now in the sentence
    rf"(?:^|(?<=[.!?]))\s*(а |и |но )?(я (очень |так )?боюсь (\w+ ){{0,3}})?(?:(?!{_NOW_RU})[^.!?\n]){{0,20}}\bпри (\w+ ){{1,2}}(сильно |очень |много )?(больно|кровит|болит|отекает)\b(?:(?!{_NOW_RU})[^.!?\n,]){{0,20}}\?",
    # English "you" or "one" of everybody, and "is the pain bad?" asked before it is done
    rf"(?:^|(?<=[.!?]))\s*(and |but |so )?(do|does|will) (you|one|people|patients) (usually |normally )?(bleed|hurt|swell|bruise|(get|have|feel) (\w+ ){{0,2}}(pain|bleeding|swelling|bruis\w*))\b(?:(?!{_NOW_EN})[^.!?\n]){{0,50}}\?",
    rf"(?:^|(?<=[.!?]))\s*(and |but |so )?(is|will) the (pain|bleeding|swelling)\b(?:(?!{_NOW_EN})[^.!?\n]){{0,40}}\?",
    # Turkish aorist of the general case: "kanama olur mu?", "çok ağrı olur mu?"
    r"\b(kanama|ağrı|acı|şişlik|morarma)\w*\s(\w+\s){0,2}(olur|yapar)\s?m[ıiuü]\b",
    # Russian "бывает ли сильная боль?", "больно ли?", "сильно ли кровит после?"
    rf"(бывает|будет)( ли)? (\w+ ){{0,2}}(кровотечени|боль|бол|отек|отёк|синяк)\w*(?:(?!{_NOW_RU})[^.!?\n]){{0,40}}\?|\b(больно|кровит|болит) ли\b(?:(?!{_NOW_RU})[^.!?\n]){{0,40}}\?",
    # an Arabic yes-no question opened by "هل" with the sign in it and nothing of now or of the
    # wound ("وهل الالم قوي؟"), and the near future of a sign ("هل بيصير عندي نزيف بعد الزراعه؟")
    rf"(?:^|(?<=[.!?؟\n،,]))\s*(و|ف)?هل\s(?:(?!{_NOW_AR})[^.!?؟\n]){{0,30}}((?<!\w)(ال)?(نزيف|الم|وجع|دم|تورم|انتفاخ)(?!\w)|ينزف|يوجع)"
    rf"(?:(?!{_NOW_AR})[^.!?؟\n]){{0,30}}[؟?]",
    # the forty-third round's: the Egyptian yes-no "هو" with the operation named before the sign
    # ("هو تكبير الصدر بيوجع قوي؟", "هي العملية بتوجع؟"): asked of the operation, as the
    # impersonal "it" above -- nothing of now or of the wound before or after the sign
    # (the now-words as whole words here: "ده" of now is not the "ده" inside "الدهون")
    rf"(?:^|(?<=[.!?؟\n،,]))\s*(و|ف)?(هو|هي)\s(?:(?!(?<!\w){_NOW_AR}(?!\w))[^.!?؟\n،,]){{0,30}}(بتوجع|بيوجع|بتنزف|بينزف|تنزف|ينزف|توجع|يوجع)"
    rf"(?:(?!(?<!\w){_NOW_AR}(?!\w))[^.!?؟\n،,]){{0,20}}[؟?]",
    r"(?:^|(?<=[.!?؟\n،,]))\s*(و|ف)?(هل )?(بيصير|يصير|راح يصير|رح يصير|بيكون|راح يكون|حيكون|هيكون) (عندي |عندك |فيه |في )?(نزيف|الم|وجع|تورم|انتفاخ)",
)


# The forty-fifth round's: after an operation, a chest soreness told as mild beside a painkiller
# asked about ("can I take Panadol with the antibiotic? the chest pain is mild", "kann ich
# Ibuprofen nehmen? die Brust tut leicht weh", "يوجعني صدري شوية، ينفع مسكن؟") is the operation's
# own pain after a breast operation (ASPS 'Breast augmentation recovery': soreness of the chest
# for days, eased by the prescribed painkillers) -- not the cardiac chest pain of the catalogue.
# Anything NHS 'Chest pain' sends to 999 keeps it urgent, told anywhere in the message: breath,
# spreading to the arm, jaw or back, sweat or sickness, sudden, tight, heavy or pressing, a racing
# heart. Read after an operation only (``chest_sore`` in :func:`_by_rules`).
_CHEST_MILD = (
    r"(mild|slight|a (little|bit)|not (bad|strong)|leicht\w*|etwas|bisschen|wenig|légère?s?|un peu|pas fort"
    r"|hafif|biraz|лёгк\w*|легк\w*|небольш\w*|немного|слегка|чуть|несильн\w*|خفيف\w*|بسيط\w*|شوي\w*|شويه|شوية|مش قوي)"
)
_CHEST_WORD = r"(chest|brust|poitrine|göğ\w*|груд\w*|(ال)?صدر\w*)"
_CHEST_PAINKILLER = (
    r"(paracetamol|panadol|ibuprofen|painkill\w*|pain relief|tylenol|advil|nurofen|schmerzmittel\w*|novalgin"
    r"|doliprane|dafalgan|efferalgan|antalgique\w*|ağrı kesici\w*|parol|majezik|парацетамол\w*"
    r"|обезболивающ\w*|нурофен\w*|ибупрофен\w*|بنادول|بانادول|مسكن\w*|باراسيتامول|بروفين|سيتال)"
)
_CHEST_DANGER = (
    r"(breath|arm\b|jaw|back|sweat|sick|vomit|sudden|tight|heavy|pressure|crush|racing|palpitat"
    r"|atem|luft|kiefer|rücken|schweiß|schwitz|übel|plötzlich|\beng|druck|herzrasen"
    r"|souffle|respir|bras\b|mâchoire|dos\b|sueur|nausée|vomi|soudain|serr|oppress|palpit"
    r"|nefes|\bkol|çene|sırt|\bterl\w*|bulantı|kus|aniden|birden|sıkış|baskı|çarpıntı"
    r"|дыш|дыха|задыха|рук|челюст|спин|пот\b|потею|тошн|рвот|внезапн|резко|давит|сжима|сердцебиен"
    r"|نفس|تنفس|ذراع|دراع|ايدي|فك|ظهر|عرق|استفراغ|ترجيع|غثيان|فجأة|فجاه|ضغط|ضاغط|ثقل|يعصر|خفقان"
    # dizziness or a faint with it (NHS: chest pain with feeling dizzy or fainting)
    r"|dizz|light-?headed|faint|schwindel|ohnmächt|vertige|étourdi|évanou|baş(ım)? dön|bayıl|головокруж|обморок|دوخة|دايخ|ادوخ|اغمى|أغمى)"
)
_CHEST_MILD_TOLD = (
    rf"({_CHEST_MILD}[^.!?؟\n]{{0,25}}{_CHEST_WORD}|{_CHEST_WORD}[^.!?؟\n]{{0,25}}{_CHEST_MILD})"
)
_CHEST_SORE = (
    rf"^(?=[\s\S]*{_CHEST_MILD_TOLD})(?=[\s\S]*{_CHEST_PAINKILLER})(?![\s\S]*{_CHEST_DANGER})",
)
# ... the clause that tells it: its pain is the ordinary soreness then, no unexplained symptom
_CHEST_SORE_CLAUSE = (rf"[^.!?؟\n،,]*{_CHEST_MILD_TOLD}[^.!?؟\n،,]*",)


# The forty-ninth round's (dev54): a medication question whose only symptom is the ordinary reason
# for the medicine -- a pain or an ache the painkiller is asked for ("can I take ibuprofen for a
# headache?", "darf ich Ibuprofen wegen Kopfweh nehmen?", "je peux prendre un Doliprane pour le
# mal de tête ?", "baş ağrısı için parol alabilir miyim?", "можно нурофен от головной боли?",
# "ينفع اخد بنادول عشان الصداع؟"), or a pain told mild beside a painkiller asked ("a bit of pain
# when I chew -- Panadol with the antibiotic?") -- is the course the prescribed painkillers treat
# (NHS 'Recovering from an operation': pain for days, eased by the painkillers; NICE CG173 on
# mild pain). Whether the drug may be taken, combined or stopped is the surgeon's answer to
# approve (the labelling guide: post-op medication questions are routine + await_approval).
# Anything that makes the pain more than ordinary keeps the same-day look, told anywhere and not
# denied (:data:`_MEDICINE_DANGER`): fever, worse or not helped by the painkillers, severe,
# swelling, redness, pus, bleeding, vomiting, worse standing up, a calf or a leg, numbness, sight.
_MEDICINE_PAIN = (
    r"(\b(pain\w*|aches?|aching|headaches?|sore\w*|hurts?|hurting|discomfort|cramp\w*|itch\w*"
    r"|schmerz\w*|kopfweh|kopfschmerz\w*|wehtut|juck\w*|kr[aä]mpf\w*"
    r"|douleur\w*|mal (de t[eê]te|à la t[eê]te|aux? \w+|à la \w+)|migraine\w*|d[eé]mang\w*|crampes?"
    r"|a[gğ]r[ıi]\w*|s[ıi]z[ıi]\w*|ka[sş][ıi]n\w*|kramp\w*)\b"
    r"|(бол[иьея]\w*|головн\w* бол\w*|ноет|ноющ\w*|зуд\w*|чешет\w*|спазм\w*)"
    r"|(وجع|الوجع|يوجع\w*|بيوجع\w*|ألم|الم|الألم|صداع|الصداع|حكه|حكة|مغص|تقلصات))"
)
_MEDICINE_NAMED = (
    rf"({_CHEST_PAINKILLER}|\b(something|anything|tablets?|pills?|antihistamin\w*|cetirizin\w*|loratadin\w*"
    r"|etwas|tabletten?|mittel|quelque chose|un truc|comprim[eé]s?|cachets?|bir [sş]ey|hap\w*|ila[cç]\w*)\b"
    r"|(что-нибудь|что-то|таблетк\w*|антигистамин\w*)|(حاجه|حاجة|شي|اشي|حبوب|حبه|حبة|دوا|دواء))"
)
_MEDICINE_FOR = (
    r"(\b(for|because of|against|wegen|gegen|f[uü]r|pour|contre|à cause d[eu']|\w+ cause d[eu'])\b"
    r"|(от|из-за)|(عشان|علشان|بسبب|ضد|لاجل|لأجل))"
)
_MEDICINE_REASON = (
    # the medicine, then what it is for: "ibuprofen for a headache", "nurofen от боли"
    rf"{_MEDICINE_NAMED}[^.!?؟\n]{{0,40}}{_MEDICINE_FOR} ?(\w+ ){{0,2}}?(لل|ل|ال)?{_MEDICINE_PAIN}",
    # what it is for, then the medicine: "wegen Kopfweh ein Ibuprofen", "baş ağrısı için parol"
    rf"{_MEDICINE_FOR} ?(\w+ ){{0,2}}?(لل|ل|ال)?{_MEDICINE_PAIN}[^.!?؟\n]{{0,30}}{_MEDICINE_NAMED}",
    rf"{_MEDICINE_PAIN}\w*( \w+)? (i[cç]in|y[uü]z[uü]nden|dolay[ıi])\b[^.!?؟\n]{{0,30}}{_MEDICINE_NAMED}",
)
# ... a pain told mild in its clause ("بس شوية وجع لما امضغ", "a little sore"), cleared when a
# painkiller is named in the message
_MEDICINE_MILD = (
    rf"{_CHEST_MILD}[^.!?؟\n،,]{{0,15}}{_MEDICINE_PAIN}[^.!?؟\n،,]{{0,25}}",
    rf"{_MEDICINE_PAIN}[^.!?؟\n،,]{{0,10}}{_CHEST_MILD}",
)
_MEDICINE_DANGER = (
    r"\b(fever|temperature|worse\w*|getting worse|(not|n'?t) (help\w*|work\w*)|no (help|effect|relief)"
    r"|severe\w*|unbearable|excruciating|terrible|awful|strong|swell\w*|swollen|red\w*|pus|discharge"
    r"|bleed\w*|blood|vomit\w*|throw\w* up|standing|stand up|calf|legs?|numb\w*|blurr?\w*|vision|hot"
    r"|fieber|temperatur|schlimmer|verschlechter\w*|hilft (nicht|nichts|kaum)|wirkt (nicht|nichts|kaum)"
    r"|stark\w*|heftig\w*|unertr[aä]glich\w*|geschwollen|schwellung|r[oö]t\w*|eiter\w*|blut\w*"
    r"|erbrech\w*|[uü]bergeb\w*|aufstehen|stehen|wade\w*|beine?|taub\w*|verschwommen|sehen|sicht|hei[sß]\w*"
    r"|fi[eè]vre|temp[eé]rature|pire|empire\w*|aggrav\w*|(fait|marche|soulage) (rien|pas)|aucun effet"
    r"|fort\w*|intense\w*|insupportable|atroce|gonfl\w*|enfl\w*|rouge\w*|pus|saign\w*|sang|vomi\w*"
    r"|debout|lever|mollet|jambes?|engourdi\w*|flou|vue|chaud\w*"
    r"|ate[sş]\w*|k[oö]t[uü]le[sş]\w*|art[ıi]yor|artt[ıi]|ge[cç]miyor|i[sş]e yaram[ıi]yor|etki etmiyor"
    r"|[sş]iddetli|dayan[ıi]lmaz|[sş]i[sş]\w*|k[ıi]zar\w*|iltihap\w*|cerahat\w*|kan\w*|kus\w*"
    r"|aya[gğ]a|bald[ıi]r\w*|bacak\w*|uyu[sş]\w*|bulan[ıi]k|g[oö]rme\w*)\b",
    r"(температур\w*|жар\b|хуже|ухудш\w*|усилива\w*|не помога\w*|не действ\w*|сильн\w*|невыносим\w*"
    r"|ужасн\w*|от[её]к\w*|опух\w*|красн\w*|покрасн\w*|гно\w*|кров\w*|рвот\w*|рв[её]т|встава\w*|встаю"
    r"|стоя\b|икр[аыуе]\b|ног[аиу]\b|онем\w*|немеет|мутн\w*|зрени\w*|горяч\w*)",
    r"(حرار\w*|حمى|سخونه|سخونة|سخونيه|سخونية|اسوأ|أسوأ|بيزيد|يزيد|تزيد|زاد|زادت|ما نفع|مش نافع|ما يفيد|مش بيفيد"
    r"|ما فاد|شديد\w*|قوي|ما يتحمل|لا يطاق|ورم|تورم|وارم|منفوخ|انتفاخ|احمرار|محمر|احمر|صديد|قيح|(?<!\w)دم(?!\w)"
    r"|نزيف|استفراغ|ترجيع|سمانه|سمانة|رجلي|تنميل|خدر|مش شايف|زغلله|زغللة|ضباب)",
)
# The forty-ninth round's (dev54): a breath told hard beside the splint, the packing or the crusts
# of a nose operation ("nefes biraz zor ama atel var", "breathing is hard with the packing in",
# "du mal à respirer à cause des mèches") is the blocked nose of the first weeks (ASPS
# 'Rhinoplasty -- recovery'; BAAPS) -- ordinary healing; breathless on effort, at rest or after a
# flight is read by the catalogue first (``breathing_difficulty``, :data:`redflags._BREATH_DANGER`).
_BREATH_HARD = (
    r"(\b(breath\w*( is| feels)? (hard|difficult|heavy|tough)|(hard|difficult|trouble|struggling) (to )?breath\w*"
    r"|(atme|atmen|atmung)\w* (\w+ )?(schwer|schlecht|kaum)|(schwer|schlecht|kaum) (zu )?atmen"
    r"|(bekomme|kriege) (\w+ ){0,2}(schlecht|kaum|schwer) luft"
    r"|(du mal|difficult\w*|dur) (à|a) respirer|respire (mal|difficilement)"
    r"|nefes\w* (\w+ )?(zor\w*|zorlan\w*|al[ıi]nam\w*|alam\w*))\b"
    r"|((трудно|тяжело|сложно) дыш\w*|дыш\w* (трудно|тяжело|сложно))"
    r"|((صعوبه|صعوبة|ضيق) (في |ب)?(التنفس|تنفس)|(اتنفس|أتنفس|التنفس|بتنفس)\w* (بصعوبه|بصعوبة)))"
)
_NOSE_SPLINT_BREATH = (
    rf"{_BREATH_HARD}[^.!?؟\n]{{0,40}}{redflags.NOSE_SPLINT}",
    rf"{redflags.NOSE_SPLINT}[^.!?؟\n]{{0,40}}{_BREATH_HARD}",
)

# The forty-fifth round's: a sentence told of a time years past ("j'ai fait une phlébite il y a
# 3 ans après un long vol", "I had a clot years ago after a long flight", "vor drei Jahren nach
# einem Langstreckenflug", "3 yıl önce uzun bir uçuştan sonra", "три года назад после перелёта",
# "من ٣ سنين بعد رحلة طويلة"): the flight in it is history for the pre-op assessment, no
# question about the journey (``_matched_intents``)
_PAST_YEARS = (
    r"[^.!?;\n]*("
    r"\b(\w+ )?years? (ago|back)\b|\blast year\b"
    r"|\bvor (\w+ )?jahren\b|\bvor einem jahr\b|\bletztes jahr\b"
    r"|\bil y a (\w+ )?ans?\b|\bl'(année|an) (dernière?|passée?)"
    r"|\b(\w+ )?(yıl|sene) önce\b|\bgeçen (yıl|sene)\b"
    r"|(\w+ )?(год|года|лет) назад|в прошлом году"
    r"|(من|قبل) (سنه|سنة|سنتين|(\w+ )?(سنين|سنوات))|(ال)?(سنه|سنة) (الماضيه|الماضية|اللي فاتت)"
    r")[^.!?;\n]*",
)


@lru_cache(maxsize=1)
def _tables() -> PhraseTables:
    tables: dict[str, Sequence[str]] = {}
    for flag in redflags.CATALOGUE:
        tables[f"flag:{flag.id}"] = flag.patterns
        tables[f"unless:{flag.id}"] = flag.unless
        tables[f"not_in:{flag.id}"] = flag.not_in
        tables[f"not_with:{flag.id}"] = flag.not_with
    tables.update({f"intent:{name}": p for name, p in lexicon.INTENTS.items()})
    for name, patterns in (
        ("symptoms", lexicon.SYMPTOMS),
        ("nerve_urgent", (redflags.NERVE_URGENT,)),
        ("normal", lexicon.NORMAL_HEALING),
        ("care", lexicon.CARE_QUESTIONS),
        ("after", lexicon.AFTER_SURGERY),
        ("operated", lexicon.OPERATION_DONE),
        ("hypothetical", (*lexicon.HYPOTHETICAL, *_PREOP_QUESTIONS)),
        ("history", lexicon.PAST_HISTORY),
        ("history_now", lexicon.HISTORY_NOW),
        ("chest_sore", _CHEST_SORE),
        ("past_years", _PAST_YEARS),
        ("chest_sore_clause", _CHEST_SORE_CLAUSE),
        ("medicine_reason", _MEDICINE_REASON),
        ("medicine_mild", _MEDICINE_MILD),
        ("painkiller", (_CHEST_PAINKILLER,)),
        ("medicine_danger", _MEDICINE_DANGER),
        ("nose_splint_breath", _NOSE_SPLINT_BREATH),
        ("nose_named", (*complaints.NOSE_NAMED, *_NOSE_SPLINT_BREATH)),
        ("nose_blood_mucus", complaints.NOSE_BLOOD_MUCUS),
        ("nose_course", (*complaints.NOSE_COURSE, *_NOSE_SPLINT_BREATH)),
        ("medication", lexicon.MEDICATION),
        ("question", lexicon.QUESTION),
        ("constipation", lexicon.CONSTIPATION),
        ("constipation_worse", lexicon.CONSTIPATION_WORSE),
        ("soon", lexicon.SOON_TIME),
        ("greeting", lexicon.GREETINGS),
        ("discount", lexicon.DISCOUNT),
        ("invoice", lexicon.INVOICE),
        ("invoice_received", lexicon.INVOICE_RECEIVED),
        ("receipt_after_payment", lexicon.RECEIPT_AFTER_PAYMENT),
        ("price_asked", lexicon.PRICE_OVER_TRAVEL),
        ("weekday_time", lexicon.WEEKDAY_TIME),
        ("date_free", lexicon.DATE_FREE),
        ("date_conflict", lexicon.DATE_CONFLICT),
        ("price_later", lexicon.PRICE_LATER),
        ("booking_clause", lexicon.BOOKING_CLAUSE),
        ("said_at", lexicon.SAID_AT),
        ("appointment_request", lexicon.APPOINTMENT_REQUEST),
        ("appointment_confirmed", lexicon.APPOINTMENT_CONFIRMED),
        ("arrival_time", lexicon.ARRIVAL_TIME),
        ("same_trip", lexicon.SAME_TRIP),
        ("deposit_kept", lexicon.DEPOSIT_KEPT),
        ("get_back", lexicon.GET_BACK),
        ("included_asked", lexicon.INCLUDED_ASKED),
        ("price_question", lexicon.PRICE_QUESTION),
        ("pay_method", lexicon.PAY_METHOD),
        ("price_purpose", lexicon.PRICE_PURPOSE),
        ("second_topic", lexicon.SECOND_TOPIC),
        ("operation_date", lexicon.OPERATION_DATE),
        ("date_check", lexicon.DATE_CHECK),
        ("schedule_ask", lexicon.SCHEDULE_ASK),
        ("schedule_possible", lexicon.SCHEDULE_POSSIBLE),
        ("when_to_book", lexicon.WHEN_TO_BOOK),
        ("stay_asked", lexicon.STAY_ASKED),
        ("invitation_letter", lexicon.INVITATION_LETTER),
        ("thanked_price", lexicon.THANKED_PRICE),
        ("photos_offered", lexicon.PHOTOS_OFFERED),
        ("file_format", lexicon.FILE_FORMAT_ASKED),
        ("preop_step_moved", lexicon.PREOP_STEP_MOVED),
        ("wound_photo_asked", lexicon.WOUND_PHOTO_ASKED),
        ("fly_after", lexicon.FLY_AFTER),
        ("travel_now", lexicon.TRAVEL_NOW),
        ("tests_taken", lexicon.TESTS_TAKEN),
        ("tests_which", lexicon.TESTS_WHICH),
        ("document_content", lexicon.DOCUMENT_CONTENT),
        ("care_ask", lexicon.CARE_ASK),
        ("normal_ask", lexicon.NORMAL_ASK),
        ("early_days", lexicon.EARLY_DAYS),
        ("look_ask", lexicon.LOOK_ASK),
        ("looks_scary", lexicon.LOOKS_SCARY),
        ("course_settling", lexicon.COURSE_SETTLING),
        ("course_worsening", lexicon.COURSE_WORSENING),
        ("question_words", lexicon.QUESTION_WORDS),
        ("function_fine", lexicon.FUNCTION_FINE),
        ("swallow_fine", lexicon.SWALLOW_FINE),
        ("complaint", complaints.COMPLAINTS),
        ("improving", complaints.IMPROVING),
        ("bruise_fading", complaints.BRUISE_FADING),
        ("lipo_named", complaints.LIPO_NAMED),
        ("lipo_lumps", complaints.LIPO_LUMPS),
        ("numb_or_sound", (*complaints.NUMB_SKIN, *complaints.BREAST_AIR_SOUND)),
        ("breast_air_sound", complaints.BREAST_AIR_SOUND),
        ("months_on", complaints.MONTHS_ON),
        ("routine_complaint", complaints.ROUTINE),
        ("not_healing", complaints.NOT_HEALING),
        ("not_bodily", complaints.NOT_BODILY),
        ("solid_food", complaints.SOLID_FOOD),
    ):
        tables[name] = patterns
    return PhraseTables(tables)


def warm_tables() -> None:
    """Prepare the phrase tables without compiling them (:func:`careflow_agents.phrase_cache.build`)."""
    _tables()


def warm_up() -> None:
    """Compile every phrase table now rather than on first use (benchmarks, an init hook)."""
    _tables().compile_everything()
    negation.scopes("no")
    russian_in_latin("warming up")  # the transliteration gate reads the Cyrillic tables' stems once


class _Message:
    """One message's views, negation scopes (per view) and table look-ups."""

    def __init__(self, text: str) -> None:
        from careflow_agents.spelling import correct

        self.views = Views(text)
        self.views.folded = correct(self.views.folded)
        self._scopes: dict[str, list[negation.Span]] = {}
        self.scripts = scripts_of(self.views.folded)
        self._patterns: dict[str, tuple[Patterns, Patterns]] = {}
        self._constipation_ordinary: bool | None = None
        self._medicine_ordinary: bool | None = None
        # computed once per message: the post-op `soon` path asks them from _care_routine,
        # _quiet_course, _lipo_lumps_only and the settling check (review of stop 36)
        self._denied: int | None = None
        self.settled_memo: dict[bool, int | None] = {}

    def patterns(self, name: str) -> tuple[Patterns, Patterns]:
        """The table's patterns that can match this message (folded view, Latin view)."""
        key = name
        found = self._patterns.get(key)
        if found is None:
            found = _tables().patterns(
                name,
                self.scripts,
                translit=bool(self.views.latin),
                text=self.views.folded,
                latin_text=self.views.latin,
            )
            self._patterns[key] = found
        return found

    def scopes(self, view: str) -> list[negation.Span]:
        if view not in self._scopes:
            self._scopes[view] = negation.scopes(getattr(self.views, view), latin=view == "latin")
        return self._scopes[view]

    def hits(
        self, name: str, unless: str | None = None, inside: str | None = None
    ) -> tuple[bool, bool]:
        """(affirmed, negated): whether the table matches outside / only inside negation.

        A hit with an ``unless`` pattern from 40 characters before it to 120 after its start
        does not count, nor one that starts inside a match of the ``inside`` table (the pain
        of "Schmerzmittel").
        """
        folded, latin = self.patterns(name)
        exceptions = self.patterns(unless) if unless else ((), ())
        negated = False
        for index, (view, patterns) in enumerate((("folded", folded), ("latin", latin))):
            text = getattr(self.views, view)
            if not text:
                continue
            for pattern in patterns:
                if pattern.search(text) is None:
                    continue  # the common case: one C-level scan, no iterator
                for match in pattern.finditer(text):
                    window = text[max(0, match.start() - 40) : match.start() + 120]
                    if any(e.search(window) for e in exceptions[index]):
                        continue
                    if inside and any(s <= match.start() < e for s, e in self.spans(inside, view)):
                        continue
                    scopes = self.scopes(view)
                    last = max(match.start(), match.end() - 1)
                    if negation.inside(match.start(), scopes) or negation.inside(last, scopes):
                        # the hit begins or ends in a negated symptom ("yara temiz, akinti yok")
                        negated = True
                    else:
                        return True, negated
        return False, negated

    def any(self, name: str) -> bool:
        folded, latin = self.patterns(name)
        return self.views.search(folded, latin)

    def any_affirmed(self, name: str) -> bool:
        """Whether the table matches the message with its negated symptoms blanked out.

        Why: the guards of an expected course (RedFlag.not_in: "nothing growing, no
        breathlessness") must not be broken by a sign the patient denies ("Atemnot hab ich
        keine"); a denied sign is absent.
        """
        folded, latin = self.patterns(name)
        for view, patterns in (("folded", folded), ("latin", latin)):
            text = getattr(self.views, view)
            if not text or not patterns:
                continue
            text = _blanked(text, self.scopes(view))
            if any(p.search(text) for p in patterns):
                return True
        return False

    def spans(self, name: str, view: str) -> list[tuple[int, int]]:
        folded, latin = self.patterns(name)
        patterns = folded if view == "folded" else latin
        return [m.span() for p in patterns for m in p.finditer(getattr(self.views, view))]

    def affirmed_spans(self, name: str, view: str) -> list[tuple[int, int]]:
        """The table's spans in ``view`` that start outside every negation scope (none on an
        empty view): a sign told, not denied."""
        if not getattr(self.views, view):
            return []
        scopes = self.scopes(view)
        return [(s, e) for s, e in self.spans(name, view) if not negation.inside(s, scopes)]

    def _cleared_spans(self, view: str, *names: str) -> list[tuple[int, int]]:
        """The spans of the named ordinary-healing tables, and the clause of a mild chest
        soreness told beside a painkiller asked (the forty-fifth round's ``chest_sore``).

        A span that overlaps a sign no healing explains (``complaints.NOT_HEALING``: a
        pressure told in the eye, a lump told growing) is not cleared, whichever is told first:
        "my eye has a dull pressure" is the eye's pressure as "a dull pressure in my eye" is
        (the forty-sixth round's)."""
        spans = [span for name in names for span in self.spans(name, view)]
        if self.any("chest_sore"):
            spans += self.spans("chest_sore_clause", view)
        if self._ordinary_constipation():
            spans += self.spans("constipation", view)
        if self._medicine_reason_only():
            spans += self.spans("medicine_reason", view)
            if self.any("painkiller"):
                spans += self.spans("medicine_mild", view)
        # a breath told hard beside the splint, packing or crusts of a nose operation (the
        # forty-ninth round's): the catalogue's breathing_difficulty reads the danger first
        spans += self.spans("nose_splint_breath", view)
        # a little blood in the mucus of a nose named (the fiftieth round's, dev55 ar-08; BAAPS
        # / ASPS 'Rhinoplasty -- recovery'): blood coughed up is not the nose's
        if self.any("nose_named"):
            spans += self.spans("nose_blood_mucus", view)
        kept = self.spans("not_healing", view)
        if kept:
            spans = [(s, e) for s, e in spans if not any(s < ke and ks < e for ks, ke in kept)]
        return spans

    def _ordinary_constipation(self) -> bool:
        """Constipation told beside a question, with at least two warning signs denied ("no
        vomiting, no pain, no fever, but constipated -- can I take a laxative?").

        Why: the forty-eighth round's (dev53). Constipation in the first weeks after a sleeve or
        any operation is the common course (ASMBS; NHS 'Constipation'), answered by the day's
        guidance or a laxative the surgeon approves, once the patient rules out what would make it
        a blocked or leaking bowel; told alone, with one sign denied, or beside a belly told hard,
        swollen or tight (``CONSTIPATION_WORSE``), it stays a same-day look
        (:data:`careflow_agents.lexicon.SYMPTOMS`).
        """
        if self._constipation_ordinary is None:
            self._constipation_ordinary = (
                self.any("constipation")
                and self.any("question")
                and not self.any_affirmed("constipation_worse")
                and self.denied_signs() >= 2
            )
        return self._constipation_ordinary

    def _medicine_reason_only(self) -> bool:
        """A medication question with nothing told that makes its pain more than ordinary
        (:data:`_MEDICINE_DANGER`, not denied): the pain it tells for the medicine, or mild
        beside a painkiller, is the ordinary course (the forty-ninth round's, dev54)."""
        if self._medicine_ordinary is None:
            self._medicine_ordinary = (
                self.any("medication")
                and self.any("question")
                and not self.any_affirmed("medicine_danger")
            )
        return self._medicine_ordinary

    def unexplained_symptom(self) -> bool:
        """An affirmed symptom that is not one of the ordinary signs of healing, nor told
        settling right after it ("redness is going down", "die Rötung wird besser")."""
        folded, latin = self.patterns("symptoms")
        for view, patterns in (("folded", folded), ("latin", latin)):
            text = getattr(self.views, view)
            normal = self._cleared_spans(view, "normal", "not_bodily")
            for pattern in patterns:
                for match in pattern.finditer(text):
                    if negation.inside(match.start(), self.scopes(view)):
                        continue
                    if any(s <= match.start() < e for s, e in normal):
                        continue
                    if self._settling_after(view, match.end()):
                        continue
                    return True
        return False

    def _settling_after(self, view: str, end: int) -> bool:
        """An improvement (:data:`careflow_agents.complaints.IMPROVING`), not negated, starts
        within a few words after a symptom, with no comma, break or contrast between.

        Why: "redness is going down" is the sign settling -- the course the day's guidance
        answers, as the complaint net already clears such a clause; "redness, and the pain is
        getting better" or "redness is not getting better" still go to a person.
        """
        text = getattr(self.views, view)
        for start, stop in self.improvements(view):
            gap = text[end:start]
            if not 0 <= start - end <= 25 or _GAP_BREAK.search(gap):
                continue
            if not _CLAUSE_END.match(text, stop):
                continue  # a healing word as a name, not said of the sign ("iyileşme vidası")
            return True
        return False

    def improvements(self, view: str) -> list[tuple[int, int]]:
        """The spans of :data:`careflow_agents.complaints.IMPROVING` no negation governs:
        "wird nicht besser", "not getting better" is no improvement."""
        text = getattr(self.views, view)
        return [
            (s, e)
            for s, e in self.affirmed_spans("improving", view)
            if not negation.word_denied_before().search(text[max(0, s - 12) : s])
        ]

    def denied_signs(self) -> int:
        """How many distinct symptoms or warning signs the message denies ("no fever, no
        bleeding" is two), counted on the view with the most."""
        if self._denied is None:
            self._denied = self._count_denied()
        return self._denied

    def _count_denied(self) -> int:
        names = ["symptoms", *(f"flag:{flag.id}" for flag in redflags.CATALOGUE)]
        best = 0
        for index, view in enumerate(("folded", "latin")):
            text = getattr(self.views, view)
            if not text:
                continue
            scopes = self.scopes(view)
            starts: list[int] = []
            # a sign counts denied; a warning function counts told intact ("vision is great",
            # "yutkunmam rahat"), ruled out as a "no ..." rules it out (the forty-fourth round's)
            for name, denied in [*((name, True) for name in names), ("function_fine", False)]:
                for pattern in self.patterns(name)[index]:
                    for match in pattern.finditer(text):
                        if negation.inside(match.start(), scopes) == denied and not any(
                            abs(match.start() - s) < 4 for s in starts
                        ):
                            starts.append(match.start())
            best = max(best, len(starts))
        return best

    def uncleared_complaint(self) -> bool:
        """A bodily complaint (:mod:`careflow_agents.complaints`) the rules cannot clear.

        Cleared: negated, inside an ordinary sign of healing, or in a clause that says it is
        getting better. Anything else asks for a person's review.
        """
        folded, latin = self.patterns("complaint")
        for view, patterns in (("folded", folded), ("latin", latin)):
            text = getattr(self.views, view)
            if not text or not any(p.search(text) for p in patterns):
                continue
            # ordinary healing words are blanked out: they never count as the complaint; nor does
            # a hard or crunchy food asked about (the fiftieth round's, dev55: "اشياء قاسية"), no
            # symptom either (``inside="not_bodily"``) -- only the food: the pain a painkiller is
            # asked for in the leg stays a complaint
            blanked = _blanked(
                text, self._cleared_spans(view, "normal", "routine_complaint", "solid_food")
            )
            scopes = self.scopes(view)
            improving = self.improvements(view)
            for pattern in patterns:
                for found in pattern.finditer(blanked):
                    match = _unnegated(pattern, blanked, found, scopes)
                    if match is None:
                        continue
                    start = match.start()
                    clause = _clause(text, start, match.end())
                    if any(clause[0] <= s < clause[1] for s, _e in improving):
                        continue
                    return True
        return False


def _unnegated(
    pattern: re.Pattern[str], text: str, match: re.Match[str], scopes: list[negation.Span]
) -> re.Match[str] | None:
    """The match, or the shortest-ending one from its start, that no negation governs.

    Why: the body-and-complaint pairs reach greedily for the last complaint word in their gap,
    so "das Implantat wackelt, keine Schmerzen" pairs the implant with the denied pain and
    hides the affirmed "wackelt"; trying the same start with a shorter end finds it.
    """
    found: re.Match[str] | None = match
    while found is not None:
        start, last = found.start(), max(found.start(), found.end() - 1)
        if negation.inside(start, scopes):
            return None  # the body or complaint it starts with is denied whatever follows
        if not negation.inside(last, scopes) and not _denied_last_word(text, found):
            return found
        found = pattern.match(text, start, found.end() - 1) if found.end() - 1 > start else None
    return None


def _denied_last_word(text: str, found: re.Match[str]) -> bool:
    segment = text[found.start() : found.end()]
    last = segment.rstrip().rfind(" ")
    return last > 0 and bool(negation.word_denied_before().search(segment[: last + 1]))


_CLAUSE_BREAKS = ".!?;\n"
# Between a symptom and the improvement told of it: a break, a comma or a contrast ends the tie.
# ... and the improvement ends its clause, a word at most after it ("going down a bit,").
_CLAUSE_END = re.compile(r"\w*(\s+\w+)?\s*([,.!?;\n،؟]|$)")
_GAP_BREAK = re.compile(r"[,.!?;\n،؟]|\b(but|aber|mais|ama|но|بس|لكن|and|und|et|ve|и)\b")


def _blanked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with each span replaced by spaces: what it says there no longer matches, and
    every other position stays where it was (the spans and scopes of the rest still apply)."""
    for s, e in spans:
        text = text[:s] + " " * (e - s) + text[e:]
    return text


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a span: from the last break before it to the first after it."""
    left = max(text.rfind(ch, 0, start) for ch in _CLAUSE_BREAKS) + 1
    rights = [i for i in (text.find(ch, end) for ch in _CLAUSE_BREAKS) if i >= 0]
    return left, min(rights) if rights else len(text)


def _flags(message: _Message) -> tuple[tuple[str, ...], tuple[str, ...]]:
    found: list[str] = []
    negated: list[str] = []
    for flag in redflags.CATALOGUE:
        if flag.level != "urgent":
            continue  # a same-day sign (:func:`_same_day_signs`) pages nobody
        affirmed, was_negated = _told(message, flag)
        if affirmed:
            found.append(flag.id)
        elif was_negated:
            negated.append(flag.id)
    return tuple(found), tuple(negated)


def _same_day_signs(message: _Message) -> bool:
    """A catalogue sign whose published window is a day or more (``RedFlag.level == "soon"``:
    lip and chin still numb days after a lower implant) is told and not denied.

    Why: such a sign must reach a person the same day -- however ordinary its words look to the
    healing table (numbness) -- but paging the on-call for it teaches staff to ignore the page.
    """
    return any(_told(message, flag)[0] for flag in redflags.CATALOGUE if flag.level != "urgent")


def _anaesthetic_hours(message: _Message) -> bool:
    """A lip, chin or tongue told numb for hours (the nerve-numbness sign with the catalogue's
    hours clause, its ``unless``, beside every hit), with no bite, burn or spill gone unnoticed.

    Why: on the day of the operation the local anaesthetic still works (NHS 'Dental implants');
    the catalogue's two nerve entries already leave such a message out. Saying so lets
    :func:`triage` keep the learned detector, which cannot read hours, from paging for it.
    """
    told, _ = message.hits(f"flag:{redflags.NERVE_REVIEW}")
    if (
        not told
        or message.hits(f"flag:{redflags.NERVE_REVIEW}", f"unless:{redflags.NERVE_REVIEW}")[0]
    ):
        return False
    return not message.any("nerve_urgent")


def _told(message: _Message, flag: redflags.RedFlag) -> tuple[bool, bool]:
    """Whether ``flag``'s sign is told (affirmed) or denied in the message; neither when it is
    the expected course of the operation the message names (``RedFlag.not_in``)."""
    affirmed, negated = message.hits(f"flag:{flag.id}", f"unless:{flag.id}")
    if affirmed and flag.not_in and message.any_affirmed(f"not_in:{flag.id}"):
        return False, False
    # the forty-eighth round's: a guard read with its negations kept ("no pus" anywhere)
    if affirmed and flag.not_with and message.any(f"not_with:{flag.id}"):
        return False, False
    return affirmed, negated


def _care_routine(message: _Message, care: bool) -> bool:
    """The message asks about the care routine and not to be seen.

    Why: a post-op message whose symptoms the rules all clear as ordinary healing (no review)
    and whose question is when or whether something may resume ("when can I shower?", "ab wann
    darf ich kauen?") is the routine course the clinic's guidance answers; one that asks for a
    look or says the patient is worried stays ``soon`` for a person -- not one that tells only
    how frightening the sign looks ("the bruise goes down to the neck, ça fait peur -- normal?",
    :func:`_look_asked`; the forty-ninth round's, dev54): nobody is asked to see it, as
    :func:`_quiet_course` already reads it.
    """
    if _look_asked(message):
        return False
    if care or message.any("care_ask"):
        return True
    # "nose still swollen at two weeks, no pain, no bleeding -- normal?": the patient asks
    # whether healing the rules clear as ordinary is normal and has ruled out at least two
    # warning signs; "no fever, but still swollen -- is that normal?" (one sign) or a bare
    # "swelling and bruises, is this normal?" still goes to a person
    if not message.any("normal_ask"):
        return False
    # the forty-seventh round's (dev52): "ears numb, cheeks stiff as wood, the swelling goes down
    # every day -- normal?" -- every sign cleared as ordinary healing and the course told
    # settling with nothing told growing or worse: the trend the day's guidance describes (ASPS
    # 'Facelift -- recovery': numbness and stiffness while the swelling subsides)
    denied = message.denied_signs()
    if denied >= 2 or (_settled(message, fading=True) or 0) >= 1:
        return True
    # the forty-eighth round's (dev53): "numb under the navel, the scar hard and ridged, still
    # walking bent over -- normal?" -- three or more ordinary signs told, one of them a named
    # course of the operation (``complaints.ROUTINE``: walking bent after a tummy tuck, lumpy
    # skin after a liposuction), nothing told growing or worse: the course the guidance
    # describes sign by sign (ASPS 'Tummy tuck -- recovery'); "swollen and bruised -- normal?"
    # (two signs, no named course) still goes to a person
    if _settled(message) is not None and _course_signs(message) >= 3:
        return True
    # "the cheek swollen, a little pink ooze on the pillow, no temperature -- normal on day 2?":
    # asked on one of the first days, when swelling and ooze peak (lexicon.EARLY_DAYS), one
    # warning sign denied is enough -- and so (the fiftieth round's) when every sign told is the
    # nose's own course after a nose operation (:func:`_nose_course_only`)
    return denied >= 1 and (message.any("early_days") or _nose_course_only(message))


def _nose_course_only(message: _Message) -> bool:
    """The nose named, and every symptom told lies in the nose's course of the first weeks
    (``complaints.NOSE_COURSE``: blocked, a little blood in the mucus, a blood-tinged ooze, a
    breath told hard beside the splint or packing), nothing told growing or worse.

    Why: the fiftieth round's (dev55 ar-08, and the French packing message of round 49). "the
    nose is blocked and a little blood comes with the mucus when I wipe, no fever -- normal?" on
    day 6 after a rhinoplasty is the course BAAPS / ASPS 'Rhinoplasty -- recovery' describe
    (blocked for weeks, blood-tinged mucus for one to two): the warning signs are a bleed that
    does not stop, clear fluid, a fever or a swelling of the septum -- the catalogue's, read
    before this. One of them denied with "normal?" asked is the early days' rule above.
    """
    if not message.any("nose_named") or _settled(message) is None:
        return False
    told = False
    for view in ("folded", "latin"):
        signs = [*message.affirmed_spans("symptoms", view), *message.affirmed_spans("normal", view)]
        if not signs:
            continue
        course = message.spans("nose_course", view)
        if not all(any(s <= start < e for s, e in course) for start, _end in signs):
            return False
        told = True
    return told


def _lipo_lumps_only(message: _Message) -> bool:
    """Every symptom told is the lumps of a liposuction (``complaints.LIPO_LUMPS``), the
    operation named, no look asked and nothing told growing or worse.

    Why: the forty-eighth round's (dev53). "lumps under the skin of my thighs after the lipo"
    was held ``soon`` in English and Arabic, where "lump" and "قاسي" are symptom words, and
    answered routine in German, French, Turkish and Russian, where they are not; the course
    (ASPS 'Liposuction -- recovery') is one in every language.
    """
    if _look_asked(message) or not message.any("lipo_named") or _settled(message) is None:
        return False
    return _every_symptom_within(message, "lipo_lumps")


def _every_symptom_within(message: _Message, course: str) -> bool:
    """Some symptom is told affirmed and every one lies inside a span of the ``course`` table,
    on each view that tells one: the message tells that course and nothing else."""
    told = False
    for view in ("folded", "latin"):
        symptoms = message.affirmed_spans("symptoms", view)
        if not symptoms:
            continue
        spans = message.spans(course, view)
        if not all(any(s <= start < e for s, e in spans) for start, _end in symptoms):
            return False
        told = True
    return told


def _numb_or_sound_only(message: _Message) -> bool:
    """Every symptom told is the operated skin told numb, without feeling or wooden
    (``complaints.NUMB_SKIN``) or a sloshing sound heard in the breast
    (``complaints.BREAST_AIR_SOUND``), no look asked and nothing told growing or worse.

    Why: the forty-ninth round's (dev54). "the skin under my navel is numb and like wood -- is
    it permanent?" weeks after a tummy tuck was held ``soon`` where "numb" and "taub" are
    symptom words and answered routine where the words are no symptom ("insensible"); so was
    "в груди хлюпает" after implants, where "хлюпает" is a seroma's word. Each is one course in
    every language (ASPS 'Tummy tuck -- recovery': numbness for months; ASPS / BAAPS 'Breast
    augmentation -- recovery': air in the pocket sloshes for the first weeks).
    """
    if _look_asked(message) or _settled(message) is None:
        return False
    if message.any("looks_scary") or message.any("normal_ask"):
        # "is it normal?", "sieht wild aus": the signs ruled out decide (_care_routine)
        return False
    if message.any("breast_air_sound") and message.any("months_on"):
        return False  # a sound heard months on is no air of the first weeks
    return _every_symptom_within(message, "numb_or_sound")


def _course_signs(message: _Message) -> int:
    """How many ordinary signs the message tells affirmed -- symptoms, ordinary healing
    (``NORMAL_HEALING``) and named courses (``complaints.ROUTINE``), overlapping spans one sign
    -- on the view with the most; 0 when no named course is among them."""
    best = 0
    for view in ("folded", "latin"):
        courses = message.affirmed_spans("routine_complaint", view)
        if not courses:
            continue
        spans = [
            *message.affirmed_spans("symptoms", view),
            *message.affirmed_spans("normal", view),
            *courses,
        ]
        merged: list[tuple[int, int]] = []
        for s, e in sorted(spans):
            if merged and s < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            else:
                merged.append((s, e))
        best = max(best, len(merged))
    return best


def _settled(message: _Message, *, fading: bool = False) -> int | None:
    """:func:`_count_settled`, once per message and ``fading``."""
    if fading not in message.settled_memo:
        message.settled_memo[fading] = _count_settled(message, fading=fading)
    return message.settled_memo[fading]


def _count_settled(message: _Message, *, fading: bool = False) -> int | None:
    """How many signs the message tells not progressing (``COURSE_SETTLING``) or settling
    (``IMPROVING``; with ``fading``, a bruise told yellow or green, ``BRUISE_FADING``), on the
    view with the most; None when it tells one growing, spreading, worse, a bad taste or a smell
    (``COURSE_WORSENING``, not negated nor inside a settling)."""
    settled = 0
    for view in ("folded", "latin"):
        if not getattr(message.views, view):
            continue
        scopes = message.scopes(view)
        settling = message.spans("course_settling", view)
        for start, _end in message.spans("course_worsening", view):
            if not negation.inside(start, scopes) and not any(s <= start < e for s, e in settling):
                return None  # growing, spreading, worse, a bad taste or a smell told
        told = [s for s, _e in message.affirmed_spans("course_settling", view)]
        told += [s for s, _e in message.improvements(view)]
        if fading:
            # a bruise told yellow or green is fading (the forty-eighth round's, NHS 'Bruises');
            # counted where "normal?" is asked (_care_routine), not for a course told with no
            # question (_quiet_course keeps its three signs ruled out)
            told += [s for s, _e in message.affirmed_spans("bruise_fading", view)]
        settled = max(settled, len(set(told)))
    return settled


def _look_asked(message: _Message) -> bool:
    """A look asked or a worry told, not counting a sign told only to look frightening ("looks
    like a horror movie", "شكلها يخوف"): the appearance is told, nobody is asked to see it."""
    return _cue_outside(message, "look_ask", "looks_scary")


def _quiet_course(message: _Message) -> bool:
    """Every sign told is ordinary healing and the message rules out at least three warning
    signs or their progression, tells none growing, spreading, worse or smelling, and asks no
    look and no question in words ("a red patch on the white of the eye, vision fine, no pain,
    not spreading", "the bruises went down to the neck, yellow and green; no fever, no pain,
    not spreading any more").

    Why: the forty-sixth round's (dev51). A message that tells the course and rules out what
    would make it a complication is answered by the day's guidance like the one that adds
    "normal?" (:func:`_care_routine` asks two signs there; with no question asked three are
    needed). A sign denied counts (:meth:`_Message.denied_signs`), and so does one told not
    progressing -- not spreading, not stronger, stopped by itself (``COURSE_SETTLING``) -- or
    settling ("swelling is going down", ``IMPROVING``).
    """
    if _look_asked(message) or message.any("question_words"):
        return False
    # the fiftieth round's (dev55): with swallowing told easy, a bruise -- or the chin, jaw or
    # cheek -- told yellow or green counts as settling ("Kinn grün-gelb, Schlucken geht gut,
    # kein Fieber"): the airway ruled out, the colour is the bruise fading (BAOMS, NHS 'Bruises')
    settled = _settled(message, fading=message.any("swallow_fine"))
    return settled is not None and message.denied_signs() + settled >= 3


def _routine_course(message: _Message) -> bool:
    """The message tells an expected course of healing (shedding weeks after a transplant, a
    bruise turning yellow) -- not only a painkiller or a hot drink.

    Why: after an operation such a message is about the recovery, answered by the day's
    guidance; read as "other" it would wait for a coordinator.
    """
    return _cue_outside(message, "routine_complaint", "not_bodily")


def _flags_hypothetical(message: _Message, flags: tuple[str, ...]) -> bool:
    """Every sentence that holds a red flag also holds the hypothetical cue.

    Why: before an operation "will I bleed a lot after it?" is a question about the future,
    but an "if" in another sentence ("can I ask if the hotel is near? ... today I am short of
    breath") does not make a sign told as present a question -- a red flag is screened
    whatever else the message asks.
    """
    for view in ("folded", "latin"):
        text = getattr(message.views, view)
        if not text:
            continue
        cues = message.spans("hypothetical", view)
        if not cues:
            continue  # the cue is read on the other view (a Russian one on the Cyrillic text)
        for flag in flags:
            for start, end in message.spans(f"flag:{flag}", view):
                left, right = _clause(text, start, end)
                # a cue overlapping the sentence: the whole-question cues start at the break
                # before it ("...weh? Blutet das stark hinterher?")
                if not any(s < right and e > left for s, e in cues):
                    return False
    return True


_HISTORY_GAP_BREAKS = ".!?;,\n،؟"


def _flags_history(message: _Message, flags: tuple[str, ...]) -> bool:
    """Every red flag is told as history: a past date or a long-standing course ("for years",
    "two years ago", "in 2019", ``lexicon.PAST_HISTORY``) in its own clause, with no comma, no
    contrast and no time of today (``lexicon.HISTORY_NOW``) between the two.

    Why: before an operation "years of back and shoulder pain -- a consultation for a breast
    reduction?" or "a thrombosis and heavy bleeding after childbirth two years ago -- which
    records do I send?" tell the operation's reason or the pre-op history; nothing is happening
    now. "I had a DVT two years ago and now my calf is swollen" tells the sign today, and a sign
    with no date beside it is screened as always (the forty-ninth round's).
    """
    for flag in flags:
        told_before = False
        for view in ("folded", "latin"):
            text = getattr(message.views, view)
            if not text:
                continue
            cues = message.spans("history", view)
            now = message.spans("history_now", view)
            spans = message.spans(f"flag:{flag}", view)
            if not spans:
                continue
            for start, end in spans:
                if not any(_history_tie(text, (start, end), cue, now) for cue in cues):
                    return False
            told_before = True
        if not told_before:
            return False
    return True


def _history_tie(
    text: str, flag: tuple[int, int], cue: tuple[int, int], now: list[tuple[int, int]]
) -> bool:
    """Whether the history ``cue`` and the ``flag`` share a clause with no time of today."""
    left, right = min(flag[0], cue[0]), max(flag[1], cue[1])
    if any(ch in _HISTORY_GAP_BREAKS for ch in text[min(flag[1], cue[1]) : max(flag[0], cue[0])]):
        return False
    return not any(s < right and e > left for s, e in now)


def red_flags(text: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(red flags found, red flags mentioned only as negated -- "no fever")."""
    if not text:
        return (), ()
    return _flags(_Message(text))


def _cue_outside(message: _Message, cue: str, frame: str) -> bool:
    """Whether some ``cue`` match starts outside every ``frame`` span, on either view."""
    for view in ("folded", "latin"):
        if not getattr(message.views, view):
            continue
        frames = message.spans(frame, view)
        for start, _end in message.spans(cue, view):
            if not any(s <= start < e for s, e in frames):
                return True
    return False


def _appointment_outside_booking_clause(message: _Message) -> bool:
    """An appointment word outside every "before I book ..." clause and every "the doctor said
    at the consultation" frame (or no such clause or frame)."""
    if message.any("booking_clause") and not _cue_outside(
        message, "intent:appointment", "booking_clause"
    ):
        return False
    return not message.any("said_at") or _cue_outside(message, "intent:appointment", "said_at")


def _travel_only_as_arrival_time(message: _Message) -> bool:
    """Every travel cue lies in "when I arrive" ("do you need the originals when I arrive?").

    Why: the arrival then dates another ask; it is no question about the trip.
    """
    if not message.any("arrival_time"):
        return False
    return not _cue_outside(message, "intent:travel", "arrival_time")


def _matched_intents(message: _Message) -> tuple[str, ...]:
    matched = tuple(
        i
        for i in lexicon.INTENT_PRIORITY
        if (
            message.any(f"intent:{i}")
            and (i != "appointment" or _appointment_outside_booking_clause(message))
        )
        or (
            i == "appointment"
            and (
                message.any("weekday_time")
                or message.any("date_free")
                or message.any("date_conflict")
                # "can we bring the pre-assessment forward?" (the forty-eighth round's)
                or message.any("preop_step_moved")
            )
        )
    )
    if "appointment" in matched and message.any("date_conflict"):
        # "tickets are cheaper on the 3rd ... is there an earlier slot?": the flight (and what it
        # costs) is the reason, the date that does not work or the window asked is the request;
        # a price asked outright ("how much ...?") keeps its place
        behind = ("travel",) if message.any("price_asked") else ("travel", "price_quote")
        matched = tuple(i for i in matched if i not in behind) + tuple(
            i for i in matched if i in behind
        )
    if (
        "price_quote" in matched
        and len(matched) > 1
        and message.any("thanked_price")
        and not _cue_outside(message, "intent:price_quote", "thanked_price")
    ):
        # "thanks for the quote -- will my aspirin make me bleed more?": the price is only thanked
        matched = tuple(i for i in matched if i != "price_quote")
    if "travel" in matched and len(matched) > 1 and _travel_only_as_arrival_time(message):
        matched = tuple(i for i in matched if i != "travel")
    if (
        "travel" in matched
        and "treatment_enquiry" in matched
        and any(
            message.any(cue) and not _cue_outside(message, "intent:travel", cue)
            for cue in ("fly_after", "past_years")
        )
    ):
        # "can both be done in one operation? how long before I may fly?": the flight is the end
        # of the recovery asked about, not a question about the journey; "a phlebitis three
        # years ago after a long flight -- is that a problem for a lipo?": the flight is history
        # told for the treatment asked about (the forty-fifth round's)
        matched = tuple(i for i in matched if i != "travel")
    # "a free date after Eid? the consultation and the operation on the same trip": the trip
    # frames the booking asked, it is no question about the journey; "can we move the operation
    # after Ramadan? does my deposit stay valid?": the deposit is asked because the date moves
    for side, cue in (("travel", "same_trip"), ("payment", "deposit_kept")):
        if _only_framing(message, matched, side, cue):
            matched = tuple(i for i in matched if i != side)
    return _main_ask(message, matched) if len(matched) > 1 else matched


def _only_framing(message: _Message, matched: tuple[str, ...], side: str, cue: str) -> bool:
    """Whether ``side`` matched beside a booking only through ``cue``, a phrase that frames the
    booking request rather than asking about ``side`` itself."""
    return (
        side in matched
        and "appointment" in matched
        and message.any(cue)
        and not _cue_outside(message, f"intent:{side}", cue)
    )


def _main_ask(message: _Message, matched: tuple[str, ...]) -> tuple[str, ...]:
    """The intents of the main ask when a second topic is marked as an aside.

    "нужно перенести операцию ... и заодно -- предоплата переносится?": what follows "и заодно"
    ("and while we're at it", "by the way", "bir de", "übrigens") is secondary, so an intent
    matched only after the first such marker does not outrank one matched before it.
    """
    if not message.any("second_topic"):
        return matched
    for view in ("folded", "latin"):
        text = getattr(message.views, view)
        if not text:
            continue
        # the first marker after the message's opening words ("Also, ..." opens no aside)
        marks = [s for s, _e in message.spans("second_topic", view) if s > 0]
        if not marks:
            continue
        cut = min(marks)
        before = tuple(
            i
            for i in matched
            if any(s < cut for s, _e in message.spans(f"intent:{i}", view))
            or (
                i == "appointment" and any(s < cut for s, _e in message.spans("weekday_time", view))
            )
        )
        if before:
            return before
    return matched


def _only_photos_offered(message: _Message) -> bool:
    """Every documents cue lies inside an offer of photos ("je peux envoyer des photos").

    Photos sent with their format as the message's only question ("I'm sending the photos for
    the estimate, is jpg OK?") ask about the files themselves (the forty-eighth round's).
    """
    if not message.any("photos_offered") or _only_format_asked(message):
        return False
    return not _cue_outside(message, "intent:documents", "photos_offered")


def _only_format_asked(message: _Message) -> bool:
    """A file format asked ("en jpg ça va ?") and every question mark inside that ask."""
    if not message.any("file_format"):
        return False
    text = message.views.folded
    asked = message.spans("file_format", "folded")
    return all(any(s <= i < e for s, e in asked) for i, ch in enumerate(text) if ch in "?؟")


def _quotation_blanked(text: str) -> str | None:
    """The message without its quotations (None when it quotes nothing)."""
    blanked, count = re.subn(lexicon.QUOTATION, " ", text)
    return blanked if count else None


def _included_item_intent(text: str, message: _Message) -> str | None:
    """The intent of "is X included?" asked about a quoted offer, or None.

    "Your offer says '2,450 EUR: 4000 grafts, hotel, transfer'. Does that include the PRP?" asks
    about the PRP, not the price: the quotation (its amount, hotel and transfer) is set aside,
    and the question's own topic decides -- a flight or transfer is travel, anything else in an
    offer (the garment, an x-ray, aftercare) the treatment.
    A price asked outright ("how much ...") stays a price question.
    """
    blanked = _quotation_blanked(text)
    if blanked is None:
        return None
    outside = _Message(blanked)
    if not outside.any("included_asked") or outside.any("price_question"):
        return None
    # the trip is its own topic; anything else in an offer (an x-ray, the garment, aftercare)
    # is part of the treatment
    return "travel" if "travel" in _matched_intents(outside) else "treatment_enquiry"


def _extra_item_intent(message: _Message, matched: Sequence[str]) -> str:
    """The topic of "is X included / extra?" asked beside another question, or ``price_quote``.

    "Do I need a visa? And does my husband's hotel room cost extra?", "does LASIK work with thin
    corneas, and are the check-ups included?": what one item of the stay or the treatment adds
    is asked beside the real question, no price outright ("how much"), no discount; the trip is
    travel, the rest the treatment. A price asked outright stays a price question.
    """
    if (
        not message.any("included_asked")
        or message.any("price_question")
        or message.any("discount")
        or not message.any("question")
    ):
        return "price_quote"
    # the price is named only inside the ask about the item ("im Preis mit drin?", "kostet das
    # Hotelzimmer extra?", "ekstra ücret var mi"); a price asked anywhere else ("fiyat verebilir
    # misiniz, otel dahil mi?", "le prix ... tout compris ?") is the price question
    asked = message.spans("included_asked", "folded")
    if any(
        not any(a <= s and e <= b for a, b in asked)
        for s, e in message.spans("intent:price_quote", "folded")
    ):
        return "price_quote"
    text = message.views.folded
    topics = sorted(
        (min((s for s, _e in message.spans(f"intent:{t}", "folded")), default=len(text)), t)
        for t in ("travel", "treatment_enquiry")
        if t in matched
    )
    if topics:
        return topics[0][1]
    if message.spans("intent:price_quote", "folded") and _question_beside(message, asked):
        # "which implants do you use? are the garment and the tests included in the price?" with
        # no treatment word the table knows ("prothèses", "الحشوات"): beside a question about the
        # treatment, what the offer covers is the treatment's (LABELS.md: "what is included"),
        # the price named only inside the ask (the forty-ninth round's); "is the garment
        # included in the price?" alone stays a price question, as the thirty-fourth round reads
        return "treatment_enquiry"
    return "price_quote"


def _question_beside(message: _Message, asked: Sequence[tuple[int, int]]) -> bool:
    """A question mark in a sentence apart from every ``asked`` span's (folded view); the mark
    that ends a sentence belongs to it."""
    text = message.views.folded
    sentences = [_clause(text, s, e) for s, e in asked]
    return any(
        not any(a <= i <= b for a, b in sentences) for i, ch in enumerate(text) if ch in "?؟"
    )


def _documents_only_included(message: _Message) -> bool:
    """Every documents cue lies in a sentence that asks whether something is included.

    Why: "korse ve kan tahlilleri fiyata dahil mi?", "включены ли в цену анализы?": the tests
    are an item of the offer asked about, no paper asked for or sent (the forty-ninth round's).
    """
    text = message.views.folded
    asked = message.spans("included_asked", "folded")
    cues = message.spans("intent:documents", "folded")
    if not asked or not cues:
        return False
    sentences = [_clause(text, s, e) for s, e in asked]
    return all(any(a <= s < b for a, b in sentences) for s, _e in cues)


def asks_for_a_date(text: str | None) -> bool:
    """Whether an appointment message asks for a date to be booked, moved or checked as free.

    Why: such a request cannot be answered until the coordinator has looked at the calendar, so
    the agent's turn asks for that (``request_info``); a date confirmed ("9 March works for me,
    confirmed") or a cancellation is answered as it is.
    """
    if not text:
        return False
    message = _Message(text)
    # a booked date said not to work (or a window asked) is a request to move it
    # (so is a step before the operation asked to be moved: "can we bring the pre-assessment
    # forward?" -- the forty-eighth round's)
    asked = (
        message.any("appointment_request")
        or message.any("date_conflict")
        or message.any("preop_step_moved")
    )
    return asked and not message.any("appointment_confirmed")


def matched_intents(text: str) -> tuple[str, ...]:
    return _matched_intents(_Message(text))


def _first_question_only(message: _Message, first: str, second: str) -> bool:
    """The message's first question holds ``first`` and not ``second`` (folded view).

    Why: "can I pay the deposit half by card, half by transfer? And do you issue an invoice
    for my insurer?" asks about paying first; the invoice is a second question. "I paid the
    deposit. Can you send me the invoice?" asks for the invoice: its only question holds it.
    """
    text = message.views.folded
    end = text.find("?")
    if end < 0:
        return False
    start = max(text.rfind(ch, 0, end) for ch in ".!;\n") + 1

    def asked(name: str) -> bool:
        return any(start <= s < end for s, _e in message.spans(name, "folded"))

    return asked(first) and not asked(second)


def _trip_after_the_ask(message: _Message, matched: Sequence[str]) -> str | None:
    """The booking or treatment the message asks first, when the trip only follows it.

    Why: "can we move the operation 3 days earlier? the tickets are half the price then" and
    "could my mother have her eyelids done the same week? we'd share the hotel" ask for the
    booking or the treatment; the trip, told after that first question, is its reason or an
    aside. A trip named before or in the first question ("my flight changed, can you move the
    driver's time?") stays the travel request.
    """
    text = message.views.folded
    end = text.find("?")
    if end < 0 or any(s < end for s, _e in message.spans("intent:travel", "folded")):
        return None
    if any(s < end for s, _e in message.spans("fly_after", "folded")):
        # "after how many days can she fly? who meets us at the airport?": the first question
        # asks when the flight can be, the trip's own date; the trip asked after it is the
        # same ask (the forty-fourth round's). Alone, the flight after the operation stays the
        # recovery asked (``_matched_intents`` drops the travel read only inside it).
        return None
    for asked in ("appointment", "treatment_enquiry"):
        if asked in matched and _first_question_only(message, f"intent:{asked}", "intent:travel"):
            return asked
    return None


def _choose(matched: Sequence[str], has_treatment: bool, message: _Message | None = None) -> str:
    if not matched:
        return "other"
    if "payment" in matched:
        if message is not None and "price_quote" in matched and message.any("discount"):
            return "price_quote"
        if (
            message is not None
            and message.any("price_question")
            and not _cue_outside(message, "intent:payment", "pay_method")
        ):
            # "what does it cost with hotel? can I pay in instalments?": the price is asked; how
            # it could be paid is part of the quote, no payment is being made
            # (the price asked in words the intent table does not hold -- "a budget", "ballpark",
            # "c'est combien" -- is a price question all the same)
            return "price_quote"
        if (
            message is not None
            and "documents" in matched
            and message.any("invoice")
            and not message.any("invoice_received")
            and not _first_question_only(message, "intent:payment", "invoice")
            and not message.any("receipt_after_payment")
        ):
            # "send me the invoice for the deposit" asks for the document; "I got the invoice
            # with your IBAN -- what reference do I write?" asks about paying it; "can I pay the
            # deposit by transfer and will I get a receipt for it?" asks how to pay, the receipt
            # follows the payment (the forty-fourth round's)
            return "documents"
        return "payment"
    if (
        message is not None
        and ("documents" in matched or _only_format_asked(message))
        and "price_quote" in matched
        and message.any("price_purpose")
        and not _cue_outside(message, "intent:price_quote", "price_purpose")
    ):
        # "do I send photos from the front and the top to get a quote?": the quote is what the
        # photos are for; the ask is which documents to send
        # (so with the file's format the only question, whatever word presents the files:
        # "Anbei die Fotos für den Kostenvoranschlag, passt PNG?" -- the fiftieth round's)
        return "documents"
    if "price_quote" in matched and (
        has_treatment
        or (
            message is not None
            and (
                message.any("price_asked")
                or message.any("price_question")
                or ("appointment" not in matched and message.any("discount"))
            )
        )
    ):
        # a discount asked ("any discount if we both come the same week?") is a price question
        # too, whatever treatment, x-ray or hotel the message names beside it -- unless a date
        # is asked ("tickets are cheaper on the 3rd, is there an earlier slot?")
        # "how much ... hotel included?" asks a price; the hotel is part of what is priced
        # (the forty-third round's: a price asked outright in words the price-over-travel table
        # does not hold -- "kaç para", "wie viel", "بكام", "a rough budget" -- likewise: "kaç
        # para, fiyata otel dahil mi?" asks what the price is and what it covers)
        return "price_quote"
    return matched[0]


def triage(
    text: str | None,
    *,
    stage: str,
    has_treatment: bool = False,
    learned: bool = True,
) -> Triage:
    """Classify one redacted message; ``has_treatment`` says a known treatment was named.

    ``learned=False`` leaves out the learned red-flag detector (its training asks the rules alone).
    The detector is asked about every post-op message the rules did not escalate -- held ``soon``
    or answered as ``routine`` -- and may only raise it to ``urgent``: a red flag the catalogue
    cannot read at all (no symptom found, an unfamiliar spelling) is the one nobody would see.
    It is not asked when the rules read a lip or chin numb for hours on the day of the operation
    as the anaesthetic wearing off (``Triage.anaesthetic_hours``): its character n-grams do not
    tell "seit 2 Stunden" from "seit 2 Tagen", and three retrains in a row flagged such a message
    again however many of them it was trained on; the rules tell the two apart.
    """
    result = _by_rules(text, stage=stage, has_treatment=has_treatment)
    if (
        learned
        and text
        and asks_the_detector(result)
        and urgency_model.is_red_flag(text, held=result.urgency)
    ):
        return replace(
            result,
            urgency="urgent",
            red_flags=(urgency_model.FLAG,),
            symptoms=True,
            review=False,
        )
    return result


def asks_the_detector(rules: Triage) -> bool:
    """Whether :func:`triage` asks the learned red-flag detector about a message the rules read
    so: a post-op message they did not escalate, whose numbness they did not read as the
    anaesthetic of the day. The trainer (``layers/agents/train_urgency_model.py``) sets the
    threshold on exactly these messages."""
    return (
        rules.intent == "post_op_concern"
        and rules.urgency != "urgent"
        and not rules.anaesthetic_hours
    )


def _by_rules(text: str | None, *, stage: str, has_treatment: bool) -> Triage:
    """The catalogue, negation scopes and intent frames alone (see :func:`triage`)."""
    if not text:
        return Triage(intent="other", urgency="routine")
    message = _Message(text)
    flags, negated = _flags(message)
    post_stage = stage in POST_OP_STAGES
    operated = not post_stage and message.any("operated")  # the stage already says so
    hypothetical = not post_stage and not operated and message.any("hypothetical")
    if flags and hypothetical and _flags_hypothetical(message, flags):
        negated, flags = negated + flags, ()  # "will I bleed a lot after it?": not an emergency
    if flags and not post_stage and not operated and _flags_history(message, flags):
        negated, flags = negated + flags, ()  # "years of shoulder pain": the operation's reason
    if post_stage and "chest_pain" in flags and message.any("chest_sore"):
        flags = tuple(f for f in flags if f != "chest_pain")  # mild, a painkiller asked: the wound
    symptoms, negated_symptoms = message.hits("symptoms", inside="not_bodily")
    symptoms = symptoms or (bool(negated) and message.any("normal"))
    # Before an operation, "after the surgery" in a question is about the future.
    # So is it in a question of what may be done then ("ameliyattan sonra lens takabilir miyim?").
    after = (
        post_stage
        or operated
        or (message.any("after") and not hypothetical and not message.any("care_ask"))
    )
    care = after and message.any("care")  # an aftercare question matters after an operation only
    medical_q = message.any("medication") and message.any("question")
    matched = _matched_intents(message)
    # The safety net: a bodily complaint in words the catalogue does not know, after an operation.
    complaint = after and message.uncleared_complaint()
    same_day = after and _same_day_signs(message)
    # photos of the wound sent and "is it OK?" asked: a look asked for (the forty-sixth round's)
    same_day = same_day or (after and message.any("wound_photo_asked"))

    if flags:
        return Triage(
            intent="post_op_concern",
            urgency="urgent",
            red_flags=flags,
            negated_flags=negated,
            symptoms=True,
            care_question=care,
            medical_question=medical_q,
            matched_intents=matched,
        )
    if after and message.any("travel_now"):
        # "my flight home got cancelled, the hotel is full -- can you change the transfer?", "I'm
        # standing at the airport and they won't let me board": a journey going wrong now is the
        # travel desk's problem today, whatever else the message tells of the healing (a red
        # flag above still escalates it); a person looks at it the same day.
        return Triage(
            intent="travel",
            urgency="soon",
            negated_flags=negated,
            symptoms=symptoms,
            care_question=care,
            matched_intents=matched,
        )
    if after and (
        symptoms
        or care
        or medical_q
        or negated
        or negated_symptoms
        or complaint
        or same_day
        or _routine_course(message)
    ):
        review = complaint or same_day or (symptoms and message.unexplained_symptom())
        soon = symptoms or complaint or same_day
        anaesthetic = not review and _anaesthetic_hours(message)
        if (
            soon
            and not review
            and (
                _care_routine(message, care)
                or (medical_q and not message.any("look_ask"))
                or _quiet_course(message)
                or _lipo_lumps_only(message)
                or _numb_or_sound_only(message)
            )
        ):
            # "a bit swollen, no fever -- when can I wash my hair?": every symptom is ordinary
            # healing and the ask is the care routine; the day's guidance answers it either way.
            # So with a medication question ("the pain is less -- shall I buy another box of
            # the painkiller?"): its answer waits for a person's approval anyway -- unless the
            # patient asks to be looked at ("Tropfen nehm ich. Muss ich vorbeikommen?").
            soon = False
        return Triage(
            intent="post_op_concern",
            urgency="soon" if soon else "routine",
            negated_flags=negated,
            symptoms=symptoms,
            care_question=care,
            medical_question=medical_q,
            matched_intents=matched,
            review=review,
            anaesthetic_hours=anaesthetic,
        )
    intent = _choose(matched, has_treatment, message)
    if intent == "travel":
        intent = _trip_after_the_ask(message, matched) or intent
    if intent == "documents" and len(matched) > 1 and _only_photos_offered(message):
        # "... how many grafts would I need? I can send photos", "can we move the video call to
        # Tuesday 6pm? I sent my photos yesterday": the photos serve the other ask
        intent = _choose([i for i in matched if i != "documents"], has_treatment, message)
    if (
        intent == "documents"
        and "treatment_enquiry" in matched
        and message.any("tests_taken")
        and not message.any("tests_which")
        and not _cue_outside(message, "intent:documents", "tests_taken")
    ):
        # "do I take the blood tests at home or at the clinic?": preparing for the operation;
        # "which tests do I need?" asks for the clinic's list and stays documents
        intent = "treatment_enquiry"
    if (
        intent == "documents"
        and "treatment_enquiry" in matched
        and message.any("tests_which")
        and not _cue_outside(message, "intent:documents", "tests_which")
        and _first_question_only(message, "intent:treatment_enquiry", "intent:documents")
    ):
        # "may I have a liposuction at all after a thrombosis? which tests are needed?": whether
        # the treatment suits the patient is asked first; the tests follow from the answer
        intent = "treatment_enquiry"
    if (
        intent == "travel"
        and "documents" in matched
        and message.any("document_content")
        and not _cue_outside(message, "intent:travel", "document_content")
    ):
        # "a signed certificate that I may not fly for two weeks after the sleeve": the flight
        # is what the letter is to say; the letter is the ask
        intent = "documents"
    if intent == "travel" and message.any("operation_date") and message.any("date_check"):
        # "the coordinator said the operation is on the 12th and I arrive on the 11th -- is that
        # right?": the operation's date is checked; the flight follows from it
        intent = "appointment"
    if (
        not post_stage
        and (intent == "travel" or (intent == "treatment_enquiry" and "travel" in matched))
        and message.any("schedule_ask")
        and message.any("schedule_possible")
        and _cue_outside(message, "schedule_ask", "fly_after")
    ):
        # "I land Tuesday night -- would you see me for the consult Wednesday morning, or do I
        # land Monday?": the flight is the reason; whether the consultation or the operation
        # can be on that day of the stay is a booking question
        intent = "appointment"
    if (
        not post_stage
        and intent in ("treatment_enquiry", "other")
        and message.any("stay_asked")
        and not _cue_outside(message, "question", "stay_asked")
    ):
        # "how many days must I stay in Istanbul after the tummy tuck before I go home?" as the
        # message's only question: the trip's length (the forty-sixth round's)
        intent = "travel"
    if (
        not post_stage
        and (intent == "travel" or (intent == "treatment_enquiry" and "travel" in matched))
        and message.any("when_to_book")
    ):
        # "when should I set the date so that I am there ten days, and is the doctor there
        # then?": the stay is the reason, when to book is the ask (the forty-sixth round's)
        intent = "appointment"
    if (
        intent == "travel"
        and message.any("invitation_letter")
        and not _cue_outside(message, "intent:travel", "invitation_letter")
    ):
        # "can you send me an invitation letter for the embassy, for the visa?": the letter is
        # the clinic's paper; the visa is what it is for (the forty-sixth round's)
        intent = "documents"
    if intent == "documents" and "price_quote" in matched and _documents_only_included(message):
        intent = "price_quote"  # the tests asked as part of the offer: the item's rule below
    if intent == "price_quote":
        intent = _included_item_intent(text, message) or _extra_item_intent(message, matched)
    if (
        intent == "price_quote"
        and "treatment_enquiry" in matched
        and message.any("price_later")
        and not message.any("price_question")
    ):
        # "can it be done with bone graft? we'll talk about the price later": the price is put
        # off, the question about the treatment is the ask
        intent = "treatment_enquiry"
    if post_stage and intent == "treatment_enquiry":
        # After the operation a question about the treatment is about its recovery ("wie lange
        # muss ich das Sitzkissen benutzen?", "после лазерной коррекции можно краситься?").
        intent = "post_op_concern"
    if (
        not post_stage
        and intent in ("appointment", "treatment_enquiry", "price_quote")
        and message.any("get_back")
        and not message.any("question")
    ):
        # "thanks for yesterday's consultation, I'll talk it over and get back to you": a
        # closing message asks nothing; the consultation it thanks for is no booking request
        intent = "other"
    urgency = "routine"
    review = False
    if (
        intent == "other"
        and after
        and not message.any("greeting")
        and len(message.views.folded.split()) >= _MIN_WORDS_FOR_REVIEW
    ):
        # A post-op message the rules cannot read: a person looks at it today. One whose lip or
        # chin the rules read numb for hours on the day of the operation ("وشفتي لسا مخدرة من ٣
        # ساعات", the words for numb told nowhere else) is read -- the anaesthetic wearing off --
        # and, like its sisters in other words, is not the learned detector's to page for (the
        # fiftieth round's retrain scored it over its threshold).
        intent, urgency = "post_op_concern", "soon"
        review = not _anaesthetic_hours(message)
    if intent == "travel" and message.any("soon"):
        # "my flight is today and the transfer didn't come": a journey going on now is for a
        # person the same day (the labelling guide's `soon` for travel). An appointment asked,
        # moved or confirmed for today or tomorrow ("perenesite konsultaciyu na zavtra",
        # "Подтверждаю консультацию завтра в 15:00") is a calendar request like any other: it
        # is answered routine with the details it needs, as every development set labels it.
        urgency = "soon"
    return Triage(
        intent=intent,
        urgency=urgency,
        negated_flags=negated,
        symptoms=symptoms,
        care_question=care,
        medical_question=medical_q and after,
        matched_intents=matched,
        review=review,
        anaesthetic_hours=(
            intent == "post_op_concern" and after and not review and _anaesthetic_hours(message)
        ),
    )


def max_urgency(*levels: str) -> str:
    return max(levels, key=lambda level: URGENCY_ORDER.get(level, 0))
