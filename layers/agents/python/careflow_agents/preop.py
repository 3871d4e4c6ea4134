# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The pre-op agent: keep the treatment's checklist and ask only for what is still missing.

Each item is asked once over the whole conversation (``asked`` is checkpointed), a few at a
time so a patient is not handed a form. Answers are stored as minimal facts -- an age, a yes/no,
"provided" -- because the message itself is the clinical record, kept elsewhere. A complete
checklist produces a quote draft that waits for a coordinator's approval.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from careflow_agents import config as cfg
from careflow_agents.state import Draft
from careflow_agents.text import any_match, compile_all, fold
from careflow_shared.stages import can_transition
from careflow_shared.tenant_config import PriceRange, TenantConfig, Treatment

PREOP_STAGES = frozenset({"enquiry", "qualifying", "pre_op"})
ASK_BATCH = 4

_AGE = compile_all(
    [
        r"\b(\d{2})\s*(years? old|years|yo\b|y/o|yaşında\w*|yaşım\w*|yaş\b|jahre|ans\b|лет\b|года?\b|سنة|سنه|عام)",
        r"\b(i am|i'm|im|age|aged|yaşım|yaş|alter|ich bin|j'ai|âge|мне|возраст|عمري|العمر)\s*:?\s*(\d{2})\b",
    ]
)
_SMOKE_NO = compile_all(
    [
        r"(don'?t smoke|do not smoke|non-?smoker|never smoked|not a smoker|quit smoking|stopped smoking|no smoking)",
        r"(sigara (içmiyorum|kullanmıyorum|yok)|sigarayı bıraktım)",
        r"(rauche nicht|nichtraucher|rauche kein)",
        r"(ne fume pas|non-fumeu|ne fume plus|jamais fumé)",
        r"(не курю|бросил\w* курить|некурящ)",
        r"(لا أدخن|غير مدخن|لا ادخن|أقلعت عن التدخين)",
    ]
)
_SMOKE_YES = compile_all(
    [
        r"(\bi smoke\b|\bsmoker\b|cigarettes? a day)",
        r"sigara (içiyorum|kullanıyorum)",
        r"(ich rauche|\braucher(in)?\b)",
        r"(je fume|fumeu(r|se))",
        r"(\bкурю\b|курильщи)",
        r"(أدخن|مدخن)",
    ]
)
_MEDS_NO = compile_all(
    [
        r"(no medications?|no meds|not taking any|don'?t take any|not on any medication|no regular medication)",
        r"(ilaç kullanmıyorum|ilaç yok|düzenli ilaç.{0,15}(yok|kullanmıyorum))",
        r"(keine medikamente|nehme keine)",
        r"(aucun médicament|ne prends (pas|aucun)|pas de médicament)",
        r"(не принимаю|никаких лекарств|лекарств\w* не принимаю)",
        r"(لا أتناول|لا آخذ أي|لا اتناول|بدون أدوية)",
    ]
)
_MEDS_YES = compile_all(
    [
        r"(i take|i'm taking|i am taking|(and|also) tak(e|ing)\b|on medication|\bmedication\b|\bpills?\b)",
        r"(ilaç|kullanıyorum)",
        r"(ich nehme|medikament)",
        r"(je prends|médicament)",
        r"(принимаю|лекарств|таблетк)",
        r"(أتناول|دواء|أدوية)",
    ]
)
_ALLERGY_NO = compile_all(
    [
        r"(no allerg|not allergic|don'?t have (any )?allerg)",
        r"(alerjim yok|alerji yok|alerjim bulunmuyor)",
        r"(keine allergie|nicht allergisch)",
        r"(pas d'allergie|aucune allergie|pas allergique)",
        r"(нет аллерги|аллергии нет)",
        r"(ليس لدي حساسية|لا توجد حساسية|لا يوجد حساسية|ما عندي حساسية|لا أعاني من حساسية)",
    ]
)
_ALLERGY_YES = compile_all([r"(allerg|alerji|аллерги|حساسية)"])
_HISTORY_NO = compile_all(
    [
        r"(no (chronic|medical|health) (issues|problems|conditions|illness\w*|disease\w*)|\bhealthy\b|no illness|no diseases|no previous (surgery|surgeries|operations)|never had (an? )?(surgery|operation))",
        r"(kronik (bir )?hastalığım yok|sağlıklıyım|hastalığım yok|sağlık sorunum yok)",
        r"(keine vorerkrankungen|\bgesund\b|keine krankheiten|keine chronischen)",
        r"(aucune maladie|pas d'antécédents|en bonne santé|aucun antécédent|pas de maladie)",
        r"(хронических заболеваний нет|нет хронических|\bздоров|нет заболеваний)",
        r"(لا أعاني من (أي )?(أمراض|مرض)|بصحة جيدة|لا توجد أمراض|لا يوجد لدي أمراض)",
    ]
)
_HISTORY_YES = compile_all(
    [
        r"(diabet|hypertension|blood pressure|asthma|heart|thyroid|had (a )?surgery|operated)",
        r"(şeker hasta|tansiyon|astım|kalp|tiroid|ameliyat oldum)",
        r"(diabetes|bluthochdruck|asthma|herz|schilddrüse|operiert)",
        r"(diabète|hypertension|asthme|cœur|coeur|thyroïde|opéré)",
        r"(диабет|давлени|астм|сердц|щитовид|операци\w* был)",
        r"(سكري|ضغط الدم|ربو|القلب|الغدة|أجريت عملية)",
    ]
)
_MONTHS = (
    r"january|february|march|april|june|july|august|september|october|november|december|"
    r"ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|kasım|aralık|"
    r"januar|februar|märz|juni|juli|oktober|dezember|"
    r"janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"январ|феврал|март|апрел|ма[йяе]\b|июн|июл|август|сентябр|октябр|ноябр|декабр|"
    r"يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|"
    r"شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|كانون"
)
_DATES = compile_all(
    [
        rf"\b({_MONTHS})",
        r"\bmai\b",
        r"\b\d{1,2}[./]\d{1,2}([./]\d{2,4})?\b",
        r"(next month|next week|in (the )?(spring|summer|autumn|fall|winter)|flexible|any time|anytime)",
        r"(gelecek ay|önümüzdeki ay|yazın|kışın|esnek|her zaman)",
        r"(nächsten monat|im (sommer|winter|frühling|herbst)|flexibel)",
        r"(le mois prochain|en (été|hiver|automne)|au printemps|flexible|n'importe quand)",
        r"(в следующем месяце|летом|зимой|осенью|весной|в любое время)",
        r"(الشهر القادم|في الصيف|في الشتاء|أي وقت)",
    ]
)
_PHOTO_KINDS = frozenset({"photo", "image", "photos", "picture"})


