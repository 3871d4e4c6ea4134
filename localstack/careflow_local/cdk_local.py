"""Deploy the CDK app's ``local`` stage to the host-mode LocalStack with ``cdklocal``.

The local harness reads the documents bucket, its KMS key and the secrets prefix from what this
deployment produced (``.careflow/local-outputs.json``, see ``careflow_local.env``) instead of
hard-coded names — the same way the functions read CDK's outputs on AWS.

Steps: make sure LocalStack answers on 127.0.0.1:4566 (start it through ``careflow_local.services``
when it does not), ``npm ci`` if the pinned CLI is missing, ``cdklocal bootstrap`` once,
``cdklocal deploy careflow-local``, write the demo tenant's secret values from
``localstack/dev.env`` with boto3 (so they never enter a template), and save the outputs.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from careflow_local.env import read_dev_env
from careflow_local.paths import CAREFLOW_HOME, REPO_ROOT

#: dev.env's LocalStack: a checkout whose dev.env names other ports deploys to its own LocalStack.
ENDPOINT = read_dev_env().get("AWS_ENDPOINT_URL", "http://127.0.0.1:4566")

STACK = "careflow-local"
ACCOUNT = "000000000000"
REGION = "eu-central-1"
OUTPUTS_FILE = CAREFLOW_HOME / "local-outputs.json"
REQUIRED_OUTPUTS = ("documents_bucket", "documents_kms_key_id", "secrets_prefix")
DEMO_SECRET_KEYS = {
    "app_secret": "DEMO_WHATSAPP_APP_SECRET",
    "verify_token": "DEMO_WHATSAPP_VERIFY_TOKEN",
    "access_token": "DEMO_WHATSAPP_ACCESS_TOKEN",
}


class LocalDeployError(RuntimeError):
    """cdklocal or LocalStack failed; the message carries the tool's output."""


