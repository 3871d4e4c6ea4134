"""The local MSK event source mapping against a real Kafka broker: each partition's batches go on
independently of the others (a slow partition holds up only itself), a partition's records
arrive in order, a failed record is retried from the lowest failed offset, and a partition's
offsets are committed only after its batch succeeded — as Lambda's MSK pollers do.

The function is a Python callable standing in for Lambda (what the mapping invokes); the broker,
the consumer group and its committed offsets are real. Nothing here is timed: the waits below are
safety nets for a broken build, the assertions are about order and counts."""

from __future__ import annotations

import os
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from careflow_local.esm import EventSourceMapping
from careflow_shared.topology import KafkaMapping

SAFETY_S = 60.0  # how long a broken build may hang a wait before the test fails


@pytest.fixture
def topic(services: Any) -> Iterator[str]:
    from kafka.admin import KafkaAdminClient, NewTopic

    admin = KafkaAdminClient(bootstrap_servers=os.environ["CAREFLOW_KAFKA_BOOTSTRAP"].split(","))
    name = f"test.esm.{uuid.uuid4().hex[:12]}"
    admin.create_topics([NewTopic(name, num_partitions=2, replication_factor=1)])
    _until(lambda: _partitions(name) == {0, 1}, "the new topic's partitions are known")
    yield name
    admin.delete_topics([name])
    admin.close()


def _partitions(topic: str) -> set[int]:
    """The topic's partitions as a fresh client sees them (a consumer that joins its group
    before the broker knows them gets nothing assigned until its next metadata refresh)."""
    from kafka import KafkaConsumer

    consumer = KafkaConsumer(bootstrap_servers=os.environ["CAREFLOW_KAFKA_BOOTSTRAP"].split(","))
    try:
        return set(consumer.partitions_for_topic(topic) or ())
    finally:
        consumer.close()


def _produce(topic: str, partition: int, n: int) -> None:
    from kafka import KafkaProducer

    producer = KafkaProducer(bootstrap_servers=os.environ["CAREFLOW_KAFKA_BOOTSTRAP"].split(","))
    for i in range(n):
        producer.send(topic, key=f"k{partition}-{i % 2}".encode(), value=b"{}", partition=partition)
    producer.flush()
    producer.close()


_admin: list[Any] = []


def _committed(group: str, topic: str) -> dict[int, int]:
    """The group's committed offsets on ``topic``, per partition, as the broker has them."""
    from kafka.admin import KafkaAdminClient

    if not _admin:
        _admin.append(
            KafkaAdminClient(bootstrap_servers=os.environ["CAREFLOW_KAFKA_BOOTSTRAP"].split(","))
        )
    offsets = _admin[0].list_group_offsets({group: None}).get(group, {})
    return {tp.partition: meta.offset for tp, meta in offsets.items() if tp.topic == topic}


