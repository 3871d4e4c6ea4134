"""Per-environment pipeline settings from ``cdk.json``: one source for the CDK app and the harness.

``cdk.json`` → ``context`` → ``careflow:pipeline`` holds, for ``local`` (the harness: ``careflow
dev``, the e2e tests, ``make bench``) and for ``dev``, ``staging`` and ``prod``:

- ``topicPartitions``: partitions of every topic (MSK ``AWS::MSK::Topic``, the local broker's
  topics, and the number of containers a local MSK mapping may run at once);
- per MSK-triggered pipeline function: ``batchSize`` and ``batchingWindowS`` of its event source
  mapping, its ``timeoutS`` and ``batchConcurrency`` (records of different conversations of one
  batch handled at once; 1 = one record after the other).

The topology table (``careflow_shared.topology``) keeps the shape of the pipeline — which
function reads which topic, retries, dead-letter topics; these values are laid over it by
:meth:`PipelineSettings.functions` and :meth:`PipelineSettings.mappings`, which both the stack and
``careflow_local.runtime`` call. Every pipeline function must be listed with every key in every
environment: the file says what is deployed, nothing is implied.

Why the batching window is whole seconds or 0.5: AWS accepts ``MaximumBatchingWindowInSeconds``
0..300 in whole seconds; an MSK mapping created without it waits 500 ms (and once changed it can
not go back to 500 ms without a new mapping). 0.5 therefore means "property omitted", and the
harness honours exactly the value AWS would, never a fraction AWS cannot express.

Pure Python (no ``aws_cdk`` import): the harness reads it without the CDK libraries.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .paths import REPO_ROOT, topology

CONTEXT_KEY = "careflow:pipeline"
LOCAL = "local"
CDK_JSON: Path = REPO_ROOT / "cdk.json"
KAFKA_DEFAULT_WINDOW_S = 0.5
"""MSK's batching window when ``MaximumBatchingWindowInSeconds`` is not set."""
_FUNCTION_KEYS = {
    "batchSize": "batch_size",
    "batchingWindowS": "batching_window_s",
    "timeoutS": "timeout_s",
    "batchConcurrency": "batch_concurrency",
}


class PipelineConfigError(ValueError):
    """``careflow:pipeline`` is missing a value or holds one AWS would refuse."""


@dataclass(frozen=True)
class FunctionSettings:
    batch_size: int
    batching_window_s: float
    timeout_s: int
    batch_concurrency: int


@dataclass(frozen=True)
class PipelineSettings:
    env: str
    topic_partitions: int
    per_function: dict[str, FunctionSettings]

    def function(self, name: str) -> topology.FunctionSpec:
        """The topology's spec of ``name`` with this environment's timeout (and concurrency)."""
        spec = topology.FUNCTIONS[name]
        own = self.per_function.get(name)
        if own is None:
            return spec
        return replace(spec, timeout_s=own.timeout_s, batch_concurrency=own.batch_concurrency)

    def functions(self) -> dict[str, topology.FunctionSpec]:
        return {name: self.function(name) for name in topology.FUNCTIONS}

    def mapping(self, m: topology.KafkaMapping) -> topology.KafkaMapping:
        """A pipeline mapping with this environment's batch size and window (redrive: as is)."""
        if m not in topology.PIPELINE_MAPPINGS:
            return m
        own = self.per_function[m.function]
        return replace(
            m, batch_size=own.batch_size, maximum_batching_window_s=own.batching_window_s
        )

    def mappings(self) -> tuple[topology.KafkaMapping, ...]:
        return tuple(self.mapping(m) for m in topology.KAFKA_MAPPINGS)

    def with_function(self, name: str, **changes: Any) -> PipelineSettings:
        """A copy with ``name``'s settings changed (the bench turns concurrency off with it)."""
        per_function = dict(self.per_function)
        per_function[name] = replace(per_function[name], **changes)
        return replace(self, per_function=per_function)


def window_property(window_s: float) -> int | None:
    """``MaximumBatchingWindowInSeconds`` for a window: omitted for MSK's 500 ms default."""
    if window_s == KAFKA_DEFAULT_WINDOW_S:
        return None
    return int(window_s)


def from_context(env: str, context: dict[str, Any]) -> PipelineSettings:
    """Validate and read ``env``'s block of ``careflow:pipeline`` (the ``context`` of cdk.json)."""
    block = (context.get(CONTEXT_KEY) or {}).get(env)
    where = f"{CONTEXT_KEY}.{env}"
    if not isinstance(block, dict):
        raise PipelineConfigError(f"cdk.json has no {where} block")
    unknown = set(block) - {"topicPartitions", "functions"}
    if unknown:
        raise PipelineConfigError(f"{where}: unknown keys {sorted(unknown)}")
    partitions = _int(block.get("topicPartitions"), f"{where}.topicPartitions", 1, 1000)
    listed = block.get("functions") or {}
    expected = {m.function for m in topology.PIPELINE_MAPPINGS}
    if set(listed) != expected:
        raise PipelineConfigError(
            f"{where}.functions must list exactly {sorted(expected)}; got {sorted(listed)}"
        )
    per_function = {name: _function(listed[name], f"{where}.functions.{name}") for name in listed}
    return PipelineSettings(env=env, topic_partitions=partitions, per_function=per_function)


def from_node(node: Any, env: str) -> PipelineSettings:
    """``env``'s settings from a construct's context (what the stack calls: ``-c`` can override)."""
    return from_context(env, {CONTEXT_KEY: node.try_get_context(CONTEXT_KEY)})


def load(env: str, path: Path = CDK_JSON) -> PipelineSettings:
    """``env``'s settings straight from ``cdk.json`` (what the harness calls)."""
    return from_context(env, json.loads(path.read_text())["context"])


@functools.cache
def local() -> PipelineSettings:
    """The harness's settings (``careflow dev``, the e2e tests, ``make bench``): the ``local``
    block, read once per process."""
    return load(LOCAL)


def _function(raw: Any, where: str) -> FunctionSettings:
    if not isinstance(raw, dict) or set(raw) != set(_FUNCTION_KEYS):
        raise PipelineConfigError(f"{where}: needs exactly {sorted(_FUNCTION_KEYS)}")
    window = raw["batchingWindowS"]
    if not isinstance(window, int | float) or not (
        window == KAFKA_DEFAULT_WINDOW_S or (float(window).is_integer() and 0 <= window <= 300)
    ):
        raise PipelineConfigError(
            f"{where}.batchingWindowS: whole seconds 0..300 (AWS), or 0.5 (MSK's default); "
            f"got {window!r}"
        )
    return FunctionSettings(
        batch_size=_int(raw["batchSize"], f"{where}.batchSize", 1, 10_000),
        batching_window_s=float(window),
        timeout_s=_int(raw["timeoutS"], f"{where}.timeoutS", 1, 900),
        batch_concurrency=_int(raw["batchConcurrency"], f"{where}.batchConcurrency", 1, 64),
    )


def _int(value: Any, where: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise PipelineConfigError(f"{where}: an integer {low}..{high}; got {value!r}")
    return value
