"""Telemetry on AWS (telemetry.py): OTLP -> collector extension -> X-Ray and Managed Prometheus.

Every environment: an AMP workspace encrypted with the logs key; every function with the
collector layers, the standard ``OTEL_*`` variables from ``lambda_env`` (the same source the
local runtime uses), ``aps:RemoteWrite`` on that workspace only and ``xray:PutSpans``; the AMP
alert manager wired to the alarm topic; Grafana exactly where ``cdk.json`` asks for it. A
synth with placeholder rules files (``fixtures/prometheus/rules``) proves each file becomes a
rule groups namespace and that such a stack stays cdk-nag and cfn-lint clean.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from cfnlint.api import ManualArgs, lint_file

from careflow_cdk import telemetry
from careflow_cdk.config import ConfigError, from_mapping
from careflow_cdk.lambda_env import Endpoints, telemetry_environment
from careflow_cdk.paths import topology

from .conftest import CDK_CONTEXT, Synth, synthesize
from .test_security import _cfg, _key_id, _statements

FIXTURE_RULES = Path(__file__).parent / "fixtures" / "prometheus" / "rules"


def _one(synth: Synth, type_: str) -> tuple[str, dict[str, Any]]:
    found = list(synth.resources(type_).items())
    assert len(found) == 1, f"expected one {type_}, got {[k for k, _ in found]}"
    return found[0]


def _functions(synth: Synth) -> dict[str, dict[str, Any]]:
    prefix = _cfg(synth).prefix
    by_name = {f"{prefix}-{name.replace('_', '-')}": name for name in topology.FUNCTIONS}
    out: dict[str, dict[str, Any]] = {}
    for fn in synth.resources("AWS::Lambda::Function").values():
        name = by_name.get(str(fn["Properties"].get("FunctionName", "")))
        if name:
            out[name] = fn["Properties"]
    assert set(out) == set(topology.FUNCTIONS)
    return out


def _actions(statement: dict[str, Any]) -> list[str]:
    actions = statement["Action"]
    return [actions] if isinstance(actions, str) else list(actions)


# --- the workspace ---------------------------------------------------------------------------
def test_prometheus_workspace_is_encrypted_with_the_logs_key(synth: Synth) -> None:
    _, workspace = _one(synth, "AWS::APS::Workspace")
    props = workspace["Properties"]
    assert props["Alias"] == _cfg(synth).prefix
    assert props["KmsKeyArn"] == {"Fn::GetAtt": [_key_id(synth, "-logs"), "Arn"]}
    expected = "Retain" if _cfg(synth).retain_data else "Delete"
    assert workspace["DeletionPolicy"] == expected


def test_alert_manager_notifies_the_alarm_topic(synth: Synth) -> None:
    ws_id, workspace = _one(synth, "AWS::APS::Workspace")
    topic_id, _ = _one(synth, "AWS::SNS::Topic")
    definition = workspace["Properties"]["AlertManagerDefinition"]
    rendered = str(definition)
    assert "sns_configs" in rendered and f"'Ref': '{topic_id}'" in rendered
    (policy,) = synth.resources("AWS::SNS::TopicPolicy").values()
    (grant,) = [
        s
        for s in policy["Properties"]["PolicyDocument"]["Statement"]
        if s.get("Principal") == {"Service": "aps.amazonaws.com"}
    ]
    assert grant["Effect"] == "Allow" and set(_actions(grant)) == {
        "sns:Publish",
        "sns:GetTopicAttributes",
    }
    assert grant["Condition"]["ArnEquals"]["aws:SourceArn"] == {"Fn::GetAtt": [ws_id, "Arn"]}


# --- every function --------------------------------------------------------------------------
def test_every_function_exports_otlp_to_the_collector_extension(synth: Synth) -> None:
    cfg = _cfg(synth)
    ws_id, _ = _one(synth, "AWS::APS::Workspace")
    (config_layer_id,) = [
        k for k in synth.resources("AWS::Lambda::LayerVersion") if k.startswith("Telemetry")
    ]
    adot = (
        f"arn:aws:lambda:{cfg.region}:{telemetry.ADOT_LAYER_ACCOUNT}:layer:aws-otel-collector-"
        f"amd64-ver-{telemetry.ADOT_COLLECTOR_VERSION}:{telemetry.ADOT_LAYER_VERSION}"
    )
    for name, props in _functions(synth).items():
        env = props["Environment"]["Variables"]
        assert env["OTEL_SERVICE_NAME"] == name
        assert env["OTEL_EXPORTER_OTLP_ENDPOINT"] == telemetry.OTLP_ENDPOINT
        assert env["OTEL_EXPORTER_OTLP_PROTOCOL"] == "http/json"
        assert env["OTEL_RESOURCE_ATTRIBUTES"] == f"deployment.environment={cfg.name}"
        assert env["OPENTELEMETRY_COLLECTOR_CONFIG_URI"] == telemetry.COLLECTOR_CONFIG_URI
        remote_write = str(env["CAREFLOW_AMP_REMOTE_WRITE_URL"])
        assert ws_id in remote_write and "api/v1/remote_write" in remote_write
        assert "tenant" not in env["OTEL_RESOURCE_ATTRIBUTES"]
        layers = props["Layers"]
        assert adot in layers and {"Ref": config_layer_id} in layers, name
        assert len(layers) <= 5
        assert props["TracingConfig"] == {"Mode": "PassThrough"}


def test_telemetry_variables_come_from_the_shared_env_source(synth: Synth) -> None:
    """The stack's OTEL_* values are exactly lambda_env.telemetry_environment's (no second list)."""
    for name, props in _functions(synth).items():
        env = props["Environment"]["Variables"]
        expected = telemetry_environment(
            name,
            Endpoints(
                env_name=_cfg(synth).name,
                db_host="",
                db_port="",
                db_name="",
                db_user="",
                redis_url="",
                kafka_bootstrap="",
                documents_bucket="",
                secrets_prefix="",
                otlp_endpoint=telemetry.OTLP_ENDPOINT,
                collector_config_uri=telemetry.COLLECTOR_CONFIG_URI,
                metrics_remote_write_url="<url>",
            ),
        )
        assert set(expected) <= set(env)
        for key, value in expected.items():
            if key != "CAREFLOW_AMP_REMOTE_WRITE_URL":
                assert env[key] == value, (name, key)


def test_local_containers_get_the_same_otel_variables() -> None:
    """Locally (careflow_local.lambda_env) the same names point at Jaeger's OTLP receiver."""
    from careflow_local.lambda_env import function_environment

    local = {
        "CAREFLOW_ENV": "local",
        "CAREFLOW_REDIS_URL": "redis://127.0.0.1:16379/0",
        "CAREFLOW_KAFKA_BOOTSTRAP": "127.0.0.1:19092",
        "CAREFLOW_DOCUMENTS_BUCKET": "documents",
        "OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:4318",
    }
    env = function_environment("run_agent", local)
    assert env["OTEL_SERVICE_NAME"] == "run_agent"
    assert env["OTEL_EXPORTER_OTLP_ENDPOINT"] == "http://127.0.0.1:4318"
    assert env["OTEL_EXPORTER_OTLP_PROTOCOL"] == "http/json"
    assert env["OTEL_RESOURCE_ATTRIBUTES"] == "deployment.environment=local"
    # AWS-only: no collector extension runs locally.
    assert "OPENTELEMETRY_COLLECTOR_CONFIG_URI" not in env
    without = {k: v for k, v in local.items() if not k.startswith("OTEL_")}
    assert not any(k.startswith("OTEL_") for k in function_environment("run_agent", without))


