"""Metrics are TELEMETRY.md's instruments with its attributes, emitted where the event happens;
the agent graph's nodes and model calls are spans with GenAI attributes."""

from __future__ import annotations

from typing import Any

import pytest

from careflow_local.events import kafka_event, kafka_record
from careflow_shared.envelope import Envelope, MessageReceived
from careflow_shared.errors import PoisonRecord
from careflow_shared.telemetry import metrics, setup, spans
from careflow_shared.telemetry.lambda_handler import instrumented
from careflow_streaming import batch, producer

CONTRACT = {  # TELEMETRY.md, the interface with the dashboards and alert rules
    "careflow.webhooks": ("counter", "tenant channel outcome reason"),
    "careflow.records": ("counter", "function topic outcome"),
    "careflow.handler.duration": ("histogram", "function"),
    "careflow.webhook_to_decision": ("histogram", "tenant"),
    "careflow.webhook_to_reply": ("histogram", "tenant channel"),
    "careflow.decisions": ("counter", "tenant intent action urgency provider"),
    "careflow.escalations": ("counter", "tenant urgency"),
    "careflow.replies.awaiting_approval": ("counter", "tenant"),
    "careflow.outbound": ("counter", "tenant channel outcome"),
    "careflow.breaker.state": ("gauge", "dependency"),
    "careflow.model.duration": ("histogram", "tenant provider model outcome"),
    "careflow.model.tokens": ("counter", "tenant provider model direction"),
    "careflow.cases.stage_changes": ("counter", "tenant stage"),
    "careflow.consumer.lag": ("gauge", "function topic"),
}


def test_the_instruments_are_the_contracts() -> None:
    assert {
        name: (i.kind, " ".join(sorted(i.attributes))) for name, i in metrics.INSTRUMENTS.items()
    } == {name: (kind, " ".join(sorted(attrs.split()))) for name, (kind, attrs) in CONTRACT.items()}
    for name, spec in metrics.INSTRUMENTS.items():
        # The collector's Prometheus exporter names a unit-"1" gauge "..._ratio": gauges carry
        # no unit so that the rules' careflow_breaker_state / careflow_consumer_lag exist.
        expected = {"histogram": "s", "counter": "1", "gauge": ""}[spec.kind]
        assert spec.unit == expected, name


def test_an_attribute_outside_the_contract_is_refused(otel) -> None:
    with pytest.raises(ValueError, match="phone"):
        metrics.add("careflow.outbound", tenant="demo", channel="whatsapp", phone="+90532")


def test_latency_histograms_use_the_contracts_buckets(otel) -> None:
    metrics.record("careflow.webhook_to_reply", 1.7, tenant="demo", channel="whatsapp")
    metrics.record("careflow.handler.duration", 0.2, function="f")
    for name in ("careflow.webhook_to_reply", "careflow.handler.duration"):
        (point,) = otel.points(name)
        assert tuple(point.explicit_bounds) == setup.LATENCY_BUCKETS_S


def test_without_telemetry_emitting_is_a_no_op() -> None:
    assert not setup.enabled()
    metrics.add("careflow.records", function="f", topic="t", outcome="processed")
    with spans.span("nothing") as span:
        assert span is None


class Ctx:
    def get_remaining_time_in_millis(self) -> int:
        return 30_000


def _record(offset: int) -> dict[str, Any]:
    env = Envelope.first(
        f"00000000-0000-4000-8000-00000000001{offset}",
        "message.received",
        "demo",
        MessageReceived(
            channel="whatsapp",
            provider_message_id=f"wamid.{offset}",
            conversation_key=f"c{offset}",
            sender_id="s",
            recipient_id="r",
            message_type="text",
            text="hi",
            sent_at="2026-01-01T00:00:00Z",
        ),
    )
    return kafka_record(
        topic="hub.messages.inbound",
        partition=offset,  # one partition each: a failure does not block the others
        offset=offset,
        timestamp_ms=0,
        key=b"k",
        value=env.to_bytes(),
    )


def test_records_are_counted_processed_dead_lettered_or_retried(otel, monkeypatch) -> None:
    letters: list[str] = []
    monkeypatch.setattr(producer, "publish_raw", lambda topic, *a, **k: letters.append(topic))
    monkeypatch.setattr(batch, "TRANSIENT_PAUSE_S", 0.0)
    batch._unexpected_attempts.clear()

    def handle(envelope: Envelope) -> None:
        kind = envelope.payload["provider_message_id"]
        if kind == "wamid.2":
            raise PoisonRecord("bad")
        if kind == "wamid.3":
            raise RuntimeError("bug")

    @instrumented("create_case")
    def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
        return batch.process_kafka_batch(event, context, function="create_case", handle=handle)

    event = kafka_event(
        [_record(1), _record(2), _record(3)], bootstrap="x:1", region="eu-central-1"
    )
    response = handler(event, Ctx())
    assert len(response["batchItemFailures"]) == 1
    assert letters == ["hub.dlq.create_case"]
    counted = {p.attributes["outcome"]: p.value for p in otel.points("careflow.records")}
    assert counted == {"processed": 1, "dead_lettered": 1, "retried": 1}
    assert {dict(p.attributes)["function"] for p in otel.points("careflow.records")} == {
        "create_case"
    }
    (duration,) = otel.points("careflow.handler.duration")
    assert dict(duration.attributes) == {"function": "create_case"}
    assert duration.count == 1


class FakeModel:
    name = "openai_compat"
    model = "sim-model"

    def assess(self, request: Any) -> Any:
        from careflow_agents.providers import ModelAssessment, TokenUsage

        return ModelAssessment(
            intent="price_quote",
            urgency="routine",
            reply="Our coordinator will send you a quote.",
            usage=TokenUsage(input_tokens=120, output_tokens=30),
        )


def test_graph_nodes_and_the_model_call_are_spans_of_the_turn(otel, say) -> None:
    with spans.span("run_agent turn") as parent:
        say("How much is a hair transplant?", provider=FakeModel())
    names = [s.name for s in otel.spans()]
    for node in ("security", "language", "triage", "specialist", "decision"):
        assert f"agent.{node}" in names
    trace_ids = {s.context.trace_id for s in otel.spans()}
    assert trace_ids == {parent.get_span_context().trace_id}  # one trace, nodes inside the turn
    specialist = otel.span("agent.specialist")
    assert specialist.attributes["careflow.agent.specialist"] == "preop"
    chat = otel.span("chat sim-model")
    assert chat.attributes["gen_ai.system"] == "openai_compat"
    assert chat.attributes["gen_ai.request.model"] == "sim-model"
    assert chat.attributes["gen_ai.usage.input_tokens"] == 120
    assert chat.attributes["gen_ai.usage.output_tokens"] == 30
    assert chat.parent.span_id == otel.span("agent.triage").context.span_id
    tokens = {p.attributes["direction"]: p.value for p in otel.points("careflow.model.tokens")}
    assert tokens == {"input": 120, "output": 30}
    (duration,) = otel.points("careflow.model.duration")
    assert dict(duration.attributes) == {
        "tenant": "unit-clinic",
        "provider": "openai_compat",
        "model": "sim-model",
        "outcome": "ok",
    }
