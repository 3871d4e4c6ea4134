"""Deploy-time provisioning of an Amazon Managed Grafana workspace: careflow's data sources and
the dashboards generated in ``monitoring/dashboards/generated/aws``.

A CloudFormation custom resource (``careflow_cdk.telemetry``) runs this Lambda on every create
and on every update — the dashboards' asset key changes with their content, so a changed
dashboard is pushed by the next ``cdk deploy``. Nothing is left on delete: the workspace goes
with the stack, and dashboards in a kept workspace harm nothing.

Why a token minted per run and no secret: Grafana's HTTP API needs a service-account token
(``CreateWorkspaceServiceAccountToken``). One kept in Secrets Manager would be a standing
admin credential to rotate; instead the run makes one that lives :data:`TOKEN_TTL_S` seconds and
deletes it before returning, whatever happened. The service account itself (role ADMIN: data
sources need it) is created once and reused.

Only the standard library and boto3 (both in the Lambda runtime): the function has no layer.
"""

from __future__ import annotations

import io
import json
import logging
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

logger = logging.getLogger()
logger.setLevel(logging.INFO)

SERVICE_ACCOUNT = "careflow-provisioner"
TOKEN_TTL_S = 900
"""Long enough for a run (a few HTTP calls), short enough that a leaked key is soon worthless."""
PROMETHEUS_UID = "careflow-amp"
XRAY_UID = "careflow-xray"
CLOUDWATCH_UID = "careflow-cloudwatch"
FOLDER_UID = "careflow"
HTTP_TIMEOUT_S = 20.0

Http = Callable[[str, str, dict[str, str], bytes | None], tuple[int, bytes]]
"""``(method, url, headers, body) -> (status, body)``: urllib in Lambda, a fake in tests."""


class ProvisioningError(RuntimeError):
    """Grafana refused a call; the custom resource fails and CloudFormation rolls back."""


@dataclass(frozen=True)
class Target:
    """What the custom resource's properties say (all set by ``careflow_cdk.telemetry``)."""

    workspace_id: str
    grafana_url: str
    prometheus_url: str
    region: str
    dashboards_bucket: str
    dashboards_key: str

    @classmethod
    def from_properties(cls, props: dict[str, Any]) -> Target:
        endpoint = str(props["GrafanaEndpoint"])
        url = endpoint if endpoint.startswith("https://") else f"https://{endpoint}"
        return cls(
            workspace_id=str(props["WorkspaceId"]),
            grafana_url=url.rstrip("/"),
            prometheus_url=str(props["PrometheusUrl"]),
            region=str(props["Region"]),
            dashboards_bucket=str(props["DashboardsBucket"]),
            dashboards_key=str(props["DashboardsKey"]),
        )


def urllib_http(
    method: str, url: str, headers: dict[str, str], body: bytes | None
) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=HTTP_TIMEOUT_S) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def datasources(target: Target) -> list[dict[str, Any]]:
    """The data sources the ``aws`` dashboards' variables select: AMP (SigV4 with the workspace's
    IAM role), X-Ray and CloudWatch (the same role; ``ec2_iam_role`` is Grafana's name for the
    credentials of the environment it runs in)."""
    return [
        {
            "uid": PROMETHEUS_UID,
            "name": "careflow Prometheus (AMP)",
            "type": "prometheus",
            "access": "proxy",
            "url": target.prometheus_url,
            "isDefault": True,
            "jsonData": {
                "httpMethod": "POST",
                "sigV4Auth": True,
                "sigV4AuthType": "ec2_iam_role",
                "sigV4Region": target.region,
            },
        },
        {
            "uid": XRAY_UID,
            "name": "careflow X-Ray",
            "type": "grafana-x-ray-datasource",
            "access": "proxy",
            "jsonData": {"authType": "ec2_iam_role", "defaultRegion": target.region},
        },
        {
            "uid": CLOUDWATCH_UID,
            "name": "careflow CloudWatch",
            "type": "cloudwatch",
            "access": "proxy",
            "jsonData": {"authType": "ec2_iam_role", "defaultRegion": target.region},
        },
    ]


def read_dashboards(s3: Any, bucket: str, key: str) -> dict[str, dict[str, Any]]:
    """``file name -> dashboard`` from the zipped asset of ``generated/aws``."""
    raw = s3.get_object(Bucket=bucket, Key=key)["Body"].read()
    found: dict[str, dict[str, Any]] = {}
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        for name in sorted(archive.namelist()):
            if name.endswith(".json"):
                found[name] = json.loads(archive.read(name))
    if not found:
        raise ProvisioningError(f"no dashboards in s3://{bucket}/{key}")
    return found


