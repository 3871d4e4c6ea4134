"""Simulators on 127.0.0.1 and real Redis (for the circuit breaker) for the channel tests.

Redis comes from the session's ``services`` fixture (``careflow services up``); run with
``CAREFLOW_SERVICES=external CAREFLOW_REDIS_URL=redis://...`` to use a Redis started elsewhere.
"""

import uuid

import pytest

from careflow_channels import http
from careflow_channels.breaker import BreakerPolicy
from careflow_local.simulators import doktor365 as d365_sim
from careflow_local.simulators import meta_graph


@pytest.fixture(scope="session")
def redis_client(services):
    from careflow_shared.settings import reset_settings
    from careflow_tenant.client import get_redis, reset_redis

    reset_settings()
    reset_redis()
    client = get_redis()
    client.ping()
    return client


@pytest.fixture(scope="session")
def _meta_server():
    sim = meta_graph.start()
    yield sim
    sim.stop()


@pytest.fixture(scope="session")
def _d365_server():
    sim = d365_sim.start()
    yield sim
    sim.stop()


@pytest.fixture
def meta(_meta_server, monkeypatch, redis_client):
    """The Meta Graph (+ OnlyChannel) simulator, clean, with the senders pointed at it."""
    _meta_server.reset()
    monkeypatch.setenv("CAREFLOW_META_GRAPH_URL", _meta_server.url)
    monkeypatch.setenv("CAREFLOW_META_GRAPH_VERSION", "v23.0")
    monkeypatch.setenv("CAREFLOW_ONLYCHANNEL_URL", f"{_meta_server.url}/onlychannel")
    http.reset_client()
    yield _meta_server
    _meta_server.reset()
    http.reset_client()


@pytest.fixture
def d365(_d365_server, monkeypatch, redis_client):
    _d365_server.reset()
    monkeypatch.setenv("CAREFLOW_DOKTOR365_URL", _d365_server.url)
    http.reset_client()
    yield _d365_server
    _d365_server.reset()
    http.reset_client()


@pytest.fixture
def tenant():
    """A fresh tenant id per test, so breaker state never leaks between tests."""
    return f"t-{uuid.uuid4().hex[:10]}"


@pytest.fixture
def policy():
    """Small, fast numbers with the real mechanics."""
    return http.CallPolicy(
        attempts=4,
        backoff_initial_s=0.05,
        backoff_max_s=0.2,
        max_elapsed_s=10,
        max_retry_after_s=5,
        connect_timeout_s=1.0,
        read_timeout_s=0.5,
        breaker=BreakerPolicy(failure_threshold=5, cooldown_s=1.0),
    )


def provider_requests(sim, path_part=""):
    return [r for r in sim.requests() if path_part in r["path"]]
