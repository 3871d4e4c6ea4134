"""Security and data-safety properties of the synthesized templates, in every environment.

One test per property the issue names, with ``aws_cdk.assertions``. Where a property differs
by environment (retention, Multi-AZ), the expectation is read from the same configuration the
stack used, and prod's values are pinned explicitly.
"""

from __future__ import annotations

import json
from typing import Any

from aws_cdk.assertions import Match

from careflow_cdk.paths import topology

from .conftest import Synth


def _cfg(synth: Synth):  # type: ignore[no-untyped-def]
    assert synth.stack is not None
    return synth.stack.cfg


def _pipeline(synth: Synth):  # type: ignore[no-untyped-def]
    assert synth.stack is not None
    return synth.stack.pipeline


def _ref(logical_id: str) -> dict[str, Any]:
    return {"Fn::GetAtt": [logical_id, "Arn"]}


def _one(synth: Synth, type_: str, contains: str = "") -> tuple[str, dict[str, Any]]:
    found = [(k, v) for k, v in synth.resources(type_).items() if contains in k]
    assert len(found) == 1, (
        f"expected one {type_} matching {contains!r}, got {[k for k, _ in found]}"
    )
    return found[0]


def _key_id(synth: Synth, alias_suffix: str) -> str:
    for alias in synth.resources("AWS::KMS::Alias").values():
        if alias["Properties"]["AliasName"].endswith(alias_suffix):
            target = alias["Properties"]["TargetKeyId"]
            return str(target["Ref"] if "Ref" in target else target["Fn::GetAtt"][0])
    raise AssertionError(f"no KMS alias ending {alias_suffix}")


# --- KMS ------------------------------------------------------------------------------------
def test_kms_keys_rotate_and_are_retained_outside_dev(synth: Synth) -> None:
    synth.tpl.all_resources_properties("AWS::KMS::Key", {"EnableKeyRotation": True})
    if _cfg(synth).retain_data:
        synth.tpl.all_resources(
            "AWS::KMS::Key", {"DeletionPolicy": "Retain", "UpdateReplacePolicy": "Retain"}
        )


# --- network --------------------------------------------------------------------------------
def test_vpc_has_flow_logs_to_encrypted_log_group(synth: Synth) -> None:
    synth.tpl.has_resource_properties(
        "AWS::EC2::FlowLog",
        {"ResourceType": "VPC", "TrafficType": "ALL", "LogDestinationType": "cloud-watch-logs"},
    )


def test_no_subnet_assigns_public_ips(synth: Synth) -> None:
    for subnet in synth.resources("AWS::EC2::Subnet").values():
        assert subnet["Properties"].get("MapPublicIpOnLaunch") is False


def test_interface_endpoints_follow_config(synth: Synth) -> None:
    endpoints = [e["Properties"] for e in synth.resources("AWS::EC2::VPCEndpoint").values()]
    interface = [e for e in endpoints if e.get("VpcEndpointType") == "Interface"]
    assert len(interface) == len(_cfg(synth).interface_endpoints)
    assert any(
        "s3" in str(e["ServiceName"])
        for e in endpoints
        if e.get("VpcEndpointType", "Gateway") == "Gateway"
    )
    if _cfg(synth).is_prod:
        assert {"secretsmanager", "kms", "sts", "logs"} <= set(_cfg(synth).interface_endpoints)


def test_no_security_group_is_open_to_the_world(synth: Synth) -> None:
    for sg in synth.resources("AWS::EC2::SecurityGroup").values():
        for rule in sg["Properties"].get("SecurityGroupIngress", []):
            assert rule.get("CidrIp") != "0.0.0.0/0" and rule.get("CidrIpv6") != "::/0"
    for rule in synth.resources("AWS::EC2::SecurityGroupIngress").values():
        assert rule["Properties"].get("CidrIp") != "0.0.0.0/0"


