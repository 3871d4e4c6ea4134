"""Remote model providers: Bedrock Converse (botocore Stubber) and OpenAI-compatible (httpx
MockTransport). Valid output drives the decision; invalid output, timeouts and errors fall back
to the rules and are marked; safety rules and the stage machine hold whatever a model says."""

from __future__ import annotations

import json
from typing import Any

import boto3
import httpx
import pytest
from botocore.exceptions import ReadTimeoutError
from botocore.stub import Stubber

from careflow_agents.providers import ProviderError, ProviderRequest, parse_output
from careflow_agents.providers.bedrock import BedrockProvider
from careflow_agents.providers.openai_compat import OpenAICompatProvider

MODEL_ID = "anthropic.claude-3-haiku-20240307-v1:0"


class Capture:
    """Equal to anything; remembers what it was compared with (to inspect stubbed requests)."""

    value: Any = None

    def __eq__(self, other: object) -> bool:
        self.value = other
        return True

    __hash__ = None  # type: ignore[assignment]


def converse_response(text: str) -> dict[str, Any]:
    return {
        "output": {"message": {"role": "assistant", "content": [{"text": text}]}},
        "stopReason": "end_turn",
        "usage": {"inputTokens": 120, "outputTokens": 40, "totalTokens": 160},
        "metrics": {"latencyMs": 321},
    }


@pytest.fixture
def bedrock() -> Any:
    client = boto3.client(
        "bedrock-runtime",
        region_name="eu-central-1",
        aws_access_key_id="test",
        aws_secret_access_key="test",
    )
    with Stubber(client) as stubber:
        yield client, stubber
        stubber.assert_no_pending_responses()


def expect_converse(stubber: Stubber, text: str) -> Capture:
    messages = Capture()
    stubber.add_response(
        "converse",
        converse_response(text),
        {
            "modelId": MODEL_ID,
            "system": Capture(),
            "messages": messages,
            "inferenceConfig": {"maxTokens": 600, "temperature": 0.0},
        },
    )
    return messages


def model_json(**fields: Any) -> str:
    return json.dumps(
        {"intent": "other", "urgency": "routine", "reply": None, "proposed_stage": None} | fields
    )


def test_bedrock_output_drives_the_decision_and_sees_only_redacted_text(
    bedrock, say, tenant
) -> None:
    client, stubber = bedrock
    sent = expect_converse(
        stubber,
        "```json\n"
        + model_json(intent="documents", reply="We will e-mail your invoice today.")
        + "\n```",
    )
    decision = say(
        "Please send my invoice to ayse@example.com",
        "quoted",
        provider=BedrockProvider(client, MODEL_ID),
    )
    assert (decision.provider, decision.model, decision.fallback) == ("bedrock", MODEL_ID, None)
    assert decision.intent == "documents" and decision.action == "reply"
    assert decision.reply == "We will e-mail your invoice today."
    assert (decision.input_tokens, decision.output_tokens) == (120, 40)  # Converse's usage
    prompt = sent.value[0]["content"][0]["text"]
    assert "[EMAIL]" in prompt and "ayse@example.com" not in prompt


@pytest.mark.parametrize(
    ("setup", "reason"),
    [
        (
            lambda s: s.add_response(
                "converse",
                converse_response("Sure! This is about prices."),
                {
                    "modelId": MODEL_ID,
                    "system": Capture(),
                    "messages": Capture(),
                    "inferenceConfig": {"maxTokens": 600, "temperature": 0.0},
                },
            ),
            "invalid_output",
        ),
        (
            lambda s: s.add_response(
                "converse",
                converse_response(model_json(intent="shopping")),
                {
                    "modelId": MODEL_ID,
                    "system": Capture(),
                    "messages": Capture(),
                    "inferenceConfig": {"maxTokens": 600, "temperature": 0.0},
                },
            ),
            "invalid_output",
        ),
        (
            lambda s: s.add_client_error(
                "converse", service_error_code="ModelTimeoutException", http_status_code=408
            ),
            "timeout",
        ),
        (
            lambda s: s.add_client_error(
                "converse", service_error_code="ThrottlingException", http_status_code=429
            ),
            "error",
        ),
    ],
    ids=["prose", "unknown-intent", "model-timeout", "throttled"],
)
def test_bedrock_failures_fall_back_to_rules_and_are_marked(
    bedrock, say, setup, reason: str
) -> None:
    client, stubber = bedrock
    setup(stubber)
    decision = say("How much is a hair transplant?", provider=BedrockProvider(client, MODEL_ID))
    assert decision.provider == "rules" and decision.model == "rules-v1"
    assert decision.fallback == f"bedrock:{reason}"
    assert {"type": "provider.fallback", "provider": "bedrock", "reason": reason} in decision.events
    assert (decision.intent, decision.action) == (
        "price_quote",
        "await_approval",
    )  # the rules answered


