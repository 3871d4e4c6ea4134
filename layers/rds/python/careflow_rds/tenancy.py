"""Tenant-scoped transactions: the only way application code touches Postgres."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg2
import psycopg2.extensions
import psycopg2.extras

from careflow_rds.connection import get_connection, reset_connection


@contextmanager
def tenant_transaction(
    tenant_id: str, conn: psycopg2.extensions.connection | None = None
) -> Iterator[psycopg2.extras.RealDictCursor]:
    """A transaction in which row-level security sees only ``tenant_id``'s rows.

    ``set_config(..., true)`` is transaction-local, so the setting disappears at commit or
    rollback; nothing survives on the connection for the next tenant.
    """
    connection = conn or get_connection()
    try:
        # ``with connection`` commits on success and rolls back on error
        with connection, connection.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute("SELECT set_config('app.tenant_id', %s, true)", (tenant_id,))
            yield cur
    except (psycopg2.OperationalError, psycopg2.InterfaceError):
        if conn is None:
            reset_connection()  # broken connection: the next call opens a fresh one
        raise
