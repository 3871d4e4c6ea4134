"""Containers of a runtime that died are ended by the next runtime; a live runtime's are not.

The chaos suite's harness fault kills ``careflow dev`` with SIGKILL; its containers (process
groups of their own) lived on holding Postgres connections until later faults of the run found
no connection slot left. Real processes stand in for containers here (``sleep`` in a session of
its own, recognised by its command line as a container's would be)."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from careflow_local import orphans


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setattr(orphans, "CAREFLOW_HOME", tmp_path)
    return tmp_path


def _container() -> subprocess.Popen[bytes]:
    return subprocess.Popen(["sleep", "600"], start_new_session=True)


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def _gone(proc: subprocess.Popen[bytes]) -> bool:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return True
        time.sleep(0.05)
    return False


def test_a_dead_runtimes_container_is_ended_and_forgotten(home):
    container = _container()
    try:
        entry = orphans.registry() / f"{_dead_pid()}-{container.pid}"
        entry.parent.mkdir(parents=True)
        entry.touch()

        assert orphans.reap(markers=("sleep 600",)) == 1
        assert _gone(container)
        assert not entry.exists()
    finally:
        container.kill()


def test_a_live_runtimes_containers_are_left_alone(home):
    container = _container()
    try:
        orphans.register(container.pid)  # owned by this (live) process
        assert orphans.reap(markers=("sleep 600",)) == 0
        assert container.poll() is None
        orphans.unregister(container.pid)
        assert not any(orphans.registry().iterdir())
    finally:
        container.kill()


def test_a_reused_group_id_that_is_no_container_is_not_signalled(home):
    bystander = _container()
    try:
        entry = orphans.registry() / f"{_dead_pid()}-{bystander.pid}"
        entry.parent.mkdir(parents=True)
        entry.touch()
        assert orphans.reap() == 0  # "sleep" is neither the emulator nor the runtime
        assert bystander.poll() is None
        assert not entry.exists()
    finally:
        bystander.kill()
