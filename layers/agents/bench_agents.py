"""Benchmark of the run_agent graph (not a test): cold start and per-message latency.

Usage::

    python layers/agents/bench_agents.py [--runs 7] [--messages 300] [--dsn "host=... user=careflow_app ..."]

* run_agent from its Lambda bundle -- the same, as Lambda starts it: the CDK packaging's
  function folder, merged layer and dependency layer (with their byte-code) on a bare
  interpreter that writes no byte-code; the handler import, then the graph import and build;
* cold start -- each run is a fresh interpreter that imports ``careflow_agents`` and builds and
  compiles the graph (what a new run_agent container pays before its first message; the share of
  LangGraph's own import and the CPU time are shown too), then also times the Postgres
  checkpointer import and the first message (language model load included);
* per-message latency -- the labelled messages, cycled, each as the first message of a new case,
  with the ``rules`` provider, on the in-memory checkpointer (pure graph cost) and, with
  ``--dsn``, on the real PostgresSaver (graph + checkpoint reads and writes).

Figures depend on the machine's load: the load average is printed with them.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
LABELLED = ROOT / "tests" / "agents_data" / "labelled_messages.jsonl"

COLD = r"""
import json, resource, time
def cpu():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime
c0 = cpu()
t0 = time.perf_counter()
import careflow_agents
t1 = time.perf_counter()
import langgraph.graph
t_lg = time.perf_counter()
from langgraph.checkpoint.memory import InMemorySaver
from careflow_agents.graph import get_graph
get_graph(InMemorySaver())
t2 = time.perf_counter()
c2 = cpu()
import psycopg
from langgraph.checkpoint.postgres import PostgresSaver
t3 = time.perf_counter()
from datetime import UTC, datetime
from careflow_agents import AgentTurn, run_turn
from careflow_agents.config import demo_tenant
run_turn(AgentTurn(tenant=demo_tenant(), case_id="bench", message_id="m1", stage="enquiry",
                   text="Hello, how much is a hair transplant?", channel="whatsapp", message_type="text",
                   received_at=datetime.now(UTC)), checkpointer=InMemorySaver())
t4 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "build": t2 - t1, "of_which_langgraph_import": t_lg - t1,
                  "import_plus_build_cpu": c2 - c0, "checkpointer_import": t3 - t2, "first_message": t4 - t3}))
"""


BUNDLE_COLD = r"""
import time
t0 = time.perf_counter()
import handler
t1 = time.perf_counter()
from langgraph.checkpoint.memory import InMemorySaver
from careflow_agents.graph import get_graph
get_graph(InMemorySaver())
t2 = time.perf_counter()
import json
print(json.dumps({"handler_import": t1 - t0, "graph_import_and_build": t2 - t1, "total": t2 - t0}))
"""


def bundle_cold_start(runs: int) -> dict[str, dict[str, float]]:
    """run_agent as Lambda starts it: its bundle built by the CDK packaging (function folder,
    merged layer, dependency layer with byte-code), a bare interpreter (``-S``: nothing from the
    venv) that may not write byte-code; the handler import, then the graph import and build."""
    sys.path.insert(0, str(ROOT / "cdk"))
    from careflow_cdk import bundle

    samples = []
    for _ in range(runs):
        done = bundle.run_like_lambda("run_agent", BUNDLE_COLD)
        samples.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return {
        key: {
            "median_s": statistics.median(s[key] for s in samples),
            "min_s": min(s[key] for s in samples),
        }
        for key in samples[0]
    }


def _env() -> dict[str, str]:
    paths = [ROOT / "shared" / "python", *sorted((ROOT / "layers").glob("*/python"))]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([*(str(p) for p in paths), env.get("PYTHONPATH", "")])
    return env


def cold_start(runs: int) -> dict[str, dict[str, float]]:
    samples: list[dict[str, float]] = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", COLD], capture_output=True, text=True, env=_env(), check=True
        )
        samples.append(json.loads(done.stdout.strip().splitlines()[-1]))
    keys = [*samples[0], "import_plus_build"]
    for sample in samples:
        sample["import_plus_build"] = sample["import"] + sample["build"]
    return {
        key: {
            "median_s": statistics.median(s[key] for s in samples),
            "min_s": min(s[key] for s in samples),
        }
        for key in keys
    }


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered)) - 1))
    return ordered[index]


def per_message(messages: int, checkpointer: Any) -> dict[str, float]:
    from careflow_agents import prime, run_turn
    from careflow_agents.config import demo_tenant
    from careflow_agents.eval import load, turn_for_row

    rows = load(LABELLED)
    tenant = demo_tenant("bench-clinic")
    # One untimed turn first: the process-wide one-offs (LangGraph import, graph compile, phrase
    # tables, language model) are the cold start measured above, not per-message latency.
    prime(checkpointer)
    timings: list[float] = []
    for i in range(messages):
        row = rows[i % len(rows)]
        turn = turn_for_row(
            row, tenant, case_id=f"bench-{uuid.uuid4().hex[:10]}", message_id=f"m-{i}"
        )
        started = time.perf_counter()
        run_turn(turn, checkpointer=checkpointer)
        timings.append((time.perf_counter() - started) * 1000)
    return {
        "messages": messages,
        "p50_ms": statistics.median(timings),
        "p95_ms": _percentile(timings, 95),
        "max_ms": max(timings),
        "mean_ms": statistics.fmean(timings),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="fresh interpreters for the cold start")
    parser.add_argument(
        "--messages", type=int, default=300, help="messages for the latency figures"
    )
    parser.add_argument(
        "--dsn",
        default=os.environ.get("CAREFLOW_AGENTS_BENCH_DSN"),
        help="libpq DSN of a migrated database (application role) for the Postgres run",
    )
    args = parser.parse_args(argv)
    sys.path[:0] = _env()["PYTHONPATH"].split(os.pathsep)

    load = os.getloadavg()
    print(
        f"machine: {os.cpu_count()} cores, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}"
    )
    print(f"python {sys.version.split()[0]} ({sys.executable})")
    cold = cold_start(args.runs)
    print(f"\ncold start, {args.runs} fresh interpreters (median / min, seconds):")
    for key, value in cold.items():
        print(f"  {key:<26} {value['median_s']:.3f} / {value['min_s']:.3f}")

    bundled = bundle_cold_start(args.runs)
    print(f"\nrun_agent from its Lambda bundle, {args.runs} fresh interpreters (median / min, s):")
    for key, value in bundled.items():
        print(f"  {key:<26} {value['median_s']:.3f} / {value['min_s']:.3f}")

    from langgraph.checkpoint.memory import InMemorySaver

    print("\nper message, rules provider (ms):")
    results = {"in_memory": per_message(args.messages, InMemorySaver())}
    if args.dsn:
        from careflow_agents import get_checkpointer

        results["postgres"] = per_message(args.messages, get_checkpointer(args.dsn))
    for name, figures in results.items():
        print(
            f"  {name:<10} n={figures['messages']}  p50 {figures['p50_ms']:.1f}  p95 {figures['p95_ms']:.1f}"
            f"  max {figures['max_ms']:.1f}  mean {figures['mean_ms']:.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
