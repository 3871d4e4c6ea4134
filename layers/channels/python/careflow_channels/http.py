"""Every provider call goes through here: one pooled client, timeouts, retries, a breaker.

Why one module: a provider outage must cost a bounded amount of each function's time and must not
be multiplied by every container retrying on its own. So every call

1. asks the tenant's circuit breaker for this provider whether it may go (fail fast when open);
2. runs with explicit timeouts (connect 3 s, read 10 s by default);
3. is retried by ``tenacity`` on 429 (honouring ``Retry-After``), 5xx, timeouts and connection
   errors, with exponential backoff plus jitter, within an attempt and an elapsed-time budget;
4. reports the outcome to the breaker (transient failure / provider answered);
5. ends as the result, a final ``ProviderRejected`` (other 4xx), or a retryable
   ``ProviderUnavailable`` the caller lets escape so the event source mapping retries later.

A note on read timeouts: a request that timed out *reading* may have been processed by the
provider. Doktor365 and OnlyChannel calls carry an ``Idempotency-Key``, so a retry is harmless.
Meta's send API has no such key; retrying it trades a rare duplicate reply for not losing one.
Set ``CallPolicy(retry_on_read_timeout=False)`` where a duplicate is worse than a delay.

Inside a batch the invocation's deadline bounds all of it (``careflow_shared.deadline``): each
attempt's read timeout is cut to end before it, no retry is started whose wait would leave too
little time, and a call with no time left fails at once as ``ProviderUnavailable`` — the record
is retried by the mapping instead of the function being cut off by its timeout.

Usage::

    from careflow_channels import http

    response = http.request(
        "POST", http.graph_url("123", "messages"), tenant_id="clinic-a", provider="whatsapp",
        headers=http.bearer(token), json=body,
    )
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception_type,
    stop_after_attempt,
    stop_after_delay,
    wait_exponential_jitter,
)
from tenacity.stop import stop_base

from careflow_channels.breaker import BreakerPolicy, CircuitBreaker
from careflow_channels.envconfig import env_float
from careflow_channels.errors import ProviderNotConfigured, ProviderRejected, ProviderUnavailable
from careflow_shared import deadline
from careflow_shared.errors import CareflowError

logger = logging.getLogger("careflow.channels.http")

META_GRAPH_DEFAULT = "https://graph.facebook.com"
META_GRAPH_VERSION_DEFAULT = "v23.0"
_BASE_URL_ENV = {
    "whatsapp": "CAREFLOW_META_GRAPH_URL",
    "instagram": "CAREFLOW_META_GRAPH_URL",
    "doktor365": "CAREFLOW_DOKTOR365_URL",
    "onlychannel": "CAREFLOW_ONLYCHANNEL_URL",
}


@dataclass(frozen=True)
class CallPolicy:
    """How hard to try. Defaults suit a Lambda with a 60 s+ timeout; tests shrink them."""

    attempts: int = 4
    backoff_initial_s: float = 0.5
    backoff_max_s: float = 8.0
    max_elapsed_s: float = 45.0
    # A Retry-After longer than this is not waited for in-process: the call fails as
    # ProviderUnavailable(retry_after=...) and the event source mapping retries later.
    max_retry_after_s: float = 20.0
    connect_timeout_s: float = field(
        default_factory=lambda: env_float("CAREFLOW_HTTP_CONNECT_TIMEOUT_S", 3.0)
    )
    read_timeout_s: float = field(
        default_factory=lambda: env_float("CAREFLOW_HTTP_READ_TIMEOUT_S", 10.0)
    )
    retry_on_read_timeout: bool = True
    breaker: BreakerPolicy = field(default_factory=BreakerPolicy)

    def timeout(self) -> httpx.Timeout:
        """The attempt's timeouts, cut to end before the invocation's deadline (if bound);
        raises ``deadline.NoTimeLeft`` when too little is left for an attempt."""
        read = deadline.budget_s(self.read_timeout_s)
        connect = min(self.connect_timeout_s, read)
        return httpx.Timeout(read, connect=connect, pool=connect)


# --- configuration ---------------------------------------------------------------------------


def base_url(provider: str, override: str | None = None) -> str:
    """The provider's base URL: a per-tenant override, else the environment, else Meta's."""
    if override:
        return override.rstrip("/")
    env = _BASE_URL_ENV.get(provider)
    if env is None:
        raise ProviderNotConfigured(f"unknown provider {provider!r}")
    value = os.environ.get(env) or (META_GRAPH_DEFAULT if env == "CAREFLOW_META_GRAPH_URL" else "")
    if not value:
        raise ProviderNotConfigured(f"{env} is not set and the tenant secret has no base_url")
    return value.rstrip("/")


def graph_version() -> str:
    return os.environ.get("CAREFLOW_META_GRAPH_VERSION") or META_GRAPH_VERSION_DEFAULT


def graph_url(*parts: str, provider: str = "whatsapp") -> str:
    """``{CAREFLOW_META_GRAPH_URL}/{version}/{parts...}``."""
    return "/".join((base_url(provider), graph_version(), *parts))


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


# --- the shared client -----------------------------------------------------------------------

_client: httpx.Client | None = None
_lock = threading.Lock()


def get_client() -> httpx.Client:
    """One pooled client per container, reused across warm invocations."""
    global _client
    if _client is None:
        with _lock:
            if _client is None:
                policy = CallPolicy()  # the defaults; each call passes its own timeouts
                _client = httpx.Client(
                    timeout=httpx.Timeout(
                        policy.read_timeout_s,
                        connect=policy.connect_timeout_s,
                        pool=policy.connect_timeout_s,
                    ),
                    limits=httpx.Limits(max_connections=20, max_keepalive_connections=10),
                    headers={"User-Agent": "careflow/1"},
                    follow_redirects=False,
                )
    return _client


def reset_client() -> None:
    global _client
    with _lock:
        if _client is not None:
            _client.close()
        _client = None


# --- status handling -------------------------------------------------------------------------


class _Transient(Exception):
    """An attempt failed in a way worth retrying. Internal: callers see ProviderUnavailable."""

    def __init__(self, reason: str, *, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP-date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _provider_code(response: httpx.Response) -> str | None:
    """Meta's ``error.code`` (e.g. 131047: outside the 24 h window) or our contracts' code."""
    try:
        body = response.json()
    except ValueError:
        return None
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict) and error.get("code") is not None:
        return str(error["code"])
    return None


def raise_for_status(provider: str, response: httpx.Response) -> None:
    """2xx passes; 429/5xx raise a retryable transient; any other status is final."""
    status = response.status_code
    if 200 <= status < 300:
        return
    if status == 429 or status >= 500:
        raise _Transient(
            f"HTTP {status}", retry_after=parse_retry_after(response.headers.get("Retry-After"))
        )
    if not response.is_closed:
        response.read()
    raise ProviderRejected(provider, status, provider_code=_provider_code(response))


# --- the call --------------------------------------------------------------------------------


def _wait(policy: CallPolicy) -> Callable[[RetryCallState], float]:
    backoff = wait_exponential_jitter(
        multiplier=policy.backoff_initial_s,
        max=policy.backoff_max_s,
        jitter=policy.backoff_initial_s,
    )

    def wait(state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, _Transient) and exc.retry_after is not None:
            return exc.retry_after
        return float(backoff(state))

    return wait


class _OutOfTime(stop_base):
    """No retry whose wait leaves less than an attempt before the invocation's deadline."""

    def __call__(self, retry_state: RetryCallState) -> bool:
        left = deadline.remaining_s()
        if left is None:
            return False
        return left - retry_state.upcoming_sleep < deadline.FINISH_S + deadline.MIN_CALL_S


