"""Record ``jaeger_traces.json`` for ``tests/unit/test_trace_waterfall.py`` from the running
Jaeger (``careflow services up``): emits one message's spans in the telemetry contract's shape
with the OpenTelemetry SDK over OTLP, then saves Jaeger's answers for the message's trace and
the batch span's trace."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import httpx
from opentelemetry import trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.trace import Link, SpanKind, Status, StatusCode

from careflow_shared.telemetry.otlp_json import JsonSpanExporter

OTLP = "http://" + os.environ.get("CAREFLOW_OTLP_HTTP", "127.0.0.1:4318")
JAEGER = os.environ.get("CAREFLOW_JAEGER_URL", "http://127.0.0.1:16686")


def _tracer(service: str) -> tuple[TracerProvider, trace.Tracer]:
    provider = TracerProvider(resource=Resource.create({"service.name": service}))
    provider.add_span_processor(
        SimpleSpanProcessor(JsonSpanExporter(f"{OTLP}/v1/traces", timeout_s=10))
    )
    return provider, provider.get_tracer("careflow")


def main() -> None:
    ingest_p, ingest = _tracer("ingest_message")
    agent_p, agent = _tracer("run_agent")
    with (
        ingest.start_as_current_span(
            "POST /webhooks/{channel}",
            kind=SpanKind.SERVER,
            attributes={"careflow.event_id": "evt-recorded", "careflow.tenant": "demo"},
        ),
        ingest.start_as_current_span("hub.messages.inbound publish", kind=SpanKind.PRODUCER) as pub,
    ):
        time.sleep(0.004)
        record = pub.get_span_context()
    time.sleep(0.01)
    with agent.start_as_current_span(
        "run_agent process", kind=SpanKind.CONSUMER, links=[Link(record)]
    ) as batch:
        with agent.start_as_current_span(
            "hub.messages.inbound process",
            kind=SpanKind.CONSUMER,
            context=trace.set_span_in_context(trace.NonRecordingSpan(record)),
            attributes={"careflow.case_id": "7d0c1f9e-0000-4000-8000-000000000001"},
        ):
            time.sleep(0.005)
            with agent.start_as_current_span("chat sim-small") as chat:
                time.sleep(0.02)
                chat.set_status(Status(StatusCode.ERROR, "provider timeout"))
        batch_id = batch.get_span_context().trace_id
    for provider in (ingest_p, agent_p):
        provider.force_flush()
    time.sleep(2)
    out = {
        "message": httpx.get(f"{JAEGER}/api/traces/{record.trace_id:032x}").json(),
        "batch": httpx.get(f"{JAEGER}/api/traces/{batch_id:032x}").json(),
    }
    path = Path(__file__).with_name("jaeger_traces.json")
    path.write_text(json.dumps(out, indent=1, sort_keys=True) + "\n")
    print(path)


if __name__ == "__main__":
    main()
