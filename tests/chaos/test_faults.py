"""Fault injection: a stream of signed webhooks while one dependency is down for a minute.

For each fault — Postgres, Redis, Kafka, the Meta simulator, the Doktor365 simulator stopped for
``OUTAGE_S``, and the harness killed with SIGKILL — ``MESSAGES`` signed WhatsApp messages from
distinct patients go to the local gateway at ``RATE`` per second (a webhook that does not answer
200 is sent again after its ``Retry-After``, as Meta does). Then, once the pipeline drained:

- every message has exactly one message row, one decision and one sent reply;
- the Meta simulator received each reply exactly once;
- no dead letter of the tenant remains on any ``hub.dlq.*`` topic;
- no webhook took longer than ``MAX_WEBHOOK_S`` to answer.

It needs a stack of its own, because it stops and starts the services, and the services module
takes its ports from ``localstack/dev.env``: a machine or CI job whose services nobody else uses
(``CHAOS_OWN_MACHINE=1``), or a checkout whose dev.env names other ports (checked below). ``make chaos`` runs it;
``CHAOS_FAULTS=postgres,redis`` picks faults, ``CHAOS_MESSAGES`` / ``CHAOS_OUTAGE_S`` shorten it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from careflow_local.samples import signed, whatsapp_text

MESSAGES = int(os.environ.get("CHAOS_MESSAGES", "200"))
OUTAGE_S = float(os.environ.get("CHAOS_OUTAGE_S", "60"))
RATE = float(os.environ.get("CHAOS_RATE", "12"))
MAX_WEBHOOK_S = 10.0
DRAIN_TIMEOUT_S = float(os.environ.get("CHAOS_DRAIN_S", "900"))
SHARED_PORTS = {"55432", "56379", "59092", "4566", "58081", "58082", "4318", "16686", "9090"}
FAULTS = [
    f
    for f in os.environ.get(
        "CHAOS_FAULTS", "postgres,redis,kafka,meta-sim,doktor365-sim,harness"
    ).split(",")
    if f
]


def _refuse_shared_stack() -> None:
    """The services module starts and stops services on the ports of ``localstack/dev.env``: the
    suite runs only where those are not the shared stack's, and never with external services."""
    from careflow_local.services._env import load_dev_env

    env = {**load_dev_env(), **os.environ}
    ports = {
        env.get("PGPORT", ""),
        env.get("CAREFLOW_REDIS_URL", "").rsplit(":", 1)[-1].split("/")[0],
        env.get("CAREFLOW_KAFKA_BOOTSTRAP", "").rsplit(":", 1)[-1],
    }
    shared_home = os.environ.get("CAREFLOW_SHARED_HOME", "/work/main/.careflow")
    if (
        (ports & SHARED_PORTS and os.environ.get("CHAOS_OWN_MACHINE") != "1")
        or os.environ.get("CAREFLOW_SERVICES") == "external"
        or os.environ.get("CAREFLOW_HOME", "").rstrip("/") == shared_home
    ):
        pytest.fail(
            "the chaos suite stops services: run it on a stack of its own (a machine or CI job "
            "whose services nobody else uses: CHAOS_OWN_MACHINE=1, or other ports in dev.env), "
            "never on a shared one"
        )


@dataclass
class Harness:
    """``careflow dev`` in a child process, so it can be killed like a crashed host."""

    port: int
    proc: subprocess.Popen | None = None

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "careflow_local.cli", "dev", "--port", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{self.port}/health", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        raise RuntimeError("careflow dev did not come up")

    def kill(self) -> None:
        if self.proc is not None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(30)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.kill()


@dataclass
class Stream:
    """The webhooks sent, and how long each answer took (retries included separately)."""

    latencies: list[float] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)
    message_ids: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def harness() -> Iterator[Harness]:
    _refuse_shared_stack()
    h = Harness(port=int(os.environ.get("CHAOS_GATEWAY_PORT", "3900")))
    h.start()
    yield h
    h.stop()


def _send_stream(url: str, tenant: dict, stream: Stream, stop_sending: threading.Event) -> None:
    with httpx.Client(timeout=30) as client:
        for i in range(MESSAGES):
            message_id = f"wamid.chaos.{uuid.uuid4().hex}"
            body = whatsapp_text(
                wa_id=f"90555{i:07d}",
                text=f"Hello, which documents do I need for my visit? ({i})",
                phone_number_id=tenant["phone_number_id"],
                message_id=message_id,
            )
            raw, headers = signed(body, tenant["app_secret"])
            stream.message_ids.append(message_id)
            while True:  # as Meta: resend until 200
                started = time.monotonic()
                try:
                    response = client.post(url, content=raw, headers=headers)
                    status = response.status_code
                    retry_after = float(response.headers.get("retry-after", "2"))
                except httpx.HTTPError:
                    status, retry_after = 0, 2.0
                stream.latencies.append(time.monotonic() - started)
                stream.statuses.append(status)
                if status == 200:
                    break
                time.sleep(min(retry_after, 10))
            time.sleep(1 / RATE)
    stop_sending.set()


