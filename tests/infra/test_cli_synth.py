"""``npx cdk synth -c env=prod`` works offline with the pinned CLI (package.json) and cdk.json.

This is the operator's path: the pinned ``aws-cdk`` CLI runs ``.venv/bin/python cdk/app.py``
from ``cdk.json``, reads the cloud assembly (schema compatibility of CLI and aws-cdk-lib), with no
AWS credentials and no network look-ups (``--no-lookups`` would fail on any).
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from .conftest import REPO_ROOT

CDK = REPO_ROOT / "node_modules" / ".bin" / "cdk"


def test_package_json_pins_cli_and_cdklocal() -> None:
    package = json.loads((REPO_ROOT / "package.json").read_text())
    deps = package["devDependencies"]
    assert deps["aws-cdk"][0].isdigit() and deps["aws-cdk-local"][0].isdigit(), (
        "exact pins, no ranges"
    )
    lock = json.loads((REPO_ROOT / "package-lock.json").read_text())
    assert lock["packages"]["node_modules/aws-cdk"]["version"] == deps["aws-cdk"]


def test_cli_synth_prod_offline(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("AWS_", "CDK_")) or k in ("AWS_REGION",)
    }
    env.update(
        {
            "AWS_ACCESS_KEY_ID": "",
            "AWS_SECRET_ACCESS_KEY": "",
            "AWS_EC2_METADATA_DISABLED": "true",
            "CDK_DISABLE_VERSION_CHECK": "1",
            "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20",
        }
    )
    out = tmp_path / "cdk.out"
    result = subprocess.run(
        [
            str(CDK),
            "synth",
            "-c",
            "env=prod",
            "--quiet",
            "--no-lookups",
            "--no-notices",
            "-o",
            str(out),
        ],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    template = json.loads((out / "careflow-prod.template.json").read_text())
    assert template["Resources"], "empty template"
