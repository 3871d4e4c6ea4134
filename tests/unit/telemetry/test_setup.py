"""Setup: the resource of a function, nothing imported without a collector, and a collector that
does not answer costs an invocation a bounded, configured time and never its result."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from careflow_shared.telemetry import setup

ROOT = Path(__file__).resolve().parents[3]


def test_the_resource_names_the_function_and_never_a_tenant(monkeypatch) -> None:
    monkeypatch.setenv("AWS_LAMBDA_FUNCTION_NAME", "careflow-dev-ingest-message")
    monkeypatch.setenv("AWS_LAMBDA_FUNCTION_VERSION", "7")
    monkeypatch.setenv("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512")
    monkeypatch.setenv("AWS_REGION", "eu-central-1")
    monkeypatch.setenv("CAREFLOW_ENV", "dev")
    monkeypatch.setenv("OTEL_RESOURCE_ATTRIBUTES", "team=care,careflow.tenant=demo,tenant=demo")
    monkeypatch.delenv("OTEL_SERVICE_NAME", raising=False)
    attrs = dict(setup.resource("ingest_message").attributes)
    assert attrs["service.name"] == "ingest_message"
    assert attrs["faas.name"] == "careflow-dev-ingest-message"
    assert attrs["faas.version"] == "7"
    assert attrs["faas.max_memory"] == 512 * 1024 * 1024
    assert attrs["cloud.provider"] == "aws"
    assert attrs["cloud.platform"] == "aws_lambda"
    assert attrs["cloud.region"] == "eu-central-1"
    assert attrs["deployment.environment"] == "dev"
    assert attrs["team"] == "care"  # OTEL_RESOURCE_ATTRIBUTES applies ...
    assert not [k for k in attrs if "tenant" in k]  # ... except a tenant


def _run(code: str, env: dict[str, str]) -> Any:
    paths = [ROOT / "shared/python", *sorted((ROOT / "layers").glob("*/python"))]
    full = {**os.environ, **env, "PYTHONPATH": os.pathsep.join(map(str, paths))}
    if "OTEL_SDK_DISABLED" not in env:
        full.pop("OTEL_SDK_DISABLED", None)
    out = subprocess.run(
        [sys.executable, "-c", code], env=full, capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


_PUBLISH_AND_CONSUME = """
import json, sys
from careflow_shared.telemetry import setup
from careflow_shared.telemetry.lambda_handler import instrumented
from careflow_streaming import batch, producer

@instrumented("ingest_message")
def handler(event, context):
    return {"statusCode": 200}

