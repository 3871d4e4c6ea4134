"""A typed client for the Doktor365 contract (``contract.py``), through ``careflow_channels.http``.

Credentials are per tenant, in Secrets Manager under ``{prefix}/{tenant}/doktor365`` as
``{"api_key": ..., "base_url"?: ...}``; without ``base_url`` the ``CAREFLOW_DOKTOR365_URL``
environment variable is used (the local simulator, or the clinic's regional endpoint).
"""

from __future__ import annotations

from typing import Any

from careflow_channels import http
from careflow_channels.doktor365.contract import (
    API_VERSION,
    Appointment,
    AppointmentCreate,
    AppointmentKind,
    AppointmentMove,
    AppointmentPage,
    DocumentAttach,
    DocumentPage,
    DocumentRef,
    Patient,
    PatientCreate,
    PatientPage,
    TreatmentPlan,
    TreatmentPlanCreate,
)
from careflow_channels.errors import ProviderNotConfigured, ProviderRejected

PROVIDER = "doktor365"


class Doktor365Client:
    def __init__(
        self,
        tenant_id: str,
        *,
        api_key: str,
        base_url: str | None = None,
        policy: http.CallPolicy | None = None,
    ) -> None:
        if not api_key:
            raise ProviderNotConfigured("doktor365 api_key is empty")
        self.tenant_id = tenant_id
        self.base_url = f"{http.base_url(PROVIDER, base_url)}/{API_VERSION}"
        self._api_key = api_key
        self.policy = policy

    @classmethod
    def for_tenant(
        cls, tenant_id: str, *, policy: http.CallPolicy | None = None
    ) -> Doktor365Client:
        from careflow_tenant.secrets import get_channel_secret

        secret = get_channel_secret(tenant_id, PROVIDER)
        if not secret or not secret.get("api_key"):
            raise ProviderNotConfigured("tenant has no doktor365 secret")
        return cls(
            tenant_id,
            api_key=str(secret["api_key"]),
            base_url=str(secret["base_url"]) if secret.get("base_url") else None,
            policy=policy,
        )

    def __repr__(self) -> str:  # never the key
        return f"Doktor365Client(tenant_id={self.tenant_id!r}, base_url={self.base_url!r})"

    # --- plumbing ----------------------------------------------------------------------------

    def _get(self, path: str, params: dict[str, str]) -> Any:
        return http.request(
            "GET",
            f"{self.base_url}{path}",
            tenant_id=self.tenant_id,
            provider=PROVIDER,
            headers=http.bearer(self._api_key),
            params=params,
            policy=self.policy,
        ).json()

    def _post(self, path: str, body: dict[str, Any], idempotency_key: str) -> Any:
        return http.request(
            "POST",
            f"{self.base_url}{path}",
            tenant_id=self.tenant_id,
            provider=PROVIDER,
            headers={**http.bearer(self._api_key), "Idempotency-Key": idempotency_key},
            json=body,
            policy=self.policy,
        ).json()

    # --- patients ----------------------------------------------------------------------------

    def find_patient(self, external_ref: str) -> Patient | None:
        page = PatientPage.model_validate(self._get("/patients", {"external_ref": external_ref}))
        return page.items[0] if page.items else None

    def create_patient(self, body: PatientCreate, *, idempotency_key: str) -> Patient:
        data = self._post("/patients", body.model_dump(mode="json"), idempotency_key)
        return Patient.model_validate(data)

    def find_or_create_patient(self, body: PatientCreate, *, idempotency_key: str) -> Patient:
        """Look up by careflow's patient id; create when missing; survive a concurrent create."""
        found = self.find_patient(body.external_ref)
        if found is not None:
            return found
        try:
            return self.create_patient(body, idempotency_key=idempotency_key)
        except ProviderRejected as exc:
            if exc.status != 409:
                raise
        found = self.find_patient(body.external_ref)
        if found is None:
            raise ProviderRejected(PROVIDER, 409, message="patient conflict but not found")
        return found

    # --- appointments ------------------------------------------------------------------------

    def list_appointments(
        self,
        patient_id: str,
        *,
        external_ref: str | None = None,
        kind: AppointmentKind | None = None,
    ) -> list[Appointment]:
        params = {"patient_id": patient_id}
        if external_ref:
            params["external_ref"] = external_ref
        if kind:
            params["kind"] = kind
        return AppointmentPage.model_validate(self._get("/appointments", params)).items

    def create_appointment(self, body: AppointmentCreate, *, idempotency_key: str) -> Appointment:
        data = self._post("/appointments", body.model_dump(mode="json"), idempotency_key)
        return Appointment.model_validate(data)

    def move_appointment(
        self, appointment_id: str, body: AppointmentMove, *, idempotency_key: str
    ) -> Appointment:
        data = self._post(
            f"/appointments/{appointment_id}/move",
            body.model_dump(mode="json", exclude_none=True),
            idempotency_key,
        )
        return Appointment.model_validate(data)

    # --- treatment plans and documents --------------------------------------------------------

    def attach_treatment_plan(
        self, patient_id: str, body: TreatmentPlanCreate, *, idempotency_key: str
    ) -> TreatmentPlan:
        data = self._post(
            f"/patients/{patient_id}/treatment-plans", body.model_dump(mode="json"), idempotency_key
        )
        return TreatmentPlan.model_validate(data)

    def list_documents(
        self, patient_id: str, *, external_ref: str | None = None
    ) -> list[DocumentRef]:
        params = {"external_ref": external_ref} if external_ref else {}
        data = self._get(f"/patients/{patient_id}/documents", params)
        return DocumentPage.model_validate(data).items

    def attach_document(
        self, patient_id: str, body: DocumentAttach, *, idempotency_key: str
    ) -> DocumentRef:
        data = self._post(
            f"/patients/{patient_id}/documents",
            body.model_dump(mode="json", exclude_none=True),
            idempotency_key,
        )
        return DocumentRef.model_validate(data)
