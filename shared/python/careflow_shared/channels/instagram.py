"""Instagram messaging webhooks (Meta's format), parsed with pydantic.

Meta delivers Instagram direct messages as ``object: "instagram"`` with ``entry[].messaging[]``
events: a ``message`` (text and/or attachments), a ``read`` (Instagram's ``messaging_seen``) or a
``delivery`` report. Only what careflow uses is modelled; unknown fields are allowed because Meta
adds fields without notice and a webhook must not start failing on that.

Echoes (``is_echo``: the clinic's own account sent it, e.g. from the Instagram app or from us)
and deleted/unsupported messages are not patient messages and are skipped. Timestamps are
milliseconds since the epoch, unlike WhatsApp's seconds.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from careflow_shared.channels.whatsapp import conversation_key
from careflow_shared.envelope import MessageReceived, MessageStatus

CHANNEL: Literal["instagram"] = "instagram"

# Instagram attachment type -> careflow message type (what the pre-op checklist counts).
_KINDS = {"image": "image", "video": "video", "audio": "audio", "file": "document"}


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class Party(_Open):
    id: str = Field(min_length=1, max_length=64)


class AttachmentPayload(_Open):
    url: str | None = Field(default=None, max_length=4096)


class Attachment(_Open):
    type: str = Field(min_length=1, max_length=32)
    payload: AttachmentPayload | None = None


class Message(_Open):
    mid: str = Field(min_length=1, max_length=256)
    text: str | None = Field(default=None, max_length=8192)
    attachments: list[Attachment] = Field(default_factory=list)
    is_echo: bool = False
    is_deleted: bool = False
    is_unsupported: bool = False


class Read(_Open):
    mid: str | None = Field(default=None, max_length=256)
    watermark: int | None = None


class Delivery(_Open):
    mids: list[str] = Field(default_factory=list)
    watermark: int | None = None


class MessagingEvent(_Open):
    sender: Party
    recipient: Party
    timestamp: int = Field(ge=0)  # milliseconds
    message: Message | None = None
    read: Read | None = None
    delivery: Delivery | None = None


class Entry(_Open):
    id: str = Field(min_length=1, max_length=64)
    time: int | None = None
    messaging: list[MessagingEvent] = Field(default_factory=list)


class InstagramWebhook(_Open):
    object: Literal["instagram"]
    entry: list[Entry] = Field(min_length=1)


def _at(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, tz=UTC)


def _media(message: Message) -> tuple[str, dict[str, Any] | None]:
    """The careflow message type and media reference of a message with attachments.

    Instagram sends several photos as one message; the first one decides the type, and all of
    them are kept so the media step fetches every one (the URLs are Meta CDN links that expire).
    """
    if not message.attachments:
        return "text", None
    items = [
        {"type": _KINDS.get(a.type, a.type), "url": a.payload.url if a.payload else None}
        for a in message.attachments
    ]
    first = items[0]
    media: dict[str, Any] = {"url": first["url"], "caption": message.text}
    if len(items) > 1:
        media["attachments"] = items
    return str(first["type"]), media


def inbound_messages(hook: InstagramWebhook) -> list[MessageReceived]:
    out: list[MessageReceived] = []
    for entry in hook.entry:
        for event in entry.messaging:
            msg = event.message
            if msg is None or msg.is_echo or msg.is_deleted or msg.is_unsupported:
                continue
            if msg.text is None and not msg.attachments:
                continue
            message_type, media = _media(msg)
            out.append(
                MessageReceived(
                    channel=CHANNEL,
                    provider_message_id=msg.mid,
                    conversation_key=conversation_key(CHANNEL, event.recipient.id, event.sender.id),
                    sender_id=event.sender.id,
                    sender_name=None,  # Instagram webhooks carry no name
                    recipient_id=event.recipient.id,
                    message_type=message_type[:32],
                    text=msg.text,
                    media=media,
                    sent_at=_at(event.timestamp),
                )
            )
    return out


def statuses(hook: InstagramWebhook) -> list[MessageStatus]:
    """Read and delivery reports for messages we sent.

    A ``read`` names the message it covers (``mid``); a watermark-only report (Messenger style)
    names none and cannot be tied to an outbound row, so it is dropped.
    """
    out: list[MessageStatus] = []
    for entry in hook.entry:
        for event in entry.messaging:
            at = _at(event.timestamp)
            if event.read is not None and event.read.mid:
                out.append(
                    MessageStatus(
                        channel=CHANNEL,
                        provider_message_id=event.read.mid,
                        status="read",
                        occurred_at=at,
                    )
                )
            if event.delivery is not None:
                out.extend(
                    MessageStatus(
                        channel=CHANNEL, provider_message_id=mid, status="delivered", occurred_at=at
                    )
                    for mid in event.delivery.mids
                )
    return out
