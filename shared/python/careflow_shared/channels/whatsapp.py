"""WhatsApp Business Cloud API webhooks (Meta's format), parsed with pydantic.

Only what careflow uses is modelled; unknown fields are allowed because Meta adds fields without
notice and a webhook must not start failing on that.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from careflow_shared.envelope import MessageReceived

_MEDIA_TYPES = ("image", "document", "audio", "video", "sticker")


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class Profile(_Open):
    name: str | None = None


class Contact(_Open):
    wa_id: str
    profile: Profile | None = None


class Text(_Open):
    body: str = Field(max_length=4096)


class Message(_Open):
    from_: str = Field(alias="from", min_length=1, max_length=32)
    id: str = Field(min_length=1, max_length=256)
    timestamp: str = Field(pattern=r"^\d{1,12}$")
    type: str = Field(min_length=1, max_length=32)
    text: Text | None = None


class Status(_Open):
    id: str
    status: str
    timestamp: str
    recipient_id: str | None = None


class Metadata(_Open):
    display_phone_number: str | None = None
    phone_number_id: str


class Value(_Open):
    messaging_product: Literal["whatsapp"]
    metadata: Metadata
    contacts: list[Contact] = Field(default_factory=list)
    messages: list[Message] = Field(default_factory=list)
    statuses: list[Status] = Field(default_factory=list)


class Change(_Open):
    field: str
    value: Value


class Entry(_Open):
    id: str
    changes: list[Change]


class WhatsAppWebhook(_Open):
    object: Literal["whatsapp_business_account"]
    entry: list[Entry] = Field(min_length=1)


def conversation_key(channel: str, business_id: str, sender_id: str) -> str:
    """A stable, non-reversible conversation id: the Kafka key must not carry a phone number."""
    return hashlib.sha256(f"{channel}|{business_id}|{sender_id}".encode()).hexdigest()[:32]


def inbound_messages(hook: WhatsAppWebhook) -> list[MessageReceived]:
    out: list[MessageReceived] = []
    for entry in hook.entry:
        for change in entry.changes:
            if change.field != "messages":
                continue
            value = change.value
            names = {c.wa_id: (c.profile.name if c.profile else None) for c in value.contacts}
            for msg in value.messages:
                media: dict[str, Any] | None = None
                if msg.type in _MEDIA_TYPES:
                    raw = (msg.model_extra or {}).get(msg.type)
                    if isinstance(raw, dict):
                        media = {
                            k: raw[k] for k in ("id", "mime_type", "sha256", "filename") if k in raw
                        }
                        caption = raw.get("caption")
                        media["caption"] = caption if isinstance(caption, str) else None
                text = msg.text.body if msg.text else (media or {}).get("caption")
                out.append(
                    MessageReceived(
                        channel="whatsapp",
                        provider_message_id=msg.id,
                        conversation_key=conversation_key(
                            "whatsapp", value.metadata.phone_number_id, msg.from_
                        ),
                        sender_id=msg.from_,
                        sender_name=names.get(msg.from_),
                        recipient_id=value.metadata.phone_number_id,
                        message_type=msg.type,
                        text=text,
                        media=media,
                        sent_at=datetime.fromtimestamp(int(msg.timestamp), tz=UTC),
                    )
                )
    return out


def statuses(hook: WhatsAppWebhook) -> list[Status]:
    return [
        s for e in hook.entry for c in e.changes if c.field == "messages" for s in c.value.statuses
    ]
