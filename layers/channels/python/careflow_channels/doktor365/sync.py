"""Keep Doktor365 in step with a case: the stage event decides which appointment to touch.

=================  ==========================================================================
stage event        effect in Doktor365
=================  ==========================================================================
``booked``         patient found or created; a ``consultation`` appointment for the case;
                   the treatment plan (``case["treatment_plan"]``) attached when present
``travel_planned`` the ``operation`` appointment created, or moved when its date changed
``in_treatment``   the ``operation`` appointment (created if an earlier event was missed)
                   moved to ``checked_in``
=================  ==========================================================================

Every stage event also attaches the case's documents (``case["documents"]``) not yet there.

Exactly-once effect under at-least-once delivery, twice over:

1. every ``POST`` carries an ``Idempotency-Key`` derived from (tenant, event id, action), so a
   replayed event — or a retry after a timeout whose first attempt did land — repeats the very
   same request and Doktor365 answers the first result instead of acting again;
2. before creating, the sync looks for what an earlier event already made (by careflow's case id
   in ``external_ref``), so even a *different* event for the same booking does not duplicate it.

The function is pure apart from the client: no database, no clock; the caller passes the case
dict (``careflow_rds.repositories.get_case`` plus the optional keys above) and the event id.
Optional inputs: ``case["schedule"] = {"consultation_at", "operation_at"}`` (ISO 8601 or
datetime), ``case["language"]``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from careflow_channels.doktor365.client import Doktor365Client
from careflow_channels.doktor365.contract import (
    Appointment,
    AppointmentCreate,
    AppointmentKind,
    AppointmentMove,
    DocumentAttach,
    Patient,
    PatientCreate,
    TreatmentPlanCreate,
    idempotency_key,
)

SYNC_EVENTS = frozenset({"booked", "travel_planned", "in_treatment"})


def _when(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    when = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if when.tzinfo is None:
        raise ValueError("schedule times must carry a timezone")
    return when


class _Sync:
    def __init__(
        self, tenant_id: str, event_id: str, case: dict[str, Any], client: Doktor365Client
    ):
        self.tenant_id = tenant_id
        self.event_id = event_id
        self.case = case
        self.case_id = str(case["case_id"])
        self.client = client
        self.actions: list[str] = []

    def key(self, action: str) -> str:
        return idempotency_key(self.tenant_id, self.event_id, action)

    def patient(self) -> Patient:
        body = PatientCreate(
            external_ref=str(self.case["patient_id"]),
            display_name=self.case.get("patient_name"),
            preferred_language=self.case.get("language"),
        )
        patient = self.client.find_or_create_patient(body, idempotency_key=self.key("patient"))
        self.actions.append(f"patient:{patient.id}")
        return patient

    def appointment(
        self, patient: Patient, kind: AppointmentKind, start: datetime | None
    ) -> tuple[Appointment, bool]:
        """The case's appointment of this kind, created if missing; True when created now."""
        existing = self.client.list_appointments(patient.id, external_ref=self.case_id, kind=kind)
        live = [a for a in existing if a.status != "cancelled"]
        if live:
            return live[0], False
        created = self.client.create_appointment(
            AppointmentCreate(
                patient_id=patient.id,
                kind=kind,
                status="booked" if start else "proposed",
                start=start,
                external_ref=self.case_id,
            ),
            idempotency_key=self.key(f"appointment:{kind}"),
        )
        self.actions.append(f"appointment.created:{created.id}")
        return created, True

    def move(self, appointment: Appointment, move: AppointmentMove, action: str) -> Appointment:
        moved = self.client.move_appointment(
            appointment.id, move, idempotency_key=self.key(f"move:{appointment.kind}:{action}")
        )
        self.actions.append(f"appointment.moved:{moved.id}")
        return moved

    def treatment_plan(self, patient: Patient) -> None:
        plan = self.case.get("treatment_plan")
        if not isinstance(plan, dict) or not plan.get("title"):
            return
        created = self.client.attach_treatment_plan(
            patient.id,
            TreatmentPlanCreate(
                external_ref=self.case_id,
                title=str(plan["title"]),
                items=[str(i) for i in plan.get("items", [])],
                notes=plan.get("notes"),
            ),
            idempotency_key=self.key("treatment_plan"),
        )
        self.actions.append(f"treatment_plan:{created.id}")

    def documents(self, patient: Patient) -> None:
        for doc in self.case.get("documents") or []:
            ref = str(doc["document_id"])
            if self.client.list_documents(patient.id, external_ref=ref):
                continue
            attached = self.client.attach_document(
                patient.id,
                DocumentAttach(
                    external_ref=ref,
                    kind=str(doc.get("kind") or "document"),
                    content_type=str(doc.get("content_type") or "application/octet-stream"),
                    size=doc.get("size"),
                    url=doc.get("url"),
                ),
                idempotency_key=self.key(f"document:{ref}"),
            )
            self.actions.append(f"document:{attached.id}")


def sync_case_event(
    tenant_id: str,
    event_type: str,
    case: dict[str, Any],
    client: Doktor365Client,
    *,
    event_id: str,
) -> list[str]:
    """Apply one case stage event to Doktor365; returns what was done (ids only, no PII).

    Other event types are a no-op (``[]``). Errors from the client propagate:
    ``ProviderUnavailable`` is retryable (let the event be redelivered — the keys make that
    safe), ``ProviderRejected`` is final.
    """
    if event_type not in SYNC_EVENTS:
        return []
    sync = _Sync(tenant_id, event_id, case, client)
    schedule = case.get("schedule") or {}
    patient = sync.patient()
    if event_type == "booked":
        sync.appointment(patient, "consultation", _when(schedule.get("consultation_at")))
        sync.treatment_plan(patient)
    elif event_type == "travel_planned":
        start = _when(schedule.get("operation_at"))
        appointment, created = sync.appointment(patient, "operation", start)
        if not created and start is not None and appointment.start != start:
            sync.move(appointment, AppointmentMove(start=start, status="booked"), "reschedule")
    else:  # in_treatment
        appointment, _ = sync.appointment(patient, "operation", _when(schedule.get("operation_at")))
        if appointment.status != "checked_in":
            sync.move(appointment, AppointmentMove(status="checked_in"), "check_in")
    sync.documents(patient)
    return sync.actions
