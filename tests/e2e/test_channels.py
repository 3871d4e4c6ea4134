"""The loop with the outside world: Instagram and OnlyChannel in, media into S3, the reply out to
the provider (our Meta simulator records the exact request), delivery statuses, Doktor365 in
step with bookings — against the simulators ``careflow services up`` starts."""

from __future__ import annotations

import json
import os
import uuid

import pytest

from careflow_channels import whatsapp as wa_send
from careflow_local.auth import mint_token
from careflow_local.samples import (
    instagram_text,
    onlychannel_signed,
    onlychannel_text,
    signed,
    whatsapp_image,
    whatsapp_status,
)
from careflow_local.simulators._server import connect
from careflow_local.simulators.meta_graph import add_media
from careflow_rds.tenancy import tenant_transaction

from .conftest import move_stage, msk_event, text_message, wait_for


@pytest.fixture(scope="module")
def meta():
    return connect(os.environ["CAREFLOW_META_GRAPH_URL"])


@pytest.fixture(scope="module")
def d365():
    return connect(os.environ["CAREFLOW_DOKTOR365_URL"])


def _case(client, tenant_id, *, decisions=1):
    def ready():
        _, listing = client.api(tenant_id, "/v1/cases")
        if not listing.get("cases"):
            return None
        _, case = client.api(tenant_id, f"/v1/cases/{listing['cases'][0]['case_id']}")
        return case if len(case["decisions"]) >= decisions else None

    return wait_for(ready)


def _sent(meta, *, token, path):
    return [
        r
        for r in meta.requests()
        if r["path"] == path
        and r["headers"].get("authorization") == f"Bearer {token}"
        and r["method"] == "POST"
    ]


def _outbound(tenant_id, kind="reply"):
    with tenant_transaction(tenant_id) as cur:
        cur.execute(
            "SELECT outbound_id, status, provider_message_id, send_mode, attempts, body "
            "FROM outbound_messages WHERE kind = %s ORDER BY created_at",
            (kind,),
        )
        return [dict(r) for r in cur.fetchall()]


def test_the_agents_reply_reaches_whatsapp_as_meta_expects(client, tenant_factory, meta):
    tenant = tenant_factory("wa-out")
    token = tenant["secrets"]["whatsapp"]["access_token"]
    path = f"/v23.0/{tenant['phone_number_id']}/messages"
    client.webhook(tenant, text_message("905551250001", "Hello, do you offer dental implants?"))
    case = _case(client, tenant["tenant_id"])
    reply = case["decisions"][0]["reply"]
    [request] = wait_for(lambda: _sent(meta, token=token, path=path))
    assert request["json"] == wa_send.text_body("905551250001", reply)
    assert request["json"]["to"] == "905551250001" and request["json"]["type"] == "text"
    assert request["headers"]["content-type"] == "application/json"
    [out] = wait_for(lambda: [o for o in _outbound(tenant["tenant_id"]) if o["status"] == "sent"])
    assert out["provider_message_id"].startswith("wamid.") and out["send_mode"] == "free_text"

    # Meta's delivery report for that message updates it
    status, _ = client.webhook(
        tenant,
        whatsapp_status(
            message_id=out["provider_message_id"],
            status="delivered",
            recipient="905551250001",
            phone_number_id=tenant["phone_number_id"],
        ),
    )
    assert status == 200
    wait_for(lambda: _outbound(tenant["tenant_id"])[0]["status"] == "delivered")


def test_with_the_provider_down_replies_wait_and_go_out_once(client, tenant_factory, meta):
    tenant = tenant_factory("wa-down")
    token = tenant["secrets"]["whatsapp"]["access_token"]
    path = f"/v23.0/{tenant['phone_number_id']}/messages"
    meta.fail(503, count=4, method="POST", path_prefix=path)
    client.webhook(tenant, text_message("905551250002", "Hello there"))
    _case(client, tenant["tenant_id"])
    wait_for(lambda: [o for o in _outbound(tenant["tenant_id"]) if o["status"] == "sent"], 60)
    answered = [r["status"] for r in _sent(meta, token=token, path=path)]
    assert answered.count(503) == 4 and answered.count(200) == 1  # waited, then exactly once
    [out] = _outbound(tenant["tenant_id"])
    assert out["status"] == "sent"


