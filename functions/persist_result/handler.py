"""persist_result — ``hub.agent.decisions`` → decision and stage change in Postgres, the decision
report in S3, the reply queued as an outbound message.

The stage moves only along the case state machine: an invalid proposal is refused and recorded,
never applied. A reply that awaits a coordinator's approval is stored as such and not queued.
"""

from __future__ import annotations

from typing import Any, Literal

from psycopg2.extras import RealDictCursor

from careflow_documents.store import case_key, put_json
from careflow_rds import repositories as repo
from careflow_rds.effects import Outbox, run_once
from careflow_rds.repositories import Output
from careflow_shared.envelope import (
    AgentDecision,
    Envelope,
    OutboundQueued,
    StageChanged,
    utcnow,
)
from careflow_shared.errors import PoisonRecord
from careflow_shared.log import get_logger
from careflow_shared.stages import can_transition
from careflow_shared.telemetry import metrics, spans
from careflow_shared.telemetry.lambda_handler import instrumented
from careflow_shared.telemetry.propagation import current_trace_id
from careflow_shared.topology import TOPIC_CASE_EVENTS, TOPIC_OUTBOUND
from careflow_streaming.batch import process_kafka_batch
from careflow_streaming.producer import partition_key

FUNCTION = "persist_result"
logger = get_logger(FUNCTION)
_outbox = Outbox()  # the outputs of the batch being handled, published once at its end
SENDABLE = {"reply", "request_info", "escalate", "block"}


def handle(envelope: Envelope) -> None:
    if envelope.event_type != "agent.decided":
        raise PoisonRecord(f"{FUNCTION} does not take {envelope.event_type!r} events")
    decision = envelope.payload_as(AgentDecision)
    if decision.replayed:
        # The graph answered a message it had already decided (a redelivery under another event
        # id): that decision was stored and its reply queued the first time.
        logger.info("replayed decision skipped", extra={"event_id": envelope.event_id})
        return
    spans.set_attributes(careflow__case_id=decision.case_id)
    applied: dict[str, str] = {}
    outcome = run_once(
        envelope.tenant_id,
        FUNCTION,
        envelope.event_id,
        _persist(envelope, decision, applied),
        _outbox,
    )
    if outcome.duplicate:
        logger.info("duplicate event skipped", extra={"event_id": envelope.event_id})
    else:
        _count(envelope, decision, applied.get("stage"))


def _count(envelope: Envelope, d: AgentDecision, applied_stage: str | None) -> None:
    """The decision's metrics, once its transaction committed (a rolled-back try counts
    nothing; a redelivered duplicate neither)."""
    tenant = envelope.tenant_id
    metrics.add(
        "careflow.decisions",
        tenant=tenant,
        intent=d.intent,
        action=d.action,
        urgency=d.urgency,
        provider=d.provider,
    )
    if d.action == "escalate":
        metrics.add("careflow.escalations", tenant=tenant, urgency=d.urgency)
    if d.reply and d.action not in SENDABLE:
        metrics.add("careflow.replies.awaiting_approval", tenant=tenant)
    if applied_stage:
        metrics.add("careflow.cases.stage_changes", tenant=tenant, stage=applied_stage)
    if envelope.origin_at is not None:
        waited = (utcnow() - envelope.origin_at).total_seconds()
        metrics.record("careflow.webhook_to_decision", max(waited, 0.0), tenant=tenant)


