"""run_agent with conversation-parallel batches and deadlines, against real Postgres, Redis, Kafka
and a private LLM simulator (``careflow_local.simulators.llm``, the code behind :18083).

* one conversation's five messages are decided in order while other conversations interleave,
  and no transaction is open on the worker's connections while the model answers;
* a hanging model does not make the invocation time out: its call is cut to the deadline and the
  turn falls back to the rules;
* records left for later because of the deadline are decided exactly once after redelivery;
* a transient failure holds back only its own conversation, and the redelivery from the lowest
  failed offset (what Lambda does) re-runs later successes of other conversations harmlessly.

The cases are opened by create_case, whose outputs are captured instead of published (a poller of
another checkout on the shared Kafka must not pick them up); run_agent publishes for real.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import psycopg2
import psycopg2.extensions
import pytest

from careflow_local.db import put_channel_secret
from careflow_local.invoke import load_handler
from careflow_local.simulators import llm
from careflow_rds.tenancy import tenant_transaction
from careflow_shared.envelope import AgentDecision, Envelope
from careflow_shared.tenant_config import AgentModelSettings
from careflow_shared.topology import TOPIC_DECISIONS, dlq_topic
from careflow_streaming import batch
from tests.integration.batches import OK, Deadline, case_events_batch, interleaved, open_cases


def real_deadline(seconds: float) -> Deadline:
    ends = time.monotonic() + seconds
    return Deadline("run_agent", lambda: (ends - time.monotonic()) * 1000)


@pytest.fixture
def sim() -> Iterator[llm.Simulator]:
    simulator = llm.start(port=0)
    yield simulator
    simulator.reset()  # releases a request still hanging
    simulator.stop()


@pytest.fixture
def llm_tenant(tenant_factory, sim) -> dict:
    settings = AgentModelSettings(
        provider="openai_compat",
        endpoint=f"{sim.url}/v1",
        model="sim-model",
        api_key_secret="llm",
        timeout_seconds=8,
    )
    tenant = tenant_factory("par", agent=settings)
    put_channel_secret(tenant["tenant_id"], "llm", {"api_key": f"sk-{uuid.uuid4().hex}"})
    return tenant


def _failed(response: dict[str, Any]) -> list[int]:
    return [item["itemIdentifier"]["offset"] for item in response["batchItemFailures"]]


def _decisions(tail: Any) -> list[AgentDecision]:
    return [
        Envelope.from_bytes(r.value).payload_as(AgentDecision)
        for r in tail.read()
        if ("event_type", b"agent.decided") in r.headers
    ]


def _message_ids(envelopes: list[Envelope]) -> list[str]:
    return [str(e.payload["message_id"]) for e in envelopes]


def _claimed(tid: str) -> int:
    with tenant_transaction(tid) as cur:
        cur.execute("SELECT count(*) AS n FROM processed_events WHERE consumer = 'run_agent'")
        return int(cur.fetchone()["n"])


def test_one_conversation_is_decided_in_order_while_others_interleave(
    llm_tenant, sim, tails, monkeypatch
):
    tid = llm_tenant["tenant_id"]
    names = ["alpha", "bravo", "charlie", "delta"]
    by_case = open_cases(
        tid,
        {
            n: [f"Which hotel is near the clinic, {n} question {i}?" for i in range(5)]
            for n in names
        },
    )
    decisions = tails(TOPIC_DECISIONS, tid)
    sim.control("POST", "/_sim/latency", {"fixed_s": 0.3})
    monkeypatch.setenv("CAREFLOW_BATCH_CONCURRENCY", "4")
    monkeypatch.setenv("CAREFLOW_DEADLINE_RESERVE_MS", "5000")
    # While the model answers, the worker's connections hold no transaction.
    from careflow_agents import checkpoint
    from careflow_agents.providers.openai_compat import OpenAICompatProvider
    from careflow_rds import connection

    real_assess = OpenAICompatProvider.assess
    open_during_call: list[bool] = []

    def watched(self, request):
        # The worker holds a connection (psycopg2, or a pooled checkpointer's psycopg 3) only
        # within a transaction: none while the model answers.
        saver, conn = checkpoint.current_saver(), connection.current_connection()
        open_during_call.append(
            (
                saver is not None
                and saver.conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE
            )
            or (
                conn is not None
                and conn.get_transaction_status() != psycopg2.extensions.TRANSACTION_STATUS_IDLE
            )
        )
        return real_assess(self, request)

    monkeypatch.setattr(OpenAICompatProvider, "assess", watched)

    handler = load_handler("run_agent")
    assert (
        handler.handler(
            case_events_batch(interleaved(by_case)), Deadline("run_agent", lambda: 60_000)
        )
        == OK
    )
    assert open_during_call == [False] * 20

    # The model saw each conversation's questions in order, and the others' between them.
    asked = []
    for request in sim.requests():
        prompt = request["json"]["messages"][-1]["content"]
        asked.extend((n, int(prompt.split(f"{n} question ")[1][0])) for n in names if n in prompt)
    assert len(asked) == 20
    for n in names:
        assert [i for who, i in asked if who == n] == list(range(5))
    seen = [who for who, _ in asked]
    first, last = seen.index("alpha"), len(seen) - 1 - seen[::-1].index("alpha")
    assert set(seen[first:last]) > {"alpha"}, "no other conversation ran between alpha's turns"

    # One decision per message, published in each conversation's order.
    decided = _decisions(decisions)
    assert len(decided) == 20 and all(d.provider == "openai_compat" for d in decided)
    for case_id, envelopes in by_case.items():
        assert [d.message_id for d in decided if d.case_id == case_id] == _message_ids(envelopes)


def test_a_hanging_model_does_not_make_the_invocation_time_out(llm_tenant, sim, tails, monkeypatch):
    tid = llm_tenant["tenant_id"]
    by_case = open_cases(tid, {"echo": ["Which hotel is near the clinic?"]})
    decisions = tails(TOPIC_DECISIONS, tid)
    sim.control("POST", "/_sim/faults", {"hang_rate": 1.0, "hang_s": 30})
    monkeypatch.setenv("CAREFLOW_DEADLINE_RESERVE_MS", "1000")
    # The tenant allows its model 8 s; the invocation has 6 s left.
    context = real_deadline(6.0)

    handler = load_handler("run_agent")
    assert handler.handler(case_events_batch(interleaved(by_case)), context) == OK
    assert context.get_remaining_time_in_millis() > 0  # it answered before its deadline

    (decision,) = _decisions(decisions)
    assert decision.fallback == "openai_compat:timeout"  # decided by the rules instead
    assert decision.reply
    assert sim.state()["calls"] == 0  # the model never answered


def test_records_left_for_later_by_the_deadline_are_decided_exactly_once(
    llm_tenant, sim, tails, monkeypatch
):
    tid = llm_tenant["tenant_id"]
    (envelopes,) = open_cases(
        tid, {"foxtrot": [f"Which hotel is near the clinic, question {i}?" for i in range(5)]}
    ).values()
    decisions, dead = tails(TOPIC_DECISIONS, tid), tails(dlq_topic("run_agent"), tid)
    monkeypatch.setenv("CAREFLOW_BATCH_CONCURRENCY", "1")
    monkeypatch.setenv("CAREFLOW_DEADLINE_RESERVE_MS", "5000")
    # Plenty of time until the model has answered twice, then less than the reserve.
    short = Deadline("run_agent", lambda: 60_000 if sim.state()["calls"] < 2 else 1_000)
    handler = load_handler("run_agent")
    event = case_events_batch(envelopes)

    first = handler.handler(event, short)
    assert _failed(first) == [2, 3, 4]  # not started: reported for redelivery
    assert _claimed(tid) == 2 and batch._unexpected_attempts == {}

    # The mapping resumes the partition from the lowest failed offset.
    lowest = min(_failed(first))
    again = case_events_batch(envelopes[lowest:], first_offset=lowest)
    assert handler.handler(again, Deadline("run_agent", lambda: 60_000)) == OK
    # … and a second redelivery of everything changes nothing.
    assert handler.handler(event, Deadline("run_agent", lambda: 60_000)) == OK

    decided = _decisions(decisions)
    assert [d.message_id for d in decided] == _message_ids(envelopes)
    assert not any(d.replayed for d in decided)
    assert sim.state()["calls"] == 5  # no model call paid twice
    assert _claimed(tid) == 5
    assert dead.read() == []  # never dead-lettered


def test_a_failure_holds_back_its_conversation_and_the_redelivery_is_harmless(
    llm_tenant, sim, tails, monkeypatch
):
    """Lambda resumes the partition from the lowest failed offset, so the other conversation's
    records after it — already decided — come again: they change nothing."""
    tid = llm_tenant["tenant_id"]
    by_case = open_cases(
        tid,
        {
            n: [f"Which hotel is near the clinic, {n} {i}?" for i in range(3)]
            for n in ("golf", "hotel")
        },
    )
    golf, hotel = by_case.values()
    decisions = tails(TOPIC_DECISIONS, tid)
    monkeypatch.setenv("CAREFLOW_BATCH_CONCURRENCY", "2")
    handler = load_handler("run_agent")
    ordered = interleaved(by_case)  # golf0 hotel0 golf1 hotel1 golf2 hotel2
    event = case_events_batch(ordered)

    # golf's second message meets a dropped Postgres connection (once).
    real_text = handler.repo.case_message_text
    blip = {"left": 1}

    def flaky(cur, tenant_id, case_id, message_id):
        if message_id == golf[1].payload["message_id"] and blip["left"]:
            blip["left"] -= 1
            raise psycopg2.OperationalError("server closed the connection unexpectedly")
        return real_text(cur, tenant_id, case_id, message_id)

    monkeypatch.setattr(handler.repo, "case_message_text", flaky)
    monkeypatch.setattr(batch, "TRANSIENT_PAUSE_S", 0.0)
    first = handler.handler(event, Deadline("run_agent", lambda: 60_000))
    assert _failed(first) == [2, 4]  # golf1 failed, golf2 held back; hotel went on
    assert sorted(d.message_id for d in _decisions(decisions)) == sorted(
        _message_ids([golf[0], *hotel])
    )

    lowest = min(_failed(first))
    assert (
        handler.handler(
            case_events_batch(ordered[lowest:], lowest), Deadline("run_agent", lambda: 60_000)
        )
        == OK
    )

    # Only golf's two were decided now: hotel's redelivered records published nothing.
    assert [d.message_id for d in _decisions(decisions)] == _message_ids(golf[1:])
    assert sim.state()["calls"] == 6  # hotel1 and hotel2 came again but were not decided again
    assert _claimed(tid) == 6
