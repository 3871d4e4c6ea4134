"""The dev JWT issuer and the local stand-in for API Gateway's JWT authorizer.

HS256 with a dev-only secret from ``localstack/dev.env``; on AWS, Cognito (or the issuer from
``cdk.json``) signs and API Gateway verifies. Either way the function only ever reads the
verified claims from ``requestContext.authorizer.jwt.claims``. A dev token carries its scopes
as a Cognito access token does: one space-separated ``scope`` claim.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterable
from typing import Any

import jwt

from careflow_shared.topology import SCOPE_RESOURCE_SERVER, SCOPES


def _secret() -> str:
    return os.environ["CAREFLOW_DEV_JWT_SECRET"]


def mint_token(
    tenant_id: str,
    *,
    subject: str = "dev-coordinator",
    ttl_s: int = 12 * 3600,
    scopes: Iterable[str] | None = None,
    extra: dict[str, Any] | None = None,
) -> str:
    """A signed dev token for a tenant with the given scopes (default: every scope)."""
    now = int(time.time())
    claims = {
        "iss": os.environ.get("CAREFLOW_JWT_ISSUER", "https://auth.careflow.local/"),
        "aud": os.environ.get("CAREFLOW_JWT_AUDIENCE", "careflow-api"),
        "sub": subject,
        "tenant_id": tenant_id,
        "iat": now,
        "exp": now + ttl_s,
        "jti": str(uuid.uuid4()),
        "scope": " ".join(SCOPES if scopes is None else scopes),
        **(extra or {}),
    }
    return jwt.encode(claims, _secret(), algorithm="HS256")


def verify_bearer(authorization: str | None) -> dict[str, Any] | None:
    """The verified claims, or None: API Gateway then answers 401 without calling the function."""
    if not authorization or not authorization.lower().startswith("bearer "):
        return None
    token = authorization[7:].strip()
    try:
        return dict(
            jwt.decode(
                token,
                _secret(),
                algorithms=["HS256"],
                audience=os.environ.get("CAREFLOW_JWT_AUDIENCE", "careflow-api"),
                issuer=os.environ.get("CAREFLOW_JWT_ISSUER", "https://auth.careflow.local/"),
                options={"require": ["exp", "iss", "aud", "sub"]},
            )
        )
    except jwt.PyJWTError:
        return None


def scope_name(name: str) -> str:
    """A known scope by its full name or its short one (``cases:read``); ValueError otherwise."""
    full = name if "/" in name else f"{SCOPE_RESOURCE_SERVER}/{name}"
    if full not in SCOPES:
        raise ValueError(f"unknown scope {name!r}; known: {', '.join(SCOPES)}")
    return full
