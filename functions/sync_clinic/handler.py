"""sync_clinic — ``case.stage_changed`` on ``hub.cases.events`` → the clinic's Doktor365.

``booked`` makes the consultation appointment, ``travel_planned`` the operation,
``in_treatment`` checks the patient in (``careflow_channels.doktor365.sync``). The event is
claimed in ``processed_events`` with the sync, and every Doktor365 request carries an
idempotency key derived from the event id, so neither a replay nor a retry after a 503 makes a
second appointment. A tenant without Doktor365 is skipped; an outage is retried.

No transaction is open while Doktor365 answers (``run_once_split``): the case is read in a short
transaction, the requests go out with none open, and the claim and the case's ``clinic.synced``
(or ``clinic.sync_failed``) event are written together at the end. Stage changes of different
cases run concurrently (``batch_concurrency``), each case's in order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from psycopg2.extras import RealDictCursor

from careflow_channels.doktor365.client import Doktor365Client
from careflow_channels.doktor365.sync import SYNC_EVENTS, sync_case_event
from careflow_channels.errors import ProviderNotConfigured, ProviderRejected
from careflow_rds import repositories as repo
from careflow_rds.effects import Decide, run_once_split
from careflow_rds.repositories import Output
from careflow_rds.tenancy import tenant_transaction
from careflow_shared.envelope import Envelope, StageChanged
from careflow_shared.errors import PoisonRecord
from careflow_shared.log import get_logger
from careflow_streaming.batch import process_kafka_batch
from careflow_streaming.producer import publish_many

FUNCTION = "sync_clinic"
logger = get_logger(FUNCTION)


def handle(envelope: Envelope) -> None:
    if envelope.event_type != "case.stage_changed":
        return  # the other case events are run_agent's
    change = envelope.payload_as(StageChanged)
    if change.to_stage not in SYNC_EVENTS:
        return
    tenant = envelope.tenant_id
    outcome: list[tuple[str, dict[str, object]]] = []  # the case event decide() leaves

    def prepare(cur: RealDictCursor) -> Decide:
        case = repo.get_case(cur, tenant, change.case_id)
        if case is None:
            raise PoisonRecord("case not found")
        case["documents"] = repo.list_documents(cur, tenant, change.case_id)
        if change.schedule:
            case["schedule"] = change.schedule

        def decide() -> list[Output]:
            try:
                client = Doktor365Client.for_tenant(tenant)
            except ProviderNotConfigured:
                logger.info("tenant has no Doktor365; nothing to sync", extra={"tenant_id": tenant})
                return []
            try:
                actions = sync_case_event(
                    tenant, change.to_stage, case, client, event_id=envelope.event_id
                )
            except ProviderRejected as exc:  # final: record it on the case, do not retry forever
                outcome.append(
                    ("clinic.sync_failed", {"stage": change.to_stage, "error": str(exc)})
                )
                return []
            outcome.append(("clinic.synced", {"stage": change.to_stage, "actions": actions}))
            return []

        return decide

    def commit(claim: Callable[[RealDictCursor], bool]) -> bool:
        with tenant_transaction(tenant) as cur:
            if not claim(cur):
                return False
            for event_type, payload in outcome:
                repo.append_event(
                    cur, tenant, change.case_id, f"{envelope.event_id}:d365", event_type, payload
                )
        return True

    run_once_split(tenant, FUNCTION, envelope.event_id, prepare, commit, publish_many)


@logger.inject_lambda_context(clear_state=True)
def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    return process_kafka_batch(event, context, function=FUNCTION, handle=handle)
