"""ingest_message — channel webhooks in, one envelope per message out to ``hub.messages.inbound``.

One handler for every channel (WhatsApp, Instagram, OnlyChannel): the route's ``{channel}``
segment picks the adapter. Order of checks matters: tenant → signature on the raw bytes → parse →
rate limit (one per message, the whole webhook or nothing) → dedupe → publish. Nothing is
published unless every check passed, and a message is only marked as seen after Kafka
acknowledged it, so a failed publish is retried by the provider, never lost.

Whatever is down, the webhook answers within seconds: a failure of Redis, Postgres or Kafka
(``careflow_shared.transient``) answers 503 with ``Retry-After`` so the provider retries, and the
Kafka producer gives up after 7.5 s instead of blocking for a minute.
"""

from __future__ import annotations

import base64
import json
import re
import uuid
from typing import Any

from aws_lambda_powertools.event_handler import APIGatewayHttpResolver, Response, content_types
from pydantic import ValidationError

from careflow_shared.channels.adapter import ADAPTERS, ChannelAdapter
from careflow_shared.envelope import (
    DirectoryRefill,
    Envelope,
    EventType,
    MessageReceived,
    MessageStatus,
)
from careflow_shared.errors import (
    BadRequest,
    CareflowError,
    Forbidden,
    NotFound,
    ServiceUnavailable,
    TooManyRequests,
    Unauthorized,
)
from careflow_shared.log import get_logger
from careflow_shared.telemetry import metrics, spans
from careflow_shared.telemetry.lambda_handler import instrumented
from careflow_shared.tenant_config import TENANT_ID_PATTERN, TenantConfig
from careflow_shared.topology import TOPIC_INBOUND
from careflow_shared.transient import is_transient
from careflow_streaming.producer import partition_key, publish
from careflow_tenant import idempotency, ratelimit, tenants
from careflow_tenant.secrets import get_channel_secret

logger = get_logger("ingest_message")
app = APIGatewayHttpResolver()
EVENT_NAMESPACE = uuid.UUID("6f1c1e1e-9b7e-4c55-a3c1-1b0c8a1f0e01")
TENANT_ID = re.compile(TENANT_ID_PATTERN)
RETRY_AFTER_S = 30


@app.exception_handler(CareflowError)
def _careflow_error(exc: CareflowError) -> Response[str]:
    _count_refusal(exc)
    headers = {}
    if isinstance(exc, ServiceUnavailable):
        headers["Retry-After"] = str(exc.retry_after_s)
    return Response(
        exc.status_code, content_types.APPLICATION_JSON, json.dumps(exc.to_body()), headers
    )


def _count_refusal(exc: CareflowError) -> None:
    """careflow.webhooks for a webhook refused as a whole: rate_limited, or rejected with the
    error's code as the reason. A path that names no known tenant or channel counts as
    ``unknown`` (the path is anyone's input: its values must not become series)."""
    params = app.current_event.path_parameters or {} if app.current_event else {}
    known = not isinstance(exc, NotFound)
    metrics.add(
        "careflow.webhooks",
        1,
        tenant=params.get("tenant") if known else "unknown",
        channel=params.get("channel") if params.get("channel") in ADAPTERS else "unknown",
        outcome="rate_limited" if isinstance(exc, TooManyRequests) else "rejected",
        reason=type(exc).__name__,
    )


@app.exception_handler(Exception)
def _dependency_down(exc: Exception) -> Response[str]:
    """A dependency is down: 503 and the provider retries; anything else stays a 500."""
    if not is_transient(exc):
        raise exc
    logger.warning("dependency unavailable", extra={"error_type": type(exc).__name__})
    return _careflow_error(ServiceUnavailable("a dependency is unavailable; retry later"))


def _context(channel: str, tenant_id: str) -> tuple[ChannelAdapter, TenantConfig, dict[str, Any]]:
    """The channel's adapter, the tenant and its channel secret — or 404 for any unknown one."""
    adapter = ADAPTERS.get(channel)
    if adapter is None:
        raise NotFound("unknown channel")
    config = _tenant_config(tenant_id)
    if config is None:
        raise NotFound("unknown tenant")
    secret = get_channel_secret(tenant_id, channel)
    if not secret:
        raise NotFound(f"tenant has no {channel} channel")
    return adapter, config, secret


def _tenant_config(tenant_id: str) -> TenantConfig | None:
    """The tenant's configuration from Redis only: the front door has no database access.

    When Redis cannot tell whether the tenant exists (its copy was lost), the answer is a
    retryable 503 — the provider redelivers — and one refill request for all tenants goes to
    create_case, which may read Postgres; a flood of made-up tenants sends no more than one per
    ``tenants.REFILL_GUARD_S`` seconds and touches no database.
    """
    if not TENANT_ID.match(tenant_id):
        return None
    try:
        return tenants.cached_tenant_config(tenant_id)
    except tenants.TenantConfigUnavailable:
        if tenants.request_refill():
            try:
                envelope = Envelope.first(
                    str(uuid.uuid4()), "tenant.directory_refill", tenant_id, DirectoryRefill()
                )
                publish(TOPIC_INBOUND, envelope, key=partition_key(tenant_id, "tenant-directory"))
            except BaseException:
                tenants.release_refill()  # the next webhook asks again
                raise
            logger.warning("tenant cache incomplete: refill requested")
        raise ServiceUnavailable(
            "tenant configuration is being reloaded; retry later", retry_after_s=RETRY_AFTER_S
        ) from None


