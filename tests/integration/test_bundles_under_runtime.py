"""Each of the seven functions initialises from its own bundle, under the Lambda runtime.

The container runs the function's code asset, our merged layer and the dependency layer that the
CDK app deploys (``careflow_cdk.bundle``), with the runtime env's interpreter holding awslambdaric
only: a module the bundle lacks fails the init (``Runtime.ImportModuleError``), as on AWS. The
event is ``{}``: the handler may reject it, but only after its module was imported.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from careflow_local.container import FunctionError
from careflow_local.pool import Fleet
from careflow_shared.topology import FUNCTIONS

VENV = Path(sys.prefix).resolve()


@pytest.fixture(scope="module")
def fleet():
    fleet = Fleet()
    yield fleet
    fleet.stop()


@pytest.mark.parametrize("function", sorted(FUNCTIONS))
def test_the_handler_initialises_from_its_own_bundle(fleet, function):
    pool = fleet.pools[function]
    try:
        pool.invoke({})
    except FunctionError as exc:  # the handler refused the event: fine, if it was imported
        assert not exc.error_type.startswith("Runtime."), str(exc)
    containers = pool.containers()
    assert containers, "the container was ended: its init failed (see its log above)"
    [container] = containers
    assert container.alive and pool.cold_starts == 1
    [runtime_pid, *_] = container.runtime_pids()
    spec = fleet.spec(function)
    assert Path(f"/proc/{runtime_pid}/cwd").resolve() == spec.task_root.resolve()
    assert spec.task_root.name.startswith(f"{function}-")  # the packaged asset, not functions/
    # every extension module and file it mapped comes from the bundle, the runtime env or the
    # system: nothing from the project venv
    mapped = {
        line.split()[-1]
        for line in Path(f"/proc/{runtime_pid}/maps").read_text().splitlines()
        if line.split()[-1].startswith("/")
    }
    assert not [m for m in mapped if m.startswith(str(VENV))]
    layers = tuple(
        str(Path(p).resolve()) for p in fleet.spec(function).environment["PYTHONPATH"].split(":")
    )
    assert any(m.startswith(layers) for m in mapped), "no compiled module from the bundle's layers"
