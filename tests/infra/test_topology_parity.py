"""The template's MSK mappings and API routes equal the local harness's table, field for field
(the topology with the environment's ``careflow:pipeline`` settings of cdk.json laid over it)."""

from __future__ import annotations

from typing import Any

from careflow_cdk import pipeline
from careflow_cdk.paths import topology

from .conftest import CDK_CONTEXT, Synth


def _function_logical_ids(synth: Synth) -> dict[str, str]:
    """Logical id of each topology function (found by its FunctionName) and of its aliases."""
    assert synth.stack is not None
    prefix = synth.stack.cfg.prefix
    out = {}
    for logical, fn in synth.resources("AWS::Lambda::Function").items():
        for name in topology.FUNCTIONS:
            if fn["Properties"].get("FunctionName") == f"{prefix}-{name.replace('_', '-')}":
                out[logical] = name
    for logical, alias in synth.resources("AWS::Lambda::Alias").items():
        target = alias["Properties"]["FunctionName"].get("Ref")
        if target in out:
            out[logical] = out[target]
    return out


def _mapping_from_template(props: dict[str, Any], functions: dict[str, str]) -> dict[str, Any]:
    return {
        "function": functions[props["FunctionName"]["Ref"]],
        "topic": props["Topics"][0],
        "batch_size": props["BatchSize"],
        "maximum_batching_window": props.get("MaximumBatchingWindowInSeconds"),
        "maximum_retry_attempts": props["MaximumRetryAttempts"],
        "maximum_record_age_s": props["MaximumRecordAgeInSeconds"],
        "bisect_batch_on_function_error": props["BisectBatchOnFunctionError"],
        "function_response_types": tuple(props.get("FunctionResponseTypes", ())),
        "starting_position": props["StartingPosition"],
        "on_failure": props.get("DestinationConfig", {}).get("OnFailure", {}).get("Destination"),
        "consumer_group_id": props["AmazonManagedKafkaEventSourceConfig"]["ConsumerGroupId"],
    }


def _mapping_from_topology(m: topology.KafkaMapping) -> dict[str, Any]:
    return {
        "function": m.function,
        "topic": m.topic,
        "batch_size": m.batch_size,
        "maximum_batching_window": pipeline.window_property(m.maximum_batching_window_s),
        "maximum_retry_attempts": m.maximum_retry_attempts,
        "maximum_record_age_s": m.maximum_record_age_s,
        "bisect_batch_on_function_error": m.bisect_batch_on_function_error,
        "function_response_types": tuple(m.function_response_types),
        "starting_position": m.starting_position,
        "on_failure": f"kafka://{m.on_failure_topic}" if m.on_failure_topic else None,
        "consumer_group_id": m.consumer_group_id,
    }


def test_msk_mappings_equal_topology(synth: Synth) -> None:
    functions = _function_logical_ids(synth)
    mappings = synth.resources("AWS::Lambda::EventSourceMapping")
    actual = sorted(
        (_mapping_from_template(m["Properties"], functions) for m in mappings.values()),
        key=lambda d: d["topic"],
    )
    settings = pipeline.from_context(synth.env, CDK_CONTEXT)
    expected = sorted(
        (_mapping_from_topology(m) for m in settings.mappings()), key=lambda d: d["topic"]
    )
    assert actual == expected


def test_every_mapping_is_bounded_with_destination_and_unique_group(synth: Synth) -> None:
    """Pipeline mappings: the largest retry budget AWS allows with a destination, bounded by
    record age, and a dead-letter topic. Redrive mappings (source = a dead-letter topic): retry
    without limit and without destination, so a dead letter is never dropped."""
    mappings = [
        m["Properties"] for m in synth.resources("AWS::Lambda::EventSourceMapping").values()
    ]
    groups = [m["AmazonManagedKafkaEventSourceConfig"]["ConsumerGroupId"] for m in mappings]
    assert len(groups) == len(set(groups)), "consumer group ids must be unique"
    redrives = 0
    for m in mappings:
        if m["Topics"][0].startswith("hub.dlq."):
            redrives += 1
            assert m["MaximumRetryAttempts"] == -1 and m["MaximumRecordAgeInSeconds"] == -1
            assert "DestinationConfig" not in m
        else:
            assert 0 <= m["MaximumRetryAttempts"] <= 10_000
            assert 60 <= m["MaximumRecordAgeInSeconds"] <= 604_800
            destination = m["DestinationConfig"]["OnFailure"]["Destination"]
            assert (
                destination.startswith("kafka://")
                and destination.removeprefix("kafka://") not in m["Topics"]
            )
        assert m["ProvisionedPollerConfig"]["MinimumPollers"] >= 1
        assert "ReportBatchItemFailures" in m["FunctionResponseTypes"]
    assert redrives == len(topology.PIPELINE_MAPPINGS)


def test_api_routes_equal_topology(synth: Synth) -> None:
    functions = _function_logical_ids(synth)
    integrations = {}
    for logical, integ in synth.resources("AWS::ApiGatewayV2::Integration").items():
        uri = integ["Properties"]["IntegrationUri"]
        integrations[logical] = functions[uri["Fn::GetAtt"][0]]
    actual = set()
    for route in synth.resources("AWS::ApiGatewayV2::Route").values():
        props = route["Properties"]
        target = props["Target"]["Fn::Join"][1][1]["Ref"]
        auth = {"JWT": "jwt", "NONE": "none"}[props.get("AuthorizationType", "NONE")]
        scopes = tuple(props.get("AuthorizationScopes", ()))
        actual.add((props["RouteKey"], integrations[target], auth, scopes))
    expected = {(r.route_key, r.function, r.auth, r.scopes) for r in topology.ROUTES}
    assert actual == expected


