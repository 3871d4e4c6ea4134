"""Cognito's pre-token-generation event (V2) and the one claim careflow adds to access tokens.

The API takes the tenant from the verified token only (``tenant_id``). Cognito copies a user's
custom attributes into the ID token, never into the access token, which is the token the API's
JWT authorizer checks (it carries the OAuth scopes). The V2 trigger event lets a function add
claims to the access token: it adds ``tenant_id`` from the user's immutable
``custom:tenant_id`` attribute. A user without a valid one gets no token at all (the function
raises, and Cognito fails the sign-in) rather than a token the API would answer 401 to later.

Event shape: the Cognito developer guide, "Pre token generation Lambda trigger", version 2
(``"version": "2"``, ``request.userAttributes`` / ``groupConfiguration`` / ``scopes``,
``response.claimsAndScopeOverrideDetails``).
"""

from __future__ import annotations

from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from careflow_shared.tenant_config import TENANT_ID_PATTERN

TENANT_ATTRIBUTE = "custom:tenant_id"
TENANT_CLAIM = "tenant_id"
TriggerSource = Literal[
    "TokenGeneration_HostedAuth",
    "TokenGeneration_Authentication",
    "TokenGeneration_NewPasswordChallenge",
    "TokenGeneration_AuthenticateDevice",
    "TokenGeneration_RefreshTokens",
]
TRIGGER_SOURCES: tuple[str, ...] = get_args(TriggerSource)


class MissingTenant(ValueError):
    """The user has no valid ``custom:tenant_id``: no token may be issued."""


class _CallerContext(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="ignore")
    aws_sdk_version: str = Field(alias="awsSdkVersion")
    client_id: str = Field(alias="clientId")


class _Request(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="ignore")
    user_attributes: dict[str, str] = Field(alias="userAttributes")
    scopes: list[str] = Field(default_factory=list)


class PreTokenGenerationV2Event(BaseModel):
    """What careflow reads of the V2 event; the rest is passed back untouched."""

    model_config = ConfigDict(populate_by_name=True, extra="ignore")
    version: Literal["2"]
    trigger_source: TriggerSource = Field(alias="triggerSource")
    user_pool_id: str = Field(alias="userPoolId")
    caller_context: _CallerContext = Field(alias="callerContext")
    request: _Request


def tenant_of(event: PreTokenGenerationV2Event) -> str:
    """The user's tenant, validated like every tenant id; raises :class:`MissingTenant`."""
    tenant = event.request.user_attributes.get(TENANT_ATTRIBUTE, "")
    try:
        return _TenantId(tenant_id=tenant).tenant_id
    except ValidationError:
        raise MissingTenant(f"user has no valid {TENANT_ATTRIBUTE}") from None


class _TenantId(BaseModel):
    tenant_id: str = Field(pattern=TENANT_ID_PATTERN)


def add_tenant_claim(event: dict[str, Any]) -> dict[str, Any]:
    """Validate the V2 event and return it with ``tenant_id`` added to the access token.

    Only the access token's claims are touched: the ID token already carries the attribute, and
    groups and scopes stay as Cognito computed them. Raises ``pydantic.ValidationError`` for an
    event of another shape (a V1 event: the trigger was registered with the wrong version) and
    :class:`MissingTenant` for a user without a tenant.
    """
    parsed = PreTokenGenerationV2Event.model_validate(event)
    tenant = tenant_of(parsed)
    response = dict(event.get("response") or {})
    details = dict(response.get("claimsAndScopeOverrideDetails") or {})
    access = dict(details.get("accessTokenGeneration") or {})
    access["claimsToAddOrOverride"] = {
        **(access.get("claimsToAddOrOverride") or {}),
        TENANT_CLAIM: tenant,
    }
    details["accessTokenGeneration"] = access
    response["claimsAndScopeOverrideDetails"] = details
    return {**event, "response": response}
