"""Where things are in the repository, and the one import of the shared topology table.

The CDK app must read ``careflow_shared.topology`` — the same table the local harness reads — so
that local and cloud cannot drift. ``careflow_shared`` lives in the ``shared`` layer folder
(``shared/python``), which is put on ``sys.path`` here exactly as Lambda puts ``/opt/python``.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO_ROOT: Path = Path(__file__).resolve().parents[2]
SHARED_PYTHON: Path = REPO_ROOT / "shared" / "python"
FUNCTIONS_DIR: Path = REPO_ROOT / "functions"
BUILD_DIR: Path = REPO_ROOT / ".careflow" / "build"
REQUIREMENTS: Path = REPO_ROOT / "requirements.txt"

if str(SHARED_PYTHON) not in sys.path:
    sys.path.insert(0, str(SHARED_PYTHON))

from careflow_shared import topology  # noqa: E402  (import after the path is set, on purpose)

__all__ = ["BUILD_DIR", "FUNCTIONS_DIR", "REPO_ROOT", "REQUIREMENTS", "SHARED_PYTHON", "topology"]