def localstack_ready(timeout_s: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(f"{ENDPOINT}/_localstack/health", timeout=timeout_s) as resp:
            return bool(resp.status == 200)
    except (urllib.error.URLError, OSError):
        return False


def ensure_localstack(wait_s: float = 60.0) -> None:
    """LocalStack is another module's service; ask it to start ours only if nothing answers."""
    if localstack_ready():
        return
    try:
        from careflow_local import services
    except ImportError as exc:  # pragma: no cover - depends on the checkout
        raise LocalDeployError(
            f"LocalStack is not running on {ENDPOINT} (careflow services up localstack)"
        ) from exc
    services.up(["localstack"])
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        if localstack_ready():
            return
        time.sleep(0.5)
    raise LocalDeployError(f"LocalStack did not answer on {ENDPOINT} within {wait_s:.0f}s")


def _deploy_env() -> dict[str, str]:
    from careflow_local.env import read_dev_env

    env = dict(os.environ)
    dev = read_dev_env()
    for key in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        env.setdefault(key, dev.get(key, "test"))
    env.update(
        {
            "AWS_ENDPOINT_URL": ENDPOINT,
            "AWS_ENDPOINT_URL_S3": ENDPOINT,
            "AWS_REGION": REGION,
            "AWS_DEFAULT_REGION": REGION,
            "CDK_DEFAULT_ACCOUNT": ACCOUNT,
            "CDK_DEFAULT_REGION": REGION,
            "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20",
            "CDK_DISABLE_VERSION_CHECK": "1",
            # cdklocal strips every AWS_* variable but the endpoints; without the region it
            # falls back to us-east-1 and the account look-up for eu-central-1 fails.
            "AWS_ENVAR_ALLOWLIST": "AWS_REGION,AWS_DEFAULT_REGION",
        }
    )
    return env


def _cdklocal() -> Path:
    binary = REPO_ROOT / "node_modules" / ".bin" / "cdklocal"
    if not binary.exists():
        npm = shutil.which("npm")
        if npm is None:
            raise LocalDeployError(
                "npm is not installed; it brings the pinned CDK CLI (package.json)"
            )
        _run(
            [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"], os.environ.copy(), "npm ci"
        )
    return binary


def _run(cmd: list[str], env: dict[str, str], what: str, timeout_s: int = 600) -> str:
    result = subprocess.run(
        cmd, cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=timeout_s, check=False
    )
    if result.returncode != 0:
        raise LocalDeployError(
            f"{what} failed ({result.returncode}):\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
        )
    return result.stdout


def _client(service: str):  # type: ignore[no-untyped-def]
    import boto3

    env = _deploy_env()
    return boto3.client(
        service,
        endpoint_url=ENDPOINT,
        region_name=REGION,
        aws_access_key_id=env["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=env["AWS_SECRET_ACCESS_KEY"],
    )


def _bootstrapped() -> bool:
    try:
        stacks = _client("cloudformation").describe_stacks(StackName="CDKToolkit")["Stacks"]
    except Exception:
        return False
    return (
        bool(stacks)
        and stacks[0]["StackStatus"].endswith("_COMPLETE")
        and "ROLLBACK" not in stacks[0]["StackStatus"]
    )


def deploy_local_stage() -> dict[str, str]:
    """Deploy (or update) the local stage and return its outputs; also saved to local-outputs.json."""
    ensure_localstack()
    env = _deploy_env()
    cdklocal = str(_cdklocal())
    CAREFLOW_HOME.mkdir(parents=True, exist_ok=True)
    outdir = CAREFLOW_HOME / "cdk.out.local"
    common = ["-c", "env=local", "--output", str(outdir), "--no-notices", "--no-version-reporting"]
    if not _bootstrapped():
        _run(
            [cdklocal, "bootstrap", f"aws://{ACCOUNT}/{REGION}", *common], env, "cdklocal bootstrap"
        )
    raw_outputs = CAREFLOW_HOME / "cdk-local-outputs.raw.json"
    _run(
        [
            cdklocal,
            "deploy",
            STACK,
            *common,
            "--require-approval",
            "never",
            "--outputs-file",
            str(raw_outputs),
        ],
        env,
        "cdklocal deploy",
    )
    outputs = _snake_outputs(json.loads(raw_outputs.read_text()).get(STACK, {}))
    missing = [k for k in REQUIRED_OUTPUTS if not outputs.get(k)]
    if missing:
        raise LocalDeployError(f"stack {STACK} has no outputs {missing}: {outputs}")
    _apply_bucket_properties_localstack_skips(outdir / f"{STACK}.template.json", outputs)
    _write_demo_secret(outputs)
    tmp = OUTPUTS_FILE.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(outputs, indent=2, sort_keys=True) + "\n")
    tmp.replace(OUTPUTS_FILE)
    return outputs


def _snake_outputs(raw: dict[str, str]) -> dict[str, str]:
    """``DocumentsBucket`` -> ``documents_bucket`` (CloudFormation output ids are alphanumeric)."""
    out: dict[str, str] = {}
    for key, value in raw.items():
        snake = "".join("_" + c.lower() if c.isupper() else c for c in key).lstrip("_")
        out[snake] = str(value)
    return out


def _apply_bucket_properties_localstack_skips(template_path: Path, outputs: dict[str, str]) -> None:
    """Apply the bucket's encryption and public-access block exactly as the template declares.

    LocalStack's CloudFormation provider for ``AWS::S3::Bucket`` (2026.3.0) applies versioning,
    CORS, tags ... but silently ignores ``BucketEncryption`` and
    ``PublicAccessBlockConfiguration``. The template stays the source of truth: its values are
    read back and set through the S3 API, the KMS key reference resolved from the outputs.
    """
    template = json.loads(template_path.read_text())
    bucket_name = outputs["documents_bucket"]
    props = next(
        r["Properties"]
        for r in template["Resources"].values()
        if r["Type"] == "AWS::S3::Bucket" and r["Properties"].get("BucketName") == bucket_name
    )
    s3 = _client("s3")
    rules = []
    for rule in props["BucketEncryption"]["ServerSideEncryptionConfiguration"]:
        default = dict(rule["ServerSideEncryptionByDefault"])
        if "KMSMasterKeyID" in default:
            default["KMSMasterKeyID"] = outputs["documents_kms_key_id"]
        rules.append(
            {
                "ApplyServerSideEncryptionByDefault": default,
                "BucketKeyEnabled": bool(rule.get("BucketKeyEnabled")),
            }
        )
    s3.put_bucket_encryption(Bucket=bucket_name, ServerSideEncryptionConfiguration={"Rules": rules})
    if block := props.get("PublicAccessBlockConfiguration"):
        s3.put_public_access_block(Bucket=bucket_name, PublicAccessBlockConfiguration=block)


def _write_demo_secret(outputs: dict[str, str]) -> None:
    from careflow_local.env import read_dev_env

    dev = read_dev_env()
    value = {key: os.environ.get(var, dev.get(var, "")) for key, var in DEMO_SECRET_KEYS.items()}
    _client("secretsmanager").put_secret_value(
        SecretId=outputs["demo_whatsapp_secret_arn"], SecretString=json.dumps(value)
    )


def ensure_local_stage() -> dict[str, str]:
    """Deploy only when needed: the saved outputs' bucket and secret must exist in LocalStack.

    LocalStack in host mode keeps no state across restarts, so outputs saved by an earlier run
    may name resources that are gone; then this redeploys (~20 s), else it returns at once.
    """
    outputs = read_local_outputs()
    if outputs and localstack_ready():
        try:
            _client("s3").head_bucket(Bucket=outputs["documents_bucket"])
            _client("secretsmanager").describe_secret(SecretId=outputs["demo_whatsapp_secret_arn"])
            return outputs
        except Exception:  # noqa: S110 - anything missing means: deploy again
            pass
    return deploy_local_stage()


def read_local_outputs() -> dict[str, str] | None:
    """What the last ``deploy_local_stage`` produced, or None if it never ran here."""
    if not OUTPUTS_FILE.exists():
        return None
    data = json.loads(OUTPUTS_FILE.read_text())
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else None


def main() -> None:
    outputs = deploy_local_stage()
    print(json.dumps(outputs, indent=2, sort_keys=True))


if __name__ == "__main__":
    main()
