"""Local Redis keeps its data across a restart (AOF, fsync every second), so the webhook dedupe
window survives it. On a private Redis in a temp dir and on a port of its own: the shared one
is never restarted."""

from __future__ import annotations

import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from careflow_local.services._base import terminate
from careflow_local.services._redis import Redis
from careflow_tenant import client as redis_client
from careflow_tenant import idempotency


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PrivateRedis:
    """careflow's own Redis service (same generated config), under ``home`` on ``port``."""

    def __init__(self, home: Path, port: int) -> None:
        self.service = Redis({"CAREFLOW_REDIS_URL": f"redis://127.0.0.1:{port}/0"}, home)
        self.pid: int | None = None

    def start(self) -> None:
        self.pid = self.service.start()
        self.service.wait_ready(self.pid)

    def stop(self) -> None:
        if self.pid is not None:
            assert self.service.stop(self.pid), "redis did not shut down cleanly"
            self.pid = None


@pytest.fixture
def private_redis(tmp_path: Path) -> Iterator[PrivateRedis]:
    server = PrivateRedis(tmp_path, _free_port())
    server.start()
    try:
        yield server
    finally:
        if server.pid is not None:
            terminate(server.pid, 10.0)


def test_a_restart_keeps_the_webhook_dedupe_window(private_redis, monkeypatch):
    url = f"redis://127.0.0.1:{private_redis.service.port}/0"
    conn = redis.Redis.from_url(url, decode_responses=True)
    assert conn.config_get("appendonly") == {"appendonly": "yes"}
    assert conn.config_get("appendfsync") == {"appendfsync": "everysec"}
    monkeypatch.setattr(redis_client, "_client", conn)  # the layer's own functions, this server

    tenant, message = f"aof-{uuid.uuid4().hex[:8]}", f"wamid.{uuid.uuid4().hex}"
    assert idempotency.claim(tenant, "whatsapp", message) == "new"
    idempotency.complete(tenant, "whatsapp", message)  # the webhook was published
    conn.close()

    private_redis.stop()
    private_redis.start()

    conn = redis.Redis.from_url(url, decode_responses=True)
    monkeypatch.setattr(redis_client, "_client", conn)
    assert idempotency.claim(tenant, "whatsapp", message) == "duplicate"  # still remembered
    key = idempotency._key(tenant, "whatsapp", message)
    assert 0 < conn.ttl(key) <= idempotency.COMPLETED_TTL_S  # with its expiry intact
    conn.close()
