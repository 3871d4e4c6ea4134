# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The security screen: redact personal identifiers and flag manipulation before anything else.

Every later step (language, triage, the model providers, the checkpoint, the decision) only ever
sees the *redacted* text, so a national id or phone number cannot leak into Postgres, S3, Kafka
or a model prompt by accident. Checksums come from maintained validators (``python-stdnum`` for
Turkish ids, IBANs and Luhn; ``phonenumbers`` for phone numbers in free text) so ordinary numbers
such as prices, dates and flight numbers are left alone. What was redacted is recorded as types
and counts, never values.

Prompt-injection and abuse flags are rules, not a model, and they look at a message's structure
(a pasted "assistant:" turn, a mode switch, an instruction override, a claimed authority setting
money or bypassing the approval) rather than at known phrases: a flagged message is answered with a
safe reply (or blocked) and its text is never handed to a model as an instruction.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from careflow_agents.text import PhraseTables, any_match, compile_all, fold, latin, scripts_of

PLACEHOLDERS: dict[str, str] = {
    "email": "[EMAIL]",
    "iban": "[IBAN]",
    "card": "[CARD]",
    "tr_national_id": "[TR_ID]",
    "phone": "[PHONE]",
    "passport": "[PASSPORT]",
    "number": "[NUMBER]",
}

DEFAULT_PHONE_REGIONS: tuple[str, ...] = ("TR", "DE", "GB", "FR", "RU", "SA", "AE", "US")

_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
# IBAN candidates: upper-case country + check digits, then up to 30 alphanumerics in groups.
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ \-]?[A-Z0-9]){10,30}")
_CARD = re.compile(r"(?<![\d\w])(?:\d[ \-]?){12,18}\d(?![\d\w])")
_ELEVEN_DIGITS = re.compile(r"(?<!\d)\d{11}(?!\d)")
_PASSPORT_WORD = re.compile(
    r"(passport|pasaport|reisepass|passnummer|passeport|паспорт|جواز)", re.IGNORECASE
)
_PASSPORT_TOKEN = re.compile(
    r"(?<![A-Za-z0-9])(?:[A-Za-z]{1,2}\s?\d[A-Za-z0-9]{4,8}|\d{2}\s?\d{2}\s?\d{6}|\d[A-Za-z0-9]{5,8})"
    r"(?![A-Za-z0-9])"
)
# Well-known standalone formats: Turkish (U12345678) and French (12AB34567) passports.
_PASSPORT_STANDALONE = re.compile(
    r"(?<![A-Za-z0-9])(?:[A-Z]\d{8}|\d{2}[A-Z]{2}\d{5})(?![A-Za-z0-9])"
)
# Catch-all: any remaining run of 10+ digits (spaces or dashes between groups) is an identifier
# we did not recognise -- redacted rather than risked. Dots and slashes (dates) are not joined.
_LONG_NUMBER = re.compile(r"(?<![\d\w])\+?\d(?:[ \-]?\d){9,}(?![\d\w])")


@dataclass(frozen=True)
class ScreenResult:
    """The redacted text, what was removed (type -> count), and the security flags raised."""

    text: str | None
    redactions: dict[str, int] = field(default_factory=dict)
    flags: tuple[str, ...] = ()

    @property
    def blocked(self) -> bool:
        return bool(self.flags)


Finder = Callable[[str], list[tuple[int, int]]]


def _iban_spans(text: str) -> list[tuple[int, int]]:
    from stdnum import iban

    spans: list[tuple[int, int]] = []
    for match in _IBAN.finditer(text):
        raw = match.group(0)
        # The candidate may run into following capitals; try the longest valid prefix.
        positions = [i for i, ch in enumerate(raw) if ch.isalnum()]
        for length in range(min(len(positions), 34), 14, -1):
            compact = "".join(raw[i] for i in positions[:length])
            if iban.is_valid(compact):
                spans.append((match.start(), match.start() + positions[length - 1] + 1))
                break
    return spans


def _card_spans(text: str) -> list[tuple[int, int]]:
    from stdnum import luhn

    spans = []
    for match in _CARD.finditer(text):
        digits = re.sub(r"\D", "", match.group(0))
        if 13 <= len(digits) <= 19 and luhn.is_valid(digits):
            spans.append(match.span())
    return spans


