"""SQL for the pipeline's writes and the API's reads. Every function takes the cursor of a
:func:`careflow_rds.tenancy.tenant_transaction`, so row-level security always applies."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any

from psycopg2.extras import Json, RealDictCursor

from careflow_shared.envelope import Envelope

Output = tuple[str, Envelope, bytes]
"""(topic, envelope, Kafka key) of an event a consumer emits."""


# --- exactly-once effect -------------------------------------------------------------------


def claim_event(cur: RealDictCursor, tenant_id: str, consumer: str, event_id: str) -> bool:
    """True when this consumer sees the event for the first time (the row is ours to fill)."""
    cur.execute(
        "INSERT INTO processed_events (tenant_id, consumer, event_id) VALUES (%s, %s, %s) "
        "ON CONFLICT DO NOTHING",
        (tenant_id, consumer, event_id),
    )
    return cur.rowcount == 1


def record_outputs(
    cur: RealDictCursor, tenant_id: str, consumer: str, event_id: str, outputs: list[Output]
) -> None:
    # A JSON string cast in SQL rather than psycopg2's ``Json``: run_agent records its outputs
    # through the checkpointer's psycopg 3 connection (one transaction with the checkpoint).
    cur.execute(
        "UPDATE processed_events SET outputs = %s::jsonb WHERE tenant_id = %s AND consumer = %s "
        "AND event_id = %s",
        (
            json.dumps(
                [
                    {"topic": t, "key": k.decode(), "envelope": json.loads(e.model_dump_json())}
                    for t, e, k in outputs
                ]
            ),
            tenant_id,
            consumer,
            event_id,
        ),
    )


def event_claimed(cur: RealDictCursor, tenant_id: str, consumer: str, event_id: str) -> bool:
    """Whether this consumer already handled the event (a redelivery)."""
    cur.execute(
        "SELECT 1 FROM processed_events WHERE tenant_id = %s AND consumer = %s AND event_id = %s",
        (tenant_id, consumer, event_id),
    )
    return cur.fetchone() is not None


def unpublished_outputs(
    cur: RealDictCursor, tenant_id: str, consumer: str, event_id: str
) -> list[Output]:
    cur.execute(
        "SELECT outputs FROM processed_events WHERE tenant_id = %s AND consumer = %s "
        "AND event_id = %s AND published_at IS NULL",
        (tenant_id, consumer, event_id),
    )
    row = cur.fetchone()
    if not row:
        return []
    return [
        (o["topic"], Envelope.model_validate(o["envelope"]), o["key"].encode())
        for o in row["outputs"]
    ]


def mark_published(cur: RealDictCursor, tenant_id: str, consumer: str, event_id: str) -> None:
    cur.execute(
        "UPDATE processed_events SET published_at = now() WHERE tenant_id = %s AND consumer = %s "
        "AND event_id = %s",
        (tenant_id, consumer, event_id),
    )


def mark_published_many(
    cur: RealDictCursor, tenant_id: str, consumer: str, event_ids: list[str]
) -> None:
    cur.execute(
        "UPDATE processed_events SET published_at = now() WHERE tenant_id = %s AND consumer = %s "
        "AND event_id = ANY(%s) AND published_at IS NULL",
        (tenant_id, consumer, event_ids),
    )


# --- tenants -------------------------------------------------------------------------------


def get_tenant(cur: RealDictCursor, tenant_id: str) -> dict[str, Any] | None:
    """The tenant's row; ``version`` is ``updated_at`` in microseconds, the cache's ordering."""
    cur.execute(
        "SELECT tenant_id, display_name, config, "
        "(extract(epoch FROM updated_at) * 1000000)::bigint AS version "
        "FROM tenants WHERE tenant_id = %s",
        (tenant_id,),
    )
    return cur.fetchone()


def tenant_ids(cur: RealDictCursor) -> list[str]:
    """Every tenant's id (and nothing else of theirs), through the ``tenant_directory()``
    function: row-level security hides other tenants' rows from the application role."""
    cur.execute("SELECT tenant_directory() AS tenant_id")
    return [row["tenant_id"] for row in cur.fetchall()]


# --- patients, conversations, cases, messages ----------------------------------------------


