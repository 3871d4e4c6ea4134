"""The local harness reports each mapping's consumer lag (the "consumer behind" alert's input)."""

from __future__ import annotations

from typing import Any

from kafka.structs import TopicPartition

from careflow_local.lag import LagReporter, lag_by_topic
from careflow_shared.telemetry import setup


class FakeConsumer:
    """What a KafkaConsumer tells about its assignment: end offsets and positions."""

    def __init__(self, ends: dict[TopicPartition, int], positions: dict[TopicPartition, int]):
        self.ends, self.positions = ends, positions

    def assignment(self) -> set[TopicPartition]:
        return set(self.ends)

    def end_offsets(self, partitions: list[TopicPartition]) -> dict[TopicPartition, int]:
        return {tp: self.ends[tp] for tp in partitions}

    def position(self, tp: TopicPartition) -> int:
        return self.positions[tp]


A0, A1 = TopicPartition("hub.cases.events", 0), TopicPartition("hub.cases.events", 1)


def test_lag_is_the_records_between_position_and_end_summed_per_topic() -> None:
    consumer = FakeConsumer({A0: 120, A1: 40}, {A0: 100, A1: 40})
    assert lag_by_topic(consumer) == {"hub.cases.events": 20}
    assert lag_by_topic(FakeConsumer({}, {})) == {}


def test_the_reporter_sets_the_gauge_for_the_mapping_and_its_topic(otel: Any) -> None:
    reporter = LagReporter("run_agent", every_s=3600)
    assert reporter.maybe_report(FakeConsumer({A0: 7, A1: 5}, {A0: 2, A1: 5})) == {
        "hub.cases.events": 5
    }
    (point,) = otel.points("careflow.consumer.lag")
    assert point.value == 5
    assert dict(point.attributes) == {"function": "run_agent", "topic": "hub.cases.events"}
    # Within its interval it does not ask the broker again.
    assert reporter.maybe_report(FakeConsumer({A0: 9}, {A0: 0})) is None


def test_a_broker_that_cannot_answer_costs_only_the_report(otel: Any) -> None:
    class Down(FakeConsumer):
        def end_offsets(self, partitions: list[TopicPartition]) -> dict[TopicPartition, int]:
            raise TimeoutError("no broker")

    assert LagReporter("send_message", every_s=0).maybe_report(Down({A0: 1}, {A0: 0})) is None
    assert otel.points("careflow.consumer.lag") == []


def test_without_telemetry_nothing_is_asked() -> None:
    class Untouchable(FakeConsumer):
        def assignment(self) -> set[TopicPartition]:
            raise AssertionError("the broker must not be asked when telemetry is off")

    try:
        assert LagReporter("run_agent", every_s=0).maybe_report(Untouchable({}, {})) is None
    finally:
        setup.uninstall()  # the next test's init reads the environment again
