"""Answers for documents, payment, appointments and everything else.

These need no checklist: a template in the patient's language, or -- when the tenant uses a
model -- the model's drafted reply, which is screened like patient text and sent for approval
whenever it reads as medical content.
"""

from __future__ import annotations

import re
from functools import lru_cache

from careflow_agents import config as cfg
from careflow_agents import lexicon
from careflow_agents.state import Draft
from careflow_agents.text import any_match, compile_all, fold
from careflow_agents.triage import asks_for_a_date
from careflow_shared.tenant_config import TenantConfig

_MEDICAL = compile_all(
    [
        r"\b(dose|dosage|mg\b|tablet|antibiotic|ibuprofen|aspirin|paracetamol|diagnos|infection|medication)",
        r"(ilaç|doz|antibiyotik|teşhis|medikament|dosis|diagnose|médicament|diagnostic|лекарств|доз[аыу]|диагноз|دواء|جرعة|تشخيص)",
    ]
)

TEMPLATE_BY_INTENT = {
    "documents": "documents",
    "payment": "payment",
    "appointment": "appointment",
}


def reads_as_medical(text: str) -> bool:
    return any_match(_MEDICAL, fold(text))


@lru_cache(maxsize=1)
def _window() -> tuple[re.Pattern[str], ...]:
    return compile_all(lexicon.AVAILABILITY_WINDOW)


def offers_a_window(text: str | None) -> bool:
    """Whether the message offers a window of days or hours rather than one date.

    Why: "can I move my consultation to Wednesday? any time after 2pm works for me" leaves the
    coordinator to choose the hour, so the turn asks for the calendar (``request_info``) though
    "works for me" reads as a date confirmed; "Thursday at 10 works for me" names the date.
    """
    return bool(text) and any_match(_window(), fold(text or ""))


@lru_cache(maxsize=1)
def _stay_day_asked() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    return compile_all(lexicon.SCHEDULE_ASK), compile_all(lexicon.SCHEDULE_POSSIBLE)


def asks_for_a_stay_day(text: str | None) -> bool:
    """Whether the message asks whether a visit can be on a day of the stay.

    Why: "bir gün önce gelip muayene yaptirabilir miyim, uçak 10unda iniyor" (can I come the day
    before for the examination? my plane lands on the 10th) is read as a booking through
    ``SCHEDULE_ASK`` and ``SCHEDULE_POSSIBLE``; the coordinator's calendar answers it, as any
    date asked (``request_info``).
    """
    if not text:
        return False
    folded = fold(text)
    asked, possible = _stay_day_asked()
    return any_match(asked, folded) and any_match(possible, folded)


def run(
    *,
    tenant: TenantConfig,
    language: str,
    intent: str,
    text: str | None,
    model_reply: str | None,
    awaiting_approval: bool,
) -> Draft:
    if model_reply:
        if reads_as_medical(model_reply):
            return {
                "action": "await_approval",
                "reply": model_reply,
                "needs_approval": True,
                "approval_reason": "medical_advice",
                "missing_items": [],
            }
        return {"action": "reply", "reply": model_reply, "missing_items": []}
    if awaiting_approval and intent == "other":
        return {
            "action": "reply",
            "reply": cfg.render(tenant, "awaiting_review", language),
            "missing_items": [],
        }
    key = TEMPLATE_BY_INTENT.get(intent, "other")
    # "can I move my consultation to Thursday?": the coordinator's calendar answers it, so this
    # turn asks for that rather than closing the request (the template says so)
    # a window offered ("any day after the 15th") leaves the day to the coordinator too
    # and so does a visit asked on a day of the stay (the forty-first round's)
    asks = asks_for_a_date(text) or offers_a_window(text) or asks_for_a_stay_day(text)
    action = "request_info" if intent == "appointment" and asks else "reply"
    return {"action": action, "reply": cfg.render(tenant, key, language), "missing_items": []}
