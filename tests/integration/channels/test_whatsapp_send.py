"""WhatsApp sends against the Meta Graph simulator: the exact request, retries, timeouts."""

import itertools
import time
from datetime import UTC, datetime, timedelta

import pytest

from careflow_channels import http, whatsapp
from careflow_channels.errors import ProviderRejected, ProviderUnavailable
from careflow_local.simulators import meta_graph

PHONE_NUMBER_ID = "100200300400500"
TOKEN = "EAAG-test-token"
TO = "905551112233"


def send_text(tenant, policy, text="Hello from the clinic"):
    return whatsapp.send_text(
        tenant, phone_number_id=PHONE_NUMBER_ID, access_token=TOKEN, to=TO, text=text, policy=policy
    )


def test_text_send_is_exactly_what_metas_send_api_takes(meta, tenant, policy):
    wamid = send_text(tenant, policy)
    [req] = meta.requests()
    assert req["method"] == "POST"
    assert req["path"] == f"/v23.0/{PHONE_NUMBER_ID}/messages"
    assert req["headers"]["authorization"] == f"Bearer {TOKEN}"
    assert req["headers"]["content-type"] == "application/json"
    assert req["json"] == {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": TO,
        "type": "text",
        "text": {"preview_url": False, "body": "Hello from the clinic"},
    }
    assert req["status"] == 200
    assert wamid.startswith("wamid.") and [s["id"] for s in meta.state()["sent"]] == [wamid]


def test_template_send_is_exactly_what_metas_send_api_takes(meta, tenant, policy):
    template = whatsapp.Template(
        name="case_follow_up", language="tr", body_parameters=("Pazartesi",)
    )
    wamid = whatsapp.send_template(
        tenant,
        phone_number_id=PHONE_NUMBER_ID,
        access_token=TOKEN,
        to=TO,
        template=template,
        policy=policy,
    )
    [req] = meta.requests()
    assert req["path"] == f"/v23.0/{PHONE_NUMBER_ID}/messages"
    assert req["headers"]["authorization"] == f"Bearer {TOKEN}"
    assert req["json"] == {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": TO,
        "type": "template",
        "template": {
            "name": "case_follow_up",
            "language": {"code": "tr"},
            "components": [{"type": "body", "parameters": [{"type": "text", "text": "Pazartesi"}]}],
        },
    }
    assert wamid.startswith("wamid.")


@pytest.mark.parametrize(
    ("hours_ago", "mode", "kind"), [(2, "free_text", "text"), (30, "template", "template")]
)
def test_reply_picks_text_or_template_by_the_24_hour_window(
    meta, tenant, policy, hours_ago, mode, kind
):
    now = datetime(2026, 5, 4, 12, tzinfo=UTC)
    sent = whatsapp.send_reply(
        tenant,
        phone_number_id=PHONE_NUMBER_ID,
        access_token=TOKEN,
        to=TO,
        text="Your results look good.",
        last_inbound_at=now - timedelta(hours=hours_ago),
        template=whatsapp.Template(name="reopen_conversation", language="en"),
        now=now,
        policy=policy,
    )
    assert sent.mode == mode
    [req] = meta.requests()
    assert req["json"]["type"] == kind


def test_429_with_retry_after_is_waited_for_then_succeeds(meta, tenant, policy):
    meta.fail(429, count=1, retry_after=1)
    started = time.monotonic()
    wamid = send_text(tenant, policy)
    elapsed = time.monotonic() - started
    statuses = [r["status"] for r in meta.requests()]
    assert statuses == [429, 200] and wamid
    assert elapsed >= 1.0  # Retry-After honoured (plain backoff here would be ~0.05 s)


def test_503_twice_is_retried_with_growing_backoff(meta, tenant, policy):
    meta.fail(503, count=2)
    wamid = send_text(tenant, policy)
    reqs = meta.requests()
    assert [r["status"] for r in reqs] == [503, 503, 200] and wamid
    gaps = [b["at"] - a["at"] for a, b in itertools.pairwise(reqs)]
    assert gaps[0] >= 0.05 and gaps[1] >= 0.1  # exponential: initial 0.05 s, then 0.1 s (+ jitter)
    # every attempt is the identical request
    assert len({str(r["json"]) for r in reqs}) == 1


def test_500_until_attempts_run_out_is_provider_unavailable(meta, tenant, policy):
    meta.fail(500, count=10)
    with pytest.raises(ProviderUnavailable) as exc:
        send_text(tenant, policy)
    assert exc.value.retryable is True
    assert len(meta.requests()) == policy.attempts


def test_a_long_retry_after_is_not_slept_through(meta, tenant, policy):
    meta.fail(429, count=1, retry_after=3600)
    started = time.monotonic()
    with pytest.raises(ProviderUnavailable) as exc:
        send_text(tenant, policy)
    assert time.monotonic() - started < 60  # far from the hour it asked for: not slept through
    assert exc.value.retry_after == 3600
    assert len(meta.requests()) == 1


def test_hang_times_out_and_is_retried(meta, tenant, policy):
    meta.fail(hang_s=15, count=1)
    started = time.monotonic()
    wamid = send_text(tenant, policy)
    elapsed = time.monotonic() - started
    assert wamid
    assert len(meta.requests()) == 2  # the hung attempt, then the retry
    assert 0.5 <= elapsed < 10  # the read timeout (0.5 s) cut the 15 s hang short


def test_hang_is_not_retried_when_duplicates_are_worse_than_delay(meta, tenant, policy):
    from dataclasses import replace

    meta.fail(hang_s=3, count=1)
    with pytest.raises(ProviderUnavailable):
        send_text(tenant, replace(policy, retry_on_read_timeout=False))
    assert len(meta.requests()) == 1


def test_closed_window_is_a_final_rejection_with_metas_code(meta, tenant, policy):
    meta_graph.close_window(meta, TO)
    with pytest.raises(ProviderRejected) as exc:
        send_text(tenant, policy)
    assert exc.value.status == 400 and exc.value.provider_code == "131047"
    assert len(meta.requests()) == 1  # not retried


def test_missing_token_is_rejected_not_retried(meta, tenant, policy):
    with pytest.raises(ProviderRejected) as exc:
        http.request(
            "POST",
            http.graph_url(PHONE_NUMBER_ID, "messages"),
            tenant_id=tenant,
            provider="whatsapp",
            json={"messaging_product": "whatsapp", "to": TO, "type": "text", "text": {"body": "x"}},
            policy=policy,
        )
    assert exc.value.status == 401 and exc.value.provider_code == "190"
    assert len(meta.requests()) == 1
