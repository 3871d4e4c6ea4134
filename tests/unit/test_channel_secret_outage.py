"""A Secrets Manager outage is not "this tenant has no such channel".

Powertools wraps every failure of ``get_secret`` in ``GetParameterError``; before, a cold
container that could not reach Secrets Manager answered a webhook 404 (Meta does not retry it)
and dropped a reply. Now an unreachable endpoint is raised again (the webhook answers 503, the
record is retried) and only a secret that really does not exist means "no channel"."""

from __future__ import annotations

from typing import Any

import pytest
from aws_lambda_powertools.utilities import parameters
from aws_lambda_powertools.utilities.parameters.exceptions import GetParameterError
from botocore.exceptions import ClientError, EndpointConnectionError

from careflow_shared.transient import is_transient
from careflow_tenant.secrets import get_channel_secret


def _wrapped(cause: Exception) -> Any:
    def get_secret(*_: Any, **__: Any) -> Any:
        try:
            raise cause
        except Exception as exc:  # as Powertools does: a new error raised inside the handler
            raise GetParameterError(str(exc))  # noqa: B904

    return get_secret


def test_an_unreachable_secrets_manager_is_raised_as_transient(monkeypatch) -> None:
    outage = EndpointConnectionError(endpoint_url="http://127.0.0.1:4566/")
    monkeypatch.setattr(parameters, "get_secret", _wrapped(outage))
    with pytest.raises(GetParameterError) as raised:
        get_channel_secret("clinic-a", "whatsapp")
    assert is_transient(raised.value)


def test_a_missing_secret_still_means_no_channel(monkeypatch) -> None:
    missing = ClientError(
        {"Error": {"Code": "ResourceNotFoundException", "Message": "not found"}}, "GetSecretValue"
    )
    monkeypatch.setattr(parameters, "get_secret", _wrapped(missing))
    assert get_channel_secret("clinic-a", "whatsapp") is None
