"""Per-tenant fixed-window rate limit on inbound webhooks (one Redis round trip)."""

from __future__ import annotations

import time

from careflow_tenant.client import get_redis, tenant_key

WINDOW_S = 60


def allow(tenant_id: str, limit_per_window: int, *, now: float | None = None) -> bool:
    window = int((time.time() if now is None else now) // WINDOW_S)
    key = tenant_key(tenant_id, "rl", str(window))
    pipe = get_redis().pipeline()
    pipe.incr(key)
    pipe.expire(key, WINDOW_S * 2)
    count, _ = pipe.execute()
    return int(count) <= limit_per_window
