"""The dead-letter record: the original bytes, where they came from, why they failed.

Used by the handlers (a poison record is dead-lettered at once, the rest of its batch goes on)
and by the local event source mapping (retries exhausted), so both write the same format and
``careflow dlq replay`` can put any of them back on its source topic unchanged.
"""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from typing import Any, Literal

from careflow_shared.topology import dlq_topic

Condition = Literal["PoisonRecord", "HandlerError", "RetryAttemptsExhausted", "RecordAgeExceeded"]
# What the automatic redrive puts back: the retry budget ran out (an outage longer than the
# mapping's record age). Poison records and handler errors (bugs) wait for a person.
REDRIVABLE: frozenset[str] = frozenset({"RetryAttemptsExhausted", "RecordAgeExceeded"})
DLQ_VERSION = 1


def build_dead_letter(
    function: str,
    record: dict[str, Any],
    *,
    error_type: str,
    error_message: str,
    attempts: int,
    condition: Condition,
) -> dict[str, Any]:
    """``record`` is one record of an ``aws:kafka`` event (base64 key/value, header int arrays)."""
    return {
        "dlq_version": DLQ_VERSION,
        "function": function,
        "condition": condition,
        "error": {"type": error_type, "message": error_message[:2000]},
        "attempts": attempts,
        "failed_at": datetime.now(UTC).isoformat(),
        "source": {
            "topic": record["topic"],
            "partition": record["partition"],
            "offset": record["offset"],
            "timestamp": record.get("timestamp"),
            "key": record.get("key"),
            "headers": record.get("headers", []),
        },
        "value": record.get("value", ""),
    }


def send_dead_letter(function: str, letter: dict[str, Any]) -> None:
    from careflow_shared.telemetry.messaging import note_dead_lettered
    from careflow_streaming.producer import publish_raw

    key = letter["source"].get("key")
    publish_raw(
        dlq_topic(function),
        json.dumps(letter).encode(),
        key=base64.b64decode(key) if key else None,
        headers=[
            ("dlq_condition", letter["condition"].encode()),
            ("dlq_error_type", letter["error"]["type"].encode()),
        ],
    )
    note_dead_lettered(function, letter["source"].get("topic"))


def original_record(
    letter: dict[str, Any],
) -> tuple[str, bytes | None, bytes, list[tuple[str, bytes]]]:
    """(topic, key, value, headers) exactly as they were before the failure, for replay."""
    src = letter["source"]
    key = base64.b64decode(src["key"]) if src.get("key") else None
    value = base64.b64decode(letter.get("value") or "")
    headers = [
        (name, bytes(values))
        for header in src.get("headers", [])
        for name, values in header.items()
    ]
    return src["topic"], key, value, headers
