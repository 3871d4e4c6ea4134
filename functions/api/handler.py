"""api — the clinic staff's API: cases, their timeline, approvals, stage changes, documents,
FHIR, health and the OpenAPI description.

The tenant comes from the ``tenant_id`` claim that API Gateway's JWT authorizer verified — never
from the path, the query or the body — and every query runs under row-level security for it, so
another tenant's case is simply not there: 404, not 403.

Access is decided before any route runs (``_gate``), from the request's method and path matched
against the topology table, exactly as API Gateway matched them: a path outside the table is 404,
a method the path does not serve 405 with ``Allow``, and a ``/v1`` route needs one of its scopes
in the verified token's space-separated ``scope`` claim (403 otherwise). API Gateway enforces the
same scopes on AWS; this check does not rely on it. A POST body must be UTF-8 JSON (415, 400).
Validation errors are 400, as documented in ``GET /v1/openapi.json``.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Annotated, Any, Literal

from aws_lambda_powertools.event_handler import APIGatewayHttpResolver, Response, content_types
from aws_lambda_powertools.event_handler.openapi.exceptions import RequestValidationError
from aws_lambda_powertools.event_handler.openapi.models import HTTPBearer
from aws_lambda_powertools.event_handler.openapi.params import Body, Header, Path, Query
from aws_lambda_powertools.event_handler.openapi.types import OpenAPIResponse
from psycopg2.extras import RealDictCursor
from pydantic import BaseModel, ConfigDict, Field, model_validator

from careflow_rds import repositories as repo
from careflow_rds.effects import Outcome, run_once
from careflow_rds.repositories import Output
from careflow_rds.tenancy import tenant_transaction
from careflow_shared.envelope import ApprovalDecided, Envelope, EventType, StageChanged
from careflow_shared.errors import (
    BadRequest,
    CareflowError,
    Conflict,
    Forbidden,
    MethodNotAllowed,
    NotFound,
    Unauthorized,
    UnsupportedMediaType,
)
from careflow_shared.log import get_logger
from careflow_shared.stages import Stage, can_transition
from careflow_shared.telemetry.lambda_handler import instrumented
from careflow_shared.topology import (
    ROUTES,
    SCOPES,
    TOPIC_CASE_EVENTS,
    allowed_methods,
    match_route,
)
from careflow_streaming.producer import partition_key, publish_many

FUNCTION = "api"
logger = get_logger(FUNCTION)
app = APIGatewayHttpResolver(enable_validation=True)
_REQUEST_NS = uuid.UUID("5d0f5a8e-2f43-4b57-8f3a-7a0c9c7d2e21")
TENANT_PATTERN = r"^[a-z0-9][a-z0-9-]{1,62}$"
MAX_OFFSET = 1_000_000
"""Pagination ends here: far beyond any clinic's cases, far below Postgres' bigint."""
NO_NUL = r"^[^\x00]*$"
"""Postgres text and jsonb cannot hold U+0000: such input is a 400, not a failed insert."""


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


@app.not_found
def _not_found(_: Exception) -> Response[str]:
    return _careflow_error(NotFound("no such route"))


def _claims(event: dict[str, Any]) -> dict[str, Any]:
    authorizer = event.get("requestContext", {}).get("authorizer") or {}
    return (authorizer.get("jwt") or {}).get("claims") or {}


def _gate(event: dict[str, Any]) -> dict[str, Any] | None:
    """The answer for a request no route may run — 404, 405, 403, then 415 or 400 for a body it
    cannot read — or None to go on. Runs before Powertools' validation, as API Gateway's
    authorizer runs before the function."""
    method = str(event.get("requestContext", {}).get("http", {}).get("method", ""))
    path = str(event.get("rawPath", ""))
    found = match_route(method, path)
    if found is None or found[0].function != FUNCTION:
        return _error_response(NotFound("no such route"))
    route = found[0]
    if route.method == "ANY":
        allow = ", ".join(allowed_methods(path))
        return _error_response(
            MethodNotAllowed(f"{method} is not served here; use {allow}"), {"Allow": allow}
        )
    if route.auth == "jwt" and not route.admits(_claims(event).get("scope")):
        needed = " or ".join(route.scopes)
        return _error_response(Forbidden(f"the token's scope does not include {needed}"))
    if method == "POST":
        refused = _body_refusal(event)
        if refused is not None:
            return _error_response(refused)
    return None


def _body_refusal(event: dict[str, Any]) -> CareflowError | None:
    """A body this API cannot read: not JSON (415) or not UTF-8 (400). Powertools would parse
    forms as well, and fail with a 500 on bytes that are not UTF-8."""
    headers = {k.lower(): v for k, v in (event.get("headers") or {}).items()}
    media_type = headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media_type and media_type != content_types.APPLICATION_JSON:
        return UnsupportedMediaType("the body must be application/json")
    if event.get("isBase64Encoded") and event.get("body"):
        try:
            base64.b64decode(event["body"], validate=True).decode()
        except (binascii.Error, UnicodeDecodeError):
            return BadRequest("the body is not UTF-8 encoded JSON")
    return None


def _error_response(exc: CareflowError, headers: dict[str, str] | None = None) -> dict[str, Any]:
    return {
        "statusCode": exc.status_code,
        "headers": {"Content-Type": content_types.APPLICATION_JSON, **(headers or {})},
        "body": json.dumps(exc.to_body()),
        "isBase64Encoded": False,
    }


def _tenant() -> str:
    claims = app.current_event.request_context.authorizer.jwt_claim or {}
    # Our issuer puts it in "tenant_id"; a Cognito ID token carries the custom attribute.
    tenant = claims.get("tenant_id") or claims.get("custom:tenant_id")
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


# --- the OpenAPI description: every status a route can answer ---------------------------------


class ErrorDetail(BaseModel):
    code: str = Field(description="stable, machine-readable (bad_request, not_found, ...)")
    message: str
    details: Any = None


class ErrorBody(BaseModel):
    """An error answered by the api function."""

    error: ErrorDetail


class GatewayError(BaseModel):
    """An error answered by API Gateway itself (authorizer, throttling, payload limit)."""

    message: str


_ERRORS: dict[int, tuple[str, Any]] = {
    400: ("Validation error: the request does not match this schema", ErrorBody),
    401: ("No valid bearer token, or it carries no tenant", ErrorBody | GatewayError),
    403: ("The token's scope includes none of the route's scopes", ErrorBody | GatewayError),
    404: ("No such case or document for the token's tenant", ErrorBody),
    409: ("The request conflicts with the case's current state", ErrorBody),
    413: ("The body is over API Gateway's 10 MB limit", GatewayError),
    415: ("The body is not application/json", ErrorBody),
    429: ("Throttled by API Gateway's rate limit", GatewayError),
}
BEARER = "staffToken"


def _doc(route_key: str, ok: dict[int, str], *errors: int) -> dict[str, Any]:
    """``responses`` (and ``security``) of a route for its decorator: the success codes given,
    the route's own error codes, and those the gateway adds — 401 and 403 on JWT routes, 413
    where a body is sent, 429 everywhere."""
    route = next(r for r in ROUTES if r.route_key == route_key)
    codes = set(errors) | {429}
    if route.auth == "jwt":
        codes |= {401, 403}
    if route.method == "POST":
        codes |= {400, 413, 415}
    responses: dict[int, OpenAPIResponse] = {
        code: {"description": text, "content": {"application/json": {"model": dict[str, Any]}}}
        for code, text in ok.items()
    }
    for code in sorted(codes):
        text, model = _ERRORS[code]
        responses[code] = {"description": text, "content": {"application/json": {"model": model}}}
    doc: dict[str, Any] = {"responses": responses}
    if route.scopes:
        doc["security"] = [{BEARER: list(route.scopes)}]
    return doc


def openapi_document() -> dict[str, Any]:
    """The OpenAPI document: Powertools' generation, without the 422 it adds for validation
    errors (this API answers them 400, documented per route)."""
    scopes = "\n".join(f"- `{name}`: {text}" for name, text in SCOPES.items())
    doc = json.loads(
        app.get_openapi_json_schema(
            title="careflow API",
            version="1.0.0",
            description=(
                "The clinic staff's API. `/v1` routes need a bearer JWT (a Cognito access token "
                "on AWS) whose space-separated `scope` claim holds the route's scope:\n"
                f"{scopes}\n\nA method a path does not serve is answered 405 with `Allow`."
            ),
            security_schemes={BEARER: HTTPBearer(bearerFormat="JWT")},
        )
    )
    for item in doc.get("paths", {}).values():
        for operation in item.values():
            operation.get("responses", {}).pop("422", None)
    for unused in ("HTTPValidationError", "ValidationError"):
        doc.get("components", {}).get("schemas", {}).pop(unused, None)
    return doc


@app.get("/health", **_doc("GET /health", {200: "The function runs"}))
def health() -> dict[str, str]:
    return {"status": "ok"}


@app.get("/v1/openapi.json", include_in_schema=False)
def openapi() -> Response[str]:
    return Response(200, content_types.APPLICATION_JSON, json.dumps(openapi_document()))


@app.get("/v1/cases", **_doc("GET /v1/cases", {200: "A page of the tenant's cases"}, 400))
def list_cases(
    stage: Annotated[Stage | None, Query(description="only cases in this stage")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> dict[str, Any]:
    tenant = _tenant()
    with tenant_transaction(tenant) as cur:
        cases = repo.list_cases(
            cur, tenant, stage=stage.value if stage else None, limit=limit, offset=offset
        )
    return {"cases": _jsonable(cases), "limit": limit, "offset": offset}


@app.get("/v1/cases/<case_id>", **_doc("GET /v1/cases/{case_id}", {200: "The case"}, 404))
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
    reply: str | None = Field(default=None, min_length=1, max_length=4096, pattern=NO_NUL)

    @model_validator(mode="after")
    def _edit_needs_reply(self) -> ApprovalRequest:
        if self.decision == "edit" and not self.reply:
            raise ValueError("an edit needs the edited reply")
        return self


@app.post(
    "/v1/cases/<case_id>/approvals",
    **_doc(
        "POST /v1/cases/{case_id}/approvals",
        {202: "Accepted: the graph resumes", 200: "The same Idempotency-Key again: nothing done"},
        400,
        404,
        409,
    ),
)
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
    approval_id = _request_id(tenant, case_id, "approval", idempotency_key)
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
        accepted.update(approval_id=approval_id, decision_id=str(pending["decision_id"]))
        # The edited reply is kept in the case's history only; the event carries no text.
        return _staff_case_event(
            cur,
            tenant,
            case_id,
            approval_id,
            "case.approval_decided",
            payload.model_copy(update={"reply": None}),
            recorded=payload,
        )

    outcome = _staff_action(tenant, "api.approvals", approval_id, effect)
    if outcome.duplicate:
        return Response(
            200, content_types.APPLICATION_JSON, {"approval_id": approval_id, "status": "duplicate"}
        )
    return Response(202, content_types.APPLICATION_JSON, {**accepted, "status": "accepted"})


class StageRequest(BaseModel):
    """Staff move a case along the state machine (e.g. the patient booked by phone)."""

    model_config = ConfigDict(extra="forbid")

    stage: Stage
    consultation_at: datetime | None = None
    operation_at: datetime | None = None


@app.post(
    "/v1/cases/<case_id>/stage",
    **_doc(
        "POST /v1/cases/{case_id}/stage",
        {200: "Moved (or the same Idempotency-Key again)"},
        400,
        404,
        409,
    ),
)
def change_stage(
    case_id: Annotated[str, Path(description="case id (UUID)")],
    body: Annotated[StageRequest, Body()],
    idempotency_key: Annotated[str | None, Header(alias="idempotency-key", max_length=128)] = None,
) -> Response[dict[str, Any]]:
    """Apply an allowed transition (409 otherwise) and announce it on ``hub.cases.events``,
    where sync_clinic keeps Doktor365 in step."""
    tenant = _tenant()
    _check_uuid(case_id)
    event_id = _request_id(tenant, case_id, "stage", idempotency_key)
    result: dict[str, Any] = {}

    def effect(cur: RealDictCursor) -> list[Output]:
        current = repo.get_case_stage(cur, tenant, case_id)
        if current is None:
            raise NotFound("case not found")
        if not can_transition(current, body.stage.value):
            raise Conflict(f"a case in {current!r} cannot move to {body.stage.value!r}")
        repo.set_case_stage(cur, tenant, case_id, body.stage.value)
        schedule = {
            k: v.isoformat()
            for k, v in (
                ("consultation_at", body.consultation_at),
                ("operation_at", body.operation_at),
            )
            if v is not None
        }
        change = StageChanged(
            case_id=case_id,
            from_stage=current,
            to_stage=body.stage.value,
            source="staff",
            schedule=schedule or None,
        )
        result.update(case_id=case_id, from_stage=current, stage=body.stage.value)
        return _staff_case_event(cur, tenant, case_id, event_id, "case.stage_changed", change)

    outcome = _staff_action(tenant, "api.stage", event_id, effect)
    if outcome.duplicate:
        return Response(200, content_types.APPLICATION_JSON, {"status": "duplicate"})
    return Response(200, content_types.APPLICATION_JSON, result)


@app.get(
    "/v1/cases/<case_id>/fhir",
    **_doc("GET /v1/cases/{case_id}/fhir", {200: "A FHIR R4 Bundle"}, 404),
)
def fhir_bundle(case_id: Annotated[str, Path(description="case id (UUID)")]) -> dict[str, Any]:
    """The case as a FHIR R4 Bundle (Patient, Appointment, CarePlan, Communication,
    DocumentReference), so clinics on any FHIR system can take careflow's data."""
    from careflow_channels.fhir import case_bundle

    tenant = _tenant()
    _check_uuid(case_id)
    with tenant_transaction(tenant) as cur:
        case = repo.get_case(cur, tenant, case_id)
        documents = repo.list_documents(cur, tenant, case_id) if case else []
    if case is None:
        raise NotFound("case not found")
    return case_bundle(case, documents=documents)


