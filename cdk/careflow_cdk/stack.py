"""The careflow stack: the constructs wired together, one per concern, in dependency order."""

from __future__ import annotations

from pathlib import Path

from aws_cdk import App, CfnOutput, Environment, Stack, Tags
from constructs import Construct

from . import config, nag, pipeline
from .api import Api
from .config import EnvConfig
from .data import Data
from .functions import Functions
from .keys import Keys
from .network import Network
from .observability import Observability
from .streaming import Streaming
from .telemetry import RULES_DIR, RULES_DIR_CONTEXT, Telemetry


class CareflowStack(Stack):
    """Everything one environment needs; ``termination_protection`` on wherever data is retained."""

    def __init__(self, scope: Construct, construct_id: str, *, cfg: EnvConfig) -> None:
        super().__init__(
            scope,
            construct_id,
            env=Environment(account=cfg.account, region=cfg.region),
            description=f"careflow {cfg.name}: health-tourism case hub (Lambda, MSK, RDS, Redis, S3)",
            termination_protection=cfg.retain_data,
        )
        self.cfg = cfg
        # Batch sizes, windows, timeouts, batch concurrency, partitions: cdk.json, per environment
        # (the harness reads the same file for its ``local`` block).
        self.pipeline = pipeline.from_node(self.node, cfg.name)
        self.keys = Keys(self, "Keys", cfg=cfg)
        self.network = Network(self, "Network", cfg=cfg, keys=self.keys)
        self.data = Data(self, "Data", cfg=cfg, keys=self.keys, network=self.network)
        self.streaming = Streaming(
            self,
            "Streaming",
            cfg=cfg,
            keys=self.keys,
            network=self.network,
            partitions=self.pipeline.topic_partitions,
        )
        rules_dir = self.node.try_get_context(RULES_DIR_CONTEXT)
        self.telemetry = (
            Telemetry(
                self,
                "Telemetry",
                cfg=cfg,
                keys=self.keys,
                rules_dir=Path(rules_dir) if rules_dir else RULES_DIR,
                network=self.network,
            )
            if cfg.telemetry
            else None
        )
        self.functions = Functions(
            self,
            "Functions",
            cfg=cfg,
            keys=self.keys,
            network=self.network,
            data=self.data,
            streaming=self.streaming,
            telemetry=self.telemetry,
            pipeline=self.pipeline,
        )
        self.api = Api(self, "Api", cfg=cfg, keys=self.keys, functions=self.functions)
        self.observability = Observability(
            self,
            "Observability",
            cfg=cfg,
            keys=self.keys,
            data=self.data,
            streaming=self.streaming,
            functions=self.functions,
            api=self.api,
        )
        if self.telemetry is not None:
            self.telemetry.connect_alerts(self.observability.topic)
        untaggable = ["AWS::RDS::DBProxyTargetGroup"]  # CloudFormation rejects Tags there
        for key, value in (
            ("project", "careflow"),
            ("environment", cfg.name),
            ("data-classification", "phi"),
        ):
            Tags.of(self).add(key, value, exclude_resource_types=untaggable)
        for key, value in {
            "DocumentsBucket": self.data.documents.bucket_name,
            "DocumentsKmsKeyArn": self.keys.documents.key_arn,
            "DbProxyEndpoint": self.data.proxy.endpoint,
            "DbAdminSecretArn": self.data.db.secret.secret_arn
            if self.data.db.secret
            else "rds-managed",
            "RedisAuthSecretArn": self.data.redis_auth.secret_arn,
            "MskClusterArn": self.streaming.cluster_arn,
            "AlarmTopicArn": self.observability.topic.topic_arn,
            "SecretsPrefix": cfg.secrets_prefix,
        }.items():
            CfnOutput(self, key, value=value)
        if self.telemetry is not None:
            CfnOutput(self, "PrometheusWorkspaceArn", value=self.telemetry.workspace.attr_arn)
            CfnOutput(
                self,
                "PrometheusQueryUrl",
                value=self.telemetry.workspace.attr_prometheus_endpoint,
            )
            if self.telemetry.grafana is not None:
                CfnOutput(self, "GrafanaUrl", value=self.telemetry.grafana.attr_endpoint)


def stack_name(env_name: str) -> str:
    return f"careflow-{env_name}"


def build(app: App, env_name: str | None = None) -> Stack:
    """Add the stack for ``env_name`` (default: ``-c env=...``, else dev) and its nag checks to ``app``."""
    if env_name is not None:
        app.node.set_context("env", env_name)
    name = str(app.node.try_get_context("env") or "dev")
    if name == config.LOCAL:
        from .local_stage import LocalStack

        return LocalStack(app, stack_name(name))
    cfg = config.load(app.node)
    stack = CareflowStack(app, stack_name(cfg.name), cfg=cfg)
    nag.apply(app, stack)
    return stack
