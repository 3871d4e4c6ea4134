"""The dataclass code cache (``careflow_shared.telemetry.codecache``): the SDK's dataclasses get
the very methods ``exec`` would have compiled, whether they come from the cache or not; a cache
that is missing, stale or garbage costs a compile and nothing else; the window leaves
``dataclasses`` and the garbage collector as it found them."""

from __future__ import annotations

import dataclasses
import gc
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from careflow_shared.telemetry import codecache

ROOT = Path(__file__).resolve().parents[3]

_IMPORT_AND_DESCRIBE = """
import dataclasses, hashlib, json, marshal, sys
from careflow_shared.telemetry import codecache, setup

if sys.argv[1:] == ["plain"]:  # as without the cache: dataclasses' own exec compiles
    import opentelemetry.sdk.metrics.export, opentelemetry.sdk.resources
    import opentelemetry.sdk.trace.export, opentelemetry.trace.propagation.tracecontext
    from careflow_shared.telemetry import otlp_json
else:
    setup.import_sdk()
methods = {}
for name, module in sorted(sys.modules.items()):
    if not name.startswith("opentelemetry"):
        continue
    for attr, cls in sorted(vars(module).items()):
        if not (isinstance(cls, type) and dataclasses.is_dataclass(cls)) or cls.__module__ != name:
            continue
        for method in ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__"):
            fn = getattr(cls.__dict__.get(method), "__wrapped__", cls.__dict__.get(method))
            if not hasattr(fn, "__code__"):
                continue
            seen = (fn.__annotations__, fn.__defaults__, fn.__kwdefaults__, fn.__qualname__)
            blob = marshal.dumps(fn.__code__) + repr(seen).encode()
            methods[f"{name}.{attr}.{method}"] = hashlib.sha256(blob).hexdigest()
print(json.dumps({"compiled": codecache.last_compiled, "methods": methods,
                  "file": codecache.cache_file(), "gc": __import__("gc").isenabled()}))
"""


def _run(pycache: Path | None, *args: str) -> dict[str, Any]:
    paths = [ROOT / "shared/python", *sorted((ROOT / "layers").glob("*/python"))]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(map(str, paths))}
    env.pop("PYTHONPYCACHEPREFIX", None)
    if pycache is None:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env["PYTHONPYCACHEPREFIX"] = "/nonexistent/careflow-no-cache"
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    out = subprocess.run(
        [sys.executable, "-c", _IMPORT_AND_DESCRIBE, *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_sdks_dataclasses_get_the_methods_exec_would_compile(tmp_path: Path) -> None:
    plain = _run(None, "plain")  # no window at all
    uncached = _run(None)
    first = _run(tmp_path)  # compiles and writes the cache, as a first cold start does
    second = _run(tmp_path)  # every text from the cache
    assert uncached["compiled"] >= 19 and first["compiled"] == uncached["compiled"]
    assert second["compiled"] == 0
    assert Path(second["file"]).is_file() and str(tmp_path) in second["file"]
    assert len(plain["methods"]) >= 50  # point's twelve dataclasses and the others
    assert second["methods"] == first["methods"] == uncached["methods"] == plain["methods"]
    assert second["gc"] is True


def test_a_cache_that_is_garbage_costs_a_compile_and_is_replaced(tmp_path: Path) -> None:
    first = _run(tmp_path)
    Path(first["file"]).write_bytes(b"not marshal at all")
    again = _run(tmp_path)
    assert again["compiled"] == first["compiled"] and again["methods"] == first["methods"]
    assert _run(tmp_path)["compiled"] == 0


def test_the_window_restores_dataclasses_and_the_collector(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path))
    was = gc.isenabled()
    try:
        gc.disable()
        with codecache.importing_sdk(write=True):
            assert "exec" in vars(dataclasses) and not gc.isenabled()
            with codecache.importing_sdk():  # nested: the outer window stays in charge
                pass
            assert "exec" in vars(dataclasses)

            @dataclasses.dataclass(frozen=True)
            class Point:
                x: int
                y: int = 0

        assert "exec" not in vars(dataclasses)
        assert not gc.isenabled()  # it was off before: still off
        assert Point(1) == Point(1, 0) and repr(Point(2, 3)).endswith("Point(x=2, y=3)")
        # compiled without this module's ``from __future__ import annotations`` (as exec does):
        # the annotations are the fields' types, not the generated code's names for them
        assert Point.__init__.__annotations__ == {"x": "int", "y": "int", "return": None}
        assert Point.__init__.__code__.co_filename == "<string>"
        assert codecache.last_compiled == 1 and Path(str(codecache.cache_file())).is_file()
        with codecache.importing_sdk():

            @dataclasses.dataclass(frozen=True)
            class Point:  # type: ignore[no-redef]  # the same text: from the cache now
                x: int
                y: int = 0

        assert codecache.last_compiled == 0 and Point(1) == Point(1, 0)
    finally:
        if was:
            gc.enable()


@pytest.mark.parametrize("prefix", [None, "/tmp/careflow-pyc"])
def test_the_cache_sits_where_importlib_puts_byte_code(prefix: str | None, monkeypatch) -> None:
    monkeypatch.setattr(sys, "pycache_prefix", prefix)
    here = Path(codecache.__file__).resolve().parent
    name = f"sdk-dataclasses.{sys.implementation.cache_tag}.marshal"
    expected = here / "__pycache__" / name if prefix is None else Path(prefix + str(here)) / name
    assert codecache.cache_file() == str(expected)


def test_the_merged_layer_ships_the_cache_and_a_cold_start_compiles_nothing(
    tmp_path: Path,
) -> None:
    """Lambda's ``/opt`` is read-only: the packaging writes the cache into the merged layer,
    and a function importing the SDK from it (here the venv's, pinned alike) compiles none of
    the dataclasses' methods."""
    from careflow_cdk import bundle, packaging

    merged = packaging.build_composite_layer(("shared",), bundle.layer_sources(), tmp_path)
    cache = merged / "python/careflow_shared/telemetry/__pycache__"
    assert (cache / f"sdk-dataclasses.{sys.implementation.cache_tag}.marshal").is_file()
    env = {**os.environ, "PYTHONPATH": str(merged / "python"), "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("PYTHONPYCACHEPREFIX", None)
    code = (
        "from careflow_shared.telemetry import codecache, setup; setup.import_sdk();"
        " print(codecache.last_compiled, codecache.cache_file())"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    compiled, path = out.stdout.split()
    assert compiled == "0" and path.startswith(str(merged))