def test_every_path_has_a_catch_all_for_405_and_every_staff_route_a_scope(synth: Synth) -> None:
    keys = {
        r["Properties"]["RouteKey"] for r in synth.resources("AWS::ApiGatewayV2::Route").values()
    }
    for route in topology.ROUTES:
        assert f"ANY {route.path}" in keys
    for route in synth.resources("AWS::ApiGatewayV2::Route").values():
        props = route["Properties"]
        staff = props.get("AuthorizationType") == "JWT" and not props["RouteKey"].startswith("ANY")
        assert bool(props.get("AuthorizationScopes")) == staff, props["RouteKey"]


def test_cognito_defines_the_topology_scopes(synth: Synth) -> None:
    """The resource server holds every scope the routes require, and the staff app client may
    request them (authorization-code flow only): a Cognito access token can carry them."""
    [(server_id, server)] = synth.resources("AWS::Cognito::UserPoolResourceServer").items()
    identifier = server["Properties"]["Identifier"]
    assert identifier == topology.SCOPE_RESOURCE_SERVER
    names = {f"{identifier}/{s['ScopeName']}" for s in server["Properties"]["Scopes"]}
    assert names == set(topology.SCOPES)
    [client] = [r["Properties"] for r in synth.resources("AWS::Cognito::UserPoolClient").values()]
    assert client["AllowedOAuthFlows"] == ["code"]

    def scope(value: Any) -> str:  # "<Ref to the resource server>/<name>" as CDK writes it
        if isinstance(value, str):
            return value
        parts = value["Fn::Join"][1]
        return "".join(identifier if p == {"Ref": server_id} else p for p in parts)

    assert set(topology.SCOPES) <= {scope(v) for v in client["AllowedOAuthScopes"]}


def test_cognito_issues_access_tokens_with_tenant_and_scopes(synth: Synth) -> None:
    """Custom scopes come only from Cognito's OAuth endpoints, so the pool has a domain (one
    prefix per environment); tenant_id reaches access tokens only through the V2 pre-token
    trigger, which needs the Essentials (or Plus) feature plan and Cognito's right to invoke it."""
    assert synth.stack is not None
    [pool] = [r["Properties"] for r in synth.resources("AWS::Cognito::UserPool").values()]
    assert pool["UserPoolTier"] in ("ESSENTIALS", "PLUS")
    functions = _function_logical_ids(synth)
    trigger = pool["LambdaConfig"]["PreTokenGenerationConfig"]
    assert trigger["LambdaVersion"] == "V2_0"
    assert functions[trigger["LambdaArn"]["Fn::GetAtt"][0]] == "pre_token"
    assert "PreTokenGeneration" not in pool["LambdaConfig"]  # the V1 slot stays empty
    attributes = {a["Name"]: a for a in pool["Schema"]}
    assert attributes["tenant_id"]["Mutable"] is False

    [domain] = [r["Properties"] for r in synth.resources("AWS::Cognito::UserPoolDomain").values()]
    assert domain["Domain"] == f"{synth.stack.cfg.prefix}-staff"
    assert "CustomDomainConfig" not in domain

    permissions = [
        r["Properties"]
        for r in synth.resources("AWS::Lambda::Permission").values()
        if r["Properties"]["Principal"] == "cognito-idp.amazonaws.com"
    ]
    assert len(permissions) == 1
    assert functions[permissions[0]["FunctionName"]["Fn::GetAtt"][0]] == "pre_token"
    assert "SourceArn" in permissions[0]  # only this pool may invoke it


def test_v1_routes_are_behind_jwt_except_the_published_description(synth: Synth) -> None:
    for route in synth.resources("AWS::ApiGatewayV2::Route").values():
        key = route["Properties"]["RouteKey"]
        spec = next(r for r in topology.ROUTES if r.route_key == key)
        if spec.auth == "jwt":
            assert route["Properties"]["AuthorizationType"] == "JWT"
            assert "AuthorizerId" in route["Properties"]
        if "/webhooks/" in key:
            assert route["Properties"].get("AuthorizationType", "NONE") == "NONE"


def test_snapstart_functions_are_triggered_through_their_live_alias(synth: Synth) -> None:
    """SnapStart applies to published versions only: the mapping must invoke the alias."""
    functions = _function_logical_ids(synth)
    snap = {name for name, spec in topology.FUNCTIONS.items() if spec.snap_start}
    assert snap == {"run_agent"}
    for logical, fn in synth.resources("AWS::Lambda::Function").items():
        name = functions.get(logical)
        expected = {"ApplyOn": "PublishedVersions"} if name in snap else None
        assert fn["Properties"].get("SnapStart") == expected, name
    aliases = synth.resources("AWS::Lambda::Alias")
    for props in (
        m["Properties"] for m in synth.resources("AWS::Lambda::EventSourceMapping").values()
    ):
        ref = props["FunctionName"]["Ref"]
        assert (ref in aliases) == (functions[ref] in snap)
        if ref in aliases:
            assert aliases[ref]["Properties"]["Name"] == "live"