def _until(check: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + SAFETY_S
    while not check():
        assert time.monotonic() < deadline, f"never happened: {what}"
        time.sleep(0.05)


def _offsets(event: dict[str, Any]) -> list[tuple[int, int]]:
    return [(r["partition"], r["offset"]) for rs in event["records"].values() for r in rs]


def _mapping(topic: str, invoke: Callable[[dict[str, Any]], Any], **kw: Any) -> EventSourceMapping:
    """Batches of 2 closed when full (the long window keeps a poll that returned part of what
    was produced from closing a smaller batch), a consumer group of the test's own."""
    settings: dict[str, Any] = {
        "batch_size": 2,
        "maximum_batching_window_s": 5,
        "maximum_retry_attempts": 3,
        "consumer_group_id": f"careflow-esm-test-{uuid.uuid4().hex[:8]}",
        "dead_letter": False,
    }
    m = KafkaMapping("esm_test", topic, **{**settings, **kw})
    return EventSourceMapping(
        m,
        invoke,
        bootstrap=os.environ["CAREFLOW_KAFKA_BOOTSTRAP"],
        region="eu-central-1",
        retry_backoff_s=0.01,
    )


def test_a_slow_partition_does_not_hold_up_the_next_batches_of_another(topic: str) -> None:
    """Partition 0's only batch stays in the function until partition 1 has had all three of its
    batches invoked and committed; partition 0 is committed only after its batch returns."""
    release = threading.Event()
    events: list[str] = []
    lock = threading.Lock()

    def invoke(event: dict[str, Any]) -> dict[str, Any]:
        offsets = _offsets(event)
        with lock:
            events.append(f"start {offsets}")
        if offsets[0][0] == 0:
            assert release.wait(SAFETY_S), "partition 0 was never released"
        with lock:
            events.append(f"end {offsets}")
        return {"batchItemFailures": []}

    _produce(topic, 0, 2)
    esm = _mapping(topic, invoke)
    group = esm.mapping.consumer_group_id
    esm.start()
    try:
        assert esm.wait_ready(SAFETY_S)
        _until(lambda: "start [(0, 0), (0, 1)]" in events, "partition 0's batch started")
        _produce(topic, 1, 6)  # while partition 0's batch is in the function
        _until(lambda: _committed(group, topic).get(1) == 6, "partition 1 committed to 6")
        assert 0 not in _committed(group, topic)  # in flight: nothing committed for it
        with lock:
            ones = [e for e in events if "(1, " in e]
        assert ones == [
            "start [(1, 0), (1, 1)]",
            "end [(1, 0), (1, 1)]",
            "start [(1, 2), (1, 3)]",
            "end [(1, 2), (1, 3)]",
            "start [(1, 4), (1, 5)]",
            "end [(1, 4), (1, 5)]",
        ]
        assert "end [(0, 0), (0, 1)]" not in events
        release.set()
        _until(lambda: _committed(group, topic).get(0) == 2, "partition 0 committed to 2")
    finally:
        release.set()
        esm.stop()
    assert esm.stats.records_ok == 8 and esm.stats.invocations == 4


def test_failures_are_retried_from_the_lowest_failed_offset_and_committed_only_after(
    topic: str,
) -> None:
    """Partition 0 reports offset 1 failed twice: the partition is retried from offset 1 (not
    from 0, not only 1), nothing of it is committed while it is being retried, and each
    partition's records are invoked in offset order throughout."""
    calls: list[list[tuple[int, int]]] = []
    committed_during_retry: list[dict[int, int]] = []
    fails = {"left": 2}
    group_box: dict[str, str] = {}

    def invoke(event: dict[str, Any]) -> dict[str, Any]:
        offsets = _offsets(event)
        calls.append(offsets)
        if offsets[0] == (0, 1):  # a retry of partition 0
            committed_during_retry.append(_committed(group_box["group"], topic))
        if (0, 1) in offsets and fails["left"]:
            fails["left"] -= 1
            return {
                "batchItemFailures": [
                    {"itemIdentifier": {"partition": f"{topic}-0", "offset": 1}},
                    {"itemIdentifier": {"partition": f"{topic}-0", "offset": 2}},
                ]
            }
        return {"batchItemFailures": []}

    esm = _mapping(topic, invoke, batch_size=3)
    group_box["group"] = esm.mapping.consumer_group_id
    _produce(topic, 0, 3)
    _produce(topic, 1, 7)
    esm.start()
    try:
        assert esm.wait_ready(SAFETY_S)
        _until(
            lambda: _committed(group_box["group"], topic) == {0: 3, 1: 7},
            f"both partitions committed to their end (calls {calls}, stats {esm.stats})",
        )
    finally:
        esm.stop()
    zero = [c for c in calls if c[0][0] == 0]
    assert zero == [[(0, 0), (0, 1), (0, 2)], [(0, 1), (0, 2)], [(0, 1), (0, 2)]]
    # while partition 0 was being retried, none of it was committed
    assert committed_during_retry and all(0 not in c for c in committed_during_retry)
    one = [c for c in calls if c[0][0] == 1]
    assert [o for c in one for o in c] == [(1, i) for i in range(7)]
    assert all(len(c) <= 3 for c in one)
    assert esm.stats.retries == 2 and esm.stats.records_ok == 10


def test_a_batch_still_failing_at_stop_is_not_committed_and_comes_again(topic: str) -> None:
    """stop() while partition 0's batch keeps failing: nothing of it is committed (partition 1
    is), and the next mapping of the same group gets partition 0's records again."""
    seen: list[list[tuple[int, int]]] = []

    def failing(event: dict[str, Any]) -> dict[str, Any]:
        offsets = _offsets(event)
        seen.append(offsets)
        if offsets[0][0] == 0:
            raise ConnectionError("postgres is down")
        return {"batchItemFailures": []}

    _produce(topic, 0, 2)
    _produce(topic, 1, 2)
    esm = _mapping(topic, failing, maximum_retry_attempts=-1, maximum_record_age_s=-1)
    group = esm.mapping.consumer_group_id
    esm.start()
    try:
        assert esm.wait_ready(SAFETY_S)
        _until(lambda: _committed(group, topic).get(1) == 2, "partition 1 committed")
        _until(lambda: esm.stats.retries >= 2, "partition 0 retried")
    finally:
        esm.stop()
    assert _committed(group, topic) == {1: 2}

    again: list[list[tuple[int, int]]] = []

    def working(event: dict[str, Any]) -> dict[str, Any]:
        again.append(_offsets(event))
        return {"batchItemFailures": []}

    second = EventSourceMapping(esm.mapping, working, bootstrap=esm.bootstrap, region=esm.region)
    second.start()
    try:
        _until(lambda: _committed(group, topic).get(0) == 2, "partition 0 committed at last")
    finally:
        second.stop()
    assert again == [[(0, 0), (0, 1)]]
