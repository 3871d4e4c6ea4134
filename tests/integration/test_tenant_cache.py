"""The front door's tenant configuration: written through to Redis, and a lost cache heals
without a person (real Redis, Postgres and Kafka; LocalStack holds the channel secrets).

These tests drop Redis's copy of every tenant, so they run on a Redis database of their own, and
ingest_message's refill request goes to a Kafka topic of their own: the shared services serve
other sessions' pollers and tenants meanwhile.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from careflow_local.events import http_api_event, kafka_event, kafka_record
from careflow_local.invoke import invoke, load_handler
from careflow_shared.settings import get_settings, reset_settings
from careflow_tenant import tenants
from careflow_tenant.client import get_redis, reset_redis

PRIVATE_REDIS_DB = 13


@pytest.fixture
def private_redis(services: Any) -> Iterator[Any]:
    saved = os.environ["CAREFLOW_REDIS_URL"]
    os.environ["CAREFLOW_REDIS_URL"] = f"{saved.rsplit('/', 1)[0]}/{PRIVATE_REDIS_DB}"
    reset_settings()
    reset_redis()
    tenants.clear_local_cache()
    redis = get_redis()
    redis.flushdb()
    try:
        yield redis
    finally:
        redis.flushdb()
        os.environ["CAREFLOW_REDIS_URL"] = saved
        reset_settings()
        reset_redis()
        tenants.clear_local_cache()


@pytest.fixture
def refill_topic(services: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A topic of this test's own in place of ``hub.messages.inbound`` for ingest_message."""
    from kafka.admin import KafkaAdminClient, NewTopic

    topic = f"test.tenant-refill.{uuid.uuid4().hex[:8]}"
    bootstrap = get_settings().kafka_bootstrap
    with KafkaAdminClient(bootstrap_servers=bootstrap) as admin:
        admin.create_topics([NewTopic(topic, num_partitions=1, replication_factor=1)])
    monkeypatch.setattr(load_handler("ingest_message"), "TOPIC_INBOUND", topic)
    try:
        yield topic
    finally:
        with KafkaAdminClient(bootstrap_servers=bootstrap) as admin:
            admin.delete_topics([topic])


def _records(topic: str) -> list[Any]:
    from kafka import KafkaConsumer

    consumer = KafkaConsumer(
        topic,
        bootstrap_servers=get_settings().kafka_bootstrap,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        consumer_timeout_ms=3000,
    )
    try:
        return list(consumer)
    finally:
        consumer.close()


def _handshake(tenant: dict[str, Any] | str) -> dict[str, Any]:
    """Meta's subscription check through ingest_message (a GET: no message is published)."""
    tid = tenant if isinstance(tenant, str) else tenant["tenant_id"]
    token = "x" if isinstance(tenant, str) else tenant["verify_token"]
    event = http_api_event(
        method="GET",
        path=f"/webhooks/whatsapp/{tid}",
        route_key="GET /webhooks/whatsapp/{tenant}",
        path_parameters={"channel": "whatsapp", "tenant": tid},
        raw_query=f"hub.mode=subscribe&hub.verify_token={token}&hub.challenge=4711",
    )
    tenants.clear_local_cache()  # every call as a new container would make it
    return invoke("ingest_message", event)


def _code(response: dict[str, Any]) -> str:
    return str(json.loads(response["body"])["error"]["code"])


def test_writing_a_tenant_fills_the_cache_the_front_door_reads(private_redis, tenant_factory):
    from careflow_local.db import upsert_tenant

    tenant = tenant_factory("wt")
    assert tenants.cached_tenant_config(tenant["tenant_id"]) == tenant["config"]
    assert _handshake(tenant)["body"] == "4711"  # no directory key needed for a known tenant

    upsert_tenant(tenant["config"].model_copy(update={"display_name": "Renamed"}))
    tenants.clear_local_cache()
    assert tenants.cached_tenant_config(tenant["tenant_id"]).display_name == "Renamed"


def test_a_refill_writes_every_tenant_and_makes_absence_authoritative(
    private_redis, tenant_factory
):
    from careflow_rds.tenant_loader import refill_tenant_directory

    tenant = tenant_factory("rf")
    private_redis.flushdb()  # Redis lost everything
    with pytest.raises(tenants.TenantConfigUnavailable):
        tenants.cached_tenant_config(tenant["tenant_id"])
    written = refill_tenant_directory()
    assert written >= 1 and private_redis.get(tenants.DIRECTORY_KEY) == str(written)
    assert private_redis.ttl(tenants.DIRECTORY_KEY) > 0  # trusted for a while, then refilled
    tenants.clear_local_cache()
    assert tenants.cached_tenant_config(tenant["tenant_id"]) == tenant["config"]
    assert tenants.cached_tenant_config(f"nobody-{uuid.uuid4().hex[:8]}") is None


def test_a_lost_cache_heals_without_a_person(private_redis, refill_topic, tenant_factory):
    """Redis loses its copy: webhooks get a retryable 503 and one refill request reaches
    create_case, which reads Postgres; the provider's retry then goes through."""
    tenant = tenant_factory("heal")
    private_redis.flushdb()

    first, second = _handshake(tenant), _handshake(tenant)
    for response in (first, second):
        assert response["statusCode"] == 503 and _code(response) == "unavailable"
        assert response["headers"]["Retry-After"] == "30"
    records = _records(refill_topic)
    assert len(records) == 1  # the second miss found the request already made
    assert dict(records[0].headers)["event_type"] == b"tenant.directory_refill"

    record = kafka_record(
        topic=refill_topic,
        partition=0,
        offset=records[0].offset,
        timestamp_ms=records[0].timestamp,
        key=records[0].key,
        value=records[0].value,
        headers=records[0].headers,
    )
    event = kafka_event([record], bootstrap=get_settings().kafka_bootstrap, region="eu-central-1")
    assert invoke("create_case", event) == {"batchItemFailures": []}

    assert _handshake(tenant)["body"] == "4711"
    unknown = _handshake(f"nobody-{uuid.uuid4().hex[:8]}")
    assert unknown["statusCode"] == 404 and _code(unknown) == "not_found"


def test_made_up_tenants_cost_one_refill_request_at_most(private_redis, refill_topic):
    for _ in range(5):  # Redis cannot confirm them: 503, but only one request for all
        response = _handshake(f"rand-{uuid.uuid4().hex[:8]}")
        assert response["statusCode"] == 503
    assert len(_records(refill_topic)) == 1

    tenants.mark_directory_complete(0)  # once Redis is complete, they are simply unknown
    private_redis.delete(tenants.REFILL_KEY)
    for _ in range(5):
        assert _handshake(f"rand-{uuid.uuid4().hex[:8]}")["statusCode"] == 404
    assert len(_records(refill_topic)) == 1


def test_a_failed_refill_request_is_asked_again(private_redis, monkeypatch):
    """If the request cannot be published, the next webhook must be able to send it."""
    handler = load_handler("ingest_message")

    def broker_down(*args: Any, **kwargs: Any) -> None:
        raise ConnectionError("broker unavailable")

    monkeypatch.setattr(handler, "publish", broker_down)
    response = _handshake(f"rand-{uuid.uuid4().hex[:8]}")
    # Kafka down is a dependency outage: a retryable 503, never a 500 (see the recovery tests) ...
    assert response["statusCode"] == 503 and "Retry-After" in response["headers"]
    # ... and the refill guard was released, so the provider's retry asks for the refill again.
    assert private_redis.get(tenants.REFILL_KEY) is None
