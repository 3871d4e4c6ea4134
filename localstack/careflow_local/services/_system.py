"""Operating-system packages (Debian/apt) and the OS user Postgres must run as.

A fresh machine has no Postgres, Redis, Java or Maven; ``up`` installs the missing ones in one
``apt-get install`` before any service starts, because apt/dpkg take a global lock and cannot
run in parallel with themselves.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence

from ._base import ServiceError, run


def is_root() -> bool:
    return os.geteuid() == 0


def _privileged(cmd: list[str]) -> list[str]:
    """Prefix ``sudo`` when not root (a developer laptop); root in CI/containers needs nothing."""
    if is_root():
        return cmd
    if shutil.which("sudo") is None:
        raise ServiceError(f"`{' '.join(cmd)}` needs root and sudo is not available")
    return ["sudo", "--preserve-env=DEBIAN_FRONTEND", *cmd]


def apt_install(packages: Sequence[str]) -> None:
    """``apt-get update`` once, then install ``packages`` without recommends (keeps it small)."""
    if not packages:
        return
    if shutil.which("apt-get") is None:
        raise ServiceError(
            f"missing system packages {', '.join(packages)} and no apt-get to install them; "
            "install them with your package manager and re-run"
        )
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run(_privileged(["apt-get", "update", "-qq"]), env=env)
    run(
        _privileged(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages]),
        env=env,
    )


def as_user(user: str, cmd: Sequence[str]) -> list[str]:
    """Run ``cmd`` as ``user`` when we are root (initdb/postgres refuse to run as root)."""
    if not is_root():
        return list(cmd)
    return ["runuser", "-u", user, "--", *cmd]
