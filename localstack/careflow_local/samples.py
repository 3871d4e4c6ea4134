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
