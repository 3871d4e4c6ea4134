"""The local harness reports each mapping's consumer lag (the "consumer behind" alert's input),
with a meter provider of its own: the test process switches the SDK off for in-process
handlers only, and the e2e dashboards read the lag the harness exports from that process."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from kafka.structs import TopicPartition

from careflow_local import lag
from careflow_local.lag import LagReporter, harness_exports, lag_by_topic


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


class Reader:
    def __init__(self) -> None:
        from opentelemetry.sdk.metrics.export import InMemoryMetricReader

        self.reader = InMemoryMetricReader()

    def points(self) -> list[Any]:
        data = self.reader.get_metrics_data()
        out: list[Any] = []
        for rm in data.resource_metrics if data else []:
            assert rm.resource.attributes["service.name"] == "careflow-esm"
            for sm in rm.scope_metrics:
                for m in sm.metrics:
                    if m.name == "careflow.consumer.lag":
                        out.extend(m.data.data_points)
        return out


@pytest.fixture
def recorded(monkeypatch: pytest.MonkeyPatch) -> Iterator[Reader]:
    """An in-memory reader, installed as the test process really runs: SDK switched off for
    in-process handlers (tests/conftest.py's mark)."""
    monkeypatch.setenv("OTEL_SDK_DISABLED", "true")
    monkeypatch.setenv("CAREFLOW_OTEL_OFF_IN_TEST_PROCESS_ONLY", "1")
    reader = Reader()
    lag.install([reader.reader])
    try:
        yield reader
    finally:
        lag.uninstall()


def test_lag_is_the_records_between_position_and_end_summed_per_topic() -> None:
    consumer = FakeConsumer({A0: 120, A1: 40}, {A0: 100, A1: 40})
    assert lag_by_topic(consumer) == {"hub.cases.events": 20}
    assert lag_by_topic(FakeConsumer({}, {})) == {}


def test_the_reporter_sets_the_gauge_for_the_mapping_and_its_topic(recorded: Reader) -> None:
    reporter = LagReporter("run_agent", every_s=3600)
    assert reporter.maybe_report(FakeConsumer({A0: 7, A1: 5}, {A0: 2, A1: 5})) == {
        "hub.cases.events": 5
    }
    (point,) = recorded.points()
    assert point.value == 5
    assert dict(point.attributes) == {"function": "run_agent", "topic": "hub.cases.events"}
    # Within its interval it does not ask the broker again.
    assert reporter.maybe_report(FakeConsumer({A0: 9}, {A0: 0})) is None


def test_a_broker_that_cannot_answer_costs_only_the_report(recorded: Reader) -> None:
    class Down(FakeConsumer):
        def end_offsets(self, partitions: list[TopicPartition]) -> dict[TopicPartition, int]:
            raise TimeoutError("no broker")

    assert LagReporter("send_message", every_s=0).maybe_report(Down({A0: 1}, {A0: 0})) is None
    assert recorded.points() == []


def test_the_harness_follows_the_containers_switch_not_the_test_process_one() -> None:
    on = {"OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:4318"}
    assert harness_exports(on)
    assert not harness_exports({})
    assert not harness_exports({**on, "OTEL_SDK_DISABLED": "true"})  # a user's choice
    assert harness_exports(
        {**on, "OTEL_SDK_DISABLED": "true", "CAREFLOW_OTEL_OFF_IN_TEST_PROCESS_ONLY": "1"}
    )


def test_without_telemetry_nothing_is_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    class Untouchable(FakeConsumer):
        def assignment(self) -> set[TopicPartition]:
            raise AssertionError("the broker must not be asked when telemetry is off")

    monkeypatch.setenv("OTEL_SDK_DISABLED", "true")
    monkeypatch.delenv("CAREFLOW_OTEL_OFF_IN_TEST_PROCESS_ONLY", raising=False)
    lag.uninstall()
    try:
        assert LagReporter("run_agent", every_s=0).maybe_report(Untouchable({}, {})) is None
    finally:
        lag.uninstall()  # the next test reads the environment again
