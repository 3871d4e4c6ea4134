# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""The thirty-eighth round's lead: a lip numb for hours on the day of the operation is the
local anaesthetic, and the learned red-flag detector is not asked about it.

Three urgency retrains in a row (rounds 36 to 38) scored a sixteenth-round look-alike ("Implantat
heute früh, die Lippe ist seit 2 Stunden noch taub") over the threshold again, however many own
phrasings of it were trained on: the detector's character n-grams learned "taub" with "seit" from
round 34's numbness "since yesterday" after lower implants (Renton & Yilmaz, BDJ 2012), and they
do not tell hours from days. The catalogue does: both nerve entries leave out numbness told in
hours (NHS 'Dental implants': the local anaesthetic still works). The rules now say so
(``Triage.anaesthetic_hours``) and :func:`triage` does not ask the detector then -- unless a bite,
a burn or a spill gone unnoticed is told, or anything else the rules could not clear.
"""

from __future__ import annotations

from typing import Any

import pytest

from careflow_agents.triage import triage
from tests.unit.agents.screening import load_trainer

NUMB_FOR_HOURS = [
    "Implantat heute früh, die Lippe ist seit 2 Stunden noch taub",
    "Implantat heute früh, die Lippe fühlt sich seit 4 Stunden pelzig an",
    "Ce matin implant en bas, la lèvre est encore engourdie depuis 3 heures",
    "two implants this afternoon, my lower lip is still numb since 3 hours",
    "Bugün implant taktılar, dudağım 4 saattir hala uyuşuk",
]

# The detector is still asked: numbness told in days, a bite gone unnoticed, a complaint beside
# the numbness that the rules cannot clear.
STILL_ASKED = [
    "Seit der Implantation vor 3 Tagen ist meine Unterlippe immer noch taub",
    "implant this morning, lip still numb for 3 hours and I bit my lip without feeling it",
    "lip still numb since 3 hours after the implant and my left knee throbs since yesterday",
]


def _asked() -> Any:
    return load_trainer("train_urgency_model").asked


@pytest.mark.parametrize("text", NUMB_FOR_HOURS)
def test_numbness_told_in_hours_is_the_anaesthetic_and_not_asked(text: str, always: None) -> None:
    rules = triage(text, stage="post_op", learned=False)
    assert rules.intent == "post_op_concern" and rules.anaesthetic_hours, rules
    result = triage(text, stage="post_op")
    assert result.urgency != "urgent", (text, result.red_flags)


@pytest.mark.parametrize("text", STILL_ASKED)
def test_days_a_bite_or_another_complaint_still_ask_the_detector(text: str, always: None) -> None:
    assert not triage(text, stage="post_op", learned=False).anaesthetic_hours
    result = triage(text, stage="post_op")
    assert result.urgency == "urgent", (text, result.urgency)


def test_the_trainer_leaves_out_what_triage_does_not_ask() -> None:
    asked = _asked()
    assert not asked(triage(NUMB_FOR_HOURS[0], stage="post_op", learned=False))
    assert asked(triage(STILL_ASKED[0], stage="post_op", learned=False))
