"""OTLP/HTTP with JSON encoding, on a plain socket (:class:`Transport`): the SDK's span and
metric exporter interfaces, without ``requests``, protobuf or ``http.client``.

Why not the ``opentelemetry-exporter-otlp-proto-http`` package: its import (``requests`` +
``urllib3`` for the transport, protobuf and the generated OTLP messages for the encoding) was
≈ 60 % of what telemetry added to a cold start, and issue 12 allows 40 ms. OTLP/HTTP defines a
JSON encoding that every OTLP receiver accepts on the same ``/v1/traces`` and ``/v1/metrics``
paths (the collector's ``otlp`` receiver: Jaeger v2 locally, the ADOT collector extension on
Lambda), so this module only maps the SDK's span and metric data to that JSON (OTLP
specification, "JSON Protobuf Encoding": lowerCamelCase field names, trace and span ids as hex,
enums as integers, 64-bit integers as decimal strings) and POSTs it. The SDK stays the standard:
spans come from its ``TracerProvider`` through a ``BatchSpanProcessor``, metrics from its
``MeterProvider`` through a ``PeriodicExportingMetricReader``.

What it reads: the endpoint and headers of the exporter's signal from the standard
``OTEL_EXPORTER_OTLP_*`` variables (``from_env``; :func:`endpoint`, :func:`headers`), the timeout
from its caller (:mod:`.setup`). What it leaves out on purpose: retries (a failed export is
reported and :mod:`.setup` stops exporting for a while, so an outage costs one bounded timeout),
compression and client certificates.
"""

from __future__ import annotations

import json
import logging
import math
import os
import socket
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Literal, Self
from urllib.parse import unquote, urlsplit

from opentelemetry.sdk.metrics.export import (
    ExponentialHistogram,
    Gauge,
    Histogram,
    MetricExporter,
    MetricExportResult,
    MetricsData,
    Sum,
)
from opentelemetry.sdk.trace.export import SpanExporter, SpanExportResult

if TYPE_CHECKING:
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import ReadableSpan
    from opentelemetry.sdk.util.instrumentation import InstrumentationScope
    from opentelemetry.trace import SpanContext

logger = logging.getLogger("careflow.telemetry")

DEFAULT_ENDPOINT = "http://localhost:4318"
"""The specification's default when only another signal's endpoint is set."""
_SIGNAL_PATHS = {"traces": "/v1/traces", "metrics": "/v1/metrics"}
_HAS_IS_REMOTE = 0x100  # SpanFlags.SPAN_FLAGS_CONTEXT_HAS_IS_REMOTE_MASK
_IS_REMOTE = 0x200  # SpanFlags.SPAN_FLAGS_CONTEXT_IS_REMOTE_MASK

Json = dict[str, Any]
Signal = Literal["traces", "metrics"]


# --- configuration from the standard variables -------------------------------------------------


def endpoint(signal: str, env: Mapping[str, str] | None = None) -> str:
    """The URL a signal is POSTed to: ``OTEL_EXPORTER_OTLP_<SIGNAL>_ENDPOINT`` as given, else
    ``OTEL_EXPORTER_OTLP_ENDPOINT`` with ``/v1/<signal>`` appended (OTLP exporter spec)."""
    env = os.environ if env is None else env
    own = env.get(f"OTEL_EXPORTER_OTLP_{signal.upper()}_ENDPOINT", "").strip()
    if own:
        return own
    base = env.get("OTEL_EXPORTER_OTLP_ENDPOINT", "").strip() or DEFAULT_ENDPOINT
    return base.rstrip("/") + _SIGNAL_PATHS[signal]


def headers(signal: str, env: Mapping[str, str] | None = None) -> dict[str, str]:
    """``OTEL_EXPORTER_OTLP_HEADERS`` and ``OTEL_EXPORTER_OTLP_<SIGNAL>_HEADERS`` (the signal's
    win): ``key=value`` pairs separated by commas, values URL-encoded (W3C Baggage format)."""
    env = os.environ if env is None else env
    out: dict[str, str] = {}
    for name in ("OTEL_EXPORTER_OTLP_HEADERS", f"OTEL_EXPORTER_OTLP_{signal.upper()}_HEADERS"):
        for pair in env.get(name, "").split(","):
            key, sep, value = pair.partition("=")
            if sep and key.strip():
                out[key.strip().lower()] = unquote(value.strip())
    return out