MAX_UPLOAD_BYTES = 25 * 1024 * 1024
UPLOAD_TYPES = {
    "image/jpeg": "photo",
    "image/png": "photo",
    "application/pdf": "report",
    "image/heic": "photo",
}


class UploadRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    filename: str = Field(min_length=1, max_length=200, pattern=r"^[^/\\\x00]+$")
    content_type: Literal["image/jpeg", "image/png", "image/heic", "application/pdf"]
    size_bytes: int = Field(ge=1, le=MAX_UPLOAD_BYTES)


@app.post(
    "/v1/cases/<case_id>/documents",
    **_doc("POST /v1/cases/{case_id}/documents", {201: "A presigned upload"}, 400, 404),
)
def create_upload(
    case_id: Annotated[str, Path(description="case id (UUID)")],
    body: Annotated[UploadRequest, Body()],
) -> Response[dict[str, Any]]:
    """A presigned S3 upload (POST policy) bound to this key, content type and exact size,
    under the tenant's and case's prefix, encrypted with the documents KMS key."""
    from careflow_documents.store import case_key, presigned_upload

    tenant = _tenant()
    _check_uuid(case_id)
    document_id = str(uuid.uuid4())
    key = case_key(tenant, case_id, "documents", document_id)
    with tenant_transaction(tenant) as cur:
        if not repo.case_exists(cur, tenant, case_id):
            raise NotFound("case not found")
        repo.insert_document(
            cur,
            tenant_id=tenant,
            case_id=case_id,
            kind=UPLOAD_TYPES[body.content_type],
            s3_key=key,
            content_type=body.content_type,
            size_bytes=body.size_bytes,
            source="upload",
            status="pending",
            filename=body.filename,
            document_id=document_id,
        )
    upload = presigned_upload(key, body.content_type, body.size_bytes)
    return Response(
        201, content_types.APPLICATION_JSON, {"document_id": document_id, "upload": upload}
    )


