"""send_message — ``hub.messages.outbound`` → the reply or escalation notice, delivered.

Why a function of its own rather than a step at the end of persist_result: a provider outage
must not hold up decisions, and delivery needs its own retry budget and dead-letter topic.

At most once per outbound id: the message is claimed (queued → sending) in a committed
transaction before the provider is called. A provider that is down or rate-limiting
(``ProviderUnavailable``, after the HTTP layer's own backoff) puts it back to queued and fails
the record, so the mapping retries it later; a final refusal marks it failed with the reason.
Replies that await approval or were rejected are never queued, so never sent.

Why an outcome journal in Redis: the claim, the provider call and the final status are three
steps, and Postgres can fail between the call and the status (an outage, a failover). Without
the journal the redelivered record found the row 'sending', took it for another attempt's and
did nothing: the reply stayed 'sending' for ever, sent or not (the chaos suite's Postgres fault
found one of 200). So each outcome is written to Redis (``outbound_outcome``) before Postgres,
and a redelivery that finds its row still 'sending' finishes it from the journal — as sent, or
back to queued and sent now. A row 'sending' with no journal entry is a crash between the claim
and the provider's answer: delivery unknown, it is left for a person and logged, never sent
twice.
"""

from __future__ import annotations

import json
from typing import Any

from careflow_channels import instagram, onlychannel, whatsapp
from careflow_channels.errors import ProviderError, ProviderNotConfigured, ProviderUnavailable
from careflow_rds import repositories as repo
from careflow_rds.tenancy import tenant_transaction
from careflow_rds.tenant_loader import require_tenant_config
from careflow_shared.envelope import Envelope, OutboundQueued, utcnow
from careflow_shared.errors import PoisonRecord, RetryableError
from careflow_shared.log import get_logger
from careflow_shared.telemetry import metrics, spans
from careflow_shared.telemetry.lambda_handler import instrumented
from careflow_streaming.batch import process_kafka_batch
from careflow_tenant.secrets import get_channel_secret

FUNCTION = "send_message"
logger = get_logger(FUNCTION)


OUTCOME_TTL_S = 7 * 24 * 3600
"""How long an outcome stays in the journal: beyond any retry budget of the mapping."""


def handle(envelope: Envelope) -> None:
    if envelope.event_type != "outbound.queued":
        raise PoisonRecord(f"{FUNCTION} does not take {envelope.event_type!r} events")
    queued = envelope.payload_as(OutboundQueued)
    tenant = envelope.tenant_id
    spans.set_attributes(careflow__case_id=queued.case_id)
    with tenant_transaction(tenant) as cur:
        message = repo.claim_outbound(cur, tenant, queued.outbound_id)
        target = (
            repo.reply_target(cur, tenant, queued.case_id, queued.channel)
            if message and message["kind"] == "reply"
            else None
        )
    if message is None:
        if _recover(envelope, queued):
            handle(envelope)  # put back to queued by the journal: claim and send it now
        return
    try:
        provider_id, mode = _send(tenant, message, target)
    except ProviderUnavailable as exc:
        _settle(tenant, queued, status="queued", error=f"provider unavailable: {exc}")
        raise RetryableError(f"{message['channel']} unavailable; will retry") from exc
    except (ProviderError, ProviderNotConfigured, ValueError) as exc:
        _settle(tenant, queued, status="failed", error=f"{type(exc).__name__}: {exc}")
        metrics.add("careflow.outbound", tenant=tenant, channel=queued.channel, outcome="failed")
        logger.warning(
            "outbound message refused",
            extra={"outbound_id": queued.outbound_id, "error_type": type(exc).__name__},
        )
        return
    except Exception:
        _settle(tenant, queued, status="queued", error="unexpected error; retrying")
        raise
    _settle(tenant, queued, status="sent", provider_message_id=provider_id, mode=mode)
    _count_sent(envelope, queued, str(message["kind"]))
    logger.info(
        "outbound message sent",
        extra={"outbound_id": queued.outbound_id, "channel": message["channel"], "mode": mode},
    )


def _journal_key(tenant: str, outbound_id: str) -> str:
    from careflow_tenant.client import tenant_key

    return tenant_key(tenant, "outbound_outcome", outbound_id)


def _settle(
    tenant: str,
    queued: OutboundQueued,
    *,
    status: str,
    provider_message_id: str | None = None,
    mode: str | None = None,
    error: str | None = None,
) -> None:
    """Journal the outcome in Redis, then write it to Postgres (which may fail: see the module).

    A journal that cannot be written (Redis down too) is logged and skipped: Postgres is then
    the only record, as before the journal existed."""
    from careflow_tenant.client import get_redis

    outcome = {
        "status": status,
        "provider_message_id": provider_message_id,
        "mode": mode,
        "error": error,
    }
    try:
        get_redis().set(
            _journal_key(tenant, queued.outbound_id), json.dumps(outcome), ex=OUTCOME_TTL_S
        )
    except Exception as exc:
        logger.warning(
            "outbound outcome not journalled",
            extra={"outbound_id": queued.outbound_id, "error_type": type(exc).__name__},
        )
    _finish(
        tenant,
        queued.outbound_id,
        status=status,
        provider_message_id=provider_message_id,
        mode=mode,
        error=error,
    )


