"""Environment configuration from cdk.json: offline, validated, prod's data-safety values pinned."""

from __future__ import annotations

import json

import pytest

from careflow_cdk.config import ENVIRONMENTS, ConfigError, from_mapping
from careflow_cdk.network import retention

from .conftest import REPO_ROOT

CONTEXT = json.loads((REPO_ROOT / "cdk.json").read_text())["context"]


def test_cdk_json_runs_the_venv_python_app() -> None:
    assert json.loads((REPO_ROOT / "cdk.json").read_text())["app"] == ".venv/bin/python cdk/app.py"


@pytest.mark.parametrize("env", ENVIRONMENTS)
def test_every_environment_block_loads(env: str) -> None:
    cfg = from_mapping(env, CONTEXT["careflow:environments"][env])
    assert cfg.region and len(cfg.availability_zones) >= 2


def test_prod_is_durable() -> None:
    prod = from_mapping("prod", CONTEXT["careflow:environments"]["prod"])
    assert prod.retain_data and prod.db_multi_az and prod.redis_replicas >= 1
    assert prod.db_backup_retention_days >= 30 and prod.log_retention_days >= 365
    assert len(prod.availability_zones) == 3 and prod.nat_gateways == 3


def test_dev_is_disposable_staging_is_not() -> None:
    assert not from_mapping("dev", CONTEXT["careflow:environments"]["dev"]).retain_data
    assert from_mapping("staging", CONTEXT["careflow:environments"]["staging"]).retain_data


def test_unknown_keys_are_rejected() -> None:
    raw = dict(CONTEXT["careflow:environments"]["dev"], dbMultiAZ=True)  # typo of dbMultiAz
    with pytest.raises(ConfigError, match="unknown key"):
        from_mapping("dev", raw)


def test_issuer_needs_audience() -> None:
    with pytest.raises(ConfigError):
        from_mapping(
            "dev", CONTEXT["careflow:environments"]["dev"], {"jwtIssuer": "https://idp.example/"}
        )
    cfg = from_mapping(
        "dev",
        CONTEXT["careflow:environments"]["dev"],
        {"jwtIssuer": "https://idp.example/", "jwtAudience": "a,b"},
    )
    assert cfg.jwt_audience == ("a", "b")


def test_retention_rounds_up_to_a_cloudwatch_value() -> None:
    assert retention(14).name == "TWO_WEEKS"
    assert retention(20).name == "ONE_MONTH"
    assert retention(100_000).name == "TEN_YEARS"
