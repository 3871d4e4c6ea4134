"""Exactly-once effect for an at-least-once consumer: the transactional-outbox pattern.

``run_once`` claims the event in ``processed_events`` *in the same transaction* as the effect and
stores the events the effect emits; after commit it publishes them and marks them published. A
redelivered event finds its claim: the effect is skipped and any outputs a crash left unpublished
are published again (with their original, derived ids, so downstream dedupes them).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from psycopg2.extras import RealDictCursor

from careflow_rds import repositories as repo
from careflow_rds.repositories import Output
from careflow_rds.tenancy import tenant_transaction

Effect = Callable[[RealDictCursor], list[Output]]
Publisher = Callable[[list[Output]], None]


@dataclass(frozen=True)
class Outcome:
    duplicate: bool
    published: int


def run_once(
    tenant_id: str, consumer: str, event_id: str, effect: Effect, publish: Publisher
) -> Outcome:
    with tenant_transaction(tenant_id) as cur:
        if repo.claim_event(cur, tenant_id, consumer, event_id):
            duplicate = False
            outputs = effect(cur)
            repo.record_outputs(cur, tenant_id, consumer, event_id, outputs)
        else:
            duplicate = True
            outputs = repo.unpublished_outputs(cur, tenant_id, consumer, event_id)
    if outputs:
        publish(outputs)
    if outputs or not duplicate:
        with tenant_transaction(tenant_id) as cur:
            repo.mark_published(cur, tenant_id, consumer, event_id)
    return Outcome(duplicate=duplicate, published=len(outputs))
