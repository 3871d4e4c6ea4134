"""Load a tenant's configuration from Postgres (the cache loader of the tenant-context layer)."""

from __future__ import annotations

from careflow_rds.repositories import get_tenant
from careflow_rds.tenancy import tenant_transaction
from careflow_shared.tenant_config import TenantConfig


def load_tenant_config(tenant_id: str) -> TenantConfig | None:
    with tenant_transaction(tenant_id) as cur:
        row = get_tenant(cur, tenant_id)
    if row is None:
        return None
    return TenantConfig.model_validate(
        {**row["config"], "tenant_id": row["tenant_id"], "display_name": row["display_name"]}
    )
