"""Any OpenAI-compatible chat-completions endpoint, through httpx.

The API key is read from the secret (locally: environment variable) named in the tenant's
settings, never from the config itself. One ``httpx.Client`` per endpoint is reused across warm
invocations; tests pass their own client with an ``httpx.MockTransport``.
"""

from __future__ import annotations

import os
import threading
from typing import Any, ClassVar

import httpx

from careflow_agents.providers import (
    ModelAssessment,
    ProviderError,
    ProviderRequest,
    parse_output,
    system_prompt,
    user_prompt,
)
from careflow_shared.tenant_config import AgentModelSettings


def _api_key(secret_name: str | None) -> str | None:
    if not secret_name:
        return None
    env_name = secret_name.upper().replace("/", "_").replace("-", "_")
    return os.environ.get(env_name) or os.environ.get(secret_name)


class OpenAICompatProvider:
    name = "openai_compat"
    _clients: ClassVar[dict[tuple[str, float], httpx.Client]] = {}
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(
        self, client: httpx.Client, model: str, *, api_key: str | None = None, max_tokens: int = 600
    ) -> None:
        self.client = client
        self.model = model
        self.api_key = api_key
        self.max_tokens = max_tokens

    @classmethod
    def for_settings(cls, settings: AgentModelSettings) -> OpenAICompatProvider:
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
            api_key=_api_key(settings.api_key_secret),
            max_tokens=settings.max_tokens,
        )

    def assess(self, request: ProviderRequest) -> ModelAssessment:
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
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
            response = self.client.post("/chat/completions", json=body, headers=headers)
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
        return parse_output(text)
