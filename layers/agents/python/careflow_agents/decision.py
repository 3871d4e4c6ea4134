"""Turn a specialist's draft into the decision, and apply a coordinator's approval.

This is where the case-stage state machine is enforced: a proposal (from rules or a model) that
``careflow_shared.stages.can_transition`` does not allow is dropped and recorded as a
``stage.refused`` event. It is also the last PII guard: every reply is run through the
redactor once more, so not even a model's hallucinated phone number leaves the graph.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from careflow_agents.security import redact
from careflow_agents.state import AgentState
from careflow_shared.stages import can_transition
from careflow_shared.tenant_config import TenantConfig

RECENT_DECISIONS = 10


class Approval(BaseModel):
    """A coordinator's answer to an ``await_approval`` decision (POST /v1/cases/{id}/approvals)."""

    model_config = ConfigDict(extra="ignore")

    decision: Literal["approve", "reject", "edit"]
    reply: str | None = Field(default=None, max_length=4096)
    approved_by: str = Field(min_length=1, max_length=256)
    approval_id: str = Field(min_length=1, max_length=128)


def _refused(current: str, proposed: str, source: str) -> dict[str, Any]:
    return {"type": "stage.refused", "from": current, "to": proposed, "source": source}


def decide(state: AgentState, tenant: TenantConfig) -> dict[str, Any]:
    """State updates holding this message's decision (and a new pending approval, if any)."""
    draft = state.get("draft", {})
    stage = state["stage"]
    events: list[dict[str, Any]] = list(state.get("provider_events", []))
    if state.get("flags"):
        events.append({"type": "security.flagged", "flags": list(state["flags"])})
    events.extend(draft.get("events", []))
    if draft.get("asked_items"):
        events.append({"type": "info.requested", "items": list(draft["asked_items"])})

    proposed = draft.get("proposed_stage")
    if proposed and not can_transition(stage, proposed):
        events.append(_refused(stage, proposed, "rules"))
        proposed = None
    model_stage = state.get("model_stage")
    if model_stage and model_stage != proposed:
        if not can_transition(stage, model_stage):
            events.append(_refused(stage, model_stage, state.get("provider", "model")))
        elif proposed is None and draft.get("action") not in ("block", "escalate"):
            proposed = model_stage

    reply = draft.get("reply")
    if reply:
        reply, _ = redact(reply, tenant.phone_regions)
    action = draft.get("action", "reply")
    updates: dict[str, Any] = {}
    stage_after = proposed or stage
    if (state.get("asks_price") or draft.get("states_price")) and action not in (
        "escalate",
        "block",
    ):
        # Any answer to a price question, and any reply that states a price, is a price quote:
        # a coordinator approves it before it is sent.
        draft = {
            **draft,
            "needs_approval": True,
            "approval_reason": draft.get("approval_reason") or "price_quote",
        }
    if draft.get("needs_approval"):
        previous = state.get("pending_approval")
        if previous:
            events.append({"type": "approval.superseded", "message_id": previous["message_id"]})
        events.append({"type": "approval.requested", "reason": draft.get("approval_reason")})
        updates["pending_approval"] = {
            "message_id": state["message_id"],
            "reason": draft.get("approval_reason"),
            "reply": reply,
            "stage": stage_after,
            "approval_stage": draft.get("approval_stage"),
            "intent": state.get("intent", "other"),
            "language": state.get("language", tenant.default_language),
            "urgency": state.get("urgency", "routine"),
            "provider": state.get("provider", "rules"),
            "model": state.get("model", "rules-v1"),
        }
        action = "await_approval"

    decision = {
        "case_id": state["case_id"],
        "message_id": state["message_id"],
        "intent": state.get("intent", "other"),
        "language": state.get("language", tenant.default_language),
        "urgency": state.get("urgency", "routine"),
        "action": action,
        "reply": reply,
        "current_stage": stage,
        "proposed_stage": proposed,
        "missing_items": list(draft.get("missing_items", [])),
        "redactions": dict(state.get("redactions", {})),
        "provider": state.get("provider", "rules"),
        "model": state.get("model", "rules-v1"),
        "input_tokens": state.get("input_tokens", 0),
        "output_tokens": state.get("output_tokens", 0),
        "events": events,
        "fallback": state.get("fallback"),
    }
    recent = dict(state.get("recent_decisions", {}))
    recent[state["message_id"]] = decision
    while len(recent) > RECENT_DECISIONS:
        recent.pop(next(iter(recent)))
    updates.update({"decision": decision, "stage_after": stage_after, "recent_decisions": recent})
    return updates


def apply_approval(
    state: AgentState, answer: dict[str, Any], tenant: TenantConfig
) -> dict[str, Any]:
    """Updates after a coordinator answered the pending approval (called on resume)."""
    approval = Approval.model_validate(answer)
    pending = state.get("pending_approval") or {}
    base_stage = pending.get("stage") or state.get("stage_after") or state["stage"]
    events: list[dict[str, Any]] = [
        {
            "type": "approval.applied",
            "approval_id": approval.approval_id,
            "decision": approval.decision,
            "for_message_id": pending.get("message_id"),
        }
    ]
    proposed: str | None = None
    reply: str | None
    if approval.decision == "reject":
        action, reply = "escalate", None
    else:
        action = "reply"
        reply = (
            approval.reply
            if approval.decision == "edit" and approval.reply
            else pending.get("reply")
        )
        if reply:
            reply, _ = redact(reply, tenant.phone_regions)
        target = pending.get("approval_stage")
        if target:
            if can_transition(base_stage, target):
                proposed = target
            else:
                events.append(_refused(base_stage, target, "approval"))
    decision = {
        "case_id": state["case_id"],
        "message_id": str(
            answer.get("message_id") or pending.get("message_id") or state["message_id"]
        ),
        "intent": pending.get("intent", "other"),
        "language": pending.get("language", tenant.default_language),
        "urgency": pending.get("urgency", "routine"),
        "action": action,
        "reply": reply,
        "current_stage": base_stage,
        "proposed_stage": proposed,
        "missing_items": [],
        "redactions": {},
        "provider": pending.get("provider", "rules"),
        "model": pending.get("model", "rules-v1"),
        "events": events,
        "fallback": None,
    }
    approvals = dict(state.get("approvals", {}))
    approvals[approval.approval_id] = decision
    return {
        "pending_approval": None,
        "approvals": approvals,
        "decision": decision,
        "stage_after": proposed or base_stage,
    }
