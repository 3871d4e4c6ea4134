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
  query this AMP workspace and read X-Ray and CloudWatch metrics, **provisioned at deploy time**
  with careflow's data sources and the dashboards of ``monitoring/dashboards/generated/aws``: a
  custom resource runs ``cdk/grafana_provisioner/provision.py``, which mints a 15-minute
  service-account token, pushes them over Grafana's HTTP API and deletes the token (no secret is
  kept). The dashboards are an S3 asset whose key follows their content, so ``make dashboards``
  + ``cdk deploy`` updates them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from aws_cdk import CustomResource, Duration, RemovalPolicy, Stack
from aws_cdk import aws_aps as aps
from aws_cdk import aws_grafana as grafana
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_s3_assets as s3_assets
from aws_cdk import aws_sns as sns
from constructs import Construct

from .config import EnvConfig
from .keys import Keys
from .network import Network, retention
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
DASHBOARDS_DIR: Path = REPO_ROOT / "monitoring" / "dashboards" / "generated" / "aws"
"""The X-Ray/CloudWatch flavour of the generated dashboards (``make dashboards``)."""
PROVISIONER_DIR: Path = REPO_ROOT / "cdk" / "grafana_provisioner"
PROVISIONER_ACTIONS = (
    "grafana:ListWorkspaceServiceAccounts",
    "grafana:CreateWorkspaceServiceAccount",
    "grafana:CreateWorkspaceServiceAccountToken",
    "grafana:DeleteWorkspaceServiceAccountToken",
)
"""What the deploy-time provisioner may do, on this environment's workspace only."""
GRAFANA_CLOUDWATCH_ACTIONS = ("cloudwatch:GetMetricData", "cloudwatch:ListMetrics")
"""The ``aws`` dashboards' consumer lag (MSK ``SumOffsetLag``); no resource-level form."""
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
        network: Network | None = None,
        dashboards_dir: Path = DASHBOARDS_DIR,
    ) -> None:
        super().__init__(scope, construct_id)
        self.cfg = cfg
        self._keys = keys
        self._network = network
        self._dashboards_dir = dashboards_dir
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
        self.provisioner: lambda_.Function | None = None
        self.provisioner_policy: iam.ManagedPolicy | None = None
        self.dashboards: CustomResource | None = None
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
                iam.PolicyStatement(
                    sid="ReadCloudWatchMetrics",
                    actions=list(GRAFANA_CLOUDWATCH_ACTIONS),
                    resources=["*"],
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
            data_sources=["PROMETHEUS", "XRAY", "CLOUDWATCH"],
            grafana_version="10.4",
            plugin_admin_enabled=False,
        )
        self._provision_dashboards(self.grafana)

    def workspace_arn(self, workspace: grafana.CfnWorkspace) -> str:
        stack = Stack.of(self)
        return (
            f"arn:{stack.partition}:grafana:{stack.region}:{stack.account}:/workspaces/"
            f"{workspace.attr_id}"
        )

    def _provision_dashboards(self, workspace: grafana.CfnWorkspace) -> None:
        """A custom resource that pushes the data sources and dashboards into ``workspace`` on
        every create/update (see ``cdk/grafana_provisioner/provision.py``).

        Its Lambda gets the treatment of ours: its own customer-managed policy (the four
        service-account actions on this workspace, the dashboards asset, its log group), a
        KMS-encrypted log group with retention, and the functions' VPC placement (egress through
        the NAT to the workspace's HTTPS endpoint) when the stack passes its network.
        """
        cfg = self.cfg
        stack = Stack.of(self)
        if not (self._dashboards_dir / "careflow-overview.json").is_file():
            raise FileNotFoundError(
                f"{self._dashboards_dir}: no generated dashboards (run `make dashboards`)"
            )
        asset = s3_assets.Asset(self, "DashboardsAsset", path=str(self._dashboards_dir))
        log_group = logs.LogGroup(
            self,
            "DashboardsProvisionerLogs",
            retention=retention(cfg.log_retention_days),
            encryption_key=self._keys.logs,
            removal_policy=RemovalPolicy.DESTROY,
        )
        statements = [
            iam.PolicyStatement(
                sid="ServiceAccountTokens",
                actions=list(PROVISIONER_ACTIONS),
                resources=[self.workspace_arn(workspace)],
            ),
            iam.PolicyStatement(
                sid="ReadDashboards",
                actions=["s3:GetObject"],
                resources=[asset.bucket.arn_for_objects(asset.s3_object_key)],
            ),
            iam.PolicyStatement(
                sid="Logs",
                actions=["logs:CreateLogStream", "logs:PutLogEvents"],
                resources=[log_group.log_group_arn],
            ),
        ]
        if self._network is not None:
            statements.append(
                iam.PolicyStatement(
                    sid="VpcNetworkInterfaces",
                    actions=[
                        "ec2:CreateNetworkInterface",
                        "ec2:DescribeNetworkInterfaces",
                        "ec2:DeleteNetworkInterface",
                        "ec2:AssignPrivateIpAddresses",
                        "ec2:UnassignPrivateIpAddresses",
                    ],
                    resources=["*"],
                )
            )
        self.provisioner_policy = iam.ManagedPolicy(
            self,
            "DashboardsProvisionerAccess",
            description=f"careflow {cfg.name}: provision the Grafana workspace at deploy time",
            statements=statements,
        )
        role = iam.Role(
            self,
            "DashboardsProvisionerRole",
            assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
            description=f"careflow {cfg.name} Grafana dashboards provisioner",
            managed_policies=[self.provisioner_policy],
        )
        network = self._network
        self.provisioner = lambda_.Function(
            self,
            "DashboardsProvisioner",
            description="careflow: push data sources and dashboards into Amazon Managed Grafana",
            runtime=lambda_.Runtime.PYTHON_3_13,
            handler="provision.handler",
            code=lambda_.Code.from_asset(str(PROVISIONER_DIR), exclude=["__pycache__", "*.pyc"]),
            memory_size=256,
            timeout=Duration.minutes(5),
            reserved_concurrent_executions=1,
            role=role,
            log_group=log_group,
            vpc=network.vpc if network is not None else None,
            vpc_subnets=network.app_subnets if network is not None else None,
            security_groups=[network.functions_sg] if network is not None else None,
        )
        self.dashboards = CustomResource(
            self,
            "Dashboards",
            service_token=self.provisioner.function_arn,
            resource_type="Custom::CareflowGrafanaDashboards",
            properties={
                "WorkspaceId": workspace.attr_id,
                "GrafanaEndpoint": workspace.attr_endpoint,
                "PrometheusUrl": self.workspace.attr_prometheus_endpoint,
                "Region": stack.region,
                "DashboardsBucket": asset.s3_bucket_name,
                # changes with the dashboards' content: an edited dashboard is pushed again
                "DashboardsKey": asset.s3_object_key,
            },
        )
