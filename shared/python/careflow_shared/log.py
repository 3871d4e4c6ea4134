"""Structured logging with a PII scrubber as the last line of defence.

Code must not log PII in the first place; this filter masks what slips through anyway: e-mail
addresses and digit runs long enough to be a phone number, national id, IBAN or card number.
"""

from __future__ import annotations

import logging
import re
from typing import Any

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_LONG_DIGITS = re.compile(r"\+?\d[\d ()-]{6,}\d")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}[A-Z0-9 ]{10,30}\b")


def scrub(text: str) -> str:
    text = _EMAIL.sub("[email]", text)
    text = _IBAN.sub("[iban]", text)
    return _LONG_DIGITS.sub("[number]", text)


def _scrub_value(value: Any) -> Any:
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, dict):
        return {k: _scrub_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_scrub_value(v) for v in value]
    return value


class PiiScrubFilter(logging.Filter):
    # trace ids are hex: a run of digits in one is not a phone number
    _STD = frozenset(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {
        "message",
        "trace_id",
        "span_id",
    }

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = scrub(record.msg)
        if record.args:
            record.args = (
                tuple(_scrub_value(a) for a in record.args)
                if isinstance(record.args, tuple)
                else _scrub_value(record.args)
            )
        for key, value in list(record.__dict__.items()):
            if key not in self._STD:
                setattr(record, key, _scrub_value(value))
        return True


class TraceIdsFilter(logging.Filter):
    """``trace_id``/``span_id`` of the current span on every record, to go from a log line to
    its trace (nothing when telemetry is off: no span)."""

    def filter(self, record: logging.LogRecord) -> bool:
        from careflow_shared.telemetry.spans import current_ids

        ids = current_ids()
        if ids is not None:
            record.trace_id, record.span_id = ids
        return True


def get_logger(service: str) -> Any:
    """A Powertools logger (JSON, Lambda context, correlation ids) with the PII filter."""
    from aws_lambda_powertools import Logger

    logger = Logger(service=service)
    for handler in logger.handlers:
        handler.addFilter(PiiScrubFilter())
    logger.addFilter(PiiScrubFilter())
    logger.addFilter(TraceIdsFilter())
    return logger
