"""Per-tenant configuration, validated by pydantic, stored in Postgres (``tenants.config``).

Cached through the tenant-context layer so a change takes effect without a deploy. Secrets are
never stored here: only the names under which Secrets Manager (or the local dev env) holds them.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class WhatsAppChannel(BaseModel):
    model_config = ConfigDict(extra="forbid")

    phone_number_id: str | None = None
    # Secret name holding {"app_secret": ..., "verify_token": ..., "access_token": ...}
    secret_name: str


class TenantConfig(BaseModel):
    model_config = ConfigDict(extra="allow")

    tenant_id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{1,62}$")
    display_name: str
    languages: list[str] = Field(default_factory=lambda: ["en"])
    default_language: str = "en"
    rate_limit_per_minute: int = Field(default=120, ge=1, le=100_000)
    whatsapp: WhatsAppChannel | None = None
