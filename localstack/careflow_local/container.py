"""One Lambda container: the Runtime Interface Emulator running awslambdaric on a function's bundle.

A container is one OS process group: ``aws-lambda-rie`` (Lambda's own emulator, the program SAM
runs inside its containers) and, started by it on the first invocation, the function's runtime
(awslambdaric's entry point, see ``BOOTSTRAP``, from the runtime env, cwd = the bundle's task root,
``PYTHONPATH`` = the bundle's layers). It serves one invocation at a time, stays warm between
invocations, and is ended as Lambda ends one: after a timeout (the emulator only resets the
runtime; Lambda throws the execution environment away) or when its code changed.

Per invocation it prints Lambda's ``START`` / ``END`` / ``REPORT`` lines. The emulator's own
REPORT figures are not Lambda's (its "Init Duration" is off by a factor of 1000, its "Max Memory
Used" repeats the configured size), so ours are taken from the emulator's phase log (``INIT
REPORT``, ``INVOKE RTDONE``) and from ``/proc``: the peak resident memory (``VmHWM``) of the
runtime's process tree, against the configured memory.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from careflow_local import orphans

LogSink = Callable[[str, str], None]
"""``sink(container_name, line)``: one line a container printed (function output or ours)."""

_INIT_REPORT = re.compile(r"\(rapid\) INIT REPORT\(durationMs: ([0-9.]+)\)")
_RTDONE = re.compile(r"\(rapid\) INVOKE RTDONE\(status: \w+.*duration: ([0-9.]+)ms\)")
_RAPID = re.compile(r"^\d\d \w{3} \d{4} [0-9:,]+ \[\w+\] \(rapid\) ")
_TIMED_OUT = re.compile(rb"^Task timed out after [0-9.]+ seconds$")
_INVOKE_PATH = "/2015-03-31/functions/function/invocations"

BOOTSTRAP = (
    "import sys\n"
    "from awslambdaric import __main__ as ric\n"
    "from awslambdaric.lambda_runtime_client import LambdaRuntimeClient\n"
    "LambdaRuntimeClient.restore_next = lambda self: None\n"
    "ric.main(sys.argv)\n"
)
"""Our ``/var/runtime/bootstrap``: awslambdaric's own entry point, run with ``-c`` so that the task
root (the cwd) is first on ``sys.path`` as ``/var/task`` is on Lambda. One difference: SnapStart's
restore is immediate. The emulator has no snapshot, so ``/runtime/restore/next`` does not exist
there; a snap-start container runs its init (run_agent's ``prime()``), its before-snapshot hooks,
then at once its after-restore hooks, and serves invocations, as a restored Lambda container does.
"""


class FunctionError(Exception):
    """The function raised, timed out or failed to initialise; Lambda's error payload."""

    def __init__(
        self, error_type: str, message: str, payload: Any = None, report: Report | None = None
    ) -> None:
        super().__init__(message)
        self.error_type = error_type
        self.payload = payload
        self.report = report

    def __str__(self) -> str:
        return f"{self.error_type}: {self.args[0]}"


class InvocationTimeout(FunctionError):
    """The invocation ran past the function's timeout; its container was ended."""


@dataclass(frozen=True)
class ContainerSpec:
    """What a container runs: a function's bundle, its handler, limits and environment."""

    name: str
    handler: str
    memory_mb: int
    timeout_s: int
    task_root: Path
    environment: Mapping[str, str]


@dataclass(frozen=True)
class Report:
    """Lambda's REPORT line of one invocation."""

    request_id: str
    duration_ms: float
    memory_size_mb: int
    max_memory_used_mb: int
    init_duration_ms: float | None = None
    pid: int | None = None
    timed_out: bool = False

    def line(self) -> str:
        text = (
            f"REPORT RequestId: {self.request_id}\tDuration: {self.duration_ms:.2f} ms\t"
            f"Billed Duration: {math.ceil(self.duration_ms)} ms\t"
            f"Memory Size: {self.memory_size_mb} MB\tMax Memory Used: {self.max_memory_used_mb} MB"
        )
        if self.init_duration_ms is not None:
            text += f"\tInit Duration: {self.init_duration_ms:.2f} ms"
        if self.timed_out:
            text += "\tStatus: timeout"
        return text


@dataclass
class _Pending:
    """What the log reader learns about the invocation in flight."""

    request_id: str
    init_ms: float | None = None
    duration_ms: float | None = None
    done: threading.Event = field(default_factory=threading.Event)
    report: Report | None = None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def process_tree(root: int) -> list[int]:
    """``root`` and all its descendants, from ``/proc/<pid>/task/<tid>/children``."""
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        for task in Path(f"/proc/{pid}/task").glob("*"):
            try:
                todo.extend(int(c) for c in (task / "children").read_text().split())
            except OSError:
                continue
    return found


def peak_rss_kb(pids: Sequence[int]) -> int:
    """Sum of the processes' peak resident set (``VmHWM``), in KiB."""
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total


class Container:
    """One execution environment of one function (see the module docstring)."""

    def __init__(
        self, spec: ContainerSpec, *, rie: Path, python: Path, sink: LogSink, number: int = 1
    ) -> None:
        self.spec = spec
        self.name = f"{spec.name}#{number}"
        self._rie = rie
        self._python = python
        self._sink = sink
        self._proc: subprocess.Popen[bytes] | None = None
        self._port = 0
        self._pending: _Pending | None = None
        self._lock = threading.Lock()  # one invocation at a time, as in Lambda
        self._peak_kb = 0
        self.invocations = 0
        self.ended = False
        self.started_at = 0.0

    # --- lifecycle ---------------------------------------------------------------------------

    def start(self) -> Container:
        """Start the emulator; the runtime (and the function's init) follows on the first
        invocation, as Lambda's on-demand init does (the emulator's own behaviour)."""
        self._port = free_port()
        api_port = free_port()
        cmd = [
            str(self._rie),
            "--log-level", "info",
            "--runtime-interface-emulator-address", f"127.0.0.1:{self._port}",
            "--runtime-api-address", f"127.0.0.1:{api_port}",
            str(self._python), "-c", BOOTSTRAP, self.spec.handler,
        ]  # fmt: skip
        self._proc = subprocess.Popen(
            cmd,
            cwd=self.spec.task_root,
            env=dict(self.spec.environment),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: ended as a whole
        )
        orphans.register(self._proc.pid)  # ended by the next runtime if this one dies
        self.started_at = time.monotonic()
        assert self._proc.stdout is not None
        threading.Thread(
            target=self._read, args=(self._proc.stdout,), name=f"log-{self.name}", daemon=True
        ).start()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise RuntimeError(f"{self.name}: the emulator exited with {self._proc.returncode}")
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", self._port), 0.2),
            ):
                return self
            time.sleep(0.02)
        self.end("the emulator did not listen")
        raise RuntimeError(f"{self.name}: the emulator did not listen on {self._port}")

    @property
    def pid(self) -> int | None:
        """The emulator's pid (the container's process group)."""
        return self._proc.pid if self._proc else None

    def runtime_pids(self) -> list[int]:
        """The function's runtime process tree (the emulator's children), empty before init."""
        if not self._proc:
            return []
        return [p for p in process_tree(self._proc.pid) if p != self._proc.pid]

    @property
    def alive(self) -> bool:
        return not self.ended and self._proc is not None and self._proc.poll() is None

    def end(self, reason: str) -> None:
        """End the container like Lambda ends an execution environment: SIGKILL to all of it."""
        if self.ended:
            return
        self.ended = True
        if self._proc and self._proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self._proc.pid, signal.SIGKILL)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self._proc.wait(5)
        if self._proc:
            orphans.unregister(self._proc.pid)
        self._sink(self.name, f"container ended: {reason}")

    def shutdown(self) -> None:
        """Stop an idle container (SIGTERM, then SIGKILL): a recycle or ``careflow dev`` ending."""
        if self.ended:
            return
        self.ended = True
        if self._proc and self._proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self._proc.pid, signal.SIGTERM)
            try:
                self._proc.wait(3)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self._proc.pid, signal.SIGKILL)
                self._proc.wait(3)
        if self._proc:
            orphans.unregister(self._proc.pid)

    # --- invocation ------------------------------------------------------------------------

    def invoke(self, event: Any) -> tuple[Any, Report]:
        """Run one event; return the function's result and its REPORT, or raise FunctionError."""
        with self._lock:
            if not self.alive:
                raise RuntimeError(f"{self.name} is not running")
            request_id = str(uuid.uuid4())
            pending = _Pending(request_id)
            self._pending = pending
            self.invocations += 1
            started = time.perf_counter()
            req = urllib.request.Request(
                f"http://127.0.0.1:{self._port}{_INVOKE_PATH}",
                data=json.dumps(event).encode(),
                method="POST",
                headers={"X-Amzn-RequestId": request_id, "Content-Type": "application/json"},
            )
            # The emulator times the invocation out itself; ours is the backstop for a hung one.
            backstop = self.spec.timeout_s * 2 + 30
            try:
                with urllib.request.urlopen(req, timeout=backstop) as resp:
                    status, body = resp.status, resp.read()
            except urllib.error.HTTPError as err:
                status, body = err.code, err.read()
            except (TimeoutError, urllib.error.URLError) as exc:
                self.end(f"no answer from the emulator ({exc})")
                raise InvocationTimeout("Sandbox.Timedout", f"no answer: {exc}") from exc
            wall_ms = (time.perf_counter() - started) * 1000
            if _TIMED_OUT.match(body.strip()):
                report = self._finish(pending, wall_ms, timed_out=True)
                self.end(f"timed out after {self.spec.timeout_s} s (like Lambda, not reused)")
                raise InvocationTimeout(
                    "Sandbox.Timedout",
                    f"{report.request_id} Task timed out after {self.spec.timeout_s:.2f} seconds",
                    report=report,
                )
            report = self._finish(pending, wall_ms)
            result = _decode(body)
            if status != 200 or _is_error(result):
                payload = result if isinstance(result, dict) else {"errorMessage": str(result)}
                error = FunctionError(
                    str(payload.get("errorType") or f"HTTP{status}"),
                    str(payload.get("errorMessage") or ""),
                    payload,
                    report,
                )
                if str(payload.get("errorType", "")).startswith("Runtime.") or status == 502:
                    self.end(f"init failed ({error})")  # Lambda discards a failed init
                raise error
            return result, report

    def _finish(self, pending: _Pending, wall_ms: float, *, timed_out: bool = False) -> Report:
        """Wait (briefly) for the emulator's REPORT of this request; our REPORT replaces it."""
        pending.done.wait(2.0)
        pids = self.runtime_pids()  # one walk of /proc for the peak and the REPORT's pid
        self._measure(pids)
        init_ms = pending.init_ms
        if timed_out:
            duration = self.spec.timeout_s * 1000.0
        elif pending.duration_ms is not None:
            duration = pending.duration_ms
        else:
            duration = wall_ms - (init_ms or 0.0)
        report = Report(
            request_id=pending.request_id,
            duration_ms=duration,
            memory_size_mb=self.spec.memory_mb,
            max_memory_used_mb=math.ceil(self._peak_kb / 1024),
            init_duration_ms=init_ms,
            pid=pids[0] if pids else None,
            timed_out=timed_out,
        )
        self._sink(self.name, f"END RequestId: {pending.request_id}")
        self._sink(self.name, report.line())
        if report.max_memory_used_mb > self.spec.memory_mb:
            self._sink(
                self.name,
                f"WARNING: {report.max_memory_used_mb} MB used, {self.spec.memory_mb} MB "
                "configured: Lambda would end this container (Runtime.OutOfMemory)",
            )
        self._pending = None
        return report

    def _measure(self, pids: list[int] | None = None) -> None:
        pids = self.runtime_pids() if pids is None else pids
        if pids:
            self._peak_kb = max(self._peak_kb, peak_rss_kb(pids))

    def _read(self, stream: IO[bytes]) -> None:
        """Forward the container's output; keep the emulator's phase figures, drop its own
        START/END/REPORT (we print Lambda's with real figures) and its info chatter."""
        init_ms: float | None = None
        for raw in iter(stream.readline, b""):
            line = raw.decode(errors="replace").rstrip("\n")
            pending = self._pending
            if m := _INIT_REPORT.search(line):
                init_ms = float(m.group(1))
                self._measure()  # the runtime is up and initialised: its init peak counts
                continue
            if m := _RTDONE.search(line):
                if pending:
                    pending.duration_ms = float(m.group(1))
                continue
            if line.startswith("START RequestId:"):
                self._measure()
                self._sink(self.name, line)
                continue
            if line.startswith("REPORT RequestId:"):
                if pending:
                    pending.init_ms, init_ms = init_ms, None
                    pending.done.set()
                continue
            if line.startswith("END RequestId:") or _RAPID.match(line):
                if ("[ERROR]" in line or "[WARNING]" in line) and "SandboxTerminated" not in line:
                    self._sink(self.name, line)
                continue
            self._sink(self.name, line)


def _decode(body: bytes) -> Any:
    try:
        return json.loads(body) if body else None
    except ValueError:
        return body.decode(errors="replace")


def _is_error(result: Any) -> bool:
    """awslambdaric's error payload: ``errorMessage`` + ``errorType`` (+ trace, request id)."""
    return (
        isinstance(result, dict)
        and "errorType" in result
        and "errorMessage" in result
        and set(result) <= {"errorType", "errorMessage", "stackTrace", "requestId"}
    )
