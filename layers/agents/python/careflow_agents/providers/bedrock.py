"""Amazon Bedrock through the Converse API (boto3), model id from the tenant's settings.

One client per region and timeout, created on first use and reused across warm invocations.
Retries are off: a slow model must fall back to rules quickly rather than hold the conversation.
botocore takes its read timeout from the client, not the call, so a call that must end before
the invocation's deadline (``careflow_shared.deadline``) gets a client whose timeout is the
remaining budget rounded down to a whole second (a handful of clients per container at most).
"""

from __future__ import annotations

import threading
from typing import Any, ClassVar

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

DEFAULT_MODEL = "anthropic.claude-3-haiku-20240307-v1:0"


class BedrockProvider:
    name = "bedrock"
    _clients: ClassVar[dict[tuple[str | None, float], Any]] = {}
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(
        self,
        client: Any,
        model: str,
        *,
        max_tokens: int = 600,
        region: str | None = None,
        timeout_s: float | None = None,
    ) -> None:
        self.client = client
        self.model = model
        self.max_tokens = max_tokens
        self.region = region
        self.timeout_s = timeout_s

    @classmethod
    def client_for(cls, region: str | None, timeout_s: float) -> Any:
        """The container's Converse client for ``region`` with this read timeout."""
        key = (region, timeout_s)
        with cls._lock:
            client = cls._clients.get(key)
            if client is None:
                import boto3
                from botocore.config import Config

                client = boto3.client(
                    "bedrock-runtime",
                    region_name=region,
                    config=Config(
                        connect_timeout=min(timeout_s, 3.0),
                        read_timeout=timeout_s,
                        retries={"max_attempts": 1, "mode": "standard"},
                    ),
                )
                cls._clients[key] = client
        return client

    @classmethod
    def for_settings(cls, settings: AgentModelSettings) -> BedrockProvider:
        client = cls.client_for(settings.region, settings.timeout_seconds)
        return cls(
            client,
            settings.model or DEFAULT_MODEL,
            max_tokens=settings.max_tokens,
            region=settings.region,
            timeout_s=settings.timeout_seconds,
        )

    def _client(self) -> Any:
        """The configured client, or one with a shorter timeout when the deadline is nearer."""
        if self.timeout_s is None:
            return self.client
        try:
            budget = deadline.budget_s(self.timeout_s)
        except deadline.NoTimeLeft as exc:
            raise ProviderError("timeout", "no time left in the invocation") from exc
        if budget >= self.timeout_s:
            return self.client
        return self.client_for(self.region, float(max(1, int(budget))))

    def assess(self, request: ProviderRequest) -> ModelAssessment:
        from botocore.exceptions import (
            BotoCoreError,
            ClientError,
            ConnectTimeoutError,
            ReadTimeoutError,
        )

        client = self._client()
        try:
            response = client.converse(
                modelId=self.model,
                system=[{"text": system_prompt(request)}],
                messages=[{"role": "user", "content": [{"text": user_prompt(request)}]}],
                inferenceConfig={"maxTokens": self.max_tokens, "temperature": 0.0},
            )
        except (ReadTimeoutError, ConnectTimeoutError) as exc:
            raise ProviderError("timeout", type(exc).__name__) from exc
        except ClientError as exc:
            code = exc.response.get("Error", {}).get("Code", "ClientError")
            reason = "timeout" if code == "ModelTimeoutException" else "error"
            raise ProviderError(reason, code) from exc
        except BotoCoreError as exc:
            raise ProviderError("error", type(exc).__name__) from exc
        blocks = response.get("output", {}).get("message", {}).get("content", [])
        text = "".join(block.get("text", "") for block in blocks)
        if not text:
            raise ProviderError("invalid_output", "empty")
        usage = response.get("usage") or {}
        return parse_output(
            text,
            TokenUsage(
                input_tokens=int(usage.get("inputTokens") or 0),
                output_tokens=int(usage.get("outputTokens") or 0),
            ),
        )
