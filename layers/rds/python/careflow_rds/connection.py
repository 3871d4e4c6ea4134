"""One reusable psycopg2 connection per container, password or IAM (RDS Proxy) authentication."""

from __future__ import annotations

from typing import Any

import psycopg2
import psycopg2.extensions
import psycopg2.extras

from careflow_shared.settings import Settings, get_settings

_conn: psycopg2.extensions.connection | None = None


def _iam_token(settings: Settings) -> str:
    import boto3  # lazy: only on AWS, keeps local cold starts cheap

    client = boto3.client("rds", region_name=settings.region)
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
    }
    if settings.db_auth == "iam":
        kwargs["password"] = _iam_token(settings)
        kwargs["sslmode"] = "require"
    else:
        kwargs["password"] = settings.db_password
    return kwargs


def get_connection() -> psycopg2.extensions.connection:
    """The container's connection, reconnecting when a previous one broke or was closed."""
    global _conn
    if _conn is None or _conn.closed:
        _conn = psycopg2.connect(**connect_kwargs(get_settings()))
        _conn.autocommit = False
    return _conn


def reset_connection() -> None:
    global _conn
    if _conn is not None and not _conn.closed:
        _conn.close()
    _conn = None


def dsn(settings: Settings) -> str:
    """A libpq connection string for the application role (used by the LangGraph checkpointer)."""
    kw = connect_kwargs(settings)
    parts = [f"{k}={_q(str(v))}" for k, v in kw.items() if v is not None]
    return " ".join(parts)


def _q(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
