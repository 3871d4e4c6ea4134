"""Real model latency and the idle path, in ``make bench`` (issue 13, "Show").

- **burst**: ``n`` first messages from ``n`` patients at once, for a tenant whose agent provider
  is ``openai_compat`` pointed at our model simulator answering in 1.5 s per call; drain time,
  throughput and webhook → reply percentiles, with conversation-parallel batches (cdk.json's
  ``batchConcurrency``) and with them turned off (1 = sequential); invocations that timed out
  (the containers' ``Task timed out`` lines); then the same with 10 % of model calls failing
  (429/5xx) and 5 % hanging: nothing lost, nothing duplicated (rows in Postgres, sends the Meta
  simulator received), fallbacks counted;
- **idle**: webhook → reply of single messages one after the other (rules provider), with the
  batching windows of cdk.json and with MSK's default 500 ms windows, in the same run.

Every function runs from its bundle under the Lambda runtime, as in ``bench_pipeline``. The
model and Meta simulators are private to the run (in this process, on free ports), so the
shared ones keep their settings and other runs' requests do not blur the counts; the mappings
use consumer groups of their own (starting at the end of each topic), so a run never takes
records meant for another runtime on the same broker.
"""

from __future__ import annotations

import os
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from careflow_local.demo import REDELIVERY_PAUSES_S
from tests.bench.bench_pipeline import _pct

MODEL_LATENCY_S = 1.5
FAULTS = {"error_rate": 0.10, "hang_rate": 0.05, "hang_s": 30, "statuses": [429, 500, 503]}
# First messages the agents answer at once (a price or an appointment waits for a coordinator's
# approval, which would leave nothing to time at the Meta simulator).
_TEXTS = (
    "Hello, I have a question",
    "Hi, good morning, a question please",
    "Hello, can you help me?",
)


def _percentiles(values_ms: list[float]) -> dict[str, float]:
    if not values_ms:
        return {"p50_ms": 0.0, "p95_ms": 0.0, "p99_ms": 0.0}
    return {f"p{p}_ms": round(_pct(values_ms, p), 1) for p in (50, 95, 99)}


def private_groups(settings: Any, tag: str) -> Any:
    """``settings`` whose mappings read with consumer groups of this run; each group starts at
    the end of its topic (committed before the run: a LATEST reset after the first poll could
    skip the run's own first records)."""
    from careflow_cdk import pipeline

    class _Private(pipeline.PipelineSettings):
        def mappings(self) -> tuple[Any, ...]:
            return tuple(
                replace(m, consumer_group_id=f"{m.consumer_group_id}-{tag}")
                for m in super().mappings()
            )

    private = _Private(settings.env, settings.topic_partitions, dict(settings.per_function))
    for m in private.mappings():
        _commit_end_offsets(m.topic, m.consumer_group_id)
    return private


def _commit_end_offsets(topic: str, group: str) -> None:
    from kafka import KafkaConsumer, TopicPartition
    from kafka.structs import OffsetAndMetadata

    consumer = KafkaConsumer(
        bootstrap_servers=os.environ["CAREFLOW_KAFKA_BOOTSTRAP"].split(","),
        group_id=group,
        enable_auto_commit=False,
    )
    try:
        partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or ()]
        consumer.assign(partitions)
        ends = consumer.end_offsets(partitions)
        consumer.commit({tp: OffsetAndMetadata(off, "", -1) for tp, off in ends.items()})
    finally:
        consumer.close()


# Postgres connection pools per container: run_agent has two (psycopg2 for the repositories,
# psycopg 3 for the checkpointer), the others one; each holds at most the pool size.
_POOLS_PER_CONTAINER = {"run_agent": 2}
_CONNECTION_MARGIN = 20  # left to other clients of the same server


def connections_needed(settings: Any) -> int:
    """Postgres connections the pipeline's containers may hold at once: one container per
    partition and function, each with its pools (a worker thread holds a connection only for
    a transaction, so no more than the pool size, nor than its threads)."""
    from careflow_rds.connection import pool_size

    per_container = sum(
        min(own.batch_concurrency, pool_size()) * _POOLS_PER_CONTAINER.get(name, 1)
        for name, own in settings.per_function.items()
    )
    return settings.topic_partitions * per_container


