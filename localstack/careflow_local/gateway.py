"""A local API Gateway (HTTP API): same routes as CDK, payload format 2.0, JWT authorizer.

Each HTTP request is matched against ``careflow_shared.topology.ROUTES`` as API Gateway does (the
route of the request's method first, then the path's ``ANY`` route; no route: 404); the JWT
authorizer answers 401 for a missing or invalid token and 403 when the token holds none of the
route's scopes, before the function runs. The matched function is invoked with the exact v2.0
event (through its Lambda containers under ``careflow dev``, see ``runtime.py``), and its
response is mapped back as API Gateway does (a dict without ``statusCode`` becomes a 200 JSON
body; ``cookies`` become ``Set-Cookie``).
"""

from __future__ import annotations

import base64
import json
import logging
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from careflow_local.auth import verify_bearer
from careflow_local.events import http_api_event
from careflow_local.invoke import invoke
from careflow_shared.topology import match_route as match

log = logging.getLogger("careflow.gateway")
MAX_BODY = 10 * 1024 * 1024  # API Gateway's payload limit
Invoker = Callable[[str, dict[str, Any]], Any]


def handle_request(
    method: str,
    target: str,
    headers: list[tuple[str, str]],
    body: bytes,
    source_ip: str = "127.0.0.1",
    invoker: Invoker | None = None,
) -> tuple[int, list[tuple[str, str]], bytes]:
    """One request through the gateway; returns (status, headers, body). ``invoker`` runs the
    route's function (default: in-process)."""
    url = urlsplit(target)
    found = match(method, url.path)
    if found is None:
        return _json(404, {"message": "Not Found"})
    route, params = found
    claims = None
    if route.auth == "jwt":
        auth = next((v for k, v in headers if k.lower() == "authorization"), None)
        claims = verify_bearer(auth)
        if claims is None:
            return _json(401, {"message": "Unauthorized"})
        if not route.admits(claims.get("scope")):
            return _json(403, {"message": "Forbidden"})
    event = http_api_event(
        method=method,
        path=url.path,
        route_key=route.route_key,
        path_parameters=params or None,
        raw_query=url.query,
        headers=headers,
        body=body,
        source_ip=source_ip,
        claims=claims,
    )
    try:
        result = (invoker or invoke)(route.function, event)
    except Exception:
        log.exception("%s raised", route.function)
        return _json(500, {"message": "Internal Server Error"})
    return map_response(result)


def map_response(result: Any) -> tuple[int, list[tuple[str, str]], bytes]:
    if not isinstance(result, dict) or "statusCode" not in result:
        return _json(200, result)
    out_headers = [(k, str(v)) for k, v in (result.get("headers") or {}).items()]
    for name, values in (result.get("multiValueHeaders") or {}).items():
        out_headers.extend((name, str(v)) for v in values)
    out_headers.extend(("Set-Cookie", c) for c in result.get("cookies") or [])
    body = result.get("body") or ""
    raw = base64.b64decode(body) if result.get("isBase64Encoded") else str(body).encode()
    return int(result["statusCode"]), out_headers, raw


def _json(status: int, payload: Any) -> tuple[int, list[tuple[str, str]], bytes]:
    return status, [("Content-Type", "application/json")], json.dumps(payload).encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "careflow-local-gateway"

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            status, headers, body = _json(413, {"message": "Request Entity Too Large"})
        else:
            raw = self.rfile.read(length) if length else b""
            status, headers, body = handle_request(
                self.command,
                self.path,
                list(self.headers.items()),
                raw,
                self.client_address[0],
                getattr(self.server, "invoker", None),
            )
        self.send_response(status)
        for name, value in headers:
            if name.lower() not in ("content-length", "connection"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":  # HTTP: a HEAD answer has headers only
            self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _serve

    def log_message(self, format: str, *args: Any) -> None:  # no query strings in logs
        log.info(
            "%s %s -> %s", self.command, urlsplit(self.path).path, args[1] if len(args) > 1 else ""
        )


class LocalGateway:
    def __init__(
        self, host: str = "127.0.0.1", port: int = 3000, invoker: Invoker | None = None
    ) -> None:
        self.host = host
        self.server = ThreadingHTTPServer((host, port), _Handler)
        self.server.daemon_threads = True
        self.server.invoker = invoker  # type: ignore[attr-defined]
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.server.server_address[1]}"

    def start(self) -> None:
        self._thread = threading.Thread(
            target=self.server.serve_forever, name="gateway", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
