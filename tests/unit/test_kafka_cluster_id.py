"""The local Kafka's cluster id: Kafka's own format, and never one its storage tool misreads."""

from __future__ import annotations

import base64
import uuid

import pytest

from careflow_local.services import _kafka


def test_a_cluster_id_never_starts_with_a_dash(monkeypatch: pytest.MonkeyPatch) -> None:
    # 0xF8 encodes to "-" as the first URL-safe base64 character: 1 draw in 64 does this.
    draws = iter([uuid.UUID(bytes=b"\xf8" + b"\x01" * 15), uuid.UUID(bytes=b"\x10" * 16)])
    monkeypatch.setattr(_kafka.uuid, "uuid4", lambda: next(draws))
    cluster_id = _kafka._new_cluster_id()
    assert cluster_id == base64.urlsafe_b64encode(b"\x10" * 16).rstrip(b"=").decode()
    assert len(cluster_id) == 22 and not cluster_id.startswith("-")
