"""Containers per function, scaled as Lambda scales them: warm ones reused, new ones up to a limit.

- ``FunctionPool``: the containers of one function. An invocation takes the most recently used
  idle container (warm), else starts a new one (a cold start, visible in the log as ``Init
  Duration``) while fewer than ``max_containers`` exist, else waits for one to be released.
  A container that timed out or failed its init is ended and never reused.
- ``Fleet``: one pool per function of the topology, built from each function's bundle (the one
  the CDK app deploys), with the CDK app's environment filled with the local endpoints. MSK
  functions get one container per partition of their topic at most (each mapping delivers one
  batch at a time, so a partition's batches stay in order); API functions a configured limit.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from careflow_local.container import Container, ContainerSpec, FunctionError, LogSink, Report
from careflow_local.paths import local_pipeline

if TYPE_CHECKING:
    from careflow_cdk.pipeline import PipelineSettings

SpecFactory = Callable[[], ContainerSpec]


class FunctionPool:
    def __init__(
        self,
        function: str,
        spec: SpecFactory,
        *,
        max_containers: int,
        start: Callable[[ContainerSpec, int], Container],
    ) -> None:
        self.function = function
        self._spec = spec
        self._start = start
        self.max_containers = max(1, max_containers)
        self._cond = threading.Condition()
        self._idle: list[Container] = []
        self._busy: set[Container] = set()
        self._generation = 0
        self._numbers = 0
        self.cold_starts = 0
        self.reports: deque[Report] = deque(maxlen=100_000)

    def invoke(self, event: Any) -> Any:
        return self.invoke_with_report(event)[0]

    def invoke_with_report(self, event: Any) -> tuple[Any, Report]:
        container, generation = self._acquire()
        try:
            result, report = container.invoke(event)
            self.reports.append(report)
            return result, report
        except FunctionError as exc:
            if exc.report is not None:
                self.reports.append(exc.report)
            raise
        finally:
            self._release(container, generation)

    def _acquire(self) -> tuple[Container, int]:
        with self._cond:
            while True:
                while self._idle:
                    container = self._idle.pop()  # the most recently used: warmest
                    if container.alive:
                        self._busy.add(container)
                        return container, self._generation
                if len(self._busy) < self.max_containers:
                    self._numbers += 1
                    number, generation = self._numbers, self._generation
                    placeholder = _Starting()
                    self._busy.add(placeholder)  # type: ignore[arg-type]
                    break
                self._cond.wait()
        try:
            container = self._start(self._spec(), number)
        except BaseException:
            with self._cond:
                self._busy.discard(placeholder)  # type: ignore[arg-type]
                self._cond.notify()
            raise
        with self._cond:
            self._busy.discard(placeholder)  # type: ignore[arg-type]
            self._busy.add(container)
            self.cold_starts += 1
        return container, generation

    def _release(self, container: Container, generation: int) -> None:
        with self._cond:
            self._busy.discard(container)
            keep = container.alive and generation == self._generation
            if keep:
                self._idle.append(container)
            self._cond.notify()
        if not keep:
            container.shutdown()

    def prestart(self, count: int, event: Any) -> int:
        """Bring the pool to ``count`` containers (at most ``max_containers``), each new one
        initialised by one invocation of ``event`` (its init: imports, SnapStart's ``prime``),
        as Lambda's provisioned concurrency would: a benchmark's warm-up, so that no cold start
        falls inside what it measures. A handler refusing ``event`` still leaves its container
        initialised. Returns how many containers were started."""
        held: list[tuple[Container, int]] = []
        try:
            for _ in range(min(count, self.max_containers)):
                held.append(self._acquire())  # held: the next one is another container
            fresh = [c for c, _ in held if c.invocations == 0]
            threads = [
                threading.Thread(target=self._init_with, args=(c, event), daemon=True)
                for c in fresh
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            return len(fresh)
        finally:
            for container, generation in held:
                self._release(container, generation)

    @staticmethod
    def _init_with(container: Container, event: Any) -> None:
        with contextlib.suppress(FunctionError):
            container.invoke(event)

    def recycle(self) -> int:
        """End every container (idle ones now, busy ones when their invocation returns): the
        next invocation starts from the current bundle. Returns how many were idle."""
        with self._cond:
            self._generation += 1
            idle, self._idle = self._idle, []
        for container in idle:
            container.shutdown()
        return len(idle)

    def containers(self) -> list[Container]:
        with self._cond:
            return [*self._idle, *(c for c in self._busy if isinstance(c, Container))]

    def stop(self) -> None:
        self.recycle()
        with self._cond:
            busy = [c for c in self._busy if isinstance(c, Container)]
        for container in busy:
            container.end("the runtime stopped")


class _Starting:
    """Holds a slot in a pool while a container starts (counts against the limit)."""


class Fleet:
    """The functions of the topology as local Lambda containers (see the module docstring)."""

    def __init__(
        self,
        *,
        functions: list[str] | None = None,
        api_concurrency: int | None = None,
        sink: LogSink | None = None,
        spec_for: Callable[[str], ContainerSpec] | None = None,
        pipeline: PipelineSettings | None = None,
    ) -> None:
        from careflow_local.services._lambda_runtime import ensure_lambda_runtime
        from careflow_shared.topology import FUNCTIONS, KAFKA_MAPPINGS

        self.pipeline = pipeline or local_pipeline()
        self.runtime = ensure_lambda_runtime()
        atexit.register(self.stop)  # containers run in their own sessions: never leave them behind
        self._listeners: list[Callable[[str, str], None]] = []
        self._sink = sink or _stderr_sink
        self._lock = threading.Lock()
        self._spec_for = spec_for or functools.partial(bundle_spec, pipeline=self.pipeline)
        self._specs: dict[str, ContainerSpec] = {}
        limit = api_concurrency or int(os.environ.get("CAREFLOW_API_CONCURRENCY", "4"))
        partitions = self.pipeline.topic_partitions
        msk = {m.function for m in KAFKA_MAPPINGS}
        self.pools = {
            name: FunctionPool(
                name,
                self._spec_factory(name),
                max_containers=partitions if name in msk else limit,
                start=self._start,
            )
            for name in functions or list(FUNCTIONS)
        }

    def _spec_factory(self, name: str) -> SpecFactory:
        return lambda: self.spec(name)

    def spec(self, name: str) -> ContainerSpec:
        """The function's container spec, built once and again only after :meth:`rebuild`."""
        with self._lock:
            if name not in self._specs:
                self._specs[name] = self._spec_for(name)
            return self._specs[name]

    def _start(self, spec: ContainerSpec, number: int) -> Container:
        container = Container(
            spec, rie=self.runtime.rie, python=self.runtime.python, sink=self._emit, number=number
        ).start()
        self._emit(container.name, f"cold start: new container (pid {container.pid})")
        return container

    def _emit(self, container: str, line: str) -> None:
        self._sink(container, line)
        for listener in list(self._listeners):
            listener(container, line)

    @contextmanager
    def capture_logs(self) -> Iterator[list[str]]:
        """Every line the containers print while the block runs (for tests)."""
        lines: list[str] = []

        def listen(container: str, line: str) -> None:
            lines.append(f"[{container}] {line}")

        self._listeners.append(listen)
        try:
            yield lines
        finally:
            self._listeners.remove(listen)

    def invoke(self, function: str, event: Any) -> Any:
        if function not in self.pools:
            raise KeyError(f"unknown function {function!r}; known: {', '.join(sorted(self.pools))}")
        return self.pools[function].invoke(event)

    def invoker(self, function: str) -> Callable[[dict[str, Any]], Any]:
        pool = self.pools[function]
        return pool.invoke

    def warm_up(self) -> None:
        """Build every bundle now: a broken one fails fast, like a deploy."""
        for name in self.pools:
            self.spec(name)

    def rebuild(self, functions: list[str]) -> None:
        """Rebuild the functions' bundles and recycle their containers (code changed)."""
        for name in functions:
            if name in self.pools:
                with self._lock:
                    self._specs.pop(name, None)
                self.spec(name)
                self.pools[name].recycle()

    def stop(self) -> None:
        for pool in self.pools.values():
            pool.stop()
        atexit.unregister(self.stop)


def _stderr_sink(container: str, line: str) -> None:
    sys.stderr.write(f"[{container}] {line}\n")
    sys.stderr.flush()


def bundle_spec(function: str, pipeline: PipelineSettings | None = None) -> ContainerSpec:
    """The function's container: its bundle (built if changed) and Lambda's environment, with
    the ``local`` settings of cdk.json (timeout, batch concurrency) unless given others."""
    from careflow_local.lambda_env import function_environment, lambda_environment
    from careflow_local.paths import ensure_cdk_path

    ensure_cdk_path()
    from careflow_cdk import bundle

    spec = (pipeline or local_pipeline()).function(function)
    built = bundle.build(function, bundle.host_architecture())
    region = os.environ.get("AWS_REGION", "eu-central-1")
    env = {
        **function_environment(function, spec=spec),
        **lambda_environment(
            spec,
            task_root=built.task_root,
            layers=built.layers,
            function_name=f"careflow-{os.environ.get('CAREFLOW_ENV', 'local')}-{function.replace('_', '-')}",
            region=region,
        ),
    }
    return ContainerSpec(
        name=function,
        handler=spec.handler,
        memory_mb=spec.memory_mb,
        timeout_s=spec.timeout_s,
        task_root=built.task_root,
        environment=env,
    )
