"""The deploy-time Grafana provisioner (cdk/grafana_provisioner): AWS calls through botocore's
Stubber (the exact Amazon Managed Grafana and S3 requests), Grafana's HTTP API and the
CloudFormation response through a recording fake transport. No network."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.response import StreamingBody
from botocore.stub import ANY, Stubber
from grafana_provisioner import provision

GENERATED = Path(__file__).resolve().parents[2] / "monitoring" / "dashboards" / "generated" / "aws"
WS = "g-0123456789"
PROPS = {
    "ServiceToken": "arn:aws:lambda:eu-central-1:111122223333:function:x",
    "WorkspaceId": WS,
    "GrafanaEndpoint": f"{WS}.grafana-workspace.eu-central-1.amazonaws.com",
    "PrometheusUrl": "https://aps-workspaces.eu-central-1.amazonaws.com/workspaces/ws-1/",
    "Region": "eu-central-1",
    "DashboardsBucket": "cdk-assets",
    "DashboardsKey": "abc123.zip",
}
GRAFANA = f"https://{WS}.grafana-workspace.eu-central-1.amazonaws.com"
RESPONSE_URL = "https://cloudformation-custom-resource-response.example/signed"


def _event(request_type: str = "Create") -> dict[str, Any]:
    return {
        "RequestType": request_type,
        "ResponseURL": RESPONSE_URL,
        "StackId": "arn:aws:cloudformation:eu-central-1:111122223333:stack/careflow-prod/1",
        "RequestId": "6f0b7c1e-2d3a-4b5c-8d9e-0f1a2b3c4d5e",
        "LogicalResourceId": "TelemetryDashboards",
        "ResourceType": "Custom::CareflowGrafanaDashboards",
        "ResourceProperties": PROPS,
    }


class FakeHttp:
    """Grafana's API as a dict of ``(method, path) -> status``; records every request."""

    def __init__(self, answers: dict[tuple[str, str], int] | None = None) -> None:
        self.answers = answers or {}
        self.calls: list[tuple[str, str, dict[str, str], Any]] = []

    def __call__(
        self, method: str, url: str, headers: dict[str, str], body: bytes | None
    ) -> tuple[int, bytes]:
        self.calls.append((method, url, headers, json.loads(body) if body else None))
        if url == RESPONSE_URL:
            return 200, b""
        path = url.removeprefix(GRAFANA)
        return self.answers.get((method, path), 200), b"{}"

    def grafana_calls(self) -> list[tuple[str, str]]:
        return [(m, u.removeprefix(GRAFANA)) for m, u, _, _ in self.calls if u != RESPONSE_URL]

    def cfn_response(self) -> dict[str, Any]:
        [(_, _, headers, body)] = [c for c in self.calls if c[1] == RESPONSE_URL]
        assert headers == {"Content-Type": ""}
        return dict(body)


def _zipped(folder: Path) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for path in sorted(folder.glob("*.json")):
            archive.write(path, path.name)
    return out.getvalue()


@pytest.fixture
def aws() -> Iterator[tuple[Any, Stubber, Any, Stubber]]:
    grafana = boto3.client(
        "grafana", region_name="eu-central-1", aws_access_key_id="x", aws_secret_access_key="y"
    )
    s3 = boto3.client(
        "s3", region_name="eu-central-1", aws_access_key_id="x", aws_secret_access_key="y"
    )
    with Stubber(grafana) as g, Stubber(s3) as s:
        yield grafana, g, s3, s
        g.assert_no_pending_responses()
        s.assert_no_pending_responses()


def _stub_s3(s: Stubber) -> None:
    raw = _zipped(GENERATED)
    s.add_response(
        "get_object",
        {"Body": StreamingBody(io.BytesIO(raw), len(raw))},
        {"Bucket": "cdk-assets", "Key": "abc123.zip"},
    )


def _stub_token(g: Stubber, *, existing: bool) -> None:
    accounts = [{"id": "7", "name": provision.SERVICE_ACCOUNT, "grafanaRole": "ADMIN",
                 "isDisabled": "false"}] if existing else []  # fmt: skip
    g.add_response(
        "list_workspace_service_accounts",
        {"serviceAccounts": accounts, "workspaceId": WS},
        {"workspaceId": WS},
    )
    if not existing:
        g.add_response(
            "create_workspace_service_account",
            {"id": "7", "name": provision.SERVICE_ACCOUNT, "grafanaRole": "ADMIN",
             "workspaceId": WS},
            {"workspaceId": WS, "name": provision.SERVICE_ACCOUNT, "grafanaRole": "ADMIN"},
        )  # fmt: skip
    g.add_response(
        "create_workspace_service_account_token",
        {"serviceAccountToken": {"id": "tok-1", "name": "deploy", "key": "glsa_secret"},
         "serviceAccountId": "7", "workspaceId": WS},
        {"workspaceId": WS, "serviceAccountId": "7", "name": ANY,
         "secondsToLive": provision.TOKEN_TTL_S},
    )  # fmt: skip


