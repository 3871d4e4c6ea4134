"""send_message with conversation-parallel batches against the Meta Graph simulator and real
Postgres: the replies of several conversations go out at once, each exactly once, and a
redelivered batch (Lambda resumes a partition from its lowest failed offset) sends nothing
again. The replies come from the real run_agent and persist_result, in-process."""

from __future__ import annotations

from careflow_local.invoke import load_handler
from careflow_shared.topology import TOPIC_DECISIONS, TOPIC_OUTBOUND
from tests.integration.batches import (
    OK,
    Deadline,
    captured_outputs,
    case_events_batch,
    interleaved,
    msk_batch,
    open_cases,
)


def test_replies_of_several_conversations_go_out_at_once_and_once_each(
    tenant_factory, meta, monkeypatch
):
    tid = tenant_factory("send")["tenant_id"]
    by_case = open_cases(tid, {f"s{i}": ["Which hotel is near the clinic?"] for i in range(4)})
    decided = captured_outputs("run_agent", case_events_batch(interleaved(by_case)))
    persisted = captured_outputs(
        "persist_result", msk_batch(TOPIC_DECISIONS, [(k, e) for _t, e, k in decided])
    )
    queued = [(key, env) for topic, env, key in persisted if topic == TOPIC_OUTBOUND]
    assert len(queued) == 4
    monkeypatch.setenv("CAREFLOW_BATCH_CONCURRENCY", "4")
    handler = load_handler("send_message")
    event = msk_batch(TOPIC_OUTBOUND, queued)

    assert handler.handler(event, Deadline("send_message")) == OK
    sent = meta.state()["sent"]
    assert len(sent) == 4 and len({s["id"] for s in sent}) == 4
    assert handler.handler(event, Deadline("send_message")) == OK  # the whole batch again
    assert len(meta.state()["sent"]) == 4
