"""Export a case as a FHIR R4 ``Bundle`` (type ``collection``), validated with ``fhir.resources``.

So a clinic on any FHIR system can take careflow's data: Patient, Appointment (once the case was
booked), CarePlan (the case itself), one Communication per message, one DocumentReference per
document. References between them use ``urn:uuid:`` full URLs, as a collection bundle should.

What is deliberately *not* in it: names, phone numbers, Instagram/OnlyChannel ids, provider
message or media ids, storage keys, file names, agent decisions. The only identifiers are
careflow's own UUIDs; message text passes through the PII scrubber (phone numbers, e-mails,
IBANs masked) because patients write them into messages.

``fhir.resources`` ships its R4-line models as ``fhir.resources.R4B`` (FHIR 4.3.0, which leaves
these five resources as in R4 4.0.1). It takes ~0.5 s to import, so it is imported inside
:func:`case_bundle`, never at module import.

Input: the dict ``careflow_rds.repositories.get_case`` returns (``case_id``, ``stage``,
``patient_id``, ``opened_at``, ``closed_at``, ``messages``, ``decisions``, ``outbound``,
``events``), optionally ``documents`` (``document_id``, ``kind``, ``content_type``, ``size``,
``created_at``) and ``schedule`` (``operation_at`` ISO 8601, ``operation_minutes``).
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from careflow_shared.log import scrub

_NS = uuid.UUID("3e1d6a52-7c0b-4d8e-b2f1-5a9c8e7d6f40")
BOOKED_STAGES = frozenset({"booked", "travel_planned", "in_treatment", "post_op"})
_APPOINTMENT_STATUS = {
    "booked": "booked",
    "travel_planned": "booked",
    "in_treatment": "arrived",
    "post_op": "fulfilled",
    "closed": "fulfilled",
}
_CAREPLAN_STATUS = {"closed": "completed", "lost": "revoked"}
_SENT_STATUSES = frozenset({"sent", "delivered", "read"})


def _rid(value: Any, kind: str = "") -> str:
    """A FHIR id that is a UUID: careflow's own, or one derived from it (stable)."""
    try:
        return str(uuid.UUID(str(value)))
    except ValueError:
        return str(uuid.uuid5(_NS, f"{kind}|{value}"))


def _derived(kind: str, value: Any) -> str:
    """A stable UUID for a resource careflow has no row of its own for (appointment, bundle)."""
    return str(uuid.uuid5(_NS, f"{kind}|{value}"))


def _ref(resource_id: str) -> dict[str, str]:
    return {"reference": f"urn:uuid:{resource_id}"}


def _dt(value: Any) -> str | None:
    if value is None or value == "":
        return None
    when = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.isoformat()


def _entry(resource: dict[str, Any]) -> dict[str, Any]:
    return {"fullUrl": f"urn:uuid:{resource['id']}", "resource": resource}


def _patient(patient_id: str) -> dict[str, Any]:
    return {
        "resourceType": "Patient",
        "id": patient_id,
        "identifier": [{"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{patient_id}"}],
        "active": True,
    }


def _was_booked(case: dict[str, Any]) -> bool:
    if case.get("stage") in BOOKED_STAGES:
        return True
    return any(d.get("applied_stage") in BOOKED_STAGES for d in case.get("decisions") or [])


def _appointment(case: dict[str, Any], patient_id: str) -> dict[str, Any]:
    schedule = case.get("schedule") or {}
    start = _dt(schedule.get("operation_at"))
    resource: dict[str, Any] = {
        "resourceType": "Appointment",
        "id": _derived("appointment", case["case_id"]),
        "serviceType": [{"text": "operation"}],
        "participant": [{"actor": _ref(patient_id), "status": "accepted"}],
    }
    if start is None:
        # FHIR (app-3) allows a missing date only on proposed appointments.
        resource["status"] = "proposed"
        resource["comment"] = "Date is scheduled in the clinic's patient-management system."
        return resource
    minutes = int(schedule.get("operation_minutes") or 60)
    resource["status"] = _APPOINTMENT_STATUS.get(str(case.get("stage")), "booked")
    resource["start"] = start
    resource["end"] = (datetime.fromisoformat(start) + timedelta(minutes=minutes)).isoformat()
    resource["minutesDuration"] = minutes
    return resource


def _care_plan(case: dict[str, Any], patient_id: str, appointment_id: str | None) -> dict[str, Any]:
    stage = str(case.get("stage") or "enquiry")
    resource: dict[str, Any] = {
        "resourceType": "CarePlan",
        "id": _rid(case["case_id"], "case"),
        "identifier": [{"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{case['case_id']}"}],
        "status": _CAREPLAN_STATUS.get(stage, "active"),
        "intent": "plan",
        "category": [{"text": "health-tourism care journey"}],
        "title": "careflow case",
        "description": f"Case stage: {stage}",
        "subject": _ref(patient_id),
    }
    period = {"start": _dt(case.get("opened_at")), "end": _dt(case.get("closed_at"))}
    if any(period.values()):
        resource["period"] = {k: v for k, v in period.items() if v}
    if case.get("opened_at"):
        resource["created"] = _dt(case["opened_at"])
    if appointment_id:
        resource["activity"] = [{"reference": _ref(appointment_id)}]
    return resource


