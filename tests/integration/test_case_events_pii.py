"""``hub.cases.events`` carries ids, never a patient's words (real Kafka, Postgres, LocalStack).

A WhatsApp message full of identifiers goes through create_case; the record it publishes, and
the outbox row replays come from, hold none of them. run_agent still decides on the real text,
which it reads from ``messages`` under row-level security, and a redelivered record decides
nothing twice. A coordinator's edited reply takes the same way: kept in the approval's
``case_events`` row, not on Kafka, and read from there when the graph resumes.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

from careflow_local.events import http_api_event, kafka_event, kafka_record
from careflow_local.invoke import invoke
from careflow_rds.tenancy import tenant_transaction
from careflow_shared.envelope import Envelope, MessageReceived
from careflow_shared.topology import (
    APPROVALS_WRITE,
    TOPIC_CASE_EVENTS,
    TOPIC_DECISIONS,
    TOPIC_INBOUND,
)

PII = {
    "tr_id": "10000000146",
    "email": "ayse.yilmaz@example.com",
    "phone": "+90 532 123 45 67",
    "name": "Ayşe Demir",
}
STAFF_PII = {"phone": "+90 532 999 88 77", "email": "desk.private@example.com"}


def _variants(values: dict[str, str]) -> set[bytes]:
    out: set[bytes] = set()
    for value in values.values():
        for v in {value, value.replace(" ", ""), value.replace(" ", "").lstrip("+0")}:
            out.add(v.encode())
    return out


def _record_bytes(record: Any) -> bytes:
    headers = b"".join(name.encode() + (value or b"") for name, value in record.headers or [])
    return (record.key or b"") + b"\n" + (record.value or b"") + b"\n" + headers


def _redeliver(record: Any) -> dict[str, Any]:
    """The consumed record as run_agent's MSK trigger delivers it (the harness' own mapping)."""
    from careflow_local.esm import EventSourceMapping

    raw = EventSourceMapping._to_event_record(record)
    return kafka_event([raw], bootstrap="127.0.0.1:19092", region="eu-central-1")


def _one(records: list[Any], event_type: str) -> Any:
    """The one event of that type. Publishing is at least once (a harness poller running at the
    same time may republish an output the outbox has not marked yet): one event id, that is."""
    matching = [r for r in records if ("event_type", event_type.encode()) in r.headers]
    ids = {dict(r.headers)["event_id"] for r in matching}
    assert len(ids) == 1, [dict(r.headers).get("event_type") for r in records]
    return matching[0]


def test_case_events_carry_no_patient_text_and_the_agent_reads_it_from_postgres(
    tenant_factory, tails
):
    tid = tenant_factory("pii-events")["tenant_id"]
    case_events, decisions = tails(TOPIC_CASE_EVENTS, tid), tails(TOPIC_DECISIONS, tid)
    text = (
        f"How much is a hair transplant? My TC kimlik is {PII['tr_id']}, "
        f"e-mail {PII['email']}, phone {PII['phone']}."
    )
    inbound = Envelope.first(
        str(uuid.uuid4()),
        "message.received",
        tid,
        MessageReceived(
            channel="whatsapp",
            provider_message_id=f"wamid.{uuid.uuid4().hex}",
            conversation_key=uuid.uuid4().hex,
            sender_id="905321234567",
            sender_name=PII["name"],
            message_type="text",
            text=text,
            sent_at=datetime.now(UTC),
        ),
    )
    key = f"{tid}:{uuid.uuid4().hex}".encode()
    ok = {"batchItemFailures": []}
    raw = kafka_record(
        topic=TOPIC_INBOUND,
        partition=0,
        offset=1,
        timestamp_ms=1,
        key=key,
        value=inbound.to_bytes(),
    )
    event = kafka_event([raw], bootstrap="127.0.0.1:19092", region="eu-central-1")
    assert invoke("create_case", event) == ok

    opened = _one(case_events.read(), "case.opened")
    published = _record_bytes(opened)
    for value in _variants(PII) | {b"905321234567", b"How much"}:
        assert value not in published, value
    payload = json.loads(opened.value)["payload"]
    assert set(payload) == {
        "case_id", "patient_id", "message_id", "stage", "channel", "message_type", "language_hint"
    }  # fmt: skip
    with tenant_transaction(tid) as cur:  # the outbox, where a replay republishes from
        cur.execute(
            "SELECT outputs::text AS o FROM processed_events WHERE consumer = 'create_case'"
        )
        outbox = "".join(r["o"] for r in cur.fetchall()).encode()
        cur.execute("SELECT body FROM messages WHERE message_id = %s", (payload["message_id"],))
        assert cur.fetchone()["body"] == text  # the words are in their place
    assert payload["message_id"].encode() in outbox
    assert not any(v in outbox for v in _variants(PII))

    # run_agent decides on the real text, read from Postgres: it found and redacted all three.
    assert invoke("run_agent", _redeliver(opened)) == ok
    decided = _one(decisions.read(), "agent.decided")
    decision = json.loads(decided.value)["payload"]
    assert decision["redactions"] == {"tr_national_id": 1, "email": 1, "phone": 1}
    assert decision["action"] == "await_approval"  # a price question waits for a coordinator
    assert not any(v in decided.value for v in _variants(PII))
    # A redelivery of the same record changes and publishes nothing.
    assert invoke("run_agent", _redeliver(opened)) == ok
    assert {dict(r.headers)["event_id"] for r in decisions.read()} <= {
        dict(decided.headers)["event_id"]
    }

    # The coordinator edits the reply; the edit (staff text for the patient) stays in Postgres.
    assert invoke("persist_result", _redeliver(decided)) == ok
    edited = (
        f"Please call our desk at {STAFF_PII['phone']} or write to {STAFF_PII['email']} "
        "for the price."
    )
    request = http_api_event(
        method="POST",
        path=f"/v1/cases/{payload['case_id']}/approvals",
        route_key="POST /v1/cases/{case_id}/approvals",
        path_parameters={"case_id": payload["case_id"]},
        headers=[("content-type", "application/json")],
        body=json.dumps({"decision": "edit", "reply": edited}).encode(),
        claims={"sub": "coordinator-1", "tenant_id": tid, "scope": APPROVALS_WRITE},
    )
    response = invoke("api", request)
    assert response["statusCode"] == 202, response
    approval = _one(case_events.read(), "case.approval_decided")
    assert json.loads(approval.value)["payload"]["reply"] is None
    assert not any(v in _record_bytes(approval) for v in _variants(STAFF_PII) | {b"our desk"})

    assert invoke("run_agent", _redeliver(approval)) == ok
    resumed = json.loads(_one(decisions.read(), "agent.decided").value)["payload"]
    assert "our desk" in resumed["reply"]  # the edit came from the approval's case_events row
    assert not any(v.decode() in resumed["reply"] for v in _variants(STAFF_PII))
