"""Telemetry on AWS: OTLP from every function to X-Ray (traces) and Managed Prometheus (metrics).

How OTLP leaves a function (see the README's Design decisions): the functions' SDK exports
OTLP/HTTP to ``localhost:4318`` — the same standard ``OTEL_*`` variables as locally, where Jaeger
listens there — and the **ADOT collector extension layer** (collector only, no language layer)
signs with the function's role and forwards traces to X-Ray's OTLP endpoint and metrics to this
environment's AMP workspace by remote write. Its configuration is ``cdk/collector_layer``, shipped
as a tiny layer of ours.

What this construct owns:

- the AMP workspace (KMS: the ``logs`` key), and one ``AWS::APS::RuleGroupsNamespace`` per
  Prometheus rules file of ``monitoring/prometheus/rules`` (``RULES_DIR``; tests point the
  ``careflow:prometheusRulesDir`` context at their fixtures) — alert rules run in AMP's ruler and
  its alert manager notifies the same SNS topic as the CloudWatch alarms (:meth:`connect_alerts`);
- per function: the two collector layers, ``aps:RemoteWrite`` on this workspace only,
  ``xray:PutSpans`` and the ``OTEL_*``/collector variables (through ``lambda_env``);
- optionally (``grafana`` in ``cdk.json``) an Amazon Managed Grafana workspace whose role may only
  query this AMP workspace and read X-Ray.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from aws_cdk import RemovalPolicy, Stack
from aws_cdk import aws_aps as aps
from aws_cdk import aws_grafana as grafana
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sns as sns
from constructs import Construct

from .config import EnvConfig
from .keys import Keys
from .paths import REPO_ROOT

RULES_DIR: Path = REPO_ROOT / "monitoring" / "prometheus" / "rules"
"""Prometheus recording/alert rules (written by the monitoring work); each ``*.yml`` becomes one
rule groups namespace. Override with ``-c careflow:prometheusRulesDir=<dir>``."""
RULES_DIR_CONTEXT = "careflow:prometheusRulesDir"

COLLECTOR_LAYER_DIR: Path = REPO_ROOT / "cdk" / "collector_layer"
COLLECTOR_CONFIG_URI = "/opt/careflow/collector.yaml"
"""Where Lambda unpacks ``cdk/collector_layer/careflow/collector.yaml``."""
OTLP_ENDPOINT = "http://localhost:4318"
"""The collector extension's OTLP/HTTP receiver, inside the execution environment."""

ADOT_LAYER_ACCOUNT = "901920570463"
ADOT_COLLECTOR_VERSION = "0-156-0"
"""ADOT collector for Lambda built on OpenTelemetry Collector v0.156.0 (ADOT v0.49.0, Aug 2026)."""
ADOT_LAYER_VERSION = 1

XRAY_OTLP_ACTIONS = ("xray:PutSpans", "xray:PutSpansForIndexing")
"""Writing to X-Ray's OTLP endpoint; no resource-level form exists."""
REMOTE_WRITE_ACTIONS = ("aps:RemoteWrite",)
GRAFANA_AMP_ACTIONS = (
    "aps:QueryMetrics",
    "aps:GetSeries",
    "aps:GetLabels",
    "aps:GetMetricMetadata",
    "aps:DescribeWorkspace",
)
GRAFANA_XRAY_ACTIONS = (
    "xray:BatchGetTraces",
    "xray:GetTraceSummaries",
    "xray:GetTraceGraph",
    "xray:GetServiceGraph",
    "xray:GetGroups",
    "xray:GetTimeSeriesServiceStatistics",
    "xray:GetInsightSummaries",
    "xray:GetInsight",
)


class RulesFileError(ValueError):
    """A rules file is not a Prometheus rules file; raised at synth, not at deploy."""


def adot_collector_layer_arn(stack: Stack, architecture: str) -> str:
    """AWS's published collector-only layer for this region and architecture."""
    arch = "arm64" if architecture == "arm64" else "amd64"
    return (
        f"arn:{stack.partition}:lambda:{stack.region}:{ADOT_LAYER_ACCOUNT}:layer:"
        f"aws-otel-collector-{arch}-ver-{ADOT_COLLECTOR_VERSION}:{ADOT_LAYER_VERSION}"
    )


def rule_files(rules_dir: Path) -> dict[str, str]:
    """``namespace name -> file text`` for every rules file, each checked to be a rules file."""
    found: dict[str, str] = {}
    if not rules_dir.is_dir():
        return found
    for path in sorted([*rules_dir.glob("*.yml"), *rules_dir.glob("*.yaml")]):
        text = path.read_text()
        doc: Any = yaml.safe_load(text)
        groups = doc.get("groups") if isinstance(doc, dict) else None
        if not isinstance(groups, list) or not groups:
            raise RulesFileError(f"{path}: no 'groups' list (not a Prometheus rules file)")
        for group in groups:
            if not isinstance(group, dict) or not group.get("name") or not group.get("rules"):
                raise RulesFileError(f"{path}: every group needs a name and rules")
        found[f"careflow-{path.stem}"] = text
    return found


