"""The container's Postgres pool on the real server: connections are shared between threads and
tenants, and no tenant setting (row-level security) survives on a reused connection."""

from __future__ import annotations

import gc
import threading
from concurrent.futures import ThreadPoolExecutor

import psycopg2
import pytest

from careflow_rds import connection
from careflow_rds import repositories as repo
from careflow_rds.tenancy import tenant_transaction
from careflow_shared.db_pool import POOL_SIZE_ENV


@pytest.fixture
def one_connection(monkeypatch, migrated_db):
    """A pool of exactly one connection for the current settings (fresh: no idle ones left
    from earlier tests, so every transaction below shares the same backend)."""
    monkeypatch.setenv(POOL_SIZE_ENV, "1")
    connection.release_connection()
    connection.reset_connection()  # the pool's idle connections are closed
    yield
    connection.release_connection()
    connection.reset_connection()


@pytest.fixture
def two_tenants(tenant_factory):
    a, b = tenant_factory("pool-a")["tenant_id"], tenant_factory("pool-b")["tenant_id"]
    for t in (a, b):
        with tenant_transaction(t) as cur:
            repo.upsert_patient(cur, t, "whatsapp", "910000", "P")
    return a, b


def _who(cur) -> tuple[int, str | None, int]:
    """(backend pid, the tenant setting, patients visible) in this transaction."""
    cur.execute(
        "SELECT pg_backend_pid() AS pid, current_setting('app.tenant_id', true) AS tenant, "
        "(SELECT count(*) FROM patients)::int AS patients"
    )
    row = cur.fetchone()
    return int(row["pid"]), row["tenant"], int(row["patients"])


def _untenanted() -> tuple[int, str | None, int]:
    """The same, in a transaction that sets no tenant, on a leased connection."""
    with connection.lease() as conn, conn, conn.cursor() as cur:
        cur.execute(
            "SELECT pg_backend_pid(), current_setting('app.tenant_id', true), "
            "(SELECT count(*) FROM patients)::int"
        )
        pid, tenant, patients = cur.fetchone()
    return int(pid), tenant, int(patients)


def test_a_reused_connection_carries_no_tenant_into_the_next_transaction(
    one_connection, two_tenants
):
    a, b = two_tenants
    with tenant_transaction(a) as cur:
        pid_a, tenant, patients = _who(cur)
        assert (tenant, patients) == (a, 1)
    assert connection.current_connection() is None  # back in the pool between transactions
    with tenant_transaction(b) as cur:
        pid_b, tenant, patients = _who(cur)
        assert (tenant, patients) == (b, 1)  # b's row only, never a's
    assert pid_a == pid_b  # one backend served both tenants
    pid, tenant, patients = _untenanted()
    assert pid == pid_a
    assert not tenant and patients == 0  # nothing of b's left on the connection


def test_a_failed_transaction_leaves_no_tenant_behind(one_connection, two_tenants):
    a, _ = two_tenants
    with pytest.raises(psycopg2.errors.DivisionByZero), tenant_transaction(a) as cur:
        first = _who(cur)[0]
        cur.execute("SELECT 1 / 0")
    pid, tenant, patients = _untenanted()
    assert pid == first
    assert not tenant and patients == 0


def test_a_transaction_left_open_is_rolled_back_before_the_connection_is_shared(
    one_connection, two_tenants
):
    a, _ = two_tenants
    conn = connection.get_connection()  # kept by this thread, its transaction managed by hand
    with conn.cursor() as cur:
        cur.execute("SELECT set_config('app.tenant_id', %s, true)", (a,))
        cur.execute("SELECT pg_backend_pid()")
        first = cur.fetchone()[0]
    connection.release_connection()  # given back in the middle of the transaction
    pid, tenant, patients = _untenanted()
    assert pid == first
    assert not tenant and patients == 0


