"""The circuit breaker per (tenant, provider), its state in real Redis."""

import time
from dataclasses import replace

import pytest

from careflow_channels import http, whatsapp
from careflow_channels.breaker import BreakerPolicy, CircuitBreaker, breaker_key
from careflow_channels.errors import ProviderRejected, ProviderUnavailable


@pytest.fixture
def one_shot(policy):
    """One attempt per call, threshold 3, cool-down 1 s: each call is one breaker observation."""
    return replace(policy, attempts=1, breaker=BreakerPolicy(failure_threshold=3, cooldown_s=1.0))


def send(tenant, policy):
    return whatsapp.send_text(
        tenant,
        phone_number_id="100200300400500",
        access_token="tok",
        to="905551112233",
        text="hi",
        policy=policy,
    )


def open_breaker(meta, tenant, one_shot):
    meta.fail(503, count=3)
    for _ in range(3):
        with pytest.raises(ProviderUnavailable, match="gave up"):
            send(tenant, one_shot)


def test_opens_after_n_consecutive_failures_and_then_fails_fast(
    meta, tenant, one_shot, redis_client
):
    open_breaker(meta, tenant, one_shot)
    assert len(meta.requests()) == 3
    key = f"careflow:{tenant}:breaker:whatsapp"
    assert breaker_key(tenant, "whatsapp") == key
    assert redis_client.hget(key, "state") == "open"
    with pytest.raises(ProviderUnavailable, match="circuit open") as exc:
        send(tenant, one_shot)
    assert exc.value.retryable is True and exc.value.retry_after == 1.0
    assert len(meta.requests()) == 3  # the provider was not called


def test_success_resets_the_consecutive_count(meta, tenant, one_shot, redis_client):
    meta.fail(503, count=2)
    for _ in range(2):
        with pytest.raises(ProviderUnavailable):
            send(tenant, one_shot)
    assert redis_client.hget(breaker_key(tenant, "whatsapp"), "failures") == "2"
    send(tenant, one_shot)
    assert not redis_client.exists(breaker_key(tenant, "whatsapp"))
    meta.fail(503, count=2)
    for _ in range(2):
        with pytest.raises(ProviderUnavailable):
            send(tenant, one_shot)
    assert CircuitBreaker(tenant, "whatsapp", one_shot.breaker).state() == "closed"


def test_half_opens_after_the_cooldown_and_a_successful_probe_closes_it(
    meta, tenant, one_shot, redis_client
):
    open_breaker(meta, tenant, one_shot)
    breaker = CircuitBreaker(tenant, "whatsapp", one_shot.breaker)
    assert breaker.state() == "open"
    time.sleep(1.05)
    assert breaker.state() == "half_open"
    assert send(tenant, one_shot)  # the probe goes through and succeeds
    assert breaker.state() == "closed"
    assert not redis_client.exists(breaker_key(tenant, "whatsapp"))
    assert [r["status"] for r in meta.requests()] == [503, 503, 503, 200]


def test_a_failed_probe_reopens_for_another_cooldown(meta, tenant, one_shot):
    open_breaker(meta, tenant, one_shot)
    time.sleep(1.05)
    meta.fail(503, count=1)
    with pytest.raises(ProviderUnavailable, match="gave up"):
        send(tenant, one_shot)  # the probe fails
    with pytest.raises(ProviderUnavailable, match="circuit open"):
        send(tenant, one_shot)
    assert len(meta.requests()) == 4


def test_only_one_probe_at_a_time_across_containers(meta, tenant, one_shot):
    open_breaker(meta, tenant, one_shot)
    time.sleep(1.05)
    CircuitBreaker(tenant, "whatsapp", one_shot.breaker).before_call()  # another container probes
    with pytest.raises(ProviderUnavailable, match="probe in flight"):
        send(tenant, one_shot)
    assert len(meta.requests()) == 3


def test_state_is_shared_by_every_container(meta, tenant, one_shot):
    open_breaker(meta, tenant, one_shot)
    http.reset_client()  # a fresh container: new client, nothing in memory
    with pytest.raises(ProviderUnavailable, match="circuit open"):
        send(tenant, one_shot)


def test_breakers_are_per_tenant_and_per_provider(meta, tenant, one_shot):
    from careflow_channels import instagram

    open_breaker(meta, tenant, one_shot)
    assert send(f"{tenant}-other", one_shot)  # another clinic is not blocked
    assert instagram.send_text(
        tenant, access_token="tok", recipient_id="IGSID", text="hi", policy=one_shot
    )


def test_retries_inside_one_call_count_and_stop_once_open(meta, tenant, policy):
    policy = replace(policy, attempts=6, breaker=BreakerPolicy(failure_threshold=3, cooldown_s=5.0))
    meta.fail(503, count=10)
    with pytest.raises(ProviderUnavailable, match="circuit open"):
        send(tenant, policy)
    assert len(meta.requests()) == 3  # the breaker cut the retries short


def test_final_4xx_is_not_a_breaker_failure(meta, tenant, one_shot, redis_client):
    for _ in range(4):
        with pytest.raises(ProviderRejected):
            http.request(
                "POST",
                http.graph_url("1", "messages"),
                tenant_id=tenant,
                provider="whatsapp",
                headers=http.bearer("tok"),
                json={"messaging_product": "whatsapp"},
                policy=one_shot,
            )
    assert not redis_client.exists(breaker_key(tenant, "whatsapp"))
    assert send(tenant, one_shot)


def test_redis_down_fails_open_for_traffic(meta, tenant, one_shot, monkeypatch):
    from careflow_shared.settings import reset_settings
    from careflow_tenant.client import reset_redis

    monkeypatch.setenv("CAREFLOW_REDIS_URL", "redis://127.0.0.1:1/0")  # nothing listens there
    reset_settings()
    reset_redis()
    try:
        meta.fail(503, count=1)
        with pytest.raises(ProviderUnavailable, match="gave up"):
            send(tenant, one_shot)
        assert send(tenant, one_shot)
    finally:
        monkeypatch.undo()
        reset_settings()
        reset_redis()
