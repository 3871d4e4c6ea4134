"""cProfile inside a function's container, switched on by ``CAREFLOW_PROFILE_DIR`` (local only).

Why: the local burst is bound by CPU, and a container's CPU is spread over the batch runner's
worker threads, which an outside ``python -m cProfile`` would not see (cProfile follows one
thread) and could not write out (a container is killed, never exits). Each thread that runs a
:func:`profiled` block gets a profiler of its own; when its outermost block ends, the thread's
cumulative statistics are written to ``<dir>/<name>-<pid>-<thread>.prof`` (overwritten each
time), to be merged with ``pstats.Stats(*files)``. Unset (always on AWS), it costs one
environment lookup per block.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Iterator
from typing import Any

PROFILE_DIR_ENV = "CAREFLOW_PROFILE_DIR"


class _PerThread(threading.local):
    profile: Any = None
    depth: int = 0


_local = _PerThread()


@contextlib.contextmanager
def profiled(name: str) -> Iterator[None]:
    """Profile the block in this thread (nested blocks count once) when profiling is on."""
    folder = os.environ.get(PROFILE_DIR_ENV)
    if not folder:
        yield
        return
    if _local.profile is None:
        import cProfile

        # CPU time of this thread, not wall time: what the burst is short of is CPU, and a
        # worker's waits (model, HTTP, a lock, the pool) would otherwise top every listing.
        _local.profile = cProfile.Profile(time.thread_time)
    _local.depth += 1
    if _local.depth == 1:
        _local.profile.enable()
    try:
        yield
    finally:
        _local.depth -= 1
        if _local.depth == 0:
            _local.profile.disable()
            path = os.path.join(folder, f"{name}-{os.getpid()}-{threading.get_ident()}.prof")
            with contextlib.suppress(OSError):
                _local.profile.dump_stats(path)
