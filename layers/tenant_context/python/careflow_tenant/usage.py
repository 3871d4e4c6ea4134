"""A tenant's model usage per UTC day in Redis: calls, tokens, cost and fallbacks by reason.

What a clinic is billed for is every request its model provider answered, retries and calls
whose output was later thrown away included, so the counters are written when a call returns,
not when a decision is stored. One hash per tenant and day (``careflow:{tenant}:usage:{day}``),
kept 35 days; ``careflow tenant usage`` reads it and run_agent's budget check reads it before
each model call. Cost is counted in micro-dollars so the counters stay integers.
"""

from __future__ import annotations

from datetime import UTC, datetime

from pydantic import BaseModel, Field

from careflow_tenant.client import get_redis, tenant_key

RETENTION_S = 35 * 24 * 3600
_FALLBACK = "fallback:"


class DailyUsage(BaseModel):
    day: str
    calls: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0
    fallbacks: dict[str, int] = Field(default_factory=dict)

    @property
    def tokens(self) -> int:
        return self.input_tokens + self.output_tokens


def _day(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).strftime("%Y-%m-%d")


def _key(tenant_id: str, day: str) -> str:
    return tenant_key(tenant_id, "usage", day)


def record_call(
    tenant_id: str,
    *,
    input_tokens: int,
    output_tokens: int,
    cost_usd: float = 0.0,
    now: datetime | None = None,
) -> None:
    """One model call that returned (successfully or not), with what its response reported."""
    key = _key(tenant_id, _day(now))
    pipe = get_redis().pipeline()
    pipe.hincrby(key, "calls", 1)
    pipe.hincrby(key, "input_tokens", max(0, input_tokens))
    pipe.hincrby(key, "output_tokens", max(0, output_tokens))
    pipe.hincrby(key, "cost_microusd", max(0, round(cost_usd * 1_000_000)))
    pipe.expire(key, RETENTION_S)
    pipe.execute()


def record_fallback(tenant_id: str, reason: str, *, now: datetime | None = None) -> None:
    """The rules answered instead of the model (``timeout``, ``error``, ``token_budget`` …)."""
    key = _key(tenant_id, _day(now))
    pipe = get_redis().pipeline()
    pipe.hincrby(key, f"{_FALLBACK}{reason}", 1)
    pipe.expire(key, RETENTION_S)
    pipe.execute()


def daily_usage(tenant_id: str, day: str | None = None) -> DailyUsage:
    raw = get_redis().hgetall(_key(tenant_id, day or _day()))
    values = {(k.decode() if isinstance(k, bytes) else str(k)): int(v) for k, v in raw.items()}
    return DailyUsage(
        day=day or _day(),
        calls=values.get("calls", 0),
        input_tokens=values.get("input_tokens", 0),
        output_tokens=values.get("output_tokens", 0),
        cost_usd=values.get("cost_microusd", 0) / 1_000_000,
        fallbacks={
            name.removeprefix(_FALLBACK): count
            for name, count in sorted(values.items())
            if name.startswith(_FALLBACK)
        },
    )