# What the Meta simulator received before it was stopped: it keeps its records in memory, so a
# restart would forget the replies it took before the outage.
_meta_before_restart: list[dict] = []


def _break(fault: str, harness: Harness) -> Callable[[], None]:
    """Stop the dependency; the callable brings it back."""
    from careflow_local import services as svc

    if fault == "harness":
        harness.kill()
        return harness.start
    if fault == "meta-sim":
        # Refuse every request from now on, then keep what it took: nothing is taken between
        # the snapshot and the stop, so the snapshot plus the restarted simulator's records are
        # every reply Meta accepted.
        meta = _meta()
        meta.fail(503, count=100_000)
        time.sleep(1.0)  # a request already past the failure check finishes and is recorded
        _meta_before_restart.extend(r for r in meta.requests() if r["status"] == 200)
    svc.down([fault])
    return lambda: svc.up([fault], with_localstack=False)


def _counts(tenant_id: str) -> dict[str, int]:
    from careflow_rds.tenancy import tenant_transaction

    with tenant_transaction(tenant_id) as cur:
        cur.execute(
            """
            SELECT
              (SELECT count(*) FROM messages WHERE direction = 'inbound') AS messages,
              (SELECT count(DISTINCT provider_message_id) FROM messages
                 WHERE direction = 'inbound') AS distinct_messages,
              (SELECT count(*) FROM agent_decisions) AS decisions,
              (SELECT count(*) FROM outbound_messages WHERE status = 'sent') AS sent
            """
        )
        return dict(cur.fetchone())


def _meta() -> Any:
    from careflow_local.simulators._server import connect

    return connect(os.environ["CAREFLOW_META_GRAPH_URL"])


def _meta_replies(tenant: dict) -> list[dict]:
    """The replies Meta accepted (answered 200) for the tenant's number, across a restart."""
    path = f"/v23.0/{tenant['phone_number_id']}/messages"
    return [
        r
        for r in [*_meta_before_restart, *_meta().requests()]
        if r["path"] == path and r["method"] == "POST" and r["status"] == 200
    ]


def _tenant_dead_letters(tenant_id: str) -> list[dict]:
    from careflow_local.dlq import list_letters
    from careflow_shared.topology import PIPELINE_MAPPINGS

    found = []
    for mapping in PIPELINE_MAPPINGS:
        for letter in list_letters(mapping.function):
            for header in letter["source"].get("headers", []):
                if bytes(header.get("tenant_id", [])).decode() == tenant_id:
                    found.append(letter)
    return found


@pytest.mark.parametrize("fault", FAULTS)
def test_an_outage_loses_nothing_and_needs_no_person(fault, harness, tenant_factory):
    tenant = tenant_factory(f"chaos-{fault}")
    url = f"http://127.0.0.1:{harness.port}/webhooks/whatsapp/{tenant['tenant_id']}"
    stream, done = Stream(), threading.Event()
    sender = threading.Thread(target=_send_stream, args=(url, tenant, stream, done), daemon=True)
    sender.start()
    time.sleep(min(5.0, MESSAGES / RATE / 4))
    restore = _break(fault, harness)
    try:
        time.sleep(OUTAGE_S)
    finally:
        restore()
    sender.join(DRAIN_TIMEOUT_S)
    assert done.is_set(), "the stream did not finish"

    deadline = time.monotonic() + DRAIN_TIMEOUT_S
    counts: dict[str, int] = {}
    while time.monotonic() < deadline:
        counts = _counts(tenant["tenant_id"])
        if counts["sent"] >= MESSAGES and counts["decisions"] >= MESSAGES:
            break
        time.sleep(5)

    assert counts == {
        "messages": MESSAGES,
        "distinct_messages": MESSAGES,
        "decisions": MESSAGES,
        "sent": MESSAGES,
    }, counts
    replies = _meta_replies(tenant)
    recipients = [r["json"]["to"] for r in replies]
    assert len(recipients) == MESSAGES and len(set(recipients)) == MESSAGES
    assert _tenant_dead_letters(tenant["tenant_id"]) == []
    assert max(stream.latencies) <= MAX_WEBHOOK_S, max(stream.latencies)
