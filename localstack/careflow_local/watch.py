"""``careflow dev``'s watch mode: a change to a function or a layer reaches its containers at once.

Like ``sam sync --watch``: every second the sources are scanned (``functions/``, each layer's
``python/``, ``requirements.txt``); for what changed, the affected functions' bundles are rebuilt
(content-addressed, so only what changed is built again) and their containers recycled — idle
ones now, busy ones when their invocation returns — so the next invocation is a cold start of the
new code. The gateway and the MSK pollers keep running; nothing is restarted.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from careflow_local.paths import FUNCTIONS_DIR, REPO_ROOT
from careflow_shared.topology import FUNCTIONS, LAYER_DIRS

log = logging.getLogger("careflow.watch")
Snapshot = dict[Path, tuple[float, int]]


def _watched_roots() -> dict[Path, str]:
    """Folder -> what it is: ``function:<name>``, ``layer:<name>`` or ``dependencies``."""
    roots = {FUNCTIONS_DIR / name: f"function:{name}" for name in FUNCTIONS}
    roots.update({REPO_ROOT / rel / "python": f"layer:{name}" for name, rel in LAYER_DIRS.items()})
    return roots


def snapshot(roots: Iterable[Path]) -> Snapshot:
    """Modification time and size of every source file below ``roots`` (caches left out)."""
    files: Snapshot = {}
    for root in roots:
        if not root.is_dir():
            continue
        for path in root.rglob("*"):
            if "__pycache__" in path.parts or path.suffix == ".pyc" or not path.is_file():
                continue
            try:
                stat = path.stat()
            except OSError:
                continue
            files[path] = (stat.st_mtime, stat.st_size)
    requirements = REPO_ROOT / "requirements.txt"
    if requirements.is_file():
        stat = requirements.stat()
        files[requirements] = (stat.st_mtime, stat.st_size)
    return files


def affected_functions(changed: Iterable[Path]) -> list[str]:
    """The functions whose bundle holds any of the ``changed`` files."""
    roots = _watched_roots()
    hit: set[str] = set()
    for path in changed:
        if path.name == "requirements.txt" and path.parent == REPO_ROOT:
            return sorted(FUNCTIONS)  # the dependency layer: every function
        for root, what in roots.items():
            if path.is_relative_to(root):
                kind, name = what.split(":", 1)
                if kind == "function":
                    hit.add(name)
                else:
                    hit.update(f for f, spec in FUNCTIONS.items() if name in spec.layers)
    return sorted(hit)


class Watcher:
    """Polls the sources and calls ``rebuild(functions)`` when some of them changed."""

    def __init__(self, rebuild: Callable[[list[str]], None], interval_s: float = 1.0) -> None:
        self._rebuild = rebuild
        self._interval = interval_s
        self._roots = list(_watched_roots())
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._last = snapshot(self._roots)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="watch", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join(5)

    def poll(self) -> list[str]:
        """One scan; rebuilds and returns the affected functions (empty when nothing changed)."""
        current = snapshot(self._roots)
        changed = {
            p for p in current.keys() | self._last.keys() if current.get(p) != self._last.get(p)
        }
        self._last = current
        functions = affected_functions(changed)
        if functions:
            started = time.perf_counter()
            self._rebuild(functions)
            names = ", ".join(sorted(str(p.relative_to(REPO_ROOT)) for p in changed)[:3])
            print(
                f"[watch] {names}{' …' if len(changed) > 3 else ''} changed: rebuilt and recycled "
                f"{', '.join(functions)} in {(time.perf_counter() - started) * 1000:.0f} ms",
                flush=True,
            )
        return functions

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            try:
                self.poll()
            except Exception:  # a half-saved file: the next scan tries again
                log.exception("watch: rebuild failed")
