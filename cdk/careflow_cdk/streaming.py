"""Amazon MSK with IAM auth and TLS, and the topics of ``topology.ALL_TOPICS``.

Why *provisioned* MSK in every environment (not serverless in dev):

- Topics are infrastructure here: ``AWS::MSK::Topic`` creates them declaratively, and the MSK
  topic API it wraps exists for provisioned clusters only (Kafka >= 3.6). On serverless we would
  need a custom resource running a Kafka admin client inside the VPC.
- It is also cheaper at idle: a serverless cluster bills ~0.75 USD per cluster-hour (~550 USD a
  month) before traffic, two ``kafka.t3.small`` brokers ~70 USD a month.

Dev and staging run 2 small brokers (replication factor 2); prod runs 3 ``m7g`` brokers across
3 AZs with replication factor 3 and ``min.insync.replicas=2``. Clients authenticate with IAM
(SASL/OAUTHBEARER, port 9098) over TLS; plaintext and unauthenticated access are off; data at
rest uses the ``data`` KMS key; broker logs go to a KMS-encrypted log group.
"""

from __future__ import annotations

from aws_cdk import Fn, RemovalPolicy, Stack
from aws_cdk import aws_iam as iam
from aws_cdk import aws_logs as logs
from aws_cdk import aws_msk as msk
from aws_cdk import custom_resources as cr
from constructs import Construct

from .config import EnvConfig
from .keys import Keys
from .network import Network, retention
from .paths import topology


