"""cfn-lint on every synthesized template: zero errors (warnings are printed, not fatal)."""

from __future__ import annotations

from cfnlint.api import ManualArgs, lint_file

from .conftest import Synth


def test_cfn_lint_has_no_errors(synth: Synth) -> None:
    region = synth.stack.region if synth.stack else "eu-central-1"
    matches = lint_file(synth.template_path, config=ManualArgs(regions=[region]))
    errors = [m for m in matches if m.rule.id.startswith("E")]
    warnings = sorted({m.rule.id for m in matches if m.rule.id.startswith("W")})
    print(f"\ncfn-lint {synth.env}: {len(errors)} errors, warnings {warnings}")
    assert not errors, "\n".join(f"{m.rule.id} {m.message} ({m.path})" for m in errors)
