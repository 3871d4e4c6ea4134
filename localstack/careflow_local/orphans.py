"""Containers left behind by a harness that died: found and ended by the next one.

Why: each container is a process group of its own (the emulator and the function's runtime), so
it survives a ``careflow dev`` killed with SIGKILL — a crashed host, as the chaos suite's harness
fault does. Its containers lived on, each holding Postgres connections, until the next faults of
the same run found every connection slot taken. On AWS a dead host takes its execution
environments with it; here each container is recorded under ``containers/`` in CAREFLOW_HOME
with the pid of the process that owns it, and a runtime starting up ends the recorded groups
whose owner is gone. Groups of a live owner (the test suite's runtime beside ``careflow dev``)
are left alone.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Sequence
from pathlib import Path

from careflow_local.paths import CAREFLOW_HOME
from careflow_local.services._base import process_alive

MARKERS: tuple[str, ...] = ("aws-lambda-rie", "awslambdaric")
"""What a container's processes have in their command line (a guard against reused pids)."""


def registry() -> Path:
    return CAREFLOW_HOME / "containers"


def _entry(pgid: int, owner: int | None = None) -> Path:
    return registry() / f"{os.getpid() if owner is None else owner}-{pgid}"


def register(pgid: int) -> None:
    with contextlib.suppress(OSError):
        registry().mkdir(parents=True, exist_ok=True)
        _entry(pgid).touch()


def unregister(pgid: int) -> None:
    with contextlib.suppress(OSError):
        _entry(pgid).unlink(missing_ok=True)


def _group_members(pgid: int, markers: Sequence[str]) -> list[int]:
    """Live processes of group ``pgid`` whose command line names a container marker."""
    members = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            stat = (proc / "stat").read_text()
            cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[-1].split()
        if len(fields) > 2 and int(fields[2]) == pgid and any(m in cmdline for m in markers):
            members.append(int(proc.name))
    return members


def reap(markers: Sequence[str] = MARKERS) -> int:
    """End the recorded container groups whose owner died; returns how many were ended."""
    ended = 0
    for path in sorted(registry().glob("*-*")) if registry().is_dir() else []:
        try:
            owner, pgid = (int(part) for part in path.name.split("-", 1))
        except ValueError:
            continue
        if process_alive(owner):
            continue
        if _group_members(pgid, markers):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(pgid, signal.SIGKILL)
                ended += 1
        with contextlib.suppress(OSError):
            path.unlink()
    return ended
