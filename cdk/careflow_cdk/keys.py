"""Customer-managed KMS keys, one per kind of data, so a grant on one never opens another.

- ``logs``: CloudWatch Logs (functions, API access logs, VPC flow logs, MSK broker logs) and the
  alarm SNS topic. Logs can carry identifiers; they get a key the log service may use.
- ``data``: RDS storage and Performance Insights, Secrets Manager secrets, MSK and Redis at rest.
- ``documents``: the S3 documents bucket only, named to the functions as
  ``CAREFLOW_DOCUMENTS_KMS_KEY_ID`` — the one key application code ever calls directly.

All keys rotate yearly and are retained outside dev: destroying a key destroys every backup and
object encrypted with it.
"""

from __future__ import annotations

from aws_cdk import Duration, RemovalPolicy, Stack
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from constructs import Construct

from .config import EnvConfig


class Keys(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, cfg: EnvConfig) -> None:
        super().__init__(scope, construct_id)
        removal = RemovalPolicy.RETAIN if cfg.retain_data else RemovalPolicy.DESTROY
        self.logs = self._key("Logs", cfg, "CloudWatch Logs and alarm notifications", removal)
        self.data = self._key("Data", cfg, "RDS, secrets, MSK and Redis at rest", removal)
        self.documents = self._key("Documents", cfg, "patient documents in S3", removal)
        self._allow_logs_service(self.logs)
        self._allow_alarms_to_publish(self.logs)

    def _key(self, cid: str, cfg: EnvConfig, what: str, removal: RemovalPolicy) -> kms.Key:
        return kms.Key(
            self,
            cid,
            description=f"careflow {cfg.name}: {what}",
            alias=f"alias/{cfg.prefix}-{cid.lower()}",
            enable_key_rotation=True,
            pending_window=Duration.days(30 if cfg.retain_data else 7),
            removal_policy=removal,
        )

    def _allow_logs_service(self, key: kms.Key) -> None:
        region = Stack.of(self).region
        account = Stack.of(self).account
        key.add_to_resource_policy(
            iam.PolicyStatement(
                sid="AllowCloudWatchLogs",
                principals=[iam.ServicePrincipal(f"logs.{region}.amazonaws.com")],
                actions=[
                    "kms:Encrypt*",
                    "kms:Decrypt*",
                    "kms:ReEncrypt*",
                    "kms:GenerateDataKey*",
                    "kms:Describe*",
                ],
                resources=["*"],
                conditions={
                    "ArnLike": {
                        "kms:EncryptionContext:aws:logs:arn": f"arn:{Stack.of(self).partition}:logs:{region}:{account}:*"
                    }
                },
            )
        )

    def _allow_alarms_to_publish(self, key: kms.Key) -> None:
        key.add_to_resource_policy(
            iam.PolicyStatement(
                sid="AllowCloudWatchAlarmsToEncryptSnsMessages",
                principals=[iam.ServicePrincipal("cloudwatch.amazonaws.com")],
                actions=["kms:Decrypt", "kms:GenerateDataKey*"],
                resources=["*"],
            )
        )
