"""The ``local`` stage: what LocalStack emulates without Docker, deployed with ``cdklocal``.

Only S3, KMS, Secrets Manager and SSM — the resources the local harness really reads from
LocalStack (functions, MSK, RDS, ElastiCache and API Gateway v2 run in the harness or as real
local services instead; LocalStack's free host mode cannot run them).

It mirrors the cloud stack where it matters for the code: the documents bucket is SSE-KMS with a
customer key, versioned, public access blocked; the demo tenant's WhatsApp secret lives at the
same ``<prefix>/<tenant>/<channel>`` path the functions compute; SSM parameters name it all.
Differences on purpose: no SSL-only bucket policy (the LocalStack endpoint is plain HTTP on
127.0.0.1) and everything is destroyable.

Secret *values* never enter the template: the secret is created with a random value and
``careflow_local.cdk_local`` writes ``DEMO_WHATSAPP_*`` from ``localstack/dev.env`` after deploy.
"""

from __future__ import annotations

from aws_cdk import CfnOutput, Environment, RemovalPolicy, Stack
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_secretsmanager as secretsmanager
from aws_cdk import aws_ssm as ssm
from constructs import Construct

LOCAL_ACCOUNT = "000000000000"
LOCAL_REGION = "eu-central-1"
DOCUMENTS_BUCKET = "careflow-local-cdk-documents"
"""Not dev.env's plain ``careflow-local-documents`` (which ``careflow services up`` creates without
CloudFormation): LocalStack would adopt that existing bucket and skip its KMS configuration. The
harness takes the name from this stage's outputs, so nothing else needs to know it."""
SECRETS_PREFIX = "careflow/local/tenants"
DEMO_TENANT = "demo-clinic"
DEMO_CHANNEL = "whatsapp"
PARAMETER_PREFIX = "/careflow/local"


class LocalStack(Stack):
    """Named after the product it targets; the construct is an ordinary CDK stack."""

    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(
            scope,
            construct_id,
            env=Environment(account=LOCAL_ACCOUNT, region=LOCAL_REGION),
            description="careflow local stage (LocalStack): documents bucket, KMS, demo secrets, SSM",
        )
        documents_key = kms.Key(
            self,
            "DocumentsKey",
            alias="alias/careflow-local-documents",
            description="careflow local: documents bucket",
            enable_key_rotation=True,
            removal_policy=RemovalPolicy.DESTROY,
        )
        secrets_key = kms.Key(
            self,
            "SecretsKey",
            alias="alias/careflow-local-data",
            description="careflow local: tenant secrets",
            enable_key_rotation=True,
            removal_policy=RemovalPolicy.DESTROY,
        )
        bucket = s3.Bucket(
            self,
            "Documents",
            bucket_name=DOCUMENTS_BUCKET,
            encryption=s3.BucketEncryption.KMS,
            encryption_key=documents_key,
            bucket_key_enabled=True,
            versioned=True,
            block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
            removal_policy=RemovalPolicy.DESTROY,
        )
        demo_secret = secretsmanager.Secret(
            self,
            "DemoWhatsAppSecret",
            secret_name=f"{SECRETS_PREFIX}/{DEMO_TENANT}/{DEMO_CHANNEL}",
            description="Demo tenant WhatsApp app secret, verify token, access token (dev only)",
            encryption_key=secrets_key,
            removal_policy=RemovalPolicy.DESTROY,
        )
        parameters = {
            "documents-bucket": bucket.bucket_name,
            "documents-kms-key-id": documents_key.key_arn,
            "secrets-prefix": SECRETS_PREFIX,
            f"tenants/{DEMO_TENANT}/{DEMO_CHANNEL}-secret-arn": demo_secret.secret_arn,
        }
        for name, value in parameters.items():
            ssm.StringParameter(
                self,
                f"Param-{name.replace('/', '-')}",
                parameter_name=f"{PARAMETER_PREFIX}/{name}",
                string_value=value,
                description=f"careflow local: {name}",
            )
        outputs = {
            "documents_bucket": bucket.bucket_name,
            "documents_kms_key_id": documents_key.key_arn,
            "secrets_prefix": SECRETS_PREFIX,
            "demo_whatsapp_secret_arn": demo_secret.secret_arn,
            "demo_whatsapp_secret_name": f"{SECRETS_PREFIX}/{DEMO_TENANT}/{DEMO_CHANNEL}",
            "parameter_prefix": PARAMETER_PREFIX,
        }
        for key, value in outputs.items():
            CfnOutput(self, output_id(key), value=value, description=key)


def output_id(key: str) -> str:
    """CloudFormation output ids are alphanumeric: ``documents_bucket`` -> ``DocumentsBucket``."""
    return "".join(part.capitalize() for part in key.split("_"))
