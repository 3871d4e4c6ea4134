"""One Redis client per container (a connection pool underneath), TLS + auth token on AWS."""

from __future__ import annotations

from typing import TYPE_CHECKING

from careflow_shared.settings import get_settings

if TYPE_CHECKING:
    import redis

_client: redis.Redis | None = None


def get_redis() -> redis.Redis:
    global _client
    if _client is None:
        import redis

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
