"""Local Kafka event source mappings: what Lambda's MSK trigger does, for our handlers.

Per mapping (``careflow_shared.topology.KAFKA_MAPPINGS``, the table CDK reads too): its own
consumer group; batches closed by ``batch_size`` or ``maximum_batching_window_s``; the exact
``aws:kafka`` event; ``ReportBatchItemFailures`` honoured (a partition is retried from its
lowest failed offset, as Lambda does); a function error retries the whole batch; after
``maximum_retry_attempts`` retries (or past ``maximum_record_age_s``) the record goes to the
mapping's on-failure topic with its original bytes, the error and the attempt count; a
partition's offsets are committed only once every record of its batch succeeded or was
dead-lettered.

Concurrency as Lambda scales a Kafka trigger: at most one invocation per partition at a time,
and each partition's batches go on independently of the others. One poll thread owns the
``KafkaConsumer`` (kafka-python is not thread-safe: poll, commit, seek, pause and resume happen
only there). It gathers records per partition; when a partition's batch is closed (full, or its
window passed since its first record) the thread pauses that partition and hands the batch to a
worker thread of its own, which invokes the function and retries as below. Workers report back
through a queue; the poll thread then commits that partition's offsets and resumes it, while the
other partitions keep being polled and delivered meanwhile — a partition whose batch is slow or
being retried through an outage holds up only its own next batches, as on AWS.

Rebalances and reconnects: a partition revoked while its batch is in flight keeps that batch's
worker (an invocation is not cut off), but its result is neither committed nor used to resume
the partition; the partition stays paused while the worker runs (never two invocations of one
partition) and then starts again from the group's committed offset, so those records come
again — harmless, every consumer's effect is exactly-once. ``stop()`` commits batches that
finish within a short grace; anything else uncommitted comes again on the next start.

Retry policy (the same numbers as on AWS, from the mapping): ``maximum_retry_attempts`` and
``maximum_record_age_s`` may be -1 (infinite), as Lambda allows; records are also checked against
their age before every retry, as Lambda does. Lambda does not document the pause between retries
of a Kafka batch; here it grows from ``retry_backoff_s`` by doubling up to ``RETRY_BACKOFF_CAP_S``,
so an outage of minutes costs a few dozen attempts, not thousands.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from careflow_local.events import kafka_event, kafka_record
from careflow_local.lag import LagReporter
from careflow_shared.topology import KafkaMapping

log = logging.getLogger("careflow.esm")
Invoke = Callable[[dict[str, Any]], Any]
RETRY_BACKOFF_CAP_S = 10.0
# How long the poll thread waits for records while some partitions' batches are in flight and
# others may receive records: it notices a finished batch only between polls (kafka-python's poll
# cannot be woken from another thread), so this delays that partition's commit and next batch —
# not the records the function published, which the next mapping fetches at once. Each poll costs
# the thread about 1 ms of CPU, so a shorter tick costs a share of a core per busy mapping.
POLL_TICK_S = 0.05
# How long the poll thread waits for records when nothing is in flight or gathering.
IDLE_POLL_S = 0.5
# After a worker failed outside the function (e.g. a dead letter could not be produced), its
# partition waits this long before its batch is delivered again.
WORKER_ERROR_PAUSE_S = 1.0
# On stop(), batches in flight that finish within this grace are still committed.
STOP_GRACE_S = 5.0
# A poll returns everything the consumer has fetched (the batches are cut here). Capping it
# would leave a partition's rest parked in kafka-python's fetcher when that partition is paused,
# and kafka-python 3.0 then does not always hand the parked records back after ``resume`` (it
# restores them only when its in-line slot is empty, and stops fetching that partition
# meanwhile): the partition would stall. A fetch is at most ``max_partition_fetch_bytes`` per
# partition, so what a poll returns stays bounded.
POLL_MAX_RECORDS = 1_000_000


@dataclass
class MappingStats:
    batches: int = 0
    invocations: int = 0
    records_ok: int = 0
    dead_lettered: int = 0
    retries: int = 0
    invoke_seconds: float = 0.0
    errors: list[str] = field(default_factory=list)


@dataclass(eq=False)
class _Job:
    """One partition's batch handed to a worker. ``stale``: the partition was revoked (or the
    consumer replaced) since, so the result must not be committed."""

    tp: Any
    records: list[Any]
    stale: bool = False
    ok: bool = False
    error: str | None = None


class EventSourceMapping:
    def __init__(
        self,
        mapping: KafkaMapping,
        invoke: Invoke,
        *,
        bootstrap: str,
        region: str,
        retry_backoff_s: float = 0.5,
    ) -> None:
        self.mapping = mapping
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
        # Owned by the poll thread (workers only put into ``_done``).
        self._done: queue.SimpleQueue[_Job] = queue.SimpleQueue()
        self._in_flight: dict[Any, _Job] = {}
        self._buffers: dict[Any, list[Any]] = {}
        self._gathering_since: dict[Any, float] = {}
        self._hold_until: dict[Any, float] = {}
        # Partitions revoked while we held records of them: they start again from the committed
        # offset (or the lowest offset we held, if the group has none) once no batch is in flight.
        self._reseek: dict[Any, int] = {}
        # Rebalance events from the listener (it may run on the consumer's network thread).
        self._rebalances: list[tuple[str, set[Any]]] = []
        self._rebalance_lock = threading.Lock()

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
        from kafka import ConsumerRebalanceListener, KafkaConsumer

        esm = self

        class Listener(ConsumerRebalanceListener):  # type: ignore[misc]
            def on_partitions_revoked(self, revoked: Any) -> None:
                esm._on_rebalance("revoked", revoked)

            def on_partitions_assigned(self, assigned: Any) -> None:
                esm._on_rebalance("assigned", assigned)

            def on_partitions_lost(self, lost: Any) -> None:
                esm._on_rebalance("revoked", lost)

        m = self.mapping
        consumer = KafkaConsumer(
            bootstrap_servers=self.bootstrap.split(","),
            group_id=m.consumer_group_id,
            enable_auto_commit=False,
            auto_offset_reset="earliest" if m.starting_position == "TRIM_HORIZON" else "latest",
            max_poll_records=POLL_MAX_RECORDS,
            client_id=f"careflow-esm-{m.function}",
        )
        consumer.subscribe([m.topic], listener=Listener())
        return consumer

    def _on_rebalance(self, what: str, partitions: Any) -> None:
        with self._rebalance_lock:
            self._rebalances.append((what, set(partitions)))

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
                    self._poll_once(consumer)
                self._finish_in_flight(consumer, grace_s=STOP_GRACE_S)
            except Exception as exc:
                self.stats.errors.append(f"{type(exc).__name__}: {exc}")
                log.exception("%s: poller failed; reconnecting", self.mapping.function)
                self._stop.wait(1.0)
            finally:
                self._forget_consumer()
                consumer.close()

    # --- the poll thread -----------------------------------------------------------------------

    def _poll_once(self, consumer: Any) -> None:
        """One turn of the poll thread: fetch, apply rebalances, take finished batches (commit,
        resume), gather the records per partition, hand closed batches to workers."""
        assigned = consumer.assignment()
        if self._in_flight and assigned and assigned <= consumer.paused():
            # Every partition's batch is in the function: nothing to fetch. Wait for a worker
            # to report back rather than poll the broker in a loop.
            self._apply_rebalances(consumer)
            self._take_finished(consumer, wait_s=IDLE_POLL_S)
            timeout_s = 0.0
        else:
            timeout_s = self._poll_timeout_s()
        polled = consumer.poll(timeout_ms=int(timeout_s * 1000), max_records=POLL_MAX_RECORDS)
        if not self._ready.is_set() and consumer.assignment():
            self._ready.set()
        self._apply_rebalances(consumer)
        self._take_finished(consumer)
        now = time.monotonic()
        for tp, records in polled.items():
            if tp in self._reseek or not records:
                continue  # fetched from before the rebalance: they come again after the seek
            self._buffers.setdefault(tp, []).extend(records)
            self._gathering_since.setdefault(tp, now)
        self._dispatch_closed(consumer)
        self._lag.maybe_report(consumer)

    def _poll_timeout_s(self) -> float:
        if self._in_flight:
            return POLL_TICK_S
        waiting = [
            since + self.mapping.maximum_batching_window_s - time.monotonic()
            for tp, since in self._gathering_since.items()
            if self._buffers.get(tp)
        ]
        if waiting:
            return max(0.0, min(min(waiting), IDLE_POLL_S))
        return IDLE_POLL_S

    def _dispatch_closed(self, consumer: Any) -> None:
        """Hand every closed batch of a partition with nothing in flight to a worker."""
        m = self.mapping
        now = time.monotonic()
        for tp, buffered in list(self._buffers.items()):
            if not buffered or tp in self._in_flight or tp in self._reseek:
                continue
            if now < self._hold_until.get(tp, 0.0):
                continue
            full = len(buffered) >= m.batch_size
            waited = now - self._gathering_since.get(tp, now) >= m.maximum_batching_window_s
            if not (full or waited):
                continue
            batch, rest = buffered[: m.batch_size], buffered[m.batch_size :]
            self._buffers[tp] = rest
            if rest:
                self._gathering_since[tp] = now
            else:
                self._gathering_since.pop(tp, None)
            job = _Job(tp, batch)
            self._in_flight[tp] = job
            consumer.pause(tp)
            threading.Thread(
                target=self._work,
                args=(job,),
                name=f"esm-{m.function}-{tp.partition}",
                daemon=True,
            ).start()

    def _work(self, job: _Job) -> None:
        """A worker: deliver one partition's batch (with its retries), then report back."""
        try:
            job.ok = self._deliver(job.records)
        except Exception as exc:
            job.error = f"{type(exc).__name__}: {exc}"
            self.stats.errors.append(job.error)
            log.exception("%s: delivering a batch failed", self.mapping.function)
        finally:
            self._done.put(job)

    def _take_finished(self, consumer: Any, wait_s: float = 0.0) -> None:
        """Commit and resume the partitions whose batch is done (the first waited for up to
        ``wait_s``)."""
        while True:
            try:
                job = self._done.get(timeout=wait_s) if wait_s > 0 else self._done.get_nowait()
            except queue.Empty:
                return
            wait_s = 0.0
            self._finish(consumer, job)

    def _finish(self, consumer: Any, job: _Job) -> None:
        tp = job.tp
        if self._in_flight.get(tp) is job:
            del self._in_flight[tp]
        assigned = tp in consumer.assignment()
        if job.stale or tp in self._reseek:
            self._reseek_partition(consumer, tp)
            return
        if job.ok:
            self._commit(consumer, tp, job.records[-1].offset + 1)
        elif job.error is not None and assigned:
            # Not the function's verdict (that is retried inside the worker): something around
            # it failed. The batch comes again from its first record, after a pause.
            consumer.seek(tp, job.records[0].offset)
            self._buffers.pop(tp, None)
            self._gathering_since.pop(tp, None)
            self._hold_until[tp] = time.monotonic() + WORKER_ERROR_PAUSE_S
        # ok False without error: the mapping was stopped; nothing is committed.
        if assigned:
            consumer.resume(tp)

    def _commit(self, consumer: Any, tp: Any, next_offset: int) -> None:
        from kafka.structs import OffsetAndMetadata

        try:
            consumer.commit({tp: OffsetAndMetadata(next_offset, "", -1)})
        except Exception as exc:  # a rebalance: the records come again, handlers are idempotent
            log.warning("offset commit failed for %s: %s", self.mapping.function, exc)

    def _apply_rebalances(self, consumer: Any) -> None:
        with self._rebalance_lock:
            events, self._rebalances = self._rebalances, []
        for what, partitions in events:
            for tp in partitions:
                if what == "revoked":
                    self._revoke(tp)
                elif tp in self._in_flight:
                    consumer.pause(tp)  # still delivering its old batch: one at a time
                elif tp in self._reseek:
                    self._reseek_partition(consumer, tp)

    def _revoke(self, tp: Any) -> None:
        """Forget what we hold of ``tp``: its batch in flight goes stale, its gathered records
        are dropped; if we held any, the partition restarts from the committed offset."""
        held = [r.offset for r in self._buffers.pop(tp, [])[:1]]
        self._gathering_since.pop(tp, None)
        job = self._in_flight.get(tp)
        if job is not None:
            job.stale = True
            held.append(job.records[0].offset)
        if held:
            self._reseek[tp] = min([*held, self._reseek.get(tp, min(held))])

    def _reseek_partition(self, consumer: Any, tp: Any) -> None:
        """Once nothing of ``tp`` is in flight: start it again from the group's committed offset
        (or the lowest offset we held) if it is still ours."""
        if tp in self._in_flight:
            return
        lowest = self._reseek.pop(tp, None)
        self._buffers.pop(tp, None)
        self._gathering_since.pop(tp, None)
        if tp not in consumer.assignment():
            return
        committed = consumer.committed(tp)
        offset = committed if committed is not None else lowest
        if offset is not None:
            consumer.seek(tp, offset)
        consumer.resume(tp)

    def _finish_in_flight(self, consumer: Any, *, grace_s: float) -> None:
        """On stop: commit the batches that finish within ``grace_s``; the rest comes again."""
        deadline = time.monotonic() + grace_s
        while self._in_flight and time.monotonic() < deadline:
            self._take_finished(consumer, wait_s=max(0.01, deadline - time.monotonic()))

    def _forget_consumer(self) -> None:
        """The consumer is being replaced: its partitions' states go with it (the next one starts
        from the committed offsets); batches still in flight go stale."""
        for job in self._in_flight.values():
            job.stale = True
        self._buffers.clear()
        self._gathering_since.clear()
        self._hold_until.clear()
        self._reseek.clear()
        with self._rebalance_lock:
            self._rebalances.clear()

    # --- delivery with retries and dead letters ------------------------------------------------

    def _count(self, **deltas: float) -> None:
        with self._stats_lock:
            for name, delta in deltas.items():
                setattr(self.stats, name, getattr(self.stats, name) + delta)

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
