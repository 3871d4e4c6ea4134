"""Jaeger v2: the local OTLP endpoint, trace store (memory) and metrics bridge to Prometheus.

Jaeger v2 is an OpenTelemetry Collector distribution. It is built once from the Go module proxy
at a pinned release (about 5 minutes on 2 cores, cached under ``.careflow/jaeger/``) and run
with ``localstack/jaeger/config.yaml``: OTLP in, traces into memory for the query API, OTLP
metrics and ``spanmetrics`` RED metrics out through a ``prometheus`` exporter endpoint that
the ``prometheus`` service scrapes. The build runs inside ``up``'s parallel start, so on a fresh
machine it overlaps the other services' installs instead of adding to them.
"""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Mapping
from pathlib import Path

from ._base import HOST, LOCAL_SETUP_DIR, Reporter, Service, spawn_detached
from ._env import port_of, require
from ._gobuild import build_go_program

JAEGER_PACKAGE = "github.com/jaegertracing/jaeger/cmd/jaeger"
JAEGER_VERSION = "v1.76.0"
CONFIG_FILE = LOCAL_SETUP_DIR / "jaeger" / "config.yaml"


def self_metrics_port(env: Mapping[str, str]) -> int:
    """Where Jaeger serves its own metrics (scraped by the ``prometheus`` service as ``jaeger``)."""
    return port_of(require(env, "CAREFLOW_JAEGER_SELF_METRICS"))


class Jaeger(Service):
    name = "jaeger"
    marker = "jaeger"
    ready_timeout_s = 60.0
    stop_timeout_s = 10.0

    @property
    def port(self) -> int:
        """The query API's port: what ``careflow trace`` and the status line talk to."""
        return port_of(require(self.env, "CAREFLOW_JAEGER_URL"))

    @property
    def binary(self) -> Path:
        return self.dir / f"jaeger-{JAEGER_VERSION}" / "jaeger"

    def install(self, say: Reporter) -> None:
        if self.binary.is_file():
            return
        say(self.name, f"building jaeger {JAEGER_VERSION} from the Go module proxy (~5 min, once)")
        build_go_program(JAEGER_PACKAGE, JAEGER_VERSION, self.binary, why="Jaeger")

    def process_env(self) -> dict[str, str]:
        """The variables ``config.yaml`` reads (``${env:...}``), from dev.env."""
        return {
            "CAREFLOW_OTLP_HTTP": require(self.env, "CAREFLOW_OTLP_HTTP"),
            "CAREFLOW_OTLP_GRPC": require(self.env, "CAREFLOW_OTLP_GRPC"),
            "CAREFLOW_JAEGER_METRICS": require(self.env, "CAREFLOW_JAEGER_METRICS"),
            "CAREFLOW_PROMETHEUS_URL": require(self.env, "CAREFLOW_PROMETHEUS_URL"),
            "CAREFLOW_JAEGER_QUERY": f"{HOST}:{self.port}",
            # Jaeger's convention: the query gRPC port sits just below the HTTP one (16685).
            "CAREFLOW_JAEGER_QUERY_GRPC": f"{HOST}:{self.port - 1}",
            "CAREFLOW_JAEGER_SELF_METRICS_PORT": str(self_metrics_port(self.env)),
            "PATH": "/usr/bin:/bin",
        }

    def start(self) -> int:
        cmd = [str(self.binary), "--config", f"file:{CONFIG_FILE}"]
        pid = spawn_detached(cmd, log_file=self.log_file, env=self.process_env(), cwd=self.dir)
        self.write_pid(pid)
        return pid

    def is_ready(self) -> bool:
        """The query API lists services (the OTLP receivers start before it)."""
        try:
            with urllib.request.urlopen(f"http://{HOST}:{self.port}/api/services", timeout=1) as r:
                json.loads(r.read())
                return bool(r.status == 200)
        except (OSError, ValueError):
            return False
