"""Row-level security and the roles behind it, on the real Postgres."""

import psycopg2
import pytest

from careflow_rds import repositories as repo
from careflow_rds.tenancy import tenant_transaction


@pytest.fixture
def two_tenants(tenant_factory):
    a, b = tenant_factory("rls-a"), tenant_factory("rls-b")
    cases = {}
    for t in (a, b):
        with tenant_transaction(t["tenant_id"]) as cur:
            patient = repo.upsert_patient(cur, t["tenant_id"], "whatsapp", "900000", "P")
            cases[t["tenant_id"]] = str(repo.open_case(cur, t["tenant_id"], patient)["case_id"])
    return a["tenant_id"], b["tenant_id"], cases


def test_a_tenant_never_sees_another_tenants_rows_even_when_asking_for_them(two_tenants):
    a, b, cases = two_tenants
    with tenant_transaction(a) as cur:
        cur.execute("SELECT case_id FROM cases WHERE tenant_id = %s", (b,))
        assert cur.fetchall() == []
        cur.execute("SELECT case_id FROM cases WHERE case_id = %s", (cases[b],))
        assert cur.fetchall() == []
        cur.execute("SELECT count(*) AS n FROM patients WHERE tenant_id <> %s", (a,))
        assert cur.fetchone()["n"] == 0
        assert repo.get_case(cur, a, cases[b]) is None
        assert repo.get_case(cur, a, cases[a]) is not None


def test_writing_a_row_for_another_tenant_is_refused(two_tenants):
    a, b, _ = two_tenants
    with pytest.raises(psycopg2.errors.InsufficientPrivilege), tenant_transaction(a) as cur:
        cur.execute("INSERT INTO patients (tenant_id, display_name) VALUES (%s, 'x')", (b,))


def test_without_a_tenant_setting_nothing_is_visible(two_tenants, app_dsn):
    conn = psycopg2.connect(app_dsn)
    try:
        with conn, conn.cursor() as cur:
            cur.execute("SELECT count(*) FROM cases")
            assert cur.fetchone()[0] == 0
            cur.execute("SELECT rolbypassrls, rolsuper FROM pg_roles WHERE rolname = current_user")
            assert cur.fetchone() == (False, False)
            cur.execute(
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' "
                "AND tableowner = current_user"
            )
            assert cur.fetchone()[0] == 0  # the application owns no table: RLS binds it
    finally:
        conn.close()


def test_every_tenant_table_has_forced_row_level_security(owner_dsn):
    conn = psycopg2.connect(owner_dsn)
    try:
        with conn, conn.cursor() as cur:
            cur.execute(
                "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c "
                "JOIN information_schema.columns col ON col.table_name = c.relname "
                "AND col.column_name = 'tenant_id' AND col.table_schema = 'public' "
                "WHERE c.relkind = 'r'"
            )
            rows = cur.fetchall()
        assert len(rows) >= 11
        assert [r[0] for r in rows if not (r[1] and r[2])] == []
    finally:
        conn.close()


def test_case_events_are_append_only(two_tenants):
    a, _, cases = two_tenants
    with tenant_transaction(a) as cur:
        repo.append_event(cur, a, cases[a], "ev-append-only", "case.note", {"n": 1})
    with pytest.raises(psycopg2.Error), tenant_transaction(a) as cur:
        cur.execute("UPDATE case_events SET payload = '{}' WHERE event_id = 'ev-append-only'")
    with pytest.raises(psycopg2.Error), tenant_transaction(a) as cur:
        cur.execute("DELETE FROM case_events WHERE event_id = 'ev-append-only'")


def test_migrations_are_idempotent(migrated_db):
    from careflow_local.db import run_migrations

    assert run_migrations() == []
