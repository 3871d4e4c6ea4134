"""Tenant-scoped transactions: the only way application code touches Postgres."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress

import psycopg2
import psycopg2.extensions
import psycopg2.extras

from careflow_rds.connection import get_connection, lease, reset_connection
from careflow_shared.telemetry.spans import span


@contextmanager
def tenant_transaction(
    tenant_id: str, conn: psycopg2.extensions.connection | None = None
) -> Iterator[psycopg2.extras.RealDictCursor]:
    """A transaction in which row-level security sees only ``tenant_id``'s rows (see
    :func:`_transaction`), as one ``db.transaction`` span: no statement text, no values."""
    attributes = {
        "db.system.name": "postgresql",
        "db.system": "postgresql",
        "db.operation.name": "transaction",
        "careflow.tenant": tenant_id,
    }
    with (
        span("db.transaction", kind="client", attributes=attributes),
        _transaction(tenant_id, conn) as cur,
    ):
        yield cur


@contextmanager
def _transaction(
    tenant_id: str, conn: psycopg2.extensions.connection | None = None
) -> Iterator[psycopg2.extras.RealDictCursor]:
    """A transaction in which row-level security sees only ``tenant_id``'s rows, on ``conn`` or
    on a connection leased from the container's pool for just this transaction (see
    :mod:`careflow_rds.connection`)."""
    if conn is not None:
        with _on(tenant_id, conn) as cur:
            yield cur
        return
    with lease(), _on(tenant_id, None) as cur:
        yield cur


@contextmanager
def _on(
    tenant_id: str, conn: psycopg2.extensions.connection | None
) -> Iterator[psycopg2.extras.RealDictCursor]:
    """The transaction itself, on ``conn`` or this thread's (leased) connection.

    ``set_config(..., true)`` is transaction-local, so the setting disappears at commit or
    rollback; nothing survives on the connection for the next tenant (the pool shares it).

    A pooled connection may have died since its last use (Postgres restarted, an
    RDS failover, RDS Proxy closed it): then the transaction's first statement fails before any of
    the caller's work ran, so the connection is replaced and that statement tried once more. A
    failure later in the transaction is not retried here (the caller's work would run twice);
    the broken connection is dropped and the error raised (a transient error: retried by the
    event source mapping, or a 503 from the webhook).
    """
    owned = conn is None
    connection = conn or get_connection()
    try:
        cur = _begin(connection, tenant_id)
    except (psycopg2.OperationalError, psycopg2.InterfaceError):
        if not owned:
            raise
        reset_connection()
        connection = get_connection()
        try:
            cur = _begin(connection, tenant_id)
        except (psycopg2.OperationalError, psycopg2.InterfaceError):
            reset_connection()
            raise
    try:
        # ``with connection`` commits on success and rolls back on error
        with connection, cur:
            yield cur
    except (psycopg2.OperationalError, psycopg2.InterfaceError):
        if owned:
            reset_connection()  # broken connection: the next call opens a fresh one
        raise


def _begin(
    connection: psycopg2.extensions.connection, tenant_id: str
) -> psycopg2.extras.RealDictCursor:
    cur = connection.cursor(cursor_factory=psycopg2.extras.RealDictCursor)
    try:
        cur.execute("SELECT set_config('app.tenant_id', %s, true)", (tenant_id,))
    except BaseException:
        cur.close()
        if not connection.closed:
            with suppress(psycopg2.Error):
                connection.rollback()
        raise
    return cur
