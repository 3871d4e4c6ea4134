"""Least privilege, per function: what its layers and its place in the pipeline require.

A function's statements are derived from ``topology`` (its layers and its Kafka mapping) plus
the two tables below, which are candidates for ``topology.FunctionSpec``. ``Resource: *`` is
used only for EC2 network-interface and X-Ray actions, which have no resource-level form.
"""

from __future__ import annotations

from aws_cdk import ArnFormat, Stack
from aws_cdk import aws_iam as iam
from aws_cdk import aws_logs as logs
from constructs import Construct

from .config import EnvConfig
from .data import DB_APP_USER, Data
from .keys import Keys
from .paths import topology
from .streaming import Streaming

PRODUCES: dict[str, tuple[str, ...]] = {
    "ingest_message": (topology.TOPIC_INBOUND,),
    "create_case": (topology.TOPIC_CASE_EVENTS,),
    "run_agent": (topology.TOPIC_DECISIONS,),
    "persist_result": (topology.TOPIC_CASE_EVENTS, topology.TOPIC_OUTBOUND),
    "send_message": (),
    "sync_clinic": (),
    "pre_token": (),  # Cognito's token trigger: answers Cognito, writes nowhere
    "api": (topology.TOPIC_CASE_EVENTS,),  # staff approvals re-enter the pipeline as case events
    # dead letters of outages go back to the topic they came from
    "redrive": tuple(dict.fromkeys(m.topic for m in topology.PIPELINE_MAPPINGS)),
}
"""Topics each function writes to (WriteData). ``tests/infra`` checks that every topic a handler
references is listed here. Candidate for a ``produces`` field of ``topology.FunctionSpec``."""

TENANT_SECRET_READERS_WITHOUT_CHANNELS: frozenset[str] = frozenset({"ingest_message"})
"""Webhook signature checks need the channel's app secret without the channels layer."""


TENANT_SECRET_LAYERS: frozenset[str] = frozenset({"channels", "agents"})
"""Layers that read a tenant's secrets: channel adapters (replies, Doktor365 sync) their
credentials, the agents an OpenAI-compatible provider's API key."""


def reads_tenant_secrets(spec: topology.FunctionSpec) -> bool:
    return bool(TENANT_SECRET_LAYERS & set(spec.layers)) or (
        spec.name in TENANT_SECRET_READERS_WITHOUT_CHANNELS
    )


ENI_ACTIONS = (
    "ec2:CreateNetworkInterface",
    "ec2:DescribeNetworkInterfaces",
    "ec2:DeleteNetworkInterface",
    "ec2:AssignPrivateIpAddresses",
    "ec2:UnassignPrivateIpAddresses",
    # The MSK event source mapping also describes the cluster's network.
    "ec2:DescribeSubnets",
    "ec2:DescribeSecurityGroups",
    "ec2:DescribeVpcs",
)
XRAY_ACTIONS = ("xray:PutTraceSegments", "xray:PutTelemetryRecords")


