"""A configuration variant, as Medplum's CDK tests do: prod with an external IdP, a custom
domain and a fixed account. It must synthesize, pass cdk-nag and switch the right parts."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import CDK_CONTEXT, Synth, synthesize

OVERRIDES = {
    "account": "123456789012",
    "jwtIssuer": "https://login.example-idp.com/careflow/",
    "jwtAudience": "careflow-api",
    "customDomain": "api.careflow.example",
    "certificateArn": "arn:aws:acm:eu-central-1:123456789012:certificate/11111111-2222-3333-4444-555555555555",
}


@pytest.fixture(scope="module")
def variant(tmp_path_factory: pytest.TempPathFactory) -> Synth:
    for key, value in OVERRIDES.items():
        CDK_CONTEXT[key] = value
    try:
        out: Path = tmp_path_factory.mktemp("cdk-prod-variant")
        result = synthesize("prod", out)
    finally:
        for key in OVERRIDES:
            CDK_CONTEXT.pop(key, None)
    result.require()
    return result


def test_external_issuer_replaces_cognito(variant: Synth) -> None:
    assert not variant.resources("AWS::Cognito::UserPool")
    (authorizer,) = variant.resources("AWS::ApiGatewayV2::Authorizer").values()
    jwt = authorizer["Properties"]["JwtConfiguration"]
    assert jwt == {"Issuer": OVERRIDES["jwtIssuer"], "Audience": [OVERRIDES["jwtAudience"]]}


def test_custom_domain_serves_alone(variant: Synth) -> None:
    (domain,) = variant.resources("AWS::ApiGatewayV2::DomainName").values()
    assert domain["Properties"]["DomainNameConfigurations"][0]["SecurityPolicy"] == "TLS_1_2"
    (api,) = variant.resources("AWS::ApiGatewayV2::Api").values()
    assert api["Properties"]["DisableExecuteApiEndpoint"] is True


def test_fixed_account_is_used(variant: Synth) -> None:
    assert variant.stack is not None and variant.stack.account == OVERRIDES["account"]
    assert not variant.violations