def test_bedrock_read_timeout_falls_back(say) -> None:
    class TimingOut:
        def converse(self, **_: Any) -> Any:
            raise ReadTimeoutError(
                endpoint_url="https://bedrock-runtime.eu-central-1.amazonaws.com"
            )

    decision = say(
        "What documents do I need?", "quoted", provider=BedrockProvider(TimingOut(), MODEL_ID)
    )
    assert decision.fallback == "bedrock:timeout" and decision.intent == "documents"


def test_model_cannot_downgrade_a_red_flag(bedrock, say) -> None:
    client, _stubber = bedrock  # no response queued: the model must not even be asked
    decision = say(
        "I have a fever of 39.5 and my calf is swollen",
        "post_op",
        days_since_operation=3,
        provider=BedrockProvider(client, MODEL_ID),
    )
    assert (decision.urgency, decision.action, decision.provider) == ("urgent", "escalate", "rules")
    assert any(e["type"] == "case.escalated" for e in decision.events)


def test_model_urgency_can_only_add_caution(bedrock, say) -> None:
    client, stubber = bedrock
    expect_converse(stubber, model_json(intent="post_op_concern", urgency="urgent"))
    decision = say(
        "My eye looks strange today",
        "post_op",
        days_since_operation=2,
        provider=BedrockProvider(client, MODEL_ID),
    )
    assert decision.urgency == "urgent" and decision.action == "escalate"
    assert decision.events[0]["flags"] == ["model_assessed_urgent"]


def test_invalid_stage_from_a_model_is_refused_and_recorded(bedrock, say) -> None:
    client, stubber = bedrock
    expect_converse(stubber, model_json(intent="other", reply="Welcome!", proposed_stage="booked"))
    decision = say("Hello there", "enquiry", provider=BedrockProvider(client, MODEL_ID))
    assert decision.proposed_stage is None
    assert {
        "type": "stage.refused",
        "from": "enquiry",
        "to": "booked",
        "source": "bedrock",
    } in decision.events


def test_valid_stage_from_a_model_is_accepted(bedrock, say) -> None:
    client, stubber = bedrock
    expect_converse(
        stubber,
        model_json(intent="other", reply="Thanks, we will be in touch.", proposed_stage="lost"),
    )
    decision = say(
        "I found another clinic, thanks", "qualifying", provider=BedrockProvider(client, MODEL_ID)
    )
    assert decision.proposed_stage == "lost"


def test_model_reply_that_reads_as_medical_needs_approval(bedrock, say) -> None:
    client, stubber = bedrock
    expect_converse(stubber, model_json(intent="other", reply="Take 400 mg ibuprofen twice a day."))
    decision = say(
        "What should I do?",
        "post_op",
        days_since_operation=4,
        provider=BedrockProvider(client, MODEL_ID),
    )
    assert decision.action == "await_approval"


def test_model_reply_is_redacted(bedrock, say) -> None:
    client, stubber = bedrock
    expect_converse(
        stubber, model_json(intent="other", reply="Call our nurse on +90 532 123 45 67.")
    )
    decision = say("Who can I talk to?", "quoted", provider=BedrockProvider(client, MODEL_ID))
    assert decision.reply == "Call our nurse on [PHONE]."


# --- OpenAI-compatible endpoint ---------------------------------------------------------------


def openai_provider(handler: Any, api_key: Any = "sk-test") -> OpenAICompatProvider:
    client = httpx.Client(
        base_url="https://llm.example.test/v1", transport=httpx.MockTransport(handler)
    )
    return OpenAICompatProvider(client, "qwen-2.5-7b", api_key=api_key)


def chat_response(content: str) -> httpx.Response:
    return httpx.Response(
        200,
        json={
            "id": "c1",
            "object": "chat.completion",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}}],
        },
    )


def test_openai_compat_request_and_valid_output(say) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return chat_response(
            model_json(intent="appointment", reply="Your coordinator will propose dates.")
        )

    decision = say(
        "Kann ich im Mai kommen? Meine Nummer ist 0176 12345678",
        "quoted",
        provider=openai_provider(handler),
    )
    assert (decision.provider, decision.model, decision.intent) == (
        "openai_compat",
        "qwen-2.5-7b",
        "appointment",
    )
    assert decision.reply == "Your coordinator will propose dates."
    request = seen[0]
    assert request.url.path == "/v1/chat/completions"
    assert request.headers["authorization"] == "Bearer sk-test"
    body = json.loads(request.content)
    assert body["model"] == "qwen-2.5-7b" and body["response_format"] == {"type": "json_object"}
    assert (
        "[PHONE]" in body["messages"][1]["content"] and "12345678" not in request.content.decode()
    )


