"""Local Kafka event source mappings: what Lambda's MSK trigger does, for our handlers.

Per mapping (``careflow_shared.topology.KAFKA_MAPPINGS``, the table CDK reads too): its own
consumer group; batches closed by ``batch_size`` or ``maximum_batching_window_s``; the exact
``aws:kafka`` event; ``ReportBatchItemFailures`` honoured (a partition is retried from its
lowest failed offset, as Lambda does); a function error retries the whole batch; after
``maximum_retry_attempts`` retries (or past ``maximum_record_age_s``) the record goes to the
mapping's on-failure topic with its original bytes, the error and the attempt count; offsets are
committed only once every record of the batch succeeded or was dead-lettered.

Concurrency as Lambda scales a Kafka trigger: at most one invocation per partition at a time.
A poll gathers up to ``batch_size`` records per partition of the topic; it is split by partition
and each partition's part is delivered (in batches of at most ``batch_size``, and retried) in
its own thread, so each goes to a container of its own while the others run; the next poll
waits until every part is done, so a partition's batches stay in order. What this does not copy:
on AWS a partition whose batch is still being retried does not hold up the next batches of the
other partitions; here they wait for it.

Retry policy (the same numbers as on AWS, from the mapping): ``maximum_retry_attempts`` and
``maximum_record_age_s`` may be -1 (infinite), as Lambda allows; records are also checked against
their age before every retry, as Lambda does. Lambda does not document the pause between retries
of a Kafka batch; here it grows from ``retry_backoff_s`` by doubling up to ``RETRY_BACKOFF_CAP_S``,
so an outage of minutes costs a few dozen attempts, not thousands.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from careflow_local.events import kafka_event, kafka_record
from careflow_local.lag import LagReporter
from careflow_shared.topology import KafkaMapping

log = logging.getLogger("careflow.esm")
Invoke = Callable[[dict[str, Any]], Any]
RETRY_BACKOFF_CAP_S = 10.0


@dataclass
class MappingStats:
    batches: int = 0
    invocations: int = 0
    records_ok: int = 0
    dead_lettered: int = 0
    retries: int = 0
    invoke_seconds: float = 0.0
    errors: list[str] = field(default_factory=list)


class EventSourceMapping:
    def __init__(
        self,
        mapping: KafkaMapping,
        invoke: Invoke,
        *,
        bootstrap: str,
        region: str,
        retry_backoff_s: float = 0.5,
        partitions: int = 1,
    ) -> None:
        """``partitions``: of the mapping's topic; a poll gathers up to a batch for each."""
        self.mapping = mapping
        self.partitions = max(1, partitions)
        self.invoke = invoke
        self.bootstrap = bootstrap
        self.region = region
        self.retry_backoff_s = retry_backoff_s
        self.stats = MappingStats()
        self._stats_lock = threading.Lock()  # partitions are delivered by concurrent threads
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._lag = LagReporter(mapping.function)

    # --- lifecycle ---------------------------------------------------------------------------

    def start(self) -> None:
        self._thread = threading.Thread(
            target=self._run, name=f"esm-{self.mapping.function}", daemon=True
        )
        self._thread.start()

    def wait_ready(self, timeout: float = 30.0) -> bool:
        return self._ready.wait(timeout)

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join(timeout)

    def _consumer(self) -> Any:
        from kafka import KafkaConsumer

        m = self.mapping
        return KafkaConsumer(
            m.topic,
            bootstrap_servers=self.bootstrap.split(","),
            group_id=m.consumer_group_id,
            enable_auto_commit=False,
            auto_offset_reset="earliest" if m.starting_position == "TRIM_HORIZON" else "latest",
            max_poll_records=self._capacity,
            # A batch may be retried for as long as its records may age: the group must not
            # evict this consumer meanwhile (that would only redeliver the same batch).
            max_poll_interval_ms=(
                max(600, m.maximum_record_age_s + 300) * 1000
                if m.maximum_record_age_s > 0
                else 2**31 - 1
            ),
            client_id=f"careflow-esm-{m.function}",
        )

    def _run(self) -> None:
        """Poll until stopped. Like Lambda's pollers, survive a broker restart or a network
        error: uncommitted records come again from the group's last committed offsets."""
        while not self._stop.is_set():
            try:
                consumer = self._consumer()
            except Exception as exc:
                self.stats.errors.append(f"{type(exc).__name__}: {exc}")
                log.warning("%s: cannot reach Kafka (%s); retrying", self.mapping.function, exc)
                self._stop.wait(2.0)
                continue
            try:
                while not self._stop.is_set():
                    batch = self._collect(consumer)
                    if batch and self._deliver_partitions(batch):
                        self._commit(consumer, batch)
                    self._lag.maybe_report(consumer)
            except Exception as exc:
                self.stats.errors.append(f"{type(exc).__name__}: {exc}")
                log.exception("%s: poller failed; reconnecting", self.mapping.function)
                self._stop.wait(1.0)
            finally:
                consumer.close()

    @property
    def _capacity(self) -> int:
        """Records one poll may gather: a full batch for every partition."""
        return self.mapping.batch_size * self.partitions

    def _collect(self, consumer: Any) -> list[Any]:
        """Poll until a partition's batch is full (or every partition's) or the batching window
        closes after the first record."""
        m = self.mapping
        batch: list[Any] = []
        per_partition: dict[tuple[str, int], int] = {}
        deadline: float | None = None
        while (
            len(batch) < self._capacity
            and max(per_partition.values(), default=0) < m.batch_size
            and not self._stop.is_set()
        ):
            remaining = 0.5 if deadline is None else deadline - time.monotonic()
            if remaining <= 0:
                break
            polled = consumer.poll(
                timeout_ms=int(remaining * 1000), max_records=self._capacity - len(batch)
            )
            if not self._ready.is_set() and consumer.assignment():
                self._ready.set()
            for records in polled.values():
                batch.extend(records)
                for rec in records:
                    where = (rec.topic, rec.partition)
                    per_partition[where] = per_partition.get(where, 0) + 1
            if batch and deadline is None:
                deadline = time.monotonic() + m.maximum_batching_window_s
            if not batch and deadline is None and not polled:
                return []
        return batch

    def _commit(self, consumer: Any, batch: list[Any]) -> None:
        from kafka.structs import OffsetAndMetadata, TopicPartition

        offsets: dict[Any, Any] = {}
        for rec in batch:
            tp = TopicPartition(rec.topic, rec.partition)
            if tp not in offsets or offsets[tp].offset <= rec.offset:
                offsets[tp] = OffsetAndMetadata(rec.offset + 1, "", -1)
        try:
            consumer.commit(offsets)
        except Exception as exc:  # a rebalance: the records come again, handlers are idempotent
            log.warning("offset commit failed for %s: %s", self.mapping.function, exc)

    # --- delivery with retries and dead letters ------------------------------------------------

    def _count(self, **deltas: float) -> None:
        with self._stats_lock:
            for name, delta in deltas.items():
                setattr(self.stats, name, getattr(self.stats, name) + delta)

    def _deliver_partitions(self, batch: list[Any]) -> bool:
        """Each partition's records as batches of their own (at most ``batch_size`` records
        each, one after the other, as Lambda delivers a partition), the partitions concurrently."""
        parts: dict[tuple[str, int], list[Any]] = {}
        for rec in batch:
            parts.setdefault((rec.topic, rec.partition), []).append(rec)
        if len(parts) == 1:
            return self._deliver_in_batches(batch)
        with ThreadPoolExecutor(
            max_workers=len(parts), thread_name_prefix=f"esm-{self.mapping.name}"
        ) as pool:
            return all(list(pool.map(self._deliver_in_batches, parts.values())))

    def _deliver_in_batches(self, records: list[Any]) -> bool:
        size = self.mapping.batch_size
        return all(self._deliver(records[i : i + size]) for i in range(0, len(records), size))

    def _deliver(self, batch: list[Any]) -> bool:
        """Deliver until every record succeeded or was dead-lettered (True), or the mapping was
        stopped meanwhile (False: nothing is committed, the batch comes again)."""
        self._count(batches=1)
        m = self.mapping
        pending = [self._to_event_record(r) for r in batch]
        pending = self._drop_expired(pending)
        attempts: dict[tuple[int, int], int] = {}
        retries = 0
        while pending:
            failed, error = self._invoke(pending)
            if not failed:
                self._count(records_ok=len(pending))
                return True
            # Per partition, Lambda resumes from the lowest failed offset.
            lowest: dict[int, int] = {}
            for part, off in failed:
                lowest[part] = min(off, lowest.get(part, off))
            succeeded = [
                r
                for r in pending
                if r["partition"] not in lowest or r["offset"] < lowest[r["partition"]]
            ]
            self._count(records_ok=len(succeeded))
            retry = [
                r
                for r in pending
                if r["partition"] in lowest and r["offset"] >= lowest[r["partition"]]
            ]
            for part, off in lowest.items():
                key = (part, off)
                attempts[key] = attempts.get(key, 1) + 1
                if 0 <= m.maximum_retry_attempts < attempts[key] - 1:
                    head = next(r for r in retry if r["partition"] == part and r["offset"] == off)
                    self._dead_letter(
                        head,
                        attempts[key] - 1,
                        error.get(key, "function error"),
                        "RetryAttemptsExhausted",
                    )
                    retry.remove(head)
            self._count(retries=1)
            retries += 1
            if retry:
                pause = min(self.retry_backoff_s * 2 ** min(retries - 1, 16), RETRY_BACKOFF_CAP_S)
                if self._stop.wait(pause):
                    return False
            pending = self._drop_expired(retry)
        return True

    def _invoke(
        self, records: list[dict[str, Any]]
    ) -> tuple[set[tuple[int, int]], dict[tuple[int, int], str]]:
        """Failed (partition, offset) pairs and their errors; all of them on a function error."""
        from careflow_streaming.batch import last_errors

        event = kafka_event(records, bootstrap=self.bootstrap, region=self.region)
        self._count(invocations=1)
        started = time.perf_counter()
        try:
            response = self.invoke(event)
        except Exception as exc:
            msg = f"{type(exc).__name__}: {exc}"
            self.stats.errors.append(msg)
            log.warning("%s: function error: %s", self.mapping.function, msg)
            return {(r["partition"], r["offset"]) for r in records}, {
                (r["partition"], r["offset"]): msg for r in records
            }
        finally:
            self._count(invoke_seconds=time.perf_counter() - started)
        failures = (
            (response or {}).get("batchItemFailures") or [] if isinstance(response, dict) else []
        )
        errors = {(p, o): e for (_t, p, o), e in last_errors().items()}
        failed: set[tuple[int, int]] = set()
        for item in failures:
            ident = item.get("itemIdentifier")
            if isinstance(ident, dict):
                partition = int(str(ident["partition"]).rsplit("-", 1)[1])
                failed.add((partition, int(ident["offset"])))
        return failed, errors

    def _drop_expired(self, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        max_age_ms = self.mapping.maximum_record_age_s * 1000
        if max_age_ms <= 0:  # -1: records never expire
            return records
        now_ms = int(time.time() * 1000)
        keep = []
        for r in records:
            if now_ms - r["timestamp"] > max_age_ms:
                self._dead_letter(
                    r, 0, "record older than MaximumRecordAgeInSeconds", "RecordAgeExceeded"
                )
            else:
                keep.append(r)
        return keep

    def _dead_letter(
        self, record: dict[str, Any], attempts: int, error: str, condition: Any
    ) -> None:
        from careflow_streaming.deadletter import build_dead_letter, send_dead_letter

        error_type, _, message = error.partition(": ")
        letter = build_dead_letter(
            self.mapping.function,
            record,
            error_type=error_type or "FunctionError",
            error_message=message or error,
            attempts=attempts,
            condition=condition,
        )
        send_dead_letter(self.mapping.function, letter)
        self._count(dead_lettered=1)
        log.warning(
            "%s: record %s-%s@%s dead-lettered after %s attempts (%s)",
            self.mapping.function,
            record["topic"],
            record["partition"],
            record["offset"],
            attempts,
            condition,
        )

    @staticmethod
    def _to_event_record(rec: Any) -> dict[str, Any]:
        return kafka_record(
            topic=rec.topic,
            partition=rec.partition,
            offset=rec.offset,
            timestamp_ms=rec.timestamp,
            key=rec.key,
            value=rec.value,
            headers=[(k, v) for k, v in (rec.headers or [])],
        )
