"""LocalStack in "host mode": the AWS API emulator as a plain Python process, no Docker.

``localstack-core==2026.3.0`` is the last release that runs without an account or token. It
lives in its own venv (``.careflow/localstack/venv``) because it pins dozens of libraries that
must not meet the project's, and it is installed with a dependency cut-off date because later
cbor2 and pyOpenSSL releases break it. It needs Python 3.13: its code imports
``warnings.deprecated`` (new in 3.13), so a 3.12 venv fails at start-up with "No component
plugins found".
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from pathlib import Path

from ._base import (
    HOST,
    LOCAL_SETUP_DIR,
    Reporter,
    Service,
    ServiceError,
    kill_group,
    port_open,
    process_alive,
    run,
    spawn_detached,
    wait_until,
)
from ._env import port_of, require

REQUIREMENTS = LOCAL_SETUP_DIR / "requirements-localstack.txt"
#: Resolve every dependency as it was on this date; see the module docstring.
EXCLUDE_NEWER = "2026-03-24T00:00:00Z"
UV_VERSION = "0.13.9"
PYTHON_VERSION = (3, 13)
#: After SIGTERM, LocalStack 2026.3.0 sometimes stops all services, closes its port and then
#: never exits (its hypercorn loop is stopped from another thread without a wake-up). Once the
#: port has been closed this long, nothing is left to flush and we SIGKILL instead of waiting.
_CLOSED_PORT_GRACE_S = 1.5

_NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _python_candidates() -> list[str]:
    """Interpreters that may be Python 3.13, most explicit first.

    ``CAREFLOW_LOCALSTACK_PYTHON`` wins; then the interpreter running us (the project venv is
    3.13, and ``-m venv`` from a venv builds on its base interpreter); then PATH and pyenv.
    """
    candidates = [os.environ.get("CAREFLOW_LOCALSTACK_PYTHON", "")]
    if sys.version_info[:2] == PYTHON_VERSION:
        candidates.append(sys.executable)
    candidates.append(shutil.which("python3.13") or "")
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    candidates += [str(p) for p in sorted(pyenv.glob("3.13*/bin/python3.13"), reverse=True)]
    return [c for c in candidates if c]


def find_python() -> str:
    """The first candidate that really is Python 3.13 (pyenv shims may point nowhere)."""
    check = f"import sys; sys.exit(sys.version_info[:2] != {PYTHON_VERSION!r})"
    for candidate in _python_candidates():
        result = subprocess.run(
            [candidate, "-c", check], check=False, capture_output=True, stdin=subprocess.DEVNULL
        )
        if result.returncode == 0:
            return candidate
    raise ServiceError(
        "LocalStack 2026.3.0 needs Python 3.13 and none was found; install it (e.g. "
        "`pyenv install 3.13`) or set CAREFLOW_LOCALSTACK_PYTHON=/path/to/python3.13"
    )


class LocalStack(Service):
    name = "localstack"
    marker = "localstack.runtime.main"
    ready_timeout_s = 120.0
    stop_timeout_s = 10.0

    @property
    def port(self) -> int:
        return port_of(require(self.env, "AWS_ENDPOINT_URL"))

    @property
    def venv(self) -> Path:
        return self.dir / "venv"

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    # -- install ------------------------------------------------------------------------------

    def _install_stamp(self) -> str:
        """What the venv was built from; any change triggers a clean rebuild."""
        return f"{REQUIREMENTS.read_text()}\nexclude-newer={EXCLUDE_NEWER}\nuv=={UV_VERSION}\n"

    def _stamp_file(self) -> Path:
        return self.venv / ".careflow-install"

    def _installed(self) -> bool:
        stamp = self._stamp_file()
        return (
            self.python.exists() and stamp.exists() and stamp.read_text() == self._install_stamp()
        )

    def install(self, say: Reporter) -> None:
        if self._installed():
            return
        say(self.name, f"installing LocalStack into {self.venv} (once)")
        base_python = find_python()
        shutil.rmtree(self.venv, ignore_errors=True)
        run([base_python, "-m", "venv", str(self.venv)])
        run(
            [
                str(self.python),
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                f"uv=={UV_VERSION}",
            ]
        )
        run(
            [
                str(self.venv / "bin" / "uv"),
                "pip",
                "install",
                "--quiet",
                "--python",
                str(self.python),
                "--exclude-newer",
                EXCLUDE_NEWER,
                "--requirement",
                str(REQUIREMENTS),
            ]
        )
        self._stamp_file().write_text(self._install_stamp())

    # -- run ----------------------------------------------------------------------------------

    def _runtime_env(self) -> dict[str, str]:
        """The environment that makes host mode behave on this kind of machine.

        This machine has ``/.dockerenv``: without ``OVERRIDE_IN_DOCKER=0`` and ``DNS_ADDRESS=0``
        LocalStack thinks it runs in a container, binds 0.0.0.0 and starts a DNS server. Only the
        hypercorn server honours the host part of ``GATEWAY_LISTEN``. ``localhost.localstack.cloud``
        does not resolve offline, hence ``LOCALSTACK_HOST=localhost`` and path-style SQS URLs.
        The caller's Python and AWS variables are dropped: they belong to the project, and an
        ``AWS_PROFILE`` or endpoint override must not leak into the emulator.
        """
        dropped = ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "TMPDIR")
        env = {k: v for k, v in os.environ.items() if k not in dropped and not k.startswith("AWS_")}
        for folder in ("filesystem", "volume", "cache", "tmp"):
            (self.dir / folder).mkdir(parents=True, exist_ok=True)
        env.update(
            GATEWAY_LISTEN=f"{HOST}:{self.port}",
            GATEWAY_SERVER="hypercorn",
            LOCALSTACK_HOST=f"localhost:{self.port}",
            SQS_ENDPOINT_STRATEGY="path",
            OVERRIDE_IN_DOCKER="0",
            DNS_ADDRESS="0",
            DISABLE_EVENTS="1",
            SKIP_SSL_CERT_DOWNLOAD="1",
            PERSISTENCE="0",
            FILESYSTEM_ROOT=str(self.dir / "filesystem"),
            LOCALSTACK_VOLUME_DIR=str(self.dir / "volume"),
            # plux keeps an entry-point cache in $XDG_CACHE_HOME; keep it with the venv it describes.
            XDG_CACHE_HOME=str(self.dir / "cache"),
            # Not TMPDIR: LocalStack reads that name as a deprecated setting of its own.
            TEMP=str(self.dir / "tmp"),
        )
        return env

    def start(self) -> int:
        pid = spawn_detached(
            [str(self.python), "-m", "localstack.runtime.main"],
            log_file=self.log_file,
            env=self._runtime_env(),
            cwd=self.dir,
        )
        self.write_pid(pid)
        return pid

    def is_ready(self) -> bool:
        url = f"http://{HOST}:{self.port}/_localstack/health"
        try:
            with _NO_PROXY.open(url, timeout=2) as response:
                return bool(response.status == 200)
        except (urllib.error.URLError, OSError):
            return False

    def stop(self, pid: int) -> bool:
        """SIGTERM; SIGKILL the group after 10 s, or sooner once the known shutdown hang shows."""
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            return True
        deadline = time.monotonic() + self.stop_timeout_s
        closed_since: float | None = None
        while time.monotonic() < deadline:
            if not process_alive(pid):
                return True
            if port_open(self.port, timeout=0.2):
                closed_since = None
            elif closed_since is None:
                closed_since = time.monotonic()
            elif time.monotonic() - closed_since >= _CLOSED_PORT_GRACE_S:
                break
            time.sleep(0.2)
        kill_group(pid)
        wait_until(lambda: not process_alive(pid), 5.0)
        return False

    # -- provision ----------------------------------------------------------------------------

    def provision(self, say: Reporter) -> None:
        bucket = require(self.env, "CAREFLOW_DOCUMENTS_BUCKET")
        if ensure_bucket(self.env, bucket):
            say(self.name, f"created bucket s3://{bucket}")


def ensure_bucket(env: Mapping[str, str], bucket: str) -> bool:
    """Create ``bucket`` in LocalStack if missing; True when it was created.

    Outside us-east-1 S3 wants an explicit ``LocationConstraint``, as on AWS.
    """
    import boto3  # type: ignore[import-untyped]  # lazy: ~0.3 s, only needed here
    from botocore.config import Config  # type: ignore[import-untyped]
    from botocore.exceptions import ClientError  # type: ignore[import-untyped]

    region = require(env, "AWS_REGION")
    s3 = boto3.client(
        "s3",
        endpoint_url=require(env, "AWS_ENDPOINT_URL_S3"),
        region_name=region,
        aws_access_key_id=require(env, "AWS_ACCESS_KEY_ID"),
        aws_secret_access_key=require(env, "AWS_SECRET_ACCESS_KEY"),
        config=Config(
            connect_timeout=5,
            read_timeout=30,
            retries={"max_attempts": 5, "mode": "standard"},
            s3={"addressing_style": "path"},
        ),
    )
    try:
        s3.head_bucket(Bucket=bucket)
        return False
    except ClientError as exc:
        if exc.response.get("Error", {}).get("Code") not in {"404", "NoSuchBucket", "NotFound"}:
            raise ServiceError(f"cannot check bucket {bucket}: {exc}") from exc
    if region == "us-east-1":
        s3.create_bucket(Bucket=bucket)
    else:
        s3.create_bucket(Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": region})
    return True
