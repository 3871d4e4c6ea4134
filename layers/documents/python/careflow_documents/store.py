"""Tenant-scoped document storage in S3.

Every key starts with ``tenants/{tenant_id}/``: the prefix is built here and nowhere else, so a
caller cannot write outside its tenant, and an IAM policy can confine a role to one prefix.
Objects are encrypted with the documents KMS key when one is configured (always on AWS).
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from careflow_shared.settings import get_settings

if TYPE_CHECKING:
    from mypy_boto3_s3 import S3Client  # type: ignore[import-not-found]

_client: Any = None
_SAFE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")


def get_s3() -> S3Client:
    global _client
    if _client is None:
        import boto3
        from botocore.config import Config

        _client = boto3.client(
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


def _encryption() -> dict[str, str]:
    key_id = get_settings().documents_kms_key_id
    return {"ServerSideEncryption": "aws:kms", "SSEKMSKeyId": key_id} if key_id else {}


def put_json(key: str, data: Any) -> None:
    get_s3().put_object(
        Bucket=get_settings().documents_bucket,
        Key=key,
        Body=json.dumps(data, default=str, ensure_ascii=False, indent=2).encode(),
        ContentType="application/json",
        **_encryption(),
    )


def get_json(key: str) -> Any:
    body = get_s3().get_object(Bucket=get_settings().documents_bucket, Key=key)["Body"].read()
    return json.loads(body)
