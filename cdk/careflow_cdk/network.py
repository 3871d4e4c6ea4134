"""The VPC: private subnets for everything, flow logs, the endpoints the functions need.

Layout (per AZ, AZs fixed in ``cdk.json`` so synth never looks them up):

- ``public``   — only the NAT gateway(s). Nothing of ours has a public address.
- ``app``      — private with egress: the functions, RDS Proxy, the MSK brokers. Egress is needed:
  functions call the channel APIs (WhatsApp/Instagram), Doktor365 and the model provider; and
  Lambda's MSK pollers, which run in the cluster's subnets, must reach the Lambda and STS APIs.
- ``data``     — isolated: RDS and ElastiCache. No route out at all.

Security groups are created here, in one place, so every allowed path is readable side by side:
database clients → proxy 5432, proxy → db 5432, functions → redis 6379, functions and pollers →
brokers 9098 (IAM/TLS), functions and pollers → interface endpoints 443. Every function has the
``functions`` group; only functions with the ``rds`` layer also get ``db_clients`` (see
``functions.py``), so the public webhook function (``ingest_message``) cannot reach the database
even if its code tried.
"""

from __future__ import annotations

from aws_cdk import RemovalPolicy
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_logs as logs
from constructs import Construct

from .config import EnvConfig
from .keys import Keys

KAFKA_IAM_PORT = 9098
POSTGRES_PORT = 5432
REDIS_PORT = 6379


class Network(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, cfg: EnvConfig, keys: Keys) -> None:
        super().__init__(scope, construct_id)
        self.vpc = ec2.Vpc(
            self,
            "Vpc",
            ip_addresses=ec2.IpAddresses.cidr(cfg.vpc_cidr),
            availability_zones=list(cfg.availability_zones),
            nat_gateways=cfg.nat_gateways,
            restrict_default_security_group=True,
            subnet_configuration=[
                ec2.SubnetConfiguration(
                    name="public",
                    subnet_type=ec2.SubnetType.PUBLIC,
                    cidr_mask=24,
                    map_public_ip_on_launch=False,
                ),
                ec2.SubnetConfiguration(
                    name="app", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS, cidr_mask=20
                ),
                ec2.SubnetConfiguration(
                    name="data", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, cidr_mask=24
                ),
            ],
            gateway_endpoints={
                # Free, and keeps document traffic off the NAT gateway.
                "S3": ec2.GatewayVpcEndpointOptions(service=ec2.GatewayVpcEndpointAwsService.S3),
            },
        )
        self.app_subnets = ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS)
        self.data_subnets = ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)

        flow_log_group = logs.LogGroup(
            self,
            "FlowLogs",
            retention=retention(cfg.log_retention_days),
            encryption_key=keys.logs,
            removal_policy=RemovalPolicy.RETAIN if cfg.retain_data else RemovalPolicy.DESTROY,
        )
        self.vpc.add_flow_log(
            "FlowLog",
            destination=ec2.FlowLogDestination.to_cloud_watch_logs(flow_log_group),
            traffic_type=ec2.FlowLogTrafficType.ALL,
        )

        self.functions_sg = self._sg("Functions", "careflow Lambda functions")
        self.db_clients_sg = self._sg("DbClients", "Lambda functions that may use the database")
        self.proxy_sg = self._sg("DbProxy", "RDS Proxy")
        self.db_sg = self._sg("Db", "RDS PostgreSQL", allow_all_outbound=False)
        self.redis_sg = self._sg("Redis", "ElastiCache Redis", allow_all_outbound=False)
        self.msk_sg = self._sg("Msk", "MSK brokers and the Lambda MSK pollers")

        self.proxy_sg.add_ingress_rule(
            self.db_clients_sg, ec2.Port.tcp(POSTGRES_PORT), "database clients to RDS Proxy"
        )
        self.db_sg.add_ingress_rule(
            self.proxy_sg, ec2.Port.tcp(POSTGRES_PORT), "RDS Proxy to PostgreSQL"
        )
        self.redis_sg.add_ingress_rule(
            self.functions_sg, ec2.Port.tcp(REDIS_PORT), "functions to Redis (TLS)"
        )
        self.msk_sg.add_ingress_rule(
            self.functions_sg, ec2.Port.tcp(KAFKA_IAM_PORT), "producers to brokers (IAM/TLS)"
        )
        # Lambda's event source mapping pollers attach the cluster's security group; they reach
        # the brokers through this self-reference.
        self.msk_sg.add_ingress_rule(
            self.msk_sg, ec2.Port.tcp(KAFKA_IAM_PORT), "MSK pollers to brokers (IAM/TLS)"
        )

        self.endpoints_sg: ec2.SecurityGroup | None = None
        if cfg.interface_endpoints:
            self.endpoints_sg = self._sg(
                "Endpoints", "VPC interface endpoints", allow_all_outbound=False
            )
            # Only our callers: the functions, and Lambda's MSK pollers (Lambda and STS APIs).
            for peer, what in ((self.functions_sg, "functions"), (self.msk_sg, "MSK pollers")):
                self.endpoints_sg.add_ingress_rule(
                    peer, ec2.Port.tcp(443), f"HTTPS to AWS APIs from {what}"
                )
            for service in cfg.interface_endpoints:
                self.vpc.add_interface_endpoint(
                    f"Endpoint-{service}",
                    service=ec2.InterfaceVpcEndpointAwsService(service),
                    subnets=self.app_subnets,
                    security_groups=[self.endpoints_sg],
                    private_dns_enabled=True,
                    open=False,  # CDK would add "VPC CIDR -> 443"; our two rules above are narrower
                )

    def _sg(
        self, cid: str, description: str, *, allow_all_outbound: bool = True
    ) -> ec2.SecurityGroup:
        return ec2.SecurityGroup(
            self,
            f"{cid}Sg",
            vpc=self.vpc,
            description=f"careflow: {description}",
            allow_all_outbound=allow_all_outbound,
        )


_RETENTION_DAYS: tuple[tuple[int, logs.RetentionDays], ...] = tuple(
    zip(
        (
            1,
            3,
            5,
            7,
            14,
            30,
            60,
            90,
            120,
            150,
            180,
            365,
            400,
            545,
            731,
            1096,
            1827,
            2192,
            2557,
            2922,
            3288,
            3653,
        ),
        [m for m in logs.RetentionDays if m is not logs.RetentionDays.INFINITE],
        strict=True,
    )
)


def retention(days: int) -> logs.RetentionDays:
    """CloudWatch only accepts fixed retention values: round up to the next one (never infinite)."""
    for allowed, member in _RETENTION_DAYS:
        if days <= allowed:
            return member
    return _RETENTION_DAYS[-1][1]
