"""Which functions a source change reaches (``careflow dev``'s watch mode)."""

from __future__ import annotations

from careflow_local.paths import FUNCTIONS_DIR, REPO_ROOT
from careflow_local.watch import affected_functions
from careflow_shared.topology import FUNCTIONS


def test_a_function_change_reaches_that_function_only():
    assert affected_functions([FUNCTIONS_DIR / "api" / "handler.py"]) == ["api"]


def test_a_layer_change_reaches_every_function_that_loads_the_layer():
    changed = REPO_ROOT / "layers" / "agents" / "python" / "careflow_agents" / "graph.py"
    assert affected_functions([changed]) == ["run_agent"]
    channels = REPO_ROOT / "layers" / "channels" / "python" / "careflow_channels" / "http.py"
    assert affected_functions([channels]) == sorted(
        f for f, spec in FUNCTIONS.items() if "channels" in spec.layers
    )
    shared = REPO_ROOT / "shared" / "python" / "careflow_shared" / "envelope.py"
    assert affected_functions([shared]) == sorted(FUNCTIONS)


def test_requirements_reach_every_function_and_other_files_none():
    assert affected_functions([REPO_ROOT / "requirements.txt"]) == sorted(FUNCTIONS)
    assert affected_functions([REPO_ROOT / "README.md"]) == []


def test_the_watcher_rebuilds_what_a_saved_file_reaches():
    """A save (here: a new modification time on the api handler) triggers one rebuild of the
    functions it reaches, and a second scan without changes triggers none."""
    import os

    from careflow_local.watch import Watcher

    rebuilt: list[list[str]] = []
    watcher = Watcher(rebuilt.append)
    handler = FUNCTIONS_DIR / "api" / "handler.py"
    before = handler.stat()
    try:
        os.utime(handler, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000_000))
        assert watcher.poll() == ["api"]
        assert watcher.poll() == []
    finally:
        os.utime(handler, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert rebuilt == [["api"]]
