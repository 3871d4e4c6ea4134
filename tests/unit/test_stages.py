import itertools

import pytest

from careflow_shared.stages import (
    FINAL_STAGES,
    InvalidTransition,
    Stage,
    can_transition,
    transition,
)

JOURNEY = [
    "enquiry",
    "qualifying",
    "pre_op",
    "quoted",
    "booked",
    "travel_planned",
    "in_treatment",
    "post_op",
    "closed",
]


def test_the_journey_moves_forward_one_stage_at_a_time():
    for current, nxt in itertools.pairwise(JOURNEY):
        assert transition(current, nxt) == Stage(nxt)


@pytest.mark.parametrize("current", [s for s in Stage if s not in FINAL_STAGES])
def test_every_open_stage_can_be_lost(current):
    assert can_transition(current, "lost")


@pytest.mark.parametrize(
    ("current", "proposed"),
    [
        ("enquiry", "booked"),  # skipping ahead
        ("quoted", "pre_op"),  # going back
        ("closed", "enquiry"),  # leaving a final stage
        ("lost", "enquiry"),
        ("enquiry", "enquiry"),  # no self-loop
        ("enquiry", "teleported"),  # unknown stage
    ],
)
def test_invalid_moves_are_refused(current, proposed):
    assert not can_transition(current, proposed)
    with pytest.raises(InvalidTransition):
        transition(current, proposed)