# --- transport ----------------------------------------------------------------------------------


class _Closed(Exception):
    """The peer closed the connection before answering (``http.client``'s
    ``RemoteDisconnected``)."""


_MAX_LINE = 65_536
"""The longest status or header line read from the collector (``http.client``'s limit)."""
_MAX_HEADERS = 100


class Transport:
    """POST JSON to one URL over a kept-alive HTTP/1.1 connection, each socket operation
    bounded by ``timeout_s``; never raises. A kept-alive connection the collector closed
    meanwhile (or that went stale while Lambda froze the process) is retried once on a new
    connection; a timeout is not retried, so one export waits at most about one timeout.

    Why a socket and not ``http.client``: ``http.client`` imports the ``email`` package for its
    header parser — ≈ 20 modules, ≈ 24 M instructions, a tenth of telemetry's cold start in
    every function whose handler does not import it already (all but send_message and
    sync_clinic). An exporter sends one form of request (``POST``, ``Content-Length``, JSON)
    and needs of the answer only its status and framing (``Content-Length``, chunked, or until
    close), which :meth:`_answer` reads as ``http.client`` does. The host goes to
    ``getaddrinfo`` as bytes: given text, the socket module encodes it with the ``idna`` codec,
    whose import (with ``stringprep`` and ``unicodedata``) costs ≈ 3 M more."""

    def __init__(self, url: str, timeout_s: float, extra_headers: Mapping[str, str]) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an OTLP/HTTP endpoint: {parts.scheme}://{parts.hostname}")
        self.url = url
        self._https = parts.scheme == "https"
        self._host = parts.hostname
        default_port = 443 if self._https else 80
        self._port = parts.port or default_port
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        self.timeout_s = timeout_s
        host = f"[{self._host}]" if ":" in self._host else self._host
        if self._port != default_port:
            host = f"{host}:{self._port}"
        lines = [f"POST {path} HTTP/1.1", f"Host: {host}", "Accept-Encoding: identity"]
        self._headers = {**extra_headers, "Content-Type": "application/json"}
        for key, value in self._headers.items():
            if not _token(key) or any(c in value for c in "\r\n\0"):
                raise ValueError(f"not an HTTP header: {key!r}")
            lines.append(f"{key}: {value}")
        self._head = ("\r\n".join(lines) + "\r\nContent-Length: ").encode("latin-1")
        try:
            self._address = self._host.encode("ascii")
        except UnicodeEncodeError:
            self._address = self._host.encode("idna")
        self._conn: socket.socket | None = None
        self._reader: BinaryIO | None = None

    def _connect(self, timeout_s: float) -> socket.socket:
        sock = socket.create_connection((self._address, self._port), timeout=timeout_s)  # type: ignore[arg-type]
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # as http.client does
        if self._https:
            import ssl  # only for an https endpoint: ≈ 10 ms of import otherwise spent for nothing

            return ssl.create_default_context().wrap_socket(sock, server_hostname=self._host)
        return sock

    def post(self, body: bytes, timeout_s: float | None = None) -> bool:
        """Whether the receiver answered 2xx (a partial success counts: it took the request)."""
        timeout = self.timeout_s if timeout_s is None else min(timeout_s, self.timeout_s)
        if timeout <= 0:
            return False
        request = self._head + str(len(body)).encode() + b"\r\n\r\n" + body
        for attempt in (1, 2):
            reused = self._conn is not None
            try:
                if self._conn is None or self._reader is None:
                    self._conn = self._connect(timeout)
                    self._reader = self._conn.makefile("rb")
                self._conn.settimeout(timeout)
                self._conn.sendall(request)
                status, keep = self._answer(self._reader)
                if not keep:
                    self.close()
                if 200 <= status < 300:
                    return True
                logger.debug("OTLP export refused: HTTP %s", status)
                return False
            except (_Closed, ConnectionResetError, BrokenPipeError) as exc:
                self.close()
                if reused and attempt == 1:
                    continue  # the kept-alive connection had been closed: once more, afresh
                logger.debug("OTLP export failed: %s", type(exc).__name__)
                return False
            except (OSError, ValueError) as exc:  # refused, timed out, garbled
                self.close()
                logger.debug("OTLP export failed: %s", type(exc).__name__)
                return False
        return False

    @staticmethod
    def _answer(reader: BinaryIO) -> tuple[int, bool]:
        """Read one response: (status, whether the connection stays open). Interim ``1xx``
        answers are skipped; the body is read and dropped by its framing, so the next request
        starts on a clean connection. Raises :class:`_Closed` when the peer closed before
        answering, ``ValueError`` on anything that is not HTTP/1.x."""
        while True:
            line = _line(reader)
            if not line:
                raise _Closed
            version, _, rest = line.rstrip(b"\r\n").partition(b" ")
            if not version.startswith(b"HTTP/1."):
                raise ValueError("not an HTTP/1.x status line")
            status = int(rest[:3])
            fields: dict[bytes, bytes] = {}
            for _ in range(_MAX_HEADERS):
                header = _line(reader)
                if header in (b"\r\n", b"\n"):
                    break
                if not header:
                    raise _Closed
                name, _, value = header.partition(b":")
                fields[name.strip().lower()] = value.strip()
            else:
                raise ValueError("too many HTTP headers")
            if not 100 <= status < 200:
                break  # 1xx: an interim answer, the real one follows
        connection = fields.get(b"connection", b"").lower()
        http11 = version == b"HTTP/1.1"
        keep = (b"close" not in connection) if http11 else (b"keep-alive" in connection)
        if status in (204, 304):
            return status, keep
        if b"chunked" in fields.get(b"transfer-encoding", b"").lower():
            while True:
                size = int(_line(reader).split(b";", 1)[0].strip() or b"x", 16)
                if size == 0:
                    while _line(reader) not in (b"\r\n", b"\n", b""):
                        pass  # trailer fields
                    return status, keep
                if len(reader.read(size + 2)) != size + 2:
                    raise _Closed
        if b"content-length" in fields:
            length = int(fields[b"content-length"])
            if len(reader.read(length)) != length:
                raise _Closed
            return status, keep
        reader.read()  # neither a length nor chunks: the body ends with the connection
        return status, False

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def _line(reader: BinaryIO) -> bytes:
    line = reader.readline(_MAX_LINE + 1)
    if len(line) > _MAX_LINE:
        raise ValueError("HTTP line too long")
    return line


