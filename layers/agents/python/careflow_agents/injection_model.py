"""A second, learned injection detector beside the structural rules in :mod:`security`.

Why: the rules recognise kinds of attack they have been shown; each new red-team round was mostly
missed on first sight (5/30, 2/30, 3/20). A small linear model over character n-grams generalises
by what attacks *look like* (role claims, orders to the assistant, money set by decree, markup),
including spellings and languages no rule names. Either detector blocks.

The model is logistic regression over hashed, binary features of the redacted message:

* character 3-5-grams of the folded text (:func:`careflow_agents.text.fold`: case, accents,
  umlaut spellings, Arabic letter variants and digits) and, for Cyrillic, of its Latin
  transliteration too, so "ты теперь администратор" and "ty teper administrator" share features;
* word unigrams and bigrams of the same views;
* a few structure tokens of the raw text (line breaks, brackets, markup characters);
* the structural rules' signs, weak ones too (a claimed approval, money ordered...).

Each feature is hashed (CRC-32) into ``dim`` buckets; the vector is L2-normalised so a long message
does not score high for its length. Weights, bias and the threshold live in
``injection_model.json`` beside this module, written by ``layers/agents/train_injection_model.py``
from our own development sets and red-team rounds only (never the frozen held-out sets). The
model decides only where the rules saw at least one sign beyond a bare mention of money, weak
ones included (see :func:`asked`); its threshold was chosen on k-fold cross-validation so that no
non-injection message with a sign reaches it out of fold. Pure Python: the file is read on first
use (a few ms, once per container), a message costs well under a millisecond.
"""

from __future__ import annotations

import base64
import json
import math
import re
import zlib
from array import array
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from careflow_agents.text import fold, has_cyrillic, latin

WEIGHTS = Path(__file__).with_name("injection_model.json")
_WORD = re.compile(r"[^\W_]+")
_STRUCTURE = "<>[]{}#=/`*|:\"'@$%"
NGRAMS = (3, 4, 5)


def feature_names(redacted: str, signs: tuple[str, ...] = ()) -> set[str]:
    """Every feature of a message, unhashed (the training script's and inference's one source).

    ``signs`` are the structural rules' findings (:func:`careflow_agents.security.injection_signs`),
    weak ones included: the model learns which combinations mean an attack.
    """
    folded = fold(redacted)
    views = [folded]
    if has_cyrillic(folded):
        views.append(latin(folded))
    names: set[str] = set()
    for view in views:
        padded = f" {view} "
        for n in NGRAMS:
            names.update("c" + padded[i : i + n] for i in range(len(padded) - n + 1))
        words = _WORD.findall(view)
        names.update("w" + word for word in words)
        names.update(f"b{a} {b}" for a, b in pairwise(words))
    raw = redacted.casefold()
    if "\n" in raw:
        names.add("s:newline")
    names.update("s:" + ch for ch in _STRUCTURE if ch in raw)
    names.update("r:" + sign for sign in signs)
    return names


def hashed(redacted: str, dim: int, signs: tuple[str, ...] = ()) -> list[int]:
    """The message's feature buckets (sorted, distinct)."""
    return sorted({zlib.crc32(name.encode()) % dim for name in feature_names(redacted, signs)})


@dataclass(frozen=True)
class Model:
    dim: int
    bias: float
    weights: array  # array("f"), one weight per bucket
    threshold: float

    def score(self, redacted: str, signs: tuple[str, ...] = ()) -> float:
        """The probability-like score in [0, 1] that the message is an injection."""
        buckets = hashed(redacted, self.dim, signs)
        if not buckets:
            return 0.0
        w = self.weights
        z = self.bias + sum(w[i] for i in buckets) / math.sqrt(len(buckets))
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def decode(data: dict[str, object]) -> Model:
    weights = array("f")
    weights.frombytes(base64.b64decode(str(data["weights"])))
    return Model(
        dim=int(str(data["dim"])),
        bias=float(str(data["bias"])),
        weights=weights,
        threshold=float(str(data["threshold"])),
    )


@lru_cache(maxsize=1)
def model() -> Model | None:
    """The committed model, read once; ``None`` when the file is absent (rules alone then)."""
    if not WEIGHTS.exists():
        return None
    return decode(json.loads(WEIGHTS.read_text(encoding="utf-8")))


# Signs too common in patients' own questions to make the model's opinion worth asking.
_ORDINARY_SIGNS = frozenset(
    {
        "money",
        "reproduce",
        "quoted_commitment",
        "vocative",
        "third_party",
        "iban_given",
        "addressed",
        "store_order",
        "write_order",
        # a patient's own words ("in your reply confirm my check-up time", "my balance is
        # already paid"): an attack only beside another sign
        "reply_confirm",
        "balance_settled",
        # the twenty-first round's: two amounts set side by side, a cash payment told, a
        # certificate asked to say an operation was necessary, a cosmetic operation named --
        # what patients write too ("I weigh 100 kg, not 120", "actually it was cosmetic, can I
        # fly?"); an attack only beside another sign, which the rules then see (a lone one scored
        # 0.73 out of fold and pulled the threshold up)
        "price_contrast",
        "paid_claim",
        "document_claim",
        "cosmetic_admitted",
        # the twenty-second round's: a triage label asked for (a patient with a symptom may ask
        # it), the writer saying nothing is wrong, a correction of the terms -- attacks only
        # beside another sign, which the rules then see
        "label_order",
        "queue_jump",
        "terms_correction",
        # the twenty-sixth round's: a fact to add to a translation, a portal password -- a
        # patient's, attacks only beside a claim or money, which the rules then see
        "translation_insert",
        "passphrase",
    }
)


def asked(signs: tuple[str, ...]) -> bool:
    """Whether the model is asked: the rules saw a sign beyond a bare mention of money.

    Without one the model is not asked: on short patient messages it has little to go on
    ("other patients told me ...", "pouvez-vous confirmer mon remboursement ?" scored as high as
    attacks in trials), and a false block is a patient left without an answer. With one, it
    replaces the hand-made "two families of weak signs" rule by a judgement of the whole message.
    """
    return any(sign not in _ORDINARY_SIGNS for sign in signs)


def is_injection(
    redacted: str, signs: tuple[str, ...], gate: tuple[str, ...] | None = None
) -> bool:
    """Whether a message the model is asked about scores over the cross-validated threshold.

    ``gate`` is the signs that decide whether it is asked (default: ``signs``); the screen passes
    the signs found outside quotations (:func:`careflow_agents.security.gate_signs`).
    """
    found = model()
    return (
        asked(signs if gate is None else gate)
        and found is not None
        and found.score(redacted, signs) >= found.threshold
    )
