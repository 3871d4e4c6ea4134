import pytest
from pydantic import ValidationError

from careflow_local.samples import whatsapp_status, whatsapp_text
from careflow_shared.channels import whatsapp


def test_text_message_is_normalised():
    body = whatsapp_text(
        wa_id="905551112233",
        text="Merhaba",
        name="Ayşe",
        message_id="wamid.A",
        timestamp=1764100000,
    )
    [msg] = whatsapp.inbound_messages(whatsapp.WhatsAppWebhook.model_validate(body))
    assert msg.provider_message_id == "wamid.A"
    assert msg.sender_id == "905551112233" and msg.sender_name == "Ayşe"
    assert msg.text == "Merhaba" and msg.message_type == "text"
    assert msg.sent_at.timestamp() == 1764100000


def test_conversation_key_is_stable_and_carries_no_phone_number():
    body = whatsapp_text(wa_id="905551112233", text="a")
    hook = whatsapp.WhatsAppWebhook.model_validate(body)
    k1 = whatsapp.inbound_messages(hook)[0].conversation_key
    k2 = whatsapp.inbound_messages(
        whatsapp.WhatsAppWebhook.model_validate(whatsapp_text(wa_id="905551112233", text="b"))
    )[0].conversation_key
    assert k1 == k2 and "5551112233" not in k1


def test_media_message_keeps_media_reference_and_caption():
    body = whatsapp_text(wa_id="1", text="x")
    msg = body["entry"][0]["changes"][0]["value"]["messages"][0]
    del msg["text"]
    msg["type"] = "image"
    msg["image"] = {
        "id": "media-1",
        "mime_type": "image/jpeg",
        "sha256": "abc",
        "caption": "my scalp",
    }
    [m] = whatsapp.inbound_messages(whatsapp.WhatsAppWebhook.model_validate(body))
    assert m.media == {
        "id": "media-1",
        "mime_type": "image/jpeg",
        "sha256": "abc",
        "caption": "my scalp",
    }
    assert m.text == "my scalp"


def test_statuses_open_no_message():
    hook = whatsapp.WhatsAppWebhook.model_validate(
        whatsapp_status(message_id="wamid.OUT", status="delivered", recipient="1")
    )
    assert whatsapp.inbound_messages(hook) == []
    assert [s.status for s in whatsapp.statuses(hook)] == ["delivered"]


@pytest.mark.parametrize(
    "mutate",
    [
        lambda b: b.update(object="instagram"),
        lambda b: b.update(entry=[]),
        lambda b: b["entry"][0]["changes"][0]["value"]["messages"][0].pop("id"),
        lambda b: b["entry"][0]["changes"][0]["value"]["messages"][0].update(timestamp="yesterday"),
    ],
)
def test_schema_violations_are_rejected(mutate):
    body = whatsapp_text(wa_id="1", text="x")
    mutate(body)
    with pytest.raises(ValidationError):
        whatsapp.WhatsAppWebhook.model_validate(body)
