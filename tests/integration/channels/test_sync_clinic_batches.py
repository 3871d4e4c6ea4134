"""sync_clinic with conversation-parallel batches against the Doktor365 simulator and real
Postgres: each case's booking makes one appointment while the cases run at once, Doktor365 is
called with no transaction open, and a redelivered batch makes nothing twice."""

from __future__ import annotations

import uuid

import psycopg2.extensions

from careflow_local.invoke import load_handler
from careflow_rds.connection import current_connection
from careflow_rds.tenancy import tenant_transaction
from careflow_shared.envelope import Envelope, StageChanged
from tests.integration.batches import OK, Deadline, case_events_batch, open_cases


def _booked(tid: str, case_id: str, day: int) -> Envelope:
    return Envelope.first(
        str(uuid.uuid4()),
        "case.stage_changed",
        tid,
        StageChanged(
            case_id=case_id,
            from_stage="quoted",
            to_stage="booked",
            source="staff",
            schedule={"consultation_at": f"2026-12-{day:02d}T09:00:00Z"},
        ),
    )


def _synced(tid: str) -> list[str]:
    with tenant_transaction(tid) as cur:
        cur.execute(
            "SELECT case_id FROM case_events WHERE event_type = 'clinic.synced' ORDER BY case_id"
        )
        return [str(r["case_id"]) for r in cur.fetchall()]


def test_bookings_of_several_cases_at_once_each_make_one_appointment(
    tenant_factory, d365, monkeypatch
):
    tenant = tenant_factory("sync")
    tid, api_key = tenant["tenant_id"], tenant["secrets"]["doktor365"]["api_key"]
    cases = list(open_cases(tid, {f"p{i}": [f"Hello, patient {i} here"] for i in range(4)}))
    stage_events = [_booked(tid, case_id, 10 + i) for i, case_id in enumerate(cases)]
    monkeypatch.setenv("CAREFLOW_BATCH_CONCURRENCY", "4")
    handler = load_handler("sync_clinic")

    # Doktor365 is called with no transaction open: the worker holds no connection at all (it
    # leases one from the container's pool per transaction).
    real = handler.sync_case_event
    in_transaction: list[bool] = []

    def watched(tenant_id, stage, case, client, *, event_id):
        conn = current_connection()
        in_transaction.append(
            conn is not None
            and conn.get_transaction_status() != psycopg2.extensions.TRANSACTION_STATUS_IDLE
        )
        return real(tenant_id, stage, case, client, event_id=event_id)

    monkeypatch.setattr(handler, "sync_case_event", watched)
    event = case_events_batch(stage_events)
    assert handler.handler(event, Deadline("sync_clinic")) == OK
    assert in_transaction == [False] * 4
    assert sorted(_synced(tid)) == sorted(cases)
    appointments = d365.state()["accounts"][api_key]["appointments"]
    assert len(appointments) == 4

    # The whole batch again (a redelivery from its lowest offset): nothing new anywhere.
    assert handler.handler(event, Deadline("sync_clinic")) == OK
    assert len(d365.state()["accounts"][api_key]["appointments"]) == 4
    assert sorted(_synced(tid)) == sorted(cases)
