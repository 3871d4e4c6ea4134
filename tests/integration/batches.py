"""Helpers of the tests that drive MSK batches through handlers in-process."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from careflow_local.events import kafka_event, kafka_record
from careflow_local.invoke import LambdaContext, invoke
from careflow_shared.envelope import Envelope, MessageReceived
from careflow_shared.topology import FUNCTIONS, TOPIC_CASE_EVENTS, TOPIC_INBOUND
from careflow_streaming import batch

OK = {"batchItemFailures": []}


class Deadline(LambdaContext):
    """A function's Lambda context with a deadline the test controls (60 s left by default)."""

    def __init__(self, function: str, remaining: Callable[[], float] = lambda: 60_000) -> None:
        super().__init__(function, memory_limit_in_mb=FUNCTIONS[function].memory_mb)
        self._remaining = remaining

    def get_remaining_time_in_millis(self) -> int:
        return int(self._remaining())


def open_cases(tid: str, conversations: dict[str, list[str]]) -> dict[str, list[Envelope]]:
    """Each conversation's messages through create_case (one batch); its case events, in order."""
    records = []
    for name, texts in conversations.items():
        for text in texts:
            inbound = Envelope.first(
                str(uuid.uuid4()),
                "message.received",
                tid,
                MessageReceived(
                    channel="whatsapp",
                    provider_message_id=f"wamid.{uuid.uuid4().hex}",
                    conversation_key=f"{name}-{tid}",
                    sender_id=f"90532{abs(hash((tid, name))) % 10**7:07d}",
                    message_type="text",
                    text=text,
                    sent_at=datetime.now(UTC),
                ),
            )
            records.append((f"{tid}:{name}".encode(), inbound))
    captured = captured_outputs("create_case", msk_batch(TOPIC_INBOUND, records))
    by_case: dict[str, list[Envelope]] = {}
    for topic, env, _key in captured:
        if topic == TOPIC_CASE_EVENTS and env.event_type in ("case.opened", "case.message_added"):
            by_case.setdefault(str(env.payload["case_id"]), []).append(env)
    assert len(by_case) == len(conversations)
    return by_case


def interleaved(by_case: dict[str, list[Envelope]]) -> list[Envelope]:
    """Round robin over the conversations: a1 b1 c1 a2 b2 c2 …"""
    lanes = list(by_case.values())
    out = []
    for i in range(max(len(lane) for lane in lanes)):
        out.extend(lane[i] for lane in lanes if i < len(lane))
    return out


def msk_batch(
    topic: str, records: list[tuple[bytes, Envelope]], first_offset: int = 0
) -> dict[str, Any]:
    """An ``aws:kafka`` event of ``(key, envelope)`` records, all on partition 0, in order."""
    return kafka_event(
        [
            kafka_record(
                topic=topic,
                partition=0,
                offset=first_offset + i,
                timestamp_ms=int(time.time() * 1000),
                key=key,
                value=env.to_bytes(),
            )
            for i, (key, env) in enumerate(records)
        ],
        bootstrap="127.0.0.1:19092",
        region="eu-central-1",
    )


def case_events_batch(envelopes: list[Envelope], first_offset: int = 0) -> dict[str, Any]:
    """run_agent's (or sync_clinic's) batch of case events, keyed by case as create_case does."""
    keyed = [(f"{env.tenant_id}:{env.payload['case_id']}".encode(), env) for env in envelopes]
    return msk_batch(TOPIC_CASE_EVENTS, keyed, first_offset)


def captured_outputs(function: str, event: dict[str, Any]) -> list[tuple[str, Envelope, bytes]]:
    """Run ``function`` in-process over ``event``; what it publishes is returned instead of sent
    (a poller of another checkout on the shared Kafka must not pick it up)."""
    captured: list[tuple[str, Envelope, bytes]] = []
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(batch, "publish_many", captured.extend)
        assert invoke(function, event) == OK
    return captured
