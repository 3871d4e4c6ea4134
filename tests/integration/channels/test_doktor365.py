"""Doktor365 client and case sync against the stateful simulator: exactly-once appointments."""

import time
import uuid
from datetime import UTC, datetime

import pytest

from careflow_channels.doktor365 import sync
from careflow_channels.doktor365.client import Doktor365Client
from careflow_channels.doktor365.contract import AppointmentCreate, PatientCreate
from careflow_channels.errors import ProviderNotConfigured, ProviderRejected, ProviderUnavailable


@pytest.fixture
def api_key():
    return f"d365-{uuid.uuid4().hex[:8]}"


@pytest.fixture
def client(d365, tenant, api_key, policy):
    return Doktor365Client(tenant, api_key=api_key, policy=policy)


def case(stage="booked", **extra):
    return {
        "case_id": str(uuid.uuid4()),
        "stage": stage,
        "patient_id": str(uuid.uuid4()),
        "patient_name": "Jane Doe",
        "messages": [],
        "decisions": [],
        "outbound": [],
        "events": [],
        **extra,
    }


def account(d365, api_key):
    return d365.state()["accounts"].get(
        api_key, {"patients": [], "appointments": [], "documents": []}
    )


def posts(d365, path):
    return [r for r in d365.requests() if r["method"] == "POST" and r["path"] == path]


@pytest.mark.parametrize("target", [{}, {"method": "POST", "path_prefix": "/v1/appointments"}])
def test_booking_creates_exactly_one_appointment_despite_503s_and_a_replay(
    d365, client, tenant, api_key, target
):
    c = case()
    d365.fail(503, count=2, **target)  # the first two requests, or the create itself
    actions = sync.sync_case_event(tenant, "booked", c, client, event_id="evt-booked-1")
    assert [a.split(":")[0] for a in actions] == ["patient", "appointment.created"]
    # the same event again (Kafka redelivery)
    again = sync.sync_case_event(tenant, "booked", c, client, event_id="evt-booked-1")
    assert [a.split(":")[0] for a in again] == ["patient"]
    state = account(d365, api_key)
    assert len(state["patients"]) == 1 and state["patients"][0]["external_ref"] == c["patient_id"]
    [appt] = state["appointments"]
    assert (appt["kind"], appt["status"], appt["external_ref"]) == (
        "consultation",
        "proposed",
        c["case_id"],
    )
    assert [r["status"] for r in d365.requests()].count(503) == 2
    if target:
        assert [r["status"] for r in posts(d365, "/v1/appointments")] == [503, 503, 201]
    # every POST carried an Idempotency-Key
    assert all(
        r["headers"].get("idempotency-key") for r in d365.requests() if r["method"] == "POST"
    )


def test_a_timed_out_create_retried_with_the_same_key_makes_one_appointment(
    d365, client, tenant, api_key
):
    c = case()
    client.find_or_create_patient(
        PatientCreate(external_ref=c["patient_id"]), idempotency_key=f"p-{c['patient_id']}"
    )
    d365.fail(hang_s=1.5, count=1, method="POST", path_prefix="/v1/appointments")
    sync.sync_case_event(tenant, "booked", c, client, event_id="evt-hang")
    time.sleep(1.3)  # the hung create finishes on the server, with the same key
    creates = posts(d365, "/v1/appointments")
    assert len(creates) >= 2 and len({r["headers"]["idempotency-key"] for r in creates}) == 1
    assert len(account(d365, api_key)["appointments"]) == 1


def test_a_replay_under_another_event_id_finds_the_existing_appointment(
    d365, client, tenant, api_key
):
    c = case()
    sync.sync_case_event(tenant, "booked", c, client, event_id="evt-a")
    sync.sync_case_event(tenant, "booked", c, client, event_id="evt-b")
    assert len(account(d365, api_key)["appointments"]) == 1