class Streaming(Construct):
    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        cfg: EnvConfig,
        keys: Keys,
        network: Network,
        partitions: int = topology.TOPIC_PARTITIONS,
    ) -> None:
        super().__init__(scope, construct_id)
        self.cluster_name = f"{cfg.prefix}-events"
        broker_logs = logs.LogGroup(
            self,
            "BrokerLogs",
            retention=retention(cfg.log_retention_days),
            encryption_key=keys.logs,
            removal_policy=RemovalPolicy.RETAIN if cfg.retain_data else RemovalPolicy.DESTROY,
        )
        server_properties = "\n".join(
            [
                "auto.create.topics.enable=false",  # every topic is declared below, typos fail loudly
                f"default.replication.factor={cfg.topic_replication_factor}",
                f"min.insync.replicas={cfg.min_insync_replicas}",
                f"num.partitions={partitions}",
                "unclean.leader.election.enable=false",
                f"log.retention.hours={cfg.msk_log_retention_hours}",
            ]
        )
        configuration = msk.CfnConfiguration(
            self,
            "BrokerConfiguration",
            name=f"{cfg.prefix}-brokers",
            description="careflow: no auto-created topics, durable replication",
            kafka_versions_list=[cfg.kafka_version],
            server_properties=server_properties,
        )
        self.cluster = msk.CfnCluster(
            self,
            "Cluster",
            cluster_name=self.cluster_name,
            kafka_version=cfg.kafka_version,
            number_of_broker_nodes=cfg.msk_broker_count,
            broker_node_group_info=msk.CfnCluster.BrokerNodeGroupInfoProperty(
                instance_type=cfg.msk_broker_instance_type,
                client_subnets=network.vpc.select_subnets(subnet_group_name="app").subnet_ids,
                security_groups=[network.msk_sg.security_group_id],
                storage_info=msk.CfnCluster.StorageInfoProperty(
                    ebs_storage_info=msk.CfnCluster.EBSStorageInfoProperty(
                        volume_size=cfg.msk_volume_gb
                    )
                ),
                connectivity_info=msk.CfnCluster.ConnectivityInfoProperty(
                    public_access=msk.CfnCluster.PublicAccessProperty(type="DISABLED")
                ),
            ),
            client_authentication=msk.CfnCluster.ClientAuthenticationProperty(
                sasl=msk.CfnCluster.SaslProperty(iam=msk.CfnCluster.IamProperty(enabled=True)),
                unauthenticated=msk.CfnCluster.UnauthenticatedProperty(enabled=False),
            ),
            encryption_info=msk.CfnCluster.EncryptionInfoProperty(
                encryption_at_rest=msk.CfnCluster.EncryptionAtRestProperty(
                    data_volume_kms_key_id=keys.data.key_arn
                ),
                encryption_in_transit=msk.CfnCluster.EncryptionInTransitProperty(
                    client_broker="TLS", in_cluster=True
                ),
            ),
            configuration_info=msk.CfnCluster.ConfigurationInfoProperty(
                arn=configuration.attr_arn, revision=configuration.attr_latest_revision_revision
            ),
            # Per-topic metrics feed the dead-letter arrival alarms (observability.py).
            enhanced_monitoring="PER_TOPIC_PER_BROKER",
            logging_info=msk.CfnCluster.LoggingInfoProperty(
                broker_logs=msk.CfnCluster.BrokerLogsProperty(
                    cloud_watch_logs=msk.CfnCluster.CloudWatchLogsProperty(
                        enabled=True, log_group=broker_logs.log_group_name
                    )
                )
            ),
        )
        self.cluster.apply_removal_policy(
            RemovalPolicy.RETAIN if cfg.retain_data else RemovalPolicy.DESTROY
        )
        self.cluster_arn: str = self.cluster.attr_arn

        self.topics: dict[str, msk.CfnTopic] = {}
        for topic in topology.ALL_TOPICS:
            resource = msk.CfnTopic(
                self,
                f"Topic-{topic}",
                cluster_arn=self.cluster_arn,
                topic_name=topic,
                partition_count=partitions,
                replication_factor=cfg.topic_replication_factor,
            )
            resource.apply_removal_policy(
                RemovalPolicy.RETAIN if cfg.retain_data else RemovalPolicy.DESTROY
            )
            self.topics[topic] = resource

        self.bootstrap_brokers = self._bootstrap_brokers(cfg, keys, network)

    def _bootstrap_brokers(self, cfg: EnvConfig, keys: Keys, network: Network) -> str:
        """IAM bootstrap string; CloudFormation has no attribute for it, so ask the MSK API once.

        CDK's ``AwsCustomResource`` runs one small Lambda at deploy time. It gets the same
        treatment as ours: its own customer-managed policy (one action on one cluster), a VPC
        placement, and a KMS-encrypted log group with retention.
        """
        log_group = logs.LogGroup(
            self,
            "BootstrapLookupLogs",
            retention=retention(cfg.log_retention_days),
            encryption_key=keys.logs,
            removal_policy=RemovalPolicy.DESTROY,
        )
        policy = iam.ManagedPolicy(
            self,
            "BootstrapLookupAccess",
            description="careflow: read the MSK bootstrap brokers at deploy time",
            statements=[
                iam.PolicyStatement(
                    actions=["kafka:GetBootstrapBrokers"], resources=[self.cluster_arn]
                ),
                iam.PolicyStatement(
                    actions=["logs:CreateLogStream", "logs:PutLogEvents"],
                    resources=[log_group.log_group_arn],
                ),
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
                ),
            ],
        )
        role = iam.Role(
            self,
            "BootstrapLookupRole",
            assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
            managed_policies=[policy],
        )
        call = cr.AwsSdkCall(
            service="Kafka",
            action="getBootstrapBrokers",
            parameters={"ClusterArn": self.cluster_arn},
            physical_resource_id=cr.PhysicalResourceId.of(f"{self.cluster_name}-bootstrap"),
            output_paths=["BootstrapBrokerStringSaslIam"],
        )
        lookup = cr.AwsCustomResource(
            self,
            "BootstrapBrokers",
            on_create=call,
            on_update=call,
            role=role,
            vpc=network.vpc,
            vpc_subnets=network.app_subnets,
            log_group=log_group,
            memory_size=256,
            install_latest_aws_sdk=False,
        )
        self.bootstrap_lookup = lookup
        return lookup.get_response_field("BootstrapBrokerStringSaslIam")

    # --- ARNs for IAM policies (kafka-cluster:* actions are scoped to topic/group ARNs) -------
    def _arn(self, kind: str, name: str) -> str:
        stack = Stack.of(self)
        uuid = Fn.select(2, Fn.split("/", self.cluster_arn))
        return f"arn:{stack.partition}:kafka:{stack.region}:{stack.account}:{kind}/{self.cluster_name}/{uuid}/{name}"

    def topic_arn(self, topic: str) -> str:
        return self._arn("topic", topic)

    def group_arn(self, group: str) -> str:
        return self._arn("group", group)
