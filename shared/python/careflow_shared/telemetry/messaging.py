"""Kafka spans with OpenTelemetry's messaging conventions: produce, batch and record.

Each MSK invocation is one CONSUMER span ``<function> process`` linked to every record's
context (a batch mixes messages of many traces); each record gets a CONSUMER span
``<topic> process`` whose parent is the record's ``traceparent``, so the patient's message is one
trace from the webhook to the reply. Hooks for ``careflow_streaming.batch`` are context managers:
:func:`record_span` is entered in the thread that processes the record (the context is a
``contextvars`` one), and counts the record's outcome (``careflow.records``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from careflow_shared.telemetry import metrics, propagation, setup, spans

_batch_context: ContextVar[Any] = ContextVar("careflow_batch_span", default=None)
_batch_fallback: list[Any] = [None]  # for records processed in threads the batch did not start
_record: ContextVar[_RecordState | None] = ContextVar("careflow_record", default=None)


@dataclass
class _RecordState:
    topic: str
    dead_lettered: bool = False


def consumer_group(function: str) -> str:
    """The mapping's consumer group (``topology.Mapping.consumer_group_id``'s default)."""
    return f"careflow-{function}"


@contextlib.contextmanager
def batch_span(function: str, event: Mapping[str, Any]) -> Iterator[None]:
    """The invocation's CONSUMER span, linked to the context of every record in ``event``."""
    if not setup.enabled():
        yield
        return
    from opentelemetry import trace

    links = []
    count = 0
    topics: set[str] = set()
    for records in (event.get("records") or {}).values():
        for record in records:
            count += 1
            topics.add(str(record.get("topic")))
            ctx = trace.get_current_span(
                propagation.extract(propagation.kafka_headers(record.get("headers")))
            ).get_span_context()
            if ctx.is_valid:
                links.append(
                    trace.Link(
                        ctx,
                        {
                            "messaging.destination.name": str(record.get("topic")),
                            "messaging.kafka.partition": int(record.get("partition", -1)),
                            "messaging.kafka.offset": int(record.get("offset", -1)),
                        },
                    )
                )
    attributes = {
        "messaging.system": "kafka",
        "messaging.operation.type": "process",
        "messaging.operation.name": "process",
        "messaging.consumer.group.name": consumer_group(function),
        "messaging.batch.message_count": count,
        "messaging.destination.name": topics.pop() if len(topics) == 1 else None,
        "faas.trigger": "pubsub",
    }
    from opentelemetry import context as otel_context

    # A batch does not belong to any one record's trace: it starts a trace of its own.
    with spans.span(
        f"{function} process",
        kind="consumer",
        attributes=attributes,
        links=links,
        context=otel_context.Context(),
    ) as current:
        token = _batch_context.set(current.get_span_context() if current else None)
        _batch_fallback[0] = current.get_span_context() if current else None
        try:
            yield
        finally:
            _batch_context.reset(token)
            _batch_fallback[0] = None


@contextlib.contextmanager
def record_span(function: str, record: Any) -> Iterator[None]:
    """One record's span, continuing its trace (a Powertools ``KafkaEventRecord``).

    Counts ``careflow.records``: processed, dead_lettered (see :func:`note_dead_lettered`), or
    retried when the block raises (the record goes back in ``batchItemFailures``)."""
    headers: dict[str, bytes] = dict(record.decoded_headers or {})
    state = _RecordState(topic=record.topic)
    token = _record.set(state)
    try:
        if not setup.enabled():
            if "traceparent" not in headers:
                yield
                return
            with propagation.continued(headers):
                yield
            return
        batch = _batch_context.get() or _batch_fallback[0]
        from opentelemetry import trace

        attributes = {
            "messaging.system": "kafka",
            "messaging.operation.type": "process",
            "messaging.operation.name": "process",
            "messaging.destination.name": record.topic,
            "messaging.destination.partition.id": str(record.partition),
            "messaging.kafka.partition": record.partition,
            "messaging.kafka.offset": record.offset,
            "messaging.kafka.message.offset": record.offset,
            "messaging.consumer.group.name": consumer_group(function),
            "careflow.event_id": _header(headers, "event_id"),
            "careflow.tenant": _header(headers, "tenant_id"),
        }
        try:
            with spans.span(
                f"{record.topic} process",
                kind="consumer",
                attributes=attributes,
                context=propagation.extract(headers),
                links=[trace.Link(batch)] if batch is not None else None,
            ):
                yield
        except Exception:
            metrics.add(
                "careflow.records", 1, function=function, topic=state.topic, outcome="retried"
            )
            raise
        metrics.add(
            "careflow.records",
            1,
            function=function,
            topic=state.topic,
            outcome="dead_lettered" if state.dead_lettered else "processed",
        )
    finally:
        _record.reset(token)


def note_dead_lettered(function: str, topic: str | None) -> None:
    """A record was dead-lettered: counted by its record span, or here when outside one (the
    local harness dead-letters after the retries ran out)."""
    state = _record.get()
    if state is not None:
        state.dead_lettered = True
    elif topic:
        metrics.add("careflow.records", 1, function=function, topic=topic, outcome="dead_lettered")


def _header(headers: Mapping[str, bytes], name: str) -> str | None:
    value = headers.get(name)
    return value.decode("utf-8", "replace") if value else None


@contextlib.contextmanager
def publish_span(
    topic: str,
    *,
    event_id: str | None = None,
    tenant: str | None = None,
    context: Any = None,
) -> Iterator[None]:
    """A PRODUCER span ``<topic> publish``; inject inside it so the consumer continues it.
    The record key is never an attribute (it holds the conversation, e.g. a phone number).
    ``context``: the parent (an outbox output's captured context); without telemetry it is
    made current so the record still carries it."""
    if context is not None and not setup.enabled():
        from opentelemetry import context as otel_context

        token = otel_context.attach(context)
        try:
            yield
        finally:
            otel_context.detach(token)
        return
    with spans.span(
        f"{topic} publish",
        kind="producer",
        context=context,
        attributes={
            "messaging.system": "kafka",
            "messaging.operation.type": "send",
            "messaging.operation.name": "publish",
            "messaging.destination.name": topic,
            "careflow.event_id": event_id,
            "careflow.tenant": tenant,
        },
    ):
        yield