def _persist(envelope: Envelope, d: AgentDecision, applied_out: dict[str, str]) -> Any:
    """``applied_out`` gets the stage the decision moved the case to (for the metrics)."""
    tenant = envelope.tenant_id

    def effect(cur: RealDictCursor) -> list[Output]:
        stage = repo.get_case_stage(cur, tenant, d.case_id)
        if stage is None:
            raise PoisonRecord("case not found")
        applied: str | None = None
        refused = False
        if d.proposed_stage and d.proposed_stage != stage:
            if can_transition(stage, d.proposed_stage):
                applied = applied_out["stage"] = d.proposed_stage
                repo.set_case_stage(cur, tenant, d.case_id, applied)
            else:
                refused = True
        report_key = case_key(tenant, d.case_id, "decisions", f"{envelope.event_id}.json")
        put_json(report_key, _report(envelope, d, stage, applied, refused))
        decision_id = repo.insert_decision(
            cur,
            {
                "tenant_id": tenant,
                "case_id": d.case_id,
                "event_id": envelope.event_id,
                "message_id": d.message_id,
                "intent": d.intent,
                "language": d.language,
                "urgency": d.urgency,
                "action": d.action,
                "reply": d.reply,
                "previous_stage": stage,
                "proposed_stage": d.proposed_stage,
                "applied_stage": applied,
                "stage_refused": refused,
                "missing_items": d.missing_items,
                "redactions": d.redactions,
                "provider": d.provider,
                "model": d.model,
                "latency_ms": d.latency_ms,
                "input_tokens": d.input_tokens,
                "output_tokens": d.output_tokens,
                "fallback": d.fallback,
                "report_key": report_key,
            },
        )
        if decision_id is None:
            return []
        outputs: list[Output] = []
        key = partition_key(tenant, d.case_id)
        channel = repo.case_channel(cur, tenant, d.case_id) or "whatsapp"
        for kind, body, status in _outbound(d):
            outbound_id = repo.insert_outbound(
                cur,
                tenant_id=tenant,
                case_id=d.case_id,
                decision_id=decision_id,
                channel=channel,
                kind=kind,
                body=body,
                status=status,
            )
            if outbound_id and status == "queued":
                queued = OutboundQueued(
                    outbound_id=outbound_id, case_id=d.case_id, kind=kind, channel=channel
                )
                out = envelope.caused("outbound.queued", queued, by=f"{FUNCTION}.{kind}")
                outputs.append((TOPIC_OUTBOUND, out, key))
        repo.append_case_event(cur, tenant, d.case_id, envelope)
        if applied:
            change = StageChanged(
                case_id=d.case_id, from_stage=stage, to_stage=applied, source="agent"
            )
            outputs.append(
                (TOPIC_CASE_EVENTS, envelope.caused("case.stage_changed", change, by=FUNCTION), key)
            )
        if applied or refused:
            repo.append_event(
                cur,
                tenant,
                d.case_id,
                f"{envelope.event_id}:stage",
                "case.stage_changed" if applied else "case.stage_refused",
                {"from": stage, "proposed": d.proposed_stage, "applied": applied},
            )
        return outputs

    return effect


def _outbound(d: AgentDecision) -> list[tuple[Literal["reply", "escalation"], str, str]]:
    """(kind, body, status) of the messages a decision queues. A reply awaiting a coordinator's
    approval is stored but not queued; an escalation notice carries no patient data."""
    out: list[tuple[Literal["reply", "escalation"], str, str]] = []
    if d.reply:
        out.append(("reply", d.reply, "queued" if d.action in SENDABLE else "awaiting_approval"))
    if d.action == "escalate":
        out.append(
            (
                "escalation",
                f"[{d.urgency}] case {d.case_id} needs a coordinator: {d.intent}",
                "queued",
            )
        )
    return out


def _report(
    envelope: Envelope, d: AgentDecision, stage: str, applied: str | None, refused: bool
) -> dict[str, Any]:
    return {
        "event_id": envelope.event_id,
        "correlation_id": envelope.correlation_id,
        "trace_id": current_trace_id(),
        "tenant_id": envelope.tenant_id,
        "occurred_at": envelope.occurred_at.isoformat(),
        "previous_stage": stage,
        "applied_stage": applied,
        "stage_refused": refused,
        "decision": d.model_dump(mode="json"),
    }


@instrumented(FUNCTION)
@logger.inject_lambda_context(clear_state=True)
def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    return process_kafka_batch(event, context, function=FUNCTION, handle=handle, outbox=_outbox)
