"""run_agent on ``case.stage_changed``: a bad event is a poison record before anything is touched.

(The good path -- a final stage deletes the case's graph thread -- runs end to end in
``tests/e2e/test_pipeline.py``.)
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