def function_statements(
    scope: Construct,
    spec: topology.FunctionSpec,
    cfg: EnvConfig,
    keys: Keys,
    data: Data,
    streaming: Streaming,
    log_group: logs.LogGroup,
    *,
    xray_segments: bool = True,
) -> list[iam.PolicyStatement]:
    """Every statement of one function's customer-managed policy, derived from its layers.

    ``xray_segments``: Lambda's Active tracing writes X-Ray segments with the function's role;
    with OpenTelemetry (telemetry.py) the collector writes spans instead and grants its own.
    """
    stack = Stack.of(scope)
    layers = set(spec.layers)
    statements = [
        iam.PolicyStatement(sid="VpcNetworkInterfaces", actions=list(ENI_ACTIONS), resources=["*"]),
        iam.PolicyStatement(
            sid="OwnLogGroup",
            actions=["logs:CreateLogStream", "logs:PutLogEvents"],
            # The log group's ARN attribute already ends in ":*" (its streams).
            resources=[log_group.log_group_arn],
        ),
    ]
    if xray_segments:
        statements.append(
            iam.PolicyStatement(sid="XRay", actions=list(XRAY_ACTIONS), resources=["*"])
        )
    if "rds" in layers:
        proxy_id = stack.split_arn(
            data.proxy.db_proxy_arn, ArnFormat.COLON_RESOURCE_NAME
        ).resource_name
        statements.append(
            iam.PolicyStatement(
                sid="ConnectToProxyAsAppUser",
                actions=["rds-db:connect"],
                resources=[
                    f"arn:{stack.partition}:rds-db:{stack.region}:{stack.account}:dbuser:{proxy_id}/{DB_APP_USER}"
                ],
            )
        )
    secret_arns: list[str] = []
    if "tenant_context" in layers:
        secret_arns.append(data.redis_auth.secret_arn)
    if reads_tenant_secrets(spec):
        secret_arns.append(
            f"arn:{stack.partition}:secretsmanager:{stack.region}:{stack.account}:secret:{cfg.secrets_prefix}/*"
        )
    if secret_arns:
        statements.append(
            iam.PolicyStatement(
                sid="ReadSecrets",
                actions=["secretsmanager:GetSecretValue"],
                resources=secret_arns,
            )
        )
        statements.append(
            iam.PolicyStatement(
                sid="DecryptSecretsViaSecretsManager",
                actions=["kms:Decrypt"],
                resources=[keys.data.key_arn],
                conditions={
                    "StringEquals": {
                        "kms:ViaService": f"secretsmanager.{stack.region}.amazonaws.com"
                    }
                },
            )
        )
    if "documents" in layers:
        statements.append(
            iam.PolicyStatement(
                sid="TenantDocuments",
                actions=["s3:GetObject", "s3:PutObject"],
                resources=[data.documents.arn_for_objects("tenants/*")],
            )
        )
        statements.append(
            iam.PolicyStatement(
                sid="DocumentsKey",
                actions=["kms:Decrypt", "kms:GenerateDataKey"],
                resources=[keys.documents.key_arn],
                conditions={"StringEquals": {"kms:ViaService": f"s3.{stack.region}.amazonaws.com"}},
            )
        )
    if "streaming" in layers:
        statements.append(
            iam.PolicyStatement(
                sid="KafkaConnect",
                actions=[
                    "kafka-cluster:Connect",
                    "kafka-cluster:DescribeCluster",
                    "kafka-cluster:WriteDataIdempotently",
                ],
                resources=[streaming.cluster_arn],
            )
        )
        produced = PRODUCES.get(spec.name, ())
        if produced:
            statements.append(
                iam.PolicyStatement(
                    sid="KafkaProduce",
                    actions=["kafka-cluster:DescribeTopic", "kafka-cluster:WriteData"],
                    resources=[streaming.topic_arn(t) for t in produced],
                )
            )
    for mapping in topology.KAFKA_MAPPINGS:
        if mapping.function != spec.name:
            continue
        statements.extend(
            [
                iam.PolicyStatement(
                    sid=_sid("EsmCluster", mapping.topic),
                    actions=[
                        "kafka:DescribeCluster",
                        "kafka:DescribeClusterV2",
                        "kafka:GetBootstrapBrokers",
                        "kafka-cluster:Connect",
                        "kafka-cluster:DescribeClusterDynamicConfiguration",
                    ],
                    resources=[streaming.cluster_arn],
                ),
                iam.PolicyStatement(
                    sid=_sid("EsmRead", mapping.topic),
                    actions=["kafka-cluster:DescribeTopic", "kafka-cluster:ReadData"],
                    resources=[streaming.topic_arn(mapping.topic)],
                ),
                iam.PolicyStatement(
                    sid=_sid("EsmGroup", mapping.topic),
                    actions=["kafka-cluster:DescribeGroup", "kafka-cluster:AlterGroup"],
                    resources=[streaming.group_arn(mapping.consumer_group_id)],
                ),
            ]
        )
        if mapping.on_failure_topic:
            statements.append(
                iam.PolicyStatement(
                    # The mapping writes exhausted records here; the handler writes poison records here.
                    sid=_sid("DeadLetter", mapping.topic),
                    actions=["kafka-cluster:DescribeTopic", "kafka-cluster:WriteData"],
                    resources=[streaming.topic_arn(mapping.on_failure_topic)],
                )
            )
    return statements


def _sid(prefix: str, topic: str) -> str:
    return prefix + "".join(
        part.capitalize() for part in topic.replace("-", ".").replace("_", ".").split(".")
    )
