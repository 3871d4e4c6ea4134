"""Issue 12's "Show": one signed WhatsApp message is one trace in Jaeger, from the webhook to the
reply, across every function's container; each MSK batch span links to the records it carried.

Runs against the local Jaeger v2 (`careflow services up`) with the functions in their Lambda
containers exporting over OTLP, as under `careflow dev`.
"""

from __future__ import annotations

import os
import secrets
from typing import Any

import httpx
import pytest

from careflow_local.trace import parse_trace, render

from .conftest import text_message, wait_for

pytestmark = pytest.mark.skipif(
    not os.environ.get("OTEL_EXPORTER_OTLP_ENDPOINT"),
    reason="the functions export telemetry only when OTEL_EXPORTER_OTLP_ENDPOINT is set",
)

PIPELINE = ("ingest_message", "create_case", "run_agent", "persist_result", "send_message")
AGENT_NODES = ("agent.security", "agent.language", "agent.triage", "agent.decision")


def _jaeger() -> httpx.Client:
    return httpx.Client(base_url=os.environ["CAREFLOW_JAEGER_URL"], timeout=10.0)


def _trace(trace_id: str) -> dict[str, Any] | None:
    with _jaeger() as jaeger:
        response = jaeger.get(f"/api/traces/{trace_id}")
    if response.status_code != 200 or not response.json().get("data"):
        return None
    return response.json()["data"][0]


def _services(trace: dict[str, Any]) -> set[str]:
    return {p["serviceName"] for p in trace["processes"].values()}


@pytest.fixture(scope="module")
def message_trace(client, tenant_factory) -> dict[str, Any]:
    tenant = tenant_factory("trace")
    trace_id = secrets.token_hex(16)
    status, _ = client.webhook(
        tenant,
        text_message("905551270001", "Hello, do you offer dental implants?"),
        extra_headers={"traceparent": f"00-{trace_id}-{secrets.token_hex(8)}-01"},
    )
    assert status == 200

    def complete() -> dict[str, Any] | None:
        trace = _trace(trace_id)
        return trace if trace and set(PIPELINE) <= _services(trace) else None

    return wait_for(complete, 120, interval=1.0)


def test_one_message_is_one_trace_across_every_function(message_trace) -> None:
    assert set(PIPELINE) <= _services(message_trace)
    names = {s["operationName"] for s in message_trace["spans"]}
    assert set(AGENT_NODES) <= names, sorted(names)
    # every span hangs off the webhook's: one tree, one root (the provider's parent is absent)
    roots = parse_trace(message_trace)
    assert len(roots) == 1, [r.name for r in roots]
    assert roots[0].service == "ingest_message"
    assert "run_agent" in render(message_trace) and "send_message" in render(message_trace)


def test_each_batch_span_links_to_the_records_of_the_message(message_trace) -> None:
    trace_id = message_trace["traceID"]

    def linked(service: str) -> bool:
        with _jaeger() as jaeger:
            found = jaeger.get(
                "/api/traces",
                params={"service": service, "operation": f"{service} process", "limit": "100"},
            ).json()["data"]
        return any(
            ref.get("traceID") == trace_id and ref.get("refType") != "CHILD_OF"
            for trace in found or []
            for span in trace["spans"]
            if span["operationName"] == f"{service} process"
            for ref in span.get("references") or []
        )

    for service in ("create_case", "run_agent", "persist_result", "send_message"):
        assert wait_for(lambda s=service: linked(s), 30, interval=1.0), service
