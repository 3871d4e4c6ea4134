"""The W3C trace context in Kafka record headers and HTTP headers, by OpenTelemetry's propagator.

Why the API's propagator even when telemetry is off: a function without a collector still
passes the context it received on (the extracted remote span becomes current, and injecting
writes it again), so a trace stays one trace across a function that records nothing. The API
is imported on first use, not at import time.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from opentelemetry.context import Context
    from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

_propagator: TraceContextTextMapPropagator | None = None
TRACE_HEADERS = ("traceparent", "tracestate")


def propagator() -> TraceContextTextMapPropagator:
    """The W3C propagator itself (not the global one: that is built from entry points)."""
    global _propagator
    if _propagator is None:
        from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

        _propagator = TraceContextTextMapPropagator()
    return _propagator


def _text(value: Any) -> str:
    if isinstance(value, bytes | bytearray):
        return bytes(value).decode("ascii", "replace")
    if isinstance(value, list):  # an MSK event's header: a list of byte values
        return bytes(value).decode("ascii", "replace")
    return str(value)


def extract(headers: Mapping[str, Any] | None, context: Context | None = None) -> Context:
    """The context the headers carry (case-insensitive names; bytes or text values)."""
    carrier = {
        k.lower(): _text(v) for k, v in (headers or {}).items() if k.lower() in TRACE_HEADERS
    }
    return propagator().extract(carrier, context=context)


def kafka_headers(record_headers: list[dict[str, list[int]]] | None) -> dict[str, bytes]:
    """An MSK event record's ``headers`` (a list of one-entry dicts) as a dict."""
    merged: dict[str, bytes] = {}
    for header in record_headers or []:
        for name, values in header.items():
            merged[name] = bytes(values)
    return merged


def inject(headers: list[tuple[str, bytes]], context: Context | None = None) -> None:
    """Append ``traceparent`` (and ``tracestate``) of the current span to Kafka headers."""
    if not _has_context(context):
        return
    carrier: dict[str, str] = {}
    propagator().inject(carrier, context=context)
    headers.extend((name, value.encode()) for name, value in carrier.items())


def _has_context(context: Context | None) -> bool:
    """Cheap test before importing anything: with nothing attached there is nothing to send."""
    if context is not None:
        return True
    import sys

    return "opentelemetry.context" in sys.modules


@contextlib.contextmanager
def continued(headers: Mapping[str, Any] | None) -> Iterator[None]:
    """Make the headers' context current for the block (pass-through without telemetry)."""
    from opentelemetry import context as otel_context

    token = otel_context.attach(extract(headers))
    try:
        yield
    finally:
        otel_context.detach(token)


def current_trace_id() -> str | None:
    """The current trace id in hex (the decision report records it), or None."""
    import sys

    if "opentelemetry.trace" not in sys.modules:
        return None
    from opentelemetry import trace

    ctx = trace.get_current_span().get_span_context()
    return f"{ctx.trace_id:032x}" if ctx.is_valid else None


# --- outputs published after their record's span ended (a batch's outbox) ----------------------

_item_contexts: ContextVar[dict[int, Any] | None] = ContextVar(
    "careflow_item_contexts", default=None
)


def capture() -> Context | None:
    """The current context, to publish an output later in the trace it was produced in."""
    import sys

    if "opentelemetry.context" not in sys.modules:
        return None
    from opentelemetry import context as otel_context

    return otel_context.get_current()


@contextlib.contextmanager
def for_items(pairs: list[tuple[object, Context | None]]) -> Iterator[None]:
    """While publishing a batch's outputs together, each item (an envelope) is published in
    the context captured when its record produced it (see :func:`context_for`)."""
    token = _item_contexts.set({id(item): ctx for item, ctx in pairs if ctx is not None})
    try:
        yield
    finally:
        _item_contexts.reset(token)


def context_for(item: object) -> Context | None:
    """The context captured for ``item`` by :func:`for_items`, else None (the current one)."""
    contexts = _item_contexts.get()
    return contexts.get(id(item)) if contexts else None