@app.get("/webhooks/<channel>/<tenant>")
def verify_subscription(channel: str, tenant: str) -> Response[str]:
    """The provider's subscription handshake (Meta: echo hub.challenge when the token matches)."""
    adapter, _config, secret = _context(channel, tenant)
    answer = adapter.handshake(app.current_event.query_string_parameters or {}, secret)
    if answer is None:
        raise Forbidden("verification failed")
    return Response(200, content_types.TEXT_PLAIN, answer)


@app.post("/webhooks/<channel>/<tenant>")
def receive(channel: str, tenant: str) -> dict[str, Any]:
    adapter, config, secret = _context(channel, tenant)
    event = app.current_event
    raw = _raw_body(event.body, bool(event.is_base64_encoded))
    if not adapter.verify(raw, event.headers, secret):
        raise Unauthorized("invalid webhook signature")
    try:
        parsed = adapter.parse(raw)
    except ValidationError as exc:
        raise BadRequest(
            f"webhook body does not match the {channel} schema", details=_errors(exc)
        ) from None
    except ValueError:
        raise BadRequest("webhook body is not valid JSON") from None
    _take_rate_budget(tenant, config.rate_limit_per_minute, len(parsed.messages))
    accepted = duplicates = 0
    for message in parsed.messages:
        if _publish_once(tenant, message):
            accepted += 1
        else:
            duplicates += 1
    for outcome, count in (("accepted", accepted), ("duplicate", duplicates)):
        if count:
            metrics.add("careflow.webhooks", count, tenant=tenant, channel=channel, outcome=outcome)
    for status in parsed.statuses:
        _publish(
            tenant,
            "message.status",
            status,
            identity=f"status|{status.channel}|{status.provider_message_id}|{status.status}",
            conversation=f"status:{status.provider_message_id}",
        )
    logger.info(
        "webhook accepted",
        extra={
            "tenant_id": tenant,
            "channel": channel,
            "accepted": accepted,
            "duplicates": duplicates,
            "statuses": len(parsed.statuses),
        },
    )
    return {"accepted": accepted, "duplicates": duplicates, "statuses": len(parsed.statuses)}


def _take_rate_budget(tenant: str, limit: int, messages: int) -> None:
    """The rate limit counts messages: a webhook takes one per message it carries (one if it
    only reports statuses), all or nothing. Over budget, the whole webhook is refused with 429
    before anything is published, so the provider's retry delivers it whole later."""
    cost = max(1, messages)
    if ratelimit.allow(tenant, limit, cost=cost):
        return
    if cost > limit:
        raise TooManyRequests(
            "the webhook carries more messages than the tenant's rate limit per minute",
            details={"messages": cost, "limit_per_minute": limit},
        )
    raise TooManyRequests(
        "tenant rate limit exceeded", details={"messages": cost, "limit_per_minute": limit}
    )


def _publish_once(tenant: str, message: MessageReceived) -> bool:
    claim = idempotency.claim(tenant, message.channel, message.provider_message_id)
    if claim == "duplicate":
        idempotency.count_duplicate(tenant, message.channel)
        return False
    if claim == "in_progress":
        raise ServiceUnavailable(
            "the same message is being processed; retry later",
            retry_after_s=idempotency.IN_PROGRESS_TTL_S,
        )
    try:
        _publish(
            tenant,
            "message.received",
            message,
            identity=f"{message.channel}|{message.provider_message_id}",
            conversation=message.conversation_key,
        )
    except BaseException:
        idempotency.release(tenant, message.channel, message.provider_message_id)
        raise
    idempotency.complete(tenant, message.channel, message.provider_message_id)
    return True


def _publish(
    tenant: str,
    event_type: EventType,
    payload: MessageReceived | MessageStatus,
    *,
    identity: str,
    conversation: str,
) -> None:
    """One envelope to the inbound topic. Its id derives from the provider's identity of the
    message, so a redelivery that slips past Redis still carries the same event id."""
    event_id = str(uuid.uuid5(EVENT_NAMESPACE, f"{tenant}|{identity}"))
    envelope = Envelope.first(event_id, event_type, tenant, payload)
    key = partition_key(tenant, conversation)
    spans.set_attributes(careflow__event_id=event_id)  # `careflow trace ID` finds the trace
    publish(TOPIC_INBOUND, envelope, key=key)


def _raw_body(body: str | None, is_base64: bool) -> bytes:
    """The bytes the provider signed: API Gateway hands text bodies over as UTF-8 strings."""
    if not body:
        return b""
    return base64.b64decode(body) if is_base64 else body.encode()


def _errors(exc: ValidationError) -> list[dict[str, str]]:
    """Where and why, never the offending values (they may be phone numbers)."""
    return [{"loc": ".".join(str(p) for p in e["loc"]), "msg": e["msg"]} for e in exc.errors()]


@instrumented("ingest_message")
@logger.inject_lambda_context(clear_state=True)
def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    return app.resolve(event, context)
