"""``careflow services up|down|status``: real Postgres, Redis, Kafka and LocalStack on 127.0.0.1.

One idempotent command gives every developer and CI job the same local back-end, without Docker:

======================  ===================  ==============================================
service                 address (dev.env)    what it is
======================  ===================  ==============================================
``postgres``            127.0.0.1:15432      Debian PostgreSQL, own cluster, SCRAM passwords
``redis``               127.0.0.1:16379      Debian Redis, AOF fsynced every second
``kafka``               127.0.0.1:19092      Apache Kafka 4.1 (KRaft) from Maven Central
``localstack``          127.0.0.1:4566       LocalStack 2026.3.0 in host mode (S3, KMS, ...)
``meta-sim``            127.0.0.1:18081      our simulator of Meta's Graph API (+ OnlyChannel)
``doktor365-sim``       127.0.0.1:18082      our stateful simulator of the Doktor365 API
``llm-sim``             127.0.0.1:18083      our OpenAI-compatible model endpoint (latency, faults)
``jaeger``              127.0.0.1:16686      Jaeger v2 (Go module proxy): OTLP :4317/:4318, traces
``prometheus``          127.0.0.1:9090       Debian Prometheus: scrapes Jaeger, careflow's rules
======================  ===================  ==============================================

Missing pieces are installed on first use (apt packages, Kafka jars, LocalStack venv, the
Jaeger binary); all state
lives in ``.careflow/`` (override with ``CAREFLOW_HOME``). Example::

    from careflow_local import services

    services.up()                        # installs what is missing, starts what is stopped
    services.status()["kafka"]           # {"running": True, "address": "127.0.0.1:19092", "pid": 42}
    services.down(["localstack"])        # stop just one
"""

from __future__ import annotations

import fcntl
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from pathlib import Path
from typing import TypedDict

from ._base import (
    Reporter,
    Service,
    ServiceError,
    careflow_home,
    port_bindable,
    port_open,
    wait_until,
)
from ._env import apply_dev_env, load_dev_env
from ._jaeger import Jaeger
from ._kafka import KAFKA_VERSION, Kafka, ensure_topics
from ._localstack import LocalStack
from ._postgres import Postgres
from ._prometheus import Prometheus
from ._redis import Redis
from ._simulators import Doktor365Simulator, LLMSimulator, MetaGraphSimulator
from ._system import apt_install

__all__ = [
    "KAFKA_VERSION",
    "SERVICE_NAMES",
    "ServiceError",
    "ServiceStatus",
    "apply_dev_env",
    "careflow_home",
    "down",
    "ensure_topics",
    "load_dev_env",
    "print_status",
    "status",
    "up",
]

#: How long a start waits for its port to be released by a socket that does not listen (see
#: ``port_bindable``: a client's socket on the port, then its TIME_WAIT of 60 s).
PORT_RELEASE_TIMEOUT_S = 90.0
#: Start order, which is also the order of every listing.
SERVICE_NAMES: tuple[str, ...] = (
    "postgres",
    "redis",
    "kafka",
    "localstack",
    "meta-sim",
    "doktor365-sim",
    "llm-sim",
    "jaeger",
    "prometheus",
)
_CLASSES: dict[str, type[Service]] = {
    "postgres": Postgres,
    "redis": Redis,
    "kafka": Kafka,
    "localstack": LocalStack,
    "meta-sim": MetaGraphSimulator,
    "doktor365-sim": Doktor365Simulator,
    "llm-sim": LLMSimulator,
    "jaeger": Jaeger,
    "prometheus": Prometheus,
}
_print_lock = threading.Lock()


class ServiceStatus(TypedDict):
    running: bool
    address: str
    pid: int | None


# -- public API ---------------------------------------------------------------------------------


def up(only: list[str] | None = None, *, with_localstack: bool = True) -> None:
    """Install what is missing and start every selected service that is not running.

    Idempotent: a service that already runs and answers is left alone ("already running");
    only its cheap, change-nothing provisioning (database, topics, bucket) is re-checked.
    Services start in parallel. ``with_localstack=False`` leaves LocalStack out of any
    selection. Raises ``ServiceError`` (with the server's log tail) if any service fails.
    """
    services = _instances(_select(only, with_localstack))
    say = _reporter(services)
    with _exclusive(careflow_home()):
        _install_system_packages([s for s in services if s.live_pid() is None])
        _in_parallel(services, _up_one, say)


def down(only: list[str] | None = None) -> None:
    """Stop the selected services (default: all): clean stop with a timeout, then SIGKILL.

    Stale pid files are removed. Data stays in ``.careflow/``; delete it for a full reset.
    """
    services = _instances(_select(only, with_localstack=True))
    say = _reporter(services)
    with _exclusive(careflow_home()):
        _in_parallel(services, _down_one, say)


