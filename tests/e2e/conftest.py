from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from typing import Any

import pytest

from careflow_local.auth import mint_token
from careflow_local.demo import REDELIVERY_PAUSES_S
from careflow_local.samples import signed, whatsapp_text


@pytest.fixture(scope="package")
def runtime(migrated_db):
    """The functions in their Lambda containers; what the containers print (START/END/REPORT,
    the functions' JSON logs) goes to ``.careflow/logs/e2e-containers.log``, not the test run's
    output (tests that read it use ``runtime.fleet.capture_logs()``)."""
    from careflow_local.paths import CAREFLOW_HOME
    from careflow_local.runtime import LocalRuntime

    log_file = CAREFLOW_HOME / "logs" / "e2e-containers.log"
    log_file.parent.mkdir(parents=True, exist_ok=True)
    lock = threading.Lock()
    with log_file.open("w", encoding="utf-8") as out:

        def sink(container: str, line: str) -> None:
            with lock:
                out.write(f"[{container}] {line}\n")
                out.flush()

        rt = LocalRuntime(port=0, retry_backoff_s=0.05, log_sink=sink)
        rt.start()
        yield rt
        rt.stop()


class Client:
    def __init__(self, base: str) -> None:
        self.base = base

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, dict[str, str], Any]:
        req = urllib.request.Request(
            self.base + path, data=body, method=method, headers=headers or {}
        )
        try:
            with urllib.request.urlopen(req, timeout=15) as resp:
                status, hdrs, raw = resp.status, dict(resp.headers), resp.read()
        except urllib.error.HTTPError as err:
            status, hdrs, raw = err.code, dict(err.headers), err.read()
        try:
            return status, hdrs, json.loads(raw)
        except ValueError:
            return status, hdrs, raw.decode()

    def webhook(
        self,
        tenant: dict,
        body: dict,
        *,
        secret: str | None = None,
        extra_headers: dict[str, str] | None = None,
    ) -> tuple[int, Any]:
        """Deliver a signed webhook as Meta does: a 5xx answer (a cold ingest container timed out
        on a loaded machine, or its claim still answers 503) is delivered again, later each
        time, with the same bytes; the message id makes that harmless. The last answer counts."""
        raw, headers = signed(body, secret or tenant["app_secret"])
        for pause in (*REDELIVERY_PAUSES_S, None):
            status, _, payload = self.request(
                "POST",
                f"/webhooks/whatsapp/{tenant['tenant_id']}",
                raw,
                {**headers, **(extra_headers or {})},
            )
            if status < 500 or pause is None:
                return status, payload
            time.sleep(pause)
        raise AssertionError("unreachable")

    def api(self, tenant_id: str, path: str) -> tuple[int, Any]:
        status, _, payload = self.request(
            "GET", path, headers={"Authorization": f"Bearer {mint_token(tenant_id)}"}
        )
        return status, payload


@pytest.fixture(scope="package")
def client(runtime) -> Client:
    return Client(runtime.gateway.url)


def wait_for(predicate: Callable[[], Any], timeout: float = 45.0, interval: float = 0.2) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"condition not met within {timeout} s")


def msk_event(topic: str, key: bytes, value: bytes, offset: int = 1) -> dict:
    """One record as Lambda's MSK trigger would deliver it (for replaying a record by hand)."""
    from careflow_local.events import kafka_event, kafka_record

    record = kafka_record(
        topic=topic, partition=0, offset=offset, timestamp_ms=1, key=key, value=value
    )
    return kafka_event([record], bootstrap="127.0.0.1:19092", region="eu-central-1")


def text_message(wa_id: str, text: str, message_id: str | None = None) -> dict:
    return whatsapp_text(wa_id=wa_id, text=text, message_id=message_id)


def move_stage(client: Client, tenant_id: str, case_id: str, stage: str, **extra: Any) -> tuple:
    """Staff move a case (``POST /v1/cases/{id}/stage``); returns (status, body)."""
    headers = {
        "Authorization": f"Bearer {mint_token(tenant_id)}",
        "Content-Type": "application/json",
        "Idempotency-Key": f"{case_id}-{stage}",
    }
    status, _, body = client.request(
        "POST",
        f"/v1/cases/{case_id}/stage",
        json.dumps({"stage": stage, **extra}).encode(),
        headers,
    )
    return status, body