def _tr_id_spans(text: str) -> list[tuple[int, int]]:
    from stdnum.tr import tckimlik

    return [m.span() for m in _ELEVEN_DIGITS.finditer(text) if tckimlik.is_valid(m.group(0))]


def _phone_finder(regions: Sequence[str]) -> Finder:
    def find(text: str) -> list[tuple[int, int]]:
        import phonenumbers

        spans: list[tuple[int, int]] = []
        for region in regions:
            matcher = phonenumbers.PhoneNumberMatcher(
                text, region, leniency=phonenumbers.Leniency.VALID
            )
            spans.extend((m.start, m.end) for m in matcher)
        return spans

    return find


def _passport_spans(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _PASSPORT_STANDALONE.finditer(text)]
    for word in _PASSPORT_WORD.finditer(text):
        window_start = word.end()
        window = text[window_start : window_start + 40]
        token = _PASSPORT_TOKEN.search(window)
        if token and sum(ch.isdigit() for ch in token.group(0)) >= 5:
            spans.append((window_start + token.start(), window_start + token.end()))
    return spans


def _long_number_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _LONG_NUMBER.finditer(text)]


def _email_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _EMAIL.finditer(text)]


def _apply(text: str, kind: str, spans: Iterable[tuple[int, int]], counts: Counter[str]) -> str:
    """Replace non-overlapping spans (leftmost, longest first) with the kind's placeholder."""
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(set(spans), key=lambda s: (s[0], -(s[1] - s[0]))):
        if chosen and start < chosen[-1][1]:
            continue
        chosen.append((start, end))
    for start, end in reversed(chosen):
        text = text[:start] + PLACEHOLDERS[kind] + text[end:]
    if chosen:
        counts[kind] += len(chosen)
    return text


def redact(
    text: str, phone_regions: Sequence[str] = DEFAULT_PHONE_REGIONS
) -> tuple[str, dict[str, int]]:
    """Redact identifiers, most specific validator first; returns (text, type -> count)."""
    counts: Counter[str] = Counter()
    finders: list[tuple[str, Finder]] = [
        ("email", _email_spans),
        ("iban", _iban_spans),
        ("card", _card_spans),
        ("tr_national_id", _tr_id_spans),
        ("passport", _passport_spans),
        ("phone", _phone_finder(phone_regions)),
        ("number", _long_number_spans),
    ]
    for kind, finder in finders:
        text = _apply(text, kind, finder(text), counts)
    return text, dict(counts)


# --- manipulation flags ------------------------------------------------------------------------
# Natural spelling; folded (case, accents, Arabic marks) before matching. Only patterns with a
# clear instruction-override or data-extraction meaning: "do other patients swell too?" is fine.

