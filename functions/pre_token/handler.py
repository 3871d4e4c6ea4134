"""pre_token — Cognito's pre-token-generation trigger (V2): ``tenant_id`` into access tokens.

The API's JWT authorizer checks the access token, and the api function takes the tenant from its
``tenant_id`` claim only; Cognito puts custom attributes into ID tokens alone. The logic and the
event's model are ``careflow_shared.cognito_tokens``; an exception here fails the sign-in, which
is what a user without a tenant must get. Cognito waits 5 s for a trigger (not configurable).
"""

from __future__ import annotations

from typing import Any

from careflow_shared.cognito_tokens import add_tenant_claim
from careflow_shared.log import get_logger

FUNCTION = "pre_token"
logger = get_logger(FUNCTION)


@logger.inject_lambda_context(clear_state=True)
def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    try:
        return add_tenant_claim(event)
    except Exception as exc:
        # the user's attributes are PII: log the kind of failure only
        logger.warning("token refused", extra={"error_type": type(exc).__name__})
        raise
