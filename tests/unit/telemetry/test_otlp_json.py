"""Our OTLP/HTTP JSON exporters against a local receiver that keeps what it was sent: the
specification's JSON shape (hex ids, integer enums, 64-bit integers as strings), the standard
variables, kept-alive connections and refusals. That Jaeger accepts it is proven end to end by
``tests/e2e/test_trace_in_jaeger.py`` and ``tests/integration/monitoring``."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from careflow_shared.telemetry import otlp_json, setup


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


@dataclass
class Receiver:
    """An OTLP/HTTP receiver on 127.0.0.1 (HTTP/1.1, kept-alive connections)."""

    url: str
    requests: list[Received] = field(default_factory=list)
    status: int = 200
    close_after_each: bool = False
    connections: set[tuple[str, int]] = field(default_factory=set)

    def bodies(self, path: str) -> list[dict[str, Any]]:
        return [r.body for r in self.requests if r.path == path]


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    state: dict[str, Receiver] = {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            rec = state["r"]
            raw = self.rfile.read(int(self.headers["Content-Length"]))
            rec.connections.add(self.client_address)
            rec.requests.append(
                Received(
                    self.path, {k.lower(): v for k, v in self.headers.items()}, json.loads(raw)
                )
            )
            self.send_response(rec.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"{}")
            if rec.close_after_each:
                self.close_connection = True  # without saying so (no "Connection: close")

        def log_message(self, format: str, *args: Any) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state["r"] = Receiver(f"http://127.0.0.1:{server.server_address[1]}")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield state["r"]
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def exporting(receiver: Receiver, monkeypatch: pytest.MonkeyPatch) -> Iterator[Receiver]:
    """careflow's telemetry set up from the standard variables, exporting to the receiver."""
    monkeypatch.delenv("OTEL_SDK_DISABLED", raising=False)
    monkeypatch.delenv("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", raising=False)
    monkeypatch.delenv("OTEL_EXPORTER_OTLP_METRICS_ENDPOINT", raising=False)
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", receiver.url)
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_HEADERS", "x-team=care%20flow,authorization=Bearer t")
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_TIMEOUT", "2")
    setup.uninstall()
    assert setup.init("ingest_message")
    try:
        yield receiver
    finally:
        setup.uninstall()


