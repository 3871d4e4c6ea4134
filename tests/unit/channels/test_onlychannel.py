"""OnlyChannel: our documented webhook contract and its timestamped HMAC signature."""

import json
import time
from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from careflow_shared.channels import onlychannel, whatsapp
from careflow_shared.channels.adapter import ADAPTERS

SECRET = "whsec_test_0123456789"
NOW = 1_764_100_000


def message_event(**overrides):
    message = {
        "id": "ocm_1",
        "conversation_id": "conv_42",
        "direction": "inbound",
        "source_channel": "telegram",
        "contact": {"id": "ctc_981", "name": "Jane Doe"},
        "type": "text",
        "text": "Hello, I'd like a quote",
        "sent_at": "2026-05-04T09:30:11Z",
    }
    message.update(overrides)
    return {
        "id": "evt_1",
        "type": "message.created",
        "occurred_at": "2026-05-04T09:30:12Z",
        "message": message,
    }


def body(*events):
    return {"version": "1", "account_id": "acc_7f3k2", "events": list(events or [message_event()])}


def raw(b):
    return json.dumps(b).encode()


def test_message_is_normalised():
    parsed = ADAPTERS["onlychannel"].parse(raw(body()))
    [msg] = parsed.messages
    assert msg.channel == "onlychannel"
    assert msg.provider_message_id == "ocm_1"
    assert msg.sender_id == "ctc_981" and msg.sender_name == "Jane Doe"
    assert msg.recipient_id == "acc_7f3k2"
    assert msg.message_type == "text" and msg.text == "Hello, I'd like a quote"
    assert msg.sent_at == datetime(2026, 5, 4, 9, 30, 11, tzinfo=UTC)
    assert msg.conversation_key == whatsapp.conversation_key("onlychannel", "acc_7f3k2", "ctc_981")
    assert "ctc_981" not in msg.conversation_key


def test_attachments_outbound_and_status_events():
    photo = message_event(
        id="ocm_2",
        type="image",
        text="front view",
        attachments=[
            {
                "type": "image",
                "url": "https://f.example/1.jpg",
                "mime_type": "image/jpeg",
                "size": 10,
            },
            {
                "type": "image",
                "url": "https://f.example/2.jpg",
                "mime_type": "image/png",
                "size": 20,
            },
        ],
    )
    echo = message_event(id="ocm_3", direction="outbound")
    status = {
        "id": "evt_9",
        "type": "message.status",
        "occurred_at": "2026-05-04T09:31:00+03:00",
        "status": {"message_id": "ocm_out_77", "status": "delivered"},
    }
    other = {"id": "evt_10", "type": "contact.updated", "occurred_at": "2026-05-04T09:31:00Z"}
    parsed = ADAPTERS["onlychannel"].parse(raw(body(photo, echo, status, other)))
    [msg] = parsed.messages
    assert msg.message_type == "image" and msg.text == "front view"
    assert msg.media["url"] == "https://f.example/1.jpg"
    assert msg.media["mime_type"] == "image/jpeg" and len(msg.media["attachments"]) == 2
    [st] = parsed.statuses
    assert (st.channel, st.provider_message_id, st.status) == (
        "onlychannel",
        "ocm_out_77",
        "delivered",
    )
    assert st.occurred_at == datetime(2026, 5, 4, 6, 31, tzinfo=UTC)


@pytest.mark.parametrize(
    "mutate",
    [
        lambda b: b.update(version="2"),
        lambda b: b.update(events=[]),
        lambda b: b.pop("account_id"),
        lambda b: b["events"][0]["message"].pop("contact"),
        lambda b: b["events"][0]["message"].update(sent_at="2026-05-04T09:30:11"),  # no offset
        lambda b: b["events"][0].update(occurred_at="soon"),
        lambda b: b.update(
            events=[
                {
                    "id": "e",
                    "type": "message.status",
                    "occurred_at": "2026-05-04T09:30:12Z",
                    "status": {"message_id": "x", "status": "exploded"},
                }
            ]
        ),
    ],
)
def test_bodies_that_do_not_fit_raise_validation_error(mutate):
    b = body()
    mutate(b)
    with pytest.raises(ValidationError):
        ADAPTERS["onlychannel"].parse(raw(b))


