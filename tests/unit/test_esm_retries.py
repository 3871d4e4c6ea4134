"""The local event source mapping's retry and dead-letter rules, without a broker: records are
fed straight into ``_deliver`` and dead letters are captured instead of produced."""

from collections import namedtuple

from careflow_local.esm import EventSourceMapping
from careflow_shared.topology import KafkaMapping

Rec = namedtuple("Rec", "topic partition offset timestamp key value headers")


class CapturingMapping(EventSourceMapping):
    def __init__(self, mapping, invoke):
        super().__init__(mapping, invoke, bootstrap="x:1", region="eu-central-1", retry_backoff_s=0)
        self.letters = []

    def _dead_letter(self, record, attempts, error, condition):
        self.letters.append((record["partition"], record["offset"], attempts, condition, error))
        self._count(dead_lettered=1)


def _records(n, partition=0):
    import time

    now = int(time.time() * 1000)
    return [Rec("hub.x", partition, i, now, b"k", b"v", []) for i in range(n)]


def _failing(bad: set[tuple[int, int]]):
    calls = []

    def invoke(event):
        offsets = [(r["partition"], r["offset"]) for rs in event["records"].values() for r in rs]
        calls.append(offsets)
        failed = [o for o in offsets if o in bad]
        return {
            "batchItemFailures": [
                {"itemIdentifier": {"partition": f"hub.x-{p}", "offset": o}} for p, o in failed
            ]
        }

    return invoke, calls


def test_a_poison_record_is_retried_then_dead_lettered_and_the_rest_succeeds():
    invoke, calls = _failing({(0, 2)})
    esm = CapturingMapping(KafkaMapping("f", "hub.x", maximum_retry_attempts=2), invoke)
    esm._deliver(_records(5))
    # first call: all five; then the partition resumes from the failed offset (2..4) twice more
    assert calls[0] == [(0, i) for i in range(5)]
    assert calls[1] == calls[2] == [(0, 2), (0, 3), (0, 4)]
    # after the retries the failed record is dead-lettered and the rest is delivered
    assert esm.letters == [(0, 2, 3, "RetryAttemptsExhausted", "function error")]
    assert calls[3] == [(0, 3), (0, 4)]
    assert esm.stats.records_ok == 4


def test_a_function_error_retries_the_whole_batch():
    attempts = []

    def invoke(event):
        attempts.append(1)
        if len(attempts) < 3:
            raise RuntimeError("database down")
        return {"batchItemFailures": []}

    esm = CapturingMapping(KafkaMapping("f", "hub.x", maximum_retry_attempts=5), invoke)
    esm._deliver(_records(3))
    assert len(attempts) == 3 and esm.letters == [] and esm.stats.records_ok == 3


def test_other_partitions_are_not_held_back():
    invoke, calls = _failing({(1, 0)})
    esm = CapturingMapping(KafkaMapping("f", "hub.x", maximum_retry_attempts=0), invoke)
    esm._deliver(_records(2, partition=0) + _records(2, partition=1))
    assert esm.letters[0][:2] == (1, 0)
    assert (0, 0) not in calls[1] and (0, 1) not in calls[1]
    assert esm.stats.records_ok == 3


def test_records_older_than_the_maximum_age_are_dead_lettered_unsent():
    invoke, calls = _failing(set())
    esm = CapturingMapping(KafkaMapping("f", "hub.x", maximum_record_age_s=60), invoke)
    old = Rec("hub.x", 0, 0, 1000, b"k", b"v", [])
    esm._deliver([old, *_records(1)[0:0], Rec("hub.x", 0, 1, 10**13, b"k", b"v", [])])
    assert esm.letters[0][3] == "RecordAgeExceeded"
    assert calls == [[(0, 1)]]


def test_the_poller_survives_a_failing_consumer_and_reconnects():
    """A broker restart must not silently stop a mapping: the loop opens a new consumer."""
    import threading

    made = []
    done = threading.Event()

    class FlakyConsumer:
        def __init__(self, n):
            self.n = n

        def poll(self, **_):
            if self.n == 0:
                raise ConnectionError("broker went away")
            done.set()
            return {}

        def assignment(self):
            return set()

        def close(self):
            pass

    class Mapping(CapturingMapping):
        def _consumer(self):
            made.append(1)
            return FlakyConsumer(len(made) - 1)

    esm = Mapping(KafkaMapping("f", "hub.x"), lambda e: {})
    esm.start()
    try:
        assert done.wait(10), "the mapping did not reconnect"
    finally:
        esm.stop()
    assert len(made) >= 2 and "ConnectionError: broker went away" in esm.stats.errors


