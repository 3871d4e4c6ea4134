"""The built layers ship byte-code, and a cold start from the bundle compiles none of their modules.

Lambda's ``/opt`` is read-only: a module without usable byte-code there is compiled from source on
every cold start (run_agent: 3.2 s instead of 1.1 s, see ``packaging``). These tests run the
function from exactly what the stack packages, with a bare interpreter (``-S``: no site-packages,
so nothing comes from the venv) that may not write byte-code, as on Lambda.
"""

from __future__ import annotations

import json
import marshal
import sys
import zipfile
from pathlib import Path

import pytest

from careflow_cdk import bundle, packaging

ARCH = bundle.host_architecture()
TAG = sys.implementation.cache_tag  # cpython-313: the venv is the runtime's minor version

COLD_START = """
import importlib._bootstrap_external as ext, json, sys
compiled = []
original = ext.SourceLoader.source_to_code
def counting(self, data, path, *args, **kwargs):
    compiled.append(str(path))
    return original(self, data, path, *args, **kwargs)
ext.SourceLoader.source_to_code = counting

import handler
from langgraph.checkpoint.memory import InMemorySaver
from careflow_agents.graph import get_graph
get_graph(InMemorySaver())
print(json.dumps({"compiled": compiled, "modules": len(sys.modules),
                  "graph_file": sys.modules["careflow_agents.graph"].__file__}))
"""


@pytest.fixture(scope="module")
def run_agent_path() -> list[Path]:
    return bundle.sys_path("run_agent", ARCH)


def _pyc(source: Path) -> Path:
    return source.parent / "__pycache__" / f"{source.stem}.{TAG}.pyc"


@pytest.mark.parametrize("layer", ["merged", "dependencies"])
def test_every_module_of_the_layers_has_unchecked_hash_bytecode(
    run_agent_path: list[Path], layer: str
) -> None:
    root = run_agent_path[1] if layer == "merged" else run_agent_path[2]
    sources = sorted(root.rglob("*.py"))
    assert len(sources) > (20 if layer == "merged" else 1000)
    missing = [str(s.relative_to(root)) for s in sources if not _pyc(s).is_file()]
    assert missing == []
    for source in sources[:: max(1, len(sources) // 50)]:
        header = _pyc(source).read_bytes()[:16]
        # PEP 552: flags 0b01 = hash-based, source never checked (the layer cannot change).
        assert int.from_bytes(header[4:8], "little") == 0b01, source
    graph = root / "careflow_agents" / "graph.py"
    if graph.exists():
        code = marshal.loads(_pyc(graph).read_bytes()[16:])
        assert code.co_filename == "/opt/python/careflow_agents/graph.py"  # tracebacks on Lambda


def test_the_dependency_layer_zip_holds_the_bytecode(run_agent_path: list[Path]) -> None:
    deps = packaging.build_dependency_layer(ARCH)
    with zipfile.ZipFile(deps.zip_path) as zf:
        names = set(zf.namelist())
    assert f"python/langgraph/graph/__pycache__/state.{TAG}.pyc" in names
    assert f"python/pydantic/__pycache__/main.{TAG}.pyc" in names


def test_run_agent_cold_start_from_the_bundle_compiles_nothing_from_the_layers(
    run_agent_path: list[Path],
) -> None:
    done = bundle.run_like_lambda("run_agent", COLD_START, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["graph_file"].startswith(str(run_agent_path[1]))  # from the bundle, not the repo
    assert out["modules"] > 800  # LangGraph and everything under it was imported
    layers = (str(run_agent_path[1]), str(run_agent_path[2]))
    assert [p for p in out["compiled"] if p.startswith(layers)] == []
