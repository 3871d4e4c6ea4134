"""The local environment: ``localstack/dev.env`` plus what the local CDK stage deployed."""

from __future__ import annotations

import json
import os
from pathlib import Path

from careflow_local.paths import CAREFLOW_HOME, REPO_ROOT

DEV_ENV = REPO_ROOT / "localstack" / "dev.env"
LOCAL_OUTPUTS = CAREFLOW_HOME / "local-outputs.json"

# local-outputs.json key -> environment variable the functions read
_OUTPUT_VARS = {
    "documents_bucket": "CAREFLOW_DOCUMENTS_BUCKET",
    "documents_kms_key_id": "CAREFLOW_DOCUMENTS_KMS_KEY_ID",
    "secrets_prefix": "CAREFLOW_SECRETS_PREFIX",
}


def parse_env_file(path: Path) -> dict[str, str]:
    """Parse a ``KEY=VALUE`` file (``#`` comment lines) into a dict.

    Blank lines and full-line comments are skipped, an ``export`` prefix and matching quotes
    around a value are removed. There are no inline comments: ``#`` may be part of a value.
    """
    values: dict[str, str] = {}
    for number, raw in enumerate(path.read_text().splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        line = line.removeprefix("export ").lstrip()
        key, sep, value = line.partition("=")
        if not sep or not key.strip():
            raise ValueError(f"{path}:{number}: expected KEY=VALUE, got {raw!r}")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        values[key.strip()] = value
    return values


def read_dev_env() -> dict[str, str]:
    return parse_env_file(DEV_ENV)


def apply_local_env() -> dict[str, str]:
    """Set the functions' environment as CDK would on AWS.

    Variables already set win over ``dev.env`` (so a developer can point at other services),
    but what the local CDK stage deployed wins over both: those names are the truth.
    """
    values = read_dev_env()
    deployed: dict[str, str] = {}
    if LOCAL_OUTPUTS.exists():
        outputs = json.loads(LOCAL_OUTPUTS.read_text())
        deployed = {var: str(outputs[key]) for key, var in _OUTPUT_VARS.items() if outputs.get(key)}
        values.update(deployed)
    values.setdefault("CAREFLOW_DB_HOST", values.get("PGHOST", "127.0.0.1"))
    values.setdefault("CAREFLOW_DB_PORT", values.get("PGPORT", "5432"))
    values.setdefault("CAREFLOW_SECRETS_PREFIX", "careflow/local/tenants")
    values.setdefault("POWERTOOLS_METRICS_NAMESPACE", "careflow")
    values.setdefault("POWERTOOLS_DEV", "false")
    for key, value in values.items():
        os.environ.setdefault(key, value)
    os.environ.update(deployed)
    from careflow_shared.settings import reset_settings

    reset_settings()
    return values
