"""Write the real-shaped sample events under ``events/`` (``python -m careflow_local.sample_events``).

They are built with the same builders the local gateway and pollers use, so they have exactly the
shape AWS delivers; the webhook samples are signed with the demo tenant's dev-only app secret.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from careflow_local.env import read_dev_env
from careflow_local.events import http_api_event, kafka_event, kafka_record
from careflow_local.paths import EVENTS_DIR
from careflow_local.samples import instagram_text, signed, whatsapp_status, whatsapp_text
from careflow_shared.envelope import (
    AgentDecision,
    CaseMessage,
    Envelope,
    MessageReceived,
    OutboundQueued,
    StageChanged,
)
from careflow_shared.topology import (
    CASES_READ,
    TOPIC_CASE_EVENTS,
    TOPIC_DECISIONS,
    TOPIC_INBOUND,
    TOPIC_OUTBOUND,
)

TENANT = "demo-clinic"
CASE_ID = "8d3c5a52-7b0e-4a7e-9c51-3f0d6f1c2b10"
MESSAGE_ID = "0f6f2b9e-4b1a-4b8e-8f0a-1d2c3b4a5e60"
TRACEPARENT = b"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"


def _kafka(topic: str, env: Envelope, key: str) -> dict[str, Any]:
    rec = kafka_record(
        topic=topic,
        partition=0,
        offset=42,
        timestamp_ms=1764100000000,
        key=key.encode(),
        value=env.to_bytes(),
        headers=[("event_type", env.event_type.encode()), ("traceparent", TRACEPARENT)],
    )
    return kafka_event(
        [rec], bootstrap="b-1.careflow.kafka.eu-central-1.amazonaws.com:9098", region="eu-central-1"
    )


def _dead_letter(function: str, source: dict[str, Any]) -> dict[str, Any]:
    """A dead letter of ``source`` (an ``aws:kafka`` event) on the function's dead-letter topic."""
    import base64

    from careflow_shared.topology import dlq_topic
    from careflow_streaming.deadletter import build_dead_letter

    (record,) = next(iter(source["records"].values()))
    letter = build_dead_letter(
        function,
        record,
        error_type="OperationalError",
        error_message="connection to server failed",
        attempts=0,
        condition="RecordAgeExceeded",
    )
    letter["failed_at"] = "2025-11-25T20:00:00+00:00"
    rec = kafka_record(
        topic=dlq_topic(function),
        partition=0,
        offset=7,
        timestamp_ms=1764100800000,
        key=base64.b64decode(record["key"]),
        value=json.dumps(letter).encode(),
        headers=[("dlq_condition", b"RecordAgeExceeded"), ("dlq_error_type", b"OperationalError")],
    )
    return kafka_event(
        [rec], bootstrap="b-1.careflow.kafka.eu-central-1.amazonaws.com:9098", region="eu-central-1"
    )


def pre_token_v2(
    tenant_attribute: str | None = TENANT,
    trigger_source: str = "TokenGeneration_HostedAuth",
    scopes: tuple[str, ...] = ("openid", CASES_READ),
) -> dict[str, Any]:
    """Cognito's pre-token-generation event, version 2, as the user pool sends it (Cognito
    developer guide, "Pre token generation Lambda trigger"): user attributes as strings, the
    custom attribute as ``custom:<name>``, and ``response.claimsAndScopeOverrideDetails`` null."""
    attributes = {
        "sub": "4f1e6c2a-2b7d-4c1e-9a3f-0c5d7e8f9a10",
        "cognito:user_status": "CONFIRMED",
        "email_verified": "true",
        "email": "coordinator@clinic.example",
    }
    if tenant_attribute is not None:
        attributes["custom:tenant_id"] = tenant_attribute
    return {
        "version": "2",
        "triggerSource": trigger_source,
        "region": "eu-central-1",
        "userPoolId": "eu-central-1_EXAMPLE1",
        "userName": "4f1e6c2a-2b7d-4c1e-9a3f-0c5d7e8f9a10",
        "callerContext": {
            "awsSdkVersion": "aws-sdk-unknown-unknown",
            "clientId": "1example23456789abcdefghij",
        },
        "request": {
            "userAttributes": attributes,
            "groupConfiguration": {
                "groupsToOverride": [],
                "iamRolesToOverride": [],
                "preferredRole": None,
            },
            "scopes": list(scopes),
        },
        "response": {"claimsAndScopeOverrideDetails": None},
    }


