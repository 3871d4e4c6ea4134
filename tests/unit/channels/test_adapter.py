"""The channel-adapter interface and registry, and the WhatsApp wrapper's parity."""

import json

import pytest
from pydantic import ValidationError

from careflow_local.samples import whatsapp_status, whatsapp_text
from careflow_shared.channels import whatsapp
from careflow_shared.channels.adapter import ADAPTERS, ChannelAdapter, ParsedWebhook, header
from careflow_shared.signatures import sign


def test_registry_holds_the_three_channels_each_implementing_the_interface():
    assert set(ADAPTERS) == {"whatsapp", "instagram", "onlychannel"}
    for name, adapter in ADAPTERS.items():
        assert isinstance(adapter, ChannelAdapter)
        assert adapter.name == name


def test_whatsapp_adapter_matches_the_existing_module():
    body = whatsapp_text(
        wa_id="905551112233", text="Merhaba", message_id="wamid.A", timestamp=1764100000
    )
    parsed = ADAPTERS["whatsapp"].parse(json.dumps(body).encode())
    assert isinstance(parsed, ParsedWebhook)
    assert parsed.messages == whatsapp.inbound_messages(
        whatsapp.WhatsAppWebhook.model_validate(body)
    )
    assert parsed.statuses == []


def test_whatsapp_statuses_become_message_status():
    body = whatsapp_status(message_id="wamid.OUT", status="read", recipient="1")
    parsed = ADAPTERS["whatsapp"].parse(json.dumps(body).encode())
    [status] = parsed.statuses
    assert (status.channel, status.provider_message_id, status.status) == (
        "whatsapp",
        "wamid.OUT",
        "read",
    )
    timestamp = body["entry"][0]["changes"][0]["value"]["statuses"][0]["timestamp"]
    assert status.occurred_at.timestamp() == int(timestamp)


def test_whatsapp_verify_on_raw_bytes():
    raw = json.dumps(whatsapp_text(wa_id="1", text="x")).encode()
    adapter = ADAPTERS["whatsapp"]
    assert adapter.verify(
        raw, {"x-hub-signature-256": sign(raw, "s3cret")}, {"app_secret": "s3cret"}
    )
    assert not adapter.verify(
        raw, {"x-hub-signature-256": sign(raw, "s3cret")}, {"app_secret": "x"}
    )
    assert not adapter.verify(raw, {"x-hub-signature-256": sign(raw, "s3cret")}, {})


@pytest.mark.parametrize("channel", ["whatsapp", "instagram", "onlychannel"])
@pytest.mark.parametrize(
    "raw", [b"{}", b"not json", b'{"object": "something_else", "entry": [{}]}']
)
def test_every_adapter_raises_validation_error_on_bodies_that_do_not_fit(channel, raw):
    with pytest.raises(ValidationError):
        ADAPTERS[channel].parse(raw)


@pytest.mark.parametrize("channel", ["whatsapp", "instagram"])
def test_meta_handshake(channel):
    adapter = ADAPTERS[channel]
    secret = {"verify_token": "tok-123"}
    ok = {"hub.mode": "subscribe", "hub.verify_token": "tok-123", "hub.challenge": "1158201444"}
    assert adapter.handshake(ok, secret) == "1158201444"
    assert adapter.handshake({**ok, "hub.verify_token": "wrong"}, secret) is None
    assert adapter.handshake({**ok, "hub.mode": "unsubscribe"}, secret) is None
    assert (
        adapter.handshake({k: v for k, v in ok.items() if k != "hub.verify_token"}, secret) is None
    )
    # a tenant without a verify token never accepts a subscription (not even an empty token)
    assert adapter.handshake({**ok, "hub.verify_token": ""}, {}) is None


def test_onlychannel_has_no_handshake():
    assert (
        ADAPTERS["onlychannel"].handshake({"hub.mode": "subscribe"}, {"verify_token": "x"}) is None
    )


def test_header_lookup_is_case_insensitive():
    headers = {"X-Hub-Signature-256": "a", "content-type": "b"}
    assert header(headers, "x-hub-signature-256") == "a"
    assert header(headers, "Content-Type") == "b"
    assert header(headers, "missing") is None
