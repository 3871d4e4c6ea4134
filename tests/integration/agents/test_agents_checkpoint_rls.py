"""Row-level security on LangGraph's checkpoint tables (migration 0006), as the application role.

The thread id is ``"<tenant_id>:<case_id>"``; a transaction sees and writes only the threads of
the tenant in ``app.tenant_id``, as every other table. The outside test that found the hole read
and updated another tenant's checkpoints as the application role: here that fails, while a whole
turn, an approval's resume and forgetting a case still work through ``tenant_scope``.
"""

from __future__ import annotations

import threading
import uuid

import psycopg
import pytest
from psycopg.rows import dict_row

from careflow_agents import forget_case, resume_turn, run_turn, thread_id
from careflow_agents.checkpoint import tenant_scope
from careflow_agents.config import demo_tenant
from tests.integration.agents.helpers import checkpoint_dump, count_rows, make_turn

pytestmark = pytest.mark.usefixtures("migrated_db")

TABLES = ("checkpoints", "checkpoint_blobs", "checkpoint_writes")
QUOTE = "How much is a hair transplant?"  # a price quote: checkpoints, blobs and pending writes


def _tenant(prefix: str):
    return demo_tenant(f"{prefix}-{uuid.uuid4().hex[:8]}")


def _as(conn: psycopg.Connection, tenant_id: str) -> None:
    conn.execute("SELECT set_config('app.tenant_id', %s, true)", (tenant_id,))


def test_every_checkpoint_table_has_a_forced_tenant_policy(app_dsn):
    with psycopg.connect(app_dsn) as conn:
        rows = conn.execute(
            "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, count(p.polname) "
            "FROM pg_class c LEFT JOIN pg_policy p ON p.polrelid = c.oid "
            "WHERE c.relname = ANY(%s) AND c.relnamespace = 'public'::regnamespace "
            "GROUP BY 1, 2, 3 ORDER BY 1",
            (list(TABLES),),
        ).fetchall()
    assert rows == [(t, True, True, 1) for t in sorted(TABLES)]


def test_one_tenant_can_neither_read_nor_change_another_tenants_checkpoints(
    fresh_checkpointer, app_dsn
):
    victim, attacker = _tenant("rls-victim"), _tenant("rls-attacker")
    case = f"case-{uuid.uuid4()}"
    run_turn(make_turn(victim, case, QUOTE, "enquiry"), checkpointer=fresh_checkpointer())
    run_turn(make_turn(attacker, case, QUOTE, "enquiry"), checkpointer=fresh_checkpointer())
    theirs = thread_id(victim.tenant_id, case)
    before = checkpoint_dump(app_dsn, theirs)
    assert before and count_rows(app_dsn, theirs) == 1

    # The outside test's attack: as one tenant, read and rewrite every other tenant's threads.
    with psycopg.connect(app_dsn) as conn:
        _as(conn, attacker.tenant_id)
        for table in TABLES:
            seen = conn.execute(
                f"SELECT count(*) FROM {table} WHERE split_part(thread_id, ':', 1) <> %s",
                (attacker.tenant_id,),
            ).fetchone()
            assert seen == (0,), table
            assert conn.execute(
                f"SELECT count(*) FROM {table} WHERE thread_id = %s", (theirs,)
            ).fetchone() == (0,)
        updated = conn.execute(
            "UPDATE checkpoints SET metadata = '{}'::jsonb WHERE thread_id <> ''"
        ).rowcount
        assert updated == 1  # its own thread only
        for table in TABLES:
            deleted = conn.execute(f"DELETE FROM {table} WHERE thread_id = %s", (theirs,))
            assert deleted.rowcount == 0, table
        conn.rollback()

    # Writing into another tenant's thread (or moving one's own row there) is refused.
    with psycopg.connect(app_dsn) as conn:
        _as(conn, attacker.tenant_id)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO checkpoints (thread_id, checkpoint_id, checkpoint) "
                "VALUES (%s, 'forged', '{}'::jsonb)",
                (theirs,),
            )
    with psycopg.connect(app_dsn) as conn:
        _as(conn, attacker.tenant_id)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "UPDATE checkpoint_blobs SET thread_id = %s WHERE thread_id = %s",
                (theirs + "-x", thread_id(attacker.tenant_id, case)),
            )

    # Without any tenant (autocommit, as the library's own connection runs): nothing at all.
    with psycopg.connect(app_dsn, autocommit=True) as conn:
        for table in TABLES:
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table
        assert conn.execute("DELETE FROM checkpoints").rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO checkpoint_migrations (v) VALUES (999)")

    assert checkpoint_dump(app_dsn, theirs) == before  # the victim's thread is untouched


