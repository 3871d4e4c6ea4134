"""One trace per patient message through real Redis, Kafka, Postgres and LocalStack, with no
patient data in any span (in-memory OpenTelemetry exporter in this process).

A signed WhatsApp webhook carrying a phone number, an e-mail and a Turkish national id goes
through ingest_message; the record it wrote to Kafka carries ingest's trace context, and each
consumer's record span — create_case, run_agent, persist_result — continues it.
"""

from __future__ import annotations

import json
from typing import Any

from careflow_local.events import http_api_event, kafka_event
from careflow_local.invoke import invoke
from careflow_local.samples import signed, whatsapp_text
from careflow_shared.topology import TOPIC_CASE_EVENTS, TOPIC_DECISIONS, TOPIC_INBOUND
from tests.unit.telemetry.conftest import Recorded, otel

__all__ = ["otel"]

PII = ("+90 532 123 45 67", "905321234567", "ayse.yilmaz@example.com", "10000000146", "Ayşe")
OK = {"batchItemFailures": []}


def _redeliver(record: Any) -> dict[str, Any]:
    """The consumed record as an MSK trigger delivers it (the harness' own conversion)."""
    from careflow_local.esm import EventSourceMapping

    raw = EventSourceMapping._to_event_record(record)
    return kafka_event([raw], bootstrap="127.0.0.1:19092", region="eu-central-1")


def _webhook(tenant: dict[str, Any]) -> dict[str, Any]:
    body = whatsapp_text(
        wa_id="905321234567",
        name="Ayşe Demir",
        text=(
            "How much is a hair transplant? My TC kimlik is 10000000146, "
            "e-mail ayse.yilmaz@example.com, phone +90 532 123 45 67."
        ),
        phone_number_id=tenant["phone_number_id"],
    )
    raw, headers = signed(body, tenant["app_secret"])
    return http_api_event(
        method="POST",
        path=f"/webhooks/whatsapp/{tenant['tenant_id']}",
        route_key="POST /webhooks/{channel}/{tenant}",
        path_parameters={"channel": "whatsapp", "tenant": tenant["tenant_id"]},
        headers=list(headers.items()),
        body=raw,
    )


def _one(records: list[Any], event_type: str | None = None) -> Any:
    """The record (a poller of the running harness may republish it: same event id)."""
    matching = [
        r for r in records if event_type is None or ("event_type", event_type.encode()) in r.headers
    ]
    assert len({dict(r.headers)["event_id"] for r in matching}) == 1, matching
    return matching[0]


def _traceparent(record: Any) -> tuple[str, str]:
    _, trace_id, span_id, _ = dict(record.headers)["traceparent"].decode().split("-")
    return trace_id, span_id


def _run_pipeline(tenant: dict[str, Any], tails: Any) -> dict[str, Any]:
    tid = tenant["tenant_id"]
    inbound, cases, decisions = (
        tails(TOPIC_INBOUND, tid),
        tails(TOPIC_CASE_EVENTS, tid),
        tails(TOPIC_DECISIONS, tid),
    )
    response = invoke("ingest_message", _webhook(tenant))
    assert response["statusCode"] == 200, response
    assert json.loads(response["body"])["accepted"] == 1
    received = _one(inbound.read())
    assert invoke("create_case", _redeliver(received)) == OK
    opened = _one(cases.read(), "case.opened")
    assert invoke("run_agent", _redeliver(opened)) == OK
    decided = _one(decisions.read(), "agent.decided")
    assert invoke("persist_result", _redeliver(decided)) == OK
    return {"received": received, "opened": opened, "decided": decided}


def test_ingest_s_trace_context_is_continued_by_every_consumer(
    otel: Recorded, tenant_factory, tails
) -> None:
    records = _run_pipeline(tenant_factory("otel-trace"), tails)
    server = otel.span("POST /webhooks/{channel}/{tenant}")
    assert server.parent is None  # no traceparent from the provider: ingest starts the trace
    trace_id = f"{server.context.trace_id:032x}"
    publish = [s for s in otel.spans() if s.name == f"{TOPIC_INBOUND} publish"]
    (published,) = publish
    # the header in Kafka is ingest's PRODUCER span
    assert _traceparent(records["received"]) == (trace_id, f"{published.context.span_id:016x}")
    for name, record in (
        (f"{TOPIC_INBOUND} process", records["received"]),
        (f"{TOPIC_CASE_EVENTS} process", records["opened"]),
        (f"{TOPIC_DECISIONS} process", records["decided"]),
    ):
        consumed = otel.span(name)
        assert f"{consumed.context.trace_id:032x}" == trace_id, name
        # its parent is the context the record carried in Kafka
        assert f"{consumed.parent.span_id:016x}" == _traceparent(record)[1], name
    for batch in ("create_case process", "run_agent process", "persist_result process"):
        links = otel.span(batch).links
        assert [f"{link.context.trace_id:032x}" for link in links] == [trace_id], batch
    in_trace = {s.name for s in otel.spans() if f"{s.context.trace_id:032x}" == trace_id}
    assert {"db.transaction", "agent.security", "agent.decision", "S3.PutObject"} <= in_trace
    assert "redis idempotency.claim" in in_trace


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return [str(value)]


def test_no_span_attribute_carries_patient_data(otel: Recorded, tenant_factory, tails) -> None:
    _run_pipeline(tenant_factory("otel-pii"), tails)
    spans = otel.spans()
    assert len(spans) > 20
    texts: list[str] = []
    for span in spans:
        attrs = dict(span.attributes or {})
        assert not {"db.statement", "db.query.text"} & set(attrs), span.name
        texts += [span.name, *attrs.keys(), *(s for v in attrs.values() for s in _strings(v))]
        texts += [
            s for e in span.events for v in (e.attributes or {}).values() for s in _strings(v)
        ]
        texts += [
            s for link in span.links for v in (link.attributes or {}).values() for s in _strings(v)
        ]
        texts += [s for v in span.resource.attributes.values() for s in _strings(v)]
    blob = "\n".join(texts)
    for value in (*PII, "hair transplant"):
        assert value not in blob, value
        assert value.replace(" ", "") not in blob.replace(" ", ""), value
