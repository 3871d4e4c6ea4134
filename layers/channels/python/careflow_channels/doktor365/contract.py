"""The Doktor365 patient-management API as careflow defines it: the one place its shapes live.

Doktor365's real API is not reachable from here, so this module *is* the contract: the client,
the sync and the local simulator all import these models, and adapting to the real API means
changing this module and the client's paths, nothing else.

Endpoints (JSON, ``Authorization: Bearer <api_key>``; every ``POST`` carries ``Idempotency-Key``)::

    GET  /v1/patients?external_ref={careflow patient id}      -> Page[Patient]
    POST /v1/patients                        PatientCreate     -> 201 Patient
                                             (409 duplicate_external_ref if it already exists)
    GET  /v1/appointments?patient_id=&external_ref=&kind=      -> Page[Appointment]
    POST /v1/appointments                    AppointmentCreate -> 201 Appointment
    POST /v1/appointments/{id}/move          AppointmentMove   -> 200 Appointment
    POST /v1/patients/{id}/treatment-plans   TreatmentPlanCreate -> 201 TreatmentPlan
    GET  /v1/patients/{id}/documents?external_ref=             -> Page[DocumentRef]
    POST /v1/patients/{id}/documents         DocumentAttach    -> 201 DocumentRef

Idempotency: a ``POST`` repeating an ``Idempotency-Key`` with the same body answers the first
response again (``Idempotent-Replayed: true``) and changes nothing; the same key with a different
body is ``422 idempotency_key_reuse``. Errors are ``{"error": {"code", "message"}}``; ``429`` and
``5xx`` are transient (``Retry-After`` honoured), other ``4xx`` final.

``external_ref`` always holds careflow's own UUIDs (patient, case, document), which is how a
replayed or re-ordered event finds what an earlier one created.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, model_validator

API_VERSION = "v1"
_KEY_NS = uuid.UUID("8c4a5f0e-1d2b-4a7e-9f3c-6b5d4e3a2f10")

AppointmentKind = Literal["consultation", "operation"]
AppointmentStatus = Literal["proposed", "booked", "checked_in", "fulfilled", "cancelled"]


def idempotency_key(tenant_id: str, event_id: str, action: str) -> str:
    """A stable key per (tenant, event, action): a replayed event sends the very same keys."""
    return str(uuid.uuid5(_KEY_NS, f"{tenant_id}|{event_id}|{action}"))


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --- requests --------------------------------------------------------------------------------


class PatientCreate(_Strict):
    external_ref: str = Field(min_length=1, max_length=64)
    display_name: str | None = Field(default=None, max_length=256)
    preferred_language: str | None = Field(default=None, max_length=8)


class AppointmentCreate(_Strict):
    patient_id: str = Field(min_length=1, max_length=64)
    kind: AppointmentKind
    status: AppointmentStatus = "booked"
    start: AwareDatetime | None = None
    external_ref: str = Field(min_length=1, max_length=64)  # careflow case id
    notes: str | None = Field(default=None, max_length=2000)


class AppointmentMove(_Strict):
    """Reschedule (``start``) and/or advance the status; at least one of them."""

    start: AwareDatetime | None = None
    status: AppointmentStatus | None = None
    reason: str | None = Field(default=None, max_length=500)

    @model_validator(mode="after")
    def _something(self) -> AppointmentMove:
        if self.start is None and self.status is None:
            raise ValueError("a move needs a new start or a new status")
        return self


class TreatmentPlanCreate(_Strict):
    external_ref: str = Field(min_length=1, max_length=64)  # careflow case id
    title: str = Field(min_length=1, max_length=200)
    items: list[str] = Field(default_factory=list, max_length=100)
    notes: str | None = Field(default=None, max_length=4000)


class DocumentAttach(_Strict):
    external_ref: str = Field(min_length=1, max_length=64)  # careflow document id
    kind: str = Field(min_length=1, max_length=32)
    content_type: str = Field(min_length=1, max_length=128)
    size: int | None = Field(default=None, ge=0)
    url: str | None = Field(default=None, max_length=4096)  # short-lived presigned download


# --- responses -------------------------------------------------------------------------------


class Patient(_Model):
    id: str
    external_ref: str
    display_name: str | None = None
    preferred_language: str | None = None
    created_at: datetime


class Appointment(_Model):
    id: str
    patient_id: str
    kind: AppointmentKind
    status: AppointmentStatus
    start: datetime | None = None
    external_ref: str
    created_at: datetime
    updated_at: datetime


class TreatmentPlan(_Model):
    id: str
    patient_id: str
    external_ref: str
    title: str
    items: list[str] = Field(default_factory=list)
    created_at: datetime


class DocumentRef(_Model):
    id: str
    patient_id: str
    external_ref: str
    kind: str
    content_type: str
    created_at: datetime


class PatientPage(_Model):
    items: list[Patient]


class AppointmentPage(_Model):
    items: list[Appointment]


class DocumentPage(_Model):
    items: list[DocumentRef]
