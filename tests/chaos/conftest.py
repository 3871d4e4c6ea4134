"""The fault-injection suite stops real services: it is collected only by ``make chaos``, which
sets ``CAREFLOW_CHAOS=1``, and it refuses to run against the shared default ports."""

from __future__ import annotations

import os

collect_ignore_glob = [] if os.environ.get("CAREFLOW_CHAOS") == "1" else ["test_*.py"]
