"""Per-tenant configuration, validated by pydantic, stored in Postgres (``tenants.config``).

Cached through the tenant-context layer so a change takes effect without a deploy. Secrets are
never stored here: only the names under which Secrets Manager holds them (LocalStack locally).
"""

from __future__ import annotations

from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class WhatsAppChannel(BaseModel):
    model_config = ConfigDict(extra="forbid")

    phone_number_id: str | None = None
    # Secret name holding {"app_secret": ..., "verify_token": ..., "access_token": ...}
    secret_name: str
    # Pre-approved template for replies outside WhatsApp's 24-hour customer-service window;
    # its one body parameter ({{1}}) carries the reply text.
    reply_template: str = "careflow_reply"
    reply_template_language: str = "en"


TENANT_ID_PATTERN = r"^[a-z0-9][a-z0-9-]{1,62}$"
"""A tenant's id (slug), as the ``tenants`` table's CHECK constraint has it."""

# --- agent settings (read by the run_agent graph, ``careflow_agents``) --------------------------
# Plain pydantic so the API validates a tenant's config when it is saved, not when a patient writes.

TENANT_SECRET_NAME = r"^[a-z0-9][a-z0-9_-]{0,63}$"
"""A secret's name inside a tenant's namespace (``<secrets prefix>/<tenant>/<name>``): no "/",
so it cannot reach outside that namespace."""

LanguageCode = Literal["tr", "en", "de", "ar", "ru", "fr"]


class PriceRange(BaseModel):
    """Published price range of a treatment; a personal quote inside it needs a coordinator."""

    model_config = ConfigDict(extra="forbid")

    min: int = Field(ge=0)
    max: int = Field(ge=0)
    currency: str = Field(default="EUR", pattern=r"^[A-Z]{3}$")

    @model_validator(mode="after")
    def _ordered(self) -> PriceRange:
        if self.max < self.min:
            raise ValueError("price range max is below min")
        return self


class CareStep(BaseModel):
    """The clinic's own aftercare text for days ``from_day``..``to_day`` after the operation."""

    model_config = ConfigDict(extra="forbid")

    from_day: int = Field(ge=0)
    to_day: int = Field(ge=0)
    text: dict[str, str] = Field(min_length=1)  # language code -> guidance


class Treatment(BaseModel):
    model_config = ConfigDict(extra="forbid")

    treatment_id: str = Field(pattern=r"^[a-z0-9_]{2,40}$")
    names: dict[str, str] = Field(min_length=1)  # language code -> display name
    # Words patients use for it, any language (matched case- and accent-insensitively).
    keywords: list[str] = Field(default_factory=list)
    price: PriceRange | None = None
    # Pre-op checklist; None means the default list of the pre-op agent.
    checklist: list[str] | None = None
    care_guidance: list[CareStep] = Field(default_factory=list)


class OnCallCoordinator(BaseModel):
    """Who receives red-flag escalations. An id and a name only: contact details stay in staff data."""

    model_config = ConfigDict(extra="forbid")

    coordinator_id: str = Field(min_length=1, max_length=64)
    name: str = Field(min_length=1, max_length=128)


class AgentModelSettings(BaseModel):
    """Which model provider drafts the triage; ``rules`` is offline and deterministic."""

    model_config = ConfigDict(extra="forbid")

    provider: Literal["rules", "bedrock", "openai_compat"] = "rules"
    model: str | None = None  # Bedrock model id / OpenAI-compatible model name
    # Base URL of the OpenAI-compatible endpoint: https (plain http only to a loopback host).
    endpoint: str | None = None
    # The tenant's own secret holding {"api_key": ...}: <secrets prefix>/<tenant id>/<this name>.
    # A bare name (no "/"), so a config can never point at another tenant's or the platform's
    # secret; never the key itself.
    api_key_secret: str | None = Field(default=None, pattern=TENANT_SECRET_NAME)
    region: str | None = None  # Bedrock region; default: the function's region
    timeout_seconds: float = Field(default=8.0, gt=0, le=60)
    max_tokens: int = Field(default=600, ge=64, le=4096)

    @field_validator("endpoint")
    @classmethod
    def _endpoint_is_https(cls, value: str | None) -> str | None:
        """Patients' (redacted) messages and the API key travel to it: never in clear text."""
        if value is None:
            return value
        url = urlsplit(value)
        loopback = url.hostname in ("127.0.0.1", "localhost", "::1")
        if not url.hostname or not (url.scheme == "https" or (url.scheme == "http" and loopback)):
            raise ValueError("endpoint must be an https URL (plain http only to a loopback host)")
        return value


class TenantConfig(BaseModel):
    model_config = ConfigDict(extra="allow")

    tenant_id: str = Field(pattern=TENANT_ID_PATTERN)
    display_name: str
    languages: list[str] = Field(default_factory=lambda: ["en"])
    default_language: str = "en"
    rate_limit_per_minute: int = Field(default=120, ge=1, le=100_000)
    whatsapp: WhatsAppChannel | None = None
    # Agent settings: all optional with safe defaults so existing tenant rows stay valid.
    tone: Literal["warm", "formal", "concise"] = "warm"
    treatments: list[Treatment] = Field(default_factory=list)
    on_call: OnCallCoordinator | None = None
    agent: AgentModelSettings = Field(default_factory=AgentModelSettings)
    # Overrides of the built-in reply templates: template key -> language code -> text.
    reply_templates: dict[str, dict[str, str]] = Field(default_factory=dict)
    # Regions tried when finding phone numbers written without a country code.
    phone_regions: list[str] = Field(
        default_factory=lambda: ["TR", "DE", "GB", "FR", "RU", "SA", "AE", "US"]
    )
