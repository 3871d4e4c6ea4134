"""Answers for documents, payment, appointments and everything else.

These need no checklist: a template in the patient's language, or -- when the tenant uses a
model -- the model's drafted reply, which is screened like patient text and sent for approval
whenever it reads as medical content.
"""

from __future__ import annotations

from careflow_agents import config as cfg
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
    action = "request_info" if intent == "appointment" and asks_for_a_date(text) else "reply"
    return {"action": action, "reply": cfg.render(tenant, key, language), "missing_items": []}
