"""The Postgres checkpointer, reused across warm invocations and safe behind RDS Proxy.

* ``prepare_threshold=None``: psycopg never creates named server-side prepared statements, so
  RDS Proxy does not pin the client to one database connection (``from_conn_string`` of the
  library uses ``prepare_threshold=0``, i.e. prepares everything -- not usable here).
* run_agent's turns (:func:`get_turn_saver`) lease a saver, i.e. a connection, from a bounded
  pool per container for each of their short transactions (:func:`lease_saver`): the batch
  runner's worker threads handle different conversations at once, each mostly waiting on its
  model call, so a few connections serve them all (one per thread was ~8 sessions per container
  to open in a burst). :func:`get_checkpointer` keeps one connection per thread (tests, the
  API). A psycopg connection runs one transaction at a time; a connection that broke or was
  closed while the container was frozen is replaced on the next use.
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
import time
import weakref
from collections.abc import Iterator
from typing import Any

from careflow_agents.coldstart import import_phase
from careflow_shared.db_pool import pool_size

_lock = threading.Lock()


class _PerThread(threading.local):
    saver: Any = None
    target: tuple[tuple[str, str], ...] | None = None
    turn_saver: Any = None
    turn_target: tuple[tuple[str, str], ...] | None = None
    turn_dsn: list[str] = []  # set per thread with turn_saver before any use


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


# A pooled saver idle for longer than this is checked (``SELECT 1``) before it is lent: the
# container may have been frozen meanwhile (Postgres restarted, RDS Proxy closed the client).
_CHECK_IDLE_AFTER_S = 5.0


class _SaverPool:
    """Idle savers of one target, last in first out, with when each was given back."""

    def __init__(self) -> None:
        self.idle: list[tuple[Any, float]] = []
        self.opened = 0
        self.cond = threading.Condition()

    def acquire(self, dsn: str) -> Any:
        import psycopg

        while True:
            with self.cond:
                if not self.cond.wait_for(
                    lambda: self.idle or self.opened < pool_size(), timeout=30.0
                ):
                    raise psycopg.OperationalError(
                        f"no checkpointer connection free within 30 s ({self.opened} open)"
                    )
                if not self.idle:
                    self.opened += 1
                    break
                saver, since = self.idle.pop()
            if time.monotonic() - since < _CHECK_IDLE_AFTER_S or _alive(saver.conn):
                return saver
            self.discard(saver)
        try:
            conn = psycopg.connect(dsn, connect_timeout=5, **connect_kwargs())
        except BaseException:
            self.forget()
            raise
        return postgres_saver_class()(conn)

    def release(self, saver: Any) -> None:
        import psycopg

        conn = saver.conn
        if conn.closed or conn.broken:
            self.forget()
            return
        if conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
            self.discard(saver)  # never lend a connection inside someone's transaction
            return
        with self.cond:
            self.idle.append((saver, time.monotonic()))
            self.cond.notify()

    def discard(self, saver: Any) -> None:
        with contextlib.suppress(Exception):
            saver.conn.close()
        self.forget()

    def forget(self) -> None:
        with self.cond:
            self.opened -= 1
            self.cond.notify()

    def close_idle(self) -> None:
        with self.cond:
            idle, self.idle = self.idle, []
            self.opened -= len(idle)
            self.cond.notify_all()
        for saver, _ in idle:
            with contextlib.suppress(Exception):
                saver.conn.close()

    def stats(self) -> dict[str, int]:
        with self.cond:
            return {"open": self.opened, "idle": len(self.idle)}


_pools: dict[tuple[tuple[str, str], ...], _SaverPool] = {}


def _pool(dsn: str) -> _SaverPool:
    with _lock:
        return _pools.setdefault(_target_of(dsn), _SaverPool())


def saver_pool_stats(dsn: str) -> dict[str, int]:
    """Open and idle pooled savers for ``dsn`` (tests, benchmarks)."""
    return _pool(dsn).stats()


class _Leased(threading.local):
    saver: Any = None
    depth: int = 0


_leased = _Leased()


def current_saver() -> Any:
    """The pooled saver this thread holds right now, if any (none between transactions)."""
    return _leased.saver


@contextlib.contextmanager
def lease_saver(dsn: str) -> Iterator[Any]:
    """A pooled ``PostgresSaver`` for one transaction, given back when the thread's outermost
    lease ends (a thread holds at most one: nested leases get the same). A connection that
    failed is closed with the pool's idle ones (a restart or failover broke them all)."""
    if _leased.saver is not None:
        _leased.depth += 1
        try:
            yield _leased.saver
        finally:
            _leased.depth -= 1
        return
    import psycopg

    pool = _pool(dsn)
    saver = _leased.saver = pool.acquire(dsn)
    _leased.depth = 1
    try:
        yield saver
    except (psycopg.OperationalError, psycopg.InterfaceError):
        _leased.saver, _leased.depth = None, 0
        pool.discard(saver)
        pool.close_idle()
        raise
    except BaseException:
        _leased.saver, _leased.depth = None, 0
        pool.release(saver)
        raise
    _leased.saver, _leased.depth = None, 0
    pool.release(saver)


def get_turn_saver(dsn: str) -> Any:
    """This thread's :class:`~careflow_agents.turnsaver.TurnSaver`: one object per thread
    (it holds the turn's tenant and writes; the compiled graph is cached per checkpointer),
    whose transactions run on savers leased from the container's pool (:func:`lease_saver`)."""
    saver = _local.turn_saver
    if saver is None or _local.turn_target != _target_of(dsn):
        from careflow_agents.turnsaver import TurnSaver

        latest = _local.turn_dsn = [dsn]  # read by the lease from any thread

        with lease_saver(dsn) as template:  # lends its serializer and configuration only
            saver = _local.turn_saver = TurnSaver(template, lease=lambda: lease_saver(latest[0]))
        _local.turn_target = _target_of(dsn)
    _local.turn_dsn[0] = dsn  # the latest: an IAM token in it is valid for 15 minutes
    return saver


def reset_checkpointer() -> None:
    """Close this thread's cached connection and the pools' idle ones (tests; a handler that
    wants a clean slate)."""
    saver, _local.saver, _local.target = _local.saver, None, None
    _local.turn_saver = _local.turn_target = None
    if saver is not None:
        saver.conn.close()
    with _lock:
        pools = list(_pools.values())
    for pool in pools:
        pool.close_idle()
