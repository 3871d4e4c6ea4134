"""Evaluate the graph on a labelled message set and print the per-language report.

Usage: ``python -m careflow_agents.eval [path/to/labelled.jsonl]``

Each line is one message (``text, language, stage, intent, urgency, action`` and optionally
``days_since_operation``) run as the first message of a fresh case of the demo tenant, through
the real graph with an in-memory checkpointer. Exit status 1 when the quality bar is missed
(urgent recall < 100 % or intent accuracy < 90 %), so CI can gate on it.
"""

from __future__ import annotations

import argparse
import json
import sys
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

MIN_INTENT_ACCURACY = 0.90
MIN_URGENT_RECALL = 1.0
DEFAULT_PATH = (
    Path(__file__).resolve().parents[4] / "tests" / "agents_data" / "labelled_messages.jsonl"
)


@dataclass
class LanguageScore:
    total: int = 0
    intent_ok: int = 0
    urgency_ok: int = 0
    action_ok: int = 0
    language_ok: int = 0
    urgent_total: int = 0
    urgent_found: int = 0

    @staticmethod
    def ratio(part: int, whole: int) -> float:
        return part / whole if whole else 1.0

    @property
    def intent_accuracy(self) -> float:
        return self.ratio(self.intent_ok, self.total)

    @property
    def urgent_recall(self) -> float:
        return self.ratio(self.urgent_found, self.urgent_total)


@dataclass
class Report:
    by_language: dict[str, LanguageScore] = field(default_factory=dict)
    misses: list[dict[str, Any]] = field(default_factory=list)

    @property
    def overall(self) -> LanguageScore:
        total = LanguageScore()
        for score in self.by_language.values():
            for name in vars(total):
                setattr(total, name, getattr(total, name) + getattr(score, name))
        return total

    @property
    def passed(self) -> bool:
        overall = self.overall
        return (
            overall.intent_accuracy >= MIN_INTENT_ACCURACY
            and overall.urgent_recall >= MIN_URGENT_RECALL
        )


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def turn_for_row(row: dict[str, Any], tenant: Any, *, case_id: str, message_id: str) -> Any:
    """A labelled row as the first WhatsApp text message of a case (the eval and the bench)."""
    from careflow_agents.api import AgentTurn

    return AgentTurn(
        tenant=tenant,
        case_id=case_id,
        message_id=message_id,
        stage=row["stage"],
        text=row["text"],
        channel="whatsapp",
        message_type="text",
        received_at=datetime.now(UTC),
        days_since_operation=row.get("days_since_operation"),
    )


def evaluate(rows: list[dict[str, Any]], provider: Any = None) -> Report:
    from langgraph.checkpoint.memory import InMemorySaver

    from careflow_agents.api import run_turn
    from careflow_agents.config import demo_tenant

    tenant = demo_tenant("eval-clinic")
    checkpointer = InMemorySaver()
    scores: dict[str, LanguageScore] = defaultdict(LanguageScore)
    report = Report()
    for row in rows:
        turn = turn_for_row(
            row,
            tenant,
            case_id=f"eval-{uuid.uuid4().hex[:12]}",
            message_id=row.get("id", uuid.uuid4().hex),
        )
        decision = run_turn(turn, checkpointer=checkpointer, provider=provider)
        score = scores[row["language"]]
        score.total += 1
        checks = {
            "intent": decision.intent == row["intent"],
            "urgency": decision.urgency == row["urgency"],
            "action": decision.action == row["action"],
            "language": decision.language == row["language"],
        }
        score.intent_ok += checks["intent"]
        score.urgency_ok += checks["urgency"]
        score.action_ok += checks["action"]
        score.language_ok += checks["language"]
        if row["urgency"] == "urgent":
            score.urgent_total += 1
            score.urgent_found += decision.urgency == "urgent"
        if not all(checks.values()):
            report.misses.append(
                {
                    "id": row.get("id"),
                    "expected": {k: row[k] for k in ("language", "intent", "urgency", "action")},
                    "got": {
                        "language": decision.language,
                        "intent": decision.intent,
                        "urgency": decision.urgency,
                        "action": decision.action,
                    },
                }
            )
    report.by_language = dict(sorted(scores.items()))
    return report


def format_report(report: Report) -> str:
    header = f"{'lang':<6}{'n':>4}{'intent':>9}{'urgency':>9}{'action':>9}{'lang-id':>9}{'urgent recall':>16}"
    lines = [header, "-" * len(header)]
    rows = [*report.by_language.items(), ("all", report.overall)]
    for lang, s in rows:
        lines.append(
            f"{lang:<6}{s.total:>4}{s.intent_accuracy:>9.1%}{s.ratio(s.urgency_ok, s.total):>9.1%}"
            f"{s.ratio(s.action_ok, s.total):>9.1%}{s.ratio(s.language_ok, s.total):>9.1%}"
            f"{s.urgent_recall:>10.1%} ({s.urgent_found}/{s.urgent_total})"
        )
    lines.append("")
    lines.append(
        f"quality bar: intent accuracy >= {MIN_INTENT_ACCURACY:.0%}, urgent recall >= {MIN_URGENT_RECALL:.0%}"
        f" -> {'PASS' if report.passed else 'FAIL'}"
    )
    for miss in report.misses:
        lines.append(f"  miss {miss['id']}: expected {miss['expected']} got {miss['got']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m careflow_agents.eval", description=__doc__.splitlines()[0]
    )
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    args = parser.parse_args(argv)
    report = evaluate(load(args.path))
    print(format_report(report))
    return 0 if report.passed else 1


if __name__ == "__main__":
    sys.exit(main())
