"""A bounded pool of psycopg2 connections per container, password or IAM (RDS Proxy) authentication.

Why a pool and not one connection per thread: the batch runner's lane threads (up to the
function's ``batch_concurrency``) each opened a connection of their own on first use and kept it,
although a record holds a transaction only for milliseconds between its model or HTTP calls. In
a burst that was ~90 new sessions per 150 messages, each a backend fork, authentication and
cold catalog caches on the server. Now a thread *leases* a connection for one transaction
(:func:`lease`, which :func:`careflow_rds.tenancy.tenant_transaction` uses) and gives it back
right after, so a container opens only as many as run transactions at the same moment, and
keeps them across warm invocations.

Safe to share between tenants: every tenant setting is transaction-local
(``set_config('app.tenant_id', ..., true)``, gone at commit or rollback), and a connection goes
back to the pool only outside a transaction (a caller's unfinished one is rolled back first).
A thread holds at most one connection: a lease taken while it holds one (nested transactions,
:func:`get_connection` inside a transaction) is the same connection, so with leases alone the
bound (``careflow_shared.db_pool.DEFAULT_POOL_SIZE``, or ``CAREFLOW_DB_POOL_SIZE``) makes threads wait their turn,
never deadlock.
"""

from __future__ import annotations

import contextlib
import functools
import os
import threading
from collections.abc import Iterator
from typing import Any

import psycopg2
import psycopg2.extensions
import psycopg2.extras

from careflow_shared.db_pool import pool_size
from careflow_shared.settings import Settings, get_settings

POOL_WAIT_S = 30.0
"""How long a thread waits for a free connection before its record fails as transient (only
when something holds connections far longer than a transaction)."""

type Connection = psycopg2.extensions.connection


class _Pool:
    """Idle connections of one target (last in, first out: the busiest stay warm), and how
    many are open in all."""

    def __init__(self) -> None:
        self.idle: list[Connection] = []
        self.opened = 0
        self.cond = threading.Condition()

    def acquire(self, settings: Settings) -> Connection:
        with self.cond:
            if not self.cond.wait_for(
                lambda: self.idle or self.opened < pool_size(), timeout=POOL_WAIT_S
            ):
                raise psycopg2.OperationalError(
                    f"no Postgres connection free within {POOL_WAIT_S:.0f} s "
                    f"({self.opened} open, pool size {pool_size()})"
                )
            if self.idle:
                return self.idle.pop()
            self.opened += 1  # the slot is ours while we connect, outside the lock
        try:
            conn = psycopg2.connect(**connect_kwargs(settings))
            conn.autocommit = False
        except BaseException:
            self.forget()
            raise
        return conn

    def release(self, conn: Connection) -> None:
        """Back to the idle list, outside any transaction; a broken one is closed instead."""
        if not conn.closed:
            try:
                if conn.get_transaction_status() != psycopg2.extensions.TRANSACTION_STATUS_IDLE:
                    conn.rollback()
            except psycopg2.Error:
                _close(conn)
        if conn.closed:
            self.forget()
            return
        with self.cond:
            self.idle.append(conn)
            self.cond.notify()

    def forget(self) -> None:
        """A connection of this pool was closed: its slot is free."""
        with self.cond:
            self.opened -= 1
            self.cond.notify()

    def close_idle(self) -> None:
        """Close every idle connection: after one broke, the others (same server, same
        failover or restart) most likely did too, and a retry must get a fresh one."""
        with self.cond:
            idle, self.idle = self.idle, []
            self.opened -= len(idle)
            self.cond.notify_all()
        for conn in idle:
            _close(conn)

    def stats(self) -> dict[str, int]:
        with self.cond:
            return {"open": self.opened, "idle": len(self.idle)}


_pools: dict[tuple[Any, ...], _Pool] = {}
_pools_lock = threading.Lock()


def _target(settings: Settings) -> tuple[Any, ...]:
    """Where connections go (not the password: an IAM token changes on every connect)."""
    return (settings.db_host, settings.db_port, settings.db_name, settings.db_user)


def _pool(settings: Settings) -> _Pool:
    with _pools_lock:
        return _pools.setdefault(_target(settings), _Pool())


def pool_stats() -> dict[str, int]:
    """Open and idle connections of the current settings' pool (tests, benchmarks)."""
    return _pool(get_settings()).stats()


class _Slot:
    """A connection a thread holds, with its pool. Dropped with the thread's locals if the
    thread ends still holding it: then its slot is freed instead of leaking."""

    __slots__ = ("conn", "pool")

    def __init__(self, conn: Connection, pool: _Pool) -> None:
        self.conn: Connection | None = conn
        self.pool = pool

    def take(self) -> Connection | None:
        conn, self.conn = self.conn, None
        return conn

    def __del__(self) -> None:
        conn = self.take()
        if conn is not None:
            _close(conn)
            self.pool.forget()


