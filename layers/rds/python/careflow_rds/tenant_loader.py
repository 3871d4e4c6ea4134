"""Load a tenant's configuration from Postgres (the cache loader of the tenant-context layer)."""

from __future__ import annotations

from careflow_rds.repositories import get_tenant
from careflow_rds.tenancy import tenant_transaction
from careflow_shared.errors import PoisonRecord
from careflow_shared.tenant_config import TenantConfig
from careflow_tenant.tenants import get_tenant_config


def load_tenant_config(tenant_id: str) -> TenantConfig | None:
    with tenant_transaction(tenant_id) as cur:
        row = get_tenant(cur, tenant_id)
    if row is None:
        return None
    return TenantConfig.model_validate(
        {**row["config"], "tenant_id": row["tenant_id"], "display_name": row["display_name"]}
    )


def require_tenant_config(tenant_id: str) -> TenantConfig:
    """The tenant's configuration through the tenant-context caches, for a Kafka record.

    An unknown tenant makes the record a poison record: retrying cannot create the tenant, so
    the record goes to the dead-letter topic with this error instead of blocking its partition.
    """
    config = get_tenant_config(tenant_id, load_tenant_config)
    if config is None:
        raise PoisonRecord(f"unknown tenant {tenant_id!r}")
    return config
