"""The batch runner's three kinds of failure: poison (dead-letter now), transient (retry for as
long as the outage lasts), anything else (a bug: a few attempts, then dead-lettered with its
error). Dead letters are captured instead of produced."""

import base64

import psycopg2
import pytest

from careflow_local.events import kafka_event, kafka_record
from careflow_shared.envelope import Envelope, MessageReceived
from careflow_shared.errors import PoisonRecord
from careflow_streaming import batch


class Ctx:
    def get_remaining_time_in_millis(self) -> int:
        return 30_000


@pytest.fixture
def letters(monkeypatch):
    captured = []
    monkeypatch.setattr(batch, "send_dead_letter", lambda fn, letter: captured.append(letter))
    monkeypatch.setattr(batch, "TRANSIENT_PAUSE_S", 0.0)
    batch._unexpected_attempts.clear()
    return captured


def _event(n: int = 2) -> dict:
    records = []
    for i in range(n):
        env = Envelope.first(
            f"00000000-0000-4000-8000-00000000000{i}",
            "message.received",
            "t1",
            MessageReceived(
                channel="whatsapp",
                provider_message_id=f"wamid.{i}",
                conversation_key="c",
                sender_id="s",
                recipient_id="r",
                message_type="text",
                text="hi",
                sent_at="2026-01-01T00:00:00Z",
            ),
        )
        records.append(
            kafka_record(
                topic="hub.messages.inbound",
                partition=0,
                offset=i,
                timestamp_ms=0,
                key=b"t1:c",
                value=env.to_bytes(),
                headers=[],
            )
        )
    return kafka_event(records, bootstrap="x:1", region="eu-central-1")


def _run(handle) -> dict:
    return batch.process_kafka_batch(_event(), Ctx(), function="f", handle=handle)


def _failed(response: dict) -> list[int]:
    return [item["itemIdentifier"]["offset"] for item in response["batchItemFailures"]]


def test_postgres_down_is_retried_and_never_dead_lettered(letters):
    def handle(env):
        raise psycopg2.OperationalError("could not connect to server: Connection refused")

    for _ in range(batch.UNEXPECTED_ERROR_ATTEMPTS * 3):
        assert _failed(_run(handle)) == [0, 1]
    assert letters == []


def test_a_bug_is_dead_lettered_after_a_few_attempts_and_the_partition_goes_on(letters):
    def handle(env):
        if env.event_id.endswith("0"):
            raise KeyError("stage")

    for _ in range(batch.UNEXPECTED_ERROR_ATTEMPTS - 1):
        assert _failed(_run(handle)) == [0, 1]
    assert letters == []
    assert _failed(_run(handle)) == []
    (letter,) = letters
    assert letter["condition"] == "HandlerError"
    assert letter["error"]["type"] == "KeyError"
    assert letter["attempts"] == batch.UNEXPECTED_ERROR_ATTEMPTS


def test_a_poison_record_is_dead_lettered_at_once(letters):
    def handle(env):
        if env.event_id.endswith("1"):
            raise PoisonRecord("unknown tenant")

    assert _failed(_run(handle)) == []
    assert [(x["condition"], x["source"]["offset"]) for x in letters] == [("PoisonRecord", 1)]


def test_an_unparseable_record_is_poison(letters):
    event = _event(1)
    (records,) = event["records"].values()
    records[0]["value"] = base64.b64encode(b"not json").decode()
    response = batch.process_kafka_batch(event, Ctx(), function="f", handle=lambda env: None)
    assert _failed(response) == []
    assert letters[0]["condition"] == "PoisonRecord"


def test_a_dead_letter_that_cannot_be_written_holds_the_partition(monkeypatch, letters):
    """Kafka down while a poison record is dead-lettered: the record is retried, and the records
    after it in its partition wait (they would otherwise overtake it)."""
    from kafka.errors import KafkaTimeoutError

    def unavailable(fn, letter):
        raise KafkaTimeoutError("Failed to update metadata after 3.0 secs.")

    monkeypatch.setattr(batch, "send_dead_letter", unavailable)
    seen = []

    def handle(env):
        seen.append(env.event_id)
        if env.event_id.endswith("0"):
            raise PoisonRecord("unknown tenant")

    assert _failed(_run(handle)) == [0, 1]
    assert len(seen) == 1  # the second record was not attempted
