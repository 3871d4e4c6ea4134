"""A throw-away tenant with one open case and one pending document, and ways to call the api
function: through the local gateway (API Gateway's JWT authorizer first) or straight into the
handler with a real-shaped HTTP API event (only the function's own checks)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import pytest

from careflow_local import gateway
from careflow_local.auth import mint_token
from careflow_local.events import http_api_event
from careflow_local.invoke import invoke
from careflow_shared.topology import Route, match_route


@dataclass(frozen=True)
class ApiTenant:
    tenant_id: str
    case_id: str
    document_id: str


@pytest.fixture(scope="module")
def api_tenant(migrated_db) -> ApiTenant:
    """A tenant row only (no channel secrets: nothing downstream acts for it), one patient with
    an open case in ``enquiry``, and a pending upload on that case."""
    from careflow_documents.store import case_key
    from careflow_local.db import upsert_tenant
    from careflow_rds import repositories as repo
    from careflow_rds.tenancy import tenant_transaction
    from careflow_shared.tenant_config import TenantConfig

    tenant_id = f"api-{uuid.uuid4().hex[:10]}"
    upsert_tenant(TenantConfig(tenant_id=tenant_id, display_name=f"Clinic {tenant_id}"))
    with tenant_transaction(tenant_id) as cur:
        patient = repo.upsert_patient(cur, tenant_id, "whatsapp", uuid.uuid4().hex, "Test Patient")
        case_id = str(repo.open_case(cur, tenant_id, patient)["case_id"])
        document_id = str(uuid.uuid4())
        repo.insert_document(
            cur,
            tenant_id=tenant_id,
            case_id=case_id,
            kind="report",
            s3_key=case_key(tenant_id, case_id, "documents", document_id),
            content_type="application/pdf",
            size_bytes=10,
            source="upload",
            status="pending",
            filename="report.pdf",
            document_id=document_id,
        )
    return ApiTenant(tenant_id, case_id, document_id)


@dataclass(frozen=True)
class Answer:
    status: int
    headers: dict[str, str]
    body: Any


def _answer(status: int, headers: Iterable[tuple[str, str]], raw: bytes) -> Answer:
    try:
        body = json.loads(raw) if raw else None
    except ValueError:
        body = raw.decode()
    return Answer(status, {k.lower(): v for k, v in headers}, body)


def through_gateway(
    method: str, path: str, *, token: str | None, body: Any = None, query: str = ""
) -> Answer:
    """The request as the local API Gateway serves it (authorizer, scopes, routing)."""
    headers = [("Content-Type", "application/json")]
    if token is not None:
        headers.append(("Authorization", f"Bearer {token}"))
    raw = json.dumps(body).encode() if body is not None else b""
    target = f"{path}?{query}" if query else path
    return _answer(*gateway.handle_request(method, target, headers, raw))


def into_function(
    method: str,
    path: str,
    claims: dict[str, Any],
    *,
    body: Any = None,
    route_key: str | None = None,
) -> Answer:
    """The request straight into the api handler, as if the gateway had admitted any token:
    what the function itself enforces."""
    found = match_route(method, path)
    route: Route | None = found[0] if found else None
    event = http_api_event(
        method=method,
        path=path,
        route_key=route_key or (route.route_key if route else "$default"),
        path_parameters=(found[1] or None) if found else None,
        headers=[("content-type", "application/json")],
        body=json.dumps(body).encode() if body is not None else b"",
        claims=claims,
    )
    return _answer(*gateway.map_response(invoke("api", event)))


def claims_for(tenant_id: str, scope: str) -> dict[str, Any]:
    return {"sub": "staff-1", "tenant_id": tenant_id, "scope": scope}


def token_for(tenant_id: str, *scopes: str) -> str:
    return mint_token(tenant_id, scopes=scopes)
