"""The real Apache Kafka broker in KRaft mode (no ZooKeeper), run from Maven Central jars.

No Debian or PyPI package ships the broker; Java 17 and Maven are enough: ``localstack/kafka/
pom.xml`` resolves ``org.apache.kafka:kafka_2.13`` into ``.careflow/kafka/libs`` once, then the
broker runs as ``java -cp 'libs/*' kafka.Kafka server.properties``. The version is one Amazon MSK
offers, so the protocol the handlers see locally is the one they see in the cloud.
"""

from __future__ import annotations

import base64
import importlib
import json
import logging
import shutil
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from string import Template
from types import ModuleType
from typing import Any

from ._base import (
    LOCAL_SETUP_DIR,
    REPO_ROOT,
    Reporter,
    Service,
    ServiceError,
    port_open,
    run,
    spawn_detached,
)
from ._env import port_of, require

#: 4.1.x is offered by Amazon MSK; kafka-python 3.0.12 (producer, admin, consumer groups) was
#: verified against it. Changing it re-resolves the jars on the next ``up``.
KAFKA_VERSION = "4.1.2"
#: Small heap for a laptop or a 2-core CI box; plenty for development traffic. C1-only JIT
#: (TieredStopAtLevel=1) cut broker start-up from ~6.8 s to ~4.4 s on 2 cores; peak throughput
#: is lower, which development traffic never notices.
JVM_OPTIONS = (
    "-Xms256m",
    "-Xmx512m",
    "-XX:TieredStopAtLevel=1",
    "-XX:+UseG1GC",
    "-XX:MaxGCPauseMillis=20",
    "-XX:+ExitOnOutOfMemoryError",
    "-Djava.awt.headless=true",
)

_KAFKA_DIR = LOCAL_SETUP_DIR / "kafka"
_POM = _KAFKA_DIR / "pom.xml"
_SERVER_TEMPLATE = _KAFKA_DIR / "server.properties.tmpl"
_LOG4J_CONFIG = _KAFKA_DIR / "log4j2.properties"
_TOPIC_ALREADY_EXISTS = 36  # Kafka protocol error code


@contextmanager
def _quiet_kafka_logs() -> Iterator[None]:
    """kafka-python logs every refused connection; while we poll a starting broker that is noise."""
    logger = logging.getLogger("kafka")
    previous = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(previous)


def _admin(bootstrap: str, timeout_ms: int = 5000) -> Any:
    from kafka.admin import KafkaAdminClient  # type: ignore[import-untyped]

    return KafkaAdminClient(
        bootstrap_servers=bootstrap,
        client_id="careflow-services",
        request_timeout_ms=timeout_ms,
        bootstrap_timeout_ms=timeout_ms,
    )


def _topology() -> ModuleType:
    """``careflow_shared.topology``, adding ``shared/python`` to sys.path if nobody did yet."""
    try:
        return importlib.import_module("careflow_shared.topology")
    except ImportError:
        sys.path.insert(0, str(REPO_ROOT / "shared" / "python"))
        return importlib.import_module("careflow_shared.topology")


def _partitions() -> int:
    """Partitions per topic: cdk.json's ``careflow:pipeline.local.topicPartitions`` (read as
    JSON: the services module does not import the harness)."""
    context = json.loads((REPO_ROOT / "cdk.json").read_text())["context"]
    return int(context["careflow:pipeline"]["local"]["topicPartitions"])


def create_missing_topics(bootstrap: str) -> list[str]:
    """Create the topology's topics that do not exist yet; return the names created.

    Idempotent: existing topics are left alone (also their partition count), and a topic that
    appears concurrently (TOPIC_ALREADY_EXISTS) counts as success. Waits until every topic has a
    leader, so a producer started right after ``up`` does not race the metadata.
    """
    topology = _topology()
    wanted: tuple[str, ...] = tuple(topology.ALL_TOPICS)
    with _admin(bootstrap, timeout_ms=30_000) as admin:
        missing = [topic for topic in wanted if topic not in set(admin.list_topics())]
        if missing:
            spec = {"num_partitions": _partitions(), "replication_factor": 1}
            result = admin.create_topics({t: dict(spec) for t in missing}, raise_errors=False)
            failed = [
                f"{t['name']}: {t.get('error_message') or t['error_code']}"
                for t in result["topics"]
                if t["error_code"] not in (0, _TOPIC_ALREADY_EXISTS)
            ]
            if failed:
                raise ServiceError("could not create Kafka topics:\n" + "\n".join(failed))
        admin.wait_for_topics(list(wanted), timeout_ms=30_000)
    return missing


def ensure_topics(bootstrap: str) -> None:
    """Create every topic of ``careflow_shared.topology.ALL_TOPICS`` that is missing.

    cdk.json's local ``topicPartitions`` partitions, replication factor 1 (one local broker). Safe to call any
    number of times, e.g. from test fixtures.
    """
    create_missing_topics(bootstrap)


def _new_cluster_id() -> str:
    """A Kafka cluster id: a random UUID in URL-safe base64 without padding (as Kafka's Uuid).

    Generated here instead of with ``StorageTool random-uuid`` to save one JVM start (~1 s).
    Like Kafka's ``Uuid.randomUuid()`` it never starts with "-": the storage tool's argument
    parser would take such an id (1 in 64 draws) for an option and refuse to format.
    """
    while True:
        cluster_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode()
        if not cluster_id.startswith("-"):
            return cluster_id