@app.get(
    "/v1/cases/<case_id>/documents",
    **_doc("GET /v1/cases/{case_id}/documents", {200: "The case's documents"}, 404),
)
def list_documents(case_id: Annotated[str, Path(description="case id (UUID)")]) -> dict[str, Any]:
    tenant = _tenant()
    _check_uuid(case_id)
    with tenant_transaction(tenant) as cur:
        if not repo.case_exists(cur, tenant, case_id):
            raise NotFound("case not found")
        docs = repo.list_documents(cur, tenant, case_id)
    return {"documents": _jsonable([_public_document(d) for d in docs])}


@app.get(
    "/v1/cases/<case_id>/documents/<document_id>",
    **_doc(
        "GET /v1/cases/{case_id}/documents/{document_id}",
        {200: "The document and a download URL"},
        404,
        409,
    ),
)
def get_document(
    case_id: Annotated[str, Path(description="case id (UUID)")],
    document_id: Annotated[str, Path(description="document id (UUID)")],
) -> dict[str, Any]:
    """The document with a short-lived presigned download URL (60 s)."""
    from careflow_documents.store import head, presigned_download

    tenant = _tenant()
    _check_uuid(case_id)
    _check_uuid(document_id)
    with tenant_transaction(tenant) as cur:
        doc = repo.get_document(cur, tenant, case_id, document_id)
        if doc is None or doc["status"] == "rejected":
            raise NotFound("document not found")
        if doc["status"] == "pending":
            stored = head(doc["s3_key"])
            if stored is None:
                raise Conflict("the upload has not completed yet")
            repo.mark_document_stored(cur, tenant, document_id, stored["size"])
            doc["status"], doc["size_bytes"] = "stored", stored["size"]
    url = presigned_download(doc["s3_key"], doc.get("filename"))
    return {**_jsonable(_public_document(doc)), "download_url": url, "expires_in": 60}


