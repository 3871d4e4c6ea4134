"""Versioned SQL migrations, applied idempotently.

Two steps, two roles, because row-level security only binds a role that neither owns the tables
nor bypasses RLS:

1. as the admin (local superuser, RDS master user): make sure the owner and application roles
   exist and may connect;
2. as the owner: apply every ``migrations/NNNN_name.sql`` not yet recorded in
   ``schema_migrations``, each in its own transaction, under an advisory lock so two concurrent
   ``careflow migrate`` runs cannot both apply a file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import psycopg2
import psycopg2.extensions
from psycopg2 import sql

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_LOCK_KEY = 0x0CA2EF10


@dataclass(frozen=True)
class DbRoles:
    host: str
    port: int
    dbname: str
    admin_user: str
    admin_password: str
    owner_user: str
    owner_password: str
    app_user: str
    app_password: str


def migration_files() -> list[Path]:
    return sorted(p for p in MIGRATIONS_DIR.glob("[0-9][0-9][0-9][0-9]_*.sql"))


def _connect(
    roles: DbRoles, user: str, password: str, dbname: str
) -> psycopg2.extensions.connection:
    return psycopg2.connect(
        host=roles.host,
        port=roles.port,
        dbname=dbname,
        user=user,
        password=password,
        connect_timeout=5,
    )


def ensure_roles(roles: DbRoles) -> None:
    conn = _connect(roles, roles.admin_user, roles.admin_password, "postgres")
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", (roles.dbname,))
            if cur.fetchone() is None:
                cur.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(roles.dbname)))
            for user, password in (
                (roles.owner_user, roles.owner_password),
                (roles.app_user, roles.app_password),
            ):
                cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (user,))
                verb = "ALTER" if cur.fetchone() else "CREATE"
                cur.execute(
                    sql.SQL(verb + " ROLE {} LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD {}").format(
                        sql.Identifier(user), sql.Literal(password)
                    )
                )
    finally:
        conn.close()
    conn = _connect(roles, roles.admin_user, roles.admin_password, roles.dbname)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            owner, app = sql.Identifier(roles.owner_user), sql.Identifier(roles.app_user)
            db = sql.Identifier(roles.dbname)
            for stmt in (
                "GRANT CONNECT ON DATABASE {db} TO {owner}, {app}",
                "GRANT USAGE, CREATE ON SCHEMA public TO {owner}",
                "GRANT USAGE ON SCHEMA public TO {app}",
            ):
                cur.execute(sql.SQL(stmt).format(db=db, owner=owner, app=app))
            # On RDS the application logs in through RDS Proxy with an IAM token.
            cur.execute("SELECT 1 FROM pg_roles WHERE rolname = 'rds_iam'")
            if cur.fetchone():
                cur.execute(sql.SQL("GRANT rds_iam TO {app}").format(app=app))
    finally:
        conn.close()


def apply_migrations(roles: DbRoles) -> list[str]:
    """Apply pending migrations as the owner; return the names applied in this run."""
    conn = _connect(roles, roles.owner_user, roles.owner_password, roles.dbname)
    applied: list[str] = []
    try:
        with conn, conn.cursor() as cur:
            cur.execute("SELECT pg_advisory_lock(%s)", (_LOCK_KEY,))
            cur.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations ("
                " version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
            )
            cur.execute(
                sql.SQL(
                    "ALTER DEFAULT PRIVILEGES IN SCHEMA public "
                    "GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {app}"
                ).format(app=sql.Identifier(roles.app_user))
            )
            cur.execute(
                sql.SQL(
                    "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {app}"
                ).format(app=sql.Identifier(roles.app_user))
            )
        for path in migration_files():
            version = path.stem
            with conn, conn.cursor() as cur:
                cur.execute("SELECT 1 FROM schema_migrations WHERE version = %s", (version,))
                if cur.fetchone():
                    continue
                cur.execute(path.read_text())
                cur.execute("INSERT INTO schema_migrations (version) VALUES (%s)", (version,))
                applied.append(version)
        with conn, conn.cursor() as cur:
            cur.execute("SELECT pg_advisory_unlock(%s)", (_LOCK_KEY,))
    finally:
        conn.close()
    return applied


def migrate(roles: DbRoles) -> list[str]:
    ensure_roles(roles)
    return apply_migrations(roles)