def upsert_patient(
    cur: RealDictCursor, tenant_id: str, channel: str, external_id: str, display_name: str | None
) -> str:
    """The patient behind a channel identity, created on first contact."""
    cur.execute(
        "SELECT patient_id FROM channel_identities WHERE tenant_id = %s AND channel = %s "
        "AND external_id = %s",
        (tenant_id, channel, external_id),
    )
    row = cur.fetchone()
    if row:
        return str(row["patient_id"])
    cur.execute(
        "INSERT INTO patients (tenant_id, display_name) VALUES (%s, %s) RETURNING patient_id",
        (tenant_id, display_name),
    )
    patient_id = str(cur.fetchone()["patient_id"])
    cur.execute(
        "INSERT INTO channel_identities (tenant_id, patient_id, channel, external_id) "
        "VALUES (%s, %s, %s, %s) ON CONFLICT (tenant_id, channel, external_id) DO NOTHING",
        (tenant_id, patient_id, channel, external_id),
    )
    if cur.rowcount == 0:  # a concurrent writer won; use its patient (ours rolls back unused)
        cur.execute(
            "SELECT patient_id FROM channel_identities WHERE tenant_id = %s AND channel = %s "
            "AND external_id = %s",
            (tenant_id, channel, external_id),
        )
        return str(cur.fetchone()["patient_id"])
    return patient_id


def upsert_conversation(
    cur: RealDictCursor,
    tenant_id: str,
    patient_id: str,
    channel: str,
    conversation_key: str,
    last_inbound_at: datetime,
) -> str:
    cur.execute(
        "INSERT INTO conversations (tenant_id, patient_id, channel, conversation_key, last_inbound_at) "
        "VALUES (%s, %s, %s, %s, %s) "
        "ON CONFLICT (tenant_id, channel, conversation_key) DO UPDATE SET last_inbound_at = "
        "GREATEST(conversations.last_inbound_at, EXCLUDED.last_inbound_at) "
        "RETURNING conversation_id",
        (tenant_id, patient_id, channel, conversation_key, last_inbound_at),
    )
    return str(cur.fetchone()["conversation_id"])


def open_case_for(cur: RealDictCursor, tenant_id: str, patient_id: str) -> dict[str, Any] | None:
    cur.execute(
        "SELECT case_id, stage FROM cases WHERE tenant_id = %s AND patient_id = %s "
        "AND stage NOT IN ('closed', 'lost') FOR UPDATE",
        (tenant_id, patient_id),
    )
    return cur.fetchone()


def open_case(cur: RealDictCursor, tenant_id: str, patient_id: str) -> dict[str, Any]:
    cur.execute(
        "INSERT INTO cases (tenant_id, patient_id) VALUES (%s, %s) RETURNING case_id, stage",
        (tenant_id, patient_id),
    )
    return dict(cur.fetchone())


def insert_message(
    cur: RealDictCursor,
    *,
    tenant_id: str,
    case_id: str | None,
    conversation_id: str | None,
    direction: str,
    channel: str,
    provider_message_id: str,
    message_type: str,
    body: str | None,
    media: dict[str, Any] | None,
    sent_at: datetime,
) -> str | None:
    """The new message id, or None when this provider message is already stored (a replay)."""
    cur.execute(
        "INSERT INTO messages (tenant_id, case_id, conversation_id, direction, channel, "
        "provider_message_id, message_type, body, media, sent_at) "
        "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s) "
        "ON CONFLICT (tenant_id, channel, direction, provider_message_id) DO NOTHING "
        "RETURNING message_id",
        (
            tenant_id,
            case_id,
            conversation_id,
            direction,
            channel,
            provider_message_id,
            message_type,
            body,
            Json(media) if media is not None else None,
            sent_at,
        ),
    )
    row = cur.fetchone()
    return str(row["message_id"]) if row else None


def append_case_event(
    cur: RealDictCursor, tenant_id: str, case_id: str, envelope: Envelope
) -> None:
    append_event(
        cur,
        tenant_id,
        case_id,
        envelope.event_id,
        envelope.event_type,
        envelope.payload,
        envelope.occurred_at,
    )


