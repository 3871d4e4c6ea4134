"""What AWS keeps across an S3 outage and host-mode LocalStack forgets: bucket, key, secrets.

LocalStack without persistence starts empty, while S3, KMS and Secrets Manager on AWS keep their
data through any outage. So the LocalStack fault takes a snapshot just before the stop (the
documents bucket with its encryption settings and the chaos tenant's objects, the documents KMS
key's id, every secret) and puts it back once LocalStack answers again, while the harness is
frozen: no function sees the empty LocalStack, as none would see an empty S3. What the snapshot
cannot hold is what was written between it and the stop; the test names those decisions instead
of counting them as lost (``gap``).
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


def _client(service: str) -> Any:
    import boto3

    return boto3.client(
        service,
        endpoint_url=os.environ["AWS_ENDPOINT_URL"],
        region_name=os.environ["AWS_REGION"],
        aws_access_key_id=os.environ.get("AWS_ACCESS_KEY_ID", "test"),
        aws_secret_access_key=os.environ.get("AWS_SECRET_ACCESS_KEY", "test"),
    )


@dataclass
class Snapshot:
    bucket: str
    key_id: str
    encryption: dict[str, Any]
    objects: dict[str, tuple[bytes, dict[str, Any]]] = field(default_factory=dict)
    secrets: dict[str, str] = field(default_factory=dict)


def snapshot(bucket: str, key_arn: str, prefix: str) -> Snapshot:
    """The bucket's settings, its objects under ``prefix``, the key's id and every secret."""
    s3, sm = _client("s3"), _client("secretsmanager")
    snap = Snapshot(
        bucket=bucket,
        key_id=key_arn.rsplit("/", 1)[-1],
        encryption=s3.get_bucket_encryption(Bucket=bucket)["ServerSideEncryptionConfiguration"],
    )
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
        for obj in page.get("Contents", []):
            got = s3.get_object(Bucket=bucket, Key=obj["Key"])
            extra = {"ContentType": got.get("ContentType", "binary/octet-stream")}
            if got.get("SSEKMSKeyId"):
                extra |= {"ServerSideEncryption": "aws:kms", "SSEKMSKeyId": snap.key_id}
            snap.objects[obj["Key"]] = (got["Body"].read(), extra)
    for page in sm.get_paginator("list_secrets").paginate():
        for secret in page["SecretList"]:
            value = sm.get_secret_value(SecretId=secret["ARN"])
            snap.secrets[secret["Name"]] = value["SecretString"]
    return snap


def restore(snap: Snapshot) -> None:
    """Put the snapshot into a fresh LocalStack: the same key id, bucket, objects and secrets."""
    kms, s3, sm = _client("kms"), _client("s3"), _client("secretsmanager")
    kms.create_key(Tags=[{"TagKey": "_custom_id_", "TagValue": snap.key_id}])
    with suppress(s3.exceptions.BucketAlreadyOwnedByYou):
        s3.create_bucket(
            Bucket=snap.bucket,
            CreateBucketConfiguration={"LocationConstraint": os.environ["AWS_REGION"]},
        )
    s3.put_bucket_encryption(Bucket=snap.bucket, ServerSideEncryptionConfiguration=snap.encryption)
    for key, (body, extra) in snap.objects.items():
        s3.put_object(Bucket=snap.bucket, Key=key, Body=body, **extra)
    for name, value in snap.secrets.items():
        sm.create_secret(Name=name, SecretString=value)


def repoint_outputs(outputs_file: Path) -> None:
    """A restored secret has a new ARN (LocalStack picks its suffix): the saved outputs name the
    new one, so the next session's ``ensure_local_stage`` finds its stage instead of deploying
    over the restored resources (which CloudFormation refuses: they exist)."""
    import json

    outputs = json.loads(outputs_file.read_text())
    name = outputs.get("demo_whatsapp_secret_name")
    if name:
        arn = _client("secretsmanager").describe_secret(SecretId=name)["ARN"]
        outputs["demo_whatsapp_secret_arn"] = arn
        outputs_file.write_text(json.dumps(outputs, indent=2, sort_keys=True) + "\n")


def _descendants(root: int) -> list[int]:
    """Every process under ``root`` (the harness's containers run in process groups of their
    own, so a signal to the harness's group would miss them)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


@contextmanager
def frozen(root: int) -> Iterator[None]:
    """SIGSTOP the harness and all its containers; SIGCONT them on the way out."""
    pids = _descendants(root)
    for pid in pids:
        with suppress(ProcessLookupError):
            os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        for pid in pids:
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)