handler({"routeKey": "POST /webhooks/{channel}/{tenant}", "requestContext": {}, "headers": {}}, None)
print(json.dumps(sorted(m for m in sys.modules if m.startswith("opentelemetry"))))
"""


def test_without_an_endpoint_nothing_of_opentelemetry_is_imported() -> None:
    env = {"OTEL_EXPORTER_OTLP_ENDPOINT": "", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": ""}
    assert _run(_PUBLISH_AND_CONSUME, env) == []


def test_disabled_sdk_imports_nothing_either() -> None:
    env = {"OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:4318", "OTEL_SDK_DISABLED": "true"}
    assert _run(_PUBLISH_AND_CONSUME, env) == []


def test_with_an_endpoint_the_sdk_and_our_json_exporter_are_set_up_without_requests() -> None:
    """The SDK's providers with our OTLP/HTTP JSON exporter: neither ``requests``/``urllib3``
    nor protobuf (the standard exporter's transport and encoding, most of its cold-start cost)
    is imported, nor ``http.client`` with its ``email`` parser, nor anything that scans the
    installed packages' entry points."""
    env = {"OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:9", "OTEL_EXPORTER_OTLP_TIMEOUT": "0.2"}
    code = _PUBLISH_AND_CONSUME.replace(
        'if m.startswith("opentelemetry")',
        'if m.split(".")[0] in ("opentelemetry", "careflow_shared", "requests", "urllib3",'
        ' "google", "http", "email")',
    )
    modules = _run(code, env)
    assert "opentelemetry.sdk.trace" in modules
    assert "opentelemetry.sdk.metrics" in modules
    assert "careflow_shared.telemetry.otlp_json" in modules
    assert not [m for m in modules if m.startswith("opentelemetry.exporter")]
    assert not [m for m in modules if m.split(".")[0] in ("requests", "urllib3", "google")]
    assert "opentelemetry.util._importlib_metadata" not in modules  # no entry-point scan
    assert "http.client" not in modules and "email.parser" not in modules  # a socket is enough


_PRELOAD = """
import json, socket, sys, threading
opened = []
socket.socket.connect = lambda self, address: opened.append(address)
from careflow_shared.telemetry import setup
threads = threading.active_count()
configured = setup.preload()
print(json.dumps({
    "configured": configured,
    "sdk": "opentelemetry.sdk.metrics" in sys.modules and "opentelemetry.sdk.trace" in sys.modules,
    "exporter": "careflow_shared.telemetry.otlp_json" in sys.modules,
    "providers": setup.enabled(),
    "new_threads": threading.active_count() - threads,
    "connections": opened,
}))
"""


@pytest.mark.parametrize("endpoint", ["http://127.0.0.1:9", ""])
def test_preload_imports_the_sdk_only_when_configured_and_builds_nothing(endpoint: str) -> None:
    """SnapStart's snapshot may hold modules, never a provider, a thread or a socket."""
    out = _run(_PRELOAD, {"OTEL_EXPORTER_OTLP_ENDPOINT": endpoint})
    on = bool(endpoint)
    assert out == {
        "configured": on,
        "sdk": on,
        "exporter": on,
        "providers": False,
        "new_threads": 0,
        "connections": [],
    }


class BlackHole:
    """A collector that accepts connections, reads nothing and never answers."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.held: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.held.append(conn)

    def close(self) -> None:
        self.sock.close()
        for conn in self.held:
            conn.close()


@pytest.fixture
def black_hole() -> Any:
    hole = BlackHole()
    yield hole
    hole.close()


def _closed_port() -> str:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there any more: connections are refused
    return f"http://127.0.0.1:{port}"


_INVOKE_TWICE = """
import json, time
from careflow_shared.telemetry import setup, spans, metrics
from careflow_shared.telemetry.lambda_handler import instrumented

@instrumented("ingest_message")
def handler(event, context):
    with spans.span("work"):
        metrics.add("careflow.webhooks", 1, tenant="demo", channel="whatsapp", outcome="accepted")
    return {"statusCode": 200, "body": "ok"}

event = {"routeKey": "POST /webhooks/{channel}/{tenant}", "requestContext": {}, "headers": {}}
took = []
for _ in range(2):
    start = time.monotonic()
    result = handler(event, None)
    took.append(time.monotonic() - start)
print(json.dumps({"result": result, "took": took, "timeout": setup._state.export_timeout_s,
                  "down": setup.collector_down()}))
"""


@pytest.mark.parametrize("where", ["black_hole", "closed_port"])
def test_an_unreachable_collector_never_fails_a_handler_and_costs_one_bounded_timeout(
    where: str, request: pytest.FixtureRequest
) -> None:
    hole = request.getfixturevalue("black_hole") if where == "black_hole" else None
    endpoint = hole.url if hole else _closed_port()
    out = _run(
        _INVOKE_TWICE,
        {"OTEL_EXPORTER_OTLP_ENDPOINT": endpoint, "OTEL_EXPORTER_OTLP_TIMEOUT": "0.5"},
    )
    assert out["result"] == {"statusCode": 200, "body": "ok"}
    assert out["timeout"] == 0.5  # the bound is the standard variable's value
    assert out["down"] is True  # the failure was noticed ...
    first, second = out["took"]
    # Generous bounds (2 cores shared by many test runs): the SDK's own default would wait 10 s
    # per export with retries; ours waits one 0.5 s timeout, then not at all while it is down.
    assert first < 8
    assert second < 4
    if hole is not None:
        # one export tried (traces); metrics and the second invocation did not wait again
        assert len(hole.held) == 1


def test_the_default_export_timeout_is_ours_not_the_sdks_ten_seconds(monkeypatch) -> None:
    monkeypatch.delenv("OTEL_EXPORTER_OTLP_TIMEOUT", raising=False)
    assert setup._export_timeout_s() == setup.DEFAULT_EXPORT_TIMEOUT_S == 1.0
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_TIMEOUT", "2.5")
    assert setup._export_timeout_s() == 2.5
