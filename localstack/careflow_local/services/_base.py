"""Plumbing shared by the local services: paths, pid files, processes, waiting and errors.

Everything a service writes (data, logs, pid files, jars, venvs) lives under one folder,
``.careflow/`` at the repository root (override: ``CAREFLOW_HOME``), so ``rm -rf .careflow``
is a complete reset and nothing leaks into the checkout or the user's home.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import ClassVar

#: The repository root, found from this file (not the cwd) so any command works from anywhere.
REPO_ROOT = Path(__file__).resolve().parents[3]
#: The checked-in local setup: dev.env, the Kafka pom and templates.
LOCAL_SETUP_DIR = REPO_ROOT / "localstack"
#: Every server binds to loopback only; nothing here is meant to be reachable from the network.
HOST = "127.0.0.1"

Reporter = Callable[[str, str], None]
"""``say(service_name, message)``: one progress line for a service."""


class ServiceError(RuntimeError):
    """A service could not be installed, started or stopped; the message carries the log tail."""


def careflow_home() -> Path:
    """Root of all local state: ``$CAREFLOW_HOME`` or ``<repo>/.careflow`` (git-ignored)."""
    override = os.environ.get("CAREFLOW_HOME")
    return Path(override).expanduser().resolve() if override else REPO_ROOT / ".careflow"


def process_alive(pid: int, marker: str | None = None) -> bool:
    """True when ``pid`` is a live, non-zombie process (named ``marker``, if one is given).

    The marker guards against pid reuse: after a crash or reboot a stale pid file may name an
    unrelated process, which must neither count as "running" nor ever be signalled. It is
    matched against the command line *or* the executable name, because servers rewrite their
    command line (Redis blanks it for a moment while setting its process title, which once made
    a healthy start look like a crash). Once a pid is known to be ours, pass no marker.
    """
    proc = Path(f"/proc/{pid}")
    if not Path("/proc/self").exists():  # not Linux: best effort without the marker check
        try:
            os.kill(pid, 0)
        except (ProcessLookupError, PermissionError):
            return False
        return True
    try:
        stat = (proc / "stat").read_text()
        names = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        names += " " + (proc / "comm").read_text().strip()
    except OSError:
        return False
    state = stat.rsplit(")", 1)[-1].split()[0]
    return state not in {"Z", "X"} and (marker is None or marker in names)


def port_open(port: int, timeout: float = 0.5) -> bool:
    """True when something accepts TCP connections on ``127.0.0.1:port``."""
    try:
        with socket.create_connection((HOST, port), timeout=timeout):
            return True
    except OSError:
        return False


def port_bindable(port: int) -> bool:
    """True when a server could bind ``127.0.0.1:port`` now (``SO_REUSEADDR``, as servers do).

    Not the same as "nothing listens": for a port in Linux's ephemeral range (32768-60999; the
    ports in dev.env stay below it, a developer's may not), a client can be handed the port as
    its source port while the service is down, even connect to itself (TCP simultaneous open),
    and hold it until it closes and then for TIME_WAIT's 60 s; the restart would die with
    EADDRINUSE.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((HOST, port))
        except OSError:
            return False
    return True


def log_tail(path: Path, lines: int = 40) -> str:
    """The last ``lines`` lines of a log file, for error messages (empty if there is none)."""
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return f"(no log at {path})"
    return "\n".join(text.splitlines()[-lines:])


def run(
    cmd: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float | None = None,
    new_session: bool = False,
) -> str:
    """Run a short command to completion and return its output; raise ServiceError on failure.

    Output is captured so that a failure reports the tool's own explanation instead of just an
    exit code. Never use this for a long-running server: it waits for the pipes to close.
    ``new_session`` detaches what the command leaves behind (``pg_ctl start``) from our terminal,
    so a Ctrl-C in the calling shell cannot reach the server.
    """
    try:
        proc = subprocess.run(
            list(cmd),
            env=dict(env) if env is not None else None,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=timeout,
            check=False,
            start_new_session=new_session,
        )
    except FileNotFoundError as exc:
        raise ServiceError(f"command not found: {cmd[0]}") from exc
    except subprocess.TimeoutExpired as exc:
        raise ServiceError(f"`{' '.join(cmd)}` timed out after {timeout}s") from exc
    if proc.returncode != 0:
        tail = "\n".join(proc.stdout.splitlines()[-30:])
        raise ServiceError(f"`{' '.join(cmd)}` failed with exit code {proc.returncode}:\n{tail}")
    return proc.stdout


