"""The local Lambda runtime's own costs, per function (part of ``make bench``).

- init duration: the emulator's ``INIT REPORT`` of a fresh container (the handler's import and,
  for run_agent, SnapStart's ``prime()``), median of ``cold_runs`` cold starts;
- warm invocation overhead: wall time of an invocation as the harness sees it (HTTP to the
  emulator, the Runtime API hop to awslambdaric and back) minus the function's own Duration,
  p50 over ``warm_runs`` invocations of a warm container;
- peak RSS (the runtime's process tree, ``VmHWM``) against the configured memory.

The event is ``{}``: every handler answers or refuses it quickly, so the figures are the
runtime's, not the handler's work.
"""

from __future__ import annotations

import statistics
import time
from typing import Any

from careflow_local.container import FunctionError
from careflow_local.pool import Fleet
from careflow_shared.topology import FUNCTIONS


def _invoke_timed(fleet: Fleet, function: str) -> tuple[float, Any]:
    pool = fleet.pools[function]
    started = time.perf_counter()
    try:
        _, report = pool.invoke_with_report({})
    except FunctionError as exc:
        report = exc.report
    return (time.perf_counter() - started) * 1000, report


def bench_runtime(cold_runs: int = 5, warm_runs: int = 30) -> dict[str, dict[str, Any]]:
    fleet = Fleet(sink=lambda _c, _l: None)  # quiet: thousands of REPORT lines otherwise
    out: dict[str, dict[str, Any]] = {}
    try:
        for function, spec in FUNCTIONS.items():
            pool = fleet.pools[function]
            inits: list[float] = []
            for _ in range(cold_runs):
                pool.recycle()
                _, report = _invoke_timed(fleet, function)
                if report is not None and report.init_duration_ms is not None:
                    inits.append(report.init_duration_ms)
            overheads: list[float] = []
            peak = 0
            for _ in range(warm_runs):
                wall, report = _invoke_timed(fleet, function)
                if report is not None and report.init_duration_ms is None:
                    overheads.append(wall - report.duration_ms)
                    peak = max(peak, report.max_memory_used_mb)
            out[function] = {
                "init_ms_median": round(statistics.median(inits), 1) if inits else None,
                "cold_starts": len(inits),
                "warm_overhead_ms_p50": round(statistics.median(overheads), 2)
                if overheads
                else None,
                "peak_rss_mb": peak,
                "memory_mb": spec.memory_mb,
            }
            print(f"  {function}: {out[function]}", flush=True)
    finally:
        fleet.stop()
    return out


def peak_memory(fleet: Fleet) -> dict[str, dict[str, int]]:
    """Per function, the highest REPORT ``Max Memory Used`` of a run, against its memory."""
    return {
        name: {
            "peak_rss_mb": max((r.max_memory_used_mb for r in pool.reports), default=0),
            "memory_mb": FUNCTIONS[name].memory_mb,
            "containers_started": pool.cold_starts,
            "invocations": len(pool.reports),
        }
        for name, pool in fleet.pools.items()
    }
