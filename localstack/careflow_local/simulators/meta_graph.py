"""A stand-in for Meta's Graph API (WhatsApp Cloud API, Instagram messaging) and OnlyChannel's
send endpoint, on 127.0.0.1 — what careflow's senders talk to locally and in tests.

Provider endpoints (validated the way the real ones validate what careflow sends):

* ``POST /{version}/{phone_number_id}/messages`` — WhatsApp send (text or template); answers
  ``{"messaging_product", "contacts": [{"input", "wa_id"}], "messages": [{"id": "wamid..."}]}``.
  Text to a recipient whose window was closed with ``/_sim/window`` answers Meta's 131047 error.
* ``POST /{version}/me/messages`` — Instagram send; answers ``{"recipient_id", "message_id"}``.
* ``GET /{version}/{media_id}`` — WhatsApp media metadata (``url``, ``mime_type``, ``sha256``,
  ``file_size``, ``id``); ``GET /_media/{media_id}`` — the bytes (bearer token required);
  ``GET /_cdn/{media_id}`` — the same bytes as an Instagram attachment URL (signed CDN link, no
  token).
* ``POST /onlychannel/v1/messages`` — OnlyChannel send (``ONLYCHANNEL.md``), idempotent by
  ``Idempotency-Key``; point ``CAREFLOW_ONLYCHANNEL_URL`` at ``{url}/onlychannel``.

Every one needs ``Authorization: Bearer <token>`` (any non-empty token) and answers Meta's error
shape otherwise. Extra controls besides the shared ones (``_server``):

* ``POST /_sim/media`` ``{"media_id", "mime_type", "content_b64" | "size", "file_size"?,
  "sha256"?}`` — register media (``file_size``/``sha256`` override what the metadata claims, to
  test a lying server);
* ``POST /_sim/window`` ``{"to": "<wa_id>", "closed": true}`` — WhatsApp free text to ``to`` is
  refused as outside the 24-hour window.

Run: ``python -m careflow_local.simulators.meta_graph --port 18081``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import threading
import uuid
from typing import Any

from careflow_local.simulators._server import (
    RemoteSimulator,
    Request,
    Response,
    Simulator,
    connect,
    error,
    main,
    start_app,
)

DEFAULT_PORT = 18081
_VERSION = r"v\d+\.\d+"
_WA_SEND = re.compile(rf"^/({_VERSION})/([0-9A-Za-z_-]+)/messages$")
_IG_SEND = re.compile(rf"^/({_VERSION})/me/messages$")
_MEDIA_INFO = re.compile(rf"^/({_VERSION})/([0-9A-Za-z_.-]+)$")
_MEDIA_BYTES = re.compile(r"^/_media/([0-9A-Za-z_.-]+)$")
# Instagram attachment URLs are signed CDN links: no bearer token, like Meta's CDN.
_CDN_BYTES = re.compile(r"^/_cdn/([0-9A-Za-z_.-]+)$")

__all__ = [
    "DEFAULT_PORT",
    "MetaGraphApp",
    "Simulator",
    "add_media",
    "close_window",
    "connect",
    "start",
]


def _meta_error(status: int, code: int, message: str) -> Response:
    return Response(
        status,
        {
            "error": {
                "message": message,
                "type": "OAuthException",
                "code": code,
                "fbtrace_id": "SIM" + uuid.uuid4().hex[:8],
            }
        },
    )


class MetaGraphApp:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self.sent: list[dict[str, Any]] = []
            self.media: dict[str, dict[str, Any]] = {}
            self.closed_windows: set[str] = set()
            self.onlychannel_keys: dict[tuple[str, str], tuple[str, Response]] = {}

    def state(self) -> Any:
        with self._lock:
            return {
                "sent": list(self.sent),
                "media": sorted(self.media),
                "closed_windows": sorted(self.closed_windows),
            }

    # --- controls ----------------------------------------------------------------------------

    def control(self, request: Request) -> Response | None:
        body = request.json if isinstance(request.json, dict) else {}
        if request.method == "POST" and request.path == "/_sim/media":
            if body.get("content_b64") is not None:
                content = base64.b64decode(body["content_b64"])
            else:
                content = b"\0" * int(body.get("size", 0))
            self.add_media(
                str(body["media_id"]),
                content,
                str(body.get("mime_type", "application/octet-stream")),
                file_size=body.get("file_size"),
                sha256=body.get("sha256"),
            )
            return Response(200, {"media_id": body["media_id"], "size": len(content)})
        if request.method == "POST" and request.path == "/_sim/window":
            with self._lock:
                if body.get("closed", True):
                    self.closed_windows.add(str(body["to"]))
                else:
                    self.closed_windows.discard(str(body["to"]))
            return Response(200, {"closed_windows": len(self.closed_windows)})
        return None

    def add_media(
        self,
        media_id: str,
        content: bytes,
        mime_type: str,
        *,
        file_size: int | None = None,
        sha256: str | None = None,
    ) -> None:
        with self._lock:
            self.media[media_id] = {
                "content": content,
                "mime_type": mime_type,
                "file_size": len(content) if file_size is None else int(file_size),
                "sha256": sha256 or hashlib.sha256(content).hexdigest(),
            }

    # --- provider endpoints --------------------------------------------------------------------

    def handle(self, request: Request, base_url: str) -> Response:
        if request.method == "GET" and (m := _CDN_BYTES.match(request.path)):
            return self._media_bytes(m.group(1))
        if request.bearer() is None:
            return _meta_error(401, 190, "Invalid OAuth access token - Cannot parse access token")
        if request.method == "POST" and request.path == "/onlychannel/v1/messages":
            return self._onlychannel_send(request)
        if request.method == "POST" and (m := _IG_SEND.match(request.path)):
            return self._instagram_send(request)
        if request.method == "POST" and (m := _WA_SEND.match(request.path)):
            return self._whatsapp_send(request, m.group(2))
        if request.method == "GET" and (m := _MEDIA_BYTES.match(request.path)):
            return self._media_bytes(m.group(1))
        if request.method == "GET" and (m := _MEDIA_INFO.match(request.path)):
            return self._media_info(m.group(2), base_url)
        return _meta_error(400, 100, "Unsupported request")

    def _whatsapp_send(self, request: Request, phone_number_id: str) -> Response:
        body = request.json
        if not isinstance(body, dict) or body.get("messaging_product") != "whatsapp":
            return _meta_error(400, 100, "(#100) The parameter messaging_product is required.")
        to = body.get("to")
        if not isinstance(to, str) or not to:
            return _meta_error(400, 100, "(#100) The parameter to is required.")
        kind = body.get("type", "text")
        if kind == "text":
            text = (body.get("text") or {}).get("body")
            if not isinstance(text, str) or not text or len(text) > 4096:
                return _meta_error(400, 100, "(#100) Param text['body'] is required.")
            if to in self.closed_windows:
                return _meta_error(
                    400, 131047, "Re-engagement message: more than 24 hours since the last reply"
                )
        elif kind == "template":
            template = body.get("template") or {}
            if not template.get("name") or not (template.get("language") or {}).get("code"):
                return _meta_error(400, 132000, "(#132000) Template name and language required")
        else:
            return _meta_error(400, 100, f"(#100) Unsupported message type {kind}")
        wamid = "wamid.SIM" + uuid.uuid4().hex
        with self._lock:
            self.sent.append(
                {"channel": "whatsapp", "id": wamid, "from": phone_number_id, "body": body}
            )
        return Response(
            200,
            {
                "messaging_product": "whatsapp",
                "contacts": [{"input": to, "wa_id": to}],
                "messages": [{"id": wamid}],
            },
        )

    def _instagram_send(self, request: Request) -> Response:
        body = request.json
        recipient = (body or {}).get("recipient") if isinstance(body, dict) else None
        message = (body or {}).get("message") if isinstance(body, dict) else None
        if not isinstance(recipient, dict) or not recipient.get("id"):
            return _meta_error(400, 100, "(#100) The parameter recipient is required")
        if not isinstance(message, dict) or not (message.get("text") or message.get("attachment")):
            return _meta_error(400, 100, "(#100) The parameter message is required")
        if message.get("text") and len(str(message["text"]).encode()) > 1000:
            return _meta_error(400, 100, "(#100) Message text is too long")
        mid = "mid.SIM" + uuid.uuid4().hex
        with self._lock:
            self.sent.append({"channel": "instagram", "id": mid, "body": body})
        return Response(200, {"recipient_id": recipient["id"], "message_id": mid})

    def _media_info(self, media_id: str, base_url: str) -> Response:
        with self._lock:
            media = self.media.get(media_id)
        if media is None:
            return _meta_error(404, 100, "(#100) Unsupported get request: unknown media id")
        return Response(
            200,
            {
                "messaging_product": "whatsapp",
                "url": f"{base_url}/_media/{media_id}",
                "mime_type": media["mime_type"],
                "sha256": media["sha256"],
                "file_size": str(media["file_size"]),
                "id": media_id,
            },
        )

    def _media_bytes(self, media_id: str) -> Response:
        with self._lock:
            media = self.media.get(media_id)
        if media is None:
            return _meta_error(404, 100, "unknown media")
        return Response(200, media["content"], content_type=media["mime_type"])

    def _onlychannel_send(self, request: Request) -> Response:
        key = request.header("idempotency-key")
        if not key:
            return error(400, "idempotency_key_required", "Idempotency-Key header is required")
        body = request.json
        if not isinstance(body, dict) or not body.get("contact_id") or not body.get("text"):
            return error(400, "invalid_request", "account_id, contact_id and text are required")
        fingerprint = json.dumps(body, sort_keys=True)
        scope = (request.bearer() or "", key)
        with self._lock:
            if scope in self.onlychannel_keys:
                seen, answer = self.onlychannel_keys[scope]
                if seen != fingerprint:
                    return error(422, "idempotency_key_reuse", "key reused with another body")
                return Response(answer.status, answer.body, {"Idempotent-Replayed": "true"})
            message_id = "ocm_sim_" + uuid.uuid4().hex[:16]
            answer = Response(201, {"id": message_id, "status": "queued"})
            self.onlychannel_keys[scope] = (fingerprint, answer)
            self.sent.append({"channel": "onlychannel", "id": message_id, "body": body})
        return answer


def add_media(
    sim: Simulator | RemoteSimulator,
    media_id: str,
    content: bytes,
    mime_type: str,
    *,
    file_size: int | None = None,
    sha256: str | None = None,
) -> None:
    """Register media on a running simulator (in-process or remote)."""
    sim.control(
        "POST",
        "/_sim/media",
        {
            "media_id": media_id,
            "mime_type": mime_type,
            "content_b64": base64.b64encode(content).decode(),
            "file_size": file_size,
            "sha256": sha256,
        },
    )


def close_window(sim: Simulator | RemoteSimulator, to: str, *, closed: bool = True) -> None:
    """Make WhatsApp free text to ``to`` fail as outside the 24-hour window (Meta's 131047)."""
    sim.control("POST", "/_sim/window", {"to": to, "closed": closed})


def start(port: int = 0) -> Simulator:
    """Start the simulator in this process (a server thread) on 127.0.0.1."""
    return start_app(MetaGraphApp(), port)


if __name__ == "__main__":
    raise SystemExit(main("meta_graph", MetaGraphApp(), DEFAULT_PORT))
