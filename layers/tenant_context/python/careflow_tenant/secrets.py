"""Tenant channel secrets (webhook app secret, verify token, access token).

Secrets Manager through Powertools' parameters utility (cached in the container for five
minutes); locally the same calls reach LocalStack via ``AWS_ENDPOINT_URL``.
"""

from __future__ import annotations

import threading
from typing import Any

from careflow_shared.settings import get_settings

CACHE_S = 300
_provider_lock = threading.Lock()


def channel_secret_name(tenant_id: str, channel: str) -> str:
    return f"{get_settings().secrets_prefix}/{tenant_id}/{channel}"


def _ensure_provider() -> None:
    """Create Powertools' shared Secrets Manager provider once, under a lock.

    ``parameters.get_secret`` creates it on first use without one: the lanes of a
    conversation-parallel batch that all ask at once each built a boto3 session and client
    (≈ 0.1 s of CPU apiece, botocore reading its service data again), and all but one were
    thrown away. ``clear_caches()`` drops it; the next call creates it again here.
    """
    from aws_lambda_powertools.utilities.parameters.base import DEFAULT_PROVIDERS

    if "secrets" in DEFAULT_PROVIDERS:
        return
    with _provider_lock:
        if "secrets" not in DEFAULT_PROVIDERS:
            from aws_lambda_powertools.utilities.parameters import SecretsProvider

            DEFAULT_PROVIDERS["secrets"] = SecretsProvider()


def get_secret_string(name: str) -> str:
    from aws_lambda_powertools.utilities import parameters

    _ensure_provider()
    return str(parameters.get_secret(name, max_age=CACHE_S))


def get_channel_secret(tenant_id: str, channel: str) -> dict[str, Any] | None:
    """The channel's secret as a dict, or None when the tenant has no such channel.

    Powertools wraps every failure in ``GetParameterError``: an unreachable Secrets Manager
    (an outage) is raised again, so callers retry or answer 503 instead of treating the
    channel as not configured (a webhook refused, a reply dropped, for as long as it lasts).
    """
    from aws_lambda_powertools.utilities import parameters
    from aws_lambda_powertools.utilities.parameters.exceptions import GetParameterError

    from careflow_shared.transient import is_transient

    _ensure_provider()
    try:
        value = parameters.get_secret(
            channel_secret_name(tenant_id, channel), transform="json", max_age=CACHE_S
        )
    except GetParameterError as exc:
        if is_transient(exc):
            raise
        return None
    return dict(value) if isinstance(value, dict) else None
