"""Any OpenAI-compatible chat-completions endpoint, through httpx.

The API key lives in Secrets Manager, in the tenant's own namespace
(``<secrets prefix>/<tenant id>/<api_key_secret>``, JSON ``{"api_key": "..."}``), read on first use
and cached by Powertools for five minutes. The config holds only that bare name (no ``/``, see
``AgentModelSettings``), so no configuration can send another tenant's secret, the platform's
secrets or the function's environment to an endpoint. One ``httpx.Client`` per endpoint is reused
across warm invocations; tests pass their own client with an ``httpx.MockTransport``.

Each call's timeout is the tenant's ``timeout_seconds`` cut to end before the invocation's
deadline (``careflow_shared.deadline``): a slow or hanging endpoint costs at most what the batch
can spare, and the turn falls back to the rules instead of the function timing out.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, ClassVar

import httpx

from careflow_agents.providers import (
    ModelAssessment,
    ProviderError,
    ProviderRequest,
    TokenUsage,
    parse_output,
    system_prompt,
    user_prompt,
)
from careflow_shared import deadline
from careflow_shared.tenant_config import AgentModelSettings

KeySource = Callable[[], str | None]


def tenant_api_key(tenant_id: str, secret: str | None) -> KeySource:
    """Where the key comes from: the tenant's own secret, or no key when none is configured."""

    def read() -> str | None:
        if not secret:
            return None
        from careflow_tenant.secrets import get_channel_secret

        value = (get_channel_secret(tenant_id, secret) or {}).get("api_key")
        if not isinstance(value, str) or not value:
            raise ProviderError("error", "API key secret missing or without api_key")
        return value

    return read


class OpenAICompatProvider:
    name = "openai_compat"
    _clients: ClassVar[dict[tuple[str, float], httpx.Client]] = {}
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(
        self,
        client: httpx.Client,
        model: str,
        *,
        api_key: str | KeySource | None = None,
        max_tokens: int = 600,
        timeout_s: float | None = None,
    ) -> None:
        self.client = client
        self.model = model
        self._api_key = api_key
        self.max_tokens = max_tokens
        self.timeout_s = timeout_s if timeout_s is not None else client.timeout.read or 8.0

    @classmethod
    def for_settings(cls, settings: AgentModelSettings, tenant_id: str) -> OpenAICompatProvider:
        if not settings.endpoint:
            raise ProviderError("error", "no endpoint configured")
        key = (settings.endpoint, settings.timeout_seconds)
        with cls._lock:
            client = cls._clients.get(key)
            if client is None:
                client = httpx.Client(base_url=settings.endpoint, timeout=settings.timeout_seconds)
                cls._clients[key] = client
        return cls(
            client,
            settings.model or "default",
            api_key=tenant_api_key(tenant_id, settings.api_key_secret),
            max_tokens=settings.max_tokens,
            timeout_s=settings.timeout_seconds,
        )

    def assess(self, request: ProviderRequest) -> ModelAssessment:
        key = self._api_key() if callable(self._api_key) else self._api_key
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        body: dict[str, Any] = {
            "model": self.model,
            "temperature": 0,
            "max_tokens": self.max_tokens,
            "response_format": {"type": "json_object"},
            "messages": [
                {"role": "system", "content": system_prompt(request)},
                {"role": "user", "content": user_prompt(request)},
            ],
        }
        try:
            budget = deadline.budget_s(self.timeout_s)
        except deadline.NoTimeLeft as exc:
            raise ProviderError("timeout", "no time left in the invocation") from exc
        timeout = httpx.Timeout(budget, connect=min(budget, 3.0))
        try:
            response = self.client.post(
                "/chat/completions", json=body, headers=headers, timeout=timeout
            )
            response.raise_for_status()
            payload = response.json()
        except httpx.TimeoutException as exc:
            raise ProviderError("timeout", type(exc).__name__) from exc
        except httpx.HTTPStatusError as exc:
            raise ProviderError("error", f"HTTP {exc.response.status_code}") from exc
        except (httpx.HTTPError, ValueError) as exc:
            raise ProviderError("error", type(exc).__name__) from exc
        try:
            text = payload["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError) as exc:
            raise ProviderError("invalid_output", "no choices") from exc
        if not isinstance(text, str) or not text:
            raise ProviderError("invalid_output", "empty")
        return parse_output(text, _usage(payload.get("usage")))


def _usage(usage: Any) -> TokenUsage:
    """OpenAI's ``usage`` (``prompt_tokens`` / ``completion_tokens``); zeros when absent."""
    if not isinstance(usage, dict):
        return TokenUsage()
    try:
        return TokenUsage(
            input_tokens=int(usage.get("prompt_tokens") or 0),
            output_tokens=int(usage.get("completion_tokens") or 0),
        )
    except (TypeError, ValueError):
        return TokenUsage()
