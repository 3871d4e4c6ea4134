"""The local harness takes batch sizes, batching windows, timeouts, batch concurrency and
partitions from cdk.json's ``careflow:pipeline.local`` block — the file the CDK app deploys from —
and a variant passed to the runtime (the bench's sequential run) reaches the mappings."""

from __future__ import annotations

import json

import pytest

from careflow_local.paths import REPO_ROOT, local_pipeline
from careflow_local.runtime import LocalRuntime

LOCAL = json.loads((REPO_ROOT / "cdk.json").read_text())["context"]["careflow:pipeline"]["local"]


@pytest.fixture(autouse=True)
def _bootstrap(monkeypatch: pytest.MonkeyPatch) -> None:
    # The mappings are built, not started: nothing connects to this address.
    monkeypatch.setenv("CAREFLOW_KAFKA_BOOTSTRAP", "127.0.0.1:1")


def test_the_runtimes_mappings_carry_the_local_block() -> None:
    runtime = LocalRuntime(mode="in-process", with_gateway=False)
    for name, own in LOCAL["functions"].items():
        mapping = runtime.mappings[name].mapping
        assert mapping.batch_size == own["batchSize"], name
        assert mapping.maximum_batching_window_s == own["batchingWindowS"], name
        spec = runtime.pipeline.function(name)
        assert spec.timeout_s == own["timeoutS"], name
        assert spec.batch_concurrency == own["batchConcurrency"], name
    assert runtime.pipeline.topic_partitions == LOCAL["topicPartitions"]


def test_a_variant_reaches_the_mappings_and_the_function_environment() -> None:
    from careflow_local.lambda_env import function_environment

    variant = local_pipeline().with_function(
        "run_agent", batch_size=3, batching_window_s=2.0, batch_concurrency=1
    )
    runtime = LocalRuntime(mode="in-process", with_gateway=False, pipeline=variant)
    mapping = runtime.mappings["run_agent"].mapping
    assert (mapping.batch_size, mapping.maximum_batching_window_s) == (3, 2.0)
    env = function_environment(
        "run_agent",
        {
            "CAREFLOW_REDIS_URL": "redis://x",
            "CAREFLOW_KAFKA_BOOTSTRAP": "k:1",
            "CAREFLOW_DOCUMENTS_BUCKET": "b",
        },
        spec=variant.function("run_agent"),
    )
    assert env["CAREFLOW_BATCH_CONCURRENCY"] == "1"
