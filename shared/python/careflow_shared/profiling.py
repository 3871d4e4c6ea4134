"""cProfile inside a function's container, switched on by ``CAREFLOW_PROFILE_DIR`` (local only).

Why: the local burst is bound by CPU, and an outside ``python -m cProfile`` could not write its
statistics out (a container is killed, never exits). The batch runner wraps each invocation in
:func:`profiled`: the first one enables one profiler for the process, and after each the
cumulative statistics are written to ``<dir>/<name>-<pid>.prof`` (overwritten), to be merged
with ``pstats.Stats(*files)``. On CPython 3.12+ cProfile runs on ``sys.monitoring``, which
reports every thread's calls to the one profiler, so the batch runner's worker threads are in
it too; only one profiler may be active per process, hence one. The clock is the process's CPU
time: what the burst is short of, where wall time would rank a worker's waits (model, HTTP,
the connection pool) first. Unset (always on AWS), it costs one environment lookup.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Iterator
from typing import Any

PROFILE_DIR_ENV = "CAREFLOW_PROFILE_DIR"

_lock = threading.Lock()
_profile: Any = None


@contextlib.contextmanager
def profiled(name: str) -> Iterator[None]:
    """Profile from the first such block on; write the statistics when the block ends."""
    global _profile
    folder = os.environ.get(PROFILE_DIR_ENV)
    if not folder:
        yield
        return
    with _lock:
        if _profile is None:
            import cProfile

            _profile = cProfile.Profile(time.process_time)
            _profile.enable()
    try:
        yield
    finally:
        with _lock:
            _profile.disable()  # dump_stats snapshots a disabled profiler
            with contextlib.suppress(OSError):
                _profile.dump_stats(os.path.join(folder, f"{name}-{os.getpid()}.prof"))
            _profile.enable()
