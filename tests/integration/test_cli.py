"""The ``careflow`` command as a developer uses it, on the committed sample events."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jwt
import pytest

ROOT = Path(__file__).resolve().parents[2]
CAREFLOW = [sys.executable, "-m", "careflow_local.cli"]


def careflow(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CAREFLOW, *args], cwd=ROOT, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def demo_tenant(migrated_db):
    assert careflow("seed").returncode == 0


def _result(proc: subprocess.CompletedProcess[str]) -> dict:
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_invoke_runs_a_handler_on_an_event_file(demo_tenant):
    out = _result(careflow("invoke", "api", "events/api/health.json"))
    assert out["statusCode"] == 200 and json.loads(out["body"]) == {"status": "ok"}


def test_invoke_the_webhook_samples(demo_tenant):
    verify = _result(
        careflow("invoke", "ingest_message", "events/ingest_message/whatsapp_verify.json")
    )
    assert verify["statusCode"] == 200 and verify["body"] == "1158201444"
    bad = _result(
        careflow("invoke", "ingest_message", "events/ingest_message/whatsapp_bad_signature.json")
    )
    assert bad["statusCode"] == 401


def test_invoke_an_msk_sample(demo_tenant):
    out = _result(careflow("invoke", "create_case", "events/create_case/message_received.json"))
    assert out == {"batchItemFailures": []}


def test_token_carries_the_tenant_claim():
    proc = careflow("token", "--tenant", "demo-clinic")
    assert proc.returncode == 0
    claims = jwt.decode(proc.stdout.strip(), options={"verify_signature": False})
    assert claims["tenant_id"] == "demo-clinic" and claims["exp"] > claims["iat"]


def test_unknown_function_is_a_clear_error():
    proc = careflow("invoke", "no_such_function", "events/api/health.json")
    assert proc.returncode != 0 and "unknown function" in proc.stderr


def test_routes_lists_the_shared_table():
    proc = careflow("routes")
    assert (
        "POST /webhooks/whatsapp/{tenant}" in proc.stdout and "hub.dlq.create_case" in proc.stdout
    )


def test_demo_shows_a_conversation_becoming_a_case(demo_tenant, services):
    proc = careflow("demo", "--timeout", "120")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "case " in proc.stdout and "decision: intent=" in proc.stdout
    assert "POST /approvals -> 202" in proc.stdout  # the coordinator approved the quote
    assert "Doktor365 appointment apt_" in proc.stdout  # and the booking reached the clinic
