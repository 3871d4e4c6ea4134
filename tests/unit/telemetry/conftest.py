"""In-memory OpenTelemetry for the telemetry tests: the spans and metrics the code produced."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from careflow_shared.telemetry import setup
from tests.unit.agents.conftest import memory_saver, say, tenant

__all__ = ["memory_saver", "say", "tenant"]  # the agents' fixtures, for the node-span tests


@dataclass
class Recorded:
    exporter: Any
    reader: Any

    def spans(self) -> list[Any]:
        return list(self.exporter.get_finished_spans())

    def span(self, name: str) -> Any:
        found = [s for s in self.spans() if s.name == name]
        assert len(found) == 1, (name, [s.name for s in self.spans()])
        return found[0]

    def points(self, metric: str) -> list[Any]:
        data = self.reader.get_metrics_data()
        out: list[Any] = []
        for rm in data.resource_metrics if data else []:
            for sm in rm.scope_metrics:
                for m in sm.metrics:
                    if m.name == metric:
                        out.extend(m.data.data_points)
        return out


@pytest.fixture
def otel(monkeypatch: pytest.MonkeyPatch) -> Iterator[Recorded]:
    from opentelemetry.sdk.metrics.export import InMemoryMetricReader
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    monkeypatch.delenv("OTEL_SDK_DISABLED", raising=False)  # the SDK's providers obey it too
    exporter = InMemorySpanExporter()
    reader = InMemoryMetricReader()
    setup.install(
        "test_function", span_processor=SimpleSpanProcessor(exporter), metric_reader=reader
    )
    try:
        yield Recorded(exporter, reader)
    finally:
        setup.uninstall()