def test_unlimited_retries_wait_out_an_outage_of_any_length():
    """MaximumRetryAttempts -1 (the redrive mappings): no dead letter, ever; the record goes
    through once the function stops failing."""
    outage = {"left": 40}

    def invoke(event):
        if outage["left"]:
            outage["left"] -= 1
            raise ConnectionError("postgres is down")
        return {"batchItemFailures": []}

    esm = CapturingMapping(
        KafkaMapping("f", "hub.x", maximum_retry_attempts=-1, maximum_record_age_s=-1), invoke
    )
    assert esm._deliver(_records(2)) is True
    assert esm.letters == []
    assert esm.stats.records_ok == 2 and esm.stats.retries == 40


def test_the_record_age_is_checked_before_every_retry():
    """As on AWS: a record that ages past MaximumRecordAgeInSeconds while it is being retried is
    dead-lettered (RecordAgeExceeded), however many attempts are left."""
    import time as _time

    clock = {"now": _time.time()}
    rec = Rec("hub.x", 0, 0, int(clock["now"] * 1000), b"k", b"v", [])

    def invoke(event):
        clock["now"] += 30  # each failed attempt "takes" 30 s
        return {"batchItemFailures": [{"itemIdentifier": {"partition": "hub.x-0", "offset": 0}}]}

    esm = CapturingMapping(
        KafkaMapping("f", "hub.x", maximum_retry_attempts=10_000, maximum_record_age_s=60), invoke
    )
    real_time = _time.time
    _time.time = lambda: clock["now"]
    try:
        esm._deliver([rec])
    finally:
        _time.time = real_time
    assert [(c[0], c[1], c[3]) for c in esm.letters] == [(0, 0, "RecordAgeExceeded")]


def test_a_stopped_mapping_commits_nothing_of_a_batch_still_being_retried():
    def invoke(event):
        esm._stop.set()
        raise ConnectionError("down")

    esm = CapturingMapping(KafkaMapping("f", "hub.x"), invoke)
    esm.retry_backoff_s = 0.01
    assert esm._deliver(_records(1)) is False
    assert esm.letters == []


class FakeConsumer:
    """What the poll thread asks of a KafkaConsumer, in memory: per partition a log of records,
    a position, a paused flag and a committed offset. ``poll`` returns records of unpaused
    partitions only, as kafka-python does."""

    def __init__(self, logs):
        from kafka import TopicPartition

        self.logs = {TopicPartition("hub.x", p): recs for p, recs in logs.items()}
        self.positions = dict.fromkeys(self.logs, 0)
        self.paused_now = set()
        self.commits = []
        self.assigned = set(self.logs)

    def poll(self, timeout_ms=0, max_records=None):
        out = {}
        for tp, recs in self.logs.items():
            if tp in self.assigned and tp not in self.paused_now:
                got = recs[self.positions[tp] :][: max_records or None]
                if got:
                    out[tp] = got
                    self.positions[tp] += len(got)
        if not out:
            import time

            time.sleep(min(timeout_ms, 20) / 1000)
        return out

    def assignment(self):
        return set(self.assigned)

    def paused(self):
        return set(self.paused_now)

    def pause(self, tp):
        self.paused_now.add(tp)

    def resume(self, tp):
        self.paused_now.discard(tp)

    def seek(self, tp, offset):
        self.positions[tp] = offset

    def commit(self, offsets):
        self.commits.extend((tp.partition, o.offset) for tp, o in offsets.items())

    def committed(self, tp):
        done = [o for p, o in self.commits if p == tp.partition]
        return max(done) if done else None


def _drive(esm, consumer, until, turns=2000):
    for _ in range(turns):
        esm._poll_once(consumer)
        if until():
            return
    raise AssertionError("the poll thread did not get there")


