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
    import boto3

    from careflow_tenant.secrets import channel_secret_name

    # As after `careflow services down`/`up`: LocalStack lost the tenant's secrets; the demo
    # seeds them again itself.
    boto3.client("secretsmanager").delete_secret(
        SecretId=channel_secret_name("demo-clinic", "doktor365"), ForceDeleteWithoutRecovery=True
    )
    proc = careflow("demo", "--timeout", "120")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "case " in proc.stdout and "decision: intent=" in proc.stdout
    assert "POST /approvals -> 202" in proc.stdout  # the coordinator approved the quote
    assert "Doktor365 appointment apt_" in proc.stdout  # and the booking reached the clinic


def test_a_tenant_config_change_takes_effect_without_a_deploy(demo_tenant, tmp_path, services):
    """`careflow tenant set` replaces the config; the next message is answered with it."""
    from careflow_local.db import load_tenant
    from careflow_tenant.tenants import cached_tenant_config, clear_local_cache
    from tests.unit.agents.conftest import turn_for

    shown = careflow("tenant", "show", "--tenant", "demo-clinic")
    config = json.loads(shown.stdout)
    hair = next(t for t in config["treatments"] if t["treatment_id"] == "hair_transplant")
    old = dict(hair["price"])
    hair["price"] = {"min": 4100, "max": 4900, "currency": "EUR"}
    path = tmp_path / "tenant.json"
    path.write_text(json.dumps(config))
    try:
        assert (
            careflow("tenant", "set", "--tenant", "demo-clinic", "--file", str(path)).returncode
            == 0
        )
        clear_local_cache()  # a warm container forgets its 5-second copy
        tenant = cached_tenant_config("demo-clinic")  # as the front door sees it: written through
        assert tenant is not None
        from langgraph.checkpoint.memory import InMemorySaver

        from careflow_agents import run_turn

        decision = run_turn(
            turn_for(tenant, "How much is a hair transplant?", case_id="cfg-case"),
            checkpointer=InMemorySaver(),
        )
        assert "4100" in (decision.reply or "") and "4900" in (decision.reply or "")
    finally:
        hair["price"] = old
        path.write_text(json.dumps(config))
        careflow("tenant", "set", "--tenant", "demo-clinic", "--file", str(path))
    assert load_tenant("demo-clinic").treatments[0].price is not None
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({**config, "rate_limit_per_minute": 0}))
    proc = careflow("tenant", "set", "--tenant", "demo-clinic", "--file", str(bad))
    assert proc.returncode == 2 and "rate_limit_per_minute" in proc.stderr


def test_dlq_list_and_replay_from_the_command_line(demo_tenant, services):
    """A poison record shows up in `careflow dlq list` and `replay` puts it back (once)."""
    import uuid as _uuid

    from careflow_shared.topology import dlq_topic
    from careflow_streaming.deadletter import build_dead_letter, send_dead_letter

    marker = _uuid.uuid4().hex
    record = {
        "topic": "hub.messages.inbound",
        "partition": 0,
        "offset": 1,
        "timestamp": 1,
        "key": None,
        "value": "bm90IGFuIGVudmVsb3Bl",
        "headers": [],
    }
    send_dead_letter(
        "sync_clinic",
        build_dead_letter(
            "sync_clinic",
            record,
            error_type="ValidationError",
            error_message=f"bad {marker}",
            attempts=1,
            condition="PoisonRecord",
        ),
    )
    listing = careflow("dlq", "list", "sync_clinic")
    assert listing.returncode == 0 and marker in listing.stdout
    assert dlq_topic("sync_clinic") == "hub.dlq.sync_clinic"
    first = careflow("dlq", "replay", "sync_clinic")
    assert first.returncode == 0 and "replayed" in first.stdout
    again = careflow("dlq", "replay", "sync_clinic")
    assert again.stdout.strip() == "replayed 0 record(s) to their source topic"


def test_tenant_secret_stores_a_json_object_in_the_tenants_namespace(demo_tenant, tmp_path):
    from careflow_tenant.secrets import channel_secret_name, get_channel_secret

    key = "sk-cli-test-value"
    path = tmp_path / "llm.json"
    path.write_text(json.dumps({"api_key": key}))
    proc = careflow(
        "tenant", "secret", "--tenant", "demo-clinic", "--name", "llm-cli", "--file", str(path)
    )
    assert proc.returncode == 0, proc.stderr
    assert channel_secret_name("demo-clinic", "llm-cli") in proc.stdout and key not in proc.stdout
    assert get_channel_secret("demo-clinic", "llm-cli") == {"api_key": key}

    escape = careflow(
        "tenant", "secret", "--tenant", "demo-clinic", "--name", "../other/llm", "--file", str(path)
    )
    assert escape.returncode == 2 and "--name" in escape.stderr