def _public_document(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k != "s3_key"}


def _staff_action(
    tenant: str, consumer: str, request_id: str, effect: Callable[[RealDictCursor], list[Output]]
) -> Outcome:
    """Run a staff action once per request id (the outbox publishes its event after commit).
    A token whose tenant has no row (never seeded, or removed) finds no case: 404, not 500."""
    from psycopg2.errors import ForeignKeyViolation

    try:
        return run_once(tenant, consumer, request_id, effect, publish_many)
    except ForeignKeyViolation:
        raise NotFound("case not found") from None


def _staff_case_event(
    cur: RealDictCursor,
    tenant: str,
    case_id: str,
    event_id: str,
    event_type: EventType,
    payload: BaseModel,
    *,
    recorded: BaseModel | None = None,
) -> list[Output]:
    """A staff action enters the pipeline as a case event: recorded on the case, and published
    (through the transaction's outbox) to ``hub.cases.events`` under the case's key. The
    request id is the event id and starts its own correlation. ``recorded``, when given, is
    what the case's history keeps instead of ``payload`` (text that must not go on Kafka)."""
    env = Envelope.first(event_id, event_type, tenant, payload)
    kept = env if recorded is None else Envelope.first(event_id, event_type, tenant, recorded)
    repo.append_case_event(cur, tenant, case_id, kept)
    return [(TOPIC_CASE_EVENTS, env, partition_key(tenant, case_id))]


def _request_id(tenant: str, case_id: str, action: str, idempotency_key: str | None) -> str:
    if not idempotency_key:
        return str(uuid.uuid4())
    return str(uuid.uuid5(_REQUEST_NS, f"{tenant}|{case_id}|{action}|{idempotency_key}"))


@instrumented(FUNCTION)
@logger.inject_lambda_context(clear_state=True)
def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    return _gate(event) or app.resolve(event, context)
