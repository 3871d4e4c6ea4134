"""The batch runner's lanes: one conversation's records in order, conversations at once, a failure
holding back only its own conversation, and what ``batchItemFailures`` then says (Lambda resumes
a partition from its lowest failed offset). Dead letters are captured instead of produced."""

from __future__ import annotations

import threading
import uuid

import psycopg2
import pytest

from careflow_local.events import kafka_event, kafka_record
from careflow_shared.envelope import Envelope, MessageReceived
from careflow_streaming import batch


class Ctx:
    """A Lambda context whose remaining time is whatever the test says."""

    def __init__(self, remaining_ms: list[int] | None = None) -> None:
        self.remaining = remaining_ms or [60_000]

    def get_remaining_time_in_millis(self) -> int:
        return self.remaining.pop(0) if len(self.remaining) > 1 else self.remaining[0]


@pytest.fixture
def letters(monkeypatch):
    captured: list[dict] = []
    monkeypatch.setattr(batch, "send_dead_letter", lambda fn, letter: captured.append(letter))
    monkeypatch.setattr(batch, "TRANSIENT_PAUSE_S", 0.0)
    batch._unexpected_attempts.clear()
    return captured


def _event(keys: list[str], partition: int = 0) -> dict:
    """One record per entry of ``keys`` (its Kafka key), offsets 0, 1, 2 … in that order."""
    records = []
    for offset, key in enumerate(keys):
        env = Envelope.first(
            str(uuid.UUID(int=offset + 1)),
            "message.received",
            "t1",
            MessageReceived(
                channel="whatsapp",
                provider_message_id=f"wamid.{offset}",
                conversation_key=key,
                sender_id="s",
                recipient_id="r",
                message_type="text",
                text=f"{key}-{offset}",
                sent_at="2026-01-01T00:00:00Z",
            ),
        )
        records.append(
            kafka_record(
                topic="hub.messages.inbound",
                partition=partition,
                offset=offset,
                timestamp_ms=0,
                key=f"t1:{key}".encode(),
                value=env.to_bytes(),
                headers=[],
            )
        )
    return kafka_event(records, bootstrap="x:1", region="eu-central-1")


def _text(env: Envelope) -> str:
    return str(env.payload["text"])


def _failed(response: dict) -> list[int]:
    return [item["itemIdentifier"]["offset"] for item in response["batchItemFailures"]]


def test_lanes_run_at_once_and_each_keeps_its_order(letters):
    keys = ["a", "b", "c", "a", "b", "c", "a", "b", "c", "a"]
    # Each conversation's first record waits until all three are in flight: sequential
    # handling could never pass this barrier (it breaks, and the records fail).
    together = threading.Barrier(3, timeout=10)
    seen: list[str] = []
    lock = threading.Lock()

    def handle(env: Envelope) -> None:
        offset = int(_text(env).split("-")[1])
        if offset < 3:
            together.wait()
        with lock:
            seen.append(_text(env))

    response = batch.process_kafka_batch(
        _event(keys), Ctx(), function="f", handle=handle, concurrency=3
    )
    assert _failed(response) == []
    for key in "abc":
        mine = [s for s in seen if s.startswith(f"{key}-")]
        assert mine == [f"{key}-{o}" for o, k in enumerate(keys) if k == key]


def test_sequential_when_the_topology_says_one(letters, monkeypatch):
    monkeypatch.setenv("CAREFLOW_BATCH_CONCURRENCY", "1")
    threads: set[str] = set()

    def handle(env: Envelope) -> None:
        threads.add(threading.current_thread().name)

    batch.process_kafka_batch(_event(["a", "b", "c"]), Ctx(), function="f", handle=handle)
    assert threads == {threading.current_thread().name}


def test_a_failure_holds_back_only_its_own_conversation(letters):
    keys = ["a", "b", "a", "b", "a", "b"]
    ran: list[str] = []

    def handle(env: Envelope) -> None:
        if _text(env) == "a-2":
            raise psycopg2.OperationalError("server closed the connection unexpectedly")
        ran.append(_text(env))

    response = batch.process_kafka_batch(
        _event(keys), Ctx(), function="f", handle=handle, concurrency=2
    )
    # a-2 failed, a-4 (after it in its conversation) never ran; every b ran.
    assert sorted(ran) == ["a-0", "b-1", "b-3", "b-5"]
    assert _failed(response) == [2, 4]
    # Lambda resumes the partition from the lowest failed offset (2): b-3 and b-5, which
    # succeeded, come again with it. That is why every effect is exactly-once (README).
    assert min(_failed(response)) == 2
    assert letters == []


def test_a_record_without_time_left_waits_for_the_next_invocation(letters):
    ran: list[str] = []
    # plenty of time for the first two checks, then less than the reserve
    ctx = Ctx([60_000, 60_000, 500])

    response = batch.process_kafka_batch(
        _event(["a", "a", "a", "a"]),
        ctx,
        function="f",
        handle=lambda env: ran.append(_text(env)),
        concurrency=1,
        reserve_ms=5_000,
    )
    assert ran == ["a-0", "a-1"]
    assert _failed(response) == [2, 3]
    assert letters == []  # never dead-lettered
    assert batch._unexpected_attempts == {}  # nor counted as an attempt of a bad record
