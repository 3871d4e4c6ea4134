"""A function's environment variables: one definition for the CDK app and the local runtime.

Why here and pure (no ``aws_cdk`` import): the stack passes CloudFormation tokens (the proxy's
endpoint, the cluster's brokers), the local runtime (``careflow_local.lambda_env``) passes the
local services' addresses, and both get exactly the same variable names and fixed values. A
variable added for AWS therefore reaches the local containers too, and the other way round.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from careflow_shared.deadline import CONCURRENCY_ENV, RESERVE_ENV
from careflow_shared.topology import FUNCTIONS, FunctionSpec


@dataclass(frozen=True)
class Endpoints:
    """Where the shared resources are, for one environment (tokens on AWS, addresses locally)."""

    env_name: str
    db_host: str
    db_port: str
    db_name: str
    db_user: str
    redis_url: str
    kafka_bootstrap: str
    documents_bucket: str
    secrets_prefix: str
    db_auth: Literal["iam", "password"] = "iam"
    kafka_security: Literal["iam", "plaintext"] = "iam"
    redis_auth_secret: str | None = None
    documents_kms_key_id: str | None = None
    jwt_issuer: str | None = None
    jwt_audience: str | None = None
    otlp_endpoint: str | None = None
    """OTLP/HTTP receiver: the collector extension on AWS, Jaeger locally; None = no telemetry."""
    collector_config_uri: str | None = None
    """AWS only: where the collector extension finds its configuration (telemetry.py)."""
    metrics_remote_write_url: str | None = None
    """AWS only: the Managed Prometheus workspace's remote-write URL, read by that configuration."""


OTLP_PROTOCOL = "http/json"
"""What ``careflow_shared.telemetry.otlp_json`` sends (OTLP/HTTP, JSON encoding): the standard
exporter's protobuf transport cost 60 % of telemetry's cold start; every OTLP receiver (the
collector extension's, Jaeger's) takes both encodings on port 4318."""


def function_environment(
    function: str, at: Endpoints, spec: FunctionSpec | None = None
) -> dict[str, str]:
    """What ``lambda_.Function(environment=...)`` gets for ``function``; ``spec``: the function
    with its environment's settings (``careflow_cdk.pipeline``), else the topology's."""
    env = {
        "CAREFLOW_ENV": at.env_name,
        "CAREFLOW_DB_HOST": at.db_host,
        "CAREFLOW_DB_PORT": at.db_port,
        "CAREFLOW_DB_NAME": at.db_name,
        "CAREFLOW_DB_USER": at.db_user,
        "CAREFLOW_DB_AUTH": at.db_auth,
        "CAREFLOW_REDIS_URL": at.redis_url,
        "CAREFLOW_KAFKA_BOOTSTRAP": at.kafka_bootstrap,
        "CAREFLOW_KAFKA_SECURITY": at.kafka_security,
        "CAREFLOW_DOCUMENTS_BUCKET": at.documents_bucket,
        "CAREFLOW_SECRETS_PREFIX": at.secrets_prefix,
        "POWERTOOLS_SERVICE_NAME": f"careflow-{function.replace('_', '-')}",
        "POWERTOOLS_METRICS_NAMESPACE": "careflow",
        # Event bodies and responses carry patient data: never into logs or traces.
        "POWERTOOLS_LOGGER_LOG_EVENT": "false",
        "POWERTOOLS_TRACER_CAPTURE_RESPONSE": "false",
        "POWERTOOLS_TRACER_CAPTURE_ERROR": "false",
        "LOG_LEVEL": "DEBUG" if at.env_name == "dev" else "INFO",
    }
    spec = spec or FUNCTIONS.get(function)
    if spec is not None:
        # The batch runner's knobs (careflow_streaming.batch), from the one topology table.
        env[CONCURRENCY_ENV] = str(spec.batch_concurrency)
        env[RESERVE_ENV] = str(spec.deadline_reserve_ms)
    if at.redis_auth_secret:
        env["CAREFLOW_REDIS_AUTH_SECRET"] = at.redis_auth_secret
    if at.documents_kms_key_id:
        env["CAREFLOW_DOCUMENTS_KMS_KEY_ID"] = at.documents_kms_key_id
    if at.jwt_issuer:
        env["CAREFLOW_JWT_ISSUER"] = at.jwt_issuer
        env["CAREFLOW_JWT_AUDIENCE"] = at.jwt_audience or ""
    env.update(telemetry_environment(function, at))
    return env


def telemetry_environment(function: str, at: Endpoints) -> dict[str, str]:
    """The standard OpenTelemetry variables (the only ones the functions' telemetry module reads).

    Without an OTLP endpoint nothing is set, and telemetry stays a no-op; with one, the same
    names go to a local container (Jaeger on 127.0.0.1:4318) and to Lambda (the collector
    extension on localhost:4318), so what a developer sees locally is what runs on AWS.
    """
    if not at.otlp_endpoint:
        return {}
    env = {
        "OTEL_SERVICE_NAME": function,
        "OTEL_EXPORTER_OTLP_ENDPOINT": at.otlp_endpoint,
        "OTEL_EXPORTER_OTLP_PROTOCOL": OTLP_PROTOCOL,
        # Never the tenant: a resource attribute would tag every span of a shared container.
        "OTEL_RESOURCE_ATTRIBUTES": f"deployment.environment={at.env_name}",
    }
    if at.collector_config_uri:
        env["OPENTELEMETRY_COLLECTOR_CONFIG_URI"] = at.collector_config_uri
    if at.metrics_remote_write_url:
        env["CAREFLOW_AMP_REMOTE_WRITE_URL"] = at.metrics_remote_write_url
    return env
