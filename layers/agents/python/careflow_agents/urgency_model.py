"""A second, learned red-flag detector beside the catalogue, asked only about what the rules
could not clear.

Why: on every fresh set written by someone who never saw the rules, most red flags the catalogue
missed still reached a person -- the rules held them ``soon`` (a symptom they could not clear as
ordinary healing) -- but a ``soon`` message waits for the day's review instead of calling someone
now. Each round taught the catalogue one more writer's words; a small linear model over
character n-grams of every development set's post-op messages generalises by what emergencies
*look like* (a body part with a worsening, a lost ability, numbers, alarm), in spellings and
languages no pattern names, as the learned injection detector (:mod:`.injection_model`) does for
attacks.

It never clears anything: it is asked only about a post-op message the rules did not escalate
(held ``soon``, or ``routine`` -- a red flag in words the rules cannot read at all, say Arabic in
Latin letters, is held routine and seen by nobody), and when it scores at or over its threshold
the message becomes ``urgent`` and is escalated with the flag :data:`FLAG`. A message the rules
answered ``routine`` has a threshold of its own, never lower: the rules found no symptom they
could not clear there, so a red flag is rarer among them and the same score is more often a
false alarm ("je vois plus net qu'avant, c'est génial" scored like a red flag). The features, the model form and the file format are the injection detector's
(:func:`.injection_model.hashed`, :class:`.injection_model.Model`); the weights, bias and threshold
live in ``urgency_model.json`` beside this module, written by
``layers/agents/train_urgency_model.py`` from the development sets only (never the frozen held-out
sets). The threshold was chosen on leave-one-set-out cross-validation -- every set scored by a
model that never saw its writer -- so that at most 2 % of the ``soon`` and 1 % of the ``routine``
messages asked that are not red flags are made urgent out of fold (the file records the figures per set). Pure Python; the file is read on the
first message that asks (a few ms, once per container).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from careflow_agents.injection_model import Model, decode

WEIGHTS = Path(__file__).with_name("urgency_model.json")
FLAG = "learned_red_flag"


@lru_cache(maxsize=1)
def _file() -> tuple[Model, float] | None:
    if not WEIGHTS.exists():
        return None
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    found = decode(data)
    return found, max(found.threshold, float(data.get("routine_threshold", found.threshold)))


def model() -> Model | None:
    """The committed model, read once; ``None`` when the file is absent (rules alone then)."""
    loaded = _file()
    return None if loaded is None else loaded[0]


def routine_threshold() -> float:
    """The threshold for a message the rules answered ``routine`` (never below the main one)."""
    loaded = _file()
    return 1.0 if loaded is None else loaded[1]


def score(redacted: str) -> float:
    """The probability-like score in [0, 1] that a post-op message describes a red flag."""
    found = model()
    return 0.0 if found is None else found.score(redacted)


def is_red_flag(redacted: str, held: str = "soon") -> bool:
    """Whether a post-op message the rules held ``held`` (``soon`` or ``routine``) scores over
    that urgency's threshold."""
    found = model()
    if found is None:
        return False
    threshold = routine_threshold() if held == "routine" else found.threshold
    return found.score(redacted) >= threshold