class Kafka(Service):
    name = "kafka"
    marker = "kafka.Kafka"
    ready_timeout_s = 60.0
    stop_timeout_s = 30.0  # a controlled shutdown flushes logs; give it time before SIGKILL

    @property
    def port(self) -> int:
        return port_of(require(self.env, "CAREFLOW_KAFKA_BOOTSTRAP"))

    @property
    def bootstrap(self) -> str:
        return self.address

    @property
    def libs_dir(self) -> Path:
        return self.dir / "libs"

    @property
    def data_dir(self) -> Path:
        return self.dir / "data"

    @property
    def config_file(self) -> Path:
        return self.dir / "server.properties"

    # -- install ------------------------------------------------------------------------------

    def _jars_resolved(self) -> bool:
        stamp = self.libs_dir / ".kafka-version"
        return stamp.exists() and stamp.read_text().strip() == KAFKA_VERSION

    def system_packages(self) -> list[str]:
        missing = [] if shutil.which("java") else ["openjdk-17-jre-headless"]
        if not self._jars_resolved() and shutil.which("mvn") is None:
            missing.append("maven")
        return missing

    def install(self, say: Reporter) -> None:
        self._resolve_jars(say)
        self._format_storage(say)

    def _resolve_jars(self, say: Reporter) -> None:
        """Copy kafka_2.13 and its runtime dependencies from Maven Central into ``libs/``.

        Resolved into a scratch folder and renamed at the end, so an interrupted download
        never leaves a half-filled ``libs/`` that looks complete. The Maven repository is the
        user's default (~/.m2), so ``rm -rf .careflow`` does not force a re-download.
        """
        if self._jars_resolved():
            return
        say(self.name, f"resolving Apache Kafka {KAFKA_VERSION} jars from Maven Central (once)")
        scratch = self.dir / "libs.partial"
        shutil.rmtree(scratch, ignore_errors=True)
        self.dir.mkdir(parents=True, exist_ok=True)
        run(
            [
                "mvn",
                "--batch-mode",
                "--quiet",
                "--file",
                str(_POM),
                f"-Dkafka.version={KAFKA_VERSION}",
                "dependency:copy-dependencies",
                "-DincludeScope=runtime",
                f"-DoutputDirectory={scratch}",
            ],
            cwd=self.dir,
        )
        if not any(scratch.glob(f"kafka_2.13-{KAFKA_VERSION}.jar")):
            raise ServiceError(
                f"Maven finished but {scratch} holds no kafka_2.13-{KAFKA_VERSION}.jar"
            )
        (scratch / ".kafka-version").write_text(KAFKA_VERSION + "\n")
        shutil.rmtree(self.libs_dir, ignore_errors=True)
        scratch.rename(self.libs_dir)

    def _java(self) -> str:
        java = shutil.which("java")
        if java is None:
            raise ServiceError("java is not installed (Kafka needs Java 17+)")
        return java

    def _java_cmd(self, main_class: str, *args: str) -> list[str]:
        return [
            self._java(),
            *JVM_OPTIONS,
            f"-Dlog4j2.configurationFile={_LOG4J_CONFIG}",
            f"-Dkafka.logs.dir={self.dir / 'logs'}",
            "-cp",
            str(self.libs_dir / "*"),
            main_class,
            *args,
        ]

    def _write_config(self) -> None:
        template = Template(_SERVER_TEMPLATE.read_text())
        self.config_file.write_text(
            template.substitute(
                port=self.port, controller_port=self.port + 1, log_dir=str(self.data_dir)
            )
        )

    def _format_storage(self, say: Reporter) -> None:
        """Format the KRaft log dir once (``--standalone``: this node is the only controller)."""
        if (self.data_dir / "meta.properties").exists():
            return
        say(self.name, "formatting the KRaft log directory (once)")
        shutil.rmtree(self.data_dir, ignore_errors=True)
        self._write_config()
        run(
            self._java_cmd(
                "kafka.tools.StorageTool",
                "format",
                "--config",
                str(self.config_file),
                "--cluster-id",
                _new_cluster_id(),
                "--standalone",
            ),
            cwd=self.dir,
        )

    # -- run ----------------------------------------------------------------------------------

    def start(self) -> int:
        self._write_config()
        pid = spawn_detached(
            self._java_cmd("kafka.Kafka", str(self.config_file)),
            log_file=self.log_file,
            cwd=self.dir,
        )
        self.write_pid(pid)
        return pid

    def is_ready(self) -> bool:
        """Ready when an admin client can list topics: the broker and controller both answer."""
        if not port_open(self.port):
            return False
        with _quiet_kafka_logs():
            try:
                with _admin(self.bootstrap, timeout_ms=3000) as admin:
                    admin.list_topics()
            except Exception:  # any failure simply means "not ready yet"
                return False
        return True

    def provision(self, say: Reporter) -> None:
        created = create_missing_topics(self.bootstrap)
        if created:
            say(self.name, f"created {len(created)} topics: {', '.join(created)}")
