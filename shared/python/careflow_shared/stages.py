"""The case-stage state machine: the only place that says which stage may follow which.

A case moves forward through the patient's journey; ``lost`` can be reached from any open stage;
``closed`` and ``lost`` are final. Agents *propose* stages; this module decides.
"""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    ENQUIRY = "enquiry"
    QUALIFYING = "qualifying"
    PRE_OP = "pre_op"
    QUOTED = "quoted"
    BOOKED = "booked"
    TRAVEL_PLANNED = "travel_planned"
    IN_TREATMENT = "in_treatment"
    POST_OP = "post_op"
    CLOSED = "closed"
    LOST = "lost"


FINAL_STAGES = frozenset({Stage.CLOSED, Stage.LOST})

_FORWARD: dict[Stage, frozenset[Stage]] = {
    Stage.ENQUIRY: frozenset({Stage.QUALIFYING}),
    Stage.QUALIFYING: frozenset({Stage.PRE_OP}),
    Stage.PRE_OP: frozenset({Stage.QUOTED}),
    Stage.QUOTED: frozenset({Stage.BOOKED}),
    Stage.BOOKED: frozenset({Stage.TRAVEL_PLANNED}),
    Stage.TRAVEL_PLANNED: frozenset({Stage.IN_TREATMENT}),
    Stage.IN_TREATMENT: frozenset({Stage.POST_OP}),
    Stage.POST_OP: frozenset({Stage.CLOSED}),
    Stage.CLOSED: frozenset(),
    Stage.LOST: frozenset(),
}

TRANSITIONS: dict[Stage, frozenset[Stage]] = {
    stage: nxt | (frozenset() if stage in FINAL_STAGES else frozenset({Stage.LOST}))
    for stage, nxt in _FORWARD.items()
}


class InvalidTransition(ValueError):
    def __init__(self, current: str, proposed: str) -> None:
        super().__init__(f"case stage cannot move from {current!r} to {proposed!r}")
        self.current = current
        self.proposed = proposed


def is_open(stage: str) -> bool:
    return Stage(stage) not in FINAL_STAGES


def can_transition(current: str, proposed: str) -> bool:
    try:
        return Stage(proposed) in TRANSITIONS[Stage(current)]
    except ValueError:
        return False


def transition(current: str, proposed: str) -> Stage:
    """The new stage, or :class:`InvalidTransition` when the move is not allowed."""
    if not can_transition(current, proposed):
        raise InvalidTransition(current, proposed)
    return Stage(proposed)
