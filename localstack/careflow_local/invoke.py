"""Run a function's real handler in-process, as the Lambda runtime would."""

from __future__ import annotations

import importlib.util
import os
import sys
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from careflow_local.paths import FUNCTIONS_DIR, ensure_layer_paths, local_pipeline
from careflow_shared.topology import FUNCTIONS

_modules: dict[str, ModuleType] = {}
# One warm "container" per function: a single worker thread, so invocations of a function run
# one at a time and per-container state (connections cached per thread) is the function's own.
_containers: dict[str, ThreadPoolExecutor] = {
    name: ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"lambda-{name}")
    for name in FUNCTIONS
}


@dataclass
class LambdaContext:
    """The attributes of Lambda's context object that handlers and Powertools read."""

    function_name: str
    memory_limit_in_mb: int = 512
    aws_request_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    invoked_function_arn: str = ""
    log_group_name: str = ""
    log_stream_name: str = "local"
    function_version: str = "$LATEST"

    def __post_init__(self) -> None:
        region = os.environ.get("AWS_REGION", "eu-central-1")
        self.invoked_function_arn = (
            f"arn:aws:lambda:{region}:000000000000:function:careflow-{self.function_name}"
        )
        self.log_group_name = f"/aws/lambda/careflow-{self.function_name}"

    def get_remaining_time_in_millis(self) -> int:
        return local_pipeline().function(self.function_name).timeout_s * 1000


def load_handler(function: str) -> ModuleType:
    """Import ``functions/<name>/handler.py`` once (one warm container per function)."""
    if function not in FUNCTIONS:
        raise KeyError(f"unknown function {function!r}; known: {', '.join(sorted(FUNCTIONS))}")
    if function not in _modules:
        ensure_layer_paths()
        path = FUNCTIONS_DIR / function / "handler.py"
        spec = importlib.util.spec_from_file_location(f"careflow_fn_{function}", path)
        if spec is None or spec.loader is None:
            raise ImportError(f"cannot load {path}")
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # as a real import does (pydantic resolves names there)
        spec.loader.exec_module(module)
        _modules[function] = module
    return _modules[function]


def invoke(function: str, event: dict[str, Any]) -> Any:
    """One invocation, run in the function's container thread; its exception is re-raised."""
    module = load_handler(function)
    context = LambdaContext(function, memory_limit_in_mb=FUNCTIONS[function].memory_mb)
    return _containers[function].submit(module.handler, event, context).result()
