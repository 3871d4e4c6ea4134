"""Tenant configuration from Postgres into the tenant-context cache (Redis).

The functions that may read Postgres load through here and write what they read back to Redis;
``refill_tenant_directory`` writes every tenant, which is what the front door (``ingest_message``,
Redis only) needs after Redis lost its copy.
"""

from __future__ import annotations

import psycopg2
import psycopg2.extras
from pydantic import ValidationError

from careflow_rds.connection import lease, reset_connection
from careflow_rds.repositories import get_tenant, tenant_ids
from careflow_rds.tenancy import tenant_transaction
from careflow_shared.errors import PoisonRecord
from careflow_shared.log import get_logger
from careflow_shared.tenant_config import TenantConfig
from careflow_tenant.tenants import (
    Loaded,
    get_tenant_config,
    mark_directory_complete,
    store_tenant_config,
)

logger = get_logger("careflow_rds.tenant_loader")


def load_tenant(tenant_id: str) -> Loaded | None:
    """The tenant's configuration and version as Postgres holds them (row-level security on)."""
    with tenant_transaction(tenant_id) as cur:
        row = get_tenant(cur, tenant_id)
    if row is None:
        return None
    config = TenantConfig.model_validate(
        {**row["config"], "tenant_id": row["tenant_id"], "display_name": row["display_name"]}
    )
    return Loaded(config, int(row["version"]))


def load_tenant_config(tenant_id: str) -> TenantConfig | None:
    """The tenant's configuration straight from Postgres (no cache)."""
    loaded = load_tenant(tenant_id)
    return loaded.config if loaded else None


def require_tenant_config(tenant_id: str) -> TenantConfig:
    """The tenant's configuration through the tenant-context caches, for a Kafka record.

    An unknown tenant makes the record a poison record: retrying cannot create the tenant, so
    the record goes to the dead-letter topic with this error instead of blocking its partition.
    """
    config = get_tenant_config(tenant_id, load_tenant)
    if config is None:
        raise PoisonRecord(f"unknown tenant {tenant_id!r}")
    return config


def refill_tenant_directory() -> int:
    """Write every tenant's configuration to Redis, then mark Redis complete; returns how many.

    One query for the ids, one per tenant for its configuration (clinic groups: tens of rows).
    Idempotent, and safe beside concurrent writes: an entry is never replaced by an older one.
    """
    try:
        with (
            lease() as connection,
            connection,
            connection.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur,
        ):
            ids = tenant_ids(cur)
    except (psycopg2.OperationalError, psycopg2.InterfaceError):
        reset_connection()  # broken connection: the next call opens a fresh one
        raise
    written = 0
    for tenant_id in ids:
        try:
            loaded = load_tenant(tenant_id)
        except ValidationError as exc:
            # One tenant's invalid row (written by newer code, or by hand) must not keep every
            # other tenant out of Redis; it stays unknown to the front door, as it is to the rest.
            logger.error(
                "tenant configuration invalid: not cached",
                extra={"tenant_id": tenant_id, "errors": exc.error_count()},
            )
            continue
        if loaded is not None:
            store_tenant_config(loaded)
            written += 1
    mark_directory_complete(written)
    logger.info("tenant directory refilled", extra={"tenants": written, "of": len(ids)})
    return written
