"""Every dashboard panel's PromQL returns series from real data on the local Prometheus, for the
tenant (and function) selected, and nothing for a tenant without data.

The data comes from ``telemetry_fixture``: the telemetry contract's metrics and spans emitted
with the OpenTelemetry SDK over OTLP to the running Jaeger, for two tenants, in two rounds (so
rates have two samples), then scraped by Prometheus. ``tests/e2e/test_panel_queries_demo.py``
runs the same checks on the real demo flow.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from careflow_dashboards import panel_queries

from tests.integration.monitoring.telemetry_fixture import emit_round, functions
from tests.monitoring_panels import empty_panels, instant, load, tenant_scoped, wait_for


@pytest.fixture(scope="module")
def urls(services) -> dict[str, str]:
    return {
        "otlp": "http://" + os.environ["CAREFLOW_OTLP_HTTP"],
        "prometheus": os.environ["CAREFLOW_PROMETHEUS_URL"],
    }


def _first(rows: list[dict]) -> float:
    return float(rows[0]["value"][1]) if rows else 0.0


@pytest.fixture(scope="module")
def emitted(urls) -> Iterator[dict[str, str]]:
    run = uuid.uuid4().hex[:8]
    names = {"a": f"panels-a-{run}", "b": f"panels-b-{run}", "prefix": f"panels_{run}"}
    prom = urls["prometheus"]
    with functions(urls["otlp"], names["prefix"]) as fns:

        def scraped(value: float) -> bool:
            rows = instant(prom, f'sum(careflow_webhooks_total{{tenant="{names["a"]}"}})')
            return _first(rows) >= value

        for scale in (1, 2):
            for tenant, factor in ((names["a"], 1), (names["b"], 3)):
                emit_round(fns, tenant, scale * factor)
            for fn in fns.values():
                fn.flush()
            # accepted 3+duplicate 1+rejected 1 per scale unit: 5 after round 1, 15 after round 2
            wait_for(lambda s=scale: scraped(5 * (1 + 2 * (s - 1))), 60, "Prometheus' scrape")
        spans = f'traces_span_metrics_calls_total{{service_name="{names["prefix"]}_agent"}}'
        wait_for(lambda: len(instant(prom, spans)) >= 2, 60, "spanmetrics")
        # two scrapes of the second round, so every rate has its increase inside the window
        wait_for(
            lambda: _first(instant(prom, f"count_over_time(({spans})[30s:5s])")) > 2,
            60,
            "more scrapes",
        )
        yield names


def test_every_overview_panel_returns_series_for_the_selected_tenant(emitted, urls):
    board = load("careflow-overview")
    assert len(tenant_scoped(board)) >= 9  # the guard: the dashboard really is per tenant

    for tenant in (emitted["a"], emitted["b"]):
        assert empty_panels(urls["prometheus"], board, tenant=tenant) == []


def test_the_tenant_filter_excludes_other_tenants(emitted, urls):
    board = load("careflow-overview")
    nobody = f"no-such-tenant-{uuid.uuid4().hex[:6]}"
    empty = {title for title, _ in empty_panels(urls["prometheus"], board, tenant=nobody)}

    assert empty == {title for title, _ in tenant_scoped(board)}
    # and tenant b's three-fold traffic shows as b's, not a's
    rate = 'sum(increase(careflow_outbound_total{tenant="%s",outcome="sent"}[15m]))'
    a = float(instant(urls["prometheus"], rate % emitted["a"])[0]["value"][1])
    b = float(instant(urls["prometheus"], rate % emitted["b"])[0]["value"][1])
    assert b > 2 * a


def test_every_function_panel_returns_series_for_the_selected_function(emitted, urls):
    board = load("careflow-function")
    function = f"{emitted['prefix']}_agent"

    assert empty_panels(urls["prometheus"], board, function=function) == []
    unknown = empty_panels(urls["prometheus"], board, function="no_such_function")
    assert len(unknown) == len(panel_queries(board))
