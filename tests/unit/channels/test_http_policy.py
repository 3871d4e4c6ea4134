"""Pure parts of the provider HTTP layer: status mapping, Retry-After, configuration."""

from datetime import UTC, datetime

import httpx
import pytest

from careflow_channels import http
from careflow_channels.errors import (
    MediaRejected,
    ProviderNotConfigured,
    ProviderRejected,
    ProviderUnavailable,
)
from careflow_shared.errors import RetryableError


def response(status, body=None, headers=None):
    return httpx.Response(
        status, json=body, headers=headers, request=httpx.Request("GET", "http://x")
    )


@pytest.mark.parametrize("status", [200, 201, 204])
def test_2xx_passes(status):
    http.raise_for_status("whatsapp", response(status, {}))


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
def test_429_and_5xx_are_transient(status):
    with pytest.raises(http._Transient) as exc:
        http.raise_for_status("whatsapp", response(status, {}, {"Retry-After": "7"}))
    assert exc.value.retry_after == 7.0


def test_other_4xx_are_final_and_carry_the_provider_code():
    meta = {"error": {"message": "Re-engagement message", "type": "OAuthException", "code": 131047}}
    with pytest.raises(ProviderRejected) as exc:
        http.raise_for_status("whatsapp", response(400, meta))
    assert exc.value.status == 400 and exc.value.provider_code == "131047"
    assert exc.value.retryable is False
    with pytest.raises(ProviderRejected) as exc:
        http.raise_for_status(
            "doktor365", response(422, {"error": {"code": "idempotency_key_reuse"}})
        )
    assert exc.value.provider_code == "idempotency_key_reuse"


def test_retry_after_forms():
    now = datetime(2026, 5, 4, 12, 0, 0, tzinfo=UTC)
    assert http.parse_retry_after("12") == 12.0
    assert http.parse_retry_after("Mon, 04 May 2026 12:00:30 GMT", now=now) == 30.0
    assert http.parse_retry_after("Mon, 04 May 2026 11:00:00 GMT", now=now) == 0.0
    assert http.parse_retry_after("soon") is None
    assert http.parse_retry_after(None) is None


def test_error_classes_say_what_to_do_next():
    assert issubclass(ProviderUnavailable, RetryableError)
    assert ProviderUnavailable("whatsapp", "down").retryable is True
    assert not issubclass(ProviderRejected, RetryableError)
    assert not issubclass(MediaRejected, RetryableError)


def test_base_urls_come_from_the_environment(monkeypatch):
    monkeypatch.delenv("CAREFLOW_META_GRAPH_URL", raising=False)
    monkeypatch.delenv("CAREFLOW_META_GRAPH_VERSION", raising=False)
    assert http.graph_url("123", "messages") == "https://graph.facebook.com/v23.0/123/messages"
    monkeypatch.setenv("CAREFLOW_META_GRAPH_URL", "http://127.0.0.1:18081/")
    monkeypatch.setenv("CAREFLOW_META_GRAPH_VERSION", "v24.0")
    assert (
        http.graph_url("me", "messages", provider="instagram")
        == "http://127.0.0.1:18081/v24.0/me/messages"
    )
    monkeypatch.delenv("CAREFLOW_DOKTOR365_URL", raising=False)
    with pytest.raises(ProviderNotConfigured):
        http.base_url("doktor365")
    assert (
        http.base_url("doktor365", "https://clinic.d365.example/") == "https://clinic.d365.example"
    )
    monkeypatch.setenv("CAREFLOW_ONLYCHANNEL_URL", "http://127.0.0.1:18081/onlychannel")
    assert http.base_url("onlychannel") == "http://127.0.0.1:18081/onlychannel"
    with pytest.raises(ProviderNotConfigured):
        http.base_url("telegram")


def test_default_timeouts_are_connect_3_read_10(monkeypatch):
    monkeypatch.delenv("CAREFLOW_HTTP_CONNECT_TIMEOUT_S", raising=False)
    monkeypatch.delenv("CAREFLOW_HTTP_READ_TIMEOUT_S", raising=False)
    timeout = http.CallPolicy().timeout()
    assert timeout.connect == 3.0 and timeout.read == 10.0
    monkeypatch.setenv("CAREFLOW_HTTP_READ_TIMEOUT_S", "4.5")
    assert http.CallPolicy().timeout().read == 4.5


def test_one_client_per_container():
    http.reset_client()
    try:
        assert http.get_client() is http.get_client()
        assert http.get_client().timeout.connect == http.CallPolicy().connect_timeout_s
    finally:
        http.reset_client()
