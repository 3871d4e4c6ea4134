"""FHIR R4 export: validates with fhir.resources, carries no PII, and is lazy to import."""

import json
import subprocess
import sys
import uuid
from datetime import UTC, datetime

import pytest

from careflow_channels.fhir import build_bundle, case_bundle

PHONE = "+90 555 111 22 33"
WA_ID = "905551112233"


def make_case(stage="booked", **extra):
    patient_id, case_id = str(uuid.uuid4()), str(uuid.uuid4())
    case = {
        "case_id": case_id,
        "stage": stage,
        "opened_at": datetime(2026, 4, 1, 8, 0, tzinfo=UTC),
        "updated_at": datetime(2026, 4, 2, 8, 0, tzinfo=UTC),
        "closed_at": None,
        "patient_id": patient_id,
        "patient_name": "Ayşe Yilmaz",
        "messages": [
            {
                "message_id": str(uuid.uuid4()),
                "direction": "inbound",
                "channel": "whatsapp",
                "message_type": "text",
                "body": f"Hair transplant price? Call me on {PHONE} or ayse@example.com",
                "media": None,
                "sent_at": datetime(2026, 4, 1, 8, 0, tzinfo=UTC),
            },
            {
                "message_id": str(uuid.uuid4()),
                "direction": "inbound",
                "channel": "whatsapp",
                "message_type": "image",
                "body": None,
                "media": {
                    "id": "wa-media-778899",
                    "mime_type": "image/jpeg",
                    "filename": "ayse.jpg",
                },
                "sent_at": datetime(2026, 4, 1, 8, 1),  # naive: taken as UTC
            },
        ],
        "decisions": [
            {
                "decision_id": str(uuid.uuid4()),
                "reply": f"Dear Ayşe Yilmaz ({WA_ID})",
                "applied_stage": stage,
            }
        ],
        "outbound": [
            {
                "outbound_id": str(uuid.uuid4()),
                "channel": "whatsapp",
                "kind": "reply",
                "body": "Thank you, we will call you.",
                "status": "delivered",
                "created_at": datetime(2026, 4, 1, 8, 2, tzinfo=UTC),
            },
            {
                "outbound_id": str(uuid.uuid4()),
                "channel": "whatsapp",
                "kind": "reply",
                "body": "not approved yet",
                "status": "awaiting_approval",
                "created_at": datetime(2026, 4, 1, 8, 3, tzinfo=UTC),
            },
        ],
        "events": [
            {
                "event_id": str(uuid.uuid4()),
                "event_type": "case.opened",
                "occurred_at": datetime(2026, 4, 1, tzinfo=UTC),
            }
        ],
    }
    case.update(extra)
    return case


DOCS = [
    {
        "document_id": str(uuid.uuid4()),
        "kind": "report",
        "content_type": "application/pdf",
        "size": 2048,
        "filename": "Ayse_Yilmaz_blood.pdf",
        "key": "tenants/t/cases/c/docs/1",
        "created_at": datetime(2026, 4, 1, 9, 0, tzinfo=UTC),
    },
]


def by_type(bundle):
    out = {}
    for entry in bundle["entry"]:
        out.setdefault(entry["resource"]["resourceType"], []).append(entry["resource"])
    return out


def test_bundle_validates_and_has_every_resource():
    from fhir.resources.R4B.bundle import Bundle

    case = make_case()
    bundle = case_bundle(case, documents=DOCS)
    Bundle.model_validate(bundle)  # round-trips through the validator
    assert bundle["resourceType"] == "Bundle" and bundle["type"] == "collection"
    types = by_type(bundle)
    assert len(types["Patient"]) == 1 and types["Patient"][0]["id"] == case["patient_id"]
    assert len(types["CarePlan"]) == 1 and types["CarePlan"][0]["id"] == case["case_id"]
    assert types["CarePlan"][0]["status"] == "active"
    assert len(types["Appointment"]) == 1
    # two patient messages + one delivered reply; the reply awaiting approval is not in it
    assert len(types["Communication"]) == 3
    assert [c["category"][0]["text"] for c in types["Communication"]].count("clinic reply") == 1
    assert len(types["DocumentReference"]) == 1
    doc = types["DocumentReference"][0]
    assert doc["content"][0]["attachment"]["contentType"] == "application/pdf"
    assert doc["id"] == DOCS[0]["document_id"]