def _recover(envelope: Envelope, queued: OutboundQueued) -> bool:
    """For a row not queued: finish a 'sending' one from the journal. True when it went back to
    queued (the caller sends it now); False when there is nothing to send."""
    from careflow_tenant.client import get_redis

    tenant, outbound_id = envelope.tenant_id, queued.outbound_id
    with tenant_transaction(tenant) as cur:
        row = repo.outbound_row(cur, tenant, outbound_id)
    if row is None or row["status"] != "sending":
        logger.info(
            "outbound not queued any more; nothing to send", extra={"outbound_id": outbound_id}
        )
        return False
    raw = get_redis().get(_journal_key(tenant, outbound_id))
    if raw is None:
        # Claimed, and no outcome: the attempt died between the claim and the provider's answer.
        logger.warning(
            "outbound delivery in doubt; left for a person", extra={"outbound_id": outbound_id}
        )
        metrics.add("careflow.outbound", tenant=tenant, channel=queued.channel, outcome="in_doubt")
        return False
    outcome = json.loads(str(raw))
    _finish(
        tenant,
        outbound_id,
        status=str(outcome["status"]),
        provider_message_id=outcome.get("provider_message_id"),
        mode=outcome.get("mode"),
        error=outcome.get("error"),
    )
    logger.info(
        "outbound outcome recovered from the journal",
        extra={"outbound_id": outbound_id, "status": outcome.get("status")},
    )
    if outcome.get("status") == "sent":
        _count_sent(envelope, queued, str(row["kind"]))
    return outcome.get("status") == "queued"


def _count_sent(envelope: Envelope, queued: OutboundQueued, kind: str) -> None:
    """careflow.outbound, and for a patient's reply the time since their webhook arrived."""
    tenant = envelope.tenant_id
    metrics.add("careflow.outbound", tenant=tenant, channel=queued.channel, outcome="sent")
    if kind == "reply" and envelope.origin_at is not None:
        waited = max((utcnow() - envelope.origin_at).total_seconds(), 0.0)
        metrics.record("careflow.webhook_to_reply", waited, tenant=tenant, channel=queued.channel)


def _finish(
    tenant: str,
    outbound_id: str,
    *,
    status: str,
    provider_message_id: str | None = None,
    mode: str | None = None,
    error: str | None = None,
) -> None:
    with tenant_transaction(tenant) as cur:
        repo.finish_outbound(
            cur,
            tenant,
            outbound_id,
            status=status,
            provider_message_id=provider_message_id,
            send_mode=mode,
            error=error,
        )


def _secret(tenant: str, name: str) -> dict[str, Any]:
    secret = get_channel_secret(tenant, name)
    if not secret:
        raise ValueError(f"tenant has no {name} secret")
    return secret


def _send(tenant: str, message: dict[str, Any], target: dict[str, Any] | None) -> tuple[str, str]:
    """Deliver one message; returns (provider message id, mode)."""
    text = str(message["body"])
    if message["kind"] == "escalation":
        # The on-call coordinator's contact lives in the tenant's "escalation" secret (staff
        # data stays out of the tenant config): {"channel": "whatsapp", "to": "<wa id>"}.
        # WhatsApp only lets free text into an open customer-service window, which a staff
        # number rarely has: escalations go out as the tenant's template (last inbound unknown).
        escalation = _secret(tenant, "escalation")
        channel, to = str(escalation.get("channel", "whatsapp")), str(escalation["to"])
        last_inbound = None
    else:
        if target is None:
            raise ValueError("the patient has no identity on this channel")
        channel, to, last_inbound = (
            str(message["channel"]),
            str(target["external_id"]),
            target["last_inbound_at"],
        )
    secret = _secret(tenant, channel)
    if channel == "whatsapp":
        config = require_tenant_config(tenant)
        wa = config.whatsapp
        if wa is None or not wa.phone_number_id:
            raise ValueError("tenant has no WhatsApp phone number id")
        template = whatsapp.Template(
            name=wa.reply_template,
            language=wa.reply_template_language,
            body_parameters=(text[:1024],),
        )
        sent = whatsapp.send_reply(
            tenant,
            phone_number_id=wa.phone_number_id,
            access_token=str(secret["access_token"]),
            to=to,
            text=text,
            last_inbound_at=last_inbound,
            template=template,
        )
        return sent.message_id, str(sent.mode)
    if channel == "instagram":
        mid = instagram.send_text(
            tenant, access_token=str(secret["access_token"]), recipient_id=to, text=text
        )
        return mid, "free_text"
    if channel == "onlychannel":
        mid = onlychannel.send_text(
            tenant,
            api_key=str(secret["api_key"]),
            account_id=str(secret["account_id"]),
            contact_id=to,
            text=text,
            idempotency_key=str(message["outbound_id"]),
            base_url=secret.get("base_url"),
        )
        return mid, "free_text"
    raise ValueError(f"unknown channel {channel!r}")


@instrumented(FUNCTION)
@logger.inject_lambda_context(clear_state=True)
def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    return process_kafka_batch(event, context, function=FUNCTION, handle=handle)
