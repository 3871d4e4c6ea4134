"""Our migration 0005 builds exactly the schema langgraph-checkpoint-postgres' setup() builds.

setup() is run for real, into this session's temporary schema (so no DDL rights on public are
needed and nothing is left behind), and the two schemas are compared column by column, index by
index, together with the version rows that tell the library it is set up.
"""

from __future__ import annotations

import psycopg
import pytest
from psycopg.rows import dict_row

pytestmark = pytest.mark.usefixtures("migrated_db")

TABLES = ("checkpoint_migrations", "checkpoints", "checkpoint_blobs", "checkpoint_writes")


def _schema(conn: psycopg.Connection, schema: str) -> dict[str, object]:
    columns = conn.execute(
        "SELECT table_name, column_name, data_type, is_nullable, column_default, ordinal_position "
        "FROM information_schema.columns WHERE table_schema = %s AND table_name = ANY(%s) "
        "ORDER BY table_name, column_name",
        (schema, list(TABLES)),
    ).fetchall()
    indexes = conn.execute(
        "SELECT tablename, indexname, regexp_replace(indexdef, ' ON [^ ]+[.]', ' ON ') AS indexdef "
        "FROM pg_indexes WHERE schemaname = %s AND tablename = ANY(%s) ORDER BY indexname",
        (schema, list(TABLES)),
    ).fetchall()
    versions = [
        r["v"] for r in conn.execute(f'SELECT v FROM "{schema}".checkpoint_migrations ORDER BY v')
    ]
    return {"columns": columns, "indexes": indexes, "versions": versions}


def test_migration_matches_library_setup(owner_dsn):
    from langgraph.checkpoint.postgres import PostgresSaver

    with psycopg.connect(
        owner_dsn, autocommit=True, prepare_threshold=None, row_factory=dict_row
    ) as conn:
        conn.execute(
            "CREATE TEMP TABLE _agents_probe (x int)"
        )  # materialise this session's temp schema
        temp = conn.execute(
            "SELECT nspname FROM pg_namespace WHERE oid = pg_my_temp_schema()"
        ).fetchone()["nspname"]
        conn.execute(f'SET search_path TO "{temp}"')
        PostgresSaver(conn).setup()  # type: ignore[arg-type]
        conn.execute("SET search_path TO public")
        ours, library = _schema(conn, "public"), _schema(conn, temp)
    assert len(ours["columns"]) == 1 + 7 + 6 + 9
    assert ours == library


def test_application_role_uses_the_tables_without_setup(app_dsn):
    from langgraph.checkpoint.postgres import PostgresSaver

    with psycopg.connect(
        app_dsn, autocommit=True, prepare_threshold=None, row_factory=dict_row
    ) as conn:
        from langgraph.checkpoint.base import empty_checkpoint

        from careflow_agents.checkpoint import tenant_scope

        saver = PostgresSaver(conn)  # type: ignore[arg-type]
        config = {"configurable": {"thread_id": "schema-probe:1", "checkpoint_ns": ""}}
        with tenant_scope(saver, "schema-probe"):
            saved = saver.put(config, empty_checkpoint(), {"source": "input", "step": -1}, {})
            assert saver.get_tuple(saved) is not None
            conn.execute("DELETE FROM checkpoints WHERE thread_id = 'schema-probe:1'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("CREATE TABLE agents_should_not_create (x int)")