# Injection is recognised by its *structure*, not by phrases: what a patient never needs to write
# to a clinic. Strong signs block alone; weaker ones (a claimed authority, money being set, the
# approval being bypassed) block together. Each list has every language; Cyrillic lines also match
# Russian typed in Latin letters, and a de-leeted view ("1gn0re ur rulez") is matched too.
_STRONG: dict[str, list[str]] = {
    # A fake conversation turn or system message pasted into the text.
    "fake_turn": [
        r"\[\s*(system|sistem|systeme|system message|assistant|assistent|asistan|user|utilisateur|kullanici|admin|note admin|admin note|developer|система|ассистент|пользователь|админ|النظام|المساعد|المستخدم|الادمن)\s*\]",
        r"(^|[.!?\n]\s*)(system|assistant|assistent|asistan|sistem|systeme|ассистент|система|النظام|المساعد)\s*:\s*\S",
        r"\b(user|utilisateur|kullanici|kullanıcı|benutzer|пользователь|المستخدم)\s*:.{0,300}\b(assistant|assistent|asistan|ассистент|المساعد)\s*:",
        r"\b(assistant|assistent|asistan|ассистент|المساعد)\s*:.{0,300}\b(user|utilisateur|kullanici|kullanıcı|benutzer|пользователь|المستخدم)\s*:",
        r"<\|?(im_start|system|assistant)\|?>",
        r"#{2,}\s*(system|admin|override|instruction)",
        r"\b(system|admin|security|pricing|policy) override\b",
        r"^\W*(system|admin|sistem|systeme|système|система|النظام)\s+(notice|message|update|note|alert|mesajı?|nachricht|notiz|hinweis|uyarısı?|avis|уведомление|сообщение|تنبيه|رساله|رسالة)\s*:",
        r"^\W*-{2,}.{0,40}(notiz|note|notu|записка|ملاحظه).{0,40}-{2,}",
    ],
    # Switching the assistant into another role or mode.
    "role_switch": [
        r"\b(developer|dev|god|admin|debug|maintenance|unrestricted|jailbreak) ?mode\b",
        r"\b(you are|you're|youre|ur|u r) (now|from now on)\b.{0,25}\b(admin\w*|developer|dan|system|unrestricted|free to|allowed to|in (developer|admin|god|debug)|an? (ai|bot|assistant) (with|without|that)|the (admin|owner|boss|manager|doctor))",
        r"\bact as\b.{0,20}\b(an?|the|d\.?a\.?n|admin|administrator|developer|system)\b",
        r"\b(d\.a\.n\.?|do anything now|jailbreak|no restrictions|without restrictions|no limits)\b",
        r"\b(pretend|roleplay|role-play|imagine) (that )?(you are|you're|to be|as)\b",
        r"(gibi davran|rolüne gir|rolü yap|olduğunu varsay)",
        r"(tu so,? als (wärst|seist) du|stell dir vor,? du bist)",
        r"(fais comme si tu (étais|es)|fais semblant d'être|imagine que tu es)",
        r"(притворись|представь,? что ты|сыграй роль)",
        r"(تظاهر|تخيل انك|تخيل أنك|اعتبر نفسك)",
        r"(gelistirici|geliştirici|yonetici|yönetici|admin) mod",
        r"\bsen (artik|artık|simdi|şimdi)\b.{0,20}(admin|yonetici|yönetici|sistem|gelistirici|geliştirici)",
        r"entwicklermodus|admin-?modus|debug-?modus",
        r"\bdu bist (jetzt|ab jetzt|nun)\b.{0,20}(admin|administrator|entwickler|system|im)",
        r"(einschränkungen|beschränkungen|regeln) (sind )?(aufgehoben|deaktiviert)",
        r"mode (développeur|developpeur|admin|debug|sans restriction)",
        r"\btu es (maintenant|désormais|desormais)\b.{0,20}(admin|administrateur|développeur|developpeur|système|systeme|en mode|le (directeur|chef|patron))",
        r"режим\w* (разработчика|администратора|отладки)",
        r"\bты (теперь|сейчас)\b.{0,25}(админ|администратор|разработчик|систем|в режиме)",
        r"(انت|أنت) (الحين|الان|الآن|هلق|دلوقتي)\b.{0,20}(admin|ادمن|مدير|المسؤول|النظام|وضع)",
        r"وضع (المطور|المبرمج|الادمن)",
        r"\benta (delwa2ty|delwa2ti|el7in|alhin)\b",
    ],
    # Telling the assistant to drop its instructions.
    "override": [
        r"\b(ignore|disregard|forget|override|bypass|skip)\b.{0,40}\b(instructions?|rules?|rulez|prompt|guidelines|policy|polic(y|ies)|restrictions)",
        r"(talimat|kural|yonerge|yönerge)\w*.{0,30}(yok say|unut|gormezden gel|görmezden gel|gecersiz|geçersiz)",
        r"(yok say|unut|gormezden gel|görmezden gel)\w*.{0,30}(talimat|kural)",
        r"\b(ignorier|vergiss|missachte|übergeh)\w*.{0,40}(anweisung|regel|vorgabe|prompt|richtlinie)",
        r"\b(ignore|oublie|oubliez|ignorez|ignorer)\b.{0,40}\b(instructions?|consignes|regles|règles|prompt)",
        r"\b(игнорируй|игнорировать|забудь|забудьте|отключи|отмени)\w*.{0,40}(инструкц|правил|промпт|ограничени|одобрени)",
        r"(تجاهل|انس|انسى|إنس)\s.{0,30}(التعليمات|تعليمات|القواعد|الاوامر)",
        r"\b(ignore|disregard|forget)\b (all |everything )?(the |of the )?(above|previous|before|said before)\b",
        r"(yukarıdakileri|öncekileri) (yok say|unut|görmezden gel)",
        r"(ignorier|vergiss)\w* (das|alles) (obige|vorherige|davor)",
        r"(ignore|oublie)\w* (tout )?(ce qui précède|ce qui est au-dessus|ce qui a été dit)",
        r"(игнорируй|забудь)\w* (всё|все) (выше|предыдущее|что было)",
        r"(تجاهل|انس) (كل )?(ما سبق|اللي فوق|اللي قبل)",
    ],
    # Asking for the hidden instructions or for what triggers a human.
    "reveal": [
        r"\b(system ?prompt|internal rules|hidden (instructions|rules)|your (instructions|rules|prompt) (word for word|verbatim|in full))",
        r"\b(reveal|show|print|repeat|display|output)\b.{0,30}\b(prompt|instructions|system message|rules you)",
        r"(which|what) (words|keywords|phrases).{0,30}(call a human|escalat|trigger|flag)",
        r"(sistem (istemi|promptu)|talimatlarin tamamini|talimatlarını)",
        r"(systemprompt|system-prompt|systemanweisung)",
        r"(welche|was für) (wörter|woerter|begriffe).{0,30}(eskalation|auslösen|ausloesen|mensch)",
        r"(prompt (système|systeme)|instructions (internes|système|systeme|cachées))",
        r"(системн\w* (промпт|инструкц|сообщени)|скрыт\w* инструкц)",
        r"(التعليمات المخفيه|التعليمات المخفية|تعليمات النظام|البرومبت)",
        r"\bmodel instructions\b",
        r"\binternal (price list|prices|pricing|rules|notes|documents|instructions)\b",
    ],
}
_WEAK: dict[str, list[str]] = {
    # A standing order to the assistant ("from now on you ...").
    "directive": [
        r"\b(from now on|from this moment|starting now|henceforth)\b.{0,40}\b(you|answer|approve|confirm|reply|respond|accept|say|give)",
        r"\b(bundan (sonra|böyle)|artık|şu andan itibaren)\b.{0,40}(sen|onayla|cevap|yanıt|de\b|ver\b|kabul)",
        r"\b(ab sofort|ab jetzt|von nun an|künftig)\b.{0,40}(du|bestätig|antworte|genehmig|sag|gib)",
        r"\b(à partir de maintenant|dorénavant|désormais|a partir de maintenant)\b.{0,40}(tu|confirme|réponds|valide|accepte|dis|donne)",
        r"(с этого момента|отныне|теперь всегда)\b.{0,40}(ты|подтвержда|отвеча|одобря|соглаша|говори|давай)",
        r"(من الآن فصاعدا|من الان فصاعدا|من الحين ورايح|من دلوقتي)\b.{0,40}(انت|أنت|وافق|أكد|اكد|رد|قل|اعط)",
        r"\b(mn|men|min) (delwa2ty|delwa2ti|el7in)\b",
    ],
    # Somebody claims to write for the clinic (a note, a doctor, an owner, the accounts team).
    "authority": [
        r"\b(note|message|instruction|memo) (from|by) (dr|doctor|the doctor|the surgeon|admin|management|the clinic)",
        r"\b(this is|i am|i'm|im) (dr\b|doctor|the doctor|the surgeon|the owner|the admin|the administrator|\w+ from the clinic|the clinic)",
        r"\b(admin|administrator|accounts team|accounting|management|head surgeon)\b.{0,20}(note|here|:)",
        r"\b(tell|instruct|inform|message for) the (bot|assistant|ai|system|chatbot)\b",
        r"\b(dr\.?|doctor|the surgeon|the clinic|management)\s?\w* (asked|told|instructed|wants) me to (tell|inform|say|pass)",
        r"(bu mesaj|mesaj) .{0,20}(yönetim|yonetim|muhasebe|doktor)\w*",
        r"(klinik )?(yönetiminden|yonetiminden|yönetimden|yonetimden)",
        r"hier (spricht|schreibt) (die|der) (klinik|leitung|arzt|chef|verwaltung)|klinikleitung",
        r"(de la part (du|de la) (dr|docteur|direction|clinique)|message de la direction)",
        r"(от имени (врача|клиники|администрации)|сообщение от (врача|клиники|администрации))",
        r"(انا|أنا) (مدير|مديره|مديرة|صاحب|صاحبة|دكتور|الدكتور|المدير|المسؤول)",
        r"\b(new instructions?|updated instructions?|as per (dr|doctor|the doctor|the surgeon|management)|instructions? (from|of|by) (the )?(dr|doctor|surgeon|chief|clinic|management))",
        r"(yeni talimat|doktorun talimatı|doktor talimatı|doktor onaylı|doktor onayli|başhekim)",
        r"(neue anweisung|anweisung (vom|von der|des) (chefarzt|arzt|ärztin|klinik|leitung))",
        r"(nouvelles? (instructions?|consignes?)|consigne du (docteur|médecin|chirurgien|directeur))",
        r"(новые инструкции|указание (врача|главврача|администрации|клиники))",
        r"(تعليمات جديده|تعليمات جديدة|تعليمات من (الطبيب|الدكتور|الاداره|الإدارة))",
        r"\bfrom the clinic'?s? (accounts|finance|billing|management|admin)",
        r"(dr\.? ?notu|doktor notu|op\. ?dr\.?.{0,20}onay|klinigin sahibi|kliniğin sahibi|muhasebe birimi|yonetim karari|yönetim kararı|talimat benden)",
        r"(interne notiz|notiz (von|dr)|anweisung (von|der) (dr|klinik|leitung)|ich bin (der|die) (arzt|ärztin|chef|inhaber|admin))",
        r"(note (admin|interne|du dr|de la direction)|je suis (le|la) (dr|docteur|chirurgien|directeur|directrice|admin)|valid\w* par la direction|comptabilit\w* de la clinique)",
        r"(записка врача|заметка врача|я (администратор|врач|главврач|владелец)|бухгалтерия клиники|от администрации)",
        r"(ملاحظه من|ملاحظة من|من قسم الحسابات|من الاداره|من الإدارة|انا الدكتور|أنا الدكتور|انا المدير|أنا المدير)",
    ],
    # Money set or moved: a price, discount, free treatment, paid/zero invoice, new bank account.
    "money": [
        r"\b(new|changed|different|updated) (iban|bank (account|details)|account number|rib)",
        r"\b(switched|changed) banks?\b",
        r"\b\d+ ?% ?(off|discount)\b|\bdiscount of \d+",
        r"\b(for free|free of charge|waived|paid in full|zero invoice|invoice (of )?0)\b",
        r"(yeni iban|hesap numara\w* degisti|hesap numara\w* değişti|%\s?\d+ indirim|ucretsiz|ücretsiz|bedava|0 tl)",
        r"(neue (iban|bankverbindung|kontonummer)|bankverbindung.{0,30}(ändern|aendern|geändert)|\d+ ?(prozent|%) rabatt|freundschaftspreis|kostenlos|gratis|erstattet)",
        r"(nouveau rib|nouvel iban|nouveau iban|\d+ ?% de (reduc|réduc|remise)|gratuit|rembours)",
        r"(новый iban|новые реквизиты|реквизиты изменились|скидк\w* \d+|\d+ ?% скидк|бесплатн|0 евро|без предоплаты)",
        r"(الايبان الجديد|الآيبان الجديد|حساب جديد|تغير حساب|خصم \d+|خصم ٪|مجانا|مجاناً|مجاني|الفاتوره صفر|معفى من العربون)",
        r"\bdiscount \d+ ?%|\b\d+ ?% discount",
        r"(yarı yarıya|yari yariya|fiyat\w* (düşür|dusur|indir)|kaporasız|kaporasiz)",
        r"(غير|غيّر|تغيير|بدل) (رقم )?(الايبان|الآيبان|الحساب)|الحساب الجديد",
        r"\b(half price|50 ?% off|price (is|to) \d+)\b",
        r"\b(all|every|any) (the )?(discounts?|refunds?|free upgrades?)\b",
        r"\b(invoice|bill|balance|total)\b.{0,20}\b(to 0|to zero|cancell?ed|waived|is 0|= ?0)\b",
        r"\b(pays? nothing|doesn'?t (have to )?pay|free hotel|free upgrade|approve my free)\b",
        r"\b(say|tell (me|him|her|them)) (that )?the price is\b",
        r"(tüm|bütün) indirim|ödeme yapmayacak|hiçbir şey ödemez|ücret almayın",
        r"(alle rabatte|jede rückerstattung|zahlt nichts|muss nichts zahlen|rechnung auf 0)",
        r"(tous les (remboursements|rabais|remises)|ne paie (pas|rien)|gratuitement)",
        r"(все скидки|все возвраты|ничего не платит|не платит|бесплатно)",
        r"(كل الخصومات|كل الخصومات|لا تدفع|ما تدفع|ببلاش|kol el discounts?)",
    ],
    # The approval or the team being bypassed, or a rule invented for every patient.
    "bypass": [
        r"\b(skip|without|no need (for|to)|don'?t (ask|tell)|bypass)\b.{0,25}\b(coordinator|approval|team|human|validation|checking)",
        r"\b(without|no) (any )?(review|verification|checks?|checking|approval)\b",
        r"\b(don'?t|do not|must not|never|mustn'?t) (escalate|call a human|involve|forward|notify)\b",
        r"(kontrol etmeden|onaysız|eskalasyon yapma|kimseye haber verme|yöneticiye iletme)",
        r"(nicht eskalieren|niemanden informieren|ohne rücksprache)",
        r"(sans (vérification|contrôle|validation)|n'escalade pas|ne préviens personne)",
        r"(без проверки|не эскалируй|никому не сообщай|без согласования)",
        r"(بدون مراجعه|بدون مراجعة|لا تصعد|لا تبلغ احد|ما تقول لاحد|matsalsh 7ad|mat2olsh le 7ad)",
        r"\b(new (clinic )?policy|policy (of the clinic|update))\b",
        r"\b(all|every) patients?\b.{0,30}\b(iban|account|discount|free|price)",
        r"\b(in|to) (all )?(your )?(replies|answers|responses)\b",
        r"(koordinatör|koordinator)\w* (sorma|danışma|danisma|haber verme|bilgi verme)",
        r"(cevaplar|yanıtlar|yanitlar)\w*(da|de)\b",
        r"(in (allen|deinen) antworten)",
        r"(dans (tes|vos|toutes les) réponses)",
        r"(в (своих |всех )?ответах)",
        r"(في الردود|في ردودك|بالردود)",
        r"(koordinatore|koordinatöre) sormaya gerek yok|onay sureci beklemeden|onay süreci beklemeden|tum hastalara|tüm hastalara",
        r"(nicht an die koordination|ohne (prüfung|pruefung|rückfrage|freigabe)|sag nichts davon|neue richtlinie|allen antworten)",
        r"(sans (validation|passer par|demander)|inutile de demander|nouvelle politique|aux patients le nouveau)",
        r"(без (одобрения|согласования|координатора)|по новой политике|отправляй пациентам|всем \w* пациентам)",
        r"(بدون الرجوع|بدون موافقه|بدون موافقة|السياسه الجديده|السياسة الجديدة|ارسل للمرضى|كل مريض)",
    ],
}
_SIGNS = PhraseTables({**_STRONG, **_WEAK})
_LEET = str.maketrans(
    {"1": "i", "0": "o", "3": "e", "4": "a", "@": "a", "$": "s", "5": "s", "7": "t"}
)
_HAS_DIGIT = re.compile(r"[0-9@$]")
_LEET_WORD = re.compile(r"\b(?=\w*[a-z])(?=\w*[0-9@$])[\w@$]+\b")


