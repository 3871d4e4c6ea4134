"""careflow's metrics (meter ``careflow``), exactly the instruments of ``TELEMETRY.md``.

Why a table: the names, kinds, units and attribute keys are a contract with the dashboards and
alert rules (``monitoring/``); an emit with an unknown name or attribute key fails in tests
instead of producing a series no panel reads. Without telemetry every call returns at once.
Attribute values are slugs and enums — ``tenant`` is the tenant's slug, never a person.
Gauges carry no unit: the collector's Prometheus exporter would name a unit-``1`` gauge
``…_ratio``, and the rules read ``careflow_breaker_state`` and ``careflow_consumer_lag``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from careflow_shared.telemetry import setup

Kind = Literal["counter", "histogram", "gauge"]


@dataclass(frozen=True)
class Instrument:
    kind: Kind
    unit: str
    attributes: frozenset[str]
    description: str


def _i(kind: Kind, unit: str, attributes: str, description: str) -> Instrument:
    return Instrument(kind, unit, frozenset(attributes.split()), description)


INSTRUMENTS: dict[str, Instrument] = {
    "careflow.webhooks": _i(
        "counter", "1", "tenant channel outcome reason", "webhook messages by outcome"
    ),
    "careflow.records": _i(
        "counter", "1", "function topic outcome", "Kafka records by outcome per function"
    ),
    "careflow.handler.duration": _i("histogram", "s", "function", "handler invocation duration"),
    "careflow.webhook_to_decision": _i(
        "histogram", "s", "tenant", "webhook received to agent decision persisted"
    ),
    "careflow.webhook_to_reply": _i(
        "histogram", "s", "tenant channel", "webhook received to reply sent"
    ),
    "careflow.decisions": _i(
        "counter", "1", "tenant intent action urgency provider", "agent decisions"
    ),
    "careflow.escalations": _i("counter", "1", "tenant urgency", "cases escalated to a human"),
    "careflow.replies.awaiting_approval": _i(
        "counter", "1", "tenant", "replies held for a coordinator's approval"
    ),
    "careflow.outbound": _i("counter", "1", "tenant channel outcome", "outbound messages"),
    "careflow.breaker.state": _i(
        "gauge", "", "dependency", "circuit breaker: 0 closed, 1 half-open, 2 open"
    ),
    "careflow.model.duration": _i(
        "histogram", "s", "tenant provider model outcome", "model call duration"
    ),
    "careflow.model.tokens": _i(
        "counter", "1", "tenant provider model direction", "model tokens by direction"
    ),
    "careflow.cases.stage_changes": _i(
        "counter", "1", "tenant stage", "cases entering a stage (creation enters enquiry)"
    ),
    "careflow.consumer.lag": _i("gauge", "", "function topic", "records behind, per consumer"),
}
BREAKER_STATES = {"closed": 0, "half_open": 1, "half-open": 1, "open": 2}

_instruments: dict[str, Any] = {}


def reset() -> None:
    """Forget the instruments (a new meter provider was installed)."""
    _instruments.clear()


def _instrument(name: str) -> Any:
    found = _instruments.get(name)
    if found is None:
        spec = INSTRUMENTS[name]
        provider = setup.meter_provider()
        assert provider is not None
        meter = provider.get_meter(setup.METER_NAME)
        if spec.kind == "counter":
            found = meter.create_counter(name, unit=spec.unit, description=spec.description)
        elif spec.kind == "histogram":
            found = meter.create_histogram(
                name,
                unit=spec.unit,
                description=spec.description,
                explicit_bucket_boundaries_advisory=setup.LATENCY_BUCKETS_S,
            )
        else:
            found = meter.create_gauge(name, unit=spec.unit, description=spec.description)
        _instruments[name] = found
    return found


def _attributes(name: str, attributes: dict[str, Any]) -> dict[str, str]:
    spec = INSTRUMENTS[name]
    unknown = set(attributes) - spec.attributes
    if unknown:
        raise ValueError(f"{name} has no attribute {sorted(unknown)}")
    return {k: str(v) for k, v in attributes.items() if v is not None}


def add(name: str, value: int = 1, **attributes: Any) -> None:
    """Add to a counter (``INSTRUMENTS[name].kind == "counter"``)."""
    if setup.meter_provider() is None:
        return
    _instrument(name).add(value, _attributes(name, attributes))


def record(name: str, value: float, **attributes: Any) -> None:
    """Record a histogram value (seconds for durations)."""
    if setup.meter_provider() is None:
        return
    _instrument(name).record(value, _attributes(name, attributes))


def gauge(name: str, value: float, **attributes: Any) -> None:
    """Set a gauge's current value."""
    if setup.meter_provider() is None:
        return
    _instrument(name).set(value, _attributes(name, attributes))
