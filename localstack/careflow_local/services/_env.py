"""The developer environment file ``localstack/dev.env``: one place for local ports and secrets.

The services read their ports and passwords from it (not from ``os.environ``), so a stray
``PGPORT`` in a developer's shell can never make ``up`` start Postgres somewhere unexpected.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlsplit

from careflow_local.env import parse_env_file

from ._base import LOCAL_SETUP_DIR, ServiceError

DEV_ENV_FILE = LOCAL_SETUP_DIR / "dev.env"


def load_dev_env(path: Path | None = None) -> dict[str, str]:
    """``localstack/dev.env`` (or ``path``) as a dict, parsed as the harness parses it."""
    return parse_env_file(path or DEV_ENV_FILE)


def apply_dev_env(path: Path | None = None) -> dict[str, str]:
    """Set every dev.env value as an ``os.environ`` default (existing variables win); return them."""
    values = load_dev_env(path)
    for key, value in values.items():
        os.environ.setdefault(key, value)
    return values


def require(env: Mapping[str, str], key: str) -> str:
    """A dev.env value that must be present; a clear error names the file when it is not."""
    try:
        return env[key]
    except KeyError:
        raise ServiceError(f"{key} is missing from {DEV_ENV_FILE}") from None


def port_of(value: str) -> int:
    """The port of ``host:port`` or of a URL such as ``redis://127.0.0.1:16379/0``."""
    netloc = value if "//" in value else f"//{value}"
    port = urlsplit(netloc).port
    if port is None:
        raise ServiceError(f"no port in {value!r} (from {DEV_ENV_FILE})")
    return port