def status() -> dict[str, ServiceStatus]:
    """``name -> {"running", "address", "pid"}`` for every service; never starts or changes anything.

    ``running`` needs a live process behind the pid file *and* an open port; a pid file naming
    a dead or foreign process (stale) reports ``running=False, pid=None``.
    """
    result: dict[str, ServiceStatus] = {}
    for service in _instances(SERVICE_NAMES):
        pid = service.live_pid()
        result[service.name] = ServiceStatus(
            running=pid is not None and port_open(service.port),
            address=service.address,
            pid=pid,
        )
    return result


def print_status() -> None:
    """One line per service: name, address, state and pid."""
    for service in _instances(SERVICE_NAMES):
        pid = service.live_pid()
        if pid is not None:
            state = "running" if port_open(service.port) else "process up, port not answering"
            state += f"  (pid {pid})"
        elif service.recorded_pid() is not None:
            state = "stopped (stale pid file)"
        else:
            state = "stopped"
        print(_line(service.name, service.address, state), flush=True)


# -- one service ------------------------------------------------------------------------------


def _up_one(service: Service, say: Reporter) -> None:
    pid = service.live_pid()
    if pid is not None:
        service.wait_ready(pid)
        service.provision(say)
        say(service.name, f"already running (pid {pid})")
        return
    service.clear_pid()
    if port_open(service.port):
        raise ServiceError(
            f"{service.address} is taken by a process careflow did not start (no live pid in "
            f"{service.pid_file}); stop that process or free the port"
        )
    started = time.monotonic()
    service.install(say)
    if not wait_until(lambda: port_bindable(service.port), PORT_RELEASE_TIMEOUT_S, 0.2):
        raise ServiceError(
            f"{service.address} is held by a socket that is not listening (for "
            f"{PORT_RELEASE_TIMEOUT_S:.0f}s): a client connected to itself while the service was "
            f"down, or another program bound it; `ss -tanp | grep :{service.port}` names it"
        )
    pid = service.start()
    try:
        service.wait_ready(pid)
    except ServiceError:
        service.stop(pid)  # don't leave a half-started server holding the port
        service.clear_pid()
        raise
    service.provision(say)
    say(service.name, f"started in {time.monotonic() - started:.1f}s (pid {pid})")


def _down_one(service: Service, say: Reporter) -> None:
    pid = service.live_pid()
    if pid is None:
        stale = service.recorded_pid() is not None
        service.clear_pid()
        say(service.name, "not running" + (" (removed stale pid file)" if stale else ""))
        return
    started = time.monotonic()
    clean = service.stop(pid)
    service.clear_pid()
    elapsed = time.monotonic() - started
    say(service.name, f"stopped in {elapsed:.1f}s" if clean else f"killed after {elapsed:.1f}s")


# -- plumbing ---------------------------------------------------------------------------------


def _select(only: Iterable[str] | None, with_localstack: bool) -> list[str]:
    wanted = set(SERVICE_NAMES if only is None else only)
    unknown = wanted - set(SERVICE_NAMES)
    if unknown:
        raise ValueError(
            f"unknown service(s) {', '.join(sorted(unknown))}; choose from {', '.join(SERVICE_NAMES)}"
        )
    if not with_localstack:
        wanted.discard("localstack")
    return [name for name in SERVICE_NAMES if name in wanted]


def _instances(names: Sequence[str]) -> list[Service]:
    env = load_dev_env()
    home = careflow_home()
    return [_CLASSES[name](env, home) for name in names]


def _line(name: str, address: str, message: str) -> str:
    return f"{name:<14}{address:<17}{message}"


def _reporter(services: Sequence[Service]) -> Reporter:
    """Thread-safe progress printer: services start in parallel, lines must not interleave."""
    addresses = {service.name: service.address for service in services}

    def say(name: str, message: str) -> None:
        with _print_lock:
            print(_line(name, addresses.get(name, ""), message), flush=True)

    return say


@contextmanager
def _exclusive(home: Path) -> Iterator[None]:
    """One ``up``/``down`` at a time per CAREFLOW_HOME (e.g. parallel test workers, two shells)."""
    home.mkdir(parents=True, exist_ok=True)
    with (home / "services.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _install_system_packages(services: Sequence[Service]) -> None:
    """All missing Debian packages in one apt transaction, before anything runs in parallel."""
    packages = list(dict.fromkeys(p for s in services for p in s.system_packages()))
    if packages:
        print(_line("apt", "", f"installing {' '.join(packages)}"), flush=True)
        apt_install(packages)


def _in_parallel(
    services: Sequence[Service], action: Callable[[Service, Reporter], None], say: Reporter
) -> None:
    """Run ``action`` for every service concurrently; report every failure, then raise once."""
    if not services:
        return
    failures: list[tuple[str, BaseException]] = []
    with ThreadPoolExecutor(max_workers=len(services), thread_name_prefix="careflow") as pool:
        futures = {pool.submit(action, service, say): service for service in services}
        for future in as_completed(futures):
            error = future.exception()
            if error is not None:
                name = futures[future].name
                say(
                    name,
                    f"FAILED: {str(error).splitlines()[0] if str(error) else type(error).__name__}",
                )
                failures.append((name, error))
    if failures:
        message = "\n\n".join(f"{name}: {error}" for name, error in failures)
        raise ServiceError(message) from failures[0][1]
