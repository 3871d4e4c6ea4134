"""Conversations spread over many invocations, checkpointed in real Postgres.

Every turn uses a brand-new PostgresSaver on its own connection and new turn objects, as a new
Lambda invocation would; only Postgres carries the conversation from one turn to the next.
"""

from __future__ import annotations

from collections import Counter

import pytest

from careflow_agents import NoPendingApproval, get_checkpointer, resume_turn, run_turn, thread_id
from careflow_agents.config import DEFAULT_CHECKLIST, demo_tenant
from tests.integration.agents.helpers import checkpoint_dump, count_rows, make_turn

pytestmark = pytest.mark.usefixtures("migrated_db")


def _asked(decision) -> list[str]:
    return [item for e in decision.events if e["type"] == "info.requested" for item in e["items"]]


def test_preop_conversation_asks_each_item_once_and_reaches_quoted(
    fresh_checkpointer, case_id, app_dsn
):
    tenant = demo_tenant("durable-preop")
    approve = {"decision": "approve", "reply": None, "approved_by": "coordinator-7"}

    # 1. A price question: the published range plus the first questions, held for approval.
    first = run_turn(
        make_turn(tenant, case_id, "Hi! How much is a rhinoplasty at your clinic?", "enquiry"),
        checkpointer=fresh_checkpointer(),
    )
    assert (first.language, first.intent, first.action) == ("en", "price_quote", "await_approval")
    assert first.proposed_stage == "qualifying" and "2800" in (first.reply or "")
    sent_first = resume_turn(
        tenant,
        case_id,
        "approval-msg-0",
        {**approve, "approval_id": "appr-0"},
        checkpointer=fresh_checkpointer(),
    )
    assert (
        sent_first.action == "reply"
        and sent_first.reply == first.reply
        and sent_first.proposed_stage is None
    )

    # 2. The answers arrive over several invocations; each item is asked exactly once.
    script = [
        (
            "I'm 34 years old, healthy, no chronic illnesses. No medications and no allergies.",
            [],
            "text",
        ),
        ("I don't smoke.", [], "text"),
        (None, ["photo"], "image"),
        ("Any time in June works for me.", ["photo"], "text"),
    ]
    stage = "qualifying"
    asked: Counter[str] = Counter(_asked(first))
    decisions = []
    for text, attachments, message_type in script:
        decision = run_turn(
            make_turn(
                tenant, case_id, text, stage, attachments=attachments, message_type=message_type
            ),
            checkpointer=fresh_checkpointer(),
        )
        decisions.append(decision)
        asked.update(_asked(decision))
        stage = decision.proposed_stage or stage  # what persist_result applies

    assert set(asked) == set(DEFAULT_CHECKLIST)
    assert all(count == 1 for count in asked.values()), asked
    assert [d.action for d in decisions] == ["request_info", "reply", "reply", "await_approval"]
    assert decisions[0].proposed_stage == "pre_op" and stage == "pre_op"
    assert decisions[-1].missing_items == []
    quote_draft = decisions[-1].reply
    assert quote_draft and "2800" in quote_draft
    assert count_rows(app_dsn, thread_id(tenant.tenant_id, case_id)) == 2 + len(
        script
    )  # one checkpoint per turn

    # 3. The coordinator approves the quote in a later invocation: the case moves to quoted.
    approval = {**approve, "approval_id": "appr-1"}
    approved = resume_turn(
        tenant, case_id, "approval-msg-1", approval, checkpointer=fresh_checkpointer()
    )
    assert approved.action == "reply"
    assert approved.reply == quote_draft
    assert approved.current_stage == "pre_op" and approved.proposed_stage == "quoted"
    assert approved.message_id == "approval-msg-1" and not approved.replayed

    again = resume_turn(
        tenant, case_id, "approval-msg-1", approval, checkpointer=fresh_checkpointer()
    )
    assert again.replayed is True
    assert again.model_dump(exclude={"replayed", "latency_ms"}) == approved.model_dump(
        exclude={"replayed", "latency_ms"}
    )

    other = {**approval, "approval_id": "appr-2"}
    with pytest.raises(NoPendingApproval):
        resume_turn(tenant, case_id, "approval-msg-2", other, checkpointer=fresh_checkpointer())


def test_tenant_without_a_catalogue_still_gets_the_checklist_and_price_approval(
    fresh_checkpointer, case_id
):
    from careflow_shared.tenant_config import TenantConfig

    tenant = TenantConfig(tenant_id="no-catalogue", display_name="Plain Clinic")
    decision = run_turn(
        make_turn(tenant, case_id, "What is the price of a hair transplant?", "enquiry"),
        checkpointer=fresh_checkpointer(),
    )
    assert (decision.intent, decision.action) == ("price_quote", "await_approval")
    assert "age" in _asked(decision) and decision.proposed_stage == "qualifying"


