"""Test session setup: the local dev environment, and real services for the tests that need them.

Unit tests need nothing running. Integration and end-to-end tests use the ``services`` fixture,
which starts Postgres, Redis, Kafka and LocalStack through ``careflow services up`` (idempotent:
a no-op when they already run) and migrates the database once per session.
"""

from __future__ import annotations

import os
import uuid

import pytest

from careflow_local.env import apply_local_env

# Handlers invoked in the test process record no telemetry unless a test installs in-memory
# providers (tests/unit/telemetry): dev.env points at a local collector that may not run. The
# switch is the test process's own: the functions' containers (tests/e2e) keep dev.env's
# telemetry, as under `careflow dev` (careflow_local.lambda_env does not pass it on).
if "OTEL_SDK_DISABLED" not in os.environ:
    os.environ["OTEL_SDK_DISABLED"] = "true"
    os.environ["CAREFLOW_OTEL_OFF_IN_TEST_PROCESS_ONLY"] = "1"
apply_local_env()


@pytest.fixture(scope="session")
def services():
    """Start the local services, unless CAREFLOW_SERVICES=external says they already run
    elsewhere (the endpoints then come from the environment)."""
    if os.environ.get("CAREFLOW_SERVICES") == "external":
        return {}
    from careflow_local import services as svc
    from careflow_local.cdk_local import ensure_local_stage

    svc.up()
    ensure_local_stage()  # the bucket, KMS key and secrets prefix the harness reads
    apply_local_env()
    return svc.status()


@pytest.fixture(scope="session")
def migrated_db(services):
    from careflow_local.db import run_migrations

    run_migrations()


@pytest.fixture(scope="session")
def app_dsn(migrated_db) -> str:
    from careflow_rds.connection import dsn
    from careflow_shared.settings import get_settings

    return dsn(get_settings())


@pytest.fixture(scope="session")
def owner_dsn(migrated_db) -> str:
    e = os.environ
    return (
        f"host={e['PGHOST']} port={e['PGPORT']} dbname={e['CAREFLOW_DB_NAME']} "
        f"user={e['CAREFLOW_DB_OWNER_USER']} password={e['CAREFLOW_DB_OWNER_PASSWORD']}"
    )


@pytest.fixture(scope="session")
def tenant_factory(migrated_db):
    """Create fresh tenants (unique ids) with a WhatsApp channel secret; returns their ids.
    Session-scoped (it keeps no state) so module fixtures of one flow can use it too."""
    from careflow_local.db import seed_tenant
    from careflow_shared.tenant_config import TenantConfig

    def make(prefix: str = "t", *, doktor365: bool = True, **config) -> dict:
        tenant_id = f"{prefix}-{uuid.uuid4().hex[:10]}"
        app_secret = f"secret-{uuid.uuid4().hex}"
        verify_token = f"verify-{uuid.uuid4().hex[:8]}"
        # a phone number id of its own, so a test can aim simulator failures at its tenant only
        phone_number_id = str(uuid.uuid4().int)[:15]
        cfg = TenantConfig(
            tenant_id=tenant_id,
            display_name=f"Clinic {tenant_id}",
            whatsapp={"phone_number_id": phone_number_id, "secret_name": "whatsapp"},
            **config,
        )
        secrets = seed_tenant(
            cfg, app_secret=app_secret, verify_token=verify_token, doktor365=doktor365
        )
        return {
            "tenant_id": tenant_id,
            "app_secret": app_secret,
            "verify_token": verify_token,
            "phone_number_id": phone_number_id,
            "config": cfg,
            "secrets": secrets,
        }

    return make
