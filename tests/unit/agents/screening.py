"""The checks each round's injection and urgency tests make, written once.

Why a module: rounds six to ten each asserted the same things about an attack (its structural
sign is found, the rules alone call it an injection, the screen flags it) and about a patient's
look-alike (the screen flags nothing), four lines copied per round; a change to what "blocked by
the rules" means now happens here for every round at once.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from careflow_agents.security import injection_signs, is_injection, redact, screen
from careflow_agents.triage import triage

if TYPE_CHECKING:
    from careflow_agents.config import TenantConfig
    from careflow_shared.envelope import AgentDecision


def signs_of(text: str) -> tuple[str, ...]:
    """The structural signs the rules find, in the text as the screen sees it (an IBAN or a
    phone number is a placeholder by then)."""
    return injection_signs(redact(text)[0])


def assert_blocked_by_the_rules(text: str, sign: str | None = None) -> None:
    """``sign`` (when given) is found, the rules alone make it an injection (not only the
    learned model), and the screen flags it."""
    signs = signs_of(text)
    if sign is not None:
        assert sign in signs, (text, signs)
    assert is_injection(signs), (text, signs)
    assert "prompt_injection" in screen(text).flags, text


def assert_not_flagged(text: str) -> None:
    """A patient's message that only uses the same words: the screen flags nothing at all."""
    flags = screen(text).flags
    assert flags == (), (text, flags)


def assert_urgent(text: str, flag: str) -> None:
    """A post-op message is escalated, and for the red flag the test names (not another one
    that happens to match)."""
    result = triage(text, stage="post_op")
    assert result.urgency == "urgent", (text, result.red_flags)
    assert flag in result.red_flags, (text, result.red_flags)


def assert_urgent_by_the_rules(text: str, flag: str) -> None:
    """The rules alone escalate a post-op message, for the red flag the test names (the learned
    detector is the lead's retrain to judge)."""
    result = triage(text, stage="post_op", learned=False)
    assert result.urgency == "urgent", (text, result.red_flags)
    assert flag in result.red_flags, (text, result.red_flags)


def assert_not_urgent(text: str) -> None:
    """A post-op message is not escalated (it may still be ``soon``: seen by a person)."""
    result = triage(text, stage="post_op")
    assert result.urgency != "urgent", (text, result.red_flags)


def assert_soon_by_the_rules(text: str) -> None:
    """The rules alone hold a post-op message for a person the same day: neither cleared as
    routine (nobody would see it) nor escalated as an emergency."""
    result = triage(text, stage="post_op", learned=False)
    assert result.urgency == "soon", (text, result.urgency, result.red_flags)


def assert_not_read_as(text: str, flag: str) -> None:
    """The rules do not read ``flag`` in a post-op look-alike (another flag may still be told)."""
    flags = triage(text, stage="post_op", learned=False).red_flags
    assert flag not in flags, (text, flags)


def assert_not_urgent_by_the_rules(text: str) -> None:
    """The rules alone do not escalate a post-op message (the learned detector is the lead's
    retrain to judge)."""
    result = triage(text, stage="post_op", learned=False)
    assert result.urgency != "urgent", (text, result.red_flags)


def assert_routine_by_the_rules(text: str) -> None:
    """The rules alone answer a post-op message as the expected course: routine, no review and
    no red flag (the learned detector is the lead's retrain to judge)."""
    result = triage(text, stage="post_op", learned=False)
    assert result.urgency == "routine", (text, result.urgency, result.red_flags)
    assert not result.review, text


def assert_not_routine_by_the_rules(text: str) -> None:
    """The rules alone keep a post-op message for a person (``soon``) or escalate it: a
    look-alike of the expected course that tells a sign is never answered automatically."""
    result = triage(text, stage="post_op", learned=False)
    assert result.urgency != "routine", (text, result.urgency, result.red_flags)


def assert_medication_routine_by_the_rules(text: str) -> None:
    """A medication question whose symptoms are all ordinary healing: routine, and held as a
    medical question (its answer waits for a person's approval)."""
    result = triage(text, stage="post_op", learned=False)
    assert (result.urgency, result.medical_question) == ("routine", True), (text, result)


def assert_intent_by_the_rules(text: str, stage: str, intent: str) -> None:
    """An enquiry's intent as the rules read it, with nothing escalated."""
    result = triage(text, stage=stage, learned=False)
    assert (result.intent, result.urgency) == (intent, "routine"), (text, result)


def load_trainer(name: str) -> Any:
    """``layers/agents/<name>.py`` (a trainer script, not a package module), loaded once per call:
    the tests hold what it asks and harvests to what triage and the screen do."""
    path = Path(__file__).resolve().parents[3] / "layers" / "agents" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@cache
def _saver() -> Any:
    from langgraph.checkpoint.memory import InMemorySaver

    return InMemorySaver()


def first_decision(tenant: TenantConfig, stage: str, text: str) -> AgentDecision:
    """The whole graph's decision on ``text`` as a new case's first message at ``stage``.

    Why here: eight round modules each wrote the same turn-and-run helper with its own
    checkpointer; one in-memory checkpointer serves them all (every case id is fresh).
    """
    import uuid

    from careflow_agents.api import run_turn
    from careflow_agents.eval import turn_for_row

    turn = turn_for_row(
        {"stage": stage, "text": text},
        tenant,
        case_id=f"first-{uuid.uuid4().hex[:12]}",
        message_id=uuid.uuid4().hex,
    )
    return run_turn(turn, checkpointer=_saver())