def _stub_token_deleted(g: Stubber) -> None:
    g.add_response(
        "delete_workspace_service_account_token",
        {"tokenId": "tok-1", "serviceAccountId": "7", "workspaceId": WS},
        {"workspaceId": WS, "serviceAccountId": "7", "tokenId": "tok-1"},
    )


def test_a_create_pushes_datasources_and_every_generated_dashboard_then_drops_the_token(aws):
    grafana, g, s3, s = aws
    _stub_s3(s)
    _stub_token(g, existing=False)
    _stub_token_deleted(g)
    http = FakeHttp({("GET", "/api/datasources/uid/careflow-amp"): 404,
                     ("GET", "/api/datasources/uid/careflow-xray"): 404,
                     ("GET", "/api/datasources/uid/careflow-cloudwatch"): 200,
                     ("GET", "/api/folders/careflow"): 404})  # fmt: skip

    provision.handler(_event(), None, clients=(grafana, s3), http=http)

    assert http.cfn_response()["Status"] == "SUCCESS"
    assert http.cfn_response()["PhysicalResourceId"] == f"{WS}-dashboards"
    calls = http.grafana_calls()
    assert calls[:7] == [
        ("GET", "/api/datasources/uid/careflow-amp"),
        ("POST", "/api/datasources"),
        ("GET", "/api/datasources/uid/careflow-xray"),
        ("POST", "/api/datasources"),
        ("GET", "/api/datasources/uid/careflow-cloudwatch"),
        ("PUT", "/api/datasources/uid/careflow-cloudwatch"),  # already there: updated in place
        ("GET", "/api/folders/careflow"),
    ]
    assert calls[7] == ("POST", "/api/folders")
    pushed = [body for m, u, _, body in http.calls if u.endswith("/api/dashboards/db")]
    expected = {json.loads(p.read_text())["uid"] for p in GENERATED.glob("*.json")}
    assert (
        {b["dashboard"]["uid"] for b in pushed}
        == expected
        == {
            "careflow-overview",
            "careflow-function",
        }
    )
    assert all(b["overwrite"] and b["folderUid"] == "careflow" for b in pushed)
    # every Grafana call carried the minted token; the CloudFormation response did not
    for method, url, headers, _ in http.calls:
        expected_auth = None if url == RESPONSE_URL else "Bearer glsa_secret"
        assert headers.get("Authorization") == expected_auth, (method, url)
    amp = next(b for m, u, _, b in http.calls if b and b.get("uid") == "careflow-amp")
    assert amp["url"] == PROPS["PrometheusUrl"]
    assert amp["jsonData"]["sigV4Auth"] is True
    assert amp["jsonData"]["sigV4Region"] == "eu-central-1"


def test_an_update_reuses_the_service_account(aws):
    grafana, g, s3, s = aws
    _stub_s3(s)
    _stub_token(g, existing=True)  # no create_workspace_service_account stubbed: must not call
    _stub_token_deleted(g)
    http = FakeHttp()

    provision.handler(_event("Update"), None, clients=(grafana, s3), http=http)

    assert http.cfn_response()["Status"] == "SUCCESS"


def test_a_refused_dashboard_fails_the_deployment_and_still_deletes_the_token(aws):
    grafana, g, s3, s = aws
    _stub_s3(s)
    _stub_token(g, existing=True)
    _stub_token_deleted(g)
    http = FakeHttp({("POST", "/api/dashboards/db"): 412})

    provision.handler(_event("Update"), None, clients=(grafana, s3), http=http)

    response = http.cfn_response()
    assert response["Status"] == "FAILED"
    assert "412" in response["Reason"] and "glsa_secret" not in response["Reason"]


def test_a_delete_touches_nothing_and_answers(aws):
    grafana, _, s3, _ = aws
    http = FakeHttp()
    event = {**_event("Delete"), "PhysicalResourceId": f"{WS}-dashboards"}

    provision.handler(event, None, clients=(grafana, s3), http=http)

    assert http.grafana_calls() == []
    assert http.cfn_response()["Status"] == "SUCCESS"
    assert http.cfn_response()["PhysicalResourceId"] == f"{WS}-dashboards"