def test_edit_and_reject_approvals(fresh_checkpointer, case_id):
    tenant = demo_tenant("durable-approvals")
    decision = run_turn(
        make_turn(
            tenant,
            case_id,
            "Can I take ibuprofen after the operation?",
            "post_op",
            days_since_operation=2,
        ),
        checkpointer=fresh_checkpointer(),
    )
    assert decision.action == "await_approval" and decision.proposed_stage is None
    edited = resume_turn(
        tenant,
        case_id,
        "m-edit",
        {
            "decision": "edit",
            "reply": "Yes, 400 mg up to three times a day. Call me on +90 532 123 45 67.",
            "approved_by": "dr-x",
            "approval_id": "edit-1",
        },
        checkpointer=fresh_checkpointer(),
    )
    assert edited.action == "reply"
    assert edited.reply == "Yes, 400 mg up to three times a day. Call me on [PHONE]."

    second = run_turn(
        make_turn(
            tenant, case_id, "Should I stop my blood thinners?", "post_op", days_since_operation=2
        ),
        checkpointer=fresh_checkpointer(),
    )
    assert second.action == "await_approval"
    rejected = resume_turn(
        tenant,
        case_id,
        "m-reject",
        {"decision": "reject", "reply": None, "approved_by": "dr-x", "approval_id": "reject-1"},
        checkpointer=fresh_checkpointer(),
    )
    assert rejected.action == "escalate" and rejected.reply is None


def test_message_while_awaiting_approval_keeps_the_approval_resumable(fresh_checkpointer, case_id):
    tenant = demo_tenant("durable-interleave")
    first = run_turn(
        make_turn(
            tenant,
            case_id,
            "Is it okay to take aspirin after the operation?",
            "post_op",
            days_since_operation=1,
        ),
        checkpointer=fresh_checkpointer(),
    )
    assert first.action == "await_approval"
    hello = run_turn(
        make_turn(tenant, case_id, "Hello?", "post_op", days_since_operation=1),
        checkpointer=fresh_checkpointer(),
    )
    assert hello.action == "reply" and "reviewing" in (hello.reply or "")
    resumed = resume_turn(
        tenant,
        case_id,
        "m-ok",
        {"decision": "approve", "reply": None, "approved_by": "dr-y", "approval_id": "ok-1"},
        checkpointer=fresh_checkpointer(),
    )
    assert resumed.action == "reply" and resumed.reply == first.reply


def test_travel_conversation_emits_travel_planned_once(fresh_checkpointer, case_id):
    tenant = demo_tenant("durable-travel")
    script = [
        "Hi, I booked my hair transplant. I arrive on 12 June with TK 1980.",
        "I fly back on 18 June. Please book a hotel for me.",
        "Yes, I need the airport transfer, and I travel with my husband.",
        "Thanks!",
    ]
    decisions = [
        run_turn(make_turn(tenant, case_id, text, "booked"), checkpointer=fresh_checkpointer())
        for text in script
    ]
    planned = [e for d in decisions for e in d.events if e["type"] == "case.travel_planned"]
    assert len(planned) == 1
    assert planned[0] | {} == {
        "type": "case.travel_planned",
        "case_id": case_id,
        "arrival": "12 june",
        "departure": "18 june",
        "flight": "TK1980",
        "hotel": True,
        "transfer": True,
        "companion": True,
    }
    assert decisions[2].proposed_stage == "travel_planned"
    assert [d.action for d in decisions[:3]] == ["request_info", "request_info", "reply"]
    asked = Counter(item for d in decisions for item in _asked(d))
    assert all(count == 1 for count in asked.values())


def test_postop_red_flag_on_day_3_escalates_in_the_same_invocation(fresh_checkpointer, case_id):
    tenant = demo_tenant("durable-postop")
    routine = run_turn(
        make_turn(
            tenant,
            case_id,
            "Hi, when can I wash my hair after my rhinoplasty?",
            "post_op",
            days_since_operation=1,
        ),
        checkpointer=fresh_checkpointer(),
    )
    assert routine.urgency == "routine" and routine.action == "reply"
    decision = run_turn(
        make_turn(
            tenant,
            case_id,
            "Day 3: I have a high fever and my nose is bleeding heavily.",
            "post_op",
            days_since_operation=3,
        ),
        checkpointer=fresh_checkpointer(),
    )
    assert decision.urgency == "urgent" and decision.action == "escalate"
    assert decision.intent == "post_op_concern"
    escalations = [e for e in decision.events if e["type"] == "case.escalated"]
    assert escalations == [
        {
            "type": "case.escalated",
            "case_id": case_id,
            "to": "oncall-ayse",
            "reason": "red_flag",
            "flags": ["high_fever", "heavy_bleeding"],
            "urgency": "urgent",
            "days_since_operation": 3,
        }
    ]
    assert "Ayşe" in (decision.reply or "") and "112" in (decision.reply or "")