def _age(folded: str) -> int | None:
    for pattern in _AGE:
        for found in pattern.finditer(folded):
            digits = [g for g in found.groups() if g and g.isdigit()]
            if digits and 16 <= int(digits[0]) <= 90:
                return int(digits[0])
    return None


def _yes_no(
    folded: str, no: Sequence[re.Pattern[str]], yes: Sequence[re.Pattern[str]]
) -> bool | None:
    if any_match(no, folded):
        return False
    if any_match(yes, folded):
        return True
    return None


def extract(text: str | None, *, attachments: Sequence[str], message_type: str) -> dict[str, Any]:
    """Checklist facts stated in one redacted message (minimal values, no free text)."""
    facts: dict[str, Any] = {}
    if message_type in ("image", "photo") or _PHOTO_KINDS.intersection(
        a.lower() for a in attachments
    ):
        facts["photos"] = True
    if not text:
        return facts
    folded = fold(text)
    age = _age(folded)
    if age is not None:
        facts["age"] = age
    for item, no, yes in (
        ("smoking", _SMOKE_NO, _SMOKE_YES),
        ("medications", _MEDS_NO, _MEDS_YES),
        ("allergies", _ALLERGY_NO, _ALLERGY_YES),
        ("medical_history", _HISTORY_NO, _HISTORY_YES),
    ):
        value = _yes_no(folded, no, yes)
        if value is not None:
            facts[item] = value
    if any_match(_DATES, folded):
        facts["preferred_dates"] = True
    return facts


def _next_stage(stage: str, treatment_known: bool) -> str | None:
    if stage == "enquiry":
        return "qualifying"
    if stage == "qualifying" and treatment_known:
        return "pre_op"
    return None


