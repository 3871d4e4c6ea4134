"""Instagram messaging, outbound: ``POST {graph}/{version}/me/messages``.

The recipient is the Instagram-scoped id (IGSID) from the inbound webhook's ``sender.id``; the
token is the tenant's Page (or Instagram) access token, sent as a bearer header rather than the
``access_token`` query parameter so it never lands in URL logs. Meta answers
``{"recipient_id", "message_id"}``; ``message_id`` is what read reports later name.

Like WhatsApp, Instagram accepts replies within 24 hours of the patient's last message; a human
coordinator may answer up to 7 days with the ``HUMAN_AGENT`` tag. There are no templates.
"""

from __future__ import annotations

from typing import Any, Literal

from careflow_channels import http
from careflow_channels.errors import ProviderRejected

PROVIDER = "instagram"
TEXT_LIMIT_BYTES = 1000


def text_body(
    recipient_id: str, text: str, *, tag: Literal["HUMAN_AGENT"] | None = None
) -> dict[str, Any]:
    if not text or len(text.encode()) > TEXT_LIMIT_BYTES:
        raise ValueError(f"Instagram text must be 1..{TEXT_LIMIT_BYTES} UTF-8 bytes")
    body: dict[str, Any] = {"recipient": {"id": recipient_id}, "message": {"text": text}}
    if tag is not None:
        body["messaging_type"] = "MESSAGE_TAG"
        body["tag"] = tag
    return body


def send_text(
    tenant_id: str,
    *,
    access_token: str,
    recipient_id: str,
    text: str,
    tag: Literal["HUMAN_AGENT"] | None = None,
    policy: http.CallPolicy | None = None,
) -> str:
    """Send a text reply; returns Meta's ``message_id``."""
    response = http.request(
        "POST",
        http.graph_url("me", "messages", provider=PROVIDER),
        tenant_id=tenant_id,
        provider=PROVIDER,
        headers=http.bearer(access_token),
        json=text_body(recipient_id, text, tag=tag),
        policy=policy,
    )
    try:
        return str(response.json()["message_id"])
    except (ValueError, KeyError, TypeError):
        raise ProviderRejected(
            PROVIDER, response.status_code, message="answer carries no message id"
        ) from None
