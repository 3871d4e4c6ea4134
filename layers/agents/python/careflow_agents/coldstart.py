"""Make run_agent's one-off import of LangGraph cheaper: most of the container's cold start.

Two tools, measured by ``make bench`` (``layers/agents/bench_agents.py``):

``defer_package_inits()`` -- about a third of LangGraph's import is two package initialisers
whose contents run_agent never touches:

* ``langsmith.types`` -- a generated package whose ``__init__`` re-exports some two hundred
  pydantic models (sandboxes, charts, datasets...); ``langsmith.run_trees`` imports only
  ``langsmith.types.run_select_field`` (a ``Literal``), yet Python runs the whole ``__init__``
  first. Upstream: langchain-ai/langchain#40236, langchain-ai/langsmith-sdk#2761.
* ``langgraph_sdk`` -- the LangGraph Platform HTTP client; ``langgraph.runtime`` imports only
  ``langgraph_sdk.auth.types.BaseUser``, yet the package ``__init__`` builds the whole client.

Each is registered as a module whose ``__path__`` is the real one, so its submodules import as
usual, and whose ``__init__`` runs on the first attribute anyone reads from the package itself
(``from langsmith.types import Run`` still works). Nothing is replaced or patched: the same code
runs, later or never. A package already imported, or missing, is left alone. It must run before
LangGraph is imported; ``careflow_agents/__init__`` calls it first.

``import_phase()`` -- for the two one-off imports of LangGraph's modules (``careflow_agents.graph``
and ``checkpoint.postgres_saver_class``, whichever runs first pays most), it cuts two costs a turn
never needs:

* the import defines about a hundred pydantic models (LangSmith's run and dataset schemas,
  LangChain's message and runnable schemas) and pydantic builds each one's validator and
  serializer at class creation, some 0.1 s here; a turn uses two of them. Inside the phase those
  classes get pydantic's own ``defer_build`` setting: each is built on its first use instead, or
  never. The setting is on ``BaseModel``'s config for the phase only, so only classes created by
  the phase defer (and their subclasses, as config is inherited); other classes are untouched.
  Stainless-generated SDKs (openai-python among them) defer their own models the same way by
  default. Its known trap -- an instance of a never-built class serialized where pydantic infers
  the type ("'MockValSer' object cannot be converted to 'SchemaSerializer'", pydantic <= 2.12) --
  is gone in the pinned pydantic, which builds the class at that point; a test keeps it so.
* it allocates some hundred thousand long-lived objects (classes, schemas), and the cyclic
  garbage collector walks them dozens of times while it runs (about 5% of the import here). The
  phase pauses the collector, then ``gc.freeze()`` moves what the import created out of its reach
  for the container's lifetime: the pattern CPython documents for pre-fork servers, which a
  Lambda container resembles (one init, many invocations). So a phase runs once per process,
  never per invocation: a freeze would pin that invocation's garbage too.
"""

from __future__ import annotations

import contextlib
import gc
import importlib.util
import sys
import threading
import types
from collections.abc import Iterator
from typing import Any

PACKAGES = ("langsmith.types", "langgraph_sdk")

_lock = threading.RLock()
_UNSET = object()
_active = 0  # deferred_model_builds() phases running
_before: Any = _UNSET  # BaseModel's defer_build before the first of them


class _DeferredPackage(types.ModuleType):
    """A package module that executes its real ``__init__`` on first attribute access."""

    def __getattr__(self, name: str) -> Any:
        # Python calls this only for names not (yet) in the module's dict.
        with _lock:
            if self.__dict__.pop("_careflow_deferred", False):
                spec = self.__spec__
                assert spec is not None and spec.loader is not None
                try:
                    spec.loader.exec_module(self)
                except BaseException:
                    sys.modules.pop(self.__name__, None)  # as a failed import would
                    raise
                object.__setattr__(self, "__class__", types.ModuleType)  # a plain module now
        if type(self) is not _DeferredPackage:
            return getattr(self, name)  # the real module's lookup, its own __getattr__ included
        try:  # read by the package's own __init__ while it runs
            return self.__dict__[name]
        except KeyError:
            raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}") from None


def defer_package_inits(names: tuple[str, ...] = PACKAGES) -> list[str]:
    """Register the packages as deferred; returns the ones this call deferred."""
    deferred: list[str] = []
    with _lock:
        for name in names:
            if name in sys.modules:
                continue
            try:
                spec = importlib.util.find_spec(name)
            except ModuleNotFoundError:  # its parent package is not installed
                continue
            if spec is None or spec.loader is None or spec.submodule_search_locations is None:
                continue  # not installed, or not a package: nothing to defer
            module = _DeferredPackage(name)
            module.__spec__ = spec
            module.__loader__ = spec.loader
            module.__file__ = spec.origin
            module.__path__ = list(spec.submodule_search_locations)
            module.__package__ = name
            module.__dict__["_careflow_deferred"] = True
            sys.modules[name] = module
            parent, _, child = name.rpartition(".")
            if parent:
                setattr(sys.modules[parent], child, module)
            deferred.append(name)
    return deferred


@contextlib.contextmanager
def deferred_model_builds() -> Iterator[None]:
    """Pydantic models created inside are built on first use (``defer_build``), not at once.

    Phases may nest or overlap (two threads): the first one in sets the flag, the last one out
    restores what was there before.
    """
    from pydantic import BaseModel

    global _active, _before
    config = BaseModel.model_config
    with _lock:
        if _active == 0:
            _before = config.get("defer_build", _UNSET)
            config["defer_build"] = True
        _active += 1
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if _active == 0:
                if _before is _UNSET:
                    config.pop("defer_build", None)
                else:
                    config["defer_build"] = _before


@contextlib.contextmanager
def import_phase() -> Iterator[None]:
    """A one-off import: its pydantic models deferred, the cyclic GC paused, then frozen."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        with deferred_model_builds():
            yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
