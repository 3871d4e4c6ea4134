"""Prometheus (Debian package), run as our own process: scrapes Jaeger, evaluates our rules.

The Debian package brings a systemd unit that nothing starts here; we run the binary ourselves
with a config generated from dev.env, data under ``.careflow/prometheus/data`` and the
recording/alert rules from ``monitoring/prometheus/rules/*.yml``. ``provision`` rewrites the
config on every ``up`` and asks the running server to reload (``--web.enable-lifecycle``), so
an edited rule file takes effect without a restart.
"""

from __future__ import annotations

import json
import shutil
import urllib.request
from pathlib import Path

from ._base import HOST, REPO_ROOT, Reporter, Service, ServiceError, spawn_detached
from ._env import port_of, require
from ._jaeger import self_metrics_port

RULES_DIR = REPO_ROOT / "monitoring" / "prometheus" / "rules"
#: Short intervals: locally a test waits for a scrape, and the data is tiny.
SCRAPE_INTERVAL = "5s"


def prometheus_config(env: dict[str, str], rules_dir: Path = RULES_DIR) -> dict[str, object]:
    """The server's configuration (written as JSON, which is YAML): jobs ``careflow`` (Jaeger's
    prometheus exporter: the functions' metrics and spanmetrics) and ``jaeger`` (its own)."""
    return {
        "global": {
            "scrape_interval": SCRAPE_INTERVAL,
            "evaluation_interval": SCRAPE_INTERVAL,
            "external_labels": {"environment": env.get("CAREFLOW_ENV", "local")},
        },
        "rule_files": [str(rules_dir / "*.yml")],
        "scrape_configs": [
            {
                # honor_labels keeps the exporter's job/instance (the function's service name).
                "job_name": "careflow",
                "honor_labels": True,
                "static_configs": [{"targets": [require(env, "CAREFLOW_JAEGER_METRICS")]}],
            },
            {
                "job_name": "jaeger",
                "static_configs": [{"targets": [f"{HOST}:{self_metrics_port(env)}"]}],
            },
        ],
    }


class Prometheus(Service):
    name = "prometheus"
    marker = "prometheus"
    ready_timeout_s = 60.0
    stop_timeout_s = 15.0

    @property
    def port(self) -> int:
        return port_of(require(self.env, "CAREFLOW_PROMETHEUS_URL"))

    @property
    def config_file(self) -> Path:
        return self.dir / "prometheus.yml"

    def system_packages(self) -> list[str]:
        return [] if shutil.which("prometheus") else ["prometheus"]

    def _write_config(self) -> bool:
        """Write the config; True when it changed."""
        text = json.dumps(prometheus_config(dict(self.env)), indent=2) + "\n"
        self.dir.mkdir(parents=True, exist_ok=True)
        if self.config_file.is_file() and self.config_file.read_text() == text:
            return False
        self.config_file.write_text(text)
        return True

    def start(self) -> int:
        binary = shutil.which("prometheus")
        if binary is None:
            raise ServiceError("prometheus is not installed (apt-get install prometheus)")
        self._write_config()
        cmd = [
            binary,
            f"--config.file={self.config_file}",
            f"--storage.tsdb.path={self.dir / 'data'}",
            "--storage.tsdb.retention.time=7d",
            f"--web.listen-address={HOST}:{self.port}",
            "--web.enable-lifecycle",
        ]
        pid = spawn_detached(cmd, log_file=self.log_file, cwd=self.dir)
        self.write_pid(pid)
        return pid

    def is_ready(self) -> bool:
        try:
            with urllib.request.urlopen(f"http://{HOST}:{self.port}/-/ready", timeout=1) as r:
                return bool(r.status == 200)
        except OSError:
            return False

    def provision(self, say: Reporter) -> None:
        """Reload config and rules (cheap; picks up edited rule files without a restart)."""
        self._write_config()
        request = urllib.request.Request(f"http://{HOST}:{self.port}/-/reload", method="POST")
        try:
            with urllib.request.urlopen(request, timeout=10):
                pass
        except OSError as exc:
            raise ServiceError(f"prometheus did not reload its config and rules: {exc}") from exc
