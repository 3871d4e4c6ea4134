"""Run a function's record handler over an ``aws:kafka`` event, the way our MSK mappings expect.

- Each record's value is an :class:`~careflow_shared.envelope.Envelope`; one that does not parse
  is a poison record: dead-lettered at once with its error, and the batch goes on.
- A record whose handler raises :class:`~careflow_shared.errors.PoisonRecord` is dead-lettered too.
- A transient failure (:func:`careflow_shared.transient.is_transient`: a dependency is down) is
  reported in ``batchItemFailures`` (Powertools' ``BatchProcessor``), and so is every later record
  of the same partition, without running it, so a retry never overtakes an earlier message of the
  same conversation. The mapping retries it for as long as an outage can last (its record age).
- Any other exception is probably a bug: it is retried the same way, but after
  ``UNEXPECTED_ERROR_ATTEMPTS`` attempts seen by this container the record is dead-lettered
  (condition ``HandlerError``, with its error) so it does not hold its partition for an hour.
"""

from __future__ import annotations

import logging
import time
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
from careflow_shared.telemetry.messaging import record_span
from careflow_shared.transient import is_transient
from careflow_streaming.deadletter import Condition, build_dead_letter, send_dead_letter
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


# Attempts of records whose handler failed with a non-transient, non-poison error, per container:
# on AWS the mapping does not tell the function how often a batch was tried. A retry usually lands
# on the same warm container; when it does not, the count restarts and the record age still bounds
# the retries.
UNEXPECTED_ERROR_ATTEMPTS = 3
# After a transient failure the invocation pauses before it answers: Lambda does not document the
# pause between retries of a Kafka batch, and 10,000 attempts that fail in milliseconds would be
# spent in minutes. With the pause they outlast the mapping's record age (an hour).
TRANSIENT_PAUSE_S = 1.0
_unexpected_attempts: dict[tuple[str, int, int], int] = {}


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
    transient: list[bool] = []
    _last_errors.clear()

    def record_handler(record: KafkaEventRecord) -> None:
        partition = f"{record.topic}-{record.partition}"
        if partition in blocked:
            raise BlockedByEarlierFailure(partition)
        try:
            with record_span(function, record):
                handle_one(record)
        except Exception as exc:
            # Whatever failed — the handler, or writing a dead letter while Kafka is down — the
            # rest of the partition waits, and the pause applies to a dependency outage.
            blocked.add(partition)
            if is_transient(exc):
                transient.append(True)
            _last_errors[(record.topic, record.partition, record.offset)] = (
                f"{type(exc).__name__}: {exc}"
            )
            raise

    def handle_one(record: KafkaEventRecord) -> None:
        try:
            envelope = Envelope.from_bytes(record.decoded_value)
        except (ValidationError, ValueError) as exc:
            _dead_letter(function, record, exc)
            return
        where = (record.topic, record.partition, record.offset)
        try:
            handle(envelope)
        except PoisonRecord as exc:
            _dead_letter(function, record, exc)
        except Exception as exc:
            if not is_transient(exc):
                tries = _unexpected_attempts.get(where, 0) + 1
                _unexpected_attempts[where] = tries
                if tries >= UNEXPECTED_ERROR_ATTEMPTS:
                    _dead_letter(function, record, exc, condition="HandlerError", attempts=tries)
                    _unexpected_attempts.pop(where, None)
                    return
            raise
        else:
            _unexpected_attempts.pop(where, None)

    processor = BatchProcessor(event_type=EventType.Kafka, raise_on_entire_batch_failure=False)
    response = dict(
        process_partial_response(
            event=event, record_handler=record_handler, processor=processor, context=context
        )
    )
    if outbox is not None:
        try:
            outbox.flush(publish_many)
        except Exception as exc:
            if is_transient(exc):
                time.sleep(_pause_s(context))
            raise
    if transient:
        time.sleep(_pause_s(context))
    return response


def _pause_s(context: Any) -> float:
    try:
        remaining = float(context.get_remaining_time_in_millis()) / 1000
    except (AttributeError, TypeError, ValueError):
        remaining = TRANSIENT_PAUSE_S
    return max(0.0, min(TRANSIENT_PAUSE_S, remaining - 1.0))


def _dead_letter(
    function: str,
    record: KafkaEventRecord,
    exc: Exception,
    *,
    condition: Condition = "PoisonRecord",
    attempts: int = 1,
) -> None:
    logger.warning(
        "dead-lettering record",
        extra={
            "condition": condition,
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
        attempts=attempts,
        condition=condition,
    )
    send_dead_letter(function, letter)


def _safe_error(exc: Exception) -> str:
    """Validation errors without the offending input values (they may carry PII)."""
    if isinstance(exc, ValidationError):
        return "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
    return str(exc)
