"""Spans around what costs time, and the attributes careflow puts on them.

Why a facade: when telemetry is off these helpers return a shared null context and import
nothing, so call sites stay one ``with`` line. Attributes are ids and enums only — tenant slug,
case id, event id, topic, counts — never message text, phone numbers, names or e-mails
(``tests/unit/telemetry/test_no_pii.py`` runs a message full of them through the functions).
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal, ParamSpec, TypeVar

from careflow_shared.telemetry import setup

if TYPE_CHECKING:
    from opentelemetry.trace import Span, Tracer

Kind = Literal["internal", "server", "client", "producer", "consumer"]
AttributeValue = str | bool | int | float
P = ParamSpec("P")
T = TypeVar("T")

_tracer: Tracer | None = None


def reset() -> None:
    """Forget the tracer (a new provider was installed)."""
    global _tracer
    _tracer = None


def tracer() -> Tracer:
    global _tracer
    if _tracer is None:
        provider = setup.tracer_provider()
        assert provider is not None
        _tracer = provider.get_tracer(setup.TRACER_NAME)
    return _tracer


def span_kind(kind: Kind) -> Any:
    from opentelemetry.trace import SpanKind

    return SpanKind[kind.upper()]


def clean(attributes: Mapping[str, Any] | None) -> dict[str, AttributeValue]:
    """Attributes without ``None`` values (OpenTelemetry drops them with a warning)."""
    if not attributes:
        return {}
    return {k: v for k, v in attributes.items() if v is not None}


@contextlib.contextmanager
def span(
    name: str,
    *,
    kind: Kind = "internal",
    attributes: Mapping[str, Any] | None = None,
    context: Any = None,
    links: list[Any] | None = None,
) -> Iterator[Span | None]:
    """A span around the block (an exception marks it as an error and is re-raised);
    ``None`` and nothing recorded when telemetry is off."""
    if not setup.enabled():
        yield None
        return
    with tracer().start_as_current_span(
        name,
        context=context,
        kind=span_kind(kind),
        attributes=clean(attributes),
        links=links,
    ) as current:
        yield current


def traced(
    name: str, *, kind: Kind = "internal", attributes: Mapping[str, Any] | None = None
) -> Callable[[Callable[P, T]], Callable[P, T]]:
    """Decorator form of :func:`span` with fixed attributes (e.g. a Redis round-trip)."""

    def wrap(fn: Callable[P, T]) -> Callable[P, T]:
        @functools.wraps(fn)
        def inner(*args: P.args, **kwargs: P.kwargs) -> T:
            if not setup.enabled():
                return fn(*args, **kwargs)
            with span(name, kind=kind, attributes=attributes):
                return fn(*args, **kwargs)

        return inner

    return wrap


def set_attributes(**attributes: Any) -> None:
    """Add attributes to the current span (no-op without telemetry or span).

    Keyword names use ``__`` for dots: ``careflow__case_id`` → ``careflow.case_id``."""
    if not setup.enabled():
        return
    from opentelemetry import trace

    current = trace.get_current_span()
    if current.is_recording():
        current.set_attributes(clean({k.replace("__", "."): v for k, v in attributes.items()}))


def current_ids() -> tuple[str, str] | None:
    """(trace_id, span_id) in hex of the current span, for log lines; None without one."""
    if not setup.enabled():
        return None
    from opentelemetry import trace

    ctx = trace.get_current_span().get_span_context()
    if not ctx.is_valid:
        return None
    return f"{ctx.trace_id:032x}", f"{ctx.span_id:016x}"


@contextlib.contextmanager
def model_call(
    provider: str, model: str, *, tenant: str | None = None
) -> Iterator[Callable[[int | None, int | None], None]]:
    """A GenAI client span ``chat <model>``; the block reports token counts with the callable
    it gets (``usage(input_tokens, output_tokens)``)."""
    attributes = {
        "gen_ai.operation.name": "chat",
        "gen_ai.system": provider,
        "gen_ai.provider.name": provider,
        "gen_ai.request.model": model,
        "careflow.tenant": tenant,
    }
    with span(f"chat {model}", kind="client", attributes=attributes) as current:

        def usage(input_tokens: int | None, output_tokens: int | None) -> None:
            if current is not None:
                current.set_attributes(
                    clean(
                        {
                            "gen_ai.usage.input_tokens": input_tokens,
                            "gen_ai.usage.output_tokens": output_tokens,
                        }
                    )
                )

        yield usage
