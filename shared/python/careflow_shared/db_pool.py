"""How many Postgres connections a container keeps at most, for every pool it has.

Why one module: the psycopg2 pool (``careflow_rds.connection``) and the checkpointer's
(``careflow_agents.checkpoint``) are bounded by the same setting, and those two layers do not
depend on each other; both depend on this one. Read on each call, not cached, so a test (or an
operator's environment) that sets it is obeyed at once.
"""

from __future__ import annotations

import os

POOL_SIZE_ENV = "CAREFLOW_DB_POOL_SIZE"
DEFAULT_POOL_SIZE = 2
"""Connections a container keeps at most, unless ``CAREFLOW_DB_POOL_SIZE`` says otherwise. A
lane holds one only for a transaction of a few milliseconds between its model or HTTP calls,
so two serve 8 lanes: in the 150-message burst (2026-12-02) a bound of 2 opened 16 sessions
where one per lane thread opened ~100, and drained as fast. It also bounds what a container
asks of Postgres's (or RDS Proxy's) connection limit, whatever its batch concurrency; a turn
of the agents holds a checkpointer connection for its two or three short transactions, not for
its model call."""


def pool_size() -> int:
    """``CAREFLOW_DB_POOL_SIZE``, else :data:`DEFAULT_POOL_SIZE`."""
    try:
        value = int(os.environ.get(POOL_SIZE_ENV) or 0)
    except ValueError:
        value = 0
    return value if value > 0 else DEFAULT_POOL_SIZE
