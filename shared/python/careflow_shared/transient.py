"""Is this failure "the world is down" (retry later) or "this record/request is bad"?

A record that fails because Postgres, Redis, Kafka, S3 or a provider is unreachable must wait for
the dependency, never be dead-lettered as if it were bad; a webhook that fails for the same reason
answers 503 so the provider retries. The check walks the exception's class hierarchy by module
and name, so this module imports none of the client libraries (it runs in every function, and
the API must not pay for importing kafka-python or botocore to classify an error).
"""

from __future__ import annotations

from careflow_shared.errors import RetryableError

# (module prefix, class name) of the client libraries' "cannot reach / try again" errors.
_TRANSIENT_CLASSES: frozenset[tuple[str, str]] = frozenset(
    {
        # psycopg2 / psycopg 3: connection lost, server shutting down or starting up, failover,
        # serialization failures and deadlocks (the transaction can simply run again).
        ("psycopg2", "OperationalError"),
        ("psycopg2", "InterfaceError"),
        ("psycopg2", "TransactionRollbackError"),
        ("psycopg", "OperationalError"),
        ("psycopg", "InterfaceError"),
        ("psycopg", "TransactionRollback"),
        ("psycopg_pool", "PoolTimeout"),
        # redis-py (ConnectionError covers refused connections, resets and "LOADING")
        ("redis", "ConnectionError"),
        ("redis", "TimeoutError"),
        ("redis", "BusyLoadingError"),
        ("redis", "TryAgainError"),
        ("redis", "ClusterDownError"),
        ("redis", "ReadOnlyError"),  # an ElastiCache failover: we still talk to the old primary
        # kafka-python: no broker, timeouts, leader elections, anything the client calls retriable
        ("kafka", "KafkaConnectionError"),
        ("kafka", "KafkaTimeoutError"),
        ("kafka", "NoBrokersAvailable"),
        ("kafka", "BrokerNotAvailableError"),
        ("kafka", "NodeNotReadyError"),
        ("kafka", "NotLeaderForPartitionError"),
        ("kafka", "LeaderNotAvailableError"),
        ("kafka", "RequestTimedOutError"),
        ("kafka", "NotEnoughReplicasError"),
        ("kafka", "NotEnoughReplicasAfterAppendError"),
        # botocore (S3, KMS, Secrets Manager): network and throttling
        ("botocore", "EndpointConnectionError"),
        ("botocore", "ConnectionClosedError"),
        ("botocore", "ConnectTimeoutError"),
        ("botocore", "ReadTimeoutError"),
        ("botocore", "HTTPClientError"),
        # httpx / httpcore: the provider clients' transport
        ("httpx", "TransportError"),
        ("httpcore", "NetworkError"),
        ("httpcore", "TimeoutException"),
    }
)

# botocore ClientError codes that mean "later", not "never".
_TRANSIENT_AWS_CODES = frozenset(
    {
        "InternalError",
        "InternalFailure",
        "ServiceUnavailable",
        "SlowDown",
        "Throttling",
        "ThrottlingException",
        "RequestTimeout",
        "RequestLimitExceeded",
        "TooManyRequestsException",
        "KMSInternalException",
    }
)


def is_transient(exc: BaseException) -> bool:
    """True when ``exc`` (or an exception it was raised from) says a dependency is unavailable."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if _is_transient_one(current):
            return True
        current = current.__cause__ or current.__context__
    return False


def _is_transient_one(exc: BaseException) -> bool:
    if isinstance(exc, RetryableError):
        return True
    if isinstance(exc, (ConnectionError, TimeoutError)):  # builtins: refused, reset, timed out
        return True
    if getattr(exc, "retriable", False) is True:  # kafka-python marks its retriable errors
        return True
    for cls in type(exc).__mro__:
        root = cls.__module__.split(".", 1)[0]
        if (root, cls.__name__) in _TRANSIENT_CLASSES:
            return True
    if type(exc).__name__ == "ClientError" and type(exc).__module__.startswith("botocore"):
        response = getattr(exc, "response", {}) or {}
        code = str(response.get("Error", {}).get("Code", ""))
        status = int(response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0) or 0)
        return code in _TRANSIENT_AWS_CODES or status >= 500 or status == 429
    return False
