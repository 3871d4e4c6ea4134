"""The security screen: redact personal identifiers and flag manipulation before anything else.

Every later step (language, triage, the model providers, the checkpoint, the decision) only ever
sees the *redacted* text, so a national id or phone number cannot leak into Postgres, S3, Kafka
or a model prompt by accident. Checksums come from maintained validators (``python-stdnum`` for
Turkish ids, IBANs and Luhn; ``phonenumbers`` for phone numbers in free text) so ordinary numbers
such as prices, dates and flight numbers are left alone. What was redacted is recorded as types
and counts, never values.

Prompt-injection and abuse flags are rules, not a model: a flagged message is answered with a
safe reply (or blocked) and its text is never handed to a model as an instruction.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from careflow_agents.text import any_match, compile_all, fold

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

_INJECTION = compile_all(
    [
        r"\b(ignore|disregard|forget|override)\b.{0,40}\b(instructions?|rules|prompt|guidelines)",
        r"\b(system prompt|developer mode|jailbreak|you are now|act as (an?|the) )",
        r"\b(reveal|show|print|repeat)\b.{0,30}\b(prompt|instructions|system message)",
        r"(talimat|kural|yonerge)\w*.{0,30}(yok say|unut|gormezden gel|gecersiz)",
        r"\b(sistem (istemi|promptu)|gelistirici modu)",
        r"\b(ignorier|vergiss|missachte)\w*.{0,40}(anweisung|regel|vorgabe|prompt)",
        r"\b(ignore|oublie|oubliez|ignorez)\b.{0,40}\b(instructions?|consignes|regles)",
        r"\b(игнорируй|игнорировать|забудь|забудьте)\w*.{0,40}(инструкц|правил|промпт)",
        r"(تجاهل|انس|انسى)\s.{0,30}(التعليمات|تعليمات|القواعد)",
        r"(تصرف ك|موجه النظام)",
    ]
)
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
    if any_match(_INJECTION, folded):
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