# --- RDS PostgreSQL + proxy -----------------------------------------------------------------
def test_postgres_encrypted_backed_up_logged_private(synth: Synth) -> None:
    cfg = _cfg(synth)
    synth.tpl.has_resource_properties(
        "AWS::RDS::DBInstance",
        {
            "Engine": "postgres",
            "StorageEncrypted": True,
            "KmsKeyId": _ref(_key_id(synth, "-data")),
            "BackupRetentionPeriod": Match.any_value(),
            "EnableCloudwatchLogsExports": Match.array_with(["postgresql"]),
            "EnableIAMDatabaseAuthentication": True,
            "PubliclyAccessible": False,
            "ManageMasterUserPassword": True,
            "MultiAZ": cfg.db_multi_az,
            "DeletionProtection": cfg.retain_data,
        },
    )
    (_, db) = _one(synth, "AWS::RDS::DBInstance")
    assert db["Properties"]["BackupRetentionPeriod"] >= 7
    assert "MasterUserPassword" not in db["Properties"]
    # RDS generates, stores and rotates the master password, encrypted with our data key.
    assert db["Properties"]["MasterUserSecret"] == {"KmsKeyId": _ref(_key_id(synth, "-data"))}
    assert db["DeletionPolicy"] == ("Retain" if cfg.retain_data else "Snapshot")
    synth.tpl.has_resource_properties(
        "AWS::RDS::DBParameterGroup",
        {"Parameters": Match.object_like({"rds.force_ssl": "1", "log_statement": "ddl"})},
    )
    if cfg.is_prod:
        assert (
            db["Properties"]["MultiAZ"] is True and db["Properties"]["DeletionProtection"] is True
        )


def test_postgres_log_groups_exist_before_export_with_kms(synth: Synth) -> None:
    groups = [g["Properties"] for g in synth.resources("AWS::Logs::LogGroup").values()]
    rds_groups = [
        g for g in groups if str(g.get("LogGroupName", "")).startswith("/aws/rds/instance/")
    ]
    assert len(rds_groups) == 3 and all("KmsKeyId" in g for g in rds_groups)


def test_postgres_in_aws_backup_plan(synth: Synth) -> None:
    synth.tpl.has_resource_properties(
        "AWS::Backup::BackupVault", {"EncryptionKeyArn": _ref(_key_id(synth, "-data"))}
    )
    synth.tpl.resource_count_is("AWS::Backup::BackupSelection", 1)


def test_rds_proxy_requires_tls_and_iam_end_to_end(synth: Synth) -> None:
    synth.tpl.has_resource_properties(
        "AWS::RDS::DBProxy",
        {
            "RequireTLS": True,
            "DebugLogging": False,
            "EngineFamily": "POSTGRESQL",
            "DefaultAuthScheme": "IAM_AUTH",
        },
    )


def test_rds_proxy_role_may_log_in_as_the_app_user_only(synth: Synth) -> None:
    (db_id, _) = _one(synth, "AWS::RDS::DBInstance")
    (_, policy) = _one(synth, "AWS::IAM::ManagedPolicy", "DataProxyAccess")
    (statement,) = policy["Properties"]["PolicyDocument"]["Statement"]
    assert statement["Action"] == "rds-db:connect"
    rendered = json.dumps(statement["Resource"])
    assert (
        db_id in rendered
        and "DbiResourceId" in rendered
        and rendered.endswith('"/careflow_app"]]}')
    )


# --- Redis ----------------------------------------------------------------------------------
def test_redis_tls_encrypted_auth_token(synth: Synth) -> None:
    cfg = _cfg(synth)
    (_, rg) = _one(synth, "AWS::ElastiCache::ReplicationGroup")
    props = rg["Properties"]
    assert (
        props["TransitEncryptionEnabled"] is True and props["TransitEncryptionMode"] == "required"
    )
    assert props["AtRestEncryptionEnabled"] is True and "KmsKeyId" in props
    token = str(props["AuthToken"])
    assert "resolve:secretsmanager" in token, (
        "the AUTH token must be a dynamic reference, never a literal"
    )
    assert props["AutomaticFailoverEnabled"] is (cfg.redis_replicas > 0)
    assert props["MultiAZEnabled"] is (cfg.redis_replicas > 0)
    assert props["SnapshotRetentionLimit"] >= 15
    if cfg.is_prod:
        assert props["MultiAZEnabled"] is True and props["ReplicasPerNodeGroup"] >= 1


