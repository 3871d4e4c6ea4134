"""Human in the loop: a price quote waits for a coordinator; the approval resumes the graph in a
later run_agent invocation, and approving twice never queues the reply twice."""

from __future__ import annotations

import json

from careflow_local.auth import mint_token

from .conftest import text_message, wait_for


def _case(client, tenant_id, n_decisions):
    def ready():
        _, listing = client.api(tenant_id, "/v1/cases")
        if not listing.get("cases"):
            return None
        _, case = client.api(tenant_id, f"/v1/cases/{listing['cases'][0]['case_id']}")
        return case if len(case["decisions"]) >= n_decisions else None

    return wait_for(ready)


def _approve(client, tenant_id, case_id, body, key=None):
    headers = {
        "Authorization": f"Bearer {mint_token(tenant_id)}",
        "Content-Type": "application/json",
    }
    if key:
        headers["Idempotency-Key"] = key
    status, _, payload = client.request(
        "POST", f"/v1/cases/{case_id}/approvals", json.dumps(body).encode(), headers
    )
    return status, payload


def test_a_price_quote_waits_for_approval_and_is_sent_once(client, tenant_factory):
    tenant = tenant_factory("approve")
    tid = tenant["tenant_id"]
    client.webhook(tenant, text_message("905551240001", "What is the price of a hair transplant?"))
    case = _case(client, tid, 1)
    [first] = case["decisions"]
    assert first["action"] == "await_approval"
    assert [o["status"] for o in case["outbound"]] == ["awaiting_approval"]

    status, body = _approve(client, tid, case["case_id"], {"decision": "approve"}, key="k-1")
    assert status == 202 and body["status"] == "accepted"
    # the same request again (a client retry) is recognised; a new approval finds nothing pending
    assert _approve(client, tid, case["case_id"], {"decision": "approve"}, key="k-1")[0] == 200
    assert _approve(client, tid, case["case_id"], {"decision": "approve"})[0] == 409

    case = _case(client, tid, 2)
    assert case["decisions"][1]["action"] != "await_approval"
    # the approved reply is queued, and send_message may already have taken or sent it
    released = [
        o
        for o in case["outbound"]
        if o["kind"] == "reply"
        and o["status"] in ("queued", "sending", "sent", "delivered", "read")
    ]
    assert len(released) == 1
    assert [o["status"] for o in case["outbound"]].count("cancelled") == 1


def test_approval_requests_are_validated(client, tenant_factory):
    tenant = tenant_factory("approve-bad")
    tid = tenant["tenant_id"]
    client.webhook(tenant, text_message("905551240002", "Hello"))
    case = _case(client, tid, 1)
    status, body = _approve(client, tid, case["case_id"], {"decision": "edit"})
    assert status == 400 and body["error"]["code"] == "bad_request"
    assert _approve(client, tid, case["case_id"], {"decision": "maybe"})[0] == 400
    assert _approve(client, tid, case["case_id"], {"decision": "approve"})[0] == 409
    other = tenant_factory("approve-other")["tenant_id"]
    assert _approve(client, other, case["case_id"], {"decision": "approve"})[0] == 409
