"""One reusable psycopg2 connection per container, password or IAM (RDS Proxy) authentication."""

from __future__ import annotations

import contextlib
import functools
import threading
from typing import Any

import psycopg2
import psycopg2.extensions
import psycopg2.extras

from careflow_shared.settings import Settings, get_settings


class _PerThread(threading.local):
    """One connection per thread: on Lambda that is one per container; in the local harness,
    where each function's container is a thread, the same holds."""

    conn: psycopg2.extensions.connection | None = None


_local = _PerThread()


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


def connect_kwargs(settings: Settings) -> dict[str, Any]:
    kwargs: dict[str, Any] = {
        "host": settings.db_host,
        "port": settings.db_port,
        "dbname": settings.db_name,
        "user": settings.db_user,
        "connect_timeout": 5,
        "application_name": "careflow",
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


def get_connection() -> psycopg2.extensions.connection:
    """The container's connection, reconnecting when a previous one broke or was closed."""
    conn = _local.conn
    if conn is None or conn.closed:
        conn = psycopg2.connect(**connect_kwargs(get_settings()))
        conn.autocommit = False
        _local.conn = conn
    return conn


def reset_connection() -> None:
    conn, _local.conn = _local.conn, None
    if conn is not None and not conn.closed:
        with contextlib.suppress(psycopg2.Error):
            conn.close()


def dsn(settings: Settings) -> str:
    """A libpq connection string for the application role (used by the LangGraph checkpointer)."""
    kw = connect_kwargs(settings)
    parts = [f"{k}={_q(str(v))}" for k, v in kw.items() if v is not None]
    return " ".join(parts)


def _q(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
