"""A service restarted while a client holds its port by connecting to itself.

The chaos suite's Doktor365 fault once failed on the restart, not on careflow: the simulator died
with EADDRINUSE. Its port lay in Linux's ephemeral range (dev.env's ports now stay below it), so
a client retrying the stopped service could be given that port as its own source port, even
connect to itself. These tests make that socket on purpose (bound to a port, connecting to the
same address) and show that ``up`` waits for it to go instead of failing, and names it when it
does not go. The tests close it with an RST (SO_LINGER 0): a normal close leaves it in TIME_WAIT
for 60 s, which ``up`` waits out too, only slower.
"""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from careflow_local import services
from careflow_local.services._base import HOST, Service, ServiceError, port_bindable


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


def _connected_to_itself(port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind((HOST, port))
    sock.connect((HOST, port))  # TCP simultaneous open with itself: what a retrying client hits
    return sock


@pytest.fixture
def held_port() -> Iterator[tuple[int, socket.socket]]:
    port = _free_port()
    sock = _connected_to_itself(port)
    yield port, sock
    _abort(sock)


def _abort(sock: socket.socket) -> None:
    """Close with an RST, so no TIME_WAIT keeps the port for 60 s."""
    if sock.fileno() != -1:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.close()


class _Server(Service):
    """A real listener on the held port, started by ``up`` like any service."""

    name = "port-test"
    marker = "python"

    def __init__(self, port: int, home: Path) -> None:
        super().__init__({}, home)
        self._port = port
        self.listener: socket.socket | None = None

    @property
    def port(self) -> int:
        return self._port

    def start(self) -> int:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((HOST, self._port))  # EADDRINUSE here is the failure being fixed
        listener.listen()
        self.listener = listener
        return 1

    def is_ready(self) -> bool:
        return self.listener is not None

    def stop(self, pid: int) -> bool:
        if self.listener is not None:
            self.listener.close()
        return True


def test_a_self_connected_client_makes_the_port_unbindable(held_port):
    port, sock = held_port
    assert not port_bindable(port)
    _abort(sock)
    assert port_bindable(port)


def test_up_waits_for_the_port_to_be_released_and_starts(held_port, tmp_path):
    port, sock = held_port
    server = _Server(port, tmp_path)
    threading.Timer(0.5, _abort, args=(sock,)).start()
    try:
        services._up_one(server, lambda *_: None)
        assert server.listener is not None
        assert server.listener.getsockname() == (HOST, port)
    finally:
        server.stop(1)


def test_up_names_a_port_that_stays_held(held_port, tmp_path, monkeypatch):
    port, _sock = held_port
    monkeypatch.setattr(services, "PORT_RELEASE_TIMEOUT_S", 0.5)
    server = _Server(port, tmp_path)
    with pytest.raises(ServiceError, match="not listening"):
        services._up_one(server, lambda *_: None)
    assert server.listener is None
