"""Who may call what on the staff API, and what bad input gets.

Every ``/v1`` route admits exactly the tokens whose ``scope`` claim holds one of its topology
scopes — at the gateway (API Gateway's ``AuthorizationScopes``) and again in the function, which
does not rely on the gateway. Out-of-range integers are 400 with a machine-readable body, never a
500; methods a path does not serve are 405 with ``Allow``.
"""

from __future__ import annotations

import http.client
import uuid
from typing import Any

import pytest

from careflow_local.gateway import LocalGateway
from careflow_shared.topology import (
    CASES_READ,
    ROUTES,
    SCOPES,
    allowed_methods,
)

from .conftest import ApiTenant, claims_for, into_function, through_gateway, token_for

STAFF_ROUTES = [r for r in ROUTES if r.auth == "jwt" and r.method != "ANY"]

# A request each staff route takes once access is granted, and its answer for the test tenant.
# None changes the case: the stage request is a refused transition, no approval is pending.
ADMITTED: dict[str, tuple[Any, int]] = {
    "GET /v1/cases": (None, 200),
    "GET /v1/cases/{case_id}": (None, 200),
    "POST /v1/cases/{case_id}/approvals": ({"decision": "approve"}, 409),
    "POST /v1/cases/{case_id}/stage": ({"stage": "closed"}, 409),
    "GET /v1/cases/{case_id}/fhir": (None, 200),
    "POST /v1/cases/{case_id}/documents": (
        {"filename": "scan.pdf", "content_type": "application/pdf", "size_bytes": 10},
        201,
    ),
    "GET /v1/cases/{case_id}/documents": (None, 200),
    "GET /v1/cases/{case_id}/documents/{document_id}": (None, 409),  # upload not completed
}


def _path(route_path: str, tenant: ApiTenant) -> str:
    return route_path.format(case_id=tenant.case_id, document_id=tenant.document_id)


def test_every_staff_route_is_in_the_matrix():
    assert set(ADMITTED) == {r.route_key for r in STAFF_ROUTES}


@pytest.mark.parametrize("layer", ["gateway", "function"])
@pytest.mark.parametrize("scope", sorted(SCOPES))
@pytest.mark.parametrize("route", STAFF_ROUTES, ids=lambda r: r.route_key)
def test_each_route_admits_exactly_its_scopes(api_tenant, route, scope, layer):
    body, admitted_status = ADMITTED[route.route_key]
    path = _path(route.path, api_tenant)
    if layer == "gateway":
        token = token_for(api_tenant.tenant_id, scope)
        answer = through_gateway(route.method, path, token=token, body=body)
    else:
        claims = claims_for(api_tenant.tenant_id, scope)
        answer = into_function(route.method, path, claims, body=body)
    if scope in route.scopes:
        assert answer.status == admitted_status, answer.body
    elif layer == "gateway":
        assert (answer.status, answer.body) == (403, {"message": "Forbidden"})
    else:
        assert answer.status == 403 and answer.body["error"]["code"] == "forbidden", answer.body


@pytest.mark.parametrize("scope", [CASES_READ, "cases:read", f"{CASES_READ} cases:write"])
def test_a_read_only_token_cannot_change_a_stage(api_tenant, scope):
    """The outside test's finding: scope ``cases:read`` moved a case. ``enquiry → qualifying`` is
    allowed, so only the scope check stands between this request and a stage change."""
    path = f"/v1/cases/{api_tenant.case_id}/stage"
    claims = claims_for(api_tenant.tenant_id, scope)
    assert into_function("POST", path, claims, body={"stage": "qualifying"}).status == 403
    token = token_for(api_tenant.tenant_id, CASES_READ)
    assert through_gateway("POST", path, token=token, body={"stage": "qualifying"}).status == 403
    case = into_function(
        "GET", f"/v1/cases/{api_tenant.case_id}", claims_for(api_tenant.tenant_id, CASES_READ)
    )
    assert case.body["stage"] == "enquiry"


def test_a_token_without_scope_reaches_no_staff_route(api_tenant):
    for route in STAFF_ROUTES:
        body, _ = ADMITTED[route.route_key]
        claims = {"sub": "staff-1", "tenant_id": api_tenant.tenant_id}
        answer = into_function(route.method, _path(route.path, api_tenant), claims, body=body)
        assert answer.status == 403, route.route_key


