"""One trace per patient message across Kafka: the producer injects the W3C context of its
PRODUCER span, the consumer's record span continues it, the batch span links every record."""

from __future__ import annotations

from typing import Any

from careflow_local.events import kafka_event, kafka_record
from careflow_shared.envelope import Envelope, MessageReceived
from careflow_shared.telemetry import propagation, spans
from careflow_shared.telemetry.lambda_handler import instrumented
from careflow_shared.telemetry.messaging import publish_span
from careflow_streaming import batch, producer

TOPIC = "hub.messages.inbound"


class Ctx:
    def get_remaining_time_in_millis(self) -> int:
        return 30_000


def _envelope(i: int, tenant: str = "demo") -> Envelope:
    return Envelope.first(
        f"00000000-0000-4000-8000-00000000000{i}",
        "message.received",
        tenant,
        MessageReceived(
            channel="whatsapp",
            provider_message_id=f"wamid.{i}",
            conversation_key="c",
            sender_id="s",
            recipient_id="r",
            message_type="text",
            text="hi",
            sent_at="2026-01-01T00:00:00Z",
        ),
    )


def _published(i: int) -> tuple[dict[str, Any], list[tuple[str, bytes]]]:
    """A record as the producer writes it inside a webhook's server span."""
    env = _envelope(i)
    with (
        spans.span("POST /webhooks/{channel}/{tenant}", kind="server"),
        publish_span(TOPIC, event_id=env.event_id, tenant=env.tenant_id),
    ):
        headers = producer._headers(env)
    record = kafka_record(
        topic=TOPIC,
        partition=0,
        offset=i,
        timestamp_ms=0,
        key=b"demo:c",
        value=env.to_bytes(),
        headers=headers,
    )
    return record, headers


def _consume(records: list[dict[str, Any]], seen: list[Any]) -> dict[str, Any]:
    def handle(envelope: Envelope) -> None:
        # what a handler publishes carries the record's trace
        seen.append((propagation.current_trace_id(), dict(producer._headers(envelope))))

    @instrumented("create_case")
    def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
        return batch.process_kafka_batch(event, context, function="create_case", handle=handle)

    return handler(kafka_event(records, bootstrap="x:1", region="eu-central-1"), Ctx())


def test_one_trace_from_the_webhook_through_produce_and_consume(otel) -> None:
    record, headers = _published(1)
    seen: list[Any] = []
    assert _consume([record], seen) == {"batchItemFailures": []}

    server = otel.span("POST /webhooks/{channel}/{tenant}")
    publish = otel.span(f"{TOPIC} publish")
    consumed = otel.span(f"{TOPIC} process")
    trace_id = server.context.trace_id
    assert publish.context.trace_id == consumed.context.trace_id == trace_id
    assert publish.parent.span_id == server.context.span_id
    assert consumed.parent.span_id == publish.context.span_id  # continues the record's context
    assert consumed.parent.is_remote
    assert dict(headers)["traceparent"].decode().split("-")[1] == f"{trace_id:032x}"
    # the handler ran inside the record's span: its outputs carry the same trace
    current, out_headers = seen[0]
    assert current == f"{trace_id:032x}"
    assert out_headers["traceparent"].decode().split("-")[1] == current

    from opentelemetry.trace import SpanKind

    assert publish.kind == SpanKind.PRODUCER
    assert consumed.kind == SpanKind.CONSUMER
    attrs = consumed.attributes
    assert attrs["messaging.system"] == "kafka"
    assert attrs["messaging.destination.name"] == TOPIC
    assert attrs["messaging.kafka.offset"] == 1
    assert attrs["messaging.destination.partition.id"] == "0"
    assert attrs["messaging.consumer.group.name"] == "careflow-create_case"
    assert attrs["careflow.tenant"] == "demo"
    assert attrs["careflow.event_id"] == "00000000-0000-4000-8000-000000000001"


def test_the_batch_span_links_every_record_and_starts_its_own_trace(otel) -> None:
    (r1, _), (r2, _) = _published(1), _published(2)
    _consume([r1, r2], [])
    from opentelemetry.trace import SpanKind

    batch_span = otel.span("create_case process")
    assert batch_span.kind == SpanKind.CONSUMER
    assert batch_span.parent is None
    publishes = [s for s in otel.spans() if s.name == f"{TOPIC} publish"]
    linked = {(link.context.trace_id, link.context.span_id) for link in batch_span.links}
    assert linked == {(p.context.trace_id, p.context.span_id) for p in publishes}
    assert len({tid for tid, _ in linked}) == 2  # two messages, two traces
    assert batch_span.context.trace_id not in {tid for tid, _ in linked}
    assert batch_span.attributes["messaging.batch.message_count"] == 2
    records = [s for s in otel.spans() if s.name == f"{TOPIC} process"]
    assert len(records) == 2
    for span in records:  # each record span points back at its batch
        assert [link.context.span_id for link in span.links] == [batch_span.context.span_id]


def test_the_outbox_publishes_each_output_in_the_trace_of_its_record(otel, monkeypatch) -> None:
    """Outputs are published together after the batch; each still joins its record's trace."""
    import contextlib

    from careflow_rds import effects

    monkeypatch.setattr(effects, "tenant_transaction", lambda tenant: contextlib.nullcontext())
    monkeypatch.setattr(effects.repo, "mark_published_many", lambda *a: None)  # no database
    outbox = effects.Outbox()
    (r1, _), (r2, _) = _published(1), _published(2)
    sent: list[dict[str, bytes]] = []

    def handle(envelope: Envelope) -> None:
        out = envelope.caused("case.opened", {"case_id": "c"}, by="test")
        outbox.add(envelope.tenant_id, "test", envelope.event_id, [("hub.cases.events", out, b"k")])

    def publish(items: list[Any]) -> None:  # producer.publish_many without Kafka
        for topic, env, _key in items:
            with publish_span(topic, context=propagation.context_for(env)):
                sent.append(dict(producer._headers(env)))

    monkeypatch.setattr(batch, "publish_many", publish)

    def run(event: dict[str, Any], context: Any) -> dict[str, Any]:
        return batch.process_kafka_batch(
            event, context, function="create_case", handle=handle, outbox=outbox
        )

    instrumented("create_case")(run)(
        kafka_event([r1, r2], bootstrap="x:1", region="eu-central-1"), Ctx()
    )
    records = sorted(
        (s for s in otel.spans() if s.name == f"{TOPIC} process"),
        key=lambda s: s.attributes["messaging.kafka.offset"],
    )
    traces = [h["traceparent"].decode().split("-")[1] for h in sent]
    assert traces == [f"{s.context.trace_id:032x}" for s in records]
    assert len(set(traces)) == 2


def test_without_telemetry_the_received_context_passes_through() -> None:
    """No SDK, no spans: a function still forwards the trace it received."""
    incoming = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
    env = _envelope(3)
    record = kafka_record(
        topic=TOPIC,
        partition=0,
        offset=3,
        timestamp_ms=0,
        key=b"demo:c",
        value=env.to_bytes(),
        headers=[("traceparent", incoming.encode())],
    )
    seen: list[Any] = []
    _consume([record], seen)
    current, out_headers = seen[0]
    assert current == "0af7651916cd43dd8448eb211c80319c"
    assert out_headers["traceparent"].decode() == incoming