# --- S3 -------------------------------------------------------------------------------------
def test_documents_bucket_kms_versioned_private_logged_lifecycle(synth: Synth) -> None:
    cfg = _cfg(synth)
    docs_key = _key_id(synth, "-documents")
    buckets = synth.resources("AWS::S3::Bucket")
    docs = [
        (k, b)
        for k, b in buckets.items()
        if b["Properties"]
        .get("BucketEncryption", {})
        .get("ServerSideEncryptionConfiguration", [{}])[0]
        .get("ServerSideEncryptionByDefault", {})
        .get("SSEAlgorithm")
        == "aws:kms"
    ]
    assert len(docs) == 1
    logical, bucket = docs[0]
    props = bucket["Properties"]
    sse = props["BucketEncryption"]["ServerSideEncryptionConfiguration"][0]
    assert sse["ServerSideEncryptionByDefault"]["KMSMasterKeyID"] == _ref(docs_key)
    assert sse["BucketKeyEnabled"] is True
    assert props["VersioningConfiguration"] == {"Status": "Enabled"}
    assert props["PublicAccessBlockConfiguration"] == {
        "BlockPublicAcls": True,
        "BlockPublicPolicy": True,
        "IgnorePublicAcls": True,
        "RestrictPublicBuckets": True,
    }
    assert "DestinationBucketName" in props["LoggingConfiguration"]
    rules = props["LifecycleConfiguration"]["Rules"]
    assert any("NoncurrentVersionExpiration" in r for r in rules) and any(
        "Transitions" in r for r in rules
    )
    assert bucket["DeletionPolicy"] == ("Retain" if cfg.retain_data else "Delete")
    synth.tpl.has_resource_properties(
        "AWS::S3::BucketPolicy",
        {
            "Bucket": {"Ref": logical},
            "PolicyDocument": {
                "Statement": Match.array_with(
                    [
                        Match.object_like(
                            {
                                "Effect": "Deny",
                                "Condition": {"Bool": {"aws:SecureTransport": "false"}},
                            }
                        )
                    ]
                )
            },
        },
    )


def test_every_bucket_blocks_public_access_and_enforces_tls(synth: Synth) -> None:
    synth.tpl.all_resources_properties(
        "AWS::S3::Bucket",
        {"PublicAccessBlockConfiguration": Match.object_like({"BlockPublicPolicy": True})},
    )
    assert len(synth.resources("AWS::S3::BucketPolicy")) == len(synth.resources("AWS::S3::Bucket"))


# --- MSK ------------------------------------------------------------------------------------
def test_msk_iam_auth_tls_encrypted(synth: Synth) -> None:
    cfg = _cfg(synth)
    synth.tpl.has_resource_properties(
        "AWS::MSK::Cluster",
        {
            "ClientAuthentication": {
                "Sasl": {"Iam": {"Enabled": True}},
                "Unauthenticated": {"Enabled": False},
            },
            "EncryptionInfo": {
                "EncryptionAtRest": {"DataVolumeKMSKeyId": _ref(_key_id(synth, "-data"))},
                "EncryptionInTransit": {"ClientBroker": "TLS", "InCluster": True},
            },
            "NumberOfBrokerNodes": cfg.msk_broker_count,
            "BrokerNodeGroupInfo": Match.object_like(
                {"ConnectivityInfo": {"PublicAccess": {"Type": "DISABLED"}}}
            ),
            "LoggingInfo": Match.any_value(),
        },
    )
    (_, config) = _one(synth, "AWS::MSK::Configuration")
    assert "auto.create.topics.enable=false" in config["Properties"]["ServerProperties"]
    if cfg.is_prod:
        assert (
            cfg.msk_broker_count >= 3
            and cfg.topic_replication_factor == 3
            and cfg.min_insync_replicas == 2
        )


def test_topics_are_topology_topics(synth: Synth) -> None:
    topics = {
        t["Properties"]["TopicName"]: t["Properties"]
        for t in synth.resources("AWS::MSK::Topic").values()
    }
    assert set(topics) == set(topology.ALL_TOPICS)
    for props in topics.values():
        assert props["PartitionCount"] == _pipeline(synth).topic_partitions
        assert props["ReplicationFactor"] == _cfg(synth).topic_replication_factor


# --- functions ------------------------------------------------------------------------------
def _functions(synth: Synth) -> dict[str, dict[str, Any]]:
    out = {}
    for fn in synth.resources("AWS::Lambda::Function").values():
        name = fn["Properties"].get("FunctionName", "")
        for spec in topology.FUNCTIONS:
            if name == f"{_cfg(synth).prefix}-{spec.replace('_', '-')}":
                out[spec] = fn["Properties"]
    return out


def test_every_topology_function_exists_with_its_settings(synth: Synth) -> None:
    functions = _functions(synth)
    assert set(functions) == set(topology.FUNCTIONS)
    for name, props in functions.items():
        spec = _pipeline(synth).function(name)
        assert props["Handler"] == spec.handler
        assert props["Runtime"] == "python3.13"
        assert props["MemorySize"] == spec.memory_mb
        assert props["Timeout"] == spec.timeout_s
        assert len(props["Layers"]) <= 5, "Lambda allows five layers per function"


