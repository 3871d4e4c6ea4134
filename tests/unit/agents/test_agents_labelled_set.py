"""The quality bar on the labelled set (rules provider): urgent recall 100 %, intent >= 90 %."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter

import pytest

from careflow_agents.eval import DEFAULT_PATH, evaluate, format_report, load
from careflow_agents.triage import INTENTS as _INTENTS

INTENTS = set(_INTENTS)
ACTIONS = {"reply", "request_info", "escalate", "await_approval", "block"}


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return load(DEFAULT_PATH)


def test_the_set_is_large_multilingual_and_well_formed(rows) -> None:
    assert len(rows) >= 80
    languages = Counter(r["language"] for r in rows)
    assert set(languages) >= {"tr", "en", "de", "ar", "ru", "fr"}
    assert min(languages.values()) >= 12
    assert len({r["id"] for r in rows}) == len(rows)
    for row in rows:
        assert row["intent"] in INTENTS and row["action"] in ACTIONS
        assert row["urgency"] in {"routine", "soon", "urgent"}
        assert row["text"].strip()
    assert sum(r["urgency"] == "urgent" for r in rows) >= 12
    assert {r["action"] for r in rows} == ACTIONS
    assert {r["intent"] for r in rows} == INTENTS


def test_quality_bar_with_the_rules_provider(rows) -> None:
    report = evaluate(rows)
    overall = report.overall
    assert overall.total == len(rows)
    print(format_report(report))
    for lang, score in report.by_language.items():
        assert score.urgent_recall == 1.0, (
            f"{lang}: urgent recall {score.urgent_found}/{score.urgent_total}"
        )
    assert overall.urgent_recall == 1.0
    assert overall.intent_accuracy >= 0.90
    assert report.passed


def test_heldout_regression_set_keeps_the_bar() -> None:
    report = evaluate(load(DEFAULT_PATH.with_name("heldout_messages.jsonl")))
    assert report.overall.total == 30
    assert report.overall.urgent_recall == 1.0 and report.overall.urgent_total == 10
    assert report.overall.intent_accuracy >= 0.90


def test_eval_entry_point_prints_the_per_language_report() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "careflow_agents.eval", str(DEFAULT_PATH)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    for lang in ("ar", "de", "en", "fr", "ru", "tr", "all"):
        assert any(line.startswith(lang) for line in lines), lang
    assert "urgent recall" in lines[0] and "PASS" in done.stdout
