"""The api function against the topology table and its own OpenAPI document, without a database:
its routes are the table's, the document states every status a route can answer (400 for
validation, never 422), and the checks that run before any route (405, 404, 403, 415, 400)
answer without touching Postgres."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from careflow_local.events import http_api_event
from careflow_local.invoke import LambdaContext, load_handler
from careflow_shared.topology import CASES_READ, ROUTES, SCOPES, match_route

API_ROUTES = [r for r in ROUTES if r.function == "api" and r.method != "ANY"]


@pytest.fixture(scope="module")
def api() -> Any:
    return load_handler("api")


@pytest.fixture(scope="module")
def document(api) -> dict[str, Any]:
    return api.openapi_document()


def _call(
    api: Any, method: str, path: str, *, scope: str | None, **kw: Any
) -> tuple[int, Any, Any]:
    found = match_route(method, path)
    claims = {"sub": "s", "tenant_id": "tenant-a"} | ({"scope": scope} if scope else {})
    event = http_api_event(
        method=method,
        path=path,
        route_key=found[0].route_key if found else "$default",
        claims=claims,
        **kw,
    )
    result = api.handler(event, LambdaContext("api"))
    return result["statusCode"], result.get("headers") or {}, json.loads(result["body"])


def test_the_functions_routes_are_the_topology_routes(api):
    served = {
        (r.method, re.sub(r"<(\w+)>", r"{\1}", r.path))
        for r in api.app._static_routes + api.app._dynamic_routes
    }
    assert served == {(r.method, r.path) for r in API_ROUTES}


def test_no_operation_promises_422_and_validation_errors_are_documented_as_400(document):
    assert "HTTPValidationError" not in document["components"]["schemas"]
    for path, item in document["paths"].items():
        for method, op in item.items():
            assert "422" not in op["responses"], (method, path)
            validated = [p for p in op.get("parameters", []) if p["in"] in ("query", "header")]
            if validated or op.get("requestBody"):
                assert "400" in op["responses"], (method, path)


@pytest.mark.parametrize("route", API_ROUTES, ids=lambda r: r.route_key)
def test_each_operation_states_the_statuses_it_can_answer(document, route):
    if route.path == "/v1/openapi.json":
        assert route.path not in document["paths"]  # not an operation of the API itself
        return
    op = document["paths"][route.path][route.method.lower()]
    codes = set(op["responses"])
    assert "429" in codes  # API Gateway's throttle, on every route
    assert ({"401", "403"} <= codes) == (route.auth == "jwt")
    if "{case_id}" in route.path:
        assert "404" in codes
    if route.method == "POST":
        assert {"400", "413", "415"} <= codes
    if route.route_key in (
        "POST /v1/cases/{case_id}/approvals",
        "POST /v1/cases/{case_id}/stage",
        "GET /v1/cases/{case_id}/documents/{document_id}",
    ):
        assert "409" in codes
    expected_security = [{"staffToken": list(route.scopes)}] if route.scopes else None
    assert op.get("security") == expected_security


def test_the_document_names_every_scope(document):
    assert document["components"]["securitySchemes"]["staffToken"]["scheme"] == "bearer"
    for scope in SCOPES:
        assert f"`{scope}`" in document["info"]["description"]


def test_offset_is_bounded_in_the_document(document):
    params = document["paths"]["/v1/cases"]["get"]["parameters"]
    offset = next(p for p in params if p["name"] == "offset")
    assert offset["schema"]["maximum"] < 2**63 - 1


@pytest.mark.parametrize("method", ["DELETE", "PUT", "PATCH", "HEAD", "OPTIONS", "POST"])
def test_unserved_methods_are_405_with_allow(api, method):
    status, headers, body = _call(api, method, "/v1/cases/x", scope=None)
    assert (status, headers.get("Allow")) == (405, "GET")
    assert body["error"]["code"] == "method_not_allowed"


def test_a_path_outside_the_table_is_404(api):
    status, _, body = _call(api, "GET", "/v1/cases/x/nothing", scope=" ".join(SCOPES))
    assert status == 404 and body["error"]["code"] == "not_found"


def test_a_scope_missing_from_the_token_is_403(api):
    status, _, body = _call(api, "POST", "/v1/cases/x/stage", scope=CASES_READ, body=b"{}")
    assert status == 403 and body["error"]["code"] == "forbidden"


@pytest.mark.parametrize(
    ("content_type", "raw", "status", "code"),
    [
        ("application/x-www-form-urlencoded", b"stage=lost", 415, "unsupported_media_type"),
        ("text/plain", b'{"stage": "lost"}', 415, "unsupported_media_type"),
        # the gateway base64-encodes a body that is not UTF-8; Powertools would fail on it (500)
        ("application/json", b'{"stage": "\xbe"}', 400, "bad_request"),
    ],
)
def test_a_body_the_api_cannot_read_is_refused(api, content_type, raw, status, code):
    answer = _call(
        api,
        "POST",
        "/v1/cases/x/stage",
        scope=" ".join(SCOPES),
        headers=[("Content-Type", content_type)],
        body=raw,
    )
    assert (answer[0], answer[2]["error"]["code"]) == (status, code)


def test_a_reply_with_a_nul_character_is_a_validation_error(api):
    """Postgres' jsonb cannot store U+0000: refused as input, before it could fail an insert."""
    status, _, body = _call(
        api,
        "POST",
        "/v1/cases/x/approvals",
        scope=" ".join(SCOPES),
        headers=[("Content-Type", "application/json")],
        body=json.dumps({"decision": "edit", "reply": "price\u0000"}).encode(),
    )
    assert status == 400
    assert [d["loc"] for d in body["error"]["details"]] == ["body.reply"]
