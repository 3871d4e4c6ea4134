"""The redrive function against real Kafka, Postgres and Redis: an outage dead letter goes back
to its source topic (here a private test topic) with the redrive counted, a poison one stays."""

from __future__ import annotations

import json
import os
import uuid
from datetime import UTC, datetime, timedelta

import pytest

from careflow_local.events import kafka_event, kafka_record
from careflow_local.invoke import invoke
from careflow_streaming.deadletter import build_dead_letter
from careflow_tenant.client import get_redis, tenant_key


@pytest.fixture
def source_topic(services):
    from kafka.admin import KafkaAdminClient, NewTopic

    admin = KafkaAdminClient(bootstrap_servers=os.environ["CAREFLOW_KAFKA_BOOTSTRAP"].split(","))
    name = f"test.redrive.{uuid.uuid4().hex[:12]}"
    admin.create_topics([NewTopic(name, num_partitions=1, replication_factor=1)])
    yield name
    admin.delete_topics([name])
    admin.close()


def _dead_letter_event(source: str, tenant: str, condition: str, offset: int) -> dict:
    original = kafka_record(
        topic=source,
        partition=0,
        offset=5,
        timestamp_ms=0,
        key=f"{tenant}:c".encode(),
        value=b'{"original": true}',
        headers=[("tenant_id", tenant.encode()), ("event_type", b"message.received")],
    )
    letter = build_dead_letter(
        "create_case",
        original,
        error_type="OperationalError",
        error_message="could not connect to server",
        attempts=0,
        condition=condition,
    )
    letter["failed_at"] = (datetime.now(UTC) - timedelta(hours=2)).isoformat()
    record = kafka_record(
        topic="hub.dlq.create_case",
        partition=0,
        offset=offset,
        timestamp_ms=0,
        key=f"{tenant}:c".encode(),
        value=json.dumps(letter).encode(),
        headers=[],
    )
    return kafka_event([record], bootstrap=os.environ["CAREFLOW_KAFKA_BOOTSTRAP"], region="x")


def _records(topic: str) -> list:
    from kafka import KafkaConsumer, TopicPartition

    consumer = KafkaConsumer(
        bootstrap_servers=os.environ["CAREFLOW_KAFKA_BOOTSTRAP"].split(","),
        enable_auto_commit=False,
    )
    tp = TopicPartition(topic, 0)
    consumer.assign([tp])
    consumer.seek_to_beginning(tp)
    end = consumer.end_offsets([tp])[tp]
    out = []
    while consumer.position(tp) < end:
        for records in consumer.poll(timeout_ms=1000).values():
            out.extend(records)
    consumer.close()
    return out


def test_an_outage_letter_goes_back_and_a_poison_one_stays(migrated_db, source_topic):
    tenant = f"redrive-{uuid.uuid4().hex[:8]}"
    outage = invoke("redrive", _dead_letter_event(source_topic, tenant, "RecordAgeExceeded", 1))
    poison = invoke("redrive", _dead_letter_event(source_topic, tenant, "PoisonRecord", 2))
    assert outage == poison == {"batchItemFailures": []}

    (record,) = _records(source_topic)
    assert record.value == b'{"original": true}'
    assert record.key == f"{tenant}:c".encode()
    assert dict(record.headers) == {
        "tenant_id": tenant.encode(),
        "event_type": b"message.received",
        "careflow_redrives": b"1",
    }
    r = get_redis()
    assert r.get(tenant_key(tenant, "stats", "dlq", "create_case", "redriven")) == "1"
    assert r.get(tenant_key(tenant, "stats", "dlq", "create_case", "parked")) == "1"
