import json

from careflow_local import gateway
from careflow_local.auth import mint_token, verify_bearer
from careflow_shared.topology import CASES_READ


def test_routes_match_the_topology_with_path_parameters():
    route, params = gateway.match("GET", "/v1/cases/abc")
    assert route.function == "api" and route.auth == "jwt" and params == {"case_id": "abc"}
    route, params = gateway.match("POST", "/webhooks/whatsapp/demo-clinic")
    assert route.function == "ingest_message" and params == {"tenant": "demo-clinic"}
    route, _ = gateway.match("DELETE", "/v1/cases/abc")  # the path's catch-all: 405 in api
    assert route.route_key == "ANY /v1/cases/{case_id}" and route.auth == "jwt"
    assert gateway.match("GET", "/v1/cases/abc/extra") is None
    assert gateway.match("GET", "/v1/cases/abc/") is None


def test_unknown_route_is_404_and_missing_token_is_401_without_invoking(monkeypatch):
    called = []
    monkeypatch.setattr(gateway, "invoke", lambda fn, ev: called.append(fn))
    assert gateway.handle_request("GET", "/nope", [], b"")[0] == 404
    status, _, body = gateway.handle_request("GET", "/v1/cases", [], b"")
    assert status == 401 and json.loads(body) == {"message": "Unauthorized"}
    assert (
        gateway.handle_request("GET", "/v1/cases", [("Authorization", "Bearer x.y.z")], b"")[0]
        == 401
    )
    assert called == []


def test_valid_token_reaches_the_function_with_its_claims(monkeypatch):
    seen = {}

    def fake_invoke(fn, event):
        seen.update(event)
        return {"ok": True}

    monkeypatch.setattr(gateway, "invoke", fake_invoke)
    token = mint_token("tenant-a")
    status, _headers, body = gateway.handle_request(
        "GET", "/v1/cases?limit=5", [("Authorization", f"Bearer {token}")], b""
    )
    assert status == 200 and json.loads(body) == {"ok": True}  # plain dict -> 200 JSON
    assert seen["requestContext"]["authorizer"]["jwt"]["claims"]["tenant_id"] == "tenant-a"
    assert seen["queryStringParameters"] == {"limit": "5"}


def test_a_token_without_the_routes_scope_is_403_without_invoking(monkeypatch):
    called = []
    monkeypatch.setattr(gateway, "invoke", lambda fn, ev: called.append(fn) or {"ok": True})
    reader = [("Authorization", f"Bearer {mint_token('tenant-a', scopes=[CASES_READ])}")]
    status, _, body = gateway.handle_request("POST", "/v1/cases/abc/stage", reader, b"{}")
    assert status == 403 and json.loads(body) == {"message": "Forbidden"} and called == []
    assert gateway.handle_request("GET", "/v1/cases/abc", reader, b"")[0] == 200
    assert called == ["api"]


def test_expired_or_foreign_tokens_are_rejected():
    assert verify_bearer("Bearer " + mint_token("t-a", ttl_s=-10)) is None
    import jwt

    forged = jwt.encode(
        {
            "tenant_id": "t-a",
            "sub": "x",
            "exp": 9999999999,
            "iss": "https://auth.careflow.local/",
            "aud": "careflow-api",
        },
        "not-the-secret-but-long-enough-for-hs256-xx",
        algorithm="HS256",
    )
    assert verify_bearer(f"Bearer {forged}") is None


def test_response_mapping_follows_api_gateway():
    status, headers, body = gateway.map_response(
        {
            "statusCode": 201,
            "headers": {"X-A": "1"},
            "multiValueHeaders": {"X-B": ["1", "2"]},
            "cookies": ["c=1"],
            "body": "aGk=",
            "isBase64Encoded": True,
        }
    )
    assert status == 201 and body == b"hi"
    assert ("X-A", "1") in headers and ("X-B", "2") in headers and ("Set-Cookie", "c=1") in headers
