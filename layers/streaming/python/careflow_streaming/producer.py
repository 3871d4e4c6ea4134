"""A Kafka producer opened once per container; the same code speaks PLAINTEXT locally and
SASL/OAUTHBEARER (IAM) to Amazon MSK, chosen by ``CAREFLOW_KAFKA_SECURITY``.

It fails fast: a send that cannot get metadata blocks at most ``MAX_BLOCK_MS``, and a send is
acknowledged within ``DELIVERY_TIMEOUT_MS`` or fails (kafka-python's defaults are 60 s and 120 s,
which made webhooks hang while Kafka was down). A failed send drops the producer, so the next
call starts with fresh connections and metadata (a broker that came back is found at once).
A publish call takes 7.5 s at most, inside the webhook function's 10 s.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

from careflow_shared.envelope import Envelope
from careflow_shared.settings import Settings, get_settings
from careflow_shared.telemetry.messaging import publish_span
from careflow_shared.telemetry.propagation import context_for, inject

if TYPE_CHECKING:
    from kafka import KafkaProducer

logger = logging.getLogger("careflow.producer")
_producer: KafkaProducer | None = None
_producer_lock = threading.Lock()
MAX_BLOCK_MS = 3_000
REQUEST_TIMEOUT_MS = 3_000
DELIVERY_TIMEOUT_MS = 4_000
# after the sends: a publish takes at most MAX_BLOCK_MS (metadata) + SEND_TIMEOUT_S = 7.5 s
SEND_TIMEOUT_S = DELIVERY_TIMEOUT_MS / 1000 + 0.5


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
        "max_block_ms": MAX_BLOCK_MS,
        "request_timeout_ms": REQUEST_TIMEOUT_MS,
        "delivery_timeout_ms": DELIVERY_TIMEOUT_MS,
        "reconnect_backoff_max_ms": 1_000,
        "bootstrap_timeout_ms": MAX_BLOCK_MS,  # the constructor waits for a broker this long
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
    """The container's producer (thread-safe, shared by the batch runner's worker threads);
    created once under a lock, so two threads starting together do not each make one."""
    global _producer
    if _producer is None:
        with _producer_lock:
            if _producer is None:
                from kafka import KafkaProducer  # lazy: kafka-python costs ~50 ms to import

                _producer = KafkaProducer(**producer_config(get_settings()))
    return _producer


def reset_producer() -> None:
    global _producer
    producer, _producer = _producer, None
    if producer is not None:
        try:
            producer.close(timeout=0)  # nothing left to deliver: every send was waited for
        except Exception as exc:  # closing a producer whose broker is gone must not mask the error
            logger.debug("closing the Kafka producer failed: %s", type(exc).__name__)


def partition_key(tenant_id: str, conversation: str) -> bytes:
    """Tenant + conversation: order per conversation, spread across conversations."""
    return f"{tenant_id}:{conversation}".encode()


def publish(topic: str, envelope: Envelope, *, key: bytes) -> None:
    """Send and wait for the broker's acknowledgement: a caller that returns success has its
    event durably in Kafka (acks=all). The record carries the current trace context."""
    with publish_span(topic, event_id=envelope.event_id, tenant=envelope.tenant_id):
        publish_raw(topic, envelope.to_bytes(), key=key, headers=_headers(envelope))


def publish_many(items: list[tuple[str, Envelope, bytes]]) -> None:
    try:
        producer = get_producer()
        futures = []
        for topic, env, key in items:
            with publish_span(
                topic, event_id=env.event_id, tenant=env.tenant_id, context=context_for(env)
            ):
                futures.append(
                    producer.send(topic, value=env.to_bytes(), key=key, headers=_headers(env))
                )
        _wait(producer, futures)
    except Exception:
        reset_producer()
        raise


def publish_raw(
    topic: str, value: bytes, *, key: bytes | None, headers: list[tuple[str, bytes]]
) -> None:
    try:
        producer = get_producer()
        _wait(producer, [producer.send(topic, value=value, key=key, headers=headers)])
    except Exception:
        reset_producer()
        raise


def _wait(producer: KafkaProducer, futures: list[Any]) -> None:
    """Every future acknowledged, within ``SEND_TIMEOUT_S`` from now in all."""
    import time

    from kafka.errors import KafkaTimeoutError

    deadline = time.monotonic() + SEND_TIMEOUT_S
    producer.flush(timeout=SEND_TIMEOUT_S)
    for future in futures:
        remaining = deadline - time.monotonic()
        if remaining <= 0 and not future.is_done:
            raise KafkaTimeoutError("Kafka did not acknowledge in time")
        future.get(timeout=max(remaining, 0.001))


def _headers(envelope: Envelope) -> list[tuple[str, bytes]]:
    """The envelope's routing headers and the current span's W3C context (``traceparent``)."""
    headers = [
        ("event_type", envelope.event_type.encode()),
        ("tenant_id", envelope.tenant_id.encode()),
        ("event_id", envelope.event_id.encode()),
    ]
    inject(headers)
    return headers
