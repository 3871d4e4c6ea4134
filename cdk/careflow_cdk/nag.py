"""cdk-nag (AwsSolutions, HIPAA.Security, Serverless) on the app, and every acknowledged finding.

cdk-nag v3 runs as a CDK policy-validation plugin: any unacknowledged *error* stops ``cdk synth``.
Acknowledgments are CDK's native ``Validations.of(construct).acknowledge(...)``; each one below
names the exact resource and carries its reason. They are also written into the template
metadata (``cdk_nag.rules_to_suppress``) so ``tests/infra`` can compare them with the reviewed
list in ``tests/infra/nag_acknowledgments.json`` — a new acknowledgment fails the tests until
someone reviews it and updates that file.

Environment-dependent findings (single-AZ database, no deletion protection) are acknowledged
only where the configuration really has them: dev. Staging and prod must pass without them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from aws_cdk import Acknowledgment, App, Stack, Validations
from cdk_nag import AwsSolutionsChecks, HIPAASecurityChecks, ServerlessChecks
from constructs import IConstruct

from .paths import topology
from .permissions import reads_tenant_secrets

if TYPE_CHECKING:
    from .stack import CareflowStack

PACKS = ("AwsSolutions", "HIPAA.Security", "Serverless")

# Reasons shared by several findings ---------------------------------------------------------
R_RUNTIME = (
    "Runtime pinned to python3.13 on purpose: the dependency layer is built from cp313 wheels and "
    "the local harness runs 3.13; moving runtimes is a reviewed change of requirements and layer."
)
R_NO_ASYNC_DLQ = (
    "DeadLetterConfig only applies to asynchronous invocations. These functions are invoked "
    "synchronously (API Gateway) or by MSK event source mappings, whose failures go to the "
    "mapping's on-failure destination: a Kafka dead-letter topic, alarmed in observability.py."
)
R_ENI_XRAY = (
    "Resource '*' only for actions without resource-level permissions: EC2 network-interface "
    "management for VPC Lambdas and X-Ray writes (PutSpans/PutSpansForIndexing for the "
    "OpenTelemetry collector, or PutTraceSegments/PutTelemetryRecords without telemetry)."
)
R_OTEL_TRACING = (
    "Tracing is PassThrough on purpose: OpenTelemetry spans (one W3C trace per patient message, "
    "exported to X-Ray's OTLP endpoint by the collector extension, telemetry.py) are the trace; "
    "Active mode would add a second, unrelated X-Ray trace per invocation."
)
R_GRAFANA_XRAY = (
    "Amazon Managed Grafana's X-Ray and CloudWatch data sources: the X-Ray read actions and "
    "cloudwatch:GetMetricData/ListMetrics have no resource-level form. Read-only; the Prometheus "
    "actions are scoped to this environment's workspace."
)
R_DEPLOY_TIME = (
    "Deploy-time custom resource Lambda: CloudFormation invokes it once per create/update and "
    "waits for its answer (a failure fails the deployment), so it needs no DLQ; its spans would "
    "be one trace per deployment."
)
R_TENANT_DOCS = (
    "Objects are keyed tenants/<tenant>/...; the function serves every tenant and the documents "
    "layer enforces the tenant prefix per request. Scoped to one bucket, one prefix, Get/Put only."
)
R_TENANT_SECRETS = (
    "Tenant channel secrets are created per tenant by operators under careflow/<env>/tenants/; "
    "read-only GetSecretValue on that prefix of this environment only."
)
R_REDRIVE_NO_DESTINATION = (
    "The redrive mappings read the dead-letter topics themselves: a dead letter that cannot go "
    "back yet must wait in its topic (unlimited retries), never be dropped or moved again. Letters "
    "that stay are alarmed on arrival (observability.py) and listed by `careflow dlq list`."
)


def apply(app: App, stack: CareflowStack) -> None:
    Validations.of(app).add_plugins(
        AwsSolutionsChecks(app, verbose=True, write_suppressions_to_cloud_formation=True),
        HIPAASecurityChecks(app, verbose=True, write_suppressions_to_cloud_formation=True),
        ServerlessChecks(app, verbose=True, write_suppressions_to_cloud_formation=True),
    )
    _acknowledge(stack)


def _ack(construct: IConstruct, rule: str, reason: str) -> None:
    Validations.of(construct).acknowledge(Acknowledgment(id=rule, reason=reason))


def _res(construct: IConstruct) -> IConstruct:
    """The L1 resource under an L2 construct (where cdk-nag reports)."""
    child = construct.node.default_child
    return child if child is not None else construct


def nag_resource_string(stack: Stack, value: str) -> str:
    """Render an IAM resource the way cdk-nag prints it in finding ids (``<Logical.Arn>`` ...)."""
    return _render(stack.resolve(value))


def _render(node: Any) -> str:
    if isinstance(node, str):
        return node
    if isinstance(node, dict):
        if "Ref" in node:
            return f"<{node['Ref']}>"
        if "Fn::GetAtt" in node:
            target, attr = node["Fn::GetAtt"]
            return f"<{target}.{attr}>"
        if "Fn::Join" in node:
            sep, parts = node["Fn::Join"]
            return sep.join(_render(p) for p in parts)
    raise ValueError(f"cannot render {node!r} for cdk-nag")


def _acknowledge(stack: CareflowStack) -> None:
    cfg = stack.cfg
    data, functions, api, network, streaming = (
        stack.data,
        stack.functions,
        stack.api,
        stack.network,
        stack.streaming,
    )

    # --- functions -----------------------------------------------------------------------------
    for built in functions.functions.values():
        fn = _res(built.function)
        _ack(fn, "AwsSolutions-L1", R_RUNTIME)
        _ack(fn, "Serverless-LambdaLatestVersion", R_RUNTIME)
        _ack(fn, "HIPAA.Security-LambdaDLQ", R_NO_ASYNC_DLQ)
        _ack(fn, "Serverless-LambdaDLQ", R_NO_ASYNC_DLQ)
        if stack.telemetry is not None:
            _ack(fn, "Serverless-LambdaTracing", R_OTEL_TRACING)
        policy = _res(built.policy)
        _ack(policy, "AwsSolutions-IAM5[Resource::*]", R_ENI_XRAY)
        if "documents" in built.spec.layers:
            docs = nag_resource_string(stack, data.documents.arn_for_objects("tenants/*"))
            _ack(policy, f"AwsSolutions-IAM5[Resource::{docs}]", R_TENANT_DOCS)
        if reads_tenant_secrets(built.spec):
            prefix = nag_resource_string(
                stack,
                f"arn:{stack.partition}:secretsmanager:{stack.region}:{stack.account}:secret:{cfg.secrets_prefix}/*",
            )
            _ack(policy, f"AwsSolutions-IAM5[Resource::{prefix}]", R_TENANT_SECRETS)

    for mapping in topology.KAFKA_MAPPINGS:
        if not mapping.on_failure_topic:
            _ack(
                functions.mappings[mapping.name],
                "Serverless-LambdaEventSourceMappingDestination",
                R_REDRIVE_NO_DESTINATION,
            )

    telemetry = stack.telemetry
    if telemetry is not None and telemetry.grafana_policy is not None:
        _ack(_res(telemetry.grafana_policy), "AwsSolutions-IAM5[Resource::*]", R_GRAFANA_XRAY)
    if telemetry is not None and telemetry.provisioner is not None:
        fn = _res(telemetry.provisioner)
        _ack(fn, "AwsSolutions-L1", R_RUNTIME)
        _ack(fn, "Serverless-LambdaLatestVersion", R_RUNTIME)
        for rule in (
            "HIPAA.Security-LambdaDLQ",
            "Serverless-LambdaDLQ",
            "Serverless-LambdaTracing",
        ):
            _ack(fn, rule, R_DEPLOY_TIME)
        assert telemetry.provisioner_policy is not None
        _ack(_res(telemetry.provisioner_policy), "AwsSolutions-IAM5[Resource::*]", R_ENI_XRAY)

    # --- the deploy-time bootstrap-broker lookup (CDK AwsCustomResource) ----------------------
    _ack(
        _res(streaming.node.find_child("BootstrapLookupAccess")),
        "AwsSolutions-IAM5[Resource::*]",
        R_ENI_XRAY,
    )
    provider = stack.node.try_find_child("AWS679f53fac002430cb0da5b7982bd2287")
    if provider is not None:
        res = _res(provider)
        once = (
            "CDK's AwsCustomResource provider: runs once per deployment to read the MSK bootstrap "
            "brokers; CloudFormation retries it, so it needs no DLQ, reserved concurrency or tracing."
        )
        for rule in (
            "HIPAA.Security-LambdaDLQ",
            "Serverless-LambdaDLQ",
            "HIPAA.Security-LambdaConcurrency",
            "Serverless-LambdaTracing",
        ):
            _ack(res, rule, once)

    # --- API: public routes ----------------------------------------------------------------------
    public_reasons = {
        "/webhooks/": "Meta webhooks cannot present a token; ingest_message verifies X-Hub-Signature-256 "
        "(HMAC of the raw body) and the verify token before doing anything.",
        "/health": "Liveness probe for monitors; returns no data.",
        "/v1/openapi.json": "The published API description; contains no data.",
    }
    for route in topology.ROUTES:
        if route.auth != "none":
            continue
        reason = next(
            (text for key, text in public_reasons.items() if route.path.startswith(key)), None
        )
        if reason is not None and route.method == "ANY":
            reason = (
                "Methods a public path does not serve: the api function answers 405 with the "
                "Allow header and reads nothing."
            )
        if reason is None:
            raise ValueError(
                f"{route.route_key} has auth='none' but is no webhook, health or API description route"
            )
        _ack(_res(api.routes[route.route_key]), "AwsSolutions-APIG4", reason)
    if api.user_pool is not None:
        _ack(
            _res(api.user_pool),
            "AwsSolutions-COG8",
            "Cognito Plus (threat protection) is billed per active user; staff sign in with MFA "
            "required and no self sign-up. Enable Plus or bring an IdP via jwtIssuer/jwtAudience.",
        )

    # --- data ------------------------------------------------------------------------------------
    db = _res(data.db)
    _ack(
        db,
        "AwsSolutions-RDS11",
        "Default port 5432 is reachable only from the RDS Proxy security group.",
    )
    _ack(
        _res(data.db.node.find_child("MonitoringRole")),
        "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole]",
        "AWS's own policy for the RDS enhanced-monitoring service role (writes to RDSOSMetrics only).",
    )
    _ack(
        _res(
            data.node.find_child("BackupPlan").node.find_child("Postgres").node.find_child("Role")
        ),
        "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]",
        "AWS's own policy for the AWS Backup service role, assumed only by backup.amazonaws.com.",
    )
    for proxy_rule in network.db_sg.node.children:
        if "IndirectPort" in proxy_rule.node.id:
            reason = (
                "Rule added by the RDS Proxy target binding: the database port token (5432), "
                "from the RDS Proxy security group only — no CIDR, no SSH."
            )
            _ack(proxy_rule, "HIPAA.Security-EC2RestrictedCommonPorts", reason)
            _ack(proxy_rule, "HIPAA.Security-EC2RestrictedSSH", reason)
    if not cfg.db_multi_az:
        reason = (
            f"{cfg.name} runs a single-AZ database to save cost; staging/prod settings decide HA."
        )
        _ack(db, "AwsSolutions-RDS3", reason)
        _ack(db, "HIPAA.Security-RDSMultiAZSupport", reason)
    if not cfg.retain_data:
        reason = (
            f"{cfg.name} holds synthetic data only and is torn down freely; snapshot on delete."
        )
        _ack(db, "AwsSolutions-RDS10", reason)
        _ack(db, "HIPAA.Security-RDSInstanceDeletionProtectionEnabled", reason)

    redis = data.redis
    _ack(
        redis,
        "AwsSolutions-AEC5",
        "Default port 6379 is reachable only from the functions' security group.",
    )
    if cfg.redis_replicas == 0:
        _ack(
            redis,
            "AwsSolutions-AEC4",
            f"{cfg.name} runs one cache node; Redis holds rebuildable cache data.",
        )
    secret_reason = (
        "ElastiCache AUTH tokens have no Secrets Manager rotation function; rotate with the "
        "documented runbook (modify-replication-group --auth-token-update-strategy ROTATE)."
    )
    _ack(_res(data.redis_auth), "AwsSolutions-SMG4", secret_reason)
    _ack(_res(data.redis_auth), "HIPAA.Security-SecretsManagerRotationEnabled", secret_reason)

    residency = (
        "No cross-region replication: patient data stays in the deployment region (GDPR/KVKK "
        "residency). Durability comes from S3 itself, versioning and the retained bucket."
    )
    _ack(_res(data.documents), "HIPAA.Security-S3BucketReplicationEnabled", residency)
    _ack(_res(data.access_logs), "HIPAA.Security-S3BucketReplicationEnabled", residency)
    _ack(
        _res(data.access_logs),
        "HIPAA.Security-S3DefaultEncryptionKMS",
        "S3 server access logging only delivers to buckets encrypted with SSE-S3.",
    )

    # --- network ---------------------------------------------------------------------------------
    for subnet in network.vpc.public_subnets:
        igw_route = subnet.node.try_find_child("DefaultRoute")
        if igw_route is not None:
            _ack(
                igw_route,
                "HIPAA.Security-VPCNoUnrestrictedRouteToIGW",
                "Public subnets hold only the NAT gateways; nothing of ours gets a public address.",
            )
    flow_log_policy = (
        network.vpc.node.find_child("FlowLog")
        .node.find_child("IAMRole")
        .node.find_child("DefaultPolicy")
    )
    _ack(
        _res(flow_log_policy),
        "HIPAA.Security-IAMNoInlinePolicy",
        "CDK-generated policy of the VPC flow-log delivery role, scoped to its one log group.",
    )
