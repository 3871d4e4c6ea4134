"""Powertools' Secrets Manager provider is built once per container, however many lanes of a
conversation-parallel batch ask for their first secret at the same moment (each build is a boto3
session and client: ≈ 0.1 s of CPU)."""

from __future__ import annotations

import threading
import time
from typing import Any

from aws_lambda_powertools.utilities import parameters
from aws_lambda_powertools.utilities.parameters.base import DEFAULT_PROVIDERS

from careflow_tenant import secrets


def test_lanes_asking_at_once_build_one_provider(monkeypatch: Any) -> None:
    built: list[object] = []

    class SlowProvider:
        def __init__(self) -> None:
            time.sleep(0.05)  # long enough for every lane to arrive while it is being built
            built.append(self)

    monkeypatch.setattr(parameters, "SecretsProvider", SlowProvider)
    monkeypatch.delitem(DEFAULT_PROVIDERS, "secrets", raising=False)
    start = threading.Barrier(8)

    def lane() -> None:
        start.wait()
        secrets._ensure_provider()

    threads = [threading.Thread(target=lane) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(built) == 1 and DEFAULT_PROVIDERS["secrets"] is built[0]
    monkeypatch.delitem(DEFAULT_PROVIDERS, "secrets")  # not left for other tests


def test_after_clear_caches_the_next_call_builds_it_again(monkeypatch: Any) -> None:
    monkeypatch.setattr(parameters, "SecretsProvider", object)
    monkeypatch.delitem(DEFAULT_PROVIDERS, "secrets", raising=False)
    secrets._ensure_provider()
    first = DEFAULT_PROVIDERS["secrets"]
    parameters.clear_caches()
    secrets._ensure_provider()
    assert DEFAULT_PROVIDERS["secrets"] is not first
    monkeypatch.delitem(DEFAULT_PROVIDERS, "secrets")