def call[T](
    tenant_id: str,
    provider: str,
    fn: Callable[[httpx.Client, httpx.Timeout], T],
    *,
    policy: CallPolicy | None = None,
) -> T:
    """Run ``fn(client, timeout)`` under the breaker and retry policy.

    ``fn`` performs one HTTP exchange and calls :func:`raise_for_status`; it may raise other
    ``CareflowError``s (e.g. ``MediaRejected``), which are final and not retried.
    """
    policy = policy or CallPolicy()
    breaker = CircuitBreaker(tenant_id, provider, policy.breaker)
    client = get_client()

    def attempt() -> T:
        try:
            timeout = policy.timeout()
        except deadline.NoTimeLeft as exc:
            raise ProviderUnavailable(provider, f"not tried: {exc}") from None
        breaker.before_call()
        try:
            result = fn(client, timeout)
        except _Transient as exc:
            breaker.record_failure()
            if exc.retry_after is not None and exc.retry_after > policy.max_retry_after_s:
                raise ProviderUnavailable(
                    provider,
                    f"{exc.reason}, retry after {exc.retry_after:.0f}s",
                    retry_after=exc.retry_after,
                ) from None
            raise
        except httpx.ReadTimeout:
            breaker.record_failure()
            if not policy.retry_on_read_timeout:
                raise ProviderUnavailable(provider, "read timeout (not retried)") from None
            raise _Transient("read timeout") from None
        except httpx.TimeoutException:
            breaker.record_failure()
            raise _Transient("timeout") from None
        except httpx.TransportError as exc:
            breaker.record_failure()
            raise _Transient(type(exc).__name__) from None
        except ProviderUnavailable:
            raise
        except CareflowError:
            breaker.record_success()  # the provider answered; the request itself was refused
            raise
        breaker.record_success()
        return result

    def before_sleep(state: RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome else None
        logger.warning(
            "provider call failed, retrying",
            extra={
                "tenant_id": tenant_id,
                "provider": provider,
                "attempt": state.attempt_number,
                "reason": getattr(exc, "reason", type(exc).__name__),
                "wait_s": round(state.upcoming_sleep, 3),
            },
        )

    retrying = Retrying(
        stop=stop_after_attempt(policy.attempts)
        | stop_after_delay(policy.max_elapsed_s)
        | _OutOfTime(),
        wait=_wait(policy),
        retry=retry_if_exception_type(_Transient),
        before_sleep=before_sleep,
        reraise=True,
    )
    try:
        return retrying(attempt)
    except _Transient as exc:
        raise ProviderUnavailable(
            provider, f"gave up after retries: {exc.reason}", retry_after=exc.retry_after
        ) from None


def request(
    method: str,
    url: str,
    *,
    tenant_id: str,
    provider: str,
    headers: Mapping[str, str] | None = None,
    json: Any = None,
    params: Mapping[str, str] | None = None,
    policy: CallPolicy | None = None,
) -> httpx.Response:
    """One JSON request under :func:`call`; returns the 2xx response."""

    def send(client: httpx.Client, timeout: httpx.Timeout) -> httpx.Response:
        response = client.request(
            method, url, headers=dict(headers or {}), json=json, params=params, timeout=timeout
        )
        raise_for_status(provider, response)
        return response

    return call(tenant_id, provider, send, policy=policy)
