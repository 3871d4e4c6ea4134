"""Local database chores: migrate with the dev roles, seed the demo tenant."""

from __future__ import annotations

import json
import os
from typing import Any

import psycopg2

from careflow_rds.migrate import DbRoles, migrate
from careflow_shared.tenant_config import TenantConfig, WhatsAppChannel

DEMO_TENANT = "demo-clinic"


def dev_roles() -> DbRoles:
    e = os.environ
    return DbRoles(
        host=e.get("PGHOST", "127.0.0.1"),
        port=int(e.get("PGPORT", "15432")),
        dbname=e.get("CAREFLOW_DB_NAME", "careflow"),
        admin_user=e["CAREFLOW_DB_ADMIN_USER"],
        admin_password=e["CAREFLOW_DB_ADMIN_PASSWORD"],
        owner_user=e["CAREFLOW_DB_OWNER_USER"],
        owner_password=e["CAREFLOW_DB_OWNER_PASSWORD"],
        app_user=e["CAREFLOW_DB_USER"],
        app_password=e["CAREFLOW_DB_PASSWORD"],
    )


def run_migrations() -> list[str]:
    """Migrate, then write every tenant's configuration to Redis: a migration may have changed
    configurations, and the front door (``ingest_message``) reads them from Redis only."""
    applied = migrate(dev_roles())
    from careflow_rds.tenant_loader import refill_tenant_directory

    refill_tenant_directory()
    return applied


def upsert_tenant(config: TenantConfig) -> None:
    """Create or update a tenant (as the owner: the application role may not write tenants), and
    write it through to Redis, where the front door reads it, at the version Postgres stored."""
    roles = dev_roles()
    conn = psycopg2.connect(
        host=roles.host,
        port=roles.port,
        dbname=roles.dbname,
        user=roles.owner_user,
        password=roles.owner_password,
    )
    try:
        with conn, conn.cursor() as cur:
            cur.execute("SELECT set_config('app.tenant_id', %s, true)", (config.tenant_id,))
            body = config.model_dump(mode="json", exclude={"tenant_id", "display_name"})
            cur.execute(
                "INSERT INTO tenants (tenant_id, display_name, config) VALUES (%s, %s, %s) "
                "ON CONFLICT (tenant_id) DO UPDATE SET display_name = EXCLUDED.display_name, "
                "config = EXCLUDED.config, updated_at = now() "
                "RETURNING (extract(epoch FROM updated_at) * 1000000)::bigint",
                (config.tenant_id, config.display_name, json.dumps(body)),
            )
            row = cur.fetchone()
            assert row is not None
            version = int(row[0])
    finally:
        conn.close()
    from careflow_tenant.tenants import Loaded, store_tenant_config

    store_tenant_config(Loaded(config, version))


def load_tenant(tenant_id: str) -> TenantConfig | None:
    from careflow_rds.tenant_loader import load_tenant_config

    return load_tenant_config(tenant_id)


def put_channel_secret(tenant_id: str, channel: str, value: dict[str, Any]) -> str:
    """Store a tenant's channel secret where the functions look for it (LocalStack locally)."""
    import boto3

    from careflow_tenant.secrets import channel_secret_name

    name = channel_secret_name(tenant_id, channel)
    client = boto3.client("secretsmanager", region_name=os.environ.get("AWS_REGION"))
    try:
        client.create_secret(Name=name, SecretString=json.dumps(value))
    except client.exceptions.ResourceExistsException:
        client.put_secret_value(SecretId=name, SecretString=json.dumps(value))
    return name


def demo_config() -> TenantConfig:
    """The demo clinic: the agents' realistic demo tenant (treatments, prices, care guidance,
    on-call coordinator, six languages) with a WhatsApp number and a generous rate limit."""
    from careflow_agents.config import demo_tenant

    base = demo_tenant(DEMO_TENANT)
    return base.model_copy(
        update={
            "display_name": "Demo Clinic (dev only)",
            "rate_limit_per_minute": 600,
            "whatsapp": WhatsAppChannel(phone_number_id="100200300400500", secret_name="whatsapp"),
        }
    )


def seed_tenant(
    config: TenantConfig,
    *,
    app_secret: str,
    verify_token: str,
    access_token: str = "",
    doktor365: bool = True,
) -> dict[str, dict[str, Any]]:
    """A tenant row plus a secret per channel, as an operator would set them up on AWS.

    One Meta app serves WhatsApp and Instagram (same app secret and verify token); OnlyChannel
    signs with its own secret; the on-call coordinator's WhatsApp number lives in the
    ``escalation`` secret; Doktor365 credentials in ``doktor365`` (left out with
    ``doktor365=False``, for a clinic that does not use it).
    """
    upsert_tenant(config)
    token = access_token or f"dev-token-{config.tenant_id}"
    secrets: dict[str, dict[str, Any]] = {
        "whatsapp": {"app_secret": app_secret, "verify_token": verify_token, "access_token": token},
        "instagram": {
            "app_secret": app_secret,
            "verify_token": verify_token,
            "access_token": token,
        },
        "onlychannel": {
            "signing_secret": app_secret,
            "api_key": token,
            "account_id": f"acc-{config.tenant_id}",
        },
        "escalation": {"channel": "whatsapp", "to": "905550009999"},
    }
    if doktor365:
        secrets["doktor365"] = {"api_key": f"d365-{config.tenant_id}"}
    for channel, value in secrets.items():
        put_channel_secret(config.tenant_id, channel, value)
    return secrets


def seed_demo() -> None:
    e = os.environ
    seed_tenant(
        demo_config(),
        app_secret=e["DEMO_WHATSAPP_APP_SECRET"],
        verify_token=e["DEMO_WHATSAPP_VERIFY_TOKEN"],
        access_token=e.get("DEMO_WHATSAPP_ACCESS_TOKEN", ""),
    )
