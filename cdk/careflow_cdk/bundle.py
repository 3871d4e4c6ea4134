"""One function as Lambda runs it, rebuilt from the same packaging the stack deploys.

Why: what ships (merged code layer, dependency layer, byte-code) can then be proven on this
machine without AWS -- sizes (``sizes.py``), that nothing is compiled from source at a cold start
(``tests/infra/test_bytecode.py``) and run_agent's cold start from its bundle (``make bench``).
"""

from __future__ import annotations

import hashlib
import os
import platform
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from . import packaging
from .packaging import OPTIONAL_LAYERS
from .paths import BUILD_DIR, FUNCTIONS_DIR, REPO_ROOT, topology


def layer_sources() -> dict[str, Path]:
    """Each of our layers' ``python/`` folder; a missing one fails unless it is optional."""
    sources: dict[str, Path] = {}
    for name, rel in topology.LAYER_DIRS.items():
        path = REPO_ROOT / rel / "python"
        if path.is_dir():
            sources[name] = path
        elif name not in OPTIONAL_LAYERS:
            raise FileNotFoundError(f"layer {name!r}: {path} is missing")
    return sources


def own_layers(function: str, sources: dict[str, Path]) -> tuple[str, ...]:
    """The function's layers of ours (topology order), i.e. what its merged code layer holds."""
    return tuple(n for n in topology.FUNCTIONS[function].layers if n in sources)


@dataclass(frozen=True)
class Bundle:
    """What one function's container holds, as folders: ``/var/task`` and ``/opt/python``."""

    function: str
    task_root: Path
    """The function's code asset (minus caches and tests), as ``/var/task``."""
    layers: tuple[Path, ...]
    """Our merged layer's and the dependency layer's ``python/``, as ``/opt/python``."""


def function_code(function: str, build_dir: Path = BUILD_DIR) -> Path:
    """The function's code asset as CDK packages it (``ASSET_EXCLUDES`` applied), in a
    content-addressed folder: an unchanged function is reused, a changed one is a new folder."""
    root = FUNCTIONS_DIR / function
    files = sorted(p for p in root.rglob("*") if p.is_file() and not packaging._excluded(p))
    digest = hashlib.sha256()
    for path in files:
        digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    final = build_dir / "functions" / f"{function}-{digest.hexdigest()[:16]}"
    if final.is_dir():
        return final
    staging = final.with_name(f".staging-{final.name}-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    for path in files:
        dest = staging / path.relative_to(root)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, dest)
    staging.mkdir(parents=True, exist_ok=True)
    try:
        staging.rename(final)
    except OSError:  # built concurrently with the same content
        shutil.rmtree(staging, ignore_errors=True)
    return final


def build(function: str, architecture: str = "x86_64") -> Bundle:
    """The function's bundle, from the same packaging the stack deploys (cached builds)."""
    sources = layer_sources()
    merged = packaging.build_composite_layer(own_layers(function, sources), sources)
    deps = packaging.build_dependency_layer(architecture)
    return Bundle(function, function_code(function), (merged / "python", deps.directory / "python"))


def sys_path(function: str, architecture: str = "x86_64") -> list[Path]:
    """What Lambda puts first on ``sys.path``: ``/var/task``, then ``/opt/python`` (our merged
    layer and the dependency layer, extracted into one folder there; two folders here)."""
    built = build(function, architecture)
    return [built.task_root, *built.layers]


def host_architecture() -> str:
    """The Lambda architecture whose wheels this machine can run (for the local proofs)."""
    return "arm64" if platform.machine() in ("aarch64", "arm64") else "x86_64"


def run_like_lambda(
    function: str, code: str, *, check: bool = True, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run ``code`` as the function's container would: on its bundle's ``sys.path``, with a bare
    interpreter (``-S``: nothing from the venv) that writes no byte-code (Lambda's ``/var/task``
    and ``/opt`` are read-only)."""
    env = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": os.pathsep.join(str(p) for p in sys_path(function, host_architecture())),
        "PYTHONDONTWRITEBYTECODE": "1",
        "AWS_REGION": "eu-central-1",
    }
    return subprocess.run(
        [sys.executable, "-S", "-c", code],
        capture_output=True,
        text=True,
        env=env,
        cwd="/",
        timeout=timeout,
        check=check,
    )
