"""Instagram messaging, outbound: ``POST {graph}/{version}/me/messages``.

The recipient is the Instagram-scoped id (IGSID) from the inbound webhook's ``sender.id``; the
token is the tenant's Page (or Instagram) access token, sent as a bearer header rather than the
``access_token`` query parameter so it never lands in URL logs. Meta answers
``{"recipient_id", "message_id"}``; ``message_id`` is what read reports later name.

Like WhatsApp, Instagram accepts replies within 24 hours of the patient's last message; a human
coordinator may answer up to 7 days with the ``HUMAN_AGENT`` tag. There are no templates.
"""

from __future__ import annotations

import hashlib
import os
from typing import Any, Literal
from urllib.parse import urlsplit

import httpx

from careflow_channels import http
from careflow_channels.errors import MediaRejected, ProviderRejected
from careflow_channels.media import LIMITS, base_mime, check
from careflow_channels.whatsapp import Media

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


# Meta serves Instagram attachments from its CDNs; anything else is refused (no SSRF through a
# forged webhook: the URL comes from the request body, though after the signature check).
_CDN_SUFFIXES = (".fbcdn.net", ".cdninstagram.com", ".fbsbx.com")


def _allowed_cdn_url(url: str) -> bool:
    parts = urlsplit(url)
    host = parts.hostname or ""
    extra = tuple(h.strip() for h in os.environ.get("CAREFLOW_META_MEDIA_HOSTS", "").split(","))
    if parts.netloc and parts.netloc in extra:  # a local simulator, named host:port exactly
        return parts.scheme in ("https", "http")
    return parts.scheme == "https" and host.endswith(_CDN_SUFFIXES)


def fetch_attachment(url: str, *, tenant_id: str, policy: http.CallPolicy | None = None) -> Media:
    """Download an Instagram attachment (a signed CDN link, valid for a short while), enforcing
    the same type and size limits as WhatsApp media; ``MediaRejected`` (final) otherwise."""
    if not _allowed_cdn_url(url):
        raise MediaRejected("attachment URL is not on a Meta CDN host")

    def download(client: httpx.Client, timeout: httpx.Timeout) -> tuple[bytes, str, int, bytes]:
        digest = hashlib.sha256()
        chunks: list[bytes] = []
        with client.stream("GET", url, timeout=timeout) as response:
            http.raise_for_status(PROVIDER, response)
            mime = base_mime(response.headers.get("content-type", ""))
            declared = response.headers.get("content-length")
            kind = check(mime, int(declared) if declared and declared.isdigit() else None)
            size = 0
            for chunk in response.iter_bytes(64 * 1024):
                size += len(chunk)
                if size > LIMITS[kind]:
                    raise MediaRejected(f"{kind} larger than {LIMITS[kind]} bytes", mime_type=mime)
                digest.update(chunk)
                chunks.append(chunk)
        return b"".join(chunks), mime, size, digest.digest()

    content, mime, size, digest = http.call(tenant_id, PROVIDER, download, policy=policy)
    return Media(
        media_id=hashlib.sha256(url.split("?", 1)[0].encode()).hexdigest()[:32],
        mime_type=mime,
        kind=check(mime, size),
        size=size,
        sha256=digest.hex(),
        content=content,
    )
