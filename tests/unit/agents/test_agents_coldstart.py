"""careflow_agents.coldstart: deferred package inits, deferred model builds, the GC pause.

The cold-start figures themselves are measured by ``make bench``; these tests prove the
behaviour: the deferred packages stay unexecuted and LangSmith's models unbuilt through a whole
turn, and reading from them later gives exactly what a normal import would.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import textwrap
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from careflow_agents import coldstart

FRESH_TURN = textwrap.dedent(
    """
    import json, sys
    from datetime import UTC, datetime
    from careflow_agents import AgentTurn, run_turn
    from careflow_agents.checkpoint import postgres_saver_class
    from careflow_agents.config import demo_tenant

    postgres_saver_class()  # run_agent's order: the checkpointer, then the graph
    from langgraph.checkpoint.memory import InMemorySaver

    decision = run_turn(
        AgentTurn(tenant=demo_tenant(), case_id="c1", message_id="m1", stage="enquiry",
                  text="Hello, how much is a hair transplant?", channel="whatsapp",
                  message_type="text", received_at=datetime.now(UTC)),
        checkpointer=InMemorySaver(),
    )
    import langsmith.schemas
    from langsmith.run_trees import RunTree
    from pydantic import BaseModel
    after_turn = {
        "intent": decision.intent,
        "types_class": type(sys.modules["langsmith.types"]).__name__,
        "types_models_loaded": "langsmith.types.sandbox_response" in sys.modules,
        "sdk_client_loaded": "langgraph_sdk.client" in sys.modules,
        "run_schema_built": langsmith.schemas.Run.__pydantic_complete__,
        "run_tree_built": RunTree.__pydantic_complete__,
        "base_config_restored": "defer_build" not in BaseModel.model_config,
    }
    from langsmith.types import Run
    import langgraph_sdk
    import langsmith.types
    tree = RunTree(name="on demand", run_type="chain", inputs={"q": 1})
    print(json.dumps({
        "after_turn": after_turn,
        "run_model": Run.__name__,
        "types_reexport": langsmith.types.SandboxResponse.__name__,
        "types_class_after": type(sys.modules["langsmith.types"]).__name__,
        "sdk_get_client": callable(langgraph_sdk.get_client),
        "sdk_client_loaded_after": "langgraph_sdk.client" in sys.modules,
        "run_tree_on_demand": [tree.name, tree.inputs, RunTree.__pydantic_complete__],
    }))
    """
)


def test_a_whole_turn_never_runs_the_deferred_inits_nor_builds_langsmith_models() -> None:
    done = subprocess.run(
        [sys.executable, "-c", FRESH_TURN], capture_output=True, text=True, check=True, timeout=120
    )
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["after_turn"] == {
        "intent": "price_quote",
        "types_class": "_DeferredPackage",
        "types_models_loaded": False,
        "sdk_client_loaded": False,
        "run_schema_built": False,
        "run_tree_built": False,
        "base_config_restored": True,
    }
    assert out["run_model"] == "Run"
    assert out["types_reexport"] == "SandboxResponse"  # the real __init__ ran
    assert out["types_class_after"] == "module"
    assert out["sdk_get_client"] is True
    assert out["sdk_client_loaded_after"] is True
    assert out["run_tree_on_demand"] == ["on demand", {"q": 1}, True]  # built when first used


@pytest.fixture
def fake_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A package whose __init__ counts its runs and re-exports from a submodule."""
    name = f"cf_fake_{tmp_path.name.replace('-', '_')}"
    root = tmp_path / name
    root.mkdir()
    (root / "__init__.py").write_text(
        "import builtins\n"
        "builtins.cf_init_runs = getattr(builtins, 'cf_init_runs', 0) + 1\n"
        "from .sub import VALUE as VALUE\n"
        "__all__ = ['VALUE']\n"
        "def __getattr__(name):\n"
        "    if name == 'DYNAMIC':\n"
        "        return 'from the real __getattr__'\n"
        "    raise AttributeError(name)\n"
    )
    (root / "sub.py").write_text("VALUE = 42\n")
    (root / "broken").mkdir()
    (root / "broken" / "__init__.py").write_text("raise RuntimeError('init failed')\n")
    (root / "broken" / "leaf.py").write_text("LEAF = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import builtins

    monkeypatch.setattr(builtins, "cf_init_runs", 0, raising=False)
    yield name
    for module in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
        del sys.modules[module]


def _init_runs() -> int:
    import builtins

    return int(builtins.cf_init_runs)  # type: ignore[attr-defined]


def test_submodules_import_without_the_package_init_which_runs_once_on_first_read(
    fake_package: str,
) -> None:
    assert coldstart.defer_package_inits((fake_package,)) == [fake_package]
    sub = __import__(f"{fake_package}.sub", fromlist=["VALUE"])
    assert sub.VALUE == 42
    assert _init_runs() == 0

    package = sys.modules[fake_package]
    assert package.VALUE == 42  # first read: the real __init__ runs
    assert _init_runs() == 1
    assert type(package) is types.ModuleType
    assert package.DYNAMIC == "from the real __getattr__"
    with pytest.raises(AttributeError):
        _ = package.MISSING
    namespace: dict[str, object] = {}
    exec(f"from {fake_package} import *", namespace)
    assert namespace["VALUE"] == 42
    assert _init_runs() == 1


def test_a_failing_init_raises_on_first_read_and_leaves_no_half_module(fake_package: str) -> None:
    broken = f"{fake_package}.broken"
    __import__(fake_package)
    assert coldstart.defer_package_inits((broken,)) == [broken]
    assert __import__(f"{broken}.leaf", fromlist=["LEAF"]).LEAF == 1
    with pytest.raises(RuntimeError, match="init failed"):
        _ = sys.modules[broken].anything
    assert broken not in sys.modules


def test_imported_missing_and_non_package_modules_are_left_alone(fake_package: str) -> None:
    __import__(fake_package)
    before = sys.modules[fake_package]
    assert (
        coldstart.defer_package_inits(
            (fake_package, f"{fake_package}.sub", "cf_not_installed", "cf_not_installed.child")
        )
        == []
    )
    assert sys.modules[fake_package] is before
    assert "cf_not_installed" not in sys.modules


@pytest.mark.parametrize("enabled_before", [True, False])
def test_import_phase_pauses_the_collector_and_freezes_what_the_import_made(
    enabled_before: bool,
) -> None:
    was_enabled = gc.isenabled()
    (gc.enable if enabled_before else gc.disable)()
    try:
        with coldstart.import_phase():
            assert not gc.isenabled()
            made = [types.SimpleNamespace(n=i) for i in range(100)]
        assert gc.get_freeze_count() >= len(made)
        assert gc.isenabled() is enabled_before
    finally:
        gc.unfreeze()
        (gc.enable if was_enabled else gc.disable)()


def test_models_made_in_the_phase_build_on_first_use_and_others_at_once() -> None:
    from pydantic import BaseModel, ValidationError

    with coldstart.deferred_model_builds():

        class Deferred(BaseModel):
            n: int

    class Eager(BaseModel):
        n: int

    class Child(Deferred):  # config is inherited: a subclass of a deferred model defers too
        m: int = 0

    assert "defer_build" not in BaseModel.model_config
    assert Deferred.__pydantic_complete__ is False
    assert Child.__pydantic_complete__ is False
    assert Eager.__pydantic_complete__ is True
    assert Deferred(n="3").n == 3  # first validation builds it; it validates as usual
    assert Deferred.__pydantic_complete__ is True
    with pytest.raises(ValidationError):
        Deferred(n="three")
    assert Child.model_validate({"n": 1, "m": "2"}).model_dump() == {"n": 1, "m": 2}


def test_the_model_setting_is_restored_after_an_error_and_keeps_a_value_set_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pydantic import BaseModel

    monkeypatch.setitem(BaseModel.model_config, "defer_build", False)
    try:
        with pytest.raises(RuntimeError), coldstart.import_phase():
            assert BaseModel.model_config["defer_build"] is True
            raise RuntimeError("import failed")
    finally:
        gc.unfreeze()
    assert BaseModel.model_config["defer_build"] is False


def test_an_unbuilt_model_nested_where_its_type_is_inferred_still_serializes() -> None:
    """The known trap of ``defer_build`` (pydantic <= 2.12: "'MockValSer' object cannot be
    converted to 'SchemaSerializer'"): an instance of a never-built class, made without
    validation, serialized through a field whose type pydantic infers from the value. The pinned
    pydantic builds the class at that point; this fails if a version without that comes back."""
    from typing import Annotated, Any

    from pydantic import BaseModel, WrapSerializer

    with coldstart.deferred_model_builds():

        class Inner(BaseModel):
            a: int = 0

    class Holder(BaseModel):
        value: Annotated[Any, WrapSerializer(lambda v, handler: handler(v))] = None
        anything: Any = None

    unbuilt = Inner.model_construct(a=7)
    assert Inner.__pydantic_complete__ is False
    holder = Holder(value=unbuilt, anything=[unbuilt])
    assert holder.model_dump_json() == '{"value":{"a":7},"anything":[{"a":7}]}'
    assert Inner.__pydantic_complete__ is True


def test_overlapping_phases_restore_the_setting_only_when_the_last_one_ends() -> None:
    from pydantic import BaseModel

    first, second = coldstart.deferred_model_builds(), coldstart.deferred_model_builds()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)  # ends before the one that started after it (two threads)
    assert BaseModel.model_config["defer_build"] is True
    second.__exit__(None, None, None)
    assert "defer_build" not in BaseModel.model_config