def _token(name: str) -> bool:
    """An HTTP field name (RFC 9110 ``token``), so no configured header can split the request."""
    return bool(name) and all(
        c.isascii() and c.isprintable() and c not in _SEPARATORS for c in name
    )


_SEPARATORS = frozenset('()<>@,;:\\"/[]?={} \t')


# --- encoding -----------------------------------------------------------------------------------


def _double(value: float) -> float | str:
    """proto3 JSON spells the non-finite doubles as strings (bare NaN is not JSON)."""
    if math.isfinite(value):
        return float(value)
    return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")


def any_value(value: Any) -> Json:
    """An attribute value as OTLP's ``AnyValue`` (bool before int: ``True`` is an int)."""
    if isinstance(value, bool):
        return {"boolValue": value}
    if isinstance(value, str):
        return {"stringValue": value}
    if isinstance(value, int):
        return {"intValue": str(value)}
    if isinstance(value, float):
        return {"doubleValue": _double(value)}
    if isinstance(value, bytes | bytearray):
        import base64

        return {"bytesValue": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, Mapping):
        return {"kvlistValue": {"values": attributes(value)}}
    if isinstance(value, Sequence):
        return {"arrayValue": {"values": [any_value(v) for v in value]}}
    return {"stringValue": str(value)}


def attributes(attrs: Mapping[str, Any] | None) -> list[Json]:
    return [{"key": str(k), "value": any_value(v)} for k, v in (attrs or {}).items()]


