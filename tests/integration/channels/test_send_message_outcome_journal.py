"""send_message when Postgres fails between the provider's answer and the final status.

The chaos suite's Postgres fault (200 messages, 60 s outage) left one reply 'sending' for good:
claimed, then Postgres went away before its status was written; the redelivered record found it
not queued and did nothing. Here the fault is injected at exactly that step (the status write
raises the error a dead connection raises) against the real Postgres, Redis and the Meta Graph
simulator; the redelivery must finish the row from the outcome journal and never send twice.
"""

from __future__ import annotations

import psycopg2

from careflow_channels.errors import ProviderUnavailable
from careflow_local.invoke import load_handler
from careflow_rds import repositories as repo
from careflow_rds.tenancy import tenant_transaction
from careflow_shared.envelope import OutboundQueued
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


def _one_queued_reply(tenant_factory, name: str) -> tuple[str, dict, str]:
    tid = tenant_factory(name)["tenant_id"]
    by_case = open_cases(tid, {"j0": ["Which hotel is near the clinic?"]})
    decided = captured_outputs("run_agent", case_events_batch(interleaved(by_case)))
    persisted = captured_outputs(
        "persist_result", msk_batch(TOPIC_DECISIONS, [(k, e) for _t, e, k in decided])
    )
    queued = [(key, env) for topic, env, key in persisted if topic == TOPIC_OUTBOUND]
    assert len(queued) == 1
    key, envelope = queued[0]
    outbound_id = envelope.payload_as(OutboundQueued).outbound_id
    return tid, msk_batch(TOPIC_OUTBOUND, [(key, envelope)]), outbound_id


def _row(tid: str, outbound_id: str) -> dict:
    with tenant_transaction(tid) as cur:
        cur.execute(
            "SELECT status, provider_message_id FROM outbound_messages WHERE outbound_id = %s",
            (outbound_id,),
        )
        return dict(cur.fetchone())


def _postgres_gone_for(statuses: set[str], real):
    def finish(tenant, outbound_id, *, status, **kwargs):
        if status in statuses:
            raise psycopg2.OperationalError("server closed the connection unexpectedly")
        return real(tenant, outbound_id, status=status, **kwargs)

    return finish


def test_a_reply_sent_before_postgres_failed_is_marked_sent_on_redelivery_not_sent_again(
    tenant_factory, meta, monkeypatch
):
    tid, event, outbound_id = _one_queued_reply(tenant_factory, "journal-sent")
    handler = load_handler("send_message")
    before = len(meta.state()["sent"])
    real = handler._finish
    monkeypatch.setattr(handler, "_finish", _postgres_gone_for({"sent"}, real))

    assert handler.handler(event, Deadline("send_message")) != OK  # the record is retried
    assert _row(tid, outbound_id)["status"] == "sending"
    assert len(meta.state()["sent"]) == before + 1

    monkeypatch.setattr(handler, "_finish", real)  # Postgres is back
    assert handler.handler(event, Deadline("send_message")) == OK
    row = _row(tid, outbound_id)
    assert row["status"] == "sent" and row["provider_message_id"]
    assert len(meta.state()["sent"]) == before + 1  # recovered, not sent again
    assert row["provider_message_id"] == meta.state()["sent"][-1]["id"]


def test_a_reply_not_sent_when_postgres_failed_is_sent_once_on_redelivery(
    tenant_factory, meta, monkeypatch
):
    tid, event, outbound_id = _one_queued_reply(tenant_factory, "journal-queued")
    handler = load_handler("send_message")
    before = len(meta.state()["sent"])
    real_finish, real_send = handler._finish, handler._send

    def meta_down(*_args, **_kwargs):
        raise ProviderUnavailable("meta: 503")

    monkeypatch.setattr(handler, "_send", meta_down)
    monkeypatch.setattr(handler, "_finish", _postgres_gone_for({"queued"}, real_finish))
    assert handler.handler(event, Deadline("send_message")) != OK
    assert _row(tid, outbound_id)["status"] == "sending"  # the claim outlived the outage

    monkeypatch.setattr(handler, "_send", real_send)
    monkeypatch.setattr(handler, "_finish", real_finish)
    assert handler.handler(event, Deadline("send_message")) == OK
    assert _row(tid, outbound_id)["status"] == "sent"
    assert len(meta.state()["sent"]) == before + 1
    assert handler.handler(event, Deadline("send_message")) == OK  # and once only
    assert len(meta.state()["sent"]) == before + 1


def test_a_claim_without_an_outcome_is_left_in_doubt_and_never_sent(tenant_factory, meta):
    """A container that died between the claim and the provider's answer: delivery unknown."""
    tid, event, outbound_id = _one_queued_reply(tenant_factory, "journal-doubt")
    handler = load_handler("send_message")
    before = len(meta.state()["sent"])
    with tenant_transaction(tid) as cur:
        assert repo.claim_outbound(cur, tid, outbound_id) is not None

    assert handler.handler(event, Deadline("send_message")) == OK
    assert _row(tid, outbound_id)["status"] == "sending"
    assert len(meta.state()["sent"]) == before
