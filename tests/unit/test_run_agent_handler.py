"""run_agent's handler without the pipeline: stage events and the SnapStart init.

A bad ``case.stage_changed`` is a poison record before anything is touched (the good path -- a
final stage deletes the case's graph thread -- runs end to end in ``tests/e2e/test_pipeline.py``).
Under SnapStart the init primes everything a first message loads and opens no connection.
"""

from __future__ import annotations

import pytest

from careflow_local.invoke import load_handler
from careflow_shared.envelope import Envelope
from careflow_shared.errors import PoisonRecord


def _stage_event(payload: dict) -> Envelope:
    return Envelope(
        event_type="case.stage_changed",
        tenant_id="unit-clinic",
        correlation_id="c-1",
        payload=payload,
    )


@pytest.mark.parametrize(
    ("payload", "error"),
    [
        ({"case_id": "c-1", "to_stage": "lost"}, "invalid case.stage_changed payload"),
        (
            {"case_id": "c-1", "from_stage": "quoted", "to_stage": "archived", "source": "staff"},
            "unknown stage 'archived'",
        ),
    ],
)
def test_a_malformed_stage_change_is_a_poison_record(payload: dict, error: str) -> None:
    handler = load_handler("run_agent")
    with pytest.raises(PoisonRecord, match=error):
        handler.handle(_stage_event(payload))


def test_an_open_stage_change_needs_nothing_from_run_agent(monkeypatch: pytest.MonkeyPatch) -> None:
    handler = load_handler("run_agent")

    def no_checkpointer() -> None:
        raise AssertionError("an open stage must not touch the checkpointer")

    monkeypatch.setattr(handler, "checkpointer", no_checkpointer)
    event = {"case_id": "c-1", "from_stage": "quoted", "to_stage": "booked", "source": "staff"}
    assert handler.handle(_stage_event(event)) is None


SNAPSTART_INIT = """
import json, os, socket, sys
opened = []
real_connect = socket.socket.connect
def connect(self, address):
    opened.append(str(address))
    return real_connect(self, address)
socket.socket.connect = connect
from careflow_local.invoke import load_handler
load_handler("run_agent")
from careflow_agents import checkpoint, language
from careflow_shared.telemetry import setup
import random
hooks = sys.modules.get("snapshot_restore_py")
print(json.dumps({
    "telemetry_sdk": "opentelemetry.sdk.metrics" in sys.modules,
    "telemetry_providers": setup.enabled(),
    "reseeds_after_restore": bool(hooks) and any(
        f is random.seed for f, *_ in hooks._after_restore_registry
    ),
    "langgraph": "langgraph.graph" in sys.modules,
    "postgres_saver_modules": "langgraph.checkpoint.postgres" in sys.modules,
    "language_model": language._detector is not None,
    "checkpointer": checkpoint._local.saver is not None,
    "connections": opened,
}))
"""


@pytest.mark.parametrize("init_type", ["snap-start", "on-demand"])
def test_snapstart_init_primes_everything_without_opening_a_connection(init_type: str) -> None:
    import json
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith("OTEL_")}
    env["AWS_LAMBDA_INITIALIZATION_TYPE"] = init_type
    env["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:9"  # configured, never reached
    done = subprocess.run(
        [sys.executable, "-c", SNAPSTART_INIT],
        capture_output=True, text=True, env=env, timeout=120, check=True,
    )  # fmt: skip
    out = json.loads(done.stdout.strip().splitlines()[-1])
    primed = init_type == "snap-start"
    assert out == {
        "telemetry_sdk": primed,  # imported into the snapshot ...
        "telemetry_providers": False,  # ... but built after restore
        "reseeds_after_restore": primed,
        "langgraph": primed,
        "postgres_saver_modules": primed,
        "language_model": primed,
        "checkpointer": False,
        "connections": [],
    }
