"""Read what a test's tenant published on a topic, without joining any consumer group."""

from __future__ import annotations

import os
from typing import Any


class TopicTail:
    """The records a test's tenant published on a topic since the tail was opened (assigned
    partitions, no consumer group: nothing is taken from the harness' pollers)."""

    def __init__(self, topic: str, tenant_id: str) -> None:
        from kafka import KafkaConsumer, TopicPartition

        self.tenant = tenant_id.encode()
        self.consumer = KafkaConsumer(
            bootstrap_servers=os.environ["CAREFLOW_KAFKA_BOOTSTRAP"], enable_auto_commit=False
        )
        self.parts = [TopicPartition(topic, p) for p in self.consumer.partitions_for_topic(topic)]
        self.consumer.assign(self.parts)
        for tp, offset in self.consumer.end_offsets(self.parts).items():
            self.consumer.seek(tp, offset)

    def read(self) -> list[Any]:
        end = self.consumer.end_offsets(self.parts)
        records: list[Any] = []
        while any(self.consumer.position(tp) < end[tp] for tp in self.parts):
            for batch in self.consumer.poll(timeout_ms=1000).values():
                records.extend(batch)
        return [r for r in records if ("tenant_id", self.tenant) in (r.headers or [])]

    def close(self) -> None:
        self.consumer.close()