def test_functions_in_vpc_traced_reserved_logged(synth: Synth) -> None:
    for name, props in _functions(synth).items():
        assert props["VpcConfig"]["SubnetIds"] and props["VpcConfig"]["SecurityGroupIds"], name
        # With telemetry, OpenTelemetry spans are the trace (test_telemetry.py); Active otherwise.
        mode = "PassThrough" if _cfg(synth).telemetry else "Active"
        assert props["TracingConfig"] == {"Mode": mode}, name
        assert props["ReservedConcurrentExecutions"] >= 1, name
        assert "LogGroup" in props["LoggingConfig"], name
        env = props["Environment"]["Variables"]
        assert env["CAREFLOW_DB_AUTH"] == "iam" and env["CAREFLOW_KAFKA_SECURITY"] == "iam"
        assert env["POWERTOOLS_LOGGER_LOG_EVENT"] == "false"
        assert env["POWERTOOLS_TRACER_CAPTURE_RESPONSE"] == "false"
        assert env["POWERTOOLS_METRICS_NAMESPACE"] == "careflow"
        for var in (
            "CAREFLOW_ENV", "CAREFLOW_DB_HOST", "CAREFLOW_DB_PORT", "CAREFLOW_DB_NAME", "CAREFLOW_DB_USER",
            "CAREFLOW_REDIS_URL", "CAREFLOW_REDIS_AUTH_SECRET", "CAREFLOW_KAFKA_BOOTSTRAP",
            "CAREFLOW_DOCUMENTS_BUCKET", "CAREFLOW_DOCUMENTS_KMS_KEY_ID", "CAREFLOW_SECRETS_PREFIX",
            "POWERTOOLS_SERVICE_NAME", "LOG_LEVEL",
        ):  # fmt: skip
            assert var in env, f"{name} lacks {var}"
        assert str(env["CAREFLOW_REDIS_URL"]).find("rediss://") >= 0 or "rediss://" in str(
            env["CAREFLOW_REDIS_URL"]
        )


def test_every_log_group_is_encrypted_with_retention(synth: Synth) -> None:
    synth.tpl.all_resources_properties(
        "AWS::Logs::LogGroup", {"KmsKeyId": Match.any_value(), "RetentionInDays": Match.any_value()}
    )
    if _cfg(synth).is_prod:
        for group in synth.resources("AWS::Logs::LogGroup").values():
            if str(group["Properties"].get("LogGroupName", "")).startswith("/aws/lambda/careflow"):
                assert group["Properties"]["RetentionInDays"] >= 365


# --- IAM ------------------------------------------------------------------------------------
def _statements(synth: Synth, function: str) -> list[dict[str, Any]]:
    policies = [
        p["Properties"]
        for k, p in synth.resources("AWS::IAM::ManagedPolicy").items()
        if k.startswith(f"Functions{function.replace('_', '')}Access")
    ]
    assert len(policies) == 1, function
    return list(policies[0]["PolicyDocument"]["Statement"])


def _actions(statements: list[dict[str, Any]]) -> set[str]:
    out: set[str] = set()
    for st in statements:
        actions = st["Action"]
        out |= {actions} if isinstance(actions, str) else set(actions)
    return out


def test_function_roles_use_only_their_own_policy(synth: Synth) -> None:
    fn_roles = {
        k: r for k, r in synth.resources("AWS::IAM::Role").items() if k.startswith("Functions")
    }
    assert len(fn_roles) == len(topology.FUNCTIONS)
    for logical, role in fn_roles.items():
        arns = role["Properties"]["ManagedPolicyArns"]
        assert len(arns) == 1 and "Ref" in arns[0], (
            f"{logical}: AWS-managed or extra policies {arns}"
        )
        assert "Policies" not in role["Properties"]
    attached = {
        str(p["Properties"].get("Roles")) for p in synth.resources("AWS::IAM::Policy").values()
    }
    assert not any(k in roles for k in fn_roles for roles in attached), (
        "inline policies on function roles"
    )


def test_no_wildcard_actions_and_star_resources_only_where_unavoidable(synth: Synth) -> None:
    for name in topology.FUNCTIONS:
        for st in _statements(synth, name):
            actions = [st["Action"]] if isinstance(st["Action"], str) else st["Action"]
            assert not any(a == "*" or a.endswith(":*") for a in actions), (name, actions)
            if st["Resource"] == "*":
                assert all(a.startswith(("ec2:", "xray:")) for a in actions), (name, actions)