class _Held(threading.local):
    """The connection this thread holds (leased, or kept by :func:`get_connection`) and how
    many :func:`lease` blocks of this thread are open."""

    slot: _Slot | None = None
    depth: int = 0


_held = _Held()


_client_lock = threading.Lock()


@functools.cache
def _rds_client(region: str) -> Any:
    """Created once per container: building a boto3 client costs far more than signing a token,
    and run_agent asks for a DSN (so a token) on every record. Under a lock: boto3's default
    session must not build clients in two worker threads at once."""
    import boto3  # lazy: only on AWS, keeps local cold starts cheap

    with _client_lock:
        return boto3.client("rds", region_name=region)


def _iam_token(settings: Settings) -> str:
    client = _rds_client(settings.region)
    return str(
        client.generate_db_auth_token(
            DBHostname=settings.db_host, Port=settings.db_port, DBUsername=settings.db_user
        )
    )


def _application_name() -> str:
    function = os.environ.get("AWS_LAMBDA_FUNCTION_NAME")
    return f"careflow {function}"[:63] if function else "careflow"


def connect_kwargs(settings: Settings) -> dict[str, Any]:
    kwargs: dict[str, Any] = {
        "host": settings.db_host,
        "port": settings.db_port,
        "dbname": settings.db_name,
        "user": settings.db_user,
        "connect_timeout": 5,
        # Which function's container a session belongs to (pg_stat_activity, the bench).
        "application_name": _application_name(),
        # A connection whose server vanished without a FIN (failover, network cut) is noticed
        # within ~10 s instead of hanging until the function times out.
        "keepalives": 1,
        "keepalives_idle": 5,
        "keepalives_interval": 2,
        "keepalives_count": 2,
    }
    if settings.db_auth == "iam":
        kwargs["password"] = _iam_token(settings)
        kwargs["sslmode"] = "require"
    else:
        kwargs["password"] = settings.db_password
    return kwargs


def get_connection() -> Connection:
    """The connection this thread holds, leasing one from the pool if it holds none (a closed
    one is replaced). Outside :func:`lease` the thread keeps it until :func:`release_connection`
    or :func:`reset_connection`: for callers that manage their own transactions."""
    slot = _held.slot
    if slot is not None and slot.conn is not None and not slot.conn.closed:
        return slot.conn
    if slot is not None:
        reset_connection()
    settings = get_settings()
    pool = _pool(settings)
    conn = pool.acquire(settings)
    _held.slot = _Slot(conn, pool)
    return conn


def current_connection() -> Connection | None:
    """The connection this thread holds right now, if any (a thread between transactions
    holds none)."""
    slot = _held.slot
    return slot.conn if slot is not None else None


@contextlib.contextmanager
def lease() -> Iterator[Connection]:
    """This thread's connection for one unit of work, back in the pool when the outermost
    lease of the thread ends (a connection the thread kept before stays kept)."""
    outermost = _held.depth == 0 and _held.slot is None
    _held.depth += 1
    try:
        yield get_connection()
    finally:
        _held.depth -= 1
        if outermost:
            release_connection()


def release_connection() -> None:
    """Give this thread's connection back to the pool (rolled back if a transaction was left
    open)."""
    slot, _held.slot = _held.slot, None
    conn = slot.take() if slot is not None else None
    if slot is not None and conn is not None:
        slot.pool.release(conn)


def reset_connection() -> None:
    """Close this thread's connection; when it had broken (or the thread held none), the
    pool's idle ones too (most likely broken by the same cause: a restart, a failover). The
    next :func:`get_connection` opens a fresh one."""
    slot, _held.slot = _held.slot, None
    conn = slot.take() if slot is not None else None
    if slot is None:  # a fresh start (tests, changed settings): every pool's idle ones
        with _pools_lock:
            pools = list(_pools.values())
        for pool in pools:
            pool.close_idle()
        return
    broken = conn is None or bool(conn.closed)
    if conn is not None:
        _close(conn)
        slot.pool.forget()
    if broken:
        slot.pool.close_idle()


def _close(conn: Connection) -> None:
    if not conn.closed:
        with contextlib.suppress(psycopg2.Error):
            conn.close()


def dsn(settings: Settings) -> str:
    """A libpq connection string for the application role (used by the LangGraph checkpointer)."""
    kw = connect_kwargs(settings)
    parts = [f"{k}={_q(str(v))}" for k, v in kw.items() if v is not None]
    return " ".join(parts)


def _q(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
