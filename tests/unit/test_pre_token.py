"""The pre-token-generation trigger (V2) puts the user's tenant into the access token, on the
event Cognito really sends (``events/pre_token/hosted_auth.json``, built by
``careflow_local.sample_events.pre_token_v2``), and refuses a token to a user without one."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from careflow_local.sample_events import pre_token_v2
from careflow_shared.cognito_tokens import TRIGGER_SOURCES, MissingTenant, add_tenant_claim

ROOT = Path(__file__).resolve().parents[2]


def _handler() -> Any:
    spec = importlib.util.spec_from_file_location(
        "pre_token_handler", ROOT / "functions" / "pre_token" / "handler.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.handler


class _Context:
    function_name = "pre_token"
    memory_limit_in_mb = 256
    invoked_function_arn = "arn:aws:lambda:eu-central-1:000000000000:function:pre_token"
    aws_request_id = "req-1"


def test_the_sample_is_the_v2_event() -> None:
    event = json.loads((ROOT / "events" / "pre_token" / "hosted_auth.json").read_text())
    assert event == pre_token_v2()


@pytest.mark.parametrize("source", TRIGGER_SOURCES)
def test_tenant_id_goes_into_the_access_token_only(source: str) -> None:
    event = pre_token_v2(tenant_attribute="clinic-a", trigger_source=source)
    out = _handler()(event, _Context())
    details = out["response"]["claimsAndScopeOverrideDetails"]
    assert details == {
        "accessTokenGeneration": {"claimsToAddOrOverride": {"tenant_id": "clinic-a"}}
    }
    # the request is handed back as Cognito sent it
    assert out["request"] == event["request"] and out["userPoolId"] == event["userPoolId"]


def test_existing_overrides_are_kept() -> None:
    event = pre_token_v2(tenant_attribute="clinic-a")
    event["response"]["claimsAndScopeOverrideDetails"] = {
        "idTokenGeneration": {"claimsToSuppress": ["email"]},
        "accessTokenGeneration": {
            "claimsToAddOrOverride": {"team": "coordinators"},
            "scopesToSuppress": ["aws.cognito.signin.user.admin"],
        },
    }
    details = add_tenant_claim(event)["response"]["claimsAndScopeOverrideDetails"]
    assert details["idTokenGeneration"] == {"claimsToSuppress": ["email"]}
    assert details["accessTokenGeneration"] == {
        "claimsToAddOrOverride": {"team": "coordinators", "tenant_id": "clinic-a"},
        "scopesToSuppress": ["aws.cognito.signin.user.admin"],
    }


def test_the_attribute_wins_over_a_claim_someone_else_set() -> None:
    event = pre_token_v2(tenant_attribute="clinic-a")
    event["response"]["claimsAndScopeOverrideDetails"] = {
        "accessTokenGeneration": {"claimsToAddOrOverride": {"tenant_id": "clinic-b"}}
    }
    details = add_tenant_claim(event)["response"]["claimsAndScopeOverrideDetails"]
    assert details["accessTokenGeneration"]["claimsToAddOrOverride"] == {"tenant_id": "clinic-a"}


@pytest.mark.parametrize("tenant", [None, "", "Clinic A", "../other", "x" * 80])
def test_a_user_without_a_valid_tenant_gets_no_token(tenant: str | None) -> None:
    with pytest.raises(MissingTenant):
        _handler()(pre_token_v2(tenant_attribute=tenant), _Context())


def test_a_v1_event_is_refused() -> None:
    """A trigger registered as V1_0 gets ``claimsOverrideDetails`` and can't touch access tokens:
    the function must fail loudly rather than answer in a shape Cognito ignores."""
    event = pre_token_v2()
    event["version"] = "1"
    event["response"] = {"claimsOverrideDetails": None}
    with pytest.raises(ValidationError):
        add_tenant_claim(event)


def test_an_unknown_trigger_source_is_refused() -> None:
    with pytest.raises(ValidationError):
        add_tenant_claim(pre_token_v2(trigger_source="PreSignUp_SignUp"))
