"""``make bench``: what the pipeline costs, measured beside the raw path in the same run.

Not a test: it prints figures and writes them to ``tests/bench/results.json``.

- pipeline: signed webhooks through the local API Gateway → ingest_message → Kafka →
  create_case → run_agent → persist_result (→ send_message), every function from its deployed
  bundle in its own containers under the Lambda runtime (aws-lambda-rie + awslambdaric); latency
  is webhook sent → decision row committed; per function the peak RSS of its containers;
- raw path: kafka-python produce + consume + one Postgres insert and commit per message, the
  floor any Kafka-and-Postgres pipeline on this machine stands on;
- cold import: each handler imported in a fresh interpreter (median of several runs), and with
  and without telemetry (``bench_telemetry``: SDK and exporter set up vs nothing imported, plus
  the first invocation's telemetry);
- the pipeline with and without telemetry, alternating runs, medians (throughput, latency and
  handler time per record: telemetry's cost per message);
- the runtime's own costs per function: init duration (median of 5 cold starts), warm
  invocation overhead (p50) and peak RSS against the configured memory (``bench_runtime.py``);
- real model latency: a burst of first messages on a 1.5 s model, parallel and sequential
  batches, with model faults, and the idle path's latency (``bench_burst.py``).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from careflow_local.env import apply_local_env

RESULTS = Path(__file__).with_name("results.json")


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def _summary(latencies_ms: list[float], elapsed_s: float) -> dict[str, float]:
    return {
        "messages": len(latencies_ms),
        "throughput_msg_s": round(len(latencies_ms) / elapsed_s, 1),
        "p50_ms": round(_pct(latencies_ms, 50), 1),
        "p95_ms": round(_pct(latencies_ms, 95), 1),
        "p99_ms": round(_pct(latencies_ms, 99), 1),
    }


def bench_pipeline(n: int, senders: int = 4) -> dict[str, Any]:
    from careflow_local.db import demo_config, seed_tenant
    from careflow_local.runtime import LocalRuntime
    from careflow_local.samples import signed, whatsapp_text
    from careflow_rds.tenancy import tenant_transaction
    from tests.bench.bench_runtime import peak_memory

    # The demo clinic's configuration (treatments, WhatsApp number): replies really go out to
    # the Meta simulator, so the run pays for send_message too.
    tenant = f"bench-{uuid.uuid4().hex[:8]}"
    seed_tenant(
        demo_config().model_copy(
            update={"tenant_id": tenant, "display_name": "Bench", "rate_limit_per_minute": 100_000}
        ),
        app_secret="bench-secret",
        verify_token="v",
    )
    runtime = LocalRuntime(port=0, log_sink=lambda _container, _line: None)
    runtime.start()
    assert runtime.gateway is not None
    url = f"{runtime.gateway.url}/webhooks/whatsapp/{tenant}"
    sent: dict[str, float] = {}
    redelivered: list[int] = []
    lock = threading.Lock()

    def send(i: int) -> None:
        mid = f"wamid.bench.{uuid.uuid4().hex}"
        raw, headers = signed(
            whatsapp_text(wa_id=f"9000{i % 50:08d}", text=f"Hello, question {i}", message_id=mid),
            "bench-secret",
        )
        with lock:
            sent[mid] = time.time()
        for attempt in range(1, 7):
            req = urllib.request.Request(url, data=raw, headers=headers, method="POST")
            try:
                with urllib.request.urlopen(req, timeout=30) as resp:
                    assert resp.status == 200
                    return
            except urllib.error.HTTPError as exc:
                # Meta delivers a webhook answered 5xx again (a cold ingest container can time
                # out on a loaded machine); counted, and the latency still runs from the first.
                if exc.code < 500 or attempt == 6:
                    raise
                with lock:
                    redelivered.append(exc.code)
                time.sleep(min(8, 2 ** (attempt - 1)))

    try:
        start = time.time()
        with ThreadPoolExecutor(senders) as pool:
            list(pool.map(send, range(n)))
        deadline = time.time() + 300
        rows: list[dict[str, Any]] = []
        while time.time() < deadline:
            with tenant_transaction(tenant) as cur:
                cur.execute(
                    "SELECT m.provider_message_id, extract(epoch FROM d.created_at) AS done "
                    "FROM agent_decisions d JOIN messages m ON m.message_id = d.message_id"
                )
                rows = cur.fetchall()
            if len(rows) >= n:
                break
            time.sleep(0.2)
        done = max(float(r["done"]) for r in rows)
        latencies = [(float(r["done"]) - sent[r["provider_message_id"]]) * 1000 for r in rows]
        replies = _replies(tenant, deadline=time.time() + 120)
        print(f"  replies to the Meta simulator by status: {replies}")
        per_record: dict[str, float] = {}
        for fn, esm in runtime.mappings.items():
            s = esm.stats
            if s.records_ok:
                per_record[fn] = round(s.invoke_seconds / s.records_ok * 1000, 1)
            print(
                f"  {fn}: {s.batches} batches, {s.invocations} invocations, "
                f"{s.invoke_seconds / max(1, s.records_ok) * 1000:.1f} ms handler time per record"
            )
        assert runtime.fleet is not None
        memory = peak_memory(runtime.fleet)
        print(f"  containers: {json.dumps(memory)}")
        return {
            **_summary(latencies, done - start),
            "replies": replies,
            "webhooks_redelivered_after_5xx": len(redelivered),
            "handler_ms_per_record": per_record,
            "functions": memory,
        }
    finally:
        runtime.stop()


def _collector_answers(endpoint: str) -> None:
    """The with-telemetry runs mean something only if the collector takes the data: an
    unreachable one makes every function drop its telemetry after one timeout (cheaper)."""
    req = urllib.request.Request(
        endpoint.rstrip("/") + "/v1/traces",
        data=b'{"resourceSpans":[]}',
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(req, timeout=5) as resp:
        if resp.status != 200:
            raise SystemExit(f"the OTLP collector at {endpoint} answered {resp.status}")


def bench_pipeline_telemetry(n: int, rounds: int) -> dict[str, Any]:
    """The pipeline with and without telemetry in the same run: ``rounds`` runs of each side,
    alternating (ABBA, so neither side always runs first on a warmer machine), every function's
    containers started fresh per run; medians. Without = ``OTEL_SDK_DISABLED=true`` in every
    container (nothing of OpenTelemetry imported); with = spans and metrics exported to the
    local collector (Jaeger) on every invocation, as ``careflow dev`` runs."""
    endpoint = os.environ.get("OTEL_EXPORTER_OTLP_ENDPOINT")
    if not endpoint:
        raise SystemExit("the telemetry comparison needs OTEL_EXPORTER_OTLP_ENDPOINT (dev.env)")
    _collector_answers(endpoint)
    saved = os.environ.get("OTEL_SDK_DISABLED")
    runs: dict[str, list[dict[str, Any]]] = {"without": [], "with": []}
    order = [("without", "with") if r % 2 == 0 else ("with", "without") for r in range(rounds)]
    try:
        for sides in order:
            for side in sides:
                if side == "without":
                    os.environ["OTEL_SDK_DISABLED"] = "true"
                else:
                    os.environ.pop("OTEL_SDK_DISABLED", None)
                print(f"pipeline {side} telemetry ({n} messages):")
                runs[side].append(bench_pipeline(n))
    finally:
        if saved is None:
            os.environ.pop("OTEL_SDK_DISABLED", None)
        else:
            os.environ["OTEL_SDK_DISABLED"] = saved

    def median(side: str, key: str) -> float:
        return round(statistics.median(r[key] for r in runs[side]), 1)

    out: dict[str, Any] = {"messages": n, "rounds": rounds, "load_average": os.getloadavg()}
    for side in ("without", "with"):
        functions = runs[side][0]["handler_ms_per_record"]
        out[side] = {
            **{k: median(side, k) for k in ("throughput_msg_s", "p50_ms", "p95_ms", "p99_ms")},
            "handler_ms_per_record": {
                fn: round(
                    statistics.median(
                        r["handler_ms_per_record"][fn]
                        for r in runs[side]
                        if fn in r["handler_ms_per_record"]
                    ),
                    1,
                )
                for fn in functions
            },
            "throughput_runs": [r["throughput_msg_s"] for r in runs[side]],
            "webhooks_redelivered_after_5xx": sum(
                r["webhooks_redelivered_after_5xx"] for r in runs[side]
            ),
        }
    out["throughput_change"] = round(
        out["with"]["throughput_msg_s"] / out["without"]["throughput_msg_s"] - 1, 3
    )
    out["handler_ms_per_record_added"] = {
        fn: round(out["with"]["handler_ms_per_record"][fn] - ms, 1)
        for fn, ms in out["without"]["handler_ms_per_record"].items()
        if fn in out["with"]["handler_ms_per_record"]
    }
    return out


def _replies(tenant: str, deadline: float) -> dict[str, int]:
    """Outbound replies by status once send_message has drained (or the deadline passed)."""
    from careflow_rds.tenancy import tenant_transaction

    while True:
        with tenant_transaction(tenant) as cur:
            cur.execute("SELECT status, count(*) AS n FROM outbound_messages GROUP BY status")
            counts = {r["status"]: int(r["n"]) for r in cur.fetchall()}
        if not (counts.get("queued") or counts.get("sending")) or time.time() > deadline:
            return counts
        time.sleep(0.5)


def bench_raw(n: int) -> dict[str, float]:
    import psycopg2
    from kafka import KafkaConsumer, KafkaProducer
    from kafka.admin import KafkaAdminClient, NewTopic
    from kafka.errors import TopicAlreadyExistsError

    from careflow_rds.connection import connect_kwargs
    from careflow_shared.settings import get_settings

    bootstrap = os.environ["CAREFLOW_KAFKA_BOOTSTRAP"]
    topic = "bench.raw"
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        admin.create_topics([NewTopic(topic, 6, 1)])
    except TopicAlreadyExistsError:
        pass
    finally:
        admin.close()
    conn = psycopg2.connect(**connect_kwargs(get_settings()))
    with conn, conn.cursor() as cur:
        cur.execute("CREATE TEMP TABLE bench_raw (id text PRIMARY KEY, body text, done float8)")
    consumer = KafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=f"bench-{uuid.uuid4()}",
        auto_offset_reset="latest",
        enable_auto_commit=False,
    )
    while not consumer.assignment():
        consumer.poll(timeout_ms=200)
    for tp in consumer.assignment():
        consumer.seek_to_end(tp)
    [consumer.position(tp) for tp in consumer.assignment()]
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=0)
    sent: dict[str, float] = {}
    start = time.time()
    for i in range(n):
        mid = uuid.uuid4().hex
        sent[mid] = time.time()
        producer.send(topic, key=f"k{i % 50}".encode(), value=json.dumps({"id": mid}).encode())
    producer.flush()
    latencies: list[float] = []
    done = start
    while len(latencies) < n and time.time() - start < 120:
        for records in consumer.poll(timeout_ms=500).values():
            for rec in records:
                mid = json.loads(rec.value)["id"]
                with conn, conn.cursor() as cur:
                    cur.execute(
                        "INSERT INTO bench_raw VALUES (%s, %s, %s)",
                        (mid, rec.value.decode(), time.time()),
                    )
                done = time.time()
                latencies.append((done - sent[mid]) * 1000)
        consumer.commit()
    producer.close()
    consumer.close()
    conn.close()
    return _summary(latencies, done - start)


def cold_imports(runs: int = 5) -> dict[str, float]:
    from careflow_shared.topology import FUNCTIONS

    code = (
        "import time, sys; t = time.perf_counter(); import careflow_local.paths; "
        "from careflow_local.invoke import load_handler; load_handler(sys.argv[1]); "
        "print((time.perf_counter() - t) * 1000)"
    )
    out: dict[str, float] = {}
    for fn in FUNCTIONS:
        samples = [
            float(
                subprocess.run(
                    [sys.executable, "-c", code, fn],
                    capture_output=True,
                    text=True,
                    check=True,
                    env=os.environ,
                ).stdout.strip()
            )
            for _ in range(runs)
        ]
        out[fn] = round(statistics.median(samples), 1)
    return out


def bench_agent(n: int) -> dict[str, Any]:
    """run_agent's graph: cold start (import + build, fresh interpreters, in the venv and from the
    function's Lambda bundle; and the function's whole cold start from its bundle) and per-message latency with the rules provider on the real Postgres
    checkpointer (``layers/agents/bench_agents.py``)."""
    import importlib.util

    from careflow_agents import get_checkpointer
    from careflow_rds.connection import dsn
    from careflow_shared.settings import get_settings

    path = Path(__file__).resolve().parents[2] / "layers" / "agents" / "bench_agents.py"
    spec = importlib.util.spec_from_file_location("careflow_bench_agents", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    cold = module.cold_starts(7)
    per_message = module.per_message(n, get_checkpointer(dsn(get_settings())))
    return {**cold, "per_message_postgres": per_message}


PARTS = (
    "raw",
    "pipeline",
    "imports",
    "telemetry",
    "telemetry_pipeline",
    "agent",
    "runtime",
    "burst",
)


def main() -> int:
    """``BENCH_PARTS`` (comma-separated, default all of ``PARTS``) picks what runs; figures of
    parts not run are kept from the last ``results.json``. ``BENCH_MESSAGES`` sizes the raw and
    pipeline runs (and each of the ``BENCH_TELEMETRY_ROUNDS`` (2) runs per side of the pipeline
    with and without telemetry, unless ``BENCH_TELEMETRY_MESSAGES`` says otherwise), ``BENCH_BURST_MESSAGES`` and ``BENCH_IDLE_MESSAGES`` the burst and idle ones
    (small values make a smoke test), ``BENCH_BURST_VARIANTS`` picks among
    ``bench_burst.VARIANTS`` (figures of variants not run are kept)."""
    apply_local_env()
    from careflow_local.db import run_migrations

    run_migrations()
    parts = [p.strip() for p in os.environ.get("BENCH_PARTS", ",".join(PARTS)).split(",")]
    unknown = set(parts) - set(PARTS)
    if unknown:
        raise SystemExit(f"unknown BENCH_PARTS {sorted(unknown)}; known: {', '.join(PARTS)}")
    n = int(os.environ.get("BENCH_MESSAGES", "300"))
    results: dict[str, Any] = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    print(f"benchmark: {n} messages, {os.cpu_count()} cores, parts {parts}")
    if "raw" in parts:
        results["raw_path"] = bench_raw(n)
        print(f"raw path (produce + consume + insert): {results['raw_path']}")
    if "pipeline" in parts:
        results["pipeline"] = bench_pipeline(n)
        print(f"pipeline (webhook -> persisted decision): {results['pipeline']}")
    if "raw_path" in results and "pipeline" in results:
        results["throughput_ratio_pipeline_to_raw"] = round(
            results["pipeline"]["throughput_msg_s"] / results["raw_path"]["throughput_msg_s"], 3
        )
        print(f"pipeline throughput is {results['throughput_ratio_pipeline_to_raw']:.1%} of raw")
    if "imports" in parts:
        results["cold_import_ms"] = cold_imports()
        print(f"cold import per handler (ms, median of 5): {results['cold_import_ms']}")
    if "telemetry" in parts:
        from tests.bench.bench_telemetry import cold_import_with_and_without_telemetry

        results["cold_import_telemetry_ms"] = cold_import_with_and_without_telemetry()
        print(
            "cold import + telemetry init, without/with (ms): "
            f"{json.dumps(results['cold_import_telemetry_ms'])}"
        )
    if "telemetry_pipeline" in parts:
        results["pipeline_telemetry"] = bench_pipeline_telemetry(
            int(os.environ.get("BENCH_TELEMETRY_MESSAGES", str(n))),
            int(os.environ.get("BENCH_TELEMETRY_ROUNDS", "2")),
        )
        print(f"pipeline with/without telemetry: {json.dumps(results['pipeline_telemetry'])}")
    if "agent" in parts:
        results["run_agent_graph"] = bench_agent(min(n, 200))
        print(f"run_agent graph: {json.dumps(results['run_agent_graph'])}")
    if "runtime" in parts:
        from tests.bench.bench_runtime import bench_runtime

        print("Lambda runtime per function (init: median of 5 cold starts; warm overhead: p50):")
        results["lambda_runtime"] = bench_runtime()
    if "burst" in parts:
        from tests.bench.bench_burst import VARIANTS, bench_real_latency

        variants = tuple(os.environ.get("BENCH_BURST_VARIANTS", ",".join(VARIANTS)).split(","))
        latency = results.setdefault("real_latency", {})
        for name, figures in bench_real_latency(
            int(os.environ.get("BENCH_BURST_MESSAGES", "300")),
            int(os.environ.get("BENCH_IDLE_MESSAGES", "20")),
            variants,
        ).items():
            if isinstance(figures, dict):
                figures["measured_at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
                figures["load_average"] = [round(x, 2) for x in os.getloadavg()]
            latency[name] = figures
        if latency.get("parallel", {}).get("drain_s") and "sequential" in latency:
            latency["speedup_parallel_vs_sequential"] = round(
                latency["sequential"]["drain_s"] / latency["parallel"]["drain_s"], 2
            )
    for part, key in (
        ("telemetry", "cold_import_telemetry_ms"),
        ("telemetry_pipeline", "pipeline_telemetry"),
    ):
        if part in parts:  # their own time and load: the top-level ones describe the others
            results[f"{key}_measured_at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
            results[f"{key}_load_average"] = [round(x, 2) for x in os.getloadavg()]
    if set(parts) - {"burst", "telemetry", "telemetry_pipeline"}:
        results["measured_at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        results["load_average"] = os.getloadavg()
    results["machine"] = {"cores": os.cpu_count(), "python": sys.version.split()[0]}
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    print(f"written to {RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