@pytest.mark.parametrize(
    ("handler", "reason"),
    [
        (lambda r: (_ for _ in ()).throw(httpx.ReadTimeout("timed out", request=r)), "timeout"),
        (lambda r: (_ for _ in ()).throw(httpx.ConnectError("refused", request=r)), "error"),
        (lambda r: httpx.Response(500, json={"error": "boom"}), "error"),
        (lambda r: chat_response("{not json"), "invalid_output"),
        (lambda r: chat_response(model_json(urgency="whenever")), "invalid_output"),
        (lambda r: httpx.Response(200, json={"choices": []}), "invalid_output"),
    ],
    ids=["timeout", "connect-error", "http-500", "broken-json", "bad-urgency", "no-choices"],
)
def test_openai_compat_failures_fall_back_to_rules(say, handler: Any, reason: str) -> None:
    decision = say("Combien coûte une rhinoplastie ?", provider=openai_provider(handler))
    assert decision.fallback == f"openai_compat:{reason}"
    assert decision.provider == "rules" and decision.intent == "price_quote"
    assert decision.language == "fr" and decision.reply and "rhinoplastie" in decision.reply.lower()


def test_tenant_settings_choose_the_provider(tenant) -> None:
    from careflow_agents.providers import get_provider
    from careflow_shared.tenant_config import AgentModelSettings

    assert get_provider(AgentModelSettings(), "t-1").name == "rules"
    bedrock = get_provider(
        AgentModelSettings(provider="bedrock", model=MODEL_ID, region="eu-central-1"), "t-1"
    )
    assert (bedrock.name, bedrock.model) == ("bedrock", MODEL_ID)
    compat = get_provider(
        AgentModelSettings(
            provider="openai_compat",
            endpoint="https://llm.example.test/v1",
            model="m",
            api_key_secret="llm",
        ),
        "t-1",
    )
    assert (compat.name, compat.model) == ("openai_compat", "m")
    with pytest.raises(ProviderError):
        get_provider(AgentModelSettings(provider="openai_compat"), "t-1")


@pytest.mark.parametrize(
    "settings",
    [
        {"api_key_secret": "careflow/prod/other-clinic/whatsapp"},  # outside the tenant's namespace
        {"api_key_secret": "AWS_SECRET_ACCESS_KEY"},  # an environment variable's name
        {"endpoint": "http://llm.example.test/v1"},  # clear text to a remote host
        {"endpoint": "ftp://llm.example.test"},
        {"endpoint": "https:///v1"},
    ],
)
def test_model_settings_refuse_foreign_secrets_and_clear_text_endpoints(settings: dict) -> None:
    from pydantic import ValidationError

    from careflow_shared.tenant_config import AgentModelSettings

    with pytest.raises(ValidationError):
        AgentModelSettings(provider="openai_compat", **settings)
    assert AgentModelSettings(endpoint="http://127.0.0.1:8080/v1", api_key_secret="llm-key_2")


def test_the_api_key_is_read_when_a_request_is_made_and_a_missing_one_falls_back(say) -> None:
    seen: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("authorization"))
        return chat_response('{"intent": "price_quote", "urgency": "routine", "reply": null}')

    reads: list[int] = []

    def key() -> str:
        reads.append(1)
        return "sk-from-secret"

    provider = openai_provider(handler, api_key=key)
    assert reads == []  # building the provider reads no secret
    say("How much is a hair transplant?", provider=provider)
    assert (reads, seen) == ([1], ["Bearer sk-from-secret"])

    def missing() -> str:
        raise ProviderError("error", "API key secret missing or without api_key")

    decision = say("How much is a hair transplant?", provider=openai_provider(handler, missing))
    assert decision.fallback == "openai_compat:error" and len(seen) == 1  # nothing was sent


def test_misconfigured_tenant_provider_degrades_to_rules(say, tenant) -> None:
    broken = tenant.model_copy(
        update={"agent": tenant.agent.model_copy(update={"provider": "openai_compat"})}
    )
    decision = say("Hello", tenant=broken)
    assert decision.provider == "rules" and decision.action == "reply"


def test_parse_output_accepts_json_inside_prose() -> None:
    parsed = parse_output(
        'Here you go: {"intent": "travel", "urgency": "soon", "reply": null} thanks'
    )
    assert (parsed.intent, parsed.urgency) == ("travel", "soon")
    request = ProviderRequest(text="x", language="en", stage="enquiry", clinic="c", tone="warm")
    assert request.text == "x"
