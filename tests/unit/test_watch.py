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
