# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i etc.)
"""The fiftieth round's German robustness probe (de50): German red flags the way people type them
on a phone -- colloquial, no umlauts, abbreviations, understatement, told by a relative, inside a
travel or payment question -- and German look-alikes that must not be escalated.

The probe file ``tests/agents_data/probes/de50_probes.jsonl`` (96 messages, labelled before any
run) is a development aid, not a measure: every red flag in it must escalate, every routine
look-alike must not (two calf aches put down to walking or sport stay escalated: the calf is
the DVT flag's own word, NHS 'DVT': pain in one calf alone is a sign).

Escalated now: one breast or side "dick" or "spannt" (ASPS: an expanding haematoma), the face or
neck named with its side told a few words on; the sight told gone or grey a few words on (AAO);
nothing told staying in, "nix bleibt drin", and "nothing stays down" in en/tr/ru/ar (NHS
'Vomiting in adults'); the OHSS drum told further on in the sentence, six languages (RCOG Green-top
No. 5). Cleared now: "bisschen" without its "ein" (a little clear weeping, a little bloating, a
little asymmetry), "wie bei Periode" without its article, both legs told alike under the garment.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from careflow_agents.triage import triage
from tests.unit.agents import screening

PROBES = Path(__file__).resolve().parents[2] / "agents_data" / "probes" / "de50_probes.jsonl"
ROWS = [json.loads(line) for line in PROBES.read_text(encoding="utf-8").splitlines() if line]
# a calf ache put down to walking or sport, swelling and warmth denied: still the DVT flag's
# own word (NHS 'DVT': pain in one calf), escalated by design -- not cleared this round
HELD_ESCALATED = {"de50-42", "de50-77"}


def _triage(row: dict[str, Any]) -> Any:
    stage = str(row["stage"])
    return triage(str(row["text"]), stage=stage, has_treatment=stage in ("in_treatment", "post_op"))


@pytest.mark.parametrize(
    "row", [r for r in ROWS if r["urgency"] == "urgent"], ids=lambda r: str(r["id"])
)
def test_every_german_red_flag_of_the_probe_is_escalated(row: dict[str, Any]) -> None:
    result = _triage(row)
    assert result.urgency == "urgent", (row["id"], row["text"], result)


@pytest.mark.parametrize(
    "row",
    [r for r in ROWS if r["urgency"] != "urgent" and r["id"] not in HELD_ESCALATED],
    ids=lambda r: str(r["id"]),
)
def test_no_german_look_alike_of_the_probe_is_escalated(row: dict[str, Any]) -> None:
    result = _triage(row)
    assert result.urgency != "urgent", (row["id"], row["text"], result)


# Our own phrasings, beside the probe's: each fix's structure told another way.
URGENT: list[tuple[str, str]] = [
    ("Linke Brust seit heute frueh dick und spannt total, tut weh", "breast_haematoma"),
    ("Brust OP vor 4 Tagen, eine Seite auf einmal dick und lila", "breast_haematoma"),
    ("Backe rechts seit ner Stunde dick und hart, Facelift vorgestern", "breast_haematoma"),
    ("Gesicht nach der OP links steinhart und riesig", "breast_haematoma"),
    ("die Sicht rechts seit heute frueh ganz grau, Lasik vor 3 Tagen", "vision_loss"),
    ("mein Sehen links ist seit dem Aufwachen weg", "vision_loss"),
    ("es bleibt gar nichts unten, nicht mal Wasser, Magen OP letzte Woche", "vomiting_abdominal"),
    ("bei mir bleibt nix mehr drin seit heute morgen, Sleeve vor 5 Tagen", "vomiting_abdominal"),
    ("nothing stays down, not even water, sleeve 5 days ago", "vomiting_abdominal"),
    ("midemde hiçbir şey durmuyor, su bile, tüp mide 5 gün önce", "vomiting_abdominal"),
    ("ничего не держится, даже вода, рукав 5 дней назад", "vomiting_abdominal"),
    ("ما يثبت شي في معدتي حتى الماي، تكميم قبل 5 ايام", "vomiting_abdominal"),
    ("Bauch nach Punktion wie bei Periode aber gespannt und wie ne Trommel", "ohss_abdomen"),
    ("my belly since the egg retrieval is, honestly, like a drum", "ohss_abdomen"),
    ("ventre depuis la ponction, franchement, comme un tambour", "ohss_abdomen"),
    ("karnım ponksiyondan beri gerçekten davul gibi", "ohss_abdomen"),
    ("живот после пункции честно как барабан", "ohss_abdomen"),
    ("بطني بعد سحب البويضات صراحة زي الطبل", "ohss_abdomen"),
    (
        "Beine geschwollen, beide gleich, aber die linke Wade heiss und tut weh",
        "calf_pain_swelling",
    ),
    ("both legs the same size but my left calf is hot and painful", "calf_pain_swelling"),
    ("Wade links dick und warm, rechts normal", "calf_pain_swelling"),
]

# ... and their look-alikes: a little, soft, both sides alike, improving, denied.
NOT_URGENT: list[str] = [
    "Eine Seite noch bisschen dicker als die andere, aber weich und tut nicht weh",
    "Meine Brust ist rechts etwas dicker aber weich, ist das normal?",
    "Brust mit dickem Verband, beide Seiten gleich geschwollen, normal?",
    "Gesicht beide Seiten geschwollen, rechts mehr als links, wird jeden Tag weniger",
    "Gesicht rechts noch etwas geschwollen, wird besser",
    "Wange rechts noch taub nach Facelift, sonst gut",
    "Wange rechts dick nach Implantat, kuehlen oder waerme?",
    "eine Seite vom Gesicht dick nach den Implantaten",
    "gestern Implantate, linke Backe dick wie ein Ballon, soll ich kuehlen?",
    "mein Sehen ist seit gestern wieder gut, Schmerzen weg",
    "Essen bleibt drin, nix kommt hoch, nur Hunger",
    "food stays down fine, nothing comes back up",
    "Wunde naesst bissl klar, nicht rot, riecht nicht",
    "Wunde nässt bisschen klar, nicht rot",
    "Bauch bisschen aufgeblaeht wie bei Periode, Pipi normal, Luft gut",
    "Bauch bisschen gebläht nach Punktion, kein Fieber, keine Atemnot",
    "Bauch nach Punktion ist nicht wie ne Trommel, nur bisschen gebläht",
    "Bauch nach Sleeve bisschen gebläht, kein Trommelgefühl, alles gut",
    "Beine bisschen geschwollen vom Mieder, beide gleich, nicht warm, nicht rot",
    "both legs a bit puffy from the garment, both the same, not warm",
]


@pytest.mark.parametrize(("text", "flag"), URGENT)
def test_the_structure_told_another_way_is_escalated(text: str, flag: str) -> None:
    screening.assert_urgent(text, flag)


@pytest.mark.parametrize("text", NOT_URGENT)
def test_the_look_alikes_are_not_escalated_by_the_rules(text: str) -> None:
    screening.assert_not_urgent_by_the_rules(text)


def test_asked_before_the_operation_is_not_escalated() -> None:
    result = triage(
        "what if nothing stays down? asking before my sleeve next month",
        stage="booked",
        has_treatment=False,
    )
    assert result.urgency == "routine", result