def _communication(
    *,
    resource_id: str,
    inbound: bool,
    channel: str | None,
    message_type: str | None,
    text: str | None,
    sent: Any,
    patient_id: str,
    care_plan_id: str,
) -> dict[str, Any]:
    content = scrub(text) if text else f"[{message_type or 'message'}]"
    resource: dict[str, Any] = {
        "resourceType": "Communication",
        "id": resource_id,
        "status": "completed",
        "category": [{"text": "patient message" if inbound else "clinic reply"}],
        "subject": _ref(patient_id),
        "about": [_ref(care_plan_id)],
        "payload": [{"contentString": content}],
    }
    if channel:
        resource["medium"] = [{"text": channel}]
    if sent:
        resource["sent"] = _dt(sent)
    resource["sender" if inbound else "recipient"] = (
        _ref(patient_id) if inbound else [_ref(patient_id)]
    )
    return resource


def _document(doc: dict[str, Any], patient_id: str, care_plan_id: str) -> dict[str, Any]:
    kind = str(doc.get("kind") or "document")
    attachment: dict[str, Any] = {
        "contentType": str(doc.get("content_type") or "application/octet-stream"),
        "title": kind,
    }
    if doc.get("size") is not None:
        attachment["size"] = int(doc["size"])
    if doc.get("created_at"):
        attachment["creation"] = _dt(doc["created_at"])
    resource: dict[str, Any] = {
        "resourceType": "DocumentReference",
        "id": _rid(doc["document_id"], "document"),
        "status": "current",
        "type": {"text": kind},
        "subject": _ref(patient_id),
        "content": [{"attachment": attachment}],
        "context": {"related": [_ref(care_plan_id)]},
    }
    if doc.get("created_at"):
        resource["date"] = _dt(doc["created_at"])
    return resource


def build_bundle(
    case: dict[str, Any],
    *,
    documents: list[dict[str, Any]] | None = None,
    generated_at: datetime | None = None,
) -> dict[str, Any]:
    """The bundle as plain JSON-ready data, not yet validated (see :func:`case_bundle`)."""
    patient_id = _rid(case["patient_id"], "patient")
    appointment = _appointment(case, patient_id) if _was_booked(case) else None
    care_plan = _care_plan(case, patient_id, appointment["id"] if appointment else None)
    resources: list[dict[str, Any]] = [_patient(patient_id), care_plan]
    if appointment:
        resources.append(appointment)
    for message in case.get("messages") or []:
        resources.append(
            _communication(
                resource_id=_rid(message["message_id"], "message"),
                inbound=message.get("direction", "inbound") == "inbound",
                channel=message.get("channel"),
                message_type=message.get("message_type"),
                text=message.get("body"),
                sent=message.get("sent_at"),
                patient_id=patient_id,
                care_plan_id=care_plan["id"],
            )
        )
    for out in case.get("outbound") or []:
        if out.get("status") not in _SENT_STATUSES:
            continue  # never sent: awaiting approval, rejected, failed
        resources.append(
            _communication(
                resource_id=_rid(out["outbound_id"], "outbound"),
                inbound=False,
                channel=out.get("channel"),
                message_type=out.get("kind"),
                text=out.get("body"),
                sent=out.get("created_at"),
                patient_id=patient_id,
                care_plan_id=care_plan["id"],
            )
        )
    for doc in documents if documents is not None else case.get("documents") or []:
        resources.append(_document(doc, patient_id, care_plan["id"]))
    return {
        "resourceType": "Bundle",
        "id": _derived("bundle", case["case_id"]),
        "type": "collection",
        "timestamp": (generated_at or datetime.now(UTC)).isoformat(),
        "entry": [_entry(r) for r in resources],
    }


def case_bundle(
    case: dict[str, Any],
    *,
    documents: list[dict[str, Any]] | None = None,
    generated_at: datetime | None = None,
) -> dict[str, Any]:
    """The case as a validated FHIR R4 Bundle (JSON-ready dict).

    Raises ``pydantic.ValidationError`` if the bundle does not conform — a bug in this module,
    never something to hand to a client half-built.
    """
    from fhir.resources.R4B.bundle import Bundle

    data = build_bundle(case, documents=documents, generated_at=generated_at)
    bundle = Bundle.model_validate(data)
    result: dict[str, Any] = json.loads(bundle.model_dump_json(exclude_none=True))
    return result
