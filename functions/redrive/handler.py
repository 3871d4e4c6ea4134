"""redrive — dead letters of outages back onto their source topic once the world answers again.

Triggered by every ``hub.dlq.<function>`` topic (unlimited retries, no destination). The policy
(what is redriven, when, how often) is ``careflow_streaming.redrive``; this handler adds the
health probe (Postgres and Redis answer) and the per-tenant counters
(``careflow:{tenant}:stats:dlq:<function>:redriven|parked``).
"""

from __future__ import annotations

from typing import Any

from careflow_rds.connection import lease, reset_connection
from careflow_shared.log import get_logger
from careflow_shared.telemetry.lambda_handler import instrumented
from careflow_streaming.producer import publish_raw
from careflow_streaming.redrive import process_dead_letters
from careflow_tenant.client import get_redis, tenant_key

FUNCTION = "redrive"
logger = get_logger(FUNCTION)


def healthy() -> bool:
    """Postgres and Redis answer (Kafka does: we are reading from it)."""
    try:
        with lease() as conn, conn, conn.cursor() as cur:
            cur.execute("SELECT 1")
        get_redis().ping()
    except Exception as exc:
        logger.warning("dependencies not healthy yet", extra={"error_type": type(exc).__name__})
        reset_connection()
        return False
    return True


def _publish(topic: str, value: bytes, key: bytes | None, headers: list[tuple[str, bytes]]) -> None:
    publish_raw(topic, value, key=key, headers=headers)


def _count(tenant: str, function: str, outcome: str) -> None:
    try:
        get_redis().incr(tenant_key(tenant, "stats", "dlq", function, outcome))
    except Exception:  # a counter never fails a redrive
        logger.warning("could not count a %s dead letter", outcome)


@instrumented(FUNCTION)
@logger.inject_lambda_context(clear_state=True)
def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    return process_dead_letters(
        event,
        healthy=healthy,
        publish=_publish,
        remaining_s=lambda: context.get_remaining_time_in_millis() / 1000,
        count=_count,
    )
