"""Environment configuration, read from ``cdk.json`` context — never from an AWS account.

Every size, retention and switch that differs between ``dev``, ``staging`` and ``prod`` lives in
``cdk.json`` under ``careflow:environments``; the stack code only reads :class:`EnvConfig`. That
keeps ``npx cdk synth -c env=prod`` offline (no look-ups) and lets the tests synthesize every
environment from the same file the operators deploy with.

Individual values can be overridden on the command line without editing ``cdk.json``:
``-c env=prod -c account=123456789012 -c jwtIssuer=https://... -c jwtAudience=...``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from typing import Any, Literal

from constructs import Node

ENVIRONMENTS: tuple[str, ...] = ("dev", "staging", "prod")
LOCAL = "local"


class ConfigError(ValueError):
    """A context value is missing or wrong; raised at synth time, before anything is built."""


@dataclass(frozen=True)
class EnvConfig:
    """One deployment environment. Field names are the camelCase keys of ``cdk.json`` in snake case."""

    name: str
    region: str
    availability_zones: tuple[str, ...]
    account: str | None = None

    # network
    vpc_cidr: str = "10.40.0.0/16"
    nat_gateways: int = 1
    interface_endpoints: tuple[str, ...] = ()

    # data safety switches: RETAIN + deletion protection outside dev
    retain_data: bool = True
    log_retention_days: int = 30

    # RDS PostgreSQL
    db_engine_version: str = "17.9"
    db_instance_type: str = "t4g.micro"
    db_allocated_storage_gb: int = 20
    db_max_allocated_storage_gb: int = 100
    db_multi_az: bool = False
    db_backup_retention_days: int = 7
    db_monitoring_interval_s: int = 60
    db_performance_insights: bool = True

    # ElastiCache Redis (replication group; replicas > 0 enables automatic failover)
    redis_node_type: str = "cache.t4g.micro"
    redis_replicas: int = 0
    redis_snapshot_retention_days: int = 1
    redis_engine_version: str = "7.1"

    # MSK (provisioned: AWS::MSK::Topic needs it; see streaming.py)
    kafka_version: str = "4.1.x.kraft"  # the local broker runs Apache Kafka 4.1.2
    msk_broker_instance_type: str = "kafka.t3.small"
    msk_broker_count: int = 2
    msk_volume_gb: int = 20
    topic_replication_factor: int = 2
    min_insync_replicas: int = 1
    msk_log_retention_hours: int = 168

    # Lambda
    lambda_architecture: Literal["x86_64", "arm64"] = "x86_64"
    reserved_concurrency: dict[str, int] = field(default_factory=dict)
    esm_min_pollers: int = 1
    esm_max_pollers: int = 2
    esm_shared_poller_group: bool = True
    """Share one provisioned poller group across the mappings (fewer Event Poller Units billed)."""

    # API
    api_throttle_rate: int = 50
    api_throttle_burst: int = 100
    jwt_issuer: str | None = None
    jwt_audience: tuple[str, ...] = ()
    auth_domain_prefix: str | None = None
    """Cognito domain prefix (unique per region across all of AWS); default ``<prefix>-staff``."""
    custom_domain: str | None = None
    certificate_arn: str | None = None

    # documents bucket lifecycle
    documents_ia_after_days: int = 90
    documents_noncurrent_expire_days: int = 365
    access_logs_expire_days: int = 365

    # observability
    alarm_email: str | None = None
    lag_alarm_seconds: int = 300

    # telemetry (telemetry.py): OTLP -> collector extension -> X-Ray and Managed Prometheus
    telemetry: bool = True
    """Collector extension layer + OTEL_* variables on every function; off = no exporter at all."""
    grafana: bool = False
    """An Amazon Managed Grafana workspace (IAM Identity Center sign-in) reading AMP and X-Ray."""
    otel_collector_layer_arn: str | None = None
    """Override of the ADOT collector layer (default: AWS's published layer, telemetry.py)."""

    @property
    def is_prod(self) -> bool:
        return self.name == "prod"

    @property
    def prefix(self) -> str:
        """Resource name prefix: short, lower-case, unique per environment in one account."""
        return f"careflow-{self.name}"

    @property
    def secrets_prefix(self) -> str:
        """Tenant channel secrets live under ``careflow/<env>/tenants/<tenant>/<channel>``."""
        return f"careflow/{self.name}/tenants"

    def concurrency_for(self, function: str, topology_value: int | None) -> int:
        """Topology wins when it pins a value; otherwise the environment's table; else 5."""
        if topology_value is not None:
            return topology_value
        return self.reserved_concurrency.get(function, self.reserved_concurrency.get("default", 5))


_TUPLE_FIELDS = {"availability_zones", "interface_endpoints", "jwt_audience"}


def _snake(key: str) -> str:
    out = []
    for ch in key:
        if ch.isupper():
            out.append("_" + ch.lower())
        else:
            out.append(ch)
    return "".join(out)


def _coerce(name: str, value: Any) -> Any:
    if name in _TUPLE_FIELDS:
        if isinstance(value, str):
            return tuple(v.strip() for v in value.split(",") if v.strip())
        return tuple(value)
    return value


def from_mapping(
    name: str, raw: dict[str, Any], overrides: dict[str, Any] | None = None
) -> EnvConfig:
    """Build an :class:`EnvConfig` from a ``cdk.json`` block, rejecting unknown keys (typos)."""
    known = {f.name for f in fields(EnvConfig)}
    values: dict[str, Any] = {"name": name}
    for key, value in {**raw, **(overrides or {})}.items():
        attr = _snake(key)
        if attr not in known:
            raise ConfigError(f"careflow:environments.{name}: unknown key {key!r}")
        values[attr] = _coerce(attr, value)
    if "region" not in values or "availability_zones" not in values:
        raise ConfigError(
            f"careflow:environments.{name}: 'region' and 'availabilityZones' are required"
        )
    cfg = EnvConfig(**values)
    _validate(cfg)
    return cfg


def _validate(cfg: EnvConfig) -> None:
    if len(cfg.availability_zones) < 2:
        raise ConfigError(
            f"{cfg.name}: RDS subnet groups and MSK need at least two availability zones"
        )
    if cfg.msk_broker_count % len(cfg.availability_zones) != 0:
        raise ConfigError(f"{cfg.name}: mskBrokerCount must be a multiple of the number of AZs")
    if cfg.topic_replication_factor > cfg.msk_broker_count:
        raise ConfigError(f"{cfg.name}: topicReplicationFactor exceeds mskBrokerCount")
    if cfg.min_insync_replicas >= cfg.topic_replication_factor and cfg.topic_replication_factor > 1:
        raise ConfigError(f"{cfg.name}: minInsyncReplicas must be below topicReplicationFactor")
    if cfg.grafana and not cfg.telemetry:
        raise ConfigError(f"{cfg.name}: grafana needs telemetry (it reads what telemetry sends)")
    if cfg.jwt_issuer and not cfg.jwt_audience:
        raise ConfigError(f"{cfg.name}: jwtIssuer needs jwtAudience")


# Command-line context keys that override the selected environment's block.
_CLI_OVERRIDES = (
    "account",
    "region",
    "jwtIssuer",
    "jwtAudience",
    "authDomainPrefix",
    "alarmEmail",
    "customDomain",
    "certificateArn",
    "otelCollectorLayerArn",
)


def load(node: Node) -> EnvConfig:
    """Read ``-c env=<name>`` (default ``dev``) and that environment's block from context."""
    name = str(node.try_get_context("env") or "dev")
    if name not in ENVIRONMENTS:
        raise ConfigError(
            f"unknown env {name!r}; expected one of {', '.join(ENVIRONMENTS)} (or the local stage)"
        )
    envs = node.try_get_context("careflow:environments") or {}
    if name not in envs:
        raise ConfigError(f"cdk.json has no careflow:environments.{name} block")
    overrides = {
        k: node.try_get_context(k) for k in _CLI_OVERRIDES if node.try_get_context(k) is not None
    }
    if (
        "account" not in overrides
        and os.environ.get("CDK_DEFAULT_ACCOUNT")
        and envs[name].get("account") is None
    ):
        # `cdk deploy` with credentials fills this in; synth without credentials stays account-agnostic.
        overrides["account"] = os.environ["CDK_DEFAULT_ACCOUNT"]
    return from_mapping(name, dict(envs[name]), overrides)
