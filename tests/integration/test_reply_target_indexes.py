"""A reply finds its patient's identity and conversation by index, not by reading the tenant.

``reply_target`` runs once per outbound message; before migration 0008 both of its lookups by
patient had no index and scanned every identity and conversation of the tenant's channel.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import psycopg2

from careflow_rds import repositories as repo
from careflow_rds.tenancy import tenant_transaction


def _patient_with_case(tenant_id: str, wa_id: str, last_inbound: datetime) -> str:
    with tenant_transaction(tenant_id) as cur:
        patient = repo.upsert_patient(cur, tenant_id, "whatsapp", wa_id, None)
        repo.upsert_conversation(cur, tenant_id, patient, "whatsapp", wa_id, last_inbound)
        return str(repo.open_case(cur, tenant_id, patient)["case_id"])


def test_reply_target_returns_the_patients_own_identity_and_latest_conversation(
    tenant_factory,
) -> None:
    tenant_id = tenant_factory("reply-target")["tenant_id"]
    now = datetime.now(UTC)
    mine = f"90555{uuid.uuid4().int % 10**7:07d}"
    case_id = _patient_with_case(tenant_id, mine, now - timedelta(hours=2))
    _patient_with_case(tenant_id, f"90556{uuid.uuid4().int % 10**7:07d}", now)

    with tenant_transaction(tenant_id) as cur:
        target = repo.reply_target(cur, tenant_id, case_id, "whatsapp")
        missing = repo.reply_target(cur, tenant_id, case_id, "instagram")

    assert target is not None
    assert target["external_id"] == mine
    assert target["conversation_key"] == mine
    assert abs(target["last_inbound_at"] - (now - timedelta(hours=2))) < timedelta(seconds=1)
    assert missing is None


def _analyze(owner_dsn: str, *tables: str) -> None:
    """Fresh statistics (as the owner: ANALYZE needs the table's owner), so the planner knows the
    clinic has many patients on the channel."""
    conn = psycopg2.connect(owner_dsn)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            for table in tables:
                cur.execute(f"ANALYZE {table}")
    finally:
        conn.close()


def test_reply_target_probes_the_patient_indexes(tenant_factory, owner_dsn) -> None:
    tenant_id = tenant_factory("reply-target-plan")["tenant_id"]
    now = datetime.now(UTC)
    with tenant_transaction(tenant_id) as cur:
        for n in range(300):  # a clinic with many patients on one channel
            patient = repo.upsert_patient(cur, tenant_id, "whatsapp", f"9055800{n:05d}", None)
            repo.upsert_conversation(cur, tenant_id, patient, "whatsapp", f"9055800{n:05d}", now)
    case_id = _patient_with_case(tenant_id, f"90557{uuid.uuid4().int % 10**7:07d}", now)
    _analyze(owner_dsn, "channel_identities", "conversations", "cases")

    with tenant_transaction(tenant_id) as cur:
        # The tables are small, where a scan is cheapest; forbid it to see which index the
        # planner takes for the query that ships (without 0008 it falls back to the UNIQUE
        # (tenant_id, channel, ...) indexes and filters every row of the tenant's channel).
        cur.execute("SET LOCAL enable_seqscan = off")
        cur.execute(
            "EXPLAIN " + repo.REPLY_TARGET_SQL, ("whatsapp", "whatsapp", tenant_id, case_id)
        )
        plan = "\n".join(next(iter(row.values())) for row in cur.fetchall())

    assert "channel_identities_tenant_patient" in plan, plan
    assert "conversations_tenant_patient" in plan, plan
