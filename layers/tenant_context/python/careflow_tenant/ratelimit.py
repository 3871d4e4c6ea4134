"""Per-tenant fixed-window rate limit on inbound messages (one Redis round trip).

The budget counts messages, not webhooks: a webhook carrying 1,000 messages takes 1,000. A
webhook is admitted whole or not at all: the script adds its cost only when all of it fits the
window's remaining budget, so a refused webhook takes nothing (Meta's retry, and the tenant's
next webhooks, find the budget as it was) and nothing of it is published -- never half.
"""

from __future__ import annotations

import time

from careflow_shared.telemetry.spans import traced
from careflow_tenant.client import get_redis, tenant_key

WINDOW_S = 60
_clock = time.time  # the window's clock (tests hold it still so no call straddles two windows)

# KEYS[1] the window's counter; ARGV: cost, limit, ttl. Returns {admitted (0|1), count after}.
_TAKE = """
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
local cost, limit = tonumber(ARGV[1]), tonumber(ARGV[2])
if count + cost > limit then
    return {0, count}
end
count = redis.call('INCRBY', KEYS[1], cost)
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[3]))
return {1, count}
"""


@traced(
    "redis ratelimit.allow",
    kind="client",
    attributes={"db.system.name": "redis", "db.system": "redis"},
)
def allow(
    tenant_id: str, limit_per_window: int, *, cost: int = 1, now: float | None = None
) -> bool:
    """Take ``cost`` messages from the tenant's budget of the current window, all or nothing."""
    if cost < 0:
        raise ValueError("cost must not be negative")
    window = int((_clock() if now is None else now) // WINDOW_S)
    key = tenant_key(tenant_id, "rl", str(window))
    admitted, _count = get_redis().register_script(_TAKE)(
        keys=[key], args=[cost, limit_per_window, WINDOW_S * 2]
    )
    return bool(admitted)