def append_event(
    cur: RealDictCursor,
    tenant_id: str,
    case_id: str,
    event_id: str,
    event_type: str,
    payload: dict[str, Any],
    occurred_at: datetime | None = None,
) -> None:
    """Append to the case's history; a replay (same event id) appends nothing."""
    cur.execute(
        "INSERT INTO case_events (tenant_id, case_id, event_id, event_type, payload, occurred_at) "
        "VALUES (%s, %s, %s, %s, %s, COALESCE(%s, now())) ON CONFLICT (tenant_id, event_id) DO NOTHING",
        (tenant_id, case_id, event_id, event_type, Json(payload), occurred_at),
    )


def get_case_stage(cur: RealDictCursor, tenant_id: str, case_id: str) -> str | None:
    cur.execute(
        "SELECT stage FROM cases WHERE tenant_id = %s AND case_id = %s FOR UPDATE",
        (tenant_id, case_id),
    )
    row = cur.fetchone()
    return str(row["stage"]) if row else None


def set_case_stage(cur: RealDictCursor, tenant_id: str, case_id: str, stage: str) -> None:
    cur.execute(
        "UPDATE cases SET stage = %s, updated_at = now(), "
        "closed_at = CASE WHEN %s IN ('closed', 'lost') THEN now() ELSE closed_at END "
        "WHERE tenant_id = %s AND case_id = %s",
        (stage, stage, tenant_id, case_id),
    )


def insert_decision(cur: RealDictCursor, row: dict[str, Any]) -> str | None:
    cur.execute(
        "INSERT INTO agent_decisions (tenant_id, case_id, event_id, message_id, intent, language, "
        "urgency, action, reply, previous_stage, proposed_stage, applied_stage, stage_refused, "
        "missing_items, redactions, provider, model, latency_ms, input_tokens, output_tokens, "
        "fallback, report_key) VALUES "
        "(%(tenant_id)s, %(case_id)s, %(event_id)s, %(message_id)s, %(intent)s, %(language)s, "
        "%(urgency)s, %(action)s, %(reply)s, %(previous_stage)s, %(proposed_stage)s, "
        "%(applied_stage)s, %(stage_refused)s, %(missing_items)s, %(redactions)s, %(provider)s, "
        "%(model)s, %(latency_ms)s, %(input_tokens)s, %(output_tokens)s, %(fallback)s, "
        "%(report_key)s) "
        "ON CONFLICT (tenant_id, event_id) DO NOTHING RETURNING decision_id",
        {**row, "missing_items": Json(row["missing_items"]), "redactions": Json(row["redactions"])},
    )
    found = cur.fetchone()
    return str(found["decision_id"]) if found else None


def insert_outbound(
    cur: RealDictCursor,
    *,
    tenant_id: str,
    case_id: str,
    decision_id: str,
    channel: str,
    kind: str,
    body: str,
    status: str,
) -> str | None:
    cur.execute(
        "INSERT INTO outbound_messages (tenant_id, case_id, decision_id, channel, kind, body, status) "
        "VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT (tenant_id, decision_id, kind) DO NOTHING "
        "RETURNING outbound_id",
        (tenant_id, case_id, decision_id, channel, kind, body, status),
    )
    row = cur.fetchone()
    return str(row["outbound_id"]) if row else None


def case_channel(cur: RealDictCursor, tenant_id: str, case_id: str) -> str | None:
    cur.execute(
        "SELECT channel FROM messages WHERE tenant_id = %s AND case_id = %s AND direction = 'inbound' "
        "ORDER BY sent_at DESC LIMIT 1",
        (tenant_id, case_id),
    )
    row = cur.fetchone()
    return str(row["channel"]) if row else None


# --- reads for the API ----------------------------------------------------------------------


def list_cases(
    cur: RealDictCursor, tenant_id: str, *, stage: str | None, limit: int, offset: int
) -> list[dict[str, Any]]:
    cur.execute(
        "SELECT c.case_id, c.stage, c.patient_id, p.display_name AS patient_name, c.opened_at, "
        "c.updated_at, c.closed_at FROM cases c JOIN patients p ON p.patient_id = c.patient_id "
        "WHERE c.tenant_id = %s AND (%s::text IS NULL OR c.stage = %s) "
        "ORDER BY c.updated_at DESC, c.case_id LIMIT %s OFFSET %s",
        (tenant_id, stage, stage, limit, offset),
    )
    return [dict(r) for r in cur.fetchall()]


