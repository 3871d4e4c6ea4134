"""Request bodies the senders build (the integration tests assert them on the wire too)."""

import pytest

from careflow_channels import instagram, onlychannel, whatsapp
from careflow_channels.doktor365.contract import AppointmentMove, idempotency_key


def test_whatsapp_text_body():
    assert whatsapp.text_body("905551112233", "Hello") == {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": "905551112233",
        "type": "text",
        "text": {"preview_url": False, "body": "Hello"},
    }
    with pytest.raises(ValueError):
        whatsapp.text_body("1", "x" * 4097)
    with pytest.raises(ValueError):
        whatsapp.text_body("1", "")


def test_whatsapp_template_body_with_and_without_parameters():
    t = whatsapp.Template(name="follow_up", language="tr", body_parameters=("Ayşe", "Monday"))
    body = whatsapp.template_body("1", t)
    assert body["type"] == "template"
    assert body["template"] == {
        "name": "follow_up",
        "language": {"code": "tr"},
        "components": [
            {
                "type": "body",
                "parameters": [
                    {"type": "text", "text": "Ayşe"},
                    {"type": "text", "text": "Monday"},
                ],
            }
        ],
    }
    bare = whatsapp.template_body("1", whatsapp.Template(name="hello_world", language="en_US"))
    assert bare["template"] == {"name": "hello_world", "language": {"code": "en_US"}}
    header = ({"type": "header", "parameters": [{"type": "text", "text": "X"}]},)
    custom = whatsapp.template_body(
        "1", whatsapp.Template(name="n", language="de", components=header)
    )
    assert custom["template"]["components"] == [header[0]]


def test_instagram_body_and_byte_limit():
    assert instagram.text_body("IGSID", "Merhaba") == {
        "recipient": {"id": "IGSID"},
        "message": {"text": "Merhaba"},
    }
    tagged = instagram.text_body("IGSID", "x", tag="HUMAN_AGENT")
    assert tagged["messaging_type"] == "MESSAGE_TAG" and tagged["tag"] == "HUMAN_AGENT"
    with pytest.raises(ValueError):
        instagram.text_body("IGSID", "ş" * 501)  # 1002 UTF-8 bytes


def test_onlychannel_body():
    assert onlychannel.text_body("acc", "ctc", "hi", conversation_id="conv") == {
        "account_id": "acc",
        "contact_id": "ctc",
        "conversation_id": "conv",
        "type": "text",
        "text": "hi",
    }
    assert "conversation_id" not in onlychannel.text_body("acc", "ctc", "hi")


def test_idempotency_keys_are_stable_per_tenant_event_and_action():
    k = idempotency_key("clinic-a", "evt-1", "appointment:consultation")
    assert k == idempotency_key("clinic-a", "evt-1", "appointment:consultation")
    assert k != idempotency_key("clinic-b", "evt-1", "appointment:consultation")
    assert k != idempotency_key("clinic-a", "evt-2", "appointment:consultation")
    assert k != idempotency_key("clinic-a", "evt-1", "appointment:operation")


def test_a_move_needs_something_to_change():
    with pytest.raises(ValueError):
        AppointmentMove()
    assert AppointmentMove(status="checked_in").status == "checked_in"
