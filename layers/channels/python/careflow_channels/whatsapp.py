"""WhatsApp Cloud API, outbound: send text or a template, download a patient's media.

Send: ``POST {graph}/{version}/{phone_number_id}/messages`` with the tenant's access token as a
bearer token; the answer's ``messages[0].id`` (a ``wamid``) is what delivery-status webhooks later
name, so the caller stores it on the outbound row.

Free text is only accepted inside the 24-hour customer-service window; outside it a
pre-approved template must be sent (:func:`send_reply` decides with ``window.reply_mode``).

Media: ``GET {graph}/{version}/{media_id}`` answers a short-lived URL plus ``mime_type``,
``file_size`` and ``sha256``; the bytes are then fetched from that URL with the same token. The
type and declared size are checked before downloading and the real size while streaming, so an
oversized file is never held in memory; the token is only ever sent to Meta's own hosts.
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import IO, Any
from urllib.parse import urlsplit

import httpx

from careflow_channels import http
from careflow_channels.errors import MediaRejected, ProviderRejected
from careflow_channels.media import LIMITS, MediaKind, base_mime, check
from careflow_channels.window import ReplyMode, reply_mode

PROVIDER = "whatsapp"
TEXT_LIMIT = 4096
_CHUNK = 64 * 1024
_META_MEDIA_HOSTS = ("lookaside.fbsbx.com",)


@dataclass(frozen=True)
class Template:
    """A pre-approved template: its name, language code and body parameters ({{1}}, {{2}}...).

    ``components`` replaces the generated body component when a template needs header or
    button parameters too (Meta's ``template.components`` array, passed through unchanged).
    """

    name: str
    language: str
    body_parameters: tuple[str, ...] = ()
    components: tuple[dict[str, Any], ...] | None = None


@dataclass(frozen=True)
class SentMessage:
    message_id: str
    mode: ReplyMode


# --- request bodies (pure; the tests assert them byte for byte) ------------------------------


def text_body(to: str, text: str, *, preview_url: bool = False) -> dict[str, Any]:
    if not text or len(text) > TEXT_LIMIT:
        raise ValueError(f"WhatsApp text must be 1..{TEXT_LIMIT} characters")
    return {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": to,
        "type": "text",
        "text": {"preview_url": preview_url, "body": text},
    }


def template_body(to: str, template: Template) -> dict[str, Any]:
    spec: dict[str, Any] = {"name": template.name, "language": {"code": template.language}}
    if template.components is not None:
        spec["components"] = [dict(c) for c in template.components]
    elif template.body_parameters:
        spec["components"] = [
            {
                "type": "body",
                "parameters": [{"type": "text", "text": p} for p in template.body_parameters],
            }
        ]
    return {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": to,
        "type": "template",
        "template": spec,
    }


# --- sending ---------------------------------------------------------------------------------


def _send(
    tenant_id: str,
    phone_number_id: str,
    access_token: str,
    body: dict[str, Any],
    policy: http.CallPolicy | None,
) -> str:
    response = http.request(
        "POST",
        http.graph_url(phone_number_id, "messages"),
        tenant_id=tenant_id,
        provider=PROVIDER,
        headers=http.bearer(access_token),
        json=body,
        policy=policy,
    )
    try:
        return str(response.json()["messages"][0]["id"])
    except (ValueError, KeyError, IndexError, TypeError):
        raise ProviderRejected(
            PROVIDER, response.status_code, message="answer carries no message id"
        ) from None


def send_text(
    tenant_id: str,
    *,
    phone_number_id: str,
    access_token: str,
    to: str,
    text: str,
    policy: http.CallPolicy | None = None,
) -> str:
    """Send free text (inside the 24-hour window); returns the ``wamid``."""
    return _send(tenant_id, phone_number_id, access_token, text_body(to, text), policy)


def send_template(
    tenant_id: str,
    *,
    phone_number_id: str,
    access_token: str,
    to: str,
    template: Template,
    policy: http.CallPolicy | None = None,
) -> str:
    """Send a pre-approved template (any time); returns the ``wamid``."""
    return _send(tenant_id, phone_number_id, access_token, template_body(to, template), policy)


def send_reply(
    tenant_id: str,
    *,
    phone_number_id: str,
    access_token: str,
    to: str,
    text: str,
    last_inbound_at: datetime | None,
    template: Template,
    now: datetime | None = None,
    policy: http.CallPolicy | None = None,
) -> SentMessage:
    """The agent's reply as free text inside the window, else the tenant's template."""
    mode = reply_mode(last_inbound_at, now or datetime.now(UTC))
    if mode == "free_text":
        message_id = send_text(
            tenant_id,
            phone_number_id=phone_number_id,
            access_token=access_token,
            to=to,
            text=text,
            policy=policy,
        )
    else:
        message_id = send_template(
            tenant_id,
            phone_number_id=phone_number_id,
            access_token=access_token,
            to=to,
            template=template,
            policy=policy,
        )
    return SentMessage(message_id=message_id, mode=mode)


# --- media -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Media:
    media_id: str
    mime_type: str
    kind: MediaKind
    size: int
    sha256: str  # hex digest of the bytes received
    content: bytes | None  # None when the bytes were written to the caller's sink


def _allowed_media_url(url: str) -> bool:
    """The access token goes only to Meta: the Graph host itself, or Meta's media CDN."""
    parts = urlsplit(url)
    graph = urlsplit(http.base_url(PROVIDER))
    if parts.netloc == graph.netloc and parts.scheme == graph.scheme:
        return True
    extra = tuple(h.strip() for h in os.environ.get("CAREFLOW_META_MEDIA_HOSTS", "").split(","))
    hosts = {h for h in (*_META_MEDIA_HOSTS, *extra) if h}
    return parts.scheme == "https" and (parts.hostname or "") in hosts


def _checksum_matches(expected: str | None, digest: bytes) -> bool:
    """Meta's ``sha256`` is hex in the media API and base64 in webhooks; accept either."""
    if not expected:
        return True
    return expected.strip() in (digest.hex(), base64.b64encode(digest).decode())


def fetch_media(
    media_id: str,
    access_token: str,
    *,
    tenant_id: str,
    sink: IO[bytes] | None = None,
    policy: http.CallPolicy | None = None,
) -> Media:
    """Resolve and download a media id, enforcing Meta's type and size limits.

    Raises ``MediaRejected`` (final) for a type that is not allowed, a declared or actual size
    over the kind's limit, a checksum mismatch, or a URL outside Meta's hosts. With ``sink``
    the bytes are streamed into it (e.g. a ``SpooledTemporaryFile`` for 100 MB documents)
    instead of being returned.
    """
    info = http.request(
        "GET",
        http.graph_url(media_id),
        tenant_id=tenant_id,
        provider=PROVIDER,
        headers=http.bearer(access_token),
        policy=policy,
    ).json()
    mime = base_mime(str(info.get("mime_type") or ""))
    declared = int(info["file_size"]) if str(info.get("file_size", "")).isdigit() else None
    kind = check(mime, declared)
    url = str(info.get("url") or "")
    if not url or not _allowed_media_url(url):
        raise MediaRejected("media URL is not on a Meta host", mime_type=mime, size=declared)
    limit = LIMITS[kind]

    def download(client: httpx.Client, timeout: httpx.Timeout) -> tuple[bytes | None, int, bytes]:
        digest = hashlib.sha256()
        chunks: list[bytes] = []
        size = 0
        if sink is not None:
            sink.seek(0)
            sink.truncate()
        with client.stream("GET", url, headers=http.bearer(access_token), timeout=timeout) as r:
            http.raise_for_status(PROVIDER, r)
            for chunk in r.iter_bytes(_CHUNK):
                size += len(chunk)
                if size > limit:
                    raise MediaRejected(f"{kind} larger than {limit} bytes", mime_type=mime)
                digest.update(chunk)
                if sink is None:
                    chunks.append(chunk)
                else:
                    sink.write(chunk)
        return (b"".join(chunks) if sink is None else None), size, digest.digest()

    content, size, digest = http.call(tenant_id, PROVIDER, download, policy=policy)
    if not _checksum_matches(info.get("sha256"), digest):
        raise MediaRejected("media checksum mismatch", mime_type=mime, size=size)
    return Media(
        media_id=media_id,
        mime_type=mime,
        kind=kind,
        size=size,
        sha256=digest.hex(),
        content=content,
    )