def test_an_instagram_message_becomes_a_case_and_is_answered(client, tenant_factory, meta):
    tenant = tenant_factory("ig")
    sender = str(uuid.uuid4().int)[:16]
    raw, headers = signed(
        instagram_text(sender_id=sender, text="Hi! I would like information about rhinoplasty"),
        tenant["app_secret"],
    )
    status, _, body = client.request(
        "POST", f"/webhooks/instagram/{tenant['tenant_id']}", raw, headers
    )
    assert status == 200 and body["accepted"] == 1
    case = _case(client, tenant["tenant_id"])
    assert case["messages"][0]["channel"] == "instagram"
    token = tenant["secrets"]["instagram"]["access_token"]
    [request] = wait_for(lambda: _sent(meta, token=token, path="/v23.0/me/messages"))
    assert request["json"]["recipient"] == {"id": sender}
    assert request["json"]["message"]["text"] == case["decisions"][0]["reply"]


def test_an_onlychannel_message_becomes_a_case_and_is_answered(client, tenant_factory, meta):
    tenant = tenant_factory("oc")
    oc = tenant["secrets"]["onlychannel"]
    body = onlychannel_text(
        contact_id="ctc_" + uuid.uuid4().hex[:8],
        text="Merhaba, burun estetiği hakkında bilgi almak istiyorum",  # noqa: RUF001
        account_id=oc["account_id"],
    )
    raw, headers = onlychannel_signed(body, oc["signing_secret"])
    status, _, answer = client.request(
        "POST", f"/webhooks/onlychannel/{tenant['tenant_id']}", raw, headers
    )
    assert status == 200 and answer["accepted"] == 1
    case = _case(client, tenant["tenant_id"])
    assert case["messages"][0]["channel"] == "onlychannel"
    sent = wait_for(lambda: _sent(meta, token=oc["api_key"], path="/onlychannel/v1/messages"))
    assert sent[0]["json"]["contact_id"] == body["events"][0]["message"]["contact"]["id"]
    # a signature made with another secret is refused
    raw, headers = onlychannel_signed(body, "not-the-secret")
    assert (
        client.request("POST", f"/webhooks/onlychannel/{tenant['tenant_id']}", raw, headers)[0]
        == 401
    )


def test_a_whatsapp_photo_lands_in_s3_and_on_the_case(client, tenant_factory, meta):
    from careflow_documents.store import get_s3
    from careflow_shared.settings import get_settings

    tenant = tenant_factory("photo")
    media_id = str(uuid.uuid4().int)[:16]
    photo = b"\xff\xd8\xff\xe0" + os.urandom(2048)
    add_media(meta, media_id, photo, "image/jpeg")
    client.webhook(
        tenant,
        whatsapp_image(
            wa_id="905551250003",
            media_id=media_id,
            caption="my scalp, front view",
            phone_number_id=tenant["phone_number_id"],
        ),
    )
    case = _case(client, tenant["tenant_id"])
    assert case["messages"][0]["message_type"] == "image"
    _, listing = client.api(tenant["tenant_id"], f"/v1/cases/{case['case_id']}/documents")
    [doc] = listing["documents"]
    assert doc["kind"] == "photo" and doc["status"] == "stored" and doc["size_bytes"] == len(photo)
    with tenant_transaction(tenant["tenant_id"]) as cur:
        cur.execute("SELECT s3_key FROM documents")
        key = cur.fetchone()["s3_key"]
    assert key.startswith(f"tenants/{tenant['tenant_id']}/cases/{case['case_id']}/media/")
    obj = get_s3().get_object(Bucket=get_settings().documents_bucket, Key=key)
    assert obj["Body"].read() == photo


