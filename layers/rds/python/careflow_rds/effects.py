"""Exactly-once effect for an at-least-once consumer: the transactional-outbox pattern.

``run_once`` claims the event in ``processed_events`` *in the same transaction* as the effect and
stores the events the effect emits; after commit they are published and marked published. A
redelivered event finds its claim: the effect is skipped and any outputs a crash left unpublished
are published again (with their original, derived ids, so downstream dedupes them).

Publishing can happen per event (pass a publisher) or once per batch (pass an :class:`Outbox`
and ``flush`` it after the batch): one broker round trip and one marking transaction for the
whole batch instead of one each per record, which measured ~40 % of create_case's time per
record. A crash before the flush loses nothing: the batch is redelivered and the outputs,
still unmarked, are published then.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from psycopg2.extras import RealDictCursor

from careflow_rds import repositories as repo
from careflow_rds.repositories import Output
from careflow_rds.tenancy import tenant_transaction

Effect = Callable[[RealDictCursor], list[Output]]
Publisher = Callable[[list[Output]], None]
Decide = Callable[[], list[Output]]
Prepare = Callable[[RealDictCursor], Decide]
# ``commit(claim)``: run ``claim(cursor)`` in a transaction of the caller's own, with the caller's
# writes after it (if it returned True) and commit them together; returns what ``claim`` said.
Commit = Callable[[Callable[[Any], bool]], bool]


@dataclass(frozen=True)
class Outcome:
    duplicate: bool
    published: int


class Outbox:
    """The outputs of one batch's events, published together by :meth:`flush`."""

    def __init__(self) -> None:
        self._pending: list[tuple[str, str, str, list[Output]]] = []
        self._lock = threading.Lock()  # records of a batch are handled in several threads

    def add(self, tenant_id: str, consumer: str, event_id: str, outputs: list[Output]) -> None:
        with self._lock:
            self._pending.append((tenant_id, consumer, event_id, outputs))

    def clear(self) -> None:
        with self._lock:
            self._pending.clear()

    def flush(self, publish: Publisher) -> int:
        """Publish every pending output in processing order (so per-key order holds: a key's
        records are handled one after the other, whichever thread), then mark their events
        published, one transaction per tenant."""
        with self._lock:
            pending, self._pending = self._pending, []
        outputs = [o for *_, outs in pending for o in outs]
        if outputs:
            publish(outputs)
        marks: dict[tuple[str, str], list[str]] = {}
        for tenant_id, consumer, event_id, _ in pending:
            marks.setdefault((tenant_id, consumer), []).append(event_id)
        for (tenant_id, consumer), event_ids in marks.items():
            with tenant_transaction(tenant_id) as cur:
                repo.mark_published_many(cur, tenant_id, consumer, event_ids)
        return len(outputs)


def run_once(
    tenant_id: str, consumer: str, event_id: str, effect: Effect, publish: Publisher | Outbox
) -> Outcome:
    with tenant_transaction(tenant_id) as cur:
        if repo.claim_event(cur, tenant_id, consumer, event_id):
            duplicate = False
            outputs = effect(cur)
            repo.record_outputs(cur, tenant_id, consumer, event_id, outputs)
        else:
            duplicate = True
            outputs = repo.unpublished_outputs(cur, tenant_id, consumer, event_id)
    return _publish(tenant_id, consumer, event_id, outputs, duplicate, publish)


def run_once_split(
    tenant_id: str,
    consumer: str,
    event_id: str,
    prepare: Prepare,
    commit: Commit,
    publish: Publisher | Outbox,
) -> Outcome:
    """:func:`run_once` for an effect that waits on something slow (a model call): no
    transaction is open while it waits.

    1. ``prepare(cur)`` reads what the effect needs in a short transaction (skipped for an event
       already handled: its unpublished outputs are published again, as in :func:`run_once`);
    2. the ``decide()`` it returns runs outside any transaction;
    3. ``commit(claim)`` claims the event, records the outputs and writes the effect's own state
       in one transaction of the effect's choosing (run_agent: the checkpointer's connection).

    Exactly once still: two deliveries that both got past step 1 race for the claim in step 3;
    the loser writes nothing and publishes what the winner recorded."""
    with tenant_transaction(tenant_id) as cur:
        if repo.event_claimed(cur, tenant_id, consumer, event_id):
            outputs = repo.unpublished_outputs(cur, tenant_id, consumer, event_id)
            return _publish(tenant_id, consumer, event_id, outputs, True, publish)
        decide = prepare(cur)
    outputs = decide()

    def claim(cur: Any) -> bool:
        if not repo.claim_event(cur, tenant_id, consumer, event_id):
            return False
        repo.record_outputs(cur, tenant_id, consumer, event_id, outputs)
        return True

    if commit(claim):
        return _publish(tenant_id, consumer, event_id, outputs, False, publish)
    with tenant_transaction(tenant_id) as cur:
        outputs = repo.unpublished_outputs(cur, tenant_id, consumer, event_id)
    return _publish(tenant_id, consumer, event_id, outputs, True, publish)


def _publish(
    tenant_id: str,
    consumer: str,
    event_id: str,
    outputs: list[Output],
    duplicate: bool,
    publish: Publisher | Outbox,
) -> Outcome:
    if isinstance(publish, Outbox):
        if outputs or not duplicate:
            publish.add(tenant_id, consumer, event_id, outputs)
        return Outcome(duplicate=duplicate, published=len(outputs))
    if outputs:
        publish(outputs)
    if outputs or not duplicate:
        with tenant_transaction(tenant_id) as cur:
            repo.mark_published(cur, tenant_id, consumer, event_id)
    return Outcome(duplicate=duplicate, published=len(outputs))