def spawn_detached(
    cmd: Sequence[str], *, log_file: Path, env: Mapping[str, str] | None = None, cwd: Path
) -> int:
    """Start a long-running server in its own session, output appended to ``log_file``.

    ``start_new_session`` detaches it from the caller's terminal and process group, so it survives
    the ``careflow`` command (and Ctrl-C in it), and ``down`` can kill its whole group.
    """
    log_file.parent.mkdir(parents=True, exist_ok=True)
    with log_file.open("ab") as log:
        proc = subprocess.Popen(
            list(cmd),
            env=dict(env) if env is not None else None,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return proc.pid


def wait_until(condition: Callable[[], bool], timeout: float, interval: float = 0.1) -> bool:
    """Poll ``condition`` until it holds (True) or ``timeout`` seconds pass (False)."""
    deadline = time.monotonic() + timeout
    while True:
        if condition():
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(interval)


def kill_group(pid: int) -> None:
    """SIGKILL the process group led by ``pid`` (or just ``pid`` if it shares our group).

    Servers are started with ``start_new_session``, so their group holds their helpers too
    (Postgres backends, anything LocalStack spawns); killing only the leader would
    leave orphans holding ports.
    """
    try:
        pgid = os.getpgid(pid)
    except ProcessLookupError:
        return
    try:
        if pgid != os.getpgid(0):
            os.killpg(pgid, signal.SIGKILL)
        else:
            os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def terminate(pid: int, timeout: float) -> bool:
    """SIGTERM ``pid``, wait up to ``timeout`` s, then SIGKILL its group; True if it stopped cleanly.

    ``pid`` must already be known to be our server (see ``Service.live_pid``).
    """
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return True
    if wait_until(lambda: not process_alive(pid), timeout):
        return True
    kill_group(pid)
    if not wait_until(lambda: not process_alive(pid), 5.0):
        raise ServiceError(f"process {pid} survived SIGKILL")
    return False


class Service(ABC):
    """One local server: how to install, start, probe, provision and stop it.

    Subclasses keep to the same life cycle so ``up``/``down``/``status`` can treat them alike;
    every step is idempotent so that re-running ``careflow services up`` is always safe.
    """

    name: ClassVar[str]
    #: Substring of the server's command line, checked before trusting or signalling a pid.
    marker: ClassVar[str]
    ready_timeout_s: ClassVar[float] = 60.0
    stop_timeout_s: ClassVar[float] = 10.0

    def __init__(self, env: Mapping[str, str], home: Path) -> None:
        self.env = env
        self.home = home
        self.dir = home / self.name

    # -- identity -----------------------------------------------------------------------------

    @property
    @abstractmethod
    def port(self) -> int:
        """The TCP port clients use (from dev.env)."""

    @property
    def address(self) -> str:
        return f"{HOST}:{self.port}"

    @property
    def pid_file(self) -> Path:
        return self.dir / "pid"

    @property
    def log_file(self) -> Path:
        return self.dir / "server.log"

    # -- pid tracking -------------------------------------------------------------------------

    def recorded_pid(self) -> int | None:
        """The pid written in the pid file, alive or not (None if there is no usable file)."""
        try:
            return int(self.pid_file.read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None

    def live_pid(self) -> int | None:
        """The recorded pid if that process is still our server; None for a missing or stale file."""
        pid = self.recorded_pid()
        return pid if pid is not None and process_alive(pid, self.marker) else None

    def write_pid(self, pid: int) -> None:
        self.pid_file.parent.mkdir(parents=True, exist_ok=True)
        self.pid_file.write_text(f"{pid}\n")

    def clear_pid(self) -> None:
        self.pid_file.unlink(missing_ok=True)

    # -- life cycle ---------------------------------------------------------------------------

    def system_packages(self) -> list[str]:
        """Debian packages this service needs that are not installed yet."""
        return []

    def install(self, say: Reporter) -> None:  # noqa: B027 - optional hook, default is "nothing"
        """Fetch what the service needs beyond Debian packages (jars, venvs); no-op when present."""

    @abstractmethod
    def start(self) -> int:
        """Launch the server detached, record and return its pid. Called only when not running."""

    @abstractmethod
    def is_ready(self) -> bool:
        """A cheap protocol-level probe: does the server answer real requests yet?"""

    def provision(self, say: Reporter) -> None:  # noqa: B027 - optional hook
        """Create what the project expects inside the server (database, topics, bucket).

        Runs on every ``up``, also when the server was already running, so a topic added to the
        topology appears without a restart; it must change nothing when all is present.
        """

    def stop(self, pid: int) -> bool:
        """Stop the server; True when it shut down cleanly, False when it had to be killed."""
        return terminate(pid, self.stop_timeout_s)

    def wait_ready(self, pid: int) -> None:
        """Wait until ``is_ready``; fail fast with the log tail if the process dies or times out."""
        deadline = time.monotonic() + self.ready_timeout_s
        while not self.is_ready():
            if not process_alive(pid):
                raise ServiceError(
                    f"{self.name} exited while starting; last lines of {self.log_file}:\n"
                    f"{log_tail(self.log_file)}"
                )
            if time.monotonic() >= deadline:
                raise ServiceError(
                    f"{self.name} did not become ready on {self.address} within "
                    f"{self.ready_timeout_s:.0f}s; last lines of {self.log_file}:\n"
                    f"{log_tail(self.log_file)}"
                )
            time.sleep(0.25)
