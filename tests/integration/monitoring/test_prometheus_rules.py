"""careflow's Prometheus rules are valid (``promtool check rules``) and every alert behaves as
its unit tests say (``promtool test rules``). promtool comes with the Debian package that
``careflow services up`` installs."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

MONITORING = Path(__file__).resolve().parents[3] / "monitoring" / "prometheus"
RULES = sorted((MONITORING / "rules").glob("*.yml"))
TESTS = sorted((MONITORING / "tests").glob("*.test.yml"))


@pytest.fixture(scope="module")
def promtool(services) -> str:
    path = shutil.which("promtool")
    assert path, "promtool missing: `careflow services up` installs the prometheus package"
    return path


def _run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


def test_rules_are_valid(promtool):
    assert RULES
    result = _run(promtool, "check", "rules", *map(str, RULES))
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_alert_has_unit_tests_that_pass(promtool):
    alerts = {
        line.split(":", 1)[1].strip()
        for path in RULES
        for line in path.read_text().splitlines()
        if line.strip().startswith("- alert:")
    }
    tested = {
        line.split(":", 1)[1].strip()
        for path in TESTS
        for line in path.read_text().splitlines()
        if line.strip().startswith("alertname:")
    }
    assert alerts == tested
    assert len(alerts) == 6

    result = _run(promtool, "test", "rules", *map(str, TESTS))
    assert result.returncode == 0, result.stdout + result.stderr
