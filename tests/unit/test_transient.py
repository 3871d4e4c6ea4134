"""Which failures mean "a dependency is down" (retry, 503) and which mean "this is bad"."""

import botocore.exceptions
import httpx
import kafka.errors
import psycopg2
import pytest
import redis.exceptions
from pydantic import BaseModel, ValidationError

from careflow_channels.errors import ProviderRejected, ProviderUnavailable
from careflow_shared.errors import PoisonRecord, RetryableError
from careflow_shared.transient import is_transient


def _validation_error() -> ValidationError:
    class M(BaseModel):
        x: int

    try:
        M.model_validate({"x": "nope"})
    except ValidationError as exc:
        return exc
    raise AssertionError


def _client_error(code: str, status: int) -> botocore.exceptions.ClientError:
    return botocore.exceptions.ClientError(
        {"Error": {"Code": code}, "ResponseMetadata": {"HTTPStatusCode": status}}, "PutObject"
    )


@pytest.mark.parametrize(
    "exc",
    [
        psycopg2.OperationalError("server closed the connection unexpectedly"),
        psycopg2.InterfaceError("connection already closed"),
        psycopg2.errors.SerializationFailure("could not serialize access"),
        psycopg2.errors.AdminShutdown("terminating connection due to administrator command"),
        redis.exceptions.ConnectionError("Connection refused"),
        redis.exceptions.TimeoutError("Timeout reading from socket"),
        redis.exceptions.ReadOnlyError("You can't write against a read only replica."),
        kafka.errors.KafkaTimeoutError("Failed to update metadata after 3.0 secs."),
        kafka.errors.KafkaConnectionError("Connection refused"),
        kafka.errors.BrokerNotAvailableError(),
        kafka.errors.NotLeaderForPartitionError(),
        botocore.exceptions.EndpointConnectionError(endpoint_url="http://127.0.0.1:4566"),
        _client_error("SlowDown", 503),
        _client_error("InternalError", 500),
        httpx.ConnectError("connection refused"),
        httpx.ReadTimeout("timed out"),
        ProviderUnavailable("meta", "circuit open"),
        RetryableError("later"),
        ConnectionRefusedError(111, "Connection refused"),
        TimeoutError("timed out"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_dependency_failures_are_transient(exc: BaseException) -> None:
    assert is_transient(exc)


@pytest.mark.parametrize(
    "exc",
    [
        PoisonRecord("not an envelope"),
        _validation_error(),
        ProviderRejected("meta", 400, message="invalid parameter"),
        _client_error("AccessDenied", 403),
        _client_error("NoSuchKey", 404),
        psycopg2.errors.UniqueViolation("duplicate key"),
        psycopg2.errors.InsufficientPrivilege("permission denied"),
        KeyError("stage"),
        ValueError("bad"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_bad_records_and_bugs_are_not_transient(exc: BaseException) -> None:
    assert not is_transient(exc)


def test_a_wrapped_dependency_failure_is_transient() -> None:
    try:
        try:
            raise psycopg2.OperationalError("could not connect to server")
        except psycopg2.OperationalError as inner:
            raise RuntimeError("create_case failed") from inner
    except RuntimeError as outer:
        assert is_transient(outer)
