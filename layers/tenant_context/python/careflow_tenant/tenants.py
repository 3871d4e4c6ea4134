"""Tenant configuration: Postgres is the truth, Redis the shared cache, the container the
nearest cache. A change in Postgres is seen within ``REDIS_TTL_S`` without a deploy, or at once
after :func:`invalidate`."""

from __future__ import annotations

import time
from collections.abc import Callable

from careflow_shared.tenant_config import TenantConfig
from careflow_tenant.client import get_redis, tenant_key

REDIS_TTL_S = 60
LOCAL_TTL_S = 5.0

Loader = Callable[[str], TenantConfig | None]
_local: dict[str, tuple[float, TenantConfig | None]] = {}
_MISSING = "__missing__"


def get_tenant_config(tenant_id: str, loader: Loader) -> TenantConfig | None:
    now = time.monotonic()
    hit = _local.get(tenant_id)
    if hit and now - hit[0] < LOCAL_TTL_S:
        return hit[1]
    r = get_redis()
    key = tenant_key(tenant_id, "config")
    cached = r.get(key)
    config: TenantConfig | None
    if cached is not None:
        config = None if cached == _MISSING else TenantConfig.model_validate_json(cached)
    else:
        config = loader(tenant_id)
        r.set(key, config.model_dump_json() if config else _MISSING, ex=REDIS_TTL_S)
    _local[tenant_id] = (now, config)
    return config


def invalidate(tenant_id: str) -> None:
    _local.pop(tenant_id, None)
    get_redis().delete(tenant_key(tenant_id, "config"))


def clear_local_cache() -> None:
    _local.clear()