def _price_text(
    tenant: TenantConfig, template: str, language: str, name: str, price: PriceRange
) -> str:
    """A template that states the treatment's published price range (a range or a quote draft)."""
    return cfg.render(
        tenant,
        template,
        language,
        treatment=name,
        min=price.min,
        max=price.max,
        currency=price.currency,
    )


def run(
    *,
    tenant: TenantConfig,
    text: str | None,
    stage: str,
    language: str,
    intent: str,
    treatment: Treatment | None,
    preop: dict[str, Any],
    attachments: Sequence[str],
    message_type: str,
) -> tuple[Draft, dict[str, Any]]:
    """One pre-op step: (draft for the decision, new pre-op state to checkpoint)."""
    if treatment is None and not tenant.treatments:
        treatment = cfg.GENERIC_TREATMENT  # no catalogue configured yet: still run the checklist
    collected: dict[str, Any] = dict(preop.get("collected", {}))
    asked: list[str] = list(preop.get("asked", []))
    collected.update(extract(text, attachments=attachments, message_type=message_type))
    proposed = _next_stage(stage, treatment is not None)
    proposed = proposed if proposed and can_transition(stage, proposed) else None

    if treatment is None:
        names = ", ".join(cfg.treatment_name(t, language, tenant) for t in tenant.treatments)
        first_time = "treatment" not in asked
        if first_time:
            asked.append("treatment")
        reply = (
            cfg.render(tenant, "ask_treatment", language, treatments=names)
            if first_time
            else cfg.render(tenant, "info_noted", language)
        )
        draft: Draft = {
            "action": "request_info" if first_time else "reply",
            "reply": reply,
            "proposed_stage": "qualifying" if stage == "enquiry" else None,
            "missing_items": ["treatment"],
            "asked_items": ["treatment"] if first_time else [],
        }
        return draft, {"collected": collected, "asked": asked}

    checklist = cfg.checklist_for(treatment)
    missing = [item for item in checklist if item not in collected]
    name = cfg.treatment_name(treatment, language, tenant)

    if not missing:
        if treatment.price is None:
            return (
                {
                    "action": "reply",
                    "reply": cfg.render(tenant, "info_noted", language),
                    "proposed_stage": proposed,
                    "missing_items": [],
                },
                {"collected": collected, "asked": asked, "complete": True},
            )
        reply = _price_text(tenant, "quote_draft", language, name, treatment.price)
        return (
            {
                "action": "await_approval",
                "reply": reply,
                "proposed_stage": proposed,
                "missing_items": [],
                "needs_approval": True,
                "approval_reason": "price_quote",
                "approval_stage": "quoted",
            },
            {"collected": collected, "asked": asked, "complete": True},
        )

    to_ask = [item for item in missing if item not in asked][:ASK_BATCH]
    if not to_ask:
        return (
            {
                "action": "reply",
                "reply": cfg.render(tenant, "info_noted", language),
                "proposed_stage": proposed,
                "missing_items": missing,
                "asked_items": [],
            },
            {"collected": collected, "asked": asked},
        )
    parts = []
    if intent == "price_quote" and treatment.price is not None and not preop.get("range_shown"):
        parts.append(_price_text(tenant, "price_range", language, name, treatment.price))
    key = "ask_items" if not asked or asked == ["treatment"] else "ask_items_next"
    parts.append(
        cfg.render(
            tenant, key, language, treatment=name, items=cfg.item_list(to_ask, language, tenant)
        )
    )
    asked.extend(to_ask)
    return (
        {
            "action": "request_info",
            "reply": " ".join(parts),
            "proposed_stage": proposed,
            "missing_items": missing,
            "asked_items": to_ask,
            "states_price": len(parts) > 1,
        },
        {
            "collected": collected,
            "asked": asked,
            "range_shown": bool(preop.get("range_shown")) or intent == "price_quote",
        },
    )


def is_active(preop: dict[str, Any], stage: str) -> bool:
    """A pre-op conversation is under way and not finished."""
    return stage in PREOP_STAGES and bool(preop.get("asked")) and not preop.get("complete")


def mentions_checklist(text: str | None, attachments: Sequence[str], message_type: str) -> bool:
    return bool(extract(text, attachments=attachments, message_type=message_type))