def get_case(cur: RealDictCursor, tenant_id: str, case_id: str) -> dict[str, Any] | None:
    cur.execute(
        "SELECT c.case_id, c.stage, c.opened_at, c.updated_at, c.closed_at, "
        "p.patient_id, p.display_name AS patient_name "
        "FROM cases c JOIN patients p ON p.patient_id = c.patient_id "
        "WHERE c.tenant_id = %s AND c.case_id = %s",
        (tenant_id, case_id),
    )
    row = cur.fetchone()
    if row is None:
        return None
    case = dict(row)
    cur.execute(
        "SELECT message_id, direction, channel, message_type, body, media, sent_at "
        "FROM messages WHERE tenant_id = %s AND case_id = %s ORDER BY sent_at, created_at",
        (tenant_id, case_id),
    )
    case["messages"] = [dict(r) for r in cur.fetchall()]
    cur.execute(
        "SELECT decision_id, message_id, intent, language, urgency, action, reply, previous_stage, "
        "proposed_stage, applied_stage, stage_refused, missing_items, redactions, provider, model, "
        "latency_ms, report_key, created_at FROM agent_decisions "
        "WHERE tenant_id = %s AND case_id = %s ORDER BY created_at, decision_id",
        (tenant_id, case_id),
    )
    case["decisions"] = [dict(r) for r in cur.fetchall()]
    cur.execute(
        "SELECT outbound_id, decision_id, channel, kind, body, status, created_at "
        "FROM outbound_messages WHERE tenant_id = %s AND case_id = %s ORDER BY created_at",
        (tenant_id, case_id),
    )
    case["outbound"] = [dict(r) for r in cur.fetchall()]
    cur.execute(
        "SELECT event_id, event_type, occurred_at FROM case_events "
        "WHERE tenant_id = %s AND case_id = %s ORDER BY seq",
        (tenant_id, case_id),
    )
    case["events"] = [dict(r) for r in cur.fetchall()]
    return case


def record_status(
    cur: RealDictCursor,
    tenant_id: str,
    channel: str,
    provider_message_id: str,
    status: str,
    occurred_at: datetime,
) -> bool:
    """Store a delivery report; update the outbound message it belongs to. False on a replay."""
    cur.execute(
        "INSERT INTO message_statuses (tenant_id, channel, provider_message_id, status, occurred_at) "
        "VALUES (%s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
        (tenant_id, channel, provider_message_id, status, occurred_at),
    )
    if cur.rowcount == 0:
        return False
    cur.execute(
        "UPDATE outbound_messages SET status = %s, updated_at = now() WHERE tenant_id = %s "
        "AND channel = %s AND provider_message_id = %s AND status IN ('sent', 'delivered', 'queued') "
        "AND %s IN ('sent', 'delivered', 'read', 'failed')",
        (status, tenant_id, channel, provider_message_id, status),
    )
    return True


def case_attachments(cur: RealDictCursor, tenant_id: str, case_id: str) -> list[str]:
    """Kinds of media the case already received (the pre-op checklist counts them)."""
    cur.execute(
        "SELECT DISTINCT message_type FROM messages WHERE tenant_id = %s AND case_id = %s "
        "AND direction = 'inbound' AND message_type IN ('image', 'document', 'video', 'audio') "
        "UNION SELECT DISTINCT kind FROM documents WHERE tenant_id = %s AND case_id = %s",
        (tenant_id, case_id, tenant_id, case_id),
    )
    kinds = {"image": "photo", "document": "report"}
    return sorted({kinds.get(r["message_type"], r["message_type"]) for r in cur.fetchall()})


