"""Layers as a checked contract: every module a function's code can import is in its bundle.

Why: a function's bundle holds its own folder, the merged layer of ours built from the
topology's layer list, and the dependency layer (requirements.txt). One missing layer in the
topology and the deployed function cannot import — and nothing else notices, because tests and
``careflow dev`` put every layer on one ``sys.path`` (ingest_message once shipped without the
``rds`` layer its handler imported).

How: static analysis of the source (``ast``), so lazily imported modules count as much as
top-level ones. From a function's handler, every import is resolved against the bundle: our own
modules (function folder and the bundle's layers) are followed transitively — the module, the
packages above it (their ``__init__`` runs first) and a ``from package import name`` that names
a submodule — third-party modules must be top-level names of the dependency layer, the standard
library and the few modules Lambda's runtime provides are always there. Imports under ``if
TYPE_CHECKING:`` never run and are skipped. The same analysis checks each layer's declaration
(``topology.LAYER_REQUIRES``): every import of a layer's code is in the layer, the layers it
declares, or what those declare. Declarations that nothing imports are reported too, so the
table stays what it claims: the direct needs.
"""

from __future__ import annotations

import ast
import functools
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .paths import FUNCTIONS_DIR, topology

RUNTIME_MODULES: frozenset[str] = frozenset({"snapshot_restore_py", "awslambdaric"})
"""Top-level modules Lambda's Python runtime provides (SnapStart's hooks, the runtime client)."""


@dataclass(frozen=True)
class Import:
    module: str  # the absolute dotted name imported
    names: tuple[str, ...]  # ``from module import names`` (may name submodules)
    path: Path
    line: int


@dataclass(frozen=True)
class Problem:
    """One broken promise: ``owner`` (a function or ``layer <name>``) and what it lacks."""

    owner: str
    module: str
    where: str
    bundle: tuple[str, ...]
    unused: bool = False

    def __str__(self) -> str:
        if self.unused:
            return f"{self.owner}: declares layer {self.module!r} but nothing of it is imported"
        return (
            f"{self.owner}: needs module {self.module!r} ({self.where}), which its bundle does"
            f" not contain (layers: {', '.join(self.bundle)})"
        )


@dataclass
class Bundle:
    """What one function (or one layer and its requirements) can import."""

    roots: dict[str, Path]  # provider name ("function", a layer) -> folder on sys.path
    dependencies: frozenset[str]  # top-level names of the dependency layer, if in the bundle
    names: tuple[str, ...]
    providers_used: set[str] = field(default_factory=set)


def clear_caches() -> None:
    """Forget where modules were found (for a long-lived process that sees files added)."""
    _find_in.cache_clear()


def dependency_names(site: Path) -> frozenset[str]:
    """Top-level importable names of a built dependency layer's ``python/`` folder."""
    names: set[str] = set()
    for entry in site.iterdir():
        if entry.name.endswith((".dist-info", ".data")) or entry.name in ("bin", "__pycache__"):
            continue
        if entry.is_dir():
            names.add(entry.name)
        elif entry.suffix in (".py", ".so", ".pyd"):
            names.add(entry.name.split(".", 1)[0])
    return frozenset(names)


def imports_of(path: Path, module: str, is_package: bool) -> tuple[Import, ...]:
    """Every import the file can execute, wherever it sits (functions, methods, branches)."""
    return _cached_imports(path, path.stat().st_mtime_ns, module, is_package)


@functools.cache
def _cached_imports(path: Path, mtime_ns: int, module: str, is_package: bool) -> tuple[Import, ...]:
    """Every function's walk meets the same layer modules: parse each version of a file once."""
    return tuple(_imports(path, module, is_package))


