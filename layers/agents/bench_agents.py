"""Benchmark of the run_agent graph (not a test): cold start and per-message latency.

Usage::

    python layers/agents/bench_agents.py [--runs 7] [--messages 300] [--dsn "host=... user=careflow_app ..."]

* cold start (``import + build``: the issue's figure) -- each run is a fresh interpreter that
  imports ``careflow_agents`` and builds and compiles the graph, the way run_agent does it
  (LangGraph imported by ``careflow_agents.graph`` inside ``coldstart.import_phase``; the share
  of that import and the CPU time are shown too), then also times the Postgres checkpointer's
  import and the first message (language model load included). Run twice: in this venv, on the
  layers' source folders (our own modules compiled from source on every run), and from
  run_agent's Lambda bundle -- the CDK packaging's function folder, merged layer and dependency
  layer, with the byte-code they ship, on a bare interpreter that writes none (as Lambda runs it);
* run_agent's whole cold start, from its bundle -- everything a new container pays before its
  first turn can start, in the handler's order: the handler's imports (its init), then on the
  first record the checkpointer's modules (the connection left out: no database here) and the
  graph's import and build;
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
from careflow_agents.graph import get_graph  # LangGraph's import, inside coldstart.import_phase
t_lg = time.perf_counter()
from langgraph.checkpoint.memory import InMemorySaver
get_graph(InMemorySaver())
t2 = time.perf_counter()
c2 = cpu()
import psycopg
from careflow_agents.checkpoint import postgres_saver_class
postgres_saver_class()
t3 = time.perf_counter()
from datetime import UTC, datetime
from careflow_agents import AgentTurn, run_turn
from careflow_agents.config import demo_tenant
run_turn(AgentTurn(tenant=demo_tenant(), case_id="bench", message_id="m1", stage="enquiry",
                   text="Hello, how much is a hair transplant?", channel="whatsapp", message_type="text",
                   received_at=datetime.now(UTC)), checkpointer=InMemorySaver())
t4 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "build": t2 - t1, "of_which_langgraph_import": t_lg - t1,
                  "import_plus_build_cpu": c2 - c0, "checkpointer_import": t3 - t2, "first_message": t4 - t3,
                  "import_plus_build": t2 - t0}))
"""


BUNDLE_COLD = r"""
import time
t0 = time.perf_counter()
import handler
t1 = time.perf_counter()
from careflow_agents.checkpoint import postgres_saver_class
postgres_saver_class()
t2 = time.perf_counter()
from careflow_agents.graph import get_graph
from langgraph.checkpoint.memory import InMemorySaver
get_graph(InMemorySaver())
t3 = time.perf_counter()
import json
print(json.dumps({"handler_import": t1 - t0, "checkpointer_import": t2 - t1,
                  "graph_import_and_build": t3 - t2, "total": t3 - t0}))
"""


def _summary(samples: list[dict[str, float]]) -> dict[str, dict[str, float]]:
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


def cold_start(runs: int, code: str = COLD) -> dict[str, dict[str, float]]:
    """``code`` in fresh interpreters of this venv, on the layers' source folders."""
    samples: list[dict[str, float]] = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=_env(), check=True
        )
        samples.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return _summary(samples)


def bundle_cold_start(runs: int, code: str = BUNDLE_COLD) -> dict[str, dict[str, float]]:
    """``code`` as Lambda runs run_agent: its bundle built by the CDK packaging (function folder,
    merged layer, dependency layer with byte-code), a bare interpreter (``-S``: nothing from the
    venv) that may not write byte-code."""
    if str(ROOT / "cdk") not in sys.path:
        sys.path.insert(0, str(ROOT / "cdk"))
    from careflow_cdk import bundle

    samples = []
    for _ in range(runs):
        done = bundle.run_like_lambda("run_agent", code)
        samples.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return _summary(samples)


def cold_starts(runs: int) -> dict[str, dict[str, dict[str, float]]]:
    """The three cold-start figures ``make bench`` records (see the module docstring)."""
    return {
        "cold_start_s": cold_start(runs),
        "lambda_bundle_import_plus_build_s": bundle_cold_start(runs, COLD),
        "lambda_bundle_cold_start_s": bundle_cold_start(runs),
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
    titles = {
        "cold_start_s": "cold start, venv",
        "lambda_bundle_import_plus_build_s": "the same, from run_agent's Lambda bundle",
        "lambda_bundle_cold_start_s": "run_agent's whole cold start, from its Lambda bundle",
    }
    for name, figures in cold_starts(args.runs).items():
        print(f"\n{titles[name]}, {args.runs} fresh interpreters (median / min, s):")
        for key, value in figures.items():
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
