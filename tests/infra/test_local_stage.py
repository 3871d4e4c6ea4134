"""The ``local`` stage synthesizes offline to only what LocalStack emulates without Docker."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from aws_cdk import App
from aws_cdk.assertions import Match, Template

from careflow_cdk.local_stage import DOCUMENTS_BUCKET, SECRETS_PREFIX
from careflow_cdk.stack import build

from .conftest import CDK_CONTEXT

EMULATED = {
    "AWS::KMS::Key",
    "AWS::KMS::Alias",
    "AWS::S3::Bucket",
    "AWS::SecretsManager::Secret",
    "AWS::SSM::Parameter",
}


@pytest.fixture(scope="module")
def local(tmp_path_factory: pytest.TempPathFactory) -> tuple[Template, dict]:
    out: Path = tmp_path_factory.mktemp("cdk-local")
    app = App(context=dict(CDK_CONTEXT), outdir=str(out))
    build(app, "local")
    app.synth()
    raw = json.loads((out / "careflow-local.template.json").read_text())
    return Template.from_json(raw), raw


def test_only_docker_free_services(local: tuple[Template, dict]) -> None:
    _, raw = local
    assert {r["Type"] for r in raw["Resources"].values()} <= EMULATED


def test_bucket_kms_versioned_private(local: tuple[Template, dict]) -> None:
    tpl, _ = local
    tpl.has_resource_properties(
        "AWS::S3::Bucket",
        {
            "BucketName": DOCUMENTS_BUCKET,
            "BucketEncryption": {
                "ServerSideEncryptionConfiguration": [
                    Match.object_like(
                        {
                            "ServerSideEncryptionByDefault": Match.object_like(
                                {"SSEAlgorithm": "aws:kms"}
                            )
                        }
                    )
                ]
            },
            "VersioningConfiguration": {"Status": "Enabled"},
            "PublicAccessBlockConfiguration": Match.object_like({"BlockPublicAcls": True}),
        },
    )


def test_demo_secret_has_no_value_in_the_template(local: tuple[Template, dict]) -> None:
    tpl, raw = local
    tpl.has_resource_properties(
        "AWS::SecretsManager::Secret", {"Name": f"{SECRETS_PREFIX}/demo-clinic/whatsapp"}
    )
    for resource in raw["Resources"].values():
        assert "SecretString" not in resource.get("Properties", {})


def test_outputs_the_harness_reads(local: tuple[Template, dict]) -> None:
    _, raw = local
    assert {"DocumentsBucket", "DocumentsKmsKeyId", "SecretsPrefix"} <= set(raw["Outputs"])
