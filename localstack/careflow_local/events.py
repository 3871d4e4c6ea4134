"""Build events of the exact AWS shapes: HTTP API payload format 2.0 and ``aws:kafka`` batches."""

from __future__ import annotations

import base64
import time
import uuid
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qsl

ACCOUNT_ID = "000000000000"
_TEXT_TYPES = (
    "text/",
    "application/json",
    "application/xml",
    "application/x-www-form-urlencoded",
    "application/javascript",
    "application/graphql",
)


def http_api_event(
    *,
    method: str,
    path: str,
    route_key: str,
    path_parameters: dict[str, str] | None = None,
    raw_query: str = "",
    headers: Iterable[tuple[str, str]] = (),
    body: bytes = b"",
    source_ip: str = "127.0.0.1",
    claims: dict[str, Any] | None = None,
    stage: str = "$default",
) -> dict[str, Any]:
    """An API Gateway HTTP API (v2.0) event: lower-cased header names, repeated headers and
    query parameters joined with commas, cookies split out, binary bodies base64-encoded."""
    merged: dict[str, str] = {}
    cookies: list[str] = []
    for name, value in headers:
        lname = name.lower()
        if lname == "cookie":
            cookies.extend(c.strip() for c in value.split(";") if c.strip())
            continue
        merged[lname] = f"{merged[lname]},{value}" if lname in merged else value
    query: dict[str, str] = {}
    for key, value in parse_qsl(raw_query, keep_blank_values=True):
        query[key] = f"{query[key]},{value}" if key in query else value
    now = time.time()
    content_type = merged.get("content-type", "")
    is_text = not body or any(content_type.startswith(t) for t in _TEXT_TYPES)
    if is_text:
        try:
            body_field: str | None = body.decode() if body else None
            is_b64 = False
        except UnicodeDecodeError:
            body_field, is_b64 = base64.b64encode(body).decode(), True
    else:
        body_field, is_b64 = base64.b64encode(body).decode(), True
    request_context: dict[str, Any] = {
        "accountId": ACCOUNT_ID,
        "apiId": "local",
        "domainName": merged.get("host", "127.0.0.1"),
        "domainPrefix": merged.get("host", "127.0.0.1").split(".")[0],
        "http": {
            "method": method,
            "path": path,
            "protocol": "HTTP/1.1",
            "sourceIp": source_ip,
            "userAgent": merged.get("user-agent", ""),
        },
        "requestId": str(uuid.uuid4()),
        "routeKey": route_key,
        "stage": stage,
        "time": time.strftime("%d/%b/%Y:%H:%M:%S +0000", time.gmtime(now)),
        "timeEpoch": int(now * 1000),
    }
    if claims is not None:
        request_context["authorizer"] = {
            "jwt": {
                "claims": {k: v if isinstance(v, str) else str(v) for k, v in claims.items()},
                "scopes": None,
            }
        }
    event: dict[str, Any] = {
        "version": "2.0",
        "routeKey": route_key,
        "rawPath": path,
        "rawQueryString": raw_query,
        "headers": merged,
        "requestContext": request_context,
        "isBase64Encoded": is_b64,
    }
    if cookies:
        event["cookies"] = cookies
    if query:
        event["queryStringParameters"] = query
    if path_parameters:
        event["pathParameters"] = path_parameters
    if body_field is not None:
        event["body"] = body_field
    return event


def kafka_record(
    *,
    topic: str,
    partition: int,
    offset: int,
    timestamp_ms: int,
    key: bytes | None,
    value: bytes | None,
    headers: Iterable[tuple[str, bytes]] = (),
) -> dict[str, Any]:
    record: dict[str, Any] = {
        "topic": topic,
        "partition": partition,
        "offset": offset,
        "timestamp": timestamp_ms,
        "timestampType": "CREATE_TIME",
        "value": base64.b64encode(value or b"").decode(),
        "headers": [{name: list(val or b"")} for name, val in headers],
    }
    if key is not None:
        record["key"] = base64.b64encode(key).decode()
    return record


def kafka_event(
    records: list[dict[str, Any]], *, bootstrap: str, region: str, cluster: str = "careflow-local"
) -> dict[str, Any]:
    """An ``aws:kafka`` event: records grouped under ``"<topic>-<partition>"`` in offset order."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        grouped.setdefault(f"{record['topic']}-{record['partition']}", []).append(record)
    for batch in grouped.values():
        batch.sort(key=lambda r: r["offset"])
    return {
        "eventSource": "aws:kafka",
        "eventSourceArn": f"arn:aws:kafka:{region}:{ACCOUNT_ID}:cluster/{cluster}/local",
        "bootstrapServers": bootstrap,
        "records": grouped,
    }
