# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The travel agent: collect arrival, departure, flight, hotel, transfer and companion.

Like the pre-op agent it asks each missing item once. When the plan is complete it emits
``case.travel_planned`` exactly once per case (``planned`` is checkpointed), with the plan's
structured facts so persist_result can book the transfer without re-reading the chat. Dates are
kept as the patient wrote them, case- and accent-folded ("12 june", "3 juli"): the coordinator
confirms them; parsing free-text dates into calendar dates is not the agent's job.
"""

from __future__ import annotations

import re
from typing import Any

from careflow_agents import config as cfg
from careflow_agents.state import Draft
from careflow_agents.text import any_match, compile_all, fold, fold_pattern
from careflow_shared.stages import can_transition
from careflow_shared.tenant_config import TenantConfig

TRAVEL_ITEMS: tuple[str, ...] = ("arrival", "departure", "flight", "hotel", "transfer", "companion")
ASK_BATCH = 3

_MONTH_WORDS = (
    r"jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|"
    r"ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|"
    r"januar|februar|märz|mai|juni|juli|oktober|dezember|"
    r"janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"январ\w*|феврал\w*|марта?|апрел\w*|ма[йяе]|июн\w*|июл\w*|августа?|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*|"
    r"يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر"
)
_DATE = re.compile(
    fold_pattern(
        rf"(\d{{1,2}}[./]\d{{1,2}}(?:[./]\d{{2,4}})?|\d{{1,2}}\.?\s+(?:{_MONTH_WORDS})\b|(?:{_MONTH_WORDS})\s+\d{{1,2}}\b)"
    )
)
_RANGE = re.compile(
    fold_pattern(
        rf"\b(\d{{1,2}})\.?\s*(?:-|–|to|until|bis|au|до|ile|إلى|الى)\s*(\d{{1,2}})\.?\s+({_MONTH_WORDS})\b"
    )
)
_ARRIVE = compile_all(
    [
        r"(arriv|land|coming|come on|fly in|varış|geliyorum|geleceğim|iniyor|iniş|ankunft|ankomme|lande|komme am|"
        r"arrivée|j'arrive|atterri|прил[её]т|прилетаю|приезжаю|прибыти|أصل|الوصول|سأصل|القدوم)"
    ]
)
_LEAVE = compile_all(
    [
        r"(depart|leave|leaving|fly back|flying back|return|go back|dönüş|dönüyorum|ayrılış|gidiyorum|abreise|rückflug|abflug|"
        r"fliege zurück|départ|je repars|retour|вылет|улетаю|обратн|уезжаю|المغادرة|أغادر|العودة|سأغادر)"
    ]
)
_FLIGHT = re.compile(r"\b(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])\s?\d{2,4}\b")
_HOTEL = compile_all([r"(hotel|otel|hôtel|отел|гостиниц|فندق)"])
_TRANSFER_NO = compile_all(
    [
        r"(no (airport )?transfer|don'?t need (a |any )?(transfer|pick ?up)|transfer(e)? (gerek|ihtiyacım) yok|"
        r"kein(en)? transfer|pas besoin de (transfert|navette)|трансфер не нужен|без трансфера|لا أحتاج (إلى )?توصيل)"
    ]
)
_TRANSFER = compile_all(
    [r"(transfer|pick ?up|pickup|karşıla|abhol|navette|transfert|трансфер|встрет|توصيل|استقبال)"]
)
_COMPANION = compile_all(
    [
        r"(\balone\b|by myself|with my (husband|wife|mother|mum|mom|friend|sister|brother|daughter|son|partner)|companion)",
        r"(yalnız|tek başıma|eşimle|annemle|arkadaşımla|kardeşimle|kızımla|oğlumla|refakatçi)",
        r"(allein|mit meine[mr]? (mann|frau|mutter|freundin|freund|schwester|tochter|sohn|partner)|begleit)",
        r"(\bseule?\b|avec mon (mari|ami|fils|frère|compagnon)|avec ma (femme|mère|sœur|soeur|amie|fille)|accompagn)",
        r"(\bодин\b|\bодна\b|с мужем|с женой|с мамой|с подругой|с другом|с сестрой|сопровожд)",
        r"(وحدي|بمفردي|مع زوجي|مع زوجتي|مع أمي|مع صديق|مع أختي|مرافق)",
    ]
)


def _dates(folded: str) -> tuple[str | None, str | None]:
    """(arrival, departure) as written, from a range, keywords near dates, or their order."""
    ranged = _RANGE.search(folded)
    if ranged:
        first, second, month = ranged.groups()
        return f"{first} {month}", f"{second} {month}"
    arrival: str | None = None
    departure: str | None = None
    unassigned: list[str] = []
    for found in _DATE.finditer(folded):
        before = folded[max(0, found.start() - 40) : found.start()]
        value = found.group(0)
        leave_pos = max((m.end() for p in _LEAVE for m in p.finditer(before)), default=-1)
        arrive_pos = max((m.end() for p in _ARRIVE for m in p.finditer(before)), default=-1)
        if leave_pos > arrive_pos and departure is None:
            departure = value
        elif arrive_pos > leave_pos and arrival is None:
            arrival = value
        else:
            unassigned.append(value)
    for value in unassigned:
        if arrival is None:
            arrival = value
        elif departure is None:
            departure = value
    return arrival, departure


def extract(text: str | None) -> dict[str, Any]:
    """Travel facts stated in one redacted message."""
    if not text:
        return {}
    folded = fold(text)
    facts: dict[str, Any] = {}
    arrival, departure = _dates(folded)
    if arrival:
        facts["arrival"] = arrival
    if departure:
        facts["departure"] = departure
    flight = _FLIGHT.search(text)
    if flight:
        facts["flight"] = flight.group(0).replace(" ", "")
    if any_match(_HOTEL, folded):
        facts["hotel"] = True
    if any_match(_TRANSFER_NO, folded):
        facts["transfer"] = False
    elif any_match(_TRANSFER, folded):
        facts["transfer"] = True
    if any_match(_COMPANION, folded):
        facts["companion"] = True
    return facts


def run(
    *,
    tenant: TenantConfig,
    case_id: str,
    text: str | None,
    stage: str,
    language: str,
    travel: dict[str, Any],
) -> tuple[Draft, dict[str, Any]]:
    """One travel step: (draft for the decision, new travel state to checkpoint)."""
    collected: dict[str, Any] = dict(travel.get("collected", {}))
    asked: list[str] = list(travel.get("asked", []))
    new = extract(text)
    if travel.get("planned"):
        # A change after the plan was sent: record it, tell the coordinator, re-plan once more.
        changed = {k: v for k, v in new.items() if collected.get(k) != v}
        collected.update(new)
        events = (
            [{"type": "case.travel_updated", "case_id": case_id, "changed": sorted(changed)}]
            if changed
            else []
        )
        return (
            {
                "action": "reply",
                "reply": cfg.render(tenant, "info_noted", language),
                "events": events,
                "missing_items": [],
            },
            {**travel, "collected": collected},
        )
    collected.update(new)
    missing = [item for item in TRAVEL_ITEMS if item not in collected]
    if not missing:
        event = {
            "type": "case.travel_planned",
            "case_id": case_id,
            "arrival": collected["arrival"],
            "departure": collected["departure"],
            "flight": collected["flight"],
            "hotel": bool(collected["hotel"]),
            "transfer": bool(collected["transfer"]),
            "companion": bool(collected["companion"]),
        }
        proposed = "travel_planned" if can_transition(stage, "travel_planned") else None
        reply = cfg.render(
            tenant,
            "travel_complete",
            language,
            arrival=collected["arrival"],
            departure=collected["departure"],
        )
        return (
            {
                "action": "reply",
                "reply": reply,
                "proposed_stage": proposed,
                "missing_items": [],
                "events": [event],
            },
            {"collected": collected, "asked": asked, "planned": True},
        )
    to_ask = [item for item in missing if item not in asked][:ASK_BATCH]
    if not to_ask:
        return (
            {
                "action": "reply",
                "reply": cfg.render(tenant, "info_noted", language),
                "missing_items": missing,
            },
            {"collected": collected, "asked": asked},
        )
    asked.extend(to_ask)
    reply = cfg.render(
        tenant, "travel_ask", language, items=cfg.item_list(to_ask, language, tenant)
    )
    return (
        {"action": "request_info", "reply": reply, "missing_items": missing, "asked_items": to_ask},
        {"collected": collected, "asked": asked},
    )


def is_active(travel: dict[str, Any]) -> bool:
    return bool(travel.get("asked")) and not travel.get("planned")