def test_journey_booked_travel_planned_in_treatment(d365, client, tenant, api_key):
    c = case(
        schedule={
            "consultation_at": "2026-05-02T10:00:00+03:00",
            "operation_at": "2026-05-10T09:00:00+03:00",
        },
        treatment_plan={"title": "FUE hair transplant", "items": ["blood test", "3500 grafts"]},
        documents=[
            {
                "document_id": str(uuid.uuid4()),
                "kind": "report",
                "content_type": "application/pdf",
                "size": 10,
            }
        ],
    )
    sync.sync_case_event(tenant, "booked", c, client, event_id="e1")
    sync.sync_case_event(tenant, "travel_planned", c, client, event_id="e2")
    c["schedule"]["operation_at"] = "2026-05-11T09:00:00+03:00"  # the flight moved
    moved = sync.sync_case_event(tenant, "travel_planned", c, client, event_id="e3")
    assert any(a.startswith("appointment.moved:") for a in moved)
    sync.sync_case_event(tenant, "in_treatment", c, client, event_id="e4")
    sync.sync_case_event(tenant, "in_treatment", c, client, event_id="e4")  # replay
    state = account(d365, api_key)
    kinds = {a["kind"]: a for a in state["appointments"]}
    assert set(kinds) == {"consultation", "operation"} and len(state["appointments"]) == 2
    assert kinds["consultation"]["status"] == "booked"
    assert datetime.fromisoformat(kinds["consultation"]["start"]) == datetime(
        2026, 5, 2, 7, tzinfo=UTC
    )
    assert kinds["operation"]["status"] == "checked_in"
    assert datetime.fromisoformat(kinds["operation"]["start"]) == datetime(
        2026, 5, 11, 6, tzinfo=UTC
    )
    assert (
        len(state["treatment_plans"]) == 1
        and state["treatment_plans"][0]["items"][1] == "3500 grafts"
    )
    assert len(state["documents"]) == 1  # attached once across four events


def test_in_treatment_creates_the_operation_if_an_event_was_missed(d365, client, tenant, api_key):
    c = case(stage="in_treatment")
    sync.sync_case_event(tenant, "in_treatment", c, client, event_id="late")
    [appt] = account(d365, api_key)["appointments"]
    assert (appt["kind"], appt["status"]) == ("operation", "checked_in")


def test_other_events_do_nothing(d365, client, tenant):
    assert sync.sync_case_event(tenant, "quoted", case(), client, event_id="x") == []
    assert d365.requests() == []


def test_tenants_have_separate_accounts(d365, tenant, policy):
    a = Doktor365Client(tenant, api_key="key-a-" + tenant, policy=policy)
    b = Doktor365Client(f"{tenant}-b", api_key="key-b-" + tenant, policy=policy)
    c = case()
    sync.sync_case_event(tenant, "booked", c, a, event_id="e")
    assert b.find_patient(c["patient_id"]) is None
    assert a.find_patient(c["patient_id"]) is not None


def test_idempotency_key_reuse_with_another_body_is_final(d365, client):
    p = client.find_or_create_patient(PatientCreate(external_ref="p1"), idempotency_key="kp")
    body = AppointmentCreate(patient_id=p.id, kind="consultation", external_ref="case-1")
    first = client.create_appointment(body, idempotency_key="k1")
    assert client.create_appointment(body, idempotency_key="k1").id == first.id
    other = AppointmentCreate(patient_id=p.id, kind="operation", external_ref="case-1")
    with pytest.raises(ProviderRejected) as exc:
        client.create_appointment(other, idempotency_key="k1")
    assert exc.value.status == 422 and exc.value.provider_code == "idempotency_key_reuse"


def test_concurrent_patient_create_resolves_to_the_existing_one(d365, client):
    made = client.create_patient(
        PatientCreate(external_ref="p-race"), idempotency_key="other-container"
    )
    # find_or_create whose lookup missed it would get a 409 and re-read; simulate via create
    with pytest.raises(ProviderRejected) as exc:
        client.create_patient(PatientCreate(external_ref="p-race"), idempotency_key="mine")
    assert exc.value.status == 409
    assert (
        client.find_or_create_patient(
            PatientCreate(external_ref="p-race"), idempotency_key="mine"
        ).id
        == made.id
    )


def test_provider_down_is_retryable_and_nothing_half_done(d365, client, tenant, api_key):
    d365.fail(503, count=100)
    with pytest.raises(ProviderUnavailable):
        sync.sync_case_event(tenant, "booked", case(), client, event_id="down")
    assert account(d365, api_key)["appointments"] == []


def test_for_tenant_reads_the_secret(d365, tenant, monkeypatch, api_key):
    import careflow_tenant.secrets as secrets

    monkeypatch.setattr(
        secrets,
        "get_channel_secret",
        lambda t, ch: (
            {"api_key": api_key, "base_url": d365.url} if (t, ch) == (tenant, "doktor365") else None
        ),
    )
    client = Doktor365Client.for_tenant(tenant)
    assert client.base_url == f"{d365.url}/v1"
    assert api_key not in repr(client)
    assert client.find_patient("nobody") is None
    with pytest.raises(ProviderNotConfigured):
        Doktor365Client.for_tenant("no-such-tenant")
