"""A Kafka producer opened once per container; the same code speaks PLAINTEXT locally and
SASL/OAUTHBEARER (IAM) to Amazon MSK, chosen by ``CAREFLOW_KAFKA_SECURITY``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from careflow_shared.envelope import Envelope
from careflow_shared.settings import Settings, get_settings
from careflow_shared.tracecontext import current_traceparent

if TYPE_CHECKING:
    from kafka import KafkaProducer

_producer: KafkaProducer | None = None
SEND_TIMEOUT_S = 10.0


class _MskTokenProvider:
    """kafka-python's OAUTHBEARER hook, backed by AWS's MSK IAM signer."""

    def __init__(self, region: str) -> None:
        self.region = region

    def token(self) -> str:
        from aws_msk_iam_sasl_signer import MSKAuthTokenProvider

        token, _expiry_ms = MSKAuthTokenProvider.generate_auth_token(self.region)
        return str(token)


def producer_config(settings: Settings) -> dict[str, Any]:
    config: dict[str, Any] = {
        "bootstrap_servers": settings.kafka_bootstrap.split(","),
        "acks": "all",
        "linger_ms": 0,
        "retries": 5,
        "max_in_flight_requests_per_connection": 1,  # keeps per-key order across retries
        "request_timeout_ms": 10_000,
        "client_id": "careflow",
    }
    if settings.kafka_security == "iam":
        config.update(
            security_protocol="SASL_SSL",
            sasl_mechanism="OAUTHBEARER",
            sasl_oauth_token_provider=_MskTokenProvider(settings.region),
        )
    return config


def get_producer() -> KafkaProducer:
    global _producer
    if _producer is None:
        from kafka import KafkaProducer  # lazy: kafka-python costs ~50 ms to import

        _producer = KafkaProducer(**producer_config(get_settings()))
    return _producer


def reset_producer() -> None:
    global _producer
    if _producer is not None:
        _producer.close(timeout=5)
    _producer = None


def partition_key(tenant_id: str, conversation: str) -> bytes:
    """Tenant + conversation: order per conversation, spread across conversations."""
    return f"{tenant_id}:{conversation}".encode()


def publish(
    topic: str,
    envelope: Envelope,
    *,
    key: bytes,
    traceparent: str | None = None,
) -> None:
    """Send and wait for the broker's acknowledgement: a caller that returns success has its
    event durably in Kafka (acks=all)."""
    publish_raw(topic, envelope.to_bytes(), key=key, headers=_headers(envelope, traceparent))


def publish_many(items: list[tuple[str, Envelope, bytes]], traceparent: str | None = None) -> None:
    producer = get_producer()
    futures = [
        producer.send(topic, value=env.to_bytes(), key=key, headers=_headers(env, traceparent))
        for topic, env, key in items
    ]
    producer.flush(timeout=SEND_TIMEOUT_S)
    for future in futures:
        future.get(timeout=SEND_TIMEOUT_S)


def publish_raw(
    topic: str, value: bytes, *, key: bytes | None, headers: list[tuple[str, bytes]]
) -> None:
    producer = get_producer()
    future = producer.send(topic, value=value, key=key, headers=headers)
    producer.flush(timeout=SEND_TIMEOUT_S)
    future.get(timeout=SEND_TIMEOUT_S)


def _headers(envelope: Envelope, traceparent: str | None) -> list[tuple[str, bytes]]:
    tp = traceparent or current_traceparent()
    headers = [
        ("event_type", envelope.event_type.encode()),
        ("tenant_id", envelope.tenant_id.encode()),
        ("event_id", envelope.event_id.encode()),
    ]
    if tp:
        headers.append(("traceparent", tp.encode()))
    return headers
