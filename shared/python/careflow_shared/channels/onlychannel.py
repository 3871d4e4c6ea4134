"""OnlyChannel (Chat365) omnichannel inbox webhooks: the contract careflow accepts.

OnlyChannel's real webhook contract is not public, so careflow defines the one it accepts here
(and in ``ONLYCHANNEL.md`` beside this file); when the real contract is known, only this module
and its adapter change. The shape follows what omnichannel inboxes commonly send: a batch of
events for one account (the clinic's OnlyChannel workspace), each a new message or a delivery
report. Unknown fields are allowed so additive changes do not break the webhook.

Body (``Content-Type: application/json``, UTF-8)::

    {
      "version": "1",
      "account_id": "acc_7f3k2",                 # the clinic's OnlyChannel account
      "events": [
        {
          "id": "evt_01J9...",                   # unique per event
          "type": "message.created",
          "occurred_at": "2026-05-04T09:30:12Z", # RFC 3339 with offset
          "message": {
            "id": "ocm_01J9...",                 # idempotency key for careflow
            "conversation_id": "conv_42",
            "direction": "inbound",              # "outbound" (agent replies) is skipped
            "source_channel": "telegram",        # where the patient actually wrote
            "contact": {"id": "ctc_981", "name": "Jane Doe"},
            "type": "text",                      # text|image|document|audio|video|location|...
            "text": "Hello, I'd like a quote",
            "attachments": [
              {"type": "image", "url": "https://...", "mime_type": "image/jpeg",
               "size": 182044, "filename": "scalp.jpg"}
            ],
            "sent_at": "2026-05-04T09:30:11Z"
          }
        },
        {
          "id": "evt_01J9...", "type": "message.status", "occurred_at": "...",
          "status": {"message_id": "ocm_out_77", "status": "delivered"}
        }
      ]
    }

Signature: ``X-OnlyChannel-Signature: t=<unix seconds>,v1=<hex>`` where ``hex`` is
HMAC-SHA256 keyed with the tenant's signing secret over ``f"{t}.".encode() + raw_body``. The
timestamp is part of the signed bytes, so a captured request cannot be replayed after the
300-second tolerance; several ``v1=`` entries may be present (secret rotation) and any match
passes. Compared in constant time, on the raw bytes, before anything parses them.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from careflow_shared.channels.whatsapp import conversation_key
from careflow_shared.envelope import MessageReceived, MessageStatus

CHANNEL: Literal["onlychannel"] = "onlychannel"
SIGNATURE_HEADER = "X-OnlyChannel-Signature"
TOLERANCE_S = 300


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class Contact(_Open):
    id: str = Field(min_length=1, max_length=64)
    name: str | None = Field(default=None, max_length=256)


class Attachment(_Open):
    type: str = Field(min_length=1, max_length=32)
    url: str | None = Field(default=None, max_length=4096)
    mime_type: str | None = Field(default=None, max_length=128)
    size: int | None = Field(default=None, ge=0)
    filename: str | None = Field(default=None, max_length=256)


class Message(_Open):
    id: str = Field(min_length=1, max_length=256)
    conversation_id: str | None = Field(default=None, max_length=128)
    direction: Literal["inbound", "outbound"] = "inbound"
    source_channel: str | None = Field(default=None, max_length=32)
    contact: Contact
    type: str = Field(min_length=1, max_length=32)
    text: str | None = Field(default=None, max_length=8192)
    attachments: list[Attachment] = Field(default_factory=list)
    sent_at: AwareDatetime


class StatusReport(_Open):
    message_id: str = Field(min_length=1, max_length=256)
    status: Literal["queued", "sent", "delivered", "read", "failed"]
    error_code: str | None = Field(default=None, max_length=64)


class Event(_Open):
    id: str = Field(min_length=1, max_length=128)
    type: str = Field(min_length=1, max_length=64)
    occurred_at: AwareDatetime
    message: Message | None = None
    status: StatusReport | None = None


class OnlyChannelWebhook(_Open):
    version: Literal["1"] = "1"
    account_id: str = Field(min_length=1, max_length=64)
    events: list[Event] = Field(min_length=1, max_length=100)


# --- signature -------------------------------------------------------------------------------


def sign(raw: bytes, secret: str, timestamp: int) -> str:
    """The header value OnlyChannel sends (used by tests, the demo and the simulator)."""
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + raw, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={digest}"


def _parse_header(header: str) -> tuple[int, list[str]] | None:
    timestamp: int | None = None
    signatures: list[str] = []
    for part in header.split(","):
        key, sep, value = part.strip().partition("=")
        if not sep:
            return None
        if key == "t":
            if not value.isdigit() or len(value) > 12:
                return None
            timestamp = int(value)
        elif key == "v1":
            signatures.append(value)
    if timestamp is None or not signatures:
        return None
    return timestamp, signatures


def verify(
    raw: bytes,
    header: str | None,
    secret: str,
    *,
    now: float | None = None,
    tolerance_s: int = TOLERANCE_S,
) -> bool:
    """True when a ``v1`` signature matches and ``t`` is within the tolerance of ``now``.

    Every candidate is compared (no early exit on the first mismatch) so timing reveals nothing
    about which one was close.
    """
    if not header or not secret:
        return False
    parsed = _parse_header(header)
    if parsed is None:
        return False
    timestamp, signatures = parsed
    current = time.time() if now is None else now
    if abs(current - timestamp) > tolerance_s:
        return False
    expected = sign(raw, secret, timestamp).partition(",v1=")[2]
    matched = False
    for candidate in signatures:
        matched |= hmac.compare_digest(expected, candidate)
    return matched


# --- normalisation ---------------------------------------------------------------------------


def _media(message: Message) -> dict[str, Any] | None:
    if not message.attachments:
        return None
    first = message.attachments[0]
    media: dict[str, Any] = {
        "url": first.url,
        "mime_type": first.mime_type,
        "size": first.size,
        "caption": message.text,
    }
    if len(message.attachments) > 1:
        media["attachments"] = [
            {"type": a.type, "url": a.url, "mime_type": a.mime_type, "size": a.size}
            for a in message.attachments
        ]
    return media


def inbound_messages(hook: OnlyChannelWebhook) -> list[MessageReceived]:
    out: list[MessageReceived] = []
    for event in hook.events:
        msg = event.message
        if event.type != "message.created" or msg is None or msg.direction != "inbound":
            continue
        out.append(
            MessageReceived(
                channel=CHANNEL,
                provider_message_id=msg.id,
                conversation_key=conversation_key(CHANNEL, hook.account_id, msg.contact.id),
                sender_id=msg.contact.id,
                sender_name=msg.contact.name,
                recipient_id=hook.account_id,
                message_type=msg.type,
                text=msg.text,
                media=_media(msg),
                sent_at=msg.sent_at,
            )
        )
    return out


def statuses(hook: OnlyChannelWebhook) -> list[MessageStatus]:
    return [
        MessageStatus(
            channel=CHANNEL,
            provider_message_id=event.status.message_id,
            status=event.status.status,
            occurred_at=event.occurred_at,
        )
        for event in hook.events
        if event.type == "message.status" and event.status is not None
    ]
