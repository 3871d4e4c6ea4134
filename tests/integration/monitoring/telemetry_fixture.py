"""Emit the telemetry contract's metrics and spans with the OpenTelemetry SDK over OTLP/HTTP (our
JSON exporters, as the functions do), as the instrumented functions will: one resource
(service.name = function) per function, meter "careflow", the contract's instrument names,
units and attributes.

Used until the functions' own instrumentation is merged, and afterwards as a check that the
collector's Prometheus names stay what the dashboards and rules query.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from opentelemetry.metrics import CallbackOptions, Observation
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import PeriodicExportingMetricReader
from opentelemetry.sdk.metrics.view import ExplicitBucketHistogramAggregation, View
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.trace import SpanKind, Status, StatusCode

from careflow_shared.telemetry.otlp_json import JsonMetricExporter, JsonSpanExporter

LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10, 20, 30, 60)


class FunctionTelemetry:
    """One function's meter and tracer, exporting to ``endpoint`` (OTLP/HTTP base URL)."""

    def __init__(self, function: str, endpoint: str) -> None:
        self.function = function
        # as the functions' resource (careflow_shared.telemetry.setup): job = "careflow/<function>"
        resource = Resource.create(
            {"service.name": function, "service.namespace": "careflow", "faas.name": function}
        )
        self.reader = PeriodicExportingMetricReader(
            JsonMetricExporter(f"{endpoint}/v1/metrics", timeout_s=10),
            export_interval_millis=3_600_000,
        )
        views = [
            View(
                instrument_name="careflow.*duration",
                aggregation=ExplicitBucketHistogramAggregation(LATENCY_BUCKETS),
            ),
            View(
                instrument_name="careflow.webhook_to_*",
                aggregation=ExplicitBucketHistogramAggregation(LATENCY_BUCKETS),
            ),
        ]
        self.meters = MeterProvider(resource=resource, metric_readers=[self.reader], views=views)
        self.traces = TracerProvider(resource=resource)
        self.traces.add_span_processor(
            SimpleSpanProcessor(JsonSpanExporter(f"{endpoint}/v1/traces", timeout_s=10))
        )
        self.meter = self.meters.get_meter("careflow")
        self.tracer = self.traces.get_tracer("careflow")
        self.lag: dict[str, int] = {}
        self.breakers: dict[str, int] = {}
        self.meter.create_observable_gauge(
            "careflow.consumer.lag", [self._observe_lag], unit="{record}"
        )
        self.meter.create_observable_gauge("careflow.breaker.state", [self._observe_breakers])

    def _observe_lag(self, _: CallbackOptions) -> Iterable[Observation]:
        return [
            Observation(v, {"function": self.function, "topic": t}) for t, v in self.lag.items()
        ]

    def _observe_breakers(self, _: CallbackOptions) -> Iterable[Observation]:
        return [Observation(v, {"dependency": d}) for d, v in self.breakers.items()]

    def flush(self) -> None:
        self.reader.collect()
        self.meters.force_flush()
        self.traces.force_flush()

    def shutdown(self) -> None:
        self.meters.shutdown()
        self.traces.shutdown()


def emit_round(fns: dict[str, FunctionTelemetry], tenant: str, scale: int = 1) -> None:
    """One batch of a tenant's traffic through every instrument of the contract."""
    ingest, run_agent, send = fns["ingest"], fns["agent"], fns["send"]
    m = ingest.meter
    webhooks = m.create_counter("careflow.webhooks")
    for outcome, reason in (("accepted", ""), ("duplicate", ""), ("rejected", "bad_signature")):
        attrs = {"tenant": tenant, "channel": "whatsapp", "outcome": outcome}
        if reason:
            attrs["reason"] = reason
        webhooks.add(3 * scale if outcome == "accepted" else scale, attrs)
    m.create_counter("careflow.cases.stage_changes").add(
        scale, {"tenant": tenant, "stage": "enquiry"}
    )
    for fn in fns.values():
        records = fn.meter.create_counter("careflow.records")
        for outcome in ("processed", "retried", "dead_lettered"):
            records.add(
                2 * scale if outcome == "processed" else 1,
                {"function": fn.function, "topic": f"hub.{fn.function}.in", "outcome": outcome},
            )
        fn.meter.create_histogram("careflow.handler.duration", unit="s").record(
            0.2 * scale, {"function": fn.function}
        )
        fn.lag[f"hub.{fn.function}.in"] = 3 * scale
        with (
            fn.tracer.start_as_current_span(
                f"{fn.function} process",
                kind=SpanKind.CONSUMER,
                attributes={"careflow.tenant": tenant},
            ),
            fn.tracer.start_as_current_span("db.transaction") as child,
        ):
            child.set_status(Status(StatusCode.ERROR, "deadlock"))
    a = run_agent.meter
    a.create_histogram("careflow.webhook_to_decision", unit="s").record(2.5, {"tenant": tenant})
    a.create_counter("careflow.decisions").add(
        scale,
        {"tenant": tenant, "intent": "pricing", "action": "reply", "urgency": "routine",
         "provider": "openai_compat"},
    )  # fmt: skip
    a.create_counter("careflow.escalations").add(1, {"tenant": tenant, "urgency": "urgent"})
    a.create_counter("careflow.replies.awaiting_approval").add(1, {"tenant": tenant})
    model = {"tenant": tenant, "provider": "openai_compat", "model": "sim-small"}
    duration = a.create_histogram("careflow.model.duration", unit="s")
    duration.record(0.8, {**model, "outcome": "ok"})
    duration.record(4.0, {**model, "outcome": "error"})
    tokens = a.create_counter("careflow.model.tokens", unit="{token}")
    tokens.add(120 * scale, {**model, "direction": "input"})
    tokens.add(40 * scale, {**model, "direction": "output"})
    run_agent.breakers["llm"] = 0
    s = send.meter
    s.create_histogram("careflow.webhook_to_reply", unit="s").record(
        4.0, {"tenant": tenant, "channel": "whatsapp"}
    )
    outbound = s.create_counter("careflow.outbound")
    outbound.add(2 * scale, {"tenant": tenant, "channel": "whatsapp", "outcome": "sent"})
    outbound.add(1, {"tenant": tenant, "channel": "whatsapp", "outcome": "failed"})
    send.breakers["meta"] = 2


@contextmanager
def functions(endpoint: str, prefix: str) -> Iterator[dict[str, FunctionTelemetry]]:
    """Three functions named ``<prefix>_ingest`` etc (unique per test run)."""
    fns = {
        role: FunctionTelemetry(f"{prefix}_{role}", endpoint)
        for role in ("ingest", "agent", "send")
    }
    try:
        yield fns
    finally:
        for fn in fns.values():
            fn.shutdown()
