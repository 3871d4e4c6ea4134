"""The dashboards against the real flow: signed WhatsApp messages through the local gateway and
the instrumented functions (issue 12 part 1), then every panel's PromQL on the local Prometheus.

Tenant ``a`` sends an ordinary question, a red flag (escalation), a price question (awaiting
approval) and gets one reply refused by the provider (outbound failed); tenant ``b`` one question;
a poison record is dead-lettered. The failure case: Meta answers 503 to a throw-away tenant's
sends until send_message's circuit breaker opens, then recovers. Every overview panel must
return series for ``a``, and none for a tenant without traffic; every per-function panel for
send_message, including the consumer lag the local event source mapping reports from the test
process (``careflow_local.lag``) and the breaker that opened. The same checks as
``tests/integration/monitoring/test_panel_queries.py``, which feeds a synthetic fixture.
"""

from __future__ import annotations

import os
import uuid

import pytest
from careflow_dashboards import panel_queries

from careflow_channels.breaker import BreakerPolicy
from careflow_local.simulators._server import connect
from careflow_shared.topology import TOPIC_INBOUND
from careflow_streaming.producer import publish_raw
from tests.monitoring_panels import empty_panels, instant, load, substitute, tenant_scoped
from tests.monitoring_panels import wait_for as wait_long

from .conftest import text_message, wait_for

pytestmark = pytest.mark.skipif(
    not os.environ.get("OTEL_EXPORTER_OTLP_ENDPOINT"),
    reason="the functions export telemetry only when OTEL_EXPORTER_OTLP_ENDPOINT is set",
)


def _decisions(client, tenant_id: str, n: int) -> bool:
    _, listing = client.api(tenant_id, "/v1/cases")
    total = 0
    for case in listing.get("cases", []):
        _, full = client.api(tenant_id, f"/v1/cases/{case['case_id']}")
        total += len(full["decisions"])
    return total >= n


@pytest.fixture(scope="module")
def traffic(client, tenant_factory) -> dict[str, str]:
    prom = os.environ["CAREFLOW_PROMETHEUS_URL"]
    meta = connect(os.environ["CAREFLOW_META_GRAPH_URL"])
    # tenant a drafts with a model (the simulator), so the model panels have its series too
    from careflow_local.db import put_channel_secret
    from careflow_shared.tenant_config import AgentModelSettings

    agent = AgentModelSettings(
        provider="openai_compat",
        endpoint=os.environ["CAREFLOW_LLM_URL"],
        model="sim-model",
        api_key_secret="llm",
        timeout_seconds=5,
    )
    a = tenant_factory(
        "panels-a", on_call={"coordinator_id": "oncall-1", "name": "Ayşe"}, agent=agent
    )
    put_channel_secret(a["tenant_id"], "llm", {"api_key": f"sk-{uuid.uuid4().hex}"})
    b = tenant_factory("panels-b")
    meta.fail(400, count=1, method="POST", path_prefix=f"/v23.0/{a['phone_number_id']}/messages")
    messages = [
        (a, "905551260001", "Hello, do you offer dental implants?"),
        (a, "905551260002", "I had my operation 3 days ago and now I have heavy bleeding"),
        (a, "905551260003", "What is the price of a hair transplant?"),
        (a, "905551260004", "Can I bring my husband to the consultation?"),
        (b, "905551260005", "Hello, do you offer dental implants?"),
    ]
    for tenant, phone, text in messages:
        assert client.webhook(tenant, text_message(phone, text))[0] == 200
    poison = b'{"not": "an envelope", "id": "%s"}' % uuid.uuid4().hex.encode()
    publish_raw(TOPIC_INBOUND, poison, key=a["tenant_id"].encode(), headers=[])
    wait_for(lambda: _decisions(client, a["tenant_id"], 4), 120)
    wait_for(lambda: _decisions(client, b["tenant_id"], 1), 120)
    # every overview series of tenant a is scraped (the functions flush before returning)
    board = load("careflow-overview")
    wait_long(
        lambda: not empty_panels(prom, board, tenant=a["tenant_id"]), 120, "a's panels to fill"
    )
    return {"a": a["tenant_id"], "b": b["tenant_id"], "prometheus": prom}


def test_every_overview_panel_returns_series_for_the_tenant(traffic):
    board = load("careflow-overview")

    assert empty_panels(traffic["prometheus"], board, tenant=traffic["a"]) == []


def test_the_tenant_filter_excludes_the_other_tenants(traffic):
    board = load("careflow-overview")
    nobody = f"no-such-tenant-{uuid.uuid4().hex[:6]}"

    empty = {t for t, _ in empty_panels(traffic["prometheus"], board, tenant=nobody)}
    assert empty == {t for t, _ in tenant_scoped(board)}
    webhooks = 'sum(careflow_webhooks_total{tenant="%s",outcome="accepted"})'
    assert float(instant(traffic["prometheus"], webhooks % traffic["a"])[0]["value"][1]) == 4
    assert float(instant(traffic["prometheus"], webhooks % traffic["b"])[0]["value"][1]) == 1


def _sent_with(meta, path: str, status: int) -> int:
    return sum(
        1
        for r in meta.requests()
        if r["path"] == path and r["method"] == "POST" and r["status"] == status
    )


@pytest.fixture(scope="module")
def breaker_opened(client, tenant_factory, traffic) -> dict[str, str]:
    """The failure case. A throw-away tenant (so no other test's breaker or sends are touched)
    whose Meta number answers 503 exactly ``failure_threshold`` times: send_message's breaker
    for it opens, the record waits (the mapping retries), the half-open probe after the
    cool-down finds Meta healthy and the reply goes out — every queued failure consumed, the
    simulator as it was."""
    meta = connect(os.environ["CAREFLOW_META_GRAPH_URL"])
    threshold = BreakerPolicy().failure_threshold
    tenant = tenant_factory("panels-fail")
    path = f"/v23.0/{tenant['phone_number_id']}/messages"
    meta.fail(503, count=threshold, method="POST", path_prefix=path)
    text = text_message("905551260009", "Hello, do you offer dental implants?")
    assert client.webhook(tenant, text)[0] == 200
    wait_for(lambda: _sent_with(meta, path, 200) == 1, 180)
    assert _sent_with(meta, path, 503) == threshold
    return {"tenant": tenant["tenant_id"], "prometheus": traffic["prometheus"]}


def test_every_function_panel_returns_series_for_send_message(traffic, breaker_opened):
    board = load("careflow-function")
    prom = traffic["prometheus"]

    # the lag is exported every 5 s by the harness, then scraped
    wait_long(lambda: not empty_panels(prom, board, function="send_message"), 60, "lag panels")
    assert empty_panels(prom, board, function="send_message") == []
    # and a function without traffic shows nothing in any of them
    unknown = empty_panels(prom, board, function="no_such_function")
    assert len(unknown) == len(panel_queries(board))


def test_the_breaker_panel_showed_send_message_s_breaker_open(breaker_opened):
    board = load("careflow-function")
    [expr] = [e for t, e in panel_queries(board) if t == "Circuit breakers"]
    panel = substitute(expr, function="send_message")
    seen = f"max_over_time(({panel})[15m:5s])"

    def opened() -> bool:
        rows = instant(breaker_opened["prometheus"], seen)
        return any(
            r["metric"].get("dependency") == "whatsapp" and float(r["value"][1]) == 2 for r in rows
        )

    wait_long(opened, 60, "the open breaker in the panel's series")
