"""The outside world we cannot reach from here, simulated by servers we own.

Meta's Graph API (WhatsApp / Instagram send, media download, and the OnlyChannel send endpoint),
the clinic's Doktor365 API and an OpenAI-compatible model endpoint run as small Python processes on fixed loopback ports, so the
functions talk to them over real HTTP exactly as they would to the real providers. Each records
the requests it received and can be told to fail (see ``careflow_local.simulators``).
"""

from __future__ import annotations

import json
import sys
import urllib.request

from ._base import HOST, Service, ServiceError, spawn_detached
from ._env import port_of, require


class _Simulator(Service):
    module: str
    url_var: str
    ready_timeout_s = 20.0
    stop_timeout_s = 5.0

    @property
    def port(self) -> int:
        return port_of(require(self.env, self.url_var))

    def start(self) -> int:
        cmd = [sys.executable, "-m", self.module, "--port", str(self.port)]
        from careflow_local.paths import REPO_ROOT

        pid = spawn_detached(cmd, log_file=self.log_file, cwd=REPO_ROOT)
        self.write_pid(pid)
        return pid

    def is_ready(self) -> bool:
        try:
            with urllib.request.urlopen(f"http://{HOST}:{self.port}/_sim/requests", timeout=1) as r:
                json.loads(r.read())
                return bool(r.status == 200)
        except (OSError, ValueError):
            return False

    def install(self, say: object) -> None:
        if not self.module:
            raise ServiceError("simulator module missing")


class MetaGraphSimulator(_Simulator):
    name = "meta-sim"
    marker = "careflow_local.simulators.meta_graph"
    module = "careflow_local.simulators.meta_graph"
    url_var = "CAREFLOW_META_GRAPH_URL"


class Doktor365Simulator(_Simulator):
    name = "doktor365-sim"
    marker = "careflow_local.simulators.doktor365"
    module = "careflow_local.simulators.doktor365"
    url_var = "CAREFLOW_DOKTOR365_URL"


class LLMSimulator(_Simulator):
    name = "llm-sim"
    marker = "careflow_local.simulators.llm"
    module = "careflow_local.simulators.llm"
    url_var = "CAREFLOW_LLM_URL"
