"""The monitoring tests emit with the OpenTelemetry SDK themselves (providers of their own, over
OTLP to the running Jaeger): the SDK obeys ``OTEL_SDK_DISABLED``, which tests/conftest.py sets for
in-process handlers, so these modules lift it while they run."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(scope="module", autouse=True)
def sdk_enabled() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("OTEL_SDK_DISABLED", raising=False)
        yield
