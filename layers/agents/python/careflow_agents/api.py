"""The integration contract the run_agent handler calls: ``run_turn``, ``resume_turn``, ``forget_case``.

Both are synchronous, take the checkpointer explicitly (``get_checkpointer(dsn)``, reused across
warm invocations) and return an :class:`~careflow_shared.envelope.AgentDecision` that is already
PII-free. Heavy imports (LangGraph, providers) happen on the first call, not at import.

Exactly-once effect under at-least-once delivery:

* ``run_turn`` for a ``message_id`` the case already decided (a Kafka redelivery) returns the
  recorded decision with ``replayed=True`` and runs nothing again.
* ``resume_turn`` for an ``approval_id`` already applied returns the decision recorded by the
  first resume, unchanged except ``replayed=True``: same message id, reply and events. So a
  resume produces a sendable reply once; persist_result must not send a ``replayed`` decision
  (and its keyed write on (case, message id) makes a second send a no-op anyway).
"""

from __future__ import annotations

import logging
import time
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from careflow_agents.checkpoint import postgres_saver_class, tenant_scope, thread_id
from careflow_agents.decision import Approval
from careflow_agents.state import TURN_DEFAULTS
from careflow_shared.envelope import AgentDecision
from careflow_shared.errors import PoisonRecord
from careflow_shared.tenant_config import TenantConfig

_log = logging.getLogger("careflow.agents")

# Checkpoint once per invocation (at the end, or at the approval interrupt) instead of after each
# of the ~7 supersteps: our nodes are deterministic and side-effect free, so a container dying
# mid-turn loses nothing a redelivery of the same Kafka record cannot recompute from the previous
# checkpoint. This turns ~7 checkpoint writes per message into one.
DURABILITY: Literal["sync", "async", "exit"] = "exit"


def _log_decision(decision: AgentDecision, what: str) -> AgentDecision:
    """One structured line per decision: ids, labels, counts -- never text, never identifiers."""
    _log.info(
        what,
        extra={
            "case_id": decision.case_id,
            "message_id": decision.message_id,
            "intent": decision.intent,
            "language": decision.language,
            "urgency": decision.urgency,
            "action": decision.action,
            "proposed_stage": decision.proposed_stage,
            "redactions": decision.redactions,
            "provider": decision.provider,
            "fallback": decision.fallback,
            "replayed": decision.replayed,
            "latency_ms": decision.latency_ms,
            "events": [e.get("type") for e in decision.events],
        },
    )
    return decision


class AgentTurn(BaseModel):
    """One patient message of a case, as run_agent receives it."""

    tenant: TenantConfig
    case_id: str = Field(min_length=1, max_length=128)
    message_id: str = Field(min_length=1, max_length=256)
    stage: str
    text: str | None = Field(default=None, max_length=8192)
    channel: str
    message_type: str
    received_at: datetime
    days_since_operation: int | None = Field(default=None, ge=0)
    attachments: list[str] = Field(default_factory=list)


class NoPendingApproval(PoisonRecord):
    """An approval for a case with nothing awaiting approval (and not a replay): never applicable."""

    code = "no_pending_approval"


def _config(tenant_id: str, case_id: str) -> dict[str, Any]:
    return {"configurable": {"thread_id": thread_id(tenant_id, case_id)}}


def _provider(tenant: TenantConfig, provider: Any) -> Any:
    if provider is not None:
        return provider
    from careflow_agents.providers import ProviderError, get_provider

    try:
        return get_provider(tenant.agent, tenant.tenant_id)
    except ProviderError:
        from careflow_agents.providers.rules import RulesProvider

        return RulesProvider()


def _elapsed_ms(started: float) -> int:
    return int((time.perf_counter() - started) * 1000)


def run_turn(
    turn: AgentTurn, *, checkpointer: Any, provider: Any = None, meter: Any = None
) -> AgentDecision:
    """Decide the next step for one message; the case's graph state is loaded and saved in Postgres.

    With a ``PostgresSaver`` the whole turn runs in one checkpoint transaction as the case's
    tenant (``tenant_scope``: row-level security). With a
    :class:`~careflow_agents.turnsaver.TurnSaver` (run_agent) no transaction spans the model
    call: reads run in short transactions and the checkpoint waits for ``TurnSaver.commit``. ``provider`` overrides the tenant's configured provider (tests,
    evaluations); ``meter`` (a :class:`careflow_agents.budget.UsageMeter`) counts model usage
    and enforces the tenant's daily budget — without one nothing is counted or limited.
    """
    started = time.perf_counter()
    with tenant_scope(checkpointer, turn.tenant.tenant_id):
        decision, what = _turn(turn, checkpointer, provider, meter, started)
    return _log_decision(decision, what)


