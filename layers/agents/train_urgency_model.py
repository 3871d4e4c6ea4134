"""Train the learned red-flag detector (:mod:`careflow_agents.urgency_model`) offline.

Usage::

    python layers/agents/train_urgency_model.py [--dim 32768] [--epochs 30] [--l2 0.001] [--dry-run]

Data: every post-operative message of the development sets in ``tests/agents_data/``
(``labelled_messages``, ``heldout_messages`` -- our own old set, not the frozen ones --, ``dev*_``):
category ``red_flag`` is positive, ``soon_postop`` and ``routine_postop`` negative. The frozen
held-out sets in ``tests/agents_data/heldout/`` are never opened.

Cross-validation is **leave one set out**: each set is scored by a model trained on all the
others, so its writer's words are new to it, as a new patient's are. The model is asked about
every post-op message the rules (the catalogue, :func:`careflow_agents.triage.triage` with the
model off) did not escalate -- read as ``post_op_concern`` and held ``soon`` or ``routine``; the
threshold is the smallest value at which at most ``OVER_RATE`` (2 %) of the asked messages held
``soon`` that are not red flags score over it out of fold, and the routine threshold (never lower)
the same for ``ROUTINE_OVER_RATE`` (1 %) of those answered ``routine``. The report gives, per set, how many of its red flags
the model alone would escalate at that threshold. Then one model on all the data is written to
``careflow_agents/urgency_model.json`` with the threshold and the figures. The learner is the
injection detector's (class-balanced logistic regression by SGD over hashed n-grams, pure Python,
deterministic).
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_injection_model import score, train, write_model  # the same learner and file

# At most this share of the post-op messages the rules did not escalate that are no red flag may
# be made urgent out of fold. A few more patients called at once is the price of the red flags it finds;
# the development bar allows three over-escalated routine messages in a set of thirty.
OVER_RATE = 0.02
# For the messages the rules answered `routine` (no symptom they could not clear): a red flag is
# rarer there, so the same score is more often a false alarm; half the rate, a threshold of
# their own that is never below the main one.
ROUTINE_OVER_RATE = 0.01
MARGIN = 0.005  # above the out-of-fold score of the first asked non-red-flag left alone
POST_OP = ("red_flag", "soon_postop", "routine_postop")
TESTS = "round-tests"  # always trained on, never a fold: not a writer's set
ROUND_TESTS = Path(__file__).resolve().parents[2] / "tests" / "unit" / "agents"


def _kind_of(function: ast.FunctionDef) -> bool | None:
    """Whether a test asserts its messages urgent (True), not urgent (False), or either/none."""
    kinds: set[bool] = set()
    for node in ast.walk(function):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id == "assert_urgent":
                kinds.add(True)
            elif node.func.id == "assert_not_urgent":
                kinds.add(False)
        if (
            isinstance(node, ast.Compare)
            and isinstance(node.left, ast.Attribute)
            and node.left.attr == "urgency"
            and len(node.comparators) == 1
            and isinstance(node.comparators[0], ast.Constant)
        ):
            value, op = node.comparators[0].value, node.ops[0]
            if isinstance(op, ast.Eq) and value in ("urgent", "soon", "routine"):
                kinds.add(value == "urgent")
            elif isinstance(op, ast.NotEq) and value == "urgent":
                kinds.add(False)
    return kinds.pop() if len(kinds) == 1 else None


def _strings(function: ast.FunctionDef) -> list[str]:
    """The messages a test checks: its ``parametrize`` list, or the literal first argument of
    the triage calls and checks in its body."""
    texts: list[str] = []
    for decorator in function.decorator_list:
        if isinstance(decorator, ast.Call) and len(decorator.args) == 2:
            values = decorator.args[1]
            if isinstance(values, ast.List):
                texts += [
                    e.value
                    for e in values.elts
                    if isinstance(e, ast.Constant) and isinstance(e.value, str)
                ]
    for node in ast.walk(function):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("triage", "assert_urgent", "assert_not_urgent")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            texts.append(node.args[0].value)
    return texts


def _labelled_cases(function: ast.FunctionDef) -> list[tuple[str, bool]]:
    """(text, urgent) from a ``parametrize`` over ``("text", ..., "urgent")`` tuples whose
    ``urgent`` is a literal bool -- a test asserting each case urgent or not by its own flag.
    Cases with a ``stage`` other than ``post_op`` are left out: the model is asked after an
    operation only."""
    cases: list[tuple[str, bool]] = []
    for decorator in function.decorator_list:
        if not (isinstance(decorator, ast.Call) and len(decorator.args) == 2):
            continue
        names, values = decorator.args
        if isinstance(names, ast.Constant) and isinstance(names.value, str):
            fields = [n.strip() for n in names.value.split(",")]
        elif isinstance(names, ast.Tuple | ast.List):
            fields = [str(e.value) for e in names.elts if isinstance(e, ast.Constant)]
        else:
            continue
        if "text" not in fields or "urgent" not in fields or not isinstance(values, ast.List):
            continue
        for case in values.elts:
            if not isinstance(case, ast.Tuple) or len(case.elts) != len(fields):
                continue
            row = {
                f: e.value
                for f, e in zip(fields, case.elts, strict=True)
                if isinstance(e, ast.Constant)
            }
            text, urgent = row.get("text"), row.get("urgent")
            if (
                isinstance(text, str)
                and isinstance(urgent, bool)
                and row.get("stage", "post_op") == "post_op"
            ):
                cases.append((text, urgent))
    return cases


def test_rows(folder: Path = ROUND_TESTS) -> list[tuple[str, bool]]:
    """(text, is_red_flag) from our own urgency tests, read as literals, not imported: the
    messages of every test that asserts only urgent (``assert_urgent``, ``.urgency ==
    "urgent"``) or only not urgent (``assert_not_urgent``, ``.urgency == "soon"``/``"routine"``,
    ``!= "urgent"``), and the cases of a parametrized test that flags each one
    (:func:`_labelled_cases`). Short, hand-written messages the sets have few of ("j'ai vomi une fois, pas
    de sang"): without them the model read a bare alarming word in a short message as an
    emergency."""
    rows: list[tuple[str, bool]] = []
    for path in sorted(folder.glob("test_agents_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                kind = _kind_of(node)
                if kind is not None:
                    rows += [(text, kind) for text in _strings(node)]
                rows += _labelled_cases(node)
    return list(dict.fromkeys(rows))


def asked(rules: Any) -> bool:
    """Whether :func:`careflow_agents.triage.triage` asks the model about a message the rules
    read so (:func:`careflow_agents.triage.asks_the_detector`, the one rule for both)."""
    from careflow_agents.triage import asks_the_detector

    return asks_the_detector(rules)


def load_rows(dim: int) -> list[dict[str, Any]]:
    """Every post-op development message: hashed features, label, set, the rules' urgency."""
    from careflow_agents.eval import category, development_sets, load
    from careflow_agents.injection_model import hashed
    from careflow_agents.security import redact
    from careflow_agents.triage import triage

    rows = []
    for path in development_sets():
        for row in load(path):
            kind = category(row)
            if kind not in POST_OP:
                continue
            redacted = redact(row["text"])[0]
            rules = triage(redacted, stage=row.get("stage", "post_op"), learned=False)
            rows.append(
                {
                    "x": hashed(redacted, dim),
                    "y": kind == "red_flag",
                    "category": kind,
                    "language": row["language"],
                    "source": path.name,
                    "asked": asked(rules),
                    "held": rules.urgency,
                }
            )
    for text, positive in test_rows():
        redacted = redact(text)[0]
        rules = triage(redacted, stage="post_op", learned=False)
        rows.append(
            {
                "x": hashed(redacted, dim),
                "y": positive,
                "category": "red_flag" if positive else "not_urgent_test",
                "language": "",
                "source": TESTS,
                "asked": asked(rules),
                "held": rules.urgency,
            }
        )
    return rows


def fit(rows: list[dict[str, Any]], args: argparse.Namespace) -> tuple[float, list[float]]:
    """Bias and weights of one model on ``rows``, with the command line's settings."""
    return train(
        [r["x"] for r in rows],
        [r["y"] for r in rows],
        args.dim,
        epochs=args.epochs,
        l2=args.l2,
        seed=args.seed,
    )


def leave_one_set_out(rows: list[dict[str, Any]], args: argparse.Namespace) -> list[float]:
    """Every row's score from a model trained on every other set."""
    oof = [0.0] * len(rows)
    for source in sorted({r["source"] for r in rows} - {TESTS}):
        b, w = fit([r for r in rows if r["source"] != source], args)
        for i, r in enumerate(rows):
            if r["source"] == source:
                oof[i] = score(r["x"], b, w)
    return oof


def figures(
    rows: list[dict[str, Any]], oof: list[float], threshold: float, routine: float
) -> dict[str, Any]:
    """Per set, out of fold: red flags the model alone escalates (at the main threshold), and the
    non-red-flags over the threshold -- all of them, and those the model is asked about (post-op,
    not escalated by the rules; a message held routine at ``routine``'s threshold), which the
    thresholds keep to ``OVER_RATE`` and ``ROUTINE_OVER_RATE``."""
    per: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row, s in zip(rows, oof, strict=True):
        for key in (row["source"], "all"):
            if row["y"]:
                per[key]["red_flags"] += 1
                per[key]["model_alone_escalates"] += s >= threshold
            else:
                per[key]["others"] += 1
                per[key]["others_over_threshold"] += s >= threshold
                per[key]["asked_others"] += row["asked"]
                bar = routine if row["held"] == "routine" else threshold
                per[key]["asked_others_made_urgent"] += row["asked"] and s >= bar
    return {key: dict(v) for key, v in sorted(per.items())}


def lowest_threshold(negatives: list[float], rate: float) -> float:
    """The smallest value over which at most ``rate`` of ``negatives`` score (plus a margin)."""
    ranked = sorted(negatives, reverse=True)
    allowed = int(rate * len(ranked))
    return min(ranked[allowed] + MARGIN, 0.99) if len(ranked) > allowed else 0.5


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--dim", type=int, default=1 << 15)
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--l2", type=float, default=1e-3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--dry-run", action="store_true", help="cross-validate, write nothing")
    args = parser.parse_args(argv)

    from careflow_agents.urgency_model import WEIGHTS

    rows = load_rows(args.dim)
    oof = leave_one_set_out(rows, args)
    sets = [(r, s) for r, s in zip(rows, oof, strict=True) if r["source"] != TESTS]
    set_rows, set_scores = [r for r, _ in sets], [s for _, s in sets]
    negatives = [(r["held"], s) for r, s in sets if r["asked"] and not r["y"]]
    threshold = lowest_threshold([s for held, s in negatives if held != "routine"], OVER_RATE)
    routine = max(
        threshold,
        lowest_threshold([s for held, s in negatives if held == "routine"], ROUTINE_OVER_RATE),
    )
    cv = {
        "scheme": "leave one development set out",
        "threshold": round(threshold, 4),
        "routine_threshold": round(routine, 4),
        "over_rate": OVER_RATE,
        "routine_over_rate": ROUTINE_OVER_RATE,
        "asked_others": len(negatives),
        "asked_routine_others": sum(held == "routine" for held, _ in negatives),
        "per_set": figures(set_rows, set_scores, threshold, routine),
        "at_0.5": figures(set_rows, set_scores, 0.5, 0.5)["all"],
    }
    print(json.dumps(cv, indent=1))
    if args.dry_run:
        return 0
    b, w = fit(rows, args)
    sources: dict[str, dict[str, int]] = defaultdict(lambda: {"red_flags": 0, "others": 0})
    for r in rows:
        sources[r["source"]]["red_flags" if r["y"] else "others"] += 1
    write_model(
        WEIGHTS,
        about="careflow_agents.urgency_model; written by layers/agents/train_urgency_model.py",
        args=args,
        bias=b,
        weights=w,
        threshold=threshold,
        thresholds={"routine_threshold": routine},
        sources=dict(sorted(sources.items())),
        cv=cv,
    )
    print(f"wrote {WEIGHTS} ({WEIGHTS.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
