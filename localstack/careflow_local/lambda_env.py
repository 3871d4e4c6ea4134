"""A local container's environment: what the CDK app sets, with local values, plus what Lambda sets.

The variable names and fixed values come from ``careflow_cdk.lambda_env.function_environment`` —
the very function the stack calls — so local and AWS cannot drift. Locally the endpoints are the
local services (``localstack/dev.env`` + the local CDK stage's outputs, see ``env.py``), and a
few variables exist only here: the Postgres password (IAM auth on AWS), LocalStack's endpoint and
test credentials (the function's role on AWS), and the provider simulators' addresses.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from careflow_local.paths import ensure_cdk_path
from careflow_shared.topology import FunctionSpec

LOCAL_ONLY_VARS: tuple[str, ...] = (
    "CAREFLOW_DB_PASSWORD",
    "AWS_ENDPOINT_URL",
    "AWS_ENDPOINT_URL_S3",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "CAREFLOW_META_GRAPH_URL",
    "CAREFLOW_META_GRAPH_VERSION",
    "CAREFLOW_ONLYCHANNEL_URL",
    "CAREFLOW_DOKTOR365_URL",
    "CAREFLOW_META_MEDIA_HOSTS",
    "OTEL_EXPORTER_OTLP_ENDPOINT",
    "OTEL_EXPORTER_OTLP_PROTOCOL",
    "CAREFLOW_PROFILE_DIR",  # careflow_shared.profiling
    "CAREFLOW_DB_POOL_SIZE",  # careflow_rds.connection, careflow_agents.checkpoint
    "OTEL_SDK_DISABLED",
)
"""Local stand-ins for what AWS provides otherwise (role credentials, IAM auth, real providers;
on AWS the collector's endpoint comes from ``careflow_cdk.telemetry``)."""


def function_environment(
    function: str, source: Mapping[str, str] | None = None, spec: FunctionSpec | None = None
) -> dict[str, str]:
    """The CDK app's environment for ``function``, filled with the local endpoints; ``spec``:
    the function with the harness's settings (cdk.json's ``local`` block)."""
    ensure_cdk_path()
    from careflow_cdk.lambda_env import Endpoints
    from careflow_cdk.lambda_env import function_environment as cdk_environment

    env = os.environ if source is None else source
    at = Endpoints(
        env_name=env.get("CAREFLOW_ENV", "local"),
        db_host=env.get("CAREFLOW_DB_HOST") or env.get("PGHOST", "127.0.0.1"),
        db_port=env.get("CAREFLOW_DB_PORT") or env.get("PGPORT", "5432"),
        db_name=env.get("CAREFLOW_DB_NAME", "careflow"),
        db_user=env.get("CAREFLOW_DB_USER", "careflow_app"),
        db_auth="iam" if env.get("CAREFLOW_DB_AUTH") == "iam" else "password",
        redis_url=env["CAREFLOW_REDIS_URL"],
        kafka_bootstrap=env["CAREFLOW_KAFKA_BOOTSTRAP"],
        kafka_security="iam" if env.get("CAREFLOW_KAFKA_SECURITY") == "iam" else "plaintext",
        documents_bucket=env["CAREFLOW_DOCUMENTS_BUCKET"],
        documents_kms_key_id=env.get("CAREFLOW_DOCUMENTS_KMS_KEY_ID") or None,
        secrets_prefix=env.get("CAREFLOW_SECRETS_PREFIX", "careflow/local/tenants"),
        jwt_issuer=env.get("CAREFLOW_JWT_ISSUER") or None,
        jwt_audience=env.get("CAREFLOW_JWT_AUDIENCE") or None,
        otlp_endpoint=env.get("OTEL_EXPORTER_OTLP_ENDPOINT") or None,
    )
    values = cdk_environment(function, at, spec)
    values.update({k: env[k] for k in LOCAL_ONLY_VARS if env.get(k)})
    if env.get("CAREFLOW_OTEL_OFF_IN_TEST_PROCESS_ONLY") == "1":
        # tests/conftest.py switched telemetry off for the test process, not for the functions
        values.pop("OTEL_SDK_DISABLED", None)
    return values


def lambda_environment(
    spec: FunctionSpec,
    *,
    task_root: Path,
    layers: Sequence[Path],
    function_name: str,
    region: str,
) -> dict[str, str]:
    """The variables Lambda itself sets in a python3.13 execution environment (AWS's
    "defined runtime environment variables"), with this machine's folders for ``/var/task``
    and ``/opt/python``. ``PYTHONDONTWRITEBYTECODE``: ``/var/task`` and ``/opt`` are read-only."""
    return {
        "_HANDLER": spec.handler,
        "AWS_EXECUTION_ENV": "AWS_Lambda_python3.13",
        "AWS_LAMBDA_FUNCTION_NAME": function_name,
        "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": str(spec.memory_mb),
        "AWS_LAMBDA_FUNCTION_TIMEOUT": str(spec.timeout_s),  # read by the emulator
        "AWS_LAMBDA_FUNCTION_VERSION": "$LATEST",
        "AWS_LAMBDA_INITIALIZATION_TYPE": "snap-start" if spec.snap_start else "on-demand",
        "AWS_LAMBDA_LOG_GROUP_NAME": f"/aws/lambda/{function_name}",
        "AWS_LAMBDA_LOG_STREAM_NAME": "local/[$LATEST]",
        "AWS_REGION": region,
        "AWS_DEFAULT_REGION": region,
        "LAMBDA_TASK_ROOT": str(task_root),
        "LAMBDA_RUNTIME_DIR": "/var/runtime",
        "LANG": "en_US.UTF-8",
        "TZ": ":UTC",
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "PYTHONPATH": os.pathsep.join(str(p) for p in layers),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
