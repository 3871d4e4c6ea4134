"""The OpenAI-compatible model simulator, driven by careflow's own ``openai_compat`` provider over
real HTTP: the shape it answers, the token usage it reports, and every fault it can be told to
produce (latency beyond the client's timeout, 429 with Retry-After, 5xx, hangs, malformed JSON,
invalid content)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest

from careflow_agents.providers import ProviderError, ProviderRequest
from careflow_agents.providers.openai_compat import OpenAICompatProvider
from careflow_local.simulators import llm


@pytest.fixture
def sim() -> Iterator[llm.Simulator]:
    simulator = llm.start(port=0)
    yield simulator
    simulator.stop()


def _provider(sim: llm.Simulator, timeout_s: float = 5.0) -> OpenAICompatProvider:
    client = httpx.Client(base_url=f"{sim.url}/v1", timeout=timeout_s)
    return OpenAICompatProvider(client, "sim-model", api_key="sk-test")


def _request(text: str = "How much is a rhinoplasty?") -> ProviderRequest:
    return ProviderRequest(
        text=text, language="en", stage="enquiry", clinic="Clinic", tone="warm", treatments=[]
    )


def test_answers_in_the_shape_the_provider_reads_and_counts_tokens(sim) -> None:
    assessment = _provider(sim).assess(_request())

    assert assessment.intent == "price_quote"
    assert assessment.urgency == "routine"
    [received] = sim.requests()
    assert received["path"] == "/v1/chat/completions"
    assert received["headers"]["authorization"] == "Bearer sk-test"
    assert received["json"]["model"] == "sim-model"
    assert "<message>" in received["json"]["messages"][-1]["content"]
    state = sim.state()
    assert state["calls"] == 1
    assert state["prompt_tokens"] > 0
    assert state["completion_tokens"] > 0


def test_the_same_request_gets_the_same_answer(sim) -> None:
    body = {"model": "m", "messages": [{"role": "user", "content": "<message>flight</message>"}]}
    with httpx.Client(base_url=sim.url, headers={"Authorization": "Bearer k"}) as client:
        first = client.post("/v1/chat/completions", json=body).json()
        second = client.post("/v1/chat/completions", json=body).json()

    assert first == second
    assert json.loads(first["choices"][0]["message"]["content"])["intent"] == "travel"
    usage = first["usage"]
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]


def test_refuses_a_request_without_a_key_or_messages(sim) -> None:
    with httpx.Client(base_url=sim.url) as client:
        no_key = client.post("/v1/chat/completions", json={"messages": []})
        no_messages = client.post(
            "/v1/chat/completions", json={"model": "m"}, headers={"Authorization": "Bearer k"}
        )

    assert no_key.status_code == 401
    assert no_key.json()["error"]["code"] == "invalid_api_key"
    assert no_messages.status_code == 400
    assert no_messages.json()["error"]["type"] == "invalid_request_error"


def test_latency_beyond_the_clients_timeout_is_a_provider_timeout(sim) -> None:
    sim.control("POST", "/_sim/latency", {"fixed_s": 2.0})

    with pytest.raises(ProviderError) as caught:
        _provider(sim, timeout_s=0.2).assess(_request())

    assert caught.value.reason == "timeout"


def test_a_latency_distribution_is_reported_and_reset_clears_it(sim) -> None:
    answer = sim.control("POST", "/_sim/latency", {"median_s": 1.5, "sigma": 0.4, "seed": 3})
    assert answer["latency"]["median_s"] == 1.5

    sim.reset()

    assert sim.state()["latency"]["median_s"] is None
    assert _provider(sim, timeout_s=0.5).assess(_request()).intent == "price_quote"


def test_429_carries_retry_after_and_5xx_is_an_error(sim) -> None:
    sim.fail(429, retry_after=7)
    sim.fail(503)
    with httpx.Client(base_url=sim.url, headers={"Authorization": "Bearer k"}) as client:
        body = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}
        limited = client.post("/v1/chat/completions", json=body)
    assert limited.status_code == 429
    assert limited.headers["retry-after"] == "7"

    with pytest.raises(ProviderError) as caught:
        _provider(sim).assess(_request())
    assert caught.value.reason == "error"
    assert "503" in str(caught.value)


def test_a_hang_times_the_client_out(sim) -> None:
    sim.fail(hang_s=3.0)

    with pytest.raises(ProviderError) as caught:
        _provider(sim, timeout_s=0.3).assess(_request())

    assert caught.value.reason == "timeout"


def test_malformed_json_and_scripted_prose_are_provider_errors(sim) -> None:
    sim.fail(malformed=True)
    with pytest.raises(ProviderError) as malformed:
        _provider(sim).assess(_request())
    assert malformed.value.reason == "error"

    sim.control("POST", "/_sim/script", {"contents": ["Sure! I think it is fine."]})
    with pytest.raises(ProviderError) as prose:
        _provider(sim).assess(_request())
    assert prose.value.reason == "invalid_output"


def test_random_faults_hit_the_configured_share(sim) -> None:
    sim.control("POST", "/_sim/faults", {"error_rate": 0.5, "statuses": [500], "seed": 11})
    outcomes = []
    provider = _provider(sim)
    for _ in range(40):
        try:
            provider.assess(_request())
            outcomes.append("ok")
        except ProviderError:
            outcomes.append("failed")

    assert 10 <= outcomes.count("failed") <= 30
    assert sim.state()["calls"] == outcomes.count("ok")
    assert {r["status"] for r in sim.requests()} == {200, 500}
