"""Consumer lag of a local event source mapping, as the ``careflow.consumer.lag`` gauge.

On AWS the MSK trigger publishes ``OffsetLag`` to CloudWatch; locally nothing would, and the
"consumer behind" alert and the lag panels would have no series. The harness owns the
consumers, so it reports what they know: per topic, the records between the consumer's
position and the end of each assigned partition.
"""

from __future__ import annotations

import time
from typing import Any

from careflow_shared.telemetry import metrics, setup

REPORT_EVERY_S = 5.0
SERVICE = "careflow-esm"


def lag_by_topic(consumer: Any) -> dict[str, int]:
    """Records not yet consumed, summed over the consumer's assigned partitions, per topic."""
    assigned = list(consumer.assignment())
    if not assigned:
        return {}
    ends = consumer.end_offsets(assigned)
    lag: dict[str, int] = {}
    for tp in assigned:
        behind = max(0, int(ends.get(tp, 0)) - int(consumer.position(tp)))
        lag[tp.topic] = lag.get(tp.topic, 0) + behind
    return lag


class LagReporter:
    """Reports a mapping's lag at most every :data:`REPORT_EVERY_S`; never raises (a broker that
    cannot answer an offsets request costs the poller nothing but this report)."""

    def __init__(self, function: str, *, every_s: float = REPORT_EVERY_S) -> None:
        self.function = function
        self.every_s = every_s
        self._last = float("-inf")

    def maybe_report(self, consumer: Any) -> dict[str, int] | None:
        now = time.monotonic()
        if now - self._last < self.every_s:
            return None
        self._last = now
        if not setup.init(SERVICE):
            return None
        try:
            lag = lag_by_topic(consumer)
        except Exception:
            return None
        for topic, behind in lag.items():
            metrics.gauge("careflow.consumer.lag", behind, function=self.function, topic=topic)
        setup.flush()
        return lag
