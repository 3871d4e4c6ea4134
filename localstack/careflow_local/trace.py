"""``careflow trace MESSAGE_OR_CASE_ID``: one patient message's trace as a terminal waterfall.

The trace comes from Jaeger's query API (``CAREFLOW_JAEGER_URL``, started by ``careflow services
up``). The functions put ``careflow.event_id`` (the message's event id) and ``careflow.case_id``
on the spans that know them (docs: the telemetry contract in the README), so an operator who has
either id from a log line, a dead letter or the API finds the whole path webhook → reply without
knowing the trace id. A 32-hex trace id works too.

The rendering is a pure function of the API's JSON (``render``), unit-tested on a recorded
response; the HTTP part (``find_traces``) is tested against the running Jaeger.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

#: The span attributes an id is looked up by (see the README's telemetry contract).
ID_TAGS = ("careflow.event_id", "careflow.case_id")
DEFAULT_JAEGER_URL = "http://127.0.0.1:16686"
_TRACE_ID = re.compile(r"^[0-9a-f]{32}$")
_BAR_WIDTH = 32


@dataclass
class Span:
    """One span as the waterfall needs it (times in microseconds since the epoch)."""

    span_id: str
    parent_id: str | None
    service: str
    name: str
    start_us: int
    duration_us: int
    error: str | None
    links: int
    children: list[Span] = field(default_factory=list)


def _tags(items: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    return {str(t.get("key")): t.get("value") for t in items}


def _error_of(tags: Mapping[str, Any], logs: Sequence[Mapping[str, Any]]) -> str | None:
    """The span's error text, or None. OTel spans arrive with ``otel.status_code=ERROR`` (and
    ``error=true``); the description or an ``exception`` event says what went wrong."""
    failed = tags.get("error") in (True, "true") or tags.get("otel.status_code") == "ERROR"
    if not failed:
        return None
    for log in logs:
        fields = _tags(log.get("fields", []))
        if "exception.type" in fields:
            return str(fields["exception.type"])
    return str(tags.get("otel.status_description") or "error")


def parse_trace(trace: Mapping[str, Any]) -> list[Span]:
    """The root spans of one ``/api/traces/{id}`` trace, children nested and sorted by start.

    A span whose parent is missing (not exported yet, or in another trace) counts as a root so
    nothing is hidden. A reference of another type (FOLLOWS_FROM: the batch span's links) is
    counted, not followed: those records belong to other messages' traces.
    """
    processes = {pid: p.get("serviceName", "?") for pid, p in trace.get("processes", {}).items()}
    spans: dict[str, Span] = {}
    for raw in trace.get("spans", []):
        refs = raw.get("references") or []
        parent = next(
            (
                r["spanID"]
                for r in refs
                if r.get("refType") == "CHILD_OF" and r.get("traceID") == raw.get("traceID")
            ),
            None,
        )
        tags = _tags(raw.get("tags", []))
        spans[raw["spanID"]] = Span(
            span_id=raw["spanID"],
            parent_id=parent,
            service=processes.get(raw.get("processID", ""), "?"),
            name=raw.get("operationName", "?"),
            start_us=int(raw.get("startTime", 0)),
            duration_us=int(raw.get("duration", 0)),
            error=_error_of(tags, raw.get("logs") or []),
            links=sum(1 for r in refs if r.get("refType") != "CHILD_OF"),
        )
    roots: list[Span] = []
    for span in spans.values():
        parent_span = spans.get(span.parent_id) if span.parent_id else None
        (parent_span.children if parent_span else roots).append(span)
    for span in spans.values():
        span.children.sort(key=lambda s: s.start_us)
    return sorted(roots, key=lambda s: s.start_us)


def _walk(spans: Sequence[Span], depth: int = 0) -> Iterable[tuple[int, Span]]:
    for span in spans:
        yield depth, span
        yield from _walk(span.children, depth + 1)


def _ms(us: int) -> str:
    return f"{us / 1000:,.1f} ms" if us < 10_000_000 else f"{us / 1_000_000:,.2f} s"


def _bar(start: int, duration: int, total: int) -> str:
    """``|   ■■■■      |``: where the span sits in the trace, at least one cell wide."""
    begin = min(_BAR_WIDTH - 1, int(start * _BAR_WIDTH / total)) if total else 0
    width = max(1, round(duration * _BAR_WIDTH / total)) if total else 1
    width = min(width, _BAR_WIDTH - begin)
    return "|" + " " * begin + "■" * width + " " * (_BAR_WIDTH - begin - width) + "|"


def render(trace: Mapping[str, Any]) -> str:
    """The waterfall of one trace from Jaeger's JSON: a header, then one line per span with its
    offset from the trace's start, duration, service (function), name indented by depth, a bar,
    and ``✗`` plus the error for failed spans."""
    roots = parse_trace(trace)
    rows = list(_walk(roots))
    if not rows:
        return f"trace {trace.get('traceID', '?')}: no spans"
    t0 = min(span.start_us for _, span in rows)
    end = max(span.start_us + span.duration_us for _, span in rows)
    total = end - t0
    services = list(dict.fromkeys(span.service for _, span in sorted(rows, key=_start)))
    errors = sum(1 for _, span in rows if span.error)
    lines = [
        f"trace {trace.get('traceID', '?')}  {_ms(total)}  {len(rows)} spans  "
        f"{len(services)} services ({', '.join(services)})"
        + (f"  {errors} error{'s' if errors != 1 else ''}" if errors else ""),
        f"{'offset':>11} {'duration':>11}  {'service':<16} {'span':<44} timeline",
    ]
    for depth, span in rows:
        name = ("  " * depth + span.name)[:44]
        mark = ""
        if span.links:
            mark += f"  ↗ {span.links} link{'s' if span.links != 1 else ''}"
        if span.error:
            mark += f"  ✗ {span.error}"
        lines.append(
            f"{_ms(span.start_us - t0):>11} {_ms(span.duration_us):>11}  {span.service:<16.16} "
            f"{name:<44} {_bar(span.start_us - t0, span.duration_us, total)}{mark}"
        )
    return "\n".join(lines)


def _start(row: tuple[int, Span]) -> int:
    return row[1].start_us


class TraceNotFound(LookupError):
    """No trace in Jaeger carries the id (not sent yet, expired, or telemetry off)."""


def find_traces(
    ident: str, *, base_url: str | None = None, lookback_s: float = 7 * 86400
) -> list[dict[str, Any]]:
    """Every trace whose spans carry ``ident`` as event id or case id (or whose id it is),
    oldest first. Jaeger's search needs a service, so each known service is asked."""
    url = (base_url or os.environ.get("CAREFLOW_JAEGER_URL") or DEFAULT_JAEGER_URL).rstrip("/")
    with httpx.Client(base_url=url, timeout=10.0) as client:
        if _TRACE_ID.match(ident.lower()):
            response = client.get(f"/api/traces/{ident.lower()}")
            if response.status_code == 200 and response.json().get("data"):
                return list(response.json()["data"])
        services = client.get("/api/services").raise_for_status().json().get("data") or []
        end_us = int(time.time() * 1_000_000)
        start_us = end_us - int(lookback_s * 1_000_000)
        found: dict[str, dict[str, Any]] = {}
        for service in services:
            for tag in ID_TAGS:
                params = {
                    "service": service,
                    "tags": json.dumps({tag: ident}),
                    "start": str(start_us),
                    "end": str(end_us),
                    "limit": "50",
                }
                for trace in (
                    client.get("/api/traces", params=params).raise_for_status().json()["data"] or []
                ):
                    found.setdefault(trace["traceID"], trace)
        # A search returns only the service's matching traces' spans in some storages: refetch.
        traces = [
            client.get(f"/api/traces/{tid}").raise_for_status().json()["data"][0] for tid in found
        ]
    if not traces:
        raise TraceNotFound(
            f"no trace in Jaeger ({url}) has careflow.event_id or careflow.case_id = {ident!r}"
        )
    return sorted(traces, key=lambda t: min((s["startTime"] for s in t["spans"]), default=0))
