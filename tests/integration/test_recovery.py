"""Clients heal after their dependency restarts, and fail fast while it is down.

Each test breaks a PRIVATE instance (its own port, its own temp dir), never the shared services:
a throw-away Postgres cluster (initdb + pg_ctl as the ``postgres`` OS user, trust on loopback),
a throw-away redis-server, and a Kafka bootstrap address where nothing listens.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from careflow_shared.settings import get_settings
from careflow_shared.transient import is_transient

PG_BIN = next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin"))), None)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_port(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listens on {port}")


@pytest.fixture
def settings_env(monkeypatch):
    """Point the settings at private instances; the container's clients start fresh."""
    from careflow_rds.connection import reset_connection
    from careflow_streaming.producer import reset_producer
    from careflow_tenant.client import reset_redis

    def apply(**env: str) -> None:
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        get_settings.cache_clear()
        reset_connection()
        reset_redis()
        reset_producer()

    yield apply
    get_settings.cache_clear()
    reset_connection()
    reset_redis()
    reset_producer()


class PrivatePostgres:
    def __init__(self, root: Path, port: int) -> None:
        self.data, self.port, self.log = root / "data", port, root / "pg.log"

    def _pg(self, *args: str) -> None:
        assert PG_BIN is not None
        subprocess.run(
            ["runuser", "-u", "postgres", "--", str(PG_BIN / "pg_ctl"), *args],
            check=True,
            capture_output=True,
            timeout=60,
        )

    def init(self) -> None:
        assert PG_BIN is not None
        subprocess.run(
            ["runuser", "-u", "postgres", "--", str(PG_BIN / "initdb"), "-D", str(self.data),
             "--auth=trust", "-U", "postgres"],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        self.start()

    def start(self) -> None:
        self._pg("start", "-D", str(self.data), "-l", str(self.log), "-w",
                 "-o", f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1")  # fmt: skip

    def restart(self) -> None:
        self._pg("stop", "-D", str(self.data), "-m", "fast", "-w")
        self.start()

    def stop(self) -> None:
        self._pg("stop", "-D", str(self.data), "-m", "immediate", "-w")


@pytest.fixture
def private_postgres() -> Iterator[PrivatePostgres]:
    if PG_BIN is None or shutil.which("runuser") is None:
        pytest.fail("PostgreSQL binaries and runuser are needed for this test")
    root = Path(tempfile.mkdtemp(prefix="careflow-pg-"))
    shutil.chown(root, user="postgres", group="postgres")
    pg = PrivatePostgres(root, _free_port())
    pg.init()
    try:
        yield pg
    finally:
        try:
            pg.stop()
        finally:
            shutil.rmtree(root, ignore_errors=True)


def test_the_first_transaction_after_a_postgres_restart_succeeds(private_postgres, settings_env):
    from careflow_rds.tenancy import tenant_transaction

    settings_env(
        CAREFLOW_DB_HOST="127.0.0.1",
        CAREFLOW_DB_PORT=str(private_postgres.port),
        CAREFLOW_DB_NAME="postgres",
        CAREFLOW_DB_USER="postgres",
        CAREFLOW_DB_PASSWORD="unused",
    )
    with tenant_transaction("t-before") as cur:
        cur.execute("SELECT current_setting('app.tenant_id') AS t, pg_backend_pid() AS pid")
        before = cur.fetchone()
    assert before["t"] == "t-before"

    private_postgres.restart()  # the container's cached connection is now dead

    with tenant_transaction("t-after") as cur:
        cur.execute("SELECT current_setting('app.tenant_id') AS t, pg_backend_pid() AS pid")
        after = cur.fetchone()
    assert after["t"] == "t-after"
    assert after["pid"] != before["pid"]  # a new connection replaced the broken one


def test_a_failure_inside_the_transaction_is_not_retried(private_postgres, settings_env):
    """Only the transaction's first statement is retried: the caller's work never runs twice."""
    import psycopg2

    from careflow_rds.tenancy import tenant_transaction

    settings_env(
        CAREFLOW_DB_HOST="127.0.0.1",
        CAREFLOW_DB_PORT=str(private_postgres.port),
        CAREFLOW_DB_NAME="postgres",
        CAREFLOW_DB_USER="postgres",
        CAREFLOW_DB_PASSWORD="unused",
    )
    runs = []
    broken = (psycopg2.OperationalError, psycopg2.InterfaceError)
    with pytest.raises(broken) as caught, tenant_transaction("t1") as cur:
        runs.append(1)
        cur.execute("SELECT pg_terminate_backend(pg_backend_pid())")
    assert runs == [1]
    assert is_transient(caught.value)
    with tenant_transaction("t1") as cur:  # and the next transaction has a fresh connection
        cur.execute("SELECT 1 AS one")
        assert cur.fetchone()["one"] == 1


@pytest.fixture
def private_redis() -> Iterator[tuple[int, callable]]:
    binary = shutil.which("redis-server") or "/usr/bin/redis-server"
    root = Path(tempfile.mkdtemp(prefix="careflow-redis-"))
    port = _free_port()
    procs: list[subprocess.Popen] = []

    def start() -> None:
        procs.append(
            subprocess.Popen(
                [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                 "--appendonly", "no", "--dir", str(root)],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )
        )  # fmt: skip
        _wait_port(port)

    def restart() -> None:
        procs[-1].terminate()
        procs[-1].wait(10)
        start()

    start()
    try:
        yield port, restart
    finally:
        procs[-1].terminate()
        procs[-1].wait(10)
        shutil.rmtree(root, ignore_errors=True)


def test_the_first_redis_command_after_a_restart_succeeds(private_redis, settings_env):
    from careflow_tenant.client import get_redis

    port, restart = private_redis
    settings_env(CAREFLOW_REDIS_URL=f"redis://127.0.0.1:{port}/0")
    r = get_redis()
    r.set("careflow:t1:probe", "before")
    restart()  # the pooled connection is now dead
    assert r.set("careflow:t1:probe", "after")
    assert r.get("careflow:t1:probe") == "after"


def test_a_producer_without_a_broker_fails_fast_with_a_transient_error(settings_env):
    from careflow_streaming.producer import publish_raw

    settings_env(CAREFLOW_KAFKA_BOOTSTRAP=f"127.0.0.1:{_free_port()}")
    with pytest.raises(Exception) as caught:
        publish_raw("hub.messages.inbound", b"x", key=b"k", headers=[])
    assert is_transient(caught.value), repr(caught.value)


def _webhook_event(tenant: dict) -> dict:
    import uuid

    from careflow_local.events import http_api_event
    from careflow_local.samples import signed, whatsapp_text

    body = whatsapp_text(
        wa_id="905550000077",
        text="hello",
        phone_number_id=tenant["phone_number_id"],
        message_id=f"wamid.{uuid.uuid4().hex}",
    )
    raw, headers = signed(body, tenant["app_secret"])
    return http_api_event(
        method="POST",
        path=f"/webhooks/whatsapp/{tenant['tenant_id']}",
        route_key="POST /webhooks/whatsapp/{tenant}",
        path_parameters={"tenant": tenant["tenant_id"]},
        headers=list(headers.items()),
        body=raw,
    )


def _assert_503(answer: dict) -> None:
    import json

    assert answer["statusCode"] == 503, answer
    assert int(answer["headers"]["Retry-After"]) > 0
    assert json.loads(answer["body"])["error"]["code"] == "unavailable"


def test_a_webhook_answers_503_while_kafka_is_down_and_goes_through_after(
    tenant_factory, settings_env
):
    """Kafka unreachable: 503 + Retry-After (Meta retries), the dedupe claim is released, and
    the provider's retry is accepted once Kafka answers again."""
    import json

    from careflow_local.invoke import invoke

    event = _webhook_event(tenant_factory("recover"))
    shared_bootstrap = get_settings().kafka_bootstrap
    settings_env(CAREFLOW_KAFKA_BOOTSTRAP=f"127.0.0.1:{_free_port()}")
    _assert_503(invoke("ingest_message", event))

    settings_env(CAREFLOW_KAFKA_BOOTSTRAP=shared_bootstrap)
    up = invoke("ingest_message", event)
    assert up["statusCode"] == 200, up
    assert json.loads(up["body"])["accepted"] == 1


def test_a_webhook_answers_503_while_redis_is_down(tenant_factory, settings_env):
    from careflow_local.invoke import invoke

    event = _webhook_event(tenant_factory("recover"))
    settings_env(CAREFLOW_REDIS_URL=f"redis://127.0.0.1:{_free_port()}/0")
    _assert_503(invoke("ingest_message", event))


def test_a_crashed_webhooks_claim_lasts_no_longer_than_the_function_may_run(services):
    """A container killed between claim and publish leaves its claim behind; it must expire
    once the invocation could no longer be running, not a minute later."""
    import uuid

    from careflow_shared.topology import FUNCTIONS
    from careflow_tenant import idempotency
    from careflow_tenant.client import get_redis

    tenant, message = f"t-{uuid.uuid4().hex[:8]}", f"wamid.{uuid.uuid4().hex}"
    assert idempotency.claim(tenant, "whatsapp", message) == "new"
    assert idempotency.claim(tenant, "whatsapp", message) == "in_progress"
    ttl = get_redis().ttl(idempotency._key(tenant, "whatsapp", message))
    assert 0 < ttl <= FUNCTIONS["ingest_message"].timeout_s
