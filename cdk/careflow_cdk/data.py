"""Data stores: RDS PostgreSQL behind RDS Proxy, ElastiCache Redis, the S3 documents bucket.

Defaults a healthcare workload needs, all on by default and checked by ``tests/infra``:

- **PostgreSQL**: customer KMS key, automated backups, logs exported to CloudWatch, enhanced
  monitoring, deletion protection and ``RETAIN`` outside dev (``SNAPSHOT`` in dev), forced TLS
  (``rds.force_ssl``), isolated subnets. The master password is managed by RDS in Secrets
  Manager (``ManageMasterUserPassword``) with RDS's own rotation — no rotation Lambda to run.
- **RDS Proxy**: TLS required and *end-to-end IAM auth* (``DefaultAuthScheme=IAM_AUTH``): the
  functions connect as ``careflow_app`` with a SigV4 token, the proxy reaches the database with
  IAM too, so no application password exists anywhere. The migration must ``GRANT rds_iam TO
  careflow_app`` on AWS (see cdk/README.md).
- **Redis**: replication group with TLS in transit, KMS at rest, an AUTH token generated into
  Secrets Manager (the functions read it by name), Multi-AZ with automatic failover when the
  environment has replicas (prod).
- **Documents**: KMS (bucket key on), versioning, public access blocked, SSL only, server access
  logs to a separate bucket, lifecycle rules (IA after N days, old versions expire).
"""

from __future__ import annotations

from aws_cdk import Duration, RemovalPolicy, Stack
from aws_cdk import aws_backup as backup
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticache as elasticache
from aws_cdk import aws_events as events
from aws_cdk import aws_iam as iam
from aws_cdk import aws_logs as logs
from aws_cdk import aws_rds as rds
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_secretsmanager as secretsmanager
from constructs import Construct

from .config import EnvConfig
from .keys import Keys
from .network import POSTGRES_PORT, REDIS_PORT, Network, retention

DB_NAME = "careflow"
DB_ADMIN_USER = "careflow_admin"
DB_APP_USER = "careflow_app"


