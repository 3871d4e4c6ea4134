"""api — the clinic staff's read API: cases, their timeline, health, OpenAPI.

The tenant comes from the ``tenant_id`` claim that API Gateway's JWT authorizer verified — never
from the path, the query or the body — and every query runs under row-level security for it, so
another tenant's case is simply not there: 404, not 403.
"""

from __future__ import annotations

import json
import re
import uuid
from typing import Annotated, Any, Literal

from aws_lambda_powertools.event_handler import APIGatewayHttpResolver, Response, content_types
from aws_lambda_powertools.event_handler.openapi.exceptions import RequestValidationError
from aws_lambda_powertools.event_handler.openapi.params import Body, Header, Path, Query
from psycopg2.extras import RealDictCursor
from pydantic import BaseModel, ConfigDict, Field, model_validator

from careflow_rds import repositories as repo
from careflow_rds.effects import run_once
from careflow_rds.repositories import Output
from careflow_rds.tenancy import tenant_transaction
from careflow_shared.envelope import ApprovalDecided, Envelope
from careflow_shared.errors import BadRequest, CareflowError, Conflict, NotFound, Unauthorized
from careflow_shared.log import get_logger
from careflow_shared.stages import Stage
from careflow_shared.topology import TOPIC_CASE_EVENTS
from careflow_streaming.producer import partition_key, publish_many

logger = get_logger("api")
app = APIGatewayHttpResolver(enable_validation=True)
_APPROVAL_NS = uuid.UUID("5d0f5a8e-2f43-4b57-8f3a-7a0c9c7d2e21")
TENANT_PATTERN = r"^[a-z0-9][a-z0-9-]{1,62}$"


@app.exception_handler(RequestValidationError)
def _invalid_request(exc: RequestValidationError) -> Response[str]:
    details = [
        {"loc": ".".join(str(p) for p in e.get("loc", ())), "msg": e.get("msg", "")}
        for e in exc.errors()
    ]
    return _careflow_error(BadRequest("request does not match the API schema", details=details))


@app.exception_handler(CareflowError)
def _careflow_error(exc: CareflowError) -> Response[str]:
    return Response(exc.status_code, content_types.APPLICATION_JSON, json.dumps(exc.to_body()))


def _tenant() -> str:
    claims = app.current_event.request_context.authorizer.jwt_claim
    tenant = claims.get("tenant_id") if claims else None
    if not isinstance(tenant, str) or not tenant:
        raise Unauthorized("token carries no tenant_id claim")
    if not re.match(TENANT_PATTERN, tenant):
        raise Unauthorized("token carries an invalid tenant_id claim")
    return tenant


def _check_uuid(case_id: str) -> None:
    try:
        uuid.UUID(case_id)
    except ValueError:
        raise NotFound("case not found") from None


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
    _check_uuid(case_id)
    with tenant_transaction(tenant) as cur:
        case = repo.get_case(cur, tenant, case_id)
    if case is None:
        raise NotFound("case not found")
    return _jsonable(case)


class ApprovalRequest(BaseModel):
    """A coordinator's answer to a reply that awaits approval."""

    model_config = ConfigDict(extra="forbid")

    decision: Literal["approve", "reject", "edit"]
    reply: str | None = Field(default=None, min_length=1, max_length=4096)

    @model_validator(mode="after")
    def _edit_needs_reply(self) -> ApprovalRequest:
        if self.decision == "edit" and not self.reply:
            raise ValueError("an edit needs the edited reply")
        return self


@app.post("/v1/cases/<case_id>/approvals")
def approve(
    case_id: Annotated[str, Path(description="case id (UUID)")],
    body: Annotated[ApprovalRequest, Body()],
    idempotency_key: Annotated[str | None, Header(alias="idempotency-key", max_length=128)] = None,
) -> Response[dict[str, Any]]:
    """Approve, reject or edit the reply that waits for approval; the graph resumes in run_agent.

    The approval id derives from the ``Idempotency-Key`` header when given, so a client's retry
    is recognised and never resumes the graph twice.
    """
    tenant = _tenant()
    _check_uuid(case_id)
    claims = app.current_event.request_context.authorizer.jwt_claim
    approval_id = (
        str(uuid.uuid5(_APPROVAL_NS, f"{tenant}|{case_id}|{idempotency_key}"))
        if idempotency_key
        else str(uuid.uuid4())
    )
    accepted: dict[str, Any] = {}

    def effect(cur: RealDictCursor) -> list[Output]:
        pending = repo.pending_approval(cur, tenant, case_id)
        if pending is None:
            raise Conflict("the case has no reply awaiting approval")
        repo.set_outbound_status(cur, tenant, str(pending["outbound_id"]), "cancelled")
        payload = ApprovalDecided(
            case_id=case_id,
            message_id=str(pending["message_id"]),
            approval_id=approval_id,
            decision=body.decision,
            reply=body.reply,
            approved_by=str(claims.get("sub", "unknown")),
        )
        env = Envelope(
            event_id=approval_id,
            event_type="case.approval_decided",
            tenant_id=tenant,
            correlation_id=approval_id,
            payload=payload.model_dump(mode="json"),
        )
        repo.append_case_event(cur, tenant, case_id, env)
        accepted.update(approval_id=approval_id, decision_id=str(pending["decision_id"]))
        return [(TOPIC_CASE_EVENTS, env, partition_key(tenant, case_id))]

    outcome = run_once(tenant, "api.approvals", approval_id, effect, publish_many)
    if outcome.duplicate:
        return Response(
            200, content_types.APPLICATION_JSON, {"approval_id": approval_id, "status": "duplicate"}
        )
    return Response(202, content_types.APPLICATION_JSON, {**accepted, "status": "accepted"})


@logger.inject_lambda_context(clear_state=True)
def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    return app.resolve(event, context)
