"""The local Lambda runtime: a tiny function's bundle in containers under the Runtime Interface
Emulator + awslambdaric — warm reuse, Lambda's REPORT line, the context, and timeouts ending the
container (and, behind an MSK mapping, the batch retried and then dead-lettered)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from careflow_local.container import ContainerSpec, FunctionError, InvocationTimeout
from careflow_local.lambda_env import lambda_environment
from careflow_local.pool import Fleet
from careflow_shared.topology import FunctionSpec, KafkaMapping
from tests.unit.test_esm_retries import CapturingMapping, Rec

PROBE = """
import os, time
INIT_PID = os.getpid()
BALLAST = []

def handler(event, context):
    if event.get("sleep"):
        time.sleep(event["sleep"])
    if event.get("fail"):
        raise ValueError("asked to fail")
    if event.get("allocate_mb"):
        BALLAST.append(bytearray(event["allocate_mb"] * 1024 * 1024))
    return {
        "pid": os.getpid(),
        "init_pid": INIT_PID,
        "function_name": context.function_name,
        "memory_limit_in_mb": context.memory_limit_in_mb,
        "request_id": context.aws_request_id,
        "remaining_ms": context.get_remaining_time_in_millis(),
        "log_group_name": context.log_group_name,
        "function_version": context.function_version,
        "records": sorted(event.get("records", {})),
    }
