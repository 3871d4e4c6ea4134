"""Lambda packaging without Docker: our layer folders as they are, plus a pip-built dependency layer.

Why no bundling container: the machines this project runs on (developers, CI) have no Docker.
pip can install wheels for another platform (``--platform manylinux2014_<arch> --only-binary=:all:
--python-version 3.13 --implementation cp``) into ``<dir>/python`` — exactly the layout Lambda
mounts at ``/opt/python``. Every pinned package in ``requirements.txt`` ships such wheels, so the
build is reproducible and needs only PyPI.

The build is cached under ``.careflow/build/deps-<arch>-<hash>/`` keyed by the SHA-256 of
``requirements.txt`` (and the architecture), so a second ``cdk synth`` reuses it in milliseconds.
The layer is zipped once into the cache too: CDK then copies one file into ``cdk.out`` instead of
fingerprinting thousands of files on every synth.

Both layers ship byte-code (``__pycache__/*.cpython-313.pyc``, PEP 552 unchecked-hash, compiled
as ``/opt/python/...``): Lambda's ``/opt`` is read-only, so without it every cold start compiles
every module it imports from source and can cache nothing. Measured from the bundle with a bare
interpreter (``make bench``): run_agent's handler import + graph build took 3.2 s from source and
1.1 s from byte-code. Unchecked-hash because a deployed layer never changes under its byte-code,
and the zip's fixed timestamps would defeat timestamp checks anyway.

boto3/botocore stay in the layer on purpose: the Lambda runtime's copy changes under us without
notice, while ``requirements.txt`` pins the version our tests ran against (Kafka and ESM APIs
move fast). They cost ~25 MB unzipped, far below the 250 MB limit (see ``tests/infra`` size test).
"""

from __future__ import annotations

import compileall
import hashlib
import os
import py_compile
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

from .paths import BUILD_DIR, REPO_ROOT, REQUIREMENTS

PYTHON_VERSION = "3.13"
_PLATFORMS = {"x86_64": "manylinux2014_x86_64", "arm64": "manylinux2014_aarch64"}
OPTIONAL_LAYERS: frozenset[str] = frozenset({"agents"})
"""Layers a function may list before their folder exists (work in progress); skipped with a note."""

BYTECODE = f"cpython-{PYTHON_VERSION.replace('.', '')}-unchecked-hash"
"""The byte-code every built layer ships; part of the build cache keys."""
LAMBDA_LAYER_ROOT = "/opt/python"
"""Where Lambda mounts a layer's ``python/``: the file names compiled into the byte-code."""

ASSET_EXCLUDES: tuple[str, ...] = (
    "**/__pycache__",
    "**/*.pyc",
    "**/.pytest_cache",
    "**/.mypy_cache",
    "**/.ruff_cache",
    "**/tests",
    "**/.DS_Store",
)
"""Never ship caches or tests inside a function or layer asset."""


@dataclass(frozen=True)
class DependencyLayer:
    """A built dependency layer: the folder (``python/`` inside) and its zip, both cached."""

    directory: Path
    zip_path: Path
    requirements_hash: str


def requirements_hash(requirements: Path = REQUIREMENTS) -> str:
    return hashlib.sha256(requirements.read_bytes()).hexdigest()[:16]


