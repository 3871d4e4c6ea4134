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

Byte-code as deployed: the Lambda layers ship ``__pycache__`` for our modules too
(``cdk/careflow_cdk/packaging.py``), while this checkout's modules under
``PYTHONDONTWRITEBYTECODE`` are compiled from source in every run — ≈ 10-15 ms for telemetry's
modules alone, all of it on the "with" side. So the interpreters share a byte-code cache
(``PYTHONPYCACHEPREFIX``, a temporary directory) filled by one uncounted run per side first;
``BENCH_TELEMETRY_BYTECODE=0`` measures from source as before.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Run = tuple[float, float, float, float, float, float, float]
"""One fresh interpreter: import + init and first invocation, wall ms, then CPU ms, then the
median of 30 warm invocations after it (wall ms): telemetry's cost per invocation; then
``init`` alone (after the handler's import), wall and CPU ms."""

CODE = """
import time, sys
t, c = time.perf_counter(), time.process_time()
import careflow_local.paths
from careflow_local.invoke import load_handler
load_handler(sys.argv[1])
ti, ci = time.perf_counter(), time.process_time()
from careflow_shared.telemetry import init
init(sys.argv[1])
cold, cold_cpu = (time.perf_counter() - t) * 1000, (time.process_time() - c) * 1000
init_ms, init_cpu = (time.perf_counter() - ti) * 1000, (time.process_time() - ci) * 1000
from careflow_shared.telemetry import metrics, spans
from careflow_shared.telemetry.lambda_handler import instrumented

@instrumented(sys.argv[1])
def handler(event, context):
    with spans.span("bench.work", attributes={"careflow.tenant": "bench"}):
        metrics.add("careflow.records", 1, function=sys.argv[1], topic="bench", outcome="processed")
    return {"statusCode": 200}

t, c = time.perf_counter(), time.process_time()
handler({"routeKey": "POST /bench", "requestContext": {}, "headers": {}}, None)
first, first_cpu = (time.perf_counter() - t) * 1000, (time.process_time() - c) * 1000
warm = []
for _ in range(30):
    t = time.perf_counter()
    handler({"routeKey": "POST /bench", "requestContext": {}, "headers": {}}, None)
    warm.append((time.perf_counter() - t) * 1000)
print(cold, first, cold_cpu, first_cpu, sorted(warm)[len(warm) // 2], init_ms, init_cpu)
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


def _env(endpoint: str | None, pycache: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OTEL_")}
    if pycache:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = pycache
    if endpoint:
        env["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint
    else:
        env["OTEL_SDK_DISABLED"] = "true"
    return env


def _once(function: str, endpoint: str | None, pycache: str | None = None) -> Run:
    """(handler import + init, first invocation) in ms, wall then CPU time of the process, one
    fresh interpreter."""
    out = subprocess.run(
        [sys.executable, "-c", CODE, function],
        capture_output=True,
        text=True,
        check=True,
        env=_env(endpoint, pycache),
    )
    cold, first, cold_cpu, first_cpu, warm, init, init_cpu = (
        float(x) for x in out.stdout.strip().splitlines()[-1].split()
    )
    return cold, first, cold_cpu, first_cpu, warm, init, init_cpu


def cold_import_with_and_without_telemetry(
    runs: int = 5, bytecode: bool | None = None
) -> dict[str, dict[str, float]]:
    """{function: {init_first_added_cpu_ms, without_ms, with_ms, added_ms,
    first_invocation_without_ms, first_invocation_with_ms, cold_start_added_ms, added_cpu_ms,
    cold_start_added_cpu_ms}}:
    medians of ``runs`` alternating runs; ``added_ms`` is handler import + init,
    ``cold_start_added_ms`` import + init + first invocation, both wall time;
    ``init_first_added_*``: init + first invocation timed by themselves (telemetry's whole
    cost, as the handler's import is the same on both sides); the ``_cpu_``
    figures are the process's CPU time, which other jobs on a shared machine disturb far less
    (wall time there includes waiting for a core); ``best_*``: the fastest run of each side;
    ``warm_invocation_*``: an instrumented invocation once warm (spans, metrics, the flush's
    round trip), telemetry's cost per invocation. ``bytecode``: our modules load from byte-code
    as on Lambda (see the module's docstring); default ``BENCH_TELEMETRY_BYTECODE`` (on)."""
    from careflow_shared.topology import FUNCTIONS

    if bytecode is None:
        bytecode = os.environ.get("BENCH_TELEMETRY_BYTECODE", "1") != "0"
    out: dict[str, dict[str, float]] = {}
    with receiver() as endpoint, tempfile.TemporaryDirectory(prefix="careflow-pyc-") as cache:
        pycache = cache if bytecode else None
        for fn in FUNCTIONS:
            if pycache:  # fill the cache, uncounted
                _once(fn, None, pycache)
                _once(fn, endpoint, pycache)
            without: list[Run] = []
            with_: list[Run] = []
            for _ in range(runs):
                without.append(_once(fn, None, pycache))
                with_.append(_once(fn, endpoint, pycache))
            out[fn] = _figures(without, with_)
    return out


def _figures(without: list[Run], with_: list[Run]) -> dict[str, float]:
    def med(runs: list[Run], pick: Callable[[Run], float]) -> float:
        return statistics.median(pick(r) for r in runs)

    def added(pick: Callable[[Run], float]) -> float:
        return round(med(with_, pick) - med(without, pick), 1)

    return {
        # telemetry's own part, timed directly: init + first invocation after the handler's
        # import, on minus off. The most precise figure: no difference of two ≈ 0.5 s imports.
        "init_first_added_cpu_ms": added(lambda r: r[6] + r[3]),
        "init_first_added_ms": added(lambda r: r[5] + r[1]),
        "init_added_cpu_ms": added(lambda r: r[6]),
        "without_ms": round(med(without, lambda r: r[0]), 1),
        "with_ms": round(med(with_, lambda r: r[0]), 1),
        "added_ms": added(lambda r: r[0]),
        "first_invocation_without_ms": round(med(without, lambda r: r[1]), 1),
        "first_invocation_with_ms": round(med(with_, lambda r: r[1]), 1),
        "cold_start_added_ms": added(lambda r: r[0] + r[1]),
        "added_cpu_ms": added(lambda r: r[2]),
        "cold_start_added_cpu_ms": added(lambda r: r[2] + r[3]),
        "warm_invocation_without_ms": round(med(without, lambda r: r[4]), 2),
        "warm_invocation_with_ms": round(med(with_, lambda r: r[4]), 2),
        # best of the runs on each side: the least disturbed by other jobs (as timeit reports)
        "best_without_ms": round(min(r[0] for r in without), 1),
        "best_with_ms": round(min(r[0] for r in with_), 1),
        "best_cold_start_added_ms": round(
            min(r[0] + r[1] for r in with_) - min(r[0] + r[1] for r in without), 1
        ),
        "best_cold_start_added_cpu_ms": round(
            min(r[2] + r[3] for r in with_) - min(r[2] + r[3] for r in without), 1
        ),
    }


def main() -> int:
    runs = int(os.environ.get("BENCH_IMPORT_RUNS", "5"))
    result: dict[str, Any] = {"runs": runs, "load_average_before": os.getloadavg()}
    result["cold_import_ms"] = cold_import_with_and_without_telemetry(runs)
    result["load_average_after"] = os.getloadavg()
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
