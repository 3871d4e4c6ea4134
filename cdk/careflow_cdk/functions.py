"""Every function of topology, its layers, least-privilege role and MSK event source mapping.

Everything comes from ``careflow_shared.topology`` — the table the local harness also reads:
names, handlers, memory, timeouts, layers, and every Kafka mapping setting. What a function may
touch is *derived* from the layers it loads (``rds`` → connect to the proxy as ``careflow_app``,
``tenant_context`` → read the Redis AUTH secret, ``documents`` → the bucket and its key,
``streaming`` → connect to MSK) plus two small tables, see ``permissions.py``, so adding a layer
in topology without its permission cannot happen silently.

Each function gets: its own role (a customer-managed policy, no ``*`` except the EC2 network
interface and X-Ray actions that have no resource-level form), VPC placement in the app
subnets (with the database clients' security group only when it has the ``rds`` layer),
reserved concurrency, active X-Ray tracing, its own KMS-encrypted log group with retention, and
Powertools settings that keep event bodies and responses out of logs and traces.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from aws_cdk import Annotations, Duration, RemovalPolicy
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from constructs import Construct

from . import bundle, packaging
from .config import EnvConfig
from .data import DB_APP_USER, DB_NAME, Data
from .keys import Keys
from .lambda_env import Endpoints, function_environment
from .network import POSTGRES_PORT, Network, retention
from .paths import FUNCTIONS_DIR, topology
from .permissions import function_statements
from .pipeline import PipelineSettings, window_property
from .streaming import Streaming
from .telemetry import Telemetry

RUNTIME = lambda_.Runtime.PYTHON_3_13


@dataclass(frozen=True)
class BuiltFunction:
    spec: topology.FunctionSpec
    function: lambda_.Function
    role: iam.Role
    policy: iam.ManagedPolicy
    log_group: logs.LogGroup
    layer_names: tuple[str, ...]
    # What triggers invoke: the function itself, or its ``live`` alias when SnapStart is on
    # (SnapStart only applies to published versions).
    target: lambda_.IFunction


class Functions(Construct):
    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        cfg: EnvConfig,
        keys: Keys,
        network: Network,
        data: Data,
        streaming: Streaming,
        pipeline: PipelineSettings,
        telemetry: Telemetry | None = None,
    ) -> None:
        super().__init__(scope, construct_id)
        self.cfg = cfg
        self._telemetry = telemetry
        self._keys = keys
        self._network = network
        self._data = data
        self._streaming = streaming
        self.architecture = (
            lambda_.Architecture.ARM_64
            if cfg.lambda_architecture == "arm64"
            else lambda_.Architecture.X86_64
        )
        self.dependency_layer_build = packaging.build_dependency_layer(cfg.lambda_architecture)
        self.layer_sources = bundle.layer_sources()
        self.code_layers: dict[tuple[str, ...], lambda_.LayerVersion] = {}
        self.code_layer_dirs: dict[tuple[str, ...], Path] = {}
        self.dependencies_layer = self._dependencies_layer()
        self.functions: dict[str, BuiltFunction] = {
            name: self._function(spec) for name, spec in pipeline.functions().items()
        }
        self.mappings: dict[str, lambda_.CfnEventSourceMapping] = {}
        for mapping in pipeline.mappings():
            self._mapping(mapping)

    # --- layers -------------------------------------------------------------------------------
    def _dependencies_layer(self) -> lambda_.LayerVersion:
        deps = self.dependency_layer_build
        return lambda_.LayerVersion(
            self,
            "Layer-dependencies",
            layer_version_name=f"{self.cfg.prefix}-dependencies",
            code=lambda_.Code.from_asset(str(deps.zip_path)),
            compatible_runtimes=[RUNTIME],
            compatible_architectures=[self.architecture],
            description=f"careflow third-party dependencies, requirements.txt sha256:{deps.requirements_hash}",
            removal_policy=RemovalPolicy.RETAIN,
        )

    def _code_layer(self, names: tuple[str, ...]) -> lambda_.LayerVersion:
        """One layer holding the function's own layers merged (see packaging.build_composite_layer)."""
        if names not in self.code_layers:
            folder = packaging.build_composite_layer(names, self.layer_sources)
            self.code_layer_dirs[names] = folder / "python"
            self.code_layers[names] = lambda_.LayerVersion(
                self,
                "Layer-" + "-".join(names),
                layer_version_name=f"{self.cfg.prefix}-" + "-".join(names),
                code=lambda_.Code.from_asset(str(folder)),
                compatible_runtimes=[RUNTIME],
                compatible_architectures=[self.architecture],
                description="careflow layers: " + ", ".join(names),
                removal_policy=RemovalPolicy.RETAIN,
            )
        return self.code_layers[names]

    def unzipped_sizes(self, name: str) -> dict[str, int]:
        """Bytes per part of one function as Lambda unpacks it: code, our layers, dependencies."""
        built = self.functions[name]
        return {
            "code": packaging.tree_size(FUNCTIONS_DIR / name),
            "layers": packaging.tree_size(
                self.code_layer_dirs[built.layer_names], apply_excludes=False
            ),
            "dependencies": packaging.tree_size(
                self.dependency_layer_build.directory, apply_excludes=False
            ),
        }

    # --- functions ----------------------------------------------------------------------------
    def function_name(self, name: str) -> str:
        return f"{self.cfg.prefix}-{name.replace('_', '-')}"

    def _function(self, spec: topology.FunctionSpec) -> BuiltFunction:
        cfg = self.cfg
        code_dir = FUNCTIONS_DIR / spec.name
        if not code_dir.is_dir():
            raise FileNotFoundError(f"function {spec.name!r}: {code_dir} is missing")
        fn_name = self.function_name(spec.name)
        scope = Construct(self, spec.name)
        log_group = logs.LogGroup(
            scope,
            "Logs",
            log_group_name=f"/aws/lambda/{fn_name}",
            retention=retention(cfg.log_retention_days),
            encryption_key=self._keys.logs,
            removal_policy=RemovalPolicy.RETAIN if cfg.retain_data else RemovalPolicy.DESTROY,
        )
        policy = iam.ManagedPolicy(
            scope,
            "Access",
            description=f"careflow {cfg.name} {spec.name}: least privilege",
            statements=function_statements(
                self,
                spec,
                cfg,
                self._keys,
                self._data,
                self._streaming,
                log_group,
                xray_segments=self._telemetry is None,
            )
            + (self._telemetry.function_statements() if self._telemetry else []),
        )
        # The managed policy is attached at role creation, so the function (which depends on the
        # role) can never be created before it may manage its VPC network interfaces.
        role = iam.Role(
            scope,
            "Role",
            assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
            description=f"careflow {cfg.name} {spec.name}",
            managed_policies=[policy],
        )
        layer_names = bundle.own_layers(spec.name, self.layer_sources)
        for missing in sorted(set(spec.layers) - set(layer_names) - {"dependencies"}):
            # Info, not a warning: CDK's validation report fails synth on warnings.
            Annotations.of(scope).add_info(
                f"{spec.name}: layer {missing!r} not built yet (folder absent) - skipped"
            )
        function = lambda_.Function(
            scope,
            "Function",
            function_name=fn_name,
            description=spec.description or spec.name,
            runtime=RUNTIME,
            architecture=self.architecture,
            handler=spec.handler,
            code=lambda_.Code.from_asset(str(code_dir), exclude=list(packaging.ASSET_EXCLUDES)),
            layers=[
                self._code_layer(layer_names),
                self.dependencies_layer,
                *(self._telemetry.layers if self._telemetry else []),
            ],
            memory_size=spec.memory_mb,
            timeout=Duration.seconds(spec.timeout_s),
            reserved_concurrent_executions=cfg.concurrency_for(
                spec.name, spec.reserved_concurrency
            ),
            role=role,
            vpc=self._network.vpc,
            vpc_subnets=self._network.app_subnets,
            security_groups=self.security_groups(spec),
            log_group=log_group,
            environment=self._environment(spec),
            snap_start=lambda_.SnapStartConf.ON_PUBLISHED_VERSIONS if spec.snap_start else None,
        )
        # Set on the resource directly: ``tracing=ACTIVE`` would also add an inline policy with the
        # X-Ray actions our managed policy already grants. With telemetry, OpenTelemetry's spans
        # are the trace (one per patient message, W3C ids, to X-Ray's OTLP endpoint); Lambda's own
        # Active segments would start a second, unrelated X-Ray trace per invocation.
        cfn_function = function.node.default_child
        assert isinstance(cfn_function, lambda_.CfnFunction)
        cfn_function.tracing_config = lambda_.CfnFunction.TracingConfigProperty(
            mode="PassThrough" if self._telemetry else "Active"
        )
        target: lambda_.IFunction = function
        if spec.snap_start:
            target = lambda_.Alias(
                scope, "Live", alias_name="live", version=function.current_version
            )
        return BuiltFunction(spec, function, role, policy, log_group, layer_names, target)

    def security_groups(self, spec: topology.FunctionSpec) -> list[ec2.ISecurityGroup]:
        """Every function: Redis, MSK, the AWS endpoints; the database only with the rds layer
        (the same rule as its ``rds-db:connect`` grant, see permissions.py)."""
        groups: list[ec2.ISecurityGroup] = [self._network.functions_sg]
        if "rds" in spec.layers:
            groups.append(self._network.db_clients_sg)
        return groups

    def _environment(self, spec: topology.FunctionSpec) -> dict[str, str]:
        cfg, data, streaming = self.cfg, self._data, self._streaming
        return function_environment(
            spec.name,
            spec=spec,
            at=Endpoints(
                env_name=cfg.name,
                db_host=data.proxy.endpoint,
                db_port=str(POSTGRES_PORT),
                db_name=DB_NAME,
                db_user=DB_APP_USER,
                db_auth="iam",
                redis_url=data.redis_url,
                redis_auth_secret=data.redis_auth.secret_arn,
                kafka_bootstrap=streaming.bootstrap_brokers,
                kafka_security="iam",
                documents_bucket=data.documents.bucket_name,
                documents_kms_key_id=self._keys.documents.key_arn,
                secrets_prefix=cfg.secrets_prefix,
                jwt_issuer=cfg.jwt_issuer,
                jwt_audience=",".join(cfg.jwt_audience),
                **(self._telemetry.endpoint_settings() if self._telemetry else {}),
            ),
        )

    # --- MSK event source mappings -------------------------------------------------------------
    def _mapping(self, mapping: topology.KafkaMapping) -> None:
        """One ``AWS::Lambda::EventSourceMapping`` per topology entry, field for field.

        The L1 resource is used on purpose: the L2 ``ManagedKafkaEventSource`` attaches the broad
        AWS-managed ``AWSLambdaMSKExecutionRole``; our managed policy already grants exactly the
        cluster, topic, group and dead-letter-topic actions this mapping needs.
        """
        built = self.functions[mapping.function]
        window = window_property(mapping.maximum_batching_window_s)
        cfn = lambda_.CfnEventSourceMapping(
            built.function,
            f"Kafka-{mapping.topic}",
            function_name=(
                built.target.function_arn  # the alias: Ref resolves to its ARN
                if built.spec.snap_start
                else built.function.function_name
            ),
            event_source_arn=self._streaming.cluster_arn,
            topics=[mapping.topic],
            starting_position=mapping.starting_position,
            batch_size=mapping.batch_size,
            maximum_batching_window_in_seconds=window,
            maximum_retry_attempts=mapping.maximum_retry_attempts,
            maximum_record_age_in_seconds=mapping.maximum_record_age_s,
            bisect_batch_on_function_error=mapping.bisect_batch_on_function_error,
            function_response_types=list(mapping.function_response_types) or None,
            destination_config=lambda_.CfnEventSourceMapping.DestinationConfigProperty(
                on_failure=lambda_.CfnEventSourceMapping.OnFailureProperty(
                    destination=f"kafka://{mapping.on_failure_topic}"
                )
            )
            if mapping.on_failure_topic
            else None,
            amazon_managed_kafka_event_source_config=lambda_.CfnEventSourceMapping.AmazonManagedKafkaEventSourceConfigProperty(
                consumer_group_id=mapping.consumer_group_id
            ),
            # Retry controls and Kafka on-failure destinations exist in provisioned mode only.
            # Dev/staging share one poller group: provisioned mode bills per Event Poller Unit.
            provisioned_poller_config=lambda_.CfnEventSourceMapping.ProvisionedPollerConfigProperty(
                minimum_pollers=self.cfg.esm_min_pollers,
                maximum_pollers=self.cfg.esm_max_pollers,
                poller_group_name=f"{self.cfg.prefix}-pollers"
                if self.cfg.esm_shared_poller_group
                else None,
            ),
            metrics_config=lambda_.CfnEventSourceMapping.MetricsConfigProperty(
                metrics=["EventCount", "ErrorCount", "KafkaMetrics"]
            ),
        )
        # The mapping needs its source and dead-letter topics to exist.
        for topic in (mapping.topic, mapping.on_failure_topic):
            if topic:
                cfn.node.add_dependency(self._streaming.topics[topic])
        self.mappings[mapping.name] = cfn
