"""Unit-test helpers for the agent graph: a demo tenant and turns run on an in-memory checkpointer."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from careflow_agents import AgentTurn, run_turn
from careflow_agents.config import demo_tenant
from careflow_shared.envelope import AgentDecision
from careflow_shared.tenant_config import TenantConfig


@pytest.fixture
def always(monkeypatch: pytest.MonkeyPatch) -> None:
    """A learned red-flag detector that reads every message it is asked about as a red flag."""
    from careflow_agents import urgency_model

    monkeypatch.setattr(urgency_model, "is_red_flag", lambda redacted, held="soon": True)


@pytest.fixture
def tenant() -> TenantConfig:
    return demo_tenant("unit-clinic")


@pytest.fixture
def memory_saver() -> Any:
    from langgraph.checkpoint.memory import InMemorySaver

    return InMemorySaver()


def turn_for(
    tenant: TenantConfig,
    text: str | None,
    stage: str = "enquiry",
    *,
    case_id: str | None = None,
    **extra: Any,
) -> AgentTurn:
    return AgentTurn(
        tenant=tenant,
        case_id=case_id or f"case-{uuid.uuid4().hex[:8]}",
        message_id=extra.pop("message_id", f"m-{uuid.uuid4().hex[:8]}"),
        stage=stage,
        text=text,
        channel="whatsapp",
        message_type=extra.pop("message_type", "text"),
        received_at=datetime.now(UTC),
        **extra,
    )


@pytest.fixture
def say(tenant: TenantConfig, memory_saver: Any) -> Callable[..., AgentDecision]:
    """Run one message (fresh case unless ``case_id`` is given) through the real graph."""

    def run(text: str | None, stage: str = "enquiry", **extra: Any) -> AgentDecision:
        provider = extra.pop("provider", None)
        the_tenant = extra.pop("tenant", tenant)
        return run_turn(
            turn_for(the_tenant, text, stage, **extra), checkpointer=memory_saver, provider=provider
        )

    return run
