"""The tenant-context layer against the real Redis."""

import time
import uuid

from careflow_shared.tenant_config import TenantConfig
from careflow_tenant import idempotency, ratelimit, tenants
from careflow_tenant.client import get_redis


def test_idempotency_claims_once_and_releases_on_failure(services):
    t, mid = f"idem-{uuid.uuid4().hex[:8]}", f"wamid.{uuid.uuid4().hex}"
    assert idempotency.claim(t, "whatsapp", mid) == "new"
    assert idempotency.claim(t, "whatsapp", mid) == "in_progress"
    idempotency.release(t, "whatsapp", mid)
    assert idempotency.claim(t, "whatsapp", mid) == "new"
    idempotency.complete(t, "whatsapp", mid)
    assert idempotency.claim(t, "whatsapp", mid) == "duplicate"
    keys = list(get_redis().scan_iter(f"careflow:{t}:*"))
    assert keys and all(k.startswith(f"careflow:{t}:") for k in keys)
    assert all(mid not in k for k in keys)  # the provider id is hashed, not stored in clear


def test_rate_limit_is_per_tenant_and_per_window(services):
    a, b = f"rl-{uuid.uuid4().hex[:8]}", f"rl-{uuid.uuid4().hex[:8]}"
    now = 1_000_000.0
    assert [ratelimit.allow(a, 3, now=now) for _ in range(4)] == [True, True, True, False]
    assert ratelimit.allow(b, 3, now=now)  # another tenant is unaffected
    assert ratelimit.allow(a, 3, now=now + 60)  # the next window starts fresh


def _counting_loader(loads: list[str]) -> tenants.Loader:
    def loader(tenant_id: str) -> tenants.Loaded:
        loads.append(tenant_id)
        config = TenantConfig(tenant_id=tenant_id, display_name=f"v{len(loads)}")
        return tenants.Loaded(config, version=len(loads))

    return loader


def test_a_load_is_written_through_and_reloaded_once_stale(services):
    t = f"cfg-{uuid.uuid4().hex[:8]}"
    loads: list[str] = []
    loader = _counting_loader(loads)
    tenants.clear_local_cache()
    assert tenants.get_tenant_config(t, loader).display_name == "v1"
    tenants.clear_local_cache()  # a new container: Redis still has it
    assert tenants.get_tenant_config(t, loader).display_name == "v1"
    assert loads == [t]
    assert tenants.cached_tenant_config(t).display_name == "v1"  # the front door sees the load
    keys = get_redis().keys(f"careflow:{t}:*")
    assert keys == [tenants.config_key(t)] and get_redis().ttl(keys[0]) == -1  # never expires

    old = TenantConfig(tenant_id=t, display_name="v1")
    tenants.store_tenant_config(
        tenants.Loaded(old, version=1), now=time.time() - tenants.REDIS_FRESH_S - 1
    )
    tenants.clear_local_cache()
    assert tenants.get_tenant_config(t, loader).display_name == "v2"  # stale: read Postgres again
    tenants.clear_local_cache()
    assert tenants.cached_tenant_config(t).display_name == "v2"


def test_an_older_version_never_replaces_a_newer_one(services):
    t = f"ver-{uuid.uuid4().hex[:8]}"
    new, old = (TenantConfig(tenant_id=t, display_name=n) for n in ("new", "old"))
    assert tenants.store_tenant_config(tenants.Loaded(new, version=20))
    assert not tenants.store_tenant_config(tenants.Loaded(old, version=10))  # a slow reader
    tenants.clear_local_cache()
    assert tenants.cached_tenant_config(t).display_name == "new"
    assert tenants.store_tenant_config(tenants.Loaded(old, version=20))  # same version: refreshed


def test_unknown_tenants_are_cached_as_missing_but_never_over_a_real_entry(services):
    t = f"none-{uuid.uuid4().hex[:8]}"
    calls: list[str] = []
    tenants.clear_local_cache()
    assert tenants.get_tenant_config(t, lambda x: calls.append(x)) is None
    tenants.clear_local_cache()
    assert tenants.get_tenant_config(t, lambda x: calls.append(x)) is None
    assert calls == [t]
    assert tenants.cached_tenant_config(t) is None  # the front door: unknown (404)

    # A reader that found nothing while the tenant was being created does not hide it.
    created = f"new-{uuid.uuid4().hex[:8]}"

    def created_meanwhile(tenant_id: str) -> None:
        config = TenantConfig(tenant_id=tenant_id, display_name="created")
        tenants.store_tenant_config(tenants.Loaded(config, version=1))

    tenants.clear_local_cache()
    assert tenants.get_tenant_config(created, created_meanwhile) is None
    tenants.clear_local_cache()
    assert tenants.cached_tenant_config(created).display_name == "created"


def test_a_record_for_an_unknown_tenant_is_a_poison_record(tenant_factory):
    """Retrying cannot create a tenant: the record must be dead-lettered, not retried."""
    import pytest

    from careflow_rds.tenant_loader import require_tenant_config
    from careflow_shared.errors import PoisonRecord

    known = tenant_factory("known")
    tenants.clear_local_cache()
    assert require_tenant_config(known["tenant_id"]).display_name == f"Clinic {known['tenant_id']}"
    with pytest.raises(PoisonRecord, match="unknown tenant"):
        require_tenant_config(f"gone-{uuid.uuid4().hex[:8]}")
