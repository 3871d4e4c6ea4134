"""The post-op agent: the clinic's day-by-day care guidance, and red-flag escalation.

Red flags are decided by rules (:mod:`careflow_agents.triage`), never by a model alone, and
always escalate to the tenant's on-call coordinator in the same invocation. A symptom the rules
cannot clear as ordinary healing waits for a coordinator's review. Questions about
medication read as medical advice, so their draft waits for a coordinator's approval; the
clinic's own guidance text is pre-approved content and is sent directly.
"""

from __future__ import annotations

from collections.abc import Sequence

from careflow_agents import config as cfg
from careflow_agents.state import Draft
from careflow_shared.tenant_config import TenantConfig, Treatment


def run(
    *,
    tenant: TenantConfig,
    case_id: str,
    language: str,
    red_flags: Sequence[str],
    medical_question: bool,
    treatment: Treatment | None,
    days_since_operation: int | None,
    media_only: bool = False,
    review: bool = False,
) -> Draft:
    if red_flags:
        target, name = cfg.escalation_target(tenant)
        event = {
            "type": "case.escalated",
            "case_id": case_id,
            "to": target,
            "reason": "red_flag",
            "flags": list(red_flags),
            "urgency": "urgent",
            "days_since_operation": days_since_operation,
        }
        reply = cfg.render(tenant, "red_flag", language, coordinator=name).replace("  ", " ")
        return {"action": "escalate", "reply": reply, "events": [event], "missing_items": []}
    if media_only:
        return {
            "action": "reply",
            "reply": cfg.render(tenant, "care_check", language),
            "missing_items": [],
        }
    step = cfg.guidance_for(treatment, days_since_operation)
    guidance = None
    if step is not None and treatment is not None and days_since_operation is not None:
        guidance = cfg.render(
            tenant,
            "care_guidance",
            language,
            day=days_since_operation,
            treatment=cfg.treatment_name(treatment, language, tenant),
            guidance=step.text.get(language)
            or step.text.get(tenant.default_language)
            or next(iter(step.text.values())),
        )
    # A symptom the rules cannot clear as ordinary healing, or a medical question: a coordinator
    # reads the message and approves (or rewrites) the reply before the patient gets anything.
    for asks, template, reason in (
        (review, "care_check", "symptom_review"),
        (medical_question, "medical_question", "medical_advice"),
    ):
        if asks:
            draft_reply = cfg.render(tenant, template, language)
            return {
                "action": "await_approval",
                "reply": f"{draft_reply} {guidance}" if guidance else draft_reply,
                "needs_approval": True,
                "approval_reason": reason,
                "missing_items": [],
            }
    if guidance:
        return {"action": "reply", "reply": guidance, "missing_items": []}
    return {
        "action": "reply",
        "reply": cfg.render(tenant, "care_check", language),
        "missing_items": [],
    }
