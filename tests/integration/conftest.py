"""Fixtures shared by the integration tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from tests.integration.kafka_tail import TopicTail


@pytest.fixture
def tails(services) -> Iterator[Callable[[str, str], TopicTail]]:
    """Open tails on topics (``tails(topic, tenant_id)``); closed after the test."""
    opened: list[TopicTail] = []

    def tail(topic: str, tenant_id: str) -> TopicTail:
        opened.append(TopicTail(topic, tenant_id))
        return opened[-1]

    yield tail
    for t in opened:
        t.close()