def test_a_booking_makes_exactly_one_appointment_despite_503s_and_replays(
    client, tenant_factory, d365, runtime
):
    tenant = tenant_factory("book")
    tid = tenant["tenant_id"]
    client.webhook(tenant, text_message("905551250004", "I want a hair transplant"))
    case_id = _case(client, tid)["case_id"]
    _, case = client.api(tid, f"/v1/cases/{case_id}")
    for stage in ("qualifying", "pre_op", "quoted"):
        if case["stage"] != stage:
            assert move_stage(client, tid, case_id, stage)[0] == 200
    assert move_stage(client, tid, case_id, "closed")[0] == 409  # not an allowed move
    api_key = tenant["secrets"]["doktor365"]["api_key"]
    d365.fail(503, count=2, method="POST")
    status, body = move_stage(
        client, tid, case_id, "booked", consultation_at="2026-12-01T09:00:00Z"
    )
    assert status == 200 and body["stage"] == "booked"
    assert move_stage(client, tid, case_id, "booked")[1] == {"status": "duplicate"}  # client retry

    def appointments():
        account = d365.state()["accounts"].get(api_key) or {}
        return account.get("appointments") or None

    [appointment] = wait_for(appointments, 60)
    assert appointment["kind"] == "consultation"

    # replay the stage event itself, as Kafka may redeliver it: still one appointment
    with tenant_transaction(tid) as cur:
        cur.execute("SELECT outputs FROM processed_events WHERE consumer = 'api.stage'")
        outs = [
            o
            for (row) in cur.fetchall()
            for o in row["outputs"]
            if o["envelope"]["payload"]["to_stage"] == "booked"
        ]
    [out] = outs
    event = msk_event(out["topic"], out["key"].encode(), json.dumps(out["envelope"]).encode())
    for _ in range(2):
        assert runtime.invoke("sync_clinic", event) == {"batchItemFailures": []}
    assert len(appointments()) == 1
    assert len(d365.state()["accounts"][api_key]["patients"]) == 1
    _, case = client.api(tid, f"/v1/cases/{case_id}")
    assert "clinic.synced" in [e["event_type"] for e in case["events"]]


def test_fhir_export_of_a_case(client, tenant_factory):
    tenant = tenant_factory("fhir")
    client.webhook(tenant, text_message("905551250005", "Hello, I need information"))
    case = _case(client, tenant["tenant_id"])
    status, bundle = client.api(tenant["tenant_id"], f"/v1/cases/{case['case_id']}/fhir")
    assert status == 200 and bundle["resourceType"] == "Bundle"
    kinds = {e["resource"]["resourceType"] for e in bundle["entry"]}
    assert {"Patient", "CarePlan", "Communication"} <= kinds
    assert "905551250005" not in json.dumps(bundle)
    other = tenant_factory("fhir-other")["tenant_id"]
    assert client.api(other, f"/v1/cases/{case['case_id']}/fhir")[0] == 404


def test_a_red_flag_is_escalated_to_the_on_call_coordinator(client, tenant_factory, meta):
    tenant = tenant_factory("esc", on_call={"coordinator_id": "oncall-1", "name": "Ayşe"})
    tid = tenant["tenant_id"]
    client.webhook(
        tenant,
        text_message(
            "905551250006",
            "I had my operation 3 days ago and now I have heavy bleeding and high fever",
        ),
    )
    case = _case(client, tid)
    [decision] = case["decisions"]
    assert decision["urgency"] == "urgent" and decision["action"] == "escalate"
    [notice] = wait_for(lambda: [o for o in _outbound(tid, "escalation") if o["status"] == "sent"])
    assert notice["send_mode"] == "template"  # a staff number has no open 24-hour window
    assert "905551250006" not in notice["body"]  # the notice names the case, not the patient
    path = f"/v23.0/{tenant['phone_number_id']}/messages"
    token = tenant["secrets"]["whatsapp"]["access_token"]
    to_coordinator = [
        r
        for r in _sent(meta, token=token, path=path)
        if r["json"]["to"] == tenant["secrets"]["escalation"]["to"]
    ]
    assert len(to_coordinator) == 1 and to_coordinator[0]["json"]["type"] == "template"
    # and the patient got the safety reply too
    wait_for(lambda: [o for o in _outbound(tid) if o["status"] == "sent"])


