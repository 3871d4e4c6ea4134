"""Shared helpers of the agent integration tests: building turns, reading checkpoint rows."""

from __future__ import annotations

from typing import Any

import psycopg

from careflow_agents import AgentTurn
from careflow_shared.tenant_config import TenantConfig
from tests.unit.agents.conftest import turn_for


def make_turn(
    tenant: TenantConfig, case_id: str, text: str | None, stage: str, **extra: Any
) -> AgentTurn:
    """``turn_for`` of the unit tests, with the case id first (these tests keep one per case)."""
    return turn_for(tenant, text, stage, case_id=case_id, **extra)


def as_tenant_of(conn: psycopg.Connection, thread_id: str) -> None:
    """Set the thread's tenant for the current transaction, as the checkpointer does: row-level
    security shows a transaction only its tenant's threads."""
    conn.execute("SELECT set_config('app.tenant_id', %s, true)", (thread_id.split(":", 1)[0],))


def checkpoint_dump(dsn: str, thread_id: str) -> bytes:
    """Every stored byte of a thread (checkpoints, metadata, blobs, writes) as one blob."""
    parts: list[bytes] = []
    with psycopg.connect(dsn) as conn:
        as_tenant_of(conn, thread_id)
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
        as_tenant_of(conn, thread_id)
        row = conn.execute(
            "SELECT count(*) FROM checkpoints WHERE thread_id = %s", (thread_id,)
        ).fetchone()
    return int(row[0]) if row else 0