def test_least_privilege_follows_layers(synth: Synth) -> None:
    for name, spec in topology.FUNCTIONS.items():
        actions = _actions(_statements(synth, name))
        assert ("rds-db:connect" in actions) == ("rds" in spec.layers), name
        assert ("s3:PutObject" in actions) == ("documents" in spec.layers), name
        assert "s3:DeleteObject" not in actions and "s3:*" not in actions
        assert ("kafka-cluster:ReadData" in actions) == any(
            m.function == name for m in topology.KAFKA_MAPPINGS
        )
    assert "secretsmanager:GetSecretValue" not in _actions(_statements(synth, "create_case")) or (
        "tenant_context" in topology.FUNCTIONS["create_case"].layers
    )


def test_consumers_write_only_their_dead_letter_topic(synth: Synth) -> None:
    for mapping in topology.PIPELINE_MAPPINGS:
        writes = [
            st
            for st in _statements(synth, mapping.function)
            if "kafka-cluster:WriteData" in st["Action"]
        ]
        resources = " ".join(str(st["Resource"]) for st in writes)
        assert mapping.on_failure_topic in resources
        other_dlqs = [
            m.on_failure_topic for m in topology.PIPELINE_MAPPINGS if m.function != mapping.function
        ]
        assert not any(f"/{dlq}" in resources for dlq in other_dlqs)


# --- API ------------------------------------------------------------------------------------
def test_api_stage_throttles_and_logs(synth: Synth) -> None:
    cfg = _cfg(synth)
    synth.tpl.has_resource_properties(
        "AWS::ApiGatewayV2::Stage",
        {
            "StageName": "$default",
            "AutoDeploy": True,
            "DefaultRouteSettings": Match.object_like(
                {
                    "ThrottlingRateLimit": cfg.api_throttle_rate,
                    "ThrottlingBurstLimit": cfg.api_throttle_burst,
                }
            ),
            "AccessLogSettings": {
                "DestinationArn": Match.any_value(),
                "Format": Match.string_like_regexp("requestId"),
            },
        },
    )
    (_, stage) = _one(synth, "AWS::ApiGatewayV2::Stage")
    assert "querystring" not in stage["Properties"]["AccessLogSettings"]["Format"].lower()


def test_jwt_authorizer(synth: Synth) -> None:
    synth.tpl.has_resource_properties(
        "AWS::ApiGatewayV2::Authorizer",
        {
            "AuthorizerType": "JWT",
            "IdentitySource": ["$request.header.Authorization"],
            "JwtConfiguration": Match.any_value(),
        },
    )
    if not _cfg(synth).jwt_issuer:
        synth.tpl.has_resource_properties(
            "AWS::Cognito::UserPool",
            {"MfaConfiguration": "ON", "AdminCreateUserConfig": {"AllowAdminCreateUserOnly": True}},
        )


# --- alarms ---------------------------------------------------------------------------------
def _alarm_names(synth: Synth) -> dict[str, dict[str, Any]]:
    return {k: a["Properties"] for k, a in synth.resources("AWS::CloudWatch::Alarm").items()}


def test_alarms_cover_functions_lag_dead_letters_api_and_db(synth: Synth) -> None:
    alarms = _alarm_names(synth)
    metrics = [json.dumps(a) for a in alarms.values()]
    joined = " ".join(metrics)
    for needed in ("Errors", "Throttles", "OffsetLag", "EstimatedMaxTimeLag", "MessagesInPerSec", "5xx",
                   "CPUUtilization", "DatabaseConnections"):  # fmt: skip
        assert needed in joined, f"no alarm on {needed}"
    assert sum('"MetricName": "Errors"' in m for m in metrics) == len(topology.FUNCTIONS)
    assert sum('"MetricName": "Throttles"' in m for m in metrics) == len(topology.FUNCTIONS)
    for mapping in topology.KAFKA_MAPPINGS:
        assert not mapping.dead_letter or mapping.on_failure_topic in joined, (
            f"no dead-letter alarm for {mapping.on_failure_topic}"
        )
        assert mapping.consumer_group_id in joined


def test_every_alarm_notifies_the_encrypted_topic(synth: Synth) -> None:
    (topic_id, topic) = _one(synth, "AWS::SNS::Topic")
    assert "KmsMasterKeyId" in topic["Properties"]
    for name, alarm in _alarm_names(synth).items():
        assert alarm["AlarmActions"] == [{"Ref": topic_id}], name
        assert alarm["TreatMissingData"] == "notBreaching"