def test_functions_may_remote_write_to_this_workspace_only(synth: Synth) -> None:
    ws_id, _ = _one(synth, "AWS::APS::Workspace")
    for name in topology.FUNCTIONS:
        statements = _statements(synth, name)
        aps_grants = [s for s in statements if any(a.startswith("aps:") for a in _actions(s))]
        assert len(aps_grants) == 1, name
        assert _actions(aps_grants[0]) == ["aps:RemoteWrite"]
        assert aps_grants[0]["Resource"] == {"Fn::GetAtt": [ws_id, "Arn"]}
        xray = {a for s in statements for a in _actions(s) if a.startswith("xray:")}
        # Spans through the OTLP endpoint; no segments (Lambda's Active tracing is off).
        assert xray == set(telemetry.XRAY_OTLP_ACTIONS), (name, xray)


def test_collector_configuration_sends_traces_to_xray_and_metrics_to_amp() -> None:
    path = telemetry.COLLECTOR_LAYER_DIR / telemetry.COLLECTOR_CONFIG_URI.removeprefix("/opt/")
    config = yaml.safe_load(path.read_text())
    pipelines = config["service"]["pipelines"]
    assert pipelines["traces"] == {"receivers": ["otlp"], "exporters": ["otlphttp/xray"]}
    assert pipelines["metrics"] == {
        "receivers": ["otlp"],
        "exporters": ["prometheusremotewrite/amp"],
    }
    assert config["receivers"]["otlp"]["protocols"]["http"]["endpoint"] == (
        telemetry.OTLP_ENDPOINT.removeprefix("http://")
    )
    xray = config["exporters"]["otlphttp/xray"]
    assert xray["traces_endpoint"] == "https://xray.${env:AWS_REGION}.amazonaws.com/v1/traces"
    assert config["extensions"][xray["auth"]["authenticator"]]["service"] == "xray"
    amp = config["exporters"]["prometheusremotewrite/amp"]
    assert amp["endpoint"] == "${env:CAREFLOW_AMP_REMOTE_WRITE_URL}"
    assert config["extensions"][amp["auth"]["authenticator"]]["service"] == "aps"


