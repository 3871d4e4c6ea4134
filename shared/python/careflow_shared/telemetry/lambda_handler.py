"""The per-invocation wrapper every function's ``handler`` gets: init, span, duration, flush.

Why: Lambda freezes the process when the handler returns, so the telemetry of an invocation is
exported before it returns (bounded by the exporter's timeout, see :func:`setup.flush`), and a
failing export never becomes the invocation's failure. API Gateway requests get a SERVER span
named after the route (``POST /webhooks/{channel}/{tenant}``) continuing the caller's
``traceparent``; for ingest it is the root of the patient message's trace.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, TypeVar

from careflow_shared.telemetry import metrics, propagation, setup, spans

logger = logging.getLogger("careflow.telemetry")
R = TypeVar("R")
Handler = Callable[[Any, Any], R]


def instrumented(function: str) -> Callable[[Handler[R]], Handler[R]]:
    """Decorate a Lambda handler of ``function`` (the topology's name)."""

    def wrap(handler: Handler[R]) -> Handler[R]:
        @functools.wraps(handler)
        def invoke(event: Any, context: Any) -> R:
            setup.init(function)
            start = time.perf_counter()
            try:
                with _invocation_span(function, event) as on_result:
                    result = handler(event, context)
                    on_result(result)
                    return result
            finally:
                _finish(function, time.perf_counter() - start)

        return invoke

    return wrap


def _finish(function: str, elapsed_s: float) -> None:
    try:
        metrics.record("careflow.handler.duration", elapsed_s, function=function)
        setup.flush()
    except Exception as exc:  # telemetry never fails an invocation
        logger.debug("telemetry finish failed: %s", type(exc).__name__)


def _is_http(event: Any) -> bool:
    return isinstance(event, Mapping) and "requestContext" in event and "routeKey" in event


@contextmanager
def _invocation_span(function: str, event: Any) -> Iterator[Callable[[Any], None]]:
    if isinstance(event, Mapping) and event.get("eventSource") == "aws:kafka":
        from careflow_shared.telemetry.messaging import batch_span

        with batch_span(function, event):  # the records' spans are opened by the batch runner
            yield _ignore
        return
    if not _is_http(event):
        yield _ignore
        return
    headers = {k.lower(): v for k, v in (event.get("headers") or {}).items()}
    if not setup.enabled():
        if "traceparent" in headers:
            with propagation.continued(headers):
                yield _ignore
        else:
            yield _ignore
        return
    route = str(event.get("routeKey") or "")
    method = route.split(" ", 1)[0] if " " in route else _method(event)
    template = route.split(" ", 1)[1] if " " in route else None
    tenant = (event.get("pathParameters") or {}).get("tenant")
    attributes = {
        "http.request.method": method,
        "http.route": template,
        "faas.trigger": "http",
        "careflow.tenant": tenant,
    }
    name = f"{method} {template}" if template else method
    with spans.span(
        name, kind="server", attributes=attributes, context=propagation.extract(headers)
    ) as current:

        def on_result(result: Any) -> None:
            if current is None or not isinstance(result, Mapping):
                return
            status = result.get("statusCode")
            if isinstance(status, int):
                current.set_attribute("http.response.status_code", status)
                if status >= 500:
                    from opentelemetry.trace import Status, StatusCode

                    current.set_status(Status(StatusCode.ERROR))

        yield on_result


def _method(event: Mapping[str, Any]) -> str:
    http = (event.get("requestContext") or {}).get("http") or {}
    return str(http.get("method") or "HTTP")


def _ignore(_result: Any) -> None:
    return None
