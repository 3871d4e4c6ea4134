"""The event envelope every Kafka record carries, and the payloads of each event type.

One pydantic model for all arrows of the flow, so every consumer validates what it reads and a
record that does not fit is rejected with a clear error instead of half-processed.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1

EventType = Literal[
    "message.received",
    "case.opened",
    "case.message_added",
    "agent.decided",
]


def new_event_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


class Envelope(BaseModel):
    """Metadata shared by every event; ``payload`` is validated per ``event_type`` by consumers."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    event_id: str = Field(default_factory=new_event_id, min_length=1, max_length=64)
    event_type: EventType
    tenant_id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{1,62}$")
    occurred_at: datetime = Field(default_factory=utcnow)
    correlation_id: str = Field(min_length=1, max_length=64)
    causation_id: str | None = Field(default=None, max_length=64)
    schema_version: int = SCHEMA_VERSION
    payload: dict[str, Any]

    def caused(self, event_type: EventType, payload: BaseModel | dict[str, Any]) -> Envelope:
        """A follow-up event: same tenant and correlation, caused by this one."""
        body = payload.model_dump(mode="json") if isinstance(payload, BaseModel) else payload
        return Envelope(
            event_type=event_type,
            tenant_id=self.tenant_id,
            correlation_id=self.correlation_id,
            causation_id=self.event_id,
            payload=body,
        )

    def to_bytes(self) -> bytes:
        return self.model_dump_json().encode()

    @classmethod
    def from_bytes(cls, raw: bytes | str) -> Envelope:
        return cls.model_validate_json(raw)


class MessageReceived(BaseModel):
    """``message.received``: one inbound patient message, as normalised by its channel adapter."""

    model_config = ConfigDict(extra="forbid")

    channel: Literal["whatsapp", "instagram", "onlychannel"]
    provider_message_id: str = Field(min_length=1, max_length=256)
    conversation_key: str = Field(min_length=1, max_length=128)
    sender_id: str = Field(min_length=1, max_length=64)  # wa_id / IGSID: PII, never logged
    sender_name: str | None = Field(default=None, max_length=256)
    recipient_id: str | None = Field(default=None, max_length=64)
    message_type: str = Field(min_length=1, max_length=32)
    text: str | None = Field(default=None, max_length=8192)
    media: dict[str, Any] | None = None
    sent_at: datetime


class CaseMessage(BaseModel):
    """``case.opened`` and ``case.message_added``: a message attached to a case."""

    model_config = ConfigDict(extra="forbid")

    case_id: str
    patient_id: str
    message_id: str
    stage: str
    channel: str
    message_type: str
    text: str | None = None
    language_hint: str | None = None


class AgentDecision(BaseModel):
    """``agent.decided``: what the agent graph decided for one case message."""

    model_config = ConfigDict(extra="forbid")

    case_id: str
    message_id: str
    intent: str
    language: str
    urgency: Literal["routine", "soon", "urgent"]
    action: Literal["reply", "request_info", "escalate", "await_approval", "block"]
    reply: str | None = None
    current_stage: str
    proposed_stage: str | None = None
    missing_items: list[str] = Field(default_factory=list)
    redactions: dict[str, int] = Field(default_factory=dict)
    provider: str = "rules"
    model: str = "rules-v1"
    latency_ms: int = 0
    events: list[dict[str, Any]] = Field(default_factory=list)