class Data(Construct):
    def __init__(
        self, scope: Construct, construct_id: str, *, cfg: EnvConfig, keys: Keys, network: Network
    ) -> None:
        super().__init__(scope, construct_id)
        self.cfg = cfg
        self._database(cfg, keys, network)
        self._redis(cfg, keys, network)
        self._documents(cfg, keys)

    # --- PostgreSQL -------------------------------------------------------------------------
    def _database(self, cfg: EnvConfig, keys: Keys, network: Network) -> None:
        engine = rds.DatabaseInstanceEngine.postgres(
            version=rds.PostgresEngineVersion.of(
                cfg.db_engine_version, cfg.db_engine_version.split(".")[0]
            )
        )
        parameters = rds.ParameterGroup(
            self,
            "DbParameters",
            engine=engine,
            description=f"careflow {cfg.name}: TLS only, statement logging for audits",
            parameters={
                "rds.force_ssl": "1",
                "log_connections": "1",
                "log_disconnections": "1",
                # DDL only: logging every statement would put PHI into the logs.
                "log_statement": "ddl",
                "log_min_duration_statement": "1000",
            },
        )
        identifier = f"{cfg.prefix}-postgres"
        # RDS would create its export log groups itself: unencrypted and kept forever. Creating
        # them first (KMS, retention) avoids both, and avoids CDK's LogRetention helper Lambda.
        log_types = ("postgresql", "upgrade", "iam-db-auth-error")
        db_logs = [
            logs.LogGroup(
                self,
                f"DbLogs-{log_type}",
                log_group_name=f"/aws/rds/instance/{identifier}/{log_type}",
                retention=retention(cfg.log_retention_days),
                encryption_key=keys.logs,
                removal_policy=RemovalPolicy.RETAIN if cfg.retain_data else RemovalPolicy.DESTROY,
            )
            for log_type in log_types
        ]
        self.db = rds.DatabaseInstance(
            self,
            "Postgres",
            instance_identifier=identifier,
            engine=engine,
            instance_type=ec2.InstanceType(cfg.db_instance_type),
            vpc=network.vpc,
            vpc_subnets=network.data_subnets,
            security_groups=[network.db_sg],
            port=POSTGRES_PORT,
            database_name=DB_NAME,
            credentials=rds.Credentials.from_username(DB_ADMIN_USER, encryption_key=keys.data),
            manage_master_user_password=True,
            iam_authentication=True,
            storage_encrypted=True,
            storage_encryption_key=keys.data,
            storage_type=rds.StorageType.GP3,
            allocated_storage=cfg.db_allocated_storage_gb,
            max_allocated_storage=cfg.db_max_allocated_storage_gb,
            multi_az=cfg.db_multi_az,
            backup_retention=Duration.days(cfg.db_backup_retention_days),
            delete_automated_backups=not cfg.retain_data,
            deletion_protection=cfg.retain_data,
            removal_policy=RemovalPolicy.RETAIN if cfg.retain_data else RemovalPolicy.SNAPSHOT,
            cloudwatch_logs_exports=list(log_types),
            monitoring_interval=Duration.seconds(cfg.db_monitoring_interval_s),
            enable_performance_insights=cfg.db_performance_insights,
            performance_insight_encryption_key=keys.data if cfg.db_performance_insights else None,
            auto_minor_version_upgrade=True,
            publicly_accessible=False,
            copy_tags_to_snapshot=True,
            parameter_group=parameters,
        )
        for group in db_logs:
            self.db.node.add_dependency(group)
        self._backup_plan(cfg, keys)
        self.proxy_role = self._proxy_role()
        self.proxy = rds.DatabaseProxy(
            self,
            "Proxy",
            proxy_target=rds.ProxyTarget.from_instance(self.db),
            vpc=network.vpc,
            vpc_subnets=network.app_subnets,
            security_groups=[network.proxy_sg],
            require_tls=True,
            iam_auth=True,
            default_auth_scheme=rds.DefaultAuthScheme.IAM_AUTH,
            role=self.proxy_role,
            debug_logging=False,  # would log SQL text, i.e. patient data
            idle_client_timeout=Duration.minutes(15),
        )

    def _proxy_role(self) -> iam.Role:
        """End-to-end IAM: the proxy itself logs in to PostgreSQL with an IAM token, as the app user.

        CDK's proxy construct grants nothing for this scheme; without ``rds-db:connect`` on the
        instance's resource id the proxy could not open a single connection.
        """
        stack = Stack.of(self)
        policy = iam.ManagedPolicy(
            self,
            "ProxyAccess",
            description="careflow: RDS Proxy connects to PostgreSQL as careflow_app with IAM",
            statements=[
                iam.PolicyStatement(
                    actions=["rds-db:connect"],
                    resources=[
                        f"arn:{stack.partition}:rds-db:{stack.region}:{stack.account}:dbuser:"
                        f"{self.db.instance_resource_id}/{DB_APP_USER}"
                    ],
                )
            ],
        )
        return iam.Role(
            self,
            "ProxyRole",
            assumed_by=iam.ServicePrincipal("rds.amazonaws.com"),
            description="careflow RDS Proxy",
            managed_policies=[policy],
        )

    def _backup_plan(self, cfg: EnvConfig, keys: Keys) -> None:
        """AWS Backup on top of RDS's automated backups: a vault with its own KMS key and retention.

        Point-in-time recovery covers operator mistakes of the last days; the vault keeps daily
        recovery points independent of the instance (deleting the instance keeps them).
        """
        vault = backup.BackupVault(
            self,
            "BackupVault",
            backup_vault_name=f"{cfg.prefix}-vault",
            encryption_key=keys.data,
            removal_policy=RemovalPolicy.RETAIN,
        )
        plan = backup.BackupPlan(
            self, "BackupPlan", backup_plan_name=f"{cfg.prefix}-daily", backup_vault=vault
        )
        plan.add_rule(
            backup.BackupPlanRule(
                rule_name="daily",
                schedule_expression=events.Schedule.cron(hour="3", minute="0"),
                delete_after=Duration.days(max(cfg.db_backup_retention_days, 7)),
            )
        )
        plan.add_selection(
            "Postgres", resources=[backup.BackupResource.from_rds_database_instance(self.db)]
        )

    # --- Redis ------------------------------------------------------------------------------
    def _redis(self, cfg: EnvConfig, keys: Keys, network: Network) -> None:
        self.redis_auth = secretsmanager.Secret(
            self,
            "RedisAuthToken",
            secret_name=f"careflow/{cfg.name}/redis/auth-token",
            description="ElastiCache AUTH token; functions read it via CAREFLOW_REDIS_AUTH_SECRET",
            encryption_key=keys.data,
            generate_secret_string=secretsmanager.SecretStringGenerator(
                # ElastiCache accepts 16-128 printable chars without @ " / — plain alphanumerics are safest.
                exclude_punctuation=True,
                password_length=64,
            ),
            # Retained with the cluster it unlocks.
            removal_policy=RemovalPolicy.RETAIN if cfg.retain_data else RemovalPolicy.DESTROY,
        )
        subnets = elasticache.CfnSubnetGroup(
            self,
            "RedisSubnets",
            description=f"careflow {cfg.name} Redis (isolated subnets)",
            subnet_ids=network.vpc.select_subnets(
                subnet_type=ec2.SubnetType.PRIVATE_ISOLATED
            ).subnet_ids,
        )
        failover = cfg.redis_replicas > 0
        self.redis = elasticache.CfnReplicationGroup(
            self,
            "Redis",
            replication_group_description=f"careflow {cfg.name}: tenant context, idempotency, rate limits",
            engine="redis",
            engine_version=cfg.redis_engine_version,
            cache_node_type=cfg.redis_node_type,
            num_node_groups=1,
            replicas_per_node_group=cfg.redis_replicas,
            automatic_failover_enabled=failover,
            multi_az_enabled=failover,
            transit_encryption_enabled=True,
            transit_encryption_mode="required",
            at_rest_encryption_enabled=True,
            kms_key_id=keys.data.key_arn,
            auth_token=self.redis_auth.secret_value.unsafe_unwrap(),  # a dynamic reference, resolved by CloudFormation
            cache_subnet_group_name=subnets.ref,
            security_group_ids=[network.redis_sg.security_group_id],
            port=REDIS_PORT,
            snapshot_retention_limit=cfg.redis_snapshot_retention_days,
            auto_minor_version_upgrade=True,
        )
        self.redis.apply_removal_policy(
            RemovalPolicy.RETAIN if cfg.retain_data else RemovalPolicy.DESTROY
        )

    @property
    def redis_url(self) -> str:
        """``rediss://`` (TLS) URL of the primary endpoint; the token is read from the secret."""
        return f"rediss://{self.redis.attr_primary_end_point_address}:{self.redis.attr_primary_end_point_port}/0"

    # --- Documents bucket -------------------------------------------------------------------
    def _documents(self, cfg: EnvConfig, keys: Keys) -> None:
        removal = RemovalPolicy.RETAIN if cfg.retain_data else RemovalPolicy.DESTROY
        self.access_logs = s3.Bucket(
            self,
            "AccessLogs",
            # Server access logging only supports SSE-S3 on the target bucket.
            encryption=s3.BucketEncryption.S3_MANAGED,
            block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
            enforce_ssl=True,
            versioned=True,
            object_ownership=s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
            lifecycle_rules=[
                s3.LifecycleRule(
                    id="expire-access-logs",
                    expiration=Duration.days(cfg.access_logs_expire_days),
                    noncurrent_version_expiration=Duration.days(30),
                    abort_incomplete_multipart_upload_after=Duration.days(1),
                )
            ],
            removal_policy=removal,
        )
        self.documents = s3.Bucket(
            self,
            "Documents",
            encryption=s3.BucketEncryption.KMS,
            encryption_key=keys.documents,
            bucket_key_enabled=True,
            block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
            enforce_ssl=True,
            minimum_tls_version=1.2,
            versioned=True,
            object_ownership=s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
            server_access_logs_bucket=self.access_logs,
            server_access_logs_prefix="documents/",
            lifecycle_rules=[
                s3.LifecycleRule(
                    id="tier-and-expire-old-versions",
                    transitions=[
                        s3.Transition(
                            storage_class=s3.StorageClass.INFREQUENT_ACCESS,
                            transition_after=Duration.days(cfg.documents_ia_after_days),
                        )
                    ],
                    noncurrent_version_expiration=Duration.days(
                        cfg.documents_noncurrent_expire_days
                    ),
                    abort_incomplete_multipart_upload_after=Duration.days(1),
                )
            ],
            removal_policy=removal,
        )