class Telemetry(Construct):
    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        cfg: EnvConfig,
        keys: Keys,
        rules_dir: Path = RULES_DIR,
    ) -> None:
        super().__init__(scope, construct_id)
        self.cfg = cfg
        self._keys = keys
        stack = Stack.of(self)
        self.workspace = aps.CfnWorkspace(
            self,
            "Prometheus",
            alias=cfg.prefix,
            kms_key_arn=keys.logs.key_arn,
        )
        self.workspace.apply_removal_policy(
            RemovalPolicy.RETAIN if cfg.retain_data else RemovalPolicy.DESTROY
        )
        # The endpoint attribute ends in "/".
        self.remote_write_url = f"{self.workspace.attr_prometheus_endpoint}api/v1/remote_write"

        self.rule_namespaces: dict[str, aps.CfnRuleGroupsNamespace] = {
            name: aps.CfnRuleGroupsNamespace(
                self, f"Rules-{name}", workspace=self.workspace.attr_arn, name=name, data=text
            )
            for name, text in rule_files(rules_dir).items()
        }

        self.collector_layer = lambda_.LayerVersion.from_layer_version_arn(
            self,
            "CollectorExtension",
            cfg.otel_collector_layer_arn
            or adot_collector_layer_arn(stack, cfg.lambda_architecture),
        )
        self.collector_config_layer = lambda_.LayerVersion(
            self,
            "CollectorConfig",
            layer_version_name=f"{cfg.prefix}-collector-config",
            code=lambda_.Code.from_asset(str(COLLECTOR_LAYER_DIR)),
            description="careflow: the collector extension's configuration (X-Ray, AMP)",
            removal_policy=RemovalPolicy.RETAIN,
        )
        self.grafana: grafana.CfnWorkspace | None = None
        self.grafana_policy: iam.ManagedPolicy | None = None
        if cfg.grafana:
            self._grafana()

    # --- what every function gets -------------------------------------------------------------
    @property
    def layers(self) -> list[lambda_.ILayerVersion]:
        return [self.collector_layer, self.collector_config_layer]

    def endpoint_settings(self) -> dict[str, str]:
        """The ``lambda_env.Endpoints`` fields that switch a function's telemetry on."""
        return {
            "otlp_endpoint": OTLP_ENDPOINT,
            "collector_config_uri": COLLECTOR_CONFIG_URI,
            "metrics_remote_write_url": self.remote_write_url,
        }

    def function_statements(self) -> list[iam.PolicyStatement]:
        return [
            iam.PolicyStatement(
                sid="XRayOtlpSpans", actions=list(XRAY_OTLP_ACTIONS), resources=["*"]
            ),
            iam.PolicyStatement(
                sid="PrometheusRemoteWrite",
                actions=list(REMOTE_WRITE_ACTIONS),
                resources=[self.workspace.attr_arn],
            ),
        ]

    # --- alerts: AMP's alert manager -> the alarm topic ---------------------------------------
    def connect_alerts(self, topic: sns.ITopic) -> None:
        """Route every firing rule of the ruler to ``topic`` (the CloudWatch alarms' topic)."""
        stack = Stack.of(self)
        self.workspace.alert_manager_definition = (
            "alertmanager_config: |\n"
            "  route:\n"
            "    receiver: careflow-alarms\n"
            "    group_by: [alertname, tenant, function]\n"
            "  receivers:\n"
            "    - name: careflow-alarms\n"
            "      sns_configs:\n"
            f"        - topic_arn: {topic.topic_arn}\n"
            "          sigv4:\n"
            f"            region: {stack.region}\n"
            "          attributes:\n"
            "            source: careflow-prometheus\n"
        )
        topic.add_to_resource_policy(
            iam.PolicyStatement(
                sid="AllowPrometheusAlertManager",
                principals=[iam.ServicePrincipal("aps.amazonaws.com")],
                actions=["sns:Publish", "sns:GetTopicAttributes"],
                resources=[topic.topic_arn],
                conditions={
                    "StringEquals": {"aws:SourceAccount": stack.account},
                    "ArnEquals": {"aws:SourceArn": self.workspace.attr_arn},
                },
            )
        )
        # The topic is encrypted with the logs key; the alert manager must encrypt its messages.
        self._keys.logs.add_to_resource_policy(
            iam.PolicyStatement(
                sid="AllowPrometheusAlertManagerToEncryptSnsMessages",
                principals=[iam.ServicePrincipal("aps.amazonaws.com")],
                actions=["kms:Decrypt", "kms:GenerateDataKey*"],
                resources=["*"],
                conditions={"StringEquals": {"aws:SourceAccount": stack.account}},
            )
        )

    # --- Grafana ------------------------------------------------------------------------------
    def _grafana(self) -> None:
        cfg = self.cfg
        stack = Stack.of(self)
        self.grafana_policy = iam.ManagedPolicy(
            self,
            "GrafanaAccess",
            description=f"careflow {cfg.name} Grafana: query this AMP workspace, read X-Ray",
            statements=[
                iam.PolicyStatement(
                    sid="QueryThisPrometheus",
                    actions=list(GRAFANA_AMP_ACTIONS),
                    resources=[self.workspace.attr_arn],
                ),
                iam.PolicyStatement(
                    sid="ReadXRay", actions=list(GRAFANA_XRAY_ACTIONS), resources=["*"]
                ),
            ],
        )
        role = iam.Role(
            self,
            "GrafanaRole",
            assumed_by=iam.ServicePrincipal(
                "grafana.amazonaws.com",
                conditions={"StringEquals": {"aws:SourceAccount": stack.account}},
            ),
            description=f"careflow {cfg.name} Amazon Managed Grafana",
            managed_policies=[self.grafana_policy],
        )
        self.grafana = grafana.CfnWorkspace(
            self,
            "Grafana",
            name=cfg.prefix,
            description=f"careflow {cfg.name}: dashboards over AMP and X-Ray",
            account_access_type="CURRENT_ACCOUNT",
            authentication_providers=["AWS_SSO"],
            permission_type="CUSTOMER_MANAGED",
            role_arn=role.role_arn,
            data_sources=["PROMETHEUS", "XRAY"],
            grafana_version="10.4",
            plugin_admin_enabled=False,
        )
