"""CLIENT spans around outbound httpx requests (Meta, Doktor365, OnlyChannel, LLM providers).

Why our own transport and not opentelemetry-instrumentation-httpx: that package and its
dependencies cost ~0.15-0.5 s to import on these machines (measured for issue 12), four times
the whole telemetry budget. The span carries method, host, port and status — never the path or
query (they can hold ids of people) nor any header or body.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from careflow_shared.telemetry import setup, spans

if TYPE_CHECKING:
    import httpx


def traced_transport(inner: httpx.BaseTransport, *, peer: str) -> httpx.BaseTransport:
    """``inner`` wrapped in client spans when telemetry is on (``inner`` itself when off)."""
    if not setup.enabled():
        return inner
    import httpx

    class TracedTransport(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            attributes = {
                "http.request.method": request.method,
                "server.address": request.url.host,
                "server.port": request.url.port,
                "peer.service": peer,
            }
            with spans.span(request.method, kind="client", attributes=attributes) as current:
                response = inner.handle_request(request)
                if current is not None:
                    current.set_attribute("http.response.status_code", response.status_code)
                    if response.status_code >= 500:
                        from opentelemetry.trace import Status, StatusCode

                        current.set_status(Status(StatusCode.ERROR))
                return response

        def close(self) -> None:
            inner.close()

    return TracedTransport()