def test_partitions_are_delivered_concurrently_each_as_its_own_batch():
    """Lambda runs up to one invocation per partition at a time: three partitions' batches
    meet at a barrier only if they are in flight together (sequential delivery breaks it)."""
    import threading

    barrier = threading.Barrier(3, timeout=20)
    batches = []

    def invoke(event):
        assert len(event["records"]) == 1  # one partition per invocation
        [records] = event["records"].values()
        batches.append([(r["partition"], r["offset"]) for r in records])
        barrier.wait()
        return {"batchItemFailures": []}

    esm = CapturingMapping(KafkaMapping("f", "hub.x", maximum_batching_window_s=0), invoke)
    consumer = FakeConsumer({0: _records(2, 0), 1: _records(3, 1), 2: _records(1, 2)})
    _drive(esm, consumer, lambda: len(consumer.commits) == 3)
    assert sorted(batches) == [[(0, 0), (0, 1)], [(1, 0), (1, 1), (1, 2)], [(2, 0)]]
    assert sorted(consumer.commits) == [(0, 2), (1, 3), (2, 1)]
    assert consumer.paused_now == set()
    assert esm.stats.records_ok == 6 and esm.stats.invocations == 3


def test_a_partition_is_paused_while_its_batch_is_in_flight_and_the_others_go_on():
    """Partition 0's batch blocks in the function; partition 1 meanwhile gets all its batches,
    one after the other, each committed before the next; partition 0 stays paused, uncommitted,
    until its batch returns, and then continues in order."""
    import threading

    release = threading.Event()
    calls = []

    def invoke(event):
        [records] = event["records"].values()
        offsets = [(r["partition"], r["offset"]) for r in records]
        calls.append(offsets)
        if offsets[0] == (0, 0):
            assert release.wait(20)
        return {"batchItemFailures": []}

    esm = CapturingMapping(
        KafkaMapping("f", "hub.x", batch_size=2, maximum_batching_window_s=0), invoke
    )
    consumer = FakeConsumer({0: _records(4, 0), 1: _records(6, 1)})
    _drive(esm, consumer, lambda: (1, 6) in consumer.commits)
    from kafka import TopicPartition

    assert TopicPartition("hub.x", 0) in consumer.paused_now
    assert [c for c in calls if c[0][0] == 1] == [
        [(1, 0), (1, 1)],
        [(1, 2), (1, 3)],
        [(1, 4), (1, 5)],
    ]
    assert [c for c in consumer.commits if c[0] == 1] == [(1, 2), (1, 4), (1, 6)]
    assert [c for c in calls if c[0][0] == 0] == [[(0, 0), (0, 1)]]
    assert not [c for c in consumer.commits if c[0] == 0]
    release.set()
    _drive(esm, consumer, lambda: (0, 4) in consumer.commits)
    assert [c for c in calls if c[0][0] == 0] == [[(0, 0), (0, 1)], [(0, 2), (0, 3)]]
    assert [c for c in consumer.commits if c[0] == 0] == [(0, 2), (0, 4)]


def test_a_failing_partition_is_retried_alone_while_the_others_succeed():
    invoke, calls = _failing({(1, 1)})
    esm = CapturingMapping(
        KafkaMapping("f", "hub.x", maximum_retry_attempts=1, maximum_batching_window_s=0), invoke
    )
    consumer = FakeConsumer({0: _records(2, 0), 1: _records(3, 1)})
    _drive(esm, consumer, lambda: len(consumer.commits) == 2)

    assert sorted(calls) == [
        [(0, 0), (0, 1)],
        [(1, 0), (1, 1), (1, 2)],
        [(1, 1), (1, 2)],
        [(1, 2)],
    ]
    assert esm.letters == [(1, 1, 2, "RetryAttemptsExhausted", "function error")]
    assert sorted(consumer.commits) == [(0, 2), (1, 3)]
    assert esm.stats.records_ok == 4


def test_each_partition_gets_batches_of_at_most_batch_size_in_order():
    """A poll may hold many records of one partition: Lambda hands them over as consecutive
    batches of ``batch_size`` (not the whole poll capped at one batch for all partitions)."""
    invoke, calls = _failing(set())
    esm = EventSourceMapping(
        KafkaMapping("f", "hub.x", batch_size=2, maximum_batching_window_s=0),
        invoke,
        bootstrap="x:1",
        region="r",
    )
    consumer = FakeConsumer({0: _records(5, 0), 1: _records(1, 1)})
    _drive(esm, consumer, lambda: (0, 5) in consumer.commits and (1, 1) in consumer.commits)
    by_partition = sorted(calls, key=lambda offsets: (offsets[0][0], offsets[0][1]))
    assert by_partition == [[(0, 0), (0, 1)], [(0, 2), (0, 3)], [(0, 4)], [(1, 0)]]
    assert esm.stats.batches == 4 and esm.stats.records_ok == 6


