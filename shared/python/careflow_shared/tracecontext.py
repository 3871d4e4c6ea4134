"""W3C trace context that travels in Kafka record headers, so one trace spans webhook → persist.

Deliberately tiny (no SDK at import time): the handler sets the current ``traceparent`` from the
API request or the Kafka record, and the producer copies a child of it into every record it
sends. An OpenTelemetry exporter, when configured, reads the same context.
"""

from __future__ import annotations

import re
import secrets
from contextvars import ContextVar

_TRACEPARENT = re.compile(r"^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$")
_current: ContextVar[str | None] = ContextVar("careflow_traceparent", default=None)


def parse(traceparent: str | None) -> tuple[str, str, str] | None:
    if not traceparent:
        return None
    m = _TRACEPARENT.match(traceparent.strip().lower())
    if not m or m.group(1) == "0" * 32 or m.group(2) == "0" * 16:
        return None
    return m.group(1), m.group(2), m.group(3)


def new_traceparent() -> str:
    return f"00-{secrets.token_hex(16)}-{secrets.token_hex(8)}-01"


def child_of(traceparent: str | None) -> str:
    """A new span in the same trace (or a new trace when the parent is missing or invalid)."""
    parsed = parse(traceparent)
    if parsed is None:
        return new_traceparent()
    trace_id, _span, flags = parsed
    return f"00-{trace_id}-{secrets.token_hex(8)}-{flags}"


def trace_id(traceparent: str | None) -> str | None:
    parsed = parse(traceparent)
    return parsed[0] if parsed else None


def set_current(traceparent: str | None) -> str:
    """Enter a span as a child of ``traceparent``; returns the new current traceparent."""
    tp = child_of(traceparent)
    _current.set(tp)
    return tp


def current_traceparent() -> str | None:
    return _current.get()
