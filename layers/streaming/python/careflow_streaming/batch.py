"""Run a function's record handler over an ``aws:kafka`` event, the way our MSK mappings expect.

- Records are grouped into *lanes* by (topic, partition, Kafka key): one conversation each (the
  key is ``tenant:conversation`` or ``tenant:case``). A lane's records run strictly in offset
  order; different lanes run concurrently in a bounded thread pool of the function's
  ``batch_concurrency`` (the topology, via ``CAREFLOW_BATCH_CONCURRENCY``; 1 = one record after
  the other, in the calling thread). Every record is handled by :func:`handle_record`, called in
  the worker thread, so per-record tracing or logging hooks go there.
- Each record's value is an :class:`~careflow_shared.envelope.Envelope`; one that does not parse
  is a poison record: dead-lettered at once with its error, and the lane goes on.
- A record whose handler raises :class:`~careflow_shared.errors.PoisonRecord` is dead-lettered too.
- A transient failure (:func:`careflow_shared.transient.is_transient`: a dependency is down) is
  reported in ``batchItemFailures``, and so is every later record of the same *lane*, without
  running it, so a retry never overtakes an earlier message of the same conversation; other
  lanes go on. The mapping retries it for as long as an outage can last (its record age).
- Any other exception is probably a bug: it is retried the same way, but after
  ``UNEXPECTED_ERROR_ATTEMPTS`` attempts seen by this container the record is dead-lettered
  (condition ``HandlerError``, with its error) so it does not hold its partition for an hour.
- Deadline: a record is started only while at least the function's reserve
  (``deadline_reserve_ms``, via ``CAREFLOW_DEADLINE_RESERVE_MS``) of the invocation remains.
  Otherwise it and the rest of its lane are reported failed — redelivered by the mapping, never
  dead-lettered, not counted as an attempt — instead of being cut off by the timeout. While a
  record runs, the Lambda context is bound (:mod:`careflow_shared.deadline`) so its outbound
  calls get timeouts that end before the invocation does.

What ``batchItemFailures`` does on MSK: Lambda resumes each partition from the *lowest* failed
offset reported for it (a Kafka consumer can only commit one offset per partition). So records of
*other* lanes of that partition with higher offsets, which succeeded, are delivered again. That
is harmless by construction: every consumer's effect is exactly-once (``processed_events``
claimed with the effect, outputs republished only if unpublished — README, "At-least-once in,
exactly-once effect"), so a redelivered success changes nothing.
"""

from __future__ import annotations

import contextvars
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from aws_lambda_powertools.utilities.data_classes.kafka_event import KafkaEvent, KafkaEventRecord
from pydantic import ValidationError

from careflow_shared import deadline, profiling
from careflow_shared.envelope import Envelope
from careflow_shared.errors import PoisonRecord
from careflow_shared.telemetry.messaging import record_span
from careflow_shared.transient import is_transient
from careflow_streaming.deadletter import Condition, build_dead_letter, send_dead_letter
from careflow_streaming.producer import publish_many

RecordHandler = Callable[[Envelope], None]
Publisher = Callable[[list[tuple[str, Envelope, bytes]]], None]
Where = tuple[str, int, int]
LaneKey = tuple[str, int, str | None]


class BatchOutbox(Protocol):
    """What the runner needs of a batch outbox (``careflow_rds.effects.Outbox`` is one)."""

    def clear(self) -> None: ...

    def flush(self, publish: Publisher) -> int: ...


logger = logging.getLogger("careflow.batch")

# (topic, partition, offset) -> "Type: message" of the last failure; read by the local harness to
# put the real error into a dead letter after retries run out (AWS only knows "function error").
_last_errors: dict[Where, str] = {}


# Attempts of records whose handler failed with a non-transient, non-poison error, per container:
# on AWS the mapping does not tell the function how often a batch was tried. A retry usually lands
# on the same warm container; when it does not, the count restarts and the record age still bounds
# the retries.
UNEXPECTED_ERROR_ATTEMPTS = 3
# After a transient failure the invocation pauses before it answers: Lambda does not document the
# pause between retries of a Kafka batch, and 10,000 attempts that fail in milliseconds would be
# spent in minutes. With the pause they outlast the mapping's record age (an hour).
TRANSIENT_PAUSE_S = 1.0
_unexpected_attempts: dict[Where, int] = {}
_state_lock = threading.Lock()  # the two dicts above, written from worker threads


def last_errors() -> dict[Where, str]:
    with _state_lock:
        return dict(_last_errors)


@dataclass
class _Run:
    """One invocation's state, shared by its worker threads."""

    function: str
    handle: RecordHandler
    context: Any
    reserve_ms: int
    failed: dict[Where, Literal["failed", "blocked", "deferred"]] = field(default_factory=dict)
    transient: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)

    def out_of_time(self) -> bool:
        if self.reserve_ms <= 0:
            return False
        left = deadline.remaining_ms(self.context)
        return left is not None and left < self.reserve_ms

    def mark(self, record: KafkaEventRecord, how: Literal["failed", "blocked", "deferred"]) -> None:
        with self.lock:
            self.failed[(record.topic, record.partition, record.offset)] = how


_executors: dict[int, ThreadPoolExecutor] = {}


def _executor(workers: int) -> ThreadPoolExecutor:
    """One pool per size per container, kept across warm invocations: its threads keep their
    Postgres connections and checkpointers (one each, never shared between threads)."""
    with _state_lock:
        pool = _executors.get(workers)
        if pool is None:
            pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="careflow-batch")
            _executors[workers] = pool
        return pool


