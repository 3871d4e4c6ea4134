"""The tenant-context layer (ElastiCache Redis): tenant config cache, webhook idempotency,
per-tenant rate limits, conversation context, and tenant channel secrets.

Every Redis key starts with ``careflow:{tenant_id}:`` so one tenant's keys can be listed,
expired or flushed without touching another's.
"""