def _imports(path: Path, module: str, is_package: bool) -> Iterator[Import]:
    tree = ast.parse(path.read_text(), filename=str(path))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            skipped.update(id(n) for stmt in node.body for n in ast.walk(stmt))
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(alias.name, (), path, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node, module, is_package)
            yield Import(base, tuple(a.name for a in node.names), path, node.lineno)
        elif (
            isinstance(node, ast.Call)
            and _is_import_module(node.func)
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield Import(node.args[0].value, (), path, node.lineno)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _is_import_module(func: ast.expr) -> bool:
    return (isinstance(func, ast.Attribute) and func.attr == "import_module") or (
        isinstance(func, ast.Name) and func.id == "import_module"
    )


def _absolute(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    package = module.split(".") if is_package else module.split(".")[:-1]
    base = package[: len(package) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def _find(roots: Mapping[str, Path], module: str) -> tuple[str, Path, bool] | None:
    """(provider, file, is_package) of a dotted module in the first root holding it."""
    return _find_in(tuple(roots.items()), module)


@functools.lru_cache(maxsize=4096)
def _find_in(roots: tuple[tuple[str, Path], ...], module: str) -> tuple[str, Path, bool] | None:
    rel = Path(*module.split("."))
    for provider, root in roots:
        package = root / rel / "__init__.py"
        if package.is_file():
            return provider, package, True
        plain = root / rel.with_suffix(".py")
        if plain.is_file():
            return provider, plain, False
        if (root / rel).is_dir():  # a namespace package
            return provider, root / rel, True
    return None


class _Walker:
    """Follows our modules from a start set; records what the bundle lacks."""

    def __init__(self, owner: str, bundle: Bundle, repo_root: Path, *, follow: bool) -> None:
        self.owner, self.bundle, self.repo_root, self.follow = owner, bundle, repo_root, follow
        self.seen: set[Path] = set()
        self.problems: dict[str, Problem] = {}

    def visit_file(self, path: Path, module: str, is_package: bool, *, direct: bool) -> None:
        if path in self.seen or not path.is_file():
            return
        self.seen.add(path)
        for imp in imports_of(path, module, is_package):
            self._resolve(imp, direct=direct)

    def _resolve(self, imp: Import, *, direct: bool) -> None:
        top = imp.module.split(".")[0]
        if not top or top in sys.stdlib_module_names or top in RUNTIME_MODULES:
            return
        found = _find(self.bundle.roots, imp.module)
        if found is None and _find(self.bundle.roots, top) is None:
            if top in self.bundle.dependencies:
                if direct:
                    self.bundle.providers_used.add(topology.DEPENDENCIES)
                return
            where = f"{_rel(imp.path, self.repo_root)}:{imp.line}"
            self.problems.setdefault(
                imp.module, Problem(self.owner, imp.module, where, self.bundle.names)
            )
            return
        if found is None:  # our package exists, the module in it does not: the code's own bug
            return
        provider = found[0]
        if direct:
            self.bundle.providers_used.add(provider)
        if not self.follow:
            return
        parts = imp.module.split(".")
        for depth in range(1, len(parts) + 1):  # the packages above run their __init__ first
            self._visit_module(".".join(parts[:depth]))
        for name in imp.names:
            if _find(self.bundle.roots, f"{imp.module}.{name}"):
                self._visit_module(f"{imp.module}.{name}")

    def _visit_module(self, module: str) -> None:
        found = _find(self.bundle.roots, module)
        if found is not None and found[1].suffix == ".py":
            provider, path, is_package = found
            # The function's own folder is its code: what it imports, it uses directly.
            self.visit_file(path, module, is_package, direct=provider == "function")


def _rel(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def check_function(
    spec: topology.FunctionSpec,
    sources: Mapping[str, Path],
    dependencies: frozenset[str],
    *,
    requires: Mapping[str, tuple[str, ...]] | None = None,
    functions_dir: Path = FUNCTIONS_DIR,
) -> list[Problem]:
    """What the function's code (from its handler module, transitively) needs and its bundle
    lacks, and each layer it lists directly that its own code never imports. ``requires``
    replaces ``topology.LAYER_REQUIRES`` (to check a changed table before it is written)."""
    layers = topology.layer_closure(spec.uses, None if requires is None else dict(requires))
    roots: dict[str, Path] = {"function": functions_dir / spec.name}
    roots.update({name: sources[name] for name in layers if name in sources})
    deps = dependencies if topology.DEPENDENCIES in layers else frozenset()
    bundle = Bundle(roots, deps, layers)
    walker = _Walker(spec.name, bundle, functions_dir.parent, follow=True)
    module = spec.handler.rsplit(".", 1)[0]
    found = _find({"function": roots["function"]}, module)
    if found is None:
        raise FileNotFoundError(f"{spec.name}: handler module {module!r} not found")
    walker.visit_file(found[1], module, found[2], direct=True)
    problems = list(walker.problems.values())
    problems += _unused(spec.name, spec.uses, bundle.providers_used, layers)
    return problems


def check_layer(
    name: str,
    requires: Mapping[str, tuple[str, ...]],
    sources: Mapping[str, Path],
    dependencies: frozenset[str],
    *,
    repo_root: Path,
) -> list[Problem]:
    """Every module of one layer against the layer itself plus what it declares (transitively);
    each declared layer must be imported by the layer's own code."""
    layers = topology.layer_closure((name,), dict(requires))
    roots = {n: sources[n] for n in (name, *layers) if n in sources}
    deps = dependencies if topology.DEPENDENCIES in layers else frozenset()
    bundle = Bundle(roots, deps, layers)
    walker = _Walker(f"layer {name}", bundle, repo_root, follow=False)
    root = sources[name]
    for path in sorted(root.rglob("*.py")):
        if "tests" in path.relative_to(root).parts:
            continue
        parts = path.relative_to(root).with_suffix("").parts
        is_package = parts[-1] == "__init__"
        module = ".".join(parts[:-1] if is_package else parts)
        walker.visit_file(path, module, is_package, direct=True)
    problems = list(walker.problems.values())
    problems += _unused(f"layer {name}", requires[name], bundle.providers_used - {name}, layers)
    return problems


def _unused(
    owner: str, declared: tuple[str, ...], used: set[str], layers: tuple[str, ...]
) -> list[Problem]:
    return [
        Problem(owner, layer, "", layers, unused=True) for layer in declared if layer not in used
    ]


def check_all(
    functions: Mapping[str, topology.FunctionSpec],
    requires: Mapping[str, tuple[str, ...]],
    sources: Mapping[str, Path],
    dependencies: frozenset[str],
    *,
    functions_dir: Path = FUNCTIONS_DIR,
) -> list[Problem]:
    """Every function and every layer of ours; empty when the contract holds."""
    problems: list[Problem] = []
    for spec in functions.values():
        problems += check_function(
            spec, sources, dependencies, requires=requires, functions_dir=functions_dir
        )
    for name in sources:
        problems += check_layer(
            name, requires, sources, dependencies, repo_root=functions_dir.parent
        )
    return problems