def test_threads_share_a_bounded_pool_and_each_transaction_sees_only_its_tenant(
    monkeypatch, migrated_db, tenant_factory
):
    tenants = [tenant_factory(f"pool-{i}")["tenant_id"] for i in range(6)]
    for t in tenants:
        with tenant_transaction(t) as cur:
            repo.upsert_patient(cur, t, "whatsapp", "920000", "P")
    monkeypatch.setenv(POOL_SIZE_ENV, "3")
    connection.reset_connection()
    seen: list[tuple[str, int, str | None, int]] = []
    lock = threading.Lock()
    most_open = 0

    def work(i: int) -> None:
        nonlocal most_open
        tenant = tenants[i % len(tenants)]
        with tenant_transaction(tenant) as cur:
            pid, setting, patients = _who(cur)
            with lock:
                seen.append((tenant, pid, setting, patients))
                most_open = max(most_open, connection.pool_stats()["open"])

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(work, range(120)))
    assert len(seen) == 120
    assert all(setting == tenant and patients == 1 for tenant, _, setting, patients in seen)
    assert len({pid for _, pid, _, _ in seen}) <= 3 and most_open <= 3
    # One backend served several tenants: the sharing above is real.
    by_pid: dict[int, set[str]] = {}
    for tenant, pid, _, _ in seen:
        by_pid.setdefault(pid, set()).add(tenant)
    assert max(len(ts) for ts in by_pid.values()) > 1
    connection.reset_connection()


def test_a_thread_that_ends_holding_a_connection_frees_its_slot(one_connection):
    def keep() -> None:
        connection.get_connection()

    thread = threading.Thread(target=keep)
    thread.start()
    thread.join()
    gc.collect()
    assert connection.pool_stats()["open"] == 0
    with tenant_transaction("nobody") as cur:  # the one slot is free again
        cur.execute("SELECT 1")


# --- run_agent's checkpointer (psycopg 3): the same, for its pooled savers --------------------


def test_a_pooled_checkpointer_connection_carries_no_tenant_to_the_next_lease(monkeypatch, app_dsn):
    from careflow_agents import checkpoint

    monkeypatch.setenv(POOL_SIZE_ENV, "1")
    checkpoint.reset_checkpointer()
    with checkpoint.lease_saver(app_dsn) as saver, checkpoint.tenant_scope(saver, "pool-ck-a"):
        first = saver.conn.execute(
            "SELECT pg_backend_pid() AS pid, current_setting('app.tenant_id', true) AS t"
        ).fetchone()
        assert first["t"] == "pool-ck-a"
    assert checkpoint.current_saver() is None
    with checkpoint.lease_saver(app_dsn) as saver:
        again = saver.conn.execute(
            "SELECT pg_backend_pid() AS pid, current_setting('app.tenant_id', true) AS t"
        ).fetchone()
    assert again["pid"] == first["pid"]  # the same connection, lent again
    assert not again["t"]
    with (
        pytest.raises(ZeroDivisionError),
        checkpoint.lease_saver(app_dsn) as saver,
        checkpoint.tenant_scope(saver, "pool-ck-b"),
    ):
        raise ZeroDivisionError  # a turn that failed inside its transaction
    with checkpoint.lease_saver(app_dsn) as saver:
        after = saver.conn.execute(
            "SELECT pg_backend_pid() AS pid, current_setting('app.tenant_id', true) AS t"
        ).fetchone()
    assert after["pid"] == first["pid"] and not after["t"]
    checkpoint.reset_checkpointer()


def test_turn_savers_of_several_threads_share_a_bounded_pool(monkeypatch, app_dsn):
    from careflow_agents import checkpoint

    monkeypatch.setenv(POOL_SIZE_ENV, "2")
    checkpoint.reset_checkpointer()
    seen: list[tuple[str, str]] = []
    lock = threading.Lock()

    def turn(i: int) -> None:
        saver = checkpoint.get_turn_saver(app_dsn)
        assert checkpoint.get_turn_saver(app_dsn) is saver  # one per thread
        tenant = f"pool-ck-{i % 5}"
        saver.tenant_id = tenant
        with saver.lease() as inner, checkpoint.tenant_scope(inner, tenant):
            row = inner.conn.execute("SELECT current_setting('app.tenant_id', true) AS t")
            with lock:
                seen.append((tenant, row.fetchone()["t"]))

    with ThreadPoolExecutor(6) as pool:
        list(pool.map(turn, range(60)))
    assert len(seen) == 60 and all(want == got for want, got in seen)
    assert checkpoint.saver_pool_stats(app_dsn)["open"] <= 2
    checkpoint.reset_checkpointer()
