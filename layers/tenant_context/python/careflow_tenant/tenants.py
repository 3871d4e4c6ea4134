"""Tenant configuration in Redis: Postgres is the truth, Redis the copy every function reads.

Two kinds of readers (see the README, "Tenant configuration on the front door"):

- functions that may read Postgres (``get_tenant_config`` with a loader): the container's copy
  for ``LOCAL_TTL_S``, then Redis while its entry is younger than ``REDIS_FRESH_S``, else the
  loader — whose answer is written back (write-through on every load);
- ``ingest_message``, the public front door, which has no database access at all
  (``cached_tenant_config``): Redis only, whatever the entry's age.

So that Redis can answer for every tenant, a positive entry never expires: it is written when a
configuration is written (``careflow tenant set``, seed, migrations), refreshed by every load,
and every entry carries the Postgres version it was read at (``tenants.updated_at``), so a slow
reader can never overwrite a newer configuration with an older one. The *directory* key says
that Redis held every tenant when it was last filled: a tenant missing from Redis is unknown
while it exists (404), and cannot be confirmed once it has gone — a flushed or replaced cache,
or the key's expiry, which bounds how long a lost write can hide a tenant. Then the front door
answers 503 and asks, at most once per ``REFILL_GUARD_S`` for all tenants together, for a refill.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass

from careflow_shared.telemetry.spans import traced
from careflow_shared.tenant_config import TenantConfig
from careflow_tenant.client import get_redis, tenant_key

REDIS_FRESH_S = 60
"""A Postgres reader reloads an entry older than this: a change made in Postgres behind the
write paths' back is seen within a minute."""
LOCAL_TTL_S = 5.0
MISSING_TTL_S = 60
"""Negative entries (a reader found no such tenant) expire; positive entries do not."""
DIRECTORY_TTL_S = 900
"""How long "Redis holds every tenant" is trusted without a refill."""
REFILL_GUARD_S = 30

DIRECTORY_KEY = "careflow:_directory"
"""Not a tenant's key: tenant ids start with ``[a-z0-9]``, never ``_``."""
REFILL_KEY = "careflow:_directory:refill"
_MISSING = "__missing__"


@dataclass(frozen=True)
class Loaded:
    """A configuration as read from Postgres, with the version it was read at."""

    config: TenantConfig
    version: int  # tenants.updated_at in microseconds since the epoch


Loader = Callable[[str], Loaded | None]


class TenantConfigUnavailable(Exception):
    """Redis cannot say whether the tenant exists: its copy is incomplete (refill pending)."""


_local: dict[str, tuple[float, TenantConfig | None]] = {}

# Write an entry unless Redis holds a newer version of it (a negative entry is always replaced).
# ARGV: the entry, its version, the negative marker.
_STORE_IF_NEWER = """
local current = redis.call('GET', KEYS[1])
if current and current ~= ARGV[3] then
  local ok, entry = pcall(cjson.decode, current)
  if ok and type(entry) == 'table' and tonumber(entry['version']) and
     tonumber(entry['version']) > tonumber(ARGV[2]) then
    return 0
  end
end
redis.call('SET', KEYS[1], ARGV[1])
return 1
"""


def config_key(tenant_id: str) -> str:
    """The tenant's entry. (Not ``config``: that key held a bare, expiring copy before the
    entries carried versions, and old and new code may share a Redis while they coexist.)"""
    return tenant_key(tenant_id, "tenant_config")


def store_tenant_config(loaded: Loaded, *, now: float | None = None) -> bool:
    """Write a configuration through to Redis (no expiry); False if Redis already held a newer
    version. Every write path and every load calls this."""
    entry = {
        "version": loaded.version,
        "loaded_at": time.time() if now is None else now,
        "config": loaded.config.model_dump(mode="json"),
    }
    written = get_redis().eval(
        _STORE_IF_NEWER,
        1,
        config_key(loaded.config.tenant_id),
        json.dumps(entry),
        str(loaded.version),
        _MISSING,
    )
    _local.pop(loaded.config.tenant_id, None)
    return bool(written)


# Replace the entry only if it is still the one the reader saw (a deleted tenant's stale entry).
_REPLACE_IF_UNCHANGED = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3])
end
return 0
"""


def _store_missing(tenant_id: str, seen: str | bytes | None) -> None:
    """Remember that a tenant does not exist, briefly. Never over an entry this reader did not
    see: one written meanwhile is a tenant created since the read."""
    redis = get_redis()
    if seen is None:
        redis.set(config_key(tenant_id), _MISSING, ex=MISSING_TTL_S, nx=True)
    else:
        redis.eval(_REPLACE_IF_UNCHANGED, 1, config_key(tenant_id), seen, _MISSING, MISSING_TTL_S)


def _parse(raw: str | bytes) -> tuple[TenantConfig | None, float]:
    """An entry as (configuration or None for a known-missing tenant, when it was loaded)."""
    if isinstance(raw, bytes):
        raw = raw.decode()
    if raw == _MISSING:
        return None, time.time()
    entry = json.loads(raw)
    return TenantConfig.model_validate(entry["config"]), float(entry["loaded_at"])


def get_tenant_config(tenant_id: str, loader: Loader) -> TenantConfig | None:
    """For functions that may read Postgres: a fresh cached copy, else ``loader``'s answer,
    written back so the front door and the other containers see it."""
    now = time.monotonic()
    hit = _local.get(tenant_id)
    if hit and now - hit[0] < LOCAL_TTL_S:
        return hit[1]
    raw = get_redis().get(config_key(tenant_id))
    config: TenantConfig | None
    if raw is not None and (parsed := _parse(raw))[1] > time.time() - REDIS_FRESH_S:
        config = parsed[0]
    else:
        loaded = loader(tenant_id)
        if loaded is None:
            _store_missing(tenant_id, raw)
            config = None
        else:
            store_tenant_config(loaded)
            config = loaded.config
    _local[tenant_id] = (now, config)
    return config


@traced(
    "redis tenant_config",
    kind="client",
    attributes={"db.system.name": "redis", "db.system": "redis"},
)
def cached_tenant_config(tenant_id: str) -> TenantConfig | None:
    """For the front door, which may not read Postgres: the tenant's configuration from Redis,
    None for a tenant that does not exist, or :class:`TenantConfigUnavailable` when Redis
    cannot tell (one round trip: the entry and the directory key together)."""
    now = time.monotonic()
    hit = _local.get(tenant_id)
    if hit and now - hit[0] < LOCAL_TTL_S:
        return hit[1]
    raw, directory = get_redis().mget(config_key(tenant_id), DIRECTORY_KEY)
    if raw is not None:
        config = _parse(raw)[0]
    elif directory is not None:
        config = None
    else:
        raise TenantConfigUnavailable(tenant_id)
    _local[tenant_id] = (now, config)
    return config


def request_refill() -> bool:
    """Claim the one refill request of the next ``REFILL_GUARD_S`` seconds, for all tenants: True
    means the caller must send it (and :func:`release_refill` if sending failed)."""
    return bool(get_redis().set(REFILL_KEY, "1", nx=True, ex=REFILL_GUARD_S))


def release_refill() -> None:
    get_redis().delete(REFILL_KEY)


def mark_directory_complete(tenants: int) -> None:
    """Called after every existing tenant's configuration was written: from now on, a tenant
    Redis does not hold does not exist."""
    get_redis().set(DIRECTORY_KEY, str(tenants), ex=DIRECTORY_TTL_S)


def clear_local_cache() -> None:
    _local.clear()
