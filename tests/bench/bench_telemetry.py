"""Telemetry's cold-start cost per function (part of ``make bench``; alone:
``python -m tests.bench.bench_telemetry``).

Each handler is imported in a fresh interpreter and ``careflow_shared.telemetry.init`` run — once
with telemetry off (``OTEL_SDK_DISABLED=true``: nothing of OpenTelemetry imported) and once with
an OTLP endpoint (SDK, OTLP/HTTP exporters, providers built). The runs alternate so a change in
the machine's load hits both sides alike; medians of ``runs``. Issue 12's budget: ≤ 40 ms added.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from typing import Any

CODE = (
    "import time, sys; t = time.perf_counter(); import careflow_local.paths; "
    "from careflow_local.invoke import load_handler; load_handler(sys.argv[1]); "
    "from careflow_shared.telemetry import init; init(sys.argv[1]); "
    "print((time.perf_counter() - t) * 1000)"
)
ENDPOINT = "http://127.0.0.1:4318"


def _env(telemetry: bool) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OTEL_")}
    if telemetry:
        env["OTEL_EXPORTER_OTLP_ENDPOINT"] = ENDPOINT
    else:
        env["OTEL_SDK_DISABLED"] = "true"
    return env


def _once(function: str, telemetry: bool) -> float:
    out = subprocess.run(
        [sys.executable, "-c", CODE, function],
        capture_output=True,
        text=True,
        check=True,
        env=_env(telemetry),
    )
    return float(out.stdout.strip().splitlines()[-1])


def cold_import_with_and_without_telemetry(runs: int = 5) -> dict[str, dict[str, float]]:
    """{function: {without_ms, with_ms, added_ms}}: medians of ``runs`` alternating runs."""
    from careflow_shared.topology import FUNCTIONS

    out: dict[str, dict[str, float]] = {}
    for fn in FUNCTIONS:
        without: list[float] = []
        with_: list[float] = []
        for _ in range(runs):
            without.append(_once(fn, telemetry=False))
            with_.append(_once(fn, telemetry=True))
        a, b = statistics.median(without), statistics.median(with_)
        out[fn] = {"without_ms": round(a, 1), "with_ms": round(b, 1), "added_ms": round(b - a, 1)}
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