def _turn(
    turn: AgentTurn, checkpointer: Any, provider: Any, meter: Any, started: float
) -> tuple[AgentDecision, str]:
    from careflow_agents.graph import get_graph
    from careflow_agents.state import TurnContext

    graph = get_graph(checkpointer)
    config = _config(turn.tenant.tenant_id, turn.case_id)
    recorded = graph.get_state(config).values.get("recent_decisions", {}).get(turn.message_id)
    if recorded is not None:
        replay = AgentDecision.model_validate(
            {**recorded, "replayed": True, "latency_ms": _elapsed_ms(started)}
        )
        return replay, "agent turn replayed"
    inputs = {
        **TURN_DEFAULTS,
        "tenant_id": turn.tenant.tenant_id,
        "case_id": turn.case_id,
        "message_id": turn.message_id,
        "stage": turn.stage,
        "channel": turn.channel,
        "message_type": turn.message_type,
        "received_at": turn.received_at.isoformat(),
        "days_since_operation": turn.days_since_operation,
        "attachments": list(turn.attachments),
    }
    context = TurnContext(
        tenant=turn.tenant,
        raw_text=turn.text,
        provider=_provider(turn.tenant, provider),
        meter=meter,
    )
    result = graph.invoke(inputs, config, context=context, durability=DURABILITY)
    decision = AgentDecision.model_validate(
        {**result["decision"], "latency_ms": _elapsed_ms(started)}
    )
    return decision, "agent turn decided"


def resume_turn(
    tenant: TenantConfig,
    case_id: str,
    message_id: str,
    approval: dict[str, Any],
    *,
    checkpointer: Any,
) -> AgentDecision:
    """Apply a coordinator's approval to the case's pending ``await_approval`` decision.

    Idempotent per ``approval_id`` (see the module docstring); raises :class:`NoPendingApproval`
    when nothing awaits approval and the approval id was never applied. Runs in one checkpoint
    transaction as the tenant, like :func:`run_turn`.
    """
    started = time.perf_counter()
    answer = Approval.model_validate(approval)
    with tenant_scope(checkpointer, tenant.tenant_id):
        decision, what = _resume(tenant, case_id, message_id, answer, checkpointer, started)
    return _log_decision(decision, what)


def _resume(
    tenant: TenantConfig,
    case_id: str,
    message_id: str,
    answer: Approval,
    checkpointer: Any,
    started: float,
) -> tuple[AgentDecision, str]:
    from langgraph.types import Command

    from careflow_agents.graph import get_graph
    from careflow_agents.providers.rules import RulesProvider
    from careflow_agents.security import redact
    from careflow_agents.state import TurnContext

    graph = get_graph(checkpointer)
    config = _config(tenant.tenant_id, case_id)
    snapshot = graph.get_state(config)
    recorded = snapshot.values.get("approvals", {}).get(answer.approval_id)
    if recorded is not None:
        replay = AgentDecision.model_validate(
            {**recorded, "replayed": True, "latency_ms": _elapsed_ms(started)}
        )
        return replay, "agent approval replayed"
    if not snapshot.values.get("pending_approval") or not snapshot.interrupts:
        raise NoPendingApproval(f"case {case_id} has no decision awaiting approval")
    # The resume value is checkpointed: keep it PII-free (no approver identity, redacted edit).
    reply = redact(answer.reply, tenant.phone_regions)[0] if answer.reply else None
    resume = {
        "decision": answer.decision,
        "reply": reply,
        "approved_by": "coordinator",
        "approval_id": answer.approval_id,
        "message_id": message_id,
    }
    context = TurnContext(tenant=tenant, raw_text=None, provider=RulesProvider())
    result = graph.invoke(Command(resume=resume), config, context=context, durability=DURABILITY)
    applied = result.get("approvals", {}).get(answer.approval_id) or result["decision"]
    decision = AgentDecision.model_validate({**applied, "latency_ms": _elapsed_ms(started)})
    return decision, "agent approval applied"


def forget_case(tenant_id: str, case_id: str, *, checkpointer: Any) -> None:
    """Delete the case's graph memory (every checkpoint, blob and pending write of its thread).

    Called when the case reaches a final stage (``closed``, ``lost``): nothing resumes a final
    case, so its conversation state -- redacted, but still a patient's words -- has no reason to
    stay. Idempotent: deleting a thread that is already gone does nothing. As the tenant
    (``tenant_scope``): row-level security would let it delete nothing else.
    """
    with tenant_scope(checkpointer, tenant_id):
        checkpointer.delete_thread(thread_id(tenant_id, case_id))
    _log.info("agent memory of the case deleted", extra={"case_id": case_id})


def prime(checkpointer: Any = None) -> None:
    """Load now everything a first message loads, by running one offline turn.

    For SnapStart's init: LangGraph, the compiled graph, the lexicon tables, the language model,
    the learned detectors' weights, pydantic's validators and the Postgres checkpointer's modules all end up in the snapshot, so
    a restored container's first patient message pays none of it. The turn uses the demo tenant,
    the rules provider and, unless ``checkpointer`` is given (the bench warms its own), an
    in-memory checkpointer: no connection, no network, no patient data.
    """
    import uuid
    from datetime import UTC

    postgres_saver_class()  # its modules only: no connection is opened
    from langgraph.checkpoint.memory import InMemorySaver

    from careflow_agents.config import demo_tenant
    from careflow_agents.providers.rules import RulesProvider

    turn = AgentTurn(
        tenant=demo_tenant("snapstart-prime"),
        case_id=f"prime-{uuid.uuid4().hex[:12]}",  # a new thread even on a shared checkpointer
        message_id="prime",
        stage="enquiry",
        text="Hello, how much is a hair transplant?",
        channel="whatsapp",
        message_type="text",
        received_at=datetime.now(UTC),
    )
    run_turn(turn, checkpointer=checkpointer or InMemorySaver(), provider=RulesProvider())
    # The learned detectors' weights, read on the first message that asks them otherwise.
    from careflow_agents import injection_model, urgency_model

    injection_model.model()
    urgency_model.model()
