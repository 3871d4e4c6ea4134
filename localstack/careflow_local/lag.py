"""Consumer lag of a local event source mapping, as the ``careflow.consumer.lag`` gauge.

On AWS the MSK trigger publishes ``OffsetLag`` to CloudWatch; locally nothing would, and the
"consumer behind" alert and the lag panels would have no series. The harness owns the
consumers, so it reports what they know: per topic, the records between the consumer's
position and the end of each assigned partition.

Why a meter provider of its own (service ``careflow-esm``), not the functions' telemetry
(``careflow_shared.telemetry.setup``): the lag is the platform's metric, like CloudWatch's
``OffsetLag``, not a function's. The harness runs inside ``careflow dev`` and, in tests, inside
the test process, where ``tests/conftest.py`` switches the SDK off for the handlers invoked
in-process and marks that with ``CAREFLOW_OTEL_OFF_IN_TEST_PROCESS_ONLY`` — the same mark that
keeps the functions' containers exporting (``lambda_env.function_environment``). So the harness
follows the containers' switch, and sharing the process-wide providers of in-process handlers
(which tests install and uninstall) would have lost the lag whenever a test did so.

Why a periodic reader: the poll loop only sets the gauge; a background thread exports every
:data:`REPORT_EVERY_S`, so a collector that does not answer never slows delivery.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Mapping, Sequence
from typing import Any

from careflow_shared.telemetry.metrics import INSTRUMENTS
from careflow_shared.telemetry.setup import METER_NAME

log = logging.getLogger("careflow.esm.lag")

REPORT_EVERY_S = 5.0
SERVICE = "careflow-esm"
METRIC = "careflow.consumer.lag"
EXPORT_TIMEOUT_S = 1.0


def lag_by_topic(consumer: Any) -> dict[str, int]:
    """Records not yet consumed, summed over the consumer's assigned partitions, per topic."""
    assigned = list(consumer.assignment())
    if not assigned:
        return {}
    ends = consumer.end_offsets(assigned)
    lag: dict[str, int] = {}
    for tp in assigned:
        behind = max(0, int(ends.get(tp, 0)) - int(consumer.position(tp)))
        lag[tp.topic] = lag.get(tp.topic, 0) + behind
    return lag


def harness_exports(env: Mapping[str, str] | None = None) -> bool:
    """Whether the harness exports its metrics: an OTLP endpoint is set and telemetry is not off
    — except when only the test process turned it off for in-process handlers (the functions'
    containers export then too)."""
    env = os.environ if env is None else env
    if not (
        env.get("OTEL_EXPORTER_OTLP_ENDPOINT") or env.get("OTEL_EXPORTER_OTLP_METRICS_ENDPOINT")
    ):
        return False
    if env.get("OTEL_SDK_DISABLED", "").strip().lower() != "true":
        return True
    return env.get("CAREFLOW_OTEL_OFF_IN_TEST_PROCESS_ONLY") == "1"


class _Harness:
    """The process's lag gauge (one provider for every mapping), decided once."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.decided = False
        self.provider: Any = None
        self.gauge: Any = None


_harness = _Harness()


def install(metric_readers: Sequence[Any]) -> Any:
    """Use a meter provider with these readers for the lag (tests pass an in-memory reader;
    :func:`_gauge` passes the OTLP exporting one). Returns the provider."""
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.resources import Resource

    resource = Resource(
        {
            "service.name": SERVICE,
            "service.namespace": "careflow",
            "deployment.environment": os.environ.get("CAREFLOW_ENV", "dev"),
        }
    )
    provider = MeterProvider(
        resource=resource, metric_readers=list(metric_readers), shutdown_on_exit=False
    )
    # The SDK reads OTEL_SDK_DISABLED when the provider is built; harness_exports() already
    # decided that this process's value is the in-process handlers' switch, not the harness's.
    provider._disabled = False
    spec = INSTRUMENTS[METRIC]
    gauge = provider.get_meter(METER_NAME).create_gauge(
        METRIC, unit=spec.unit, description=spec.description
    )
    with _harness.lock:
        previous = _harness.provider
        _harness.provider, _harness.gauge, _harness.decided = provider, gauge, True
    if previous is not None:
        previous.shutdown()
    return provider


def uninstall() -> None:
    """No lag gauge; the next report reads the environment again (tests)."""
    with _harness.lock:
        previous = _harness.provider
        _harness.provider = _harness.gauge = None
        _harness.decided = False
    if previous is not None:
        previous.shutdown()


def _export_timeout_s() -> float:
    try:
        return float(os.environ.get("OTEL_EXPORTER_OTLP_TIMEOUT") or EXPORT_TIMEOUT_S)
    except ValueError:
        return EXPORT_TIMEOUT_S


def _gauge() -> Any:
    """The lag gauge, or None when the harness does not export (decided on first use)."""
    if _harness.decided:
        return _harness.gauge
    with _harness.lock:
        if _harness.decided:
            return _harness.gauge
        _harness.decided = True
        if not harness_exports():
            return None
    try:
        from opentelemetry.sdk.metrics.export import PeriodicExportingMetricReader

        from careflow_shared.telemetry import otlp_json

        timeout = _export_timeout_s()
        exporter = otlp_json.JsonMetricExporter.from_env(timeout_s=timeout)
        reader = PeriodicExportingMetricReader(
            exporter,
            export_interval_millis=REPORT_EVERY_S * 1000,
            export_timeout_millis=timeout * 1000,
        )
        install([reader])
    except Exception as exc:  # the lag is worth a warning, never a poller
        log.warning("consumer lag not exported: %s", type(exc).__name__)
    return _harness.gauge


class LagReporter:
    """Reports a mapping's lag at most every :data:`REPORT_EVERY_S`; never raises (a broker that
    cannot answer an offsets request costs the poller nothing but this report)."""

    def __init__(self, function: str, *, every_s: float = REPORT_EVERY_S) -> None:
        self.function = function
        self.every_s = every_s
        self._last = float("-inf")

    def maybe_report(self, consumer: Any) -> dict[str, int] | None:
        now = time.monotonic()
        if now - self._last < self.every_s:
            return None
        self._last = now
        gauge = _gauge()
        if gauge is None:
            return None
        try:
            lag = lag_by_topic(consumer)
        except Exception:
            return None
        for topic, behind in lag.items():
            gauge.set(behind, {"function": self.function, "topic": topic})
        return lag