def _resource(resource: Resource) -> Json:
    return {"attributes": attributes(resource.attributes)}


def _scope(scope: InstrumentationScope | None) -> Json:
    if scope is None:
        return {}
    out: Json = {"name": scope.name}
    if scope.version:
        out["version"] = scope.version
    if scope.attributes:
        out["attributes"] = attributes(scope.attributes)
    return out


def _trace_state(context: SpanContext) -> str:
    state = context.trace_state
    return ",".join(f"{k}={v}" for k, v in state.items()) if state else ""


def _flags(context: SpanContext, remote: SpanContext | None) -> int:
    """W3C trace flags in bits 0-7, then whether the parent (or a link) is remote."""
    flags = int(context.trace_flags) | _HAS_IS_REMOTE
    if remote is not None and remote.is_remote:
        flags |= _IS_REMOTE
    return flags


def span(s: ReadableSpan) -> Json:
    """One SDK span as OTLP's ``Span`` (SDK ``SpanKind`` 0..4 is OTLP's 1..5)."""
    ctx = s.get_span_context()
    assert ctx is not None
    out: Json = {
        "traceId": f"{ctx.trace_id:032x}",
        "spanId": f"{ctx.span_id:016x}",
        "name": s.name,
        "kind": s.kind.value + 1,
        "startTimeUnixNano": str(s.start_time or 0),
        "endTimeUnixNano": str(s.end_time or 0),
        "attributes": attributes(s.attributes),
        "flags": _flags(ctx, s.parent),
        "status": {"code": s.status.status_code.value},
    }
    if s.status.description:
        out["status"]["message"] = s.status.description
    state = _trace_state(ctx)
    if state:
        out["traceState"] = state
    if s.parent is not None:
        out["parentSpanId"] = f"{s.parent.span_id:016x}"
    if s.events:
        out["events"] = [
            {
                "timeUnixNano": str(e.timestamp),
                "name": e.name,
                "attributes": attributes(e.attributes),
                "droppedAttributesCount": e.dropped_attributes,
            }
            for e in s.events
        ]
    if s.links:
        out["links"] = [
            {
                "traceId": f"{link.context.trace_id:032x}",
                "spanId": f"{link.context.span_id:016x}",
                "traceState": _trace_state(link.context),
                "attributes": attributes(link.attributes),
                "droppedAttributesCount": link.dropped_attributes,
                "flags": _flags(link.context, link.context),
            }
            for link in s.links
        ]
    for field, count in (
        ("droppedAttributesCount", s.dropped_attributes),
        ("droppedEventsCount", s.dropped_events),
        ("droppedLinksCount", s.dropped_links),
    ):
        if count:
            out[field] = count
    return out


def traces_request(spans: Iterable[ReadableSpan]) -> Json:
    """``ExportTraceServiceRequest``: spans grouped by resource, then by instrumentation scope."""
    grouped: dict[int, tuple[Resource, dict[Any, tuple[Any, list[Json]]]]] = {}
    for s in spans:
        _res, scopes = grouped.setdefault(id(s.resource), (s.resource, {}))
        scope = s.instrumentation_scope
        key = (scope.name, scope.version, scope.schema_url) if scope else None
        scopes.setdefault(key, (scope, []))[1].append(span(s))
    resource_spans = []
    for res, scopes in grouped.values():
        scope_spans = []
        for scope, encoded in scopes.values():
            entry: Json = {"scope": _scope(scope), "spans": encoded}
            if scope is not None and scope.schema_url:
                entry["schemaUrl"] = scope.schema_url
            scope_spans.append(entry)
        item: Json = {"resource": _resource(res), "scopeSpans": scope_spans}
        if res.schema_url:
            item["schemaUrl"] = res.schema_url
        resource_spans.append(item)
    return {"resourceSpans": resource_spans}


def _times(point: Any) -> Json:
    out: Json = {
        "attributes": attributes(point.attributes),
        "timeUnixNano": str(point.time_unix_nano),
    }
    start = getattr(point, "start_time_unix_nano", None)
    if start is not None:
        out["startTimeUnixNano"] = str(start)
    exemplars = getattr(point, "exemplars", None)
    if exemplars:
        out["exemplars"] = [_exemplar(e) for e in exemplars]
    return out