def _deleet(folded: str) -> str:
    return _LEET_WORD.sub(lambda m: m.group(0).translate(_LEET), folded)


def injection_signs(redacted: str) -> tuple[str, ...]:
    """The structural signs of a manipulation attempt found in a message."""
    folded_view = fold(redacted)
    scripts = scripts_of(folded_view)
    # Russian typed in Latin letters: only a Latin-script message can be one.
    latin_view = latin(folded_view) if scripts == ("latin",) else ""
    leet = _deleet(folded_view) if _HAS_DIGIT.search(folded_view) else folded_view
    found = []
    for name in (*_STRONG, *_WEAK):
        folded, latin_patterns = _SIGNS.patterns(
            name, scripts, translit=bool(latin_view), text=folded_view, latin_text=latin_view
        )
        leet_patterns = (
            _SIGNS.patterns(name, scripts, translit=False, text=leet)[0]
            if leet != folded_view
            else ()
        )
        if (
            any_match(folded, folded_view)
            or any_match(latin_patterns, latin_view)
            or any_match(leet_patterns, leet)
        ):
            found.append(name)
    return tuple(found)


def is_injection(signs: tuple[str, ...]) -> bool:
    strong = [s for s in signs if s in _STRONG]
    weak = [s for s in signs if s in _WEAK]
    return bool(strong) or len(weak) >= 2


