"""Telemetry's cold-start cost per function (part of ``make bench``; alone:
``python -m tests.bench.bench_telemetry``).

Each handler is imported in a fresh interpreter and ``careflow_shared.telemetry.init`` run — once
with telemetry off (``OTEL_SDK_DISABLED=true``: nothing of OpenTelemetry imported) and once with
an OTLP endpoint (SDK, our OTLP/HTTP JSON exporters, providers built). Then, in the same
interpreter, a first invocation of an instrumented no-op handler of that name (the invocation
span, one span inside, one counter, the handler-duration histogram, the flush to a local OTLP
receiver answering 200): what of telemetry's cost a deferral to the first request would only
move there is counted too. The runs alternate so a change in the machine's load hits both sides
alike; medians of ``runs``. Issue 12's budget: ≤ 40 ms added to a cold start.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

CODE = """
import time, sys
t = time.perf_counter()
import careflow_local.paths
from careflow_local.invoke import load_handler
load_handler(sys.argv[1])
from careflow_shared.telemetry import init
init(sys.argv[1])
cold = (time.perf_counter() - t) * 1000
from careflow_shared.telemetry import metrics, spans
from careflow_shared.telemetry.lambda_handler import instrumented

@instrumented(sys.argv[1])
def handler(event, context):
    with spans.span("bench.work", attributes={"careflow.tenant": "bench"}):
        metrics.add("careflow.records", 1, function=sys.argv[1], topic="bench", outcome="processed")
    return {"statusCode": 200}

t = time.perf_counter()
handler({"routeKey": "POST /bench", "requestContext": {}, "headers": {}}, None)
first = (time.perf_counter() - t) * 1000
print(cold, first)
"""


class _Receiver(BaseHTTPRequestHandler):
    """An OTLP/HTTP receiver that takes everything: the flush's round trip without a collector's
    own work (which on AWS happens in the extension, outside the function's code)."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, format: str, *args: Any) -> None:
        return


@contextmanager
def receiver() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _env(endpoint: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OTEL_")}
    if endpoint:
        env["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint
    else:
        env["OTEL_SDK_DISABLED"] = "true"
    return env


def _once(function: str, endpoint: str | None) -> tuple[float, float]:
    """(handler import + init, first invocation) in ms, one fresh interpreter."""
    out = subprocess.run(
        [sys.executable, "-c", CODE, function],
        capture_output=True,
        text=True,
        check=True,
        env=_env(endpoint),
    )
    cold, first = out.stdout.strip().splitlines()[-1].split()
    return float(cold), float(first)


def cold_import_with_and_without_telemetry(runs: int = 5) -> dict[str, dict[str, float]]:
    """{function: {without_ms, with_ms, added_ms, first_invocation_without_ms,
    first_invocation_with_ms, cold_start_added_ms}}: medians of ``runs`` alternating runs;
    ``added_ms`` is import + init, ``cold_start_added_ms`` import + init + first invocation."""
    from careflow_shared.topology import FUNCTIONS

    out: dict[str, dict[str, float]] = {}
    with receiver() as endpoint:
        for fn in FUNCTIONS:
            sides: dict[bool, list[tuple[float, float]]] = {False: [], True: []}
            for _ in range(runs):
                sides[False].append(_once(fn, None))
                sides[True].append(_once(fn, endpoint))
            a = statistics.median(c for c, _ in sides[False])
            b = statistics.median(c for c, _ in sides[True])
            fa = statistics.median(f for _, f in sides[False])
            fb = statistics.median(f for _, f in sides[True])
            whole_a = statistics.median(c + f for c, f in sides[False])
            whole_b = statistics.median(c + f for c, f in sides[True])
            out[fn] = {
                "without_ms": round(a, 1),
                "with_ms": round(b, 1),
                "added_ms": round(b - a, 1),
                "first_invocation_without_ms": round(fa, 1),
                "first_invocation_with_ms": round(fb, 1),
                "cold_start_added_ms": round(whole_b - whole_a, 1),
            }
    return out


def main() -> int:
    runs = int(os.environ.get("BENCH_IMPORT_RUNS", "5"))
    result: dict[str, Any] = {
        "runs": runs,
        "load_average": os.getloadavg(),
        "cold_import_ms": cold_import_with_and_without_telemetry(runs),
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
