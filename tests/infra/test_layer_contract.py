"""Layers as a checked contract: a function's bundle holds every module its code can import.

``careflow_cdk.contract`` reads the source (``ast``): from each handler, everything it imports,
lazily too, following our own packages; third-party modules against the built dependency
layer. The mutations below keep the proof in the suite: take a layer away from a function or a
layer's declaration, and the checker names the function (or layer) and the missing module.
Last, each handler is imported from its real bundle, the way Lambda loads it.
"""

from __future__ import annotations

import dataclasses
import textwrap
from pathlib import Path

import pytest

from careflow_cdk import bundle, contract, packaging
from careflow_cdk.paths import topology


@pytest.fixture(scope="module")
def sources() -> dict[str, Path]:
    return bundle.layer_sources()


@pytest.fixture(scope="module")
def dependencies() -> frozenset[str]:
    built = packaging.build_dependency_layer(bundle.host_architecture())
    return contract.dependency_names(built.directory / "python")


def _function(tmp_path: Path, name: str, source: str) -> Path:
    """A function folder of its own, with ``source`` as its handler; returns ``functions/``."""
    folder = tmp_path / "functions" / name
    folder.mkdir(parents=True)
    (folder / "handler.py").write_text(textwrap.dedent(source))
    return folder.parent


def _needs(problems: list[contract.Problem]) -> list[str]:
    return [str(p) for p in problems if not p.unused]


def test_every_bundle_holds_what_its_code_imports_and_declarations_are_used(
    sources, dependencies
) -> None:
    problems = contract.check_all(
        topology.FUNCTIONS, topology.LAYER_REQUIRES, sources, dependencies
    )
    assert not problems, "\n".join(map(str, problems))


def test_a_function_gets_what_its_layers_need() -> None:
    assert "rds" not in topology.FUNCTIONS["ingest_message"].layers  # the front door: Redis only
    run_agent = topology.FUNCTIONS["run_agent"]
    assert "tenant_context" not in run_agent.uses and "tenant_context" in run_agent.layers
    assert set(topology.LAYER_REQUIRES) == set(topology.LAYER_ORDER)
    for spec in topology.FUNCTIONS.values():  # the closure is closed
        for layer in spec.layers:
            assert set(topology.LAYER_REQUIRES[layer]) <= set(spec.layers), (spec.name, layer)


def test_removing_a_layer_from_a_function_names_the_function_and_the_module(
    sources, dependencies
) -> None:
    spec = topology.FUNCTIONS["create_case"]
    without_rds = dataclasses.replace(spec, uses=tuple(u for u in spec.uses if u != "rds"))
    functions = {**topology.FUNCTIONS, "create_case": without_rds}
    messages = _needs(contract.check_all(functions, topology.LAYER_REQUIRES, sources, dependencies))
    assert messages, "the checker missed a function without its rds layer"
    assert all(m.startswith("create_case: needs module 'careflow_rds") for m in messages)
    assert any(
        "'careflow_rds.tenant_loader' (functions/create_case/handler.py:" in m for m in messages
    )


def test_removing_a_declared_layer_names_the_layer_and_the_functions_that_break(
    sources, dependencies
) -> None:
    # run_agent lists no tenant_context: it gets it because rds and agents declare it.
    plain = ("shared", topology.DEPENDENCIES)
    requires = {**topology.LAYER_REQUIRES, "rds": plain, "agents": plain}
    messages = _needs(contract.check_all(topology.FUNCTIONS, requires, sources, dependencies))
    report = "\n".join(messages)
    assert (
        "layer rds: needs module 'careflow_tenant.tenants'"
        " (layers/rds/python/careflow_rds/tenant_loader.py:20)" in report
    )
    assert "layer agents: needs module 'careflow_tenant" in report
    assert any(m.startswith("run_agent: needs module 'careflow_tenant") for m in messages)
    # persist_result never reaches the rds module that needs Redis: it is not named.
    assert not any(m.startswith("persist_result") for m in messages)


def test_a_lazy_import_counts(tmp_path, sources, dependencies) -> None:
    """The bug issue 11 found, imported inside a function as a cold path would."""
    functions_dir = _function(
        tmp_path,
        "ingest_message",
        """\
        from careflow_tenant.tenants import cached_tenant_config

        def handler(event, context):
            from careflow_rds.tenant_loader import load_tenant_config
            return cached_tenant_config(event["t"]) or load_tenant_config(event["t"])
        """,
    )
    problems = contract.check_function(
        topology.FUNCTIONS["ingest_message"], sources, dependencies, functions_dir=functions_dir
    )
    assert _needs(problems) == [
        "ingest_message: needs module 'careflow_rds.tenant_loader'"
        " (functions/ingest_message/handler.py:4), which its bundle does not contain"
        " (layers: shared, tenant_context, streaming, dependencies)"
    ]


def test_third_party_modules_are_checked_against_the_dependency_layer(
    tmp_path, sources, dependencies
) -> None:
    # A lazy import deep in our own layer (careflow_tenant.client imports redis on first use).
    without_redis = dependencies - {"redis"}
    problems = contract.check_function(topology.FUNCTIONS["ingest_message"], sources, without_redis)
    lazy = "layers/tenant_context/python/careflow_tenant/client.py"
    assert [p.split(" (")[0] for p in _needs(problems)] == [
        f"ingest_message: needs module '{module}'"
        for module in (
            "redis",
            "redis.backoff",
            "redis.exceptions",
            "redis.retry",
        )
    ]
    assert all(
        f"({lazy}:" in p
        and p.endswith(
            "which its bundle does not contain (layers: shared, tenant_context, "
            "streaming, dependencies)"
        )
        for p in _needs(problems)
    )
    # A package requirements.txt does not install; the standard library is always there.
    functions_dir = _function(
        tmp_path, "api", "import json\n\ndef handler(e, c):\n    import yaml_not_installed\n"
    )
    problems = contract.check_function(
        topology.FUNCTIONS["api"], sources, dependencies, functions_dir=functions_dir
    )
    assert [p.module for p in problems if not p.unused] == ["yaml_not_installed"]


def test_type_checking_imports_never_run_and_are_not_required(tmp_path, sources) -> None:
    functions_dir = _function(
        tmp_path,
        "api",
        """\
        from typing import TYPE_CHECKING

        if TYPE_CHECKING:
            import mypy_boto3_s3

        def handler(e, c):
            return None
        """,
    )
    problems = contract.check_function(
        topology.FUNCTIONS["api"], sources, frozenset(), functions_dir=functions_dir
    )
    assert _needs(problems) == []


@pytest.mark.parametrize("function", sorted(topology.FUNCTIONS))
def test_each_handler_imports_from_its_real_bundle(function: str) -> None:
    result = bundle.run_like_lambda(function, "import handler", check=False)
    assert result.returncode == 0, f"{function}: {result.stderr[-2000:]}"
