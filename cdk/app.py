#!/usr/bin/env python3
"""CDK entry point: ``npx cdk synth -c env=prod`` (dev | staging | prod | local).

``cdk.json`` runs this with the project's venv (``.venv/bin/python cdk/app.py``). The folder
``cdk/`` is put on ``sys.path`` so the package imports as ``careflow_cdk`` — never as ``cdk``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# Node 20 is what this machine has; jsii prints a large EOL banner on every synth otherwise.
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

from aws_cdk import App

from careflow_cdk.stack import build


def main() -> None:
    app = App()
    build(app)
    app.synth()


if __name__ == "__main__":
    main()
