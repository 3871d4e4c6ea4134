"""Tenant-scoped document storage in S3.

Every key starts with ``tenants/{tenant_id}/``: the prefix is built here and nowhere else, so a
caller cannot write outside its tenant, and an IAM policy can confine a role to one prefix.
Objects are encrypted with the documents KMS key when one is configured (always on AWS).
"""

from __future__ import annotations

import json
import re
import threading
from typing import TYPE_CHECKING, Any

from careflow_shared.settings import get_settings
from careflow_shared.telemetry.spans import traced

if TYPE_CHECKING:
    from mypy_boto3_s3 import S3Client  # type: ignore[import-not-found]

_client: Any = None
_lock = threading.Lock()
_SAFE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")


def get_s3() -> S3Client:
    global _client
    if _client is None:
        import boto3
        from botocore.config import Config

        # boto3's default session must not build clients in two threads at once
        with _lock:
            _client = _client or boto3.client(
                "s3",
                region_name=get_settings().region,
                config=Config(
                    signature_version="s3v4", retries={"max_attempts": 3, "mode": "standard"}
                ),
            )
    return _client


def reset_s3() -> None:
    global _client
    _client = None


def case_key(tenant_id: str, case_id: str, *parts: str) -> str:
    for part in (tenant_id, case_id, *parts):
        if not _SAFE.match(part):
            raise ValueError(f"unsafe key part {part!r}")
    return "/".join(("tenants", tenant_id, "cases", case_id, *parts))


def _s3(operation: str) -> dict[str, str]:
    """Span attributes of an S3 call (AWS SDK conventions); never the key: it names a case."""
    return {"rpc.system": "aws-api", "rpc.service": "S3", "rpc.method": operation}


def _encryption() -> dict[str, str]:
    key_id = get_settings().documents_kms_key_id
    return {"ServerSideEncryption": "aws:kms", "SSEKMSKeyId": key_id} if key_id else {}


@traced("S3.PutObject", kind="client", attributes=_s3("PutObject"))
def put_json(key: str, data: Any) -> None:
    get_s3().put_object(
        Bucket=get_settings().documents_bucket,
        Key=key,
        Body=json.dumps(data, default=str, ensure_ascii=False, indent=2).encode(),
        ContentType="application/json",
        **_encryption(),
    )


@traced("S3.GetObject", kind="client", attributes=_s3("GetObject"))
def get_json(key: str) -> Any:
    body = get_s3().get_object(Bucket=get_settings().documents_bucket, Key=key)["Body"].read()
    return json.loads(body)


@traced("S3.PutObject", kind="client", attributes=_s3("PutObject"))
def put_bytes(key: str, data: bytes, content_type: str) -> None:
    get_s3().put_object(
        Bucket=get_settings().documents_bucket,
        Key=key,
        Body=data,
        ContentType=content_type,
        **_encryption(),
    )


@traced("S3.HeadObject", kind="client", attributes=_s3("HeadObject"))
def head(key: str) -> dict[str, Any] | None:
    """Size and type of a stored object, or None when it is not there (yet)."""
    from botocore.exceptions import ClientError

    try:
        meta = get_s3().head_object(Bucket=get_settings().documents_bucket, Key=key)
    except ClientError as exc:
        if exc.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
            return None
        raise
    return {"size": int(meta["ContentLength"]), "content_type": meta.get("ContentType")}


def presigned_upload(
    key: str, content_type: str, max_bytes: int, expires_s: int = 300
) -> dict[str, Any]:
    """A presigned POST whose policy binds the key, the content type and the size range, and
    the KMS encryption: S3 refuses an upload that differs in any of them."""
    fields: dict[str, str] = {"Content-Type": content_type}
    conditions: list[Any] = [
        {"Content-Type": content_type},
        ["content-length-range", 1, max_bytes],
    ]
    for name, value in _encryption().items():
        header = {
            "ServerSideEncryption": "x-amz-server-side-encryption",
            "SSEKMSKeyId": "x-amz-server-side-encryption-aws-kms-key-id",
        }[name]
        fields[header] = value
        conditions.append({header: value})
    post = get_s3().generate_presigned_post(
        Bucket=get_settings().documents_bucket,
        Key=key,
        Fields=fields,
        Conditions=conditions,
        ExpiresIn=expires_s,
    )
    return {"url": post["url"], "fields": post["fields"], "expires_in": expires_s}


def presigned_download(key: str, filename: str | None = None, expires_s: int = 60) -> str:
    params: dict[str, Any] = {"Bucket": get_settings().documents_bucket, "Key": key}
    if filename:
        params["ResponseContentDisposition"] = f'attachment; filename="{filename}"'
    return str(get_s3().generate_presigned_url("get_object", Params=params, ExpiresIn=expires_s))