# (whose, what) per language: "other patients" near a kind of personal data, in either order.
_OTHERS_DATA: tuple[tuple[str, str], ...] = (
    (
        r"\b(other|another|all( the)?|previous|different)\b.{0,12}\bpatients?'?s?\b",
        r"\b(data|records?|names?|phones?|numbers?|e-?mails?|address\w*|details|files?|list|contacts?)\b",
    ),
    (
        r"(diger|baska|tum|butun|onceki) hasta\w*",
        r"(bilgi|veri|isim|telefon|numara|adres|kayit|liste|dosya)",
    ),
    (
        r"(andere[rn]?|aller|alle|fremde[rn]?) patient\w*",
        r"(daten|name|nummer|telefon|adresse|liste|akte)",
    ),
    (
        r"(autres|d'autres|tous les|des autres) patients",
        r"(donnees|noms?|numeros?|telephones?|adresses?|liste|dossiers?)",
    ),
    (r"(других|всех|другого|чужих) пациент\w*", r"(данн|имен|имя|номер|телефон|адрес|список)"),
    (
        r"(المرضى الاخرين|مرضى اخرين|جميع المرضى|مريض اخر|المرضى)",
        r"(بيانات|اسماء|ارقام|عناوين|قائمه|معلومات|ملفات)",
    ),
)
_DATA_EXTRACTION = compile_all(
    [f"{who}.{{0,40}}{what}" for who, what in _OTHERS_DATA]
    + [f"{what}.{{0,40}}{who}" for who, what in _OTHERS_DATA]
    + [
        r"\b(list|database|export|dump)\b.{0,20}\b(of )?(all )?(your )?patients",
        r"hasta (listesi|veritabani)",
    ]
)
_ABUSE = compile_all(
    [
        r"\b(fuck\w*|bitch\w*|asshole\w*|idiots?|stupid|moron\w*|bastard\w*|kill you|i will hurt you)\b",
        r"\b(siktir\w*|orospu\w*|salak\w*|aptal\w*|gerizekal\w*|şerefsiz\w*|seni öldüreceğim)\b",
        r"\b(arschloch\w*|idiot(en)?|scheiß\w*|scheiss\w*|wichser\w*|hurensohn\w*|ich bringe dich um)\b",
        r"\b(connard\w*|connasse\w*|putain|salope\w*|encul\w*|abruti\w*|je vais vous tuer)\b",
        r"(сука|идиот|дебил|ублюд|мудак|убью)",
        r"(غبي|حقير|كلب|سافل|اقتلك)",
    ]
)


def flags_for(redacted: str) -> tuple[str, ...]:
    """Security flags of an already-redacted message (deterministic, language-independent)."""
    folded = fold(redacted)
    flags = []
    if is_injection(injection_signs(redacted)):
        flags.append("prompt_injection")
    if any_match(_DATA_EXTRACTION, folded):
        flags.append("data_request")
    if any_match(_ABUSE, folded):
        flags.append("abuse")
    return tuple(flags)


def screen(text: str | None, phone_regions: Sequence[str] = DEFAULT_PHONE_REGIONS) -> ScreenResult:
    """Redact, then flag. ``None`` (a media-only message) passes through unchanged."""
    if not text:
        return ScreenResult(text=text)
    redacted, counts = redact(text, phone_regions)
    return ScreenResult(text=redacted, redactions=counts, flags=flags_for(redacted))
