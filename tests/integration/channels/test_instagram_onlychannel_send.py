"""Instagram and OnlyChannel senders against the simulator."""

import pytest

from careflow_channels import instagram, onlychannel
from careflow_channels.errors import ProviderRejected


def test_instagram_send_is_exactly_what_metas_api_takes(meta, tenant, policy):
    mid = instagram.send_text(
        tenant,
        access_token="IGQ-token",
        recipient_id="6543210987654321",
        text="Merhaba!",
        policy=policy,
    )
    [req] = meta.requests()
    assert (req["method"], req["path"]) == ("POST", "/v23.0/me/messages")
    assert req["headers"]["authorization"] == "Bearer IGQ-token"
    assert "access_token" not in req["query"]  # the token stays out of URLs
    assert req["json"] == {"recipient": {"id": "6543210987654321"}, "message": {"text": "Merhaba!"}}
    assert mid.startswith("mid.")


def test_instagram_retries_a_503(meta, tenant, policy):
    meta.fail(503, count=1)
    assert instagram.send_text(tenant, access_token="t", recipient_id="1", text="x", policy=policy)
    assert [r["status"] for r in meta.requests()] == [503, 200]


def send_oc(tenant, policy, key="out-1", text="Thank you"):
    return onlychannel.send_text(
        tenant,
        api_key="ock_test",
        account_id="acc_7f3k2",
        contact_id="ctc_981",
        text=text,
        idempotency_key=key,
        conversation_id="conv_42",
        policy=policy,
    )


def test_onlychannel_send_follows_our_contract(meta, tenant, policy):
    message_id = send_oc(tenant, policy)
    [req] = meta.requests()
    assert (req["method"], req["path"]) == ("POST", "/onlychannel/v1/messages")
    assert req["headers"]["authorization"] == "Bearer ock_test"
    assert req["headers"]["idempotency-key"] == "out-1"
    assert req["json"] == {
        "account_id": "acc_7f3k2",
        "contact_id": "ctc_981",
        "conversation_id": "conv_42",
        "type": "text",
        "text": "Thank you",
    }
    assert message_id.startswith("ocm_sim_")


def test_onlychannel_timeout_retry_sends_once(meta, tenant, policy):
    meta.fail(hang_s=1.5, count=1)  # processed after the client gave up
    first = send_oc(tenant, policy, key="out-2")
    import time

    time.sleep(1.2)  # let the hung request finish on the server
    sent = [s for s in meta.state()["sent"] if s["channel"] == "onlychannel"]
    assert len(sent) == 1 and sent[0]["id"] == first
    assert len(meta.requests()) == 2


def test_onlychannel_key_reuse_with_another_text_is_rejected(meta, tenant, policy):
    send_oc(tenant, policy, key="out-3")
    with pytest.raises(ProviderRejected) as exc:
        send_oc(tenant, policy, key="out-3", text="something else")
    assert exc.value.status == 422
