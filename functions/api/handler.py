"""api — the clinic staff's read API: cases, their timeline, health, OpenAPI.

The tenant comes from the ``tenant_id`` claim that API Gateway's JWT authorizer verified — never
from the path, the query or the body — and every query runs under row-level security for it, so
another tenant's case is simply not there: 404, not 403.
"""

from __future__ import annotations

import json
import re
import uuid
from typing import Annotated, Any

from aws_lambda_powertools.event_handler import APIGatewayHttpResolver, Response, content_types
from aws_lambda_powertools.event_handler.openapi.params import Path, Query

from careflow_rds import repositories as repo
from careflow_rds.tenancy import tenant_transaction
from careflow_shared.errors import CareflowError, NotFound, Unauthorized
from careflow_shared.log import get_logger
from careflow_shared.stages import Stage

logger = get_logger("api")
app = APIGatewayHttpResolver(enable_validation=True)
TENANT_PATTERN = r"^[a-z0-9][a-z0-9-]{1,62}$"


@app.exception_handler(CareflowError)
def _careflow_error(exc: CareflowError) -> Response:
    return Response(exc.status_code, content_types.APPLICATION_JSON, json.dumps(exc.to_body()))


def _tenant() -> str:
    claims = app.current_event.request_context.authorizer.jwt_claim
    tenant = claims.get("tenant_id") if claims else None
    if not isinstance(tenant, str) or not tenant:
        raise Unauthorized("token carries no tenant_id claim")
    if not re.match(TENANT_PATTERN, tenant):
        raise Unauthorized("token carries an invalid tenant_id claim")
    return tenant


def _jsonable(value: Any) -> Any:
    return json.loads(json.dumps(value, default=str))


@app.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}


@app.get("/v1/openapi.json", include_in_schema=False)
def openapi() -> Response[str]:
    schema = app.get_openapi_json_schema(title="careflow API", version="1.0.0")
    return Response(200, content_types.APPLICATION_JSON, schema)


@app.get("/v1/cases")
def list_cases(
    stage: Annotated[Stage | None, Query(description="only cases in this stage")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    tenant = _tenant()
    with tenant_transaction(tenant) as cur:
        cases = repo.list_cases(
            cur, tenant, stage=stage.value if stage else None, limit=limit, offset=offset
        )
    return {"cases": _jsonable(cases), "limit": limit, "offset": offset}


@app.get("/v1/cases/<case_id>")
def get_case(case_id: Annotated[str, Path(description="case id (UUID)")]) -> dict[str, Any]:
    tenant = _tenant()
    try:
        uuid.UUID(case_id)
    except ValueError:
        raise NotFound("case not found") from None
    with tenant_transaction(tenant) as cur:
        case = repo.get_case(cur, tenant, case_id)
    if case is None:
        raise NotFound("case not found")
    return _jsonable(case)


@logger.inject_lambda_context(clear_state=True)
def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    return app.resolve(event, context)
