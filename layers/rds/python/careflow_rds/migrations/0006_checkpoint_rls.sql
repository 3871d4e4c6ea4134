-- Row-level security on LangGraph's checkpoint tables, forced like every other tenant table.
--
-- The tables (0005) have no tenant_id column, but every thread id is "<tenant_id>:<case_id>"
-- (careflow_agents.checkpoint.thread_id) and a tenant id never contains ':' (see tenants'
-- CHECK), so the thread id's first part is the tenant. The policy binds reads, updates, deletes
-- and, through WITH CHECK, inserts: a transaction that set app.tenant_id to one tenant neither
-- sees nor writes another tenant's threads. NULLIF: outside any tenant transaction the setting
-- is NULL or '' and no thread matches (not even one named ":x").
-- The checkpointer sets the tenant per transaction (careflow_agents.checkpoint.tenant_scope).
--
-- Written to be safe if run again (DROP POLICY IF EXISTS; the ALTERs are idempotent).

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['checkpoints', 'checkpoint_blobs', 'checkpoint_writes']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('DROP POLICY IF EXISTS tenant_isolation ON %I', t);
        EXECUTE format(
            'CREATE POLICY tenant_isolation ON %I '
            'USING (split_part(thread_id, '':'', 1) = NULLIF(current_setting(''app.tenant_id'', true), '''')) '
            'WITH CHECK (split_part(thread_id, '':'', 1) = NULLIF(current_setting(''app.tenant_id'', true), ''''))',
            t);
    END LOOP;
END $$;

-- The library's schema version is ours to change (by migration), never the application's.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON checkpoint_migrations FROM careflow_app;
