"""Every rejected webhook answers with a clear status and JSON error, and publishes nothing."""

from __future__ import annotations

import os

import pytest

from careflow_shared.topology import TOPIC_INBOUND

from .conftest import text_message


def _inbound_end_offsets() -> int:
    from kafka import KafkaConsumer, TopicPartition

    consumer = KafkaConsumer(bootstrap_servers=os.environ["CAREFLOW_KAFKA_BOOTSTRAP"])
    try:
        parts = [
            TopicPartition(TOPIC_INBOUND, p) for p in consumer.partitions_for_topic(TOPIC_INBOUND)
        ]
        return sum(consumer.end_offsets(parts).values())
    finally:
        consumer.close()


@pytest.fixture
def nothing_published():
    before = _inbound_end_offsets()
    yield
    assert _inbound_end_offsets() == before


def test_bad_signature_is_401(client, tenant_factory, nothing_published):
    tenant = tenant_factory("sig")
    status, body = client.webhook(tenant, text_message("905551110001", "hi"), secret="wrong")
    assert status == 401 and body["error"]["code"] == "unauthorized"


def test_missing_signature_is_401(client, tenant_factory, nothing_published):
    tenant = tenant_factory("nosig")
    status, _, _body = client.request(
        "POST",
        f"/webhooks/whatsapp/{tenant['tenant_id']}",
        b'{"object":"whatsapp_business_account"}',
        {"Content-Type": "application/json"},
    )
    assert status == 401


def test_unknown_tenant_is_404(client, tenant_factory, nothing_published):
    tenant = dict(tenant_factory("known"), tenant_id="no-such-clinic")
    status, body = client.webhook(tenant, text_message("905551110002", "hi"))
    assert status == 404 and body["error"]["code"] == "not_found"


def test_malformed_json_is_400(client, tenant_factory, nothing_published):
    from careflow_shared.signatures import sign

    tenant = tenant_factory("json")
    raw = b'{"object": "whatsapp_business_account", "entry": ['
    status, _, body = client.request(
        "POST",
        f"/webhooks/whatsapp/{tenant['tenant_id']}",
        raw,
        {
            "Content-Type": "application/json",
            "X-Hub-Signature-256": sign(raw, tenant["app_secret"]),
        },
    )
    assert status == 400 and body["error"]["code"] == "bad_request"


def test_schema_invalid_body_is_400_with_details_and_no_values(
    client, tenant_factory, nothing_published
):
    tenant = tenant_factory("schema")
    body = text_message("905551110003", "hi")
    body["entry"][0]["changes"][0]["value"]["messages"][0]["timestamp"] = "905551110003x"
    status, payload = client.webhook(tenant, body)
    assert status == 400 and payload["error"]["details"]
    assert "905551110003" not in str(payload)  # the error names the field, not the value


def test_rate_limit_is_429(client, tenant_factory):
    tenant = tenant_factory("rl", rate_limit_per_minute=2)
    statuses = [client.webhook(tenant, text_message("905551110004", f"m{i}"))[0] for i in range(3)]
    assert statuses == [200, 200, 429]


def test_verification_handshake(client, tenant_factory):
    tenant = tenant_factory("verify")
    path = f"/webhooks/whatsapp/{tenant['tenant_id']}"
    ok = client.request(
        "GET",
        f"{path}?hub.mode=subscribe&hub.verify_token="
        f"{tenant['verify_token']}&hub.challenge=1158201444",
    )
    assert ok[0] == 200 and str(ok[2]) == "1158201444"
    assert ok[1]["Content-Type"].startswith("text/plain")
    bad = client.request("GET", f"{path}?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1")
    assert bad[0] == 403
