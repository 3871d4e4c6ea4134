"""A checkpointer for one agent turn that never holds a transaction across a model call.

Why: with the turn inside one checkpoint transaction, a 1-5 s model call kept a Postgres
transaction and connection open for its whole latency (behind RDS Proxy, a pinned database
connection), and with conversations handled concurrently that multiplies. So a turn is split:

1. **read** — ``get_tuple``/``list`` run each in its own short transaction as the case's tenant
   (row-level security), on a ``PostgresSaver`` leased from the container's pool for it;
2. **decide** — the graph runs, the model is called; no transaction is open;
3. **write** — ``put``/``put_writes`` are only recorded; :meth:`TurnSaver.commit` writes them in
   one transaction together with the caller's own statements (run_agent: the ``processed_events``
   claim and the decision it emits), so checkpoint and decision commit together or not at all.

A turn whose commit never comes (a failure, a duplicate that lost the claim) leaves nothing:
:meth:`discard` forgets the recorded writes, and the redelivered record recomputes the turn from
the previous checkpoint (the nodes are deterministic, see ``api.DURABILITY``).

Imported lazily, after LangGraph's Postgres saver (``checkpoint.postgres_saver_class``).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver

from careflow_agents.checkpoint import tenant_scope

Claim = Callable[[Any], bool]
Lease = Callable[[], contextlib.AbstractContextManager[Any]]


class TurnSaver(BaseCheckpointSaver[str]):
    """Wraps a ``PostgresSaver`` (``inner``); see the module docstring. With ``lease``, each
    read and the commit run on a saver leased for just that transaction (run_agent: from the
    container's pool, :func:`careflow_agents.checkpoint.lease_saver`), ``inner`` only lends
    its serializer and configuration; without, everything runs on ``inner``."""

    defers_writes = True  # how ``checkpoint.tenant_scope`` tells it apart

    def __init__(self, inner: Any, lease: Lease | None = None) -> None:
        super().__init__(serde=inner.serde)
        self.inner = inner
        self.lease: Lease = lease or (lambda: contextlib.nullcontext(self.inner))
        self.tenant_id: str | None = None
        self._writes: list[Callable[[Any], Any]] = []
        self._lock = threading.Lock()  # LangGraph may write from its background thread

    # --- the turn's tenant (set by ``checkpoint.tenant_scope``) -------------------------------

    @property
    def config_specs(self) -> list[Any]:
        return list(self.inner.config_specs)

    @contextlib.contextmanager
    def _scope(self) -> Iterator[Any]:
        """A saver in a transaction as the turn's tenant."""
        if self.tenant_id is None:
            raise RuntimeError("a TurnSaver is used inside tenant_scope only")
        with self.lease() as inner, tenant_scope(inner, self.tenant_id):
            yield inner

    # --- reads: one short transaction each ----------------------------------------------------

    def get_tuple(self, config: Any) -> Any:
        with self._scope() as inner:
            return inner.get_tuple(config)

    def list(
        self,
        config: Any,
        *,
        filter: dict[str, Any] | None = None,
        before: Any = None,
        limit: int | None = None,
    ) -> Iterator[Any]:
        with self._scope() as inner:
            found = list(inner.list(config, filter=filter, before=before, limit=limit))
        yield from found

    def get_delta_channel_history(self, *, config: Any, channels: Sequence[str]) -> Any:
        with self._scope() as inner:
            return inner.get_delta_channel_history(config=config, channels=channels)

    def get_next_version(self, current: str | None, channel: None) -> str:
        return str(self.inner.get_next_version(current, channel))

    # --- writes: recorded, written by commit --------------------------------------------------

    def put(self, config: Any, checkpoint: Any, metadata: Any, new_versions: Any) -> Any:
        with self._lock:
            self._writes.append(lambda inner: inner.put(config, checkpoint, metadata, new_versions))
        return {
            "configurable": {
                "thread_id": config["configurable"]["thread_id"],
                "checkpoint_ns": config["configurable"].get("checkpoint_ns", ""),
                "checkpoint_id": checkpoint["id"],
            }
        }

    def put_writes(
        self, config: Any, writes: Sequence[tuple[str, Any]], task_id: str, task_path: str = ""
    ) -> None:
        recorded = list(writes)
        with self._lock:
            self._writes.append(
                lambda inner: inner.put_writes(config, recorded, task_id, task_path)
            )

    def delete_thread(self, thread_id: str) -> None:
        with self._scope() as inner:
            inner.delete_thread(thread_id)

    @property
    def pending(self) -> int:
        """How many writes the turn recorded (and :meth:`commit` would write)."""
        with self._lock:
            return len(self._writes)

    def discard(self) -> None:
        """Forget what an unfinished turn recorded."""
        with self._lock:
            self._writes.clear()

    def commit(self, tenant_id: str, claim: Claim) -> bool:
        """Write the recorded checkpoint in one transaction as ``tenant_id``, after
        ``claim(cursor)`` — the caller's statements in that same transaction — returned True.
        When it returns False (the event was claimed already), nothing is written. Either way
        the recorded writes are gone afterwards."""
        with self._lock:
            writes, self._writes = self._writes, []
        with (
            self.lease() as inner,
            tenant_scope(inner, tenant_id),
            inner.conn.cursor() as cur,
        ):
            if not claim(cur):
                return False
            for write in writes:
                write(inner)
        return True