# --- Grafana, per environment ----------------------------------------------------------------
def test_grafana_exists_exactly_where_cdk_json_asks(synth: Synth) -> None:
    workspaces = synth.resources("AWS::Grafana::Workspace")
    assert len(workspaces) == (1 if _cfg(synth).grafana else 0)
    if not workspaces:
        return
    (ws,) = workspaces.values()
    props = ws["Properties"]
    assert props["PermissionType"] == "CUSTOMER_MANAGED"
    assert props["AuthenticationProviders"] == ["AWS_SSO"]
    assert set(props["DataSources"]) == {"PROMETHEUS", "XRAY", "CLOUDWATCH"}
    (policy,) = [p for k, p in synth.resources("AWS::IAM::ManagedPolicy").items() if "Grafana" in k]
    ws_id, _ = _one(synth, "AWS::APS::Workspace")
    for statement in policy["Properties"]["PolicyDocument"]["Statement"]:
        actions = _actions(statement)
        assert all(a.startswith(("aps:", "xray:", "cloudwatch:")) for a in actions)
        assert not any(a.endswith("*") or "Put" in a or "Delete" in a for a in actions)
        if any(a.startswith("aps:") for a in actions):
            assert statement["Resource"] == {"Fn::GetAtt": [ws_id, "Arn"]}


def test_the_workspace_is_provisioned_with_the_generated_aws_dashboards(synth: Synth) -> None:
    found = synth.resources("Custom::CareflowGrafanaDashboards")
    if not _cfg(synth).grafana:
        assert found == {}
        return
    (resource,) = found.values()
    props = resource["Properties"]
    ws_id, _ = _one(synth, "AWS::Grafana::Workspace")
    amp_id, _ = _one(synth, "AWS::APS::Workspace")
    assert props["WorkspaceId"] == {"Fn::GetAtt": [ws_id, "Id"]}
    assert props["GrafanaEndpoint"] == {"Fn::GetAtt": [ws_id, "Endpoint"]}
    assert props["PrometheusUrl"] == {"Fn::GetAtt": [amp_id, "PrometheusEndpoint"]}
    # the key is the content hash of the asset, which is the committed aws flavour, file for file
    key = props["DashboardsKey"]
    assert isinstance(key, str) and key.endswith(".zip")
    staged = synth.outdir / f"asset.{key.removesuffix('.zip')}"
    generated = telemetry.DASHBOARDS_DIR
    assert sorted(p.name for p in staged.iterdir()) == sorted(p.name for p in generated.iterdir())
    for path in generated.iterdir():
        assert (staged / path.name).read_text() == path.read_text()
    # run by our provisioner function, in the VPC, one at a time
    [(fn_id, fn)] = [
        (k, v)
        for k, v in synth.resources("AWS::Lambda::Function").items()
        if "DashboardsProvisioner" in k
    ]
    assert props["ServiceToken"] == {"Fn::GetAtt": [fn_id, "Arn"]}
    assert fn["Properties"]["Handler"] == "provision.handler"
    assert fn["Properties"]["ReservedConcurrentExecutions"] == 1
    assert fn["Properties"]["VpcConfig"]["SubnetIds"]