def test_an_instagram_photo_lands_in_s3_and_on_the_case(client, tenant_factory, meta):
    tenant = tenant_factory("ig-photo")
    media_id = str(uuid.uuid4().int)[:16]
    photo = b"\x89PNG\r\n\x1a\n" + os.urandom(1024)
    add_media(meta, media_id, photo, "image/png")
    body = instagram_text(sender_id=str(uuid.uuid4().int)[:16], text="front view")
    message = body["entry"][0]["messaging"][0]["message"]
    message["attachments"] = [
        {
            "type": "image",
            "payload": {"url": f"{os.environ['CAREFLOW_META_GRAPH_URL']}/_cdn/{media_id}?oh=sig"},
        }
    ]
    raw, headers = signed(body, tenant["app_secret"])
    assert (
        client.request("POST", f"/webhooks/instagram/{tenant['tenant_id']}", raw, headers)[0] == 200
    )
    case = _case(client, tenant["tenant_id"])
    _, listing = client.api(tenant["tenant_id"], f"/v1/cases/{case['case_id']}/documents")
    [doc] = listing["documents"]
    assert (doc["kind"], doc["status"], doc["source"]) == ("photo", "stored", "instagram")
    _, one = client.api(
        tenant["tenant_id"], f"/v1/cases/{case['case_id']}/documents/{doc['document_id']}"
    )
    import urllib.request

    with urllib.request.urlopen(one["download_url"], timeout=10) as resp:
        assert resp.read() == photo


def test_a_presigned_upload_is_bound_to_its_type_and_size(client, tenant_factory):
    import urllib.request

    tenant = tenant_factory("upload")
    tid = tenant["tenant_id"]
    client.webhook(tenant, text_message("905551250007", "Hello"))
    case = _case(client, tid)
    headers = {"Authorization": f"Bearer {mint_token(tid)}", "Content-Type": "application/json"}
    pdf = b"%PDF-1.4 careflow test report " + os.urandom(64)
    status, _, created = client.request(
        "POST",
        f"/v1/cases/{case['case_id']}/documents",
        json.dumps(
            {
                "filename": "blood-test.pdf",
                "content_type": "application/pdf",
                "size_bytes": len(pdf),
            }
        ).encode(),
        headers,
    )
    assert status == 201
    upload = created["upload"]

    def post(content: bytes, content_type: str) -> int:
        boundary = uuid.uuid4().hex
        parts = [
            f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
            for k, v in {**upload["fields"], "Content-Type": content_type}.items()
        ]
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
            f'filename="f"\r\nContent-Type: {content_type}\r\n\r\n'.encode()
            + content
            + f"\r\n--{boundary}--\r\n".encode()
        )
        req = urllib.request.Request(
            upload["url"],
            data=b"".join(parts),
            method="POST",
            headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
        )
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:
                return resp.status
        except urllib.error.HTTPError as err:
            return err.code

    doc_path = f"/v1/cases/{case['case_id']}/documents/{created['document_id']}"
    assert client.api(tid, doc_path)[0] == 409  # not uploaded yet
    assert post(pdf + b"more than declared" * 100, "application/pdf") >= 400  # size is bound
    assert post(pdf, "image/png") >= 400  # content type is bound
    assert post(pdf, "application/pdf") in (200, 201, 204)
    status, doc = client.api(tid, doc_path)
    assert status == 200 and doc["status"] == "stored" and doc["size_bytes"] == len(pdf)
    with urllib.request.urlopen(doc["download_url"], timeout=10) as resp:
        assert resp.read() == pdf
    other = tenant_factory("upload-other")["tenant_id"]
    assert client.api(other, doc_path)[0] == 404
