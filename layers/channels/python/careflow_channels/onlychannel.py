"""OnlyChannel (Chat365), outbound: ``POST {base_url}/v1/messages`` — our documented contract.

See ``careflow_shared/channels/ONLYCHANNEL.md``. The ``Idempotency-Key`` is careflow's outbound
message id, so a retry after a timeout (or a replayed Kafka record) never sends twice.
"""

from __future__ import annotations

from typing import Any

from careflow_channels import http
from careflow_channels.errors import ProviderRejected

PROVIDER = "onlychannel"
TEXT_LIMIT = 8192


def text_body(
    account_id: str, contact_id: str, text: str, *, conversation_id: str | None = None
) -> dict[str, Any]:
    if not text or len(text) > TEXT_LIMIT:
        raise ValueError(f"OnlyChannel text must be 1..{TEXT_LIMIT} characters")
    body: dict[str, Any] = {"account_id": account_id, "contact_id": contact_id}
    if conversation_id:
        body["conversation_id"] = conversation_id
    body.update({"type": "text", "text": text})
    return body


def send_text(
    tenant_id: str,
    *,
    api_key: str,
    account_id: str,
    contact_id: str,
    text: str,
    idempotency_key: str,
    conversation_id: str | None = None,
    base_url: str | None = None,
    policy: http.CallPolicy | None = None,
) -> str:
    """Send a text reply; returns OnlyChannel's message id (named by later status events)."""
    response = http.request(
        "POST",
        f"{http.base_url(PROVIDER, base_url)}/v1/messages",
        tenant_id=tenant_id,
        provider=PROVIDER,
        headers={**http.bearer(api_key), "Idempotency-Key": idempotency_key},
        json=text_body(account_id, contact_id, text, conversation_id=conversation_id),
        policy=policy,
    )
    try:
        return str(response.json()["id"])
    except (ValueError, KeyError, TypeError):
        raise ProviderRejected(
            PROVIDER, response.status_code, message="answer carries no message id"
        ) from None