"""


def _probe_spec(tmp: Path, *, timeout_s: int = 30, memory_mb: int = 256) -> ContainerSpec:
    root = tmp / "probe"
    root.mkdir(exist_ok=True)
    (root / "handler.py").write_text(PROBE)
    spec = FunctionSpec("probe", memory_mb=memory_mb, timeout_s=timeout_s)
    env = lambda_environment(
        spec, task_root=root, layers=[], function_name="careflow-local-probe", region="eu-central-1"
    )
    return ContainerSpec("probe", spec.handler, memory_mb, timeout_s, root, env)


@pytest.fixture
def probe_fleet(tmp_path):
    def make(**kwargs) -> Fleet:
        spec = _probe_spec(tmp_path, **kwargs)
        fleet = Fleet(functions=["probe"], spec_for=lambda _name: spec, api_concurrency=2)
        made.append(fleet)
        return fleet

    made: list[Fleet] = []
    yield make
    for fleet in made:
        fleet.stop()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return stat.exists() and stat.read_text().rsplit(")", 1)[-1].split()[0] != "Z"


def test_a_warm_container_is_reused_and_reports_like_lambda(probe_fleet):
    fleet = probe_fleet(memory_mb=256, timeout_s=30)
    pool = fleet.pools["probe"]
    with fleet.capture_logs() as lines:
        first, cold = pool.invoke_with_report({})
        second, warm = pool.invoke_with_report({})
    # one container, one process, initialised once
    assert first["pid"] == second["pid"] == first["init_pid"] == cold.pid
    assert pool.cold_starts == 1
    # the context as Lambda fills it
    assert first["function_name"] == "careflow-local-probe"
    assert first["memory_limit_in_mb"] == "256"
    assert first["request_id"] == cold.request_id != warm.request_id
    assert 0 < first["remaining_ms"] <= 30_000
    assert first["log_group_name"] == "/aws/lambda/careflow-local-probe"
    assert first["function_version"] == "$LATEST"
    # Init Duration on the cold start only; the real peak RSS, not the configured size
    assert cold.init_duration_ms is not None and cold.init_duration_ms > 0
    assert warm.init_duration_ms is None
    assert cold.memory_size_mb == 256
    assert 1 <= warm.max_memory_used_mb < 256
    reports = [line for line in lines if "REPORT RequestId:" in line]
    assert len(reports) == 2
    for report in reports:
        for part in ("Duration: ", "Billed Duration: ", "Memory Size: 256 MB", "Max Memory Used: "):
            assert part in report
    assert "Init Duration: " in reports[0] and "Init Duration" not in reports[1]
    assert any(f"START RequestId: {cold.request_id}" in line for line in lines)
    assert any(f"END RequestId: {cold.request_id}" in line for line in lines)


def test_the_reported_memory_is_the_process_trees_real_peak(probe_fleet):
    fleet = probe_fleet(memory_mb=512)
    pool = fleet.pools["probe"]
    _, before = pool.invoke_with_report({})
    _, after = pool.invoke_with_report({"allocate_mb": 64})
    assert after.max_memory_used_mb >= before.max_memory_used_mb + 60


def test_prestart_starts_and_initialises_containers_up_to_the_pools_limit(probe_fleet):
    pool = probe_fleet().pools["probe"]  # an API function here: at most 2 containers
    pool.invoke({})
    # a handler refusing the event still leaves its new container initialised and kept
    assert pool.prestart(5, {"fail": True}) == 1
    containers = pool.containers()
    assert len(containers) == 2 and pool.cold_starts == 2
    assert all(c.alive and c.invocations == 1 for c in containers)
    assert pool.prestart(5, {}) == 0  # both exist: nothing started, nothing invoked
    assert [c.invocations for c in pool.containers()] == [1, 1]


def test_a_function_error_keeps_the_container(probe_fleet):
    pool = probe_fleet().pools["probe"]
    pid = pool.invoke({})["pid"]
    with pytest.raises(FunctionError) as err:
        pool.invoke({"fail": True})
    assert err.value.error_type == "ValueError" and "asked to fail" in str(err.value)
    assert pool.invoke({})["pid"] == pid


def test_a_timed_out_invocation_ends_its_container(probe_fleet):
    fleet = probe_fleet(timeout_s=1)
    pool = fleet.pools["probe"]
    first = pool.invoke({})
    [container] = pool.containers()
    emulator = container.pid
    assert emulator is not None
    with fleet.capture_logs() as lines, pytest.raises(InvocationTimeout) as err:
        pool.invoke({"sleep": 5})
    assert err.value.error_type == "Sandbox.Timedout"
    assert "Task timed out after 1.00 seconds" in str(err.value)
    # the whole container is gone (emulator and runtime), like a Lambda execution environment
    assert not _alive(first["pid"]) and not _alive(emulator)
    assert any("container ended: timed out" in line for line in lines)
    # the next invocation is a cold start in a new container
    again, report = pool.invoke_with_report({})
    assert again["pid"] != first["pid"] and report.init_duration_ms is not None
    assert pool.cold_starts == 2


def test_an_msk_batch_that_times_out_is_retried_then_dead_lettered(probe_fleet):
    fleet = probe_fleet(timeout_s=1)
    pool = fleet.pools["probe"]
    mapping = CapturingMapping(
        KafkaMapping("probe", "hub.x", maximum_retry_attempts=1), fleet.invoker("probe")
    )
    now = int(time.time() * 1000)
    # the event carries no "sleep": make the probe sleep on every record batch of this topic
    slow_invoke = mapping.invoke
    mapping.invoke = lambda event: slow_invoke({**event, "sleep": 5})
    mapping._deliver([Rec("hub.x", 0, 7, now, b"k", b"v", [])])
    assert mapping.stats.invocations == 2  # the first attempt and one retry
    assert pool.cold_starts == 2  # each timeout ended its container
    [(partition, offset, attempts, condition, error)] = mapping.letters
    assert (partition, offset, condition) == (0, 7, "RetryAttemptsExhausted")
    assert attempts == mapping.stats.invocations
    assert "Task timed out" in error


def test_a_code_change_recycles_the_containers_and_reaches_the_next_invocation(probe_fleet):
    """What ``careflow dev``'s watcher does on a change: rebuild, recycle; no restart."""
    fleet = probe_fleet()
    pool = fleet.pools["probe"]
    before = pool.invoke({})
    handler = fleet.spec("probe").task_root / "handler.py"
    handler.write_text(handler.read_text().replace('"records":', '"changed": True, "records":'))
    fleet.rebuild(["probe"])
    assert pool.containers() == []  # the idle container was ended at once
    after, report = pool.invoke_with_report({})
    assert after["changed"] is True and "changed" not in before
    assert after["pid"] != before["pid"] and report.init_duration_ms is not None