def pending_approval(cur: RealDictCursor, tenant_id: str, case_id: str) -> dict[str, Any] | None:
    """The case's latest decision whose reply waits for a coordinator, locked for the caller."""
    cur.execute(
        "SELECT d.decision_id, d.message_id, o.outbound_id FROM agent_decisions d "
        "JOIN outbound_messages o ON o.decision_id = d.decision_id AND o.kind = 'reply' "
        "WHERE d.tenant_id = %s AND d.case_id = %s AND o.status = 'awaiting_approval' "
        "ORDER BY d.created_at DESC LIMIT 1 FOR UPDATE OF o",
        (tenant_id, case_id),
    )
    return cur.fetchone()


def set_outbound_status(cur: RealDictCursor, tenant_id: str, outbound_id: str, status: str) -> None:
    cur.execute(
        "UPDATE outbound_messages SET status = %s, updated_at = now() "
        "WHERE tenant_id = %s AND outbound_id = %s",
        (status, tenant_id, outbound_id),
    )


# --- outbound delivery ---------------------------------------------------------------------


def claim_outbound(cur: RealDictCursor, tenant_id: str, outbound_id: str) -> dict[str, Any] | None:
    """Move a queued message to 'sending' and return it; None when it is not queued (already
    sent, being sent, cancelled or awaiting approval): at most one send per outbound id."""
    cur.execute(
        "UPDATE outbound_messages SET status = 'sending', attempts = attempts + 1, "
        "updated_at = now() WHERE tenant_id = %s AND outbound_id = %s AND status = 'queued' "
        "RETURNING outbound_id, case_id, decision_id, channel, kind, body, attempts",
        (tenant_id, outbound_id),
    )
    row = cur.fetchone()
    return dict(row) if row else None


def outbound_row(cur: RealDictCursor, tenant_id: str, outbound_id: str) -> dict[str, Any] | None:
    """The message's status and kind, whatever its status (``claim_outbound`` returns only a
    queued one)."""
    cur.execute(
        "SELECT status, kind FROM outbound_messages WHERE tenant_id = %s AND outbound_id = %s",
        (tenant_id, outbound_id),
    )
    row = cur.fetchone()
    return dict(row) if row else None


def finish_outbound(
    cur: RealDictCursor,
    tenant_id: str,
    outbound_id: str,
    *,
    status: str,
    provider_message_id: str | None = None,
    send_mode: str | None = None,
    error: str | None = None,
) -> None:
    cur.execute(
        "UPDATE outbound_messages SET status = %s, provider_message_id = COALESCE(%s, "
        "provider_message_id), send_mode = COALESCE(%s, send_mode), last_error = %s, "
        "sent_at = CASE WHEN %s = 'sent' THEN now() ELSE sent_at END, updated_at = now() "
        "WHERE tenant_id = %s AND outbound_id = %s",
        (status, provider_message_id, send_mode, error, status, tenant_id, outbound_id),
    )


# Joined on the tenant as well as the patient, so the (tenant_id, patient_id, channel) indexes
# of migration 0008 serve both lookups (one probe per reply, not a scan of the tenant's rows).
REPLY_TARGET_SQL = (
    "SELECT ci.external_id, cv.last_inbound_at, cv.conversation_key FROM cases c "
    "JOIN channel_identities ci ON ci.tenant_id = c.tenant_id AND ci.patient_id = c.patient_id "
    "AND ci.channel = %s "
    "LEFT JOIN conversations cv ON cv.tenant_id = c.tenant_id AND cv.patient_id = c.patient_id "
    "AND cv.channel = %s "
    "WHERE c.tenant_id = %s AND c.case_id = %s "
    "ORDER BY cv.last_inbound_at DESC NULLS LAST LIMIT 1"
)


def reply_target(
    cur: RealDictCursor, tenant_id: str, case_id: str, channel: str
) -> dict[str, Any] | None:
    """The patient's identity on ``channel`` and when they last wrote there (24-hour window)."""
    cur.execute(REPLY_TARGET_SQL, (channel, channel, tenant_id, case_id))
    row = cur.fetchone()
    return dict(row) if row else None


# --- documents -----------------------------------------------------------------------------


