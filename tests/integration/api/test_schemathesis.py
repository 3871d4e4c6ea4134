"""Schemathesis over the whole staff API, through the local API Gateway (no MSK pollers).

Each documented operation gets generated requests — valid ones and, where the schema allows it,
invalid ones — with a valid token holding every scope of a throw-away tenant; half of the
requests aim at the tenant's real case and document instead of a random id. Every answer must be
no server error and a status the OpenAPI document states for that operation, with the documented
content type, headers and body schema. Bounded: ``MAX_EXAMPLES`` per operation and mode,
derandomized, so a run takes well under a minute and repeats exactly.

Schemathesis' ``negative_data_rejection`` check is not used: it counts the bearer token this test
adds to every request as "missing" and wants unknown query parameters refused (they are ignored).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from careflow_local.gateway import LocalGateway
from careflow_shared.topology import ROUTES, SCOPES

from .conftest import ApiTenant, token_for

MAX_EXAMPLES = 20
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
OPERATIONS = [
    (r.method, r.path)
    for r in ROUTES
    if r.function == "api" and r.method != "ANY" and r.path != "/v1/openapi.json"
]


@pytest.fixture(scope="module")
def gateway_url(migrated_db) -> Iterator[str]:
    gw = LocalGateway(port=0)
    gw.start()
    yield gw.url
    gw.stop()


@pytest.fixture(scope="module")
def api_schema(gateway_url: str) -> Any:
    return schemathesis.openapi.from_url(f"{gateway_url}/v1/openapi.json")


def test_every_api_operation_is_documented(api_schema):
    documented = {
        (method.upper(), path)
        for path, item in api_schema.raw_schema["paths"].items()
        for method in item
    }
    assert documented == set(OPERATIONS)


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda o: f"{o[0]} {o[1]}")
def test_schemathesis_finds_no_server_error_and_no_undocumented_status(
    api_schema, gateway_url: str, api_tenant: ApiTenant, operation
):
    method, path = operation
    api_op = api_schema[path][method]
    definition = api_op.definition.raw
    modes = [GenerationMode.POSITIVE]
    if definition.get("parameters") or definition.get("requestBody"):
        modes.append(GenerationMode.NEGATIVE)  # GET /health has nothing to get wrong
    headers = {"Authorization": f"Bearer {token_for(api_tenant.tenant_id, *SCOPES)}"}
    real_ids = {"case_id": api_tenant.case_id, "document_id": api_tenant.document_id}
    statuses = {mode.value: _fuzz(api_op, mode, gateway_url, headers, real_ids) for mode in modes}
    print(f"{method} {path}: statuses seen {statuses}")
    assert all(statuses.values()), "a mode made no request"


def _fuzz(
    api_op: Any,
    mode: GenerationMode,
    base_url: str,
    headers: dict[str, str],
    real_ids: dict[str, str],
) -> set[int]:
    """Generated requests of one mode against one operation, each answer checked; returns the
    statuses seen."""
    seen: set[int] = set()

    @given(case=api_op.as_strategy(generation_mode=mode), real=st.booleans())
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def run(case: Any, real: bool) -> None:
        if real and case.path_parameters:
            case.path_parameters = {k: real_ids.get(k, v) for k, v in case.path_parameters.items()}
        response = case.call(base_url=base_url, headers=headers, timeout=15)
        seen.add(response.status_code)
        case.validate_response(response, checks=CHECKS, headers=headers)

    run()
    return seen
