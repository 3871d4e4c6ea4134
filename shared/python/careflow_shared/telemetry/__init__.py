"""OpenTelemetry for careflow's functions: traces, metrics and the W3C context in Kafka headers.

Why a module of ours: every function initialises the SDK the same way (service name = function,
faas.*/cloud.* resource, OTLP/HTTP from the standard ``OTEL_*`` variables), flushes before Lambda
freezes the process, and costs nothing when no collector is configured — without
``OTEL_EXPORTER_OTLP_ENDPOINT`` (or with ``OTEL_SDK_DISABLED=true``) no OpenTelemetry module is
imported at all and every helper here is a no-op. The W3C propagator of OpenTelemetry's API is
the one place a trace context is read or written (:mod:`.propagation`).

One module per job: :mod:`.setup` (providers, flush), :mod:`.spans` (spans and attributes),
:mod:`.messaging` (Kafka batch/record/publish spans), :mod:`.propagation`, :mod:`.metrics`
(the instruments of ``TELEMETRY.md``), :mod:`.lambda_handler` (the per-invocation wrapper),
:mod:`.http` (outbound httpx spans).
"""

from careflow_shared.telemetry.setup import enabled, flush, init

__all__ = ["enabled", "flush", "init"]
