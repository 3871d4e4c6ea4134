"""The machinery every provider simulator shares: a stdlib HTTP server on 127.0.0.1 that records
each request exactly and can be told to fail.

Why our own servers: Meta's and Doktor365's APIs are unreachable from development machines and
CI, and a mock inside the test process would not exercise timeouts, connection handling or the
exact bytes on the wire. These servers are real HTTP endpoints, so the same code path runs as in
production; the control endpoints under ``/_sim/`` make failure modes reproducible:

* ``GET  /_sim/requests`` — every provider request so far: method, path, query, headers
  (lower-cased names, as API Gateway does), JSON body (or raw text), and the status answered;
* ``POST /_sim/fail`` ``{"status": 503, "count": 2, "retry_after": "1", "hang_s": 0,
  "method": "POST", "path_prefix": "/v1/appointments"}`` — the next ``count`` provider requests
  (matching ``method``/``path_prefix`` when given) answer ``status`` (429/500/503...), optionally
  after hanging ``hang_s`` seconds; with ``hang_s`` and no ``status`` they hang, then are
  processed normally (the client has usually timed out by then — exactly the ambiguous case
  retries must survive); ``"malformed": true`` answers 200 with a body that is not JSON;
* ``POST /_sim/reset`` — forget requests, failures and state;
* ``GET  /_sim/state`` — the simulator's own state (Doktor365: patients and appointments).

Use in-process (``start(port=0)``) from tests, or as a process
(``python -m careflow_local.simulators.<name> --port N``) and talk to it with :func:`connect`.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
import time
import urllib.request
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol
from urllib.parse import parse_qsl, urlsplit

HOST = "127.0.0.1"


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # lower-cased names
    body: bytes
    json: Any = None

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    def bearer(self) -> str | None:
        value = self.header("authorization") or ""
        scheme, _, token = value.partition(" ")
        return token.strip() if scheme.lower() == "bearer" and token.strip() else None


@dataclass
class Response:
    status: int = 200
    body: Any = None  # JSON-able, or bytes
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/json"


def error(status: int, code: str | int, message: str, **extra: Any) -> Response:
    return Response(status, {"error": {"code": code, "message": message, **extra}})


class App(Protocol):
    """A provider's behaviour; the server handles recording, failures and control."""

    def handle(self, request: Request, base_url: str) -> Response: ...

    def control(self, request: Request) -> Response | None: ...

    def state(self) -> Any: ...

    def reset(self) -> None: ...


@dataclass
class _Failure:
    status: int | None
    hang_s: float
    retry_after: str | None
    method: str | None = None
    path_prefix: str | None = None
    malformed: bool = False

    def matches(self, request: Request) -> bool:
        if self.method and self.method.upper() != request.method:
            return False
        return not self.path_prefix or request.path.startswith(self.path_prefix)


class SimServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, port: int, app: App) -> None:
        super().__init__((HOST, port), _Handler)
        self.app = app
        self.lock = threading.Lock()
        self.records: list[dict[str, Any]] = []
        self.failures: deque[_Failure] = deque()
        self.stopping = threading.Event()

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.server_address[1]}"

    def add_failures(self, count: int, failure: _Failure) -> None:
        with self.lock:
            for _ in range(count):
                self.failures.append(failure)

    def take_failure(self, request: Request) -> _Failure | None:
        """The first queued failure this request matches (caller holds the lock)."""
        for failure in self.failures:
            if failure.matches(request):
                self.failures.remove(failure)
                return failure
        return None

    def reset(self) -> None:
        with self.lock:
            self.records.clear()
            self.failures.clear()
        self.app.reset()