def _exemplar(e: Any) -> Json:
    out: Json = {
        "filteredAttributes": attributes(e.filtered_attributes),
        "timeUnixNano": str(e.time_unix_nano),
        **_number(e.value),
    }
    if e.span_id is not None and e.trace_id is not None:
        out["spanId"] = f"{e.span_id:016x}"
        out["traceId"] = f"{e.trace_id:032x}"
    return out


def _number(value: float | int) -> Json:
    if isinstance(value, int) and not isinstance(value, bool):
        return {"asInt": str(value)}
    return {"asDouble": _double(float(value))}


def _min_max(point: Any, out: Json) -> Json:
    for field in ("min", "max"):
        value = getattr(point, field, None)
        if value is not None and point.count:
            out[field] = _double(float(value))
    return out


def _histogram_point(p: Any) -> Json:
    out = {
        **_times(p),
        "count": str(p.count),
        "sum": _double(float(p.sum)),
        "bucketCounts": [str(c) for c in p.bucket_counts],
        "explicitBounds": [_double(float(b)) for b in p.explicit_bounds],
    }
    return _min_max(p, out)


def _exponential_point(p: Any) -> Json:
    out = {
        **_times(p),
        "count": str(p.count),
        "sum": _double(float(p.sum)),
        "scale": p.scale,
        "zeroCount": str(p.zero_count),
        "positive": {
            "offset": p.positive.offset,
            "bucketCounts": [str(c) for c in p.positive.bucket_counts],
        },
        "negative": {
            "offset": p.negative.offset,
            "bucketCounts": [str(c) for c in p.negative.bucket_counts],
        },
    }
    if p.flags:
        out["flags"] = p.flags
    return _min_max(p, out)


def _points(points: Sequence[Any], encode: Callable[[Any], Json]) -> list[Json]:
    return [encode(p) for p in points]


def metric(m: Any) -> Json | None:
    """One SDK metric as OTLP's ``Metric`` (temporality: SDK 1 delta / 2 cumulative = OTLP's)."""
    out: Json = {"name": m.name, "description": m.description or "", "unit": m.unit or ""}
    data = m.data
    if isinstance(data, Sum):
        out["sum"] = {
            "dataPoints": _points(data.data_points, lambda p: {**_times(p), **_number(p.value)}),
            "aggregationTemporality": int(data.aggregation_temporality),
            "isMonotonic": data.is_monotonic,
        }
    elif isinstance(data, Gauge):
        out["gauge"] = {
            "dataPoints": _points(data.data_points, lambda p: {**_times(p), **_number(p.value)})
        }
    elif isinstance(data, Histogram):
        out["histogram"] = {
            "dataPoints": _points(data.data_points, _histogram_point),
            "aggregationTemporality": int(data.aggregation_temporality),
        }
    elif isinstance(data, ExponentialHistogram):
        out["exponentialHistogram"] = {
            "dataPoints": _points(data.data_points, _exponential_point),
            "aggregationTemporality": int(data.aggregation_temporality),
        }
    else:
        logger.debug("OTLP JSON: metric data %s not encoded", type(data).__name__)
        return None
    return out


def metrics_request(data: MetricsData) -> Json:
    """``ExportMetricsServiceRequest`` from the reader's collected data."""
    resource_metrics = []
    for rm in data.resource_metrics:
        scope_metrics = []
        for sm in rm.scope_metrics:
            encoded = [e for e in (metric(m) for m in sm.metrics) if e is not None]
            entry: Json = {"scope": _scope(sm.scope), "metrics": encoded}
            if sm.schema_url:
                entry["schemaUrl"] = sm.schema_url
            scope_metrics.append(entry)
        item: Json = {"resource": _resource(rm.resource), "scopeMetrics": scope_metrics}
        if rm.schema_url:
            item["schemaUrl"] = rm.schema_url
        resource_metrics.append(item)
    return {"resourceMetrics": resource_metrics}


