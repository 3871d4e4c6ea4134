"""A stateful stand-in for the Doktor365 patient-management API, as ``contract.py`` defines it.

It keeps patients, appointments, treatment plans and documents in memory, one account per API
key (so two tenants never see each other's data), validates request bodies with the very models
careflow's client sends, and honours ``Idempotency-Key`` the way the contract promises: same key
and body → the first answer again (``Idempotent-Replayed: true``), nothing changes; same key with
another body → ``422 idempotency_key_reuse``; a ``POST`` without a key → ``400``.

Together with the shared ``/_sim/fail`` control (429/5xx/hang) this is what proves careflow's
Doktor365 sync exactly-once: ``GET /_sim/state`` shows how many appointments really exist.

Run: ``python -m careflow_local.simulators.doktor365 --port 18082``.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import uuid
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, ValidationError

from careflow_local.simulators._server import (
    RemoteSimulator,
    Request,
    Response,
    Simulator,
    connect,
    error,
    main,
    start_app,
)

DEFAULT_PORT = 18082
_PATIENT_SUB = re.compile(r"^/v1/patients/([0-9A-Za-z_-]+)/(treatment-plans|documents)$")
_MOVE = re.compile(r"^/v1/appointments/([0-9A-Za-z_-]+)/move$")

__all__ = ["DEFAULT_PORT", "Doktor365App", "RemoteSimulator", "Simulator", "connect", "start"]


def _now() -> str:
    return datetime.now(UTC).isoformat()


def _new_id(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:12]}"


class _Account:
    def __init__(self) -> None:
        self.patients: dict[str, dict[str, Any]] = {}
        self.appointments: dict[str, dict[str, Any]] = {}
        self.treatment_plans: dict[str, dict[str, Any]] = {}
        self.documents: dict[str, dict[str, Any]] = {}
        self.keys: dict[str, tuple[str, Response]] = {}

    def dump(self) -> dict[str, Any]:
        return {
            "patients": list(self.patients.values()),
            "appointments": list(self.appointments.values()),
            "treatment_plans": list(self.treatment_plans.values()),
            "documents": list(self.documents.values()),
        }


class Doktor365App:
    def __init__(self) -> None:
        from careflow_channels.doktor365 import contract

        self.contract = contract
        self._lock = threading.Lock()
        self.accounts: dict[str, _Account] = {}

    def reset(self) -> None:
        with self._lock:
            self.accounts = {}

    def state(self) -> Any:
        with self._lock:
            return {"accounts": {key: acc.dump() for key, acc in self.accounts.items()}}

    def control(self, request: Request) -> Response | None:
        return None

    # --- dispatch ----------------------------------------------------------------------------

    def handle(self, request: Request, base_url: str) -> Response:
        api_key = request.bearer()
        if api_key is None:
            return error(401, "unauthorized", "bearer API key required")
        with self._lock:
            account = self.accounts.setdefault(api_key, _Account())
            if request.method == "GET":
                return self._get(account, request)
            if request.method != "POST":
                return error(405, "method_not_allowed", request.method)
            key = request.header("idempotency-key")
            if not key:
                return error(400, "idempotency_key_required", "Idempotency-Key header is required")
            fingerprint = hashlib.sha256(
                json.dumps([request.path, request.json], sort_keys=True).encode()
            ).hexdigest()
            if key in account.keys:
                seen, answer = account.keys[key]
                if seen != fingerprint:
                    return error(422, "idempotency_key_reuse", "key reused with another request")
                return Response(answer.status, answer.body, {"Idempotent-Replayed": "true"})
            answer = self._post(account, request)
            if answer.status < 500:
                account.keys[key] = (fingerprint, answer)
            return answer

    def _validate(self, model: type[BaseModel], body: Any) -> BaseModel | Response:
        try:
            return model.model_validate(body)
        except ValidationError as exc:
            details = [
                {"loc": ".".join(str(p) for p in e["loc"]), "msg": e["msg"]} for e in exc.errors()
            ]
            return error(
                400, "invalid_request", "body does not match the contract", details=details
            )

    def _get(self, account: _Account, request: Request) -> Response:
        q = request.query
        if request.path == "/v1/patients":
            items = [
                p
                for p in account.patients.values()
                if "external_ref" not in q or p["external_ref"] == q["external_ref"]
            ]
            return Response(200, {"items": items})
        if request.path == "/v1/appointments":
            items = [
                a
                for a in account.appointments.values()
                if all(a.get(f) == q[f] for f in ("patient_id", "external_ref", "kind") if f in q)
            ]
            return Response(200, {"items": items})
        if (m := _PATIENT_SUB.match(request.path)) and m.group(2) == "documents":
            items = [
                d
                for d in account.documents.values()
                if d["patient_id"] == m.group(1)
                and ("external_ref" not in q or d["external_ref"] == q["external_ref"])
            ]
            return Response(200, {"items": items})
        return error(404, "not_found", "no such resource")

    def _post(self, account: _Account, request: Request) -> Response:
        c = self.contract
        if request.path == "/v1/patients":
            body = self._validate(c.PatientCreate, request.json)
            if isinstance(body, Response):
                return body
            ref = body.model_dump()["external_ref"]
            existing = [p for p in account.patients.values() if p["external_ref"] == ref]
            if existing:
                return error(409, "duplicate_external_ref", "patient exists", id=existing[0]["id"])
            patient = {"id": _new_id("pat"), **body.model_dump(mode="json"), "created_at": _now()}
            account.patients[patient["id"]] = patient
            return Response(201, patient)
        if request.path == "/v1/appointments":
            body = self._validate(c.AppointmentCreate, request.json)
            if isinstance(body, Response):
                return body
            data = body.model_dump(mode="json")
            if data["patient_id"] not in account.patients:
                return error(404, "patient_not_found", "no such patient")
            now = _now()
            appt = {"id": _new_id("apt"), **data, "created_at": now, "updated_at": now}
            account.appointments[appt["id"]] = appt
            return Response(201, appt)
        if m := _MOVE.match(request.path):
            current = account.appointments.get(m.group(1))
            if current is None:
                return error(404, "appointment_not_found", "no such appointment")
            body = self._validate(c.AppointmentMove, request.json)
            if isinstance(body, Response):
                return body
            changes = body.model_dump(mode="json", exclude_none=True)
            changes.pop("reason", None)
            current.update(changes, updated_at=_now())
            return Response(200, dict(current))
        if m := _PATIENT_SUB.match(request.path):
            patient_id, what = m.groups()
            if patient_id not in account.patients:
                return error(404, "patient_not_found", "no such patient")
            model = c.TreatmentPlanCreate if what == "treatment-plans" else c.DocumentAttach
            body = self._validate(model, request.json)
            if isinstance(body, Response):
                return body
            prefix, store = (
                ("plan", account.treatment_plans)
                if what == "treatment-plans"
                else ("doc", account.documents)
            )
            item = {
                "id": _new_id(prefix),
                "patient_id": patient_id,
                **body.model_dump(mode="json"),
                "created_at": _now(),
            }
            store[item["id"]] = item
            return Response(201, item)
        return error(404, "not_found", "no such resource")


def start(port: int = 0) -> Simulator:
    """Start the simulator in this process (a server thread) on 127.0.0.1."""
    return start_app(Doktor365App(), port)


if __name__ == "__main__":
    raise SystemExit(main("doktor365", Doktor365App(), DEFAULT_PORT))
