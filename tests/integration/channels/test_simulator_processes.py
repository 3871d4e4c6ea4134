"""The simulators as `careflow services up` runs them: `python -m ... --port N`."""

import json
import signal
import socket
import subprocess
import sys
import urllib.request

import pytest

from careflow_local.simulators._server import connect


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("name", ["meta_graph", "doktor365", "llm"])
def test_cli_serves_on_127_0_0_1_and_stops_on_sigterm(name):
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", f"careflow_local.simulators.{name}", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = proc.stdout.readline()
        assert line.strip() == f"{name} simulator listening on http://127.0.0.1:{port}"
        sim = connect(f"http://127.0.0.1:{port}")
        assert sim.requests() == []
        sim.fail(503, count=1)
        path = {
            "doktor365": "/v1/patients?external_ref=x",
            "meta_graph": "/v23.0/me/messages",
            "llm": "/v1/chat/completions",
        }[name]
        req = urllib.request.Request(f"{sim.url}{path}", headers={"Authorization": "Bearer k"})
        with pytest.raises(urllib.error.HTTPError) as exc:
            urllib.request.urlopen(req, timeout=5)
        assert exc.value.code == 503
        [rec] = sim.requests()
        assert rec["status"] == 503 and rec["headers"]["authorization"] == "Bearer k"
        sim.reset()
        assert sim.requests() == []
        assert json.dumps(sim.state())
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0