def _attrs(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {a["key"]: a["value"] for a in items}


def test_spans_arrive_as_otlp_json_with_hex_ids_and_integer_enums(exporting: Receiver) -> None:
    from opentelemetry.trace import Link, SpanContext, TraceFlags

    from careflow_shared.telemetry import propagation, spans

    remote = propagation.extract(
        {"traceparent": "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"}
    )
    linked = SpanContext(0xABC, 0xDEF, is_remote=True, trace_flags=TraceFlags(1))
    with spans.span(
        "POST /webhooks/{channel}/{tenant}",
        kind="server",
        context=remote,
        attributes={"careflow.tenant": "demo", "n": 3, "ok": True, "ratio": 0.5, "tags": ["a"]},
    ) as root:
        assert root is not None
        with spans.span("hub.messages.inbound publish", kind="producer", links=[Link(linked)]):
            pass
        with pytest.raises(RuntimeError), spans.span("db.transaction", kind="client"):
            raise RuntimeError("boom")
    assert setup.flush()

    (body,) = exporting.bodies("/v1/traces")
    request = next(r for r in exporting.requests if r.path == "/v1/traces")
    assert request.headers["content-type"] == "application/json"
    assert request.headers["x-team"] == "care flow"  # OTEL_EXPORTER_OTLP_HEADERS, URL-decoded
    assert request.headers["authorization"] == "Bearer t"
    (resource_spans,) = body["resourceSpans"]
    resource = _attrs(resource_spans["resource"]["attributes"])
    assert resource["service.name"] == {"stringValue": "ingest_message"}
    (scope_spans,) = resource_spans["scopeSpans"]
    assert scope_spans["scope"]["name"] == "careflow"
    by_name = {s["name"]: s for s in scope_spans["spans"]}
    server = by_name["POST /webhooks/{channel}/{tenant}"]
    assert server["traceId"] == "0af7651916cd43dd8448eb211c80319c"  # continued, hex
    assert server["parentSpanId"] == "b7ad6b7169203331"
    assert len(server["spanId"]) == 16
    assert server["kind"] == 2  # SPAN_KIND_SERVER
    assert server["flags"] == 0x301  # sampled, has-is-remote, parent is remote
    assert int(server["endTimeUnixNano"]) >= int(server["startTimeUnixNano"]) > 0
    assert isinstance(server["startTimeUnixNano"], str)  # 64-bit integers as strings
    attrs = _attrs(server["attributes"])
    assert attrs["careflow.tenant"] == {"stringValue": "demo"}
    assert attrs["n"] == {"intValue": "3"}
    assert attrs["ok"] == {"boolValue": True}
    assert attrs["ratio"] == {"doubleValue": 0.5}
    assert attrs["tags"] == {"arrayValue": {"values": [{"stringValue": "a"}]}}
    assert server["status"] == {"code": 0}

    producer = by_name["hub.messages.inbound publish"]
    assert producer["kind"] == 4  # SPAN_KIND_PRODUCER
    assert producer["parentSpanId"] == server["spanId"]
    assert producer["flags"] == 0x101  # local parent
    (link,) = producer["links"]
    assert link["traceId"] == f"{0xABC:032x}" and link["spanId"] == f"{0xDEF:016x}"
    assert link["flags"] == 0x301

    failed = by_name["db.transaction"]
    assert failed["kind"] == 3  # SPAN_KIND_CLIENT
    assert failed["status"]["code"] == 2  # STATUS_CODE_ERROR
    assert [e["name"] for e in failed["events"]] == ["exception"]


def test_metrics_arrive_as_otlp_json_cumulative_with_our_buckets(exporting: Receiver) -> None:
    from careflow_shared.telemetry import metrics

    metrics.add("careflow.webhooks", 2, tenant="demo", channel="whatsapp", outcome="accepted")
    metrics.record("careflow.handler.duration", 0.3, function="ingest_message")
    metrics.record("careflow.handler.duration", 0.7, function="ingest_message")
    metrics.gauge("careflow.breaker.state", 2, dependency="meta")
    assert setup.flush()

    body = exporting.bodies("/v1/metrics")[-1]
    (resource_metrics,) = body["resourceMetrics"]
    assert _attrs(resource_metrics["resource"]["attributes"])["service.name"] == {
        "stringValue": "ingest_message"
    }
    (scope_metrics,) = resource_metrics["scopeMetrics"]
    assert scope_metrics["scope"]["name"] == "careflow"
    by_name = {m["name"]: m for m in scope_metrics["metrics"]}

    webhooks = by_name["careflow.webhooks"]
    assert webhooks["unit"] == "1"
    assert webhooks["sum"]["isMonotonic"] is True
    assert webhooks["sum"]["aggregationTemporality"] == 2  # cumulative
    (point,) = webhooks["sum"]["dataPoints"]
    assert point["asInt"] == "2"
    assert _attrs(point["attributes"])["outcome"] == {"stringValue": "accepted"}
    assert int(point["timeUnixNano"]) >= int(point["startTimeUnixNano"]) > 0

    duration = by_name["careflow.handler.duration"]
    assert duration["unit"] == "s"
    assert duration["histogram"]["aggregationTemporality"] == 2
    (hist,) = duration["histogram"]["dataPoints"]
    assert hist["count"] == "2"
    assert hist["sum"] == pytest.approx(1.0)
    assert hist["explicitBounds"] == [float(b) for b in setup.LATENCY_BUCKETS_S]
    assert len(hist["bucketCounts"]) == len(setup.LATENCY_BUCKETS_S) + 1
    assert sum(int(c) for c in hist["bucketCounts"]) == 2
    assert (hist["min"], hist["max"]) == (pytest.approx(0.3), pytest.approx(0.7))

    (gauge,) = by_name["careflow.breaker.state"]["gauge"]["dataPoints"]
    assert gauge["asInt"] == "2"


def test_invocations_reuse_one_connection(exporting: Receiver) -> None:
    from careflow_shared.telemetry import metrics, spans

    for _ in range(3):
        with spans.span("work"):
            metrics.record("careflow.handler.duration", 0.1, function="ingest_message")
        assert setup.flush()
    assert len(exporting.bodies("/v1/traces")) == 3
    assert len(exporting.bodies("/v1/metrics")) == 3
    # traces and metrics: one kept-alive connection each, not one per export
    assert len(exporting.connections) == 2


def test_a_connection_the_receiver_closed_is_replaced_once(receiver: Receiver) -> None:
    """The receiver drops each connection after answering, without saying so (an idle timeout,
    or Lambda thawing a frozen process): the next export finds the kept-alive connection dead
    and sends again on a new one instead of failing."""
    receiver.close_after_each = True
    transport = otlp_json.Transport(receiver.url + "/v1/traces", 2.0, {})
    assert [transport.post(b"{}") for _ in range(3)] == [True, True, True]
    assert len(receiver.requests) == 3
    assert len(receiver.connections) == 3


def test_a_refusal_is_a_failed_export_and_reported(
    receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor, SpanExportResult
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    monkeypatch.delenv("OTEL_SDK_DISABLED", raising=False)
    finished = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(finished))
    provider.get_tracer("t").start_span("s").end()
    spans = finished.get_finished_spans()
    assert len(spans) == 1

    receiver.status = 503
    reports: list[bool] = []
    exporter = otlp_json.JsonSpanExporter(
        receiver.url + "/v1/traces", timeout_s=1.0, report=reports.append
    )
    assert exporter.export(spans) == SpanExportResult.FAILURE
    assert reports == [False]
    assert len(receiver.requests) == 1  # no retry: the caller backs off instead
    receiver.status = 200
    assert exporter.export(spans) == SpanExportResult.SUCCESS
    assert reports == [False, True]
    skipped = otlp_json.JsonSpanExporter(
        receiver.url + "/v1/traces", timeout_s=1.0, skip=lambda: True
    )
    assert skipped.export(spans) == SpanExportResult.FAILURE
    assert len(receiver.requests) == 2  # skipped: nothing sent


def test_endpoints_and_headers_follow_the_standard_variables() -> None:
    base = {"OTEL_EXPORTER_OTLP_ENDPOINT": "http://collector:4318/"}
    assert otlp_json.endpoint("traces", base) == "http://collector:4318/v1/traces"
    assert otlp_json.endpoint("metrics", base) == "http://collector:4318/v1/metrics"
    own = {**base, "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": "https://x.example/custom"}
    assert otlp_json.endpoint("traces", own) == "https://x.example/custom"  # used as given
    only_traces = {"OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": "http://a:1/t"}
    assert otlp_json.endpoint("metrics", only_traces) == "http://localhost:4318/v1/metrics"
    env = {
        "OTEL_EXPORTER_OTLP_HEADERS": "a=1, b = two%2C,bad",
        "OTEL_EXPORTER_OTLP_METRICS_HEADERS": "a=3",
    }
    assert otlp_json.headers("traces", env) == {"a": "1", "b": "two,"}
    assert otlp_json.headers("metrics", env) == {"a": "3", "b": "two,"}
    with pytest.raises(ValueError):
        otlp_json.Transport("grpc://collector:4317", 1.0, {})


def test_each_exporter_reads_its_own_signals_endpoint_and_headers() -> None:
    env = {
        "OTEL_EXPORTER_OTLP_ENDPOINT": "http://collector:4318",
        "OTEL_EXPORTER_OTLP_HEADERS": "a=1",
        "OTEL_EXPORTER_OTLP_TRACES_HEADERS": "a=t",
        "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT": "http://m:9/in",
        "OTEL_EXPORTER_OTLP_METRICS_HEADERS": "a=m",
    }
    spans = otlp_json.JsonSpanExporter.from_env(timeout_s=1.0, env=env)
    metrics = otlp_json.JsonMetricExporter.from_env(timeout_s=2.0, env=env)
    assert (spans.transport.url, spans.transport.timeout_s) == (
        "http://collector:4318/v1/traces",
        1.0,
    )
    assert spans.transport._headers["a"] == "t"
    assert (metrics.transport.url, metrics.transport.timeout_s) == ("http://m:9/in", 2.0)
    assert metrics.transport._headers["a"] == "m"


def test_values_json_cannot_carry_are_spelled_as_proto3_json_does() -> None:
    assert otlp_json.any_value(float("nan")) == {"doubleValue": "NaN"}
    assert otlp_json.any_value(float("-inf")) == {"doubleValue": "-Infinity"}
    assert otlp_json.any_value(b"\x00\x01") == {"bytesValue": "AAE="}
    assert otlp_json.any_value(2**63 - 1) == {"intValue": str(2**63 - 1)}
    assert otlp_json.any_value({"k": False}) == {
        "kvlistValue": {"values": [{"key": "k", "value": {"boolValue": False}}]}
    }


class _Scripted:
    """A raw TCP receiver that answers each request with the next scripted bytes (then closes
    the connection when the script says so): the framings ``http.client`` would read."""

    def __init__(self, answers: list[tuple[bytes, bool]]) -> None:
        import socket

        self.answers = list(answers)
        self.requests: list[bytes] = []
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/v1/traces"
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while self.answers:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                reader = conn.makefile("rb")
                while self.answers:
                    head = b""
                    while not head.endswith(b"\r\n\r\n"):
                        chunk = reader.readline()
                        if not chunk:
                            break
                        head += chunk
                    if not head:
                        break
                    length = int(head.lower().split(b"content-length: ")[1].split(b"\r\n")[0])
                    self.requests.append(head + reader.read(length))
                    answer, close = self.answers.pop(0)
                    conn.sendall(answer)
                    if close:
                        break
                reader.close()  # the socket closes only once its file is closed too

    def close(self) -> None:
        self.sock.close()


@pytest.mark.parametrize(
    ("answer", "ok"),
    [
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n", True),
        (b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}", True),
        (b"HTTP/1.1 204 No Content\r\n\r\n", True),
        (b"HTTP/1.1 400 Bad Request\r\nContent-Length: 3\r\n\r\nbad", False),
    ],
)
def test_the_answers_framing_is_read_and_the_connection_kept(answer: bytes, ok: bool) -> None:
    """Chunked bodies, an interim 100, no body and a refusal: each read to its end, so the
    next export goes out on the same connection and reads its own answer."""
    second = b"HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n"
    server = _Scripted([(answer, False), (second, False)])
    try:
        transport = otlp_json.Transport(server.url, 2.0, {"x-team": "care flow"})
        assert transport.post(b"{}") is ok
        assert transport.post(b'{"a":1}') is True
        assert len(server.requests) == 2
        first = server.requests[0].decode()
        assert first.startswith("POST /v1/traces HTTP/1.1\r\n")
        assert f"Host: 127.0.0.1:{server.url.split(':')[2].split('/')[0]}\r\n" in first
        assert "x-team: care flow\r\n" in first and first.endswith("\r\n\r\n{}")
        assert server.requests[1].endswith(b'Content-Length: 7\r\n\r\n{"a":1}')
    finally:
        server.close()


def test_an_answer_without_length_ends_with_the_connection_and_garbage_fails() -> None:
    server = _Scripted([(b"HTTP/1.0 200 OK\r\n\r\n{}", True), (b"SSH-2.0-OpenSSH\r\n\r\n", True)])
    try:
        transport = otlp_json.Transport(server.url, 2.0, {})
        assert transport.post(b"{}") is True  # read until the close, then a new connection
        assert transport.post(b"{}") is False  # not HTTP: a failed export, never an exception
        assert len(server.requests) == 2
    finally:
        server.close()


def test_a_header_that_would_split_the_request_is_refused() -> None:
    with pytest.raises(ValueError, match="not an HTTP header"):
        otlp_json.Transport("http://collector:4318/v1/traces", 1.0, {"a": "1\r\nX-Evil: 1"})
    with pytest.raises(ValueError, match="not an HTTP header"):
        otlp_json.Transport("http://collector:4318/v1/traces", 1.0, {"a b": "1"})