def test_redelivered_message_returns_the_recorded_decision(fresh_checkpointer, case_id, app_dsn):
    tenant = demo_tenant("durable-redelivery")
    turn = make_turn(
        tenant, case_id, "How much is a hair transplant?", "enquiry", message_id="wamid.same"
    )
    first = run_turn(turn, checkpointer=fresh_checkpointer())
    rows = count_rows(app_dsn, thread_id(tenant.tenant_id, case_id))
    again = run_turn(turn, checkpointer=fresh_checkpointer())
    assert again.replayed and not first.replayed
    assert again.model_dump(exclude={"replayed", "latency_ms"}) == first.model_dump(
        exclude={"replayed", "latency_ms"}
    )
    assert count_rows(app_dsn, thread_id(tenant.tenant_id, case_id)) == rows


def test_get_checkpointer_reuses_one_connection_without_prepared_statements(app_dsn, case_id):
    from careflow_agents.checkpoint import reset_checkpointer

    reset_checkpointer()
    saver = get_checkpointer(app_dsn)
    assert get_checkpointer(app_dsn) is saver
    tenant = demo_tenant("durable-conn")
    run_turn(
        make_turn(tenant, case_id, "Do you offer veneers? How much are they?", "enquiry"),
        checkpointer=saver,
    )
    run_turn(make_turn(tenant, case_id, "I'm 41, no allergies.", "qualifying"), checkpointer=saver)
    assert saver.conn.prepare_threshold is None
    prepared = saver.conn.execute("SELECT count(*) AS n FROM pg_prepared_statements").fetchone()
    assert prepared["n"] == 0
    saver.conn.close()
    replacement = get_checkpointer(app_dsn)
    assert replacement is not saver and not replacement.conn.closed
    reset_checkpointer()


def test_conversation_full_of_identifiers_leaves_no_pii_in_decisions_or_checkpoints(
    fresh_checkpointer, case_id, app_dsn
):
    tenant = demo_tenant("durable-pii")
    identifiers = {
        "tr_id": "10000000146",
        "phone_tr": "0532 123 45 67",
        "phone_de": "+49 176 12345678",
        "email": "ayse.yilmaz@example.com",
        "iban": "TR33 0006 1005 1978 6457 8413 26",
        "card": "4111 1111 1111 1111",
        "passport": "U12345678",
    }
    messages = [
        f"Hello, my TC kimlik is {identifiers['tr_id']} and my phone {identifiers['phone_tr']}. How much is a rhinoplasty?",
        f"I'm 29, healthy, no medication, no allergies. Email me at {identifiers['email']} or call {identifiers['phone_de']}.",
        f"For the deposit, my IBAN is {identifiers['iban']}; or charge my card {identifiers['card']}.",
        f"My passport number is {identifiers['passport']}. I don't smoke.",
    ]
    decisions = []
    stage = "enquiry"
    for text in messages:
        decision = run_turn(
            make_turn(tenant, case_id, text, stage), checkpointer=fresh_checkpointer()
        )
        decisions.append(decision)
        stage = decision.proposed_stage or stage
    stored = checkpoint_dump(app_dsn, thread_id(tenant.tenant_id, case_id))
    assert len(stored) > 1000
    dumped = "\n".join(d.model_dump_json() for d in decisions)
    for value in identifiers.values():
        for variant in {value, value.replace(" ", ""), value.replace(" ", "").lstrip("+0")}:
            assert variant not in dumped, variant
            assert variant.encode() not in stored, variant
    total = Counter()
    for decision in decisions:
        total.update(decision.redactions)
    assert total == {
        "tr_national_id": 1,
        "phone": 2,
        "email": 1,
        "iban": 1,
        "card": 1,
        "passport": 1,
    }
    assert (
        b"[TR_ID]" in stored and b"[EMAIL]" in stored
    )  # the redacted text is what got checkpointed


def test_forgetting_a_case_deletes_its_whole_thread_and_nothing_else(
    fresh_checkpointer, case_id, app_dsn
):
    from careflow_agents import forget_case

    tenant = demo_tenant("durable-forget")
    other = f"{case_id}-other"
    # A price quote leaves a pending approval: checkpoints, blobs and the interrupt's writes.
    run_turn(make_turn(tenant, case_id, "How much is a hair transplant?", "enquiry"),
             checkpointer=fresh_checkpointer())  # fmt: skip
    run_turn(make_turn(tenant, other, "How much are veneers?", "enquiry"),
             checkpointer=fresh_checkpointer())  # fmt: skip
    mine, theirs = thread_id(tenant.tenant_id, case_id), thread_id(tenant.tenant_id, other)
    assert checkpoint_dump(app_dsn, mine) and checkpoint_dump(app_dsn, theirs)
    kept = checkpoint_dump(app_dsn, theirs)

    forget_case(tenant.tenant_id, case_id, checkpointer=fresh_checkpointer())
    assert checkpoint_dump(app_dsn, mine) == b""
    assert checkpoint_dump(app_dsn, theirs) == kept
    forget_case(tenant.tenant_id, case_id, checkpointer=fresh_checkpointer())  # idempotent
    with pytest.raises(NoPendingApproval):  # the quote's approval cannot resume any more
        resume_turn(tenant, case_id, "m", {"approval_id": "a1", "decision": "approve",
                                           "approved_by": "coordinator-1"},
                    checkpointer=fresh_checkpointer())  # fmt: skip
