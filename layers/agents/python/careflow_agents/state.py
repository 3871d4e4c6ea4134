"""The graph's state and per-invocation context.

Everything in :class:`AgentState` is checkpointed in Postgres, so it holds only redacted text and
structured, minimal facts (``{"age": 34}``, ``{"smoking": False}``) -- never a raw message.
The raw text travels in :class:`TurnContext` (LangGraph's runtime context), which is not
checkpointed; the security screen is the only node that reads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypedDict

from careflow_shared.tenant_config import TenantConfig

if TYPE_CHECKING:
    from careflow_agents.budget import UsageMeter
    from careflow_agents.providers import Provider


class Draft(TypedDict, total=False):
    """What a specialist proposes; the decision node validates and finalises it."""

    action: str
    reply: str | None
    proposed_stage: str | None
    missing_items: list[str]
    asked_items: list[str]
    needs_approval: bool
    states_price: bool  # the reply quotes a price (range or personal quote)
    approval_reason: str | None
    approval_stage: str | None  # stage to propose once a coordinator approves
    events: list[dict[str, Any]]


class AgentState(TypedDict, total=False):
    # the turn (reset by every run_turn)
    tenant_id: str
    case_id: str
    message_id: str
    stage: str
    channel: str
    message_type: str
    received_at: str
    days_since_operation: int | None
    attachments: list[str]
    text: str | None  # redacted
    redactions: dict[str, int]
    flags: list[str]
    language: str
    intent: str
    urgency: str
    red_flags: list[str]
    medical_question: bool
    review: bool  # a post-op symptom the rules cannot clear: a coordinator reads the reply first
    asks_price: bool  # this message itself asks for a price (not a continued flow)
    provider: str
    model: str
    input_tokens: int
    output_tokens: int
    fallback: str | None
    provider_events: list[dict[str, Any]]
    model_reply: str | None
    model_stage: str | None
    route: str
    draft: Draft
    decision: dict[str, Any]
    # the case (kept across turns)
    conversation_language: str | None
    treatment_id: str | None
    flow: str | None  # "preop" | "travel" | None
    flow_intent: str | None
    preop: dict[str, Any]
    travel: dict[str, Any]
    stage_after: str
    pending_approval: dict[str, Any] | None
    approvals: dict[str, dict[str, Any]]
    recent_decisions: dict[str, dict[str, Any]]  # message_id -> decision (redelivery replay)


@dataclass
class TurnContext:
    """Per-invocation inputs that must not be checkpointed (raw text) or are not data (provider)."""

    tenant: TenantConfig
    raw_text: str | None
    provider: Provider
    meter: UsageMeter | None = None


# Fields reset at the start of every turn so nothing of the previous message leaks into this one.
TURN_DEFAULTS: dict[str, Any] = {
    "text": None,
    "redactions": {},
    "flags": [],
    "intent": "other",
    "urgency": "routine",
    "red_flags": [],
    "medical_question": False,
    "review": False,
    "asks_price": False,
    "provider": "rules",
    "model": "rules-v1",
    "input_tokens": 0,
    "output_tokens": 0,
    "fallback": None,
    "provider_events": [],
    "model_reply": None,
    "model_stage": None,
    "route": "general",
    "draft": {},
    "decision": {},
}
