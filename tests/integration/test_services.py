"""``careflow services``: the real local services are up, addressed as dev.env says, and idempotent.

The module fixture calls ``services.up()`` itself (a no-op when the session's ``services``
fixture or a developer already started them), because starting them is what is under test.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from careflow_local import services
from careflow_shared.topology import ALL_TOPICS, TOPIC_PARTITIONS


@pytest.fixture(scope="module")
def dev_env() -> dict[str, str]:
    return services.load_dev_env()


@pytest.fixture(scope="module", autouse=True)
def running() -> Iterator[None]:
    services.up()
    yield


def _expected_addresses(env: dict[str, str]) -> dict[str, str]:
    return {
        "postgres": f"127.0.0.1:{env['PGPORT']}",
        "redis": urlsplit(env["CAREFLOW_REDIS_URL"]).netloc,
        "kafka": env["CAREFLOW_KAFKA_BOOTSTRAP"],
        "localstack": urlsplit(env["AWS_ENDPOINT_URL"]).netloc,
        "meta-sim": urlsplit(env["CAREFLOW_META_GRAPH_URL"]).netloc,
        "doktor365-sim": urlsplit(env["CAREFLOW_DOKTOR365_URL"]).netloc,
        "llm-sim": urlsplit(env["CAREFLOW_LLM_URL"]).netloc,
        "jaeger": urlsplit(env["CAREFLOW_JAEGER_URL"]).netloc,
        "prometheus": urlsplit(env["CAREFLOW_PROMETHEUS_URL"]).netloc,
    }


def test_status_reports_every_service_running_on_its_dev_env_address(dev_env):
    status = services.status()

    assert set(status) == set(_expected_addresses(dev_env))
    for name, address in _expected_addresses(dev_env).items():
        assert status[name]["running"] is True, name
        assert status[name]["address"] == address
        assert isinstance(status[name]["pid"], int)
        assert status[name]["pid"] > 0


def test_second_up_is_a_no_op(capsys):
    before = {name: s["pid"] for name, s in services.status().items()}

    services.up()

    after = {name: s["pid"] for name, s in services.status().items()}
    assert after == before
    output = capsys.readouterr().out
    for name in before:
        assert any(
            line.startswith(name) and "already running" in line for line in output.splitlines()
        ), output


def test_topology_topics_exist_with_their_partitions(dev_env):
    from kafka.admin import KafkaAdminClient

    bootstrap = dev_env["CAREFLOW_KAFKA_BOOTSTRAP"]
    services.ensure_topics(bootstrap)  # idempotent: must not fail on existing topics

    with KafkaAdminClient(bootstrap_servers=bootstrap) as admin:
        described = {t["name"]: t for t in admin.describe_topics(list(ALL_TOPICS))}

    assert set(described) == set(ALL_TOPICS)
    for topic in ALL_TOPICS:
        assert described[topic]["error_code"] == 0, topic
        assert len(described[topic]["partitions"]) == TOPIC_PARTITIONS, topic


def test_documents_bucket_exists_in_localstack(dev_env):
    import boto3

    s3 = boto3.client(
        "s3",
        endpoint_url=dev_env["AWS_ENDPOINT_URL_S3"],
        region_name=dev_env["AWS_REGION"],
        aws_access_key_id=dev_env["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=dev_env["AWS_SECRET_ACCESS_KEY"],
    )
    s3.head_bucket(Bucket=dev_env["CAREFLOW_DOCUMENTS_BUCKET"])


def test_database_exists_and_takes_the_admin_password(dev_env):
    import psycopg

    with psycopg.connect(
        host="127.0.0.1",
        port=int(dev_env["PGPORT"]),
        dbname=dev_env["CAREFLOW_DB_NAME"],
        user=dev_env["CAREFLOW_DB_ADMIN_USER"],
        password=dev_env["CAREFLOW_DB_ADMIN_PASSWORD"],
        connect_timeout=5,
    ) as conn:
        row = conn.execute("SELECT current_database()").fetchone()
    assert row == (dev_env["CAREFLOW_DB_NAME"],)


def test_wrong_database_password_is_refused(dev_env):
    import psycopg

    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(
            host="127.0.0.1",
            port=int(dev_env["PGPORT"]),
            dbname=dev_env["CAREFLOW_DB_NAME"],
            user=dev_env["CAREFLOW_DB_ADMIN_USER"],
            password="not-the-password",
            connect_timeout=5,
        )


def test_stale_pid_files_are_not_reported_as_running(tmp_path: Path, monkeypatch):
    # A pid file naming a dead process, and one naming a live process that is not Redis.
    (tmp_path / "kafka").mkdir()
    (tmp_path / "kafka" / "pid").write_text("999999999\n")
    (tmp_path / "redis").mkdir()
    (tmp_path / "redis" / "pid").write_text(f"{os.getpid()}\n")
    monkeypatch.setenv("CAREFLOW_HOME", str(tmp_path))

    status = services.status()

    assert status["kafka"] == {"running": False, "address": status["kafka"]["address"], "pid": None}
    assert status["redis"]["running"] is False
    assert status["redis"]["pid"] is None
