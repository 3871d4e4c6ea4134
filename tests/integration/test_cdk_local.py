"""The CDK app's ``local`` stage, deployed with cdklocal to the host-mode LocalStack.

Proves the resources exist as the app describes them (KMS default encryption, versioning, the
demo tenant's secret, the SSM parameters) and that the harness reads their names from the
deployment's outputs rather than from hard-coded values.
"""

from __future__ import annotations

import json
import os
import uuid
from typing import Any

import pytest

from careflow_local import cdk_local
from careflow_local.env import read_dev_env


@pytest.fixture(scope="module")
def outputs() -> dict[str, str]:
    if os.environ.get("CAREFLOW_SERVICES") != "external":
        cdk_local.ensure_localstack()
    return cdk_local.deploy_local_stage()


def _client(service: str) -> Any:
    return cdk_local._client(service)


def test_outputs_are_saved_for_the_harness(outputs: dict[str, str]) -> None:
    for key in cdk_local.REQUIRED_OUTPUTS:
        assert outputs[key]
    assert cdk_local.read_local_outputs() == outputs
    assert outputs["secrets_prefix"] == "careflow/local/tenants"


def test_documents_bucket_is_kms_encrypted_and_versioned(outputs: dict[str, str]) -> None:
    s3 = _client("s3")
    bucket = outputs["documents_bucket"]
    rule = s3.get_bucket_encryption(Bucket=bucket)["ServerSideEncryptionConfiguration"]["Rules"][0]
    default = rule["ApplyServerSideEncryptionByDefault"]
    assert default["SSEAlgorithm"] == "aws:kms"
    assert (
        default["KMSMasterKeyID"].split("/")[-1] == outputs["documents_kms_key_id"].split("/")[-1]
    )
    assert s3.get_bucket_versioning(Bucket=bucket)["Status"] == "Enabled"
    block = s3.get_public_access_block(Bucket=bucket)["PublicAccessBlockConfiguration"]
    assert all(block.values())


def test_objects_written_without_headers_get_the_customer_key(outputs: dict[str, str]) -> None:
    s3 = _client("s3")
    key = f"tenants/demo-clinic/tests/{uuid.uuid4()}.txt"
    s3.put_object(Bucket=outputs["documents_bucket"], Key=key, Body=b"hello")
    head = s3.head_object(Bucket=outputs["documents_bucket"], Key=key)
    assert head["ServerSideEncryption"] == "aws:kms"
    assert head["SSEKMSKeyId"].split("/")[-1] == outputs["documents_kms_key_id"].split("/")[-1]
    assert head.get("VersionId")
    kms = _client("kms")
    assert kms.describe_key(KeyId=outputs["documents_kms_key_id"])["KeyMetadata"]["Enabled"]


def test_demo_whatsapp_secret_holds_dev_env_values(outputs: dict[str, str]) -> None:
    secret = _client("secretsmanager").get_secret_value(
        SecretId=outputs["demo_whatsapp_secret_name"]
    )
    value = json.loads(secret["SecretString"])
    dev = read_dev_env()
    assert value["app_secret"] == os.environ.get(
        "DEMO_WHATSAPP_APP_SECRET", dev["DEMO_WHATSAPP_APP_SECRET"]
    )
    assert value["verify_token"] == os.environ.get(
        "DEMO_WHATSAPP_VERIFY_TOKEN", dev["DEMO_WHATSAPP_VERIFY_TOKEN"]
    )
    assert secret["Name"].startswith(outputs["secrets_prefix"] + "/demo-clinic/")


def test_ssm_parameters_name_the_resources(outputs: dict[str, str]) -> None:
    ssm = _client("ssm")
    prefix = outputs["parameter_prefix"]
    params = {
        p["Name"]: p["Value"]
        for p in ssm.get_parameters_by_path(Path=prefix, Recursive=True)["Parameters"]
    }
    assert params[f"{prefix}/documents-bucket"] == outputs["documents_bucket"]
    assert params[f"{prefix}/documents-kms-key-id"] == outputs["documents_kms_key_id"]
    assert params[f"{prefix}/secrets-prefix"] == outputs["secrets_prefix"]
    assert (
        params[f"{prefix}/tenants/demo-clinic/whatsapp-secret-arn"]
        == outputs["demo_whatsapp_secret_arn"]
    )


def test_template_holds_no_secret_values(outputs: dict[str, str]) -> None:
    template = (
        cdk_local.CAREFLOW_HOME / "cdk.out.local" / "careflow-local.template.json"
    ).read_text()
    dev = read_dev_env()
    for var in cdk_local.DEMO_SECRET_KEYS.values():
        assert dev[var] not in template
