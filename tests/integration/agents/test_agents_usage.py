"""Model usage a clinic can see: tokens reported by the (simulated) OpenAI-compatible endpoint are
counted per tenant and day in Redis, a daily token budget hands later turns to the rules, and
``careflow tenant usage`` prints the day's calls, tokens and fallbacks."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from careflow_agents import run_turn
from careflow_agents.budget import RedisUsageMeter
from careflow_local.db import put_channel_secret
from careflow_local.simulators import llm
from careflow_shared.tenant_config import AgentModelSettings
from careflow_tenant.usage import daily_usage, record_call
from tests.integration.agents.helpers import make_turn


@pytest.fixture
def sim() -> Iterator[llm.Simulator]:
    simulator = llm.start(port=0)
    yield simulator
    simulator.stop()


@pytest.fixture
def memory_saver() -> Any:
    from langgraph.checkpoint.memory import InMemorySaver

    return InMemorySaver()


def _llm_tenant(tenant_factory, endpoint: str, **agent: Any) -> dict:
    settings = AgentModelSettings(
        provider="openai_compat",
        endpoint=endpoint,
        model="sim-model",
        api_key_secret="llm",
        price_per_million_input_tokens_usd=2.0,
        price_per_million_output_tokens_usd=8.0,
        **agent,
    )
    tenant = tenant_factory("usage", agent=settings)
    put_channel_secret(tenant["tenant_id"], "llm", {"api_key": f"sk-{uuid.uuid4().hex}"})
    return tenant


def test_tokens_reported_by_the_endpoint_are_counted_per_tenant_and_day(
    tenant_factory, sim, memory_saver
) -> None:
    tenant = _llm_tenant(tenant_factory, f"{sim.url}/v1")
    meter = RedisUsageMeter()

    decisions = [
        run_turn(
            make_turn(tenant["config"], f"case-{i}", "Which hotel is near the clinic?", "booked"),
            checkpointer=memory_saver,
            meter=meter,
        )
        for i in range(3)
    ]

    state = sim.state()
    usage = daily_usage(tenant["tenant_id"])
    assert all(d.provider == "openai_compat" and d.fallback is None for d in decisions)
    assert usage.calls == state["calls"] == 3
    assert usage.input_tokens == state["prompt_tokens"] == sum(d.input_tokens for d in decisions)
    assert usage.output_tokens == state["completion_tokens"]
    assert usage.cost_usd == pytest.approx(
        (usage.input_tokens * 2.0 + usage.output_tokens * 8.0) / 1_000_000, abs=1e-6
    )


def test_a_spent_token_budget_falls_back_to_the_rules_and_is_counted(
    tenant_factory, sim, memory_saver
) -> None:
    tenant = _llm_tenant(tenant_factory, f"{sim.url}/v1", daily_token_budget=1000)
    record_call(tenant["tenant_id"], input_tokens=900, output_tokens=100)

    decision = run_turn(
        make_turn(tenant["config"], "case-1", "How much is a hair transplant?", "enquiry"),
        checkpointer=memory_saver,
        meter=RedisUsageMeter(),
    )

    assert decision.fallback == "openai_compat:token_budget"
    assert sim.requests() == []  # the model was not called
    assert daily_usage(tenant["tenant_id"]).fallbacks == {"token_budget": 1}


def test_provider_failures_are_counted_as_fallbacks(tenant_factory, sim, memory_saver) -> None:
    tenant = _llm_tenant(tenant_factory, f"{sim.url}/v1")
    sim.fail(503, count=1)

    decision = run_turn(
        make_turn(tenant["config"], "case-1", "Which hotel is near the clinic?", "booked"),
        checkpointer=memory_saver,
        meter=RedisUsageMeter(),
    )

    usage = daily_usage(tenant["tenant_id"])
    assert decision.fallback == "openai_compat:error"
    assert (usage.calls, usage.input_tokens, usage.fallbacks) == (1, 0, {"error": 1})


def test_cli_prints_the_days_usage_against_the_budget(tenant_factory, sim, capsys) -> None:
    from careflow_local.cli import main

    tenant = _llm_tenant(tenant_factory, f"{sim.url}/v1", daily_token_budget=50_000)
    record_call(tenant["tenant_id"], input_tokens=1500, output_tokens=250, cost_usd=0.005)

    assert main(["tenant", "usage", "--tenant", tenant["tenant_id"]]) == 0

    shown = json.loads(capsys.readouterr().out)
    assert shown["calls"] == 1
    assert (shown["input_tokens"], shown["output_tokens"]) == (1500, 250)
    assert shown["cost_usd"] == pytest.approx(0.005)
    assert shown["daily_token_budget"] == 50_000 and shown["provider"] == "openai_compat"
