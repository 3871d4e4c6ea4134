"""Real-shaped WhatsApp webhook bodies, signed as Meta signs them (demo, tests, benchmark)."""

from __future__ import annotations

import json
import time
import uuid
from typing import Any

from careflow_shared.signatures import sign

DEMO_PHONE_NUMBER_ID = "100200300400500"


def _webhook(phone_number_id: str, **value: Any) -> dict[str, Any]:
    """The envelope Meta wraps every WhatsApp change in."""
    metadata = {"display_phone_number": "15550001111", "phone_number_id": phone_number_id}
    change = {"messaging_product": "whatsapp", "metadata": metadata, **value}
    return {
        "object": "whatsapp_business_account",
        "entry": [{"id": "WABA-DEMO", "changes": [{"field": "messages", "value": change}]}],
    }


def whatsapp_text(
    *,
    wa_id: str,
    text: str,
    name: str = "Demo Patient",
    phone_number_id: str = DEMO_PHONE_NUMBER_ID,
    message_id: str | None = None,
    timestamp: int | None = None,
) -> dict[str, Any]:
    message = {
        "from": wa_id,
        "id": message_id or f"wamid.{uuid.uuid4().hex}",
        "timestamp": str(timestamp or int(time.time())),
        "type": "text",
        "text": {"body": text},
    }
    contacts = [{"profile": {"name": name}, "wa_id": wa_id}]
    return _webhook(phone_number_id, contacts=contacts, messages=[message])


def whatsapp_status(
    *, message_id: str, status: str, recipient: str, phone_number_id: str = DEMO_PHONE_NUMBER_ID
) -> dict[str, Any]:
    report = {
        "id": message_id,
        "status": status,
        "timestamp": str(int(time.time())),
        "recipient_id": recipient,
    }
    return _webhook(phone_number_id, statuses=[report])


def signed(body: dict[str, Any], app_secret: str) -> tuple[bytes, dict[str, str]]:
    raw = json.dumps(body).encode()
    return raw, {"Content-Type": "application/json", "X-Hub-Signature-256": sign(raw, app_secret)}


def whatsapp_image(
    *,
    wa_id: str,
    media_id: str,
    caption: str | None = None,
    phone_number_id: str = DEMO_PHONE_NUMBER_ID,
) -> dict[str, Any]:
    image: dict[str, Any] = {"id": media_id, "mime_type": "image/jpeg"}
    if caption:
        image["caption"] = caption
    message = {
        "from": wa_id,
        "id": f"wamid.{uuid.uuid4().hex}",
        "timestamp": str(int(time.time())),
        "type": "image",
        "image": image,
    }
    contacts = [{"profile": {"name": "Demo Patient"}, "wa_id": wa_id}]
    return _webhook(phone_number_id, contacts=contacts, messages=[message])


def instagram_text(
    *, sender_id: str, text: str, account_id: str = "17841400000000001", mid: str | None = None
) -> dict[str, Any]:
    return {
        "object": "instagram",
        "entry": [
            {
                "id": account_id,
                "time": int(time.time() * 1000),
                "messaging": [
                    {
                        "sender": {"id": sender_id},
                        "recipient": {"id": account_id},
                        "timestamp": int(time.time() * 1000),
                        "message": {
                            "mid": mid or f"aWdfZAG1faXRlbToxOklH{uuid.uuid4().hex}",
                            "text": text,
                        },
                    }
                ],
            }
        ],
    }


def onlychannel_text(
    *,
    contact_id: str,
    text: str,
    account_id: str,
    name: str = "Demo Patient",
    message_id: str | None = None,
) -> dict[str, Any]:
    now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    return {
        "version": "1",
        "account_id": account_id,
        "events": [
            {
                "id": f"evt_{uuid.uuid4().hex[:12]}",
                "type": "message.created",
                "occurred_at": now,
                "message": {
                    "id": message_id or f"ocm_{uuid.uuid4().hex[:12]}",
                    "conversation_id": f"conv_{contact_id}",
                    "direction": "inbound",
                    "source_channel": "telegram",
                    "contact": {"id": contact_id, "name": name},
                    "type": "text",
                    "text": text,
                    "sent_at": now,
                },
            }
        ],
    }


def onlychannel_signed(body: dict[str, Any], signing_secret: str) -> tuple[bytes, dict[str, str]]:
    from careflow_shared.channels import onlychannel

    raw = json.dumps(body).encode()
    header = onlychannel.sign(raw, signing_secret, int(time.time()))
    return raw, {"Content-Type": "application/json", onlychannel.SIGNATURE_HEADER: header}
