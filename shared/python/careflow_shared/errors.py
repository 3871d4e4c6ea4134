"""Errors with a stable machine-readable code, mapped to HTTP answers by the handlers."""

from __future__ import annotations

from typing import Any


class CareflowError(Exception):
    status_code = 500
    code = "internal_error"

    def __init__(self, message: str, *, details: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details

    def to_body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"error": {"code": self.code, "message": self.message}}
        if self.details is not None:
            body["error"]["details"] = self.details
        return body


class BadRequest(CareflowError):
    status_code = 400
    code = "bad_request"


class Unauthorized(CareflowError):
    status_code = 401
    code = "unauthorized"


class Forbidden(CareflowError):
    status_code = 403
    code = "forbidden"


class NotFound(CareflowError):
    status_code = 404
    code = "not_found"


class Conflict(CareflowError):
    status_code = 409
    code = "conflict"


class TooManyRequests(CareflowError):
    status_code = 429
    code = "rate_limited"


class ServiceUnavailable(CareflowError):
    """Cannot answer now, will soon: the caller retries after ``retry_after_s`` seconds (HTTP
    ``Retry-After``; Meta and OnlyChannel redeliver a webhook that was not answered 2xx)."""

    status_code = 503
    code = "unavailable"

    def __init__(self, message: str, *, retry_after_s: int, details: Any = None) -> None:
        super().__init__(message, details=details)
        self.retry_after_s = retry_after_s


class PoisonRecord(CareflowError):
    """A Kafka record that can never succeed (bad bytes, wrong schema): dead-letter it at once."""

    code = "poison_record"


class RetryableError(CareflowError):
    """A transient failure (a dependency is down): let the event source mapping retry."""

    code = "retryable"
