"""Instagram messaging webhooks -> MessageReceived / MessageStatus, through the adapter."""

import json
from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from careflow_shared.channels import instagram, whatsapp
from careflow_shared.channels.adapter import ADAPTERS
from careflow_shared.signatures import sign

IGID = "17841400000000001"  # the clinic's Instagram professional account
IGSID = "6543210987654321"  # the patient (Instagram-scoped id)


def hook(*events, entry_id=IGID):
    return {
        "object": "instagram",
        "entry": [{"id": entry_id, "time": 1, "messaging": list(events)}],
    }


def event(message=None, *, ts=1764100000123, **extra):
    body = {"sender": {"id": IGSID}, "recipient": {"id": IGID}, "timestamp": ts, **extra}
    if message is not None:
        body["message"] = message
    return body


def parse(body):
    return ADAPTERS["instagram"].parse(json.dumps(body).encode())


def test_text_message_is_normalised():
    parsed = parse(hook(event({"mid": "aWdfZA.1", "text": "Merhaba, fiyat?"})))
    [msg] = parsed.messages
    assert msg.channel == "instagram"
    assert msg.provider_message_id == "aWdfZA.1"
    assert msg.sender_id == IGSID and msg.recipient_id == IGID
    assert msg.sender_name is None
    assert msg.message_type == "text" and msg.text == "Merhaba, fiyat?" and msg.media is None
    # Instagram timestamps are milliseconds
    assert msg.sent_at == datetime.fromtimestamp(1764100000.123, tz=UTC)
    assert parsed.statuses == []


def test_conversation_key_reuses_whatsapp_hashing_and_hides_the_sender():
    [msg] = parse(hook(event({"mid": "m1", "text": "a"}))).messages
    assert msg.conversation_key == whatsapp.conversation_key("instagram", IGID, IGSID)
    assert IGSID not in msg.conversation_key and IGID not in msg.conversation_key
    [again] = parse(hook(event({"mid": "m2", "text": "b"}))).messages
    assert again.conversation_key == msg.conversation_key
    # the same ids on WhatsApp are another conversation
    assert msg.conversation_key != whatsapp.conversation_key("whatsapp", IGID, IGSID)


def test_attachments_become_media_and_the_first_sets_the_type():
    attachments = [
        {"type": "image", "payload": {"url": "https://lookaside.fbsbx.com/ig/1"}},
        {"type": "file", "payload": {"url": "https://lookaside.fbsbx.com/ig/2"}},
    ]
    [msg] = parse(hook(event({"mid": "m3", "attachments": attachments}))).messages
    assert msg.message_type == "image"
    assert msg.text is None
    assert msg.media == {
        "url": "https://lookaside.fbsbx.com/ig/1",
        "caption": None,
        "attachments": [
            {"type": "image", "url": "https://lookaside.fbsbx.com/ig/1"},
            {"type": "document", "url": "https://lookaside.fbsbx.com/ig/2"},
        ],
    }


def test_a_file_alone_is_a_document():
    att = [{"type": "file", "payload": {"url": "https://lookaside.fbsbx.com/x"}}]
    [msg] = parse(hook(event({"mid": "m4", "attachments": att}))).messages
    assert msg.message_type == "document" and "attachments" not in msg.media


def test_echoes_deleted_and_unsupported_messages_are_not_patient_messages():
    parsed = parse(
        hook(
            event({"mid": "e1", "text": "our own reply", "is_echo": True}),
            event({"mid": "e2", "is_deleted": True}),
            event({"mid": "e3", "is_unsupported": True}),
            event({"mid": "e4"}),  # neither text nor attachments
        )
    )
    assert parsed.messages == []


def test_read_and_delivery_reports_become_statuses():
    parsed = parse(
        hook(
            event(read={"mid": "out-1"}, ts=1764100005000),
            event(delivery={"mids": ["out-2", "out-3"], "watermark": 1764100004000}),
            event(read={"watermark": 1764100004000}),  # names no message: dropped
        )
    )
    assert parsed.messages == []
    assert [(s.provider_message_id, s.status) for s in parsed.statuses] == [
        ("out-1", "read"),
        ("out-2", "delivered"),
        ("out-3", "delivered"),
    ]
    assert all(s.channel == "instagram" for s in parsed.statuses)
    assert parsed.statuses[0].occurred_at == datetime.fromtimestamp(1764100005, tz=UTC)


def test_unknown_fields_are_tolerated():
    body = hook(event({"mid": "m5", "text": "hi", "reply_to": {"mid": "x"}}, new_field=1))
    body["entry"][0]["changes"] = []
    assert len(parse(body).messages) == 1


@pytest.mark.parametrize(
    "body",
    [
        {"object": "page", "entry": [{"id": IGID, "messaging": []}]},
        {"object": "instagram", "entry": []},
        hook({"sender": {"id": IGSID}, "timestamp": 1, "message": {"mid": "m", "text": "x"}}),
        hook(event({"text": "no mid"})),
        hook(event({"mid": "m", "text": "x"}, ts="yesterday")),
    ],
)
def test_bodies_that_do_not_fit_raise_validation_error(body):
    with pytest.raises(ValidationError):
        parse(body)


def test_signature_is_meta_x_hub_signature_256():
    adapter = ADAPTERS["instagram"]
    raw = json.dumps(hook(event({"mid": "m", "text": "x"}))).encode()
    secret = {"app_secret": "ig-app-secret"}
    assert adapter.verify(raw, {"x-hub-signature-256": sign(raw, "ig-app-secret")}, secret)
    assert adapter.verify(raw, {"X-Hub-Signature-256": sign(raw, "ig-app-secret")}, secret)
    assert not adapter.verify(
        raw + b" ", {"x-hub-signature-256": sign(raw, "ig-app-secret")}, secret
    )
    assert not adapter.verify(raw, {"x-hub-signature-256": sign(raw, "other")}, secret)
    assert not adapter.verify(raw, {}, secret)
    assert not adapter.verify(raw, {"x-hub-signature-256": sign(raw, "")}, {"app_secret": ""})


def test_module_functions_match_the_adapter():
    body = hook(event({"mid": "m6", "text": "x"}), event(read={"mid": "o"}))
    model = instagram.InstagramWebhook.model_validate(body)
    parsed = parse(body)
    assert instagram.inbound_messages(model) == parsed.messages
    assert instagram.statuses(model) == parsed.statuses
