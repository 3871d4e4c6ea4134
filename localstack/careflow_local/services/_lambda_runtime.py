"""Lambda's own runtime pieces, installed once under ``.careflow/lambda-runtime/`` (like Kafka's jars).

- ``aws-lambda-rie``: the AWS Lambda Runtime Interface Emulator (Go, the program SAM runs inside
  its containers). It is not a tagged release, so it is built from the Go module proxy at a
  pinned pseudo-version, through a small module of ours (``go get -tool`` + ``go build``).
- a Python 3.13 interpreter env holding only ``awslambdaric`` (PyPI, pinned) and what it needs:
  the runtime interface client Lambda's python images run, i.e. Lambda's ``/var/runtime``. Nothing
  from the project venv is on its path; a function finds its code in its bundle only.

Both are built into a staging folder and renamed into place, so an interrupted build never counts.
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from ._base import Reporter, ServiceError, careflow_home, run
from ._gobuild import build_go_program

RIE_MODULE = "github.com/aws/aws-lambda-runtime-interface-emulator"
RIE_VERSION = "v0.0.0-20261030222936-bef5c4ba774d"
"""The pseudo-version the Go module proxy serves (the emulator has no tagged releases there)."""
AWSLAMBDARIC_VERSION = "4.2.2"
PYTHON_VERSION = "3.13"


@dataclass(frozen=True)
class LambdaRuntime:
    """Where the installed pieces are."""

    rie: Path
    python: Path


def runtime_home() -> Path:
    """``$CAREFLOW_LAMBDA_RUNTIME_HOME`` or ``<careflow home>/lambda-runtime``."""
    override = os.environ.get("CAREFLOW_LAMBDA_RUNTIME_HOME")
    return Path(override).resolve() if override else careflow_home() / "lambda-runtime"


def installed() -> LambdaRuntime:
    home = runtime_home()
    return LambdaRuntime(
        rie=home / f"rie-{RIE_VERSION}" / "aws-lambda-rie",
        python=home
        / f"python{PYTHON_VERSION}-awslambdaric-{AWSLAMBDARIC_VERSION}"
        / "bin"
        / "python",
    )


def ensure_lambda_runtime(say: Reporter | None = None) -> LambdaRuntime:
    """Install what is missing (about 30 s for the emulator on 2 cores, once); a no-op after."""
    report = say or (lambda _name, _msg: None)
    target = installed()
    if not target.rie.is_file():
        report("lambda-runtime", f"building aws-lambda-rie {RIE_VERSION} (Go module proxy)")
        _build_rie(target.rie)
    if not target.python.is_file():
        report(
            "lambda-runtime",
            f"creating Python {PYTHON_VERSION} + awslambdaric {AWSLAMBDARIC_VERSION}",
        )
        _build_python(target.python.parent.parent)
    return target


def _build_rie(binary: Path) -> None:
    build_go_program(f"{RIE_MODULE}/cmd/aws-lambda-rie", RIE_VERSION, binary, why="aws-lambda-rie")


def _build_python(folder: Path) -> None:
    """A venv without pip of the harness's own CPython 3.13, then ``pip --python`` into it."""
    running = f"{sys.version_info.major}.{sys.version_info.minor}"
    if running != PYTHON_VERSION:
        raise ServiceError(f"the Lambda runtime env needs Python {PYTHON_VERSION}, not {running}")
    staging = folder.with_name(f".staging-{folder.name}-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        run([sys.executable, "-m", "venv", "--without-pip", str(staging)], timeout=120)
        run(
            [
                sys.executable, "-m", "pip", "--python", str(staging / "bin" / "python"),
                "install", "--quiet", "--disable-pip-version-check", "--no-input",
                f"awslambdaric=={AWSLAMBDARIC_VERSION}",
            ],
            timeout=600,
        )  # fmt: skip
        # venv records absolute paths: build in place of the final folder's name to stay valid.
        shutil.rmtree(folder, ignore_errors=True)
        staging.rename(folder)
        _fix_venv_paths(staging, folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _fix_venv_paths(old: Path, new: Path) -> None:
    """``pyvenv.cfg`` and scripts name the folder they were created in; point them at ``new``."""
    for path in [new / "pyvenv.cfg", *(p for p in (new / "bin").iterdir() if p.is_file())]:
        try:
            text = path.read_text()
        except (UnicodeDecodeError, OSError):
            continue
        if str(old) in text:
            path.write_text(text.replace(str(old), str(new)))
