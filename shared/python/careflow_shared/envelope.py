"""The event envelope every Kafka record carries, and the payloads of each event type.

One pydantic model for all arrows of the flow, so every consumer validates what it reads and a
record that does not fit is rejected with a clear error instead of half-processed.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from careflow_shared.errors import PoisonRecord
from careflow_shared.tenant_config import TENANT_ID_PATTERN

SCHEMA_VERSION = 1
_DERIVED_NS = uuid.UUID("0b4f8f9e-4c1e-4f57-9a59-2f6f3e0c7d11")

EventType = Literal[
    "message.received",
    "message.status",
    "case.opened",
    "case.message_added",
    "case.approval_decided",
    "case.stage_changed",
    "agent.decided",
    "outbound.queued",
    "tenant.directory_refill",
]


PayloadT = TypeVar("PayloadT", bound=BaseModel)


def new_event_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


class Envelope(BaseModel):
    """Metadata shared by every event; ``payload`` is validated per ``event_type`` by consumers."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    event_id: str = Field(default_factory=new_event_id, min_length=1, max_length=64)
    event_type: EventType
    tenant_id: str = Field(pattern=TENANT_ID_PATTERN)
    occurred_at: datetime = Field(default_factory=utcnow)
    correlation_id: str = Field(min_length=1, max_length=64)
    causation_id: str | None = Field(default=None, max_length=64)
    schema_version: int = SCHEMA_VERSION
    payload: dict[str, Any]
    # When the flow's first event happened (the webhook), carried by every event it causes: the
    # webhook→decision and webhook→reply latency metrics are measured from it.
    origin_at: datetime | None = None

    @classmethod
    def first(
        cls, event_id: str, event_type: EventType, tenant_id: str, payload: BaseModel
    ) -> Envelope:
        """The event that starts a flow (a webhook, a staff action): its own correlation id, so
        every event it causes (:meth:`caused`) can be traced back to it."""
        now = utcnow()
        return cls(
            event_id=event_id,
            event_type=event_type,
            tenant_id=tenant_id,
            occurred_at=now,
            origin_at=now,
            correlation_id=event_id,
            payload=payload.model_dump(mode="json"),
        )

    def caused(
        self, event_type: EventType, payload: BaseModel | dict[str, Any], *, by: str
    ) -> Envelope:
        """A follow-up event: same tenant and correlation, caused by this one.

        Its id is derived from this event's id, the consumer ``by`` and the type, so a replayed
        input yields the very same output id and downstream dedupe sees the replay for what it is.
        """
        body = payload.model_dump(mode="json") if isinstance(payload, BaseModel) else payload
        return Envelope(
            event_id=str(uuid.uuid5(_DERIVED_NS, f"{by}|{self.event_id}|{event_type}")),
            event_type=event_type,
            tenant_id=self.tenant_id,
            correlation_id=self.correlation_id,
            causation_id=self.event_id,
            payload=body,
            origin_at=self.origin_at,
        )

    def payload_as(self, model: type[PayloadT]) -> PayloadT:
        """The payload validated as ``model``.

        A payload that does not fit is a :class:`PoisonRecord`: no retry can fix it, so the batch
        runner dead-letters the record. The error counts the problems but quotes no value (the
        payload may hold a patient's words).
        """
        try:
            return model.model_validate(self.payload)
        except ValidationError as exc:
            raise PoisonRecord(
                f"invalid {self.event_type} payload: {exc.error_count()} errors"
            ) from None

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


class MessageStatus(BaseModel):
    """``message.status``: a provider's delivery report for a message we sent."""

    model_config = ConfigDict(extra="forbid")

    channel: Literal["whatsapp", "instagram", "onlychannel"]
    provider_message_id: str = Field(min_length=1, max_length=256)
    status: str = Field(min_length=1, max_length=32)
    occurred_at: datetime


class DirectoryRefill(BaseModel):
    """``tenant.directory_refill``: the front door found Redis's copy of the tenants incomplete
    and asks a function that may read Postgres (create_case) to write every tenant to Redis
    again. The envelope's tenant is the one whose webhook missed; the refill covers all."""

    model_config = ConfigDict(extra="forbid")

    reason: Literal["cache_miss"] = "cache_miss"


class CaseMessage(BaseModel):
    """``case.opened`` and ``case.message_added``: a message attached to a case, by id.

    It carries no patient text: the words stay in ``messages`` (Postgres, row-level security),
    where run_agent reads them in its own tenant transaction. ``text`` is only accepted so a
    record published before this change (a dead letter being replayed) still validates; it is
    never serialised, so no producer can put it back on ``hub.cases.events``.
    """

    model_config = ConfigDict(extra="forbid")

    case_id: str
    patient_id: str
    message_id: str
    stage: str
    channel: str
    message_type: str
    text: str | None = Field(default=None, exclude=True)
    language_hint: str | None = None


class ApprovalDecided(BaseModel):
    """``case.approval_decided``: a coordinator approved, rejected or edited an awaiting reply.

    On ``hub.cases.events`` ``reply`` is always empty: an edited reply is words for the patient
    and may quote them, so it stays in the approval's ``case_events`` row (Postgres, row-level
    security) and run_agent reads it from there.
    """

    model_config = ConfigDict(extra="forbid")

    case_id: str
    message_id: str
    approval_id: str
    decision: Literal["approve", "reject", "edit"]
    reply: str | None = Field(default=None, max_length=4096)
    approved_by: str


class StageChanged(BaseModel):
    """``case.stage_changed``: the case moved along the state machine (agent or staff)."""

    model_config = ConfigDict(extra="forbid")

    case_id: str
    from_stage: str
    to_stage: str
    source: Literal["agent", "staff"]
    schedule: dict[str, str] | None = (
        None  # e.g. {"consultation_at": ISO 8601, "operation_at": ...}
    )


class OutboundQueued(BaseModel):
    """``outbound.queued``: a reply or escalation notice is ready to be delivered."""

    model_config = ConfigDict(extra="forbid")

    outbound_id: str
    case_id: str
    kind: Literal["reply", "escalation"]
    channel: str


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
    # Tokens the model call of this decision consumed (0 for the rules and for a fallback).
    input_tokens: int = Field(default=0, ge=0)
    output_tokens: int = Field(default=0, ge=0)
    events: list[dict[str, Any]] = Field(default_factory=list)
    # Set when the tenant's model provider failed (invalid output, timeout, error) and the
    # offline rules answered instead, e.g. "bedrock:timeout"; provider/model then say "rules".
    fallback: str | None = None
    # True when this decision was returned again for an approval that was already applied:
    # it is the recorded decision, not a new one, and must not be sent a second time.
    replayed: bool = False
