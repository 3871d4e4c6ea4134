"""create_case — ``hub.messages.inbound`` → patient, conversation, case and message rows, then
``case.opened`` / ``case.message_added`` on ``hub.cases.events``.

A message continues the patient's open case; a patient without one gets a new case. Delivery
status reports are recorded and open nothing. ``tenant.directory_refill`` (from ingest_message,
which reads tenants from Redis only) writes every tenant's configuration to Redis again.
"""

from __future__ import annotations

import hashlib
from typing import Any

import psycopg2.errors
from psycopg2.extras import RealDictCursor

from careflow_documents.store import case_key, put_bytes
from careflow_rds import repositories as repo
from careflow_rds.effects import Outbox, run_once
from careflow_rds.repositories import Output
from careflow_rds.tenant_loader import refill_tenant_directory
from careflow_shared.envelope import (
    CaseMessage,
    DirectoryRefill,
    Envelope,
    MessageReceived,
    MessageStatus,
)
from careflow_shared.errors import PoisonRecord
from careflow_shared.log import get_logger
from careflow_shared.telemetry import metrics, spans
from careflow_shared.telemetry.lambda_handler import instrumented
from careflow_shared.topology import TOPIC_CASE_EVENTS
from careflow_streaming.batch import process_kafka_batch
from careflow_streaming.producer import partition_key
from careflow_tenant.secrets import get_channel_secret

FUNCTION = "create_case"
logger = get_logger(FUNCTION)
_outbox = Outbox()  # the outputs of the batch being handled, published once at its end


def handle(envelope: Envelope) -> None:
    if envelope.event_type == "tenant.directory_refill":
        envelope.payload_as(DirectoryRefill)
        refill_tenant_directory()  # idempotent: a redelivery writes the same entries again
        return
    opened: dict[str, str] = {}
    if envelope.event_type == "message.status":
        effect = _record_status(envelope, envelope.payload_as(MessageStatus))
    elif envelope.event_type == "message.received":
        effect = _attach_message(envelope, envelope.payload_as(MessageReceived), opened)
    else:
        raise PoisonRecord(f"{FUNCTION} does not take {envelope.event_type!r} events")
    try:
        outcome = run_once(envelope.tenant_id, FUNCTION, envelope.event_id, effect, _outbox)
    except psycopg2.errors.ForeignKeyViolation:
        raise PoisonRecord(f"unknown tenant {envelope.tenant_id!r}") from None
    if opened and not outcome.duplicate:  # counted once its transaction committed
        metrics.add("careflow.cases.stage_changes", tenant=envelope.tenant_id, stage="enquiry")
    if outcome.duplicate:
        logger.info("duplicate event skipped", extra={"event_id": envelope.event_id})


def _record_status(envelope: Envelope, status: MessageStatus) -> Any:
    def effect(cur: RealDictCursor) -> list[Output]:
        repo.record_status(
            cur,
            envelope.tenant_id,
            status.channel,
            status.provider_message_id,
            status.status,
            status.occurred_at,
        )
        return []

    return effect


def _attach_message(
    envelope: Envelope, message: MessageReceived, opened_out: dict[str, str]
) -> Any:
    """``opened_out`` gets the id of a case the message opened (for the stage metric)."""
    tenant = envelope.tenant_id

    def effect(cur: RealDictCursor) -> list[Output]:
        patient_id = repo.upsert_patient(
            cur, tenant, message.channel, message.sender_id, message.sender_name
        )
        conversation_id = repo.upsert_conversation(
            cur, tenant, patient_id, message.channel, message.conversation_key, message.sent_at
        )
        case = repo.open_case_for(cur, tenant, patient_id)
        opened = case is None
        if case is None:
            case = repo.open_case(cur, tenant, patient_id)
            opened_out["case_id"] = str(case["case_id"])
        spans.set_attributes(careflow__case_id=str(case["case_id"]))
        message_id = repo.insert_message(
            cur,
            tenant_id=tenant,
            case_id=str(case["case_id"]),
            conversation_id=conversation_id,
            direction="inbound",
            channel=message.channel,
            provider_message_id=message.provider_message_id,
            message_type=message.message_type,
            body=message.text,
            media=message.media,
            sent_at=message.sent_at,
        )
        if message_id is None:  # the same provider message arrived under another event id
            logger.info("duplicate provider message skipped", extra={"event_id": envelope.event_id})
            return []
        if message.media and message.media.get("id") and message.channel == "whatsapp":
            store_media(cur, tenant, str(case["case_id"]), str(message.media["id"]))
        elif message.media and message.media.get("url") and message.channel == "instagram":
            store_media(
                cur, tenant, str(case["case_id"]), str(message.media["url"]), channel="instagram"
            )
        out = envelope.caused(
            "case.opened" if opened else "case.message_added",
            CaseMessage(
                case_id=str(case["case_id"]),
                patient_id=patient_id,
                message_id=message_id,
                stage=str(case["stage"]),
                channel=message.channel,
                message_type=message.message_type,
            ),  # ids only: run_agent reads the text from ``messages`` (no PII on Kafka)
            by=FUNCTION,
        )
        repo.append_case_event(cur, tenant, str(case["case_id"]), out)
        return [(TOPIC_CASE_EVENTS, out, partition_key(tenant, message.conversation_key))]

    return effect


_DOCUMENT_KINDS = {"image": "photo", "sticker": "photo", "document": "report"}


def store_media(
    cur: RealDictCursor, tenant: str, case_id: str, media_id: str, *, channel: str = "whatsapp"
) -> None:
    """Fetch a media item from the provider and file it under the case in S3 — a WhatsApp media
    id (resolved with the tenant's token) or an Instagram attachment (a signed CDN link).

    Inside the case transaction on purpose: if S3 or the provider fails, nothing of the message
    is stored and the record is retried whole. A file the limits refuse is recorded as
    rejected (and the message kept) instead of retried.
    """
    from careflow_channels.errors import MediaRejected
    from careflow_channels.instagram import fetch_attachment
    from careflow_channels.whatsapp import fetch_media

    name = hashlib.sha256(media_id.split("?", 1)[0].encode()).hexdigest()[:32]
    key = case_key(tenant, case_id, "media", name)
    try:
        if channel == "instagram":
            media = fetch_attachment(media_id, tenant_id=tenant)
        else:
            secret = get_channel_secret(tenant, "whatsapp") or {}
            media = fetch_media(media_id, str(secret.get("access_token", "")), tenant_id=tenant)
    except MediaRejected as exc:
        repo.insert_document(
            cur,
            tenant_id=tenant,
            case_id=case_id,
            kind="rejected",
            s3_key=key,
            content_type=exc.mime_type or "application/octet-stream",
            size_bytes=exc.size,
            source=channel,
            status="rejected",
            provider_media_id=media_id if channel == "whatsapp" else name,
        )
        repo.append_event(
            cur,
            tenant,
            case_id,
            f"media:{name}",
            "media.rejected",
            {"reason": str(exc), "mime_type": exc.mime_type},
        )
        return
    put_bytes(key, media.content or b"", media.mime_type)
    repo.insert_document(
        cur,
        tenant_id=tenant,
        case_id=case_id,
        kind=_DOCUMENT_KINDS.get(media.kind, media.kind),
        s3_key=key,
        content_type=media.mime_type,
        size_bytes=media.size,
        source=channel,
        status="stored",
        provider_media_id=media_id if channel == "whatsapp" else name,
    )


@instrumented(FUNCTION)
@logger.inject_lambda_context(clear_state=True)
def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    return process_kafka_batch(event, context, function=FUNCTION, handle=handle, outbox=_outbox)
