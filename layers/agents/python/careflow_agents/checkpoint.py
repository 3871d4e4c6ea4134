"""The Postgres checkpointer, reused across warm invocations and safe behind RDS Proxy.

* ``prepare_threshold=None``: psycopg never creates named server-side prepared statements, so
  RDS Proxy does not pin the client to one database connection (``from_conn_string`` of the
  library uses ``prepare_threshold=0``, i.e. prepares everything -- not usable here).
* One connection per thread (the batch runner's worker threads handle different conversations
  at once; a psycopg connection runs one transaction at a time), opened on first use and kept
  for warm invocations; a connection that broke or was closed while the container was frozen is
  replaced on the next call.
* Tables are created by our migration ``0005_langgraph_checkpoints.sql``, never at runtime:
  the application role has no DDL rights, and ``setup()`` would need them.
* Row-level security (``0006_checkpoint_rls.sql``) shows a transaction only the threads of the
  tenant in ``app.tenant_id``; :func:`tenant_scope` runs each turn in one transaction that sets
  it with ``set_config(..., true)``. The connection is in autocommit mode (as the library wants),
  so outside a scope every statement is its own transaction with no tenant: it sees and writes
  no thread at all.
* The saver's module is imported once, inside ``coldstart.import_phase()``: run_agent opens its
  checkpointer before it builds the graph, so this is where most of LangGraph's dependencies
  (langchain-core, pydantic models) get imported on a cold start.
"""

from __future__ import annotations

import contextlib
import functools
import threading
import weakref
from collections.abc import Iterator
from typing import Any

from careflow_agents.coldstart import import_phase

_lock = threading.Lock()


class _PerThread(threading.local):
    saver: Any = None
    turn_saver: Any = None
    target: tuple[tuple[str, str], ...] | None = None


_local = _PerThread()
# One lock per connection, held for a whole tenant_scope: see there.
_scope_locks: weakref.WeakKeyDictionary[Any, threading.RLock] = weakref.WeakKeyDictionary()


def thread_id(tenant_id: str, case_id: str) -> str:
    """The LangGraph thread of a case; the tenant prefix keeps tenants' threads apart."""
    return f"{tenant_id}:{case_id}"


@contextlib.contextmanager
def tenant_scope(checkpointer: Any, tenant_id: str) -> Iterator[None]:
    """Everything ``checkpointer`` does inside runs in one transaction as ``tenant_id``.

    Why a transaction per turn, not a session setting: behind RDS Proxy consecutive autocommit
    statements may run on different database connections, and a session-level ``set_config``
    would either pin the client to one connection or, worse, stay on a pooled connection for
    the next client. ``set_config(..., true)`` lives exactly as long as the transaction (gone
    at commit or rollback), and the proxy keeps a transaction on one connection. The turn's
    checkpoint writes also commit together or not at all; a failed turn leaves nothing, and
    the redelivered record recomputes it.

    The lock keeps another thread from using the same connection meanwhile (its statements
    would run in this transaction, as this tenant). LangGraph's own writes from its background
    thread during ``invoke`` take only the saver's lock and belong to this turn. An in-memory
    saver (tests, SnapStart's priming turn) has no connection and needs no scope.

    A :class:`~careflow_agents.turnsaver.TurnSaver` (run_agent) opens no transaction here: the
    scope only names the tenant its reads run as, each in a short transaction of its own, and
    its writes wait for ``TurnSaver.commit`` — so no transaction spans the model call.
    """
    if getattr(checkpointer, "defers_writes", False):
        previous, checkpointer.tenant_id = checkpointer.tenant_id, tenant_id
        try:
            yield
        finally:
            checkpointer.tenant_id = previous
        return
    conn = getattr(checkpointer, "conn", None)
    if conn is None:
        yield
        return
    import psycopg
    import psycopg.rows

    if not isinstance(conn, psycopg.Connection):
        raise TypeError("tenant_scope needs a PostgresSaver on a single psycopg Connection")
    with _lock:
        scope_lock = _scope_locks.setdefault(conn, threading.RLock())
    with scope_lock:
        if conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
            # Nested in a scope of this thread (the lock is ours): same tenant only.
            with conn.cursor(row_factory=psycopg.rows.tuple_row) as cur:
                row = cur.execute("SELECT current_setting('app.tenant_id', true)").fetchone()
            if not row or row[0] != tenant_id:
                raise RuntimeError("a checkpointer scope cannot switch tenants")
            yield
            return
        with conn.transaction():
            conn.execute("SELECT set_config('app.tenant_id', %s, true)", (tenant_id,))
            yield


def connect_kwargs() -> dict[str, Any]:
    from psycopg.rows import dict_row

    return {"autocommit": True, "prepare_threshold": None, "row_factory": dict_row}


def _target_of(dsn: str) -> tuple[tuple[str, str], ...]:
    """The connection target without the password (an IAM token changes on every call)."""
    from psycopg.conninfo import conninfo_to_dict

    return tuple(sorted((k, str(v)) for k, v in conninfo_to_dict(dsn).items() if k != "password"))


def _alive(conn: Any) -> bool:
    if conn.closed or conn.broken:
        return False
    try:
        conn.execute("SELECT 1")
    except Exception:  # any failure means: reconnect
        return False
    return True


@functools.cache
def postgres_saver_class() -> Any:
    """``langgraph.checkpoint.postgres.PostgresSaver``, imported once per process (see above)."""
    with import_phase():
        from langgraph.checkpoint.postgres import PostgresSaver
    return PostgresSaver


def get_checkpointer(dsn: str) -> Any:
    """This thread's ``PostgresSaver`` for ``dsn``; the same instance (and connection) while it
    stays healthy."""
    saver_class = postgres_saver_class()
    import psycopg

    target = _target_of(dsn)
    saver = _local.saver
    if saver is not None and _local.target == target and _alive(saver.conn):
        return saver
    if saver is not None:
        with contextlib.suppress(Exception):  # closing a dead connection may fail; we replace it
            saver.conn.close()
    conn = psycopg.connect(dsn, connect_timeout=5, **connect_kwargs())
    _local.saver, _local.target = saver_class(conn), target
    return _local.saver


def get_turn_saver(dsn: str) -> Any:
    """This thread's :class:`~careflow_agents.turnsaver.TurnSaver` over :func:`get_checkpointer`:
    one object per thread (the compiled graph is cached per checkpointer), its connection
    replaced when it broke."""
    inner = get_checkpointer(dsn)
    saver = _local.turn_saver
    if saver is None:
        from careflow_agents.turnsaver import TurnSaver

        saver = _local.turn_saver = TurnSaver(inner)
    saver.inner = inner
    return saver


def reset_checkpointer() -> None:
    """Close this thread's cached connection (tests; a handler that wants a clean slate)."""
    saver, _local.saver, _local.target = _local.saver, None, None
    if saver is not None:
        saver.conn.close()
