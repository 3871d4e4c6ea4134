"""A circuit breaker per (tenant, provider), its state in Redis so every container shares it.

Why Redis and not memory: Lambda runs many containers; a breaker in one container's memory would
let every other container keep hammering a provider that is down, each paying timeouts and
retries out of its own time budget. One hash per tenant and provider
(``careflow:{tenant}:breaker:{provider}``) makes the whole fleet back off together, and the tenant
in the key keeps one clinic's bad token or throttled number from blocking the others.

States:

* **closed** — calls go through; each transient failure increments ``failures``, a success
  deletes the hash. ``failure_threshold`` consecutive failures open it.
* **open** — calls fail fast with ``ProviderUnavailable`` (retryable) for ``cooldown_s``.
* **half-open** — after the cool-down exactly one caller (a ``SET NX`` lease) may probe; its
  success closes the breaker, its failure re-opens it for another cool-down.

If Redis itself is unreachable the breaker fails *open for traffic* (calls proceed): losing the
breaker must not stop replies from going out.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from careflow_channels.envconfig import env_float
from careflow_channels.errors import ProviderUnavailable
from careflow_shared.telemetry import metrics

if TYPE_CHECKING:
    import redis as redis_lib

logger = logging.getLogger("careflow.channels.breaker")

State = Literal["closed", "open", "half_open"]

# Atomic across containers: count the failure and open the breaker in one step.
_RECORD_FAILURE = """
local failures = redis.call('HINCRBY', KEYS[1], 'failures', 1)
local state = redis.call('HGET', KEYS[1], 'state')
if failures >= tonumber(ARGV[1]) or state == 'open' then
  redis.call('HSET', KEYS[1], 'state', 'open', 'opened_at', ARGV[2])
  redis.call('DEL', KEYS[2])
end
redis.call('EXPIRE', KEYS[1], ARGV[3])
return failures
"""


@dataclass(frozen=True)
class BreakerPolicy:
    failure_threshold: int = field(
        default_factory=lambda: int(env_float("CAREFLOW_BREAKER_THRESHOLD", 5))
    )
    cooldown_s: float = field(
        default_factory=lambda: env_float("CAREFLOW_BREAKER_COOLDOWN_S", 30.0)
    )
    # How long a half-open probe holds its lease if its container dies mid-call.
    probe_lease_s: float = 30.0


def breaker_key(tenant_id: str, provider: str) -> str:
    from careflow_tenant.client import tenant_key

    return tenant_key(tenant_id, "breaker", provider)


def _gauge(provider: str, state: State) -> None:
    metrics.gauge("careflow.breaker.state", metrics.BREAKER_STATES[state], dependency=provider)


class CircuitBreaker:
    """The breaker of one tenant and provider. Cheap to build: all state lives in Redis."""

    def __init__(self, tenant_id: str, provider: str, policy: BreakerPolicy | None = None):
        self.tenant_id = tenant_id
        self.provider = provider
        self.policy = policy or BreakerPolicy()
        self.key = breaker_key(tenant_id, provider)
        self.probe_key = f"{self.key}:probe"

    def _redis(self) -> redis_lib.Redis:
        from careflow_tenant.client import get_redis

        return get_redis()

    def state(self, now: float | None = None) -> State:
        """The breaker's state (also the ``careflow.breaker.state`` gauge of the provider)."""
        state = self._state(now)
        _gauge(self.provider, state)
        return state

    def _state(self, now: float | None = None) -> State:
        import redis

        try:
            data = self._redis().hgetall(self.key)
        except redis.RedisError:
            return "closed"
        if data.get("state") != "open":
            return "closed"
        current = time.time() if now is None else now
        if current - float(data.get("opened_at", 0)) < self.policy.cooldown_s:
            return "open"
        return "half_open"

    def before_call(self) -> None:
        """Raise ``ProviderUnavailable`` unless this caller may call the provider now."""
        import redis

        state = self.state()
        if state == "closed":
            return
        if state == "half_open":
            try:
                lease_ms = int(self.policy.probe_lease_s * 1000)
                if self._redis().set(self.probe_key, "1", nx=True, px=lease_ms):
                    logger.info(
                        "circuit half-open: probing",
                        extra={"tenant_id": self.tenant_id, "provider": self.provider},
                    )
                    return
            except redis.RedisError:
                return
            raise ProviderUnavailable(self.provider, "circuit half-open, probe in flight")
        raise ProviderUnavailable(self.provider, "circuit open", retry_after=self.policy.cooldown_s)

    def record_success(self) -> None:
        import redis

        try:
            self._redis().delete(self.key, self.probe_key)
        except redis.RedisError:
            logger.warning("breaker state not saved", extra={"provider": self.provider})
        _gauge(self.provider, "closed")

    def record_failure(self) -> int:
        """Count one transient failure; returns the consecutive count (0 if Redis failed)."""
        import redis

        ttl = int(max(self.policy.cooldown_s * 4, 300))
        try:
            failures = self._redis().eval(
                _RECORD_FAILURE,
                2,
                self.key,
                self.probe_key,
                self.policy.failure_threshold,
                repr(time.time()),
                ttl,
            )
        except redis.RedisError:
            logger.warning("breaker state not saved", extra={"provider": self.provider})
            return 0
        count = int(failures)
        if count >= self.policy.failure_threshold:
            _gauge(self.provider, "open")
            logger.warning(
                "circuit open",
                extra={"tenant_id": self.tenant_id, "provider": self.provider, "failures": count},
            )
        return count