def fit_connections(settings: Any) -> tuple[Any, dict[str, Any]]:
    """``settings``, with batch concurrency lowered (run_agent's last) when the Postgres
    server's free connections cannot hold what it needs — a shared local server keeps
    ``max_connections`` 100 until its next start, and a burst must not lock others out."""
    from careflow_rds.connection import get_connection

    conn = get_connection()
    with conn.cursor() as cur:
        cur.execute("SELECT current_setting('max_connections')::int AS n")
        limit = _first(cur.fetchone())
        cur.execute("SELECT count(*)::int AS n FROM pg_stat_activity")
        used = _first(cur.fetchone())
    conn.rollback()
    budget = limit - used - _CONNECTION_MARGIN
    info: dict[str, Any] = {
        "max_connections": limit,
        "in_use_before": used,
        "needed": connections_needed(settings),
    }
    # The model stage (run_agent) is what the burst measures: the others give way first.
    fitted = settings
    for name in sorted(settings.per_function, key=lambda n: n == "run_agent"):
        while (
            connections_needed(fitted) > budget and fitted.per_function[name].batch_concurrency > 1
        ):
            lower = fitted.per_function[name].batch_concurrency - 1
            fitted = fitted.with_function(name, batch_concurrency=lower)
    if fitted is not settings:
        info["capped_concurrency"] = {
            name: own.batch_concurrency
            for name, own in fitted.per_function.items()
            if own != settings.per_function[name]
        }
        info["needed_after_cap"] = connections_needed(fitted)
    return fitted, info


def _first(row: Any) -> int:
    return int(row["n"] if isinstance(row, dict) else row[0])


def sequential(settings: Any) -> Any:
    """The same settings with every function's batch concurrency 1 (one record at a time)."""
    for name in list(settings.per_function):
        settings = settings.with_function(name, batch_concurrency=1)
    return settings


def default_windows(settings: Any) -> Any:
    """The same settings with MSK's default 500 ms batching window on every pipeline mapping."""
    for name in list(settings.per_function):
        settings = settings.with_function(name, batching_window_s=0.5)
    return settings


@contextmanager
def _meta_simulator() -> Iterator[Any]:
    """A private Meta Graph simulator; the containers started meanwhile send to it."""
    from careflow_local.simulators import meta_graph

    sim = meta_graph.start(port=0)
    before = os.environ.get("CAREFLOW_META_GRAPH_URL")
    os.environ["CAREFLOW_META_GRAPH_URL"] = sim.url
    try:
        yield sim
    finally:
        if before is None:
            os.environ.pop("CAREFLOW_META_GRAPH_URL", None)
        else:
            os.environ["CAREFLOW_META_GRAPH_URL"] = before
        sim.stop()


class _Run:
    """One LocalRuntime with its own consumer groups, counting timed-out invocations."""

    def __init__(self, settings: Any) -> None:
        from careflow_local.runtime import LocalRuntime

        self.timeouts = 0
        self.reports = 0
        self._lock = threading.Lock()
        tag = uuid.uuid4().hex[:8]
        self.runtime = LocalRuntime(
            port=0, log_sink=self._sink, pipeline=private_groups(settings, tag)
        )

    def _sink(self, _container: str, line: str) -> None:
        with self._lock:
            if "Task timed out" in line:
                self.timeouts += 1
            if line.startswith("REPORT"):
                self.reports += 1

    def __enter__(self) -> _Run:
        self.runtime.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.runtime.stop()

    @property
    def url(self) -> str:
        assert self.runtime.gateway is not None
        return self.runtime.gateway.url

    def stats(self) -> dict[str, Any]:
        out = {}
        for name, esm in self.runtime.mappings.items():
            s = esm.stats
            if s.invocations:
                out[name] = {
                    "batches": s.batches,
                    "invocations": s.invocations,
                    "records_ok": s.records_ok,
                    "retries": s.retries,
                    "dead_lettered": s.dead_lettered,
                    "invoke_seconds": round(s.invoke_seconds, 1),
                }
        return out


