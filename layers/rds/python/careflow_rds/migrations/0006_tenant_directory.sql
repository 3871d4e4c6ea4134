-- The tenant directory: which tenant ids exist, for refilling the tenant-configuration cache in
-- Redis (careflow_rds.tenant_loader.refill_tenant_directory). Row-level security shows the
-- application role only the tenant of its transaction, so listing goes through one function that
-- returns ids and nothing else of any tenant; configurations are then read tenant by tenant,
-- under row-level security as always.

-- The function runs as its owner (the role applying this migration), which FORCE ROW LEVEL
-- SECURITY binds as well: this policy lets that role, and no other, see every tenant row.
CREATE POLICY tenant_directory ON tenants FOR SELECT TO CURRENT_USER USING (true);

CREATE FUNCTION tenant_directory() RETURNS SETOF text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $$ SELECT tenant_id FROM public.tenants ORDER BY tenant_id $$;

REVOKE ALL ON FUNCTION tenant_directory() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tenant_directory() TO careflow_app;
