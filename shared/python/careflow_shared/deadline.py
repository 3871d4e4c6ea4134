"""The invocation's deadline, seen from anywhere a record is being handled.

Why: a Lambda that runs past its timeout is killed mid-record and its whole batch is retried
(model calls paid again). The batch runner binds the Lambda ``context`` here for each record (in
the worker thread that handles it, a ``ContextVar``), and outbound calls — model providers, the
channels' HTTP client — ask :func:`budget_s` for a timeout that ends before the invocation does,
keeping :data:`FINISH_S` for what a record still does after its last call (its writes). Outside
a batch (tests, the CLI, the API) nothing is bound and every call keeps its configured timeout.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

FINISH_S = 1.5
"""What a record needs after its last outbound call: its transaction (checkpoint, decision,
outbox rows) and the answer. A call is given the remaining time minus this."""

MIN_CALL_S = 0.25
"""A call that would get less than this is not started (it could not succeed anyway)."""

RESERVE_ENV = "CAREFLOW_DEADLINE_RESERVE_MS"
CONCURRENCY_ENV = "CAREFLOW_BATCH_CONCURRENCY"

_context: ContextVar[Any] = ContextVar("careflow_lambda_context", default=None)


class NoTimeLeft(Exception):
    """Too little of the invocation is left to start this call; the caller treats it like a
    timeout (a model call falls back to rules, a delivery is retried by the mapping)."""


def remaining_ms(context: Any) -> int | None:
    """``context.get_remaining_time_in_millis()``, or None for a context without one."""
    try:
        return int(context.get_remaining_time_in_millis())
    except (AttributeError, TypeError, ValueError):
        return None


@contextmanager
def bound(context: Any) -> Iterator[None]:
    """Make ``context``'s deadline the one :func:`budget_s` sees in this thread meanwhile."""
    token = _context.set(context)
    try:
        yield
    finally:
        _context.reset(token)


def remaining_s() -> float | None:
    """Seconds left in the bound invocation; None when no deadline is bound."""
    ms = remaining_ms(_context.get())
    return None if ms is None else ms / 1000


def budget_s(configured_s: float, *, finish_s: float = FINISH_S) -> float:
    """The timeout a call may use: its configured one, cut so it ends ``finish_s`` before the
    invocation's deadline. Raises :class:`NoTimeLeft` when less than :data:`MIN_CALL_S` is left."""
    left = remaining_s()
    if left is None:
        return configured_s
    budget = min(configured_s, left - finish_s)
    if budget < MIN_CALL_S:
        raise NoTimeLeft(f"{max(left, 0.0):.2f}s left in the invocation")
    return budget


def reserve_ms() -> int:
    """The function's start reserve (``FunctionSpec.deadline_reserve_ms``, via its env)."""
    return _env_int(RESERVE_ENV, 0)


def batch_concurrency() -> int:
    """How many keys of a batch run at once (``FunctionSpec.batch_concurrency``, via its env)."""
    return max(1, _env_int(CONCURRENCY_ENV, 1))


def _env_int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name) or default)
    except ValueError:
        return default
