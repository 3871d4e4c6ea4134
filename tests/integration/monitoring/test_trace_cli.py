"""``careflow trace`` finds a message's trace in the running Jaeger by its event id or case id
and prints the waterfall. The spans are emitted with the OpenTelemetry SDK over OTLP, shaped as
the telemetry contract says the functions emit them (one trace, several services, a batch span
with links, a failed span)."""

from __future__ import annotations

import os
import uuid

import pytest
from opentelemetry import trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.trace import Link, SpanKind, Status, StatusCode

from careflow_local import trace as careflow_trace
from careflow_local.cli import main
from careflow_shared.telemetry.otlp_json import JsonSpanExporter
from tests.monitoring_panels import wait_for


def _tracer(endpoint: str, service: str) -> tuple[TracerProvider, trace.Tracer]:
    provider = TracerProvider(resource=Resource.create({"service.name": service}))
    provider.add_span_processor(
        SimpleSpanProcessor(JsonSpanExporter(f"{endpoint}/v1/traces", timeout_s=10))
    )
    return provider, provider.get_tracer("careflow")


@pytest.fixture(scope="module")
def message(services) -> dict[str, str]:
    """One message through three functions; returns its ids and the prefix of its services."""
    endpoint = "http://" + os.environ["CAREFLOW_OTLP_HTTP"]
    run = uuid.uuid4().hex[:8]
    ids = {"event": f"evt-{run}", "case": str(uuid.uuid4()), "prefix": f"trace_{run}"}
    ingest_p, ingest = _tracer(endpoint, f"{ids['prefix']}_ingest_message")
    agent_p, agent = _tracer(endpoint, f"{ids['prefix']}_run_agent")
    with (
        ingest.start_as_current_span(
            "POST /webhooks/{channel}",
            kind=SpanKind.SERVER,
            attributes={"careflow.event_id": ids["event"], "careflow.tenant": "demo"},
        ),
        ingest.start_as_current_span(
            "hub.messages.inbound publish", kind=SpanKind.PRODUCER
        ) as publish,
    ):
        record_context = publish.get_span_context()  # what travels in the record's headers
    # the batch span starts a trace of its own, linked to each record's context; the record's
    # span continues the message's trace
    with (
        agent.start_as_current_span(
            "run_agent process", kind=SpanKind.CONSUMER, links=[Link(record_context)], context=None
        ),
        agent.start_as_current_span(
            "hub.messages.inbound process",
            kind=SpanKind.CONSUMER,
            context=trace.set_span_in_context(trace.NonRecordingSpan(record_context)),
            attributes={"careflow.case_id": ids["case"]},
        ),
        agent.start_as_current_span("chat sim-small") as chat,
    ):
        chat.set_status(Status(StatusCode.ERROR, "provider timeout"))
    ids["trace_id"] = f"{record_context.trace_id:032x}"
    for provider in (ingest_p, agent_p):
        provider.force_flush()
        provider.shutdown()
    wait_for(lambda: _spans(ids["trace_id"]) >= 4, 30, "Jaeger to store the spans")
    return ids


def _spans(trace_id: str) -> int:
    try:
        return sum(len(t["spans"]) for t in careflow_trace.find_traces(trace_id))
    except careflow_trace.TraceNotFound:
        return 0


@pytest.mark.parametrize("which", ["event", "case"])
def test_finds_the_trace_by_event_id_or_case_id(message, which):
    traces = careflow_trace.find_traces(message[which])

    assert [t["traceID"] for t in traces] == [message["trace_id"]]
    assert len(traces[0]["spans"]) == 4  # the whole trace, not just the matching span


def test_unknown_id_is_reported_not_crashed(services):
    with pytest.raises(careflow_trace.TraceNotFound):
        careflow_trace.find_traces(f"evt-none-{uuid.uuid4().hex}")


def test_cli_prints_the_waterfall(message, capsys):
    assert main(["trace", message["event"]]) == 0

    out = capsys.readouterr().out
    assert out.startswith(f"trace {message['trace_id']}")
    assert f"4 spans  2 services ({message['prefix']}_ingest_message, " in out
    lines = out.splitlines()
    chat = next(line for line in lines if "chat sim-small" in line)
    assert "✗ provider timeout" in chat
    assert " run_agent process" not in out  # the batch span is in a trace of its own
    # nesting: the record's span under the publish span, the model call under the record
    assert "  hub.messages.inbound publish " in out
    assert "    hub.messages.inbound process " in out
    assert "      chat sim-small " in out


def test_cli_exits_1_with_a_message_when_nothing_matches(services, capsys):
    assert main(["trace", f"evt-none-{uuid.uuid4().hex}"]) == 1

    assert "no trace in Jaeger" in capsys.readouterr().err