def build() -> dict[str, dict[str, Any]]:
    secrets = read_dev_env()
    raw, headers = signed(
        whatsapp_text(
            wa_id="905550000001",
            text="Hello, I would like a price for a hair transplant",
            name="Sample Patient",
            message_id="wamid.SAMPLE0001",
            timestamp=1764100000,
        ),
        secrets["DEMO_WHATSAPP_APP_SECRET"],
    )
    status_raw, status_headers = signed(
        whatsapp_status(message_id="wamid.OUT0001", status="delivered", recipient="905550000001"),
        secrets["DEMO_WHATSAPP_APP_SECRET"],
    )
    route = "POST /webhooks/whatsapp/{tenant}"
    path = f"/webhooks/whatsapp/{TENANT}"
    inbound = Envelope.first(
        str(uuid.UUID(int=1)),
        "message.received",
        TENANT,
        MessageReceived(
            channel="whatsapp",
            provider_message_id="wamid.SAMPLE0001",
            conversation_key="5f0c2c9e1f8d4e7a9b6c3d2e1f0a9b8c",
            sender_id="905550000001",
            sender_name="Sample Patient",
            recipient_id="100200300400500",
            message_type="text",
            text="Hello, I would like a price for a hair transplant",
            sent_at=datetime(2025, 11, 25, 20, 26, 40, tzinfo=UTC),
        ),
    )
    case_opened = inbound.caused(
        "case.opened",
        CaseMessage(
            case_id=CASE_ID,
            patient_id=str(uuid.UUID(int=2)),
            message_id=MESSAGE_ID,
            stage="enquiry",
            channel="whatsapp",
            message_type="text",
        ),
        by="create_case",
    )
    decided = case_opened.caused(
        "agent.decided",
        AgentDecision(
            case_id=CASE_ID,
            message_id=MESSAGE_ID,
            intent="price_quote",
            language="en",
            urgency="routine",
            action="request_info",
            reply="Thank you! How old are you?",
            current_stage="enquiry",
            proposed_stage="qualifying",
            missing_items=["age"],
        ),
        by="run_agent",
    )
    queued = decided.caused(
        "outbound.queued",
        OutboundQueued(
            outbound_id=str(uuid.UUID(int=3)), case_id=CASE_ID, kind="reply", channel="whatsapp"
        ),
        by="persist_result.reply",
    )
    booked = Envelope.first(
        str(uuid.UUID(int=4)),
        "case.stage_changed",
        TENANT,
        StageChanged(
            case_id=CASE_ID,
            from_stage="quoted",
            to_stage="booked",
            source="staff",
            schedule={"consultation_at": "2026-12-01T09:00:00+00:00"},
        ),
    )
    ig_raw, ig_headers = signed(
        instagram_text(
            sender_id="6543210987654321",
            text="Hello, do you do rhinoplasty?",
            mid="aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQx",
        ),
        secrets["DEMO_WHATSAPP_APP_SECRET"],
    )
    return {
        "ingest_message/instagram_message.json": http_api_event(
            method="POST",
            path=f"/webhooks/instagram/{TENANT}",
            route_key="POST /webhooks/instagram/{tenant}",
            path_parameters={"tenant": TENANT},
            headers=list(ig_headers.items()),
            body=ig_raw,
        ),
        "send_message/outbound_queued.json": _kafka(TOPIC_OUTBOUND, queued, f"{TENANT}:{CASE_ID}"),
        "sync_clinic/case_booked.json": _kafka(TOPIC_CASE_EVENTS, booked, f"{TENANT}:{CASE_ID}"),
        "ingest_message/whatsapp_message.json": http_api_event(
            method="POST",
            path=path,
            route_key=route,
            path_parameters={"tenant": TENANT},
            headers=list(headers.items()),
            body=raw,
        ),
        "ingest_message/whatsapp_status.json": http_api_event(
            method="POST",
            path=path,
            route_key=route,
            path_parameters={"tenant": TENANT},
            headers=list(status_headers.items()),
            body=status_raw,
        ),
        "ingest_message/whatsapp_verify.json": http_api_event(
            method="GET",
            path=path,
            route_key="GET /webhooks/whatsapp/{tenant}",
            path_parameters={"tenant": TENANT},
            raw_query=f"hub.mode=subscribe&hub.verify_token={secrets['DEMO_WHATSAPP_VERIFY_TOKEN']}"
            "&hub.challenge=1158201444",
        ),
        "ingest_message/whatsapp_bad_signature.json": http_api_event(
            method="POST",
            path=path,
            route_key=route,
            path_parameters={"tenant": TENANT},
            headers=[
                ("content-type", "application/json"),
                ("x-hub-signature-256", "sha256=" + "0" * 64),
            ],
            body=raw,
        ),
        "create_case/message_received.json": _kafka(
            TOPIC_INBOUND, inbound, f"{TENANT}:5f0c2c9e1f8d4e7a9b6c3d2e1f0a9b8c"
        ),
        "run_agent/case_opened.json": _kafka(TOPIC_CASE_EVENTS, case_opened, f"{TENANT}:{CASE_ID}"),
        "persist_result/agent_decided.json": _kafka(
            TOPIC_DECISIONS, decided, f"{TENANT}:{CASE_ID}"
        ),
        "redrive/dead_letter.json": _dead_letter(
            "create_case",
            _kafka(TOPIC_INBOUND, inbound, f"{TENANT}:5f0c2c9e1f8d4e7a9b6c3d2e1f0a9b8c"),
        ),
        "pre_token/hosted_auth.json": pre_token_v2(),
        "api/health.json": http_api_event(method="GET", path="/health", route_key="GET /health"),
        "api/list_cases.json": http_api_event(
            method="GET",
            path="/v1/cases",
            route_key="GET /v1/cases",
            raw_query="limit=10",
            claims={
                "sub": "dev-coordinator",
                "tenant_id": TENANT,
                "iss": "https://auth.careflow.local/",
                "scope": CASES_READ,
            },
        ),
        "api/get_case.json": http_api_event(
            method="GET",
            path=f"/v1/cases/{CASE_ID}",
            route_key="GET /v1/cases/{case_id}",
            path_parameters={"case_id": CASE_ID},
            claims={
                "sub": "dev-coordinator",
                "tenant_id": TENANT,
                "iss": "https://auth.careflow.local/",
                "scope": CASES_READ,
            },
        ),
    }


def write(root: Path = EVENTS_DIR) -> list[Path]:
    written = []
    for name, event in build().items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(event, indent=2) + "\n")
        written.append(path)
    return written


if __name__ == "__main__":
    for p in write():
        print(p)