# --- signature ---------------------------------------------------------------------------------


def test_sign_is_hmac_of_timestamp_dot_body():
    import hashlib
    import hmac

    payload = raw(body())
    expected = hmac.new(SECRET.encode(), f"{NOW}.".encode() + payload, hashlib.sha256).hexdigest()
    assert onlychannel.sign(payload, SECRET, NOW) == f"t={NOW},v1={expected}"


def test_valid_signature_passes_within_tolerance_both_ways():
    payload = raw(body())
    header = onlychannel.sign(payload, SECRET, NOW)
    assert onlychannel.verify(payload, header, SECRET, now=NOW)
    assert onlychannel.verify(payload, header, SECRET, now=NOW + 300)
    assert onlychannel.verify(payload, header, SECRET, now=NOW - 300)


def test_timestamp_outside_tolerance_is_refused():
    payload = raw(body())
    header = onlychannel.sign(payload, SECRET, NOW)
    assert not onlychannel.verify(payload, header, SECRET, now=NOW + 301)  # replayed later
    assert not onlychannel.verify(payload, header, SECRET, now=NOW - 301)  # from the future


def test_tampering_is_detected():
    payload = raw(body())
    header = onlychannel.sign(payload, SECRET, NOW)
    digest = header.partition(",v1=")[2]
    assert not onlychannel.verify(payload.replace(b"quote", b"QUOTE"), header, SECRET, now=NOW)
    # moving the timestamp (to dodge the tolerance) breaks the signature
    assert not onlychannel.verify(payload, f"t={NOW + 100},v1={digest}", SECRET, now=NOW + 100)
    flipped = digest[:-1] + ("0" if digest[-1] != "0" else "1")
    assert not onlychannel.verify(payload, f"t={NOW},v1={flipped}", SECRET, now=NOW)
    assert not onlychannel.verify(payload, header, "another-secret", now=NOW)


@pytest.mark.parametrize(
    "header",
    [
        None,
        "",
        "v1=abc",
        f"t={NOW}",
        "t=soon,v1=abc",
        "garbage",
        f"t={NOW};v1=abc",
        f"t={'9' * 20},v1=a",
    ],
)
def test_malformed_headers_are_refused(header):
    assert not onlychannel.verify(raw(body()), header, SECRET, now=NOW)


def test_empty_secret_never_verifies():
    payload = raw(body())
    assert not onlychannel.verify(payload, onlychannel.sign(payload, "", NOW), "", now=NOW)


def test_rotation_any_v1_matches():
    payload = raw(body())
    new = onlychannel.sign(payload, SECRET, NOW).partition(",v1=")[2]
    old = onlychannel.sign(payload, "old-secret", NOW).partition(",v1=")[2]
    assert onlychannel.verify(payload, f"t={NOW},v1={old},v1={new}", SECRET, now=NOW)
    assert onlychannel.verify(payload, f"t={NOW}, v1={new}, v1={old}", SECRET, now=NOW)


def test_adapter_verify_uses_the_header_and_current_clock():
    adapter = ADAPTERS["onlychannel"]
    payload = raw(body())
    secret = {"signing_secret": SECRET}
    fresh = onlychannel.sign(payload, SECRET, int(time.time()))
    assert adapter.verify(payload, {"x-onlychannel-signature": fresh}, secret)
    assert adapter.verify(payload, {"X-OnlyChannel-Signature": fresh}, secret)
    stale = onlychannel.sign(payload, SECRET, int(time.time()) - 3600)
    assert not adapter.verify(payload, {"x-onlychannel-signature": stale}, secret)
    assert not adapter.verify(payload, {"x-onlychannel-signature": fresh}, {})
    assert adapter.handshake({"hub.mode": "subscribe"}, secret) is None
