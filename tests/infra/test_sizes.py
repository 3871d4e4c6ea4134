"""Each function's unzipped size with its layers, printed, and far below Lambda's 250 MB."""

from __future__ import annotations

from careflow_cdk.packaging import requirements_hash
from careflow_cdk.sizes import BUDGET_BYTES, LAMBDA_LIMIT_BYTES, format_report, report

from .conftest import Synth


def test_unzipped_sizes_far_below_the_limit() -> None:
    rows = report("x86_64")
    print("\n" + format_report(rows))
    for row in rows:
        assert row.total < LAMBDA_LIMIT_BYTES
        assert row.total < BUDGET_BYTES, (
            f"{row.name}: {row.total / 2**20:.1f} MiB exceeds the 180 MiB budget"
        )


def test_synthesized_functions_match_the_report(synths: dict[str, Synth]) -> None:
    """The figures describe what the stack packages: the same merged layers and dependency layer."""
    synth = synths["prod"]
    synth.require()
    assert synth.stack is not None
    functions = synth.stack.functions
    for row in report(synth.stack.cfg.lambda_architecture):
        built = functions.functions[row.name]
        assert built.layer_names == row.layer_names
        assert functions.code_layer_dirs[built.layer_names].parent.name.startswith(
            "+".join(row.layer_names)
        )
        if functions.dependency_layer_build.requirements_hash == requirements_hash():
            assert functions.unzipped_sizes(row.name)["dependencies"] == row.dependencies
