"""The SDK, set up once per container from the standard ``OTEL_*`` variables.

Why lazy: the SDK and our exporter still cost ≈ 135-150 M instructions, a third less since
:mod:`.codecache` and the socket transport (README, "Telemetry's cold-start cost"); a function
without a collector (unit tests, ``OTEL_EXPORTER_OTLP_ENDPOINT`` unset, ``OTEL_SDK_DISABLED=true``)
must not pay it, so nothing of OpenTelemetry is imported until :func:`init` finds an endpoint.
Why our exporter (:mod:`.otlp_json`) and not the standard OTLP/HTTP one: that one's ``requests``
and protobuf were ≈ 60 % of telemetry's cold start; the SDK's providers are unchanged.

Why synchronous flushing: Lambda freezes the process as soon as the handler returns, so the
batch processor's thread cannot be trusted to export; :func:`flush` exports what the invocation
produced before it returns, each export bounded by the exporter's timeout
(``OTEL_EXPORTER_OTLP_TIMEOUT``, default :data:`DEFAULT_EXPORT_TIMEOUT_S` here instead of the
SDK's 10 s), and a collector that failed is not tried again for :data:`RETRY_AFTER_S` so an
outage costs one timeout per ``RETRY_AFTER_S``, not one per invocation.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider

logger = logging.getLogger("careflow.telemetry")

DEFAULT_EXPORT_TIMEOUT_S = 1.0
"""Per export (traces, then metrics) when ``OTEL_EXPORTER_OTLP_TIMEOUT`` is unset: a flush
against a collector that does not answer costs at most this once (see :func:`flush`)."""
RETRY_AFTER_S = 60.0
"""After a failed export, flushes skip exporting for this long (spans of that time are dropped)."""
LATENCY_BUCKETS_S: tuple[float, ...] = (0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10, 20, 30, 60)
"""Every histogram's bucket boundaries (all are latencies in seconds; the dashboards' quantiles)."""
METER_NAME = "careflow"
TRACER_NAME = "careflow"


@dataclass
class _State:
    tracer_provider: TracerProvider | None = None
    meter_provider: MeterProvider | None = None
    function: str = ""
    export_timeout_s: float = DEFAULT_EXPORT_TIMEOUT_S
    failed_at: float | None = None


_state = _State()
_lock = threading.Lock()
_initialised = False


def enabled() -> bool:
    """True when spans and metrics are recorded (an exporter or a test's provider is set)."""
    return _state.tracer_provider is not None


def configured() -> bool:
    """Whether the environment asks for telemetry (an OTLP endpoint, SDK not disabled)."""
    if os.environ.get("OTEL_SDK_DISABLED", "").strip().lower() == "true":
        return False
    return bool(
        os.environ.get("OTEL_EXPORTER_OTLP_ENDPOINT")
        or os.environ.get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT")
    )


def function_name() -> str:
    return _state.function


def init(function: str) -> bool:
    """Set up the providers once per container; returns whether telemetry is on."""
    global _initialised
    if _initialised:
        return enabled()
    with _lock:
        if _initialised:
            return enabled()
        _state.function = function
        if configured():
            try:
                _install_exporting(function)
            except Exception as exc:  # telemetry must never stop a function from starting
                logger.warning("telemetry disabled: %s", type(exc).__name__)
        _initialised = True
    return enabled()


def preload() -> bool:
    """Import what :func:`init` and the first flush need — the SDK's trace and metrics modules,
    our exporter, the W3C propagator — without building a provider, starting a
    thread or opening a socket; returns whether telemetry is configured (else nothing is
    imported).

    Why: under Lambda SnapStart (run_agent) the init phase runs once when a version is published
    and every new container resumes from its snapshot, so these ≈ 30 ms of imports leave the
    cold start. The providers are still built by :func:`init` in the restored container: their
    resource names the container (``faas.instance``), which the snapshot cannot know.
    """
    if not configured():
        return False
    import_sdk()
    return True


def import_sdk() -> None:
    """The SDK's trace and metrics modules, our exporter and the W3C propagator, imported in
    :func:`.codecache.importing_sdk`'s window: the methods of the SDK's dataclasses from byte-code
    cached by an earlier start (or the layer's build), no garbage collection meanwhile."""
    from careflow_shared.telemetry import codecache

    with codecache.importing_sdk():
        import opentelemetry.sdk.metrics.export
        import opentelemetry.sdk.resources
        import opentelemetry.sdk.trace.export
        import opentelemetry.trace.propagation.tracecontext  # noqa: F401

        from careflow_shared.telemetry import otlp_json  # noqa: F401


def resource(function: str) -> Resource:
    """service.name = the function, faas.*/cloud.* from Lambda's variables, the environment.

    Built without the SDK's entry-point detectors (a scan of every installed package); the
    standard ``OTEL_RESOURCE_ATTRIBUTES``/``OTEL_SERVICE_NAME`` still apply, except anything
    naming a tenant: a tenant is a span attribute, never a resource.
    """
    from opentelemetry.sdk.resources import OTELResourceDetector, Resource

    env = os.environ
    attrs: dict[str, Any] = {
        "service.name": env.get("OTEL_SERVICE_NAME") or function,
        "service.namespace": "careflow",
        "faas.name": env.get("AWS_LAMBDA_FUNCTION_NAME") or function,
        "cloud.provider": "aws",
        "cloud.platform": "aws_lambda",
        "deployment.environment": env.get("CAREFLOW_ENV", "dev"),
    }
    optional = {
        "faas.version": env.get("AWS_LAMBDA_FUNCTION_VERSION"),
        "faas.instance": env.get("AWS_LAMBDA_LOG_STREAM_NAME"),
        "cloud.region": env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION"),
    }
    attrs.update({k: v for k, v in optional.items() if v})
    memory = env.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")
    if memory and memory.isdigit():
        attrs["faas.max_memory"] = int(memory) * 1024 * 1024  # semconv: bytes
    detected = OTELResourceDetector().detect().attributes
    merged = {**attrs, **{k: v for k, v in detected.items() if "tenant" not in k.lower()}}
    if env.get("OTEL_SERVICE_NAME"):
        merged["service.name"] = env["OTEL_SERVICE_NAME"]
    return Resource(merged)


def _export_timeout_s() -> float:
    raw = os.environ.get("OTEL_EXPORTER_OTLP_TIMEOUT")
    try:
        return float(raw) if raw else DEFAULT_EXPORT_TIMEOUT_S
    except ValueError:
        return DEFAULT_EXPORT_TIMEOUT_S


def _install_exporting(function: str) -> None:
    """Our OTLP/HTTP JSON exporters (:mod:`.otlp_json`: a socket, no ``requests``, no
    protobuf) behind the SDK's batch span processor and periodic metric reader."""
    import_sdk()
    from opentelemetry.sdk.metrics.export import PeriodicExportingMetricReader
    from opentelemetry.sdk.trace.export import BatchSpanProcessor

    from careflow_shared.telemetry import otlp_json

    protocol = os.environ.get("OTEL_EXPORTER_OTLP_PROTOCOL", "http/json").strip().lower()
    if protocol != "http/json":
        logger.warning("OTEL_EXPORTER_OTLP_PROTOCOL=%s ignored: careflow sends http/json", protocol)
    timeout = _export_timeout_s()
    spans = otlp_json.JsonSpanExporter.from_env(
        timeout_s=timeout, skip=collector_down, report=_note
    )
    metrics = otlp_json.JsonMetricExporter.from_env(
        timeout_s=timeout, skip=collector_down, report=_note
    )
    # The thread exports only when a batch is full; the invocation's flush does the rest.
    processor = BatchSpanProcessor(spans, schedule_delay_millis=3_600_000)
    reader = PeriodicExportingMetricReader(
        metrics, export_interval_millis=3_600_000, export_timeout_millis=timeout * 1000
    )
    install(function, span_processor=processor, metric_reader=reader, export_timeout_s=timeout)


def collector_down() -> bool:
    """An export failed less than :data:`RETRY_AFTER_S` ago."""
    failed = _state.failed_at
    return failed is not None and time.monotonic() - failed < RETRY_AFTER_S


def _note(ok: bool) -> None:
    _state.failed_at = None if ok else time.monotonic()


def install(
    function: str,
    *,
    span_processor: Any | None = None,
    metric_reader: Any | None = None,
    export_timeout_s: float = DEFAULT_EXPORT_TIMEOUT_S,
) -> None:
    """Providers with these processor/reader (tests pass in-memory ones). Sets the global
    providers too, so spans of libraries that use OpenTelemetry's API join the same trace."""
    global _initialised
    from opentelemetry import metrics, trace
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.trace import TracerProvider

    res = resource(function)
    tracer_provider = TracerProvider(resource=res)
    if span_processor is not None:
        tracer_provider.add_span_processor(span_processor)
    # No views: the histograms carry LATENCY_BUCKETS_S as their advisory boundaries
    # (metrics.py), which spares matching every instrument against wildcard views.
    meter_provider = MeterProvider(
        resource=res, metric_readers=[metric_reader] if metric_reader else []
    )
    _set_global(trace, "_TRACER_PROVIDER", tracer_provider)
    _set_global(metrics, "_METER_PROVIDER", meter_provider)
    _state.tracer_provider = tracer_provider
    _state.meter_provider = meter_provider
    _state.function = function
    _state.export_timeout_s = export_timeout_s
    _state.failed_at = None
    _initialised = True
    from careflow_shared.telemetry import metrics as our_metrics
    from careflow_shared.telemetry import spans

    our_metrics.reset()
    spans.reset()


def _set_global(module: Any, attr: str, provider: Any) -> None:
    """The API allows setting a global provider once per process; tests install several."""
    if module is not None and hasattr(module, attr):
        setattr(module, attr, provider)


def uninstall() -> None:
    """Back to no telemetry (tests); the next :func:`init` reads the environment again."""
    global _initialised
    providers = (_state.tracer_provider, _state.meter_provider)
    _state.tracer_provider = _state.meter_provider = None
    _state.failed_at = None
    _initialised = False
    for provider in providers:
        if provider is not None:
            try:
                provider.shutdown()
            except Exception as exc:
                logger.debug("telemetry shutdown: %s", type(exc).__name__)


def tracer_provider() -> TracerProvider | None:
    return _state.tracer_provider


def meter_provider() -> MeterProvider | None:
    return _state.meter_provider


def flush() -> bool:
    """Export the invocation's spans and metrics before Lambda freezes the process.

    Never raises. Bounded: each export stops after the exporter's timeout, and once one failed
    the exports of the next :data:`RETRY_AFTER_S` seconds return at once (their data is
    dropped), so an unreachable collector costs an invocation at most one timeout.
    Returns whether the collector took everything."""
    if _state.tracer_provider is None:
        return True
    timeout_ms = int(_state.export_timeout_s * 1000)
    for provider in (_state.tracer_provider, _state.meter_provider):
        if provider is None:
            continue
        try:
            provider.force_flush(timeout_millis=timeout_ms)
        except Exception as exc:
            logger.debug("telemetry flush failed: %s", type(exc).__name__)
            _note(False)
    return not collector_down()
