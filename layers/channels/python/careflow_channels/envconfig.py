"""Tuning knobs read from the environment (timeouts, breaker thresholds), with safe defaults.

A malformed value falls back to the default instead of failing every call of the container.
"""

from __future__ import annotations

import os


def env_float(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name, default))
    except ValueError:
        return default
