"""Put dead letters of outages back on their source topic, automatically, a bounded number of times.

A pipeline mapping retries a transiently failing record until it is ``PIPELINE_RECORD_AGE_S``
old; an outage longer than that ends in a dead letter (``RecordAgeExceeded`` or
``RetryAttemptsExhausted``). The ``redrive`` function reads every dead-letter topic and, per
letter:

- **park** (leave it for ``careflow dlq replay`` after a person fixed the cause) a poison record,
  a handler error (a bug), a letter that is not ours, or one already redriven ``MAX_REDRIVES``
  times (the count travels with the record in the ``careflow_redrives`` header);
- **wait** until ``redrive_delay_s(n)`` after it failed (1, 2, 4, 8, 16 minutes) and until the
  dependencies answer (the caller's ``healthy`` probe); a letter that cannot go yet fails, with
  the rest of its partition, and its mapping (unlimited retries, no destination) brings it back;
- **redrive**: publish the original key, value and headers, with the count raised by one.

Handlers are idempotent, so a redriven record that had in fact been processed changes nothing.
"""

from __future__ import annotations

import base64
import json
import logging
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any, Literal

from careflow_streaming.deadletter import REDRIVABLE, original_record

logger = logging.getLogger("careflow.redrive")

REDRIVE_HEADER = "careflow_redrives"
MAX_REDRIVES = 5
FIRST_DELAY_S = 60.0
MAX_WAIT_IN_INVOCATION_S = 20.0
Decision = Literal["redrive", "park", "wait"]
Publish = Callable[[str, bytes, bytes | None, list[tuple[str, bytes]]], None]


def redrive_delay_s(redrives: int) -> float:
    """How long after its failure a letter redriven ``redrives`` times so far may go again."""
    return FIRST_DELAY_S * 2 ** min(redrives, 10)


def redrive_count(headers: list[tuple[str, bytes]]) -> int:
    for name, value in headers:
        if name == REDRIVE_HEADER:
            try:
                return int(value.decode())
            except ValueError:
                return MAX_REDRIVES
    return 0


def decide(letter: dict[str, Any], now: float) -> tuple[Decision, float]:
    """What to do with ``letter`` at ``now`` (epoch seconds), and how long to wait if "wait"."""
    if letter.get("condition") not in REDRIVABLE:
        return "park", 0.0
    _topic, _key, _value, headers = original_record(letter)
    redrives = redrive_count(headers)
    if redrives >= MAX_REDRIVES:
        return "park", 0.0
    failed_at = datetime.fromisoformat(letter["failed_at"]).timestamp()
    due = failed_at + redrive_delay_s(redrives)
    return ("redrive", 0.0) if now >= due else ("wait", due - now)


def redrive(letter: dict[str, Any], publish: Publish) -> int:
    """Publish the letter's original record with the redrive count raised; the new count."""
    topic, key, value, headers = original_record(letter)
    count = redrive_count(headers) + 1
    kept = [(n, v) for n, v in headers if n != REDRIVE_HEADER]
    publish(topic, value, key, [*kept, (REDRIVE_HEADER, str(count).encode())])
    return count


def process_dead_letters(
    event: dict[str, Any],
    *,
    healthy: Callable[[], bool],
    publish: Publish,
    remaining_s: Callable[[], float],
    count: Callable[[str, str, str], None] = lambda tenant, function, outcome: None,
    sleep: Callable[[float], None] = time.sleep,
    now: Callable[[], float] = time.time,
) -> dict[str, Any]:
    """Handle an ``aws:kafka`` event of dead letters; the ``batchItemFailures`` answer.

    ``count(tenant, function, outcome)`` is told of every redriven or parked letter (stats).
    """
    failures: list[dict[str, Any]] = []
    checked_health = False
    for partition_key, records in (event.get("records") or {}).items():
        for index, record in enumerate(records):
            letter = _letter(record)
            if letter is None:
                logger.warning("not a careflow dead letter; parked", extra=_where(record))
                continue
            decision, wait = decide(letter, now())
            if decision == "wait" and wait <= min(MAX_WAIT_IN_INVOCATION_S, remaining_s() - 10):
                sleep(wait)
                decision = "redrive"
            if decision == "redrive" and not checked_health:
                decision = "redrive" if healthy() else "wait"
                checked_health = decision == "redrive"
            tenant = _tenant(letter)
            if decision == "park":
                count(tenant, letter.get("function", "?"), "parked")
                logger.info(
                    "dead letter parked for a person",
                    extra={**_where(record), "condition": letter.get("condition")},
                )
                continue
            if decision == "wait":
                failures.extend(
                    {"itemIdentifier": {"partition": partition_key, "offset": r["offset"]}}
                    for r in records[index:]
                )
                break
            n = redrive(letter, publish)
            count(tenant, letter.get("function", "?"), "redriven")
            logger.info(
                "dead letter redriven",
                extra={**_where(record), "condition": letter.get("condition"), "redrives": n},
            )
    return {"batchItemFailures": failures}


def _letter(record: dict[str, Any]) -> dict[str, Any] | None:
    try:
        letter = json.loads(base64.b64decode(record.get("value") or ""))
    except ValueError:
        return None
    if not isinstance(letter, dict) or "source" not in letter or "failed_at" not in letter:
        return None
    return letter


def _tenant(letter: dict[str, Any]) -> str:
    for header in letter["source"].get("headers", []):
        if "tenant_id" in header:
            return bytes(header["tenant_id"]).decode(errors="replace")
    return "unknown"


def _where(record: dict[str, Any]) -> dict[str, Any]:
    return {"topic": record.get("topic"), "partition": record.get("partition"),
            "offset": record.get("offset")}  # fmt: skip
