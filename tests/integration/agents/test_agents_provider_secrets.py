"""The OpenAI-compatible provider's key comes from the tenant's own secret in Secrets Manager
(LocalStack here), and travels only to the tenant's endpoint (a local stub we own)."""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from careflow_agents import run_turn
from careflow_local.db import put_channel_secret
from careflow_shared.tenant_config import AgentModelSettings
from tests.integration.agents.helpers import make_turn


@pytest.fixture
def llm_stub() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """An OpenAI-compatible endpoint on 127.0.0.1 that records each request's headers."""
    seen: list[dict[str, Any]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["content-length"])))
            seen.append({"path": self.path, "auth": self.headers.get("authorization"), **body})
            content = '{"intent": "price_quote", "urgency": "routine", "reply": null}'
            answer = {
                "choices": [{"index": 0, "message": {"role": "assistant", "content": content}}]
            }
            raw = json.dumps(answer).encode()
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/v1", seen
    server.shutdown()


@pytest.fixture
def memory_saver() -> Any:
    from langgraph.checkpoint.memory import InMemorySaver

    return InMemorySaver()


def _tenant(tenant_factory, endpoint: str):
    agent = AgentModelSettings(
        provider="openai_compat", endpoint=endpoint, model="m", api_key_secret="llm"
    )
    return tenant_factory("llm", agent=agent)


def test_the_key_is_the_tenants_own_secret_and_goes_to_its_endpoint(
    tenant_factory, llm_stub, memory_saver
):
    endpoint, seen = llm_stub
    tenant = _tenant(tenant_factory, endpoint)
    key = f"sk-{uuid.uuid4().hex}"
    put_channel_secret(tenant["tenant_id"], "llm", {"api_key": key})
    decision = run_turn(
        make_turn(tenant["config"], "case-1", "How much is a hair transplant?", "enquiry"),
        checkpointer=memory_saver,
    )
    assert (decision.provider, decision.fallback) == ("openai_compat", None)
    assert [(r["path"], r["auth"], r["model"]) for r in seen] == [
        ("/v1/chat/completions", f"Bearer {key}", "m")
    ]


def test_a_tenant_without_its_key_secret_falls_back_to_rules_and_sends_nothing(
    tenant_factory, llm_stub, memory_saver
):
    endpoint, seen = llm_stub
    tenant = _tenant(tenant_factory, endpoint)  # no "llm" secret stored for it
    decision = run_turn(
        make_turn(tenant["config"], "case-1", "How much is a hair transplant?", "enquiry"),
        checkpointer=memory_saver,
    )
    assert decision.fallback == "openai_compat:error" and decision.action == "await_approval"
    assert seen == []
