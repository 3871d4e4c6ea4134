"""The transactional outbox, per batch: outputs are published once at the end of the batch, and
a failed publish loses nothing — the redelivered events publish them again."""

import uuid

import pytest

from careflow_rds.effects import Outbox, run_once
from careflow_rds.tenancy import tenant_transaction
from careflow_shared.envelope import Envelope


def _output(tenant: str, n: int):
    env = Envelope(event_type="case.opened", tenant_id=tenant, correlation_id="c", payload={"n": n})
    return ("hub.cases.events", env, f"{tenant}:k".encode())


def _published(tenant: str) -> dict[str, bool]:
    with tenant_transaction(tenant) as cur:
        cur.execute("SELECT event_id, published_at IS NOT NULL AS done FROM processed_events")
        return {r["event_id"]: r["done"] for r in cur.fetchall()}


def test_a_batch_publishes_once_at_its_end_in_order(tenant_factory):
    tenant = tenant_factory("outbox")["tenant_id"]
    outbox, sent = Outbox(), []
    ids = [str(uuid.uuid4()) for _ in range(3)]
    for n, event_id in enumerate(ids):
        run_once(tenant, "test", event_id, lambda cur, n=n: [_output(tenant, n)], outbox)
    assert sent == [] and set(_published(tenant).values()) == {False}  # nothing out yet
    assert outbox.flush(lambda outs: sent.append(outs)) == 3
    assert len(sent) == 1 and [o[1].payload["n"] for o in sent[0]] == [0, 1, 2]
    assert set(_published(tenant).values()) == {True}


def test_a_failed_publish_is_healed_by_the_redelivery(tenant_factory):
    tenant = tenant_factory("outbox-fail")["tenant_id"]
    event_id = str(uuid.uuid4())
    effects = []

    def effect(cur):
        effects.append(1)
        return [_output(tenant, 7)]

    outbox = Outbox()
    run_once(tenant, "test", event_id, effect, outbox)

    def broker_down(outputs):
        raise ConnectionError("broker down")

    with pytest.raises(ConnectionError):
        outbox.flush(broker_down)
    assert _published(tenant) == {event_id: False}

    redelivery, sent = Outbox(), []
    outcome = run_once(tenant, "test", event_id, effect, redelivery)
    assert outcome.duplicate and effects == [1]  # the effect did not run again ...
    redelivery.flush(lambda outs: sent.extend(outs))
    assert [o[1].payload["n"] for o in sent] == [7]  # ... but its output went out now
    assert _published(tenant) == {event_id: True}