def _body(payload: Json) -> bytes:
    return json.dumps(payload, separators=(",", ":"), allow_nan=False).encode()


# --- the SDK's exporter interfaces -------------------------------------------------------------

Skip = Callable[[], bool]
"""Asked before each export: True drops the data at once (the collector failed moments ago)."""
Report = Callable[[bool], None]
"""Told whether each tried export reached the collector."""


def _never() -> bool:
    return False


def _ignore(_ok: bool) -> None:
    return None


class _JsonExporter:
    """What both exporters share: one transport to their signal's URL, the skip/report hooks,
    and the export's prologue (shut down or skipped: drop; not encodable: drop; else POST).

    Why :meth:`from_env`: the signal is a property of the class, so a caller configured by the
    standard variables names it once (by the class) and cannot pair one signal's endpoint with
    another's headers."""

    SIGNAL: ClassVar[Signal]

    def __init__(
        self,
        url: str,
        *,
        timeout_s: float,
        extra_headers: Mapping[str, str] | None = None,
        skip: Skip = _never,
        report: Report = _ignore,
    ) -> None:
        super().__init__()
        self.transport = Transport(url, timeout_s, extra_headers or {})
        self._skip = skip
        self._report = report
        self._shutdown = False

    @classmethod
    def from_env(
        cls,
        *,
        timeout_s: float,
        skip: Skip = _never,
        report: Report = _ignore,
        env: Mapping[str, str] | None = None,
    ) -> Self:
        """The exporter of :attr:`SIGNAL` at :func:`endpoint` with :func:`headers` (the standard
        ``OTEL_EXPORTER_OTLP_*`` variables of ``env``, default the process's)."""
        return cls(
            endpoint(cls.SIGNAL, env),
            timeout_s=timeout_s,
            extra_headers=headers(cls.SIGNAL, env),
            skip=skip,
            report=report,
        )

    def _send(self, encode: Callable[[], Json], timeout_s: float | None = None) -> bool:
        """Whether the collector took the payload; never raises."""
        if self._shutdown or self._skip():
            return False
        try:
            body = _body(encode())
        except (TypeError, ValueError) as exc:  # a value JSON cannot carry: drop the batch
            logger.debug("OTLP JSON: %s not encoded: %s", self.SIGNAL, type(exc).__name__)
            return False
        ok = self.transport.post(body, timeout_s=timeout_s)
        self._report(ok)
        return ok

    def _close(self) -> None:
        self._shutdown = True
        self.transport.close()


class JsonSpanExporter(_JsonExporter, SpanExporter):
    """The SDK's ``SpanExporter`` sending OTLP/HTTP JSON to ``url`` (``…/v1/traces``)."""

    SIGNAL = "traces"

    def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
        if not spans:
            closed = self._shutdown or self._skip()
            return SpanExportResult.FAILURE if closed else SpanExportResult.SUCCESS
        ok = self._send(lambda: traces_request(spans))
        return SpanExportResult.SUCCESS if ok else SpanExportResult.FAILURE

    def shutdown(self) -> None:
        self._close()

    def force_flush(self, timeout_millis: int = 30_000) -> bool:
        return True  # nothing is held here: the processor hands over whole batches


class JsonMetricExporter(_JsonExporter, MetricExporter):
    """The SDK's ``MetricExporter`` sending OTLP/HTTP JSON to ``url`` (``…/v1/metrics``), with
    the SDK's default temporality (cumulative) and aggregations, as the OTLP exporter's own
    defaults are: the collector's Prometheus exporter expects cumulative series."""

    SIGNAL = "metrics"

    def export(
        self, metrics_data: MetricsData, timeout_millis: float = 10_000, **kwargs: Any
    ) -> MetricExportResult:
        ok = self._send(lambda: metrics_request(metrics_data), timeout_s=timeout_millis / 1000)
        return MetricExportResult.SUCCESS if ok else MetricExportResult.FAILURE

    def force_flush(self, timeout_millis: float = 10_000) -> bool:
        return True

    def shutdown(self, timeout_millis: float = 30_000, **kwargs: Any) -> None:
        self._close()
