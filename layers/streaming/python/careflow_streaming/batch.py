"""Run a function's record handler over an ``aws:kafka`` event, the way our MSK mappings expect.

- Each record's value is an :class:`~careflow_shared.envelope.Envelope`; one that does not parse
  is a poison record: dead-lettered at once with its error, and the batch goes on.
- A record whose handler raises :class:`~careflow_shared.errors.PoisonRecord` is dead-lettered too.
- Any other exception is transient: the record is reported in ``batchItemFailures`` (Powertools'
  ``BatchProcessor``) and so is every later record of the same partition, without running it,
  so a retry never overtakes an earlier message of the same conversation.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

from aws_lambda_powertools.utilities.batch import (
    BatchProcessor,
    EventType,
    process_partial_response,
)
from aws_lambda_powertools.utilities.data_classes.kafka_event import KafkaEventRecord
from pydantic import ValidationError

from careflow_shared.envelope import Envelope
from careflow_shared.errors import PoisonRecord
from careflow_shared.tracecontext import set_current
from careflow_streaming.deadletter import build_dead_letter, send_dead_letter
from careflow_streaming.producer import publish_many

RecordHandler = Callable[[Envelope], None]
Publisher = Callable[[list[tuple[str, Envelope, bytes]]], None]


class BatchOutbox(Protocol):
    """What the runner needs of a batch outbox (``careflow_rds.effects.Outbox`` is one)."""

    def clear(self) -> None: ...

    def flush(self, publish: Publisher) -> int: ...


logger = logging.getLogger("careflow.batch")

# (topic, partition, offset) -> "Type: message" of the last failure; read by the local harness to
# put the real error into a dead letter after retries run out (AWS only knows "function error").
_last_errors: dict[tuple[str, int, int], str] = {}


class BlockedByEarlierFailure(Exception):
    """Not attempted: an earlier record of the same partition failed in this batch."""


def last_errors() -> dict[tuple[str, int, int], str]:
    return dict(_last_errors)


def process_kafka_batch(
    event: dict[str, Any],
    context: Any,
    *,
    function: str,
    handle: RecordHandler,
    outbox: BatchOutbox | None = None,
) -> dict[str, Any]:
    """With an ``outbox``, the outputs the records' handlers left in it are published once,
    after every record was handled; if that publish fails, the invocation fails and the whole
    batch is delivered again (the outputs, still unmarked, go out then)."""
    if outbox is not None:
        outbox.clear()  # nothing left over from an invocation that failed half-way
    blocked: set[str] = set()
    _last_errors.clear()

    def record_handler(record: KafkaEventRecord) -> None:
        partition = f"{record.topic}-{record.partition}"
        if partition in blocked:
            raise BlockedByEarlierFailure(partition)
        try:
            envelope = Envelope.from_bytes(record.decoded_value)
        except (ValidationError, ValueError) as exc:
            _dead_letter(function, record, exc)
            return
        headers = record.decoded_headers
        traceparent = headers.get("traceparent")
        set_current(traceparent.decode() if traceparent else None)
        try:
            handle(envelope)
        except PoisonRecord as exc:
            _dead_letter(function, record, exc)
        except Exception as exc:
            blocked.add(partition)
            _last_errors[(record.topic, record.partition, record.offset)] = (
                f"{type(exc).__name__}: {exc}"
            )
            raise

    processor = BatchProcessor(event_type=EventType.Kafka, raise_on_entire_batch_failure=False)
    response = dict(
        process_partial_response(
            event=event, record_handler=record_handler, processor=processor, context=context
        )
    )
    if outbox is not None:
        outbox.flush(publish_many)
    return response


def _dead_letter(function: str, record: KafkaEventRecord, exc: Exception) -> None:
    logger.warning(
        "dead-lettering poison record",
        extra={
            "topic": record.topic,
            "partition": record.partition,
            "offset": record.offset,
            "error_type": type(exc).__name__,
        },
    )
    letter = build_dead_letter(
        function,
        record.raw_event,
        error_type=type(exc).__name__,
        error_message=_safe_error(exc),
        attempts=1,
        condition="PoisonRecord",
    )
    send_dead_letter(function, letter)


def _safe_error(exc: Exception) -> str:
    """Validation errors without the offending input values (they may carry PII)."""
    if isinstance(exc, ValidationError):
        return "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
    return str(exc)