def test_the_function_checks_the_request_not_the_route_key_it_is_told(api_tenant):
    """Access follows the method and path actually requested: an event claiming the path's
    ``ANY`` route (which needs no scope) still needs cases:read for a GET of the list."""
    claims = claims_for(api_tenant.tenant_id, "careflow/documents:read")
    answer = into_function("GET", "/v1/cases", claims, route_key="ANY /v1/cases")
    assert answer.status == 403


@pytest.mark.parametrize(
    "query",
    [
        "offset=9223372036854775808",
        "offset=99999999999999999999999999",
        "offset=-1",
        "offset=1000001",
        "offset=1e3",
        "limit=0",
        "limit=201",
        "limit=9223372036854775808",
        "limit=abc",
        "stage=nope",
    ],
)
def test_out_of_range_query_values_are_400_with_the_field_named(api_tenant, query):
    token = token_for(api_tenant.tenant_id, CASES_READ)
    answer = through_gateway("GET", "/v1/cases", token=token, query=query)
    assert answer.status == 400, answer.body
    error = answer.body["error"]
    assert error["code"] == "bad_request"
    assert [d["loc"] for d in error["details"]] == [f"query.{query.split('=')[0]}"]


def test_the_last_offset_is_still_a_page(api_tenant):
    token = token_for(api_tenant.tenant_id, CASES_READ)
    answer = through_gateway("GET", "/v1/cases", token=token, query="offset=1000000")
    assert answer.status == 200 and answer.body["cases"] == []


@pytest.mark.parametrize("case_id", ["not-a-uuid", "9223372036854775808", "-1", "%00"])
def test_malformed_path_ids_are_404(api_tenant, case_id):
    token = token_for(api_tenant.tenant_id, CASES_READ)
    answer = through_gateway("GET", f"/v1/cases/{case_id}", token=token)
    assert answer.status == 404 and answer.body["error"]["code"] == "not_found"


def test_a_token_for_a_tenant_without_a_row_finds_no_case():
    """A staff action claims its request in ``processed_events`` first: for a tenant that was
    never created that must be 404 like any other missing case, not a foreign-key 500."""
    ghost = f"ghost-{uuid.uuid4().hex[:10]}"
    case_id = str(uuid.uuid4())
    token = token_for(ghost, *SCOPES)
    stage = through_gateway(
        "POST", f"/v1/cases/{case_id}/stage", token=token, body={"stage": "lost"}
    )
    approval = through_gateway(
        "POST", f"/v1/cases/{case_id}/approvals", token=token, body={"decision": "approve"}
    )
    assert (stage.status, approval.status) == (404, 404)


PATHS = sorted({r.path for r in ROUTES if r.method != "ANY"})


@pytest.mark.parametrize("route_path", PATHS)
def test_unknown_methods_are_405_with_allow(api_tenant, route_path):
    path = _path(route_path.replace("{tenant}", api_tenant.tenant_id), api_tenant)
    token = token_for(api_tenant.tenant_id, *SCOPES)
    allow = allowed_methods(path)
    for method in ("PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "POST", "GET"):
        if method in allow:
            continue
        answer = through_gateway(method, path, token=token)
        assert answer.status == 405, (method, path)
        assert answer.headers["allow"] == ", ".join(allow)
        assert answer.body["error"]["code"] == "method_not_allowed"


def test_unknown_methods_on_staff_paths_still_need_a_token(api_tenant):
    """The ``ANY`` routes of ``/v1`` paths sit behind the JWT authorizer like the path's routes."""
    answer = through_gateway("DELETE", f"/v1/cases/{api_tenant.case_id}", token=None)
    assert (answer.status, answer.body) == (401, {"message": "Unauthorized"})
    assert through_gateway("PUT", "/health", token=None).status == 405


def test_unknown_paths_stay_404():
    assert through_gateway("GET", "/v1/nothing", token=None).status == 404
    assert through_gateway("DELETE", "/v1/cases/a/b/c", token=None).status == 404


def test_head_and_options_over_http_are_405_and_a_head_answer_has_no_body():
    gw = LocalGateway(port=0)
    gw.start()
    try:
        host, port = gw.server.server_address[:2]
        for method in ("HEAD", "OPTIONS"):
            conn = http.client.HTTPConnection(str(host), int(port), timeout=10)
            conn.request(method, "/health")
            resp = conn.getresponse()
            raw = resp.read()
            conn.close()
            assert resp.status == 405 and resp.getheader("Allow") == "GET"
            assert (raw == b"") == (method == "HEAD")
    finally:
        gw.stop()
