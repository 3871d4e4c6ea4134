"""The tenant-context layer against the real Redis."""

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


def test_rate_limit_takes_a_batch_whole_or_not_at_all(services):
    t, now = f"rl-{uuid.uuid4().hex[:8]}", 2_000_000.0
    counter = f"careflow:{t}:rl:{int(now // ratelimit.WINDOW_S)}"
    assert ratelimit.allow(t, 10, cost=7, now=now)
    assert not ratelimit.allow(t, 10, cost=4, now=now)  # 11 > 10: refused ...
    assert get_redis().get(counter) == "7"  # ... and it took nothing
    assert ratelimit.allow(t, 10, cost=3, now=now)  # exactly the rest fits
    assert not ratelimit.allow(t, 10, now=now)
    assert get_redis().get(counter) == "10"
    assert 0 < get_redis().ttl(counter) <= 2 * ratelimit.WINDOW_S
    fresh = f"rl-{uuid.uuid4().hex[:8]}"
    assert not ratelimit.allow(fresh, 10, cost=1000, now=now)  # larger than the whole window
    assert ratelimit.allow(fresh, 10, cost=10, now=now)  # and it left the budget untouched


def test_tenant_config_is_cached_and_invalidated(services):
    t = f"cfg-{uuid.uuid4().hex[:8]}"
    loads = []

    def loader(tenant_id):
        loads.append(tenant_id)
        return TenantConfig(tenant_id=tenant_id, display_name=f"v{len(loads)}")

    tenants.clear_local_cache()
    assert tenants.get_tenant_config(t, loader).display_name == "v1"
    tenants.clear_local_cache()  # a new container: Redis still has it
    assert tenants.get_tenant_config(t, loader).display_name == "v1"
    assert loads == [t]
    tenants.invalidate(t)
    assert tenants.get_tenant_config(t, loader).display_name == "v2"


def test_unknown_tenants_are_cached_as_missing(services):
    t = f"none-{uuid.uuid4().hex[:8]}"
    calls = []
    tenants.clear_local_cache()
    assert tenants.get_tenant_config(t, lambda x: calls.append(x)) is None
    tenants.clear_local_cache()
    assert tenants.get_tenant_config(t, lambda x: calls.append(x)) is None
    assert calls == [t]


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
