"""Build a Go program from the Go module proxy at a pinned version, once, into a cached folder.

``go install pkg@version`` refuses modules with ``replace`` directives (Jaeger has them), so the
program is built through a throw-away module of ours: ``go mod init`` + ``go get -tool`` +
``go build``. The build happens in a staging folder renamed into place at the end, so an
interrupted build never counts as installed.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from ._base import ServiceError, run


def build_go_program(package: str, version: str, binary: Path, *, why: str) -> None:
    """Build ``package@version`` into ``binary`` (its folder is replaced as a whole).

    ``why`` names what needs Go, for the error a machine without Go gets.
    """
    go = shutil.which("go")
    if go is None:
        raise ServiceError(f"Go is needed once to build {why} (apt install golang, or go.dev/dl)")
    final = binary.parent
    staging = final.with_name(f".staging-{final.name}-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    env = {**os.environ, "GOFLAGS": "-mod=mod", "GOTOOLCHAIN": "local"}
    try:
        run([go, "mod", "init", f"careflow.local/{binary.name}"], cwd=staging, env=env, timeout=60)
        run([go, "get", "-tool", f"{package}@{version}"], cwd=staging, env=env, timeout=900)
        run(
            [go, "build", "-o", str(staging / binary.name), package],
            cwd=staging,
            env=env,
            timeout=2400,
        )
        for leftover in ("go.mod", "go.sum"):
            (staging / leftover).unlink(missing_ok=True)
        shutil.rmtree(final, ignore_errors=True)
        staging.rename(final)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
