"""run_agent — ``hub.cases.events`` → the case's LangGraph graph → ``agent.decided``.

The graph's state is checkpointed in Postgres per case, so a conversation spread over many
invocations continues where it stopped; when the case reaches a final stage (``closed``,
``lost``: ``case.stage_changed``) that state is deleted. LangGraph and the agents layer are imported on first use
only, and the graph and checkpointer are built once per worker thread.

A turn holds no transaction while the model thinks (``run_once_split``): the case and message
are read in a short transaction, the graph reads its checkpoint in another and calls the model
with none open, and the checkpoint, the ``processed_events`` claim and the decision it emits are
written in one transaction at the end (``careflow_agents.turnsaver``). Conversations of a batch
run concurrently (``batch_concurrency`` in the topology), each in order.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from typing import Any

from psycopg2.extras import RealDictCursor

from careflow_rds import repositories as repo
from careflow_rds.connection import dsn
from careflow_rds.effects import Decide, Outbox, run_once_split
from careflow_rds.repositories import Output
from careflow_rds.tenant_loader import require_tenant_config
from careflow_shared.envelope import (
    AgentDecision,
    ApprovalDecided,
    CaseMessage,
    Envelope,
    StageChanged,
)
from careflow_shared.errors import PoisonRecord
from careflow_shared.log import get_logger
from careflow_shared.settings import get_settings
from careflow_shared.stages import is_open
from careflow_shared.telemetry import spans
from careflow_shared.telemetry.lambda_handler import instrumented
from careflow_shared.tenant_config import TenantConfig
from careflow_shared.topology import TOPIC_DECISIONS
from careflow_streaming.batch import process_kafka_batch
from careflow_streaming.producer import partition_key

FUNCTION = "run_agent"
logger = get_logger(FUNCTION)
_outbox = Outbox()  # the outputs of the batch being handled, published once at its end

if os.environ.get("AWS_LAMBDA_INITIALIZATION_TYPE") == "snap-start":
    # Under SnapStart, init runs once when the version is published and every new container
    # resumes from the snapshot: pay LangGraph's import and everything else a first message
    # loads (one offline turn) there, not on a patient's message. Nothing here opens a
    # connection, so the snapshot holds no socket to go stale.
    import random

    from snapshot_restore_py import register_after_restore  # part of Lambda's Python runtime

    from careflow_agents import prime
    from careflow_shared.telemetry.setup import preload

    prime()
    preload()  # the OpenTelemetry SDK's modules too (the providers are built after restore)
    # Every restored container would otherwise share the snapshot's `random` state, and
    # LangGraph draws its checkpoint ids' random bits from it: reseed from os.urandom.
    register_after_restore(random.seed)


def usage_meter() -> Any:
    """The tenant's model usage counters and daily budget (Redis, the tenant-context layer)."""
    from careflow_agents.budget import RedisUsageMeter

    return RedisUsageMeter()


def checkpointer() -> Any:
    """This thread's turn checkpointer (``TurnSaver``); cheap per call, and it replaces a
    connection that broke."""
    from careflow_agents import get_turn_saver

    return get_turn_saver(dsn(get_settings()))


def handle(envelope: Envelope) -> None:
    if envelope.event_type == "case.stage_changed":
        _stage_changed(envelope)
        return
    spans.set_attributes(careflow__case_id=envelope.payload.get("case_id"))
    # Before the transaction: loading the config on a cache miss needs the connection itself.
    tenant = require_tenant_config(envelope.tenant_id)
    if envelope.event_type in ("case.opened", "case.message_added"):
        prepare = _run_turn(envelope, tenant, envelope.payload_as(CaseMessage))
    elif envelope.event_type == "case.approval_decided":
        prepare = _resume(envelope, tenant, envelope.payload_as(ApprovalDecided))
    else:
        raise PoisonRecord(f"{FUNCTION} does not take {envelope.event_type!r} events")
    saver = checkpointer()
    saver.discard()  # nothing left over from a turn that failed in this thread
    outcome = run_once_split(
        envelope.tenant_id,
        FUNCTION,
        envelope.event_id,
        prepare,
        lambda claim: bool(saver.commit(envelope.tenant_id, claim)),
        _outbox,
    )
    if outcome.duplicate:
        logger.info("duplicate event skipped", extra={"event_id": envelope.event_id})


def _stage_changed(envelope: Envelope) -> None:
    """A final stage ends the case's conversation: delete its graph memory. Other stage changes
    need nothing here (each turn reads the case's stage from Postgres)."""
    change = envelope.payload_as(StageChanged)
    try:
        if is_open(change.to_stage):
            return
    except ValueError:
        raise PoisonRecord(f"unknown stage {change.to_stage!r}") from None
    from careflow_agents import forget_case

    forget_case(envelope.tenant_id, change.case_id, checkpointer=checkpointer())


def _decided(envelope: Envelope, decision: AgentDecision, key: bytes) -> list[Output]:
    out = envelope.caused("agent.decided", decision, by=FUNCTION)
    return [(TOPIC_DECISIONS, out, key)]


def _run_turn(envelope: Envelope, tenant: TenantConfig, msg: CaseMessage) -> Any:
    def prepare(cur: RealDictCursor) -> Decide:
        from careflow_agents import AgentTurn, run_turn

        stage = repo.get_case_stage(cur, envelope.tenant_id, msg.case_id)
        if stage is None:
            raise PoisonRecord("case not found")
        # The event carries ids only: the patient's words come from Postgres, as this tenant.
        found, text = repo.case_message_text(cur, envelope.tenant_id, msg.case_id, msg.message_id)
        if not found:
            raise PoisonRecord("message not found")
        turn = AgentTurn(
            tenant=tenant,
            case_id=msg.case_id,
            message_id=msg.message_id,
            stage=stage,
            text=text,
            channel=msg.channel,
            message_type=msg.message_type,
            received_at=envelope.occurred_at or datetime.now(UTC),
            attachments=repo.case_attachments(cur, envelope.tenant_id, msg.case_id),
            days_since_operation=(
                repo.days_in_post_op(cur, envelope.tenant_id, msg.case_id)
                if stage == "post_op"
                else None
            ),
        )

        def decide() -> list[Output]:
            decision = run_turn(turn, checkpointer=checkpointer(), meter=usage_meter())
            return _decided(envelope, decision, partition_key(envelope.tenant_id, msg.case_id))

        return decide

    return prepare


def _resume(envelope: Envelope, tenant: TenantConfig, approval: ApprovalDecided) -> Any:
    def prepare(cur: RealDictCursor) -> Decide:
        from careflow_agents import resume_turn

        # An edited reply stays in the approval's case_events row; the event carries none.
        reply = (
            repo.approval_reply(cur, envelope.tenant_id, approval.approval_id)
            if approval.decision == "edit"
            else None
        )
        if approval.decision == "edit" and not reply:
            raise PoisonRecord("the edited reply of the approval is not recorded")

        def decide() -> list[Output]:
            decision = resume_turn(
                tenant,
                approval.case_id,
                approval.message_id,
                approval.model_copy(update={"reply": reply}).model_dump(mode="json"),
                checkpointer=checkpointer(),
            )
            return _decided(envelope, decision, partition_key(envelope.tenant_id, approval.case_id))

        return decide

    return prepare


@instrumented(FUNCTION)
@logger.inject_lambda_context(clear_state=True)
def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    return process_kafka_batch(event, context, function=FUNCTION, handle=handle, outbox=_outbox)
