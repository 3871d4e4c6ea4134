"""Fixtures of the agent graph's Postgres tests.

By default they use the session fixtures of ``tests/conftest.py`` -- ``migrated_db``,
``app_dsn`` and ``owner_dsn`` -- i.e. the real local Postgres, migrated with every file in
``careflow_rds/migrations`` (including ``0005_langgraph_checkpoints.sql``).

To run them against a throwaway cluster of your own instead (for example while the shared
services are down), set ``CAREFLOW_AGENTS_TEST_PG`` to that cluster's superuser libpq DSN,
e.g. ``host=127.0.0.1 port=55990 user=postgres``. The three fixtures are then overridden here:
the cluster is migrated with the project's own migration runner, the same way.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator

import pytest

_OVERRIDE = os.environ.get("CAREFLOW_AGENTS_TEST_PG")

if _OVERRIDE:
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    _ADMIN = conninfo_to_dict(_OVERRIDE)
    _DB = "careflow_agents_test"
    _OWNER = ("careflow_owner", "dev-only-owner")
    _APP = ("careflow_app", "dev-only-app")

    @pytest.fixture(scope="session")
    def migrated_db() -> None:
        from careflow_rds.migrate import DbRoles, migrate

        migrate(
            DbRoles(
                host=str(_ADMIN.get("host", "127.0.0.1")),
                port=int(_ADMIN.get("port", 5432)),
                dbname=_DB,
                admin_user=str(_ADMIN.get("user", "postgres")),
                admin_password=str(_ADMIN.get("password", "")),
                owner_user=_OWNER[0],
                owner_password=_OWNER[1],
                app_user=_APP[0],
                app_password=_APP[1],
            )
        )

    @pytest.fixture(scope="session")
    def app_dsn(migrated_db: None) -> str:
        return make_conninfo(_OVERRIDE, dbname=_DB, user=_APP[0], password=_APP[1])

    @pytest.fixture(scope="session")
    def owner_dsn(migrated_db: None) -> str:
        return make_conninfo(_OVERRIDE, dbname=_DB, user=_OWNER[0], password=_OWNER[1])


@pytest.fixture
def fresh_checkpointer(app_dsn: str) -> Iterator[Callable[[], object]]:
    """A factory of brand-new PostgresSavers (own connection), as a new Lambda container has."""
    from careflow_agents.checkpoint import reset_checkpointer

    opened: list[object] = []

    def make() -> object:
        import psycopg
        from langgraph.checkpoint.postgres import PostgresSaver

        from careflow_agents.checkpoint import connect_kwargs

        conn = psycopg.connect(app_dsn, **connect_kwargs())
        opened.append(conn)
        return PostgresSaver(conn)

    yield make
    for conn in opened:
        conn.close()  # type: ignore[attr-defined]
    reset_checkpointer()


@pytest.fixture
def case_id() -> str:
    return f"case-{uuid.uuid4()}"
