"""Where things are, and the import path that mirrors Lambda's ``/opt/python``."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from careflow_local import __file__ as _pkg_file

if TYPE_CHECKING:
    from careflow_cdk.pipeline import PipelineSettings

REPO_ROOT = Path(_pkg_file).resolve().parents[2]
FUNCTIONS_DIR = REPO_ROOT / "functions"
EVENTS_DIR = REPO_ROOT / "events"
CAREFLOW_HOME = Path(os.environ.get("CAREFLOW_HOME", REPO_ROOT / ".careflow"))

# Every layer's python/ folder, as Lambda merges them into /opt/python.
LAYER_PATHS = [
    REPO_ROOT / "shared" / "python",
    *(p / "python" for p in sorted((REPO_ROOT / "layers").iterdir()) if (p / "python").is_dir()),
]


def ensure_layer_paths() -> None:
    for path in reversed(LAYER_PATHS):
        if str(path) not in sys.path:
            sys.path.insert(0, str(path))


ensure_layer_paths()


CDK_DIR = REPO_ROOT / "cdk"


def ensure_cdk_path() -> None:
    """Put ``cdk/`` on ``sys.path`` for ``careflow_cdk``'s pure modules (bundles, environment);
    the harness builds a function's bundle exactly as the stack packages it."""
    if str(CDK_DIR) not in sys.path:
        sys.path.append(str(CDK_DIR))


def local_pipeline() -> PipelineSettings:
    """The ``local`` block of cdk.json's ``careflow:pipeline``: batch sizes, batching windows,
    timeouts, batch concurrency and partitions, the same file the CDK app deploys from."""
    ensure_cdk_path()
    from careflow_cdk.pipeline import local

    return local()
