"""The burst benchmark's machinery at a small size (no timing asserted): first messages of an
``openai_compat`` tenant go through every function under the Lambda runtime with the model
simulator failing or hanging on some calls; every message is decided once, every sent reply
reached the (private) Meta simulator once, no invocation timed out, and the model's failures
are counted as fallbacks."""

from __future__ import annotations

import pytest

from careflow_local.paths import local_pipeline
from tests.bench.bench_burst import bench_burst

pytestmark = pytest.mark.usefixtures("migrated_db")


def test_a_small_burst_with_model_faults_loses_and_duplicates_nothing() -> None:
    faults = {"error_rate": 0.5, "hang_rate": 0.1, "hang_s": 30, "statuses": [429, 503]}
    result = bench_burst(8, local_pipeline(), faults=faults, warm_up=0)

    assert result["lost_messages"] == 0 and result["undecided_messages"] == 0
    assert result["duplicated_messages"] == 0 and result["duplicated_decisions"] == 0
    assert result["webhook_to_decision"]["decisions"] == 8
    sent = sum(c for s, c in result["replies_by_status"].items() if s == "sent")
    assert result["meta_received"] == sent and result["meta_duplicates"] == 0
    assert result["sent_replies_missing_at_meta"] == 0
    assert result["invocations_timed_out"] == 0
    # the CPU meter saw the containers work (run_agent's among them)
    assert result["cpu_s"]["containers_by_function_s"].get("run_agent", 0) > 0
    # and attributed the machine's CPU by process group: run_agent's Python side, the harness
    groups = result["cpu_s"]["by_process_group_s"]
    assert groups.get("function: run_agent [python]", 0) > 0 and groups.get("harness", 0) > 0
    assert result["model_requests"] >= 8 > result["model_answers"]
    fallbacks = result["fallbacks"]
    assert fallbacks and all(reason.startswith("openai_compat:") for reason in fallbacks)
