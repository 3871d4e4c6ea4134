"""A tenant's model usage and daily budget: tokens reach the decision, a spent budget hands the
turn to the rules without calling the model, and a broken meter never fails a patient's turn."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from careflow_agents import run_turn
from careflow_agents.providers import ModelAssessment, TokenUsage, parse_output
from careflow_shared.tenant_config import AgentModelSettings
from tests.unit.agents.conftest import turn_for


@dataclass
class Spent:
    tokens: int = 0
    cost_usd: float = 0.0


@dataclass
class MemoryMeter:
    spent: Spent = field(default_factory=Spent)
    calls: list[dict[str, Any]] = field(default_factory=list)
    fallbacks: list[str] = field(default_factory=list)

    def spent_today(self, tenant_id: str) -> Spent:
        return self.spent

    def record_call(self, tenant_id: str, **values: Any) -> None:
        self.calls.append(values)

    def record_fallback(self, tenant_id: str, reason: str) -> None:
        self.fallbacks.append(reason)


class BrokenMeter(MemoryMeter):
    def spent_today(self, tenant_id: str) -> Spent:
        raise ConnectionError("redis down")

    def record_call(self, tenant_id: str, **values: Any) -> None:
        raise ConnectionError("redis down")


class CountingProvider:
    name = "openai_compat"
    model = "sim-model"

    def __init__(self) -> None:
        self.calls = 0

    def assess(self, request: Any) -> ModelAssessment:
        self.calls += 1
        return parse_output(
            '{"intent": "travel", "urgency": "routine", "reply": "We will book your hotel."}',
            TokenUsage(input_tokens=1200, output_tokens=300),
        )


def _tenant(tenant, **agent: Any):
    settings = AgentModelSettings(provider="openai_compat", model="sim-model", **agent)
    return tenant.model_copy(update={"agent": settings})


def _turn(tenant, meter, provider):
    return run_turn(
        turn_for(tenant, "Can you book a hotel near the clinic?", "booked"),
        checkpointer=_saver(),
        provider=provider,
        meter=meter,
    )


def _saver() -> Any:
    from langgraph.checkpoint.memory import InMemorySaver

    return InMemorySaver()


def test_tokens_and_cost_of_a_model_call_reach_the_decision_and_the_meter(tenant) -> None:
    priced = _tenant(
        tenant,
        price_per_million_input_tokens_usd=3.0,
        price_per_million_output_tokens_usd=15.0,
    )
    meter, provider = MemoryMeter(), CountingProvider()

    decision = _turn(priced, meter, provider)

    assert (decision.provider, decision.fallback) == ("openai_compat", None)
    assert (decision.input_tokens, decision.output_tokens) == (1200, 300)
    assert meter.calls == [
        {"input_tokens": 1200, "output_tokens": 300, "cost_usd": pytest.approx(0.0081)}
    ]
    assert meter.fallbacks == []


@pytest.mark.parametrize(
    ("agent", "spent", "reason"),
    [
        ({"daily_token_budget": 5000}, Spent(tokens=5000), "token_budget"),
        ({"daily_cost_budget_usd": 1.0}, Spent(cost_usd=1.25), "cost_budget"),
    ],
)
def test_a_spent_budget_hands_the_turn_to_the_rules_without_calling_the_model(
    tenant, agent, spent, reason
) -> None:
    meter, provider = MemoryMeter(spent=spent), CountingProvider()

    decision = _turn(_tenant(tenant, **agent), meter, provider)

    assert provider.calls == 0
    assert decision.fallback == f"openai_compat:{reason}"
    assert (decision.provider, decision.input_tokens) == ("rules", 0)
    assert {"type": "provider.fallback", "provider": "openai_compat", "reason": reason} in (
        decision.events
    )
    assert meter.fallbacks == [reason]
    assert decision.intent == "travel"  # the rules still answer the patient


def test_budget_left_lets_the_model_answer(tenant) -> None:
    meter, provider = MemoryMeter(spent=Spent(tokens=4999)), CountingProvider()

    decision = _turn(_tenant(tenant, daily_token_budget=5000), meter, provider)

    assert provider.calls == 1 and decision.fallback is None


def test_an_unreachable_meter_never_fails_the_turn(tenant) -> None:
    provider = CountingProvider()

    decision = _turn(_tenant(tenant, daily_token_budget=10), BrokenMeter(), provider)

    assert provider.calls == 1
    assert decision.provider == "openai_compat" and decision.output_tokens == 300


def test_a_model_cannot_report_its_own_usage() -> None:
    answer = '{"intent": "other", "urgency": "routine", "usage": {"input_tokens": 0}}'

    parsed = parse_output(answer, TokenUsage(input_tokens=50, output_tokens=7))
    unreported = parse_output(answer)

    assert parsed.usage == TokenUsage(input_tokens=50, output_tokens=7)
    assert unreported.usage == TokenUsage()
    assert "usage" not in parsed.model_dump()