def test_turn_resume_and_forget_work_under_the_policy(fresh_checkpointer, app_dsn):
    tenant = _tenant("rls-flow")
    case = f"case-{uuid.uuid4()}"
    quoted = run_turn(make_turn(tenant, case, QUOTE, "enquiry"), checkpointer=fresh_checkpointer())
    assert quoted.action == "await_approval"
    approval = {"approval_id": "a-1", "decision": "approve", "approved_by": "coordinator-1"}
    resumed = resume_turn(tenant, case, "m-2", approval, checkpointer=fresh_checkpointer())
    assert resumed.action != "await_approval" and not resumed.replayed
    again = resume_turn(tenant, case, "m-2", approval, checkpointer=fresh_checkpointer())
    assert again.replayed  # the resume was checkpointed and is read back as the tenant
    assert count_rows(app_dsn, thread_id(tenant.tenant_id, case)) == 2

    forget_case(tenant.tenant_id, case, checkpointer=fresh_checkpointer())
    assert checkpoint_dump(app_dsn, thread_id(tenant.tenant_id, case)) == b""


def test_a_saver_outside_a_tenant_scope_can_write_nothing(fresh_checkpointer):
    from langgraph.checkpoint.base import empty_checkpoint

    saver = fresh_checkpointer()
    config = {"configurable": {"thread_id": f"rls-none:{uuid.uuid4()}", "checkpoint_ns": ""}}
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        saver.put(config, empty_checkpoint(), {"source": "input", "step": -1}, {})


def test_one_connection_serves_tenants_in_turn_and_carries_none_over(app_dsn):
    """The container's single connection, tenant after tenant: each turn sees its own thread
    only, and after a turn the connection carries no tenant (nothing for RDS Proxy to pin or
    hand to the next client)."""
    from careflow_agents.checkpoint import get_checkpointer, reset_checkpointer

    reset_checkpointer()
    saver = get_checkpointer(app_dsn)
    first, second = _tenant("rls-one"), _tenant("rls-two")
    case = f"case-{uuid.uuid4()}"
    run_turn(make_turn(first, case, QUOTE, "enquiry", message_id="m-1"), checkpointer=saver)
    setting = saver.conn.execute("SELECT current_setting('app.tenant_id', true) AS t").fetchone()
    assert setting["t"] in (None, "")
    assert saver.conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
    # Same case id, other tenant: a new conversation, not the first tenant's recorded decision.
    other = run_turn(
        make_turn(second, case, QUOTE, "enquiry", message_id="m-1"), checkpointer=saver
    )
    assert not other.replayed
    with tenant_scope(saver, second.tenant_id):
        with (
            pytest.raises(RuntimeError, match="cannot switch tenants"),
            tenant_scope(saver, first.tenant_id),
        ):
            pass
        seen = saver.conn.execute("SELECT DISTINCT thread_id FROM checkpoints").fetchall()
    assert seen == [{"thread_id": thread_id(second.tenant_id, case)}]
    reset_checkpointer()


def test_a_scope_keeps_other_threads_off_its_connection(app_dsn):
    """While one tenant's transaction is open on the shared connection, another thread's scope
    waits for it instead of running its statements inside it (as the first tenant)."""
    with psycopg.connect(
        app_dsn, autocommit=True, prepare_threshold=None, row_factory=dict_row
    ) as conn:

        class Saver:  # all tenant_scope needs of a PostgresSaver
            pass

        saver = Saver()
        saver.conn = conn  # type: ignore[attr-defined]
        seen: list[str] = []
        inside = threading.Event()

        def other() -> None:
            inside.wait()
            with tenant_scope(saver, "rls-late"):
                row = conn.execute("SELECT current_setting('app.tenant_id', true) AS t").fetchone()
                seen.append(row["t"])

        worker = threading.Thread(target=other)
        worker.start()
        with tenant_scope(saver, "rls-early"):
            inside.set()
            worker.join(timeout=0.5)  # it cannot enter while this scope is open
            assert worker.is_alive() and not seen
        worker.join()
        assert seen == ["rls-late"]
