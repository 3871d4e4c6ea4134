"""A tenant's daily model budget, checked before each model call and counted after it.

The graph only sees the small :class:`UsageMeter` interface; run_agent passes
:class:`RedisUsageMeter` (the tenant-context layer's counters), evaluations and tests pass none
(no budget, nothing counted) or their own. A meter that fails (Redis down) never fails a turn:
the call goes ahead uncounted, because a budget is cost control, not safety.
"""

from __future__ import annotations

import logging
from typing import Protocol

from careflow_shared.tenant_config import AgentModelSettings

logger = logging.getLogger("careflow.agents.budget")


class Spent(Protocol):
    @property
    def tokens(self) -> int: ...

    @property
    def cost_usd(self) -> float: ...


class UsageMeter(Protocol):
    def spent_today(self, tenant_id: str) -> Spent: ...

    def record_call(
        self, tenant_id: str, *, input_tokens: int, output_tokens: int, cost_usd: float
    ) -> None: ...

    def record_fallback(self, tenant_id: str, reason: str) -> None: ...


def exhausted(settings: AgentModelSettings, spent: Spent) -> str | None:
    """``token_budget`` or ``cost_budget`` when the day's budget is used up, else ``None``."""
    if settings.daily_token_budget is not None and spent.tokens >= settings.daily_token_budget:
        return "token_budget"
    if settings.daily_cost_budget_usd is not None and spent.cost_usd >= (
        settings.daily_cost_budget_usd
    ):
        return "cost_budget"
    return None


def budget_reason(
    meter: UsageMeter | None, tenant_id: str, settings: AgentModelSettings
) -> str | None:
    if meter is None or (
        settings.daily_token_budget is None and settings.daily_cost_budget_usd is None
    ):
        return None
    try:
        return exhausted(settings, meter.spent_today(tenant_id))
    except Exception:  # the counters are unreachable: spend rather than fail the patient
        logger.warning("usage meter unavailable; budget not checked", exc_info=True)
        return None


def count(meter: UsageMeter | None, tenant_id: str, action: str, **values: object) -> None:
    """``meter.record_call`` / ``record_fallback`` without ever failing the turn."""
    if meter is None:
        return
    try:
        getattr(meter, action)(tenant_id, **values)
    except Exception:
        logger.warning("usage meter unavailable; %s not counted", action, exc_info=True)


class RedisUsageMeter:
    """The tenant-context layer's per-day counters (``careflow_tenant.usage``)."""

    def spent_today(self, tenant_id: str) -> Spent:
        from careflow_tenant.usage import daily_usage

        return daily_usage(tenant_id)

    def record_call(
        self, tenant_id: str, *, input_tokens: int, output_tokens: int, cost_usd: float
    ) -> None:
        from careflow_tenant.usage import record_call

        record_call(
            tenant_id, input_tokens=input_tokens, output_tokens=output_tokens, cost_usd=cost_usd
        )

    def record_fallback(self, tenant_id: str, reason: str) -> None:
        from careflow_tenant.usage import record_fallback

        record_fallback(tenant_id, reason)
