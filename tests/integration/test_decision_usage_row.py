"""A decision's model usage (tokens, fallback) is stored with it in ``agent_decisions``."""

from __future__ import annotations

import uuid

from careflow_rds import repositories as repo
from careflow_rds.tenancy import tenant_transaction


def test_tokens_and_fallback_are_stored_with_the_decision(tenant_factory) -> None:
    tenant_id = tenant_factory("usage-row")["tenant_id"]
    with tenant_transaction(tenant_id) as cur:
        patient = repo.upsert_patient(cur, tenant_id, "whatsapp", uuid.uuid4().hex, None)
        case_id = str(repo.open_case(cur, tenant_id, patient)["case_id"])
    row = {
        "tenant_id": tenant_id,
        "case_id": case_id,
        "event_id": str(uuid.uuid4()),
        "message_id": None,
        "intent": "travel",
        "language": "en",
        "urgency": "routine",
        "action": "request_info",
        "reply": None,
        "previous_stage": "booked",
        "proposed_stage": None,
        "applied_stage": None,
        "stage_refused": False,
        "missing_items": [],
        "redactions": {},
        "provider": "rules",
        "model": "rules-v1",
        "latency_ms": 12,
        "input_tokens": 1200,
        "output_tokens": 300,
        "fallback": "openai_compat:token_budget",
        "report_key": None,
    }
    with tenant_transaction(tenant_id) as cur:
        decision_id = repo.insert_decision(cur, row)
    with tenant_transaction(tenant_id) as cur:
        cur.execute(
            "SELECT input_tokens, output_tokens, fallback FROM agent_decisions "
            "WHERE decision_id = %s",
            (decision_id,),
        )
        stored = cur.fetchone()

    assert dict(stored) == {
        "input_tokens": 1200,
        "output_tokens": 300,
        "fallback": "openai_compat:token_budget",
    }
