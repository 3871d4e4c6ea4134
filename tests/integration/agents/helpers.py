"""Shared helpers of the agent integration tests: building turns, reading checkpoint rows."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import psycopg

from careflow_agents import AgentTurn
from careflow_shared.tenant_config import TenantConfig


def make_turn(
    tenant: TenantConfig, case_id: str, text: str | None, stage: str, **extra: Any
) -> AgentTurn:
    return AgentTurn(
        tenant=tenant,
        case_id=case_id,
        message_id=extra.pop("message_id", f"wamid.{uuid.uuid4().hex}"),
        stage=stage,
        text=text,
        channel="whatsapp",
        message_type=extra.pop("message_type", "text"),
        received_at=datetime.now(UTC),
        **extra,
    )


def checkpoint_dump(dsn: str, thread_id: str) -> bytes:
    """Every stored byte of a thread (checkpoints, metadata, blobs, writes) as one blob."""
    parts: list[bytes] = []
    with psycopg.connect(dsn) as conn:
        for row in conn.execute(
            "SELECT checkpoint::text, metadata::text FROM checkpoints WHERE thread_id = %s",
            (thread_id,),
        ):
            parts.extend(str(v).encode() for v in row)
        for (blob,) in conn.execute(
            "SELECT blob FROM checkpoint_blobs WHERE thread_id = %s", (thread_id,)
        ):
            parts.append(bytes(blob or b""))
        for (blob,) in conn.execute(
            "SELECT blob FROM checkpoint_writes WHERE thread_id = %s", (thread_id,)
        ):
            parts.append(bytes(blob))
    return b"\n".join(parts)


def count_rows(dsn: str, thread_id: str) -> int:
    with psycopg.connect(dsn) as conn:
        row = conn.execute(
            "SELECT count(*) FROM checkpoints WHERE thread_id = %s", (thread_id,)
        ).fetchone()
    return int(row[0]) if row else 0
