"""The webhook rate limit counts messages (real Redis, real Kafka, the real ingest handler).

A webhook takes one unit per message it carries, all or nothing: over the tenant's remaining
budget the whole webhook is answered 429 and nothing of it is published, so Meta's retry
delivers it whole once the window allows.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest

from careflow_local.events import http_api_event
from careflow_local.invoke import invoke
from careflow_local.samples import signed, whatsapp_text
from careflow_shared.topology import TOPIC_INBOUND
from careflow_tenant import ratelimit


@pytest.fixture(autouse=True)
def one_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every webhook of a test falls into the same rate-limit window, whatever the wall clock
    does meanwhile (a test crossing a minute boundary would otherwise find a fresh budget)."""
    monkeypatch.setattr(ratelimit, "_clock", lambda: 3_000_000.0)


def _webhook(tenant: dict[str, Any], messages: int) -> dict[str, Any]:
    """One signed WhatsApp webhook carrying ``messages`` messages from as many patients."""
    bodies = [
        whatsapp_text(
            wa_id=f"90555{n:07d}", text=f"message {n}", phone_number_id=tenant["phone_number_id"]
        )
        for n in range(messages)
    ]
    value = bodies[0]["entry"][0]["changes"][0]["value"]
    for other in bodies[1:]:
        more = other["entry"][0]["changes"][0]["value"]
        value["messages"] += more["messages"]
        value["contacts"] += more["contacts"]
    raw, headers = signed(bodies[0], tenant["app_secret"])
    path = f"/webhooks/whatsapp/{tenant['tenant_id']}"
    return http_api_event(
        method="POST",
        path=path,
        route_key="POST /webhooks/{channel}/{tenant}",
        path_parameters={"channel": "whatsapp", "tenant": tenant["tenant_id"]},
        headers=list(headers.items()),
        body=raw,
    )


def _answer(event: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    response = invoke("ingest_message", event)
    return response["statusCode"], json.loads(response["body"])


def test_a_webhook_counts_one_per_message_and_is_admitted_whole_or_not_at_all(
    tenant_factory, tails
):
    tenant = tenant_factory(f"rlb-{uuid.uuid4().hex[:4]}", rate_limit_per_minute=5)
    inbound = tails(TOPIC_INBOUND, tenant["tenant_id"])

    assert _answer(_webhook(tenant, 3)) == (200, {"accepted": 3, "duplicates": 0, "statuses": 0})
    assert len(inbound.read()) == 3

    status, body = _answer(_webhook(tenant, 3))  # 3 + 3 > 5
    assert status == 429 and body["error"]["code"] == "rate_limited"
    assert body["error"]["details"] == {"messages": 3, "limit_per_minute": 5}
    assert inbound.read() == []  # nothing of it was published

    assert _answer(_webhook(tenant, 2))[0] == 200  # the refused webhook took no budget
    assert len(inbound.read()) == 2
    assert _answer(_webhook(tenant, 1))[0] == 429  # 5 of 5 taken


def test_a_webhook_of_a_thousand_messages_takes_a_thousand(tenant_factory, tails):
    tenant = tenant_factory(f"rlk-{uuid.uuid4().hex[:4]}", rate_limit_per_minute=1000)
    inbound = tails(TOPIC_INBOUND, tenant["tenant_id"])
    big = _webhook(tenant, 1000)

    bigger = _webhook(tenant, 1001)
    status, body = _answer(bigger)
    assert status == 429 and body["error"]["details"]["messages"] == 1001
    assert "more messages than the tenant's rate limit" in body["error"]["message"]

    assert _answer(big) == (200, {"accepted": 1000, "duplicates": 0, "statuses": 0})
    assert len(inbound.read()) == 1000
    assert _answer(_webhook(tenant, 1))[0] == 429  # the thousand messages used up the minute