def test_full_urls_are_unique_and_references_resolve_inside_the_bundle():
    bundle = case_bundle(make_case(stage="in_treatment"), documents=DOCS)
    urls = [e["fullUrl"] for e in bundle["entry"]]
    assert len(urls) == len(set(urls))
    text = json.dumps(bundle)
    refs = {part.split('"')[0] for part in text.split('"reference": "')[1:]}
    assert refs and refs <= set(urls)


def test_no_pii_only_our_uuids():
    case = make_case()
    text = json.dumps(case_bundle(case, documents=DOCS))
    for secret in (
        PHONE,
        "555 111 22 33",
        WA_ID,
        "Ayşe",
        "Yilmaz",
        "ayse@example.com",
        "wa-media-778899",
        "ayse.jpg",
        "Ayse_Yilmaz_blood.pdf",
        "tenants/t/cases",
    ):
        assert secret not in text, secret
    assert "[number]" in text and "[email]" in text  # message text kept, identifiers masked


@pytest.mark.parametrize(
    ("stage", "expected"),
    [("enquiry", None), ("pre_op", None), ("booked", "proposed"), ("lost", None)],
)
def test_appointment_only_once_booked_and_proposed_without_a_date(stage, expected):
    case = make_case(stage=stage)
    case["decisions"] = []
    appointments = by_type(case_bundle(case)).get("Appointment", [])
    assert [a["status"] for a in appointments] == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("stage", "status"),
    [
        ("booked", "booked"),
        ("travel_planned", "booked"),
        ("in_treatment", "arrived"),
        ("post_op", "fulfilled"),
    ],
)
def test_scheduled_appointment_status_follows_the_stage(stage, status):
    case = make_case(
        stage=stage,
        schedule={"operation_at": "2026-05-10T09:00:00+03:00", "operation_minutes": 240},
    )
    [appt] = by_type(case_bundle(case))["Appointment"]
    assert appt["status"] == status
    assert appt["start"].startswith("2026-05-10T06:00:00") or appt["start"].startswith(
        "2026-05-10T09:00:00+03:00"
    )
    assert appt["minutesDuration"] == 240


def test_closed_case_that_was_booked_keeps_its_appointment_and_completes_the_plan():
    case = make_case(stage="closed", closed_at=datetime(2026, 6, 1, tzinfo=UTC))
    case["decisions"][0]["applied_stage"] = "post_op"
    types = by_type(case_bundle(case))
    assert types["CarePlan"][0]["status"] == "completed"
    assert types["CarePlan"][0]["period"]["end"].startswith("2026-06-01")
    assert len(types["Appointment"]) == 1


def test_non_uuid_ids_get_stable_derived_uuids():
    case = make_case()
    docs = [{"document_id": "doc-7", "kind": "photo", "content_type": "image/jpeg"}]
    a = build_bundle(case, documents=docs, generated_at=datetime(2026, 1, 1, tzinfo=UTC))
    b = build_bundle(case, documents=docs, generated_at=datetime(2026, 1, 1, tzinfo=UTC))
    assert a == b
    [doc] = by_type(a)["DocumentReference"]
    assert str(uuid.UUID(doc["id"])) == doc["id"]


def test_documents_default_to_the_case_documents_key():
    case = make_case(documents=DOCS)
    assert len(by_type(case_bundle(case))["DocumentReference"]) == 1


def test_importing_the_module_does_not_import_fhir_resources():
    code = (
        "import sys; import careflow_channels.fhir; "
        "assert not any(m.startswith('fhir.resources') for m in sys.modules), 'eager'; print('lazy')"
    )
    import careflow_channels

    layer = careflow_channels.__path__[0].rsplit("/", 1)[0]
    import careflow_shared

    shared = careflow_shared.__path__[0].rsplit("/", 1)[0]
    env = {"PYTHONPATH": f"{layer}:{shared}", "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "lazy"