def insert_document(
    cur: RealDictCursor,
    *,
    tenant_id: str,
    case_id: str,
    kind: str,
    s3_key: str,
    content_type: str,
    size_bytes: int | None,
    source: str,
    status: str,
    filename: str | None = None,
    provider_media_id: str | None = None,
    document_id: str | None = None,
) -> str | None:
    cur.execute(
        "INSERT INTO documents (document_id, tenant_id, case_id, kind, s3_key, content_type, "
        "size_bytes, source, status, filename, provider_media_id) "
        "VALUES (COALESCE(%s::uuid, gen_random_uuid()), %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) "
        "ON CONFLICT DO NOTHING RETURNING document_id",
        (
            document_id,
            tenant_id,
            case_id,
            kind,
            s3_key,
            content_type,
            size_bytes,
            source,
            status,
            filename,
            provider_media_id,
        ),
    )
    row = cur.fetchone()
    return str(row["document_id"]) if row else None


_DOC_COLUMNS = (
    "document_id, case_id, kind, s3_key, content_type, size_bytes, source, status, filename, "
    "created_at"
)


def list_documents(cur: RealDictCursor, tenant_id: str, case_id: str) -> list[dict[str, Any]]:
    cur.execute(
        f"SELECT {_DOC_COLUMNS} FROM documents WHERE tenant_id = %s AND case_id = %s "
        "ORDER BY created_at, document_id",
        (tenant_id, case_id),
    )
    return [dict(r) for r in cur.fetchall()]


def get_document(
    cur: RealDictCursor, tenant_id: str, case_id: str, document_id: str
) -> dict[str, Any] | None:
    cur.execute(
        f"SELECT {_DOC_COLUMNS} FROM documents WHERE tenant_id = %s AND case_id = %s "
        "AND document_id = %s",
        (tenant_id, case_id, document_id),
    )
    row = cur.fetchone()
    return dict(row) if row else None


def mark_document_stored(
    cur: RealDictCursor, tenant_id: str, document_id: str, size_bytes: int
) -> None:
    cur.execute(
        "UPDATE documents SET status = 'stored', size_bytes = %s WHERE tenant_id = %s "
        "AND document_id = %s",
        (size_bytes, tenant_id, document_id),
    )


def case_exists(cur: RealDictCursor, tenant_id: str, case_id: str) -> bool:
    cur.execute("SELECT 1 FROM cases WHERE tenant_id = %s AND case_id = %s", (tenant_id, case_id))
    return cur.fetchone() is not None


def days_in_post_op(cur: RealDictCursor, tenant_id: str, case_id: str) -> int | None:
    """Whole days since the case entered post-op (the day of the operation is day 0)."""
    cur.execute(
        "SELECT floor(extract(epoch FROM now() - max(occurred_at)) / 86400)::int AS days "
        "FROM case_events WHERE tenant_id = %s AND case_id = %s "
        "AND event_type = 'case.stage_changed' "
        "AND 'post_op' IN (payload->>'to_stage', payload->>'applied')",
        (tenant_id, case_id),
    )
    row = cur.fetchone()
    return int(row["days"]) if row and row["days"] is not None else None


def case_message_text(
    cur: RealDictCursor, tenant_id: str, case_id: str, message_id: str
) -> tuple[bool, str | None]:
    """(found, body) of one of the case's messages.

    ``hub.cases.events`` carries ids only; run_agent reads the patient's words here, under
    row-level security in its own tenant transaction. A message id that is not a UUID names no
    message (and must not abort the transaction with a cast error).
    """
    try:
        uuid.UUID(message_id)
    except ValueError:
        return False, None
    cur.execute(
        "SELECT body FROM messages WHERE tenant_id = %s AND case_id = %s AND message_id = %s",
        (tenant_id, case_id, message_id),
    )
    row = cur.fetchone()
    return (True, row["body"]) if row else (False, None)


def approval_reply(cur: RealDictCursor, tenant_id: str, approval_id: str) -> str | None:
    """The edited reply of a coordinator's approval, kept in its ``case_events`` row (the event
    on ``hub.cases.events`` does not carry it)."""
    cur.execute(
        "SELECT payload->>'reply' AS reply FROM case_events WHERE tenant_id = %s "
        "AND event_id = %s AND event_type = 'case.approval_decided'",
        (tenant_id, approval_id),
    )
    row = cur.fetchone()
    return row["reply"] if row else None
