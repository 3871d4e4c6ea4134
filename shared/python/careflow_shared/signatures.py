"""Meta's ``X-Hub-Signature-256``: HMAC-SHA256 of the raw body with the app secret."""

from __future__ import annotations

import hashlib
import hmac


def sign(body: bytes, app_secret: str) -> str:
    return "sha256=" + hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()


def verify(body: bytes, header: str | None, app_secret: str) -> bool:
    """Constant-time check on the raw bytes, before anything parses them."""
    if not header or not header.startswith("sha256="):
        return False
    return hmac.compare_digest(sign(body, app_secret), header.strip())
