"""Evaluate the committed dashboards' panel queries on a running Prometheus (shared by the
integration test fed by a telemetry fixture and the e2e test fed by the real demo flow)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import httpx
from careflow_dashboards import ALL_TENANTS_PANELS, OUT_DIR, panel_queries

DASHBOARDS = OUT_DIR / "local"
#: What Grafana would substitute: ranges long enough to hold the test's data, short enough to
#: need fresh data (two scrapes at the local 5 s interval fit in a minute).
RATE_INTERVAL = "1m"
RANGE = "15m"


def load(name: str) -> dict[str, Any]:
    result: dict[str, Any] = json.loads((DASHBOARDS / f"{name}.json").read_text())
    return result


def substitute(expr: str, **variables: str) -> str:
    """The query as Grafana sends it for the given variable values."""
    expr = expr.replace("$__rate_interval", RATE_INTERVAL).replace("$__range", RANGE)
    for name, value in sorted(variables.items(), key=lambda kv: -len(kv[0])):
        expr = expr.replace(f"${{{name}}}", value).replace(f"${name}", value)
    assert "$" not in expr, f"unsubstituted variable in {expr}"
    return expr


def instant(prometheus_url: str, expr: str) -> list[dict[str, Any]]:
    """The series an instant query returns now (raises on a query error)."""
    response = httpx.get(f"{prometheus_url}/api/v1/query", params={"query": expr}, timeout=10)
    body = response.json()
    assert body.get("status") == "success", f"{expr}: {body}"
    result: list[dict[str, Any]] = body["data"]["result"]
    return result


def empty_panels(
    prometheus_url: str, board: dict[str, Any], **variables: str
) -> list[tuple[str, str]]:
    """``(title, query)`` of every Prometheus panel query that returns no series."""
    return [
        (title, substitute(expr, **variables))
        for title, expr in panel_queries(board)
        if not instant(prometheus_url, substitute(expr, **variables))
    ]


def tenant_scoped(board: dict[str, Any]) -> list[tuple[str, str]]:
    """Every panel query that must show the selected tenant only (by title, not by looking for
    ``$tenant`` in the query: a panel that lost its filter must still count)."""
    return [(t, e) for t, e in panel_queries(board) if t not in ALL_TENANTS_PANELS]


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(1.0)
