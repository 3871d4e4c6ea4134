"""Webhook idempotency keyed by the provider's message id.

Why not Powertools' ``RedisCachePersistenceLayer``: its keys are ``function#hash`` and cannot
carry the tenant id, which every Redis key of ours must (isolation, per-tenant flush). The
protocol is the same: claim the key as IN_PROGRESS with a short TTL, mark it COMPLETED after the
effect (here: the publish to Kafka), release it when the effect failed so a retry can run.

The claim lives as long as the webhook function may run (its Lambda timeout): a container that
crashed or was killed mid-publish cannot hold a message for longer than an invocation could have
taken, and one that is still running has finished (or been stopped by Lambda) by then.
"""

from __future__ import annotations

import hashlib
from typing import Literal

from careflow_shared.telemetry.spans import traced
from careflow_shared.topology import FUNCTIONS
from careflow_tenant.client import get_redis, tenant_key

IN_PROGRESS_TTL_S = FUNCTIONS["ingest_message"].timeout_s
COMPLETED_TTL_S = 7 * 24 * 3600  # Meta retries deliveries for up to 7 days

Claim = Literal["new", "duplicate", "in_progress"]


def _key(tenant_id: str, channel: str, provider_message_id: str) -> str:
    digest = hashlib.sha256(provider_message_id.encode()).hexdigest()[:32]
    return tenant_key(tenant_id, "idem", channel, digest)


@traced(
    "redis idempotency.claim",
    kind="client",
    attributes={"db.system.name": "redis", "db.system": "redis"},
)
def claim(tenant_id: str, channel: str, provider_message_id: str) -> Claim:
    r = get_redis()
    key = _key(tenant_id, channel, provider_message_id)
    if r.set(key, "IN_PROGRESS", nx=True, ex=IN_PROGRESS_TTL_S):
        return "new"
    return "duplicate" if r.get(key) == "COMPLETED" else "in_progress"


@traced(
    "redis idempotency.complete",
    kind="client",
    attributes={"db.system.name": "redis", "db.system": "redis"},
)
def complete(tenant_id: str, channel: str, provider_message_id: str) -> None:
    get_redis().set(_key(tenant_id, channel, provider_message_id), "COMPLETED", ex=COMPLETED_TTL_S)


@traced(
    "redis idempotency.release",
    kind="client",
    attributes={"db.system.name": "redis", "db.system": "redis"},
)
def release(tenant_id: str, channel: str, provider_message_id: str) -> None:
    get_redis().delete(_key(tenant_id, channel, provider_message_id))


def count_duplicate(tenant_id: str, channel: str) -> int:
    """Duplicates are counted, not stored."""
    return int(get_redis().incr(tenant_key(tenant_id, "stats", channel, "duplicates")))