def lanes(event: dict[str, Any]) -> list[list[KafkaEventRecord]]:
    """The batch's records by (topic, partition, key), each lane in offset order; lanes in the
    order of their first record. Records without a key share one lane per partition."""
    grouped: dict[LaneKey, list[KafkaEventRecord]] = {}
    for record in KafkaEvent(event).records:
        key = record.raw_event.get("key")
        grouped.setdefault((record.topic, record.partition, key), []).append(record)
    ordered = [sorted(lane, key=lambda r: r.offset) for lane in grouped.values()]
    return sorted(ordered, key=lambda lane: (lane[0].topic, lane[0].partition, lane[0].offset))


def process_kafka_batch(
    event: dict[str, Any],
    context: Any,
    *,
    function: str,
    handle: RecordHandler,
    outbox: BatchOutbox | None = None,
    concurrency: int | None = None,
    reserve_ms: int | None = None,
) -> dict[str, Any]:
    """With an ``outbox``, the outputs the records' handlers left in it are published once,
    after every record was handled; if that publish fails, the invocation fails and the whole
    batch is delivered again (the outputs, still unmarked, go out then).

    ``concurrency`` and ``reserve_ms`` default to the function's environment (the topology)."""
    with profiling.profiled(function):
        return _process(event, context, function, handle, outbox, concurrency, reserve_ms)


def _process(
    event: dict[str, Any],
    context: Any,
    function: str,
    handle: RecordHandler,
    outbox: BatchOutbox | None,
    concurrency: int | None,
    reserve_ms: int | None,
) -> dict[str, Any]:
    if outbox is not None:
        outbox.clear()  # nothing left over from an invocation that failed half-way
    with _state_lock:
        _last_errors.clear()
    run = _Run(
        function=function,
        handle=handle,
        context=context,
        reserve_ms=deadline.reserve_ms() if reserve_ms is None else reserve_ms,
    )
    batch_lanes = lanes(event)
    workers = concurrency or deadline.batch_concurrency()
    if workers <= 1:
        for lane in batch_lanes:
            _run_lane(run, lane)
    else:
        # One pool of the configured size (not of this batch's lane count), used even for one
        # lane: its threads, and the connections they hold, serve every later batch.
        pool = _executor(workers)
        # Each lane runs in a copy of this context: what the invocation set (trace context, a
        # batch span) is seen by its records, and what a record sets stays in its own lane.
        futures = [
            pool.submit(contextvars.copy_context().run, _run_lane, run, lane)
            for lane in batch_lanes
        ]
        for future in futures:
            future.result()
    deferred = sum(1 for how in run.failed.values() if how == "deferred")
    if deferred:
        logger.info(
            "records left for the next invocation: too little time to start them",
            extra={"records": deferred, "reserve_ms": run.reserve_ms},
        )
    response = {
        "batchItemFailures": [
            {"itemIdentifier": {"partition": f"{topic}-{partition}", "offset": offset}}
            for topic, partition, offset in sorted(run.failed)
        ]
    }
    if outbox is not None:
        try:
            outbox.flush(publish_many)
        except Exception as exc:
            if is_transient(exc):
                time.sleep(_pause_s(context))
            raise
    if run.transient:
        time.sleep(_pause_s(context))
    return response


def _run_lane(run: _Run, lane: list[KafkaEventRecord]) -> None:
    """One conversation's records in order; the first that fails (or may not start) holds back
    the rest of the lane."""
    for i, record in enumerate(lane):
        if run.out_of_time():
            for left in lane[i:]:
                run.mark(left, "deferred")
            return
        try:
            with deadline.bound(run.context):
                handle_record(run.function, run.handle, record)
        except Exception as exc:
            # Whatever failed — the handler, or writing a dead letter while Kafka is down — the
            # rest of the lane waits, and the pause applies to a dependency outage.
            if is_transient(exc):
                run.transient = True
            with _state_lock:
                _last_errors[(record.topic, record.partition, record.offset)] = (
                    f"{type(exc).__name__}: {exc}"
                )
            run.mark(record, "failed")
            for later in lane[i + 1 :]:
                run.mark(later, "blocked")
            return


def handle_record(function: str, handle: RecordHandler, record: KafkaEventRecord) -> None:
    """Handle one record in the calling (worker) thread: returns when it succeeded or was
    dead-lettered, raises when it is to be retried. Its span continues the record's trace
    (``traceparent`` header) and is entered here, in the worker, for the context to follow."""
    with record_span(function, record):
        _handle_record(function, handle, record)


def _handle_record(function: str, handle: RecordHandler, record: KafkaEventRecord) -> None:
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
            with _state_lock:
                tries = _unexpected_attempts.get(where, 0) + 1
                _unexpected_attempts[where] = tries
            if tries >= UNEXPECTED_ERROR_ATTEMPTS:
                _dead_letter(function, record, exc, condition="HandlerError", attempts=tries)
                with _state_lock:
                    _unexpected_attempts.pop(where, None)
                return
        raise
    else:
        with _state_lock:
            _unexpected_attempts.pop(where, None)


def _pause_s(context: Any) -> float:
    left = deadline.remaining_ms(context)
    remaining = TRANSIENT_PAUSE_S if left is None else left / 1000
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
