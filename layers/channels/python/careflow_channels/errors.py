"""What can go wrong when careflow calls a provider, split by what the caller should do next.

* :class:`ProviderUnavailable` — transient (timeouts, 429, 5xx, circuit open): retry later. It is a
  ``RetryableError``, so an MSK-triggered function that lets it escape gets its batch retried.
* :class:`ProviderRejected` — the provider answered a final 4xx: retrying the same request cannot
  help (bad token, invalid parameter, closed 24-hour window). Fix data or config, or dead-letter.
* :class:`MediaRejected` — media outside the allowed types or sizes: record it, do not retry.
* :class:`ProviderNotConfigured` — the tenant lacks the secret or base URL for this provider.
"""

from __future__ import annotations

from careflow_shared.errors import CareflowError, RetryableError


class ProviderError(CareflowError):
    status_code = 502
    code = "provider_error"

    def __init__(self, provider: str, message: str) -> None:
        super().__init__(f"{provider}: {message}", details={"provider": provider})
        self.provider = provider


class ProviderUnavailable(ProviderError, RetryableError):
    """Transient: the provider is down, slow, throttling us, or its circuit breaker is open."""

    status_code = 503
    code = "provider_unavailable"
    retryable = True

    def __init__(self, provider: str, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(provider, message)
        self.retry_after = retry_after


class ProviderRejected(ProviderError):
    """Final: the provider refused the request (4xx other than 429)."""

    code = "provider_rejected"
    retryable = False

    def __init__(
        self, provider: str, status: int, *, provider_code: str | None = None, message: str = ""
    ) -> None:
        super().__init__(provider, f"rejected with HTTP {status} {message}".strip())
        self.status = status
        self.provider_code = provider_code


class ProviderNotConfigured(CareflowError):
    status_code = 500
    code = "provider_not_configured"
    retryable = False


class MediaRejected(CareflowError):
    """Final: the media's type, size or checksum is not acceptable."""

    status_code = 422
    code = "media_rejected"
    retryable = False

    def __init__(self, reason: str, *, mime_type: str | None = None, size: int | None = None):
        super().__init__(reason, details={"mime_type": mime_type, "size": size})
        self.reason = reason
        self.mime_type = mime_type
        self.size = size