class Grafana:
    """Grafana's HTTP API with one bearer token."""

    def __init__(self, url: str, token: str, http: Http) -> None:
        self.url = url
        self.headers = {
            "Authorization": f"Bearer {token}",
            "Content-Type": "application/json",
            "Accept": "application/json",
        }
        self.http = http

    def call(
        self, method: str, path: str, body: Any = None, ok: tuple[int, ...] = (200,)
    ) -> tuple[int, Any]:
        data = json.dumps(body).encode() if body is not None else None
        status, raw = self.http(method, f"{self.url}{path}", dict(self.headers), data)
        if status not in ok:
            # Grafana's error bodies name the problem, never the token
            raise ProvisioningError(f"{method} {path}: {status} {raw[:300]!r}")
        try:
            return status, json.loads(raw) if raw else None
        except ValueError:
            return status, None

    def upsert_datasource(self, source: dict[str, Any]) -> None:
        status, _ = self.call("GET", f"/api/datasources/uid/{source['uid']}", ok=(200, 404))
        if status == 200:
            self.call("PUT", f"/api/datasources/uid/{source['uid']}", source)
        else:
            self.call("POST", "/api/datasources", source)

    def ensure_folder(self) -> None:
        status, _ = self.call("GET", f"/api/folders/{FOLDER_UID}", ok=(200, 404))
        if status == 404:
            self.call("POST", "/api/folders", {"uid": FOLDER_UID, "title": "careflow"})

    def put_dashboard(self, board: dict[str, Any], message: str) -> None:
        board = {k: v for k, v in board.items() if k != "id"}  # matched by uid, not by id
        self.call(
            "POST",
            "/api/dashboards/db",
            {"dashboard": board, "folderUid": FOLDER_UID, "overwrite": True, "message": message},
        )


def service_account_id(client: Any, workspace_id: str) -> str:
    """The provisioner's service account in the workspace, created on first use."""
    paginator = client.get_paginator("list_workspace_service_accounts")
    for page in paginator.paginate(workspaceId=workspace_id):
        for account in page.get("serviceAccounts", []):
            if account["name"] == SERVICE_ACCOUNT:
                return str(account["id"])
    created = client.create_workspace_service_account(
        workspaceId=workspace_id, name=SERVICE_ACCOUNT, grafanaRole="ADMIN"
    )
    return str(created["id"])


def provision(
    target: Target, *, grafana_client: Any, s3: Any, http: Http, run_id: str
) -> dict[str, Any]:
    """Data sources, a folder and every dashboard; returns what was pushed (for the log)."""
    boards = read_dashboards(s3, target.dashboards_bucket, target.dashboards_key)
    account = service_account_id(grafana_client, target.workspace_id)
    token = grafana_client.create_workspace_service_account_token(
        workspaceId=target.workspace_id,
        serviceAccountId=account,
        name=f"deploy-{run_id}"[:128],
        secondsToLive=TOKEN_TTL_S,
    )["serviceAccountToken"]
    try:
        api = Grafana(target.grafana_url, token["key"], http)
        for source in datasources(target):
            api.upsert_datasource(source)
        api.ensure_folder()
        for board in boards.values():
            api.put_dashboard(board, f"careflow deploy {run_id}")
    finally:
        grafana_client.delete_workspace_service_account_token(
            workspaceId=target.workspace_id, serviceAccountId=account, tokenId=token["id"]
        )
    return {
        "datasources": [s["uid"] for s in datasources(target)],
        "dashboards": sorted(str(b.get("uid")) for b in boards.values()),
    }


# --- the custom resource protocol -----------------------------------------------------------


def respond(event: dict[str, Any], status: str, reason: str, physical_id: str, http: Http) -> None:
    """CloudFormation waits for this PUT to the pre-signed ResponseURL (an empty content type,
    as the URL was signed without one)."""
    body = json.dumps(
        {
            "Status": status,
            "Reason": reason[:1000],
            "PhysicalResourceId": physical_id,
            "StackId": event["StackId"],
            "RequestId": event["RequestId"],
            "LogicalResourceId": event["LogicalResourceId"],
            "Data": {},
        }
    ).encode()
    http("PUT", event["ResponseURL"], {"Content-Type": ""}, body)


def handler(
    event: dict[str, Any], context: Any, *, clients: Any = None, http: Http = urllib_http
) -> None:
    props = event.get("ResourceProperties", {})
    physical_id = (
        event.get("PhysicalResourceId") or f"{props.get('WorkspaceId', 'grafana')}-dashboards"
    )
    if event["RequestType"] == "Delete":
        respond(event, "SUCCESS", "nothing to remove", physical_id, http)
        return
    try:
        target = Target.from_properties(props)
        if clients is None:
            import boto3

            clients = (boto3.client("grafana"), boto3.client("s3"))
        grafana_client, s3 = clients
        pushed = provision(
            target, grafana_client=grafana_client, s3=s3, http=http, run_id=event["RequestId"][:36]
        )
        logger.info(json.dumps({"provisioned": pushed, "workspace": target.workspace_id}))
        respond(event, "SUCCESS", "provisioned", physical_id, http)
    except Exception as exc:
        logger.exception("grafana provisioning failed")
        respond(event, "FAILED", f"{type(exc).__name__}: {exc}", physical_id, http)
