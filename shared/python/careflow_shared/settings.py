"""Runtime settings, read from environment variables once per Lambda container.

The same variables are set by CDK on AWS and by ``localstack/dev.env`` locally; nothing in a
function knows which one it runs under.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, Field


class Settings(BaseModel):
    env: str = "local"
    region: str = "eu-central-1"

    db_host: str = "127.0.0.1"
    db_port: int = 5432
    db_name: str = "careflow"
    db_user: str = "careflow_app"
    db_password: str | None = Field(default=None, repr=False)
    db_auth: Literal["password", "iam"] = "password"

    redis_url: str = "redis://127.0.0.1:6379/0"
    redis_auth_secret: str | None = None

    kafka_bootstrap: str = "127.0.0.1:9092"
    kafka_security: Literal["plaintext", "iam"] = "plaintext"

    documents_bucket: str = "careflow-local-documents"
    documents_kms_key_id: str | None = None
    secrets_prefix: str = "careflow/local/tenants"

    jwt_issuer: str | None = None
    jwt_audience: str | None = None

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        mapping = {
            "env": "CAREFLOW_ENV",
            "region": "AWS_REGION",
            "db_host": "CAREFLOW_DB_HOST",
            "db_port": "CAREFLOW_DB_PORT",
            "db_name": "CAREFLOW_DB_NAME",
            "db_user": "CAREFLOW_DB_USER",
            "db_password": "CAREFLOW_DB_PASSWORD",
            "db_auth": "CAREFLOW_DB_AUTH",
            "redis_url": "CAREFLOW_REDIS_URL",
            "redis_auth_secret": "CAREFLOW_REDIS_AUTH_SECRET",
            "kafka_bootstrap": "CAREFLOW_KAFKA_BOOTSTRAP",
            "kafka_security": "CAREFLOW_KAFKA_SECURITY",
            "documents_bucket": "CAREFLOW_DOCUMENTS_BUCKET",
            "documents_kms_key_id": "CAREFLOW_DOCUMENTS_KMS_KEY_ID",
            "secrets_prefix": "CAREFLOW_SECRETS_PREFIX",
            "jwt_issuer": "CAREFLOW_JWT_ISSUER",
            "jwt_audience": "CAREFLOW_JWT_AUDIENCE",
        }
        values = {field: env[var] for field, var in mapping.items() if env.get(var)}
        if "db_host" not in values and env.get("PGHOST"):
            values["db_host"] = env["PGHOST"]
        if "db_port" not in values and env.get("PGPORT"):
            values["db_port"] = env["PGPORT"]
        return cls.model_validate(values)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings.from_env()


def reset_settings() -> None:
    """Forget the cached settings (tests and the local harness change the environment)."""
    get_settings.cache_clear()
