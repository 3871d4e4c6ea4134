"""``careflow dlq list|replay``: read a function's dead-letter topic, put records back.

Replay publishes the original key, value and headers to the source topic unchanged; the
handlers are idempotent, so a record that did succeed meanwhile changes nothing. A replay
consumer group remembers what was replayed (committed only after the publish succeeded), so
running ``replay`` twice does not replay twice.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from careflow_shared.topology import dlq_topic
from careflow_streaming.deadletter import original_record

Letter = tuple[int, int, dict[str, Any]]


@contextmanager
def _letters(function: str, group: str | None) -> Iterator[tuple[list[Letter], Callable[[], None]]]:
    from kafka import KafkaConsumer, TopicPartition

    topic = dlq_topic(function)
    consumer = KafkaConsumer(
        bootstrap_servers=os.environ["CAREFLOW_KAFKA_BOOTSTRAP"].split(","),
        group_id=group,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    try:
        parts = [
            TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or [])
        ]
        consumer.assign(parts)
        if group is None:
            consumer.seek_to_beginning(*parts)
        end = consumer.end_offsets(parts)
        out: list[Letter] = []
        for tp in parts:
            while consumer.position(tp) < end[tp]:
                for records in consumer.poll(timeout_ms=1000).values():
                    out.extend((r.partition, r.offset, json.loads(r.value)) for r in records)
        yield out, (lambda: consumer.commit()) if group else (lambda: None)
    finally:
        consumer.close()


def list_letters(function: str) -> list[dict[str, Any]]:
    """Every letter of the topic, each with ``redrive``: ``pending`` (the redrive function has not
    reached it yet), ``redriven`` (put back automatically) or ``parked`` (waits for a person)."""
    done = _redrive_positions(function)
    with _letters(function, None) as (letters, _):
        return [
            {"dlq_partition": p, "dlq_offset": o, "redrive": _redrive_state(letter, o, done.get(p)),
             **letter}
            for p, o, letter in letters
        ]  # fmt: skip


def _redrive_positions(function: str) -> dict[int, int]:
    """The redrive mapping's committed offset per partition of the function's dead-letter topic."""
    from kafka import KafkaConsumer, TopicPartition

    consumer = KafkaConsumer(
        bootstrap_servers=os.environ["CAREFLOW_KAFKA_BOOTSTRAP"].split(","),
        group_id=f"careflow-redrive-{function}",
        enable_auto_commit=False,
    )
    try:
        topic = dlq_topic(function)
        out = {}
        for p in consumer.partitions_for_topic(topic) or []:
            committed = consumer.committed(TopicPartition(topic, p))
            if committed is not None:
                out[p] = int(committed)
        return out
    finally:
        consumer.close()


def _redrive_state(letter: dict[str, Any], offset: int, position: int | None) -> str:
    from careflow_streaming.redrive import decide

    if position is None or offset >= position:
        return "pending"
    try:
        decision, _wait = decide(letter, now=float("inf"))
    except (KeyError, TypeError, ValueError):  # not a letter of ours: the redrive left it
        return "parked"
    return "parked" if decision == "park" else "redriven"


def describe(letter: dict[str, Any]) -> str:
    src = letter["source"]
    return (
        f"[{letter['dlq_partition']}:{letter['dlq_offset']}] {letter.get('redrive', '?')} "
        f"{letter['condition']} "
        f"{src['topic']}-{src['partition']}@{src['offset']} attempts={letter['attempts']} "
        f"{letter['error']['type']}: {letter['error']['message'][:160]}"
    )


def replay(function: str, only: list[tuple[int, int]] | None = None) -> int:
    """Replay the letters not replayed yet, or exactly those at ``only`` ((partition, offset))."""
    from careflow_streaming.producer import publish_raw

    group = None if only else f"careflow-dlq-replay-{function}"
    count = 0
    with _letters(function, group) as (letters, commit):
        for partition, offset, letter in letters:
            if only and (partition, offset) not in only:
                continue
            topic, key, value, headers = original_record(letter)
            publish_raw(topic, value, key=key, headers=headers)
            count += 1
        commit()
    return count