def test_the_provisioner_may_only_mint_tokens_on_its_workspace_and_read_its_asset(
    synth: Synth,
) -> None:
    if not _cfg(synth).grafana:
        return
    ws_id, _ = _one(synth, "AWS::Grafana::Workspace")
    (policy,) = [
        p
        for k, p in synth.resources("AWS::IAM::ManagedPolicy").items()
        if "DashboardsProvisionerAccess" in k
    ]
    by_sid = {s["Sid"]: s for s in policy["Properties"]["PolicyDocument"]["Statement"]}
    tokens = by_sid["ServiceAccountTokens"]
    assert sorted(_actions(tokens)) == sorted(telemetry.PROVISIONER_ACTIONS)
    assert f"'Fn::GetAtt': ['{ws_id}', 'Id']" in str(tokens["Resource"])
    assert "*" not in str(tokens["Resource"])
    assert _actions(by_sid["ReadDashboards"]) == ["s3:GetObject"]
    assert "*" not in str(by_sid["ReadDashboards"]["Resource"])
    every = [a for s in by_sid.values() for a in _actions(s)]
    assert not any(a.endswith("*") for a in every)
    assert set(by_sid) == {"ServiceAccountTokens", "ReadDashboards", "Logs", "VpcNetworkInterfaces"}


def test_cdk_json_pins_grafana_to_prod_only() -> None:
    envs = CDK_CONTEXT["careflow:environments"]
    assert {name: bool(env.get("grafana")) for name, env in envs.items()} == {
        "dev": False,
        "staging": False,
        "prod": True,
    }


def test_grafana_needs_telemetry() -> None:
    raw = dict(CDK_CONTEXT["careflow:environments"]["prod"])
    with pytest.raises(ConfigError, match="grafana needs telemetry"):
        from_mapping("prod", {**raw, "telemetry": False, "grafana": True})


# --- rules files -> AMP ruler ----------------------------------------------------------------
@pytest.fixture(scope="module")
def with_rules(tmp_path_factory: pytest.TempPathFactory) -> Synth:
    CDK_CONTEXT[telemetry.RULES_DIR_CONTEXT] = str(FIXTURE_RULES)
    try:
        result = synthesize("staging", tmp_path_factory.mktemp("cdk-staging-rules"))
    finally:
        CDK_CONTEXT.pop(telemetry.RULES_DIR_CONTEXT, None)
    result.require()
    return result


def test_each_rules_file_becomes_a_rule_groups_namespace(with_rules: Synth) -> None:
    ws_id, _ = _one(with_rules, "AWS::APS::Workspace")
    namespaces = {
        ns["Properties"]["Name"]: ns["Properties"]
        for ns in with_rules.resources("AWS::APS::RuleGroupsNamespace").values()
    }
    files = sorted(FIXTURE_RULES.glob("*.yml"))
    assert set(namespaces) == {f"careflow-{f.stem}" for f in files}
    for f in files:
        props = namespaces[f"careflow-{f.stem}"]
        assert props["Data"] == f.read_text()
        assert props["Workspace"] == {"Fn::GetAtt": [ws_id, "Arn"]}


def test_stack_with_rules_is_nag_and_cfn_lint_clean(with_rules: Synth) -> None:
    assert not with_rules.violations
    matches = lint_file(with_rules.template_path, config=ManualArgs(regions=["eu-central-1"]))
    errors = [m for m in matches if m.rule.id.startswith("E")]
    assert not errors, "\n".join(f"{m.rule.id} {m.message} ({m.path})" for m in errors)


def test_a_file_that_is_no_rules_file_stops_synth(tmp_path: Path) -> None:
    (tmp_path / "broken.yml").write_text("alerts:\n  - name: x\n")
    with pytest.raises(telemetry.RulesFileError, match="no 'groups' list"):
        telemetry.rule_files(tmp_path)
    (tmp_path / "broken.yml").write_text("groups:\n  - name: x\n")
    with pytest.raises(telemetry.RulesFileError, match="name and rules"):
        telemetry.rule_files(tmp_path)


def test_missing_rules_directory_means_no_namespaces(tmp_path: Path) -> None:
    assert telemetry.rule_files(tmp_path / "absent") == {}
