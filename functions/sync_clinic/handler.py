"""sync_clinic — ``case.stage_changed`` on ``hub.cases.events`` → the clinic's Doktor365.

``booked`` makes the consultation appointment, ``travel_planned`` the operation,
``in_treatment`` checks the patient in (``careflow_channels.doktor365.sync``). The event is
claimed in ``processed_events`` with the sync, and every Doktor365 request carries an
idempotency key derived from the event id, so neither a replay nor a retry after a 503 makes a
second appointment. A tenant without Doktor365 is skipped; an outage is retried.
"""

from __future__ import annotations

from typing import Any

from psycopg2.extras import RealDictCursor

from careflow_channels.doktor365.client import Doktor365Client
from careflow_channels.doktor365.sync import SYNC_EVENTS, sync_case_event
from careflow_channels.errors import ProviderNotConfigured, ProviderRejected
from careflow_rds import repositories as repo
from careflow_rds.effects import run_once
from careflow_rds.repositories import Output
from careflow_shared.envelope import Envelope, StageChanged
from careflow_shared.errors import PoisonRecord
from careflow_shared.log import get_logger
from careflow_shared.telemetry.lambda_handler import instrumented
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

    def effect(cur: RealDictCursor) -> list[Output]:
        case = repo.get_case(cur, tenant, change.case_id)
        if case is None:
            raise PoisonRecord("case not found")
        case["documents"] = repo.list_documents(cur, tenant, change.case_id)
        if change.schedule:
            case["schedule"] = change.schedule
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
            repo.append_event(
                cur,
                tenant,
                change.case_id,
                f"{envelope.event_id}:d365",
                "clinic.sync_failed",
                {"stage": change.to_stage, "error": str(exc)},
            )
            return []
        repo.append_event(
            cur,
            tenant,
            change.case_id,
            f"{envelope.event_id}:d365",
            "clinic.synced",
            {"stage": change.to_stage, "actions": actions},
        )
        return []

    run_once(tenant, FUNCTION, envelope.event_id, effect, publish_many)


@instrumented(FUNCTION)
@logger.inject_lambda_context(clear_state=True)
def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    return process_kafka_batch(event, context, function=FUNCTION, handle=handle)
