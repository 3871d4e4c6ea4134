"""The channel-adapter interface every inbound channel implements, and the registry of them.

``ingest_message`` needs four things from a channel, and nothing else: answer the subscription
handshake, verify the signature on the raw bytes, parse the body into careflow's events, and a
name. Keeping that surface this small is what makes a new channel (or OnlyChannel's real
contract) one module away: the handler looks the adapter up by the route's channel segment.

Usage::

    adapter = ADAPTERS[channel]                      # KeyError -> 404 unknown channel
    if not adapter.verify(raw, headers, secret):     # before parsing, always
        raise Unauthorized(...)
    parsed = adapter.parse(raw)                      # pydantic ValidationError -> 400
    for message in parsed.messages: ...
    for status in parsed.statuses: ...

``secret`` is the tenant's channel secret from Secrets Manager
(``careflow_tenant.secrets.get_channel_secret(tenant, channel)``):

* whatsapp, instagram: ``{"app_secret", "verify_token", "access_token"}``
* onlychannel: ``{"signing_secret", "api_key", ...}``
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field

from careflow_shared import signatures
from careflow_shared.channels import instagram, onlychannel, whatsapp
from careflow_shared.envelope import MessageReceived, MessageStatus


class ParsedWebhook(BaseModel):
    """What one webhook delivery carried: patient messages and delivery reports."""

    model_config = ConfigDict(extra="forbid")

    messages: list[MessageReceived] = Field(default_factory=list)
    statuses: list[MessageStatus] = Field(default_factory=list)


@runtime_checkable
class ChannelAdapter(Protocol):
    name: str

    def verify(self, raw: bytes, headers: Mapping[str, str], secret: Mapping[str, Any]) -> bool:
        """True when the request is authentic. Must run on the raw bytes, in constant time."""
        ...

    def parse(self, raw: bytes) -> ParsedWebhook:
        """Normalise the body; raises ``pydantic.ValidationError`` when it does not fit."""
        ...

    def handshake(self, query: Mapping[str, str], secret: Mapping[str, Any]) -> str | None:
        """The body to answer a subscription check with, or None for 403 (or no handshake)."""
        ...


def header(headers: Mapping[str, str], name: str) -> str | None:
    """A header by name, case-insensitively (API Gateway lower-cases; tests and tools may not)."""
    wanted = name.lower()
    for key, value in headers.items():
        if key.lower() == wanted:
            return value
    return None


def meta_handshake(query: Mapping[str, str], secret: Mapping[str, Any]) -> str | None:
    """Meta's webhook verification: echo ``hub.challenge`` when the verify token matches."""
    token = str(secret.get("verify_token") or "")
    given = str(query.get("hub.verify_token") or "")
    if query.get("hub.mode") != "subscribe" or not token:
        return None
    if not hmac.compare_digest(token.encode(), given.encode()):
        return None
    return str(query.get("hub.challenge") or "")


def _meta_verify(raw: bytes, headers: Mapping[str, str], secret: Mapping[str, Any]) -> bool:
    app_secret = str(secret.get("app_secret") or "")
    if not app_secret:
        return False
    return signatures.verify(raw, header(headers, "X-Hub-Signature-256"), app_secret)


class WhatsAppAdapter:
    """Wraps ``careflow_shared.channels.whatsapp`` (unchanged) behind the interface."""

    name = "whatsapp"

    def verify(self, raw: bytes, headers: Mapping[str, str], secret: Mapping[str, Any]) -> bool:
        return _meta_verify(raw, headers, secret)

    def parse(self, raw: bytes) -> ParsedWebhook:
        hook = whatsapp.WhatsAppWebhook.model_validate_json(raw)
        return ParsedWebhook(
            messages=whatsapp.inbound_messages(hook),
            statuses=[
                MessageStatus(
                    channel="whatsapp",
                    provider_message_id=s.id,
                    status=s.status,
                    occurred_at=datetime.fromtimestamp(int(s.timestamp), tz=UTC),
                )
                for s in whatsapp.statuses(hook)
            ],
        )

    def handshake(self, query: Mapping[str, str], secret: Mapping[str, Any]) -> str | None:
        return meta_handshake(query, secret)


class InstagramAdapter:
    name = "instagram"

    def verify(self, raw: bytes, headers: Mapping[str, str], secret: Mapping[str, Any]) -> bool:
        return _meta_verify(raw, headers, secret)

    def parse(self, raw: bytes) -> ParsedWebhook:
        hook = instagram.InstagramWebhook.model_validate_json(raw)
        return ParsedWebhook(
            messages=instagram.inbound_messages(hook), statuses=instagram.statuses(hook)
        )

    def handshake(self, query: Mapping[str, str], secret: Mapping[str, Any]) -> str | None:
        return meta_handshake(query, secret)


class OnlyChannelAdapter:
    """Our documented OnlyChannel contract; it has no subscription handshake."""

    name = "onlychannel"

    def verify(self, raw: bytes, headers: Mapping[str, str], secret: Mapping[str, Any]) -> bool:
        return onlychannel.verify(
            raw,
            header(headers, onlychannel.SIGNATURE_HEADER),
            str(secret.get("signing_secret") or ""),
        )

    def parse(self, raw: bytes) -> ParsedWebhook:
        hook = onlychannel.OnlyChannelWebhook.model_validate_json(raw)
        return ParsedWebhook(
            messages=onlychannel.inbound_messages(hook), statuses=onlychannel.statuses(hook)
        )

    def handshake(self, query: Mapping[str, str], secret: Mapping[str, Any]) -> str | None:
        return None


ADAPTERS: dict[str, ChannelAdapter] = {
    adapter.name: adapter
    for adapter in (WhatsAppAdapter(), InstagramAdapter(), OnlyChannelAdapter())
}
