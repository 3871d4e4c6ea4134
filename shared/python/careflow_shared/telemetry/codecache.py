"""Byte-code for the methods ``dataclasses`` generates while the OpenTelemetry SDK is imported.

Why: ``@dataclass`` writes the source text of each class's ``__init__``, ``__repr__``,
``__eq__``, … and compiles it with ``exec`` every time the defining module is imported — no
``.pyc`` holds it. The SDK's modules telemetry imports define 20 dataclasses (twelve in
``opentelemetry.sdk.metrics._internal.point``, which ``MeterProvider`` itself needs), and
parsing and compiling their ≈ 33,000 characters was ≈ 34 M of the ≈ 174 M instructions telemetry
added to ingest_message's cold start (callgrind, 2026-12-02). While :func:`importing_sdk` runs,
the name ``exec`` inside the ``dataclasses`` module resolves to :func:`_exec`, which runs the code
object compiled earlier from the very same text and compiles — as ``exec`` does: file name
``<string>``, no inherited ``__future__`` flags — only a text it has not seen. Same text, same
compiler, so the same functions; a text that changed (another SDK or Python release) is simply
compiled again.

Where the cache lives: beside this module's byte-code, ``__pycache__/sdk-dataclasses.<cache
tag>.marshal`` (under ``sys.pycache_prefix`` when one is set), written like byte-code — when
something had to be compiled and byte-code may be written. Lambda's ``/opt`` is read-only, so
the packaging writes it into the layer (:func:`build`, from ``careflow_cdk.packaging``).

The same window also pauses the cyclic garbage collector: importing creates tens of thousands
of long-lived objects and no garbage, so the collections it triggers scan them for nothing
(≈ 5 M instructions); the previous state is restored afterwards.
"""

from __future__ import annotations

import _frozen_importlib_external
import builtins
import contextlib
import gc
import logging
import marshal
import os
import sys
import threading
from collections.abc import Iterator
from types import CodeType
from typing import Any

logger = logging.getLogger("careflow.telemetry")

_MAGIC = _frozen_importlib_external.MAGIC_NUMBER
"""The byte-code format (as in a ``.pyc``'s header): a cache of another one is ignored."""
_lock = threading.RLock()


class _Session:
    """The texts one import window ran, from the cache or freshly compiled."""

    def __init__(self, cached: dict[str, CodeType]) -> None:
        self.cached = cached
        self.used: dict[str, CodeType] = {}
        self.compiled = 0


_session: _Session | None = None
last_compiled = 0
"""How many texts the last window had to compile (0: all came from the cache); tests read it."""


def cache_file() -> str | None:
    """Where the cache is read and written, as ``importlib`` places byte-code; None when this
    interpreter caches no byte-code at all (no cache tag)."""
    tag = sys.implementation.cache_tag
    if tag is None:
        return None
    here = os.path.dirname(os.path.abspath(__file__))
    name = f"sdk-dataclasses.{tag}.marshal"
    if sys.pycache_prefix:
        return os.path.join(sys.pycache_prefix, here.lstrip(os.sep), name)
    return os.path.join(here, "__pycache__", name)


def _load(path: str | None) -> dict[str, CodeType]:
    if path is None:
        return {}
    try:
        with open(path, "rb") as f:
            # as trusted as the .pyc files beside it, which the import system unmarshals alike
            magic, table = marshal.load(f)  # noqa: S302
    except (OSError, ValueError, EOFError, TypeError):  # none yet, or not ours: compile
        return {}
    if magic != _MAGIC or not isinstance(table, dict):
        return {}
    return table


def _write(path: str, table: dict[str, CodeType]) -> None:
    """Atomically, like byte-code: a reader sees the old file or the new one."""
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        partial = f"{path}.{os.getpid()}.tmp"
        with open(partial, "wb") as f:
            marshal.dump((_MAGIC, table), f)
        os.replace(partial, path)
    except OSError as exc:  # read-only (a Lambda layer), or gone: compile next time too
        logger.debug("dataclass code cache not written: %s", type(exc).__name__)


def _exec(source: Any, /, *args: Any, **kwargs: Any) -> None:
    """``exec`` for the ``dataclasses`` module while a window is open: a text's code object
    from the cache, else compiled exactly as ``exec`` compiles a string."""
    session = _session
    if session is not None and isinstance(source, str):
        code = session.cached.get(source)
        if code is None:
            code = compile(source, "<string>", "exec", dont_inherit=True)
            session.compiled += 1
        session.used[source] = code
        source = code
    builtins.exec(source, *args, **kwargs)  # noqa: S102  (dataclasses' own exec, unchanged)


@contextlib.contextmanager
def importing_sdk(*, write: bool | None = None) -> Iterator[None]:
    """Import inside this block: dataclasses' generated methods come from the cache, and the
    garbage collector waits. ``write``: store what was compiled (default: when byte-code may
    be written, ``not sys.dont_write_bytecode``). Nested or concurrent windows share the
    outermost one."""
    global _session, last_compiled
    import dataclasses

    with _lock:
        if _session is not None or "exec" in vars(dataclasses):
            yield  # the outer window (or someone else's ``exec``) stays in charge
            return
        path = cache_file()
        session = _Session(_load(path))
        _session = session
        dataclasses.exec = _exec  # type: ignore[attr-defined]
        collecting = gc.isenabled()
        gc.disable()
        try:
            yield
        finally:
            del dataclasses.exec  # type: ignore[attr-defined]
            _session = None
            if collecting:
                gc.enable()
        last_compiled = session.compiled
        if write is None:
            write = not sys.dont_write_bytecode
        if session.compiled and write and path is not None:
            _write(path, session.used)


def build() -> str | None:
    """Write the cache for this interpreter and the installed SDK (the packaging runs this in a
    fresh interpreter with a layer's ``python/`` first on its path); returns the file."""
    from careflow_shared.telemetry import setup

    with importing_sdk(write=True):
        setup.import_sdk()
    return cache_file()
