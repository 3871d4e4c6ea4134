"""One Redis client per container (a connection pool underneath), TLS + auth token on AWS.

Recovery: a pooled connection that died with a Redis restart or an ElastiCache failover fails
its next command; the client then retries that command once on a fresh connection (``RETRY``),
so the first request after recovery succeeds. One retry with a short pause, not redis-py's
default of three with up to 10 s backoff: while Redis is down a webhook must answer (503) fast.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from careflow_shared.settings import get_settings

if TYPE_CHECKING:
    import redis

_client: redis.Redis | None = None
_lock = threading.Lock()


def get_redis() -> redis.Redis:
    """The container's client (thread-safe: a connection pool shared by the batch runner's
    worker threads), created once under a lock."""
    global _client
    if _client is not None:
        return _client
    with _lock:
        return _client or _create()


def _create() -> redis.Redis:
    global _client
    if _client is None:
        import redis
        from redis.backoff import ExponentialBackoff
        from redis.exceptions import ConnectionError as RedisConnectionError
        from redis.exceptions import TimeoutError as RedisTimeoutError
        from redis.retry import Retry

        settings = get_settings()
        password = None
        if settings.redis_auth_secret:
            from careflow_tenant.secrets import get_secret_string

            password = get_secret_string(settings.redis_auth_secret)
        _client = redis.Redis.from_url(
            settings.redis_url,
            password=password,
            socket_timeout=2,
            socket_connect_timeout=2,
            health_check_interval=30,
            retry=Retry(ExponentialBackoff(cap=0.2, base=0.05), retries=1),
            retry_on_error=[RedisConnectionError, RedisTimeoutError],
            decode_responses=True,
        )
    return _client


def reset_redis() -> None:
    global _client
    if _client is not None:
        _client.close()
    _client = None


def tenant_key(tenant_id: str, *parts: str) -> str:
    return ":".join(("careflow", tenant_id, *parts))
