"""Synthesize every environment once per test session; every infra test reads these results.

Synth is the slow part (~10 s per environment with the nag packs), so it happens here, once,
into a session temp folder. A synth that fails on cdk-nag or CloudFormation validation does not
abort the session: the report is kept and ``test_nag`` shows it, while other tests skip.
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO_ROOT / "cdk"))
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

from aws_cdk import App  # noqa: E402
from aws_cdk.assertions import Template  # noqa: E402

from careflow_cdk.config import ENVIRONMENTS  # noqa: E402
from careflow_cdk.stack import CareflowStack, build, stack_name  # noqa: E402

CDK_CONTEXT: dict[str, Any] = json.loads((REPO_ROOT / "cdk.json").read_text())["context"]


@dataclass
class Synth:
    env: str
    outdir: Path
    stack: CareflowStack | None = None
    template: dict[str, Any] = field(default_factory=dict)
    violations: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None
    seconds: float = 0.0
    _assertions: Template | None = None

    @property
    def tpl(self) -> Template:
        """``aws_cdk.assertions.Template`` of this environment, built once."""
        if self._assertions is None:
            self._assertions = Template.from_json(
                self.template, skip_cyclical_dependencies_check=True
            )
        return self._assertions

    @property
    def template_path(self) -> Path:
        return self.outdir / f"{stack_name(self.env)}.template.json"

    def resources(self, type_: str) -> dict[str, dict[str, Any]]:
        return {k: v for k, v in self.template.get("Resources", {}).items() if v["Type"] == type_}

    def require(self) -> None:
        if self.error:
            pytest.fail(f"synth of {self.env} failed: {self.error}")


def synthesize(env: str, outdir: Path) -> Synth:
    result = Synth(env=env, outdir=outdir)
    started = time.perf_counter()
    # Path metadata as the CLI writes it, so acknowledgments are listed by construct path.
    app = App(context={**CDK_CONTEXT, "aws:cdk:enable-path-metadata": True}, outdir=str(outdir))
    try:
        stack = build(app, env)
        assert isinstance(stack, CareflowStack)
        result.stack = stack
        app.synth()
    except Exception as exc:
        result.error = str(exc)[:4000]
        report = outdir / "validation-report.json"
        if report.exists():
            for plugin in json.loads(report.read_text()).get("pluginReports", []):
                for violation in plugin.get("violations", []):
                    for construct in violation.get("violatingConstructs", []):
                        result.violations.append(
                            {
                                "plugin": plugin.get("pluginName"),
                                "rule": violation.get("ruleName"),
                                "severity": violation.get("severity"),
                                "path": construct.get("constructPath"),
                            }
                        )
    if result.template_path.exists():
        result.template = json.loads(result.template_path.read_text())
    result.seconds = time.perf_counter() - started
    return result


@pytest.fixture(scope="session")
def synths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Synth]:
    results = {env: synthesize(env, tmp_path_factory.mktemp(f"cdk-{env}")) for env in ENVIRONMENTS}
    print("\nsynth seconds: " + ", ".join(f"{e}={r.seconds:.1f}" for e, r in results.items()))
    return results


@pytest.fixture(scope="session", params=ENVIRONMENTS)
def synth(request: pytest.FixtureRequest, synths: dict[str, Synth]) -> Synth:
    result = synths[request.param]
    result.require()
    return result