def test_a_batch_waits_for_the_window_unless_it_is_full():
    """``maximum_batching_window_s``: a partition's batch closes when it is full or the window
    has passed since its first record, not at the first poll that saw a record."""
    invoke, calls = _failing(set())
    esm = CapturingMapping(
        KafkaMapping("f", "hub.x", batch_size=3, maximum_batching_window_s=3600), invoke
    )
    consumer = FakeConsumer({0: _records(2, 0), 1: _records(4, 1)})
    _drive(esm, consumer, lambda: (1, 3) in consumer.commits)
    for _ in range(20):
        esm._poll_once(consumer)
    assert calls == [[(1, 0), (1, 1), (1, 2)]]  # partition 0 (2 records) and 1's rest wait
    consumer.logs[next(iter(consumer.logs))].append(_records(3, 0)[2])
    _drive(esm, consumer, lambda: (0, 3) in consumer.commits)
    assert calls[1] == [(0, 0), (0, 1), (0, 2)]


def test_a_partition_revoked_while_in_flight_is_not_committed_and_starts_again():
    """A rebalance takes partition 0 while its batch is in the function: the result is not
    committed, the partition is not resumed while the old batch runs (never two invocations of
    one partition), and once it is back it starts again from the committed offset."""
    import threading

    from kafka import TopicPartition

    tp0 = TopicPartition("hub.x", 0)
    release = threading.Event()
    calls = []

    def invoke(event):
        [records] = event["records"].values()
        calls.append([(r["partition"], r["offset"]) for r in records])
        if len(calls) == 2:
            assert release.wait(20)
        return {"batchItemFailures": []}

    esm = CapturingMapping(
        KafkaMapping("f", "hub.x", batch_size=2, maximum_batching_window_s=0), invoke
    )
    consumer = FakeConsumer({0: _records(4, 0)})
    _drive(esm, consumer, lambda: consumer.commits == [(0, 2)] and len(calls) == 2)
    # the second batch (offsets 2, 3) is in flight: the group revokes and re-assigns the
    # partition (kafka-python keeps its position and paused flag when it stays ours)
    esm._on_rebalance("revoked", {tp0})
    esm._on_rebalance("assigned", {tp0})
    for _ in range(10):
        esm._poll_once(consumer)
    assert tp0 in consumer.paused_now and len(calls) == 2
    release.set()
    _drive(esm, consumer, lambda: len(calls) == 3)
    assert calls[2] == [(0, 2), (0, 3)]  # again, from the committed offset
    _drive(esm, consumer, lambda: consumer.commits[-1] == (0, 4))
    assert consumer.commits == [(0, 2), (0, 4)]  # the stale result was never committed


def test_a_batch_whose_worker_failed_outside_the_function_comes_again_uncommitted():
    """Writing a dead letter fails (Kafka unreachable): nothing of the batch is committed, the
    partition starts again from the batch's first record, and the batch goes through once the
    dead letter can be written."""
    invoke, calls = _failing({(0, 0)})
    broken = {"left": 1}

    class Flaky(CapturingMapping):
        def _dead_letter(self, record, attempts, error, condition):
            if broken["left"]:
                broken["left"] -= 1
                raise ConnectionError("cannot produce the dead letter")
            super()._dead_letter(record, attempts, error, condition)

    esm = Flaky(
        KafkaMapping("f", "hub.x", maximum_retry_attempts=0, maximum_batching_window_s=0), invoke
    )
    import careflow_local.esm as esm_module

    pause = esm_module.WORKER_ERROR_PAUSE_S
    esm_module.WORKER_ERROR_PAUSE_S = 0.0
    try:
        consumer = FakeConsumer({0: _records(2, 0)})
        _drive(esm, consumer, lambda: consumer.commits == [(0, 2)])
    finally:
        esm_module.WORKER_ERROR_PAUSE_S = pause
    # first try: the dead letter for offset 0 failed, nothing committed; then both records again
    assert calls[0] == [(0, 0), (0, 1)] and calls[1] == [(0, 0), (0, 1)]
    assert esm.letters == [(0, 0, 1, "RetryAttemptsExhausted", "function error")]
    assert any("cannot produce the dead letter" in e for e in esm.stats.errors)