def build_dependency_layer(
    architecture: str = "x86_64",
    requirements: Path = REQUIREMENTS,
    build_dir: Path = BUILD_DIR,
) -> DependencyLayer:
    """Install ``requirements.txt`` for Lambda's platform, once per requirements hash.

    A half-finished build (interrupted pip) never counts: the folder is renamed into place only
    after pip and the zip succeeded.
    """
    if architecture not in _PLATFORMS:
        raise ValueError(f"unsupported Lambda architecture {architecture!r}")
    digest = requirements_hash(requirements)
    final = build_dir / f"deps-{architecture}-{digest}-{BYTECODE}"
    zip_path = build_dir / f"deps-{architecture}-{digest}-{BYTECODE}.zip"
    if final.is_dir() and zip_path.is_file():
        return DependencyLayer(final, zip_path, digest)

    build_dir.mkdir(parents=True, exist_ok=True)
    staging = build_dir / f".staging-deps-{architecture}-{digest}-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    target = staging / "python"
    cmd = [
        sys.executable, "-m", "pip", "install",
        "--quiet", "--disable-pip-version-check", "--no-compile",
        "--platform", _PLATFORMS[architecture],
        "--only-binary=:all:",
        "--python-version", PYTHON_VERSION,
        "--implementation", "cp",
        "--target", str(target),
        "-r", str(requirements),
    ]  # fmt: skip
    result = subprocess.run(cmd, cwd=REPO_ROOT, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        raise RuntimeError(f"dependency layer build failed:\n{result.stdout}\n{result.stderr}")
    _strip(target)
    compile_bytecode(target)
    tmp_zip = staging.with_suffix(".zip")
    _zip_dir(staging, tmp_zip)
    shutil.rmtree(final, ignore_errors=True)
    staging.rename(final)
    tmp_zip.replace(zip_path)
    _prune(build_dir, f"deps-{architecture}-", keep={final.name, zip_path.name})
    return DependencyLayer(final, zip_path, digest)


def _prune(build_dir: Path, prefix: str, keep: set[str]) -> None:
    """Old dependency builds (an earlier requirements.txt) are ~120 MB each: drop them."""
    for old in build_dir.glob(f"{prefix}*"):
        if old.name not in keep:
            if old.is_dir():
                shutil.rmtree(old, ignore_errors=True)
            else:
                old.unlink(missing_ok=True)


def _strip(target: Path) -> None:
    """Drop any byte-code a wheel shipped, before :func:`compile_bytecode` writes ours."""
    for cache in target.rglob("__pycache__"):
        shutil.rmtree(cache, ignore_errors=True)


def compile_bytecode(target: Path) -> None:
    """Write unchecked-hash byte-code for every module below ``target`` (a layer's ``python/``).

    Byte-code is specific to the interpreter's minor version: built by anything but CPython
    3.13 it would be ignored by Lambda's python3.13 runtime, so it is not written at all then
    (the layer still works, with slower cold starts) and a warning says so.
    """
    running = f"{sys.version_info.major}.{sys.version_info.minor}"
    if sys.implementation.name != "cpython" or running != PYTHON_VERSION:
        print(
            f"careflow packaging: not compiling byte-code with Python {sys.version.split()[0]};"
            f" Lambda runs {PYTHON_VERSION}, so cold starts will compile from source",
            file=sys.stderr,
        )
        return
    ok = compileall.compile_dir(
        target,
        ddir=LAMBDA_LAYER_ROOT,
        quiet=2,
        workers=0,
        invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH,
    )
    if not ok:
        raise RuntimeError(f"byte-code compilation failed below {target}")


def build_sdk_code_cache(target: Path) -> None:
    """Write ``careflow_shared.telemetry.codecache``'s file into a layer's ``python/`` holding
    that module: the byte-code of the methods the OpenTelemetry SDK's dataclasses generate at
    import, ≈ 34 M instructions of every cold start with telemetry when they are compiled
    there instead. Lambda's ``/opt`` is read-only, so a function cannot write it itself.

    The SDK is this interpreter's (the build environment installs ``requirements.txt``, whose
    hash is part of the merged layer's name, so a new pin builds the cache again); a text that
    differs on Lambda after all (another 3.13 patch release's ``dataclasses``) is compiled
    there, as without the cache. Like :func:`compile_bytecode`, only CPython 3.13 writes it;
    without the SDK importable here the layer ships without it, and a warning says so.
    """
    if not (target / "careflow_shared" / "telemetry" / "codecache.py").is_file():
        return
    running = f"{sys.version_info.major}.{sys.version_info.minor}"
    if sys.implementation.name != "cpython" or running != PYTHON_VERSION:
        return
    _write_in_layer(
        target,
        "from careflow_shared.telemetry import codecache; print(codecache.build())",
        "no SDK dataclass cache in this layer (cold starts with telemetry compile those methods)",
    )


def build_phrase_table_cache(target: Path) -> None:
    """Write ``careflow_agents.phrase_cache``'s file into a layer's ``python/`` holding that
    module: the rules' phrase tables folded, anchored and transliterated once here instead of on
    run_agent's first message (≈ 0.6 s of it). Pure Python over the pattern texts, so any
    interpreter that runs the layer's code writes the same file; a table whose patterns differ
    from the file's is prepared at run time, as without it. When the build fails the layer ships
    without the file, and a warning says so.
    """
    if not (target / "careflow_agents" / "phrase_cache.py").is_file():
        return
    _write_in_layer(
        target,
        "from careflow_agents import phrase_cache; print(phrase_cache.build())",
        "no prepared phrase tables in this layer (run_agent's first message prepares them)",
    )


def _write_in_layer(target: Path, code: str, missing: str) -> None:
    """Run ``code`` in a fresh interpreter on the layer's ``python/`` alone (plus this
    interpreter's packages): it writes a file into the layer and prints its path. A failure, or
    a path outside the layer, leaves the layer without the file and says so (``missing``)."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "PYTHONPYCACHEPREFIX") and not k.startswith("OTEL_")
    }
    env["PYTHONPATH"] = str(target)
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # the file is written regardless; nothing else
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    written = result.stdout.strip().splitlines()[-1:] if result.returncode == 0 else []
    if not written or not Path(written[0]).is_relative_to(target):
        print(f"careflow packaging: {missing}: {result.stderr.strip()[-300:]}", file=sys.stderr)


def _zip_dir(root: Path, zip_path: Path) -> None:
    """Deterministic zip (sorted entries, fixed timestamps) so the asset hash is stable."""
    with zipfile.ZipFile(zip_path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(str(path.relative_to(root)), date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, path.read_bytes())


def build_composite_layer(
    names: tuple[str, ...], sources: dict[str, Path], build_dir: Path = BUILD_DIR
) -> Path:
    """Merge our layers' ``python/`` trees into one layer folder for one function.

    Why: Lambda allows at most **5 layers per function**, and topology lists up to six of ours
    plus the dependency layer. Merging keeps topology's meaning — a function still gets exactly
    the packages it lists, at the same ``/opt/python/<package>`` import path — while using two
    layer slots (ours + dependencies). Folders are content-addressed, so an unchanged set of
    sources is reused and parallel synths never write the same folder.
    """
    files: dict[str, Path] = {}
    for name in names:
        root = sources[name]
        for path in sorted(p for p in root.rglob("*") if p.is_file() and not _excluded(p)):
            rel = str(path.relative_to(root))
            if rel in files:
                raise ValueError(
                    f"layers {names}: {rel} is provided twice ({files[rel]} and {path})"
                )
            files[rel] = path
    # the dependencies' pin too: the SDK dataclass cache below is built from that SDK
    digest = hashlib.sha256(BYTECODE.encode() + requirements_hash().encode())
    for rel in sorted(files):
        digest.update(rel.encode() + b"\0" + files[rel].read_bytes() + b"\0")
    final = build_dir / "layers" / f"{'+'.join(names)}-{digest.hexdigest()[:16]}"
    if final.is_dir():
        return final
    _prune_layers(final.parent)
    staging = final.with_name(f".staging-{final.name}-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    for rel, src in files.items():
        dest = staging / "python" / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dest)
    (staging / "python").mkdir(parents=True, exist_ok=True)
    compile_bytecode(staging / "python")
    build_sdk_code_cache(staging / "python")
    build_phrase_table_cache(staging / "python")
    try:
        staging.rename(final)
    except OSError:  # another synth won the race with identical content
        shutil.rmtree(staging, ignore_errors=True)
    return final


def _prune_layers(layers_dir: Path, keep: int = 40) -> None:
    """Merged layers are small but one appears per source change; keep the most recent ones."""
    if not layers_dir.is_dir():
        return
    entries = sorted(
        (p for p in layers_dir.iterdir() if p.is_dir() and not p.name.startswith(".")),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for old in entries[keep:]:
        shutil.rmtree(old, ignore_errors=True)


def tree_size(path: Path, *, apply_excludes: bool = True) -> int:
    """Unzipped size in bytes below ``path`` (what counts against Lambda's 250 MB).

    ``apply_excludes`` mirrors :data:`ASSET_EXCLUDES` for our function folders; the built layers
    (dependencies, merged code layers) are shipped as built, byte-code included, so they are
    measured as they are.
    """
    if not path.exists():
        return 0
    return sum(
        p.stat().st_size
        for p in path.rglob("*")
        if p.is_file() and not (apply_excludes and _excluded(p))
    )


def _excluded(path: Path) -> bool:
    parts = set(path.parts)
    return "__pycache__" in parts or path.suffix == ".pyc" or "tests" in parts
