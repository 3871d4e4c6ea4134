"""The whole local AWS around the functions: gateway + one event source mapping per trigger.

Two ways to run a function:

- ``lambda`` (``careflow dev``, ``careflow demo``, ``careflow invoke``, the e2e tests, the bench):
  every function from the bundle the CDK app deploys, in its own container processes under the
  AWS Lambda Runtime Interface Emulator and awslambdaric (``pool.py``, ``container.py``);
- ``in-process``: every handler imported into this interpreter (``invoke.py``), for fast
  unit and integration tests only.
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

from careflow_local import orphans
from careflow_local.container import LogSink
from careflow_local.esm import EventSourceMapping
from careflow_local.gateway import LocalGateway
from careflow_local.invoke import invoke as invoke_in_process
from careflow_local.invoke import load_handler
from careflow_local.paths import local_pipeline
from careflow_local.pool import Fleet
from careflow_local.watch import Watcher
from careflow_shared.topology import FUNCTIONS

if TYPE_CHECKING:
    from careflow_cdk.pipeline import PipelineSettings

Mode = Literal["lambda", "in-process"]
log = logging.getLogger("careflow.runtime")


class LocalRuntime:
    def __init__(
        self,
        *,
        port: int | None = None,
        with_gateway: bool = True,
        retry_backoff_s: float = 0.5,
        mode: Mode = "lambda",
        api_concurrency: int | None = None,
        watch: bool = False,
        log_sink: LogSink | None = None,
        pipeline: PipelineSettings | None = None,
    ) -> None:
        """``pipeline``: batch sizes, windows, timeouts, batch concurrency; default the ``local``
        block of cdk.json (the bench passes variants, e.g. concurrency 1)."""
        self.pipeline = pipeline or local_pipeline()
        bootstrap = os.environ["CAREFLOW_KAFKA_BOOTSTRAP"]
        region = os.environ.get("AWS_REGION", "eu-central-1")
        self.mode = mode
        self.fleet = (
            Fleet(api_concurrency=api_concurrency, sink=log_sink, pipeline=self.pipeline)
            if mode == "lambda"
            else None
        )
        self.watcher: Watcher | None = None
        if watch and self.fleet is not None:
            self.watcher = Watcher(self.fleet.rebuild)
        self.gateway = (
            LocalGateway(
                port=int(os.environ.get("CAREFLOW_GATEWAY_PORT", "3000")) if port is None else port,
                invoker=self.invoke,
            )
            if with_gateway
            else None
        )
        self.mappings = {
            m.name: EventSourceMapping(
                m,
                self.invoker(m.function),
                bootstrap=bootstrap,
                region=region,
                retry_backoff_s=retry_backoff_s,
            )
            for m in self.pipeline.mappings()
        }

    def invoker(self, function: str) -> Callable[[dict[str, Any]], Any]:
        """How a trigger invokes ``function``: through its containers, or in-process."""
        if self.fleet is not None:
            return self.fleet.invoker(function)
        return functools.partial(invoke_in_process, function)

    def invoke(self, function: str, event: dict[str, Any]) -> Any:
        """One synchronous invocation (``RequestResponse``); a function error raises."""
        if self.fleet is not None:
            return self.fleet.invoke(function, event)
        return invoke_in_process(function, event)

    def start(self, *, wait: bool = True) -> None:
        if self.fleet is not None:
            reaped = orphans.reap()  # containers of a runtime that died (SIGKILL, a crash)
            if reaped:
                log.warning("ended %d containers left by a runtime that died", reaped)
            self.fleet.warm_up()  # build every bundle now: a broken one fails fast, like a deploy
        else:
            for name in FUNCTIONS:  # import every handler now
                load_handler(name)
        for esm in self.mappings.values():
            esm.start()
        if self.gateway:
            self.gateway.start()
        if self.watcher:
            self.watcher.start()
        if wait:
            for esm in self.mappings.values():
                if not esm.wait_ready(60):
                    raise RuntimeError(
                        f"event source mapping {esm.mapping.function} got no partitions"
                    )

    def stop(self) -> None:
        if self.watcher:
            self.watcher.stop()
        if self.gateway:
            self.gateway.stop()
        for esm in self.mappings.values():
            esm.stop()
        if self.fleet is not None:
            self.fleet.stop()

    def __enter__(self) -> LocalRuntime:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