def _cpu_s(pids: list[int]) -> float:
    """CPU seconds (user + system) the processes used so far, from ``/proc/<pid>/stat``."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / tick


def _machine_busy_s() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine since boot, from ``/proc/stat`` (every
    process, other jobs included: how loaded the machine was while the burst ran)."""
    tick = os.sysconf("SC_CLK_TCK")
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = values[3] + values[4]  # idle + iowait
    return (sum(values) - idle) / tick, sum(values) / tick


def _all_processes() -> dict[int, tuple[int, str, float]]:
    """Every process on the machine: ``pid -> (ppid, name, CPU seconds so far)``."""
    tick = os.sysconf("SC_CLK_TCK")
    out: dict[int, tuple[int, str, float]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            head, tail = (entry / "stat").read_text().rsplit(")", 1)
        except OSError:
            continue
        fields = tail.split()
        name = head.split("(", 1)[1]
        out[int(entry.name)] = (int(fields[1]), name, (int(fields[11]) + int(fields[12])) / tick)
    return out


def _service_pids() -> dict[int, str]:
    """The local services' root processes (this ``CAREFLOW_HOME``'s pid files), by name."""
    from careflow_local.services import status

    return {s["pid"]: name for name, s in status().items() if s["pid"]}


def _groups(procs: dict[int, tuple[int, str, float]], roots: dict[int, str]) -> dict[int, str]:
    """Each process's group: the nearest ancestor that is a named root, else ``other: <name>``
    (the process name; other jobs on the machine, the shared stack, kernel threads)."""
    found: dict[int, str] = {}
    for pid in procs:
        chain, cur, group = [], pid, None
        while cur in procs and cur not in found:
            if cur in roots:
                group = roots[cur]
                break
            chain.append(cur)
            cur = procs[cur][0]
        if group is None:
            group = found.get(cur) or f"other: {procs[pid][1]}"
        for p in chain:
            found[p] = group
        found.setdefault(pid, group)
    return found


class CpuMeter:
    """CPU seconds between :meth:`start` and :meth:`stop`: per function (its containers' process
    trees), the harness' own process (gateway, mappings) and the machine as a whole. Tells whether
    a burst is bound by the CPU (containers share the machine's cores; on AWS each execution
    environment has its own) or by waiting (model calls, batch scheduling)."""

    def __init__(self, runtime: Any) -> None:
        self.runtime = runtime

    def _sample(self) -> dict[str, Any]:
        from careflow_local.container import process_tree

        per_function: dict[str, float] = {}
        containers: dict[str, set[int]] = {}
        fleet = self.runtime.fleet
        for name, pool in fleet.pools.items() if fleet is not None else ():
            pids: list[int] = []
            containers[name] = {c.pid for c in pool.containers() if c.pid}
            for pid in containers[name]:
                pids.extend(process_tree(pid))
            per_function[name] = _cpu_s(pids)
        roots = {pid: f"service: {name}" for pid, name in _service_pids().items()}
        for name, pool in fleet.pools.items() if fleet is not None else ():
            for container in pool.containers():
                if container.pid:
                    roots[container.pid] = f"function: {name}"
        roots[os.getpid()] = "harness"
        procs = _all_processes()
        return {
            "functions": per_function,
            "containers": containers,
            "processes": procs,
            "groups": _groups(procs, roots),
            "harness": _cpu_s([os.getpid()]),
            "machine": _machine_busy_s(),
            "at": time.monotonic(),
        }

    def start(self) -> None:
        self._before = self._sample()

    def stop(self) -> dict[str, Any]:
        after, before = self._sample(), self._before
        wall = after["at"] - before["at"]
        functions = {
            name: round(cpu - before["functions"].get(name, 0.0), 1)
            for name, cpu in after["functions"].items()
            if cpu - before["functions"].get(name, 0.0) >= 0.05
        }
        by_group: Counter[str] = Counter()
        for pid, (_ppid, name, cpu) in after["processes"].items():
            was = before["processes"].get(pid)
            used = cpu - (was[2] if was is not None and was[1] == name else 0.0)
            group = after["groups"][pid]
            if group.startswith("function: "):  # the emulator (Go) apart from the Python side
                group = f"{group} [{name}]"
            by_group[group] += used
        busy = after["machine"][0] - before["machine"][0]
        total = after["machine"][1] - before["machine"][1]
        return {
            "wall_s": round(wall, 1),
            "containers_by_function_s": functions,
            "containers_s": round(sum(functions.values()), 1),
            # containers started while the burst ran (their init counted above): cold starts
            "containers_started": {
                name: len(pids - before["containers"].get(name, set()))
                for name, pids in after["containers"].items()
                if pids - before["containers"].get(name, set())
            },
            "harness_s": round(after["harness"] - before["harness"], 1),
            "machine_busy_s": round(busy, 1),
            "by_process_group_s": {g: round(v, 1) for g, v in by_group.most_common() if v >= 0.05},
            "machine_busy_share": round(busy / total, 2) if total else 0.0,
            "cores": os.cpu_count(),
        }


def _tenant(agent: Any | None) -> str:
    """A fresh tenant with the demo clinic's configuration (rules, unless ``agent`` is given)."""
    from careflow_local.db import demo_config, put_channel_secret, seed_tenant

    tenant = f"bench-{uuid.uuid4().hex[:8]}"
    update: dict[str, Any] = {
        "tenant_id": tenant,
        "display_name": "Bench",
        "rate_limit_per_minute": 100_000,
    }
    if agent is not None:
        update["agent"] = agent
    seed_tenant(
        demo_config().model_copy(update=update), app_secret="bench-secret", verify_token="v"
    )
    if agent is not None:
        put_channel_secret(tenant, "llm", {"api_key": f"sk-bench-{uuid.uuid4().hex}"})
    return tenant


# The demo's redelivery schedule (Meta's, compressed), three more times at its last pause: in a
# burst every container starts at once, and a cold ``ingest_message`` on a loaded machine can pass
# its 10 s timeout several times in a row.
_BURST_PAUSES_S = (*REDELIVERY_PAUSES_S, *(REDELIVERY_PAUSES_S[-1],) * 3)


def _post(url: str, wa_id: str, text: str) -> str:
    """One signed webhook; a 5xx is delivered again, the same bytes, after each of
    :data:`_BURST_PAUSES_S`, as Meta redelivers."""
    from careflow_local.samples import signed, whatsapp_text

    mid = f"wamid.bench.{uuid.uuid4().hex}"
    raw, headers = signed(whatsapp_text(wa_id=wa_id, text=text, message_id=mid), "bench-secret")
    for pause in (*_BURST_PAUSES_S, None):
        req = urllib.request.Request(url, data=raw, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                assert resp.status == 200
            return mid
        except urllib.error.HTTPError as exc:
            if exc.code < 500 or pause is None:
                raise
            time.sleep(pause)
    return mid


def _rows(tenant: str) -> list[dict[str, Any]]:
    """Per inbound message: its decisions, fallback, reply status and times (epoch seconds)."""
    from careflow_rds.tenancy import tenant_transaction

    with tenant_transaction(tenant) as cur:
        cur.execute(
            "SELECT m.provider_message_id AS mid, d.decision_id, d.fallback, "
            "extract(epoch FROM d.created_at) AS decided, o.outbound_id, o.status, "
            "extract(epoch FROM o.updated_at) AS replied "
            "FROM messages m "
            "LEFT JOIN agent_decisions d ON d.message_id = m.message_id "
            "LEFT JOIN outbound_messages o ON o.decision_id = d.decision_id AND o.kind = 'reply' "
            "WHERE m.direction = 'inbound'"
        )
        return [dict(r) for r in cur.fetchall()]


def _progress(tenant: str) -> tuple[int, int]:
    """(messages decided, replies still queued or sending) of the tenant: two index counts,
    cheap to ask every 0.2 s. The full rows (:func:`_rows`, a three-table join over every
    message) are read once, at the end: polled, that join cost the run's Postgres and the
    harness CPU growing with the square of the burst (a nested loop per message)."""
    from careflow_rds.tenancy import tenant_transaction

    with tenant_transaction(tenant) as cur:
        cur.execute(
            "SELECT (SELECT count(DISTINCT message_id) FROM agent_decisions) AS decided, "
            "(SELECT count(*) FROM outbound_messages WHERE kind = 'reply' "
            "AND status IN ('queued', 'sending')) AS pending"
        )
        row = cur.fetchone()
    return int(row["decided"]), int(row["pending"])


def _wait(
    tenant: str, mids: set[str], expect_decided: int, timeout_s: float
) -> list[dict[str, Any]]:
    """The rows of messages ``mids`` once the tenant (this run's own) has ``expect_decided``
    messages decided (those before ``mids`` and ``mids``) and no reply still on its way."""
    deadline = time.time() + timeout_s
    while time.time() < deadline:
        decided, pending = _progress(tenant)
        if decided >= expect_decided and not pending:
            break
        time.sleep(0.2)
    return [r for r in _rows(tenant) if r["mid"] in mids]


def bench_burst(
    n: int,
    settings: Any,
    *,
    faults: dict[str, Any] | None = None,
    senders: int = 8,
    warm_up: int | None = None,
) -> dict[str, Any]:
    """``n`` first messages at once for an ``openai_compat`` tenant on a 1.5 s model, after
    ``warm_up`` uncounted ones (default two per partition) that start the containers."""
    from careflow_local.simulators import llm
    from careflow_shared.tenant_config import AgentModelSettings

    model = llm.start(port=0)
    model.control("POST", "/_sim/latency", {"fixed_s": MODEL_LATENCY_S})
    if faults:
        model.control("POST", "/_sim/faults", {**faults, "seed": 13})
    agent = AgentModelSettings(
        provider="openai_compat", endpoint=f"{model.url}/v1", model="sim", api_key_secret="llm"
    )
    tenant = _tenant(agent)
    prefix = f"7{uuid.uuid4().int % 10**5:05d}"
    warm_up = 2 * settings.topic_partitions if warm_up is None else warm_up
    patients = [f"{prefix}{i:06d}" for i in range(warm_up + n)]
    sent: dict[str, float] = {}
    lock = threading.Lock()
    try:
        with _meta_simulator() as meta, _Run(settings) as run:
            url = f"{run.url}/webhooks/whatsapp/{tenant}"

            def send(i: int) -> None:
                started = time.time()
                mid = _post(url, patients[i], _TEXTS[i % len(_TEXTS)])
                with lock:
                    sent[mid] = started

            # Warm-up, not counted: the first messages start the containers (cold starts). A
            # pool reuses an idle container before starting another, so they start some of each
            # function's containers (one per partition at most), and the burst, keeping every
            # partition busy, would start the rest: a cold start (run_agent's with its 1.6 s
            # `prime()`) inside the measured drain. The rest are started and initialised here.
            with ThreadPoolExecutor(senders) as pool:
                list(pool.map(send, range(warm_up)))
            _wait(tenant, set(sent), expect_decided=warm_up, timeout_s=300.0)
            sent.clear()
            prestarted = _prestart(run.runtime, settings) if warm_up else {}
            print(f"  warm-up: {warm_up} messages, containers prestarted {prestarted}", flush=True)
            counted = set(patients[warm_up:])
            calls_before = model.app.state()["calls"]
            requests_before = len(model.requests())
            received_before = len(meta.state()["sent"])

            decided_before = _progress(tenant)[0]
            cpu = CpuMeter(run.runtime)
            cpu.start()
            sessions_before = _pg_sessions()
            start = time.time()
            with ThreadPoolExecutor(senders) as pool:
                list(pool.map(send, range(warm_up, warm_up + n)))
            accepted_s = time.time() - start
            rows = _wait(
                tenant, set(sent), expect_decided=decided_before + n, timeout_s=max(300.0, n * 2.0)
            )
            cpu_s = cpu.stop()
            sessions = _pg_sessions_since(sessions_before, start)
            received = [
                s["body"].get("to")
                for s in meta.state()["sent"][received_before:]
                if s["body"].get("to") in counted
            ]
            result = _burst_figures(start, sent, rows, _message_rows(tenant), received)
            result.update(
                {
                    "webhooks_accepted_s": round(accepted_s, 1),
                    "invocations_timed_out": run.timeouts,
                    "invocations_reported": run.reports,
                    "model_requests": len(model.requests()) - requests_before,
                    "model_answers": model.app.state()["calls"] - calls_before,
                    "warm_up_messages": warm_up,
                    "containers_prestarted": prestarted,
                    "cpu_s": cpu_s,
                    "postgres_sessions": sessions,
                    "mappings": run.stats(),
                    "batch_concurrency": {
                        name: own.batch_concurrency for name, own in settings.per_function.items()
                    },
                }
            )
            return result
    finally:
        model.app.reset()  # wake requests still hanging
        model.stop()


def _pg_sessions() -> int:
    """Sessions the database has had since the server started (``pg_stat_database.sessions``,
    counted when a backend's first transaction ends): each is a backend fork plus
    authentication on the server and a handshake in the client."""
    from careflow_rds.connection import get_connection

    conn = get_connection()
    with conn.cursor() as cur:
        cur.execute(
            "SELECT sessions::int AS n FROM pg_stat_database WHERE datname = current_database()"
        )
        n = _first(cur.fetchone())
    conn.rollback()  # a fresh statistics snapshot next time
    return n


def _pg_sessions_since(before: int, start: float) -> dict[str, Any]:
    """Sessions opened while the burst drained: all of the database's (other clients of a
    shared server included), and careflow's (``application_name``: ``careflow <function>``)
    opened after ``start`` and still connected at the end (the containers keep theirs for their
    next invocation), per function."""
    from careflow_rds.connection import get_connection

    time.sleep(1.0)  # a session is counted when its first transaction's statistics are flushed
    after = _pg_sessions()
    conn = get_connection()
    with conn.cursor() as cur:
        cur.execute(
            "SELECT application_name AS app, backend_start >= to_timestamp(%s) AS new "
            "FROM pg_stat_activity "
            "WHERE application_name LIKE 'careflow%%'",
            (start,),
        )
        rows = cur.fetchall()
    conn.rollback()
    opened: Counter[str] = Counter()
    for app, new in rows:
        if new:
            opened[app] += 1
    return {
        "opened_during_drain": after - before,
        "careflow_opened_during_drain_still_open": sum(opened.values()),
        "careflow_open_at_end": len(rows),
        "careflow_opened_by_client": dict(opened.most_common()),
    }


def _prestart(runtime: Any, settings: Any) -> dict[str, int]:
    """Start every mapped function's containers up to one per partition, each initialised by
    an invocation of ``{}`` (which every handler answers or refuses quickly); how many were
    started per function."""
    fleet = runtime.fleet
    started = {
        name: fleet.pools[name].prestart(settings.topic_partitions, {})
        for name in settings.per_function
        if fleet is not None and name in fleet.pools
    }
    return {name: n for name, n in started.items() if n}


def _message_rows(tenant: str) -> Counter[str]:
    """Inbound message rows per provider message id (more than one would be a duplicate)."""
    from careflow_rds.tenancy import tenant_transaction

    with tenant_transaction(tenant) as cur:
        cur.execute(
            "SELECT provider_message_id AS mid, count(*) AS n FROM messages "
            "WHERE direction = 'inbound' GROUP BY provider_message_id"
        )
        return Counter({r["mid"]: int(r["n"]) for r in cur.fetchall()})


def _burst_figures(
    start: float,
    sent: dict[str, float],
    rows: list[dict[str, Any]],
    messages: Counter[str],
    received: list[str],
) -> dict[str, Any]:
    n = len(sent)
    decisions = {r["decision_id"]: r for r in rows if r["decision_id"] is not None}
    decisions_per_message = Counter(r["mid"] for r in decisions.values())
    replies = {r["outbound_id"]: r for r in rows if r["outbound_id"] is not None}
    sent_replies = [r for r in replies.values() if r["status"] in ("sent", "delivered", "read")]
    done = [float(r["decided"]) for r in decisions.values()]
    done += [float(r["replied"]) for r in sent_replies]
    drain_s = (max(done) - start) if done else 0.0
    to_decision = [(float(r["decided"]) - sent[r["mid"]]) * 1000 for r in decisions.values()]
    to_reply = [(float(r["replied"]) - sent[r["mid"]]) * 1000 for r in sent_replies]
    recipients = Counter(received)
    return {
        "messages": n,
        "drain_s": round(drain_s, 1),
        "throughput_msg_s": round(n / drain_s, 2) if drain_s else 0.0,
        "webhook_to_reply": {"replies": len(to_reply), **_percentiles(to_reply)},
        "webhook_to_decision": {"decisions": len(to_decision), **_percentiles(to_decision)},
        "lost_messages": len(set(sent) - set(messages)),
        "undecided_messages": len(set(sent) - set(decisions_per_message)),
        "duplicated_messages": sum(c - 1 for c in messages.values()),
        "duplicated_decisions": sum(c - 1 for c in decisions_per_message.values()),
        "replies_by_status": dict(Counter(r["status"] for r in replies.values())),
        "meta_received": len(received),
        "meta_duplicates": sum(c - 1 for c in recipients.values()),
        "sent_replies_missing_at_meta": len(sent_replies) - len(recipients),
        "fallbacks": dict(Counter(r["fallback"] for r in decisions.values() if r["fallback"])),
    }


def bench_idle(n: int, settings: Any) -> dict[str, Any]:
    """Webhook → reply sent, one message at a time (rules provider), after one warm-up message."""
    tenant = _tenant(None)
    prefix = f"6{uuid.uuid4().int % 10**5:05d}"
    latencies: list[float] = []
    with _meta_simulator(), _Run(settings) as run:
        url = f"{run.url}/webhooks/whatsapp/{tenant}"
        for i in range(n + 1):  # the first one starts the containers: not counted
            started = time.time()
            mid = _post(url, f"{prefix}{i:06d}", _TEXTS[i % len(_TEXTS)])
            deadline = time.time() + 60
            replied: float | None = None
            while time.time() < deadline and replied is None:
                for r in _rows(tenant):
                    if r["mid"] == mid and r["status"] in ("sent", "delivered", "read"):
                        replied = float(r["replied"])
                if replied is None:
                    time.sleep(0.02)
            if replied is None:
                raise RuntimeError(f"no reply within 60 s for idle message {i}")
            if i:
                latencies.append((replied - started) * 1000)
    windows = {name: own.batching_window_s for name, own in settings.per_function.items()}
    return {"messages": n, **_percentiles(latencies), "batching_windows_s": windows}


VARIANTS = ("idle", "parallel", "sequential", "parallel_with_faults")


def bench_real_latency(
    n_burst: int, n_idle: int, variants: tuple[str, ...] = VARIANTS
) -> dict[str, Any]:
    """The idle path and the bursts (parallel, sequential, with faults), one after the other."""
    from careflow_local.paths import local_pipeline

    settings = local_pipeline()
    out: dict[str, Any] = {"model_latency_s": MODEL_LATENCY_S}
    if "idle" in variants:
        print(f"idle: {n_idle} single messages, rules provider")
        out["idle"] = {
            "configured_windows": bench_idle(n_idle, settings),
            "msk_default_windows": bench_idle(n_idle, default_windows(settings)),
        }
        print(f"  {out['idle']}")
    runs = (
        ("parallel", settings, None),
        ("sequential", sequential(settings), None),
        ("parallel_with_faults", settings, FAULTS),
    )
    for name, variant, faults in runs:
        if name not in variants:
            continue
        variant, connections = fit_connections(variant)
        print(f"burst ({name}): {n_burst} first messages, model {MODEL_LATENCY_S} s per call")
        out[name] = bench_burst(n_burst, variant, faults=faults)
        out[name]["postgres_connections"] = connections
        if faults:
            out[name]["faults"] = faults
        print(f"  {out[name]}")
    if "sequential" in out and "parallel" in out and out["parallel"]["drain_s"]:
        out["speedup_parallel_vs_sequential"] = round(
            out["sequential"]["drain_s"] / out["parallel"]["drain_s"], 2
        )
    return out
