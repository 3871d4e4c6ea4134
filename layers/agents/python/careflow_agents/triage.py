"""Rules triage: intent, urgency and post-op red flags of one (redacted) message.

This is both the offline ``rules`` provider and the safety floor under every model: whatever
a model says, a red flag found here makes the message ``urgent`` and escalates it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal, get_args

from careflow_agents import lexicon
from careflow_agents.text import any_match, compile_all, fold

Intent = Literal[
    "treatment_enquiry",
    "price_quote",
    "appointment",
    "travel",
    "documents",
    "post_op_concern",
    "payment",
    "other",
]
Urgency = Literal["routine", "soon", "urgent"]

INTENTS: tuple[str, ...] = get_args(Intent)
URGENCY_ORDER: dict[str, int] = {"routine": 0, "soon": 1, "urgent": 2}
POST_OP_STAGES = frozenset({"in_treatment", "post_op"})


@dataclass(frozen=True)
class Triage:
    intent: str
    urgency: str
    red_flags: tuple[str, ...] = ()
    negated_flags: tuple[str, ...] = ()
    symptoms: bool = False
    care_question: bool = False
    medical_question: bool = False
    matched_intents: tuple[str, ...] = field(default_factory=tuple)


@lru_cache(maxsize=1)
def _tables() -> dict[str, tuple[re.Pattern[str], ...]]:
    tables = {f"flag:{name}": compile_all(p) for name, p in lexicon.RED_FLAGS.items()}
    tables.update({f"intent:{name}": compile_all(p) for name, p in lexicon.INTENTS.items()})
    tables["symptoms"] = compile_all(lexicon.SYMPTOMS)
    tables["care"] = compile_all(lexicon.CARE_QUESTIONS)
    tables["after"] = compile_all(lexicon.AFTER_SURGERY)
    tables["medication"] = compile_all(lexicon.MEDICATION)
    tables["question"] = compile_all(lexicon.QUESTION)
    tables["soon"] = compile_all(lexicon.SOON_TIME)
    tables["neg_before"] = compile_all([lexicon.NEGATION_BEFORE])
    tables["neg_after"] = compile_all([lexicon.NEGATION_AFTER])
    return tables


def warm_up() -> None:
    """Compile the phrase tables now rather than on the first message."""
    _tables()


def _negated(folded: str, match: re.Match[str]) -> bool:
    tables = _tables()
    before = folded[max(0, match.start() - 30) : match.start()]
    after = folded[match.end() : match.end() + 20]
    return any_match(tables["neg_before"], before) or any_match(tables["neg_after"], after)


def red_flags(text: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(red flags found, red flags mentioned only as negated -- "no fever")."""
    if not text:
        return (), ()
    folded = fold(text)
    found: list[str] = []
    negated: list[str] = []
    for name in lexicon.RED_FLAGS:
        hits = [m for p in _tables()[f"flag:{name}"] for m in p.finditer(folded)]
        if not hits:
            continue
        if all(_negated(folded, m) for m in hits):
            negated.append(name)
        else:
            found.append(name)
    return tuple(found), tuple(negated)


def matched_intents(folded: str) -> tuple[str, ...]:
    tables = _tables()
    return tuple(i for i in lexicon.INTENT_PRIORITY if any_match(tables[f"intent:{i}"], folded))


def _choose(matched: Sequence[str], has_treatment: bool) -> str:
    if not matched:
        return "other"
    if "payment" in matched:
        return "payment"
    if "price_quote" in matched and has_treatment:
        return "price_quote"
    return matched[0]


def triage(
    text: str | None,
    *,
    stage: str,
    has_treatment: bool = False,
) -> Triage:
    """Classify one redacted message; ``has_treatment`` says a known treatment was named."""
    if not text:
        return Triage(intent="other", urgency="routine")
    tables = _tables()
    folded = fold(text)
    flags, negated = red_flags(text)
    symptoms = any_match(tables["symptoms"], folded) or bool(negated)
    care = any_match(tables["care"], folded)
    after = stage in POST_OP_STAGES or any_match(tables["after"], folded)
    medical_q = any_match(tables["medication"], folded) and any_match(tables["question"], folded)
    matched = matched_intents(folded)

    if flags:
        return Triage(
            intent="post_op_concern",
            urgency="urgent",
            red_flags=flags,
            negated_flags=negated,
            symptoms=True,
            care_question=care,
            medical_question=medical_q,
            matched_intents=matched,
        )
    if after and (symptoms or care or medical_q):
        return Triage(
            intent="post_op_concern",
            urgency="soon" if symptoms else "routine",
            negated_flags=negated,
            symptoms=symptoms,
            care_question=care,
            medical_question=medical_q,
            matched_intents=matched,
        )
    intent = _choose(matched, has_treatment)
    urgency = "routine"
    if intent in ("travel", "appointment") and any_match(tables["soon"], folded):
        urgency = "soon"
    return Triage(
        intent=intent,
        urgency=urgency,
        negated_flags=negated,
        symptoms=symptoms,
        care_question=care,
        medical_question=medical_q and after,
        matched_intents=matched,
    )


def max_urgency(*levels: str) -> str:
    return max(levels, key=lambda level: URGENCY_ORDER.get(level, 0))