class _Handler(BaseHTTPRequestHandler):
    server: SimServer
    protocol_version = "HTTP/1.0"

    def log_message(self, format: str, *args: Any) -> None:  # quiet; the records tell
        return

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def do_PUT(self) -> None:
        self._dispatch()

    def do_PATCH(self) -> None:
        self._dispatch()

    def do_DELETE(self) -> None:
        self._dispatch()

    def _request(self) -> Request:
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        parsed: Any = None
        if body:
            try:
                parsed = json.loads(body)
            except ValueError:
                parsed = None
        return Request(
            method=self.command,
            path=parts.path,
            query=dict(parse_qsl(parts.query)),
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
            json=parsed,
        )

    def _dispatch(self) -> None:
        request = self._request()
        if request.path.startswith("/_sim/"):
            self._send(self._control(request))
            return
        record: dict[str, Any] = {
            "method": request.method,
            "path": request.path,
            "query": request.query,
            "headers": request.headers,
            "json": request.json,
            "at": time.time(),
            "status": None,
        }
        if request.body and request.json is None:
            record["body"] = request.body.decode("utf-8", "replace")
        with self.server.lock:
            self.server.records.append(record)
            failure = self.server.take_failure(request)
        if failure is not None and failure.hang_s > 0:
            self.server.stopping.wait(failure.hang_s)
        if failure is not None and failure.malformed:
            response = Response(200, b'{"choices": [{"message": ', content_type="application/json")
        elif failure is not None and failure.status is not None:
            response = error(failure.status, failure.status, "simulated failure")
            if failure.retry_after is not None:
                response.headers["Retry-After"] = failure.retry_after
        else:
            try:
                response = self.server.app.handle(request, self.server.url)
            except Exception as exc:  # a simulator bug must show up as a 500, not a hang
                response = error(500, "simulator_error", type(exc).__name__)
        record["status"] = response.status
        self._send(response)

    def _control(self, request: Request) -> Response:
        server = self.server
        if request.method == "GET" and request.path == "/_sim/requests":
            with server.lock:
                return Response(200, list(server.records))
        if request.method == "GET" and request.path == "/_sim/state":
            return Response(200, server.app.state())
        if request.method == "POST" and request.path == "/_sim/reset":
            server.reset()
            return Response(200, {"reset": True})
        if request.method == "POST" and request.path == "/_sim/fail":
            spec = request.json if isinstance(request.json, dict) else {}
            retry_after = spec.get("retry_after")
            server.add_failures(
                int(spec.get("count", 1)),
                _Failure(
                    status=int(spec["status"]) if spec.get("status") is not None else None,
                    hang_s=float(spec.get("hang_s", 0)),
                    retry_after=str(retry_after) if retry_after is not None else None,
                    method=spec.get("method"),
                    path_prefix=spec.get("path_prefix"),
                    malformed=bool(spec.get("malformed", False)),
                ),
            )
            return Response(200, {"queued": len(server.failures)})
        answer = server.app.control(request)
        return answer if answer is not None else error(404, "not_found", "unknown control path")

    def _send(self, response: Response) -> None:
        if isinstance(response.body, bytes):
            payload = response.body
        elif response.body is None:
            payload = b""
        else:
            payload = json.dumps(response.body).encode()
        try:
            self.send_response(response.status)
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(payload)))
            for name, value in response.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout); that is the point of a hang


# --- handles ---------------------------------------------------------------------------------


class _Controls:
    url: str

    def control(self, method: str, path: str, body: Any = None) -> Any:
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(
            f"{self.url}{path}",
            data=data,
            method=method,
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(req, timeout=10) as resp:
            return json.loads(resp.read() or b"null")

    def requests(self) -> list[dict[str, Any]]:
        """Every provider request so far (control calls excluded)."""
        return list(self.control("GET", "/_sim/requests"))

    def fail(
        self,
        status: int | None = None,
        *,
        count: int = 1,
        hang_s: float = 0.0,
        retry_after: str | int | None = None,
        method: str | None = None,
        path_prefix: str | None = None,
        malformed: bool = False,
    ) -> None:
        """Make the next ``count`` requests answer ``status`` and/or hang ``hang_s`` seconds.

        ``method`` / ``path_prefix`` aim the failures at matching requests only (e.g. the
        ``POST /v1/appointments``); other requests pass untouched. ``malformed`` answers 200
        with a body that is not JSON.
        """
        self.control(
            "POST",
            "/_sim/fail",
            {
                "status": status,
                "count": count,
                "hang_s": hang_s,
                "retry_after": retry_after,
                "method": method,
                "path_prefix": path_prefix,
                "malformed": malformed,
            },
        )

    def reset(self) -> None:
        self.control("POST", "/_sim/reset", {})

    def state(self) -> Any:
        return self.control("GET", "/_sim/state")


class Simulator(_Controls):
    """An in-process simulator (a server thread). ``stop()`` it, or use it as a context manager."""

    def __init__(self, server: SimServer) -> None:
        self._server = server
        self.url = server.url
        self._thread = threading.Thread(target=server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def app(self) -> Any:
        return self._server.app

    def stop(self) -> None:
        self._server.stopping.set()  # wake hanging handlers
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> Simulator:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


class RemoteSimulator(_Controls):
    """A simulator running as its own process (``careflow services up``)."""

    def __init__(self, url: str) -> None:
        self.url = url.rstrip("/")


def connect(url: str) -> RemoteSimulator:
    return RemoteSimulator(url)


def start_app(app: App, port: int = 0) -> Simulator:
    return Simulator(SimServer(port, app))


def main(name: str, app: App, default_port: int, argv: list[str] | None = None) -> int:
    """``python -m careflow_local.simulators.<name> --port N``: serve until SIGTERM/SIGINT."""
    parser = argparse.ArgumentParser(prog=f"careflow_local.simulators.{name}")
    parser.add_argument("--port", type=int, default=default_port, help="0 picks a free port")
    args = parser.parse_args(argv)
    server = SimServer(args.port, app)

    def stop(signum: int, frame: Any) -> None:
        server.stopping.set()
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    print(f"{name} simulator listening on {server.url}", flush=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()
    print(f"{name} simulator stopped", file=sys.stderr, flush=True)
    return 0
