"""Batch sizes, batching windows, timeouts, batch concurrency and partitions come from cdk.json's
``careflow:pipeline`` block of each environment: the synthesized template carries them, and the
loader refuses what AWS would (a fractional window, a missing function or key)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from careflow_cdk import pipeline
from careflow_cdk.paths import topology

from .conftest import CDK_CONTEXT, Synth


def _mapping_props(synth: Synth) -> dict[str, dict[str, Any]]:
    """Each pipeline mapping's properties by source topic and consumer group's function."""
    out = {}
    for m in synth.resources("AWS::Lambda::EventSourceMapping").values():
        props = m["Properties"]
        group = props["AmazonManagedKafkaEventSourceConfig"]["ConsumerGroupId"]
        out[group.removeprefix("careflow-")] = props
    return out


def test_the_template_carries_the_environments_settings(synth: Synth) -> None:
    raw = CDK_CONTEXT[pipeline.CONTEXT_KEY][synth.env]
    mappings = _mapping_props(synth)
    functions = {
        fn["Properties"]["FunctionName"]: fn["Properties"]
        for fn in synth.resources("AWS::Lambda::Function").values()
        if "FunctionName" in fn["Properties"]
    }
    for name, own in raw["functions"].items():
        props = mappings[name]
        assert props["BatchSize"] == own["batchSize"], name
        window = own["batchingWindowS"]
        if window == 0.5:  # MSK's default is spelled by leaving the property out
            assert "MaximumBatchingWindowInSeconds" not in props, name
        else:
            assert props["MaximumBatchingWindowInSeconds"] == window, name
        fn = functions[f"careflow-{synth.env}-{name.replace('_', '-')}"]
        assert fn["Timeout"] == own["timeoutS"], name
        concurrency = fn["Environment"]["Variables"]["CAREFLOW_BATCH_CONCURRENCY"]
        assert concurrency == str(own["batchConcurrency"]), name
    for topic in synth.resources("AWS::MSK::Topic").values():
        assert topic["Properties"]["PartitionCount"] == raw["topicPartitions"]


def test_every_environment_and_the_harness_have_a_complete_block() -> None:
    for env in ("local", "dev", "staging", "prod"):
        settings = pipeline.from_context(env, CDK_CONTEXT)
        assert set(settings.per_function) == {m.function for m in topology.PIPELINE_MAPPINGS}


def _context_with(env: str, function: str, **values: Any) -> dict[str, Any]:
    context = copy.deepcopy(CDK_CONTEXT)
    context[pipeline.CONTEXT_KEY][env]["functions"][function].update(values)
    return context


@pytest.mark.parametrize("window", [0.2, 1.5, 301, -1, "1"])
def test_a_window_aws_cannot_express_is_refused(window: Any) -> None:
    with pytest.raises(pipeline.PipelineConfigError, match="batchingWindowS"):
        pipeline.from_context("dev", _context_with("dev", "run_agent", batchingWindowS=window))


def test_whole_seconds_and_the_msk_default_are_accepted() -> None:
    for window, expected in ((0, 0), (2, 2), (0.5, None)):
        settings = pipeline.from_context(
            "dev", _context_with("dev", "run_agent", batchingWindowS=window)
        )
        [m] = [m for m in settings.mappings() if m.name == "run_agent"]
        assert pipeline.window_property(m.maximum_batching_window_s) == expected


def test_missing_functions_keys_and_blocks_are_refused() -> None:
    context = copy.deepcopy(CDK_CONTEXT)
    del context[pipeline.CONTEXT_KEY]["dev"]["functions"]["sync_clinic"]
    with pytest.raises(pipeline.PipelineConfigError, match="must list exactly"):
        pipeline.from_context("dev", context)
    context = copy.deepcopy(CDK_CONTEXT)
    del context[pipeline.CONTEXT_KEY]["dev"]["functions"]["run_agent"]["timeoutS"]
    with pytest.raises(pipeline.PipelineConfigError, match="needs exactly"):
        pipeline.from_context("dev", context)
    with pytest.raises(pipeline.PipelineConfigError, match=r"no careflow:pipeline\.qa"):
        pipeline.from_context("qa", CDK_CONTEXT)
    with pytest.raises(pipeline.PipelineConfigError, match="batchConcurrency"):
        pipeline.from_context("dev", _context_with("dev", "send_message", batchConcurrency=0))


def test_redrive_mappings_keep_their_own_settings() -> None:
    settings = pipeline.from_context("prod", _context_with("prod", "create_case", batchSize=7))
    redrive = [m for m in settings.mappings() if m.function == "redrive"]
    assert redrive == list(topology.REDRIVE_MAPPINGS)
    [create] = [m for m in settings.mappings() if m.function == "create_case"]
    assert create.batch_size == 7
